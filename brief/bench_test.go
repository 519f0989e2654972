package brief_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"parley"
	"parley/brief"
	"parley/calendar"
	"parley/store/sqlite"
)

// benchEvents is the size of the generated database.
const benchEvents = 1_000_000

// benchDB returns a database of benchEvents events, generated once into
// the temporary folder and kept there for later runs (delete
// $TMPDIR/parley-bench-brief-v4-1000000.db to generate it again).
func benchDB(b *testing.B) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("parley-bench-brief-v4-%d.db", benchEvents))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	start := time.Now()
	tmp := path + ".part"
	os.Remove(tmp)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, tmp, sqlite.Options{Synchronous: "NORMAL"})
	if err != nil {
		b.Fatal(err)
	}
	st.Close()
	db, err := sql.Open("sqlite", tmp+"?_pragma=synchronous(OFF)&_pragma=journal_mode(OFF)")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := generate(ctx, db); err != nil {
		b.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	db.Close()
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %s in %s", path, time.Since(start).Round(time.Second))
	return path
}

// generate writes a synthetic history straight into the schema: 1,000
// people of 50 countries, pairs drawn with a Zipf law (so a few pairs,
// like the first two people, meet often, as leaders of large states do),
// happenings of every PLOVER type over ten years, each reported by one to
// four articles of 200 outlets.
func generate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	prep := func(q string) *sql.Stmt {
		st, perr := tx.PrepareContext(ctx, q)
		if perr != nil && err == nil {
			err = perr
		}
		return st
	}
	countries := []string{"CHN", "RUS", "USA", "IND", "FRA", "DEU", "GBR", "JPN", "BRA", "TUR", "IRN", "SAU", "ZAF", "KOR", "AUS",
		"CAN", "MEX", "IDN", "ITA", "ARG", "EGY", "NGA", "PAK", "UKR", "POL", "ESP", "ISR", "ARE", "VNM", "THA", "MYS", "SGP",
		"KAZ", "UZB", "ETH", "KEN", "DZA", "MAR", "CHL", "COL", "PER", "VEN", "CUB", "PRK", "PHL", "BGD", "NLD", "SWE", "NOR", "GRC"}
	insActor := prep(`INSERT INTO actors (id, name, kind, country, known) VALUES (?, ?, 'person', ?, 1)`)
	insArticle := prep(`INSERT INTO articles (id, content_hash, url, title, site_name, published, published_day, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	insEvent := prep(`INSERT INTO events (id, article_id, seq, type, medium, status, date, date_first, date_last, source_id, target_id,
		evidence_start, evidence_end, sentence, participants) VALUES (?, ?, 0, ?, ?, 'occurred', ?, ?, ?, ?, ?, 0, 20, ?, json_array(?8, ?9))`)
	insEA := prep(`INSERT INTO event_actors (actor_id, event_id) VALUES (?, ?)`)
	insH := prep(`INSERT INTO happenings (id, pair_key, type, status, medium, date, date_first, date_last, source_id, target_id,
		mentions, articles, outlets, first_seen, last_seen, first_day, last_day) VALUES (?, ?, ?, 'occurred', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	insHE := prep(`INSERT INTO happening_events (event_id, happening_id) VALUES (?, ?)`)
	insHA := prep(`INSERT INTO happening_actors (actor_id, day, happening_id, day_last) VALUES (?, ?, ?, ?)`)
	insHP := prep(`INSERT INTO happening_pairs (actor_x, actor_y, day, happening_id, day_last, first_day) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	const people = 1000
	id := func(i int) string { return fmt.Sprintf("person:p%04d", i) }
	for i := range people {
		if _, err := insActor.ExecContext(ctx, id(i), fmt.Sprintf("Person %d", i), countries[i%len(countries)]); err != nil {
			return err
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	// P(k) ∝ (10+k)^-1.3: the busiest person takes part in about 4 % of
	// all happenings and the busiest pair in about 0.3 %, roughly the
	// shares of the leading states in ICEWS.
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.3, 10, people-1)
	zipf := func() int { return int(z.Uint64()) }
	base := time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)
	media := []string{"in-person", "virtual", "phone", ""}
	article, event, hid := 0, 0, 0
	for event < benchEvents {
		a, b := zipf(), zipf()
		if a == b {
			continue
		}
		hid++
		typ := parley.EventTypes[rng.IntN(len(parley.EventTypes))]
		if rng.IntN(3) == 0 {
			typ = parley.Consult
		}
		medium := ""
		if typ == parley.Consult {
			medium = media[rng.IntN(len(media))]
		}
		day := base.AddDate(0, 0, rng.IntN(3650))
		d := day.Format(time.DateOnly)
		k := 1 + rng.IntN(4)
		first := day.Add(8 * time.Hour).Format(time.RFC3339)
		last := day.AddDate(0, 0, k-1).Add(8 * time.Hour).Format(time.RFC3339)
		x, y := id(a), id(b)
		key := countries[a%len(countries)] + "|" + countries[b%len(countries)]
		if _, err := insH.ExecContext(ctx, hid, key, string(typ), medium, d, d, d, x, y, k, k, k, first, last,
			d, day.AddDate(0, 0, k-1).Format(time.DateOnly)); err != nil {
			return err
		}
		for j := range k {
			article++
			event++
			pub := day.AddDate(0, 0, j).Add(8 * time.Hour)
			if _, err := insArticle.ExecContext(ctx, article, fmt.Sprintf("%x", article), fmt.Sprintf("https://o%d.example/%d", article%200, article),
				fmt.Sprintf("Report %d", article), fmt.Sprintf("Outlet %d", article%200), pub.Format(time.RFC3339), pub.Format(time.DateOnly),
				"A synthetic report.", pub.Format(time.RFC3339)); err != nil {
				return err
			}
			if _, err := insEvent.ExecContext(ctx, event, article, string(typ), medium, d, d, d, x, y, "A synthetic report."); err != nil {
				return err
			}
			for _, actor := range []string{x, y} {
				if _, err := insEA.ExecContext(ctx, actor, event); err != nil {
					return err
				}
			}
			if _, err := insHE.ExecContext(ctx, event, hid); err != nil {
				return err
			}
		}
		for _, p := range []string{x, y} {
			if _, err := insHA.ExecContext(ctx, p, d, hid, d); err != nil {
				return err
			}
		}
		lo, hi := x, y
		if hi < lo {
			lo, hi = hi, lo
		}
		if _, err := insHP.ExecContext(ctx, lo, hi, d, hid, d, d); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// BenchmarkBrief1M writes the briefing of the busiest pair of a database
// of a million events, as of a date in its last year.
func BenchmarkBrief1M(b *testing.B) {
	path := benchDB(b)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	x, err := brief.Resolve(ctx, st, "person:p0000")
	if err != nil {
		b.Fatal(err)
	}
	y, err := brief.Resolve(ctx, st, "person:p0001")
	if err != nil {
		b.Fatal(err)
	}
	opt := brief.DefaultOptions()
	if opt.Calendar, err = calendar.Builtin(); err != nil {
		b.Fatal(err)
	}
	on := parley.MustParseDate("2023-06-15")
	br, err := brief.Build(ctx, st, x, y, on, opt)
	if err != nil {
		b.Fatal(err)
	}
	c, _ := st.Counts(ctx)
	b.Logf("%d events, %d happenings, %d articles; the pair has %d interactions listed, %d months of tone, %d context meetings",
		c.Events, c.Happenings, c.Articles, len(br.History), len(br.Tone.Months), len(br.Context))
	b.ResetTimer()
	for b.Loop() {
		if _, err := brief.Build(ctx, st, x, y, on, opt); err != nil {
			b.Fatal(err)
		}
	}
}
