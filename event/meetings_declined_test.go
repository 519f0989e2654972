package event_test

import (
	"testing"

	"parley"
)

// TestMeetingsDeclined checks that saying one will not meet or negotiate
// refuses the talks (REJECT, done when said), while a meeting that did
// not happen stays a negated meeting, and a trip or hosting declined is
// left to the rules of its own.
func TestMeetingsDeclined(t *testing.T) {
	runEventCases(t, []eventCase{
		{"would_not_sit_down_with", "2018-02-02",
			"Nicolás Maduro said on Thursday that he would not sit down with Iván Duque.",
			[]want{{typ: parley.Reject, source: "Nicolás Maduro", target: "Iván Duque", status: parley.Occurred, date: "2018-02-01"}}},
		{"will_not_negotiate_with", "2021-09-10",
			"The Malian junta will not negotiate with Ansar Dine, its spokesman said.",
			[]want{{typ: parley.Reject, source: "Mali", target: "Ansar Dine", status: parley.Occurred}}},
		{"did_not_meet_is_no_refusal", "2018-02-02",
			"Nicolás Maduro did not meet Iván Duque in Lima.",
			[]want{{typ: parley.Consult, source: "Nicolás Maduro", target: "Iván Duque", status: parley.Negated}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_trip_declined_is_no_rejection", "2022-03-04",
			"Norwegian officials will not travel to Russia for the council's meetings.",
			want{},
			want{typ: parley.Reject, target: "Russia"}},
	})
}
