package event_test

import (
	"testing"

	"parley"
)

// TestMeetingCompanions checks those told to have joined one side of a
// meeting ("together with", "along with", "accompanied by"): each meets
// the other side too.
func TestMeetingCompanions(t *testing.T) {
	runEventCases(t, []eventCase{
		{"together_with_after_the_host", "2024-05-10",
			"Mexican Foreign Minister Marcelo Ebrard met Vice President Kamala Harris at the White House, together with Secretary of State Antony Blinken.",
			[]want{{typ: parley.Consult, source: "Marcelo Ebrard", target: "Kamala Harris"}, {typ: parley.Consult, source: "Marcelo Ebrard", target: "Antony Blinken"}}},
		{"together_with_in_the_subject", "2024-05-10",
			"Scholz, together with French President Emmanuel Macron, met Chinese President Xi Jinping in Paris on Monday.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Xi Jinping"}, {typ: parley.Consult, source: "Emmanuel Macron", target: "Xi Jinping", date: "2024-05-06"}}},
		{"along_with_a_minister_of_the_host", "2024-05-10",
			"Modi met Putin in the Kremlin along with Russian Foreign Minister Sergei Lavrov.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Sergey Lavrov"}}},
		{"accompanied_by_in_an_aside", "2024-05-10",
			"Indian Prime Minister Narendra Modi, accompanied by External Affairs Minister S. Jaishankar, held talks with Japanese Prime Minister Fumio Kishida in Tokyo.",
			[]want{{typ: parley.Consult, source: "Subrahmanyam Jaishankar", target: "Fumio Kishida"}}},
		{"host_received_a_visitor_together_with_an_aide", "2024-05-10",
			"Erdogan received Hamas leader Ismail Haniyeh in Istanbul on Saturday, together with Turkish intelligence chief Ibrahim Kalin.",
			[]want{{typ: parley.Consult, source: "Ismail Haniyeh", target: "İbrahim Kalın", date: "2024-05-04"}}},
	})
	runNotCases(t, []notCase{
		// A partner of a relative clause is no one's company.
		{"together_with_in_a_relative_clause", "2024-05-10",
			"Cuban President Miguel Díaz-Canel, whose country is a guarantor together with Norway, received Colombian President Gustavo Petro in Havana.",
			want{typ: parley.Consult, source: "Norway", target: "Miguel Díaz-Canel"}},
		// The topic's partners are not at the table.
		{"together_with_in_the_topic", "2024-05-10",
			"Biden met Kishida to discuss how Japan could work together with Britain.",
			want{typ: parley.Consult, source: "Joe Biden", target: "United Kingdom"}},
		// A companion of neither side's country could have come with either.
		{"companion_of_a_third_country", "2024-05-10",
			"Blinken met Wang Yi in Beijing, together with French Foreign Minister Stéphane Séjourné.",
			want{typ: parley.Consult, target: "Stéphane Séjourné"}},
	})
}

// TestTalksWithSomeOfAGroup checks talks with a count of a group's
// members: the group is the other side.
func TestTalksWithSomeOfAGroup(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talks_with_one_of_the_leaders", "2024-05-10",
			"Lavrov held talks with one of the Hamas leaders in Moscow on Monday.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Hamas", date: "2024-05-06"}}},
		{"meeting_with_many_of", "2024-05-10",
			"Erdogan had a meeting with many of the Hamas leaders in Istanbul on Saturday.",
			[]want{{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Hamas"}}},
		{"talks_with_several_of_a_possessor", "2024-05-10",
			"Witkoff held talks with several of Hamas's negotiators in Doha.",
			[]want{{typ: parley.Consult, source: "Steve Witkoff", target: "Hamas"}}},
		{"talks_with_two_of", "2024-05-10",
			"The Qatari emir held talks with two of the Taliban leaders in Doha on Sunday.",
			[]want{{typ: parley.Consult, source: "Tamim bin Hamad Al Thani", target: "Taliban"}}},
		{"call_with_three_of", "2024-05-10",
			"Blinken had a call with three of the Gulf Cooperation Council ministers on Sunday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Gulf Cooperation Council"}}},
	})
}

