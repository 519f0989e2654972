package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"parley"
	"parley/store"
)

// BenchmarkIngestWriter times only the store's side of ingest: the pages
// of "parley bench ingest" are analysed once, then each iteration writes
// all of them into a new database in batches of 64, as ingest does. The
// CPU the analysis takes and the noise it brings stay out of the figure.
//
//	PARLEY_WRITER_PAGES=5000 go test -run XXX -bench IngestWriter -benchtime 3x ./cmd/parley
func BenchmarkIngestWriter(b *testing.B) {
	n := 5000
	if v, err := strconv.Atoi(os.Getenv("PARLEY_WRITER_PAGES")); err == nil && v > 0 {
		n = v
	}
	batch := 64
	if v, err := strconv.Atoi(os.Getenv("PARLEY_WRITER_BATCH")); err == nil && v > 0 {
		batch = v
	}
	items := benchAnalyses(b, n)
	ctx := context.Background()
	b.ResetTimer()
	var spent, cpu time.Duration
	for i := 0; b.Loop(); i++ {
		st, err := openStore(ctx, filepath.Join(b.TempDir(), "w"+strconv.Itoa(i)+".db"))
		if err != nil {
			b.Fatal(err)
		}
		start, cpu0 := time.Now(), testCPU(b)
		for lo := 0; lo < len(items); lo += batch {
			if _, err := st.PutAnalyses(ctx, items[lo:min(lo+batch, len(items))]); err != nil {
				b.Fatal(err)
			}
		}
		spent += time.Since(start)
		cpu += testCPU(b) - cpu0
		st.Close()
	}
	b.ReportMetric(float64(spent.Microseconds())/1000/float64(b.N*len(items)), "ms/article")
	// The process's CPU time while it writes (the writer and the
	// collector): on a shared machine the wall time also counts waiting
	// for a core, which this does not.
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N*len(items)), "cpu-ms/article")
}

var analysed struct {
	sync.Mutex
	items []store.Item
}

// benchAnalyses analyses the first n benchmark pages, on all cores, once
// per process.
func benchAnalyses(b testing.TB, n int) []store.Item {
	analysed.Lock()
	defer analysed.Unlock()
	if len(analysed.items) >= n {
		return analysed.items[:n]
	}
	p, err := newPipeline(nil)
	if err != nil {
		b.Fatal(err)
	}
	items := make([]store.Item, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				loc := "page-" + strconv.Itoa(i) + ".html"
				a, err := p.Analyze(context.Background(), parley.Document{Locator: loc, Body: []byte(benchPage(i).html())})
				if err != nil {
					b.Error(err)
					continue
				}
				items[i] = store.Item{Locator: loc, Analysis: a}
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	analysed.items = items
	return items
}

// testCPU returns the user and system time the process has used.
func testCPU(b testing.TB) time.Duration {
	d, ok := processCPU()
	if !ok {
		b.Skip("no process CPU time here")
	}
	return d
}
