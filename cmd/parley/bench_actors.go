package main

import (
	"context"
	"fmt"
	"time"

	"parley"
	"parley/eval"
)

// defaultActorSet is the held-out labelled set scored when no DIR is given.
const defaultActorSet = "testdata/heldout/actors"

func runBenchActors(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench actors", "[flags] [DIR]", `
Score actor mentions against a labelled set: <slug>.txt articles beside
<slug>.gold.json labels (format in testdata/heldout/actors/README.md).
Prints detection and resolution precision, recall and F1, role, group and
non-actor accuracy, recall by kind of reference, and the speed of the
language stages in MB/s of text.

With no DIR, `+defaultActorSet+` is scored.`)
	verbose := fs.Bool("v", false, "list every article's missed, wrong and extra mentions")
	kbFiles := addKBFlag(fs)
	dirs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	dir := defaultActorSet
	switch len(dirs) {
	case 0:
	case 1:
		dir = dirs[0]
	default:
		return usagef("want at most one DIR, got %d", len(dirs))
	}
	set, err := eval.LoadActorSet(dir)
	if err != nil {
		return err
	}
	p, err := newPipeline(*kbFiles)
	if err != nil {
		return err
	}
	score := eval.NewActorScore()
	var elapsed time.Duration
	for i := range set {
		a := &set[i]
		start := time.Now()
		an, err := p.AnalyzeArticle(ctx, a.Article())
		elapsed += time.Since(start)
		if err != nil {
			fmt.Fprintf(e.stderr, "%s: %v\n", a.ID, err)
			an = &parley.Analysis{}
		}
		if *verbose {
			score.Add(a, an.Mentions, an.Actors, e.stdout)
		} else {
			score.Add(a, an.Mentions, an.Actors, nil)
		}
	}
	if *verbose {
		fmt.Fprintln(e.stdout)
	}
	score.Write(e.stdout)
	fmt.Fprintf(e.stdout, "\n%d articles in %v (whole analysis, one core): %.2f MB/s\n", len(set),
		elapsed.Round(time.Millisecond), float64(score.Bytes)/1e6/elapsed.Seconds())
	return nil
}
