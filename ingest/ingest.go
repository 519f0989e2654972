// Package ingest runs documents from sources through an analyzer into a
// store, and accounts for every one of them.
//
// Every input gets exactly one outcome: stored, duplicate (the store had
// it already) or rejected with the stage that failed and a reason code, so
// that seen = stored + duplicate + rejected holds for every run. Rejections
// go to the store's ledger as well as the report. Analysis runs in a
// bounded pool of workers; one goroutine writes, because the store takes
// one writer at a time anyway and so outcomes are recorded in one place.
//
// The package declares the two small interfaces it consumes, Analyzer and
// Store; cmd/parley wires the real ones in.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"
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
	PutAnalysis(ctx context.Context, locator string, a *parley.Analysis) (store.PutResult, error)
	PutRejection(ctx context.Context, r parley.Rejection) error
}

// Source yields documents, or an error with a Document whose Locator names
// the input that could not be read. Ranging stops early when ingest is
// cancelled, so a source must release what it holds when its yield
// function returns false.
type Source = iter.Seq2[parley.Document, error]

// Stages at which an input can be rejected.
const (
	StageRead    = "read"
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
}

// Options tune a run. The zero value is usable.
type Options struct {
	// Workers is the number of documents analyzed at once; 0 means
	// GOMAXPROCS.
	Workers int
	// Limits bound each document: MaxDocBytes (checked again here, in
	// case a source did not) and DocBudget, the time one analysis may
	// take. Zero fields take parley.DefaultLimits.
	Limits parley.Limits
	// OnOutcome, when set, is called for every input as its outcome is
	// recorded, from one goroutine, in the order of recording.
	OnOutcome func(Outcome)
}

// Report counts the outcomes of a run. Seen = Stored + Duplicate + Rejected.
type Report struct {
	Seen, Stored, Duplicate, Rejected int
	// Rejections lists every rejected input in the order recorded.
	Rejections []parley.Rejection
}

// Run ingests every document of the sources, in order, into st.
//
// A document that cannot be read, extracted, analyzed or stored is
// rejected and the run goes on. Run stops early only when ctx is
// cancelled, returning an error that wraps ctx.Err(), or when the store
// fails for a reason other than the document itself (disk full, database
// busy or broken), returning that error. Either way the report counts the
// outcomes recorded until then, and what was recorded is complete:
// each article is stored whole or not at all.
func Run(ctx context.Context, sources []Source, an Analyzer, st Store, opt Options) (Report, error) {
	opt = withDefaults(opt)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan job, opt.Workers)
	results := make(chan result, opt.Workers)

	var wg sync.WaitGroup
	wg.Add(1)
	exhausted := false // set by the reader when every source ran dry
	go func() {        // the reader: sources, one after the other
		defer wg.Done()
		defer close(jobs)
		for _, src := range sources {
			for doc, err := range src {
				select {
				case jobs <- job{doc: doc, err: err}:
				case <-ctx.Done():
					return
				}
			}
		}
		exhausted = true
	}()
	var workers sync.WaitGroup
	for range opt.Workers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			// Every job gets a result, even after cancellation (then a
			// quick "cancelled" one), so that no input goes uncounted;
			// the loop below reads results until the channel closes.
			for j := range jobs {
				results <- process(ctx, j, an, opt.Limits)
			}
		}()
	}
	go func() {
		workers.Wait()
		close(results)
	}()

	rec := recorder{st: st, opt: opt}
	var runErr error
	for r := range results {
		if runErr != nil {
			continue // draining after a failure, so the workers can finish
		}
		if err := rec.record(ctx, r); err != nil {
			runErr = err
			cancel()
		}
	}
	wg.Wait()
	// A cancellation that came after the last input was recorded lost
	// nothing, so it is no failure.
	if runErr == nil && ctx.Err() != nil && (!exhausted || rec.dropped > 0) {
		runErr = fmt.Errorf("ingest stopped: %w", context.Cause(ctx))
	}
	return rec.report, runErr
}

func withDefaults(opt Options) Options {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
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
	doc parley.Document
	err error // the source could not read the input
}

// result is a worker's verdict on one input: an analysis to store, a
// rejection to record, or nothing when the run was cancelled under it.
type result struct {
	locator   string
	analysis  *parley.Analysis
	rejection *parley.Rejection
	cancelled bool
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

// process reads the verdict on one input. It never panics: an analyzer
// that does is reported as an internal error on that document.
func process(ctx context.Context, j job, an Analyzer, lim parley.Limits) (r result) {
	const op = "ingest.Run"
	loc := j.doc.Locator
	if j.err != nil {
		return reject(loc, StageRead, j.err)
	}
	if int64(len(j.doc.Body)) > lim.MaxDocBytes {
		return reject(loc, StageRead, parley.E(op, parley.TooLarge,
			fmt.Sprintf("the document is %d bytes, over the limit of %d", len(j.doc.Body), lim.MaxDocBytes)))
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

// recorder writes outcomes to the store and keeps the report. It is used
// by the one writing goroutine only.
type recorder struct {
	st      Store
	opt     Options
	report  Report
	dropped int // inputs left without an outcome by cancellation
}

// record stores one result. It returns an error only when the run must
// stop: the store failed for a reason other than the document.
func (rec *recorder) record(ctx context.Context, r result) error {
	if r.cancelled {
		rec.dropped++
		return nil
	}
	if r.analysis != nil {
		res, err := rec.st.PutAnalysis(ctx, r.locator, r.analysis)
		switch k := parley.KindOf(err); {
		case err == nil:
			out := Outcome{Locator: r.locator, Result: Stored, ArticleID: res.ArticleID}
			rec.report.Stored++
			if res.Duplicate {
				out.Result = Duplicate
				rec.report.Stored--
				rec.report.Duplicate++
			}
			rec.done(out)
			return nil
		case ctx.Err() != nil:
			rec.dropped++ // cancelled: no outcome for this one
			return nil
		case k == parley.Invalid || k == parley.Empty:
			// The store refused this analysis: a fault of the document
			// (or of the analyzer on it), not of the store.
			r = reject(r.locator, StageStore, err)
		default:
			return fmt.Errorf("storing %s: %w", r.locator, err)
		}
	}
	if err := rec.st.PutRejection(ctx, *r.rejection); err != nil {
		if ctx.Err() != nil {
			rec.dropped++
			return nil
		}
		return fmt.Errorf("recording the rejection of %s: %w", r.locator, err)
	}
	rec.report.Rejected++
	rec.report.Rejections = append(rec.report.Rejections, *r.rejection)
	rec.done(Outcome{Locator: r.locator, Result: Rejected, Rejection: r.rejection})
	return nil
}

func (rec *recorder) done(o Outcome) {
	rec.report.Seen++
	if rec.opt.OnOutcome != nil {
		rec.opt.OnOutcome(o)
	}
}
