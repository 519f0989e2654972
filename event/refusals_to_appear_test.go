package event_test

import (
	"testing"

	"parley"
)

// TestRefusalsToAppear checks a refusal to appear or testify before a
// body: "before" names the body refused, not a time.
func TestRefusalsToAppear(t *testing.T) {
	runEventCases(t, []eventCase{
		{"declined_to_appear_before_congress", "2025-10-11",
			"Peru's Congress opened impeachment hearings on Monday. On Tuesday President Dina Boluarte declined to appear before Congress.",
			[]want{{typ: parley.Reject, source: "Dina Boluarte", target: "Congress of the Republic of Peru"}}},
		{"refused_to_testify_before_the_court", "2023-06-01",
			"The International Court of Justice summoned Albania's minister. Albania refused to testify before the International Court of Justice.",
			[]want{{typ: parley.Reject, source: "Albania", target: "International Court of Justice"}}},
	})
}
