package extract

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"parley"
)

// node is one element or text node of the light tree the extractor builds.
// It keeps only what extraction looks at: the tag, the class and id hints,
// a few attributes, and text.
type node struct {
	tag    atom.Atom // 0 for text nodes and unknown elements
	name   string    // the tag name of an unknown (custom) element
	isText bool
	hidden bool // the hidden attribute or display:none: never content
	// ariaHidden marks aria-hidden="true": furniture as a rule, but
	// scripts also set it on the whole page while a dialog is open.
	ariaHidden bool
	text       string // text nodes only, entities decoded, spaces as in the page
	id         string
	class      string
	attrs      []attr // the attributes metadata needs, on the elements that carry them

	parent, first, last, next *node

	// Filled by measure: bytes of non-space text in the subtree, of it
	// inside links, and the number of commas.
	chars, linkChars, commas int
	// Counts of descendant elements that readability-style cleaning weighs.
	nP, nImg, nLi, nInput, nEmbed int32

	junk   bool    // never content: see isJunk
	hint   int     // class and id score, see hintScore
	score  float64 // content score as a candidate container
	scored bool
}

type attr struct{ key, val string }

// get returns the value of the attribute key, or "".
func (n *node) get(key string) string {
	for _, a := range n.attrs {
		if a.key == key {
			return a.val
		}
	}
	return ""
}

func (n *node) appendChild(c *node) {
	c.parent = n
	if n.last == nil {
		n.first = c
	} else {
		n.last.next = c
	}
	n.last = c
}

// page is a parsed document: its tree and what the parse collected on the
// way for metadata.
type page struct {
	root   *node
	title  string   // the <title> text
	lang   string   // <html lang>
	jsonLD []string // bodies of application/ld+json scripts
	metas  []*node  // every <meta>
	links  []*node  // every <link>
}

// keptAttrs lists, per element, the attributes copied into the tree beyond
// id and class.
var keptAttrs = map[atom.Atom][]string{
	atom.Meta:   {"name", "property", "content", "itemprop", "http-equiv", "charset"},
	atom.Link:   {"rel", "href", "hreflang"},
	atom.A:      {"href", "rel", "itemprop"},
	atom.Time:   {"datetime", "pubdate", "itemprop"},
	atom.Script: {"type"},
	atom.Html:   {"lang", "xml:lang"},
}

// skipContent holds the elements whose content the tree builder throws
// away as it reads, because it is never article text and may be large.
var skipContent = map[atom.Atom]bool{
	atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Noembed: true, atom.Noframes: true,
	atom.Textarea: true, atom.Select: true, atom.Object: true, atom.Canvas: true,
}

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.Keygen: true, atom.Image: true,
}

// closesP lists the start tags that end an open <p>, as HTML does.
var closesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Main: true, atom.Menu: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Ul: true, atom.Li: true, atom.Dd: true, atom.Dt: true,
}

