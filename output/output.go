// Package output is the stable, documented shape of Parley's analysis as
// JSON: the contract that `parley analyze --format json` prints and that
// external scoring reads (docs/OUTPUT.md, schema.json). Fields may be
// added; none is ever renamed or removed. Keeping the contract apart from
// the domain types lets those evolve without breaking users.
package output

import (
	_ "embed"
	"time"

	"parley"
)

// Schema is the JSON Schema (draft 2020-12) of Analysis.
//
//go:embed schema.json
var Schema []byte

// Analysis is the whole output for one article.
type Analysis struct {
	Article Article `json:"article"`
	Actors  []Actor `json:"actors"`
	Dates   []Date  `json:"dates"`
	Quotes  []Quote `json:"quotes"`
	Events  []Event `json:"events"`
}

// Article is the article's metadata, and its text on request.
type Article struct {
	URL   string `json:"url"`
	Title string `json:"title"`
	// Published is the publication day, "YYYY-MM-DD", or "".
	Published string `json:"published"`
	// PublishedTime is the full time with its zone when the page gave one.
	PublishedTime   string   `json:"published_time,omitempty"`
	PublishedSource string   `json:"published_source,omitempty"`
	Language        string   `json:"language"`
	Authors         []string `json:"authors"`
	SiteName        string   `json:"site_name,omitempty"`
	// Dateline is the place a date line of its own names, or "".
	Dateline string `json:"dateline,omitempty"`
	// Text is the clean text all offsets point into (only with --with-text).
	Text string `json:"text,omitempty"`
}

// Actor is one resolved participant of the article.
type Actor struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Country  string `json:"country"`
	Role     string `json:"role"`
	Wikidata string `json:"wikidata,omitempty"`
	Known    bool   `json:"known"`
}

// Ref names an actor inside events and quotes.
type Ref struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country"`
}

