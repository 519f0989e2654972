package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"parley"
	"parley/kb"
)

func runActors(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "actors", "[flags] [QUERY]", `
Look people, states, organisations and places up in the knowledge base (the
built-in one plus any --kb files) and show who they were on a date: the role
a person held, every role with its dates, and the names Parley recognises.
With no QUERY, print how many entries of each kind the knowledge base has.`)
	on := fs.String("on", "", "show roles held on `DATE` (YYYY-MM-DD; default: today)")
	kind := fs.String("kind", "", "only entries of this `kind`: person, state, organization or place")
	format := fs.String("format", "text", "output `format`: text or json")
	limit := fs.Int("limit", 20, "show at most `N` entries")
	kbFiles := addKBFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usagef("want at most one QUERY (quote names with spaces), got %d arguments", len(pos))
	}
	if err := oneOf("format", *format, "text", "json"); err != nil {
		return err
	}
	if *kind != "" {
		if err := oneOf("kind", *kind, kb.KindPerson, kb.KindState, kb.KindOrganization, kb.KindPlace); err != nil {
			return err
		}
	}
	day := time.Now().UTC().Truncate(24 * time.Hour)
	if *on != "" {
		d, err := parley.ParseDate(*on)
		if err != nil || d.Precision() != parley.PrecisionDay {
			return usagef("--on: want YYYY-MM-DD, got %q", *on)
		}
		day = d.Time()
	}
	k, err := loadKB(*kbFiles)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		counts := map[string]int{}
		for _, x := range k.Entities() {
			counts[x.Kind]++
		}
		for _, kd := range []string{kb.KindState, kb.KindOrganization, kb.KindPerson, kb.KindPlace} {
			fmt.Fprintf(e.stdout, "%-13s %6d\n", kd, counts[kd])
		}
		return nil
	}
	var found []*kb.Entity
	for _, x := range k.Search(pos[0]) {
		if *kind == "" || x.Kind == *kind {
			found = append(found, x)
		}
	}
	if len(found) == 0 {
		return fmt.Errorf("no entry matches %q", pos[0])
	}
	more := len(found) - *limit
	if *limit > 0 && more > 0 {
		found = found[:*limit]
	}
	if *format == "json" {
		type entry struct {
			*kb.Entity
			RoleOn string `json:"role_on"`
			On     string `json:"on"`
		}
		var out []entry
		for _, x := range found {
			out = append(out, entry{x, roleOn(x, day), day.Format(time.DateOnly)})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	for i, x := range found {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintf(e.stdout, "%s  (%s)\n  %s", x.Name, x.ID, x.Kind)
		if x.Country != "" {
			fmt.Fprintf(e.stdout, ", %s", x.Country)
		}
		if x.Wikidata != "" {
			fmt.Fprintf(e.stdout, ", wikidata %s", x.Wikidata)
		}
		fmt.Fprintln(e.stdout)
		if x.Kind == kb.KindPerson {
			fmt.Fprintf(e.stdout, "  on %s: %s\n", day.Format(time.DateOnly), orDash(roleOn(x, day)))
			for _, r := range x.Roles {
				to := r.To
				if to == "" {
					to = "…"
				}
				fmt.Fprintf(e.stdout, "    %-10s – %-10s  %s\n", r.From, to, r.Title)
			}
		}
		if len(x.Aliases) > 0 {
			fmt.Fprintf(e.stdout, "  also: %s\n", clip(strings.Join(x.Aliases, ", "), 160))
		}
	}
	if more > 0 {
		fmt.Fprintf(e.stdout, "\n(%d more; use --limit)\n", more)
	}
	return nil
}

// roleOn names the role a person held on day, or their last one before it.
func roleOn(x *kb.Entity, day time.Time) string {
	if roles := x.RoleOn(day); len(roles) > 0 {
		return roles[0].Title
	}
	var last *kb.Role
	for i := range x.Roles {
		if _, to := x.Roles[i].Span(); to.Before(day) && (last == nil || x.Roles[i].To > last.To) {
			last = &x.Roles[i]
		}
	}
	if last != nil {
		return "former " + last.Title
	}
	return ""
}
