package files

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"testing/iotest"

	"parley"
)

func gz(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return b.Bytes()
}

// outcome is what a walk delivered for one input, in a comparable form.
type outcome struct {
	Locator, ContentType, Body string
	Kind                       string // "" when read
}

func walk(w *Walker) []outcome {
	var out []outcome
	for doc, err := range w.Documents() {
		o := outcome{Locator: doc.Locator, ContentType: doc.ContentType, Body: string(doc.Body)}
		if err != nil {
			o.Kind = parley.KindOf(err).String()
		}
		out = append(out, o)
	}
	return out
}

func TestWalkFolder(t *testing.T) {
	fsys := fstest.MapFS{
		"corpus/b.htm":              {Data: []byte("<p>b</p>")},
		"corpus/a.html":             {Data: []byte("<p>a</p>")},
		"corpus/notes.pdf":          {Data: []byte("%PDF-1.4")},
		"corpus/README":             {Data: []byte("readme")},
		"corpus/sub/c.txt":          {Data: []byte("plain c")},
		"corpus/sub/d.html.gz":      {Data: gz(t, "<p>d</p>")},
		"corpus/sub/deep/E.TXT":     {Data: []byte("upper-case name")},
		"corpus/sub/deep/bundle.gz": {Data: gz(t, "not a page")},
		"corpus/sub/empty.txt":      {Data: nil},
		"other/x.html":              {Data: []byte("elsewhere")},
	}
	w := New(parley.Limits{}, Root{FS: fsys, Path: "corpus", Name: "data"})
	got := walk(w)
	want := []outcome{
		{Locator: filepath.Join("data", "corpus", "a.html"), ContentType: "text/html", Body: "<p>a</p>"},
		{Locator: filepath.Join("data", "corpus", "b.htm"), ContentType: "text/html", Body: "<p>b</p>"},
		{Locator: filepath.Join("data", "corpus", "sub", "c.txt"), ContentType: "text/plain", Body: "plain c"},
		{Locator: filepath.Join("data", "corpus", "sub", "d.html.gz"), ContentType: "text/html", Body: "<p>d</p>"},
		{Locator: filepath.Join("data", "corpus", "sub", "deep", "E.TXT"), ContentType: "text/plain", Body: "upper-case name"},
		{Locator: filepath.Join("data", "corpus", "sub", "empty.txt"), ContentType: "text/plain", Kind: "empty"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk:\n got %+v\nwant %+v", got, want)
	}
	st := w.Stats()
	wantSkipped := map[string]int{".pdf": 1, "": 1, ".gz": 1}
	if st.Inputs != 6 || st.Skipped != 3 || !reflect.DeepEqual(st.SkippedByExt, wantSkipped) {
		t.Errorf("Stats = %+v, want 6 inputs and skipped %v", st, wantSkipped)
	}
}

func TestWalkRoots(t *testing.T) {
	fsys := fstest.MapFS{
		"a.html":     {Data: []byte("a")},
		"page.php":   {Data: []byte("named explicitly")},
		"dir/b.html": {Data: []byte("b")},
	}
	w := New(parley.Limits{}, Root{FS: fsys, Path: "page.php"}, Root{FS: fsys, Path: "missing.html"}, Root{FS: fsys, Path: "."})
	got := walk(w)
	want := []outcome{
		{Locator: "page.php", Body: "named explicitly"},
		{Locator: "missing.html", Kind: "not_found"},
		{Locator: "a.html", ContentType: "text/html", Body: "a"},
		{Locator: filepath.Join("dir", "b.html"), ContentType: "text/html", Body: "b"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk:\n got %+v\nwant %+v", got, want)
	}
}

// faultFS wraps a file system and fails chosen operations, to stand in for
// unreadable files and folders (tests run as root, where permissions do
// not stop reads).
type faultFS struct {
	fstest.MapFS
	failOpen    map[string]error
	failReadDir map[string]error
	opened      []string
}

func (f *faultFS) Open(name string) (fs.File, error) {
	f.opened = append(f.opened, name)
	if err := f.failOpen[name]; err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f.MapFS.Open(name)
}

func (f *faultFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := f.MapFS.ReadDir(name)
	if ferr := f.failReadDir[name]; ferr != nil {
		return entries[:len(entries)/2], &fs.PathError{Op: "readdirent", Path: name, Err: ferr}
	}
	return entries, err
}

func TestWalkFaults(t *testing.T) {
	big := strings.Repeat("x", 2000)
	fsys := &faultFS{
		MapFS: fstest.MapFS{
			"a/1-secret.html":      {Data: []byte("secret")},
			"a/2-ok.html":          {Data: []byte("fine")},
			"a/3-big.html":         {Data: []byte(big)},
			"a/4-bomb.html.gz":     {Data: gz(t, strings.Repeat("<p>", 5000))},
			"a/5-cut.txt.gz":       {Data: cut(gz(t, "Ministers of both countries met on Tuesday and agreed to talk again."))},
			"a/6-fake.html.gz":     {Data: []byte("<html>not gzip at all</html>")},
			"a/7-sniffed.html":     {Data: gz(t, "<p>served compressed</p>")},
			"b/1.html":             {Data: []byte("b1")},
			"b/2.html":             {Data: []byte("b2")},
			"b/3.html":             {Data: []byte("b3")},
			"b/4.html":             {Data: []byte("b4")},
			"c/after-the-rest.txt": {Data: []byte("still read")},
		},
		failOpen:    map[string]error{"a/1-secret.html": fs.ErrPermission},
		failReadDir: map[string]error{"b": errors.New("input/output error")},
	}
	w := New(parley.Limits{MaxDocBytes: 1000}, Root{FS: fsys, Path: "."})
	got := walk(w)
	want := []outcome{
		{Locator: filepath.Join("a", "1-secret.html"), ContentType: "text/html", Kind: "unreadable"},
		{Locator: filepath.Join("a", "2-ok.html"), ContentType: "text/html", Body: "fine"},
		{Locator: filepath.Join("a", "3-big.html"), ContentType: "text/html", Kind: "too_large"},
		{Locator: filepath.Join("a", "4-bomb.html.gz"), ContentType: "text/html", Kind: "too_large"},
		{Locator: filepath.Join("a", "5-cut.txt.gz"), ContentType: "text/plain", Kind: "unreadable"},
		{Locator: filepath.Join("a", "6-fake.html.gz"), ContentType: "text/html", Kind: "unreadable"},
		{Locator: filepath.Join("a", "7-sniffed.html"), ContentType: "text/html", Body: "<p>served compressed</p>"},
		{Locator: "b", Kind: "unreadable"},
		{Locator: filepath.Join("b", "1.html"), ContentType: "text/html", Body: "b1"},
		{Locator: filepath.Join("b", "2.html"), ContentType: "text/html", Body: "b2"},
		{Locator: filepath.Join("c", "after-the-rest.txt"), ContentType: "text/plain", Body: "still read"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk:\n got %+v\nwant %+v", got, want)
	}
	for _, name := range fsys.opened {
		if name == "a/3-big.html" {
			t.Error("the oversized file was opened; its size should have refused it first")
		}
	}
}

// cut returns the first half of b, as a download that stopped would.
func cut(b []byte) []byte { return b[:len(b)/2] }

func TestWalkStopsWhenAsked(t *testing.T) {
	fsys := fstest.MapFS{"a.html": {Data: []byte("a")}, "b.html": {Data: []byte("b")}, "c/d.html": {Data: []byte("d")}}
	n := 0
	for range New(parley.Limits{}, Root{FS: fsys, Path: "."}).Documents() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("got %d documents after break, want 1", n)
	}
}

// TestWalkSymlinks runs on the real disk, where links and file identity
// behave as users meet them.
func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	outside := filepath.Join(dir, "outside")
	for _, d := range []string{corpus, filepath.Join(corpus, "sub"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, p string) {
		if err := os.Symlink(target, p); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	write(filepath.Join(corpus, "a.html"), "a")
	write(filepath.Join(outside, "o.html"), "outside")
	link("..", filepath.Join(corpus, "sub", "up"))                          // loops back to corpus
	link("loop2.html", filepath.Join(corpus, "loop1.html"))                 // a cycle of two links
	link("loop1.html", filepath.Join(corpus, "loop2.html"))                 //
	link("nowhere.html", filepath.Join(corpus, "broken.html"))              // dangling
	link(outside, filepath.Join(corpus, "sub", "ext"))                      // a folder elsewhere: followed
	link(filepath.Join(outside, "o.html"), filepath.Join(corpus, "z.html")) // a file elsewhere: followed

	w := New(parley.Limits{}, OSPath(corpus))
	got := walk(w)
	want := []outcome{
		{Locator: filepath.Join(corpus, "a.html"), ContentType: "text/html", Body: "a"},
		{Locator: filepath.Join(corpus, "broken.html"), Kind: "unreadable"},
		{Locator: filepath.Join(corpus, "loop1.html"), Kind: "unreadable"},
		{Locator: filepath.Join(corpus, "loop2.html"), Kind: "unreadable"},
		{Locator: filepath.Join(corpus, "sub", "ext", "o.html"), ContentType: "text/html", Body: "outside"},
		{Locator: filepath.Join(corpus, "sub", "up"), Kind: "unreadable"},
		{Locator: filepath.Join(corpus, "z.html"), ContentType: "text/html", Body: "outside"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk:\n got %+v\nwant %+v", got, want)
	}
}

func TestOSPath(t *testing.T) {
	tests := []struct {
		in, path, name string
	}{
		{"corpus", "corpus", "."},
		{"corpus/", "corpus", "."},
		{"./corpus/page.html", "page.html", "corpus"},
		{"/data/news", "news", "/data"},
		{"/", ".", "/"},
		{".", ".", "."},
		{"..", ".", ".."},
		{"../x", "x", ".."},
	}
	for _, tt := range tests {
		r := OSPath(tt.in)
		if r.Path != tt.path || r.Name != tt.name {
			t.Errorf("OSPath(%q) = path %q name %q, want %q %q", tt.in, r.Path, r.Name, tt.path, tt.name)
		}
	}
}

// TestReadBodyReaderFaults reads the same bytes through the readers of
// testing/iotest: a reader that splits or delays data gives the same
// document; one that fails gives a typed error, never part of a document.
func TestReadBodyReaderFaults(t *testing.T) {
	page := strings.Repeat("<p>Leaders met.</p>\n", 300)
	for _, compressed := range []bool{false, true} {
		data := []byte(page)
		if compressed {
			data = gz(t, page)
		}
		name := map[bool]string{false: "plain", true: "gzip"}[compressed]
		same := map[string]func(io.Reader) io.Reader{
			"OneByteReader": iotest.OneByteReader,
			"HalfReader":    iotest.HalfReader,
			"DataErrReader": iotest.DataErrReader,
		}
		for rname, wrap := range same {
			t.Run(name+"/"+rname, func(t *testing.T) {
				got, err := ReadBody(wrap(bytes.NewReader(data)), 1<<20, false)
				if err != nil || string(got) != page {
					t.Errorf("ReadBody = %d bytes, %v; want the page", len(got), err)
				}
			})
		}
		failing := map[string]io.Reader{
			"ErrReader":     io.MultiReader(bytes.NewReader(data[:len(data)/2]), iotest.ErrReader(errors.New("device gone"))),
			"TimeoutReader": iotest.TimeoutReader(iotest.OneByteReader(bytes.NewReader(data))),
		}
		for rname, r := range failing {
			t.Run(name+"/"+rname, func(t *testing.T) {
				got, err := ReadBody(r, 1<<20, false)
				if err == nil || got != nil {
					t.Fatalf("ReadBody = %d bytes, %v; want no document and an error", len(got), err)
				}
				var pe *parley.Error
				if !errors.As(err, &pe) || pe.Kind != parley.Unreadable {
					t.Errorf("error %v is not an Unreadable *parley.Error", err)
				}
			})
		}
	}
}

func TestReadBodyLimits(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		max  int64
		kind string
	}{
		{"AtTheLimit", []byte("12345"), 5, ""},
		{"OneOver", []byte("123456"), 5, "too_large"},
		{"DecompressesOver", gz(t, "123456"), 5, "too_large"},
		{"Empty", nil, 5, "empty"},
		{"EmptyGzip", gz(t, ""), 5, "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadBody(bytes.NewReader(tt.data), tt.max, false)
			kind := ""
			if err != nil {
				kind = parley.KindOf(err).String()
			}
			if kind != tt.kind {
				t.Errorf("ReadBody kind = %q (%v), want %q", kind, err, tt.kind)
			}
		})
	}
}

// The size a file had when it was listed is only a hint: a file that has
// since grown or shrunk is read whole, and the limit still holds.
func TestReadBodySizeHint(t *testing.T) {
	page := strings.Repeat("<p>Envoys met.</p>\n", 100) // 1,800 bytes
	for _, size := range []int64{0, 1, 511, 512, 1799, 1800, 1801, 4096, 1 << 30} {
		for _, wrap := range []func(io.Reader) io.Reader{func(r io.Reader) io.Reader { return r }, iotest.HalfReader} {
			got, err := readBody(wrap(strings.NewReader(page)), 1<<20, false, size)
			if err != nil || string(got) != page {
				t.Errorf("size %d: readBody = %d bytes, %v; want the %d-byte page", size, len(got), err, len(page))
			}
		}
		if _, err := readBody(strings.NewReader(page), 1000, false, size); parley.KindOf(err) != parley.TooLarge {
			t.Errorf("size %d, limit 1000: err = %v, want too_large", size, err)
		}
		got, err := readBody(bytes.NewReader(gz(t, page)), 1<<20, true, size)
		if err != nil || string(got) != page {
			t.Errorf("size %d, gzip: readBody = %d bytes, %v; want the page", size, len(got), err)
		}
	}
}

func TestReaderSource(t *testing.T) {
	var docs []parley.Document
	var errs []error
	for doc, err := range Reader("stdin", bytes.NewReader(gz(t, "<p>piped</p>")), parley.Limits{}) {
		docs, errs = append(docs, doc), append(errs, err)
	}
	if len(docs) != 1 || errs[0] != nil || string(docs[0].Body) != "<p>piped</p>" || docs[0].Locator != "stdin" {
		t.Errorf("Reader gave %+v, %v", docs, errs)
	}
	for doc, err := range Reader("stdin", strings.NewReader(""), parley.Limits{}) {
		if parley.KindOf(err) != parley.Empty || doc.Locator != "stdin" {
			t.Errorf("empty stdin gave %+v, %v; want an Empty error for stdin", doc, err)
		}
	}
}

// FuzzReadBody feeds arbitrary bytes, compressed or not: ReadBody must not
// panic, and must return either an error or a document within the limit.
func FuzzReadBody(f *testing.F) {
	f.Add([]byte("<html>hello</html>"), false)
	f.Add(gz(f, "<html>hello</html>"), false)
	f.Add(gz(f, strings.Repeat("a", 5000)), true)
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff}, false)
	f.Add([]byte{}, true)
	f.Fuzz(func(t *testing.T, data []byte, gzName bool) {
		const max = 4096
		got, err := ReadBody(bytes.NewReader(data), max, gzName)
		if err != nil {
			if got != nil {
				t.Fatalf("error %v came with %d bytes", err, len(got))
			}
			var pe *parley.Error
			if !errors.As(err, &pe) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if len(got) == 0 || len(got) > max {
			t.Fatalf("document of %d bytes, want 1..%d", len(got), max)
		}
	})
}

// BenchmarkReadBody reads a 100 KB page from a file, as ingest does,
// with the file's size known (readFile) and unknown (stdin).
func BenchmarkReadBody(b *testing.B) {
	page := strings.Repeat("<p>The delegations met in the capital.</p>\n", 2400)
	path := filepath.Join(b.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, size := range []int64{int64(len(page)), 0} {
		name := map[bool]string{true: "size=known", false: "size=unknown"}[size > 0]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				f, err := os.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				body, err := readBody(f, 1<<26, false, size)
				f.Close()
				if err != nil || len(body) != len(page) {
					b.Fatalf("read %d bytes, %v", len(body), err)
				}
			}
		})
	}
}
