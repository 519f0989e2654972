// Package pipelinetest runs the real pipeline on short texts written in
// tests, so the tests of one stage can check it in the company of the
// others, as it runs for users.
package pipelinetest

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"parley"
	"parley/kb"
	"parley/pipeline"
)

var (
	once sync.Once
	pl   *pipeline.Pipeline
	err  error
)

// Pipeline returns a pipeline over the built-in knowledge base, built once.
func Pipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	once.Do(func() {
		var k *kb.KB
		if k, err = kb.Builtin(); err == nil {
			pl = pipeline.New(k, parley.DefaultLimits())
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

// Analyze runs every language stage on text as an article published on
// day (YYYY-MM-DD), or of no known day when day is ""; paragraphs are
// separated by blank lines.
func Analyze(t testing.TB, text, day string) *parley.Analysis {
	t.Helper()
	art := parley.Article{Text: text, PublishedSource: parley.DateFromNone}
	if day != "" {
		pub, err := time.Parse(time.DateOnly, day)
		if err != nil {
			t.Fatal(err)
		}
		art.Published, art.PublishedSource = pub, parley.DateFromUser
	}
	start := 0
	for _, p := range strings.Split(text, "\n\n") {
		art.Paragraphs = append(art.Paragraphs, parley.Span{Start: start, End: start + len(p)})
		start += len(p) + 2
	}
	a, err := Pipeline(t).AnalyzeArticle(context.Background(), art)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
