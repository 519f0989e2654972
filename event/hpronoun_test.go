package event_test

import (
	"testing"

	"parley"
)

// TestHerAsObject checks that "her" with no noun after it is the object
// of the verb ("urged her to", "accused her of", "warned her that"), a
// woman the story named, while "her" before a noun stays a possessor.
func TestHerAsObject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"urged_her_to", "2024-05-10",
			"Ursula von der Leyen met Giorgia Meloni in Rome on Monday. Von der Leyen urged her to back the migration pact.",
			[]want{{typ: parley.Request, source: "Ursula von der Leyen", target: "Giorgia Meloni"}}},
		{"accused_her_of", "2024-05-10",
			"Olaf Scholz met Giorgia Meloni in Rome. He accused her of blocking the pact.",
			[]want{{typ: parley.Accuse, source: "Olaf Scholz", target: "Giorgia Meloni"}}},
		{"warned_her_that", "2024-05-10",
			"Claudia Sheinbaum spoke with Donald Trump on Monday. Trump warned her that tariffs would follow.",
			[]want{{typ: parley.Threaten, source: "Donald Trump", target: "Claudia Sheinbaum"}}},
		{"criticised_her_for", "2024-05-10",
			"Kamala Harris visited Manila last week. China criticised her for meddling in the region.",
			[]want{{typ: parley.Accuse, source: "China", target: "Kamala Harris"}}},
		{"received_her_at", "2024-05-10",
			"Annalena Baerbock travelled to Beijing on Thursday. Wang Yi received her at the Diaoyutai guesthouse.",
			[]want{{typ: parley.Consult, source: "Annalena Baerbock", target: "Wang Yi"}}},
	})
	runNotCases(t, []notCase{
		// "her" before a noun owns it: no act aimed at her.
		{"her_party_criticised", "2024-05-10",
			"Giorgia Meloni spoke in Rome on Monday. Scholz criticised her party's stance on migration.",
			want{typ: parley.Accuse, source: "Olaf Scholz", target: "Giorgia Meloni"}},
	})
}

// TestAndClosesTheReport checks that a verb after ", and" that closes a
// reported clause is the speaker's act, dated by the speaking: "The
// ministry said Pelosi had travelled to the island, and accused her …".
func TestAndClosesTheReport(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_had_and_accused_her", "2024-05-10",
			"Germany said Scholz had met Meloni in Rome, and accused her of interference.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Giorgia Meloni"}}},
		{"said_had_and_called_on", "2024-05-10",
			"The EU said Hungary had blocked the package again, and called on Budapest to lift its veto.",
			[]want{{typ: parley.Request, source: "European Union", target: "Hungary"}}},
		{"said_on_day_and_accused", "2024-05-10",
			"Azerbaijan's president said on Sunday that the jet which crashed on Wednesday had been hit by Russian fire, and accused Moscow of a cover-up.",
			[]want{{typ: parley.Accuse, source: "Ilham Aliyev", target: "Russia", date: "2024-05-05"}}},
	})
}
