package actor

import "testing"

// TestPartiesBeforeAnInfinitive checks "both parties" asked to do
// something ("urged both parties to respect the truce"): the pair of
// sides named before, while "the parties to the conflict" stays everyone
// in it.
func TestPartiesBeforeAnInfinitive(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"both_parties_to_a_verb", "Ethiopia's army and the Tigray People's Liberation Front began talks in Pretoria. The African Union urged both parties to respect the truce.", "2022-10-26",
			"both parties", []string{"org:endf", "org:tplf"}},
		{"the_parties_to_a_conflict", "Ethiopia's army and the Tigray People's Liberation Front began talks in Pretoria. The African Union urged the parties to the conflict to respect the truce.", "2022-10-26",
			"the parties", nil},
	})
}

// TestItAfterALongRelativeAside checks "it" after "said" when a long
// relative aside stands between the body and its verb: the body, not the
// last name inside the aside.
func TestItAfterALongRelativeAside(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"eleven_words_of_aside", "The Arakan Army, which has accused the military of shelling crowded markets across Rakhine State, said it welcomed the ceasefire.", "2024-01-12",
			"it", []string{"org:arakan-army"}},
	})
}
