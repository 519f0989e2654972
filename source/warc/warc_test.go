package warc_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"parley"
	"parley/source/warc"
)

// rec is one WARC record to write: its type, the header fields beyond
// the required ones, and its block.
type rec struct {
	typ    string
	fields map[string]string
	block  string
	// length, when not negative, replaces the true Content-Length.
	length int
}

func (r rec) bytes(version string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n", version, r.typ, len(r.block))
	for k, v := range r.fields {
		fmt.Fprintf(&b, "%s: %s\r\n", k, v)
	}
	n := len(r.block)
	if r.length >= 0 {
		n = r.length
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", n, r.block)
	return b.Bytes()
}

// response builds a response record for a URL with an HTTP header and
// payload.
func response(url, httpHead, payload string) rec {
	return rec{typ: "response", length: -1, fields: map[string]string{
		"WARC-Target-URI": url,
		"WARC-Date":       "2024-03-05T10:11:12Z",
		"Content-Type":    "application/http; msgtype=response",
	}, block: httpHead + "\r\n" + payload}
}

func page(title string) string {
	return "<html><head><title>" + title + "</title></head><body><p>" + title + " happened today.</p></body></html>"
}

func okHead(contentType string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nDate: Mon, 04 Mar 2024 09:00:00 GMT\r\n"
}

// plain concatenates records into an uncompressed archive.
func plain(version string, recs ...rec) []byte {
	var b bytes.Buffer
	for _, r := range recs {
		b.Write(r.bytes(version))
	}
	return b.Bytes()
}

// perRecord compresses every record into its own gzip member and returns
// the archive and the offset of each member.
func perRecord(recs ...rec) ([]byte, []int64) {
	var b bytes.Buffer
	var offs []int64
	for _, r := range recs {
		offs = append(offs, int64(b.Len()))
		b.Write(gz(r.bytes("WARC/1.1")))
	}
	return b.Bytes(), offs
}

func gz(p []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(p)
	w.Close()
	return b.Bytes()
}

// outcome is what the reader said about one record, for comparison.
type outcome struct {
	Locator string
	URL     string
	Kind    string // "" for a page
	Body    string
}

func readAll(t *testing.T, r *warc.Reader) ([]outcome, []parley.Document, []error) {
	t.Helper()
	var outs []outcome
	var docs []parley.Document
	var errs []error
	for doc, err := range r.Documents() {
		o := outcome{Locator: doc.Locator, URL: doc.URL, Body: string(doc.Body)}
		if err != nil {
			o.Kind = parley.KindOf(err).String()
			errs = append(errs, err)
		} else {
			docs = append(docs, doc)
		}
		outs = append(outs, o)
	}
	return outs, docs, errs
}

var mixed = []rec{
	{typ: "warcinfo", length: -1, fields: map[string]string{"Content-Type": "application/warc-fields"}, block: "software: test\r\n"},
	{typ: "request", length: -1, fields: map[string]string{"WARC-Target-URI": "https://news.example/a"}, block: "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"},
	response("https://news.example/a", okHead("text/html; charset=windows-1251"), page("Alpha")),
	{typ: "metadata", length: -1, block: "via: https://news.example/\r\n"},
	response("https://news.example/logo.png", okHead("image/png"), "\x89PNG\r\n\x1a\nrest"),
	response("https://news.example/gone", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n", page("Missing")),
	{typ: "resource", length: -1, fields: map[string]string{"WARC-Target-URI": "<https://news.example/b>", "Content-Type": "text/html", "WARC-Date": "2023-01-02T03:04:05Z"}, block: page("Beta")},
	{typ: "revisit", length: -1, fields: map[string]string{"WARC-Target-URI": "https://news.example/a"}, block: "HTTP/1.1 304 Not Modified\r\n\r\n"},
	response("https://news.example/cut", okHead("text/html"), page("Cut")),
}

func init() {
	// The crawler cut this one short.
	mixed[8].fields["WARC-Truncated"] = "length"
}

func TestReadsPagesAndSkipsTheRest(t *testing.T) {
	wantStats := warc.Stats{Records: 9, Documents: 2, Skipped: 7, SkippedBy: map[string]int{
		"type warcinfo": 1, "type request": 1, "type metadata": 1, "type revisit": 1,
		"media image/png": 1, "status 404": 1, "truncated length": 1,
	}}
	gzipped, _ := perRecord(mixed...)
	for _, tt := range []struct {
		name    string
		archive []byte
	}{
		{"WARC1.0", plain("WARC/1.0", mixed...)},
		{"WARC1.1", plain("WARC/1.1", mixed...)},
		{"GzipPerRecord", gzipped},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := warc.NewReader(bytes.NewReader(tt.archive), "crawl.warc", warc.Options{})
			_, docs, errs := readAll(t, r)
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if len(docs) != 2 {
				t.Fatalf("%d pages, want 2: %+v", len(docs), docs)
			}
			a, b := docs[0], docs[1]
			if a.URL != "https://news.example/a" || a.ContentType != "text/html; charset=windows-1251" || string(a.Body) != page("Alpha") {
				t.Errorf("first page = %+v", a)
			}
			if want := time.Date(2024, 3, 5, 10, 11, 12, 0, time.UTC); !a.Fetched.Equal(want) || !a.Published.IsZero() {
				t.Errorf("first page fetched %v, published %v; want the WARC-Date as fetch time and no publication date", a.Fetched, a.Published)
			}
			if b.URL != "https://news.example/b" || b.ContentType != "text/html" || string(b.Body) != page("Beta") {
				t.Errorf("resource page = %+v", b)
			}
			if !strings.HasPrefix(a.Locator, "crawl.warc@") || a.Locator == b.Locator {
				t.Errorf("locators %q and %q: want crawl.warc@offset, distinct", a.Locator, b.Locator)
			}
			if got := r.Stats(); !reflect.DeepEqual(got, wantStats) {
				t.Errorf("stats = %+v\nwant    %+v", got, wantStats)
			}
		})
	}
}

