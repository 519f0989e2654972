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

// TestMilitaryAsAdjective checks that "military" before a thing it
// qualifies ("the military exercises") names no army, while "the
// military" acting still names the state's armed forces.
func TestMilitaryAsAdjective(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"military_exercises_are_no_army", "Germany said it would not host the military exercises with France.", "2024-05-10", "the military", nil},
		{"military_aid_is_no_army", "Germany said on Monday it would send the military aid Ukraine asked for.", "2024-05-10", "the military", nil},
		{"the_military_acting_is_the_army", "Sudan's generals met in Khartoum on Monday. The military launched attacks on the RSF.", "2024-05-10", "The military", []string{"org:saf-sudan"}},
	})
}
