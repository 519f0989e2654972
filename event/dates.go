package event

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"parley"
	"parley/nlp/token"
)

// The dates of events: the governing date of a clause and the one nearest
// the trigger, intervals counted from it ("a day after", "twenty years
// since"), and lists of dates.

// nearestAsGood returns, among the expressions of the clause that date
// it as well as the governing one i (same precision, and dating a clause
// at all), the one nearest the trigger: in "tariffs took effect in July
// 2018, followed by additional tariffs on China in August 2018" the
// second tariffs are of August.
func (d *doc) nearestAsGood(i int, clause parley.Span, trigger int) int {
	at := d.tok(trigger).Start
	dist := func(sp parley.Span) int {
		if sp.Start >= at {
			return sp.Start - at
		}
		return at - sp.End
	}
	best, bestDist := i, dist(d.in.Dates[i].Span)
	// A date before the trigger with another verb between dates that verb
	// ("spoke on Saturday night and said he would convene G7 leaders on
	// Sunday"): a date in the trigger's own phrase wins however far.
	otherVerb := false
	if sp := d.in.Dates[i].Span; sp.End <= at {
		for t := d.tokenAt(sp.End); t < trigger; t++ {
			otherVerb = otherVerb || d.finiteVerbAt(t)
		}
	}
	// …but only in that phrase: a few words on, past no phrase of
	// another act ("attacked Israel in retaliation for the strike on its
	// consulate on April 1").
	ownPhrase := func(x parley.Span) bool {
		end := d.tokenAt(x.Start)
		if end-trigger > 10 {
			return false
		}
		for t := trigger + 1; t < end; t++ {
			if d.tok(t).Is("for", "after", "before", "since", "following") {
				return false
			}
		}
		return true
	}
	// "the call between Xi and Biden on September 10 and the meeting
	// between Yang Jiechi, Director of …, and Jake Sullivan in Zurich on
	// October 6": a date before "and the" is the first act's; the second
	// takes its own, past the commas of an apposition.
	prevAct := false
	if sp := d.in.Dates[i].Span; sp.End <= at && trigger >= 2 && d.tok(trigger-1).Is("the") && d.tok(trigger-2).Is("and") && d.tokenAt(sp.End) >= trigger-3 {
		prevAct = true
	}
	if sp := d.in.Dates[i].Span; sp.End <= at {
		// "… met on Nov. 18, and Defence Minister Rajnath Singh held talks
		// with Dong Jun, in Vientiane two days later": the date before
		// ", and" (or ", then") is the first clause's.
		for t := d.tokenAt(sp.End); t+1 < trigger; t++ {
			if d.tok(t).Is(",") && d.tok(t+1).Is("and", "while", "but", "then") {
				prevAct = true
			}
		}
	}
	for j, x := range d.in.Dates {
		// (a date of another precision only in a verb's own phrase, past
		// a verb that the governing one dates: "on Wednesday defended a
		// pact his government signed with China last week")
		if j == i || !x.Span.Overlaps(clause) || x.Precision != d.in.Dates[i].Precision && !(otherVerb && d.finiteVerbAt(trigger) && x.Span.Start > at && ownPhrase(x.Span)) {
			continue
		}
		if d.in.Governing(x.Span) != j || d.possessiveDate(x) {
			continue // it dates no clause ("Monday's meeting", "the past six weeks")
		}
		if d.endPoint(j) {
			continue // "agreed on Sunday to extend the truce until February 18": when it ends
		}
		if prevAct && x.Span.Start > at && d.tokenAt(x.Span.Start)-trigger <= 30 && !d.finiteVerbIn(trigger+1, d.tokenAt(x.Span.Start)) {
			best, bestDist = j, dist(x.Span)
			break
		}
		if x.Span.Start < at || strings.ContainsAny(d.in.Text[at:x.Span.Start], ",;") {
			continue // only a date after the trigger in its own phrase, not "…, officials announced on Friday"
		}
		if dd := dist(x.Span); dd < bestDist || otherVerb && best == i && ownPhrase(x.Span) {
			best, bestDist = j, dd
		}
	}
	return best
}

// predicateAfterAnd reports whether "and" at t opens a second predicate
// of the same subject before limit: "met Macron and flew to Warsaw",
// "and will travel to Warsaw".
func (d *doc) predicateAfterAnd(t, limit int) bool {
	if !(d.tok(t).Is("and") || d.tok(t).Is("then") && t > 0 && d.tok(t-1).Is(",")) || t+1 >= limit {
		return false // (", then flew to Warsaw" joins as "and" does)
	}
	v := d.predicateVerb(t, limit)
	return d.cover[v] < 0 && (d.finiteVerbAt(v) || pastForms[d.tok(v).Norm] || d.tok(v-1).Is("will", "would") || d.travelVerbAt(v))
}

// predicateVerb returns where the verb of a predicate joined at t
// stands, past one auxiliary or adverb: "and will travel", "then flew".
func (d *doc) predicateVerb(t, limit int) int {
	v := t + 1
	if d.tok(v).Is("will", "would", "then", "later", "also") && v+1 < limit {
		v++
	}
	return v
}

// coordinatedDate returns the date expression nearest before the
// trigger in a predicate joined by "and" after date expression i — "met
// Macron on Monday and flew to Warsaw on Tuesday to meet Tusk", "and will
// travel to Warsaw on Friday to meet Tusk" — past no comma; else -1.
func (d *doc) coordinatedDate(i, trigger int) int {
	de := d.tokenAt(d.in.Dates[i].Span.End)
	if d.in.Dates[i].Span.End > d.tok(trigger).Start {
		return -1
	}
	and := -1
	for t := de; t+1 < trigger; t++ {
		if d.predicateAfterAnd(t, trigger) {
			and = t
		}
	}
	if and < 0 {
		return -1
	}
	return d.lastDateBetween(and, trigger, true)
}

// lastDateBetween returns the last date expression after token join that
// ends by the trigger, with a value, neither a range's end point nor a
// possessive, and, when noComma, with no comma or semicolon between it
// and the trigger; else -1.
func (d *doc) lastDateBetween(join, trigger int, noComma bool) int {
	best := -1
	for j, x := range d.in.Dates {
		s, e := d.tokenAt(x.Span.Start), d.tokenAt(x.Span.End)
		if s <= join || e > trigger || x.Value.IsZero() || d.endPoint(j) || d.possessiveDate(x) ||
			noComma && strings.ContainsAny(d.in.Text[x.Span.End:d.tok(trigger).Start], ",;") {
			continue
		}
		best = j
	}
	return best
}

// joinedClauseDate returns the date expression that stands between a
// ", and" or ", but" joining a clause after date expression i and the
// trigger in that clause; else -1.
func (d *doc) joinedClauseDate(i, trigger int) int {
	de := d.tokenAt(d.in.Dates[i].Span.End)
	if d.in.Dates[i].Span.End > d.tok(trigger).Start {
		return -1
	}
	join := -1
	for t := de; t+1 < trigger; t++ {
		if d.tok(t).Is(",") && d.tok(t+1).Is("and", "but") {
			join = t + 1
		}
	}
	if join < 0 {
		return -1
	}
	return d.lastDateBetween(join, trigger, false)
}

// beforeAgain returns the date expression that stands in the trigger's
// own phrase right before "and again", when date expression i comes
// after that "again" ("met in Seoul last month and again … this week");
// else -1.
func (d *doc) beforeAgain(i int, clause parley.Span, trigger int) int {
	at := d.tok(trigger).End
	for j, x := range d.in.Dates {
		if j == i || !clause.Contains(x.Span) || x.Span.Start < at || x.Span.End > d.in.Dates[i].Span.Start || x.Value.IsZero() ||
			strings.ContainsAny(d.in.Text[at:x.Span.Start], ",;") {
			continue
		}
		e := d.tokenAt(x.Span.End)
		if e < len(d.in.Tokens) && d.tok(e).Is(",") {
			e++
		}
		if e+1 < len(d.in.Tokens) && d.tok(e).Is("and") && d.tok(e+1).Is("again") {
			return j
		}
	}
	return -1
}

// yearsSince returns N when "N years since" stands between the clause
// start cs and trigger k, in the trigger's own phrase: the date the
// clause gives is N years after the act.
func (d *doc) yearsSince(cs, k int) int {
	for i := cs + 2; i < k; i++ {
		if !d.tok(i).Is("since") || !d.tok(i-1).Is("years") || strings.ContainsAny(d.in.Text[d.tok(i).End:d.tok(k).Start], ",;") {
			continue
		}
		if n, ok := countWords[d.tok(i-2).Norm]; ok {
			return n
		}
		if v, err := strconv.Atoi(d.tok(i - 2).Text); err == nil && v > 1 && v < 1000 {
			return v
		}
	}
	return 0
}

// daysEarlier returns how many days before the date its clause gives the
// act at k took place, when "a day after", "two days before", "a week
// after" or "hours after" opens the act's phrase between cs and k; ok is
// false when none does. Before counts back: "two days before Xi arrived"
// gives n = -2. approx is set when the count is hedged ("barely six
// weeks after", "less than two weeks after"), vague when there is no
// count at all ("days after speaking to him by phone"): some days off,
// on a day the text does not give. "Three months after" counts months:
// monthly is set and n is the count of months.
func (d *doc) daysEarlier(cs, k int) (n int, approx, vague, monthly, ok bool) {
	for i := k - 1; i >= max(cs, 1) && i >= k-20; i-- {
		if !d.tok(i).Is("after", "before") || strings.ContainsAny(d.in.Text[d.tok(i).End:d.tok(k).Start], ",;") {
			continue
		}
		// The phrase follows the clause whose date it counts from, after a
		// comma or "and", with perhaps a hedge before the count. (At the
		// head of its sentence — "Two days after the summit Russia
		// attacked … on Friday" — it counts from something else.)
		if d.tok(i-1).Is("days", "weeks", "months") && (d.tok(i-2).Is(",", "and", "—", "–") ||
			i >= 3 && d.tok(i-2).Is("several", "few") && d.tok(i-3).Is(",", "and", "—", "–", "a")) {
			return 0, false, true, d.tok(i - 1).Is("months"), true // "days after", "a few weeks before": no count
		}
		open := i - 3
		if d.tok(i-1).Is("hours", "hour") {
			open = i - 2
		}
		for open >= cs && d.tok(open).Is("just", "only", "barely", "about", "nearly", "almost", "some", "roughly", "around", "than", "less", "more", "over", "under") {
			approx = approx || !d.tok(open).Is("just", "only")
			open--
		}
		if open < 0 || !d.tok(open).Is(",", "and", "—", "–", "”", "\"") { // (`… “I concede,” a day after …`)
			return 0, false, false, false, false
		}
		unit := d.tok(i - 1).Norm
		days := 0
		switch unit {
		case "hours", "hour":
			days = 0
		case "day", "days", "week", "weeks", "month", "months":
			c := 1
			if i >= 2 && !d.tok(i-2).Is("a", "one") {
				var found bool
				if c, found = countWords[d.tok(i-2).Norm]; !found {
					v, err := strconv.Atoi(d.tok(i - 2).Text)
					if err != nil || v < 1 || v > 60 {
						return 0, false, false, false, false // "twenty-odd days": not a count
					}
					c = v
				}
			}
			days = c
			if strings.HasPrefix(unit, "week") {
				days = 7 * c
			}
			monthly = strings.HasPrefix(unit, "month")
		case "year", "years":
			// "a year after ECOWAS imposed sanctions": some time in the
			// year before, in a month the text does not give.
			return 0, false, true, true, true
		default:
			continue
		}
		if d.tok(i).Is("before") {
			days = -days
		}
		return days, approx, false, monthly, true
	}
	return 0, false, false, false, false
}

// countWords are the numbers news spells out before "years".
var countWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "seventy-five": 75, "eighty": 80,
	"ninety": 90, "hundred": 100}

// askedBefore reports whether a verb of asking stands at most eight
// words before i with no actor between: "asked in a letter on Wednesday
// for …".
func (d *doc) askedBefore(i, a int) bool {
	for j := i - 1; j >= a && i-j <= 8; j-- {
		if d.cover[j] >= 0 || d.tok(j).Is(",", ";", ":") {
			return false
		}
		if d.tok(j).Is("asked", "asks", "asking", "ask", "requested", "requests", "requesting", "request") {
			return true
		}
	}
	return false
}

// soughtTalks reports whether the talks at k are only asked for or
// attempted: "called for talks", "pushing for a summit", "trying to
// broker talks", "sought a meeting".
func (d *doc) soughtTalks(k, a int) bool {
	for i := k - 1; i >= a && k-i <= 8; i-- {
		t := d.tok(i)
		if t.Is(";", ":") || d.cover[i] >= 0 && k-i > 2 {
			return false
		}
		if k-i <= 4 && t.Is("brokered", "mediated", "facilitated") ||
			k-i <= 4 && t.Is("broker", "mediate", "facilitate") && i > a && d.tok(i-1).Is("helped", "helps", "help") {
			return false // "Egypt brokered a meeting between Fatah and Hamas", "helped broker talks": held
		}
		if k-i <= 6 && t.Is("demanding", "demanded", "demand", "demands", "urging", "urged") && !d.wordIn(i+1, k, "after", "before", "following", "at", "during") {
			return true // "demanding cheaper energy and direct gas talks with Moscow": talks wished for
		}
		if k-i <= 4 && t.Is("broker", "brokering", "seek", "seeks", "seeking", "sought", "mediate", "mediating", "propose", "proposed", "proposes", "proposing", "urged", "urging", "demanded",
			"encourage", "encouraging", "facilitate", "facilitating", "jump-start", "kick-start") {
			return true
		}
		// "have been unable to reschedule a meeting between Trump and Xi"
		if k-i <= 4 && t.Is("reschedule", "rescheduling", "arrange", "arranging", "organise", "organize", "organising", "organizing") && i > a+1 &&
			d.tok(i-1).Is("to") && d.tok(i-2).Is("unable", "failed", "trying", "tried", "working", "sought", "seeking", "hoping", "hoped") {
			return true
		}
		// "called for a ceasefire and for peace talks"
		if t.Is("for") && i > a && d.tok(i-1).Is("call", "calls", "called", "calling", "push", "pushed", "pushing", "pressed", "pressing", "appealed", "appeal", "hope", "hoped", "hopes") {
			return true
		}
		// "asked in a letter on Wednesday for an urgent meeting": the
		// asking a few words back, past its manner and day
		if t.Is("for") && k-i <= 3 && d.askedBefore(i, a) {
			return true
		}
		// "Japan's request for talks with China", "a proposal for a
		// summit": talks asked for, not held
		if t.Is("for") && i > a && k-i <= 3 && d.tok(i-1).Is("request", "requests", "proposal", "proposals", "plea", "appeals", "demand", "demands", "bid") {
			return true
		}
	}
	return false
}

// inDate reports whether token i lies inside a time expression.
func (d *doc) inDate(i int) bool {
	off := d.tok(i).Start
	for _, x := range d.in.Dates {
		if x.Span.Start <= off && off < x.Span.End {
			return true
		}
	}
	return false
}

// pastDateAt reports whether token i lies inside a time expression
// valued before the publication day ("the next day" after a Friday told
// on Sunday).
func (d *doc) pastDateAt(i int) bool {
	off := d.tok(i).Start
	for _, x := range d.in.Dates {
		if x.Span.Start <= off && off < x.Span.End {
			return !x.Value.IsZero() && !d.in.Published.IsZero() && x.Value.Before(d.in.Published)
		}
	}
	return false
}

