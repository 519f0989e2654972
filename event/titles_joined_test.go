package event_test

import (
	"testing"

	"parley"
)

// TestTwoTitlesBeforeTheHolder checks that a guest named by two titles
// joined by "and" and then the name is the one received or met.
func TestTwoTitlesBeforeTheHolder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"received_under_two_titles", "2025-03-11",
			"Foreign Minister Sugiono received Deputy Prime Minister and Foreign Minister of Viet Nam Bui Thanh Son at the Ministry of Foreign Affairs on Monday.",
			[]want{{typ: parley.Consult, source: "Bùi Thanh Sơn", target: "Sugiono", date: "2025-03-10"}}},
		{"met_under_two_titles", "2024-06-20",
			"Subrahmanyam Jaishankar met Deputy Prime Minister and Minister of Foreign Affairs of Singapore Vivian Balakrishnan on Wednesday.",
			[]want{{typ: parley.Consult, source: "Subrahmanyam Jaishankar", target: "Vivian Balakrishnan", date: "2024-06-19"}}},
	})
}
