package actor

import "testing"

// TestPapersWithAsides checks that a paper that acts after an aside on how
// it came about ("The resolution, drafted by the United States and
// Ecuador, also called on …") is still its issuer, not its drafters.
func TestPapersWithAsides(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_resolution_drafted_by_two", "The UN Security Council on Friday adopted a resolution. The resolution, drafted by the United States and Ecuador, also called on Haitian authorities to hold elections.", "2024-07-13",
			"The resolution", []string{"org:unsc"}},
		{"a_statement_read_out", "G7 foreign ministers issued a statement in Capri. The statement, read out by Italy's foreign minister, condemned the attack.", "2024-04-19",
			"The statement", []string{"org:g7"}},
	})
}
