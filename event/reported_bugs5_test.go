package event_test

import (
	"strings"
	"testing"

	"parley"
)

// TestSecondPredicateDates checks that a day opening a second predicate
// ("met Modi and on Sunday signed a pact") is that predicate's only, and
// that a past day there plans nothing.
func TestSecondPredicateDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"next_day_after_a_meeting_is_past", "2024-05-12",
			"Macron met Scholz on Friday and the next day signed a defence pact.",
			[]want{{typ: parley.Agree, source: "Emmanuel Macron", target: "Olaf Scholz", status: parley.Occurred, date: "2024-05-11"}}},
		{"following_month_after_talks_is_past", "2024-05-12",
			"Japan and India held talks in March and the following month signed a pact.",
			[]want{{typ: parley.Agree, source: "Japan", target: "India", status: parley.Occurred, date: "2024-04"}}},
		{"day_opening_the_second_predicate_is_not_the_meeting_s", "2024-05-12",
			"Albanese met Modi and on Sunday signed a trade deal.",
			[]want{{typ: parley.Consult, source: "Anthony Albanese", target: "Narendra Modi", date: "-"},
				{typ: parley.Agree, source: "Anthony Albanese", target: "Narendra Modi", date: "2024-05-12"}}},
		{"announcement_day_is_not_the_meeting_s", "2024-05-12",
			"Blinken met Wang Yi in Beijing and on Monday announced a new working group.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi", date: "-"}}},
		{"next_day_still_to_come_stays_planned", "2024-05-12",
			"Macron will meet Scholz on Monday and the next day sign a defence pact.",
			[]want{{typ: parley.Agree, status: parley.Planned, source: "Olaf Scholz", target: "Emmanuel Macron"}}},
	})
	runNotCases(t, []notCase{
		{"two_days_told_are_two_acts_not_a_list", "2024-05-12",
			"Albanese met Modi on Thursday and on Sunday signed a trade deal.",
			want{typ: parley.Consult, source: "Anthony Albanese", target: "Narendra Modi", date: "2024-05-12"}},
	})
}

// TestInvitedActs checks that an act an invitation's "to" opens is still
// to come ("accepted an invitation from Putin to visit Moscow").
func TestInvitedActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"accepted_an_invitation_to_visit", "2024-05-12",
			"Orban accepted an invitation from Putin to visit Moscow.",
			[]want{{typ: parley.Consult, source: "Viktor Orbán", target: "Vladimir Putin", status: parley.Planned}}},
		{"received_an_invitation_to_visit", "2024-05-12",
			"Modi received an invitation from Biden to visit Washington.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Joe Biden", status: parley.Planned}}},
		{"took_up_an_invitation_to_visit", "2024-05-12",
			"Scholz took up an invitation from Sunak to visit London.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Rishi Sunak", status: parley.Planned}}},
	})
	runNotCases(t, []notCase{
		{"journey_made_at_an_invitation_is_made", "2024-05-12",
			"Meloni arrived in Tunis at the invitation of Saied to meet him.",
			want{typ: parley.Consult, status: parley.Planned}},
		{"visit_after_an_accepted_invitation_is_made", "2024-05-12",
			"Ruto, who accepted an invitation from Biden, visited Washington last week.",
			want{typ: parley.Consult, status: parley.Planned}},
	})
}

// TestAnsweredDemands checks that a demand coded from its answer is made
// of the state that answers it, when a speaker states the answer for it.
func TestAnsweredDemands(t *testing.T) {
	runEventCases(t, []eventCase{
		{"minister_says_her_state_would_refuse", "2024-05-12",
			"Wong said Australia would refuse the demand from China.",
			[]want{{typ: parley.Request, source: "China", target: "Australia"}}},
		{"chancellor_says_his_state_would_reject", "2024-05-12",
			"Scholz said Germany would reject Kyiv's request.",
			[]want{{typ: parley.Request, source: "Ukraine", target: "Germany"}}},
	})
	runNotCases(t, []notCase{
		{"no_second_demand_to_the_speaker", "2024-05-12",
			"Wong said Australia would refuse the demand from China.",
			want{typ: parley.Request, source: "China", target: "Penny Wong"}},
		{"no_second_demand_still_to_come", "2024-05-12",
			"Japan will reject the request from Seoul to halt the discharge.",
			want{typ: parley.Request, status: parley.Planned}},
	})
	runEventCases(t, []eventCase{
		{"speaker_who_refuses_himself_is_asked", "2024-05-12",
			"Wong rejected the demand from China.",
			[]want{{typ: parley.Request, source: "China", target: "Penny Wong"}}},
	})
}

// TestJoinedInInquiries checks that each state joined in asking an
// unnamed body to look into alleged crimes makes the charge.
func TestJoinedInInquiries(t *testing.T) {
	runEventCases(t, []eventCase{
		{"joiner_of_an_inquiry_asked_of_the_court", "2024-05-12",
			"Spain joined Ireland and Slovenia in asking the court to investigate alleged war crimes by Israel.",
			[]want{{typ: parley.Accuse, source: "Spain", target: "Israel"}, {typ: parley.Accuse, source: "Ireland", target: "Israel"},
				{typ: parley.Accuse, source: "Slovenia", target: "Israel"}}},
		{"joiner_of_an_inquiry_urged_on_the_prosecutor", "2024-05-12",
			"Belgium joined Chile in urging the prosecutor to investigate alleged abuses by Israel.",
			[]want{{typ: parley.Accuse, source: "Belgium", target: "Israel"}, {typ: parley.Accuse, source: "Chile", target: "Israel"}}},
	})
}

