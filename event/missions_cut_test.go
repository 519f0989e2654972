package event_test

import (
	"testing"

	"parley"
)

// TestMissionsCutByOrder checks an order to a state to cut the staff of
// its embassy read as a penalty on it, like envoys expelled, and an order
// to cut anything else as a demand.
func TestMissionsCutByOrder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"staff_of_a_high_commission", "2020-06-24",
			"India on Tuesday ordered Pakistan to cut the staff of its High Commission in New Delhi by half within seven days.",
			[]want{{typ: parley.Sanction, source: "India", target: "Pakistan", date: "2020-06-23"}}},
		{"time_phrase_before_the_order", "2001-12-28",
			"India ordered Pakistan on Thursday to cut the staff of its High Commission by half within 48 hours.",
			[]want{{typ: parley.Sanction, source: "India", target: "Pakistan", date: "2001-12-27"}}},
		{"diplomatic_staff", "2021-04-20",
			"Prague ordered Moscow to reduce its diplomatic staff to the level of the Czech embassy in Russia.",
			[]want{{typ: parley.Sanction, source: "Czech Republic", target: "Russia"}}},
		{"support_cut_is_a_demand", "2020-06-24",
			"India ordered Pakistan to cut its support for militants.",
			[]want{{typ: parley.Request, source: "India", target: "Pakistan"}}},
	})
	runNotCases(t, []notCase{
		{"support_cut_is_no_penalty", "2020-06-24",
			"India ordered Pakistan to cut its support for militants.",
			want{typ: parley.Sanction, source: "India", target: "Pakistan"}},
	})
}
