package event_test

import (
	"testing"

	"parley"
)

// TestDecisionsOfUnnamedOwners checks that the act of "<owner>'s decision
// to …" is the owner's: with no actor for the owner, no one else's, least
// of all the crowd protesting against it.
func TestDecisionsOfUnnamedOwners(t *testing.T) {
	runNotCases(t, []notCase{
		{"crowd_against_the_governments_decision", "2024-12-07",
			"Thousands of people marched in Tbilisi on Sunday against the government's decision to suspend EU accession talks.",
			want{typ: parley.Sanction, source: "Georgian protesters"}},
	})
	runEventCases(t, []eventCase{
		{"a_named_states_decision", "2024-12-07",
			"Protesters in Chisinau denounced Moldova's decision to suspend talks with the EU.",
			[]want{{typ: parley.Sanction, source: "Moldova", target: "European Union"}}},
	})
}
