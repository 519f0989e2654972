package event_test

import (
	"testing"

	"parley"
)

// TestAccordsWithAQualifier checks an accord named with one word before
// its head noun ("a port deal", "the security pact") and signed in a
// relative clause with no pronoun: the signers agree.
func TestAccordsWithAQualifier(t *testing.T) {
	runEventCases(t, []eventCase{
		{"port_deal_signed", "2024-04-05",
			"The row is over a port deal Ethiopia signed with Somaliland in January.",
			[]want{{typ: parley.Agree, source: "Ethiopia", target: "Somaliland", date: "2024-01"}}},
		{"security_pact_signed", "2024-04-05",
			"Protests followed the security pact Kenya signed with Haiti in March.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Haiti", date: "2024-03"}}},
	})
}
