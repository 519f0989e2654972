// Package feed reads news feeds — RSS 2.0, RSS 1.0 (RDF) and Atom — and
// delivers their items: the link to each article, with the title and the
// dates the feed gives for it.
//
// A feed is read as a stream of XML tokens, one item at a time, so memory
// does not grow with the feed. Everything is bounded: the bytes read
// (Options.MaxBytes), the items taken (Options.MaxItems; a feed with more
// is cut there and says so), the nesting of elements and the length of
// every field kept. Items without a usable http(s) link are passed over
// and counted.
//
// A feed item's date is the publisher's own statement of when the item
// appeared, so it travels with the document as parley.Document.Published
// and the title as parley.Document.Title; the page itself is fetched by
// whoever ranges over the documents (see ingest.Fetcher).
package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"parley"
)

// Options bound a Reader. Zero fields take the defaults.
type Options struct {
	// MaxBytes caps the bytes of the feed read; default 16 MiB.
	MaxBytes int64
	// MaxItems caps the items taken; default 10,000. Reading stops there.
	MaxItems int
	// MaxDepth caps element nesting; default 64.
	MaxDepth int
	// MaxFieldBytes caps each title, link or date kept; default 4 KiB.
	// Longer values are cut at a character boundary.
	MaxFieldBytes int
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = 16 << 20
	}
	if o.MaxItems <= 0 {
		o.MaxItems = 10_000
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = 64
	}
	if o.MaxFieldBytes <= 0 {
		o.MaxFieldBytes = 4 << 10
	}
	return o
}

// Item is one entry of a feed.
type Item struct {
	// Title is the item's title as plain text; "" when the feed gives
	// none.
	Title string
	// Link is the absolute http or https address of the article.
	Link string
	// Published is when the feed says the item appeared (pubDate,
	// published, dc:date; Atom's updated when nothing else is given);
	// zero when it gives no date it can be read from.
	Published time.Time
	// GUID is the item's identifier (guid or id), "" when none.
	GUID string
}

// Stats describe what a Reader found.
type Stats struct {
	// Format is "rss", "rdf" or "atom" once the root element is read.
	Format string
	// Title is the feed's own title.
	Title string
	// Items is the number of items delivered; NoLink counts those passed
	// over for want of a usable link.
	Items, NoLink int
	// Truncated is set when the feed held more than Options.MaxItems
	// items and reading stopped there.
	Truncated bool
}

// Reader reads one feed. It is for one pass by one goroutine; Stats is
// complete when the pass has ended.
type Reader struct {
	src   io.Reader
	name  string
	base  *url.URL
	opt   Options
	stats Stats
}

// NewReader returns a reader of the feed in r. name is how the feed is
// named in errors (its path or URL); base, when it parses as an absolute
// URL, resolves relative item links (pass the feed's URL).
func NewReader(r io.Reader, name, base string, opt Options) *Reader {
	fr := &Reader{src: r, name: name, opt: opt.withDefaults()}
	if u, err := url.Parse(base); err == nil && u.IsAbs() {
		fr.base = u
	}
	return fr
}

// Stats returns what the pass has found so far.
func (r *Reader) Stats() Stats { return r.stats }

// Documents yields one document per item, named by its link and carrying
// its title and date, with no body: the page is still to be fetched. A
// feed that cannot be read (not XML, not a feed, too large, too deep)
// ends with an error on a Document named after the feed; the items read
// before it are delivered.
func (r *Reader) Documents() iter.Seq2[parley.Document, error] {
	return func(yield func(parley.Document, error) bool) {
		for it, err := range r.Items() {
			if err != nil {
				yield(parley.Document{Locator: r.name}, err)
				return
			}
			if !yield(parley.Document{Locator: it.Link, URL: it.Link, Title: it.Title, Published: it.Published}, nil) {
				return
			}
		}
	}
}

// Items yields the feed's items in document order, then, when the feed
// cannot be read to its end, one error: a *parley.Error of kind Invalid
// (not XML, or not a feed), TooLarge, TooDeep or Unreadable.
func (r *Reader) Items() iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		p := parser{r: r, yield: yield}
		if err := p.run(); err != nil {
			yield(Item{}, err)
		}
	}
}

