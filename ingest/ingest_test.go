package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"parley"
	"parley/source/files"
	"parley/store"
	"parley/store/sqlite"
	"parley/store/storetest"
)

// The real store satisfies the interface ingest declares.
var _ Store = (*sqlite.Store)(nil)

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ingest.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fakeAnalyzer reads a document as one sentence of plain text. Words in the
// text make it misbehave the ways real stages can.
var fakeAnalyzer = AnalyzerFunc(func(ctx context.Context, doc parley.Document) (*parley.Analysis, error) {
	text := strings.TrimSpace(string(doc.Body))
	switch {
	case strings.Contains(text, "BINARY"):
		return nil, parley.E("extract.Extract", parley.Binary, "the document is not text")
	case strings.Contains(text, "CONFUSING"):
		return nil, parley.E("nlp.Dates", parley.Invalid, "a date beyond understanding")
	case strings.Contains(text, "CRASH"):
		var m map[string]int
		m["boom"]++ // a nil-map write: the analyzer panics
	case strings.Contains(text, "SLOW"):
		<-ctx.Done()
		return nil, ctx.Err()
	case strings.Contains(text, "NOTHING"):
		return nil, nil
	}
	b := storetest.NewArticle("", "Report", "2021-06-28")
	s := b.Sentence(text)
	if strings.Contains(text, "Putin") {
		b.Mention(s, "Putin", parley.ViaSurname, storetest.Putin)
	}
	a := b.Analysis()
	if strings.Contains(text, "BROKEN") {
		a.Mentions = append(a.Mentions, parley.Mention{Span: parley.Span{Start: 0, End: len(text) + 10}, Actors: []string{storetest.Putin.ID}})
		a.Actors = append(a.Actors, storetest.Putin)
	}
	return a, nil
})

func corpus() fstest.MapFS {
	return fstest.MapFS{
		"news/01.html":        {Data: []byte("Putin spoke in Moscow.")},
		"news/02.html":        {Data: []byte("Leaders met in Geneva.")},
		"news/03.txt":         {Data: []byte("Ministers agreed on trade.")},
		"news/04.htm":         {Data: []byte("Talks will resume next week.")},
		"news/05.txt":         {Data: []byte("Sanctions were announced.")},
		"news/copy-of-01.txt": {Data: []byte("Putin spoke in Moscow.")},
		"news/empty.html":     {Data: []byte("")},
		"news/image.html":     {Data: []byte("BINARY junk")},
		"news/odd-date.txt":   {Data: []byte("CONFUSING words")},
		"news/crash.txt":      {Data: []byte("CRASH now")},
		"news/broken.txt":     {Data: []byte("BROKEN spans by Putin")},
		"news/none.txt":       {Data: []byte("NOTHING here")},
		"news/photo.jpg":      {Data: []byte("not a page")},
	}
}

func sources(fsys fstest.MapFS) []Source {
	return []Source{files.New(parley.Limits{}, files.Root{FS: fsys, Path: "news", Name: "in"}).Documents()}
}

type rejection struct{ Locator, Stage, Kind string }

func rejectionsOf(rs []parley.Rejection) []rejection {
	var out []rejection
	for _, r := range rs {
		out = append(out, rejection{r.Locator, r.Stage, r.Kind.String()})
		if r.Detail == "" {
			out[len(out)-1].Kind += " (no detail!)"
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Locator < out[j].Locator })
	return out
}

