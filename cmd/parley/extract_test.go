package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"parley"
)

// A small news page written for these tests: a menu, the headline, a
// byline, a publication time in JSON-LD and two paragraphs.
const extractPage = `<!DOCTYPE html><html lang="en"><head>
<title>Ministers agree to reopen the northern crossing | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-04T07:10:00+01:00","author":{"@type":"Person","name":"Ana Lima"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Ministers agree to reopen the northern crossing</h1>
<p>Ministers from the two countries agreed on Thursday to reopen the northern border crossing for trucks and buses, officials said.</p>
<p>The crossing had been closed since the spring after a dispute over customs checks, and traders had lost months of business.</p>
</article>
<footer>© 2022 Harbour Times</footer>
</body></html>`

func decodeExtracted(t *testing.T, stdout string) extractedArticle {
	t.Helper()
	var a extractedArticle
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	return a
}

func TestExtractJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.html")
	writeFile(t, path, []byte(extractPage))
	code, stdout, stderr := execParley(t, "", "", "extract", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	a := decodeExtracted(t, stdout)
	if a.Title != "Ministers agree to reopen the northern crossing" {
		t.Errorf("title %q", a.Title)
	}
	if a.Published != "2022-03-04T07:10:00+01:00" || a.PublishedSource != "json-ld" {
		t.Errorf("published %q from %q", a.Published, a.PublishedSource)
	}
	if strings.Join(a.Authors, "|") != "Ana Lima" || a.SiteName != "Harbour Times" || a.Language != "en" {
		t.Errorf("authors %q, site %q, language %q", a.Authors, a.SiteName, a.Language)
	}
	if len(a.Paragraphs) != 2 {
		t.Fatalf("%d paragraphs, want 2:\n%s", len(a.Paragraphs), a.Text)
	}
	for i, p := range a.Paragraphs {
		if p.Start < 0 || p.End > len(a.Text) || p.Start >= p.End {
			t.Fatalf("paragraph %d %+v lies outside the text of %d bytes", i, p, len(a.Text))
		}
	}
	if got := a.Text[a.Paragraphs[1].Start:a.Paragraphs[1].End]; !strings.HasPrefix(got, "The crossing had been closed") {
		t.Errorf("second paragraph %q", got)
	}
	for _, junk := range []string{"Home", "Sport", "©"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps %q:\n%s", junk, a.Text)
		}
	}
}

func TestExtractTextFromStdin(t *testing.T) {
	dump := "HARBOUR TIMES\nWorld | Europe | Trade\n\nCrossing to reopen after talks\n\nCrossing to reopen after talks\n\nFri 4 Mar 2022 07.10 GMT\nBy Ana Lima\n\nMinisters from the two countries agreed on Thursday to reopen the northern border crossing, officials said.\n\nRead more: Five things to know about the dispute\n"
	code, stdout, stderr := execParley(t, "", dump, "extract", "--format", "text", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := "Crossing to reopen after talks\n" +
		"  published 2022-03-04T07:10:00Z (from text)\n" +
		"  by Ana Lima\n" +
		"  site —  language —\n\n" +
		"Ministers from the two countries agreed on Thursday to reopen the northern border crossing, officials said.\n"
	if stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout, want)
	}
}

