package event

import (
	"parley"
)

// extendedPenalty returns a penalty told shortly before made wider or
// longer, when the sentence names no one it falls on: "Venezuela closed
// the border on 19 August … On 7 September the closure was extended to a
// second crossing", "Beijing banned Japanese seafood … China later
// widened the ban". The extension is a new act of the same imposer on the
// same target, on the day the sentence tells.
func (d *doc) extendedPenalty(sent parley.Span, a, b int) []parley.Event {
	v, noun := d.penaltyExtension(a, b)
	if v < 0 || d.negatedBetween(a, b) || d.conditionIn(a, b) {
		return nil
	}
	e, ok := d.lastPenalty(v, noun)
	if !ok {
		return nil
	}
	if noun > v {
		// "China widened the ban": the one who widens it imposed it
		subj, _ := d.subjects(v, d.clauseStart(v, a))
		if subj != nil && !d.sameSide(subj, e.Source.ID) {
			return nil
		}
	}
	if d.otherActorIn(v+1, b, e.Source.ID) {
		return nil // "extended the ban to Polish pears": a target of its own, coded as such
	}
	day, _ := d.date(d.spanOf(a, b), v)
	if day == e.Date {
		day = parley.Date{} // the penalty told again, not a later widening of it
		if !e.Date.IsZero() {
			return nil
		}
	}
	return []parley.Event{d.toldAnew(e, day, sent, d.spanOf(v, v+1), "noun:extended", v+1, b)}
}

// extensionVerbs make a penalty wider or longer.
var extensionVerbs = []string{"extended", "expanded", "widened", "broadened", "tightened", "prolonged", "extends", "expands", "widens", "tightens"}

// penaltyExtension finds an extension verb in [a, b) and the penalty noun
// it takes, as its passive subject ("the closure was extended") or its
// object ("widened the ban"); -1, -1 when there is none.
func (d *doc) penaltyExtension(a, b int) (int, int) {
	for v := a + 1; v < b; v++ {
		if !d.tok(v).Is(extensionVerbs...) || d.tok(v-1).Is("will", "would", "could", "may", "might", "to", "be") {
			continue
		}
		n := v - 1
		for n > a && v-n <= 3 && d.tok(n).Is("was", "were", "has", "had", "have", "been", "later", "then", "also", "again", "further", "since", "subsequently") {
			n--
		}
		if n < v-1 && d.tok(v-1).Is("was", "were", "been") && d.penaltyNounAt(n) {
			return v, n
		}
		if v+2 < b && d.tok(v+1).Is("the", "its", "their", "this", "that", "these") {
			for n = v + 2; n < b && n <= v+3; n++ {
				if d.penaltyNounAt(n) {
					return v, n
				}
			}
		}
	}
	return -1, -1
}

// penaltyNounAt reports whether token i is a penalty noun told before,
// with a determiner before it: "the closure", "its ban", "the border
// closure", "the suspension".
func (d *doc) penaltyNounAt(i int) bool {
	if i < 1 || deedNouns[d.tok(i).Norm] != deedPenalty && !d.tok(i).Is("suspension", "curbs", "controls") || d.cover[i] >= 0 {
		return false
	}
	j := i - 1
	if !d.tok(j).Is("the", "its", "their", "this", "that", "these") && j > 0 && d.cover[j] < 0 && !d.tok(j).Upper {
		j-- // "the border closure"
	}
	return d.tok(j).Is("the", "its", "their", "this", "that", "these")
}

// lastPenalty returns the penalty with a target told in the three
// sentences before token k, the latest one told by the noun's own stem if
// there is one ("the closure" … "closed"), else the latest.
func (d *doc) lastPenalty(k, noun int) (parley.Event, bool) {
	here := d.sentenceIndex(d.tok(k).Start)
	penalty := func(e *parley.Event) bool {
		s := d.sentenceIndex(e.Trigger.Start)
		return s < here && here-s <= 3 && e.Type == parley.Sanction && !e.Target.IsZero() && e.Status == parley.Occurred
	}
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return penalty(e) && sameStem(d.tok(noun).Norm, d.in.Text[e.Trigger.Start:e.Trigger.End])
	})
	if e == nil {
		e = d.lastBefore(k, penalty)
	}
	if e == nil {
		return parley.Event{}, false
	}
	return *e, true
}
