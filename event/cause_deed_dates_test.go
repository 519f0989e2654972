package event_test

import (
	"testing"

	"parley"
)

// TestCauseDeedDates checks that a date closing the deed a cause phrase
// names ("over the shooting of a fisherman by Thai guards on Friday")
// dates that deed, not the summons or protest it caused, while a date
// before the cause phrase is the act's.
func TestCauseDeedDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_deeds_day_is_not_the_summons", "2024-03-12",
			"Cambodia summoned the Thai ambassador over the shooting of a fisherman by Thai guards on Friday.",
			[]want{{typ: parley.Accuse, source: "Cambodia", target: "Thailand", date: "-"}}},
		{"the_acts_own_day_before_the_cause", "2024-03-12",
			"Cambodia summoned the Thai ambassador on Monday over the shooting of a fisherman by Thai guards.",
			[]want{{typ: parley.Accuse, source: "Cambodia", target: "Thailand", date: "2024-03-11"}}},
	})
}
