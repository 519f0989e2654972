// Package sentence splits clean article text into sentences.
//
// News text breaks the simple rule "a full stop ends a sentence" all the
// time: "U.S. President Joe Biden", "Sept. 1", "Mr. Putin", "J. Smith",
// "$1.5 billion", quotations that end with the full stop inside the marks.
// The splitter looks at both sides of each candidate boundary: a
// terminator (. ! ? … 。！？), any closing quotes or brackets, white space,
// and then something that can start a sentence.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley"
)

// Split returns the spans of the sentences of text, in order, without
// surrounding white space. Line breaks always end a sentence: extraction
// puts headlines, datelines and paragraphs on lines of their own.
func Split(text string) []parley.Span {
	var out []parley.Span
	start := 0
	emit := func(end int) {
		s := parley.Span{Start: start, End: end}.TrimSpace(text)
		if s.Len() > 0 {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
		case r == '。' || r == '！' || r == '？':
			end := skipClosers(text, i+size)
			emit(end)
			i = end
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			end := skipClosers(text, skipRepeats(text, i+size))
			if boundary(text, i, r, end) {
				emit(end)
				i = end
				continue
			}
			i = end
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

// skipRepeats moves past "?!", "..." and the like.
func skipRepeats(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			return i
		}
		i += size
	}
	return i
}

// skipClosers moves past closing quotation marks and brackets.
func skipClosers(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune(`"'”’»)]`, r) {
			return i
		}
		i += size
	}
	return i
}

// boundary decides whether the terminator r at i, whose closers end at end,
// ends a sentence.
func boundary(text string, i int, r rune, end int) bool {
	// Need white space after, then a plausible sentence start.
	if end < len(text) {
		sp, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsSpace(sp) {
			return false
		}
	}
	next, nextWord := following(text, end)
	if next == 0 {
		return true // end of text or of the line
	}
	if !startsSentence(next) {
		return false
	}
	if r != '.' {
		return true
	}
	word := wordBefore(text, i)
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	switch {
	case titles[lw]:
		// "Mr. Putin", "Gen. Milley": a title never ends a sentence.
		return false
	case isInitial(word) && !platformX(text, i, word):
		// "J. Smith", but "Plan B. Then" is rare enough to accept.
		return false
	case months[lw] && unicode.IsDigit(next):
		return false // "Sept. 1"
	case abbreviations[lw] || strings.Count(word, ".") > 0:
		// "U.S." or "a.m." can end a sentence; it does when a common
		// sentence opener follows.
		return openers[strings.ToLower(nextWord)]
	}
	return true
}

// following returns the first rune after white space from i (0 at a line
// break or the end) and the word it begins.
func following(text string, i int) (rune, string) {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			return 0, ""
		}
		if !unicode.IsSpace(r) {
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			return r, text[i:j]
		}
		i += size
	}
	return 0, ""
}

func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘«(—–-`, r) ||
		unicode.IsLetter(r) && !unicode.IsLower(r) // scripts without case
}

// wordBefore returns the word (letters and inner dots) that ends at i.
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= size
	}
	return strings.TrimLeft(text[j:i], ".")
}

// platformX reports whether the "X" ending at i is the social platform,
// "wrote on X." or "posted via X.", which ends a sentence as any name does.
func platformX(text string, i int, word string) bool {
	if word != "X" {
		return false
	}
	before := strings.TrimRight(text[:i-len(word)], " ")
	return strings.HasSuffix(before, " on") || strings.HasSuffix(before, " via")
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titles precede names and never end a sentence.
var titles = set("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cmdr", "adm", "sgt", "maj",
	"sen", "rep", "gov", "pres", "amb", "hon", "rev", "fr", "sr", "st", "messrs", "mme", "mlle", "no", "nos", "vol", "pp", "art",
	"smt", "kum", "sh") // Indian honorifics: "President Smt. Droupadi Murmu"

var months = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// abbreviations may end a sentence or not; see openers.
var abbreviations = set("jr", "inc", "ltd", "co", "corp", "bros", "etc", "vs", "approx", "est", "dept", "govt", "univ")

// openers are words that commonly begin a sentence; after an abbreviation
// they tip the balance towards a boundary ("… with the U.S. The talks …").
var openers = set("the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those",
	"but", "and", "in", "on", "at", "after", "before", "while", "when", "however", "meanwhile", "his", "her",
	"their", "its", "our", "there", "both", "last", "earlier", "later", "yet", "still", "as", "since", "for",
	"if", "what", "who", "asked", "speaking", "according")
