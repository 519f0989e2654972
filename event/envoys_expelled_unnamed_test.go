package event_test

import (
	"testing"

	"parley"
)

// TestEnvoysExpelledByTheirHosts checks that an envoy expelled with no
// agent named is expelled by the state the envoy was posted to.
func TestEnvoysExpelledByTheirHosts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"an_ambassador_to_a_state", "2024-05-10",
			"Kenya's ambassador to Somalia was expelled on Thursday.",
			[]want{{typ: parley.Sanction, source: "Somalia", target: "Kenya", date: "2024-05-09"}}},
		{"an_envoy_in_a_capital", "2024-05-10",
			"The French envoy in Bamako was expelled on Thursday.",
			[]want{{typ: parley.Sanction, source: "Mali", target: "France", date: "2024-05-09"}}},
		{"no_post_named", "2024-05-10",
			"Kenya's ambassador was expelled on Thursday.",
			nil},
	})
}
