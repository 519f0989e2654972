package event_test

import (
	"testing"

	"parley"
)

// TestOthersPresent checks that "with X present" or "with X looking on"
// after a meeting tells who else was there, not whom the two met.
func TestOthersPresent(t *testing.T) {
	runEventCases(t, []eventCase{
		{"due_to_meet_with_others_present", "2023-12-13",
			"Nicolás Maduro and Irfaan Ali are due to meet on Thursday, with Brazil's Celso Amorim and CARICOM leaders present.",
			[]want{{typ: parley.Consult, source: "Nicolás Maduro", target: "Irfaan Ali", status: parley.Planned, date: "2023-12-14"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"those_present_are_not_met", "2023-12-13",
			"Nicolás Maduro and Irfaan Ali are due to meet on Thursday, with Brazil's Celso Amorim and CARICOM leaders present.",
			want{typ: parley.Consult, source: "Nicolás Maduro", target: "Irfaan Ali"},
			want{typ: parley.Consult, target: "Celso Amorim"}},
		{"those_looking_on_are_not_met", "2023-12-15",
			"Nicolás Maduro met Irfaan Ali on Thursday, with Ralph Gonsalves looking on.",
			want{typ: parley.Consult, source: "Nicolás Maduro", target: "Irfaan Ali"},
			want{typ: parley.Consult, target: "Ralph Gonsalves"}},
	})
}
