// Package ingest runs documents from sources through an analyzer into a
// store, and accounts for every one of them.
//
// Every input gets exactly one outcome: stored, duplicate (the store had
// it already) or rejected with the stage that failed and a reason code, so
// that seen = stored + duplicate + rejected holds for every run. Rejections
// go to the store's ledger as well as the report.
//
// A run is a bounded pipeline:
//
//	sources ─▶ reader ─┬──────────────────────▶ analyzers ─▶ writer ─▶ store
//	                   └─▶ fetchers (by URL) ─┘
//
// The reader walks the sources one after the other and, when resuming,
// passes over inputs whose outcome an earlier run recorded. Fetchers load
// the documents that a source names by address only; analyzers (one per
// core by default) extract and analyze; the one writer stores outcomes in
// batches, several articles per transaction, each article still all or
// nothing. Every queue between stages is bounded, so memory does not grow
// with the input.
//
// The package declares the small interfaces it consumes — Analyzer, Store
// and Fetcher; cmd/parley wires the real ones in.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"parley"
	"parley/store"
)

// Analyzer turns one raw document into an analysis: extraction and all
// the language stages. It must honour ctx, which carries the document's
// time budget. Analyze is called from several goroutines at once.
type Analyzer interface {
	Analyze(ctx context.Context, doc parley.Document) (*parley.Analysis, error)
}

// AnalyzerFunc adapts a function to the Analyzer interface.
type AnalyzerFunc func(ctx context.Context, doc parley.Document) (*parley.Analysis, error)

// Analyze calls f.
func (f AnalyzerFunc) Analyze(ctx context.Context, doc parley.Document) (*parley.Analysis, error) {
	return f(ctx, doc)
}

// Store is what ingest needs of a store: store.Store satisfies it.
type Store interface {
	// PutAnalyses records a batch of outcomes in one transaction and logs
	// each input's outcome with it.
	PutAnalyses(ctx context.Context, items []store.Item) ([]store.ItemResult, error)
	// Logged returns the outcome an earlier run logged for an input, or a
	// NotFound error.
	Logged(ctx context.Context, locator string) (store.LogEntry, error)
}

// Fetcher loads a document that a source names by address only — a feed
// item, a line of a URL list: one with a URL and a nil Body. It returns
// the document with its Body (and what the server said of it) filled in,
// or a *parley.Error whose kind is the reason for rejecting it. Fetch is
// called from several goroutines at once and must honour ctx.
type Fetcher interface {
	Fetch(ctx context.Context, doc parley.Document) (parley.Document, error)
}

// Source yields documents, or an error with a Document whose Locator names
// the input that could not be read. A document with a URL and a nil Body
// is loaded by Options.Fetcher. Ranging stops early when ingest is
// cancelled, so a source must release what it holds when its yield
// function returns false.
type Source = iter.Seq2[parley.Document, error]

// Stages at which an input can be rejected.
const (
	StageRead    = "read"
	StageFetch   = "fetch"
	StageExtract = "extract"
	StageAnalyze = "analyze"
	StageStore   = "store"
)

// Result is the outcome of one input.
type Result string

// The three outcomes an input can have.
const (
	Stored    Result = "stored"
	Duplicate Result = "duplicate"
	Rejected  Result = "rejected"
)

// Outcome is what became of one input.
type Outcome struct {
	Locator string
	Result  Result
	// ArticleID is the stored article (for a duplicate, the earlier copy);
	// 0 when rejected.
	ArticleID int64
	// Rejection is set when Result is Rejected.
	Rejection *parley.Rejection
	// Resumed is set when an earlier run recorded the outcome and this
	// one passed the input over. An input an earlier run stored counts as
	// a Duplicate now: the store has it already.
	Resumed bool
}

