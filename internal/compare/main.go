// Command compare runs Parley's extractor and go-trafilatura side by side
// over an article extraction benchmark directory, in one process, and
// prints each one's accuracy and speed. It lives in its own module so that
// go-trafilatura never enters Parley's own dependencies.
//
//	cd internal/compare && GOMAXPROCS=1 taskset -c 0 go run . ../../../shared/data/article-extraction-benchmark
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"parley"
	"parley/eval"
	"parley/extract"
)

func main() {
	rounds := flag.Int("rounds", 3, "times to extract every page (timing covers all, accuracy the first)")
	fallback := flag.Bool("fallback", false, "also run go-trafilatura with EnableFallback (as the benchmark's own runner does)")
	diff := flag.Float64("diff", 0, "list the pages where parley's and go-trafilatura's F1 differ by more than `D`")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: compare [-rounds N] [-fallback] DIR")
		os.Exit(2)
	}
	docs, err := eval.LoadExtractBench(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	lim := parley.DefaultLimits()
	tools := []struct {
		name string
		fn   eval.ExtractFunc
	}{
		{"parley", func(page []byte, url string) (string, error) {
			a, err := extract.Extract(parley.Document{URL: url, Body: page}, lim)
			return a.Text, err
		}},
		{"go-trafilatura", traf(trafilatura.Options{})},
		{"x/net/html parse only", func(page []byte, _ string) (string, error) {
			_, err := html.Parse(bytes.NewReader(page))
			return "", err
		}},
	}
	if *fallback {
		tools = append(tools, struct {
			name string
			fn   eval.ExtractFunc
		}{"go-trafilatura fallback", traf(trafilatura.Options{EnableFallback: true})})
	}
	fmt.Printf("%d pages, GOMAXPROCS=%d, %d rounds\n", len(docs), runtime.GOMAXPROCS(0), *rounds)
	fmt.Printf("%-26s %6s %6s %6s %9s %7s\n", "tool", "F1", "P", "R", "docs/s", "MB/s")
	fns := make([]eval.ExtractFunc, len(tools))
	for i, t := range tools {
		fns[i] = t.fn
	}
	// The tools take turns page by page, so each sees the same load.
	results := eval.CompareExtract(docs, fns, *rounds)
	for i, t := range tools {
		r := results[i]
		fmt.Printf("%-26s %6.3f %6.3f %6.3f %9.1f %7.2f\n", t.name, r.F1, r.Precision, r.Recall, r.DocsPerSec(), r.MBPerSec())
	}
	p, tr := results[0].DocsPerSec(), results[1].DocsPerSec()
	fmt.Printf("parley / go-trafilatura speed: %.2f×\n", p/tr)
	if *diff > 0 {
		fmt.Println("\npages where the two differ (F1 parley, F1 go-trafilatura, id, url):")
		for i, d := range docs {
			a := eval.Score([]eval.Match{results[0].Docs[i].Match}).F1
			b := eval.Score([]eval.Match{results[1].Docs[i].Match}).F1
			if a-b > *diff || b-a > *diff {
				fmt.Printf("  %.3f %.3f  %s  %s\n", a, b, d.ID[:12], d.URL)
			}
		}
	}
}

// traf wraps go-trafilatura as the benchmark's runner does: parse with
// x/net/html, then extract the document.
func traf(opts trafilatura.Options) eval.ExtractFunc {
	return func(page []byte, url string) (string, error) {
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			return "", err
		}
		res, err := trafilatura.ExtractDocument(doc, opts)
		if err != nil {
			return "", err
		}
		return res.ContentText, nil
	}
}
