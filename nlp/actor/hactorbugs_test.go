package actor

import "testing"

// TestNamesakes covers the choice among people who share a family name
// when the name stands alone: the one the article named first, the one
// in office on the day, a bearer of a state the article names, and kin
// introduced after the person who keep the family name theirs.
func TestNamesakes(t *testing.T) {
	tests := []mentionCase{
		{"surname_of_a_state_the_story_names", "The United States and Israel are at odds over Rafah. Harris criticised Israel on Thursday.", "2024-05-10", "Harris", []string{"person:kamala-harris"}},
		{"surname_of_the_other_state_the_story_names", "Ireland said on Monday it would recognise Palestine. Harris criticised Israel on Thursday.", "2024-05-10", "Harris", []string{"person:simon-harris"}},
		{"surname_after_both_namesakes_is_the_one_named_first", "Saad Hariri withdrew his resignation on Tuesday. His father, Rafik Hariri, was killed in 2005. Hariri met Macron in Paris.", "2017-12-06", "Hariri", []string{"person:saad-hariri"}},
		{"surname_after_both_namesakes_is_the_one_in_office", "Rafik Hariri was killed in 2005. His son Saad Hariri leads the government. Hariri met Macron in Paris.", "2017-12-06", "Hariri", []string{"person:saad-hariri"}},
		{"a_father_named_after_his_son_leaves_him_the_surname", "Army officers placed President Ali Bongo Ondimba under house arrest. He came to power after the death of his father, Omar Bongo, in 2009. The opposition accused Bongo of fraud.", "2023-08-31", "Bongo", []string{"person:ali-bongo-ondimba"}},
		{"a_son_named_with_a_double_surname_leaves_it_too", "Army officers placed President Ali Bongo Ondimba under house arrest. They arrested one of his sons, Noureddin Bongo Valentin. The opposition accused Bongo of fraud.", "2023-08-31", "Bongo", []string{"person:ali-bongo-ondimba"}},
	}
	runMentionCases(t, tests)
}
