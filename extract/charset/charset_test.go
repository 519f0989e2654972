package charset

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

// Sample sentences in the languages the legacy encodings serve. Long
// enough to give the guesser something to weigh, as a real page would.
var samples = map[string]string{
	"windows-1251": "Правительство в четверг утвердило проект бюджета на следующий год, который предусматривает рост расходов на образование и здравоохранение.",
	"koi8-r":       "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе в столице, несмотря на разногласия сторон.",
	"gb18030":      "两国领导人星期一举行视频会晤，就双边关系和共同关心的国际和地区问题深入交换了意见。双方表示愿意继续加强合作。",
	"big5":         "兩國領導人星期一舉行視訊會晤，就雙邊關係和共同關心的國際和地區問題深入交換了意見。雙方表示願意繼續加強合作。",
	"shift_jis":    "両国の首脳は月曜日にオンラインで会談し、経済やエネルギーの分野での協力を続けることで一致したと発表しました。",
	"euc-kr":       "양국 정상은 월요일 화상으로 회담을 갖고 경제와 에너지 분야에서 협력을 계속하기로 합의했다고 밝혔습니다.",
	"windows-1252": "Les délégations se sont retrouvées à Genève pour une série de discussions, la première depuis l'interruption des pourparlers.",
	"iso-8859-2":   "Ministrowie spraw zagranicznych obu państw spotkali się w środę, aby omówić współpracę gospodarczą i bezpieczeństwo.",
}

func encode(t *testing.T, name, s string) []byte {
	t.Helper()
	enc, err := htmlindex.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	b, err := encoding.HTMLEscapeUnsupported(enc.NewEncoder()).Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func page(body []byte, head string) []byte {
	return append(append([]byte("<html><head>"+head+"</head><body><p>"), body...), "</p></body></html>"...)
}

func TestDecodeDeclared(t *testing.T) {
	for name, text := range samples {
		for _, how := range []string{"meta", "http-equiv", "header"} {
			t.Run(name+"/"+how, func(t *testing.T) {
				raw := encode(t, name, text)
				var b []byte
				ct := ""
				switch how {
				case "meta":
					b = page(raw, `<meta charset="`+name+`">`)
				case "http-equiv":
					b = page(raw, `<meta http-equiv="Content-Type" content="text/html; charset=`+name+`">`)
				case "header":
					b, ct = page(raw, ""), "text/html; charset="+name
				}
				out, res := Decode(b, ct)
				if !strings.Contains(string(out), text) {
					t.Errorf("decoded as %s from %s; text lost: %.80q", res.Name, res.Source, out)
				}
			})
		}
	}
}

func TestDecodeUndeclared(t *testing.T) {
	// Single-byte Latin pages without a declaration cannot be told apart
	// from the bytes; windows-1252 is the fallback they get.
	for _, name := range []string{"windows-1251", "koi8-r", "gb18030", "big5", "shift_jis", "euc-kr", "windows-1252"} {
		t.Run(name, func(t *testing.T) {
			raw := encode(t, name, samples[name])
			out, res := Decode(page(raw, ""), "")
			if res.Source != FromBytes {
				t.Errorf("source %s, want %s", res.Source, FromBytes)
			}
			if !strings.Contains(string(out), samples[name]) {
				t.Errorf("guessed %s; text lost: %.80q", res.Name, out)
			}
		})
	}
}

func TestDecodeBOMAndMistakes(t *testing.T) {
	tests := []struct {
		name, ct string
		in       []byte
		want     string
		src      Source
	}{
		{"utf-8 bom", "", append([]byte{0xEF, 0xBB, 0xBF}, "<p>déjà vu</p>"...), "<p>déjà vu</p>", FromBOM},
		{"utf-16le bom", "", []byte{0xFF, 0xFE, '<', 0, 'p', 0, '>', 0, 0xE9, 0}, "<p>é", FromBOM},
		{"utf-16be bom", "", []byte{0xFE, 0xFF, 0, '<', 0, 'p', 0, '>', 0, 0xE9}, "<p>é", FromBOM},
		{"bom beats header", "text/html; charset=windows-1251", append([]byte{0xEF, 0xBB, 0xBF}, "ж"...), "ж", FromBOM},
		{"valid utf-8 beats a wrong declaration", "", []byte(`<meta charset="iso-8859-1"><p>Ελληνικά κείμενα</p>`), "Ελληνικά", FromBytes},
		{"ascii", "", []byte("<p>plain</p>"), "<p>plain</p>", FromDefault},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, res := Decode(tt.in, tt.ct)
			if !strings.Contains(string(out), tt.want) || res.Source != tt.src {
				t.Errorf("got %q from %s (%s); want %q from %s", out, res.Source, res.Name, tt.want, tt.src)
			}
		})
	}
}

func TestDecodeAlwaysValid(t *testing.T) {
	inputs := [][]byte{
		[]byte("\xff\xfe\xfd broken"),
		[]byte(`<meta charset="utf-8"><p>ok then \xc3\x28 broken</p>`),
		[]byte(`<meta charset="no-such-charset"><p>\x80\x81\x82</p>`),
		[]byte(`<meta charset="shift_jis"><p>\x82\xa0\xff\xff</p>`),
		{0xFF, 0xFE, 0x00}, // odd-length UTF-16
	}
	for _, in := range inputs {
		out, _ := Decode(in, "")
		if !utf8.Valid(out) {
			t.Errorf("Decode(%q) = %q: not valid UTF-8", in, out)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=koi8-r><p>\xf0\xf2\xe9\xf7\xe5\xf4</p>"), "")
	f.Add([]byte("\xef\xbb\xbf<p>x</p>"), "text/html; charset=gbk")
	f.Add([]byte("\x81\x40\x82\xa0"), "")
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		out, _ := Decode(b, ct)
		if !utf8.Valid(out) {
			t.Fatalf("not valid UTF-8: %q", out)
		}
	})
}
