package event

import (
	"slices"
	"strings"

	"parley"
)

// answersInKind codes an answer "in kind": "New Delhi expelled a
// Pakistani diplomat, prompting Islamabad to retaliate in kind", "Russia
// expelled two Estonian diplomats, and Tallinn responded in kind". The
// one who answers does back to the one who acted what was done to it:
// the same type, mode and code, aimed the other way. The act answered is
// the latest one done to the answerer's side, told in the sentence or
// the one before. An answer only promised ("vowed to respond in kind",
// "would reply in kind") is left to the rules for threats.
func (d *doc) answersInKind(sent parley.Span) []parley.Event {
	a, b := d.tokensOf(sent)
	var out []parley.Event
	for k := a + 2; k < b; k++ {
		if !d.tok(k).Is("kind") || !d.tok(k-1).Is("in") {
			continue
		}
		v := k - 2
		if !inKindVerb(d.tok(v).Norm) || d.quoted[v] {
			continue
		}
		subj := d.inKindAnswerer(v, a)
		if len(subj) != 1 {
			continue
		}
		here := d.sentenceIndex(d.tok(v).Start)
		e := d.lastBefore(v, func(e *parley.Event) bool {
			return hostileTypes[e.Type] && e.Status == parley.Occurred && !e.Source.IsZero() && !e.Target.IsZero() &&
				here-d.sentenceIndex(e.Trigger.Start) <= 1 && d.sameSide(subj, e.Target.ID) && !d.sameSide(subj, e.Source.ID)
		})
		if e == nil {
			continue
		}
		src, tgt := d.ref(subj[0]), d.ref(d.stateOr(e.Source.ID))
		if slices.ContainsFunc(out, func(o parley.Event) bool { return o.Source.ID == src.ID && o.Target.ID == tgt.ID }) {
			continue
		}
		date, _ := d.date(sent, v)
		ev := d.pairEvent(e.Type, e.CAMEO, src, tgt, date, sent, v, "verb:in-kind")
		ev.Mode = e.Mode
		out = append(out, ev)
	}
	return out
}

// inKindVerb reports whether w answers an act: "retaliated", "responds",
// "replied", "reciprocating".
func inKindVerb(w string) bool {
	for _, stem := range []string{"retaliat", "respond", "repl", "reciprocat", "hit back", "answer"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// inKindAnswerer returns who answers at verb v: the subject of a finite
// verb ("Tallinn responded in kind"), or the one an act prompted or forced
// to answer ("prompting Islamabad to retaliate in kind"); nil for an
// answer still to come ("vowed to respond in kind", "would reply in
// kind").
func (d *doc) inKindAnswerer(v, a int) []string {
	if d.tok(v - 1).Is("to") {
		j := v - 2
		if j <= a || d.cover[j] < 0 {
			return nil
		}
		p := d.mentionStart(j) - 1
		if !d.tok(p).Is("prompting", "prompted", "forcing", "forced", "leading", "led", "causing", "caused", "provoking", "provoked") {
			return nil
		}
		return d.in.Mentions[d.cover[j]].Actors
	}
	if d.wordIn(max(a, v-3), v, "will", "would", "could", "may", "might", "must", "should") {
		return nil
	}
	ids, _ := d.subjectsOf(v, d.clauseStart(v, a), false)
	return ids
}

// stateOr returns the state a government body (a ministry, an embassy)
// acts for, else the actor itself: an answer in kind is made to the state
// whose body acted. (A person stays the person, unlike in statesOf.)
func (d *doc) stateOr(id string) string {
	if c := d.countryOf(id); c != "" && d.actors["state:"+c] != nil && !strings.HasPrefix(id, "state:") && d.stateSide(id) {
		return "state:" + c
	}
	return id
}
