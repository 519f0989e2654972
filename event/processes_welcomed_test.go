package event_test

import (
	"testing"

	"parley"
)

// TestProcessesWelcomedInAState checks that welcoming what befell a
// state's process ("the restoration of democracy in Nepal") backs that
// state, as welcoming the process itself does.
func TestProcessesWelcomedInAState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_restoration_of_democracy_in", "1990-06-11",
			"Indian Prime Minister V. P. Singh welcomed the restoration of multiparty democracy in Nepal.",
			[]want{{typ: parley.Support, source: "V. P. Singh", target: "Nepal"}}},
		{"the_progress_of_a_transition_in", "2024-05-10",
			"Kenyan President William Ruto welcomed the progress of the transition in Somalia.",
			[]want{{typ: parley.Support, source: "William Ruto", target: "Somalia"}}},
	})
}
