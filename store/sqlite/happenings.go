package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
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

// Linking runs inside the transaction that stores the articles, and is
// built to cost little per event however popular a happening gets:
//
//   - its statements are prepared once per store (see prepare) and bound
//     once per transaction;
//   - the candidates come from the writer's cache (writecache.go), which
//     holds the linking columns of every happening of the pair keys and
//     types it has met, across transactions; Relink queries them;
//   - a candidate happening is first judged on the summary its row
//     holds (store.Candidate.Fits), and its tally (store.Tally, kept in
//     the row) is read only when the summary does not rule it out; the
//     tally weighs the new mention and takes it in, so a happening's
//     mentions are never read back, however many it has;
//   - the happenings the transaction reads or changes stay in memory
//     (linker.hs), so a happening is read at most once per transaction;
//   - a happening's row and index rows are rewritten once per
//     transaction (linker.flush), not once per event; until then its row
//     is behind its mentions ("stale") and linking judges it from the
//     tally in memory instead, exactly as it would judge the row;
//   - linking itself writes nothing: the mentions it links are tallied
//     as reading them back would give them (storedView), a new
//     happening is numbered as SQLite would number it, and flush writes
//     the new happenings' rows and the happening_events rows too,
//     several a statement.
//
// The outcome is the same as linking each event and rewriting its
// happening at once: every decision sees the same mentions and the same
// summaries.

// The happenings of a pair key and type whose dates touch the days of a
// linkWindow, with the summary Candidate.Fits judges: dated by a day in a
// range, by one of a few months or years, or undated and first reported
// near those days. Each branch is a range of the happenings_link index.
// The months and years are bound to slots (?7, ?8, …), the last repeated
// to fill them. A window holds at most 14 months and 3 years (a
// year-precision date, a day either side), but most hold one year and
// one to three months (a day's or a month's), and each slot costs every
// execution a row of the IN list's temporary table; so there are two
// versions, with a few slots and with all of them.
var (
	sqlLinkCandidates    = linkCandidates(coarseCount)
	sqlLinkCandidatesFew = linkCandidates(coarseFew)
)

// coarseCount and coarseFew are the numbers of month and year slots in
// sqlLinkCandidates and sqlLinkCandidatesFew.
const (
	coarseCount = 20
	coarseFew   = 4
)

func linkCandidates(slots int) string {
	coarse := make([]string, slots)
	for i := range coarse {
		coarse[i] = fmt.Sprintf("?%d", 7+i)
	}
	return `SELECT ` + candidateColumns + ` FROM happenings
		WHERE pair_key = ?1 AND type = ?2 AND date BETWEEN ?3 AND ?4 AND length(date) = 10
		UNION ALL
		SELECT ` + candidateColumns + ` FROM happenings
		WHERE pair_key = ?1 AND type = ?2 AND date IN (` + strings.Join(coarse, ", ") + `)
		UNION ALL
		SELECT ` + candidateColumns + ` FROM happenings
		WHERE pair_key = ?1 AND type = ?2 AND date = '' AND first_day BETWEEN ?5 AND ?6`
}

