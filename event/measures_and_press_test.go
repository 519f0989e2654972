package event_test

import (
	"testing"

	"parley"
)

// TestVisasAndDrillsCut checks two measures against another state the
// coder once missed: fewer visas for its people, and joint drills called
// off.
func TestVisasAndDrillsCut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"visas_cut_for_a_people", "2021-09-30",
			"France cut the number of visas for Algerians on Tuesday.",
			[]want{{typ: parley.Sanction, source: "France", target: "Algeria", date: "2021-09-28"}}},
		{"a_cut_in_visas_issued_to_nationals", "2021-09-30",
			"On Tuesday, Paris announced a sharp cut in the number of visas issued to nationals of Morocco.",
			[]want{{typ: parley.Sanction, source: "France", target: "Morocco", date: "2021-09-28"}}},
		{"visas_reduced_for_two_peoples", "2021-09-30",
			"Paris will reduce visas for Moroccans and Tunisians.",
			[]want{{typ: parley.Sanction, source: "France", target: "Morocco", status: parley.Planned}, {typ: parley.Sanction, source: "France", target: "Tunisia", status: parley.Planned}}},
		{"joint_drills_called_off", "2010-06-01",
			"Ankara called off three joint military exercises with Israel on Monday.",
			[]want{{typ: parley.Sanction, source: "Turkey", target: "Israel", date: "2010-05-31"}}},
	})
}

// TestNewsConferenceWithATitledHost checks a joint news conference put
// before the subject, its other party named by title and then by name.
func TestNewsConferenceWithATitledHost(t *testing.T) {
	runEventCases(t, []eventCase{
		{"title_then_name_then_pronoun", "2008-12-04",
			"Condoleezza Rice arrived in Islamabad on Thursday. At a joint news conference with the Foreign Minister, Shah Mehmood Qureshi, she said Pakistan needed to act.",
			[]want{{typ: parley.Consult, source: "Condoleezza Rice", target: "Shah Mehmood Qureshi", date: "2008-12-04"}}},
		{"title_then_name_then_name", "2008-12-04",
			"At a joint news conference with the Foreign Minister, Shah Mehmood Qureshi, Condoleezza Rice said on Thursday that Pakistan needed to act.",
			[]want{{typ: parley.Consult, source: "Condoleezza Rice", target: "Shah Mehmood Qureshi"}}},
	})
}

// TestConsultationsRequested checks "consultations" asked for as talks
// are: a request to the one they would be held with.
func TestConsultationsRequested(t *testing.T) {
	runEventCases(t, []eventCase{
		{"requested_consultations_with_a_body", "2025-09-10",
			"Poland requested consultations with NATO on Wednesday.",
			[]want{{typ: parley.Request, source: "Poland", target: "North Atlantic Treaty Organization", date: "2025-09-10"}}},
		{"requesting_consultations_after_a_comma", "2025-09-10",
			"Poland invoked Article 4 of the North Atlantic Treaty, requesting consultations with NATO.",
			[]want{{typ: parley.Request, source: "Poland", target: "North Atlantic Treaty Organization"}}},
	})
}

// TestOfficialsOrderedOut checks the officials of a body or a state
// ordered to leave: an expulsion, aimed at the body they serve.
func TestOfficialsOrderedOut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"officials_of_a_body_past_a_long_apposition", "2021-10-01",
			"Ethiopia on Thursday ordered seven senior United Nations officials, among them the country heads of the children's agency UNICEF and the UN humanitarian coordination office, to leave within 72 hours.",
			[]want{{typ: parley.Sanction, source: "Ethiopia", target: "United Nations", date: "2021-09-30"}}},
		{"monitors_of_a_body", "2021-10-01",
			"Russia ordered OSCE monitors to leave the country.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Organization for Security and Co-operation in Europe"}}},
	})
}

// TestBodiesSuspendedAtHome checks a charity or a party a government
// suspends: barred from its work (CAMEO 172), not a sanction on a state.
func TestBodiesSuspendedAtHome(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_charity_suspended", "2021-08-04",
			"Ethiopia suspended the Norwegian Refugee Council on Tuesday.",
			[]want{{typ: parley.Coerce, source: "Ethiopia", target: "Norwegian Refugee Council", date: "2021-08-03"}}},
		{"a_rights_group_suspended", "2021-08-04",
			"Ethiopia suspended Human Rights Watch.",
			[]want{{typ: parley.Coerce, source: "Ethiopia", target: "Human Rights Watch"}}},
	})
}

// TestForcesNamedAsUnits checks a state's forces named as its "units"
// and a state's airspace named by its adjective.
func TestForcesNamedAsUnits(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_last_units_left", "1994-09-01",
			"The last Russian units also left Latvia on Wednesday.",
			[]want{{typ: parley.Retreat, source: "Armed Forces of the Russian Federation", target: "Latvia", date: "1994-08-31"}}},
		{"combat_troops_left", "2011-12-19",
			"The last US combat troops left Iraq on Sunday.",
			[]want{{typ: parley.Retreat, source: "United States Armed Forces", target: "Iraq", date: "2011-12-18"}}},
		{"jets_entered_a_states_airspace", "2022-08-05",
			"Chinese jets entered Taiwanese airspace on Thursday.",
			[]want{{typ: parley.Mobilize, source: "China", target: "Taiwan", date: "2022-08-04"}}},
	})
}

