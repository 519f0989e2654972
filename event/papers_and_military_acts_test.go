package event_test

import (
	"testing"

	"parley"
)

// TestPaperPastItsAside checks a relative clause hung on a paper with an
// aside between ("adopted a presidential statement, read out by its
// president, that condemns …"): the body that adopted the paper acts.
func TestPaperPastItsAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"statement_read_out_then_condemns", "2008-06-13",
			"On Thursday the Security Council adopted a presidential statement, read out by the ambassador of South Africa, that condemns Eritrea's attack on Djibouti.",
			[]want{{typ: parley.Accuse, source: "United Nations Security Council", target: "Eritrea", date: "2008-06-12"}}},
		{"communique_signed_then_urges", "2021-03-10",
			"The African Union issued a communique, signed by the commission chairman, which urged Ethiopia to let aid into Tigray.",
			[]want{{typ: parley.Request, source: "African Union", target: "Ethiopia"}}},
	})
}

// TestStateMilitaryActs checks what a state does with its forces, named
// as "Eritrea's military action" or "Russia's military exercises": the
// state's act, not its army's — while "Russia's military shelled" is the
// army acting.
func TestStateMilitaryActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"condemns_military_action", "2008-06-13",
			"Djibouti condemned Eritrea's military action at Ras Doumeira.",
			[]want{{typ: parley.Accuse, source: "Djibouti", target: "Eritrea"}}},
		{"criticised_military_exercises", "2022-08-05",
			"Japan criticised China's military exercises around Taiwan.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China"}}},
		{"the_army_itself_acts", "2022-05-10",
			"Russia's military shelled Kharkiv on Monday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
	})
}
