package event_test

import (
	"testing"

	"parley"
)

// TestMeetingsOthersJoined covers two sides who held a meeting "together
// with" others, or met ", with" others: the two met each other, and each
// of the others.
func TestMeetingsOthersJoined(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_sides_and_their_hosts", "2023-06-01",
			"Ilham Aliyev and Nikol Pashinyan held a meeting together with Charles Michel and Emmanuel Macron on Thursday.",
			[]want{{typ: parley.Consult, source: "Ilham Aliyev", target: "Nikol Pashinyan"},
				{typ: parley.Consult, source: "Ilham Aliyev", target: "Charles Michel"}}},
		{"two_sides_and_their_neighbours", "2020-12-05",
			"Alberto Fernández and Jair Bolsonaro are due to meet again, with Mario Abdo Benítez and Luis Lacalle Pou, on December 16.",
			[]want{{typ: parley.Consult, source: "Alberto Fernández", target: "Jair Bolsonaro"}}},
	})
	runNotCases(t, []notCase{
		{"one_sides_two_envoys", "2023-06-01",
			"Antony Blinken and Lloyd Austin held talks together with Yoko Kamikawa in Tokyo.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "Lloyd Austin"}},
	})
}
