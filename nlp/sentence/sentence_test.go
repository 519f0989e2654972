package sentence

import (
	"strings"
	"testing"
)

func sentences(text string) []string {
	var out []string
	for _, s := range Split(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := map[string]struct {
		in   string
		want []string
	}{
		"two_plain": {"Xi met Putin. They spoke.", []string{"Xi met Putin.", "They spoke."}},
		"abbreviated_country_midsentence": {
			"U.S. President Joe Biden met Putin in Geneva.",
			[]string{"U.S. President Joe Biden met Putin in Geneva."}},
		"abbreviation_at_end_before_opener": {
			"China criticised the U.S. The talks ended.",
			[]string{"China criticised the U.S.", "The talks ended."}},
		"title_before_name": {"Mr. Putin and Dr. Tedros spoke.", []string{"Mr. Putin and Dr. Tedros spoke."}},
		"indian_honorific":  {"He was received by President Smt. Droupadi Murmu. Talks followed.", []string{"He was received by President Smt. Droupadi Murmu.", "Talks followed."}},
		"initial":           {"The report by J. Smith came out.", []string{"The report by J. Smith came out."}},
		"platform_x_ends_a_sentence": {
			`"We will not yield," Petro wrote on X. Colombian Foreign Minister Laura Sarabia summoned the envoy.`,
			[]string{`"We will not yield," Petro wrote on X.`, "Colombian Foreign Minister Laura Sarabia summoned the envoy."}},
		"month_abbreviation": {"Tariffs rose on Sept. 1 and again on Dec. 15.", []string{"Tariffs rose on Sept. 1 and again on Dec. 15."}},
		"decimal_and_money":  {"It costs $1.5 billion. Nobody paid.", []string{"It costs $1.5 billion.", "Nobody paid."}},
		"quote_inside_terminator": {
			`He said: "We agree." Then he left.`,
			[]string{`He said: "We agree."`, "Then he left."}},
		"quote_continues_with_lowercase": {
			`"Will you come?" she asked. "Yes."`,
			[]string{`"Will you come?" she asked.`, `"Yes."`}},
		"curly_quote_inside": {
			"“It was frank.” The talks ended.",
			[]string{"“It was frank.”", "The talks ended."}},
		"newline_ends_headline": {
			"Xi and Putin to meet\nThe leaders will talk on Monday.",
			[]string{"Xi and Putin to meet", "The leaders will talk on Monday."}},
		"paragraphs": {"First one.\n\nSecond one.", []string{"First one.", "Second one."}},
		"chinese":    {"习近平会见普京。双方进行了会谈。", []string{"习近平会见普京。", "双方进行了会谈。"}},
		"ellipsis":   {"He paused... Then he spoke.", []string{"He paused...", "Then he spoke."}},
		"no_space_after_dot": {
			"Visit example.com for details.", []string{"Visit example.com for details."}},
		"question_then_capital": {"Why now? Analysts disagree.", []string{"Why now?", "Analysts disagree."}},
		"lowercase_after_abbreviation": {
			"Talks with the U.S. and China resumed.", []string{"Talks with the U.S. and China resumed."}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := sentences(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got  %q\n want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"A. B. C.", "U.S.\n\nx", "\"?\" ”", "。。", "\xff.\xfe A", "... ..."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Split(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, s)
			}
			prev = sp.End
		}
	})
}
