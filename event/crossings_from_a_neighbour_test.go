package event_test

import (
	"testing"

	"parley"
)

// TestCrossingsFromANeighbour checks forces crossing "from" one place
// "into" another: the build-up is aimed at where they went, not where
// they came from; "from" with no "into" after it aims at no one. Forces
// "backed by" others are still the ones that moved, and a foe they
// pursue is the aim rather than the state they enter.
func TestCrossingsFromANeighbour(t *testing.T) {
	runEventCases(t, []eventCase{
		{"from_a_region_into_a_state", "1994-06-24",
			"French troops crossed from eastern Zaire into Rwanda on Thursday.",
			[]want{{typ: parley.Mobilize, source: "French Armed Forces", target: "Rwanda", date: "1994-06-23"}}},
		{"backed_by_and_in_pursuit_of", "2011-10-18",
			"Kenyan troops backed by armoured vehicles and helicopters crossed into southern Somalia on Sunday in pursuit of al-Shabaab militants.",
			[]want{{typ: parley.Mobilize, source: "Kenya Defence Forces", target: "al-Shabaab", date: "2011-10-16"}}},
		{"backed_by_into_a_state", "2011-10-18",
			"Rwandan troops supported by tanks pushed into Congo on Monday.",
			[]want{{typ: parley.Mobilize, source: "Rwanda Defence Force", target: "Democratic Republic of the Congo", date: "2011-10-17"}}},
	})
	runNotCases(t, []notCase{
		{"from_alone_is_no_aim", "1994-06-24",
			"French troops crossed from eastern Zaire on Thursday.",
			want{typ: parley.Mobilize, source: "French Armed Forces", target: "Zaire"}},
		{"villagers_backed_by_lawyers_are_no_forces", "2011-10-18",
			"Villagers backed by lawyers crossed into Somalia on Sunday.",
			want{typ: parley.Mobilize, target: "Somalia"}},
	})
}
