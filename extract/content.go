package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Content extraction. The approach is the one readability made familiar,
// reworked on the light tree:
//
//  1. measure every element once, bottom up: its text, the part of it in
//     links, commas, the class and id hints, and the counts of paragraphs,
//     images, list items and inputs inside it;
//  2. let every paragraph (a run of inline text inside a block) of some
//     length vote for its ancestors, more for the near ones, weighted by
//     commas and length;
//  3. take the best-scoring container, discounted by its link density,
//     widen it when the article's paragraphs are split over siblings;
//  4. render it to paragraphs, dropping boxes that look like furniture
//     (link lists, share bars, image strips, forms, captions).

// hiddenProse is the text, in bytes without spaces, above which an
// aria-hidden box counts as visible (see measure).
const hiddenProse = 1000

// minParagraph is the text, in bytes without spaces, a paragraph needs to
// vote for its ancestors.
const minParagraph = 25

// measure fills the counters of n's subtree. hints caches the hint flags
// of class names (see hintScore).
func measure(n *node, inLink bool, hints map[string]uint8) {
	if n.isText {
		c, commas := countText(n.text)
		n.chars, n.commas = c, commas
		if inLink {
			n.linkChars = c
		}
		return
	}
	// Junk is measured too, for the metadata readers that look inside
	// page headers, but its counts do not reach its ancestors.
	n.junk = isJunk(n)
	if n.class != "" || n.id != "" {
		n.hint = hintScore(n, hints)
	}
	link := inLink || n.tag == atom.A
	for c := n.first; c != nil; c = c.next {
		measure(c, link, hints)
		if c.junk {
			continue
		}
		n.chars += c.chars
		n.linkChars += c.linkChars
		n.commas += c.commas
		n.nP += c.nP
		n.nImg += c.nImg
		n.nLi += c.nLi
		n.nInput += c.nInput
		n.nEmbed += c.nEmbed
	}
	if n.junk && n.ariaHidden && !n.hidden && !junkTags[n.tag] && n.chars >= hiddenProse {
		// Scripts mark the whole page aria-hidden while a dialog is
		// open: an aria-hidden box holding that much prose is the
		// article, not furniture.
		n.junk = false
	}
	switch n.tag {
	case atom.P:
		n.nP++
	case atom.Img, atom.Picture:
		n.nImg++
	case atom.Li:
		n.nLi++
	case atom.Input, atom.Button, atom.Select, atom.Textarea:
		n.nInput++
	case atom.Iframe, atom.Embed, atom.Object, atom.Video:
		n.nEmbed++
	}
}

// inherit marks everything inside a box named as comments, related links
// and the like (see worstHints) as such, so that a comment's "content" div
// cannot pass for the article. A box holding most of the page is exempt:
// its name then says little about its parts.
func inherit(n *node, total int, inside bool) {
	for c := n.first; c != nil; c = c.next {
		if c.isText || c.junk {
			continue
		}
		in := inside
		if inside {
			c.hint = min(c.hint, -2*hintWeight)
		} else if c.hint <= -2*hintWeight && c.chars < total/2 {
			in = true
		}
		inherit(c, total, in)
	}
}

// countText returns the bytes of s that are not spaces and the number of
// commas (Latin, CJK and Arabic).
func countText(s string) (chars, commas int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch c {
			case ' ', '\t', '\n', '\r', '\f':
			case ',':
				chars++
				commas++
			default:
				chars++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '，' || r == '、' || r == '،':
			commas++
			chars += size
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
		default:
			chars += size
		}
	}
	return chars, commas
}

func linkDensity(n *node) float64 {
	if n.chars == 0 {
		return 0
	}
	return float64(n.linkChars) / float64(n.chars)
}

