package sqlite

import (
	"sort"
	"strings"
)

// writeCache keeps, from one write transaction to the next, what the
// writer would otherwise read back for every article: the actors table's
// records of the actors it has seen, and the linking summary of every
// happening (candRow) of the pair keys and types it has linked. Reading
// them was the larger part of linking's cost on a growing database (the
// candidate query alone about 50 µs an event).
//
// It is trusted only while it is known to match the database:
//
//   - a transaction that uses it first reads PRAGMA data_version, which
//     changes when another connection (another process) commits; a
//     change empties the cache;
//   - what a transaction changes is applied only once it commits;
//   - a transaction that fails, or one that did not keep the cache up to
//     date (Relink, a migration, any other write), empties it;
//   - a ROLLBACK TO of one article forgets the actors (the happenings'
//     rows are written only at the batch's end, after any rollback).
//
// It is bounded in bytes; over the bound, whole pair keys are dropped.
// The writer's lock (Store.wmu) guards it: it is used only inside
// writeTx.
type writeCache struct {
	valid   bool
	version int64 // PRAGMA data_version when the cache was last checked
	// The bytes held, roughly, by actors and by keys.
	actorBytes, keyBytes int
	actors               map[string]actorRec
	keys                 map[string]*keyRows // by linkKey
	strs                 *strTable           // the rows' strings

	// The open transaction: whether it keeps the cache up to date, the
	// actors' records as it has written them, and the happenings' rows
	// its flush wrote.
	open     bool
	txActors map[string]actorRec
	pending  []keyedRow
}

// writeCacheBytes bounds the cache: about 200,000 happenings. (The
// process grows by up to four times what the cache holds, with GOGC=300
// in ingest; see tuneGC in cmd/parley.) A variable for tests.
var writeCacheBytes = 8 << 20

// actorRec is an actor's row of the actors table.
type actorRec struct {
	name, kind, country, wikidata string
	known                         bool
}

// upserted returns the record sqlUpsertActor leaves when it stores n
// over r: a known actor's record replaces any other, never the reverse,
// and an empty Wikidata ID keeps the stored one.
func (r actorRec) upserted(n actorRec) actorRec {
	if r.known && !n.known {
		return r
	}
	if n.wikidata == "" {
		n.wikidata = r.wikidata
	}
	return n
}

func (r actorRec) bytes() int {
	return 96 + len(r.name) + len(r.kind) + len(r.country) + len(r.wikidata)
}

// candRow is a happening's row as linking judges it first (the columns
// of candidateColumns); NULL columns are empty, except that located
// tells a NULL location_name.
type candRow struct {
	id                            int64
	date, medium                  string
	locName, locCountry           string
	located                       bool
	dateFirst, dateLast, firstDay string
}

// strTable interns the strings of the cached rows: days, media and
// places repeat across happenings, so a row holds references of four
// bytes and no pointers, which the collector does not scan.
type strTable struct {
	strs []string
	refs map[string]uint32
}

// ref returns the reference of s, adding it; grown is the bytes added.
func (t *strTable) ref(s string) (ref uint32, grown int) {
	if r, ok := t.refs[s]; ok {
		return r, 0
	}
	r := uint32(len(t.strs))
	t.strs = append(t.strs, s)
	t.refs[s] = r
	return r, 64 + len(s)
}

// packedRow is a candRow in the cache, its strings as references.
type packedRow struct {
	id                            int64
	date, medium                  uint32
	locName, locCountry           uint32
	dateFirst, dateLast, firstDay uint32
	located                       bool
}

// packedRowBytes is a packedRow's size.
const packedRowBytes = 40

// pack returns the row with its strings interned, and the bytes the
// table grew by.
func (t *strTable) pack(r candRow) (packedRow, int) {
	p := packedRow{id: r.id, located: r.located}
	grown := 0
	for _, f := range []struct {
		ref *uint32
		s   string
	}{{&p.date, r.date}, {&p.medium, r.medium}, {&p.locName, r.locName}, {&p.locCountry, r.locCountry},
		{&p.dateFirst, r.dateFirst}, {&p.dateLast, r.dateLast}, {&p.firstDay, r.firstDay}} {
		var n int
		*f.ref, n = t.ref(f.s)
		grown += n
	}
	return p, grown
}

func (t *strTable) unpack(p packedRow) candRow {
	return candRow{id: p.id, date: t.strs[p.date], medium: t.strs[p.medium],
		locName: t.strs[p.locName], locCountry: t.strs[p.locCountry], located: p.located,
		dateFirst: t.strs[p.dateFirst], dateLast: t.strs[p.dateLast], firstDay: t.strs[p.firstDay]}
}

// keyRows are all the happenings of one pair key and type, ordered as
// the happenings_link index orders them: by date, first day, then ID.
type keyRows struct {
	rows []packedRow
	strs *strTable
}

// before reports whether row i comes before (date, firstDay, id).
func (k *keyRows) before(i int, date, firstDay string, id int64) bool {
	r := &k.rows[i]
	if d := k.strs.strs[r.date]; d != date {
		return d < date
	}
	if f := k.strs.strs[r.firstDay]; f != firstDay {
		return f < firstDay
	}
	return r.id < id
}

// from returns the index of the first row at or after (date, firstDay).
func (k *keyRows) from(date, firstDay string) int {
	return sort.Search(len(k.rows), func(i int) bool { return !k.before(i, date, firstDay, 0) })
}

