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

// TestJoinedOnACall checks that those a leader "was joined by" on a call
// he convened, told just before, are the ones he consulted, by video when
// the call was.
func TestJoinedOnACall(t *testing.T) {
	runEventCases(t, []eventCase{
		{"joined_on_a_video_call", "2022-01-24",
			"This afternoon, President Biden convened a secure video call with European leaders. The President was joined by French President Emmanuel Macron and German Chancellor Olaf Scholz.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Joe Biden", date: "2022-01-24", medium: parley.Virtual},
				{typ: parley.Consult, source: "Olaf Scholz", target: "Joe Biden", date: "2022-01-24", medium: parley.Virtual}}},
	})
	runNotCases(t, []notCase{
		{"joined_with_no_meeting_told", "2022-12-09",
			"Biden was joined by Emmanuel Macron on the stage.",
			want{typ: parley.Consult}},
	})
}
