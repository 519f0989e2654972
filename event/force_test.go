package event_test

import (
	"testing"

	"parley"
)

// TestForceAndPenalties checks sanctions, coercion, assaults and protests
// told in constructions of their own.
func TestForceAndPenalties(t *testing.T) {
	tests := []eventCase{
		{"clashes_between_two_adjectives", "2021-05-03",
			"In April, clashes between Uzbek and Kyrgyz forces near a reservoir killed more than 40 people.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Uzbekistan", target: "Armed Forces of Kyrgyzstan", date: "2021-04"},
				{typ: parley.Assault, source: "Armed Forces of Kyrgyzstan", target: "Armed Forces of Uzbekistan", date: "2021-04"}}},
		{"clashes_between_two_forces", "2024-05-10",
			"Clashes between Armenian troops and Azerbaijani troops broke out overnight.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Armenia", target: "Azerbaijani Armed Forces"},
				{typ: parley.Assault, source: "Azerbaijani Armed Forces", target: "Armed Forces of Armenia"}}},
		{"break_with_a_state_and_restore_ties_with_another", "2018-08-22",
			"El Salvador broke with Taipei on Tuesday and established diplomatic relations with Beijing.",
			[]want{{typ: parley.Sanction, source: "El Salvador", target: "Taiwan", date: "2018-08-21"}}},
		{"break_with_a_state_planned", "2023-03-15",
			"Honduras will break with Taiwan, its foreign minister said.",
			[]want{{typ: parley.Sanction, source: "Honduras", target: "Taiwan", status: parley.Planned}}},
		{"chanting_against_the_ruling_party", "2024-05-30",
			"Thousands of demonstrators gathered outside parliament in Tbilisi on Wednesday, chanting against the ruling Georgian Dream party.",
			[]want{{typ: parley.Protest, target: "Georgian Dream", source: "Georgian demonstrators", date: "2024-05-29"}}},
		{"chanting_slogans_against_the_party", "2024-05-30",
			"Hundreds of Georgian protesters marched to the parliament, chanting slogans against the Georgian Dream party.",
			[]want{{typ: parley.Protest, target: "Georgian Dream", source: "Georgian protesters"}}},
		{"break_with_tradition_is_no_sanction", "2024-05-10",
			"The Danish government broke with tradition on Monday.", nil},
	}
	runEventCases(t, tests)
}

// TestForceReadingsRuledOut checks readings of the same words that must
// not be coded, beside the one that must.
func TestForceReadingsRuledOut(t *testing.T) {
	tests := []ruledOutCase{
		{"a_verb_before_between_stays_a_verb", "2024-05-10",
			"Qatar mediated between Israel and Hamas on Friday.",
			want{}, want{typ: parley.Assault}},
		{"a_break_with_a_state_is_not_one_with_the_next_one_named", "2018-08-22",
			"El Salvador broke with Taipei on Tuesday and established diplomatic relations with Beijing.",
			want{typ: parley.Sanction, source: "El Salvador", target: "Taiwan"}, want{typ: parley.Sanction, source: "El Salvador", target: "China"}},
		{"the_target_chanted_against_is_not_the_state", "2024-05-30",
			"Thousands of demonstrators gathered outside parliament in Tbilisi on Wednesday, chanting against the ruling Georgian Dream party.",
			want{typ: parley.Protest, source: "Georgian demonstrators", target: "Georgian Dream"}, want{typ: parley.Protest, source: "Georgian demonstrators", target: "Georgia"}},
		{"a_politician_breaking_with_another_cuts_no_ties", "2024-05-10",
			"Mike Pence broke with Donald Trump over the election result.",
			want{}, want{typ: parley.Sanction}},
		{"a_state_named_before_a_noun_is_no_partner", "2019-11-19",
			"The decision breaks with UN Security Council resolutions on the occupied territories.",
			want{}, want{typ: parley.Sanction}},
	}
	runRuledOut(t, tests)
}

// TestArmsHitAPlaceInAState checks that arms a state's word names hitting
// a site "in" a state ("Ukrainian drones hit an oil refinery in Russia's
// Ryazan region") are an assault on that state, while penalties hitting
// an economy are none.
func TestArmsHitAPlaceInAState(t *testing.T) {
	tests := []ruledOutCase{
		{"drones_hit_a_refinery_in_a_region", "2024-03-13",
			"Ukrainian drones hit an oil refinery in Russia's Ryazan region on Wednesday.",
			want{typ: parley.Assault, source: "Ukraine", target: "Russia", date: "2024-03-13"}, want{}},
		{"drones_hit_a_refinery_in_a_city", "2024-03-13",
			"Ukrainian drones hit a refinery in the Russian city of Ryazan on Wednesday.",
			want{typ: parley.Assault, source: "Ukraine", target: "Russia", date: "2024-03-13"}, want{}},
		{"sanctions_hit_an_economy", "2024-03-13",
			"Sanctions hit Russia's economy in 2023.",
			want{}, want{typ: parley.Assault}},
	}
	runRuledOut(t, tests)
}

