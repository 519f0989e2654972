package event_test

import (
	"testing"

	"parley"
)

// TestProtestsAtMissions checks crowds gathering outside a state's
// embassy: a protest against the state the embassy stands for, not the
// state of the city it stands in.
func TestProtestsAtMissions(t *testing.T) {
	tests := []eventCase{
		{"gathered_outside_an_embassy", "2024-03-10",
			"Protesters gathered outside the French embassy in Niamey on Sunday.",
			[]want{{typ: parley.Protest, source: "Nigerien protesters", target: "France", date: "2024-03-10"}}},
		{"rallied_outside_an_embassy", "2024-03-10",
			"Demonstrators rallied outside the US embassy in Baghdad.",
			[]want{{typ: parley.Protest, source: "Iraqi demonstrators", target: "United States"}}},
		{"gathered_outside_a_building_chanting_against_a_party", "2024-03-10",
			"Thousands of protesters gathered outside the parliament building in Tbilisi, chanting against Georgian Dream.",
			[]want{{typ: parley.Protest, source: "Georgian protesters", target: "Georgian Dream"}}},
	}
	runEventCases(t, tests)
}

// TestOffersOfNothing checks that an offer of nothing is no offer, and
// that an offer of something still is one.
func TestOffersOfNothing(t *testing.T) {
	tests := []eventCase{
		{"offered_no_concessions", "2024-03-10",
			"Russia offered no concessions to Ukraine.", nil},
		{"offered_nothing", "2024-03-10",
			"Moscow offered nothing to Kyiv in the talks.", nil},
		{"offered_a_loan", "2024-03-10",
			"Japan offered Vietnam a loan of 500 million dollars.",
			[]want{{typ: parley.Agree, source: "Japan", target: "Vietnam"}}},
	}
	runEventCases(t, tests)
}
