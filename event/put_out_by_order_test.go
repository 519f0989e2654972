package event_test

import (
	"testing"

	"parley"
)

// TestPutOutByOrder checks people named after "ordered" and sent "out of"
// a place: an official or body put out by force is coerced; the people of
// a state sent out of the country are expelled, as envoys are.
func TestPutOutByOrder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"premier_out_of_the_chamber", "1987-05-16",
			"Soldiers led by Sitiveni Rabuka walked into the House of Representatives on Thursday and ordered the Prime Minister, Dr Timoci Bavadra, and his ministers out of the chamber at gunpoint.",
			[]want{{typ: parley.Coerce, source: "Sitiveni Rabuka", target: "Timoci Bavadra", date: "1987-05-14"}}},
		{"advisers_out_of_the_country", "1977-11-14",
			"Somalia on Sunday ordered all Soviet military advisers out of the country within a week.",
			[]want{{typ: parley.Sanction, source: "Somalia", target: "Soviet Union", date: "1977-11-13"}}},
	})
	runNotCases(t, []notCase{
		{"advisers_are_no_captives", "1977-11-14",
			"Somalia on Sunday ordered all Soviet military advisers out of the country within a week.",
			want{typ: parley.Coerce, source: "Somalia", target: "Soviet Union"}},
		{"out_of_his_own_pocket_is_no_place", "2013-11-28",
			"The court ordered Leonel Fernández to pay the costs, out of his own pocket.",
			want{typ: parley.Coerce, target: "Leonel Fernández"}},
	})
}
