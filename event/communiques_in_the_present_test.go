package event_test

import (
	"testing"

	"parley"
)

// TestCommuniquesInThePresent checks the present tense of a communiqué:
// what the body requests, condemns or thanks it does on the paper's day,
// not on the day of a deed, of a signing or of a deadline the sentence
// names, and "in the strongest terms" is no naming.
func TestCommuniquesInThePresent(t *testing.T) {
	const opening = "Communiqué | Peace and Security Council | Addis Ababa, 28 December 2024\n\n" +
		"The Peace and Security Council of the African Union met on Friday to consider the situation in Somalia. "
	runEventCases(t, []eventCase{
		{"requests_with_a_deadline", "2024-12-28",
			opening + "The Council requests the Federal Government of Somalia and the Government of Ethiopia to begin technical talks no later than February 2025.",
			[]want{{typ: parley.Request, source: "African Union Peace and Security Council", target: "Ethiopia", status: parley.Occurred}}},
		{"condemns_an_attack_of_another_day", "2024-12-28",
			opening + "The Council condemns in the strongest terms the attack carried out by al-Shabaab on an army base in Middle Shabelle on 22 December 2024.",
			[]want{{typ: parley.Accuse, source: "African Union Peace and Security Council", target: "al-Shabaab", date: "2024-12-28"}}},
		{"thanks_after_a_deed_told_before", "2024-12-28",
			opening + "The Council condemns the attack carried out by al-Shabaab on an army base in Middle Shabelle on 22 December 2024, and expresses its condolences to the Government of Somalia. The Council thanks Kenya and Uganda for their troop contributions.",
			[]want{{typ: parley.Support, source: "African Union Peace and Security Council", target: "Kenya", date: "2024-12-28"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"an_appeal_after_a_plan_for_january", "2024-12-28",
			opening + "The Council decides to authorise the deployment of the mission from 1 January 2025, and appeals to the United Nations Security Council to provide funding.",
			want{typ: parley.Request, source: "African Union Peace and Security Council", target: "United Nations Security Council", status: parley.Occurred},
			want{typ: parley.Request, source: "African Union Peace and Security Council", target: "United Nations Security Council", date: "2025-01-01"}},
		{"a_named_declaration_keeps_its_signing_day", "2024-12-28",
			opening + "The Council welcomes the Ankara Declaration signed by Ethiopia and Somalia on 11 December 2024.",
			want{typ: parley.Support, source: "African Union Peace and Security Council", target: "Ethiopia"},
			want{typ: parley.Support, source: "African Union Peace and Security Council", target: "Ethiopia", date: "2024-12-11"}},
		{"the_strongest_terms_name_nothing", "2024-12-28",
			opening + "The Council condemns in the strongest terms the attack carried out by al-Shabaab on an army base in Middle Shabelle on 22 December 2024.",
			want{typ: parley.Accuse, source: "African Union Peace and Security Council", target: "al-Shabaab"},
			want{typ: parley.Accuse, source: "African Union Peace and Security Council", target: "al-Shabaab", date: "2024-12-22"}},
	})
}
