package actor

import "testing"

// TestOfficersOfABody covers a plural office before "of" and an
// international body, opening a clause ("Foreign ministers of the Group
// of Seven condemned …", "On Jan. 9, leaders of the Economic Community of
// West African States imposed …"): the body, as "G7 foreign ministers"
// names it. Inside another body's name, or as an object, the phrase is
// left to what reads it there.
func TestOfficersOfABody(t *testing.T) {
	tests := []mentionCase{
		{"foreign_ministers_of_the_g7", "Foreign ministers of the Group of Seven condemned the launch on Wednesday.", "2023-11-08",
			"Foreign ministers of the Group of Seven", []string{"org:g7"}},
		{"leaders_of_a_bloc_after_an_opening_date", "On Jan. 9, leaders of the Economic Community of West African States imposed sanctions on Mali.", "2022-01-10",
			"leaders of the Economic Community of West African States", []string{"org:ecowas"}},
		{"inside_another_body_s_name", "The Authority of Heads of State and Government of the African Union urged Mali's junta to hold elections.", "2022-07-04",
			"Heads of State and Government of the African Union", nil},
		{"as_an_object", "Jan Hamáček informed the foreign ministers of the EU member states about the case.", "2021-04-19",
			"the foreign ministers of the EU", nil},
	}
	runMentionCases(t, tests)
}
