package event_test

import (
	"testing"

	"parley"
)

// TestConditionsMet checks that meeting the conditions or terms of a paper
// is no meeting with anyone named after it, and that the paper's signing
// in a relative clause is still an accord.
func TestConditionsMet(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"steps_to_meet_the_conditions_of_a_memorandum", "2022-10-01",
			"Stockholm lifted its restrictions on arms exports to Turkey in September, one of several steps it has taken to meet the conditions of the memorandum it signed with Ankara in Madrid last June.",
			want{typ: parley.Agree, source: "Sweden", target: "Turkey", date: "2022-06"},
			want{typ: parley.Consult}},
		{"to_meet_the_terms_agreed_with", "2024-05-10",
			"Serbia has two months to meet the terms agreed with Kosovo in Ohrid.",
			want{},
			want{typ: parley.Consult}},
	})
}
