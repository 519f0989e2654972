// Package eval scores Parley's stages against hand-made ground truth.
package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ShingleSize is the number of tokens in one shingle, as in the article
// extraction benchmark's evaluate.py.
const ShingleSize = 4

// Match is the overlap of a predicted body with the true one, as fractions
// of all shingles involved: TP+FP+FN is 1 unless both texts are empty, in
// which case all three are 0.
type Match struct {
	TP, FP, FN float64
}

// Tokens splits s into the benchmark's tokens: maximal runs of word
// characters (letters, numbers and '_', as Python's Unicode \w).
func Tokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles counts the ShingleSize-token shingles of s. A text shorter than
// one shingle yields one shorter shingle, and an empty text none, as in the
// benchmark.
func shingles(s string) map[string]int {
	toks := Tokens(s)
	m := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return m
	}
	n := max(1, len(toks)-ShingleSize+1)
	for i := 0; i < n; i++ {
		end := min(i+ShingleSize, len(toks))
		// A unit separator cannot occur inside a token, so joined keys
		// are unambiguous.
		m[strings.Join(toks[i:end], "\x1f")]++
	}
	return m
}

// MatchText compares a predicted body with the true one by their multisets
// of shingles.
func MatchText(truth, pred string) Match {
	ts, ps := shingles(truth), shingles(pred)
	var tp, fp, fn float64
	for k, t := range ts {
		p := ps[k]
		tp += float64(min(t, p))
		fn += float64(max(0, t-p))
	}
	for k, p := range ps {
		fp += float64(max(0, p-ts[k]))
	}
	// Normalise so that long articles weigh no more than short ones.
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return Match{tp, fp, fn}
}

func (m Match) precision() float64 {
	switch {
	case m.FP == 0 && m.FN == 0:
		return 1
	case m.TP == 0 && m.FP == 0:
		return 0
	}
	return m.TP / (m.TP + m.FP)
}

func (m Match) recall() float64 {
	switch {
	case m.FP == 0 && m.FN == 0:
		return 1
	case m.TP == 0 && m.FN == 0:
		return 0
	}
	return m.TP / (m.TP + m.FN)
}

// Scores holds the benchmark's three figures: precision is the mean over
// documents that predicted anything, recall the mean over documents with a
// true body, F1 their harmonic mean.
type Scores struct {
	F1, Precision, Recall float64
}

// Score combines per-document matches the way evaluate.py does.
func Score(ms []Match) Scores {
	var ps, rs float64
	var np, nr int
	for _, m := range ms {
		if m.TP+m.FP > 0 {
			ps += m.precision()
			np++
		}
		if m.TP+m.FN > 0 {
			rs += m.recall()
			nr++
		}
	}
	var s Scores
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// BenchDoc is one page of an extraction benchmark, held in memory.
type BenchDoc struct {
	ID   string
	URL  string
	HTML []byte // decompressed page
	Body string // the hand-made article body
}

// LoadExtractBench reads a directory laid out like the article extraction
// benchmark: ground-truth.json mapping each id to its articleBody and url,
// and html/<id>.html.gz holding the page.
func LoadExtractBench(dir string) ([]BenchDoc, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	docs := make([]BenchDoc, 0, len(ids))
	for _, id := range ids {
		page, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		t := truth[id]
		docs = append(docs, BenchDoc{ID: id, URL: t.URL, HTML: page, Body: t.ArticleBody})
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: ground-truth.json lists no pages", dir)
	}
	return docs, nil
}

// maxBenchPage bounds one decompressed benchmark page, so a broken or
// hostile file cannot exhaust memory.
const maxBenchPage = 256 << 20

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(io.LimitReader(zr, maxBenchPage+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(b) > maxBenchPage {
		return nil, fmt.Errorf("%s: more than %d bytes decompressed", path, maxBenchPage)
	}
	return b, nil
}

// ExtractFunc turns one page into its body text. An error counts as an
// empty prediction.
type ExtractFunc func(page []byte, url string) (string, error)

// DocResult is the outcome for one benchmark page.
type DocResult struct {
	ID    string
	Match Match
	Text  string // the predicted body
	Err   error
}

// ExtractResult is a benchmark run: accuracy, per-page outcomes and speed.
type ExtractResult struct {
	Scores
	Docs    []DocResult
	Pages   int           // pages extracted, over all rounds
	Bytes   int64         // bytes of HTML extracted, over all rounds
	Elapsed time.Duration // wall time of extraction alone
}

// DocsPerSec is the extraction rate in pages per second.
func (r ExtractResult) DocsPerSec() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Pages) / r.Elapsed.Seconds()
}

// MBPerSec is the extraction rate in megabytes (10⁶ bytes) of HTML per second.
func (r ExtractResult) MBPerSec() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Bytes) / 1e6 / r.Elapsed.Seconds()
}

// RunExtractBench extracts every page rounds times (at least once), scores
// the first round's output and times all rounds. Only extraction is timed:
// the pages are already in memory.
func RunExtractBench(docs []BenchDoc, fn ExtractFunc, rounds int) ExtractResult {
	rounds = max(rounds, 1)
	res := ExtractResult{Docs: make([]DocResult, len(docs))}
	var elapsed time.Duration
	for round := 0; round < rounds; round++ {
		for i, d := range docs {
			start := time.Now()
			text, err := fn(d.HTML, d.URL)
			elapsed += time.Since(start)
			res.Pages++
			res.Bytes += int64(len(d.HTML))
			if round == 0 {
				res.Docs[i] = DocResult{ID: d.ID, Text: text, Err: err}
			}
		}
	}
	res.Elapsed = elapsed
	ms := make([]Match, len(docs))
	for i, d := range docs {
		ms[i] = MatchText(d.Body, res.Docs[i].Text)
		res.Docs[i].Match = ms[i]
	}
	res.Scores = Score(ms)
	return res
}

// CompareExtract runs several extractors over the same pages, taking turns
// page by page, so that each sees the same machine load; a benchmark on a
// shared machine is otherwise at the mercy of whatever else runs. It
// returns one result per extractor, as RunExtractBench would.
func CompareExtract(docs []BenchDoc, fns []ExtractFunc, rounds int) []ExtractResult {
	rounds = max(rounds, 1)
	res := make([]ExtractResult, len(fns))
	for i := range res {
		res[i].Docs = make([]DocResult, len(docs))
	}
	for round := 0; round < rounds; round++ {
		for j, d := range docs {
			for i, fn := range fns {
				// Alternate who goes first, so that cache warmth from
				// the previous extractor favours none of them.
				i = (i + j + round) % len(fns)
				fn = fns[i]
				start := time.Now()
				text, err := fn(d.HTML, d.URL)
				res[i].Elapsed += time.Since(start)
				res[i].Pages++
				res[i].Bytes += int64(len(d.HTML))
				if round == 0 {
					res[i].Docs[j] = DocResult{ID: d.ID, Text: text, Err: err}
				}
			}
		}
	}
	for i := range res {
		ms := make([]Match, len(docs))
		for j, d := range docs {
			ms[j] = MatchText(d.Body, res[i].Docs[j].Text)
			res[i].Docs[j].Match = ms[j]
		}
		res[i].Scores = Score(ms)
	}
	return res
}

// BenchExtractDir loads the benchmark in dir and runs fn over it.
func BenchExtractDir(dir string, fn ExtractFunc, rounds int) (ExtractResult, error) {
	docs, err := LoadExtractBench(dir)
	if err != nil {
		return ExtractResult{}, err
	}
	return RunExtractBench(docs, fn, rounds), nil
}
