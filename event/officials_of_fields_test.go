package event_test

import (
	"testing"

	"parley"
)

// TestOfficialsOfAField checks officials named by their state and their
// field or rank ("Brazilian energy officials", "US defense officials"),
// and officials of a named agency ("Turkish intelligence officials"):
// the state, or the agency, acts through them.
func TestOfficialsOfAField(t *testing.T) {
	runEventCases(t, []eventCase{
		{"energy_officials_and_their_counterparts_open_talks", "2024-03-14",
			"Brazilian energy officials and their Bolivian counterparts are due to open talks on the price of gas in La Paz next week.",
			[]want{{typ: parley.Consult, source: "Brazil", target: "Bolivia"}}},
		{"defense_officials_accuse", "2024-03-14",
			"US defense officials accused China on Tuesday of harassing a Philippine supply ship.",
			[]want{{typ: parley.Accuse, source: "United States", target: "China", date: "2024-03-12"}}},
		{"rank_after_the_state_word", "2024-03-14",
			"Chinese senior officials accused Japan of provocation in the East China Sea.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan"}}},
		{"health_officials_thank", "2024-03-14",
			"Kenyan health officials thanked Germany for the vaccines delivered in February.",
			[]want{{typ: parley.Support, source: "Kenya", target: "Germany"}}},
		{"officials_of_an_agency_meet", "2024-03-14",
			"Turkish intelligence officials met Syrian officials in Damascus on Monday.",
			[]want{{typ: parley.Consult, source: "National Intelligence Organization", target: "Syria", date: "2024-03-11"}}},
		{"officials_of_a_ministry_meet", "2024-03-14",
			"Pakistani foreign ministry officials met Afghan officials in Kabul on Monday.",
			[]want{{typ: parley.Consult, source: "Ministry of Foreign Affairs of Pakistan", target: "Taliban"}}},
	})
}

// TestWorksFundedAndLoansAppliedFor checks money given as "finance" or
// "fund" with an actor or works in its land as the object (aid), and an
// application to a lender for money (a request).
func TestWorksFundedAndLoansAppliedFor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"finance_works_in_a_state", "2024-03-14",
			"Japan will finance the construction of a new port in Sri Lanka, the embassy said.",
			[]want{{typ: parley.Aid, source: "Japan", target: "Sri Lanka", status: parley.Planned}}},
		{"fund_an_authority", "2024-03-14",
			"The European Union funds the Palestinian Authority.",
			[]want{{typ: parley.Aid, source: "European Union", target: "Palestine"}}},
		{"applied_to_a_lender_for_a_loan", "2024-03-14",
			"Pakistan applied to the IMF for a bailout on Monday.",
			[]want{{typ: parley.Request, source: "Pakistan", target: "International Monetary Fund", date: "2024-03-11"}}},
		{"applied_for_a_loan_of_a_lender", "2024-03-14",
			"Sri Lanka formally applied for an IMF loan in March.",
			[]want{{typ: parley.Request, source: "Sri Lanka", target: "International Monetary Fund"}}},
	})
	runNotCases(t, []notCase{
		{"a_film_funded_is_no_aid", "2024-03-14",
			"The film was funded by the Qatari government.", want{typ: parley.Aid}},
		{"a_rule_applied_is_no_request", "2024-03-14",
			"The court applied the law to the case of Pakistan.", want{typ: parley.Request}},
		{"an_accusation_of_funding_is_no_aid", "2024-03-14",
			"The US accused Iran of funding the Houthis.", want{typ: parley.Aid}},
	})
}

// TestIntrusionsProtested checks the doer named after "of" by nouns of
// coming where one should not ("the entry of Chinese vessels"), condemned
// or protested against, and "protests" read as a government's verb after
// its adverb.
func TestIntrusionsProtested(t *testing.T) {
	runEventCases(t, []eventCase{
		{"condemned_the_incursion_of_vessels", "2024-03-14",
			"Japan condemned the incursion of Chinese government vessels into its territorial sea.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China"}}},
		{"protested_against_the_entry_of_vessels", "2024-03-14",
			"Japan protested against the entry of Chinese coast guard vessels into its waters on Monday.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China Coast Guard", date: "2024-03-11"}}},
		{"denounced_the_presence_of_troops", "2024-03-14",
			"Mali denounced the presence of French troops in the Sahel.",
			[]want{{typ: parley.Accuse, source: "Mali", target: "French Armed Forces"}}},
		{"a_ministry_strongly_protests", "2024-03-14",
			"The Ministry of Foreign Affairs of Japan strongly protests against the entry of Chinese government vessels into Japan's territorial sea.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Japan", target: "China"}}},
	})
	runNotCases(t, []notCase{
		{"a_government_protest_is_no_crowd", "2024-03-14",
			"The Ministry of Foreign Affairs of Japan strongly protests against the entry of Chinese government vessels into Japan's territorial sea.",
			want{typ: parley.Protest}},
		{"the_detention_of_citizens_names_no_doer", "2024-03-14",
			"Kenya protested against the detention of Ugandan citizens.", want{typ: parley.Accuse, target: "Uganda"}},
	})
}

