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

// TestRebelsLoyalToGroupLeaders checks "the rebels loyal to" the leader
// of an armed group: that group, by the name it goes by on the day.
func TestRebelsLoyalToGroupLeaders(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"rebels_loyal_to_the_chairman", "The government and the rebels loyal to Riek Machar met in Addis Ababa.",
			"2014-01-24", "rebels loyal to Riek Machar", []string{"org:splm-io"}},
		{"office_before_the_name", "The government and the rebels loyal to the former vice-president, Riek Machar, signed a truce.",
			"2014-01-24", "rebels loyal to the former vice-president, Riek Machar", []string{"org:splm-io"}},
		{"in_opposition_spelled_out", "Taban Deng Gai spoke for the rebels, who now call themselves the SPLM/A in Opposition.",
			"2014-01-24", "SPLM/A in Opposition", []string{"org:splm-io"}},
	})
}

// TestRebelsOfTheStory checks "the rebels" in a story that names one
// armed group, before or later in the same sentence: that group, not
// rebels of the dateline's state or of the state the story is about.
func TestRebelsOfTheStory(t *testing.T) {
	text := "ADDIS ABABA — Negotiators for the government and for the rebels, who now call themselves the SPLM/A in Opposition, signed a truce. The rebels have demanded that Uganda withdraw its forces."
	runMentionCases(t, []mentionCase{
		{"named_later_in_the_sentence", text, "2014-01-24", "the rebels", []string{"org:splm-io"}},
		{"named_before", text, "2014-01-24", "The rebels", []string{"org:splm-io"}},
	})
}
