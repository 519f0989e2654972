package event_test

import (
	"testing"

	"parley"
)

// TestModalActs checks acts a party is told it could or might take: they
// are kept as hypothetical, while the condition of another act, a
// question and a conditional "would" yield no event.
func TestModalActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"could_suspend_a_treaty", "2021-03-02",
			"Canberra's trade minister said on Tuesday that Australia could suspend its free trade agreement with Peru.",
			[]want{{typ: parley.Sanction, source: "Australia", target: "Peru", status: parley.Hypothetical}}},
		{"could_have_asked_the_council", "2019-08-14",
			"Had Chad ignored the ruling, Libya could have asked the UN Security Council to enforce it.",
			[]want{{typ: parley.Request, source: "Libya", target: "United Nations Security Council", status: parley.Hypothetical}}},
		{"might_take_a_neighbour_to_court", "2018-05-09",
			"Officials in Santiago said Chile might take Bolivia to the International Court of Justice over the river.",
			[]want{{typ: parley.Accuse, source: "Chile", target: "Bolivia", status: parley.Hypothetical}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"the_condition_is_no_act", "2020-02-11",
			"Washington would lift more curbs if Havana released political prisoners.",
			want{},
			want{typ: parley.Retreat, source: "Cuba"}},
		{"a_question_is_no_act", "2020-02-11",
			"Traders asked whether Vietnam and Cambodia could agree to reopen the border this month.",
			want{},
			want{typ: parley.Agree, source: "Vietnam", target: "Cambodia"}},
		{"the_second_verb_stays_under_the_modal", "2024-05-10",
			"Lavrov said Putin could meet Erdogan and sign a deal.",
			want{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", status: parley.Hypothetical},
			want{typ: parley.Agree, status: parley.Occurred}},
		{"a_conditional_would_is_no_act", "2020-02-11",
			"Mexico's foreign ministry said it would grant the former Bolivian president asylum if he asked for it.",
			want{},
			want{typ: parley.Aid}},
	})
}
