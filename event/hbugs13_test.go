package event_test

import (
	"testing"

	"parley"
)

// TestHBugs13Events checks the reported bugs of the twenty-first session's
// thirteenth helper: each case names the events the text must yield.
func TestHBugs13Events(t *testing.T) {
	runEventCases(t, []eventCase{
		// A second past verb after "and"/"but" stands outside the doubt of the first one's object.
		{"welcomed_efforts_but_urged", "2024-05-10",
			"Canada welcomed Ukraine's efforts but urged NATO to do more.",
			[]want{{typ: parley.Request, source: "Canada", target: "North Atlantic Treaty Organization", status: parley.Occurred}}},
		{"praised_attempts_to_mediate_but_called_on", "2024-05-10",
			"Japan praised Seoul's attempts to mediate but called on Pyongyang to return to talks.",
			[]want{{typ: parley.Request, source: "Japan", target: "North Korea", status: parley.Occurred}}},
		{"backed_efforts_and_condemned", "2024-05-10",
			"The Arab League backed Egypt's efforts to broker a truce and condemned Israel's strikes on Rafah.",
			[]want{{typ: parley.Accuse, source: "Arab League", target: "Israel", status: parley.Occurred}}},
		{"supported_efforts_but_demanded", "2024-05-10",
			"Egypt supported Qatar's efforts but demanded that Israel open the crossings.",
			[]want{{typ: parley.Request, source: "Egypt", target: "Israel", status: parley.Occurred}}},
		{"welcomed_effort_but_criticised", "2024-05-10",
			"Ankara welcomed Baghdad's effort but criticised Iran.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Iran", status: parley.Occurred}}},
	})
}

// TestHBugs13Not checks readings the fixes must not make.
func TestHBugs13Not(t *testing.T) {
	runNotCases(t, []notCase{
		// A doubt before the first verb covers both verbs.
		{"whether_attacked_and_seized", "2024-05-10",
			"Analysts asked whether Russia attacked Kyiv and seized the port.",
			want{typ: parley.Assault, status: parley.Occurred}},
	})
}
