package actor

import "testing"

// TestCountedCrowds covers people counted by a number ("Up to 20,000
// people", "More than 100 residents") or named by their state's adjective
// ("Kenyan citizens") who protest, in any tense, as a crowd of protesters.
func TestCountedCrowds(t *testing.T) {
	tests := []mentionCase{
		{"people_counted_by_a_number_protesting", "Up to 20,000 people protested in Budapest on Saturday against the new labour law.", "2024-05-10", "people", []string{"new:organization:hungarian-protesters"}},
		{"people_who_began_protesting", "More than 100 people began protesting on Thursday outside parliament in Bucharest.", "2024-05-10", "people", []string{"new:organization:romanian-protesters"}},
		{"residents_who_have_been_rallying", "About 3,000 residents have been rallying in Yerevan since Monday.", "2024-05-10", "residents", []string{"new:organization:armenian-protesters"}},
		{"citizens_who_took_to_the_streets", "Some 500 citizens took to the streets in Dakar on Friday.", "2024-05-10", "citizens", []string{"new:organization:senegalese-protesters"}},
		{"people_who_took_refuge_are_no_crowd", "Around 300 people took refuge in the French embassy in Kinshasa.", "2024-05-10", "people", nil},
		{"people_who_gathered_to_greet_are_no_crowd", "About 2,000 people gathered in Manila to greet the Pope.", "2024-05-10", "people", nil},
		{"people_counted_who_died_are_no_crowd", "More than 100 people died in Dhaka on Monday.", "2024-05-10", "people", nil},
		// People named by their state's adjective who protest.
		{"citizens_of_a_state_protesting", "Kenyan citizens protested outside parliament in Nairobi against the finance bill.", "2024-05-10", "citizens", []string{"new:organization:kenyan-protesters"}},
		{"nationals_of_a_state_protesting_abroad", "Iranian nationals protested outside the Swedish embassy in Tehran.", "2024-05-10", "nationals", []string{"new:organization:iranian-protesters"}},
		{"citizens_of_a_state_voting_are_no_crowd", "Kenyan citizens voted on Tuesday.", "2024-05-10", "citizens", nil},
	}
	runMentionCases(t, tests)
}

// TestCapitalisedLowerCaseNames covers names the KB writes in lower case
// with a capital inside ("al-Shabaab") written with a capital first
// letter, as at the head of a sentence.
func TestCapitalisedLowerCaseNames(t *testing.T) {
	tests := []mentionCase{
		{"lower_case_name_opening_a_sentence", "Al-Shabaab fighters attacked an army base in Somalia on Sunday.", "2024-05-10", "Al-Shabaab fighters", []string{"org:al-shabaab"}},
		{"lower_case_name_capitalised_inside_a_sentence", "Kenyan troops were attacked by Al-Shabaab near Lamu.", "2024-05-10", "Al-Shabaab", []string{"org:al-shabaab"}},
		{"lower_case_name_as_written", "The army fought al-Shabaab near Lamu.", "2024-05-10", "al-Shabaab", []string{"org:al-shabaab"}},
		{"lower_case_compound_inside_a_sentence", "The vote came hours after anti-balaka fighters attacked the former Seleka.", "2014-02-10", "anti-balaka fighters", []string{"org:anti-balaka"}},
	}
	runMentionCases(t, tests)
}
