package extract

import (
	"context"
	"errors"
	"io"
	"os"
	"strconv"

	"parley"
)

// Read reads the raw bytes of one document from a source, refusing more
// than lim.MaxDocBytes before holding them all. A source that fails part
// way never yields part of a page: the result is the whole body or a
// *parley.Error, of kind TooLarge, Timeout (the source reports a timeout)
// or Unreadable (any other read error). Short reads, one byte at a time or
// data returned together with io.EOF are all read to the end.
func Read(r io.Reader, lim parley.Limits) ([]byte, error) {
	const op = "extract.Read"
	lim = withDefaults(lim)
	body, err := io.ReadAll(io.LimitReader(r, lim.MaxDocBytes+1))
	if err != nil {
		kind := parley.Unreadable
		if isTimeout(err) {
			kind = parley.Timeout
		}
		return nil, parley.E(op, kind, err)
	}
	if int64(len(body)) > lim.MaxDocBytes {
		return nil, parley.E(op, parley.TooLarge, "the input exceeds the limit of "+strconv.FormatInt(lim.MaxDocBytes, 10)+" bytes")
	}
	return body, nil
}

// ExtractFrom reads doc's body from r with Read and extracts the article;
// the Body doc carries is replaced.
func ExtractFrom(r io.Reader, doc parley.Document, lim parley.Limits) (parley.Article, error) {
	body, err := Read(r, lim)
	if err != nil {
		return parley.Article{URL: doc.URL}, err
	}
	doc.Body = body
	return Extract(doc, lim)
}

// isTimeout reports whether a read failed because its source timed out: a
// deadline, or an error that says so itself (net.Error and the like).
func isTimeout(err error) bool {
	if errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}
