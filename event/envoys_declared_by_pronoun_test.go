package event_test

import (
	"testing"

	"parley"
)

// TestEnvoysDeclaredByPronoun checks that "declared him persona non
// grata" expels the envoy the sentence named before, and so his state.
func TestEnvoysDeclaredByPronoun(t *testing.T) {
	runEventCases(t, []eventCase{
		{"its_ambassador_then_him", "2024-12-07",
			"Chile recalled its ambassador to Bolivia on Thursday after La Paz declared him persona non grata.",
			[]want{{typ: parley.Sanction, source: "Bolivia", target: "Chile"}}},
		{"a_states_envoy_then_her", "2024-12-07",
			"Spain's ambassador left Caracas on Friday, a day after Venezuela declared her persona non grata.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "Spain", date: "2024-12-05"}}},
	})
}
