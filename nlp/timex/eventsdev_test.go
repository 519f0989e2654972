package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley"
)

// TestEventsDevDates measures, on the hand-annotated events-dev pages, how
// often the date that governs an event's evidence sentence equals the
// annotated event date. It reports the score and asserts nothing about it:
// the guidelines date some events from elsewhere on the page, which no
// sentence-level rule can see. It skips when shared/ is missing.
func TestEventsDevDates(t *testing.T) {
	golds, err := filepath.Glob("../../../shared/data/events-dev/gold/*.json")
	if err != nil || len(golds) == 0 {
		t.Skip("shared events-dev gold missing; skipping")
	}
	raw, err := os.ReadFile(groundTruth)
	if err != nil {
		t.Skipf("shared benchmark bodies missing (%v)", err)
	}
	var bodies map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &bodies); err != nil {
		t.Fatal(err)
	}
	tg := New()
	var dated, exact, agree, undated, undatedNone int
	for _, g := range golds {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var page struct {
			ID        string
			Published string
			Events    []struct{ Date, Evidence string }
		}
		if err := json.Unmarshal(b, &page); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		text := bodies[page.ID].ArticleBody
		pub := parley.MustParseDate(page.Published)
		xs := tg.Tag(text, nil, pub)
		for _, ev := range page.Events {
			at := strings.Index(text, ev.Evidence)
			if at < 0 {
				continue
			}
			i := Governing(text, xs, parley.Span{Start: at, End: at + len(ev.Evidence)})
			got := parley.Date{}
			if i >= 0 {
				got = xs[i].Value
				// The guidelines allow day or month, never a year alone.
				if got.Precision() == parley.PrecisionYear {
					got = parley.Date{}
				}
			}
			if ev.Date == "" {
				undated++
				if got.IsZero() {
					undatedNone++
				}
				continue
			}
			want := parley.MustParseDate(ev.Date)
			dated++
			if got == want {
				exact++
			} else {
				t.Logf("%s: want %s, got %s for %.90q", page.ID[:8], want, got, ev.Evidence)
			}
			if got.Agrees(want) {
				agree++
			}
		}
	}
	t.Logf("events-dev: %d dated events: %d exact (%.0f %%), %d agree; %d undated events: %d left undated",
		dated, exact, 100*float64(exact)/float64(max(dated, 1)), agree, undated, undatedNone)
}
