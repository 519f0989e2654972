package event_test

import (
	"testing"

	"parley"
)

// TestForcesSentToHelp checks troops sent to another state with a purpose
// that helps it ("to fight the insurgents", "as the first contingent of a
// regional force"): aid to the state of the place they go to, even when
// that place is a town or a province rather than the state itself; forces
// sent with no such purpose stay a build-up.
func TestForcesSentToHelp(t *testing.T) {
	runEventCases(t, []eventCase{
		{"first_contingent_to_a_town", "2024-03-15",
			"Burundi will send 600 soldiers to Bukavu next month as the first contingent of a regional force.",
			[]want{{typ: parley.Aid, source: "Burundi", target: "Democratic Republic of the Congo", status: parley.Planned}}},
		{"to_fight_insurgents_in_a_region", "2024-03-15",
			"Senegal deployed troops to northern Mali to fight the jihadists.",
			[]want{{typ: parley.Aid, source: "Senegal", target: "Mali"}}},
		{"to_help_restore_order", "2024-03-15",
			"Nigeria sent warships to Monrovia on Tuesday to help restore order.",
			[]want{{typ: parley.Aid, source: "Nigeria", target: "Liberia", date: "2024-03-12"}}},
		{"to_combat_a_named_group", "2024-03-15",
			"Ethiopia dispatched troops to Baidoa to combat al-Shabaab.",
			[]want{{typ: parley.Aid, source: "Ethiopia", target: "Somalia"}}},
		{"into_a_region_named_by_its_side", "2024-03-15",
			"Russia sent troops into eastern Ukraine.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		{"help_for_separatists_is_no_aid_to_the_state", "2024-03-15",
			"Russia sent troops into eastern Ukraine to support the separatists.", want{typ: parley.Aid}},
		{"to_fight_the_state_is_no_aid", "2024-03-15",
			"Russia sent troops into eastern Ukraine to fight the Ukrainian army.", want{typ: parley.Aid}},
		{"to_the_own_border_is_a_build_up", "2024-03-15",
			"Poland sent 10,000 troops to its border with Belarus to help the border guards.", want{typ: parley.Aid}},
	})
}

// TestPeoplePutOut checks a government putting another state's people
// out of its land: "expelled thousands of Afghan refugees", "ordered
// undocumented migrants to leave" (coercion, CAMEO 174), not a sanction
// of their state.
func TestPeoplePutOut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"expelled_refugees", "2023-10-05",
			"Pakistan expelled thousands of Afghan refugees in October.",
			[]want{{typ: parley.Coerce, source: "Pakistan", target: "Afghan refugees"}}},
		{"ordered_migrants_to_leave", "2023-10-05",
			"Pakistan on Tuesday ordered all undocumented Afghan migrants to leave the country.",
			[]want{{typ: parley.Coerce, source: "Pakistan", target: "Afghan migrants", date: "2023-10-03"}}},
		{"expelled_people_by_their_demonym", "2023-10-05",
			"Pakistan expelled more than 500 Afghans.",
			[]want{{typ: parley.Coerce, source: "Pakistan", target: "Afghanistan"}}},
		{"ordered_people_by_their_demonym_to_leave", "2023-10-05",
			"Venezuela ordered Colombians living near the border to leave.",
			[]want{{typ: parley.Coerce, source: "Venezuela", target: "Colombia"}}},
		{"a_crowd_counted_roughly", "2023-10-05",
			"Police cleared some 300 protesters from the square in Nairobi.",
			[]want{{typ: parley.Assault, source: "National Police Service", target: "Kenyan protesters"}}},
	})
	runNotCases(t, []notCase{
		{"migrants_leaving_of_their_own", "2023-10-05",
			"Thousands of Afghan migrants left Pakistan in October.", want{typ: parley.Coerce}},
		{"diplomats_by_their_state_word_are_a_sanction", "2023-10-05",
			"Turkey expelled Syrian diplomats.", want{typ: parley.Coerce}},
	})
}
