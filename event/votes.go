package event

import (
	"parley"
	"parley/nlp/token"
)

// voteConfidence is the confidence of a vote read as backing or refusing
// the one a text concerns: the text's subject is taken from the acts told
// around it, not from the vote's own clause.
const voteConfidence = 0.45

// votesCast codes votes cast on a text a body's act just told is about:
// "The Assembly voted to upgrade the Palestinians' status. France, Spain
// and Italy voted in favour", "Chile, Paraguay and Uruguay voted
// against": the voters back (SUPPORT) or refuse (REJECT) whom that act was
// aimed at, at lower confidence, on the act's day unless the sentence
// gives its own. The act must be a body's, in this sentence or the four
// before; a vote "against" a named actor is the clause's own event, not
// this, and a count of members ("264 voted in favour") no actor.
func (d *doc) votesCast(sent parley.Span) []parley.Event {
	a, b := d.tokensOf(sent)
	var out []parley.Event
	for v := a + 1; v+1 < b; v++ {
		if !d.tok(v).Is("voted") || d.quoted[v] {
			continue
		}
		typ, cameo, ok := d.voteSide(v, b)
		if !ok {
			continue
		}
		cs := d.clauseStart(v, a)
		if d.tok(v-1).Kind == token.Number || d.wordIn(cs, v, "neither", "nor", "not", "never", "n't") {
			continue // ("264 voted in favour": members counted; "Neither China nor Russia voted against the text")
		}
		subj, _ := d.subjects(v, cs)
		if len(subj) == 0 {
			continue
		}
		here := d.sentenceIndex(d.tok(v).Start)
		issue := d.lastBefore(v, func(e *parley.Event) bool {
			src := d.actors[e.Source.ID]
			return src != nil && src.Kind == parley.Organization && !e.Target.IsZero() && here-d.sentenceIndex(e.Trigger.Start) <= 4 &&
				!d.sameSide(subj, e.Target.ID)
		})
		if issue == nil {
			continue
		}
		date, _ := d.date(sent, v)
		if date.IsZero() && issue.Status == parley.Occurred {
			date = issue.Date // (the vote the body's act came of)
		}
		for _, id := range subj {
			if d.actors[id] == nil || d.crowd(id) {
				continue
			}
			ev := d.pairEvent(typ, cameo, d.ref(id), issue.Target, date, sent, v, "verb:vote")
			ev.Confidence = voteConfidence
			out = append(out, ev)
		}
	}
	return out
}

// voteSide reads the side a vote at v took when what it was cast on goes
// unnamed or is named as a text: "voted in favour", "voted against it",
// "voted for the resolution".
func (d *doc) voteSide(v, b int) (parley.EventType, string, bool) {
	i := v + 1
	var typ parley.EventType
	var cameo string
	switch {
	case d.tok(i).Is("in") && d.tok(i+1).Is("favour", "favor"):
		typ, cameo, i = parley.Support, "051", i+2
		if d.tok(i).Is("of") {
			i++
		}
	case d.tok(i).Is("for"):
		typ, cameo, i = parley.Support, "051", i+1
	case d.tok(i).Is("against"):
		typ, cameo, i = parley.Reject, "120", i+1
	default:
		return "", "", false
	}
	if i >= b || d.tok(i).Kind == token.Punct || d.tok(i).Is("it", "them") {
		return typ, cameo, true // "voted in favour.", "voted against it"
	}
	if d.tok(i).Is("the", "a") {
		i++
	}
	return typ, cameo, d.tok(i).Is("resolution", "motion", "text", "draft", "measure", "proposal", "bill", "decision", "report")
}
