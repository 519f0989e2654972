package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"

	"parley"
	"parley/nlp/token"
)

// PRF counts matches for precision, recall and F1.
type PRF struct {
	TP, FP, FN int
}

// P returns precision, 0 when nothing was predicted.
func (c PRF) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R returns recall, 0 when nothing was expected.
func (c PRF) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of P and R.
func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *PRF) add(o PRF) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// EventScore is the result of scoring events, quotes and actors on a set
// of labelled pages.
type EventScore struct {
	Pages int
	// ByType counts type + both actors, per PLOVER type.
	ByType map[string]*PRF
	// TypeActors counts type + both actors; Full adds the date.
	TypeActors, Full PRF
	// Factual counts type + both actors + date for the events Parley
	// states as facts (occurred or planned), leaving out those it marks
	// hypothetical or negated, which labels in this format never hold.
	Factual PRF
	// Quotes counts quotations found (by their first words); Speakers
	// counts those found with the right speaker.
	Quotes   PRF
	Speakers int
	// Actors counts the labelled actors found among the article's actors.
	Actors PRF
	// OnNoEvent counts predicted events whose evidence is a sentence the
	// labels list as stating no event (Gold.NoEvent); NoEventHit counts the
	// labelled no-event sentences that drew at least one such event, of
	// NoEventSentences in all.
	OnNoEvent, NoEventHit, NoEventSentences int
	// Status compares, for each labelled event matched on type and both
	// actors, the predicted status with the labelled one, keyed by the
	// labelled status.
	Status map[string]*StatusCount
	// Causes sorts the misses and extras on type and both actors, and the
	// dates of the matched events, by what went wrong.
	Causes Causes
}

// StatusCount tallies predicted statuses against one labelled status.
type StatusCount struct {
	Right, Total int
	// Wrong counts the other statuses predicted instead, by name; a
	// predicted event without a status counts as "unset".
	Wrong map[string]int
}

// NewEventScore returns an empty score.
func NewEventScore() *EventScore {
	return &EventScore{ByType: map[string]*PRF{}, Status: map[string]*StatusCount{}}
}

// AddPage scores one analyzed page against its labels.
func (s *EventScore) AddPage(g *Gold, a *parley.Analysis) {
	s.Pages++
	// Events: greedy one-to-one matching, in label order, at three levels.
	typeActors := func(ge GoldEvent, pe parley.Event) bool {
		return string(pe.Type) == ge.Type && eventActorsMatch(ge, pe)
	}
	withDate := func(ge GoldEvent, pe parley.Event) bool {
		return typeActors(ge, pe) && pe.ReportedDate().String() == ge.Date
	}
	all := func(parley.Event) bool { return true }

	hits, used := matchEvents(g.Events, a.Events, typeActors, all)
	for gi, ge := range g.Events {
		if h := hits[gi]; h >= 0 {
			s.byType(ge.Type).TP++
			s.addStatus(ge.Status, string(a.Events[h].Status))
		} else {
			s.byType(ge.Type).FN++
		}
	}
	for i, pe := range a.Events {
		if !used[i] {
			s.byType(string(pe.Type)).FP++
		}
	}
	s.TypeActors.add(count(hits, used, a.Events, all))
	s.Causes.addPage(g, a, hits, used)
	hits, used = matchEvents(g.Events, a.Events, withDate, all)
	s.Full.add(count(hits, used, a.Events, all))
	hits, used = matchEvents(g.Events, a.Events, withDate, factual)
	s.Factual.add(count(hits, used, a.Events, factual))
	s.addNoEvent(g, a)
	// Quotes: found when a predicted quotation starts with the labelled words.
	usedQ := make([]bool, len(a.Quotes))
	for _, gq := range g.Quotes {
		want := normText(gq.TextStart)
		found := -1
		for i, q := range a.Quotes {
			if !usedQ[i] && strings.HasPrefix(normText(q.Text), want) {
				found = i
				break
			}
		}
		if found < 0 {
			s.Quotes.FN++
			continue
		}
		usedQ[found] = true
		s.Quotes.TP++
		sp := a.Quotes[found].Speaker
		if actorMatches(GoldActor{Name: gq.Speaker, Country: gq.SpeakerCountry}, sp) {
			s.Speakers++
		}
	}
	for i := range a.Quotes {
		if !usedQ[i] {
			s.Quotes.FP++
		}
	}
	// Actors: every labelled actor should be among the article's actors.
	usedA := make([]bool, len(a.Actors))
	for _, ga := range g.Actors {
		found := false
		for i, pa := range a.Actors {
			if !usedA[i] && actorMatches(ga, parley.ActorRef{ID: pa.ID, Name: pa.Name, Country: pa.Country}) {
				usedA[i], found = true, true
				break
			}
		}
		if found {
			s.Actors.TP++
		} else {
			s.Actors.FN++
		}
	}
	for i := range a.Actors {
		if !usedA[i] {
			s.Actors.FP++
		}
	}
}

