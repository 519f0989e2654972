package actor

import "testing"

// TestRoleWordsAsObjects checks that "the envoy" or "the ambassador" that
// an act is done to is the one person the sentences before named with
// that title, and that "the envoy" finds an ambassador; two such people,
// or a place or state after the title, leave it unresolved.
func TestRoleWordsAsObjects(t *testing.T) {
	const unseen = "Ambassador Tomas Varga arrived in Kampala on Monday. "
	tests := []mentionCase{
		{"accused_the_envoy_of", unseen + "The government accused the envoy of meddling in the vote.", "2024-05-10", "the envoy", []string{"new:person:tomas-varga"}},
		{"expelled_the_envoy_on_a_day", unseen + "Uganda expelled the envoy on Tuesday.", "2024-05-10", "the envoy", []string{"new:person:tomas-varga"}},
		{"two_ambassadors_leave_it_open", unseen + "Ambassador Lena Horvat joined him. Uganda accused the envoy of meddling.", "2024-05-10", "the envoy", nil},
		{"a_state_after_the_title", unseen + "Uganda expelled the envoy to Hungary on Tuesday.", "2024-05-10", "the envoy", nil},
		{"an_ambassador_is_no_rapporteur", unseen + "The council thanked the rapporteur for his work.", "2024-05-10", "the rapporteur", nil},
	}
	runMentionCases(t, tests)
}

// TestSeatsOfGovernment checks that a building that news uses for its
// government, a foreign ministry's palace among them, is that state and
// not a person named like the hero it honours.
func TestSeatsOfGovernment(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_foreign_ministry_palace", "The two ministers agreed to restart talks, the Palacio San Martín said.", "2024-02-23", "Palacio San Martín", []string{"state:ARG"}},
		{"a_presidential_palace", "The Casa Rosada said the talks would go on.", "2024-02-23", "Casa Rosada", []string{"state:ARG"}},
		{"a_foreign_ministry_tower", "Torre Tagle said the two ministers would meet again in May.", "2024-02-23", "Torre Tagle", []string{"state:PER"}},
	})
}
