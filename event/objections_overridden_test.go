package event_test

import (
	"testing"

	"parley"
)

// TestObjectionsOverridden checks an act done against others' stated
// objections ("went ahead despite the objections of Egypt and Sudan",
// "in defiance of Chinese objections"): a rejection of the objectors by
// the clause's subject, whether the phrase follows or opens the clause.
func TestObjectionsOverridden(t *testing.T) {
	runEventCases(t, []eventCase{
		{"despite_the_objections_of_a_list", "2020-07-22",
			"Ethiopia began filling the reservoir on Tuesday despite the objections of Egypt and Sudan.",
			[]want{
				{typ: parley.Reject, source: "Ethiopia", target: "Egypt", date: "2020-07-21"},
				{typ: parley.Reject, source: "Ethiopia", target: "Sudan", date: "2020-07-21"},
			}},
		{"in_defiance_of_an_adjective", "2020-07-22",
			"Manila held the drills in defiance of Chinese objections.",
			[]want{{typ: parley.Reject, source: "Philippines", target: "China"}}},
		{"a_fronted_possessive", "2020-07-22",
			"Despite Egypt's objections, Ethiopia began filling the reservoir.",
			[]want{{typ: parley.Reject, source: "Ethiopia", target: "Egypt"}}},
		{"brushed_aside", "2020-07-22",
			"Ethiopia brushed aside Egyptian protests and began filling the reservoir.",
			[]want{{typ: parley.Reject, source: "Ethiopia", target: "Egypt"}}},
	})
	runNotCases(t, []notCase{
		{"a_plan_to_override", "2020-07-22",
			"Ethiopia will fill the reservoir despite the objections of Egypt.",
			want{typ: parley.Reject, source: "Ethiopia", target: "Egypt", status: parley.Occurred}},
	})
}
