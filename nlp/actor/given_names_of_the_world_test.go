package actor

import "testing"

// News introduces most people the knowledge base cannot know with their
// given name first and no title. A given name from any region opens a
// person's name; a father's name after "bin" and a place named for a saint
// do not.
func TestGivenNamesOfTheWorld(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"central_asian", "The meeting between Kamchybek Tashiev and the Tajik side ended late.", "2022-09-17",
			"Kamchybek Tashiev", []string{"new:person:kamchybek-tashiev"}},
		{"west_african", "The ruling was welcomed by Aminata Ouedraogo on behalf of the civic groups.", "2014-11-04",
			"Aminata Ouedraogo", []string{"new:person:aminata-ouedraogo"}},
		{"arabic", "The prisoners included Emad Shargi and two other Americans.", "2023-09-18",
			"Emad Shargi", []string{"new:person:emad-shargi"}},
		{"south_asian", "The statement was signed by Khadga Bahadur Thapa and the party's secretary.", "2021-03-01",
			"Khadga Bahadur Thapa", []string{"new:person:khadga-bahadur-thapa"}},
		{"hebrew", "Talks over Yossi Amrani went on for months.", "2022-12-01",
			"Yossi Amrani", []string{"new:person:yossi-amrani"}},
		{"both_after_a_title_is_the_two_named", "Field Marshal Khalifa Haftar met Aguila Saleh, Speaker of the Libyan House of Representatives. Both Libyan figures accepted the plan.", "2020-07-20",
			"Both", []string{"person:khalifa-haftar", "person:aguila-saleh"}},
		{"caucasian", "The talks with Aslan Abashidze went on through the night.", "2004-05-06",
			"Aslan Abashidze", []string{"new:person:aslan-abashidze"}},
		{"russian", "Talks over Vadim Krasikov went on for months.", "2021-12-15",
			"Vadim Krasikov", []string{"new:person:vadim-krasikov"}},
		// a given name second in the run: the run is the name
		{"given_name_second", "The accord was signed by Mohammad Ali Jinnah and the viceroy.", "1947-06-03",
			"Mohammad Ali Jinnah", []string{"new:person:mohammad-ali-jinnah"}},
		{"given_name_second_unknown_first", "The accord was signed by Qasimullah Ali Tarar and the Indian prime minister.", "1972-07-03",
			"Qasimullah Ali Tarar", []string{"new:person:qasimullah-ali-tarar"}},
		{"a_portfolio_is_no_given_name", "Talks included Minister of Natural Resources Gary Lunn of Canada.", "2008-05-28",
			"Resources Gary Lunn", nil},
		// a given name spelled like a state but with an accent the state's
		// names never carry
		{"accented_like_a_state", "The ombudsman, Jordán Rodas, said he would appeal the accord.", "2019-07-27",
			"Jordán Rodas", []string{"new:person:jordan-rodas"}},
		{"a_city_of_a_state_spelled_with_its_accent", "México City was quiet on Sunday.", "2021-04-12",
			"México City", []string{"state:MEX"}},
		// a ship's name and number after "the" is no one's name
		{"a_ships_name", "Hanoi said the Xiang Yang Hong 10 and its escorts had violated its sovereignty.", "2023-05-20",
			"Xiang Yang Hong", nil},
		{"a_ships_name_past_its_first_word", "Hanoi said the Xiang Yang Hong 10 and its escorts had violated its sovereignty.", "2023-05-20",
			"Yang Hong", nil},
		{"a_fathers_name_is_no_person", "Ebrahim Raisi accepted an invitation from King Salman bin Abdulaziz Al Saud.", "2023-04-10",
			"Abdulaziz Al Saud", nil},
		{"a_saints_town_is_no_person", "Army units are moving toward San Vicente del Caguán.", "2002-02-21",
			"Vicente del Caguán", nil},
	})
}

// TestMovementsNamedByTheirHead checks movements the knowledge base does
// not know whose names open with a word for a group, front or party
// ("Jamaat", "Harakat", "Hizb") and a particle: the whole name is an
// organisation, and the head word alone names it again later.
func TestMovementsNamedByTheirHead(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"named_in_full", "The gunmen of the Jamaat al Muslimeen laid down their arms on Wednesday.", "1990-08-02",
			"Jamaat al Muslimeen", []string{"new:organization:jamaat-al-muslimeen"}},
		{"its_head_word_later", "The gunmen of the Jamaat al Muslimeen laid down their arms. Talks between the Jamaat and the Government had gone on for two days.", "1990-08-02",
			"Jamaat", []string{"new:organization:jamaat-al-muslimeen"}},
	})
}

// TestNamesClosedByAGeneration checks a name the knowledge base does not
// know closed by a generation's suffix: a person, whatever the given
// name.
func TestNamesClosedByAGeneration(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_sultans_name", "Malaysia rejected the ceasefire declared by Jamalul Kiram III on Thursday.", "2013-03-08",
			"Jamalul Kiram III", []string{"new:person:jamalul-kiram-iii"}},
	})
}
