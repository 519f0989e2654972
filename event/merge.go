package event

import (
	"parley"
)

// merge keeps one event per happening of the article: events of one type
// between the same actors whose dates agree (or one of which is undated)
// are one event, described by the first and completed from the others.
func merge(evs []parley.Event) []parley.Event {
	var out []parley.Event
	for _, e := range evs {
		if i := findSame(out, e); i >= 0 {
			out[i] = combine(out[i], e)
			continue
		}
		out = append(out, e)
	}
	return out
}

func findSame(list []parley.Event, e parley.Event) int {
	for i, o := range list {
		if o.Type != e.Type || !sameActors(o, e) {
			continue
		}
		if o.Date.IsZero() || e.Date.IsZero() || o.Date.Agrees(e.Date) {
			if o.Status == parley.Negated || e.Status == parley.Negated {
				continue
			}
			return i
		}
	}
	return -1
}

func sameActors(a, b parley.Event) bool {
	if a.Source.ID == b.Source.ID && a.Target.ID == b.Target.ID {
		return true
	}
	symmetric := a.Type == parley.Consult || a.Type == parley.Agree || a.Type == parley.Cooperate
	return symmetric && a.Source.ID == b.Target.ID && a.Target.ID == b.Source.ID
}

func combine(a, b parley.Event) parley.Event {
	if a.Date.IsZero() || b.Date.Precision() > a.Date.Precision() && a.Date.Agrees(b.Date) {
		a.Date = b.Date
	}
	if a.Medium == "" {
		a.Medium = b.Medium
	}
	if a.Mode == "" {
		a.Mode = b.Mode
	}
	if a.Location == nil {
		a.Location = b.Location
	}
	if b.Confidence > a.Confidence {
		a.Confidence = b.Confidence
	}
	return a
}

// resolveDuringReferences settles definite references to a meeting
// ("During the meeting in Geneva, Biden demanded …"): the place goes to the
// most recent consultation, and undated events of that sentence take its date.
func resolveDuringReferences(d *doc, evs []parley.Event) []parley.Event {
	for _, an := range d.anaphors {
		var target *parley.Event
		for i := range evs {
			e := &evs[i]
			if e.Type == parley.Consult && e.Evidence.Span.Start < an.span.Start && e.Status == parley.Occurred {
				target = e
			}
		}
		if target == nil {
			continue
		}
		if target.Location == nil && an.location != nil {
			target.Location = an.location
			if target.Medium == "" {
				target.Medium = parley.InPerson
			}
		}
		for i := range evs {
			e := &evs[i]
			if e.Evidence.Span.Contains(an.span) && e.Date.IsZero() && e != target {
				e.Date = target.Date
			}
		}
	}
	return evs
}
