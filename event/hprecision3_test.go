package event_test

import (
	"testing"

	"parley"
)

// TestMournedDeeds checks that a deed named only as what sympathy is
// offered over is no act of the one who offers it.
func TestMournedDeeds(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		// "the victims of the attack": the attack's doer is unnamed.
		{"victims_of_the_attack_are_not_the_mourners", "2024-05-10",
			"Macron expressed his sympathy to the Spanish people and the victims of the attack in Barcelona on Thursday.",
			want{typ: parley.Support, source: "Emmanuel Macron", target: "Spain"},
			want{typ: parley.Assault}},
		{"families_of_the_victims_of_the_bombing", "2024-05-10",
			"The Japanese prime minister conveyed condolences to the Turkish people and to the families of the victims of the bombing at Ankara station.",
			want{typ: parley.Support, source: "Fumio Kishida", target: "Turkey"},
			want{typ: parley.Assault}},
		// A doer named stays the doer.
		{"victims_of_a_named_doer_keep_it", "2024-05-10",
			"Canada expressed condolences to the victims of the Russian attack on Kharkiv.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"},
			want{typ: parley.Assault, source: "Canada"}},
		{"attack_by_a_named_doer_keeps_it", "2024-05-10",
			"Canada expressed condolences to the victims of the attack by Russian forces on Kharkiv.",
			want{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine"},
			want{typ: parley.Assault, source: "Canada"}},
	})
	runNotCases(t, []notCase{
		{"sympathy_over_the_attack", "2024-05-10",
			"Egypt expressed sympathy to Turkey over the attack in Ankara.",
			want{typ: parley.Assault}},
		{"condolences_after_the_bombing", "2024-05-10",
			"France offered condolences to Afghanistan after the bombing in Kabul on Monday.",
			want{typ: parley.Assault}},
	})
}
