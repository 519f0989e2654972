package event_test

import (
	"testing"

	"parley"
)

// TestLedForcesJoined checks that a state joining a coalition or mission
// another state leads works with that state in arms (COOPERATE), while a
// coalition joined with no leader named stays what it was.
func TestLedForcesJoined(t *testing.T) {
	runEventCases(t, []eventCase{
		{"joined_a_coalition_a_state_leads", "2020-06-01",
			"Bahrain joined the UK-led coalition in the Gulf in March.",
			[]want{{typ: parley.Cooperate, source: "Bahrain", target: "United Kingdom", date: "2020-03"}}},
		{"joins_a_mission_a_demonym_leads", "2024-06-01",
			"Benin joins the Kenyan-led mission in Haiti next month.",
			[]want{{typ: parley.Cooperate, source: "Benin", target: "Kenya", status: parley.Planned}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_coalition_with_no_leader", "2020-06-01",
			"Bahrain joined a maritime coalition with the United Kingdom in March.",
			want{},
			want{typ: parley.Cooperate}},
	})
}
