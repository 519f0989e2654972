package event_test

import (
	"testing"

	"parley"
)

// TestVerbsInPartialQuotes checks a verb quoted with its adverb inside
// reported speech (`said it "strongly condemns" the coup`): the deed
// after the closing mark is still its object, and "it" after "said in a
// communiqué that" is the body that said it.
func TestVerbsInPartialQuotes(t *testing.T) {
	runEventCases(t, []eventCase{
		{"quoted_condemnation_of_a_deed", "2021-02-02",
			"The Myanmar military detained Aung San Suu Kyi on Monday. ASEAN said in a communiqué that it \"strongly condemns\" the coup.",
			[]want{{typ: parley.Accuse, source: "Association of Southeast Asian Nations", target: "Tatmadaw"}}},
		{"curly_marks", "2021-02-02",
			"The Myanmar military detained Aung San Suu Kyi on Monday. ASEAN said in a communiqué that it “firmly rejects” the coup.",
			[]want{{typ: parley.Reject, source: "Association of Southeast Asian Nations", target: "Tatmadaw"}}},
	})
}
