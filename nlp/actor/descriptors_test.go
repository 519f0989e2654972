package actor

import "testing"

// TestDescriptorsAndBareGovernments checks the words around a name that
// make it a person's (titles with "of the", appositions naming a group the
// person belongs to), known people named with their middle names, and "the
// government" read from the body named before it.
func TestDescriptorsAndBareGovernments(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"office_title_with_of_the", "On 21 April, Minister of the Interior Jan Hamáček called on Russia to act.", "2021-04-22",
			"Minister of the Interior Jan Hamáček", []string{"person:jan-hamacek"}},
		{"office_title_opening_a_line", "Talks in Paris\nMinister of Foreign Affairs Sergey Lavrov called on France to act.", "2021-04-22",
			"Minister of Foreign Affairs Sergey Lavrov", []string{"person:sergey-lavrov"}},
		{"one_of_a_group_in_apposition", "Amadou Ndiaye Kane, one of the 19 candidates cleared to run, called on the president to set a date.", "2024-02-16",
			"Amadou Ndiaye Kane", []string{"new:person:amadou-ndiaye-kane"}},
		{"one_of_a_group_needs_a_descriptor_noun", "Ndiaye Kane Sow, one of the 19 reasons given, was cited.", "2024-02-16",
			"Ndiaye Kane Sow", nil}, // (no given name of the list opens the run, so only the apposition could make it a person)
		{"the_government_of_the_body_named_before", "Iraq's parliament passed a resolution calling on the government to expel foreign troops.", "2020-01-08",
			"the government", []string{"state:IRQ"}},
		{"long_form_of_a_known_name", "President Nana Addo Dankwa Akufo-Addo met Ouattara in Accra.", "2021-09-17",
			"President Nana Addo Dankwa Akufo-Addo", []string{"person:nana-akufo-addo"}},
		{"long_name_with_another_first_name", "Kojo Addo Akufo-Addo, a lawyer, spoke in Accra.", "2021-09-17",
			"Kojo Addo Akufo-Addo", []string{"new:person:kojo-addo-akufo-addo"}},
		{"no_government_guessed_from_people", "Trump met Erdogan in Ankara and said the government would act.", "2019-11-13",
			"the government", nil},
	})
}