// Options tune a run. The zero value is usable.
type Options struct {
	// Workers is the number of documents analyzed at once; 0 means
	// GOMAXPROCS.
	Workers int
	// Fetchers is the number of documents fetched at once, across all
	// hosts (the Fetcher keeps its own per-host caps); 0 means 8.
	Fetchers int
	// Fetcher loads documents that sources name by URL only. Without one,
	// such documents are rejected as Unsupported.
	Fetcher Fetcher
	// Limits bound each document: MaxDocBytes (checked again here, in
	// case a source did not) and DocBudget, the time one analysis may
	// take. Zero fields take parley.DefaultLimits.
	Limits parley.Limits
	// BatchSize caps the outcomes stored in one transaction (0 means 256),
	// and BatchWait how long the first of them waits for others to join
	// it (0 means 1 s). Larger batches mean fewer disk syncs and fewer
	// writes of the same index pages; an outcome is reported (OnOutcome)
	// only once its batch is committed. A batch whose articles' text
	// passes 8 MiB is stored at once.
	BatchSize int
	BatchWait time.Duration
	// Resume, when set, is asked about each input's locator: when it
	// returns true and the store logged an outcome for that locator in an
	// earlier run, the input is counted with that outcome and not read
	// further. Rejections for a passing reason (Timeout, Unavailable) are
	// tried again. Inputs without stable names, such as standard input,
	// should answer false.
	Resume func(locator string) bool
	// OnOutcome, when set, is called for every input as its outcome is
	// recorded, from one goroutine, in the order of recording.
	OnOutcome func(Outcome)
	// MaxReportRejections caps the rejections the report lists (the
	// ledger keeps them all); 0 means 100,000.
	MaxReportRejections int
}

// Report counts the outcomes of a run. Seen = Stored + Duplicate + Rejected.
type Report struct {
	Seen      int `json:"seen"`
	Stored    int `json:"stored"`
	Duplicate int `json:"duplicate"`
	Rejected  int `json:"rejected"`
	// Resumed counts the inputs an earlier run had finished, included in
	// Duplicate and Rejected by their earlier outcome.
	Resumed int `json:"resumed"`
	// Fetched counts the documents loaded by the Fetcher.
	Fetched int `json:"fetched"`
	// Rejections lists the rejected inputs in the order recorded, up to
	// Options.MaxReportRejections; RejectionsOmitted counts the rest.
	Rejections        []parley.Rejection `json:"rejections"`
	RejectionsOmitted int                `json:"rejections_omitted,omitempty"`
}

// Run ingests every document of the sources, in order, into st.
//
// A document that cannot be read, fetched, extracted, analyzed or stored
// is rejected and the run goes on. Run stops early only when ctx is
// cancelled, returning an error that wraps ctx.Err(), or when the store
// fails for a reason other than the document itself (disk full, database
// busy or broken), returning that error. Either way the report counts the
// outcomes recorded until then, and what was recorded is complete: each
// article is stored whole or not at all. Analyses finished when ctx is
// cancelled are still stored.
func Run(ctx context.Context, sources []Source, an Analyzer, st Store, opt Options) (Report, error) {
	opt = withDefaults(opt)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	toFetch := make(chan job, opt.Fetchers)
	toAnalyze := make(chan job, max(opt.Workers, readAheadDocs))
	gate := newByteGate(readAheadBytes)
	results := make(chan result, opt.Workers+opt.BatchSize)

	var fetched atomic.Int64
	var readerErr error
	exhausted := false // set by the reader when every source ran dry
	var feeders sync.WaitGroup
	feeders.Add(1)
	go func() {
		defer feeders.Done()
		defer close(toFetch)
		exhausted, readerErr = read(ctx, sources, st, opt, gate, toFetch, toAnalyze, results)
	}()
	for range opt.Fetchers {
		feeders.Add(1)
		go func() {
			defer feeders.Done()
			for j := range toFetch {
				r, ok := fetch(ctx, j, opt.Fetcher)
				if !ok {
					results <- r
					continue
				}
				fetched.Add(1)
				toAnalyze <- job{doc: r.doc}
			}
		}()
	}
	go func() {
		feeders.Wait()
		close(toAnalyze)
	}()
	var analyzers sync.WaitGroup
	for range opt.Workers {
		analyzers.Add(1)
		go func() {
			defer analyzers.Done()
			// Every job gets a result, even after cancellation (then a
			// quick "cancelled" one), so that no input goes uncounted;
			// the writer reads results until the channel closes.
			for j := range toAnalyze {
				gate.give(j.held)
				results <- process(ctx, j, an, opt.Limits)
			}
		}()
	}
	go func() {
		analyzers.Wait()
		close(results)
	}()

	w := writer{st: st, opt: opt}
	runErr := w.run(ctx, cancel, results)
	w.report.Fetched = int(fetched.Load())
	if runErr == nil && readerErr != nil {
		runErr = readerErr
	}
	// A cancellation that came after the last input was recorded lost
	// nothing, so it is no failure.
	if runErr == nil && ctx.Err() != nil && (!exhausted || w.dropped > 0) {
		runErr = fmt.Errorf("ingest stopped: %w", context.Cause(ctx))
	}
	return w.report, runErr
}

