package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Dates. Pages write publication times in a handful of machine formats
// (ISO 8601 in JSON-LD and meta tags, RFC 1123, Unix seconds) and in prose
// ("June 28, 2021", "28 June 2021 10:15 BST"). parseDate reads both and
// keeps the zone the page gives; a date without a clock is midnight UTC.

// machineLayouts are tried in order on metadata values.
var machineLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon Jan 2 15:04:05 MST 2006",
	"Mon Jan 02 2006 15:04:05 GMT-0700",
}

// parseMachineDate reads a date from a metadata value.
func parseMachineDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range machineLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return withZone(t, s), plausibleYear(t)
		}
	}
	// Unix seconds or milliseconds.
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		if n > 1e11 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		return t, plausibleYear(t)
	}
	return parseTextDate(s)
}

// withZone replaces the placeholder zone time.Parse gives an abbreviation
// it does not know ("EST" parsed outside America) by its real offset.
func withZone(t time.Time, s string) time.Time {
	name, off := t.Zone()
	if off == 0 && name != "UTC" && name != "" && name != "GMT" && name != "Z" {
		if o, ok := zoneOffsets[name]; ok {
			return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, o))
		}
	}
	return t
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1900 && t.Year() <= 2200 }

// zoneOffsets are the offsets of time-zone abbreviations that news pages
// print, in seconds east of UTC. Ambiguous ones (IST, CST in China) take
// their most common news meaning.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 3600, "IST": 19800, "CET": 3600,
	"CEST": 7200, "EET": 7200, "EEST": 10800, "MSK": 10800, "GST": 14400,
	"PKT": 18000, "ICT": 25200, "WIB": 25200, "HKT": 28800, "SGT": 28800,
	"AWST": 28800, "JST": 32400, "KST": 32400, "AEST": 36000, "AEDT": 39600,
	"NZST": 43200, "NZDT": 46800, "EST": -18000, "EDT": -14400, "CST": -21600,
	"CDT": -18000, "MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200,
	"AKST": -32400, "AKDT": -28800, "HST": -36000, "ET": -18000, "PT": -28800,
	"BRT": -10800, "ART": -10800, "SAST": 7200, "WAT": 3600, "EAT": 10800,
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// German, French, Spanish, Portuguese, Italian, Dutch.
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "dezembro": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	// Russian, in the genitive that dates use.
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
	"июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}

// fillers may stand between the parts of a date ("28 de junio de 2021",
// "the 28th of June").
var fillers = map[string]bool{"de": true, "del": true, "of": true, "st": true, "nd": true, "rd": true, "th": true, "er": true, "г": true}

// textDate is a date found in prose, with where it lay.
type textDate struct {
	t          time.Time
	start, end int // byte offsets of the date in the string searched
}

// parseTextDate reads a whole string as a prose date ("June 28, 2021",
// "Monday 28 June 2021, 10:15 BST", "Published: 2021-06-28"). Words that
// only frame the date ("Published", "Updated on", weekdays) may surround it,
// nothing else.
func parseTextDate(s string) (time.Time, bool) {
	d, ok := findTextDate(s)
	if !ok {
		return time.Time{}, false
	}
	rest := s[:d.start] + " " + s[d.end:]
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !frameWords[strings.ToLower(w)] {
			return time.Time{}, false
		}
	}
	return d.t, true
}

// frameWords may stand around a date line without making it prose.
var frameWords = map[string]bool{
	"published": true, "posted": true, "updated": true, "on": true, "at": true,
	"date": true, "first": true, "last": true, "modified": true, "created": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true,
	"wed": true, "thu": true, "fri": true, "sat": true, "sun": true, "the": true,
	"publiziert": true, "veröffentlicht": true, "am": true, "publié": true, "le": true,
	"publicado": true, "el": true, "em": true, "pubblicato": true, "il": true,
	"опубликовано": true, "updated:": true,
}

// findTextDate finds the first full date (day, month and year) in s:
// "June 28, 2021", "28 June 2021", "Jun. 28 2021", "2021-06-28", with an
// optional clock and zone after it ("7:45 am PST", "10:15 BST", "14:00").
func findTextDate(s string) (textDate, bool) {
	toks := dateTokens(s)
	for i := range toks {
		var y, d int
		var m time.Month
		n := 0
		switch {
		case toks[i].isNum && len(toks[i].s) == 4 && i+2 < len(toks) && toks[i+1].isNum && toks[i+2].isNum && toks[i].sepAfter == '-' && toks[i+1].sepAfter == '-':
			// 2021-06-28
			y, m, d, n = atoi(toks[i].s), time.Month(atoi(toks[i+1].s)), atoi(toks[i+2].s), 3
		case !toks[i].isNum && monthNames[strings.ToLower(toks[i].s)] != 0 && i+2 < len(toks) && toks[i+1].isNum && toks[i+2].isNum && len(toks[i+2].s) == 4:
			// June 28, 2021
			m, d, y, n = monthNames[strings.ToLower(toks[i].s)], atoi(toks[i+1].s), atoi(toks[i+2].s), 3
		case toks[i].isNum && len(toks[i].s) <= 2 && i+2 < len(toks) && !toks[i+1].isNum && monthNames[strings.ToLower(toks[i+1].s)] != 0 && toks[i+2].isNum && len(toks[i+2].s) == 4:
			// 28 June 2021
			d, m, y, n = atoi(toks[i].s), monthNames[strings.ToLower(toks[i+1].s)], atoi(toks[i+2].s), 3
		}
		if n == 0 || m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
			continue
		}
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			continue // 31 June
		}
		end := toks[i+n-1].end
		if c, cend, ok := clockAfter(toks[i+n:]); ok {
			hh, mm, zone := c.h, c.m, time.UTC
			if c.zone != "" {
				zone = time.FixedZone(c.zone, zoneOffsets[c.zone])
			}
			t = time.Date(y, m, d, hh, mm, 0, 0, zone)
			end = cend
		}
		return textDate{t: t, start: toks[i].start, end: end}, true
	}
	return textDate{}, false
}

