package sqlite

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"parley"
)

// annotationText is an article text the mentions and dates below point into.
const annotationText = "Le président Macron a reçu « les deux dirigeants » le 3 mai, puis la semaine suivante."

func TestAnnotationsRoundTrip(t *testing.T) {
	span := func(s string) parley.Span {
		i := strings.Index(annotationText, s)
		if i < 0 {
			t.Fatalf("%q is not in the text", s)
		}
		return parley.Span{Start: i, End: i + len(s)}
	}
	tests := []struct {
		name     string
		mentions []parley.Mention
		dates    []parley.TimeExpr
	}{
		{name: "none"},
		{
			name: "single and group mentions",
			mentions: []parley.Mention{
				{Span: span("Macron"), Actors: []string{"person:emmanuel-macron"}, Via: parley.ViaName},
				{Span: span("les deux dirigeants"), Actors: []string{"person:a", "person:b", "person:c"}, Via: parley.ViaGroup},
			},
		},
		{
			name: "dates at every precision, anchored or not",
			dates: []parley.TimeExpr{
				{Span: span("le 3 mai"), Text: "le 3 mai", Value: parley.Day(2024, 5, 3), Precision: parley.PrecisionDay,
					Earliest: parley.Day(2024, 5, 3), Latest: parley.Day(2024, 5, 3), Relation: parley.TimePast, Anchored: true, Kind: "absolute"},
				{Span: span("la semaine suivante"), Text: "la semaine suivante", Value: parley.Date{Year: 2024, Month: 5},
					Precision: parley.PrecisionWeek, Earliest: parley.Day(2024, 5, 6), Latest: parley.Day(2024, 5, 12),
					Relation: parley.TimeFuture, Anchored: true, Kind: "offset"},
				{Span: span("mai"), Text: "mai", Value: parley.Date{Year: 2020}, Precision: parley.PrecisionDecade,
					Earliest: parley.Day(2020, 1, 1), Latest: parley.Day(2029, 12, 31), Kind: "decade"},
				{Span: span("puis"), Text: "", Kind: ""},
			},
		},
		{
			name: "strings JSON must escape",
			mentions: []parley.Mention{
				{Span: span("reçu"), Actors: []string{`new:person:o"brien\x`, "new:person:tab\there", "new:person:ctl\x01\x1f"}, Via: "via\nline"},
			},
			dates: []parley.TimeExpr{
				{Span: span("3"), Text: `"quoted" \ and « guillemets »`, Relation: "odd\u2028sep", Kind: "kind\r\n"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Mention texts are cut from the article again on reading.
			for i := range tt.mentions {
				tt.mentions[i].Text = tt.mentions[i].Span.In(annotationText)
			}
			mj, dj := mentionsJSON(tt.mentions), datesJSON(tt.dates)
			for _, col := range []string{mj, dj} {
				if !json.Valid([]byte(col)) {
					t.Fatalf("column is not valid JSON: %s", col)
				}
			}
			ms, err := parseMentions(mj, annotationText)
			if err != nil {
				t.Fatalf("parseMentions(%s): %v", mj, err)
			}
			ds, err := parseDates(dj)
			if err != nil {
				t.Fatalf("parseDates(%s): %v", dj, err)
			}
			if !reflect.DeepEqual(ms, tt.mentions) {
				t.Errorf("mentions read back as\n%+v\nwant\n%+v", ms, tt.mentions)
			}
			if !reflect.DeepEqual(ds, tt.dates) {
				t.Errorf("dates read back as\n%+v\nwant\n%+v", ds, tt.dates)
			}
		})
	}
}

// TestAnnotationsColumnShape pins the documented layout, which migration
// 0005 builds in SQL: a change here must change the migration too.
func TestAnnotationsColumnShape(t *testing.T) {
	m := mentionsJSON([]parley.Mention{{Span: parley.Span{Start: 4, End: 15}, Actors: []string{"person:a", "person:b"}, Via: parley.ViaGroup}})
	if want := `[[4,15,"group",["person:a","person:b"]]]`; m != want {
		t.Errorf("mentions = %s, want %s", m, want)
	}
	d := datesJSON([]parley.TimeExpr{{Span: parley.Span{Start: 20, End: 26}, Text: "Monday", Value: parley.Day(2021, 6, 28),
		Precision: parley.PrecisionDay, Earliest: parley.Day(2021, 6, 28), Latest: parley.Day(2021, 6, 28),
		Relation: parley.TimeFuture, Anchored: true, Kind: "weekday"}})
	if want := `[[20,26,"Monday","2021-06-28","day","2021-06-28","2021-06-28","future",1,"weekday"]]`; d != want {
		t.Errorf("dates = %s, want %s", d, want)
	}
	if got := mentionsJSON(nil) + datesJSON(nil); got != "[][]" {
		t.Errorf("empty columns = %s, want [] each", got)
	}
}

func TestParseAnnotationsRefusesDamagedColumns(t *testing.T) {
	tests := []struct {
		name, mentions, dates string
	}{
		{"not JSON", `[[1,2,"name",["a"]]`, `[]`},
		{"mention missing its actors", `[[1,2,"name"]]`, `[]`},
		{"mention with an extra field", `[[1,2,"name",["a"],5]]`, `[]`},
		{"date with a field missing", `[]`, `[[1,2,"x","2021","year","2021-01-01","2021-12-31","past",0]]`},
		{"date with an unknown precision", `[]`, `[[1,2,"x","2021","era","2021-01-01","2021-12-31","past",0,"k"]]`},
		{"date with a bad value", `[]`, `[[1,2,"x","2021-13","month","","","",0,"k"]]`},
		{"span as text", `[["1",2,"name",["a"]]]`, `[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, merr := parseMentions(tt.mentions, annotationText)
			_, derr := parseDates(tt.dates)
			if merr == nil && derr == nil {
				t.Errorf("mentions %s and dates %s were accepted", tt.mentions, tt.dates)
			}
		})
	}
}

func TestAppendDateMatchesString(t *testing.T) {
	dates := []parley.Date{
		{}, {Year: 2021}, {Year: 2021, Month: 6}, {Year: 2021, Month: 6, Day: 28}, {Year: 7, Month: 1, Day: 2},
		{Year: 9999, Month: 12, Day: 31}, {Year: 10000, Month: 1, Day: 1}, {Year: -44, Month: 3, Day: 15},
		{Year: 2021, Month: 13, Day: 40}, {Year: 2021, Month: 6, Day: -1},
	}
	for _, d := range dates {
		got := string(appendDate(nil, d))
		want := string(appendJSONString([]byte{','}, d.String()))
		if got != want {
			t.Errorf("appendDate(%#v) = %s, want %s", d, got, want)
		}
	}
}

// FuzzJSONString checks that appendJSONString writes what encoding/json
// reads back as the string encoding/json itself would write.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", `"\`, "tab\tnew\nline\r", "\x00\x1f\x7f", "é « » 中文 \u2028", "bad \xff\xfe utf-8", "\xe2\x82"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enc := appendJSONString(nil, s)
		var got string
		if err := json.Unmarshal(enc, &got); err != nil {
			t.Fatalf("appendJSONString(%q) = %s, not a JSON string: %v", s, enc, err)
		}
		ref, _ := json.Marshal(s)
		var want string
		if err := json.Unmarshal(ref, &want); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("appendJSONString(%q) reads back as %q, want %q", s, got, want)
		}
	})
}

