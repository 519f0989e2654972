package event_test

import (
	"testing"

	"parley"
)

// TestJointWorkOffered checks that an offer to work, talk or deepen ties
// with someone named after "with" is an offer to them.
func TestJointWorkOffered(t *testing.T) {
	runEventCases(t, []eventCase{
		{"offered_to_deepen_cooperation_with", "2025-01-29",
			"French President Emmanuel Macron offered to deepen cooperation with Denmark on Arctic security.",
			[]want{{typ: parley.Agree, source: "Emmanuel Macron", target: "Denmark"}}},
		{"offered_to_hold_talks_with", "1998-09-10",
			"The Taliban have offered to hold talks with Iran to defuse the crisis.",
			[]want{{typ: parley.Agree, source: "Taliban", target: "Iran"}}},
	})
}
