package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley"
)

// Governing returns the index in exprs of the expression that governs the
// clause span — the answer to "when did this clause happen" for the event
// and quote stages — or -1 when nothing dates it.
//
// Inside the clause an adverbial day ("on Friday", "yesterday", "on May
// 19") beats a month, a month beats a year, and all of them beat
// expressions that only modify a noun ("Monday's meeting", "the 2016
// election"), ranges of the "past six weeks" kind, decades and
// anniversaries, which date something other than the clause. When the
// clause holds no date, a date that opens its sentence ("On May 19, the
// duo …") governs it.
func Governing(text string, exprs []parley.TimeExpr, clause parley.Span) int {
	best, bestScore := -1, 0
	for i := range exprs {
		x := &exprs[i]
		if !x.Span.Overlaps(clause) || !x.Span.Valid(len(text)) {
			continue
		}
		if s := govScore(text, x); s > bestScore {
			best, bestScore = i, s
		}
	}
	if best >= 0 {
		return best
	}
	if !clause.Valid(len(text)) {
		return -1
	}
	start := sentenceStart(text, clause.Start)
	for i := range exprs {
		x := &exprs[i]
		if x.Span.Start < start || x.Span.End > clause.Start || !x.Span.Valid(len(text)) {
			continue
		}
		if opensSentence(text, start, x.Span) && govScore(text, x) > 0 {
			return i
		}
	}
	return -1
}

// govScore rates how well x dates the clause it stands in; 0 means not at all.
func govScore(text string, x *parley.TimeExpr) int {
	if x.Value.IsZero() || x.Kind == kindAnniversary {
		return 0
	}
	s := 0
	switch x.Precision {
	case parley.PrecisionDay:
		s = 50
	case parley.PrecisionWeek:
		s = 40
	case parley.PrecisionMonth:
		s = 30
	case parley.PrecisionYear:
		s = 20
	case parley.PrecisionDecade:
		s = 4
	}
	lower := strings.ToLower(x.Text)
	for _, p := range []string{"the past", "the last", "the next", "the coming", "past ", "recent",
		"within", "less than", "more than", "over "} {
		if strings.HasPrefix(lower, p) {
			s -= 25
			break
		}
	}
	after := text[x.Span.End:]
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
		s -= 15 // "Monday's meeting" dates the meeting, not the clause
	}
	before := strings.TrimRightFunc(text[:x.Span.Start], unicode.IsSpace)
	prev := lastWord(before)
	if termAhead(strings.ToLower(prev), lower) {
		return 0
	}
	switch strings.ToLower(prev) {
	case "on", "in", "since", "during", "by", "until", "from", "at":
		s += 5
	case "the", "a", "its", "his", "her", "their", "this":
		// "the 2016 election": a date that names a noun
		if next := firstWord(after); next != "" && unicode.IsLower(rune(next[0])) {
			s -= 10
		}
	}
	if s < 1 {
		s = 1
	}
	return s
}

// termAhead reports whether x, after the word prev, is the term of what
// the clause sets up rather than its time: "to supply rice over the next
// five years", "pledged $2 billion for the coming three years".
func termAhead(prev, lower string) bool {
	if prev != "over" && prev != "for" || !strings.HasPrefix(lower, "the next ") && !strings.HasPrefix(lower, "the coming ") {
		return false
	}
	for _, unit := range []string{"months", "years", "decade", "decades"} {
		if strings.HasSuffix(lower, unit) {
			return true
		}
	}
	return false
}

// sentenceStart finds the start of the sentence holding offset at: after
// the last line break or the last ". ", "! ", "? " before it.
func sentenceStart(text string, at int) int {
	for i := at - 1; i > 0; i-- {
		c := text[i]
		if c == '\n' {
			return i + 1
		}
		if (c == ' ' || c == '\t') && (text[i-1] == '.' || text[i-1] == '!' || text[i-1] == '?') {
			if i >= 2 && text[i-2] >= '0' && text[i-2] <= '9' {
				return i + 1 // "… in Zurich on October 6. In July, …"
			}
			w := lastWord(text[:i-1])
			if len(w) > 1 && (len(w) > 4 || !unicode.IsUpper(rune(w[0]))) {
				return i + 1
			}
		}
	}
	return 0
}

// opensSentence reports whether sp stands at the head of the sentence that
// starts at start, with at most one word before it ("On May 19, …",
// "Yesterday, …", "Last week …").
func opensSentence(text string, start int, sp parley.Span) bool {
	head := strings.TrimSpace(strings.Trim(text[start:sp.Start], "\"“‘'( -–—•*")) // (a bullet opens a line: "- On May 24, …")
	if strings.ContainsAny(head, " ,;") {
		return false
	}
	rest := strings.TrimLeft(text[sp.End:], " ")
	return strings.HasPrefix(rest, ",") || head == "" || frontingPreps[strings.ToLower(head)]
}

// frontingPreps open a sentence with its date even without the comma
// after it: "In 2018 the two countries signed a peace deal".
var frontingPreps = map[string]bool{"in": true, "on": true, "during": true}

func lastWord(s string) string {
	end := len(s)
	i := end
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= w
	}
	return s[i:end]
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += w
	}
	return s[:i]
}