// TestDialogueLed checks a dialogue told by those who led or chaired it,
// or by a round of it.
func TestDialogueLed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"led_two_rounds_of_the_dialogue", "2024-05-10",
			"Deputy Secretary of State Kurt Campbell and Chinese Vice Foreign Minister Ma Zhaoxu led two rounds of the strategic dialogue in Beijing in April.",
			[]want{{typ: parley.Consult, source: "Kurt Campbell", target: "Ma Zhaoxu", date: "2024-04"}}},
		{"co_chaired_the_dialogue", "2024-05-10",
			"Blinken and Wang Yi co-chaired the security dialogue in Washington on Friday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi", date: "2024-05-10"}}},
		{"led_the_dialogue_on_a_day", "2024-05-10",
			"Sherman and Ryabkov led the dialogue in Geneva on July 28.",
			[]want{{typ: parley.Consult, source: "Wendy Sherman", target: "Sergei Ryabkov", date: "2023-07-28"}}},
		{"headed_a_session_of_the_dialogue", "2024-05-10",
			"Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign Minister Cho Tae-yul headed a session of the dialogue in Seoul on Monday.",
			[]want{{typ: parley.Consult, source: "Yōko Kamikawa", target: "Cho Tae-yul", date: "2024-05-06"}}},
		{"a_round_of_the_dialogue_to_come", "2024-05-10",
			"The United States and China will hold another round of the dialogue next month.",
			[]want{{typ: parley.Consult, source: "United States", target: "China", status: parley.Planned}}},
	})
	runEventCases(t, []eventCase{
		{"calls_for_a_dialogue_led_by_one", "2024-05-10",
			"The opposition led calls for a national dialogue.", nil},
	})
}

// TestDelegationLedIntoTalks checks talks a leader led his delegation or
// side into: the leader meets, not only his state.
func TestDelegationLedIntoTalks(t *testing.T) {
	runEventCases(t, []eventCase{
		{"led_the_delegation_in_talks", "2024-05-10",
			"Witkoff led the US delegation in talks with Russian officials in Riyadh.",
			[]want{{typ: parley.Consult, source: "Steve Witkoff", target: "Russia"}}},
		{"led_the_side_at_the_talks", "2024-05-10",
			"Kurt Campbell led the American side at the talks with Chinese Vice Foreign Minister Ma Zhaoxu in Beijing.",
			[]want{{typ: parley.Consult, source: "Kurt Campbell", target: "Ma Zhaoxu"}}},
		{"headed_the_delegation_at_the_negotiations", "2024-05-10",
			"Defence Minister Rustem Umerov headed the Ukrainian delegation at the negotiations with Russia in Istanbul on Friday.",
			[]want{{typ: parley.Consult, source: "Rustem Umerov", target: "Russia", date: "2024-05-10"}}},
		{"headed_a_delegation_in_a_relative_clause", "2024-05-10",
			"Lavrov, who headed Russia's delegation at the talks with the United States, said the meeting was useful.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "United States"}}},
		{"will_lead_the_team_in_the_next_round", "2024-05-10",
			"Egyptian Foreign Minister Sameh Shoukry will lead Egypt's delegation in the next round of talks with Ethiopia.",
			[]want{{typ: parley.Consult, source: "Sameh Shoukry", target: "Ethiopia", status: parley.Planned}}},
	})
	runNotCases(t, []notCase{
		// A mediator leads no side of the talks.
		{"mediation_team_in_talks_between", "2024-05-10",
			"Former President Uhuru Kenyatta is leading the mediation team in talks between the government of Ethiopia and the Tigray People's Liberation Front.",
			want{typ: parley.Consult, source: "Uhuru Kenyatta", target: "Tigray People's Liberation Front"}},
	})
}

// TestBareAttendance checks attendance told with no object but its way
// ("attended in person", "joined by video link") after a hosted meeting.
func TestBareAttendance(t *testing.T) {
	const hosted = "South African President Cyril Ramaphosa hosted the BRICS summit in Johannesburg on Tuesday. "
	runEventCases(t, []eventCase{
		{"attended_in_person_after_a_clause", "2024-05-10",
			hosted + "Russian President Vladimir Putin took part in the summit by video link, while Foreign Minister Sergey Lavrov attended in person.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Cyril Ramaphosa", date: "2024-05-07"}}},
		{"joined_virtually_and_attended_in_person", "2024-05-10",
			hosted + "Modi joined virtually, while Lula attended in person.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Cyril Ramaphosa"}}},
		{"participated_via_video_link", "2024-05-10",
			hosted + "Putin participated via video link.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Cyril Ramaphosa", medium: parley.Virtual}}},
		{"took_part_remotely", "2024-05-10",
			hosted + "Putin took part remotely.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Cyril Ramaphosa"}}},
		{"joined_online", "2024-05-10",
			"Indonesian President Joko Widodo hosted the G20 summit in Bali on Tuesday. Ukrainian President Volodymyr Zelensky joined online.",
			[]want{{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Joko Widodo"}}},
	})
	runEventCases(t, []eventCase{
		{"attended_in_person_with_no_meeting_told", "2024-05-10",
			"Foreign Minister Sergey Lavrov attended in person.", nil},
	})
}

