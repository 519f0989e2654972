package actor

import "testing"

// TestNamesakes covers the choice among people who share a family name
// when the name stands alone: the one the article named first, the one
// in office on the day, a bearer of a state the article names, and kin
// introduced after the person who keep the family name theirs.
func TestNamesakes(t *testing.T) {
	tests := []mentionCase{
		{"an_armed_group_of_the_storys_state", "Macedonia signed the accord in Skopje. Macedonia's army lost ten soldiers. Macedonia's president condemned the attack. A unit of the National Liberation Army ambushed the convoy.", "2001-08-13", "National Liberation Army", []string{"new:organization:national-liberation-army"}},
		{"an_armed_group_of_its_own_state", "Colombia resumed talks. Colombia's president said Colombia wanted peace. The National Liberation Army freed two hostages.", "2023-08-13", "National Liberation Army", []string{"org:eln"}},
		{"surname_of_a_state_the_story_names", "The United States and Israel are at odds over Rafah. Harris criticised Israel on Thursday.", "2024-05-10", "Harris", []string{"person:kamala-harris"}},
		{"surname_of_the_other_state_the_story_names", "Ireland said on Monday it would recognise Palestine. Harris criticised Israel on Thursday.", "2024-05-10", "Harris", []string{"person:simon-harris"}},
		{"surname_after_both_namesakes_is_the_one_named_first", "Saad Hariri withdrew his resignation on Tuesday. His father, Rafik Hariri, was killed in 2005. Hariri met Macron in Paris.", "2017-12-06", "Hariri", []string{"person:saad-hariri"}},
		{"surname_after_both_namesakes_is_the_one_in_office", "Rafik Hariri was killed in 2005. His son Saad Hariri leads the government. Hariri met Macron in Paris.", "2017-12-06", "Hariri", []string{"person:saad-hariri"}},
		{"a_father_named_after_his_son_leaves_him_the_surname", "Army officers placed President Ali Bongo Ondimba under house arrest. He came to power after the death of his father, Omar Bongo, in 2009. The opposition accused Bongo of fraud.", "2023-08-31", "Bongo", []string{"person:ali-bongo-ondimba"}},
		{"a_son_named_with_a_double_surname_leaves_it_too", "Army officers placed President Ali Bongo Ondimba under house arrest. They arrested one of his sons, Noureddin Bongo Valentin. The opposition accused Bongo of fraud.", "2023-08-31", "Bongo", []string{"person:ali-bongo-ondimba"}},
	}
	runMentionCases(t, tests)
}

// japanStory opens a story whose main state is Japan, for the bare
// ministries named after it.
const japanStory = "Japan protested on Monday. Japan said the drills were dangerous. Japanese Prime Minister Fumio Kishida spoke to reporters. "

