package actor

import "testing"

// TestDatelineAgencies checks that the agency a wire dateline names in
// brackets before its dash is no actor of the story, even when its
// initials are a known body's, while the same initials in the text
// still name that body.
func TestDatelineAgencies(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_agency_of_a_dateline", "Phnom Penh, May 14 (AKP) -- Samdech Thipadei Hun Manet received the Lao prime minister.", "2024-05-14",
			"AKP", nil},
		{"the_honorific_name_of_a_premier", "Phnom Penh, May 14 (AKP) -- Samdech Thipadei received the Lao prime minister.", "2024-05-14",
			"Samdech Thipadei", []string{"person:hun-manet"}},
		{"the_same_initials_in_the_text", "Erdogan's AKP won the vote in Ankara.", "2024-05-14",
			"AKP", []string{"org:akp"}},
	})
}
