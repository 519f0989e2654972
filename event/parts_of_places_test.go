package event_test

import (
	"testing"

	"parley"
)

// TestPartsOfPlacesStruck checks that a strike on part of a place ("the
// centre of Kharkiv", "the north of Gaza") is aimed at the state that
// holds the place, as one on the place itself is.
func TestPartsOfPlacesStruck(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_centre_of_a_city", "2022-03-02",
			"Russian forces shelled the centre of Kharkiv overnight.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		{"the_outskirts_of_a_capital", "2022-03-02",
			"Russian forces shelled the outskirts of Kyiv on Monday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2022-02-28"}}},
		{"the_north_of_a_territory", "2023-11-02",
			"Israeli jets struck the north of Gaza on Wednesday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine", date: "2023-11-01"}}},
	})
}
