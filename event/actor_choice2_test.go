package event_test

import (
	"testing"

	"parley"
)

// TestOwnStateSpeakerPastHearers checks that a pledge or stance a person
// announces for their own state stays theirs when the speech verb is
// followed by those told or the venue ("told reporters that Germany
// would …", "said in a televised address that …") or is "announced".
func TestOwnStateSpeakerPastHearers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"told_reporters_that", "2024-05-10",
			"Chancellor Olaf Scholz told reporters that Germany would reject the EU plan.",
			[]want{{typ: parley.Reject, source: "Olaf Scholz", target: "European Union"}}},
		{"told_parliament_on_a_day", "2024-05-10",
			"Foreign Minister Penny Wong told parliament on Tuesday that Australia would support Palestine's bid for UN membership.",
			[]want{{typ: parley.Support, source: "Penny Wong", target: "Palestine"}}},
		{"told_a_news_conference", "2023-03-27",
			"Foreign Minister Joseph Wu told a news conference on Sunday that Taiwan would reject the demands of China.",
			[]want{{typ: parley.Reject, source: "Joseph Wu", target: "China"}}},
		{"announced_that", "2025-02-10",
			"Prime Minister Irakli Kobakhidze announced that Georgia would refuse EU budget grants.",
			[]want{{typ: parley.Reject, source: "Irakli Kobakhidze", target: "European Union"}}},
		{"said_in_an_address", "2024-05-10",
			"President Emmanuel Macron said in a televised address that France would condemn any attack by Iran.",
			[]want{{typ: parley.Accuse, source: "Emmanuel Macron", target: "Iran"}}},
	})
	runRuledOut(t, []ruledOutCase{
		// Another state's act, told to reporters, stays that state's.
		{"another_state_told_of", "2024-05-10",
			"Chancellor Olaf Scholz told reporters that Russia would reject the EU plan.",
			want{typ: parley.Reject, source: "Russia", target: "European Union"},
			want{typ: parley.Reject, source: "Olaf Scholz"}},
		// What the state "had" done is a deed reported.
		{"a_deed_reported_stays_the_states", "2024-05-10",
			"Chancellor Olaf Scholz told reporters that Germany had rejected the EU plan.",
			want{typ: parley.Reject, source: "Germany", target: "European Union"},
			want{typ: parley.Reject, source: "Olaf Scholz"}},
	})
}

// TestSupportersOfAParty checks that "supporters of" a party or an armed
// movement are a crowd of their own, not the party acting.
func TestSupportersOfAParty(t *testing.T) {
	runEventCases(t, []eventCase{
		{"supporters_of_the_ruling_party_attack", "2024-05-10",
			"Supporters of the ruling Awami League attacked opposition protesters in Dhaka on Sunday.",
			[]want{{typ: parley.Assault, source: "Awami League supporters", target: "Bangladeshi protesters"}}},
		{"supporters_of_a_front_protest", "2024-05-10",
			"Hundreds of supporters of the Polisario Front protested outside the Moroccan embassy in Madrid.",
			[]want{{typ: parley.Protest, source: "Polisario Front supporters", target: "Morocco"}}},
		{"supporters_of_the_party_rally", "2024-05-10",
			"Supporters of the opposition Georgian Dream party rallied against the European Union.",
			[]want{{typ: parley.Protest, source: "Georgian Dream supporters", target: "European Union"}}},
	})
	runNotCases(t, []notCase{
		{"the_party_itself_acts", "2024-05-10",
			"The Awami League accused the opposition of arson in Dhaka.",
			want{typ: parley.Accuse, source: "Awami League supporters"}},
	})
}

