package event_test

import (
	"testing"

	"parley"
)

// TestBreaksAfterActsAndLentLegitimacy checks that ties cut "after" a
// side acted are cut with that side, and that legitimacy lent is no aid.
func TestBreaksAfterActsAndLentLegitimacy(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ties_severed_after_a_state_acted", "2022-11-02",
			"In March 2021, Niger severed ties after France refused to recall its envoy.",
			[]want{{typ: parley.Sanction, source: "Niger", target: "France", date: "2021-03"}}},
		{"money_lent_is_aid", "2022-11-02",
			"Japan lent Ukraine 500 million dollars on Monday.",
			[]want{{typ: parley.Aid, source: "Japan", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		{"legitimacy_lent_is_no_aid", "2022-11-02",
			"Venezuela's opposition criticised the visit, saying it lent legitimacy to Nicolás Maduro.",
			want{typ: parley.Aid}},
	})
}

// TestBordersClosedAfterActs checks that a border closed with no side
// named is closed on the side whose act it answers, a state for its
// forces.
func TestBordersClosedAfterActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"posts_shut_after_a_levy", "2024-03-15",
			"Rwanda had shut the posts after Kampala imposed a levy on Rwandan beans.",
			[]want{{typ: parley.Sanction, source: "Rwanda", target: "Uganda"}}},
		{"crossings_closed_after_an_attack", "2024-03-15",
			"Tajikistan closed the border crossings after Kyrgyz forces attacked its posts.",
			[]want{{typ: parley.Sanction, source: "Tajikistan", target: "Kyrgyzstan"}}},
	})
}
