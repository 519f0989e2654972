// Package warc reads web archives in the WARC 1.0 and 1.1 formats (ISO
// 28500), plain or gzip-compressed, and delivers the HTML pages they hold
// as documents.
//
// Compressed archives are read member by member: the usual layout gives
// every record its own gzip member (as Common Crawl and the Internet
// Archive do), and an archive compressed as one stream is read too. A page
// comes from a response record (an HTTP response: status line, headers,
// payload) or a resource record (the payload alone). Its address is the
// record's WARC-Target-URI, its media type and charset the HTTP
// Content-Type, and its fetch time the WARC-Date (or the HTTP Date). The
// fetch time is only that: a page is often archived long after it was
// published, so it never stands in for a publication date.
//
// Records of other types (request, metadata, revisit, warcinfo …),
// responses that are not pages (images, scripts, redirects, errors) and
// pages the crawler cut short are skipped and counted by reason.
//
// Reading streams: one record at a time, never a whole archive, with every
// size bounded — header lines, a page's payload (Limits.MaxDocBytes, after
// any Content-Encoding) and the bytes one gzip member may expand to, which
// stops a decompression bomb. A damaged record (a bad header, a wrong
// Content-Length, corrupt or truncated compressed data) is delivered as an
// error that names the archive and the byte offset of the record, and
// reading resumes at the next record that can be found: the next gzip
// member, or the next "WARC/1.x" line.
package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zlib"

	"parley"
	"parley/internal/readall"
)

// Options bound what a Reader does. Zero fields take the defaults.
type Options struct {
	// Limits.MaxDocBytes caps a page's payload after decoding; a larger
	// page is reported as TooLarge and skipped.
	Limits parley.Limits
	// MaxHeaderBytes caps a record's WARC header and its HTTP header
	// together; default 64 KiB.
	MaxHeaderBytes int
	// MaxMemberBytes caps what one gzip member may expand to; default
	// 1 GiB. A member that expands further is reported as TooLarge
	// (decompressed_too_large) and reading resumes at the next member.
	MaxMemberBytes int64
}

func (o Options) withDefaults() Options {
	if o.Limits.MaxDocBytes <= 0 {
		o.Limits.MaxDocBytes = parley.DefaultLimits().MaxDocBytes
	}
	if o.MaxHeaderBytes <= 0 {
		o.MaxHeaderBytes = 64 << 10
	}
	if o.MaxMemberBytes <= 0 {
		o.MaxMemberBytes = 1 << 30
	}
	return o
}

// Stats counts what a Reader found.
type Stats struct {
	// Records is the number of records read whole, of any type.
	Records int
	// Documents is the number of pages delivered.
	Documents int
	// Damaged is the number of damaged records and members reported.
	Damaged int
	// Skipped is the number of records passed over, and SkippedBy breaks
	// it down by reason: "type request", "media image/jpeg", "status 404",
	// "truncated length" and the like.
	Skipped   int
	SkippedBy map[string]int
}

// Reader reads one archive. A Reader is for one pass by one goroutine;
// Stats is complete when the pass has ended.
type Reader struct {
	name  string
	open  func() (io.ReadCloser, error) // set by File
	src   io.Reader
	opt   Options
	stats Stats

	seek io.Seeker     // the archive, when it can seek; for resync
	in   *counter      // the archive's bytes, with the offset read so far
	body *bufio.Reader // a gzip member's decompressed bytes
	http *bufio.Reader // a response block, past its HTTP header

	// sawVersion is set once the record being read has shown a version
	// line: damage after it is damage to a record, not a false start.
	sawVersion bool

	// For Progress, read from other goroutines.
	bytesRead atomic.Int64
	outcomes  atomic.Int64
}

// Progress returns the bytes of the archive read so far and the outcomes
// (pages and errors) delivered. Unlike Stats it may be called from any
// goroutine while the archive is being read, to estimate what is left.
func (r *Reader) Progress() (bytesRead, outcomes int64) {
	return r.bytesRead.Load(), r.outcomes.Load()
}

// NewReader returns a reader of the archive in r, named name in locators
// ("name@offset"). When r is also an io.Seeker, reading resumes after a
// damaged record by searching from just after that record's start, which
// finds every record that follows; otherwise the search starts where
// reading stopped, and a record swallowed by a damaged one is lost.
func NewReader(r io.Reader, name string, opt Options) *Reader {
	return &Reader{name: name, src: r, opt: opt.withDefaults(), stats: Stats{SkippedBy: map[string]int{}}}
}

