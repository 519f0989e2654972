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

// TestAccordsWelcomedBetweenTheirParties checks that an accord welcomed
// with its parties after "reached between" is support for each party,
// however long the first party's name.
func TestAccordsWelcomedBetweenTheirParties(t *testing.T) {
	runEventCases(t, []eventCase{
		{"reached_between_two_states", "2020-04-12",
			"Saudi Arabia welcomed the understanding reached between the United States and Mexico.",
			[]want{{typ: parley.Support, source: "Saudi Arabia", target: "United States"},
				{typ: parley.Support, source: "Saudi Arabia", target: "Mexico"}}},
	})
}