// tagScore is the prior of an element as an article container.
func tagScore(t atom.Atom) float64 {
	switch t {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// scorer runs steps 2 and 3.
type scorer struct {
	cands []*node
}

func (s *scorer) touch(n *node) {
	if !n.scored {
		n.scored = true
		n.score = tagScore(n.tag) + float64(n.hint)
		s.cands = append(s.cands, n)
	}
}

// vote walks the tree and lets each paragraph vote for its ancestors. A
// paragraph is a run of inline text inside a block, ended by the block's
// end, a nested block or a <br>, so that pages which break text with <br>
// rather than <p> still count paragraph by paragraph.
func (s *scorer) vote(b *node) {
	var run paraRun
	s.collect(b, b, &run)
	s.closeRun(b, &run)
}

type paraRun struct{ chars, links, commas int }

func (s *scorer) collect(b, n *node, run *paraRun) {
	for c := n.first; c != nil; c = c.next {
		switch {
		case c.isText:
			run.chars += c.chars
			run.links += c.linkChars
			run.commas += c.commas
		case c.junk:
		case c.tag == atom.Br:
			s.closeRun(b, run)
		case blockTags[c.tag]:
			s.closeRun(b, run)
			s.vote(c)
		default:
			s.collect(b, c, run)
		}
	}
}

func (s *scorer) closeRun(b *node, run *paraRun) {
	if run.chars >= minParagraph && b.tag != atom.H1 {
		s.votePara(b, *run)
	}
	*run = paraRun{}
}

func (s *scorer) votePara(p *node, run paraRun) {
	ld := float64(run.links) / float64(run.chars)
	if ld > 0.5 {
		return
	}
	v := 1 + float64(run.commas) + min(float64(run.chars/100), 3)
	v *= 1 - ld

	// A block that holds its text directly is itself a candidate, as a
	// <div> used as a paragraph is.
	anc := p
	if p.tag == atom.P || isHeading(p.tag) || p.tag == atom.Li || p.tag == atom.Blockquote {
		anc = p.parent
	}
	for level := 0; anc != nil && level < 5; level++ {
		s.touch(anc)
		div := 1.0
		switch {
		case level == 1:
			div = 2
		case level > 1:
			div = float64(level * 3)
		}
		anc.score += v / div
		anc = anc.parent
	}
}

// best picks the article's container and the siblings that belong with it.
func (s *scorer) best(root *node) (*node, []*node) {
	var top *node
	var topScore float64
	for _, c := range s.cands {
		c.score *= 1 - linkDensity(c)
		if c == root {
			continue
		}
		if top == nil || c.score > topScore {
			top, topScore = c, c.score
		}
	}
	if top == nil {
		if !root.scored {
			return nil, nil
		}
		// Paragraphs straight under the document, without even a <body>.
		return root, []*node{root}
	}
	// When several strong candidates share an ancestor, the article is
	// split across them: take the ancestor.
	var alts []*node
	for _, c := range s.cands {
		if c != top && c != root && c.score >= 0.75*topScore {
			alts = append(alts, c)
		}
	}
	if len(alts) >= 3 {
		for anc := top.parent; anc != nil && anc != root; anc = anc.parent {
			k := 0
			for _, a := range alts {
				if isAncestor(anc, a) {
					k++
				}
			}
			if k >= 3 {
				top = anc
				break
			}
		}
	}
	// Climb while the parent scores about as well: the container is
	// often one level up from where most paragraphs sit.
	last := top.score
	threshold := last / 3
	for p := top.parent; p != nil && p != root; p = p.parent {
		if !p.scored {
			continue
		}
		if p.score < threshold {
			break
		}
		if p.score > last {
			top = p
			break
		}
		last = p.score
	}
	for top.parent != nil && top.parent != root && onlyChild(top) {
		top = top.parent
	}
	return top, withSections(siblings(top), top, root)
}

// withSections adds the sections an article is split into: boxes of the
// same tag and class as one of the container's near ancestors, standing
// beside it, with prose of their own and no headline of their own (a box
// with an <h1> is another article, as infinite-scroll pages append).
func withSections(nodes []*node, top, root *node) []*node {
	a := top
	for level := 0; level < 4 && a != nil && a != root && a.parent != nil; level, a = level+1, a.parent {
		if a.class == "" {
			continue
		}
		for s := a.parent.first; s != nil; s = s.next {
			if s == a || s.isText || s.junk || s.tag != a.tag || s.class != a.class || slices.Contains(nodes, s) {
				continue
			}
			if s.chars >= 200 && linkDensity(s) < 0.3 && s.hint > -2*hintWeight && !hasTag(s, atom.H1) {
				nodes = append(nodes, s)
			}
		}
	}
	return nodes
}

func hasTag(n *node, t atom.Atom) bool {
	for c := n.first; c != nil; c = c.next {
		if c.tag == t || !c.isText && hasTag(c, t) {
			return true
		}
	}
	return false
}

func isAncestor(anc, n *node) bool {
	for p := n.parent; p != nil; p = p.parent {
		if p == anc {
			return true
		}
	}
	return false
}

func onlyChild(n *node) bool {
	for c := n.parent.first; c != nil; c = c.next {
		if c != n && (!c.isText || c.chars > 0) && !c.junk {
			return false
		}
	}
	return true
}

// siblings returns top with the siblings that continue the article.
func siblings(top *node) []*node {
	if top.parent == nil {
		return []*node{top}
	}
	threshold := max(10, top.score*0.2)
	var out []*node
	for c := top.parent.first; c != nil; c = c.next {
		if c == top {
			out = append(out, c)
			continue
		}
		if c.isText || c.junk || c.chars == 0 {
			continue
		}
		bonus := 0.0
		if c.class != "" && c.class == top.class {
			bonus = float64(top.hint) * 0.2
		}
		ld := linkDensity(c)
		switch {
		case c.scored && c.score+bonus >= threshold:
			out = append(out, c)
		case c.tag == atom.P && c.chars >= 80 && ld < 0.25:
			out = append(out, c)
		case c.tag == atom.P && c.chars > 0 && ld == 0 && endsSentence(c):
			out = append(out, c)
		}
	}
	return out
}

func endsSentence(n *node) bool {
	t := strings.TrimSpace(innerText(n))
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "。")
}

func innerText(n *node) string {
	var b strings.Builder
	var walk func(*node)
	walk = func(n *node) {
		if n.isText {
			b.WriteString(n.text)
			return
		}
		if n.junk {
			return
		}
		for c := n.first; c != nil; c = c.next {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// renderer turns the chosen nodes into paragraphs (step 4).
type renderer struct {
	paras []string
	buf   []byte
	// bytes of buf that came from inside links, and the link depth
	linked, inLink int
	space          bool // a space is pending before the next word
	top            map[*node]bool
	// big is half the text of the container being rendered: a box that
	// holds that much is the article whatever its class says.
	big int
}

func (r *renderer) flush() {
	// A paragraph that is mostly a link is a pointer to another page
	// ("Read more: …", a related headline), not part of this one.
	if len(r.buf) > 0 && !linkParagraph(r.linked, len(r.buf)) {
		r.paras = append(r.paras, string(r.buf))
	}
	r.buf = r.buf[:0]
	r.linked = 0
	r.space = false
}

// linkParagraph reports whether a paragraph of n bytes, linked of them in
// links, is a link rather than prose: short and mostly linked, or all link.
func linkParagraph(linked, n int) bool {
	ld := float64(linked) / float64(n)
	return ld > 0.9 || ld > 0.6 && n < 200
}

// text appends s with its white space collapsed.
func (r *renderer) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
				r.space = true
				continue
			}
			if r.space && len(r.buf) > 0 {
				r.buf = append(r.buf, ' ')
			}
			r.space = false
			r.buf = append(r.buf, c)
			continue
		}
		ru, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(ru) {
			r.space = true
			continue
		}
		if ru == '\u200b' || ru == '\ufeff' || ru == '\u00ad' {
			continue
		}
		if r.space && len(r.buf) > 0 {
			r.buf = append(r.buf, ' ')
		}
		r.space = false
		r.buf = append(r.buf, s[i-size:i]...)
	}
}

