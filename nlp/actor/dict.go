package actor

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley"
	"parley/kb"
	"parley/nlp/token"
)

// target is one thing a dictionary entry can mean.
type target struct {
	entity *kb.Entity
	via    parley.MentionVia
	// full is a person's canonical name as normalised tokens, read once
	// here so that a match by an alias can see whether the text goes on
	// with the rest of it (restOfName); nil for others.
	full []string
}

// entry is one name of the dictionary, as normalised tokens.
type entry struct {
	toks []string
	// exact, when set, is the case-sensitive form the text must have:
	// acronyms like "US", "WHO" and "UN" collide with common words.
	exact []string
	// capital marks the words after the first that every name of the
	// entry writes capitalised and that are common words in lower case:
	// written in lower case they are no part of the name ("Norway and
	// Russia today reached agreement" is not "Russia Today").
	capital []bool
	targets []target
}

// dictionary finds knowledge-base names in token streams: longest match
// first, on token boundaries, in time linear in the number of tokens.
type dictionary struct {
	byFirst map[string][]*entry // keyed by the first normalised token; longest first
	maxLen  int
	// fullNames holds each person's canonical name as normalised tokens,
	// read once however many of the person's names are added.
	fullNames map[*kb.Entity][]string
}

func newDictionary() *dictionary {
	return &dictionary{byFirst: map[string][]*entry{}, fullNames: map[*kb.Entity][]string{}}
}

// add registers name as a way to refer to e.
func (d *dictionary) add(name string, e *kb.Entity, via parley.MentionVia) {
	toks := token.Tokenize(name)
	if len(toks) == 0 {
		return
	}
	norms := make([]string, len(toks))
	for i, t := range toks {
		norms[i] = t.Norm
		if t.Kind == token.Punct {
			norms[i] = t.Text
		}
	}
	var exact []string
	if isAcronym(name) || lowerWithCapital(name) || particleName(name) || lowerCompound(name) {
		exact = make([]string, len(toks))
		for i, t := range toks {
			exact[i] = t.Text
		}
	}
	capital := make([]bool, len(toks))
	for i, t := range toks {
		capital[i] = i > 0 && t.Kind == token.Word && t.Upper && commonWords[t.Norm]
	}
	key := norms[0]
	for _, en := range d.byFirst[key] {
		if equal(en.toks, norms) && equal(en.exact, exact) {
			for i := range en.capital {
				en.capital[i] = en.capital[i] && capital[i] // lenient when names differ in case
			}
			for _, t := range en.targets {
				if t.entity == e {
					return
				}
			}
			en.targets = append(en.targets, d.newTarget(e, via))
			return
		}
	}
	d.byFirst[key] = append(d.byFirst[key], &entry{toks: norms, exact: exact, capital: capital, targets: []target{d.newTarget(e, via)}})
	d.maxLen = max(d.maxLen, len(norms))
}

// newTarget makes the target of a name that refers to e, with a person's
// full name read ahead.
func (d *dictionary) newTarget(e *kb.Entity, via parley.MentionVia) target {
	t := target{entity: e, via: via}
	if e.Kind != kb.KindPerson || via == parley.ViaSurname {
		return t
	}
	full, ok := d.fullNames[e]
	if !ok {
		for _, w := range token.Tokenize(e.Name) {
			full = append(full, w.Norm)
		}
		d.fullNames[e] = full
	}
	t.full = full
	return t
}

// finish sorts each bucket longest first so the first hit is the longest.
func (d *dictionary) finish() {
	for _, list := range d.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].toks) > len(list[j].toks) })
	}
}

// match returns the longest entry that matches toks at i, or nil.
func (d *dictionary) match(toks []token.Token, i int) *entry {
	if i < 0 || i >= len(toks) {
		return nil // callers look one past a name's end: there may be none
	}
	t := &toks[i]
	key := t.Norm
	if t.Kind == token.Punct {
		key = t.Text
	}
	for _, en := range d.byFirst[key] {
		if i+len(en.toks) > len(toks) || !matches(en, toks[i:i+len(en.toks)]) && !titleAcronym(en, toks, i) && !quotedLowerCase(en, toks, i) {
			continue
		}
		if end := i + len(en.toks); articleBeforeName(toks[i:end]) && nameGoesOn(toks, end) {
			continue // "the Alliance of Sahel States", "the Union of South American Nations": a longer name
		}
		return en
	}
	return nil
}

