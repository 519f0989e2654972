package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfClauses checks which clause's date an act takes: not a date
// of a clause set off after it, nor of background told in the past
// perfect.
func TestDatesOfClauses(t *testing.T) {
	tests := []eventCase{
		// A past perfect in the narration tells what came before the day
		// the story is about; it takes no day from the sentences around.
		{"past_perfect_background_takes_no_day", "2024-06-20",
			"Hungary's parliament approved Finland's bid on Tuesday after months of delay. Budapest had accused Helsinki of spreading lies about its democracy.",
			[]want{{typ: parley.Accuse, source: "Hungary", target: "Finland", date: "-"}}},
		{"past_perfect_also_takes_no_day", "2024-06-20",
			"Chile recalled its ambassador to Lima on Monday. Santiago had also demanded that Peru release the detained consul.",
			[]want{{typ: parley.Request, source: "Chile", target: "Peru", date: "-"}}},
		{"present_perfect_also_takes_no_day", "2024-06-20",
			"Norway sent humanitarian aid to Sudan on Monday. Norway has also sent medicines to Chad.",
			[]want{{typ: parley.Aid, source: "Norway", target: "Chad", date: "-"}}},
		// Reported by a speaker, the past perfect keeps the saying's day.
		{"reported_past_perfect_keeps_the_day", "2024-06-20",
			"Chile recalled its ambassador to Lima on Monday. The foreign ministry said Santiago had also demanded that Peru release the detained consul.",
			[]want{{typ: parley.Request, source: "Chile", target: "Peru", date: "2024-06-17"}}},
	}
	runEventCases(t, tests)
}
