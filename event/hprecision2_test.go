package event_test

import (
	"testing"

	"parley"
)

// TestConcessionsAgreedTo checks "agreed to" with a verb of giving way:
// one side letting the other have what it sought is a concession, not a
// pact between them.
func TestConcessionsAgreedTo(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"agreed_to_let_visitors_in", "2024-05-10",
			"Peru agreed on Tuesday to let Bolivian officials inspect the port of Ilo.",
			want{typ: parley.Concede, source: "Peru", target: "Bolivia", date: "2024-05-07"},
			want{typ: parley.Agree, source: "Peru", target: "Bolivia"}},
		{"agreed_to_return_land", "2024-05-10",
			"Serbia agreed to return two villages to Kosovo.",
			want{typ: parley.Concede, source: "Serbia", target: "Kosovo"},
			want{typ: parley.Agree, source: "Serbia", target: "Kosovo"}},
		{"will_agree_to_accept_returned_migrants", "2024-05-10",
			"Morocco has agreed to accept migrants returned from Spain.",
			want{typ: parley.Concede, source: "Morocco", target: "Spain"},
			want{typ: parley.Agree, source: "Morocco", target: "Spain"}},
		// Accepting an offer or a plan is agreeing to it.
		{"agreed_to_accept_a_proposal_is_agreement", "2024-05-10",
			"Iran agreed to accept the proposal from Oman.",
			want{typ: parley.Agree, source: "Iran", target: "Oman"},
			want{typ: parley.Concede}},
		// Two sides that agree to return envoys agree with each other.
		{"two_sides_agreed_to_return_envoys", "2024-05-10",
			"Japan and South Korea agreed to return their ambassadors.",
			want{typ: parley.Agree, source: "Japan", target: "South Korea"},
			want{typ: parley.Concede}},
		{"agreed_to_send_troops_is_agreement", "2024-05-10",
			"Kenya agreed to send police officers to Haiti.",
			want{typ: parley.Agree, source: "Kenya", target: "Haiti"},
			want{typ: parley.Concede}},
	})
}
