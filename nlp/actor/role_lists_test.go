package actor

import "testing"

// TestRolesOfListedStates covers "the foreign ministers of A, B and C":
// each state's holder of the office on the day, for lists of two or more
// states, with or without a comma before "and" or "the" before a state.
func TestRolesOfListedStates(t *testing.T) {
	tests := []mentionCase{
		{"three_states", "The foreign ministers of China, Russia and India met in Moscow on Friday.", "2024-03-10",
			"The foreign ministers of China, Russia and India", []string{"person:wang-yi", "person:sergey-lavrov", "person:subrahmanyam-jaishankar"}},
		{"three_states_with_a_serial_comma", "The foreign ministers of China, Russia, and India met in Moscow on Friday.", "2024-03-10",
			"The foreign ministers of China, Russia, and India", []string{"person:wang-yi", "person:sergey-lavrov", "person:subrahmanyam-jaishankar"}},
		{"a_state_written_with_the", "The defence ministers of Japan, Australia and the Philippines met in Manila.", "2024-03-10",
			"The defence ministers of Japan, Australia and the Philippines", []string{"person:minoru-kihara", "person:richard-marles", "person:gilberto-teodoro"}},
		{"two_states_one_with_the", "The foreign ministers of the United States and Japan met in Tokyo on Monday.", "2024-03-10",
			"The foreign ministers of the United States and Japan", []string{"person:antony-blinken", "person:yoko-kamikawa"}},
		{"a_state_twice_is_no_list", "The foreign ministers of Japan and Japan met.", "2024-03-10",
			"The foreign ministers of Japan and Japan", nil},
	}
	runMentionCases(t, tests)
}
