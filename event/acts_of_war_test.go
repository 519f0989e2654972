package event_test

import (
	"testing"

	"parley"
)

// TestActsOfWarNamed checks that naming another state's landing or
// intervention an act of war is a charge against that state.
func TestActsOfWarNamed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_landing_described_as_an_act_of_war", "2002-07-18",
			"Foreign Minister Mohamed Benaissa described the Spanish landing as an act of war.",
			[]want{{typ: parley.Accuse, source: "Mohamed Benaissa", target: "Spain"}}},
		{"an_intervention_called_a_declaration_of_war", "2023-08-10",
			"The junta in Niamey called the Nigerian intervention a declaration of war.",
			[]want{{typ: parley.Accuse, source: "National Council for the Safeguard of the Homeland", target: "Nigeria"}}},
	})
}
