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

// TestTalksWithOwnStatesGroups covers talks a government calls off with
// an armed group of its own state: the group is the other side, not the
// government's own.
func TestTalksWithOwnStatesGroups(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"peace_talks_called_off", "2019-01-18",
			"President Iván Duque called off the peace talks with the National Liberation Army on Friday.",
			want{typ: parley.Sanction, source: "Iván Duque", target: "National Liberation Army", date: "2019-01-18"},
			want{typ: parley.Consult}},
		{"talks_suspended", "2006-06-05",
			"Spain suspended the talks with ETA on Monday.",
			want{typ: parley.Sanction, source: "Spain", target: "ETA", date: "2006-06-05"},
			want{}},
		{"own_minister_is_no_target", "2022-08-04",
			"Beijing called off a meeting between Wang Yi and his Japanese counterpart.",
			want{},
			want{typ: parley.Sanction, source: "China", target: "Wang Yi"}},
	})
}
