package event_test

import (
	"testing"

	"parley"
)

// TestGoBetweens checks a go-between told by its verb: "mediated between"
// two sides talked with each; "shuttled between" two capitals visited
// each.
func TestGoBetweens(t *testing.T) {
	runEventCases(t, []eventCase{
		{"mediated_between_two_sides", "2024-05-10",
			"Turkey mediated between Russia and Ukraine in Istanbul last month.",
			[]want{{typ: parley.Consult, source: "Turkey", target: "Russia"}, {typ: parley.Consult, source: "Turkey", target: "Ukraine"}}},
		{"a_person_mediating_between_two_sides", "2024-05-10",
			"Egyptian intelligence chief Abbas Kamel is mediating between Hamas and Israel.",
			[]want{{typ: parley.Consult, source: "Abbas Kamel", target: "Hamas"}, {typ: parley.Consult, source: "Abbas Kamel", target: "Israel"}}},
		{"shuttled_between_two_capitals", "2024-05-10",
			"The US envoy Amos Hochstein shuttled between Beirut and Jerusalem this week.",
			[]want{{typ: parley.Consult, source: "Amos Hochstein", target: "Lebanon"}, {typ: parley.Consult, source: "Amos Hochstein", target: "Israel"}}},
		{"shuttled_back_and_forth", "2024-05-10",
			"Qatari officials shuttled back and forth between Hamas and Israeli negotiators in Doha on Tuesday.",
			[]want{{typ: parley.Consult, source: "Qatar", target: "Hamas"}}},
		{"shuttled_between_three_states", "2024-05-10",
			"Blinken shuttled between Israel, Egypt and Jordan on Monday and Tuesday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Egypt"}, {typ: parley.Consult, source: "Antony Blinken", target: "Jordan"}}},
	})
	runNotCases(t, []notCase{
		// Ready to mediate is an offer, no talks yet.
		{"willing_to_mediate_is_no_meeting", "2024-05-10",
			"Japan is willing to mediate between the United States and Iran.",
			want{typ: parley.Consult}},
		// A truce mediated names the sides only after its own verb.
		{"a_truce_mediated_then_between", "2024-05-10",
			"A truce mediated by Egypt took hold between Israel and Islamic Jihad on Sunday.",
			want{typ: parley.Consult}},
		// Buses shuttling carry no one who meets.
		{"buses_shuttling_are_no_visit", "2024-05-10",
			"Buses shuttled between Kyiv and Lviv all week.",
			want{typ: parley.Consult}},
		// "mediated the deal": no sides named to talk with.
		{"mediated_a_deal_is_no_meeting", "2024-05-10",
			"Qatar mediated the deal last year.",
			want{typ: parley.Consult}},
	})
}

// TestTalksBrokered checks talks a third party brokered or helped
// broker: they were held; talks it tries or offers to broker were
// not.
func TestTalksBrokered(t *testing.T) {
	runEventCases(t, []eventCase{
		{"brokered_a_meeting_between_two", "2024-05-10",
			"Egypt brokered a meeting between Israel and Hamas in Cairo on Wednesday.",
			[]want{{typ: parley.Consult, source: "Israel", target: "Hamas", date: "2024-05-08"}}},
		{"has_brokered_fresh_talks", "2024-05-10",
			"Saudi Arabia has brokered fresh talks between the Sudanese army and the RSF in Jeddah.",
			[]want{{typ: parley.Consult, source: "Sudanese Armed Forces", target: "Rapid Support Forces"}}},
		{"helped_broker_talks", "2024-05-10",
			"Qatar helped broker talks between the United States and the Taliban in Doha.",
			[]want{{typ: parley.Consult, source: "United States", target: "Taliban"}}},
	})
	runNotCases(t, []notCase{
		{"trying_to_broker_talks_is_no_meeting", "2024-05-10",
			"Turkey is trying to broker talks between Russia and Ukraine.",
			want{typ: parley.Consult}},
		{"offered_to_broker_a_meeting_is_no_meeting", "2024-05-10",
			"Erdogan offered to broker a meeting between Putin and Zelensky.",
			want{typ: parley.Consult}},
	})
}

