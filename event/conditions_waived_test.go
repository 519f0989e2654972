package event_test

import (
	"testing"

	"parley"
)

// TestConditionsWaived checks that dropping or waiving a requirement set
// for another is a concession to it, that "did agree to" drop one has
// done so, and that a body named before acts through "Allies did".
func TestConditionsWaived(t *testing.T) {
	runEventCases(t, []eventCase{
		{"agreed_to_drop_a_requirement", "2023-07-12",
			"NATO agreed to drop the requirement for Ukraine to complete a Membership Action Plan.",
			[]want{{typ: parley.Concede, source: "North Atlantic Treaty Organization", target: "Ukraine", status: parley.Occurred}}},
		{"allies_did_agree", "2023-07-12",
			"NATO leaders met in Vilnius on Tuesday. Allies did agree to drop the requirement for Ukraine to complete a Membership Action Plan.",
			[]want{{typ: parley.Concede, source: "North Atlantic Treaty Organization", target: "Ukraine", status: parley.Occurred}}},
		{"a_visa_requirement_waived", "2024-05-10",
			"Japan waived the visa requirement for Indonesian citizens on Friday.",
			[]want{{typ: parley.Concede, source: "Japan", target: "Indonesia", date: "2024-05-10"}}},
		{"a_court_that_did_not_order", "1997-09-26",
			"The International Court of Justice ruled on Thursday. It did not order Slovakia to stop operating the power plant.",
			[]want{{typ: parley.Request, source: "International Court of Justice", target: "Slovakia", status: parley.Negated}}},
	})
}
