package timex

import (
	"strings"
	"time"

	"parley"
)

// Ranges joined by a word: "from 20 to 22 March 2023", "between 1 and 3
// June", "from May 3 to May 5, 2021", "from late March to early April
// 2023", "between March and May 2022", "from 2019 to 2021", and the same
// without the opening word ("May 3 to May 5", "March to May 2022"). Runs of
// days inside one month joined by a dash or "to" ("14-16 June", "June 3-5",
// "3 to 5 June") are read by the day rules themselves.
//
// Each end is read by the ordinary rules; an end may also be a bare day
// that takes its month from the other end ("20" in "from 20 to 22 March").
// An end without a year takes the year of the other end; when neither
// writes one, the start is placed the way a single date would be (by the
// tense of the clause) and the end follows it.

// maxRangeYears bounds how long a range may run, as for "2010-2015".
const maxRangeYears = 100

// rangeEnd is one end of a range as the text wrote it: a bare day number,
// or an expression the ordinary rules read.
type rangeEnd struct {
	ts, te int // its tokens [ts, te)
	day    int // a bare day ("20" in "from 20 to 22 March"), or 0
	r      res // the expression read at ts, when day is 0
}

// rangeOpener reports whether token i is "from" or "between", the words
// that open a range read by matchFromRange.
func (st *state) rangeOpener(i int) bool { return st.is(i, "from") || st.is(i, "between") }

// matchFromRange reads a range opened by "from" or "between" at i. The
// span includes the opening word.
func (st *state) matchFromRange(i int) (res, bool) {
	between := st.is(i, "between")
	a, ok := st.readEnd(i+1, true)
	if !ok {
		return res{}, false
	}
	k := a.te
	if between {
		if !st.is(k, "and") {
			return res{}, false
		}
	} else if !st.rangeConnector(k, true) {
		return res{}, false
	}
	b, ok := st.readEnd(k+1, a.day == 0)
	if !ok || st.changeVerbBefore(i) {
		return res{}, false // "postponed the vote from May 3 to May 10": two dates, not a span
	}
	return st.joinRange(i, a, b)
}

// extendRange turns a date the loop just read into a range when a
// connector and a second date follow it: "May 3 to May 5, 2021", "late
// March to early April", "June 3 through 5". A date after "from" or
// "between" was already given its chance by matchFromRange.
func (st *state) extendRange(r res) (res, bool) {
	if r.kind != kindAbsolute || !rangeEndPrec(r.prec) || !st.rangeConnector(r.te, false) ||
		st.rangeOpener(r.ts-1) || st.changeVerbBefore(r.ts) {
		return res{}, false
	}
	// Without "from" both ends must be alike ("March to May 2022", "May 3
	// to May 5"), which keeps out "on 16 June - 2021's biggest summit"; a
	// bare day after a dash was already read by the day rules.
	b, ok := st.readEnd(r.te+1, r.prec == parley.PrecisionDay && !st.punct(r.te, pDash))
	if !ok || b.day == 0 && b.r.prec != r.prec {
		return res{}, false
	}
	return st.joinRange(r.ts, rangeEnd{ts: r.ts, te: r.te, r: r}, b)
}

// rangeEndPrec reports whether an expression of precision p can stand at
// an end of a range: a day, a month (or part of one) or a year.
func rangeEndPrec(p parley.Precision) bool {
	return p == parley.PrecisionDay || p == parley.PrecisionMonth || p == parley.PrecisionYear
}

// rangeConnector reports whether token k joins the two ends of a range:
// "to", "through", "until", "till", or a dash. Without "from" before it,
// "until" and "till" join only two full dates, which the caller checks.
func (st *state) rangeConnector(k int, afterFrom bool) bool {
	if st.punct(k, pDash) {
		return true
	}
	return st.is(k, "to") || st.is(k, "through") || st.is(k, "thru") || afterFrom && (st.is(k, "until") || st.is(k, "till"))
}

