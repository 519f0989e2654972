package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"parley"
	"parley/corpus"
	"parley/ingest"
	"parley/source/files"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "[flags] [A B]", `
Build a temporary database from the built-in sample corpus (short articles
the team wrote about real diplomatic events of 2019–2024, as HTML pages and
plain-text scrapes) and print the briefing for two actors, by default
Xi Jinping and Vladimir Putin as of 2021-06-28: what a reader could know
that morning, from articles published before that day.`)
	on := fs.String("on", "2021-06-28", "the `DATE` of the briefing")
	format := fs.String("format", "md", "output `format`: md, json or html")
	keep := fs.String("keep", "", "keep the database at `PATH` instead of a temporary file")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	a, b := "Xi Jinping", "Vladimir Putin"
	switch len(pos) {
	case 0:
	case 2:
		a, b = pos[0], pos[1]
	default:
		return usagef("want no actors or two, got %d", len(pos))
	}
	if err := oneOf("format", *format, "md", "json", "html"); err != nil {
		return err
	}
	day, err := parley.ParseDate(*on)
	if err != nil || day.Precision() != parley.PrecisionDay {
		return usagef("--on: want YYYY-MM-DD, got %q", *on)
	}

	path := *keep
	if path == "" {
		dir, err := os.MkdirTemp("", "parley-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	st, err := openStore(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := newPipeline(nil)
	if err != nil {
		return err
	}
	lim := parley.DefaultLimits()
	w := files.New(lim, files.Root{FS: corpus.FS(), Path: ".", Name: "corpus"})
	rep, err := ingest.Run(ctx, []ingest.Source{w.Documents()}, p, st, ingest.Options{Limits: lim, Workers: 1}) // in file order, so every run links alike
	if err != nil {
		return err
	}
	// Link in the canonical order, so that every run prints the same.
	if err := st.Relink(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "parley demo: built-in corpus: %s\n", summary(rep, nil))
	for _, r := range rep.Rejections {
		fmt.Fprintf(e.stderr, "rejected %s: %s [%s at %s]\n", r.Locator, r.Detail, r.Kind, r.Stage)
	}
	return writeBriefing(ctx, e, st, a, b, day, *format, false)
}
