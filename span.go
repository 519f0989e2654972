package parley

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into Article.Text.
type Span struct {
	Start int
	End   int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Valid reports whether the span is well formed and lies inside a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// In returns the text the span covers, or "" when it does not fit the text.
func (s Span) In(text string) string {
	if !s.Valid(len(text)) {
		return ""
	}
	return text[s.Start:s.End]
}

func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// TrimSpace returns the span without the white space at either end of the
// text it covers.
func (s Span) TrimSpace(text string) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= size
	}
	return s
}
