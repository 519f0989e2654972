package event_test

import (
	"testing"

	"parley"
)

// TestSecondVerbsOfUnnamedSubjects checks "… and asks …" after a first
// verb whose subject is a pronoun with no actor behind it, or after a
// noun with its modifier ("their border dispute"): the second verb's
// subject is the first verb's, never the first verb's object.
func TestSecondVerbsOfUnnamedSubjects(t *testing.T) {
	text := "The text takes a middle course. It urges Kenya and Somalia to settle their maritime dispute peacefully and asks the UN Secretary-General to report back."
	runNotCases(t, []notCase{
		{"not_the_first_verbs_object", "2018-11-16", text, want{typ: parley.Request, source: "Kenya", target: "António Guterres"}},
	})
	runEventCases(t, []eventCase{
		{"named_subject_goes_on", "2018-11-16",
			"The African Union urges Kenya and Somalia to settle their maritime dispute peacefully and asks the UN Secretary-General to report back.",
			[]want{{typ: parley.Request, source: "African Union", target: "Kenya"},
				{typ: parley.Request, source: "African Union", target: "António Guterres"}}},
	})
}
