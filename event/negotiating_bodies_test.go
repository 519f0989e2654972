package event_test

import (
	"testing"

	"parley"
)

// TestNegotiatingBodies covers "negotiating" before the noun it
// qualifies: a team named, no talks held between those in the sentence.
func TestNegotiatingBodies(t *testing.T) {
	runNotCases(t, []notCase{
		{"negotiating_teams", "2008-09-20",
			"Fernando Lugo and Luiz Inácio Lula da Silva welcomed the work of the bilateral negotiating teams.",
			want{typ: parley.Consult, source: "Fernando Lugo", target: "Luiz Inácio Lula da Silva"}},
	})
}
