// Package token splits text into word, number and punctuation tokens with
// byte offsets, and normalises words for dictionary lookup. It is the common
// ground of the language stages: sentence splitting, actor matching, quote
// and event detection all walk the same tokens.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with inner apostrophes, hyphens or dots ("U.S.", "Xi's" is Word "Xi" + Word "'s")
	Number             // digits, possibly with inner separators ("2,000", "19.05.2021", "1.5")
	Punct              // any other single non-space character
)

// Token is one token of a text.
type Token struct {
	Start, End int    // byte offsets into the text
	Text       string // the token as written
	Norm       string // lower-cased and folded (see Fold); "" for punctuation
	Kind       Kind
	// Upper is true when the token begins with an upper-case letter
	// (or a letter of a script without case, such as Chinese).
	Upper bool
	// NewlineBefore is true when a line break separates the token from the previous one.
	NewlineBefore bool
}

// Is reports whether the token's normalised form (its text, for
// punctuation) is one of words.
func (t *Token) Is(words ...string) bool {
	form := t.Norm
	if t.Kind == Punct {
		form = t.Text
	}
	for _, w := range words {
		if form == w {
			return true
		}
	}
	return false
}

// Tokenize splits text into tokens. Apostrophe-s possessives become their
// own token ("Russia's" → "Russia", "'s"), so names match with or without it.
// Invalid UTF-8 bytes become single punctuation tokens.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	newline := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			newline = true
			i += size
			continue
		case unicode.IsSpace(r) || r == '\u00ad' || r == '\u200b' || r == '\ufeff':
			i += size
			continue
		}
		start := i
		var kind Kind
		switch {
		case isLetter(r):
			kind = Word
			i = scanWord(text, i)
		case unicode.IsDigit(r):
			kind = Number
			i = scanNumber(text, i)
		default:
			kind = Punct
			i += size
		}
		// Split a trailing possessive off a word ("Russia's", "Paris’"),
		// and the negation off a verb ("didn't" → "did" + "n't", as
		// treebanks do), so that "n't" reads as the "not" it is.
		end := i
		if kind == Word {
			if p := possessive(text[start:end]); p > 0 {
				end -= p
			} else if n := negation(text[start:end]); n > 0 {
				end -= n
			}
		}
		t := newToken(text, start, end, kind, newline)
		if end < i && end-start <= 3 {
			if full, ok := contracted[t.Norm]; ok {
				t.Norm = full // "wo" of "won't" is "will", "ca" of "can't" "can"
			}
		}
		toks = append(toks, t)
		newline = false
		if end < i {
			toks = append(toks, newToken(text, end, i, Word, false))
		}
	}
	return toks
}

func newToken(text string, start, end int, kind Kind, newline bool) Token {
	t := Token{Start: start, End: end, Text: text[start:end], Kind: kind, NewlineBefore: newline}
	if kind != Punct {
		t.Norm = Fold(t.Text)
		r, _ := utf8.DecodeRuneInString(t.Text)
		t.Upper = unicode.IsUpper(r) || (unicode.IsLetter(r) && !unicode.IsLower(r)) || arabicArticleName(t.Text)
	}
	return t
}

// arabicArticleName reports whether a word is a name written with the
// Arabic article in lower case, as English news writes many ("al-Sour",
// "el-Sisi", "al-Shabaab"): a name, as if capitalised.
func arabicArticleName(w string) bool {
	for _, p := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// scanWord consumes letters and marks, and apostrophes, hyphens and dots
// between letters ("O'Brien", "Lee-Jae", "U.S.").
func scanWord(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isLetter(r) || unicode.IsDigit(r) && i > 0 {
			i += size
			continue
		}
		if isApostrophe(r) || r == '-' || r == '.' || r == '‐' {
			next, nsize := utf8.DecodeRuneInString(text[i+size:])
			if isLetter(next) {
				// A dot joins only single letters: "U.S." but not "end.Next".
				if r == '.' && !singleLetterBefore(text, i) {
					return i
				}
				i += size + nsize
				continue
			}
			// The final dot of an abbreviation made of single letters: "U.S."
			if r == '.' && singleLetterBefore(text, i) && strings.ContainsRune(lastWordPart(text, i), '.') {
				return i + size
			}
		}
		return i
	}
	return i
}

// singleLetterBefore reports whether the letter run ending at i has one letter.
func singleLetterBefore(text string, i int) bool {
	r1, s1 := utf8.DecodeLastRuneInString(text[:i])
	if !isLetter(r1) {
		return false
	}
	r0, _ := utf8.DecodeLastRuneInString(text[:i-s1])
	return !isLetter(r0)
}

// lastWordPart returns the text of the current word before i (back to a space).
func lastWordPart(text string, i int) string {
	j := strings.LastIndexFunc(text[:i], unicode.IsSpace)
	return text[j+1 : i]
}

func scanNumber(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsDigit(r) {
			i += size
			continue
		}
		if r == ',' || r == '.' || r == ':' {
			next, nsize := utf8.DecodeRuneInString(text[i+size:])
			if unicode.IsDigit(next) {
				i += size + nsize
				continue
			}
		}
		// Ordinals and units glued to numbers: "20th", "1990s", "5G".
		if isLetter(r) {
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isLetter(r2) {
					break
				}
				j += s2
			}
			if j-i <= 3 {
				return j
			}
		}
		return i
	}
	return i
}

// negation returns the length in bytes of a negation contracted onto
// the end of w ("doesn't", "won’t"), or 0.
func negation(w string) int {
	for _, suf := range []string{"n't", "n’t", "N'T", "N’T"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return len(suf)
		}
	}
	return 0
}

// contracted maps what is left of a verb whose negation was split off
// to the verb itself, where the two differ.
var contracted = map[string]string{"wo": "will", "ca": "can", "sha": "shall"}

// possessive returns the byte length of a trailing "'s" or "’s" (or a bare
// apostrophe after s) to split off a word, or 0.
func possessive(w string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return len(suf)
		}
	}
	return 0
}

// Fold lower-cases s, strips the accents of Latin letters and unifies
// apostrophes and hyphens, so "Élysée" and "elysee", "Lee‐Jae" and
// "lee-jae" compare equal. Scripts without accents pass through lower-cased.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || 'A' <= s[i] && s[i] <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r >= 0xC0 && r < 0x250 || r >= 0x1E00 && r < 0x1F00 {
			// Other precomposed Latin letters (Vietnamese "ẵ"): decompose
			// and keep the base letter.
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(unicode.ToLower(d))
				}
			}
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

var foldTable = func() map[rune]string {
	m := map[rune]string{
		'’': "'", 'ʼ': "'", '‘': "'", '‐': "-", '‑': "-", '–': "-",
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ı': "i", 'İ': "i", 'þ': "th",
	}
	groups := map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęěẹẽ", "g": "ĝğġģ",
		"h": "ĥħ", "i": "ìíîïĩīĭįǐ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ",
		"o": "òóôõöōŏőǒơọ", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔư",
		"w": "ŵ", "y": "ýÿŷỳ", "z": "źżž",
	}
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
			m[unicode.ToUpper(r)] = base
		}
	}
	return m
}()
