package event_test

import (
	"testing"

	"parley"
)

// TestMovesAnsweredInApposition checks that "a move welcomed by X" set
// off after a clause is X's answer to whoever made that move.
func TestMovesAnsweredInApposition(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"in_a_step_welcomed_by", "2024-05-10",
			"Serbia recognised Kosovo's passports on Thursday, in a step welcomed by the European Union.",
			want{typ: parley.Support, source: "European Union", target: "Serbia"},
			want{typ: parley.Support, source: "European Union", target: "Kosovo"}},
		{"a_decision_criticised_by", "2024-05-10",
			"Serbia recognised Kosovo's passports on Thursday, a decision criticised by Russia.",
			want{typ: parley.Accuse, source: "Russia", target: "Serbia"},
			want{typ: parley.Accuse, source: "Russia", target: "Kosovo"}},
	})
}