// TestEnvoysToldToGo checks an envoy of a post of two words after a
// country word ("the Australian High Commissioner") as the object of a
// penalty, and an envoy told to leave as expelled, told anything else as
// asked.
func TestEnvoysToldToGo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"declared_a_high_commissioner_persona_non_grata", "2024-03-14",
			"Fiji declared the Australian High Commissioner persona non grata on Monday.",
			[]want{{typ: parley.Sanction, source: "Fiji", target: "Australia", date: "2024-03-11"}}},
		{"expelled_a_deputy_ambassador", "2024-03-14",
			"Fiji expelled the Polish Deputy Ambassador on Monday.",
			[]want{{typ: parley.Sanction, source: "Fiji", target: "Poland"}}},
		{"told_an_envoy_to_go", "2024-03-14",
			"Tallinn answered within hours, telling Moscow's envoy to go as well.",
			[]want{{typ: parley.Sanction, source: "Estonia", target: "Russia"}}},
		{"told_an_ambassador_to_leave", "2024-03-14",
			"Fiji told the Australian Ambassador to leave the country.",
			[]want{{typ: parley.Sanction, source: "Fiji", target: "Australia"}}},
		{"told_an_ambassador_to_do_something_else", "2024-03-14",
			"Fiji told Australia's ambassador to reduce the embassy's staff.",
			[]want{{typ: parley.Request, source: "Fiji", target: "Australia"}}},
	})
	runNotCases(t, []notCase{
		{"an_envoy_told_to_go_is_not_asked", "2024-03-14",
			"Fiji told the Australian Ambassador to leave the country.", want{typ: parley.Request}},
	})
}

// TestTalksOnAJourneyAfterAMeeting checks talks told in a participle of
// travel after "before" or "after" ("before going on to Ankara the next
// day for talks with Erdoğan"): the journey's own day, not the main
// verb's; and a "before" clause with a reported verb after its day keeps
// that day away from the reported act.
func TestTalksOnAJourneyAfterAMeeting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"before_going_on_the_next_day", "2018-10-25",
			"Pompeo met King Salman in Riyadh on 16 October, before going on to Ankara the next day for talks with Erdoğan.",
			[]want{{typ: parley.Consult, source: "Mike Pompeo", target: "Salman of Saudi Arabia", date: "2018-10-16"},
				{typ: parley.Consult, source: "Mike Pompeo", target: "Recep Tayyip Erdoğan", date: "2018-10-17"}}},
		{"before_travelling_on_a_day", "2018-10-25",
			"Pompeo met King Salman in Riyadh on 16 October, before travelling to Ankara on 17 October for talks with Erdoğan.",
			[]want{{typ: parley.Consult, source: "Mike Pompeo", target: "Recep Tayyip Erdoğan", date: "2018-10-17", place: "Ankara"}}},
	})
}

// TestCounterpartsOfBodies checks "its Chinese counterpart" after a body:
// the other state's like body, or that state, never its head; and "The
// Federal Government" right after a dateline is the dateline's state's.
func TestCounterpartsOfBodies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_coast_guard_and_its_counterpart", "2024-03-14",
			"The Philippine Coast Guard accused its Chinese counterpart of using a water cannon.",
			[]want{{typ: parley.Accuse, source: "Philippine Coast Guard", target: "China"}}},
		{"a_ministry_and_its_counterpart", "2024-03-14",
			"Pakistan's foreign ministry summoned its Afghan counterpart.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Pakistan", target: "Ministry of Foreign Affairs of Afghanistan"}}},
		{"federal_government_after_a_dateline", "2024-03-14",
			"Lagos — The Federal Government has summoned the Ghanaian High Commissioner to Abuja for an explanation.",
			[]want{{typ: parley.Accuse, source: "Nigeria", target: "Ghana"}}},
	})
	runNotCases(t, []notCase{
		{"a_body_s_counterpart_is_no_head_of_state", "2024-03-14",
			"The Philippine Coast Guard accused its Chinese counterpart of using a water cannon.",
			want{typ: parley.Accuse, target: "Xi Jinping"}},
	})
}

// TestPactsExchanged checks instruments of ratification or memoranda
// exchanged: a pact sealed between the two.
func TestPactsExchanged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"instruments_of_ratification", "2024-03-14",
			"India and the Maldives on Monday exchanged instruments of ratification of the bilateral investment treaty in Malé.",
			[]want{{typ: parley.Agree, source: "India", target: "Maldives", date: "2024-03-11"}}},
		{"memoranda_exchanged", "2024-03-14",
			"In the presence of the two prime ministers, India and Nepal exchanged four MoUs.",
			[]want{{typ: parley.Agree, source: "India", target: "Nepal"}}},
	})
	runNotCases(t, []notCase{
		{"views_exchanged_are_no_pact", "2024-03-14",
			"India and Nepal exchanged views on regional issues.", want{typ: parley.Agree}},
	})
}

