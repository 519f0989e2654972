package event_test

import (
	"testing"

	"parley"
)

// TestAndOpensAnotherClause checks that "and" before a new subject and
// its verb ends the clause of the act before it: that subject is no
// object of the first verb.
func TestAndOpensAnotherClause(t *testing.T) {
	runEventCases(t, []eventCase{
		{"second_subject_keeps_its_own_act", "2024-05-10",
			"Slovakia vetoed the plan and Russia shelled Kharkiv.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"welcomed_talks_between_two_still_both", "2024-05-10",
			"Orban welcomed the talks between Israel and Hamas held in Doha.",
			[]want{{typ: parley.Support, source: "Viktor Orbán", target: "Hamas"}}},
	})
	runNotCases(t, []notCase{
		{"blocked_then_another_attacked", "2024-05-10",
			"Hungary blocked the deal and Russia attacked Ukraine.",
			want{typ: parley.Reject, source: "Hungary"}},
		{"rejected_then_another_criticised", "2024-05-10",
			"Poland rejected the plan and Germany criticised France.",
			want{typ: parley.Reject, source: "Poland"}},
		{"vetoed_then_another_imposed", "2024-05-10",
			"Austria vetoed the proposal and the EU later imposed sanctions on Iran.",
			want{typ: parley.Reject, source: "Austria"}},
		{"refused_then_another_struck", "2023-10-10",
			"Qatar refused the offer and Israel struck Gaza City.",
			want{typ: parley.Reject, source: "Qatar"}},
	})
}
