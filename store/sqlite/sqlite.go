// Package sqlite implements the store contract on an SQLite file through
// modernc.org/sqlite, a pure-Go build of SQLite.
//
// The file is opened in WAL mode with foreign keys enforced, a busy timeout
// and synchronous=FULL, so an acknowledged article survives a crash or a
// power cut. All writes go through one connection, each article in one
// IMMEDIATE transaction; reads use a separate pool of read-only connections
// and see only committed articles, never half of one. Two processes may
// share a file: their writes queue on SQLite's lock.
//
// The schema lives in migrations/*.sql, embedded in the binary and applied
// in order when the store opens, each in its own transaction and recorded
// in schema_migrations. In short:
//
//	articles        one row per stored article; content_hash and canonical_url are
//	                unique, which is how duplicates are refused; its mentions and
//	                dates are two JSON columns (annotations.go), read back whole
//	actors          one row per actor ID, shared by all articles
//	article_actors  the actors of an article, with their role on its date
//	quotes          the quotations, with byte offsets into articles.text
//	events          one row per coded event; date_first/date_last are the days its
//	                date covers, for range queries at any precision; its
//	                participants are a JSON column of actor IDs (migration 0007)
//	event_actors    one row per distinct actor of an event, keyed by actor
//	rejections      the ledger: one row per input without a stored outcome
//
// Indexes serve the questions asked: event_actors, keyed by (actor_id,
// event_id), finds an actor's or a pair's events without scanning events;
// events(date_first, date_last) serves date ranges; events(type,
// date_first) a type over time; annotations are read by their article's
// key. Every index costs each stored row an insert, so there is none that
// no query uses (migration 0005 dropped four).
// TestEventQueriesUseIndexes and TestNoQueryNeedsDroppedIndexes hold the
// query plans to this.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	sqlitedrv "modernc.org/sqlite"

	"parley"
	"parley/store"
)

var _ store.Store = (*Store)(nil)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Options tune a store. The zero value gives the safe defaults.
type Options struct {
	// Synchronous is the SQLite synchronous level: "FULL" (the default)
	// loses no acknowledged article on power loss; "NORMAL" is faster and
	// may lose the last commits, but never corrupts the file.
	Synchronous string
	// Readers caps the read connections; 0 means max(4, GOMAXPROCS).
	Readers int
	// BusyTimeout is how long a statement waits for another process's
	// lock before failing as Unavailable; 0 means 10 s.
	BusyTimeout time.Duration
}

// Store is an SQLite database of analyzed articles. It is safe for
// concurrent use.
type Store struct {
	path string
	w    *sql.DB // exactly one connection: every write goes through it
	r    *sql.DB // read-only connections
	now  func() time.Time

	prepared map[string]*sql.Stmt // on w, for PutAnalysis
	logged   *sql.Stmt            // on r, for Logged

	// wmu is held for each write transaction, so that the writer's
	// cache, kept across them, is changed by one at a time.
	wmu   sync.Mutex
	cache writeCache
	// schema is the newest migration this build knows (set by migrate).
	schema int

	closed    atomic.Bool
	closeOnce sync.Once
	closeErr  error
}

// Open opens the database file at path, creating it when it does not exist,
// and brings its schema up to date. It returns an Invalid error for a path
// SQLite cannot take (empty, ":memory:", or containing '?'), and an error of
// kind Unreadable or Unavailable when the file cannot be opened or migrated.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	const op = "sqlite.Open"
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") || strings.ContainsRune(path, '?') {
		return nil, parley.E(op, parley.Invalid, fmt.Sprintf("database path %q: want a plain file path", path))
	}
	if opt.Synchronous == "" {
		opt.Synchronous = "FULL"
	}
	switch strings.ToUpper(opt.Synchronous) {
	case "FULL", "NORMAL", "EXTRA":
	default:
		return nil, parley.E(op, parley.Invalid, fmt.Sprintf("synchronous %q: want FULL, NORMAL or EXTRA", opt.Synchronous))
	}
	if opt.Readers <= 0 {
		opt.Readers = max(4, runtime.GOMAXPROCS(0))
	}
	if opt.BusyTimeout <= 0 {
		opt.BusyTimeout = 10 * time.Second
	}

	common := url.Values{}
	common.Set("_busy_timeout", strconv.FormatInt(opt.BusyTimeout.Milliseconds(), 10))
	common.Set("_foreign_keys", "1")

	wq := url.Values{}
	for k, v := range common {
		wq[k] = v
	}
	wq.Set("_journal_mode", "WAL")
	wq.Set("_synchronous", strings.ToUpper(opt.Synchronous))
	wq.Set("_txlock", "immediate") // take the write lock at BEGIN, so two writers queue instead of deadlocking
	w, err := sql.Open("sqlite", path+"?"+wq.Encode())
	if err != nil {
		return nil, parley.E(op, parley.Internal, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)

	s := &Store{path: path, w: w, now: time.Now}
	// The writer must exist (and have switched the file to WAL) before any
	// reader opens it.
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, s.fail(ctx, op, err)
	}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	if err := s.prepare(ctx); err != nil {
		w.Close()
		return nil, err
	}
	if err := s.linkUnlinked(ctx); err != nil {
		w.Close()
		return nil, err
	}

	rq := common
	rq.Set("_query_only", "1")
	r, err := sql.Open("sqlite", path+"?"+rq.Encode())
	if err != nil {
		w.Close()
		return nil, parley.E(op, parley.Internal, err)
	}
	r.SetMaxOpenConns(opt.Readers)
	r.SetMaxIdleConns(opt.Readers)
	s.r = r
	if s.logged, err = r.PrepareContext(ctx, sqlLogged); err != nil {
		s.Close()
		return nil, s.fail(ctx, op, err)
	}
	return s, nil
}

