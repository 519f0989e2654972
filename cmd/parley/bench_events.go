package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"parley"
	"parley/corpus"
	"parley/eval"
)

func runBenchEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench events", "[flags] [DIR...]", `
Score events (type + both actors, and type + both actors + date), quotes
(found, and with the right speaker) and actors against labelled pages, and
print precision, recall and F1 by type. The misses and extras on type and
both actors are then counted by cause (the actors right but the type not,
an actor never found, an actor not named in the evidence sentence, nothing
coded on a sentence that names both, …), and the dates of the matched events
by how they differ from the labels; -v names each miss's cause.

With no DIR, the built-in sample corpus is scored. A DIR laid out like
../shared/data/events-dev (gold/<id>.json) is scored with its pages read from
--pages (default: ../article-extraction-benchmark/html beside DIR). Any other
DIR holds pages beside their labels, <name>.txt or <name>.html with
<name>.gold.json, like the held-out set testdata/heldout/events; its labelled
no-event sentences are reported as "events on no-event sentences".`)
	pages := fs.String("pages", "", "folder of the pages as <id>.html.gz, for events-dev folders")
	given := fs.Bool("given-dates", false, "pass each page's labelled publication date, as --published does")
	verbose := fs.Bool("v", false, "list every page's missed and extra events, each miss with its cause (with -ngec: each story in which no event was found)")
	ngec := fs.String("ngec", "", "instead, run the NGEC synthetic stories in `FILE` (.csv or its .zip) as a smoke test of event types")
	kbFiles := addKBFlag(fs)
	dirs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *ngec != "" {
		return benchNGEC(ctx, e, *ngec, *kbFiles, *verbose)
	}
	var set []eval.LabelledPage
	if len(dirs) == 0 {
		samples, err := corpus.Samples()
		if err != nil {
			return err
		}
		for _, s := range samples {
			set = append(set, eval.LabelledPage{Name: s.Name, Body: s.Body, Gold: s.Gold})
		}
	}
	for _, d := range dirs {
		ps, err := loadLabelled(d, *pages)
		if err != nil {
			return err
		}
		set = append(set, ps...)
	}
	p, err := newPipeline(*kbFiles)
	if err != nil {
		return err
	}
	score := eval.NewEventScore()
	start := time.Now()
	var bytes int
	for _, lp := range set {
		doc := parley.Document{Locator: lp.Name, URL: lp.Gold.URL, Body: lp.Body}
		if *given && lp.Gold.Published != "" {
			if t, err := time.Parse(time.DateOnly, lp.Gold.Published); err == nil {
				doc.Published = t
			}
		}
		bytes += len(lp.Body)
		a, err := p.Analyze(ctx, doc)
		if err != nil {
			fmt.Fprintf(e.stderr, "%s: %v\n", lp.Name, err)
			a = &parley.Analysis{}
		}
		score.AddPage(lp.Gold, a)
		if *verbose {
			eval.WritePageDiff(e.stdout, lp.Name, lp.Gold, a)
		}
	}
	elapsed := time.Since(start)
	score.Write(e.stdout)
	fmt.Fprintf(e.stdout, "\n%d pages in %v: %.1f pages/s, %.2f MB/s\n", len(set), elapsed.Round(time.Millisecond),
		float64(len(set))/elapsed.Seconds(), float64(bytes)/1e6/elapsed.Seconds())
	return nil
}

// loadLabelled reads one folder of labelled pages: the events-dev layout
// when it has a gold/ subfolder, else pages beside their .gold.json labels.
func loadLabelled(dir, pages string) ([]eval.LabelledPage, error) {
	if st, err := os.Stat(filepath.Join(dir, "gold")); err == nil && st.IsDir() {
		return eval.LoadEventsDev(dir, pages)
	}
	return eval.LoadFolder(dir)
}

// benchNGEC runs the synthetic NGEC stories and reports, per labelled type,
// how often the coder finds an event of that type in the story.
func benchNGEC(ctx context.Context, e *env, path string, kbFiles []string, verbose bool) error {
	stories, err := eval.LoadNGEC(path)
	if err != nil {
		return err
	}
	p, err := newPipeline(kbFiles)
	if err != nil {
		return err
	}
	score := eval.NewTypeScore()
	start := time.Now()
	for _, st := range stories {
		art := parley.Article{Title: st.Title, Text: st.Text}
		start := 0
		for _, para := range strings.Split(st.Text, "\n\n") {
			art.Paragraphs = append(art.Paragraphs, parley.Span{Start: start, End: start + len(para)})
			start += len(para) + 2
		}
		a, err := p.AnalyzeArticle(ctx, art)
		if err != nil {
			score.Add(st.Label, nil)
			continue
		}
		score.Add(st.Label, a.Events)
		if verbose && len(a.Events) == 0 {
			// The story's label and first sentence, to see which
			// constructions the rules miss.
			first := a.Article.Text
			if len(a.Sentences) > 0 {
				first = a.Article.Text[a.Sentences[0].Start:a.Sentences[0].End]
			}
			fmt.Fprintf(e.stdout, "none %-9s %s | %s\n", st.Label, st.Title, first)
		}
	}
	score.Write(e.stdout)
	fmt.Fprintf(e.stdout, "%d stories in %v\n", len(stories), time.Since(start).Round(time.Millisecond))
	return nil
}
