package event_test

import (
	"testing"

	"parley"
)

// TestThreatsOfMeasures checks hard measures vowed with no "said" before
// them ("China will take resolute measures", "is ready to take
// countermeasures"): a threat made as it is told, aimed inside a
// quotation at whom the speaker charged or asked just before.
func TestThreatsOfMeasures(t *testing.T) {
	runEventCases(t, []eventCase{
		{"will_take_resolute_measures", "2024-05-20",
			"China will take resolute and forceful measures against the United States.",
			[]want{{typ: parley.Threaten, source: "China", target: "United States", status: parley.Occurred}}},
		{"ready_to_take_countermeasures", "2024-05-20",
			"Beijing is ready to take countermeasures against Lithuania.",
			[]want{{typ: parley.Threaten, source: "China", target: "Lithuania", status: parley.Occurred}}},
		{"quoted_after_a_charge", "2024-05-20",
			"\"The sale gravely harms China's interests, and we urge the United States to stop arming Taiwan. China will take firm measures to defend its sovereignty,\" Wang Wenbin said.",
			[]want{{typ: parley.Threaten, source: "China", target: "United States"}}},
	})
}
