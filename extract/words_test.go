package extract

import (
	"strings"
	"testing"
)

// wordInputs are lines with the kinds of white space pages carry: tabs,
// runs of spaces, no-break spaces, line separators, and bytes that are
// not UTF-8.
var wordInputs = []string{
	"",
	" ",
	"word",
	"  two   words  ",
	"tab\tseparated\tline",
	"no\u00a0break space",
	"ideographic\u3000space and\u2028line separator",
	"\u0085next line",
	"broken \xff\xfe bytes",
	"Facebook | Twitter | WhatsApp",
	"The Prime Minister met the President on Monday.",
}

// The counters and the folding below replace strings.Fields to save its
// allocations, so they must give what it gives.
func TestWordCountMatchesFields(t *testing.T) {
	for _, s := range wordInputs {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestSingleSpacedMatchesFields(t *testing.T) {
	for _, s := range wordInputs {
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzWordsMatchFields(f *testing.F) {
	for _, s := range wordInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestIsSocialLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Facebook Twitter WhatsApp Email", true},
		{"SHARE: Facebook | X | LinkedIn", true},
		{"Share / Print / Copy link", true},
		{"Telegram·VK", true},
		{"Twitter", false}, // one word could be anything
		{"Facebook users protested outside the embassy", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isSocialLine(tt.line); got != tt.want {
			t.Errorf("isSocialLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