// TestGatheringsHosted checks a gathering named after a body and "hosted
// by" a state or leader: the one who attended met the host, not the body.
func TestGatheringsHosted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"attended_a_summit_hosted_by_a_state", "2024-11-10",
			"Aliyev attended the BRICS summit hosted by Russia in Kazan in October.",
			[]want{{typ: parley.Consult, source: "Ilham Aliyev", target: "Russia", date: "2024-10"}}},
		{"attended_a_summit_hosted_by_a_state_on_a_day", "2024-11-10",
			"Indian Prime Minister Narendra Modi attended the G20 summit hosted by Brazil in Rio de Janeiro on Monday.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Brazil", date: "2024-11-04"}}},
		{"took_part_in_a_summit_hosted_by_a_state", "2023-07-13",
			"Erdogan took part in the NATO summit hosted by Lithuania in Vilnius.",
			[]want{{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Lithuania"}}},
		{"met_at_a_summit_hosted_by_a_state", "2024-07-05",
			"Xi and Putin met at the SCO summit hosted by Kazakhstan in Astana.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin"}}}, // (the host state only sets the scene: see hbugs15_test.go)
	})
	runNotCases(t, []notCase{
		{"the_body_is_not_met_when_a_host_is_named", "2024-11-10",
			"Aliyev attended the BRICS summit hosted by Russia in Kazan in October.",
			want{typ: parley.Consult, source: "Ilham Aliyev", target: "BRICS"}},
		{"the_body_does_not_meet_its_host", "2024-01-10",
			"Lula attended the Arab League summit in Riyadh hosted by Saudi Crown Prince Mohammed bin Salman.",
			want{typ: parley.Consult, source: "Arab League"}},
	})
	// With no host named the body stays the one met.
	runEventCases(t, []eventCase{
		{"attended_a_summit_with_no_host", "2024-11-20",
			"Modi attended the G20 summit in Rio de Janeiro on Monday.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Group of Twenty"}}},
	})
}

// TestHostsWelcoming checks a host welcoming or playing host to a
// visitor: "welcomed the visiting king to Cairo", "was welcomed in
// Berlin by Scholz", "played host to Tusk".
func TestHostsWelcoming(t *testing.T) {
	runEventCases(t, []eventCase{
		{"welcomed_the_visiting_king_to_a_capital", "2024-05-10",
			"Sisi welcomed the visiting Jordanian king to Cairo on Tuesday.",
			[]want{{typ: parley.Consult, source: "Abdullah II of Jordan", target: "Abdel Fattah el-Sisi", date: "2024-05-07"}}},
		{"welcomed_in_a_capital_by_the_host", "2024-05-10",
			"Tusk was welcomed in Berlin by Scholz on Monday.",
			[]want{{typ: parley.Consult, source: "Donald Tusk", target: "Olaf Scholz", date: "2024-05-06"}}},
		{"played_host_to_a_leader", "2024-05-10",
			"German Chancellor Olaf Scholz played host to Polish Prime Minister Donald Tusk in Berlin on Monday.",
			[]want{{typ: parley.Consult, source: "Donald Tusk", target: "Olaf Scholz", date: "2024-05-06"}}},
		{"will_play_host_to_two_sides", "2024-05-10",
			"Qatar will play host to Hamas and Israeli negotiators on Monday.",
			[]want{{typ: parley.Consult, source: "Hamas", target: "Qatar", status: parley.Planned}}},
	})
	runNotCases(t, []notCase{
		// A move welcomed somewhere is praise, no visit.
		{"a_move_welcomed_in_a_capital_is_no_visit", "2024-05-10",
			"Russia's move was welcomed in Beijing by Wang Yi.",
			want{typ: parley.Consult}},
		{"host_to_an_event_is_no_meeting", "2024-05-10",
			"Saudi Arabia played host to the World Cup draw.",
			want{typ: parley.Consult}},
	})
}

