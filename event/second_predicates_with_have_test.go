package event_test

import (
	"testing"

	"parley"
)

// TestSecondPredicatesWithHave checks that an object search stops at a
// second predicate in the perfect ("… and has diverted it to Djibouti"):
// what the second verb reaches is not the first one's target.
func TestSecondPredicatesWithHave(t *testing.T) {
	runNotCases(t, []notCase{
		{"trade_diverted", "1998-07-01",
			"Since the fighting began, Ethiopia has halted its trade through the port of Assab and has diverted it to Djibouti.",
			want{typ: parley.Sanction, source: "Ethiopia", target: "Djibouti"}},
	})
}
