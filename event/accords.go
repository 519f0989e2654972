package event

import (
	"slices"
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

// talksOfAccord adds the meeting an accord told before was reached at,
// when the text names it only through the accord: "Iwaya and Wang Yi
// agreed on Saturday to hold an economic dialogue. The agreement came
// during talks in Tokyo." The talks are the accord's two parties', on its
// day, where the sentence says; a meeting already coded between them
// takes the place instead.
func talksOfAccord(d *doc, evs []parley.Event) []parley.Event {
	for si, sent := range d.in.Sentences {
		a, b := d.tokensOf(sent)
		noun := d.accordMetAt(a, b)
		if noun < 0 {
			continue
		}
		var acc *parley.Event
		for i := range evs {
			e := &evs[i]
			if e.Type == parley.Agree && e.Status == parley.Occurred && !e.Target.IsZero() && e.Evidence.Span.End <= sent.Start &&
				si-d.sentenceIndex(e.Evidence.Span.Start) <= 2 {
				acc = e
			}
		}
		if acc == nil {
			continue
		}
		place := d.placeIn(noun+1, min(noun+5, b))
		held := false
		for i := range evs {
			e := &evs[i]
			if e.Type == parley.Consult && e.Status == parley.Occurred && samePair(*e, *acc) {
				held = true
				if e.Location == nil {
					e.Location = place
				}
			}
		}
		if held {
			continue
		}
		m := *acc
		m.Type, m.CAMEO, m.Mode, m.Status = parley.Consult, "040", "", parley.Occurred
		m.Location, m.Medium = place, ""
		if place != nil {
			m.Medium = parley.InPerson
		}
		m.Evidence = parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]}
		m.Trigger, m.Rule = d.spanOf(noun, noun+1), "noun:talks-of-accord"
		evs = append(evs, m)
	}
	return evs
}

// accordMetAt returns the meeting noun of a sentence in [a, b) that says
// where the accord it opens with was reached: "The agreement came during
// talks in Tokyo", "The deal was reached at a meeting in Doha". Else -1.
func (d *doc) accordMetAt(a, b int) int {
	i := a
	if i < b && d.tok(i).Is("the", "this", "that") {
		i++
	}
	if i >= b || !slices.Contains(accords, d.tok(i).Norm) && !d.tok(i).Is("truce", "ceasefire") {
		return -1
	}
	for j := i + 1; j+1 < b && j <= i+5; j++ {
		if !d.tok(j).Is("during", "at") {
			continue
		}
		n := j + 1
		for n < b && n <= j+3 && d.tok(n).Is("the", "a", "their", "two-day", "bilateral", "direct") {
			n++
		}
		if n < b && d.tok(n).Is("talks", "meeting", "summit", "negotiations") {
			return n
		}
		return -1
	}
	return -1
}
