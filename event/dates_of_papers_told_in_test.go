package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfPapersToldIn checks an act told in a dated paper ("in a June
// report", "by its resolution of 3 March 2021"): the paper's date is the
// act's, though it qualifies a noun.
func TestDatesOfPapersToldIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"month_before_the_paper", "2021-09-20",
			"Amnesty International accused the Ethiopian army in a June report of killing civilians in Tigray.",
			[]want{{typ: parley.Accuse, source: "Amnesty International", target: "Ethiopian National Defense Force", date: "2021-06"}}},
		{"day_after_the_paper", "2021-09-20",
			"The African Union, by its resolution of 3 March 2021, demanded that Ethiopia withdraw its troops from Tigray.",
			[]want{{typ: parley.Request, source: "African Union", target: "Ethiopia", date: "2021-03-03"}}},
	})
}
