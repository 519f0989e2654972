package extract

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"strconv"
	"strings"

	"github.com/klauspost/compress/gzip"

	"parley"
	"parley/extract/charset"
)

// prepare checks a document before any parsing and returns its text as
// valid UTF-8, and whether it is HTML.
//
// Gzip: Document.Body is meant to arrive decompressed, but a .gz page piped
// in by hand is common, so one layer of gzip is undone here, with the
// output capped at MaxDocBytes; more is a decompression bomb (TooLarge).
// Gzip inside gzip is refused as Binary.
func prepare(doc parley.Document, lim parley.Limits) ([]byte, bool, error) {
	const op = "extract.prepare"
	b := doc.Body
	if int64(len(b)) > lim.MaxDocBytes {
		return nil, false, parley.E(op, parley.TooLarge, "document of "+strconv.Itoa(len(b))+" bytes exceeds the limit of "+strconv.FormatInt(lim.MaxDocBytes, 10))
	}
	if isGzip(b) {
		var err error
		if b, err = gunzip(b, lim.MaxDocBytes); err != nil {
			return nil, false, err
		}
		if isGzip(b) {
			return nil, false, parley.E(op, parley.Binary, "gzip inside gzip")
		}
	}
	if kind := binaryKind(b); kind != "" {
		return nil, false, parley.E(op, parley.Binary, "not text: "+kind)
	}
	text, _ := charset.Decode(b, doc.ContentType)
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, false, parley.E(op, parley.Empty, "the document is empty")
	}
	return text, isHTML(text, doc.ContentType), nil
}

func isGzip(b []byte) bool { return len(b) >= 3 && b[0] == 0x1f && b[1] == 0x8b && b[2] == 8 }

// gunzip decompresses b, refusing to produce more than max bytes.
func gunzip(b []byte, max int64) ([]byte, error) {
	const op = "extract.gunzip"
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, parley.E(op, parley.Invalid, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, parley.E(op, parley.Invalid, err)
	}
	if int64(len(out)) > max {
		return nil, parley.E(op, parley.TooLarge, "decompressed_too_large: gzip expands beyond the limit of "+strconv.FormatInt(max, 10)+" bytes")
	}
	if err != nil {
		return nil, parley.E(op, parley.Unreadable, "truncated gzip stream")
	}
	return out, nil
}

// magics are the leading bytes of binary formats that turn up under .html
// names: pictures, PDFs, archives, executables, media, fonts.
var magics = []struct {
	prefix string
	kind   string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"Rar!\x1a\x07", "RAR archive"},
	{"BZh", "bzip2 data"},
	{"\xfd7zXZ\x00", "xz data"},
	{"\x28\xb5\x2f\xfd", "zstd data"},
	{"\x7fELF", "ELF executable"},
	{"MZ", "Windows executable"},
	{"OggS", "Ogg media"},
	{"ID3", "MP3 audio"},
	{"wOFF", "WOFF font"},
	{"wOF2", "WOFF2 font"},
	{"\x00\x00\x01\x00", "icon"},
	{"\xd0\xcf\x11\xe0", "Office document"},
	{"SQLite format 3\x00", "SQLite database"},
}

// binaryKind names the binary format of b, or returns "" for text. Beyond
// known formats, text has no NUL bytes and few control characters (a
// UTF-16 page with a BOM is text; the decoder handles it).
func binaryKind(b []byte) string {
	for _, m := range magics {
		if strings.HasPrefix(string(b[:min(len(b), len(m.prefix))]), m.prefix) {
			if m.kind == "Windows executable" && len(b) > 2 && (b[2] == '<' || b[2] < 0x80 && b[2] >= 0x20) {
				// "MZ" can begin a text too; real executables follow it
				// with binary header bytes.
				continue
			}
			return m.kind
		}
	}
	if len(b) >= 12 && string(b[4:8]) == "ftyp" {
		return "MP4 media"
	}
	if len(b) >= 12 && string(b[:4]) == "RIFF" {
		return "RIFF media"
	}
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return ""
	}
	head := b[:min(len(b), 8192)]
	ctrl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return "binary data (NUL bytes)"
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b:
			ctrl++
		}
	}
	if len(head) > 0 && ctrl*100 > len(head)*2 {
		return "binary data (control bytes)"
	}
	return ""
}

// isHTML tells HTML from plain text: by the declared type when there is
// one, else by the markup itself.
func isHTML(b []byte, contentType string) bool {
	if contentType != "" {
		if mt, _, err := mime.ParseMediaType(contentType); err == nil {
			switch mt {
			case "text/html", "application/xhtml+xml":
				return true
			case "text/plain":
				return false
			}
		}
	}
	t := bytes.TrimLeft(b[:min(len(b), 1024)], " \t\r\n\ufeff")
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml"} {
		if hasPrefixFold(t, p) {
			return true
		}
	}
	// Count tags that only HTML has; a text that quotes one or two is
	// still text.
	head := b[:min(len(b), 64<<10)]
	n := 0
	for i := 0; i < len(head) && n < 4; {
		j := bytes.IndexByte(head[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		for _, tag := range htmlTags {
			if hasPrefixFold(head[i:], tag) {
				n++
				break
			}
		}
	}
	return n >= 4
}

// htmlTags are tag openings (after the "<") that mark a document as HTML.
var htmlTags = []string{"p>", "p ", "div", "br", "a href", "span", "li>", "table", "meta", "script", "h1", "h2", "/p>", "/div>"}

// hasPrefixFold reports whether b starts with the lower-case ASCII prefix,
// ignoring the case of b.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}