// special elements stop the search for the match of a stray inline end tag,
// so that an unmatched </span> cannot close the <div> around it.
var special = map[atom.Atom]bool{
	atom.Html: true, atom.Body: true, atom.Div: true, atom.P: true, atom.Table: true,
	atom.Td: true, atom.Th: true, atom.Tr: true, atom.Ul: true, atom.Ol: true,
	atom.Li: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.Blockquote: true, atom.Figure: true, atom.Form: true, atom.Dl: true,
	atom.Dd: true, atom.Dt: true, atom.Pre: true, atom.Center: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// parseHTML builds the light tree of an HTML page. It never recurses, holds
// at most maxDepth open elements and fails with TooDeep beyond that, so
// hostile nesting costs no more than a linear read.
func parseHTML(src []byte, maxDepth int, deadline time.Time) (*page, error) {
	const op = "extract.parse"
	if maxDepth <= 0 {
		maxDepth = parley.DefaultLimits().MaxDepth
	}
	z := html.NewTokenizer(bytes.NewReader(src))
	pg := &page{}
	b := builder{pg: pg}
	pg.root = b.newNode()
	stack := make([]*node, 1, 64)
	stack[0] = pg.root
	var skipping atom.Atom // the element whose content is being skipped
	skipDepth := 0
	var inTitle, inJSONLD bool
	for tokens := 0; ; tokens++ {
		// Checking the clock costs little every few thousand tokens.
		if tokens&4095 == 4095 && !deadline.IsZero() && time.Now().After(deadline) {
			return nil, parley.E(op, parley.Timeout, "parsing took longer than the document budget")
		}
		tt := z.Next()
		if b.count > maxNodes {
			return nil, parley.E(op, parley.TooLarge, "more than "+strconv.Itoa(maxNodes)+" elements and text runs")
		}
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return pg, nil
			}
			return nil, parley.E(op, parley.Invalid, z.Err())
		case html.TextToken:
			if skipping != 0 {
				continue
			}
			top := stack[len(stack)-1]
			switch {
			case inTitle:
				pg.title += string(z.Text())
				continue
			case inJSONLD:
				pg.jsonLD = append(pg.jsonLD, string(z.Text()))
				continue
			case top.tag == atom.Script:
				continue
			}
			t := z.Text()
			if len(t) == 0 {
				continue
			}
			// Merge adjacent text so each run of text is one node.
			if top.last != nil && top.last.isText {
				top.last.text += string(t)
				continue
			}
			n := b.newNode()
			n.isText = true
			n.text = string(t)
			top.appendChild(n)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if skipping != 0 {
				if a == skipping && tt == html.StartTagToken {
					skipDepth++
				}
				continue
			}
			n := b.newNode()
			n.tag = a
			if a == 0 {
				n.name = string(name)
			}
			if hasAttr {
				b.readAttrs(z, n)
			}
			inTitle, inJSONLD = false, false
			switch a {
			case atom.Meta:
				pg.metas = append(pg.metas, n)
			case atom.Link:
				pg.links = append(pg.links, n)
			case atom.Html:
				pg.lang = n.get("lang")
				if pg.lang == "" {
					pg.lang = n.get("xml:lang")
				}
				continue // the root stands for <html>
			case atom.Body:
				// The body ends the head even when </head> is missing.
				for i := len(stack) - 1; i > 0; i-- {
					if stack[i].tag == atom.Head {
						stack = stack[:i]
						break
					}
				}
			case atom.Title:
				inTitle = tt == html.StartTagToken && pg.title == ""
			case atom.Script:
				inJSONLD = tt == html.StartTagToken && strings.Contains(strings.ToLower(n.get("type")), "ld+json")
			}
			stack = implicitClose(stack, a)
			top := stack[len(stack)-1]
			top.appendChild(n)
			if tt == html.SelfClosingTagToken || voidElements[a] {
				continue
			}
			if skipContent[a] {
				skipping, skipDepth = a, 1
				continue
			}
			if len(stack) >= maxDepth {
				return nil, parley.E(op, parley.TooDeep, "elements nest deeper than the limit of "+strconv.Itoa(maxDepth))
			}
			stack = append(stack, n)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipping != 0 {
				if a == skipping {
					if skipDepth--; skipDepth == 0 {
						skipping = 0
					}
				}
				continue
			}
			inTitle, inJSONLD = false, false
			if a == atom.Br {
				br := b.newNode()
				br.tag = atom.Br
				stack[len(stack)-1].appendChild(br)
				continue
			}
			stack = closeTag(stack, a, name)
		}
	}
}

// implicitClose pops the elements that a new start tag a ends by itself:
// a <p> before a block, a <li> before the next <li>, a cell before the next
// cell, and so on.
func implicitClose(stack []*node, a atom.Atom) []*node {
	if closesP[a] {
		stack = popTo(stack, pTargets, pBoundary)
	}
	switch a {
	case atom.Li:
		stack = popTo(stack, liTargets, liBoundary)
	case atom.Dt, atom.Dd:
		stack = popTo(stack, dtTargets, dtBoundary)
	case atom.Td, atom.Th:
		stack = popTo(stack, cellTargets, cellBoundary)
	case atom.Tr:
		stack = popTo(stack, rowTargets, rowBoundary)
	case atom.Tbody, atom.Thead, atom.Tfoot:
		stack = popTo(stack, sectionTargets, sectionBoundary)
	case atom.Option:
		stack = popTo(stack, optionTargets, optionBoundary)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if t := stack[len(stack)-1].tag; isHeading(t) {
			stack = stack[:len(stack)-1]
		}
	case atom.A:
		stack = popTo(stack, aTargets, special)
	}
	return stack
}

