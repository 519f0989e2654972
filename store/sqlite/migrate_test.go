package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"parley"
	"parley/store"
	"parley/store/storetest"
)

// oldSchemaDB creates a database at path with the migrations before 0005
// applied, as a build before compact annotations left it.
func oldSchemaDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, `CREATE TABLE schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.version >= 5 {
			break
		}
		if _, err := db.ExecContext(ctx, m.sql); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (?, ?, ?)`, m.version, m.name, "2024-01-01T00:00:00Z"); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// putOldSchema stores an analysis as the writer did before migration
// 0005: a row per mention actor and per date. Its happenings are left for
// Open to link, as for any database with unlinked events.
func putOldSchema(t *testing.T, db *sql.DB, locator string, a *parley.Analysis) int64 {
	t.Helper()
	row, err := newArticleRow(a, locator, time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	exec := func(q string, args ...any) sql.Result {
		t.Helper()
		res, err := tx.Exec(q, args...)
		if err != nil {
			t.Fatalf("%s: %v", table(q), err)
		}
		return res
	}
	res := exec(`INSERT INTO articles (content_hash, canonical_url, url, title, site_name, published, published_day,
		published_source, language, authors, text, paragraphs, sentences, locator, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		row.hash, row.canonical, row.url, row.title, row.site, row.published, row.publishedDay, row.publishedSource,
		row.language, row.authors, row.text, row.paragraphs, row.sentences, row.locator, row.ingestedAt)
	id, _ := res.LastInsertId()
	for i, ac := range a.Actors {
		exec(`INSERT OR IGNORE INTO actors (id, name, kind, country, wikidata, known) VALUES (?, ?, ?, ?, ?, ?)`,
			ac.ID, ac.Name, string(ac.Kind), ac.Country, ac.Wikidata, ac.Known)
		exec(`INSERT INTO article_actors (article_id, actor_id, position, role) VALUES (?, ?, ?, ?)`, id, ac.ID, i, ac.Role)
	}
	for i, m := range a.Mentions {
		for j, actor := range m.Actors {
			exec(`INSERT INTO mentions (article_id, seq, position, actor_id, span_start, span_end, via) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				id, i, j, actor, m.Span.Start, m.Span.End, string(m.Via))
		}
	}
	for i, d := range a.Dates {
		exec(`INSERT INTO dates (article_id, seq, span_start, span_end, text, value, precision, earliest, latest, relation, anchored, kind)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, i, d.Span.Start, d.Span.End, d.Text, d.Value.String(),
			d.Precision.String(), d.Earliest.String(), d.Latest.String(), string(d.Relation), d.Anchored, d.Kind)
	}
	for i, q := range a.Quotes {
		exec(`INSERT INTO quotes (article_id, seq, speaker_id, span_start, span_end, text, cue) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			id, i, nullIfEmpty(q.Speaker.ID), q.Span.Start, q.Span.End, q.Text, q.Cue)
	}
	for i := range a.Events {
		e := &a.Events[i]
		var locName, locCountry any
		if e.Location != nil {
			locName, locCountry = e.Location.Name, e.Location.Country
		}
		res := exec(`INSERT INTO events (article_id, seq, type, mode, medium, status, date, date_first, date_last,
			source_id, target_id, location_name, location_country, evidence_start, evidence_end, sentence,
			trigger_start, trigger_end, cameo, confidence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, string(e.Type), e.Mode, string(e.Medium), string(e.Status), e.Date.String(), row.eventDates[i][0], row.eventDates[i][1],
			e.Source.ID, nullIfEmpty(e.Target.ID), locName, locCountry, e.Evidence.Span.Start, e.Evidence.Span.End,
			e.Evidence.Sentence, e.Trigger.Start, e.Trigger.End, e.CAMEO, e.Confidence, e.Rule)
		eid, _ := res.LastInsertId()
		ins := `INSERT INTO event_actors (event_id, role, position, actor_id) VALUES (?, ?, ?, ?)`
		exec(ins, eid, "source", 0, e.Source.ID)
		if !e.Target.IsZero() {
			exec(ins, eid, "target", 0, e.Target.ID)
		}
		for j, p := range e.Participants {
			exec(ins, eid, "participant", j, p.ID)
		}
	}
	exec(`INSERT INTO ingest_log (locator, outcome, article_id, at) VALUES (?, 'stored', ?, ?)`, locator, id, row.ingestedAt)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return id
}

// migrationFixtures are analyses that use everything mentions and dates
// can hold: group mentions, every precision, anchored dates, text that
// JSON must escape, and an article with neither.
func migrationFixtures() []*parley.Analysis {
	rich := storetest.Rich()
	rich.Dates[0].Anchored = true
	rich.Dates[0].Relation = parley.TimeFuture
	rich.Dates[0].Kind = "weekday"
	rich.Dates[1].Precision = parley.PrecisionWeek
	rich.Dates[1].Text = `"May", as quoted \ in a note` + "\n"
	for i := range rich.Quotes {
		rich.Quotes[i].More = nil // the old schema had no place for a quotation's further stretches
	}

	b := storetest.NewArticle("https://news.example.org/2", "Ein Treffen in Genf", "2021-06-16").Site("Beispiel")
	s := b.Sentence("Am Mittwoch trafen sich Putin und Biden in Genf; die beiden Präsidenten sprachen vier Stunden.")
	b.Mention(s, "Putin", parley.ViaSurname, storetest.Putin).Mention(s, "Biden", parley.ViaSurname, storetest.Biden).
		Mention(s, "die beiden Präsidenten", parley.ViaGroup, storetest.Biden, storetest.Putin).
		Date(s, "Am Mittwoch", "2021-06-16")
	b.Event(s, parley.Event{Type: parley.Consult, Medium: parley.InPerson, Date: parley.MustParseDate("2021-06-16"),
		Source: storetest.Putin.Ref(), Target: storetest.Biden.Ref(), Location: &parley.Place{Name: "Genf", Country: "CHE"},
		Participants: []parley.ActorRef{storetest.Putin.Ref(), storetest.Biden.Ref()}}, storetest.Putin, storetest.Biden)
	// A participant beyond the two sides, and one named twice.
	b.Event(s, parley.Event{Type: parley.Consult, Date: parley.MustParseDate("2021-06"),
		Source: storetest.Biden.Ref(), Participants: []parley.ActorRef{storetest.Xi.Ref(), storetest.Biden.Ref(), storetest.Xi.Ref()}},
		storetest.Biden, storetest.Xi)
	german := b.Analysis()
	german.Dates[0].Precision = parley.PrecisionDecade

	bare := storetest.NewArticle("https://news.example.org/3", "Nothing named", "2021-07-01")
	bare.Sentence("A quiet day with nobody named and no date given.")
	return []*parley.Analysis{rich, german, bare.Analysis()}
}

// TestMigrationKeepsAnnotations writes articles under the schema before
// migration 0005, opens the file with this build, and checks that every
// analysis reads back as a fresh store gives it, that the old tables and
// indexes are gone, and that the file is healthy and takes new articles.
func TestMigrationKeepsAnnotations(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "old.db")
	db := oldSchemaDB(t, path)
	fixtures := migrationFixtures()
	var ids []int64
	for i, a := range fixtures {
		ids = append(ids, putOldSchema(t, db, fmt.Sprint("old-", i), a))
	}
	var rows int
	db.QueryRow(`SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM dates)`).Scan(&rows)
	if rows == 0 {
		t.Fatal("the old-schema fixture wrote no mention or date rows")
	}
	db.Close()

	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("Open of an old-schema database: %v", err)
	}
	defer s.Close()

	// The same analyses stored by this build, for comparison.
	fresh := openTemp(t)
	for i, a := range fixtures {
		if _, err := fresh.PutAnalysis(ctx, fmt.Sprint("new-", i), a); err != nil {
			t.Fatal(err)
		}
	}
	for i, id := range ids {
		got, err := s.Analysis(ctx, id)
		if err != nil {
			t.Fatalf("Analysis(%d) after migration: %v", id, err)
		}
		want, err := fresh.Analysis(ctx, int64(i+1))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Mentions, fixtures[i].Mentions) {
			t.Errorf("article %d mentions after migration:\n got %+v\nwant %+v", id, got.Mentions, fixtures[i].Mentions)
		}
		if !reflect.DeepEqual(got.Dates, fixtures[i].Dates) {
			t.Errorf("article %d dates after migration:\n got %+v\nwant %+v", id, got.Dates, fixtures[i].Dates)
		}
		if got.Article.Dateline != "" {
			t.Errorf("article %d stored before migration 0009 has dateline %q, want none", id, got.Article.Dateline)
		}
		want.Article.Dateline = "" // (the old schema had no place for it)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("article %d reads back unlike the same analysis stored by this build:\n got %+v\nwant %+v", id, got, want)
		}
	}

	// The happenings Open linked from the old rows are those a fresh
	// store links.
	old, err := s.Happenings(ctx, store.HappeningFilter{})
	if err != nil {
		t.Fatal(err)
	}
	now, err := fresh.Happenings(ctx, store.HappeningFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(old) == 0 || len(old) != len(now) {
		t.Errorf("happenings after migration: %d, a fresh store has %d", len(old), len(now))
	}
	for i := range min(len(old), len(now)) {
		if old[i].Type != now[i].Type || old[i].Date != now[i].Date || old[i].Mentions != now[i].Mentions || old[i].Source.ID != now[i].Source.ID {
			t.Errorf("happening %d after migration = %+v, fresh store has %+v", i, old[i], now[i])
		}
	}

	// Events, with their participants, read back and are found by actor
	// as a fresh store's (migration 0007).
	for _, f := range []store.EventFilter{{}, {Actors: []store.AnyOf{{storetest.Xi.ID}}},
		{Actors: []store.AnyOf{{storetest.Biden.ID}, {storetest.Putin.ID}}}} {
		got, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := fresh.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("Events(%+v) after migration:\n got %+v\nwant %+v", f, got, want)
		}
		for _, ev := range got {
			if ev.Source.ID == storetest.Biden.ID && len(ev.Participants) != 3 {
				t.Errorf("event %d has participants %+v, want Xi, Biden, Xi", ev.ID, ev.Participants)
			}
		}
	}

	var n int
	s.r.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name IN
		('mentions', 'dates', 'mentions_actor', 'article_actors_actor', 'quotes_speaker', 'actors_country',
		'event_actors_actor', 'event_actors_new')`).Scan(&n)
	if n != 0 {
		t.Errorf("%d tables or indexes that migrations 0005 and 0007 drop are still there", n)
	}
	var ok string
	if err := s.w.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
	fk, err := s.w.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	if fk.Next() {
		t.Error("foreign_key_check found violations after migration")
	}
	fk.Close()

	// Old articles are still found as duplicates; new ones go in.
	res, err := s.PutAnalysis(ctx, "again", fixtures[0])
	if err != nil || !res.Duplicate || res.ArticleID != ids[0] {
		t.Errorf("storing a migrated article again = %+v, %v; want duplicate of %d", res, err, ids[0])
	}
	a := storetest.Meeting("https://news.example.org/4", "2021-07-02", storetest.Xi, storetest.Putin, "2021-07-01", parley.Virtual, parley.Occurred)
	res, err = s.PutAnalysis(ctx, "new", a)
	if err != nil || res.Duplicate {
		t.Fatalf("storing a new article after migration = %+v, %v", res, err)
	}
	if got, err := s.Analysis(ctx, res.ArticleID); err != nil || !reflect.DeepEqual(got.Mentions, a.Mentions) {
		t.Errorf("new article after migration: mentions %+v, %v; want %+v", got.Mentions, err, a.Mentions)
	}
}

