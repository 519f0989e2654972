package event_test

import (
	"testing"

	"parley"
)

// TestExclusions checks a state or leader kept out of a body's meetings
// ("excluded Russia from the group"): a penalty on them.
func TestExclusions(t *testing.T) {
	runEventCases(t, []eventCase{
		{"excluded_from_the_group", "2014-03-25",
			"The G7 excluded Russia from the group on Monday.",
			[]want{{typ: parley.Sanction, source: "Group of Seven", target: "Russia", date: "2014-03-24"}}},
		{"agreed_to_exclude_from_a_summit", "2021-10-17",
			"Southeast Asian foreign ministers agreed on Friday to exclude Myanmar's junta from the bloc's summit.",
			[]want{{typ: parley.Sanction, source: "Association of Southeast Asian Nations", target: "State Administration Council"}}},
	})
}

// TestExitsNamedAgain checks "their exit" told after the leaving itself
// ("… quit ECOWAS. They announced their exit on January 28"): the exit
// from the body just left, dated by its own day.
func TestExitsNamedAgain(t *testing.T) {
	runEventCases(t, []eventCase{
		{"their_exit_after_quitting", "2025-01-30",
			"Mali and Niger quit ECOWAS in January. They announced their exit in a joint communiqué on January 28, 2024.",
			[]want{{typ: parley.Sanction, source: "Niger", target: "Economic Community of West African States", date: "2024-01-28"}}},
	})
}

// TestLeadersInApposition checks a body's leader named in apposition in
// the object ("met the junta's chief, General Abdourahamane Tiani"): the
// act is on the person, not on the body.
func TestLeadersInApposition(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_armys_leader_named", "2021-10-17",
			"ASEAN agreed on Friday to exclude Myanmar's military leader, Senior General Min Aung Hlaing, from its summit.",
			[]want{{typ: parley.Sanction, source: "Association of Southeast Asian Nations", target: "Min Aung Hlaing"}}},
	})
}
