package actor

import "testing"

// TestFormsOfAddress checks "H.E." and "His Excellency" before a name: the
// name is a person's, with the office an apposition gives, never the form
// of address as an office.
func TestFormsOfAddress(t *testing.T) {
	runRoleCases(t, "2024-06-07", []roleCase{
		{"Foreign Minister Vivian Balakrishnan received the Ambassador of Indonesia, H.E. Suryo Pratomo, on 3 June.", "Suryo Pratomo", "Ambassador of Indonesia"},
		{"Foreign Minister Vivian Balakrishnan received His Excellency Suryo Pratomo, Ambassador of Indonesia, on 3 June.", "Suryo Pratomo", "Ambassador of Indonesia"},
		{"Foreign Minister Vivian Balakrishnan received H.E. Suryo Pratomo, the Ambassador of Indonesia, on 3 June.", "Suryo Pratomo", "Ambassador of Indonesia"},
		{"The minister received H.E. Suryo Pratomo on 3 June.", "Suryo Pratomo", ""},
	})
}

// TestCapitalAnEnvoyLeaves checks a capital after "its ambassador from":
// the government he leaves, where an envoy expelled "from" a capital
// leaves a place.
func TestCapitalAnEnvoyLeaves(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"recalled_its_ambassador_from_a_capital", "Turkey accused Sweden. Morocco recalled its ambassador from Algiers in 2021.", "2024-06-07",
			"Algiers", []string{"state:DZA"}},
		{"withdrew_its_envoy_from_a_capital", "Turkey accused Sweden. Morocco withdrew its envoy from Algiers on Tuesday.", "2024-06-07",
			"Algiers", []string{"state:DZA"}},
		{"expelled_an_envoy_from_the_capital_is_a_place", "Turkey accused Sweden. Chávez expelled the United States ambassador from Caracas on Thursday.", "2008-09-13",
			"Caracas", nil},
	})
}

// TestTheKingdomCapitalised checks "the Kingdom" written with a capital
// inside a sentence, as Gulf readouts write it: the kingdom named last,
// or the kingdom whose ministry spoke; "the Kingdom Tower" is a name.
func TestTheKingdomCapitalised(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_kingdom_after_its_name", "The Ministry of Foreign Affairs of the Kingdom of Saudi Arabia expresses the Kingdom's condemnation of the strikes.", "2025-05-21",
			"the Kingdom", []string{"state:SAU"}},
		{"the_kingdom_after_its_ministry", "Saudi Arabia's foreign ministry expressed the Kingdom's condemnation of the strikes.", "2025-05-21",
			"the Kingdom", []string{"state:SAU"}},
		{"the_kingdom_in_a_name_is_no_state", "Saudi Arabia hosted the talks. Guests toured the Kingdom Tower.", "2025-05-21",
			"the Kingdom", nil},
	})
}
