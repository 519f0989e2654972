package event

import "parley"

// talksReferredTo codes a sentence that opens on talks the story has
// already named and tells when or where they were held: "The talks began
// in Helsinki on January 27", "Those talks opened in Ouagadougou on 5
// February", "The negotiations were launched in November 2022". The
// parties are those of the last meeting or accord told before it, the
// date and the place the sentence's own. A sentence that names its own
// parties ("The talks between the Government and the prefects …") or
// already yields a meeting ("The talks were hosted by …") is left to the
// rules that read it.
func (d *doc) talksReferredTo(sent parley.Span, before, here []parley.Event) []parley.Event {
	if len(ofType(here, parley.Consult)) > 0 {
		return nil
	}
	a, b := d.tokensOf(sent)
	i := a
	if !d.tok(i).Is("the", "those") {
		return nil
	}
	i++
	if d.tok(i).Is("peace", "direct", "formal", "bilateral") {
		i++
	}
	if i >= b || !d.tok(i).Is("talks", "negotiations") || d.quoted[i] {
		return nil
	}
	noun := i
	if i+1 < b && d.tok(i+1).Is("between", "with") {
		return nil // the parties are named: the sentence's own rules read them
	}
	k, status := d.talksPredicate(noun+1, b)
	if k < 0 {
		return nil
	}
	ref := d.talksNamedBefore(before, sent.Start)
	if ref == nil {
		return nil
	}
	ce := d.clauseEnd(k, b)
	date, _ := d.date(d.spanOf(a, ce), k)
	place := d.placeIn(noun+1, ce)
	if date.IsZero() && place == nil {
		return nil // "The talks were held first in a narrow format": the meeting just told, retold
	}
	ev := d.pairEvent(parley.Consult, "040", ref.Source, ref.Target, date, sent, noun, "noun:talks-referred")
	ev.Status, ev.Medium, ev.Location = status, parley.InPerson, place
	if status != parley.Occurred {
		ev.Medium = ""
	}
	return []parley.Event{ev}
}

// talksPredicate returns the verb after the talks noun that tells them
// held — "began", "had opened", "were launched", "took place", "were
// mediated by" — with the status it gives ("are due to begin",
// "will open": planned; "never took place": negated), or -1. Only a
// phrase of place, time or topic may stand between the noun and its verb
// group, or an aside set off by commas ("The talks, which began in July
// 1990, were mediated by …").
func (d *doc) talksPredicate(i, b int) (int, parley.Status) {
	status := parley.Occurred
	for j := i; j < b && j <= i+14; j++ {
		t := d.tok(j)
		switch {
		case t.Is(","):
			if c := d.commaAfter(j+1, b); c > 0 && d.tok(j+1).Is("which") {
				j = c // the aside's own verb is not the sentence's
				continue
			}
			return -1, ""
		case t.Is("never", "not"):
			status = parley.Negated
		case t.Is("will", "due", "set", "expected", "scheduled"):
			status = parley.Planned
		case t.Is("began", "opened", "resumed", "launched", "convened", "mediated", "facilitated", "brokered", "chaired", "hosted"):
			return j, status
		case t.Is("begin", "open", "resume", "start") && status != parley.Occurred:
			return j, status
		case t.Is("took") && j+1 < b && d.tok(j+1).Is("place"):
			return j, status
		case t.Is("held") && j > i && d.tok(j-1).Is("were", "was", "be", "been"):
			return j, status
		case d.finiteVerbAt(j) && !t.Is("had", "have", "has", "were", "was", "are", "is", "be", "been", "to"):
			return -1, "" // "The talks aim at …", "Those talks ended without agreement": another verb
		}
	}
	return -1, ""
}

// talksNamedBefore returns the talks a later "the talks" names: the last
// event before offset start told by a noun of talks ("peace talks between
// the government and the ELN") or the last accord, the talks' outcome,
// with both a source and a target. A meeting told otherwise ("later
// received Petro at the palace") is no round of the talks.
func (d *doc) talksNamedBefore(evs []parley.Event, start int) *parley.Event {
	var ref *parley.Event
	for i := range evs {
		e := &evs[i]
		if e.Source.IsZero() || e.Target.IsZero() || e.Trigger.Start >= start || ref != nil && e.Trigger.Start < ref.Trigger.Start {
			continue
		}
		if w := d.in.Text[e.Trigger.Start:e.Trigger.End]; e.Type == parley.Agree || e.Type == parley.Consult && (w == "talks" || w == "negotiations") {
			ref = e
		}
	}
	return ref
}
