package timex

import (
	"strconv"
	"strings"
	"time"

	"parley"
)

// Kinds of expression, reported in TimeExpr.Kind.
const (
	kindAbsolute    = "absolute"    // the text names the calendar date: "May 19", "2021-05-19", "the 1990s"
	kindWeekday     = "weekday"     // "on Friday", "Monday's meeting"
	kindRelative    = "relative"    // deictic: "today", "last week", "earlier this month"
	kindOffset      = "offset"      // counted: "two days later", "less than two weeks ago", "the past six weeks"
	kindRange       = "range"       // "May 19-21", "2010-2015", "from 20 to 22 March", "between March and May"
	kindSeason      = "season"      // "last summer", "winter 2020"
	kindAnniversary = "anniversary" // "the 20th anniversary", "centennial": the year of the occasion marked
)

// matchAt tries every rule that can start at token i and returns the
// expression found, if any. Rules are chosen by the class of the first
// word, so most tokens cost one switch.
func (st *state) matchAt(i int) (res, bool) {
	if i < 0 || i >= len(st.toks) {
		return res{}, false // "two days after the" at the end of a text
	}
	t := &st.toks[i]
	if t.k == kNum {
		return st.matchNumber(i)
	}
	if t.k == kWord && t.up {
		if r, ok := st.matchHoliday(i); ok {
			return r, true
		}
	}
	if t.k != kWord || t.lx == nil {
		return res{}, false
	}
	e := t.lx
	f := e.flags
	switch {
	case f&fMonth != 0:
		return st.matchMonth(i, i, "", partNone)
	case f&fWeekday != 0:
		return st.matchWeekday(i, i, "")
	case f&fDeictic != 0:
		return st.matchDeictic(i, i)
	}
	switch e.word {
	case "the":
		return st.matchThe(i)
	case "from", "between":
		return st.matchFromRange(i)
	case "in", "within":
		return st.matchIn(i)
	case "end", "beginning", "start", "middle":
		return st.matchEdge(i, i)
	}
	if f&fRel != 0 {
		if r, ok := st.matchRel(i, i); ok {
			return r, true
		}
	}
	if f&fPart != 0 {
		if r, ok := st.matchPart(i, i); ok {
			return r, true
		}
	}
	if f&(fNum|fVague|fLess|fMore|fApprox|fUnit) != 0 || e.word == "a" || e.word == "an" {
		if r, ok := st.matchCount(i, i); ok {
			return r, true
		}
	}
	if f&(fOrd|fNum|fAnnivWord|fJubilee) != 0 {
		if r, ok := st.matchAnniv(i); ok {
			return r, true
		}
	}
	if f&fSeason != 0 {
		return st.matchSeason(i, i, "")
	}
	return res{}, false
}

// ---- numbers --------------------------------------------------------------

func (st *state) matchNumber(i int) (res, bool) {
	t := &st.toks[i]
	if t.n < 0 || st.gluedLeft(i) {
		return res{}, false
	}
	if t.nd == 4 {
		if r, ok := st.matchISO(i); ok {
			return r, true
		}
	}
	if t.nd <= 2 {
		if r, ok := st.matchNumericDate(i); ok {
			return r, true
		}
		if r, ok := st.matchDayMonth(i, i); ok {
			return r, true
		}
	}
	if r, ok := st.matchAnniv(i); ok {
		return r, true
	}
	if r, ok := st.matchCount(i, i); ok {
		return r, true
	}
	if t.nd == 4 {
		return st.matchYear(i, i, partNone)
	}
	return res{}, false
}

// matchISO reads 2021-05-19 and 2021/05/19.
func (st *state) matchISO(i int) (res, bool) {
	sep := byte(0)
	if st.punct(i+1, '-') || st.punct(i+1, '/') {
		sep = st.toks[i+1].p
	}
	if sep == 0 || !st.touches(i+1) || !st.numTok(i+2) || !st.touches(i+2) || st.toks[i+2].nd > 2 ||
		!st.punct(i+3, sep) || !st.touches(i+3) || !st.numTok(i+4) || !st.touches(i+4) || st.toks[i+4].nd > 2 {
		return res{}, false
	}
	if st.gluedRight(i+5) && !st.is(i+5, "t") {
		return res{}, false
	}
	y, m, d := st.toks[i].n, time.Month(st.toks[i+2].n), st.toks[i+4].n
	if !validDay(y, m, d) {
		return res{}, false
	}
	return st.absDay(i, i+5, m, d, d, y, -1)
}

// matchNumericDate reads 19.05.2021 and 19-05-2021 (day first) and
// 05/19/2021 (month first, as in American usage, unless the first number
// cannot be a month).
func (st *state) matchNumericDate(i int) (res, bool) {
	if !st.ok(i+1) || st.toks[i+1].k != kPunct {
		return res{}, false
	}
	sep := st.toks[i+1].p
	if sep != '.' && sep != '/' && sep != '-' {
		return res{}, false
	}
	if !st.touches(i+1) || !st.numTok(i+2) || !st.touches(i+2) || st.toks[i+2].nd > 2 ||
		!st.punct(i+3, sep) || !st.touches(i+3) || !st.numTok(i+4) || !st.touches(i+4) ||
		st.toks[i+4].nd != 4 || st.gluedRight(i+5) {
		return res{}, false
	}
	a, b, y := st.toks[i].n, st.toks[i+2].n, st.toks[i+4].n
	d, m := a, b
	if sep == '/' && a <= 12 && !st.dayFirstSlash(i, a, b, y) {
		d, m = b, a
	}
	if !validDay(y, time.Month(m), d) {
		return res{}, false
	}
	return st.absDay(i, i+5, time.Month(m), d, d, y, -1)
}

// dayFirstSlash reports whether a/b/y, where both could be the month,
// reads day first because month first would put an act told in the past
// after the paper's day: "signed the pact on 12/05/2024" in a paper of 15
// May 2024 is 12 May.
func (st *state) dayFirstSlash(i, a, b, y int) bool {
	if !st.hasPub || b > 12 || a == b || !validDay(y, time.Month(b), a) || st.tenseFor(i, i+5) != tPast {
		return false
	}
	limit := st.pub.AddDate(0, 0, 1)
	return ymd(y, time.Month(a), b).After(limit) && !ymd(y, time.Month(b), a).After(limit)
}

// dayNum reads a day of the month at i with its ordinal suffix ("19",
// "19th") and returns the day and the token after it.
func (st *state) dayNum(i int) (int, int, bool) {
	if !st.numTok(i) || st.toks[i].nd > 2 {
		return 0, 0, false
	}
	d := st.toks[i].n
	if d < 1 || d > 31 {
		return 0, 0, false
	}
	k := i + 1
	if st.word(k) && st.touches(k) {
		t := &st.toks[k]
		if !ordinalSuffix(st.text[t.s:t.e]) {
			return 0, 0, false
		}
		k++
	}
	// "19-21" is a run of days; any other continuation ("19,000",
	// "19%", "19-year-old") makes the number something else.
	if st.gluedRight(k) && !(st.punct(k, pDash) && st.numTok(k+1) && st.touches(k+1) && st.toks[k+1].nd <= 2) {
		return 0, 0, false
	}
	return d, k, true
}

