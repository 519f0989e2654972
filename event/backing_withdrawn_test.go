package event_test

import (
	"testing"

	"parley"
)

// TestBackingWithdrawnFromOwnLeader checks an army that withdraws its
// support from its own president: a penalty on him, not a retreat of
// forces and not an envoy recalled.
func TestBackingWithdrawnFromOwnLeader(t *testing.T) {
	text := "President Jamil Mahuad of Ecuador faced protests in Quito on Friday. In the afternoon the armed forces high command withdrew its support from Mahuad."
	runEventCases(t, []eventCase{
		{"support_withdrawn", "2000-01-24", text,
			[]want{{typ: parley.Sanction, source: "Armed Forces of Ecuador", target: "Jamil Mahuad"}}},
	})
	runNotCases(t, []notCase{
		{"no_retreat_of_forces", "2000-01-24", text,
			want{typ: parley.Retreat, source: "Armed Forces of Ecuador", target: "Jamil Mahuad"}},
	})
}