// TestVisitsByDeparture checks visits told by arriving, leaving for a
// capital, or by a participle that ends or begins them.
func TestVisitsByDeparture(t *testing.T) {
	runEventCases(t, []eventCase{
		{"touched_down_in_a_capital", "2024-05-10",
			"Zelensky touched down in Washington on Wednesday.",
			[]want{{typ: parley.Consult, source: "Volodymyr Zelensky", target: "United States", date: "2024-05-08"}}},
		{"left_for_a_capital", "2024-05-10",
			"Indian Prime Minister Narendra Modi left for Moscow on Monday for a two-day visit.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Russia", date: "2024-05-06"}}},
		{"set_off_for_a_capital", "2024-05-10",
			"Orban set off for Kyiv on Tuesday.",
			[]want{{typ: parley.Consult, source: "Viktor Orbán", target: "Ukraine", date: "2024-05-07"}}},
		{"departed_for_a_capital", "2024-05-10",
			"Blinken departed for Riyadh after talks in Cairo.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Saudi Arabia"}}},
		{"wrapping_up_a_visit", "2024-05-10",
			"Wrapping up a visit to Beijing, Blinken told reporters that progress had been made.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "China"}}},
		{"winding_up_talks", "2024-05-10",
			"Winding up talks with Putin in Moscow, Orban called for a ceasefire.",
			[]want{{typ: parley.Consult, source: "Viktor Orbán", target: "Vladimir Putin"}}},
	})
	runEventCases(t, []eventCase{
		{"a_plane_touching_down_is_no_visit", "2024-05-10",
			"A plane carrying the hostages touched down in Doha.", nil},
		{"left_for_home_is_no_visit", "2024-05-10",
			"Johnson left for home on Friday.", nil},
		{"left_office_is_no_visit", "2024-05-10",
			"Pompeo left office for a think tank.", nil},
		{"left_for_the_own_capital_is_no_visit", "2024-05-10",
			"The Lithuanian president left for Vilnius after the summit.", nil},
	})
}

// TestMeetingsNamedOtherwise checks meetings named by "encounter",
// "tête-à-tête", "one-on-one", "bilateral", "working dinner" and
// "audience with", not clashes or listeners.
func TestMeetingsNamedOtherwise(t *testing.T) {
	runEventCases(t, []eventCase{
		{"their_first_face_to_face_encounter", "2024-05-10",
			"Biden and Xi held their first face-to-face encounter in Bali on Monday.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Xi Jinping", date: "2024-05-06", medium: parley.InPerson}}},
		{"the_encounter_between_two_leaders", "2024-05-10",
			"The encounter between Modi and Sharif lasted barely a minute.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Shehbaz Sharif"}}},
		{"a_tete_a_tete", "2024-05-10",
			"Putin and Erdogan held a tête-à-tête in Sochi on Friday.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", date: "2024-05-10"}}},
		{"a_one_on_one_with", "2024-05-10",
			"Macron had a one-on-one with Trump at the Elysee on Saturday.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Donald Trump", date: "2024-05-04"}}},
		{"held_a_bilateral", "2023-05-22",
			"Sunak and Meloni held a bilateral on the sidelines of the G7 summit in Hiroshima.",
			[]want{{typ: parley.Consult, source: "Rishi Sunak", target: "Giorgia Meloni"}}},
		{"had_a_working_dinner", "2024-05-10",
			"Scholz and Macron had a working dinner at the Elysee on Wednesday.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron", date: "2024-05-08"}}},
		{"an_audience_with", "2024-05-10",
			"Ruto's audience with Pope Francis came on Friday.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Pope Francis"}}},
	})
	runNotCases(t, []notCase{
		{"an_encounter_with_police_is_a_clash", "2024-05-10",
			"Three militants were killed in an encounter with Indian security forces in Kashmir.",
			want{typ: parley.Consult}},
		{"a_close_encounter_of_ships", "2024-05-10",
			"A Chinese warship had a close encounter with a US destroyer in the Taiwan Strait.",
			want{typ: parley.Consult}},
		{"an_audience_of_listeners", "2024-05-10",
			"The audience applauded Zelensky in Congress.",
			want{typ: parley.Consult}},
	})
}

// TestVisitsExpected checks a person or delegation "due in" or "expected
// in" a capital: a visit to come.
func TestVisitsExpected(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_delegation_due_in_a_capital", "2024-05-10",
			"A US delegation led by Deputy Secretary of State Kurt Campbell is due in Honiara next week.",
			[]want{{typ: parley.Consult, source: "Kurt Campbell", target: "Solomon Islands", status: parley.Planned}}},
		{"a_leader_expected_in_a_capital", "2024-05-10",
			"Putin is expected in Pyongyang on Tuesday.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "North Korea", status: parley.Planned, date: "2024-05-14"}}},
		{"a_led_delegation_expected_in_a_capital", "2024-05-10",
			"An ECOWAS delegation led by former Nigerian President Goodluck Jonathan is expected in Bamako on Saturday.",
			[]want{{typ: parley.Consult, source: "Goodluck Jonathan", target: "Mali", status: parley.Planned}}},
		{"was_expected_next_month", "2024-05-10",
			"Putin was expected in Ankara next month, the Kremlin said.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Turkey", status: parley.Planned}}},
	})
	runEventCases(t, []eventCase{
		{"weather_expected_is_no_visit", "2024-05-10",
			"Rain is expected in Beijing on Tuesday.", nil},
		{"a_ruling_expected_is_no_visit", "2024-05-10",
			"A ruling is expected in The Hague on Friday.", nil},
	})
	runNotCases(t, []notCase{
		{"a_decision_expected_is_no_visit", "2024-05-10",
			"Putin said a decision is expected in Moscow soon.",
			want{typ: parley.Consult}},
	})
}

