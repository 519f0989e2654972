package event_test

import (
	"testing"

	"parley"
)

// TestSuspectsNamed checks one named or identified "as a suspect" as
// accused of a crime by whoever names them (an appointment "as prime
// minister" is none), and a passive's agent given as a body's officer by
// title and name: the officer.
func TestSuspectsNamed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"named_as_a_suspect", "2011-03-09",
			"The ICC prosecutor, Fatou Bensouda, named William Ruto as a suspect in the killings.",
			[]want{{typ: parley.Accuse, source: "Fatou Bensouda", target: "William Ruto"}}},
		{"named_by_an_officer_in_the_passive", "2011-03-09",
			"On 8 March William Ruto was named by the ICC prosecutor, Fatou Bensouda, as one of six suspects.",
			[]want{{typ: parley.Accuse, source: "Fatou Bensouda", target: "William Ruto", date: "2011-03-08"}}},
		{"officer_without_commas", "2011-03-09",
			"William Ruto was accused by ICC prosecutor Fatou Bensouda of planning the attacks.",
			[]want{{typ: parley.Accuse, source: "Fatou Bensouda", target: "William Ruto"}}},
	})
	runNotCases(t, []notCase{
		{"named_to_an_office", "2020-01-16", "Vladimir Putin named Mikhail Mishustin as prime minister on Wednesday.", want{typ: parley.Accuse}},
	})
}
