package event_test

import (
	"testing"

	"parley"
)

// TestRequestsNamedWithAnAdjective checks "a written request from X":
// the noun still, after an article and a word of its form, so X asked.
func TestRequestsNamedWithAnAdjective(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_written_request_from", "2021-08-10",
			"The Portuguese government acted on a written request from Prime Minister Kyriakos Mitsotakis of Greece.",
			[]want{{typ: parley.Request, source: "Kyriakos Mitsotakis", target: "Portugal"}}},
	})
}