// TestAllegedInAnInquiryAsked checks that "alleged" crimes in an inquiry
// asked of a court or body are the asker's charge, not the body's.
func TestAllegedInAnInquiryAsked(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"asked_a_court_to_investigate", "2024-05-10",
			"South Africa asked the International Court of Justice to investigate alleged genocide by Israel.",
			want{typ: parley.Accuse, source: "South Africa", target: "Israel"},
			want{typ: parley.Accuse, source: "International Court of Justice"}},
		{"pressed_a_body_to_probe", "2024-05-10",
			"Germany pressed the OSCE to probe alleged Belarusian abuses against migrants.",
			want{typ: parley.Accuse, source: "Germany", target: "Belarus"},
			want{typ: parley.Accuse, source: "Organization for Security and Co-operation in Europe"}},
		{"ministers_urged_the_un", "2024-05-10",
			"The foreign ministers of Jordan and Egypt urged the UN to investigate alleged Israeli abuses in Gaza.",
			want{typ: parley.Accuse, source: "Ayman Safadi", target: "Israel"},
			want{typ: parley.Accuse, source: "United Nations"}},
		{"called_on_the_un_to_look_into", "2024-05-10",
			"Kyiv has called on the United Nations to look into alleged Russian atrocities in Bucha.",
			want{typ: parley.Accuse, source: "Ukraine", target: "Russia"},
			want{typ: parley.Accuse, source: "United Nations"}},
		// A court that investigates on its own is the one that charges.
		{"the_court_itself_investigates", "2024-05-10",
			"The ICC will investigate alleged Russian war crimes in Ukraine.",
			want{typ: parley.Accuse, source: "International Criminal Court", target: "Russia"},
			want{typ: parley.Accuse, source: "Ukraine"}},
	})
}

// TestAnnouncedClauseIsNoAid checks that "announced" gives no aid of its
// own when a clause with its own verb follows.
func TestAnnouncedClauseIsNoAid(t *testing.T) {
	runNotCases(t, []notCase{
		{"announced_that_it_would_not_send", "2024-05-10",
			"Prime Minister Robert Fico announced that Slovakia would not send weapons to Ukraine.",
			want{typ: parley.Aid, source: "Robert Fico"}},
		{"announced_it_would_refuse_grants", "2025-02-10",
			"Prime Minister Irakli Kobakhidze announced that Georgia would refuse EU budget grants.",
			want{typ: parley.Aid}},
	})
	runEventCases(t, []eventCase{
		{"announced_aid_itself", "2024-05-10",
			"Germany announced 500 million euros in military aid to Ukraine on Tuesday.",
			[]want{{typ: parley.Aid, source: "Germany", target: "Ukraine"}}},
	})
}

// TestMobsAndStudentsAreCrowds checks that "a mob" and "students" with no
// country word are a crowd of the place where they act.
func TestMobsAndStudentsAreCrowds(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_mob_ransacked_an_embassy", "2024-05-10",
			"A mob ransacked the French embassy in Niamey on Sunday.",
			[]want{{typ: parley.Protest, source: "Nigerien protesters", target: "France"}}},
		{"an_angry_mob_attacked_an_embassy", "2024-05-10",
			"An angry mob attacked the Swedish embassy in Baghdad.",
			[]want{{typ: parley.Protest, source: "Iraqi protesters", target: "Sweden"}}},
		{"students_stormed_an_embassy", "2024-05-10",
			"Students stormed the Danish embassy in Tehran.",
			[]want{{typ: parley.Protest, source: "Iranian protesters", target: "Denmark"}}},
		{"hundreds_of_students_stormed", "2024-05-10",
			"Hundreds of students stormed the US embassy in Manila.",
			[]want{{typ: parley.Protest, source: "Philippine protesters", target: "United States"}}},
	})
	runEventCases(t, []eventCase{
		{"students_at_a_ceremony_do_nothing", "2024-05-10",
			"Students at Tehran University held a ceremony for the anniversary.", nil},
	})
}

