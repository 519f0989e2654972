package event_test

import (
	"testing"

	"parley"
)

// TestTitledHolderAfterPossessive checks that a person named right after
// a possessive and a lower-case title, with no comma ("the EU's foreign
// policy chief Kaja Kallas"), is the one met or accused, not the body or
// state that owns the title.
func TestTitledHolderAfterPossessive(t *testing.T) {
	runEventCases(t, []eventCase{
		{"eu_foreign_policy_chief", "2025-03-12",
			"Hakan Fidan met with the EU's foreign policy chief Kaja Kallas in Brussels on Tuesday.",
			[]want{{typ: parley.Consult, source: "Hakan Fidan", target: "Kaja Kallas"}}},
		{"state_prime_minister_lower_case", "2025-03-12",
			"On Monday China accused Japan's prime minister Shigeru Ishiba of stoking tension in the region.",
			[]want{{typ: parley.Accuse, source: "China", target: "Shigeru Ishiba"}}},
	})
}

// TestBothMinistersAreCounterparts checks that "both ministers" after a
// visit by one minister at another's invitation means the two
// counterparts, not the visitor and his own head of government named in
// between.
func TestBothMinistersAreCounterparts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"visit_at_invitation_then_both_ministers", "2024-12-21",
			"Indian External Affairs Minister S. Jaishankar visited Colombo on Friday at the invitation of his Sri Lankan counterpart, Vijitha Herath. " +
				"He conveyed the good wishes of Prime Minister Narendra Modi to the Sri Lankan people. " +
				"Both ministers agreed to hold the next round of consultations in New Delhi.",
			[]want{{typ: parley.Agree, source: "Subrahmanyam Jaishankar", target: "Vijitha Herath"}}},
	})
}

// TestOpposedActIsNotDone checks that an act a state opposes, resists or
// rules out ("opposed sending weapons to Ukraine") is told as not done.
func TestOpposedActIsNotDone(t *testing.T) {
	runEventCases(t, []eventCase{
		{"opposed_sending", "2025-02-18",
			"Viktor Orbán said on Monday that Hungary opposed sending weapons to Ukraine.",
			[]want{{typ: parley.Aid, source: "Hungary", target: "Ukraine", status: parley.Negated}}},
		{"against_sending", "2025-02-18",
			"Poland is against sending troops to Ukraine, its defence minister said.",
			[]want{{typ: parley.Mobilize, source: "Poland", target: "Ukraine", status: parley.Negated}}},
	})
	runNotCases(t, []notCase{
		{"opposed_sending_not_occurred", "2025-02-18",
			"Viktor Orbán said on Monday that Hungary opposed sending weapons to Ukraine.",
			want{typ: parley.Aid, source: "Hungary", target: "Ukraine", status: parley.Occurred}},
	})
}

// TestMediationBetweenTheStorysPair checks that "the two neighbours"
// after "between", in a sentence whose subjects are the would-be
// mediators, are the two states the story is about, though the text
// never joined them with "and".
func TestMediationBetweenTheStorysPair(t *testing.T) {
	runEventCases(t, []eventCase{
		{"offered_to_mediate_between_the_two_neighbours", "2025-01-14",
			"Ecuador on Monday expelled two Peruvian diplomats after Peruvian police arrested three Ecuadorian fishermen. " +
				"Peru said the fishermen had entered its waters, and Lima recalled its ambassador from Quito. " +
				"Ecuador called the arrests illegal. " +
				"Chile and Brazil offered to mediate between the two neighbours.",
			[]want{{typ: parley.Agree, source: "Chile", target: "Ecuador"}, {typ: parley.Agree, source: "Brazil", target: "Peru"}}},
	})
}

// TestReleaseOfOwnTroops checks that a demand for the release of a
// state's own soldiers, seized by another state's forces the sentence
// before, is aimed at the captors.
func TestReleaseOfOwnTroops(t *testing.T) {
	runEventCases(t, []eventCase{
		{"release_of_the_servicemen", "2025-01-14",
			"Venezuelan troops detained three Colombian soldiers near the border on Sunday. " +
				"Colombia's foreign minister demanded the immediate release of the servicemen.",
			[]want{{typ: parley.Request, source: "Luis Gilberto Murillo", target: "Bolivarian National Armed Forces"}}},
	})
}
