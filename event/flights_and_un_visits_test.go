package event_test

import (
	"testing"

	"parley"
)

// TestFlightsToCapitals checks "will fly", "is due to fly" to a capital as
// a visit, as "flew" is, while a captive "flown" to a base visits no one.
func TestFlightsToCapitals(t *testing.T) {
	runEventCases(t, []eventCase{
		{"will_fly_to_a_capital", "2009-10-13",
			"Serzh Sargsyan will fly to Moscow on Wednesday.",
			[]want{{typ: parley.Consult, source: "Serzh Sargsyan", target: "Russia", status: parley.Planned, date: "2009-10-14"}}},
		{"is_due_to_fly_to_a_capital", "2009-10-13",
			"Serzh Sargsyan is due to fly to Ankara on Wednesday.",
			[]want{{typ: parley.Consult, source: "Serzh Sargsyan", target: "Turkey", status: parley.Planned}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_captive_flown_visits_no_one", "1990-01-05",
			"Manuel Noriega was flown by helicopter to Howard Air Force Base.",
			want{},
			want{typ: parley.Consult}},
	})
}

// TestVisitsToTheUN checks that a visit to New York whose sentence names
// a UN body or the Secretary-General goes to that body or person, and
// one naming neither stays a visit to the United States.
func TestVisitsToTheUN(t *testing.T) {
	runEventCases(t, []eventCase{
		{"to_new_york_to_see_the_council", "2022-01-10",
			"The Security Council will meet on Tuesday. Foreign Minister Sameh Shoukry will travel to New York this week to settle the details with the Council.",
			[]want{{typ: parley.Consult, source: "Sameh Shoukry", target: "United Nations Security Council", status: parley.Planned}}},
		{"to_new_york_to_see_the_secretary_general", "2022-01-10",
			"Sameh Shoukry flew to New York last week to make Egypt's case to António Guterres.",
			[]want{{typ: parley.Consult, source: "Sameh Shoukry", target: "António Guterres"}}},
		{"a_states_un_envoy_is_not_the_un", "2022-01-10",
			"Egypt's ambassador to the United Nations, Osama Abdel Khalek, said Sameh Shoukry would fly to New York next week.",
			[]want{{typ: parley.Consult, source: "Sameh Shoukry", target: "United States", status: parley.Planned}}},
		{"to_new_york_alone", "2022-01-10",
			"Sameh Shoukry flew to New York last week.",
			[]want{{typ: parley.Consult, source: "Sameh Shoukry", target: "United States"}}},
	})
}
