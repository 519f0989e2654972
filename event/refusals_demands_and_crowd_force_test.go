package event_test

import (
	"testing"

	"parley"
)

// TestRefusalsAimedAtTheBlamed checks a refusal or penalty that names no
// one, followed by ", accusing X of …": X is the one refused.
func TestRefusalsAimedAtTheBlamed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"consent_withheld_accusing_both", "2023-01-30",
			"Sweden and Finland applied to join NATO. Turkey has until now withheld its consent, accusing both countries of harbouring militants.",
			[]want{{typ: parley.Reject, source: "Turkey", target: "Sweden"}, {typ: parley.Reject, source: "Turkey", target: "Finland"}}},
		{"aid_suspended_blaming_a_junta", "2021-06-04",
			"France suspended its military cooperation, blaming Mali's junta for the second coup in nine months.",
			[]want{{typ: parley.Sanction, source: "France", target: "Mali"}}},
	})
}

// TestProtestsNotAccepted checks "said Seoul's protest could not be
// accepted": the protest refused, aimed at its maker.
func TestProtestsNotAccepted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_protest_that_could_not_be_accepted", "2024-03-23",
			"South Korea protested to Japan over the textbooks. Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Seoul's protest could not be accepted.",
			[]want{{typ: parley.Reject, source: "Yoshimasa Hayashi", target: "South Korea"}}},
		{"a_proposal_that_would_not_be_accepted", "2024-03-23",
			"Ankara said Athens's proposal would not be accepted.",
			[]want{{typ: parley.Reject, source: "Turkey", target: "Greece"}}},
	})
}

// TestDemandsAfterASummons checks "summoned X's envoy and demanded that
// …" with no one named in the demand: it is made of the envoy's state.
func TestDemandsAfterASummons(t *testing.T) {
	runEventCases(t, []eventCase{
		{"summoned_then_demanded", "2022-06-21",
			"On Monday, Russia's Foreign Ministry summoned Lithuania's charge d'affaires in Moscow, Virginija Umbrasiene, and demanded that the restrictions be lifted immediately.",
			[]want{{typ: parley.Request, source: "Ministry of Foreign Affairs of Russia", target: "Lithuania", date: "2022-06-20"}}},
		{"called_in_then_demanded", "2024-01-10",
			"Beijing called in the Philippine ambassador, Jaime FlorCruz, and demanded that the patrols stop.",
			[]want{{typ: parley.Request, source: "China", target: "Philippines"}}},
	})
}

// TestCrowdWeaponsWithoutACrowdNamed checks force against a crowd whose
// clause names only the weapons: "security forces responded with tear
// gas", "police fired tear gas" after protests told just before.
func TestCrowdWeaponsWithoutACrowdNamed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"responded_with_tear_gas", "2024-07-30",
			"Protests broke out in Caracas on 29 July, and security forces responded with tear gas and live ammunition.",
			[]want{{typ: parley.Assault, source: "Venezuelan security forces", target: "Venezuelan protesters"}}},
		{"fired_tear_gas_after_a_march", "2024-07-30",
			"Thousands of protesters marched on the presidential palace in Caracas on Monday. Police fired tear gas.",
			[]want{{typ: parley.Assault, source: "Bolivarian National Police", target: "Venezuelan protesters"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"no_crowd_no_target", "2024-07-30",
			"Venezuela held elections on Sunday. Police fired tear gas.",
			want{},
			want{typ: parley.Assault}},
	})
}

// TestResponsesOfTheSameDay checks that an answer told after ", and"
// with no day of its own takes the day of the clause it answers.
func TestResponsesOfTheSameDay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"responded_the_same_day", "2024-07-30",
			"Protests broke out in Caracas on 29 July, and security forces responded with tear gas.",
			[]want{{typ: parley.Assault, source: "Venezuelan security forces", target: "Venezuelan protesters", date: "2024-07-29"}}},
		{"responded_on_a_day_of_its_own", "2024-07-30",
			"Protests broke out in Caracas on 27 July, and security forces responded with tear gas on 29 July.",
			[]want{{typ: parley.Assault, source: "Venezuelan security forces", target: "Venezuelan protesters", date: "2024-07-29"}}},
	})
}
