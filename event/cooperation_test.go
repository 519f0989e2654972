package event_test

import (
	"testing"

	"parley"
)

// TestCoopEvents checks cooperation, build-ups, protests and concessions
// told in ways the first pass missed.
func TestCoopEvents(t *testing.T) {
	tests := []eventCase{
		{"information_exchanged_by_two_states_authorities", "2022-09-28",
			"Norwegian and Finnish authorities have exchanged information on the damaged cable since Monday.",
			[]want{{typ: parley.Cooperate, source: "Norway", target: "Finland"}}},
		{"intelligence_exchanged_with_a_state", "2022-09-28",
			"Poland exchanged intelligence with Lithuania on Monday about the drones.",
			[]want{{typ: parley.Cooperate, source: "Poland", target: "Lithuania", date: "2022-09-26"}}},
		{"a_joint_operation_by_two_states_forces", "2015-11-25",
			"The navigator was recovered overnight in a joint operation by Russian and Syrian special forces.",
			[]want{{typ: parley.Cooperate, source: "Armed Forces of the Russian Federation", target: "Syrian Armed Forces"}}},
		{"joint_patrols_by_two_states", "2019-11-01",
			"Joint patrols by Turkey and Russia began in northern Syria on Friday.",
			[]want{{typ: parley.Cooperate, source: "Turkey", target: "Russia"}}},
		{"joint_exercises_suspended_cut_ties", "2013-11-21",
			"On Wednesday Indonesia suspended joint military exercises with Australia.",
			[]want{{typ: parley.Sanction, source: "Indonesia", target: "Australia", date: "2013-11-20"}}},
		{"joint_drills_cancelled_cut_ties", "2013-11-21",
			"On Wednesday Indonesia cancelled the joint naval drills with Australia.",
			[]want{{typ: parley.Sanction, source: "Indonesia", target: "Australia", date: "2013-11-20"}}},
		{"trade_blocked_is_a_sanction", "2019-03-29",
			"On Tuesday China blocked canola seed shipments from two major Canadian exporters.",
			[]want{{typ: parley.Sanction, source: "China", target: "Canada", date: "2019-03-26"}}},
		{"aid_blocked_is_no_trade_sanction", "2024-03-11",
			"Israel blocked aid shipments to Gaza on Monday.",
			[]want{{typ: parley.Coerce, source: "Israel", target: "Palestine", date: "2024-03-11"}}},
		{"a_bill_withdrawn_after_protests_concedes_to_the_crowd", "2023-03-10",
			"Georgian Dream withdrew its contested bill on Thursday after two nights of unrest. Thousands of protesters had marched on parliament in Tbilisi on Tuesday.",
			[]want{{typ: parley.Concede, source: "Georgian Dream", target: "Georgian protesters", date: "2023-03-09"},
				{typ: parley.Protest, source: "Georgian protesters", target: "Parliament of Georgia", date: "2023-03-07"}}},
		{"a_squad_dissolved_after_protests", "2020-10-13",
			"Protesters in Lagos demanded an end to police brutality on Friday. The Inspector-General of Police, Mohammed Adamu, dissolved the squad on Sunday.",
			[]want{{typ: parley.Concede, source: "Mohammed Adamu", target: "Nigerian protesters", date: "2020-10-11"}}},
		{"a_bill_withdrawn_with_no_crowd_is_no_event", "2023-03-10",
			"Georgian Dream withdrew its contested bill on Thursday.", nil},
		{"farmers_blocking_crossings_protest", "2024-03-15",
			"Polish farmers blocked border crossings with Ukraine on Tuesday to protest against grain imports.",
			[]want{{typ: parley.Protest, source: "Polish farmers", target: "Ukraine", date: "2024-03-12"}}},
		{"demonstrators_blocking_roads_protest_at_home", "2021-05-03",
			"Colombia is in turmoil over a tax reform. Demonstrators in Cali have blocked the main roads out of the city since Wednesday.",
			[]want{{typ: parley.Protest, source: "Colombian demonstrators", target: "Colombia"}}},
		{"an_army_blocking_roads_is_no_protest", "2024-03-15",
			"The army blocked the roads into the capital on Monday.", nil},
		{"a_tariff_increase_cancelled_concedes", "2024-03-11",
			"Biden cancelled the tariff increase on Brazilian steel on Friday.",
			[]want{{typ: parley.Concede, source: "Joe Biden", target: "Brazil", date: "2024-03-08"}}},
		{"tariffs_called_off_yield_to_their_target", "2024-03-11",
			"The United States imposed tariffs on Canada in February. Trump called off the tariffs on Friday.",
			[]want{{typ: parley.Concede, source: "Donald Trump", target: "Canada", date: "2024-03-08"}}},
		{"an_expulsion_postponed", "2024-03-11",
			"Russia postponed the expulsion of the Moldovan ambassador on Monday.",
			[]want{{typ: parley.Concede, source: "Russia", target: "Moldova", date: "2024-03-11"}}},
		{"sanctions_delayed", "2024-03-11",
			"The European Union delayed new sanctions on Georgia on Monday.",
			[]want{{typ: parley.Concede, source: "European Union", target: "Georgia", date: "2024-03-11"}}},
		{"warships_sent_to_the_area_face_the_accuser", "2024-03-11",
			"China accused Vietnam of trespassing in its waters. Vietnam sent more warships to the area on Friday.",
			[]want{{typ: parley.Mobilize, source: "Vietnam", target: "China", date: "2024-03-08"}}},
		{"jets_sent_to_the_region_face_the_threatener", "2024-03-11",
			"Iran's supreme leader Ali Khamenei threatened the United States with a crushing response on Tuesday. The Pentagon sent two more warships to the region on Friday.",
			[]want{{typ: parley.Mobilize, source: "United States Department of Defense", target: "Iran", date: "2024-03-08"}}},
		{"an_army_put_on_alert_faces_its_accuser", "2024-03-11",
			"Sudan accused Chad of arming the rebels. Chad put its army on high alert on Friday.",
			[]want{{typ: parley.Mobilize, source: "Chad", target: "Sudan", date: "2024-03-08"}}},
		{"a_person_handed_over_to_a_state_is_an_extradition", "2024-03-11",
			"Chile handed Alberto Fujimori over to Peru on Thursday.",
			[]want{{typ: parley.Cooperate, source: "Chile", target: "Peru", date: "2024-03-07"}}},
		{"suspects_handed_over_to_a_state", "2024-03-11",
			"Ecuador handed over 12 suspects to Peru on Thursday.",
			[]want{{typ: parley.Cooperate, source: "Ecuador", target: "Peru", date: "2024-03-07"}}},
	}
	runEventCases(t, tests)
}