// File returns a reader of the archive at path. The file is opened when
// Documents is ranged over and closed when the range ends; a file that
// cannot be opened is delivered as one Unreadable or NotFound error.
func File(path string, opt Options) *Reader {
	r := NewReader(nil, path, opt)
	r.open = func() (io.ReadCloser, error) { return os.Open(path) }
	return r
}

// Stats returns the counts of the pass so far.
func (r *Reader) Stats() Stats { return r.stats }

// Documents reads the archive and yields each page, or an error with a
// Document whose Locator names the damaged or refused record. Errors are
// *parley.Error values of kind Unreadable (damaged or truncated data),
// TooLarge (a page or a gzip member over its limit), Unsupported (a
// Content-Encoding Parley cannot decode) or NotFound (no such file).
func (r *Reader) Documents() iter.Seq2[parley.Document, error] {
	return func(yield func(parley.Document, error) bool) {
		const op = "warc.Open"
		src := r.src
		if r.open != nil {
			f, err := r.open()
			if err != nil {
				kind := parley.Unreadable
				if errors.Is(err, os.ErrNotExist) {
					kind = parley.NotFound
				}
				yield(parley.Document{Locator: r.name}, parley.E(op, kind, err))
				return
			}
			defer f.Close()
			src = f
		}
		r.seek, _ = src.(io.Seeker)
		r.in = newCounter(src, &r.bytesRead)
		yield = r.counting(yield)
		r.body = bufio.NewReaderSize(nil, 32<<10)
		r.http = bufio.NewReaderSize(nil, r.opt.MaxHeaderBytes+1024)
		magic, err := r.in.br.Peek(2)
		if err != nil && len(magic) == 0 {
			if errors.Is(err, io.EOF) {
				yield(parley.Document{Locator: r.name}, parley.E(op, parley.Empty, "the archive is empty"))
			} else {
				yield(parley.Document{Locator: r.name}, parley.E(op, parley.Unreadable, err))
			}
			return
		}
		if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
			r.readGzip(yield)
		} else {
			r.readPlain(yield)
		}
	}
}

// counting wraps yield to count the outcomes delivered.
func (r *Reader) counting(yield func(parley.Document, error) bool) func(parley.Document, error) bool {
	return func(d parley.Document, err error) bool {
		r.outcomes.Add(1)
		return yield(d, err)
	}
}

// locator names the record at a byte offset of the archive; the n-th
// record (from 0) of a gzip member that holds several is "name@off#n".
func (r *Reader) locator(off int64, n int) string {
	if n == 0 {
		return r.name + "@" + strconv.FormatInt(off, 10)
	}
	return r.name + "@" + strconv.FormatInt(off, 10) + "#" + strconv.Itoa(n)
}

// damaged reports a damaged record or member and counts it.
func (r *Reader) damaged(off int64, n int, kind parley.Kind, format string, args ...any) (parley.Document, error) {
	r.stats.Damaged++
	msg := fmt.Sprintf(format, args...)
	return parley.Document{Locator: r.locator(off, n)},
		parley.E("warc.Read", kind, fmt.Sprintf("%s at byte %d of %s: %s", recordWord(n), off, r.name, msg))
}

func recordWord(n int) string {
	if n == 0 {
		return "record"
	}
	return "record " + strconv.Itoa(n) + " of the gzip member"
}

// readPlain reads an uncompressed archive, record after record.
//
// After a damaged record, reading resumes at the next version line; when
// what starts there is damaged too, it was no record (a payload that
// quotes one) and the search goes on without another report.
func (r *Reader) readPlain(yield func(parley.Document, error) bool) {
	resyncing := false
	for {
		off := r.in.offset()
		r.sawVersion = false
		rec, err := r.readRecord(r.in.br, off, 0)
		switch {
		case errors.Is(err, io.EOF):
			return
		case err != nil:
			if (!resyncing || r.sawVersion) && !yield(r.damagedErr(off, 0, err)) {
				return
			}
			if resyncing = r.resync(off, false); !resyncing {
				return
			}
			continue
		}
		resyncing = false
		if rec != nil && !yield(*rec.doc, rec.err) {
			return
		}
	}
}