// TestAttacksUndergone checks force told from the side it fell on: the
// dead of a clash are their side's, an attack fought off and a missile
// stopped are the attacker's, aimed at the one who stopped them.
func TestAttacksUndergone(t *testing.T) {
	runEventCases(t, []eventCase{
		{"soldiers_killed_in_a_clash_with", "2020-06-17",
			"Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley on Monday night.",
			[]want{{typ: parley.Assault, source: "Indian Army", target: "People's Liberation Army", date: "2020-06-15"},
				{typ: parley.Assault, source: "People's Liberation Army", target: "Indian Army", date: "2020-06-15"}}},
		{"repelled_an_attack_by", "2023-05-10",
			"Ukrainian forces repelled an attack by Russian troops near Bakhmut on Tuesday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Armed Forces of Ukraine", date: "2023-05-09"}}},
		{"thwarted_an_adjective_attack", "2023-05-10",
			"Kyiv thwarted a Russian attack on Kharkiv on Tuesday.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2023-05-09"}}},
		{"intercepted_a_missile_fired_by", "2017-11-05",
			"On Saturday, Saudi Arabia intercepted a ballistic missile fired by Yemen's Houthi rebels towards Riyadh.",
			[]want{{typ: parley.Assault, source: "Houthis", target: "Saudi Arabia", date: "2017-11-04"}}},
		{"shot_down_a_drone_launched_by", "2024-03-10",
			"Israel shot down a drone launched by Hezbollah on Friday.",
			[]want{{typ: parley.Assault, source: "Hezbollah", target: "Israel", date: "2024-03-08"}}},
	})
	runNotCases(t, []notCase{
		// a clash whose other side is never named has no pair
		{"killed_in_a_clash_with_no_side", "2024-03-10",
			"Two Malian soldiers were killed in a clash near Gao on Friday.",
			want{typ: parley.Assault}},
		// what is fended off in words is no attack
		{"repelled_criticism", "2024-03-10",
			"The government repelled criticism from Russia on Friday.",
			want{typ: parley.Assault}},
		// drones shot down with no one named as their sender
		{"shot_down_drones_of_no_one", "2024-03-10",
			"Ukraine shot down 30 drones overnight.",
			want{typ: parley.Assault, source: "Ukraine"}},
	})
}

// TestSidesAndInterventions checks force and backing told of sides: an
// intervention against a side is force on it; backing "opposing sides in"
// a state's war backs neither the state.
func TestSidesAndInterventions(t *testing.T) {
	runEventCases(t, []eventCase{
		{"intervened_against", "2023-06-07",
			"In March 2015 a Saudi-led coalition intervened against the Houthi movement.",
			[]want{{typ: parley.Assault, source: "Saudi-led coalition", target: "Houthis", date: "2015-03"}}},
	})
	runNotCases(t, []notCase{
		{"backed_opposing_sides_in_a_war", "2023-06-07",
			"Tehran and Riyadh have backed opposing sides in Yemen's war since 2015.",
			want{typ: parley.Support, target: "Yemen"}},
		{"intervened_in_a_state", "2023-06-07",
			"Russia intervened in Syria in September 2015.",
			want{typ: parley.Assault, target: "Syria"}},
	})
}

// TestFoughtClashes checks that sides that fought each other used force
// both ways, and that wars told as history, fights against charges and
// allies fighting alongside are no such clash.
func TestFoughtClashes(t *testing.T) {
	runEventCases(t, []eventCase{
		{"troops_of_two_states_fought", "2020-06-17",
			"Indian and Chinese troops fought with clubs and stones in the Galwan valley on Monday.",
			[]want{{typ: parley.Assault, source: "Indian Army", target: "People's Liberation Army", date: "2020-06-15"},
				{typ: parley.Assault, source: "People's Liberation Army", target: "Indian Army", date: "2020-06-15"}}},
		{"a_war_told_as_history", "2020-06-17", "Kenya and Somalia fought a war in 1964.", nil},
		{"fought_the_charges", "2019-11-20", "Prosecutors charged Tova Noel and Michael Thomas on Tuesday. The two fought the charges.", nil},
		{"a_war_that_must_never_be_fought", "2021-06-17",
			"In a joint statement, Joe Biden and Vladimir Putin said a nuclear war could not be won and must never be fought.", nil},
	})
}

// TestCrowdDispersedWithWeaponsFirst covers force on a crowd told with the
// means before the object: "dispersed with water cannon a group of …".
func TestCrowdDispersedWithWeaponsFirst(t *testing.T) {
	runEventCases(t, []eventCase{
		{"water_cannon_first", "2012-06-23",
			"Supporters of Fernando Lugo gathered in Asunción on Friday. The National Police of Paraguay dispersed with water cannon a group of Lugo supporters.",
			[]want{{typ: parley.Assault, source: "National Police of Paraguay", target: "Lugo supporters"}}},
		{"tear_gas_and_batons_first", "2019-10-20",
			"Chilean protesters marched in Santiago on Saturday. Carabineros dispersed with tear gas and batons hundreds of Chilean protesters on Saturday night.",
			[]want{{typ: parley.Assault, source: "Carabineros de Chile", target: "Chilean protesters"}}},
	})
}

