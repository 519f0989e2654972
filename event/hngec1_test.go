package event_test

import (
	"testing"

	"parley"
)

// TestTalksSought checks a meeting asked for with someone: a request to
// the one to be met, not a meeting held.
func TestTalksSought(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sought_talks_with", "2015-06-10",
			"Pakistan has sought talks with India over the dispute.",
			[]want{{typ: parley.Request, source: "Pakistan", target: "India"}}},
		{"seeking_a_meeting_with_a_leader", "2015-06-10",
			"Latvian President Andris Berzins is seeking a meeting with Russian President Vladimir Putin.",
			[]want{{typ: parley.Request, source: "Andris Bērziņš", target: "Vladimir Putin"}}},
		{"called_for_talks_with", "2015-06-10",
			"Pakistan on Monday called for talks with India.",
			[]want{{typ: parley.Request, source: "Pakistan", target: "India", date: "2015-06-08"}}},
		{"asked_for_a_meeting_with", "2015-06-10",
			"Seoul asked for an urgent meeting with Japan, the foreign ministry said.",
			[]want{{typ: parley.Request, source: "South Korea", target: "Japan"}}},
		{"pressing_for_negotiations_with", "2015-06-10",
			"Greece is pressing for negotiations with Turkey on the sea border.",
			[]want{{typ: parley.Request, source: "Greece", target: "Turkey"}}},
		{"a_question_about_talks_is_no_request", "2015-06-10",
			"Kerry, asked for details of the talks with Iran, declined to comment.", nil},
	})
	runNotCases(t, []notCase{
		{"requested_talks_are_not_held", "2015-06-10",
			"Pakistan requested talks with India.",
			want{typ: parley.Consult}},
	})
}
