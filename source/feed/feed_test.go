package feed_test

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"parley"
	"parley/source/feed"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>Meridian Post &amp; Friends</title>
  <link>https://meridian.example/</link>
  <item>
    <title><![CDATA[Ministers meet in <b>Geneva</b>]]></title>
    <link>https://meridian.example/world/geneva-talks?utm_source=rss</link>
    <pubDate>Wed, 16 Jun 2021 14:05:00 GMT</pubDate>
    <media:title>A photo caption, not the title</media:title>
    <guid isPermaLink="false">geneva-001</guid>
  </item>
  <item>
    <title>Relative link&nbsp;with entity</title>
    <link>/asia/summit</link>
    <dc:date>2021-06-17T08:00:00+08:00</dc:date>
  </item>
  <item>
    <title>Only a permalink GUID</title>
    <guid>https://meridian.example/europe/vote</guid>
    <pubDate>Thu, 17 Jun 2021 09:30 EST</pubDate>
  </item>
  <item>
    <title>No link at all</title>
    <description>Nothing to fetch.</description>
  </item>
  <item>
    <title>A link of another scheme</title>
    <link>javascript:alert(1)</link>
  </item>
</channel>
</rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://eastern.example/news/">
  <title type="text">Eastern Wire</title>
  <entry>
    <title type="html">Talks &lt;em&gt;resume&lt;/em&gt;</title>
    <link rel="self" href="https://eastern.example/api/1"/>
    <link rel="alternate" type="text/html" href="talks-resume"/>
    <id>tag:eastern.example,2021:1</id>
    <published>2021-06-20T10:00:00Z</published>
    <updated>2021-06-21T10:00:00Z</updated>
  </entry>
  <entry>
    <title>Updated only</title>
    <link href="https://eastern.example/news/updated-only"/>
    <updated>2021-06-22T07:30:00-04:00</updated>
  </entry>
</feed>`

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel><title>Baltic Ledger</title></channel>
  <item rdf:about="https://baltic.example/a"><title>Harbour deal</title><link>https://baltic.example/a</link><dc:date>2021-07-01</dc:date></item>
</rdf:RDF>`

func items(t *testing.T, r *feed.Reader) ([]feed.Item, error) {
	t.Helper()
	var out []feed.Item
	for it, err := range r.Items() {
		if err != nil {
			return out, err
		}
		out = append(out, it)
	}
	return out, nil
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestFormats(t *testing.T) {
	tests := []struct {
		name      string
		feed      string
		base      string
		format    string
		title     string
		want      []feed.Item
		noLink    int
		wantDates []string
	}{
		{"RSS2", rss, "https://meridian.example/rss.xml", "rss", "Meridian Post & Friends", []feed.Item{
			{Title: "Ministers meet in Geneva", Link: "https://meridian.example/world/geneva-talks?utm_source=rss", GUID: "geneva-001"},
			{Title: "Relative link with entity", Link: "https://meridian.example/asia/summit"},
			{Title: "Only a permalink GUID", Link: "https://meridian.example/europe/vote", GUID: "https://meridian.example/europe/vote"},
		}, 2, []string{"2021-06-16T14:05:00Z", "2021-06-17T08:00:00+08:00", "2021-06-17T09:30:00-05:00"}},
		{"Atom", atom, "", "atom", "Eastern Wire", []feed.Item{
			{Title: "Talks resume", Link: "https://eastern.example/news/talks-resume", GUID: "tag:eastern.example,2021:1"},
			{Title: "Updated only", Link: "https://eastern.example/news/updated-only"},
		}, 0, []string{"2021-06-20T10:00:00Z", "2021-06-22T07:30:00-04:00"}},
		{"RSS1RDF", rdf, "", "rdf", "Baltic Ledger", []feed.Item{
			{Title: "Harbour deal", Link: "https://baltic.example/a"},
		}, 0, []string{"2021-07-01T00:00:00Z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := feed.NewReader(strings.NewReader(tt.feed), "feed", tt.base, feed.Options{})
			got, err := items(t, r)
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				if i < len(tt.wantDates) && !got[i].Published.Equal(date(tt.wantDates[i])) {
					t.Errorf("item %d published %v, want %s", i, got[i].Published, tt.wantDates[i])
				}
				got[i].Published = time.Time{}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("items:\n got %+v\nwant %+v", got, tt.want)
			}
			st := r.Stats()
			if st.Format != tt.format || st.Title != tt.title || st.NoLink != tt.noLink || st.Items != len(tt.want) || st.Truncated {
				t.Errorf("stats = %+v, want format %s, title %q, %d without link", st, tt.format, tt.title, tt.noLink)
			}
		})
	}
}

