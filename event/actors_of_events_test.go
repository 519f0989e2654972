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

// TestOfficersOfABodyAct checks that a body's officers named before "of"
// and the body, opening the sentence, act as the body.
func TestOfficersOfABodyAct(t *testing.T) {
	tests := []eventCase{
		{"g7_foreign_ministers_condemn", "2023-11-08",
			"Foreign ministers of the Group of Seven condemned North Korea's latest ballistic missile launch on Wednesday.",
			[]want{{typ: parley.Accuse, source: "Group of Seven", target: "North Korea", date: "2023-11-08"}}},
		{"ecowas_leaders_impose_sanctions", "2022-01-10",
			"On Jan. 9, leaders of the Economic Community of West African States meeting in Accra imposed tough sanctions on Mali.",
			[]want{{typ: parley.Sanction, source: "Economic Community of West African States", target: "Mali", date: "2022-01-09"}}},
	}
	runEventCases(t, tests)
}
