package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"parley"
	"parley/extract"
	"parley/nlp/sentence"
	"parley/nlp/timex"
	"parley/output"
)

func runDates(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "dates", "[flags] FILE|-", `
Print the date expressions of one page and what each resolves to against the
publication date: the value, its precision, the earliest and latest day it
can mean, and whether it points to the past or the future. The page is
extracted first, as by 'parley extract'; "-" reads standard input.`)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` (default: the page's own)")
	format := fs.String("format", "text", "output `format`: text or json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want exactly one FILE or -, got %d arguments", len(pos))
	}
	if err := oneOf("format", *format, "text", "json"); err != nil {
		return err
	}
	lim := parley.DefaultLimits()
	doc, err := readDocument(e, pos[0], lim)
	if err != nil {
		return err
	}
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			return usagef("--published: want YYYY-MM-DD, got %q", *published)
		}
		doc.Published = t
	}
	art, err := extract.Extract(doc, lim)
	if err != nil {
		return fmt.Errorf("%s: %w", doc.Locator, err)
	}
	exprs := timex.New().Tag(art.Text, sentence.Split(art.Text), art.PublishedDate())
	out := make([]output.Date, 0, len(exprs))
	for _, x := range exprs {
		out = append(out, output.FromTimeExpr(x))
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			Published string        `json:"published"`
			Dates     []output.Date `json:"dates"`
		}{art.PublishedDate().String(), out})
	}
	fmt.Fprintf(e.stdout, "published %s (from %s)\n\n", orDash(art.PublishedDate().String()), art.PublishedSource)
	for _, d := range out {
		rng := ""
		if d.Earliest != d.Latest {
			rng = fmt.Sprintf("  [%s … %s]", orDash(d.Earliest), orDash(d.Latest))
		}
		fmt.Fprintf(e.stdout, "%6d  %-34q → %-10s %-6s %-7s%s\n", d.Start, d.Text, orDash(d.Value), d.Precision, d.Relation, rng)
	}
	return nil
}
