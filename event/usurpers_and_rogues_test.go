package event_test

import (
	"testing"

	"parley"
)

// TestUsurpersAndRogues checks names that deny a government's right to
// rule or a state's standing ("a usurper", "a rogue state") as charges.
func TestUsurpersAndRogues(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_a_president_a_usurper", "2019-01-25",
			"Iván Duque called Nicolás Maduro \"a usurper\" on Thursday.",
			[]want{{typ: parley.Accuse, source: "Iván Duque", target: "Nicolás Maduro", date: "2019-01-24"}}},
		{"called_a_state_rogue", "2019-01-25",
			"Mike Pompeo called Iran a rogue state.",
			[]want{{typ: parley.Accuse, source: "Mike Pompeo", target: "Iran"}}},
	})
}
