package event_test

import (
	"testing"

	"parley"
)

// TestPredicatesAfterTopics covers a meeting noun whose phrase of topic
// stands between its parties and its verb: the verb after the topic
// still tells whether the talks are to come.
func TestPredicatesAfterTopics(t *testing.T) {
	runEventCases(t, []eventCase{
		{"topic_then_will", "2019-04-02",
			"Negotiations between Chile and Peru on a fisheries accord will resume as soon as possible.",
			[]want{{typ: parley.Consult, source: "Chile", target: "Peru", status: parley.Planned}}},
		{"topic_then_expected", "2019-04-02",
			"Talks between Kenya and Uganda over the disputed island are expected in Kampala.",
			[]want{{typ: parley.Consult, source: "Kenya", target: "Uganda", status: parley.Planned}}},
		{"topic_then_past", "2019-04-02",
			"Talks between Kenya and Uganda over the disputed island were held in Kampala on Monday.",
			[]want{{typ: parley.Consult, source: "Kenya", target: "Uganda", status: parley.Occurred, date: "2019-04-01"}}},
		{"relative_clause_is_its_own", "2019-04-02",
			"Talks between Kenya and Uganda on a deal that will end the dispute opened in Kampala on Monday.",
			[]want{{typ: parley.Consult, source: "Kenya", target: "Uganda", status: parley.Occurred}}},
	})
}
