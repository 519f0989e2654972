package timex

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"parley"
)

func TestCallerSentencesBoundRules(t *testing.T) {
	tg := New()
	pub := parley.MustParseDate("2021-06-28")
	text := "In 2014 the war began; on March 18 the treaty was signed."
	find := func(xs []parley.TimeExpr) string {
		for _, x := range xs {
			if x.Text == "March 18" {
				return x.Value.String()
			}
		}
		return "missing"
	}
	// One sentence: the year written before carries over.
	if got := find(tg.Tag(text, nil, pub)); got != "2014-03-18" {
		t.Errorf("one sentence: March 18 = %s, want 2014-03-18", got)
	}
	// Two sentences given by the caller: the year stays in the first.
	cut := strings.Index(text, ";") + 1
	spans := []parley.Span{{Start: 0, End: cut}, {Start: cut + 1, End: len(text)}}
	if got := find(tg.Tag(text, spans, pub)); got != "2021-03-18" {
		t.Errorf("two sentences: March 18 = %s, want 2021-03-18", got)
	}
}

func TestZeroPublicationDate(t *testing.T) {
	xs := New().Tag("The talks took place on Friday, two weeks after 19 May 2021.", nil, parley.Date{})
	got := map[string]string{}
	for _, x := range xs {
		got[x.Text] = x.Value.String()
	}
	want := map[string]string{"Friday": "", "two weeks after": "2021", "19 May 2021": "2021-05-19"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestConcurrentTag(t *testing.T) {
	tg := New()
	pub := parley.MustParseDate("2024-06-17")
	want := tg.Tag(benchText, nil, pub)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := tg.Tag(benchText, nil, pub); !reflect.DeepEqual(got, want) {
					t.Error("concurrent Tag gave a different result")
					return
				}
			}
		}()
	}
	wg.Wait()
}
