package event_test

import (
	"testing"

	"parley"
)

// TestRecallsOfEnvoys checks the recall of an envoy told as a noun, and
// that an envoy recalled "for consultations" meets no one.
func TestRecallsOfEnvoys(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ordered_the_recall_of_the_ambassador", "2024-05-22",
			"Foreign Minister Israel Katz on Tuesday ordered the recall of Israel's ambassador to Ireland.",
			[]want{{typ: parley.Sanction, source: "Israel Katz", target: "Ireland", date: "2024-05-21"}}},
		{"announced_the_recall_of_its_envoy", "2023-11-10",
			"Kenya announced the recall of its high commissioner to Tanzania.",
			[]want{{typ: parley.Sanction, source: "Kenya", target: "Tanzania"}}},
		{"consultations_with_a_partner_are_a_meeting", "2024-05-22",
			"Lavrov arrived in Beijing on Tuesday for consultations with Wang Yi.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Wang Yi"}}},
	})
	runNotCases(t, []notCase{
		{"recalled_for_consultations", "2024-05-22",
			"Israel on Tuesday recalled its ambassador to Ireland for urgent consultations.",
			want{typ: parley.Consult}},
	})
}

// TestMeetingsPreparedFor checks that a meeting preparations are made
// for is still to come.
func TestMeetingsPreparedFor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"preparations_for_a_visit", "2024-04-09",
			"Lavrov and Wang discussed preparations for Putin's visit to China.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "China", status: parley.Planned}}},
		{"preparing_for_the_summit", "2024-06-10",
			"Officials in Rome are preparing for the summit between Meloni and Biden.",
			[]want{{typ: parley.Consult, source: "Giorgia Meloni", target: "Joe Biden", status: parley.Planned}}},
		{"a_visit_told_as_done", "2024-04-09",
			"Lavrov recalled Putin's visit to China in October.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "China", status: parley.Occurred}}},
	})
}

// TestSpyingAlleged checks that envoys said to be spies are a charge
// against their state.
func TestSpyingAlleged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"intelligence_officers_under_cover", "2023-04-14",
			"Norway said the 15 Russian officials were intelligence officers working under diplomatic cover.",
			[]want{{typ: parley.Accuse, source: "Norway", target: "Russia"}}},
		{"said_to_be_spies", "2023-04-14",
			"The Dutch government said two Russian diplomats were spies.",
			[]want{{typ: parley.Accuse, source: "Netherlands", target: "Russia"}}},
	})
}

// TestWordsSaidWithADeed checks that a charge said with a penalty of
// another type is coded besides it.
func TestWordsSaidWithADeed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"expelled_saying_illegal", "2023-04-14",
			"Norway expelled 15 Russian diplomats, saying Russia's actions were illegal.",
			[]want{{typ: parley.Sanction, source: "Norway", target: "Russia"}, {typ: parley.Accuse, source: "Norway", target: "Russia"}}},
	})
}
