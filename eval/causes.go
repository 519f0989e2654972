package eval

import (
	"fmt"
	"io"

	"parley"
)

// Why a labelled event was missed or a predicted one matched no label.
// The causes are checked in the order listed, and the first that holds is
// the one counted, so each miss and each extra has one cause. They tell
// which part of the coder to work on (actors, types, sentence reading,
// dates) from aggregate counts alone, which is all a set kept unseen may
// show.
const (
	// Misses.
	missMerged       = "a matching event went to another label" // the labels hold two of it, Parley one
	missSplit        = "evidence sentence not found"            // the page's sentences split differently
	missOtherType    = "right actors, other type"               // on the same sentence
	missOtherActors  = "right type, other actors"               // on the same sentence
	missActorUnknown = "an actor never found in the article"    // the resolver's or the knowledge base's gap
	missSourceAway   = "source not named in the sentence"       // found elsewhere in the article: context, pronouns
	missTargetAway   = "target not named in the sentence"
	missOtherEvents  = "other events on the sentence"                // neither type nor actors right
	missNothing      = "nothing coded on the sentence, actors in it" // both actors there, no event
	// Extras.
	extraNoLabel  = "on a sentence with no labelled event"
	extraLabelled = "on a sentence with other labelled events"
	// Dates of events matched on type and actors.
	dateRight       = "right"
	dateMissing     = "labelled date, none given"
	dateInvented    = "date given, none labelled"
	dateOtherDay    = "both dated, differ"
	dateOtherPrecis = "same period, other precision" // "2024-05" for "2024-05-03", or the reverse
)

var (
	missOrder  = []string{missMerged, missSplit, missOtherType, missOtherActors, missActorUnknown, missSourceAway, missTargetAway, missOtherEvents, missNothing}
	extraOrder = []string{extraNoLabel, extraLabelled}
	dateOrder  = []string{dateRight, dateMissing, dateInvented, dateOtherDay, dateOtherPrecis}
)

// Causes counts misses, extras and date outcomes by cause.
type Causes struct {
	Miss, Extra, Date map[string]int
}

func (c *Causes) add(m *map[string]int, k string) {
	if *m == nil {
		*m = map[string]int{}
	}
	(*m)[k]++
}

// addPage classifies one page's misses and extras, given the matching on
// type and both actors.
func (c *Causes) addPage(g *Gold, a *parley.Analysis, hits []int, used []bool) {
	sents, evSent := sentenceTexts(a)
	for gi, ge := range g.Events {
		if h := hits[gi]; h >= 0 {
			c.add(&c.Date, dateCause(ge.Date, a.Events[h].ReportedDate().String()))
			continue
		}
		c.add(&c.Miss, missCause(ge, a, sents, evSent))
	}
	labelled := make([]string, len(g.Events))
	for i, ge := range g.Events {
		labelled[i] = normText(ge.Evidence)
	}
	for i := range a.Events {
		if used[i] {
			continue
		}
		cause := extraNoLabel
		for _, l := range labelled {
			if evSent[i] != "" && l != "" && sameSentence(evSent[i], l) {
				cause = extraLabelled
				break
			}
		}
		c.add(&c.Extra, cause)
	}
}

// sentenceTexts folds the page's sentences and each event's evidence
// sentence for comparing with labels.
func sentenceTexts(a *parley.Analysis) (sents, evSent []string) {
	sents = make([]string, len(a.Sentences))
	for i, sp := range a.Sentences {
		sents[i] = normText(sp.In(a.Article.Text))
	}
	evSent = make([]string, len(a.Events))
	for i, pe := range a.Events {
		evSent[i] = normText(pe.Evidence.Sentence)
	}
	return sents, evSent
}

// missCause says why no predicted event matched the labelled one.
func missCause(ge GoldEvent, a *parley.Analysis, sents, evSent []string) string {
	for _, pe := range a.Events {
		if string(pe.Type) == ge.Type && eventActorsMatch(ge, pe) {
			return missMerged
		}
	}
	want := normText(ge.Evidence)
	si := -1
	for i, s := range sents {
		if want != "" && sameSentence(s, want) {
			si = i
			break
		}
	}
	if si < 0 {
		return missSplit
	}
	var onSentence []parley.Event
	for i, pe := range a.Events {
		if evSent[i] != "" && sameSentence(evSent[i], sents[si]) {
			onSentence = append(onSentence, pe)
		}
	}
	for _, pe := range onSentence {
		if eventActorsMatch(ge, pe) {
			return missOtherType
		}
	}
	for _, pe := range onSentence {
		if string(pe.Type) == ge.Type {
			return missOtherActors
		}
	}
	sp := a.Sentences[si]
	for side, ga := range []GoldActor{ge.Source, ge.Target} {
		if ga.Name == "" {
			continue
		}
		inArticle, inSentence := false, false
		for _, m := range a.Mentions {
			for _, id := range m.Actors {
				if !actorMatches(ga, refOf(a, id)) {
					continue
				}
				inArticle = true
				if m.Span.Start >= sp.Start && m.Span.End <= sp.End {
					inSentence = true
				}
			}
		}
		if !inArticle {
			return missActorUnknown
		}
		if !inSentence {
			return []string{missSourceAway, missTargetAway}[side]
		}
	}
	if len(onSentence) > 0 {
		return missOtherEvents
	}
	return missNothing
}

func refOf(a *parley.Analysis, id string) parley.ActorRef {
	if ac := a.Actor(id); ac != nil {
		return parley.ActorRef{ID: ac.ID, Name: ac.Name, Country: ac.Country}
	}
	return parley.ActorRef{ID: id}
}

// dateCause compares a matched event's date with its label.
func dateCause(want, got string) string {
	switch {
	case want == got:
		return dateRight
	case got == "":
		return dateMissing
	case want == "":
		return dateInvented
	case len(want) != len(got) && (len(want) < len(got) && got[:len(want)] == want || len(got) < len(want) && want[:len(got)] == got):
		return dateOtherPrecis
	}
	return dateOtherDay
}

// Write prints the three tallies.
func (c *Causes) Write(w io.Writer) {
	table := func(title string, m map[string]int, order []string) {
		total := 0
		for _, n := range m {
			total += n
		}
		fmt.Fprintf(w, "%s (%d)\n", title, total)
		for _, k := range order {
			if n := m[k]; n > 0 {
				fmt.Fprintf(w, "  %-48s %5d  %5.1f%%\n", k, n, 100*ratio(n, total))
			}
		}
	}
	table("missed events by cause", c.Miss, missOrder)
	table("extra events by cause", c.Extra, extraOrder)
	table("dates of matched events", c.Date, dateOrder)
}