// matchEvents pairs each labelled event with an unused predicted event
// that matches it among those considered, preferring one with the
// labelled date, so that two events of a page that differ only by date
// pair up by date; hits[i] is the index of the prediction for label i,
// or -1.
func matchEvents(gold []GoldEvent, pred []parley.Event, match func(GoldEvent, parley.Event) bool, consider func(parley.Event) bool) (hits []int, used []bool) {
	used = make([]bool, len(pred))
	hits = make([]int, len(gold))
	for gi := range hits {
		hits[gi] = -1
	}
	for _, sameDate := range []bool{true, false} {
		for gi, ge := range gold {
			if hits[gi] >= 0 {
				continue
			}
			for i, pe := range pred {
				if !used[i] && consider(pe) && match(ge, pe) && (!sameDate || pe.ReportedDate().String() == ge.Date) {
					hits[gi], used[i] = i, true
					break
				}
			}
		}
	}
	return hits, used
}

// count turns a matching into true and false positives and negatives.
func count(hits []int, used []bool, pred []parley.Event, consider func(parley.Event) bool) PRF {
	var c PRF
	for _, h := range hits {
		if h >= 0 {
			c.TP++
		} else {
			c.FN++
		}
	}
	for i, pe := range pred {
		if !used[i] && consider(pe) {
			c.FP++
		}
	}
	return c
}

func factual(e parley.Event) bool { return e.Status == parley.Occurred || e.Status == parley.Planned }

// addStatus counts one matched event's predicted status against the label.
func (s *EventScore) addStatus(want, got string) {
	if s.Status == nil {
		s.Status = map[string]*StatusCount{}
	}
	c := s.Status[want]
	if c == nil {
		c = &StatusCount{Wrong: map[string]int{}}
		s.Status[want] = c
	}
	c.Total++
	if got == want {
		c.Right++
		return
	}
	if got == "" {
		got = "unset"
	}
	c.Wrong[got]++
}

// addNoEvent counts the predicted events whose evidence sentence is one of
// the page's labelled no-event sentences. Sentences are compared after
// folding; one containing the other counts, so a dateline or a sentence
// split a little differently still matches, but a short fragment does not.
func (s *EventScore) addNoEvent(g *Gold, a *parley.Analysis) {
	if len(g.NoEvent) == 0 {
		return
	}
	s.NoEventSentences += len(g.NoEvent)
	noev := make([]string, len(g.NoEvent))
	for i, ne := range g.NoEvent {
		noev[i] = normText(ne)
	}
	hit := make([]bool, len(noev))
	for _, pe := range a.Events {
		ev := normText(pe.Evidence.Sentence)
		if ev == "" {
			continue
		}
		for j, ne := range noev {
			if sameSentence(ev, ne) {
				s.OnNoEvent++
				hit[j] = true
				break
			}
		}
	}
	for _, h := range hit {
		if h {
			s.NoEventHit++
		}
	}
}

// sameSentence reports whether two folded sentences are the same sentence:
// equal, or one inside the other and at least half its length.
func sameSentence(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	return 2*len(b) >= len(a) && strings.Contains(a, b)
}

// statusOrder lists the statuses in the order the report prints them.
var statusOrder = []string{string(parley.Occurred), string(parley.Planned), string(parley.Hypothetical), string(parley.Negated)}

func (s *EventScore) byType(t string) *PRF {
	c := s.ByType[t]
	if c == nil {
		c = &PRF{}
		s.ByType[t] = c
	}
	return c
}

