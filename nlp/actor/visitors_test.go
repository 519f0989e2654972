package actor

import "testing"

// TestVisitorNamedFarBack checks that "the visiting Prime Minister" is the
// story's one traveller, who "paid an official visit" in its opening,
// however many sentences back.
func TestVisitorNamedFarBack(t *testing.T) {
	story := "The Prime Minister of Nepal, Krishna Prasad Bhattarai, paid an official visit to India from 8 to 10 June. " +
		"Talks were held in New Delhi on Saturday. Delegation-level discussions followed. A joint communique was issued. " +
		"The visiting Prime Minister called on the President on Friday."
	runMentionCases(t, []mentionCase{
		{"paid_a_visit_far_back", story, "1990-06-11", "The visiting Prime Minister", []string{"person:krishna-prasad-bhattarai"}},
	})
}
