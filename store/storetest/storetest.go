// Package storetest is the conformance suite of the store contract. Every
// implementation of store.Store runs it from its own tests:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
//	}
//
// The package also offers a Builder for consistent analyses, which other
// packages' tests use to fill a store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"parley"
	"parley/store"
)

// Run runs the conformance suite. open must return a new, empty store for
// each call; Run closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	fresh := func(t *testing.T) store.Store {
		t.Helper()
		s := open(t)
		t.Cleanup(func() { s.Close() })
		return s
	}
	t.Run("PutAnalysis", func(t *testing.T) { testPutAnalysis(t, fresh) })
	t.Run("Duplicates", func(t *testing.T) { testDuplicates(t, fresh) })
	t.Run("InvalidAnalysis", func(t *testing.T) { testInvalid(t, fresh) })
	t.Run("Rejections", func(t *testing.T) { testRejections(t, fresh) })
	t.Run("Events", func(t *testing.T) { testEvents(t, fresh) })
	t.Run("FindActors", func(t *testing.T) { testFindActors(t, fresh) })
	t.Run("Happenings", func(t *testing.T) { testHappenings(t, fresh) })
	t.Run("ActorRecords", func(t *testing.T) { testActorRecords(t, fresh) })
	t.Run("NotFound", func(t *testing.T) { testNotFound(t, fresh) })
	t.Run("Cancelled", func(t *testing.T) { testCancelled(t, fresh) })
	t.Run("Concurrent", func(t *testing.T) { testConcurrent(t, fresh) })
	t.Run("Close", func(t *testing.T) { testClose(t, fresh) })
	t.Run("PutAnalyses", func(t *testing.T) { testPutAnalyses(t, fresh) })
	t.Run("FeedState", func(t *testing.T) { testFeedState(t, fresh) })
}

// Rich returns an analysis that uses every field the store keeps: two
// paragraphs, a group mention, dates at three precisions, attributed and
// unattributed quotes, and events with and without target, date and
// location.
func Rich() *parley.Analysis {
	b := NewArticle("https://news.example.com/world/xi-putin-call?utm_source=feed", "Xi and Putin to hold video call", "2021-06-25T18:30:00+08:00").
		Site("Example News", "Ann Writer", "Bo Reporter").Dateline("Beijing")
	s1 := b.Sentence("Chinese President Xi Jinping will hold a video call with Russian President Vladimir Putin on Monday.")
	b.Mention(s1, "Xi Jinping", parley.ViaName, Xi).Mention(s1, "Vladimir Putin", parley.ViaName, Putin).Date(s1, "Monday", "2021-06-28")
	s2 := b.Sentence("The two leaders last met by video in May.")
	b.Mention(s2, "The two leaders", parley.ViaGroup, Xi, Putin).Date(s2, "May", "2021-05")
	b.Paragraph()
	s3 := b.Sentence(`"Relations are at their best," Putin said, while an aide called it "a big step".`)
	s3b := b.Sentence(`"They will only grow stronger."`)
	b.Mention(s3, "Putin", parley.ViaSurname, Putin).
		Quote(s3, "Relations are at their best,", &Putin, "said").QuoteGoesOn(s3b, "They will only grow stronger.").
		Quote(s3, "a big step", nil, "")
	s4 := b.Sentence("In 2021 China accused the United States of meddling, and Putin met Joe Biden in Geneva.")
	b.Mention(s4, "China", parley.ViaName, China).Mention(s4, "United States", parley.ViaName, USA).Mention(s4, "Joe Biden", parley.ViaName, Biden).Date(s4, "2021", "2021")

	b.Event(s1, parley.Event{Type: parley.Consult, Mode: "", Medium: parley.Virtual, Status: parley.Planned,
		Date: parley.MustParseDate("2021-06-28"), Source: Xi.Ref(), Target: Putin.Ref(),
		Participants: []parley.ActorRef{Xi.Ref(), Putin.Ref()}, CAMEO: "040", Confidence: 0.95, Rule: "meet-future",
		Trigger: b.find(s1, "video call")}, Xi, Putin)
	b.Event(s2, parley.Event{Type: parley.Consult, Medium: parley.Virtual, Status: parley.Occurred,
		Date: parley.MustParseDate("2021-05"), Source: Xi.Ref(), Target: Putin.Ref(),
		Participants: []parley.ActorRef{Xi.Ref(), Putin.Ref()}, CAMEO: "040", Confidence: 0.7, Rule: "meet-past"}, Xi, Putin)
	b.Event(s4, parley.Event{Type: parley.Accuse, Status: parley.Occurred, Date: parley.MustParseDate("2021"),
		Source: China.Ref(), Target: USA.Ref(), CAMEO: "112", Confidence: 0.6, Rule: "accuse"}, China, USA)
	b.Event(s4, parley.Event{Type: parley.Consult, Mode: "visit", Medium: parley.InPerson, Status: parley.Occurred,
		Source: Putin.Ref(), Target: Biden.Ref(), Location: &parley.Place{Name: "Geneva", Country: "CHE"},
		CAMEO: "043", Confidence: 0.8, Rule: "meet-past"}, Putin, Biden)
	b.Event(s3, parley.Event{Type: parley.Support, Status: parley.Occurred, Source: Putin.Ref(),
		Confidence: 0.5, Rule: "praise"}, Putin)
	return b.Analysis()
}