// TestAddressedByVideo checks a gathering or body addressed by video: a
// meeting at a distance; an address in the room, or of a matter, is none.
func TestAddressedByVideo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"addressed_a_summit_by_video_link", "2024-05-10",
			"Zelensky addressed the G7 summit by video link on Monday.",
			[]want{{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Group of Seven", medium: parley.Virtual, date: "2024-05-06"}}},
		{"addressed_a_body_by_video_link", "2024-05-10",
			"Zelensky addressed the European Council by video link on Thursday.",
			[]want{{typ: parley.Consult, source: "Volodymyr Zelensky", target: "European Council", medium: parley.Virtual}}},
		{"addressed_a_summit_via_videoconference", "2024-05-10",
			"Putin addressed the BRICS summit via videoconference from Moscow.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "BRICS", medium: parley.Virtual}}},
	})
	runNotCases(t, []notCase{
		{"an_address_in_the_room", "2024-05-10",
			"Zelensky addressed the US Congress on Wednesday.",
			want{typ: parley.Consult}},
		{"a_matter_addressed_by_video", "2024-05-10",
			"The German and French ministers addressed the issue of migration by video link.",
			want{typ: parley.Consult, target: "Germany"}},
		{"a_group_addressed_is_not_its_members", "2024-05-10",
			"Kamala Harris will address the leaders by video link on Wednesday.",
			want{typ: parley.Consult}},
	})
}

// TestOfficialsGathered checks officials of several states who
// "gathered" somewhere: each met each; crowds and evidence gathered are
// no meeting.
func TestOfficialsGathered(t *testing.T) {
	runEventCases(t, []eventCase{
		{"diplomats_of_three_states_gathered", "2024-05-10",
			"Top diplomats from China, Japan and South Korea gathered in Busan on Sunday.",
			[]want{{typ: parley.Consult, source: "China", target: "Japan", date: "2024-05-05"}, {typ: parley.Consult, source: "Japan", target: "South Korea"}}},
		{"leaders_of_three_states_gathered", "2024-05-10",
			"Leaders of Brazil, India and South Africa gathered in Brasilia on Tuesday.",
			[]want{{typ: parley.Consult, source: "Brazil", target: "India"}, {typ: parley.Consult, source: "India", target: "South Africa"}}},
	})
	runNotCases(t, []notCase{
		{"protesters_gathered", "2024-05-10",
			"Thousands of protesters gathered in Tbilisi on Sunday.",
			want{typ: parley.Consult}},
		{"evidence_gathered", "2024-05-10",
			"Russian and Belarusian officials gathered evidence in Bucha.",
			want{typ: parley.Consult}},
	})
}

// TestFieldOfficials checks officials of two states named with their
// field between the states' words and them: "US and Chinese trade
// negotiators", "American and British defence officials".
func TestFieldOfficials(t *testing.T) {
	runEventCases(t, []eventCase{
		{"trade_negotiators_of_two_states", "2024-05-10",
			"US and Chinese trade negotiators concluded two days of talks in Geneva on Sunday.",
			[]want{{typ: parley.Consult, source: "United States", target: "China", date: "2024-05-05"}}},
		{"defence_officials_of_two_states", "2024-05-10",
			"American and British defence officials held talks in London.",
			[]want{{typ: parley.Consult, source: "United States", target: "United Kingdom"}}},
	})
}

