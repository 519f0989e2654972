package event_test

import (
	"testing"

	"parley"
)

// TestInvitationsToJoin checks that an invitation into a body approves of
// who is invited, while one to visit or to be at a gathering asks for a
// meeting.
func TestInvitationsToJoin(t *testing.T) {
	runEventCases(t, []eventCase{
		{"invited_into_a_bloc", "2023-08-24",
			"The BRICS leaders invited Ethiopia and Argentina to join the bloc.",
			[]want{{typ: parley.Support, source: "BRICS", target: "Ethiopia"}}},
		{"invited_to_visit_then_to_join_festivities", "2023-08-24",
			"Nepal's prime minister invited Sheikh Hasina to visit Kathmandu in May to join the festivities.",
			[]want{{typ: parley.Request, source: "Pushpa Kamal Dahal", target: "Sheikh Hasina"}}},
		{"invited_to_join_a_ceremony", "2023-08-24",
			"Ramaphosa invited Lula to join the signing ceremony in Pretoria.",
			[]want{{typ: parley.Request, source: "Cyril Ramaphosa", target: "Luiz Inácio Lula da Silva"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_visit_is_no_membership", "2023-08-24",
			"Nepal's prime minister invited Sheikh Hasina to visit Kathmandu in May to join the festivities.",
			want{},
			want{typ: parley.Support}},
	})
}
