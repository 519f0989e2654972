// Package charset turns the bytes of a web page into UTF-8. It reads the
// encoding from a byte-order mark, the HTTP Content-Type, or a <meta>
// declaration, and when none is given, or the one given does not fit the
// bytes, it guesses from the bytes themselves among the encodings news
// sites use: UTF-8, windows-1251, KOI8-R, GBK/GB18030, Big5, Shift_JIS,
// EUC-JP, EUC-KR and windows-1252 (the superset of ISO-8859-1).
//
// Whatever it is given, Decode returns valid UTF-8.
package charset

import (
	"bytes"
	"mime"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// Source says how the encoding was chosen.
type Source string

// The ways an encoding is found, most trusted first.
const (
	FromBOM     Source = "bom"
	FromHeader  Source = "header" // the Content-Type parameter
	FromMeta    Source = "meta"   // <meta charset> or http-equiv
	FromBytes   Source = "bytes"  // guessed from the bytes
	FromDefault Source = "default"
)

// Result describes a decoding.
type Result struct {
	Name   string // the WHATWG name of the encoding used, e.g. "utf-8", "windows-1251"
	Source Source
}

// prescan is how far into a page Decode looks for a <meta> declaration.
// HTML says 1024 bytes; real pages put long scripts first.
const prescan = 16 << 10

// Decode returns b as UTF-8. contentType is the HTTP Content-Type header,
// or "" when unknown.
func Decode(b []byte, contentType string) ([]byte, Result) {
	if out, name, ok := decodeBOM(b); ok {
		return out, Result{name, FromBOM}
	}
	label, src := "", Source("")
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
			label, src = params["charset"], FromHeader
		}
	}
	if label == "" {
		if l := metaCharset(b[:min(len(b), prescan)]); l != "" {
			label, src = l, FromMeta
		}
	}
	enc, name := lookup(label)
	ascii := isASCII(b)
	valid := ascii || utf8.Valid(b)
	switch {
	case ascii:
		// Every encoding this package handles agrees with ASCII.
		return b, Result{orDefault(name, "utf-8"), orSource(src, FromDefault)}
	case enc != nil && name == "utf-8" && valid:
		return b, Result{"utf-8", src}
	case valid:
		// Text in a legacy encoding almost never happens to form valid
		// UTF-8, so valid UTF-8 overrides a declaration that says otherwise.
		return b, Result{"utf-8", FromBytes}
	case enc != nil && name != "utf-8":
		return decodeWith(enc, b), Result{name, src}
	}
	// Undeclared, or declared UTF-8 but not: guess.
	name = Guess(b)
	if name == "utf-8" {
		return bytes.ToValidUTF8(b, []byte("\uFFFD")), Result{"utf-8", FromDefault}
	}
	enc, _ = lookup(name)
	return decodeWith(enc, b), Result{name, FromBytes}
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func orSource(s, d Source) Source {
	if s == "" {
		return d
	}
	return s
}

// lookup maps a label ("cp1251", "Shift-JIS", "gb2312") to its encoding and
// WHATWG name; nil for unknown labels. UTF-16 declared in a page that has
// no BOM is almost always a mistake for UTF-8, as browsers also assume.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(strings.Trim(label, `"'`))
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, ""
	}
	if strings.HasPrefix(name, "utf-16") {
		return xunicode.UTF8, "utf-8"
	}
	if name == "gbk" {
		// GB18030 reads every GBK page and more.
		enc, name = mustGet("gb18030"), "gb18030"
	}
	return enc, name
}

func mustGet(name string) encoding.Encoding {
	enc, err := htmlindex.Get(name)
	if err != nil {
		panic(err)
	}
	return enc
}

func decodeWith(enc encoding.Encoding, b []byte) []byte {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// The x/text decoders replace bad bytes rather than fail; if one
		// fails all the same, fall back to UTF-8 with replacements.
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD"))
}

