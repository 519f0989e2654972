package store

import (
	"encoding/binary"
	"hash/crc32"
	"math"
	"slices"
	"strconv"
	"time"

	"parley"
)

// The binary form of a tally, which a store keeps beside its happening:
// a version byte; a table of the strings that may recur (actor IDs,
// dates, media, modes, places); a table of mention keys (publication
// time, article and event ID); the lists, each entry referring to the
// tables by number (outlets and publication days, which do not recur,
// written in place); a CRC-32C of all that.

// tallyVersion starts the binary form; a store that reads another
// version, or a damaged value, tallies the happening's mentions again.
const tallyVersion = 1

// MarshalBinary encodes the tally for storing beside its happening; it
// puts the tally's lists in order first, so that two tallies of the same
// mentions encode alike. Actors are kept by ID (and leadership, which
// belongs to the mention): their names, kinds and countries are the
// store's to give back (Resolve).
func (t *Tally) MarshalBinary() ([]byte, error) {
	t.sortLists()
	w := tallyWriter{b: make([]byte, 0, 128)}
	w.str(string(t.Type))
	w.uint(t.N)
	w.uint(len(t.dates))
	for _, c := range t.dates {
		w.str(c.v.String())
		w.counts(c.n, c.first)
	}
	w.uint(len(t.media))
	for _, c := range t.media {
		w.str(string(c.v))
		w.counts(c.n, c.first)
	}
	w.uint(len(t.places))
	for _, c := range t.places {
		w.str(c.v.Name)
		w.str(c.v.Country)
		w.counts(c.n, c.first)
	}
	w.uint(len(t.modes))
	for _, c := range t.modes {
		w.str(c.v)
		w.counts(c.n, c.first)
	}
	w.uint(len(t.pairs))
	for _, p := range t.pairs {
		w.str(p.s.ID)
		w.str(p.t.ID)
		w.counts(p.n, p.first)
	}
	// Sides by actor and leadership alone: what differs beyond that is the
	// actors' records, which Resolve gives back alike.
	type sideIDs struct {
		s, t   string
		sl, tl bool
	}
	var ids []sideIDs
	firsts := map[sideIDs]key{}
	for _, s := range t.sides {
		k := sideIDs{s.src.ID, s.tgt.ID, s.src.Leader, s.tgt.Leader}
		f, ok := firsts[k]
		if !ok {
			ids = append(ids, k)
		}
		if !ok || s.first.before(f) {
			firsts[k] = s.first
		}
	}
	w.uint(len(ids))
	for _, k := range ids {
		w.str(k.s)
		w.str(k.t)
		w.uint(b2i(k.sl) | b2i(k.tl)<<1)
		w.key(firsts[k])
	}
	w.uint(len(t.actors))
	for _, a := range t.actors {
		w.str(a.ref.ID)
		w.key(a.first)
		w.uint(a.at)
	}
	w.uint(len(t.articles))
	var prev int64
	for _, id := range t.articles {
		w.int(id - prev)
		prev = id
	}
	w.uint(len(t.outlets))
	for _, o := range t.outlets {
		w.raw(o)
	}
	w.uint(t.bare)
	w.uint(t.undated)
	w.uint(len(t.days))
	for _, d := range t.days {
		w.raw(d.String())
	}
	flags := []bool{t.seenAny, t.occurred, t.occurredUndated, t.planned, t.negated, t.cancelled, t.hypothetical, t.hasAnnounce}
	f := 0
	for i, b := range flags {
		f |= b2i(b) << i
	}
	w.uint(f)
	if t.seenAny {
		w.time(t.firstSeen)
		w.key(t.firstSeenAt)
		w.time(t.lastSeen)
		w.key(t.lastSeenAt)
	}
	w.time(t.occurredLatest)
	if t.hasAnnounce {
		w.key(t.announcedAt)
		w.int(t.announcedBy)
	}
	return w.bytes(), nil
}

