package timex

import (
	"testing"

	"parley"
)

// TestRangesWhole checks every field of the ranges in one short story, not
// only the Value and bounds the table looks at.
func TestRangesWhole(t *testing.T) {
	text := "From 20 to 22 March 2023 the premier was in Moscow. The talks ran from May 3 to May 5, 2021. " +
		"Between 1 and 3 June the ministers met. The summit, held 14–16 June 2021, ended. " +
		"Talks on June 3-5 went well. He stayed from late March to early April 2023. " +
		"The envoys will meet from 10 to 12 May."
	type want struct {
		text, value, earliest, latest string
		prec                          parley.Precision
		rel                           parley.TimeRelation
		anchored                      bool
	}
	wants := []want{
		{"From 20 to 22 March 2023", "2023-03", "2023-03-20", "2023-03-22", parley.PrecisionMonth, parley.TimePast, false},
		{"from May 3 to May 5, 2021", "2021-05", "2021-05-03", "2021-05-05", parley.PrecisionMonth, parley.TimePast, false},
		{"Between 1 and 3 June", "2022-06", "2022-06-01", "2022-06-03", parley.PrecisionMonth, parley.TimePast, true},
		{"14–16 June 2021", "2021-06", "2021-06-14", "2021-06-16", parley.PrecisionMonth, parley.TimePast, false},
		{"June 3-5", "2022-06", "2022-06-03", "2022-06-05", parley.PrecisionMonth, parley.TimePast, true},
		{"from late March to early April 2023", "2023", "2023-03-21", "2023-04-10", parley.PrecisionYear, parley.TimeSame, false},
		{"from 10 to 12 May", "2023-05", "2023-05-10", "2023-05-12", parley.PrecisionMonth, parley.TimeFuture, true},
	}
	xs := New().Tag(text, nil, parley.MustParseDate("2023-04-01"))
	checkInvariants(t, text, xs)
	if len(xs) != len(wants) {
		t.Fatalf("got %d expressions, want %d: %v", len(xs), len(wants), xs)
	}
	for i, w := range wants {
		x := xs[i]
		got := want{x.Text, x.Value.String(), x.Earliest.String(), x.Latest.String(), x.Precision, x.Relation, x.Anchored}
		if got != w || x.Kind != kindRange {
			t.Errorf("expression %d: got %+v (%s), want %+v (range)", i, got, x.Kind, w)
		}
	}
}

// TestRangeWithoutPublication keeps a year-less range whole, with no value,
// when there is no publication date to place it.
func TestRangeWithoutPublication(t *testing.T) {
	text := "The envoys met from 10 to 12 May and again between June 30 and July 2."
	xs := New().Tag(text, nil, parley.Date{})
	checkInvariants(t, text, xs)
	got := map[string]parley.Precision{}
	for _, x := range xs {
		if !x.Value.IsZero() {
			t.Errorf("%q has value %s without a year or a publication date", x.Text, x.Value)
		}
		got[x.Text] = x.Precision
	}
	want := map[string]parley.Precision{"from 10 to 12 May": parley.PrecisionMonth,
		"between June 30 and July 2": parley.PrecisionYear}
	for k, p := range want {
		if got[k] != p {
			t.Errorf("%q: precision %v, want %v (all: %v)", k, got[k], p, got)
		}
	}
}
