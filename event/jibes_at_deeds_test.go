package event_test

import (
	"testing"

	"parley"
)

// TestJibesAtDeeds checks mockery aimed at a deed named again ("mocked
// the decision"): a criticism of whoever did it, as "criticised the
// decision" is.
func TestJibesAtDeeds(t *testing.T) {
	runEventCases(t, []eventCase{
		{"mocked_the_decision", "2024-03-08",
			"Sweden joined NATO on Thursday. Maria Zakharova mocked the decision on Friday.",
			[]want{{typ: parley.Accuse, source: "Maria Zakharova", target: "Sweden", date: "2024-03-08"}}},
		{"derided_the_move", "2024-03-08",
			"Sweden joined NATO on Thursday. Maria Zakharova derided the move on Friday.",
			[]want{{typ: parley.Accuse, source: "Maria Zakharova", target: "Sweden"}}},
	})
}
