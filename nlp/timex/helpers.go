package timex

import (
	"strings"
	"time"

	"parley"
)

// Token access. Rules look only inside the sentence being matched
// ([st.lo, st.hi)); ok is the guard every accessor goes through.

func (st *state) ok(i int) bool { return i >= st.lo && i < st.hi }

func (st *state) word(i int) bool { return st.ok(i) && st.toks[i].k == kWord }

func (st *state) numTok(i int) bool { return st.ok(i) && st.toks[i].k == kNum && st.toks[i].n >= 0 }

// lx returns the lexicon entry of word i, or nil.
func (st *state) lx(i int) *entry {
	if !st.ok(i) || st.toks[i].k != kWord {
		return nil
	}
	return st.toks[i].lx
}

// is reports whether token i is the word w (lower case) in any case.
func (st *state) is(i int, w string) bool {
	if !st.ok(i) || st.toks[i].k != kWord {
		return false
	}
	t := &st.toks[i]
	if t.lx != nil {
		return t.lx.word == w
	}
	return t.e-t.s == len(w) && strings.EqualFold(st.text[t.s:t.e], w)
}

func (st *state) punct(i int, p byte) bool {
	return st.ok(i) && st.toks[i].k == kPunct && st.toks[i].p == p
}

// touches reports whether token i follows the token before it without space.
func (st *state) touches(i int) bool { return st.ok(i) && !st.toks[i].sp }

func (st *state) lower(i int) string {
	t := &st.toks[i]
	return strings.ToLower(st.text[t.s:t.e])
}

// first reports whether token i opens its sentence, ignoring quotes and
// brackets before it.
func (st *state) first(i int) bool { return i <= st.head }

// opensSentenceAt reports whether token i is the very first of its
// sentence, punctuation included (unlike first, for any sentence).
func (st *state) opensSentenceAt(i int) bool {
	return i == 0 || st.sent[i-1] != st.sent[i]
}

// capMid reports whether word i is capitalised inside a sentence, the mark
// of a name ("USA Today", "Sunday Times").
func (st *state) capMid(i int) bool {
	t := &st.toks[i]
	return t.up && !t.caps && !st.first(i)
}

// gluedLeft reports whether number i is stuck to what precedes it, as in
// "COVID-19", "G20", "$2021", "F-35" or "2,000".
func (st *state) gluedLeft(i int) bool {
	if i <= 0 || i >= len(st.toks) || st.toks[i].sp {
		return false
	}
	p := &st.toks[i-1]
	if p.k != kPunct {
		return true
	}
	return strings.IndexByte("-./,:$#+@%&_*'=", p.p) >= 0
}

// gluedRight reports whether token k continues the number before it:
// "2021-22", "19%", "2,000", "3.5".
func (st *state) gluedRight(k int) bool {
	if k >= len(st.toks) || st.toks[k].sp {
		return false
	}
	t := &st.toks[k]
	if t.k != kPunct {
		return true
	}
	switch t.p {
	case '-', '/', '%', '$', '@', '_', '+', '&', '*', '=', '#':
		return true
	case '.', ',', ':':
		return k+1 < len(st.toks) && !st.toks[k+1].sp && st.toks[k+1].k == kNum
	}
	return false
}

// possessive reports whether an apostrophe-s follows token i ("Monday's").
func (st *state) possessive(i int) bool {
	return st.punct(i+1, pApos) && st.touches(i+1) && st.is(i+2, "s") && st.touches(i+2)
}

// dayPart reports whether token i is "morning", "night" and the like.
func (st *state) dayPart(i int) bool { return st.lx(i).has(fDayPart) && st.toks[i].sp }

// yearTok reports whether token k is a year that completes a date
// ("May 19, 2021", "May 2021"): four digits, not part of a longer number,
// and not a count ("May 19, 2000 people").
func (st *state) yearTok(k int) (int, bool) {
	if !st.numTok(k) || st.toks[k].nd != 4 || !st.toks[k].sp {
		return 0, false
	}
	n := st.toks[k].n
	if n < 1000 || n > 2999 || st.gluedRight(k+1) || st.lx(k+1).has(fCountNoun) || st.punct(k+1, '%') {
		return 0, false
	}
	return n, true
}

// relation places [e, l] against the publication date.
func (st *state) relation(e, l time.Time) parley.TimeRelation {
	switch {
	case !st.hasPub:
		return parley.TimeUnknown
	case l.Before(st.pub):
		return parley.TimePast
	case e.After(st.pub):
		return parley.TimeFuture
	}
	return parley.TimeSame
}

func (st *state) pubDate() parley.Date {
	if !st.hasPub {
		return parley.Date{}
	}
	return parley.DateOf(st.pub)
}

