// Package brief writes "what to expect" briefings for two actors as of a
// date, from the events and quotes in the store: their next or latest
// meeting, their earlier interactions and cadence, each side's recent
// meetings with others, the tone of their relation, and what each said of
// the other. Every line carries the articles it rests on, so nothing in a
// briefing is unsupported.
package brief

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"parley"
	"parley/store"
)

// Source is what a briefing reads: the store's query side. It is declared
// here, where it is used; *sqlite.Store satisfies it.
type Source interface {
	Events(ctx context.Context, f store.EventFilter) ([]store.StoredEvent, error)
	FindActors(ctx context.Context, query string) ([]parley.Actor, error)
	Analysis(ctx context.Context, id int64) (*parley.Analysis, error)
}

// Citation points to an article that supports a line.
type Citation struct {
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	Site      string `json:"site"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Sentence  string `json:"sentence,omitempty"`
}

// Interaction is one happening between actors, with every article that
// reports it.
type Interaction struct {
	Type     parley.EventType `json:"type"`
	Status   parley.Status    `json:"status"`
	Date     parley.Date      `json:"date"`
	Medium   parley.Medium    `json:"medium,omitempty"`
	Place    string           `json:"place,omitempty"`
	Source   parley.ActorRef  `json:"source"`
	Target   parley.ActorRef  `json:"target"`
	Sources  []Citation       `json:"sources"`
	Articles int              `json:"articles"`
	Outlets  int              `json:"outlets"`
}

// QuoteLine is a quotation of one side, in an article about both.
type QuoteLine struct {
	Speaker parley.ActorRef `json:"speaker"`
	Text    string          `json:"text"`
	Source  Citation        `json:"source"`
}

// Tone counts the pair's events by PLOVER quad class.
type Tone struct {
	Cooperative int `json:"cooperative"`
	Conflictual int `json:"conflictual"`
}

// Briefing is the whole briefing.
type Briefing struct {
	A, B parley.Actor `json:"-"`
	// AName and BName are the actors as resolved, for JSON.
	AName string      `json:"a"`
	BName string      `json:"b"`
	On    parley.Date `json:"on"`
	// Next is the next planned meeting on or after On, or else the latest
	// meeting before it; nil when none is recorded.
	Next *Interaction `json:"next_meeting"`
	// History lists earlier interactions, newest first.
	History []Interaction `json:"history"`
	// Cadence describes how often they meet, in words.
	Cadence string `json:"cadence"`
	// Context lists each side's recent meetings with third parties.
	Context []Interaction `json:"context"`
	Tone    Tone          `json:"tone"`
	Quotes  []QuoteLine   `json:"quotes"`
	// Gaps says plainly what the database does not know.
	Gaps []string `json:"gaps"`
}

// Options tune a briefing.
type Options struct {
	// ContextDays is how far back before On third-party meetings count.
	ContextDays int
	// MaxHistory caps the interactions listed.
	MaxHistory int
	// MaxQuotes caps the quotations listed.
	MaxQuotes int
}

// DefaultOptions are the settings of `parley brief`.
func DefaultOptions() Options { return Options{ContextDays: 30, MaxHistory: 20, MaxQuotes: 6} }

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

// Build writes the briefing for a and b as of day on.
func Build(ctx context.Context, src Source, a, b parley.Actor, on parley.Date, opt Options) (*Briefing, error) {
	br := &Briefing{A: a, B: b, AName: a.Name, BName: b.Name, On: on}
	pair, err := src.Events(ctx, store.EventFilter{Actors: []store.AnyOf{{a.ID}, {b.ID}}})
	if err != nil {
		return nil, err
	}
	pair = knownBy(pair, on)
	happenings := group(pair)
	var past []Interaction
	for _, h := range happenings {
		switch {
		case h.Date.IsZero():
			continue
		case h.Type == parley.Consult && h.Status == parley.Planned && !h.Date.Before(on):
			if br.Next == nil || h.Date.Before(br.Next.Date) {
				hh := h
				br.Next = &hh
			}
		case h.Date.Before(on) || h.Date.Agrees(on):
			past = append(past, h)
		}
	}
	sort.SliceStable(past, func(i, j int) bool { return past[j].Date.Before(past[i].Date) })
	if br.Next == nil {
		for i, h := range past {
			if h.Type == parley.Consult {
				hh := h
				br.Next = &hh
				past = append(past[:i:i], past[i+1:]...)
				break
			}
		}
	}
	for _, h := range past {
		if h.Type.Cooperative() {
			br.Tone.Cooperative++
		} else {
			br.Tone.Conflictual++
		}
	}
	if len(past) > opt.MaxHistory {
		past = past[:opt.MaxHistory]
	}
	br.History = past
	br.Cadence = cadence(br.Next, past, on)
	br.Context, err = thirdParties(ctx, src, a, b, on, opt.ContextDays)
	if err != nil {
		return nil, err
	}
	br.Quotes, err = quotes(ctx, src, a, b, pair, opt.MaxQuotes)
	if err != nil {
		return nil, err
	}
	if len(happenings) == 0 {
		br.Gaps = append(br.Gaps, fmt.Sprintf("no recorded interaction between %s and %s", a.Name, b.Name))
	} else if len(past) == 0 {
		br.Gaps = append(br.Gaps, fmt.Sprintf("no recorded interaction before %s", on))
	}
	br.Gaps = append(br.Gaps, "anniversaries and national days are not yet in the briefing")
	return br, nil
}

// knownBy keeps the events a reader could have known on day on: those
// reported by articles published by then. A briefing as of 2021-06-28 must
// not lean on a retrospective written in 2024.
func knownBy(evs []store.StoredEvent, on parley.Date) []store.StoredEvent {
	end := on.Last().AddDate(0, 0, 1)
	var out []store.StoredEvent
	for _, e := range evs {
		pub := e.Article.Published
		if pub.IsZero() {
			if e.Date.IsZero() || e.Date.Before(on) || e.Date.Agrees(on) {
				out = append(out, e) // an undated article, about the past
			}
			continue
		}
		if pub.Before(end) {
			out = append(out, e)
		}
	}
	return out
}

// group folds events that report the same happening — same type, same
// pair of actors in either order, same date — into one interaction with
// all its sources.
func group(evs []store.StoredEvent) []Interaction {
	var out []Interaction
	index := map[string]int{}
	for _, e := range evs {
		x, y := e.Source.ID, e.Target.ID
		if x > y && (e.Type == parley.Consult || e.Type == parley.Agree || e.Type == parley.Cooperate) {
			x, y = y, x
		}
		key := string(e.Type) + "|" + x + "|" + y + "|" + e.Date.String()
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, Interaction{Type: e.Type, Status: e.Status, Date: e.Date, Medium: e.Medium,
				Source: e.Source, Target: e.Target})
		}
		h := &out[i]
		if h.Medium == "" {
			h.Medium = e.Medium
		}
		if h.Place == "" && e.Location != nil {
			h.Place = e.Location.Name
		}
		if e.Status == parley.Occurred {
			h.Status = parley.Occurred // a report of the happening outweighs a preview
		}
		h.Sources = appendCitation(h.Sources, cite(e))
	}
	for i := range out {
		out[i].Articles = len(out[i].Sources)
		sites := map[string]bool{}
		for _, c := range out[i].Sources {
			sites[c.Site] = true
		}
		out[i].Outlets = len(sites)
	}
	return out
}

func cite(e store.StoredEvent) Citation {
	c := Citation{ArticleID: e.Article.ID, Title: e.Article.Title, Site: e.Article.Site, URL: e.Article.URL,
		Sentence: e.Evidence.Sentence}
	if !e.Article.Published.IsZero() {
		c.Published = e.Article.Published.Format(time.DateOnly)
	}
	return c
}

func appendCitation(list []Citation, c Citation) []Citation {
	for _, x := range list {
		if x.ArticleID == c.ArticleID {
			return list
		}
	}
	return append(list, c)
}

// cadence says in words how the next or latest meeting stands to the one before.
func cadence(next *Interaction, past []Interaction, on parley.Date) string {
	if next == nil {
		return ""
	}
	var prev *Interaction
	for i := range past {
		if past[i].Type == parley.Consult && past[i].Date.Before(next.Date) {
			prev = &past[i]
			break
		}
	}
	meetings := 1
	for _, h := range past {
		if h.Type == parley.Consult {
			meetings++
		}
	}
	if prev == nil {
		return fmt.Sprintf("the first recorded meeting (%s)", next.Date)
	}
	days := int(next.Date.First().Sub(prev.Date.First()).Hours() / 24)
	return fmt.Sprintf("%s recorded meeting; %s since the previous one (%s)", ordinal(meetings), span(days), prev.Date)
}

func span(days int) string {
	switch {
	case days < 14:
		return fmt.Sprintf("%d days", days)
	case days < 70:
		return fmt.Sprintf("%d weeks", (days+3)/7)
	case days < 730:
		return fmt.Sprintf("%d months", (days+15)/30)
	}
	return fmt.Sprintf("%d years", (days+182)/365)
}

func ordinal(n int) string {
	words := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
	if n < len(words) {
		return words[n]
	}
	return fmt.Sprintf("%dth", n)
}

// thirdParties lists each side's meetings with others in the days before on.
func thirdParties(ctx context.Context, src Source, a, b parley.Actor, on parley.Date, days int) ([]Interaction, error) {
	since := on.AddDays(-days)
	var out []Interaction
	for _, side := range []parley.Actor{a, b} {
		evs, err := src.Events(ctx, store.EventFilter{Actors: []store.AnyOf{{side.ID}}, Types: []parley.EventType{parley.Consult},
			Since: since, Until: on})
		if err != nil {
			return nil, err
		}
		var others []store.StoredEvent
		for _, e := range knownBy(evs, on) {
			if involves(e.Event, a.ID) && involves(e.Event, b.ID) {
				continue
			}
			others = append(others, e)
		}
		for _, h := range group(others) {
			if h.Status == parley.Occurred {
				out = append(out, h)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[j].Date.Before(out[i].Date) })
	return out, nil
}

func involves(e parley.Event, id string) bool {
	if e.Source.ID == id || e.Target.ID == id {
		return true
	}
	for _, p := range e.Participants {
		if p.ID == id {
			return true
		}
	}
	return false
}

// quotes gathers what each side said in the articles that report the pair.
func quotes(ctx context.Context, src Source, a, b parley.Actor, pair []store.StoredEvent, max int) ([]QuoteLine, error) {
	seen := map[int64]bool{}
	var out []QuoteLine
	for _, e := range pair {
		if seen[e.Article.ID] {
			continue
		}
		seen[e.Article.ID] = true
		an, err := src.Analysis(ctx, e.Article.ID)
		if err != nil {
			return nil, err
		}
		for _, q := range an.Quotes {
			if q.Speaker.ID == a.ID || q.Speaker.ID == b.ID {
				c := cite(e)
				c.Sentence = ""
				out = append(out, QuoteLine{Speaker: q.Speaker, Text: q.Text, Source: c})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Source.Published > out[j].Source.Published })
	if len(out) > max {
		out = out[:max]
	}
	return out, nil
}
