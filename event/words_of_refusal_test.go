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

// TestWordsOfDemandReported covers "demand" in reported speech: a demand
// made ("would write to Abbott demanding an explanation", "we demand
// respect") is a request, while a time called demanding is none.
func TestWordsOfDemandReported(t *testing.T) {
	runEventCases(t, []eventCase{
		{"demanding_an_explanation", "2013-11-20",
			"Susilo Bambang Yudhoyono said he would write to Tony Abbott that night demanding an explanation.",
			[]want{{typ: parley.Request, source: "Susilo Bambang Yudhoyono", target: "Tony Abbott"}}},
	})
	runNotCases(t, []notCase{
		{"a_demanding_time", "2016-12-19",
			"Erna Solberg said the years without contact with China had been demanding for Norway.",
			want{typ: parley.Request, source: "Erna Solberg"}},
	})
}
