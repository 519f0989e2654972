package event_test

import (
	"testing"

	"parley"
)

// TestRequestsAfterCalls checks that a request with no one named, joined
// by "and" to a call or meeting the subject held, is made of the one met,
// and that "called for his release" after a visit is not.
func TestRequestsAfterCalls(t *testing.T) {
	runEventCases(t, []eventCase{
		{"telephoned_and_urged_restraint", "2024-12-07",
			"President Emmanuel Macron telephoned Iranian President Masoud Pezeshkian on Saturday and urged restraint.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Masoud Pezeshkian", date: "2024-12-07"}}},
	})
	runNotCases(t, []notCase{
		{"called_for_a_release_after_a_visit", "2019-07-05",
			"Alberto Fernández visited Luiz Inácio Lula da Silva in prison in Curitiba on Thursday and called for his release.",
			want{typ: parley.Request, source: "Alberto Fernández", target: "Luiz Inácio Lula da Silva"}},
	})
}
