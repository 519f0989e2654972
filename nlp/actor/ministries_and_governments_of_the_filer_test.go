package actor

import "testing"

// TestMinistriesAndGovernmentsOfTheFiler checks a bare foreign ministry
// that summons another state's diplomat, told in a paragraph of its own
// after the protest, and a bare government that speaks to another one
// named after it: neither is the other state's, though the story names
// that state most.
func TestMinistriesAndGovernmentsOfTheFiler(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"summoning_ministry_after_a_paragraph", "Vietnam on Monday protested to China over the new map, which shows China's claims to China's islands.\nThe foreign ministry summoned Li Wenbo, a counsellor at the Chinese Embassy in Hanoi, and handed him a note.", "2023-09-05",
			"The foreign ministry", []string{"org:vnm-ministry-of-foreign-affairs"}},
		{"government_addressing_another", "HANOI, Sept 4 (VNA) -- Vietnam protested to China over the map, which China defends as China's own.\n\"The government firmly asks the Chinese government to withdraw the map,\" spokesman Pham Thu Hang said.", "2023-09-05",
			"The government", []string{"state:VNM"}},
	})
}
