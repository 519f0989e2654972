package event_test

import (
	"testing"

	"parley"
)

// TestThreatsUntilOneYields checks a warning, its day told before "that",
// that something would go on "unless" another side yields: a threat
// aimed at that side.
func TestThreatsUntilOneYields(t *testing.T) {
	runEventCases(t, []eventCase{
		{"unless_after_a_day", "1999-03-25",
			"NATO began air strikes against Yugoslavia on Wednesday. Javier Solana warned on Thursday that the strikes would continue unless Belgrade accepted the plan.",
			[]want{{typ: parley.Threaten, source: "Javier Solana", target: "Yugoslavia", date: "1999-03-25"}}},
		{"against_after_a_day", "2019-02-01",
			"Serbia has kept its tariffs on Kosovo goods. Kosovo warned on Friday that its government would take further measures against Serbia.",
			[]want{{typ: parley.Threaten, source: "Kosovo", target: "Serbia", date: "2019-02-01"}}},
	})
}
