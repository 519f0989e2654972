package event_test

import (
	"testing"

	"parley"
)

// TestTitleWithPortfolio checks a partner named after a title whose
// portfolio follows "of" and is not the knowledge base's wording ("South
// African Minister of International Relations Ronald Lamola"): the person,
// both as a direct object and after "with" — not the state of the
// country word before the title.
func TestTitleWithPortfolio(t *testing.T) {
	runEventCases(t, []eventCase{
		{"met_a_minister_of_a_portfolio", "2025-03-05",
			"Yusuf Tuggar met South African Minister of International Relations Ronald Lamola in Pretoria.",
			[]want{{typ: parley.Consult, source: "Yusuf Tuggar", target: "Ronald Lamola", place: "Pretoria"}}},
		{"talks_with_a_minister_of_a_portfolio", "2025-03-05",
			"Yusuf Tuggar held talks in Pretoria with South African Minister of International Relations Ronald Lamola.",
			[]want{{typ: parley.Consult, source: "Yusuf Tuggar", target: "Ronald Lamola"}}},
		{"goods_of_a_state_stay_the_state_s", "2025-03-05",
			"Nigeria imposed tariffs on South African goods.",
			[]want{{typ: parley.Sanction, source: "Nigeria", target: "South Africa"}}},
	})
}
