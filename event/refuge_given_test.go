package event_test

import (
	"testing"

	"parley"
)

// TestRefugeGiven covers asylum, refuge or sanctuary given to a political
// figure, as "granted" already is: help to the one sheltered. Shelter for
// refugees is no act toward a political actor.
func TestRefugeGiven(t *testing.T) {
	tests := []eventCase{
		{"given_refuge", "2004-05-07",
			"Ajarian leader Aslan Abashidze flew to Moscow on Thursday. Russia, long his patron, has given Abashidze refuge.",
			[]want{{typ: parley.Aid, source: "Russia", target: "Aslan Abashidze"}}},
		{"gave_asylum_to", "2003-08-12",
			"Nigeria gave asylum to former Liberian President Charles Taylor in August.",
			[]want{{typ: parley.Aid, source: "Nigeria", target: "Charles Taylor"}}},
		{"refuge_for_refugees", "2022-06-01",
			"Moldova has given refuge to 90,000 Ukrainian refugees since February.",
			nil},
	}
	runEventCases(t, tests)
}
