package event_test

import (
	"testing"

	"parley"
)

// TestSigningsToCome checks that a signing still to come, told in a clause
// hung on a journey of a day already past, takes no day of its own.
func TestSigningsToCome(t *testing.T) {
	runEventCases(t, []eventCase{
		{"due_to_sign_after_leaving_on_a_day", "2024-02-28",
			"Haitian Prime Minister Ariel Henry left Georgetown on Tuesday for Nairobi, where he is due to sign an agreement with Kenyan President William Ruto.",
			[]want{{typ: parley.Agree, source: "Ariel Henry", target: "William Ruto", status: parley.Planned, date: "-"}}},
		{"signed_after_flying_on_a_day", "2024-02-28",
			"Haitian Prime Minister Ariel Henry flew to Nairobi on Tuesday, where he signed an agreement with Kenyan President William Ruto.",
			[]want{{typ: parley.Agree, source: "Ariel Henry", target: "William Ruto", status: parley.Occurred, date: "2024-02-27"}}},
	})
}
