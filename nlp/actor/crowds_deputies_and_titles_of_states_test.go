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

// A title, "of" and a state right before a name the knowledge base lacks
// title that name ("Foreign Minister of Laos Thongsavanh Phomvihane"); an
// adjective opening a state's long name ("of the Libyan Arab
// Jamahiriya") does not.
func TestTitleOfStateBeforeName(t *testing.T) {
	runRoleCases(t, "2024-07-26", []roleCase{
		{"Sergey Lavrov held talks with Foreign Minister of Laos Thongsavanh Phomvihane on July 25.", "Thongsavanh Phomvihane", "Foreign Minister of Laos"},
		{"Wang Yi met Minister of Foreign Affairs of Cambodia Sok Chenda Sophea in Beijing.", "Sok Chenda Sophea", "Minister of Foreign Affairs of Cambodia"},
	})
	runMentionCases(t, []mentionCase{
		{"not_a_state_name_after_its_adjective", "After the vote, the Deputy Permanent Representative of the Libyan Arab Jamahiriya welcomed the resolution.", "2011-03-18", "Arab Jamahiriya", nil},
	})
}

// "The two leaders" after a sentence that spoke of a pair as "They" are
// that pair, not the last two people named ("They were received by the
// Prime Minister, Michel Rocard").
func TestTwoLeadersAfterTheyOfAPair(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_pair_of_they", "Two men who had not spoken for years signed a plan on Sunday. Jacques Lafleur, leader of the loyalist party of the territory, and Jean-Marie Tjibaou, president of the Kanak and Socialist National Liberation Front, signed the accords in Paris before dawn.\n\nThey had been received there on Saturday by the Prime Minister, Michel Rocard, who kept both delegations talking. The two leaders then shook hands.", "1988-06-28", "The two leaders", []string{"new:person:jacques-lafleur", "new:person:jean-marie-tjibaou"}},
	})
}

// "The bloc" said again keeps the body it stood for when no body was named
// by name since the sentence before.
func TestTheBlocAgain(t *testing.T) {
	text := "Leaders of Mercosur met in Asunción on Friday, where the bloc and the European Union announced a trade deal.\n\n" +
		"Ursula von der Leyen flew in for the announcement.\n\n" +
		"\"This is a good day,\" she told reporters.\n\n" +
		"Milei, who has criticised the bloc as a prison, signed the communiqué."
	r := resolve(t, text, "2024-12-07")
	var got [][]string
	for _, m := range r.Mentions {
		if m.Text == "the bloc" {
			got = append(got, m.Actors)
		}
	}
	if len(got) != 2 || len(got[1]) != 1 || got[1][0] != "org:mercosur" {
		t.Errorf("the bloc: %v, want Mercosur both times", got)
	}
}
