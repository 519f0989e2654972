package event_test

import (
	"testing"

	"parley"
)

// TestVisitInASettingAside checks a visit named in an aside that sets the
// scene for the main verb (", speaking during a visit to Muscat,", ", on a
// visit to Hanoi,"): the visit is to the place's state, and the speaking
// is with no one — the main clause's target is neither's.
func TestVisitInASettingAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"speaking_during_a_visit", "2024-10-30",
			`Iran's Foreign Minister Abbas Araqchi, speaking during a visit to Muscat, warned that Tehran would respond "decisively" to any Israeli attack.`,
			[]want{{typ: parley.Consult, source: "Abbas Araqchi", target: "Oman", place: "Muscat"}}},
		{"on_a_visit", "2024-10-30",
			"Blinken, on a visit to Hanoi, urged China to respect the ruling.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Vietnam"}, {typ: parley.Request, source: "Antony Blinken", target: "China"}}},
	})
	runNotCases(t, []notCase{
		{"no_meeting_with_the_one_warned", "2024-10-30",
			`Abbas Araqchi, speaking during a visit to Muscat, warned that Tehran would respond "decisively" to any Israeli attack.`,
			want{typ: parley.Consult, target: "Israel"}},
	})
}
