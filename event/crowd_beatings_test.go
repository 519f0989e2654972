package event_test

import (
	"testing"

	"parley"
)

// TestCrowdBeatings covers "beat" as force when a crowd beats someone or
// is beaten, in either voice; a vote won is no beating.
func TestCrowdBeatings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"beaten_by_protesters", "2025-09-13",
			"Nepali Congress president Sher Bahadur Deuba was beaten by protesters on Tuesday.",
			[]want{{typ: parley.Assault, source: "Nepali protesters", target: "Sher Bahadur Deuba"}}},
		{"protesters_beat_a_leader", "2025-09-13",
			"Protesters beat Nepali Congress president Sher Bahadur Deuba on Tuesday.",
			[]want{{typ: parley.Assault, source: "Nepali protesters", target: "Sher Bahadur Deuba"}}},
	})
	runNotCases(t, []notCase{
		{"a_vote_won", "2020-11-07",
			"Joe Biden beat Donald Trump in Georgia.",
			want{typ: parley.Assault, source: "Joe Biden"}},
	})
}
