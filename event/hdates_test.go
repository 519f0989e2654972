package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfEvents checks the day given to events whose sentence or page
// tells it only indirectly, and the events that must stay undated.
func TestDatesOfEvents(t *testing.T) {
	tests := []struct {
		name, day, text string
		want            []want
	}{
		// A measure reported done is dated by its announcement, with or
		// without "that"; a meeting reported held came some time before.
		{"measure_reported_done_without_that", "2022-08-06",
			"Russia said on Friday it had expelled two Polish diplomats.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Poland", date: "2022-08-05"}}},
		{"measure_reported_done_by_a_ministry", "2023-05-17",
			"The foreign ministry of Japan said on Tuesday it had summoned the Chinese ambassador.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Japan", target: "China", date: "2023-05-16"}}},
		{"meeting_reported_held_stays_undated", "2025-02-08",
			"Donald Trump said on Thursday he had held a call with Shigeru Ishiba.",
			[]want{{typ: parley.Consult, source: "Donald Trump", target: "Shigeru Ishiba", date: "-"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			for _, w := range tt.want {
				found := false
				for _, e := range a.Events {
					found = found || w.matches(e)
				}
				if !found {
					t.Errorf("no event like %+v in %s", w, describe(a.Events))
				}
			}
		})
	}
}
