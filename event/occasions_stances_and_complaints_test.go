package event_test

import (
	"testing"

	"parley"
)

// TestStancesAndVictims checks readings added in the thirtieth session,
// found by reading the team's own texts in the styles of a Security
// Council report and a Yonhap summit story.
func TestStancesAndVictims(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		// A state's stance, offer or good offices named by its adjective
		// is the state's: welcoming it supports the state, turning it
		// down rejects it.
		{"a_position_welcomed", "2024-11-19",
			"Sudan on Monday welcomed the Russian position on the draft.",
			want{typ: parley.Support, source: "Sudan", target: "Russia", date: "2024-11-18"},
			want{}},
		{"an_initiative_rejected", "2024-11-19",
			"Israel rejected the Egyptian initiative on Monday.",
			want{typ: parley.Reject, source: "Israel", target: "Egypt", date: "2024-11-18"},
			want{}},
		{"mediation_welcomed", "2024-11-19",
			"Kyiv welcomed the Turkish mediation on Monday.",
			want{typ: parley.Support, source: "Ukraine", target: "Turkey"},
			want{}},
		// The one meddled in suffers the act and is not the one accused.
		{"the_one_interfered_with_is_no_target", "2024-11-19",
			"Russia's envoy Dmitry Polyanskiy said on Monday that the draft interfered in Sudan's internal affairs.",
			want{},
			want{typ: parley.Accuse, target: "Sudan"}},
		{"the_one_who_interferes_is_the_target", "2024-11-19",
			"Sudan's foreign ministry said on Monday that Britain had interfered in Sudan's internal affairs.",
			want{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Sudan", target: "United Kingdom", date: "2024-11-18"},
			want{typ: parley.Accuse, target: "Sudan"}},
		// A complaint withdrawn from a forum gives way to the state it
		// was made against, when that state is named.
		{"complaint_against_a_state_at_a_forum", "2023-03-17",
			"Seoul said on Thursday it would withdraw its complaint against Tokyo at the World Trade Organization.",
			want{typ: parley.Concede, source: "South Korea", target: "Japan", status: parley.Planned},
			want{typ: parley.Concede, target: "World Trade Organization"}},
		{"complaint_lodged_with_a_forum_only", "2023-03-17",
			"Kenya withdrew the complaint it had lodged with the UN Security Council.",
			want{},
			want{typ: parley.Concede}},
	})
}

// TestAgreementsAtSummits checks what two leaders agree to during the
// meeting that is the occasion of their agreeing.
func TestAgreementsAtSummits(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		// Visits to one of the two agreeing is their own plan, not an act
		// aimed at a third state, so the agreement stands.
		{"agreed_to_resume_visits", "2023-03-17",
			"South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed on Thursday to resume regular visits during their summit in Tokyo.",
			want{typ: parley.Agree, source: "Yoon Suk Yeol", target: "Fumio Kishida", status: parley.Occurred, date: "2023-03-16"},
			want{}},
		{"agreed_to_address_a_third_state", "2022-06-29",
			"Finland and Sweden agreed on Tuesday to address Turkey's concerns.",
			want{},
			want{typ: parley.Agree, source: "Finland", target: "Sweden"}},
		// The summit an agreement is made during was held, even when
		// what was agreed is still to come.
		{"summit_as_the_occasion_of_an_agreement", "2023-03-17",
			"Yoon and Kishida agreed on Thursday to cooperate on chips during their summit in Tokyo.",
			want{typ: parley.Consult, source: "Yoon Suk Yeol", target: "Fumio Kishida", status: parley.Occurred, date: "2023-03-16", place: "Tokyo"},
			want{typ: parley.Consult, status: parley.Planned}},
		{"summit_to_come", "2023-03-17",
			"Yoon and Kishida will agree to cooperate on chips during their summit in Tokyo.",
			want{typ: parley.Consult, source: "Yoon Suk Yeol", target: "Fumio Kishida", status: parley.Planned},
			want{typ: parley.Consult, status: parley.Occurred}},
		{"expected_to_sign_at_a_summit", "2023-03-17",
			"Yoon and Kishida are expected to sign a pact at the summit in Tokyo next week.",
			want{typ: parley.Consult, source: "Yoon Suk Yeol", target: "Fumio Kishida", status: parley.Planned},
			want{typ: parley.Consult, status: parley.Occurred}},
	})
}

