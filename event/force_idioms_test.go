package event_test

import (
	"testing"

	"parley"
)

// TestForceIdioms checks constructions met in the NGEC synthetic stories,
// each on sentences of our own.
func TestForceIdioms(t *testing.T) {
	tests := []eventCase{
		// A light verb's noun after a count or an adjective: "carried out
		// four attacks", "conducted a naval exercise".
		{"carried_out_a_count_of_attacks", "2024-05-10",
			"Israel carried out four attacks against Hezbollah on Monday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah", date: "2024-05-06"}}},
		{"carried_out_several_attacks_overnight", "2024-05-10",
			"Russia carried out several attacks on Ukraine overnight.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"conducted_a_naval_exercise_with", "2024-05-10",
			"India conducted a naval exercise with Japan in the Bay of Bengal.",
			[]want{{typ: parley.Cooperate, source: "India", target: "Japan"}}},
		{"held_a_military_exercise_near_a_border", "2024-05-10",
			"Russia held a military exercise near the Finnish border on Monday.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Finland", date: "2024-05-06"}}},
		{"took_part_in_an_exercise", "2024-05-10",
			"Indonesian and Australian troops took part in an exercise in Darwin last month.",
			[]want{{typ: parley.Cooperate, source: "Indonesian National Armed Forces", target: "Australian Defence Force", date: "2024-04"}}},
		// People counted by a number who protest are a crowd of
		// protesters, in any tense: "Up to 20,000 people protested".
		{"people_counted_by_a_number_protest", "2024-05-10",
			"Up to 20,000 people protested outside parliament in Budapest on Saturday.",
			[]want{{typ: parley.Protest, source: "Hungarian protesters", target: "National Assembly of Hungary", date: "2024-05-04"}}},
		{"people_began_protesting_at_an_embassy", "2024-05-10",
			"More than 100 people began protesting on Thursday outside the Serbian embassy in Skopje.",
			[]want{{typ: parley.Protest, source: "Macedonian protesters", target: "Serbia", date: "2024-05-09"}}},
		{"residents_have_been_rallying_against_a_leader", "2024-05-10",
			"About 3,000 residents have been rallying against President William Ruto in Nairobi since Tuesday.",
			[]want{{typ: parley.Protest, source: "Kenyan protesters", target: "William Ruto"}}},
		{"citizens_took_to_the_streets", "2024-05-10",
			"Some 500 citizens took to the streets in Dakar on Friday to denounce President Macky Sall.",
			[]want{{typ: parley.Protest, source: "Senegalese protesters", target: "Macky Sall", date: "2024-05-10"}}},
		{"people_who_took_refuge_are_no_crowd", "2024-05-10",
			"Around 300 people took refuge in the French embassy in Kinshasa.", nil},
		// "exercise" as a verb is no drill.
		{"exercise_restraint_is_no_drill", "2024-05-10",
			"Germany and France exercised restraint.", nil},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"urged_to_exercise_restraint_is_no_drill", "2024-05-10",
			"Iran urged the US to exercise restraint.", want{typ: parley.Cooperate}},
		{"staged_the_games_is_no_drill", "2024-05-10",
			"Qatar staged the games near the Saudi border.", want{typ: parley.Mobilize}},
	})
}

// TestPulledForcesAndEnvoys checks "pulled" with what was pulled named and no
// "out": forces withdrawn, an ambassador recalled.
func TestPulledForcesAndEnvoys(t *testing.T) {
	runEventCases(t, []eventCase{
		{"pulled_all_its_forces_from", "2024-05-10",
			"Russia has pulled all its forces from Syria.",
			[]want{{typ: parley.Retreat, source: "Russia", target: "Syria"}}},
		{"pulled_troops_from_on_a_day", "2024-05-10",
			"Kenya pulled 300 troops from Somalia on Monday.",
			[]want{{typ: parley.Retreat, source: "Kenya", target: "Somalia", date: "2024-05-06"}}},
		{"will_pull_soldiers_from", "2024-05-10",
			"France will pull its remaining soldiers from Niger by the end of the year.",
			[]want{{typ: parley.Retreat, source: "France", target: "Niger", status: parley.Planned}}},
		{"pulled_its_ambassador_from", "2024-05-10",
			"Britain pulled its ambassador from Tehran on Friday.",
			[]want{{typ: parley.Sanction, source: "United Kingdom", target: "Iran", date: "2024-05-10"}}},
		{"pulled_funding_is_no_retreat", "2024-05-10",
			"The EU pulled funding from Hungary.", nil},
	})
	runNotCases(t, []notCase{
		{"pulled_diplomats_out_is_no_recall", "2024-05-10",
			"Canada pulled its diplomats out of Sudan as fighting spread.", want{typ: parley.Sanction}},
	})
}

// TestDrillsBegunWithOthers checks drills launched, begun or kicked off with
// another's forces: both cooperate.
func TestDrillsBegunWithOthers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"launched_drills_with", "2024-05-10",
			"NATO launched military drills with Finland on Monday.",
			[]want{{typ: parley.Cooperate, source: "North Atlantic Treaty Organization", target: "Finland", date: "2024-05-06"}}},
		{"began_exercises_with_a_navy", "2024-05-10",
			"The Indian navy began exercises with the French navy off Goa on Monday.",
			[]want{{typ: parley.Cooperate, source: "Navy of India", target: "Navy of France", date: "2024-05-06"}}},
		{"will_start_an_exercise_with", "2024-05-10",
			"Egypt will start an air exercise with Saudi Arabia next week.",
			[]want{{typ: parley.Cooperate, source: "Egypt", target: "Saudi Arabia", status: parley.Planned}}},
		{"two_armies_started_an_exercise", "2024-05-10",
			"Armenian and US troops started the Eagle Partner exercise on Monday.",
			[]want{{typ: parley.Cooperate, source: "Armed Forces of Armenia", target: "United States Armed Forces", date: "2024-05-06"}}},
		{"talks_began_are_no_drills", "2024-05-10",
			"Talks began with Iran on Monday.", nil},
	})
	runNotCases(t, []notCase{
		{"drills_begun_alone_near_a_border_are_no_cooperation", "2024-05-10",
			"Russia began drills near the Finnish border on Monday.", want{typ: parley.Cooperate}},
	})
}

// TestClashesErupted checks a clash noun as the subject of
// "erupted", "broke out", "flared": the two sides after "between".
func TestClashesErupted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"clashes_erupted_between", "2024-05-10",
			"Clashes erupted between Somali troops and al-Shabaab fighters near Kismayo on Monday.",
			[]want{{typ: parley.Assault, source: "Somali National Army", target: "al-Shabaab", date: "2024-05-06"},
				{typ: parley.Assault, source: "al-Shabaab", target: "Somali National Army", date: "2024-05-06"}}},
		{"deadly_clashes_broke_out_between", "2024-05-10",
			"Deadly clashes broke out between Sudanese soldiers and RSF fighters in El Fasher on Saturday.",
			[]want{{typ: parley.Assault, source: "Sudanese Armed Forces", target: "Rapid Support Forces", date: "2024-05-04"}}},
		{"clashes_flared_on_a_day_between", "2024-05-10",
			"Clashes flared on Sunday between Armenian and Azerbaijani troops along the border.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Armenia", target: "Azerbaijani Armed Forces", date: "2024-05-05"}}},
		{"clashes_erupted_in_a_city_name_no_sides", "2024-05-10",
			"Clashes erupted in Dakar on Monday.", nil},
		{"labour_strikes_broke_out", "2024-05-10",
			"Strikes broke out across France on Monday against the pension reform.", nil},
	})
}
