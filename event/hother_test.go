package event_test

import (
	"testing"

	"parley"
)

// TestSpeakerParticiples checks a speech participle after the clause a
// person reports of their own state: the accusing, the warning, the call
// is made in the speaking, so it is the speaker's ("Baerbock said that
// Germany was expelling two diplomats, accusing Moscow of espionage").
func TestSpeakerParticiples(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"minister_said_that_state_expels_accusing", "2023-09-20",
			"Foreign Minister Annalena Baerbock said on Monday that Germany was expelling two Russian diplomats, accusing Moscow of espionage.",
			want{typ: parley.Accuse, source: "Annalena Baerbock", target: "Russia"},
			want{typ: parley.Accuse, source: "Germany", target: "Russia"}},
		{"leader_told_parliament_that_state_had_expelled", "2023-09-20",
			"Prime Minister Justin Trudeau told parliament that Canada had expelled an Indian diplomat, accusing New Delhi of involvement in the killing.",
			want{typ: parley.Accuse, source: "Justin Trudeau", target: "India"},
			want{typ: parley.Accuse, source: "Canada", target: "India"}},
		{"president_said_without_that_criticising", "2023-09-20",
			"President Lula said Brazil would not send ammunition to Ukraine, criticising NATO for prolonging the war.",
			want{typ: parley.Accuse, source: "Luiz Inácio Lula da Silva", target: "North Atlantic Treaty Organization"},
			want{typ: parley.Accuse, source: "Brazil", target: "North Atlantic Treaty Organization"}},
		{"president_announced_that_state_recalls_calling", "2024-04-10",
			"President Gabriel Boric announced that Chile was recalling its ambassador from Caracas, calling on Venezuela to publish the vote tallies.",
			want{typ: parley.Request, source: "Gabriel Boric", target: "Venezuela"},
			want{typ: parley.Request, source: "Chile", target: "Venezuela"}},
		{"minister_announced_state_cuts_ties_accusing", "2024-04-10",
			"Foreign Minister Diana Mondino announced on Tuesday that Argentina was cutting ties with Caracas, accusing Venezuela of fraud.",
			want{typ: parley.Accuse, source: "Diana Mondino", target: "Venezuela"},
			want{typ: parley.Accuse, source: "Argentina", target: "Venezuela"}},
		// A state saying its forces did something still accuses as the state.
		{"state_said_its_forces_accusing", "2023-09-20",
			"Russia said that its forces had repelled the attack, accusing Ukraine of terrorism.",
			want{typ: parley.Accuse, source: "Russia", target: "Ukraine"},
			want{typ: parley.Accuse, source: "Armed Forces of the Russian Federation", target: "Ukraine"}},
	})
}
