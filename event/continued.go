package event

import (
	"strings"

	"parley"
	"parley/nlp/token"
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
	return []parley.Event{d.toldAnew(e, day, sent, d.spanOf(k, k+1), "noun:continued", v+1, b)}
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

// nextSitting returns the sitting of the talks told shortly before that a
// sentence says is to come, naming no one: "The negotiations will continue
// in Washington next month", "The next round of talks will be held in
// Brussels in June", "Talks are due to resume on May 20", "A second round
// is scheduled for next Saturday in Rome" — the same parties, planned.
func (d *doc) nextSitting(sent parley.Span, a, b int) []parley.Event {
	k := a
	for k < b && k-a <= 3 && d.tok(k).Is("the", "a", "formal", "further", "next", "new", "second", "third", "fourth", "fifth", "another") {
		k++
	}
	if k+3 >= b || !d.tok(k).Is(sittingNouns...) || k > a && d.tok(k).Is("round", "session") && !d.tok(k-1).Is("next", "new", "second", "third", "fourth", "fifth", "another", "further") {
		return nil
	}
	if d.tok(k).Is("round", "session") && d.tok(k+1).Is("of") && d.tok(k+2).Is(sittingNouns...) {
		k += 2 // "the next round of talks"
	}
	v := d.futureSittingVerb(k+1, b)
	if v < 0 || d.negatedBetween(a, b) || d.otherActorIn(a, b, "") || d.conditionIn(a, b) {
		return nil
	}
	e, ok := d.lastMeetingEvent(k)
	if !ok {
		return nil
	}
	day, _ := d.date(d.spanOf(a, b), v)
	if !day.IsZero() && !e.Date.IsZero() && !laterDay(day, e.Date) {
		return nil // (a day not after the talks told: the same sitting, or an earlier one)
	}
	e.Date = day
	e.Status = parley.Planned
	e.Evidence = parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]}
	e.Trigger = d.spanOf(k, k+1)
	e.Rule = "noun:next-sitting"
	e.Location = d.placeIn(v+1, b)
	return []parley.Event{e}
}

// sittingNouns name talks as the sittings they are held in.
var sittingNouns = []string{"talks", "negotiations", "discussions", "consultations", "round", "session"}

// futureSittingVerb returns the verb saying a sitting is to come, right
// after the noun at i ("will resume", "are due to continue", "will be
// held", "is scheduled for"), or -1.
func (d *doc) futureSittingVerb(i, b int) int {
	j := i
	switch {
	case j < b && d.tok(j).Is("will"):
		j++
	case j+2 < b && d.tok(j).Is("is", "are") && d.tok(j+1).Is("due", "set", "expected", "scheduled", "planned") && d.tok(j+2).Is("to"):
		j += 3
	case j+2 < b && d.tok(j).Is("is", "are") && d.tok(j+1).Is("scheduled", "planned", "set") && d.tok(j+2).Is("for"):
		return j + 1 // "is scheduled for next Saturday"
	default:
		return -1
	}
	if j+1 < b && d.tok(j).Is("be") && d.tok(j+1).Is("held") {
		return j + 1
	}
	if j+1 < b && d.tok(j).Is("take") && d.tok(j+1).Is("place") {
		return j + 1
	}
	if j < b && d.tok(j).Is("resume", "continue", "reconvene", "move", "open", "begin", "start") {
		return j
	}
	return -1
}

// conditionIn reports whether tokens [a, b) hold a condition: "will resume
// only if the shelling stops", "unless Hamas agrees".
func (d *doc) conditionIn(a, b int) bool {
	for i := a; i < b; i++ {
		if d.tok(i).Is("if", "unless", "provided") {
			return true
		}
	}
	return false
}

// signedAtMeeting returns the two sides of the one meeting told in the
// three sentences before k, for a pact signed in the passive with no
// signer named: "Ruto met Hassan Sheikh in Nairobi. A security agreement
// was signed at the end of the talks." None when that sentence told a
// meeting of more than one pair ("hosted his Iranian and Saudi
// counterparts"), nor for a pact signed before the meeting ("The Paris
// agreement was signed in 2015"), a year before the noun saying so ("the
// 1994 treaty").
func (d *doc) signedAtMeeting(k, a, b int) (agent, obj []string) {
	e, ok := d.lastMeetingEvent(k)
	if !ok || len(e.Participants) > 2 {
		return nil, nil
	}
	if day, _ := d.date(d.spanOf(a, b), k); !day.IsZero() && !e.Date.IsZero() && laterDay(e.Date, day) || day.Year > 0 && day.Year < e.Date.Year {
		return nil, nil
	}
	for i := a + 1; i < k; i++ {
		if d.tok(i).Kind == token.Number && len(d.tok(i).Norm) == 4 && d.tok(i-1).Is("the", "a", "its", "their") {
			return nil, nil
		}
	}
	si := d.sentenceIndex(e.Trigger.Start)
	for _, o := range d.built {
		if o.Type == parley.Consult && d.sentenceIndex(o.Trigger.Start) == si && o.Status == parley.Occurred &&
			(o.Source.ID != e.Source.ID || o.Target.ID != e.Target.ID) && !strings.Contains(o.Rule, ":companion") {
			return nil, nil
		}
	}
	return []string{e.Source.ID}, []string{e.Target.ID}
}

// toldAnew returns an event told before as sentence sent tells it again
// (talks resumed, a pull-out carried out, a penalty extended): on day,
// with this sentence for evidence, the trigger trig, the rule and the
// place named in [from, b).
func (d *doc) toldAnew(e parley.Event, day parley.Date, sent, trig parley.Span, rule string, from, b int) parley.Event {
	e.Date = day
	e.Evidence = parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]}
	e.Trigger = trig
	e.Rule = rule
	e.Location = d.placeIn(from, b)
	return e
}

// tiesRestored returns the restoring of the ties an act earlier in the
// sentence broke, told by a pronoun: "Argentina broke off diplomatic
// relations with Britain during the war and restored them in February
// 1990" — Argentina restored relations with Britain.
func (d *doc) tiesRestored(sent parley.Span, a, b int, out []parley.Event) []parley.Event {
	for k := a + 1; k+1 < b; k++ {
		if !d.tok(k).Is("restored", "re-established", "reestablished", "resumed", "normalised", "normalized") || !d.tok(k+1).Is("them") || !d.tok(k-1).Is("and") {
			continue
		}
		for _, e := range out {
			t := d.tokenAt(e.Trigger.Start)
			if e.Type != parley.Sanction || t >= k || e.Status != parley.Occurred || !d.wordIn(t+1, min(t+5, k), "relations", "ties") {
				continue
			}
			day, _ := d.date(d.spanOf(k-1, b), k)
			n := d.pairEvent(parley.Support, "054", e.Source, e.Target, day, sent, k, "verb:restored")
			return []parley.Event{n}
		}
	}
	return nil
}