// monthWord reports whether token i is a month name that can stand in a
// date: "may" and "march" in lower case are the verbs.
func (st *state) monthWord(i int) (time.Month, int, bool) {
	e := st.lx(i)
	if !e.has(fMonth) || !st.toks[i].sp {
		return 0, 0, false
	}
	t := &st.toks[i]
	if !t.up && e.has(fAmbig|fAbbr) {
		return 0, 0, false
	}
	k := i + 1
	if e.has(fAbbr) && st.punct(k, '.') && st.touches(k) {
		k++
	}
	return e.month, k, true
}

// matchDayMonth reads "19 May", "19th of May 2021", "19-21 May" and
// "the 19th of May" (start is where "the" stands).
func (st *state) matchDayMonth(i, start int) (res, bool) {
	d, k, ok := st.dayNum(i)
	if !ok {
		return res{}, false
	}
	d2 := d
	if st.punct(k, pDash) && !st.gluedLeft(k+1) || st.punct(k, pDash) && st.touches(k+1) ||
		!st.inRange && !st.rangeOpener(start-1) && (st.is(k, "to") || st.is(k, "through")) {
		// "19-21 May", "3 to 5 June"; the month after it is checked below.
		if e, k2, ok := st.dayNum(k + 1); ok && e > d {
			d2, k = e, k2
		}
	}
	if st.is(k, "of") {
		k++
	}
	m, k2, ok := st.monthWord(k)
	if !ok {
		return res{}, false
	}
	k = k2
	y := 0
	yk := k
	if st.punct(yk, ',') {
		yk++
	}
	if n, ok := st.yearTok(yk); ok {
		y, k = n, yk+1
	}
	return st.absDay(start, k, m, d, d2, y, -1)
}

// matchYear reads a four-digit year, a decade ("1990s") or a range of
// years ("2010-2015", "2019-20").
func (st *state) matchYear(i, start int, p part) (res, bool) {
	t := &st.toks[i]
	n := t.n
	if n < 1000 || n > 2999 {
		return res{}, false
	}
	// Decades: "1990s", and "the 1990's".
	if n%10 == 0 {
		if st.is(i+1, "s") && st.touches(i+1) && !st.gluedRight(i+2) {
			return st.decade(start, i+2, n, p), true
		}
		if st.punct(i+1, pApos) && st.touches(i+1) && st.is(i+2, "s") && st.touches(i+2) &&
			(start < i || st.is(i-1, "the")) {
			return st.decade(start, i+3, n, p), true
		}
	}
	// Ranges of years.
	if (st.punct(i+1, pDash) || st.punct(i+1, '/')) && st.touches(i+1) && st.numTok(i+2) && st.touches(i+2) &&
		!st.gluedRight(i+3) && p == partNone {
		n2 := st.toks[i+2].n
		switch st.toks[i+2].nd {
		case 2:
			n2 += n / 100 * 100
			if n2 <= n {
				n2 += 100
			}
		case 4:
		default:
			n2 = 0
		}
		if n2 > n && n2-n <= 100 && n2 <= 9999 {
			r := res{ts: start, te: i + 3, kind: kindRange, prec: parley.PrecisionYear,
				val: parley.Date{Year: n}, e: yearStart(n), l: yearEnd(n2), explicit: true}
			r.rel = st.relation(r.e, r.l)
			return r, true
		}
		return res{}, false
	}
	if start == i && !st.acceptYear(i) {
		return res{}, false
	}
	if start < i && st.gluedRight(i+1) {
		return res{}, false
	}
	return st.yearRes(start, i+1, n, p), true
}

// acceptYear decides whether a bare four-digit number is a year. Counts
// ("2000 troops", "about 2000 people") and numbered things ("Resolution
// 2334") are not.
func (st *state) acceptYear(i int) bool {
	n := st.toks[i].n
	if n < 1000 || n > 2199 || st.gluedRight(i+1) {
		return false
	}
	p, nx := i-1, i+1
	pe, ne := st.lx(p), st.lx(nx)
	if pe.has(fNotYear) || st.punct(p, '.') && st.lx(p-1).has(fNotYear) || st.numTok(p) {
		return false
	}
	if st.punct(nx, '%') || ne.has(fCountNoun) {
		return false
	}
	if st.is(p, "than") && (st.is(p-1, "more") || st.is(p-1, "less") || st.is(p-1, "fewer")) {
		return false
	}
	if st.word(p) && st.toks[p].caps && !pe.has(fMonth|fCue) {
		return false // "RTX 2060", "A320"
	}
	strong := pe.has(fCue) || st.is(p, "year") || st.possessive(p-2) && st.is(p, "s")
	if (n < 1900 || n > 2100) && !(strong && !pe.has(fDet)) {
		return false
	}
	if n < 1500 && (st.is(p, "from") || st.is(p, "to") || st.is(p, "and") || st.is(p, "between") || st.is(p, "of")) {
		return false // "from 1061 to 1128": scores, not years
	}
	if st.hasPub && n > st.pub.Year()+10 && !(st.is(p, "by") || st.is(p, "in") || st.is(p, "until") ||
		st.is(p, "till") || st.is(p, "before") || st.is(p, "after") || st.is(p, "from") || st.is(p, "through") ||
		st.is(p, "to") || st.is(p, "around") || st.is(p, "circa") || st.is(p, "year") || st.is(p, "since")) {
		return false // "a score of 2072"
	}
	if st.word(nx) && !st.toks[nx].up && !ne.has(fCue) {
		if pe.has(fApprox | fMore | fLess) {
			return false // "about 2000 were"
		}
		w := st.text[st.toks[nx].s:st.toks[nx].e]
		temporalCue := st.is(p, "the") || st.is(p, "in") || st.is(p, "since") || st.is(p, "during") ||
			st.is(p, "its") || st.is(p, "their") || st.is(p, "his") || st.is(p, "her") || st.is(p, "our") ||
			st.is(p, "s") || st.is(p, "until") || st.is(p, "year")
		plural := len(w) > 3 && w[len(w)-1] == 's' && strings.IndexByte("siu", w[len(w)-2]) < 0
		if plural && !temporalCue {
			return false // "2000 soldiers", "of 1080 pixels"
		}
	}
	return true
}

// ---- months -----------------------------------------------------------------