// eventActorsMatch compares source and target, in either order for the
// symmetric types whose labels list participants in text order.
func eventActorsMatch(g GoldEvent, p parley.Event) bool {
	src := actorMatches(g.Source, p.Source)
	tgt := actorMatches(g.Target, p.Target)
	if src && tgt {
		return true
	}
	if g.Type == "CONSULT" || g.Type == "AGREE" || g.Type == "COOPERATE" {
		return actorMatches(g.Source, p.Target) && actorMatches(g.Target, p.Source)
	}
	return false
}

// actorMatches decides whether a predicted actor is the labelled one. Names
// are compared after folding case and accents; a person also matches on
// the family name within the same country ("Putin" for "Vladimir Putin"),
// and a body of a state on most of its content words ("Ministry of
// Commerce of China" for "Ministry of Commerce of the People's Republic of
// China"). A label that is another name of the predicted knowledge-base
// entity ("NATO" for North Atlantic Treaty Organization) matches too.
func actorMatches(g GoldActor, p parley.ActorRef) bool {
	name, country := p.Name, p.Country
	if name == "" {
		return g.Name == ""
	}
	if g.Country != "" && country != "" && g.Country != country && !successorOf(g.Country, country) {
		return false
	}
	a, b := normText(g.Name), normText(name)
	if a == b || aliasOf(g, p.ID) || governmentOf(g, p) || forcesOf(g, p) {
		return true
	}
	// An actor whose country is unknown can still be the labelled one by
	// name, on either side; a different known country cannot (ruled out
	// above).
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	// The same crowd of the same state, named two ways: "Kazakh
	// protesters" and "protesters in Kazakhstan".
	if g.Country == country {
		for _, w := range wb {
			if c := crowdNouns[w]; c != "" && slices.ContainsFunc(wa, func(x string) bool { return crowdNouns[x] == c }) &&
				(g.Country != "" || sharesWord(wa, wb, w)) { // (a people of no state by its own word: "Kurdish protesters")
				return true
			}
		}
	}
	// The same body of the same state, named with the state's name or
	// adjective before or after it: "Philippine Navy", "Navy of Philippines".
	if g.Country != "" && g.Country == country && sameBody(wa, wb, stateWords()[country]) {
		return true
	}
	// Same family name (last word), for people named more or less fully,
	// and bodies named for the same state ("Presidency of Algeria"); a
	// common noun ending a body's name is no family name: the
	// "Organization of American States" is not the "United States".
	body := strings.HasPrefix(p.ID, "state:") || strings.HasPrefix(p.ID, "org:")
	if !(body && bodyHeads[wb[len(wb)-1]]) && wa[len(wa)-1] == wb[len(wb)-1] && (len(wa) <= 3 && len(wb) <= 3) {
		return true
	}
	// Words in common, each in the singular: "Filipino Muslims" and
	// "Filipino Muslim protesters" share two.
	common := 0
	set := map[string]bool{}
	for _, w := range wa {
		set[singular(w)] = true
	}
	for _, w := range wb {
		if set[singular(w)] {
			common++
		}
	}
	return float64(common) >= 0.6*float64(min(len(wa), len(wb))) && common >= 2
}

// bodyHeads are common nouns that end the names of states and bodies.
var bodyHeads = map[string]bool{"states": true, "nations": true, "union": true, "republic": true, "forces": true,
	"army": true, "party": true, "front": true, "council": true, "court": true, "assembly": true, "movement": true,
	"alliance": true, "league": true, "organization": true, "organisation": true, "community": true, "commission": true}

