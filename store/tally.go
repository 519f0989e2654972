package store

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"parley"
)

// A Tally is what a happening's mentions say together, kept so that one
// more mention can be weighed (Links) and added (Add) without reading
// the others: how often each date, medium, place, mode and pair is given,
// the distinct sides, actors, articles, outlets and publication days, and
// the status each kind of mention supports. Where a rule prefers the
// first mention (in SortMentions order), the tally keeps when each value
// was first seen, so adding mentions in any order gives the same tally.
//
// A store keeps each happening's tally beside its row (MarshalBinary)
// and brings it up to date as mentions arrive; reading every mention
// back for every new one would cost a popular happening — a summit
// reported by thousands of pages — time quadratic in its size.
//
// Summarize and Links over a list of mentions are a tally of the list.
type Tally struct {
	Type parley.EventType
	// N counts the mentions.
	N int

	dates  []counted[parley.Date]
	media  []counted[parley.Medium]
	places []counted[parley.Place]
	modes  []counted[string]
	pairs  []pairCount
	sides  []sides
	actors []seenActor
	// actorAt finds an actor in actors by ID once there are many (a
	// summit's participants over thousands of reports); nil until then,
	// and whenever actors is reordered.
	actorAt map[string]int

	articles []int64  // sorted
	outlets  []string // sorted, those Mention.Outlet names
	bare     int      // articles without an outlet: each one an outlet of its own
	days     []parley.Date
	undated  int // mentions whose article has no publication time

	// The first and last publication times, and the mentions that gave them.
	firstSeen, lastSeen       time.Time
	firstSeenAt, lastSeenAt   key
	seenAny                   bool
	occurred, occurredUndated bool      // an occurred mention; one whose article has no time
	occurredLatest            time.Time // the latest such article, as confirms counts it
	planned, negated          bool
	cancelled, hypothetical   bool

	// The first mention (in SortMentions order) naming an announcer.
	announced   *Announcement // nil in a tally read back (UnmarshalBinary)
	announcedAt key
	announcedBy int64 // that mention's event ID
	hasAnnounce bool

	cand *Candidate // what Candidate returns; nil when stale
}

// key orders mentions as SortMentions does: by publication time (unknown
// last), then article and event ID.
type key struct {
	known   bool
	sec     int64
	nsec    int32
	article int64
	event   int64
}

func keyOf(m *Mention) key {
	k := key{article: m.Article.ID, event: m.EventID}
	if p := m.Article.Published; !p.IsZero() {
		k.known, k.sec, k.nsec = true, p.Unix(), int32(p.Nanosecond())
	}
	return k
}

func (a key) before(b key) bool {
	if a.known != b.known {
		return a.known
	}
	if a.known && (a.sec != b.sec || a.nsec != b.nsec) {
		return a.sec < b.sec || a.sec == b.sec && a.nsec < b.nsec
	}
	if a.article != b.article {
		return a.article < b.article
	}
	return a.event < b.event
}

// counted is one value given by n mentions, first by the mention at first.
type counted[T comparable] struct {
	v     T
	n     int
	first key
}

func bump[T comparable](cs []counted[T], v T, k key) []counted[T] {
	for i := range cs {
		if cs[i].v == v {
			cs[i].n++
			if k.before(cs[i].first) {
				cs[i].first = k
			}
			return cs
		}
	}
	return append(cs, counted[T]{v: v, n: 1, first: k})
}

// byFirst returns the values in the order they were first seen.
func byFirst[T comparable](cs []counted[T]) []counted[T] {
	out := slices.Clone(cs)
	sortFirst(out)
	return out
}

// pairCount is one source–target pair (either order, for joint acts),
// oriented and named as the first mention giving it has it.
type pairCount struct {
	s, t  parley.ActorRef
	n     int
	first key
}

// sides is one distinct combination of source and target parties.
type sides struct {
	src, tgt Party
	first    key
}

// seenActor is an actor a mention names, where it was first named: the
// mention, and its place there (source, target, then participants).
type seenActor struct {
	ref   parley.ActorRef
	first key
	at    int
}

