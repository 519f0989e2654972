package extract

import (
	"html"
	"strings"
	"time"
	"unicode/utf8"

	"parley"
)

// Extract turns one raw document (HTML or plain text) into a clean Article.
// Errors are *parley.Error with kinds TooLarge, TooDeep, Binary, Empty,
// Invalid or Timeout. With Empty, the returned Article still carries the
// metadata that was found.
//
// Zero fields of lim take their values from parley.DefaultLimits.
func Extract(doc parley.Document, lim parley.Limits) (parley.Article, error) {
	const op = "extract.Extract"
	lim = withDefaults(lim)
	start := time.Now()

	text, isHTML, err := prepare(doc, lim)
	if err != nil {
		return parley.Article{URL: doc.URL}, err
	}
	var a parley.Article
	var paras []string
	if isHTML {
		var deadline time.Time
		if lim.DocBudget > 0 {
			deadline = start.Add(lim.DocBudget)
		}
		pg, err := parseHTML(text, lim.MaxDepth, deadline)
		if err != nil {
			return parley.Article{URL: doc.URL}, err
		}
		body, ps := extractBody(pg.root)
		md := readMeta(pg, doc.URL, body, ps)
		paras = dropFurniture(ps, md.title)
		paras = preferLDBody(paras, md.ldBody)
		a = parley.Article{
			URL:             firstNonEmpty(doc.URL, absCanonical(md.canonical)),
			Title:           md.title,
			SiteName:        md.siteName,
			Published:       md.published,
			PublishedSource: md.source,
			Language:        md.lang,
			Authors:         md.authors,
		}
	} else {
		a, paras = extractText(string(text))
		a.URL = doc.URL
		if a.Published.IsZero() {
			if t, ok := urlDate(doc.URL); ok {
				a.Published, a.PublishedSource = t, parley.DateFromURL
			}
		}
	}
	if a.Published.IsZero() {
		if t, ok := nameDate(doc); ok {
			a.Published, a.PublishedSource = t, parley.DateFromName
		}
	}
	if !doc.Published.IsZero() {
		a.Published, a.PublishedSource = doc.Published, parley.DateFromUser
	}
	a.Text, a.Paragraphs = join(paras, lim.MaxTextBytes)
	sanitize(&a)
	if a.Text == "" {
		return a, parley.E(op, parley.Empty, "no article text found")
	}
	return a, nil
}

// preferLDBody falls back on the page's schema.org articleBody when the
// markup gave far less text than it: pages that build their body with
// scripts still ship the text there.
func preferLDBody(paras []string, body string) []string {
	if len(body) < 500 {
		return paras
	}
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	if n*4 >= len(body) {
		return paras
	}
	if strings.Contains(body, "<") {
		body = stripTags(body)
	}
	var out []string
	for _, line := range strings.Split(body, "\n") {
		if line = collapseSpace(line); hasWord(line) {
			out = append(out, line)
		}
	}
	return out
}

// stripTags turns a fragment of HTML into text, with a line break where a
// paragraph or line ends.
func stripTags(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		tag := strings.ToLower(s[i : i+j+1])
		if strings.HasPrefix(tag, "</p") || strings.HasPrefix(tag, "<br") || strings.HasPrefix(tag, "</div") || strings.HasPrefix(tag, "</h") || strings.HasPrefix(tag, "</li") {
			b.WriteByte('\n')
		}
		s = s[i+j+1:]
	}
	return html.UnescapeString(b.String())
}

func withDefaults(lim parley.Limits) parley.Limits {
	d := parley.DefaultLimits()
	if lim.MaxDocBytes <= 0 {
		lim.MaxDocBytes = d.MaxDocBytes
	}
	if lim.MaxDepth <= 0 {
		lim.MaxDepth = d.MaxDepth
	}
	if lim.MaxTextBytes <= 0 {
		lim.MaxTextBytes = d.MaxTextBytes
	}
	return lim
}

// join builds Text and its paragraph spans, stopping at the last whole
// paragraph that fits in maxBytes (a first paragraph longer than that is
// cut at a character boundary).
func join(paras []string, maxBytes int) (string, []parley.Span) {
	var b strings.Builder
	spans := make([]parley.Span, 0, len(paras))
	for _, p := range paras {
		sep := 0
		if b.Len() > 0 {
			sep = 2
		}
		if b.Len()+sep+len(p) > maxBytes {
			if b.Len() == 0 {
				cut := maxBytes
				for cut > 0 && !utf8.RuneStart(p[cut]) {
					cut--
				}
				p = p[:cut]
			} else {
				break
			}
		}
		if sep > 0 {
			b.WriteString("\n\n")
		}
		s := b.Len()
		b.WriteString(p)
		spans = append(spans, parley.Span{Start: s, End: b.Len()})
	}
	return b.String(), spans
}

// sanitize makes every string of the article valid UTF-8. The decoder
// already guarantees it for the page; this guards the parts assembled
// from metadata.
func sanitize(a *parley.Article) {
	fix := func(s *string) {
		if !utf8.ValidString(*s) {
			*s = strings.ToValidUTF8(*s, "\uFFFD")
		}
	}
	fix(&a.URL)
	fix(&a.Title)
	fix(&a.SiteName)
	fix(&a.Language)
	for i := range a.Authors {
		fix(&a.Authors[i])
	}
	if !utf8.ValidString(a.Text) {
		// Replacing bytes would move the spans; the decoder makes this
		// unreachable, so rebuild rather than patch.
		ps := make([]string, len(a.Paragraphs))
		for i, sp := range a.Paragraphs {
			ps[i] = strings.ToValidUTF8(sp.In(a.Text), "\uFFFD")
		}
		a.Text, a.Paragraphs = join(ps, len(a.Text)*3+16)
	}
}

func absCanonical(u string) string {
	if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
		return u
	}
	return ""
}
