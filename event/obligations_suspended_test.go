package event_test

import (
	"testing"

	"parley"
)

// TestObligationsSuspendedAndSharingCut checks that security obligations
// suspended toward a state, and intelligence sharing cut off with it,
// are measures against that state.
func TestObligationsSuspendedAndSharingCut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"suspended_its_obligations_to", "1986-08-14",
			"The United States formally suspended its security obligations to New Zealand on Monday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "New Zealand", date: "1986-08-11"}}},
		{"cut_off_sharing_with", "1986-08-14",
			"Washington cut off most intelligence sharing with Wellington.",
			[]want{{typ: parley.Sanction, source: "United States", target: "New Zealand"}}},
	})
}
