package storetest

import (
	"fmt"
	"strings"
	"time"

	"parley"
)

// Actors the fixtures use. Names, countries and Wikidata IDs are public facts.
var (
	Xi     = parley.Actor{ID: "person:xi-jinping", Name: "Xi Jinping", Kind: parley.Person, Country: "CHN", Role: "President of China", Wikidata: "Q15031", Known: true}
	Putin  = parley.Actor{ID: "person:vladimir-putin", Name: "Vladimir Putin", Kind: parley.Person, Country: "RUS", Role: "President of Russia", Wikidata: "Q7747", Known: true}
	Biden  = parley.Actor{ID: "person:joe-biden", Name: "Joe Biden", Kind: parley.Person, Country: "USA", Role: "President of the United States", Wikidata: "Q6279", Known: true}
	China  = parley.Actor{ID: "state:CHN", Name: "China", Kind: parley.State, Country: "CHN", Wikidata: "Q148", Known: true}
	Russia = parley.Actor{ID: "state:RUS", Name: "Russia", Kind: parley.State, Country: "RUS", Wikidata: "Q159", Known: true}
	USA    = parley.Actor{ID: "state:USA", Name: "United States", Kind: parley.State, Country: "USA", Wikidata: "Q30", Known: true}
)

// Builder assembles a consistent parley.Analysis for tests: the text is
// made of the sentences added, and every annotation's span is computed
// from it, so offsets are always right.
type Builder struct {
	a         parley.Analysis
	paraStart int
}

// NewArticle starts an analysis of an article. published is "" (unknown),
// "YYYY-MM-DD" (a day, midnight UTC) or an RFC 3339 time with its zone.
func NewArticle(url, title, published string) *Builder {
	b := &Builder{}
	b.a.Article = parley.Article{URL: url, Title: title, Language: "en", PublishedSource: parley.DateFromNone}
	if published != "" {
		t, err := time.Parse(time.RFC3339, published)
		if err != nil {
			t, err = time.Parse(time.DateOnly, published)
		}
		if err != nil {
			panic(fmt.Sprintf("storetest.NewArticle: published %q: %v", published, err))
		}
		b.a.Article.Published = t
		b.a.Article.PublishedSource = parley.DateFromMeta
	}
	return b
}

// Site sets the outlet's name and the authors.
func (b *Builder) Site(name string, authors ...string) *Builder {
	b.a.Article.SiteName = name
	b.a.Article.Authors = authors
	return b
}

// Dateline sets the place the story was filed from.
func (b *Builder) Dateline(place string) *Builder {
	b.a.Article.Dateline = place
	return b
}

// Sentence appends a sentence to the current paragraph and returns its span.
func (b *Builder) Sentence(s string) parley.Span {
	t := &b.a.Article.Text
	if len(*t) > b.paraStart {
		*t += " "
	}
	sp := parley.Span{Start: len(*t), End: len(*t) + len(s)}
	*t += s
	b.a.Sentences = append(b.a.Sentences, sp)
	return sp
}

// Paragraph ends the current paragraph; the next sentence starts a new one.
func (b *Builder) Paragraph() *Builder {
	t := &b.a.Article.Text
	if len(*t) > b.paraStart {
		b.a.Article.Paragraphs = append(b.a.Article.Paragraphs, parley.Span{Start: b.paraStart, End: len(*t)})
		*t += "\n\n"
		b.paraStart = len(*t)
	}
	return b
}

// Actor adds an actor to the analysis unless it is there already.
func (b *Builder) Actor(actors ...parley.Actor) *Builder {
	for _, a := range actors {
		if b.a.Actor(a.ID) == nil {
			b.a.Actors = append(b.a.Actors, a)
		}
	}
	return b
}

// find returns the span of the first occurrence of text inside within.
func (b *Builder) find(within parley.Span, text string) parley.Span {
	i := strings.Index(within.In(b.a.Article.Text), text)
	if i < 0 {
		panic(fmt.Sprintf("storetest: %q is not in %q", text, within.In(b.a.Article.Text)))
	}
	return parley.Span{Start: within.Start + i, End: within.Start + i + len(text)}
}