func testPutAnalysis(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	s := fresh(t)
	want := Rich()
	before := time.Now()
	res, err := s.PutAnalysis(ctx, "feeds/xi-putin.html", want)
	if err != nil {
		t.Fatalf("PutAnalysis: %v", err)
	}
	if res.Duplicate || res.ArticleID == 0 {
		t.Fatalf("PutAnalysis = %+v, want a new article", res)
	}

	t.Run("AnalysisReadsBackEqual", func(t *testing.T) {
		got, err := s.Analysis(ctx, res.ArticleID)
		if err != nil {
			t.Fatalf("Analysis: %v", err)
		}
		compareAnalyses(t, got, want)
	})
	t.Run("ArticleHasBookkeeping", func(t *testing.T) {
		got, err := s.Article(ctx, res.ArticleID)
		if err != nil {
			t.Fatalf("Article: %v", err)
		}
		if got.ID != res.ArticleID || got.Text != want.Article.Text || got.Title != want.Article.Title {
			t.Errorf("Article = id %d title %q, want id %d title %q", got.ID, got.Title, res.ArticleID, want.Article.Title)
		}
		if got.ContentHash != want.Article.ContentHash() {
			t.Errorf("ContentHash = %q, want %q", got.ContentHash, want.Article.ContentHash())
		}
		if wantURL := "https://news.example.com/world/xi-putin-call"; got.CanonicalURL != wantURL {
			t.Errorf("CanonicalURL = %q, want %q", got.CanonicalURL, wantURL)
		}
		if got.Locator != "feeds/xi-putin.html" {
			t.Errorf("Locator = %q, want the one given", got.Locator)
		}
		if got.IngestedAt.Before(before.Add(-time.Second)) || got.IngestedAt.After(time.Now().Add(time.Second)) {
			t.Errorf("IngestedAt = %v, want about now", got.IngestedAt)
		}
		if _, off := got.Published.Zone(); off != 8*3600 {
			t.Errorf("Published = %v, want the page's +08:00 zone kept", got.Published)
		}
	})
	t.Run("Counts", func(t *testing.T) {
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := store.Counts{Articles: 1, Actors: 5, Events: 5, Quotes: 2, Rejections: 0, Happenings: 5}
		if c != want {
			t.Errorf("Counts = %+v, want %+v", c, want)
		}
	})
	t.Run("UnknownPublicationDate", func(t *testing.T) {
		a := Meeting("", "", Xi, Putin, "2022-02-04", parley.InPerson, parley.Occurred)
		res, err := s.PutAnalysis(ctx, "undated", a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Article(ctx, res.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Published.IsZero() || got.CanonicalURL != "" {
			t.Errorf("Published = %v, CanonicalURL = %q; want zero and empty", got.Published, got.CanonicalURL)
		}
	})
}

// compareAnalyses reports the differences between two analyses section by
// section. Publication times compare as instants with the same zone offset.
func compareAnalyses(t *testing.T, got, want *parley.Analysis) {
	t.Helper()
	g, w := *got, *want
	if !g.Article.Published.Equal(w.Article.Published) || g.Article.Published.Format(time.RFC3339Nano) != w.Article.Published.Format(time.RFC3339Nano) {
		t.Errorf("Published = %v, want %v", g.Article.Published, w.Article.Published)
	}
	g.Article.Published, w.Article.Published = time.Time{}, time.Time{}
	sections := []struct {
		name      string
		got, want any
	}{
		{"Article", g.Article, w.Article},
		{"Sentences", g.Sentences, w.Sentences},
		{"Actors", g.Actors, w.Actors},
		{"Mentions", g.Mentions, w.Mentions},
		{"Dates", g.Dates, w.Dates},
		{"Quotes", g.Quotes, w.Quotes},
		{"Events", g.Events, w.Events},
	}
	for _, s := range sections {
		if !reflect.DeepEqual(s.got, s.want) {
			t.Errorf("%s differ:\n got %+v\nwant %+v", s.name, s.got, s.want)
		}
	}
}

func testDuplicates(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	base := func(url, text string) *parley.Analysis {
		b := NewArticle(url, "Talks in Geneva", "2021-06-16")
		b.Sentence(text)
		return b.Analysis()
	}
	tests := []struct {
		name   string
		second *parley.Analysis
		dup    bool
	}{
		{"SameContentSameURL", base("https://example.com/a", "Putin and Biden met."), true},
		{"SameContentOtherURL", base("https://mirror.example.org/copy", "Putin and Biden met."), true},
		{"SameContentNoURL", base("", "Putin and Biden met."), true},
		{"EditedTextSameURL", base("https://example.com/a", "Putin and Biden met in Geneva."), true},
		{"URLWithTrackingAndFragment", base("http://WWW.Example.com/a?utm_medium=email#top", "Other words."), true},
		{"OtherContentOtherURL", base("https://example.com/b", "Other words."), false},
		{"OtherContentNoURL", base("", "Other words."), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fresh(t)
			first, err := s.PutAnalysis(ctx, "first", base("https://example.com/a", "Putin and Biden met."))
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.PutAnalysis(ctx, "second", tt.second)
			if err != nil {
				t.Fatal(err)
			}
			if got.Duplicate != tt.dup {
				t.Fatalf("Duplicate = %v, want %v", got.Duplicate, tt.dup)
			}
			wantArticles := int64(2)
			if tt.dup {
				wantArticles = 1
				if got.ArticleID != first.ArticleID {
					t.Errorf("duplicate names article %d, want the stored copy %d", got.ArticleID, first.ArticleID)
				}
			}
			if c, _ := s.Counts(ctx); c.Articles != wantArticles {
				t.Errorf("%d articles stored, want %d", c.Articles, wantArticles)
			}
		})
	}
	t.Run("TwoArticlesWithoutURL", func(t *testing.T) {
		s := fresh(t)
		for i, text := range []string{"One text.", "Another text."} {
			res, err := s.PutAnalysis(ctx, fmt.Sprint(i), base("", text))
			if err != nil || res.Duplicate {
				t.Fatalf("PutAnalysis(%q) = %+v, %v; want stored", text, res, err)
			}
		}
	})
	t.Run("ReingestChangesNothing", func(t *testing.T) {
		s := fresh(t)
		a := Rich()
		if _, err := s.PutAnalysis(ctx, "x", a); err != nil {
			t.Fatal(err)
		}
		before, _ := s.Counts(ctx)
		res, err := s.PutAnalysis(ctx, "x", a)
		if err != nil || !res.Duplicate {
			t.Fatalf("second PutAnalysis = %+v, %v; want a duplicate", res, err)
		}
		if after, _ := s.Counts(ctx); after != before {
			t.Errorf("counts changed on re-ingest: %+v → %+v", before, after)
		}
	})
}

func testInvalid(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	tests := []struct {
		name   string
		mangle func(a *parley.Analysis)
		kind   parley.Kind
	}{
		{"EmptyText", func(a *parley.Analysis) { a.Article.Text = ""; a.Article.Paragraphs = nil }, parley.Empty},
		{"MentionOutsideText", func(a *parley.Analysis) { a.Mentions[0].Span.End = len(a.Article.Text) + 1 }, parley.Invalid},
		{"MentionWithoutActor", func(a *parley.Analysis) { a.Mentions[0].Actors = nil }, parley.Invalid},
		{"MentionOfUnlistedActor", func(a *parley.Analysis) { a.Mentions[0].Actors = []string{"person:nobody"} }, parley.Invalid},
		{"EventOfUnlistedActor", func(a *parley.Analysis) { a.Events[4].Target = parley.ActorRef{ID: "state:XXX"} }, parley.Invalid},
		{"EventWithoutSource", func(a *parley.Analysis) { a.Events[4].Source = parley.ActorRef{} }, parley.Invalid},
		{"EventTypeNotPLOVER", func(a *parley.Analysis) { a.Events[4].Type = "MEET" }, parley.Invalid},
		{"EventStatusUnknown", func(a *parley.Analysis) { a.Events[4].Status = "rumoured" }, parley.Invalid},
		{"EventMediumUnknown", func(a *parley.Analysis) { a.Events[4].Medium = "telepathy" }, parley.Invalid},
		{"ConfidenceAboveOne", func(a *parley.Analysis) { a.Events[4].Confidence = 1.5 }, parley.Invalid},
		{"EvidenceOutsideText", func(a *parley.Analysis) { a.Events[4].Evidence.Span = parley.Span{Start: 5, End: 1} }, parley.Invalid},
		{"QuoteOfUnlistedSpeaker", func(a *parley.Analysis) { a.Quotes[0].Speaker = parley.ActorRef{ID: "person:nobody"} }, parley.Invalid},
		{"ActorListedTwice", func(a *parley.Analysis) { a.Actors = append(a.Actors, a.Actors[0]) }, parley.Invalid},
		{"ActorKindUnknown", func(a *parley.Analysis) { a.Actors[0].Kind = "deity" }, parley.Invalid},
		{"TitleNotUTF8", func(a *parley.Analysis) { a.Article.Title = "bad \xff title" }, parley.Invalid},
		{"TextWithNUL", func(a *parley.Analysis) {
			a.Article.Text = strings.Replace(a.Article.Text, "Monday", "Mon\x00ay", 1)
		}, parley.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fresh(t)
			a := Rich()
			tt.mangle(a)
			_, err := s.PutAnalysis(ctx, "bad", a)
			if err == nil {
				t.Fatal("PutAnalysis accepted a broken analysis")
			}
			if k := parley.KindOf(err); k != tt.kind {
				t.Errorf("kind = %v (%v), want %v", k, err, tt.kind)
			}
			if c, _ := s.Counts(ctx); c != (store.Counts{}) {
				t.Errorf("a refused analysis left rows behind: %+v", c)
			}
		})
	}
	t.Run("Nil", func(t *testing.T) {
		s := fresh(t)
		if _, err := s.PutAnalysis(ctx, "nil", nil); parley.KindOf(err) != parley.Invalid {
			t.Errorf("PutAnalysis(nil) = %v, want Invalid", err)
		}
	})
}

