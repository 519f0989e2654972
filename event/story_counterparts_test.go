package event_test

import (
	"testing"

	"parley"
)

// TestStoryCounterparts covers a refusal or a warning whose clause names
// no one it is aimed at, in a story of two sides: aimed at the side the
// subject has dealt with in the acts told before, when one stands out.
func TestStoryCounterparts(t *testing.T) {
	feud := "Guyana accused Venezuela of massing troops on the border on Monday. Venezuela rejected the accusation on Tuesday. " +
		"Guyana asked Venezuela to withdraw its troops. "
	runEventCases(t, []eventCase{
		{"a_refusal_in_a_feud", "2023-12-01",
			feud + "Caracas has refused, saying the troops are on its own soil.",
			[]want{{typ: parley.Reject, source: "Venezuela", target: "Guyana"}}},
		{"a_warning_in_a_feud", "2023-12-01",
			feud + "Venezuela warned that it would defend its claim by every means.",
			[]want{{typ: parley.Threaten, source: "Venezuela", target: "Guyana"}}},
	})
	runNotCases(t, []notCase{
		// Two sides dealt with as often: no one stands out.
		{"two_counterparts_as_often", "2023-12-01",
			"Venezuela accused Guyana of provocation on Monday. Venezuela accused Brazil of interference on Tuesday. Caracas has refused, saying the troops are on its own soil.",
			want{typ: parley.Reject, source: "Venezuela"}},
		// A demand with no one named it is made of is left without one.
		{"a_demand_is_not_given_a_counterpart", "2023-12-01",
			feud + "Caracas has demanded an explanation.",
			want{typ: parley.Request, source: "Venezuela", target: "Guyana"}},
	})
}
