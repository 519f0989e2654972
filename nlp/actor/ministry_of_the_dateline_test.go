package actor

import (
	"testing"
	"time"

	"parley/nlp/sentence"
	"parley/nlp/token"
)

// TestMinistryOfTheDateline checks a ministry named by its bare title in a
// sentence that complains of another state: it is the ministry of the
// capital the story was filed from, not of the state complained of —
// while a story whose sentence names no such state keeps its own main
// state, wherever it was filed.
func TestMinistryOfTheDateline(t *testing.T) {
	day := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, mention, want string
	}{
		{"filed_from_a_capital", "MANILA -- The Department of Foreign Affairs on Tuesday filed a protest over the presence of Chinese vessels near the reef. China said its ships were sheltering from the weather. Chinese state media said the vessels were fishing boats.",
			"Department of Foreign Affairs", "org:dfa-philippines"},
		{"filed_from_another_city", "GENEVA -- The Department of Foreign Affairs on Tuesday filed a protest over the presence of Chinese vessels near the reef. China said its ships were sheltering from the weather. Chinese state media said the vessels were fishing boats.",
			"Department of Foreign Affairs", "!org:dfa-philippines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := testResolver(t).ResolveFrom(tt.text, token.Tokenize(tt.text), sentence.Split(tt.text), day, Origin{})
			got, _ := mentionOf(r, tt.mention)
			if tt.want[0] == '!' {
				if len(got) == 1 && got[0] == tt.want[1:] {
					t.Errorf("%s: %v, want anyone else", tt.mention, got)
				}
				return
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("%s: %v, want %s", tt.mention, got, tt.want)
			}
		})
	}
}
