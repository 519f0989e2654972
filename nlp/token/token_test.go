package token

import (
	"strings"
	"testing"
)

func texts(toks []Token) string {
	var s []string
	for _, t := range toks {
		s = append(s, t.Text)
	}
	return strings.Join(s, "|")
}

func TestTokenize(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"possessive_split":       {"Russia's leader", "Russia|'s|leader"},
		"curly_possessive":       {"Xi’s visit", "Xi|’s|visit"},
		"abbreviation_kept":      {"the U.S. and U.K. said", "the|U.S.|and|U.K.|said"},
		"sentence_dot_not_glued": {"in Geneva.Next", "in|Geneva|.|Next"},
		"hyphenated_word":        {"China-Russia ties", "China-Russia|ties"},
		"numbers":                {"$156 billion, 2,000 troops, 19.05.2021", "$|156|billion|,|2,000|troops|,|19.05.2021"},
		"ordinal":                {"the 20th anniversary", "the|20th|anniversary"},
		"quotes":                 {"said: “We agree.”", "said|:|“|We|agree|.|”"},
		"cyrillic_and_han":       {"Путин и 习近平", "Путин|и|习近平"},
		"apostrophe_name":        {"O'Brien met", "O'Brien|met"},
		"negation_split":         {"Putin didn't meet", "Putin|did|n't|meet"},
		"curly_negation_split":   {"China won’t attend", "China|wo|n’t|attend"},
		"not_a_negation":         {"Don Quixote", "Don|Quixote"},
		"invalid_utf8":           {"a\xffb", "a|\xff|b"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := texts(Tokenize(tt.in))
			if got != tt.want {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// The part of a verb left when its negation is split off reads as the
// verb, and the negation as "not" does: "n't".
func TestNegationNorms(t *testing.T) {
	toks := Tokenize("won’t can't didn't")
	var got []string
	for _, tok := range toks {
		got = append(got, tok.Norm)
	}
	if want := "will n't can n't did n't"; strings.Join(got, " ") != want {
		t.Errorf("norms %q, want %q", strings.Join(got, " "), want)
	}
}

func TestTokenOffsets(t *testing.T) {
	in := "Élysée Palace, the Kremlin’s view.\nNew line"
	for _, tok := range Tokenize(in) {
		if in[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q has span [%d,%d) = %q", tok.Text, tok.Start, tok.End, in[tok.Start:tok.End])
		}
	}
	toks := Tokenize(in)
	last := toks[len(toks)-2]
	if last.Text != "New" || !last.NewlineBefore {
		t.Errorf("token after newline = %+v, want New with NewlineBefore", last)
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Élysée": "elysee", "Erdoğan": "erdogan", "Lee‐Jae": "lee-jae", "Kremlin’s": "kremlin's",
		"Zelenskyy": "zelenskyy", "ПУТИН": "путин", "Straße": "strasse", "Đà Nẵng": "da nang",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUpper(t *testing.T) {
	// A name written with the Arabic article in lower case counts as
	// capitalised; a word with another lower-case prefix does not.
	toks := Tokenize("Putin met 习近平 and the minister al-Sour el-Sisi al-andalus anti-Western")
	want := []bool{true, false, true, false, false, false, true, true, false, false}
	for i, tok := range toks {
		if tok.Upper != want[i] {
			t.Errorf("%q Upper = %v, want %v", tok.Text, tok.Upper, want[i])
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S.-China talks", "Xi’s 20th", "a\xff\xfe", "...", "1,2,3.4.5", "'s's'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v (prev end %d) in %q", tok, prev, s)
			}
			prev = tok.End
		}
	})
}

func TestIsComparesPunctuationByText(t *testing.T) {
	toks := Tokenize("Putin, Xi.")
	if !toks[1].Is(",") || !toks[3].Is(".") || toks[0].Is(",") {
		t.Errorf("Is on punctuation: %+v", toks)
	}
}
