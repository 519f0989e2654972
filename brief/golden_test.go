package brief_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parley"
	"parley/brief"
	"parley/kb"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// leaderFromKB tells from the built-in knowledge base whether a person
// was head of state or government on a day, as `parley brief` does.
func leaderFromKB(t *testing.T) func(string, parley.Date) bool {
	k, err := kb.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return brief.LeaderFunc(k)
}

// TestCorpusGolden holds the briefings of the built-in corpus that `parley
// demo` prints, in Markdown, JSON and HTML.
func TestCorpusGolden(t *testing.T) {
	st := corpusStore(t)
	ctx := context.Background()
	tests := []struct {
		name, a, b, on string
	}{
		{"xi-putin-2021-06-28", "Xi Jinping", "Vladimir Putin", "2021-06-28"},
		{"biden-xi-2023-11-15", "Joe Biden", "Xi Jinping", "2023-11-15"},
		{"biden-putin-2022-03-01", "Joe Biden", "Vladimir Putin", "2022-03-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := brief.Resolve(ctx, st, tt.a)
			if err != nil {
				t.Fatal(err)
			}
			b, err := brief.Resolve(ctx, st, tt.b)
			if err != nil {
				t.Fatal(err)
			}
			opt := brief.DefaultOptions()
			opt.Leader = leaderFromKB(t)
			br, err := brief.Build(ctx, st, a, b, parley.MustParseDate(tt.on), opt)
			if err != nil {
				t.Fatal(err)
			}
			var md, js, html bytes.Buffer
			if err := br.WriteMarkdown(&md); err != nil {
				t.Fatal(err)
			}
			enc := json.NewEncoder(&js)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(br); err != nil {
				t.Fatal(err)
			}
			if err := br.WriteHTML(&html); err != nil {
				t.Fatal(err)
			}
			for ext, got := range map[string][]byte{".md": md.Bytes(), ".json": js.Bytes(), ".html": html.Bytes()} {
				golden(t, filepath.Join("testdata", tt.name+ext), got)
			}
		})
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./brief -run TestCorpusGolden -update to write it)", err)
	}
	if !bytes.Equal(renumber(got), renumber(want)) {
		t.Errorf("%s differs from the briefing built now: %s (run with -update after checking the change)", path, firstDiff(string(want), string(got)))
	}
}

var happeningID = regexp.MustCompile(`"id": [0-9]+`)

// renumber replaces the store's happening IDs, which shift whenever the
// coder finds one event more or less anywhere in the corpus, by their
// order of first appearance, so the golden files compare what a reader
// sees and which lines share a happening, not the store's numbering.
func renumber(b []byte) []byte {
	seen := map[string]int{}
	return happeningID.ReplaceAllFunc(b, func(m []byte) []byte {
		n, ok := seen[string(m)]
		if !ok {
			n = len(seen) + 1
			seen[string(m)] = n
		}
		return []byte(fmt.Sprintf(`"id": #%d`, n))
	})
}

// firstDiff describes the first line where two texts differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d\n  want: %s\n  got:  %s", i+1, a, b)
		}
	}
	return "same lines"
}
