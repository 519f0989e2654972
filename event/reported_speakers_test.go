package event_test

import (
	"testing"

	"parley"
)

// TestReportedSpeakerIsNoTarget checks that an actor reported as the
// subject of a verb of speech ("said the Union condemned …") speaks for
// itself and is no target of the one who reports it, while a deed charged
// in a reported clause stays the reporter's charge.
func TestReportedSpeakerIsNoTarget(t *testing.T) {
	runNotCases(t, []notCase{
		{"a_reported_condemnation_is_the_bodys_own", "2024-03-10",
			"The Norwegian foreign minister said the African Union had condemned the shelling of the camp.",
			want{typ: parley.Accuse, target: "African Union"}},
		{"a_reported_welcome_is_the_states_own", "2024-03-10",
			"Lavrov said Turkey welcomed the idea of talks in Istanbul.",
			want{typ: parley.Support, source: "Sergey Lavrov", target: "Turkey"}},
	})
	runEventCases(t, []eventCase{
		{"a_deed_charged_stays_the_reporters", "2024-03-10",
			"Lavrov said Ukraine had violated the ceasefire.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "Ukraine"}}},
	})
}
