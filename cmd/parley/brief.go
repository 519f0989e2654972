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
date, from the database: their next or latest meeting and who announced it,
earlier interactions and the cadence of their meetings, anniversaries and
national days within 30 days, each side's recent meetings with others, the
tone of their relation by month and what each said of the other. Every line
cites the articles (title, outlet, date) or calendar entry it rests on.

A briefing --on a date uses only articles published before that day, as a
reader would have had them that morning; without --on it is written as of
now, with today's articles.`)
	db := addDBFlag(fs, e)
	on := fs.String("on", "", "the `DATE` (YYYY-MM-DD) the briefing is written for (default: today)")
	format := fs.String("format", "md", "output `format`: md, json or html")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("want two actors, got %d arguments", len(pos))
	}
	if err := oneOf("format", *format, "md", "json", "html"); err != nil {
		return err
	}
	day := parley.DateOf(time.Now())
	today := *on == ""
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
	return writeBriefing(ctx, e, st, pos[0], pos[1], day, *format, today)
}

// writeBriefing resolves the two names and prints their briefing.
// With sameDay set, articles published on the day itself count too.
func writeBriefing(ctx context.Context, e *env, src brief.Source, a, b string, on parley.Date, format string, sameDay bool) error {
	actorA, err := brief.Resolve(ctx, src, a)
	if err != nil {
		return err
	}
	actorB, err := brief.Resolve(ctx, src, b)
	if err != nil {
		return err
	}
	k, err := loadKB(nil)
	if err != nil {
		return err
	}
	opt := brief.DefaultOptions()
	opt.Leader = brief.LeaderFunc(k)
	opt.IncludeSameDay = sameDay
	br, err := brief.Build(ctx, src, actorA, actorB, on, opt)
	if err != nil {
		return err
	}
	switch format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(br)
	case "html":
		return br.WriteHTML(e.stdout)
	}
	return br.WriteMarkdown(e.stdout)
}
