package actor

import "testing"

// TestOfficeHoldersAfterAnd checks "and" before an office and its holder
// ("Prime Minister Diab and Parliament Speaker Nabih Berri"): it joins
// two people, so the family name before it is no part of a body's name.
func TestOfficeHoldersAfterAnd(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"surname_then_a_speaker", "Macron met Michel Aoun, Prime Minister Diab and Parliament Speaker Nabih Berri in Baabda.", "2020-08-06",
			"Prime Minister Diab", []string{"person:hassan-diab"}},
		{"a_body_joined_by_and", "Officials of the Belt and Road Forum met in Beijing.", "2023-10-18",
			"Belt and Road Forum", []string{"new:organization:belt-and-road-forum"}},
	})
}

// TestCrowdsNamedAgain checks "the protesters" in a sentence set in
// another country's capital ("In Washington, … stood with the
// protesters"): the crowd told before, not a crowd of the capital's
// country.
func TestCrowdsNamedAgain(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_crowd_told_before", "Thousands of Iranians protested in Tehran on Saturday. In Paris, Emmanuel Macron said France stood with the protesters.", "2022-09-25",
			"the protesters", []string{"new:organization:iranian-protesters"}},
	})
}

// TestGovernmentsProtestedAgainst checks "protest against the
// government" in a sentence set in one country's capital, in a story
// that names another state more: the government where the crowd
// gathers.
func TestGovernmentsProtestedAgainst(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"where_the_crowd_gathers", "Thousands of Iranians marched in Tehran on Saturday to protest against the government. In Paris, Emmanuel Macron said France stood with the protesters, and French ministers said France would raise the matter at the UN.", "2022-09-25",
			"the government", []string{"state:IRN"}},
	})
}

// TestJuntaLeaders checks "junta leaders" and "junta officials" as the
// junta that rules, even in a sentence whose subject is another state's
// capital.
func TestJuntaLeaders(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"sanctions_on_junta_leaders", "Myanmar's junta seized power in a coup on February 1. Washington has imposed sanctions on junta leaders.", "2021-10-17",
			"junta leaders", []string{"org:sac-myanmar"}},
	})
}
