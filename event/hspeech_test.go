package event_test

import (
	"testing"

	"parley"
)

// TestSpeechEvents checks statements that are events: misgivings voiced
// at someone, denials, threats and praise told through verbs of speech.
func TestSpeechEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		// Any misgiving expressed at another's words or deed is a rebuke
		// of the one named with them, as "concern" is.
		{"shock_at_remarks_by_a_leader", "2024-05-10",
			"Egypt expressed shock at remarks by Abiy Ahmed.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Abiy Ahmed"}}},
		{"outrage_at_the_remarks_of_a_titled_leader", "2024-05-10",
			"Egypt expressed outrage at the remarks by Ethiopian Prime Minister Abiy Ahmed.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Abiy Ahmed"}}},
		{"anger_voiced_over_comments", "2024-05-10",
			"The Turkish foreign ministry voiced anger over comments by the Greek prime minister.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Turkey", target: "Kyriakos Mitsotakis"}}},
		{"disappointment_voiced_at_a_refusal", "2024-05-10",
			"Australia voiced disappointment at China's refusal to lift the tariffs.",
			[]want{{typ: parley.Accuse, source: "Australia", target: "China"}}},
	})
	runNotCases(t, []notCase{
		// What befell someone is not their act: the outrage is at others.
		{"outrage_over_a_death_is_not_at_the_dead", "2024-05-10",
			"Lawmakers in Washington expressed outrage over the failures revealed by Navalny's death.",
			want{typ: parley.Accuse, target: "Alexei Navalny"}},
	})
}
