package extract

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// hintWeight is what a class or id hint adds to or subtracts from a box.
// Pages name their boxes in English more than in any other language,
// whatever language the article is in, so a few words carry across
// outlets.
const hintWeight = 25

// goodHints mark boxes that hold an article's body.
var goodHints = []string{
	"article", "body", "content", "entry", "hentry", "main", "post", "text",
	"blog", "story", "prose", "rich-text", "richtext", "paragraph",
}

// worstHints mark boxes that are never the article even when their names
// also say "content" ("comment-content", "related-articles").
var worstHints = []string{
	"comment", "disqus", "outbrain", "taboola", "cookie", "consent", "newsletter",
	"related", "recommend", "sidebar", "popup", "modal", "promo", "most-popular",
	"mostpopular", "trending", "more-stories", "morestories", "read-more", "readmore",
	"also-read", "see-also", "subscri",
}

// badHints mark boxes that hold anything else. Each is matched as a
// substring of the lower-cased class and id.
var badHints = []string{
	"comment", "sidebar", "related", "share", "sharing", "social", "newsletter",
	"promo", "sponsor", "outbrain", "taboola", "breadcrumb", "footer", "masthead",
	"cookie", "consent", "popup", "modal", "subscri", "recommend", "signup",
	"sign-up", "banner", "widget", "combx", "disqus", "skyscraper", "shopping",
	"advert", "byline", "author", "caption", "most-popular", "mostpopular",
	"trending", "pagination", "pager", "toolbar", "tool-bar", "print", "rating",
	"hidden", "offscreen", "visually-hidden", "sr-only", "read-more", "readmore",
	"more-stories", "morestories", "see-also", "also-read", "teaser", "gallery",
	"carousel", "slider", "login", "video", "player", "podcast",
	"navigation", "navbar", "topnav", "menu", "dropdown", "shoutbox", "tags",
	"topics", "keywords", "follow", "contact", "footnote", "timestamp", "dateline",
	"meta", "jump", "skip",
}

// badTokens are short hints that must be a whole word of the class or id,
// because as substrings they hide in innocent words ("ad" in "header").
var badTokens = []string{"ad", "ads", "nav", "tag", "tool", "tools", "hide", "hid", "share", "rel", "aside", "sidebar", "header", "foot", "date", "time"}

// Kinds of hint a single class name or id can carry.
const (
	hintGood  = 1 << iota // names an article body
	hintBad               // names furniture
	hintWorst             // names comments, related links and the like
)

// hintFlags classifies one class name or id (a single word of the class
// attribute, so no hint spans two of them).
func hintFlags(word string) uint8 {
	s := strings.ToLower(word)
	var f uint8
	for _, h := range goodHints {
		if strings.Contains(s, h) {
			f |= hintGood
			break
		}
	}
	for _, h := range worstHints {
		if strings.Contains(s, h) {
			return f | hintWorst | hintBad
		}
	}
	for _, h := range badHints {
		if strings.Contains(s, h) {
			return f | hintBad
		}
	}
	if hasToken(s, badTokens) {
		f |= hintBad
	}
	return f
}

// hintScore rates an element's class and id: positive for the words of
// article bodies, negative for those of furniture, doubly negative for
// comments and related links whatever else the names say. cache keeps the
// flags of the words seen so far, since pages repeat their class names.
func hintScore(n *node, cache map[string]uint8) int {
	var f uint8
	for _, attr := range [2]string{n.class, n.id} {
		for _, w := range strings.Fields(attr) {
			wf, ok := cache[w]
			if !ok {
				wf = hintFlags(w)
				cache[w] = wf
			}
			f |= wf
		}
	}
	w := 0
	if f&hintGood != 0 {
		w += hintWeight
	}
	switch {
	case f&hintWorst != 0:
		w -= 2 * hintWeight
	case f&hintBad != 0:
		w -= hintWeight
	}
	return w
}

// hasToken reports whether s, split at anything but letters and digits,
// has one of the words.
func hasToken(s string, words []string) bool {
	for len(s) > 0 {
		i := 0
		for i < len(s) && !isAlnum(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isAlnum(s[j]) {
			j++
		}
		tok := s[i:j]
		for _, w := range words {
			if tok == w {
				return true
			}
		}
		s = s[j:]
	}
	return false
}

func isAlnum(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// junkTags never hold article text.
var junkTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Select: true, atom.Textarea: true, atom.Button: true,
	atom.Input: true, atom.Option: true, atom.Head: true, atom.Title: true,
	atom.Meta: true, atom.Link: true, atom.Nav: true, atom.Aside: true,
	atom.Dialog: true, atom.Menu: true, atom.Video: true, atom.Audio: true,
	atom.Header: true, atom.Footer: true, atom.Label: true, atom.Form: false,
}

// junkRoles are ARIA landmark roles of page furniture.
var junkRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "menu": true, "menubar": true,
	"search": true, "toolbar": true, "tablist": true, "button": true,
}

// isJunk reports whether an element is never part of an article's text.
func isJunk(n *node) bool {
	if n.hidden || n.ariaHidden || junkTags[n.tag] {
		return true
	}
	if len(n.attrs) > 0 {
		if r := n.get("role"); r != "" && junkRoles[r] {
			return true
		}
	}
	return false
}

// blockTags break text into paragraphs.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Tr: true, atom.Table: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true, atom.Caption: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Figure: true, atom.Figcaption: true,
	atom.Form: true, atom.Fieldset: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Nav: true, atom.Address: true, atom.Center: true,
	atom.Body: true, atom.Details: true, atom.Summary: true, atom.Hr: true, atom.Br: true,
	atom.Hgroup: true, atom.Legend: true,
}
