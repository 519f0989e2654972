package event

import (
	"slices"

	"parley"
)

// companions returns the meetings of those told to have joined one side
// of a meeting coded on the sentence: "Ebrard met Harris at the White
// House, together with Secretary of State Blinken" (Blinken sat on the
// host's side: Ebrard met him too); "Scholz, together with Macron, met Xi"
// (Macron met Xi). A companion after the meeting's verb joins the side of
// his own country; one of neither side's country is left out, for either
// side could have brought him.
func (d *doc) companions(evs []parley.Event, a, b int) []parley.Event {
	var out []parley.Event
	for _, e := range evs {
		if e.Type != parley.Consult || e.Source.IsZero() || e.Target.IsZero() || e.Status == parley.Negated {
			continue
		}
		k := d.tokenAt(e.Trigger.Start)
		cs, ce := d.clauseStart(k, a), d.clauseEnd(k, b)
		for p := cs + 1; p+1 < ce; p++ {
			if !companionWith(d, p) {
				continue
			}
			m, ok := d.mentionAt(p + 1)
			if !ok || p > k && d.wordIn(k, p, "to", "discuss", "discussed", "about", "how", "that", "which", "who", "where") {
				continue // "met Kishida to discuss working together with Seoul": the topic
			}
			if p < k && !(d.tok(p-2).Is(",") || d.cover[p-2] >= 0) {
				continue // "whose country guarantees the talks together with Norway": not the subject's company
			}
			for _, id := range d.coordinated(m, d.mentionEnd(p+1), ce) {
				if id == e.Source.ID || id == e.Target.ID || slices.ContainsFunc(out, func(x parley.Event) bool { return x.Source.ID == id || x.Target.ID == id }) {
					continue
				}
				c := d.countryOf(id)
				n := e
				switch {
				case p < k || c != "" && c == d.countryOf(e.Source.ID) && c != d.countryOf(e.Target.ID):
					n.Source = d.ref(id) // "Scholz, together with Macron, met Xi"
				case c != "" && c == d.countryOf(e.Target.ID) && c != d.countryOf(e.Source.ID):
					n.Target = d.ref(id) // "met Harris, together with Blinken"
				default:
					continue
				}
				n.Participants = []parley.ActorRef{n.Source, n.Target}
				n.Rule = e.Rule + ":companion"
				out = append(out, n)
			}
		}
	}
	return out
}

// companionWith reports whether the word at p opens a companion: "together
// with", "along with", "accompanied by", "joined by".
func companionWith(d *doc, p int) bool {
	t := d.tok(p)
	return t.Is("with") && d.tok(p-1).Is("together", "along", "alongside") ||
		t.Is("by") && d.tok(p-1).Is("accompanied", "joined", "flanked")
}
