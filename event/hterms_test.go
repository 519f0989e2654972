package event_test

import (
	"testing"

	"parley"
)

// TestForceMoves checks force moves told with weaponry, single ships and
// orders: each case names the events the text must yield (nil: none).
func TestForceMoves(t *testing.T) {
	tests := []eventCase{
		// Weaponry moved or deployed on one's own side is a build-up.
		{"deployed_tanks_along_a_border", "2024-05-10",
			"Russia has deployed tanks along its border with Finland.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Finland"}}},
		{"deployed_air_defences_near_a_border", "2024-05-10",
			"China deployed air defences near the border with India on Monday.",
			[]want{{typ: parley.Mobilize, source: "China", target: "India", date: "2024-05-06"}}},
		{"moved_artillery_towards_a_border", "2024-05-10",
			"Azerbaijan moved artillery towards the Armenian border.",
			[]want{{typ: parley.Mobilize, source: "Azerbaijan", target: "Armenia"}}},
		{"stationed_drones_near_a_border", "2024-05-10",
			"Russia will station drones near the border with Poland, the Kremlin said.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Poland", status: parley.Planned}}},
		{"massed_artillery_along_a_border", "2024-05-10",
			"Turkey massed artillery along the Syrian border last week.",
			[]want{{typ: parley.Mobilize, source: "Turkey", target: "Syria"}}},
		// One ship sent.
		{"dispatched_a_destroyer", "2024-05-10",
			"Seoul dispatched a destroyer to waters near Iran on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "South Korea", target: "Iran", date: "2024-05-07"}}},
		// Troops ordered somewhere are troops sent there.
		{"ordered_troops_into_a_country", "2024-05-10",
			"Moscow ordered troops into Georgia.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Georgia"}}},
		{"ordered_paratroopers_to_a_border", "2024-05-10",
			"Warsaw ordered 2,000 paratroopers to its border with Belarus.",
			[]want{{typ: parley.Mobilize, source: "Poland", target: "Belarus"}}},
		// Weaponry sent or delivered to another is aid, not a build-up.
		{"tanks_sent_to_another_are_aid", "2024-05-10",
			"Germany sent tanks to Ukraine.",
			[]want{{typ: parley.Aid, source: "Germany", target: "Ukraine"}}},
		{"helicopters_near_a_border_for_a_fire_are_no_move", "2024-05-10",
			"Firefighters deployed helicopters near the Greek border to fight the blaze.", nil},
		{"troops_ordered_to_fire_are_no_move", "2024-05-10",
			"The general ordered soldiers to fire on the crowd.", nil},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"tanks_sent_to_another_are_no_build_up", "2024-05-10",
			"Poland sent tanks to Ukraine.", want{typ: parley.Mobilize}},
	})
}
