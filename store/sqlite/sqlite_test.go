package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley"
	"parley/store"
	"parley/store/storetest"
)

// openTemp opens a store on a new file in the test's temporary directory.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"), Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestPragmas(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	read := func(db *sql.DB, pragma string) string {
		t.Helper()
		var v string
		if err := db.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&v); err != nil {
			t.Fatalf("PRAGMA %s: %v", pragma, err)
		}
		return v
	}
	tests := []struct {
		conn, pragma, want string
	}{
		{"writer", "journal_mode", "wal"},
		{"writer", "foreign_keys", "1"},
		{"writer", "synchronous", "2"}, // FULL
		{"writer", "busy_timeout", "10000"},
		{"reader", "journal_mode", "wal"},
		{"reader", "foreign_keys", "1"},
		{"reader", "busy_timeout", "10000"},
		{"reader", "query_only", "1"},
	}
	for _, tt := range tests {
		t.Run(tt.conn+"_"+tt.pragma, func(t *testing.T) {
			db := s.w
			if tt.conn == "reader" {
				db = s.r
			}
			if got := read(db, tt.pragma); got != tt.want {
				t.Errorf("PRAGMA %s = %s, want %s", tt.pragma, got, tt.want)
			}
		})
	}
	t.Run("synchronous_configurable", func(t *testing.T) {
		s2, err := Open(ctx, filepath.Join(t.TempDir(), "n.db"), Options{Synchronous: "normal"})
		if err != nil {
			t.Fatal(err)
		}
		defer s2.Close()
		if got := read(s2.w, "synchronous"); got != "1" {
			t.Errorf("synchronous = %s, want 1 (NORMAL)", got)
		}
	})
}

func TestOpenRefusesBadPaths(t *testing.T) {
	for _, p := range []string{"", ":memory:", "file:x.db", "a?b.db"} {
		if _, err := Open(context.Background(), p, Options{}); parley.KindOf(err) != parley.Invalid {
			t.Errorf("Open(%q) = %v, want Invalid", p, err)
		}
	}
	if _, err := Open(context.Background(), filepath.Join(t.TempDir(), "x.db"), Options{Synchronous: "OFF"}); parley.KindOf(err) != parley.Invalid {
		t.Errorf("Open with synchronous OFF = %v, want Invalid", err)
	}
	if _, err := Open(context.Background(), filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"), Options{}); err == nil {
		t.Error("Open in a missing directory succeeded")
	}
}

func TestOpenRefusesNonDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("these are not pages of a database\n", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), path, Options{})
	if err == nil {
		t.Fatal("Open of a text file succeeded")
	}
	if !strings.Contains(err.Error(), "not a healthy Parley database") {
		t.Errorf("error %q does not say what is wrong", err)
	}
}

func TestMigrationsTwiceIsNoop(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutAnalysis(ctx, "x", storetest.Rich()); err != nil {
		t.Fatal(err)
	}
	schema := func(s *Store) string {
		rows, err := s.r.QueryContext(ctx, `SELECT type, name, sql FROM sqlite_schema ORDER BY name`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var b strings.Builder
		for rows.Next() {
			var typ, name string
			var text sql.NullString
			rows.Scan(&typ, &name, &text)
			fmt.Fprintf(&b, "%s %s %s\n", typ, name, text.String)
		}
		return b.String()
	}
	before := schema(s)
	if err := s.migrate(ctx); err != nil {
		t.Fatalf("second migrate: %v", err)
	}
	s.Close()
	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if after := schema(s); after != before {
		t.Errorf("schema changed on re-migration:\n%s\nvs\n%s", before, after)
	}
	ms, _ := migrations()
	var n int
	s.r.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n)
	if n != len(ms) {
		t.Errorf("schema_migrations has %d rows, want %d", n, len(ms))
	}
	if c, _ := s.Counts(ctx); c.Articles != 1 {
		t.Errorf("reopened store has %d articles, want 1", c.Articles)
	}
}