// TestSuitsAndVenues checks a suit told with "dragged" or "hauled", and
// a venue outside the capital where leaders meet.
func TestSuitsAndVenues(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"dragged_to_a_regional_court", "2023-12-20",
			"Uganda dragged Kenya to the East African Court of Justice on Tuesday over the fuel deal.",
			want{typ: parley.Accuse, source: "Uganda", target: "Kenya", date: "2023-12-19"},
			want{}},
		{"hauled_before_the_court", "2024-03-02",
			"Nicaragua hauled Germany before the International Court of Justice on Friday.",
			want{typ: parley.Accuse, source: "Nicaragua", target: "Germany", date: "2024-03-01"},
			want{}},
		{"dragged_into_a_van_is_no_suit", "2024-03-02",
			"Police dragged Ugandan protesters to a van outside the Kenyan embassy.",
			want{},
			want{typ: parley.Accuse}},
		{"met_in_entebbe", "2023-12-20",
			"William Ruto and Yoweri Museveni met at State House in Entebbe on Tuesday.",
			want{typ: parley.Consult, source: "William Ruto", target: "Yoweri Museveni", date: "2023-12-19", place: "Entebbe"},
			want{}},
	})
}

// TestReadoutNamesAndParties checks a Kremlin-style readout: titles
// written "Prime Minister of Armenia Nikol Pashinyan", "the parties" for
// the two sides, and the states' talks told as part of the leaders'.
func TestReadoutNamesAndParties(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"title_of_state_before_a_name", "2024-09-04",
			"Vladimir Putin had a telephone conversation with Prime Minister of Armenia Nikol Pashinyan on Tuesday.",
			want{typ: parley.Consult, source: "Vladimir Putin", target: "Nikol Pashinyan", date: "2024-09-03", medium: parley.Phone},
			want{}},
		{"title_with_a_portfolio_of_state", "2024-09-04",
			"Sergei Lavrov held talks with Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó on Tuesday.",
			want{typ: parley.Consult, source: "Sergey Lavrov", target: "Péter Szijjártó", date: "2024-09-03"},
			want{}},
		{"the_parties_after_a_call", "2024-09-04",
			"Vladimir Putin had a telephone conversation with Nikol Pashinyan on Tuesday. The parties agreed to continue contacts at various levels.",
			want{typ: parley.Agree, source: "Russia", target: "Armenia", date: "2024-09-03"},
			want{}},
		{"the_parties_in_a_country_are_no_pair", "2023-08-31",
			"Gabon's army seized power on Wednesday and placed President Ali Bongo Ondimba under house arrest. China's Foreign Ministry called on the parties in Gabon to ensure Bongo's personal safety.",
			want{},
			want{typ: parley.Request, target: "Ali Bongo Ondimba"}},
		{"the_states_talks_are_the_leaders_talks", "2022-12-23",
			"Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana on Thursday. During the talks, the parties discussed trade and transport.",
			want{typ: parley.Consult, source: "Kassym-Jomart Tokayev", target: "Shavkat Mirziyoyev", date: "2022-12-22"},
			want{typ: parley.Consult, source: "Kazakhstan", target: "Uzbekistan"}},
	})
}