func TestExtractFlags(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	writeFile(t, page, []byte(extractPage))
	undated := filepath.Join(dir, "undated.html")
	writeFile(t, undated, []byte(strings.Replace(extractPage, `"datePublished":"2022-03-04T07:10:00+01:00",`, "", 1)))
	zipped := filepath.Join(dir, "page.html.gz")
	writeFile(t, zipped, gzipped(t, extractPage))
	// "Новости дня" and a sentence of Cyrillic prose in windows-1251.
	cyr := filepath.Join(dir, "cyrillic.html")
	writeFile(t, cyr, []byte("<html><body><article><h1>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff \xe8 \xe2\xf1\xb8</h1><p>\xcc\xe8\xed\xe8\xf1\xf2\xf0\xfb \xe4\xe2\xf3\xf5 \xf1\xf2\xf0\xe0\xed \xe4\xee\xe3\xee\xe2\xee\xf0\xe8\xeb\xe8\xf1\xfc \xee\xf2\xea\xf0\xfb\xf2\xfc \xf1\xe5\xe2\xe5\xf0\xed\xfb\xe9 \xef\xe5\xf0\xe5\xf5\xee\xe4, \xf1\xee\xee\xe1\xf9\xe8\xeb\xe8 \xf7\xe8\xed\xee\xe2\xed\xe8\xea\xe8, \xe8 \xf2\xee\xf0\xe3\xee\xe2\xf6\xfb \xf0\xe0\xe4\xe0.</p></article></body></html>"))
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, a extractedArticle)
	}{
		{"published flag overrides the page", []string{"--published", "2022-03-05", page}, func(t *testing.T, a extractedArticle) {
			if a.Published != "2022-03-05T00:00:00Z" || a.PublishedSource != "given" {
				t.Errorf("published %q from %q", a.Published, a.PublishedSource)
			}
		}},
		{"RFC 3339 published flag", []string{page, "--published", "2022-03-05T08:00:00+02:00"}, func(t *testing.T, a extractedArticle) {
			if a.Published != "2022-03-05T08:00:00+02:00" {
				t.Errorf("published %q", a.Published)
			}
		}},
		{"url flag dates an undated page", []string{"--url", "https://harbour.example/2022/03/04/crossing", undated}, func(t *testing.T, a extractedArticle) {
			if a.URL != "https://harbour.example/2022/03/04/crossing" || a.Published != "2022-03-04T00:00:00Z" || a.PublishedSource != "url" {
				t.Errorf("url %q, published %q from %q", a.URL, a.Published, a.PublishedSource)
			}
		}},
		{"undated page", []string{undated}, func(t *testing.T, a extractedArticle) {
			if a.Published != "" || a.PublishedSource != "none" {
				t.Errorf("published %q from %q", a.Published, a.PublishedSource)
			}
		}},
		{"gzipped page", []string{zipped}, func(t *testing.T, a extractedArticle) {
			if a.Title != "Ministers agree to reopen the northern crossing" {
				t.Errorf("title %q", a.Title)
			}
		}},
		{"declared charset", []string{"--content-type", "text/html; charset=windows-1251", cyr}, func(t *testing.T, a extractedArticle) {
			if a.Title != "Новости дня и всё" || !strings.Contains(a.Text, "северный переход") {
				t.Errorf("title %q, text %q", a.Title, a.Text)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := execParley(t, "", "", append([]string{"extract"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			tt.check(t, decodeExtracted(t, stdout))
		})
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	png := filepath.Join(dir, "photo.html")
	writeFile(t, png, append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...))
	empty := filepath.Join(dir, "empty.html")
	writeFile(t, empty, nil)
	deep := filepath.Join(dir, "deep.html")
	writeFile(t, deep, []byte(strings.Repeat("<div>", 5000)+"text"))
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		want  string // in stderr
	}{
		{"no input", "", []string{"extract"}, exitUsage, "want exactly one FILE or -"},
		{"two inputs", "", []string{"extract", png, empty}, exitUsage, "got 2 arguments"},
		{"bad format", "", []string{"extract", "--format", "xml", png}, exitUsage, "--format must be one of json, text"},
		{"bad published date, before any read", "", []string{"extract", "--published", "2022-13-01", filepath.Join(dir, "missing.html")}, exitUsage, "--published"},
		{"unknown flag", "", []string{"extract", "--frobnicate", png}, exitUsage, "frobnicate"},
		{"missing file", "", []string{"extract", filepath.Join(dir, "missing.html")}, exitFailure, "no such file"},
		{"a folder", "", []string{"extract", dir}, exitFailure, "is a directory"},
		{"binary named .html", "", []string{"extract", png}, exitFailure, "PNG image"},
		{"empty file", "", []string{"extract", empty}, exitFailure, "empty"},
		{"empty stdin", "", []string{"extract", "-"}, exitFailure, "stdin"},
		{"nesting too deep", "", []string{"extract", deep}, exitFailure, "parley extract:"},
		{"help", "", []string{"extract", "-h"}, exitOK, "Usage: parley extract"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := execParley(t, "", tt.stdin, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
			if tt.code != exitOK && stdout != "" {
				t.Errorf("a failed run printed %q", stdout)
			}
		})
	}
}

// TestReadDocumentReaderFaults reads standard input through the faulty
// readers of testing/iotest (RELIABILITY.md R8): the same document as a
// plain read, or a typed error naming the input; never part of a page.
func TestReadDocumentReaderFaults(t *testing.T) {
	lim := parley.DefaultLimits()
	boom := errors.New("pipe broke")
	tests := []struct {
		name string
		r    io.Reader
		kind parley.Kind // 0 (Internal) for "no error"
	}{
		{"plain", strings.NewReader(extractPage), 0},
		{"one byte at a time", iotest.OneByteReader(strings.NewReader(extractPage)), 0},
		{"half of each read", iotest.HalfReader(strings.NewReader(extractPage)), 0},
		{"data with the EOF", iotest.DataErrReader(strings.NewReader(extractPage)), 0},
		{"timeout on the second read", iotest.TimeoutReader(strings.NewReader(extractPage)), parley.Unreadable},
		{"error at once", iotest.ErrReader(boom), parley.Unreadable},
		{"error half way", io.MultiReader(strings.NewReader(extractPage[:200]), iotest.ErrReader(boom)), parley.Unreadable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &env{stdin: tt.r, stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
			doc, err := readDocument(e, "-", lim)
			if tt.kind == 0 {
				if err != nil || string(doc.Body) != extractPage || doc.Locator != "stdin" {
					t.Errorf("read %d bytes as %q, %v; want the whole page", len(doc.Body), doc.Locator, err)
				}
				return
			}
			if err == nil || parley.KindOf(err) != tt.kind || !strings.Contains(err.Error(), "stdin") {
				t.Errorf("error %v (kind %v); want a %v error naming stdin", err, parley.KindOf(err), tt.kind)
			}
			if len(doc.Body) != 0 {
				t.Errorf("a failed read kept %d bytes", len(doc.Body))
			}
		})
	}
	t.Run("over the limit", func(t *testing.T) {
		small := lim
		small.MaxDocBytes = 100
		e := &env{stdin: strings.NewReader(extractPage), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
		if _, err := readDocument(e, "-", small); parley.KindOf(err) != parley.TooLarge {
			t.Errorf("error %v; want too_large", err)
		}
		path := filepath.Join(t.TempDir(), "big.html")
		writeFile(t, path, []byte(extractPage))
		if _, err := readDocument(e, path, small); parley.KindOf(err) != parley.TooLarge || !strings.Contains(err.Error(), path) {
			t.Errorf("error %v; want too_large naming the file", err)
		}
	})
}

// TestExtractStdinFaults runs the whole command over a faulty standard
// input: the same output as a plain read, or exit 1 and no output.
func TestExtractStdinFaults(t *testing.T) {
	run := func(r io.Reader) (int, string, string) {
		var out, errOut bytes.Buffer
		e := &env{stdin: r, stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
		code := run(context.Background(), []string{"extract", "-"}, e)
		return code, out.String(), errOut.String()
	}
	_, want, _ := run(strings.NewReader(extractPage))
	for name, r := range map[string]io.Reader{
		"one byte at a time": iotest.OneByteReader(strings.NewReader(extractPage)),
		"half of each read":  iotest.HalfReader(strings.NewReader(extractPage)),
		"data with the EOF":  iotest.DataErrReader(strings.NewReader(extractPage)),
	} {
		if code, got, stderr := run(r); code != exitOK || got != want {
			t.Errorf("%s: exit %d, stderr %q; output differs from a plain read", name, code, stderr)
		}
	}
	code, got, stderr := run(iotest.TimeoutReader(strings.NewReader(extractPage)))
	if code != exitFailure || got != "" || !strings.Contains(stderr, "timeout") {
		t.Errorf("timeout: exit %d, stdout %q, stderr %q", code, got, stderr)
	}
}

// benchFolder writes a two-page benchmark laid out like the article
// extraction benchmark, with truth that matches what Parley extracts.
func benchFolder(t *testing.T) string {
	dir := t.TempDir()
	bodies := map[string]string{
		"aaa": "Ministers from the two countries agreed on Thursday to reopen the northern border crossing for trucks and buses, officials said.",
		"bbb": "The port authority said the ferry terminal would stay closed until the storm had passed, and that ships would wait offshore.",
	}
	truth := map[string]map[string]string{}
	for id, body := range bodies {
		page := "<html><head><title>Page " + id + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><p>" + body + "</p></article></body></html>"
		writeFile(t, filepath.Join(dir, "html", id+".html.gz"), gzipped(t, page))
		truth[id] = map[string]string{"articleBody": body, "url": "https://example.org/" + id}
	}
	b, err := json.Marshal(truth)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "ground-truth.json"), b)
	return dir
}

func TestBenchExtract(t *testing.T) {
	dir := benchFolder(t)
	code, stdout, stderr := execParley(t, "", "", "bench", "extract", "--rounds", "2", "--worst", "1", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"pages   2 (×2 rounds", "F1      1.0000", "P       1.0000", "R       1.0000", "docs/s  ", "MB/s    ", "worst pages (F1  id  url):", "1.000  aaa  https://example.org/aaa"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestBenchExtractErrors(t *testing.T) {
	dir := benchFolder(t)
	broken := t.TempDir()
	writeFile(t, filepath.Join(broken, "ground-truth.json"), []byte("{not json"))
	noPages := t.TempDir()
	writeFile(t, filepath.Join(noPages, "ground-truth.json"), []byte("{}"))
	missingPage := t.TempDir()
	writeFile(t, filepath.Join(missingPage, "ground-truth.json"), []byte(`{"zzz":{"articleBody":"x","url":""}}`))
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no folder", []string{"bench", "extract"}, exitUsage, "want exactly one DIR"},
		{"zero rounds", []string{"bench", "extract", "--rounds", "0", dir}, exitUsage, "--rounds must be at least 1"},
		{"missing folder", []string{"bench", "extract", filepath.Join(dir, "nowhere")}, exitFailure, "ground-truth.json"},
		{"broken truth", []string{"bench", "extract", broken}, exitFailure, "ground-truth.json"},
		{"no pages", []string{"bench", "extract", noPages}, exitFailure, "lists no pages"},
		{"page file missing", []string{"bench", "extract", missingPage}, exitFailure, "zzz.html.gz"},
		{"help", []string{"bench", "extract", "-h"}, exitOK, "Usage: parley bench extract"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := execParley(t, "", "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}

// TestBenchExtractShared scores the shared benchmark through the command
// when it is there, against the bar.
func TestBenchExtractShared(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "article-extraction-benchmark")
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		t.Skipf("shared benchmark not found at %s: %v", dir, err)
	}
	if testing.Short() {
		t.Skip("the shared benchmark takes a few seconds; skipped with -short")
	}
	code, stdout, stderr := execParley(t, "", "", "bench", "extract", "--rounds", "1", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var f1 float64
	for _, l := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(l, "F1") {
			if err := json.Unmarshal([]byte(strings.TrimSpace(strings.TrimPrefix(l, "F1"))), &f1); err != nil {
				t.Fatalf("F1 line %q: %v", l, err)
			}
		}
	}
	if f1 < 0.965 {
		t.Errorf("F1 %.4f below 0.965:\n%s", f1, stdout)
	}
}
