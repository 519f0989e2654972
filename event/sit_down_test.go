package event_test

import (
	"testing"

	"parley"
)

// TestSatDownWith checks "sat down with" as a meeting, and seats that
// are none.
func TestSatDownWith(t *testing.T) {
	tests := []eventCase{
		{"sat_down_with_a_counterpart", "2024-03-10",
			"Blinken sat down with Wang Yi in Beijing on Friday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi", status: parley.Occurred, date: "2024-03-08", medium: parley.InPerson}}},
		{"will_sit_down_with", "2024-03-10",
			"Modi will sit down with Biden at the White House on Thursday.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Joe Biden", status: parley.Planned, date: "2024-03-14"}}},
		{"sitting_down_with_opening_the_sentence", "2024-03-10",
			"Sitting down with Erdogan in Ankara, Scholz raised the migration deal.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Recep Tayyip Erdoğan"}}},
		{"sat_down_with_reporters_is_no_meeting", "2024-03-10",
			"The prime minister sat down with reporters after the summit.", nil},
		{"a_seat_next_to_someone_is_no_meeting", "2024-03-10",
			"Macron sat next to Xi at the dinner.", nil},
		{"a_seat_on_a_panel_is_no_meeting", "2024-03-10",
			"Lavrov sat on the panel with Blinken.", nil},
	}
	runEventCases(t, tests)
}
