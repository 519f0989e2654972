package event_test

import (
	"testing"

	"parley"
)

// TestMeasureBeforeItsImposer checks a penalty named before the one who
// imposed it, in a relative clause: the imposer's sanction on the one
// after "on".
func TestMeasureBeforeItsImposer(t *testing.T) {
	runEventCases(t, []eventCase{
		{"duty_that_washington_imposed", "2018-06-11",
			"Those tariffs answer the 25 per cent duty on steel that Washington imposed on Canada and Mexico on June 1.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Canada", date: "2018-06-01"},
				{typ: parley.Sanction, source: "United States", target: "Mexico", date: "2018-06-01"}}},
		{"tariffs_the_us_slapped", "2018-06-11",
			"Ottawa's countermeasures respond to the tariffs the United States slapped on Canadian steel last month.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Canada"}}},
		{"a_duty_imposed", "2019-05-10",
			"Washington imposed a 25 per cent duty on Chinese steel on Friday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "China", date: "2019-05-10"}}},
	})
	runEventCases(t, []eventCase{
		// Said to be coming, not imposed.
		{"sanctions_russia_said_it_would_impose", "2022-05-10",
			"The sanctions that Russia said it would impose on Finland never came.", nil},
	})
}
