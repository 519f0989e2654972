package event_test

import (
	"testing"

	"parley"
)

// TestCallerUrgesThoseCalled checks that a participle after a call to two
// people is the caller's act alone, and that "the Sinn Fein president,
// Gerry Adams" is the person named.
func TestCallerUrgesThoseCalled(t *testing.T) {
	text := "President Bill Clinton spoke by telephone to David Trimble and to the Sinn Fein president, Gerry Adams, urging both men to close the deal."
	runEventCases(t, []eventCase{
		{"spoke_to_the_party_president", "1998-04-11", text,
			[]want{{typ: parley.Consult, source: "Bill Clinton", target: "Gerry Adams"}, {typ: parley.Request, source: "Bill Clinton", target: "Gerry Adams"}}},
	})
	runNotCases(t, []notCase{
		{"those_called_urge_no_one", "1998-04-11", text,
			want{typ: parley.Request, source: "Gerry Adams"}},
		{"no_call_to_the_party", "1998-04-11", text,
			want{typ: parley.Consult, source: "Bill Clinton", target: "Sinn Féin"}},
	})
}

// TestMissileIntoNamedSea checks that a missile fired "into the East
// Sea" is no blow at the military that reported the launch.
func TestMissileIntoNamedSea(t *testing.T) {
	runNotCases(t, []notCase{
		{"no_blow_at_the_reporter", "2025-01-14",
			"North Korea fired a short-range ballistic missile into the East Sea on Tuesday, South Korea's military said, a week after it launched what it claimed was a new hypersonic missile.",
			want{typ: parley.Assault, source: "North Korea"}},
	})
}
