package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"parley"
	"parley/store"
)

const (
	sqlUpsertRejection = `INSERT INTO rejections (locator, stage, kind, detail, at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (locator) DO UPDATE SET stage = excluded.stage, kind = excluded.kind,
			detail = excluded.detail, at = excluded.at`
	sqlUpsertLog = `INSERT INTO ingest_log (locator, outcome, article_id, fetched, at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (locator) DO UPDATE SET outcome = excluded.outcome, article_id = excluded.article_id,
			fetched = excluded.fetched, at = excluded.at`
	sqlLogged = `SELECT l.outcome, l.article_id, l.fetched, l.at, r.stage, r.kind, r.detail
		FROM ingest_log l LEFT JOIN rejections r ON r.locator = l.locator WHERE l.locator = ?`
	sqlSavepoint  = `SAVEPOINT item`
	sqlRelease    = `RELEASE item`
	sqlRollbackTo = `ROLLBACK TO item`
)

// PutAnalyses records a batch of outcomes in one transaction; see
// store.Store for the contract.
//
// Everything that can be computed outside the transaction (the checks,
// the article rows) is, so the write lock is held only for the inserts.
//
// The batch is first written without savepoints: while a savepoint is
// open SQLite copies every page a statement changes into its journal
// first (about 0.07 ms an article on the ingest benchmark, with the
// SAVEPOINT and RELEASE statements). An item cannot collide with a
// stored article (the duplicate check runs under the write lock, which
// the transaction holds from its start), so this should not fail; if an
// item does fail, the whole transaction is rolled back and the batch
// written again, each item under its own savepoint: when one collides
// with an article stored since its duplicate check, only that item is
// rolled back and tried again, and the retry finds the duplicate. Either
// way the batch is one transaction and stores the same rows.
func (s *Store) PutAnalyses(ctx context.Context, items []store.Item) ([]store.ItemResult, error) {
	return s.putAnalyses(ctx, items, false)
}

// putAnalyses is PutAnalyses; savepointsOnly skips the first attempt
// without savepoints (for tests).
func (s *Store) putAnalyses(ctx context.Context, items []store.Item, savepointsOnly bool) ([]store.ItemResult, error) {
	const op = "sqlite.PutAnalyses"
	results := make([]store.ItemResult, len(items))
	rows := make([]*articleRow, len(items))
	now := s.now()
	for i, it := range items {
		loc := store.CleanText(it.Locator)
		switch {
		case strings.TrimSpace(loc) == "":
			results[i].Err = parley.E(op, parley.Invalid, "an item needs a locator")
		case it.Analysis != nil:
			if err := store.Check(it.Analysis); err != nil {
				results[i].Err = err
				continue
			}
			row, err := newArticleRow(it.Analysis, loc, now)
			if err != nil {
				return nil, parley.E(op, parley.Internal, err)
			}
			rows[i] = row
		case it.Rejection == nil:
			results[i].Err = parley.E(op, parley.Invalid, "an item needs an analysis or a rejection")
		}
	}
	at := now.UTC().Format(time.RFC3339Nano)
	// put writes the batch in one transaction and reports whether it
	// failed on an item (rather than on beginning or committing).
	put := func(savepoints bool) (itemFailed bool, err error) {
		err = s.writeTx(ctx, op, func(tx *sql.Tx) error {
			st := s.bind(ctx, tx)
			defer st.close()
			l := s.newLinker(ctx, st)
			if err := l.useCache(&s.cache); err != nil {
				return err
			}
			for i, it := range items {
				if results[i].Err != nil {
					continue
				}
				res, err := s.putItem(l, op, it, rows[i], at, savepoints)
				if err != nil {
					itemFailed = true
					return err
				}
				results[i].PutResult = res
			}
			// The happenings the batch changed are written once, here.
			return l.flush(false)
		})
		return itemFailed, err
	}
	if !savepointsOnly {
		itemFailed, err := put(false)
		switch {
		case err == nil:
			return results, nil
		case !itemFailed || ctx.Err() != nil:
			return nil, err // savepoints would not help
		}
		for i := range results {
			results[i].PutResult = store.PutResult{}
		}
	}
	if _, err := put(true); err != nil {
		return nil, err
	}
	return results, nil
}

