package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"parley"
)

// Plain text. Text dumps copied from a browser or a scraper carry the
// page's furniture as lines: a leftover of markup, the headline twice, a
// date line, a byline, photo credits. cleanText lifts the headline, date and
// byline into metadata, drops the rest of the furniture, and keeps the
// prose as paragraphs.

// textLine is one line of a plain-text document and what it was taken for.
type textLine struct {
	s     string
	block int // the index of its block of lines between blank lines
	keep  bool
}

// creditMarkers show a line to be a picture credit.
var creditMarkers = []string{
	"getty images", "/afp", "afp/", "afp via getty", "/reuters", "reuters/", "ap photo",
	"/ap", "epa/", "/epa", "shutterstock", "xinhua/", "/xinhua", "tass/", "/tass",
	"photo:", "photo by", "photograph:", "photograph by", "image:", "image credit",
	"picture:", "credit:", "foto:", "source:", "(photo", "(image", "file photo",
}

// extractText cleans a plain-text document.
func extractText(text string) (parley.Article, []string) {
	var a parley.Article
	lines := textLines(text)

	// The headline. The lines above it are the page's furniture
	// (mastheads, menus, advert slots) and go, once a date line or byline
	// among them has been read; the headline's repeats go wherever they
	// are.
	top := pickTextTitle(lines)
	if top >= 0 {
		a.Title = stripWirePrefix(lines[top].s)
		if t, ok := closingDate(a.Title); ok {
			// "Visit of External Affairs Minister to Sri Lanka (June 20,
			// 2024)": a release's title that carries its day
			a.Published, a.PublishedSource = t, parley.DateFromText
		}
		head := foldLine(lines[top].s)
		for j := range lines {
			if j == top || foldLine(lines[j].s) == head {
				lines[j].keep = false
			}
		}
	} else {
		// No headline: the furniture before the first paragraph goes
		// all the same.
		for j := 0; j < len(lines) && j < 16 && !isProseLine(lines[j].s); j++ {
			if isFurnitureLabel(lines[j].s) || navSegments(lines[j].s) == 2 {
				lines[j].keep = false
			}
		}
	}

	// The date line, bylines and credits, near the top where such
	// furniture lives; a date or "By" inside the prose stays prose.
	for i := 0; i < len(lines) && i <= max(top, 0)+12; i++ {
		l := &lines[i]
		above := i < top
		if above {
			l.keep = false
		} else if !l.keep {
			continue
		}
		if !headerLength(l.s) {
			continue // prose
		}
		if a.Published.IsZero() {
			if t, ok := parseTextDate(l.s); ok {
				a.Published, a.PublishedSource = t, parley.DateFromText
				l.keep = false
				continue
			}
		}
		if isDateline(l.s) {
			// "Ankara, 12 March 2024 (Anadolu Wire)" on a line of its
			// own: the place and day the story was filed, no byline.
			if d, ok := findTextDate(l.s); ok && a.Published.IsZero() {
				a.Published, a.PublishedSource = d.t, parley.DateFromText
			}
			if a.Dateline == "" {
				a.Dateline = datelinePlace(l.s)
			}
			l.keep = false
			continue
		}
		if name := issuerOf(l.s); name != "" {
			// "Statement by the Ministry for Europe and Foreign Affairs |
			// Paris, 23 September 2021": a government's own text, signed
			// by the body that issued it, not by a person.
			if a.SiteName == "" {
				a.SiteName = name
			}
			if d, ok := earliestTextDate(l.s); ok && a.Published.IsZero() {
				a.Published, a.PublishedSource = d.t, parley.DateFromText
			}
			if a.Dateline == "" {
				a.Dateline = barDateline(barSegments(l.s), false) // "… | Paris, 23 September 2021"
			}
			l.keep = false
			continue
		}
		if isByline(l.s) || isDateOrBylineLine(l.s) {
			// "By Our Correspondent" is a byline without a name; "By Ana
			// Lima | 3 June 2021" dates the story too.
			segs := barSegments(l.s)
			office := officeSegment(l.s) // "Asmara, 10 October 2024 — Office of the President of …"
			if office == "" {
				a.Authors = append(a.Authors, cleanAuthors([]string{strings.Join(segs, " | ")}, "")...)
			}
			if a.SiteName == "" {
				a.SiteName = outletSegment(l.s) // "The Honiara Tribune | Wednesday, 13 September 2006 | By …"
			}
			if a.SiteName == "" {
				a.SiteName = office
			}
			if a.Dateline == "" {
				a.Dateline = barDateline(segs, true) // "Nay Pyi Taw, 18 January 2020 | Ministry of …"
			}
			if d, ok := earliestTextDate(l.s); ok && a.Published.IsZero() {
				a.Published, a.PublishedSource = d.t, parley.DateFromText
			}
			l.keep = false
			continue
		}
		if a.Published.IsZero() {
			if d, ok := signedDate(l.s); ok {
				// "South Caucasus Security Programme, 5 August 2024",
				// "Press release, Office of the President, 28 June 2022"
				a.Published, a.PublishedSource = d.t, parley.DateFromText
				l.keep = false
				continue
			}
		}
		if isCredit(l.s) {
			l.keep = false
		}
	}
	// Credits further down, under pictures that are no longer there.
	for i := range lines {
		if lines[i].keep && utf8.RuneCountInString(lines[i].s) <= 120 && isCredit(lines[i].s) {
			lines[i].keep = false
		}
	}
	dropTextFurniture(lines)

	var paras []string
	for _, l := range lines {
		if l.keep && hasWord(l.s) {
			paras = append(paras, l.s)
		}
	}
	// Wire copy dates itself in the dateline that opens the first
	// paragraph; the year, which datelines leave out, may come from the
	// copyright notice at the end.
	if a.Published.IsZero() {
		if t, ok := datelineDate(paras, copyrightYear(lines)); ok {
			a.Published, a.PublishedSource = t, parley.DateFromText
		}
	}
	if a.PublishedSource == "" {
		a.PublishedSource = parley.DateFromNone
	}
	return a, paras
}