// TestOrderedOut checks diplomats "ordered out": expelled.
func TestOrderedOut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ordered_out_diplomats", "2022-04-05",
			"Germany ordered out 40 Russian diplomats on Monday.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Russia", date: "2022-04-04"}}},
		{"two_states_ordered_out_diplomats_respectively", "2022-04-05",
			"Germany and France ordered out 40 and 35 Russian diplomats respectively on Monday.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Russia", date: "2022-04-04"}, {typ: parley.Sanction, source: "France", target: "Russia", date: "2022-04-04"}}},
	})
}

// TestSupplyRoutesClosed checks another's supply routes closed: a
// sanction on the one they supply.
func TestSupplyRoutesClosed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_alliances_supply_routes", "2011-11-27",
			"Pakistan closed NATO supply routes on Saturday.",
			[]want{{typ: parley.Sanction, source: "Pakistan", target: "North Atlantic Treaty Organization", date: "2011-11-26"}}},
		{"supply_lines_to_the_alliance", "2011-11-27",
			"Pakistan closed the supply lines to NATO.",
			[]want{{typ: parley.Sanction, source: "Pakistan", target: "North Atlantic Treaty Organization"}}},
	})
	runNotCases(t, []notCase{
		{"a_road_closed_is_no_sanction", "2011-11-27",
			"Pakistan closed the routes to the valley after floods, NATO said.",
			want{typ: parley.Sanction}},
	})
}

// TestMercyGranted checks clemency or a pardon granted: captives let go.
func TestMercyGranted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"clemency_to_another_states_nationals", "2023-09-19",
			"As part of the arrangement, the United States granted clemency to five Iranian nationals.",
			[]want{{typ: parley.Retreat, source: "United States", target: "Iran"}}},
		{"a_pardon_to_a_person", "2023-05-23",
			"Alexander Lukashenko granted a pardon to Roman Protasevich.",
			[]want{{typ: parley.Retreat, source: "Alexander Lukashenko", target: "Roman Protasevich"}}},
	})
	runNotCases(t, []notCase{
		{"asylum_granted_is_no_release", "2024-04-07",
			"Mexico's embassy had sheltered Jorge Glas since December. Ecuador's government said the asylum granted to Glas was illegal.",
			want{typ: parley.Retreat}},
	})
}

// TestPressureNotRuledOut checks pressure held open as force is: a threat.
func TestPressureNotRuledOut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"economic_pressure_not_ruled_out", "2025-01-20",
			"Trump refused to rule out economic pressure against Denmark.",
			[]want{{typ: parley.Threaten, source: "Donald Trump", target: "Denmark"}}},
	})
}

// TestAskedAListToAct checks a request of several bodies named in a list
// with their articles, each of them asked.
func TestAskedAListToAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"three_bodies_asked_to_help", "2020-09-01",
			"ECOWAS has asked the African Union, the United Nations and the European Union to help organise the coming elections.",
			[]want{{typ: parley.Request, source: "Economic Community of West African States", target: "African Union"},
				{typ: parley.Request, source: "Economic Community of West African States", target: "United Nations"},
				{typ: parley.Request, source: "Economic Community of West African States", target: "European Union"}}},
	})
}

// TestOrderedAListToAct checks an order or an expectation laid on a list
// of states, each named.
func TestOrderedAListToAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_court_orders_three_states", "2024-05-10",
			"The International Court of Justice ordered Israel, Egypt and Jordan to open the crossings.",
			[]want{{typ: parley.Request, source: "International Court of Justice", target: "Israel"},
				{typ: parley.Request, source: "International Court of Justice", target: "Egypt"},
				{typ: parley.Request, source: "International Court of Justice", target: "Jordan"}}},
		{"a_body_expects_two_states", "2024-05-10",
			"The EU expects Russia and Belarus to explain the removal.",
			[]want{{typ: parley.Request, source: "European Union", target: "Russia"}, {typ: parley.Request, source: "European Union", target: "Belarus"}}},
	})
}

// TestResultsAnnulledForACrowd checks a vote's results annulled after a
// crowd fought them: the crowd's demand met; a court's annulment is not.
func TestResultsAnnulledForACrowd(t *testing.T) {
	runEventCases(t, []eventCase{
		{"election_commission_annuls_after_protests", "2020-10-07",
			"Thousands of Kyrgyz opposition protesters stormed government buildings in Bishkek on Monday night. Kyrgyzstan's Central Election Commission annulled the results of Sunday's parliamentary election on Tuesday.",
			[]want{{typ: parley.Concede, source: "Central Election Commission", target: "Kyrgyz protesters", date: "2020-10-06"}}},
	})
	runNotCases(t, []notCase{
		{"a_court_annulling_is_no_concession", "2020-10-07",
			"Thousands of Kyrgyz opposition protesters stormed government buildings in Bishkek on Monday night. The Supreme Court of Kyrgyzstan annulled the results of the election on Tuesday.",
			want{typ: parley.Concede}},
	})
}

