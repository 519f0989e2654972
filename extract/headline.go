package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headlines. A text dump gives no markup to say which line is the
// headline, and the lines above it are often the page's masthead, menus
// and advert slots. pickTextTitle scores the first lines by the shape of a
// headline. An HTML page says it three ways (the visible <h1>, og:title and
// the like, JSON-LD); pickHTMLTitle prefers what readers see.

// pickTextTitle returns the index of the headline among the first lines of
// a text dump, or -1. Candidates are the lines before the body starts; the
// best scores highest by these signs: the line is repeated (dumps copy the
// headline twice), a date line, byline or standfirst follows it, it has
// the length and case of a headline, and it is not a menu, a masthead, an
// advert label or a date.
func pickTextTitle(lines []textLine) int {
	// The first lines folded once, for the repeat tests.
	folded := make([]string, min(len(lines), 40))
	for j := range folded {
		folded[j] = foldLine(lines[j].s)
	}
	best, bestScore := -1, 0
	for i := 0; i < len(lines) && i < 16; i++ {
		if isProseLine(lines[i].s) || i > 0 && endsWithStop(lines[i].s) && wordCount(lines[i].s) >= 8 && !strings.HasSuffix(strings.TrimSpace(lines[i].s), ":") {
			break // the body has begun (a sentence: the headlines of other stories below it are no title)
		}
		if s := titleScore(lines, folded, i); s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// isProseLine reports a line that reads as a paragraph of the body: a
// long sentence, or long anyway.
func isProseLine(l string) bool {
	n := utf8.RuneCountInString(l)
	return n > 250 || n > 120 && endsWithStop(l) && wordCount(l) >= 20
}

// titleScore rates line i as a headline; 0 or less rules it out. folded
// holds the first lines as foldLine gives them.
func titleScore(lines []textLine, folded []string, i int) int {
	l := lines[i].s
	runes, words := utf8.RuneCountInString(l), wordCount(l)
	if runes > 250 || !hasWord(l) || words < 2 && runes < 8 {
		return 0
	}
	fl := folded[i]
	repeated := false
	for j, f := range folded {
		if j != i && f == fl {
			repeated = true
			break
		}
	}
	if !repeated && strings.HasSuffix(strings.TrimRight(strings.TrimSpace(l), "'’\"”»)"), ".") {
		return 0 // a sentence, also one that ends a quotation: "… at all.’"
	}
	if isFurnitureLabel(l) || isByline(l) || isCredit(l) || isCopyright(l) {
		return 0
	}
	if _, ok := parseTextDate(l); ok || isDateline(l) {
		return 0
	}
	score := 1
	if repeated {
		score += 4
	}
	switch {
	case words >= 5 && words <= 25:
		score++
	case words <= 2:
		score -= 2
	}
	switch {
	case !hasLower(l):
		score-- // a masthead or section label in capitals, or a loud headline
	case words <= 4 && allCapitalised(l):
		// "Harbour Daily": a name, not a sentence
	default:
		score++
	}
	switch navSegments(l) {
	case 0:
	case 1:
		score -= 3 // "Outlet :: Section", "Outlet - Edition"
	default:
		return 0 // a menu
	}
	// What follows a headline: its repeat, a standfirst, a date line, a
	// byline, a credit, or the first paragraph.
	for j := i + 1; j < len(lines) && j <= i+2; j++ {
		n := lines[j].s
		if j < len(folded) && folded[j] == fl {
			continue
		}
		if _, ok := parseTextDate(n); ok || isDateline(n) || isByline(n) || isProseLine(n) || wordCount(n) >= 6 && !endsWithStop(n) {
			score++
		}
		break
	}
	return score
}

// foldLine is a line as compared for repeats: lower case, single spaces,
// no punctuation at the ends.
func foldLine(s string) string {
	return normPara(singleSpaced(s))
}

// singleSpaced is strings.Join(strings.Fields(s), " "), returning s
// itself when it is already so (most lines are).
func singleSpaced(s string) string {
	clean, prevSpace := true, true // a leading space is not clean either
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			clean = false
			break
		}
		prevSpace = space
	}
	if clean && !prevSpace || s == "" {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for w := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// allCapitalised reports whether every word that starts with a letter
// starts with a capital.
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// navSeparators divide the items of menus, breadcrumbs and mastheads; no
// headline uses them.
var navSeparators = []string{"|", " › ", " » ", " :: ", " > ", " / ", " · ", " • "}

// dashSeparators divide menu items too, but also clauses of headlines,
// so they count only between short items.
var dashSeparators = []string{" — ", " – ", " - "}

// navSegments tells how much a line looks like navigation: 0 not at all,
// 1 for one separator between short items ("Outlet :: Section"), 2 for a
// menu or breadcrumb trail of three or more short items, or label: value
// pairs.
func navSegments(l string) int {
	for _, sep := range navSeparators {
		if parts := strings.Split(l, sep); len(parts) > 1 {
			if len(parts) >= 3 || strings.Count(l, ":") >= 2 {
				return 2
			}
			return 1
		}
	}
	for _, sep := range dashSeparators {
		parts := strings.Split(l, sep)
		if len(parts) < 2 {
			continue
		}
		for _, p := range parts {
			if wordCount(p) > 4 {
				return 0
			}
		}
		if len(parts) >= 3 {
			return 2
		}
		return 1
	}
	return 0
}

// uiPhrases are the words of buttons and links that scrapes keep:
// "Skip to main content", "Sign in", "Today's e-Edition".
var uiPhrases = []string{
	"skip to", "sign in", "log in", "login", "sign up", "subscribe", "e-edition",
	"e-paper", "epaper", "newsletter", "cookie", "javascript", "advert", "menu",
	"search", "accept all", "open in app", "listen to this", "min read", "minute read",
}

// isFurnitureLabel reports a short line that names furniture rather than
// says anything: a boilerplate label, a bracketed tag ("[ad-slot: top]",
// "[Outlet] [E-Paper]"), a button's words, a link address.
func isFurnitureLabel(l string) bool {
	n := normPara(l)
	if boilerplate[n] {
		return true
	}
	t := strings.TrimSpace(l)
	if strings.HasPrefix(t, "[") || strings.HasPrefix(t, "((") {
		return true
	}
	if strings.Contains(t, "://") || strings.HasPrefix(n, "www.") {
		return true
	}
	if wordCount(l) <= 8 {
		for _, p := range uiPhrases {
			if strings.Contains(n, p) {
				return true
			}
		}
	}
	return false
}

// wireTags are the slugs news agencies put before a headline, joined to it
// by a hyphen and often numbered: "UPDATE 2-", "BRIEF-", "CORRECTED-".
var wireTags = []string{
	"UPDATE", "BRIEF", "WRAPUP", "REFILE", "RPT", "REPEAT", "CORRECTED", "CORRECTION",
	"EXCLUSIVE", "FACTBOX", "ANALYSIS", "INSIGHT", "FOCUS", "TIMELINE", "EXPLAINER",
	"PREVIEW", "INTERVIEW", "NEWSMAKER", "SCENARIOS", "POLL", "COLUMN", "FEATURE",
	"BREAKINGVIEWS", "URGENT", "FLASH", "BREAKING", "HIGHLIGHTS", "WIDER IMAGE",
	"GLOBAL MARKETS", "DIARY", "SNAPSHOT", "TAKE A LOOK", "QUOTEBOX", "INSTANT VIEW",
}

// stripWirePrefix removes agency slugs from the start of a headline,
// however many there are ("CORRECTED-UPDATE 1-"). A slug must be one of
// the known tags in capitals, perhaps numbered, and the hyphen must touch
// the headline, so that "US-China talks" and "UPDATE - later" stay whole.
func stripWirePrefix(t string) string {
	for {
		rest, ok := cutWireTag(t)
		if !ok {
			return t
		}
		t = rest
	}
}

func cutWireTag(t string) (string, bool) {
	for _, tag := range wireTags {
		if !strings.HasPrefix(t, tag) {
			continue
		}
		rest := t[len(tag):]
		// An optional number: "UPDATE 2-".
		if len(rest) > 1 && rest[0] == ' ' && isDigit(rest[1]) {
			j := 1
			for j < len(rest) && isDigit(rest[j]) {
				j++
			}
			rest = rest[j:]
		}
		if len(rest) < 2 || rest[0] != '-' || rest[1] == ' ' || rest[1] == '-' {
			continue
		}
		return strings.TrimSpace(rest[1:]), true
	}
	return t, false
}

// pickHTMLTitle chooses a page's headline. The visible <h1> of the article
// wins when it reads as a headline: it is what readers see, where og:title
// and JSON-LD often carry a version written for sharing or search. An <h1>
// that is the site's name or a section label, or that shares no word with
// any title the page declares, gives way to the declared titles; so does a
// short <h1> unless a declared title begins with it.
func pickHTMLTitle(h1, site string, declared ...string) string {
	h := clean(h1, 400)
	if h != "" && !isFurnitureLabel(h) {
		// A short headline ("About bugs") is taken when a declared title
		// begins with it and goes on with no more than a site name; an
		// <h1> that opens "Outlet - A long headline" is the outlet.
		for _, d := range declared {
			if len(d) >= len(h) && strings.EqualFold(d[:len(h)], h) && !strings.EqualFold(h, site) &&
				wordCount(strings.Trim(d[len(h):], " |-–—:·•»")) <= 4 {
				return h
			}
		}
	}
	if headlineLike(h, site) {
		agrees, any := false, false
		for _, d := range declared {
			if d = strings.TrimSpace(d); d == "" {
				continue
			}
			any = true
			if sharesWord(h, d) {
				agrees = true
				break
			}
		}
		if agrees || !any {
			return h
		}
	}
	return firstNonEmpty(declared...)
}

// headlineLike reports whether an <h1> reads as an article's headline
// rather than a site or section name.
func headlineLike(h, site string) bool {
	if h == "" || utf8.RuneCountInString(h) > 300 {
		return false
	}
	if site != "" && (strings.EqualFold(h, site) || strings.EqualFold(strings.ReplaceAll(h, " ", ""), strings.ReplaceAll(site, " ", ""))) {
		return false
	}
	if isFurnitureLabel(h) {
		return false
	}
	words := wordCount(h)
	if words >= 3 {
		return true
	}
	// Scripts without spaces write a headline as one or two "words".
	r, _ := utf8.DecodeRuneInString(h)
	return !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Cyrillic, r) && !unicode.Is(unicode.Greek, r) && utf8.RuneCountInString(h) >= 8
}

// sharesWord reports whether two titles have a word of four or more
// letters in common (or, for scripts without spaces, a run of three
// characters).
func sharesWord(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	split := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(la, split) {
		if utf8.RuneCountInString(w) >= 4 {
			seen[w] = true
		}
	}
	for _, w := range strings.FieldsFunc(lb, split) {
		if seen[w] {
			return true
		}
	}
	ra := []rune(la)
	for i := 0; i+3 <= len(ra); i++ {
		if ra[i] > unicode.MaxLatin1 && !unicode.IsSpace(ra[i]) && strings.Contains(lb, string(ra[i:i+3])) {
			return true
		}
	}
	return false
}
