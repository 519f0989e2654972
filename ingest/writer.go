package ingest

import (
	"context"
	"fmt"
	"time"

	"parley"
	"parley/store"
)

// writer stores outcomes in batches and keeps the report. It runs on the
// goroutine that called Run; nothing else touches it.
type writer struct {
	st      Store
	opt     Options
	report  Report
	dropped int // inputs left without an outcome by cancellation
	batch   []result
	text    int // bytes of article text held in the batch
}

// maxBatchText bounds the article text a batch holds: an analysis holds
// several times its text in annotations.
const maxBatchText = 8 << 20

// run reads results until the channel closes, storing them in batches. On
// a store failure it cancels the run and drains the rest, so the other
// stages can finish; it returns that failure.
//
// Writes use a context that is not cancelled with the run: analyses that
// finished before an interrupt are worth keeping, and a batch is short.
func (w *writer) run(ctx context.Context, cancel context.CancelFunc, results <-chan result) error {
	wctx := context.WithoutCancel(ctx)
	var runErr error
	timer := time.NewTimer(w.opt.BatchWait)
	timer.Stop()
	flush := func() {
		timer.Stop()
		if len(w.batch) == 0 {
			return
		}
		if runErr == nil {
			runErr = w.flush(wctx)
			if runErr != nil {
				cancel()
			}
		}
		if runErr != nil {
			w.dropped += len(w.batch) // the batch has no outcome
		}
		clear(w.batch) // let the analyses go
		w.batch = w.batch[:0]
		w.text = 0
	}
	for {
		select {
		case r, ok := <-results:
			if !ok {
				flush()
				return runErr
			}
			switch {
			case runErr != nil || r.cancelled:
				w.dropped++ // no outcome for this one
			case r.resumed != nil:
				w.resume(r)
			default:
				if len(w.batch) == 0 {
					timer.Reset(w.opt.BatchWait)
				}
				w.batch = append(w.batch, r)
				if r.analysis != nil {
					w.text += len(r.analysis.Article.Text)
				}
				// A batch of very long articles is stored early, so the
				// memory it holds stays bounded whatever the pages.
				if len(w.batch) >= w.opt.BatchSize || w.text >= maxBatchText {
					flush()
				}
			}
		case <-timer.C:
			flush()
		}
	}
}

// flush stores the batch in one transaction and records the outcomes. An
// analysis the store refuses becomes a rejection at the store stage,
// recorded in a second, small transaction.
func (w *writer) flush(ctx context.Context) error {
	items := make([]store.Item, len(w.batch))
	for i, r := range w.batch {
		items[i] = store.Item{Locator: r.locator, Analysis: r.analysis, Rejection: r.rejection, Fetched: r.fetched}
	}
	res, err := w.st.PutAnalyses(ctx, items)
	if err != nil {
		return fmt.Errorf("storing %d outcomes (from %s): %w", len(items), items[0].Locator, err)
	}
	if len(res) != len(items) {
		return parley.E("ingest.Run", parley.Internal, fmt.Sprintf("the store returned %d results for %d items", len(res), len(items)))
	}
	var refused []result
	for i, r := range w.batch {
		switch {
		case res[i].Err != nil && r.analysis != nil:
			rr := reject(r.locator, StageStore, res[i].Err)
			rr.fetched = r.fetched
			refused = append(refused, rr)
		case res[i].Err != nil:
			return fmt.Errorf("recording the rejection of %s: %w", r.locator, res[i].Err)
		case r.analysis != nil:
			out := Outcome{Locator: r.locator, Result: Stored, ArticleID: res[i].ArticleID}
			if res[i].Duplicate {
				out.Result = Duplicate
			}
			w.done(out)
		default:
			w.done(Outcome{Locator: r.locator, Result: Rejected, Rejection: r.rejection})
		}
	}
	if len(refused) == 0 {
		return nil
	}
	w.batch = refused
	return w.flush(ctx)
}

// resume counts an input an earlier run finished, by its earlier outcome.
func (w *writer) resume(r result) {
	e := r.resumed
	out := Outcome{Locator: r.locator, Result: Duplicate, ArticleID: e.ArticleID, Resumed: true}
	if e.Outcome == store.LoggedRejected {
		out.Result, out.ArticleID, out.Rejection = Rejected, 0, e.Rejection
	}
	w.done(out)
}

func (w *writer) done(o Outcome) {
	rep := &w.report
	rep.Seen++
	if o.Resumed {
		rep.Resumed++
	}
	switch o.Result {
	case Stored:
		rep.Stored++
	case Duplicate:
		rep.Duplicate++
	case Rejected:
		rep.Rejected++
		if len(rep.Rejections) < w.opt.MaxReportRejections {
			rep.Rejections = append(rep.Rejections, *o.Rejection)
		} else {
			rep.RejectionsOmitted++
		}
	}
	if w.opt.OnOutcome != nil {
		w.opt.OnOutcome(o)
	}
}
