package event_test

import (
	"testing"

	"parley"
)

// TestSharedObjectDates covers two verbs joined before the object they
// share ("stormed and set fire to the embassy on Saturday night"): the
// day after the object is the first verb's too, while a second predicate
// with a plan of its own keeps its time apart.
func TestSharedObjectDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"stormed_and_set_fire", "2016-01-04",
			"Protesters stormed and set fire to the Danish embassy in Damascus on Saturday night.",
			[]want{{typ: parley.Protest, source: "Syrian protesters", target: "Denmark", date: "2016-01-02"}}},
		{"set_to_is_a_plan", "2016-01-04",
			"Denmark summoned the Syrian ambassador on Saturday and is set to expel him next week.",
			[]want{{typ: parley.Accuse, source: "Denmark", target: "Syria", date: "2016-01-02"}}},
	})
}
