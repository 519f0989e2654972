package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"parley"
	"parley/store"
)

// The statements PutAnalysis repeats for every annotation. They are
// prepared once on the writer connection and bound to each transaction.
const (
	sqlInsertArticle = `INSERT INTO articles (content_hash, canonical_url, url, title, site_name,
		published, published_day, published_source, language, authors, text, paragraphs, sentences, locator, ingested_at,
		mentions, dates, dateline)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	// A known actor's record replaces an unknown one's, never the reverse;
	// a Wikidata ID, once learnt, is kept. A record that changes nothing
	// (most are: the same leaders recur in every article) is not written
	// again.
	sqlUpsertActor = `INSERT INTO actors (id, name, kind, country, wikidata, known) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,
			wikidata = CASE WHEN excluded.wikidata <> '' THEN excluded.wikidata ELSE actors.wikidata END,
			known = excluded.known
		WHERE excluded.known >= actors.known
			AND (actors.name, actors.kind, actors.country, actors.wikidata, actors.known) IS NOT
				(excluded.name, excluded.kind, excluded.country,
				CASE WHEN excluded.wikidata <> '' THEN excluded.wikidata ELSE actors.wikidata END, excluded.known)`
	sqlInsertArticleActor = `INSERT INTO article_actors (article_id, actor_id, position, role) VALUES (?, ?, ?, ?)`
	sqlInsertQuote        = `INSERT INTO quotes (article_id, seq, speaker_id, span_start, span_end, text, cue, more) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	sqlLastEventID        = `SELECT coalesce(max(id), 0) FROM events`
	sqlInsertEvent        = `INSERT INTO events (id, article_id, seq, type, mode, medium, status, date, date_first, date_last,
		source_id, target_id, location_name, location_country, evidence_start, evidence_end, sentence,
		trigger_start, trigger_end, cameo, confidence, rule, participants)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	// One row per distinct actor of an event, in any role (migration 0007).
	sqlInsertEventActor = `INSERT INTO event_actors (actor_id, event_id) VALUES (?, ?)`
	sqlClearRejection   = `DELETE FROM rejections WHERE locator = ?`
	sqlFindDuplicate    = `SELECT id FROM articles WHERE content_hash = ? OR (canonical_url IS NOT NULL AND canonical_url = ?) ORDER BY id LIMIT 1`
)

// PutAnalysis stores an article with all its annotations in one transaction;
// see store.Store for the contract.
func (s *Store) PutAnalysis(ctx context.Context, locator string, a *parley.Analysis) (store.PutResult, error) {
	const op = "sqlite.PutAnalysis"
	if err := store.Check(a); err != nil {
		return store.PutResult{}, err
	}
	row, err := newArticleRow(a, store.CleanText(locator), s.now())
	if err != nil {
		return store.PutResult{}, parley.E(op, parley.Internal, err)
	}
	var res store.PutResult
	// A second attempt covers the race with another process that stored
	// the same article between our duplicate check and our insert: the
	// retry then finds it as a duplicate.
	for attempt := 0; ; attempt++ {
		err = s.writeTx(ctx, op, func(tx *sql.Tx) error {
			st := s.bind(ctx, tx)
			defer st.close()
			l := s.newLinker(ctx, st)
			if err := l.useCache(&s.cache); err != nil {
				return err
			}
			var err error
			if res, err = s.putAnalysis(l, row, a); err != nil {
				return err
			}
			return l.flush(false)
		})
		if attempt == 0 && parley.KindOf(err) == parley.Conflict {
			continue
		}
		break
	}
	if err != nil {
		return store.PutResult{}, err
	}
	return res, nil
}

// articleRow is an article's columns, computed before the transaction
// starts so the write lock is held as briefly as possible.
type articleRow struct {
	hash, canonical                any
	url, title, site, dateline     string
	published, publishedDay        any
	publishedSource, language      string
	authors, paragraphs, sentences string
	text, locator, ingestedAt      string
	mentions, dates                string   // JSON, see annotations.go
	eventDates                     [][2]any // date_first, date_last per event
}

func newArticleRow(a *parley.Analysis, locator string, now time.Time) (*articleRow, error) {
	art := &a.Article
	authors, err := json.Marshal(nonNil(art.Authors))
	if err != nil {
		return nil, err
	}
	r := &articleRow{
		hash:            art.ContentHash(),
		canonical:       nullIfEmpty(store.CanonicalURL(art.URL)),
		url:             art.URL,
		title:           art.Title,
		site:            art.SiteName,
		dateline:        art.Dateline,
		publishedSource: string(art.PublishedSource),
		language:        art.Language,
		authors:         string(authors),
		paragraphs:      spansJSON(art.Paragraphs),
		sentences:       spansJSON(a.Sentences),
		text:            art.Text,
		locator:         locator,
		ingestedAt:      now.UTC().Format(time.RFC3339Nano),
		mentions:        mentionsJSON(a.Mentions),
		dates:           datesJSON(a.Dates),
	}
	if !art.Published.IsZero() {
		r.published = art.Published.Format(time.RFC3339Nano)
		r.publishedDay = parley.DateOf(art.Published).String()
	}
	for i := range a.Events {
		d := a.Events[i].Date
		if d.IsZero() {
			r.eventDates = append(r.eventDates, [2]any{nil, nil})
			continue
		}
		r.eventDates = append(r.eventDates, [2]any{d.First().Format(time.DateOnly), d.Last().Format(time.DateOnly)})
	}
	return r, nil
}

// putAnalysis stores one article and links its events, in the
// transaction the linker's statements are bound to.
func (s *Store) putAnalysis(l *linker, row *articleRow, a *parley.Analysis) (store.PutResult, error) {
	dupQ, err := l.st.stmt(sqlFindDuplicate)
	if err != nil {
		return store.PutResult{}, err
	}
	var dup int64
	err = dupQ.QueryRowContext(l.ctx, row.hash, row.canonical).Scan(&dup)
	switch {
	case err == nil:
		if _, err := l.st.exec(sqlClearRejection, row.locator); err != nil {
			return store.PutResult{}, err
		}
		return store.PutResult{ArticleID: dup, Duplicate: true}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return store.PutResult{}, err
	}

	res, err := l.st.exec(sqlInsertArticle, row.hash, row.canonical, row.url, row.title, row.site,
		row.published, row.publishedDay, row.publishedSource, row.language, row.authors, row.text,
		row.paragraphs, row.sentences, row.locator, row.ingestedAt, row.mentions, row.dates, row.dateline)
	if err != nil {
		return store.PutResult{}, fmt.Errorf("insert article: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return store.PutResult{}, err
	}

	// The remaining annotations go in several rows a statement
	// (insertRows): each statement costs more than the rows it writes.
	st := &stmts{txStmts: l.st}
	// Actors go one a statement: a statement writing several rows of a
	// parent table also carries SQLite's checks of the tables that refer
	// to it, and for actors those would scan tables (they run only when
	// a violation is pending, but one row a statement needs none).
	l.upsertActors(st, a.Actors)
	var rows []any
	for i, ac := range a.Actors {
		rows = append(rows, id, ac.ID, i, ac.Role)
	}
	rows = st.insertRows(sqlInsertArticleActor, rows)
	for i, q := range a.Quotes {
		rows = append(rows, id, i, nullIfEmpty(q.Speaker.ID), q.Span.Start, q.Span.End, q.Text, q.Cue, encodeStretches(q.More))
	}
	rows = st.insertRows(sqlInsertQuote, rows)

	// Event IDs are given here, exactly as SQLite would give them, so
	// that the events go in a few statements and their actors' rows can
	// name them.
	eids := make([]int64, len(a.Events))
	var actorRows []any
	for i := range a.Events {
		e := &a.Events[i]
		var locName, locCountry any
		if e.Location != nil {
			locName, locCountry = e.Location.Name, e.Location.Country
		}
		eid, err := l.eventIDs.next(l.st, sqlLastEventID)
		if err != nil {
			return store.PutResult{}, err
		}
		eids[i] = eid
		rows = append(rows, eid, id, i, string(e.Type), e.Mode, string(e.Medium), string(e.Status),
			e.Date.String(), row.eventDates[i][0], row.eventDates[i][1],
			e.Source.ID, nullIfEmpty(e.Target.ID), locName, locCountry,
			e.Evidence.Span.Start, e.Evidence.Span.End, e.Evidence.Sentence,
			e.Trigger.Start, e.Trigger.End, e.CAMEO, e.Confidence, e.Rule, participantsJSON(e.Participants))
		actorRows = appendEventActors(actorRows, eid, e)
	}
	st.insertRows(sqlInsertEvent, rows)
	st.insertRows(sqlInsertEventActor, actorRows)
	st.exec(sqlClearRejection, row.locator)
	if st.err != nil {
		return store.PutResult{}, st.err
	}
	// Each event joins its happening in this transaction, so an article
	// and its links are stored together or not at all.
	ref := store.ArticleRef{ID: id, URL: row.url, Title: row.title, Site: row.site, Published: a.Article.Published}
	if err := l.linkEvents(ref, a, eids); err != nil {
		return store.PutResult{}, err
	}
	return store.PutResult{ArticleID: id}, nil
}

// appendEventActors appends the event_actors rows of event e, whose ID is
// eid: its source, target and participants, each actor once (a meeting's
// participants repeat its source and target).
func appendEventActors(rows []any, eid int64, e *parley.Event) []any {
	ids := make([]string, 0, 2+len(e.Participants))
	ids = append(ids, e.Source.ID)
	if !e.Target.IsZero() {
		ids = append(ids, e.Target.ID)
	}
	for _, p := range e.Participants {
		ids = append(ids, p.ID)
	}
	for i, id := range ids {
		if !slices.Contains(ids[:i], id) {
			rows = append(rows, id, eid)
		}
	}
	return rows
}

// participantsJSON encodes an event's participants for events.participants:
// a JSON array of their actor IDs, in order.
func participantsJSON(ps []parley.ActorRef) string {
	if len(ps) == 0 {
		return "[]"
	}
	b := make([]byte, 0, 24*len(ps)+2)
	b = append(b, '[')
	for i, p := range ps {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, p.ID)
	}
	return string(append(b, ']'))
}

// txStmts binds the writer's prepared statements to one transaction, each
// once, so that a transaction storing many articles compiles nothing.
type txStmts struct {
	ctx context.Context
	tx  *sql.Tx
	pre map[string]*sql.Stmt // prepared on the writer connection
	byQ map[string]*sql.Stmt // bound to tx
}

func (s *Store) bind(ctx context.Context, tx *sql.Tx) *txStmts {
	return &txStmts{ctx: ctx, tx: tx, pre: s.prepared, byQ: map[string]*sql.Stmt{}}
}

// stmt returns the statement q bound to the transaction.
func (t *txStmts) stmt(q string) (*sql.Stmt, error) {
	if st, ok := t.byQ[q]; ok {
		return st, nil
	}
	var st *sql.Stmt
	if p, ok := t.pre[q]; ok {
		// The writer has one connection, so this reuses the statement
		// prepared there instead of compiling it again.
		st = t.tx.StmtContext(t.ctx, p)
	} else {
		var err error
		if st, err = t.tx.PrepareContext(t.ctx, q); err != nil {
			return nil, err
		}
	}
	t.byQ[q] = st
	return st, nil
}

func (t *txStmts) exec(q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

func (t *txStmts) query(q string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(t.ctx, args...)
}

func (t *txStmts) close() {
	for _, st := range t.byQ {
		st.Close()
	}
}

// stmts runs statements of a transaction and remembers the first error,
// so the long list of inserts above reads as a list.
type stmts struct {
	*txStmts
	err error
}

func (s *stmts) run(q string, args ...any) sql.Result {
	if s.err != nil {
		return nil
	}
	res, err := s.txStmts.exec(q, args...)
	if err != nil {
		s.err = fmt.Errorf("%s: %w", table(q), err)
		return nil
	}
	return res
}

func (s *stmts) exec(q string, args ...any) { s.run(q, args...) }

// table names the table an INSERT or DELETE statement writes, for errors.
func table(q string) string {
	f := strings.Fields(q)
	for i, w := range f[:len(f)-1] {
		if w == "INTO" || w == "FROM" {
			return f[i+1]
		}
	}
	return f[0]
}

// insertRows runs the one-row INSERT q (a key of multiRow) for each row
// of args, the values of one row after another, several rows a
// statement. It returns args emptied, for the next table's rows.
func (s *stmts) insertRows(q string, args []any) []any {
	m := multiRow[q]
	rest := args
	for len(rest) > 0 {
		n := len(rest) / m.cols
		for _, size := range multiRowSizes {
			if n >= size {
				s.exec(m.bySize[size], rest[:size*m.cols]...)
				rest = rest[size*m.cols:]
				break
			}
		}
	}
	clear(args)
	return args[:0]
}

// multiRow holds, for each one-row INSERT that insertRows takes, its
// number of columns and its versions for multiRowSizes rows.
var multiRow = map[string]struct {
	cols   int
	bySize map[int]string
}{}

// multiRowSizes are the row counts insertRows uses, largest first; the
// last must be 1. Powers of two, so that n < 64 rows take at most six
// statements and the usual few rows of an article one or two.
var multiRowSizes = []int{32, 16, 8, 4, 2, 1}

func init() {
	for _, q := range []string{sqlInsertArticleActor, sqlInsertQuote, sqlInsertEvent, sqlInsertEventActor,
		sqlInsertHappening, sqlInsertHappeningEvent, sqlInsertHappeningActor, sqlInsertHappeningPair} {
		// q is head VALUES (?, …) tail, where the tail may hold an
		// upsert clause.
		head, rest, ok := strings.Cut(q, "VALUES ")
		end := strings.IndexByte(rest, ')')
		if !ok || !strings.HasPrefix(rest, "(") || end < 0 {
			panic("multiRow: no VALUES (…) in " + q)
		}
		values, tail := rest[:end+1], rest[end+1:]
		m := multiRow[q]
		m.cols = strings.Count(values, "?")
		m.bySize = map[int]string{}
		for _, n := range multiRowSizes {
			m.bySize[n] = head + "VALUES " + strings.TrimSuffix(strings.Repeat(values+", ", n), ", ") + tail
		}
		multiRow[q] = m
	}
}

// scalar runs a query that gives one value and scans it into dest.
func (s *stmts) scalar(dest any, q string, args ...any) {
	if s.err != nil {
		return
	}
	st, err := s.txStmts.stmt(q)
	if err == nil {
		err = st.QueryRowContext(s.ctx, args...).Scan(dest)
	}
	if err != nil {
		s.err = fmt.Errorf("%s: %w", table(q), err)
	}
}

// prepare compiles the statements that storing and linking repeat, once
// per store.
func (s *Store) prepare(ctx context.Context) error {
	// The writer has one connection that is never recycled, so settings
	// made here hold for all writes. None of them touches durability.
	for _, pragma := range []string{
		// Each article of a batch runs under a savepoint, whose journal
		// of the pages it changes SQLite writes to a temporary file once
		// it passes 64 KiB, as most articles do. In memory it costs an
		// article's few hundred KiB at most, and nothing needs it after a
		// crash (the uncommitted batch is simply gone).
		`PRAGMA temp_store = MEMORY`,
		// Every article adds to a dozen indexes at scattered places; with
		// SQLite's default 2 MB page cache most of those pages are read
		// back from the file again and again once the database has grown.
		// (The process grows by about twice this: each 4 KiB page takes
		// an 8 KiB slot.)
		`PRAGMA cache_size = -32768`, // KiB: 32 MiB
		// Copy the WAL into the database every 40 MB rather than every
		// 4 MB: a batch writes several MB, and the index pages it touches
		// are then copied once per checkpoint instead of once per batch.
		`PRAGMA wal_autocheckpoint = 10000`, // pages
	} {
		if _, err := s.w.ExecContext(ctx, pragma); err != nil {
			return s.fail(ctx, "sqlite.prepare", err)
		}
	}
	s.prepared = map[string]*sql.Stmt{}
	qs := []string{sqlFindDuplicate, sqlInsertArticle, sqlUpsertActor, sqlInsertArticleActor, sqlInsertQuote,
		sqlLastEventID, sqlInsertEvent, sqlInsertEventActor, sqlClearRejection,
		sqlUpsertRejection, sqlUpsertLog, sqlSavepoint, sqlRelease, sqlRollbackTo}
	for _, m := range multiRow {
		for n, q := range m.bySize {
			if n > 1 { // the one-row statement is in qs
				qs = append(qs, q)
			}
		}
	}
	for _, q := range append(qs, linkStatements...) {
		st, err := s.w.PrepareContext(ctx, q)
		if err != nil {
			return s.fail(ctx, "sqlite.prepare", err)
		}
		s.prepared[q] = st
	}
	return nil
}

// PutRejection records a rejected input, replacing an earlier rejection of
// the same locator; see store.Store.
func (s *Store) PutRejection(ctx context.Context, r parley.Rejection) error {
	const op = "sqlite.PutRejection"
	loc := store.CleanText(r.Locator)
	if strings.TrimSpace(loc) == "" {
		return parley.E(op, parley.Invalid, "a rejection needs a locator")
	}
	return s.writeTx(ctx, op, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO rejections (locator, stage, kind, detail, at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (locator) DO UPDATE SET stage = excluded.stage, kind = excluded.kind,
				detail = excluded.detail, at = excluded.at`,
			loc, store.CleanText(r.Stage), r.Kind.String(), store.CleanText(r.Detail), s.now().UTC().Format(time.RFC3339Nano))
		return err
	})
}

// spansJSON encodes spans as [[start,end],…].
func spansJSON(spans []parley.Span) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, sp := range spans {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		b.WriteString(strconv.Itoa(sp.Start))
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(sp.End))
		b.WriteByte(']')
	}
	b.WriteByte(']')
	return b.String()
}

func parseSpans(s string) ([]parley.Span, error) {
	var raw [][2]int
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, err
	}
	if len(raw) == 0 {
		return nil, nil
	}
	out := make([]parley.Span, len(raw))
	for i, r := range raw {
		out[i] = parley.Span{Start: r[0], End: r[1]}
	}
	return out, nil
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
