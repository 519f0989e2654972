package store

import (
	"net/url"
	"sort"
	"strings"
	"time"

	"parley"
)

// A Happening is one real-world occurrence — a summit, a call, a sanction —
// as all the stored events that report it describe it. Ten outlets covering
// one summit give ten events and one happening; a preview that says "will
// meet on Monday" and a report that says "met on Monday" give two events and
// one happening, whose status moves from planned to occurred.
//
// Every stored event belongs to exactly one happening. The rules that
// decide which (Links) and what the happening then says (Summarize) are
// part of the store contract and live in this package, so that every
// implementation links alike.
type Happening struct {
	ID   int64
	Type parley.EventType
	// Mode is the PLOVER mode most mentions give, or "".
	Mode string
	// Status is what the mentions together say: occurred once a report
	// published on or after the date confirms it; cancelled when a report
	// says a planned happening was called off; planned, hypothetical or
	// negated otherwise (see Summarize).
	Status parley.Status
	Medium parley.Medium
	// Date is the best-known date: the most precise one, and among those
	// the one most mentions give (the earlier on a tie).
	Date parley.Date
	// Source and Target are the actors the mentions most often name,
	// people preferred over their states; Target is zero when no mention
	// has one.
	Source, Target parley.ActorRef
	// Actors lists every actor any mention names as source, target or
	// participant, in first-seen order.
	Actors   []parley.ActorRef
	Location *parley.Place
	// Mentions counts the supporting events; Articles and Outlets the
	// distinct articles and outlets they come from (an article without a
	// site name or URL host counts as an outlet of its own).
	Mentions, Articles, Outlets int
	// FirstSeen and LastSeen are the earliest and latest publication times
	// of the supporting articles; zero when none is known.
	FirstSeen, LastSeen time.Time
	// Announced says who first announced a planned happening, when one
	// of its mentions names the announcer; nil otherwise.
	Announced *Announcement
	// Support lists the supporting mentions, oldest article first; it is
	// filled only when a HappeningFilter asks for it.
	Support []Mention
}

// Announcement is the party that made a planned happening known.
type Announcement struct {
	// By is the announcing actor: a spokesperson, a ministry, a state.
	By parley.ActorRef
	// Role is the announcer's role on the publication date, "" when unknown.
	Role string
	// On is the day of the announcement: the date the sentence gives
	// ("announced on Friday"), or else the article's publication day.
	On parley.Date
	// Article is the article whose sentence names the announcer.
	Article ArticleRef
}

// Party is one side of a stored event, with what linking needs to know
// about it.
type Party struct {
	parley.ActorRef
	Kind parley.ActorKind
	// Leader is set when the party is a person who, on the article's
	// publication date, was head of state or government of Country: such
	// a person and their state are the same side of a happening.
	Leader bool
}

// Mention is one stored event as support of a happening.
type Mention struct {
	EventID int64
	Article ArticleRef
	Type    parley.EventType
	Mode    string
	Status  parley.Status
	Medium  parley.Medium
	Date    parley.Date
	Source  Party
	Target  Party // zero Party when the event has no target
	// Participants are the event's participants beyond Source and Target.
	Participants []parley.ActorRef
	Location     *parley.Place
	Evidence     parley.Evidence
	// Announced is set on a planned event whose sentence names who
	// announced it (see FindAnnouncement).
	Announced *Announcement
}

