package extract

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"parley"
)

// timeoutErr is a read error that says it is a timeout, as net.Error does.
type timeoutErr struct{}

func (timeoutErr) Error() string { return "i/o timeout" }
func (timeoutErr) Timeout() bool { return true }

// TestReaderFaults reads pages through the faulty readers of
// testing/iotest (RELIABILITY.md R8): each gives the same article as the
// plain bytes, or a typed error and no part of an article.
func TestReaderFaults(t *testing.T) {
	dump := "Crossing to reopen\n\nMarch 4, 2022\n\nMinisters from the two countries agreed on Thursday to reopen the northern border crossing, officials said.\n"
	pages := map[string][]byte{
		"html":         []byte(simplePage),
		"plain text":   []byte(dump),
		"gzipped html": gz([]byte(simplePage)),
	}
	boom := errors.New("disk gone")
	readers := []struct {
		name string
		wrap func(io.Reader) io.Reader
		same bool        // the article must be the same as from the bytes
		kind parley.Kind // otherwise the error's kind
	}{
		{"one byte at a time", iotest.OneByteReader, true, 0},
		{"half of each read", iotest.HalfReader, true, 0},
		{"data with the EOF", iotest.DataErrReader, true, 0},
		{"timeout on the second read", iotest.TimeoutReader, false, parley.Unreadable},
		{"error at once", func(io.Reader) io.Reader { return iotest.ErrReader(boom) }, false, parley.Unreadable},
		{"error half way", func(r io.Reader) io.Reader {
			b, _ := io.ReadAll(r)
			return io.MultiReader(bytes.NewReader(b[:len(b)/2]), iotest.ErrReader(boom))
		}, false, parley.Unreadable},
		{"a source that times out", func(r io.Reader) io.Reader {
			return io.MultiReader(io.LimitReader(r, 10), iotest.ErrReader(timeoutErr{}))
		}, false, parley.Timeout},
	}
	lim := parley.DefaultLimits()
	for pname, page := range pages {
		want, err := Extract(parley.Document{Body: page}, lim)
		if err != nil {
			t.Fatalf("%s: %v", pname, err)
		}
		for _, r := range readers {
			t.Run(pname+"/"+r.name, func(t *testing.T) {
				got, err := ExtractFrom(r.wrap(bytes.NewReader(page)), parley.Document{}, lim)
				if r.same {
					if err != nil {
						t.Fatalf("error %v; want the article", err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("article differs from the one read from the bytes:\n%+v\nwant\n%+v", got, want)
					}
					return
				}
				if err == nil {
					t.Fatalf("no error; want %v", r.kind)
				}
				if k := parley.KindOf(err); k != r.kind {
					t.Errorf("kind %v (%v), want %v", k, err, r.kind)
				}
				if got.Text != "" || got.Title != "" || len(got.Paragraphs) > 0 {
					t.Errorf("a failed read gave part of an article: %+v", got)
				}
			})
		}
	}
}

func TestReadLimit(t *testing.T) {
	lim := parley.DefaultLimits()
	lim.MaxDocBytes = 64
	if _, err := Read(strings.NewReader(strings.Repeat("x", 65)), lim); parley.KindOf(err) != parley.TooLarge {
		t.Errorf("65 bytes over a limit of 64: %v, want too_large", err)
	}
	b, err := Read(iotest.OneByteReader(strings.NewReader(strings.Repeat("x", 64))), lim)
	if err != nil || len(b) != 64 {
		t.Errorf("64 bytes at the limit: %d bytes, %v", len(b), err)
	}
	// An endless source is cut at the limit, not read to the end.
	if _, err := Read(endless{}, lim); parley.KindOf(err) != parley.TooLarge {
		t.Errorf("endless source: %v, want too_large", err)
	}
}

// endless is a source that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}
