package event_test

import (
	"testing"

	"parley"
)

// TestParticiplesOfInvertedSayers checks a participle after a sayer set
// off by commas behind the words it said: the sayer condemns, not the
// one whose act was told.
func TestParticiplesOfInvertedSayers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sayer_condemning", "2023-07-13",
			"North Korea launched a long-range missile on Wednesday, the Japanese defence ministry said, condemning the launch as a grave threat.",
			[]want{{typ: parley.Accuse, source: "Ministry of Defense of Japan", target: "North Korea"}}},
	})
}
