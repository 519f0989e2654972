package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"parley"
	"parley/output"
	"parley/store"
)

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func runEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "events", "[flags]", `
List what happened, oldest first: by default one line per happening (a
summit ten outlets report is one line, with its status, medium, place,
actors and the number of articles and outlets); with --mentions one line
per coded event, with the article that states it.

Names are looked up among the stored actors by ID ("person:xi-jinping"),
by full name or a state's ISO 3166 alpha-3 code ("CHN"), by whole words of
a name ("Putin"), or by part of a name. A name that matches several actors
stands for all of them.

Dates may be days, months or years (2021-06-28, 2021-06, 2021); an event
matches when the days its date covers overlap the range, so an event dated
"June 2021" is kept by --since 2021-06-10. Undated events are left out
when a date bound is given.`)
	db := addDBFlag(fs, e)
	var actors listFlag
	fs.Var(&actors, "actor", "keep events involving `NAME` as source, target or participant (repeatable: all must be involved)")
	between := fs.String("between", "", "keep events between two actors, given as `A,B`")
	since := fs.String("since", "", "keep events on or after `DATE` (YYYY-MM-DD, YYYY-MM or YYYY)")
	until := fs.String("until", "", "keep events on or before `DATE` (YYYY-MM-DD, YYYY-MM or YYYY)")
	types := fs.String("type", "", "keep events of these PLOVER `TYPES`, comma-separated (CONSULT, ACCUSE, …)")
	statuses := fs.String("status", "", "keep events with these `STATUSES`, comma-separated (occurred, planned, cancelled, hypothetical, negated)")
	limit := fs.Int("limit", 100, "show at most `N` events; 0 shows all")
	newest := fs.Bool("newest", false, "list the newest events first")
	format := fs.String("format", "table", "output `format`: table, json or csv")
	mentions := fs.Bool("mentions", false, "list the coded events (every mention) instead of happenings")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected arguments %q; names go in --actor or --between", pos)
	}
	if err := oneOf("format", *format, "table", "json", "csv"); err != nil {
		return err
	}
	f, err := eventFilter(*since, *until, *types, *statuses, *limit)
	if err != nil {
		return err
	}
	f.NewestFirst = *newest
	names := []string(actors)
	if *between != "" {
		a, b, ok := strings.Cut(*between, ",")
		if !ok || strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" || strings.Contains(b, ",") {
			return usagef("--between: want two names separated by a comma, got %q", *between)
		}
		names = append(names, a, b)
	}

	if _, err := os.Stat(*db); err != nil {
		return usagef("no database at %s (run 'parley ingest' first, or pass --db)", *db)
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	for _, name := range names {
		set, err := resolveActors(ctx, e, st, name)
		if err != nil {
			return err
		}
		f.Actors = append(f.Actors, set)
	}
	if !*mentions {
		return listHappenings(ctx, e, st, f, *format)
	}
	// Ask for one more than the limit, to tell the user when there is more.
	if f.Limit > 0 {
		f.Limit++
	}
	evs, err := st.Events(ctx, f)
	if err != nil {
		return err
	}
	more := f.Limit > 0 && len(evs) == f.Limit
	if more {
		evs = evs[:len(evs)-1]
	}
	switch *format {
	case "json":
		err = writeEventsJSON(e.stdout, evs)
	case "csv":
		err = writeEventsCSV(e.stdout, evs)
	default:
		err = writeEventsTable(e.stdout, evs)
	}
	if err != nil {
		return err
	}
	if more {
		fmt.Fprintf(e.stderr, "showing the first %d events; use --limit 0 to see all\n", len(evs))
	}
	return nil
}

