package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"parley"
)

// These tests run against servers on the loopback interface only. A
// Fetcher refuses loopback by default, so each test says how it lets its
// own server through: AllowPrivate, or a policy that treats exactly
// 127.0.0.1 as public (to test what happens to every other address).

// site is a test server that counts requests by path.
type site struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	agent string
}

func newSite(t *testing.T, robots string, handle func(w http.ResponseWriter, r *http.Request)) *site {
	t.Helper()
	s := &site{hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.agent = r.Header.Get("User-Agent")
		s.mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			if robots == "" {
				http.NotFound(w, r)
				return
			}
			fmt.Fprint(w, robots)
			return
		}
		handle(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func pageHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, "<html><body><p>A page at "+r.URL.Path+"</p></body></html>")
}

// testFetcher returns a Fetcher for loopback tests with no pacing.
func testFetcher(opt Options) *Fetcher {
	opt.AllowPrivate = true
	if opt.Interval == 0 {
		opt.Interval = -1 // no pacing
	}
	return New(opt)
}

// onlyLocalhostIsPublic treats 127.0.0.1 as a public address and
// everything else by the real rule.
func onlyLocalhostIsPublic(a netip.Addr) bool {
	return a == netip.MustParseAddr("127.0.0.1") || PublicAddr(a)
}

func TestGetPage(t *testing.T) {
	s := newSite(t, "", pageHandler)
	f := testFetcher(Options{Contact: "mailto:desk@example.org"})
	doc, err := f.Fetch(context.Background(), parley.Document{Locator: "l", URL: s.URL + "/world/a"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc.Body), "/world/a") || doc.ContentType != "text/html; charset=utf-8" || doc.Fetched.IsZero() || doc.URL != s.URL+"/world/a" {
		t.Errorf("document = %+v", doc)
	}
	if !strings.HasPrefix(s.agent, "Parley/") || !strings.Contains(s.agent, "mailto:desk@example.org") {
		t.Errorf("User-Agent %q does not name Parley and the contact", s.agent)
	}
}

func TestStatusesAndTypes(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/gone":
			w.WriteHeader(http.StatusGone)
		case "/busy":
			w.WriteHeader(http.StatusTooManyRequests)
		case "/broken":
			w.WriteHeader(http.StatusInternalServerError)
		case "/secret":
			w.WriteHeader(http.StatusForbidden)
		case "/photo":
			w.Header().Set("Content-Type", "image/jpeg")
			w.Write([]byte("\xff\xd8\xff"))
		case "/text":
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("plain words"))
		}
	})
	f := testFetcher(Options{})
	tests := []struct {
		path string
		kind parley.Kind
	}{
		{"/gone", parley.NotFound},
		{"/busy", parley.Unavailable},
		{"/broken", parley.Unavailable},
		{"/secret", parley.Unreadable},
		{"/photo", parley.Unsupported},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), parley.Document{URL: s.URL + tt.path})
			if parley.KindOf(err) != tt.kind {
				t.Errorf("Fetch = %v, want kind %v", err, tt.kind)
			}
		})
	}
	if doc, err := f.Fetch(context.Background(), parley.Document{URL: s.URL + "/text"}); err != nil || string(doc.Body) != "plain words" {
		t.Errorf("plain text: %v %q", err, doc.Body)
	}
}

func TestRobots(t *testing.T) {
	robots := "User-agent: *\nDisallow: /\n\nUser-agent: Parley\nDisallow: /private/\nAllow: /private/open$\nCrawl-delay: 7\n"
	s := newSite(t, robots, pageHandler)
	var slept []time.Duration
	var mu sync.Mutex
	f := testFetcher(Options{Interval: time.Millisecond})
	f.now = func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }
	f.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		slept = append(slept, d)
		mu.Unlock()
		return nil
	}
	ctx := context.Background()
	tests := []struct {
		path string
		kind parley.Kind // Internal means no error
	}{
		{"/news/a", parley.Internal},
		{"/private/b", parley.Disallowed},
		{"/private/open", parley.Internal},
		{"/private/open/more", parley.Disallowed},
	}
	for _, tt := range tests {
		_, err := f.Get(ctx, s.URL+tt.path, Validators{})
		if (err == nil) != (tt.kind == parley.Internal) || err != nil && parley.KindOf(err) != tt.kind {
			t.Errorf("Get %s = %v, want kind %v", tt.path, err, tt.kind)
		}
	}
	if n := s.count("/private/b"); n != 0 {
		t.Errorf("a disallowed page was requested %d times", n)
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt was fetched %d times, want once per host", n)
	}
	// With the clock standing still: robots.txt starts at once, the
	// first page one interval (1 ms) after it, as the delay was not known
	// yet, and the second page a Crawl-delay after that.
	want := []time.Duration{time.Millisecond, 7*time.Second + time.Millisecond}
	mu.Lock()
	defer mu.Unlock()
	if fmt.Sprint(slept) != fmt.Sprint(want) {
		t.Errorf("waits %v, want %v (the site's Crawl-delay, not the 1 ms interval)", slept, want)
	}
}

