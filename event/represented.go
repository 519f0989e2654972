package event

import (
	"strings"

	"parley"
)

// representatives returns the meetings of those a sentence tells stood in
// for a state or a leader at a meeting a host held shortly before:
// "Lula hosted the G20 summit in Rio. … China was represented by Premier
// Li Qiang" — Li met the host.
func (d *doc) representatives(sent parley.Span, a, b int) []parley.Event {
	var out []parley.Event
	for k := a + 2; k+2 < b; k++ {
		if !d.tok(k).Is("represented") || !beForms[d.tok(k-1).Norm] || d.negatedBetween(max(a, k-3), k) {
			continue
		}
		ce := d.clauseEnd(k, b)
		j := k + 1
		for j < ce && j-k <= 6 && !d.tok(j).Is("by") {
			j++ // "was represented at the summit by …"
		}
		if j+1 >= ce || !d.tok(j).Is("by") {
			continue
		}
		at := actorAt(d, j+1, "the")
		if at < 0 || !d.personAt(at) {
			continue
		}
		e, ok := d.lastHostedMeeting(k)
		if !ok {
			continue
		}
		m, _ := d.mentionAt(at)
		for _, id := range d.coordinated(m, d.mentionEnd(at), ce) {
			if id == e.Target.ID || !d.allPeople([]string{id}) {
				continue
			}
			n := e
			n.Source = d.ref(id)
			n.Participants = []parley.ActorRef{n.Source, e.Target}
			n.Evidence = parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]}
			n.Trigger = d.spanOf(k, k+1)
			n.Rule = "verb:represented"
			out = append(out, n)
		}
	}
	return out
}

// lastHostedMeeting returns the latest meeting a host received, told in
// the three sentences up to token k.
func (d *doc) lastHostedMeeting(k int) (parley.Event, bool) {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if here-d.sentenceIndex(e.Trigger.Start) > 3 {
			break
		}
		if e.Type == parley.Consult && strings.Contains(e.Rule, ":host") && !e.Target.IsZero() && e.Status != parley.Hypothetical && e.Status != parley.Negated {
			return e, true
		}
	}
	return parley.Event{}, false
}
