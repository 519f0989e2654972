package actor

import "testing"

// TestForcesOfTheirSender checks that forces a state is said to send are
// its own, not the army of the place they are sent to; forces acting in a
// place a story names without a sender stay that place's.
func TestForcesOfTheirSender(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"sent_to_a_town_abroad", "Kenya will send about 900 soldiers to Goma in the coming weeks.", "2024-03-15", "soldiers", []string{"org:kdf"}},
		{"dispatched_by_a_state", "Kenya has dispatched some 400 soldiers to Goma.", "2024-03-15", "soldiers", []string{"org:kdf"}},
		{"acting_where_they_are", "Soldiers fired on crowds in the streets of Goma.", "2024-03-15", "Soldiers", []string{"org:fardc"}},
	})
}
