package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"parley"
)

// FuzzAnalyze runs every language stage on arbitrary text: nothing may
// panic, and every span an annotation carries must lie inside the text and
// cover what the annotation says it covers.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Xi Jinping met Vladimir Putin in Moscow on Monday.",
		"“We agree,” he said. The two leaders spoke by phone on 19 -",
		"Sanctions were imposed on Russia by the\n\nUnited Kingdom.",
		"during the meeting in",
		"Mr. Trump urged Mr.",
		"The United States, Britain and the European Union announced sanctions against",
		"\xff\xfe said “",
		"On May 19, the duo participated in the opening ceremony in",
		"Danish Prime Minister Mette Frederiksen met German Chancellor Olaf Scholz in Berlin,", // a list's comma at the very end
		"Finland closed its border with Russia on Thursday,",
	} {
		f.Add(s)
	}
	pl := testPipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		if strings.TrimSpace(text) == "" || !utf8.ValidString(text) {
			return // extraction refuses these before the language stages
		}
		art := parley.Article{Text: text, Published: time.Date(2021, 6, 28, 0, 0, 0, 0, time.UTC),
			Paragraphs: []parley.Span{{Start: 0, End: len(text)}}}
		type result struct {
			a   *parley.Analysis
			err error
		}
		done := make(chan result, 1)
		go func() {
			a, err := pl.AnalyzeArticle(context.Background(), art)
			done <- result{a, err}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("no answer after 5 s on %q", text) // a hang, not slowness: pages take milliseconds
		}
		a, err := r.a, r.err
		if err != nil {
			return
		}
		in := func(what string, sp parley.Span, want string) {
			if !sp.Valid(len(text)) || want != "" && text[sp.Start:sp.End] != want {
				t.Fatalf("%s span %v does not cover %q in %q", what, sp, want, text)
			}
		}
		for _, m := range a.Mentions {
			in("mention", m.Span, m.Text)
		}
		for _, d := range a.Dates {
			in("date", d.Span, d.Text)
		}
		for _, q := range a.Quotes {
			in("quote", q.Span, q.Text)
		}
		for _, e := range a.Events {
			in("evidence", e.Evidence.Span, e.Evidence.Sentence)
			in("trigger", e.Trigger, "")
		}
	})
}