// UnmarshalBinary decodes what MarshalBinary encoded. The actors come
// back as IDs; Resolve gives them their records.
func (t *Tally) UnmarshalBinary(b []byte) error {
	if len(b) > 0 && b[0] != tallyVersion {
		return &tallyError{"version " + strconv.Itoa(int(b[0]))}
	}
	if len(b) < 5 || binary.BigEndian.Uint32(b[len(b)-4:]) != crc32.Checksum(b[:len(b)-4], castagnoli) {
		return &tallyError{"checksum"}
	}
	r := tallyReader{b: b[1 : len(b)-4]}
	r.tables()
	var u Tally
	u.Type = parley.EventType(r.str())
	u.N = r.uint()
	for range r.count() {
		d, err := parley.ParseDate(r.str())
		if err != nil {
			r.fail("date")
		}
		n, k := r.counts()
		u.dates = append(u.dates, counted[parley.Date]{d, n, k})
	}
	for range r.count() {
		v := parley.Medium(r.str())
		n, k := r.counts()
		u.media = append(u.media, counted[parley.Medium]{v, n, k})
	}
	for range r.count() {
		v := parley.Place{Name: r.str(), Country: r.str()}
		n, k := r.counts()
		u.places = append(u.places, counted[parley.Place]{v, n, k})
	}
	for range r.count() {
		v := r.str()
		n, k := r.counts()
		u.modes = append(u.modes, counted[string]{v, n, k})
	}
	for range r.count() {
		p := pairCount{s: parley.ActorRef{ID: r.str()}, t: parley.ActorRef{ID: r.str()}}
		p.n, p.first = r.counts()
		u.pairs = append(u.pairs, p)
	}
	for range r.count() {
		var s sides
		s.src.ID, s.tgt.ID = r.str(), r.str()
		f := r.uint()
		s.src.Leader, s.tgt.Leader = f&1 != 0, f&2 != 0
		s.first = r.key()
		u.sides = append(u.sides, s)
	}
	for range r.count() {
		a := seenActor{ref: parley.ActorRef{ID: r.str()}}
		a.first, a.at = r.key(), r.uint()
		u.actors = append(u.actors, a)
	}
	var prev int64
	for range r.count() {
		prev += r.int()
		u.articles = append(u.articles, prev)
	}
	for range r.count() {
		u.outlets = append(u.outlets, r.raw())
	}
	u.bare, u.undated = r.uint(), r.uint()
	for range r.count() {
		d, err := parley.ParseDate(r.raw())
		if err != nil {
			r.fail("day")
		}
		u.days = append(u.days, d)
	}
	f := r.uint()
	flags := []*bool{&u.seenAny, &u.occurred, &u.occurredUndated, &u.planned, &u.negated, &u.cancelled, &u.hypothetical, &u.hasAnnounce}
	for i, p := range flags {
		*p = f&(1<<i) != 0
	}
	if u.seenAny {
		u.firstSeen, u.firstSeenAt = r.time(), r.key()
		u.lastSeen, u.lastSeenAt = r.time(), r.key()
	}
	u.occurredLatest = r.time()
	if u.hasAnnounce {
		u.announcedAt, u.announcedBy = r.key(), r.int()
	}
	if r.err == nil && len(r.b) > 0 {
		r.fail("trailing bytes")
	}
	if r.err == nil && (len(u.sides) == 0) != (u.N == 0) {
		r.fail("no sides")
	}
	if r.err != nil {
		return r.err
	}
	*t = u
	return nil
}