// Outlet names the mention's outlet for counting: the site name, else the
// URL's host, else "" (unknown).
func (m *Mention) Outlet() string {
	if s := strings.TrimSpace(m.Article.Site); s != "" {
		return strings.ToLower(s)
	}
	if u, err := url.Parse(m.Article.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// HappeningFilter narrows Happenings. The zero filter matches every
// happening.
type HappeningFilter struct {
	// Actors lists sets of actors that must all be involved: a happening
	// matches when, for every set, one of its IDs is among the
	// happening's Actors. An empty set matches nothing.
	Actors []AnyOf
	// Types and Statuses keep only these types and statuses; empty keeps all.
	Types    []parley.EventType
	Statuses []parley.Status
	// Since and Until bound the happenings' dates as EventFilter's do.
	Since, Until parley.Date
	// KnownBefore, when not zero, keeps only what was known at the start
	// of that day: mentions from articles published (in their own zone)
	// on an earlier day. A happening none of whose mentions was known is
	// left out; the others are summarised from the known mentions alone,
	// so a meeting reported as held on the day itself is still planned.
	// Mentions from articles without a publication date count as known
	// when their event is dated before the day.
	KnownBefore parley.Date
	// IDs keeps only these happenings; empty keeps all.
	IDs []int64
	// NoActors leaves each happening's Actors and Announced empty (Source
	// and Target are still set), for callers that only count.
	NoActors bool
	// WithSupport fills each happening's Support.
	WithSupport bool
	// NewestFirst reverses the date order (undated happenings stay last).
	NewestFirst bool
	// Limit caps the number returned (0: no cap); Offset skips that many
	// matching happenings first. Negative values are Invalid.
	Limit, Offset int
}

// The linking rules.

// symmetric types report joint acts: "A and B met" and "B and A met" are
// the same happening.
func symmetric(t parley.EventType) bool {
	return t == parley.Consult || t == parley.Agree || t == parley.Cooperate
}

// SideKey is the key under which linking looks a party up: a state and a
// person leading it share their country code, anyone else is their own ID.
func SideKey(p Party) string {
	if p.ID == "" {
		return ""
	}
	if p.Country != "" && (p.Kind == parley.State || p.Leader) {
		return p.Country
	}
	return p.ID
}

// PairKey is the key a mention's happening is filed under: its two side
// keys in sorted order, joined by "|". Events that can report the same
// happening share a pair key.
func PairKey(m *Mention) string {
	a, b := SideKey(m.Source), SideKey(m.Target)
	if b < a {
		a, b = b, a
	}
	return a + "|" + b
}

// IsLeaderRole reports whether an actor's role, as the knowledge base words
// it ("President of China", "Prime Minister of India"), makes them head of
// state or government. Deputies, former and acting holders of other
// offices do not count.
func IsLeaderRole(role string) bool {
	r := strings.TrimSpace(role)
	for _, t := range leaderTitles {
		if strings.HasPrefix(r, t+" of ") {
			return true
		}
	}
	return false
}

// leaderTitles are the titles of heads of state and government that the
// knowledge base uses.
var leaderTitles = []string{
	"President", "Acting President", "Prime Minister", "Chancellor", "Premier", "King", "Queen",
	"Emperor", "Emir", "Sultan", "Supreme Leader", "Chief Executive", "Taoiseach", "Chairman",
	"State Counsellor", "Chief Adviser", "Grand Duke", "Prince", "Pope", "Leader",
}

// sameSide reports whether a party may stand for the same side as the
// parties a happening already has on that side: the same actor, or a
// state and a leader of it. Two different people never do.
func sameSide(p Party, side []Party) bool {
	key := SideKey(p)
	for _, q := range side {
		if SideKey(q) != key {
			return false
		}
		if p.Kind == parley.Person && q.Kind == parley.Person && p.ID != q.ID {
			return false
		}
		if p.Kind != parley.State && q.Kind != parley.State && p.ID != q.ID {
			return false
		}
	}
	return true
}

// mediumAgrees reports whether two media can be one meeting's; remote
// media are alike: outlets call a video call a "call" as often as
// not, so a phone call and a virtual meeting on the same day are one.
func mediumAgrees(a, b parley.Medium) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	return a != parley.InPerson && b != parley.InPerson
}

// placeAgrees reports whether two places can be where one happening took
// place: the same name, or the same known country (a city and the
// country's name, or two names for one venue). Places in different
// countries, or differently named places of unknown country, disagree.
func placeAgrees(a, b *parley.Place) bool {
	if a == nil || b == nil {
		return true
	}
	if strings.EqualFold(strings.TrimSpace(a.Name), strings.TrimSpace(b.Name)) {
		return true
	}
	return a.Country != "" && a.Country == b.Country
}

// undatedWindow is how many days from their article's publication day a
// happening may be dated for undated mentions to link to it: news speaks
// of what is near.
const undatedWindow = 3

// within reports whether the day pub lies within n days of the days d covers.
func within(pub, d parley.Date, n int) bool {
	p := pub.First()
	return !p.Before(d.First().AddDate(0, 0, -n)) && !p.After(d.Last().AddDate(0, 0, n))
}

func dayDiff(a, b parley.Date) int {
	return int(a.First().Sub(b.First()).Hours() / 24)
}

// A Candidate is a happening as a store stores its summary: what
// Summarize says of its type, date, medium and place. A store can rule a
// mention out on it (Fits) before reading the happening's tally.
type Candidate struct {
	Type     parley.EventType
	Date     parley.Date
	Medium   parley.Medium
	Location *parley.Place
}

// Fits reports whether m can belong to a happening that says what c says,
// judged on the summary alone: same type, and date, medium and place that
// do not rule it out. Links is 0 whenever Fits is false, so a store can
// pass over a stored happening on its stored summary without reading its
// tally.
func (c *Candidate) Fits(m *Mention) bool {
	if c.Type != m.Type || !mediumAgrees(m.Medium, c.Medium) || !placeAgrees(m.Location, c.Location) {
		return false
	}
	switch {
	case m.Date.IsZero() && !c.Date.IsZero():
		return !m.Article.Published.IsZero() && within(parley.DateOf(m.Article.Published), c.Date, undatedWindow)
	case m.Date.IsZero() || c.Date.IsZero():
		return true // decided by the mentions' publication days
	case m.Date.Agrees(c.Date):
		return true
	case m.Date.Precision() != parley.PrecisionDay || c.Date.Precision() != parley.PrecisionDay:
		return false
	}
	d := dayDiff(m.Date, c.Date)
	return d == 1 || d == -1 // one day apart: decided by the outlets
}

// Links scores how well mention m fits a happening whose mentions are h:
// 0 when it cannot belong to it, more the better it fits. A mention belongs
// to a happening when the types are the same, the sides are the same
// actors (or a state and its head of state or government; for meetings and
// other joint acts in either order), the dates agree at their precision
// (see Tally.dateAgrees), and the places and media do not contradict each
// other.
func Links(m *Mention, h []Mention) int {
	return TallyOf(h).Links(m)
}

func nonZero(ps []Party) []Party {
	var out []Party
	for _, p := range ps {
		if p.ID != "" {
			out = append(out, p)
		}
	}
	return out
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
// Ties go to the value the first mention (SortMentions order) gives.
func Summarize(ms []Mention) Happening {
	return TallyOf(ms).Summary()
}

func earlier(a, b time.Time) bool {
	if a.IsZero() {
		return false
	}
	return b.IsZero() || a.Before(b)
}

// SortMentions orders mentions by their article's publication time
// (unknown last), then article and event ID.
func SortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool { return MentionBefore(&ms[i], &ms[j]) })
}

