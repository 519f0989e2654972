package event_test

import (
	"testing"

	"parley"
)

// TestDelegationsOfBodies checks that a body's delegation acts for the
// body, as a state's delegation acts for the state.
func TestDelegationsOfBodies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_union_through_its_delegation", "2024-02-09",
			"The EU delegation urged Serbia on Thursday to withdraw its troops from the border.",
			[]want{{typ: parley.Request, source: "European Union", target: "Serbia", date: "2024-02-08"}}},
		{"the_alliance_through_its_delegation", "2024-02-09",
			"A NATO delegation visited Kyiv on Thursday.",
			[]want{{typ: parley.Consult, source: "North Atlantic Treaty Organization", target: "Ukraine", date: "2024-02-08"}}},
		{"a_state_through_its_delegation", "2024-02-09",
			"The Chinese delegation accused Japan of distorting history.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan"}}},
	})
}
