package event_test

import (
	"testing"

	"parley"
)

// TestCraftsToldBefore checks "the jet", "the vessels" standing for the
// state whose military craft the sentence before told of.
func TestCraftsToldBefore(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_jet_is_the_bombers_state", "2024-05-10",
			"Turkish F-16 fighters shot down a Russian bomber near the Syrian border on Tuesday.\n\nThe Turkish General Staff said the jet had violated Turkish airspace.",
			[]want{{typ: parley.Accuse, source: "Turkish General Staff", target: "Russia"}}},
		{"the_ship_asked_to_leave", "2024-05-10",
			"A Chinese survey ship entered Vietnam's exclusive economic zone on Monday.\n\nHanoi demanded that the ship leave immediately.",
			[]want{{typ: parley.Request, source: "Vietnam", target: "China"}}},
		{"the_vessels_accused", "2024-05-10",
			"Chinese coast guard ships blocked two Philippine supply boats near Second Thomas Shoal on Saturday.\n\nManila accused the vessels of dangerous manoeuvres.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China Coast Guard"}}},
		{"the_destroyer_accused", "2024-05-10",
			"A Chinese navy destroyer came within 150 metres of a US warship in the Taiwan Strait on Saturday.\n\nWashington accused the destroyer of an unsafe manoeuvre.",
			[]want{{typ: parley.Accuse, source: "United States", target: "People's Liberation Army Navy"}}},
		{"the_helicopter_said_to_violate_airspace", "2024-05-10",
			"A Belarusian military helicopter flew into Polish airspace on Tuesday.\n\nWarsaw said the helicopter had violated Polish airspace.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Armed Forces of Belarus"}}},
	})
	runNotCases(t, []notCase{
		// The owner named in the sentence is its subject, not the craft's.
		{"own_ship_released", "2024-05-10",
			"Iranian forces seized a Greek navy patrol boat in the Gulf of Oman on Monday.\n\nAthens demanded the release of the boat.",
			want{typ: parley.Request, source: "Greece", target: "Greece"}},
		// A merchant ship is no state's craft.
		{"a_tanker_is_no_states", "2024-05-10",
			"Iranian forces seized a Greek tanker in the Gulf of Oman on Monday.\n\nIran said the ship had violated maritime rules.",
			want{typ: parley.Accuse, source: "Iran", target: "Greece"}},
		// Some of the drones, shot down by whoever acts.
		{"dozens_of_the_drones", "2024-05-10",
			"Iran launched more than 300 drones and missiles at Israel on Saturday.\n\nUnited States and British forces helped shoot down dozens of the drones, officials said.",
			want{typ: parley.Aid, source: "United States", target: "Iran"}},
		// Two owners of aircraft: the jets are the Russian ones only by number.
		{"two_owners_one_number", "2024-05-10",
			"Russian fighter jets intercepted a US surveillance drone over the Black Sea on Tuesday.\n\nThe Pentagon accused the drone of flying too close.",
			want{typ: parley.Accuse, source: "United States Department of Defense", target: "Russia"}},
	})
}