// The linker's other statements, prepared once per store with PutAnalysis's.
const (
	candidateColumns = `id, date, medium, location_name, location_country, date_first, date_last, first_day`
	// A new happening's row is written whole by flush, with the ID the
	// linker gave it; the columns after pair_key are sqlUpdateHappening's,
	// in its order.
	sqlInsertHappening = `INSERT INTO happenings (id, pair_key, type, mode, status, medium, date,
		date_first, date_last, source_id, target_id, location_name, location_country,
		mentions, articles, outlets, first_seen, last_seen, first_day, last_day,
		announcer_event, tally) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlLastHappeningID      = `SELECT coalesce(max(id), 0) FROM happenings`
	sqlInsertHappeningEvent = `INSERT INTO happening_events (event_id, happening_id, source_leader, target_leader,
		announcer_id, announcer_role, announced_on) VALUES (?, ?, ?, ?, ?, ?, ?)`
	sqlUpdateHappening = `UPDATE happenings SET type = ?, mode = ?, status = ?, medium = ?, date = ?,
		date_first = ?, date_last = ?, source_id = ?, target_id = ?, location_name = ?, location_country = ?,
		mentions = ?, articles = ?, outlets = ?, first_seen = ?, last_seen = ?, first_day = ?, last_day = ?,
		announcer_event = ?, tally = ? WHERE id = ?`
	// sqlUpdateHappening without the columns the happenings_link and
	// happenings_date indexes hold (type, date, date_first, date_last,
	// first_day).
	sqlUpdateHappeningSummary = `UPDATE happenings SET mode = ?, status = ?, medium = ?,
		source_id = ?, target_id = ?, location_name = ?, location_country = ?,
		mentions = ?, articles = ?, outlets = ?, first_seen = ?, last_seen = ?, last_day = ?,
		announcer_event = ?, tally = ? WHERE id = ?`
	sqlDeleteHappeningActors = `DELETE FROM happening_actors WHERE happening_id = ?`
	sqlDeleteHappeningPairs  = `DELETE FROM happening_pairs WHERE happening_id = ?`
	sqlInsertHappeningActor  = `INSERT INTO happening_actors (actor_id, day, happening_id, day_last) VALUES (?, ?, ?, ?)`
	sqlInsertHappeningPair   = `INSERT OR IGNORE INTO happening_pairs (actor_x, actor_y, day, happening_id, day_last, first_day)
		VALUES (?, ?, ?, ?, ?, ?)`
	sqlMentionsOfHappening = mentionColumns + "\nWHERE he.happening_id = ?"
	sqlTallyOfHappening    = `SELECT tally, mentions FROM happenings WHERE id = ?`
	// An actor as the actors table holds it (see storedActors).
	sqlStoredActor = `SELECT name, kind, country, wikidata, known FROM actors WHERE id = ?`
	// All the happenings of a pair key and type, for the writer's cache.
	sqlKeyHappenings = `SELECT ` + candidateColumns + ` FROM happenings WHERE pair_key = ?1 AND type = ?2`
	sqlDataVersion   = `PRAGMA data_version`
)

// sqlParticipantsOfHappening selects the participants of a happening's events.
var sqlParticipantsOfHappening = participantsOf("e.id IN (SELECT event_id FROM happening_events WHERE happening_id = ?)")

// linkStatements are the statements prepare compiles for the linker.
var linkStatements = []string{sqlLinkCandidates, sqlLinkCandidatesFew, sqlLastHappeningID,
	sqlInsertHappening, sqlInsertHappeningEvent, sqlUpdateHappening, sqlUpdateHappeningSummary,
	sqlDeleteHappeningActors, sqlDeleteHappeningPairs, sqlInsertHappeningActor, sqlInsertHappeningPair,
	sqlMentionsOfHappening, sqlTallyOfHappening, sqlParticipantsOfHappening, sqlStoredActor, sqlKeyHappenings, sqlDataVersion}

// linker links the events of the articles stored in one write
// transaction. It must be flushed before the transaction commits.
type linker struct {
	ctx context.Context
	s   *Store
	st  *txStmts
	// hs holds the happenings this transaction has read or changed, each
	// with its tally.
	hs map[int64]*linked
	// stale lists the happenings changed since their row was written
	// (or created since, with no row yet), in the order of their first
	// change, with their pair key and type (staleKey); byKey finds them
	// by that key.
	stale    []int64
	staleKey map[int64]string
	byKey    map[string][]int64
	// events are the happening_events rows of the events linked since
	// the last flush, which flush writes.
	events []eventLink
	// New happenings and events are numbered here as SQLite would
	// number their rows, so that a happening's row can wait for flush and
	// an article's events go in a few statements.
	happeningIDs, eventIDs idCounter
	// cache, when set, is the writer's cache (useCache), which the
	// linker reads candidates and actors from and keeps up to date.
	cache *writeCache
	// undo keeps the tallies the current item changed as they were
	// before it, for rollback; nil until begin is first called (only
	// items under a savepoint can be rolled back).
	undo map[int64]*store.Tally
	// mark is where the current item began (begin).
	mark struct {
		stale, events          int
		happeningIDs, eventIDs idCounter
	}
}

// idCounter gives the IDs of new rows of a table as SQLite would give
// them: one more than the largest (the write lock is the transaction's,
// so no one else adds rows meanwhile).
type idCounter struct {
	last  int64
	known bool // last has been read
}

// next returns the next ID; max is the query for the table's largest.
func (c *idCounter) next(st *txStmts, max string) (int64, error) {
	if !c.known {
		s := &stmts{txStmts: st}
		if s.scalar(&c.last, max); s.err != nil {
			return 0, s.err
		}
		c.known = true
	}
	c.last++
	return c.last, nil
}

// after reports whether id was given after the counter stood at c.
func (c idCounter) after(id int64) bool { return !c.known || id > c.last }

// eventLink is one event's row of happening_events.
type eventLink struct {
	event, happening           int64
	sourceLeader, targetLeader bool
	announcer                  any // actor ID, or nil
	announcerRole, announcedOn string
}

// linked is one happening as the linker holds it.
type linked struct {
	// tally sums up its mentions as the database would give them back
	// (loadMentions): read from its row, or, for a row without one,
	// tallied from its mentions. Those linked in this transaction are
	// added as reading them back would give them (storedView).
	tally *store.Tally
	// stored is set when the happening has a row; a new happening has
	// none until flush writes it, with its pair key.
	stored  bool
	pairKey string
	// index is what happening_actors and happening_pairs hold for it;
	// nil when unknown (they are then rewritten in full).
	index *indexRows
}

// indexRows is what the index tables hold for one happening.
type indexRows struct {
	day, dayLast, firstDay string
	actors                 map[string]bool
}

func (s *Store) newLinker(ctx context.Context, st *txStmts) *linker {
	return &linker{ctx: ctx, s: s, st: st, hs: map[int64]*linked{}, staleKey: map[int64]string{}, byKey: map[string][]int64{}}
}

// useCache has the linker read candidates and actors from the writer's
// cache and keep it up to date, once it has checked that no other
// connection has written since the cache was last used.
func (l *linker) useCache(c *writeCache) error {
	var version int64
	st, err := l.st.stmt(sqlDataVersion)
	if err == nil {
		err = st.QueryRowContext(l.ctx).Scan(&version)
	}
	if err != nil {
		return err
	}
	if !c.valid || version != c.version {
		// Another connection has written since: perhaps a later build,
		// having migrated the file to what this one cannot keep up.
		if err := l.s.checkSchema(l.ctx, "sqlite.write", l.st.tx); err != nil {
			return err
		}
	}
	c.begin(version)
	l.cache = c
	return nil
}

// begin marks the start of one article's changes; rollback forgets them
// after the database has rolled back to that mark.
func (l *linker) begin() {
	l.mark.stale, l.mark.events = len(l.stale), len(l.events)
	l.mark.happeningIDs, l.mark.eventIDs = l.happeningIDs, l.eventIDs
	if l.undo == nil {
		l.undo = map[int64]*store.Tally{}
	}
	clear(l.undo)
}

// rollback follows a ROLLBACK TO of the article begun last. Linking
// writes nothing before flush, so only memory has to be undone: the
// happenings the undone events joined get back their tallies from before
// it, the happenings the undone article created are gone (and their IDs,
// like its events', free again), and those only it changed are no longer
// stale.
func (l *linker) rollback() {
	created := l.mark.happeningIDs.after
	for id, t := range l.undo {
		if h := l.hs[id]; h != nil {
			h.tally = t
		}
	}
	clear(l.undo)
	for id, h := range l.hs {
		if !h.stored && created(id) {
			delete(l.hs, id)
		}
	}
	l.events = l.events[:l.mark.events]
	l.happeningIDs, l.eventIDs = l.mark.happeningIDs, l.mark.eventIDs
	for _, id := range l.stale[l.mark.stale:] {
		key := l.staleKey[id]
		delete(l.staleKey, id)
		ids := l.byKey[key]
		for i, x := range ids {
			if x == id {
				l.byKey[key] = append(ids[:i:i], ids[i+1:]...)
				break
			}
		}
	}
	l.stale = l.stale[:l.mark.stale]
	if l.cache != nil {
		l.cache.rolledBack()
	}
}

func linkKey(pairKey string, t parley.EventType) string { return pairKey + "\x00" + string(t) }

// linkEvents links the events of a newly stored article, in text order, to
// the happenings they report. The article's rows and its actors' must be
// stored already.
func (l *linker) linkEvents(art store.ArticleRef, a *parley.Analysis, eids []int64) error {
	if !art.Published.IsZero() {
		// As parseTime gives it back from the articles row.
		pub, err := time.Parse(time.RFC3339Nano, art.Published.Format(time.RFC3339Nano))
		if err != nil {
			return err
		}
		art.Published = pub
	}
	actors, err := l.storedActors(a)
	if err != nil {
		return err
	}
	for i := range a.Events {
		m := store.MentionOf(a, &a.Events[i], art)
		m.EventID = eids[i]
		if err := l.link(&m, storedView(m, actors)); err != nil {
			return fmt.Errorf("link event %d: %w", m.EventID, err)
		}
	}
	return nil
}

// storedActors returns the records the actors table holds for the
// analysis's actors, just after storing them. sqlUpsertActor lets a known
// actor's record replace any other, so only the unknown ones can differ
// from the analysis; their records come from the writer's cache when it
// holds them, else from the table.
func (l *linker) storedActors(a *parley.Analysis) (map[string]*parley.Actor, error) {
	out := make(map[string]*parley.Actor, len(a.Actors))
	for i := range a.Actors {
		ac := &a.Actors[i]
		if !ac.Known {
			rec, err := l.storedActor(ac.ID)
			if err != nil {
				return nil, err
			}
			stored := *ac
			stored.Name, stored.Kind, stored.Country = rec.name, parley.ActorKind(rec.kind), rec.country
			ac = &stored
		}
		out[ac.ID] = ac
	}
	return out, nil
}

// storedActor returns an actor's row, from the cache when it has it.
func (l *linker) storedActor(id string) (actorRec, error) {
	if l.cache != nil {
		if rec, ok := l.cache.actor(id); ok {
			return rec, nil
		}
	}
	var rec actorRec
	st, err := l.st.stmt(sqlStoredActor)
	if err == nil {
		err = st.QueryRowContext(l.ctx, id).Scan(&rec.name, &rec.kind, &rec.country, &rec.wikidata, &rec.known)
	}
	if err != nil {
		return actorRec{}, fmt.Errorf("actor %s: %w", id, err)
	}
	if l.cache != nil {
		l.cache.txActors[id] = rec
	}
	return rec, nil
}

// upsertActors stores the analysis's actors (sqlUpsertActor), skipping
// those whose stored record the cache shows the statement would leave
// as it is, as it does for most: the same leaders recur in every
// article.
func (l *linker) upsertActors(st *stmts, actors []parley.Actor) {
	for i := range actors {
		ac := &actors[i]
		var old actorRec
		cached := false
		if l.cache != nil {
			old, cached = l.cache.actor(ac.ID)
		}
		n := actorRec{name: ac.Name, kind: string(ac.Kind), country: ac.Country, wikidata: ac.Wikidata, known: ac.Known}
		if cached && old.upserted(n) == old {
			continue
		}
		st.exec(sqlUpsertActor, ac.ID, ac.Name, string(ac.Kind), ac.Country, ac.Wikidata, ac.Known)
		switch {
		case cached:
			l.cache.txActors[ac.ID] = old.upserted(n)
		case l.cache != nil && st.err == nil:
			// Read back once, so later articles know it.
			if _, err := l.storedActor(ac.ID); err != nil {
				st.err = err
			}
		}
	}
}

// storedView returns mention m of a stored article as reading it back
// (scanMentions) would give it: its actors' names, kinds and countries
// are the actors table's. Its article's publication time must already be
// as parseTime gives it.
func storedView(m store.Mention, actors map[string]*parley.Actor) store.Mention {
	party := func(p store.Party) store.Party {
		if ac := actors[p.ID]; ac != nil {
			p.Name, p.Kind, p.Country = ac.Name, ac.Kind, ac.Country
		}
		return p
	}
	ref := func(r parley.ActorRef) parley.ActorRef {
		if ac := actors[r.ID]; ac != nil {
			r.Name, r.Country = ac.Name, ac.Country
		}
		return r
	}
	m.Source = party(m.Source)
	if m.Target.ID != "" {
		m.Target = party(m.Target)
	}
	if len(m.Participants) > 0 {
		ps := make([]parley.ActorRef, len(m.Participants))
		for i, p := range m.Participants {
			ps[i] = ref(p)
		}
		m.Participants = ps
	}
	if m.Announced != nil {
		an := *m.Announced
		an.By = ref(an.By)
		an.Article = m.Article
		m.Announced = &an
	}
	return m
}

// link files one mention under the happening it fits best, or a new one.
// m is the mention as the analysis gives it, which linking judges; stored
// is the same mention as the database will give it back, which the
// happening keeps.
func (l *linker) link(m *store.Mention, stored store.Mention) error {
	hid, err := l.find(m)
	if err != nil {
		return err
	}
	if hid == 0 {
		// A new happening, whose row flush writes.
		if hid, err = l.happeningIDs.next(l.st, sqlLastHappeningID); err != nil {
			return err
		}
		l.hs[hid] = &linked{tally: store.TallyOf([]store.Mention{stored}), pairKey: store.PairKey(m), index: &indexRows{}} // no index rows yet: no actors
	} else {
		h := l.hs[hid] // find has read it
		if _, ok := l.undo[hid]; !ok && l.undo != nil {
			l.undo[hid] = h.tally.Clone()
		}
		h.tally.Add(&stored)
	}
	e := eventLink{event: m.EventID, happening: hid, sourceLeader: m.Source.Leader, targetLeader: m.Target.Leader}
	if an := m.Announced; an != nil {
		e.announcer, e.announcerRole, e.announcedOn = an.By.ID, an.Role, an.On.String()
	}
	l.events = append(l.events, e)
	if _, ok := l.staleKey[hid]; !ok {
		key := linkKey(store.PairKey(m), m.Type)
		l.stale = append(l.stale, hid)
		l.staleKey[hid] = key
		l.byKey[key] = append(l.byKey[key], hid)
	}
	return nil
}

// find returns the ID of the happening that m fits best (store.Links),
// or 0 when none fits. Candidates share m's pair key and type and lie
// near its date; among equal scores the oldest wins.
func (l *linker) find(m *store.Mention) (int64, error) {
	w, ok := window(m)
	if !ok {
		return 0, nil // undated, from an undated article: nothing to go by
	}
	if len(w.coarse) > coarseCount {
		return 0, fmt.Errorf("a date window of %d months and years", len(w.coarse)) // cannot happen: see sqlLinkCandidates
	}
	pair := store.PairKey(m)
	cands, err := l.candidates(pair, m.Type, w)
	if err != nil {
		return 0, err
	}
	var ids []int64
	var bases []indexRows
	for _, r := range cands {
		if _, ok := l.staleKey[r.id]; ok {
			continue // its row is behind: judged below from its tally
		}
		if _, ok := l.hs[r.id]; !ok {
			// Judge it on its row before reading its tally.
			c := store.Candidate{Type: m.Type, Medium: parley.Medium(r.medium)}
			if c.Date, err = parley.ParseDate(r.date); err != nil {
				return 0, fmt.Errorf("happening %d: %w", r.id, err)
			}
			if r.located {
				c.Location = &parley.Place{Name: r.locName, Country: r.locCountry}
			}
			if !c.Fits(m) {
				continue
			}
		}
		ids = append(ids, r.id)
		bases = append(bases, indexRows{day: r.dateFirst, dayLast: r.dateLast, firstDay: r.firstDay})
	}
	for i, id := range ids {
		if _, ok := l.hs[id]; !ok {
			if err := l.read(id, &bases[i]); err != nil {
				return 0, err
			}
		}
	}
	// The stale happenings of the pair and type, judged by the row they
	// would have now.
	for _, id := range l.byKey[linkKey(pair, m.Type)] {
		h, err := l.current(id)
		if err != nil {
			return 0, err
		}
		if w.holds(h) {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var best int64
	bestScore := 0
	for _, id := range ids {
		h, err := l.current(id)
		if err != nil {
			return 0, err
		}
		if sc := h.tally.Links(m); sc > bestScore {
			best, bestScore = id, sc
		}
	}
	return best, nil
}

// candidates returns the stored happenings of the pair key and type whose
// rows fall in the window, from the writer's cache when the linker has
// one (reading the key's rows whole the first time), else by query.
func (l *linker) candidates(pair string, t parley.EventType, w linkWindow) ([]candRow, error) {
	if l.cache == nil {
		return l.queryCandidates(w.query(pair, t))
	}
	key := linkKey(pair, t)
	k := l.cache.keys[key]
	if k == nil {
		rows, err := l.queryCandidates(sqlKeyHappenings, []any{pair, string(t)})
		if err != nil {
			return nil, err
		}
		k = l.cache.addKey(key, rows)
	}
	return k.window(w), nil
}

// queryCandidates runs a query of candidateColumns.
func (l *linker) queryCandidates(q string, args []any) ([]candRow, error) {
	rows, err := l.st.query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []candRow
	for rows.Next() {
		var (
			r                             candRow
			locName, locCountry           sql.NullString
			dateFirst, dateLast, firstDay sql.NullString
		)
		if err := rows.Scan(&r.id, &r.date, &r.medium, &locName, &locCountry, &dateFirst, &dateLast, &firstDay); err != nil {
			return nil, err
		}
		r.locName, r.locCountry, r.located = locName.String, locCountry.String, locName.Valid
		r.dateFirst, r.dateLast, r.firstDay = dateFirst.String, dateLast.String, firstDay.String
		out = append(out, r)
	}
	return out, rows.Close()
}

// linkWindow says which stored happenings a mention may join, by their
// date: those whose days touch the mention's days give or take one (or,
// for an undated mention, its publication day give or take three), and
// undated ones first reported within three more days of them. Since a
// date is a day, a month or a year, "touching" is a range of days plus a
// few whole months and years.
type linkWindow struct {
	dayLo, dayHi   string   // days 'YYYY-MM-DD'
	coarse         []string // the months 'YYYY-MM' and years 'YYYY' from dayLo to dayHi
	seenLo, seenHi string   // the first_day of undated happenings
}

func window(m *store.Mention) (linkWindow, bool) {
	var lo, hi time.Time // the days a fitting happening's date may touch
	switch {
	case !m.Date.IsZero():
		lo, hi = m.Date.First().AddDate(0, 0, -1), m.Date.Last().AddDate(0, 0, 1)
	case !m.Article.Published.IsZero():
		pub := parley.DateOf(m.Article.Published).First()
		lo, hi = pub.AddDate(0, 0, -3), pub.AddDate(0, 0, 3)
	default:
		return linkWindow{}, false
	}
	w := linkWindow{dayLo: day(lo), dayHi: day(hi), seenLo: day(lo.AddDate(0, 0, -3)), seenHi: day(hi.AddDate(0, 0, 3))}
	for y := lo.Year(); y <= hi.Year(); y++ {
		w.coarse = append(w.coarse, fmt.Sprintf("%04d", y))
	}
	for mo := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC); !mo.After(hi); mo = mo.AddDate(0, 1, 0) {
		w.coarse = append(w.coarse, mo.Format("2006-01"))
	}
	return w, true
}

// query binds the window to sqlLinkCandidates, or to sqlLinkCandidatesFew
// when its months and years fit in that one's slots.
func (w linkWindow) query(pair string, t parley.EventType) (string, []any) {
	q, slots := sqlLinkCandidates, coarseCount
	if len(w.coarse) <= coarseFew {
		q, slots = sqlLinkCandidatesFew, coarseFew
	}
	args := make([]any, 0, 6+slots)
	args = append(args, pair, string(t), w.dayLo, w.dayHi, w.seenLo, w.seenHi)
	for i := range slots {
		args = append(args, w.coarse[min(i, len(w.coarse)-1)]) // repeated to fill the slots
	}
	return q, args
}

// holds applies the window to the date a happening has now, as
// sqlLinkCandidates applies it to a stored row.
func (w linkWindow) holds(h *linked) bool {
	d := h.tally.Candidate().Date
	switch d.Precision() {
	case parley.PrecisionNone:
		lo, _, ok := h.tally.PublicationDays()
		fd := lo.String()
		return ok && fd >= w.seenLo && fd <= w.seenHi
	case parley.PrecisionDay:
		s := d.String()
		return s >= w.dayLo && s <= w.dayHi
	}
	return slices.Contains(w.coarse, d.String())
}

// read loads a happening's tally into memory. index, when not nil,
// gives the days its row holds (which its index rows carry); the row is
// then current and its index rows are known from its tally.
func (l *linker) read(id int64, index *indexRows) error {
	t, err := l.readTally(id)
	if err != nil {
		return err
	}
	h := &linked{tally: t, stored: true}
	if index != nil {
		if _, stale := l.staleKey[id]; !stale {
			ix := *index
			ix.actors = map[string]bool{}
			for _, a := range t.ActorIDs() {
				ix.actors[a] = true
			}
			h.index = &ix
		}
	}
	l.hs[id] = h
	return nil
}

// readTally returns a stored happening's tally: the one its row keeps,
// its actors as the actors table holds them now, or, when the row has
// none (a database from before migration 0008), one this build cannot
// read or resolve, or one that counts fewer mentions than the row (a
// build that did not know tallies linked to it since), the tally of its
// mentions.
func (l *linker) readTally(id int64) (*store.Tally, error) {
	var b []byte
	var mentions int
	st, err := l.st.stmt(sqlTallyOfHappening)
	if err == nil {
		err = st.QueryRowContext(l.ctx, id).Scan(&b, &mentions)
	}
	if err != nil {
		return nil, fmt.Errorf("happening %d: %w", id, err)
	}
	t := &store.Tally{}
	if b != nil && t.UnmarshalBinary(b) == nil && t.N == mentions {
		err := t.Resolve(func(id string) (parley.ActorRef, parley.ActorKind, error) {
			rec, err := l.storedActor(id)
			return parley.ActorRef{ID: id, Name: rec.name, Country: rec.country}, parley.ActorKind(rec.kind), err
		})
		if err == nil {
			return t, nil
		}
		if l.ctx.Err() != nil {
			return nil, err
		}
		// An actor the tally names that the table does not hold: the
		// tally is not what this database wrote.
	}
	ms, err := l.mentions(sqlMentionsOfHappening, sqlParticipantsOfHappening, id)
	if err != nil {
		return nil, err
	}
	return store.TallyOf(ms), nil
}

// current returns the happening with its tally, reading it first when it
// is not in memory.
func (l *linker) current(id int64) (*linked, error) {
	if h, ok := l.hs[id]; ok {
		return h, nil
	}
	if err := l.read(id, nil); err != nil {
		return nil, err
	}
	return l.hs[id], nil
}

// mentions runs a prepared mention query and its participants query with
// one argument and returns the mentions in SortMentions order.
func (l *linker) mentions(q, qp string, arg int64) ([]store.Mention, error) {
	out := map[int64][]store.Mention{}
	byEvent := map[int64][2]int64{}
	rows, err := l.st.query(q, arg)
	if err != nil {
		return nil, err
	}
	if err := scanMentions(rows, out, byEvent); err != nil {
		return nil, err
	}
	if len(byEvent) > 0 { // some have participants beyond source and target
		if rows, err = l.st.query(qp, arg); err != nil {
			return nil, err
		}
		if err := scanParticipants(rows, out, byEvent); err != nil {
			return nil, err
		}
	}
	var ms []store.Mention
	for _, part := range out {
		ms = append(ms, part...)
	}
	store.SortMentions(ms)
	return ms, nil
}

// flush writes the rows of the happenings created since the last flush
// and the happening_events rows of the events linked since, and
// rewrites the row and the index rows of every happening changed, from
// its tally; the new rows go several a statement. forget drops
// the happenings held in memory, to bound memory over a long transaction.
func (l *linker) flush(forget bool) error {
	ids := slices.Clone(l.stale)
	slices.Sort(ids)
	var ix indexInserts
	for _, id := range ids {
		h, err := l.current(id)
		if err != nil {
			return err
		}
		row, err := l.write(id, h, &ix)
		if err != nil {
			return fmt.Errorf("happening %d: %w", id, err)
		}
		row.key = l.staleKey[id]
		l.remember(row)
	}
	// The new rows, the happenings' before the rows that refer to them.
	st := &stmts{txStmts: l.st}
	st.insertRows(sqlInsertHappening, ix.happenings)
	rows := make([]any, 0, 7*len(l.events))
	for _, e := range l.events {
		rows = append(rows, e.event, e.happening, e.sourceLeader, e.targetLeader, e.announcer, e.announcerRole, e.announcedOn)
	}
	st.insertRows(sqlInsertHappeningEvent, rows)
	st.insertRows(sqlInsertHappeningActor, ix.actors)
	st.insertRows(sqlInsertHappeningPair, ix.pairs)
	if st.err != nil {
		return st.err
	}
	l.stale, l.events = l.stale[:0], l.events[:0]
	clear(l.staleKey)
	clear(l.byKey)
	clear(l.undo) // what was flushed is no item's to undo
	if forget {
		clear(l.hs)
	}
	return nil
}

// remember has the cache take a happening's row as flush wrote it, once
// the transaction commits. A row whose type is not its key's would move
// to another key; that cannot happen (a happening's mentions share their
// type), and if it did the cache would be emptied instead.
func (l *linker) remember(row keyedRow) {
	if l.cache == nil {
		return
	}
	if keyType(row.key) != row.typ {
		l.cache.open = false // emptied when the transaction ends
		return
	}
	l.cache.pending = append(l.cache.pending, row)
}

// indexInserts gathers the rows flush adds to happenings,
// happening_actors and happening_pairs, the values of one row after
// another.
type indexInserts struct{ happenings, actors, pairs []any }

// write rewrites a happening's row from its tally (or adds a new one's
// to ix), deletes its index rows when they no longer hold, and adds the
// missing ones to ix.
func (l *linker) write(hid int64, lk *linked, ix *indexInserts) (keyedRow, error) {
	h := lk.tally.Summary()
	tally, err := lk.tally.MarshalBinary()
	if err != nil {
		return keyedRow{}, err
	}
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
	if lo, hi, ok := lk.tally.PublicationDays(); ok {
		dayFirst, dayLast = lo.String(), hi.String()
	}
	var annEvent any
	if id, ok := lk.tally.AnnouncedBy(); ok {
		annEvent = id
	}
	// The row's values in sqlUpdateHappening's order, which is also
	// sqlInsertHappening's after the ID and the pair key.
	vals := []any{string(h.Type), h.Mode, string(h.Status), string(h.Medium), h.Date.String(), first, last,
		h.Source.ID, nullIfEmpty(h.Target.ID), locName, locCountry, h.Mentions, h.Articles, h.Outlets,
		seenFirst, seenLast, dayFirst, dayLast, annEvent, tally}
	// What the cache keeps of the row.
	row := candRow{id: hid, date: h.Date.String(), medium: string(h.Medium), located: h.Location != nil}
	if h.Location != nil {
		row.locName, row.locCountry = h.Location.Name, h.Location.Country
	}
	row.dateFirst, _ = first.(string)
	row.dateLast, _ = last.(string)
	row.firstDay, _ = dayFirst.(string)
	// Whether the days are as the row and its index rows have them.
	sameDays := lk.index != nil && lk.index.day == row.dateFirst && lk.index.dayLast == row.dateLast && lk.index.firstDay == row.firstDay
	switch {
	case lk.stored && sameDays:
		// The days are as the row has them, so are the date and type (a
		// date is the only one with its first and last day): leave the
		// indexed columns alone, whose index entries SQLite would
		// otherwise delete and insert again, dirtying their pages.
		args := slices.Concat(vals[1:4], vals[7:16], vals[17:])
		if _, err := l.st.exec(sqlUpdateHappeningSummary, append(args, hid)...); err != nil {
			return keyedRow{}, err
		}
	case lk.stored:
		if _, err := l.st.exec(sqlUpdateHappening, append(vals, hid)...); err != nil {
			return keyedRow{}, err
		}
	default:
		ix.happenings = append(append(ix.happenings, hid, lk.pairKey), vals...)
		lk.stored = true
	}

	// The index rows: each actor, and each pair of actors, under the
	// happening's first day. When the days are as the rows have them,
	// only the rows of actors new to the happening are added (mentions
	// never leave a happening, so none go).
	now := indexRows{day: row.dateFirst, dayLast: row.dateLast, firstDay: row.firstDay, actors: map[string]bool{}}
	old := lk.index
	switch {
	case old != nil && len(old.actors) == 0:
		// A new happening: it has no index rows yet.
	case !sameDays:
		for _, q := range []string{sqlDeleteHappeningActors, sqlDeleteHappeningPairs} {
			if _, err := l.st.exec(q, hid); err != nil {
				return keyedRow{}, err
			}
		}
		old = nil
	}
	had := func(id string) bool { return old != nil && old.actors[id] }
	for i, x := range h.Actors {
		now.actors[x.ID] = true
		if !had(x.ID) {
			ix.actors = append(ix.actors, x.ID, now.day, hid, now.dayLast)
		}
		for _, y := range h.Actors[i+1:] {
			if had(x.ID) && had(y.ID) {
				continue
			}
			a, b := x.ID, y.ID
			if b < a {
				a, b = b, a
			}
			ix.pairs = append(ix.pairs, a, b, now.day, hid, now.dayLast, now.firstDay)
		}
	}
	lk.index = &now
	return keyedRow{typ: string(h.Type), row: row}, nil
}

const mentionColumns = `SELECT he.happening_id, e.id, e.article_id, a.url, a.title, a.site_name, a.published, a.published_day,
	e.type, e.mode, e.status, e.medium, e.date,
	e.source_id, sa.name, sa.kind, sa.country, he.source_leader,
	e.target_id, ta.name, ta.kind, ta.country, he.target_leader,
	e.location_name, e.location_country, e.evidence_start, e.evidence_end, e.sentence,
	he.announcer_id, an.name, an.country, he.announcer_role, he.announced_on,
	e.participants <> '[]' AND EXISTS (SELECT 1 FROM json_each(e.participants) x
		WHERE x.value <> e.source_id AND x.value IS NOT e.target_id) AS more
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
	return loadMentionsBy(ctx, q, "he.happening_id", ids, knownBefore)
}

