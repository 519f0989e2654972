package event_test

import (
	"testing"

	"parley"
)

// TestProposalsToSettle checks that proposing a plan, talks or that both
// sides act is an offer (AGREE), while proposing what only others are to
// do stays a request.
func TestProposalsToSettle(t *testing.T) {
	runEventCases(t, []eventCase{
		{"proposed_that_the_two_countries", "2019-03-06",
			"Ecuador and Colombia have argued over the border for decades. On Monday Lenín Moreno proposed that the two countries take the dispute to an international tribunal.",
			[]want{{typ: parley.Agree, source: "Lenín Moreno", target: "Colombia", date: "2019-03-04"}}},
		{"proposed_a_plan_to_a_state", "2019-03-06",
			"On Tuesday Wang Yi proposed a three-phase plan to Myanmar.",
			[]want{{typ: parley.Agree, source: "Wang Yi", target: "Myanmar", date: "2019-03-05"}}},
		{"proposed_what_others_should_do", "2019-03-06",
			"Finland proposed to Russia that military aircraft keep their transponders on.",
			[]want{{typ: parley.Request, source: "Finland", target: "Russia"}}},
	})
}
