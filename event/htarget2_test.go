package event_test

import (
	"testing"

	"parley"
)

// TestBuildUpAtTheBorder checks that forces moved to "the border" or
// "the frontier" face the state across the border the article named
// before, and no one when that border is not told or is two others'.
func TestBuildUpAtTheBorder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"troops_to_the_border_named_before", "2024-05-10",
			"Tension is rising on Kosovo's border with Serbia. Serbia deployed additional troops to the border on Monday.",
			[]want{{typ: parley.Mobilize, source: "Serbia", target: "Kosovo"}}},
		{"soldiers_to_the_frontier", "2024-05-10",
			"Guyana's border with Venezuela runs through dense jungle. Guyana moved soldiers to the frontier on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "Guyana", target: "Venezuela"}}},
		{"border_of_migrants", "2024-05-10",
			"Thousands of migrants are camped near the border with Belarus. Poland sent 10,000 soldiers to the frontier.",
			[]want{{typ: parley.Mobilize, source: "Poland", target: "Belarus"}}},
		{"border_named_by_the_other_side", "2024-05-10",
			"Fighting broke out along Tajikistan's border with Kyrgyzstan on Wednesday. Kyrgyzstan deployed extra troops to the border, officials said.",
			[]want{{typ: parley.Mobilize, source: "Kyrgyzstan", target: "Tajikistan"}}},
	})
	runNotCases(t, []notCase{
		// No border told before: no one faced.
		{"no_border_told", "2024-05-10",
			"Kosovo's prime minister visited Berlin. Serbia deployed additional troops to the border on Monday.",
			want{typ: parley.Mobilize, source: "Serbia"}},
		// A border between two others: a third side's troops face neither.
		{"border_of_two_others", "2024-05-10",
			"Fighting broke out on the border between Armenia and Azerbaijan. Russia sent more troops to the border.",
			want{typ: parley.Mobilize, source: "Russia"}},
	})
}

// TestReleaseOfThemDemanded checks that a demand for "his release" or
// "their release" is aimed at whoever the article told detaining them.
func TestReleaseOfThemDemanded(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_for_his_release", "2024-05-10",
			"Soldiers detained President Keita on Tuesday. Guterres called for his immediate and unconditional release.",
			[]want{{typ: parley.Request, source: "António Guterres", target: "Malian Armed Forces"}}},
		{"demanded_their_release", "2024-05-10",
			"Iran seized two British tankers last week. London demanded their release on Sunday.",
			[]want{{typ: parley.Request, source: "United Kingdom", target: "Iran"}}},
		{"urged_his_swift_release", "2024-05-10",
			"Venezuelan police arrested the opposition leader on Monday. The EU urged his swift release.",
			[]want{{typ: parley.Request, source: "European Union", target: "Police of Venezuela"}}},
	})
	runNotCases(t, []notCase{
		// Nobody told detaining anyone: no captor to ask.
		{"release_with_no_detention", "2024-05-10",
			"Russia and Ukraine held talks in Istanbul. The EU urged his swift release.",
			want{typ: parley.Request, source: "European Union"}},
	})
}

// TestRevengeVowed checks that a vow of revenge naming no one is aimed
// at whoever struck the vower's side just before.
func TestRevengeVowed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"revenge_for_a_death", "2024-05-10",
			"A US drone strike killed General Soleimani in Baghdad. Khamenei vowed harsh revenge for his death.",
			[]want{{typ: parley.Threaten, source: "Ali Khamenei", target: "United States"}}},
	})
}