// TestTalksEnded checks talks the sides "ended": held, then over (talks
// one agrees to end are not told as held).
func TestTalksEnded(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ended_talks_without_agreement", "2024-05-10",
			"Ethiopia and Egypt ended talks in Cairo without agreement.",
			[]want{{typ: parley.Consult, source: "Ethiopia", target: "Egypt"}}},
		{"delegations_ended_talks_on_a_day", "2024-05-10",
			"Delegations from Ethiopia and Egypt ended talks in Cairo on Tuesday.",
			[]want{{typ: parley.Consult, source: "Ethiopia", target: "Egypt", date: "2024-05-07"}}},
		{"ended_a_meeting", "2024-05-10",
			"Iran and the E3 ended a meeting in Geneva on Friday with no breakthrough.",
			[]want{{typ: parley.Consult, source: "Iran", target: "E3", date: "2024-05-10"}}},
	})
	runNotCases(t, []notCase{
		{"agreed_to_end_the_talks", "2024-05-10",
			"Serbia and Kosovo agreed to end talks.",
			want{typ: parley.Consult}},
	})
}

// TestMeetingsChaired checks a meeting "chaired" or "co-chaired by"
// someone: co-chairs named alone met each other; a chair of talks between
// two sides met each.
func TestMeetingsChaired(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_meeting_co_chaired_by_two", "2024-05-10",
			"At a meeting in Suva on May 30 co-chaired by Wang Yi and Fijian Prime Minister Frank Bainimarama, ministers declined to endorse the pact.",
			[]want{{typ: parley.Consult, source: "Wang Yi", target: "Frank Bainimarama", date: "2023-05-30"}}},
		{"a_summit_co_chaired_by_two", "2024-05-10",
			"The summit, co-chaired by Modi and Albanese, opened in Sydney on Tuesday.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Anthony Albanese", date: "2024-05-07"}}},
		{"talks_between_two_chaired_by_a_third", "2024-05-10",
			"Talks between Armenia and Azerbaijan chaired by Blinken resumed in Washington on Monday.",
			[]want{{typ: parley.Consult, source: "Armenia", target: "Azerbaijan"}, {typ: parley.Consult, source: "Armenia", target: "Antony Blinken"},
				{typ: parley.Consult, source: "Azerbaijan", target: "Antony Blinken"}}},
	})
	runNotCases(t, []notCase{
		{"the_chair_of_a_setting_is_no_partner", "2024-05-10",
			"At an extraordinary summit in Abuja chaired by Nigeria's President Bola Tinubu, ECOWAS froze Niger's assets.",
			want{typ: parley.Consult}},
	})
}

// TestSessionsOfBodies checks a meeting "of" a body where someone acted:
// a meeting with the body.
func TestSessionsOfBodies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"briefed_at_a_meeting_of_a_body", "2024-05-10",
			"Blinken briefed allies at a meeting of the North Atlantic Council in Brussels on Thursday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "North Atlantic Council", date: "2024-05-09"}}},
	})
	runNotCases(t, []notCase{
		{"a_meeting_called_for_is_none", "2024-05-10",
			"Macron called for a meeting of the UN Security Council.",
			want{typ: parley.Consult}},
	})
}

// TestHostsReceivingThem checks a host who received or met "them": the
// people the sentence before listed.
func TestHostsReceivingThem(t *testing.T) {
	runEventCases(t, []eventCase{
		{"received_them_after_two_flew_in", "2024-05-10",
			"Blinken and Austin flew to New Delhi on Sunday. Modi received them at his residence on Monday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Narendra Modi", date: "2024-05-06"},
				{typ: parley.Consult, source: "Lloyd Austin", target: "Narendra Modi", date: "2024-05-06"}}},
		{"received_them_after_envoys_were_sent", "2024-05-10",
			"The AU sent two former presidents, Ellen Johnson Sirleaf and Kgalema Motlanthe, to Addis Ababa. Abiy received them on Monday.",
			[]want{{typ: parley.Consult, source: "Ellen Johnson Sirleaf", target: "Abiy Ahmed", date: "2024-05-06"},
				{typ: parley.Consult, source: "Kgalema Motlanthe", target: "Abiy Ahmed"}}},
	})
	runNotCases(t, []notCase{
		{"them_of_a_deed_is_no_meeting", "2024-05-10",
			"Police detained Navalny and Yashin in Moscow. Putin ignored them.",
			want{typ: parley.Consult}},
	})
}