func TestRunAccountsForEveryInput(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	var outcomes []Outcome
	rep, err := Run(ctx, sources(corpus()), fakeAnalyzer, st, Options{Workers: 3, OnOutcome: func(o Outcome) { outcomes = append(outcomes, o) }})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if rep.Seen != 12 || rep.Stored != 5 || rep.Duplicate != 1 || rep.Rejected != 6 {
		t.Errorf("report = seen %d stored %d duplicate %d rejected %d; want 12, 5, 1, 6", rep.Seen, rep.Stored, rep.Duplicate, rep.Rejected)
	}
	if rep.Seen != rep.Stored+rep.Duplicate+rep.Rejected || len(outcomes) != rep.Seen {
		t.Errorf("seen %d ≠ %d + %d + %d, or %d outcomes reported", rep.Seen, rep.Stored, rep.Duplicate, rep.Rejected, len(outcomes))
	}
	in := func(name string) string { return filepath.Join("in", "news", name) }
	want := []rejection{
		{in("broken.txt"), StageStore, "invalid"},
		{in("crash.txt"), StageAnalyze, "internal"},
		{in("empty.html"), StageRead, "empty"},
		{in("image.html"), StageExtract, "binary"},
		{in("none.txt"), StageAnalyze, "internal"},
		{in("odd-date.txt"), StageAnalyze, "invalid"},
	}
	if got := rejectionsOf(rep.Rejections); !reflect.DeepEqual(got, want) {
		t.Errorf("report rejections:\n got %v\nwant %v", got, want)
	}
	ledger, err := st.Rejections(ctx, store.RejectionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var stored []parley.Rejection
	for _, r := range ledger {
		stored = append(stored, r.Rejection)
	}
	if got := rejectionsOf(stored); !reflect.DeepEqual(got, want) {
		t.Errorf("ledger:\n got %v\nwant %v", got, want)
	}
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 5 || c.Rejections != 6 {
		t.Errorf("store holds %d articles and %d rejections, want 5 and 6", c.Articles, c.Rejections)
	}
}

func TestRunTwiceStoresNothingNew(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	first, err := Run(ctx, sources(corpus()), fakeAnalyzer, st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := st.Counts(ctx)
	second, err := Run(ctx, sources(corpus()), fakeAnalyzer, st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := st.Counts(ctx)
	if before != after {
		t.Errorf("counts changed on the second run: %+v → %+v", before, after)
	}
	if second.Stored != 0 || second.Duplicate != first.Stored+first.Duplicate || second.Rejected != first.Rejected {
		t.Errorf("second run = %+v, want everything stored before to be a duplicate and the same rejections", second)
	}
}

func TestRunDocumentBudget(t *testing.T) {
	st := openStore(t)
	src := []Source{func(yield func(parley.Document, error) bool) {
		yield(parley.Document{Locator: "slow.html", Body: []byte("SLOW page")}, nil)
	}}
	rep, err := Run(context.Background(), src, fakeAnalyzer, st, Options{Limits: parley.Limits{DocBudget: 20 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	want := []rejection{{"slow.html", StageAnalyze, "timeout"}}
	if got := rejectionsOf(rep.Rejections); !reflect.DeepEqual(got, want) {
		t.Errorf("rejections = %v, want %v", got, want)
	}
}

func TestRunRefusesOversizedDocuments(t *testing.T) {
	st := openStore(t)
	src := []Source{func(yield func(parley.Document, error) bool) {
		yield(parley.Document{Locator: "big", Body: []byte(strings.Repeat("x", 101))}, nil)
	}}
	called := false
	an := AnalyzerFunc(func(ctx context.Context, doc parley.Document) (*parley.Analysis, error) {
		called = true
		return fakeAnalyzer(ctx, doc)
	})
	rep, err := Run(context.Background(), src, an, st, Options{Limits: parley.Limits{MaxDocBytes: 100}})
	if err != nil {
		t.Fatal(err)
	}
	if called {
		t.Error("the analyzer saw a document over the size limit")
	}
	if got, want := rejectionsOf(rep.Rejections), []rejection{{"big", StageRead, "too_large"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("rejections = %v, want %v", got, want)
	}
}

// endless yields distinct documents until told to stop, and records that
// it was released.
func endless(released *atomic.Bool) Source {
	return func(yield func(parley.Document, error) bool) {
		defer released.Store(true)
		for i := 0; ; i++ {
			doc := parley.Document{Locator: fmt.Sprintf("doc-%d", i), Body: []byte(fmt.Sprintf("Report number %d.", i))}
			if !yield(doc, nil) {
				return
			}
		}
	}
}

func TestRunStopsWhenCancelled(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var released atomic.Bool
	rep, err := Run(ctx, []Source{endless(&released)}, fakeAnalyzer, st, Options{Workers: 2, OnOutcome: func(o Outcome) {
		if o.Result == Stored && o.ArticleID >= 10 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
	if !released.Load() {
		t.Error("Run returned while the source was still running")
	}
	if rep.Seen != rep.Stored+rep.Duplicate+rep.Rejected || rep.Stored < 10 {
		t.Errorf("report %+v: want at least 10 stored and seen = stored + duplicate + rejected", rep)
	}
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != int64(rep.Stored) {
		t.Errorf("store holds %d articles, report says %d stored", c.Articles, rep.Stored)
	}
}

// failingStore is the real store with a fault seam: after a number of
// batches, every write fails as a full disk would.
type failingStore struct {
	*sqlite.Store
	left  int
	calls int
}

func (f *failingStore) PutAnalyses(ctx context.Context, items []store.Item) ([]store.ItemResult, error) {
	f.calls++
	if f.left == 0 {
		return nil, parley.E("sqlite.PutAnalyses", parley.Unavailable, "disk full writing ingest.db")
	}
	f.left--
	return f.Store.PutAnalyses(ctx, items)
}

func TestRunStopsWhenTheStoreFails(t *testing.T) {
	st := &failingStore{Store: openStore(t), left: 3}
	var released atomic.Bool
	rep, err := Run(context.Background(), []Source{endless(&released)}, fakeAnalyzer, st, Options{Workers: 2, BatchSize: 5})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Run = %v, want the store's error", err)
	}
	if parley.KindOf(err) != parley.Unavailable {
		t.Errorf("kind = %v, want the store's Unavailable", parley.KindOf(err))
	}
	if st.calls != 4 {
		t.Errorf("the store was called %d times, want 4: no writes after the failure", st.calls)
	}
	if rep.Stored != 15 || rep.Seen != 15 || rep.Rejected != 0 {
		t.Errorf("report %+v, want three batches of 5 stored and nothing else", rep)
	}
	c, _ := st.Counts(context.Background())
	if c.Articles != 15 {
		t.Errorf("the store holds %d articles, want the 15 reported", c.Articles)
	}
	if !released.Load() {
		t.Error("Run returned while the source was still running")
	}
}

func TestRunManyDocumentsInParallel(t *testing.T) {
	st := openStore(t)
	const n = 120
	src := func(yield func(parley.Document, error) bool) {
		for i := range n {
			body := fmt.Sprintf("Report %d.", i%100) // 20 duplicates
			if !yield(parley.Document{Locator: fmt.Sprint(i), Body: []byte(body)}, nil) {
				return
			}
		}
	}
	rep, err := Run(context.Background(), []Source{src}, fakeAnalyzer, st, Options{Workers: 8})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Seen != n || rep.Stored != 100 || rep.Duplicate != 20 {
		t.Errorf("report %+v, want 120 seen, 100 stored, 20 duplicates", rep)
	}
}

func TestStage(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"ExtractError", parley.E("extract.Extract", parley.Binary, "not text"), StageExtract},
		{"WrappedExtractError", fmt.Errorf("page: %w", parley.E("extract.charset", parley.Invalid, "bad charset")), StageExtract},
		{"ExtractInsidePipeline", parley.E("pipeline.Analyze", parley.Empty, parley.E("extract.Extract", parley.Empty, "no text")), StageExtract},
		{"LanguageStageError", parley.E("nlp.Sentences", parley.Internal, "oops"), StageAnalyze},
		{"PlainError", errors.New("something"), StageAnalyze},
		{"Nil", nil, StageAnalyze},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Stage(tt.err); got != tt.want {
				t.Errorf("Stage(%v) = %q, want %q", tt.err, got, tt.want)
			}
		})
	}
}

func TestRejectionDetailIsBounded(t *testing.T) {
	long := strings.Repeat("é", 2000) // two bytes each
	r := reject("x", StageAnalyze, errors.New(long))
	if d := r.rejection.Detail; len(d) > maxDetail+len("…") || !strings.HasSuffix(d, "…") || !utf8.ValidString(d) {
		t.Errorf("detail of %d bytes, valid UTF-8 %v; want at most %d and cut cleanly", len(d), utf8.ValidString(d), maxDetail)
	}
}

// countingAnalyzer counts the documents it analyzes.
type countingAnalyzer struct{ n atomic.Int64 }

func (c *countingAnalyzer) Analyze(ctx context.Context, doc parley.Document) (*parley.Analysis, error) {
	c.n.Add(1)
	return fakeAnalyzer(ctx, doc)
}

func TestResumeSkipsWhatAnEarlierRunFinished(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	first := &countingAnalyzer{}
	always := func(string) bool { return true }
	rep1, err := Run(ctx, sources(corpus()), first, st, Options{Resume: always})
	if err != nil {
		t.Fatal(err)
	}
	// A timeout is a passing reason: the input is tried again.
	timedOut := store.Item{Locator: "slow.html", Rejection: &parley.Rejection{Stage: StageAnalyze, Kind: parley.Timeout, Detail: "took too long"}}
	if _, err := st.PutAnalyses(ctx, []store.Item{timedOut}); err != nil {
		t.Fatal(err)
	}
	slow := func(yield func(parley.Document, error) bool) {
		yield(parley.Document{Locator: "slow.html", Body: []byte("Fast this time.")}, nil)
	}

	second := &countingAnalyzer{}
	var resumed int
	rep2, err := Run(ctx, append(sources(corpus()), slow), second, st, Options{Resume: always, OnOutcome: func(o Outcome) {
		if o.Resumed {
			resumed++
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if n := second.n.Load(); n != 1 {
		t.Errorf("the second run analyzed %d documents, want only the one that had timed out", n)
	}
	if rep2.Seen != rep1.Seen+1 || rep2.Resumed != rep1.Seen || resumed != rep1.Seen {
		t.Errorf("second report %+v (resumed outcomes %d); want every earlier input resumed", rep2, resumed)
	}
	if rep2.Stored != 1 || rep2.Duplicate != rep1.Stored+rep1.Duplicate || rep2.Rejected != rep1.Rejected {
		t.Errorf("second report %+v, first %+v: want earlier articles as duplicates, the same rejections, and the retried one stored", rep2, rep1)
	}
	if got, want := rejectionsOf(rep2.Rejections), rejectionsOf(rep1.Rejections); !reflect.DeepEqual(got, want) {
		t.Errorf("resumed rejections %v, want %v", got, want)
	}

	t.Run("WithoutResumeEverythingIsAnalyzed", func(t *testing.T) {
		third := &countingAnalyzer{}
		if _, err := Run(ctx, sources(corpus()), third, st, Options{}); err != nil {
			t.Fatal(err)
		}
		if third.n.Load() == 0 {
			t.Error("nothing was analyzed")
		}
	})
}

// fakeFetcher serves bodies from a map; other URLs are missing.
type fakeFetcher struct {
	pages map[string]string
	calls atomic.Int64
}

func (f *fakeFetcher) Fetch(ctx context.Context, doc parley.Document) (parley.Document, error) {
	f.calls.Add(1)
	body, ok := f.pages[doc.URL]
	if !ok {
		return doc, parley.E("fetch.Get", parley.NotFound, doc.URL+": 404 Not Found")
	}
	doc.Body = []byte(body)
	doc.Fetched = time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	return doc, nil
}

func TestDocumentsByURLAreFetched(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	f := &fakeFetcher{pages: map[string]string{
		"https://a.example/1": "Putin spoke in Moscow.",
		"https://a.example/2": "Leaders met in Geneva.",
	}}
	src := func(yield func(parley.Document, error) bool) {
		for _, u := range []string{"https://a.example/1", "https://a.example/2", "https://a.example/missing"} {
			if !yield(parley.Document{Locator: u, URL: u, Title: "From the feed"}, nil) {
				return
			}
		}
	}
	rep, err := Run(ctx, []Source{src}, fakeAnalyzer, st, Options{Fetcher: f, Fetchers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Seen != 3 || rep.Stored != 2 || rep.Rejected != 1 || rep.Fetched != 2 {
		t.Errorf("report %+v, want 2 fetched and stored, 1 rejected", rep)
	}
	if got, want := rejectionsOf(rep.Rejections), []rejection{{"https://a.example/missing", StageFetch, "not_found"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("rejections %v, want %v", got, want)
	}
	e, err := st.Logged(ctx, "https://a.example/1")
	if err != nil || !e.Fetched.Equal(time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("log entry %+v, %v; want the fetch time recorded", e, err)
	}
	a, err := st.Article(ctx, e.ArticleID)
	if err != nil || a.Title != "Report" {
		t.Errorf("article title %q, %v: the page's own title wins over the feed's", a.Title, err)
	}

	t.Run("NoFetcher", func(t *testing.T) {
		rep, err := Run(ctx, []Source{src}, fakeAnalyzer, openStore(t), Options{})
		if err != nil || rep.Rejected != 3 || rep.Rejections[0].Kind != parley.Unsupported {
			t.Errorf("report %+v, %v; want every URL rejected as unsupported", rep, err)
		}
	})
}

func TestFeedTitleFillsAMissingTitle(t *testing.T) {
	st := openStore(t)
	untitled := AnalyzerFunc(func(ctx context.Context, doc parley.Document) (*parley.Analysis, error) {
		a, err := fakeAnalyzer(ctx, doc)
		if a != nil {
			a.Article.Title = ""
		}
		return a, err
	})
	src := func(yield func(parley.Document, error) bool) {
		yield(parley.Document{Locator: "x", Body: []byte("Talks resumed."), Title: "Talks resume in Vienna"}, nil)
	}
	rep, err := Run(context.Background(), []Source{src}, untitled, st, Options{})
	if err != nil || rep.Stored != 1 {
		t.Fatalf("report %+v, %v", rep, err)
	}
	e, _ := st.Logged(context.Background(), "x")
	a, _ := st.Article(context.Background(), e.ArticleID)
	if a == nil || a.Title != "Talks resume in Vienna" {
		t.Errorf("article %+v: want the feed's title", a)
	}
}

// spyStore records the size of every batch.
type spyStore struct {
	*sqlite.Store
	mu      sync.Mutex
	batches []int
}

func (s *spyStore) PutAnalyses(ctx context.Context, items []store.Item) ([]store.ItemResult, error) {
	s.mu.Lock()
	s.batches = append(s.batches, len(items))
	s.mu.Unlock()
	return s.Store.PutAnalyses(ctx, items)
}

func TestOutcomesAreStoredInBatches(t *testing.T) {
	st := &spyStore{Store: openStore(t)}
	const n = 200
	src := func(yield func(parley.Document, error) bool) {
		for i := range n {
			if !yield(parley.Document{Locator: fmt.Sprint(i), Body: []byte(fmt.Sprintf("Report %d.", i))}, nil) {
				return
			}
		}
	}
	var reported atomic.Int64
	rep, err := Run(context.Background(), []Source{src}, fakeAnalyzer, st, Options{BatchSize: 50, BatchWait: time.Hour,
		OnOutcome: func(o Outcome) {
			// An outcome is reported once its batch is committed: the
			// store can already tell it.
			if _, err := st.Logged(context.Background(), o.Locator); err != nil {
				t.Errorf("%s reported before it was committed: %v", o.Locator, err)
			}
			reported.Add(1)
		}})
	if err != nil || rep.Stored != n || reported.Load() != n {
		t.Fatalf("report %+v, %v; %d reported", rep, err, reported.Load())
	}
	if want := []int{50, 50, 50, 50}; !reflect.DeepEqual(st.batches, want) {
		t.Errorf("batches %v, want %v", st.batches, want)
	}
}

// A batch of long articles is stored before it is full, so the memory a
// batch holds has a bound whatever the size of the pages.
func TestLongArticlesAreStoredEarly(t *testing.T) {
	st := &spyStore{Store: openStore(t)}
	const n = 7
	long := strings.Repeat("The envoys met again. ", 3<<20/22+1) // just over 3 MiB
	src := func(yield func(parley.Document, error) bool) {
		for i := range n {
			if !yield(parley.Document{Locator: fmt.Sprint(i), Body: []byte(fmt.Sprintf("Report %d. %s", i, long))}, nil) {
				return
			}
		}
	}
	rep, err := Run(context.Background(), []Source{src}, fakeAnalyzer, st, Options{Workers: 1, BatchSize: 100, BatchWait: time.Hour,
		Limits: parley.Limits{MaxDocBytes: 8 << 20}})
	if err != nil || rep.Stored != n {
		t.Fatalf("report %+v, %v", rep, err)
	}
	// 3 MiB each: the third passes 8 MiB of text.
	if want := []int{3, 3, 1}; !reflect.DeepEqual(st.batches, want) {
		t.Errorf("batches %v, want %v", st.batches, want)
	}
}

func TestUnnamedInputsGetALocator(t *testing.T) {
	src := func(yield func(parley.Document, error) bool) {
		yield(parley.Document{}, parley.E("test", parley.Unreadable, "no name, no bytes"))
	}
	rep, err := Run(context.Background(), []Source{src}, fakeAnalyzer, openStore(t), Options{})
	if err != nil || rep.Rejected != 1 || rep.Rejections[0].Locator != "(unnamed input 1)" {
		t.Errorf("report %+v, %v", rep, err)
	}
}
