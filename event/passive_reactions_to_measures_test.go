package event_test

import (
	"testing"

	"parley"
)

// TestPassiveReactionsToMeasures checks that a measure welcomed or
// condemned in the passive ("The sanctions were welcomed by Britain") is
// aimed at whoever took it.
func TestPassiveReactionsToMeasures(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sanctions_welcomed_by_a_state", "2023-12-19",
			"The European Union adopted a new package of sanctions against Belarus on Monday. The sanctions were also welcomed by Canada.",
			[]want{{typ: parley.Support, source: "Canada", target: "European Union"}}},
		{"decision_condemned_by_a_state", "2023-12-19",
			"Japan decided on Monday to release treated water into the sea. The decision has been condemned by China.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan"}}},
		{"sanctions_told_sentences_before", "2023-12-19",
			"The European Union adopted a new package of sanctions against Belarus on Monday. Hungary did not object. Minsk condemned the new sanctions as illegitimate and warned that it would retaliate. The Belarusian opposition thanked Brussels. The sanctions were also welcomed by Canada.",
			[]want{{typ: parley.Support, source: "Canada", target: "European Union"}}},
	})
}
