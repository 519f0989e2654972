package event_test

import (
	"testing"

	"parley"
)

// TestAttacksJudged covers attacks named as what the subject judges: the
// one shocked by or condemning them is not the attacker.
func TestAttacksJudged(t *testing.T) {
	tests := []notCase{
		{"shocked_by_the_attacks", "2017-04-28",
			"Jens Stoltenberg said he was shocked by the attacks on lawmakers in Skopje.",
			want{typ: parley.Assault, source: "Jens Stoltenberg"}},
		{"condemned_the_attacks", "2017-09-28",
			"António Guterres condemned the attacks on the Myanmar security forces.",
			want{typ: parley.Assault, source: "António Guterres"}},
		{"his_condemnation_of_the_attacks", "2017-09-28",
			"António Guterres repeated his condemnation of the attacks on the Myanmar security forces.",
			want{typ: parley.Assault, source: "António Guterres"}},
	}
	runNotCases(t, tests)
}
