package event_test

import (
	"testing"

	"parley"
)

// TestAccordsBetweenPartiesOfTheirContent checks an accord whose subject
// names a pair only in what it is about ("to end the fighting between the
// army and the resistance"): its signers sign with each other; and a
// signer named with his state's full style ("King Hussein of the
// Hashemite Kingdom of Jordan") is the person, not the state.
func TestAccordsBetweenPartiesOfTheirContent(t *testing.T) {
	runEventCases(t, []eventCase{
		{"fighting_between_in_the_accord", "2000-12-13",
			"Ethiopia and Eritrea signed an accord ending the war between the Ethiopian army and the Eritrean army.",
			[]want{{typ: parley.Agree, source: "Ethiopia", target: "Eritrea"}}},
		{"a_king_with_his_states_style", "1994-10-27",
			"King Hussein of the Hashemite Kingdom of Jordan and Prime Minister Yitzhak Rabin signed a peace treaty at Wadi Araba.",
			[]want{{typ: parley.Agree, source: "Hussein of Jordan", target: "Yitzhak Rabin"}}},
	})
	runNotCases(t, []notCase{
		{"no_accord_with_the_armies", "2000-12-13",
			"Ethiopia and Eritrea signed an accord ending the war between the Ethiopian army and the Eritrean army.",
			want{typ: parley.Agree, target: "Ethiopian National Defense Force"}},
	})
}
