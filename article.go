package parley

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Document is one raw input as a source delivers it: the bytes of an HTML
// page or a plain-text dump, with whatever the source knows about it.
type Document struct {
	// Locator names the input for people and for the rejection ledger:
	// a file path, "stdin", a URL, or "archive.warc.gz@81234".
	Locator string
	// URL is the page's address when known.
	URL string
	// ContentType is the declared media type with parameters, e.g. from an
	// HTTP header ("text/html; charset=windows-1251"); "" when unknown.
	ContentType string
	// Published is a publication time supplied from outside the page (a
	// feed item, a WARC header, a command-line flag); zero when unknown.
	Published time.Time
	// Title is a headline supplied from outside the page, such as a feed
	// item's title. Extraction does not read it; ingest uses it only for an
	// article whose page gives no title of its own. "" when unknown.
	Title string
	// Fetched is when the bytes were retrieved from the web: a WARC
	// record's WARC-Date or the time of an HTTP fetch. It is not a
	// publication date (a page is often crawled long after it appeared)
	// and nothing treats it as one; ingest records it with the input's
	// outcome. Zero when unknown, as for files on disk.
	Fetched time.Time
	// Body holds the raw bytes, already decompressed.
	Body []byte
}

// DateSource says where an article's publication date was found.
type DateSource string

// The places a publication date can come from, most trusted first.
const (
	DateFromUser     DateSource = "given"   // supplied by the caller (--published, feed, WARC)
	DateFromJSONLD   DateSource = "json-ld" // schema.org datePublished
	DateFromMeta     DateSource = "meta"    // <meta> such as article:published_time
	DateFromTimeElem DateSource = "time"    // a <time datetime=…> element of the article
	DateFromURL      DateSource = "url"     // a date in the URL path
	DateFromText     DateSource = "text"    // a dateline in the text
	DateFromName     DateSource = "name"    // a date opening the file's name
	DateFromNone     DateSource = "none"    // not found
)

// Article is the clean article that extraction makes of a Document: its
// metadata and its body text without navigation, adverts or other boilerplate.
// All annotation offsets point into Text.
type Article struct {
	URL      string
	Title    string
	SiteName string
	// Published is the publication time; its Location is the zone the page
	// gave, and a page that gives only a day has a zero clock in UTC.
	// Zero when unknown.
	Published time.Time
	// PublishedSource tells where Published came from.
	PublishedSource DateSource
	// Language is a BCP 47 tag such as "en", or "" when unknown.
	Language string
	// Authors holds person names only, without "By" or the outlet.
	Authors []string
	// Dateline is the place the story was filed from, as a date line of
	// its own names it ("Kingston" of "Kingston, Tuesday, March 16,
	// 2004"); "" when there is none. A wire dateline that opens the first
	// paragraph stays in Text.
	Dateline string
	// Text is the body: paragraphs separated by a blank line ("\n\n").
	Text string
	// Paragraphs are the spans of the paragraphs in Text, in order.
	Paragraphs []Span
}

// PublishedDate returns the publication day at day precision, or the zero
// Date when the article has no known publication time.
func (a *Article) PublishedDate() Date {
	if a.Published.IsZero() {
		return Date{}
	}
	return DateOf(a.Published)
}

// ContentHash identifies an article by what it says: the SHA-256 of its
// title and text. Two copies of a page that differ only in boilerplate hash
// the same, which is how ingest recognises a duplicate.
func (a *Article) ContentHash() string {
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// Validate reports whether the article can be analyzed and stored.
func (a *Article) Validate() error {
	const op = "Article.Validate"
	if a.Text == "" {
		return E(op, Empty, "the article has no body text")
	}
	for _, p := range a.Paragraphs {
		if !p.Valid(len(a.Text)) {
			return E(op, Invalid, "paragraph span "+p.String()+" lies outside the text")
		}
	}
	return nil
}