// compareSeen orders actors as first named: by mention, then by place
// in it.
func compareSeen(a, b seenActor) int {
	if c := compareKeys(a.first, b.first); c != 0 {
		return c
	}
	return a.at - b.at
}

// comparePairs orders pairs as first given.
func comparePairs(a, b pairCount) int { return compareKeys(a.first, b.first) }

// TallyOf tallies the mentions.
func TallyOf(ms []Mention) *Tally {
	t := &Tally{}
	for i := range ms {
		t.Add(&ms[i])
	}
	return t
}

// Add counts one more mention, which must have the tally's type.
func (t *Tally) Add(m *Mention) {
	if t.N == 0 {
		t.Type = m.Type
	}
	t.N++
	t.cand = nil
	k := keyOf(m)
	if !m.Date.IsZero() {
		t.dates = bump(t.dates, m.Date, k)
	}
	if m.Medium != "" {
		t.media = bump(t.media, m.Medium, k)
	}
	if m.Location != nil {
		t.places = bump(t.places, *m.Location, k)
	}
	if m.Mode != "" {
		t.modes = bump(t.modes, m.Mode, k)
	}
	t.addPair(m, k)
	t.addSides(m.Source, m.Target, k)
	t.addActor(m.Source.ActorRef, k, 0)
	t.addActor(m.Target.ActorRef, k, 1)
	for i, p := range m.Participants {
		t.addActor(p, k, 2+i)
	}
	if i, found := slices.BinarySearch(t.articles, m.Article.ID); !found {
		t.articles = slices.Insert(t.articles, i, m.Article.ID)
		if o := m.Outlet(); o == "" {
			t.bare++
		} else if j, found := slices.BinarySearch(t.outlets, o); !found {
			t.outlets = slices.Insert(t.outlets, j, o)
		}
	}
	t.addPublication(m.Article.Published, k)
	t.addStatus(m)
	if m.Announced != nil && (!t.hasAnnounce || k.before(t.announcedAt)) {
		a := *m.Announced
		t.announced, t.announcedAt, t.announcedBy, t.hasAnnounce = &a, k, m.EventID, true
	}
}

func (t *Tally) addPair(m *Mention, k key) {
	s, g := m.Source.ID, m.Target.ID
	for i := range t.pairs {
		p := &t.pairs[i]
		if p.s.ID == s && p.t.ID == g || symmetric(m.Type) && p.s.ID == g && p.t.ID == s {
			p.n++
			if k.before(p.first) {
				p.s, p.t, p.first = m.Source.ActorRef, m.Target.ActorRef, k
			}
			return
		}
	}
	t.pairs = append(t.pairs, pairCount{s: m.Source.ActorRef, t: m.Target.ActorRef, n: 1, first: k})
}

func (t *Tally) addSides(src, tgt Party, k key) {
	for i := range t.sides {
		if s := &t.sides[i]; s.src == src && s.tgt == tgt {
			if k.before(s.first) {
				s.first = k
			}
			return
		}
	}
	t.sides = append(t.sides, sides{src: src, tgt: tgt, first: k})
}

func (t *Tally) addActor(r parley.ActorRef, k key, at int) {
	if r.ID == "" {
		return
	}
	a := seenActor{ref: r, first: k, at: at}
	i := -1
	if len(t.actors) > manyEntries {
		if t.actorAt == nil {
			t.actorAt = make(map[string]int, len(t.actors))
			for j := range t.actors {
				t.actorAt[t.actors[j].ref.ID] = j
			}
		}
		if j, ok := t.actorAt[r.ID]; ok {
			i = j
		}
	} else {
		i = slices.IndexFunc(t.actors, func(x seenActor) bool { return x.ref.ID == r.ID })
	}
	if i >= 0 {
		if compareSeen(a, t.actors[i]) < 0 {
			t.actors[i] = a
		}
		return
	}
	if t.actorAt != nil {
		t.actorAt[r.ID] = len(t.actors)
	}
	t.actors = append(t.actors, a)
}

