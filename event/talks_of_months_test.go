package event_test

import (
	"testing"

	"parley"
)

// TestTalksOfMonthsAcrossSentences checks that talks told as running for
// months or years take no day from the acts told around them either, and
// are not merged into a meeting of one day between the same sides.
func TestTalksOfMonthsAcrossSentences(t *testing.T) {
	runEventCases(t, []eventCase{
		{"months_of_talks_after_a_dated_swap", "2022-12-09",
			"Russia freed Brittney Griner on Thursday in exchange for Viktor Bout. The exchange followed months of talks between Washington and Moscow.",
			[]want{{typ: parley.Consult, source: "United States", target: "Russia", date: "-"}}},
		{"decades_of_negotiations_stay_apart_from_the_days_talks", "2025-03-14",
			"Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev signed a water treaty in Tashkent on Thursday, ending two decades of negotiations. Tokayev was on a state visit to Uzbekistan, and the two presidents held talks at the Kuksaroy residence before the ceremony.",
			[]want{{typ: parley.Consult, source: "Shavkat Mirziyoyev", target: "Kassym-Jomart Tokayev", date: "-"},
				{typ: parley.Consult, source: "Kassym-Jomart Tokayev", target: "Shavkat Mirziyoyev", date: "2025-03-13"}}},
	})
}