// TestNoQueryNeedsDroppedIndexes gives the indexes migration 0005 drops
// back to a store and checks that no statement the store prepares, and
// no query that reads annotations or events, would use them: dropping
// them changed no plan. (No statement in the package selects an
// article's actors by actor, quotes by speaker, or actors by country.)
func TestNoQueryNeedsDroppedIndexes(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dropped := map[string]string{
		"article_actors_actor": `CREATE INDEX article_actors_actor ON article_actors (actor_id, article_id)`,
		"quotes_speaker":       `CREATE INDEX quotes_speaker ON quotes (speaker_id)`,
		"actors_country":       `CREATE INDEX actors_country ON actors (country)`,
	}
	for _, q := range dropped {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.PutAnalysis(ctx, "rich", storetest.Rich()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	queries := []string{sqlArticleActors, sqlArticleQuotes, sqlArticleAnnotations, sqlMentionsOfHappening}
	for q := range s.prepared {
		queries = append(queries, q)
	}
	for _, f := range []store.EventFilter{
		{}, {Actors: []store.AnyOf{{"person:xi-jinping"}, {"person:vladimir-putin"}}}, {ArticleID: 1},
		{Types: []parley.EventType{parley.Consult}, Since: parley.MustParseDate("2021")},
	} {
		q, _, err := eventQuery(f)
		if err != nil {
			t.Fatal(err)
		}
		queries = append(queries, q)
	}
	for _, q := range queries {
		if strings.HasPrefix(q, "SAVEPOINT") || strings.HasPrefix(q, "RELEASE") || strings.HasPrefix(q, "ROLLBACK") {
			continue
		}
		// Every parameter bound to NULL: the plan does not depend on
		// the values.
		plan := queryPlan(t, s.w, q, make([]any, strings.Count(q, "?"))...)
		for name := range dropped {
			if strings.Contains(plan.String(), name) {
				t.Errorf("the plan of\n%s\nuses %s:\n%s", q, name, plan.String())
			}
		}
	}
}

// A database migrated by a later build is refused, naming the file and
// both versions, rather than written to without what that build keeps.
func TestNewerSchemaIsRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "later.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_later.sql', '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, path, Options{})
	if err == nil {
		t.Fatal("a database at schema version 9999 was opened")
	}
	if k := parley.KindOf(err); k != parley.Unsupported {
		t.Errorf("kind %v, want unsupported: %v", k, err)
	}
	for _, want := range []string{path, "9999"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not name %q: %v", want, err)
		}
	}
}

// A store already open stops writing once another process has migrated
// the file past what this build knows: the next write is refused, not
// made without what the later build keeps.
func TestSchemaMigratedWhileOpenIsRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	news := crowdedNews(5, 4)
	putInBatches(t, s, news[:2], 2)
	// Another process: a connection of its own.
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_later.sql', '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	_, err = s.PutAnalyses(ctx, []store.Item{{Locator: news[2].Article.URL, Analysis: news[2]}})
	if k := parley.KindOf(err); k != parley.Unsupported || !strings.Contains(err.Error(), "9999") {
		t.Fatalf("writing after a later build migrated the file: %v (kind %v), want unsupported naming version 9999", err, k)
	}
}