// manyEntries is the size past which the tally's lookups (of an actor by
// ID; of a string or key while encoding) use a map instead of a scan.
const manyEntries = 32

func (t *Tally) addPublication(pub time.Time, k key) {
	if pub.IsZero() {
		t.undated++
		return
	}
	d := parley.DateOf(pub)
	if i, found := slices.BinarySearchFunc(t.days, d, compareDays); !found {
		t.days = slices.Insert(t.days, i, d)
	}
	if !t.seenAny || k.before(t.firstSeenAt) {
		t.firstSeen, t.firstSeenAt = pub, k
	}
	if !t.seenAny || pub.After(t.lastSeen) || pub.Equal(t.lastSeen) && k.before(t.lastSeenAt) {
		t.lastSeen, t.lastSeenAt = pub, k
	}
	t.seenAny = true
}

func compareDays(a, b parley.Date) int { return a.First().Compare(b.First()) }

func (t *Tally) addStatus(m *Mention) {
	switch m.Status {
	case parley.Occurred:
		t.occurred = true
		if m.Article.Published.IsZero() {
			t.occurredUndated = true
		} else if p := confirmTime(m.Article.Published); p.After(t.occurredLatest) {
			t.occurredLatest = p
		}
	case parley.Planned:
		t.planned = true
	case parley.Negated:
		t.negated = true
		low := strings.ToLower(m.Evidence.Sentence)
		for _, w := range cancelWords {
			if strings.Contains(low, w) {
				t.cancelled = true
			}
		}
	case parley.Hypothetical:
		t.hypothetical = true
	}
}

// Candidate returns what the tally says of the happening's type, date,
// medium and place.
func (t *Tally) Candidate() Candidate {
	if t.cand == nil {
		c := Candidate{Type: t.Type, Date: t.bestDate(), Medium: t.bestMedium(), Location: t.bestPlace()}
		t.cand = &c
	}
	return *t.cand
}

// Clone returns a copy that Add does not share.
func (t *Tally) Clone() *Tally {
	c := *t
	c.dates, c.media, c.places, c.modes = slices.Clone(t.dates), slices.Clone(t.media), slices.Clone(t.places), slices.Clone(t.modes)
	c.pairs, c.sides, c.actors = slices.Clone(t.pairs), slices.Clone(t.sides), slices.Clone(t.actors)
	c.articles, c.outlets, c.days = slices.Clone(t.articles), slices.Clone(t.outlets), slices.Clone(t.days)
	c.cand, c.actorAt = nil, nil
	return &c
}

// ActorIDs lists the IDs of the actors the mentions name, in first-seen
// order.
func (t *Tally) ActorIDs() []string {
	as := t.sortedActors()
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ref.ID
	}
	return out
}

func (t *Tally) sortedActors() []seenActor {
	as := slices.Clone(t.actors)
	slices.SortFunc(as, compareSeen)
	return as
}

// PublicationDays returns the earliest and latest publication day of
// the mentions, each in its article's own zone; ok is false when no
// article has a publication time.
func (t *Tally) PublicationDays() (first, last parley.Date, ok bool) {
	if len(t.days) == 0 {
		return parley.Date{}, parley.Date{}, false
	}
	return t.days[0], t.days[len(t.days)-1], true
}

// AnnouncedBy returns the event ID of the mention Summary takes the
// announcement from, and whether there is one.
func (t *Tally) AnnouncedBy() (int64, bool) { return t.announcedBy, t.hasAnnounce }

