package event_test

import (
	"testing"

	"parley"
)

// TestOfficesInSubjectLists checks a subject list whose first item is an
// office of a body with its holder in apposition ("the chairman of the
// council, X, and Y"): the holder acts, not the body; a body after "in
// front of" is no office and its people stay in the list.
func TestOfficesInSubjectLists(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"the_body_of_an_office_is_no_visitor", "2021-02-14",
			"The chairman of Sudan's Sovereign Council, Abdel Fattah al-Burhan, and Prime Minister Abdalla Hamdok flew to Cairo on Saturday.",
			want{typ: parley.Consult, source: "Abdel Fattah al-Burhan", target: "Egypt"},
			want{typ: parley.Consult, source: "Transitional Sovereignty Council"}},
	})
	runEventCases(t, []eventCase{
		{"both_holders_visit", "2021-02-14",
			"The chairman of Sudan's Sovereign Council, Abdel Fattah al-Burhan, and Prime Minister Abdalla Hamdok flew to Cairo on Saturday.",
			[]want{{typ: parley.Consult, source: "Abdel Fattah al-Burhan", target: "Egypt", date: "2021-02-13"},
				{typ: parley.Consult, source: "Abdalla Hamdok", target: "Egypt", date: "2021-02-13"}}},
	})
}
