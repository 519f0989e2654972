package event_test

import (
	"testing"

	"parley"
)

// TestUndergone checks acts told from the side of the one they are aimed
// at: the clause's subject undergoes the act a noun names ("came under
// fire", "drew criticism", "under UN sanctions"), and the doer follows
// "from" or "by", or qualifies the noun ("Russian shelling").
func TestUndergone(t *testing.T) {
	tests := []eventCase{
		// Force come under: the subject, or the state whose patrol,
		// convoy or positions they are, is attacked.
		{"patrol_came_under_fire_from_militants", "2024-05-10",
			"A Turkish army patrol came under fire from Syrian rebels near the border on Tuesday.",
			[]want{{typ: parley.Assault, source: "Syrian rebels", target: "Turkish Armed Forces", date: "2024-05-07"}}},
		{"positions_came_under_attack_from_forces", "2024-05-10",
			"Ukrainian positions near Bakhmut came under attack from Russian forces on Sunday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2024-05-05"}}},
		{"city_came_under_adjective_shelling", "2024-05-10",
			"Kharkiv came under heavy Russian shelling overnight.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"convoy_under_attack_by_group", "2024-05-10",
			"An Israeli army convoy was under attack by Hezbollah near the border.",
			[]want{{typ: parley.Assault, source: "Hezbollah", target: "Israel Defense Forces"}}},
		{"state_under_attack_since_a_month", "2024-05-10",
			"Ukraine has been under attack from Russia since February 2022.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2022-02"}}},
		// Fire drawn in words: a charge, not force.
		{"under_fire_over_a_deal_is_criticism", "2024-05-10",
			"Prime Minister Rishi Sunak came under fire from the Labour Party over the deal.",
			[]want{{typ: parley.Accuse, source: "Labour Party", target: "Rishi Sunak"}}},
		{"drew_fire_from_a_leader", "2024-05-10",
			"Netanyahu drew fire from Biden for the remarks.",
			[]want{{typ: parley.Accuse, source: "Joe Biden", target: "Benjamin Netanyahu"}}},
		{"attacks_faced_from_a_person_are_words", "2024-05-10",
			"Sunak faced attacks from Starmer over the Rwanda plan.",
			[]want{{typ: parley.Accuse, source: "Keir Starmer", target: "Rishi Sunak"}}},
		{"under_fire_over_the_weekend_is_force", "2024-05-10",
			"Israeli troops came under fire from Hezbollah over the weekend.",
			[]want{{typ: parley.Assault, source: "Hezbollah", target: "Israel Defense Forces"}}},
		// Penalties one is under: the imposer named before the noun; the
		// date is when they began.
		{"under_sanctions_since_a_month", "2024-05-10",
			"Venezuela has been under US sanctions since March 2019.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Venezuela", date: "2019-03"}}},
		{"already_under_sanctions_in_an_aside", "2024-05-10",
			"Tehran, already under US sanctions since May 2018, said on Monday it would expand enrichment.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Iran", date: "2018-05"}}},
		{"under_two_states_sanctions", "2024-05-10",
			"Maduro has been under US sanctions since April 2018 and under British sanctions since March 2022.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Nicolás Maduro", date: "2018-04"},
				{typ: parley.Sanction, source: "United Kingdom", target: "Nicolás Maduro", date: "2022-03"}}},
		{"target_of_sanctions_imposed_by", "2024-05-10",
			"Russia was the target of sanctions imposed by the European Union.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Russia"}}},
		// Words and acts drawn, faced, got or received.
		{"faced_condemnation_from", "2024-05-10",
			"Israel faced condemnation from Turkey over the raid.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Israel"}}},
		{"drawing_criticism_after_a_comma", "2024-05-10",
			"Dominican authorities stepped up expulsions of Haitians this year, drawing criticism from the United Nations.",
			[]want{{typ: parley.Accuse, source: "United Nations", target: "Dominican Republic"}}},
		{"the_owners_act_drew_condemnation", "2024-05-10",
			"The Israeli strike drew condemnation from Egypt.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Israel"}}},
		{"got_a_pledge_of_aid_from", "2024-05-10",
			"Moldova got a pledge of aid from Japan.",
			[]want{{typ: parley.Aid, source: "Japan", target: "Moldova"}}},
		{"faced_accusations_from", "2024-05-10",
			"China has faced accusations from the United States of spying.",
			[]want{{typ: parley.Accuse, source: "United States", target: "China"}}},
		{"came_in_for_criticism", "2024-05-10",
			"Hungary came in for sharp criticism from the European Commission on Thursday.",
			[]want{{typ: parley.Accuse, source: "European Commission", target: "Hungary", date: "2024-05-09"}}},
		{"hit_with_sanctions_by", "2024-05-10",
			"Syria was hit with new sanctions by the United States on Friday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Syria", date: "2024-05-10"}}},
		{"hit_by_adjective_sanctions", "2024-05-10",
			"Belarus was hit by fresh EU sanctions last month.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Belarus"}}},
		{"victim_of_an_attack_by", "2024-05-10",
			"Pakistan was the victim of an attack by the Taliban.",
			[]want{{typ: parley.Assault, source: "Taliban", target: "Pakistan"}}},
		{"subject_of_an_investigation_by", "2024-05-10",
			"Trump is the subject of an investigation by the Justice Department.",
			[]want{{typ: parley.Accuse, source: "United States Department of Justice", target: "Donald Trump"}}},
		{"suffered_an_attack_by", "2024-05-10",
			"The Turkish army suffered an attack by Kurdish militants on Monday.",
			[]want{{typ: parley.Assault, source: "Kurdish militants", target: "Turkish Armed Forces", date: "2024-05-06"}}},
		// Praise, backing and thanks won, earned or received.
		{"won_praise_from", "2024-05-10",
			"Kenya won praise from the United States for leading the mission.",
			[]want{{typ: parley.Support, source: "United States", target: "Kenya"}}},
		{"earned_warm_praise_from", "2024-05-10",
			"Modi earned warm praise from Biden on Tuesday.",
			[]want{{typ: parley.Support, source: "Joe Biden", target: "Narendra Modi", date: "2024-05-07"}}},
		{"won_backing_from", "2024-05-10",
			"Zelensky won backing from Scholz for the plan.",
			[]want{{typ: parley.Support, source: "Olaf Scholz", target: "Volodymyr Zelensky"}}},
		// The act a relative clause says its subject underwent.
		{"the_criticism_a_state_faced_from", "2024-05-10",
			"The criticism Israel faced from Turkey was unusually sharp.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Israel"}}},
		{"hailed_the_call_he_received_from", "2024-05-10",
			"Kishida hailed the phone call he received on Saturday from Biden.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Fumio Kishida", date: "2024-05-04", medium: parley.Phone},
				{typ: parley.Support, source: "Fumio Kishida", target: "Joe Biden"}}},
		{"welcomed_the_offer_he_received_from", "2024-05-10",
			"Sunak welcomed the offer he received from Macron.",
			[]want{{typ: parley.Support, source: "Rishi Sunak", target: "Emmanuel Macron"}}},
		// Missiles fired towards a state, not at a target in it: a show
		// of force (see missileShow).
		{"missiles_fired_towards_a_state", "2024-05-10",
			"North Korea fired two ballistic missiles towards Japan on Monday.",
			[]want{{typ: parley.Mobilize, source: "North Korea", target: "Japan", date: "2024-05-06"}}},
		// Fire taken is force met.
		{"took_fire_from_militants_is_force", "2024-05-10",
			"The Turkish army took fire from Kurdish militants near the border.",
			[]want{{typ: parley.Assault, source: "Kurdish militants", target: "Turkish Armed Forces"}}},
		// Calls faced for something to be done are demands.
		{"faced_calls_from_to_act", "2024-05-10",
			"Netanyahu faced calls from Biden to allow more aid into Gaza.",
			[]want{{typ: parley.Request, source: "Joe Biden", target: "Benjamin Netanyahu"}}},
		{"drew_calls_for_restraint", "2024-05-10",
			"Delhi drew growing calls from Washington for restraint.",
			[]want{{typ: parley.Request, source: "United States", target: "India"}}},
		// Blockades, sieges and occupations one is under or faces.
		{"under_a_blockade_since", "2024-05-10",
			"The Gaza Strip has been under an Israeli blockade since June 2007.",
			[]want{{typ: parley.Coerce, source: "Israel", target: "Palestine", date: "2007-06"}}},
		{"under_siege_by_forces", "2024-05-10",
			"Mariupol was under siege by Russian forces for weeks.",
			[]want{{typ: parley.Coerce, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		{"under_occupation_in_an_aside", "2024-05-10",
			"Crimea, under Russian occupation since March 2014, held a vote on Sunday.",
			[]want{{typ: parley.Coerce, source: "Russia", target: "Ukraine", date: "2014-03"}}},
		// A diplomatic protest or complaint drawn or received.
		{"drew_a_formal_protest_from", "2024-05-10",
			"Manila drew a formal protest from Beijing on Tuesday.",
			[]want{{typ: parley.Accuse, source: "China", target: "Philippines", date: "2024-05-07"}}},
		{"received_a_complaint_from", "2024-05-10",
			"Serbia received a complaint from Croatia over the border crossing.",
			[]want{{typ: parley.Accuse, source: "Croatia", target: "Serbia"}}},
		// Disapproval drawn: the ire, a backlash, a reprimand; the doer
		// after "of" when "the" opens the noun.
		{"drew_the_ire_of", "2024-05-10",
			"The Philippines drew the ire of Beijing with the new maritime law.",
			[]want{{typ: parley.Accuse, source: "China", target: "Philippines"}}},
		{"faced_a_backlash_from", "2024-05-10",
			"Israel faced a backlash from Washington over the strike.",
			[]want{{typ: parley.Accuse, source: "United States", target: "Israel"}}},
		{"won_the_backing_of_two", "2024-05-10",
			"Zelensky won the backing of France and Germany for the plan.",
			[]want{{typ: parley.Support, source: "France", target: "Volodymyr Zelensky"},
				{typ: parley.Support, source: "Germany", target: "Volodymyr Zelensky"}}},
		{"is_facing_criticism_from", "2024-05-10",
			"Germany is facing criticism from Poland over the pipeline.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Germany"}}},
		{"coming_under_attack_in_an_aside", "2024-05-10",
			"Ukrainian troops, coming under attack from Russian forces, withdrew from the village.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Armed Forces of Ukraine"}}},
		// Met or greeted with a reaction.
		{"decision_met_with_criticism_from", "2024-05-10",
			"The Israeli decision was met with sharp criticism from Turkey.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Israel"}}},
		{"greeted_with_protests_by", "2024-05-10",
			"Scholz was greeted with protests by Greenpeace in Hamburg.",
			[]want{{typ: parley.Protest, source: "Greenpeace", target: "Olaf Scholz"}}},
		// Passives of irregular participles: the agent after "by" acts.
		{"was_given_an_ultimatum_by", "2024-05-10",
			"Serbia was given an ultimatum by Kosovo on Monday.",
			[]want{{typ: parley.Threaten, source: "Kosovo", target: "Serbia", date: "2024-05-06"}}},
		{"was_sent_aid_by", "2024-05-10",
			"Malawi was sent emergency aid by Japan.",
			[]want{{typ: parley.Aid, source: "Japan", target: "Malawi"}}},
		// What is only in prospect, or from no one named, is no act.
		{"could_face_sanctions_is_none", "2024-05-10",
			"Russia could face sanctions from the European Union if it invades.", nil},
		{"expected_to_face_criticism_is_none", "2024-05-10",
			"Serbia is expected to face criticism from Brussels.", nil},
		{"under_fire_from_no_one_named", "2024-05-10",
			"A Turkish patrol came under fire near the border.", nil},
		{"under_the_agreement_is_no_penalty", "2024-05-10",
			"Under the agreement, Russia will keep its troops in the area.", nil},
		{"companies_under_sanctions", "2024-05-10",
			"Companies under US sanctions cannot trade with Iran.", nil},
	}
	runEventCases(t, tests)
}

