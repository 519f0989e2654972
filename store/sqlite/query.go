package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"parley"
	"parley/store"
)

// Events lists stored events that pass the filter; see store.Store.
func (s *Store) Events(ctx context.Context, f store.EventFilter) ([]store.StoredEvent, error) {
	const op = "sqlite.Events"
	q, args, err := eventQuery(f)
	if err != nil {
		return nil, parley.E(op, parley.Invalid, err)
	}
	var out []store.StoredEvent
	err = s.readTx(ctx, op, func(tx *sql.Tx) error {
		var err error
		out, err = queryEvents(ctx, tx, q, args)
		return err
	})
	return out, err
}

const eventColumns = `SELECT e.id, e.article_id, e.type, e.mode, e.medium, e.status, e.date,
	e.source_id, sa.name, sa.country, e.target_id, ta.name, ta.country,
	e.location_name, e.location_country, e.evidence_start, e.evidence_end, e.sentence,
	e.trigger_start, e.trigger_end, e.cameo, e.confidence, e.rule,
	a.url, a.title, a.site_name, a.published
FROM events e
JOIN articles a ON a.id = e.article_id
JOIN actors sa ON sa.id = e.source_id
LEFT JOIN actors ta ON ta.id = e.target_id`

// eventQuery builds the SQL for a filter. Every value is a bound
// parameter; only placeholders and fixed clauses are written into the text.
func eventQuery(f store.EventFilter) (string, []any, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return "", nil, fmt.Errorf("limit %d and offset %d must not be negative", f.Limit, f.Offset)
	}
	var where []string
	var args []any
	for _, set := range f.Actors {
		if len(set) == 0 {
			where = append(where, "0")
			continue
		}
		// Driving the match from event_actors lets SQLite use its
		// actor index instead of scanning every event.
		where = append(where, "e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN ("+placeholders(len(set))+"))")
		for _, id := range set {
			args = append(args, id)
		}
	}
	if len(f.Types) > 0 {
		where = append(where, "e.type IN ("+placeholders(len(f.Types))+")")
		for _, t := range f.Types {
			args = append(args, string(t))
		}
	}
	if len(f.Statuses) > 0 {
		where = append(where, "e.status IN ("+placeholders(len(f.Statuses))+")")
		for _, st := range f.Statuses {
			args = append(args, string(st))
		}
	}
	if !f.Since.IsZero() {
		where = append(where, "e.date_last >= ?")
		args = append(args, f.Since.First().Format(time.DateOnly))
	}
	if !f.Until.IsZero() {
		where = append(where, "e.date_first <= ?")
		args = append(args, f.Until.Last().Format(time.DateOnly))
	}
	if f.ArticleID != 0 {
		where = append(where, "e.article_id = ?")
		args = append(args, f.ArticleID)
	}
	q := eventColumns
	if len(where) > 0 {
		q += "\nWHERE " + strings.Join(where, " AND ")
	}
	if f.NewestFirst {
		q += "\nORDER BY e.date_first IS NULL, e.date_first DESC, e.date_last DESC, e.id DESC"
	} else {
		q += "\nORDER BY e.date_first IS NULL, e.date_first, e.date_last, e.id"
	}
	if f.Limit > 0 || f.Offset > 0 {
		limit := int64(f.Limit)
		if limit == 0 {
			limit = -1 // SQLite: no limit
		}
		q += "\nLIMIT ? OFFSET ?"
		args = append(args, limit, f.Offset)
	}
	return q, args, nil
}

