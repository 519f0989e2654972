package ingest

import (
	"context"
	"testing"
	"time"
)

// TestByteGate checks the read-ahead budget: documents pass while their
// bytes fit, a document larger than the whole budget passes alone, the
// taker waits for bytes given back, and a cancelled run stops the wait.
func TestByteGate(t *testing.T) {
	ctx := context.Background()
	g := newByteGate(100)
	if !g.take(ctx, 60) || !g.take(ctx, 40) {
		t.Fatal("documents within the budget must pass")
	}

	took := make(chan bool)
	go func() { took <- g.take(ctx, 10) }()
	select {
	case <-took:
		t.Fatal("a document over the budget passed before any bytes were given back")
	case <-time.After(50 * time.Millisecond):
	}
	g.give(60)
	if !<-took {
		t.Fatal("the waiting document did not pass once bytes were given back")
	}
	if g.held != 50 {
		t.Fatalf("held %d bytes, want 50", g.held)
	}

	g.give(50)
	if !g.take(ctx, 500) {
		t.Fatal("a document larger than the budget must pass when nothing is held")
	}

	cctx, cancel := context.WithCancel(ctx)
	go func() { took <- g.take(cctx, 1) }()
	cancel()
	if <-took {
		t.Fatal("take returned true after its context was cancelled with the budget full")
	}
}