func testRejections(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	s := fresh(t)
	put := func(r parley.Rejection) {
		t.Helper()
		if err := s.PutRejection(ctx, r); err != nil {
			t.Fatalf("PutRejection(%+v): %v", r, err)
		}
	}
	put(parley.Rejection{Locator: "a/big.html", Stage: "read", Kind: parley.TooLarge, Detail: "20 MB"})
	put(parley.Rejection{Locator: "a/blank.txt", Stage: "extract", Kind: parley.Empty, Detail: "no text"})
	put(parley.Rejection{Locator: "a/odd-\xff.html", Stage: "analyze", Kind: parley.Timeout, Detail: "budget \x00spent"})

	list := func(f store.RejectionFilter) []string {
		t.Helper()
		rs, err := s.Rejections(ctx, f)
		if err != nil {
			t.Fatalf("Rejections(%+v): %v", f, err)
		}
		var out []string
		for _, r := range rs {
			if r.At.IsZero() || r.ID == 0 {
				t.Errorf("rejection %+v lacks an ID or a time", r)
			}
			out = append(out, fmt.Sprintf("%s %s %s %s", r.Locator, r.Stage, r.Kind, r.Detail))
		}
		return out
	}
	check := func(name string, got []string, want ...string) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %q\nwant %q", name, got, want)
		}
	}
	check("all, in order", list(store.RejectionFilter{}),
		"a/big.html read too_large 20 MB", "a/blank.txt extract empty no text", "a/odd-\uFFFD.html analyze timeout budget spent")
	check("by stage", list(store.RejectionFilter{Stage: "extract"}), "a/blank.txt extract empty no text")
	check("by kind", list(store.RejectionFilter{Kinds: []parley.Kind{parley.TooLarge, parley.Timeout}}),
		"a/big.html read too_large 20 MB", "a/odd-\uFFFD.html analyze timeout budget spent")
	check("page", list(store.RejectionFilter{Limit: 1, Offset: 1}), "a/blank.txt extract empty no text")

	put(parley.Rejection{Locator: "a/big.html", Stage: "read", Kind: parley.Unreadable, Detail: "I/O error"})
	check("a new rejection replaces the old", list(store.RejectionFilter{Stage: "read"}), "a/big.html read unreadable I/O error")

	b := NewArticle("", "Blank no more", "")
	b.Sentence("Now the page has words.")
	if _, err := s.PutAnalysis(ctx, "a/blank.txt", b.Analysis()); err != nil {
		t.Fatal(err)
	}
	check("storing the input clears its rejection", list(store.RejectionFilter{Stage: "extract"}))
	if c, _ := s.Counts(ctx); c.Rejections != 2 {
		t.Errorf("Counts.Rejections = %d, want 2", c.Rejections)
	}

	if err := s.PutRejection(ctx, parley.Rejection{Stage: "read", Kind: parley.Empty}); parley.KindOf(err) != parley.Invalid {
		t.Errorf("PutRejection without locator = %v, want Invalid", err)
	}
	if _, err := s.Rejections(ctx, store.RejectionFilter{Limit: -1}); parley.KindOf(err) != parley.Invalid {
		t.Errorf("Rejections with negative limit = %v, want Invalid", err)
	}
}

