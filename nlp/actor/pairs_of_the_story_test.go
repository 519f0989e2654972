package actor

import "testing"

// "Both governments" is never the tail of a longer list, and the pair the
// story is about outweighs the last two states named, however recently
// both were.
func TestPairsOfTheStory(t *testing.T) {
	const story = "Ethiopia accused Eritrea of massing troops on the border. Eritrea denied it. " +
		"Ethiopia said Eritrean units had crossed near Badme on Monday. Eritrea called the claim a lie. " +
		"Ethiopia recalled its envoy from Asmara. " +
		"Kenya, Uganda and Djibouti postponed a regional summit. " +
		"Washington has also leaned on Khartoum. " +
		"The African Union urged both governments to exercise restraint."
	runMentionCases(t, []mentionCase{
		{"both_governments_are_the_story_pair", story, "2024-05-08", "both governments", []string{"state:ETH", "state:ERI"}},
	})
}
