package event_test

import (
	"testing"

	"parley"
)

// TestPurposesOfRaids checks an act a raid was made for ("stormed the
// embassy to arrest him"): done by those who stormed, not by the
// building.
func TestPurposesOfRaids(t *testing.T) {
	runEventCases(t, []eventCase{
		{"stormed_to_arrest", "2024-04-06",
			"Ecuador's police stormed the Mexican embassy in Quito to arrest Jorge Glas.",
			[]want{{typ: parley.Coerce, source: "National Police of Ecuador", target: "Jorge Glas"}}},
	})
	runNotCases(t, []notCase{
		{"not_the_embassy", "2024-04-06",
			"Ecuador's police stormed the Mexican embassy in Quito to arrest Jorge Glas.",
			want{typ: parley.Coerce, source: "Embassy of Mexico"}},
	})
}