// eventCorpus stores six articles, one event each, and returns the stored
// article IDs by name.
func eventCorpus(t *testing.T, s store.Store) map[string]int64 {
	t.Helper()
	ctx := context.Background()
	ids := map[string]int64{}
	put := func(name string, a *parley.Analysis) {
		t.Helper()
		res, err := s.PutAnalysis(ctx, name, a)
		if err != nil || res.Duplicate {
			t.Fatalf("PutAnalysis(%s) = %+v, %v", name, res, err)
		}
		ids[name] = res.ArticleID
	}
	put("call-planned", Meeting("https://a.example/1", "2021-06-25", Xi, Putin, "2021-06-28", parley.Virtual, parley.Planned))
	put("may-link", Meeting("https://a.example/2", "2021-05-20", Xi, Putin, "2021-05-19", parley.Virtual, parley.Occurred))
	geneva := NewArticle("https://b.example/geneva", "Summit in Geneva", "2021-06-16T20:00:00+02:00").Site("B Daily")
	gs := geneva.Sentence("Vladimir Putin met Joe Biden in Geneva.")
	put("geneva", geneva.Event(gs, parley.Event{Type: parley.Consult, Medium: parley.InPerson, Date: parley.MustParseDate("2021-06-16"),
		Source: Putin.Ref(), Target: Biden.Ref(), Participants: []parley.ActorRef{Putin.Ref(), Biden.Ref()},
		Location: &parley.Place{Name: "Geneva", Country: "CHE"}}, Putin, Biden).Analysis())
	put("november", Meeting("https://a.example/3", "2021-11-16", Biden, Xi, "2021-11", parley.Virtual, parley.Occurred))
	sanction := NewArticle("https://c.example/s", "Sanctions", "2021-12-30")
	ss := sanction.Sentence("The United States imposed sanctions on Russia that year.")
	put("sanction", sanction.Event(ss, parley.Event{Type: parley.Sanction, Date: parley.MustParseDate("2021"),
		Source: USA.Ref(), Target: Russia.Ref()}, USA, Russia).Analysis())
	accuse := NewArticle("https://c.example/a", "Accusation", "2022-01-10")
	as := accuse.Sentence("China accused the United States of meddling.")
	put("accuse", accuse.Event(as, parley.Event{Type: parley.Accuse, Source: China.Ref(), Target: USA.Ref()}, China, USA).Analysis())
	return ids
}

