package event_test

import (
	"testing"

	"parley"
)

// TestShowsOfForceAndGivebacks checks readings added in the twenty-ninth
// session, found by reading the team's own texts: each case names an
// event the text must yield and one it must not.
func TestShowsOfForceAndGivebacks(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		// Warplanes sent, flown or entering near another state are a show
		// of force aimed at it; its air defence zone is its airspace, not
		// its army.
		{"warplanes_sent_into_an_air_defence_zone", "2024-06-12",
			"China sent 27 warplanes into Taiwan's air defence zone on Tuesday, the island's defence ministry said.",
			want{typ: parley.Mobilize, source: "China", target: "Taiwan", date: "2024-06-11"},
			want{typ: parley.Mobilize, target: "Armed Forces of Taiwan"}},
		{"warplanes_entering_a_zone", "2024-06-12",
			"Twenty Chinese warplanes entered Taiwan's air defence identification zone on Tuesday.",
			want{typ: parley.Mobilize, source: "China", target: "Taiwan", date: "2024-06-11"},
			want{}},
		{"aircraft_dispatched_around_a_state", "2024-06-12",
			"Beijing dispatched 20 military aircraft and five warships around Taiwan on Tuesday.",
			want{typ: parley.Mobilize, source: "China", target: "Taiwan"},
			want{typ: parley.Aid}},
		{"a_delegation_entering_a_building_is_no_force", "2024-06-12",
			"The delegation entered the building on Tuesday.",
			want{},
			want{typ: parley.Mobilize}},
		{"jets_sent_to_a_state_are_no_show_of_force", "2024-06-12",
			"Poland sent MiG-29 jets to Ukraine on Tuesday.",
			want{},
			want{typ: parley.Mobilize}},
		// An adjective in "-ed" before its noun is no second verb.
		{"armoured_vehicles_are_no_verb", "2024-06-12",
			"Russia moved troops and armoured vehicles to its border with Ukraine on Wednesday.",
			want{typ: parley.Mobilize, source: "Russia", target: "Ukraine", date: "2024-06-12"},
			want{}},
		// A go-between of an exchange is neither side of it.
		{"an_exchange_with_a_mediator", "2024-06-16",
			"Ukraine and Russia exchanged 95 prisoners of war on Saturday, with the United Arab Emirates mediating.",
			want{typ: parley.Retreat, source: "Russia", target: "Ukraine", date: "2024-06-15"},
			want{typ: parley.Retreat, target: "United Arab Emirates"}},
		// Land given back, the particle after the object too.
		{"villages_handed_back", "2024-05-25",
			"Armenia handed four villages back to Azerbaijan on Friday under the border deal.",
			want{typ: parley.Retreat, source: "Armenia", target: "Azerbaijan", date: "2024-05-24"},
			want{}},
		{"villages_returned", "2024-05-25",
			"Armenia returned four border villages to Azerbaijan on Friday.",
			want{typ: parley.Retreat, source: "Armenia", target: "Azerbaijan"},
			want{}},
		{"people_returning_to_their_villages_give_nothing_back", "2024-05-25",
			"Displaced families returned to their villages on Friday.",
			want{},
			want{typ: parley.Retreat}},
		// An obstruction given up is a concession to the one it held back.
		{"stopped_blocking", "2024-02-02",
			"Hungary agreed to stop blocking the European Union's aid package for Ukraine.",
			want{typ: parley.Concede, source: "Hungary", target: "European Union"},
			want{typ: parley.Sanction}},
		{"ended_a_blockade_of_a_bid", "2024-01-24",
			"Turkey ended its blockade of Sweden's NATO bid on Monday.",
			want{typ: parley.Concede, source: "Turkey", target: "Sweden", date: "2024-01-22"},
			want{}},
		{"dropped_a_veto_of", "2024-02-02",
			"Hungary dropped its veto of the EU's aid for Ukraine on Thursday.",
			want{typ: parley.Concede, source: "Hungary", target: "European Union", date: "2024-02-01"},
			want{}},
		{"supplies_stopped_stay_a_penalty", "2022-04-28",
			"Russia stopped gas deliveries to Bulgaria on Wednesday.",
			want{typ: parley.Sanction, source: "Russia", target: "Bulgaria"},
			want{typ: parley.Concede}},
		// Talks suspended are no talks held.
		{"trade_talks_suspended", "2024-06-15",
			"Australia suspended trade talks with the European Union on Friday.",
			want{typ: parley.Sanction, source: "Australia", target: "European Union"},
			want{typ: parley.Consult}},
		{"a_protest_registered", "2024-06-15",
			"India registered a strong protest with Pakistan over the killing of two soldiers.",
			want{typ: parley.Accuse, source: "India", target: "Pakistan"},
			want{}},
		// What a state gives through its forces is the state's.
		{"military_aid_is_the_states", "2024-06-15",
			"Germany's military aid to Ukraine reached 7 billion euros.",
			want{typ: parley.Aid, source: "Germany", target: "Ukraine"},
			want{typ: parley.Aid, source: "Bundeswehr"}},
		{"a_military_build_up_is_the_states", "2024-06-15",
			"Washington voiced concern about Beijing's military build-up near Taiwan.",
			want{typ: parley.Accuse, source: "United States", target: "China"},
			want{typ: parley.Accuse, target: "People's Liberation Army"}},
		// A state's own security council is not the UN's.
		{"a_national_security_council", "2024-03-12",
			"Iraq's National Security Council banned the PKK on Tuesday.",
			want{},
			want{typ: parley.Sanction, source: "United Nations Security Council"}},
		// What one is expected by another to do is asked, not done; what
		// one is expected to do is planned.
		{"expected_to_designate_is_asked", "2024-03-12",
			"Fidan said Turkey expected Baghdad to designate the PKK as a terrorist organisation.",
			want{typ: parley.Request, source: "Hakan Fidan", target: "Iraq"},
			want{typ: parley.Sanction}},
		{"is_expected_to_visit_stays_planned", "2024-03-12",
			"Erdogan is expected to visit Baghdad in April.",
			want{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Iraq", status: parley.Planned, date: "2024-04"},
			want{}},
		// A that-clause after a verb holds no object noun of the verb.
		{"affirmed_that_a_state_supports", "", // (an undated page, where the saying verb was read alone)
			"Albanese affirmed that Australia supports Vietnam's role in ASEAN.",
			want{typ: parley.Support, source: "Australia", target: "Vietnam"},
			want{typ: parley.Support, target: "Australia"}},
		// A second demand joined by "and" to a rebuke is aimed where the
		// rebuke was; a warning with its own clause is not.
		{"accused_and_demanded", "2023-11-08",
			"Somalia accused Kenya of interfering in its internal affairs and demanded an explanation.",
			want{typ: parley.Request, source: "Somalia", target: "Kenya"},
			want{}},
		{"summoned_and_demanded", "2023-11-08",
			"Somalia summoned Kenya's ambassador and demanded an explanation.",
			want{typ: parley.Request, source: "Somalia", target: "Kenya"},
			want{}},
		{"accused_and_warned_that", "2019-11-18",
			"China's ambassador to Britain accused the UK and the US of meddling in the country's affairs and warned that the protesters would be punished.",
			want{},
			want{typ: parley.Threaten, target: "United States"}},
		// A date that qualifies a noun told before the trigger is not the
		// trigger's, past a clause boundary; inside the trigger's phrase it is.
		{"a_day_naming_the_deed_condemned_dates_no_call", "2023-11-22",
			"South African President Cyril Ramaphosa chaired a virtual meeting of BRICS leaders on Tuesday. He also condemned the 7 October attack by Hamas on Israel, in which some 1,200 people were killed, and called for the release of all hostages.",
			want{typ: parley.Request, source: "Cyril Ramaphosa", target: "Hamas", date: "2023-11-21"},
			want{typ: parley.Request, date: "2023-10-07"}},
		{"a_day_naming_a_strike_dates_no_blame", "2024-04-14",
			"Tehran said the drones were its answer to a March 30 raid on its embassy in Beirut, a raid it blamed on Israel.",
			want{typ: parley.Accuse, source: "Iran", target: "Israel", date: "-"},
			want{}},
		{"days_before_a_dated_call_keep_its_month", "2021-06-16",
			"Biden first raised the idea in an April phone call with Putin, days before his administration expelled 10 Russian diplomats.",
			want{typ: parley.Sanction, source: "United States", target: "Russia", date: "2021-04"},
			want{}},
		{"a_month_before_a_compound_noun", "2019-11-18",
			"A trade deal was expected within weeks of an October news conference between Trump and Chinese vice-premier Liu He.",
			want{typ: parley.Consult, source: "Donald Trump", target: "Liu He", date: "2019-10"},
			want{}},
	})
}

