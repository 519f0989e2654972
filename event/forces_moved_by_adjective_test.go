package event_test

import (
	"testing"

	"parley"
)

// TestForcesMovedByAdjective checks a censure of forces moved or shown,
// their state named by its adjective ("condemned the Iraqi troop
// movements"): aimed at that state.
func TestForcesMovedByAdjective(t *testing.T) {
	runEventCases(t, []eventCase{
		{"troop_movements", "1994-10-10",
			"The Gulf Cooperation Council condemned the Iraqi troop movements near the Kuwaiti border.",
			[]want{{typ: parley.Accuse, source: "Gulf Cooperation Council", target: "Iraq"}}},
		{"deployment", "2019-10-12",
			"Cyprus denounced the Turkish deployment off its coast on Saturday.",
			[]want{{typ: parley.Accuse, source: "Cyprus", target: "Turkey", date: "2019-10-12"}}},
	})
}
