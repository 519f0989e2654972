package event_test

import (
	"testing"

	"parley"
)

// TestReportedSpeechActs checks statements whose content is the act:
// claims and offers judged worthless, praise of a step, refusals,
// conditional threats and offered concessions.
func TestReportedSpeechActs(t *testing.T) {
	tests := []eventCase{
		// A claim or an offer judged worthless is refused.
		{"plan_said_unrealistic", "2024-05-10",
			"Moscow said Kyiv's peace plan was unrealistic.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Ukraine"}}},
		{"proposal_said_unacceptable", "2024-05-10",
			"The Israeli government said on Sunday that Hamas's latest proposal was unacceptable.",
			[]want{{typ: parley.Reject, source: "Israel", target: "Hamas", date: "2024-05-05"}}},
		{"conditions_said_unacceptable", "2024-05-10",
			"Tehran said Washington's conditions for talks were unacceptable.",
			[]want{{typ: parley.Reject, source: "Iran", target: "United States"}}},
		{"account_said_false", "2024-05-10",
			"Beijing says the Philippine account of the collision is false.",
			[]want{{typ: parley.Reject, source: "China", target: "Philippines"}}},
		{"charges_said_ridiculous", "2024-05-10",
			"Caracas said the US charges were completely ridiculous.",
			[]want{{typ: parley.Reject, source: "Venezuela", target: "United States"}}},
		{"demands_said_a_non_starter", "2024-05-10",
			"Belgrade said Pristina's demands were a non-starter.",
			[]want{{typ: parley.Reject, source: "Serbia", target: "Kosovo"}}},
		{"accusations_said_absurd", "2024-05-10",
			"A Kremlin spokesman said London's accusations were absurd.",
			[]want{{typ: parley.Reject, source: "Russia", target: "United Kingdom"}}},
		// A step praised is support for whoever took it.
		{"decision_said_a_positive_step", "2024-05-10",
			"Norway said on Friday that Sweden's decision was a positive step.",
			[]want{{typ: parley.Support, source: "Norway", target: "Sweden", date: "2024-05-10"}}},
		{"agreement_said_a_positive_development", "2024-05-10",
			"The African Union said Sudan's agreement to resume talks was a positive development.",
			[]want{{typ: parley.Support, source: "African Union", target: "Sudan"}}},
		{"offer_said_constructive", "2024-05-10",
			"Berlin says Poland's offer is constructive.",
			[]want{{typ: parley.Support, source: "Germany", target: "Poland"}}},
		{"return_said_an_encouraging_sign", "2024-05-10",
			"Seoul said Pyongyang's return to the hotline was an encouraging sign.",
			[]want{{typ: parley.Support, source: "South Korea", target: "North Korea"}}},
		{"actor_said_to_have_taken_an_important_step", "2024-05-10",
			"Paris said Algeria had taken an important step by reopening its airspace.",
			[]want{{typ: parley.Support, source: "France", target: "Algeria"}}},
		{"move_described_as_a_step_in_the_right_direction", "2024-05-10",
			"Brazil described Argentina's move as a step in the right direction.",
			[]want{{typ: parley.Support, source: "Brazil", target: "Argentina"}}},
		// A refusal of one's own, aimed at whose claim or demand it is.
		{"would_never_accept_claims", "2024-05-10",
			"Hanoi said it would never accept Beijing's claims in the South China Sea.",
			[]want{{typ: parley.Reject, source: "Vietnam", target: "China"}}},
		{"would_not_comply_with_demand", "2024-05-10",
			"Seoul said on Tuesday it would not comply with Tokyo's demand.",
			[]want{{typ: parley.Reject, source: "South Korea", target: "Japan", date: "2024-05-07"}}},
		{"will_never_accept_quoted", "2024-05-10",
			"“We will never accept the Chinese claims,” the Vietnamese foreign ministry said in a statement.",
			[]want{{typ: parley.Reject, source: "Ministry of Foreign Affairs of Vietnam", target: "China"}}},
		{"cannot_accept_terms", "2024-05-10",
			"Kyiv says it cannot accept Moscow's terms for a ceasefire.",
			[]want{{typ: parley.Reject, source: "Ukraine", target: "Russia"}}},
		{"will_not_be_dictated_to", "2024-05-10",
			"Baku said it would not be dictated to by Paris.",
			[]want{{typ: parley.Reject, source: "Azerbaijan", target: "France"}}},
		// A concession denied is a refusal.
		{"will_not_bow_to_pressure", "2024-05-10",
			"Tehran will not bow to pressure from the United States, Iran's foreign minister said on Monday.",
			[]want{{typ: parley.Reject, source: "Iran", target: "United States"}}},
		{"would_not_give_in", "2024-05-10",
			"Ethiopia said it would not give in to Egyptian pressure.",
			[]want{{typ: parley.Reject, source: "Ethiopia", target: "Egypt"}}},
		{"did_not_bow_to_pressure", "2024-05-10",
			"Athens did not bow to pressure from Ankara.",
			[]want{{typ: parley.Reject, source: "Greece", target: "Turkey"}}},
		// A penalty promised, or an answer promised to what the target
		// might do, is a threat.
		{"would_face_new_sanctions_if", "2024-05-10",
			"Washington said Venezuela would face new sanctions if it did not release the prisoners.",
			[]want{{typ: parley.Threaten, source: "United States", target: "Venezuela"}}},
		{"will_face_tariffs_unless", "2024-05-10",
			"Trump says Mexico will face tariffs of 25 percent unless it stops the flow of migrants.",
			[]want{{typ: parley.Threaten, source: "Donald Trump", target: "Mexico"}}},
		{"declaration_of_war", "2024-05-10",
			"Pyongyang said any attempt by Seoul to intercept its satellite would be regarded as a declaration of war.",
			[]want{{typ: parley.Threaten, source: "North Korea", target: "South Korea"}}},
		{"would_be_met_with", "2024-05-10",
			"Tehran said on Monday that any Israeli attack on its nuclear sites would be met with force.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "Israel", date: "2024-05-06"}}},
		// An obligation laid on the one named is a demand.
		{"had_an_obligation_to", "2024-05-10",
			"Germany said Russia had an obligation to free the detained journalist.",
			[]want{{typ: parley.Request, source: "Germany", target: "Russia"}}},
		{"is_obliged_to", "2024-05-10",
			"Jordan says Israel is obliged to open the crossings.",
			[]want{{typ: parley.Request, source: "Jordan", target: "Israel"}}},
		// A concession offered is one announced.
		{"prepared_to_withdraw_objection", "2024-05-10",
			"Russia said it was prepared to withdraw its objection to Finland's membership.",
			[]want{{typ: parley.Concede, source: "Russia", target: "Finland", status: parley.Planned}}},
		{"willing_to_lift_veto", "2024-05-10",
			"Ankara said on Thursday it was willing to lift its veto on Sweden's bid.",
			[]want{{typ: parley.Concede, source: "Turkey", target: "Sweden", status: parley.Planned}}},
		{"stands_ready_to_ease_curbs", "2024-05-10",
			"Japan stands ready to ease its export curbs on South Korea, the trade ministry said.",
			[]want{{typ: parley.Concede, source: "Japan", target: "South Korea", status: parley.Planned}}},
	}
	runEventCases(t, tests)
}

