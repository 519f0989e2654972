package event_test

import (
	"testing"

	"parley"
)

// TestHelpPassedThrough checks that help sent to one place "for delivery
// to" or "for" another is help to the second, and that a "for" naming no
// one leaves the first.
func TestHelpPassedThrough(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"for_delivery_to", "2023-10-27",
			"Qatar has sent two planes carrying 37 tonnes of food to the Egyptian city of El Arish for delivery to Gaza.",
			want{typ: parley.Aid, source: "Qatar", target: "Palestine"},
			want{typ: parley.Aid, source: "Qatar", target: "Egypt"}},
		{"for_a_place_alone", "2023-10-27",
			"Jordan sent medical supplies to Egypt for Gaza on Friday.",
			want{typ: parley.Aid, source: "Jordan", target: "Palestine"},
			want{typ: parley.Aid, source: "Jordan", target: "Egypt"}},
		{"for_no_one", "2023-10-27",
			"Qatar sent aid to Egypt for the second time.",
			want{typ: parley.Aid, source: "Qatar", target: "Egypt"},
			want{typ: parley.Aid, source: "Qatar", target: "Palestine"}},
	})
}
