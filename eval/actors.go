package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"parley"
)

// This file scores actor mentions against a held-out labelled set laid out
// as testdata/heldout/actors: <slug>.txt (headline, blank line, paragraphs
// separated by blank lines) beside <slug>.gold.json. The format and the
// label conventions are described in that folder's README.md.

// ActorGold is the labels of one article of an actor set.
type ActorGold struct {
	ID        string             `json:"id"`
	Published string             `json:"published"`
	Mentions  []GoldMention      `json:"mentions"`
	Groups    []GoldGroupMention `json:"group_mentions"`
	NotActors []GoldText         `json:"not_actors"`
}

// GoldText locates a stretch of the article: the Occurrence-th (1-based)
// match of Text, counting matches left to right without overlap.
type GoldText struct {
	Text       string `json:"text"`
	Occurrence int    `json:"occurrence"`
}

// GoldMention is one labelled reference to one actor.
type GoldMention struct {
	Text       string         `json:"text"`
	Occurrence int            `json:"occurrence"`
	Actor      GoldActorEntry `json:"actor"`
	// Via says how the text refers to the actor: name, surname, title,
	// role, metonym, adjective, descriptor or pronoun.
	Via string `json:"via"`
}

// GoldActorEntry is the actor a labelled mention refers to.
type GoldActorEntry struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`    // person, state or organization
	Country string `json:"country"` // ISO 3166-1 alpha-3, or ""
	// Role is the role held on the publication date: "state" for states,
	// "" for organisations; several accepted roles are separated by "; ".
	Role string `json:"role"`
}

// GoldGroupMention is one labelled reference to several actors at once
// ("the two leaders"); Actors are canonical names of actors that the
// article also labels singly.
type GoldGroupMention struct {
	Text       string   `json:"text"`
	Occurrence int      `json:"occurrence"`
	Actors     []string `json:"actors"`
}

// ActorArticle is one labelled article with every labelled stretch located.
type ActorArticle struct {
	ID string
	// Text is the whole file, headline first, with trailing space removed
	// and a final newline; labels' offsets point into it.
	Text string
	// Title is the headline (the first line).
	Title string
	// Paragraphs are the spans of the blank-line separated blocks of Text,
	// the headline included.
	Paragraphs []parley.Span
	Published  time.Time
	Gold       ActorGold
	// MentionSpans, GroupSpans and NotActorSpans locate Gold's items, in
	// the same order.
	MentionSpans, GroupSpans, NotActorSpans []parley.Span
}

// ActorFunc finds the actor mentions of one article: what a
// parley.Analysis holds in Mentions and Actors. Spans point into text.
type ActorFunc func(text string, published time.Time) ([]parley.Mention, []parley.Actor, error)

// Vias are the accepted values of GoldMention.Via.
var Vias = []string{"name", "surname", "title", "role", "metonym", "adjective", "descriptor", "pronoun"}

var iso3 = regexp.MustCompile(`^[A-Z]{3}$`)

// FindOccurrence returns the span of the n-th (1-based) match of s in
// text, counting matches left to right without overlap.
func FindOccurrence(text, s string, n int) (parley.Span, bool) {
	if s == "" || n < 1 {
		return parley.Span{}, false
	}
	from := 0
	for i := 1; ; i++ {
		j := strings.Index(text[from:], s)
		if j < 0 {
			return parley.Span{}, false
		}
		start := from + j
		if i == n {
			return parley.Span{Start: start, End: start + len(s)}, true
		}
		from = start + len(s)
	}
}

// LoadActorSet reads every <slug>.txt with its <slug>.gold.json in dir,
// sorted by slug, and checks the labels (see ParseActorArticle).
func LoadActorSet(dir string) ([]ActorArticle, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("actor set %s: no *.gold.json files", dir)
	}
	sort.Strings(golds)
	out := make([]ActorArticle, 0, len(golds))
	for _, g := range golds {
		slug := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		gb, err := os.ReadFile(g)
		if err != nil {
			return nil, err
		}
		tb, err := os.ReadFile(filepath.Join(dir, slug+".txt"))
		if err != nil {
			return nil, err
		}
		a, err := ParseActorArticle(slug, tb, gb)
		if err != nil {
			return nil, fmt.Errorf("actor set %s: %w", dir, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// ParseActorArticle builds one labelled article from its text and its gold
// file, and checks the labels: the id matches the slug, the date parses,
// every labelled text occurs as often as its occurrence says, kinds, vias
// and country codes are well formed, labelled spans do not overlap, and
// each group's actors are labelled singly somewhere in the article.
func ParseActorArticle(slug string, text, gold []byte) (ActorArticle, error) {
	a := ActorArticle{ID: slug, Text: strings.TrimRight(strings.ReplaceAll(string(text), "\r\n", "\n"), " \t\n") + "\n"}
	dec := json.NewDecoder(strings.NewReader(string(gold)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a.Gold); err != nil {
		return a, fmt.Errorf("%s: %w", slug, err)
	}
	g := &a.Gold
	if g.ID != slug {
		return a, fmt.Errorf("%s: gold id %q differs from the file name", slug, g.ID)
	}
	t, err := time.Parse(time.DateOnly, g.Published)
	if err != nil {
		return a, fmt.Errorf("%s: published: %w", slug, err)
	}
	a.Published = t
	a.Title, _, _ = strings.Cut(a.Text, "\n")
	a.Paragraphs = paragraphSpans(a.Text)

	var all []labelled
	locate := func(what string, gt GoldText) (parley.Span, error) {
		sp, ok := FindOccurrence(a.Text, gt.Text, gt.Occurrence)
		if !ok {
			return sp, fmt.Errorf("%s: %s %q occurrence %d is not in the text", slug, what, gt.Text, gt.Occurrence)
		}
		all = append(all, labelled{sp, what + " " + gt.Text})
		return sp, nil
	}
	names := map[string]bool{}
	for _, m := range g.Mentions {
		sp, err := locate("mention", GoldText{m.Text, m.Occurrence})
		if err != nil {
			return a, err
		}
		a.MentionSpans = append(a.MentionSpans, sp)
		if err := checkGoldActor(m.Actor); err != nil {
			return a, fmt.Errorf("%s: mention %q: %w", slug, m.Text, err)
		}
		if !validVia(m.Via) {
			return a, fmt.Errorf("%s: mention %q: via %q is not one of %s", slug, m.Text, m.Via, strings.Join(Vias, ", "))
		}
		names[m.Actor.Name] = true
	}
	for _, gm := range g.Groups {
		sp, err := locate("group", GoldText{gm.Text, gm.Occurrence})
		if err != nil {
			return a, err
		}
		a.GroupSpans = append(a.GroupSpans, sp)
		if len(gm.Actors) < 2 {
			return a, fmt.Errorf("%s: group %q names fewer than two actors", slug, gm.Text)
		}
		for _, n := range gm.Actors {
			if !names[n] {
				return a, fmt.Errorf("%s: group %q: actor %q is not labelled singly in the article", slug, gm.Text, n)
			}
		}
	}
	for _, na := range g.NotActors {
		sp, err := locate("not-actor", na)
		if err != nil {
			return a, err
		}
		a.NotActorSpans = append(a.NotActorSpans, sp)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].span.Start < all[j].span.Start })
	for i := 1; i < len(all); i++ {
		if all[i].span.Overlaps(all[i-1].span) {
			return a, fmt.Errorf("%s: labels overlap: %s and %s", slug, all[i-1].what, all[i].what)
		}
	}
	return a, nil
}

type labelled struct {
	span parley.Span
	what string
}

func checkGoldActor(ga GoldActorEntry) error {
	if strings.TrimSpace(ga.Name) == "" || ga.Name != strings.TrimSpace(ga.Name) {
		return fmt.Errorf("actor name %q is empty or padded", ga.Name)
	}
	if ga.Country != "" && !iso3.MatchString(ga.Country) {
		return fmt.Errorf("country %q is not an ISO 3166-1 alpha-3 code", ga.Country)
	}
	switch parley.ActorKind(ga.Kind) {
	case parley.Person:
		if ga.Role == "" {
			return fmt.Errorf("person %q has no role", ga.Name)
		}
	case parley.State:
		if ga.Country == "" || ga.Role != "state" {
			return fmt.Errorf("state %q needs a country and the role \"state\"", ga.Name)
		}
	case parley.Organization:
	default:
		return fmt.Errorf("kind %q is not person, state or organization", ga.Kind)
	}
	return nil
}

func validVia(v string) bool {
	for _, x := range Vias {
		if v == x {
			return true
		}
	}
	return false
}

// paragraphSpans returns the spans of the blank-line separated blocks of
// text, without their surrounding newlines.
func paragraphSpans(text string) []parley.Span {
	var out []parley.Span
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		sp := parley.Span{Start: start, End: end}
		for sp.End > sp.Start && text[sp.End-1] == '\n' {
			sp.End--
		}
		for sp.Start < sp.End && text[sp.Start] == '\n' {
			sp.Start++
		}
		if sp.Len() > 0 {
			out = append(out, sp)
		}
		start = end + 2
	}
	return out
}

// Article returns the article as the pipeline's extraction stage would
// hand it over: the headline as Title, the whole file as Text (so that the
// labels' offsets hold) and its blocks as Paragraphs.
func (a *ActorArticle) Article() parley.Article {
	return parley.Article{Title: a.Title, Text: a.Text, Paragraphs: a.Paragraphs, Published: a.Published,
		PublishedSource: parley.DateFromUser, Language: "en"}
}

// ViaCount counts labelled mentions of one kind of reference: how many
// were found (Detected) and found with the right actor (Resolved).
type ViaCount struct {
	Total, Detected, Resolved int
}

// ActorScore is the result of scoring actor mentions on a labelled set.
type ActorScore struct {
	Articles int
	Bytes    int
	// Detection counts labelled mentions (single and group) found by a
	// predicted mention whose span overlaps and contains or lies inside
	// the labelled one; FP counts predicted mentions that touch no label.
	Detection PRF
	// Overall counts mentions found with the right actor(s): precision is
	// over the predicted mentions that were counted, recall over all
	// labelled mentions.
	Overall PRF
	// Resolved counts single-actor mentions found with the right actor,
	// of Singles labelled.
	Resolved, Singles int
	// RolesRight counts correctly resolved people whose role on the
	// publication date is right, of RolesTotal.
	RolesRight, RolesTotal int
	// GroupsFound and GroupsRight count group mentions found, and found
	// with all their actors, of GroupsTotal.
	GroupsFound, GroupsRight, GroupsTotal int
	// NotActorsHit counts labelled non-actors ("May" the month) that a
	// predicted mention touched, of NotActorsTotal.
	NotActorsHit, NotActorsTotal int
	// ByVia counts recall per kind of reference ("group" for groups).
	ByVia map[string]*ViaCount
}

// NewActorScore returns an empty score.
func NewActorScore() *ActorScore { return &ActorScore{ByVia: map[string]*ViaCount{}} }

// ScoreActors runs find over every article of set and scores the result.
// A failing article is scored as if nothing was found and its error is
// returned, joined with the others, after all articles were scored.
func ScoreActors(set []ActorArticle, find ActorFunc, diff io.Writer) (*ActorScore, error) {
	s := NewActorScore()
	var errs []string
	for i := range set {
		a := &set[i]
		ms, actors, err := find(a.Text, a.Published)
		if err != nil {
			errs = append(errs, a.ID+": "+err.Error())
			ms, actors = nil, nil
		}
		s.Add(a, ms, actors, diff)
	}
	if len(errs) > 0 {
		return s, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return s, nil
}

// goldItem is one labelled mention, single (mention >= 0) or group.
type goldItem struct {
	span    parley.Span
	mention int // index into Gold.Mentions, or -1 for a group
	group   int // index into Gold.Groups, or -1
}

// Add scores one article's predicted mentions and actors. When diff is not
// nil, the article's misses, wrong actors and false alarms are listed there.
func (s *ActorScore) Add(a *ActorArticle, ms []parley.Mention, actors []parley.Actor, diff io.Writer) {
	s.Articles++
	s.Bytes += len(a.Text)
	byID := make(map[string]*parley.Actor, len(actors))
	for i := range actors {
		byID[actors[i].ID] = &actors[i]
	}
	goldByName := map[string]GoldActorEntry{}
	for _, m := range a.Gold.Mentions {
		if _, ok := goldByName[m.Actor.Name]; !ok {
			goldByName[m.Actor.Name] = m.Actor
		}
	}
	var items []goldItem
	for i, sp := range a.MentionSpans {
		items = append(items, goldItem{sp, i, -1})
	}
	for i, sp := range a.GroupSpans {
		items = append(items, goldItem{sp, -1, i})
	}
	sort.Slice(items, func(i, j int) bool { return items[i].span.Start < items[j].span.Start })

	// right reports whether predicted mention p names the labelled actor(s).
	right := func(it goldItem, p parley.Mention) bool {
		if it.mention >= 0 {
			return len(p.Actors) == 1 && sameActor(a.Gold.Mentions[it.mention].Actor, byID[p.Actors[0]])
		}
		for _, name := range a.Gold.Groups[it.group].Actors {
			ga := goldByName[name]
			found := false
			for _, id := range p.Actors {
				if sameActor(ga, byID[id]) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	var w func(format string, args ...any)
	if diff != nil {
		fmt.Fprintf(diff, "== %s (%s)\n", a.ID, a.Gold.Published)
		w = func(format string, args ...any) { fmt.Fprintf(diff, "  "+format+"\n", args...) }
	} else {
		w = func(string, ...any) {}
	}
	describe := func(p parley.Mention) string {
		var names []string
		for _, id := range p.Actors {
			if ac := byID[id]; ac != nil {
				names = append(names, fmt.Sprintf("%s [%s %s] %q", ac.Name, ac.Kind, ac.Country, ac.Role))
			} else {
				names = append(names, id+" (no actor record)")
			}
		}
		return fmt.Sprintf("%q via %s → %s", p.Text, p.Via, strings.Join(names, " + "))
	}

	used := make([]bool, len(ms))
	for _, it := range items {
		best, bestRight, bestOverlap := -1, false, -1
		for i, p := range ms {
			if used[i] || !p.Span.Valid(len(a.Text)) || !spansMatch(it.span, p.Span) {
				continue
			}
			r := right(it, p)
			ov := min(it.span.End, p.Span.End) - max(it.span.Start, p.Span.Start)
			if best < 0 || (r && !bestRight) || (r == bestRight && ov > bestOverlap) {
				best, bestRight, bestOverlap = i, r, ov
			}
		}
		via := "group"
		label := ""
		if it.mention >= 0 {
			gm := a.Gold.Mentions[it.mention]
			via = gm.Via
			label = fmt.Sprintf("%q → %s [%s %s]", gm.Text, gm.Actor.Name, gm.Actor.Kind, gm.Actor.Country)
			s.Singles++
		} else {
			gg := a.Gold.Groups[it.group]
			label = fmt.Sprintf("%q → %s", gg.Text, strings.Join(gg.Actors, " + "))
			s.GroupsTotal++
		}
		vc := s.ByVia[via]
		if vc == nil {
			vc = &ViaCount{}
			s.ByVia[via] = vc
		}
		vc.Total++
		if best < 0 {
			s.Detection.FN++
			s.Overall.FN++
			w("miss  %-10s %s", via, label)
			continue
		}
		used[best] = true
		s.Detection.TP++
		vc.Detected++
		if it.group >= 0 {
			s.GroupsFound++
		}
		if !bestRight {
			s.Overall.FN++
			s.Overall.FP++
			w("wrong %-10s %s; got %s", via, label, describe(ms[best]))
			continue
		}
		s.Overall.TP++
		vc.Resolved++
		if it.group >= 0 {
			s.GroupsRight++
			continue
		}
		s.Resolved++
		gm := a.Gold.Mentions[it.mention]
		if gm.Actor.Kind == string(parley.Person) {
			s.RolesTotal++
			got := byID[ms[best].Actors[0]].Role
			if RoleMatches(gm.Actor.Role, got) {
				s.RolesRight++
			} else {
				w("role  %-10s %s: want %q, got %q", via, label, gm.Actor.Role, got)
			}
		}
	}
	// Unmatched predictions: a false alarm unless it touches a labelled
	// mention (another prediction already answered for that one) or is a
	// pronoun, which the labels cover only in part.
	for i, p := range ms {
		if used[i] {
			continue
		}
		touches := false
		for _, it := range items {
			if it.span.Overlaps(p.Span) {
				touches = true
				break
			}
		}
		if touches || p.Via == parley.ViaPronoun {
			continue
		}
		s.Detection.FP++
		s.Overall.FP++
		w("extra %s", describe(p))
	}
	for i, sp := range a.NotActorSpans {
		s.NotActorsTotal++
		for _, p := range ms {
			if sp.Overlaps(p.Span) {
				s.NotActorsHit++
				w("trap  %q taken for an actor: %s", a.Gold.NotActors[i].Text, describe(p))
				break
			}
		}
	}
}

// spansMatch reports whether a prediction answers for a label: the spans
// overlap and one lies inside the other.
func spansMatch(gold, pred parley.Span) bool {
	return gold.Overlaps(pred) && (gold.Contains(pred) || pred.Contains(gold))
}

// sameActor decides whether a predicted actor is the labelled one: same
// kind, same country, and the same name once case, accents, hyphens and
// dots are folded — or, for people, a compatible name (see samePerson).
func sameActor(g GoldActorEntry, p *parley.Actor) bool {
	if p == nil || string(p.Kind) != g.Kind || p.Country != g.Country {
		return false
	}
	a, b := nameWords(g.Name), nameWords(p.Name)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if strings.Join(a, "") == strings.Join(b, "") {
		return true
	}
	return g.Kind == string(parley.Person) && samePerson(a, b)
}

// nameWords folds a name into lower-case words without accents, hyphens,
// dots or a leading "the".
func nameWords(s string) []string {
	s = normText(s)
	s = strings.NewReplacer("-", " ", "‐", " ", "–", " ", ".", " ", ",", " ").Replace(s)
	w := strings.Fields(s)
	if len(w) > 1 && w[0] == "the" {
		w = w[1:]
	}
	return w
}

// samePerson compares two folded personal names of the same country: one
// word alone matches either end of the other ("Xi", "Putin"); otherwise the
// family name (last word) must agree with the initial of the first
// ("S. Jaishankar", "Vladimir Vladimirovich Putin"), or one name's words
// must all be in the other ("Moussa Faki" and "Moussa Faki Mahamat",
// "Abe Shinzo" and "Shinzo Abe").
func samePerson(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 1 {
		return a[0] == b[0] || a[0] == b[len(b)-1]
	}
	if a[len(a)-1] == b[len(b)-1] && a[0][0] == b[0][0] {
		return true
	}
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	for _, x := range a {
		if !in[x] {
			return false
		}
	}
	return true
}

// RoleMatches reports whether a predicted role agrees with a labelled one
// (which may list alternatives separated by ";"). Roles are compared as
// folded content words ("Foreign Minister of X" reads as "Minister of
// Foreign Affairs of X"); a prediction that stops short of the label
// ("Prime Minister" for "Prime Minister of Poland") or runs past it counts,
// one that differs in any word ("President" for "Vice President of the
// United States") does not.
func RoleMatches(gold, got string) bool {
	g := roleWords(got)
	for _, alt := range strings.Split(gold, ";") {
		w := roleWords(alt)
		if len(w) == 0 || len(g) == 0 {
			if len(w) == 0 && len(g) == 0 {
				return true
			}
			continue
		}
		short, long := w, g
		if len(short) > len(long) {
			short, long = long, short
		}
		ok := true
		for i := range short {
			if short[i] != long[i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

var roleStop = map[string]bool{"of": true, "the": true, "for": true, "and": true, "to": true, "in": true, "at": true, "a": true, "an": true}

func roleWords(s string) []string {
	s = " " + strings.ReplaceAll(normText(s), "-", " ") + " "
	s = strings.ReplaceAll(s, " foreign minister ", " minister of foreign affairs ")
	var out []string
	for _, w := range strings.Fields(s) {
		if !roleStop[w] {
			out = append(out, w)
		}
	}
	return out
}

// Write prints the score as a table.
func (s *ActorScore) Write(w io.Writer) {
	fmt.Fprintf(w, "articles %d, %d bytes; labelled: %d single mentions, %d group mentions, %d non-actors\n\n",
		s.Articles, s.Bytes, s.Singles, s.GroupsTotal, s.NotActorsTotal)
	line := func(name string, c PRF) {
		fmt.Fprintf(w, "%-22s tp %4d fp %4d fn %4d   P %.3f  R %.3f  F1 %.3f\n", name, c.TP, c.FP, c.FN, c.P(), c.R(), c.F1())
	}
	line("mentions detected", s.Detection)
	line("mentions resolved", s.Overall)
	frac := func(name string, a, b int) {
		fmt.Fprintf(w, "%-22s %4d of %4d  (%.3f)\n", name, a, b, ratio(a, b))
	}
	frac("single: right actor", s.Resolved, s.Singles)
	frac("people: right role", s.RolesRight, s.RolesTotal)
	frac("groups: found", s.GroupsFound, s.GroupsTotal)
	frac("groups: all actors", s.GroupsRight, s.GroupsTotal)
	frac("non-actors flagged", s.NotActorsHit, s.NotActorsTotal)
	fmt.Fprintf(w, "\nrecall by reference    total  detected  resolved\n")
	order := append(append([]string{}, Vias...), "group")
	for _, v := range order {
		c := s.ByVia[v]
		if c == nil {
			continue
		}
		fmt.Fprintf(w, "  %-20s %5d     %.3f     %.3f\n", v, c.Total, ratio(c.Detected, c.Total), ratio(c.Resolved, c.Total))
	}
}
