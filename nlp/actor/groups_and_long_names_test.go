package actor

import "testing"

// TestGroupsAndLongNames checks "the group" after a group accused a
// ministry (the group, not the ministry), a body's name with "of the"
// inside it and a state closing it after "by", and a name in apposition
// after a body's long name, which stays a person.
func TestGroupsAndLongNames(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_group_is_no_ministry", "The Federation of Kenyan Farmers accused the Agriculture Ministry of ignoring the drought. The group demanded compensation.", "2023-03-01",
			"The group", []string{"new:organization:federation-of-kenyan-farmers"}},
		{"of_the_inside_a_name", "The Union of the Families of Prisoners Abducted by Syria asked the ministry for news.", "2023-03-01",
			"Union of the Families of Prisoners Abducted by Syria", []string{"new:organization:union-of-the-families-of-prisoners-abducted-by-syria"}},
		{"a_person_after_a_long_name", "The Secretary-General of the Organisation of the Islamic Conference, Ekmeleddin İhsanoğlu, called for calm.", "2006-02-08",
			"Organisation of the Islamic Conference", []string{"org:oic"}},
	})
}