// Date is one time expression and its resolved value.
type Date struct {
	Text      string `json:"text"`
	Value     string `json:"value"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Precision string `json:"precision"`
	Earliest  string `json:"earliest,omitempty"`
	Latest    string `json:"latest,omitempty"`
	Relation  string `json:"relation,omitempty"`
	Kind      string `json:"kind,omitempty"`
}

// Quote is a direct quotation; Speaker is null when unattributed. Text,
// Start and End are its first stretch; More holds the rest of the same
// quotation ("“…,” he said. “…”").
type Quote struct {
	Speaker *Ref      `json:"speaker"`
	Text    string    `json:"text"`
	Start   int       `json:"start"`
	End     int       `json:"end"`
	Cue     string    `json:"cue,omitempty"`
	More    []Stretch `json:"more,omitempty"`
}

// Stretch is a further stretch of a quotation.
type Stretch struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Place is where an event happened.
type Place struct {
	Name    string `json:"name"`
	Country string `json:"country"`
}

// Evidence is the sentence stating an event, with its byte offsets.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Event is one coded political event.
type Event struct {
	Type         string   `json:"type"`
	Mode         string   `json:"mode"`
	Medium       string   `json:"medium"`
	Status       string   `json:"status"`
	Date         string   `json:"date"`
	Year         int      `json:"year,omitempty"`
	Source       Ref      `json:"source"`
	Target       *Ref     `json:"target"`
	Participants []Ref    `json:"participants"`
	Location     *Place   `json:"location"`
	Evidence     Evidence `json:"evidence"`
	CAMEO        string   `json:"cameo"`
	Confidence   float64  `json:"confidence"`
	Explain      *Explain `json:"explain,omitempty"`
}

// Explain tells which rule produced an event and from which words.
type Explain struct {
	Rule    string `json:"rule"`
	Trigger string `json:"trigger"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Options choose the optional parts of the output.
type Options struct {
	WithText bool // include article.text
	Explain  bool // include events[].explain
}

// FromAnalysis converts an analysis to the contract.
func FromAnalysis(a *parley.Analysis, opt Options) *Analysis {
	out := &Analysis{
		Article: FromArticle(&a.Article),
		Actors:  make([]Actor, 0, len(a.Actors)),
		Dates:   make([]Date, 0, len(a.Dates)),
		Quotes:  make([]Quote, 0, len(a.Quotes)),
		Events:  make([]Event, 0, len(a.Events)),
	}
	if opt.WithText {
		out.Article.Text = a.Article.Text
	}
	for _, x := range a.Actors {
		out.Actors = append(out.Actors, Actor{ID: x.ID, Name: x.Name, Kind: string(x.Kind), Country: x.Country,
			Role: x.Role, Wikidata: x.Wikidata, Known: x.Known})
	}
	for _, x := range a.Dates {
		out.Dates = append(out.Dates, FromTimeExpr(x))
	}
	for _, q := range a.Quotes {
		oq := Quote{Text: q.Text, Start: q.Span.Start, End: q.Span.End, Cue: q.Cue}
		for _, sp := range q.More {
			if sp.Valid(len(a.Article.Text)) {
				oq.More = append(oq.More, Stretch{Text: a.Article.Text[sp.Start:sp.End], Start: sp.Start, End: sp.End})
			}
		}
		if !q.Speaker.IsZero() {
			r := FromRef(q.Speaker)
			oq.Speaker = &r
		}
		out.Quotes = append(out.Quotes, oq)
	}
	for _, e := range a.Events {
		out.Events = append(out.Events, FromEvent(e, opt.Explain, a.Article.Text))
	}
	return out
}

// FromArticle converts article metadata (without the text).
func FromArticle(a *parley.Article) Article {
	out := Article{URL: a.URL, Title: a.Title, Published: a.PublishedDate().String(),
		PublishedSource: string(a.PublishedSource), Language: a.Language, Authors: a.Authors, SiteName: a.SiteName, Dateline: a.Dateline}
	if out.Authors == nil {
		out.Authors = []string{}
	}
	if !a.Published.IsZero() && (a.Published.Hour() != 0 || a.Published.Minute() != 0 || a.Published.Location() != time.UTC) {
		out.PublishedTime = a.Published.Format(time.RFC3339)
	}
	return out
}

// FromTimeExpr converts a time expression.
func FromTimeExpr(x parley.TimeExpr) Date {
	return Date{Text: x.Text, Value: x.Value.String(), Start: x.Span.Start, End: x.Span.End,
		Precision: x.Precision.String(), Earliest: x.Earliest.String(), Latest: x.Latest.String(),
		Relation: string(x.Relation), Kind: x.Kind}
}

// FromRef converts an actor reference.
func FromRef(r parley.ActorRef) Ref { return Ref{ID: r.ID, Name: r.Name, Country: r.Country} }

// FromEvent converts an event; text is the article text, for the trigger
// words of the explanation.
func FromEvent(e parley.Event, explain bool, text string) Event {
	out := Event{Type: string(e.Type), Mode: e.Mode, Medium: string(e.Medium), Status: string(e.Status),
		Date: e.ReportedDate().String(), Source: FromRef(e.Source), Participants: make([]Ref, 0, len(e.Participants)),
		Evidence: Evidence{Sentence: e.Evidence.Sentence, Start: e.Evidence.Span.Start, End: e.Evidence.Span.End},
		CAMEO:    e.CAMEO, Confidence: e.Confidence}
	if e.Date.Precision() == parley.PrecisionYear {
		out.Year = e.Date.Year // the text gave only the year
	}
	if !e.Target.IsZero() {
		t := FromRef(e.Target)
		out.Target = &t
	}
	for _, p := range e.Participants {
		out.Participants = append(out.Participants, FromRef(p))
	}
	if e.Location != nil {
		out.Location = &Place{Name: e.Location.Name, Country: e.Location.Country}
	}
	if explain {
		out.Explain = &Explain{Rule: e.Rule, Trigger: e.Trigger.In(text), Start: e.Trigger.Start, End: e.Trigger.End}
	}
	return out
}