// parser holds the state of one pass over the tokens.
type parser struct {
	r     *Reader
	yield func(Item, error) bool

	depth     int
	itemDepth int // depth of the open item element, 0 when none
	item      Item
	dates     map[string]string // the item's date fields by name
	field     string            // the field whose text is being read
	fieldAt   int               // the depth at which that field opened
	text      bytes.Buffer      // that text, capped
	bases     []*url.URL        // xml:base in force at each depth
	linkRank  int               // how good the item's link is (Atom rel)
	stopped   bool              // the consumer stopped ranging
}

var errStop = errors.New("stopped")

func (p *parser) run() error {
	const op = "feed.Read"
	r := p.r
	lr := &io.LimitedReader{R: r.src, N: r.opt.MaxBytes + 1}
	d := xml.NewDecoder(lr)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	p.bases = []*url.URL{r.base}
	for {
		tok, err := d.RawToken()
		if err != nil && lr.N <= 0 {
			return parley.E(op, parley.TooLarge, fmt.Sprintf("the feed %s is larger than %d bytes", r.name, r.opt.MaxBytes))
		}
		if errors.Is(err, io.EOF) {
			if r.stats.Format == "" {
				return parley.E(op, parley.Invalid, fmt.Sprintf("%s is not a feed: no RSS or Atom root element", r.name))
			}
			return nil
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return parley.E(op, parley.Invalid, fmt.Sprintf("%s is not well-formed XML (line %d): %s", r.name, se.Line, se.Msg))
			}
			return parley.E(op, parley.Unreadable, fmt.Errorf("reading %s: %w", r.name, err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := p.start(t); err != nil {
				if errors.Is(err, errStop) {
					return nil
				}
				return err
			}
		case xml.EndElement:
			if err := p.end(t); err != nil {
				if errors.Is(err, errStop) {
					return nil
				}
				return err
			}
		case xml.CharData:
			p.chars(t)
		}
	}
}

func (p *parser) start(t xml.StartElement) error {
	const op = "feed.Read"
	r := p.r
	p.depth++
	if p.depth > r.opt.MaxDepth {
		return parley.E(op, parley.TooDeep, fmt.Sprintf("the feed %s nests elements deeper than %d", r.name, r.opt.MaxDepth))
	}
	base := p.bases[len(p.bases)-1]
	if b := attr(t, "base"); b != "" {
		if u, err := resolve(base, b); err == nil {
			base = u
		}
	}
	p.bases = append(p.bases, base)
	name := strings.ToLower(t.Name.Local)
	if p.depth == 1 {
		switch name {
		case "rss":
			r.stats.Format = "rss"
		case "rdf":
			r.stats.Format = "rdf"
		case "feed":
			r.stats.Format = "atom"
		default:
			return parley.E(op, parley.Invalid, fmt.Sprintf("%s is not a feed: its root element is <%s>", r.name, t.Name.Local))
		}
		return nil
	}
	if p.itemDepth == 0 {
		if name == "item" || name == "entry" {
			if r.stats.Items >= r.opt.MaxItems {
				r.stats.Truncated = true
				return errStop
			}
			p.itemDepth = p.depth
			p.item, p.linkRank = Item{}, 0
			p.dates = map[string]string{}
			return nil
		}
		if name == "title" && p.depth <= 3 && r.stats.Title == "" && p.field == "" {
			p.openField("feed-title")
		}
		return nil
	}
	if p.depth != p.itemDepth+1 || p.field != "" || !ownField(t.Name) {
		return nil
	}
	switch name {
	case "title", "guid", "id", "pubdate", "date", "published", "issued", "updated", "modified":
		p.openField(name)
	case "link":
		if href := attr(t, "href"); href != "" { // Atom
			rank := 1
			switch strings.ToLower(attr(t, "rel")) {
			case "", "alternate":
				rank = 3
			case "related", "via":
				rank = 2
			case "self", "edit", "replies", "enclosure", "license":
				rank = 0
			}
			if rank > p.linkRank {
				if u := p.absolute(href); u != "" {
					p.item.Link, p.linkRank = u, rank
				}
			}
			return nil
		}
		p.openField("link")
	}
	return nil
}

func (p *parser) openField(name string) {
	p.field, p.fieldAt = name, p.depth
	p.text.Reset()
}

// ownField reports whether an element of an item is one of the feed
// formats' own, not another vocabulary's that shares its local name
// (media:title, itunes:title): RSS and Atom elements carry no prefix or
// "atom:", and Dublin Core dates "dc:" or "dcterms:".
func ownField(n xml.Name) bool {
	switch strings.ToLower(n.Space) {
	case "", "atom", "rss":
		return true
	case "dc", "dcterms":
		l := strings.ToLower(n.Local)
		return l == "date" || l == "issued" || l == "modified" || l == "created"
	}
	return false
}

func (p *parser) end(t xml.EndElement) error {
	r := p.r
	if p.depth == 0 {
		return nil // a stray end tag, which lenient parsing lets through
	}
	defer func() {
		p.depth--
		p.bases = p.bases[:len(p.bases)-1]
	}()
	if p.field != "" && p.depth == p.fieldAt {
		p.finishField()
	}
	if p.itemDepth != 0 && p.depth == p.itemDepth {
		p.itemDepth = 0
		it := p.item
		it.Published = p.itemDate()
		if it.Link == "" && looksLikeURL(it.GUID) {
			it.Link = p.absolute(it.GUID)
		}
		if it.Link == "" {
			r.stats.NoLink++
			return nil
		}
		r.stats.Items++
		if !p.yield(it, nil) {
			return errStop
		}
	}
	return nil
}

func (p *parser) chars(t xml.CharData) {
	if p.field == "" {
		return
	}
	room := p.r.opt.MaxFieldBytes*4 - p.text.Len() // room for markup in HTML titles
	if room <= 0 {
		return
	}
	if len(t) > room {
		t = t[:room]
	}
	p.text.Write(t)
}

func (p *parser) finishField() {
	field := p.field
	p.field = ""
	raw := p.text.String()
	max := p.r.opt.MaxFieldBytes
	switch field {
	case "feed-title":
		p.r.stats.Title = clean(stripTags(raw), max)
	case "title":
		p.item.Title = clean(stripTags(raw), max)
	case "link":
		if p.linkRank < 3 {
			if u := p.absolute(strings.TrimSpace(raw)); u != "" {
				p.item.Link, p.linkRank = u, 3
			}
		}
	case "guid", "id":
		p.item.GUID = clean(raw, max)
	default:
		p.dates[field] = clean(raw, 200)
	}
}

// itemDate picks the item's publication date from the fields it gave,
// the publication fields first.
func (p *parser) itemDate() time.Time {
	for _, f := range []string{"pubdate", "published", "issued", "date", "updated", "modified"} {
		if s := p.dates[f]; s != "" {
			if t, ok := ParseDate(s); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// absolute resolves a link against the base in force and keeps it only
// when it is an http or https URL with a host.
func (p *parser) absolute(link string) string {
	link = strings.TrimSpace(link)
	if link == "" || len(link) > p.r.opt.MaxFieldBytes || !utf8.ValidString(link) {
		return ""
	}
	u, err := resolve(p.bases[len(p.bases)-1], link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func resolve(base *url.URL, ref string) (*url.URL, error) {
	u, err := url.Parse(ref)
	if err != nil {
		return nil, err
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u, nil
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// attr returns the value of the attribute with the given local name.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if strings.EqualFold(a.Name.Local, local) {
			return a.Value
		}
	}
	return ""
}

// stripTags turns the HTML that some feeds put in titles into text.
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	in := false
	for _, c := range s {
		switch {
		case c == '<':
			in = true
		case c == '>' && in:
			in = false
		case !in:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// clean collapses white space, makes s valid UTF-8 without control
// characters, and cuts it to max bytes at a character boundary.
func clean(s string, max int) string {
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}
