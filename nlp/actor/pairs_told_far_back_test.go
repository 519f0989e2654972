package actor

import "testing"

// TestPairsToldFarBack checks "both men" and "both candidates" long after
// the pair the story is about: the pair a group phrase stood for, or the
// one "and" joined, when the story names it more often than two people
// named since, whom nothing groups.
func TestPairsToldFarBack(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"joined_pair_many_sentences_back",
			"Ashraf Ghani and Abdullah Abdullah signed the power-sharing deal in Kabul on Sunday. Ghani will become president. " +
				"Abdullah will take a new post of chief executive. The deal followed a long audit of the vote. The audit began in July. " +
				"Ballots came in from all provinces. Observers counted them for weeks. Many were thrown out. Abdullah's team walked out twice. " +
				"In July, John Kerry flew to Kabul for talks on the audit. Kerry said the count would be fair. Barack Obama also telephoned both men.",
			"2014-09-23", "both men", []string{"person:ashraf-ghani", "person:abdullah-abdullah"}},
		{"candidates_as_a_pair",
			"Ashraf Ghani and Abdullah Abdullah signed the power-sharing deal in Kabul on Sunday. Ghani will become president. " +
				"Abdullah will take a new post of chief executive. The deal followed a long audit of the vote. The audit began in July. " +
				"Ballots came in from all provinces. Observers counted them for weeks. Many were thrown out. Abdullah's team walked out twice. " +
				"Kerry said the count would be fair. The White House praised both candidates.",
			"2014-09-23", "both candidates", []string{"person:ashraf-ghani", "person:abdullah-abdullah"}},
		{"the_pair_a_group_phrase_stood_for",
			"Mwai Kibaki and opposition leader Raila Odinga signed the accord on Thursday. The two leaders had spent five hours in talks, " +
				"with Kofi Annan and Jakaya Kikwete in the room. Kibaki said the deal would hold. Odinga called it a fresh start. " +
				"Annan thanked the negotiators. Kikwete flew home in the evening. In February, Condoleezza Rice met both men separately.",
			"2008-02-29", "both men", []string{"person:mwai-kibaki", "person:raila-odinga"}},
		{"names_after_a_title_in_apposition",
			"Leonid Kuchma met Javier Solana on Friday. Talks in the evening brought together the two candidates, Prime Minister Viktor Yanukovych and Viktor Yushchenko.",
			"2004-11-26", "the two candidates", nil},
	})
}
