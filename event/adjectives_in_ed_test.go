package event_test

import (
	"testing"

	"parley"
)

// TestAdjectivesInEdAfterAnd covers a word in "-ed" after "and" that
// stands before its noun ("arms and related materiel"): an adjective of
// the same object, not a second verb that would end the first act's
// object before its target.
func TestAdjectivesInEdAfterAnd(t *testing.T) {
	tests := []eventCase{
		{"related_materiel", "2011-02-27",
			"The Security Council imposed an embargo on the supply of arms and related materiel to Libya on Saturday.",
			[]want{{typ: parley.Sanction, source: "United Nations Security Council", target: "Libya"}}},
		{"associated_equipment", "2011-02-27",
			"The European Union banned exports of weapons and associated equipment to Libya on Monday.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Libya"}}},
	}
	runEventCases(t, tests)
}
