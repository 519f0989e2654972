package event_test

import (
	"testing"

	"parley"
)

// TestPurposeOfAContact checks acts told as the purpose of a call, a
// meeting or a visit ("called Lavrov to urge …"): the caller does them,
// not the one called, while "called on X to …" still asks X.
func TestPurposeOfAContact(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_call_to_urge_a_third_state", "2022-02-20",
			"Blinken called Lavrov on Tuesday to urge Russia to pull back its troops from the border.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Sergey Lavrov"}, {typ: parley.Request, source: "Antony Blinken", target: "Russia"}}},
		{"a_call_to_press_the_one_called", "2022-02-20",
			"Macron phoned Putin on Sunday to press him to let the inspectors in.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Vladimir Putin"}}},
		{"a_visit_to_condemn", "2022-04-10",
			"Borrell visited Kyiv on Friday to condemn the Russian strikes on the railway station.",
			[]want{{typ: parley.Accuse, source: "Josep Borrell", target: "Russia"}}},
		{"a_meeting_to_warn", "2023-06-20",
			"Blinken met Wang Yi in Beijing to warn China against supplying weapons to Russia.",
			[]want{{typ: parley.Threaten, source: "Antony Blinken", target: "China"}}},
	})
	runNotCases(t, []notCase{
		// Asked to act, the one called on acts.
		{"called_on_asks_the_one_called", "2022-02-20",
			"Biden called on Putin to urge the separatists to stand down.",
			want{typ: parley.Request, source: "Joe Biden", target: "separatists"}},
		// The one called does not urge anyone.
		{"the_one_called_is_no_requester", "2022-02-20",
			"Blinken called Lavrov on Tuesday to urge Russia to pull back its troops from the border.",
			want{typ: parley.Request, source: "Sergey Lavrov"}},
	})
}

// TestPurposeOfAJourney checks that a demand made on a journey ("travelled
// to Beijing on April 17 to demand an apology") is made of the state
// travelled to.
func TestPurposeOfAJourney(t *testing.T) {
	runEventCases(t, []eventCase{
		{"travelled_to_demand", "2005-04-20",
			"Foreign Minister Nobutaka Machimura travelled to Beijing on April 17 to demand an apology and compensation.",
			[]want{{typ: parley.Request, source: "Nobutaka Machimura", target: "China", date: "2005-04-17"}}},
	})
}
