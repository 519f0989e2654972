package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"

	"parley"
	"parley/store"
)

// queryer is what both *sql.Tx and *sql.DB offer for reading.
type queryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// day formats a time's calendar day as the schema stores days.
func day(t time.Time) string { return t.Format(time.DateOnly) }

// linkEvents links the events of a newly stored article, in text order, to
// the happenings they report; it runs inside PutAnalysis's transaction.
func linkEvents(ctx context.Context, tx *sql.Tx, art store.ArticleRef, a *parley.Analysis, eids []int64) error {
	for i := range a.Events {
		m := store.MentionOf(a, &a.Events[i], art)
		m.EventID = eids[i]
		if err := linkMention(ctx, tx, &m); err != nil {
			return fmt.Errorf("link event %d: %w", m.EventID, err)
		}
	}
	return nil
}

// linkMention files one mention under the happening it fits best, or a new
// one, and brings that happening's summary up to date.
func linkMention(ctx context.Context, tx *sql.Tx, m *store.Mention) error {
	hid, err := findHappening(ctx, tx, m)
	if err != nil {
		return err
	}
	if hid == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO happenings (pair_key, type, status, source_id) VALUES (?, ?, ?, ?)`,
			store.PairKey(m), string(m.Type), string(m.Status), m.Source.ID)
		if err != nil {
			return err
		}
		if hid, err = res.LastInsertId(); err != nil {
			return err
		}
	}
	var annID, annRole, annOn any = nil, "", ""
	if an := m.Announced; an != nil {
		annID, annRole, annOn = an.By.ID, an.Role, an.On.String()
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO happening_events (event_id, happening_id, source_leader, target_leader,
		announcer_id, announcer_role, announced_on) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		m.EventID, hid, m.Source.Leader, m.Target.Leader, annID, annRole, annOn); err != nil {
		return err
	}
	return refreshHappening(ctx, tx, hid)
}

// findHappening returns the ID of the stored happening that m fits best
// (store.Links), or 0 when none fits. Candidates share m's pair key and
// type and lie near its date.
func findHappening(ctx context.Context, tx *sql.Tx, m *store.Mention) (int64, error) {
	var lo, hi time.Time // the days a fitting happening's date may touch
	switch {
	case !m.Date.IsZero():
		lo, hi = m.Date.First().AddDate(0, 0, -1), m.Date.Last().AddDate(0, 0, 1)
	case !m.Article.Published.IsZero():
		pub := parley.DateOf(m.Article.Published).First()
		lo, hi = pub.AddDate(0, 0, -3), pub.AddDate(0, 0, 3)
	default:
		return 0, nil // undated, from an undated article: nothing to go by
	}
	// A year-precision happening starts at most 366 days before the
	// days it covers end, which bounds the index range.
	rows, err := tx.QueryContext(ctx, `SELECT id FROM happenings
		WHERE pair_key = ? AND type = ? AND date_first BETWEEN ? AND ? AND date_last >= ?
		UNION ALL
		SELECT id FROM happenings
		WHERE pair_key = ? AND type = ? AND date_first IS NULL AND first_day BETWEEN ? AND ?`,
		store.PairKey(m), string(m.Type), day(lo.AddDate(0, 0, -366)), day(hi), day(lo),
		store.PairKey(m), string(m.Type), day(lo.AddDate(0, 0, -3)), day(hi.AddDate(0, 0, 3)))
	if err != nil {
		return 0, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, err
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return 0, err
	}
	if len(ids) == 0 {
		return 0, nil
	}
	support, err := loadMentions(ctx, tx, ids, parley.Date{})
	if err != nil {
		return 0, err
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var best int64
	bestScore := 0
	for _, id := range ids {
		if sc := store.Links(m, support[id]); sc > bestScore {
			best, bestScore = id, sc
		}
	}
	return best, nil
}

// refreshHappening recomputes a happening's summary from its mentions and
// rewrites its row and its index rows.
func refreshHappening(ctx context.Context, tx *sql.Tx, hid int64) error {
	ms, err := loadMentions(ctx, tx, []int64{hid}, parley.Date{})
	if err != nil {
		return err
	}
	h := store.Summarize(ms[hid])
	var first, last, dayFirst, dayLast any
	if !h.Date.IsZero() {
		first, last = day(h.Date.First()), day(h.Date.Last())
	}
	var locName, locCountry any
	if h.Location != nil {
		locName, locCountry = h.Location.Name, h.Location.Country
	}
	var seenFirst, seenLast any
	if !h.FirstSeen.IsZero() {
		seenFirst, seenLast = h.FirstSeen.UTC().Format(time.RFC3339Nano), h.LastSeen.UTC().Format(time.RFC3339Nano)
	}
	dayFirst, dayLast = seenDays(ms[hid])
	var annEvent any
	if h.Announced != nil {
		for _, m := range ms[hid] {
			if m.Announced != nil && *m.Announced == *h.Announced {
				annEvent = m.EventID
				break
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE happenings SET type = ?, mode = ?, status = ?, medium = ?, date = ?,
		date_first = ?, date_last = ?, source_id = ?, target_id = ?, location_name = ?, location_country = ?,
		mentions = ?, articles = ?, outlets = ?, first_seen = ?, last_seen = ?, first_day = ?, last_day = ?,
		announcer_event = ? WHERE id = ?`,
		string(h.Type), h.Mode, string(h.Status), string(h.Medium), h.Date.String(), first, last,
		h.Source.ID, nullIfEmpty(h.Target.ID), locName, locCountry, h.Mentions, h.Articles, h.Outlets,
		seenFirst, seenLast, dayFirst, dayLast, annEvent, hid); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM happening_actors WHERE happening_id = ?`, `DELETE FROM happening_pairs WHERE happening_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, hid); err != nil {
			return err
		}
	}
	d, dl := "", ""
	if first != nil {
		d, dl = first.(string), last.(string)
	}
	for i, x := range h.Actors {
		if _, err := tx.ExecContext(ctx, `INSERT INTO happening_actors (actor_id, day, happening_id, day_last) VALUES (?, ?, ?, ?)`,
			x.ID, d, hid, dl); err != nil {
			return err
		}
		for _, y := range h.Actors[i+1:] {
			a, b := x.ID, y.ID
			if b < a {
				a, b = b, a
			}
			fd, _ := dayFirst.(string)
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO happening_pairs (actor_x, actor_y, day, happening_id, day_last, first_day) VALUES (?, ?, ?, ?, ?, ?)`,
				a, b, d, hid, dl, fd); err != nil {
				return err
			}
		}
	}
	return nil
}

// seenDays returns the earliest and latest publication day of the
// mentions, each in its article's own zone, or nils when none is dated.
func seenDays(ms []store.Mention) (any, any) {
	var lo, hi string
	for _, m := range ms {
		if m.Article.Published.IsZero() {
			continue
		}
		d := parley.DateOf(m.Article.Published).String()
		if lo == "" || d < lo {
			lo = d
		}
		if d > hi {
			hi = d
		}
	}
	if lo == "" {
		return nil, nil
	}
	return lo, hi
}

const mentionColumns = `SELECT he.happening_id, e.id, e.article_id, a.url, a.title, a.site_name, a.published, a.published_day,
	e.type, e.mode, e.status, e.medium, e.date,
	e.source_id, sa.name, sa.kind, sa.country, he.source_leader,
	e.target_id, ta.name, ta.kind, ta.country, he.target_leader,
	e.location_name, e.location_country, e.evidence_start, e.evidence_end, e.sentence,
	he.announcer_id, an.name, an.country, he.announcer_role, he.announced_on
FROM happening_events he
JOIN events e ON e.id = he.event_id
JOIN articles a ON a.id = e.article_id
JOIN actors sa ON sa.id = e.source_id
LEFT JOIN actors ta ON ta.id = e.target_id
LEFT JOIN actors an ON an.id = he.announcer_id`

// loadMentions returns the mentions of the happenings, by happening ID,
// oldest article first. A non-zero knownBefore keeps only what was known
// at the start of that day (see store.HappeningFilter).
func loadMentions(ctx context.Context, q queryer, ids []int64, knownBefore parley.Date) (map[int64][]store.Mention, error) {
	out := map[int64][]store.Mention{}
	byEvent := map[int64][2]int64{} // event → happening, index in its list
	for len(ids) > 0 {
		n := min(500, len(ids))
		part := ids[:n]
		ids = ids[n:]
		args := make([]any, 0, len(part)+2)
		for _, id := range part {
			args = append(args, id)
		}
		query := mentionColumns + "\nWHERE he.happening_id IN (" + placeholders(len(part)) + ")"
		if !knownBefore.IsZero() {
			cut := day(knownBefore.First())
			query += "\nAND (a.published_day < ? OR (a.published_day IS NULL AND e.date_last < ?))"
			args = append(args, cut, cut)
		}
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var (
				hid                              int64
				m                                store.Mention
				published, publishedDay          sql.NullString
				typ, status, medium, date, skind string
				tid, tname, tkind, tcountry      sql.NullString
				locName, locCountry              sql.NullString
				annID, annName, annCountry       sql.NullString
				annRole, annOn                   string
				srcLeader, tgtLeader             bool
			)
			err := rows.Scan(&hid, &m.EventID, &m.Article.ID, &m.Article.URL, &m.Article.Title, &m.Article.Site, &published, &publishedDay,
				&typ, &m.Mode, &status, &medium, &date,
				&m.Source.ID, &m.Source.Name, &skind, &m.Source.Country, &srcLeader,
				&tid, &tname, &tkind, &tcountry, &tgtLeader,
				&locName, &locCountry, &m.Evidence.Span.Start, &m.Evidence.Span.End, &m.Evidence.Sentence,
				&annID, &annName, &annCountry, &annRole, &annOn)
			if err != nil {
				rows.Close()
				return nil, err
			}
			m.Type, m.Status, m.Medium = parley.EventType(typ), parley.Status(status), parley.Medium(medium)
			m.Source.Kind, m.Source.Leader = parley.ActorKind(skind), srcLeader
			if tid.Valid {
				m.Target = store.Party{ActorRef: parley.ActorRef{ID: tid.String, Name: tname.String, Country: tcountry.String},
					Kind: parley.ActorKind(tkind.String), Leader: tgtLeader}
			}
			if m.Date, err = parley.ParseDate(date); err != nil {
				rows.Close()
				return nil, fmt.Errorf("event %d: %w", m.EventID, err)
			}
			if m.Article.Published, err = parseTime(published); err != nil {
				rows.Close()
				return nil, err
			}
			if locName.Valid {
				m.Location = &parley.Place{Name: locName.String, Country: locCountry.String}
			}
			if annID.Valid {
				on, _ := parley.ParseDate(annOn)
				m.Announced = &store.Announcement{By: parley.ActorRef{ID: annID.String, Name: annName.String, Country: annCountry.String},
					Role: annRole, On: on, Article: m.Article}
			}
			byEvent[m.EventID] = [2]int64{hid, int64(len(out[hid]))}
			out[hid] = append(out[hid], m)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	if err := loadParticipants(ctx, q, out, byEvent); err != nil {
		return nil, err
	}
	for hid := range out {
		store.SortMentions(out[hid])
	}
	return out, nil
}

// loadParticipants fills the mentions' participants beyond source and target.
func loadParticipants(ctx context.Context, q queryer, out map[int64][]store.Mention, byEvent map[int64][2]int64) error {
	ids := make([]int64, 0, len(byEvent))
	for id := range byEvent {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for len(ids) > 0 {
		n := min(500, len(ids))
		part := ids[:n]
		ids = ids[n:]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := q.QueryContext(ctx, `SELECT ea.event_id, ea.actor_id, ac.name, ac.country
			FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id
			WHERE ea.role = 'participant' AND ea.event_id IN (`+placeholders(len(part))+`)
			ORDER BY ea.event_id, ea.position`, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var eid int64
			var r parley.ActorRef
			if err := rows.Scan(&eid, &r.ID, &r.Name, &r.Country); err != nil {
				rows.Close()
				return err
			}
			at := byEvent[eid]
			m := &out[at[0]][at[1]]
			if r.ID != m.Source.ID && r.ID != m.Target.ID {
				m.Participants = append(m.Participants, r)
			}
		}
		if err := rows.Close(); err != nil {
			return err
		}
	}
	return nil
}

// Happenings lists the happenings that pass the filter; see store.Store.
func (s *Store) Happenings(ctx context.Context, f store.HappeningFilter) ([]store.Happening, error) {
	const op = "sqlite.Happenings"
	if f.Limit < 0 || f.Offset < 0 {
		return nil, parley.E(op, parley.Invalid, fmt.Sprintf("limit %d and offset %d must not be negative", f.Limit, f.Offset))
	}
	var out []store.Happening
	err := s.readTx(ctx, op, func(tx *sql.Tx) error {
		var err error
		out, err = queryHappenings(ctx, tx, f)
		return err
	})
	return out, err
}

const happeningColumns = `SELECT h.id, h.type, h.mode, h.status, h.medium, h.date,
	h.source_id, sa.name, sa.country, h.target_id, ta.name, ta.country,
	h.location_name, h.location_country, h.mentions, h.articles, h.outlets,
	h.first_seen, h.last_seen, h.last_day,
	he.announcer_id, an.name, an.country, he.announcer_role, he.announced_on,
	ae.article_id, aa.url, aa.title, aa.site_name, aa.published
FROM happenings h
JOIN actors sa ON sa.id = h.source_id
LEFT JOIN actors ta ON ta.id = h.target_id
LEFT JOIN happening_events he ON he.event_id = h.announcer_event
LEFT JOIN actors an ON an.id = he.announcer_id
LEFT JOIN events ae ON ae.id = h.announcer_event
LEFT JOIN articles aa ON aa.id = ae.article_id`

// happeningColumnsLean are happeningColumns without the announcement,
// for counting.
const happeningColumnsLean = `SELECT h.id, h.type, h.mode, h.status, h.medium, h.date,
	h.source_id, sa.name, sa.country, h.target_id, ta.name, ta.country,
	h.location_name, h.location_country, h.mentions, h.articles, h.outlets,
	h.first_seen, h.last_seen, h.last_day,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM happenings h
JOIN actors sa ON sa.id = h.source_id
LEFT JOIN actors ta ON ta.id = h.target_id`

func queryHappenings(ctx context.Context, tx *sql.Tx, f store.HappeningFilter) ([]store.Happening, error) {
	var where []string
	var args []any
	// Date bounds, written so the (…, day, …) indexes can range over them:
	// a happening's days start at most 366 days before they end.
	var lo, hi string
	if !f.Since.IsZero() {
		lo = day(f.Since.First().AddDate(0, 0, -366))
	}
	if !f.Until.IsZero() {
		hi = day(f.Until.Last())
	}
	since := ""
	if !f.Since.IsZero() {
		since = day(f.Since.First())
	}
	dayRange := func(col string) (string, []any) {
		switch {
		case lo != "" && hi != "":
			return " AND " + col + " BETWEEN ? AND ? AND day_last >= ?", []any{lo, hi, since}
		case lo != "":
			return " AND " + col + " >= ? AND day_last >= ?", []any{lo, since}
		case hi != "":
			return " AND " + col + " BETWEEN '0' AND ?", []any{hi}
		}
		return "", nil
	}
	cutDay := ""
	if !f.KnownBefore.IsZero() {
		cutDay = day(f.KnownBefore.First())
	}
	// A page of a pair's happenings with no other condition is taken
	// straight from the pair index in date order: each branch needs at
	// most Offset+Limit rows, so only those are read.
	// Undated happenings come last in either order; the index puts them
	// first, so an oldest-first page needs a date bound to leave them out.
	pushDown := len(f.Actors) == 2 && f.Limit > 0 && len(f.Types) == 0 && len(f.Statuses) == 0 && len(f.IDs) == 0 &&
		(f.NewestFirst || !f.Since.IsZero() || !f.Until.IsZero())
	sets := f.Actors
	if len(sets) >= 2 && len(sets[0]) > 0 && len(sets[1]) > 0 {
		// The first two sets through the pair index.
		var subs []string
		for _, x := range sets[0] {
			for _, y := range sets[1] {
				a, b := x, y
				if b < a {
					a, b = b, a
				}
				if a == b {
					cond, cargs := dayRange("day")
					subs = append(subs, "SELECT happening_id FROM happening_actors WHERE actor_id = ?"+cond)
					args = append(append(args, a), cargs...)
					continue
				}
				cond, cargs := dayRange("day")
				sub := "SELECT happening_id FROM happening_pairs WHERE actor_x = ? AND actor_y = ?" + cond
				args = append(append(args, a, b), cargs...)
				if pushDown {
					order := "day, happening_id"
					if f.NewestFirst {
						order = "day DESC, happening_id DESC"
					}
					if cutDay != "" {
						sub += " AND (first_day <> '' AND first_day < ? OR first_day = '' AND day_last <> '' AND day_last < ?)"
						args = append(args, cutDay, cutDay)
					}
					sub = "SELECT * FROM (" + sub + " ORDER BY " + order + " LIMIT ?)"
					args = append(args, f.Limit+f.Offset)
				}
				subs = append(subs, sub)
			}
		}
		where = append(where, "h.id IN ("+strings.Join(subs, " UNION ")+")")
		sets = sets[2:]
	}
	for _, set := range sets {
		if len(set) == 0 {
			where = append(where, "0")
			continue
		}
		cond, cargs := dayRange("day")
		where = append(where, "h.id IN (SELECT happening_id FROM happening_actors WHERE actor_id IN ("+placeholders(len(set))+")"+cond+")")
		for _, id := range set {
			args = append(args, id)
		}
		args = append(args, cargs...)
	}
	if len(f.IDs) > 0 {
		where = append(where, "h.id IN ("+placeholders(len(f.IDs))+")")
		for _, id := range f.IDs {
			args = append(args, id)
		}
	}
	if len(f.Types) > 0 {
		where = append(where, "h.type IN ("+placeholders(len(f.Types))+")")
		for _, t := range f.Types {
			args = append(args, string(t))
		}
	}
	if !f.Since.IsZero() {
		where = append(where, "h.date_last >= ?")
		args = append(args, day(f.Since.First()))
	}
	if !f.Until.IsZero() {
		where = append(where, "h.date_first <= ?")
		args = append(args, day(f.Until.Last()))
	}
	cut := ""
	if !f.KnownBefore.IsZero() {
		cut = day(f.KnownBefore.First())
		where = append(where, "(h.first_day < ? OR (h.first_day IS NULL AND h.date_last < ?))")
		args = append(args, cut, cut)
	}
	// Statuses can be applied by SQL only when no as-of view may change a
	// happening's status. The page can be applied by SQL otherwise too:
	// the condition on first_day above keeps only happenings with a known
	// mention, so the as-of view drops none of them.
	inSQL := cut == "" || len(f.Statuses) == 0
	if cut == "" && len(f.Statuses) > 0 {
		where = append(where, "h.status IN ("+placeholders(len(f.Statuses))+")")
		for _, st := range f.Statuses {
			args = append(args, string(st))
		}
	}
	q := happeningColumns
	if f.NoActors {
		q = happeningColumnsLean
	}
	if len(where) > 0 {
		q += "\nWHERE " + strings.Join(where, " AND ")
	}
	if f.NewestFirst {
		q += "\nORDER BY h.date_first IS NULL, h.date_first DESC, h.date_last DESC, h.id DESC"
	} else {
		q += "\nORDER BY h.date_first IS NULL, h.date_first, h.date_last, h.id"
	}
	if inSQL && (f.Limit > 0 || f.Offset > 0) {
		limit := int64(f.Limit)
		if limit == 0 {
			limit = -1
		}
		q += "\nLIMIT ? OFFSET ?"
		args = append(args, limit, f.Offset)
	}
	hs, lastDays, err := scanHappenings(ctx, tx, q, args)
	if err != nil {
		return nil, err
	}

	// The as-of view: happenings with a mention published on or after the
	// cut are summarised again from the mentions known before it.
	if cut != "" {
		var stale []int64
		for i, h := range hs {
			if lastDays[i] == "" || lastDays[i] >= cut {
				stale = append(stale, h.ID)
			}
		}
		if len(stale) > 0 {
			known, err := loadMentions(ctx, tx, stale, f.KnownBefore)
			if err != nil {
				return nil, err
			}
			keep := hs[:0]
			for _, h := range hs {
				if ms, ok := known[h.ID]; ok {
					id := h.ID
					h = store.Summarize(ms)
					h.ID = id
				} else if containsID(stale, h.ID) {
					continue // nothing about it was known yet
				}
				keep = append(keep, h)
			}
			hs = keep
		}
		if len(f.Statuses) > 0 {
			keep := hs[:0]
			for _, h := range hs {
				for _, st := range f.Statuses {
					if h.Status == st {
						keep = append(keep, h)
						break
					}
				}
			}
			hs = keep
		}
		if !inSQL {
			if f.Offset > 0 {
				hs = hs[min(f.Offset, len(hs)):]
			}
			if f.Limit > 0 && len(hs) > f.Limit {
				hs = hs[:f.Limit]
			}
		}
	}
	if !f.NoActors {
		if err := fillActors(ctx, tx, hs); err != nil {
			return nil, err
		}
	}
	if f.WithSupport && len(hs) > 0 {
		ids := make([]int64, len(hs))
		for i := range hs {
			ids[i] = hs[i].ID
		}
		ms, err := loadMentions(ctx, tx, ids, f.KnownBefore)
		if err != nil {
			return nil, err
		}
		for i := range hs {
			hs[i].Support = ms[hs[i].ID]
		}
	}
	return hs, nil
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func scanHappenings(ctx context.Context, tx *sql.Tx, q string, args []any) ([]store.Happening, []string, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var out []store.Happening
	var lastDays []string
	for rows.Next() {
		var (
			h                                       store.Happening
			typ, status, medium, date               string
			tid, tname, tcountry                    sql.NullString
			locName, locCountry                     sql.NullString
			first, last, lastDay                    sql.NullString
			annID, annName, annCountry, annRole, on sql.NullString
			annArt                                  sql.NullInt64
			annURL, annTitle, annSite, annPub       sql.NullString
		)
		err := rows.Scan(&h.ID, &typ, &h.Mode, &status, &medium, &date,
			&h.Source.ID, &h.Source.Name, &h.Source.Country, &tid, &tname, &tcountry,
			&locName, &locCountry, &h.Mentions, &h.Articles, &h.Outlets,
			&first, &last, &lastDay,
			&annID, &annName, &annCountry, &annRole, &on,
			&annArt, &annURL, &annTitle, &annSite, &annPub)
		if err != nil {
			return nil, nil, err
		}
		h.Type, h.Status, h.Medium = parley.EventType(typ), parley.Status(status), parley.Medium(medium)
		if h.Date, err = parley.ParseDate(date); err != nil {
			return nil, nil, fmt.Errorf("happening %d: %w", h.ID, err)
		}
		if tid.Valid {
			h.Target = parley.ActorRef{ID: tid.String, Name: tname.String, Country: tcountry.String}
		}
		if locName.Valid {
			h.Location = &parley.Place{Name: locName.String, Country: locCountry.String}
		}
		if h.FirstSeen, err = parseTime(first); err != nil {
			return nil, nil, err
		}
		if h.LastSeen, err = parseTime(last); err != nil {
			return nil, nil, err
		}
		if annID.Valid {
			d, _ := parley.ParseDate(on.String)
			a := &store.Announcement{By: parley.ActorRef{ID: annID.String, Name: annName.String, Country: annCountry.String},
				Role: annRole.String, On: d}
			a.Article = store.ArticleRef{ID: annArt.Int64, URL: annURL.String, Title: annTitle.String, Site: annSite.String}
			if a.Article.Published, err = parseTime(annPub); err != nil {
				return nil, nil, err
			}
			h.Announced = a
		}
		out = append(out, h)
		lastDays = append(lastDays, lastDay.String)
	}
	return out, lastDays, rows.Err()
}

// fillActors sets the Actors of the happenings that lack them, in few queries.
func fillActors(ctx context.Context, tx *sql.Tx, hs []store.Happening) error {
	index := map[int64]int{}
	var ids []any
	for i := range hs {
		if len(hs[i].Actors) == 0 {
			index[hs[i].ID] = i
			ids = append(ids, hs[i].ID)
		}
	}
	for len(ids) > 0 {
		n := min(500, len(ids))
		part := ids[:n]
		ids = ids[n:]
		rows, err := tx.QueryContext(ctx, `SELECT ha.happening_id, ha.actor_id, ac.name, ac.country
			FROM happening_actors ha JOIN actors ac ON ac.id = ha.actor_id
			WHERE ha.happening_id IN (`+placeholders(len(part))+`) ORDER BY ha.happening_id, ac.name, ha.actor_id`, part...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var hid int64
			var r parley.ActorRef
			if err := rows.Scan(&hid, &r.ID, &r.Name, &r.Country); err != nil {
				rows.Close()
				return err
			}
			h := &hs[index[hid]]
			h.Actors = append(h.Actors, r)
		}
		if err := rows.Close(); err != nil {
			return err
		}
	}
	// Source and target first, as Summarize lists them.
	for i := range hs {
		h := &hs[i]
		sort.SliceStable(h.Actors, func(x, y int) bool { return rank(h, h.Actors[x].ID) < rank(h, h.Actors[y].ID) })
	}
	return nil
}

func rank(h *store.Happening, id string) int {
	switch id {
	case h.Source.ID:
		return 0
	case h.Target.ID:
		return 1
	}
	return 2
}

// Relink discards all happenings and links every stored event again; see
// store.Store.
func (s *Store) Relink(ctx context.Context) error {
	const op = "sqlite.Relink"
	return s.writeTx(ctx, op, func(tx *sql.Tx) error { return relinkAll(ctx, tx) })
}

func relinkAll(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{`DELETE FROM happening_pairs`, `DELETE FROM happening_actors`,
		`DELETE FROM happening_events`, `DELETE FROM happenings`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	// Articles in an order that does not depend on the order they were
	// stored in (publication day, then content), so that the same
	// articles always give the same happenings.
	rows, err := tx.QueryContext(ctx, `SELECT id FROM articles WHERE id IN (SELECT article_id FROM events)
		ORDER BY published_day IS NULL, published_day, content_hash`)
	if err != nil {
		return err
	}
	var arts []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		arts = append(arts, id)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, id := range arts {
		an, eids, err := readForLinking(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
		ref := store.ArticleRef{ID: id, URL: an.Article.URL, Title: an.Article.Title, Site: an.Article.SiteName, Published: an.Article.Published}
		if err := linkEvents(ctx, tx, ref, an, eids); err != nil {
			return err
		}
	}
	return nil
}

// readForLinking reads what linking needs of a stored article: the text,
// sentences, actors, mentions and dates, and its events in text order with
// their IDs.
func readForLinking(ctx context.Context, tx *sql.Tx, id int64) (*parley.Analysis, []int64, error) {
	var an parley.Analysis
	art, sents, err := readArticle(ctx, tx, id)
	if err != nil {
		return nil, nil, err
	}
	an.Article, an.Sentences = art.Article, sents
	if an.Actors, err = readActors(ctx, tx, id); err != nil {
		return nil, nil, err
	}
	if an.Mentions, err = readMentions(ctx, tx, id, art.Text); err != nil {
		return nil, nil, err
	}
	if an.Dates, err = readDates(ctx, tx, id); err != nil {
		return nil, nil, err
	}
	q, args, err := eventQuery(store.EventFilter{ArticleID: id})
	if err != nil {
		return nil, nil, err
	}
	evs, err := queryEvents(ctx, tx, q, args)
	if err != nil {
		return nil, nil, err
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].ID < evs[j].ID })
	eids := make([]int64, len(evs))
	for i, ev := range evs {
		an.Events = append(an.Events, ev.Event)
		eids[i] = ev.ID
	}
	return &an, eids, nil
}

// linkUnlinked links the events stored before linking existed (a database
// made before migration 0002): when any event has no happening, every
// event is linked again.
func (s *Store) linkUnlinked(ctx context.Context) error {
	var maxEvent, maxLinked sql.NullInt64
	if err := s.w.QueryRowContext(ctx, `SELECT (SELECT max(id) FROM events), (SELECT max(event_id) FROM happening_events)`).
		Scan(&maxEvent, &maxLinked); err != nil {
		return s.fail(ctx, "sqlite.Open", err)
	}
	if !maxEvent.Valid || maxLinked.Valid && maxLinked.Int64 >= maxEvent.Int64 {
		return nil
	}
	return s.Relink(ctx)
}
