package timex

import (
	"strings"
	"testing"
	"unicode/utf8"

	"parley"
)

// checkInvariants asserts what every result of Tag must satisfy, whatever
// the input: spans inside the text that match Text, valid dates,
// Earliest ≤ Latest, and a range whose Precision is that of its Value.
func checkInvariants(t *testing.T, text string, xs []parley.TimeExpr) {
	t.Helper()
	for _, x := range xs {
		if !x.Span.Valid(len(text)) || x.Span.Len() == 0 {
			t.Fatalf("span %v outside text of %d bytes (%q)", x.Span, len(text), x.Text)
		}
		if text[x.Span.Start:x.Span.End] != x.Text {
			t.Fatalf("span %v holds %q, Text is %q", x.Span, text[x.Span.Start:x.Span.End], x.Text)
		}
		for _, d := range []parley.Date{x.Value, x.Earliest, x.Latest} {
			if d.IsZero() {
				continue
			}
			if _, err := parley.ParseDate(d.String()); err != nil {
				t.Fatalf("%q: invalid date %+v: %v", x.Text, d, err)
			}
		}
		if x.Earliest.IsZero() != x.Latest.IsZero() {
			t.Fatalf("%q: only one of Earliest %v and Latest %v is set", x.Text, x.Earliest, x.Latest)
		}
		if !x.Earliest.IsZero() {
			if x.Earliest.Precision() != parley.PrecisionDay || x.Latest.Precision() != parley.PrecisionDay {
				t.Fatalf("%q: bounds %v..%v are not days", x.Text, x.Earliest, x.Latest)
			}
			if x.Latest.Before(x.Earliest) {
				t.Fatalf("%q: Latest %v before Earliest %v", x.Text, x.Latest, x.Earliest)
			}
			if x.Value.IsZero() {
				t.Fatalf("%q: bounds without a value", x.Text)
			}
		}
		if x.Kind == "range" && !x.Value.IsZero() && x.Precision != x.Value.Precision() {
			t.Fatalf("%q: range of precision %v has value %v", x.Text, x.Precision, x.Value)
		}
	}
	for i := 1; i < len(xs); i++ {
		if xs[i].Span.Start < xs[i-1].Span.End {
			t.Fatalf("expressions overlap: %q %v and %q %v", xs[i-1].Text, xs[i-1].Span, xs[i].Text, xs[i].Span)
		}
	}
}

// FuzzDates feeds hostile text to the tagger; the seed corpus runs on every
// go test.
func FuzzDates(f *testing.F) {
	seeds := []string{
		"the 99999999999th anniversary of the founding",
		"the 4999th anniversary; the 5000th anniversary; the 2021st anniversary",
		"It happened in year 0 and on 0000-00-00 and 0.0.0000.",
		"On February 30, 2021 and February 29, 2021 and 31.02.2020 nothing happened.",
		"Broken UTF-8: May \xff19, 2021 and \xc3 Friday \xe2\x80",
		"999999999 years ago, 999999999 days later, in 999999999 weeks, the past 999999 decades",
		"On May 19, 2021. Two days later. The next day. The day before. That day. A decade later.",
		"9999-12-31 and 12/31/9999 and December 31, 9999: the next year, a year later, next year",
		"0001-01-01, January 1, 1000, two years ago, 1000 years ago, the 1000th anniversary",
		"the '00s, the '90s, the 10s, the 1990's, mid-1990s, early 2022, late '80s",
		"Friday, May 19 Friday 19 May Friday, Sept. Monday's Sunday Times",
		"May May May 19 19 19 May, 2021, 2021 - 2021-2021-2021",
		"– — ‘ ’ “ ” « » last week’s, this week’s, tomorrow’s",
		"From 20 to 22 March 2023, between 1 and 3 June, from late March to early April 2023, between March and May",
		"from 31 to 30 February, from 1 to 31 February 9999, between 2019 and and 2021, from from 3 to",
		"from December 31, 9999 to January 2; from 0001-01-01 to 9999-12-31; between 9998 and 9999 to 10000",
		"from 20th to the 22nd of; from the 1st to the; 14–16 June 2021 – 17 June; June 3-5-7 to 9 through 11",
		strings.Repeat("from May 3 to ", 200) + "May 5, 2021",
		strings.Repeat("two days after ", 200) + "May 19",
		strings.Repeat("the ", 100) + "1990s",
		"", " ", "\n\n\n", "May", "2021", "19", "the", "ago",
	}
	for _, s := range seeds {
		f.Add(s, "2021-06-28")
		f.Add(s, "")
	}
	f.Add("On December 30 they met.", "2021-01-02")
	f.Add("Next year we go.", "9999-12-31")
	f.Add("A year ago we went.", "0001-01-01")
	tg := New()
	f.Fuzz(func(t *testing.T, text, pub string) {
		d, err := parley.ParseDate(pub)
		if err != nil {
			return
		}
		xs := tg.Tag(text, nil, d)
		checkInvariants(t, text, xs)
		// Caller-given sentence spans, even nonsense ones, must not break it.
		spans := []parley.Span{{Start: 0, End: len(text) / 2}, {Start: len(text) / 3, End: len(text) + 5}}
		checkInvariants(t, text, tg.Tag(text, spans, d))
		for i := range xs {
			_ = Governing(text, xs, xs[i].Span)
		}
		_ = Governing(text, xs, parley.Span{Start: -3, End: len(text) + 9})
		if utf8.ValidString(text) {
			_ = Governing(text, xs, parley.Span{Start: 0, End: len(text)})
		}
	})
}

// TestDashAtEnd holds a crash found on a synthetic story: a day number
// followed by a dash that ends the text.
func TestDashAtEnd(t *testing.T) {
	for _, s := range []string{"on 19 -", "19-", "the 3rd -", "5 –"} {
		New().Tag(s, nil, parley.Day(2021, 6, 28))
	}
}