// Resolve gives the tally's actors their records: name and country, and
// for the sides their kind. A tally read back (UnmarshalBinary) knows
// its actors by ID only; actor returns what the store holds for one.
func (t *Tally) Resolve(actor func(id string) (parley.ActorRef, parley.ActorKind, error)) error {
	ref := func(r *parley.ActorRef) error {
		if r.ID == "" {
			return nil
		}
		got, _, err := actor(r.ID)
		if err != nil {
			return err
		}
		r.Name, r.Country = got.Name, got.Country
		return nil
	}
	party := func(p *Party) error {
		if p.ID == "" {
			return nil
		}
		got, kind, err := actor(p.ID)
		if err != nil {
			return err
		}
		p.Name, p.Country, p.Kind = got.Name, got.Country, kind
		return nil
	}
	for i := range t.pairs {
		if err := ref(&t.pairs[i].s); err != nil {
			return err
		}
		if err := ref(&t.pairs[i].t); err != nil {
			return err
		}
	}
	for i := range t.sides {
		if err := party(&t.sides[i].src); err != nil {
			return err
		}
		if err := party(&t.sides[i].tgt); err != nil {
			return err
		}
	}
	for i := range t.actors {
		if err := ref(&t.actors[i].ref); err != nil {
			return err
		}
	}
	t.cand = nil
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tallyWriter writes a tally's body. Strings and mention keys go into
// two tables written once before it, and the body refers to them by
// number: actor IDs and days recur across the lists, and most keys are
// those of a happening's first few mentions.
type tallyWriter struct {
	b       []byte
	strList []string
	keyList []key
	// strAt and keyAt index the tables once they are long.
	strAt map[string]int
	keyAt map[key]int
}

func (w *tallyWriter) uint(n int)          { w.b = binary.AppendUvarint(w.b, uint64(n)) }
func (w *tallyWriter) int(n int64)         { w.b = binary.AppendVarint(w.b, n) }
func (w *tallyWriter) counts(n int, k key) { w.uint(n); w.key(k) }

// str writes a string that may recur (an actor ID, a date) as its
// number in the table.
func (w *tallyWriter) str(s string) {
	w.uint(intern(&w.strList, &w.strAt, s))
}

// intern returns the number of v in list, adding it when new: by a scan
// while the list is short (most tallies), by the map index past that.
func intern[T comparable](list *[]T, index *map[T]int, v T) int {
	if *index == nil {
		if i := slices.Index(*list, v); i >= 0 {
			return i
		}
		if len(*list) < manyEntries {
			*list = append(*list, v)
			return len(*list) - 1
		}
		*index = make(map[T]int, 2*len(*list))
		for i, x := range *list {
			(*index)[x] = i
		}
	}
	if i, ok := (*index)[v]; ok {
		return i
	}
	(*index)[v] = len(*list)
	*list = append(*list, v)
	return len(*list) - 1
}

// raw writes a string that does not recur (an outlet, a day) in place.
func (w *tallyWriter) raw(s string) {
	w.uint(len(s))
	w.b = append(w.b, s...)
}

func (w *tallyWriter) key(k key) {
	w.uint(intern(&w.keyList, &w.keyAt, k))
}

// bytes returns the version, the tables, the body and a checksum of
// them all.
func (w *tallyWriter) bytes() []byte {
	out := make([]byte, 0, 16+len(w.b)+16*len(w.strList)+12*len(w.keyList))
	out = append(out, tallyVersion)
	out = binary.AppendUvarint(out, uint64(len(w.strList)))
	for _, s := range w.strList {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	out = binary.AppendUvarint(out, uint64(len(w.keyList)))
	for _, k := range w.keyList {
		out = binary.AppendUvarint(out, uint64(b2i(k.known)))
		if k.known {
			out = binary.AppendVarint(out, k.sec)
			out = binary.AppendUvarint(out, uint64(k.nsec))
		}
		out = binary.AppendVarint(out, k.article)
		out = binary.AppendVarint(out, k.event)
	}
	out = append(out, w.b...)
	return binary.BigEndian.AppendUint32(out, crc32.Checksum(out, castagnoli))
}

// castagnoli is the CRC-32 polynomial of the tally's checksum: a damaged
// tally that still decodes would otherwise link on from wrong counts.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// time keeps the instant (in UTC), which is all the tally compares.
func (w *tallyWriter) time(t time.Time) {
	if t.IsZero() {
		w.uint(0)
		return
	}
	w.uint(1)
	w.int(t.Unix())
	w.uint(t.Nanosecond())
}

type tallyError struct{ what string }

func (e *tallyError) Error() string { return "tally: bad " + e.what }

// tallyReader reads what tallyWriter wrote; after the first error it
// reads zeros.
type tallyReader struct {
	b    []byte
	err  error
	strs []string
	keys []key
}

// tables reads the string and key tables.
func (r *tallyReader) tables() {
	for range r.count() {
		r.strs = append(r.strs, r.raw())
	}
	for range r.count() {
		var k key
		if r.uint() == 1 {
			k.known = true
			k.sec = r.int()
			k.nsec = int32(r.uint())
		}
		k.article, k.event = r.int(), r.int()
		r.keys = append(r.keys, k)
	}
}

func (r *tallyReader) fail(what string) {
	if r.err == nil {
		r.err = &tallyError{what}
	}
	r.b = nil
}

func (r *tallyReader) u64() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("number")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *tallyReader) uint() int {
	v := r.u64()
	if v > math.MaxInt32 {
		r.fail("number")
		return 0
	}
	return int(v)
}

// count reads a length, bounded by the bytes left (each item takes one
// at least), so a damaged value cannot ask for a huge allocation.
func (r *tallyReader) count() int {
	n := r.uint()
	if n > len(r.b) {
		r.fail("count")
		return 0
	}
	return n
}

func (r *tallyReader) int() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail("number")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *tallyReader) str() string {
	i := r.uint()
	if i >= len(r.strs) {
		r.fail("string")
		return ""
	}
	return r.strs[i]
}

func (r *tallyReader) raw() string {
	n := r.uint()
	if n > len(r.b) {
		r.fail("string")
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *tallyReader) counts() (int, key) { return r.uint(), r.key() }

func (r *tallyReader) key() key {
	i := r.uint()
	if i >= len(r.keys) {
		r.fail("key")
		return key{}
	}
	return r.keys[i]
}

func (r *tallyReader) time() time.Time {
	if r.uint() == 0 {
		return time.Time{}
	}
	sec := r.int()
	return time.Unix(sec, int64(r.uint())).UTC()
}