func TestLocatorsAreByteOffsets(t *testing.T) {
	recs := []rec{response("https://x.example/1", okHead("text/html"), page("One")), response("https://x.example/2", okHead("text/html"), page("Two"))}
	archive, offs := perRecord(recs...)
	_, docs, _ := readAll(t, warc.NewReader(bytes.NewReader(archive), "x.warc.gz", warc.Options{}))
	for i, d := range docs {
		if want := fmt.Sprintf("x.warc.gz@%d", offs[i]); d.Locator != want {
			t.Errorf("page %d locator %q, want %q", i, d.Locator, want)
		}
	}
	// The offset leads straight to the record: a member read from there
	// alone gives the same page.
	one := warc.NewReader(bytes.NewReader(archive[offs[1]:]), "tail", warc.Options{})
	_, again, _ := readAll(t, one)
	if len(again) != 1 || string(again[0].Body) != page("Two") {
		t.Errorf("reading from the second offset gave %+v", again)
	}
}

func TestHTTPFallbacksAndEncodings(t *testing.T) {
	var gzBody bytes.Buffer
	zw := gzip.NewWriter(&gzBody)
	zw.Write([]byte(page("Zipped")))
	zw.Close()
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page("Chunked")), page("Chunked"))
	noDate := response("https://n.example/d", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nDate: Tue, 05 Mar 2024 08:00:00 GMT\r\n", page("Dated"))
	delete(noDate.fields, "WARC-Date")
	tests := []struct {
		name      string
		rec       rec
		wantBody  string
		wantKind  string
		wantFetch time.Time
	}{
		{"GzipContentEncoding", response("https://n.example/z", okHead("text/html")+"Content-Encoding: gzip\r\n", gzBody.String()), page("Zipped"), "", time.Date(2024, 3, 5, 10, 11, 12, 0, time.UTC)},
		{"ChunkedTransfer", response("https://n.example/c", okHead("text/html")+"Transfer-Encoding: chunked\r\n", chunked), page("Chunked"), "", time.Date(2024, 3, 5, 10, 11, 12, 0, time.UTC)},
		{"HTTPDateWhenNoWARCDate", noDate, page("Dated"), "", time.Date(2024, 3, 5, 8, 0, 0, 0, time.UTC)},
		{"SniffedWithoutContentType", response("https://n.example/s", "HTTP/1.1 200 OK\r\n", "<!DOCTYPE html>"+page("Sniffed")), "<!DOCTYPE html>" + page("Sniffed"), "", time.Date(2024, 3, 5, 10, 11, 12, 0, time.UTC)},
		{"UnknownContentEncoding", response("https://n.example/b", okHead("text/html")+"Content-Encoding: br\r\n", "\x0b\x02\x80"), "", "unsupported", time.Time{}},
		{"BadGzipPayload", response("https://n.example/g", okHead("text/html")+"Content-Encoding: gzip\r\n", "not gzip at all"), "", "unreadable", time.Time{}},
		{"MalformedHTTPHeader", response("https://n.example/h", "SPDY nonsense\r\n", page("H")), "", "invalid", time.Time{}},
		{"EmptyPage", response("https://n.example/e", okHead("text/html"), ""), "", "empty", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			after := response("https://n.example/after", okHead("text/html"), page("After"))
			archive, _ := perRecord(tt.rec, after)
			outs, docs, errs := readAll(t, warc.NewReader(bytes.NewReader(archive), "n.warc.gz", warc.Options{}))
			if len(outs) != 2 || outs[1].Body != page("After") {
				t.Fatalf("outcomes %+v: want the record, then the one after it", outs)
			}
			if tt.wantKind != "" {
				if outs[0].Kind != tt.wantKind || len(errs) != 1 {
					t.Errorf("outcome %+v, want a %s refusal", outs[0], tt.wantKind)
				}
				return
			}
			if len(errs) != 0 || outs[0].Body != tt.wantBody || !docs[0].Fetched.Equal(tt.wantFetch) {
				t.Errorf("page %+v fetched %v, errors %v; want body %q fetched %v", outs[0], docs[0].Fetched, errs, tt.wantBody, tt.wantFetch)
			}
		})
	}
}

