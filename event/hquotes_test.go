package event_test

import (
	"strings"
	"testing"
)

// quoteCase is a text and the speaker its quotation opening with prefix
// must have ("" for none).
type quoteCase struct {
	name, day, text, prefix, speaker string
}

func runQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analyze(t, tc.text, tc.day)
			for _, q := range a.Quotes {
				if strings.HasPrefix(q.Text, tc.prefix) {
					if q.Speaker.Name != tc.speaker {
						t.Errorf("quote %q: speaker %q (cue %q), want %q", q.Text, q.Speaker.Name, q.Cue, tc.speaker)
					}
					return
				}
			}
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text)
			}
			t.Errorf("no quote opening %q; got %q", tc.prefix, got)
		})
	}
}

// TestQuoteSpeakers checks who speaks a quotation whose attribution is
// coordinated, continued, or told through a document.
func TestQuoteSpeakers(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		// A speech verb after "and" shares the subject before the quotation.
		{"and_accused_after_the_quote", "2024-05-10",
			`Lavrov spoke for twenty minutes. He said the European Union "has lost every right to lecture others" on democracy and accused Brussels of hypocrisy.`,
			"has lost every right", "Sergey Lavrov"},
		{"but_criticised_after_the_quote", "2024-05-10",
			`Modi said Pakistan "must stop sheltering armed groups at once" in a speech but criticised Washington.`,
			"must stop sheltering", "Narendra Modi"},
		// "said X would …, but warned that Y “…”": the first verb's subject.
		{"but_warned_before_the_quote", "2024-05-10",
			`At the news conference, Chancellor Olaf Scholz said Germany would keep its promises, but warned that Germany "cannot pay for everything on its own, whatever happens."`,
			"cannot pay for everything", "Olaf Scholz"},
		{"said_before_the_quote_keeps_its_subject", "2024-05-10",
			`Scholz said Macron "was right to raise the question of troops in Ukraine".`,
			"was right to raise", "Olaf Scholz"},
	})
}
