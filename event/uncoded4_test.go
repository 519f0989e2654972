package event_test

import (
	"testing"

	"parley"
)

// TestPlainActsOnceMissed checks plain acts the coder once left out: a
// state named with "the" suspended from a body, troops counted "well
// over" a number, talks blocked "with" the state they were for, money
// paid in compensation, and armed groups of the past known by name.
func TestPlainActsOnceMissed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"suspended_a_state_named_with_the", "2016-10-14",
			"The Commonwealth suspended the Gambia from its councils in 2013.",
			[]want{{typ: parley.Sanction, source: "Commonwealth of Nations", target: "Gambia"}}},
		{"troops_well_over_a_number", "2022-02-03",
			"Russia has massed well over 100,000 troops near Ukraine's borders.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Ukraine"}}},
		{"talks_blocked_with_the_candidates", "2020-11-19",
			"The Netherlands blocked the opening of accession talks with Albania in 2019.",
			[]want{{typ: parley.Reject, source: "Netherlands", target: "Albania"}}},
		{"compensation_paid_to_a_neighbour", "2022-02-03",
			"Under the deal, Hungary will pay Slovakia 20 million euros in compensation.",
			[]want{{typ: parley.Aid, source: "Hungary", target: "Slovakia", status: parley.Planned}}},
		{"an_armed_group_of_the_past_by_name", "2006-12-28",
			"Ethiopian troops attacked the Islamic Courts near Baidoa on Tuesday.",
			[]want{{typ: parley.Assault, source: "Ethiopian National Defense Force", target: "Union of Islamic Courts"}}},
	})
	runNotCases(t, []notCase{
		{"a_price_paid_is_no_aid", "2022-02-03",
			"Moscow will pay a heavy price for its war, Poland said.",
			want{typ: parley.Aid}},
		{"sanctions_over_numbers_named_after_the_cause", "2022-02-03",
			"Washington imposed sanctions on Beijing over arms sales to Taiwan.",
			want{typ: parley.Sanction, source: "United States", target: "Taiwan"}},
	})
}

// TestGroupsOfThreeAndLifePlaces checks groups of three named a few
// sentences after their list, a host left out of the group she hosts, a
// place of someone's life that is not the act's, and strikes at a
// workplace, which are stoppages.
func TestGroupsOfThreeAndLifePlaces(t *testing.T) {
	story := "Estonia, Latvia and Lithuania joined the alliance at a ceremony in Washington on Monday. The day was cold. " +
		"The foreign ministers, Kristiina Ojuland of Estonia, Sandra Kalniete of Latvia and Antanas Valionis of Lithuania, handed over their documents at the Harry S Truman Library. " +
		"The mood was cheerful. Colin Powell, who was born in New York, welcomed the three countries as allies. " +
		"Afterwards Powell hosted the three ministers at a lunch."
	runEventCases(t, []eventCase{
		{"three_countries_four_sentences_on", "2004-03-30", story,
			[]want{{typ: parley.Support, source: "Colin Powell", target: "Estonia"}, {typ: parley.Support, source: "Colin Powell", target: "Lithuania"},
				{typ: parley.Consult, source: "Kristiina Ojuland", target: "Colin Powell"}}},
	})
	runNotCases(t, []notCase{
		{"no_place_of_birth_for_the_act", "1999-03-12",
			"Madeleine Albright, who was born in Prague, welcomed Poland as an ally.",
			want{typ: parley.Support, place: "Prague"}},
		{"the_host_is_not_one_of_her_guests", "2004-03-30", story,
			want{typ: parley.Consult, source: "Colin Powell", target: "Colin Powell"}},
		{"strikes_in_shipyards_are_stoppages", "2024-05-10",
			"Hungary's foreign minister, János Martonyi, recalled the strikes in the Gdańsk shipyards and said Poland knew the value of freedom.",
			want{typ: parley.Assault}},
	})
}

