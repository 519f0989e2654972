package actor

import "testing"

// TestPairsOfAVisit checks "the two countries" in a sentence that tells a
// leader's visit to another state's city: the visitor's state and the
// host, not the pair the story is mostly about.
func TestPairsOfAVisit(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"visit_then_the_two_countries", "India and Kenya agreed on Sunday to expand trade, and India's envoy met Kenya's trade minister. Indian officials praised Kenya. Ruto returned last week from a three-day state visit to Tokyo, during which the two countries signed six agreements.", "2024-02-12",
			"the two countries", []string{"state:KEN", "state:JPN"}},
	})
}
