package event_test

import (
	"testing"

	"parley"
)

// TestFollowedSuit checks that a penalty whose target goes unnamed but
// which says it is one more of a kind told just before ("parallel
// measures", "its own measures", "the expulsion of four") falls on the
// target of that one.
func TestFollowedSuit(t *testing.T) {
	runEventCases(t, []eventCase{
		{"similar_measures_the_next_day", "2024-05-10",
			"Australia imposed sanctions on Iran on Monday. New Zealand announced similar measures the next day.",
			[]want{{typ: parley.Sanction, source: "New Zealand", target: "Iran"}}},
		{"parallel_measures_by_several", "2024-05-10",
			"The EU imposed sanctions on Belarus on Monday. Canada and Japan announced parallel measures the same day.",
			[]want{{typ: parley.Sanction, source: "Canada", target: "Belarus"}, {typ: parley.Sanction, source: "Japan", target: "Belarus"}}},
		{"its_own_measures_two_sentences_on", "2024-05-10",
			"Japan imposed export controls on North Korea in March. The measures cover chemicals. South Korea announced its own measures a week later.",
			[]want{{typ: parley.Sanction, source: "South Korea", target: "North Korea"}}},
		{"expulsion_of_a_bare_count_after_a_planned_one", "2024-05-10",
			"France said it would expel six Russian diplomats. Belgium announced the expulsion of four on Friday.",
			[]want{{typ: parley.Sanction, source: "Belgium", target: "Russia"}}},
		// The target answering in kind aims at the one who imposed.
		{"the_target_answers_in_kind", "2024-05-10",
			"The United States imposed tariffs on China. Beijing announced similar measures on Tuesday.",
			[]want{{typ: parley.Sanction, source: "China", target: "United States"}}},
	})
	runNotCases(t, []notCase{
		// New measures of one's own, not said to match: no target.
		{"new_measures_are_not_the_same", "2024-05-10",
			"The EU imposed sanctions on Syria. Turkey announced new measures to protect its border.",
			want{typ: parley.Sanction, source: "Turkey"}},
		// Only considered: nothing imposed.
		{"similar_measures_only_considered", "2024-05-10",
			"The EU imposed sanctions on Belarus on Monday. Norway said it would consider similar measures.",
			want{typ: parley.Sanction, source: "Norway"}},
		// Too far back: no suit followed.
		{"a_penalty_three_sentences_back", "2024-05-10",
			"Australia imposed sanctions on Iran on Monday. The talks went on. Ministers met. New Zealand announced similar measures.",
			want{typ: parley.Sanction, source: "New Zealand"}},
	})
}
