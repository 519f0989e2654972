package event_test

import (
	"testing"

	"parley"
)

// TestSanctionsOnHoldersIn checks that a penalty on companies, entities
// or people "in", "from", "based in" or "linked to" a state falls on the
// state.
func TestSanctionsOnHoldersIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sanctions_on_entities_in_two_states", "2024-05-10",
			"Washington imposed sanctions on 120 entities in Iran and Syria.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Iran"}, {typ: parley.Sanction, source: "United States", target: "Syria"}}},
		{"sanctions_on_individuals_from", "2024-05-10",
			"Canada announced new sanctions against individuals from Belarus on Monday.",
			[]want{{typ: parley.Sanction, source: "Canada", target: "Belarus", date: "2024-05-06"}}},
		{"sanctioned_firms_linked_to", "2024-05-10",
			"Japan sanctioned eleven firms linked to North Korea.",
			[]want{{typ: parley.Sanction, source: "Japan", target: "North Korea"}}},
		{"sanctioned_companies_based_in", "2024-05-10",
			"Britain blacklisted four companies based in Iran last week.",
			[]want{{typ: parley.Sanction, source: "United Kingdom", target: "Iran"}}},
	})
	runNotCases(t, []notCase{
		// The place of a meeting about sanctions is no target.
		{"sanctions_discussed_in_a_city", "2024-05-10",
			"Canada imposed sanctions on the talks' organisers in Venezuela.",
			want{typ: parley.Sanction, target: "Venezuela"}},
	})
}
