package event_test

import (
	"testing"

	"parley"
)

// TestCrossingsFromANeighbour checks forces crossing "from" one place
// "into" another: the build-up is aimed at where they went, not where
// they came from; "from" with no "into" after it aims at no one.
func TestCrossingsFromANeighbour(t *testing.T) {
	runEventCases(t, []eventCase{
		{"from_a_region_into_a_state", "1994-06-24",
			"French troops crossed from eastern Zaire into Rwanda on Thursday.",
			[]want{{typ: parley.Mobilize, source: "French Armed Forces", target: "Rwanda", date: "1994-06-23"}}},
	})
	runNotCases(t, []notCase{
		{"from_alone_is_no_aim", "1994-06-24",
			"French troops crossed from eastern Zaire on Thursday.",
			want{typ: parley.Mobilize, source: "French Armed Forces", target: "Zaire"}},
	})
}
