package event_test

import (
	"testing"

	"parley"
)

// TestPairsActingAgain checks a pair that acted together and then acts
// again after "and": each does the second act to the one it names
// ("The two ministers held talks and voiced concern over China's
// manoeuvres").
func TestPairsActingAgain(t *testing.T) {
	text := "Penny Wong met Enrique Manalo in Manila on Monday. The two ministers held talks on maritime security and voiced concern over China's dangerous manoeuvres."
	runEventCases(t, []eventCase{
		{"each_at_the_third", "2024-07-09", text,
			[]want{{typ: parley.Accuse, source: "Penny Wong", target: "China"},
				{typ: parley.Accuse, source: "Enrique Manalo", target: "China"}}},
	})
}
