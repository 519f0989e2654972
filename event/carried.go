package event

import (
	"slices"
	"strings"

	"parley"
)

// withdrawalCarriedOut returns a pull-out told shortly before, announced
// or done, that a sentence says the forces now carry out without naming
// whose they are or where from: "South Sudan will withdraw its troops from
// Heglig … The troops began pulling out on Friday morning". The same side
// leaves the same place, on the day the sentence tells.
func (d *doc) withdrawalCarriedOut(sent parley.Span, a, b int) []parley.Event {
	v := d.pullOutVerb(a, b)
	if v < 0 || d.negatedBetween(a, b) || d.conditionIn(a, b) {
		return nil
	}
	e, ok := d.lastWithdrawal(v)
	if !ok || !d.unnamedForcesBefore(a, v, e.Source.ID) || d.otherActorIn(v+1, b, e.Target.ID) {
		return nil
	}
	day, _ := d.date(d.spanOf(a, b), v)
	if e.Status == parley.Occurred && (day.IsZero() || day == e.Date) {
		return nil // the pull-out told again
	}
	e.Status = parley.Occurred
	return []parley.Event{d.toldAnew(e, day, sent, d.spanOf(v, v+1), "verb:carried-out", v+1, b)}
}

// pullOutVerb finds a verb of forces leaving, told as done, in [a, b):
// "withdrew", "began withdrawing", "pulled out", "pulling back"; -1 when
// there is none.
func (d *doc) pullOutVerb(a, b int) int {
	for v := a + 1; v < b; v++ {
		t := d.tok(v)
		out := t.Is("withdrew", "withdrawing", "retreated", "retreating") ||
			t.Is("pulled", "pulling") && v+1 < b && d.tok(v+1).Is("out", "back")
		if !out {
			continue
		}
		if t.Is("withdrawing", "retreating", "pulling") && !d.tok(v-1).Is("began", "started", "begun", "were", "are", "was", "completed", "finished") {
			return -1 // ("to begin withdrawing", "will be pulling out")
		}
		if d.tok(v-1).Is("to", "will", "would", "could", "may", "might", "should", "must") {
			return -1
		}
		return v
	}
	return -1
}

// unnamedForcesBefore reports whether [a, v) opens with forces named by a
// bare definite noun and no other actor than src's side: "The troops",
// "The last soldiers", "Its forces" (taken as src's army or not at all).
func (d *doc) unnamedForcesBefore(a, v int, src string) bool {
	i := a
	if !d.tok(i).Is("the", "its", "their") {
		return false
	}
	i++
	for i < v && d.tok(i).Is("last", "first", "remaining", "foreign", "rest", "of", "the") {
		i++
	}
	if i >= v || !d.tok(i).Is("troops", "soldiers", "forces", "units", "contingent", "peacekeepers", "fighters") {
		return false
	}
	for j := a; j < v; j++ {
		if d.cover[j] >= 0 && !slices.ContainsFunc(d.in.Mentions[d.cover[j]].Actors, func(id string) bool { return d.countryOf(id) != "" && d.countryOf(id) == d.countryOf(src) }) {
			return false
		}
	}
	return v-i <= 4
}

// lastWithdrawal returns the latest pull-out of forces with a target told
// in the three sentences before token k.
func (d *doc) lastWithdrawal(k int) (parley.Event, bool) {
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		s := d.sentenceIndex(e.Trigger.Start)
		return s < here && here-s <= 3 && e.Type == parley.Retreat && e.Mode == "withdraw" && !e.Target.IsZero() &&
			e.Status != parley.Negated && e.Status != parley.Hypothetical
	})
	if e == nil {
		return parley.Event{}, false
	}
	return *e, true
}

// blocForcesAsHelp turns troops a regional or world body sends into a
// state into help given it: "ECOWAS authorised the immediate dispatch of
// troops to Mali" deploys a mission for the state, as peacekeepers are.
// Military alliances' deployments stay build-ups, and a force sent
// against a junta or an armed group names that group as its target.
func blocForcesAsHelp(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if e.Type != parley.Mobilize || e.Mode != "troops" || !strings.HasPrefix(e.Target.ID, "state:") {
			continue
		}
		if !d.intergovernmental(e.Source.ID) || militaryAlliance(d.actors[e.Source.ID].Name) {
			continue
		}
		e.Type, e.CAMEO, e.Mode = parley.Aid, "074", ""
	}
}

// militaryAlliance reports whether a body's name is a defence pact's:
// NATO, the CSTO.
func militaryAlliance(name string) bool {
	low := strings.ToLower(name)
	return strings.Contains(low, "treaty organization") || strings.Contains(low, "treaty organisation") || strings.Contains(low, "nato")
}
