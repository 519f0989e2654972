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
		// A blow vowed "to" someone: the response's own "to" names the target.
		{"vowed_response_to", "2024-05-10",
			"North Korea vowed a merciless response to South Korea.",
			[]want{{typ: parley.Threaten, source: "North Korea", target: "South Korea"}}},
		{"promised_response_to", "2024-05-10",
			"Iran promised a harsh response to Israel.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "Israel"}}},
		{"pledged_response_to_if", "2024-05-10",
			"Tehran has pledged a crushing response to Washington if it strikes.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "United States"}}},
	})
}

// TestHBugs14Not checks readings the fourteenth helper's rules must not give.
func TestHBugs14Not(t *testing.T) {
	runNotCases(t, []notCase{
		// A response to victims is help, not a threat.
		{"response_to_victims", "2024-05-10",
			"Japan promised a response to the earthquake victims.",
			want{typ: parley.Threaten}},
		{"response_to_a_long_named_letter", "2024-05-10",
			"Biden promised a response to the Israeli prime minister's letter.",
			want{typ: parley.Threaten}},
	})
}