// Links scores how well m fits the happening, as the function Links does
// for a list of its mentions.
func (t *Tally) Links(m *Mention) int {
	if t.N == 0 {
		return 0
	}
	c := t.Candidate()
	if !c.Fits(m) || PairKey(m) != t.firstPairKey() {
		return 0
	}
	src, tgt, ok := t.aligned(m)
	if !ok || !sameSide(m.Source, src) {
		return 0
	}
	if m.Target.ID != "" && !sameSide(m.Target, nonZero(tgt)) {
		return 0
	}
	if !t.dateAgrees(m, c.Date) {
		return 0
	}
	score := 1
	if !m.Date.IsZero() && m.Date == c.Date {
		score += 4
	}
	if m.Medium != "" && m.Medium == c.Medium {
		score += 2
	}
	if m.Location != nil && c.Location != nil {
		score += 2
	}
	if t.N > 1 {
		score++
	}
	return score
}

// firstPairKey is the pair key of the first mention.
func (t *Tally) firstPairKey() string {
	first := 0
	for i := range t.sides {
		if t.sides[i].first.before(t.sides[first].first) {
			first = i
		}
	}
	s := &t.sides[first]
	return PairKey(&Mention{Source: s.src, Target: s.tgt})
}

// aligned returns the happening's two sides oriented to the mention m:
// the parties that stand where m's source and m's target stand. It fails
// when a mention of the happening is filed under other side keys, or
// under the reverse ones for an act that is not joint.
func (t *Tally) aligned(m *Mention) (src, tgt []Party, ok bool) {
	ks, kt := SideKey(m.Source), SideKey(m.Target)
	for i := range t.sides {
		o := &t.sides[i]
		os, ot := SideKey(o.src), SideKey(o.tgt)
		switch {
		case os == ks && ot == kt:
			src, tgt = append(src, o.src), append(tgt, o.tgt)
		case symmetric(m.Type) && os == kt && ot == ks:
			src, tgt = append(src, o.tgt), append(tgt, o.src)
		default:
			return nil, nil, false
		}
	}
	return src, tgt, true
}

// dateAgrees reports whether the mention's date can name the happening's
// day. Dates agree at their precision; day-precision dates one day apart
// agree when they come from different outlets, which date one occasion by
// different time zones ("Monday night" in Washington is Tuesday morning in
// Beijing). An undated mention agrees with a happening dated within a few
// days of its article.
func (t *Tally) dateAgrees(m *Mention, hDate parley.Date) bool {
	switch {
	case m.Date.IsZero() && hDate.IsZero():
		return t.nearPublication(m)
	case m.Date.IsZero():
		return !m.Article.Published.IsZero() && within(parley.DateOf(m.Article.Published), hDate, undatedWindow)
	case hDate.IsZero():
		return t.anyNear(m.Date)
	}
	if m.Date.Agrees(hDate) {
		return true
	}
	if m.Date.Precision() != parley.PrecisionDay || hDate.Precision() != parley.PrecisionDay {
		return false
	}
	if d := dayDiff(m.Date, hDate); d != 1 && d != -1 {
		return false
	}
	if _, same := slices.BinarySearch(t.articles, m.Article.ID); same {
		return false
	}
	if out := m.Outlet(); out != "" {
		if _, same := slices.BinarySearch(t.outlets, out); same {
			return false
		}
	}
	return true
}

// nearPublication reports whether every mention was published within
// undatedWindow days of m's article.
func (t *Tally) nearPublication(m *Mention) bool {
	if m.Article.Published.IsZero() || t.undated > 0 || len(t.days) == 0 {
		return false
	}
	pub := parley.DateOf(m.Article.Published)
	return within(pub, t.days[0], undatedWindow) && within(pub, t.days[len(t.days)-1], undatedWindow)
}

// anyNear reports whether a mention was published within the undated
// window of day d.
func (t *Tally) anyNear(d parley.Date) bool {
	lo := d.First().AddDate(0, 0, -undatedWindow)
	i := sort.Search(len(t.days), func(i int) bool { return !t.days[i].First().Before(lo) })
	return i < len(t.days) && within(t.days[i], d, undatedWindow)
}

