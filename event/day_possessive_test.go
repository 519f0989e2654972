package event_test

import (
	"testing"

	"parley"
)

// TestDayPossessiveDeeds checks that a deed named after a day's
// possessive ("Monday's strike") reads as the noun "the strike" would:
// the reacting subject did not do it, and a country adjective names who
// did.
func TestDayPossessiveDeeds(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"adjective_after_a_days_possessive_is_the_doer", "2024-05-10",
			"Jordan condemned Monday's Israeli strike on a school in Gaza.",
			want{typ: parley.Assault, source: "Israel", target: "Palestine"},
			want{typ: parley.Assault, source: "Jordan", target: "Palestine"}},
		{"raid_after_a_weekday_possessive", "2024-05-10",
			"Egypt denounced Sunday's Turkish raid on Syria.",
			want{typ: parley.Assault, source: "Turkey", target: "Syria"},
			want{typ: parley.Assault, source: "Egypt", target: "Syria"}},
	})
	runNotCases(t, []notCase{
		{"the_condemner_is_no_striker", "2024-05-10",
			"Jordan condemned Monday's strike on a school in Gaza.",
			want{typ: parley.Assault, source: "Jordan", target: "Palestine"}},
		{"last_weeks_raid_is_no_condemners_act", "2024-05-10",
			"Kenya condemned last week's raid on a school in Somalia.",
			want{typ: parley.Assault, source: "Kenya", target: "Somalia"}},
	})
}