// TestJudgementsOfDeedsToldBefore checks reactions to a deed told before
// that name its doer only through the deed, added in the twenty-ninth
// session.
func TestJudgementsOfDeedsToldBefore(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_move_welcomed_after_a_subordinate_clause", "2024-03-12",
			"The visit came a week after Iraq banned the PKK, a move Ankara welcomed.",
			want{typ: parley.Support, source: "Turkey", target: "Iraq"},
			want{}},
		{"called_an_overreaction", "2024-05-22",
			"Spain withdrew its ambassador from Buenos Aires on Tuesday. Argentina called the withdrawal an overreaction.",
			want{typ: parley.Accuse, source: "Argentina", target: "Spain"},
			want{}},
		{"said_the_decision_was_unjustified", "2024-05-22",
			"Spain withdrew its ambassador from Buenos Aires on Tuesday. Argentina said the decision was unjustified.",
			want{typ: parley.Accuse, source: "Argentina", target: "Spain"},
			want{}},
		{"said_the_decision_was_a_mistake", "2022-03-01",
			"The European Union imposed sanctions on Russia on Monday. Moscow said the decision was a mistake.",
			want{typ: parley.Accuse, source: "Russia", target: "European Union"},
			want{}},
		{"a_deed_of_ones_own_side_is_no_target", "2024-05-22",
			"Argentina withdrew its ambassador from Madrid on Tuesday. Milei said the decision was unjustified.",
			want{},
			want{typ: parley.Accuse, source: "Javier Milei", target: "Argentina"}},
		{"measures_promised_on_a_condition", "2024-05-22",
			"Albares said Madrid would take further measures if Milei did not apologise.",
			want{typ: parley.Threaten, source: "José Manuel Albares", target: "Javier Milei"},
			want{}},
		{"sanctions_lifted_on_a_condition_threaten_no_one", "2024-05-22",
			"Biden said the US would lift sanctions if Venezuela held free elections.",
			want{},
			want{typ: parley.Threaten}},
	})
}

