package event_test

import (
	"testing"

	"parley"
)

// TestAttacksJudged covers attacks named as what the subject judges: the
// one shocked by or condemning them is not the attacker.
func TestAttacksJudged(t *testing.T) {
	tests := []notCase{
		{"shocked_by_the_attacks", "2017-04-28",
			"Jens Stoltenberg said he was shocked by the attacks on lawmakers in Skopje.",
			want{typ: parley.Assault, source: "Jens Stoltenberg"}},
		{"condemned_the_attacks", "2017-09-28",
			"António Guterres condemned the attacks on the Myanmar security forces.",
			want{typ: parley.Assault, source: "António Guterres"}},
		{"his_condemnation_of_the_attacks", "2017-09-28",
			"António Guterres repeated his condemnation of the attacks on the Myanmar security forces.",
			want{typ: parley.Assault, source: "António Guterres"}},
	}
	runNotCases(t, tests)
}

// TestCondemnedInStrongTerms checks that a phrase of manner between the
// verb and its object, and a single airstrike, keep the condemnation's
// target.
func TestCondemnedInStrongTerms(t *testing.T) {
	runEventCases(t, []eventCase{
		{"in_the_strongest_terms_before_the_object", "2024-05-28",
			"Egypt criticised in the strongest terms Ethiopia for filling the dam.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Ethiopia"}}},
		{"in_no_uncertain_terms_negates_nothing", "2024-05-28",
			"Jordan condemned in no uncertain terms the Israeli raid on Jenin.",
			[]want{{typ: parley.Accuse, source: "Jordan", target: "Israel", status: parley.Occurred},
				{typ: parley.Assault, source: "Israel", target: "Palestine", status: parley.Occurred}}},
		{"one_airstrike_condemned", "2024-05-28",
			"South Africa condemned the Israeli airstrike.",
			[]want{{typ: parley.Accuse, source: "South Africa", target: "Israel"}}},
		{"both_at_once", "2024-05-28",
			"South Africa condemned in the strongest terms the Israeli airstrike on a camp in Rafah.",
			[]want{{typ: parley.Accuse, source: "South Africa", target: "Israel"}}},
	})
}

// TestSpansOfActsJudged checks that a span of time before a state's acts
// ("a century of US interventions", "decades of Israeli occupation")
// keeps the state as the target of the judgement.
func TestSpansOfActsJudged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_century_of_interventions", "2009-04-20",
			"Evo Morales used his speech to denounce a century of US interventions in Latin America.",
			[]want{{typ: parley.Accuse, source: "Evo Morales", target: "United States"}}},
		{"decades_of_occupation", "2023-10-20",
			"Mahmoud Abbas condemned decades of Israeli occupation in his address.",
			[]want{{typ: parley.Accuse, source: "Mahmoud Abbas", target: "Israel"}}},
	})
}