// Summary says what the mentions tell together; see Summarize. A tally
// read back (UnmarshalBinary) knows which event announced the happening
// (AnnouncedBy) but not the announcement, so its Announced is nil.
func (t *Tally) Summary() Happening {
	var h Happening
	if t.N == 0 {
		return h
	}
	c := t.Candidate()
	h.Type, h.Mentions = t.Type, t.N
	h.Date, h.Medium, h.Location = c.Date, c.Medium, c.Location
	h.Mode = t.bestMode()
	h.Source, h.Target = t.bestPair()
	h.Status = t.bestStatus(h.Date)
	for _, a := range t.sortedActors() {
		h.Actors = append(h.Actors, a.ref)
	}
	h.Articles, h.Outlets = len(t.articles), len(t.outlets)+t.bare
	if t.seenAny {
		h.FirstSeen, h.LastSeen = t.firstSeen, t.lastSeen
	}
	if t.announced != nil {
		a := *t.announced
		h.Announced = &a
	}
	return h
}

// bestDate picks the most precise date, then the most reported, then the
// earliest.
func (t *Tally) bestDate() parley.Date {
	var best counted[parley.Date]
	for _, c := range t.dates {
		d, b := c.v, best.v
		switch {
		case b.IsZero(),
			d.Precision() > b.Precision(),
			d.Precision() == b.Precision() && c.n > best.n,
			d.Precision() == b.Precision() && c.n == best.n && d.Before(b):
			best = c
		}
	}
	return best.v
}

// mediumRank breaks ties between media: the more specific wins ("video
// call" over "call").
var mediumRank = map[parley.Medium]int{parley.InPerson: 3, parley.Virtual: 2, parley.Phone: 1}

func (t *Tally) bestMedium() parley.Medium {
	var best counted[parley.Medium]
	for _, c := range t.media {
		if best.n == 0 || c.n > best.n || c.n == best.n && mediumRank[c.v] > mediumRank[best.v] {
			best = c
		}
	}
	return best.v
}

// bestPlace picks the most reported place, a named city over a bare
// country on a tie, then the first reported.
func (t *Tally) bestPlace() *parley.Place {
	if len(t.places) == 0 {
		return nil
	}
	ps := byFirst(t.places)
	best := ps[0]
	for _, p := range ps[1:] {
		if p.n > best.n || p.n == best.n && best.v.Name == "" && p.v.Name != "" {
			best = p
		}
	}
	return &best.v
}

// bestMode picks the most given mode, the first given on a tie.
func (t *Tally) bestMode() string {
	best := counted[string]{}
	for _, c := range byFirst(t.modes) {
		if c.n > best.n {
			best = c
		}
	}
	return best.v
}

// bestPair picks the source and target most mentions name, preferring
// people over states (the more specific report), and for joint acts
// counting both orders together; the first named on a tie.
func (t *Tally) bestPair() (parley.ActorRef, parley.ActorRef) {
	if len(t.pairs) == 0 {
		return parley.ActorRef{}, parley.ActorRef{}
	}
	ps := slices.Clone(t.pairs)
	slices.SortFunc(ps, comparePairs)
	people := func(p pairCount) int {
		n := 0
		for _, id := range []string{p.s.ID, p.t.ID} {
			if strings.HasPrefix(id, "person:") || strings.HasPrefix(id, "new:person:") {
				n++
			}
		}
		return n
	}
	best := ps[0]
	for _, p := range ps[1:] {
		if people(p) > people(best) || people(p) == people(best) && p.n > best.n {
			best = p
		}
	}
	return best.s, best.t
}

// cancelWords mark a negated report of a planned happening as a
// cancellation rather than a plain denial.
var cancelWords = []string{"cancel", "called off", "call off", "calls off", "postpone", "scrapped", "scrap ", "put off", "shelved"}

// bestStatus: occurred when a mention says so and its article confirms a
// happening of the date (see confirms); cancelled when a mention denies
// it with a cancellation, or denies one another plans; else planned,
// negated or hypothetical.
func (t *Tally) bestStatus(date parley.Date) parley.Status {
	occurred := t.occurred && (t.occurredUndated || date.IsZero() || !t.occurredLatest.Before(date.First().Add(-14*time.Hour)))
	// An occurred mention that cannot confirm the date is a preview.
	planned := t.planned || t.occurred && !occurred
	switch {
	case occurred:
		return parley.Occurred
	case t.negated && (planned || t.cancelled):
		return parley.Cancelled
	case planned:
		return parley.Planned
	case t.negated:
		return parley.Negated
	case t.hypothetical:
		return parley.Hypothetical
	}
	return parley.Occurred
}

