package event_test

import (
	"testing"

	"parley"
)

// TestRecognitionSwitchedAway checks a switch of recognition told only by
// the state it left ("switched diplomatic recognition from Taiwan"): the
// break with that state; told with the state it went to, the support and
// the break, each once.
func TestRecognitionSwitchedAway(t *testing.T) {
	runEventCases(t, []eventCase{
		{"switched_away_alone", "2019-11-28",
			"In September the Kiribati government switched diplomatic recognition from Taiwan.",
			[]want{{typ: parley.Sanction, source: "Kiribati", target: "Taiwan", date: "2019-09"}}},
	})
	a := analyze(t, "Kiribati switched ties from Taipei to Beijing in September.", "2019-11-28")
	var support, breaks int
	for _, e := range a.Events {
		switch {
		case e.Type == parley.Support && e.Target.Name == "China":
			support++
		case e.Type == parley.Sanction && e.Target.Name == "Taiwan":
			breaks++
		}
	}
	if support != 1 || breaks != 1 {
		t.Errorf("switch from Taipei to Beijing: %d supports of China and %d breaks with Taiwan, want one each: %s", support, breaks, describe(a.Events))
	}
}
