package actor

import "testing"

// TestForcesOfGroupLeaders checks "his forces" said by the leader of an
// armed group: the group's fighters, not the army of the state he is of.
func TestForcesOfGroupLeaders(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"group_leader", "Debretsion Gebremichael said on Sunday that his forces had pulled back from the town.",
			"2021-06-28", "his forces", []string{"org:tplf"}},
		{"state_leader", "Recep Tayyip Erdoğan said on Sunday that his forces had struck the camps.",
			"2021-06-28", "his forces", []string{"org:turkish-armed-forces"}},
	})
}