// barDateline returns the place named by the first label of a bar that
// is a dateline ("… | Paris, 23 September 2021"); with placed, a label
// that is a day after a short place ("Nay Pyi Taw, 18 January 2020")
// counts too when the bar has other labels.
func barDateline(segs []string, placed bool) string {
	for _, seg := range segs {
		seg = strings.TrimSpace(seg)
		if p := datelinePlace(seg); p != "" {
			return p
		}
		if placed && len(segs) > 1 {
			if p := placedDate(seg); p != "" {
				return p
			}
		}
	}
	return ""
}

// closingDate reads a date that closes a line: set in parentheses
// ("Visit of External Affairs Minister to Sri Lanka (June 20, 2024)") or
// after "on", a comma, a colon or a dash ("Foreign Ministry Spokesperson's
// Regular Press Conference on June 4, 2024", "PM meeting with President
// of the European Commission: 27 February 2023").
func closingDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if open := strings.LastIndexByte(s, '('); strings.HasSuffix(s, ")") && open > 0 {
		return parseTextDate(s[open+1 : len(s)-1])
	}
	for _, sep := range []string{" on ", ", ", ": ", " – ", " — ", " - "} {
		i := strings.LastIndex(s, sep)
		if i <= 0 {
			continue
		}
		if t, ok := parseTextDate(s[i+len(sep):]); ok && hasYear(s[i+len(sep):]) { // (not "… on Friday")
			return t, true
		}
	}
	return time.Time{}, false
}

// textLines splits a plain-text document into lines, dropping markup
// remnants. Hard-wrapped text (many short lines to a block) is joined back
// into paragraphs; otherwise every line is a paragraph, as in text copied
// from a browser.
func textLines(text string) []textLine {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	raw := strings.Split(text, "\n")
	var lines []textLine
	wrapped := isHardWrapped(raw)
	var block []string
	blocks := 0
	flush := func() {
		if len(block) == 0 {
			return
		}
		if wrapped {
			lines = append(lines, textLine{s: strings.Join(block, " "), block: blocks, keep: true})
		} else {
			for _, l := range block {
				lines = append(lines, textLine{s: l, block: blocks, keep: true})
			}
		}
		blocks++
		block = block[:0]
	}
	for _, l := range raw {
		l = collapseSpace(l)
		if l == "" {
			flush()
			continue
		}
		if isMarkupRemnant(l) {
			continue
		}
		block = append(block, l)
	}
	flush()
	return lines
}

