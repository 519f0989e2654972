package event_test

import (
	"testing"

	"parley"
)

// TestRepeatedSpeechActs checks acts done by saying that the text tells
// as repeated or constant ("has repeatedly urged", "has always denied"):
// still told, unlike a habit of deeds ("has repeatedly backed", "routinely
// detains"), which stays a stance.
func TestRepeatedSpeechActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"has_repeatedly_urged", "2016-04-20",
			"EU Commissioner Johannes Hahn has repeatedly urged President Gjorge Ivanov to give Zoran Zaev the mandate.",
			[]want{{typ: parley.Request, source: "Johannes Hahn", target: "Gjorge Ivanov"}}},
		{"has_always_denied", "2008-06-02",
			"Mozambique on Monday accused South Africa of sheltering rebel commanders. South Africa has always denied the charge.",
			[]want{{typ: parley.Reject, source: "South Africa", target: "Mozambique"}}},
	})
	runNotCases(t, []notCase{
		{"a_repeated_deed_is_a_habit", "2016-04-20",
			"Washington has repeatedly backed Seoul in its disputes with Pyongyang.", want{typ: parley.Support}},
		{"routinely_accuses_is_a_habit", "2016-04-20",
			"Pyongyang routinely accuses Seoul of plotting an invasion.", want{typ: parley.Accuse}},
	})
}
