package event_test

import (
	"testing"

	"parley"
)

// TestHelpAndBacking checks constructions of material cooperation, aid,
// support and agreement: each case names the events the text must yield
// (nil: none).
func TestHelpAndBacking(t *testing.T) {
	tests := []eventCase{
		// Backing for what a state holds or seeks, its owner after "of".
		{"supports_the_sovereignty_of", "2024-05-10",
			"The minister said Japan supports the sovereignty and territorial integrity of Ukraine.",
			[]want{{typ: parley.Support, source: "Japan", target: "Ukraine"}}},
		{"backs_the_independence_of", "2024-05-10",
			"Washington backs the independence of Kosovo.",
			[]want{{typ: parley.Support, source: "United States", target: "Kosovo"}}},
		{"endorsed_the_candidacy_of", "2024-05-10",
			"Brazil endorsed the candidacy of Mexico for the council seat.",
			[]want{{typ: parley.Support, source: "Brazil", target: "Mexico"}}},
		{"backed_the_bid_of", "2024-05-10",
			"Hungary backed the bid of Ukraine to join the bloc.",
			[]want{{typ: parley.Support, source: "Hungary", target: "Ukraine"}}},
		{"defended_the_right_of", "2024-05-10",
			"France defended the right of Israel to defend itself.",
			[]want{{typ: parley.Support, source: "France", target: "Israel"}}},
		{"supports_the_efforts_of", "2024-05-10",
			"China supports the efforts of the African Union to end the war.",
			[]want{{typ: parley.Support, source: "China", target: "African Union"}}},
		{"backs_the_aspirations_of", "2024-05-10",
			"The European Union backs the aspirations of Moldova.",
			[]want{{typ: parley.Support, source: "European Union", target: "Moldova"}}},
		// Not backing: a sovereignty breached, a state's own institutions.
		{"violated_the_sovereignty_of_is_no_backing", "2024-05-10",
			"Russia violated the sovereignty of Georgia.", nil},
		{"independence_of_its_own_bank", "2024-05-10",
			"Beijing supports the independence of its central bank.", nil},
	}
	runEventCases(t, tests)
}