// sharesWord reports whether a and b have a word in common besides but.
func sharesWord(a, b []string, but string) bool {
	for _, w := range a {
		if w != but && slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// singular drops the plural "s" of a word of four letters or more (not
// "ss": "congress").
func singular(w string) string {
	if len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// successors pairs each former state of ISO 3166-3 that the knowledge
// base holds with the state ISO 3166-1 lists in its place. The labelling
// guide asks for ISO 3166-1 codes, which have none for the Soviet Union or
// Yugoslavia, so labellers write either the former code or the
// successor's; either names the same side.
var successors = map[string]string{"SUN": "RUS", "YUG": "SRB", "CSK": "CZE", "DDR": "DEU", "YMD": "YEM"}

// successorOf reports whether codes a and b are a former state and its
// successor, in either order.
func successorOf(a, b string) bool {
	return successors[a] == b || successors[b] == a
}

// sameBody reports whether two names are the same words once the words
// that name their state are left out, with some words left.
func sameBody(a, b []string, state map[string]bool) bool {
	rest := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if !state[w] {
				out = append(out, w)
			}
		}
		slices.Sort(out)
		return out
	}
	ra, rb := rest(a), rest(b)
	return len(ra) > 0 && slices.Equal(ra, rb)
}

// crowdNouns name groups that Parley and labellers name by their state
// and their kind rather than by a proper name.
// The value is the kind of crowd: protesters, demonstrators and the
// crowds a story of protest tells of are one.
var crowdNouns = map[string]string{"protesters": "protesters", "protestors": "protesters",
	"demonstrators": "protesters", "students": "students", "teachers": "teachers", "workers": "workers",
	"farmers": "farmers", "activists": "activists", "crowds": "protesters", "crowd": "protesters"}

// governmentOf reports whether one side is a state and the other is named
// as that state's government ("Government of Iran" for Iran): Parley codes
// "the Iranian government" and "the authorities" as the state itself, as
// labels do for "the Trump administration".
func governmentOf(g GoldActor, p parley.ActorRef) bool {
	if g.Country == "" || g.Country != p.Country {
		return false
	}
	gov := func(name string) bool { return strings.HasPrefix(normText(name), "government of ") }
	return gov(g.Name) && p.ID == "state:"+p.Country || gov(p.Name) && g.Name != "" && aliasOf(g, "state:"+g.Country)
}

// forcesOf reports whether the predicted actor is a state's own armed
// forces, army, police or gendarmerie and the label is that state:
// labellers write "Azerbaijani forces attacked" now as Azerbaijan, now as
// its armed forces, and both name the same side. (The knowledge base
// gives most of these bodies the ids Parley builds for a state's forces
// it does not know, org:aze-armed-forces, org:ken-police; the armies it
// knows by their own names, org:idf, org:pla, are in armies.)
func forcesOf(g GoldActor, p parley.ActorRef) bool {
	if g.Country == "" || g.Country != p.Country || !aliasOf(g, "state:"+g.Country) {
		return false
	}
	prefix := "org:" + strings.ToLower(p.Country) + "-"
	rest, ok := strings.CutPrefix(p.ID, prefix)
	return ok && (rest == "armed-forces" || rest == "army" || rest == "police" || rest == "gendarmerie") || armies()[p.ID]
}

var stopWords = map[string]bool{"of": true, "the": true, "for": true, "and": true, "de": true, "people's": true,
	"republic": true, "federation": true}

func contentWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// normText folds case, accents, quotation marks and spacing for comparing
// labels with output.
func normText(s string) string {
	s = token.Fold(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\u00ad':
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case strings.ContainsRune("\"“”„«»", r):
			r = '"'
		case strings.ContainsRune("'‘’`", r):
			r = '\''
		case r == '-' || r == '‐' || r == '–':
			space = true // "Kim Jong-un" is "Kim Jong Un"
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Write prints the score as a table.
func (s *EventScore) Write(w io.Writer) {
	fmt.Fprintf(w, "pages %d\n\n%-10s %5s %5s %5s   %5s %5s %5s\n", s.Pages, "type", "tp", "fp", "fn", "P", "R", "F1")
	var types []string
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := s.ByType[t]
		fmt.Fprintf(w, "%-10s %5d %5d %5d   %5.3f %5.3f %5.3f\n", t, c.TP, c.FP, c.FN, c.P(), c.R(), c.F1())
	}
	line := func(name string, c PRF) {
		fmt.Fprintf(w, "%-28s tp %4d fp %4d fn %4d   P %.3f  R %.3f  F1 %.3f\n", name, c.TP, c.FP, c.FN, c.P(), c.R(), c.F1())
	}
	fmt.Fprintln(w)
	line("events type+actors", s.TypeActors)
	line("events type+actors+date", s.Full)
	line("  … factual events only", s.Factual)
	line("quotes found", s.Quotes)
	fmt.Fprintf(w, "%-28s %d of %d labelled quotes (%.3f)\n", "quotes with right speaker", s.Speakers, s.Quotes.TP+s.Quotes.FN, ratio(s.Speakers, s.Quotes.TP+s.Quotes.FN))
	line("actors", s.Actors)
	fmt.Fprintf(w, "%-28s %d (on %d of %d labelled no-event sentences)\n", "events on no-event sentences", s.OnNoEvent, s.NoEventHit, s.NoEventSentences)
	s.writeStatus(w)
	fmt.Fprintln(w)
	s.Causes.Write(w)
}

// writeStatus prints status accuracy on matched events, overall and by
// labelled status, with the wrong statuses predicted instead.
func (s *EventScore) writeStatus(w io.Writer) {
	var right, total int
	for _, c := range s.Status {
		right += c.Right
		total += c.Total
	}
	fmt.Fprintf(w, "%-28s %d of %d (%.3f)\n", "status right, matched events", right, total, ratio(right, total))
	keys := append([]string(nil), statusOrder...)
	var extra []string
	for k := range s.Status {
		if !slices.Contains(statusOrder, k) {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range append(keys, extra...) {
		c := s.Status[k]
		if c == nil {
			continue
		}
		var wrong []string
		for g, n := range c.Wrong {
			wrong = append(wrong, fmt.Sprintf("%s %d", g, n))
		}
		sort.Strings(wrong)
		fmt.Fprintf(w, "  %-26s %d of %d (%.3f)", k, c.Right, c.Total, ratio(c.Right, c.Total))
		if len(wrong) > 0 {
			fmt.Fprintf(w, "  got instead: %s", strings.Join(wrong, ", "))
		}
		fmt.Fprintln(w)
	}
}

// WritePageDiff lists, for one page, the labelled events the analysis
// matched and missed and the events it added, to guide work on the coder;
// each event it coded names its rule and trigger, so that a rule's right
// and wrong events can be counted.
func WritePageDiff(w io.Writer, name string, g *Gold, a *parley.Analysis) {
	fmt.Fprintf(w, "== %s (%s)\n", name, g.Title)
	hits, used := matchEvents(g.Events, a.Events, func(ge GoldEvent, pe parley.Event) bool {
		return string(pe.Type) == ge.Type && eventActorsMatch(ge, pe)
	}, func(parley.Event) bool { return true })
	sents, evSent := sentenceTexts(a)
	for gi, ge := range g.Events {
		if hit := hits[gi]; hit >= 0 {
			pe := a.Events[hit]
			mark := "ok  "
			if pe.ReportedDate().String() != ge.Date {
				mark = "date"
			}
			fmt.Fprintf(w, "  %s %-9s %s → %s  gold %q got %q [%s %q] | %.110s\n", mark, ge.Type, ge.Source.Name, ge.Target.Name, ge.Date, pe.ReportedDate().String(), pe.Rule, pe.Trigger.In(a.Article.Text), ge.Evidence)
			continue
		}
		fmt.Fprintf(w, "  miss %-9s %s → %s  %q | %.110s [%s]\n", ge.Type, ge.Source.Name, ge.Target.Name, ge.Date, ge.Evidence, missCause(ge, a, sents, evSent))
	}
	usedQ := make([]bool, len(a.Quotes))
	for _, gq := range g.Quotes {
		want := normText(gq.TextStart)
		found := -1
		for i, q := range a.Quotes {
			if !usedQ[i] && strings.HasPrefix(normText(q.Text), want) {
				found = i
				break
			}
		}
		switch {
		case found < 0:
			fmt.Fprintf(w, "  qmis %s: %q\n", gq.Speaker, gq.TextStart)
		case !actorMatches(GoldActor{Name: gq.Speaker, Country: gq.SpeakerCountry}, a.Quotes[found].Speaker):
			usedQ[found] = true
			fmt.Fprintf(w, "  qspk %s, got %q (%s): %q\n", gq.Speaker, a.Quotes[found].Speaker.Name, a.Quotes[found].Cue, gq.TextStart)
		default:
			usedQ[found] = true
		}
	}
	for i, pe := range a.Events {
		if !used[i] {
			fmt.Fprintf(w, "  xtra %-9s %s → %s  %q [%s %q] | %.110s\n", pe.Type, pe.Source.Name, pe.Target.Name, pe.ReportedDate().String(), pe.Rule, pe.Trigger.In(a.Article.Text), pe.Evidence.Sentence)
		}
	}
}
