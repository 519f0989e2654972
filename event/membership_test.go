package event_test

import (
	"testing"

	"parley"
)

// TestMembership covers a state joining an international body — a
// member from then on — and a treaty of accession signed with the body
// it names or the one body the story is about; a bid to join is not yet
// membership.
func TestMembership(t *testing.T) {
	runEventCases(t, []eventCase{
		{"joined_the_union", "2013-07-02",
			"Croatia joined the European Union on Monday.",
			[]want{{typ: parley.Cooperate, source: "Croatia", target: "European Union", date: "2013-07-01"}}},
		{"joined_the_alliance_by_its_common_noun", "2023-04-05",
			"NATO foreign ministers met in Brussels on Tuesday. Finland formally joined the alliance the same day.",
			[]want{{typ: parley.Cooperate, source: "Finland", target: "North Atlantic Treaty Organization"}}},
		{"accession_protocol_of_the_body_told_before", "2017-06-06",
			"NATO leaders gathered in Brussels last week. Montenegro signed its accession protocol there in May last year.",
			[]want{{typ: parley.Agree, source: "Montenegro", target: "North Atlantic Treaty Organization"}}},
		{"treaty_of_accession_to_a_named_body", "2015-07-18",
			"Bolivia signed the protocol of accession to Mercosur on Friday.",
			[]want{{typ: parley.Agree, source: "Bolivia", target: "Mercosur"}}},
	})
	runNotCases(t, []notCase{
		{"a_bid_to_join", "2022-05-19",
			"Finland applied to join NATO on Wednesday.",
			want{typ: parley.Cooperate, source: "Finland"}},
		{"a_vote_against_joining", "1972-09-26",
			"Norway voted on Monday against joining the European Community.",
			want{typ: parley.Cooperate, source: "Norway"}},
		{"leaders_of_a_body_joined_for_dinner", "2023-04-05",
			"Emmanuel Macron joined NATO leaders for dinner on Tuesday.",
			want{typ: parley.Cooperate, source: "Emmanuel Macron"}},
		{"joined_a_body_in_talks", "2023-04-05",
			"Volodymyr Zelensky joined the European Union in talks on Tuesday.",
			want{typ: parley.Cooperate, source: "Volodymyr Zelensky"}},
		// Two bodies named before: which one an accession treaty joins
		// the story does not say.
		{"accession_with_two_bodies_named", "2015-07-18",
			"Mercosur and the European Union resumed trade talks. Bolivia signed its protocol of accession on Friday.",
			want{typ: parley.Agree, source: "Bolivia"}},
	})
}
