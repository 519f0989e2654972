package actor

import "testing"

// A state's pilots are its armed forces: labellers code the airmen a
// story blames as the state whose jets they fly.
func TestPilotsOfAState(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"pilots_blamed_for_an_intercept", "The Dutch defence ministry accused the Turkish pilots of flying too close to its frigate.", "2024-03-02", "Turkish pilots", []string{"org:turkish-armed-forces"}},
		{"pilots_after_a_possessive_are_its_known_army", "India said Pakistan's pilots had crossed the line of control twice.", "2019-02-28", "Pakistan's pilots", []string{"org:pakistan-army"}},
	})
}

// An office written out in full, "the Title of the Body, Name,", names
// its holder as the lower-case "the head of the Body, Name," does; a
// body's name may join two words with "and".
func TestOfficesWrittenOutBeforeTheHolder(t *testing.T) {
	runRoleCases(t, "2013-11-25", []roleCase{
		{"The Director-General of the Asian and Oceanian Affairs Bureau, Junichi Ihara, said it was wrong.", "Junichi Ihara", "Director-General of the Asian and Oceanian Affairs Bureau"},
		{"On Monday the Secretary-General of the Baltic Fisheries Board, Liina Saar, called the quotas unfair.", "Liina Saar", "Secretary-General of the Baltic Fisheries Board"},
		{"The deputy head of the Trade and Investment Office, Marco Ruiz, signed the memorandum.", "Marco Ruiz", "deputy head of the Trade and Investment Office"},
	})
}

// A body named in full may be referred back to by the last two words of
// its name in lower case: "the action group", "the fisheries board".
func TestBodiesReferredToByTheirHead(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_action_group", "The Commonwealth Ministerial Action Group met on Friday. Its envoy, Willy Mutunga, visited Male. The attorney general accused the action group of bias.", "2016-10-13", "the action group", []string{"org:cmag"}},
		{"the_fisheries_board", "The Baltic Fisheries Board cut the quotas. Lithuania said the fisheries board had ignored its scientists.", "2024-03-02", "the fisheries board", []string{"new:organization:baltic-fisheries-board"}},
		{"a_head_with_another_modifier_is_not_the_body", "The Baltic Fisheries Board cut the quotas. Lithuania said the advisory board had ignored its scientists.", "2024-03-02", "the advisory board", nil},
	})
}

// A role phrase before "Name," does not reach back past a verb whose past
// form is irregular.
func TestRolesStopAtIrregularVerbs(t *testing.T) {
	runRoleCases(t, "2016-10-13", []roleCase{
		{"The bloc had chosen its special envoy, Willy Mutunga, who visited Male.", "Willy Mutunga", "special envoy"},
		{"The ministry sent its deputy spokesman, Arturo Lenz, to the briefing.", "Arturo Lenz", "deputy spokesman"},
	})
}

// "The Community" refers back to a body whose name holds the word, as
// "the Union" does; "the community" in lower case is people, no body.
func TestTheCommunity(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_community_capitalised", "The Economic Community of West African States met in Abuja. The Community suspended Niger on Sunday.", "2023-07-31", "The Community", []string{"org:ecowas"}},
		{"the_community_in_lower_case", "The Economic Community of West African States met in Abuja. Leaders of the community in Agadez welcomed the move.", "2023-07-31", "the community", nil},
	})
}

// Bodies the knowledge base gained: regional groupings and the juntas and
// transitional governments of their day.
func TestBodiesAddedToTheKnowledgeBase(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"g5_sahel", "The G5 Sahel met in N'Djamena on Monday.", "2021-02-15", "G5 Sahel", []string{"org:g5-sahel"}},
		{"lake_chad_task_force", "The Multinational Joint Task Force said its troops had retaken Baga.", "2015-02-20", "Multinational Joint Task Force", []string{"org:mnjtf"}},
		{"somalias_transitional_government", "Ethiopian troops backed the Transitional Federal Government in Baidoa.", "2006-12-20", "Transitional Federal Government", []string{"org:tfg-somalia"}},
		{"guineas_junta_of_2008", "The CNDD said it would hold elections in 2010.", "2009-10-18", "CNDD", []string{"org:cndd-guinea"}},
	})
}

// In a home agency's report filed from its capital, an official the text
// gives no state is that state's, though the story names another more.
func TestOfficialsOfAHomeWire(t *testing.T) {
	text := "SEOUL, March 22 (Yonhap) -- South Korea lodged a protest with Japan over Tokyo's textbooks. First Vice Foreign Minister Kim Hong-kyun summoned Japanese Ambassador Koichi Mizushima. Japan said Japan would not change the books, and Japan's embassy said Japan had explained its view."
	r := resolve(t, text, "2024-03-23")
	found := false
	for _, a := range r.Actors {
		if a.Name == "Kim Hong-kyun" {
			found = true
			if a.Country != "KOR" {
				t.Errorf("Kim Hong-kyun: country %q, want KOR", a.Country)
			}
		}
	}
	if !found {
		t.Errorf("no actor Kim Hong-kyun in %q", text)
	}
}
