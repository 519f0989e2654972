package event_test

import (
	"testing"

	"parley"
)

// TestCourtDecisionsWelcomed checks that "the decision" answered after a
// court ordered or ruled is the court's, not that of whoever the court
// ruled against.
func TestCourtDecisionsWelcomed(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_court_order_welcomed_as_a_decision", "2024-05-25",
			"The International Court of Justice on Friday ordered Israel to immediately halt its military offensive in Rafah. Israel rejected the ruling. Hamas said it welcomed the decision.",
			want{typ: parley.Support, source: "Hamas", target: "International Court of Justice"},
			want{typ: parley.Support, source: "Hamas", target: "Israel"}},
		{"a_ruling_criticised_as_a_decision", "2023-11-20",
			"The Constitutional Court of Malawi ruled on Monday that the election had been rigged. President Peter Mutharika criticised the decision.",
			want{typ: parley.Accuse, source: "Peter Mutharika", target: "Constitutional Court of Malawi"},
			want{}},
	})
}
