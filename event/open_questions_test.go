package event_test

import (
	"testing"

	"parley"
)

// TestOpenQuestionsAreNoDenials checks that a statement leaving a fact
// open ("it was not yet clear whether …") does not deny the charge told
// before it, as a plain "had not" does.
func TestOpenQuestionsAreNoDenials(t *testing.T) {
	runNotCases(t, []notCase{
		{"not_yet_clear_whether", "2023-03-15",
			"Russian Defence Minister Sergei Shoigu accused the United States of flying drones near Crimea. White House spokesman John Kirby said it was not yet clear whether the Russian pilot had hit the drone on purpose.",
			want{typ: parley.Reject, source: "John Kirby"}},
		{"was_not_known_if", "2023-03-15",
			"Chinese Foreign Ministry spokesperson Mao Ning accused Japan of spying on Chinese ships. Japanese Chief Cabinet Secretary Hirokazu Matsuno said it was not known whether the ships had entered Japanese waters.",
			want{typ: parley.Reject, source: "Hirokazu Matsuno"}},
		{"were_not_sure", "2023-03-15",
			"Manila accused Beijing of ramming a supply boat. Chinese officials said they were not sure the boat had been damaged in the collision.",
			want{typ: parley.Reject, source: "China"}},
	})
}