func TestRobotsUnreachable(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) { pageHandler(w, r) })
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		pageHandler(w, r)
	}))
	defer failing.Close()
	f := testFetcher(Options{})
	if _, err := f.Get(context.Background(), s.URL+"/a", Validators{}); err != nil {
		t.Errorf("a site without robots.txt: %v, want allowed", err)
	}
	if _, err := f.Get(context.Background(), failing.URL+"/a", Validators{}); parley.KindOf(err) != parley.Disallowed {
		t.Errorf("a site whose robots.txt fails with 503: %v, want disallowed", err)
	}
}

func TestParseRobots(t *testing.T) {
	file := `# comment
User-agent: otherbot
Disallow: /

User-agent: parley/1.0
User-agent: somebot
Disallow: /a
Allow: /a/b
Disallow: /*.pdf$
Disallow: /search?

User-agent: *
Disallow: /everything
`
	r := parseRobots([]byte(file), "parley")
	tests := []struct {
		path string
		want bool
	}{
		{"/", true},
		{"/a", false},
		{"/a/x", false},
		{"/a/b/c", true},
		{"/doc/file.pdf", false},
		{"/doc/file.pdf?x=1", true},
		{"/search?q=x", false},
		{"/search", true},
		{"/everything", true}, // the * group does not apply: Parley has its own
		{"/robots.txt", true},
	}
	for _, tt := range tests {
		if got := r.allowed(tt.path); got != tt.want {
			t.Errorf("allowed(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if r := parseRobots([]byte("User-agent: *\nDisallow:\n"), "parley"); !r.allowed("/x") {
		t.Error("an empty Disallow should allow everything")
	}
	if r := parseRobots([]byte("junk\x00\xff\nUser-agent *\n"), "parley"); !r.allowed("/x") {
		t.Error("an unreadable file should allow everything")
	}
}

func TestPerHostConcurrencyCap(t *testing.T) {
	var inFlight, most atomic.Int32
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond) // lets requests overlap if nothing stops them
		inFlight.Add(-1)
		pageHandler(w, r)
	})
	f := testFetcher(Options{PerHost: 2})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Get(context.Background(), fmt.Sprintf("%s/p%d", s.URL, i), Validators{}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if m := most.Load(); m > 2 {
		t.Errorf("%d requests ran at once against one host, want at most 2", m)
	}
}

func TestPacing(t *testing.T) {
	s := newSite(t, "", pageHandler)
	var slept []time.Duration
	f := testFetcher(Options{Interval: 2 * time.Second})
	f.now = func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }
	f.sleep = func(ctx context.Context, d time.Duration) error { slept = append(slept, d); return nil }
	for i := range 3 {
		if _, err := f.Get(context.Background(), fmt.Sprintf("%s/p%d", s.URL, i), Validators{}); err != nil {
			t.Fatal(err)
		}
	}
	// robots.txt goes first and starts at once; then 2 s apart.
	if want := []time.Duration{2 * time.Second, 4 * time.Second, 6 * time.Second}; fmt.Sprint(slept) != fmt.Sprint(want) {
		t.Errorf("waits %v, want %v", slept, want)
	}
}

