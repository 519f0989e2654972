package timex

import (
	"time"

	"parley"
)

// absDay builds a day (or a run of days d1…d2) of month m. Without a
// written year the year comes from a year written earlier in the same
// sentence, or else from the publication date and the tense of the clause:
// "On December 30, they met" in an article of 2 January 2021 is 2020-12-30.
// wd ≥ 0 is a weekday written with the date, which settles the year when
// only one candidate falls on it.
func (st *state) absDay(ts, te int, m time.Month, d1, d2, y, wd int) (res, bool) {
	r := res{ts: ts, te: te, kind: kindAbsolute, prec: parley.PrecisionDay, est: true}
	if d2 != d1 {
		r.kind = kindRange
	}
	switch {
	case y > 0:
		r.explicit = true
	case st.forceYear > 0:
		y = st.forceYear
	case st.relYearBefore(ts) > 0:
		y = st.relYearBefore(ts)
		r.anchored, r.anchor = true, parley.Date{Year: y}
	case st.yearSid == st.sent[ts] && st.year > 0 && !st.yearAhead(ts, te, m, d1):
		y = st.year
		r.anchored, r.anchor = true, parley.Date{Year: y}
	case st.hasPub:
		tn := st.tenseFor(ts, te)
		y = st.chooseDayYear(m, d1, wd, tn)
		if st.staleWill(ts, y, m, d1) {
			return r, true
		}
		if tn == tUnknown && wd < 0 {
			y = st.continueYear(ts, y, ymd(y, m, d1))
		}
		if d2 == d1 {
			y = st.dayOfNamedMonth(ts, m, d1, y)
		}
		if tn != tFuture {
			y = st.storyYear(ts, m, d1, y)
		}
		if (tn == tPast || tn == tUnknown) && wd < 0 && validDay(y, m, d1) {
			if ny := st.narrativeYear(ts, ymd(y, m, d1), y, false); ny != y {
				y, r.story = ny, true
			}
		}
		if wd < 0 && st.startsAhead(ts, y, m, d1) {
			y++ // "barred Pakistani aircraft from January 1", written on 27 December: the coming one
		}
		r.anchored, r.anchor = true, st.pubDate()
	default:
		if !validDay(2000, m, d1) || !validDay(2000, m, d2) {
			return res{}, false // no year has "February 30"
		}
		return r, true
	}
	if !validDay(y, m, d1) || !validDay(y, m, d2) {
		return res{}, false
	}
	r.e, r.l = ymd(y, m, d1), ymd(y, m, d2)
	r.val = parley.DateOf(r.e)
	if d2 != d1 {
		// A run of days is named by its month, as in the events-dev labels.
		r.val, r.prec = parley.Date{Year: y, Month: m}, parley.PrecisionMonth
	}
	r.rel = st.relation(r.e, r.l)
	return r, true
}

// startsAhead reports whether the day d of month m in year y, written
// without a year, opens a regime — "from January 1", "starting January
// 1", "effective January 1", "takes effect on January 1" — and falls
// nearly a year before publication while the same day of the next year
// falls within weeks after it: a measure announced in late December for
// the new year, not one that began eleven months before.
func (st *state) startsAhead(ts, y int, m time.Month, d int) bool {
	if !validDay(y+1, m, d) || !ymd(y, m, d).Before(st.pub.AddDate(0, 0, -300)) || ymd(y+1, m, d).After(st.pub.AddDate(0, 0, 60)) {
		return false
	}
	at := ts - 1
	if at >= 0 && st.is(at, "on") {
		at-- // "takes effect on January 1"
	}
	switch {
	case at < 0:
		return false
	case st.is(at, "from") || st.is(at, "starting") || st.is(at, "effective") || st.is(at, "beginning"):
		return true
	case at >= 1 && st.is(at, "of") && st.is(at-1, "as"):
		return true
	case at >= 1 && st.is(at, "effect") && (st.is(at-1, "take") || st.is(at-1, "takes") || st.is(at-1, "took") || st.is(at-1, "taking")):
		return true
	case at >= 1 && st.is(at, "force") && (st.is(at-1, "into") || st.is(at-1, "in")):
		return true
	}
	return false
}

// staleWill reports whether day d of month m in year y, which a clause
// with "will" names ("Ministers will meet on June 20"), lies before the
// publication date: a day just past, or one its weekday pins to this
// year, tells of a text older than its date, and whether the day came is
// no guess, so it stays unresolved. (A day further back is next year's:
// chooseDayYear has seen to it, as a weekday in such a clause is the next
// one.)
func (st *state) staleWill(ts, y int, m time.Month, d int) bool {
	if ts >= 2 && st.punct(ts-1, ',') && st.lx(ts-2).has(fWeekday) {
		ts -= 2 // "will meet on Thursday, June 20"
	} else if ts >= 1 && st.lx(ts-1).has(fWeekday) {
		ts-- // "will meet on Thursday 20 June"
	}
	// ("will impose new tariffs on Chinese electric cars on June 24": the
	// clause's verb may stand well before its day)
	return validDay(y, m, d) && st.willWithin(ts, 14) && ymd(y, m, d).Before(st.pub.AddDate(0, 0, -1))
}

