package event_test

import (
	"testing"

	"parley"
)

// TestMeetings checks meetings, calls, visits and agreements: each case
// names the events the text must yield (nil: none).
func TestMeetings(t *testing.T) {
	tests := []eventCase{
		// The month "May" after a meeting noun is no modal "may".
		{"talks_on_may_third", "2024-06-10",
			"Biden and Xi held talks on May 3 in Beijing.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Xi Jinping", status: parley.Occurred, date: "2024-05-03"}}},
		{"call_on_may_fourteenth", "2024-06-10",
			"Macron told Scholz in a phone call on May 14 that France would help.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Olaf Scholz", status: parley.Occurred, date: "2024-05-14", medium: parley.Phone}}},
		{"meeting_that_may_happen_is_none", "2024-06-10",
			"A meeting between Macron and Scholz may take place in June.", nil},
		// "by telephone" after a verb of telling is the call it was told in.
		{"told_by_telephone", "2024-05-10",
			"Saudi Crown Prince Mohammed bin Salman told British Foreign Secretary David Cameron by telephone on Tuesday that Iran was to blame.",
			[]want{{typ: parley.Consult, source: "Mohammed bin Salman", target: "David Cameron", date: "2024-05-07", medium: parley.Phone}}},
		{"assured_by_phone", "2023-03-02",
			"Putin assured Erdogan by phone on Wednesday that Russia would send rescuers.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", date: "2023-03-01", medium: parley.Phone}}},
		{"reporters_told_by_telephone_are_no_party", "2024-05-10",
			"Erdogan told reporters by telephone that Turkey would act.", nil},
		{"told_by_telephone_in_the_passive_names_no_caller", "2024-05-10",
			"Scholz was told by telephone that Macron would come.", nil},
		// A visit noun's own visitor after "of" or "by".
		{"visit_of_a_minister_cancelled", "2024-05-10",
			"The planned visit of Annalena Baerbock to Beijing on 19 April was cancelled.",
			[]want{{typ: parley.Consult, source: "Annalena Baerbock", target: "China", status: parley.Negated, date: "2024-04-19"}}},
		{"visit_to_a_capital_by_a_minister", "2024-05-10",
			"The loan was signed during a visit to New Delhi by Sri Lankan Finance Minister Ali Sabry in March.",
			[]want{{typ: parley.Consult, source: "Ali Sabry", target: "India", date: "2024-03"}}},
		{"visit_by_a_minister_postponed", "2024-05-10",
			"A visit by Annalena Baerbock to Beijing was postponed.",
			[]want{{typ: parley.Consult, source: "Annalena Baerbock", target: "China", status: parley.Negated}}},
		{"a_visit_judged_by_another_is_not_theirs", "2024-05-10",
			"The visit to Beijing was criticised by Washington.", nil},
		// Three parties named together: one record per pair.
		{"three_states_agree_each_with_each", "2023-07-05",
			"Egypt, Jordan and Iraq agreed on Monday to hold four technical meetings.",
			[]want{{typ: parley.Agree, source: "Egypt", target: "Jordan"}, {typ: parley.Agree, source: "Egypt", target: "Iraq"},
				{typ: parley.Agree, source: "Jordan", target: "Iraq", date: "2023-07-03"}}},
		{"three_ministers_meet_each_with_each", "2023-07-05",
			"The foreign ministers of Germany, France and Poland met in Weimar on Monday.",
			[]want{{typ: parley.Consult, source: "Catherine Colonna", target: "Zbigniew Rau", date: "2023-07-03"}}},
		// A meeting hosted by someone: the host meets those taking part.
		{"meeting_hosted_by_an_office_and_its_holder", "2024-05-10",
			"Jordanian Foreign Minister Ayman Safadi took part on Wednesday, 8 May 2024, in a meeting in Cairo on the war in Sudan hosted by the President of Egypt, Abdel Fattah al-Sisi.",
			[]want{{typ: parley.Consult, source: "Ayman Safadi", target: "Abdel Fattah el-Sisi", date: "2024-05-08"}}},
		{"return_for_a_meeting_hosted_by", "2024-05-10",
			"Safadi will return to Cairo on 9 June for a meeting hosted by President Sisi to review the ceasefire.",
			[]want{{typ: parley.Consult, source: "Ayman Safadi", target: "Abdel Fattah el-Sisi", status: parley.Planned, date: "2024-06-09"}}},
		{"with_the_participation_of", "2024-05-10",
			"Safadi attended a meeting in Washington hosted by Secretary of State Antony Blinken, with the participation of Egyptian Foreign Minister Sameh Shoukry and Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.",
			[]want{{typ: parley.Consult, source: "Ayman Safadi", target: "Antony Blinken"},
				{typ: parley.Consult, source: "Sameh Shoukry", target: "Antony Blinken"},
				{typ: parley.Consult, source: "Mohammed bin Abdulrahman Al Thani", target: "Antony Blinken"}}},
		// A gathering "of" a body: the body's.
		{"took_part_by_video_link_in_a_summit_of", "2022-03-01",
			"On 25 February, President Andrzej Duda took part by video link in the extraordinary summit of NATO heads of state and government.",
			[]want{{typ: parley.Consult, source: "Andrzej Duda", target: "North Atlantic Treaty Organization", date: "2022-02-25"}}},
		{"attended_a_meeting_of_ministers_of", "2022-03-01",
			"Scholz attended a meeting of EU foreign ministers in Brussels on Monday.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "European Union", date: "2022-02-28"}}},
		// "agreed to" do what was asked: an agreement with the one who asked.
		{"agreed_to_what_was_asked", "2023-11-20",
			"Estonia asked NATO for help last week, and NATO agreed to deploy more jets.",
			[]want{{typ: parley.Agree, source: "North Atlantic Treaty Organization", target: "Estonia"}}},
		{"agreed_to_what_was_asked_the_sentence_before", "2023-11-20",
			"Estonia asked the EU for help on Monday. The EU agreed to send 50 border guards.",
			[]want{{typ: parley.Agree, source: "European Union", target: "Estonia"}}},
		// A meeting that "did not take place" is negated.
		{"talks_planned_that_did_not_take_place", "2024-10-10",
			"A third round of talks between Kenya and Somalia, planned for September, did not take place.",
			[]want{{typ: parley.Consult, source: "Kenya", target: "Somalia", status: parley.Negated, date: "2024-09"}}},
		{"expected_meeting_that_never_took_place", "2024-10-10",
			"A meeting between Duda and Zelensky that had been expected on the sidelines of the assembly never took place.",
			[]want{{typ: parley.Consult, source: "Andrzej Duda", target: "Volodymyr Zelensky", status: parley.Negated}}},
		{"meeting_held_in_a_relative_clause_took_place", "2024-10-10",
			"The meeting between Duda and Zelensky, which was held in Kyiv, lasted two hours.",
			[]want{{typ: parley.Consult, source: "Andrzej Duda", target: "Volodymyr Zelensky", status: parley.Occurred}}},
		// A meeting told as an earlier one is an event of its own.
		{"following_up_on_their_meeting", "2022-12-20",
			"Lula spoke with Petro on Friday. The two presidents also discussed trade, following up on their meeting in Brasília in November.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Gustavo Petro", date: "2022-11"},
				{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Gustavo Petro", date: "2022-12-16"}}},
		{"attend_a_mini_summit_hosted_by", "2022-10-31",
			"Ruto will attend a mini-summit in Luanda next month hosted by Angolan President João Lourenço.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "João Lourenço", status: parley.Planned, date: "2022-11"}}},
		// "after meeting" with no one named after it: those who acted.
		{"pledged_after_meeting_face_to_face", "2023-12-15",
			"Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud pledged on Thursday that their countries would not use force against each other, after meeting face to face in Djibouti.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Hassan Sheikh Mohamud", date: "2023-12-14"}}},
		{"talks_hosted_by_after_meeting", "2023-12-15",
			"Ruto and Mohamud pledged on Thursday that their countries would not use force against each other, after meeting face to face in Djibouti. The talks were hosted by Ismail Omar Guelleh, the president of Djibouti.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Ismaïl Omar Guelleh"}, {typ: parley.Consult, source: "Hassan Sheikh Mohamud", target: "Ismaïl Omar Guelleh"}}},
		// A meeting that ended with no accord: the agreement not reached.
		{"summit_ended_with_no_agreement", "2021-03-20",
			"The second summit between President Joe Biden and Russian President Vladimir Putin ended abruptly on Thursday, with no agreement and no joint statement.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Vladimir Putin", status: parley.Occurred},
				{typ: parley.Agree, source: "Joe Biden", target: "Vladimir Putin", status: parley.Negated, date: "2021-03-18"}}},
		{"talks_ended_without_a_deal", "2021-03-20",
			"Talks between Serbia and Kosovo ended without a deal on Monday.",
			[]want{{typ: parley.Agree, source: "Serbia", target: "Kosovo", status: parley.Negated}}},
		// Partnerships declared or raised to: agreements.
		{"declared_a_partnership", "2023-03-17",
			"Lula and Xi declared a comprehensive strategic partnership in Beijing in April.",
			[]want{{typ: parley.Agree, source: "Luiz Inácio Lula da Silva", target: "Xi Jinping", date: "2022-04"}}},
		{"raised_their_relationship_to_a_partnership", "2023-03-17",
			"In June 2019 Modi made a state visit to Paris, where he and Macron raised their relationship to a global strategic partnership.",
			[]want{{typ: parley.Agree, source: "Narendra Modi", target: "Emmanuel Macron", date: "2019-06"}}},
		// A delegation met or hosted stands for the one who leads it.
		{"hosted_a_delegation_led_by", "2024-05-10",
			"Lavrov hosted a Hamas delegation led by Ismail Haniyeh in Moscow on Monday.",
			[]want{{typ: parley.Consult, source: "Ismail Haniyeh", target: "Sergey Lavrov", date: "2024-05-06"}}},
		{"met_a_delegation_headed_by", "2024-05-10",
			"Blinken met a Chinese delegation headed by Wang Yi in Washington on Friday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi"}}},
		{"received_a_team_led_by", "2024-05-10",
			"Scholz received the Ukrainian team, led by Andriy Yermak, on Tuesday.",
			[]want{{typ: parley.Consult, source: "Andriy Yermak", target: "Olaf Scholz"}}},
	}
	runEventCases(t, tests)
}

