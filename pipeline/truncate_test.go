package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley"
	"parley/corpus"
	"parley/nlp/token"
)

// TestTruncatedArticles cuts articles short and analyses what is left: a
// text may end anywhere (a page cut off, a feed's summary), and no rule
// may read past its end. Such reads once crashed on "at X's request," at
// the end of a text, on "offers of", on "…, and". The built-in corpus is
// cut after every token, the held-out set after every fifth and after
// every function word; under the race detector, which slows the coder
// tenfold, every eighth article.
func TestTruncatedArticles(t *testing.T) {
	type page struct {
		name string
		body []byte
		step int // cut after every step-th token
	}
	var pages []page
	samples, err := corpus.Samples()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range samples {
		pages = append(pages, page{s.File, s.Body, 1})
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "heldout", "events", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, page{filepath.Base(f), b, 5})
	}
	pl := testPipeline(t)
	ctx := context.Background()
	cuts := 0
	for n, p := range pages {
		if raceEnabled && n%8 != 0 {
			continue
		}
		a, err := pl.Analyze(ctx, parley.Document{Locator: p.name, Body: p.body})
		if err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		text := a.Article.Text
		for i, tok := range token.Tokenize(text) {
			if i%p.step != 0 && !tok.Is("and", "of", "the", ",", "'s", "’s", "to", "by", "with", "at", "on", "in") {
				continue // (words after which a rule is most likely to look one further)
			}
			cut := text[:tok.End]
			art := parley.Article{Title: a.Article.Title, Text: cut, Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC),
				Paragraphs: paragraphsOf(cut)}
			if _, err := pl.AnalyzeArticle(ctx, art); err != nil {
				t.Errorf("%s cut after %q at %d: %v", p.name, tok.Text, tok.End, err)
			}
			cuts++
		}
	}
	t.Logf("%d truncated texts analysed", cuts)
}

// paragraphsOf splits a text at blank lines, as extraction does.
func paragraphsOf(text string) []parley.Span {
	var out []parley.Span
	start := 0
	for _, p := range strings.Split(text, "\n\n") {
		if strings.TrimSpace(p) != "" {
			out = append(out, parley.Span{Start: start, End: start + len(p)})
		}
		start += len(p) + 2
	}
	return out
}
