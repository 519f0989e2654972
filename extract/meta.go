package extract

import (
	"encoding/json"
	"html"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"

	"parley"
)

// Metadata. Each field has a ladder of sources, from the most to the least
// deliberate: schema.org JSON-LD, then <meta> tags, then the page's own
// markup (<time>, bylines, <h1>, <title>), then the URL and the text.

// meta is what the page says about itself.
type meta struct {
	title, siteName, lang, canonical string
	ldBody                           string // schema.org articleBody, if any
	authors                          []string
	published                        time.Time
	source                           parley.DateSource
}

// ldArticle is what the JSON-LD of a page says about its article.
type ldArticle struct {
	headline, published, lang, publisher string
	body                                 string // articleBody
	authors                              []string
}

// articleTypes are the schema.org types whose properties describe the page's
// own article. A ClaimReview's own date is the fact-check's; the claim it
// reviews sits under itemReviewed, which is never read.
var articleTypes = []string{"article", "posting", "report", "claimreview", "webpage", "review"}

// readJSONLD merges the article objects of all JSON-LD blocks, the first
// value of each property winning, articles before web pages.
func readJSONLD(blocks []string) ldArticle {
	var objs []map[string]any
	for _, b := range blocks {
		var v any
		if err := json.Unmarshal([]byte(b), &v); err != nil {
			// Many pages wrap the JSON in comments or leave raw line
			// breaks inside strings; repair those and retry once.
			if err := json.Unmarshal([]byte(repairJSON(b)), &v); err != nil {
				continue
			}
		}
		collectLD(v, &objs, 0)
	}
	var a ldArticle
	for pass := 0; pass < 2; pass++ {
		for _, o := range objs {
			t := strings.ToLower(ldString(o["@type"]))
			isPage := strings.Contains(t, "webpage")
			if pass == 0 && isPage || pass == 1 && !isPage {
				continue
			}
			if a.headline == "" {
				a.headline = ldString(o["headline"])
			}
			if a.published == "" {
				a.published = ldString(o["datePublished"])
			}
			if a.lang == "" {
				a.lang = ldString(o["inLanguage"])
			}
			if a.publisher == "" {
				a.publisher = ldName(o["publisher"])
			}
			if a.body == "" {
				if b, ok := o["articleBody"].(string); ok {
					a.body = html.UnescapeString(b)
				}
			}
			if len(a.authors) == 0 {
				a.authors = ldPersons(o["author"])
			}
		}
	}
	return a
}

func repairJSON(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"<!--", "//<![CDATA[", "<![CDATA["} {
		s = strings.TrimPrefix(s, p)
	}
	for _, p := range []string{"-->", "//]]>", "]]>"} {
		s = strings.TrimSuffix(s, p)
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// collectLD gathers the objects of article types from a JSON-LD value,
// looking into top-level arrays and @graph but not into nested properties.
func collectLD(v any, out *[]map[string]any, depth int) {
	if depth > 3 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			collectLD(e, out, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			collectLD(g, out, depth+1)
		}
		t := strings.ToLower(ldString(x["@type"]))
		for _, at := range articleTypes {
			if strings.Contains(t, at) {
				*out = append(*out, x)
				break
			}
		}
	}
}

// ldString returns a JSON-LD value as text: a string, the first string of
// an array, or a {"@value": …}.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		// Some sites store HTML entities in JSON-LD text.
		return strings.TrimSpace(html.UnescapeString(x))
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		return ldString(x["@value"])
	case float64:
		return ""
	}
	return ""
}