func testEvents(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	s := fresh(t)
	ids := eventCorpus(t, s)
	name := map[int64]string{}
	for n, id := range ids {
		name[id] = n
	}
	d := parley.MustParseDate
	tests := []struct {
		name   string
		filter store.EventFilter
		want   []string
	}{
		{"All_DateOrder_UndatedLast", store.EventFilter{}, []string{"sanction", "may-link", "geneva", "call-planned", "november", "accuse"}},
		{"NewestFirst_UndatedLast", store.EventFilter{NewestFirst: true}, []string{"november", "call-planned", "geneva", "may-link", "sanction", "accuse"}},
		{"OneActor", store.EventFilter{Actors: []store.AnyOf{{Putin.ID}}}, []string{"may-link", "geneva", "call-planned"}},
		{"Between", store.EventFilter{Actors: []store.AnyOf{{Xi.ID}, {Putin.ID}}}, []string{"may-link", "call-planned"}},
		{"BetweenSidesWithAlternatives", store.EventFilter{Actors: []store.AnyOf{{Xi.ID, China.ID}, {USA.ID, Biden.ID}}}, []string{"november", "accuse"}},
		{"ActorSetEmpty", store.EventFilter{Actors: []store.AnyOf{{}}}, nil},
		{"ActorUnknown", store.EventFilter{Actors: []store.AnyOf{{"person:nobody"}}}, nil},
		{"Type", store.EventFilter{Types: []parley.EventType{parley.Accuse, parley.Sanction}}, []string{"sanction", "accuse"}},
		{"Status", store.EventFilter{Statuses: []parley.Status{parley.Planned}}, []string{"call-planned"}},
		{"SinceOverlapsCoarseDates", store.EventFilter{Since: d("2021-06-10")}, []string{"sanction", "geneva", "call-planned", "november"}},
		{"SinceAndUntil", store.EventFilter{Since: d("2021-06-20"), Until: d("2021-06-30")}, []string{"sanction", "call-planned"}},
		{"UntilMonth", store.EventFilter{Until: d("2021-05")}, []string{"sanction", "may-link"}},
		{"SinceInsideMonth", store.EventFilter{Since: d("2021-11-15")}, []string{"sanction", "november"}},
		{"SinceYear", store.EventFilter{Since: d("2022")}, nil},
		{"Article", store.EventFilter{ArticleID: ids["geneva"]}, []string{"geneva"}},
		{"LimitOffset", store.EventFilter{Limit: 2, Offset: 1}, []string{"may-link", "geneva"}},
		{"OffsetOnly", store.EventFilter{Offset: 4}, []string{"november", "accuse"}},
		{"Combined", store.EventFilter{Actors: []store.AnyOf{{Putin.ID}}, Statuses: []parley.Status{parley.Occurred}, Since: d("2021-06")}, []string{"geneva"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := s.Events(ctx, tt.filter)
			if err != nil {
				t.Fatalf("Events: %v", err)
			}
			var got []string
			for _, ev := range evs {
				got = append(got, name[ev.Article.ID])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Events(%+v) = %q, want %q", tt.filter, got, tt.want)
			}
		})
	}
	t.Run("NegativeLimitInvalid", func(t *testing.T) {
		if _, err := s.Events(ctx, store.EventFilter{Limit: -1}); parley.KindOf(err) != parley.Invalid {
			t.Errorf("Events(Limit -1) = %v, want Invalid", err)
		}
	})
	t.Run("EventCarriesArticleAndActors", func(t *testing.T) {
		evs, err := s.Events(ctx, store.EventFilter{ArticleID: ids["geneva"]})
		if err != nil || len(evs) != 1 {
			t.Fatalf("Events = %v, %v", evs, err)
		}
		ev := evs[0]
		if ev.ID == 0 {
			t.Error("event has no ID")
		}
		wantArt := store.ArticleRef{ID: ids["geneva"], URL: "https://b.example/geneva", Title: "Summit in Geneva", Site: "B Daily"}
		gotArt := ev.Article
		gotArt.Published = time.Time{}
		if gotArt != wantArt {
			t.Errorf("Article = %+v, want %+v", ev.Article, wantArt)
		}
		if want := time.Date(2021, 6, 16, 18, 0, 0, 0, time.UTC); !ev.Article.Published.Equal(want) {
			t.Errorf("Article.Published = %v, want %v", ev.Article.Published, want)
		}
		if ev.Source != Putin.Ref() || ev.Target != Biden.Ref() {
			t.Errorf("Source, Target = %+v, %+v", ev.Source, ev.Target)
		}
		if !reflect.DeepEqual(ev.Participants, []parley.ActorRef{Putin.Ref(), Biden.Ref()}) {
			t.Errorf("Participants = %+v", ev.Participants)
		}
		if ev.Location == nil || *ev.Location != (parley.Place{Name: "Geneva", Country: "CHE"}) {
			t.Errorf("Location = %+v", ev.Location)
		}
		if ev.Evidence.Sentence != "Vladimir Putin met Joe Biden in Geneva." || ev.Date != d("2021-06-16") {
			t.Errorf("Evidence = %+v, Date = %v", ev.Evidence, ev.Date)
		}
	})
}

