package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"parley"
	"parley/extract"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "[flags] FILE|-", `
Extract the clean article from one news page (HTML, plain text, or either
gzipped) and print its URL, title, publication time with where it came from,
authors, site name, language, text and paragraphs. "-" reads standard input.`)
	format := fs.String("format", "json", "output `format`: json or text")
	url := fs.String("url", "", "the page's `URL`, when the page does not say")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` or RFC 3339 time; overrides the page's own")
	contentType := fs.String("content-type", "", "the declared media `type`, e.g. \"text/html; charset=windows-1251\"")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want exactly one FILE or -, got %d arguments", len(pos))
	}
	if err := oneOf("format", *format, "json", "text"); err != nil {
		return err
	}
	// Flags are checked before the input is read, so a typo costs no read.
	var pub time.Time
	if *published != "" {
		if pub, err = parsePublishedFlag(*published); err != nil {
			return err
		}
	}
	lim := parley.DefaultLimits()
	doc, err := readDocument(e, pos[0], lim)
	if err != nil {
		return err
	}
	doc.URL, doc.ContentType, doc.Published = *url, *contentType, pub
	a, err := extract.Extract(doc, lim)
	if err != nil {
		return fmt.Errorf("%s: %w", doc.Locator, err)
	}
	if *format == "text" {
		return writeArticleText(e.stdout, &a)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(articleJSON(&a))
}

func parsePublishedFlag(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, usagef("--published: want YYYY-MM-DD or an RFC 3339 time, got %q", s)
}

// extractedArticle is the JSON form of an extracted article.
type extractedArticle struct {
	URL             string   `json:"url"`
	Title           string   `json:"title"`
	Published       string   `json:"published"` // RFC 3339 in the page's zone, or ""
	PublishedSource string   `json:"published_source"`
	Authors         []string `json:"authors"`
	SiteName        string   `json:"site_name"`
	Dateline        string   `json:"dateline,omitempty"`
	Language        string   `json:"language"`
	Text            string   `json:"text"`
	Paragraphs      []span   `json:"paragraphs"` // byte offsets into text
}

type span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

func articleJSON(a *parley.Article) extractedArticle {
	out := extractedArticle{
		URL:             a.URL,
		Title:           a.Title,
		PublishedSource: string(a.PublishedSource),
		Authors:         a.Authors,
		SiteName:        a.SiteName,
		Dateline:        a.Dateline,
		Language:        a.Language,
		Text:            a.Text,
		Paragraphs:      make([]span, len(a.Paragraphs)),
	}
	for i, p := range a.Paragraphs {
		out.Paragraphs[i] = span{p.Start, p.End}
	}
	if !a.Published.IsZero() {
		out.Published = a.Published.Format(time.RFC3339)
	}
	if out.Authors == nil {
		out.Authors = []string{}
	}
	return out
}

// writeArticleText prints the article for people: a header of metadata,
// then the paragraphs.
func writeArticleText(w io.Writer, a *parley.Article) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", orDash(a.Title))
	pub := "—"
	if !a.Published.IsZero() {
		pub = a.Published.Format(time.RFC3339)
	}
	fmt.Fprintf(&b, "  published %s (from %s)\n", pub, a.PublishedSource)
	if len(a.Authors) > 0 {
		fmt.Fprintf(&b, "  by %s\n", strings.Join(a.Authors, ", "))
	}
	fmt.Fprintf(&b, "  site %s  language %s\n", orDash(a.SiteName), orDash(a.Language))
	if a.URL != "" {
		fmt.Fprintf(&b, "  %s\n", a.URL)
	}
	b.WriteString("\n")
	b.WriteString(a.Text)
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
