package actor

import "testing"

// TestPeopleWhoFled checks deserters, defectors and asylum seekers named
// by their country's adjective: a group of that people, not the state
// they fled.
func TestPeopleWhoFled(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"deserters_granted_asylum", "Germany granted asylum to two Russian deserters.", "2024-06-20",
			"Russian deserters", []string{"new:organization:russian-deserters"}},
		{"defectors_arrived", "Seoul said three North Korean defectors arrived by boat.", "2024-06-20",
			"North Korean defectors", []string{"new:organization:north-korean-defectors"}},
	})
}
