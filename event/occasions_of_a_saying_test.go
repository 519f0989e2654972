package event_test

import (
	"testing"

	"parley"
)

// TestOccasionOfASayingAfterItsTime checks that the speaker of "said in
// March, during a visit to Moscow, that …" is the visitor, the time of
// the saying between them.
func TestOccasionOfASayingAfterItsTime(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_in_march_during_a_visit", "2023-05-11",
			"Assad said in March, during a visit to Moscow, that relations with Turkey could improve.",
			[]want{{typ: parley.Consult, source: "Bashar al-Assad", target: "Russia", medium: parley.InPerson, place: "Moscow"}}},
	})
}
