package event

import (
	"strings"

	"parley"
)

// continuedTalks returns the further sitting of the talks told shortly
// before, when a sentence tells they went on or followed on another day
// without naming who took part: "Talks opened in Geneva on Monday. Talks
// continued on Wednesday." — the same parties met again that day.
func (d *doc) continuedTalks(sent parley.Span, a, b int) []parley.Event {
	k := a
	for k < b && k-a <= 3 && d.tok(k).Is("the", "formal", "further", "technical", "closed-door", "informal") {
		k++
	}
	if k+2 >= b || !d.tok(k).Is("talks", "negotiations", "discussions", "consultations") {
		return nil
	}
	v := k + 1
	if d.tok(v).Is("between") {
		for v < b && v-k <= 6 && d.cover[v] < 0 && !d.finiteVerbAt(v) {
			v++ // "Formal negotiations between the delegations followed": no one named
		}
	}
	if v >= b || !d.tok(v).Is("continued", "resumed", "followed", "reconvened") || d.negatedBetween(a, b) {
		return nil
	}
	e, ok := d.lastMeetingEvent(k)
	if !ok {
		return nil
	}
	day, _ := d.date(d.spanOf(a, b), v)
	if day.IsZero() || day == e.Date || day.Day == 0 || !e.Date.IsZero() && laterDay(e.Date, day) {
		return nil // the same sitting, a day not told, or one before the talks began
	}
	e.Date = day
	e.Evidence = parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]}
	e.Trigger = d.spanOf(k, k+1)
	e.Rule = "noun:continued"
	e.Location = d.placeIn(v+1, b)
	return []parley.Event{e}
}

// lastMeetingEvent returns the meeting of two or more parties told first
// in the latest of the three sentences before token k that tells one: the
// talks rather than the arrival ("arrived in Moscow and held talks with
// Putin"), the main pair rather than a companion coded after it.
func (d *doc) lastMeetingEvent(k int) (parley.Event, bool) {
	here := d.sentenceIndex(d.tok(k).Start)
	found, at := -1, -1
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		s := d.sentenceIndex(e.Trigger.Start)
		if here-s > 3 || found >= 0 && s != at {
			break
		}
		if s < here && e.Type == parley.Consult && !e.Target.IsZero() && e.Status == parley.Occurred {
			if found < 0 || !strings.Contains(e.Rule, "visit") && !strings.Contains(e.Rule, ":companion") {
				found, at = j, s
			} else if f := d.built[found].Rule; strings.Contains(f, "visit") || strings.Contains(f, ":companion") {
				found = j
			}
		}
	}
	if found < 0 {
		return parley.Event{}, false
	}
	return d.built[found], true
}

// laterDay reports whether x falls after y, by year, month and day.
func laterDay(x, y parley.Date) bool {
	if x.Year != y.Year {
		return x.Year > y.Year
	}
	if x.Month != y.Month {
		return x.Month > y.Month
	}
	return x.Day > y.Day
}