func testFindActors(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	s := fresh(t)
	castro := parley.Actor{ID: "person:xiomara-castro", Name: "Xiomara Castro", Kind: parley.Person, Country: "HND", Known: true}
	rahmon := parley.Actor{ID: "person:emomali-rahmon", Name: "Эмомали Рахмон", Kind: parley.Person, Country: "TJK", Known: true}
	b := NewArticle("", "Who is who", "")
	sent := b.Sentence("Leaders of many states.")
	b.Mention(sent, "Leaders", parley.ViaGroup, Xi, Putin, Biden, China, Russia, USA, castro, rahmon)
	if _, err := s.PutAnalysis(ctx, "who", b.Analysis()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, query string
		want        []string
	}{
		{"ByID", "person:xi-jinping", []string{Xi.ID}},
		{"ExactNameIgnoringCase", "xi JINPING", []string{Xi.ID}},
		{"ExactNameOfState", "united states", []string{USA.ID}},
		{"ISO3OfState", "RUS", []string{Russia.ID}},
		{"ISO3LowerCase", "chn", []string{China.ID}},
		{"WholeWord", "Putin", []string{Putin.ID}},
		{"WholeWordBeatsSubstring", "xi", []string{Xi.ID}},
		{"Substring", "xio", []string{castro.ID}},
		{"SubstringAcrossActors", "in", []string{China.ID, Putin.ID, Xi.ID}},
		{"CyrillicIgnoringCase", "рахмон", []string{rahmon.ID}},
		{"SurroundingSpace", "  Joe Biden ", []string{Biden.ID}},
		{"NoMatch", "Angela Merkel", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.FindActors(ctx, tt.query)
			if err != nil {
				t.Fatalf("FindActors(%q): %v", tt.query, err)
			}
			var ids []string
			for _, a := range got {
				ids = append(ids, a.ID)
			}
			if !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("FindActors(%q) = %q, want %q", tt.query, ids, tt.want)
			}
		})
	}
	t.Run("EmptyQueryInvalid", func(t *testing.T) {
		if _, err := s.FindActors(ctx, " "); parley.KindOf(err) != parley.Invalid {
			t.Errorf("FindActors(\" \") = %v, want Invalid", err)
		}
	})
	t.Run("ReturnsTheRecord", func(t *testing.T) {
		got, err := s.FindActors(ctx, Putin.ID)
		if err != nil || len(got) != 1 {
			t.Fatalf("FindActors = %v, %v", got, err)
		}
		want := Putin
		want.Role = "" // roles belong to articles, not to the actor record
		if got[0] != want {
			t.Errorf("FindActors = %+v, want %+v", got[0], want)
		}
	})
}

