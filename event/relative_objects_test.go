package event_test

import (
	"testing"

	"parley"
)

// TestDeedsTakenInRelativeClauses checks a deed that a relative clause
// takes for its object ("a plan, which Addis Ababa accepted"): the
// answer is aimed at whoever put the deed forward, also in a second
// clause joined by "and".
func TestDeedsTakenInRelativeClauses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"accepted_and_rejected", "1998-06-20",
			"The United States and Rwanda put forward a peace plan, which Ethiopia accepted and Eritrea rejected.",
			[]want{{typ: parley.Agree, source: "Ethiopia", target: "United States"}, {typ: parley.Agree, source: "Ethiopia", target: "Rwanda"},
				{typ: parley.Reject, source: "Eritrea", target: "United States"}, {typ: parley.Reject, source: "Eritrea", target: "Rwanda"}}},
		{"welcomed_on_a_day", "2023-02-27",
			"China issued a proposal that Belarus welcomed on Monday.",
			[]want{{typ: parley.Support, source: "Belarus", target: "China", date: "2023-02-27"}}},
	})
}
