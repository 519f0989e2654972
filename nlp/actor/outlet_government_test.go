package actor

import (
	"slices"
	"strings"
	"testing"
	"time"

	"parley/nlp/sentence"
	"parley/nlp/token"
)

// TestGovernmentOfTheOutlet checks that a bare "The Government" opening a
// story, with no state named before it, is the government of the place
// the outlet is named after or the story was filed from.
func TestGovernmentOfTheOutlet(t *testing.T) {
	text := "The Government has declared the Australian High Commissioner persona non grata. Canberra called the decision unjustified."
	day := time.Date(2006, 9, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		origin Origin
		want   string
	}{
		{"paper_named_after_a_capital", Origin{Issuer: "The Honiara Tribune"}, "state:SLB"},
		{"filed_from_a_capital", Origin{Dateline: "Honiara"}, "state:SLB"},
		{"paper_named_after_no_place", Origin{Issuer: "The Morning Courier"}, "!state:SLB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := testResolver(t).ResolveFrom(text, token.Tokenize(text), sentence.Split(text), day, tt.origin)
			got, _ := mentionOf(r, "The Government")
			if not, ok := strings.CutPrefix(tt.want, "!"); ok {
				if slices.Contains(got, not) {
					t.Errorf("The Government: %v, want anyone but %s", got, not)
				}
				return
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("The Government: %v, want %q", got, tt.want)
			}
		})
	}
}
