package extract

import (
	"os"
	"path/filepath"
	"testing"

	"parley"
	"parley/eval"
)

// benchDir is the shared article extraction benchmark, relative to this
// package (the module root's sibling "shared").
var benchDir = filepath.Join("..", "..", "shared", "data", "article-extraction-benchmark")

// minBenchF1 is the accuracy the extractor must keep on the shared part of
// the benchmark (issue 3).
const minBenchF1 = 0.965

func loadBench(tb testing.TB) []eval.BenchDoc {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(benchDir, "ground-truth.json")); err != nil {
		tb.Skipf("benchmark data not found at %s (it lives in the shared folder beside the module): %v", benchDir, err)
	}
	docs, err := eval.LoadExtractBench(benchDir)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

func benchText(page []byte, url string) (string, error) {
	a, err := Extract(parley.Document{URL: url, Body: page}, parley.DefaultLimits())
	return a.Text, err
}

// TestBenchmarkF1 fails when body accuracy on the shared benchmark drops
// below the bar.
func TestBenchmarkF1(t *testing.T) {
	docs := loadBench(t)
	r := eval.RunExtractBench(docs, benchText, 1)
	t.Logf("F1 %.4f  P %.4f  R %.4f on %d pages", r.F1, r.Precision, r.Recall, len(docs))
	if r.F1 < minBenchF1 {
		t.Errorf("F1 %.4f is below %.3f", r.F1, minBenchF1)
	}
	for _, d := range r.Docs {
		if d.Err != nil {
			t.Errorf("%s: %v", d.ID, d.Err)
		}
	}
}

// BenchmarkExtract measures extraction over the benchmark's pages; run it
// with -cpu 1 for a one-core figure. b.SetBytes makes MB/s comparable with
// "parley bench extract".
func BenchmarkExtract(b *testing.B) {
	docs := loadBench(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d.HTML))
	}
	b.SetBytes(size / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		if _, err := Extract(parley.Document{URL: d.URL, Body: d.HTML}, parley.DefaultLimits()); err != nil {
			b.Fatal(err)
		}
	}
}