// TestUndergoneDeed checks a deed told before that its own noun says drew
// a reaction: the one who did it is the target.
func TestUndergoneDeed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_detentions_drew_criticism", "2024-05-10",
			"Nicaraguan police detained 12 opposition leaders on Monday. The detentions drew sharp criticism from the United States.",
			[]want{{typ: parley.Accuse, source: "United States", target: "National Police of Nicaragua"}}},
	})
}

// TestUndergoneNot checks readings the undergone noun must not give.
func TestUndergoneNot(t *testing.T) {
	runNotCases(t, []notCase{
		// A request received is no visit.
		{"received_a_request_is_no_visit", "2024-05-10",
			"Germany received a request from Ukraine for more tanks.",
			want{typ: parley.Consult, source: "Ukraine", target: "Germany"}},
		{"received_an_ultimatum_is_no_visit", "2024-05-10",
			"Serbia received an ultimatum from Kosovo on Monday.",
			want{typ: parley.Consult}},
		{"received_a_call_to_discuss_is_no_demand", "2024-05-10",
			"Erdogan received a call from Putin to discuss grain exports.",
			want{typ: parley.Request}},
		{"given_an_ultimatum_is_not_given_by_the_subject", "2024-05-10",
			"Serbia was given an ultimatum by Kosovo on Monday.",
			want{typ: parley.Threaten, source: "Serbia"}},
		{"attack_from_a_leader_in_words_is_no_force", "2024-05-10",
			"Kilicdaroglu came under attack from Erdogan during the rally.",
			want{typ: parley.Assault}},
		// Fire drawn in words is no attack.
		{"under_fire_over_remarks_is_no_attack", "2024-05-10",
			"Prime Minister Rishi Sunak came under fire from the Labour Party over the deal.",
			want{typ: parley.Assault}},
	})
}
