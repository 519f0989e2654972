package event_test

import (
	"testing"

	"parley"
)

// TestActorsOfEvents covers the event-level effects of the actor rules
// for crowds, bodies and titles; all texts are written for these tests.
func TestActorsOfEvents(t *testing.T) {
	tests := []eventCase{
		{"heads_of_state_and_government_stand_for_the_body", "2022-07-04",
			"The Authority of Heads of State and Government of the African Union urged Mali's junta to hold elections.",
			[]want{{typ: parley.Request, source: "African Union", target: "Mali"}}},
		{"heads_of_state_alone_stand_for_the_body", "2022-07-04",
			"Heads of State of the European Union condemned Russia on Friday.",
			[]want{{typ: parley.Accuse, source: "European Union", target: "Russia"}}},
		{"heads_of_government_of_two_states", "2022-07-04",
			"The heads of government of Canada and Mexico met in Ottawa on Monday.",
			[]want{{typ: parley.Consult, source: "Canada", target: "Mexico"}}},
		{"counted_students_protest_against_a_leader", "2024-07-16",
			"Thousands of students marched in Dhaka on Monday against Prime Minister Sheikh Hasina.",
			[]want{{typ: parley.Protest, source: "Bangladeshi protesters", target: "Sheikh Hasina"}}},
	}
	runEventCases(t, tests)
}
