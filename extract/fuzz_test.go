package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley"
)

// FuzzExtract feeds arbitrary bytes to Extract. Whatever comes in, it must
// not panic, and what comes out must keep the article's invariants: valid
// UTF-8 everywhere, paragraph spans in order inside the text, and the text
// made of exactly those paragraphs. The seeds (the golden pages and small
// hostile shapes) run on every go test.
func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob("testdata/golden/*")
	for _, p := range pages {
		if strings.HasSuffix(p, ".golden.json") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "")
		}
	}
	for _, s := range []string{
		"",
		"<",
		"<!--",
		"<p>",
		"<html><body><p>x</p>" + strings.Repeat("<div>", 600),
		"<table><tr><td><p>cell text, long enough, with commas, to vote.</p><td>next</table>",
		"<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"9999-99-99\",\"author\":[[[[]]]]}</script><p>Text, text, text, text, and more text here.</p>",
		"<meta charset=shift_jis><p>\x82\xa0\x82\xa2 \xff</p>",
		"<meta property=article:published_time content=\"2021-13-45T99:99:99+99:99\"><p>Body, body, body, body, body, body.</p>",
		"!-- remnant -->\nHeadline Here\n\nHeadline Here\nJune 31, 2021\nBy \nSOURCE: X/AFP/GETTY IMAGES\n\nText.",
		"[ad-slot: top]\nOutlet | World | Sport\nUPDATE 2-Headline Here\n\nUPDATE 2-Headline Here\nMon 28 Jun 2021 14.05 BST\n\nOSLO, June 28 (Wire) - Text, text.\n\nMost popular\n1. Other story\n(c) 2021 Outlet",
		"GENEVA, June 31 (Wire) -\n\nTopics\nA\nB\n\n25/13/2023 99.99 GMT+99",
		"<div class=\"date\">29.02.2021 25:61</div><h1>x</h1><meta property=og:title content=\"BRIEF-\"><p>Body, body, body, body.</p>",
		"\x1f\x8b\x08\x00\x00\x00\x00\x00",
		"\xef\xbb\xbf<p>\xed\xa0\x80 surrogate</p>",
		"<svg><p>inside svg</p></svg><p>after the svg, a paragraph, with commas, that counts.</p>",
		"<a><a><a><p>nested links, nested links, nested links, nested links</p></a></a></a>",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>"), "text/html; charset=windows-1251")
	f.Add([]byte("Plain text.\n\nMore text."), "text/plain")
	lim := parley.DefaultLimits()
	lim.MaxDocBytes = 1 << 20
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		a, err := Extract(parley.Document{Body: body, ContentType: contentType}, lim)
		if err != nil {
			if k := parley.KindOf(err); k == parley.Internal {
				t.Fatalf("untyped error: %v", err)
			}
		}
		checkArticle(t, a)
	})
}
