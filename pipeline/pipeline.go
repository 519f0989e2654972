// Package pipeline runs Parley's stages over one document: extraction,
// then sentences, actors, dates and quotes, then event coding. It is the
// one place that knows their order; ingest and the CLI call it through
// Analyze.
package pipeline

import (
	"context"
	"fmt"
	"slices"
	"time"

	"parley"
	"parley/event"
	"parley/extract"
	"parley/kb"
	"parley/nlp/actor"
	"parley/nlp/quote"
	"parley/nlp/sentence"
	"parley/nlp/timex"
	"parley/nlp/token"
)

// Pipeline holds the compiled resources of every stage: the knowledge
// base's dictionary, the date lexicon, the event lexicon. Build it once
// with New; it is safe for concurrent use.
type Pipeline struct {
	limits parley.Limits
	actors *actor.Resolver
	dates  *timex.Tagger
	events *event.Coder
}

// New builds a pipeline over a knowledge base.
func New(k *kb.KB, lim parley.Limits) *Pipeline {
	return &Pipeline{limits: lim, actors: actor.New(k), dates: timex.New(), events: event.New()}
}

// withoutPlaces drops the "authors" that are places: a text's dateline
// "Press Release | New Delhi | October 07, 2024" signs it with a city.
func (p *Pipeline) withoutPlaces(authors []string) []string {
	out := authors[:0:0]
	for _, a := range authors {
		if !p.actors.PlaceName(a) {
			out = append(out, a)
		}
	}
	return out
}

// Stage names, as recorded with rejections.
const (
	StageExtract = "extract"
	StageAnalyze = "analyze"
)

// finishActors settles the article's list of actors once events and
// quotes are known. A state named only by an adjective ("Israeli city",
// "Chinese studies") is no actor of the article unless an event or a quote
// involves it; and an actor an event names without the text naming it
// (the state a visit went to, named only by its capital) joins the list.
func (p *Pipeline) finishActors(actors []parley.Actor, mentions []parley.Mention, events []parley.Event, quotes []parley.Quote, on time.Time) []parley.Actor {
	used := map[string]bool{}
	for _, m := range mentions {
		if m.Via != parley.ViaAdjective {
			for _, id := range m.Actors {
				used[id] = true
			}
		}
	}
	referenced := map[string]bool{}
	var order []string
	note := func(r parley.ActorRef) {
		if !r.IsZero() && !referenced[r.ID] {
			referenced[r.ID] = true
			order = append(order, r.ID)
		}
	}
	for _, e := range events {
		note(e.Source)
		note(e.Target)
		for _, r := range e.Participants {
			note(r)
		}
	}
	for _, q := range quotes {
		note(q.Speaker)
	}
	out := actors[:0:0]
	have := map[string]bool{}
	for _, a := range actors {
		if used[a.ID] || referenced[a.ID] {
			out = append(out, a)
			have[a.ID] = true
		}
	}
	for _, id := range order {
		if !have[id] {
			if a, ok := p.actors.Known(id, on); ok {
				out = append(out, a)
				have[id] = true
			}
		}
	}
	return out
}

// keepMentions drops the mentions of actors that did not make the list
// (a country adjective that modifies a noun and nothing more).
func keepMentions(ms []parley.Mention, actors []parley.Actor) []parley.Mention {
	have := make(map[string]bool, len(actors))
	for _, a := range actors {
		have[a.ID] = true
	}
	out := ms[:0:0]
	for _, m := range ms {
		keep := true
		for _, id := range m.Actors {
			keep = keep && have[id]
		}
		if keep {
			out = append(out, m)
		}
	}
	return out
}

// fillRefs gives every actor reference of the events the name and country
// of the actor it points to.
func fillRefs(actors []parley.Actor, events []parley.Event) {
	byID := make(map[string]*parley.Actor, len(actors))
	for i := range actors {
		byID[actors[i].ID] = &actors[i]
	}
	fill := func(r *parley.ActorRef) {
		if a := byID[r.ID]; a != nil {
			*r = a.Ref()
		}
	}
	for i := range events {
		e := &events[i]
		fill(&e.Source)
		fill(&e.Target)
		for j := range e.Participants {
			fill(&e.Participants[j])
		}
	}
}

// roleDay is the day on which actors' roles are looked up: the publication
// day, or, for a page that does not say when it was published, the latest
// full date the text states on its own (not one resolved from a missing
// anchor), which is the best evidence of when it was written.
func roleDay(published parley.Date, dates []parley.TimeExpr) time.Time {
	if !published.IsZero() {
		return published.Time()
	}
	var latest parley.Date
	for _, d := range dates {
		if !d.Anchored && d.Value.Precision() == parley.PrecisionDay && (latest.IsZero() || latest.Before(d.Value)) {
			latest = d.Value
		}
	}
	return latest.Time()
}

