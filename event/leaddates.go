package event

import (
	"strings"

	"parley"
)

// dateFromLeadStory dates what the story goes on to tell of its lead act
// by the lead's day: a news report opens with the act of the day
// ("Kenya on Monday recalled its ambassador to Somalia …") and tells the
// rest of that occasion in undated sentences ("Foreign Minister Omamo
// accused Somalia of violating diplomatic norms"). Only acts in the simple
// past by the lead's doer, while the story has not moved to another day
// since, and never an act told "later", "earlier" or "previously".
func dateFromLeadStory(d *doc, evs []parley.Event) {
	lead := d.storyLead(evs)
	if lead == nil {
		return
	}
	li := d.sentenceIndex(lead.Evidence.Span.Start)
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e == lead {
			continue
		}
		si, ok := d.toldUndatedPast(e)
		if !ok || si <= li || d.anotherTime(e) || d.presentSimple(e) || !d.sameDoer(lead, e) || d.movedOn(li, si, lead.Date) {
			continue
		}
		e.Date = lead.Date
	}
}

// storyLead returns the act of the story's opening sentence, when it
// happened on a day of the week before the paper came out; else nil. Of
// several acts there, the one told with its day ("Kenya recalled its
// ambassador on Monday after Mogadishu expelled a Kenyan diplomat").
func (d *doc) storyLead(evs []parley.Event) *parley.Event {
	first := -1
	for i := range evs {
		if si := d.sentenceIndex(evs[i].Evidence.Span.Start); first < 0 || si < first {
			first = si
		}
	}
	if first < 0 || first > d.firstBodySentence()+1 {
		return nil
	}
	for i := range evs {
		e := &evs[i]
		if d.sentenceIndex(e.Evidence.Span.Start) == first && e.Status == parley.Occurred && e.Date.Precision() == parley.PrecisionDay && d.recent(e.Date) {
			return e
		}
	}
	return nil
}

// firstBodySentence returns the index of the story's first sentence past
// its headline and dateline: the first sentence of the second paragraph
// when the first is short.
func (d *doc) firstBodySentence() int {
	for si, s := range d.in.Sentences {
		if s.End-s.Start > 80 {
			return si
		}
	}
	return 0
}

// sameDoer reports whether e's source did the lead act, or took part in
// the lead meeting: the same occasion goes on ("The ministers also called
// on Caracas …"). Others' reactions to it are told on no day of their own
// ("Georgia's prime minister rejected the decision"), and stay undated.
func (d *doc) sameDoer(lead, e *parley.Event) bool {
	doers := []string{lead.Source.ID}
	if lead.Type == parley.Consult {
		doers = append(doers, lead.Target.ID)
	}
	for _, id := range doers {
		if e.Source.ID == id || d.inOffice(e.Source.ID) && (d.sameSide([]string{e.Source.ID}, id) || d.sameSide([]string{id}, e.Source.ID)) {
			return true // (the state's minister, the minister's state; not "former president Duque")
		}
	}
	return false
}

// movedOn reports whether a sentence after the lead's and before
// sentence si tells of a day other than day.
func (d *doc) movedOn(li, si int, day parley.Date) bool {
	for k := li + 1; k < si; k++ {
		if !d.datedSentence(k) {
			continue
		}
		if x, rel := d.date(d.in.Sentences[k], -1); !x.IsZero() && rel != parley.TimeFuture && !x.Agrees(day) {
			return true
		}
	}
	return false
}

// presentSimple reports whether e's trigger is a verb in the present
// ("Russia keeps troops near the border"): a state of things, on no day.
func (d *doc) presentSimple(e *parley.Event) bool {
	k := d.tokenAt(e.Trigger.Start)
	t := d.tok(k)
	return strings.HasPrefix(e.Rule, "verb:") && !d.finiteVerbAt(k) && !pastForms[t.Norm] && strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss")
}

// inOffice reports whether actor id acts for a state on the day: the
// state, a body of its government, or a person with a role of the day
// that is no former one nor the opposition's ("Chief Cabinet Secretary of
// Japan", not a former president).
func (d *doc) inOffice(id string) bool {
	if d.authority(id) {
		return true
	}
	a := d.actors[id]
	if a == nil || a.Kind != parley.Person || a.Country == "" || a.Role == "" {
		return false
	}
	role := strings.ToLower(a.Role)
	return !strings.Contains(role, "former") && !strings.Contains(role, "opposition") && !strings.Contains(role, "candidate")
}
