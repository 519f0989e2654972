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
