package event_test

import (
	"testing"

	"parley"
)

// TestChambersShut checks that a legislature or a court dissolved outside
// the law is coercion of that body, and that a legislature dissolved for
// an election is no event.
func TestChambersShut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"parliament_dissolved_with_the_constitution_suspended", "2021-07-30",
			"Tunisia's President Kais Saied on Wednesday suspended the constitution and dissolved parliament.",
			[]want{{typ: parley.Coerce, source: "Kais Saied", target: "Assembly of the Representatives of the People", date: "2021-07-28"}}},
		{"a_court_dissolved_with_a_chamber", "2023-07-31",
			"General Abdourahamane Tiani dissolved the National Assembly and the Constitutional Court of Niger on Wednesday.",
			[]want{{typ: parley.Coerce, source: "Abdourahamane Tchiani", target: "Constitutional Court of Niger", date: "2023-07-26"},
				{typ: parley.Coerce, source: "Abdourahamane Tchiani", target: "National Assembly"}}},
		{"a_chamber_dissolved_to_rule_by_decree", "2021-07-30",
			"Kais Saied dissolved parliament on Wednesday and said he would rule by decree.",
			[]want{{typ: parley.Coerce, source: "Kais Saied", target: "Assembly of the Representatives of the People"}}},
		// Parliaments dissolved for an election, by decree or not.
		{"lower_house_dissolved_for_an_election", "2021-10-15",
			"Prime Minister Fumio Kishida dissolved the lower house on Thursday, and a general election will be held on October 31.",
			nil},
		{"parliament_dissolved_by_royal_decree", "2023-03-21",
			"Prime Minister Prayut Chan-o-cha dissolved parliament by royal decree on Monday, clearing the way for a general election.",
			nil},
	})
}
