package main

import (
	"context"
	"fmt"
	"runtime"
	"sort"

	"parley"
	"parley/eval"
	"parley/extract"
)

// runBenchExtract scores the extractor on a directory laid out like the
// article extraction benchmark and reports its speed.
func runBenchExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench extract", "[flags] DIR", `
Score article extraction on DIR, laid out like the article extraction
benchmark (html/<id>.html.gz and ground-truth.json), with the benchmark's own
measure: multisets of 4-token shingles, precision and recall averaged over
pages, F1 their harmonic mean. Pages are read into memory first; the speed
covers extraction alone. For a one-core figure run it under GOMAXPROCS=1
(and taskset -c 0).`)
	rounds := fs.Int("rounds", 3, "extract every page `N` times for the timing (accuracy uses the first round)")
	worst := fs.Int("worst", 0, "also list the `N` pages with the lowest F1")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want exactly one DIR, got %d arguments", len(pos))
	}
	if *rounds < 1 {
		return usagef("--rounds must be at least 1")
	}
	docs, err := eval.LoadExtractBench(pos[0])
	if err != nil {
		return err
	}
	lim := parley.DefaultLimits()
	fn := func(page []byte, url string) (string, error) {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		a, err := extract.Extract(parley.Document{URL: url, Body: page}, lim)
		return a.Text, err
	}
	r := eval.RunExtractBench(docs, fn, *rounds)
	if err := ctx.Err(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "pages   %d (×%d rounds, GOMAXPROCS=%d)\n", len(docs), *rounds, runtime.GOMAXPROCS(0))
	fmt.Fprintf(e.stdout, "F1      %.4f\nP       %.4f\nR       %.4f\n", r.F1, r.Precision, r.Recall)
	fmt.Fprintf(e.stdout, "docs/s  %.1f\nMB/s    %.2f\n", r.DocsPerSec(), r.MBPerSec())
	if *worst > 0 {
		idx := make([]int, len(r.Docs))
		f1 := make([]float64, len(r.Docs))
		for i, d := range r.Docs {
			idx[i] = i
			s := eval.Score([]eval.Match{d.Match})
			f1[i] = s.F1
		}
		sort.SliceStable(idx, func(a, b int) bool { return f1[idx[a]] < f1[idx[b]] })
		fmt.Fprintln(e.stdout, "\nworst pages (F1  id  url):")
		for _, i := range idx[:min(*worst, len(idx))] {
			note := ""
			if r.Docs[i].Err != nil {
				note = "  (" + r.Docs[i].Err.Error() + ")"
			}
			fmt.Fprintf(e.stdout, "  %.3f  %s  %s%s\n", f1[i], r.Docs[i].ID, docs[i].URL, note)
		}
	}
	return nil
}
