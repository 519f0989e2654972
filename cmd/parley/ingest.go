package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"parley"
	"parley/ingest"
	"parley/source/files"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "[flags] PATH...|-", `
Analyze news pages and store them, with their actors, dates, quotes and
events, in the database. Each PATH is a file or a folder; folders are read
recursively, taking .html, .htm and .txt files and gzip-compressed copies of
them (.html.gz, …) and skipping other files. "-" reads one page from
standard input.

The same article ingested twice (same text, or the same address) is stored
once. An input that cannot be read or analyzed is reported on standard error
as "rejected PATH: reason" and recorded in the database; the rest go on. The
last line counts the inputs seen, stored, duplicate and rejected.

Exit status: 0 when every input was stored or was a duplicate, 3 when some
were rejected, 1 when ingest could not run or had to stop.`)
	db := addDBFlag(fs, e)
	workers := fs.Int("workers", 0, "analyze `N` pages at once (default: the number of CPUs)")
	kbFiles := addKBFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("want at least one PATH or -")
	}
	if *workers < 0 {
		return usagef("--workers must not be negative, got %d", *workers)
	}
	stdin := 0
	for _, p := range pos {
		if p == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return usagef("- (standard input) may be given only once")
	}

	lim := parley.DefaultLimits()
	p, err := newPipeline(*kbFiles)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	var sources []ingest.Source
	var walkers []*files.Walker
	for _, path := range pos {
		if path == "-" {
			sources = append(sources, files.Reader("stdin", e.stdin, lim))
			continue
		}
		w := files.New(lim, files.OSPath(path))
		walkers = append(walkers, w)
		sources = append(sources, w.Documents())
	}
	rep, runErr := ingest.Run(ctx, sources, p, st, ingest.Options{
		Workers: *workers,
		Limits:  lim,
		OnOutcome: func(o ingest.Outcome) {
			if r := o.Rejection; r != nil {
				fmt.Fprintf(e.stderr, "rejected %s: %s [%s at %s]\n", r.Locator, r.Detail, r.Kind, r.Stage)
			}
		},
	})
	fmt.Fprintln(e.stdout, summary(rep, walkers))
	switch {
	case errors.Is(runErr, context.Canceled):
		return fmt.Errorf("interrupted; run the same command again to finish (stored articles are kept)")
	case runErr != nil:
		return runErr
	case rep.Rejected > 0:
		return &exitError{exitRejects}
	}
	return nil
}

// summary is the last line of an ingest run: the counts, and the files
// passed over for their type when there were any.
func summary(rep ingest.Report, walkers []*files.Walker) string {
	s := fmt.Sprintf("seen %d, stored %d, duplicate %d, rejected %d", rep.Seen, rep.Stored, rep.Duplicate, rep.Rejected)
	skipped := 0
	byExt := map[string]int{}
	for _, w := range walkers {
		st := w.Stats()
		skipped += st.Skipped
		for ext, n := range st.SkippedByExt {
			byExt[ext] += n
		}
	}
	if skipped == 0 {
		return s
	}
	var parts []string
	for ext, n := range byExt {
		if ext == "" {
			ext = "no extension"
		}
		parts = append(parts, fmt.Sprintf("%s %d", ext, n))
	}
	sort.Strings(parts)
	noun := "files"
	if skipped == 1 {
		noun = "file"
	}
	return fmt.Sprintf("%s; skipped %d %s of other types (%s)", s, skipped, noun, strings.Join(parts, ", "))
}