// TestListsCapitalsAndSides checks readings of the sixth round's regional
// texts: lists after a comma, capitals and sides named as a pair, visits
// made, and denials.
func TestListsCapitalsAndSides(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_bodys_suspension_lifted", "2024-02-19",
			"The African Union Peace and Security Council on Sunday lifted the suspension of Gabon.",
			want{typ: parley.Concede, source: "African Union Peace and Security Council", target: "Gabon", date: "2024-02-18"},
			want{typ: parley.Concede, source: "United Nations Security Council"}},
		{"countries_named_after_a_comma", "2024-08-01",
			"Caracas expelled diplomats from seven Latin American countries, including Chile and Argentina.",
			want{typ: parley.Sanction, source: "Venezuela", target: "Argentina"},
			want{}},
		{"visits_made", "2025-05-09",
			"Saudi minister Adel al-Jubeir made unannounced visits to New Delhi and Islamabad on Thursday.",
			want{typ: parley.Consult, source: "Adel al-Jubeir", target: "Pakistan", status: parley.Occurred, date: "2025-05-08"},
			want{typ: parley.Consult, status: parley.Planned}},
		{"both_capitals", "2025-05-09",
			"Saudi minister Adel al-Jubeir made unannounced visits to New Delhi and Islamabad, and Iran's foreign minister Abbas Araghchi travelled to both capitals to offer mediation.",
			want{typ: parley.Consult, source: "Abbas Araghchi", target: "Pakistan"},
			want{typ: parley.Consult, source: "Abbas Araghchi", target: "Adel al-Jubeir"}},
		{"both_sides_are_the_two_at_war", "2025-05-09",
			"Pakistan said on Thursday it had shot down 25 Indian drones overnight, a day after India struck targets in Pakistan. US Secretary of State Marco Rubio spoke with Pakistani army chief Asim Munir and urged Pakistan to de-escalate. China called on both sides to exercise restraint.",
			want{typ: parley.Request, source: "China", target: "India"},
			want{typ: parley.Request, source: "China", target: "United States"}},
		{"a_gerund_denied_names_no_target", "2024-02-19",
			"Kigali denies backing the M23 rebels.",
			want{},
			want{typ: parley.Reject, target: "M23"}},
		{"a_gerund_denied_answers_the_accuser", "2024-02-19",
			"Congo accused Rwanda of backing the M23 rebels. Kigali denies backing the group.",
			want{typ: parley.Reject, source: "Rwanda", target: "Democratic Republic of the Congo"},
			want{typ: parley.Reject, target: "M23"}},
		{"any_talks_rejected", "2024-02-19",
			"Burhan rejected any talks with the RSF until its fighters leave civilian homes.",
			want{typ: parley.Reject, source: "Abdel Fattah al-Burhan", target: "Rapid Support Forces"},
			want{typ: parley.Consult}},
	})
}

