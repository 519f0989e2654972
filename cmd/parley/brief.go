package main

import (
	"context"
	"encoding/json"
	"os"
	"time"

	"parley"
	"parley/brief"
)

func runBrief(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "brief", "[flags] A B", `
Write a "what to expect" briefing for two actors (people or states) as of a
date, from the events and quotes in the database: their next or latest
meeting, earlier interactions and cadence, each side's recent meetings with
others, the tone of their relation and what each said. Every line cites the
articles it rests on.`)
	db := addDBFlag(fs, e)
	on := fs.String("on", "", "the `DATE` (YYYY-MM-DD) the briefing is written for (default: today)")
	format := fs.String("format", "md", "output `format`: md or json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("want two actors, got %d arguments", len(pos))
	}
	if err := oneOf("format", *format, "md", "json"); err != nil {
		return err
	}
	day := parley.DateOf(time.Now())
	if *on != "" {
		d, err := parley.ParseDate(*on)
		if err != nil || d.Precision() != parley.PrecisionDay {
			return usagef("--on: want YYYY-MM-DD, got %q", *on)
		}
		day = d
	}
	if _, err := os.Stat(*db); err != nil {
		return usagef("no database at %s (run 'parley ingest' first, or pass --db)", *db)
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	return writeBriefing(ctx, e, st, pos[0], pos[1], day, *format)
}

// writeBriefing resolves the two names and prints their briefing.
func writeBriefing(ctx context.Context, e *env, src brief.Source, a, b string, on parley.Date, format string) error {
	actorA, err := brief.Resolve(ctx, src, a)
	if err != nil {
		return err
	}
	actorB, err := brief.Resolve(ctx, src, b)
	if err != nil {
		return err
	}
	br, err := brief.Build(ctx, src, actorA, actorB, on, brief.DefaultOptions())
	if err != nil {
		return err
	}
	if format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(br)
	}
	return br.WriteMarkdown(e.stdout)
}
