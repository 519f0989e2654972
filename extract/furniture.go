package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Furniture paragraphs. Some page furniture sits inside the article's own
// box, in the same tags as the prose: the headline again, a date line, a
// byline, a picture credit, "Advertisement", a copyright notice. These
// rules drop such paragraphs by their shape, for any site.

// boilerplate are whole paragraphs that label furniture, compared in lower
// case without trailing punctuation.
var boilerplate = map[string]bool{
	"advertisement": true, "advertising": true, "ad": true, "sponsored": true,
	"sponsored content": true, "continue reading": true, "continue reading below": true,
	"story continues below": true, "story continues below advertisement": true,
	"article continues below": true, "article continues below advertisement": true,
	"scroll to continue with content": true, "read more": true, "read more below": true,
	"read also": true, "see also": true, "related": true, "related articles": true,
	"related stories": true, "more stories": true, "don't miss": true, "don’t miss": true,
	"recommended": true, "most read": true, "most popular": true, "trending": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share on facebook": true, "share on twitter": true, "tweet": true, "email": true,
	"print": true, "comments": true, "comment": true, "leave a comment": true,
	"tags": true, "topics": true, "tell us what you think": true, "like this story? share it with a friend": true,
	"this slideshow requires javascript": true, "click here": true, "subscribe": true,
	"sign up": true, "follow us": true, "back to top": true, "skip advert": true,
	"you may also like": true, "you might also like": true, "more from": true,
	"leggi anche": true, "lesen sie auch": true, "mehr zum thema": true, "anzeige": true,
	"lire aussi": true, "à lire aussi": true, "publicité": true, "lee también": true,
	"leia também": true, "publicidade": true, "publicidad": true, "читайте также": true,
	"реклама": true, "相关阅读": true, "广告": true, "関連記事": true, "広告": true,
}

// dropFurniture removes furniture paragraphs from an HTML article's body.
func dropFurniture(paras []string, title string) []string {
	out := paras[:0]
	t := normPara(title)
	for i, p := range paras {
		n := normPara(p)
		edge := i < 3 || i >= len(paras)-2
		switch {
		case n == "":
			continue
		case t != "" && n == t:
			continue // the headline repeated in the body
		case boilerplate[n]:
			continue
		case isCopyright(p):
			continue
		case isCaptionLike(p):
			continue
		case edge && (isDateOrBylineLine(p) || isCreditsLine(p)):
			continue
		}
		out = append(out, p)
	}
	return out
}

// normPara lower-cases a paragraph and trims the punctuation around it.
func normPara(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) })
}

// wordCount counts the words of s as strings.Fields would split them,
// without building the slice: it runs on every line of every page.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			n++
		}
	}
	return n
}

// isCopyright reports a short copyright notice.
func isCopyright(p string) bool {
	if wordCount(p) > 25 {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(p))
	if strings.HasPrefix(l, "©") || strings.HasPrefix(l, "(c) ") {
		return true
	}
	// "Copyright 2021 Outlet", "Copyright © Outlet", "Copyright Outlet",
	// but not a sentence about copyright law.
	rest, ok := strings.CutPrefix(l, "copyright")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " :")
	return rest == "" || rest[0] >= '0' && rest[0] <= '9' || strings.HasPrefix(rest, "©") ||
		strings.HasPrefix(rest, "(c)") || strings.Contains(rest, "rights reserved") ||
		wordCount(rest) <= 6 && (!endsWithStop(rest) || hasYear(rest))
}

// isCaptionLike reports a short paragraph that ends in a picture credit,
// "… (Image: Getty)", "… © Reuters / A. Photographer", "… Photo: X/AFP".
func isCaptionLike(p string) bool {
	if wordCount(p) > 45 {
		return false
	}
	p = strings.TrimSpace(p)
	tail := p
	if strings.HasSuffix(p, ")") {
		if i := strings.LastIndexByte(p, '('); i >= 0 {
			tail = p[i:]
		}
	} else if i := strings.LastIndex(p, "©"); i >= 0 {
		return utf8.RuneCountInString(p[i:]) < 60
	} else {
		// "Photo: X/Getty Images" as the last words.
		if i := strings.LastIndexAny(p, ".!?"); i >= 0 && i < len(p)-1 {
			tail = p[i+1:]
		}
	}
	if utf8.RuneCountInString(tail) > 60 {
		return false
	}
	lt := strings.ToLower(tail)
	for _, m := range captionMarkers {
		if strings.Contains(lt, m) {
			return true
		}
	}
	for _, m := range agencyMarkers {
		if strings.Contains(tail, m) {
			return true
		}
	}
	return false
}

// captionMarkers show a trailing group of words to be a picture credit;
// they are matched in lower case.
var captionMarkers = []string{
	"image:", "images)", "photo:", "photo by", "picture:", "pictured", "credit:", "getty",
	"shutterstock", "©",
}

// agencyMarkers are picture agencies as credits write them, matched with
// their case so that "(ePA)" in prose is not taken for a credit.
var agencyMarkers = []string{
	"(AFP)", "/AFP", "AFP/", "(Reuters)", "/Reuters", "Reuters/", "REUTERS/", "AP Photo", "(AP)",
	"(EPA)", "EPA/", "/EPA", "Xinhua", "(File)", "(FILE)",
}

