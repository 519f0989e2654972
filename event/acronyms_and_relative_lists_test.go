package event_test

import (
	"testing"

	"parley"
)

// TestAcronymsAndRelativeLists checks an acronym a story gives a body the
// knowledge base knows by name ("the Electoral Council (CNE) … the CNE"),
// a list of bodies joined by "and of" before "whom it accused", and an
// envoy recalled after a penalty on a court, which is no state, and an
// opposition leader's refusal, which answers no demand made of the
// state's electoral council.
func TestAcronymsAndRelativeLists(t *testing.T) {
	runEventCases(t, []eventCase{
		{"acronym_of_a_known_body", "2024-08-03",
			"Venezuela's National Electoral Council (CNE) named the winner on Monday. Chile and Peru on Thursday urged the CNE to publish the tally sheets.",
			[]want{{typ: parley.Request, source: "Chile", target: "National Electoral Council of Venezuela"}}},
		{"whom_it_accused_after_a_list", "2024-09-14",
			"Canada imposed sanctions on five officials, among them members of the Supreme Tribunal of Justice and of the National Electoral Council of Venezuela, whom it accused of rigging the vote.",
			[]want{
				{typ: parley.Accuse, source: "Canada", target: "Supreme Tribunal of Justice"},
				{typ: parley.Accuse, source: "Canada", target: "National Electoral Council of Venezuela"},
				{typ: parley.Sanction, source: "Canada", target: "Supreme Tribunal of Justice"},
				{typ: parley.Sanction, source: "Canada", target: "National Electoral Council of Venezuela"},
			}},
		{"recalled_from_the_state_named_after", "2024-09-20",
			"Chile imposed sanctions on the Supreme Tribunal of Justice of Venezuela on Monday. On Friday Venezuela recalled its ambassador for consultations after Chile's foreign minister called the government a dictatorship.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "Chile", date: "2024-09-20"}}},
	})
	runNotCases(t, []notCase{
		{"opposition_not_asked_by_a_demand_of_the_council", "2024-08-23",
			"On 1 August Mexico urged Venezuela's National Electoral Council to publish the tally sheets. On 22 August the court certified the result; Edmundo González had refused to appear when the court summoned him.",
			want{typ: parley.Reject, source: "Edmundo González", target: "Mexico"}},
		{"accused_not_the_accuser", "2024-09-14",
			"Canada imposed sanctions on five officials, among them members of the Supreme Tribunal of Justice and of the National Electoral Council of Venezuela, whom it accused of rigging the vote.",
			want{typ: parley.Accuse, source: "National Electoral Council of Venezuela", target: "Canada"}},
		{"recalled_from_a_state", "2024-09-20",
			"Chile imposed sanctions on the Supreme Tribunal of Justice of Venezuela on Monday. On Friday Venezuela recalled its ambassador for consultations after Chile's foreign minister called the government a dictatorship.",
			want{typ: parley.Sanction, source: "Venezuela", target: "Supreme Tribunal of Justice of Venezuela"}},
	})
}
