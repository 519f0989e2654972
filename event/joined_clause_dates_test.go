package event_test

import (
	"testing"

	"parley"
)

// TestJoinedClauseDates checks a clause joined by ", and" or ", but"
// that names its own time before its act: the act is of that time, not
// of the one the first clause gives.
func TestJoinedClauseDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"and_last_month", "1979-07-18",
			"Nicaragua's neighbours have turned against Somoza. Mexico broke off relations with Nicaragua on 20 May, and last month the Andean Pact recognised the Sandinistas as belligerents.",
			[]want{{typ: parley.Sanction, source: "Mexico", target: "Nicaragua", date: "1979-05-20"},
				{typ: parley.Support, source: "Andean Community", target: "Sandinista National Liberation Front", date: "1979-06"}}},
		{"but_on_a_day", "2019-10-16",
			"Turkey's offensive in Syria drew protests. The Arab League condemned it on 12 October, but on Monday the European Union halted arms sales to Turkey.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Turkey", date: "2019-10-14"}}},
	})
}
