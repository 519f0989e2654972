package event_test

import (
	"testing"

	"parley"
)

// TestBackingFromItsGivers checks that support named by its noun, with
// its givers after "from", is coded as theirs — for the one named after
// "for", or for the one who received it — even as the object of a
// welcome.
func TestBackingFromItsGivers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"welcomed_support_for_from", "2023-12-04",
			"Guyana's foreign ministry welcomed the expressions of support for Guyana from Brazil and Canada.",
			[]want{
				{typ: parley.Support, source: "Ministry of Foreign Affairs of Guyana", target: "Brazil"},
				{typ: parley.Support, source: "Brazil", target: "Guyana"},
				{typ: parley.Support, source: "Canada", target: "Guyana"},
			}},
		{"messages_of_solidarity_received", "2023-12-04",
			"President Irfaan Ali has received messages of solidarity from Barbados.",
			[]want{{typ: parley.Support, source: "Barbados", target: "Irfaan Ali"}}},
	})
	runNotCases(t, []notCase{
		{"support_from_a_time", "2023-12-04",
			"Guyana has had support for its claim from the start.",
			want{typ: parley.Support}},
		{"attack_from_a_state_is_no_backing", "2023-12-04",
			"Guyana condemned the attack from Venezuela.",
			want{typ: parley.Support}},
	})
}
