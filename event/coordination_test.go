package event_test

import (
	"testing"

	"parley"
)

// TestPredicatesJoinedByBut checks a second verb joined by "but" keeps the
// first verb's subject, as one joined by "and" does.
func TestPredicatesJoinedByBut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"met_but_accused", "2024-05-10",
			"Ruto met Kagame in Kigali on Monday but accused Rwanda of backing the rebels.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Paul Kagame"}, {typ: parley.Accuse, source: "William Ruto", target: "Rwanda"}}},
		{"praised_but_warned", "2024-05-10",
			"Seoul praised Tokyo's apology but warned Pyongyang against new tests.",
			[]want{{typ: parley.Threaten, source: "South Korea", target: "North Korea"}}},
		{"visited_but_criticised", "2024-05-10",
			"Macron visited Beijing in April but criticised China over Taiwan.",
			[]want{{typ: parley.Accuse, source: "Emmanuel Macron", target: "China"}}},
	})
}

// TestNegationStaysInItsClause checks a denial or refusal in one clause
// does not negate the act of another subject after ", but" or ", and".
func TestNegationStaysInItsClause(t *testing.T) {
	runEventCases(t, []eventCase{
		{"denied_then_another_accused", "2024-05-10",
			"Russia denied the claim, but Ukraine accused Moscow of lying.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Russia", status: parley.Occurred}}},
		{"refused_then_another_accused", "2024-05-10",
			"Serbia refused to talk, and Kosovo accused Belgrade of stalling.",
			[]want{{typ: parley.Accuse, source: "Kosovo", target: "Serbia", status: parley.Occurred}}},
	})
	runNotCases(t, []notCase{
		{"refuses_to_recognise_is_no_support", "2024-05-10",
			"Belgrade refuses to recognise Kosovo's independence.",
			want{typ: parley.Support, source: "Serbia", target: "Kosovo", status: parley.Occurred}},
		{"is_refusing_to_approve_is_no_agreement", "2024-05-10",
			"Ankara is refusing to approve Stockholm's membership bid.",
			want{typ: parley.Agree, source: "Turkey", status: parley.Occurred}},
	})
}

// TestOpposedDeedOfAnother checks opposition to a deed named with its
// doer after "by" is a rejection of that doer.
func TestOpposedDeedOfAnother(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_move_by", "2024-05-10",
			"Hanoi firmly opposed the move by China.",
			[]want{{typ: parley.Reject, source: "Vietnam", target: "China"}}},
		{"the_decision_by_a_body", "2024-05-10",
			"Warsaw opposed the decision by the European Commission.",
			[]want{{typ: parley.Reject, source: "Poland", target: "European Commission"}}},
	})
	runNotCases(t, []notCase{
		{"a_plan_with_no_doer", "2024-05-10",
			"Kenya opposed the plan.",
			want{typ: parley.Reject, source: "Kenya"}},
	})
}

// TestNameJoinedToGovernmentsOf checks that a name joined by "and" to
// "the Governments of A, B and C" is one of the subjects with them.
func TestNameJoinedToGovernmentsOf(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"state_and_the_governments_of", "2003-10-21",
			"Following extensive consultations, the Islamic Republic of Iran and the Governments of France, Germany and the United Kingdom agreed on measures.",
			want{typ: parley.Agree, source: "Iran", target: "Germany"},
			want{}},
		{"the_list_itself_stays", "2003-10-21",
			"Following extensive consultations, the Islamic Republic of Iran and the Governments of France, Germany and the United Kingdom agreed on measures.",
			want{typ: parley.Agree, source: "France", target: "United Kingdom"},
			want{}},
	})
}

// TestSecondObjectAfterAPhrase checks a second object joined by "and"
// after the first object's own phrase, which names no one: "met governors
// from across the country and Supreme Court president Rosa Weber".
func TestSecondObjectAfterAPhrase(t *testing.T) {
	runEventCases(t, []eventCase{
		{"governors_then_a_judge", "2023-01-10",
			"On Monday evening Lula met governors from across the country and Supreme Court president Rosa Weber at the Planalto Palace.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Rosa Weber"}}},
	})
}
