package event_test

import (
	"testing"

	"parley"
)

// TestAppositionThenRelative checks a subject described twice, by an
// apposition naming its state and then a relative aside: the act is the
// person's, not the state's the apposition names.
func TestAppositionThenRelative(t *testing.T) {
	runEventCases(t, []eventCase{
		{"whose_after_a_possessive_title", "2023-03-14",
			"Penny Wong, Australia's minister for the Pacific and trade, whose government chairs the forum this year, urged Fiji and Vanuatu to settle the dispute.",
			[]want{{typ: parley.Request, source: "Penny Wong", target: "Fiji"},
				{typ: parley.Request, source: "Penny Wong", target: "Vanuatu"}}},
		{"who_after_a_possessive_title", "2023-03-14",
			"Penny Wong, Australia's minister for the Pacific and trade, who arrived in Suva on Monday, urged Fiji to drop the plan.",
			[]want{{typ: parley.Request, source: "Penny Wong", target: "Fiji"}}},
	})
}