func TestLimits(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(bytes.Repeat([]byte("<p>"), 30<<20/3)) // 30 MiB, compressed to a few tens of KiB
	zw.Close()
	release := make(chan struct{})
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Header().Set("Content-Type", "text/html")
			w.Write(bytes.Repeat([]byte("a"), 2<<20))
		case "/bomb":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		case "/hang":
			<-release
		}
	})
	defer close(release)
	f := testFetcher(Options{MaxBytes: 1 << 20, Timeout: 200 * time.Millisecond})
	tests := []struct {
		path string
		kind parley.Kind
		text string
	}{
		{"/big", parley.TooLarge, "more than"},
		{"/bomb", parley.TooLarge, "decompresses to"},
		{"/hang", parley.Timeout, ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := f.Get(context.Background(), s.URL+tt.path, Validators{})
			if parley.KindOf(err) != tt.kind || !strings.Contains(fmt.Sprint(err), tt.text) {
				t.Errorf("Get = %v, want kind %v mentioning %q", err, tt.kind, tt.text)
			}
		})
	}
}

func TestConditionalGet(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v7"` || r.Header.Get("If-Modified-Since") == "Wed, 01 May 2024 07:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v7"`)
		w.Header().Set("Last-Modified", "Wed, 01 May 2024 07:00:00 GMT")
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "<rss/>")
	})
	f := testFetcher(Options{})
	ctx := context.Background()
	first, err := f.Get(ctx, s.URL+"/feed", Validators{})
	if err != nil || first.NotModified || first.Validators.ETag != `"v7"` || string(first.Body) != "<rss/>" {
		t.Fatalf("first poll = %+v, %v", first, err)
	}
	for _, v := range []Validators{{ETag: `"v7"`}, {LastModified: first.Validators.LastModified}} {
		again, err := f.Get(ctx, s.URL+"/feed", v)
		if err != nil || !again.NotModified || again.Body != nil {
			t.Errorf("poll with %+v = %+v, %v; want not modified", v, again, err)
		}
	}
}

// TestRefusesNonPublicAddresses is S6: every way of naming this machine or
// a private network is refused before any connection is made.
func TestRefusesNonPublicAddresses(t *testing.T) {
	s := newSite(t, "", pageHandler)
	port := s.Listener.Addr().(interface{ String() string }).String()
	_, p, _ := strings.Cut(port, ":")
	f := New(Options{Interval: -1}) // robots.txt is asked for too, and must not be fetched either
	f.lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
		switch host {
		case "localhost":
			return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
		case "internal.test":
			return []netip.Addr{netip.MustParseAddr("93.184.216.34"), netip.MustParseAddr("10.1.2.3")}, nil
		}
		return nil, fmt.Errorf("no such host %s (tests resolve nothing else)", host)
	}
	urls := []string{
		s.URL + "/a",
		"http://localhost:" + p + "/a",
		"http://127.1:" + p + "/",
		"http://2130706433:" + p + "/",
		"http://0x7f000001:" + p + "/",
		"http://0177.0.0.1:" + p + "/",
		"http://[::1]:" + p + "/",
		"http://[::ffff:127.0.0.1]:" + p + "/",
		"http://0.0.0.0:" + p + "/",
		"http://169.254.169.254/latest/meta-data/",
		"http://10.0.0.1/",
		"http://172.16.5.4/",
		"http://192.168.1.1/",
		"http://100.64.0.1/",
		"http://[fd00::1]/",
		"http://[fe80::1]/",
		"http://internal.test/",
		"file:///etc/passwd",
		"gopher://example.com/",
		"ftp://example.com/",
		"http://user:pass@example.com/",
	}
	for _, u := range urls {
		_, err := f.Get(context.Background(), u, Validators{})
		if parley.KindOf(err) != parley.Blocked || parley.Blocked.String() != "ssrf_blocked" {
			t.Errorf("Get %s = %v, want ssrf_blocked", u, err)
		}
	}
	if n := s.count("/a") + s.count("/") + s.count("/robots.txt"); n != 0 {
		t.Errorf("the loopback server was reached %d times", n)
	}
}

