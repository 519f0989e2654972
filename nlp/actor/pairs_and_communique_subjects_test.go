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

// "The Council" opening sentence after sentence of a communiqué stays the
// body it referred to at the opening before, though another council was
// named in between.
func TestCommuniqueSubjectKept(t *testing.T) {
	const text = "The Peace and Security Council of the African Union met in Addis Ababa on Friday. " +
		"The Council appeals to the United Nations Security Council to fund the mission. " +
		"The Council thanks Kenya and Uganda for their troops."
	r := resolve(t, text, "2024-12-28")
	var last []string
	for _, m := range r.Mentions {
		if m.Text == "The Council" {
			last = m.Actors
		}
	}
	if len(last) != 1 || last[0] != "org:au-psc" {
		t.Errorf("the last \"The Council\" → %v, want [org:au-psc]", last)
	}
}
