package event

import "parley"

// dateFromSequenceCue dates an undated act whose clause places it right
// after, or just before, what was told before it — "hours after the
// vote", "within hours of the news", "soon after", "the same day" — by
// the date of the nearest of the six sentences before that gives one;
// "within days" says only the month. "then" and "later" say less: the
// act must share a side with what it follows ("Blinken met Wang Yi on
// Monday. Macron then received Scholz" is a roundup, not a sequence),
// and "later" keeps the day only in news of the day ("Modi later visited
// Egypt" after a visit a year before may be months on).
func dateFromSequenceCue(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || d.vague[e.Trigger] || d.perfectBefore(e) || d.presentBefore(e) {
			continue
		}
		a, _ := d.tokensOf(e.Evidence.Span)
		cue, ok := d.sequenceCue(a, d.tokenAt(e.Trigger.Start))
		if !ok {
			continue
		}
		date, anchor := d.dateToldBefore(evs, e, 6)
		switch {
		case date.IsZero(), cue.shared && !d.sharesSide(anchor, e):
			continue
		case cue.month && date.Precision() == parley.PrecisionDay:
			date.Day = 0
		case cue.newsOnly && !d.dayOfTheNews(date):
			continue
		}
		e.Date = date
	}
}

// sequence is how a cue places an act after the one told before it: on
// its day, or in its month (month: "within days"); shared when the cue
// ties the two only if they share a side ("then", "later"); newsOnly when
// it keeps the day only for news of the day ("later"). (Counts — "three
// days later" — are the time expressions' to resolve.)
type sequence struct {
	month, shared, newsOnly bool
}

// sequenceCue finds, in the words of the trigger's clause before it (from
// a, the sentence's first token, to k), a cue that places its act in
// sequence with another: "then asked", "hours after", "within days".
func (d *doc) sequenceCue(a, k int) (sequence, bool) {
	for j := k - 1; j >= a; j-- {
		t := d.tok(j)
		if t.Is(";") || t.Is("and", "but", "while") && d.tok(j-1).Is(",") {
			break // (the clause before the trigger's: "broke off relations the same day, and it later asked …")
		}
		next := d.tok(j + 1)
		switch {
		case t.Is("afterwards", "afterward", "thereafter", "subsequently") && !d.tok(j-1).Is("years", "months", "weeks", "decades", "long"),
			t.Is("hours", "minutes") && next.Is("after", "later", "before") && !d.timeOfDay(j+2),
			t.Is("within") && (next.Is("hours", "minutes", "moments") || next.Is("an", "the") && d.tok(j+2).Is("hour")),
			t.Is("shortly", "soon", "immediately") && next.Is("after", "afterwards", "before") && !d.timeOfDay(j+2),
			t.Is("same") && d.tok(j-1).Is("the") && next.Is("day", "announcement", "statement", "evening", "afternoon", "morning"):
			return sequence{}, true
		case t.Is("then") && !d.tok(j-1).Is(",") && !next.Upper && next.Norm != "":
			return sequence{shared: true}, true // (not "then President Megawati", nor the aside ", then in his third term")
		case t.Is("later") && !d.tok(j-1).Is(",") && !next.Upper && next.Norm != "" && !next.Is("this", "that", "in", "on", "than"):
			return sequence{shared: true, newsOnly: true}, true
		case t.Is("within") && next.Is("days"):
			return sequence{month: true}, true
		}
	}
	return sequence{}, false
}

// timeOfDay reports whether token i names a time rather than an act:
// "shortly before midnight", "hours before dawn on Sunday".
func (d *doc) timeOfDay(i int) bool {
	return d.tok(i).Is("midnight", "noon", "dawn", "dusk", "sunrise", "sunset", "daybreak") || d.inDate(i)
}

// dateToldBefore returns the date of the nearest of the n sentences
// before e's that gives one — the date of its last dated act, or else
// the date it is told on, if that is not after the paper's day — and the
// span of what gave it: the act's evidence, or the sentence.
func (d *doc) dateToldBefore(evs []parley.Event, e *parley.Event, n int) (parley.Date, anchor) {
	si := d.sentenceIndex(e.Evidence.Span.Start)
	for p := si - 1; p >= 0 && p >= si-n; p-- {
		var last *parley.Event
		for j := range evs {
			m := &evs[j]
			if !m.Date.IsZero() && m.Status == parley.Occurred && d.sentenceIndex(m.Evidence.Span.Start) == p && (last == nil || m.Trigger.Start > last.Trigger.Start) {
				last = m
			}
		}
		if last != nil {
			return last.Date, anchor{act: last, span: d.in.Sentences[p]}
		}
		if d.in.Governing == nil {
			continue
		}
		if g := d.in.Governing(d.in.Sentences[p]); g >= 0 {
			x := d.in.Dates[g]
			if !d.toldAsPast(x) {
				return parley.Date{}, anchor{}
			}
			return x.Value, anchor{span: d.in.Sentences[p]}
		}
	}
	return parley.Date{}, anchor{}
}

// anchor is what an act told in sequence follows: an act, or else only
// the sentence that gave the date.
type anchor struct {
	act  *parley.Event
	span parley.Span
}

// sharesSide reports whether e has a side in what it follows: in the act,
// or named in the sentence.
func (d *doc) sharesSide(an anchor, e *parley.Event) bool {
	if an.act != nil {
		return d.anyTakesPart(an.act, e)
	}
	return d.sideNamedIn(an.span, e.Source.ID) || d.sideNamedIn(an.span, e.Target.ID)
}
