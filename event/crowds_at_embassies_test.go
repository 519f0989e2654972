package event_test

import (
	"testing"

	"parley"
)

// TestCrowdsAttackingEmbassies checks groups of protesters attacking the
// embassies of states named after "of" as protests against each state;
// told in a ", when" clause after "the violence of 24 July", they take
// that day, and the verb after the clause's closing ", and" is the main
// clause's subject's, not the crowd's.
func TestCrowdsAttackingEmbassies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"groups_of_protesters_attacked_embassies", "2012-09-15",
			"In Tunis, groups of protesters attacked the embassies of the United States and Germany on Friday.",
			[]want{{typ: parley.Protest, source: "Tunisian protesters", target: "United States", date: "2012-09-14"}, {typ: parley.Protest, source: "Tunisian protesters", target: "Germany", date: "2012-09-14"}}},
		{"groups_of_protesters_clashed_with_police", "2012-09-15",
			"Tunisia is in turmoil. Groups of protesters clashed with police in Tunis on Friday.",
			[]want{{typ: parley.Assault, source: "Tunisian protesters", target: "Tunisian National Police", date: "2012-09-14"}}},
		{"when_clause_then_a_verb_of_the_main_subject", "2012-09-20",
			"Tunisian President Moncef Marzouki condemned the violence of 14 September, when groups of protesters attacked the embassies of the United States and Germany in Tunis, and asked the interior ministry to find those responsible.",
			[]want{{typ: parley.Protest, source: "Tunisian protesters", target: "Germany", date: "2012-09-14"}}},
	})
	runNotCases(t, []notCase{
		{"the_crowd_does_not_ask", "2012-09-20",
			"Tunisian President Moncef Marzouki condemned the violence of 14 September, when groups of protesters attacked the embassies of the United States and Germany in Tunis, and asked the interior ministry to find those responsible.",
			want{typ: parley.Request, source: "Tunisian protesters"}},
	})
}
