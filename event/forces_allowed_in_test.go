package event_test

import (
	"testing"

	"parley"
)

// TestForcesAllowedToUseGround checks that a state letting another's
// forces use its ground cooperates with those forces, while letting
// inspectors in stays access given.
func TestForcesAllowedToUseGround(t *testing.T) {
	runEventCases(t, []eventCase{
		{"allowed_troops_to_land", "2010-01-17",
			"Haiti allowed US troops to land at the airport.",
			[]want{{typ: parley.Cooperate, source: "Haiti", target: "United States Armed Forces"}}},
	})
	runNotCases(t, []notCase{
		{"allowed_troops_to_leave", "2010-01-17",
			"Haiti allowed US troops to leave the airport.",
			want{typ: parley.Cooperate}},
	})
}
