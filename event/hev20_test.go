package event_test

import (
	"testing"

	"parley"
)

// TestHev20 checks constructions found missing on news from Asia, the
// Gulf, Africa and Latin America.
func TestHev20(t *testing.T) {
	tests := []eventCase{
		// "is also to meet": an adverb between "is" and "to" still looks ahead.
		{"is_also_to_meet", "2018-03-09",
			"The President of Uzbekistan is also to meet the Prime Minister of India.",
			[]want{{typ: parley.Consult, source: "Shavkat Mirziyoyev", target: "Narendra Modi", status: parley.Planned}}},
		{"are_also_to_sign", "2018-03-09",
			"Japan and South Korea are also to sign a currency swap agreement.",
			[]want{{typ: parley.Agree, source: "Japan", target: "South Korea", status: parley.Planned}}},
		{"is_then_to_travel_for_talks", "2018-03-09",
			"The Chinese foreign minister is then to travel to Moscow for talks with Sergei Lavrov.",
			[]want{{typ: parley.Consult, source: "Wang Yi", target: "Sergey Lavrov", status: parley.Planned}}},
		{"is_now_to_visit", "2018-03-09",
			"Macron is now to visit Beijing in November.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "China", status: parley.Planned}}},
		{"is_later_to_meet", "2023-06-09",
			"Blinken is later to meet Chinese Foreign Minister Qin Gang in Beijing.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Qin Gang", status: parley.Planned}}},
		// An office the knowledge base holds no one for, then the name in
		// apposition: the person named is the one acted on.
		{"met_the_prime_minister_of_a_state_named_after", "2018-03-09",
			"Macron met the Prime Minister of Tajikistan, Qohir Rasulzoda, in Paris.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Qohir Rasulzoda"}}},
		{"talks_with_the_state_word_and_office_then_name", "2018-03-09",
			"Scholz held talks with the Tajik prime minister, Qohir Rasulzoda, in Berlin.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Qohir Rasulzoda"}}},
		{"criticised_the_foreign_minister_named_after", "2021-03-09",
			"Kenya's president criticised the Somali foreign minister, Abdisaid Muse Ali, for his remarks.",
			[]want{{typ: parley.Accuse, source: "Uhuru Kenyatta", target: "Abdisaid Muse Ali"}}},
		{"met_the_speaker_of_a_body_named_after", "2018-03-09",
			"Macron met the Speaker of the Kenyan National Assembly, Moses Wetangula, on Friday.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Moses Wetangula"}}},
		{"to_meet_two_office_holders_in_a_list", "2018-03-09",
			"The President of Uzbekistan is to meet the Prime Minister of Tajikistan, Qohir Rasulzoda, and the Chairman of the Majlisi Namoyandagon, Shukurjon Zuhurov.",
			[]want{{typ: parley.Consult, source: "Shavkat Mirziyoyev", target: "Qohir Rasulzoda", status: parley.Planned},
				{typ: parley.Consult, source: "Shavkat Mirziyoyev", target: "Shukurjon Zuhurov", status: parley.Planned}}},
		// "said A and that it did B": "it" is the one who said both.
		{"said_and_that_it_had_asked", "2019-07-20",
			"India said the crew were safe and that it had asked Tehran for their release.",
			[]want{{typ: parley.Request, source: "India", target: "Iran"}}},
		{"said_and_that_it_would_impose", "2019-07-20",
			"Germany said the talks had failed and that it would impose sanctions on Iran.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Iran", status: parley.Planned}}},
		{"announced_that_and_that_it_had_recalled", "2019-07-20",
			"The Kenyan foreign ministry announced that the embassy would close and that it had recalled its ambassador from Somalia.",
			[]want{{typ: parley.Sanction, source: "Ministry of Foreign Affairs of Kenya", target: "Somalia"}}},
		{"troops_deployed_by_the_speaker", "2019-07-20",
			"Ukraine said the attack had failed and that it had deployed troops to the border with Belarus.",
			[]want{{typ: parley.Mobilize, source: "Ukraine", target: "Belarus"}}},
		// The captain, skipper or staff of another's ship or body freed.
		{"released_the_captain_of_a_trawler", "2010-09-25",
			"Japan released the captain of a Chinese fishing trawler on Saturday.",
			[]want{{typ: parley.Retreat, source: "Japan", target: "China"}}},
		{"freed_the_skipper_of_a_boat", "2019-07-20",
			"Indonesia freed the skipper of a Vietnamese fishing boat.",
			[]want{{typ: parley.Retreat, source: "Indonesia", target: "Vietnam"}}},
		{"freed_staff_members_of_a_court", "2012-07-02",
			"Libya freed four staff members of the International Criminal Court.",
			[]want{{typ: parley.Retreat, source: "Libya", target: "International Criminal Court"}}},
		{"released_the_captains_of_tankers", "2019-07-20",
			"Iran released the captains of two Greek tankers.",
			[]want{{typ: parley.Retreat, source: "Iran", target: "Greece"}}},
		{"released_employees_of_an_embassy", "2019-07-20",
			"Russia released two employees of the US embassy.",
			[]want{{typ: parley.Retreat, source: "Russia", target: "Embassy of United States"}}},
		// "him", "her" after "to" or a modal and a bare verb: the one the
		// story was about, not the subject who acts on them.
		{"declined_to_receive_him", "2023-03-09",
			"Wang Yi visited Kenya on Monday. President Ruto declined to receive him.",
			[]want{{typ: parley.Reject, source: "William Ruto", target: "Wang Yi"}}},
		{"refused_to_meet_him", "2023-03-09",
			"Lavrov arrived in Ankara on Tuesday. Erdogan refused to meet him.",
			[]want{{typ: parley.Reject, source: "Recep Tayyip Erdoğan", target: "Sergey Lavrov"}}},
		{"will_receive_him", "2023-03-09",
			"Guterres flew to Moscow. Putin will receive him on Tuesday.",
			[]want{{typ: parley.Consult, source: "António Guterres", target: "Vladimir Putin", status: parley.Planned}}},
		{"did_not_meet_him", "2023-03-09",
			"Blinken travelled to Beijing. Xi Jinping did not meet him.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Antony Blinken", status: parley.Negated}}},
		{"expected_to_meet_her", "2023-03-09",
			"Baerbock visited Kyiv. Zelensky is expected to meet her on Friday.",
			[]want{{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Annalena Baerbock", status: parley.Planned}}},
		// Support for a process "in" a state is support for the state.
		{"support_for_the_peace_process_in", "2018-03-09",
			"Putin expressed support for the peace process in Afghanistan.",
			[]want{{typ: parley.Support, source: "Vladimir Putin", target: "Afghanistan"}}},
		{"support_for_the_reforms_in", "2018-03-09",
			"Germany expressed its support for the reforms in Ukraine.",
			[]want{{typ: parley.Support, source: "Germany", target: "Ukraine"}}},
		{"support_for_the_transition_in", "2019-09-09",
			"Japan reiterated its support for the democratic transition in Sudan.",
			[]want{{typ: parley.Support, source: "Japan", target: "Sudan"}}},
		{"backed_the_peace_process_in", "2018-03-09",
			"Macron backed the peace process in Colombia.",
			[]want{{typ: parley.Support, source: "Emmanuel Macron", target: "Colombia"}}},
		{"voiced_support_for_the_dialogue_in", "2018-03-09",
			"Norway voiced support for the national dialogue in Yemen.",
			[]want{{typ: parley.Support, source: "Norway", target: "Yemen"}}},
		// A joint statement's "The Heads of State", a readout's "The sides".
		{"the_heads_of_state_after_talks", "2018-03-09",
			"President Rahmon held talks with President Mirziyoyev in Dushanbe on Friday. The Heads of State expressed their support for the peace process in Afghanistan.",
			[]want{{typ: parley.Support, source: "Emomali Rahmon", target: "Afghanistan"}, {typ: parley.Support, source: "Shavkat Mirziyoyev", target: "Afghanistan"}}},
		{"the_heads_of_state_welcomed", "2023-03-09",
			"Putin received Erdogan in Sochi on Tuesday. The heads of state welcomed the reforms in Uzbekistan.",
			[]want{{typ: parley.Support, source: "Vladimir Putin", target: "Uzbekistan"}}},
		{"the_sides_agreed_after_talks", "2018-03-09",
			"Lavrov held talks with Wang Yi in Moscow on Monday. The sides agreed to hold consultations on Afghanistan.",
			[]want{{typ: parley.Agree, source: "Russia", target: "China"}}},
		{"the_sides_expressed_support", "2018-03-09",
			"Emomali Rahmon held talks with Shavkat Mirziyoyev in Dushanbe. The sides expressed support for the reforms in Afghanistan.",
			[]want{{typ: parley.Support, target: "Afghanistan", source: "Tajikistan"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		// An envoy in apposition still stands for the state.
		{"proposed_to_the_ambassador_is_the_state", "2023-02-10",
			"Ortega said his government had proposed the release to the U.S. ambassador, Kevin Sullivan.",
			want{target: "Kevin Sullivan", typ: parley.Request}},
		// A name after the comma that goes on to speak is not the office's.
		{"name_that_speaks_after_the_office", "2018-03-09",
			"Macron met the prime minister, Qohir Rasulzoda said.",
			want{typ: parley.Consult, target: "Qohir Rasulzoda"}},
		// A state named in the first clause may be what "it" stands for.
		{"it_after_another_state_in_the_first_clause", "2019-07-20",
			"Poland said Russia had broken the treaty and that it had deployed troops to the border.",
			want{typ: parley.Mobilize, source: "Poland"}},
		// "released" a statement or footage makes words public, frees no one.
		{"released_a_statement_to_journalists", "2019-07-20",
			"Japan released a statement to journalists of the Chinese press.",
			want{typ: parley.Retreat}},
		{"released_a_statement_to_members", "2019-07-20",
			"Japan released a statement to members of the Chinese press.",
			want{typ: parley.Retreat}},
		{"released_footage_of_soldiers", "2019-07-20",
			"The army released footage of the captured soldiers to Ukrainian media.",
			want{typ: parley.Retreat}},
		// Talks held "in" a city name where, not whom.
		{"welcomed_the_talks_in_a_city", "2018-03-09",
			"Germany welcomed the talks in Geneva.",
			want{typ: parley.Support}},
		// "is still to meet": yet to happen.
		{"still_to_meet_not_occurred", "2018-03-09",
			"The President of Uzbekistan is still to meet the Prime Minister of India.",
			want{typ: parley.Consult, status: parley.Occurred}},
	})
}