// matchMonth reads "May 19", "May 19th, 2021", "Sept. 1", "May 19-21",
// "May 2021", "May of 2021" and a bare "May" where a preposition or
// modifier shows it is the month. mod is "last", "next" or "this" when
// such a word came before; p is the part ("early May").
func (st *state) matchMonth(i, start int, mod string, p part) (res, bool) {
	m, j, ok := st.monthWord(i)
	if !ok && !(start < i && st.lx(i).has(fMonth) && !st.lx(i).has(fAbbr)) {
		return res{}, false
	}
	if !ok {
		m, j = st.lx(i).month, i+1
	}
	e := st.lx(i)
	// Month and day.
	if mod == "" && p == partNone && st.numTok(j) && st.toks[j].sp {
		if d, k, ok := st.dayNum(j); ok {
			d2 := d
			if (st.punct(k, pDash) || !st.inRange && !st.rangeOpener(start-1) && (st.is(k, "to") || st.is(k, "through"))) && st.numTok(k+1) {
				if e2, k2, ok := st.dayNum(k + 1); ok && e2 > d && !st.lx(k2).has(fMonth) && !st.quantityAt(k2) {
					d2, k = e2, k2
				}
			}
			y := 0
			yk := k
			if st.punct(yk, ',') {
				yk++
			}
			if n, ok := st.yearTok(yk); ok {
				y, k = n, yk+1
			} else if n, w := st.relYear(k); w > 0 {
				y, k = n, k+w // "May 19 last year"
			}
			return st.absDay(start, k, m, d, d2, y, st.wdHint)
		}
	}
	// Month and year.
	yk := j
	if st.is(yk, "of") || st.punct(yk, ',') {
		yk++
	}
	if y, ok := st.yearTok(yk); ok && mod == "" {
		return st.absMonth(start, yk+1, m, y, "", p)
	}
	if y, w := st.relYear(j); w > 0 && mod == "" {
		return st.absMonth(start, j+w, m, y, "", p) // "in October last year"
	}
	if y, w := st.relYear(j + 1); w > 0 && mod == "" && st.is(j, "of") {
		return st.absMonth(start, j+1+w, m, y, "", p) // "in March of last year"
	}
	// A bare month.
	if e.has(fAbbr) || st.is(i-1, "every") || st.is(i-1, "each") {
		return res{}, false
	}
	cue := mod != "" || p != partNone || st.lx(i-1).has(fCue) || st.inRange && start == i && st.punct(i-1, pDash) ||
		// "an April phone call", "the May election": a month modifying a
		// noun after an article
		(st.is(i-1, "an") || st.is(i-1, "a") || st.is(i-1, "the")) && st.word(j) && !st.toks[j].up && !st.functionWord(j) // not "The March on Washington"
	if e.has(fAmbig) {
		if !cue || !st.toks[i].up {
			return res{}, false
		}
		if m == time.May && (st.possessive(i) || st.mayName && !(mod != "" || p != partNone ||
			st.is(i-1, "since") || st.is(i-1, "until") || st.is(i-1, "during") || st.is(i-1, "of"))) {
			return res{}, false
		}
	}
	if !cue && st.word(j) && st.toks[j].up && st.toks[j].sp {
		return res{}, false // "January Jones"
	}
	if st.word(j) && st.toks[j].up && st.toks[j].sp && !st.first(i) && st.capMid(i-1) {
		return res{}, false
	}
	return st.absMonth(start, j, m, 0, mod, p)
}

// relYear reads "last year", "this year" or "next year" at i, right after a
// month or a day, as the year it names counted from the publication date,
// and "that year" or "the same year" as the year the text wrote last; it
// returns the year and the words read, or 0 words.
func (st *state) relYear(i int) (int, int) {
	if st.is(i, "the") && st.is(i+1, "same") && st.is(i+2, "year") && st.hasPub && st.year > 0 {
		return st.year, 3 // "in September the same year"
	}
	if !st.hasPub || !st.is(i+1, "year") {
		return 0, 0
	}
	switch {
	case st.is(i, "that") && st.year > 0:
		return st.year, 2 // "in March that year": the year written last
	case st.is(i, "last"):
		return st.pub.Year() - 1, 2
	case st.is(i, "this"):
		return st.pub.Year(), 2
	case st.is(i, "next"):
		return st.pub.Year() + 1, 2
	}
	return 0, 0
}

// ---- weekdays ---------------------------------------------------------------

// matchWeekday reads "Friday", "on Friday", "last Friday", "Friday
// morning", "Monday's", and "Friday, May 19", where the date wins.
func (st *state) matchWeekday(i, start int, mod string) (res, bool) {
	t := &st.toks[i]
	if !t.up {
		return res{}, false
	}
	wd := st.lx(i).weekday
	cue := start < i || st.lx(i-1).has(fCue) && !st.lx(i-1).has(fDet) || st.is(i-1, "that")
	if st.is(i-1, "every") || st.is(i-1, "each") || st.is(i-1, "black") || st.is(i-1, "good") ||
		st.is(i-1, "cyber") || st.is(i-1, "super") || st.is(i-1, "bloody") || st.is(i-1, "holy") ||
		st.is(i-1, "ash") || st.is(i-1, "palm") || st.is(i-1, "easter") || st.is(i-1, "shrove") || st.is(i-1, "maundy") ||
		st.is(i-1, "whit") || st.is(i-1, "giving") || st.is(i-1, "fat") || st.is(i-1, "blue") || st.is(i-1, "mad") ||
		st.is(i-1, "manic") || st.is(i-1, "great") || st.is(i-1, "tragic") || st.is(i-1, "boxing") {
		return res{}, false
	}
	poss := st.possessive(i)
	if !cue {
		if st.word(i+1) && st.toks[i+1].up && st.toks[i+1].sp && !poss && !st.lx(i+1).has(fMonth) {
			return res{}, false // "Sunday Times"
		}
		if st.word(i-1) && st.toks[i-1].up && !st.endsClauseWord(i+1) {
			// "Black Friday", "Super Tuesday" are names; but "met Netanyahu
			// Monday in Jerusalem" and "Iran Sunday accused …", AP's
			// weekday after a name, are the day.
			return res{}, false
		}
	}
	end := i + 1
	if !poss && st.dayPart(end) {
		end++
	}
	// "Friday, May 19" and "Friday 19 May": the date is what counts.
	if !poss {
		k := end
		if st.punct(k, ',') {
			k++
		}
		st.wdHint = int(wd)
		r, ok := res{}, false
		if st.lx(k).has(fMonth) {
			r, ok = st.matchMonth(k, k, "", partNone)
		} else if st.numTok(k) {
			r, ok = st.matchDayMonth(k, k)
		}
		st.wdHint = -1
		if ok && r.prec == parley.PrecisionDay {
			r.ts = start
			return r, true
		}
	}
	r := res{ts: start, te: end, kind: kindWeekday, prec: parley.PrecisionDay, est: true}
	if !st.hasPub {
		return r, true
	}
	if shift, ok := st.weekWord(end); ok && !poss && mod == "" {
		// "on Monday last week", "on Friday next week": that weekday of
		// the week named, weeks running Monday to Sunday.
		monday := st.pub.AddDate(0, 0, -((int(st.pub.Weekday()) + 6) % 7))
		d := monday.AddDate(0, 0, 7*shift+(int(wd)+6)%7)
		r.te, r.e, r.l = end+2, d, d
		r.anchored, r.anchor = true, st.pubDate()
		r.rel = st.relation(d, d)
		return r, true
	}
	tn := st.tenseFor(start, end)
	if poss && tn == tUnknown {
		tn = st.tenseAround(end+2, end+2)
	}
	d := st.resolveWeekday(wd, mod, tn)
	r.e, r.l = d, d
	r.anchored, r.anchor = true, st.pubDate()
	r.rel = st.relation(d, d)
	return r, true
}

