package event_test

import (
	"testing"

	"parley"
)

// TestProtestsOverIncursions checks the ways a state answers foreign
// aircraft in its zone: defence attachés summoned ("summoned the defense
// attaches of China and Russia"), concern conveyed behind scare quotes
// ("conveyed “grave concerns” to Beijing and Moscow") and a protest
// lodged after the incursion with no one named ("lodged a protest after
// Chinese and Russian warplanes entered the zone").
func TestProtestsOverIncursions(t *testing.T) {
	runEventCases(t, []eventCase{
		{"attaches_of_two_states_summoned", "2024-12-11",
			"South Korea on Wednesday summoned the defense attaches of China and Russia to lodge a protest.",
			[]want{{typ: parley.Accuse, source: "South Korea", target: "China", date: "2024-12-11"}, {typ: parley.Accuse, source: "South Korea", target: "Russia", date: "2024-12-11"}}},
		{"concerns_in_scare_quotes", "2024-12-11",
			`Tokyo conveyed "grave concerns" to Beijing and Moscow through diplomatic channels.`,
			[]want{{typ: parley.Accuse, source: "Japan", target: "China"}, {typ: parley.Accuse, source: "Japan", target: "Russia"}}},
		{"protest_after_the_incursion", "2024-12-11",
			"In November 2023, Seoul lodged a similar protest after Chinese and Russian warplanes entered the zone.",
			[]want{{typ: parley.Accuse, source: "South Korea", target: "China", date: "2023-11"}, {typ: parley.Accuse, source: "South Korea", target: "Russia", date: "2023-11"}}},
	})
	runNotCases(t, []notCase{
		{"protest_after_a_person_s_act", "2024-12-11",
			"Seoul lodged a protest after President Xi's visit to Seoul was cancelled.", want{typ: parley.Accuse, source: "South Korea"}},
	})
}