// TestCoopReadingsRuledOut checks readings of the same words that must
// not be coded, beside the one that must.
func TestCoopReadingsRuledOut(t *testing.T) {
	tests := []ruledOutCase{
		{"a_visit_cancelled_is_no_concession", "2024-03-11",
			"Macron cancelled his visit to Algeria on Friday.",
			want{}, want{typ: parley.Concede}},
		{"a_vote_postponed_is_no_concession", "2024-03-11",
			"The Bundestag postponed the vote on the budget on Friday.",
			want{}, want{typ: parley.Concede}},
		{"a_hostage_handed_over_is_released", "2024-03-11",
			"Hamas handed over the hostage Keith Siegel to Israel on Saturday.",
			want{}, want{typ: parley.Cooperate}},
		{"captured_soldiers_handed_over_are_released", "2024-03-11",
			"Russia handed over two Ukrainian soldiers to Ukraine on Saturday.",
			want{}, want{typ: parley.Cooperate}},
		{"a_person_handed_to_the_red_cross_is_released", "2024-03-11",
			"Hamas handed Keith Siegel over to the Red Cross on Saturday.",
			want{}, want{typ: parley.Cooperate}},
		{"ships_sent_to_the_area_after_a_storm_face_no_one", "2024-03-11",
			"A typhoon hit the Philippines on Monday. Japan sent two ships to the area on Friday.",
			want{}, want{typ: parley.Mobilize}},
		{"ships_sent_to_the_area_do_not_face_an_ally", "2024-03-11",
			"Russia threatened Japan on Monday. The United States sent two warships to the area on Friday.",
			want{}, want{typ: parley.Mobilize, source: "United States", target: "Japan"}},
	}
	runRuledOut(t, tests)
}
