package event_test

import (
	"testing"

	"parley"
)

// TestPlacesOfLaterClauses checks that a place named in a clause of its
// own after "before", "when" or "while" is where that clause's act
// happened, not the main act, and that an aside judging the act (", a
// gesture few in Nouméa …") places nothing.
func TestPlacesOfLaterClauses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"strike_hours_before_an_arrival_elsewhere", "2023-03-17",
			"Russia struck Kyiv with drones hours before Scholz arrived in Warsaw on Thursday.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", place: "-"},
				{typ: parley.Consult, source: "Olaf Scholz", target: "Poland", place: "Warsaw"}}},
		{"expulsion_while_a_minister_was_abroad", "2023-03-17",
			"Moldova expelled a Russian diplomat on Thursday while Maia Sandu was in Brussels.",
			[]want{{typ: parley.Sanction, source: "Moldova", target: "Russia", place: "-"}}},
		{"an_aside_judging_the_act_places_nothing", "1988-06-28",
			"Jacques Lafleur and Jean-Marie Tjibaou shook hands on Sunday, a gesture few in Nouméa had thought possible.",
			[]want{{typ: parley.Consult, source: "Jacques Lafleur", target: "Jean-Marie Tjibaou", place: "-"}}},
	})
}
