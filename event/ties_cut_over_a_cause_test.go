package event_test

import (
	"testing"

	"parley"
)

// TestTiesCutOverACause checks a break in ties that names no partner but
// a cause: the state it blames is whom the ties are cut with.
func TestTiesCutOverACause(t *testing.T) {
	runEventCases(t, []eventCase{
		{"cut_ties_accusing", "2023-04-12",
			"Chad cut ties on Tuesday, accusing Sudan of arming rebels.",
			[]want{{typ: parley.Sanction, source: "Chad", target: "Sudan", date: "2023-04-11"}}},
		{"severed_relations_citing", "2023-04-12",
			"Chad severed diplomatic relations, citing Sudan's support for the rebels.",
			[]want{{typ: parley.Sanction, source: "Chad", target: "Sudan"}}},
		{"cut_ties_over_what_it_called", "2023-04-12",
			"Chad cut ties over what it called Sudan's aggression.",
			[]want{{typ: parley.Sanction, source: "Chad", target: "Sudan"}}},
	})
}
