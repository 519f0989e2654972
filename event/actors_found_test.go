package event_test

import (
	"testing"

	"parley"
)

// TestActorsFoundInTheArticle checks events whose actor the resolver
// used to miss: bodies written once for two ("the Russian and Chinese
// foreign ministries"), a state's political prisoners, movements the
// text names.
func TestActorsFoundInTheArticle(t *testing.T) {
	tests := []eventCase{
		{"recognised_two_republics", "2022-02-22",
			"Putin recognised the Donetsk and Luhansk people's republics as independent states on Monday.",
			[]want{{typ: parley.Support, source: "Vladimir Putin", target: "Donetsk People's Republic", date: "2022-02-21"},
				{typ: parley.Support, source: "Vladimir Putin", target: "Luhansk People's Republic", date: "2022-02-21"}}},
		{"two_parties_accuse", "2024-05-10",
			"The Democratic and Republican parties accused the White House of delaying the budget.",
			[]want{{typ: parley.Accuse, source: "Democratic Party", target: "United States"},
				{typ: parley.Accuse, source: "Republican Party", target: "United States"}}},
		{"two_foreign_ministries_condemn", "2024-05-10",
			"The Russian and Chinese foreign ministries on Monday condemned Israel's strike on the consulate.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "Israel"}}},
		{"political_prisoners_freed", "2025-09-12",
			"Belarus said on Monday it wanted talks. Belarusian President Alexander Lukashenko spoke in Minsk. Belarus freed 52 political prisoners on Thursday.",
			[]want{{typ: parley.Retreat, source: "Belarus", target: "Belarusian political prisoners", date: "2025-09-11"}}},
		{"a_movement_backed", "2024-05-10",
			"Armenia said on Monday it would hand over the villages. Armenian Prime Minister Nikol Pashinyan defended the deal in Yerevan. Archbishop Galstanyan leads the Tavush for the Homeland movement. The opposition Armenia Alliance backed the movement on Tuesday.",
			[]want{{typ: parley.Support, source: "Armenia Alliance", target: "Tavush for the Homeland", date: "2024-05-07"}}},
		{"an_alliance_accused", "2024-05-10",
			"Kenya said on Monday it would raise taxes. Kenyan President William Ruto defended the plan in Nairobi. The MDF, a pro-democracy alliance formed in March, called a general strike. The government accused the alliance of plotting a coup.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "MDF"}}},
	}
	runEventCases(t, tests)
}

// TestActorsFoundNot checks that the new readings stay where they belong.
func TestActorsFoundNot(t *testing.T) {
	tests := []notCase{
		{"a_party_urging_its_own_supporters", "2024-05-10",
			"Hezbollah urged Hezbollah supporters on Monday to avoid the border.",
			want{typ: parley.Request, source: "Hezbollah", target: "Hezbollah supporters"}},
		// prisoners flown abroad stay the prisoners of the state that held them
		{"prisoners_flown_to_washington_are_not_american", "2023-02-10",
			"Nicaragua said on Thursday it had acted alone. President Daniel Ortega spoke in Managua. Nicaragua released 222 political prisoners and put them on a plane to Washington.",
			want{typ: parley.Retreat, target: "American political prisoners"}},
	}
	runNotCases(t, tests)
}

// TestStatesBeforeSurnamesAndChambers checks that a state's own name wins
// over a leader's family name spelt the same ("Montenegro's government"
// is not Luís Montenegro's Portugal), and that opposition deputies who
// boycott "the chamber" boycott their parliament.
func TestStatesBeforeSurnamesAndChambers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"state_named_like_a_leader", "2024-09-11",
			"Montenegro's government accused Serbia of meddling on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Montenegro", target: "Serbia", date: "2024-09-10"}}},
		{"opposition_boycotts_the_chamber", "2020-03-11",
			"Montenegro's parliament passed the law on Friday. Montenegro's president signed it. Montenegro's government welcomed it. " +
				"Opposition deputies have boycotted the chamber since the election, arguing that the vote was stolen.",
			[]want{{typ: parley.Protest, source: "Montenegrin opposition deputies", target: "Parliament of Montenegro"}}},
	})
}
