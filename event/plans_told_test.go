package event_test

import (
	"testing"

	"parley"
)

// TestPlansTold checks that "plans to" after its subject is the verb of a
// plan, whose act is coded as planned, and "has no plans to" as negated,
// while "plans to" after a possessive or an article stays a noun whose act
// is not told.
func TestPlansTold(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_leader_plans_a_visit", "2024-04-02",
			"Anthony Albanese plans to visit Beijing in June, his office said.",
			[]want{{typ: parley.Consult, source: "Anthony Albanese", target: "China", status: parley.Planned, date: "2024-06"}}},
		{"a_state_said_it_plans_an_office", "2021-11-21",
			"Estonia has said it plans to open a trade representation office in Taipei.",
			[]want{{typ: parley.Support, source: "Estonia", target: "Taiwan", status: parley.Planned}}},
		{"no_plans_to_expel", "2006-09-13",
			"Ottawa said it had no plans to expel the Haitian ambassador.",
			[]want{{typ: parley.Sanction, source: "Canada", target: "Haiti", status: parley.Negated}}},
		{"no_plans_to_visit", "2012-09-11",
			"Seoul has no plans to visit Tokyo this year.",
			[]want{{typ: parley.Consult, source: "South Korea", target: "Japan", status: parley.Negated}}},
		{"no_plans_then_but_warned_is_the_speakers", "2023-11-16",
			"Erdogan told Putin that Turkey had no plans to attack Syria but warned Moscow against new strikes.",
			[]want{{typ: parley.Assault, source: "Turkey", target: "Syria", status: parley.Negated},
				{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		{"a_states_plans_are_no_act", "2014-03-04",
			"Russia's plans to invade Ukraine alarmed the region.",
			want{typ: parley.Assault}},
		{"the_plan_of_a_bloc_is_no_act", "2023-03-19",
			"The leaders debated an EU plan to normalise relations with Serbia.",
			want{typ: parley.Agree, source: "European Union"}},
	})
}