// The elements each implicit close looks for, and those that stop the
// search (HTML's "scopes", simplified).
var (
	pTargets        = set(atom.P)
	pBoundary       = set(atom.Table, atom.Td, atom.Th, atom.Button, atom.Div, atom.Li, atom.Section, atom.Article, atom.Body)
	liTargets       = set(atom.Li)
	liBoundary      = set(atom.Ul, atom.Ol, atom.Menu, atom.Table, atom.Div, atom.Body)
	dtTargets       = set(atom.Dt, atom.Dd)
	dtBoundary      = set(atom.Dl, atom.Div, atom.Table, atom.Body)
	cellTargets     = set(atom.Td, atom.Th)
	cellBoundary    = set(atom.Tr, atom.Table, atom.Body)
	rowTargets      = set(atom.Tr)
	rowBoundary     = set(atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Body)
	sectionTargets  = set(atom.Tbody, atom.Thead, atom.Tfoot)
	sectionBoundary = set(atom.Table, atom.Body)
	optionTargets   = set(atom.Option)
	optionBoundary  = set(atom.Select, atom.Datalist, atom.Body)
	aTargets        = set(atom.A)
)

func set(as ...atom.Atom) map[atom.Atom]bool {
	m := make(map[atom.Atom]bool, len(as))
	for _, a := range as {
		m[a] = true
	}
	return m
}

// popTo pops the stack to just below the nearest open target, unless a
// boundary comes first.
func popTo(stack []*node, target, boundary map[atom.Atom]bool) []*node {
	for i := len(stack) - 1; i > 0; i-- {
		t := stack[i].tag
		if target[t] {
			return stack[:i]
		}
		if boundary[t] {
			return stack
		}
	}
	return stack
}

// closeTag pops the stack to the open element that an end tag closes. An
// end tag with no open match is ignored; so is an inline end tag whose match
// lies beyond a block element.
func closeTag(stack []*node, a atom.Atom, name []byte) []*node {
	for i := len(stack) - 1; i > 0; i-- {
		n := stack[i]
		if n.tag == a && (a != 0 || n.name == string(name)) {
			return stack[:i]
		}
		if special[n.tag] && !special[a] {
			return stack
		}
	}
	return stack
}

func isHeading(t atom.Atom) bool {
	switch t {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// maxNodes caps the elements and text runs of one page, so that a page of
// millions of tiny elements cannot take memory out of proportion to its
// size (a node costs some 200 bytes). Real news pages have a few thousand.
const maxNodes = 500_000

// builder allocates nodes in blocks, which is much cheaper than one
// allocation per node.
type builder struct {
	pg    *page
	slab  []node
	count int
}

func (b *builder) newNode() *node {
	b.count++
	if len(b.slab) == 0 {
		b.slab = make([]node, 256)
	}
	n := &b.slab[0]
	b.slab = b.slab[1:]
	return n
}

// readAttrs copies id, class, the visibility hints and, on the elements
// that need them, the metadata attributes.
func (b *builder) readAttrs(z *html.Tokenizer, n *node) {
	keep := keptAttrs[n.tag]
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "id":
			n.id = string(v)
		case "class":
			n.class = string(v)
		case "hidden":
			n.hidden = true
		case "aria-hidden":
			n.ariaHidden = string(v) == "true"
		case "style":
			n.hidden = n.hidden || hidesElement(v)
		case "itemprop", "role":
			n.attrs = append(n.attrs, attr{string(k), string(v)})
		default:
			for _, want := range keep {
				if string(k) == want {
					n.attrs = append(n.attrs, attr{want, string(v)})
					break
				}
			}
		}
		if !more {
			return
		}
	}
}

// hidesElement reports whether an inline style hides its element.
func hidesElement(style []byte) bool {
	if !bytes.Contains(style, []byte("none")) && !bytes.Contains(style, []byte("hidden")) {
		return false
	}
	s := strings.ReplaceAll(strings.ToLower(string(style)), " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}