// weekWord reads "last week", "next week" or "this week" at k, right
// after a weekday, as the shift in weeks from the publication date's.
func (st *state) weekWord(k int) (int, bool) {
	if !st.is(k+1, "week") {
		return 0, false
	}
	switch {
	case st.is(k, "last"):
		return -1, true
	case st.is(k, "next"):
		return 1, true
	case st.is(k, "this"):
		return 0, true
	}
	return 0, false
}

// resolveWeekday picks the day a weekday names: back from the publication
// date unless the clause or a modifier points forward; the publication
// day itself when the weekday is the same.
func (st *state) resolveWeekday(wd time.Weekday, mod string, tn tense) time.Time {
	pw := st.pub.Weekday()
	back := (int(pw) - int(wd) + 7) % 7
	fwd := (int(wd) - int(pw) + 7) % 7
	switch mod {
	case "last":
		if back == 0 {
			back = 7
		}
		return st.pub.AddDate(0, 0, -back)
	case "next":
		if fwd == 0 {
			fwd = 7
		}
		return st.pub.AddDate(0, 0, fwd)
	case "this":
		if tn == tPast {
			return st.pub.AddDate(0, 0, -back)
		}
		return st.pub.AddDate(0, 0, fwd)
	}
	if tn == tFuture {
		return st.pub.AddDate(0, 0, fwd)
	}
	return st.pub.AddDate(0, 0, -back)
}

// ---- deictic words ----------------------------------------------------------

// matchDeictic reads today, tonight, yesterday and tomorrow, with an
// optional "morning" or "night".
func (st *state) matchDeictic(i, start int) (res, bool) {
	if st.capMid(i) && start == i {
		return res{}, false // "USA Today", "the Today programme"
	}
	if st.is(i, "overnight") {
		return st.overnight(i, start)
	}
	end := i + 1
	if st.dayPart(end) && !st.is(i, "tonight") {
		end++
	}
	off := st.lx(i).num
	r := res{ts: start, te: end, kind: kindRelative, prec: parley.PrecisionDay, est: true}
	if st.hasPub {
		d := st.pub.AddDate(0, 0, off)
		r.e, r.l = d, d
		r.anchored, r.anchor = true, st.pubDate()
		r.rel = st.relation(d, d)
	}
	return r, true
}

// overnight reads "struck Kyiv overnight" as the night before publication,
// or before the day named earlier in the sentence ("said on Tuesday that
// drones hit the port overnight"); "an overnight curfew" names no time.
func (st *state) overnight(i, start int) (res, bool) {
	if st.is(i-1, "an") || st.is(i-1, "the") || st.is(i-1, "a") ||
		st.word(i+1) && !st.functionWord(i+1) && !st.toks[i+1].up {
		return res{}, false
	}
	for j := i + 1; st.ok(j) && st.sent[j] == st.sent[i]; j++ {
		if st.toks[j].k == kWord && st.lx(j).has(fWeekday) {
			return res{}, false // "struck the port overnight, the army said on Monday": which night is the day's to say
		}
	}
	r := res{ts: start, te: i + 1, kind: kindRelative, prec: parley.PrecisionDay, est: true}
	day, anchor := st.pub, st.pubDate()
	if st.hasDayAnc && st.dayAncSid == st.sent[i] {
		if k := st.dayAnc.kind; st.dayAnc.prec != parley.PrecisionDay || k != kindWeekday && k != kindAbsolute {
			return res{}, false // "The next morning, after police had surrounded his house overnight, …"
		}
		day, anchor = st.dayAnc.e, st.dayAnc.val
	} else if !st.hasPub {
		return r, true
	}
	d := day.AddDate(0, 0, -1)
	r.e, r.l, r.anchored, r.anchor = d, d, true, anchor
	r.rel = st.relation(d, d)
	return r, true
}

// ---- "the …" ----------------------------------------------------------------

