package actor

import "testing"

// TestTitleOverLevel checks that a bare title in a story about a state
// whose head of state holds another title ("the President" of Iran, whose
// head of state is the Supreme Leader) names the holder of that title.
func TestTitleOverLevel(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_president_of_the_republic_is_the_president", "Iran's foreign ministry said Tehran rejected the claims. The President of the Republic spoke with Macron.", "2021-03-10", "The President of the Republic", []string{"person:hassan-rouhani"}},
		{"the_bare_president_is_the_president", "Iran said on Monday that Iran would respond. Iran's army held drills. The President met the Iraqi prime minister.", "2023-03-10", "The President", []string{"person:ebrahim-raisi"}},
	})
}