func testActorRecords(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	s := fresh(t)
	withActor := func(text string, a parley.Actor) *parley.Analysis {
		b := NewArticle("", text, "")
		sent := b.Sentence(text)
		return b.Mention(sent, text[:3], parley.ViaName, a).Analysis()
	}
	expert := parley.Actor{ID: "new:person:yang-jin", Name: "Yang Jin", Kind: parley.Person, Country: "CHN"}
	steps := []struct {
		text  string
		actor parley.Actor
	}{
		{"An unknown expert spoke.", expert},
		{"The expert spoke again.", func() parley.Actor { a := expert; a.Name = "Yang Jin Jr"; return a }()},
		{"Putin spoke.", Putin},
		{"Putin, again.", func() parley.Actor { a := Putin; a.Name = "V. Putin"; a.Known = false; a.Wikidata = ""; return a }()},
		{"Putin, once more.", func() parley.Actor { a := Putin; a.Name = "Vladimir V. Putin"; a.Wikidata = ""; return a }()},
	}
	for _, st := range steps {
		if _, err := s.PutAnalysis(ctx, st.text, withActor(st.text, st.actor)); err != nil {
			t.Fatal(err)
		}
	}
	find := func(id string) parley.Actor {
		got, err := s.FindActors(ctx, id)
		if err != nil || len(got) != 1 {
			t.Fatalf("FindActors(%s) = %v, %v", id, got, err)
		}
		return got[0]
	}
	if got := find(expert.ID); got.Name != "Yang Jin Jr" {
		t.Errorf("unknown actor's name = %q, want the latest, %q", got.Name, "Yang Jin Jr")
	}
	got := find(Putin.ID)
	if got.Name != "Vladimir V. Putin" || !got.Known {
		t.Errorf("known actor = %+v, want the latest known record (an unknown one never replaces it)", got)
	}
	if got.Wikidata != Putin.Wikidata {
		t.Errorf("Wikidata = %q, want %q kept when a later record lacks it", got.Wikidata, Putin.Wikidata)
	}
}

