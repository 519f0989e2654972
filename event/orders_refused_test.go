package event_test

import (
	"testing"

	"parley"
)

// TestOrdersToLeaveRefused checks a bare refusal right after an order to
// leave ("ordered the French ambassador to leave … Paris refused"): the
// order was a demand, refused to whoever gave it.
func TestOrdersToLeaveRefused(t *testing.T) {
	runEventCases(t, []eventCase{
		{"refused_an_order_to_leave", "2023-09-01",
			"Gabon's new rulers on Thursday ordered the French ambassador, Alexis Lamek, to leave within 48 hours. France refused, saying the officers had no authority.",
			[]want{{typ: parley.Reject, source: "France", target: "Gabon"}}},
	})
}
