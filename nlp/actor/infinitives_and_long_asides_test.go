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

// TestSidesUrgedByOneOfAPair checks "both sides" urged by someone who
// speaks for one of the pair named just before ("The EU and Russia
// welcomed it. The EU's envoy urged both sides …"): the sides are the
// pair set side by side earlier, not the speaker's own.
func TestSidesUrgedByOneOfAPair(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_speakers_own_pair", "Armenia and Azerbaijan agreed on the text of a treaty on Thursday. The European Union and Russia welcomed the news. The EU's foreign policy chief urged both sides to sign it soon.", "2025-03-14",
			"both sides", []string{"state:ARM", "state:AZE"}},
		{"a_pair_named_by_a_relative_aside", "China and Japan traded protests over the islands. The United States, which is bound to defend Japan, urged both countries to talk.", "2012-09-20",
			"both countries", []string{"state:CHN", "state:JPN"}},
	})
}
