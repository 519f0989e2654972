package event_test

import (
	"testing"

	"parley"
)

// TestMissionsStormed checks that a crowd storming a state's missions is a
// protest against that state by the crowd of the country named after
// "in", though no city is named.
func TestMissionsStormed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"diplomatic_missions_in_a_country", "2016-01-04",
			"Protesters stormed Saudi diplomatic missions in Iran on Saturday.",
			[]want{{typ: parley.Protest, source: "Iranian protesters", target: "Saudi Arabia", date: "2016-01-02"}}},
		{"missions_of_a_state_in_another", "2012-09-14",
			"Demonstrators stormed German missions in Sudan on Friday.",
			[]want{{typ: parley.Protest, source: "Sudanese demonstrators", target: "Germany", date: "2012-09-14"}}},
	})
}
