package event_test

import (
	"testing"

	"parley"
)

// TestStrikesCondemnedAreTheOnesSoNamed checks that "the strikes" a
// leader condemns, in a story of blows traded both ways, are those the
// story told as strikes, not the other side's rockets told last.
func TestStrikesCondemnedAreTheOnesSoNamed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"condemned_the_strikes_after_rockets", "2024-11-04",
			"Israeli air strikes killed at least 12 people in southern Lebanon on Sunday. " +
				"Hezbollah fired dozens of rockets at northern Israel. " +
				"Lebanese Prime Minister Najib Mikati condemned the strikes as a violation of Lebanese sovereignty.",
			[]want{{typ: parley.Accuse, source: "Najib Mikati", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		{"not_at_the_rocket_fire", "2024-11-04",
			"Israeli air strikes killed at least 12 people in southern Lebanon on Sunday. " +
				"Hezbollah fired dozens of rockets at northern Israel. " +
				"Lebanese Prime Minister Najib Mikati condemned the strikes as a violation of Lebanese sovereignty.",
			want{typ: parley.Accuse, source: "Najib Mikati", target: "Hezbollah"}},
	})
}