// BenchmarkAnnotationsJSON measures encoding the mentions and dates of an
// article the size of the ingest benchmark's (61 mentions, 15 dates) and
// reading them back.
func BenchmarkAnnotationsJSON(b *testing.B) {
	var ms []parley.Mention
	for i := range 61 {
		ms = append(ms, parley.Mention{Span: parley.Span{Start: 100 * i, End: 100*i + 12}, Actors: []string{"person:vladimir-putin"}, Via: parley.ViaSurname})
	}
	var ds []parley.TimeExpr
	for i := range 15 {
		d := parley.Day(2021, 6, 1+i)
		ds = append(ds, parley.TimeExpr{Span: parley.Span{Start: 50 * i, End: 50*i + 6}, Text: "Monday", Value: d,
			Precision: parley.PrecisionDay, Earliest: d, Latest: d, Relation: parley.TimePast, Anchored: true, Kind: "weekday"})
	}
	text := strings.Repeat("x", 7000)
	b.Run("encode", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			_ = mentionsJSON(ms)
			_ = datesJSON(ds)
		}
	})
	mj, dj := mentionsJSON(ms), datesJSON(ds)
	b.Run("decode", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, err := parseMentions(mj, text); err != nil {
				b.Fatal(err)
			}
			if _, err := parseDates(dj); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// FuzzParseAnnotations feeds the column readers damaged and arbitrary
// text: they must return an error or annotations that encode and read
// back the same, never panic. (Encodings are compared rather than the
// values, since parley.Date does not keep a year-0 day through String.)
func FuzzParseAnnotations(f *testing.F) {
	for _, s := range []string{
		`[]`, ` [ ] `, `[[4,15,"group",["person:a","person:b"]]]`, `[[0,3,"name",[]]]`, `[[1,2,"x\u00e9\n",["a\"b"]]]`,
		`[[20,26,"Monday","2021-06-28","day","2021-06-28","2021-06-28","future",1,"weekday"]]`,
		`[[0,0,"","","","","","",0,""]]`, `[[1,2,"name",["a"]]`, `[[-1,99999999999999999999,"",[]]]`, `[["\ud800"]]`, "[[1,2,\"\xff\",[]]]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ms, err := parseMentions(s, annotationText); err == nil {
			enc := mentionsJSON(ms)
			again, err := parseMentions(enc, annotationText)
			if err != nil || mentionsJSON(again) != enc {
				t.Errorf("mentions of %q do not survive a round trip: %v\n%s\n%s", s, err, enc, mentionsJSON(again))
			}
		}
		if ds, err := parseDates(s); err == nil {
			enc := datesJSON(ds)
			again, err := parseDates(enc)
			if err != nil || datesJSON(again) != enc {
				t.Errorf("dates of %q do not survive a round trip: %v\n%s\n%s", s, err, enc, datesJSON(again))
			}
		}
	})
}