// TestGappedCountedLists checks a gapped list after a counted object:
// each state named with its count did the same to the same.
func TestGappedCountedLists(t *testing.T) {
	runEventCases(t, []eventCase{
		{"states_each_with_a_count", "2022-04-06",
			"On Tuesday Denmark expelled 15 Russian diplomats, Sweden three, Italy 30 and Spain about 25.",
			[]want{{typ: parley.Sanction, source: "Denmark", target: "Russia", date: "2022-04-05"}, {typ: parley.Sanction, source: "Sweden", target: "Russia", date: "2022-04-05"},
				{typ: parley.Sanction, source: "Italy", target: "Russia", date: "2022-04-05"}, {typ: parley.Sanction, source: "Spain", target: "Russia", date: "2022-04-05"}}},
	})
	runNotCases(t, []notCase{
		{"a_state_that_says_so_is_no_list", "2022-04-06",
			"On Tuesday Denmark expelled 15 Russian diplomats, Sweden said.",
			want{typ: parley.Sanction, source: "Sweden"}},
	})
}

// TestSteppedDown checks "stepped down" as a resignation: to whoever
// demanded it.
func TestSteppedDown(t *testing.T) {
	runEventCases(t, []eventCase{
		{"stepped_down_after_protests_against_him", "2020-10-07",
			"Thousands of Kyrgyz opposition protesters rallied against Prime Minister Kubatbek Boronov on Monday. Boronov stepped down on Tuesday, bowing to the protesters' demands.",
			[]want{{typ: parley.Retreat, source: "Kubatbek Boronov", target: "Kyrgyz protesters", date: "2020-10-06"}}},
	})
	runNotCases(t, []notCase{
		{"a_step_forward_is_no_resignation", "2020-10-07",
			"Thousands of Kyrgyz opposition protesters rallied against Prime Minister Kubatbek Boronov on Monday. Boronov stepped forward to speak to them.",
			want{typ: parley.Retreat}},
	})
}

// TestResignationHandedTo checks a resignation handed, sent or signed
// "to" someone: aimed at the one it goes to.
func TestResignationHandedTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"letter_of_resignation_sent_to_congress", "2003-10-18",
			"Gonzalo Sánchez de Lozada sent his letter of resignation to Congress on Friday.",
			[]want{{typ: parley.Retreat, source: "Gonzalo Sánchez de Lozada", target: "Plurinational Legislative Assembly", date: "2003-10-17"}}},
		{"resignation_handed_in_to_the_president", "2020-08-11",
			"Hassan Diab handed in his resignation to President Michel Aoun on Monday.",
			[]want{{typ: parley.Retreat, source: "Hassan Diab", target: "Michel Aoun", date: "2020-08-10"}}},
	})
}

// TestResignedBowingTo checks a resignation "bowing to" pressure from
// someone named: aimed at them.
func TestResignedBowingTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"stepped_down_bowing_to_two_bodies", "2005-02-26",
			"Togo's army-installed leader, Faure Gnassingbé, stepped down as president on Friday night, bowing to pressure from ECOWAS and the African Union.",
			[]want{{typ: parley.Retreat, source: "Faure Gnassingbé", target: "Economic Community of West African States", date: "2005-02-25"},
				{typ: parley.Retreat, source: "Faure Gnassingbé", target: "African Union", date: "2005-02-25"}}},
	})
}

// TestAidCutByAStatesDonors covers a measure by a state's donors, named so
// in apposition ("Japan and Norway, Myanmar's main donors, froze their
// aid"): aimed at the state they give to.
func TestAidCutByAStatesDonors(t *testing.T) {
	runEventCases(t, []eventCase{
		{"donors_in_apposition", "2021-02-10",
			"Japan and Norway, Myanmar's largest donors, have suspended their aid programmes.",
			[]want{{typ: parley.Sanction, source: "Japan", target: "Myanmar"},
				{typ: parley.Sanction, source: "Norway", target: "Myanmar"}}},
	})
}

// TestOfficesClosed checks a state's post abroad closed where it keeps
// no embassy: a trade or liaison office shut cuts relations as an
// embassy closed does.
func TestOfficesClosed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"trade_office_closed", "2000-10-13",
			"Oman closed the Israeli trade office in Muscat on Thursday after weeks of clashes.",
			[]want{{typ: parley.Sanction, source: "Oman", target: "Israel"}}},
		{"offices_shut", "2000-10-13",
			"Qatar shut the Israeli offices in Doha on Thursday.",
			[]want{{typ: parley.Sanction, source: "Qatar", target: "Israel"}}},
	})
}
