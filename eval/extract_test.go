package eval

import (
	"compress/gzip"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Hello, world! It's 2021.", "Hello|world|It|s|2021"},
		{"snake_case déjà-vu", "snake_case|déjà|vu"},
		{"两国领导人 会晤", "两国领导人|会晤"},
		// Python's \w leaves out combining marks, so Devanagari splits at
		// its vowel signs; the Go tokens must split the same way.
		{"हिन्दी", "ह|न|द"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Tokens(tt.in), "|"); got != tt.want {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestMatchText(t *testing.T) {
	tests := []struct {
		name, truth, pred string
		tp, fp, fn        float64
	}{
		{"identical", "a b c d e", "a b c d e", 1, 0, 0},
		{"both empty", "", "", 0, 0, 0},
		{"nothing predicted", "a b c d e", "", 0, 0, 1},
		// truth shingles: abcd bcde; pred: abcd bcdx → 1 tp, 1 fp, 1 fn.
		{"one shingle differs", "a b c d e", "a b c d x", 1.0 / 3, 1.0 / 3, 1.0 / 3},
		// Short texts make one short shingle.
		{"short text", "a b", "a b", 1, 0, 0},
		// Counts are multisets: a repeated paragraph is a false positive.
		{"repeat counts", "a b c d", "a b c d a b c d", 1.0 / 5, 4.0 / 5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := MatchText(tt.truth, tt.pred)
			if !near(m.TP, tt.tp) || !near(m.FP, tt.fp) || !near(m.FN, tt.fn) {
				t.Errorf("got %+v, want tp %v fp %v fn %v", m, tt.tp, tt.fp, tt.fn)
			}
		})
	}
}

func TestScore(t *testing.T) {
	ms := []Match{
		{TP: 1},                       // perfect
		{TP: 0.5, FP: 0.5},            // P 0.5, R 1
		{FN: 1},                       // nothing predicted: counts for recall only
		{TP: 0.25, FP: 0.25, FN: 0.5}, // P 0.5, R 1/3
	}
	s := Score(ms)
	wantP := (1 + 0.5 + 0.5) / 3
	wantR := (1 + 1 + 0 + 1.0/3) / 4
	if !near(s.Precision, wantP) || !near(s.Recall, wantR) || !near(s.F1, 2*wantP*wantR/(wantP+wantR)) {
		t.Errorf("got %+v, want P %v R %v", s, wantP, wantR)
	}
}

func TestBenchExtractDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	truth := `{"p1":{"articleBody":"one two three four five","url":"https://a.example/1"},
	           "p2":{"articleBody":"six seven eight nine ten","url":"https://a.example/2"}}`
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(truth), 0o644); err != nil {
		t.Fatal(err)
	}
	for id, page := range map[string]string{"p1": "one two three four five", "p2": "nothing alike here"} {
		f, err := os.Create(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(f)
		zw.Write([]byte(page))
		zw.Close()
		f.Close()
	}
	// The identity "extractor" scores p1 perfectly and p2 not at all.
	r, err := BenchExtractDir(dir, func(page []byte, _ string) (string, error) { return string(page), nil }, 2)
	if err != nil {
		t.Fatal(err)
	}
	if r.Pages != 4 || !near(r.Precision, 0.5) || !near(r.Recall, 0.5) || !near(r.F1, 0.5) {
		t.Errorf("got pages %d, %+v", r.Pages, r.Scores)
	}
	if r.DocsPerSec() <= 0 || r.MBPerSec() <= 0 {
		t.Errorf("no speed measured: %v docs/s", r.DocsPerSec())
	}
	if _, err := BenchExtractDir(t.TempDir(), nil, 1); err == nil {
		t.Error("a directory without ground truth gave no error")
	}
}
