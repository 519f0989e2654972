package actor

import "testing"

// TestNamesEndAtTheirHead checks that the name of a body the knowledge
// base lacks ends at its head word before a comma, so the person in
// apposition after it is no part of it, while a list inside a name
// before its head still joins.
func TestNamesEndAtTheirHead(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_bureau_then_its_director", "The director of the European and Central Asian Affairs Bureau, Keiko Tanabe, called the envoy in.", "2022-04-02",
			"European and Central Asian Affairs Bureau, Keiko Tanabe", nil},
		{"the_bureau_alone", "The director of the European and Central Asian Affairs Bureau, Keiko Tanabe, called the envoy in.", "2022-04-02",
			"European and Central Asian Affairs Bureau", []string{"new:organization:european-and-central-asian-affairs-bureau"}},
	})
}
