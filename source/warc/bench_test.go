package warc_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"parley/source/warc"
)

// BenchmarkReadRealArchive reads a gzip-per-record archive of the 121
// real news pages of the extraction benchmark (../shared, beside the
// clone): decompression and record parsing, the reading ingest does
// before any analysis.
func BenchmarkReadRealArchive(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "data", "article-extraction-benchmark", "html", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("the extraction benchmark pages are not beside the clone")
	}
	var archive bytes.Buffer
	for _, f := range files {
		z, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(z))
		if err != nil {
			b.Fatal(err)
		}
		html, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		archive.Write(gz(response("https://news.example/"+filepath.Base(f), okHead("text/html; charset=utf-8"), string(html)).bytes("WARC/1.1")))
	}
	b.SetBytes(int64(archive.Len()))
	for b.Loop() {
		n := 0
		for _, err := range warc.NewReader(bytes.NewReader(archive.Bytes()), "bench.warc.gz", warc.Options{}).Documents() {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != len(files) {
			b.Fatalf("read %d pages, want %d", n, len(files))
		}
	}
}
