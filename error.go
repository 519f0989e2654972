package parley

import (
	"errors"
	"fmt"
)

// Kind classifies an error by what the caller should do about it. The list
// is closed; add to the end only, because kinds are stored with rejections.
type Kind uint8

// Error kinds.
const (
	Internal    Kind = iota // a bug or an unexpected failure: report it
	Invalid                 // the input or request is malformed
	NotFound                // the thing asked for does not exist
	Conflict                // the thing exists already
	TooLarge                // the input exceeds a size limit
	TooDeep                 // the input nests deeper than the limit allows
	Binary                  // the input is not text (an image, a PDF, junk)
	Empty                   // the input holds no article text
	Unreadable              // the input could not be read (permissions, I/O, truncation)
	Timeout                 // the work took longer than its budget
	Unavailable             // a service is down or busy: retry later
	Unsupported             // the input is of a kind Parley does not handle
	Blocked                 // a fetch refused for safety: a non-public address or a scheme other than http(s)
	Disallowed              // the site's robots.txt forbids fetching the page
)

var kindNames = [...]string{
	Internal:    "internal",
	Invalid:     "invalid",
	NotFound:    "not_found",
	Conflict:    "conflict",
	TooLarge:    "too_large",
	TooDeep:     "too_deep",
	Binary:      "binary",
	Empty:       "empty",
	Unreadable:  "unreadable",
	Timeout:     "timeout",
	Unavailable: "unavailable",
	Unsupported: "unsupported",
	Blocked:     "ssrf_blocked",
	Disallowed:  "robots_disallowed",
}

// String returns the kind's reason code, as stored with rejections.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// Error is the project's error: the operation that failed, the kind of
// failure, and the cause.
type Error struct {
	Op   string // the failing operation, e.g. "extract.Extract"
	Kind Kind
	Err  error
}

// E builds an *Error. msg may be a string or an error to wrap.
func E(op string, kind Kind, msg any) *Error {
	var err error
	switch m := msg.(type) {
	case error:
		err = m
	case string:
		err = errors.New(m)
	default:
		err = fmt.Errorf("%v", m)
	}
	return &Error{Op: op, Kind: kind, Err: err}
}

func (e *Error) Error() string {
	if e.Op == "" {
		return e.Err.Error()
	}
	return e.Op + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the kind of the outermost *Error in err's chain, or
// Internal when there is none.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}

// Reason returns the short message of err without the operation path, for
// people reading a rejection list.
func Reason(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Err.Error()
	}
	return err.Error()
}

// Rejection records an input that could not be turned into a stored article:
// which input, at which stage, and why. A bad input is a record, not a log line.
type Rejection struct {
	Locator string // the input, as Document.Locator names it
	Stage   string // "read", "extract", "analyze", "store"
	Kind    Kind
	Detail  string
}
