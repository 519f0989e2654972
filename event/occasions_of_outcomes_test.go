package event_test

import (
	"testing"

	"parley"
)

// TestOccasionsOfOutcomes checks that a visit or summit named as where
// something talked of now was reached ("agreements reached during the
// state visit of …") is an occasion of its own with its own date, and
// that its date is not the talk's.
func TestOccasionsOfOutcomes(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"agreements_reached_during_a_visit", "2024-03-06",
			"President of Kazakhstan Kassym-Jomart Tokayev received Foreign Minister of Uzbekistan Bakhtiyor Saidov at the Akorda on Wednesday. " +
				"The sides discussed the implementation of agreements reached during the state visit of President Shavkat Mirziyoyev to Kazakhstan last December.",
			want{typ: parley.Consult, source: "Shavkat Mirziyoyev", target: "Kazakhstan", date: "2023-12"},
			want{typ: parley.Consult, source: "Kazakhstan", target: "Uzbekistan", date: "2023-12"}},
		{"documents_signed_at_a_summit", "2024-05-10",
			"Estonian Prime Minister Kaja Kallas met Latvian Prime Minister Evika Siliņa in Riga on Thursday to review the documents signed at their summit in Tallinn last October.",
			want{typ: parley.Consult, source: "Kaja Kallas", target: "Evika Siliņa", date: "2024-05-09"},
			want{typ: parley.Consult, source: "Kaja Kallas", target: "Evika Siliņa", date: "2023-10", place: "Riga"}},
	})
}
