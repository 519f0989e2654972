package ingest

import (
	"context"
	"sync"
)

// The reader runs ahead of the analyzers by up to readAheadDocs documents
// and readAheadBytes of their bodies, so that a slow read (a cold file, a
// busy disk, the reader waiting for a core) does not leave an analyzer
// idle, while a run of large pages still holds a bounded amount of
// memory: one document larger than the bound passes alone. (With one
// document a worker, the analyzers waited for input about 5 % of the
// time; the bound is small because the collector, tuned for ingest, lets
// the heap grow to several times what the queue holds: docs/BENCHMARKS.md.)
const (
	readAheadDocs  = 16
	readAheadBytes = 2 << 20
)

// byteGate bounds the bytes of the documents queued for analysis. One
// goroutine takes (the reader); any number give back.
type byteGate struct {
	mu    sync.Mutex
	held  int64
	limit int64
	freed chan struct{} // signalled when bytes are given back
}

func newByteGate(limit int64) *byteGate {
	return &byteGate{limit: limit, freed: make(chan struct{}, 1)}
}

// take waits until n more bytes fit under the limit (or nothing is held)
// and counts them. It returns false when ctx ends first.
func (g *byteGate) take(ctx context.Context, n int64) bool {
	for {
		g.mu.Lock()
		if g.held == 0 || g.held+n <= g.limit {
			g.held += n
			g.mu.Unlock()
			return true
		}
		g.mu.Unlock()
		select {
		case <-g.freed:
		case <-ctx.Done():
			return false
		}
	}
}

// give returns n bytes taken earlier.
func (g *byteGate) give(n int64) {
	if n == 0 {
		return
	}
	g.mu.Lock()
	g.held -= n
	g.mu.Unlock()
	select {
	case g.freed <- struct{}{}:
	default: // a wake-up is already pending
	}
}