// TestMeasuresOnGoodsSentAbroad checks measures on what is exported to a
// state, counted by number, and dealings frozen with a state.
func TestMeasuresOnGoodsSentAbroad(t *testing.T) {
	runEventCases(t, []eventCase{
		{"surcharge_on_power_exported_to_three_states", "2025-03-12",
			"Canada suspended its 25 per cent surcharge on electricity exported to three American states.",
			[]want{{typ: parley.Concede, source: "Canada", target: "United States"}}},
		{"dealings_frozen_with_a_capital", "2007-03-29",
			"The Foreign Secretary, Margaret Beckett, froze official bilateral business with Tehran.",
			[]want{{typ: parley.Sanction, source: "Margaret Beckett", target: "Iran"}}},
	})
}

// TestGatheringsBrokenUpAndFarReaches checks force used on a gathering
// named with those who held it, rockets fired "as far as" a city, and
// respect expressed for a state.
func TestGatheringsBrokenUpAndFarReaches(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sit_ins_broken_up_by_their_holders", "2013-08-20",
			"On 14 August, Egyptian police broke up two sit-ins by Morsi supporters in Cairo.",
			[]want{{typ: parley.Assault, source: "Egyptian National Police", target: "Morsi supporters"}}},
		{"a_rally_dispersed", "2013-08-20",
			"Egyptian police dispersed a rally of Morsi supporters in Giza.",
			[]want{{typ: parley.Assault, source: "Egyptian National Police", target: "Morsi supporters"}}},
		{"rockets_as_far_as_a_city", "2012-11-21",
			"Hamas fired rockets as far as Tel Aviv last week.",
			[]want{{typ: parley.Assault, source: "Hamas", target: "Israel"}}},
		{"respect_expressed", "2021-03-02",
			"President Biden expressed his respect for Mexico.",
			[]want{{typ: parley.Support, source: "Joe Biden", target: "Mexico"}}},
	})
	runNotCases(t, []notCase{
		{"talks_that_broke_up", "2024-05-10",
			"The talks between Serbia and Kosovo broke up without a deal.",
			want{typ: parley.Assault}},
	})
}

// TestCrowdsEmbargoesAndUnnamedVisitors checks stones thrown by a crowd
// at a state's mission, an embargo on what is supplied to a state, a
// visit whose visitor the text does not name (no one else's), and a
// premier named with a province of another state than the story's main
// one.
func TestCrowdsEmbargoesAndUnnamedVisitors(t *testing.T) {
	runEventCases(t, []eventCase{
		{"stones_at_an_embassy", "2005-04-20",
			"Protesters threw stones at the Japanese embassy in Beijing on April 9.",
			[]want{{typ: parley.Protest, source: "Chinese protesters", target: "Japan", date: "2005-04-09"}}},
		{"embargo_on_supplies_to_a_state", "2013-12-06",
			"The United States imposed an embargo on the supply of arms to the Central African Republic.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Central African Republic"}}},
		{"a_provincial_premier_is_of_the_provinces_state", "2025-03-12",
			"Donald Trump doubled the tariffs on Canadian steel. Ontario Premier Doug Ford suspended his surcharge on electricity exported to three American states.",
			[]want{{typ: parley.Concede, source: "Doug Ford", target: "United States"}}},
	})
	runNotCases(t, []notCase{
		{"police_throwing_stones", "2005-04-20",
			"Police threw stones at the protesters.",
			want{typ: parley.Protest}},
		{"an_unnamed_possessors_visit_is_not_the_speakers", "2021-10-14",
			"Zhao Lijian criticised the Indian vice president's visit to Arunachal Pradesh.",
			want{typ: parley.Consult, source: "Zhao Lijian"}},
	})
}

// TestCallerUnnamed checks that those one unnamed caller telephoned are
// not taken to have called each other.
func TestCallerUnnamed(t *testing.T) {
	runNotCases(t, []notCase{
		{"two_called_by_one_unresolved", "2024-06-15",
			"Bush telephoned Omar al-Bashir and John Garang to press them.", // (two presidents Bush: neither is meant for sure)
			want{typ: parley.Consult, source: "Omar al-Bashir", target: "John Garang"}},
	})
}