// TestBareMinistries covers "the foreign ministry", "the defence ministry"
// named with no state: the speaker's, the article's unless it is the
// ministry's counterpart, then the state acting just before, else none.
func TestBareMinistries(t *testing.T) {
	tests := []mentionCase{
		{"a_ministry_in_its_speakers_words", japanStory + "Wang Yi said the foreign ministry had summoned the Japanese ambassador.", "2023-08-10", "the foreign ministry", []string{"org:mfa-china"}},
		{"a_ministry_summoning_the_speakers_envoy_is_not_the_speakers", "China said on Monday that China would act. China's president spoke. Blinken said the foreign ministry had summoned the US ambassador.", "2024-05-10", "the foreign ministry", []string{"org:mfa-china"}},
		{"a_ministry_dealing_with_the_main_state_is_the_other_sides", japanStory + "Chinese Foreign Minister Wang Yi cancelled a trip to Japan. The defence ministry said on Tuesday it was cutting all military contacts with Tokyo.", "2023-08-10", "The defence ministry", []string{"org:mnd-china"}},
		{"a_ministry_attributing_a_report_stays_the_main_states", japanStory + "Chinese warships sailed near the islands on Sunday, the defence ministry said.", "2023-08-10", "the defence ministry", []string{"org:mod-japan"}},
		{"a_ministry_dealing_with_the_main_state_after_a_paragraph_is_unclear", japanStory + "China's foreign minister cancelled a trip to Japan.\n\nThe defence ministry said on Tuesday it was cutting all military contacts with Tokyo.", "2023-08-10", "The defence ministry", nil},
		{"a_titled_ministry_in_its_speakers_words", "Germany said on Monday that Germany would act. Germany's chancellor spoke. Lavrov said the Ministry of Foreign Affairs had summoned the German ambassador.", "2024-05-10", "Ministry of Foreign Affairs", []string{"org:mfa-russia"}},
		{"a_titled_ministry_attributing_a_report_stays_the_main_states", "Germany said on Monday that Germany would act. Germany's chancellor spoke. Russian warships sailed near Kiel on Sunday, the Ministry of Defence said.", "2024-05-10", "Ministry of Defence", []string{"org:german-defence-ministry"}},
		{"a_ministry_after_a_place_opening_the_sentence", japanStory + "In Beijing, the defence ministry said it would respond.", "2023-08-10", "the defence ministry", []string{"org:mnd-china"}},
		{"a_place_in_a_name_before_a_ministry_is_no_scene", "Brazil said on Monday that Brazil would return. Brazil's president spoke. The text of the Declaration of Buenos Aires is on the website of the Ministry of Foreign Affairs.", "2023-01-24", "Ministry of Foreign Affairs", []string{"org:itamaraty"}},
		{"a_ministry_after_a_strike_with_no_main_state_is_unclear", "Israel struck targets in Iran on Friday. The foreign ministry condemned the attack.", "2024-05-10", "The foreign ministry", nil},
	}
	runMentionCases(t, tests)
}

// TestBodiesOfStatesUnnamed covers bodies the knowledge base knows by a
// name other states' bodies share ("Department of Agriculture", "National
// Guard"): in a story that names the base's state nowhere, the local
// state's; a body joined to another state's is not that state's.
func TestBodiesOfStatesUnnamed(t *testing.T) {
	irish := "Ireland said on Monday that Ireland would act. Irish Prime Minister Simon Harris spoke. "
	tests := []mentionCase{
		{"a_department_in_a_story_of_another_state", irish + "The Department of Agriculture said on Monday it would compensate farmers.", "2024-05-10", "Department of Agriculture", []string{"org:irl-department-of-agriculture"}},
		{"a_department_in_a_story_of_its_state", "US President Joe Biden spoke on Monday. The Department of Agriculture said on Monday it would compensate farmers.", "2024-05-10", "Department of Agriculture", []string{"org:usda"}},
		{"a_department_joined_to_the_hosts_ministry_is_not_the_hosts", "HANOI — Vietnam and Ireland held talks on Monday. Vietnam said trade would grow. The Department of Agriculture and Vietnam's Ministry of Agriculture signed an agreement on rice.", "2024-05-10", "Department of Agriculture", []string{"new:organization:department-of-agriculture"}},
		{"a_department_only_one_state_has_stays_its", "Iran said on Monday that Iran would act. Iran's president spoke. The State Department said on Monday it would respond.", "2024-05-10", "The State Department", []string{"org:us-state-department"}},
		{"a_guard_the_acting_leader_sends_is_her_states", "The United States said on Monday that tariffs would rise. The United States warned Mexico. Trump spoke. Sheinbaum agreed on Monday to send 10,000 National Guard troops to the border.", "2025-02-10", "National Guard", []string{"org:guardia-nacional-mexico"}},
	}
	runMentionCases(t, tests)
}

// TestLongerNames covers a family name of someone named that opens
// another person's longer name: "Saud al-Qahtani" after King Salman (Al
// Saud) is a new person, whose apposition stops before the next name.
func TestLongerNames(t *testing.T) {
	text := "King Salman dismissed Saud al-Qahtani, a senior adviser at the royal court, and Ahmed al-Assiri on Saturday."
	runMentionCases(t, []mentionCase{
		{"a_name_going_on_with_a_particle_is_another_person", text, "2018-10-20", "Saud al-Qahtani", []string{"new:person:saud-al-qahtani"}},
		{"its_first_word_is_no_mention_of_the_king", text, "2018-10-20", "Saud", nil},
	})
	r := resolve(t, text, "2018-10-20")
	for _, a := range r.Actors {
		if a.ID == "new:person:saud-al-qahtani" && a.Role != "senior adviser at the royal court" {
			t.Errorf("role %q, want the apposition up to the next name", a.Role)
		}
	}
}

