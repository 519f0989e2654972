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

// A person named in three words or more is named again by the last two
// ("Mr. Mostaq Ahmad" after "Khondaker Mostaq Ahmad"); two words that end
// no one's name stay a new person.
func TestLastTwoNamesAgain(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"known_person_by_last_two", "Officers installed Khondaker Mostaq Ahmad as President. Mr. Mostaq Ahmad was sworn in on Friday.", "1975-08-17",
			"Mr. Mostaq Ahmad", []string{"person:khondaker-mostaq-ahmad"}},
		{"unknown_person_by_last_two", "The talks were chaired by Minister Ravi Kumar Sharma on Friday. Kumar Sharma said little.", "2020-01-10",
			"Kumar Sharma", []string{"new:person:ravi-kumar-sharma"}},
	})
}

// "Sheikh" alone is a title as often as a family name: it names no one
// the article has not named in full.
func TestSheikhAloneIsATitle(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"title_alone", "The Sheikh's family died with him.", "1975-08-17", "Sheikh", nil},
		{"family_name_after_the_full_name", "Hussein al-Sheikh met the envoy on Monday. Sheikh said the talks would go on.", "2023-08-17",
			"Sheikh", []string{"person:hussein-al-sheikh"}},
	})
}