// readGzip reads a compressed archive, member after member, and each
// member record after record.
//
// A damaged member is reported once; reading resumes at the next gzip
// header. Three bytes of compressed data can look like one, so a member
// found that way that does not read whole is passed over silently.
func (r *Reader) readGzip(yield func(parley.Document, error) bool) {
	var zr gzip.Reader
	resyncing := false
	for {
		off := r.in.offset()
		if _, err := r.in.br.Peek(1); err != nil {
			if !errors.Is(err, io.EOF) {
				yield(r.damaged(off, 0, parley.Unreadable, "read failed: %v", err))
			}
			return
		}
		var err error
		n := 0
		r.sawVersion = false
		// The buffer itself, not the counter around it: the decompressor
		// reads a *bufio.Reader on a fast path of its own, and an
		// io.ByteReader of any other type byte by byte through an
		// interface (about twice the time a member). Either way it stops
		// exactly at the member's end, and the counter's offset stays
		// right because it counts under the buffer.
		if err = zr.Reset(r.in.br); err == nil {
			zr.Multistream(false)
			capped := &capReader{r: &zr, left: r.opt.MaxMemberBytes}
			r.body.Reset(capped)
			for ; ; n++ {
				var rec *record
				rec, err = r.readRecord(r.body, off, n)
				if err == nil {
					// A member ends with a checksum, read when its
					// data runs out: a page is delivered only once
					// its member is known to be whole.
					if _, perr := r.body.Peek(1); perr != nil && !errors.Is(perr, io.EOF) {
						err = perr
					}
				}
				if errors.Is(err, io.EOF) && n > 0 {
					err = nil
					break // the member ended after its last record
				}
				if err != nil {
					if errors.Is(err, io.EOF) {
						err = io.ErrUnexpectedEOF // a member without a record
					}
					if capped.over() {
						err = errTooLarge{fmt.Sprintf("decompressed_too_large: the gzip member expands beyond %d bytes", r.opt.MaxMemberBytes)}
					}
					break
				}
				resyncing = false
				if rec != nil && !yield(*rec.doc, rec.err) {
					return
				}
			}
		} else if !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
			err = fmt.Errorf("not a gzip member: %w", err)
		}
		if err == nil {
			continue
		}
		if (!resyncing || r.sawVersion) && !yield(r.damagedErr(off, n, err)) {
			return
		}
		if resyncing = r.resync(off, true); !resyncing {
			return
		}
	}
}

// errTooLarge marks a record that is whole but over a limit.
type errTooLarge struct{ msg string }

func (e errTooLarge) Error() string { return e.msg }

// damagedErr turns a read error into the report of a damaged record.
func (r *Reader) damagedErr(off int64, n int, err error) (parley.Document, error) {
	var tl errTooLarge
	switch {
	case errors.As(err, &tl):
		return r.damaged(off, n, parley.TooLarge, "%s", tl.msg)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return r.damaged(off, n, parley.Unreadable, "truncated: the archive ends inside the record")
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return r.damaged(off, n, parley.Unreadable, "corrupt compressed data: %v", err)
	}
	var fe flate.CorruptInputError
	if errors.As(err, &fe) {
		return r.damaged(off, n, parley.Unreadable, "corrupt compressed data: %v", err)
	}
	return r.damaged(off, n, parley.Unreadable, "%v", err)
}

// record is what readRecord makes of one whole record: a page, or the
// error of a page refused, or nothing (skipped).
type record struct {
	doc  *parley.Document
	err  error
	skip string // why the record was passed over
}

// readRecord reads one record from br, which is positioned at its start
// (blank lines before it are passed over). It returns io.EOF when br ends
// before a record starts, a nil record for a record skipped, and an error
// for a damaged record, after which br's position is undefined.
func (r *Reader) readRecord(br *bufio.Reader, off int64, n int) (*record, error) {
	hdr, err := r.readHeader(br)
	if err != nil {
		return nil, err
	}
	length, err := strconv.ParseInt(hdr.Get("Content-Length"), 10, 64)
	if err != nil || length < 0 {
		return nil, fmt.Errorf("bad or missing Content-Length %q", hdr.Get("Content-Length"))
	}
	block := &io.LimitedReader{R: br, N: length}
	rec, err := r.readBlock(hdr, block, off, n)
	if err != nil {
		return nil, err
	}
	// Whatever the block's reading left is passed over, then the two
	// line ends that close every record. Anything else there means the
	// Content-Length was wrong.
	if _, err := io.Copy(io.Discard, block); err != nil {
		return nil, readErr(err)
	}
	if block.N > 0 {
		return nil, io.ErrUnexpectedEOF
	}
	if err := readTrailer(br); err != nil {
		return nil, err
	}
	r.stats.Records++
	switch {
	case rec.skip != "":
		r.stats.Skipped++
		r.stats.SkippedBy[rec.skip]++
		return nil, nil
	case rec.err == nil:
		r.stats.Documents++
	}
	return rec, nil
}

