package event_test

import (
	"testing"

	"parley"
)

// TestNamingsAfterNazism checks that calling a government a remnant of
// Nazism, even in quotation marks, is an accusation.
func TestNamingsAfterNazism(t *testing.T) {
	runEventCases(t, []eventCase{
		{"remnants_of_nazism", "2017-03-12",
			"Speaking in Istanbul on Saturday, Erdogan called the Dutch government “remnants of Nazism” and promised retaliation.",
			[]want{{typ: parley.Accuse, source: "Recep Tayyip Erdoğan", target: "Netherlands", date: "2017-03-11"}}},
	})
	runNotCases(t, []notCase{
		{"a_history_of_nazism_is_no_naming", "2017-03-12",
			"Erdogan called the Dutch ambassador to discuss the history of Nazism.",
			want{typ: parley.Accuse}},
	})
}