// putItem applies one item inside the batch's transaction, under a
// savepoint of its own when savepoints is set.
func (s *Store) putItem(l *linker, op string, it store.Item, row *articleRow, at string, savepoints bool) (store.PutResult, error) {
	loc := store.CleanText(it.Locator)
	var fetched any
	if !it.Fetched.IsZero() {
		fetched = it.Fetched.UTC().Format(time.RFC3339Nano)
	}
	if row == nil { // a rejection
		r := it.Rejection
		if _, err := l.st.exec(sqlUpsertRejection, loc, store.CleanText(r.Stage), r.Kind.String(), store.CleanText(r.Detail), at); err != nil {
			return store.PutResult{}, err
		}
		_, err := l.st.exec(sqlUpsertLog, loc, store.LoggedRejected, nil, fetched, at)
		return store.PutResult{}, err
	}
	logged := func(res store.PutResult) error {
		outcome := store.LoggedStored
		if res.Duplicate {
			outcome = store.LoggedDuplicate
		}
		_, err := l.st.exec(sqlUpsertLog, loc, outcome, res.ArticleID, fetched, at)
		return err
	}
	if !savepoints {
		res, err := s.putAnalysis(l, row, it.Analysis)
		if err == nil {
			err = logged(res)
		}
		return res, err
	}
	for attempt := 0; ; attempt++ {
		if _, err := l.st.exec(sqlSavepoint); err != nil {
			return store.PutResult{}, err
		}
		l.begin()
		res, err := s.putAnalysis(l, row, it.Analysis)
		if err == nil {
			err = logged(res)
		}
		if err == nil {
			_, err = l.st.exec(sqlRelease)
			return res, err
		}
		if _, rerr := l.st.exec(sqlRollbackTo); rerr != nil {
			return store.PutResult{}, errors.Join(err, rerr)
		}
		l.rollback()
		if _, rerr := l.st.exec(sqlRelease); rerr != nil {
			return store.PutResult{}, errors.Join(err, rerr)
		}
		if attempt > 0 || parley.KindOf(s.fail(l.ctx, op, err)) != parley.Conflict {
			return store.PutResult{}, err
		}
	}
}

// Logged returns what the ingest log holds for a locator; see store.Store.
func (s *Store) Logged(ctx context.Context, locator string) (store.LogEntry, error) {
	const op = "sqlite.Logged"
	loc := store.CleanText(locator)
	var (
		e                    = store.LogEntry{Locator: loc}
		articleID            sql.NullInt64
		fetched, stage, kind sql.NullString
		detail               sql.NullString
		at                   string
	)
	if s.closed.Load() {
		return store.LogEntry{}, errClosed(op)
	}
	// One statement reads one snapshot, so it needs no transaction of its
	// own; ingest asks this for every input it resumes, so the statement
	// is prepared once (sqlLogged).
	err := s.logged.QueryRowContext(ctx, loc).Scan(&e.Outcome, &articleID, &fetched, &at, &stage, &kind, &detail)
	if errors.Is(err, sql.ErrNoRows) {
		return store.LogEntry{}, parley.E(op, parley.NotFound, "no outcome logged for "+clipLocator(loc))
	}
	if err != nil {
		return store.LogEntry{}, s.fail(ctx, op, err)
	}
	e.ArticleID = articleID.Int64
	if e.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
		return store.LogEntry{}, parley.E(op, parley.Internal, err)
	}
	if fetched.Valid {
		if e.Fetched, err = time.Parse(time.RFC3339Nano, fetched.String); err != nil {
			return store.LogEntry{}, parley.E(op, parley.Internal, err)
		}
	}
	if e.Outcome == store.LoggedRejected && stage.Valid {
		e.Rejection = &parley.Rejection{Locator: loc, Stage: stage.String, Kind: parseKind(kind.String), Detail: detail.String}
	}
	return e, nil
}

// FeedState returns the stored state of a feed; see store.Store.
func (s *Store) FeedState(ctx context.Context, url string) (store.FeedState, error) {
	const op = "sqlite.FeedState"
	st := store.FeedState{URL: url}
	var at string
	err := s.readTx(ctx, op, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT etag, last_modified, checked_at FROM feed_state WHERE url = ?`,
			store.CleanText(url)).Scan(&st.ETag, &st.LastModified, &at)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return store.FeedState{}, parley.E(op, parley.NotFound, "no state stored for feed "+clipLocator(url))
	}
	if err != nil {
		return store.FeedState{}, err
	}
	if st.CheckedAt, err = time.Parse(time.RFC3339Nano, at); err != nil {
		return store.FeedState{}, parley.E(op, parley.Internal, err)
	}
	return st, nil
}

// PutFeedState stores the state of a feed; see store.Store.
func (s *Store) PutFeedState(ctx context.Context, st store.FeedState) error {
	const op = "sqlite.PutFeedState"
	url := store.CleanText(st.URL)
	if strings.TrimSpace(url) == "" {
		return parley.E(op, parley.Invalid, "a feed state needs a URL")
	}
	at := st.CheckedAt
	if at.IsZero() {
		at = s.now()
	}
	return s.writeTx(ctx, op, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO feed_state (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
				checked_at = excluded.checked_at`,
			url, store.CleanText(st.ETag), store.CleanText(st.LastModified), at.UTC().Format(time.RFC3339Nano))
		return err
	})
}

// clipLocator shortens a locator for an error message.
func clipLocator(s string) string {
	const max = 200
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
