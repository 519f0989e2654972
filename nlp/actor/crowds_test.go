package actor

import "testing"

// TestCrowdsAndTitles covers the rules for crowds counted and placed,
// titles such as "Heads of State and Government", and capitals that
// stand for governments, in the shape of TestMentions.
func TestCrowdsAndTitles(t *testing.T) {
	tests := []mentionCase{
		{"counted_students_protesting_are_protesters", "Hundreds of students protested in Dhaka on Monday against the quota system.", "2024-07-16", "students", []string{"new:organization:bangladeshi-protesters"}},
		{"counted_workers_marching_are_protesters", "Some 2,000 workers marched in Lagos on Thursday to protest the fuel price.", "2024-07-16", "workers", []string{"new:organization:nigerian-protesters"}},
		{"counted_women_rallying_are_protesters", "Dozens of women rallied in Kabul on Sunday against the ban on education.", "2023-01-08", "women", []string{"new:organization:afghan-protesters"}},
		{"a_crowd_gathered_in_a_story_of_protests", "Thousands of teachers gathered outside the ministry in Bogota. The protest lasted all day.", "2023-01-08", "teachers", []string{"new:organization:colombian-protesters"}},
		{"a_crowd_gathered_for_a_visit_is_no_protest", "Thousands of women gathered in Manila to greet the Pope.", "2023-01-08", "women", nil},
		{"students_not_counted_stay_unnamed", "The students gathered in Dhaka after the exam.", "2023-01-08", "students", nil},
		{"heads_of_state_and_government_is_a_title", "The summit of Heads of State and Government of the African Union opened on Sunday.", "2024-02-18", "State and Government", nil},
		{"an_office_after_head_of_is_kept_whole", "The Head of State Security Service, Ali Reza, resigned.", "2024-02-18", "State Security Service", []string{"new:organization:state-security-service"}},
		{"an_organisation_not_after_heads_of_is_found", "The Council of State and Government Affairs met on Sunday.", "2024-02-18", "Council of State and Government Affairs", []string{"new:organization:council-of-state-and-government-affairs"}},
		{"a_crowd_in_a_capital_named_by_its_state", "Protesters rallied in the Kenyan capital on Tuesday.", "2023-03-10", "Protesters", []string{"new:organization:kenyan-protesters"}},
		{"a_capital_standing_for_its_government_is_no_scene", "Oslo expelled two diplomats from Damascus after protesters stormed the Norwegian embassy in the Syrian capital.", "2023-03-10", "protesters", []string{"new:organization:syrian-protesters"}},
		{"a_crowd_at_the_main_states_embassy_is_not_its_people", "Norway said on Friday that Norway would reopen its mission. Norway's prime minister spoke in Oslo. Norway asked for calm. Protesters stormed the Norwegian embassy on Thursday.", "2023-03-10", "Protesters", nil},
		{"a_crowd_at_an_embassy_in_a_named_city", "Protesters rallied outside the Iranian embassy in London on Sunday.", "2023-03-10", "Protesters", []string{"new:organization:british-protesters"}},
		{"a_body_of_the_capital_that_acts_stays_its_own", "Washington is sending Jane Doe, the National Security Council's envoy, to Suva this week.", "2023-03-10", "National Security Council", []string{"org:nsc-us"}},
		{"a_king_by_his_full_lineage", "Custodian of the Two Holy Mosques Salman bin Abdulaziz Al Saud received the envoy in Jeddah.", "2023-06-07", "Salman bin Abdulaziz Al Saud", []string{"person:salman-of-saudi-arabia"}},
		{"counted_students_who_study_are_no_crowd", "Hundreds of students studied in Dhaka during the protests.", "2023-01-08", "students", nil},
		// a trade placed in a state at the opening of a sentence is that
		// state's people; a crowd placed so takes the state it names, not
		// the article's
		{"teachers_in_a_state_open_the_sentence", "Teachers in Kenya went on strike on Monday.", "2023-01-08", "Teachers", []string{"new:organization:kenyan-teachers"}},
		{"protesters_in_a_state_name", "Protesters in Kenya rallied against the government on Sunday.", "2023-01-08", "Protesters", []string{"new:organization:kenyan-protesters"}},
		// riot officers opening the sentence after a crowd's are the
		// police where the crowd marched; a state's group named with its
		// possessive is named with its adjective
		{"riot_officers_are_the_police_of_the_scene", "Kenyan protesters marched in Nairobi on Monday. Riot officers fired tear gas at the protesters.", "2023-03-22", "Riot officers", []string{"org:nps-kenya"}},
		{"a_states_opposition_by_its_possessive", "Kenya's opposition held protests in Nairobi on Monday.", "2023-03-22", "Kenya's opposition", []string{"new:organization:kenyan-opposition"}},
		{"aid_workers_are_no_crowd", "Aid workers in Gaza said the convoy was hit.", "2023-01-08", "workers", nil},
		// a state's opposition is not of the place where it holds talks
		{"the_opposition_does_not_belong_where_talks_are_held", "Yemen's government met Houthi envoys in Muscat. Talks between the government and the opposition are due to resume in Stockholm in March.", "2018-11-02", "the opposition", []string{"new:organization:yemeni-opposition"}},
		{"opposition_supporters_belong_where_they_march", "Opposition supporters marched in Harare on Monday.", "2018-11-02", "Opposition supporters", []string{"new:organization:zimbabwean-opposition-supporters"}},
		// a movement's soldiers are the movement, and the crowd they fire
		// on is of their land, whoever issued the statement
		{"a_movements_soldiers_are_the_movement", "United States Department of State | Office of the Spokesman\n\nThe Department is aware of protests in Kinshasa. We are concerned by reports that M23 soldiers fired on demonstrators.", "2023-01-08",
			"soldiers", []string{"org:m23"}},
		{"the_crowd_they_fire_on_is_of_their_land", "United States Department of State | Office of the Spokesman\n\nThe Department is aware of protests in Kinshasa. We are concerned by reports that M23 soldiers fired on demonstrators.", "2023-01-08",
			"demonstrators", []string{"new:organization:congolese-demonstrators"}},
		// a count opening a sentence is no one's name; a crowd at a
		// foreign consulate is of the dateline's state, not the consulate's
		{"a_count_is_no_name", "Quito, May 3 (AP) — Ecuador expelled Colombia's consul, and Colombia expelled Ecuador's envoy in turn. Hundreds of students rallied outside the Colombian consulate on Thursday.", "2008-05-03",
			"Hundreds", nil},
		{"a_crowd_at_a_foreign_consulate_is_the_hosts", "Quito, May 3 (AP) — Ecuador expelled Colombia's consul, and Colombia expelled Ecuador's envoy in turn. Hundreds of students rallied outside the Colombian consulate on Thursday.", "2008-05-03",
			"students", []string{"new:organization:ecuadorian-protesters"}},
		{"teachers_not_opening_a_sentence_are_no_crowd", "The minister wants to keep teachers in Kenya in the classroom.", "2023-01-08", "teachers", nil},
	}
	runMentionCases(t, tests)
}
