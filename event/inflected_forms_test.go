package event_test

import (
	"testing"

	"parley"
)

// TestInflectedForms covers verbs whose lexicon entry once listed a
// second verb as a form of the first, so that only its bare form was a
// trigger: "submitted" and "reestablished" are triggers as "tendered" and
// "re-established" are.
func TestInflectedForms(t *testing.T) {
	runEventCases(t, []eventCase{
		{"submitted_a_resignation", "2025-09-13",
			"Prime Minister KP Sharma Oli submitted his resignation to President Ram Chandra Paudel on Tuesday.",
			[]want{{typ: parley.Retreat, source: "KP Sharma Oli", target: "Ram Chandra Poudel", date: "2025-09-09"}}},
		{"tendered_a_resignation", "2025-09-13",
			"Prime Minister KP Sharma Oli tendered his resignation to President Ram Chandra Paudel on Tuesday.",
			[]want{{typ: parley.Retreat, source: "KP Sharma Oli", target: "Ram Chandra Poudel", date: "2025-09-09"}}},
		{"reestablished_relations", "2016-06-30",
			"Israel and Turkey reestablished relations on Tuesday.",
			[]want{{typ: parley.Agree, source: "Israel", target: "Turkey"}}},
	})
}
