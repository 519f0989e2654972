package event_test

import (
	"testing"

	"parley"
)

// TestPastVerbAfterAPlan checks "said on Wednesday it would convene a
// meeting … next week and urged both governments to …": the urging is the
// body's (not the two countries' whose ministers are to meet), past, and
// of the saying's day, not of the meeting's.
func TestPastVerbAfterAPlan(t *testing.T) {
	runEventCases(t, []eventCase{
		{"urged_after_a_planned_meeting", "2025-01-29",
			"Colombia imposed tariffs on Ecuador. The Andean Community said on Wednesday it would convene an extraordinary meeting of the two countries' trade ministers next week and urged both governments to refrain from further measures.",
			[]want{{typ: parley.Request, source: "Andean Community", target: "Colombia", status: parley.Occurred, date: "2025-01-29"},
				{typ: parley.Request, source: "Andean Community", target: "Ecuador", status: parley.Occurred, date: "2025-01-29"}}},
	})
}
