package event_test

import (
	"testing"

	"parley"
)

// TestSubjectNotBeforeAFrontedPhrase checks that a clause whose subject
// is an unnamed person ("a Pakistani minister") takes no subject from a
// phrase fronted before the comma, such as the outlet of an interview.
func TestSubjectNotBeforeAFrontedPhrase(t *testing.T) {
	runNotCases(t, []notCase{
		{"the_outlet_of_an_interview_is_no_subject", "2024-05-10",
			"In an interview with Xinhua, a Pakistani minister praised China.",
			want{typ: parley.Support, source: "Xinhua News Agency", target: "China"}},
		{"the_outlet_before_a_definite_role", "2024-05-10",
			"Speaking to Reuters on Monday, the Turkish envoy criticised Sweden.",
			want{typ: parley.Accuse, source: "Reuters", target: "Sweden"}},
	})
	runEventCases(t, []eventCase{
		// A named subject after the fronted phrase still acts.
		{"a_named_subject_after_the_phrase", "2024-05-10",
			"In an interview with Xinhua, Shehbaz Sharif praised China.",
			[]want{{typ: parley.Support, source: "Shehbaz Sharif", target: "China"}}},
	})
}
