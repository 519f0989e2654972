package event_test

import (
	"testing"

	"parley"
)

// TestExpulsionsPutPolitely checks an expulsion told as a request to
// leave ("asked the station chief to leave the country") and one of an
// intelligence service's man: each is a penalty on the one sent away,
// not a plea.
func TestExpulsionsPutPolitely(t *testing.T) {
	runEventCases(t, []eventCase{
		{"asked_to_leave", "2014-07-10",
			"The German government on Thursday asked the CIA station chief in Berlin to leave the country.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Central Intelligence Agency", date: "2014-07-10"}}},
		{"station_chief_ordered_out", "2014-07-10",
			"Berlin ordered the CIA station chief to leave Germany within a week.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Central Intelligence Agency"}}},
	})
	runNotCases(t, []notCase{
		{"not_a_plea", "2014-07-10",
			"The German government on Thursday asked the CIA station chief in Berlin to leave the country.",
			want{typ: parley.Request, source: "Germany", target: "Central Intelligence Agency"}},
	})
}
