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
// side could have brought him. A companion of a directed act does it too:
// "Finland applied to join NATO together with Sweden", "Germany, together
// with France, urged Russia to withdraw".
func (d *doc) companions(evs []parley.Event, a, b int) []parley.Event {
	var out []parley.Event
	for _, e := range evs {
		if e.Source.IsZero() || e.Target.IsZero() || e.Status == parley.Negated || e.Type == parley.Agree || e.Type == parley.Cooperate {
			continue
		}
		acts := e.Type != parley.Consult // a directed act: the companion does it too
		k := d.tokenAt(e.Trigger.Start)
		cs, ce := d.clauseStart(k, a), d.clauseEnd(k, b)
		for p := cs + 1; p+1 < ce; p++ {
			if !companionWith(d, p) {
				continue
			}
			at := p + 1
			if d.tok(at).Is("the") {
				at++ // "along with the United States"
			}
			m, ok := d.mentionAt(at)
			if !ok || p > k && (!acts || d.askedWith(e, k, p)) && d.wordIn(k, p, "to") || acts && p > k && d.stopBetween(k+1, p) || p > k && d.wordIn(k, p, "discuss", "discussed", "about", "how", "that", "which", "who", "where") {
				continue // "met Kishida to discuss working together with Seoul": the topic
			}
			if p < k && !(d.tok(p-2).Is(",") || d.cover[p-2] >= 0) {
				continue // "whose country guarantees the talks together with Norway": not the subject's company
			}
			for _, id := range d.coordinated(m, d.mentionEnd(at), ce) {
				if id == e.Source.ID || id == e.Target.ID || slices.ContainsFunc(out, func(x parley.Event) bool { return x.Source.ID == id || x.Target.ID == id }) {
					continue
				}
				c := d.countryOf(id)
				n := e
				switch {
				case acts && (c == "" || c != d.countryOf(e.Target.ID)):
					n.Source = d.ref(id) // "Finland applied to join NATO together with Sweden": Sweden applied too
				case acts:
					continue
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

// askedWith reports whether the target of e is named between the verb at
// k and an infinitive before p: "urged China to work together with South
// Korea" asks China to act with Seoul, which did not urge.
func (d *doc) askedWith(e parley.Event, k, p int) bool {
	for i := k + 1; i < p; i++ {
		if d.tok(i).Is("to") {
			return false
		}
		if m, ok := d.mentionAt(i); ok && slices.Contains(m.Actors, e.Target.ID) {
			return true
		}
	}
	return false
}