// TestMeetingAtTheEndOfAJourney checks that a meeting that is the purpose
// of a journey ("flew to Paris to meet Macron") is placed where the
// journey went, not where an earlier act of the sentence was.
func TestMeetingAtTheEndOfAJourney(t *testing.T) {
	runEventCases(t, []eventCase{
		{"then_another_flew_to_meet", "2024-05-10",
			"Biden met Scholz in Berlin, then Scholz flew to Paris to meet Macron.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Olaf Scholz", place: "Berlin"},
				{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron", place: "Paris"}}},
		{"then_travelled_on_a_day_to_meet", "2024-05-10",
			"Blinken met Wang Yi in Beijing on Friday, then Wang travelled to Moscow to meet Lavrov.",
			[]want{{typ: parley.Consult, source: "Wang Yi", target: "Sergey Lavrov", place: "Moscow"}}},
		{"the_meetings_own_place_wins", "2024-05-10",
			"Biden met Scholz in Berlin, then Scholz flew to Paris to meet Macron in Versailles.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron", place: "Versailles"}}},
	})
}

// TestSecondPredicatePastADay checks that a pact signed in a second
// predicate, past a day or "then", is both sides' as the meeting before
// was.
func TestSecondPredicatePastADay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"and_on_sunday_signed", "2024-05-14",
			"Starmer met Modi in Delhi and on Sunday signed a trade pact.",
			[]want{{typ: parley.Agree, source: "Keir Starmer", target: "Narendra Modi"}}},
		{"and_on_tuesday_signed_an_agreement", "2024-05-14",
			"Albanese met Xi in Beijing and on Tuesday signed a new trade agreement.",
			[]want{{typ: parley.Agree, source: "Anthony Albanese", target: "Xi Jinping"}}},
		{"and_the_next_day_signed", "2024-05-14",
			"Macron met Lula in Brasilia and the next day signed a defence deal.",
			[]want{{typ: parley.Agree, source: "Emmanuel Macron", target: "Luiz Inácio Lula da Silva"}}},
	})
	runNotCases(t, []notCase{
		// A pact with another named party is that party's.
		{"a_pact_with_another", "2024-05-14",
			"Scholz met Macron in Paris and on Monday signed a pact with Poland.",
			want{typ: parley.Agree, source: "Olaf Scholz", target: "Emmanuel Macron"}},
	})
}

// TestBothSidesOfAnArmedGroupsWar checks that "both sides" of a conflict
// fought with an armed group are the group, not its state.
func TestBothSidesOfAnArmedGroupsWar(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"strikes_on_hezbollah", "2024-05-14",
			"Israel struck Hezbollah positions in Lebanon. The EU urged both sides to exercise restraint.",
			want{typ: parley.Request, source: "European Union", target: "Hezbollah"},
			want{typ: parley.Request, source: "European Union", target: "Lebanon"}},
		{"jets_bombed_the_taliban", "2024-05-14",
			"Pakistani jets bombed Taliban positions in Afghanistan on Tuesday. China's foreign ministry urged both sides to exercise restraint.",
			want{typ: parley.Request, source: "Ministry of Foreign Affairs of China", target: "Taliban"},
			want{typ: parley.Request, source: "Ministry of Foreign Affairs of China", target: "Afghanistan"}},
		// Two states at war stay the two states.
		{"two_states_exchanged_fire", "2024-05-14",
			"Israel and Lebanon exchanged fire on Monday. France urged both sides to exercise restraint.",
			want{typ: parley.Request, source: "France", target: "Lebanon"},
			want{typ: parley.Request, source: "France", target: "Hezbollah"}},
	})
}

// TestAnnouncedClauseIsNoPenalty checks that "announced" gives no penalty
// of its own when a clause with its own verb follows.
func TestAnnouncedClauseIsNoPenalty(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"announced_that_it_was_lifting_curbs", "2024-05-14",
			"Japan's foreign minister Yoko Kamikawa announced that Japan was lifting its export curbs on South Korea.",
			want{typ: parley.Concede, source: "Japan", target: "South Korea"},
			want{typ: parley.Sanction}},
		{"announced_sanctions_itself", "2024-05-14",
			"The EU announced new sanctions on Iran on Monday.",
			want{typ: parley.Sanction, source: "European Union", target: "Iran"},
			want{typ: parley.Concede}},
	})
}
