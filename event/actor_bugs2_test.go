package event_test

import (
	"testing"

	"parley"
)

// TestNationalsAreNoState checks that a private person described by
// nationality ("the American journalist") is not that state as the
// target of an arrest, a sentence or a charge; a release of such people
// stays a concession to their state, and sanctions on a state's
// companies hit the state.
func TestNationalsAreNoState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sentenced_a_journalist", "2024-05-10", "A court in Moscow sentenced the American journalist to 16 years in prison on Tuesday.", nil},
		{"jailed_a_journalist", "2024-05-10", "Belarus jailed a Polish journalist for eight years on Wednesday.", nil},
		{"convicted_an_aid_worker", "2024-05-10", "A Tehran court convicted the British aid worker of plotting against the state.", nil},
		{"charged_a_reporter_with_spying", "2024-05-10", "Russian prosecutors charged an American reporter with espionage on Friday.", nil},
		{"accused_a_researcher_of_spying", "2024-05-10", "Iran accused the French researcher of spying for Israel on Monday.", nil},
	})
	runEventCases(t, []eventCase{
		{"freed_citizens_is_a_concession_to_their_state", "2024-05-10", "Venezuela freed two American citizens on Saturday.",
			[]want{{typ: parley.Retreat, source: "Venezuela", target: "United States"}}},
		{"sanctions_on_companies_hit_the_state", "2024-05-10", "Washington imposed sanctions on Chinese companies on Monday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "China"}}},
		{"jailed_citizens_stay_their_states_concern", "2024-05-10", "Iran jailed two French citizens on Monday.",
			[]want{{typ: parley.Coerce, source: "Iran", target: "France"}}},
		{"expelled_diplomats_stay_the_state", "2024-05-10", "Moscow expelled two American diplomats on Friday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "United States"}}},
	})
}

// TestArmyAfterItsRulers checks that "the army" or "the military" told
// right after a junta or a government is that state's armed forces.
func TestArmyAfterItsRulers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"army_after_a_junta", "2024-05-10",
			"Myanmar's junta extended the state of emergency on Monday. The army accused the Arakan Army of attacking civilians.",
			[]want{{typ: parley.Accuse, source: "Tatmadaw", target: "Arakan Army"}}},
		{"military_after_a_junta", "2024-05-10",
			"Gabon's junta named a new prime minister on Monday. The military arrested former minister Noureddin Bongo on Tuesday.",
			[]want{{typ: parley.Coerce, source: "Gabonese Armed Forces", target: "Noureddin Bongo"}}},
		{"the_regimes_forces", "2024-05-10",
			"Myanmar's junta extended the emergency on Monday. The regime's forces shelled villages held by the Arakan Army on Tuesday.",
			[]want{{typ: parley.Assault, source: "Tatmadaw", target: "Arakan Army"}}},
		{"military_after_a_government", "2024-05-10",
			"The Thai government said on Monday the talks had failed. The military accused Cambodia of firing first.",
			[]want{{typ: parley.Accuse, source: "Royal Thai Army", target: "Cambodia"}}},
		{"a_military_government_is_the_state", "2024-05-10",
			"Mali's military government expelled the French ambassador on Monday.",
			[]want{{typ: parley.Sanction, source: "Mali", target: "France"}}},
	})
}

// TestHeadsOfBodiesUnnamed checks that a body's head named by title alone
// ("the UN secretary general", "the head of the IAEA") is whoever held
// the office that day, not the body.
func TestHeadsOfBodiesUnnamed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"secretary_general_in_two_words", "2024-05-10",
			"The UN secretary general condemned the Russian strike on Kyiv on Monday.",
			[]want{{typ: parley.Accuse, source: "António Guterres", target: "Russia"}}},
		{"head_of_a_body", "2024-05-10",
			"The head of the IAEA visited Tehran on Tuesday.",
			[]want{{typ: parley.Consult, source: "Rafael Grossi", target: "Iran"}}},
		{"secretary_general_of_a_body", "2024-05-10",
			"The Secretary-General of the United Nations urged Israel to allow aid into Gaza.",
			[]want{{typ: parley.Request, source: "António Guterres", target: "Israel"}}},
		{"the_alliances_secretary_general", "2024-05-10",
			"NATO allies met in Brussels on Monday. The alliance's secretary general urged Hungary to ratify Sweden's bid on Tuesday.",
			[]want{{typ: parley.Request, source: "Jens Stoltenberg", target: "Hungary"}}},
		{"director_general_in_one_word", "2024-05-10",
			"The WHO Director-General accused China of withholding data.",
			[]want{{typ: parley.Accuse, source: "Tedros Adhanom Ghebreyesus", target: "China"}}},
	})
}