func TestDeclaredCharset(t *testing.T) {
	title := "Переговоры в Женеве"
	enc, err := charmap.Windows1251.NewEncoder().String(title)
	if err != nil {
		t.Fatal(err)
	}
	doc := `<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><title>` + enc + `</title><link>https://ru.example/a</link></item></channel></rss>`
	got, err := items(t, feed.NewReader(strings.NewReader(doc), "ru", "", feed.Options{}))
	if err != nil || len(got) != 1 || got[0].Title != title {
		t.Errorf("items %+v, err %v; want the title decoded from windows-1251", got, err)
	}
}

func TestDocuments(t *testing.T) {
	r := feed.NewReader(strings.NewReader(rss), "https://meridian.example/rss.xml", "https://meridian.example/rss.xml", feed.Options{})
	var docs []parley.Document
	for d, err := range r.Documents() {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	d := docs[0]
	if d.Locator != d.URL || d.URL != "https://meridian.example/world/geneva-talks?utm_source=rss" || d.Body != nil ||
		d.Title != "Ministers meet in Geneva" || !d.Published.Equal(date("2021-06-16T14:05:00Z")) {
		t.Errorf("first document = %+v; want the item's link, title and date, and no body", d)
	}
}

func TestBadFeeds(t *testing.T) {
	deep := "<rss><channel>" + strings.Repeat("<x>", 100_000) + "</channel></rss>"
	tests := []struct {
		name  string
		feed  string
		opt   feed.Options
		kind  parley.Kind
		items int
	}{
		{"NotXML", "\x89PNG\r\n\x1a\n\x00\x00binary", feed.Options{}, parley.Invalid, 0},
		{"HTMLPage", "<html><body><p>Not a feed</p></body></html>", feed.Options{}, parley.Invalid, 0},
		{"Empty", "", feed.Options{}, parley.Invalid, 0},
		{"DeepNesting", deep, feed.Options{}, parley.TooDeep, 0},
		{"TooLarge", rss, feed.Options{MaxBytes: 600}, parley.TooLarge, 1},
		{"BrokenAfterItems", strings.Replace(rss, "</channel>", "<item><title>x</tit", 1)[:len(rss)-10], feed.Options{}, parley.Invalid, 2}, // the relative link has no base here
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := items(t, feed.NewReader(strings.NewReader(tt.feed), "bad.xml", "", tt.opt))
			if parley.KindOf(err) != tt.kind || len(got) != tt.items {
				t.Errorf("%d items, error %v; want %d items then a %v error", len(got), err, tt.items, tt.kind)
			}
			if err != nil && !strings.Contains(err.Error(), "bad.xml") {
				t.Errorf("error %q does not name the feed", err)
			}
		})
	}
}

// manyItems generates a feed of n items as it is read, never holding it.
type manyItems struct {
	n, i int
	buf  bytes.Buffer
	read int64
}

func (m *manyItems) Read(p []byte) (int, error) {
	for m.buf.Len() < len(p) && m.i <= m.n {
		switch {
		case m.i == 0:
			m.buf.WriteString(`<?xml version="1.0"?><rss><channel><title>Big</title>`)
		case m.i == m.n:
			m.buf.WriteString(`</channel></rss>`)
		default:
			fmt.Fprintf(&m.buf, "<item><title>Item %d</title><link>https://big.example/%d</link><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>\n", m.i, m.i)
		}
		m.i++
	}
	n, err := m.buf.Read(p)
	m.read += int64(n)
	if err == io.EOF && m.i <= m.n {
		err = nil
	}
	return n, err
}

