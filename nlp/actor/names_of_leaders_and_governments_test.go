package actor

import "testing"

// TestNamesTwoLeadersBore covers a name two office holders bore ("George
// Bush"): the one holding the office on the story's day is meant.
func TestNamesTwoLeadersBore(t *testing.T) {
	tests := []mentionCase{
		{"the_father_in_1990", "President George Bush welcomed the Lithuanian prime minister.", "1990-05-03",
			"President George Bush", []string{"person:george-h-w-bush"}},
		{"the_son_in_2005", "President George Bush welcomed the Lithuanian president.", "2005-05-03",
			"President George Bush", []string{"person:george-w-bush"}},
	}
	runMentionCases(t, tests)
}

// TestGovernmentsCapitalised covers a state's government named by its
// adjective with a capital G, as notes and statements write it ("The
// Brazilian Government expresses …"): the state, as in lower case, not a
// body of that name.
func TestGovernmentsCapitalised(t *testing.T) {
	tests := []mentionCase{
		{"note_style", "The Brazilian Government expresses its satisfaction at the conclusion of the Declaration.", "1995-02-18",
			"Brazilian Government", []string{"state:BRA"}},
		{"lower_case_alike", "The Peruvian government welcomed the Declaration.", "1995-02-18",
			"Peruvian government", []string{"state:PER"}},
	}
	runMentionCases(t, tests)
}
