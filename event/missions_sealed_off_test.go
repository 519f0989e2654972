package event_test

import (
	"testing"

	"parley"
)

// TestMissionsSealedOff checks that police or troops sealing off a
// foreign mission coerce the state it serves, while a deal sealed stays
// an agreement.
func TestMissionsSealedOff(t *testing.T) {
	runEventCases(t, []eventCase{
		{"police_sealed_off_an_embassy", "2017-03-12",
			"Turkish police sealed off the Dutch embassy in Ankara late on Saturday.",
			[]want{{typ: parley.Coerce, source: "Turkish National Police", target: "Netherlands", status: parley.Occurred, date: "2017-03-11"}}},
		{"a_deal_sealed", "2017-03-12",
			"China and Laos sealed a trade deal on Friday.",
			[]want{{typ: parley.Agree, source: "China", target: "Laos", date: "2017-03-10"}}},
	})
	runNotCases(t, []notCase{
		{"a_crowd_sealing_nothing_off", "2017-03-12",
			"Protesters sealed off the Dutch embassy in Ankara on Saturday.",
			want{typ: parley.Coerce}},
	})
}
