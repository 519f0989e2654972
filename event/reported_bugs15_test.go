package event_test

import (
	"testing"

	"parley"
)

// TestReportedBugs15 checks the fixes of bugs reported in the twenty-first
// session: each case names an event the text must yield and one it must
// not.
func TestReportedBugs15(t *testing.T) {
	tests := []ruledOutCase{
		// ", and US jets downed …": a new clause whose subject is a state's
		// agents ends the object list of the act before.
		{"jets_of_another_state_open_a_clause", "2024-04-20",
			"Iran launched 300 drones at Israel, and US jets downed dozens of them.",
			want{typ: parley.Assault, source: "Iran", target: "Israel"},
			want{typ: parley.Assault, source: "Iran", target: "United States"}},
		{"troops_of_another_state_open_a_clause", "2024-05-10",
			"Hamas fired rockets at Israel, and Egyptian troops closed the crossing on Monday.",
			want{typ: parley.Assault, source: "Hamas", target: "Israel"},
			want{typ: parley.Assault, source: "Hamas", target: "Egypt"}},
		{"warplanes_of_another_state_open_a_clause", "2024-05-10",
			"Moscow fired missiles at Ukraine, and Polish warplanes scrambled over Lublin.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"},
			want{typ: parley.Assault, source: "Russia", target: "Poland"}},
		// "after visiting Austria": the place of the main clause's arrival
		// before the subordinator is not the visit's.
		{"visit_after_arrival_is_not_in_the_arrival_city", "2024-07-10",
			"Modi arrived in Moscow on Monday after visiting Austria.",
			want{typ: parley.Consult, source: "Narendra Modi", target: "Austria", place: "-"},
			want{typ: parley.Consult, source: "Narendra Modi", target: "Austria", place: "Moscow"}},
		{"visit_before_a_flight_is_not_in_the_capital_flown_to", "2024-07-10",
			"Scholz flew to Warsaw on Tuesday before visiting Lithuania.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Lithuania", place: "-"},
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Lithuania", place: "Warsaw"}},
		{"meeting_after_landing_keeps_its_own_place", "2024-07-10",
			"Lula landed in Beijing on Friday after meeting Macron in Paris.",
			want{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Emmanuel Macron", place: "Paris"},
			want{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Emmanuel Macron", place: "Beijing"}},
		// "turned down pleas from the EU to recognise Kosovo": an act a
		// noun of asking asks for is not done.
		{"act_asked_by_pleas_is_not_done", "2024-05-10",
			"Serbia turned down pleas from the EU to recognise Kosovo.",
			want{typ: parley.Reject, source: "Serbia", target: "European Union"},
			want{typ: parley.Support, source: "Serbia", target: "Kosovo"}},
		{"release_asked_by_a_plea_is_not_done", "2024-05-10",
			"The junta ignored a plea from ECOWAS to release Bazoum.",
			want{typ: parley.Request, source: "Economic Community of West African States", target: "National Council for the Safeguard of the Homeland"},
			want{typ: parley.Retreat}},
		{"act_asked_by_appeals_is_not_done", "2024-05-10",
			"Hungary rejected appeals by Ukraine to lift its veto on aid.",
			want{typ: parley.Reject, source: "Hungary", target: "Ukraine"},
			want{typ: parley.Concede, source: "Hungary"}},
		{"appealed_to_asks", "2024-05-10",
			"Pakistan appealed to China to extend the loan.",
			want{typ: parley.Request, source: "Pakistan", target: "China"},
			want{typ: parley.Aid, source: "China"}},
		// "his threat to impose tariffs": the penalty is threatened; taken
		// back ("backed down from", "dropped"), it is neither.
		{"penalty_of_a_threat_given_up_is_none", "2025-02-05",
			"Trump backed down from his threat to impose tariffs on Canada.",
			want{typ: parley.Concede, source: "Donald Trump", target: "Canada"},
			want{typ: parley.Sanction}},
		{"penalty_of_a_dropped_threat_is_none", "2025-02-05",
			"Trump dropped his threat to impose sanctions on Colombia.",
			want{}, want{typ: parley.Sanction}},
		{"penalty_of_a_threat_retreated_from_is_none", "2024-05-10",
			"Beijing retreated from its threat to impose tariffs on Australian wine.",
			want{}, want{typ: parley.Sanction}},
		{"penalty_of_a_renewed_threat_is_threatened", "2025-02-05",
			"Trump renewed his threat to impose tariffs on Mexico.",
			want{typ: parley.Threaten, source: "Donald Trump", target: "Mexico"},
			want{typ: parley.Sanction}},
		{"offensive_of_repeated_threats_is_threatened", "2024-05-10",
			"Erdogan repeated threats to launch a new offensive against Kurdish fighters in Syria.",
			want{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Kurdish fighters"},
			want{typ: parley.Assault}},
		// "the positions of Washington and London": a plural stance noun
		// names its holders after "of", as the singular does.
		{"criticised_the_positions_of_two_states", "2024-05-10",
			"Lavrov criticised the positions of Washington and London.",
			want{typ: parley.Accuse, source: "Sergey Lavrov", target: "United Kingdom"}, want{}},
		{"praised_the_positions_of_two_states", "2024-05-10",
			"Wang Yi praised the positions of Brazil and South Africa on Ukraine.",
			want{typ: parley.Support, source: "Wang Yi", target: "Brazil"}, want{typ: parley.Support, target: "Ukraine"}},
		{"described_the_positions_as_dangerous", "2024-05-10",
			"Erdogan described the positions of Islamabad and New Delhi as dangerous.",
			want{typ: parley.Accuse, source: "Recep Tayyip Erdoğan", target: "India"}, want{}},
		{"shelled_positions_stay_a_target", "2024-05-10",
			"Ukrainian forces shelled the positions of Russian troops near Bakhmut.",
			want{typ: parley.Assault, source: "Armed Forces of Ukraine", target: "Armed Forces of the Russian Federation"}, want{}},
		// A reaction to a deed done by the reacting leader's own state
		// organs is not aimed at them.
		{"leader_calling_the_attack_terrorism_spares_his_army", "2024-05-10",
			"Erdogan said Turkish forces had killed the militants and called the attack terrorism.",
			want{typ: parley.Assault, source: "Turkish Armed Forces", target: "Turkish militants"},
			want{typ: parley.Accuse, source: "Recep Tayyip Erdoğan", target: "Turkish Armed Forces"}},
		{"leader_praising_a_raid_backs_no_own_army", "2024-05-10",
			"Israeli troops raided the camp on Monday. Netanyahu praised the raid.",
			want{}, want{typ: parley.Support, source: "Benjamin Netanyahu", target: "Israel Defense Forces"}},
		{"other_leader_condemning_a_raid_accuses_the_army", "2024-05-10",
			"Israeli troops raided the camp on Monday. Abbas condemned the raid.",
			want{typ: parley.Accuse, source: "Mahmoud Abbas", target: "Israel Defense Forces"}, want{}},
		// "Finland and Sweden agreed to address Turkey's concerns": two who
		// agree to yield to a third make no pact of their own, and to agree
		// to yield is the concession, done.
		{"two_agreeing_to_yield_to_a_third_make_no_pact", "2024-05-10",
			"In return, Finland and Sweden agreed to address Turkey's concerns.",
			want{typ: parley.Concede, source: "Sweden", target: "Turkey", status: parley.Occurred},
			want{typ: parley.Agree, source: "Finland", target: "Sweden"}},
		{"two_agreeing_to_sanction_a_third_make_no_pact", "2024-05-10",
			"Britain and France agreed to impose sanctions on Iran.",
			want{typ: parley.Sanction, source: "France", target: "Iran"},
			want{typ: parley.Agree, source: "United Kingdom", target: "France"}},
		{"agreeing_to_drop_objections_is_done", "2024-05-10",
			"Serbia agreed to drop its objections to Kosovo's membership.",
			want{typ: parley.Concede, source: "Serbia", target: "Kosovo", status: parley.Occurred},
			want{typ: parley.Concede, status: parley.Planned}},
		{"two_agreeing_to_exchange_keep_their_pact", "2024-05-10",
			"Kyiv and Moscow agreed to exchange prisoners.",
			want{typ: parley.Agree, source: "Ukraine", target: "Russia"}, want{}},
		{"three_agreeing_to_meet_keep_their_pact", "2024-05-10",
			"Egypt, Jordan and Iraq agreed to hold four technical meetings.",
			want{typ: parley.Agree, source: "Egypt", target: "Iraq"}, want{}},
		// "will meet at the G7 summit hosted by the United Kingdom": the
		// host state of the setting is no partner of a meeting of two.
		{"host_state_of_the_setting_is_no_partner", "2024-05-10",
			"Biden and Trudeau will meet at the G7 summit hosted by the United Kingdom in June.",
			want{typ: parley.Consult, source: "Joe Biden", target: "Justin Trudeau", status: parley.Planned},
			want{typ: parley.Consult, source: "Joe Biden", target: "United Kingdom"}},
		{"host_state_of_a_summit_met_at_is_no_partner", "2024-05-10",
			"Modi met Kishida on Monday at the G20 summit hosted by Brazil.",
			want{typ: parley.Consult, source: "Narendra Modi", target: "Fumio Kishida"},
			want{typ: parley.Consult, target: "Brazil"}},
		{"host_person_still_meets_each", "2024-05-10",
			"Ruto and Museveni met at a retreat hosted by Tanzanian President Samia Suluhu Hassan.",
			want{typ: parley.Consult, source: "William Ruto", target: "Samia Suluhu Hassan"}, want{}},
		{"host_state_of_a_summit_attended_is_met", "2024-05-10",
			"Aliyev attended the BRICS summit hosted by Russia in Kazan.",
			want{typ: parley.Consult, source: "Ilham Aliyev", target: "Russia"}, want{}},
		// "The minister met A, B and C" with the minister unresolved: those
		// met were met by one unnamed, not each other.
		{"parties_met_by_an_unnamed_minister_do_not_meet_each_other", "2024-05-10",
			"The minister met the EU delegation, Japan and Canada on Tuesday.",
			want{}, want{typ: parley.Consult, source: "Japan", target: "Canada"}},
		{"representatives_met_by_unnamed_officials", "2024-05-10",
			"Officials met representatives of Japan and Canada.",
			want{}, want{typ: parley.Consult, source: "Japan", target: "Canada"}},
		{"guests_received_by_an_unnamed_host", "2024-05-10",
			"The president received the envoys of Chile and Peru on Monday.",
			want{}, want{typ: parley.Consult, source: "Chile", target: "Peru"}},
		{"parties_who_meet_each_other_still_do", "2024-05-10",
			"The leaders of Japan and Canada met on Tuesday.",
			want{typ: parley.Consult, source: "Japan", target: "Canada"}, want{}},
		// "Each side accused the other" after fighting between two sides the
		// resolver left "each side" without: the sides of that fighting.
		{"each_side_of_an_army_and_a_militia", "2024-05-10",
			"Fighting raged between the army and the RSF in Sudan. Each side accused the other of shelling civilians.",
			want{typ: parley.Accuse, source: "Rapid Support Forces", target: "Sudanese Armed Forces"}, want{}},
		{"each_party_of_two_movements", "2024-05-10",
			"Heavy fighting broke out between Hamas and Fatah in Gaza. Each party blamed the other for the bloodshed.",
			want{typ: parley.Accuse, source: "Hamas", target: "Fatah"}, want{}},
		{"each_side_with_no_fighting_before_is_no_one", "2024-05-10",
			"Talks resumed in Geneva. Each side blamed the other for the delay.",
			want{}, want{typ: parley.Accuse}},
		// "detained the Chinese captain": one of a state's people named by a
		// singular demonym stands for the state, as "two Chinese fishermen".
		{"detained_captain_by_a_singular_demonym", "2024-05-10",
			"The Philippine coast guard detained the Chinese captain of the trawler.",
			want{typ: parley.Coerce, source: "Philippine Coast Guard", target: "China"}, want{}},
		{"arrested_captain_by_a_singular_demonym", "2024-05-10",
			"Japan arrested the Chinese captain on Monday.",
			want{typ: parley.Coerce, source: "Japan", target: "China"}, want{}},
		{"freed_pilot_by_a_singular_demonym", "2024-05-10",
			"Russia freed the American pilot on Friday.",
			want{typ: parley.Retreat, source: "Russia", target: "United States"}, want{}},
		{"seized_skipper_by_a_singular_demonym", "2024-05-10",
			"Indonesia seized the Vietnamese skipper and his crew.",
			want{typ: parley.Coerce, source: "Indonesia", target: "Vietnam"}, want{}},
		// A threat made good is the penalty itself.
		{"penalty_of_a_threat_followed_through_is_imposed", "2025-03-05",
			"Trump followed through on his threat to impose tariffs on Canada.",
			want{typ: parley.Sanction, source: "Donald Trump", target: "Canada"}, want{typ: parley.Threaten}},
		{"penalty_of_a_threat_made_good_is_imposed", "2024-05-10",
			"Ottawa made good on its threat to impose sanctions on Iranian officials.",
			want{typ: parley.Sanction, source: "Canada", target: "Iran"}, want{typ: parley.Threaten}},
	}
	runRuledOut(t, tests)
}