// TestRepresentedAtAMeeting checks those who stood in for a state at a
// meeting a host held: each meets the host.
func TestRepresentedAtAMeeting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"represented_by_a_premier", "2024-05-10",
			"Brazilian President Lula hosted the G20 summit in Rio on Monday. Chinese President Xi Jinping did not attend; China was represented by Premier Li Qiang.",
			[]want{{typ: parley.Consult, source: "Li Qiang", target: "Luiz Inácio Lula da Silva", date: "2024-05-06"}}},
		{"represented_at_the_summit_by_its_minister", "2024-05-10",
			"Indonesia hosted the ASEAN summit in Jakarta on Tuesday. Vietnam was represented at the summit by its foreign minister, Bui Thanh Son.",
			[]want{{typ: parley.Consult, source: "Bùi Thanh Sơn", target: "Indonesia"}}},
		{"represented_by_a_minister_then_a_list", "2024-05-10",
			"Indonesian President Joko Widodo hosted the G20 summit in Bali on Tuesday. Russia was represented by Foreign Minister Sergei Lavrov, and India by Prime Minister Narendra Modi.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Joko Widodo"}}},
		{"represented_by_two_ministers", "2024-05-10",
			"Turkish President Erdogan hosted the NATO summit in Ankara on Tuesday. The United States was represented by Secretary of State Antony Blinken and Defence Secretary Lloyd Austin.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Recep Tayyip Erdoğan"}, {typ: parley.Consult, source: "Lloyd Austin", target: "Recep Tayyip Erdoğan"}}},
		{"were_represented_by_envoys", "2024-05-10",
			"Kenyan President William Ruto hosted the East African Community summit in Nairobi on Friday. The neighbours were represented by Tanzanian President Samia Suluhu Hassan and Ethiopian Prime Minister Abiy Ahmed.",
			[]want{{typ: parley.Consult, source: "Samia Suluhu Hassan", target: "William Ruto"}, {typ: parley.Consult, source: "Abiy Ahmed", target: "William Ruto"}}},
	})
	runNotCases(t, []notCase{
		{"not_represented_by", "2024-05-10",
			"Indonesian President Joko Widodo hosted the G20 summit in Bali on Tuesday. Russia was not represented by Putin.",
			want{typ: parley.Consult, source: "Vladimir Putin", target: "Joko Widodo"}},
	})
	runEventCases(t, []eventCase{
		{"represented_with_no_meeting", "2024-05-10",
			"Russia was represented by Foreign Minister Sergei Lavrov.", nil},
	})
}