// TestReadoutsAndNotes checks readings of a ministry's note and a
// summit report written for the sixth round.
func TestReadoutsAndNotes(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_deed_among_the_actions_of_another", "2024-11-14",
			"The Ambassador of the United Kingdom to Russia, Nigel Casey, was summoned to the Russian Foreign Ministry. He was handed a note of protest over the hostile actions of the British authorities, including the unfounded expulsion of a Russian diplomat from London.",
			want{typ: parley.Sanction, source: "United Kingdom", target: "Russia"},
			want{typ: parley.Sanction, source: "Nigel Casey"}},
		{"actions_that_will_not_go_unanswered", "2024-11-14",
			"Britain expelled a Russian diplomat on Monday. The Russian side stated that such actions would not go unanswered.",
			want{typ: parley.Threaten, source: "Russia", target: "United Kingdom"},
			want{}},
		{"the_two_foreign_ministers_of_the_pair", "2024-10-24",
			"Modi met Xi in Kazan on Wednesday. Foreign Secretary Vikram Misri said the two foreign ministers would also meet.",
			want{typ: parley.Consult, source: "Subrahmanyam Jaishankar", target: "Wang Yi", status: parley.Planned},
			want{typ: parley.Consult, source: "Vikram Misri"}},
	})
}

// TestPenaltiesAndStances checks wire sentences of the sixth round:
// penalties told by their aim, ties suspended or revoked, a stand with an
// ally, and praise of a decision.
func TestPenaltiesAndStances(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"sanctions_that_target", "2024-06-12",
			"The new sanctions announced by the US Treasury target Iranian oil companies.",
			want{typ: parley.Sanction, source: "United States Department of the Treasury", target: "Iran"},
			want{typ: parley.Assault}},
		{"missiles_that_target_stay_force", "2024-06-12",
			"Russian missiles targeted Kyiv on Tuesday.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2024-06-11"},
			want{typ: parley.Sanction}},
		{"exchanges_suspended", "2010-09-20",
			"China suspended ministerial exchanges with Japan on Sunday.",
			want{typ: parley.Sanction, source: "China", target: "Japan", date: "2010-09-19"},
			want{}},
		{"an_authorisation_revoked", "2024-09-09",
			"On 7 September Caracas revoked Brazil's authorisation to represent Argentina.",
			want{typ: parley.Sanction, source: "Venezuela", target: "Brazil", date: "2024-09-07"},
			want{}},
		{"stood_with_its_ally", "2023-08-06",
			"The United States stood with its ally, the Philippines, on Saturday.",
			want{typ: parley.Support, source: "United States", target: "Philippines", date: "2023-08-05"},
			want{}},
		{"a_decision_called_a_signal_of_hope", "2022-06-24",
			"The EU granted Ukraine candidate status on Thursday. Zelensky called the decision a signal of hope.",
			want{typ: parley.Support, source: "Volodymyr Zelensky", target: "European Union"},
			want{}},
	})
}