func (st *state) matchThe(i int) (res, bool) {
	j := i + 1
	if st.ok(j) && st.toks[j].k == kWord && st.lower(j) == "eve" && st.is(j+1, "of") && st.depth == 0 {
		// "on the eve of Monday's talks": the day before the date named.
		st.depth++
		r2, ok := st.matchAt(j + 2)
		st.depth--
		if ok && r2.prec == parley.PrecisionDay && !r2.e.IsZero() {
			r := res{ts: i, te: r2.te, kind: kindOffset, prec: parley.PrecisionDay, est: true, anchored: true, anchor: r2.val}
			r.e, r.l = r2.e.AddDate(0, 0, -1), r2.l.AddDate(0, 0, -1)
			r.val = parley.DateOf(r.e)
			r.rel = st.relation(r.e, r.l)
			return r, true
		}
	}
	e := st.lx(j)
	switch {
	case e == nil && st.punct(j, pApos):
		return st.shortDecade(j, i, partNone)
	case e == nil && st.numTok(j):
		if st.toks[j].nd == 4 {
			if r, ok := st.matchYear(j, j, partNone); ok && r.prec == parley.PrecisionDecade {
				r.ts = i
				return r, true
			}
		}
		if st.toks[j].nd <= 2 && st.word(j+1) && st.touches(j+1) {
			if r, ok := st.matchDayMonth(j, i); ok {
				return r, true
			}
			if r, ok := st.ordinalOfMonth(i, j); ok {
				return r, true
			}
			if r, ok := st.bareOrdinalDay(i, j); ok {
				return r, true
			}
		}
		return res{}, false
	case e == nil:
		return res{}, false
	}
	switch e.word {
	case "previous", "preceding", "following", "next":
		if e.word != "next" && st.lx(j+1).has(fWeekday) && st.toks[j+1].up && st.hasDayAnc {
			// "the previous Friday", "the following Tuesday": that
			// weekday before or after the day the story told.
			return st.weekdayFromAnchor(i, j+2, st.lx(j+1).weekday, e.word == "following"), true
		}
		// "the previous evening", "the following morning": the day
		// before or after the one the story told.
		if st.is(j+1, "evening") || st.is(j+1, "night") || st.is(j+1, "morning") || st.is(j+1, "afternoon") {
			n := -1
			if e.word == "following" || e.word == "next" {
				n = 1
			}
			return st.fromAnchor(i, j+2, n, uDay, true)
		}
		return st.matchPeriodRange(i, j)
	case "past", "last", "coming":
		return st.matchPeriodRange(i, j)
	case "same":
		if u := st.lx(j + 1); u.has(fUnit) && !u.has(fPlural) {
			return st.sameAs(i, j+2, u.unit)
		}
		if st.is(j+1, "evening") || st.is(j+1, "night") || st.is(j+1, "morning") || st.is(j+1, "afternoon") {
			return st.sameAs(i, j+2, uDay) // "the same evening": that day's
		}
	case "night", "evening", "morning", "afternoon":
		// "the night before": the day before the one the story told.
		if st.is(j+1, "before") && st.clauseStop(j+2) {
			return st.fromAnchor(i, j+2, -1, uDay, true)
		}
		if st.is(i-1, "in") && !st.is(j+1, "of") {
			return st.sameAs(i, j+1, uDay) // "Ford and Lutnick spoke in the afternoon": of the day told last
		}
	case "day":
		if st.is(j+1, "before") && st.is(j+2, "yesterday") {
			return st.fromPub(i, j+3, -2), true
		}
		if st.is(j+1, "after") && st.is(j+2, "tomorrow") {
			return st.fromPub(i, j+3, 2), true
		}
		fallthrough
	case "week", "month", "year":
		if e.word == "year" {
			if st.numTok(j+1) && st.toks[j+1].nd == 4 {
				return st.matchYear(j+1, i, partNone)
			}
		}
		if (st.is(j+1, "before") || st.is(j+1, "after")) && st.clauseStop(j+2) {
			n := 1
			if st.is(j+1, "before") {
				n = -1
			}
			return st.fromAnchor(i, j+2, n, e.unit, true)
		}
	case "weekend":
		return st.weekendRes(i, j+1, "")
	case "end", "beginning", "start", "middle":
		return st.matchEdge(j, i)
	case "early", "mid", "late":
		if r, ok := st.matchPart(j, i); ok && r.prec == parley.PrecisionDecade {
			return r, true
		}
		if st.is(i-1, "in") && st.dayPart(j+1) && !st.is(j+2, "of") {
			return st.sameAs(i, j+2, uDay) // "in the early afternoon"
		}
	}
	if e.has(fSeason) {
		return st.matchSeason(j, i, "the")
	}
	return res{}, false
}

// clauseStop reports whether token k ends a clause or the sentence, so that
// "the day before" or "three years after" stands alone.
func (st *state) clauseStop(k int) bool {
	if !st.ok(k) {
		return true
	}
	t := &st.toks[k]
	if t.k == kPunct {
		switch t.p {
		case ',', '.', ';', ':', '!', '?', ')', pEm, pQuote:
			return true
		}
		return t.p == pDash && t.sp
	}
	return st.is(k, "and") || st.is(k, "when") || st.is(k, "but")
}

// fromPub is a day n days from the publication date.
func (st *state) fromPub(ts, te, n int) res {
	r := res{ts: ts, te: te, kind: kindRelative, prec: parley.PrecisionDay, est: true}
	if st.hasPub {
		d := st.pub.AddDate(0, 0, n)
		r.e, r.l, r.anchored, r.anchor = d, d, true, st.pubDate()
		r.rel = st.relation(d, d)
	}
	return r
}

// fromAnchor shifts the date the text established last by n units ("the
// day before", "the following week"). Without such a date it falls back to
// the publication date when pubOK, else the value stays unknown.
func (st *state) fromAnchor(ts, te, n int, u unit, pubOK bool) (res, bool) {
	r := res{ts: ts, te: te, kind: kindOffset, prec: unitPrecision(u), est: true, anchored: true}
	var e, l time.Time
	switch {
	case u == uDay && st.hasAnc && st.anc.prec == parley.PrecisionMonth && (!st.hasDayAnc || st.anc.ts > st.dayAnc.ts):
		// "In March 2022, Sánchez wrote to the king …, and Algeria
		// recalled its ambassador the next day": a day after a month told
		// last is known to that month only.
		r.anchor = st.anc.val
		r.prec = parley.PrecisionMonth
		r.e, r.l = st.anc.e, st.anc.l // (a day on or off stays in the month, as far as the text tells)
		r.rel = parley.TimePast
		if n > 0 {
			r.rel = parley.TimeFuture
		}
		return r, true
	case (u == uDay || u == uHour) && st.hasDayAnc:
		e, l = st.dayAnc.e, st.dayAnc.l
		r.anchor = st.dayAnc.val
	case st.hasAnc:
		e, l = st.anc.e, st.anc.l
		r.anchor = st.anc.val
	case pubOK && st.hasPub:
		e, l = st.pub, st.pub
		r.anchor = st.pubDate()
	default:
		r.anchored = false
		return r, true
	}
	if u == uDay || u == uHour {
		r.e, r.l = e.AddDate(0, 0, n), l.AddDate(0, 0, n)
	} else {
		r.e, _ = period(shiftPeriod(e, u, n), u)
		_, r.l = period(shiftPeriod(l, u, n), u)
	}
	r.rel = parley.TimePast
	if n > 0 {
		r.rel = parley.TimeFuture
	}
	return r, true
}

// aheadInPast reports whether the last day established is still to come
// while the clause at [ts, te) is not told as to come.
func (st *state) aheadInPast(ts, te int) bool {
	return st.hasPub && st.dayAnc.e.After(st.pub) && st.tenseAround(ts, te) != tFuture
}

// weekdayFromAnchor resolves weekday wd strictly after (or before) the
// day the text last established: "the previous Friday" after "on
// Monday".
func (st *state) weekdayFromAnchor(ts, te int, wd time.Weekday, after bool) res {
	r := res{ts: ts, te: te, kind: kindOffset, prec: parley.PrecisionDay, est: true, anchored: true, anchor: st.dayAnc.val}
	d := st.dayAnc.e
	for n := 1; n <= 7; n++ {
		c := d.AddDate(0, 0, -n)
		if after {
			c = d.AddDate(0, 0, n)
		}
		if c.Weekday() == wd {
			d = c
			break
		}
	}
	r.e, r.l = d, d
	r.rel = parley.TimePast
	if after {
		r.rel = parley.TimeFuture
	}
	return r
}