// headlineSpeaker returns the person a transcript's headline names as
// the one who answers ("Foreign Ministry Spokesperson Wang Wenbin's
// Regular Press Conference on March 15, 2022"): the first person the
// headline names who serves a state, added to the article's actors when
// the text does not name them. "" when the headline names no such person.
func (p *Pipeline) headlineSpeaker(title string, actors []parley.Actor, on time.Time) (string, []parley.Actor) {
	found := p.actors.Resolve(title, token.Tokenize(title), sentence.Split(title), on)
	for _, a := range found.Actors {
		if a.Kind != parley.Person || a.Country == "" {
			continue
		}
		if !slices.ContainsFunc(actors, func(b parley.Actor) bool { return b.ID == a.ID }) {
			actors = append(actors, a)
		}
		return a.ID, actors
	}
	return "", actors
}

// StageError says which stage failed on a document.
type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string { return e.Stage + ": " + e.Err.Error() }
func (e *StageError) Unwrap() error { return e.Err }

// Analyze extracts the article from a raw document and analyzes it. A
// failure is a *StageError wrapping a *parley.Error whose kind says why.
func (p *Pipeline) Analyze(ctx context.Context, doc parley.Document) (*parley.Analysis, error) {
	art, err := extract.Extract(doc, p.limits)
	if err != nil {
		return nil, &StageError{Stage: StageExtract, Err: err}
	}
	a, err := p.AnalyzeArticle(ctx, art)
	if err != nil {
		return nil, &StageError{Stage: StageAnalyze, Err: err}
	}
	return a, nil
}

// AnalyzeArticle runs the language stages over a clean article.
func (p *Pipeline) AnalyzeArticle(ctx context.Context, art parley.Article) (*parley.Analysis, error) {
	const op = "pipeline.AnalyzeArticle"
	if err := art.Validate(); err != nil {
		return nil, err
	}
	art.Authors = p.withoutPlaces(art.Authors)
	if p.limits.MaxTextBytes > 0 && len(art.Text) > p.limits.MaxTextBytes {
		return nil, parley.E(op, parley.TooLarge, fmt.Sprintf("clean text of %d bytes exceeds the limit of %d", len(art.Text), p.limits.MaxTextBytes))
	}
	if err := ctx.Err(); err != nil {
		return nil, parley.E(op, parley.Timeout, err)
	}
	text := art.Text
	toks := token.Tokenize(text)
	sents := sentence.Split(text)
	published := art.PublishedDate()
	if day, ok := extract.DatelineDay(text, art.Published); ok {
		// "JAKARTA, July 29 (Bernama) -- … today agreed" in a page of July
		// 30: the story's days count from the dispatch's.
		published = parley.DateOf(day)
	}
	dates := p.dates.Tag(text, sents, published)
	found := p.actors.ResolveFrom(text, toks, sents, roleDay(published, dates), actor.Origin{Issuer: art.SiteName, Dateline: art.Dateline})
	qin := quote.Input{Text: text, Paragraphs: art.Paragraphs, Sentences: sents, Tokens: toks,
		Mentions: found.Mentions, Actors: found.Actors}
	if quote.AnsweredByLabel(qin) {
		qin.Answerer, found.Actors = p.headlineSpeaker(art.Title, found.Actors, roleDay(published, dates))
		qin.Actors = found.Actors
	}
	quotes := quote.Find(qin)
	places := make([]event.PlaceMention, len(found.Places))
	for i, pl := range found.Places {
		places[i] = event.PlaceMention{Span: pl.Span, Name: pl.Name, Country: pl.Country, Capital: pl.Capital}
	}
	events := p.events.Code(event.Input{
		Title: art.Title, Text: text, Tokens: toks, Sentences: sents, Paragraphs: art.Paragraphs,
		Mentions: found.Mentions, Actors: found.Actors, Places: places, Quotes: quotes, Dates: dates,
		Governing: func(clause parley.Span) int { return timex.Governing(text, dates, clause) },
		Published: published,
	})
	actors := p.finishActors(found.Actors, found.Mentions, events, quotes, roleDay(published, dates))
	fillRefs(actors, events)
	mentions := keepMentions(found.Mentions, actors)
	return &parley.Analysis{
		Article:   art,
		Sentences: sents,
		Actors:    actors,
		Mentions:  mentions,
		Dates:     dates,
		Quotes:    quotes,
		Events:    events,
	}, nil
}
