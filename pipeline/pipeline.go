// Package pipeline runs Parley's stages over one document: extraction,
// then sentences, actors, dates and quotes, then event coding. It is the
// one place that knows their order; ingest and the CLI call it through
// Analyze.
package pipeline

import (
	"context"
	"fmt"
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

// Stage names, as recorded with rejections.
const (
	StageExtract = "extract"
	StageAnalyze = "analyze"
)

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
	dates := p.dates.Tag(text, sents, published)
	found := p.actors.Resolve(text, toks, sents, roleDay(published, dates))
	quotes := quote.Find(quote.Input{Text: text, Paragraphs: art.Paragraphs, Sentences: sents, Tokens: toks,
		Mentions: found.Mentions, Actors: found.Actors})
	places := make([]event.PlaceMention, len(found.Places))
	for i, pl := range found.Places {
		places[i] = event.PlaceMention{Span: pl.Span, Name: pl.Name, Country: pl.Country}
	}
	events := p.events.Code(event.Input{
		Text: text, Tokens: toks, Sentences: sents, Paragraphs: art.Paragraphs,
		Mentions: found.Mentions, Actors: found.Actors, Places: places, Quotes: quotes, Dates: dates,
		Governing: func(clause parley.Span) int { return timex.Governing(text, dates, clause) },
		Published: published,
	})
	return &parley.Analysis{
		Article:   art,
		Sentences: sents,
		Actors:    found.Actors,
		Mentions:  found.Mentions,
		Dates:     dates,
		Quotes:    quotes,
		Events:    events,
	}, nil
}
