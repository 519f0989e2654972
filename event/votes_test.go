package event_test

import (
	"testing"

	"parley"
)

// TestVotesOnABodysText checks votes cast on a text a body's act just
// told is about: backing or refusal of whom the act was aimed at, on its
// day; no vote read from a count of members or a vote not cast.
func TestVotesOnABodysText(t *testing.T) {
	oas := "The foreign ministers of the Organization of American States voted in San José on Tuesday to lift the sanctions on Cuba. The resolution was carried by sixteen votes to three. "
	runEventCases(t, []eventCase{
		{"in_favour", "1975-07-30", oas + "The United States voted in favour.",
			[]want{{typ: parley.Support, source: "United States", target: "Cuba", date: "1975-07-29"}}},
		{"against_by_a_list", "1975-07-30", oas + "Chile, Paraguay and Uruguay voted against, while Brazil abstained.",
			[]want{{typ: parley.Reject, source: "Chile", target: "Cuba", date: "1975-07-29"},
				{typ: parley.Reject, source: "Uruguay", target: "Cuba", date: "1975-07-29"}}},
	})
	unsc := "The Security Council on Thursday imposed sanctions on Libya. "
	runNotCases(t, []notCase{
		{"a_vote_not_cast", "2011-03-18", unsc + "Neither China nor Russia voted against the text.",
			want{typ: parley.Reject}},
		{"members_counted", "2003-03-02", "The government's motion to allow 62,000 US troops on Turkish soil was rejected by the Turkish Grand National Assembly yesterday, in a vote that stunned Washington. Of the 533 deputies present, 264 voted in favour and 250 voted against.",
			want{typ: parley.Reject, source: "American deputies"}}, // (the name the deputies get here)
		// A state's act is no text put to a vote.
		{"a_states_act", "2008-08-27", "Russia on Tuesday recognised the independence of Abkhazia. Belarus voted in favour.",
			want{typ: parley.Support, source: "Belarus"}},
	})
}
