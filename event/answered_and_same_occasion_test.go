package event_test

import (
	"testing"

	"parley"
)

// TestAnswerToAProposalByItsAuthor checks refusals and welcomes whose
// other party is the author of what they answer, named after the thing
// ("levelled at it by", "to Geneva from") or as the subject of the clause
// a relative "which" hangs on.
func TestAnswerToAProposalByItsAuthor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_charge_levelled_at_the_speaker_by_its_author", "2017-09-29",
			"Myanmar's envoy Hau Do Suan rejected the charge of genocide levelled at his country by Gambia.",
			[]want{{typ: parley.Reject, source: "Hau Do Suan", target: "Gambia"}}},
		{"accusations_made_against_it_by", "2024-05-10",
			"Beijing dismissed the accusations made against it by Manila.",
			[]want{{typ: parley.Reject, source: "China", target: "Philippines"}}},
		{"an_invitation_to_a_place_from_its_host", "2024-08-20",
			"The Sudanese army declined the invitation to Geneva from Switzerland and Saudi Arabia.",
			[]want{{typ: parley.Reject, source: "Sudanese Armed Forces", target: "Switzerland"}}},
		{"a_call_answered_in_a_relative_clause", "2005-05-20",
			"Britain and Germany called for an independent inquiry into the killings, which President Islam Karimov rejected.",
			[]want{{typ: parley.Reject, source: "Islam Karimov", target: "United Kingdom"}, {typ: parley.Reject, source: "Islam Karimov", target: "Germany"}}},
		{"an_offer_welcomed_in_a_relative_clause", "2024-05-10",
			"Qatar offered to host the talks, which Chad welcomed.",
			[]want{{typ: parley.Support, source: "Chad", target: "Qatar"}}},
		{"high_commissioners_ordered_to_leave", "2009-11-04",
			"Fiji ordered the Australian and New Zealand high commissioners to leave the country.",
			[]want{{typ: parley.Sanction, source: "Fiji", target: "Australia"}, {typ: parley.Sanction, source: "Fiji", target: "New Zealand"}}},
	})
	runNotCases(t, []notCase{
		{"a_relative_after_a_call_of_ones_own_side", "2024-05-10",
			"Chad's president called for new elections, which the Chadian opposition rejected.",
			want{typ: parley.Reject, source: "Chad", target: "Chad"}},
	})
}

// TestSameOccasionTakesItsDay checks acts told "in the same address" or
// "at the same briefing": the occasion told before, with its day.
func TestSameOccasionTakesItsDay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_same_statement_named_before_with_its_day", "2023-05-31",
			"President Joe Biden issued a statement on Monday condemning Uganda's new law. In the same statement he called on Kampala to repeal the law.",
			[]want{{typ: parley.Request, source: "Joe Biden", target: "Uganda", date: "2023-05-29"}}},
		{"the_same_address_after_an_announcement", "2009-11-05",
			"On Tuesday evening Bainimarama announced that the two envoys had to go. In the same televised address, Bainimarama accused Australia of meddling in Fiji's courts.",
			[]want{{typ: parley.Accuse, source: "Frank Bainimarama", target: "Australia", date: "2009-11-03"}}},
		{"at_the_same_briefing", "2014-05-08",
			"Chinese foreign ministry spokeswoman Hua Chunying spoke at a regular briefing on Wednesday. At the same briefing, Hua urged Vietnam to withdraw its ships.",
			[]want{{typ: parley.Request, source: "Hua Chunying", target: "Vietnam", date: "2014-05-07"}}},
	})
	runEventCases(t, []eventCase{
		{"at_the_same_time_is_no_occasion", "2024-05-10",
			"Germany imposed sanctions on Belarus on Monday. At the same time, France urged Minsk to free its prisoners.",
			[]want{{typ: parley.Request, source: "France", target: "Belarus", date: "-"}}},
	})
}

// TestCouncilRecordDays checks the record of a council's meeting whose
// decision came after the debate: the decision's day for the council's
// acts, the meeting's own day for what the speakers said there.
func TestCouncilRecordDays(t *testing.T) {
	record := "In the early hours of Wednesday, the Security Council, in a statement read out by its President, Ambassador Ruchira Kamboj of India, deeply regretted the loss of life. " +
		"The Council urged Ethiopia to allow aid convoys into Tigray at once. " +
		"The statement came ten hours after the Council opened an emergency meeting on Tuesday afternoon. " +
		"Martin Griffiths, the Under-Secretary-General for Humanitarian Affairs, told members that Eritrea's troops had blocked the aid. " +
		"Linda Thomas-Greenfield, Permanent Representative of the United States, urged Eritrea to withdraw its forces. " +
		"Dmitry Polyanskiy, Deputy Permanent Representative of the Russian Federation, said the Council should not interfere."
	runEventCases(t, []eventCase{
		{"council_and_speakers_on_their_days", "2022-12-14", record,
			[]want{
				{typ: parley.Request, source: "United Nations Security Council", target: "Ethiopia", date: "2022-12-14"},
				{typ: parley.Request, source: "Linda Thomas-Greenfield", target: "Eritrea", date: "2022-12-13"},
			}},
	})
}

// TestDatesOfOtherNounsAndOpeningDays checks a month that dates a noun
// later in the sentence ("the election planned for January"), which
// neither dates nor plans the act, and a sentence's opening day, which
// "hours later" counts from rather than a month named further on.
func TestDatesOfOtherNounsAndOpeningDays(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_month_planned_for_another_noun", "2009-10-19",
			"West African leaders imposed an arms embargo on Guinea and said none of its rulers should stand in the presidential election planned for January.",
			[]want{{typ: parley.Sanction, source: "Economic Community of West African States", target: "Guinea", status: parley.Occurred, date: "-"}}},
	})
}
