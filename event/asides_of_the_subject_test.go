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

// TestPossessiveAppositionsOfTheSubject checks that an apposition naming
// another's relation to the subject ("the Polisario Front's main backer")
// leaves the subject before it acting.
func TestPossessiveAppositionsOfTheSubject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_backer_of_a_movement", "2022-08-27",
			"Algeria, the Polisario Front's main backer, broke off diplomatic relations with Morocco in August last year.",
			[]want{{typ: parley.Sanction, source: "Algeria", target: "Morocco", date: "2021-08"}}},
		{"an_ally_of_a_state", "2023-07-13",
			"Japan, the United States' closest ally in Asia, condemned North Korea on Wednesday.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "North Korea", date: "2023-07-12"}}},
	})
}