// TestForcesAtHome checks forces named by their kind in a state's own
// unrest: gendarmes are its gendarmerie, and "opposition leader" names a
// camp, not a stance withdrawn.
func TestForcesAtHome(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"gendarmes_detain_an_opposition_leader", "2021-03-04",
			"Gendarmes detained opposition leader Ousmane Sonko in Dakar on Wednesday.",
			want{typ: parley.Coerce, source: "National Gendarmerie of Senegal", target: "Ousmane Sonko", date: "2021-03-03"},
			want{typ: parley.Coerce, source: "National Police of Senegal"}},
		{"troops_leaving_an_opposition_leaders_home_concede_nothing", "2021-01-27",
			"Ugandan troops withdrew on Tuesday from the home of opposition leader Bobi Wine.",
			want{},
			want{typ: parley.Concede}},
		{"opposition_withdrawn_is_a_concession", "2022-06-29",
			"Turkey withdrew its opposition to Sweden's membership on Tuesday.",
			want{typ: parley.Concede, source: "Turkey", target: "Sweden", date: "2022-06-28"},
			want{}},
	})
}

// TestCrowdsDemands checks what crowds chant against and call for.
func TestCrowdsDemands(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"chanted_against_a_leader", "2023-09-19",
			"Libyan demonstrators chanted against Aguila Saleh on Monday.",
			want{typ: parley.Protest, source: "Libyan demonstrators", target: "Aguila Saleh", date: "2023-09-18"},
			want{}},
		{"chanted_an_anthem", "2023-09-19",
			"Libyan demonstrators chanted the national anthem outside the parliament on Monday.",
			want{},
			want{typ: parley.Protest, target: "Aguila Saleh"}},
		{"called_for_a_resignation", "2024-02-08",
			"Haitian protesters called for the resignation of Prime Minister Ariel Henry on Wednesday.",
			want{typ: parley.Request, source: "Haitian protesters", target: "Ariel Henry", date: "2024-02-07"},
			want{}},
		{"called_for_his_removal", "2024-02-08",
			"Haitian protesters rallied against Prime Minister Ariel Henry on Wednesday and called for his removal.",
			want{typ: parley.Request, source: "Haitian protesters", target: "Ariel Henry"},
			want{}},
		{"removal_of_barriers_is_no_departure", "2024-02-08",
			"The minister called for the removal of trade barriers with China.",
			want{},
			want{typ: parley.Request}},
	})
}

// TestCompanionsOfActs checks that one who acts "together with" or
// "along with" another shares the act, and that a partner of the act
// asked for does not.
func TestCompanionsOfActs(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"applied_together_with", "2023-04-05",
			"Finland applied to join NATO together with Sweden in May last year.",
			want{typ: parley.Request, source: "Sweden", target: "North Atlantic Treaty Organization", date: "2022-05"},
			want{typ: parley.Request, target: "Sweden"}},
		{"sanctions_along_with", "2024-02-24",
			"The EU, along with the United States, imposed sanctions on Russia on Friday.",
			want{typ: parley.Sanction, source: "United States", target: "Russia", date: "2024-02-23"},
			want{}},
		{"urged_together_with", "2024-02-24",
			"Germany, together with France, urged Russia to withdraw.",
			want{typ: parley.Request, source: "France", target: "Russia"},
			want{}},
		{"a_partner_of_the_act_asked_for", "2024-02-24",
			"Japan urged China to work together with South Korea.",
			want{typ: parley.Request, source: "Japan", target: "China"},
			want{typ: parley.Request, source: "South Korea"}},
		{"a_partner_in_another_clause", "2024-06-13",
			"Armenia said it would leave the CSTO, and accused some of its members of having planned war against Armenia together with Azerbaijan.",
			want{},
			want{typ: parley.Sanction, source: "Azerbaijan"}},
	})
}

