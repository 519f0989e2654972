package event

import (
	"strings"

	"parley"
	"parley/nlp/quote"
)

// dateFromPerformative dates an act a body performs in the present tense
// of its own statement by the day the statement came out: "The Council
// strongly condemns the attack", "The Department welcomes the expressions
// of support", "It calls on Russia to withdraw". Only verbs that perform
// the act in saying it; "Moscow denies any involvement" and "Washington
// accuses Tehran of …" tell a stance that goes on, on no day.
func dateFromPerformative(d *doc, evs []parley.Event) {
	if d.in.Published.IsZero() {
		return
	}
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || e.Source.IsZero() || e.Target.IsZero() || d.vague[e.Trigger] || !d.presentSimple(e) {
			continue
		}
		k := d.tokenAt(e.Trigger.Start)
		if !performatives[d.tok(k).Norm] || d.quoted[k] {
			continue
		}
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if si >= len(d.in.Sentences) || d.dateOfItsOwnClause(e) || d.toldAsSaid(si) {
			continue
		}
		e.Date = d.in.Published
	}
}

// performatives are the present forms of verbs that do what they say.
var performatives = map[string]bool{"condemns": true, "welcomes": true, "urges": true, "calls": true, "reaffirms": true,
	"commits": true, "expresses": true, "appeals": true, "thanks": true, "congratulates": true, "deplores": true,
	"reiterates": true, "rejects": true, "invites": true, "demands": true, "commends": true, "salutes": true,
	"praises": true, "requests": true, "protests": true, "recognises": true, "recognizes": true, "encourages": true}

// toldAsSaid reports whether sentence si reports its act through a
// saying in the past ("Egypt said it condemns the strike", "…, the
// ministry said"): the day is the saying's, which the sentence does not
// give.
func (d *doc) toldAsSaid(si int) bool {
	a, b := d.tokensOf(d.in.Sentences[si])
	for k := a; k < b; k++ {
		if d.cover[k] < 0 && !d.quoted[k] && d.sayVerbAt(k) && (d.finiteVerbAt(k) || d.tok(k).Is("said", "told", "wrote")) {
			return true
		}
	}
	return false
}

// dateFromTranscriptTurn dates what a speaker does by saying it in a
// transcript's turn ("MR PRICE: We condemn in the strongest terms …",
// "Wang Wenbin: We urge Japan …", "The US has been spreading
// disinformation") by the day of the page: a briefing's words are spoken
// on the day it was held. Only what the turn says, and the speaker's own
// present ("we urge", "I strongly condemn") or vow ("we will take our
// revenge"); "we have expressed concern many times" tells what was done
// before, on no day.
func dateFromTranscriptTurn(d *doc, evs []parley.Event) {
	if d.in.Published.IsZero() {
		return
	}
	for i := range evs {
		e := &evs[i]
		if e.Status != parley.Occurred || e.Source.IsZero() || e.Target.IsZero() || d.vague[e.Trigger] {
			continue
		}
		k := d.tokenAt(e.Trigger.Start)
		if !d.quoted[k] {
			continue
		}
		q := d.in.Quotes[d.quoteOf[k]]
		if q.Cue != quote.TranscriptCue {
			continue
		}
		// What the speaker does in saying it is of the briefing's day,
		// whatever day the sentence names or the one before it gave: "Lai
		// Ching-te's speech on May 20 was a blatant provocation" is an
		// accusation made at the briefing, about a speech of May 20.
		a, _ := d.tokensOf(d.in.Sentences[d.sentenceIndex(e.Evidence.Span.Start)])
		if strings.HasPrefix(e.Rule, "statement:") || e.Source.ID == q.Speaker.ID && !d.firstPerson(k) && d.stanceOrPledge(k, a) {
			e.Date = d.in.Published // (statements coded from a turn start at its words)
			continue
		}
		id, at := d.firstPersonSpeaker(k)
		if id == "" || at < 0 || !d.tok(at).Is("we", "i") {
			continue
		}
		v := k // the verb right after "we": the trigger, or the first of two ("we condemn … and call on …")
		if d.tok(k - 1).Is("and") {
			for v = at + 1; v < k && strings.HasSuffix(d.tok(v).Norm, "ly"); v++ {
			}
		}
		if e.Type == parley.Threaten && d.wordIn(at+1, v, "will", "'ll", "shall") {
			e.Date = d.in.Published // "we will take our revenge": the vow is made as it is said
			continue
		}
		if !d.presentAfter(at, v) || !d.presentAfter(k-1, k) {
			continue
		}
		e.Date = d.in.Published
	}
}

// presentAfter reports whether the verb k after its subject at is in the
// simple present, with at most adverbs between them: "we firmly oppose",
// not "we have urged" or "we will respond".
func (d *doc) presentAfter(at, k int) bool {
	for j := at + 1; j < k; j++ {
		if !strings.HasSuffix(d.tok(j).Norm, "ly") && !d.tok(j).Is("also", "again", "once", "still", "hereby", "today") {
			return false
		}
	}
	n := d.tok(k).Norm
	return !strings.HasSuffix(n, "ed") && !irregularPast[n]
}
