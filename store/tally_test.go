package store

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"math/rand/v2"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"parley"
)

// The rules as they were first written, over the list of a happening's
// mentions in SortMentions order, kept here as the oracle the tally must
// agree with: the tally is built from mentions in any order and updated
// one at a time, so agreeing with the list rules on every random
// happening is what makes it safe to store.

// aligned returns the happening's two sides oriented to the mention m:
// the parties that stand where m's source and m's target stand. It fails
// when a mention of the happening is filed under other side keys, or
// under the reverse ones for an act that is not joint.
func listAligned(m *Mention, h []Mention) (src, tgt []Party, ok bool) {
	ks, kt := SideKey(m.Source), SideKey(m.Target)
	for i := range h {
		o := &h[i]
		os, ot := SideKey(o.Source), SideKey(o.Target)
		switch {
		case os == ks && ot == kt:
			src, tgt = append(src, o.Source), append(tgt, o.Target)
		case symmetric(m.Type) && os == kt && ot == ks:
			src, tgt = append(src, o.Target), append(tgt, o.Source)
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
func listDateAgrees(m *Mention, h []Mention, hDate parley.Date) bool {
	switch {
	case m.Date.IsZero() && hDate.IsZero():
		return listNearPublication(m, h)
	case m.Date.IsZero():
		return !m.Article.Published.IsZero() && within(parley.DateOf(m.Article.Published), hDate, undatedWindow)
	case hDate.IsZero():
		return listAnyNear(h, m.Date)
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
	out := m.Outlet()
	for i := range h {
		if h[i].Article.ID == m.Article.ID || (out != "" && h[i].Outlet() == out) {
			return false
		}
	}
	return true
}

// nearPublication reports whether every mention of h was published within
// undatedWindow days of m's article.
func listNearPublication(m *Mention, h []Mention) bool {
	if m.Article.Published.IsZero() || len(h) == 0 {
		return false
	}
	pub := parley.DateOf(m.Article.Published)
	for i := range h {
		if h[i].Article.Published.IsZero() || !within(pub, parley.DateOf(h[i].Article.Published), undatedWindow) {
			return false
		}
	}
	return true
}

// anyNear reports whether one of the mentions was published within the
// undated window of day d.
func listAnyNear(h []Mention, d parley.Date) bool {
	for i := range h {
		if !h[i].Article.Published.IsZero() && within(parley.DateOf(h[i].Article.Published), d, undatedWindow) {
			return true
		}
	}
	return false
}

// listLinks is Links as it was written over the list of mentions.
func listLinks(m *Mention, h []Mention) int {
	c := Candidate{}
	if len(h) > 0 {
		c = Candidate{Type: h[0].Type, Date: listBestDate(h), Medium: listBestMedium(h), Location: listBestPlace(h)}
	}
	if len(h) == 0 || !c.Fits(m) || PairKey(m) != PairKey(&h[0]) {
		return 0
	}
	src, tgt, ok := listAligned(m, h)
	if !ok || !sameSide(m.Source, src) {
		return 0
	}
	if m.Target.ID != "" && !sameSide(m.Target, nonZero(tgt)) {
		return 0
	}
	if !listDateAgrees(m, h, c.Date) {
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
	if len(h) > 1 {
		score++
	}
	return score
}

// Summarize says what the mentions of one happening tell together; see
// Happening for each field. The mentions must share a type. Status:
//   - occurred when a mention says so and its article was published no
//     earlier than the day before the happening's date (a preview that
//     wrongly says "met" does not confirm a meeting of the next day);
//   - cancelled when a mention says the happening did not take place
//     ("called off", "postponed", "did not meet") and another planned it;
//   - else planned, when a mention plans it; negated, when one denies it;
//     hypothetical otherwise.
//
// listSummarize is Summarize as it was written over the list of mentions,
// in SortMentions order, except that a tie between modes now goes to
// the first given (it went to the first to reach the highest count).
func listSummarize(ms []Mention) Happening {
	var h Happening
	if len(ms) == 0 {
		return h
	}
	h.Type = ms[0].Type
	h.Mentions = len(ms)
	h.Date = listBestDate(ms)
	h.Medium = listBestMedium(ms)
	h.Location = listBestPlace(ms)
	h.Mode = listBestString(ms, func(m *Mention) string { return m.Mode })
	h.Source, h.Target = listBestPair(ms)
	h.Status = listBestStatus(ms, h.Date)

	articles := map[int64]bool{}
	outlets := map[string]bool{}
	seen := map[string]bool{}
	addActor := func(r parley.ActorRef) {
		if r.ID != "" && !seen[r.ID] {
			seen[r.ID] = true
			h.Actors = append(h.Actors, r)
		}
	}
	for i := range ms {
		m := &ms[i]
		if !articles[m.Article.ID] {
			articles[m.Article.ID] = true
			if o := m.Outlet(); o != "" {
				outlets[o] = true
			} else {
				outlets["#"+strconv.FormatInt(m.Article.ID, 10)] = true
			}
		}
		addActor(m.Source.ActorRef)
		addActor(m.Target.ActorRef)
		for _, p := range m.Participants {
			addActor(p)
		}
		if p := m.Article.Published; !p.IsZero() {
			if h.FirstSeen.IsZero() || p.Before(h.FirstSeen) {
				h.FirstSeen = p
			}
			if p.After(h.LastSeen) {
				h.LastSeen = p
			}
		}
	}
	h.Articles, h.Outlets = len(articles), len(outlets)
	h.Announced = listFirstAnnouncement(ms)
	return h
}

// bestDate picks the most precise date, then the most reported, then the
// earliest.
func listBestDate(ms []Mention) parley.Date {
	count := map[parley.Date]int{}
	for i := range ms {
		if !ms[i].Date.IsZero() {
			count[ms[i].Date]++
		}
	}
	var best parley.Date
	for d, n := range count {
		switch {
		case best.IsZero(),
			d.Precision() > best.Precision(),
			d.Precision() == best.Precision() && n > count[best],
			d.Precision() == best.Precision() && n == count[best] && d.Before(best):
			best = d
		}
	}
	return best
}

func listBestMedium(ms []Mention) parley.Medium {
	count := map[parley.Medium]int{}
	var best parley.Medium
	for i := range ms {
		if md := ms[i].Medium; md != "" {
			count[md]++
		}
	}
	for md, n := range count {
		if best == "" || n > count[best] || n == count[best] && mediumRank[md] > mediumRank[best] {
			best = md
		}
	}
	return best
}

func listBestPlace(ms []Mention) *parley.Place {
	count := map[parley.Place]int{}
	var order []parley.Place
	for i := range ms {
		if p := ms[i].Location; p != nil {
			if count[*p] == 0 {
				order = append(order, *p)
			}
			count[*p]++
		}
	}
	if len(order) == 0 {
		return nil
	}
	best := order[0]
	for _, p := range order[1:] {
		// A named city beats a bare country; then the most reported.
		if count[p] > count[best] || count[p] == count[best] && best.Name == "" && p.Name != "" {
			best = p
		}
	}
	return &best
}

func listBestString(ms []Mention, f func(*Mention) string) string {
	count := map[string]int{}
	var order []string
	for i := range ms {
		if s := f(&ms[i]); s != "" {
			if count[s] == 0 {
				order = append(order, s)
			}
			count[s]++
		}
	}
	best := ""
	for _, s := range order {
		if count[s] > count[best] {
			best = s
		}
	}
	return best
}

// bestPair picks the source and target most mentions name, preferring
// people over states (the more specific report), and for joint acts
// counting both orders together.
func listBestPair(ms []Mention) (parley.ActorRef, parley.ActorRef) {
	type pair struct{ s, t parley.ActorRef }
	count := map[[2]string]int{}
	first := map[[2]string]pair{}
	var order [][2]string
	for i := range ms {
		m := &ms[i]
		k := [2]string{m.Source.ID, m.Target.ID}
		if symmetric(m.Type) {
			if r := [2]string{k[1], k[0]}; count[r] > 0 {
				k = r
			}
		}
		if count[k] == 0 {
			order = append(order, k)
			p := pair{m.Source.ActorRef, m.Target.ActorRef}
			if k[0] != m.Source.ID {
				p = pair{m.Target.ActorRef, m.Source.ActorRef}
			}
			first[k] = p
		}
		count[k]++
	}
	people := func(k [2]string) int {
		n := 0
		for _, id := range k {
			if strings.HasPrefix(id, "person:") || strings.HasPrefix(id, "new:person:") {
				n++
			}
		}
		return n
	}
	best := order[0]
	for _, k := range order[1:] {
		if people(k) > people(best) || people(k) == people(best) && count[k] > count[best] {
			best = k
		}
	}
	return first[best].s, first[best].t
}

func listBestStatus(ms []Mention, date parley.Date) parley.Status {
	var occurred, planned, negated, cancelled, hypothetical bool
	for i := range ms {
		m := &ms[i]
		switch m.Status {
		case parley.Occurred:
			if listConfirms(m, date) {
				occurred = true
			} else {
				planned = true // a "report" written before the day can only be a preview
			}
		case parley.Planned:
			planned = true
		case parley.Negated:
			negated = true
			low := strings.ToLower(m.Evidence.Sentence)
			for _, w := range cancelWords {
				if strings.Contains(low, w) {
					cancelled = true
				}
			}
		case parley.Hypothetical:
			hypothetical = true
		}
	}
	switch {
	case occurred:
		return parley.Occurred
	case negated && (planned || cancelled):
		return parley.Cancelled
	case planned:
		return parley.Planned
	case negated:
		return parley.Negated
	case hypothetical:
		return parley.Hypothetical
	}
	return parley.Occurred
}

// confirms reports whether an occurred mention can confirm a happening of
// the given date: its article was published after the date had begun
// somewhere on Earth (UTC+14), or its publication or the date is unknown.
// A page that gives only its day (a zero clock in UTC) counts as published
// at the end of that day.
func listConfirms(m *Mention, date parley.Date) bool {
	pub := m.Article.Published
	if pub.IsZero() || date.IsZero() {
		return true
	}
	if pub.Location() == time.UTC && pub.Hour() == 0 && pub.Minute() == 0 && pub.Second() == 0 && pub.Nanosecond() == 0 {
		pub = pub.Add(24*time.Hour - time.Second)
	}
	return !pub.Before(date.First().Add(-14 * time.Hour))
}

// firstAnnouncement returns the announcement of the earliest published
// mention that names one.
func listFirstAnnouncement(ms []Mention) *Announcement {
	var best *Announcement
	for i := range ms {
		a := ms[i].Announced
		if a == nil {
			continue
		}
		if best == nil || earlier(a.Article.Published, best.Article.Published) {
			best = a
		}
	}
	if best == nil {
		return nil
	}
	c := *best
	return &c
}

// tallyPool is what random mentions are drawn from: few values, so that
// they repeat and tie as the mentions of one happening do.
type tallyPool struct {
	parties  []Party
	articles []ArticleRef
}

func newTallyPool() tallyPool {
	utc8 := time.FixedZone("", 8*3600)
	return tallyPool{
		parties: []Party{
			{ActorRef: parley.ActorRef{ID: "state:CHN", Name: "China", Country: "CHN"}, Kind: parley.State},
			{ActorRef: parley.ActorRef{ID: "state:RUS", Name: "Russia", Country: "RUS"}, Kind: parley.State},
			{ActorRef: parley.ActorRef{ID: "person:xi-jinping", Name: "Xi Jinping", Country: "CHN"}, Kind: parley.Person, Leader: true},
			{ActorRef: parley.ActorRef{ID: "person:vladimir-putin", Name: "Vladimir Putin", Country: "RUS"}, Kind: parley.Person, Leader: true},
			{ActorRef: parley.ActorRef{ID: "person:wang-yi", Name: "Wang Yi", Country: "CHN"}, Kind: parley.Person},
			{ActorRef: parley.ActorRef{ID: "new:person:li-an", Name: "Li An", Country: "CHN"}, Kind: parley.Person},
			{ActorRef: parley.ActorRef{ID: "org:un", Name: "United Nations"}, Kind: parley.Organization},
		},
		articles: []ArticleRef{
			{ID: 1, URL: "https://www.one.example/a", Published: time.Date(2021, 6, 27, 10, 0, 0, 0, time.UTC)},
			{ID: 2, URL: "https://one.example/b", Published: time.Date(2021, 6, 28, 0, 0, 0, 0, time.UTC)},
			{ID: 3, Site: "Two", Published: time.Date(2021, 6, 28, 9, 0, 0, 0, utc8)},
			{ID: 4, Site: "two", Published: time.Date(2021, 6, 28, 1, 0, 0, 0, time.UTC)},
			{ID: 5},
			{ID: 6, URL: "https://three.example/c"},
			{ID: 7, Site: "Four", Published: time.Date(2021, 7, 2, 12, 0, 0, 0, time.UTC)},
			{ID: 8, Published: time.Date(2021, 6, 29, 23, 0, 0, 0, time.UTC)},
			{ID: 9, Site: "Two", Published: time.Date(2021, 6, 28, 1, 0, 0, 0, time.UTC)},
		},
	}
}

func (p tallyPool) actor(id string) (parley.ActorRef, parley.ActorKind, error) {
	for _, q := range p.parties {
		if q.ID == id {
			return q.ActorRef, q.Kind, nil
		}
	}
	return parley.ActorRef{}, "", &url.Error{Op: "actor", URL: id}
}

var (
	tallyDates = []string{"", "2021-06-28", "2021-06-27", "2021-06-29", "2021-06", "2021", "2021-06-25", "2021-07-02"}
	tallyMedia = []parley.Medium{"", parley.InPerson, parley.Virtual, parley.Phone}
	tallyModes = []string{"", "visit", "call"}
	tallyStats = []parley.Status{parley.Occurred, parley.Occurred, parley.Planned, parley.Negated, parley.Hypothetical}
	tallyWords = []string{"They met.", "The talks were called off.", "They did not meet."}
	tallyPlace = []*parley.Place{nil, {Name: "Geneva", Country: "CHE"}, {Country: "CHE"}, {Name: "Moscow", Country: "RUS"}, {Name: "Villa"}}
)

// mention draws one mention of type typ; event is its event ID.
func (p tallyPool) mention(r *rand.Rand, typ parley.EventType, event int64) Mention {
	m := Mention{EventID: event, Type: typ, Article: p.articles[r.IntN(len(p.articles))]}
	// Sides mostly from the two states and their leaders, so that the
	// mentions share a pair key as a happening's do.
	pick := func() Party {
		if r.IntN(5) == 0 {
			return p.parties[r.IntN(len(p.parties))]
		}
		return p.parties[r.IntN(4)]
	}
	m.Source = pick()
	if r.IntN(6) != 0 {
		m.Target = pick()
	}
	if r.IntN(8) != 0 {
		// China's side and Russia's, as most mentions of a happening have them.
		m.Source, m.Target = p.parties[2*r.IntN(2)], p.parties[1+2*r.IntN(2)]
		if r.IntN(3) == 0 {
			m.Source, m.Target = m.Target, m.Source
		}
	}
	for range r.IntN(3) {
		if q := pick(); q.ID != m.Source.ID && q.ID != m.Target.ID {
			m.Participants = append(m.Participants, q.ActorRef)
		}
	}
	m.Date, _ = parley.ParseDate(tallyDates[r.IntN(len(tallyDates))])
	m.Medium = tallyMedia[r.IntN(len(tallyMedia))]
	m.Mode = tallyModes[r.IntN(len(tallyModes))]
	m.Status = tallyStats[r.IntN(len(tallyStats))]
	m.Evidence.Sentence = tallyWords[r.IntN(len(tallyWords))]
	m.Location = tallyPlace[r.IntN(len(tallyPlace))]
	if r.IntN(4) == 0 {
		m.Announced = &Announcement{By: pick().ActorRef, Role: "Spokesperson", On: parley.DateOf(m.Article.Published), Article: m.Article}
	}
	return m
}

// randomHappening draws up to 12 mentions of one type.
func (p tallyPool) randomHappening(r *rand.Rand) []Mention {
	typ := []parley.EventType{parley.Consult, parley.Accuse, parley.Agree}[r.IntN(3)]
	ms := make([]Mention, 1+r.IntN(12))
	for i := range ms {
		ms[i] = p.mention(r, typ, int64(100+i))
		if i > 0 && r.IntN(3) != 0 {
			// Most reports agree with the first on when, how and where.
			ms[i].Date, ms[i].Medium, ms[i].Location = ms[0].Date, ms[0].Medium, ms[0].Location
		}
	}
	return ms
}

// The tally, built from the mentions in any order, says what the list
// rules say of them in SortMentions order, and links as they link.
func TestTallyIsTheListRules(t *testing.T) {
	p := newTallyPool()
	r := rand.New(rand.NewPCG(1, 2))
	linked := 0
	for i := range 6000 {
		ms := p.randomHappening(r)
		sorted := slices.Clone(ms)
		SortMentions(sorted)
		r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		tl := TallyOf(ms)
		if got, want := tl.String(), TallyOf(sorted).String(); got != want {
			t.Fatalf("happening %d: in another order the tally is\n%s\nnot\n%s", i, got, want)
		}
		got, _ := tl.MarshalBinary()
		want, _ := TallyOf(sorted).MarshalBinary()
		if !bytes.Equal(got, want) {
			t.Fatalf("happening %d: in another order the tally is stored otherwise", i)
		}
		if got, want := tl.Summary(), listSummarize(sorted); !reflect.DeepEqual(got, want) {
			t.Fatalf("happening %d: the tally says\n%+v\nthe list rules\n%+v\nmentions %+v", i, got, want, sorted)
		}
		for range 5 {
			m := p.mention(r, sorted[0].Type, 999)
			got, want := tl.Links(&m), listLinks(&m, sorted)
			if got != want {
				t.Fatalf("happening %d: the tally links %+v with score %d, the list rules %d\nmentions %+v", i, m, got, want, sorted)
			}
			if got > 0 {
				linked++
			}
		}
	}
	if linked < 2000 {
		t.Errorf("only %d probes linked: the draw should make more happenings that fit", linked)
	}
}

// A tally stored and read back, its actors resolved, weighs and sums up
// mentions as before, and goes on doing so as mentions are added to it.
func TestTallyRoundTrip(t *testing.T) {
	p := newTallyPool()
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 2000 {
		ms := p.randomHappening(r)
		split := r.IntN(len(ms)) + 1
		tl := TallyOf(ms[:split])
		b, err := tl.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Tally
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("happening %d: %v", i, err)
		}
		if err := back.Resolve(p.actor); err != nil {
			t.Fatal(err)
		}
		for _, m := range ms[split:] {
			tl.Add(&m)
			back.Add(&m)
		}
		got, want := back.Summary(), tl.Summary()
		if !got.FirstSeen.Equal(want.FirstSeen) || !got.LastSeen.Equal(want.LastSeen) {
			t.Fatalf("happening %d: seen %v–%v read back, %v–%v before", i, got.FirstSeen, got.LastSeen, want.FirstSeen, want.LastSeen)
		}
		got.FirstSeen, got.LastSeen, want.FirstSeen, want.LastSeen = time.Time{}, time.Time{}, time.Time{}, time.Time{}
		want.Announced = nil // a tally read back knows the announcing event only
		if got.Announced != nil && split < len(ms) {
			got.Announced = nil // unless a later mention brought one
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("happening %d: read back it says\n%+v\nbefore\n%+v", i, got, want)
		}
		if a, b := back.AnnouncedBy(); true {
			if c, d := tl.AnnouncedBy(); a != c || b != d {
				t.Fatalf("happening %d: announced by event %d (%v) read back, %d (%v) before", i, a, b, c, d)
			}
		}
		for range 5 {
			m := p.mention(r, ms[0].Type, 999)
			if got, want := back.Links(&m), tl.Links(&m); got != want {
				t.Fatalf("happening %d: read back it links %+v with %d, before with %d", i, m, got, want)
			}
		}
	}
}

// A damaged tally is refused with an error, whatever the damage.
func TestTallyUnmarshalRefusesDamage(t *testing.T) {
	p := newTallyPool()
	r := rand.New(rand.NewPCG(5, 6))
	b, err := TallyOf(p.randomHappening(r)).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(b) {
		var tl Tally
		if err := tl.UnmarshalBinary(b[:n]); err == nil {
			t.Errorf("the first %d of %d bytes were taken for a tally", n, len(b))
		}
	}
	// Any one bit flipped is caught by the checksum.
	for i := 1; i < len(b); i++ {
		for bit := range 8 {
			d := slices.Clone(b)
			d[i] ^= 1 << bit
			var tl Tally
			if err := tl.UnmarshalBinary(d); err == nil {
				t.Fatalf("byte %d with bit %d flipped was taken for a tally", i, bit)
			}
		}
	}
	var tl Tally
	if err := tl.UnmarshalBinary(append(slices.Clone(b), 0)); err == nil {
		t.Error("a trailing byte was taken for a tally")
	}
	// Bytes after the body, under a good checksum.
	if err := tl.UnmarshalBinary(withChecksum(append(slices.Clone(b[:len(b)-4]), 0))); err == nil || !strings.Contains(err.Error(), "trailing") {
		t.Errorf("a trailing byte under its checksum: got %v", err)
	}
	b[0] = 99
	if err := tl.UnmarshalBinary(b); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("another version: got %v", err)
	}
}

// withChecksum appends the checksum of b, as MarshalBinary ends a tally.
func withChecksum(b []byte) []byte {
	return binary.BigEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

// The fuzzer writes the version and the tables and body; the checksum
// is added, so that what it tries reaches the decoder. What decodes must
// encode, decode again, resolve, sum up, weigh and take a mention.
func FuzzTallyUnmarshal(f *testing.F) {
	p := newTallyPool()
	r := rand.New(rand.NewPCG(7, 8))
	for range 8 {
		b, _ := TallyOf(p.randomHappening(r)).MarshalBinary()
		f.Add(b[:len(b)-4])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var tl Tally
		if tl.UnmarshalBinary(withChecksum(slices.Clone(b))) != nil {
			return
		}
		again, err := tl.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var tl2 Tally
		if err := tl2.UnmarshalBinary(again); err != nil {
			t.Fatalf("a tally read back cannot be read again: %v", err)
		}
		err = tl.Resolve(func(id string) (parley.ActorRef, parley.ActorKind, error) {
			return parley.ActorRef{ID: id, Name: id}, parley.Person, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		_ = tl.Summary()
		_, _, _ = tl.PublicationDays()
		m := p.mention(rand.New(rand.NewPCG(1, 1)), tl.Type, 1)
		_ = tl.Links(&m)
		tl.Add(&m)
		if _, err := tl.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	})
}

// go test -run XXX -bench Tally -benchmem ./store
func BenchmarkTallyMarshal(b *testing.B) {
	for _, n := range []int{1, 12, 200} {
		b.Run(strconv.Itoa(n)+" mentions", func(b *testing.B) {
			p := newTallyPool()
			r := rand.New(rand.NewPCG(9, 10))
			tl := &Tally{}
			for i := range n {
				m := p.mention(r, parley.Consult, int64(i))
				m.Article.ID = int64(i) // a popular happening: every mention its own article
				tl.Add(&m)
			}
			var size int
			for b.Loop() {
				buf, _ := tl.MarshalBinary()
				size = len(buf)
			}
			b.ReportMetric(float64(size), "bytes")
		})
	}
}

// A summit whose reports each name a participant no other names: the
// lookups by actor and the encoding's tables go by map past a few dozen.
func BenchmarkTallyManyActors(b *testing.B) {
	for _, n := range []int{100, 2000, 8000} {
		b.Run(strconv.Itoa(n)+" actors", func(b *testing.B) {
			p := newTallyPool()
			r := rand.New(rand.NewPCG(11, 12))
			ms := make([]Mention, n)
			for i := range ms {
				ms[i] = p.mention(r, parley.Consult, int64(i))
				ms[i].Participants = []parley.ActorRef{{ID: "new:person:p" + strconv.Itoa(i)}}
			}
			for b.Loop() {
				if _, err := TallyOf(ms).MarshalBinary(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTallyUnmarshal(b *testing.B) {
	p := newTallyPool()
	r := rand.New(rand.NewPCG(9, 10))
	buf, _ := TallyOf(p.randomHappening(r)).MarshalBinary()
	for b.Loop() {
		var tl Tally
		if err := tl.UnmarshalBinary(buf); err != nil {
			b.Fatal(err)
		}
	}
}