// loadMentionsBy is loadMentions for the mentions whose column (of
// mentionColumns) is one of ids.
func loadMentionsBy(ctx context.Context, q queryer, column string, ids []int64, knownBefore parley.Date) (map[int64][]store.Mention, error) {
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
		query := mentionColumns + "\nWHERE " + column + " IN (" + placeholders(len(part)) + ")"
		if !knownBefore.IsZero() {
			cut := day(knownBefore.First())
			query += "\nAND (a.published_day < ? OR (a.published_day IS NULL AND e.date_last < ?))"
			args = append(args, cut, cut)
		}
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, err
		}
		if err := scanMentions(rows, out, byEvent); err != nil {
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

// scanMentions reads rows of mentionColumns into out, by happening, and
// records in byEvent where each event with participants beyond its source
// and target went (those loadParticipants has to read); it closes rows.
func scanMentions(rows *sql.Rows, out map[int64][]store.Mention, byEvent map[int64][2]int64) error {
	defer rows.Close()
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
			srcLeader, tgtLeader, more       bool
		)
		err := rows.Scan(&hid, &m.EventID, &m.Article.ID, &m.Article.URL, &m.Article.Title, &m.Article.Site, &published, &publishedDay,
			&typ, &m.Mode, &status, &medium, &date,
			&m.Source.ID, &m.Source.Name, &skind, &m.Source.Country, &srcLeader,
			&tid, &tname, &tkind, &tcountry, &tgtLeader,
			&locName, &locCountry, &m.Evidence.Span.Start, &m.Evidence.Span.End, &m.Evidence.Sentence,
			&annID, &annName, &annCountry, &annRole, &annOn, &more)
		if err != nil {
			return err
		}
		m.Type, m.Status, m.Medium = parley.EventType(typ), parley.Status(status), parley.Medium(medium)
		m.Source.Kind, m.Source.Leader = parley.ActorKind(skind), srcLeader
		if tid.Valid {
			m.Target = store.Party{ActorRef: parley.ActorRef{ID: tid.String, Name: tname.String, Country: tcountry.String},
				Kind: parley.ActorKind(tkind.String), Leader: tgtLeader}
		}
		if m.Date, err = parley.ParseDate(date); err != nil {
			return fmt.Errorf("event %d: %w", m.EventID, err)
		}
		if m.Article.Published, err = parseTime(published); err != nil {
			return err
		}
		if locName.Valid {
			m.Location = &parley.Place{Name: locName.String, Country: locCountry.String}
		}
		if annID.Valid {
			on, _ := parley.ParseDate(annOn)
			m.Announced = &store.Announcement{By: parley.ActorRef{ID: annID.String, Name: annName.String, Country: annCountry.String},
				Role: annRole, On: on, Article: m.Article}
		}
		if more {
			byEvent[m.EventID] = [2]int64{hid, int64(len(out[hid]))}
		}
		out[hid] = append(out[hid], m)
	}
	return rows.Close()
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
		rows, err := q.QueryContext(ctx, participantsOf("e.id IN ("+placeholders(len(part))+")"), args...)
		if err != nil {
			return err
		}
		if err := scanParticipants(rows, out, byEvent); err != nil {
			return err
		}
	}
	return nil
}

