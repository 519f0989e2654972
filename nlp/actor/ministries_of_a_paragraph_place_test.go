package actor

import "testing"

// TestMinistriesOfAParagraphPlace checks a bare ministry a sentence or
// two after a paragraph that opened "In <capital>,": that state's, though
// the story names another state more.
func TestMinistriesOfAParagraphPlace(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"ministry_after_in_tokyo", "North Korea admitted the abductions. North Korea apologised, and North Korea promised a new inquiry.\nIn Tokyo, relatives of the missing reacted with anguish. A families' group accused the Foreign Ministry of accepting the account.", "2002-09-17",
			"Foreign Ministry", []string{"org:mofa-japan"}},
	})
}
