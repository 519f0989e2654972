package actor

import "testing"

// TestAssociationAnaphor checks that "the association" refers back to an
// intergovernmental body named before, as "the bloc" does.
func TestAssociationAnaphor(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_association_after_a_body", "Gambia quit the Commonwealth in 2013, accusing the association of neo-colonialism.", "2013-10-04",
			"the association", []string{"org:commonwealth"}},
		{"no_body_named_before", "Gambia's farmers accused the association of neglect.", "2013-10-04",
			"the association", nil},
	})
}

// TestJudgesAnaphor checks that "the judges" refer back to the court
// named before, as "the court" does.
func TestJudgesAnaphor(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_judges_after_a_court", "The International Court of Justice ruled on Monday that the programme was not scientific. By 12 votes to four, the judges ordered Japan to revoke all permits.", "2014-04-01",
			"the judges", []string{"org:icj"}},
		{"no_court_named_before", "Japan said on Monday that the judges had been misled.", "2014-04-01",
			"the judges", nil},
	})
}