// TestEnvoySummonedOverAnotherDeed checks an envoy summoned "over" what
// someone named after "by" did or said: the summons is aimed at the
// envoy's state; one's own envoy recalled is not.
func TestEnvoySummonedOverAnotherDeed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"summoned_over_remarks_by_a_leader", "2024-03-14",
			"Ukraine summoned the Hungarian ambassador over remarks by Viktor Orban.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Hungary"}}},
		{"recalled_own_envoy_from_a_capital", "2024-03-14",
			"Spain recalled its ambassador in Rabat for consultations on Tuesday.",
			[]want{{typ: parley.Sanction, source: "Spain", target: "Morocco"}}},
		{"recalled_own_envoy_named_by_the_state", "2024-03-14",
			"Late last night Madrid recalled Spain's ambassador in Rabat for consultations.",
			[]want{{typ: parley.Sanction, source: "Spain", target: "Morocco"}}},
	})
	runNotCases(t, []notCase{
		{"the_speaker_of_the_remarks_is_not_summoned", "2024-03-14",
			"Ukraine summoned the Hungarian ambassador over remarks by Viktor Orban.", want{typ: parley.Accuse, target: "Viktor Orbán"}},
	})
}

// TestLeadersSideBySide checks a leader speaking or standing beside
// another before the press: a meeting in person; a state stood beside is
// a stance, no meeting.
func TestLeadersSideBySide(t *testing.T) {
	runEventCases(t, []eventCase{
		{"speaking_alongside_in_an_aside", "2024-03-14",
			"Lula, speaking alongside Spanish Prime Minister Pedro Sánchez in Brasília, said the two countries would push for a deal.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Pedro Sánchez", medium: parley.InPerson}}},
		{"standing_beside_in_an_aside", "2024-03-14",
			"Zelensky, standing beside Polish President Andrzej Duda in Warsaw, thanked Poland for its support.",
			[]want{{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Andrzej Duda", place: "Warsaw"}}},
	})
	runNotCases(t, []notCase{
		{"a_state_stood_alongside_is_no_meeting", "2024-03-14",
			"Poland stood alongside Ukraine throughout the war.", want{typ: parley.Consult}},
		{"speaking_somewhere_is_no_meeting", "2024-03-14",
			"Bush, speaking in Dar es Salaam, told reporters the talks had failed.", want{typ: parley.Consult}},
	})
}

// TestActsAskedOfAState checks a country word before the act asked of or
// granted by its state ("demanded a full Israeli withdrawal", "a Japanese
// apology"): the state is the target.
func TestActsAskedOfAState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"demanded_a_withdrawal", "2024-03-14",
			"Hamas demanded a full Israeli withdrawal.",
			[]want{{typ: parley.Request, source: "Hamas", target: "Israel"}}},
		{"demanded_an_apology", "2024-03-14",
			"Seoul demanded a Japanese apology for the remarks.",
			[]want{{typ: parley.Request, source: "South Korea", target: "Japan"}}},
	})
}

// TestPactBrokeredInThePassive checks a pact brokered in the passive: its
// parties are the two after "between", the broker after "by" none.
func TestPactBrokeredInThePassive(t *testing.T) {
	runEventCases(t, []eventCase{
		{"brokered_by_between", "2024-03-14",
			"A ceasefire was brokered by Qatar between the Democratic Republic of Congo and the M23 rebels.",
			[]want{{typ: parley.Agree, source: "Democratic Republic of the Congo", target: "M23"}}},
	})
	runNotCases(t, []notCase{
		{"the_broker_is_no_party", "2024-03-14",
			"A ceasefire was brokered by Qatar between the Democratic Republic of Congo and the M23 rebels.",
			want{typ: parley.Agree, source: "Qatar"}},
	})
}

// TestAidDonatedByAnother checks aid sent on by the receiving side's
// leader that the sentence says another donated: the donor gives it to
// the leader's state.
func TestAidDonatedByAnother(t *testing.T) {
	runEventCases(t, []eventCase{
		{"flagged_off_aid_donated_by_a_government", "2024-03-14",
			"President Ruto on Saturday flagged off a consignment of maize donated by the Government of Tanzania to drought-hit counties.",
			[]want{{typ: parley.Aid, source: "Tanzania", target: "Kenya", date: "2024-03-09"}}},
	})
	runNotCases(t, []notCase{
		{"the_receiver_gives_nothing_to_the_donor", "2024-03-14",
			"President Ruto on Saturday flagged off a consignment of maize donated by the Government of Tanzania to drought-hit counties.",
			want{typ: parley.Aid, source: "William Ruto"}},
	})
}