// decodeBOM decodes text that starts with a byte-order mark.
func decodeBOM(b []byte) ([]byte, string, bool) {
	var enc encoding.Encoding
	var name string
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return bytes.ToValidUTF8(b[3:], []byte("\uFFFD")), "utf-8", true
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		enc, name = utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM), "utf-32le"
	case bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
		enc, name = utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM), "utf-32be"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		enc, name = xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		enc, name = xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), "utf-16be"
	default:
		return nil, "", false
	}
	return decodeWith(enc, b), name, true
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// metaCharset finds the encoding a page declares in a <meta charset=…> or
// <meta http-equiv="Content-Type" content="…; charset=…">.
func metaCharset(head []byte) string {
	for i := 0; i < len(head); {
		j := bytes.IndexByte(head[i:], '<')
		if j < 0 {
			return ""
		}
		i += j + 1
		if !hasPrefixFold(head[i:], "meta") {
			continue
		}
		end := bytes.IndexByte(head[i:], '>')
		if end < 0 {
			return ""
		}
		tag := bytes.ToLower(head[i : i+end])
		i += end
		k := bytes.Index(tag, []byte("charset"))
		if k < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[k+len("charset"):], " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		if k := bytes.IndexAny(v, " \t\r\n\"';/>"); k >= 0 {
			v = v[:k]
		}
		if len(v) > 0 {
			return string(v)
		}
	}
	return ""
}

// hasPrefixFold reports whether b starts with the lower-case ASCII prefix,
// ignoring the case of b.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// sample bounds the bytes Guess reads.
const sample = 64 << 10

// candidates are the encodings Guess weighs, in the order that breaks ties.
var candidates = []string{"windows-1251", "koi8-r", "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr", "windows-1252"}

// Guess names the most plausible encoding of b, which is not valid UTF-8:
// each candidate decodes a sample, and the one whose text looks most like
// real language wins (frequent letters and characters of its script,
// few undecodable bytes and control characters).
func Guess(b []byte) string {
	if len(b) > sample {
		b = b[:sample]
		// Do not cut a multi-byte character in two.
		for len(b) > 0 && b[len(b)-1] >= 0x80 {
			b = b[:len(b)-1]
		}
	}
	if utf8.Valid(b) {
		return "utf-8"
	}
	best, bestScore := "windows-1252", -1<<62
	for _, name := range candidates {
		enc, _ := lookup(name)
		out, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			continue
		}
		if s := plausibility(out); s > bestScore {
			best, bestScore = name, s
		}
	}
	return best
}

// Frequent letters and characters of the languages behind the candidates.
// A correct decoding produces them often; a wrong one rarely.
var (
	frequentCyrillic = "оеаинтсрвлкмдпуя"
	frequentHan      = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济们這個來說時國們為會對學過還發後麼裡開經實現點動兩長樣將體無處從問還讓聽見關號"
	frequentKana     = "のにはをたがでてとしれさいるかなもこあっすまよう"
)

// plausibility scores decoded text: higher is more like real language.
// Besides the script of each character, it looks at its neighbours: an
// accented Latin letter sits inside a Latin word, while a Cyrillic or CJK
// character glued to ASCII letters ("dйlйgations") betrays a wrong guess.
func plausibility(text []byte) int {
	score := 0
	rs := []rune(string(text))
	asciiLetter := func(i int) bool {
		return i >= 0 && i < len(rs) && (rs[i] >= 'a' && rs[i] <= 'z' || rs[i] >= 'A' && rs[i] <= 'Z')
	}
	for i, r := range rs {
		if r < 0x80 {
			continue
		}
		glued := asciiLetter(i-1) || asciiLetter(i+1)
		switch {
		case r == utf8.RuneError:
			score -= 30
		case r < 0xA0 || unicode.Is(unicode.Co, r) || !unicode.IsPrint(r) && !unicode.IsSpace(r):
			score -= 20
		case unicode.Is(unicode.Latin, r):
			score += 2
			if glued {
				score += 3
			}
			if unicode.IsUpper(r) {
				score--
			}
		case glued && unicode.IsLetter(r):
			score -= 6
		case unicode.Is(unicode.Cyrillic, r):
			switch {
			case strings.ContainsRune(frequentCyrillic, r):
				score += 4
			case unicode.IsLower(r):
				score++
			default:
				// Wrong single-byte decodings of Cyrillic give mostly
				// capitals; real text mostly lower case.
				score--
			}
		case unicode.Is(unicode.Hiragana, r):
			if strings.ContainsRune(frequentKana, r) {
				score += 8
			} else {
				score += 3
			}
		case unicode.Is(unicode.Katakana, r):
			score += 2
		case unicode.Is(unicode.Hangul, r):
			score += 4
		case unicode.Is(unicode.Han, r):
			if strings.ContainsRune(frequentHan, r) {
				score += 8
			} else {
				score++
			}
		case unicode.IsPunct(r) || unicode.IsSpace(r):
			// Typographic quotes, dashes and no-break spaces are common.
			score++
		default:
			score -= 3
		}
	}
	return score
}