// hideSeek leaves only Read of a reader, as a pipe would.
type hideSeek struct{ io.Reader }

func TestDamagedRecordsAreReportedAndSkipped(t *testing.T) {
	recs := []rec{
		response("https://d.example/1", okHead("text/html"), page("First")),
		response("https://d.example/2", okHead("text/html"), page("Second")),
		response("https://d.example/3", okHead("text/html"), page("Third")),
	}
	good, offs := perRecord(recs...)
	member2 := good[offs[1]:offs[2]]

	corrupt := bytes.Clone(good)
	for i := offs[1] + 12; i < offs[1]+30; i++ {
		corrupt[i] ^= 0x5a // scramble the deflate data of the second member
	}
	truncated := good[:len(good)-10]
	garbage := append(append(bytes.Clone(good[:offs[1]]), []byte("junk that is no gzip member")...), good[offs[1]:]...)

	wrongLong := recs[1]
	wrongLong.length = len(recs[1].block) + 500 // swallows the next record
	wrongShort := recs[1]
	wrongShort.length = len(recs[1].block) - 20
	badVersion := append(append(plain("WARC/1.1", recs[0]), []byte("WARC/9.9\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n")...), plain("WARC/1.1", recs[2])...)
	plainOffs := func(rs ...rec) []int64 {
		var out []int64
		n := 0
		for _, r := range rs {
			out = append(out, int64(n))
			n += len(r.bytes("WARC/1.1"))
		}
		return out
	}
	pOffs := plainOffs(recs[0], wrongLong, recs[2]) // the lengths differ, not their number of digits

	tests := []struct {
		name     string
		archive  []byte
		seekable bool
		want     []outcome
	}{
		{"CorruptMemberInTheMiddle", corrupt, true, []outcome{
			{Locator: fmt.Sprintf("d@%d", offs[0]), Body: page("First")},
			{Locator: fmt.Sprintf("d@%d", offs[1]), Kind: "unreadable"},
			{Locator: fmt.Sprintf("d@%d", offs[2]), Body: page("Third")},
		}},
		{"CorruptMemberWithoutSeeking", corrupt, false, []outcome{
			{Locator: fmt.Sprintf("d@%d", offs[0]), Body: page("First")},
			{Locator: fmt.Sprintf("d@%d", offs[1]), Kind: "unreadable"},
			{Locator: fmt.Sprintf("d@%d", offs[2]), Body: page("Third")},
		}},
		{"TruncatedLastMember", truncated, true, []outcome{
			{Locator: fmt.Sprintf("d@%d", offs[0]), Body: page("First")},
			{Locator: fmt.Sprintf("d@%d", offs[1]), Body: page("Second")},
			{Locator: fmt.Sprintf("d@%d", offs[2]), Kind: "unreadable"},
		}},
		{"GarbageBetweenMembers", garbage, true, []outcome{
			{Locator: fmt.Sprintf("d@%d", offs[0]), Body: page("First")},
			{Locator: fmt.Sprintf("d@%d", offs[1]), Kind: "unreadable"},
			{Locator: fmt.Sprintf("d@%d", int(offs[1])+len("junk that is no gzip member")), Body: page("Second")},
			{Locator: fmt.Sprintf("d@%d", int(offs[2])+len("junk that is no gzip member")), Body: page("Third")},
		}},
		{"ContentLengthTooLong", plain("WARC/1.1", recs[0], wrongLong, recs[2]), true, []outcome{
			{Locator: "d@0", Body: page("First")},
			{Locator: fmt.Sprintf("d@%d", pOffs[1]), Kind: "unreadable"},
			{Locator: fmt.Sprintf("d@%d", pOffs[2]), Body: page("Third")},
		}},
		{"ContentLengthTooShort", plain("WARC/1.1", recs[0], wrongShort, recs[2]), true, []outcome{
			{Locator: "d@0", Body: page("First")},
			{Locator: fmt.Sprintf("d@%d", pOffs[1]), Kind: "unreadable"},
			{Locator: fmt.Sprintf("d@%d", pOffs[2]), Body: page("Third")},
		}},
		{"UnknownVersion", badVersion, true, []outcome{
			{Locator: "d@0", Body: page("First")},
			{Locator: fmt.Sprintf("d@%d", pOffs[1]), Kind: "unreadable"},
			{Locator: fmt.Sprintf("d@%d", pOffs[1]+int64(len("WARC/9.9\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"))), Body: page("Third")},
		}},
		{"MemberAlone", member2, true, []outcome{{Locator: "d@0", Body: page("Second")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var src io.Reader = bytes.NewReader(tt.archive)
			if !tt.seekable {
				src = hideSeek{src}
			}
			outs, _, errs := readAll(t, warc.NewReader(src, "d", warc.Options{}))
			for i := range outs {
				outs[i].URL = ""
			}
			if !reflect.DeepEqual(outs, tt.want) {
				t.Errorf("outcomes:\n got %+v\nwant %+v", outs, tt.want)
			}
			for _, err := range errs {
				if !strings.Contains(err.Error(), " of d: ") || !strings.Contains(err.Error(), "at byte ") {
					t.Errorf("error %q does not name the archive and the byte offset", err)
				}
			}
		})
	}
}

func TestCapsHoldAgainstBombs(t *testing.T) {
	zeros := strings.Repeat("\x00", 4<<20)
	bomb := response("https://b.example/bomb", okHead("text/html"), "<html>"+zeros)
	big := response("https://b.example/big", okHead("text/html"), "<html><body>"+strings.Repeat("<p>words</p>", 200_000)+"</body></html>")
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte("<html>" + zeros))
	zw.Close()
	payloadBomb := response("https://b.example/pb", okHead("text/html")+"Content-Encoding: gzip\r\n", zipped.String())
	after := response("https://b.example/after", okHead("text/html"), page("After"))
	archive, _ := perRecord(bomb, big, payloadBomb, after)
	if len(archive) > 200<<10 {
		t.Fatalf("the test archive is %d bytes; the bombs should compress well", len(archive))
	}
	opt := warc.Options{Limits: parley.Limits{MaxDocBytes: 1 << 20}, MaxMemberBytes: 3 << 20}
	outs, _, errs := readAll(t, warc.NewReader(bytes.NewReader(archive), "bombs.warc.gz", opt))
	kinds := []string{}
	for _, o := range outs {
		kinds = append(kinds, o.Kind)
	}
	if want := []string{"too_large", "too_large", "too_large", ""}; !reflect.DeepEqual(kinds, want) {
		t.Fatalf("kinds = %q, want %q (outcomes %+v)", kinds, want, outs)
	}
	if !strings.Contains(errs[0].Error(), "decompressed_too_large") {
		t.Errorf("member bomb error = %v, want decompressed_too_large", errs[0])
	}
}

