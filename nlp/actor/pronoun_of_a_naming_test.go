package actor

import "testing"

// TestItThatNames checks "it" in a relative that names what the sentence
// spoke of ("…, which it called coercion"): the state or body the
// sentence opened on, not the owner of the thing named.
func TestItThatNames(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"which_it_called_after_another_state", "The Chinese commerce ministry firmly opposes the U.S. measures, which it called economic coercion.", "2024-12-04",
			"it", []string{"org:mofcom"}},
		{"which_it_described_after_another_state", "Japan rejected the Chinese survey, which it described as illegal.", "2024-12-04",
			"it", []string{"state:JPN"}},
	})
}
