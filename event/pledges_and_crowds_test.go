package event_test

import (
	"testing"

	"parley"
)

// TestCrowdsPushedBack checks that weapons of crowd control used on a
// crowd, or a crowd pushed back, are force against it, and that force
// used against a state is left to the other rules.
func TestCrowdsPushedBack(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"tear_gas_to_push_back", "2004-03-19",
			"Serbian police used tear gas to push the demonstrators back from the city centre.",
			want{typ: parley.Assault, source: "Serbian Police", target: "Serbian demonstrators"},
			want{}},
		{"tear_gas_against", "2024-06-26",
			"Kenyan police used tear gas against the protesters in Nairobi.",
			want{typ: parley.Assault, source: "National Police Service", target: "Kenyan protesters"},
			want{}},
		{"a_state_is_no_crowd", "2022-03-01",
			"Kenya said Russia used force against Ukraine.",
			want{},
			want{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2022-03-01"}},
	})
}

// TestJointPledges checks that two sides committing together to a
// ceasefire agree with each other, and that readiness to negotiate with
// someone is a pledge to them.
func TestJointPledges(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"two_committed_to_a_ceasefire", "2019-12-11",
			"In the summit's joint conclusions, Ukraine and Russia committed to a full and comprehensive ceasefire before the end of the year.",
			want{typ: parley.Agree, source: "Ukraine", target: "Russia"},
			want{}},
		{"last_of_a_list_named_with_the", "2008-05-29",
			"Russia and the United States committed to a ceasefire on Wednesday.",
			want{typ: parley.Agree, source: "Russia", target: "United States", date: "2008-05-28"},
			want{}},
		{"one_committed_pledges_to_no_one", "2019-12-11",
			"Russia committed to a ceasefire on Monday.",
			want{},
			want{typ: parley.Agree, source: "Russia"}},
		{"ready_to_negotiate_with", "2006-12-23",
			"Iran is ready to negotiate with the United States.",
			want{typ: parley.Agree, source: "Iran", target: "United States"},
			want{}},
		{"ready_to_launch_negotiations", "2016-12-19",
			"Chinese Premier Li Keqiang said China was ready to launch negotiations on a free trade agreement with Norway.",
			want{typ: parley.Agree, source: "Li Keqiang", target: "Norway"},
			want{}},
		{"ready_for_war_is_no_pledge", "2022-03-01",
			"Russia is ready to go to war with Ukraine.",
			want{},
			want{typ: parley.Agree}},
	})
}

// TestMeetingAskedFor checks that a meeting of a body asked for is a
// request to that body, and no meeting held.
func TestMeetingAskedFor(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"asked_for_a_meeting_of_the_council", "2008-06-13",
			"Djibouti asked for an urgent meeting of the Security Council.",
			want{typ: parley.Request, source: "Djibouti", target: "United Nations Security Council"},
			want{typ: parley.Consult}},
		{"asked_in_a_letter_for_a_meeting", "2008-06-13",
			"Djibouti asked in a letter on Wednesday for an urgent meeting of the Security Council.",
			want{},
			want{typ: parley.Consult}},
	})
}

// TestForcedToAct checks that making another actor act is coercion, but
// an aim to force it, or being forced, is none.
func TestForcedToAct(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"forced_to_pull_out", "2008-06-13",
			"Eritrea forced UNMEE to pull its people out of its positions.",
			want{typ: parley.Coerce, source: "Eritrea", target: "United Nations Mission in Ethiopia and Eritrea"},
			want{}},
		{"an_aim_to_force", "2019-11-19",
			"Erekat said it was the latest move by the United States to try to force the Palestinians to capitulate.",
			want{},
			want{typ: parley.Coerce, source: "United States"}},
		{"being_forced", "2022-05-12",
			"Russia said it would be forced to take countermeasures.",
			want{},
			want{typ: parley.Coerce}},
	})
}

// TestPackageBlocked checks that a package of measures blocked is a
// rejection of the one whose package it is, however many words describe
// it.
func TestPackageBlocked(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"owner_before_described_package", "2024-06-15",
			"Hungary blocked the EU's new sanctions package on Monday.",
			want{typ: parley.Reject, source: "Hungary", target: "European Union", date: "2024-06-10"},
			want{}},
	})
}

// TestTalksDemanded checks that talks demanded are a request of the one
// to talk with, and no talks held.
func TestTalksDemanded(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"demanded_talks", "2024-06-15",
			"Kenya demanded direct talks with Somalia on Monday.",
			want{typ: parley.Request, source: "Kenya", target: "Somalia", date: "2024-06-10"},
			want{typ: parley.Consult}},
		{"protesters_demanding_talks", "2022-09-05",
			"In Prague, some 70,000 people rallied on September 3 against Prime Minister Petr Fiala's government, demanding cheaper energy and direct gas talks with Moscow.",
			want{},
			want{typ: parley.Consult}},
	})
}

