package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"parley/store"
	"parley/store/sqlite"
)

// warcRecord renders one WARC response record for a page.
func warcRecord(url, html string) []byte {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", url, len(block), block))
}

func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

func htmlPage(title, text string) string {
	return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>"
}

// newsSite serves pages, a feed of them and robots.txt on loopback.
type newsSite struct {
	*httptest.Server
	mu       sync.Mutex
	requests map[string]int
}

func startNewsSite(t *testing.T) *newsSite {
	s := &newsSite{requests: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests[r.URL.Path]++
		s.mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case r.URL.Path == "/feed.xml":
			if r.Header.Get("If-None-Match") == `"feed-1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"feed-1"`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss><channel><title>Loopback News</title>
<item><title>Foreign ministers meet</title><link>%[1]s/news/ministers</link><pubDate>Tue, 23 Mar 2021 08:00:00 GMT</pubDate></item>
<item><title>Hidden page</title><link>%[1]s/private/memo</link></item>
</channel></rss>`, s.URL)
		case strings.HasPrefix(r.URL.Path, "/news/"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			switch r.URL.Path {
			case "/news/ministers":
				fmt.Fprint(w, htmlPage("Ministers meet", pageStdin))
			case "/news/summit":
				fmt.Fprint(w, htmlPage("Leaders meet in Geneva", pageGeneva))
			default:
				http.NotFound(w, r)
			}
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *newsSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

func TestIngestEverySourceKind(t *testing.T) {
	site := startNewsSite(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pages", "call.txt"), []byte(pageCall))
	archive := append(gzipBytes(warcRecord("https://archive.example/geneva", htmlPage("Leaders meet in Geneva", pageGeneva))),
		gzipBytes([]byte("WARC/1.1\r\nWARC-Type: request\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n"))...)
	writeFile(t, filepath.Join(dir, "crawl.warc.gz"), archive)
	writeFile(t, filepath.Join(dir, "saved.rss"), []byte(`<rss><channel><item><title>Saved item</title><link>`+site.URL+`/news/gone</link></item></channel></rss>`))
	writeFile(t, filepath.Join(dir, "list.txt"), []byte("# pages to fetch\n"+site.URL+"/news/summit\n\nnot a url\n"))
	db := filepath.Join(t.TempDir(), "p.db")
	report := filepath.Join(t.TempDir(), "report.json")

	args := []string{"ingest", "--db", db, "--allow-private", "--interval", "0", "--report", report, "--contact", "mailto:test@example.org",
		filepath.Join(dir, "pages"), filepath.Join(dir, "crawl.warc.gz"), filepath.Join(dir, "saved.rss"),
		"--urls", filepath.Join(dir, "list.txt"), "--feed", site.URL + "/feed.xml", site.URL + "/news/summit"}
	code, stdout, stderr := execParley(t, "", "", args...)
	if code != exitRejects {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	// call.txt, the archived page, the saved feed's item, the list's
	// two lines, the feed's two items and the plain URL.
	want := "seen 8, stored 3, duplicate 2, rejected 3; skipped 1 archive record (type request 1)\n"
	if stdout != want {
		t.Errorf("stdout = %q, want %q\nstderr: %s", stdout, want, stderr)
	}
	for _, w := range []string{
		"rejected " + site.URL + "/news/gone: ",
		"[not_found at fetch]",
		"rejected " + filepath.Join(dir, "list.txt") + ":4: line 4 is not a URL",
		"rejected " + site.URL + "/private/memo: robots.txt of ",
		"[robots_disallowed at fetch]",
	} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if n := site.count("/private/memo"); n != 0 {
		t.Errorf("a page robots.txt forbids was requested %d times", n)
	}

	var rep ingestReport
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Seen != 8 || len(rep.Rejections) != 3 || rep.SkippedRecords["type request"] != 1 || len(rep.Feeds) != 2 || rep.Fetched < 3 {
		t.Errorf("report = %+v", rep)
	}

	t.Run("FeedItemsKeepTheirDate", func(t *testing.T) {
		s, err := sqlite.Open(context.Background(), db, sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		e, err := s.Logged(context.Background(), site.URL+"/news/ministers")
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.Article(context.Background(), e.ArticleID)
		if err != nil || a.Published.Format("2006-01-02") != "2021-03-23" || a.PublishedSource != "given" || e.Fetched.IsZero() {
			t.Errorf("article %+v, fetched %v, %v: want the feed's date as the publication date and a fetch time", a, e.Fetched, err)
		}
	})

	t.Run("SecondRunIsResumedAndTheFeedNotModified", func(t *testing.T) {
		before := site.count("/news/summit")
		code, stdout, _ := execParley(t, "", "", args...)
		// The feed is not modified, so its two items are not seen again.
		if code != exitRejects || !strings.HasPrefix(stdout, "seen 6, stored 0, duplicate 4, rejected 2") || !strings.Contains(stdout, "not modified") {
			t.Errorf("exit %d, stdout %q; want everything resumed and the feed not modified", code, stdout)
		}
		if site.count("/news/summit") != before {
			t.Error("a page stored by the first run was fetched again")
		}
	})

	t.Run("Rejects", func(t *testing.T) {
		code, stdout, _ := execParley(t, "", "", "rejects", "--db", db)
		if code != exitOK || strings.Count(stdout, "\n") != 3 || !strings.Contains(stdout, "robots_disallowed") {
			t.Errorf("rejects: exit %d\n%s", code, stdout)
		}
		code, stdout, _ = execParley(t, "", "", "rejects", "--db", db, "--stage", "fetch", "--kind", "not_found", "--format", "json")
		var rows []map[string]any
		if err := json.Unmarshal([]byte(stdout), &rows); code != exitOK || err != nil || len(rows) != 1 || rows[0]["reason"] != "not_found" {
			t.Errorf("rejects --stage fetch --kind not_found: exit %d, %v\n%s", code, err, stdout)
		}
		code, _, stderr := execParley(t, "", "", "rejects", "--db", db, "--kind", "nonsense")
		if code != exitUsage || !strings.Contains(stderr, "ssrf_blocked") {
			t.Errorf("unknown kind: exit %d, %s", code, stderr)
		}
	})
}

func TestIngestRefusesPrivateAddressesByDefault(t *testing.T) {
	site := startNewsSite(t)
	db := filepath.Join(t.TempDir(), "p.db")
	code, stdout, stderr := execParley(t, "", "", "ingest", "--db", db, site.URL+"/news/summit", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd")
	if code != exitRejects || stdout != "seen 3, stored 0, duplicate 0, rejected 3\n" || strings.Count(stderr, "[ssrf_blocked at fetch]") != 3 {
		t.Errorf("exit %d\nstdout %q\nstderr %s", code, stdout, stderr)
	}
	if n := site.count("/news/summit") + site.count("/robots.txt"); n != 0 {
		t.Errorf("the loopback server was reached %d times", n)
	}
}

// TestIngestBadInputs is R1 in small: one input of each kind of damage,
// with the outcome each must have. Neighbours of bad inputs are stored.
func TestIngestBadInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB page")
	}
	dir := filepath.Join(t.TempDir(), "bad")
	good := func(name, title string) {
		writeFile(t, filepath.Join(dir, name), []byte(htmlPage(title, "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on "+title+".")))
	}
	good("good-1.html", "Monday")
	good("good-2.html", "Tuesday")
	writeFile(t, filepath.Join(dir, "photo.html"), append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0, 1, 2, 3}, 256)...))
	writeFile(t, filepath.Join(dir, "invalid-utf8.html"), []byte(htmlPage("Talks", "Leaders met \xff\xfe in Vienna on Friday and agreed \xc3 to talk again.")))
	cyr, _ := charmap.Windows1251.NewEncoder().String("Министры встретились в Женеве в понедельник.")
	writeFile(t, filepath.Join(dir, "wrong-charset.html"), []byte(`<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>`+cyr+`</p></body></html>`))
	writeFile(t, filepath.Join(dir, "empty.html"), nil)
	writeFile(t, filepath.Join(dir, "huge.html"), append([]byte("<html><body><p>"), bytes.Repeat([]byte("word "), 10<<20)...))
	writeFile(t, filepath.Join(dir, "deep.html"), []byte("<html><body>"+strings.Repeat("<div>", 100_000)+"text"+"</body></html>"))
	truncated := gzipBytes([]byte(htmlPage("Cut", pageGeneva)))
	writeFile(t, filepath.Join(dir, "truncated.html.gz"), truncated[:len(truncated)-12])
	writeFile(t, filepath.Join(dir, "bomb.html.gz"), gzipBytes(bytes.Repeat([]byte{' '}, 40<<20)))
	if err := os.Symlink(".", filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	// A WARC with a corrupt record between two good ones.
	rec1 := gzipBytes(warcRecord("https://w.example/1", htmlPage("One", pageCall)))
	rec2 := gzipBytes(warcRecord("https://w.example/2", htmlPage("Two", pageStdin)))
	rec3 := gzipBytes(warcRecord("https://w.example/3", htmlPage("Three", pageGeneva)))
	bad := bytes.Clone(rec2)
	for i := 15; i < 40; i++ {
		bad[i] ^= 0xa5
	}
	warcPath := filepath.Join(t.TempDir(), "damaged.warc.gz")
	writeFile(t, warcPath, bytes.Join([][]byte{rec1, bad, rec3}, nil))
	// A feed file with 100,000 items, all to a blocked address.
	var feed bytes.Buffer
	feed.WriteString("<rss><channel>")
	for i := range 100_000 {
		fmt.Fprintf(&feed, "<item><title>%d</title><link>http://10.0.0.1/%d</link></item>", i, i)
	}
	feed.WriteString("</channel></rss>")
	feedPath := filepath.Join(t.TempDir(), "huge.rss")
	writeFile(t, feedPath, feed.Bytes())

	db := filepath.Join(t.TempDir(), "p.db")
	code, stdout, stderr := execParley(t, "", "", "ingest", "--db", db, "--quiet", dir, warcPath, feedPath)
	if code != exitRejects {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	s, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rs, err := s.Rejections(context.Background(), store.RejectionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	blocked := 0
	for _, r := range rs {
		if strings.HasPrefix(r.Locator, "http://10.0.0.1/") {
			blocked++
			continue
		}
		got[strings.TrimPrefix(strings.TrimPrefix(r.Locator, dir+string(filepath.Separator)), filepath.Dir(warcPath)+string(filepath.Separator))] = r.Kind.String() + " at " + r.Stage
	}
	want := map[string]string{
		"photo.html":        "binary at extract",
		"empty.html":        "empty at read",
		"huge.html":         "too_large at read",
		"deep.html":         "too_deep at extract",
		"truncated.html.gz": "unreadable at read",
		"bomb.html.gz":      "too_large at read",
		"loop":              "unreadable at read",
		"damaged.warc.gz@" + fmt.Sprint(len(rec1)): "unreadable at read",
	}
	keys := func(m map[string]string) []string {
		var k []string
		for x := range m {
			k = append(k, x+" → "+m[x])
		}
		sort.Strings(k)
		return k
	}
	if fmt.Sprint(keys(got)) != fmt.Sprint(keys(want)) {
		t.Errorf("rejections:\n got %v\nwant %v", keys(got), keys(want))
	}
	if blocked != 10_000 {
		t.Errorf("%d feed items rejected, want the first 10,000 (the feed is cut there)", blocked)
	}
	c, _ := s.Counts(context.Background())
	// good-1, good-2, invalid-utf8 (repaired), wrong-charset (decoded as
	// declared, still text) and the WARC's first and third records.
	if c.Articles != 6 {
		t.Errorf("%d articles stored, want 6", c.Articles)
	}
	if !strings.Contains(stdout, "feed "+feedPath+" cut at 10000 items") {
		t.Errorf("summary %q does not say the feed was cut", stdout)
	}
}

// integrity runs SQLite's own checks on a database file.
func integrity(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var ok string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
	rows, err := db.Query("PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if rows.Next() {
		t.Error("foreign_key_check found rows that point nowhere")
	}
}