// sameAs reads "the same day", "that week": the period of the last date
// the text established.
func (st *state) sameAs(ts, te int, u unit) (res, bool) {
	anc, has, sid := st.anc, st.hasAnc, st.ancSid
	reach := int32(3) // sentences back to the date referred to
	if u == uDay {
		// "Earlier the same day" may close a readout several
		// sentences after its date.
		anc, has, sid, reach = st.dayAnc, st.hasDayAnc, st.dayAncSid, 8
		if has && st.aheadInPast(ts, te) {
			// "… will hold talks on July 1. Later in the day, Putin
			// announced …": the story's day, not July 1.
			anc, has, sid = st.newsDay, st.hasNewsDay, st.newsDaySid
		}
	}
	if !has || u == uHour || st.sent[ts]-sid > reach {
		return res{}, false
	}
	r := res{ts: ts, te: te, kind: kindRelative, prec: unitPrecision(u), est: true, anchored: true,
		rel: parley.TimeSame, anchor: anc.val}
	if u == uDay {
		r.e, r.l = anc.e, anc.l
	} else {
		r.e, _ = period(anc.e, u)
		_, r.l = period(anc.l, u)
	}
	return r, true
}

// matchPeriodRange reads "the past six weeks", "the last year", "the next
// two weeks", "the coming days", "the following day", "the previous week"
// (start may be the index of "the", or of the modifier itself).
func (st *state) matchPeriodRange(start, j int) (res, bool) {
	w := st.lx(j).word
	k := j + 1
	hi, k2, counted := 1, k, false
	if !st.is(k, "a") && !st.is(k, "an") {
		if _, b, n, ok := st.count(k); ok {
			hi, k2, counted = b, n, true
		}
	}
	u := st.lx(k2)
	if !u.has(fUnit) || st.is(k2+1, "of") || st.punct(k2+1, pDash) && st.touches(k2+1) {
		return res{}, false
	}
	if hi > maxShift {
		return res{}, false
	}
	plural := u.has(fPlural)
	if plural && !counted {
		_, hi = vagueCount(u.unit)
	}
	end := k2 + 1
	single := !counted && !plural
	// "in the next year" looks ahead from publication; "The next year, …"
	// narrates the year after the last date.
	within := st.is(start-1, "in") || st.is(start-1, "over") || st.is(start-1, "within") ||
		st.is(start-1, "during") || st.is(start-1, "for") || st.is(start-1, "throughout")
	switch {
	case single && (w == "following" || w == "next" && (u.unit == uDay || !within)):
		return st.fromAnchor(start, end, 1, u.unit, true)
	case single && (w == "previous" || w == "preceding"):
		return st.fromAnchor(start, end, -1, u.unit, true)
	}
	r := res{ts: start, te: end, kind: kindOffset, prec: unitPrecision(u.unit), anchored: true}
	if !st.hasPub {
		r.anchored = false
		return r, true
	}
	r.anchor = st.pubDate()
	switch w {
	case "past", "last", "previous", "preceding":
		r.e, r.l, r.rel = addUnit(st.pub, -hi, u.unit), st.pub, parley.TimePast
	default:
		r.e, r.l, r.rel = st.pub, addUnit(st.pub, hi, u.unit), parley.TimeFuture
	}
	return r, true
}

// vagueCount is how many units "the coming days" or "years later" may mean.
func vagueCount(u unit) (int, int) {
	switch u {
	case uDay:
		return 2, 10
	case uWeek:
		return 2, 8
	case uMonth:
		return 2, 6
	case uHour:
		return 2, 24
	}
	return 2, 5
}

// ---- this / last / next -----------------------------------------------------

func (st *state) matchRel(i, start int) (res, bool) {
	w := st.lx(i).word
	j := i + 1
	e := st.lx(j)
	switch w {
	case "this", "last", "next":
		switch {
		case e.has(fWeekday):
			return st.matchWeekday(j, start, w)
		case e.has(fMonth) && !e.has(fAbbr):
			return st.matchMonth(j, start, w, partNone)
		case e.has(fSeason):
			return st.matchSeason(j, start, w)
		case e.has(fUnit) && !e.has(fPlural):
			if st.is(j+1, "of") && st.is(start-1, "the") {
				return res{}, false // "the last week of May", "the last weekend of the festival"
			}
			return st.relPeriod(start, j+1, w, e.unit, partNone)
		case e.has(fDayPart):
			if w == "last" && (e.word == "night" || e.word == "evening") {
				return st.fromPub(start, j+1, -1), true
			}
			if w == "this" {
				return st.fromPub(start, j+1, 0), true
			}
		}
		if w != "this" {
			return st.matchPeriodRange(start, i)
		}
	case "past", "coming", "previous", "following", "preceding":
		return st.matchPeriodRange(start, i)
	case "recent":
		if e.has(fUnit) && e.has(fPlural) {
			_, hi := vagueCount(e.unit)
			r := res{ts: start, te: j + 1, kind: kindOffset, prec: unitPrecision(e.unit), rel: parley.TimePast}
			if st.hasPub {
				r.e, r.l, r.anchored, r.anchor = addUnit(st.pub, -hi, e.unit), st.pub, true, st.pubDate()
			}
			return r, true
		}
	case "that":
		if e.has(fUnit) && !e.has(fPlural) {
			end := j + 1
			return st.sameAs(start, end, e.unit)
		}
		if st.dayPart(j) {
			return st.sameAs(start, j+1, uDay) // "That evening, Egypt summoned …": the day told last
		}
		if st.is(j, "same") && st.lx(j+1).has(fUnit) && !st.lx(j+1).has(fPlural) {
			return st.sameAs(start, j+2, st.lx(j+1).unit)
		}
	}
	return res{}, false
}

// relPeriod reads "this week", "last month", "next year", "this decade"
// and, with a part, "earlier this month" or "early next year".
func (st *state) relPeriod(ts, te int, w string, u unit, p part) (res, bool) {
	if u == uHour || u == uDay || u == uFortnight {
		return res{}, false
	}
	if u == uWeekend {
		return st.weekendRes(ts, te, w)
	}
	r := res{ts: ts, te: te, kind: kindRelative, prec: unitPrecision(u), est: u != uDecade}
	if !st.hasPub {
		return r, true
	}
	n := 0
	switch w {
	case "last":
		n = -1
	case "next":
		n = 1
	}
	e, l := period(shiftPeriod(st.pub, u, n), u)
	if p != partNone {
		e, l = cut(e, l, u, p, st.pub, n == 0)
	} else if n == 0 && u == uWeek && l.After(st.pub) && st.tenseFor(ts, te) == tPast {
		l = st.pub // "summoned the ambassador this week" on a Tuesday: Monday or Tuesday, not the days to come
	}
	r.e, r.l, r.anchored, r.anchor = e, l, true, st.pubDate()
	if u == uDecade {
		r.val = parley.Date{Year: e.Year() - e.Year()%10}
	}
	switch {
	case p == partEarlier && n == 0:
		r.rel = parley.TimePast
	case p == partLater && n == 0:
		r.rel = parley.TimeFuture
	default:
		r.rel = st.relation(e, l)
	}
	return r, true
}