// TestIntegrityAfterWrites checks that the file SQLite leaves behind passes
// its own integrity and foreign-key checks.
func TestIntegrityAfterWrites(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for i := range 20 {
		a := storetest.Meeting(fmt.Sprintf("https://x.example/%d", i), "2021-06-25", storetest.Xi, storetest.Putin, fmt.Sprintf("2021-06-%02d", 1+i), parley.Virtual, parley.Occurred)
		if _, err := s.PutAnalysis(ctx, fmt.Sprint(i), a); err != nil {
			t.Fatal(err)
		}
	}
	var ok string
	if err := s.w.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
	rows, err := s.w.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if rows.Next() {
		t.Error("foreign_key_check found violations")
	}
}

// TestPutAnalysisIsAtomic makes the database itself refuse a row late in
// the transaction (a trigger on event_actors) and checks that nothing of
// the article was kept: not the article, not its actors' links, not its
// events.
func TestPutAnalysisIsAtomic(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.w.ExecContext(ctx, `CREATE TRIGGER refuse_biden BEFORE INSERT ON event_actors
		WHEN NEW.actor_id = 'person:joe-biden' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`); err != nil {
		t.Fatal(err)
	}
	_, err := s.PutAnalysis(ctx, "rich", storetest.Rich())
	if err == nil {
		t.Fatal("PutAnalysis succeeded despite the failing trigger")
	}
	if !strings.Contains(err.Error(), "disk trouble") {
		t.Errorf("error %q does not carry the cause", err)
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c != (store.Counts{}) {
		t.Errorf("a failed transaction left rows: %+v", c)
	}
	var n int
	s.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM article_actors) + (SELECT count(*) FROM event_actors)`).Scan(&n)
	if n != 0 {
		t.Errorf("a failed transaction left %d annotation rows", n)
	}
}

func TestParseKindRoundTrip(t *testing.T) {
	for k := parley.Internal; k <= parley.Unsupported; k++ {
		if got := parseKind(k.String()); got != k {
			t.Errorf("parseKind(%q) = %v, want %v", k.String(), got, k)
		}
	}
	if got := parseKind("from_the_future"); got != parley.Internal {
		t.Errorf("unknown code reads as %v, want internal", got)
	}
}

// BenchmarkPutAnalysis measures stored articles per second, each with ten
// events and their mentions, at the default synchronous=FULL and at NORMAL.
func BenchmarkPutAnalysis(b *testing.B) {
	for _, sync := range []string{"FULL", "NORMAL"} {
		b.Run("synchronous="+sync, func(b *testing.B) {
			ctx := context.Background()
			s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"), Options{Synchronous: sync})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			as := make([]*parley.Analysis, b.N)
			for i := range as {
				as[i] = benchArticle(i)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				if _, err := s.PutAnalysis(ctx, fmt.Sprint(i), as[i]); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// benchArticle builds a distinct article with ten events, twenty mentions
// and a quote.
func benchArticle(n int) *parley.Analysis {
	x := storetest.NewArticle(fmt.Sprintf("https://bench.example/%d", n), fmt.Sprintf("Report %d", n), "2021-06-25")
	pairs := [][2]parley.Actor{{storetest.Xi, storetest.Putin}, {storetest.Putin, storetest.Biden}, {storetest.China, storetest.USA}}
	for i := range 10 {
		p := pairs[i%len(pairs)]
		s := x.Sentence(fmt.Sprintf("In item %d of report %d, %s met %s on 2021-06-%02d.", i, n, p[0].Name, p[1].Name, 1+i))
		x.Mention(s, p[0].Name, parley.ViaName, p[0]).Mention(s, p[1].Name, parley.ViaName, p[1])
		date := fmt.Sprintf("2021-06-%02d", 1+i)
		x.Date(s, date, date)
		x.Event(s, parley.Event{Type: parley.Consult, Medium: parley.InPerson, Date: parley.MustParseDate(date),
			Source: p[0].Ref(), Target: p[1].Ref(), Participants: []parley.ActorRef{p[0].Ref(), p[1].Ref()}}, p[0], p[1])
		if i%4 == 3 {
			x.Paragraph()
		}
	}
	q := x.Sentence(`"We agreed on much," Putin said.`)
	x.Quote(q, "We agreed on much,", &storetest.Putin, "said")
	return x.Analysis()
}

// TestEventQueriesUseIndexes reads SQLite's plan for the common queries, so
// that a schema change that would make them scan every event fails here
// rather than in a slow briefing.
func TestEventQueriesUseIndexes(t *testing.T) {
	s := openTemp(t)
	tests := []struct {
		name   string
		filter store.EventFilter
		want   []string // index names the plan must use
	}{
		{"Between", store.EventFilter{Actors: []store.AnyOf{{"person:xi-jinping"}, {"person:vladimir-putin"}}}, []string{"event_actors USING PRIMARY KEY (actor_id=?)"}},
		{"ActorSince", store.EventFilter{Actors: []store.AnyOf{{"state:CHN", "person:xi-jinping"}}, Since: parley.MustParseDate("2021")}, []string{"event_actors USING PRIMARY KEY (actor_id=?)"}},
		{"DateRange", store.EventFilter{Since: parley.MustParseDate("2021-06"), Until: parley.MustParseDate("2021-07")}, []string{"events_date"}},
		{"Article", store.EventFilter{ArticleID: 7}, []string{"sqlite_autoindex_events_1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, args, err := eventQuery(tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			plan := queryPlan(t, s.r, q, args...)
			t.Logf("plan:\n%s", plan.String())
			for _, idx := range tt.want {
				if !strings.Contains(plan.String(), idx) {
					t.Errorf("plan does not use %s:\n%s", idx, plan.String())
				}
			}
			if strings.Contains("\n"+plan.String(), "\nSCAN e") {
				t.Errorf("plan scans every event:\n%s", plan.String())
			}
		})
	}
}

// BenchmarkEventsBetween measures the pair query a briefing makes, on a
// database of 20,000 events among 40 actors.
func BenchmarkEventsBetween(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "events.db"), Options{Synchronous: "NORMAL"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var actors []parley.Actor
	for i := range 40 {
		actors = append(actors, parley.Actor{ID: fmt.Sprintf("person:p%02d", i), Name: fmt.Sprintf("Person %02d", i), Kind: parley.Person, Known: true})
	}
	for n := range 2000 {
		x := storetest.NewArticle(fmt.Sprintf("https://gen.example/%d", n), fmt.Sprintf("Generated %d", n), "2021-06-25")
		for i := range 10 {
			src, tgt := actors[(n+i)%40], actors[(n*7+i*3+1)%40]
			if src.ID == tgt.ID {
				tgt = actors[(n+i+1)%40]
			}
			date := parley.Day(2015+n%10, time.Month(1+i), 1+n%28)
			sent := x.Sentence(fmt.Sprintf("Item %d of %d: %s met %s.", i, n, src.Name, tgt.Name))
			x.Event(sent, parley.Event{Type: parley.Consult, Date: date, Source: src.Ref(), Target: tgt.Ref(),
				Participants: []parley.ActorRef{src.Ref(), tgt.Ref()}}, src, tgt)
		}
		if _, err := s.PutAnalysis(ctx, fmt.Sprint(n), x.Analysis()); err != nil {
			b.Fatal(err)
		}
	}
	f := store.EventFilter{Actors: []store.AnyOf{{actors[3].ID}, {actors[22].ID}}, NewestFirst: true, Limit: 50}
	b.ResetTimer()
	for range b.N {
		evs, err := s.Events(ctx, f)
		if err != nil {
			b.Fatal(err)
		}
		if len(evs) == 0 {
			b.Fatal("no events between the pair")
		}
	}
}

// queryPlan returns what EXPLAIN QUERY PLAN says of q, one step a line.
func queryPlan(t *testing.T, db *sql.DB, q string, args ...any) *strings.Builder {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatalf("EXPLAIN %s: %v", q, err)
	}
	defer rows.Close()
	var plan strings.Builder
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan.WriteString(detail + "\n")
	}
	return &plan
}
