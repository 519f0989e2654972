package event_test

import (
	"testing"

	"parley"
)

// TestAsidesOfTheSubject checks words of doubt inside a relative aside on
// the speaker ("Ruto, who leads a mediation effort, said …"): they
// describe the person and leave the act told after them done.
func TestAsidesOfTheSubject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"effort_in_a_who_aside", "2023-11-10",
			"Ethiopian Prime Minister Abiy Ahmed, who leads a regional peace effort, said on Thursday he had spoken by phone with Salva Kiir.",
			[]want{{typ: parley.Consult, source: "Abiy Ahmed", target: "Salva Kiir Mayardit", medium: parley.Phone}}},
		{"possible_in_a_whose_aside", "2023-11-10",
			"Senegal's president, whose possible third term angered the opposition, said he had met Mauritania's president in Nouakchott.",
			[]want{{typ: parley.Consult, source: "Macky Sall", target: "Mohamed Ould Ghazouani"}}},
	})
}