// TestSiegeOfACity checks that a city besieged or laid siege to is
// coercion of the state it belongs to.
func TestSiegeOfACity(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"besieged", "2022-04-01",
			"Russian forces besieged Mariupol.",
			want{typ: parley.Coerce, source: "Armed Forces of the Russian Federation", target: "Ukraine"},
			want{}},
		{"laid_siege_to", "2022-04-01",
			"Russian forces laid siege to Mariupol in March.",
			want{typ: parley.Coerce, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2022-03"},
			want{}},
	})
}

// TestPleasAndPurposes checks a plea to a leader, the purpose of a call
// aimed at the one called, troops removed, and a penalty of revenge
// foretold; a plea in court is none.
func TestPleasAndPurposes(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"telephoned_to_plead", "2015-02-24",
			"Brazilian President Dilma Rousseff telephoned Indonesian President Joko Widodo to plead for clemency.",
			want{typ: parley.Request, source: "Dilma Rousseff", target: "Joko Widodo"},
			want{}},
		{"called_to_urge_restraint", "2024-06-15",
			"US Secretary of State Antony Blinken called Turkish President Recep Tayyip Erdogan on Tuesday to urge restraint.",
			want{typ: parley.Request, source: "Antony Blinken", target: "Recep Tayyip Erdoğan"},
			want{}},
		{"pleaded_guilty_is_no_plea_to_anyone", "2019-11-19",
			"Patrick Carlineo pleaded guilty to threatening to assault a United States congresswoman.",
			want{},
			want{typ: parley.Request}},
		{"troops_removed", "2002-07-17",
			"At dawn Spanish special forces landed on the islet and removed the Moroccan troops who had been camped there.",
			want{typ: parley.Coerce, source: "Spanish Armed Forces", target: "Morocco"},
			want{}},
		{"revenge_foretold", "2016-01-04",
			"Iran's Supreme Leader Ayatollah Ali Khamenei warned on Sunday that Saudi politicians would face divine revenge.",
			want{typ: parley.Threaten, source: "Ali Khamenei", target: "Saudi Arabia", date: "2016-01-03"},
			want{}},
	})
}

// TestThanksForADeed checks that appreciation or gratitude for another's
// deed is support of its owner, named after "of" or as a possessive.
func TestThanksForADeed(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"for_the_cooperation_of", "2016-09-06",
			"US President Barack Obama expressed his appreciation for the cooperation of Laos in the humanitarian mission.",
			want{typ: parley.Support, source: "Barack Obama", target: "Laos"},
			want{}},
		{"for_a_possessors_help", "2016-09-06",
			"Kenya expressed its gratitude for Uganda's help.",
			want{typ: parley.Support, source: "Kenya", target: "Uganda"},
			want{}},
	})
}

// TestInsistedClaims checks that insisting on what was so is a claim, no
// demand, while insisting that another act is one.
func TestInsistedClaims(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"insisted_on_a_past_fact", "2002-07-17",
			"Morocco seized the islet on Thursday. Madrid insists it acted only after diplomacy had failed.",
			want{},
			want{typ: parley.Request, source: "Spain"}},
		{"insisted_that_another_act", "2002-07-17",
			"Spain insisted that Morocco withdraw its troops.",
			want{typ: parley.Request, source: "Spain", target: "Morocco"},
			want{}},
	})
}

// TestCrowdsInAPartOfTheCapital checks that a capital named with a part
// of the city ("central Helsinki", "downtown Nairobi") is the place where
// a crowd gathers, not the government it would stand for.
func TestCrowdsInAPartOfTheCapital(t *testing.T) {
	runEventCases(t, []eventCase{
		{"marched_through_central_capital", "2018-07-17",
			"On Sunday, a few thousand demonstrators had marched through central Helsinki to protest against the policies of Trump and Putin.",
			[]want{{typ: parley.Protest, source: "Finnish demonstrators", target: "Donald Trump", date: "2018-07-15"},
				{typ: parley.Protest, source: "Finnish demonstrators", target: "Vladimir Putin", date: "2018-07-15"}}},
		{"police_in_downtown_capital", "2019-07-17",
			"Police fired tear gas at protesters in downtown Nairobi on Tuesday.",
			[]want{{typ: parley.Assault, source: "National Police Service", target: "Kenyan protesters", date: "2019-07-16"}}},
	})
}