// Mention marks the first occurrence of text in the sentence as a mention
// of the actors, adding them to the analysis.
func (b *Builder) Mention(sent parley.Span, text string, via parley.MentionVia, actors ...parley.Actor) *Builder {
	sp := b.find(sent, text)
	m := parley.Mention{Span: sp, Text: text, Via: via}
	for _, a := range actors {
		b.Actor(a)
		m.Actors = append(m.Actors, a.ID)
	}
	b.a.Mentions = append(b.a.Mentions, m)
	return b
}

// Date marks the first occurrence of text in the sentence as a time
// expression meaning value ("2021-06-28", "2021-06", "2021").
func (b *Builder) Date(sent parley.Span, text, value string) *Builder {
	d := parley.MustParseDate(value)
	b.a.Dates = append(b.a.Dates, parley.TimeExpr{
		Span: b.find(sent, text), Text: text, Value: d, Precision: d.Precision(),
		Earliest: parley.DateOf(d.First()), Latest: parley.DateOf(d.Last()),
		Relation: parley.TimePast, Kind: "absolute",
	})
	return b
}

// Quote marks the first occurrence of text in the sentence as a quotation
// by speaker (nil for an unattributed quote).
func (b *Builder) Quote(sent parley.Span, text string, speaker *parley.Actor, cue string) *Builder {
	q := parley.Quote{Span: b.find(sent, text), Text: text, Cue: cue}
	if speaker != nil {
		b.Actor(*speaker)
		q.Speaker = speaker.Ref()
	}
	b.a.Quotes = append(b.a.Quotes, q)
	return b
}

// QuoteGoesOn adds the first occurrence of text in the sentence as a
// further stretch of the quotation added last.
func (b *Builder) QuoteGoesOn(sent parley.Span, text string) *Builder {
	q := &b.a.Quotes[len(b.a.Quotes)-1]
	q.More = append(q.More, b.find(sent, text))
	return b
}

// Event adds an event that sent states. It fills the evidence from the
// sentence, adds the event's actors to the analysis, and defaults the
// status to occurred and the confidence to 0.9.
func (b *Builder) Event(sent parley.Span, e parley.Event, actors ...parley.Actor) *Builder {
	b.Actor(actors...)
	e.Evidence = parley.Evidence{Span: sent, Sentence: sent.In(b.a.Article.Text)}
	if e.Status == "" {
		e.Status = parley.Occurred
	}
	if e.Confidence == 0 {
		e.Confidence = 0.9
	}
	b.a.Events = append(b.a.Events, e)
	return b
}

// Analysis returns the analysis built so far, closing the last paragraph.
// The builder should not be used afterwards.
func (b *Builder) Analysis() *parley.Analysis {
	b.Paragraph()
	b.a.Article.Text = strings.TrimSuffix(b.a.Article.Text, "\n\n")
	a := b.a
	return &a
}

// Meeting returns a ready analysis of one article reporting a meeting of
// two actors on a date: a common fixture for tests that need a stored event.
func Meeting(url, published string, src, tgt parley.Actor, date string, medium parley.Medium, status parley.Status) *parley.Analysis {
	b := NewArticle(url, src.Name+" and "+tgt.Name+" talk", published).Site("Example News")
	s := b.Sentence(fmt.Sprintf("%s and %s held talks on %s.", src.Name, tgt.Name, date))
	b.Mention(s, src.Name, parley.ViaName, src).Mention(s, tgt.Name, parley.ViaName, tgt)
	e := parley.Event{Type: parley.Consult, Medium: medium, Status: status, Source: src.Ref(), Target: tgt.Ref(),
		Participants: []parley.ActorRef{src.Ref(), tgt.Ref()}, CAMEO: "040", Rule: "fixture"}
	if date != "" {
		b.Date(s, date, date)
		e.Date = parley.MustParseDate(date)
	}
	return b.Event(s, e, src, tgt).Analysis()
}
