package actor

import "testing"

// A crowd opening a sentence in a story about two states belongs where
// the sentence before set the scene, as the police do.
func TestCrowdsPlacedByTheSentenceBefore(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"protesters_after_riots_in_a_capital", "Media statement | Prime Minister of New Zealand | Wellington, 8 May 2024\n\nNew Zealand will send police to Vanuatu at the request of its Prime Minister, after violent protests in Port Vila yesterday. Protesters gathered outside the parliament, demanding his resignation.", "2024-05-08", "Protesters", []string{"new:organization:ni-vanuatu-protesters"}},
		{"demonstrators_after_clashes_in_a_city", "Press release | Ministry of Foreign Affairs of France | Paris, 8 May 2024\n\nFrance and Senegal discussed the unrest after clashes in Ziguinchor on Friday. Demonstrators marched on the governor's office.", "2024-05-08", "Demonstrators", []string{"new:organization:senegalese-demonstrators"}},
		{"a_crowd_with_its_own_place_stays_there", "France and Senegal discussed the unrest after clashes in Ziguinchor on Friday. Protesters in Bamako burned French flags.", "2024-05-08", "Protesters", []string{"new:organization:malian-protesters"}},
	})
}

// "Their deputies" are the seconds of those just named, not a legislature
// acting as one, as bare "deputies" are.
func TestDeputiesOfSomeone(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_ministers_deputies", "Chile's Foreign Minister Alberto van Klaveren received his Argentine counterpart, Diana Mondino, on Thursday. The ministers agreed to meet again in Mendoza in June and instructed their deputies to prepare a new agreement on mining.", "2024-05-08", "deputies", nil},
		{"bare_deputies_are_the_legislature", "Peru's foreign minister met his Bolivian counterpart in La Paz. In Lima, deputies voted to censure the minister.", "2024-05-08", "deputies", []string{"org:congress-peru"}},
	})
}
