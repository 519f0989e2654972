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
