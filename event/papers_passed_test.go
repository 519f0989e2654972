package event_test

import (
	"testing"

	"parley"
)

// TestPapersPassedByBodies checks a motion or a resolution whose
// participle asks something ("a motion urging Tanzania to …") told in
// the passive: the body the paper "was passed by" asks.
func TestPapersPassedByBodies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"motion_was_passed_by", "2016-10-13",
			"A motion urging Tanzania to hand over the coup plotters was passed by Burundi's National Assembly on Wednesday.",
			[]want{{typ: parley.Request, source: "National Assembly of Burundi", target: "Tanzania"}}},
		{"resolution_had_been_adopted_by", "2018-09-13",
			"A resolution calling on Hungary to respect the rule of law had been adopted by the European Parliament.",
			[]want{{typ: parley.Request, source: "European Parliament", target: "Hungary"}}},
	})
}
