package event_test

import (
	"testing"

	"parley"
)

// TestGivenWhereHosted checks that what a visitor pledges in a "where"
// clause after the place of a visit is pledged to the state of that
// place, and that a place of the pledger's own state names no one.
func TestGivenWhereHosted(t *testing.T) {
	const lead = "New Zealand Prime Minister Christopher Luxon spoke on Monday. "
	runRuledOut(t, []ruledOutCase{
		{"hosted_in_a_capital_where_he_pledged", "2024-02-14",
			lead + "Last month Samoa's Prime Minister Fiamē Naomi Mata'afa hosted Luxon in Apia, where he pledged NZ$20 million for climate adaptation.",
			want{typ: parley.Agree, source: "Christopher Luxon", target: "Samoa", date: "2024-01"},
			want{}},
		{"visited_a_capital_where_he_pledged", "2024-02-14",
			lead + "Luxon visited Apia, where he pledged NZ$20 million for climate adaptation.",
			want{typ: parley.Agree, source: "Christopher Luxon", target: "Samoa"},
			want{}},
		{"a_city_at_home_names_no_one", "2024-02-14",
			lead + "Luxon spoke in Auckland, where he pledged NZ$20 million for climate adaptation.",
			want{},
			want{typ: parley.Agree, source: "Christopher Luxon"}},
	})
}
