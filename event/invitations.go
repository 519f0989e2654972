package event

import (
	"strings"

	"parley"
)

// acceptedVisits adds the visit an accepted invitation makes a plan of:
// "Mirziyoyev invited Tokayev to pay a state visit to Uzbekistan. The
// invitation was accepted with gratitude." is a visit still to come,
// told by the invitation's sentence, besides the request and the accord.
// An invitation no one is told to accept stays a request only.
func acceptedVisits(d *doc, evs []parley.Event) []parley.Event {
	var visits []parley.Event
	for i := range evs {
		acc := &evs[i]
		if acc.Type != parley.Agree || acc.Status != parley.Occurred || !strings.EqualFold(d.in.Text[acc.Trigger.Start:acc.Trigger.End], "accepted") {
			continue
		}
		inv := invitationOf(d, acc)
		if inv == nil {
			continue
		}
		k := visitNounAfter(d, inv)
		if k < 0 || plannedVisitOf(evs, inv) {
			continue
		}
		v := *inv
		v.Type, v.CAMEO, v.Mode, v.Medium, v.Status = parley.Consult, "042", "visit", parley.InPerson, parley.Planned
		v.Source, v.Target = inv.Target, inv.Source
		v.Participants = []parley.ActorRef{v.Source, v.Target}
		v.Date, v.Location = parley.Date{}, nil
		v.Trigger, v.Rule = d.spanOf(k, k+1), "noun:accepted-invitation"
		visits = append(visits, v)
	}
	return append(evs, visits...)
}

// invitationOf returns the invitation to meet, told in acc's sentence or
// the one before, that the accord acc accepts: from its target to its
// source.
func invitationOf(d *doc, acc *parley.Event) *parley.Event {
	return d.invitationBefore(d.tokenAt(acc.Trigger.Start), acc.Trigger.Start, func(e *parley.Event) bool {
		return e.Type == parley.Request && e.Mode == "meet" && e.Source.ID == acc.Target.ID && e.Target.ID == acc.Source.ID &&
			strings.HasPrefix(strings.ToLower(d.in.Text[e.Trigger.Start:e.Trigger.End]), "invit")
	})
}

// visitNounAfter returns the "visit" the invitation inv asks for, in its
// sentence after its trigger ("invited Putin to visit Turkey", "to pay a
// state visit to Uzbekistan"), or -1.
func visitNounAfter(d *doc, inv *parley.Event) int {
	k := d.tokenAt(inv.Trigger.End)
	for i := k; i < len(d.in.Tokens) && i-k <= 8 && d.tok(i).Start < inv.Evidence.Span.End; i++ {
		if d.tok(i).Is(";", ":") {
			return -1
		}
		if d.tok(i).Is("visit", "visits") {
			return i
		}
	}
	return -1
}

// plannedVisitOf reports whether evs already hold the visit inv asks for.
func plannedVisitOf(evs []parley.Event, inv *parley.Event) bool {
	for _, e := range evs {
		if e.Type == parley.Consult && e.Status == parley.Planned && e.Source.ID == inv.Target.ID && e.Evidence.Span == inv.Evidence.Span {
			return true
		}
	}
	return false
}
