package event_test

import (
	"testing"

	"parley"
)

// TestRequestsGrantedByPronoun checks an answer to "her request" or
// "their demands": aimed at whoever the pronoun stands for, as an answer
// to "Sirleaf's request" is, and no second demand when the article has
// already told the asking.
func TestRequestsGrantedByPronoun(t *testing.T) {
	asked := "Liberian President Ellen Johnson Sirleaf asked Nigeria earlier this month to surrender Charles Taylor. "
	runEventCases(t, []eventCase{
		{"agreed_to_her_request", "2006-03-27",
			asked + "President Olusegun Obasanjo agreed to her request on Saturday.",
			[]want{{typ: parley.Agree, source: "Olusegun Obasanjo", target: "Ellen Johnson Sirleaf", date: "2006-03-25"}}},
		{"refused_her_request", "2006-03-27",
			asked + "President Olusegun Obasanjo refused her request on Saturday.",
			[]want{{typ: parley.Reject, source: "Olusegun Obasanjo", target: "Ellen Johnson Sirleaf", date: "2006-03-25"}}},
	})
	runNotCases(t, []notCase{
		{"the_request_told_before_is_not_made_again", "2006-03-27",
			asked + "President Olusegun Obasanjo agreed to her request on Saturday.",
			want{typ: parley.Request, source: "Ellen Johnson Sirleaf", target: "Olusegun Obasanjo"}},
	})
}
