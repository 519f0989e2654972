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