func withDefaults(opt Options) Options {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Fetchers <= 0 {
		opt.Fetchers = 8
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 256
	}
	if opt.BatchWait <= 0 {
		opt.BatchWait = time.Second
	}
	if opt.MaxReportRejections <= 0 {
		opt.MaxReportRejections = 100_000
	}
	def := parley.DefaultLimits()
	if opt.Limits.MaxDocBytes <= 0 {
		opt.Limits.MaxDocBytes = def.MaxDocBytes
	}
	if opt.Limits.DocBudget <= 0 {
		opt.Limits.DocBudget = def.DocBudget
	}
	return opt
}

type job struct {
	doc  parley.Document
	err  error // the source could not read the input
	held int64 // the bytes of the read-ahead budget it holds until analysed
}

// result is a stage's verdict on one input: an analysis to store, a
// rejection to record, an outcome an earlier run recorded, or nothing
// when the run was cancelled under it.
type result struct {
	locator   string
	fetched   time.Time
	analysis  *parley.Analysis
	rejection *parley.Rejection
	resumed   *store.LogEntry
	cancelled bool
	doc       parley.Document // a fetched document, on its way to the analyzers
}

func reject(locator, stage string, err error) result {
	return result{locator: locator, rejection: &parley.Rejection{
		Locator: locator, Stage: stage, Kind: parley.KindOf(err), Detail: clip(parley.Reason(err), maxDetail),
	}}
}

// maxDetail caps a rejection's detail: a reason is a sentence, and an
// error that quotes its input must not copy a whole page into the ledger.
const maxDetail = 500

// clip shortens s to at most max bytes without splitting a character.
func clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// read walks the sources and hands each input to the next stage: the
// fetchers, the analyzers, or — for an input an earlier run finished —
// straight to the writer. It reports whether every source ran dry, and an
// error when the store could not say what an earlier run did.
func read(ctx context.Context, sources []Source, st Store, opt Options, gate *byteGate, toFetch, toAnalyze chan<- job, results chan<- result) (bool, error) {
	n := 0
	for _, src := range sources {
		for doc, err := range src {
			n++
			if strings.TrimSpace(doc.Locator) == "" {
				// The ledger and the log are keyed by locator.
				doc.Locator = fmt.Sprintf("(unnamed input %d)", n)
			}
			if opt.Resume != nil && opt.Resume(doc.Locator) {
				e, lerr := st.Logged(ctx, doc.Locator)
				switch {
				case lerr == nil && finished(e):
					select {
					case results <- result{locator: doc.Locator, resumed: &e}:
						continue
					case <-ctx.Done():
						return false, nil
					}
				case lerr != nil && parley.KindOf(lerr) != parley.NotFound:
					if ctx.Err() != nil {
						return false, nil
					}
					return false, fmt.Errorf("looking up what an earlier run did with %s: %w", doc.Locator, lerr)
				}
			}
			j := job{doc: doc, err: err}
			next := toAnalyze
			if err == nil && doc.Body == nil && doc.URL != "" {
				next = toFetch
			} else {
				j.held = int64(len(doc.Body))
				if !gate.take(ctx, j.held) {
					return false, nil
				}
			}
			select {
			case next <- j:
			case <-ctx.Done():
				return false, nil
			}
		}
	}
	return true, nil
}

