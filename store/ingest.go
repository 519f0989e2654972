package store

import (
	"time"

	"parley"
)

// Item is one input's outcome for PutAnalyses: an analysis to store, or,
// when Analysis is nil, a rejection to record.
type Item struct {
	// Locator names the input (a path, a URL, "archive.warc.gz@81234").
	// It keys the ingest log and the rejection ledger; it is required.
	Locator string
	// Analysis is the article to store; nil for a rejection.
	Analysis *parley.Analysis
	// Rejection is recorded when Analysis is nil. Its Locator is ignored
	// in favour of Item.Locator.
	Rejection *parley.Rejection
	// Fetched is when the input's bytes came from the web
	// (parley.Document.Fetched); zero when unknown.
	Fetched time.Time
}

// ItemResult is the outcome of one Item of PutAnalyses.
type ItemResult struct {
	PutResult
	// Err is set when the item itself was refused: an analysis that
	// breaks the contract (Check's Invalid or Empty errors), or an item
	// with neither an analysis nor a rejection, or without a locator.
	// Nothing of that item was stored or logged; the other items were.
	Err error
}

// Outcomes recorded in the ingest log.
const (
	LoggedStored    = "stored"
	LoggedDuplicate = "duplicate"
	LoggedRejected  = "rejected"
)

// LogEntry is what an earlier PutAnalyses recorded for one input.
type LogEntry struct {
	Locator string
	// Outcome is LoggedStored, LoggedDuplicate or LoggedRejected.
	Outcome string
	// ArticleID is the stored article, or the stored copy a duplicate
	// matched; 0 when rejected or when the article has been deleted.
	ArticleID int64
	// Rejection is the ledger's entry when Outcome is LoggedRejected; nil
	// when the ledger no longer holds one for the locator.
	Rejection *parley.Rejection
	// Fetched is the Item's Fetched; zero when unknown.
	Fetched time.Time
	// At is when the outcome was recorded.
	At time.Time
}

// FeedState is what a feed's last full response said about itself: the
// validators to send back on the next poll (conditional GET).
type FeedState struct {
	URL          string
	ETag         string
	LastModified string
	// CheckedAt is when the state was recorded.
	CheckedAt time.Time
}
