package event_test

import (
	"testing"

	"parley"
)

// TestHBugs14Events checks the reported bugs of the twenty-first session's
// fourteenth helper: each case names the events the text must yield.
func TestHBugs14Events(t *testing.T) {
	runEventCases(t, []eventCase{
		// "reiterated its call on" takes the call as its object: no words reported.
		{"reiterated_its_call_on", "2024-05-10",
			"China reiterated its call on the US to stop arms sales to Taiwan.",
			[]want{{typ: parley.Request, source: "China", target: "United States", status: parley.Occurred}}},
		{"reiterated_its_request_for", "2024-05-10",
			"Kenya reiterated its request for the UN to fund the mission.",
			[]want{{typ: parley.Request, source: "Kenya", target: "United Nations"}}},
	})
}