func (k *keyRows) date(i int) string     { return k.strs.strs[k.rows[i].date] }
func (k *keyRows) firstDay(i int) string { return k.strs.strs[k.rows[i].firstDay] }

// window returns the rows sqlLinkCandidates gives for w: dated by a day
// from w.dayLo to w.dayHi, by one of w.coarse, or undated and first
// reported from w.seenLo to w.seenHi.
func (k *keyRows) window(w linkWindow) []candRow {
	var out []candRow
	for i := k.from(w.dayLo, ""); i < len(k.rows) && k.date(i) <= w.dayHi; i++ {
		if len(k.date(i)) == len("2006-01-02") {
			out = append(out, k.strs.unpack(k.rows[i]))
		}
	}
	for _, c := range w.coarse {
		for i := k.from(c, ""); i < len(k.rows) && k.date(i) == c; i++ {
			out = append(out, k.strs.unpack(k.rows[i]))
		}
	}
	for i := k.from("", w.seenLo); i < len(k.rows) && k.date(i) == "" && k.firstDay(i) <= w.seenHi; i++ {
		out = append(out, k.strs.unpack(k.rows[i]))
	}
	return out
}

func (k *keyRows) bytes(key string) int { return len(key) + 64 + packedRowBytes*len(k.rows) }

// put adds a row or replaces the row of its ID; it returns the change in
// bytes.
func (k *keyRows) put(r candRow) int {
	grown := packedRowBytes
	for i := range k.rows {
		if k.rows[i].id == r.id {
			k.rows = append(k.rows[:i], k.rows[i+1:]...)
			grown = 0
			break
		}
	}
	p, n := k.strs.pack(r)
	grown += n
	i := sort.Search(len(k.rows), func(i int) bool { return !k.before(i, r.date, r.firstDay, r.id) })
	k.rows = append(k.rows, packedRow{})
	copy(k.rows[i+1:], k.rows[i:])
	k.rows[i] = p
	return grown
}

// keyedRow is a happening's row as a flush wrote it, with its linkKey
// and its type.
type keyedRow struct {
	key, typ string
	row      candRow
}

// reset empties the cache.
func (c *writeCache) reset() {
	*c = writeCache{}
}

// begin starts a transaction that keeps the cache up to date; version is
// the database's data_version read inside it.
func (c *writeCache) begin(version int64) {
	if !c.valid || version != c.version {
		c.reset()
		c.valid, c.version = true, version
		c.actors, c.keys, c.strs = map[string]actorRec{}, map[string]*keyRows{}, newStrTable()
	}
	c.open, c.txActors, c.pending = true, map[string]actorRec{}, nil
}

// actor returns the stored record of an actor, as the open transaction
// sees it, if known.
func (c *writeCache) actor(id string) (actorRec, bool) {
	if r, ok := c.txActors[id]; ok {
		return r, true
	}
	r, ok := c.actors[id]
	return r, ok
}

// rolledBack follows a ROLLBACK TO of one article: the actors it wrote
// may have gone back to records the cache no longer holds.
func (c *writeCache) rolledBack() {
	c.actors, c.txActors, c.actorBytes = map[string]actorRec{}, map[string]actorRec{}, 0
}

// addKey holds the rows of a pair key and type read from the database.
func (c *writeCache) addKey(key string, rows []candRow) *keyRows {
	sort.Slice(rows, func(i, j int) bool {
		a, b := &rows[i], &rows[j]
		if a.date != b.date {
			return a.date < b.date
		}
		if a.firstDay != b.firstDay {
			return a.firstDay < b.firstDay
		}
		return a.id < b.id
	})
	k := &keyRows{rows: make([]packedRow, len(rows)), strs: c.strs}
	for i := range rows {
		var grown int
		k.rows[i], grown = c.strs.pack(rows[i])
		c.keyBytes += grown
	}
	c.keys[key] = k
	c.keyBytes += k.bytes(key)
	return k
}

func newStrTable() *strTable { return &strTable{refs: map[string]uint32{}} }

// ended ends a write transaction: one that committed with the cache kept
// up to date has its changes applied; any other empties the cache.
func (c *writeCache) ended(committed bool) {
	if !committed || !c.open {
		c.reset()
		return
	}
	for id, r := range c.txActors {
		if old, ok := c.actors[id]; ok {
			c.actorBytes -= old.bytes()
		}
		c.actors[id] = r
		c.actorBytes += r.bytes()
	}
	for _, p := range c.pending {
		if k := c.keys[p.key]; k != nil {
			c.keyBytes += k.put(p.row)
		}
		// A key not held is read whole when next needed.
	}
	c.open, c.txActors, c.pending = false, nil, nil
	c.trim()
}

// trim drops whole keys (in map order, which is as good as any), then
// the actors, until the cache is well under its bound.
func (c *writeCache) trim() {
	if c.actorBytes+c.keyBytes <= writeCacheBytes {
		return
	}
	for key, k := range c.keys {
		delete(c.keys, key)
		c.keyBytes -= k.bytes(key)
		if c.actorBytes+c.keyBytes <= writeCacheBytes*3/4 {
			return
		}
	}
	// Still over: the interned strings and the actors go too.
	c.keys, c.strs, c.keyBytes = map[string]*keyRows{}, newStrTable(), 0
	c.actors, c.actorBytes = map[string]actorRec{}, 0
}

// keyType returns the event type of a linkKey.
func keyType(key string) string {
	_, t, _ := strings.Cut(key, "\x00")
	return t
}