func queryEvents(ctx context.Context, tx *sql.Tx, q string, args []any) ([]store.StoredEvent, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.StoredEvent
	index := map[int64]int{}
	for rows.Next() {
		var (
			ev                              store.StoredEvent
			typ, medium, status, date       string
			targetID, targetName, targetCtr sql.NullString
			locName, locCountry, published  sql.NullString
		)
		e := &ev.Event
		err := rows.Scan(&ev.ID, &ev.Article.ID, &typ, &e.Mode, &medium, &status, &date,
			&e.Source.ID, &e.Source.Name, &e.Source.Country, &targetID, &targetName, &targetCtr,
			&locName, &locCountry, &e.Evidence.Span.Start, &e.Evidence.Span.End, &e.Evidence.Sentence,
			&e.Trigger.Start, &e.Trigger.End, &e.CAMEO, &e.Confidence, &e.Rule,
			&ev.Article.URL, &ev.Article.Title, &ev.Article.Site, &published)
		if err != nil {
			return nil, err
		}
		e.Type, e.Medium, e.Status = parley.EventType(typ), parley.Medium(medium), parley.Status(status)
		if e.Date, err = parley.ParseDate(date); err != nil {
			return nil, fmt.Errorf("event %d: %w", ev.ID, err)
		}
		if targetID.Valid {
			e.Target = parley.ActorRef{ID: targetID.String, Name: targetName.String, Country: targetCtr.String}
		}
		if locName.Valid {
			e.Location = &parley.Place{Name: locName.String, Country: locCountry.String}
		}
		if ev.Article.Published, err = parseTime(published); err != nil {
			return nil, fmt.Errorf("article %d: %w", ev.Article.ID, err)
		}
		index[ev.ID] = len(out)
		out = append(out, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()

	// Participants, for the whole page of events in few queries.
	ids := make([]int64, len(out))
	for i := range out {
		ids[i] = out[i].ID
	}
	const chunk = 500
	for len(ids) > 0 {
		n := min(chunk, len(ids))
		part, rest := ids[:n], ids[n:]
		ids = rest
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := tx.QueryContext(ctx, participantsOf("e.id IN ("+placeholders(len(part))+")"), args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var eid int64
			var r parley.ActorRef
			if err := rows.Scan(&eid, &r.ID, &r.Name, &r.Country); err != nil {
				rows.Close()
				return nil, err
			}
			ev := &out[index[eid]]
			ev.Participants = append(ev.Participants, r)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// FindActors returns the actors a query may mean, by tiers; see store.Store.
// The match runs in Go over all stored actors, so that case folding is
// right for every script, not only ASCII as SQLite's lower() is.
func (s *Store) FindActors(ctx context.Context, query string) ([]parley.Actor, error) {
	const op = "sqlite.FindActors"
	query = strings.TrimSpace(query)
	if query == "" {
		return nil, parley.E(op, parley.Invalid, "empty actor query")
	}
	var byID []parley.Actor
	var exact, words, substr []parley.Actor
	lq := strings.ToLower(query)
	qWords := splitWords(lq)
	iso3 := strings.ToUpper(query)
	isISO3 := len(query) == 3 && strings.IndexFunc(query, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) < 0

	err := s.readTx(ctx, op, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, name, kind, country, wikidata, known FROM actors`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var a parley.Actor
			var kind string
			if err := rows.Scan(&a.ID, &a.Name, &kind, &a.Country, &a.Wikidata, &a.Known); err != nil {
				return err
			}
			a.Kind = parley.ActorKind(kind)
			ln := strings.ToLower(a.Name)
			switch {
			case a.ID == query:
				byID = append(byID, a)
			case ln == lq || (isISO3 && a.Kind == parley.State && a.Country == iso3):
				exact = append(exact, a)
			case containsWords(splitWords(ln), qWords):
				words = append(words, a)
			case strings.Contains(ln, lq):
				substr = append(substr, a)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	for _, tier := range [][]parley.Actor{byID, exact, words, substr} {
		if len(tier) > 0 {
			sort.Slice(tier, func(i, j int) bool {
				if tier[i].Name != tier[j].Name {
					return tier[i].Name < tier[j].Name
				}
				return tier[i].ID < tier[j].ID
			})
			return tier, nil
		}
	}
	return []parley.Actor{}, nil
}

// splitWords splits lower-cased text into words of letters and digits.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containsWords reports whether sub occurs in words as a run of whole words.
func containsWords(words, sub []string) bool {
	if len(sub) == 0 || len(sub) > len(words) {
		return false
	}
	for i := 0; i+len(sub) <= len(words); i++ {
		match := true
		for j := range sub {
			if words[i+j] != sub[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// The queries that read an article's annotations back, each by the
// article's key.
const (
	sqlArticleActors = `SELECT ac.id, ac.name, ac.kind, ac.country, ac.wikidata, ac.known, aa.role
		FROM article_actors aa JOIN actors ac ON ac.id = aa.actor_id
		WHERE aa.article_id = ? ORDER BY aa.position`
	sqlArticleAnnotations = `SELECT mentions, dates FROM articles WHERE id = ?`
	sqlArticleQuotes      = `SELECT q.speaker_id, ac.name, ac.country, q.span_start, q.span_end, q.text, q.cue, q.more
		FROM quotes q LEFT JOIN actors ac ON ac.id = q.speaker_id
		WHERE q.article_id = ? ORDER BY q.seq`
)

// Article returns a stored article without its annotations; see store.Store.
func (s *Store) Article(ctx context.Context, id int64) (*store.Article, error) {
	const op = "sqlite.Article"
	var a *store.Article
	err := s.readTx(ctx, op, func(tx *sql.Tx) error {
		var err error
		a, _, err = readArticle(ctx, tx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// readArticle reads one article row; it also returns the stored sentence
// spans, which belong to the analysis rather than the article.
func readArticle(ctx context.Context, tx *sql.Tx, id int64) (*store.Article, []parley.Span, error) {
	var (
		a                                 store.Article
		canonical, published              sql.NullString
		source, authors, paras, sentences string
		ingested                          string
	)
	err := tx.QueryRowContext(ctx, `SELECT id, content_hash, canonical_url, url, title, site_name, published,
		published_source, language, authors, text, paragraphs, sentences, locator, ingested_at, dateline
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.ContentHash, &canonical, &a.URL, &a.Title, &a.SiteName,
		&published, &source, &a.Language, &authors, &a.Text, &paras, &sentences, &a.Locator, &ingested, &a.Dateline)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, parley.E("sqlite.Article", parley.NotFound, fmt.Sprintf("no article with ID %d", id))
	}
	if err != nil {
		return nil, nil, err
	}
	a.CanonicalURL = canonical.String
	a.PublishedSource = parley.DateSource(source)
	if a.Published, err = parseTime(published); err != nil {
		return nil, nil, err
	}
	if a.IngestedAt, err = time.Parse(time.RFC3339Nano, ingested); err != nil {
		return nil, nil, err
	}
	if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
		return nil, nil, fmt.Errorf("article %d authors: %w", id, err)
	}
	if len(a.Authors) == 0 {
		a.Authors = nil
	}
	if a.Paragraphs, err = parseSpans(paras); err != nil {
		return nil, nil, fmt.Errorf("article %d paragraphs: %w", id, err)
	}
	sents, err := parseSpans(sentences)
	if err != nil {
		return nil, nil, fmt.Errorf("article %d sentences: %w", id, err)
	}
	return &a, sents, nil
}

// Analysis returns a stored article with all its annotations; see
// store.Store.
func (s *Store) Analysis(ctx context.Context, id int64) (*parley.Analysis, error) {
	const op = "sqlite.Analysis"
	var an parley.Analysis
	err := s.readTx(ctx, op, func(tx *sql.Tx) error {
		art, sents, err := readArticle(ctx, tx, id)
		if err != nil {
			return err
		}
		an.Article, an.Sentences = art.Article, sents
		if an.Actors, err = readActors(ctx, tx, id); err != nil {
			return fmt.Errorf("actors: %w", err)
		}
		if an.Mentions, an.Dates, err = readAnnotations(ctx, tx, id, art.Text); err != nil {
			return err
		}
		if an.Quotes, err = readQuotes(ctx, tx, id); err != nil {
			return fmt.Errorf("quotes: %w", err)
		}
		q, args, err := eventQuery(store.EventFilter{ArticleID: id})
		if err != nil {
			return err
		}
		evs, err := queryEvents(ctx, tx, q, args)
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		// The events of one article come back in date order; the
		// analysis had them in text order, which their IDs keep.
		sort.Slice(evs, func(i, j int) bool { return evs[i].ID < evs[j].ID })
		for _, ev := range evs {
			an.Events = append(an.Events, ev.Event)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &an, nil
}

func readActors(ctx context.Context, tx *sql.Tx, id int64) ([]parley.Actor, error) {
	rows, err := tx.QueryContext(ctx, sqlArticleActors, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []parley.Actor
	for rows.Next() {
		var a parley.Actor
		var kind string
		if err := rows.Scan(&a.ID, &a.Name, &kind, &a.Country, &a.Wikidata, &a.Known, &a.Role); err != nil {
			return nil, err
		}
		a.Kind = parley.ActorKind(kind)
		out = append(out, a)
	}
	return out, rows.Err()
}

// readAnnotations reads an article's mentions and dates, kept as one
// encoded column each of its row (annotations.go).
func readAnnotations(ctx context.Context, tx *sql.Tx, id int64, text string) ([]parley.Mention, []parley.TimeExpr, error) {
	var mentions, dates string
	if err := tx.QueryRowContext(ctx, sqlArticleAnnotations, id).Scan(&mentions, &dates); err != nil {
		return nil, nil, err
	}
	ms, err := parseMentions(mentions, text)
	if err != nil {
		return nil, nil, fmt.Errorf("mentions: %w", err)
	}
	ds, err := parseDates(dates)
	if err != nil {
		return nil, nil, fmt.Errorf("dates: %w", err)
	}
	return ms, ds, nil
}

func readQuotes(ctx context.Context, tx *sql.Tx, id int64) ([]parley.Quote, error) {
	rows, err := tx.QueryContext(ctx, sqlArticleQuotes, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []parley.Quote
	for rows.Next() {
		var q parley.Quote
		var sid, name, country sql.NullString
		var more string
		if err := rows.Scan(&sid, &name, &country, &q.Span.Start, &q.Span.End, &q.Text, &q.Cue, &more); err != nil {
			return nil, err
		}
		if q.More, err = decodeStretches(more); err != nil {
			return nil, fmt.Errorf("quote stretches: %w", err)
		}
		if sid.Valid {
			q.Speaker = parley.ActorRef{ID: sid.String, Name: name.String, Country: country.String}
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// Counts returns how many rows of each kind the store holds.
func (s *Store) Counts(ctx context.Context) (store.Counts, error) {
	const op = "sqlite.Counts"
	var c store.Counts
	err := s.readTx(ctx, op, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM articles), (SELECT count(*) FROM actors), (SELECT count(*) FROM events),
			(SELECT count(*) FROM quotes), (SELECT count(*) FROM rejections), (SELECT count(*) FROM happenings)`).
			Scan(&c.Articles, &c.Actors, &c.Events, &c.Quotes, &c.Rejections, &c.Happenings)
	})
	return c, err
}

// Rejections lists the rejection ledger; see store.Store.
func (s *Store) Rejections(ctx context.Context, f store.RejectionFilter) ([]store.StoredRejection, error) {
	const op = "sqlite.Rejections"
	if f.Limit < 0 || f.Offset < 0 {
		return nil, parley.E(op, parley.Invalid, fmt.Sprintf("limit %d and offset %d must not be negative", f.Limit, f.Offset))
	}
	q := `SELECT id, locator, stage, kind, detail, at FROM rejections`
	var where []string
	var args []any
	if f.Stage != "" {
		where = append(where, "stage = ?")
		args = append(args, f.Stage)
	}
	if len(f.Kinds) > 0 {
		where = append(where, "kind IN ("+placeholders(len(f.Kinds))+")")
		for _, k := range f.Kinds {
			args = append(args, k.String())
		}
	}
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY id"
	if f.Limit > 0 || f.Offset > 0 {
		limit := int64(f.Limit)
		if limit == 0 {
			limit = -1
		}
		q += " LIMIT ? OFFSET ?"
		args = append(args, limit, f.Offset)
	}
	var out []store.StoredRejection
	err := s.readTx(ctx, op, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r store.StoredRejection
			var kind, at string
			if err := rows.Scan(&r.ID, &r.Locator, &r.Stage, &kind, &r.Detail, &at); err != nil {
				return err
			}
			r.Kind = parseKind(kind)
			if r.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, err
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func parseTime(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s.String)
}

func parsePrecision(s string) (parley.Precision, error) {
	for p := parley.PrecisionNone; p <= parley.PrecisionDay; p++ {
		if p.String() == s {
			return p, nil
		}
	}
	return 0, fmt.Errorf("unknown precision %q", s)
}

// parseKind maps a stored reason code back to its Kind; a code this build
// does not know (written by a newer one) reads as Internal.
func parseKind(s string) parley.Kind {
	for k := parley.Kind(0); k < 255; k++ {
		name := k.String()
		if name == s {
			return k
		}
		if strings.HasPrefix(name, "kind(") {
			break
		}
	}
	return parley.Internal
}