func (r *renderer) render(n *node) {
	if n.isText {
		before := len(r.buf)
		r.text(n.text)
		if r.inLink > 0 {
			r.linked += len(r.buf) - before
		}
		return
	}
	if n.junk || !r.keep(n) {
		return
	}
	block := blockTags[n.tag]
	if block {
		r.flush()
	} else if n.tag == atom.Td || n.tag == atom.Th {
		// Cells of a row read as one line.
		r.space = true
	}
	if n.tag == atom.A {
		r.inLink++
	}
	for c := n.first; c != nil; c = c.next {
		r.render(c)
	}
	if n.tag == atom.A {
		r.inLink--
	}
	if block {
		r.flush()
	}
}

// keep decides whether an element inside the article container is part of
// the article.
func (r *renderer) keep(n *node) bool {
	if r.top[n] {
		return true
	}
	switch n.tag {
	case atom.H1:
		return false
	case atom.Figure, atom.Figcaption:
		// Pictures and their captions sit beside the text.
		return n.chars >= r.big
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return n.hint >= 0 && linkDensity(n) < 0.5
	case atom.A, atom.Span, atom.B, atom.I, atom.Em, atom.Strong, atom.Br, atom.Sup, atom.Sub, atom.Small, atom.U, atom.Abbr, atom.Cite, atom.Q, atom.Mark, atom.Time, atom.Font:
		return true
	}
	switch n.tag {
	case atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead, atom.Tfoot:
		// Rows and cells carry styling classes ("player-42", "odd");
		// the table as a whole is judged instead.
		return true
	}
	if n.chars >= r.big && n.hint > -2*hintWeight {
		return true
	}
	if n.hint < 0 {
		return false
	}
	switch n.tag {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Form, atom.Figure, atom.Dl, atom.Center, 0:
		return !looksLikeFurniture(n)
	}
	return true
}

