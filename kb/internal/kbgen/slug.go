package main

import (
	"strings"
	"unicode"
)

// fold maps Latin letters with diacritics to plain ASCII, for ids. It is
// built from foldGroups, one string of variants per plain form, which
// covers Western and Central European letters and Vietnamese.
var fold = map[rune]string{}

var foldGroups = map[string]string{
	"a":  "àáâãäåāăąạảấầẩẫậắằẳẵặ",
	"ae": "æ",
	"c":  "çćčĉċ",
	"d":  "ďđð",
	"e":  "èéêëēėęěẹẻẽếềểễệ",
	"g":  "ğĝġģ",
	"h":  "ĥħ",
	"i":  "ìíîïīıįĩỉị",
	"j":  "ĵ",
	"k":  "ķ",
	"l":  "ľĺłļŀ",
	"n":  "ñńňņ",
	"o":  "òóôõöøōőơọỏốồổỗộớờởỡợ",
	"oe": "œ",
	"r":  "ŕřŗ",
	"s":  "śšşșŝ",
	"ss": "ß",
	"t":  "ťţțŧ",
	"th": "þ",
	"u":  "ùúûüūůűưũụủứừửữựų",
	"y":  "ýÿỳỵỷỹ",
	"z":  "źżž",
}

func init() {
	for plain, variants := range foldGroups {
		for _, r := range variants {
			fold[r] = plain
		}
	}
}

// slug turns a name into the lower-case, hyphenated ASCII form used in
// ids: "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". Apostrophes and
// dots vanish; every other run of non-letters becomes one hyphen.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’' || r == '.':
			continue
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case fold[r] != "":
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteString(fold[r])
		default:
			dash = true
		}
	}
	return b.String()
}
