package event_test

import (
	"testing"

	"parley"
)

// TestGroundTaken checks ground seized with no holder named ("the rebels
// seized Kalemie"): taken from the side the seizer last fought, or for
// an armed group with no fight told, from the state whose ground it is.
func TestGroundTaken(t *testing.T) {
	runEventCases(t, []eventCase{
		{"from_the_side_fought", "2023-11-03",
			"Sudan's army bombed Rapid Support Forces positions in Omdurman on Tuesday. The RSF captured Zalingei on Wednesday after a week of fighting.",
			[]want{{typ: parley.Coerce, source: "Rapid Support Forces", target: "Sudanese Armed Forces", date: "2023-11-01"}}},
		{"an_armed_groups_own_state", "2022-11-02",
			"Congo's government expelled Rwanda's ambassador on Saturday. M23 rebels have seized the towns of Kiwanja and Rutshuru in North Kivu.",
			[]want{{typ: parley.Coerce, source: "M23", target: "Democratic Republic of the Congo"}}},
	})
	runNotCases(t, []notCase{
		{"goods_are_no_ground", "2023-11-03",
			"Sudan's army bombed Rapid Support Forces positions in Omdurman on Tuesday. The RSF seized fuel and Toyota trucks on Wednesday.",
			want{typ: parley.Coerce, source: "Rapid Support Forces"}},
	})
}
