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
			[]want{{typ: parley.Assault, source: "Armed Forces of Armenia", target: "Armed Forces of Azerbaijan"},
				{typ: parley.Assault, source: "Armed Forces of Azerbaijan", target: "Armed Forces of Armenia"}}},
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