// readEnd reads one end of a range at k. A bare day is allowed when
// bareDay is set and no month follows it ("20" before "to 22 March"; "5"
// after "May 3 to"); "the 20th" counts as a bare day too.
func (st *state) readEnd(k int, bareDay bool) (rangeEnd, bool) {
	if !st.ok(k) {
		return rangeEnd{}, false
	}
	if bareDay {
		j := k
		if st.is(j, "the") && st.numTok(j+1) {
			j++
		}
		if d, n, ok := st.dayNum(j); ok && !st.quantityAt(n) {
			m := n
			if st.is(m, "of") {
				m++
			}
			if _, _, month := st.monthWord(m); !month && (j == k || n > j+1) {
				return rangeEnd{ts: k, te: n, day: d}, true
			}
		}
	}
	r, ok := st.readFull(k, 0)
	if !ok {
		return rangeEnd{}, false
	}
	return rangeEnd{ts: k, te: r.te, r: r}, true
}

// readFull reads a date expression at k with the ordinary rules, giving a
// date without a written year the year y (none when y is 0). Only single
// days, months, parts of months and years qualify.
func (st *state) readFull(k, y int) (res, bool) {
	saveIn, saveY := st.inRange, st.forceYear
	st.inRange, st.forceYear = true, y
	r, ok := st.matchAt(k)
	st.inRange, st.forceYear = saveIn, saveY
	if !ok || r.ts != k || r.te <= k || r.kind != kindAbsolute || !rangeEndPrec(r.prec) {
		return res{}, false
	}
	return r, true
}

// joinRange builds the range from start to the end of b. It places the
// ends in their years, checks that the range runs forward, and gives it
// the Value of the labelling convention: the month when all its days lie
// in one month, else the year it starts in.
func (st *state) joinRange(start int, a, b rangeEnd) (res, bool) {
	if a.day > 0 && (b.day > 0 || b.r.prec != parley.PrecisionDay) ||
		b.day > 0 && a.r.prec != parley.PrecisionDay {
		return res{}, false // a bare day needs a full day at the other end
	}
	te := b.te
	r := res{ts: start, te: te, kind: kindRange, est: true}
	explicit := a.day == 0 && a.r.explicit || b.day == 0 && b.r.explicit
	sid := st.sent[start]
	var y int // the year forced on the end that does not write one
	switch {
	case explicit:
		r.explicit = true
	case st.yearSid == sid && st.year > 0:
		y = st.year
		r.anchored, r.anchor = true, parley.Date{Year: y}
	case st.hasPub:
		y = st.rangeYear(start, te, a, b)
		if y == 0 {
			return res{}, false
		}
		r.anchored, r.anchor = true, st.pubDate()
	default:
		// No year anywhere and no publication date: one expression with no
		// value. A trial year (a leap year, so that 29 February reads)
		// still checks the ends and tells the precision.
		e, l, ok := st.placeRange(a, b, 2000)
		if !ok || l.Before(e) {
			return res{}, false
		}
		r.prec = rangeValue(e, l).Precision()
		return r, true
	}
	e, l, ok := st.placeRange(a, b, y)
	if !ok || l.Before(e) || l.Year()-e.Year() > maxRangeYears {
		return res{}, false
	}
	r.e, r.l = e, l
	r.val = rangeValue(e, l)
	r.prec = r.val.Precision()
	r.rel = st.relation(e, l)
	return r, true
}

// rangeValue names the range [e, l] as the events-dev labels do: its day
// when it is one day, its month when all its days lie in one month, else
// the year it starts in.
func rangeValue(e, l time.Time) parley.Date {
	switch {
	case e.Equal(l):
		return parley.DateOf(e)
	case e.Year() == l.Year() && e.Month() == l.Month():
		return parley.Date{Year: e.Year(), Month: e.Month()}
	}
	return parley.Date{Year: e.Year()}
}