// Close closes the database. It is safe to call more than once.
func (s *Store) Close() error {
	s.closed.Store(true)
	s.closeOnce.Do(func() {
		var errs []error
		if s.logged != nil {
			errs = append(errs, s.logged.Close())
		}
		if s.r != nil {
			errs = append(errs, s.r.Close())
		}
		for _, st := range s.prepared {
			errs = append(errs, st.Close())
		}
		errs = append(errs, s.w.Close())
		if err := errors.Join(errs...); err != nil {
			s.closeErr = parley.E("sqlite.Close", parley.Internal, err)
		}
	})
	return s.closeErr
}

// migrate applies the embedded migrations that the database lacks, each in
// its own transaction together with its row in schema_migrations, so a
// crash leaves the schema at one version or the next, never between.
func (s *Store) migrate(ctx context.Context) error {
	const op = "sqlite.migrate"
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return s.fail(ctx, op, err)
	}
	ms, err := migrations()
	if err != nil {
		return parley.E(op, parley.Internal, err)
	}
	// A database a later build has migrated may keep what this build does
	// not know to keep up to date (a happening's tally, say): writing to
	// it would leave that behind.
	s.schema = ms[len(ms)-1].version
	if err := s.checkSchema(ctx, op, s.w); err != nil {
		return err
	}
	for _, m := range ms {
		err := s.writeTx(ctx, op, func(tx *sql.Tx) error {
			var n int
			// Checked inside the write transaction: another process may
			// have applied it since we looked.
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, s.now().UTC().Format(time.RFC3339Nano))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// checkSchema refuses a database whose schema a later build has
// migrated past the newest migration this build knows.
func (s *Store) checkSchema(ctx context.Context, op string, q interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}) error {
	var newest sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&newest); err != nil {
		return s.fail(ctx, op, err)
	}
	if newest.Int64 > int64(s.schema) {
		return parley.E(op, parley.Unsupported, fmt.Sprintf("database %s: its schema is at version %d, which a later Parley wrote; this build knows up to %d",
			s.path, newest.Int64, s.schema))
	}
	return nil
}

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order. Files are
// named NNNN_description.sql; the number is the version.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	seen := map[int]string{}
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration file %s: want NNNN_name.sql", base)
		}
		if other, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s share version %d", other, base, v)
		}
		seen[v] = base
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// errClosed is returned by every method called after Close.
func errClosed(op string) error { return parley.E(op, parley.Invalid, "the store is closed") }

// writeTx runs fn in a write transaction and commits it, or rolls it back
// when fn fails. The writer's cache takes what a committed transaction
// that kept it up to date changed, and is emptied after any other.
func (s *Store) writeTx(ctx context.Context, op string, fn func(*sql.Tx) error) error {
	if s.closed.Load() {
		return errClosed(op)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		s.cache.ended(false)
		return s.fail(ctx, op, err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		s.cache.ended(false)
		return s.fail(ctx, op, err)
	}
	err = tx.Commit()
	s.cache.ended(err == nil)
	return s.fail(ctx, op, err)
}

// readTx runs fn in a read-only transaction, so that everything fn reads
// comes from one snapshot.
func (s *Store) readTx(ctx context.Context, op string, fn func(*sql.Tx) error) error {
	if s.closed.Load() {
		return errClosed(op)
	}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s.fail(ctx, op, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return s.fail(ctx, op, err)
	}
	return nil
}

// SQLite primary result codes this package tells apart.
const (
	codeBusy       = 5
	codeLocked     = 6
	codeReadOnly   = 8
	codeIOErr      = 10
	codeCorrupt    = 11
	codeFull       = 13
	codeCantOpen   = 14
	codeConstraint = 19
	codeNotADB     = 26

	// Extended codes: the two ways an insert can collide with a stored row.
	codeConstraintUnique     = 2067
	codeConstraintPrimaryKey = 1555
)

// fail turns err into a *parley.Error of the right kind. Errors that are
// already typed pass through unchanged.
func (s *Store) fail(ctx context.Context, op string, err error) error {
	if err == nil {
		return nil
	}
	var pe *parley.Error
	if errors.As(err, &pe) {
		return err
	}
	if cerr := ctx.Err(); cerr != nil {
		kind := parley.Unavailable
		if errors.Is(cerr, context.DeadlineExceeded) {
			kind = parley.Timeout
		}
		if !errors.Is(err, cerr) {
			err = fmt.Errorf("%w (%v)", cerr, err)
		}
		return parley.E(op, kind, err)
	}
	var se *sqlitedrv.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case codeBusy, codeLocked:
			return parley.E(op, parley.Unavailable, fmt.Errorf("database %s is busy: %w", s.path, err))
		case codeFull:
			return parley.E(op, parley.Unavailable, fmt.Errorf("disk full writing %s: %w", s.path, err))
		case codeIOErr, codeReadOnly:
			return parley.E(op, parley.Unavailable, fmt.Errorf("cannot write %s: %w", s.path, err))
		case codeCantOpen:
			return parley.E(op, parley.Unreadable, fmt.Errorf("cannot open %s: %w", s.path, err))
		case codeCorrupt, codeNotADB:
			return parley.E(op, parley.Invalid, fmt.Errorf("%s is not a healthy Parley database: %w", s.path, err))
		case codeConstraint:
			if c := se.Code(); c == codeConstraintUnique || c == codeConstraintPrimaryKey {
				return parley.E(op, parley.Conflict, err)
			}
			return parley.E(op, parley.Internal, fmt.Errorf("a stored record breaks a constraint: %w", err))
		}
	}
	return parley.E(op, parley.Internal, err)
}
