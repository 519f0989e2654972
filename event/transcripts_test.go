package event_test

import (
	"testing"

	"parley"
)

// TestTranscriptTurns checks what a briefing's speaker does by speaking:
// the turn's "we" is the speaker, what the speaker performs in the
// present is of the briefing's day, and what the speaker says others did
// is coded as it would be in quotation marks. Added in the thirty-first
// session.
func TestTranscriptTurns(t *testing.T) {
	briefing := func(answer string) string {
		return "Ned Price, Department Spokesperson, Washington, D.C.\n\n" +
			"QUESTION: Ned, do you have anything on the talks?\n\n" +
			"MR PRICE: " + answer + "\n\n" +
			"QUESTION: Thank you, Ned."
	}
	runRuledOut(t, []ruledOutCase{
		{"we_urge_is_the_speakers_and_of_the_day", "2022-03-02",
			briefing("Thanks for the question. We urge China to use its influence with Russia to end this war."),
			want{typ: parley.Request, source: "Ned Price", target: "China", date: "2022-03-02"},
			want{}},
		{"we_condemn_firmly", "2022-03-02",
			briefing("We strongly condemn Russia's strikes on civilians in Kharkiv."),
			want{typ: parley.Accuse, source: "Ned Price", target: "Russia", date: "2022-03-02"},
			want{}},
		{"what_was_done_before_keeps_no_day", "2022-03-02",
			briefing("We have expressed our grave concern to Beijing many times."),
			want{typ: parley.Accuse, source: "Ned Price", target: "China", date: "-"},
			want{}},
		{"a_deed_in_the_second_sentence", "2022-03-02",
			briefing("Good afternoon, everyone. Secretary Blinken spoke with Foreign Minister Dmytro Kuleba of Ukraine this morning."),
			want{typ: parley.Consult, source: "Antony Blinken", target: "Dmytro Kuleba", date: "2022-03-02"},
			want{}},
		{"a_turn_says_its_sentences", "2022-03-02",
			briefing("Thank you. The Kremlin has been spreading disinformation about Ukraine for weeks."),
			want{typ: parley.Accuse, source: "Ned Price", target: "Russia", date: "2022-03-02"},
			want{}},
		{"a_deed_after_a_fronted_clause_without_a_comma", "2022-03-02",
			briefing("Look, we value the relationship. When Secretary Blinken visited Kyiv last month he met President Zelensky and pledged more help."),
			want{typ: parley.Consult, source: "Antony Blinken", target: "Volodymyr Zelensky", date: "2022-02"},
			want{}},
		{"the_two_leaders_of_a_call_told", "2022-03-02",
			briefing("Yes. Secretary Blinken spoke with Foreign Minister Dmytro Kuleba this morning, and the two leaders agreed to set up a channel for consultations on the war."),
			want{typ: parley.Agree, source: "Antony Blinken", target: "Dmytro Kuleba"},
			want{}},
		{"a_turn_reporting_a_call_accuses_no_one", "2022-03-02",
			briefing("Secretary Blinken spoke with Foreign Minister Dmytro Kuleba of Ukraine this morning."),
			want{},
			want{typ: parley.Accuse, source: "Ned Price"}},
		{"a_finding_reported_is_not_the_speakers", "2021-11-03",
			briefing("The report was released today. It found that Eritrean forces committed serious abuses against civilians in Tigray."),
			want{},
			want{typ: parley.Accuse, source: "Ned Price"}},
		{"a_second_call_on_after_and_we", "2021-11-03",
			briefing("We call on the TPLF to withdraw from Amhara and Afar, and we call on the Ethiopian government to end its air strikes."),
			want{typ: parley.Request, source: "Ned Price", target: "Ethiopia", date: "2021-11-03"},
			want{}},
		{"a_second_verb_shares_we", "2021-04-12",
			"Saeed Khatibzadeh, Foreign Ministry Spokesman\n\nQ: What is your reaction to the incident at Natanz?\n\n" +
				"MR KHATIBZADEH: We condemn this act of terrorism and call on the International Atomic Energy Agency to respond.\n\nQ: Thank you.",
			want{typ: parley.Request, source: "Saeed Khatibzadeh", target: "International Atomic Energy Agency", date: "2021-04-12"},
			want{}},
		{"a_vow_of_revenge_is_of_the_day", "2021-04-12",
			"Saeed Khatibzadeh, Foreign Ministry Spokesman\n\nQ: What is your reaction to the incident at Natanz?\n\n" +
				"MR KHATIBZADEH: We will take our revenge on the Zionist regime at the appropriate time.\n\nQ: Thank you.",
			want{typ: parley.Threaten, source: "Saeed Khatibzadeh", target: "Israel", status: parley.Occurred, date: "2021-04-12"},
			want{}},
		{"the_states_stance_is_the_speakers", "2024-05-24",
			"Mao Ning, Foreign Ministry Spokesperson\n\nQuestion: Can you confirm the meeting?\n\n" +
				"Mao Ning: China is ready to work with Japan to advance trilateral cooperation.\n\nQuestion: Thank you.",
			want{typ: parley.Agree, source: "Mao Ning", target: "Japan", date: "2024-05-24"},
			want{typ: parley.Agree, source: "China"}},
		{"a_judgement_is_of_the_briefings_day", "2024-05-24",
			"Mao Ning, Foreign Ministry Spokesperson\n\nQuestion: What is your comment?\n\n" +
				"Mao Ning: Lai Ching-te's speech on May 20 was a blatant provocation. We urge the US to stop arming Taiwan.\n\nQuestion: Thank you.",
			want{typ: parley.Request, source: "Mao Ning", target: "United States", date: "2024-05-24"},
			want{typ: parley.Request, source: "Mao Ning", date: "2024-05-20"}},
		{"the_states_deed_stays_the_states", "2024-05-24",
			"Mao Ning, Foreign Ministry Spokesperson\n\nQuestion: What measures has China taken?\n\n" +
				"Mao Ning: China imposed sanctions on Lockheed Martin last year.\n\nQuestion: Thank you.",
			want{},
			want{typ: parley.Sanction, source: "Mao Ning"}},
		{"the_states_urging_in_a_turn", "2024-05-24",
			"Mao Ning, Foreign Ministry Spokesperson\n\nQuestion: What is your comment?\n\n" +
				"Mao Ning: We have noted the reports. China urges the US side to stop arming Taiwan.\n\nQuestion: Thank you.",
			want{typ: parley.Request, source: "Mao Ning", target: "United States", date: "2024-05-24"},
			want{}},
		{"an_own_officials_talks_announced", "2019-09-20",
			"Geng Shuang, Foreign Ministry Spokesperson\n\nQUESTION: Can you confirm the visit?\n\n" +
				"GENG SHUANG: I can confirm that. State Councilor and Foreign Minister Wang Yi will hold talks with Foreign Minister Jeremiah Manele in Beijing tomorrow.\n\nQUESTION: Thank you.",
			want{typ: parley.Consult, source: "Wang Yi", target: "Jeremiah Manele", status: parley.Planned, date: "2019-09-21"},
			want{}},
		{"an_own_leaders_visit_announced", "2023-06-12",
			"Wang Wenbin, Foreign Ministry Spokesperson\n\nQuestion: Is the trip confirmed?\n\n" +
				"Wang Wenbin: At the invitation of Prime Minister Anthony Albanese, Premier Li Qiang will pay an official visit to Australia.\n\nQuestion: Thank you.",
			want{typ: parley.Consult, source: "Li Qiang", target: "Anthony Albanese", status: parley.Planned},
			want{typ: parley.Threaten}}, // ("will pay" a visit is no price to pay)
		{"another_states_plan_stays_speech", "2019-09-20",
			"Geng Shuang, Foreign Ministry Spokesperson\n\nQUESTION: What about Japan?\n\n" +
				"GENG SHUANG: I have seen the reports. Japan will hold talks with the Philippines tomorrow.\n\nQUESTION: Thank you.",
			want{},
			want{typ: parley.Consult, source: "Japan"}},
		{"the_secretary_at_a_briefing_with_an_honorific", "2016-01-04",
			"John Kirby, Spokesperson, Washington, DC\n\nQUESTION: Who has the Secretary spoken to?\n\n" +
				"MR KIRBY: Sure. The Secretary has been working the phones since Saturday. He spoke with Foreign Minister Zarif by telephone on Sunday.\n\nQUESTION: Thank you.",
			want{typ: parley.Consult, source: "John Kerry", target: "Mohammad Javad Zarif", date: "2016-01-03"},
			want{typ: parley.Consult, source: "John Kirby"}},
		{"an_own_presidents_intent", "2022-01-03",
			"Ned Price, Department Spokesperson, Washington, DC\n\nQUESTION: What about trade?\n\n" +
				"MR PRICE: Second, as you saw, yesterday the President informed Congress that he intends to end Ethiopia's eligibility for trade benefits under AGOA.\n\nQUESTION: Thank you.",
			want{typ: parley.Sanction, source: "Joe Biden", target: "Ethiopia"},
			want{}},
		{"the_government_asked_about_is_not_the_answerers", "2021-11-03",
			"Ned Price, Department Spokesperson, Washington, DC\n\nQUESTION: Ethiopia struck Mekelle again this week, and Ethiopia says the strikes will go on until Ethiopia's army retakes the north. On the air strikes, the government has said it was hitting TPLF military targets in Mekelle.\n\n" +
				"MR PRICE: We have seen those reports.\n\nQUESTION: Thank you.",
			want{},
			want{typ: parley.Assault, source: "United States"}},
		{"the_question_is_not_the_speakers", "2022-03-02",
			"Ned Price, Department Spokesperson, Washington, D.C.\n\n" +
				"QUESTION: Will you urge China to use its influence with Russia?\n\n" +
				"MR PRICE: I do not have anything to add on that today, and I will leave it there.\n\n" +
				"QUESTION: Thank you, Ned.",
			want{},
			want{typ: parley.Request, source: "Ned Price"}},
	})
}