// TestForcesLeaveAPersonsHome covers a pull-out from the home of someone
// of the forces' own state ("troops withdrew from the home of opposition
// leader …"): a retreat from that person, while an envoy of one's own
// withdrawn is no act on the envoy.
func TestForcesLeaveAPersonsHome(t *testing.T) {
	runEventCases(t, []eventCase{
		{"from_the_home_of", "2021-01-27",
			"Ugandan troops withdrew on Tuesday from the home of opposition leader Bobi Wine in Magere.",
			[]want{{typ: parley.Retreat, source: "Uganda People's Defence Force", target: "Robert Kyagulanyi", date: "2021-01-26"}}},
	})
	runNotCases(t, []notCase{
		{"own_envoy_withdrawn", "2022-03-01",
			"Russia withdrew its ambassador Anatoly Antonov from Washington.",
			want{typ: parley.Sanction, source: "Russia", target: "Anatoly Antonov"}},
	})
}

// TestAttacksOnPlacesInAState covers an attack on sites "inside" or "in" a
// state ("attacked positions inside Armenia"), aimed at that state as a
// shelling there is; and a complaint that a forum failed to act against
// the attacker is aimed at the forum, not at the attacker.
func TestAttacksOnPlacesInAState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"positions_inside", "2022-09-14",
			"On 13 September, Azerbaijani forces attacked positions inside Armenia's internationally recognised territory.",
			[]want{{typ: parley.Assault, source: "Azerbaijani Armed Forces", target: "Armenia", date: "2022-09-13"}}},
		{"complaint_about_a_forum", "2022-11-25",
			"On 13 September, Azerbaijani forces attacked positions inside Armenia.\n\nAt the CSTO summit in Yerevan on 23 November 2022, Prime Minister Nikol Pashinyan refused to sign the final declaration, complaining that the bloc had failed to condemn Azerbaijan.",
			[]want{{typ: parley.Accuse, source: "Nikol Pashinyan", target: "Collective Security Treaty Organization", date: "2022-11-23"}}},
	})
}

// TestForceOnMembersAndHomes covers force on some members of a body
// ("detained dozens of members of the ruling party": the party) and on
// the home of someone named after a title ("surrounded the home of the
// human rights ombudsman, Jane Roe": the one named).
func TestForceOnMembersAndHomes(t *testing.T) {
	runEventCases(t, []eventCase{
		{"members_of_a_party", "2017-12-06",
			"The Houthis detained dozens of members of the General People's Congress.",
			[]want{{typ: parley.Coerce, source: "Houthis", target: "General People's Congress"}}},
		{"home_of_a_titled_person", "1993-05-27",
			"Guatemalan police surrounded the home of the human rights ombudsman, Ramiro de León Carpio, on Tuesday.",
			[]want{{typ: parley.Coerce, source: "National Civil Police of Guatemala", target: "Ramiro de León Carpio", date: "1993-05-25"}}},
	})
}

// TestPrisonersFreedEachWay covers two states freeing their prisoners
// ("Armenia and Azerbaijan will release all prisoners of war"): each frees
// the other's, while a captive named is freed one way only.
func TestPrisonersFreedEachWay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"both_release_prisoners", "2020-11-11",
			"Armenia and Azerbaijan signed a ceasefire on Monday. They will release all prisoners of war and detainees.",
			[]want{{typ: parley.Retreat, source: "Armenia", target: "Azerbaijan", status: parley.Planned},
				{typ: parley.Retreat, source: "Azerbaijan", target: "Armenia", status: parley.Planned}}},
	})
	runNotCases(t, []notCase{
		{"a_captive_named", "2022-12-09",
			"Russia and the United States released Brittney Griner on Thursday.",
			want{typ: parley.Retreat, source: "Brittney Griner"}},
	})
}

// TestForcesRetaliated checks armed forces' retaliation told as done: fire
// returned at whoever fired, named after "by" or told just before; a
// retaliation foretold stays a threat.
func TestForcesRetaliated(t *testing.T) {
	runEventCases(t, []eventCase{
		{"retaliated_to_the_firing_by", "2021-01-25",
			"The Indian Army retaliated strongly to the firing by the Pakistan Army on Sunday evening.",
			[]want{{typ: parley.Assault, source: "Indian Army", target: "Pakistan Army", date: "2021-01-24"}}},
		{"fired_then_retaliated", "2021-01-25",
			"Pakistani troops fired on Indian posts on Sunday, and Indian troops retaliated.",
			[]want{{typ: parley.Assault, source: "Indian Army", target: "Pakistan Army"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_retaliation_foretold", "2021-01-25",
			"Pakistan said its army would retaliate against any attack by India.",
			want{},
			want{typ: parley.Assault}},
	})
}