func testNotFound(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	s := fresh(t)
	if _, err := s.Article(ctx, 42); parley.KindOf(err) != parley.NotFound {
		t.Errorf("Article(42) = %v, want NotFound", err)
	}
	if _, err := s.Analysis(ctx, 42); parley.KindOf(err) != parley.NotFound {
		t.Errorf("Analysis(42) = %v, want NotFound", err)
	}
	evs, err := s.Events(ctx, store.EventFilter{})
	if err != nil || len(evs) != 0 {
		t.Errorf("Events on an empty store = %v, %v; want none", evs, err)
	}
}

func testCancelled(t *testing.T, fresh func(*testing.T) store.Store) {
	s := fresh(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutAnalysis(ctx, "x", Rich()); !errors.Is(err, context.Canceled) {
		t.Errorf("PutAnalysis with a cancelled context = %v, want context.Canceled", err)
	}
	if err := s.PutRejection(ctx, parley.Rejection{Locator: "x", Stage: "read"}); !errors.Is(err, context.Canceled) {
		t.Errorf("PutRejection with a cancelled context = %v, want context.Canceled", err)
	}
	if _, err := s.Events(ctx, store.EventFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Events with a cancelled context = %v, want context.Canceled", err)
	}
	if c, err := s.Counts(context.Background()); err != nil || c != (store.Counts{}) {
		t.Errorf("after cancelled writes: Counts = %+v, %v; want empty", c, err)
	}
}

// testConcurrent has writers race, some with the same article, while
// readers list events; every article a reader sees must be complete.
func testConcurrent(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	s := fresh(t)
	const writers, each = 6, 8
	shared := Rich()
	var wg sync.WaitGroup
	var mu sync.Mutex
	stored := map[int64]bool{}
	newOnes := 0
	errs := make(chan error, writers*each+100)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				a := Meeting(fmt.Sprintf("https://w.example/%d/%d", w, i), "2021-06-25", Xi, Putin, fmt.Sprintf("2021-%02d-%02d", 1+w, 1+i), parley.Virtual, parley.Occurred)
				if _, err := s.PutAnalysis(ctx, fmt.Sprintf("w%d-%d", w, i), a); err != nil {
					errs <- err
				}
			}
			res, err := s.PutAnalysis(ctx, fmt.Sprintf("shared-%d", w), shared)
			if err != nil {
				errs <- err
				return
			}
			mu.Lock()
			stored[res.ArticleID] = true
			if !res.Duplicate {
				newOnes++
			}
			mu.Unlock()
		}()
	}
	stop := make(chan struct{})
	var rg sync.WaitGroup
	for range 3 {
		rg.Add(1)
		go func() {
			defer rg.Done()
			last := 0
			for {
				select {
				case <-stop:
					return
				default:
				}
				evs, err := s.Events(ctx, store.EventFilter{Actors: []store.AnyOf{{Xi.ID}}})
				if err != nil {
					errs <- err
					return
				}
				if len(evs) < last {
					errs <- fmt.Errorf("events went from %d to %d", last, len(evs))
				}
				last = len(evs)
				for _, ev := range evs {
					if ev.Article.Title == "" || ev.Source.Name == "" {
						errs <- fmt.Errorf("incomplete event %+v", ev)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	rg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if newOnes != 1 || len(stored) != 1 {
		t.Errorf("shared article stored %d times under %d IDs, want once", newOnes, len(stored))
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(writers*each + 1); c.Articles != want {
		t.Errorf("Articles = %d, want %d", c.Articles, want)
	}
}

func testClose(t *testing.T, fresh func(*testing.T) store.Store) {
	s := fresh(t)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := s.PutAnalysis(context.Background(), "x", Rich()); err == nil {
		t.Error("PutAnalysis after Close succeeded")
	}
	if _, err := s.Events(context.Background(), store.EventFilter{}); err == nil {
		t.Error("Events after Close succeeded")
	}
}
