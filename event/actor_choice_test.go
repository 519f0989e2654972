package event_test

import (
	"testing"

	"parley"
)

// japanStory opens a story whose main state is Japan.
const japanStory = "Japan protested on Monday. Japan said the drills were dangerous. Japanese Prime Minister Fumio Kishida spoke to reporters. "

// TestActorsPicked checks events whose actor is one of several the text
// could mean: a family name alone among namesakes, a ministry named
// without its state, a department several states have.
func TestActorsPicked(t *testing.T) {
	tests := []eventCase{
		// A family name alone: the bearer of a state the story names, the
		// one named first, or the one in office, not kin named later.
		{"surname_of_the_state_in_the_story", "2024-05-10",
			"The United States and Israel are at odds over Rafah. Harris criticised Israel on Thursday.",
			[]want{{typ: parley.Accuse, source: "Kamala Harris", target: "Israel", date: "2024-05-09"}}},
		{"surname_after_a_father_named_later", "2017-12-06",
			"Saad Hariri withdrew his resignation on Tuesday. His father, Rafik Hariri, was killed in 2005. Hariri met Macron in Paris on 18 November.",
			[]want{{typ: parley.Consult, source: "Saad Hariri", target: "Emmanuel Macron", date: "2017-11-18"}}},
		{"surname_after_an_unknown_father", "2023-08-31",
			"Army officers placed President Ali Bongo Ondimba under house arrest. He came to power after the death of his father, Omar Bongo, in 2009. Opposition leader Albert Ondo Ossa accused Bongo of fraud on Sunday.",
			[]want{{typ: parley.Accuse, source: "Albert Ondo Ossa", target: "Ali Bongo Ondimba", date: "2023-08-27"}}},
		// A ministry named bare: the speaker's, or the other side's when
		// it deals with the state the story is about.
		{"ministry_in_its_speakers_words", "2023-08-10",
			japanStory + "Wang Yi said the foreign ministry had summoned the Japanese ambassador on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "Japan", date: "2023-08-08"}}},
		{"titled_ministry_in_its_speakers_words", "2024-05-10",
			"Germany said on Monday that Germany would act. Germany's chancellor spoke. Lavrov said the Ministry of Foreign Affairs had summoned the German ambassador on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Russia", target: "Germany", date: "2024-05-07"}}},
		{"ministry_cutting_contacts_with_the_main_state", "2023-08-10",
			japanStory + "Chinese Foreign Minister Wang Yi cancelled a trip to Japan. The defence ministry said on Tuesday it was cutting all military contacts with Tokyo.",
			[]want{{typ: parley.Sanction, source: "Ministry of National Defense of China", target: "Japan", date: "2023-08-08"}}},
		// A family name after a title: who holds or last held the office.
		{"titled_surname_is_the_holder_on_the_day", "2024-05-10",
			"Former Prime Minister Nawaz Sharif spoke on Monday. Prime Minister Sharif accused India of lying on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Shehbaz Sharif", target: "India", date: "2024-05-07"}}},
		{"titled_surname_is_the_last_holder_over_a_namesake", "2022-09-05",
			"Sri Lanka's debt grew. A loan was signed during a visit by Basil Rajapaksa, then finance minister. In January, President Rajapaksa urged China to restructure the debt.",
			[]want{{typ: parley.Request, source: "Gotabaya Rajapaksa", target: "China", date: "2022-01"}}},
		// "The Russian minister": the one just named.
		{"state_minister_just_named", "2024-05-10",
			"Lavrov met Wang Yi in Beijing on Monday. The Russian minister accused the United States of stoking tensions.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "United States", date: "2024-05-06"}}},
		// "he" after "X said that": the speaker.
		{"he_is_the_speaker_before_said", "2024-05-10",
			"Trump spoke with Putin on Friday, and Zelensky said on Saturday that he had invited Erdogan to Kyiv.",
			[]want{{typ: parley.Request, source: "Volodymyr Zelensky", target: "Recep Tayyip Erdoğan"}}},
		// A royal's given name after the full name; a capital after "the
		// government in".
		{"royal_given_name_after_the_full_name", "2023-04-06",
			"Qin Gang met Saudi Foreign Minister Prince Faisal bin Farhan Al Saud on Thursday. Prince Faisal thanked China for hosting the talks.",
			[]want{{typ: parley.Support, source: "Faisal bin Farhan", target: "China", date: "2023-04-06"}}},
		{"the_government_in_a_capital", "2023-07-13",
			"South Africa said on Monday that South Africa would act. South Africa's president spoke. The government in Maputo accused Pretoria of delaying the case on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Mozambique", target: "South Africa", date: "2023-07-11"}}},
		// A state's word two states share: the one named otherwise.
		{"shared_state_word_of_the_state_named", "2024-05-10",
			"President Denis Sassou Nguesso spoke in Brazzaville on Monday. The Congolese government signed an agreement with China on Tuesday.",
			[]want{{typ: parley.Agree, source: "Republic of the Congo", target: "China", date: "2024-05-07"}}},
		// A body the knowledge base gives to a state the story never names.
		{"department_of_the_state_in_the_story", "2024-05-10",
			"Ireland said on Monday that Ireland would act. Irish Prime Minister Simon Harris spoke. The Department of Agriculture signed an agreement with Vietnam on Tuesday.",
			[]want{{typ: parley.Agree, source: "Department of Agriculture of Ireland", target: "Vietnam", date: "2024-05-07"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"the_father_is_not_the_one_who_met", "2017-12-06",
			"Saad Hariri withdrew his resignation on Tuesday. His father, Rafik Hariri, was killed in 2005. Hariri met Macron in Paris on 18 November.",
			want{typ: parley.Consult, source: "Rafic Hariri", target: "Emmanuel Macron"}},
		{"a_ministry_dealing_with_the_main_state_is_not_its", "2023-08-10",
			japanStory + "Chinese Foreign Minister Wang Yi cancelled a trip to Japan. The defence ministry said on Tuesday it was cutting all military contacts with Tokyo.",
			want{typ: parley.Sanction, source: "Ministry of Defence of Japan", target: "Japan"}},
		{"he_is_not_the_one_who_opened_the_sentence", "2024-05-10",
			"Trump spoke with Putin on Friday, and Zelensky said on Saturday that he had invited Erdogan to Kyiv.",
			want{typ: parley.Request, source: "Donald Trump", target: "Recep Tayyip Erdoğan"}},
		{"an_aircrafts_model_is_no_person", "2020-03-05",
			"Turkish jets shot down a Su-24 over Idlib on Sunday.",
			want{typ: parley.Assault, source: "Turkey", target: "Su Jia-chyuan"}},
		{"a_longer_name_is_not_the_king_its_first_word_names", "2018-10-20",
			"King Salman spoke on Friday. Saud al-Qahtani accused Qatar of lying on Saturday.",
			want{typ: parley.Accuse, source: "Salman of Saudi Arabia", target: "Qatar"}},
		{"a_longer_name_accused_is_not_the_king", "2018-10-20",
			"King Salman spoke on Friday. Qatar accused Saud al-Qahtani of lying on Saturday.",
			want{typ: parley.Accuse, source: "Qatar", target: "Salman of Saudi Arabia"}},
	})
}
