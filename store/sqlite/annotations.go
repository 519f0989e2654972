package sqlite

import (
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf8"

	"parley"
)

// An article's mentions and dates are only ever read back whole, with the
// article, so each is stored as one JSON column of articles (migration
// 0005) rather than as a row per annotation: one row with dozens of index
// entries cost more to write than the rest of the article together.
//
// Both are arrays with one element per annotation, in the analysis's
// order, each element itself an array so that the column stays compact:
//
//	mentions  [start, end, via, [actor ID, …]]
//	dates     [start, end, text, value, precision, earliest, latest,
//	           relation, anchored (0 or 1), kind]
//
// start and end are byte offsets into articles.text; dates are written as
// parley.Date.String gives them ('' when zero) and precision as
// parley.Precision.String. Migration 0005 builds the same arrays from the
// rows of the tables it replaces, with SQLite's JSON functions.

// mentionsJSON encodes an analysis's mentions for articles.mentions.
func mentionsJSON(ms []parley.Mention) string {
	b := make([]byte, 0, 48*len(ms)+2)
	b = append(b, '[')
	for i, m := range ms {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(m.Span.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(m.Span.End), 10)
		b = append(b, ',')
		b = appendJSONString(b, string(m.Via))
		b = append(b, ",["...)
		for j, id := range m.Actors {
			if j > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, id)
		}
		b = append(b, "]]"...)
	}
	b = append(b, ']')
	return string(b)
}

// datesJSON encodes an analysis's time expressions for articles.dates.
func datesJSON(ds []parley.TimeExpr) string {
	b := make([]byte, 0, 96*len(ds)+2)
	b = append(b, '[')
	for i, d := range ds {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(d.Span.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(d.Span.End), 10)
		b = append(b, ',')
		b = appendJSONString(b, d.Text)
		b = appendDate(b, d.Value)
		b = append(b, ',')
		b = appendJSONString(b, d.Precision.String())
		b = appendDate(b, d.Earliest)
		b = appendDate(b, d.Latest)
		b = append(b, ',')
		b = appendJSONString(b, string(d.Relation))
		if d.Anchored {
			b = append(b, ",1,"...)
		} else {
			b = append(b, ",0,"...)
		}
		b = appendJSONString(b, d.Kind)
		b = append(b, ']')
	}
	b = append(b, ']')
	return string(b)
}

// appendDate appends a comma and d as a JSON string, in the form
// d.String() gives (YYYY-MM-DD, YYYY-MM, YYYY, or empty when zero) but
// without the formatting machinery String uses: an article has dozens of
// dates.
func appendDate(b []byte, d parley.Date) []byte {
	if d.Year < 0 || d.Year > 9999 {
		return appendJSONString(append(b, ','), d.String())
	}
	b = append(b, ',', '"')
	switch d.Precision() {
	case parley.PrecisionNone:
		return append(b, '"')
	case parley.PrecisionYear:
		b = appendDigits(b, d.Year, 4)
	case parley.PrecisionMonth:
		b = appendDigits(b, d.Year, 4)
		b = appendDigits(append(b, '-'), int(d.Month), 2)
	default:
		b = appendDigits(b, d.Year, 4)
		b = appendDigits(append(b, '-'), int(d.Month), 2)
		b = appendDigits(append(b, '-'), d.Day, 2)
	}
	return append(b, '"')
}

// appendDigits appends n, which must not be negative, zero-padded to
// width digits.
func appendDigits(b []byte, n, width int) []byte {
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// appendJSONString appends s as a JSON string. Bytes that are not valid
// UTF-8 become U+FFFD, as encoding/json writes them, so the column is
// always valid JSON for SQLite's JSON functions too.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size != 1 {
				i += size
				continue
			}
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// parseMentions decodes articles.mentions; text is the article's text,
// from which each mention's Text is cut again.
func parseMentions(s, text string) ([]parley.Mention, error) {
	var out []parley.Mention
	r := &jsonReader{s: s}
	r.open()
	for n := 0; r.more(n); n++ {
		var m parley.Mention
		r.open()
		m.Span.Start = r.int()
		r.comma()
		m.Span.End = r.int()
		r.comma()
		m.Via = parley.MentionVia(r.str())
		r.comma()
		r.open()
		for k := 0; r.more(k); k++ {
			m.Actors = append(m.Actors, r.str())
		}
		r.close()
		if r.err != nil {
			break
		}
		m.Text = m.Span.In(text)
		out = append(out, m)
	}
	if r.done(); r.err != nil {
		return nil, fmt.Errorf("mention %d: %w", len(out), r.err)
	}
	return out, nil
}

