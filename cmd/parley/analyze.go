package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"parley"
	"parley/output"
)

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "analyze", "[flags] FILE|-", `
Analyze one news page (HTML or plain text) without a database and print the
clean article, its actors, dates, quotes and political events. "-" reads the
page from standard input. The JSON output is a stable contract, described in
docs/OUTPUT.md with a JSON Schema in output/schema.json.`)
	published := fs.String("published", "", "publication date `YYYY-MM-DD`, when the page does not say or says it wrongly")
	url := fs.String("url", "", "the page's `URL`, when the page does not say")
	format := fs.String("format", "json", "output `format`: json or text")
	withText := fs.Bool("with-text", false, "include the clean text (article.text) that all offsets point into")
	explain := fs.Bool("explain", false, "show, for each event, the rule and trigger words that produced it")
	kbFiles := addKBFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want exactly one FILE or -, got %d arguments", len(pos))
	}
	if err := oneOf("format", *format, "json", "text"); err != nil {
		return err
	}
	lim := parley.DefaultLimits()
	doc, err := readDocument(e, pos[0], lim)
	if err != nil {
		return err
	}
	doc.URL = *url
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			return usagef("--published: want YYYY-MM-DD, got %q", *published)
		}
		doc.Published = t
	}
	p, err := newPipeline(*kbFiles)
	if err != nil {
		return err
	}
	a, err := p.Analyze(ctx, doc)
	if err != nil {
		return fmt.Errorf("%s: %w", doc.Locator, err)
	}
	out := output.FromAnalysis(a, output.Options{WithText: *withText, Explain: *explain})
	if *format == "text" {
		return writeText(e.stdout, out)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// writeText prints an analysis for people to read.
func writeText(w io.Writer, a *output.Analysis) error {
	var b strings.Builder
	art := a.Article
	fmt.Fprintf(&b, "%s\n", orDash(art.Title))
	fmt.Fprintf(&b, "  published %s", orDash(art.Published))
	if art.PublishedSource != "" {
		fmt.Fprintf(&b, " (from %s)", art.PublishedSource)
	}
	if art.URL != "" {
		fmt.Fprintf(&b, "  %s", art.URL)
	}
	if len(art.Authors) > 0 {
		fmt.Fprintf(&b, "\n  by %s", strings.Join(art.Authors, ", "))
	}
	b.WriteString("\n\nActors\n")
	for _, x := range a.Actors {
		fmt.Fprintf(&b, "  %-28s %-12s %-3s  %s\n", x.Name, x.Kind, orDash(x.Country), x.Role)
	}
	b.WriteString("\nDates\n")
	for _, x := range a.Dates {
		fmt.Fprintf(&b, "  %-32q → %s\n", x.Text, orDash(x.Value))
	}
	b.WriteString("\nQuotes\n")
	for _, q := range a.Quotes {
		who := "(unattributed)"
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		fmt.Fprintf(&b, "  %s: “%s”\n", who, clip(q.Text, 110))
	}
	b.WriteString("\nEvents\n")
	for _, ev := range a.Events {
		target := "—"
		if ev.Target != nil {
			target = ev.Target.Name
		}
		fmt.Fprintf(&b, "  %-10s %-8s %-10s %-10s %s → %s", ev.Type, ev.Status, orDash(ev.Medium), orDash(ev.Date), ev.Source.Name, target)
		if ev.Location != nil {
			fmt.Fprintf(&b, " in %s", ev.Location.Name)
		}
		fmt.Fprintf(&b, "\n      “%s”\n", clip(ev.Evidence.Sentence, 140))
		if ev.Explain != nil {
			fmt.Fprintf(&b, "      rule %s on %q\n", ev.Explain.Rule, ev.Explain.Trigger)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
