package event_test

import (
	"testing"

	"parley"
)

// TestHomeGroups checks that an armed group named after the possessive of
// its own state is the one acted on, the state only its home.
func TestHomeGroups(t *testing.T) {
	tests := []ruledOutCase{
		{"group_after_its_states_possessive_is_the_object", "2024-05-10",
			"Iran condemned Lebanon's Hezbollah movement on Friday.",
			want{typ: parley.Accuse, source: "Iran", target: "Hezbollah"},
			want{typ: parley.Accuse, source: "Iran", target: "Lebanon"}},
		{"group_after_its_states_possessive_is_the_one_held_responsible", "1998-09-11",
			"Tehran said on Friday it held Afghanistan's Taliban fully responsible for the killing of its envoys.",
			want{typ: parley.Accuse, source: "Iran", target: "Taliban"},
			want{typ: parley.Accuse, source: "Iran", target: "Afghanistan"}},
		// A person after the possessive was already the one acted on.
		{"a_state_before_its_person_still_yields_the_person", "2024-05-10",
			"Iran condemned Russia's Vladimir Putin on Friday.",
			want{typ: parley.Accuse, source: "Iran", target: "Vladimir Putin"},
			want{typ: parley.Accuse, source: "Iran", target: "Russia"}},
	}
	runRuledOut(t, tests)
}
