package timex

import (
	"unicode"
	"unicode/utf8"
)

// kind is the class of a token.
type kind uint8

const (
	kWord  kind = iota // a run of letters
	kNum               // a run of ASCII digits
	kPunct             // one punctuation or symbol character
)

// Punctuation is normalised to one byte so that rules need not know the
// many Unicode spellings of an apostrophe, a dash or a quotation mark.
const (
	pApos  = '\'' // ' ‘ ’
	pDash  = '-'  // - ‐ ‑ – (hyphen and en dash: ranges and compounds)
	pEm    = 'm'  // — ― (em dash: a clause boundary)
	pQuote = '"'  // " “ ” « »
	pOther = '?'  // any other non-ASCII symbol, and broken UTF-8
)

// tok is one token of the text with its byte offsets.
type tok struct {
	s, e int
	k    kind
	sp   bool   // whitespace, or the start of the text, comes before it
	nl   bool   // that whitespace holds a line break
	up   bool   // a word that starts with an upper-case letter
	caps bool   // a word of two or more letters, all upper case
	p    byte   // the normalised character of a punctuation token
	n    int    // the value of a number token (-1 when too long)
	nd   int    // the number of digits of a number token
	lx   *entry // the lexicon entry of a word, or nil
}

// tokenize splits text into words, numbers and punctuation, appending to
// toks. Letters and digits form separate tokens ("19th" is 19 and "th",
// "G20" is "G" and 20); sp records whether they touch, which is how the
// rules tell "COVID-19" from "May 19".
func tokenize(text string, toks []tok) []tok {
	sp, nl := true, false
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			sp = true
			i++
			continue
		case c == '\n' || c == '\f' || c == '\v':
			sp, nl = true, true
			i++
			continue
		case '0' <= c && c <= '9':
			j := i + 1
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				j++
			}
			toks = append(toks, tok{s: i, e: j, k: kNum, sp: sp, nl: nl, n: atoiSmall(text[i:j]), nd: j - i})
			i = j
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				j := i + 1
				ascii := true
				for j < len(text) {
					d := text[j]
					if isASCIILetter(d) {
						j++
						continue
					}
					if d >= utf8.RuneSelf {
						r, w := utf8.DecodeRuneInString(text[j:])
						if r != utf8.RuneError && unicode.IsLetter(r) {
							ascii = false
							j += w
							continue
						}
					}
					break
				}
				toks = append(toks, wordTok(text, i, j, ascii, sp, nl))
				i = j
			} else {
				toks = append(toks, tok{s: i, e: i + 1, k: kPunct, sp: sp, nl: nl, p: c})
				i++
			}
		default:
			r, w := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == utf8.RuneError:
				toks = append(toks, tok{s: i, e: i + w, k: kPunct, sp: sp, nl: nl, p: pOther})
				i += w
			case r == 0x00A0 || r == 0x2009 || r == 0x202F || r == 0x200B || unicode.IsSpace(r):
				sp = true
				if r == 0x2028 || r == 0x2029 {
					nl = true
				}
				i += w
				continue
			case unicode.IsLetter(r):
				j := i + w
				for j < len(text) {
					r2, w2 := utf8.DecodeRuneInString(text[j:])
					if r2 == utf8.RuneError || !unicode.IsLetter(r2) {
						break
					}
					j += w2
				}
				toks = append(toks, wordTok(text, i, j, false, sp, nl))
				i = j
			default:
				toks = append(toks, tok{s: i, e: i + w, k: kPunct, sp: sp, nl: nl, p: normPunct(r)})
				i += w
			}
		}
		sp, nl = false, false
	}
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func wordTok(text string, s, e int, ascii, sp, nl bool) tok {
	t := tok{s: s, e: e, k: kWord, sp: sp, nl: nl}
	r, _ := utf8.DecodeRuneInString(text[s:])
	t.up = unicode.IsUpper(r)
	if ascii {
		t.lx = lookup(text[s:e])
		if e-s > 1 {
			t.caps = true
			for k := s; k < e; k++ {
				if 'a' <= text[k] && text[k] <= 'z' {
					t.caps = false
					break
				}
			}
		}
	}
	return t
}

func normPunct(r rune) byte {
	switch r {
	case 0x2018, 0x2019, 0x02BC, 0x2032:
		return pApos
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212:
		return pDash
	case 0x2014, 0x2015:
		return pEm
	case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB:
		return pQuote
	case 0x20AC, 0x00A3, 0x00A5:
		return '$'
	}
	return pOther
}
