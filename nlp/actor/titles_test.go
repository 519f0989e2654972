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

// TestBodySpokesperson checks that a ministry's spokesperson named by the
// post alone is the one person who held it on the day, and stays the
// ministry when several did or when the text says "a spokesman".
func TestBodySpokesperson(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_sole_holder_of_the_post", "Iran's foreign ministry spokesman said on Monday that Tehran rejected the claims.", "2021-03-10", "Iran's foreign ministry spokesman", []string{"person:saeed-khatibzadeh"}},
		{"the_holder_on_a_later_day", "Iran's foreign ministry spokesman said on Monday that Tehran rejected the claims.", "2023-03-10", "Iran's foreign ministry spokesman", []string{"person:nasser-kanaani"}},
		{"several_holders_leave_the_ministry", "China's foreign ministry spokesperson criticised Japan on Monday.", "2021-03-10", "China's foreign ministry", []string{"org:mfa-china"}},
		{"one_of_several_leaves_the_ministry", "A spokesman for Iran's foreign ministry said Tehran rejected the claims.", "2021-03-10", "Iran's foreign ministry", []string{"org:mfa-iran"}},
	})
}
