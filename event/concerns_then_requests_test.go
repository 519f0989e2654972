package event_test

import (
	"testing"

	"parley"
)

// TestConcernThenRequest checks a readout's "conveyed X's concern over
// the detention of Y by Z in February and asked Z to …": the second verb
// is the minister's (a state's noun after its possessive is no verb),
// the fishermen held are no party, and February dates the detention, not
// the concern or the request.
func TestConcernThenRequest(t *testing.T) {
	runEventCases(t, []eventCase{
		{"concern_then_request", "2025-03-11",
			"Foreign Minister Sugiono conveyed Indonesia's concern over the detention of eleven Indonesian fishermen by Vietnamese authorities in February and asked Viet Nam to release them.",
			[]want{{typ: parley.Accuse, source: "Sugiono", target: "Vietnam", date: "-"},
				{typ: parley.Request, source: "Sugiono", target: "Vietnam", date: "-"}}},
		{"a_second_verb_after_a_possessed_noun", "2024-05-02",
			"Foreign Minister Penny Wong conveyed Australia's protest over the intercept and urged China to act more safely.",
			[]want{{typ: parley.Request, source: "Penny Wong", target: "China"}}},
	})
}

// TestProtestsConveyed checks that a state's protest a minister conveys
// is a diplomatic one, not a crowd: no protesters, and the minister
// still urges.
func TestProtestsConveyed(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_protest_conveyed_is_no_crowd", "2024-05-02",
			"Foreign Minister Penny Wong conveyed Australia's protest over the intercept and urged China to act more safely.",
			want{typ: parley.Request, source: "Penny Wong", target: "China"},
			want{typ: parley.Protest}},
	})
}
