package event_test

import (
	"testing"

	"parley"
)

// TestSummonsOfOnesOwnOfficials checks that a head of state summoning an
// official of the same state is a meeting in the summoner's presence, not
// the protest a summoned foreign envoy stands for.
func TestSummonsOfOnesOwnOfficials(t *testing.T) {
	runEventCases(t, []eventCase{
		{"king_summoned_the_prime_minister", "1992-05-21",
			"King Bhumibol Adulyadej summoned Prime Minister Suchinda Kraprayoon to the palace on Wednesday night.",
			[]want{{typ: parley.Consult, source: "Suchinda Kraprayoon", target: "Bhumibol Adulyadej", date: "1992-05-20", medium: parley.InPerson}}},
		{"a_foreign_envoy_summoned_stays_a_protest", "1992-05-21",
			"Foreign Minister Wang Yi summoned the Japanese ambassador on Monday.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "Japan", date: "1992-05-18"}}},
	})
	runNotCases(t, []notCase{
		{"no_accusation_of_ones_own_prime_minister", "1992-05-21",
			"King Bhumibol Adulyadej summoned Prime Minister Suchinda Kraprayoon to the palace on Wednesday night.",
			want{typ: parley.Accuse}},
	})
}
