package actor

import "testing"

// TestLedForces checks that a compound naming who leads a coalition or
// mission ("the UK-led coalition") names that state, not a body the
// knowledge base lacks called "UK-led".
func TestLedForces(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_state_abbreviation_leads", "Bahrain joined the UK-led coalition in the Gulf last spring.", "2020-06-01",
			"UK-led", []string{"state:GBR"}},
		{"a_demonym_leads", "Oman joined the American-led coalition against the pirates.", "2020-06-01",
			"American-led", []string{"state:USA"}},
		{"a_backed_alliance", "The army fought the Iran-backed alliance near the border.", "2020-06-01",
			"Iran-backed alliance", nil},
	})
}