// readErr keeps io.EOF inside a record from reading as a clean end.
func readErr(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// readHeader reads the version line and the named fields of a record.
func (r *Reader) readHeader(br *bufio.Reader) (textproto.MIMEHeader, error) {
	r.sawVersion = false
	budget := r.opt.MaxHeaderBytes
	var line []byte
	var err error
	for {
		line, err = readLine(br, &budget)
		if err != nil {
			return nil, err // io.EOF here is a clean end
		}
		if len(line) > 0 {
			break
		}
	}
	switch string(line) {
	case "WARC/1.0", "WARC/1.1":
		r.sawVersion = true
	default:
		return nil, fmt.Errorf("no WARC/1.0 or WARC/1.1 version line (found %q)", clip(line))
	}
	hdr := textproto.MIMEHeader{}
	var last string
	for {
		line, err := readLine(br, &budget)
		if err != nil {
			return nil, readErr(err)
		}
		if len(line) == 0 {
			return hdr, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			vs := hdr[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(string(line))
			continue
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok || len(bytes.TrimSpace(name)) == 0 {
			return nil, fmt.Errorf("malformed header line %q", clip(line))
		}
		last = textproto.CanonicalMIMEHeaderKey(string(bytes.TrimSpace(name)))
		hdr.Add(last, string(bytes.TrimSpace(value)))
	}
}

// readLine reads one line without its line end, charging it to budget.
func readLine(br *bufio.Reader, budget *int) ([]byte, error) {
	line, err := br.ReadSlice('\n')
	*budget -= len(line)
	switch {
	case *budget < 0 || errors.Is(err, bufio.ErrBufferFull):
		return nil, errTooLarge{"the header is longer than the limit"}
	case err != nil && len(line) > 0:
		return nil, io.ErrUnexpectedEOF
	case err != nil:
		return nil, err
	}
	return bytes.TrimRight(line, "\r\n"), nil
}

// readTrailer reads the "\r\n\r\n" that ends a record (a bare "\n\n" is
// accepted too).
func readTrailer(br *bufio.Reader) error {
	for range 2 {
		b, err := br.ReadByte()
		if err != nil {
			return readErr(err)
		}
		if b == '\r' {
			if b, err = br.ReadByte(); err != nil {
				return readErr(err)
			}
		}
		if b != '\n' {
			return errors.New("the record does not end where its Content-Length says")
		}
	}
	return nil
}

// readBlock reads a record's block when the record may hold a page, and
// returns the page, a refusal, or nil for a record passed over. Errors
// are damage to the record itself.
func (r *Reader) readBlock(hdr textproto.MIMEHeader, block *io.LimitedReader, off int64, n int) (*record, error) {
	typ := strings.ToLower(hdr.Get("Warc-Type"))
	if typ != "response" && typ != "resource" {
		return skip("type " + typ), nil
	}
	if t := hdr.Get("Warc-Truncated"); t != "" {
		return skip("truncated " + strings.ToLower(t)), nil
	}
	if hdr.Get("Warc-Segment-Number") != "" {
		return skip("segmented"), nil
	}
	doc := parley.Document{
		Locator: r.locator(off, n),
		URL:     strings.Trim(hdr.Get("Warc-Target-Uri"), "<> "),
	}
	if t, err := time.Parse(time.RFC3339Nano, hdr.Get("Warc-Date")); err == nil {
		doc.Fetched = t.UTC()
	}
	var payload io.Reader = block
	var encodings []string
	chunked := false
	if typ == "response" {
		mt, _, _ := mime.ParseMediaType(hdr.Get("Content-Type"))
		if mt != "" && mt != "application/http" {
			return skip("media " + mt), nil
		}
		resp, err := r.readHTTPHeader(block)
		if err != nil {
			// The record is whole; what it archived is not HTTP.
			return &record{doc: &doc, err: parley.E("warc.Read", parley.Invalid,
				fmt.Sprintf("the response at %s has a malformed HTTP header: %v", doc.Locator, err))}, nil
		}
		if resp.status < 200 || resp.status > 299 {
			return skip("status " + strconv.Itoa(resp.status)), nil
		}
		doc.ContentType = resp.header.Get("Content-Type")
		if doc.Fetched.IsZero() {
			if t, err := http.ParseTime(resp.header.Get("Date")); err == nil {
				doc.Fetched = t.UTC()
			}
		}
		payload = r.http
		if te := strings.ToLower(resp.header.Get("Transfer-Encoding")); strings.Contains(te, "chunked") {
			payload, chunked = httputil.NewChunkedReader(payload), true
		}
		for _, ce := range strings.Split(resp.header.Get("Content-Encoding"), ",") {
			if ce = strings.ToLower(strings.TrimSpace(ce)); ce != "" && ce != "identity" {
				encodings = append(encodings, ce)
			}
		}
	} else {
		doc.ContentType = hdr.Get("Content-Type")
	}
	// The payload's length, when it is stored as sent, lets it be read
	// into one buffer.
	size := block.N
	if typ == "response" {
		size += int64(r.http.Buffered())
	}
	if chunked || len(encodings) > 0 {
		size = 0
	}
	return r.readPayload(doc, payload, size, encodings, chunked)
}

// httpHeader is the head of an archived HTTP response.
type httpHeader struct {
	status int
	header textproto.MIMEHeader
}

// readHTTPHeader reads the status line and header of an archived
// response through r.http, which then holds the payload.
func (r *Reader) readHTTPHeader(block io.Reader) (httpHeader, error) {
	r.http.Reset(block)
	budget := r.opt.MaxHeaderBytes
	line, err := readLine(r.http, &budget)
	if err != nil {
		return httpHeader{}, readErr(err)
	}
	// "HTTP/1.1 200 OK"; HTTP/2 archives write "HTTP/2 200".
	proto, rest, _ := strings.Cut(string(line), " ")
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	status, err := strconv.Atoi(code)
	if !strings.HasPrefix(proto, "HTTP/") || err != nil || status < 100 || status > 999 {
		return httpHeader{}, fmt.Errorf("bad status line %q", clip(line))
	}
	h := httpHeader{status: status, header: textproto.MIMEHeader{}}
	for {
		line, err := readLine(r.http, &budget)
		if err != nil {
			return httpHeader{}, readErr(err)
		}
		if len(line) == 0 {
			return h, nil
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue // an obsolete folded line: nothing Parley needs
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return httpHeader{}, fmt.Errorf("malformed header line %q", clip(line))
		}
		h.header.Add(textproto.CanonicalMIMEHeaderKey(string(bytes.TrimSpace(name))), string(bytes.TrimSpace(value)))
	}
}

// readPayload decodes and reads a page's payload, or skips a record that
// is no page. size is the payload's length when it is known (0 if not).
func (r *Reader) readPayload(doc parley.Document, payload io.Reader, size int64, encodings []string, chunked bool) (*record, error) {
	const op = "warc.Read"
	for i := len(encodings) - 1; i >= 0; i-- {
		var err error
		switch encodings[i] {
		case "gzip", "x-gzip":
			payload, err = gzip.NewReader(payload)
		case "deflate":
			payload, err = zlibOrFlate(payload)
		default:
			return &record{doc: &doc, err: parley.E(op, parley.Unsupported,
				fmt.Sprintf("the payload of %s is encoded with %q, which Parley does not decode", doc.Locator, encodings[i]))}, nil
		}
		if err != nil {
			return &record{doc: &doc, err: parley.E(op, parley.Unreadable,
				fmt.Sprintf("the payload of %s does not decode as %s: %v", doc.Locator, encodings[i], err))}, nil
		}
	}
	max := r.opt.Limits.MaxDocBytes
	sniff := bufio.NewReaderSize(payload, 512)
	head, _ := sniff.Peek(512)
	if !isPage(doc.ContentType, head) {
		mt, _, _ := mime.ParseMediaType(doc.ContentType)
		if mt == "" {
			mt = strings.SplitN(http.DetectContentType(head), ";", 2)[0]
		}
		return skip("media " + mt), nil
	}
	body, err := readall.Sized(io.LimitReader(sniff, max+1), min(size, max+1))
	switch {
	case int64(len(body)) > max:
		return &record{doc: &doc, err: parley.E(op, parley.TooLarge,
			fmt.Sprintf("the page at %s is more than %d bytes (decompressed), the limit", doc.Locator, max))}, nil
	case err != nil && (chunked || len(encodings) > 0):
		// The record is whole; only its own payload encoding is bad.
		return &record{doc: &doc, err: parley.E(op, parley.Unreadable,
			fmt.Sprintf("the payload of %s is damaged: %v", doc.Locator, err))}, nil
	case err != nil:
		return nil, readErr(err)
	case len(body) == 0:
		return &record{doc: &doc, err: parley.E(op, parley.Empty, "the page at "+doc.Locator+" is empty")}, nil
	}
	doc.Body = body
	return &record{doc: &doc}, nil
}

// zlibOrFlate undoes HTTP "deflate", which servers send both as zlib (as
// the standard says) and as raw deflate.
func zlibOrFlate(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil {
		return nil, err
	}
	if head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		return zlib.NewReader(br)
	}
	return flate.NewReader(br), nil
}

// isPage reports whether a payload is an HTML page, by its declared type
// or, when none is declared, by its first bytes.
func isPage(contentType string, head []byte) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if contentType == "" || err != nil {
		return strings.HasPrefix(http.DetectContentType(head), "text/html")
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

func skip(reason string) *record { return &record{skip: reason} }

// clip shortens a line quoted in an error message.
func clip(b []byte) string {
	if len(b) > 60 {
		b = b[:60]
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// counter reads the archive through a buffer and knows the offset of the
// next byte to be read, so that every record and member has its byte
// offset. It is an io.ByteReader, which lets gzip stop exactly at a
// member's end.
type counter struct {
	src      io.Reader
	br       *bufio.Reader
	read     int64         // bytes taken from src into br
	progress *atomic.Int64 // the same, for other goroutines
}

func newCounter(src io.Reader, progress *atomic.Int64) *counter {
	c := &counter{src: src, progress: progress}
	c.br = bufio.NewReaderSize(countReader{c}, 64<<10)
	return c
}

// countReader counts what the buffer takes from the source.
type countReader struct{ c *counter }

func (r countReader) Read(p []byte) (int, error) {
	n, err := r.c.src.Read(p)
	r.c.read += int64(n)
	r.c.progress.Add(int64(n))
	return n, err
}

// offset returns the offset of the next byte br will give.
func (c *counter) offset() int64 { return c.read - int64(c.br.Buffered()) }

func (c *counter) Read(p []byte) (int, error) { return c.br.Read(p) }
func (c *counter) ReadByte() (byte, error)    { return c.br.ReadByte() }

// seek moves to an offset of a seekable source.
func (c *counter) seek(s io.Seeker, off int64) error {
	if _, err := s.Seek(off, io.SeekStart); err != nil {
		return err
	}
	c.br.Reset(countReader{c})
	c.read = off
	return nil
}

func (c *counter) discard(n int64) {
	for n > 0 {
		m, err := c.br.Discard(int(min(n, 1<<30)))
		n -= int64(m)
		if err != nil {
			return
		}
	}
}

// capReader fails once more than left bytes have been read through it.
type capReader struct {
	r    io.Reader
	left int64
}

var errCapped = errors.New("the gzip member expands beyond its limit")

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, errCapped
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, errCapped
	}
	return n, err
}

func (c *capReader) over() bool { return c.left < 0 }

// resync moves the reader to the next place where a record may start,
// after the damaged record or member at off: the next gzip member header,
// or the next "WARC/1." that starts a line. It reports false when the
// archive ends first. Every call moves past off, so reading always ends.
func (r *Reader) resync(off int64, gz bool) bool {
	from, pattern, lead := off+1, []byte{0x1f, 0x8b, 0x08}, 0
	if !gz {
		from, pattern, lead = off, []byte("\nWARC/1."), 1
	}
	if r.seek != nil && r.in.offset() != from {
		r.in.seek(r.seek, from) // on failure, search on from here
	}
	if at := r.in.offset(); at < from {
		r.in.discard(from - at)
	}
	for {
		buf, err := r.in.br.Peek(r.in.br.Size())
		if i := bytes.Index(buf, pattern); i >= 0 {
			r.in.discard(int64(i + lead))
			return true
		}
		if err != nil || len(buf) < len(pattern) {
			r.in.discard(int64(len(buf)))
			return false
		}
		// Keep the last bytes: a start may straddle the buffer's end.
		r.in.discard(int64(len(buf) - len(pattern) + 1))
	}
}