// titleAcronym accepts an acronym of four or more letters written as a
// word, as British outlets do ("Nato", "Opec", "Unesco"), unless the word
// sits in a run of capitalised words, where it is more likely a name
// ("Rand Paul", "Ayn Rand").
func titleAcronym(en *entry, toks []token.Token, i int) bool {
	if en.exact == nil || len(en.toks) != 1 || len(en.exact[0]) < 4 {
		return false
	}
	t := &toks[i]
	if t.Kind != token.Word || len(t.Text) != len(en.exact[0]) || t.Text[:1] != en.exact[0][:1] || t.Text[1:] != strings.ToLower(en.exact[0][1:]) {
		return false
	}
	if i > 0 && toks[i-1].Kind == token.Word && toks[i-1].Upper && !toks[i].NewlineBefore && !toks[i-1].Is("the", "a", "an") {
		return false
	}
	if n := i + 1; n < len(toks) && toks[n].Kind == token.Word && toks[n].Upper && !toks[n].NewlineBefore &&
		!personTitles[toks[n].Norm] && !orgHeads[toks[n].Norm] && !titleWords[toks[n].Norm] {
		return false
	}
	return true
}

// quotedLowerCase accepts a body's name written in lower case between
// quotation marks, as some state media write a movement they do not
// recognise (the "polisario"): the marks show it is a name.
func quotedLowerCase(en *entry, toks []token.Token, i int) bool {
	end := i + len(en.toks)
	if i == 0 || end >= len(toks) || !quoteMarks[toks[i-1].Text] || !quoteMarks[toks[end].Text] || !en.bodiesOnly() {
		return false
	}
	for k, want := range en.toks {
		if t := &toks[i+k]; t.Norm != want || t.Kind != token.Word || k > 0 && t.NewlineBefore {
			return false
		}
	}
	return true
}

func matches(en *entry, toks []token.Token) bool {
	for k, want := range en.toks {
		t := &toks[k]
		got := t.Norm
		if t.Kind == token.Punct {
			got = t.Text
		}
		if got != want {
			return false
		}
		if k > 0 && t.NewlineBefore {
			return false // names do not run across lines
		}
		if en.exact != nil && t.Text != en.exact[k] && !(k == 0 && t.Text == capitalised(en.exact[0])) {
			return false // (a lower-case name may open a sentence: "Al-Shabaab fighters …")
		}
		if en.capital[k] && !t.Upper && toks[0].Upper {
			return false // "Russia today", "the Times of India said today": a common word, not the name's
		}
	}
	// A name must be written as a name: capitalised first word (scripts
	// without case pass), so "china" the porcelain or "turkey" the bird
	// do not match.
	return toks[0].Kind != token.Word || toks[0].Upper || en.exact != nil || articleBeforeName(toks) && en.bodiesOnly()
}

// bodiesOnly reports whether every meaning of the entry is an
// organisation: states and seats named with "the" ("the Gambia", "the
// Kremlin") are found by their names without it.
func (en *entry) bodiesOnly() bool {
	for _, t := range en.targets {
		if t.entity.Kind != kb.KindOrganization {
			return false
		}
	}
	return true
}

// articleBeforeName reports whether a name the knowledge base writes with
// its article ("the Commonwealth") opens with "the" in lower case, as it
// does mid-sentence: "suspended from the Commonwealth".
// A body named by its kind alone ("the Commission", "the Alliance") is
// left to the capitalised article that opens a sentence: mid-sentence it
// is as often another commission or alliance of the story.
func articleBeforeName(toks []token.Token) bool {
	return len(toks) > 1 && toks[0].Text == "the" && toks[1].Upper && !(len(toks) == 2 && orgHeads[toks[1].Norm])
}

