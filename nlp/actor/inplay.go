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
		if !d.opensSentence(i) || !d.actsOn(end, a.Country) {
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