// TestAllOfAList checks that "all three" after a list of three states
// names each of them.
func TestAllOfAList(t *testing.T) {
	runEventCases(t, []eventCase{
		{"complaints_against_all_three", "2024-05-12",
			"Germany, France and Italy missed the deadline. Poland filed complaints against all three.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Germany"}, {typ: parley.Accuse, source: "Poland", target: "France"},
				{typ: parley.Accuse, source: "Poland", target: "Italy"}}},
		{"criticised_all_four", "2024-05-12",
			"Japan, South Korea, China and India skipped the vote. Canada criticised all four on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Canada", target: "Japan"}, {typ: parley.Accuse, source: "Canada", target: "India"}}},
		{"a_list_of_another_length_is_not_all_three", "2024-05-12",
			"Japan, South Korea, China and India skipped the vote. Canada criticised all three.", nil},
	})
}

// TestSameDayAs checks that "on the same day that …" is the day of the
// act it names when the article told that act before.
func TestSameDayAs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"same_day_that_a_call_told_before", "2024-05-12",
			"Biden spoke with Netanyahu on Monday. On Wednesday, Israel struck Rafah. On the same day that Biden called Netanyahu, Egypt warned Israel.",
			[]want{{typ: parley.Threaten, source: "Egypt", target: "Israel", date: "2024-05-06"}}},
		{"same_day_as_a_strike_told_before", "2024-05-12",
			"Russia fired missiles at Kyiv on Tuesday. Germany pledged new air defences on Thursday. On the same day as Russia attacked Kyiv, Poland summoned the Russian ambassador.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Russia", date: "2024-05-07"}}},
	})
	runNotCases(t, []notCase{
		{"the_named_act_is_not_another_call", "2024-05-12",
			"Biden spoke with Netanyahu on Monday. On Wednesday, Israel struck Rafah. On the same day that Biden called Netanyahu, Egypt warned Israel.",
			want{typ: parley.Consult, source: "Joe Biden", target: "Benjamin Netanyahu", date: "2024-05-08"}},
	})
}

// TestFacilitiesNamedAfterPeople checks that an airport, port or base
// named after someone is no actor.
func TestFacilitiesNamedAfterPeople(t *testing.T) {
	runEventCases(t, []eventCase{
		{"rally_outside_an_airport_is_against_the_leader", "2024-05-12",
			"Protesters rallied outside Ben Gurion Airport against Netanyahu.",
			[]want{{typ: parley.Protest, target: "Benjamin Netanyahu", source: "Israeli protesters"}}},
	})
	for _, text := range []string{
		"Biden was received at King Khalid International Airport by Saudi Arabia's crown prince.",
		"He flew into Queen Alia International Airport in Amman.",
		"Netanyahu landed at Ben Gurion Airport.",
	} {
		for _, a := range analyze(t, text, "2024-05-12").Actors {
			if strings.Contains(a.Name, "Airport") {
				t.Errorf("%q: the airport is an actor: %+v", text, a)
			}
		}
	}
}

// TestAnsweredInvitations checks that an invitation accepted or declined
// is the inviter's request of the one who answers it.
func TestAnsweredInvitations(t *testing.T) {
	runEventCases(t, []eventCase{
		{"accepted_an_invitation_from", "2024-05-12",
			"Orban accepted an invitation from Putin to visit Moscow.",
			[]want{{typ: parley.Request, source: "Vladimir Putin", target: "Viktor Orbán"}}},
		{"accepted_a_possessive_invitation", "2024-05-12",
			"Lula accepted Xi's invitation to visit Beijing.",
			[]want{{typ: parley.Request, source: "Xi Jinping", target: "Luiz Inácio Lula da Silva"}}},
		{"declined_an_invitation_from", "2024-05-12",
			"Scholz declined an invitation from Putin to attend the parade.",
			[]want{{typ: parley.Request, source: "Vladimir Putin", target: "Olaf Scholz"}, {typ: parley.Reject, source: "Olaf Scholz", target: "Vladimir Putin"}}},
		{"an_invitation_of_no_one_named", "2024-05-12",
			"Meloni accepted the invitation.", nil},
	})
}

// TestBothOfAPair checks that "both" standing alone after a pair of
// states names each of them.
func TestBothOfAPair(t *testing.T) {
	runEventCases(t, []eventCase{
		{"urged_both_to", "2024-05-12",
			"Armenia and Azerbaijan traded fire on Monday. The EU urged both to show restraint.",
			[]want{{typ: parley.Request, source: "European Union", target: "Armenia"}, {typ: parley.Request, source: "European Union", target: "Azerbaijan"}}},
		{"criticised_both", "2024-05-12",
			"Serbia and Kosovo missed the deadline. Brussels criticised both.",
			[]want{{typ: parley.Accuse, source: "European Union", target: "Serbia"}, {typ: parley.Accuse, source: "European Union", target: "Kosovo"}}},
		{"thanked_both_for", "2024-05-12",
			"Russia and Ukraine swapped prisoners. Turkey thanked both for their cooperation.",
			[]want{{typ: parley.Support, source: "Turkey", target: "Russia"}, {typ: parley.Support, source: "Turkey", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		{"both_before_a_noun_is_no_pair_pronoun", "2024-05-12",
			"Serbia and Kosovo tabled two plans. Brussels criticised both proposals.",
			want{typ: parley.Accuse, source: "European Union"}},
	})
}