// weekendRes resolves "this weekend", "last weekend", "over the weekend".
func (st *state) weekendRes(ts, te int, w string) (res, bool) {
	r := res{ts: ts, te: te, kind: kindRelative, prec: parley.PrecisionWeek, est: true}
	if !st.hasPub {
		return r, true
	}
	sat, _ := period(st.pub, uWeekend)
	in := st.pub.Weekday() == time.Saturday || st.pub.Weekday() == time.Sunday
	prev := sat
	if !in {
		prev = sat.AddDate(0, 0, -7)
	}
	s := prev
	switch w {
	case "last":
		if in {
			s = sat.AddDate(0, 0, -7)
		}
	case "next":
		s = sat
		if in {
			s = sat.AddDate(0, 0, 7)
		}
	default:
		if in || w == "this" && st.tenseFor(ts, te) != tPast || st.tenseFor(ts, te) == tFuture {
			s = sat
		}
	}
	r.e, r.l, r.anchored, r.anchor = s, s.AddDate(0, 0, 1), true, st.pubDate()
	r.rel = st.relation(r.e, r.l)
	return r, true
}

// ---- early / mid / late, earlier / later --------------------------------------

func (st *state) matchPart(i, start int) (res, bool) {
	p := partOf(st.lx(i).word)
	j := i + 1
	if st.punct(j, pDash) && st.touches(j) {
		j++
	}
	e := st.lx(j)
	switch {
	case e.has(fMonth):
		return st.matchMonth(j, start, "", p)
	case st.numTok(j) && st.toks[j].nd == 4:
		return st.matchYear(j, start, p)
	case st.punct(j, pApos):
		return st.shortDecade(j, start, p)
	case st.is(j, "the") && st.numTok(j+1) && st.toks[j+1].nd == 4 && p != partEarlier && p != partLater:
		return res{}, false
	case e.has(fRel) && (e.word == "this" || e.word == "last" || e.word == "next"):
		if u := st.lx(j + 1); u.has(fUnit) && !u.has(fPlural) {
			return st.relPeriod(start, j+2, e.word, u.unit, p)
		}
	case e.has(fDeictic) && (p == partEarlier || p == partLater) && e.num == 0:
		return st.matchDeictic(j, start)
	case e.has(fWeekday) && (p == partEarly || p == partLate):
		return st.matchWeekday(j, start, "")
	case st.is(j, "in") && st.is(j+1, "the") && st.lx(j+2).has(fUnit) && !st.lx(j+2).has(fPlural):
		u := st.lx(j + 2).unit
		if u == uDay {
			if p != partEarlier && p != partLater {
				return res{}, false
			}
			if r, ok := st.sameAs(start, j+3, uDay); ok {
				return r, true
			}
			return st.fromPub(start, j+3, 0), true
		}
		return st.relPeriod(start, j+3, "this", u, p)
	}
	return res{}, false
}

// matchEdge reads "the end of May", "the beginning of next year", "the
// start of the month", "end-June" (start is where "the" stands).
func (st *state) matchEdge(i, start int) (res, bool) {
	p := partOf(st.lx(i).word)
	j := i + 1
	switch {
	case st.is(j, "of"):
		j++
	case st.punct(j, pDash) && st.touches(j) && st.touches(j+1) && start == i:
		j++
	default:
		return res{}, false
	}
	e := st.lx(j)
	switch {
	case e.has(fMonth):
		return st.matchMonth(j, start, "", p)
	case st.numTok(j) && st.toks[j].nd == 4:
		return st.matchYear(j, start, p)
	case st.is(j, "the") && st.numTok(j+1) && st.toks[j+1].nd == 4:
		if r, ok := st.matchYear(j+1, start, p); ok && r.prec == parley.PrecisionDecade {
			return r, true
		}
	case st.is(j, "the") || st.is(j, "this"):
		if u := st.lx(j + 1); u.has(fUnit) && !u.has(fPlural) {
			return st.relPeriod(start, j+2, "this", u.unit, p)
		}
	case st.is(j, "last") || st.is(j, "next"):
		if u := st.lx(j + 1); u.has(fUnit) && !u.has(fPlural) {
			return st.relPeriod(start, j+2, e.word, u.unit, p)
		}
	}
	return res{}, false
}

// shortDecade reads "'90s" after "the" or a part word.
func (st *state) shortDecade(i, start int, p part) (res, bool) {
	if !st.punct(i, pApos) || !st.numTok(i+1) || !st.touches(i+1) || st.toks[i+1].nd != 2 ||
		st.toks[i+1].n%10 != 0 || !st.is(i+2, "s") || !st.touches(i+2) || st.gluedRight(i+3) {
		return res{}, false
	}
	y := 1900 + st.toks[i+1].n
	if st.hasPub && 2000+st.toks[i+1].n <= st.pub.Year()-10 {
		y += 100
	}
	return st.decade(start, i+3, y, p), true
}

// ---- seasons ----------------------------------------------------------------

// matchSeason reads "last summer", "summer 2020", "the winter of 2019",
// "in the spring". mod is "this", "last", "next", "the" or "".
func (st *state) matchSeason(i, start int, mod string) (res, bool) {
	e := st.lx(i)
	if st.capMid(i) && mod == "" && !st.toks[i].caps {
		return res{}, false // "Arab Spring"
	}
	j := i + 1
	y, hasY := st.yearTok(j)
	end := j
	if hasY {
		end = j + 1
	} else if st.is(j, "of") {
		if y, hasY = st.yearTok(j + 1); hasY {
			end = j + 2
		} else {
			return res{}, false // "the fall of Kabul"
		}
	}
	if !hasY {
		switch mod {
		case "":
			if e.word == "fall" || !(st.is(i-1, "in") || st.is(i-1, "during") || st.is(i-1, "over") ||
				st.is(i-1, "since") || st.is(i-1, "until") || st.is(i-1, "by")) {
				return res{}, false
			}
		case "the":
			if e.word == "fall" || !st.lx(start-1).has(fCue) && !st.is(start-1, "over") {
				return res{}, false
			}
		}
	}
	if !hasY && !st.hasPub {
		return res{ts: start, te: end, kind: kindSeason, prec: parley.PrecisionYear}, true
	}
	r := res{ts: start, te: end, kind: kindSeason, prec: parley.PrecisionYear, est: false}
	if hasY {
		r.e, r.l = seasonRange(e.season, y)
		r.explicit = true
	} else {
		// Candidate seasons around the publication date, earliest first.
		py := st.pub.Year()
		var cs [3][2]time.Time
		for k := range cs {
			cs[k][0], cs[k][1] = seasonRange(e.season, py-1+k)
		}
		pick := -1
		tn := st.tenseFor(start, end)
		switch {
		case mod == "this":
			pick = 1
			if e.season == 4 && st.pub.Month() <= time.February {
				pick = 0
			}
		case mod == "last" || mod != "next" && tn != tFuture:
			for k := range cs {
				if mod == "last" && cs[k][1].Before(st.pub) || mod != "last" && !cs[k][0].After(st.pub) {
					pick = k
				}
			}
		default:
			for k := len(cs) - 1; k >= 0; k-- {
				if mod == "next" && cs[k][0].After(st.pub) || mod != "next" && !cs[k][1].Before(st.pub) {
					pick = k
				}
			}
		}
		if pick < 0 {
			return res{}, false
		}
		r.e, r.l = cs[pick][0], cs[pick][1]
		r.anchored, r.anchor = true, st.pubDate()
	}
	r.rel = st.relation(r.e, r.l)
	return r, true
}

