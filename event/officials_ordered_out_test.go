package event_test

import (
	"testing"

	"parley"
)

// TestOfficialsOrderedOutAfterLongObjects checks envoys and officials ordered "out of"
// a country after a long object, and a state's adjective before two
// words of kind joined by "and" ("consular and diplomatic officials") as
// the one penalised.
func TestOfficialsOrderedOutAfterLongObjects(t *testing.T) {
	runEventCases(t, []eventCase{
		{"out_after_a_long_object", "2025-04-16",
			"France ordered 12 Algerian consular and diplomatic officials out of the country on Tuesday.",
			[]want{{typ: parley.Sanction, source: "France", target: "Algeria", date: "2025-04-15"}}},
		{"expelled_two_kinds", "2025-04-16",
			"Algeria expelled 12 French consular and embassy officials on Monday.",
			[]want{{typ: parley.Sanction, source: "Algeria", target: "France", date: "2025-04-14"}}},
	})
	runNotCases(t, []notCase{
		{"plural_nouns_joined_are_no_kinds", "2024-05-11",
			"The new status lets Palestine join UN agencies and international treaties.",
			want{typ: parley.Agree, source: "Palestine", target: "United Nations"}},
	})
}