// confirmTime is the time by which an occurred report confirms a
// happening: its article's publication, after the happening's day had
// begun somewhere on Earth (UTC+14). A page that gives only its day (a
// zero clock in UTC) counts as published at the end of that day.
func confirmTime(pub time.Time) time.Time {
	if pub.Location() == time.UTC && pub.Hour() == 0 && pub.Minute() == 0 && pub.Second() == 0 && pub.Nanosecond() == 0 {
		return pub.Add(24*time.Hour - time.Second)
	}
	return pub
}

// sortLists puts the tally's lists in first-seen order, which does not
// depend on the order the mentions were added in: no two values of one
// list are first given by the same mention (no two actors by the same
// place in it). Nothing the tally says depends on its lists' order.
func (t *Tally) sortLists() {
	sortFirst(t.dates)
	sortFirst(t.media)
	sortFirst(t.places)
	sortFirst(t.modes)
	slices.SortFunc(t.pairs, comparePairs)
	slices.SortFunc(t.sides, func(a, b sides) int { return compareKeys(a.first, b.first) })
	t.actorAt = nil
	slices.SortFunc(t.actors, compareSeen)
}

func sortFirst[T comparable](cs []counted[T]) {
	slices.SortFunc(cs, func(a, b counted[T]) int { return compareKeys(a.first, b.first) })
}

func compareKeys(a, b key) int {
	switch {
	case a.before(b):
		return -1
	case b.before(a):
		return 1
	}
	return 0
}

// String writes out everything the tally holds, in an order that does
// not depend on the order of adding; two tallies of the same mentions
// give the same string.
func (t *Tally) String() string {
	c := t.Clone()
	c.sortLists()
	var b strings.Builder
	fmt.Fprintf(&b, "%s ×%d\n", c.Type, c.N)
	for _, d := range c.dates {
		fmt.Fprintf(&b, "date %s ×%d %v\n", d.v, d.n, d.first)
	}
	for _, d := range c.media {
		fmt.Fprintf(&b, "medium %s ×%d %v\n", d.v, d.n, d.first)
	}
	for _, d := range c.places {
		fmt.Fprintf(&b, "place %+v ×%d %v\n", d.v, d.n, d.first)
	}
	for _, d := range c.modes {
		fmt.Fprintf(&b, "mode %s ×%d %v\n", d.v, d.n, d.first)
	}
	for _, p := range c.pairs {
		fmt.Fprintf(&b, "pair %+v %+v ×%d %v\n", p.s, p.t, p.n, p.first)
	}
	for _, s := range c.sides {
		fmt.Fprintf(&b, "sides %+v %+v %v\n", s.src, s.tgt, s.first)
	}
	for _, a := range c.actors {
		fmt.Fprintf(&b, "actor %+v %v %d\n", a.ref, a.first, a.at)
	}
	fmt.Fprintf(&b, "articles %v outlets %q bare %d undated %d days %v\n", c.articles, c.outlets, c.bare, c.undated, c.days)
	if c.seenAny {
		fmt.Fprintf(&b, "seen %v %v – %v %v\n", c.firstSeen.UTC(), c.firstSeenAt, c.lastSeen.UTC(), c.lastSeenAt)
	}
	fmt.Fprintf(&b, "occurred %v undated %v latest %v planned %v negated %v cancelled %v hypothetical %v\n",
		c.occurred, c.occurredUndated, c.occurredLatest.UTC(), c.planned, c.negated, c.cancelled, c.hypothetical)
	if c.hasAnnounce {
		fmt.Fprintf(&b, "announced by event %d %v\n", c.announcedBy, c.announcedAt)
	}
	return b.String()
}