// listedDates returns the dates joined by "and" or a comma to the
// expression that valued date within the clause ("in February and
// September", "on May 3, June 8 and July 1"), each at that precision.
func (d *doc) listedDates(date parley.Date, clause parley.Span) []parley.Date {
	var xs []parley.TimeExpr
	for _, x := range d.in.Dates {
		if clause.Contains(x.Span) && !x.Value.IsZero() {
			xs = append(xs, x)
		}
	}
	at := -1
	for i, x := range xs {
		if x.Value == date {
			at = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	joined := func(a, b parley.TimeExpr) bool {
		// "in February and September", "on Dec. 19 and again on Dec. 26"
		var words []string
		for _, w := range strings.Fields(d.in.Text[a.Span.End:b.Span.Start]) {
			if w != "again" && w != "on" && w != "then" && w != "in" {
				words = append(words, w)
			}
		}
		gap := strings.Join(words, " ")
		if strings.HasPrefix(gap, ",") && actorAt(d, d.tokenAt(b.Span.End), "the") >= 0 {
			return false // "in December 2023, and in January 2024 Xi accepted …": the date opens a clause of its own
		}
		if v := d.tokenAt(b.Span.End); v < len(d.in.Tokens) && d.cover[v] < 0 && (d.finiteVerbAt(v) || pastForms[d.tok(v).Norm]) {
			return false // "met on Friday and on Sunday signed a pact": the date opens a predicate of its own
		}
		return (gap == "and" || gap == "," || gap == ", and" || gap == "or") && a.Precision == b.Precision
	}
	var out []parley.Date
	for i := at + 1; i < len(xs) && joined(xs[i-1], xs[i]); i++ {
		if xs[i].Value != date {
			out = append(out, xs[i].Value)
		}
	}
	for i := at - 1; i >= 0 && joined(xs[i], xs[i+1]); i-- {
		if xs[i].Value != date {
			out = append(out, xs[i].Value)
		}
	}
	return out
}

// dayRun reports whether date and others are days in a row ("on Thursday
// and Friday", "November 13 and 14"), and returns the first of them.
func dayRun(date parley.Date, others []parley.Date) (parley.Date, bool) {
	if len(others) == 0 || date.Precision() != parley.PrecisionDay {
		return date, false
	}
	all := append([]parley.Date{date}, others...)
	slices.SortFunc(all, func(a, b parley.Date) int { return strings.Compare(a.String(), b.String()) })
	for i := 1; i < len(all); i++ {
		if all[i].Precision() != parley.PrecisionDay || all[i-1].AddDays(1) != all[i] {
			return date, false
		}
	}
	return all[0], true
}

// date returns the date of the clause from the time stage, and whether it
// points to the future. A bare year that only modifies a noun ("the 1989
// crackdown") does not date the clause; "in 2010" does.
func (d *doc) date(clause parley.Span, trigger int) (parley.Date, parley.TimeRelation) {
	if d.in.Governing == nil {
		return parley.Date{}, parley.TimeUnknown
	}
	if trigger >= 0 && d.talksOfMonths(trigger) {
		// "The release on Monday followed months of talks between
		// Washington and Tehran": the talks ran for months, on no day,
		// which no act told around them lends either.
		d.vague[d.spanOf(trigger, trigger+1)] = true
		return parley.Date{}, parley.TimeUnknown
	}
	i := d.in.Governing(clause)
	when := -1 // the time a ", when" clause hangs on, whatever noun it also qualifies
	if w, at := d.whenDateOf(trigger); w >= 0 && (i < 0 || !d.sameCommaClause(d.tokenAt(d.in.Dates[i].Span.Start), at) || d.nounModifierDate(i, trigger)) {
		// "since 2016, when Santos met Maduro": the clause "when" opens
		// tells what happened at the time named before it, unless it
		// names a time of its own ("over a Friday sermon" names none).
		i, when = w, w
	}
	if i < 0 && trigger >= 0 {
		// "At her weekly briefing on Friday, Baloch did not confirm the
		// strikes but called on …": a time that opens the sentence dates
		// each predicate of its subject, not what is reported in it.
		if f := d.frontedDate(trigger); f >= 0 && d.in.Dates[f].Span.End <= clause.Start && !d.reportedBetween(f, trigger) {
			i = f
		}
	}
	if i < 0 || i >= len(d.in.Dates) {
		return parley.Date{}, parley.TimeUnknown
	}
	if trigger >= 0 {
		i = d.nearestAsGood(i, clause, trigger)
		if j := d.coordinatedDate(i, trigger); j >= 0 {
			// "met Macron on Monday and flew to Warsaw on Tuesday to
			// meet Tusk": the meeting is of the second predicate's day.
			i = j
		}
		if j := d.joinedClauseDate(i, trigger); j >= 0 {
			// "Mexico broke off relations on 20 May, and last month the
			// Andean Pact recognised the Sandinistas": the second clause
			// dates its own act.
			i = j
		}
		if j := d.beforeAgain(i, clause, trigger); j >= 0 {
			// "met in Seoul last month and again in Kuala Lumpur this
			// week": the first time is the act's; the second is coded
			// as its own.
			i = j
		}
		afterComma := d.in.Dates[i].Span.Start > d.tok(trigger).End && strings.ContainsAny(d.in.Text[d.tok(trigger).End:d.in.Dates[i].Span.Start], ",;")
		if afterComma && d.rankedSince(i) || d.firstSince(i, trigger) {
			// "imposed sanctions on 30 firms, the largest package since
			// October 2023", "the first meeting between Xi and Biden since
			// November 2023": a ranked "since" dates the last time, not
			// what the sentence tells.
			if f := d.frontedDate(trigger); f >= 0 {
				i = f
			} else if f := d.preverbDate(trigger); f >= 0 {
				i = f // "Trudeau today met …, their first meeting since January 20"
			} else {
				return parley.Date{}, parley.TimeUnknown
			}
		} else if f := d.frontedDate(trigger); f >= 0 && f != i && afterComma && !d.reportedBetween(f, trigger) {
			// "Earlier the same day, Putin held a call with Macron, their
			// second since his visit on February 7": the date that opens
			// the sentence dates it, not one set off after a comma.
			i = f
		}
		if j := d.infinitiveOwnDate(i, clause, trigger); j >= 0 {
			// "agreed on Saturday to meet again next month": the meeting
			// is next month's, the agreeing Saturday's.
			i = j
		} else if d.decidedOnDay(i, trigger) {
			// "agreed on Saturday to hold an economic dialogue": the day
			// of the agreeing, not of the dialogue, which has none.
			return parley.Date{}, parley.TimeUnknown
		}
		if j := d.statementDate(i, clause, trigger); j >= 0 {
			// "accused China of ramming its vessel on Saturday, in a
			// statement on Monday": the charge is Monday's.
			i = j
		}
		if j := d.closedReportDate(i, trigger); j >= 0 {
			// "Aliyev said on Sunday that the jet which crashed on
			// Christmas Day had been hit …, and accused Moscow …": the
			// charge is Sunday's.
			i = j
		}
		if j := d.ownBeforeAttribution(i, trigger); j >= 0 {
			// "Kishida will visit the Philippines next month, the
			// foreign ministry said on Tuesday": Tuesday is the saying's.
			i = j
		}
		// "Trump's July 25 call", "the May 19 ceremony", "an April phone
		// call": a date right before a noun dates that noun.
		for j, x := range d.in.Dates {
			e := d.tokenAt(x.Span.End)
			if e == trigger-1 && d.tok(e).Is("phone", "telephone", "video", "virtual", "state", "official", "summit") {
				e++ // "an April phone call"
			}
			if e == trigger && x.Precision >= parley.PrecisionMonth && !x.Value.IsZero() {
				i = j
			}
			// "last month's Turkish offensive": a date in the possessive,
			// with a country word between it and the noun.
			if e < trigger && e+3 >= trigger && d.possessiveAt(e) && !x.Value.IsZero() {
				between := true
				for t := e + 1; t < trigger; t++ {
					between = between && (d.cover[t] >= 0 || d.tok(t).Kind == token.Word && !d.tok(t).Upper)
				}
				if between {
					i = j
				}
			}
		}
	}
	if trigger >= 0 && d.earlierClauseFuture(i, trigger) {
		// "decides to authorise the mission from 1 January 2025, and
		// appeals to the Security Council to fund it": the day is the
		// mission's; the appeal is made now.
		return parley.Date{}, parley.TimeUnknown
	}
	if trigger >= 0 && d.sinceGerundDate(i, trigger) {
		// "Mondino, on her first trip to Santiago since taking office in
		// December, paid a courtesy call on Boric": December is when she
		// took office.
		return parley.Date{}, parley.TimeUnknown
	}
	if trigger >= 0 {
		if j, aside := d.subjectAsideDate(i, trigger); aside {
			// "Whitlam, dismissed as prime minister on November 11, met
			// Suharto": the day is the dismissal's; the meeting has its
			// own after the verb, or none.
			if j < 0 {
				return parley.Date{}, parley.TimeUnknown
			}
			i = j
		}
	}
	if trigger >= 0 && d.contentDate(i, trigger) {
		// "the leaders agreed that early elections will be held on 12
		// April 2020": the day is the elections', not the agreeing's.
		return parley.Date{}, parley.TimeUnknown
	}
	if trigger >= 0 && d.askedActDate(i, trigger) {
		// "called on the Malian authorities to hold elections in
		// February": the month is the elections', not the call's. (A
		// date that opens the sentence governs it before this.)
		return parley.Date{}, parley.TimeUnknown
	}
	if trigger >= 0 && d.askedActDateBefore(i, trigger) {
		// "urged Juba to hold elections in December 2024 and called on all
		// parties to cease hostilities": December is the elections', not
		// the second call's.
		return parley.Date{}, parley.TimeUnknown
	}
	if d.thankedForDate(i, trigger) {
		// "congratulated Tokayev on his victory in the election of 20
		// November": the victory's day, not the congratulation's.
		return parley.Date{}, parley.TimeUnknown
	}
	if a := d.laterPredicateOf(i, trigger); a >= 0 && d.tok(a).Start > clause.Start {
		// "blamed Pakistan for the attack and suspended the treaty the
		// next day": the day after is the suspension's, not the blame's.
		own, rel := d.date(parley.Span{Start: clause.Start, End: d.tok(a).Start}, trigger)
		if own.IsZero() && trigger >= 0 {
			// "met Modi and on Sunday signed a pact": nor does the
			// pact lend the meeting its day afterwards.
			d.vague[d.spanOf(trigger, trigger+1)] = true
		}
		return own, rel
	}
	if m := d.modalConjunctOf(i, trigger); m >= 0 {
		// "said on Wednesday it would convene a meeting in Lima next week
		// and urged both governments to refrain": next week is the
		// meeting's; the urging, past, is the saying's.
		if d.tok(m).Start <= clause.Start {
			return parley.Date{}, parley.TimeUnknown
		}
		return d.date(parley.Span{Start: clause.Start, End: d.tok(m).Start}, trigger)
	}
	if c := d.nextClauseDate(i, trigger); c >= 0 && d.tok(c).Start > clause.Start {
		// "paid a visit to Germany in May 2023, and on 29 September 2023
		// the Chancellor hosted a summit": the date opens the next clause.
		return d.date(parley.Span{Start: clause.Start, End: d.tok(c).Start}, trigger)
	}
	if r := d.responsePhraseOf(i, trigger); r >= 0 {
		// "imposed sanctions on Russia in March in response to its
		// invasion of Ukraine on Feb. 24": the date is the invasion's;
		// the act's own, if any, stands before the phrase.
		if d.tok(r).Start <= clause.Start {
			return parley.Date{}, parley.TimeUnknown
		}
		return d.date(parley.Span{Start: clause.Start, End: d.tok(r).Start}, trigger)
	}
	if date, ok := d.frontedCountFrom(i, trigger); ok {
		// "A day after the attack on Sunday, Iran accused Israel …":
		// Monday; "Days after …": some day the text does not give.
		rel := parley.TimePast
		if !date.IsZero() && !d.in.Published.IsZero() && d.in.Published.Before(date) {
			rel = parley.TimeFuture
		}
		return date, rel
	}
	if p := d.aheadPhraseOf(i, trigger); p >= 0 {
		// "Ahead of Sunday's vote, the EU urged Georgia …", "warned
		// Caracas ahead of the election on Sunday": the day is the
		// vote's; the act's own, if any, stands outside the phrase.
		if p < trigger {
			c := d.commaAfter(d.tokenAt(d.in.Dates[i].Span.End)-1, trigger)
			if c <= 0 {
				return parley.Date{}, parley.TimeUnknown
			}
			if own, rel := d.date(parley.Span{Start: d.tok(c).End, End: max(clause.End, d.tok(trigger).End)}, trigger); own != d.in.Dates[i].Value {
				return own, rel
			}
			return parley.Date{}, parley.TimeUnknown
		}
		if d.tok(p).Start <= clause.Start {
			return parley.Date{}, parley.TimeUnknown
		}
		return d.date(parley.Span{Start: clause.Start, End: d.tok(p).Start}, trigger)
	}
	if v, sub := d.participleOfSubordinate(i, trigger); v >= 0 {
		// "protesters gathered on Sunday, after NATO missiles struck the
		// embassy, killing three journalists": the killing is the
		// strike's, of the strike's day, not the gathering's.
		return d.date(d.spanOf(sub, trigger), v)
	}
	if sub := d.subordinateClauseOf(i, trigger); sub < 0 {
		if sub = d.participleAsideOf(i, trigger); sub >= 0 {
			// "complained about new U.S. sanctions, announced earlier in
			// the week, and said …": the participle's date.
			if d.tok(sub).Start <= clause.Start {
				return parley.Date{}, parley.TimeUnknown
			}
			return d.date(parley.Span{Start: clause.Start, End: d.tok(sub).Start}, trigger)
		}
	} else {
		// "did not accept the offer, although Putin agreed in a call on
		// March 3 to …": the date is the other clause's; the act's own,
		// if any, stands before the subordinator.
		if d.tok(sub).Start <= clause.Start {
			return parley.Date{}, parley.TimeUnknown
		}
		return d.date(parley.Span{Start: clause.Start, End: d.tok(sub).Start}, trigger)
	}
	if r := d.relativeClauseOf(i, trigger); r >= 0 {
		// "called off a visit that had been scheduled for Wednesday",
		// "will lift the sanctions it imposed on Monday": the date is
		// the relative clause's; the act's own, if any, stands before it.
		if d.tok(r).Start <= clause.Start {
			return parley.Date{}, parley.TimeUnknown
		}
		return d.date(parley.Span{Start: clause.Start, End: d.tok(r).Start}, trigger)
	}
	if r := d.ownRelativeAfter(i, trigger); r >= 0 {
		// "Petro, who took office in August, …, his predecessor Duque,
		// who refused to recognise Maduro": the date is the first
		// relative clause's; the trigger's own clause may tell its own.
		return d.date(parley.Span{Start: d.tok(r).Start, End: clause.End}, trigger)
	}
	if d.relativeBeforeSecondVerb(i, trigger) {
		// "accused Israel of violating the ceasefire that took effect on
		// November 27 and demanded that it withdraw": the truce's day.
		return parley.Date{}, parley.TimeUnknown
	}
	if c := d.frontedAfterDay(i, trigger); c >= 0 {
		// "After Gabriel criticised Saudi policy on 16 November, Riyadh
		// recalled its ambassador": the day is the criticism's; Riyadh's
		// own, if any, stands after the comma.
		if own, rel := d.date(parley.Span{Start: d.tok(c).End, End: max(clause.End, d.tok(trigger).End)}, trigger); own != d.in.Dates[i].Value {
			return own, rel
		}
		return parley.Date{}, parley.TimePast
	}
	if trigger >= 0 && i != when && (d.nounModifierDate(i, trigger) || d.ofNounDate(i, trigger) || d.possessiveObjectDate(i, trigger) || d.qualifyingParticipleDate(i, trigger) || d.priorDeedDate(i, trigger) ||
		d.judgedDeedDate(i, trigger) || d.causeDeedDate(i, trigger) || d.namedVisitDate(i, trigger)) || d.preparedDate(i, trigger) {
		// "condemned the 7 October attack", "the elections held in August
		// 2020", "prisoners captured after October 7": the day of what the
		// noun names, not the trigger's.
		return parley.Date{}, parley.TimeUnknown
	}
	if d.endPoint(i) && !d.whenClauseOf(i, trigger) {
		// "extended sanctions on Russia until July 31": when they end,
		// not when they were extended — but "On 21 April, X called on
		// Russia to act by noon on 22 April": the day that opens the
		// sentence.
		if trigger >= 0 {
			if f := d.frontedDate(trigger); f >= 0 && f != i && !d.endPoint(f) {
				return d.date(d.in.Dates[f].Span, -1)
			}
		}
		return parley.Date{}, parley.TimeUnknown
	}
	x := d.in.Dates[i]
	if first, ok := dayRange(x); ok && trigger >= 0 && !d.verbBetween(trigger, d.tokenAt(x.Span.Start)) {
		// "From 20 to 22 March 2023 Xi was Putin's guest", "held
		// exercises August 14 to 31": the act begins on the first day.
		return first, x.Relation
	}
	if x.Precision == parley.PrecisionYear {
		k := d.tokenAt(x.Span.Start)
		e := d.tokenAt(x.Span.End)
		// A year told relative to the paper's ("Last year, Marcos
		// visited Tokyo", "this year") needs no preposition: it can be
		// nothing but a time, and modifies no noun after it ("criticised
		// Milei last year for his remarks").
		relative := x.Anchored && relativeYears[strings.ToLower(strings.TrimSpace(x.Text))]
		modifier := !relative && e < len(d.in.Tokens) && d.tok(e).Kind == token.Word && !d.tok(e).Upper && // "the 1989 crackdown"
			!d.tok(e).Is("the", "a", "an", "both", "his", "her", "its", "their", "he", "she", "it", "they", "we") // (not "In 2018 the two countries signed")
		// A bare year far from the trigger belongs to another clause: "the
		// first sanctions since the embargo it imposed in 1989".
		far := trigger >= 0 && (k-trigger > 6 || trigger-e > 6) && !d.frontedYear(k, trigger)
		if modifier || far || !relative && (k == 0 || !d.tok(k-1).Is("in", "since", "during", "until", "by", "throughout") && !strings.HasPrefix(strings.ToLower(x.Text), "in ")) {
			return parley.Date{}, parley.TimeUnknown
		}
	}
	rel := x.Relation
	if d.laterThanTold(x, trigger) {
		// "Hours later, Ukraine struck …" after a story of today: later
		// than what was told, which is not after the paper came out.
		if d.in.Published.Before(x.Value) {
			return parley.Date{}, parley.TimePast
		}
		rel = parley.TimePast
	}
	switch {
	case x.Value.IsZero() || d.in.Published.IsZero():
	case d.in.Published.Before(x.Value):
		rel = parley.TimeFuture
	case x.Value.Before(d.in.Published) && rel == parley.TimeFuture:
		// "the next day" after a Tuesday in a Saturday's paper: later
		// than its anchor, but past all the same.
		rel = parley.TimePast
	}
	if x.Value.Precision() == parley.PrecisionYear && x.Precision != parley.PrecisionYear {
		// "in the next few weeks" straddles two months: its value is only
		// the year, which says less than nothing about when; it still
		// sets the tense, and keeps other dates away.
		if trigger >= 0 {
			d.vague[d.spanOf(trigger, trigger+1)] = true
		}
		return parley.Date{}, rel
	}
	return x.Value, rel
}

// earlierClauseFuture reports whether date i, a time after the paper came
// out, stands before ", and" and a verb at trigger told in the past or the
// present: the date is the first clause's plan.
func (d *doc) earlierClauseFuture(i, trigger int) bool {
	x := d.in.Dates[i]
	if x.Value.IsZero() || d.in.Published.IsZero() || !d.in.Published.Before(x.Value) || d.tok(trigger).End <= x.Span.Start {
		return false
	}
	a, _ := d.tokensOf(d.sentenceAround(trigger))
	c := d.commaAndBefore(trigger, a)
	if c < 0 || d.tok(c).Start < x.Span.End {
		return false
	}
	t := d.tok(trigger)
	present := t.Kind == token.Word && !t.Upper && strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss")
	return d.finiteVerbAt(trigger) || present && d.tok(trigger-1).Is("and")
}

// sinceGerundDate reports whether date i ends a phrase "since <verb>-ing
// …" that does not hold the trigger: the date of that other act.
func (d *doc) sinceGerundDate(i, trigger int) bool {
	k := d.tokenAt(d.in.Dates[i].Span.Start)
	for t := k - 1; t >= 1 && k-t <= 6; t-- {
		if d.tok(t).Is(",", ";", ".") || d.cover[t] >= 0 {
			return false
		}
		if d.tok(t).Is("since") {
			return gerundWord(d.tok(t+1)) && (trigger < t || trigger > k)
		}
	}
	return false
}

// contentDate reports whether date i stands in a "that" clause after the
// trigger whose verb is still to come: what was agreed or said, not when.
func (d *doc) contentDate(i, trigger int) bool {
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	if ds <= trigger+2 || !d.tok(trigger+1).Is("that") {
		return false
	}
	for t := trigger + 2; t < ds; t++ {
		if d.tok(t).Is("will", "would", "shall", "'ll") {
			return true
		}
	}
	return false
}

// askedActDateBefore reports whether date i stands in the infinitive of
// a request told before the trigger, which is a second verb of the same
// subject joined by "and": "urged the government to hold elections in
// December 2024 and called on all parties to …".
func (d *doc) askedActDateBefore(i, trigger int) bool {
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	if ds >= trigger || !d.finiteVerbAt(trigger) {
		return false
	}
	and := -1
	for j := trigger - 1; j > ds; j-- {
		if d.tok(j).Is("and") {
			and = j
			break
		}
		if !strings.HasSuffix(d.tok(j).Norm, "ly") && !d.tok(j).Is("also", "then", "later") {
			return false
		}
	}
	if and < 0 {
		return false
	}
	for j := ds - 1; j >= 0 && ds-j <= 12; j-- {
		t := d.tok(j)
		if t.Is(",", ";", ":") || d.finiteVerbAt(j) && !askWords[t.Norm] {
			return false
		}
		if t.Is("to") && j > 0 {
			for v := j - 1; v >= 0 && j-v <= 6; v-- {
				if askWords[d.tok(v).Norm] && d.finiteVerbAt(v) {
					return true
				}
				if d.tok(v).Is(",", ";", ":") {
					return false
				}
			}
			return false
		}
	}
	return false
}

// askedActDate reports whether date expression i, a time after the paper
// came out, stands in the infinitive of what a verb of asking in the past
// at trigger asked for, with no comma, semicolon or verb of its own
// between: "urged Mali to hold elections in February". An asking told in
// the past was not made in the future; a past day at the end ("ordered
// the ambassador to leave on Wednesday") is the asking's own.
func (d *doc) askedActDate(i, trigger int) bool {
	x := d.in.Dates[i]
	if x.Value.IsZero() || d.in.Published.IsZero() || !d.in.Published.Before(x.Value) {
		return false
	}
	insisted := d.tok(trigger).Is("insisted", "insists", "insist")
	// (or in the present of a communiqué: "The Council requests the
	// parties to begin talks no later than February")
	present := d.tok(trigger).Is("urges", "asks", "requests", "demands", "calls", "invites", "encourages", "insists") && d.cover[trigger] < 0
	if !d.finiteVerbAt(trigger) && !present || !askWords[d.tok(trigger).Norm] && !insisted && !(d.tok(trigger).Is("called", "calls") && d.tok(trigger+1).Is("on", "upon")) {
		return false
	}
	ds := d.tokenAt(x.Span.Start)
	if ds <= trigger {
		return false
	}
	if d.tok(trigger+1).Is("that") && trigger+1 < ds {
		// "insisted that the military authorities hold elections as
		// scheduled on February 27": the day the demanded act is due
		for j := trigger + 2; j < ds; j++ {
			if d.tok(j).Is(",", ";", ":") {
				return false
			}
		}
		return true
	}
	to := -1
	for j := trigger + 1; j < ds; j++ {
		if d.tok(j).Is("and") && to < 0 && (d.cover[j+1] >= 0 || d.tok(j+1).Is("the") && d.cover[j+2] >= 0) {
			continue // "requests Somalia and Ethiopia to begin …": those asked
		}
		if d.tok(j).Is(",", ";", ":", "and", "but", "which", "that", "who") {
			return false
		}
		if to < 0 && d.tok(j).Is("to") && j+1 < ds && d.tok(j+1).Kind == token.Word && !d.tok(j+1).Upper && d.cover[j+1] < 0 &&
			!d.tok(j+1).Is("the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "all", "both") {
			to = j
		}
	}
	return to >= 0
}

// frontedAfterDay returns the comma that closes a clause opening the
// sentence with "After", "Following" or "Before", with a subject and verb
// of its own and day date expression i in it, when the act at trigger
// comes after that comma and is done by someone else ("After Gabriel
// criticised Saudi policy on 16 November, Riyadh recalled …", "Before
// Blinken flew to Kyiv on Tuesday, Russia struck Kharkiv"); else -1. (A
// pronoun or a participle — "After meeting Xi on Tuesday, Biden said" —
// keeps the day.)
func (d *doc) frontedAfterDay(i, trigger int) int {
	x := d.in.Dates[i]
	if trigger < 0 || x.Precision != parley.PrecisionDay {
		return -1
	}
	a, _ := d.tokensOf(d.sentenceAround(trigger))
	ds, de := d.tokenAt(x.Span.Start), d.tokenAt(x.Span.End)
	if !d.tok(a).Is("after", "following", "before") || ds <= a+1 || de >= trigger || d.wordIn(a+1, ds, ",", ";") {
		return -1
	}
	comma := -1
	for t := de; t < trigger && comma < 0; t++ {
		if d.tok(t).Is(",") {
			comma = t
		}
	}
	sub, ok := d.mentionAt(a + 1)
	if comma < 0 || !ok {
		return -1
	}
	verb := false
	for t := d.mentionEnd(a + 1); t < ds; t++ {
		verb = verb || d.cover[t] < 0 && (d.finiteVerbAt(t) || pastForms[d.tok(t).Norm]) // ("flew")
	}
	if !verb {
		return -1
	}
	main, ok := d.mentionAt(comma + 1)
	if !ok || main.Via == parley.ViaPronoun || main.Via == parley.ViaGroup {
		return -1
	}
	for _, id := range main.Actors {
		if slices.Contains(sub.Actors, id) {
			return -1
		}
	}
	return comma
}

// verbBetween reports whether a finite verb or an infinitive stands
// between the trigger k and token e after it: "asked Beijing to defer
// the visit, then allowed it to dock from August 16 to 22" — the range
// is the docking's.
func (d *doc) verbBetween(k, e int) bool {
	for t := k + 1; t < e; t++ {
		if d.tok(t).Is("to") && t+1 < e && d.tok(t+1).Kind == token.Word && !d.tok(t+1).Upper && !d.inDate(t+1) &&
			!d.tok(t+1).Is("the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "date") || d.finiteVerbAt(t) { // ("their largest drills to date")
			return true
		}
	}
	return false
}

// talksOfMonths reports whether the noun at trigger is counted in weeks,
// months or years ("months of indirect negotiations", "two years of
// talks"): an act that lasted that long has no day of its own.
func (d *doc) talksOfMonths(trigger int) bool {
	j := trigger - 1
	for j > 0 && d.tok(j).Kind == token.Word && !d.tok(j).Upper && !d.tok(j).Is("of") && trigger-j <= 3 {
		j-- // ("months of indirect, secret negotiations")
	}
	return j > 0 && d.tok(j).Is("of") && d.tok(j-1).Is("weeks", "months", "years", "decades")
}

// dayRange returns the first day of a range of days within one month
// ("from 20 to 22 March", "May 19-21"), and whether x is one.
func dayRange(x parley.TimeExpr) (parley.Date, bool) {
	e, l := x.Earliest, x.Latest
	if x.Kind != "range" || e.Precision() != parley.PrecisionDay || l.Precision() != parley.PrecisionDay || e.Year != l.Year || e.Month != l.Month || e == l {
		return parley.Date{}, false
	}
	return e, true
}

// laterPredicateOffset returns the "and" that opens a second predicate
// between the trigger and date expression i when i counts forward from
// the time told ("… and suspended the treaty the next day", "and two
// days later expelled …"): the step after the act; else -1.
func (d *doc) laterPredicateOffset(i, trigger int) int {
	x := d.in.Dates[i]
	if trigger < 0 || x.Kind != "offset" || x.Relation != parley.TimeFuture && !strings.HasSuffix(strings.ToLower(x.Text), " later") {
		return -1
	}
	ds := d.tokenAt(x.Span.Start)
	for t := trigger + 1; t+1 < ds; t++ {
		v := t + 1
		if d.tok(v).Is("then", "later", "also") && v+1 < ds {
			v++
		}
		if d.tok(t).Is("and") && d.cover[v] < 0 && (d.finiteVerbAt(v) || pastForms[d.tok(v).Norm]) {
			return t
		}
	}
	return -1
}

// laterPredicateOf returns the "and" (or ", then") that opens, between
// the trigger and date expression i, a second predicate of the same
// subject holding the date — "blamed Pakistan and suspended the treaty
// the next day", "met Xi in Beijing and travelled to Seoul on Friday",
// "praised Bolivia and invited Arce to attend a summit in June" (an act
// asked), "accused Ruto … and called for protests next week" (a day to
// come after an act done) — or -1: the date is that predicate's only.
// (A journey moves the story to another place and day; "rammed and
// boarded the boats on Monday", "was removed and detained on Dec. 7"
// share it.)
func (d *doc) laterPredicateOf(i, trigger int) int {
	if a := d.laterPredicateOffset(i, trigger); a >= 0 || trigger < 0 || visitWords[d.tok(trigger).Norm] {
		return a
	}
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	for t := trigger + 1; t+1 < ds; t++ {
		if d.predicateAfterAnd(t, ds) && (d.travelVerbAt(d.predicateVerb(t, ds)) || undoingVerbs[d.tok(d.predicateVerb(t, ds)).Norm] && breakingVerbs[d.tok(trigger).Norm]) {
			return t // ("broke off relations during the war and restored them in February 1990": the restoring's date)
		}
		if v := d.predicateVerb(t, ds); d.predicateAfterAnd(t, ds) && !d.wordIn(trigger+1, t, "to") &&
			(askVerbs[d.tok(v).Norm] && d.wordIn(v+1, ds, "to") || d.in.Dates[i].Relation == parley.TimeFuture && (pastForms[d.tok(trigger).Norm] || d.finiteVerbAt(trigger))) {
			// "praised Bolivia and invited Arce to attend a summit in
			// June", "accused Ruto … and called for protests next
			// week": the date is of what the second verb asks or plans,
			// not of the first act.
			return t
		}
	}
	// "and on Tuesday travelled to Rome": the date opens the predicate.
	if t := ds - 1; t > trigger && d.tok(t).Is("on", "in", "at") {
		ds = t
	}
	if t := ds - 1; t > trigger && d.predicateJoin(t, trigger) && d.predicateAfterDate(i) {
		return t
	}
	return -1
}

// predicateAfterDate reports whether a verb of its own follows date
// expression i: "and on Sunday travelled to Rome", "and on Sunday signed
// a pact" (the date opens that predicate).
func (d *doc) predicateAfterDate(i int) bool {
	v := d.tokenAt(d.in.Dates[i].Span.End)
	if d.travelVerbAt(v) {
		return true
	}
	return v < len(d.in.Tokens) && d.cover[v] < 0 && (d.finiteVerbAt(v) || pastForms[d.tok(v).Norm])
}

// infinitiveTo returns the "to" of the infinitive the trigger heads, or
// the "to" of a verb of holding whose object it is ("to hold a high-level
// economic dialogue"); else -1.
func (d *doc) infinitiveTo(trigger int) int {
	if trigger >= 1 && d.tok(trigger-1).Is("to") {
		return trigger - 1
	}
	for j := trigger - 1; j >= 1 && trigger-j <= 6; j-- {
		t := d.tok(j)
		if t.Kind != token.Word || t.Upper || d.cover[j] >= 0 {
			return -1
		}
		if t.Is("hold", "open", "start", "resume", "launch", "begin", "conduct", "have") {
			if d.tok(j - 1).Is("to") {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// infinitiveOwnDate returns a date expression after the trigger, in its
// own phrase, when the trigger stands in an infinitive ("to meet") and
// the date expression i comes before that infinitive: the earlier date is
// the governing verb's ("agreed on Saturday to meet again next month").
// Else -1.
func (d *doc) infinitiveOwnDate(i int, clause parley.Span, trigger int) int {
	to := d.infinitiveTo(trigger)
	if to < 0 || d.in.Dates[i].Span.End > d.tok(to).Start {
		return -1
	}
	for j, x := range d.in.Dates {
		if x.Span.Start <= d.tok(trigger).End || !clause.Contains(x.Span) || x.Value.IsZero() {
			continue
		}
		between := d.in.Text[d.tok(trigger).End:x.Span.Start]
		if strings.ContainsAny(between, ",;") || d.finiteVerbIn(trigger+1, d.tokenAt(x.Span.Start)) || d.endPoint(j) || d.sinceDate(j) {
			return -1
		}
		return j
	}
	return -1
}

// decidedOnDay reports whether date expression i stands between a verb
// of deciding or promising and the "to" of a meeting the trigger names,
// with nothing else between: "agreed on Saturday to hold a dialogue",
// "decided Monday to meet". (A schedule's day is the act's: "is due on
// Monday to sign".)
func (d *doc) decidedOnDay(i, trigger int) bool {
	to := d.infinitiveTo(trigger)
	if to < 0 || to == trigger-1 && !d.tok(trigger).Is("meet", "visit", "travel", "talk", "hold") {
		return false // (a concession or a penalty agreed is made in the agreeing: "agreed on Thursday to suspend its offensive")
	}
	ds, de := d.tokenAt(d.in.Dates[i].Span.Start), d.tokenAt(d.in.Dates[i].Span.End)
	if de != to || ds < 1 {
		return false
	}
	v := ds - 1
	if d.tok(v).Is("on", "last", "this") {
		v--
	}
	return v >= 0 && d.tok(v).Is("agreed", "decided", "pledged", "promised", "vowed", "offered", "voted", "resolved", "undertook", "committed")
}

// subordinateClauseOf returns the subordinator ("although", "because",
// "after") that opens, between the trigger and date expression i, a
// clause with a subject and a finite verb of its own that holds the date — "…, although
// Putin agreed on March 3" — or -1. ("a day after Canada expelled …"
// counts from the clause's date and is left to daysEarlier.)
func (d *doc) subordinateClauseOf(i, trigger int) int {
	if trigger < 0 {
		return -1
	}
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	for t := trigger + 1; t < ds; t++ {
		if d.tok(t).Is("since") && d.sinceClauseBound(t, ds, i) {
			return t
		}
		if !d.tok(t).Is("although", "though", "whereas", "because", "after", "before") || strings.ContainsAny(d.in.Text[d.tok(t).End:d.in.Dates[i].Span.Start], ",;") {
			continue // (past a comma the date may be a later clause's: "…, then allowed it to dock from August 16")
		}
		if d.tok(t).Is("after", "before") && d.tok(t-1).Is("day", "days", "week", "weeks", "hour", "hours", "month", "months", "minutes", "shortly", "soon", "just", "long", "year", "years", "ever") {
			continue
		}
		for j := t + 1; j < ds && j <= t+4; j++ {
			if d.cover[j] >= 0 && d.finiteVerbIn(d.mentionEnd(j), ds) {
				return t
			}
		}
		if d.nounSubjectClause(t+1, ds) {
			return t // "recalled its ambassador after the aid worker was killed on Monday"
		}
		if d.tok(t).Is("after", "before") && t+1 < ds && gerundWord(d.tok(t+1)) {
			return t // "met King Salman, before going on to Ankara on 17 October": the going's day
		}
	}
	return -1
}

// gerundWord reports whether t is a lower-case word in "-ing" long enough
// to be a verb's: "going", "leaving", not "king".
func gerundWord(t *token.Token) bool {
	return t.Kind == token.Word && !t.Upper && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ing") &&
		!t.Is("during", "morning", "evening", "meeting", "meetings", "something", "nothing", "everything", "anything", "building", "briefing", "hearing", "signing", "ruling", "funding", "spending", "bombing", "shooting", "killing", "uprising", "fighting", "shelling", "beating", "opening", "closing", "ending")
}

// sinceClauseBound reports whether "since" at t opens a clause of a
// common noun and a verb, or a participle, that holds date expression i (starting at
// token ds) when that date is coarser than a day: "the first meeting
// since fighting erupted in mid-April" is bounded by the date, not held
// on it. (A day may be the act's: "their first talks since Milei took
// office on Monday in Brasília".)
func (d *doc) sinceClauseBound(t, ds, i int) bool {
	if t+1 >= ds || d.tok(t+1).Kind != token.Word || d.tok(t+1).Upper || d.cover[t+1] >= 0 ||
		d.in.Dates[i].Value.Precision() == parley.PrecisionDay || strings.ContainsAny(d.in.Text[d.tok(t).End:d.in.Dates[i].Span.Start], ",;") {
		return false
	}
	// "since fighting erupted in mid-April", or a participle: "his first
	// trip to China since returning to power in January"
	return d.finiteVerbIn(t+2, ds) || len(d.tok(t+1).Norm) > 5 && strings.HasSuffix(d.tok(t+1).Norm, "ing")
}

// relativeClauseOf returns the word that opens, between the verb at
// trigger and date expression i, a relative clause with a verb of its own
// that holds the date — "a visit that had been scheduled for Wednesday",
// "Muscat, which hosted the talks on Sunday", "the sanctions it imposed
// on Monday" — or -1. The clause qualifies a noun after the verb, so its
// day is that noun's. ("told reporters that …", "warned Moscow that …"
// report a statement, not a relative clause.)
func (d *doc) relativeClauseOf(i, trigger int) int {
	if trigger < 1 || !d.verbTrigger[trigger] || d.sayVerbAt(trigger) || d.tok(trigger-1).Is("a", "an", "the", "its", "their", "his", "her", "our", "this", "any", "no") {
		return -1 // (a noun: "the visit that had been scheduled for Wednesday" — its own day)
	}
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	for t := trigger + 2; t < ds; t++ {
		if d.tok(t).Is(";") || d.sayVerbAt(t) {
			return -1
		}
		if d.cover[t] >= 0 && d.namedRelativeAt(t, ds) {
			return t // "condemned the statement Mexico issued on Monday": the statement's day
		}
		if d.cover[t] >= 0 && !d.tok(t).Is("it", "they", "he", "she", "we") || !d.relativeOpener(t) {
			continue // (a pronoun resolved still opens one: "the sanctions it imposed")
		}
		for j := t + 1; j < ds && j <= t+4; j++ {
			if auxWords[d.tok(j).Norm] && d.cover[j] < 0 || d.finiteVerbAt(j) || pastForms[d.tok(j).Norm] && d.cover[j] < 0 {
				switch {
				case d.wordIn(j, min(ds, j+3), "announced", "unveiled", "confirmed", "reported", "published"):
					return -1 // "imposed sanctions that were announced on Monday": the act's own day
				case strings.ContainsAny(withoutShortAside(d.in.Text[d.tok(j).End:d.in.Dates[i].Span.Start]), ",;"):
					return -1 // "a treaty that will let …, the leaders announced on Friday": past the clause
				case d.occasionIn(trigger+1, t) && !d.wordIn(j, ds, "scheduled", "planned", "slated", "set", "due") && !reactionVerbAt(d, trigger):
					// (but "condemned the statement, which Mexico issued on Monday": what is condemned, not where)
					return -1 // "joined Biden for the summit, which he hosted on Friday": the occasion's day is the act's
				}
				return t
			}
		}
	}
	return -1
}

// ownRelativeAfter returns where ", who" or ", which" opens the relative
// clause holding the trigger when date expression i stands before it in
// another relative clause with a verb of its own: in "Petro, a former
// guerrilla who took office in August, has broken with Duque, who refused
// to recognise Maduro" August is Petro's taking office, not the refusal.
// It returns -1 otherwise.
func (d *doc) ownRelativeAfter(i, trigger int) int {
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	if trigger < 2 || ds >= trigger {
		return -1
	}
	r := -1
	for t := trigger - 1; t > ds && trigger-t <= 8; t-- {
		if d.tok(t).Is(";") {
			return -1
		}
		if d.tok(t).Is("who", "which") && d.tok(t-1).Is(",") {
			r = t
			break
		}
		if d.tok(t).Is(",") {
			return -1
		}
	}
	if r < 0 || d.relativeHolding(ds, func(t int) bool { return d.tok(t).Is("who", "which", "that") && d.relativeOpener(t) }) < 0 {
		return -1
	}
	return r
}

// relativeBeforeSecondVerb reports whether date expression i stands in
// a relative clause with a verb of its own ("the ceasefire that took
// effect on November 27") inside the predicate before the "and" that
// opens the trigger's own predicate: the date is the clause's noun's.
func (d *doc) relativeBeforeSecondVerb(i, trigger int) bool {
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	if ds >= trigger || trigger < 1 || !d.tok(trigger-1).Is("and") || !d.verbTrigger[trigger] {
		return false
	}
	return d.relativeHolding(ds, d.relativeOpener) >= 0
}

// relativeHolding returns the word that opens, as opens accepts, a
// relative clause with a verb of its own holding token ds, looking back
// at most eight words and no further than a comma; or -1.
func (d *doc) relativeHolding(ds int, opens func(int) bool) int {
	for t := ds - 1; t > 0 && ds-t <= 8; t-- {
		if d.tok(t).Is(",", ";") {
			return -1
		}
		if !opens(t) {
			continue
		}
		for j := t + 1; j < ds; j++ {
			if d.finiteVerbAt(j) || pastForms[d.tok(j).Norm] && d.cover[j] < 0 {
				return t
			}
		}
		return -1
	}
	return -1
}

// withoutShortAside returns s without one short aside set off by commas
// that opens with a preposition — "had signed, in revised form, in
// September 2019" — which does not end the clause it sits in.
func withoutShortAside(s string) string {
	a := strings.IndexByte(s, ',')
	if a < 0 {
		return s
	}
	b := strings.IndexByte(s[a+1:], ',')
	if b < 0 {
		return s
	}
	words := strings.Fields(s[a+1 : a+1+b])
	if len(words) == 0 || len(words) > 5 || !asidePrepositions[strings.ToLower(words[0])] {
		return s
	}
	return s[:a] + s[a+1+b+1:]
}

// asidePrepositions open the short asides withoutShortAside passes over.
var asidePrepositions = map[string]bool{"in": true, "at": true, "with": true, "after": true, "by": true, "under": true, "for": true}

// namedRelativeAt reports whether the name at t opens a relative clause
// with no "that" after a reaction's common noun, its past verb right
// after the name: "condemned the statement Mexico issued on Monday",
// "rejected the sanctions Washington imposed in May".
func (d *doc) namedRelativeAt(t, ds int) bool {
	if d.mentionStart(t) != t || t < 2 || !reactionVerbAt(d, t-2) && !(t >= 3 && reactionVerbAt(d, t-3) && determiners[d.tok(t-2).Norm]) {
		return false
	}
	p := d.tok(t - 1)
	e := d.mentionEnd(t)
	return e < ds && d.cover[t-1] < 0 && p.Kind == token.Word && !p.Upper && !determiners[p.Norm] && d.cover[e] < 0 &&
		(pastForms[d.tok(e).Norm] || strings.HasSuffix(d.tok(e).Norm, "ed"))
}

// relativeOpener reports whether token t opens a relative clause after a
// noun: "which" or "who" (", which" too), "that" after a common noun, or
// a subject pronoun right after a common noun ("the sanctions it imposed").
func (d *doc) relativeOpener(t int) bool {
	p := t - 1
	if d.tok(p).Is(",") && d.tok(t).Is("which", "who", "whose") {
		p--
	}
	prev := d.tok(p)
	commonNoun := d.cover[p] < 0 && prev.Kind == token.Word && !prev.Upper && !d.finiteVerbAt(p) && !auxWords[prev.Norm] && !pastForms[prev.Norm] &&
		!prev.Is("so", "such", "now", "than", "that", "which", "who", "if", "whether", "when", "because", "as", "the", "a", "an", "and", "or", "but", "not", "clear", "plain", "sure", "aware", "to", "of", "in", "on", "at", "by", "for", "with")
	named := d.cover[p] >= 0 && d.afterPreposition(p) // "a visit to Turkey that …", not "warned Moscow that …"
	switch {
	case d.tok(t).Is("which", "who", "whom", "whose"):
		return commonNoun || d.cover[p] >= 0 // ("Sudan's army, whose jets struck a market on Monday")
	case d.tok(t).Is("that"):
		return commonNoun || named
	case d.tok(t).Is("it", "they", "he", "she", "we"):
		return commonNoun && !strings.HasSuffix(prev.Norm, "ing")
	case d.tok(t).Is("where"):
		return d.tok(t - 1).Is(",") // "travelled to Amman, where he will meet … on Saturday": the place's clause
	}
	return false
}

// afterPreposition reports whether the mention covering token p follows a
// preposition: "talks with the United States".
func (d *doc) afterPreposition(p int) bool {
	m := d.cover[p]
	for p > 0 && d.cover[p-1] == m {
		p--
	}
	if p > 0 && d.tok(p-1).Is("the") {
		p-- // "with the United States"; not "warned the Kremlin"
	}
	return p > 0 && d.tok(p-1).Is("to", "with", "in", "of", "from", "for", "on", "at", "against", "between")
}

// nounSubjectClause reports whether a noun phrase opened by "the" at a
// and an auxiliary after it, before token b, make a clause: "the aid
// worker was killed", "the embassy had been attacked".
func (d *doc) nounSubjectClause(a, b int) bool {
	if a >= b || !d.tok(a).Is("the", "a", "an", "its", "their", "his", "her") {
		return false
	}
	for j := a + 2; j < b && j <= a+4; j++ {
		if d.tok(j).Kind == token.Punct {
			return false
		}
		if d.tok(j).Is("was", "were", "had", "has", "have") && d.cover[j] < 0 {
			return true
		}
	}
	return false
}

// nextClauseDate returns the comma of ", and" when date expression i,
// after the trigger, opens the clause that follows it ("…, and on 29
// September the Chancellor hosted …"), or -1.
func (d *doc) nextClauseDate(i, trigger int) int {
	if trigger < 0 {
		return -1
	}
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	for c := ds - 2; c > trigger && c >= ds-3; c-- {
		if d.tok(c).Is(",") && d.tok(c+1).Is("and", "but", "while") && d.datedClauseAt(c+2, len(d.in.Tokens)) >= 0 {
			return c
		}
	}
	return -1
}

// responsePhraseOf returns the first word of a phrase that names what
// the act at trigger answers — "in response to", "in retaliation for",
// "in reaction to", "in revenge for" — when it stands between the trigger
// and date expression i in the same stretch of the sentence, or -1.
func (d *doc) responsePhraseOf(i, trigger int) int {
	if trigger < 0 {
		return -1
	}
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	for t := trigger + 1; t+2 < ds; t++ {
		if d.tok(t).Is("in") && d.tok(t+1).Is("response", "retaliation", "reaction", "revenge", "reprisal") && d.tok(t+2).Is("to", "for") &&
			!strings.ContainsAny(d.in.Text[d.tok(t).End:d.in.Dates[i].Span.Start], ",;") {
			return t
		}
	}
	return -1
}

// frontedCountFrom reads a sentence that opens on a count from an
// occasion whose day, date expression i, the phrase gives — "A day after
// the attack on Sunday, …", "Two days before the vote on 12 May, …",
// "Days after the strike on Monday, …" — with the act after the comma
// that closes it: the day counted from i (the month for weeks; no date
// for a count the text does not give). ok is false for any other date.
func (d *doc) frontedCountFrom(i, trigger int) (parley.Date, bool) {
	x := d.in.Dates[i]
	if trigger < 0 || x.Precision != parley.PrecisionDay || x.Value.IsZero() {
		return parley.Date{}, false
	}
	a, _ := d.tokensOf(d.sentenceAround(trigger))
	k := d.tokenAt(x.Span.Start)
	if c := d.commaAfter(d.tokenAt(x.Span.End)-1, trigger); c <= 0 || k <= a {
		return parley.Date{}, false
	}
	t := k - 1
	for t > a && !d.tok(t).Is("after", "before") {
		if d.tok(t).Kind == token.Punct || k-t > 12 {
			return parley.Date{}, false
		}
		t-- // (a clause of its own counts as well: "A week after Russia invaded on 24 February, …")
	}
	if !d.tok(t).Is("after", "before") || t-1 < a {
		return parley.Date{}, false
	}
	unit := d.tok(t - 1).Norm
	count := 1
	switch {
	case t-1 == a && (unit == "days" || unit == "weeks"):
		return parley.Date{}, true // "Days after the attack on Sunday": how many is not told
	case t-2 == a && d.tok(a).Is("a", "one"):
	case t-2 == a:
		n, found := countWords[d.tok(a).Norm]
		if !found {
			v, err := strconv.Atoi(d.tok(a).Text)
			if err != nil || v < 1 || v > 60 {
				return parley.Date{}, false
			}
			n = v
		}
		count = n
	case t-1 == a && unit == "hours":
	default:
		return parley.Date{}, false
	}
	if d.tok(t).Is("before") {
		count = -count
	}
	switch unit {
	case "hours", "hour":
		return x.Value, true
	case "day", "days":
		return x.Value.AddDays(count), true
	case "week", "weeks":
		w := x.Value.AddDays(7 * count)
		return parley.Date{Year: w.Year, Month: w.Month}, true
	}
	return parley.Date{}, false
}

// aheadPhraseOf returns the first word of a phrase that names what the
// act at trigger came before — "ahead of", "before", "in the run-up to",
// "on the eve of", "prior to" — when day date expression i stands in it,
// with no verb between, and the trigger does not; else -1. A count before it
// ("two days before the vote on Sunday") is left to daysEarlier, and a
// time of day ("shortly before midnight on Sunday") is the act's own.
func (d *doc) aheadPhraseOf(i, trigger int) int {
	if trigger < 0 {
		return -1
	}
	k := d.tokenAt(d.in.Dates[i].Span.Start)
	for t := k - 1; t >= 0 && k-t <= 8 && t != trigger; t-- {
		if d.tok(t).Kind == token.Punct || d.finiteVerbAt(t) {
			return -1
		}
		var p int
		switch {
		case d.tok(t).Is("before"):
			if d.tok(t+1).Is("midnight", "dawn", "noon", "daybreak", "sunrise", "sunset", "midday") || t > 0 && d.tok(t-1).Is("shortly", "just", "hours", "minutes", "moments", "day", "days", "weeks", "week", "months", "right", "soon", "immediately") {
				return -1
			}
			if trigger > t && strings.HasSuffix(d.tok(t+1).Norm, "ing") && !d.tok(t+1).Is("meeting", "evening", "morning", "hearing", "signing", "opening", "wedding", "briefing") &&
				d.purposeAfterDate(i, trigger) {
				return -1 // "before going on to Ankara the next day for talks": a clause of its own, whose day the talks have
			}
			p = t
		case d.tok(t).Is("of") && t > 0 && d.tok(t-1).Is("ahead", "eve"):
			p = t - 1
			if d.tok(p).Is("eve") && p >= 2 && d.tok(p-1).Is("the") && d.tok(p-2).Is("on") {
				p -= 2
			}
		case d.tok(t).Is("to") && t > 0 && d.tok(t-1).Is("prior", "run-up", "lead-up", "build-up"):
			p = t - 1
			if p >= 2 && d.tok(p-1).Is("the") && d.tok(p-2).Is("in") {
				p -= 2
			}
		default:
			continue
		}
		if p <= trigger && trigger < k {
			return -1
		}
		// Only a day that plainly is the occasion's: fronted before the
		// act ("Ahead of the vote on Sunday, …") or the occasion's own
		// ("before Sunday's vote"). "met in Bali before the summit last
		// November" and "met before the summit on Tuesday" may be the
		// act's day as well.
		if d.in.Dates[i].Precision != parley.PrecisionDay || p > trigger && !d.possessiveDate(d.in.Dates[i]) {
			return -1
		}
		return p
	}
	return -1
}

// participleOfSubordinate returns the finite verb of an "after",
// "before", "because" or "as" clause that the participle at trigger
// follows, after a comma, when the date i stands before that clause, and
// the subordinator; -1, -1 otherwise.
func (d *doc) participleOfSubordinate(i, trigger int) (int, int) {
	if trigger < 2 || !strings.HasSuffix(d.tok(trigger).Norm, "ing") || !d.tok(trigger-1).Is(",") {
		return -1, -1
	}
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	if ds >= trigger {
		return -1, -1
	}
	for t := trigger - 2; t > ds && trigger-t <= 16; t-- {
		if d.tok(t).Is(",", ";") || d.quoted[t] {
			return -1, -1
		}
		if !d.tok(t).Is("after", "before", "because", "as") || d.inDate(t) {
			continue
		}
		for v := t + 1; v < trigger-1; v++ {
			if d.finiteVerbAt(v) {
				return v, t
			}
		}
		return -1, -1
	}
	return -1, -1
}

// participleAsideOf returns the comma that opens a participle set off
// after a noun between the verb at trigger and date expression i —
// "complained about sanctions on 24 officials, announced earlier in the
// week," — which dates what the noun names; or -1.
func (d *doc) participleAsideOf(i, trigger int) int {
	if trigger < 0 || !d.finiteVerbAt(trigger) {
		return -1 // (after a noun trigger — "sanctions, announced on Monday" — it dates the act)
	}
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	for c := ds - 1; c > trigger+1 && ds-c <= 6; c-- {
		if !d.tok(c).Is(",") {
			continue
		}
		p, n := d.tok(c+1), d.tok(c-1)
		participle := d.cover[c+1] < 0 && p.Kind == token.Word && !p.Upper && (strings.HasSuffix(p.Norm, "ed") || p.Is("held", "signed", "made", "sent", "taken", "given", "set", "won"))
		noun := n.Kind == token.Word && !d.inDate(c-1) && !d.finiteVerbAt(c-1)
		if participle && noun && !d.occasionIn(trigger+1, c) && d.reasonIn(trigger+1, c) {
			return c
		}
		return -1 // the nearest comma only
	}
	return -1
}

// reasonIn reports whether a preposition that opens what an act answers
// stands in tokens [a, b): "complained about new sanctions, announced …"
// (not "imposed new sanctions, announced on Monday": the act's own).
func (d *doc) reasonIn(a, b int) bool {
	return d.wordIn(a, b, "about", "over", "against", "for", "of", "at")
}

// thankedForDate reports whether date expression i stands in what a
// verb of thanks or praise at trigger is for, told by a noun's "of"
// ("on his victory in the election of 20 November") or a gerund ("for
// the support of the navy in containing the fire earlier this month").
func (d *doc) thankedForDate(i, trigger int) bool {
	if trigger < 0 {
		return false
	}
	blame := d.tok(trigger).Is("blamed", "blames", "blaming", "criticised", "criticized", "faulted")
	if !blame && !d.tok(trigger).Is("thanked", "congratulated", "praised", "commended", "hailed", "lauded") {
		return false
	}
	ds := d.tokenAt(d.in.Dates[i].Span.Start)
	open := -1
	for t := trigger + 1; t < ds && t <= trigger+12; t++ {
		if d.tok(t).Is("for", "on") {
			open = t
			break
		}
	}
	if open < 0 || strings.ContainsAny(d.in.Text[d.tok(open).End:d.in.Dates[i].Span.Start], ";") {
		return false
	}
	if d.tok(ds - 1).Is("of") {
		return true
	}
	if d.wordIn(open+1, ds, "since") {
		return true // "thanked them for their facilitation since the first summit in Luanda on 12 July": since when, not when thanked
	}
	firstAfter := true // (not "for the strike on Odesa on Tuesday at a briefing on Thursday": the second date is the blame's)
	for j, x := range d.in.Dates {
		if j != i && x.Span.Start > d.tok(open).End && x.Span.End <= d.in.Dates[i].Span.Start {
			firstAfter = false
		}
	}
	for t := open + 1; t < ds && firstAfter && blame && d.tok(ds-1).Is("in"); t++ { // (a day at the end, "… on Tuesday", is the blame's own)
		if _, deed := deedNouns[d.tok(t).Norm]; deed && d.tok(open).Is("for") || d.tok(t).Is("collapse", "failure", "breakdown", "deaths", "killing", "killings") {
			return true // "blamed Kinshasa for the collapse of peace talks in Luanda in December": the collapse's month
		}
	}
	for t := open + 1; t < ds && !blame && d.tok(ds-1).Is("in"); t++ {
		if d.tok(t).Is("transfer", "election", "elections", "re-election", "victory", "win", "inauguration", "appointment", "handover", "referendum", "accession") {
			return true // "congratulated Atta Mills on the peaceful transfer of power in January": the transfer's month
		}
	}
	for t := open + 1; t < ds; t++ {
		if d.cover[t] < 0 && d.tok(t).Kind == token.Word && !d.tok(t).Upper && strings.HasSuffix(d.tok(t).Norm, "ing") && len(d.tok(t).Norm) > 5 &&
			d.tok(t-1).Is("in", "for", "by", "on", "of") { // ("for the early warning": a noun)
			return true
		}
	}
	return false
}

// occasionIn reports whether an occasion noun stands in tokens [a, b):
// "traded barbs at their first meeting …, held in Anchorage in March"
// — the occasion's date is the act's.
func (d *doc) occasionIn(a, b int) bool {
	for t := a; t < b; t++ {
		if occasionNouns[d.tok(t).Norm] != nil {
			return true
		}
	}
	return false
}

// qualifyingParticipleDate reports whether date expression i, after the
// trigger, dates a participle that qualifies a noun: "the elections held in August
// 2020", "prisoners captured after October 7".
func (d *doc) qualifyingParticipleDate(i, trigger int) bool {
	k0 := d.tokenAt(d.in.Dates[i].Span.Start)
	if k0 <= trigger || k0 < 2 || k0-2 == trigger {
		return false
	}
	p := d.tok(k0 - 2)
	switch {
	case k0-2 > trigger && (agentParticiple[d.tok(k0-1).Norm] || d.tok(k0-1).Is("held", "signed", "won", "received")) && d.cover[k0-1] < 0 &&
		d.cover[k0-2] < 0 && p.Kind == token.Word && !p.Upper && !beForms[p.Norm] && !auxWords[p.Norm] && !strings.HasSuffix(p.Norm, "ly"):
		// "welcomed the decision announced yesterday by President
		// Ouattara": the day the decision was announced
		return true
	case d.tok(k0-1).Is("after", "before", "since", "following"):
		return p.Kind == token.Word && strings.HasSuffix(p.Norm, "ed") && d.cover[k0-2] < 0
	case d.tok(k0-1).Is("for") && p.Is("planned", "scheduled", "set", "slated", "due", "expected") && k0 >= 3 && k0-3 != trigger:
		// "the presidential election planned for January": the
		// election's month, not the act's
		n := d.tok(k0 - 3)
		return d.cover[k0-3] < 0 && n.Kind == token.Word && !n.Upper && !beForms[n.Norm] && !auxWords[n.Norm]
	case d.occasionOfOutcomeBefore(k0, trigger):
		return true
	case d.tok(k0-1).Is("in", "on") && k0 >= 3 && k0-3 != trigger:
		n := d.tok(k0 - 3) // the noun the participle qualifies
		if p.Is("held", "signed", "passed", "adopted", "received", "won", "killed", "arrested", "launched",
			"detained", "seized", "captured", "abducted", "jailed") && // ("release 11 fishermen detained on Tuesday")
			d.cover[k0-3] < 0 && n.Kind == token.Word && !n.Upper && !beForms[n.Norm] && !auxWords[n.Norm] {
			return true
		}
		return d.agentParticipleDate(k0-1, trigger)
	}
	return false
}

// occasionOfOutcomeBefore reports whether a date at k0 closes the
// occasion where something the trigger's clause talks of was reached:
// "discussed the agreements reached during the state visit of President
// Mirziyoyev to Kazakhstan last December" — the visit's month.
func (d *doc) occasionOfOutcomeBefore(k0, trigger int) bool {
	for t := k0 - 1; t > trigger+1 && k0-t <= 14; t-- {
		if d.tok(t).Kind == token.Punct || d.finiteVerbAt(t) {
			return false
		}
		if d.tok(t).Is("during", "at") {
			return outcomeParticiples[d.tok(t-1).Norm] && d.cover[t-1] < 0 && t-1 > trigger
		}
	}
	return false
}

// agentParticiple are participles that tell a deed done before what
// qualifies it: "the claim made by Beijing on 13 February", "the verdict
// handed down by a Moscow court on Tuesday". (Not "the delegation led by
// Blinken on Monday", there with the act.)
var agentParticiple = map[string]bool{"made": true, "reached": true, "issued": true, "handed": true, "adopted": true,
	"approved": true, "imposed": true, "announced": true, "conducted": true, "carried": true, "delivered": true,
	"published": true, "released": true, "taken": true, "passed": true, "signed": true, "launched": true,
	"levelled": true, "leveled": true, "voiced": true, "brokered": true, "unveiled": true, "concluded": true, "agreed": true}

// agentParticipleDate reports whether the preposition at pr, before a
// date, closes a participle with its agent that qualifies a noun after
// the trigger: "rejected the claim made by spokesman Wang Wenbin on 13
// February" — the claim's day.
func (d *doc) agentParticipleDate(pr, trigger int) bool {
	by := -1
	for t := pr - 1; t > trigger+2 && pr-t <= 8; t-- {
		if d.tok(t).Kind == token.Punct || d.finiteVerbAt(t) {
			return false
		}
		if d.tok(t).Is("by") {
			by = t
			break
		}
	}
	if by < 0 {
		return false
	}
	p := by - 1
	if d.tok(p).Is("down", "out") {
		p-- // "handed down by", "carried out by"
	}
	for t := trigger + 1; t < p; t++ {
		if d.tok(t).Is("by") {
			return false // "was attacked by drones launched by Russia on Monday": the launch is the act
		}
	}
	n := d.tok(p - 1)
	// (the noun may be a document's name: "welcomes the Ankara
	// Declaration signed by Ethiopia and Somalia on 11 December")
	return p-1 > trigger && agentParticiple[d.tok(p).Norm] && d.cover[p] < 0 &&
		(n.Kind == token.Word && (!n.Upper || d.cover[p-1] < 0 && p-2 > trigger) && !beForms[n.Norm] && !auxWords[n.Norm] || d.cover[p-1] >= 0)
}

// nounModifierDate reports whether date expression i only qualifies a
// noun other than the trigger: "condemned the 7 October attack", "its May
// 5 ruling"; before the trigger too ("condemned the 7 October attack …
// and called for the release of the hostages": no day of the call).
func (d *doc) nounModifierDate(i, trigger int) bool {
	x := d.in.Dates[i]
	st, e := d.tokenAt(x.Span.Start), d.tokenAt(x.Span.End)
	if st == trigger+1 || st < 1 || e >= len(d.in.Tokens) || e == trigger || st <= trigger && trigger <= e {
		return false
	}
	if e < trigger {
		between := d.in.Tokens[e:trigger]
		if !slices.ContainsFunc(between, func(t token.Token) bool { return t.Is(",", ";", "and") }) {
			return false // "an October news conference", "the March 2 vote … on a resolution demanding": the trigger's own phrase
		}
		if slices.ContainsFunc(between, func(t token.Token) bool { return t.Is("before", "after", "since", "until", "following", "ahead") }) {
			return false // "in an April phone call with Putin, days before his administration expelled": counted from that day
		}
	}
	n := d.tok(e)
	if d.vehicleAt(e) {
		return false // "accused the security forces in a June report": the report's month is the charge's
	}
	// (after a possessive only in the object: "dismissed the EU's June 5
	// statement", not "Trump's Oct. 11 announcement that … had reached")
	return (d.tok(st-1).Is("the", "a", "an", "its", "their", "his", "her") || st > trigger && d.possessiveAt(st-1)) && n.Kind == token.Word && !n.Upper && d.cover[e] < 0 &&
		!n.Is("and", "or", "to", "in", "on", "at", "by", "for", "of", "when", "after", "before", "as", "with", "that", "which")
}

// vehicleNouns name the paper or the words an act is told in.
var vehicleNouns = map[string]bool{"report": true, "resolution": true, "statement": true, "speech": true, "address": true,
	"letter": true, "communiqué": true, "communique": true, "interview": true, "declaration": true, "note": true, "decree": true}

// vehicleAt reports whether the noun at n is the paper or the words an
// act is told in, after "in" or "by" ("in a June report", "by its
// resolution of 22 May 2019").
func (d *doc) vehicleAt(n int) bool {
	if !vehicleNouns[d.tok(n).Norm] {
		return false
	}
	for j := n - 1; j >= 0 && n-j <= 4; j-- {
		if d.tok(j).Is("in", "by", "through") {
			return true
		}
		if d.tok(j).Is(",", ";") || d.cover[j] >= 0 && !d.tok(j).Is("its", "their", "his", "her") {
			return false
		}
	}
	return false
}

// possessiveObjectDate reports whether date expression i, after the verb
// at trigger, names in the possessive the thing the act is about:
// "welcomed Wednesday's extradition", "accused the army of rigging
// November's vote" — that thing's day. (An occasion — "hosted Monday's
// summit" — is the act's.)
func (d *doc) possessiveObjectDate(i, trigger int) bool {
	x := d.in.Dates[i]
	k := d.tokenAt(x.Span.Start)
	if trigger < 1 || k <= trigger || !d.verbTrigger[trigger] || d.tok(trigger-1).Is("a", "an", "the", "its", "their", "his", "her", "our", "this") || !d.possessiveDate(x) {
		return false
	}
	n := d.tokenAt(x.Span.End) + 1 // past the "'s"
	for n < len(d.in.Tokens) && occasionModifiers[d.tok(n).Norm] {
		n++
	}
	return n < len(d.in.Tokens) && occasionNouns[d.tok(n).Norm] == nil
}

// ofNounDate reports whether date expression i is told by "of" after a
// noun other than the trigger, which it dates: "after the coup of July
// 2023", "violated the truce of 5 March" (and "…, freezing assets" after
// it). (Times of day and stretches — "the
// night of 5 May", "the end of March" — and occasions — "at the summit
// of 12 May" — date the act.)
func (d *doc) ofNounDate(i, trigger int) bool {
	st := d.tokenAt(d.in.Dates[i].Span.Start)
	if st < 2 || st-2 == trigger || !d.tok(st-1).Is("of") {
		return false
	}
	n := d.tok(st - 2)
	if d.vehicleAt(st - 2) {
		return false // "demanded, by its resolution of 22 May 2019, …": the resolution's day is the demand's
	}
	return d.cover[st-2] < 0 && n.Kind == token.Word && !n.Upper && occasionNouns[n.Norm] == nil && !d.finiteVerbAt(st-2) &&
		!n.Is("night", "nights", "morning", "evening", "afternoon", "end", "beginning", "start", "middle", "weekend", "week", "weeks",
			"month", "months", "day", "days", "hours", "first", "half", "course", "summer", "winter", "spring", "autumn", "fall", "session",
			"part", "rest", "eve", "dawn", "early", "late", "as", "because", "out", "ahead", "instead", "one", "each",
			"period", "quarter", "year", "years", "time", "date", "hour", "minute", "minutes")
}

// participleDate returns the date of the participle clause that follows
// the clause of trigger k at ce (", sending a note to New Delhi on
// Monday"), when the clause ends there; a date that modifies a noun in it
// ("citing the May 5 attack") or an occasion it names dates that, not the
// act.
func (d *doc) participleDate(k, ce, b int) (parley.Date, parley.TimeRelation) {
	if ce+1 >= b || !d.tok(ce).Is(",") || d.cover[ce+1] >= 0 || !strings.HasSuffix(d.tok(ce+1).Norm, "ing") ||
		d.tok(ce+1).Is("following", "citing", "recalling", "marking", "ending", "including", "prompting", "during",
			"targeting", "referring", "accusing", "calling", "blaming", "describing", "noting", "pointing") || d.sayVerbAt(ce+1) {
		// "following up on their meeting in November", "saying hackers
		// breached the accounts in January": what the clause refers to or
		// reports has its own date.
		return parley.Date{}, parley.TimeUnknown
	}
	pe := d.clauseEnd(ce+1, b)
	for i := ce + 2; i < pe; i++ {
		if occasionNouns[d.tok(i).Norm] != nil {
			return parley.Date{}, parley.TimeUnknown // "…, recalling the summit in May": the summit's
		}
	}
	date, rel := d.date(d.spanOf(ce+1, pe), ce+1)
	if date.IsZero() {
		return date, rel
	}
	for _, x := range d.in.Dates {
		if x.Value != date || x.Span.Start < d.tok(ce+1).Start || x.Span.End > d.tok(pe-1).End {
			continue
		}
		if e := d.tokenAt(x.Span.End); e < pe && d.tok(e).Kind == token.Word && !d.tok(e).Upper {
			return parley.Date{}, parley.TimeUnknown
		}
	}
	return date, rel
}

// ownBeforeAttribution returns, when date expression i belongs to an
// attribution set off after the act at trigger (", the ministry said on
// Tuesday", ", Beijing announced on Friday"), a date that dates a clause
// between the trigger and that comma; -1 when i is no such date or the
// act's own phrase has none.
func (d *doc) ownBeforeAttribution(i, trigger int) int {
	comma := d.attributionComma(i, trigger)
	if comma < 0 {
		return -1
	}
	lo, hi := d.tok(trigger).Start, d.tok(comma).Start
	for j, x := range d.in.Dates {
		if x.Span.Start < lo || x.Span.End > hi || x.Value.IsZero() {
			continue
		}
		if d.possessiveDate(x) {
			continue // "after Friday night's earthquake": the earthquake's
		}
		own := true
		for t := trigger + 1; t < d.tokenAt(x.Span.Start); t++ {
			own = own && !d.tok(t).Is("after", "before", "since", "following", "until", "by", "than")
		}
		if own && !d.endPoint(j) {
			return j
		}
	}
	return -1
}

// attributionComma returns the comma that sets off the attribution
// holding date expression i after the act at trigger (", the ministry
// said on Tuesday"), or -1 when i is in no such attribution.
func (d *doc) attributionComma(i, trigger int) int {
	k := d.tokenAt(d.in.Dates[i].Span.Start)
	comma := -1
	for t := k - 1; t > trigger; t-- {
		if d.tok(t).Is(",", ";") {
			comma = t
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for t := comma + 1; t < k; t++ {
		if d.sayVerbAt(t) || d.tok(t).Is("announced", "reported", "confirmed", "disclosed") {
			return comma
		}
	}
	return -1
}

// attributedDate reports whether date is the value of a date expression
// in an attribution after the act at trigger.
func (d *doc) attributedDate(date parley.Date, trigger int) bool {
	for i, x := range d.in.Dates {
		if x.Value == date && x.Span.Start > d.tok(trigger).End && d.attributionComma(i, trigger) >= 0 {
			return true
		}
	}
	return false
}

// possessiveDate reports whether x names a noun in the possessive
// ("Tuesday's floods"), which dates that noun and not a clause.
func (d *doc) possessiveDate(x parley.TimeExpr) bool {
	after := d.in.Text[x.Span.End:]
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
}

// statementDate returns the date expression after i in the clause that
// dates the statement a charge or rebuke at trigger was made in ("in a
// statement on Monday", "at a briefing on Tuesday"), when i dates the
// deed charged before it; else -1.
func (d *doc) statementDate(i int, clause parley.Span, trigger int) int {
	if !accuseVerbs[d.tok(trigger).Norm] && !d.tok(trigger).Is("condemned", "denied", "rejected", "criticised", "criticized", "denounced") {
		return -1
	}
	at := d.in.Dates[i].Span.Start
	for j, x := range d.in.Dates {
		if x.Span.Start <= at || x.Span.End > clause.End || x.Value.IsZero() {
			continue
		}
		k := d.tokenAt(x.Span.Start)
		for t := k - 1; t > trigger && k-t <= 3; t-- {
			if d.tok(t).Is("statement", "briefing", "conference", "interview", "communique", "communiqué", "post") {
				return j
			}
		}
	}
	return -1
}

// priorDeedDate reports whether date expression i, after the act at
// trigger, names in the possessive a deed the act came after: "accepted
// offers of help after Friday night's earthquake" — the earthquake's day.
func (d *doc) priorDeedDate(i, trigger int) bool {
	k := d.tokenAt(d.in.Dates[i].Span.Start)
	return k > trigger+1 && d.possessiveDate(d.in.Dates[i]) && d.tok(k-1).Is("after", "following", "since", "before")
}

// judgedDeedDate reports whether date expression i closes a deed
// phrase that a verb of judgement at trigger takes as its object, the deed
// owned and told at length: "expressed grave concern over North Korea's
// launch of a missile over Japan on 31 August" — the day of the launch,
// not of the concern. (A short object keeps the day for the verb:
// "condemned the coup on Thursday".)
func (d *doc) judgedDeedDate(i, trigger int) bool {
	if !d.tok(trigger).Is(judgementVerbs...) || d.in.Dates[i].Value == d.in.Published {
		return false // ("condemned the launch by North Korea of a missile earlier today": judged the same day)
	}
	st := d.tokenAt(d.in.Dates[i].Span.Start)
	deed := -1 // the first deed of force in the object, before the date's last two words
	for n := trigger + 1; n < st && deed < 0; n++ {
		if n+2 < st && n <= trigger+8 && deedNouns[d.tok(n).Norm] == deedForce {
			deed = n
		}
	}
	if deed < 0 {
		return false
	}
	// ("the attack carried out by al-Shabaab on a base … on 22
	// December": the deed's doer told by a participle, no verb of a
	// clause of its own)
	told := d.tok(deed+1).Is("carried", "perpetrated", "committed", "launched", "staged", "conducted", "claimed")
	rest := deed + 1
	if told {
		rest++ // past the participle, which is no verb of a clause
	}
	if !d.oneClause(trigger+1, deed+1) || !d.oneClause(rest, st) {
		return false // the date is in another clause
	}
	return d.possessiveAt(deed-1) || d.tok(deed+1).Is("of", "by") || told
}

// causeDeedDate reports whether date expression i closes the deed a
// cause phrase after the act at trigger names, told at length: "summoned
// the Indian envoy over the killing of a youth by Indian guards on Sunday
// night" — the killing's night, not the summons'.
func (d *doc) causeDeedDate(i, trigger int) bool {
	st := d.tokenAt(d.in.Dates[i].Span.Start)
	lo := trigger + 1
	if st < trigger {
		// "conveyed concern over the detention of the crew by Vietnamese
		// authorities in February and asked Viet Nam to free them": the
		// cause of the act before is no day of the one after either
		lo = max(0, st-12)
	} else if !d.oneClause(trigger+1, st) {
		return false // the date is in another clause
	}
	for n := lo; n < st; n++ {
		if !d.tok(n).Is("over", "for") || !d.oneClause(n+1, st) {
			continue
		}
		for m := n + 1; m <= n+3 && m+2 < st; m++ {
			if deedNouns[d.tok(m).Norm] == deedForce && d.tok(m+1).Is("of", "by") {
				return true
			}
		}
	}
	return false
}

// oneClause reports whether tokens [a, b) stay in one clause: no comma,
// semicolon, conjunction, relative word or finite verb among them.
func (d *doc) oneClause(a, b int) bool {
	for n := a; n < b; n++ {
		if d.tok(n).Is(",", ";", "and", "but", "which", "that", "who") || d.finiteVerbAt(n) {
			return false
		}
	}
	return true
}

// preparedDate reports whether date expression i dates a thing being
// prepared that the trigger's object names: "discussed the preparation of
// the NATO Summit of 14 June" — the summit's day, not the talks'.
func (d *doc) preparedDate(i, trigger int) bool {
	st := d.tokenAt(d.in.Dates[i].Span.Start)
	for n := st - 1; n > trigger && st-n <= 8; n-- {
		if d.tok(n).Is(",", ";") || d.finiteVerbAt(n) {
			return false
		}
		if d.tok(n).Is("preparation", "preparations") {
			return true
		}
	}
	return false
}

// modalConjunctOf returns the "will" or "would" that opens the earlier
// predicate date expression i stands in, when the act at trigger is a
// verb in the past after "and", which goes with the saying, not with
// what is to come; else -1.
func (d *doc) modalConjunctOf(i, trigger int) int {
	st := d.tokenAt(d.in.Dates[i].Span.Start)
	if trigger < 2 || st >= trigger || !d.tok(trigger-1).Is("and") || !d.finiteVerbAt(trigger) {
		return -1
	}
	for n := st + 1; n < trigger-1; n++ {
		if d.finiteVerbAt(n) || d.tok(n).Is(",", ";") {
			return -1
		}
	}
	for n := st - 1; n >= 0 && st-n <= 15; n-- {
		if d.tok(n).Is(".", ";", ":") {
			return -1
		}
		if d.tok(n).Is("will", "would") {
			return n
		}
	}
	return -1
}

// frontedYear reports whether the year at k opens the sentence of the
// trigger after it, set off by a comma — "In 1966, the two countries and
// the United Kingdom signed the Geneva Agreement" —, which dates the
// clause however long its subject.
func (d *doc) frontedYear(k, trigger int) bool {
	a, _ := d.tokensOf(d.sentenceAround(trigger))
	return k < trigger && k-1 == a && d.tok(k-1).Is("in") && d.tok(k+1).Is(",") && !d.finiteVerbIn(k+2, trigger)
}

// namedVisitDate reports whether date expression i closes a visit whose
// "of" names the visitor, in the object of another act: "discussed the
// visit of President Prabowo to Hanoi next month" — the visit's day, not
// the discussion's.
func (d *doc) namedVisitDate(i, trigger int) bool {
	st := d.tokenAt(d.in.Dates[i].Span.Start)
	for n := st - 1; n >= 0 && n != trigger && st-n <= 12; n-- {
		if d.tok(n).Is(",", ";", ".") || d.finiteVerbAt(n) {
			return false
		}
		if d.visitOfNamed(n, st) {
			return true // (and for an act told after it: "… next month and agreed to speed up talks")
		}
	}
	return false
}

// judgementVerbs judge what another did.
var judgementVerbs = []string{"expressed", "condemned", "denounced", "deplored", "criticised", "criticized", "decried",
	"welcomed", "praised", "protested", "slammed", "voiced", "lamented", "regretted",
	// the present of a communiqué: "The Council condemns the attack
	// carried out by al-Shabaab on 22 December"
	"condemns", "denounces", "deplores", "welcomes", "commends", "expresses", "regrets"}

// rankedSince reports whether date expression i stands in a "since"
// phrase after a comma that ranks a thing against the time since ("…,
// the largest package since October 2023", "…, their second since his
// visit on February 7"), which dates nothing the sentence did; not in a
// list of what was sent ("flown supplies, a field hospital and rescue
// teams to Myanmar since March 29").
func (d *doc) rankedSince(i int) bool {
	since, ranked := d.sinceDate(i), false
	for t := d.tokenAt(d.in.Dates[i].Span.Start) - 1; t >= 0 && !d.tok(t).Is(",", ";"); t-- {
		n := d.tok(t).Norm
		since = since || d.tok(t).Is("since")
		ranked = ranked || len(n) > 4 && strings.HasSuffix(n, "est") || d.tok(t).Is("first", "second", "third", "fourth", "fifth", "only", "most", "record", "latest", "last")
	}
	return since && ranked
}

// firstSince reports whether date expression i follows "since" a few
// words after the trigger, a noun ranked as the first or the like: "the
// first meeting between Xi and Biden since November 2023", "his first
// visit to Canada since 2015".
func (d *doc) firstSince(i, trigger int) bool {
	k := d.tokenAt(d.in.Dates[i].Span.Start)
	if !d.sinceDate(i) || k <= trigger || k-trigger > 10 || trigger < 1 || d.verbTrigger[trigger] && d.finiteVerbAt(trigger) {
		return false
	}
	if !d.tok(trigger-1).Is("first", "second", "third", "last", "only", "latest") {
		return false
	}
	for t := trigger + 1; t < k; t++ {
		if d.tok(t).Is(",", ";") || d.finiteVerbAt(t) {
			return false
		}
	}
	return true
}

// sinceDate reports whether date expression i follows "since".
func (d *doc) sinceDate(i int) bool {
	k := d.tokenAt(d.in.Dates[i].Span.Start)
	return k > 0 && d.tok(k-1).Is("since") || strings.HasPrefix(strings.ToLower(d.in.Dates[i].Text), "since ")
}

// whenDateOf returns the date expression that ends right before ", when"
// opening the clause of the trigger ("in 2016, when Santos met Maduro"),
// and where "when" stands; -1, -1 when the trigger is in no such clause.
func (d *doc) whenDateOf(trigger int) (int, int) {
	w := -1
	if trigger >= 0 {
		// ("visited Kiribati on Friday and Samoa on Saturday, where he
		// held talks": the day of the place "where" stands for)
		w = d.commaClauseWord(trigger, 1, "when", "where")
	}
	if w < 0 {
		return -1, -1
	}
	for i, x := range d.in.Dates {
		if x.Span.End <= d.tok(w-1).Start && strings.TrimSpace(d.in.Text[x.Span.End:d.tok(w-1).Start]) == "" {
			return i, w
		}
	}
	return -1, -1
}

// sameCommaClause reports whether token t stands after token at with no
// comma or semicolon between them: in the stretch of clause "at" opens.
func (d *doc) sameCommaClause(t, at int) bool {
	if t < at {
		return false
	}
	for j := at; j < t; j++ {
		if d.tok(j).Is(",", ";") || d.stop(j) {
			return false
		}
	}
	return true
}

// whenClauseOf reports whether the trigger stands in a clause that date
// expression i opens with ", when": "remained shut until August, when
// Kenya lifted its ban" dates the lifting, not the shutting.
func (d *doc) whenClauseOf(i, trigger int) bool {
	e := d.tokenAt(d.in.Dates[i].Span.End)
	return d.tok(e).Is(",") && d.tok(e+1).Is("when") && trigger > e+1
}

// endPoint reports whether date expression i is an end point or a
// deadline ("until July 31", "through 2025", "by Friday"), not a time
// the act happened.
func (d *doc) endPoint(i int) bool {
	k := d.tokenAt(d.in.Dates[i].Span.Start)
	low := strings.ToLower(d.in.Dates[i].Text)
	// "by noon on 22 April", "until midnight on Friday", "by the end of
	// March": a time of day or an end before the date is still a deadline.
	if k > 0 && d.tok(k-1).Is("on", "of") {
		for j := k - 2; j >= 1 && j >= k-4 && d.tok(j).Is("noon", "midnight", "midday", "end", "close", "the", "evening", "morning", "night"); j-- {
			if d.tok(j-1).Is("until", "till", "by") {
				return true
			}
		}
	}
	return k > 0 && d.tok(k-1).Is("until", "till", "through", "by") ||
		strings.HasPrefix(low, "until ") || strings.HasPrefix(low, "till ") || strings.HasPrefix(low, "by ")
}

// reportedBetween reports whether the act at trigger is reported or
// announced after the fronted date f ("On Wednesday, the White House
// announced that Biden would host Modi …, on June 22"): the date then
// belongs to the announcing.
func (d *doc) reportedBetween(f, trigger int) bool {
	for t := d.tokenAt(d.in.Dates[f].Span.End); t < trigger; t++ {
		if d.tok(t).Is("that", "would", "will") || d.sayVerbAt(t) || d.tok(t).Is("announced", "announces") {
			return true
		}
	}
	return false
}

// namesNoun reports whether event e was told with the noun, as its
// trigger or right after it ("held talks", "hosted talks").
func (d *doc) namesNoun(e *parley.Event, noun string) bool {
	k := d.tokenAt(e.Trigger.Start)
	for i := k; i < len(d.in.Tokens) && i <= k+2; i++ {
		if sameStem(noun, d.tok(i).Norm) {
			return true
		}
	}
	return false
}

// pastLabel returns the token after a short label that opens a sentence
// at a and ends with a colon within five tokens, before token limit
// ("Editor's note:", "POLITICAL CORRESPONDENT:"); else a.
func (d *doc) pastLabel(a, limit int) int {
	for c := a; c < limit && c <= a+5; c++ {
		if d.tok(c).Is(":") {
			return c + 1
		}
	}
	return a
}

// frontedDate returns the date that opens the sentence of trigger k and
// is set off by a comma before it ("On Monday, …", "Earlier the same day,
// …"), or -1.
func (d *doc) frontedDate(k int) int {
	a, _ := d.tokensOf(d.sentenceAround(k))
	a = d.pastLabel(a, k) // "Editor's note: On Monday, …"
	for j, x := range d.in.Dates {
		s := d.tokenAt(x.Span.Start)
		e := d.tokenAt(x.Span.End)
		if s < a || s > a+2 && !d.openingOccasion(a, s) || e >= k || x.Value.IsZero() || !d.tok(e).Is(",") {
			continue
		}
		return j
	}
	return -1
}

// openingOccasion reports whether tokens [a, s) open the sentence with a
// short phrase of the occasion a date at s ends: "At her weekly briefing
// on Friday, …", "During a visit to Hanoi on Monday, …".
func (d *doc) openingOccasion(a, s int) bool {
	if s-a > 6 || !d.tok(a).Is("at", "during", "in", "after") || !d.tok(s-1).Is("on", "in") {
		return false
	}
	for i := a + 1; i < s-1; i++ {
		if d.tok(i).Kind != token.Word && d.cover[i] < 0 || d.finiteVerbAt(i) || d.tok(i).Is(",", "that") {
			return false
		}
	}
	return true
}

// preverbDate returns the date expression that stands right before the
// verb at k, with no comma between, in its sentence: "Trudeau today met
// …", "Scholz on Monday called …"; -1 when there is none.
func (d *doc) preverbDate(k int) int {
	a, _ := d.tokensOf(d.sentenceAround(k))
	for j, x := range d.in.Dates {
		s, e := d.tokenAt(x.Span.Start), d.tokenAt(x.Span.End)
		if s <= a || e > k || k-e > 1 || x.Value.IsZero() || strings.ContainsAny(d.in.Text[x.Span.End:d.tok(k).Start], ",;") {
			continue
		}
		return j
	}
	return -1
}

// dateFromCameAfter dates undated acts told in "The talks came a week
// after X met Y", "Their release came hours after …", "The visit came a
// year after …": the interval counted back from the date of the act the
// opening noun refers to, the latest dated one of its kind told before.
// Weeks, months and years give the month only. It runs once the other
// events have their dates.
func dateFromCameAfter(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || d.vague[e.Trigger] {
			continue
		}
		if date, ok := d.cameAfter(d.tokenAt(e.Trigger.Start), evs); ok {
			e.Date = date
		}
	}
}

// cameAfter dates the act at trigger k by the "came … after" that opens its
// sentence, counting back from the events evs told before.
func (d *doc) cameAfter(k int, evs []parley.Event) (parley.Date, bool) {
	a, _ := d.tokensOf(d.sentenceAround(k))
	c := -1
	for i := a + 1; i < k && i <= a+4; i++ {
		if d.tok(i).Is("came", "comes") {
			c = i
			break
		}
	}
	if c < 0 || !d.tok(a).Is("the", "their", "his", "her", "its", "this", "that") {
		return parley.Date{}, false
	}
	noun := d.tok(c - 1).Norm
	after := -1
	for i := c + 1; i < k && i <= c+6; i++ {
		if d.tok(i).Is("after", "before") {
			after = i
			break
		}
	}
	if after < 0 {
		return parley.Date{}, false
	}
	unit := d.tok(after - 1).Norm
	count := 1
	bare := after-2 <= c || d.tok(after-2).Is("came", "than", "just", "only", "some") // "came days after": how many is not said
	if bare && strings.HasSuffix(unit, "s") && unit != "hours" {
		count = -1
	} else if !bare && !d.tok(after-2).Is("a", "an", "one") {
		n, ok := countWords[d.tok(after-2).Norm]
		if !ok {
			v, err := strconv.Atoi(d.tok(after - 2).Text)
			if err != nil || v < 1 || v > 60 {
				return parley.Date{}, false
			}
			n = v
		}
		count = n
	}
	// The talks the word names, the latest told before ("Saudi Arabia
	// hosted talks in Jeddah in May 2023. The talks came three weeks
	// after …"), else the first act of the kind, the one the lead is about
	// ("The talks came …" refers to the talks, not a ceremony told in
	// between).
	var ref, named *parley.Event
	for j := range evs {
		e := &evs[j]
		if e.Trigger.Start >= d.tok(a).Start || e.Date.IsZero() || e.Status != parley.Occurred {
			continue
		}
		if ts, ok := occasionNouns[noun]; ok && !slices.Contains(ts, e.Type) {
			continue
		}
		if noun == "release" && e.Type != parley.Retreat {
			continue
		}
		if ref == nil || e.Trigger.Start < ref.Trigger.Start {
			ref = e
		}
		if d.namesNoun(e, noun) && (named == nil || e.Trigger.Start > named.Trigger.Start) {
			named = e
		}
	}
	if named != nil {
		ref = named
	}
	if ref == nil {
		ref = d.toldDayBefore(a)
	}
	if ref == nil {
		return parley.Date{}, false
	}
	sign := 1
	if d.tok(after).Is("before") {
		sign = -1
	}
	month := func(t parley.Date) parley.Date { return parley.Date{Year: t.Year, Month: t.Month} }
	if count < 0 {
		// "days after", "weeks after": the month at best, when a week or
		// two back stays in it.
		back := 7
		if strings.HasPrefix(unit, "week") {
			back = 21
		}
		if ref.Date.Precision() != parley.PrecisionDay || ref.Date.AddDays(-sign*back).Month != ref.Date.Month || !strings.HasPrefix(unit, "day") && !strings.HasPrefix(unit, "week") {
			return parley.Date{}, false
		}
		return month(ref.Date), true
	}
	switch unit {
	case "hours", "hour":
		return ref.Date, true
	case "day", "days":
		if ref.Date.Precision() != parley.PrecisionDay {
			return parley.Date{}, false
		}
		return ref.Date.AddDays(-sign * count), true
	case "week", "weeks":
		if ref.Date.Precision() != parley.PrecisionDay {
			return parley.Date{}, false
		}
		return month(ref.Date.AddDays(-sign * 7 * count)), true
	case "month", "months":
		return month(parley.DateOf(ref.Date.First().AddDate(0, -sign*count, 0))), true
	case "year", "years":
		return month(parley.DateOf(ref.Date.First().AddDate(-sign*count, 0, 0))), true
	}
	return parley.Date{}, false
}

// toldDayBefore stands in for the act an opening noun refers to when
// no dated act of the story is it — an announcement or a move coded as
// no event: "Xi will visit Russia next week, the Kremlin announced on
// Friday. The announcement came hours before the court issued a
// warrant" — the past day the nearest dated sentence of the few before
// tells, past those that only tell plans.
func (d *doc) toldDayBefore(a int) *parley.Event {
	si := d.sentenceIndex(d.tok(a).Start)
	for pi := si - 1; pi >= 0 && si-pi <= 3; pi-- {
		past, planned := parley.Date{}, false
		for j, x := range d.in.Dates {
			if !d.in.Sentences[pi].Contains(x.Span) || x.Value.IsZero() || d.in.Governing(x.Span) != j || d.possessiveDate(x) {
				continue
			}
			if x.Relation == parley.TimeFuture || d.in.Published.Before(x.Value) {
				planned = true
				continue
			}
			if x.Precision != parley.PrecisionDay || !past.IsZero() {
				return nil // (a month, or two days: which one is not clear)
			}
			past = x.Value
		}
		if !past.IsZero() {
			return &parley.Event{Date: past}
		}
		if !planned && d.datedSentence(pi) {
			return nil
		}
	}
	return nil
}

// laterThanTold reports whether x counts forward from a day told before
// ("a day later", "hours afterwards", "the next day" after "earlier this
// month") to past the publication date, or to a span that holds it,
// while the act is told in the past tense: the narrative goes on from its
// last date, which the paper did not outrun.
func (d *doc) laterThanTold(x parley.TimeExpr, trigger int) bool {
	if trigger < 0 || x.Value.IsZero() || d.in.Published.IsZero() || !d.in.Published.Before(x.Value) && x.Relation != parley.TimeFuture || d.in.Published.Before(x.Anchor) {
		return false
	}
	t := strings.ToLower(x.Text)
	later := strings.HasSuffix(t, " later") || strings.HasSuffix(t, " afterwards") || strings.HasSuffix(t, " afterward") ||
		x.Kind == "offset" && (strings.HasPrefix(t, "the next ") || strings.HasPrefix(t, "the following ") || strings.HasSuffix(t, " after")) // "struck Rafah the next day", "the day after", with no day told before
	if !later && (x.Kind != "offset" || x.Anchor.IsZero() || x.Anchor == d.in.Published) {
		return false // ("agreed to stay in contact in the coming weeks": ahead of the paper's day)
	}
	return d.pastToldAt(trigger)
}

// pastToldAt reports whether the act at trigger is told in the past
// tense: a verb in the past, or a gerund or noun after one ("responded
// days later by expelling the envoy", "issued a rebuttal the next day").
func (d *doc) pastToldAt(trigger int) bool {
	for t := trigger; t >= 0 && trigger-t <= 6; t-- {
		if d.tok(t).Is("will", "would", "to", "shall", "could", "may", "might", "must", "should", "is", "are", "be") {
			return false
		}
		if d.tok(t).Kind == token.Punct {
			return false
		}
		if n := d.tok(t).Norm; d.cover[t] < 0 && (strings.HasSuffix(n, "ed") || pastForms[n]) {
			return t == trigger || !d.tok(t-1).Is("the", "a", "an", "its", "their", "his", "her")
		}
	}
	return false
}

// pastForms are irregular past tenses of the triggers.
var pastForms = map[string]bool{"struck": true, "met": true, "held": true, "sent": true, "shot": true, "hit": true,
	"fought": true, "spoke": true, "made": true, "took": true, "gave": true, "threw": true, "beat": true, "put": true,
	"cut": true, "set": true, "broke": true, "froze": true, "overran": true, "flew": true, "withdrew": true, "drove": true,
	"told": true, "led": true, "paid": true, "sought": true, "won": true, "began": true, "laid": true, "kept": true}

// finiteVerbIn reports whether a finite verb outside any mention stands in
// tokens [a, b).
func (d *doc) finiteVerbIn(a, b int) bool {
	for t := a; t < b; t++ {
		if d.cover[t] < 0 && d.finiteVerbAt(t) {
			return true
		}
	}
	return false
}

// hoursNouns name, after "Hours before the", an act the article tells
// elsewhere; the value lists the types that can be it.
var hoursNouns = map[string][]parley.EventType{
	"truce": {parley.Agree}, "ceasefire": {parley.Agree}, "deal": {parley.Agree}, "accord": {parley.Agree}, "agreement": {parley.Agree},
	"arrival": {parley.Consult}, "visit": {parley.Consult}, "talks": {parley.Consult}, "meeting": {parley.Consult}, "summit": {parley.Consult},
	"call": {parley.Consult}, "attack": {parley.Assault}, "strike": {parley.Assault}, "strikes": {parley.Assault}, "attacks": {parley.Assault},
	"sanctions": {parley.Sanction}, "expulsion": {parley.Sanction}, "expulsions": {parley.Sanction},
}

// dateFromHoursOf dates an undated act told in a sentence that opens
// "Hours before the truce …", "Hours after the attack …" or "Within hours
// of her arrival, …" by the day of the act the noun names, the latest
// dated one of its kind told before: hours off is the same day, as the
// labels have it.
func dateFromHoursOf(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || d.vague[e.Trigger] {
			continue
		}
		types := d.hoursOpening(d.tokenAt(e.Trigger.Start))
		if types == nil {
			continue
		}
		var ref *parley.Event
		for j := range evs {
			m := &evs[j]
			if m.Evidence.Span.Start >= e.Evidence.Span.Start || m.Status != parley.Occurred || m.Date.Precision() != parley.PrecisionDay || !slices.Contains(types, m.Type) {
				continue
			}
			if ref == nil || m.Evidence.Span.Start > ref.Evidence.Span.Start {
				ref = m
			}
		}
		if ref != nil {
			e.Date = ref.Date
		}
	}
}

// hoursOpening returns the types of the act named by a sentence that
// opens "Hours before the", "Hours after his", "Within hours of her" (or
// "Minutes …") before trigger k, or nil.
func (d *doc) hoursOpening(k int) []parley.EventType {
	a, _ := d.tokensOf(d.sentenceAround(k))
	j := a
	if d.tok(j).Is("within") {
		j++
	}
	if j+3 >= k || !d.tok(j).Is("hours", "minutes") || !d.tok(j+1).Is("before", "after", "of") || !d.tok(j+2).Is("the", "his", "her", "their", "its") {
		return nil
	}
	if d.tok(j+1).Is("of") != d.tok(a).Is("within") {
		return nil
	}
	return hoursNouns[d.tok(j+3).Norm]
}

// pollWords name one vote whichever word a story uses for it.
var pollWords = map[string]bool{"vote": true, "election": true, "elections": true, "poll": true, "polls": true, "ballot": true, "referendum": true}

// dateFromDayAfterNamed dates an act told in a sentence that opens
// "The day after the vote," or "The day before the summit," by the day
// next to the one the story gave that noun in the sentences before:
// "Georgia held parliamentary elections on 26 October. … The day after
// the vote, Zourabichvili accused Georgian Dream of fraud" — 27 October.
// A count of days ("Two days after the summit,"), "the morning after"
// and "hours after" count the same way; the noun's day may be one
// that only names it ("the 20 October election", "Sunday's vote").
func dateFromDayAfterNamed(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if e.Status != parley.Occurred || d.vague[e.Trigger] || d.datedSentence(si) {
			continue // (a date the passes above took from the noun's occasion is a day off)
		}
		k := d.tokenAt(e.Trigger.Start)
		noun, n, ok := d.daysAfterOpening(k)
		if !ok || n == 0 && !e.Date.IsZero() || d.presentSimple(e) {
			continue // ("Hours after the attack": the pass for hours dated it by the act itself)
		}
		if day := d.occasionDayBefore(si, noun); !day.IsZero() && !d.in.Published.Before(day.AddDays(n)) {
			e.Date = day.AddDays(n)
		}
	}
}

// occasionDayBefore returns the day the story gave the occasion noun in
// the sentences before si, the nearest that gives one; else zero.
func (d *doc) occasionDayBefore(si int, noun string) parley.Date {
	for pi := si - 1; pi >= 0 && si-pi <= meetingWindow; pi-- {
		for _, w := range occasionWordsOf(noun) {
			if !d.mentionsWord(pi, w) && !(pollWords[w] && d.mentionsPoll(pi)) {
				continue
			}
			if day := d.nounDayIn(pi, w); !day.IsZero() {
				return day
			}
		}
	}
	return parley.Date{}
}

// occasionWords are the words a story uses by turns for one occasion:
// "fighting erupted on April 15 … in the first days of the war". (Not
// "ceasefire" for "truce": a truce agreed one day often takes hold the
// next.)
var occasionWords = [][]string{{"war", "fighting", "conflict", "invasion"}}

// occasionWordsOf returns noun and the words that name its occasion too.
func occasionWordsOf(noun string) []string {
	for _, ws := range occasionWords {
		if slices.Contains(ws, noun) {
			return ws
		}
	}
	return []string{noun}
}

// datedAfter reports whether sentence si holds a date expression past
// token k.
func (d *doc) datedAfter(si, k int) bool {
	for _, x := range d.in.Dates {
		if d.in.Sentences[si].Contains(x.Span) && x.Span.Start >= d.tok(k).End {
			return true
		}
	}
	return false
}

// dateFromFirstHoursOf dates an act told in a sentence that opens "In
// the first hours of the truce," or "In the first days of the war," by
// the day the story gave that occasion before: hours are its day, days
// its month (when a week from it stays in the month).
func dateFromFirstHoursOf(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if !e.Date.IsZero() || e.Status != parley.Occurred || d.presentSimple(e) {
			continue
		}
		a, _ := d.tokensOf(d.sentenceAround(d.tokenAt(e.Trigger.Start)))
		if d.datedAfter(si, a+7) {
			continue // (a day of its own; "the first days" itself is none)
		}
		if !d.tok(a).Is("in", "during", "within") || !d.tok(a+1).Is("the") || !d.tok(a+2).Is("first") || !d.tok(a+3).Is("hours", "days") ||
			!d.tok(a+4).Is("of") || !d.tok(a+5).Is("the", "its", "their", "his", "her") || !d.tok(a+7).Is(",") || a+7 >= d.tokenAt(e.Trigger.Start) {
			continue
		}
		day := d.occasionDayBefore(si, d.tok(a+6).Norm)
		switch {
		case day.IsZero():
		case d.tok(a + 3).Is("hours"):
			e.Date = day
		case day.AddDays(7).Month == day.Month:
			e.Date = parley.Date{Year: day.Year, Month: day.Month}
		}
	}
}

// daysAfterOpening reads the opening of the sentence around trigger k
// as "The day after the NOUN," — or "A day before", "Two days after",
// "The morning after", "Hours after his" — and returns the noun and
// the days it counts (negative before, 0 for hours).
func (d *doc) daysAfterOpening(k int) (string, int, bool) {
	a, _ := d.tokensOf(d.sentenceAround(k))
	j, n := a, 1
	if c, ok := countWords[d.tok(j).Norm]; ok {
		n = c
	} else if v, err := strconv.Atoi(d.tok(j).Text); err == nil && v > 0 && v < 15 {
		n = v
	} else if d.tok(j).Is("hours") {
		n, j = 0, j-1
	} else if !d.tok(j).Is("the", "a", "one") {
		return "", 0, false
	}
	j++
	unit := d.tok(j)
	switch {
	case n == 0:
	case n == 1 && unit.Is("day", "morning"), n > 1 && unit.Is("days"):
	default:
		return "", 0, false
	}
	if !d.tok(j+1).Is("after", "before") || !d.tok(j+2).Is("the", "his", "her", "their", "its") {
		return "", 0, false
	}
	if d.tok(j + 1).Is("before") {
		n = -n
	}
	// The noun is the last word before the comma: "the parliamentary
	// vote,", "the summit in Athens," names the summit.
	c := d.commaAfter(j+2, min(j+7, k))
	if c <= 0 {
		return "", 0, false
	}
	h := c - 1
	for t := j + 3; t < c; t++ {
		if d.tok(t).Is("in", "on", "at", "of", "with", "between") {
			h = t - 1
			break
		}
	}
	if h < j+3 || d.tok(h).Upper || d.tok(h).Kind != token.Word {
		return "", 0, false
	}
	return d.tok(h).Norm, n, true
}

// nounDayIn returns the day sentence si gives the occasion noun: a day
// that names it ("the 20 October presidential election", "Sunday's
// vote", "the vote on Sunday"), else the sentence's own day in the past.
func (d *doc) nounDayIn(si int, noun string) parley.Date {
	a, b := d.tokensOf(d.in.Sentences[si])
	for h := a; h < b; h++ {
		if d.tok(h).Norm != noun && !(pollWords[noun] && pollWords[d.tok(h).Norm]) {
			continue
		}
		for _, x := range d.in.Dates {
			if x.Precision != parley.PrecisionDay || x.Value.IsZero() || d.in.Published.Before(x.Value) || !d.in.Sentences[si].Contains(x.Span) {
				continue
			}
			s, e := d.tokenAt(x.Span.Start), d.tokenAt(x.Span.End)
			before := e <= h && h-e <= 2 && !d.wordIn(e, h, ",", ";", "and", "but")
			after := s == h+2 && d.tok(h+1).Is("on", "of")
			if before || after {
				return x.Value
			}
		}
	}
	return d.dayOfSentence(si)
}

// mentionsPoll reports whether sentence si names a vote by any of its
// words.
func (d *doc) mentionsPoll(si int) bool {
	a, b := d.tokensOf(d.in.Sentences[si])
	for j := a; j < b; j++ {
		if pollWords[d.tok(j).Norm] || d.tok(j).Is("votes", "voted") {
			return true // ("Parliament passed the bill on 21 March with only a handful of dissenting votes": the vote)
		}
	}
	return false
}

// dateFromSameDayAs dates the acts of a sentence opened by "on the same
// day that …" (or "when", "as") by the act that clause names, when the
// article told that act before on a day of its own: "Biden spoke with
// Netanyahu on Monday. … On the same day that Biden called Netanyahu,
// Egypt warned Israel": Monday, not the day told last.
func dateFromSameDayAs(d *doc, evs []parley.Event) {
	for _, x := range d.in.Dates {
		if !strings.HasSuffix(strings.ToLower(x.Text), "same day") || x.Value.IsZero() {
			continue
		}
		t := d.tokenAt(x.Span.End)
		if t >= len(d.in.Tokens) || !d.tok(t).Is("that", "when", "as") {
			continue
		}
		c := d.commaAfter(t, len(d.in.Tokens))
		if c < 0 {
			continue
		}
		named := d.namedAct(evs, t, c)
		if named == nil {
			continue
		}
		told := d.toldBefore(evs, named)
		if told == nil {
			continue
		}
		sent := d.in.Sentences[d.sentenceIndex(x.Span.Start)]
		for i := range evs {
			if e := &evs[i]; sent.Contains(e.Trigger) && e.Date == x.Value {
				e.Date = told.Date
			}
		}
	}
}

// namedAct returns the event whose trigger stands between tokens t and c.
func (d *doc) namedAct(evs []parley.Event, t, c int) *parley.Event {
	for i := range evs {
		if k := d.tokenAt(evs[i].Trigger.Start); k > t && k < c {
			return &evs[i]
		}
	}
	return nil
}

// toldBefore returns an act of e's type between e's actors told earlier
// in the article on another day.
func (d *doc) toldBefore(evs []parley.Event, e *parley.Event) *parley.Event {
	for i := range evs {
		m := &evs[i]
		if m.Trigger.Start < e.Evidence.Span.Start && m.Type == e.Type && sameActors(*m, *e) && !m.Date.IsZero() && m.Date != e.Date {
			return m
		}
	}
	return nil
}

// closedReportDate returns the date expression right after the speech
// verb ("said on Sunday") whose report ", and" closes before the trigger,
// when date expression i lies inside that report; -1 otherwise.
func (d *doc) closedReportDate(i, trigger int) int {
	if trigger < 2 || !d.tok(trigger-1).Is("and") || !d.tok(trigger-2).Is(",") {
		return -1
	}
	at := d.in.Dates[i].Span.Start
	for j, x := range d.in.Dates {
		k := d.tokenAt(x.Span.Start)
		if x.Span.Start >= at || x.Value.IsZero() || k >= trigger || x.Span.Start < d.sentenceAround(trigger).Start {
			continue
		}
		for t := k - 1; t >= 0 && k-t <= 2; t-- {
			if d.sayVerbAt(t) {
				return j
			}
		}
	}
	return -1
}

// relativeYears are the years told against the paper's own that date an
// act as surely as a year written out ("Last year, Marcos visited Tokyo");
// vaguer spans ("years afterwards") do not.
var relativeYears = map[string]bool{"last year": true, "this year": true, "next year": true, "earlier this year": true,
	"later this year": true, "the previous year": true, "the following year": true, "the year before": true,
	"the next year": true, "a year ago": true, "a year earlier": true, "a year later": true}

// dateFromLiveEntry dates an act a live blog tells, undated, in an entry
// stamped with the clock time ("17:10 — In Stockholm, Zelensky sent his
// congratulations"): the entries of a live page are of the day it
// covers. An act told as done before ("had already warned") keeps no day.
func dateFromLiveEntry(d *doc, evs []parley.Event) {
	if d.in.Published.IsZero() {
		return
	}
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || d.vague[e.Trigger] || !d.liveEntry(e.Evidence.Span) {
			continue
		}
		k := d.tokenAt(e.Trigger.Start)
		if d.wordIn(max(0, k-3), k, "had") {
			continue
		}
		e.Date = d.in.Published
	}
}

// liveEntry reports whether span lies in a live blog's entry: a
// paragraph that opens with a clock time and a dash ("17:10 — "), or one
// under such an entry's heading ("11:20 — Merkel: …") on a page with two
// entries or more.
func (d *doc) liveEntry(span parley.Span) bool {
	entries, under := 0, false
	for _, p := range d.in.Paragraphs {
		stamped := d.clockStamped(p)
		if stamped {
			entries++
		}
		if p.Contains(span) {
			if stamped {
				return true
			}
			under = entries > 0
		}
	}
	return under && entries >= 2
}

// clockStamped reports whether paragraph p opens with a clock time and a
// dash, as a live blog's entries do: "17:10 — ".
func (d *doc) clockStamped(p parley.Span) bool {
	t := d.in.Text[p.Start:min(p.End, p.Start+12)]
	n := 0
	for n < len(t) && n < 2 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n == 0 || n >= len(t) || t[n] != ':' && t[n] != '.' || n+3 > len(t) || !isDigit(t[n+1]) || !isDigit(t[n+2]) {
		return false
	}
	rest := strings.TrimLeft(t[n+3:], " ")
	if strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") {
		return true
	}
	// "06:05 GMT" alone on its line: an entry's heading, its text below
	whole := strings.TrimSpace(d.in.Text[p.Start:p.End])
	zone := strings.TrimSpace(whole[min(len(whole), n+3):])
	return len(whole) <= 12 && (zone == "" || len(zone) <= 4 && strings.ToUpper(zone) == zone)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// dateFromSectionHeading dates an act told, undated, under a heading that
// carries its day, as pages that gather several readouts do ("PM call with
// President Biden: 23 August 2021" … "The two leaders discussed the
// evacuation"). Only on a page with two such headings or more: a single
// dated heading is the page's own date line, and dating every act by it
// would guess. An act told as done before keeps no day.
func dateFromSectionHeading(d *doc, evs []parley.Event) {
	days := d.sectionDays()
	if len(days) < 2 {
		return
	}
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || d.vague[e.Trigger] {
			continue
		}
		k := d.tokenAt(e.Trigger.Start)
		if d.wordIn(max(0, k-3), k, "had", "has", "have") {
			continue
		}
		// The nearest heading before the act, dated or not, rules it.
		for pi := len(d.in.Paragraphs) - 1; pi >= 0; pi-- {
			p := d.in.Paragraphs[pi]
			if p.End > e.Evidence.Span.Start || !d.headingLine(p) {
				continue
			}
			if day, ok := days[pi]; ok {
				e.Date = day
			}
			break
		}
	}
}

// sectionDays returns the dated headings of the page by paragraph index:
// a heading whose words end with a day after a colon, a dash or an opening
// parenthesis ("PM call with President Biden: 23 August 2021"), on or
// before the paper's day — not a date line ("London, 24 August 2021").
func (d *doc) sectionDays() map[int]parley.Date {
	var days map[int]parley.Date
	for pi, p := range d.in.Paragraphs {
		if !d.headingLine(p) {
			continue
		}
		for _, x := range d.in.Dates {
			if x.Span.Start < p.Start || x.Span.End > p.End || x.Value.Precision() != parley.PrecisionDay ||
				strings.TrimRight(d.in.Text[x.Span.End:p.End], " )") != "" ||
				!d.in.Published.IsZero() && laterDay(x.Value, d.in.Published) {
				continue
			}
			before := strings.TrimSpace(d.in.Text[p.Start:x.Span.Start])
			if !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, "–") && !strings.HasSuffix(before, "—") &&
				!strings.HasSuffix(before, "-") && !strings.HasSuffix(before, "(") || len(strings.Fields(before)) < 3 {
				continue
			}
			if days == nil {
				days = map[int]parley.Date{}
			}
			days[pi] = x.Value
		}
	}
	return days
}

// headingLine reports whether paragraph p is a heading: one short line
// that no stop closes.
func (d *doc) headingLine(p parley.Span) bool {
	t := strings.TrimSpace(d.in.Text[p.Start:p.End])
	last, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && len(t) <= 120 && !strings.ContainsRune(t, '\n') && !strings.ContainsRune(".?!\"”", last)
}

// purposeAfterDate reports whether trigger follows date expression i
// closely in the same phrase, past a preposition of purpose at most:
// "… the next day for talks with Erdoğan", not "… on 1 July that Beijing
// supported him".
func (d *doc) purposeAfterDate(i, trigger int) bool {
	e := d.tokenAt(d.in.Dates[i].Span.End)
	if trigger < e || trigger-e > 3 {
		return false
	}
	for t := e; t < trigger; t++ {
		if !d.tok(t).Is("for", "to", "of", "a", "an", "the", "new", "fresh", "further", "more") {
			return false
		}
	}
	return true
}

// breakingVerbs break ties, talks or trade, and undoingVerbs take that
// back: a break and its undoing told in one sentence are two times.
var breakingVerbs = map[string]bool{"broke": true, "severed": true, "cut": true, "suspended": true, "froze": true,
	"closed": true, "expelled": true, "recalled": true, "downgraded": true, "halted": true}

var undoingVerbs = map[string]bool{"restored": true, "resumed": true, "reopened": true, "re-established": true,
	"reestablished": true, "unfroze": true, "lifted": true, "normalised": true, "normalized": true, "upgraded": true, "returned": true}

// subjectAsideDate reports whether date i lies in a participle set off
// by commas right after the subject of the verb at trigger ("Whitlam,
// elected on Saturday, met Suharto on Monday"), and returns the first
// date after the verb in its sentence, or -1 when there is none.
func (d *doc) subjectAsideDate(i, trigger int) (int, bool) {
	t := d.tokenAt(d.in.Dates[i].Span.Start)
	if t >= trigger {
		return i, false
	}
	open := -1
	for p := t - 1; p >= 0 && t-p <= 8; p-- {
		if d.tok(p).Is(",") {
			open = p
			break
		}
		if d.tok(p).Kind == token.Punct {
			return i, false
		}
	}
	if open < 1 || d.cover[open-1] < 0 || d.cover[open+1] >= 0 {
		return i, false
	}
	if w := d.tok(open + 1); w.Upper || !(strings.HasSuffix(w.Norm, "ed") || w.Is("sworn", "chosen", "re-elected")) {
		return i, false
	}
	if closeAt := d.commaAfter(t, trigger); closeAt == 0 || trigger-closeAt > 3 {
		return i, false
	}
	_, b := d.tokensOf(d.sentenceAround(trigger))
	for j, x := range d.in.Dates {
		if s := d.tokenAt(x.Span.Start); s > trigger && s < b {
			return j, true
		}
	}
	return -1, true
}
