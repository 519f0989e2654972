package event_test

import (
	"testing"

	"parley"
)

// Confidence follows how often each kind of reading and each type was
// right on the labelled sets: a meeting read from "met" is surer than a
// rejection read from a noun, a visit less sure than talks. Each text
// yields one event; the cases are listed from the surest down.
func TestConfidenceRanksReadings(t *testing.T) {
	tests := []struct {
		name, text string
		typ        parley.EventType
	}{
		{"joint verb, a meeting", "President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.", parley.Consult},
		{"directed verb, an accusation", "China accused the United States on Monday of meddling in its internal affairs.", parley.Accuse},
		{"directed verb, a rejection", "Russia rejected the proposal from Ukraine on Monday.", parley.Reject},
		{"visit by verb", "Indian Prime Minister Narendra Modi visited Japan on Monday.", parley.Consult},
	}
	prev := 1.0
	for _, tc := range tests {
		a := analyze(t, tc.text, "2023-03-15")
		var got *parley.Event
		for i := range a.Events {
			if a.Events[i].Type == tc.typ {
				got = &a.Events[i]
				break
			}
		}
		if got == nil {
			t.Fatalf("%s: no %s event in %q (got %+v)", tc.name, tc.typ, tc.text, a.Events)
		}
		c := got.Confidence
		if c < 0.3 || c > 0.95 {
			t.Errorf("%s: confidence %.2f outside [0.3, 0.95]", tc.name, c)
		}
		if c >= prev {
			t.Errorf("%s: confidence %.2f, not below the case before (%.2f)", tc.name, c, prev)
		}
		prev = c
	}
}