// datelineDate reads the publication day from a wire dateline at the head
// of one of the first paragraphs. A dateline without a year gives a date
// only when year (from elsewhere in the document) is known.
func datelineDate(paras []string, year int) (time.Time, bool) {
	for i, p := range paras {
		if i >= 3 {
			break
		}
		y, m, d, ok := wireDateline(p)
		if !ok {
			continue
		}
		if y == 0 {
			y = year
		}
		if y == 0 {
			return time.Time{}, false
		}
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		return t, t.Day() == d
	}
	return time.Time{}, false
}

// DatelineDay returns the day a wire dateline opening text gives ("JAKARTA,
// July 29 (Bernama) --"), read in published's year, when it falls in the
// three days up to published: the day the dispatch was filed, which its
// "today" and "yesterday" count from though the page came out later.
func DatelineDay(text string, published time.Time) (time.Time, bool) {
	if published.IsZero() {
		return time.Time{}, false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	y, m, d, ok := wireDateline(first)
	if !ok {
		return time.Time{}, false
	}
	if y == 0 {
		y = published.Year()
		if m > published.Month() {
			y-- // "Dec 31" in a page of January 1
		}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	day := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.After(day) || day.Sub(t) > 3*24*time.Hour {
		return time.Time{}, false
	}
	return t, true
}

// isHardWrapped reports whether the text breaks its paragraphs into short
// lines, as e-mail and wire copy do: most lines of similar, modest length in
// blocks of several lines.
func isHardWrapped(raw []string) bool {
	var n, short, inBlock, blocks int
	prevBlank := true
	for _, l := range raw {
		l = strings.TrimSpace(l)
		if l == "" {
			prevBlank = true
			continue
		}
		if prevBlank {
			blocks++
		}
		prevBlank = false
		n++
		if k := utf8.RuneCountInString(l); k >= 40 && k <= 90 {
			short++
		}
		inBlock++
	}
	return n >= 6 && short*10 >= n*7 && inBlock >= 3*blocks
}

// isMarkupRemnant reports whether a line is a leftover of HTML rather than
// text: a comment fragment, or nothing but tags.
func isMarkupRemnant(l string) bool {
	if strings.Contains(l, "<!--") || strings.Contains(l, "-->") || strings.HasPrefix(l, "!--") {
		return true
	}
	if strings.HasPrefix(l, "<") && strings.HasSuffix(l, ">") {
		// Everything outside <…> is white space.
		depth, text := 0, false
		for _, r := range l {
			switch {
			case r == '<':
				depth++
			case r == '>':
				if depth > 0 {
					depth--
				}
			case depth == 0 && !unicode.IsSpace(r):
				text = true
			}
		}
		return !text
	}
	return false
}

// outletSegment returns the part of a bar of labels ("The Honiara
// Tribune | Wednesday, 13 September 2006 | By Tribune political
// reporter") that names the paper: a few capitalised words, one of them
// a word papers and agencies call themselves by; "" when none does.
func outletSegment(l string) string {
	if !strings.Contains(l, "|") {
		return ""
	}
	for _, seg := range strings.Split(l, "|") {
		seg = strings.TrimSpace(seg)
		words := strings.Fields(seg)
		if len(words) == 0 || len(words) > 6 || isByline(seg) || isDateline(seg) || hasYear(seg) {
			continue
		}
		named := false
		for _, w := range words {
			if lw := strings.ToLower(w); lw == "release" || lw == "statement" || lw == "readout" || lw == "briefing" {
				named = false // "Press Release": a kind of text, not its issuer
				break
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && w != "of" && w != "the" {
				named = false
				break
			}
			named = named || outletWords[strings.ToLower(w)]
		}
		if named {
			return seg
		}
	}
	return ""
}

// outletWords are the words papers, broadcasters and agencies name
// themselves with.
var outletWords = map[string]bool{"tribune": true, "times": true, "post": true, "herald": true, "news": true,
	"daily": true, "gazette": true, "star": true, "guardian": true, "observer": true, "journal": true,
	"chronicle": true, "nation": true, "standard": true, "express": true, "monitor": true, "telegraph": true,
	"courier": true, "sun": true, "globe": true, "inquirer": true, "mirror": true, "dispatch": true,
	"citizen": true, "examiner": true, "bulletin": true, "advocate": true, "pioneer": true, "gleaner": true,
	"wire": true, "agency": true, "press": true, "radio": true, "television": true, "broadcasting": true}

func isByline(l string) bool {
	ll := strings.ToLower(l)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(ll, p) {
			return len(cleanAuthors([]string{l}, "")) > 0
		}
	}
	return false
}

func isCredit(l string) bool {
	ll := strings.ToLower(l)
	for _, m := range creditMarkers {
		if strings.Contains(ll, m) {
			// A credit is a label, not a sentence.
			return len(strings.Fields(l)) <= 15
		}
	}
	return false
}

func endsWithStop(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’)» "))
	return r == '.' || r == '!' || r == '?' || r == '。' || r == '！' || r == '？'
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// collapseSpace trims s and turns each run of white space into one space,
// dropping zero-width characters.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad' || unicode.IsControl(r):
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// issuerKinds open the heading line of an official text.
var issuerKinds = []string{"statement by ", "statement of ", "statement from ", "press release by ", "press release of ",
	"press release from ", "press statement by ", "readout by ", "readout from ", "readout of ", "communiqué of ",
	"communique of ", "news release by ", "news release from ", "from: ",
	"press release, ", "news release, ", "press statement, ", "statement, "}

// issuerOf returns the body a short heading line names as the text's
// issuer ("Statement by the Ministry for Europe and Foreign Affairs |
// Paris, 23 September 2021" → "Ministry for Europe and Foreign Affairs"),
// or "" when the line is no such heading.
func issuerOf(line string) string {
	if utf8.RuneCountInString(line) > 160 || endsWithStop(line) {
		return ""
	}
	if name := issuerPart(line); name != "" {
		return name
	}
	if name := sentencedHeading(line); name != "" {
		return name
	}
	return officeHeading(line)
}

// issuerPart reads an issuer's heading at the start of the line, else at
// the start of a later part split by bars: "Press release | From: Prime
// Minister's Office, 10 Downing Street | Published 24 December 2020".
func issuerPart(line string) string {
	if name := issuerHeading(line); name != "" {
		return name
	}
	parts := strings.Split(line, " | ")
	for _, p := range parts[1:] {
		if name := issuerHeading(strings.TrimSpace(p)); name != "" {
			return name
		}
	}
	return ""
}

// issuerHeading reads a heading that opens with an issuer's kind
// ("Statement by …", "From: …") and returns the body it names, or "".
func issuerHeading(line string) string {
	low := strings.ToLower(line)
	for _, k := range issuerKinds {
		if !strings.HasPrefix(low, k) {
			continue
		}
		rest := line[len(k):]
		if k == "from: " {
			// "From: Prime Minister's Office, 10 Downing Street": GOV.UK
			// names the issuing offices, a comma between them
			rest = strings.TrimSpace(rest)
			if n := wordCount(rest); n == 0 || n > 16 || !unicode.IsUpper([]rune(rest)[0]) {
				return ""
			}
			return rest
		}
		if i := strings.IndexAny(rest, "|,–—("); i >= 0 {
			rest = rest[:i]
		}
		rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "the "))
		if n := wordCount(rest); n == 0 || n > 12 || !unicode.IsUpper([]rune(rest)[0]) {
			return ""
		}
		return rest
	}
	return ""
}