func TestOneStreamArchive(t *testing.T) {
	recs := []rec{response("https://o.example/1", okHead("text/html"), page("One")), {typ: "metadata", length: -1, block: "x: y\r\n"}, response("https://o.example/2", okHead("text/html"), page("Two"))}
	archive := gz(plain("WARC/1.1", recs...))
	outs, _, errs := readAll(t, warc.NewReader(bytes.NewReader(archive), "one.warc.gz", warc.Options{}))
	want := []outcome{{Locator: "one.warc.gz@0", URL: "https://o.example/1", Body: page("One")}, {Locator: "one.warc.gz@0#2", URL: "https://o.example/2", Body: page("Two")}}
	if len(errs) > 0 || !reflect.DeepEqual(outs, want) {
		t.Errorf("outcomes %+v, errors %v; want %+v", outs, errs, want)
	}
}

func TestReaderFaults(t *testing.T) {
	archive, _ := perRecord(mixed...)
	_, want, _ := readAll(t, warc.NewReader(bytes.NewReader(archive), "f", warc.Options{}))
	for name, wrap := range map[string]func(io.Reader) io.Reader{
		"OneByteReader": iotest.OneByteReader,
		"HalfReader":    iotest.HalfReader,
		"DataErrReader": iotest.DataErrReader,
	} {
		t.Run(name, func(t *testing.T) {
			_, got, errs := readAll(t, warc.NewReader(wrap(bytes.NewReader(archive)), "f", warc.Options{}))
			if len(errs) > 0 || !reflect.DeepEqual(got, want) {
				t.Errorf("got %d pages and errors %v; want the same %d pages as a plain reader", len(got), errs, len(want))
			}
		})
	}
	t.Run("ErrReader", func(t *testing.T) {
		failing := io.MultiReader(bytes.NewReader(archive[:len(archive)/2]), iotest.ErrReader(io.ErrClosedPipe))
		outs, _, errs := readAll(t, warc.NewReader(failing, "f", warc.Options{}))
		if len(errs) != 1 || parley.KindOf(errs[0]) != parley.Unreadable {
			t.Errorf("outcomes %+v: want pages up to the failure, then one unreadable error", outs)
		}
	})
}

