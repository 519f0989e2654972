package timex

import (
	"strings"
	"time"

	"parley"
)

// count reads a count at j: digits, a number word ("twenty-five"), "a" or
// "an", or a vague word ("a few", "several", "a couple of"). lo and hi are
// equal for an exact count; next is the token after the count.
func (st *state) count(j int) (lo, hi, next int, ok bool) {
	if st.numTok(j) {
		t := &st.toks[j]
		if st.gluedLeft(j) || st.gluedRight(j+1) || t.nd > 6 {
			return 0, 0, 0, false
		}
		return t.n, t.n, j + 1, true
	}
	e := st.lx(j)
	if e == nil {
		return 0, 0, 0, false
	}
	switch {
	case e.word == "a" || e.word == "an":
		switch {
		case st.is(j+1, "few"):
			return 2, 4, j + 2, true
		case st.is(j+1, "couple"):
			k := j + 2
			if st.is(k, "of") {
				k++
			}
			return 2, 2, k, true
		case st.is(j+1, "dozen"):
			return 12, 12, j + 2, true
		}
		return 1, 1, j + 1, true
	case e.has(fNum):
		n, k := e.num, j+1
		// "twenty-five" comes as three tokens.
		if n >= 20 && n < 100 && n%10 == 0 && st.punct(k, pDash) && st.touches(k) && st.touches(k+1) {
			if o := st.lx(k + 1); o.has(fNum) && o.num < 10 {
				n, k = n+o.num, k+2
			}
		}
		if st.is(k, "hundred") && n < 10 {
			n, k = n*100, k+1
		}
		return n, n, k, true
	case e.word == "few":
		return 2, 4, j + 1, true
	case e.word == "several":
		return 3, 9, j + 1, true
	case e.word == "couple" && st.is(j+1, "of"):
		return 2, 2, j + 2, true
	case e.word == "dozens" && st.is(j+1, "of"):
		return 24, 99, j + 2, true
	}
	return 0, 0, 0, false
}

// countMode is how a modifier bends a counted offset.
type countMode uint8

const (
	modeExact countMode = iota
	modeLess            // less than two weeks ago: between two weeks ago and now
	modeMore            // more than two weeks ago: between four and two weeks ago
)