// participantsOf is the query of the participants of the events that
// match where (a condition on events e): event ID, actor ID, name and
// country, in event and then participant order. The participants are a
// JSON array of actor IDs in events.participants (migration 0007).
func participantsOf(where string) string {
	return `SELECT e.id, p.value, ac.name, ac.country
		FROM events e JOIN json_each(e.participants) p JOIN actors ac ON ac.id = p.value
		WHERE ` + where + ` ORDER BY e.id, p.key`
}

// scanParticipants reads rows of (event ID, actor ID, name, country), in
// event and position order, into the participants of the mentions in out;
// it closes rows.
func scanParticipants(rows *sql.Rows, out map[int64][]store.Mention, byEvent map[int64][2]int64) error {
	defer rows.Close()
	for rows.Next() {
		var eid int64
		var r parley.ActorRef
		if err := rows.Scan(&eid, &r.ID, &r.Name, &r.Country); err != nil {
			return err
		}
		at, ok := byEvent[eid]
		if !ok {
			continue
		}
		m := &out[at[0]][at[1]]
		if r.ID != m.Source.ID && r.ID != m.Target.ID {
			m.Participants = append(m.Participants, r)
		}
	}
	return rows.Close()
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
	return s.writeTx(ctx, op, func(tx *sql.Tx) error { return s.relinkAll(ctx, tx) })
}

func (s *Store) relinkAll(ctx context.Context, tx *sql.Tx) error {
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
	st := s.bind(ctx, tx)
	defer st.close()
	l := s.newLinker(ctx, st)
	for i, id := range arts {
		an, eids, err := readForLinking(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
		ref := store.ArticleRef{ID: id, URL: an.Article.URL, Title: an.Article.Title, Site: an.Article.SiteName, Published: an.Article.Published}
		if err := l.linkEvents(ref, an, eids); err != nil {
			return err
		}
		// Written out now and then, so that memory holds the
		// happenings of a batch of articles, not of the whole database.
		if (i+1)%relinkBatch == 0 {
			if err := l.flush(true); err != nil {
				return err
			}
		}
	}
	return l.flush(true)
}

// relinkBatch is how many articles Relink links between flushes.
const relinkBatch = 256

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
	if an.Mentions, an.Dates, err = readAnnotations(ctx, tx, id, art.Text); err != nil {
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
