package event_test

import (
	"testing"

	"parley"
)

// TestMeetingsCalledOff checks that a meeting with a person called off or
// cancelled is a refusal to meet that person (CAMEO 125), while a visit,
// a summit or talks called off remain relations cut (CAMEO 164).
func TestMeetingsCalledOff(t *testing.T) {
	runEventCases(t, []eventCase{
		{"planned_meeting_with_a_counterpart_called_off", "2019-11-22",
			"South Korean Foreign Minister Kang Kyung-wha on Thursday called off a planned meeting with her Japanese counterpart, Toshimitsu Motegi, in Nagoya.",
			[]want{{typ: parley.Reject, source: "Kang Kyung-wha", target: "Toshimitsu Motegi", date: "2019-11-21"}}},
		{"his_meeting_cancelled", "2018-07-12",
			"Donald Trump cancelled his meeting with Theresa May on Wednesday.",
			[]want{{typ: parley.Reject, source: "Donald Trump", target: "Theresa May", date: "2018-07-11"}}},
		{"a_visit_called_off_stays_a_sanction", "2019-11-22",
			"South Korean Foreign Minister Kang Kyung-wha on Thursday called off a visit to Japan.",
			[]want{{typ: parley.Sanction, source: "Kang Kyung-wha", target: "Japan", date: "2019-11-21"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_meeting_with_a_state_is_no_refusal_of_a_person", "2019-11-22",
			"South Korea on Thursday called off a meeting with Japan on export controls.",
			want{typ: parley.Sanction, source: "South Korea", target: "Japan"},
			want{typ: parley.Reject}},
	})
}
