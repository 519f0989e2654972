package actor

import "testing"

// TestItInRelativeClauses checks that "it" opening a relative clause on a
// paper or a measure ("the memorandum it signed", "the sanctions that it
// imposed") is the state or body the sentence opened on.
func TestItInRelativeClauses(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_memorandum_it_signed", "Sweden lifted the ban under the memorandum it signed with Turkey last June.", "2022-10-01",
			"it", []string{"state:SWE"}},
		{"the_sanctions_that_it_imposed", "Washington will lift the sanctions that it imposed on Turkish ministries.", "2019-10-18",
			"it", []string{"state:USA"}},
		{"no_paper_before_it", "Sweden criticised the article it published on Monday.", "2022-10-01",
			"it", nil},
	})
}