// TestBackingAsides checks an explainer's background sentences: a
// participle of support set off after the clause, an adjective "armed"
// after a count, and a list whose second member is counted.
func TestBackingAsides(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"backed_by_after_a_refusal", "2023-09-26",
			"Belgrade has refused to recognise Kosovo, backed by Russia and China.",
			want{typ: parley.Support, source: "Russia", target: "Serbia", status: parley.Occurred},
			want{typ: parley.Reject, target: "Russia"}},
		{"backed_by_after_an_unnamed_object", "2023-09-26",
			"Kosovo declared independence in 2008. Belgrade has refused to recognise it, backed by Russia and China.",
			want{typ: parley.Support, source: "China", target: "Serbia", status: parley.Occurred},
			want{typ: parley.Reject, target: "Russia"}},
		{"a_name_backed_by", "2023-09-26",
			"Kosovo, backed by the United States, declared independence in 2008.",
			want{typ: parley.Support, source: "United States", target: "Kosovo"},
			want{}},
		{"armed_after_a_count_is_no_arming", "2023-09-26",
			"Tensions between Serbia and Kosovo flared again on Sunday when about 30 armed Serbs attacked Kosovo police in the village of Banjska, killing one officer.",
			want{},
			want{typ: parley.Aid}},
		{"and_most_members", "2023-09-26",
			"The United States and most EU members recognised Kosovo within months.",
			want{typ: parley.Support, source: "United States", target: "Kosovo"},
			want{}},
	})
}

// TestOustedAndRestored checks a regional report's background: a leader
// named as ousted is no act of the sentence's subject, and the one a
// threat would restore is not its target; a state's UN mission is the
// state's.
func TestOustedAndRestored(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"ousted_as_an_adjective", "2025-03-03",
			"Tinubu chaired ECOWAS when the bloc threatened to use force to restore ousted President Mohamed Bazoum.",
			want{},
			want{typ: parley.Coerce, target: "Mohamed Bazoum"}},
		{"the_one_to_be_restored_is_no_target", "2025-03-03",
			"Tinubu chaired ECOWAS when the bloc threatened to use force to restore ousted President Mohamed Bazoum.",
			want{},
			want{typ: parley.Threaten, target: "Mohamed Bazoum"}},
		{"ousted_as_a_verb", "2025-03-03",
			"The junta ousted President Mohamed Bazoum in July 2023.",
			want{typ: parley.Coerce, source: "National Council for the Safeguard of the Homeland", target: "Mohamed Bazoum", date: "2023-07"},
			want{}},
		{"a_states_un_mission", "2024-04-14",
			"Iran's UN mission said the matter can be deemed concluded but warned Israel against retaliation.",
			want{typ: parley.Threaten, source: "Mission to the United Nations of Iran", target: "Israel"},
			want{typ: parley.Threaten, source: "United Nations"}},
	})
}

