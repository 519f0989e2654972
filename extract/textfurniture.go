package extract

import (
	"strings"
	"unicode"
)

// Furniture in plain text. A scrape copies the page's furniture as lines
// among the prose: "Advertisement", "Share this article", "Read more: …"
// pointers to other stories, lists of related headlines and topics under a
// heading, social buttons, menus, wire contacts and copyright notices.
// Other stories' headlines are the worst of it, since the later stages
// would read them as this article's news. These rules go by the shape of a
// line, for any site.

// pointerLabels open lines that point to other pages or file the article:
// "Read more: …", "Topics: …", "Mehr zum Thema". They are matched in lower
// case at the start of a line, followed by nothing, a colon or a separator.
var pointerLabels = []string{
	"read more", "also read", "read also", "read next", "see also", "related", "more on this",
	"related news", "related stories", "related coverage", "related content", "related articles",
	"latest news", "more news", "top stories", "editor's picks", "editors' picks", "in other news",
	"trending", "trending now", "you may also like", "you might also like", "must read", "don't miss",
	"more from", "recommended", "most read", "most popular", "most viewed", "popular now",
	"topics", "tags", "keywords", "filed under", "share this article", "share this story",
	"share", "follow us", "cite this", "citation", "reuse this content", "more stories",
	"mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren", "lire aussi",
	"à lire aussi", "voir aussi", "lee también", "leer más", "leia também", "veja também",
	"leggi anche", "читайте также", "смотрите также", "相关阅读", "関連記事",
}

// socialWords are the words of share bars: "Facebook | Twitter | Email".
var socialWords = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "email": true, "e-mail": true, "mail": true,
	"whatsapp": true, "telegram": true, "linkedin": true, "reddit": true, "pinterest": true,
	"print": true, "copy": true, "link": true, "share": true, "vk": true, "messenger": true,
	"threads": true, "bluesky": true, "flipboard": true, "sms": true,
}

// dropTextFurniture marks the furniture lines of a text dump as not kept.
func dropTextFurniture(lines []textLine) {
	list := -1 // the block whose list of links is being dropped
	for i := range lines {
		l := &lines[i]
		if !l.keep {
			continue
		}
		if list == l.block && (isListItem(l.s) || wordCount(l.s) <= 20 && !endsWithStop(strings.TrimSpace(l.s))) {
			// (under "Related news:", other stories' headlines: short
			// lines with no full stop)
			l.keep = false
			continue
		}
		list = -1
		heading, pointer := pointerLine(l.s)
		switch {
		case pointer:
			l.keep = false
			if heading {
				list = l.block
			}
		case boilerplate[normPara(l.s)], isCopyright(l.s), isTextCredits(l.s), isSocialLine(l.s):
			l.keep = false
		case navSegments(l.s) == 2 && shortItems(l.s):
			l.keep = false
		}
	}
}

// isTextCredits reports a line that credits or files the story. Among the
// prose of a dump a sentence may begin like a filing label ("Posted in
// Kabul since 2019, …"), so a line that ends a sentence counts only when
// it says that someone contributed.
func isTextCredits(l string) bool {
	if !isCreditsLine(l) {
		return false
	}
	return !endsWithStop(l) || strings.Contains(strings.ToLower(l), "contributed")
}

// pointerLine reports whether l points elsewhere ("Read more: …",
// "Keywords: …"), and whether it is a heading over a list of such pointers
// ("Related records:", "Most popular", "Topics").
func pointerLine(l string) (heading, pointer bool) {
	if wordCount(l) > 25 {
		return false, false
	}
	low := strings.ToLower(strings.TrimSpace(l))
	for _, p := range pointerLabels {
		if !strings.HasPrefix(low, p) {
			continue
		}
		rest := strings.TrimSpace(low[len(p):])
		// "Related records in this collection:" is a heading too.
		if rest != "" && strings.HasSuffix(rest, ":") && wordCount(rest) <= 4 {
			return true, true
		}
		if rest == "" {
			return true, true
		}
		r := []rune(rest)[0]
		if strings.ContainsRune(":|/-–—»›", r) {
			body := strings.TrimSpace(strings.TrimLeft(rest, ":|/-–—»› "))
			return body == "" || strings.HasSuffix(body, ":"), true
		}
	}
	return false, false
}

// isListItem reports a line of a list of links or topics: a bullet or
// number before it, or only a few words that make no sentence.
func isListItem(l string) bool {
	t := strings.TrimSpace(l)
	if wordCount(t) > 30 {
		return false
	}
	for _, b := range []string{"- ", "– ", "— ", "• ", "* ", "· ", "> "} {
		if strings.HasPrefix(t, b) {
			return true
		}
	}
	i := 0
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	if i > 0 && i <= 2 && i < len(t) && (t[i] == '.' || t[i] == ')') {
		return true
	}
	return wordCount(t) <= 4 && !endsWithStop(t)
}

// isSocialLine reports a share bar: nothing but the names of networks and
// separators.
func isSocialLine(l string) bool {
	// Words are looked at one by one, so that a line of prose is turned
	// down at its first word without splitting or lowering all of it.
	n := 0
	for w := range strings.FieldsFuncSeq(l, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == '•' || r == ','
	}) {
		if !socialWords[strings.ToLower(strings.Trim(w, ":"))] {
			return false
		}
		n++
	}
	return n >= 2
}

// shortItems reports whether every item of a navigation line is short.
func shortItems(l string) bool {
	for _, p := range strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune("|›»·•>/", r) }) {
		if wordCount(p) > 5 {
			return false
		}
	}
	return true
}

// copyrightYear returns the year of the document's last copyright notice
// ("(c) 2021 Outlet", "© 1998–2021 Outlet": the later year), or 0.
func copyrightYear(lines []textLine) int {
	year := 0
	for _, l := range lines {
		if !isCopyright(l.s) {
			continue
		}
		for _, t := range dateTokens(l.s) {
			if y := atoi(t.s); t.isNum && len(t.s) == 4 && y >= 1900 && y <= 2200 {
				year = y
			}
		}
	}
	return year
}