// TestTitledSurnames covers a family name after a title: the bearer who
// holds the office on the day, after "former" the one who held it, and
// when none holds it now the one who held it last — over a namesake the
// article named before.
func TestTitledSurnames(t *testing.T) {
	tests := []mentionCase{
		{"the_title_holder_on_the_day_over_a_former_one_named", "Former Prime Minister Nawaz Sharif spoke. Prime Minister Sharif met the envoy.", "2024-05-10", "Prime Minister Sharif", []string{"person:shehbaz-sharif"}},
		{"a_former_title_is_the_former_holders", "Prime Minister Shehbaz Sharif spoke. Former Prime Minister Sharif met the envoy.", "2024-05-10", "Former Prime Minister Sharif", []string{"person:nawaz-sharif"}},
		{"a_title_held_last_over_a_namesake_introduced", "Sri Lanka's debt grew. A loan was signed during a visit by Basil Rajapaksa, then finance minister. In January, President Rajapaksa asked Beijing to restructure the debt.", "2022-09-05", "President Rajapaksa", []string{"person:gotabaya-rajapaksa"}},
		{"a_title_of_a_state_unnamed_leaves_the_namesake", "Dr. Jane Bush, president of the farmers' union, spoke. President Bush said the union would strike.", "2024-05-10", "President Bush", []string{"new:person:jane-bush"}},
	}
	runMentionCases(t, tests)
}

// TestSharedStateWords covers a state's word that two states share
// ("Congolese"): the one the article has named by other means.
func TestSharedStateWords(t *testing.T) {
	tests := []mentionCase{
		{"the_state_whose_president_was_named", "President Denis Sassou Nguesso spoke in Brazzaville on Monday. The Congolese government signed a deal with China.", "2024-05-10", "Congolese government", []string{"state:COG"}},
		{"the_other_state_whose_president_was_named", "President Felix Tshisekedi spoke in Kinshasa on Monday. The Congolese government accused Rwanda.", "2024-05-10", "Congolese government", []string{"state:COD"}},
	}
	runMentionCases(t, tests)
}

// TestStateMinister covers "the Russian minister": the minister of that
// state the text has just named, and none when it has named none.
func TestStateMinister(t *testing.T) {
	tests := []mentionCase{
		{"the_minister_of_the_state_just_named", "Lavrov met Wang Yi in Beijing. The Russian minister said ties were strong.", "2024-05-10", "The Russian minister", []string{"person:sergey-lavrov"}},
		{"the_other_states_minister", "Lavrov met Wang Yi in Beijing. The Chinese minister said ties were strong.", "2024-05-10", "The Chinese minister", []string{"person:wang-yi"}},
		{"no_minister_named_is_no_guess", "The Russian minister said ties were strong.", "2024-05-10", "The Russian minister", nil},
	}
	runMentionCases(t, tests)
}

// TestSpeakersPronoun covers "he", "she" or "his" right after a reporting
// verb: the person named before the verb, whoever opened the sentence or
// was named last before.
func TestSpeakersPronoun(t *testing.T) {
	tests := []mentionCase{
		{"he_after_the_speakers_said_that", "Trump spoke with Putin, and Zelensky said on Saturday that he would travel to Washington.", "2025-08-16", "he", []string{"person:volodymyr-zelensky"}},
		{"his_after_the_speakers_said", "In a letter to the bloc's chief, John Smith, Kenyan President William Ruto said his government would leave the bloc.", "2024-05-10", "his government", []string{"state:KEN"}},
		{"a_speaker_of_the_other_gender_is_not_he", "Trump spoke with Meloni, and Meloni said he would travel to Rome.", "2025-08-16", "he", []string{"person:donald-trump"}},
	}
	runMentionCases(t, tests)
}

