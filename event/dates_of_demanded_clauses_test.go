package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfDemandedClauses checks that a day to come inside a clause of
// what was insisted on or demanded ("insisted that the military hold
// elections on February 27") is the demanded act's, not the demand's,
// and does not make the demand a plan.
func TestDatesOfDemandedClauses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"insisted_that_elections_be_held_on_a_day", "2021-09-17",
			"ECOWAS leaders held an extraordinary summit in Accra on Thursday. " +
				"The summit also reviewed the transition in Mali, where leaders insisted that the military authorities hold elections as scheduled on February 27, 2022.",
			[]want{{typ: parley.Request, source: "Economic Community of West African States", target: "Malian Armed Forces", status: parley.Occurred, date: "2021-09-16"}}},
		{"demanded_that_a_vote_be_held_by_a_month", "2024-05-10",
			"The European Union on Thursday demanded that Georgia hold free elections in October.",
			[]want{{typ: parley.Request, source: "European Union", target: "Georgia", status: parley.Occurred, date: "2024-05-09"}}},
	})
}