// TestCallsMadeOtherwise checks calls told by "dialled", "rang" an actor
// and "on the phone with": not bells, alarms or sirens.
func TestCallsMadeOtherwise(t *testing.T) {
	runEventCases(t, []eventCase{
		{"dialled_a_leader", "2024-05-10",
			"Modi dialled Zelensky on Tuesday to discuss the war.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Volodymyr Zelensky", medium: parley.Phone, date: "2024-05-07"}}},
		{"rang_a_leader", "2024-05-10",
			"Macron rang Putin on Friday evening.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Vladimir Putin", medium: parley.Phone}}},
		{"rang_up_a_leader_named_by_role", "2024-05-10",
			"Scholz rang up the Turkish president on Monday.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Recep Tayyip Erdoğan", medium: parley.Phone}}},
		{"on_the_phone_with", "2024-05-10",
			"Scholz was on the phone with Zelensky for an hour on Tuesday.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Volodymyr Zelensky", medium: parley.Phone, date: "2024-05-07"}}},
		{"got_on_the_phone_with", "2024-05-10",
			"Ruto got on the phone with Museveni on Monday.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Yoweri Museveni", medium: parley.Phone}}},
	})
	runEventCases(t, []eventCase{
		{"alarm_bells_rang", "2024-05-10", "The attack rang alarm bells in Washington.", nil},
		{"sirens_rang_out", "2024-05-10", "Sirens rang out across Israel on Saturday.", nil},
	})
}

// TestGuestsOfHosts checks a person who "was" someone's guest: a visit
// to the host; guests of shows and guest workers are none.
func TestGuestsOfHosts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"was_a_hosts_guest", "2024-05-10",
			"Putin was Xi's guest at a state banquet in Beijing on Thursday.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "2024-05-09"}}},
		{"will_be_a_hosts_guest", "2024-05-10",
			"Lula will be Macron's guest in Paris on Tuesday.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Emmanuel Macron", status: parley.Planned}}},
		{"was_the_guest_of_a_host", "2024-05-10",
			"Orban was the guest of Erdogan in Ankara on Monday.",
			[]want{{typ: parley.Consult, source: "Viktor Orbán", target: "Recep Tayyip Erdoğan", date: "2024-05-06"}}},
	})
	runEventCases(t, []eventCase{
		{"a_guest_on_a_show", "2024-05-10", "Zelensky was a guest on a talk show.", nil},
		{"guest_workers", "2024-05-10", "Putin's guest workers left Moscow.", nil},
	})
}

// TestAttendingTheMeetingToldBefore checks one who attended or took part
// in "the summit" or "the meeting" told just before: with its host, or
// its participants.
func TestAttendingTheMeetingToldBefore(t *testing.T) {
	runEventCases(t, []eventCase{
		{"took_part_in_the_summit_a_host_held", "2024-05-10",
			"Ramaphosa hosted the BRICS summit in Johannesburg on Tuesday. Putin took part in the three-day summit by video link.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Cyril Ramaphosa", medium: parley.Virtual}}},
		{"attended_the_meeting_two_held", "2024-05-10",
			"Xi and Putin met in Beijing on Tuesday. Lukashenko also attended the meeting.",
			[]want{{typ: parley.Consult, source: "Alexander Lukashenko", target: "Xi Jinping"}, {typ: parley.Consult, source: "Alexander Lukashenko", target: "Vladimir Putin"}}},
	})
	runEventCases(t, []eventCase{
		{"the_summit_with_none_told_before", "2024-05-10", "Modi attended the summit on Friday.", nil},
	})
}

// TestEnvoysSent checks a person sent or dispatched to a capital: the
// envoy visits its state; troops and letters sent are no visit.
func TestEnvoysSent(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sent_his_envoy_to_a_capital", "2024-05-10",
			"Macron sent his envoy Jean-Yves Le Drian to Beirut on Tuesday.",
			[]want{{typ: parley.Consult, source: "Jean-Yves Le Drian", target: "Lebanon", date: "2024-05-07"}}},
		{"dispatched_a_named_official", "2024-05-10",
			"Biden dispatched CIA Director William Burns to Cairo on Monday.",
			[]want{{typ: parley.Consult, source: "William Burns", target: "Egypt", date: "2024-05-06"}}},
		{"sent_a_vice_premier", "2024-05-10",
			"Xi sent Vice Premier He Lifeng to Washington on Sunday.",
			[]want{{typ: parley.Consult, source: "He Lifeng", target: "United States"}}},
	})
	runNotCases(t, []notCase{
		{"troops_sent_are_no_visit", "2024-05-10",
			"Russia sent troops to Syria.",
			want{typ: parley.Consult}},
		{"a_letter_sent_is_no_visit", "2024-05-10",
			"Trump sent Kushner a letter.",
			want{typ: parley.Consult}},
	})
}

