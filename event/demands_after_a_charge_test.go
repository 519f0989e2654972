package event_test

import (
	"testing"

	"parley"
)

// TestDemandsAfterACharge checks a demand joined by "and" to a charge
// ("accused Israel of … and demanded that it withdraw"): "it" is the one
// charged, and a day told in a relative clause of the charge ("the truce
// that took effect on November 27") is the truce's, not the demand's.
func TestDemandsAfterACharge(t *testing.T) {
	runEventCases(t, []eventCase{
		{"demanded_that_it_withdraw", "2025-03-12",
			"Hezbollah accused Israel of violating the truce that took effect on November 27 and demanded that it withdraw from the hilltops.",
			[]want{{typ: parley.Request, source: "Hezbollah", target: "Israel", date: "-"}}},
	})
}