// TestCoordinatedForces checks that two country words before one plural
// force ("the Indian and French navies") are each state's force.
func TestCoordinatedForces(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_navies", "2024-05-10",
			"Indian and French navies held joint exercises in the Arabian Sea on Monday.",
			[]want{{typ: parley.Cooperate, source: "Navy of India", target: "Navy of France"}}},
		{"two_militaries_after_an_acronym", "2024-05-10",
			"The US and Philippine militaries began joint patrols near Scarborough Shoal on Tuesday.",
			[]want{{typ: parley.Cooperate, source: "United States Armed Forces", target: "Armed Forces of the Philippines"}}},
		{"navies_of_two_states", "2024-05-10",
			"The navies of India and France held joint exercises in the Arabian Sea on Monday.",
			[]want{{typ: parley.Cooperate, source: "Navy of India", target: "Navy of France"}}},
		{"three_navies", "2024-05-10",
			"Indian, French and Japanese navies held joint exercises on Monday.",
			[]want{{typ: parley.Cooperate, source: "Navy of France", target: "Navy of Japan"}}},
		{"two_air_forces", "2024-05-10",
			"Japanese and Australian air forces conducted joint drills on Friday.",
			[]want{{typ: parley.Cooperate, source: "Air Force of Japan", target: "Air Force of Australia"}}},
	})
}

// TestTopCourts checks that "the top UN court" and "India's top court"
// are courts, not the body or the state.
func TestTopCourts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"top_un_court", "2024-05-10",
			"The top UN court ordered Israel to halt the offensive in Rafah on Friday.",
			[]want{{typ: parley.Request, source: "International Court of Justice", target: "Israel"}}},
		{"a_states_top_court", "2024-05-10",
			"India's top court ordered the government to release the activist.",
			[]want{{typ: parley.Request, source: "Supreme Court of India", target: "India"}}},
	})
}

// TestChargesDAffaires checks that a chargé d'affaires, with or without
// the accent, is an envoy as an ambassador is.
func TestChargesDAffaires(t *testing.T) {
	runEventCases(t, []eventCase{
		{"expelled_a_charge", "2024-05-10",
			"Lithuania expelled the Belarusian charge d'affaires on Friday.",
			[]want{{typ: parley.Sanction, source: "Lithuania", target: "Belarus"}}},
		{"expelled_a_charge_with_accent_and_curly_apostrophe", "2024-05-10",
			"Moscow expelled the Estonian chargé d’affaires on Thursday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Estonia"}}},
		{"a_charge_named_in_apposition_is_the_envoy", "2024-05-10",
			"Russia's foreign ministry summoned Estonia's charge d'affaires in Moscow, Kristi Tamm, on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Russia", target: "Kristi Tamm"}}},
		{"a_charge_by_title_is_the_envoy", "2024-05-10",
			"Beijing summoned Lithuanian Charge d'Affaires Jonas Petraitis on Monday.",
			[]want{{typ: parley.Accuse, source: "China", target: "Jonas Petraitis"}}},
		{"a_charge_summoned_in_the_passive", "2024-05-10",
			"The French charge d'affaires was summoned to the foreign ministry in Bamako.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Mali", target: "France"}}},
	})
}

// TestForeignMinistriesByOtherNames checks that "the Department of
// Foreign Affairs" and "the DFA" in a story about one state are that
// state's foreign ministry.
func TestForeignMinistriesByOtherNames(t *testing.T) {
	story := "The Philippines accused China on Monday of ramming a Philippine supply boat near Second Thomas Shoal. "
	runEventCases(t, []eventCase{
		{"the_dfa", "2024-05-10", story + "The DFA summoned the Chinese ambassador on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Department of Foreign Affairs of the Philippines", target: "China"}}},
		{"the_department_of_foreign_affairs", "2024-05-10", story + "The Department of Foreign Affairs summoned the Chinese ambassador on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Department of Foreign Affairs of the Philippines", target: "China"}}},
	})
}