// TestMeetingReadingsRuledOut checks readings that must not be coded beside the
// one that must (a zero want checks nothing; a not without actors rules
// out its type).
func TestMeetingReadingsRuledOut(t *testing.T) {
	tests := []ruledOutCase{
		{"guests_who_join_a_chair_meet_the_chair_only", "2023-07-05",
			"Modi chaired a virtual summit of the Shanghai Cooperation Organisation on Tuesday, with Putin, Xi Jinping and Shehbaz Sharif joining.",
			want{typ: parley.Consult, source: "Narendra Modi", target: "Shehbaz Sharif"}, want{typ: parley.Consult, source: "Vladimir Putin", target: "Shehbaz Sharif"}},
		{"a_summit_hosted_by_a_state_is_no_person_host", "2024-05-10",
			"Scholz attended the summit in Paris hosted by France and the European Union, with the participation of Zelensky.",
			want{}, want{typ: parley.Consult, source: "Volodymyr Zelensky"}},
		{"talks_in_the_same_sentence_are_the_meeting", "2022-12-20",
			"Lula met Petro on Monday for talks on trade.",
			want{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Gustavo Petro", date: "2022-12-19"},
			want{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Gustavo Petro", date: "-"}},
		{"another_who_agrees_did_not_grant_the_request", "2023-11-20",
			"Estonia asked the EU for help on Monday. Germany agreed to send 50 border guards.",
			want{typ: parley.Request, source: "Estonia", target: "European Union"}, want{typ: parley.Agree}},
		{"observers_with_a_participle_are_no_partners", "2019-11-07",
			"Kenya, Somalia and Ethiopia agreed to hold four technical meetings, with the United States and the African Union attending as observers.",
			want{typ: parley.Agree, source: "Somalia", target: "Ethiopia"}, want{typ: parley.Agree, source: "Kenya", target: "United States"}},
		{"a_deal_with_partners_covering_trade_keeps_them", "2019-11-07",
			"Kenya agreed a deal with Somalia and Ethiopia covering trade.",
			want{typ: parley.Agree, source: "Kenya", target: "Ethiopia"}, want{}},
		{"two_who_agree_to_work_with_a_third_agree_together", "2021-12-05",
			"In a joint statement issued after the meeting, Germany and Poland said they had agreed to work with Ukraine on reconstruction.",
			want{typ: parley.Agree, source: "Germany", target: "Poland"}, want{typ: parley.Agree, source: "Germany", target: "Ukraine"}},
		{"one_who_agrees_to_work_with_another_agrees_with_it", "2021-12-05",
			"Iran agreed to work with the IAEA.",
			want{typ: parley.Agree, source: "Iran", target: "International Atomic Energy Agency"}, want{}},
		{"a_visit_is_the_meeting_with_the_host_that_day", "2023-12-08",
			"Erdoğan held talks with Mitsotakis in Athens on Thursday. When Erdoğan landed in Athens on Thursday, it was his first visit to Greece in six years.",
			want{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Kyriakos Mitsotakis", date: "2023-12-07"},
			want{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Greece"}},
		{"a_visit_on_another_day_stays", "2023-12-08",
			"Erdoğan held talks with Mitsotakis in Athens on Thursday. Erdoğan had visited Greece on Monday.",
			want{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Kyriakos Mitsotakis", date: "2023-12-04"}, want{}}, // (the head who received him, told in the talks)
		{"raising_an_issue_of_relations_is_no_agreement", "2023-03-17",
			"Scholz raised the issue of relations with Russia with Macron.",
			want{}, want{typ: parley.Agree}},
		{"declaring_a_capability_of_the_alliance_is_no_agreement", "2016-07-10",
			"The leaders also declared initial operational capability for the alliance's missile defence system.",
			want{}, want{typ: parley.Agree}},
		{"talks_ended_with_a_deal_are_no_failure", "2021-03-20",
			"Talks between Serbia and Kosovo ended on Monday with a deal to ease tensions.",
			want{typ: parley.Consult, source: "Serbia", target: "Kosovo"}, want{typ: parley.Agree, source: "Serbia", target: "Kosovo", status: parley.Negated}},
		{"a_leaders_daughter_is_no_visitor_for_him", "2022-12-22",
			"Putin's daughter travelled to Paris on Monday.",
			want{}, want{typ: parley.Consult}},
		{"a_leaders_family_is_no_visitor_for_him", "2022-12-22",
			"Ebrard said Castillo's wife and two of their children, who had taken refuge in the Mexican embassy, would travel to Mexico.",
			want{}, want{typ: parley.Consult}},
		{"a_delegation_without_a_leader_is_its_body", "2024-05-10",
			"Lavrov hosted a Hamas delegation in Moscow on Monday.",
			want{typ: parley.Consult, source: "Hamas", target: "Sergey Lavrov"}, want{}},
		{"a_delegation_led_by_its_leader_is_not_its_body", "2024-05-10",
			"Lavrov hosted a Hamas delegation led by Ismail Haniyeh in Moscow on Monday.",
			want{}, want{typ: parley.Consult, source: "Hamas", target: "Sergey Lavrov"}},
	}
	runRuledOut(t, tests)
}

// TestMeetingsOnAnItinerary checks meetings a schedule includes ("His
// itinerary also includes video meetings with …"): planned, not held.
func TestMeetingsOnAnItinerary(t *testing.T) {
	runEventCases(t, []eventCase{
		{"itinerary_includes_video_meetings", "2022-05-30",
			"Chinese Foreign Minister Wang Yi visited Samoa on Saturday. His itinerary also includes video meetings with the leaders of Niue and Tuvalu.",
			[]want{{typ: parley.Consult, source: "Wang Yi", target: "Niue", status: parley.Planned, medium: parley.Virtual}}},
	})
}