// TestTranscriptsAndSecondVerbs checks a broadcast transcript's speaker
// labels, political forces named by their state, the police breaking up
// a crowd, and a passive verb after "and" with its own agent.
func TestTranscriptsAndSecondVerbs(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_speaker_label_is_no_antecedent", "2023-01-10",
			"ANCHOR: Our correspondent Ana Ribeiro is in Brasília for us. What did President Luiz Inácio Lula da Silva say?\n\nRIBEIRO: Lula was in Araraquara on Sunday. He also blamed Jair Bolsonaro for encouraging the rioters.",
			want{typ: parley.Accuse, source: "Luiz Inácio Lula da Silva", target: "Jair Bolsonaro"},
			want{typ: parley.Accuse, source: "Ana Ribeiro"}},
		{"all_political_forces_in_a_state", "2020-10-07",
			"Kremlin spokesman Dmitry Peskov on Tuesday called on all political forces in Kyrgyzstan to settle the dispute.",
			want{typ: parley.Request, source: "Dmitry Peskov", target: "Kyrgyzstan", date: "2020-10-06"},
			want{}},
		{"police_break_up_a_crowd", "2020-10-07",
			"Kyrgyz police fired water cannon and tear gas on Monday to break up the protesters.",
			want{typ: parley.Assault, source: "Police of Kyrgyzstan", target: "Kyrgyz protesters"},
			want{}},
		{"talks_that_broke_up", "2020-10-07",
			"The talks between Armenia and Azerbaijan broke up on Monday without agreement.",
			want{},
			want{typ: parley.Assault}},
		{"received_after_and_by_its_own_agent", "2023-08-21",
			"Volodymyr Zelensky met Mette Frederiksen on Sunday and was received by Queen Margrethe II.",
			want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Margrethe II"},
			want{typ: parley.Consult, source: "Mette Frederiksen", target: "Margrethe II"}},
		{"received_after_and_in_a_plan", "2023-08-20",
			"Tomorrow, Volodymyr Zelensky will address the Folketing in Copenhagen and will be received by Queen Margrethe II.",
			want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Margrethe II", status: parley.Planned},
			want{typ: parley.Consult, source: "Folketing"}},
	})
}

// TestWelcomesAndOtherVisits checks a new member welcomed into a body
// (support, no visit) and a visit to another state named after an arrival.
func TestWelcomesAndOtherVisits(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"welcomed_into_the_alliance", "2023-04-05",
			"NATO Secretary General Jens Stoltenberg welcomed Finland to the Alliance on Tuesday.",
			want{typ: parley.Support, source: "Jens Stoltenberg", target: "Finland", date: "2023-04-04"},
			want{typ: parley.Consult}},
		{"welcomed_to_a_capital", "2023-04-05",
			"Olaf Scholz welcomed Donald Tusk to Berlin on Tuesday.",
			want{typ: parley.Consult, source: "Donald Tusk", target: "Olaf Scholz", date: "2023-04-04", place: "Berlin"},
			want{}},
		{"arrived_after_a_visit_elsewhere", "2023-08-21",
			"President Volodymyr Zelensky arrived in Denmark on Sunday following his visit to Sweden.",
			want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Sweden"},
			want{}},
		{"arrived_for_a_visit_there", "2023-08-21",
			"President Volodymyr Zelensky arrived in Denmark on Sunday for a visit to Denmark.",
			want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Denmark", date: "2023-08-20"},
			want{typ: parley.Consult, target: "Sweden"}},
	})
}

// TestLiveEntries checks a live blog's stamped entries, which tell acts
// of the page's day.
func TestLiveEntries(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"an_entry_stamped_with_the_time", "2023-04-04",
			"Live: Finland joins NATO\n\n15:40 — Swedish Defence Minister Pål Jonson congratulated Finland on its accession.",
			want{typ: parley.Support, source: "Pål Jonson", target: "Finland", date: "2023-04-04"},
			want{}},
		{"an_entry_telling_an_earlier_warning", "2023-04-04",
			"Live: Finland joins NATO\n\n11:20 — Deputy Foreign Minister Alexander Grushko had already warned Finland that Russia would strengthen its forces.",
			want{},
			want{typ: parley.Threaten, source: "Alexander Grushko", target: "Finland", date: "2023-04-04"}},
		{"a_paragraph_under_a_stamped_heading", "2015-07-13",
			"Greece crisis live\n\nLive coverage from our Brussels bureau.\n\n11:35 — What we know so far\n\nThe leaders met overnight.\n\n11:20 — Hollande: a good deal\n\nFrançois Hollande praised Alexis Tsipras for his courage.",
			want{typ: parley.Support, source: "François Hollande", target: "Alexis Tsipras", date: "2015-07-13"},
			want{}},
		{"one_stamped_heading_is_no_live_page", "2015-07-13",
			"Greece crisis\n\n11:20 — Hollande: a good deal\n\nFrançois Hollande praised Alexis Tsipras for his courage.",
			want{typ: parley.Support, source: "François Hollande", target: "Alexis Tsipras", date: "-"},
			want{}},
		{"a_paragraph_without_a_stamp", "2023-04-04",
			"Swedish Defence Minister Pål Jonson congratulated Finland on its accession.",
			want{typ: parley.Support, source: "Pål Jonson", target: "Finland", date: "-"},
			want{}},
	})
}

