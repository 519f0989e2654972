package actor

import "testing"

// TestCoupMakersInAState checks that officers or soldiers named with the
// state they are in, who seized power there — told directly or in their
// own report ("said on Wednesday they had seized power") — are the
// council its junta rules through, and that soldiers in a state with no
// junta stay unnamed.
func TestCoupMakersInAState(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"officers_in_a_state_said_they_seized_power", "Army officers in Gabon said on Wednesday they had seized power and placed President Ali Bongo under house arrest.", "2023-08-31",
			"Army officers in Gabon", []string{"org:ctri-gabon"}},
		{"soldiers_in_a_state_seized_power", "Soldiers in Gabon seized power on Wednesday.", "2023-08-31",
			"Soldiers in Gabon", []string{"org:ctri-gabon"}},
		{"mutinous_soldiers_open_the_sentence", "President Ibrahim Boubacar Keïta of Mali was at home in Bamako. Mutinous soldiers detained him on Tuesday.", "2020-08-19",
			"Mutinous soldiers", []string{"org:cnsp-mali"}},
		{"soldiers_in_a_state_without_a_junta", "Soldiers in Kenya said they had seized power.", "2023-08-31",
			"Soldiers in Kenya", nil},
	})
}
