// Package store is the contract of Parley's database: what it keeps (articles
// with all their annotations, the actors they name, the events coded from
// them, and the ledger of rejected inputs) and the questions it answers.
//
// The contract has more than one implementation (store/sqlite now, a
// PostgreSQL one later), so its behaviour is pinned down by the conformance
// suite in store/storetest rather than by any one implementation. The few
// helpers here (CanonicalURL, Check) define parts of that behaviour every
// implementation must share.
package store

import (
	"context"
	"time"

	"parley"
)

// Store keeps analyzed articles and answers questions about them.
//
// Every method is safe for concurrent use by multiple goroutines. Errors are
// *parley.Error values whose Kind tells the caller what to do: Invalid for a
// request or an analysis that breaks the contract (nothing is stored),
// NotFound for an ID that does not exist, Unavailable when the database is
// busy or out of space and a retry may succeed, Internal otherwise. A
// cancelled context returns an error that wraps ctx.Err().
type Store interface {
	// PutAnalysis stores an article and all its annotations — actors,
	// mentions, dates, quotes, sentences and events — in one transaction:
	// after a crash either all of it is there or none of it is.
	//
	// An article whose content hash (parley.Article.ContentHash) or
	// canonical URL (CanonicalURL of Article.URL) is already stored is not
	// stored again; the result reports Duplicate and the ID of the stored
	// copy. The first copy wins: a later, edited version of the same URL is
	// a duplicate.
	//
	// locator names the input the article came from (a path, a URL,
	// "archive.warc.gz@81234"); any rejection recorded earlier for the same
	// locator is removed, because the input now has an outcome.
	//
	// PutAnalysis returns an Invalid error, and stores nothing, when the
	// analysis breaks an invariant that Check lists.
	PutAnalysis(ctx context.Context, locator string, a *parley.Analysis) (PutResult, error)

	// PutRejection records an input that could not be stored. The ledger
	// keeps one entry per locator: a new rejection of the same locator
	// replaces the old one. An empty locator is Invalid.
	PutRejection(ctx context.Context, r parley.Rejection) error

	// PutAnalyses records the outcomes of a batch of inputs in one
	// transaction: each Item's article (with all its annotations, as
	// PutAnalysis stores it, duplicates included) or rejection (as
	// PutRejection records it), and for every item a row in the ingest
	// log naming its outcome. Each item is all or nothing, and so is the
	// batch: after a crash either every item of it is stored and logged
	// or none is. Items are applied in order, so a later item that copies
	// an earlier one of the same batch is its duplicate.
	//
	// The results are in the order of items. An item the store refuses
	// (see ItemResult.Err) does not stop the others; any other failure
	// rolls the whole batch back and is returned.
	PutAnalyses(ctx context.Context, items []Item) ([]ItemResult, error)

	// Logged returns the outcome that PutAnalyses last logged for a
	// locator, or a NotFound error when it logged none.
	Logged(ctx context.Context, locator string) (LogEntry, error)

	// FeedState returns the state stored for a feed URL, or a NotFound
	// error. PutFeedState stores it, replacing the previous state; the
	// URL is required.
	FeedState(ctx context.Context, url string) (FeedState, error)
	PutFeedState(ctx context.Context, st FeedState) error

	// Rejections lists the ledger in the order the entries were first made.
	Rejections(ctx context.Context, f RejectionFilter) ([]StoredRejection, error)

	// Events lists stored events that pass the filter, oldest event date
	// first (undated events last), or newest first when f.NewestFirst is
	// set. Events with the same date are ordered by their article's
	// publication time and then by ID, so the order is stable.
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)

	// FindActors returns the stored actors a person may mean by query, in
	// tiers: an exact actor ID; else actors whose name equals the query
	// ignoring case, together with the state whose ISO 3166-1 alpha-3 code
	// it is; else actors whose name contains the query as whole words
	// ("Putin" in "Vladimir Putin"); else actors whose name contains it
	// anywhere, ignoring case. Only the first tier that matches is
	// returned, sorted by name and then ID. No match is an empty list, not
	// an error; an empty query is Invalid.
	FindActors(ctx context.Context, query string) ([]parley.Actor, error)

	// Article returns a stored article without its annotations, or a
	// NotFound error.
	Article(ctx context.Context, id int64) (*Article, error)

	// Analysis returns a stored article with all its annotations, as
	// PutAnalysis received it, or a NotFound error. Actor references in
	// events and quotes carry the actor's stored name and country.
	Analysis(ctx context.Context, id int64) (*parley.Analysis, error)

	// Happenings lists the happenings that pass the filter, oldest date
	// first (undated last), or newest first when f.NewestFirst is set;
	// happenings with the same date are ordered by ID. Every stored event
	// belongs to exactly one happening: PutAnalysis links each event of a
	// new article, in the same transaction, to the happening it reports
	// (Links decides, Summarize says what the happening then is), or
	// starts a new one. A duplicate article links nothing, so ingesting
	// the same articles again leaves the happenings as they were.
	Happenings(ctx context.Context, f HappeningFilter) ([]Happening, error)

	// Relink discards all happenings and links every stored event again,
	// article by article in the order they were stored: what a fresh
	// database given the same articles in the same order would hold. It
	// is for databases whose events were stored before linking existed,
	// or by an older version of the rules.
	Relink(ctx context.Context) error

	// Counts returns how many rows of each kind the store holds.
	Counts(ctx context.Context) (Counts, error)

	// Close releases the store. Calls after Close fail; Close itself may
	// be called more than once.
	Close() error
}

