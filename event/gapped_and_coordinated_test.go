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

// TestCoordinatedEnvoys checks envoys of two states joined by "and"
// after a penalty's verb: both states are targets, not only the second
// ("expelled the Russian ambassador and the Belarusian envoy").
func TestCoordinatedEnvoys(t *testing.T) {
	runEventCases(t, []eventCase{
		{"expelled_two_states_envoys", "2024-03-05",
			"Lithuania expelled the Russian ambassador and the Belarusian envoy.",
			[]want{{typ: parley.Sanction, source: "Lithuania", target: "Russia"}, {typ: parley.Sanction, source: "Lithuania", target: "Belarus"}}},
		{"summoned_two_envoys_on_a_day", "2024-03-05",
			"Poland summoned the Russian ambassador and the Belarusian charge d'affaires on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Russia", date: "2024-03-05"}, {typ: parley.Accuse, source: "Poland", target: "Belarus"}}},
		{"expelled_a_diplomat_and_a_consul_said_the_ministry", "2024-03-05",
			"Estonia has expelled a Russian diplomat and a Belarusian consul, the foreign ministry said.",
			[]want{{typ: parley.Sanction, source: "Estonia", target: "Russia"}, {typ: parley.Sanction, source: "Estonia", target: "Belarus"}}},
		{"will_summon_two_envoys", "2024-03-05",
			"Beijing will summon the Japanese ambassador and the Philippine envoy.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan", status: parley.Planned}, {typ: parley.Accuse, source: "China", target: "Philippines", status: parley.Planned}}},
		{"summoned_envoys_of_neighbours", "2024-03-05",
			"Serbia summoned the Croatian ambassador and the Montenegrin envoy on Friday.",
			[]want{{typ: parley.Accuse, source: "Serbia", target: "Croatia"}, {typ: parley.Accuse, source: "Serbia", target: "Montenegro", date: "2024-03-01"}}},
		// The envoy's deputy is the same state's; a new verb after "and"
		// is an act of its own.
		{"envoy_and_his_deputy", "2024-03-05",
			"Lithuania expelled the Russian ambassador and his deputy.",
			[]want{{typ: parley.Sanction, source: "Lithuania", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		{"envoy_then_a_new_verb", "2024-03-05",
			"Lithuania expelled the Russian ambassador and accused Belarus of hybrid attacks.",
			want{typ: parley.Sanction, source: "Lithuania", target: "Belarus"}},
	})
}

// TestGappedEnvoys checks two envoys of a penalty each with a day or a
// place of their own ("the Russian ambassador in April and the
// Belarusian envoy in May"): both states are targets, each on its own
// day; an "and" that opens a clause of its own adds no target.
func TestGappedEnvoys(t *testing.T) {
	runEventCases(t, []eventCase{
		{"expelled_in_april_and_in_may", "2024-03-05",
			"Lithuania expelled the Russian ambassador in April and the Belarusian envoy in May.",
			[]want{{typ: parley.Sanction, source: "Lithuania", target: "Russia", date: "2023-04"}, {typ: parley.Sanction, source: "Lithuania", target: "Belarus", date: "2023-05"}}},
		{"summoned_on_monday_and_on_tuesday", "2024-03-05",
			"Poland summoned the Russian ambassador on Monday and the Belarusian charge d'affaires on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Russia", date: "2024-03-04"}, {typ: parley.Accuse, source: "Poland", target: "Belarus", date: "2024-03-05"}}},
		{"expelled_in_two_cities", "2024-03-05",
			"Estonia expelled a Russian diplomat in Tallinn and a Belarusian consul in Narva.",
			[]want{{typ: parley.Sanction, source: "Estonia", target: "Russia"}, {typ: parley.Sanction, source: "Estonia", target: "Belarus"}}},
		{"will_summon_on_two_days", "2024-03-05",
			"Tokyo will summon the Chinese ambassador on Thursday and the Russian envoy on Friday.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China", status: parley.Planned, date: "2024-03-07"},
				{typ: parley.Accuse, source: "Japan", target: "Russia", status: parley.Planned, date: "2024-03-08"}}},
		{"sanctions_on_two_states_in_two_months", "2024-03-05",
			"Washington imposed sanctions on Iran in March and on Venezuela in May.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Iran", date: "2024-03"}, {typ: parley.Sanction, source: "United States", target: "Venezuela", date: "2023-05"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"and_opens_a_clause_of_its_own", "2024-03-05",
			"Lithuania expelled the Russian ambassador in April and the Belarusian envoy left in May.",
			want{typ: parley.Sanction, source: "Lithuania", target: "Russia"},
			want{typ: parley.Sanction, source: "Lithuania", target: "Belarus"}},
		{"and_opens_a_passive_clause", "2024-03-05",
			"Lithuania expelled the Russian ambassador and the Belarusian envoy was recalled.",
			want{typ: parley.Sanction, source: "Lithuania", target: "Russia"},
			want{typ: parley.Sanction, source: "Lithuania", target: "Belarus"}},
	})
}