// tenseFor is the tense that decides which way a weekday or a month
// without a year points. Prepositions can settle it: "since Friday" looks
// back, "until Friday" and "from Monday" look forward in a clause that
// does not say otherwise.
func (st *state) tenseFor(ts, te int) tense {
	tn := st.tenseAround(ts, te)
	p := ts - 1
	switch {
	case st.is(p, "since"):
		return tPast
	case st.lx(p).has(fUntil) || st.is(p, "of") && st.is(p-1, "ahead"):
		if tn != tPast || st.extendedBefore(p) {
			return tFuture // (and "had agreed to extend the truce until February 18": a term still to run)
		}
	}
	return tn
}

// part is a portion of a period named by early, mid, late, the start of,
// the end of, earlier this … or later this ….
type part uint8

const (
	partNone part = iota
	partEarly
	partMid
	partLate
	partStart
	partEnd
	partEarlier // earlier this …: from the start of the period to the reference
	partLater   // later this …: from the reference to the end of the period
)

func partOf(w string) part {
	switch w {
	case "early":
		return partEarly
	case "mid", "middle":
		return partMid
	case "late":
		return partLate
	case "beginning", "start":
		return partStart
	case "end":
		return partEnd
	case "earlier":
		return partEarlier
	case "later":
		return partLater
	}
	return partNone
}

// cut narrows the period [e, l] of unit u to the part p. ref is the
// publication date, used by "earlier this …" and "later this …".
func cut(e, l time.Time, u unit, p part, ref time.Time, hasRef bool) (time.Time, time.Time) {
	if p == partEarlier || p == partLater {
		if hasRef && !ref.Before(e) && !ref.After(l) {
			if p == partEarlier {
				return e, ref
			}
			return ref, l
		}
		p = map[part]part{partEarlier: partEarly, partLater: partLate}[p]
	}
	switch u {
	case uMonth:
		last := l.Day()
		switch p {
		case partEarly, partStart:
			return e, e.AddDate(0, 0, 9)
		case partMid:
			return e.AddDate(0, 0, 10), e.AddDate(0, 0, 19)
		case partLate, partEnd:
			return e.AddDate(0, 0, 20), e.AddDate(0, 0, last-1)
		}
	case uYear:
		y := e.Year()
		switch p {
		case partEarly:
			return e, monthEnd(ymd(y, time.April, 1))
		case partStart:
			return e, monthEnd(ymd(y, time.February, 1))
		case partMid:
			return ymd(y, time.May, 1), ymd(y, time.August, 31)
		case partLate:
			return ymd(y, time.September, 1), l
		case partEnd:
			return ymd(y, time.November, 1), l
		}
	case uDecade:
		y := e.Year()
		switch p {
		case partEarly:
			return e, yearEnd(y + 3)
		case partStart:
			return e, yearEnd(y + 2)
		case partMid:
			return yearStart(y + 4), yearEnd(y + 6)
		case partLate:
			return yearStart(y + 7), l
		case partEnd:
			return yearStart(y + 8), l
		}
	case uWeek:
		switch p {
		case partEarly, partStart:
			return e, e.AddDate(0, 0, 1)
		case partMid:
			return e.AddDate(0, 0, 2), e.AddDate(0, 0, 3)
		case partLate, partEnd:
			return e.AddDate(0, 0, 4), l
		}
	}
	return e, l
}

// period returns the week, month, year, decade or weekend that holds t.
func period(t time.Time, u unit) (time.Time, time.Time) {
	switch u {
	case uWeek:
		s := weekStart(t)
		return s, s.AddDate(0, 0, 6)
	case uWeekend:
		s := weekStart(t).AddDate(0, 0, 5)
		return s, s.AddDate(0, 0, 1)
	case uMonth:
		return monthStart(t), monthEnd(t)
	case uYear:
		return yearStart(t.Year()), yearEnd(t.Year())
	case uDecade:
		y := t.Year() - t.Year()%10
		return yearStart(y), yearEnd(y + 9)
	}
	return t, t
}

// shiftPeriod moves a period by n of its own units.
func shiftPeriod(t time.Time, u unit, n int) time.Time {
	if u == uWeekend {
		u = uWeek
	}
	return addUnit(t, n, u)
}

// extendedBefore reports whether a verb of prolonging stands a few words
// before the "until" at p: "extended the arrangement until February 18".
func (st *state) extendedBefore(p int) bool {
	for j := p - 1; j >= 0 && p-j <= 6 && st.sent[j] == st.sent[p]; j-- {
		if st.is(j, "extend") || st.is(j, "extended") || st.is(j, "extending") || st.is(j, "extends") ||
			st.is(j, "prolong") || st.is(j, "prolonged") || st.is(j, "renewed") || st.is(j, "renew") {
			return true
		}
	}
	return false
}
