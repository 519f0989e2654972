package event_test

import (
	"testing"

	"parley"
)

// TestLoyaltyPledged checks loyalty or allegiance pledged to a leader or
// a government read as backing, like support pledged, not as an accord.
func TestLoyaltyPledged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"loyalty_to_a_new_president", "1975-08-17",
			"Within hours the army chief, Major-General A. B. Sattar, went on the air to pledge his loyalty to President Khondaker Mostaq Ahmad on Friday.",
			[]want{{typ: parley.Support, source: "A. B. Sattar", target: "Khondaker Mostaq Ahmad", date: "1975-08-15"}}},
		{"allegiance_of_a_force", "2018-08-21",
			"General Qamar Javed Bajwa pledged the army's allegiance to Prime Minister Imran Khan on Monday.",
			[]want{{typ: parley.Support, source: "Qamar Javed Bajwa", target: "Imran Khan", date: "2018-08-20"}}},
	})
	runNotCases(t, []notCase{
		{"loyalty_is_no_accord", "1975-08-17",
			"Within hours the army chief, Major-General A. B. Sattar, went on the air to pledge his loyalty to President Khondaker Mostaq Ahmad on Friday.",
			want{typ: parley.Agree, source: "A. B. Sattar", target: "Khondaker Mostaq Ahmad"}},
	})
}
