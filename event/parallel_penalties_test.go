package event_test

import (
	"testing"

	"parley"
)

// TestParallelPenalties checks that a state that takes a penalty alongside
// others, in a clause joined by ", and", takes it against the same state,
// and that a clause naming its own target keeps it.
func TestParallelPenalties(t *testing.T) {
	runEventCases(t, []eventCase{
		{"an_embassy_closed_beside_recalls", "2011-12-01",
			"France and Germany recalled their ambassadors from Tehran for consultations, and Norway closed its embassy temporarily.",
			[]want{{typ: parley.Sanction, source: "Norway", target: "Iran"}}},
		{"aid_frozen_beside_aid_suspended", "1997-07-12",
			"The United States has suspended most of its aid to Cambodia for thirty days, and Germany has frozen its development assistance.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Cambodia"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_target_of_its_own", "2022-03-01",
			"The United States imposed sanctions on Russia, and Britain froze the assets of Belarusian banks.",
			want{typ: parley.Sanction, source: "United Kingdom", target: "Belarus"},
			want{typ: parley.Sanction, source: "United Kingdom", target: "Russia"}},
	})
}
