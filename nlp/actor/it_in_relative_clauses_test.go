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

// TestItAfterARelativeAside covers "it" after a reporting verb whose
// subject has a relative clause set off by commas: the subject, not the
// actors inside the clause.
func TestItAfterARelativeAside(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_subject_before_which", "Guyana put its forces on alert. Brazil, which borders both countries, said it had reinforced its northern garrisons.", "2023-12-06", "it", []string{"state:BRA"}},
		{"the_subject_before_who", "Kenya recalled its envoy. President Ruto, who met Somalia's president last month, said it was a grave step.", "2023-12-06", "it", nil},
	})
}
