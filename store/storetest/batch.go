package storetest

import (
	"context"
	"testing"
	"time"

	"parley"
	"parley/store"
)

// testPutAnalyses checks the batch contract: outcomes in order, duplicates
// within one batch, refused items that do not stop the others, and the
// ingest log written with every outcome.
func testPutAnalyses(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	s := fresh(t)
	page := func(url, text string) *parley.Analysis {
		b := NewArticle(url, "Summit report", "2021-06-16")
		b.Sentence(text)
		return b.Analysis()
	}
	broken := page("", "Spans that overrun.")
	broken.Sentences = append(broken.Sentences, parley.Span{Start: 0, End: 999})
	fetched := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	items := []store.Item{
		{Locator: "a.html", Analysis: page("https://example.com/a", "Leaders met in Geneva.")},
		{Locator: "b.html", Analysis: page("https://example.com/b", "Ministers met in Rome."), Fetched: fetched},
		{Locator: "copy-of-a.html", Analysis: page("", "Leaders met in Geneva.")},
		{Locator: "broken.html", Analysis: broken},
		{Locator: "empty.html", Rejection: &parley.Rejection{Stage: "read", Kind: parley.Empty, Detail: "the document is empty"}},
		{Locator: "", Analysis: page("", "No locator at all.")},
		{Locator: "nothing.html"},
	}
	res, err := s.PutAnalyses(ctx, items)
	if err != nil {
		t.Fatalf("PutAnalyses: %v", err)
	}
	if len(res) != len(items) {
		t.Fatalf("%d results for %d items", len(res), len(items))
	}
	t.Run("ResultsInOrder", func(t *testing.T) {
		if res[0].Err != nil || res[0].Duplicate || res[0].ArticleID == 0 {
			t.Errorf("item 0 = %+v, want stored", res[0])
		}
		if res[1].Err != nil || res[1].Duplicate || res[1].ArticleID == res[0].ArticleID {
			t.Errorf("item 1 = %+v, want a second article", res[1])
		}
		if res[2].Err != nil || !res[2].Duplicate || res[2].ArticleID != res[0].ArticleID {
			t.Errorf("item 2 = %+v, want a duplicate of article %d", res[2], res[0].ArticleID)
		}
		if parley.KindOf(res[3].Err) != parley.Invalid {
			t.Errorf("item 3 error = %v, want Invalid", res[3].Err)
		}
		if res[4].Err != nil || res[4].ArticleID != 0 {
			t.Errorf("item 4 = %+v, want a recorded rejection", res[4])
		}
		for _, i := range []int{5, 6} {
			if parley.KindOf(res[i].Err) != parley.Invalid {
				t.Errorf("item %d error = %v, want Invalid", i, res[i].Err)
			}
		}
	})
	t.Run("Counts", func(t *testing.T) {
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if c.Articles != 2 || c.Rejections != 1 {
			t.Errorf("Counts = %+v, want 2 articles and 1 rejection", c)
		}
	})
	t.Run("Logged", func(t *testing.T) {
		tests := []struct {
			locator string
			outcome string
			article int64
			fetched time.Time
		}{
			{"a.html", store.LoggedStored, res[0].ArticleID, time.Time{}},
			{"b.html", store.LoggedStored, res[1].ArticleID, fetched},
			{"copy-of-a.html", store.LoggedDuplicate, res[0].ArticleID, time.Time{}},
			{"empty.html", store.LoggedRejected, 0, time.Time{}},
		}
		for _, tt := range tests {
			e, err := s.Logged(ctx, tt.locator)
			if err != nil {
				t.Errorf("Logged(%q): %v", tt.locator, err)
				continue
			}
			if e.Outcome != tt.outcome || e.ArticleID != tt.article || !e.Fetched.Equal(tt.fetched) || e.At.IsZero() {
				t.Errorf("Logged(%q) = %+v, want outcome %s, article %d, fetched %v", tt.locator, e, tt.outcome, tt.article, tt.fetched)
			}
		}
		e, _ := s.Logged(ctx, "empty.html")
		if r := e.Rejection; r == nil || r.Stage != "read" || r.Kind != parley.Empty || r.Detail != "the document is empty" {
			t.Errorf("logged rejection = %+v, want the ledger's entry", r)
		}
		for _, loc := range []string{"broken.html", "nothing.html", "never-seen.html"} {
			if _, err := s.Logged(ctx, loc); parley.KindOf(err) != parley.NotFound {
				t.Errorf("Logged(%q) = %v, want NotFound", loc, err)
			}
		}
	})
	t.Run("StoredLaterReplacesRejection", func(t *testing.T) {
		res, err := s.PutAnalyses(ctx, []store.Item{{Locator: "empty.html", Analysis: page("", "Now there is text.")}})
		if err != nil || res[0].Err != nil {
			t.Fatalf("PutAnalyses: %v %v", err, res)
		}
		e, err := s.Logged(ctx, "empty.html")
		if err != nil || e.Outcome != store.LoggedStored || e.Rejection != nil {
			t.Errorf("Logged = %+v, %v; want stored", e, err)
		}
		rs, _ := s.Rejections(ctx, store.RejectionFilter{})
		if len(rs) != 0 {
			t.Errorf("the ledger still holds %v", rs)
		}
	})
	t.Run("EmptyBatch", func(t *testing.T) {
		res, err := s.PutAnalyses(ctx, nil)
		if err != nil || len(res) != 0 {
			t.Errorf("PutAnalyses(nil) = %v, %v", res, err)
		}
	})
	t.Run("Cancelled", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		_, err := s.PutAnalyses(cctx, []store.Item{{Locator: "c.html", Analysis: page("", "Never stored.")}})
		if err == nil {
			t.Fatal("PutAnalyses with a cancelled context succeeded")
		}
		if _, err := s.Logged(ctx, "c.html"); parley.KindOf(err) != parley.NotFound {
			t.Errorf("a cancelled batch logged its item: %v", err)
		}
	})
}

func testFeedState(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	s := fresh(t)
	const url = "https://news.example.com/rss"
	if _, err := s.FeedState(ctx, url); parley.KindOf(err) != parley.NotFound {
		t.Fatalf("FeedState of an unknown feed = %v, want NotFound", err)
	}
	at := time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)
	for _, st := range []store.FeedState{
		{URL: url, ETag: `"v1"`, LastModified: "Wed, 01 May 2024 07:00:00 GMT", CheckedAt: at},
		{URL: url, ETag: `"v2"`, CheckedAt: at.Add(time.Hour)},
	} {
		if err := s.PutFeedState(ctx, st); err != nil {
			t.Fatal(err)
		}
		got, err := s.FeedState(ctx, url)
		if err != nil || got.ETag != st.ETag || got.LastModified != st.LastModified || !got.CheckedAt.Equal(st.CheckedAt) {
			t.Errorf("FeedState = %+v, %v; want %+v", got, err, st)
		}
	}
	if err := s.PutFeedState(ctx, store.FeedState{}); parley.KindOf(err) != parley.Invalid {
		t.Errorf("PutFeedState without a URL = %v, want Invalid", err)
	}
}
