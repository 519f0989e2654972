package event_test

import (
	"testing"

	"parley"
)

// TestVisitsTalkedOf checks that a visit whose "of" names the visitor
// is coded though the sentence only discusses it, and that its day is
// not the discussion's.
func TestVisitsTalkedOf(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_named_visit_discussed", "2025-03-11",
			"The ministers discussed the visit of President Prabowo Subianto to Hanoi next month.",
			[]want{{typ: parley.Consult, source: "Prabowo Subianto", target: "Vietnam", status: parley.Planned, date: "2025-04"}}},
		{"a_named_visit_prepared_at_a_meeting", "2025-03-11",
			"Sugiono met Bui Thanh Son in Jakarta on Monday. The two ministers discussed preparations for the visit of President Prabowo Subianto to Hanoi next month.",
			[]want{{typ: parley.Consult, source: "Sugiono", target: "Bùi Thanh Sơn", status: parley.Occurred, date: "2025-03-10"},
				{typ: parley.Consult, source: "Prabowo Subianto", target: "Vietnam", status: parley.Planned, date: "2025-04"}}},
		{"an_accord_told_after_the_visit_keeps_its_day", "2025-03-11",
			"Sugiono met Bui Thanh Son in Jakarta on Monday. During the meeting, the two ministers discussed the visit of President Prabowo Subianto to Hanoi next month and signed a plan of action.",
			[]want{{typ: parley.Agree, source: "Sugiono", target: "Bùi Thanh Sơn", status: parley.Occurred, date: "2025-03-10"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"the_discussion_is_not_dated_by_the_visit", "2025-03-11",
			"Sugiono met Bui Thanh Son in Jakarta on Monday. The two ministers discussed preparations for the visit of President Prabowo Subianto to Hanoi next month.",
			want{typ: parley.Consult, source: "Sugiono", target: "Bùi Thanh Sơn"},
			want{typ: parley.Consult, source: "Sugiono", target: "Bùi Thanh Sơn", date: "2025-04"}},
	})
}
