package event_test

import (
	"testing"

	"parley"
)

// TestPapersSpeakForSigners checks a paper whose signers an aside names
// ("The joint statement, signed by Russia and nine other states, urged
// …"): the act is the signers', not no one's.
func TestPapersSpeakForSigners(t *testing.T) {
	runEventCases(t, []eventCase{
		{"statement_signed_by", "2021-10-21",
			"The final communiqué of the summit, signed by Kazakhstan and four other Central Asian states, called on the Taliban to respect the rights of women.",
			[]want{{typ: parley.Request, source: "Kazakhstan", target: "Taliban"}}},
		{"declaration_issued_by", "2021-10-21",
			"The declaration, issued by the African Union on Tuesday, condemned Russia's annexation of Crimea.",
			[]want{{typ: parley.Accuse, source: "African Union", target: "Russia"}}},
	})
}
