package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden is what a golden file records of an extracted article.
type golden struct {
	Title           string   `json:"title"`
	Published       string   `json:"published"`
	PublishedSource string   `json:"published_source"`
	Authors         []string `json:"authors"`
	SiteName        string   `json:"site_name"`
	Language        string   `json:"language"`
	Paragraphs      []string `json:"paragraphs"`
}

func toGolden(a parley.Article) golden {
	g := golden{
		Title:           a.Title,
		PublishedSource: string(a.PublishedSource),
		Authors:         a.Authors,
		SiteName:        a.SiteName,
		Language:        a.Language,
	}
	if !a.Published.IsZero() {
		g.Published = a.Published.Format(time.RFC3339)
	}
	for _, p := range a.Paragraphs {
		g.Paragraphs = append(g.Paragraphs, p.In(a.Text))
	}
	return g
}

// TestGolden extracts every page under testdata/golden and compares the
// result with its .golden.json; run with -update to rewrite them after a
// reviewed change.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/golden/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range pages {
		if strings.HasSuffix(path, ".golden.json") {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(parley.Document{Locator: path, Body: body}, parley.DefaultLimits())
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkArticle(t, a)
			got, err := json.MarshalIndent(toGolden(a), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			gpath := path + ".golden.json"
			if *update {
				if err := os.WriteFile(gpath, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gpath)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; got:\n%s", path, gpath, got)
			}
		})
	}
	if n == 0 {
		t.Fatal("no golden pages found")
	}
}