// eventFilter checks the flags that need no database.
func eventFilter(since, until, types, statuses string, limit int) (store.EventFilter, error) {
	var f store.EventFilter
	var err error
	if f.Since, err = parley.ParseDate(since); err != nil {
		return f, usagef("--since: %v", err)
	}
	if f.Until, err = parley.ParseDate(until); err != nil {
		return f, usagef("--until: %v", err)
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		return f, usagef("--until %s is before --since %s", f.Until, f.Since)
	}
	for _, t := range splitList(types) {
		et := parley.EventType(strings.ToUpper(t))
		if !et.Valid() {
			var all []string
			for _, v := range parley.EventTypes {
				all = append(all, string(v))
			}
			return f, usagef("--type: %q is not a PLOVER type; want one of %s", t, strings.Join(all, ", "))
		}
		f.Types = append(f.Types, et)
	}
	for _, s := range splitList(statuses) {
		st := parley.Status(strings.ToLower(s))
		switch st {
		case parley.Occurred, parley.Planned, parley.Hypothetical, parley.Negated, parley.Cancelled:
		default:
			return f, usagef("--status: %q is not a status; want occurred, planned, cancelled, hypothetical or negated", s)
		}
		f.Statuses = append(f.Statuses, st)
	}
	if limit < 0 {
		return f, usagef("--limit must not be negative, got %d", limit)
	}
	f.Limit = limit
	return f, nil
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// actorFinder is the part of the store that resolves names.
type actorFinder interface {
	FindActors(ctx context.Context, query string) ([]parley.Actor, error)
}

// resolveActors turns a name into the set of stored actors it may mean. A
// name that matches nothing is an error that suggests close names; one
// that matches several is noted on standard error and stands for all.
func resolveActors(ctx context.Context, e *env, st actorFinder, name string) (store.AnyOf, error) {
	name = strings.TrimSpace(name)
	found, err := st.FindActors(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		hints, err := suggestActors(ctx, st, name)
		if err != nil {
			return nil, err
		}
		if len(hints) == 0 {
			return nil, fmt.Errorf("no stored actor matches %q", name)
		}
		return nil, fmt.Errorf("no stored actor matches %q; did you mean %s?", name, strings.Join(hints, ", or "))
	}
	set := make(store.AnyOf, len(found))
	var shown []string
	for i, a := range found {
		set[i] = a.ID
		shown = append(shown, describeActor(a))
	}
	if len(found) > 1 {
		fmt.Fprintf(e.stderr, "%q matches %d actors, using all: %s\n", name, len(found), strings.Join(shown, "; "))
	}
	return set, nil
}

// suggestActors finds actors close to a name that matched nothing: those
// matching one of its words, or the first letters of one (which catches
// most misspellings: "Puttin" → "Put").
func suggestActors(ctx context.Context, st actorFinder, name string) ([]string, error) {
	const max = 5
	seen := map[string]bool{}
	var out []string
	for _, w := range strings.Fields(name) {
		queries := []string{w}
		if utf8.RuneCountInString(w) > 3 {
			queries = append(queries, string([]rune(w)[:3]))
		}
		for _, q := range queries {
			if utf8.RuneCountInString(q) < 3 {
				continue
			}
			found, err := st.FindActors(ctx, q)
			if err != nil {
				return nil, err
			}
			for _, a := range found {
				if !seen[a.ID] && len(out) < max {
					seen[a.ID] = true
					out = append(out, describeActor(a))
				}
			}
		}
	}
	return out, nil
}

func describeActor(a parley.Actor) string {
	return fmt.Sprintf("%s (%s)", a.Name, a.ID)
}

// eventJSON is one event of `parley events --format json`: the event
// object of the analyze output contract (docs/OUTPUT.md), plus the
// event's ID and the article that states it.
type eventJSON struct {
	ID int64 `json:"id"`
	output.Event
	Article articleRefJSON `json:"article"`
}

type articleRefJSON struct {
	ID    int64  `json:"id"`
	URL   string `json:"url"`
	Title string `json:"title"`
	Site  string `json:"site"`
	// Published is the publication day, "YYYY-MM-DD", or "" when unknown;
	// PublishedTime is the full time with the page's zone.
	Published     string `json:"published"`
	PublishedTime string `json:"published_time,omitempty"`
}

func toJSON(ev store.StoredEvent) eventJSON {
	art := articleRefJSON{ID: ev.Article.ID, URL: ev.Article.URL, Title: ev.Article.Title, Site: ev.Article.Site}
	if !ev.Article.Published.IsZero() {
		art.Published = parley.DateOf(ev.Article.Published).String()
		art.PublishedTime = ev.Article.Published.Format(time.RFC3339)
	}
	return eventJSON{ID: ev.ID, Event: output.FromEvent(ev.Event, false, ""), Article: art}
}

func writeEventsJSON(w io.Writer, evs []store.StoredEvent) error {
	out := make([]eventJSON, 0, len(evs))
	for _, ev := range evs {
		out = append(out, toJSON(ev))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

var csvHeader = []string{
	"id", "date", "type", "mode", "medium", "status",
	"source_id", "source_name", "source_country", "target_id", "target_name", "target_country",
	"participants", "location_name", "location_country", "cameo", "confidence",
	"sentence", "evidence_start", "evidence_end",
	"article_id", "article_url", "article_title", "article_site", "article_published",
}

func writeEventsCSV(w io.Writer, evs []store.StoredEvent) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for _, ev := range evs {
		j := toJSON(ev)
		var parts []string
		for _, p := range ev.Participants {
			parts = append(parts, p.ID)
		}
		var loc output.Place
		if j.Location != nil {
			loc = *j.Location
		}
		cw.Write([]string{
			strconv.FormatInt(ev.ID, 10), j.Date, j.Type, j.Mode, j.Medium, j.Status,
			ev.Source.ID, ev.Source.Name, ev.Source.Country, ev.Target.ID, ev.Target.Name, ev.Target.Country,
			strings.Join(parts, ";"), loc.Name, loc.Country, j.CAMEO, strconv.FormatFloat(j.Confidence, 'f', -1, 64),
			j.Evidence.Sentence, strconv.Itoa(j.Evidence.Start), strconv.Itoa(j.Evidence.End),
			strconv.FormatInt(ev.Article.ID, 10), j.Article.URL, j.Article.Title, j.Article.Site, j.Article.Published,
		})
	}
	cw.Flush()
	return cw.Error()
}

func writeEventsTable(w io.Writer, evs []store.StoredEvent) error {
	if len(evs) == 0 {
		_, err := fmt.Fprintln(w, "no events match")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tTYPE\tMEDIUM\tSTATUS\tSOURCE\tTARGET\tLOCATION\tARTICLE")
	for _, ev := range evs {
		loc := ""
		if ev.Location != nil {
			loc = ev.Location.Name
			if ev.Location.Country != "" {
				loc += ", " + ev.Location.Country
			}
		}
		article := ev.Article.Title
		if ev.Article.Site != "" {
			article = ev.Article.Site + ": " + article
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			orDash(ev.Date.String()), ev.Type, orDash(string(ev.Medium)), ev.Status,
			cell(ev.Source.Name, 28), cell(ev.Target.Name, 28), cell(loc, 24), cell(article, 60))
	}
	return tw.Flush()
}

// cell prepares a value for a table cell: one line, at most max runes,
// "-" when empty.
func cell(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ") // no tabs or newlines to break the columns
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max-1]) + "…"
	}
	return orDash(s)
}