// creditPrefixes open the lines that credit the article's makers or file
// it, which wire copy puts at its end: "(Reporting by …; Editing by …)".
var creditPrefixes = []string{
	"reporting by", "(reporting by", "additional reporting by", "(additional reporting by",
	"editing by", "(editing by", "writing by", "(writing by", "compiled by",
	"filed under", "posted in", "categories:", "category:", "tags:", "write to ",
}

// isCreditsLine reports a line that credits reporters or files the
// article: "Reporting by …", "Jane Doe contributed to this report.",
// "Write to jane@example.com", a bare e-mail address.
func isCreditsLine(p string) bool {
	l := strings.ToLower(strings.TrimSpace(p))
	if wordCount(l) > 60 {
		return false
	}
	for _, pre := range creditPrefixes {
		if strings.HasPrefix(l, pre) {
			return true
		}
	}
	if strings.Contains(l, "contributed to this report") || strings.Contains(l, "contributed reporting") {
		return wordCount(l) <= 20
	}
	// A bare address: one word with an @ and a dot after it.
	if wordCount(l) == 1 && strings.Contains(l, "@") && strings.Contains(l[strings.Index(l, "@"):], ".") {
		return true
	}
	return false
}

// headerLength reports whether line l is short enough to be furniture
// near the top rather than prose: 120 characters, or 240 for a bar of
// three labels or more ("Institute … | Explainer | 16 November 2018 | By
// …, Senior Fellow, …").
func headerLength(l string) bool {
	n := utf8.RuneCountInString(l)
	return n <= 120 || n <= 240 && strings.Count(l, "|") >= 2
}

// isDateOrBylineLine reports a short line that only dates or signs the
// article: "Published November 20th, 2019 - 07:29 GMT", "Posted on … by
// Admin", "By Jane Doe".
func isDateOrBylineLine(p string) bool {
	if dateSegment(p) && !endsWithStop(p) && headerLength(p) {
		// "Globe Wire Service | Buenos Aires | Sunday, April 4, 1982 | By
		// a staff correspondent": a bar of labels, one of them the day,
		// however many words the others take (longer with three labels or
		// more: a think tank's name, the kind of paper, a byline with a
		// title).
		return true
	}
	wc := wordCount(p)
	if wc == 0 || wc > 14 || endsWithStop(p) || strings.Contains(p, "@") {
		// An embedded post's signature, "— Name (@handle) June 1, 2021",
		// is part of the article.
		return false
	}
	if d, ok := findTextDate(p); ok {
		if d.start < 30 {
			return true
		}
		// "Published 4:00 am CST, Wednesday, November 20, 2019": what
		// stands beside the date is only framing, a clock and a zone.
		rest := 0
		for _, w := range strings.FieldsFunc(p[:d.start]+" "+p[d.end:], func(r rune) bool { return !unicode.IsLetter(r) }) {
			lw := strings.ToLower(w)
			if !frameWords[lw] && zoneOffsets[w] == 0 && w != "UTC" && w != "GMT" && lw != "am" && lw != "pm" && lw != "a" && lw != "p" && lw != "m" {
				rest++
			}
		}
		if rest == 0 || dateSegment(p) {
			return true
		}
	}
	l := strings.ToLower(p)
	return wc <= 8 && (strings.HasPrefix(l, "by ") || strings.HasPrefix(l, "von ") || strings.HasPrefix(l, "por ") || strings.HasPrefix(l, "par "))
}

// dateSegment reports whether a line of navigation items separated by
// bars holds a date as one whole item: "Briefing Room | Statements and
// Releases | April 2, 2024", "From: Office of the Prime Minister |
// Published 27 February 2023".
func dateSegment(p string) bool {
	parts := barSegments(p)
	if len(parts) < 2 {
		return false
	}
	for _, seg := range parts {
		if seg = strings.TrimSpace(seg); isDateline(seg) || placedDate(seg) != "" {
			return true
		}
	}
	return false
}

// placedDate returns the place of a label of a bar that is a date after
// a short capitalised place and a comma, "Nay Pyi Taw, 18 January 2020",
// or "": a place of three words that isDateline, reading a line alone,
// leaves as possibly a headline ("Biden Visits Kyiv, …") is a place among
// labels.
func placedDate(seg string) string {
	d, ok := findTextDate(seg)
	if !ok || strings.TrimSpace(seg[d.end:]) != "" {
		return ""
	}
	words := strings.Fields(seg[:d.start])
	if len(words) == 0 || len(words) > 4 || !strings.HasSuffix(words[len(words)-1], ",") {
		return ""
	}
	if !capitalisedPlace(words) || strings.Contains(strings.Join(words[:len(words)-1], " "), ",") {
		return ""
	}
	return strings.TrimSuffix(strings.Join(words, " "), ",")
}

// barSegments splits a line of labels at its bars: "|", or a dash or dot
// set between spaces ("Steppe Institute, Astana - Explainer by Daniyar
// Seitkali - 12 June 2017").
func barSegments(p string) []string {
	if strings.Contains(p, "|") {
		return strings.Split(p, "|")
	}
	for _, sep := range []string{" - ", " – ", " — ", " · ", " • "} {
		if strings.Contains(p, sep) {
			return strings.Split(p, sep)
		}
	}
	return []string{p}
}

// hasYear reports whether s holds a four-digit number that could be a year.
func hasYear(s string) bool {
	for _, t := range dateTokens(s) {
		if y := atoi(t.s); t.isNum && len(t.s) == 4 && y >= 1900 && y <= 2200 {
			return true
		}
	}
	return false
}
