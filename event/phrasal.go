package event

import (
	"parley"
	"parley/nlp/token"
)

// Acts told with a particle or a fixed phrase after a common verb, which
// the verb alone does not name: "forced out President Condé", "pushed aside
// the interim president", "reached out to Seoul", "nominated Trump for the
// Nobel Peace Prize".

// ousted accepts a leader put out of power: "forced out President Condé",
// "pushed the interim president aside", "drove Morsi from power", "removed
// Bazoum from office" (a chamber doing that unseats him: unseated). The
// object is a person named within four words; the particle or "from
// power (office)" follows within eight.
func ousted(d *doc, k int) bool {
	if !doneNotPlotted(d, k) || d.passive(k) || d.chamberNear(k) {
		return false
	}
	n := len(d.in.Tokens)
	m, ok := objectMention(d, k)
	ids := m.Actors
	if j := k + 1; (!ok || d.tokenAt(m.Span.Start) > k+2) && j+1 < n && d.tok(j).Is("aside", "out") {
		if len(d.roleApposition(j+1, d.clauseEnd(k, n))) == 1 {
			return true // "pushed aside the interim president, Bah Ndaw"
		}
	}
	if !ok || len(ids) != 1 || d.actors[ids[0]] == nil || d.actors[ids[0]].Kind != parley.Person {
		return false
	}
	for i := k + 1; i < n && i <= k+8; i++ {
		if d.stop(i) || d.tok(i).Is(",", "to", "and") {
			return false // "forced him to resign" is another act
		}
		if d.tok(i).Is("aside", "out") {
			return true
		}
		if d.tok(i).Is("from") && i+1 < n && d.tok(i+1).Is("power", "office") {
			return true
		}
	}
	return false
}

// contacted accepts a verb of contact with an actor as its object, in the
// active: "Moscow had not contacted Helsinki", "will contact Seoul"; not
// the noun ("the highest-level contact between the two countries",
// "intensive contacts") nor "when contacted by Reuters".
func contacted(d *doc, k int) bool {
	verb := d.tok(k).Is("contacted", "contacting") || k > 0 && (auxWords[d.tok(k-1).Norm] || d.tok(k-1).Is("to", "not"))
	return verb && !d.passive(k) && actorObject(d, k)
}

// reachedOut accepts "reached out to" an actor: "Tokyo reached out to Seoul".
func reachedOut(d *doc, k int) bool {
	n := len(d.in.Tokens)
	return k+2 < n && d.tok(k+1).Is("out") && d.tok(k+2).Is("to") && !d.passive(k)
}

// nominatedForPrize accepts a nomination for a prize or an award:
// "nominated Trump for the Nobel Peace Prize", not "nominated him as
// ambassador" (an appointment).
func nominatedForPrize(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+10; i++ {
		if d.stop(i) {
			return false
		}
		if d.tok(i).Is("for") {
			for j := i + 1; j < n && j <= i+5; j++ {
				if d.tok(j).Is("prize", "award", "nobel", "medal") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// deedRelativeVerb returns the verb that carried out the deed a relative
// clause at k hangs on — "led a coup in September 2021 that toppled
// President Condé", "launched an airstrike that killed the commander" —
// whose subject did what the relative tells, and that verb's clause
// start; or -1. The relative opens the clause cs, so the deed lies
// before it.
func (d *doc) deedRelativeVerb(k, cs int) (int, int) {
	j := k - 1
	for j >= cs && (auxWords[d.tok(j).Norm] || d.tok(j).Is("reportedly", "allegedly", "eventually")) {
		j--
	}
	if j < 1 || j < cs-1 || !d.tok(j).Is("that", "which") {
		return -1, -1
	}
	a, _ := d.tokensOf(d.sentenceAround(j))
	p := j - 1
	if d.tok(p).Is(",") {
		p--
	}
	for p > a && d.dateWordBefore(p) {
		p-- // "a coup in September 2021 that …"
	}
	if p <= a || !relativeDeeds[d.tok(p).Norm] {
		return -1, -1
	}
	for v := p - 1; v >= a && p-v <= 5; v-- {
		t := d.tok(v)
		if t.Kind != token.Word || t.Is("that", "which", "who", "and") {
			return -1, -1
		}
		if deedLightVerbs[t.Norm] && d.cover[v] < 0 {
			return v, d.clauseStart(v, a)
		}
	}
	return -1, -1
}

// relativeDeeds are deeds done by force that a relative clause goes on
// to tell the outcome of.
var relativeDeeds = map[string]bool{"coup": true, "putsch": true, "strike": true, "strikes": true, "airstrike": true,
	"airstrikes": true, "attack": true, "attacks": true, "raid": true, "raids": true, "offensive": true,
	"assault": true, "bombardment": true, "operation": true, "incursion": true, "invasion": true, "barrage": true}

// deedLightVerbs carry out a deed named by its noun: "staged a coup",
// "carried out a raid", "launched an offensive".
var deedLightVerbs = map[string]bool{"led": true, "staged": true, "launched": true, "mounted": true, "carried": true,
	"conducted": true, "ordered": true, "waged": true, "unleashed": true, "began": true, "started": true,
	"executed": true, "lead": true, "stage": true, "launch": true, "mount": true, "carry": true, "conduct": true}

// informedOf accepts an actor told of something as the object: "informed
// Germany of its decision", "notified Seoul that …", "had not informed
// Washington before the raid" — not "informed sources" nor "was notified
// by".
func informedOf(d *doc, k int) bool {
	e := d.informedEnd(k)
	if e > 0 && d.tok(e).Is("of") && (d.cover[e+1] >= 0 || d.tok(e+1).Is("the") && d.cover[e+2] >= 0) {
		return false // "informed the foreign ministers of the EU member states about …": whose ministers
	}
	return e > 0 && d.tok(e).Is("of", "about", "that", "before", "beforehand") // ("had not informed Washington before the raid")
}

// toldOfDecision accepts "told X of (about) their decision (plans)": an
// act made known to X, not a quotation's "told X that …".
func toldOfDecision(d *doc, k int) bool {
	e := d.informedEnd(k)
	if e <= 0 || !d.tok(e).Is("of", "about") {
		return false
	}
	for j := e + 1; j < len(d.in.Tokens) && j <= e+3; j++ {
		if d.tok(j).Is("decision", "decisions", "plan", "plans", "intention", "intentions", "move") {
			return true
		}
	}
	return false
}

// informedEnd returns the token after the actor right after the verb at
// k, in the active, or -1.
func (d *doc) informedEnd(k int) int {
	if d.passive(k) || !notNoun(d, k) || k+1 >= len(d.in.Tokens) {
		return -1
	}
	i := k + 1
	if d.looseThe(i) {
		i++
	}
	if _, ok := d.mentionAt(i); !ok {
		return -1
	}
	return d.mentionEnd(i)
}
