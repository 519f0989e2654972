package event_test

import (
	"testing"

	"parley"
)

// TestReadoutTitlesBeforeNames checks the readout's way of naming a
// counterpart — the full title with its state, then the name — as the
// object of a verb and after "with", with or without "the" before the
// state, and a discussion held as a meeting.
func TestReadoutTitlesBeforeNames(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"received_title_of_the_state_then_name", "2022-05-14",
			"On Wednesday 11 May, President Niinistö received Prime Minister of the United Kingdom Boris Johnson in Helsinki.",
			want{typ: parley.Consult, source: "Boris Johnson", target: "Sauli Niinistö", date: "2022-05-11"},
			want{typ: parley.Consult, target: "United Kingdom"}},
		{"met_title_of_state_then_name", "2022-05-14",
			"President Niinistö met Prime Minister of Armenia Nikol Pashinyan on Wednesday.",
			want{typ: parley.Consult, source: "Sauli Niinistö", target: "Nikol Pashinyan"},
			want{}},
		{"talks_with_title_of_the_state_then_name", "2022-05-14",
			"President Niinistö held talks with Prime Minister of the United Kingdom Boris Johnson on Wednesday.",
			want{typ: parley.Consult, source: "Sauli Niinistö", target: "Boris Johnson"},
			want{}},
		{"a_telephone_discussion_held", "2022-05-14",
			"President of the Republic Sauli Niinistö held a telephone discussion with President of the Russian Federation Vladimir Putin on Saturday.",
			want{typ: parley.Consult, source: "Sauli Niinistö", target: "Vladimir Putin", date: "2022-05-14", medium: parley.Phone},
			want{}},
		{"a_list_that_ends_with_an_office_and_its_holder", "2018-03-09",
			"The President of Uzbekistan met Emomali Rahmon and the Chairman of the Majlisi Namoyandagon, Shukurjon Zuhurov.",
			want{typ: parley.Consult, source: "Shavkat Mirziyoyev", target: "Shukurjon Zuhurov"},
			want{}},
		{"two_subjects_each_with_title_of_state", "2020-12-17",
			"Prime Minister of India Shri Narendra Modi and Prime Minister of Bangladesh Sheikh Hasina held a virtual summit today.",
			want{typ: parley.Consult, source: "Narendra Modi", target: "Sheikh Hasina", medium: parley.Virtual, date: "2020-12-17"},
			want{typ: parley.Consult, target: "Bangladesh"}},
		{"a_title_inside_anothers_title", "2016-01-05",
			"Prime Minister Muhammad Nawaz Sharif telephoned Prime Minister Narendra Modi on Tuesday.\n\n" +
				"Three days later, External Affairs Minister Sushma Swaraj visited Islamabad and held talks with the Adviser to the Prime Minister on Foreign Affairs, Sartaj Aziz.",
			want{typ: parley.Consult, source: "Sushma Swaraj", target: "Sartaj Aziz"},
			want{typ: parley.Consult, source: "Sushma Swaraj", target: "Nawaz Sharif"}},
		{"a_leaders_stopover", "2016-01-05",
			"Prime Minister Modi stopped in Lahore on 25 December on his way home from Kabul.",
			want{typ: parley.Consult, source: "Narendra Modi", target: "Pakistan", date: "2015-12-25", medium: parley.InPerson},
			want{}},
		{"a_convoy_stopping_is_no_visit", "2016-01-05",
			"The convoy stopped in Kabul on Friday.",
			want{},
			want{typ: parley.Consult}},
		{"instruments_signed", "2020-12-17",
			"India and Bangladesh signed seven instruments covering trade on Thursday.",
			want{typ: parley.Agree, source: "India", target: "Bangladesh", date: "2020-12-17"},
			want{}},
		{"a_discussion_of_a_topic_is_no_meeting", "2022-05-14",
			"Niinistö led a discussion of the budget with lawmakers on Wednesday.",
			want{},
			want{typ: parley.Consult}},
	})
}

// TestReadoutTitlesInLists checks a readout's list of counterparts, each
// named by a full title and then the name: a state's body in the title,
// and the second and third names of the list after their own titles.
func TestReadoutTitlesInLists(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_body_of_the_state_in_the_title", "2020-10-23",
			"President Donald Trump spoke by telephone today with Chairman of the Sovereignty Council of Sudan Abdel Fattah al-Burhan.",
			[]want{{typ: parley.Consult, source: "Donald Trump", target: "Abdel Fattah al-Burhan", date: "2020-10-23", medium: parley.Phone}}},
		{"two_titled_names_joined_by_and", "2020-10-23",
			"President Donald Trump spoke by telephone with Prime Minister of Sudan Abdalla Hamdok and Prime Minister of Israel Benjamin Netanyahu.",
			[]want{{typ: parley.Consult, source: "Donald Trump", target: "Abdalla Hamdok"}, {typ: parley.Consult, source: "Donald Trump", target: "Benjamin Netanyahu"}}},
		{"three_titled_names_in_a_list", "2020-10-23",
			"President Donald Trump spoke by telephone today with Chairman of the Sovereignty Council of Sudan Abdel Fattah al-Burhan, Prime Minister of Sudan Abdalla Hamdok, and Prime Minister of Israel Benjamin Netanyahu.",
			[]want{{typ: parley.Consult, source: "Donald Trump", target: "Abdel Fattah al-Burhan"}, {typ: parley.Consult, source: "Donald Trump", target: "Abdalla Hamdok"},
				{typ: parley.Consult, source: "Donald Trump", target: "Benjamin Netanyahu"}}},
	})
}

// TestGuestsOnTheirOwnDays checks a host's guests received on days of
// their own: each meeting on its guest's day.
func TestGuestsOnTheirOwnDays(t *testing.T) {
	runEventCases(t, []eventCase{
		{"received_one_on_tuesday_the_other_on_thursday", "2020-07-10",
			"Emmanuel Macron received Avdullah Hoti at the Élysée on Tuesday and Aleksandar Vučić on Thursday.",
			[]want{{typ: parley.Consult, source: "Avdullah Hoti", target: "Emmanuel Macron", date: "2020-07-07"}, {typ: parley.Consult, source: "Aleksandar Vučić", target: "Emmanuel Macron", date: "2020-07-09"}}},
		{"hosted_with_places", "2020-07-10",
			"Emmanuel Macron hosted Avdullah Hoti in Paris on Tuesday and Aleksandar Vučić in Nice on Thursday.",
			[]want{{typ: parley.Consult, source: "Avdullah Hoti", target: "Emmanuel Macron", date: "2020-07-07", place: "Paris"}, {typ: parley.Consult, source: "Aleksandar Vučić", target: "Emmanuel Macron", date: "2020-07-09", place: "Nice"}}},
	})
}