// TestForceToldAfterItsDay checks a use of force told right after the
// sentence that gives the day of what its side was doing.
func TestForceToldAfterItsDay(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"detained_after_the_day_of_his_journey", "2021-03-09",
			"Senegalese opposition leader Ousmane Sonko came third in the 2019 election. He was on his way to court last Wednesday, escorted by a convoy of supporters. Gendarmes stopped the convoy and detained him for disturbing public order.",
			want{typ: parley.Coerce, source: "National Gendarmerie of Senegal", target: "Ousmane Sonko", date: "2021-03-03"},
			want{}},
	})
}

// TestJointForces checks forces and operations set up "joint", which
// "joint" marks as nouns.
func TestJointForces(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_joint_task_force", "2024-06-14",
			"Colombia and Ecuador launched a joint task force against drug trafficking on Thursday.",
			want{typ: parley.Cooperate, source: "Colombia", target: "Ecuador", date: "2024-06-13"},
			want{typ: parley.Coerce}},
		{"a_joint_operation", "2015-11-26",
			"Russian and Syrian special forces recovered the navigator in a joint operation on Wednesday.",
			want{typ: parley.Cooperate, source: "Armed Forces of the Russian Federation", target: "Syrian Armed Forces"},
			want{}},
		{"an_operation_of_one_side", "2015-11-26",
			"Russian forces began an operation against Ukraine on Wednesday.",
			want{},
			want{typ: parley.Cooperate}},
	})
}

// TestProtestsAndReleases checks a strike outside an embassy, a crew
// freed after a mediation, and soldiers' bodies handed to their state.
func TestProtestsAndReleases(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"hunger_strike_outside_an_embassy", "2024-06-14",
			"Armenian activists went on hunger strike outside the Russian embassy in Yerevan on Thursday.",
			want{typ: parley.Protest, source: "Armenian activists", target: "Russia", date: "2024-06-13"},
			want{typ: parley.Protest, target: "Armenia"}},
		{"freed_after_mediation", "2024-01-23",
			"The Houthis freed the crew of the Galaxy Leader on Monday after mediation by Oman.",
			want{},
			want{typ: parley.Retreat, target: "Oman"}},
		{"freed_hostages_of_a_state", "2023-11-25",
			"Hamas freed 24 hostages on Friday, 13 of them Israeli.",
			want{typ: parley.Retreat, source: "Hamas", target: "Israel", date: "2023-11-24"},
			want{}},
		{"bodies_of_soldiers_handed_over", "2024-06-14",
			"Ukraine handed over the bodies of 500 Russian soldiers to Russia on Thursday.",
			want{typ: parley.Retreat, source: "Ukraine", target: "Russia", date: "2024-06-13"},
			want{typ: parley.Retreat, target: "Armed Forces of the Russian Federation"}},
	})
}

