package event_test

import (
	"testing"

	"parley"
)

// TestEvaluations checks accusations and backing stated by judging what
// another actor did or owns rather than by a verb of accusing or
// supporting: "criticised what he called Argentine adventurism".
func TestEvaluations(t *testing.T) {
	tests := []eventCase{
		{"what_he_called_a_states_conduct", "2024-03-10",
			"Gabriel Boric criticised what he called Argentine adventurism on Monday.",
			[]want{{typ: parley.Accuse, source: "Gabriel Boric", target: "Argentina"}}},
		{"what_it_termed_a_states_expansionism", "2024-03-10",
			"Greece denounced what it termed Turkish expansionism in the Aegean.",
			[]want{{typ: parley.Accuse, source: "Greece", target: "Turkey"}}},
		{"a_states_conduct_judged", "2024-03-10",
			"Paris criticised Turkish expansionism.",
			[]want{{typ: parley.Accuse, source: "France", target: "Turkey"}}},
	}
	runEventCases(t, tests)
}

// TestEvaluationsRuledOut checks readings of evaluations that must not be
// coded.
func TestEvaluationsRuledOut(t *testing.T) {
	tests := []notCase{
		{"the_speaker_of_what_he_called_is_not_the_target", "2024-03-10",
			"Gabriel Boric criticised what he called Argentine adventurism on Monday.",
			want{typ: parley.Accuse, target: "Gabriel Boric"}},
		{"what_he_called_for_is_a_request_not_a_naming", "2024-03-10",
			"Gabriel Boric welcomed what he called for in Argentina.",
			want{typ: parley.Accuse}},
	}
	runNotCases(t, tests)
}
