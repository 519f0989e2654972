package event_test

import (
	"testing"

	"parley"
)

// TestLeadersOrderingTheirGovernment covers a head of state ordering the
// government of their own state: an act between the two, which the rule
// that a state's official does not act on their own state must let by.
// Asking is left out: who asks a cabinet is often a relative clause away.
func TestLeadersOrderingTheirGovernment(t *testing.T) {
	tests := []eventCase{
		{"a_king_orders_the_government", "2018-06-03",
			"Jordan's prime minister resigned on Monday. On June 1, King Abdullah ordered the government to freeze the fuel price increases.",
			[]want{{typ: parley.Request, source: "Abdullah II of Jordan", target: "Jordan", date: "2018-06-01"}}},
		{"a_president_instructs_the_cabinet", "2019-03-04",
			"President Muhammadu Buhari instructed the cabinet on Monday to review the fuel subsidy.",
			[]want{{typ: parley.Request, source: "Muhammadu Buhari", target: "Nigeria"}}},
	}
	runEventCases(t, tests)
}