// futureSlack is how many days before publication a year-less date in a
// future clause may still lie.
const futureSlack = 60

// chooseDayYear picks the year for month m, day d near the publication
// date: the latest on or before it (a day of slack for time zones) in a
// past clause, the earliest on or after it in a future clause, else the
// nearest. It returns 0 when no candidate year has that day.
func (st *state) chooseDayYear(m time.Month, d, wd int, tn tense) int {
	py := st.pub.Year()
	var cand []int
	for y := py - 1; y <= py+1; y++ {
		if validDay(y, m, d) {
			cand = append(cand, y)
		}
	}
	if wd >= 0 {
		var match []int
		for _, y := range cand {
			if int(ymd(y, m, d).Weekday()) == wd {
				match = append(match, y)
			}
		}
		if len(match) == 1 {
			return match[0]
		}
	}
	best := 0
	switch tn {
	case tPast:
		limit := st.pub.AddDate(0, 0, 1)
		for _, y := range cand {
			if !ymd(y, m, d).After(limit) {
				best = y
			}
		}
	case tFuture:
		// A date in the last two months stays in this year: a year-less
		// date almost a year ahead would be written with its year, so
		// "would leave on Oct. 31" in November is a plan reported late.
		limit := st.pub.AddDate(0, 0, -futureSlack)
		for i := len(cand) - 1; i >= 0; i-- {
			if !ymd(cand[i], m, d).Before(limit) {
				best = cand[i]
			}
		}
	}
	if best != 0 {
		return best
	}
	var bestDist time.Duration = -1
	for _, y := range cand {
		dist := ymd(y, m, d).Sub(st.pub)
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// absMonth builds month m of year y, or, without a year, the month the
// clause points at: the most recent such month in a past clause (the
// current one included), the next in a future clause, else the nearest;
// "last May" is the most recent May before this month, "next January"
// the first after it.
func (st *state) absMonth(ts, te int, m time.Month, y int, mod string, p part) (res, bool) {
	r := res{ts: ts, te: te, kind: kindAbsolute, prec: parley.PrecisionMonth, est: true}
	switch {
	case y > 0:
		r.explicit = true
	case mod == "" && st.forceYear > 0:
		y = st.forceYear
	case mod == "" && st.relYearBefore(ts) > 0:
		y = st.relYearBefore(ts)
		r.anchored, r.anchor = true, parley.Date{Year: y}
	case mod == "" && st.yearSid == st.sent[ts] && st.year > 0:
		y = st.year
		r.anchored, r.anchor = true, parley.Date{Year: y}
	case st.hasPub:
		tn := st.tenseFor(ts, te)
		y = st.chooseMonthYear(m, mod, tn)
		if tn == tFuture && mod == "" && y == st.pub.Year() && m < st.pub.Month() && st.willBefore(ts) {
			// "Xi will visit Paris in May", written in June: next May.
			// (Only "will" is this sure; "was expected to meet in
			// May" may well be of this year.)
			y++
		}
		if mod == "" && (tn == tPast || tn == tUnknown) {
			if ny := st.narrativeYear(ts, ymd(y, m, 1), y, true); ny != y {
				y, r.story = ny, true
			}
		}
		r.anchored, r.anchor = true, st.pubDate()
		if mod != "" {
			r.kind = kindRelative
		}
	default:
		return r, true
	}
	if y < 1 || y > 9999 {
		return res{}, false
	}
	e, l := ymd(y, m, 1), ymd(y, m, daysIn(y, m))
	r.e, r.l = cut(e, l, uMonth, p, st.pub, st.hasPub)
	r.val = parley.Date{Year: y, Month: m}
	r.rel = st.relation(r.e, r.l)
	if p == partEarlier && r.rel == parley.TimeSame {
		r.rel = parley.TimePast
	}
	return r, true
}

// yearAhead reports whether the year named earlier in the sentence would
// put day d of month m after the publication date in a clause not told in
// the future: "suspended until the elections of April 2013, over the trial
// in which the Senate removed Lugo on 22 June" — June of the year before.
func (st *state) yearAhead(ts, te int, m time.Month, d int) bool {
	return st.hasPub && validDay(st.year, m, d) && ymd(st.year, m, d).After(st.pub) && st.tenseFor(ts, te) == tPast
}

// dayOfNamedMonth returns the year of the month m the text last named,
// whole and with its year, in this sentence or the one before, when day d of it is not after
// the publication date, else y: "The rupture began in September 2022. On
// 13 September, …" is a day of that September, not the latest one.
func (st *state) dayOfNamedMonth(ts int, m time.Month, d, y int) int {
	if !st.hasCal || !st.calMonth || st.cal.Month() != m || st.cal.Year() == y || st.sent[ts]-st.calSid > 1 || st.yearSid != st.calSid || st.year != st.cal.Year() {
		return y
	}
	if !validDay(st.year, m, d) || ymd(st.year, m, d).After(st.pub) {
		return y
	}
	return st.year
}

// storyYear keeps a day without a year in the year of the day the text
// named in this sentence or the one before, when it falls a few weeks
// after it: "called on 17 December [2017] for a new election. Washington
// nevertheless recognised his victory on 22 December" — the story goes on
// in 2017, not in the December before publication.
func (st *state) storyYear(ts int, m time.Month, d, y int) int {
	if !st.hasCal || st.calMonth || st.sent[ts]-st.calSid > 1 || st.cal.Year() >= y || !validDay(st.cal.Year(), m, d) {
		return y
	}
	alt := ymd(st.cal.Year(), m, d)
	if alt.Before(st.cal) || alt.Sub(st.cal) > 62*24*time.Hour {
		return y
	}
	return st.cal.Year()
}

// narrativeYear keeps a day (or, with month, the month) t without a written year, told in
// the past tense, in the year of a story the text is telling a few
// sentences earlier: "When the schemes collapsed in January 1997, … On 26
// January, police beat protesters. In February, students went on hunger
// strike" is 1997 throughout, not the months before publication. It holds
// when the year of the date last named was written (or carried on so),
// t falls in its month or the next (a story told step by step; "Relations
// soured in March 2023. On 14 May, Poland expelled …" is too far a leap to
// be sure of, and stays with the latest May), and no date told since
// points back to the time of publication.
func (st *state) narrativeYear(ts int, t time.Time, y int, month bool) int {
	const reach = 6 // sentences from the date last named
	if !st.hasCal || !st.calStory || st.cal.Year() >= y || st.sent[ts]-st.calSid > reach {
		return y
	}
	if st.hasAnc && st.ancSid >= st.calSid && st.anc.e.Year() >= y {
		return y // ("In 2014 Russia took Crimea. On Friday, … in March": the news again)
	}
	alt := t.AddDate(st.cal.Year()-y, 0, 0)
	from := st.cal // a story told forward: not before the day last named,
	if st.calMonth || month {
		from = ymd(st.cal.Year(), st.cal.Month(), 1) // or its month
	}
	next := ymd(st.cal.Year(), st.cal.Month(), 1).AddDate(0, 2, 0)
	if alt.Before(from) || !alt.Before(next) || st.hasPub && alt.After(st.pub) {
		return y
	}
	return st.cal.Year()
}

// continueYear keeps a date without tense in the year of the calendar date
// just before it (within two sentences): in a list of tour dates or a
// timeline the year carries over. The result stays within a year of the
// publication date.
func (st *state) continueYear(ts, y int, t time.Time) int {
	if !st.hasCal || st.sent[ts]-st.calSid > 2 || st.cal.Year() == y {
		return y
	}
	alt := t.AddDate(st.cal.Year()-y, 0, 0)
	if d := alt.Sub(st.pub); d > 366*24*time.Hour || d < -366*24*time.Hour || alt.Before(st.cal) {
		return y
	}
	if st.hasPub && alt.After(st.pub) && !t.After(st.pub) {
		return y // ("LONDON, June 15, 2024 … On December 31, Petro announced": the last December 31, not the next)
	}
	return st.cal.Year()
}

func (st *state) chooseMonthYear(m time.Month, mod string, tn tense) int {
	py, pm := st.pub.Year(), st.pub.Month()
	switch mod {
	case "this":
		return py
	case "last":
		if m < pm {
			return py
		}
		return py - 1
	case "next":
		if m > pm {
			return py
		}
		return py + 1
	}
	switch tn {
	case tPast:
		if m <= pm {
			return py
		}
		return py - 1
	case tFuture:
		// As with days, a month just past stays in this year: "once
		// expected within weeks of an October meeting" in November.
		if m >= pm || int(pm-m) <= futureSlack/30 {
			return py
		}
		return py + 1
	}
	// No tense: the nearest such month, the earlier one on a tie.
	diff := int(m) - int(pm) // in -11 … 11
	switch {
	case diff >= 6:
		return py - 1
	case diff < -6:
		return py + 1
	}
	return py
}

// yearRes builds year y, or a part of it ("early 2022").
func (st *state) yearRes(ts, te, y int, p part) res {
	r := res{ts: ts, te: te, kind: kindAbsolute, prec: parley.PrecisionYear, est: true, explicit: true,
		val: parley.Date{Year: y}}
	r.e, r.l = cut(yearStart(y), yearEnd(y), uYear, p, st.pub, st.hasPub)
	r.rel = st.relation(r.e, r.l)
	return r
}

// decade builds the decade that starts in year y, or a part of it
// ("the early 1990s"). Its Value is the decade's first year.
func (st *state) decade(ts, te, y int, p part) res {
	y -= y % 10
	r := res{ts: ts, te: te, kind: kindAbsolute, prec: parley.PrecisionDecade, val: parley.Date{Year: y}}
	r.e, r.l = cut(yearStart(y), yearEnd(y+9), uDecade, p, st.pub, false)
	r.rel = st.relation(r.e, r.l)
	return r
}