// seasonRange gives the meteorological season of the northern hemisphere;
// winter y runs from December of y into February of y+1.
func seasonRange(s, y int) (time.Time, time.Time) {
	switch s {
	case 1:
		return ymd(y, time.March, 1), ymd(y, time.May, 31)
	case 2:
		return ymd(y, time.June, 1), ymd(y, time.August, 31)
	case 3:
		return ymd(y, time.September, 1), ymd(y, time.November, 30)
	}
	return ymd(y, time.December, 1), monthEnd(ymd(y+1, time.February, 1))
}

// functionWord reports whether token j is a preposition, conjunction or
// auxiliary, which cannot be the noun a month modifies.
func (st *state) functionWord(j int) bool {
	for _, w := range []string{"on", "of", "to", "for", "and", "or", "in", "at", "by", "from", "with", "is", "was",
		"are", "were", "has", "had", "will", "would", "that", "which", "who", "as", "into", "against"} {
		if st.is(j, w) {
			return true
		}
	}
	return false
}

// endsClauseWord reports whether token i ends a name's run: punctuation,
// the end of the text, or a lower-case word ("Monday in Jerusalem",
// "Monday.").
func (st *state) endsClauseWord(i int) bool {
	return i >= len(st.toks) || !st.word(i) || !st.toks[i].up
}

// holidays are the days of the year news names by their feast, with the
// month and day they fall on; the words are read in lower case, without
// apostrophes.
var holidays = []struct {
	words []string
	month time.Month
	day   int
}{
	{[]string{"new", "year", "s", "day"}, time.January, 1},
	{[]string{"new", "year", "s", "eve"}, time.December, 31},
	{[]string{"christmas", "eve"}, time.December, 24},
	{[]string{"christmas", "day"}, time.December, 25},
	{[]string{"boxing", "day"}, time.December, 26},
	{[]string{"valentine", "s", "day"}, time.February, 14},
	{[]string{"halloween"}, time.October, 31},
	{[]string{"bastille", "day"}, time.July, 14},
}

// matchHoliday reads "New Year's Day", "Christmas Eve", "Boxing Day" as
// the day they fall on, in the year the tense and the publication date
// give, as for "December 25".
func (st *state) matchHoliday(i int) (res, bool) {
	for _, h := range holidays {
		k := i
		ok := true
		for _, w := range h.words {
			for k < len(st.toks) && st.toks[k].k == kPunct && st.punct(k, pApos) {
				k++
			}
			if k >= len(st.toks) || st.toks[k].k != kWord || st.lower(k) != w {
				ok = false
				break
			}
			k++
		}
		if ok {
			return st.absDay(i, k, h.month, h.day, h.day, 0, -1)
		}
	}
	return res{}, false
}

// ordinalOfMonth reads "the 12th of this month", "the 28th of last
// month": that day of the month named from the publication date's.
func (st *state) ordinalOfMonth(i, j int) (res, bool) {
	if !st.hasPub || !ordinalSuffix(st.text[st.toks[j+1].s:st.toks[j+1].e]) || !st.is(j+2, "of") || !st.is(j+4, "month") {
		return res{}, false
	}
	shift := 0
	switch {
	case st.is(j+3, "last"), st.is(j+3, "previous"):
		shift = -1
	case st.is(j+3, "next"):
		shift = 1
	case !st.is(j+3, "this"):
		return res{}, false
	}
	d := st.toks[j].n
	first := ymd(st.pub.Year(), st.pub.Month(), 1).AddDate(0, shift, 0)
	if !validDay(first.Year(), first.Month(), d) {
		return res{}, false
	}
	t := ymd(first.Year(), first.Month(), d)
	r := res{ts: i, te: j + 5, kind: kindAbsolute, prec: parley.PrecisionDay, est: true, anchored: true, anchor: st.pubDate()}
	r.e, r.l, r.val = t, t, parley.DateOf(t)
	r.rel = st.relation(t, t)
	return r, true
}

// bareOrdinalDay reads "on the 12th" with no month: the day of the
// publication's month when that is not after publication in a past
// clause, else of the month before (and the reverse for a future one).
// Only after "on" and before the clause's end: "the 12th century" and "the
// 12th round" are no days.
func (st *state) bareOrdinalDay(i, j int) (res, bool) {
	if !st.hasPub || !st.is(i-1, "on") || !(st.is(j+1, "th") || st.is(j+1, "st") || st.is(j+1, "nd") || st.is(j+1, "rd")) {
		return res{}, false
	}
	end := j + 2
	if !st.clauseStop(end) && !st.punct(end, ',') && !(st.word(end) && !st.toks[end].up && st.lx(end) == nil) {
		return res{}, false
	}
	if st.word(end) && st.lx(end) == nil && !st.toks[end].up {
		// a lower-case word the lexicon does not know may be a noun: "the
		// 12th century", "the 3rd round"
		return res{}, false
	}
	d, err := strconv.Atoi(st.text[st.toks[j].s:st.toks[j].e])
	if err != nil || d < 1 || d > 31 {
		return res{}, false
	}
	y, m := st.pub.Year(), st.pub.Month()
	tn := st.tenseFor(i, end)
	switch {
	case tn == tFuture && d < st.pub.Day():
		m++
	case tn != tFuture && d > st.pub.Day():
		m--
	}
	if m < time.January {
		y, m = y-1, time.December
	} else if m > time.December {
		y, m = y+1, time.January
	}
	if !validDay(y, m, d) {
		return res{}, false
	}
	r := res{ts: i - 1, te: end, kind: kindAbsolute, prec: parley.PrecisionDay, est: true, anchored: true, anchor: st.pubDate()}
	r.ts = i
	r.e, r.l = ymd(y, m, d), ymd(y, m, d)
	r.val = parley.DateOf(r.e)
	r.rel = st.relation(r.e, r.l)
	return r, true
}
