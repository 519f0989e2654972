package timex

import (
	"os"
	"strings"
	"testing"

	"parley"
)

// clauseOf returns the span of the first occurrence of clause in text.
func clauseOf(t *testing.T, text, clause string) parley.Span {
	t.Helper()
	i := strings.Index(text, clause)
	if i < 0 {
		t.Fatalf("%q not in %q", clause, text)
	}
	return parley.Span{Start: i, End: i + len(clause)}
}

func TestGoverning(t *testing.T) {
	tg := New()
	pub := parley.MustParseDate("2021-06-28")
	cases := []struct {
		name, text, clause, want string // want is the governing expression's text, "" for none
	}{
		{"adverbial day in the clause",
			"The spokeswoman announced on Friday that the leaders would talk.",
			"The spokeswoman announced on Friday", "Friday"},
		{"each clause keeps its own date",
			"The spokeswoman announced on Friday that the leaders would hold a call on Monday.",
			"the leaders would hold a call on Monday", "Monday"},
		{"a date opening the sentence governs a clause after it",
			"On May 19, the two leaders opened a power plant together.",
			"the two leaders opened a power plant together", "May 19"},
		{"a date after a preposition opening the sentence governs without a comma",
			"On Friday the two leaders opened a power plant together.",
			"the two leaders opened a power plant together", "Friday"},
		{"a date after another word opening the sentence needs its comma",
			"Before Friday the two leaders opened a power plant together.",
			"the two leaders opened a power plant together", ""},
		{"a day beats a range of weeks",
			"It was their second call in the past six weeks, held on Monday.",
			"It was their second call in the past six weeks, held on Monday.", "Monday"},
		{"a day beats a possessive weekday",
			"Monday's meeting was announced on Friday.",
			"Monday's meeting was announced on Friday.", "Friday"},
		{"an anniversary dates something else",
			"The call coincides with the 20th anniversary of the treaty.",
			"The call coincides with the 20th anniversary of the treaty.", ""},
		{"a day beats a year that names a noun",
			"The 2016 election was discussed yesterday.",
			"The 2016 election was discussed yesterday.", "yesterday"},
		{"nothing dates the clause",
			"The talks went well. On Friday the envoy left.",
			"The talks went well.", ""},
		{"a range governs its clause as a day would",
			"The ministers met from 3 to 5 June in Geneva.",
			"The ministers met from 3 to 5 June in Geneva.", "from 3 to 5 June"},
		{"a run of days beats the year before it",
			"In 2021, the forum ran from May 3 to May 5 in Vienna.",
			"In 2021, the forum ran from May 3 to May 5 in Vienna.", "from May 3 to May 5"},
		{"a range opening the sentence governs the clause after it",
			"Between 1 and 3 June, the envoys held talks.",
			"the envoys held talks", "Between 1 and 3 June"},
		{"a date later in the sentence does not reach back",
			"The envoy left, officials said on Friday.",
			"The envoy left", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			xs := tg.Tag(c.text, nil, pub)
			i := Governing(c.text, xs, clauseOf(t, c.text, c.clause))
			got := ""
			if i >= 0 {
				got = xs[i].Text
			}
			if got != c.want {
				t.Errorf("Governing = %q, want %q (dates: %v)", got, c.want, xs)
			}
		})
	}
}

// TestSample checks the canonical cases of issue 5 on the sample page the
// issue cites, when shared/ is there.
func TestSample(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/samples/xi-putin-virtual-meeting-2021-06-28.txt")
	if err != nil {
		t.Skipf("shared sample missing (%v)", err)
	}
	text := string(raw)
	xs := New().Tag(text, nil, parley.MustParseDate("2021-06-28"))
	checkInvariants(t, text, xs)
	want := []struct{ context, expr, value, earliest, latest string }{
		{"announced on Friday", "Friday", "2021-06-25", "", ""},
		{"on Monday, the second", "Monday", "2021-06-28", "", ""},
		{"On May 19", "May 19", "2021-05-19", "", ""},
		{"less than two weeks ago", "less than two weeks ago", "2021-06", "2021-06-14", "2021-06-28"},
		{"in the past six weeks", "the past six weeks", "2021", "2021-05-17", "2021-06-28"},
		{"20th anniversary", "20th anniversary", "2001", "", ""},
		{"its centennial", "centennial", "1921", "", ""},
		{"On Sunday", "Sunday", "2021-06-27", "", ""},
	}
	for _, w := range want {
		at := strings.Index(text, w.context)
		if at < 0 {
			t.Fatalf("sample no longer holds %q", w.context)
		}
		start := at + strings.Index(w.context, w.expr)
		found := false
		for _, x := range xs {
			if x.Span.Start != start || x.Text != w.expr {
				continue
			}
			found = true
			if x.Value.String() != w.value || w.earliest != "" &&
				(x.Earliest.String() != w.earliest || x.Latest.String() != w.latest) {
				t.Errorf("%q: got %s [%s..%s], want %s [%s..%s]", w.context, x.Value, x.Earliest, x.Latest,
					w.value, w.earliest, w.latest)
			}
		}
		if !found {
			t.Errorf("%q: %q not tagged", w.context, w.expr)
		}
	}
	// "During their second interaction in six weeks" counts, it does not date.
	for _, x := range xs {
		if x.Text == "in six weeks" {
			t.Errorf("tagged the duration %q as a future date", x.Text)
		}
	}
}
