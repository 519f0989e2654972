package event

import (
	"strings"

	"parley"
)

// An accord is often named by its parties and nothing else says who
// signed it: "Minister Kamikawa welcomed the signing of the
// Japan-Philippines Reciprocal Access Agreement", "The India-UAE trade
// pact was signed on Monday". The two states the accord's name joins are
// its parties.

// accordOfNamedParties codes the accord whose signing sentence [a, b)
// tells with no signer but the states its name joins: one AGREE between
// them, unless an event of the sentence already joins them.
func (d *doc) accordOfNamedParties(sent parley.Span, a, b int, found []parley.Event) []parley.Event {
	for k := a; k < b; k++ {
		var noun int
		switch {
		case d.tok(k).Is("signing", "conclusion") && k+1 < b && d.tok(k+1).Is("of"):
			noun = d.accordNounIn(k+2, min(b, k+9))
		case d.tok(k).Is("signed", "concluded") && k > a && (beForms[d.tok(k-1).Norm] || d.tok(k-1).Is("been")) && !d.tok(k+1).Is("by", "between", "with"):
			noun = d.accordNounIn(max(a, k-8), k)
		default:
			continue
		}
		if noun < 0 {
			continue
		}
		parties := d.accordParties(noun, a)
		if parties == nil || joined(found, parties[0], parties[1]) {
			continue
		}
		cs, ce := d.clauseStart(k, a), d.clauseEnd(k, b)
		date, _ := d.date(d.spanOf(cs, ce), k)
		status := parley.Occurred
		if d.wordIn(cs, k, "will", "would", "to", "could", "may", "might") {
			status = parley.Planned // "is to be signed", "will be signed"
		}
		if d.negatedBetween(cs, k) {
			status = parley.Negated
		}
		x, y := d.ref(parties[0]), d.ref(parties[1])
		return []parley.Event{{
			Type: parley.Agree, Status: status, Date: date, CAMEO: "057",
			Source: x, Target: y, Participants: []parley.ActorRef{x, y},
			Evidence:   parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]},
			Trigger:    d.spanOf(k, k+1),
			Rule:       "noun:accord-parties",
			Location:   d.placeIn(k+1, ce),
			Confidence: 0.7,
		}}
	}
	return nil
}

// accordNounIn returns the first accord noun in tokens [from, to), or -1.
func (d *doc) accordNounIn(from, to int) int {
	for i := from; i < to; i++ {
		if objectNoun(d.tok(i).Norm, accords) {
			return i
		}
		if d.stop(i) {
			return -1
		}
	}
	return -1
}

// accordParties returns the two states a compound adjective names in the
// few words before the accord noun at n ("the Japan-Philippines
// Reciprocal Access Agreement"), or nil.
func (d *doc) accordParties(n, a int) []string {
	for i := n - 1; i >= a && i >= n-5; i-- {
		if d.cover[i] < 0 {
			if d.tok(i).Upper || adjectiveLike(d.tok(i)) || d.tok(i).Is("trade", "security", "defence", "defense", "peace", "border", "investment") {
				continue
			}
			return nil
		}
		m := d.in.Mentions[d.cover[i]]
		if m.Via != parley.ViaAdjective || len(m.Actors) != 2 || !strings.HasPrefix(m.Actors[0], "state:") || !strings.HasPrefix(m.Actors[1], "state:") {
			return nil
		}
		return m.Actors
	}
	return nil
}

// joined reports whether an event of evs has x and y as its two sides,
// either way round.
func joined(evs []parley.Event, x, y string) bool {
	return covered(evs, x, y) || covered(evs, y, x)
}