// TestReportedSpeechNotActs checks readings the statement coder must
// not make.
func TestReportedSpeechNotActs(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		// Another's demand judged is no demand of the speaker's.
		{name: "demands_judged_are_no_request", day: "2024-05-10",
			text: "Peru said Chile's demands were unacceptable.",
			want: want{typ: parley.Reject, source: "Peru", target: "Chile"},
			not:  want{typ: parley.Request, source: "Peru"}},
		{name: "adjective_demands_judged_are_no_request", day: "2024-05-10",
			text: "Qatar said the Saudi demands were an attack on its sovereignty.",
			not:  want{typ: parley.Request, source: "Qatar"}},
		// A false thing told of is no claim refused.
		{name: "false_information_spread_is_a_charge", day: "2024-05-10",
			text: "Poland said Belarus was spreading false information about the border.",
			not:  want{typ: parley.Reject}},
		// Outrage at a deed is a rebuke, not a refusal.
		{name: "killing_unacceptable_is_a_rebuke", day: "2024-05-10",
			text: "Jordan said Israel's killing of aid workers was unacceptable.",
			want: want{typ: parley.Accuse, source: "Jordan", target: "Israel"},
			not:  want{typ: parley.Reject}},
		// A step praised is not the support of those it bears on.
		{name: "sanctions_on_an_actor_a_positive_step", day: "2024-05-10",
			text: "Norway said the sanctions on Russia were a positive step.",
			not:  want{typ: parley.Support}},
		{name: "talks_said_constructive_praise_no_partner", day: "2024-05-10",
			text: "Macron met Xi in Paris on Monday. Macron said the talks had been constructive.",
			not:  want{typ: parley.Support}},
		{name: "position_said_not_constructive", day: "2024-05-10",
			text: "Moscow said Washington's position was not constructive.",
			not:  want{typ: parley.Support}},
		// A refusal told of the one named is theirs, not the speaker's.
		{name: "refusal_told_of_another", day: "2024-05-10",
			text: "Zelensky said Russia would never accept a fair peace.",
			not:  want{typ: parley.Reject}},
		{name: "refusal_told_of_the_other_with_would", day: "2024-05-10",
			text: "Seoul said Pyongyang would not accept the offer.",
			not:  want{typ: parley.Reject, source: "South Korea"}},
		{name: "not_yet_bowed_is_no_refusal", day: "2024-05-10",
			text: "Seoul has yet to bow to Tokyo's demands.",
			not:  want{typ: parley.Reject}},
		// Hardship foretold is no penalty promised; a place is no one warned.
		{name: "would_face_a_hard_winter", day: "2024-05-10",
			text: "Moldova said Ukraine would face a difficult winter.",
			not:  want{typ: parley.Threaten}},
		{name: "faces_sanctions_told_as_a_fact", day: "2024-05-10",
			text: "Germany said Iran already faces sanctions over its drone sales.",
			not:  want{typ: parley.Threaten}},
		{name: "legitimate_targets_sent_to_a_place", day: "2024-05-10",
			text: "Moscow said any troops sent to Ukraine would become legitimate targets.",
			not:  want{typ: parley.Threaten, target: "Ukraine"}},
		// A concession imagined or doubted is none offered; a demand
		// given up is none made.
		{name: "might_be_willing_is_no_offer", day: "2024-05-10",
			text: "Hungary said it might be willing to lift its veto on Ukraine's membership talks.",
			not:  want{typ: parley.Concede}},
		{name: "if_willing_is_no_offer", day: "2024-05-10",
			text: "If Moscow were willing to withdraw its objection to Finland's membership, Helsinki would talk.",
			not:  want{typ: parley.Concede}},
		{name: "demand_dropped_is_no_request", day: "2024-05-10",
			text: "Iran said it was ready to drop its demand for compensation from Britain.",
			not:  want{typ: parley.Request}},
	})
}