// TestNamesOutOfContext covers words taken for a known person or state
// that the context gives to another: a royal's given name, a family name
// inside a longer name or before the local person's full name, a capital
// after "the government in".
func TestNamesOutOfContext(t *testing.T) {
	tests := []mentionCase{
		{"a_royals_given_name_after_the_full_name", "Qin Gang met Saudi Foreign Minister Prince Faisal bin Farhan Al Saud on Thursday. Prince Faisal thanked China for hosting the talks.", "2023-04-06", "Prince Faisal", []string{"person:faisal-bin-farhan"}},
		{"the_other_royal_of_that_given_name", "Saudi Foreign Minister Saud al-Faisal spoke. Prince Faisal thanked China.", "2015-01-06", "Prince Faisal", []string{"person:saud-al-faisal"}},
		{"a_family_name_after_a_particle_inside_a_name", "said Mercedes Rangel, a researcher at the Observatorio Caribe de Paz in Barranquilla.", "2023-06-10", "Paz", nil},
		{"a_family_name_before_the_local_full_name", "Chang finally on his way to New York\n\nFormer finance minister Manuel Chang was extradited from South Africa to the United States on Wednesday.", "2023-07-13", "Chang", nil},
		{"a_family_name_in_an_aircrafts_model_number", "Turkey said two of the regime's Su-24 aircraft were shot down over Idlib.", "2020-03-05", "Su", nil},
		{"the_government_in_a_capital", "South Africa said on Monday that South Africa would act. South Africa's president spoke. The government in Maputo has not commented.", "2023-07-13", "The government", []string{"state:MOZ"}},
	}
	runMentionCases(t, tests)
}

// TestTitledSurnameOfOneNamed checks that a title and a family name after
// a person named in full is that person, not a namesake who once held the
// title in a state the article never names.
func TestTitledSurnameOfOneNamed(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"president_michel_after_charles_michel", "Boris Johnson met the President of the European Council, Charles Michel, by videoconference. President Michel replied that the Union was ready.", "2020-06-15", "President Michel", []string{"person:charles-michel"}},
	})
}

// TestBodiesOfAnotherStateNamed covers a body the knowledge base knows
// by a name another state's body shares, followed by "of" and that other
// state: the other state's body, not the known one.
func TestBodiesOfAnotherStateNamed(t *testing.T) {
	tests := []mentionCase{
		{"a_council_of_another_state_is_that_states", "The three republics were recognised on Friday by the State Council of the USSR.", "1991-09-08", "State Council of the USSR", []string{"new:organization:state-council-of-the-ussr"}},
		{"a_council_of_its_own_state_stays_the_known_one", "The State Council of China approved the plan on Friday.", "2021-09-08", "State Council of China", []string{"org:state-council-china"}},
		{"a_council_alone_stays_the_known_one", "The State Council approved the plan on Friday, Xinhua said.", "2021-09-08", "State Council", []string{"org:state-council-china"}},
	}
	runMentionCases(t, tests)
}

// TestStatesOfTwoWordsInCompounds covers a compound like "-flagged" after
// a state's name of two words ("the South Korean-flagged tanker"): the
// state, named from the word before the hyphenated one.
func TestStatesOfTwoWordsInCompounds(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_two_word_demonym_flagged", "Iran seized the South Korean-flagged tanker on Monday.", "2021-02-03", "South Korean-flagged", []string{"state:KOR"}},
		{"a_one_word_demonym_flagged", "Iran seized a British-flagged tanker on Monday.", "2021-02-03", "British-flagged", []string{"state:GBR"}},
	})
}

// TestCommandsNamedShort covers a military command named without its
// state after the state's military in the possessive: "the U.S.
// military's European Command".
func TestCommandsNamedShort(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"european_command_after_the_us_military", "In a statement on Tuesday, the U.S. military's European Command said the jet had been damaged.", "2023-03-15", "European Command", []string{"org:eucom"}},
	})
}