func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		for _, e := range x {
			if s := ldName(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldPersons returns the names of the people in a JSON-LD author value,
// leaving out organisations.
func ldPersons(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		out = append(out, x)
	case map[string]any:
		if t := strings.ToLower(ldString(x["@type"])); t == "" || t == "person" {
			if n := ldString(x["name"]); n != "" {
				out = append(out, n)
			}
		}
	case []any:
		for _, e := range x {
			out = append(out, ldPersons(e)...)
		}
	}
	return out
}

// metaValues indexes the page's <meta> tags by lower-cased name, property
// or itemprop; the first value of each key wins.
func metaValues(pg *page) map[string]string {
	m := make(map[string]string, len(pg.metas))
	for _, n := range pg.metas {
		content := strings.TrimSpace(n.get("content"))
		if content == "" {
			continue
		}
		for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
			if key := strings.ToLower(strings.TrimSpace(n.get(k))); key != "" {
				if _, seen := m[key]; !seen {
					m[key] = content
				}
			}
		}
	}
	return m
}

// first returns the first non-empty value among keys.
func first(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := m[k]; v != "" {
			return v
		}
	}
	return ""
}

// Meta keys, most reliable first.
var (
	dateKeys = []string{
		"article:published_time", "og:article:published_time", "published_time",
		"article:published", "datepublished", "og:published_time", "pubdate", "govuk:first-published-at",
		"publishdate", "publish-date", "publish_date", "publication_date",
		"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
		"dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
		"article.published", "originalpublicationdate", "cxenseparse:recs:publishtime",
		"rnews:datepublished", "citation_publication_date", "citation_date",
		"prism.publicationdate", "og:pubdate", "date", "dc.date.available",
	}
	titleKeys  = []string{"og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "headline", "title"}
	siteKeys   = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher"}
	authorKeys = []string{"author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "article:author", "byl", "twitter:creator"}
	langKeys   = []string{"content-language", "og:locale", "dc.language", "language", "inlanguage"}
)

// readMeta gathers the page's metadata. body is the article container the
// content step chose (may be nil); paras its paragraphs.
func readMeta(pg *page, docURL string, body *node, paras []string) meta {
	mv := metaValues(pg)
	ld := readJSONLD(pg.jsonLD)
	var md meta

	for _, l := range pg.links {
		if strings.EqualFold(l.get("rel"), "canonical") {
			md.canonical = strings.TrimSpace(l.get("href"))
			break
		}
	}

	md.ldBody = ld.body
	md.siteName = firstNonEmpty(first(mv, "og:site_name"), ld.publisher, first(mv, siteKeys[1:]...))
	if md.siteName == "" {
		md.siteName = titleSuffix(pg.title)
	}
	if md.siteName == "" {
		md.siteName = hostName(firstNonEmpty(docURL, md.canonical, first(mv, "og:url")))
	}
	md.siteName = clean(md.siteName, 100)

	h1 := firstH1(pg.root, body)
	md.title = pickHTMLTitle(h1, md.siteName, ld.headline, first(mv, titleKeys...), pg.title)
	md.title = stripWirePrefix(clean(stripSiteName(md.title, md.siteName), 400))

	md.lang = normLang(firstNonEmpty(pg.lang, first(mv, langKeys...), ld.lang))

	names := ld.authors
	if len(names) == 0 {
		for _, k := range authorKeys {
			if v := mv[k]; v != "" {
				names = append(names, v)
				break
			}
		}
	}
	if len(names) == 0 {
		names = bylineNames(pg.root)
	}
	md.authors = cleanAuthors(names, md.siteName)

	// The publication date, down the ladder.
	switch {
	case setDate(&md, ld.published, parley.DateFromJSONLD):
	case setDate(&md, first(mv, dateKeys...), parley.DateFromMeta):
	case setTimeElem(&md, pg.root, body):
	default:
		if t, ok := urlDate(firstNonEmpty(docURL, md.canonical, first(mv, "og:url"))); ok {
			md.published, md.source = t, parley.DateFromURL
			break
		}
		if t, ok := textDateline(pg.root, body, paras); ok {
			md.published, md.source = t, parley.DateFromText
			break
		}
		md.source = parley.DateFromNone
	}
	return md
}

func setDate(md *meta, v string, src parley.DateSource) bool {
	if v == "" {
		return false
	}
	t, ok := parseMachineDate(v)
	if !ok {
		return false
	}
	md.published, md.source = t, src
	return true
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// clean collapses white space, drops control characters and caps length.
func clean(s string, maxLen int) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
	if len(s) > maxLen {
		cut := maxLen
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// titleSeps split a page title from the site name after it.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "}

// titleSuffix returns the short trailing part of a <title> that names the
// site ("Story headline | Outlet" → "Outlet"), or "".
func titleSuffix(title string) string {
	title = strings.TrimSpace(title)
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 {
			suf := strings.TrimSpace(title[i+len(sep):])
			if n := len(strings.Fields(suf)); n >= 1 && n <= 4 && len(suf) < len(title)/2 {
				return suf
			}
		}
	}
	return ""
}

// stripSiteName removes the site name from either end of a title.
func stripSiteName(title, site string) string {
	title = strings.TrimSpace(title)
	if title == "" {
		return ""
	}
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 {
			suf := strings.TrimSpace(title[i+len(sep):])
			if site != "" && (strings.EqualFold(suf, site) || strings.Contains(strings.ToLower(site), strings.ToLower(suf))) {
				return strings.TrimSpace(title[:i])
			}
		}
		if i := strings.Index(title, sep); i > 0 {
			pre := strings.TrimSpace(title[:i])
			if site != "" && strings.EqualFold(pre, site) {
				return strings.TrimSpace(title[i+len(sep):])
			}
		}
	}
	return title
}

func hostName(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// normLang turns "en_US", "en-us" or "EN" into a canonical BCP 47 tag.
func normLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if s == "" || len(s) > 35 {
		return ""
	}
	t, err := language.Parse(s)
	if err != nil || t == language.Und {
		return ""
	}
	return t.String()
}

// firstH1 returns the text of the article's <h1>: the last one before or
// inside the article container, or the page's first.
func firstH1(root, body *node) string {
	var found string
	var walk func(n *node) bool
	walk = func(n *node) bool {
		if n == body && found != "" {
			return true
		}
		for c := n.first; c != nil; c = c.next {
			if c.isText || c.hidden || c.hint <= -2*hintWeight {
				continue
			}
			if c.tag == atom.H1 {
				if t := clean(innerText(c), 400); t != "" {
					found = t
					if body == nil {
						return true
					}
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	return found
}

// setTimeElem takes the date of the <time> element that heads the article:
// one marked as the publication time, else the first <time> before the end
// of the article container. Times in related-article lists, comments and
// links are passed over.
func setTimeElem(md *meta, root, body *node) bool {
	var firstT time.Time
	var marked time.Time
	done := false
	var walk func(n *node)
	walk = func(n *node) {
		for c := n.first; c != nil && !done; c = c.next {
			if c.isText || c.tag == atom.A || c.hint <= -2*hintWeight || c.tag == atom.Li ||
				c.junk && c.tag != atom.Header || claimBox(c) {
				continue
			}
			if c.tag == atom.Time {
				v := firstNonEmpty(c.get("datetime"), innerText(c))
				if t, ok := parseMachineDate(v); ok {
					pub := c.get("itemprop") == "datePublished" || c.get("pubdate") != "" ||
						strings.Contains(strings.ToLower(c.class), "publish")
					if pub && marked.IsZero() {
						marked = t
						done = true
					} else if firstT.IsZero() && !looksModified(c) {
						firstT = t
					}
				}
			}
			walk(c)
			if c == body {
				// Times after the article belong to other things.
				if !firstT.IsZero() {
					done = true
				}
			}
		}
	}
	walk(root)
	t := marked
	if t.IsZero() {
		t = firstT
	}
	if t.IsZero() {
		return false
	}
	md.published, md.source = t, parley.DateFromTimeElem
	return true
}

func looksModified(n *node) bool {
	s := strings.ToLower(n.class + " " + n.get("itemprop"))
	return strings.Contains(s, "modif") || strings.Contains(s, "updated")
}

// textDateline finds a date line near the top of the article: a small box
// named as a date or byline, or one whose whole text is a date, before or
// at the head of the article container; failing that, a date at the start
// of one of the first paragraphs. Boxes of fact-checked claims, quotes,
// comments and related links are passed over.
func textDateline(root, body *node, paras []string) (time.Time, bool) {
	var found time.Time
	seenBody := false
	var walk func(n *node) bool
	walk = func(n *node) bool {
		for c := n.first; c != nil; c = c.next {
			if c.isText || c.hint <= -2*hintWeight || c.tag == atom.A || c.tag == atom.Li ||
				c.junk && c.tag != atom.Header || claimBox(c) {
				continue
			}
			if c == body {
				seenBody = true
			}
			if c.chars > 0 && c.chars < 80 {
				t := spacedText(c)
				named := false
				if c.class != "" || c.id != "" {
					s := strings.ToLower(c.class + " " + c.id)
					for _, w := range []string{"date", "byline", "author", "time", "publish", "posted", "meta"} {
						if strings.Contains(s, w) {
							named = true
							break
						}
					}
				}
				if named {
					if d, ok := earliestTextDate(t); ok {
						found = d.t
						return true
					}
				} else if d, ok := parseTextDate(t); ok && !seenBody {
					found = d
					return true
				}
			}
			if walk(c) {
				return true
			}
			if c == body {
				return true
			}
		}
		return false
	}
	walk(root)
	if !found.IsZero() {
		return found, true
	}
	for i, p := range paras {
		if i >= 3 {
			break
		}
		// Only a date at the head of a paragraph is a dateline; one
		// further in is an event the article reports.
		if d, ok := findTextDate(p[:min(len(p), 120)]); ok && d.start < 40 {
			return d.t, true
		}
	}
	return time.Time{}, false
}

// claimBox reports whether a box holds a claim under review, a quotation or
// a rating, whose dates are not the article's.
func claimBox(n *node) bool {
	if n.tag == atom.Blockquote || n.tag == atom.Q {
		return true
	}
	if n.class == "" {
		return false
	}
	return hasToken(strings.ToLower(n.class), []string{"claim", "statement", "quote", "rating", "ruling", "verdict"}) ||
		strings.Contains(strings.ToLower(n.class), "claim")
}

// spacedText is the text of n with a space between elements and a line
// break at blocks, for reading short labels such as bylines.
func spacedText(n *node) string {
	var b strings.Builder
	var walk func(*node)
	walk = func(n *node) {
		for c := n.first; c != nil; c = c.next {
			switch {
			case c.isText:
				b.WriteString(c.text)
			case c.junk && c.tag != atom.Header:
			case blockTags[c.tag]:
				b.WriteByte('\n')
				walk(c)
				b.WriteByte('\n')
			default:
				b.WriteByte(' ')
				walk(c)
				b.WriteByte(' ')
			}
			if b.Len() > 4096 {
				return
			}
		}
	}
	walk(n)
	return b.String()
}

// bylineNames reads author names from the page's markup: rel=author links,
// itemprop=author elements, and boxes named as bylines.
func bylineNames(root *node) []string {
	var names []string
	var walk func(n *node)
	walk = func(n *node) {
		for c := n.first; c != nil && len(names) < 8; c = c.next {
			if c.isText || c.junk && c.tag != atom.Header {
				continue
			}
			if c.hint <= -2*hintWeight {
				continue
			}
			switch {
			case c.get("itemprop") == "author" || strings.Contains(" "+strings.ToLower(c.get("rel"))+" ", " author "):
				if t := spacedText(c); c.chars > 0 && c.chars < 200 {
					names = append(names, t)
				}
				continue
			case c.class != "" && hasToken(strings.ToLower(c.class), []string{"byline", "author", "author-name", "byline-name"}):
				if t := spacedText(c); c.chars > 0 && c.chars < 160 {
					names = append(names, t)
					continue
				}
			}
			walk(c)
		}
	}
	walk(root)
	return names
}

// bylinePrefixes are the words that introduce an author's name.
var bylinePrefixes = []string{"by ", "written by ", "words by ", "von ", "por ", "par ", "di ", "door ", "av ", "af ", "autor: ", "author: ", "autore: ", "reporting by "}

// nonNames are words that mark an organisation or a role, not a person.
var nonNames = []string{
	"staff", "desk", "team", "editor", "editors", "editorial", "newsroom",
	"news", "agency", "press", "associated", "reuters", "afp", "bloomberg",
	"contributor", "contributors", "correspondent", "reporter", "admin",
	"guest", "media", "online", "network", "service", "wire", "published", "writer",
	"business", "sports", "opinion", "columnist", "contributing", "senior", "chief",
	"updated", "http", "www", "com", "fellow", "programme", "program", "institute",
	"centre", "center", "department", "ministry", "office", "bureau", "foundation",
	"council", "university", "research",
}

// cleanAuthors splits author strings into person names and drops what is
// not a name: outlets, roles, URLs, handles, dates.
func cleanAuthors(raw []string, site string) []string {
	var out []string
	seen := map[string]bool{}
	var parts []string
	for _, r := range raw {
		parts = append(parts, strings.Split(r, "\n")...)
	}
	for _, r := range parts {
		r = clean(html.UnescapeString(r), 300)
		// "Monday, June 28, 2021 by Jane Doe": the name follows the last "by".
		if i := strings.LastIndex(strings.ToLower(r), " by "); i >= 0 {
			r = r[i+4:]
		}
		for _, p := range bylinePrefixes {
			if len(r) > len(p) && strings.EqualFold(r[:len(p)], p) {
				r = r[len(p):]
				break
			}
		}
		r = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",", "|", ",", " und ", ",", " y ", ",", " et ", ",", " e ", ",", "/", ",", "\n", ",").Replace(r)
		for _, name := range strings.Split(r, ",") {
			name = strings.TrimSpace(strings.Trim(name, " .:-–—·•"))
			for _, p := range bylinePrefixes {
				if len(name) > len(p) && strings.EqualFold(name[:len(p)], p) {
					name = strings.TrimSpace(name[len(p):])
				}
			}
			name = titleCase(name)
			if !looksLikeName(name, site) || seen[strings.ToLower(name)] {
				continue
			}
			seen[strings.ToLower(name)] = true
			out = append(out, name)
			if len(out) == 10 {
				return out
			}
		}
	}
	return out
}

// titleCase rewrites a name written in capitals ("JANIE HAR") as "Janie Har";
// other names are left as written.
func titleCase(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// looksLikeName accepts two to five words without digits, URLs or handles,
// none of them a word of organisations and roles.
func looksLikeName(s, site string) bool {
	if s == "" || len(s) > 80 || strings.ContainsAny(s, "@:/0123456789()[]{}<>=#?!") {
		return false
	}
	if site != "" {
		ls, lsite := strings.ToLower(s), strings.ToLower(site)
		if ls == lsite || strings.Contains(lsite, ls) || hasToken(ls, strings.Fields(lsite)) {
			return false
		}
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	hasUpper := false
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		for _, part := range strings.Split(lw, "-") {
			for _, bad := range nonNames {
				if part == bad {
					return false
				}
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || !unicode.IsLower(r) && unicode.IsLetter(r) {
			hasUpper = true
		}
	}
	// A single Latin word is more often a brand than a byline; scripts
	// without case (CJK, Arabic) may write a name as one word.
	if len(words) == 1 {
		r, _ := utf8.DecodeRuneInString(s)
		if unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Cyrillic, r) {
			return false
		}
	}
	return hasUpper
}
