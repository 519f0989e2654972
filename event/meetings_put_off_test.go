package event_test

import (
	"testing"

	"parley"
)

// TestMeetingsPutOff covers a meeting or visit called off or put off by
// one side: the halt is coded, a signal to the other side, and the
// meeting that did not take place is no second event; a meeting called
// off by no one named stays, negated.
func TestMeetingsPutOff(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"postponed_state_visit", "2019-08-21",
			"President Luis Arce has postponed his state visit to Paraguay.",
			want{typ: parley.Sanction, source: "Luis Arce", target: "Paraguay"},
			want{typ: parley.Consult}},
		{"called_off_visit", "2015-11-25",
			"Foreign Minister Mevlüt Çavuşoğlu called off a visit to Egypt that had been scheduled for Wednesday.",
			want{typ: parley.Sanction, source: "Mevlüt Çavuşoğlu", target: "Egypt"},
			want{typ: parley.Consult}},
		{"cancelled_by_no_one_named", "2021-04-20",
			"The planned visit of Foreign Minister Jan Lipavský to Beijing on 19 April was cancelled.",
			want{typ: parley.Consult, source: "Jan Lipavský", target: "China", status: parley.Negated},
			want{typ: parley.Sanction}},
		{"works_postponed_are_no_meeting", "2011-04-20",
			"At that meeting Cambodia called for all the dams to be postponed for ten years.",
			want{},
			want{typ: parley.Sanction}},
	})
}