// TestWelcomedAndGreetedVisitors checks receptions told with the city
// after the host ("welcomed Orban in Beijing") or with the place or moment
// before him in the passive ("was greeted at the airport by Li Qiang").
func TestWelcomedAndGreetedVisitors(t *testing.T) {
	runEventCases(t, []eventCase{
		{"welcomed_by_the_host_in_a_city", "2024-05-10",
			"Hungarian Prime Minister Viktor Orban was welcomed by Chinese President Xi Jinping in Beijing on Monday.",
			[]want{{typ: parley.Consult, source: "Viktor Orbán", target: "Xi Jinping", date: "2024-05-06"}}},
		{"welcomed_a_visitor_in_a_city", "2024-05-10",
			"Xi welcomed Orban in Beijing on Monday.",
			[]want{{typ: parley.Consult, source: "Viktor Orbán", target: "Xi Jinping"}}},
		{"greeted_at_the_airport_by", "2024-05-10",
			"Orban was greeted at the airport by Chinese Premier Li Qiang.",
			[]want{{typ: parley.Consult, source: "Viktor Orbán", target: "Li Qiang"}}},
		{"greeted_on_arrival_by", "2024-05-10",
			"Kim Jong Un was greeted on arrival by Putin.",
			[]want{{typ: parley.Consult, source: "Kim Jong Un", target: "Vladimir Putin"}}},
		{"greeted_upon_landing_by", "2024-05-10",
			"Modi was greeted upon landing by Vietnamese Prime Minister Pham Minh Chinh.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Phạm Minh Chính"}}},
	})
	runEventCases(t, []eventCase{
		{"greeted_by_crowds", "2024-05-10",
			"Orban was greeted at the airport by cheering crowds.", nil},
	})
	runNotCases(t, []notCase{
		{"welcomed_a_speech_in_a_city", "2024-05-10",
			"Xi welcomed Orban's speech in Beijing on Monday.",
			want{typ: parley.Consult, source: "Viktor Orbán", target: "Xi Jinping"}},
	})
}

// TestTalksContinuedOnAnotherDay checks talks told to go on or follow on
// a later day with no party named: the parties of the talks told before
// met again that day.
func TestTalksContinuedOnAnotherDay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talks_continued_on_a_later_day", "2024-05-10",
			"Talks between Chinese and American negotiators opened in Geneva on Monday. Talks continued on Wednesday and Thursday.",
			[]want{{typ: parley.Consult, source: "China", target: "United States", date: "2024-05-08"}}},
		{"negotiations_between_the_delegations_followed", "2024-05-10",
			"Xi arrived in Moscow on Monday and held informal talks with Putin. Formal negotiations between the delegations followed on Tuesday.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin", date: "2024-05-07"}}},
		{"talks_continued_at_another_place", "2024-05-10",
			"Ebrard met Pence at the White House on Wednesday. Talks continued at the State Department on Thursday.",
			[]want{{typ: parley.Consult, source: "Marcelo Ebrard", target: "Mike Pence", date: "2024-05-09"}}},
		{"the_talks_resumed_next_morning", "2024-05-14",
			"Lavrov and Blinken met in Geneva on Friday. The talks resumed on Saturday morning.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Antony Blinken", date: "2024-05-11"}}},
		{"technical_talks_reconvened", "2024-05-20",
			"Egyptian and Ethiopian officials met in Addis Ababa on May 2. Technical talks reconvened on May 14.",
			[]want{{typ: parley.Consult, source: "Egypt", target: "Ethiopia", date: "2024-05-14"}}},
	})
	runNotCases(t, []notCase{
		// The same day is the same sitting; a day before it is no sequel.
		{"talks_continued_the_same_day", "2024-05-10",
			"Lavrov and Blinken met in Geneva on Friday. The talks continued for five hours on Friday.",
			want{typ: parley.Consult, source: "Sergey Lavrov", target: "Antony Blinken", date: "2024-05-03"}},
		{"talks_resumed_before_they_began", "2024-05-14",
			"Lavrov and Blinken met in Geneva on Saturday. The talks resumed on Friday.",
			want{typ: parley.Consult, source: "Sergey Lavrov", target: "Antony Blinken", date: "2024-05-10"}},
	})
}
