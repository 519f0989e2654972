package event_test

import (
	"testing"

	"parley"
)

// TestFireExchangedWithMissionStaff checks the staff of a mission named
// after "with" as the mission's side: soldiers who exchange fire with
// staff of an embassy attack it, and it them.
func TestFireExchangedWithMissionStaff(t *testing.T) {
	runEventCases(t, []eventCase{
		{"staff_of_an_embassy", "1973-09-13",
			"Chile's armed forces overthrew President Salvador Allende on Tuesday. Late on Tuesday soldiers exchanged fire with staff of the Cuban embassy outside the mission.",
			[]want{{typ: parley.Assault, source: "Embassy of Cuba", target: "Chilean Armed Forces", date: "1973-09-11"}}},
	})
}
