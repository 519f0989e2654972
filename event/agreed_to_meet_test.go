package event_test

import (
	"testing"

	"parley"
)

// TestAgreedToMeet checks that agreeing to meet or hold talks is the
// meeting planned and no accord besides, while agreeing to do anything
// else stays an accord.
func TestAgreedToMeet(t *testing.T) {
	runEventCases(t, []eventCase{
		{"agreed_to_meet_again", "2022-05-24",
			"Gustavo Petro and Nicolás Maduro agreed to meet again in Caracas in August.",
			[]want{{typ: parley.Consult, source: "Gustavo Petro", target: "Nicolás Maduro", status: parley.Planned, date: "2022-08"}}},
		{"agreed_to_reopen_the_border", "2022-05-24",
			"Gustavo Petro and Nicolás Maduro agreed to reopen the border in August.",
			[]want{{typ: parley.Agree, source: "Gustavo Petro", target: "Nicolás Maduro"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"no_accord_besides_the_meeting", "2022-05-24",
			"Gustavo Petro and Nicolás Maduro agreed to meet again in Caracas in August.",
			want{typ: parley.Consult, source: "Gustavo Petro", target: "Nicolás Maduro"},
			want{typ: parley.Agree}},
		{"one_agreed_to_hold_talks", "2022-05-24",
			"Nicolás Maduro agreed to hold talks with Gustavo Petro next month.",
			want{},
			want{typ: parley.Agree}},
	})
}
