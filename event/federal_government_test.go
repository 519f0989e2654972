package event_test

import (
	"testing"

	"parley"
)

// TestFederalGovernmentOfTheStory checks that "the Federal Government"
// in a story about a unitary state is the federal state the dateline
// gives or, with none, the one whose office-holder the story names.
func TestFederalGovernmentOfTheStory(t *testing.T) {
	runEventCases(t, []eventCase{
		{"dateline_abuja", "2003-07-17",
			"ABUJA, July 16 (Reuters) - Soldiers in Sao Tome and Principe detained Prime Minister Maria das Neves on Wednesday. The Federal Government condemned the detention. Brazil and the United States also voiced concern.",
			[]want{{typ: parley.Accuse, source: "Nigeria", target: "Armed Forces of São Tomé and Príncipe"}}},
		{"office_holder_named", "2003-07-17",
			"Soldiers in Sao Tome and Principe detained Prime Minister Maria das Neves on Wednesday while President Fradique de Menezes was at a summit hosted by President Olusegun Obasanjo. The Federal Government condemned the detention.",
			[]want{{typ: parley.Accuse, source: "Nigeria", target: "Armed Forces of São Tomé and Príncipe"}}},
	})
}

// TestTalksOnJoiningSuspended checks that talks "on joining" a body,
// suspended, are talks with that body.
func TestTalksOnJoiningSuspended(t *testing.T) {
	runEventCases(t, []eventCase{
		{"suspend_talks_on_joining", "2024-11-29",
			"Georgia suspended talks on joining the European Union on Thursday.",
			[]want{{typ: parley.Sanction, source: "Georgia", target: "European Union", date: "2024-11-28"}}},
	})
}
