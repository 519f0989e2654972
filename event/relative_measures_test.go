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

// TestRelativeClausesOfCommonNouns checks a relative clause whose subject
// is a common noun that names no actor ("which transporters have
// denounced for months"): its doer is unnamed, and no actor of the main
// clause stands in for it; a relative clause whose head is its subject
// still takes it.
func TestRelativeClausesOfCommonNouns(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"transporters_denounced_the_checks", "2025-03-14",
			"Sosa arrived in Santiago on Wednesday. The Bolivian minister thanked Chile for its help, but asked Santiago to end the extra inspections of trucks at the border crossing, which transporters have denounced for months.",
			want{typ: parley.Request, source: "Celinda Sosa", target: "Chile"},
			want{typ: parley.Accuse}},
		{"farmers_condemned_the_tariffs", "2025-03-14",
			"Peru thanked Chile for its help but asked it to scrap the tariffs on potatoes that local farmers condemned last year.",
			want{typ: parley.Request, source: "Peru", target: "Chile"},
			want{typ: parley.Accuse}},
	})
	runEventCases(t, []eventCase{
		{"the_head_denounced", "2025-03-14",
			"Bolivia thanked Peru, which has denounced Chile's inspections for months.",
			[]want{{typ: parley.Accuse, source: "Peru", target: "Chile"}}},
	})
}