// TestProtestListsAndNamedBodies checks the targets a protest's
// participle clause lists ("chanting slogans against Rwanda and against
// the UN"), and a body described, then named in apposition ("the UN
// peacekeeping mission, MONUSCO"): the body named.
func TestProtestListsAndNamedBodies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"chanting_against_two_repeating_against", "2024-03-05",
			"Hundreds of protesters marched through Kinshasa on Monday, chanting slogans against Rwanda and against the United Nations.",
			[]want{{typ: parley.Protest, source: "Congolese protesters", target: "Rwanda"}, {typ: parley.Protest, source: "Congolese protesters", target: "United Nations"}}},
		{"chanting_against_a_state_and_a_bloc", "2024-03-05",
			"Protesters marched in Bamako, chanting slogans against France and ECOWAS.",
			[]want{{typ: parley.Protest, source: "Malian protesters", target: "France"}, {typ: parley.Protest, source: "Malian protesters", target: "Economic Community of West African States"}}},
		{"chanting_against_a_party_and_a_state", "2024-03-05",
			"Crowds marched through Tbilisi on Sunday, chanting against Georgian Dream and Russia.",
			[]want{{typ: parley.Protest, target: "Georgian Dream", source: "Georgian crowds"}, {typ: parley.Protest, source: "Georgian crowds", target: "Russia"}}},
		{"mission_described_then_named", "2022-11-01",
			"Protesters marched in Goma, chanting slogans against the UN peacekeeping mission, MONUSCO.",
			[]want{{typ: parley.Protest, source: "Congolese protesters", target: "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"}}},
		{"accused_the_mission_named_after", "2022-11-01",
			"Mali accused the UN mission, MINUSMA, of spying.",
			[]want{{typ: parley.Accuse, source: "Mali", target: "United Nations Multidimensional Integrated Stabilization Mission in Mali"}}},
		{"bloc_described_then_named", "2022-11-01",
			"Kenya signed a deal with the regional bloc, ECOWAS, on Monday.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Economic Community of West African States"}}},
	})
	runNotCases(t, []notCase{
		{"and_then_another_participle", "2024-03-05",
			"Protesters marched in Bamako, chanting slogans against France and burning flags.",
			want{typ: parley.Protest, source: "Malian protesters", target: "Mali"}},
	})
}

// TestSecondVerbAfterAStateNoun checks a second verb after "and" when the
// first verb's object is a noun of the subject's own act with a state
// before it ("reiterated Peru's readiness to work with Ecuador and
// invited …"): the subject invited, not the state before the noun; while
// a noun of another's deed ("the Chinese drills") still keeps its doer
// from being the second verb's subject.
func TestSecondVerbAfterAStateNoun(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"the_subject_invites", "2025-03-14",
			"President Gustavo Petro reiterated Colombia's willingness to cooperate with Ecuador and invited President Daniel Noboa to visit Bogotá.",
			want{typ: parley.Request, source: "Gustavo Petro", target: "Daniel Noboa"},
			want{typ: parley.Request, source: "Colombia", target: "Daniel Noboa"}},
		{"another_states_deed_keeps_its_doer_out", "2025-03-14",
			"Marcos criticised the Chinese drills near Scarborough Shoal and urged restraint.",
			want{},
			want{typ: parley.Request, source: "China"}},
	})
}
