package actor

import "testing"

// TestRegnalNumbers checks that a monarch's regnal number is no family
// name: the letter "X" of a social network names no king, while the
// monarch's full style still does.
func TestRegnalNumbers(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_network_named_x_is_no_king", "Zelensky wrote on X that Kyiv thanked Copenhagen.", "2024-05-10", "X", nil},
		{"a_monarch_with_his_number", "King Frederik X met Macron in Paris.", "2024-05-10", "King Frederik X", []string{"person:frederik-x"}},
		{"a_king_named_by_number_after_his_title", "Mohammed VI received Blinken in Rabat.", "2024-05-10", "Mohammed VI", []string{"person:mohammed-vi"}},
	})
}
