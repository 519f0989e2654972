package event_test

import (
	"testing"

	"parley"
)

// TestAnswersInKind checks an answer "in kind" as the act answered done
// back to its doer, by the side it was done to; an answer only vowed is
// no act of that kind.
func TestAnswersInKind(t *testing.T) {
	runEventCases(t, []eventCase{
		{"prompting_a_state_to_retaliate_in_kind", "2021-04-20",
			"Prague expelled 18 Russian diplomats on Saturday, prompting Moscow to retaliate in kind.",
			[]want{{typ: parley.Sanction, source: "Czech Republic", target: "Russia", date: "2021-04-17"},
				{typ: parley.Sanction, source: "Russia", target: "Czech Republic"}}},
		{"responded_in_kind_the_next_sentence", "2021-04-20",
			"Prague expelled 18 Russian diplomats on Saturday. Moscow responded in kind on Sunday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Czech Republic", date: "2021-04-18"}}},
	})
	runNotCases(t, []notCase{
		{"vowed_to_respond_in_kind", "2021-04-20",
			"Prague expelled 18 Russian diplomats on Saturday, and Moscow vowed to respond in kind.",
			want{typ: parley.Sanction, source: "Russia", target: "Czech Republic"}},
	})
}

// TestTiesAndBordersCutWithTheOtherState checks a border closed or
// relations broken with no state named after "with": with the other
// state told just before, even past a later phrase naming the subject's
// own people.
func TestTiesAndBordersCutWithTheOtherState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"closed_the_border", "2022-09-27",
			"Colombia and Venezuela reopened their border on Monday. Venezuelan President Nicolás Maduro closed the border in 2015, accusing Colombian paramilitaries of attacking Venezuelan soldiers.",
			[]want{{typ: parley.Sanction, source: "Nicolás Maduro", target: "Colombia"}}},
	})
}

// TestReactionsAlsoAimed checks a reaction told with "also" and no target
// of its own ("Japan and Australia also expressed concern"): aimed where
// the same reaction just before was.
func TestReactionsAlsoAimed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"also_expressed_concern", "2023-08-07",
			"Washington condemned China over the water cannon attack. Japan and Australia also expressed concern.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China"}, {typ: parley.Accuse, source: "Australia", target: "China"}}},
	})
}
