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

// TestPleasedWith checks approval told as a feeling about another's act:
// "was pleased with Seoul's decision" is SUPPORT of its doer.
func TestPleasedWith(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_it_was_pleased_with", "2015-06-10",
			"Japan said on Tuesday it was pleased with South Korea's decision to resume talks.",
			[]want{{typ: parley.Support, source: "Japan", target: "South Korea"}}},
		{"satisfied_with_a_response", "2015-06-10",
			"The State Department said it was satisfied with Mexico's response.",
			[]want{{typ: parley.Support, source: "United States Department of State", target: "Mexico"}}},
		{"deeply_gratified_by", "2015-06-10",
			"Beijing is deeply gratified by Pakistan's support, a spokesman said.",
			[]want{{typ: parley.Support, source: "China", target: "Pakistan"}}},
		{"expressed_satisfaction_with", "2015-06-10",
			"Germany expressed satisfaction with Greece's reform plan on Monday.",
			[]want{{typ: parley.Support, source: "Germany", target: "Greece", date: "2015-06-08"}}},
		{"happy_with_a_proposal", "2015-06-10",
			"Merkel said she was happy with France's proposal.",
			[]want{{typ: parley.Support, source: "Angela Merkel", target: "France"}}},
		{"pleased_with_no_actor_is_none", "2015-06-10",
			"The minister was pleased with the outcome of the vote.", nil},
	})
	runNotCases(t, []notCase{
		{"not_satisfied_is_no_approval", "2015-06-10",
			"Iran is not satisfied with the report of the IAEA, Tehran said.",
			want{typ: parley.Support, status: parley.Occurred}},
	})
}