// matchCount reads counted offsets: "two days ago", "less than two weeks
// ago", "a decade ago", "three years later", "days earlier", "two weeks
// from now", "two days after May 19", "20 years since".
func (st *state) matchCount(i, start int) (res, bool) {
	mode := modeExact
	j := i
	for n := 0; n < 3; n++ {
		switch {
		case (st.is(j, "less") || st.is(j, "fewer")) && st.is(j+1, "than"):
			mode, j = modeLess, j+2
		case st.is(j, "more") && st.is(j+1, "than"):
			mode, j = modeMore, j+2
		case st.is(j, "at") && st.is(j+1, "least"):
			mode, j = modeMore, j+2
		case st.is(j, "under") || st.is(j, "within"):
			mode, j = modeLess, j+1
		case st.is(j, "over"):
			mode, j = modeMore, j+1
		case st.lx(j).has(fApprox):
			j++
		default:
			n = 3
		}
	}
	lo, hi, k, ok := st.count(j)
	if !ok {
		if u := st.lx(j); u.has(fUnit) && u.has(fPlural) {
			lo, hi = vagueCount(u.unit)
			k = j
		} else {
			return res{}, false
		}
	}
	u := st.lx(k)
	if !u.has(fUnit) || !st.toks[k].sp || hi > maxShift || u.unit == uWeekend {
		return res{}, false
	}
	if st.punct(k+1, pDash) && st.touches(k+1) {
		return res{}, false // "two-year-old", "a 24 hour-long"
	}
	d := k + 1
	end := d + 1
	dir := 0
	fromPub := false
	var ref res
	hasRef := false
	switch {
	case st.is(d, "ago") || st.is(d, "since") || st.is(d, "back") && st.clauseStop(d+1):
		dir, fromPub = -1, true
	case st.is(d, "from") && (st.is(d+1, "now") || st.is(d+1, "today")):
		dir, fromPub, end = 1, true, d+2
	case st.is(d, "hence"):
		dir, fromPub = 1, true
	case st.is(d, "later") || st.is(d, "afterwards") || st.is(d, "afterward") || st.is(d, "on") && st.clauseStop(d+1):
		dir = 1
	case st.is(d, "earlier"):
		dir = -1
	case st.is(d, "before") || st.is(d, "after") || st.is(d, "prior") && st.is(d+1, "to"):
		dir = 1
		if !st.is(d, "after") {
			dir = -1
		}
		nx := d + 1
		if st.is(d, "prior") {
			nx++
			end++
		}
		if st.clauseStop(nx) {
			break
		}
		// "two days after May 19": the date that follows is the anchor.
		if st.depth > 0 {
			return res{}, false
		}
		st.depth++
		r2, ok := st.matchAt(nx)
		if !ok && st.is(nx, "the") {
			r2, ok = st.matchAt(nx + 1)
		}
		st.depth--
		if !ok || r2.anniv != 0 || r2.e.IsZero() && st.hasPub {
			return res{}, false
		}
		ref, hasRef = r2, true
	default:
		return res{}, false
	}
	r := res{ts: start, te: end, kind: kindOffset, prec: unitPrecision(u.unit), anchored: true,
		est: mode == modeExact && lo == hi}
	r.rel = parley.TimePast
	if dir > 0 {
		r.rel = parley.TimeFuture
	}
	var e, l time.Time
	switch {
	case hasRef:
		e, l, r.anchor = ref.e, ref.l, ref.val
		if ref.val.IsZero() && !ref.e.IsZero() {
			r.anchor = valueOf(ref.e, ref.l)
		}
	case fromPub && st.hasPub:
		e, l, r.anchor = st.pub, st.pub, st.pubDate()
	case !fromPub && st.hasAnc && u.unit == uHour && st.anc.prec != parley.PrecisionDay && st.hasDayAnc:
		// "On Monday the Greens called for an election in January. Hours
		// later …": hours count from the last day told, not a month.
		e, l, r.anchor = st.dayAnc.e, st.dayAnc.l, st.dayAnc.val
	case !fromPub && st.hasAnc && u.unit == uHour && st.hasNewsDay && st.anc.e.Before(st.newsDay.e.AddDate(0, 0, -30)) &&
		st.sent[start]-st.newsDaySid <= 5:
		// "Sargsyan … reminded him of 1 March 2008 … Hours later police
		// detained Pashinyan": hours after the story's day of the week
		// before the paper, not after a day years back told in passing.
		e, l, r.anchor = st.newsDay.e, st.newsDay.l, st.newsDay.val
	case !fromPub && st.hasAnc && u.unit == uHour && dir > 0 && st.hasFirstDay && st.firstDaySid == st.sent[start]-1 &&
		st.dayAncSid == st.firstDaySid && st.opensSentenceAt(start):
		// "Mercosur resolved yesterday to suspend Paraguay, over the trial
		// in which the Senate removed Lugo on 22 June. Hours later, Unasur
		// …": later than the main clause's day, not the aside's.
		e, l, r.anchor = st.firstDay.e, st.firstDay.l, st.firstDay.val
	case !fromPub && st.hasAnc:
		e, l, r.anchor = st.anc.e, st.anc.l, st.anc.val
	}
	if e.IsZero() {
		r.anchored = false
		return r, true
	}
	anchoredToText := !fromPub && !hasRef && st.hasAnc || hasRef
	switch {
	case anchoredToText && u.unit == uHour && lo != hi:
		// "Hours later", "hours earlier" after a day the story told: that
		// day, as far as a date goes. ("Some 24 hours later" counts.)
		r.e, r.l = e, l
	case lo != hi:
		if dir < 0 {
			r.e, r.l = addUnit(e, -hi, u.unit), addUnit(l, -lo, u.unit)
		} else {
			r.e, r.l = addUnit(e, lo, u.unit), addUnit(l, hi, u.unit)
		}
	case mode == modeLess:
		if dir < 0 {
			r.e, r.l = addUnit(e, -lo, u.unit), l
		} else {
			r.e, r.l = e, addUnit(l, lo, u.unit)
		}
	case mode == modeMore:
		if dir < 0 {
			r.e, r.l = addUnit(e, -2*lo, u.unit), addUnit(l, -lo, u.unit)
		} else {
			r.e, r.l = addUnit(e, lo, u.unit), addUnit(l, 2*lo, u.unit)
		}
	default:
		r.e, r.l = coarsen(addUnit(e, dir*lo, u.unit), addUnit(l, dir*lo, u.unit), u.unit)
		if u.unit == uDecade {
			mid := addUnit(e, dir*lo, u.unit)
			r.val = parley.Date{Year: mid.Year()}
		}
		if fromPub && dir < 0 && u.unit == uYear && st.hasPub {
			st.yearsAgoOn(&r, lo)
		}
	}
	return r, true
}

// yearsAgoOn narrows "ten years ago" to the month or day that follows it,
// that many years back: "Ten years ago this month" (a month), "a year ago
// today" (a day).
func (st *state) yearsAgoOn(r *res, n int) {
	switch {
	case st.is(r.te, "this") && st.is(r.te+1, "month"):
		t := st.pub.AddDate(-n, 0, 0)
		r.e, r.l = ymd(t.Year(), t.Month(), 1), ymd(t.Year(), t.Month(), daysIn(t.Year(), t.Month()))
		r.te, r.prec, r.val = r.te+2, parley.PrecisionMonth, parley.Date{Year: t.Year(), Month: t.Month()}
	case st.is(r.te, "today"):
		t := st.pub.AddDate(-n, 0, 0)
		r.e, r.l, r.te, r.prec, r.val = t, t, r.te+1, parley.PrecisionDay, parley.DateOf(t)
	}
}

