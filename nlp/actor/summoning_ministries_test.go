package actor

import "testing"

// TestSummoningMinistries checks that "the foreign ministry" an envoy is
// summoned to is the summoning state's, whichever state the story names
// more.
func TestSummoningMinistries(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"summoned_to_the_foreign_ministry", "Nepal on Monday summoned the Indian ambassador to the foreign ministry over India's new map, which India defends. India's army also objected.", "2020-05-12",
			"the foreign ministry", []string{"org:npl-ministry-of-foreign-affairs"}},
	})
}