// finished reports whether an earlier run's outcome stands: anything but
// a rejection for a reason that may pass (a timeout, a busy service).
func finished(e store.LogEntry) bool {
	if e.Outcome != store.LoggedRejected {
		return true
	}
	if e.Rejection == nil {
		return false // the ledger lost its entry: try again
	}
	k := e.Rejection.Kind
	return k != parley.Timeout && k != parley.Unavailable
}

// fetch loads one document by URL. It returns the fetched document and
// true, or the input's final result and false.
func fetch(ctx context.Context, j job, f Fetcher) (result, bool) {
	const op = "ingest.Fetch"
	loc := j.doc.Locator
	if ctx.Err() != nil {
		return result{locator: loc, cancelled: true}, false
	}
	if f == nil {
		return reject(loc, StageFetch, parley.E(op, parley.Unsupported, "no fetcher is configured for documents named by URL")), false
	}
	doc, err := f.Fetch(ctx, j.doc)
	switch {
	case ctx.Err() != nil:
		return result{locator: loc, cancelled: true}, false
	case err != nil:
		r := reject(loc, StageFetch, err)
		r.fetched = doc.Fetched
		return r, false
	}
	doc.Locator = loc
	return result{doc: doc}, true
}

// process reads the verdict on one input. It never panics: an analyzer
// that does is reported as an internal error on that document.
func process(ctx context.Context, j job, an Analyzer, lim parley.Limits) (r result) {
	const op = "ingest.Run"
	loc := j.doc.Locator
	defer func() { r.fetched = j.doc.Fetched }()
	if j.err != nil {
		return reject(loc, StageRead, j.err)
	}
	if int64(len(j.doc.Body)) > lim.MaxDocBytes {
		return reject(loc, StageRead, parley.E(op, parley.TooLarge,
			fmt.Sprintf("the document is %d bytes, over the limit of %d", len(j.doc.Body), lim.MaxDocBytes)))
	}
	if ctx.Err() != nil {
		return result{locator: loc, cancelled: true}
	}
	dctx, cancel := context.WithTimeout(ctx, lim.DocBudget)
	defer cancel()
	defer func() {
		if p := recover(); p != nil {
			r = reject(loc, StageAnalyze, parley.E(op, parley.Internal, fmt.Sprintf("the analyzer panicked: %v", p)))
		}
	}()
	a, err := an.Analyze(dctx, j.doc)
	switch {
	case ctx.Err() != nil:
		return result{locator: loc, cancelled: true}
	case err != nil && dctx.Err() != nil:
		return reject(loc, Stage(err), parley.E(op, parley.Timeout,
			fmt.Sprintf("the analysis took longer than its budget of %v", lim.DocBudget)))
	case err != nil:
		return reject(loc, Stage(err), err)
	case a == nil:
		return reject(loc, StageAnalyze, parley.E(op, parley.Internal, "the analyzer returned no analysis and no error"))
	}
	if a.Article.Title == "" && j.doc.Title != "" {
		// A page without a title of its own takes the one its feed gave.
		a.Article.Title = j.doc.Title
	}
	return result{locator: loc, analysis: a}
}

// Stage names the stage an analyzer error comes from: "extract" when a
// *parley.Error in its chain has an Op of package extract ("extract.…"),
// else "analyze".
func Stage(err error) string {
	for err != nil {
		var pe *parley.Error
		if !errors.As(err, &pe) {
			break
		}
		if strings.HasPrefix(pe.Op, "extract.") {
			return StageExtract
		}
		err = pe.Err
	}
	return StageAnalyze
}
