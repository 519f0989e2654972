package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"parley"
	"parley/store"
)

func runRejects(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "rejects", "[flags]", `
List the inputs that ingest could not store, oldest first: when each was
last rejected, at which stage (read, fetch, extract, analyze, store), the
reason code (empty, binary, too_large, ssrf_blocked, …) and the input with
a short explanation. An input that is later stored leaves the list.`)
	db := addDBFlag(fs, e)
	stage := fs.String("stage", "", "list only rejections at this `STAGE`")
	kinds := fs.String("kind", "", "list only rejections with these reason `CODES` (comma-separated)")
	limit := fs.Int("limit", 0, "list at most `N` rejections (0: all)")
	format := fs.String("format", "text", "output `FORMAT`: text or json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	if err := oneOf("format", *format, "text", "json"); err != nil {
		return err
	}
	if *limit < 0 {
		return usagef("--limit must not be negative")
	}
	f := store.RejectionFilter{Stage: *stage, Limit: *limit}
	if *kinds != "" {
		for _, code := range strings.Split(*kinds, ",") {
			k, ok := kindByCode(strings.TrimSpace(code))
			if !ok {
				return usagef("unknown reason code %q; known codes: %s", code, strings.Join(reasonCodes(), ", "))
			}
			f.Kinds = append(f.Kinds, k)
		}
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	rs, err := st.Rejections(ctx, f)
	if err != nil {
		return err
	}
	if *format == "json" {
		type row struct {
			Locator string    `json:"locator"`
			Stage   string    `json:"stage"`
			Reason  string    `json:"reason"`
			Detail  string    `json:"detail"`
			At      time.Time `json:"at"`
		}
		out := make([]row, len(rs))
		for i, r := range rs {
			out[i] = row{r.Locator, r.Stage, r.Kind.String(), r.Detail, r.At}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, r := range rs {
		fmt.Fprintf(e.stdout, "%s  %-7s  %-17s  %s: %s\n", r.At.UTC().Format(time.DateTime), r.Stage, r.Kind, r.Locator, r.Detail)
	}
	if len(rs) == 0 {
		fmt.Fprintln(e.stderr, "no rejections")
	}
	return nil
}

// kindByCode returns the kind whose reason code is code.
func kindByCode(code string) (parley.Kind, bool) {
	for k := parley.Kind(0); ; k++ {
		name := k.String()
		if strings.HasPrefix(name, "kind(") {
			return 0, false
		}
		if name == code {
			return k, true
		}
	}
}

func reasonCodes() []string {
	var out []string
	for k := parley.Kind(0); !strings.HasPrefix(k.String(), "kind("); k++ {
		out = append(out, k.String())
	}
	sort.Strings(out)
	return out
}