// sentencedHeading reads a heading of two short parts split by a full
// stop, one of them opening with an issuer's kind ("La Moncloa,
// Government of Spain. Press release, Office of the President of the
// Government"): the offices of both, joined by commas.
func sentencedHeading(line string) string {
	first, second, ok := strings.Cut(line, ". ")
	first = strings.TrimSpace(first)
	if !ok || first == "" || strings.Contains(second, ". ") || wordCount(first) > 8 || !unicode.IsUpper([]rune(first)[0]) {
		return "" // (and not a line that opens with its full stop: ". Press release, …")
	}
	low := strings.ToLower(second)
	for _, k := range issuerKinds {
		if strings.HasSuffix(k, ", ") && strings.HasPrefix(low, k) {
			// the whole list after the kind, not only its first office
			return first + ", " + strings.TrimSpace(second[len(k):])
		}
	}
	if name := issuerOf(second); name != "" {
		return first + ", " + name
	}
	return ""
}

// officeHeading returns the offices a letterhead line names, joined by
// commas ("Élysée Palace — Office of the President of the Republic —
// Press service" → "Élysée Palace, Office of the President of the
// Republic, Press service"), or "": a line of two to four short
// capitalised parts between dashes or bars, one of them an office of
// government. A wire's "Associated Press | Washington" names no office.
func officeHeading(line string) string {
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '—' || r == '–' || r == '|' })
	if len(parts) == 1 {
		// "Ministry of Foreign Affairs and International Trade, Republic
		// of Zimbabwe": an office and the state it serves, after a comma
		if office, state, ok := strings.Cut(line, ", "); ok && stateHeading(state) {
			parts = []string{office, state}
		}
	}
	if len(parts) < 2 || len(parts) > 4 {
		return ""
	}
	office, kind, title := false, -1, -1
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if n := wordCount(p); n == 0 || n > 9 || !unicode.IsUpper([]rune(p)[0]) || strings.Contains(p, ":") {
			return "" // (not a record's "Document type: readout | Issuer: …")
		}
		low := strings.ReplaceAll(strings.ToLower(p), "’", "'") // "Prime Minister’s Office", typeset
		for _, w := range officeWords {
			if strings.Contains(low, w) {
				office = true
			}
		}
		if documentKinds[low] {
			kind = i
		}
		for _, w := range officeTitles {
			if strings.HasPrefix(low, w) && title < 0 {
				title = i
			}
		}
		parts[i] = p
	}
	if !office && kind >= 0 && title >= 0 {
		// "Media statement | Prime Minister of Australia | Canberra, 25
		// November 2021": the office holder's own text, issued in the
		// name of the office.
		return parts[title]
	}
	if !office {
		return ""
	}
	return strings.Join(parts, ", ")
}

