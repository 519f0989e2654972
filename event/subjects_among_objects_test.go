package event_test

import (
	"testing"

	"parley"
)

// TestSubjectAmongTheObjects checks that a bare "the government" read as
// one of the states its verb names after it asks none of the others.
func TestSubjectAmongTheObjects(t *testing.T) {
	runNotCases(t, []notCase{
		{"the_government_asked_a_list", "2006-05-26",
			"Australian soldiers landed at Dili airport on Thursday, a day after the government formally asked Australia, New Zealand, Malaysia and Portugal to send forces.",
			want{typ: parley.Request, source: "Australia", target: "New Zealand"}},
	})
	runEventCases(t, []eventCase{
		{"a_named_subject_asks_the_rest", "2006-05-26",
			"Australia formally asked New Zealand, Malaysia and Portugal to send forces on Wednesday.",
			[]want{{typ: parley.Request, source: "Australia", target: "New Zealand", date: "2006-05-24"}}},
	})
}
