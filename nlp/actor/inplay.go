package actor

import (
	"slices"
	"strings"

	"parley"
	"parley/kb"
	"parley/nlp/token"
)

// governmentsActingOnThemselves gives a bare "the government", "the
// authorities" or "the regime" that opens its sentence and acts right on
// the very state it was resolved to ("China imposed duties on Vietnamese
// steel … The government accused Beijing of dumping") to the other state
// in play, or leaves it unresolved when there is none.
func (d *doc) governmentsActingOnThemselves() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if len(m.Actors) != 1 || m.Via == parley.ViaName || m.Via == parley.ViaAdjective {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind != parley.State {
			continue
		}
		if k, ok := genericNouns[strings.ToLower(m.Text)]; !ok || k != asState {
			continue
		}
		i := d.tokenIndex(m.Span.Start)
		end := d.tokenIndex(m.Span.End-1) + 1
		if !d.opensSentence(i) {
			continue
		}
		if !d.actsOn(end, a.Country) {
			if d.next(end, "in", "of") {
				continue // "The government in Maputo": where it sits says whose
			}
			if ps := d.previousOpener(i, end); ps != nil && ps.Country != a.Country && d.namedAfter(end, a.Country) {
				// "Poland and Germany have quarrelled … The cabinet
				// approved a demand to Berlin": the state the sentence
				// before opened with, not the one it addresses.
				m.Actors = []string{d.addKnown(ps)}
			}
			continue
		}
		if other := d.otherStateInPlay(i, a.Country); other != nil {
			m.Actors = []string{d.addKnown(other)}
		} else {
			m.Actors = nil
		}
	}
	d.mentions = slices.DeleteFunc(d.mentions, func(m parley.Mention) bool { return len(m.Actors) == 0 })
}

// actsOn reports whether the verb at token v has state cc as its object
// right after it, by its name, capital or one of its people: "accused
// Beijing", "summoned Russia's ambassador", "urged the Kremlin".
// Verbs of speech and being are left out ("said China would …").
func (d *doc) actsOn(v int, cc string) bool {
	if v < len(d.toks) && d.toks[v].Is("also", "then", "later", "swiftly", "quickly", "promptly") {
		v++ // "The authorities also expelled …"
	}
	if v+1 >= len(d.toks) || d.toks[v].Upper || d.toks[v].Kind != token.Word || speechVerbs[d.toks[v].Norm] ||
		d.toks[v].Is("in", "of", "at", "from", "for", "on", "with", "to", "and", "or", "who", "which", "that") || // ("The government in Maputo")
		d.toks[v].Is("is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "must", "should") {
		return false
	}
	k := v + 1
	if d.toks[k].Is("the") {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	for _, p := range d.places {
		if p.Span.Start == d.toks[k].Start {
			return p.Country == cc // "urged Lomé to reopen": its capital
		}
	}
	for _, m := range d.mentions {
		if m.Span.Start != d.toks[k].Start || len(m.Actors) != 1 {
			continue
		}
		return d.actors[d.index[m.Actors[0]]].Country == cc
	}
	return false
}

// otherStateInPlay returns the state other than cc the story is about at
// token i: the dateline's, else that of the last state or person named
// before it; nil when there is none.
func (d *doc) otherStateInPlay(i int, cc string) *kb.Entity {
	if st := d.datelineState(); st != nil && st.Country != cc {
		return st
	}
	var found *kb.Entity
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || len(m.Actors) != 1 || m.Via == parley.ViaGroup {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Country != "" && a.Country != cc && (a.Kind == parley.State || a.Kind == parley.Person) {
			found = d.r.kb.State(a.Country)
		}
	}
	return found
}

// previousOpener returns the state of the actor that opens the sentence
// before the generic phrase at [i, end), when the phrase opens its own
// sentence, the sentence before names no other state (two in play, as in
// "Israel struck targets in Iran. The foreign ministry condemned …",
// leave it unclear) and the phrase's names that state nowhere after ("Iran's supreme leader
// spoke. The leadership condemned Israel" — Iran; not in "… The cabinet
// summoned Iran's envoy"); else nil.
func (d *doc) previousOpener(i, end int) *kb.Entity {
	si := d.sentenceOf[i]
	if si == 0 || !d.opensSentence(i) {
		return nil
	}
	st, _ := d.openerState(si-1, i)
	if st == nil || d.namedAfter(end, st.Country) || d.otherStateIn(si-1, st.Country) {
		return nil // ("The Administration will consult with Congress": its own state's body is the other side)
	}
	return st
}

// namedAfter reports whether the sentence of token i names an actor of
// state cc from i on.
func (d *doc) namedAfter(i int, cc string) bool {
	if i >= len(d.toks) {
		return false
	}
	si := d.sentenceOf[i]
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i && d.sentenceOf[k] == si && len(m.Actors) == 1 && d.actors[d.index[m.Actors[0]]].Country == cc {
			return true
		}
	}
	for _, p := range d.places {
		k := d.tokenIndex(p.Span.Start)
		if k >= i && d.sentenceOf[k] == si && p.Country == cc {
			return true
		}
	}
	return false
}

// otherStateIn reports whether sentence si names an actor of a state
// other than cc, or a place of one.
func (d *doc) otherStateIn(si int, cc string) bool {
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[k] != si {
			continue
		}
		for _, id := range m.Actors {
			if c := d.actors[d.index[id]].Country; c != "" && c != cc {
				return true
			}
		}
	}
	for _, p := range d.places {
		if d.sentenceOf[d.tokenIndex(p.Span.Start)] == si && p.Country != "" && p.Country != cc {
			return true
		}
	}
	return false
}