// documentKinds are the bare names of a government's kinds of text that
// open a heading: "Media statement | …".
var documentKinds = map[string]bool{"media statement": true, "media release": true, "press release": true, "press statement": true,
	"statement": true, "joint statement": true, "readout": true, "news release": true, "communiqué": true, "communique": true}

// officeTitles open an office named by its holder's title, which issues
// texts in a heading beside a document kind: "Prime Minister of Australia".
var officeTitles = []string{"prime minister of ", "president of ", "minister for ", "minister of ", "secretary of state for ", "chancellor of "}

// stateHeading reports whether a letterhead's part names a state in its
// formal style: "Republic of Zimbabwe", "Government of the Republic of
// Kenya", "Kingdom of Eswatini".
func stateHeading(p string) bool {
	low := strings.ToLower(strings.TrimSpace(p))
	for _, w := range []string{"republic of ", "government of ", "kingdom of ", "state of ", "commonwealth of ", "sultanate of ", "principality of "} {
		if strings.HasPrefix(low, w) || strings.HasPrefix(low, "the "+w) {
			return wordCount(p) <= 9 && !strings.ContainsAny(p, ".;:")
		}
	}
	return strings.HasSuffix(low, " republic") && wordCount(p) <= 5 // "Kyrgyz Republic"
}

// officeSegment returns the part of a bar of labels that names an office
// of government, without a document kind after it ("Dhaka, 15 March 2012
// — Ministry of Foreign Affairs, Government of Bangladesh, Press Release"
// → "Ministry of Foreign Affairs, Government of Bangladesh"), or "".
func officeSegment(line string) string {
	for _, seg := range barSegments(line) {
		seg = strings.TrimSpace(seg)
		if seg == "" || hasYear(seg) || isDateline(seg) || wordCount(seg) > 16 || !unicode.IsUpper([]rune(seg)[0]) {
			continue
		}
		if i := strings.LastIndex(seg, ", "); i >= 0 && documentKinds[strings.ToLower(seg[i+2:])] {
			seg = seg[:i]
		}
		low := strings.ReplaceAll(strings.ToLower(seg), "’", "'")
		for _, w := range officeWords {
			if strings.Contains(low, w) {
				return seg
			}
		}
	}
	return ""
}

// officeWords mark a part of a letterhead as an office of government.
var officeWords = []string{"office of", "press service", "press office", "press secretary", "presidency", "ministry",
	"chancellery", "palace", "prime minister's office", "president's office"}