// capitalised returns s with its first letter in upper case: "al-Shabaab"
// → "Al-Shabaab".
func capitalised(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// particleName reports whether a name opens with a lower-case particle
// before a capitalised word ("de Villepin", "von der Leyen"): written so,
// it is matched as written, mid-sentence too ("said Mr de Villepin").
func particleName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || !particles[f[0]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsUpper(r)
}

// lowerCompound reports whether a name opens with a hyphenated word in
// lower case ("anti-balaka", "anti-balaka fighters"): news writes it so
// mid-sentence, and no common word is written so.
func lowerCompound(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	r, _ := utf8.DecodeRuneInString(first)
	return unicode.IsLower(r) && strings.Contains(first, "-")
}

// lowerWithCapital reports whether a name is one word that starts in
// lower case but holds a capital ("one-China"): written so, it is matched
// only as written. ("the Kremlin" is two words, and "The Kremlin" too.)
func lowerWithCapital(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsLower(r) && strings.IndexFunc(name, unicode.IsUpper) > 0 && !strings.ContainsRune(name, ' ')
}

// isAcronym reports whether a name is short and all capitals ("US", "U.S.",
// "WHO", "EU", "NATO"): such names must match case exactly.
func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0 && letters <= 6
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// surname returns how news refers to a person by one name: the family name,
// which comes first in Chinese, Korean and some other names and last in most
// others, with particles such as "von der" or "al-" kept.
func surname(e *kb.Entity) string {
	parts := strings.Fields(e.Name)
	for len(parts) > 1 && (nameSuffixes[strings.ToLower(strings.TrimSuffix(parts[len(parts)-1], "."))] || regnalNumber(parts[len(parts)-1])) {
		parts = parts[:len(parts)-1]
	}
	if len(parts) < 2 {
		return ""
	}
	// Family name first, unless the first word is an English given name,
	// as many Hong Kong and Taiwan officials use ("John Lee", "Carrie Lam").
	if first := strings.ToLower(parts[0]); familyFirst[e.Country] && (!givenNames[first] || eastAsianFamilies[first]) {
		return parts[0]
	}
	last := len(parts) - 1
	for last > 1 && particles[strings.ToLower(parts[last-1])] {
		last--
	}
	return strings.Join(parts[last:], " ")
}

// familyFirst lists states whose people are named family name first in
// English-language news.
var familyFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true,
	"PRK": true, "SGP": true, "KHM": true, "MNG": true}

// eastAsianFamilies are family names that the given-name list also holds,
// as Western given names ("Kim", "Lee", "Wang"): in a Chinese or Korean
// name they come first and are the family name.
var eastAsianFamilies = set("wang", "yang", "wei", "wen", "chen", "zhang", "liu", "cheng", "jin", "kim", "lee",
	"shin", "hong", "li", "lin", "han", "song", "park", "moon", "yoon")

var nameSuffixes = set("jr", "sr", "ii", "iii", "iv")

// regnalNumber reports whether w is a Roman numeral in capitals, as a
// monarch's name ends ("Frederik X", "Mohammed VI"): no family name, so
// "wrote on X" names no king.
func regnalNumber(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return true
}

var particles = set("von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "al",
	"el", "bin", "ibn", "dos", "das", "ter", "ten", "zu")

// commonWords are words that also stand in names of outlets and bodies
// ("Russia Today", "China Daily", "Voice of America") but in lower case
// are only themselves. A name's capitalised word from this list must be
// capitalised in the text too.
var commonWords = map[string]bool{"today": true, "daily": true, "now": true, "times": true, "post": true, "news": true,
	"voice": true, "world": true, "weekly": true, "herald": true, "star": true, "sun": true, "mail": true, "press": true,
	"tribune": true, "nation": true, "standard": true, "independent": true, "guardian": true, "observer": true}

// nameGoesOn reports whether the name that ends before token i goes on:
// a capitalised word or "of" follows on the same line ("the Commonwealth
// of Independent States").
func nameGoesOn(toks []token.Token, i int) bool {
	return i < len(toks) && !toks[i].NewlineBefore && (toks[i].Kind == token.Word && toks[i].Upper || toks[i].Is("of"))
}
