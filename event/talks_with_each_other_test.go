package event_test

import (
	"testing"

	"parley"
)

// TestTalksWithEachOther checks talks a pair held "with each other"
// while others sat in ("…, with the mediators in the room"): the pair met
// one another; the ones in the room are no partners.
func TestTalksWithEachOther(t *testing.T) {
	text := "William Ruto and Raila Odinga signed the deal on Thursday. Before that, the two men spent six hours in talks with each other at State House, with Olusegun Obasanjo in the room."
	runEventCases(t, []eventCase{
		{"the_pair", "2024-03-08", text,
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Raila Odinga"}}},
	})
	runNotCases(t, []notCase{
		{"not_the_one_in_the_room", "2024-03-08", text, want{typ: parley.Consult, source: "William Ruto", target: "Olusegun Obasanjo"}},
	})
}
