package event_test

import (
	"testing"

	"parley"
)

// TestWelcomedDeedsOfTheirDoers covers support for a deed whose doer
// follows "of" ("the return of the United States", "the withdrawal of
// Russian troops"): the doer is the one supported.
func TestWelcomedDeedsOfTheirDoers(t *testing.T) {
	tests := []eventCase{
		{"a_return", "2021-02-23",
			"Prime Minister Justin Trudeau welcomed the return of the United States to the Paris Agreement on Tuesday.",
			[]want{{typ: parley.Support, source: "Justin Trudeau", target: "United States"}}},
		{"a_withdrawal", "2021-04-23",
			"Finland's President Sauli Niinistö welcomed the withdrawal of Russian troops from the border.",
			[]want{{typ: parley.Support, source: "Sauli Niinistö", target: "Russia"}}},
		{"a_participation_rejected", "2021-04-23",
			"Poland rejected the participation of Russia in the talks.",
			[]want{{typ: parley.Reject, source: "Poland", target: "Russia"}}},
	}
	runEventCases(t, tests)
}