// looksLikeFurniture applies readability's conditional cleaning: a box with
// few commas is dropped when its shape is that of a link list, an image
// strip or a form rather than of prose.
func looksLikeFurniture(n *node) bool {
	if n.commas >= 10 {
		return false
	}
	if n.chars == 0 {
		return n.nImg == 0 || n.nImg > 2
	}
	p, img, li, input := float64(n.nP), float64(n.nImg), float64(n.nLi)-100, float64(n.nInput)
	ld := linkDensity(n)
	switch {
	case img > 1 && p/img < 0.5:
		return true
	case n.tag != atom.Ul && n.tag != atom.Ol && li > p:
		return true
	case input > p/3:
		return true
	case n.chars < minParagraph && (img == 0 || img > 2) && n.nLi == 0:
		return true
	case n.hint < hintWeight && ld > 0.2:
		return true
	case n.hint >= hintWeight && ld > 0.5:
		return true
	case (n.nEmbed == 1 && n.chars < 75) || n.nEmbed > 1:
		return true
	}
	return false
}

// extractBody finds the article in the tree and returns its container
// (nil when there is none) and its paragraphs.
func extractBody(root *node) (*node, []string) {
	measure(root, false, make(map[string]uint8, 256))
	inherit(root, root.chars, false)
	s := &scorer{}
	s.vote(root)
	top, tops := s.best(root)
	if len(tops) == 0 {
		return nil, nil
	}
	r := &renderer{top: make(map[*node]bool, len(tops))}
	for _, t := range tops {
		r.top[t] = true
	}
	// Render the chosen boxes in document order.
	var walk func(n *node)
	walk = func(n *node) {
		for c := n.first; c != nil; c = c.next {
			if r.top[c] {
				r.big = max(c.chars/2, 1)
				r.render(c)
				continue
			}
			if !c.isText {
				walk(c)
			}
		}
	}
	if r.top[root] {
		r.big = max(root.chars/2, 1)
		r.render(root)
	} else {
		walk(root)
	}
	r.flush()
	return top, r.paras
}
