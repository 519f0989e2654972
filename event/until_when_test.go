package event_test

import (
	"testing"

	"parley"
)

// TestUntilWhen checks that a clause opened by ", when" after "until" and
// a date is dated by that date, while an act up to a date alone is not.
func TestUntilWhen(t *testing.T) {
	runEventCases(t, []eventCase{
		{"until_a_month_when", "2021-12-08",
			"Trade stayed frozen until August, when Ethiopia lifted its ban on imports from Eritrea.",
			[]want{{typ: parley.Concede, source: "Ethiopia", target: "Eritrea", date: "2021-08"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"the_main_clause_keeps_its_own_day", "2021-12-08",
			"Ethiopia and Eritrea signed the accord in February but kept it quiet until July 1, when Ethiopia announced it.",
			want{},
			want{typ: parley.Agree, source: "Ethiopia", target: "Eritrea", date: "2021-07-01"}},
		{"an_end_point_is_no_day_of_the_act", "2021-12-08",
			"Ethiopia suspended imports from Eritrea until August.",
			want{},
			want{typ: parley.Sanction, source: "Ethiopia", target: "Eritrea", date: "2021-08"}},
	})
}
