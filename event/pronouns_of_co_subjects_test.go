package event_test

import (
	"testing"

	"parley"
)

// TestPronounObjectIsNoCoSubject checks that a pronoun object never
// stands for one of the verb's own subjects: "France and the United
// States condemned it" is no act of France against the United States,
// and "France and Belgium urged it" asks the state the sentence before
// opened on.
func TestPronounObjectIsNoCoSubject(t *testing.T) {
	runNotCases(t, []notCase{
		{"condemned_it", "2008-12-30",
			"France and the United States have also condemned it and called for a rapid return to civilian rule.",
			want{typ: parley.Accuse, source: "France", target: "United States"}},
		{"urged_him", "2022-05-30",
			"Putin spoke with Erdogan on Monday. Macron and Scholz urged him on Saturday to negotiate with Zelensky.",
			want{typ: parley.Request, source: "Emmanuel Macron", target: "Olaf Scholz"}},
	})
	runEventCases(t, []eventCase{
		{"the_state_the_sentence_before_opened_on", "2008-12-30",
			"Guinea expelled the French ambassador on Monday. France and Belgium urged it on Tuesday to reverse the decision.",
			[]want{
				{typ: parley.Request, source: "France", target: "Guinea", date: "2008-12-30"},
				{typ: parley.Request, source: "Belgium", target: "Guinea", date: "2008-12-30"},
			}},
	})
}
