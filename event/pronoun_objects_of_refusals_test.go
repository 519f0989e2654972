package event_test

import (
	"testing"

	"parley"
)

// TestPronounObjectsOfRefusals checks that "him" or "her" right after the
// verb of a gesture refused or agreed to is the act's target, and that a
// clause fronted with "After …," does not make its subject the main
// clause's, so "him" stands for the one it named.
func TestPronounObjectsOfRefusals(t *testing.T) {
	runEventCases(t, []eventCase{
		{"refused_to_congratulate_him_after_a_fronted_clause", "2020-12-02",
			"Luis Arce won the vote in Bolivia. After Arce won in October 2020, Bolsonaro refused to congratulate him.",
			[]want{{typ: parley.Reject, source: "Jair Bolsonaro", target: "Luis Arce"}}},
		{"refused_to_give_her_an_assurance", "1991-01-08",
			"Prime Minister Kazimira Prunskienė flew to Moscow. Officials said Gorbachev had refused to give her an assurance that force would not be used.",
			[]want{{typ: parley.Reject, source: "Mikhail Gorbachev", target: "Kazimira Prunskienė"}}},
		{"agreed_to_take_him_in", "2017-01-21",
			"Yahya Jammeh flew to Conakry. Teodoro Obiang Nguema Mbasogo, the president of Equatorial Guinea, has agreed to take him in.",
			[]want{{typ: parley.Agree, source: "Teodoro Obiang Nguema Mbasogo", target: "Yahya Jammeh"}}},
	})
	runNotCases(t, []notCase{
		{"refused_to_recall_him_names_no_target_by_the_pronoun", "2023-08-28",
			"The junta gave the French ambassador Sylvain Itté 48 hours to leave. Paris refused to recall him.",
			want{typ: parley.Reject, source: "France", target: "Sylvain Itté"}},
	})
}