// TestGoodsOfficesAndPullbacks checks help told by a noun of handing over
// with its giver in the possessive, a body's office or observers
// expelled, and two sides pulling back from each other.
func TestGoodsOfficesAndPullbacks(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_provision_of_radars", "2024-07-08",
			"Secretary Manalo expressed his appreciation for Japan's provision of coastal radar systems to the Philippine Navy.",
			want{typ: parley.Aid, source: "Japan", target: "Navy of Philippines"},
			want{}},
		{"a_delivery_of_air_defence", "2024-07-08",
			"Kyiv welcomed Germany's delivery of Patriot systems to Ukraine.",
			want{typ: parley.Aid, source: "Germany", target: "Ukraine"},
			want{}},
		{"a_transfer_of_power_is_no_help", "2024-07-08",
			"Niger's junta said the transfer of power to civilians would take three years.",
			want{},
			want{typ: parley.Aid}},
		{"an_office_expelled", "2024-02-16",
			"Venezuela's government expelled the UN human rights office.",
			want{typ: parley.Sanction, source: "Venezuela", target: "Office of the United Nations High Commissioner for Human Rights"},
			want{}},
		{"observers_expelled", "2024-06-15",
			"Nicaragua expelled the OAS observers on Monday.",
			want{typ: parley.Sanction, source: "Nicaragua", target: "Organization of American States", date: "2024-06-10"},
			want{}},
		// Two sides pulling back from their front: each from the other,
		// once under way; a pull-back still to come is the accord's.
		{"a_mutual_pullback_under_way", "2024-11-02",
			"India and China began pulling back troops from two friction points in eastern Ladakh this week.",
			want{typ: parley.Retreat, source: "China", target: "India"},
			want{}},
		{"a_mutual_pullback_to_come", "2024-11-02",
			"Under the deal, India and China are to pull their troops back from two friction points.",
			want{},
			want{typ: parley.Retreat, source: "China", target: "India"}},
	})
}

// TestCaptivesTakenWhere checks a rebuke of an arrest, a detention or an
// expulsion with no captor told: aimed at the state where it was done.
func TestCaptivesTakenWhere(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"an_arrest_in_a_state", "2024-06-15",
			"Britain condemned the arrest of a British citizen in Iran.",
			want{typ: parley.Accuse, source: "United Kingdom", target: "Iran"},
			want{}},
		{"a_detention_in_a_capital", "2024-06-15",
			"Paris protested against the detention of two French nationals in Tehran.",
			want{typ: parley.Accuse, source: "France", target: "Iran"},
			want{}},
		{"an_expulsion_from_a_capital", "2024-06-15",
			"Moscow condemned the expulsion of its diplomats from Berlin.",
			want{typ: parley.Accuse, source: "Russia", target: "Germany"},
			want{}},
		{"an_arrest_at_home_is_no_other_state", "2024-06-15",
			"Iran condemned the arrest of an Iranian in Tehran.",
			want{},
			want{typ: parley.Accuse, target: "Iran"}},
	})
}

// TestGroundHandedWithoutParticle checks territory handed to a state with
// no "over" or "back" ("handed Walvis Bay and its offshore islands to
// Namibia"): ground given up, RETREAT toward the receiver.
func TestGroundHandedWithoutParticle(t *testing.T) {
	runEventCases(t, []eventCase{
		{"enclave_and_islands_handed", "1994-03-01",
			"South Africa handed Walvis Bay and its twelve offshore islands to Namibia at midnight on Monday.",
			[]want{{typ: parley.Retreat, source: "South Africa", target: "Namibia", date: "1994-02-28"}}},
	})
	runNotCases(t, []notCase{
		{"titles_handed_to_farmers", "1994-03-01",
			"South Africa's land minister handed title deeds to farmers in Limpopo.", want{typ: parley.Retreat}},
	})
}