// TestBroughtTogether checks a meeting told by who was brought together:
// those named met each other, and whoever brought them met each of them;
// a body that "brings together" its members tells who belongs, not a
// meeting.
func TestBroughtTogether(t *testing.T) {
	runEventCases(t, []eventCase{
		{"brought_together_a_list", "2004-11-27",
			"The round-table talks in Kyiv brought together Leonid Kuchma, Viktor Yushchenko and Viktor Yanukovych on Friday.",
			[]want{{typ: parley.Consult, source: "Viktor Yushchenko", target: "Viktor Yanukovych"}, {typ: parley.Consult, source: "Leonid Kuchma", target: "Viktor Yushchenko"}}},
		{"one_brings_two_together", "2015-09-28",
			"Ban Ki-moon brought Nicolas Maduro and David Granger together at UN headquarters on Sunday.",
			[]want{{typ: parley.Consult, source: "Nicolás Maduro", target: "David Granger"}, {typ: parley.Consult, source: "David Granger", target: "Ban Ki-moon"}}},
		{"planned_by_video", "2020-07-10",
			"Miroslav Lajcak will bring Aleksandar Vucic and Avdullah Hoti together by videoconference on Sunday.",
			[]want{{typ: parley.Consult, source: "Aleksandar Vučić", target: "Avdullah Hoti", status: parley.Planned, medium: parley.Virtual}}},
	})
	runNotCases(t, []notCase{
		{"a_format_brings_its_members_together", "2024-06-10",
			"The Bucharest Nine, created in 2015, brings together Poland, Romania and Bulgaria.",
			want{typ: parley.Consult}},
		{"brought_together_with_a_companion", "2024-06-10",
			"Macron brought his adviser together with Olaf Scholz's envoy for the flight.",
			want{typ: parley.Consult}},
	})
}

// TestMeetingsOfMinistersNamedByState checks meetings whose participants
// are told by their states: "a meeting of the foreign ministers of A and
// B", "counterparts from A and B", a meeting "attended by A and B". The
// one who chaired or held it met each.
func TestMeetingsOfMinistersNamedByState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_meeting_of_the_ministers_of_states", "2020-01-23",
			"Algerian Foreign Minister Sabri Boukadoum chaired a meeting of the foreign ministers of Tunisia, Egypt and Chad in Algiers on Thursday.",
			[]want{{typ: parley.Consult, source: "Sabri Boukadoum", target: "Tunisia"}, {typ: parley.Consult, source: "Sabri Boukadoum", target: "Chad"}}},
		{"counterparts_from_states", "2020-01-23",
			"Sabri Boukadoum held a meeting with his counterparts from Tunisia and Egypt on Thursday.",
			[]want{{typ: parley.Consult, source: "Sabri Boukadoum", target: "Tunisia"}, {typ: parley.Consult, source: "Sabri Boukadoum", target: "Egypt"}}},
		{"a_meeting_attended_by_states", "2020-01-23",
			"Sabri Boukadoum chaired in Algiers a consultative meeting of the ministers of foreign affairs of the countries neighbouring Libya, attended by Mali, Niger and Sudan.",
			[]want{{typ: parley.Consult, source: "Sabri Boukadoum", target: "Mali"}, {typ: parley.Consult, source: "Sabri Boukadoum", target: "Sudan"}}},
	})
	runNotCases(t, []notCase{
		// The leaders of a body meet as the body, none of them named.
		{"a_summit_of_a_bodys_leaders", "2024-12-25",
			"Ilham Aliyev chaired a meeting of the leaders of the Commonwealth of Independent States.",
			want{typ: parley.Consult, target: "Commonwealth of Independent States"}},
	})
}

// TestVisitsToAFormerState checks that a trip to a city of a state that
// was part of another on the day of the article visits the state of that
// day: Moscow in 1977 is the Soviet Union's, in 2019 Russia's.
func TestVisitsToAFormerState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"moscow_before_1992", "1977-11-14",
			"Siad Barre flew to Moscow at the end of August.",
			[]want{{typ: parley.Consult, source: "Siad Barre", target: "Soviet Union"}}},
		{"moscow_after_1991", "2019-11-14",
			"Cyril Ramaphosa flew to Moscow on Monday.",
			[]want{{typ: parley.Consult, source: "Cyril Ramaphosa", target: "Russia"}}},
	})
}