// TestOfficeHoldersNamedAfterTheirStates checks "the foreign ministers of
// both countries, A and B": the two people met, not their states.
func TestOfficeHoldersNamedAfterTheirStates(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"ministers_of_both_countries_named", "2025-02-20",
			"Gustavo Petro and Daniel Noboa agreed on Wednesday to reopen the border. The announcement came after a meeting between the foreign ministers of both countries, Laura Sarabia and Gabriela Sommerfeld, on Wednesday.",
			want{typ: parley.Consult, source: "Laura Sarabia", target: "Gabriela Sommerfeld", date: "2025-02-19"},
			want{typ: parley.Consult, source: "Colombia"}},
		{"ministers_of_both_countries_unnamed", "2025-02-20",
			"Gustavo Petro and Daniel Noboa agreed on Wednesday to reopen the border. The announcement came after a meeting between the foreign ministers of both countries on Wednesday.",
			want{},
			want{typ: parley.Consult, source: "Laura Sarabia"}},
	})
}

// TestBorderRowsExplained checks readings from an explainer of the
// Serbia–Kosovo plate dispute: a deal brokered "under which both sides
// would …", a criminal network alleged, and police sent to one's own
// border crossings (a build-up, not aid, and not aimed at the police).
func TestBorderRowsExplained(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"deal_brokered_under_which_both_sides", "2023-08-10",
			"Serbia and Kosovo are at odds over licence plates. The European Union brokered a temporary deal on 30 September 2021 under which both sides would cover national symbols on plates.",
			want{typ: parley.Agree, source: "Serbia", target: "Kosovo", date: "2021-09-30"},
			want{typ: parley.Agree, source: "European Union"}},
		{"a_criminal_network_alleged", "2023-08-10",
			"Kosovo's Prime Minister Albin Kurti says Belgrade is running a criminal network in the north.",
			want{typ: parley.Accuse, source: "Albin Kurti", target: "Serbia"},
			want{}},
		{"police_sent_to_the_border_crossings", "2023-08-10",
			"Serbia does not recognise Kosovo. In September 2021, Kosovo sent special police units to the northern border crossings with Serbia.",
			want{typ: parley.Mobilize, source: "Kosovo", target: "Serbia", date: "2021-09"},
			want{typ: parley.Aid}},
		{"own_troops_sent_are_no_target", "2025-02-28",
			"Earlier this month, President Claudia Sheinbaum agreed to send 10,000 National Guard troops to the northern border.",
			want{},
			want{typ: parley.Mobilize, target: "National Guard of Mexico"}},
	})
}

// TestComplaintsOverDeeds checks complaints filed over a deed named bare
// with its doers after "by", and a national police force known by its
// own name.
func TestComplaintsOverDeeds(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"complaints_over_torture_by_police_and_soldiers", "2019-10-22",
			"Chilean President Sebastián Piñera declared a state of emergency. Chile's National Human Rights Institute has filed twelve criminal complaints over alleged torture by police and soldiers.",
			want{typ: parley.Accuse, source: "National Human Rights Institute", target: "Chilean Armed Forces"},
			want{}},
		{"complaint_against_the_carabineros", "2019-10-22",
			"Chilean President Sebastián Piñera declared a state of emergency. Chile's National Human Rights Institute filed a complaint against the Carabineros on Monday.",
			want{typ: parley.Accuse, source: "National Human Rights Institute", target: "Carabineros de Chile", date: "2019-10-21"},
			want{}},
		{"complaints_over_the_price_of_bread", "2019-10-22",
			"Chilean President Sebastián Piñera declared a state of emergency. Residents have filed complaints over prices set by the government.",
			want{},
			want{typ: parley.Accuse, target: "Chile"}},
	})
}