func TestFile(t *testing.T) {
	dir := t.TempDir()
	archive, _ := perRecord(mixed...)
	path := filepath.Join(dir, "c.warc.gz")
	os.WriteFile(path, archive, 0o644)
	empty := filepath.Join(dir, "empty.warc")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name  string
		path  string
		pages int
		kinds []string
	}{
		{"Archive", path, 2, nil},
		{"Missing", filepath.Join(dir, "none.warc"), 0, []string{"not_found"}},
		{"Empty", empty, 0, []string{"empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, docs, errs := readAll(t, warc.File(tt.path, warc.Options{}))
			var kinds []string
			for _, e := range errs {
				kinds = append(kinds, parley.KindOf(e).String())
			}
			if len(docs) != tt.pages || !reflect.DeepEqual(kinds, tt.kinds) {
				t.Errorf("%d pages, error kinds %v; want %d and %v", len(docs), kinds, tt.pages, tt.kinds)
			}
		})
	}
}

// FuzzWARCReader feeds the reader arbitrary bytes. It must end, never
// panic, keep every page within the size limit, and give every outcome a
// locator.
func FuzzWARCReader(f *testing.F) {
	gzipped, _ := perRecord(mixed...)
	f.Add(plain("WARC/1.0", mixed...))
	f.Add(gzipped)
	f.Add(gzipped[:len(gzipped)/2])
	f.Add(gz(plain("WARC/1.1", mixed[2], mixed[6])))
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 20\r\n\r\nHTTP/1.1 200 OK\r\n\r\n\r\n\r\n"))
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"))
	f.Fuzz(func(t *testing.T, data []byte) {
		opt := warc.Options{Limits: parley.Limits{MaxDocBytes: 64 << 10}, MaxMemberBytes: 1 << 20, MaxHeaderBytes: 4 << 10}
		r := warc.NewReader(bytes.NewReader(data), "fuzz", opt)
		n := 0
		for doc, err := range r.Documents() {
			n++
			if doc.Locator == "" {
				t.Fatalf("an outcome without a locator (err %v)", err)
			}
			if int64(len(doc.Body)) > opt.Limits.MaxDocBytes {
				t.Fatalf("a page of %d bytes passed the %d-byte limit", len(doc.Body), opt.Limits.MaxDocBytes)
			}
			if err == nil && len(doc.Body) == 0 {
				t.Fatal("an empty page without an error")
			}
			if n > len(data)+1 {
				t.Fatalf("%d outcomes from %d bytes: the reader does not advance", n, len(data))
			}
		}
	})
}