// placeRange returns the first and last day of the range. y is the year of
// the start when the text writes no year; with a written year it is 0 and
// the end without one borrows it from the other end.
func (st *state) placeRange(a, b rangeEnd, y int) (time.Time, time.Time, bool) {
	switch {
	case a.day > 0: // "20 to 22 March": the month and year are the second end's
		rb, ok := st.readFull(b.ts, y)
		if !ok || a.day >= rb.e.Day() || !validDay(rb.e.Year(), rb.e.Month(), a.day) {
			return time.Time{}, time.Time{}, false
		}
		return ymd(rb.e.Year(), rb.e.Month(), a.day), rb.l, true
	case b.day > 0: // "May 3 to 5": the month and year are the first end's
		ra, ok := st.readFull(a.ts, y)
		if !ok || b.day <= ra.e.Day() || !validDay(ra.e.Year(), ra.e.Month(), b.day) {
			return time.Time{}, time.Time{}, false
		}
		return ra.e, ymd(ra.e.Year(), ra.e.Month(), b.day), true
	}
	if y == 0 && !a.r.explicit {
		// "May 3 to May 5, 2021": the start takes the end's year, or the
		// year before when it would otherwise come after the end.
		ra, ok := st.readFull(a.ts, b.r.e.Year())
		if ok && ra.e.After(b.r.l) {
			ra, ok = st.readFull(a.ts, b.r.e.Year()-1)
		}
		return ra.e, b.r.l, ok
	}
	ra := a.r
	if !a.r.explicit {
		var ok bool
		if ra, ok = st.readFull(a.ts, y); !ok {
			return time.Time{}, time.Time{}, false
		}
	}
	rb := b.r
	if !b.r.explicit {
		// "from March 2021 to June", "from late December to early
		// January": the end takes the start's year, or the next one.
		yb := ra.l.Year()
		var ok bool
		if rb, ok = st.readFull(b.ts, yb); ok && rb.l.Before(ra.e) {
			rb, ok = st.readFull(b.ts, yb+1)
		}
		if !ok {
			return time.Time{}, time.Time{}, false
		}
	}
	return ra.e, rb.l, true
}

// rangeYear picks the year of the start of a range that writes no year,
// the way a single date is placed: the start day or month as the clause's
// tense points it (tokens [ts, te) are the whole range).
func (st *state) rangeYear(ts, te int, a, b rangeEnd) int {
	tn := st.tenseFor(ts, te)
	var m time.Month
	d := 0
	prec := parley.PrecisionDay
	switch {
	case a.day > 0:
		m, d = b.r.e.Month(), a.day
	case a.r.e.IsZero():
		return 0
	default:
		m, d, prec = a.r.e.Month(), a.r.e.Day(), a.r.prec
	}
	if prec == parley.PrecisionMonth {
		return st.chooseMonthYear(m, "", tn)
	}
	y := st.chooseDayYear(m, d, -1, tn)
	if y != 0 && tn == tUnknown {
		y = st.continueYear(ts, y, ymd(y, m, d))
	}
	return y
}

// quantityAt reports whether token k makes the number before it a
// quantity rather than a day: "16 years", "5 people", "3 percent", "5
// million", "3 p.m.".
func (st *state) quantityAt(k int) bool {
	if !st.ok(k) {
		return false
	}
	if st.punct(k, '%') {
		return true
	}
	e := st.lx(k)
	if e.has(fCountNoun | fUnit) {
		return true
	}
	if !st.word(k) {
		return false
	}
	t := &st.toks[k]
	w := st.text[t.s:t.e]
	for _, q := range quantityWords {
		if strings.EqualFold(w, q) {
			return true
		}
	}
	return (strings.EqualFold(w, "a") || strings.EqualFold(w, "p")) &&
		st.punct(k+1, '.') && st.touches(k+1) && st.is(k+2, "m")
}

// quantityWords follow a number that counts or measures; the lexicon's
// count nouns and units are checked besides.
var quantityWords = []string{"million", "billion", "trillion", "thousand", "hundred", "percent", "pc",
	"am", "pm", "per"}

// changeVerbStems are the starts of words that move a date rather than
// span a period: "postponed from May 3 to May 10" names two dates.
var changeVerbStems = []string{"postpon", "delay", "move", "moving", "reschedul", "push", "brought",
	"bring", "shift", "chang", "switch", "extend", "extens", "advanc", "defer", "bump", "adjourn"}

// changeVerbBefore reports whether a verb that moves dates stands in the
// few words before token i, within its clause.
func (st *state) changeVerbBefore(i int) bool {
	for j := i - 1; j >= st.lo && i-j <= 5; j-- {
		t := &st.toks[j]
		if t.k == kPunct || t.lx.has(fSubord) || st.is(j, "and") || st.is(j, "but") {
			return false
		}
		if t.k != kWord {
			continue
		}
		w := st.text[t.s:t.e]
		for _, s := range changeVerbStems {
			if len(w) >= len(s) && strings.EqualFold(w[:len(s)], s) {
				return true
			}
		}
	}
	return false
}