type dateToken struct {
	s          string
	isNum      bool
	start, end int
	sepAfter   byte // the first non-space byte after the token, or 0
}

// dateTokens splits s into runs of letters and runs of digits.
func dateTokens(s string) []dateToken {
	var toks []dateToken
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, dateToken{s: s[i:j], isNum: true, start: i, end: j})
			i = j
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && isLetterAt(s, i):
			j := i
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= utf8.RuneSelf && isLetterAt(s, j)) {
				_, size := utf8.DecodeRuneInString(s[j:])
				j += size
			}
			w := s[i:j]
			i = j
			// Ordinal endings and connecting words carry no date.
			if fillers[strings.ToLower(w)] && len(toks) > 0 {
				continue
			}
			toks = append(toks, dateToken{s: w, start: i - len(w), end: i})
		default:
			if len(toks) > 0 && toks[len(toks)-1].sepAfter == 0 && c != ' ' {
				toks[len(toks)-1].sepAfter = c
			}
			if c >= utf8.RuneSelf {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
			} else {
				i++
			}
		}
		if len(toks) > 64 {
			break
		}
	}
	return toks
}

type clock struct {
	h, m int
	zone string
}

// clockAfter reads "7:45 am PST", "10:15 BST", "14:00 GMT", "at 14:00" from
// the tokens after a date.
func clockAfter(toks []dateToken) (clock, int, bool) {
	i := 0
	if i < len(toks) && strings.EqualFold(toks[i].s, "at") {
		i++
	}
	if i+1 >= len(toks) || !toks[i].isNum || !toks[i+1].isNum || toks[i].sepAfter != ':' {
		return clock{}, 0, false
	}
	h, m := atoi(toks[i].s), atoi(toks[i+1].s)
	end := toks[i+1].end
	i += 2
	if i < len(toks) && toks[i].isNum && toks[i-1].sepAfter == ':' { // seconds
		end = toks[i].end
		i++
	}
	if i < len(toks) && !toks[i].isNum {
		switch strings.ToLower(toks[i].s) {
		case "am", "a":
			if h == 12 {
				h = 0
			}
			end = toks[i].end
			i++
		case "pm", "p":
			if h < 12 {
				h += 12
			}
			end = toks[i].end
			i++
		}
		if i < len(toks) && toks[i].s == "m" { // "a.m."
			end = toks[i].end
			i++
		}
	}
	if h > 23 || m > 59 {
		return clock{}, 0, false
	}
	c := clock{h: h, m: m}
	if i < len(toks) && !toks[i].isNum {
		if _, ok := zoneOffsets[toks[i].s]; ok {
			c.zone = toks[i].s
			end = toks[i].end
		}
	}
	return c, end, true
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// urlDate reads a publication day from a URL path: /2021/06/28/,
// /2021-06-28-, /20210628/.
func urlDate(u string) (time.Time, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		return time.Time{}, false
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return s != ""
	}
	ok := func(y, m, d int) (time.Time, bool) {
		if y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
			return time.Time{}, false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return t, t.Day() == d
	}
	parts := strings.FieldsFunc(u, func(r rune) bool { return r == '/' })
	for i, p := range parts {
		// /2021/06/28/
		if len(p) == 4 && digits(p) && i+2 < len(parts) && len(parts[i+1]) <= 2 && digits(parts[i+1]) {
			dd := parts[i+2]
			if len(dd) >= 2 && digits(dd[:2]) && (len(dd) == 2 || !isDigit(dd[2])) {
				if t, good := ok(atoi(p), atoi(parts[i+1]), atoi(dd[:2])); good {
					return t, true
				}
			}
		}
		// /2019/nov/18/
		if len(p) == 4 && digits(p) && i+2 < len(parts) && monthNames[strings.ToLower(parts[i+1])] != 0 {
			dd := parts[i+2]
			if len(dd) >= 1 && len(dd) <= 2 && digits(dd) {
				if t, good := ok(atoi(p), int(monthNames[strings.ToLower(parts[i+1])]), atoi(dd)); good {
					return t, true
				}
			}
		}
		// 2021-06-28 anywhere in a segment
		for j := 0; j+10 <= len(p); j++ {
			s := p[j : j+10]
			if s[4] == '-' && s[7] == '-' && digits(s[:4]) && digits(s[5:7]) && digits(s[8:]) &&
				(j == 0 || !isDigit(p[j-1])) && (j+10 == len(p) || !isDigit(p[j+10])) {
				if t, good := ok(atoi(s[:4]), atoi(s[5:7]), atoi(s[8:])); good {
					return t, true
				}
			}
		}
		// /20210628/
		if len(p) == 8 && digits(p) {
			if t, good := ok(atoi(p[:4]), atoi(p[4:6]), atoi(p[6:])); good {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
