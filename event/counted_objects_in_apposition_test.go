package event_test

import (
	"testing"

	"parley"
)

// TestCountedObjectsNamedInApposition checks that a counted description
// as an object ("the two rebel movements"), even with a short relative
// clause, stands for the names the apposition after it gives.
func TestCountedObjectsNamedInApposition(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_movements_named_after_a_comma", "2000-08-28",
			"Clinton urged the two rebel movements, the CNDD-FDD and the FNL, to join the accord.",
			[]want{
				{typ: parley.Request, source: "Bill Clinton", target: "CNDD–FDD"},
				{typ: parley.Request, source: "Bill Clinton", target: "National Forces of Liberation"},
			}},
		{"two_movements_with_a_relative_clause", "2000-08-28",
			"Clinton urged the two rebel movements that stayed out of the talks, the CNDD-FDD and the FNL, to join the accord.",
			[]want{{typ: parley.Request, source: "Bill Clinton", target: "National Forces of Liberation"}}},
	})
}
