package actor

import "testing"

// South Asian news names many people by initials and a family name. Two
// or three initials open a person's name with or without a cue; one needs
// a title, an apposition or a verb of saying, as before; the initials are
// never a name of their own.
func TestInitialsBeforeAFamilyName(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"two_initials_no_cue", "R. K. Dhawan met the governor on Monday.", "1984-10-29",
			"R. K. Dhawan", []string{"new:person:r-k-dhawan"}},
		{"two_initials_after_a_title", "The army chief, Major-General A. B. Sattar, went on the air.", "1975-08-17",
			"Major-General A. B. Sattar", []string{"new:person:a-b-sattar"}},
		{"three_initials", "The talks were led by M. S. K. Moorthy for the ministry.", "1991-03-02",
			"M. S. K. Moorthy", []string{"new:person:m-s-k-moorthy"}},
		{"one_initial_with_apposition", "The envoy, P. Ranganathan, met the minister.", "1987-06-04",
			"P. Ranganathan", []string{"new:person:p-ranganathan"}},
		{"the_family_name_again", "R. K. Dhawan met the governor on Monday. Dhawan said little.", "1984-10-29",
			"Dhawan", []string{"new:person:r-k-dhawan"}},
		{"an_initial_is_no_family_name", "The army chief, Major-General A. B. Sattar, went on the air.", "1975-08-17",
			"A. B", nil},
	})
}