// PutResult is the outcome of PutAnalysis.
type PutResult struct {
	// ArticleID is the ID of the stored article: the new one, or the
	// earlier copy when Duplicate is set.
	ArticleID int64
	// Duplicate is set when the article was already stored.
	Duplicate bool
}

// Article is a stored article with the bookkeeping the store adds.
type Article struct {
	ID int64
	parley.Article
	// ContentHash is parley.Article.ContentHash() at the time of storing.
	ContentHash string
	// CanonicalURL is CanonicalURL(URL), "" when the URL is not usable.
	CanonicalURL string
	// Locator names the input the article was first stored from.
	Locator    string
	IngestedAt time.Time
}

// ArticleRef is what an event carries of its article: enough to cite it.
type ArticleRef struct {
	ID    int64
	URL   string
	Title string
	Site  string
	// Published is zero when the article's publication time is unknown.
	Published time.Time
}

// StoredEvent is an event as the store returns it: the event, its ID and
// the article that states it.
type StoredEvent struct {
	ID int64
	parley.Event
	Article ArticleRef
}

// AnyOf is a set of alternative actor IDs: an event involves the set when
// it involves at least one of them. A name that resolves to several actors
// ("Xi" → several people) becomes one AnyOf.
type AnyOf []string

// EventFilter narrows Events. The zero filter matches every event.
type EventFilter struct {
	// Actors lists sets of actors that must all be involved: an event
	// matches when, for every set, one of its IDs is the event's source,
	// target or a participant. "--between A,B" is two sets. An empty set
	// matches nothing.
	Actors []AnyOf
	// Types keeps only events of these PLOVER types; empty keeps all.
	Types []parley.EventType
	// Statuses keeps only events with these statuses; empty keeps all.
	Statuses []parley.Status
	// Since and Until bound event dates, both inclusive, each at its own
	// precision (Since 2021-06 means from 2021-06-01, Until 2021 means to
	// 2021-12-31). An event matches when the days its date covers overlap
	// the bounds, so an event dated 2021-06 is inside Since 2021-06-10,
	// and one dated 2021 is inside Until 2021-01-05. Undated events never
	// match a filter with a bound.
	Since, Until parley.Date
	// ArticleID keeps only the events of one article; 0 keeps all.
	ArticleID int64
	// NewestFirst reverses the date order (undated events stay last).
	NewestFirst bool
	// Limit caps the number of events returned; 0 means no cap. Offset
	// skips that many matching events first. Negative values are Invalid.
	Limit, Offset int
}

// RejectionFilter narrows Rejections. The zero filter matches everything.
type RejectionFilter struct {
	// Stage keeps only rejections at this stage ("read", "extract",
	// "analyze", "store"); "" keeps all.
	Stage string
	// Kinds keeps only rejections of these kinds; empty keeps all.
	Kinds []parley.Kind
	// Limit caps the number returned (0: no cap); Offset skips entries.
	Limit, Offset int
}

// StoredRejection is a rejection as the ledger holds it.
type StoredRejection struct {
	ID int64
	parley.Rejection
	// At is when the input was last rejected.
	At time.Time
}

// Counts is the number of rows of each kind a store holds.
type Counts struct {
	Articles   int64
	Actors     int64
	Events     int64
	Quotes     int64
	Rejections int64
	Happenings int64
}
