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
			"Nicaragua's neighbours have turned against Somoza. Mexico broke off relations with Nicaragua on 20 May, and last month the foreign ministers of the Andean Pact recognised the Sandinistas as belligerents.",
			[]want{{typ: parley.Sanction, source: "Mexico", target: "Nicaragua", date: "1979-05-20"},
				{typ: parley.Support, source: "Andean Community", target: "Sandinista National Liberation Front", date: "1979-06"}}},
		{"and_days_later", "1994-06-20",
			"North Korea barred inspectors in May. The IAEA's board responded on 10 June by suspending the agency's technical assistance to North Korea, and three days later Pyongyang announced that it was leaving the agency altogether.",
			[]want{{typ: parley.Sanction, source: "North Korea", target: "International Atomic Energy Agency", date: "1994-06-13"}}},
	})
}