// TestDeedsInLaterSentencesOfAQuotation checks that a named actor's deed
// opening a later sentence of a quotation is told as done, as one opening
// its first sentence is.
func TestDeedsInLaterSentencesOfAQuotation(t *testing.T) {
	runEventCases(t, []eventCase{
		{"second_sentence_of_a_quotation", "2022-03-02",
			`"This is a dark day. Russian forces shelled Kharkiv overnight," Ukrainian Foreign Minister Dmytro Kuleba said.`,
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
	})
}

// TestBriefingsOwnOfficeHolder checks that a briefing's transcript, whose
// answers a known spokesperson gives, is that government's own text: its
// bare "the Prime Minister" is that state's, though the text names no one
// with the title.
func TestBriefingsOwnOfficeHolder(t *testing.T) {
	text := "Transcript of Weekly Media Briefing by the Official Spokesperson\n\n" +
		"ARINDAM BAGCHI: Good afternoon. Let us go straight to your questions.\n\n" +
		"QUESTION: Will the Prime Minister attend the BRICS summit?\n\n" +
		"ARINDAM BAGCHI: The summit will be held virtually on 9 September. The Prime Minister will host President Jair Bolsonaro and President Cyril Ramaphosa."
	asked := "Transcript of Weekly Media Briefing by the Official Spokesperson\n\n" +
		"QUESTION: Did the Prime Minister discuss Afghanistan with other leaders last week?\n\n" +
		"ARINDAM BAGCHI: Yes. He spoke by telephone with Chancellor Angela Merkel on 23 August."
	runRuledOut(t, []ruledOutCase{
		{"the_prime_minister_of_the_spokespersons_state", "2021-09-02", text,
			want{typ: parley.Consult, source: "Narendra Modi", target: "Jair Bolsonaro", status: parley.Planned},
			want{}},
		{"he_in_the_answer_is_the_one_asked_about", "2021-09-02", asked,
			want{typ: parley.Consult, source: "Narendra Modi", target: "Angela Merkel", date: "2021-08-23", medium: parley.Phone},
			want{}},
	})
}