func TestRedirects(t *testing.T) {
	var target *site
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-private":
			// 127.0.0.2 is loopback too, and not let through.
			http.Redirect(w, r, "http://127.0.0.2:"+port(target)+"/secret", http.StatusFound)
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/moved":
			http.Redirect(w, r, "/final", http.StatusMovedPermanently)
		case "/to-disallowed":
			http.Redirect(w, r, target.URL+"/private/x", http.StatusFound)
		default:
			pageHandler(w, r)
		}
	})
	target = newSite(t, "User-agent: *\nDisallow: /private/\n", pageHandler)
	f := New(Options{Interval: -1, MaxRedirects: 3})
	f.public = onlyLocalhostIsPublic
	tests := []struct {
		path string
		kind parley.Kind
	}{
		{"/to-private", parley.Blocked},
		{"/to-file", parley.Blocked},
		{"/loop", parley.Invalid},
		{"/to-disallowed", parley.Disallowed},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := f.Get(context.Background(), s.URL+tt.path, Validators{})
			if parley.KindOf(err) != tt.kind {
				t.Errorf("Get = %v, want kind %v", err, tt.kind)
			}
		})
	}
	if n := s.count("/loop"); n != 4 {
		t.Errorf("the loop was followed %d times, want the first request and 3 redirects", n)
	}
	if n := target.count("/private/x") + target.count("/secret"); n != 0 {
		t.Errorf("a refused redirect target was requested %d times", n)
	}
	resp, err := f.Get(context.Background(), s.URL+"/moved", Validators{})
	if err != nil || resp.URL != s.URL+"/final" {
		t.Errorf("a permanent move: %+v, %v; want the final URL", resp, err)
	}
}

func port(s *site) string {
	u, _ := url.Parse(s.URL)
	return u.Port()
}

// TestDNSRebinding: a name that resolves to a public address on one
// lookup and to a private one on the next is refused the second time,
// because the check is made on every dial.
func TestDNSRebinding(t *testing.T) {
	s := newSite(t, "", pageHandler)
	f := New(Options{IgnoreRobots: true, Interval: -1})
	f.public = onlyLocalhostIsPublic
	f.client.Transport.(*http.Transport).DisableKeepAlives = true // a new dial every time
	var lookups atomic.Int32
	f.lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
		if lookups.Add(1) == 1 {
			return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
		}
		return []netip.Addr{netip.MustParseAddr("192.168.0.10")}, nil
	}
	u := "http://rebind.test:" + port(s) + "/a"
	if _, err := f.Get(context.Background(), u, Validators{}); err != nil {
		t.Fatalf("first fetch: %v", err)
	}
	if _, err := f.Get(context.Background(), u, Validators{}); parley.KindOf(err) != parley.Blocked {
		t.Errorf("second fetch after the name moved to a private address = %v, want ssrf_blocked", err)
	}
}

func TestLiteralIP(t *testing.T) {
	tests := []struct {
		host string
		want string
	}{
		{"127.0.0.1", "127.0.0.1"},
		{"127.1", "127.0.0.1"},
		{"127.0.1", "127.0.0.1"},
		{"2130706433", "127.0.0.1"},
		{"0x7f000001", "127.0.0.1"},
		{"0177.0.0.01", "127.0.0.1"},
		{"0x7f.1", "127.0.0.1"},
		{"[::1]", "::1"},
		{"10.0.0.1.", "10.0.0.1"},
		{"example.com", ""},
		{"1.2.3.4.5", ""},
		{"256.1.1.1", ""},
		{"1.2.3.256", ""},
		{"99999999999", ""},
	}
	for _, tt := range tests {
		a, ok := literalIP(tt.host)
		got := ""
		if ok {
			got = a.String()
		}
		if got != tt.want {
			t.Errorf("literalIP(%q) = %q, want %q", tt.host, got, tt.want)
		}
	}
}

func TestPublicAddr(t *testing.T) {
	for _, s := range []string{"93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"} {
		if !PublicAddr(netip.MustParseAddr(s)) {
			t.Errorf("%s should be public", s)
		}
	}
	for _, s := range []string{"127.0.0.1", "10.9.8.7", "172.31.0.1", "192.168.0.1", "169.254.169.254", "100.100.0.1", "0.0.0.0",
		"224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd12::1", "ff02::1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1"} {
		if PublicAddr(netip.MustParseAddr(s)) {
			t.Errorf("%s should not be public", s)
		}
	}
}