// TestVotesAndVisas checks a vote against a condemning resolution (no
// condemnation by the voter) and visas revoked as a penalty.
func TestVotesAndVisas(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"voted_against_a_condemnation", "2022-03-03",
			"Belarus voted against the resolution condemning Russia on Wednesday.",
			want{},
			want{typ: parley.Accuse, source: "Belarus"}},
		{"tabled_a_condemnation", "2022-03-03",
			"Albania tabled a resolution condemning Russia on Wednesday.",
			want{typ: parley.Accuse, source: "Albania", target: "Russia"},
			want{}},
		{"visas_revoked", "2023-05-05",
			"Washington revoked the visas of 20 Nicaraguan officials on Thursday.",
			want{typ: parley.Sanction, source: "United States", target: "Nicaragua", date: "2023-05-04"},
			want{}},
		{"visa_of_a_leader_revoked", "2025-09-28",
			"The United States revoked the visa of Colombian President Gustavo Petro on Friday.",
			want{typ: parley.Sanction, source: "United States", target: "Gustavo Petro", date: "2025-09-26"},
			want{}},
	})
}

// TestStagedProtests checks a state's people, named by their demonym,
// who stage a sit-in: protesters, not the state.
func TestStagedProtests(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_sit_in_staged_by_a_people", "2024-06-14",
			"Hundreds of Iraqis staged a sit-in outside the Turkish embassy in Baghdad on Thursday.",
			want{typ: parley.Protest, source: "Iraqi protesters", target: "Turkey", date: "2024-06-13"},
			want{}},
		{"talks_held_by_a_people_are_no_protest", "2024-06-14",
			"Iraqis held talks with Turkish officials on Thursday.",
			want{},
			want{typ: parley.Protest}},
	})
}

// TestRelativesAfterAppositions checks "X, <descriptor>, who …": the
// person named before the descriptor acts, and a region ending the
// descriptor names no one.
func TestRelativesAfterAppositions(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"director_for_a_region_who_called", "2021-03-09",
			"Senegalese police have detained Ousmane Sonko. Samira Daoud, Amnesty International's director for West and Central Africa, who called on the Senegalese authorities on Monday to open an impartial investigation, said at least eight people had died.",
			want{typ: parley.Request, source: "Samira Daoud", target: "Senegal", date: "2021-03-08"},
			want{typ: parley.Request, source: "Central Africa"}},
		{"a_name_right_before_who", "2021-03-09",
			"Senegalese police have detained Ousmane Sonko. The statement was welcomed by Sonko's lawyer, Ciré Clédor Ly, who called on the Senegalese authorities on Monday to free him.",
			want{typ: parley.Request, source: "Ciré Clédor Ly", target: "Senegal"},
			want{}},
	})
}

// TestAnswersToProtests checks acts of a government at odds with crowds
// protesting against it: the army sent onto the streets is sent at them,
// and a climb-down yields to them.
func TestAnswersToProtests(t *testing.T) {
	const protest = "Thousands of protesters marched in Santiago on Friday against a rise in metro fares. "
	runRuledOut(t, []ruledOutCase{
		{"army_onto_the_streets", "2019-10-21",
			protest + "The Chilean army deployed onto the streets on Saturday.",
			want{typ: parley.Mobilize, source: "Chilean Army", target: "Chilean protesters", date: "2019-10-19"},
			want{}},
		{"backed_down", "2019-10-21",
			protest + "On Saturday evening President Sebastián Piñera backed down on the fare increase.",
			want{typ: parley.Concede, source: "Sebastián Piñera", target: "Chilean protesters", date: "2019-10-19"},
			want{}},
		{"students_opening_a_sentence_protest", "2019-10-21",
			"Chile faced its worst unrest in decades. Chilean President Sebastián Piñera declared a state of emergency. Students protested against a rise in metro fares earlier this month.",
			want{typ: parley.Protest, source: "Chilean protesters", target: "Chile", date: "2019-10"},
			want{}},
		{"students_doing_something_in_protest", "2019-10-21",
			"Chile faced its worst unrest in decades. Chilean President Sebastián Piñera declared a state of emergency. It started with secondary-school students jumping metro turnstiles earlier this month in protest at a rise in fares.",
			want{typ: parley.Protest, source: "Chilean protesters", target: "Chile", date: "2019-10"},
			want{}},
		{"army_to_its_barracks", "2019-10-21",
			"The Chilean army returned to its barracks on Saturday.",
			want{},
			want{typ: parley.Mobilize}},
	})
}
