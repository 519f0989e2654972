package event_test

import (
	"testing"

	"parley"
)

// TestPlainActsOnceMissed checks plain acts the coder once left out: a
// state named with "the" suspended from a body, troops counted "well
// over" a number, talks blocked "with" the state they were for, money
// paid in compensation, and armed groups of the past known by name.
func TestPlainActsOnceMissed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"suspended_a_state_named_with_the", "2016-10-14",
			"The Commonwealth suspended the Gambia from its councils in 2013.",
			[]want{{typ: parley.Sanction, source: "Commonwealth of Nations", target: "Gambia"}}},
		{"troops_well_over_a_number", "2022-02-03",
			"Russia has massed well over 100,000 troops near Ukraine's borders.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Ukraine"}}},
		{"talks_blocked_with_the_candidates", "2020-11-19",
			"The Netherlands blocked the opening of accession talks with Albania in 2019.",
			[]want{{typ: parley.Reject, source: "Netherlands", target: "Albania"}}},
		{"compensation_paid_to_a_neighbour", "2022-02-03",
			"Under the deal, Hungary will pay Slovakia 20 million euros in compensation.",
			[]want{{typ: parley.Aid, source: "Hungary", target: "Slovakia", status: parley.Planned}}},
		{"an_armed_group_of_the_past_by_name", "2006-12-28",
			"Ethiopian troops attacked the Islamic Courts near Baidoa on Tuesday.",
			[]want{{typ: parley.Assault, source: "Ethiopian National Defense Force", target: "Union of Islamic Courts"}}},
	})
	runNotCases(t, []notCase{
		{"a_price_paid_is_no_aid", "2022-02-03",
			"Moscow will pay a heavy price for its war, Poland said.",
			want{typ: parley.Aid}},
		{"sanctions_over_numbers_named_after_the_cause", "2022-02-03",
			"Washington imposed sanctions on Beijing over arms sales to Taiwan.",
			want{typ: parley.Sanction, source: "United States", target: "Taiwan"}},
	})
}
