package event_test

import (
	"testing"

	"parley"
)

// TestWordsOfRefusalReported covers reported speech that merely names a
// refusal, a denial or a rejection by someone else ("despite the
// opposition's refusal to talk", "the denial of visas"): the speaker
// refuses nothing. (Over the read sets such statements were wrong in
// every case they were coded as the speaker's rejection.)
func TestWordsOfRefusalReported(t *testing.T) {
	tests := []notCase{
		{"a_refusal_named", "2023-05-10",
			"Mark Rutte said the cabinet would stay on despite the opposition's refusal to talk.",
			want{typ: parley.Reject, source: "Mark Rutte"}},
		{"a_denial_named", "2023-05-10",
			"Sergey Lavrov said the denial of visas to Russian diplomats by the United States was a hostile act.",
			want{typ: parley.Reject, source: "Sergey Lavrov"}},
		{"a_rejection_named", "2023-05-10",
			"Josep Borrell said the rejection of the plan by Serbia had surprised him.",
			want{typ: parley.Reject, source: "Josep Borrell"}},
	}
	runNotCases(t, tests)
}