// matchIn reads "in two weeks", "in a week's time" and "within three
// months" when the clause looks ahead. "For the first time in two years"
// and a past clause make them durations, which are no dates.
func (st *state) matchIn(i int) (res, bool) {
	within := st.is(i, "within")
	if within {
		// "China retaliated within hours", "within an hour", "within a
		// few minutes": the day of the act it answers, as "the same day"
		// is.
		j := i + 1
		if st.is(j, "an") || st.is(j, "a") || st.is(j, "the") {
			j++
		}
		switch {
		case st.is(j, "few"):
			j++
		case st.is(j, "couple") && st.is(j+1, "of"):
			j += 2
		}
		short := st.is(j, "hours") || st.is(j, "minutes") || st.is(j, "hour") && j > i+1
		if short && !st.is(j+1, "of") {
			return st.sameAs(i, j+1, uDay)
		}
	}
	lo, hi, k, ok := st.count(i + 1)
	if !ok || hi > maxShift {
		return res{}, false
	}
	u := st.lx(k)
	if !u.has(fUnit) || u.unit == uWeekend {
		return res{}, false
	}
	end := k + 1
	if st.punct(end, pApos) && st.touches(end) {
		if st.is(end+1, "s") && st.is(end+2, "time") {
			end += 3
		} else if st.is(end+1, "time") {
			end += 2
		}
	} else if st.is(end, "time") {
		end++
	}
	if st.is(end, "of") || st.punct(end, pDash) && st.touches(end) {
		return res{}, false
	}
	for j := i - 1; j >= st.lo && i-j <= 8; j-- {
		if st.toks[j].k != kWord {
			continue
		}
		w := st.lower(j)
		if st.toks[j].lx.has(fOrd) || w == "times" || w == "twice" || w == "once" || w == "time" || w == "last" || w == "most" || w == "least" || w == "worst" ||
			w == "only" || len(w) > 4 && strings.HasSuffix(w, "est") && w != "interest" && w != "request" {
			return res{}, false
		}
	}
	if st.tenseAround(i, end) == tPast {
		return res{}, false
	}
	r := res{ts: i, te: end, kind: kindOffset, prec: unitPrecision(u.unit), rel: parley.TimeFuture}
	if !st.hasPub {
		return r, true
	}
	r.anchored, r.anchor = true, st.pubDate()
	switch {
	case within:
		r.e, r.l = st.pub, addUnit(st.pub, hi, u.unit)
	case lo != hi:
		r.e, r.l = addUnit(st.pub, lo, u.unit), addUnit(st.pub, hi, u.unit)
	default:
		d := addUnit(st.pub, lo, u.unit)
		r.e, r.l = coarsen(d, d, u.unit)
		r.est = true
	}
	return r, true
}

// matchAnniv reads "20th anniversary", "twentieth anniversary",
// "20-year anniversary", "100th birthday", "golden jubilee" and
// "centennial". Their years are resolved once the sentence is known.
func (st *state) matchAnniv(i int) (res, bool) {
	n, k := 0, i+1
	e := st.lx(i)
	switch {
	case e.has(fAnnivWord):
		if st.capMid(i) && st.word(i+1) && st.toks[i+1].up {
			return res{}, false // "Centennial Park"
		}
		return res{ts: i, te: i + 1, kind: kindAnniversary, prec: parley.PrecisionYear,
			rel: parley.TimePast, anniv: e.num}, true
	case e.has(fJubilee):
		if !st.is(k, "jubilee") && !st.is(k, "anniversary") {
			return res{}, false
		}
		return res{ts: i, te: k + 1, kind: kindAnniversary, prec: parley.PrecisionYear,
			rel: parley.TimePast, anniv: e.num}, true
	case e.has(fOrd):
		n = e.num
	case e.has(fNum):
		n = e.num
		if st.punct(k, pDash) && st.touches(k) && st.touches(k+1) {
			if o := st.lx(k + 1); o.has(fOrd) && o.num < 10 && n%10 == 0 {
				n += o.num
				k += 2
				e = o
			}
		}
	case st.numTok(i):
		n = st.toks[i].n
		if st.word(k) && st.touches(k) && ordinalSuffix(st.text[st.toks[k].s:st.toks[k].e]) {
			k++
			e = &entry{flags: fOrd}
		}
	default:
		return res{}, false
	}
	if n < 1 || n > 5000 {
		return res{}, false
	}
	ordinal := e.has(fOrd)
	if st.punct(k, pDash) && st.touches(k) {
		k++
	}
	if st.is(k, "year") {
		ordinal = true // "20-year anniversary", "one year anniversary"
		k++
		if st.punct(k, pDash) && st.touches(k) {
			k++
		}
	}
	if !ordinal || !st.lx(k).has(fAnniv) {
		return res{}, false
	}
	return res{ts: i, te: k + 1, kind: kindAnniversary, prec: parley.PrecisionYear,
		rel: parley.TimePast, anniv: n}, true
}
