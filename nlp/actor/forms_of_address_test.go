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

// TestBareSecretaryGeneral checks "the Secretary-General" with no body
// named with it: a secretary-general the story named before, else the
// head of the nearest body before it that has one (a UN organ counts as
// the UN), else the UN's; no one when the story names a
// party or another body whose head the knowledge base may not know.
func TestBareSecretaryGeneral(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"alone_in_a_statement", "The Secretary-General strongly condemns the missile attack on Kharkiv.", "2024-05-21",
			"The Secretary-General", []string{"person:antonio-guterres"}},
		{"after_a_un_organ", "The Security Council met on Monday. The Secretary-General condemned the strike.", "2024-05-21",
			"The Secretary-General", []string{"person:antonio-guterres"}},
		{"after_nato", "NATO said it was concerned. The Secretary-General condemned the Russian strike.", "2024-05-21",
			"The Secretary-General", []string{"person:jens-stoltenberg"}},
		{"the_council_asked_him", "Further, the Security Council requested the Secretary-General to report on the resolution.", "2011-10-21",
			"the Secretary-General", []string{"person:ban-ki-moon"}},
		{"after_a_party", "The ruling party met on Monday. The Secretary-General said the vote would go ahead.", "2024-05-21",
			"The Secretary-General", nil},
		{"the_one_named_before_another_body", "António Guterres phoned the Moroccan foreign minister. NATO later met in Brussels. The Secretary-General urged calm.", "2024-05-21",
			"The Secretary-General", []string{"person:antonio-guterres"}},
	})
}

// TestBodyHeadBeforeAStatementVerb checks a body's head named by title
// before an adverb or a statement's present tense: "the UN
// Secretary-General strongly condemns".
func TestBodyHeadBeforeAStatementVerb(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"before_an_adverb", "The UN Secretary-General strongly condemned the attack.", "2024-05-21",
			"UN Secretary-General", []string{"person:antonio-guterres"}},
		{"before_a_present_tense", "The UN Secretary-General condemns the attack.", "2024-05-21",
			"UN Secretary-General", []string{"person:antonio-guterres"}},
	})
}

// TestEpithetAfterALeader checks "the island nation" after "for", and
// its state named only through its leader's title before.
func TestEpithetAfterALeader(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"state_named_through_its_leader", "Narendra Modi and Mauritian Prime Minister Navin Ramgoolam held talks on Tuesday. Modi also announced a new line of credit for the island nation.", "2025-03-12",
			"the island nation", []string{"state:MUS"}},
		{"state_named_after_for", "Mauritius held elections. Modi announced a line of credit for the island nation.", "2025-03-12",
			"the island nation", []string{"state:MUS"}},
		{"fought_for_the_nation_is_its_own", "Mauritius held elections. Its soldiers fought for the island nation.", "2025-03-12",
			"the island nation", nil},
	})
}

// TestNewBeforeATitle checks "new" before a title that opens a person's
// name: the person's mention takes it in (the state's possessive stays a
// mention of its own); a dateline's "NEW YORK" opens no title.
func TestNewBeforeATitle(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"new_president_after_a_possessive", "Pezeshkian congratulated Lebanon's new president Joseph Aoun on his election.", "2025-03-15",
			"new president Joseph Aoun", []string{"person:joseph-aoun"}},
		{"a_dateline_is_no_title", "Split over Iraq\n\nNEW YORK — Inspectors told the Security Council that Iraq was cooperating.", "2003-02-15",
			"Iraq", []string{"state:IRQ"}},
	})
}

// TestTopDiplomat checks "Iran's top diplomat" and "the Iranian top
// diplomat": the state's foreign minister on the day.
func TestTopDiplomat(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"possessive_top_diplomat", "Iran's top diplomat thanked Oman for its role.", "2025-03-15",
			"Iran's top diplomat", []string{"person:abbas-araghchi"}},
		{"adjective_top_diplomat", "The Iranian top diplomat thanked Oman.", "2025-03-15",
			"The Iranian top diplomat", []string{"person:abbas-araghchi"}},
	})
}