// parseDates decodes articles.dates.
func parseDates(s string) ([]parley.TimeExpr, error) {
	var out []parley.TimeExpr
	r := &jsonReader{s: s}
	r.open()
	for n := 0; r.more(n); n++ {
		var d parley.TimeExpr
		var f [5]string // value, precision, earliest, latest, relation
		r.open()
		d.Span.Start = r.int()
		r.comma()
		d.Span.End = r.int()
		r.comma()
		d.Text = r.str()
		for i := range f {
			r.comma()
			f[i] = r.str()
		}
		r.comma()
		d.Anchored = r.int() != 0
		r.comma()
		d.Kind = r.str()
		r.close()
		if r.err != nil {
			break
		}
		d.Relation = parley.TimeRelation(f[4])
		var err error
		if d.Precision, err = parsePrecision(f[1]); err != nil {
			return nil, fmt.Errorf("date %d: %w", n, err)
		}
		for i, p := range []*parley.Date{&d.Value, nil, &d.Earliest, &d.Latest} {
			if p == nil {
				continue
			}
			if *p, err = parley.ParseDate(f[i]); err != nil {
				return nil, fmt.Errorf("date %d: %w", n, err)
			}
		}
		out = append(out, d)
	}
	if r.done(); r.err != nil {
		return nil, fmt.Errorf("date %d: %w", len(out), r.err)
	}
	return out, nil
}

// jsonReader reads the columns' JSON in one pass and without reflection:
// reading an analysis back (a briefing reads dozens) must not cost more
// than the rows it replaces did. It knows just what the columns hold:
// arrays, integers and strings. The first error stops it; every method
// then does nothing and returns zero values.
type jsonReader struct {
	s   string
	i   int
	err error
}

// fail records what was expected at the current offset.
func (r *jsonReader) fail(want string) {
	if r.err == nil {
		r.err = fmt.Errorf("column offset %d: want %s", r.i, want)
	}
}

// peek returns the next byte after any white space, or 0 at the end.
func (r *jsonReader) peek() byte {
	for r.i < len(r.s) {
		switch c := r.s[r.i]; c {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return c
		}
	}
	return 0
}

func (r *jsonReader) expect(c byte, want string) {
	if r.err != nil {
		return
	}
	if r.peek() != c {
		r.fail(want)
		return
	}
	r.i++
}

func (r *jsonReader) open()  { r.expect('[', "'['") }
func (r *jsonReader) close() { r.expect(']', "']'") }
func (r *jsonReader) comma() { r.expect(',', "','") }

// more reports whether the array being read has an element after the n
// it has given, reading the ',' before it or the ']' that ends it.
func (r *jsonReader) more(n int) bool {
	if r.err != nil {
		return false
	}
	if r.peek() == ']' {
		r.i++
		return false
	}
	if n > 0 {
		r.comma()
	}
	return r.err == nil
}

// done checks that nothing follows the outer array.
func (r *jsonReader) done() {
	if r.err == nil && r.peek() != 0 {
		r.fail("the end of the column")
	}
}

// int reads an integer.
func (r *jsonReader) int() int {
	if r.err != nil {
		return 0
	}
	r.peek()
	start := r.i
	if r.i < len(r.s) && r.s[r.i] == '-' {
		r.i++
	}
	for r.i < len(r.s) && r.s[r.i] >= '0' && r.s[r.i] <= '9' {
		r.i++
	}
	n, err := strconv.Atoi(r.s[start:r.i])
	if err != nil {
		r.i = start
		r.fail("an integer")
		return 0
	}
	return n
}

// str reads a string. One without escapes is cut from the column as it
// is; one with escapes is left to encoding/json, which knows them all.
func (r *jsonReader) str() string {
	if r.err != nil {
		return ""
	}
	if r.peek() != '"' {
		r.fail("a string")
		return ""
	}
	start := r.i
	escaped := false
	for r.i++; r.i < len(r.s); r.i++ {
		switch c := r.s[r.i]; {
		case c == '\\':
			escaped = true
			r.i++ // the escaped byte cannot end the string
		case c == '"':
			r.i++
			tok := r.s[start:r.i]
			if !escaped && utf8.ValidString(tok) {
				return tok[1 : len(tok)-1]
			}
			var out string
			if err := json.Unmarshal([]byte(tok), &out); err != nil {
				r.i = start
				r.fail("a valid string")
				return ""
			}
			return out
		case c < 0x20:
			r.i = start
			r.fail("a string without control characters")
			return ""
		}
	}
	r.i = start
	r.fail("a closed string")
	return ""
}

// encodeStretches writes the further stretches of a quotation as a JSON
// array of [start, end] pairs, or "" when there are none.
func encodeStretches(spans []parley.Span) string {
	if len(spans) == 0 {
		return ""
	}
	b := make([]byte, 0, 16*len(spans)+2)
	b = append(b, '[')
	for i, sp := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(sp.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(sp.End), 10)
		b = append(b, ']')
	}
	b = append(b, ']')
	return string(b)
}

// decodeStretches reads what encodeStretches wrote.
func decodeStretches(s string) ([]parley.Span, error) {
	if s == "" {
		return nil, nil
	}
	var pairs [][2]int
	if err := json.Unmarshal([]byte(s), &pairs); err != nil {
		return nil, err
	}
	out := make([]parley.Span, len(pairs))
	for i, p := range pairs {
		out[i] = parley.Span{Start: p[0], End: p[1]}
	}
	return out, nil
}
