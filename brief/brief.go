// Package brief writes "what to expect" briefings for two actors as of a
// date, from the happenings, quotes and dates in the store and from the
// built-in calendar: their next or latest meeting and who announced it,
// their earlier interactions and the cadence of their meetings, occasions
// near the date, each side's recent meetings with others and the tone of
// those relations, the tone of the pair over time, and what each said of
// the other. Every line carries what it rests on (articles with title,
// outlet and date, or a calendar entry), and the briefing says plainly
// what the database does not know.
//
// A briefing as of day D uses only what was known at the start of D:
// articles published on an earlier day (store.HappeningFilter.KnownBefore),
// so a briefing written for the morning of a summit does not lean on the
// evening's reports, let alone on a retrospective of years later.
package brief

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"parley"
	"parley/calendar"
	"parley/store"
)

// Source is what a briefing reads: the store's query side. It is declared
// here, where it is used; *sqlite.Store satisfies it.
type Source interface {
	Happenings(ctx context.Context, f store.HappeningFilter) ([]store.Happening, error)
	FindActors(ctx context.Context, query string) ([]parley.Actor, error)
	Analysis(ctx context.Context, id int64) (*parley.Analysis, error)
}

// Citation points to what supports a line: an article, or an entry of the
// built-in calendar (Calendar set, no article).
type Citation struct {
	ArticleID int64  `json:"article_id,omitempty"`
	Title     string `json:"title,omitempty"`
	Site      string `json:"site,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Sentence  string `json:"sentence,omitempty"`
	// Calendar names a calendar entry: "calendar/data/occasions.txt:123".
	Calendar string `json:"calendar,omitempty"`
}

// Actor is a side of the briefing as resolved.
type Actor struct {
	ID      string           `json:"id"`
	Name    string           `json:"name"`
	Kind    parley.ActorKind `json:"kind"`
	Country string           `json:"country,omitempty"`
}

// Announcement says who made a planned meeting known.
type Announcement struct {
	By     string      `json:"by"`
	ByID   string      `json:"by_id"`
	Role   string      `json:"role,omitempty"`
	On     parley.Date `json:"on"`
	Source Citation    `json:"source"`
}

// Interaction is one happening between actors, with the articles that
// report it.
type Interaction struct {
	ID        int64            `json:"id"`
	Type      parley.EventType `json:"type"`
	Status    parley.Status    `json:"status"`
	Date      parley.Date      `json:"date"`
	Medium    parley.Medium    `json:"medium,omitempty"`
	Place     string           `json:"place,omitempty"`
	Source    parley.ActorRef  `json:"source"`
	Target    parley.ActorRef  `json:"target"`
	Announced *Announcement    `json:"announced,omitempty"`
	Articles  int              `json:"articles"`
	Outlets   int              `json:"outlets"`
	Sources   []Citation       `json:"sources"`
}

// Cadence is how often the pair meets, in words, with the meetings it
// compares.
type Cadence struct {
	Text    string     `json:"text"`
	Sources []Citation `json:"sources"`
}

// Occasion is an anniversary or national day near the briefing's date.
type Occasion struct {
	On parley.Date `json:"on"`
	// Days from the briefing's date to On; negative when before.
	Days    int        `json:"days"`
	Text    string     `json:"text"`
	Sources []Citation `json:"sources"`
}

// ContextMeeting is a recent meeting of one side with a third party, with
// the tone of that relation over the last year.
type ContextMeeting struct {
	Side        string      `json:"side"`
	With        string      `json:"with"`
	Meeting     Interaction `json:"meeting"`
	Tone        ToneCount   `json:"tone"`
	ToneSources int         `json:"tone_articles"`
}

// ToneCount counts happenings by PLOVER quad class.
type ToneCount struct {
	VerbalCooperation   int `json:"verbal_cooperation"`
	MaterialCooperation int `json:"material_cooperation"`
	VerbalConflict      int `json:"verbal_conflict"`
	MaterialConflict    int `json:"material_conflict"`
}

// Cooperative is the number of cooperative happenings.
func (t ToneCount) Cooperative() int { return t.VerbalCooperation + t.MaterialCooperation }

// Conflictual is the number of conflictual happenings.
func (t ToneCount) Conflictual() int { return t.VerbalConflict + t.MaterialConflict }

func (t *ToneCount) add(q parley.Quad) {
	switch q {
	case parley.VerbalCooperation:
		t.VerbalCooperation++
	case parley.MaterialCooperation:
		t.MaterialCooperation++
	case parley.VerbalConflict:
		t.VerbalConflict++
	case parley.MaterialConflict:
		t.MaterialConflict++
	}
}

// MonthTone is the pair's tone in one month.
type MonthTone struct {
	Month   string     `json:"month"` // YYYY-MM
	Count   ToneCount  `json:"count"`
	Sources []Citation `json:"sources"`
}

// Tone is the tone of the pair's relation over the months before the date.
type Tone struct {
	Months []MonthTone `json:"months"`
	Total  ToneCount   `json:"total"`
	// Trend says in words how the recent months compare with the earlier.
	Trend string `json:"trend"`
}

// QuoteLine is a quotation of one side about the other.
type QuoteLine struct {
	Speaker parley.ActorRef `json:"speaker"`
	About   string          `json:"about"`
	Text    string          `json:"text"`
	Source  Citation        `json:"source"`
}

// Briefing is the whole briefing.
type Briefing struct {
	A  Actor       `json:"a"`
	B  Actor       `json:"b"`
	On parley.Date `json:"on"`
	// KnownBefore is the day before whose start articles were published.
	KnownBefore parley.Date `json:"known_before"`
	// Next is the next planned meeting on or after On, or else the latest
	// one before it (NextIsLatest); nil when none is recorded.
	Next         *Interaction `json:"next_meeting"`
	NextIsLatest bool         `json:"next_is_latest"`
	Cadence      *Cadence     `json:"cadence"`
	// History lists earlier interactions, newest first.
	History   []Interaction    `json:"history"`
	Occasions []Occasion       `json:"occasions"`
	Context   []ContextMeeting `json:"context"`
	Tone      Tone             `json:"tone"`
	Quotes    []QuoteLine      `json:"quotes"`
	// Gaps says plainly what the database does not know.
	Gaps []string `json:"gaps"`
}

// Options tune a briefing.
type Options struct {
	// ContextDays is how far back before On third-party meetings count.
	ContextDays int
	// OccasionDays is how far either side of On occasions count.
	OccasionDays int
	// ToneMonths is how many months before On the tone covers.
	ToneMonths int
	// MaxHistory caps the interactions listed, MaxQuotes the quotations,
	// MaxContext the third parties listed for each side.
	MaxHistory, MaxQuotes, MaxContext int
	// IncludeSameDay also uses articles published on On itself: for a
	// briefing as of now rather than as of the start of a day.
	IncludeSameDay bool
	// Leader, when set, tells whether a person was head of state or
	// government of their country on a day; such a person's side then
	// includes their state, so "Xi Jinping" stands for China too.
	Leader func(actorID string, on parley.Date) bool
	// Calendar is the calendar of occasions; nil means the built-in one.
	Calendar *calendar.Calendar
}

// DefaultOptions are the settings of `parley brief`.
func DefaultOptions() Options {
	return Options{ContextDays: 30, OccasionDays: 30, ToneMonths: 12, MaxHistory: 20, MaxQuotes: 6, MaxContext: 5}
}

// Resolve finds the actor a user means by name; an ambiguous or unknown
// name is an error that lists the candidates.
func Resolve(ctx context.Context, src Source, name string) (parley.Actor, error) {
	const op = "brief.Resolve"
	as, err := src.FindActors(ctx, name)
	if err != nil {
		return parley.Actor{}, err
	}
	switch len(as) {
	case 0:
		return parley.Actor{}, parley.E(op, parley.NotFound, fmt.Sprintf("no actor in the database matches %q", name))
	case 1:
		return as[0], nil
	}
	// Prefer a person or a state over bodies named after them.
	var best []parley.Actor
	for _, a := range as {
		if a.Kind == parley.Person || a.Kind == parley.State {
			best = append(best, a)
		}
	}
	if len(best) == 1 {
		return best[0], nil
	}
	var names []string
	for _, a := range as {
		names = append(names, fmt.Sprintf("%s (%s)", a.Name, a.ID))
	}
	return parley.Actor{}, parley.E(op, parley.Invalid, fmt.Sprintf("%q is ambiguous: %s", name, strings.Join(names, ", ")))
}

// side is one side of the briefing: the actor and the IDs that stand for it.
type side struct {
	actor     parley.Actor
	ids       store.AnyOf
	countries []string
}

func (s side) has(id string) bool {
	for _, x := range s.ids {
		if x == id {
			return true
		}
	}
	return false
}

// involves reports whether the happening names an actor of the side.
func (s side) involves(h *store.Happening) bool {
	for _, a := range h.Actors {
		if s.has(a.ID) {
			return true
		}
	}
	return s.has(h.Source.ID) || s.has(h.Target.ID)
}

// sideOf builds the side of an actor: a state stands for itself; a person
// for themselves and, when opt.Leader says they led it on the day, their
// state.
func sideOf(a parley.Actor, on parley.Date, opt Options) side {
	s := side{actor: a, ids: store.AnyOf{a.ID}}
	if a.Country != "" {
		s.countries = []string{a.Country}
	}
	if a.Kind == parley.Person && a.Country != "" && opt.Leader != nil && opt.Leader(a.ID, on) {
		s.ids = append(s.ids, "state:"+a.Country)
	}
	return s
}

// builder carries what the parts of a briefing share.
type builder struct {
	ctx   context.Context
	src   Source
	opt   Options
	on    parley.Date
	known parley.Date
	a, b  side
	br    *Briefing
	// analyses caches the articles read for quotes and anniversaries.
	analyses map[int64]*parley.Analysis
}

// Build writes the briefing for a and b as of day on.
func Build(ctx context.Context, src Source, a, b parley.Actor, on parley.Date, opt Options) (*Briefing, error) {
	if on.Precision() != parley.PrecisionDay {
		return nil, parley.E("brief.Build", parley.Invalid, fmt.Sprintf("briefing date %q: want a day", on))
	}
	d := DefaultOptions()
	if opt.ContextDays <= 0 {
		opt.ContextDays = d.ContextDays
	}
	if opt.OccasionDays <= 0 {
		opt.OccasionDays = d.OccasionDays
	}
	if opt.ToneMonths <= 0 {
		opt.ToneMonths = d.ToneMonths
	}
	if opt.MaxHistory <= 0 {
		opt.MaxHistory = d.MaxHistory
	}
	if opt.MaxQuotes <= 0 {
		opt.MaxQuotes = d.MaxQuotes
	}
	if opt.MaxContext <= 0 {
		opt.MaxContext = d.MaxContext
	}
	if opt.Calendar == nil {
		c, err := calendar.Builtin()
		if err != nil {
			return nil, parley.E("brief.Build", parley.Internal, err)
		}
		opt.Calendar = c
	}
	known := on
	if opt.IncludeSameDay {
		known = on.AddDays(1)
	}
	bl := &builder{ctx: ctx, src: src, opt: opt, on: on, known: known,
		a: sideOf(a, on, opt), b: sideOf(b, on, opt), analyses: map[int64]*parley.Analysis{}}
	bl.br = &Briefing{A: actorOf(a), B: actorOf(b), On: on, KnownBefore: known}
	for _, step := range []func() error{bl.meetings, bl.occasions, bl.context, bl.tone, bl.quotes} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return bl.br, nil
}

func actorOf(a parley.Actor) Actor {
	return Actor{ID: a.ID, Name: a.Name, Kind: a.Kind, Country: a.Country}
}

// happenings runs a query with the briefing's as-of day.
func (bl *builder) happenings(f store.HappeningFilter) ([]store.Happening, error) {
	f.KnownBefore = bl.known
	return bl.src.Happenings(bl.ctx, f)
}

// pairFilter is the filter for the pair's happenings.
func (bl *builder) pairFilter() store.HappeningFilter {
	return store.HappeningFilter{Actors: []store.AnyOf{bl.a.ids, bl.b.ids}}
}

// withSupport fetches the given happenings again with their mentions.
func (bl *builder) withSupport(hs []store.Happening) (map[int64]store.Happening, error) {
	out := map[int64]store.Happening{}
	if len(hs) == 0 {
		return out, nil
	}
	ids := make([]int64, len(hs))
	for i := range hs {
		ids[i] = hs[i].ID
	}
	full, err := bl.happenings(store.HappeningFilter{IDs: ids, WithSupport: true})
	if err != nil {
		return nil, err
	}
	for _, h := range full {
		out[h.ID] = h
	}
	return out, nil
}

// maxArticles is how many of the newest articles about the pair a
// briefing reads whole, for quotations and mentioned anniversaries.
const maxArticles = 12

// pageSize is how many of the pair's happenings a briefing reads at a
// time, newest first; maxPages bounds how far back it looks for the last
// meeting of a kind (a pair with more than 10,000 recorded happenings
// before the date is told as such).
const (
	pageSize = 50
	maxPages = 200
)

// pairSorted keeps the happenings between the two sides, newest first and,
// on one date, in an order that does not depend on storage order.
func (bl *builder) pairSorted(hs []store.Happening) []store.Happening {
	var pair []store.Happening
	for _, h := range hs {
		if between(&h, bl.a, bl.b) && !h.Date.IsZero() {
			pair = append(pair, h)
		}
	}
	sort.SliceStable(pair, func(i, j int) bool {
		x, y := &pair[i], &pair[j]
		if x.Date != y.Date {
			return x.Date.First().After(y.Date.First()) || x.Date.First().Equal(y.Date.First()) && x.Date.Precision() > y.Date.Precision()
		}
		if x.Type != y.Type {
			return x.Type < y.Type
		}
		if x.Source.Name != y.Source.Name {
			return x.Source.Name < y.Source.Name
		}
		return x.Target.Name < y.Target.Name
	})
	return pair
}

// meetings fills Next, History, Cadence and the gaps about them. It reads
// the pair's happenings in pages, newest first, only as far back as the
// lines need.
func (bl *builder) meetings() error {
	// The next meeting: the earliest planned (or called-off) meeting on
	// or after the date.
	f := bl.pairFilter()
	f.Types = []parley.EventType{parley.Consult}
	f.Since = bl.on
	f.Limit = pageSize
	upcoming, err := bl.happenings(f)
	if err != nil {
		return err
	}
	var next *store.Happening
	var heldToday []store.Happening
	for _, h := range bl.pairSorted(upcoming) {
		h := h
		switch {
		case h.Status == parley.Occurred && h.Date.Agrees(bl.on):
			// A meeting reported as held on the day itself is the latest one.
			heldToday = append(heldToday, h)
		case h.Status == parley.Planned || h.Status == parley.Cancelled:
			if next == nil || h.Date.Before(next.Date) {
				next = &h
			}
		}
	}

	// Earlier happenings, newest first, page by page, until the history
	// is full and the meetings the cadence compares are found.
	var past []store.Happening
	past = append(past, heldToday...)
	var prevMeeting, lastInPerson *store.Happening
	complete := true
	for page := 0; ; page++ {
		if page == maxPages {
			complete = false
			break
		}
		f := bl.pairFilter()
		f.Until = bl.on.AddDays(-1)
		f.NewestFirst = true
		f.Limit, f.Offset = pageSize, page*pageSize
		hs, err := bl.happenings(f)
		if err != nil {
			return err
		}
		past = append(past, bl.pairSorted(hs)...)
		if next == nil {
			for i := range past {
				if isMeeting(&past[i]) {
					h := past[i]
					next = &h
					bl.br.NextIsLatest = true
					past = append(past[:i:i], past[i+1:]...)
					break
				}
			}
		}
		if next != nil {
			prevMeeting, lastInPerson = nil, nil
			for i := range past {
				h := &past[i]
				if !isMeeting(h) || !h.Date.Before(next.Date) {
					continue
				}
				if prevMeeting == nil {
					prevMeeting = h
				}
				if h.Medium == parley.InPerson && lastInPerson == nil {
					lastInPerson = h
				}
			}
		}
		enough := len(past) > bl.opt.MaxHistory && next != nil && prevMeeting != nil &&
			(next.Medium != parley.InPerson || lastInPerson != nil)
		if len(hs) < pageSize || enough {
			complete = len(hs) < pageSize
			break
		}
	}
	shown := past
	if len(shown) > bl.opt.MaxHistory {
		shown = shown[:bl.opt.MaxHistory]
	}
	need := append([]store.Happening(nil), shown...)
	for _, h := range []*store.Happening{next, prevMeeting, lastInPerson} {
		if h != nil {
			need = append(need, *h)
		}
	}
	full, err := bl.withSupport(need)
	if err != nil {
		return err
	}
	if next != nil {
		it := interaction(full[next.ID])
		bl.br.Next = &it
		bl.br.Cadence = cadence(next, past, prevMeeting, lastInPerson, full)
	}
	for _, h := range shown {
		bl.br.History = append(bl.br.History, interaction(full[h.ID]))
	}

	// Where the record begins.
	first := bl.pairFilter()
	first.Until = bl.on.AddDays(-1)
	first.Limit = 20
	oldest, err := bl.happenings(first)
	if err != nil {
		return err
	}
	op := bl.pairSorted(oldest)
	switch {
	case next == nil && len(past) == 0:
		bl.gap("no recorded interaction between %s and %s known before %s", bl.a.actor.Name, bl.b.actor.Name, bl.known)
	case len(op) == 0:
		bl.gap("no recorded interaction between %s and %s before %s", bl.a.actor.Name, bl.b.actor.Name, bl.on)
	default:
		bl.gap("no recorded interaction between %s and %s before %s", bl.a.actor.Name, bl.b.actor.Name, op[len(op)-1].Date)
	}
	if !complete {
		bl.gap("the cadence looks back over the last %d recorded happenings of the pair only", maxPages*pageSize)
	}
	if len(past) > len(shown) {
		more := fmt.Sprint(len(past) - len(shown))
		if !complete || len(past) >= pageSize {
			more = "more"
		}
		bl.gap("%s earlier interactions are not listed", more)
	}
	return nil
}

func (bl *builder) gap(format string, args ...any) {
	bl.br.Gaps = append(bl.br.Gaps, fmt.Sprintf(format, args...))
}

// between reports whether a happening has one side as source or target
// and the other among its actors.
func between(h *store.Happening, a, b side) bool {
	if h.Target.ID == "" {
		return a.involves(h) && b.involves(h)
	}
	s, t := h.Source.ID, h.Target.ID
	return a.has(s) && b.has(t) || b.has(s) && a.has(t)
}

// isMeeting reports whether a happening is a meeting that took place or
// is still expected.
func isMeeting(h *store.Happening) bool {
	return h.Type == parley.Consult && (h.Status == parley.Occurred || h.Status == parley.Planned)
}

// interaction turns a happening with its support into a briefing line.
func interaction(h store.Happening) Interaction {
	it := Interaction{ID: h.ID, Type: h.Type, Status: h.Status, Date: h.Date, Medium: h.Medium,
		Source: h.Source, Target: h.Target, Articles: h.Articles, Outlets: h.Outlets}
	if h.Location != nil {
		it.Place = h.Location.Name
	}
	seen := map[int64]bool{}
	for _, m := range h.Support {
		if !seen[m.Article.ID] {
			seen[m.Article.ID] = true
			it.Sources = append(it.Sources, cite(m.Article, m.Evidence.Sentence))
		}
	}
	if an := h.Announced; an != nil {
		it.Announced = &Announcement{By: an.By.Name, ByID: an.By.ID, Role: an.Role, On: an.On, Source: cite(an.Article, "")}
	}
	return it
}

func cite(a store.ArticleRef, sentence string) Citation {
	c := Citation{ArticleID: a.ID, Title: a.Title, Site: a.Site, URL: a.URL, Sentence: sentence}
	if !a.Published.IsZero() {
		c.Published = parley.DateOf(a.Published).String()
	}
	return c
}

// cadence says in words how the next or latest meeting stands to those
// before it: "second meeting in six weeks", "first meeting since 2019-06
// (two years)", "first in-person meeting since 2019-06-05".
func cadence(next *store.Happening, past []store.Happening, prev, inPerson *store.Happening, full map[int64]store.Happening) *Cadence {
	c := &Cadence{}
	if prev == nil {
		c.Text = "the first recorded meeting between them"
		c.Sources = interaction(full[next.ID]).Sources
		return c
	}
	days := daysBetween(prev.Date, next.Date)
	meetings := 1
	for i := range past {
		h := &past[i]
		if isMeeting(h) && h.Date.Before(next.Date) && daysBetween(h.Date, next.Date) <= days {
			meetings++
		}
	}
	var parts []string
	if days > 120 && meetings == 2 {
		parts = append(parts, fmt.Sprintf("the first meeting since %s (%s earlier)", prev.Date, spell(days)))
	} else {
		parts = append(parts, fmt.Sprintf("the %s meeting in %s (the previous one: %s)", ordinalWord(meetings), spell(days), prev.Date))
	}
	if next.Medium == parley.InPerson {
		switch {
		case inPerson == nil:
			parts = append(parts, "their first recorded in-person meeting")
		case inPerson.ID != prev.ID:
			parts = append(parts, fmt.Sprintf("the first in-person meeting since %s", inPerson.Date))
		}
	}
	c.Text = strings.Join(parts, "; ")
	seen := map[int64]bool{}
	cited := []*store.Happening{next, prev}
	if strings.Contains(c.Text, "in-person meeting since") {
		cited = append(cited, inPerson)
	}
	for _, h := range cited {
		if h == nil {
			continue
		}
		for _, s := range interaction(full[h.ID]).Sources {
			if !seen[s.ArticleID] {
				seen[s.ArticleID] = true
				s.Sentence = ""
				c.Sources = append(c.Sources, s)
			}
		}
	}
	return c
}

// daysBetween counts the days from the first day of a to the first of b.
func daysBetween(a, b parley.Date) int {
	return int(b.First().Sub(a.First()).Hours() / 24)
}

// spell says a span of days in the unit people use for it: "five days",
// "six weeks", "four months", "two years".
func spell(days int) string {
	unit := func(n int, one, many string) string {
		if n == 1 {
			return "one " + one
		}
		return numberWord(n) + " " + many
	}
	switch {
	case days < 14:
		return unit(days, "day", "days")
	case days < 63:
		return unit((days+3)/7, "week", "weeks")
	case days < 700:
		return unit(int(float64(days)/30.44+0.5), "month", "months")
	}
	return unit(int(float64(days)/365.25+0.5), "year", "years")
}

var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

func numberWord(n int) string {
	if n >= 0 && n < len(numberWords) {
		return numberWords[n]
	}
	return fmt.Sprint(n)
}

var ordinalWords = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

func ordinalWord(n int) string {
	if n > 0 && n < len(ordinalWords) {
		return ordinalWords[n]
	}
	return calendar.Ordinal(n)
}

// context lists each side's meetings with third parties in the days before
// the date, with the tone of each of those relations over the past year.
func (bl *builder) context() error {
	since := bl.on.AddDays(-bl.opt.ContextDays)
	until := bl.on.AddDays(-1)
	for _, pair := range [][2]side{{bl.a, bl.b}, {bl.b, bl.a}} {
		self, other := pair[0], pair[1]
		// The newest meetings of the window are enough to find the latest
		// with each of MaxContext third parties.
		hs, err := bl.happenings(store.HappeningFilter{Actors: []store.AnyOf{self.ids}, Types: []parley.EventType{parley.Consult},
			Since: since, Until: until, NewestFirst: true, Limit: 8 * bl.opt.MaxContext})
		if err != nil {
			return err
		}
		// The latest meeting with each third party, the most recent first
		// and, on one day, the best reported first, at most MaxContext of
		// them.
		sort.SliceStable(hs, func(i, j int) bool {
			if a, b := hs[i].Date, hs[j].Date; a.Before(b) || b.Before(a) {
				return b.Before(a)
			}
			return hs[i].Articles > hs[j].Articles
		})
		var keep []store.Happening
		seen := map[string]bool{}
		for i := range hs {
			h := &hs[i]
			if h.Status != parley.Occurred || other.involves(h) || h.Date.IsZero() || h.Date.Before(since) {
				continue
			}
			third := thirdParty(h, self)
			if third.ID == "" || seen[third.ID] || len(keep) == bl.opt.MaxContext {
				continue
			}
			seen[third.ID] = true
			keep = append(keep, *h)
		}
		full, err := bl.withSupport(keep)
		if err != nil {
			return err
		}
		for _, h := range keep {
			third := thirdParty(&h, self)
			if third.ID == "" {
				continue
			}
			tone, articles, err := bl.relationTone(self, third)
			if err != nil {
				return err
			}
			bl.br.Context = append(bl.br.Context, ContextMeeting{Side: self.actor.Name, With: third.Name,
				Meeting: interaction(full[h.ID]), Tone: tone, ToneSources: articles})
		}
		if len(keep) == 0 {
			bl.gap("no recorded meeting of %s with others between %s and %s", self.actor.Name, since, until)
		}
	}
	return nil
}

// thirdParty returns the actor of a happening that is not on the side.
func thirdParty(h *store.Happening, self side) parley.ActorRef {
	for _, r := range []parley.ActorRef{h.Source, h.Target} {
		if r.ID != "" && !self.has(r.ID) {
			return r
		}
	}
	for _, r := range h.Actors {
		if !self.has(r.ID) {
			return r
		}
	}
	return parley.ActorRef{}
}

// relationTone counts a side's happenings with a third party over the
// tone window, and the articles they rest on.
func (bl *builder) relationTone(self side, third parley.ActorRef) (ToneCount, int, error) {
	var t ToneCount
	other := store.AnyOf{third.ID}
	hs, err := bl.happenings(store.HappeningFilter{Actors: []store.AnyOf{self.ids, other},
		Since: bl.toneSince(), Until: bl.on.AddDays(-1), NoActors: true})
	if err != nil {
		return t, 0, err
	}
	articles := 0
	for _, h := range hs {
		if h.Status == parley.Occurred {
			t.add(h.Type.Quad())
			articles += h.Articles
		}
	}
	return t, articles, nil
}

func (bl *builder) toneSince() parley.Date {
	return parley.DateOf(bl.on.First().AddDate(0, -bl.opt.ToneMonths, 0))
}

// tone counts the pair's happenings that took place in the tone window by
// month and quad class, and says where the relation is heading.
func (bl *builder) tone() error {
	f := bl.pairFilter()
	f.Since, f.Until = bl.toneSince(), bl.on.AddDays(-1)
	f.Statuses = []parley.Status{parley.Occurred}
	f.NoActors = true
	hs, err := bl.happenings(f)
	if err != nil {
		return err
	}
	// Each month cites the articles of at most three of its happenings.
	const citedPerMonth = 3
	var kept, cited []store.Happening
	perMonth := map[string]int{}
	for i := range hs {
		h := &hs[i]
		if !between(h, bl.a, bl.b) || h.Date.Precision() < parley.PrecisionMonth {
			continue
		}
		kept = append(kept, *h)
		key := fmt.Sprintf("%04d-%02d", h.Date.Year, int(h.Date.Month))
		if perMonth[key] < citedPerMonth {
			perMonth[key]++
			cited = append(cited, *h)
		}
	}
	full, err := bl.withSupport(cited)
	if err != nil {
		return err
	}
	months := map[string]*MonthTone{}
	var order []string
	for i := range kept {
		h := &kept[i]
		key := fmt.Sprintf("%04d-%02d", h.Date.Year, int(h.Date.Month))
		m := months[key]
		if m == nil {
			m = &MonthTone{Month: key}
			months[key] = m
			order = append(order, key)
		}
		q := h.Type.Quad()
		m.Count.add(q)
		bl.br.Tone.Total.add(q)
		for _, s := range full[h.ID].Support {
			m.Sources = appendCitation(m.Sources, cite(s.Article, ""))
		}
	}
	sort.Strings(order)
	for _, k := range order {
		bl.br.Tone.Months = append(bl.br.Tone.Months, *months[k])
	}
	bl.br.Tone.Trend = trend(bl.br.Tone.Months, bl.on)
	return nil
}

func appendCitation(list []Citation, c Citation) []Citation {
	for _, x := range list {
		if x.ArticleID == c.ArticleID && x.Calendar == c.Calendar {
			return list
		}
	}
	return append(list, c)
}

// trend compares the share of cooperative happenings in the last three
// months with the months before.
func trend(months []MonthTone, on parley.Date) string {
	cut := fmt.Sprintf("%04d-%02d", on.First().AddDate(0, -3, 0).Year(), int(on.First().AddDate(0, -3, 0).Month()))
	var recent, before ToneCount
	for _, m := range months {
		c := m.Count
		if m.Month > cut {
			recent.VerbalCooperation += c.VerbalCooperation
			recent.MaterialCooperation += c.MaterialCooperation
			recent.VerbalConflict += c.VerbalConflict
			recent.MaterialConflict += c.MaterialConflict
		} else {
			before.VerbalCooperation += c.VerbalCooperation
			before.MaterialCooperation += c.MaterialCooperation
			before.VerbalConflict += c.VerbalConflict
			before.MaterialConflict += c.MaterialConflict
		}
	}
	n := recent.Cooperative() + recent.Conflictual()
	m := before.Cooperative() + before.Conflictual()
	share := func(t ToneCount) float64 { return float64(t.Cooperative()) / float64(t.Cooperative()+t.Conflictual()) }
	switch {
	case n+m == 0:
		return "no recorded interaction to judge the tone by"
	case n < 2 || m < 2:
		if n+m < 3 {
			return fmt.Sprintf("too few recorded interactions (%d) to tell a trend", n+m)
		}
		return fmt.Sprintf("%d of %d recorded interactions cooperative; too few in one of the periods to tell a trend", recent.Cooperative()+before.Cooperative(), n+m)
	}
	r, b := share(recent), share(before)
	switch {
	case r-b > 0.15:
		return fmt.Sprintf("more cooperative lately: %.0f%% of interactions cooperative in the last three months, %.0f%% before", 100*r, 100*b)
	case b-r > 0.15:
		return fmt.Sprintf("more conflictual lately: %.0f%% of interactions cooperative in the last three months, %.0f%% before", 100*r, 100*b)
	}
	return fmt.Sprintf("steady: %.0f%% of interactions cooperative in the last three months, %.0f%% before", 100*r, 100*b)
}

// analysis reads an article once per briefing.
func (bl *builder) analysis(id int64) (*parley.Analysis, error) {
	if a, ok := bl.analyses[id]; ok {
		return a, nil
	}
	a, err := bl.src.Analysis(bl.ctx, id)
	if err != nil {
		return nil, err
	}
	bl.analyses[id] = a
	return a, nil
}

// pairArticles returns the articles that support the briefing's pair
// lines, newest first, at most max.
func (bl *builder) pairArticles(max int) []Citation {
	var out []Citation
	add := func(cs []Citation) {
		for _, c := range cs {
			if c.ArticleID != 0 {
				out = appendCitation(out, Citation{ArticleID: c.ArticleID, Title: c.Title, Site: c.Site, URL: c.URL, Published: c.Published})
			}
		}
	}
	if bl.br.Next != nil {
		add(bl.br.Next.Sources)
	}
	for _, h := range bl.br.History {
		add(h.Sources)
	}
	for _, m := range bl.br.Tone.Months {
		add(m.Sources)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Published > out[j].Published })
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// quotes gathers what each side said of the other in the articles about
// the pair: quotations by an actor of one side whose sentence names the
// other side.
func (bl *builder) quotes() error {
	var out []QuoteLine
	for _, c := range bl.pairArticles(maxArticles) {
		an, err := bl.analysis(c.ArticleID)
		if err != nil {
			return err
		}
		for _, q := range an.Quotes {
			var other side
			switch {
			case bl.a.has(q.Speaker.ID):
				other = bl.b
			case bl.b.has(q.Speaker.ID):
				other = bl.a
			default:
				continue
			}
			if !namesSide(an, sentenceOf(an, q.Span), other) {
				continue
			}
			text := q.Text
			for _, sp := range q.More {
				if sp.Valid(len(an.Article.Text)) {
					text += " … " + an.Article.Text[sp.Start:sp.End] // the rest of the quotation, past its attribution
				}
			}
			out = append(out, QuoteLine{Speaker: q.Speaker, About: other.actor.Name, Text: text, Source: c})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Source.Published > out[j].Source.Published })
	if len(out) > bl.opt.MaxQuotes {
		out = out[:bl.opt.MaxQuotes]
	}
	bl.br.Quotes = out
	for _, p := range [][2]side{{bl.a, bl.b}, {bl.b, bl.a}} {
		found := false
		for _, q := range out {
			if p[0].has(q.Speaker.ID) {
				found = true
			}
		}
		if !found {
			bl.gap("no recorded quotation of %s about %s", p[0].actor.Name, p[1].actor.Name)
		}
	}
	return nil
}

// sentenceOf returns the span of the sentence that holds sp, or sp itself.
func sentenceOf(an *parley.Analysis, sp parley.Span) parley.Span {
	for _, s := range an.Sentences {
		if s.Start <= sp.Start && sp.Start < s.End {
			return parley.Span{Start: s.Start, End: max(s.End, sp.End)}
		}
	}
	return sp
}

// namesSide reports whether a mention of the side lies in the span.
func namesSide(an *parley.Analysis, sp parley.Span, s side) bool {
	for _, m := range an.Mentions {
		if !sp.Overlaps(m.Span) {
			continue
		}
		for _, id := range m.Actors {
			if s.has(id) {
				return true
			}
			if ac := an.Actor(id); ac != nil && ac.Kind == parley.State && len(s.countries) > 0 && ac.Country == s.countries[0] {
				return true
			}
		}
	}
	return false
}
