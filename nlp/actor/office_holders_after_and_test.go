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