// TestForcesWhereTheCrowdsAre checks that "the streets of" a capital are a
// place, that soldiers in a story naming no state are the army of the
// place they act in, and that the places a story tells of count toward
// the state it is about: "The army fired tear gas at the crowds in
// Khartoum" after a sentence about Washington is Sudan's army.
func TestForcesWhereTheCrowdsAre(t *testing.T) {
	runEventCases(t, []eventCase{
		{"soldiers_in_the_streets_of_a_capital", "2022-10-01",
			"Soldiers fired on crowds who took to the streets of Ouagadougou on Thursday to denounce the coup.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Burkina Faso", target: "Burkinabe crowds"}}},
		{"the_scene_outweighs_a_capital_named_as_government", "2021-10-26",
			"Washington said on Monday it had paused its aid. Protesters marched in Khartoum on Monday, and crowds gathered in Omdurman, Kassala and Port Sudan on Tuesday. " +
				"The army fired tear gas at the crowds in Khartoum. The government accused Washington of stirring the unrest.",
			[]want{{typ: parley.Assault, source: "Sudanese Armed Forces", target: "Sudanese protesters", date: "2021-10-26"},
				{typ: parley.Accuse, source: "Sudan", target: "United States"}}},
	})
}

// TestCountedCrowds checks that people counted as a crowd ("dozens of
// students in Yogyakarta") are that place's crowd wherever the phrase
// stands, and that a people's faithful named by their state ("Filipino
// Muslims") are a group of theirs.
func TestCountedCrowds(t *testing.T) {
	runEventCases(t, []eventCase{
		{"counted_students_in_a_city", "2013-11-22",
			"On Thursday dozens of students in Yogyakarta burned Australian flags and chanted against Canberra outside the consulate.",
			[]want{{typ: parley.Protest, source: "Indonesian students", target: "Australia", date: "2013-11-21"}}},
		{"counted_students_as_the_object", "2018-03-03",
			"Police beat hundreds of students in Dhaka on Monday.",
			[]want{{typ: parley.Assault, source: "Bangladesh Police", target: "Bangladeshi students", date: "2018-02-26"}}},
		{"faithful_named_by_their_state", "2013-03-07",
			"Several dozen Filipino Muslims rallied outside the Malaysian embassy in Makati this week to protest against the deportations.",
			[]want{{typ: parley.Protest, source: "Filipino Muslims", target: "Malaysia"}}},
	})
}

// TestCrowdsAndAgents checks crowds named by what they are made of or
// where they stand, dissidents held by their own state's agents, and
// weapons used against a crowd.
func TestCrowdsAndAgents(t *testing.T) {
	runEventCases(t, []eventCase{
		{"agents_arrest_dissidents", "2003-04-01",
			"In March, state security agents in Havana arrested 75 dissidents.",
			[]want{{typ: parley.Coerce, source: "Cuban state security agents", target: "Cuban dissidents", date: "2003-03"}}},
		{"fire_on_crowds_in_a_state", "2025-01-27",
			"Israeli troops opened fire on Sunday on crowds in Lebanon.",
			[]want{{typ: parley.Assault, source: "Israel Defense Forces", target: "Lebanese crowds", date: "2025-01-26"}}},
		{"weapons_against_crowds_of_voters", "2017-10-02",
			"Police used batons and rubber bullets against crowds of would-be voters outside polling stations in Barcelona.",
			[]want{{typ: parley.Assault, source: "National Police of Spain", target: "Spanish crowds"}}},
	})
}

// TestCrowdsOfAPeople checks that a crowd named by a people's word that
// names no state ("Kurdish demonstrators") is that people's crowd, not the
// crowd of the city it gathers in.
func TestCrowdsOfAPeople(t *testing.T) {
	runEventCases(t, []eventCase{
		{"stateless_people_storm_an_embassy", "1999-02-17",
			"Kurdish demonstrators stormed the Greek embassy in London on Tuesday.",
			[]want{{typ: parley.Protest, source: "Kurdish demonstrators", target: "Greece", date: "1999-02-16"}}},
	})
}

// TestMissionsAndBanquets checks that a crowd forcing its way into a
// state's missions protests against that state, and that a banquet
// hosted in honour of a guest is a meeting with the guest.
func TestMissionsAndBanquets(t *testing.T) {
	runEventCases(t, []eventCase{
		{"forced_their_way_into_missions", "1999-02-17",
			"Kurdish protesters also forced their way into Kenyan missions and United Nations offices.",
			[]want{{typ: parley.Protest, source: "Kurdish protesters", target: "Kenya"}}},
		{"banquet_in_honour_of_a_guest", "1998-10-08",
			"On the evening of 7 October, Emperor Akihito hosted a State Banquet in honour of President Kim Dae-jung.",
			[]want{{typ: parley.Consult, source: "Kim Dae-jung", target: "Akihito", date: "1998-10-07"}}},
	})
}
