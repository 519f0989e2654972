package actor

import "testing"

// A state's pilots are its armed forces: labellers code the airmen a
// story blames as the state whose jets they fly.
func TestPilotsOfAState(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"pilots_blamed_for_an_intercept", "The Dutch defence ministry accused the Turkish pilots of flying too close to its frigate.", "2024-03-02", "Turkish pilots", []string{"org:turkish-armed-forces"}},
		{"pilots_after_a_possessive_are_its_known_army", "India said Pakistan's pilots had crossed the line of control twice.", "2019-02-28", "Pakistan's pilots", []string{"org:pakistan-army"}},
	})
}
