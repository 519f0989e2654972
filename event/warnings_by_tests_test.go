package event_test

import (
	"testing"

	"parley"
)

// TestWarningsByTests checks a weapons test told as a warning to others
// ("in what it called a warning to the United States and Japan"): a show
// of force aimed at each of them.
func TestWarningsByTests(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_warning_to_two_states", "2024-01-15",
			"Pyongyang said it had test-fired a hypersonic missile on Sunday, in what it called a warning to the United States and Japan.",
			[]want{
				{typ: parley.Mobilize, source: "North Korea", target: "United States"},
				{typ: parley.Mobilize, source: "North Korea", target: "Japan"},
			}},
		{"a_message_to_a_capital", "2024-01-15",
			"Iran tested a new cruise missile on Sunday, a message to Washington, state media said.",
			[]want{{typ: parley.Mobilize, source: "Iran", target: "United States"}}},
	})
}
