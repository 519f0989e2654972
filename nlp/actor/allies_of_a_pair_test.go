package actor

import "testing"

// TestAlliesOfAPair checks that "the allies", where no alliance was
// named, are the two states the sentence just joined by "and", and that
// an alliance named before keeps them.
func TestAlliesOfAPair(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_pair_just_named", "North Korea threatened the United States and South Korea as the allies began their drills.", "2024-08-20",
			"the allies", []string{"state:USA", "state:KOR"}},
		{"an_alliance_named_before", "NATO met in Brussels. Russia warned Poland and Lithuania as the allies began their drills.", "2024-08-20",
			"the allies", []string{"org:nato"}},
		{"no_pair_joined", "North Korea fired a missile as the allies began their drills.", "2024-08-20",
			"the allies", nil},
	})
}