// MentionBefore reports whether a comes before b in SortMentions order.
func MentionBefore(a, b *Mention) bool {
	x, y := a.Article.Published, b.Article.Published
	if !x.Equal(y) {
		return earlier(x, y)
	}
	if a.Article.ID != b.Article.ID {
		return a.Article.ID < b.Article.ID
	}
	return a.EventID < b.EventID
}

// MentionOf makes the linking view of event e of analysis a, stored from
// the article art: each side's kind and whether it is a leader come from
// the analysis's actor list (their role on the publication date).
func MentionOf(a *parley.Analysis, e *parley.Event, art ArticleRef) Mention {
	party := func(r parley.ActorRef) Party {
		p := Party{ActorRef: r}
		if ac := a.Actor(r.ID); ac != nil {
			p.Kind = ac.Kind
			p.Leader = ac.Kind == parley.Person && IsLeaderRole(ac.Role)
			if p.Country == "" {
				p.Country = ac.Country
			}
		}
		return p
	}
	m := Mention{
		Article: art, Type: e.Type, Mode: e.Mode, Status: e.Status, Medium: e.Medium, Date: e.Date,
		Source: party(e.Source), Location: e.Location, Evidence: e.Evidence,
	}
	if !e.Target.IsZero() {
		m.Target = party(e.Target)
	}
	for _, p := range e.Participants {
		if p.ID != e.Source.ID && p.ID != e.Target.ID {
			m.Participants = append(m.Participants, p)
		}
	}
	m.Announced = FindAnnouncement(a, e, art)
	return m
}
