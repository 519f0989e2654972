package event_test

import (
	"testing"

	"parley"
)

// TestTiesCutAfterCrowds checks ties cut after a crowd's act abroad
// ("cut ties after protesters stormed its embassy in Tripoli"): cut
// with the crowd's state, since ties are held between states.
func TestTiesCutAfterCrowds(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after_protesters_stormed", "2023-04-06",
			"Libya and Egypt traded accusations. Egypt cut ties after protesters stormed its embassy in Tripoli.",
			[]want{{typ: parley.Sanction, source: "Egypt", target: "Libya"}}},
	})
}