func TestHundredThousandItemsStayBounded(t *testing.T) {
	src := &manyItems{n: 100_000}
	r := feed.NewReader(src, "big.xml", "", feed.Options{MaxItems: 1000, MaxBytes: 64 << 20})
	n := 0
	for _, err := range r.Items() {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	st := r.Stats()
	if n != 1000 || !st.Truncated || st.Items != 1000 {
		t.Errorf("%d items, stats %+v; want 1000 and truncated", n, st)
	}
	if src.read > 1<<20 {
		t.Errorf("read %d bytes to take 1000 items: the rest of the feed should stay unread", src.read)
	}

	t.Run("AllItemsStreamed", func(t *testing.T) {
		// Taking them all holds one item at a time: the heap in use
		// after the last item is about what it was after the first
		// thousand.
		src := &manyItems{n: 100_000}
		r := feed.NewReader(src, "big.xml", "", feed.Options{MaxItems: 200_000, MaxBytes: 64 << 20})
		n := 0
		var early, late runtime.MemStats
		for range r.Items() {
			n++
			switch n {
			case 1000:
				runtime.GC()
				runtime.ReadMemStats(&early)
			case 99_999:
				runtime.GC()
				runtime.ReadMemStats(&late)
			}
		}
		if n != 99_999 || r.Stats().Truncated {
			t.Errorf("%d items, want 99,999", n)
		}
		if grew := int64(late.HeapInuse) - int64(early.HeapInuse); grew > 2<<20 {
			t.Errorf("the heap grew by %d bytes over 99,000 items", grew)
		}
	})
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Wed, 16 Jun 2021 14:05:00 GMT", "2021-06-16T14:05:00Z"},
		{"Wed, 16 Jun 2021 14:05:00 +0200", "2021-06-16T14:05:00+02:00"},
		{"16 Jun 2021 14:05 PDT", "2021-06-16T14:05:00-07:00"},
		{"Wed, 16 Jun 21 14:05:00 -0000", "2021-06-16T14:05:00Z"},
		{"Wednesday, 16 June 2021 14:05:00 +0000", "2021-06-16T14:05:00Z"},
		{"  Wed,  16 Jun 2021   14:05:00 GMT ", "2021-06-16T14:05:00Z"},
		{"2021-06-16T14:05:00.123+05:30", "2021-06-16T14:05:00.123+05:30"},
		{"2021-06-16T14:05:00", "2021-06-16T14:05:00Z"},
		{"2021-06-16", "2021-06-16T00:00:00Z"},
		{"Wed, 16 Jun 2021", "2021-06-16T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := feed.ParseDate(tt.in)
			if want, _ := time.Parse(time.RFC3339Nano, tt.want); !ok || !got.Equal(want) {
				t.Errorf("ParseDate(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
			}
		})
	}
	for _, bad := range []string{"", "yesterday", "32 Jun 2021", "2021-13-01", strings.Repeat("1", 100)} {
		if got, ok := feed.ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) = %v, want no date", bad, got)
		}
	}
}

// BenchmarkFeed reads feeds of 10,000 and 100,000 items generated on the
// fly (the generator's cost included).
func BenchmarkFeed(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				r := feed.NewReader(&manyItems{n: n}, "big.xml", "", feed.Options{MaxItems: n, MaxBytes: 64 << 20})
				for range r.Items() {
				}
			}
		})
	}
}

// FuzzFeed feeds the reader arbitrary bytes: it must end without
// panicking, keep to its item cap, and give only absolute http(s) links
// and clean, bounded fields.
func FuzzFeed(f *testing.F) {
	for _, s := range []string{rss, atom, rdf, "<rss><channel><item><link>/x</link></item></channel></rss>",
		`<?xml version="1.0" encoding="koi8-r"?><rss/>`, "<feed><entry><link href='https://a.example/'/></entry>", "<rss>" + strings.Repeat("<a>", 70), "</a></b><rss></x>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		opt := feed.Options{MaxItems: 50, MaxFieldBytes: 256, MaxBytes: 1 << 20}
		r := feed.NewReader(bytes.NewReader(data), "fuzz", "https://base.example/feed/", opt)
		n := 0
		for it, err := range r.Items() {
			if err != nil {
				break
			}
			n++
			if !strings.HasPrefix(it.Link, "http://") && !strings.HasPrefix(it.Link, "https://") {
				t.Fatalf("link %q is not absolute http(s)", it.Link)
			}
			for _, s := range []string{it.Title, it.GUID, it.Link} {
				if !utf8.ValidString(s) || len(s) > opt.MaxFieldBytes*3 {
					t.Fatalf("field %q is not valid UTF-8 or too long", s)
				}
			}
		}
		if n > opt.MaxItems {
			t.Fatalf("%d items past the cap of %d", n, opt.MaxItems)
		}
	})
}
