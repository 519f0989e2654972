package event_test

import (
	"testing"

	"parley"
)

// TestThingsWantedFromAnother checks that an apology, an explanation or
// compensation "wanted from" an actor is asked of that actor.
func TestThingsWantedFromAnother(t *testing.T) {
	runEventCases(t, []eventCase{
		{"wanted_an_apology_from", "2022-07-21",
			"Iraq's foreign ministry said Baghdad wanted an official apology from Turkey.",
			[]want{{typ: parley.Request, source: "Ministry of Foreign Affairs of Iraq", target: "Turkey", status: parley.Occurred}}},
		{"wants_compensation_from", "2022-07-21",
			"Iraq wants compensation from Turkey for the victims.",
			[]want{{typ: parley.Request, source: "Iraq", target: "Turkey", status: parley.Occurred}}},
	})
	runNotCases(t, []notCase{
		{"wants_goods_from", "2022-07-21",
			"Iraq wants more electricity from Turkey.",
			want{typ: parley.Request}},
	})
}
