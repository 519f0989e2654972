package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"parley"
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
// print, in seconds east of UTC. Ambiguous ones (IST, CST, AST) take their
// most common news meaning. They are matched with their case, so that
// words such as "et" or "art" are never taken for zones.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 3600, "BST": 3600, "IST": 19800,
	"CET": 3600, "CEST": 7200, "MEZ": 3600, "MESZ": 7200, "EET": 7200, "EEST": 10800,
	"MSK": 10800, "TRT": 10800, "AST": 10800, "IRST": 12600, "GST": 14400,
	"AFT": 16200, "PKT": 18000, "NPT": 20700, "ICT": 25200, "WIB": 25200,
	"HKT": 28800, "SGT": 28800, "MYT": 28800, "PHT": 28800, "AWST": 28800,
	"WITA": 28800, "JST": 32400, "KST": 32400, "ACST": 34200, "ACDT": 37800,
	"AEST": 36000, "AEDT": 39600, "NZST": 43200, "NZDT": 46800,
	"EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000, "MST": -25200,
	"MDT": -21600, "PST": -28800, "PDT": -25200, "AKST": -32400, "AKDT": -28800,
	"HST": -36000, "ET": -18000, "PT": -28800, "BRT": -10800, "ART": -10800,
	"SAST": 7200, "CAT": 7200, "WAT": 3600, "EAT": 10800,
}

// usZones are the zones whose pages write numeric dates month first.
var usZones = map[string]bool{
	"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true,
	"PST": true, "PDT": true, "AKST": true, "AKDT": true, "HST": true, "ET": true, "PT": true,
}

// monthNames are the month names and abbreviations dates are written with,
// in lower case. Abbreviations that are also common words of some
// language ("out", "set", "gen") are left out: a false month turns a
// number in prose into a date.
var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// German, French, Spanish, Portuguese, Italian, Dutch, with their
	// usual abbreviations.
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"jän": 1, "mär": 3, "mrz": 3, "okt": 10, "dez": 12,
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"ene": 1, "abr": 4, "ago": 8, "dic": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "dezembro": 12, "fev": 2,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "mrt": 3,
	// Russian, in the genitive that dates use, and abbreviated.
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
	"июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
	"сен": 9, "сент": 9, "окт": 10, "ноя": 11, "дек": 12,
}

// monthOf returns the month a word names, or 0.
func monthOf(w string) time.Month {
	if m, ok := monthNames[w]; ok {
		return m
	}
	return monthNames[strings.ToLower(w)]
}

// fillers may stand between the parts of a date ("28 de junio de 2021",
// "the 28th of June").
var fillers = map[string]bool{"de": true, "del": true, "of": true, "st": true, "nd": true, "rd": true, "th": true, "er": true, "г": true}

// textDate is a date found in prose, with where it lay.
type textDate struct {
	t          time.Time
	start, end int // byte offsets of the date (and its clock) in the string searched
}

// parseTextDate reads a whole string as a date line ("June 28, 2021",
// "Monday 28 June 2021, 10:15 BST", "Published: 2021-06-28", "publié le
// 17 juin 2021 à 14h30"). Words that only frame the date (labels such as
// "Published" or "Updated", weekdays) may surround it, nothing else. When
// the line gives several dates ("Published … Updated …") the first is the
// publication.
func parseTextDate(s string) (time.Time, bool) {
	toks := dateTokens(s)
	var dates []textDate
	for i := 0; i < len(toks); {
		if d, next, ok := dateAt(s, toks, i); ok {
			dates = append(dates, d)
			i = next
			continue
		}
		i++
	}
	if len(dates) == 0 {
		return time.Time{}, false
	}
	// Every token outside the dates (and their clocks) must be a frame
	// word.
	for _, t := range toks {
		inside := false
		for _, d := range dates {
			if t.start >= d.start && t.end <= d.end {
				inside = true
				break
			}
		}
		if !inside && !frameWords[strings.ToLower(t.s)] {
			return time.Time{}, false
		}
	}
	return dates[0].t, true
}

// frameWords may stand around a date line without making it prose: labels
// and weekdays, in the languages whose month names are known.
var frameWords = map[string]bool{
	"published": true, "posted": true, "updated": true, "on": true, "at": true,
	"date": true, "first": true, "last": true, "modified": true, "created": true,
	"the": true, "and": true, "issued": true, "released": true, "time": true,
	"publiziert": true, "veröffentlicht": true, "aktualisiert": true, "am": true, "stand": true, "um": true, "uhr": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"publié": true, "publiée": true, "mis": true, "à": true, "jour": true, "le": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"publicado": true, "actualizado": true, "atualizado": true, "el": true, "em": true, "às": true, "a": true, "las": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"segunda": true, "terça": true, "quarta": true, "quinta": true, "sexta": true, "feira": true,
	"pubblicato": true, "aggiornato": true, "il": true, "alle": true, "ore": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"gepubliceerd": true, "bijgewerkt": true, "op": true, "om": true,
	"опубликовано": true, "обновлено": true, "в": true,
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true, "суббота": true, "воскресенье": true,
}

// englishWeekdays are the English weekday names and their abbreviations,
// which frame a date line ("Friday March 1, 2019") and open a wire
// dateline's date ("LONDON, Wednesday 26 February 2025 —").
var englishWeekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

func init() {
	for _, w := range englishWeekdays {
		frameWords[w] = true
	}
}

// datelinePlace returns the place a date line names before its date —
// "Kingston" of "Kingston, Tuesday, March 16, 2004" — or "" when it names
// none or l is no date line.
func datelinePlace(l string) string {
	words, ok := datelineHead(l)
	if !ok || len(words) == 0 {
		return ""
	}
	// "Addis Ababa, Ethiopia,": the first place named is where.
	place := strings.Join(words, " ")
	if first, _, ok := strings.Cut(place, ","); ok {
		place = first
	}
	return strings.TrimSpace(strings.Trim(place, ",. "))
}

// isDateline reports a line that is a date with at most a place and a
// weekday before it, as press releases and wire stories open: "Hanoi,
// Friday March 1, 2019", "Addis Ababa, 3 November 2022".
func isDateline(l string) bool {
	_, ok := datelineHead(l)
	return ok
}

// datelineHead reads l as a date line (see isDateline) and returns the
// words of the place before its date, weekdays and labels left out (none
// when the line is a date alone), and whether l is a date line at all.
func datelineHead(l string) ([]string, bool) {
	d, ok := findTextDate(l)
	if !ok {
		return nil, false
	}
	if tail := strings.TrimRight(l[d.end:], " ."); tail != "" && !agencyTag(tail) {
		return nil, false // ("Ankara, 12 March 2024 (Anadolu)": the wire's name may follow)
	}
	// Weekdays and labels go; what stays must be a short capitalised
	// place name ending in a comma.
	words := strings.Fields(l[:d.start])
	for len(words) > 0 && frameWords[strings.ToLower(strings.Trim(words[len(words)-1], ",."))] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return nil, true
	}
	if len(words) > 3 || !strings.HasSuffix(words[len(words)-1], ",") || len(words) == 3 && !strings.HasSuffix(words[0], ",") && !strings.HasSuffix(words[1], ",") && !placeParticles[words[1]] {
		return nil, false // "Biden Visits Kyiv, February 20, 2023" is a headline; "Addis Ababa, Ethiopia," a place
	}
	if !capitalisedPlace(words) {
		return nil, false
	}
	return words, true
}

// capitalisedPlace reports whether the words of a place each open with a
// capital, but for small words inside it ("Port of Spain").
func capitalisedPlace(words []string) bool {
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (i == 0 || !placeParticles[w]) {
			return false
		}
	}
	return true
}

// placeParticles are the small words inside the names of capitals and
// cities: "Port of Spain", "Rio de Janeiro", "Dar es Salaam".
var placeParticles = map[string]bool{"of": true, "de": true, "del": true, "da": true, "do": true, "es": true, "la": true,
	"el": true, "al": true, "au": true, "du": true, "di": true, "sur": true, "upon": true}

// agencyTag reports whether s is only a short name in parentheses, as a
// wire service signs its dateline: " (Anadolu Wire)".
func agencyTag(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 2 && len(s) <= 42 && s[0] == '(' && s[len(s)-1] == ')' && !strings.ContainsAny(s[1:len(s)-1], "()")
}

// signedDate reads a line that names who put the text out and ends with
// its date after a comma — "South Caucasus Security Programme, 5 August
// 2024", "Press release, Office of the President of the Republic of
// Finland, 28 June 2022" — as think tanks and government offices head
// their texts. A sentence ("The summit opened in Madrid, 28 June 2022.")
// ends with a full stop and is no such line.
func signedDate(l string) (textDate, bool) {
	d, ok := findTextDate(l)
	if !ok || strings.TrimSpace(l[d.end:]) != "" {
		return textDate{}, false
	}
	head := strings.TrimSpace(l[:d.start])
	if !strings.HasSuffix(head, ",") {
		return textDate{}, false
	}
	words := strings.Fields(head)
	if len(words) > 14 {
		return textDate{}, false
	}
	if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) {
		return textDate{}, false
	}
	return d, true
}

// clockLeads may stand between a date and its clock ("June 28, 2021 at
// 10:15", "17 juin 2021 à 14h30").
var clockLeads = map[string]bool{"at": true, "à": true, "um": true, "às": true, "alle": true, "ore": true, "a": true, "las": true, "om": true, "в": true, "kl": true, "klo": true}

// findTextDate finds the first full date (day, month and year) in s:
// "June 28, 2021", "28 June 2021", "Jun. 28 2021", "2021-06-28",
// "29.06.2021", "25/11/2023", "2021年6月28日", with the clock and zone
// written beside it ("7:45 am PST", "14.05 BST", "9.15am AEDT", "14h30",
// "10:15 GMT+3", "08:40 +03:00").
func findTextDate(s string) (textDate, bool) {
	toks := dateTokens(s)
	for i := range toks {
		if d, _, ok := dateAt(s, toks, i); ok {
			return d, true
		}
	}
	return textDate{}, false
}

// earliestTextDate returns the earliest full date in s. A date box that
// gives both the publication and the last update may put either first;
// the publication is the earlier.
func earliestTextDate(s string) (textDate, bool) {
	toks := dateTokens(s)
	var best textDate
	found := false
	for i := 0; i < len(toks); {
		d, next, ok := dateAt(s, toks, i)
		if !ok {
			i++
			continue
		}
		if !found || d.t.Before(best.t) {
			best, found = d, true
		}
		i = next
	}
	return best, found
}

// dateAt reads a full date whose first token is toks[i], with a clock
// after it or just before it, and returns it with the index of the first
// token after it.
func dateAt(s string, toks []dateToken, i int) (textDate, int, bool) {
	y, m, d, n, order := ymdAt(s, toks, i)
	if n == 0 {
		return textDate{}, 0, false
	}
	start, end, next := toks[i].start, toks[i+n-1].end, i+n

	// The clock: after the date, or before it with only weekdays and
	// labels between ("4:00 am CST, Wednesday, November 20, 2019").
	k := next
	for k < len(toks) && clockLeads[strings.ToLower(toks[k].s)] {
		k++
	}
	c, cnext, cend, ok := clockAt(s, toks, k)
	if ok && toks[k].start-end <= 12 {
		end, next = cend, cnext
	} else {
		ok = false
		for j := max(0, i-8); j < i && !ok; j++ {
			cb, after, _, good := clockAt(s, toks, j)
			if !good || after > i || j > 0 && toks[j-1].isNum {
				continue
			}
			ok = true
			for _, t := range toks[after:i] {
				if !frameWords[strings.ToLower(t.s)] {
					ok = false
					break
				}
			}
			if ok {
				c, start = cb, toks[j].start
			}
		}
	}
	// Numeric dates that could be either way round are read day first, as
	// most of the world writes them, unless the zone is American.
	if order == ambiguousOrder && ok && c.us || order == monthFirst {
		m, d = time.Month(d), int(m)
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return textDate{}, 0, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return textDate{}, 0, false // 31 June
	}
	if ok {
		loc := time.UTC
		if c.loc != nil {
			loc = c.loc
		}
		t = time.Date(y, m, d, c.h, c.m, c.s, 0, loc)
	}
	return textDate{t: t, start: start, end: end}, next, true
}

// The ways round a numeric date's day and month can be.
const (
	dayFirst       = iota // "29.06.2021", and every date with a month name
	monthFirst            // "11/25/2023": the second number cannot be a month
	ambiguousOrder        // "05/06/2021"
)

// ymdAt reads the year, month and day of a date whose first token is
// toks[i], and returns how many tokens it took (0 when there is no date
// there) and, for numeric dates, which way round day and month are.
func ymdAt(s string, toks []dateToken, i int) (y int, m time.Month, d, n, order int) {
	if i+2 >= len(toks) {
		return 0, 0, 0, 0, dayFirst
	}
	t0, t1, t2 := toks[i], toks[i+1], toks[i+2]
	num := func(t dateToken, maxLen int) bool { return t.isNum && len(t.s) <= maxLen }
	year := func(t dateToken) bool { return t.isNum && len(t.s) == 4 }
	switch {
	case year(t0) && num(t1, 2) && num(t2, 2):
		// 2021-06-28, 2021/06/28, 2021.06.28
		if sep := joinedBy(s, t0, t1); sep != 0 && sep == joinedBy(s, t1, t2) && strings.IndexByte("-/.", sep) >= 0 {
			return atoi(t0.s), time.Month(atoi(t1.s)), atoi(t2.s), 3, dayFirst
		}
	case year(t0) && (t1.s == "年" || t1.s == "년") && num(t2, 2) && i+4 < len(toks) &&
		(toks[i+3].s == "月" || toks[i+3].s == "월") && num(toks[i+4], 2):
		// 2021年6月28日, 2021년 6월 28일
		n = 5
		if i+5 < len(toks) && (toks[i+5].s == "日" || toks[i+5].s == "일") {
			n = 6
		}
		return atoi(t0.s), time.Month(atoi(t2.s)), atoi(toks[i+4].s), n, dayFirst
	case num(t0, 2) && num(t1, 2) && year(t2):
		// 29.06.2021, 25/11/2023, 28-06-2021; 11/25/2023 in the US
		sep := joinedBy(s, t0, t1)
		if sep == 0 || sep != joinedBy(s, t1, t2) || strings.IndexByte("-/.", sep) < 0 {
			break
		}
		a, b := atoi(t0.s), atoi(t1.s)
		order = dayFirst
		switch {
		case b > 12 && a <= 12:
			order = monthFirst
		case sep == '/' && a <= 12 && b <= 12 && a != b:
			order = ambiguousOrder
		}
		return atoi(t2.s), time.Month(b), a, 3, order
	case !t0.isNum && monthOf(t0.s) != 0 && num(t1, 2) && year(t2):
		// June 28, 2021
		return atoi(t2.s), monthOf(t0.s), atoi(t1.s), 3, dayFirst
	case num(t0, 2) && !t1.isNum && monthOf(t1.s) != 0 && year(t2):
		// 28 June 2021
		return atoi(t2.s), monthOf(t1.s), atoi(t0.s), 3, dayFirst
	}
	return 0, 0, 0, 0, dayFirst
}

// joinedBy returns the one ASCII punctuation byte that joins two tokens
// ("29.06", "2021-06"), or 0 when anything else stands between them.
func joinedBy(s string, a, b dateToken) byte {
	if b.start != a.end+1 {
		return 0
	}
	c := s[a.end]
	if c < utf8.RuneSelf && c != ' ' && !isDigit(c) {
		return c
	}
	return 0
}

type dateToken struct {
	s          string
	isNum      bool
	start, end int
}

// dateTokens splits s into runs of letters and runs of digits, dropping the
// fillers that may stand inside a date.
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
				if size == 3 && isCJK(s[j-3:j]) {
					break // CJK has no spaces: every character is a word
				}
			}
			w := s[i:j]
			i = j
			// Ordinal endings and connecting words carry no date.
			if fillers[strings.ToLower(w)] && len(toks) > 0 {
				continue
			}
			toks = append(toks, dateToken{s: w, start: i - len(w), end: i})
		case c >= utf8.RuneSelf:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		default:
			i++
		}
		if len(toks) > 64 {
			break
		}
	}
	return toks
}

// isCJK reports whether a three-byte UTF-8 character is a Han, kana or
// Hangul character.
func isCJK(ch string) bool {
	r, _ := utf8.DecodeRuneInString(ch)
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

type clock struct {
	h, m, s int
	loc     *time.Location // nil when no zone is written
	us      bool           // the zone is American
}

// clockAt reads a time of day whose hour is toks[j]: "14:05", "14.05",
// "10:15:30", "9.15am", "7 p.m.", "14h30", "14:30 Uhr", each with an
// optional zone: "BST", "GMT+3", "UTC+05:30", "+0300". It returns the clock,
// the index of the token after it and the byte where it ends.
func clockAt(s string, toks []dateToken, j int) (clock, int, int, bool) {
	var c clock
	k := j
	if k >= len(toks) || !toks[k].isNum || len(toks[k].s) > 2 {
		return c, 0, 0, false
	}
	c.h = atoi(toks[k].s)
	end := toks[k].end
	k++
	minutes := false
	if k < len(toks) && toks[k].isNum && len(toks[k].s) == 2 {
		if sep := joinedBy(s, toks[k-1], toks[k]); sep == ':' || sep == '.' {
			c.m, end, minutes = atoi(toks[k].s), toks[k].end, true
			k++
			if k < len(toks) && toks[k].isNum && len(toks[k].s) == 2 && joinedBy(s, toks[k-1], toks[k]) == ':' {
				c.s, end = atoi(toks[k].s), toks[k].end
				k++
			}
		}
	} else if k+1 < len(toks) && strings.EqualFold(toks[k].s, "h") && toks[k].start == toks[k-1].end &&
		toks[k+1].isNum && len(toks[k+1].s) == 2 && toks[k+1].start == toks[k].end {
		c.m, end, minutes = atoi(toks[k+1].s), toks[k+1].end, true // 14h30
		k += 2
	}
	// am and pm, also written "a.m." and "p.m.".
	if k < len(toks) && !toks[k].isNum && toks[k].start-end <= 1 {
		w := strings.ToLower(toks[k].s)
		dotted := (w == "a" || w == "p") && k+1 < len(toks) && strings.EqualFold(toks[k+1].s, "m") && toks[k+1].start-toks[k].end == 1
		if w == "am" || w == "pm" || dotted {
			if c.h < 1 || c.h > 12 {
				return c, 0, 0, false
			}
			if w[0] == 'a' && c.h == 12 {
				c.h = 0
			} else if w[0] == 'p' && c.h < 12 {
				c.h += 12
			}
			end = toks[k].end
			k++
			if dotted {
				end = toks[k].end
				k++
			}
			minutes = true
		}
	}
	if !minutes || c.h > 23 || c.m > 59 || c.s > 59 {
		return c, 0, 0, false
	}
	if k < len(toks) && (strings.EqualFold(toks[k].s, "uhr") || toks[k].s == "h" || strings.EqualFold(toks[k].s, "hrs")) {
		end = toks[k].end
		k++
	}
	// The zone: an abbreviation, perhaps with an offset (GMT+3), or a bare
	// offset.
	if k < len(toks) && !toks[k].isNum && toks[k].start-end <= 2 {
		if off, ok := zoneOffsets[toks[k].s]; ok {
			name := toks[k].s
			end = toks[k].end
			k++
			if name == "GMT" || name == "UTC" {
				if o, k2, e2, ok := offsetAt(s, toks, k, end); ok {
					off, name, k, end = o, "", k2, e2
				}
			}
			c.loc, c.us = time.FixedZone(name, off), usZones[name]
		}
	} else if o, k2, e2, ok := offsetAt(s, toks, k, end); ok {
		c.loc, k, end = time.FixedZone("", o), k2, e2
	}
	return c, k, end, true
}

// offsetAt reads a numeric zone offset that begins with its sign just
// after prevEnd: "+03:00", "+0300", "-5", "+05:30".
func offsetAt(s string, toks []dateToken, k, prevEnd int) (int, int, int, bool) {
	if k >= len(toks) || !toks[k].isNum || toks[k].start < 1 {
		return 0, 0, 0, false
	}
	sign := 0
	switch s[toks[k].start-1] {
	case '+':
		sign = 1
	case '-':
		sign = -1
	default:
		return 0, 0, 0, false
	}
	if strings.TrimSpace(s[prevEnd:toks[k].start-1]) != "" {
		return 0, 0, 0, false
	}
	var h, m int
	end := toks[k].end
	switch d := toks[k].s; len(d) {
	case 1, 2:
		h = atoi(d)
		if k+1 < len(toks) && toks[k+1].isNum && len(toks[k+1].s) == 2 && joinedBy(s, toks[k], toks[k+1]) == ':' {
			m, end = atoi(toks[k+1].s), toks[k+1].end
			k++
		}
	case 4:
		h, m = atoi(d[:2]), atoi(d[2:])
	default:
		return 0, 0, 0, false
	}
	if h > 14 || m > 59 {
		return 0, 0, 0, false
	}
	return sign * (h*3600 + m*60), k + 1, end, true
}

// regionName reports whether s, between a dateline's commas, is a place
// name — capitalised words, perhaps abbreviated ("Kenya", "Calif.", "New
// South Wales") — and not a month.
func regionName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 || monthOf(strings.TrimSuffix(words[0], ".")) != 0 {
		return false
	}
	for _, w := range words {
		for i, r := range w {
			switch {
			case i == 0 && !unicode.IsUpper(r):
				return false
			case !unicode.IsLetter(r) && r != '.':
				return false
			}
		}
	}
	return true
}

// wireDateline reads the dateline that opens wire copy and many reports:
// a place in capitals, a comma, the day, an optional year and outlet, and a
// dash or colon ("GENEVA, June 15 (Eastern Wire) -", "NEW DELHI, April
// 12:", "PARIS, 3 mars 2021 (AFP) —"). Such datelines seldom give the year;
// year is 0 then.
func wireDateline(p string) (year int, month time.Month, day int, ok bool) {
	comma := strings.IndexByte(p, ',')
	if comma < 2 || comma > 40 {
		return 0, 0, 0, false
	}
	letters := 0
	for _, r := range p[:comma] {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return 0, 0, 0, false
			}
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’' || r == '/': // ("BEIJING/WASHINGTON, Dec 4 -": two places)
		default:
			return 0, 0, 0, false
		}
	}
	if letters < 3 {
		return 0, 0, 0, false
	}
	rest := p[comma+1:]
	// "NAIROBI, Kenya, Feb 12, 2024 —", "AUSTIN, Texas, March 3 —": a
	// country or state named after the city.
	if c := strings.IndexByte(rest, ','); c > 0 && c <= 24 && regionName(rest[:c]) {
		rest = rest[c+1:]
	}
	rest = skipWeekday(rest) // "LONDON, Wednesday 26 February 2025 —"
	rest = rest[:min(len(rest), 80)]
	toks := dateTokens(rest)
	if len(toks) < 2 {
		return 0, 0, 0, false
	}
	switch {
	case monthOf(toks[0].s) != 0 && toks[1].isNum && len(toks[1].s) <= 2:
		month, day = monthOf(toks[0].s), atoi(toks[1].s)
	case toks[0].isNum && len(toks[0].s) <= 2 && monthOf(toks[1].s) != 0:
		month, day = monthOf(toks[1].s), atoi(toks[0].s)
	default:
		return 0, 0, 0, false
	}
	if strings.TrimSpace(rest[:toks[0].start]) != "" {
		return 0, 0, 0, false
	}
	end := toks[1].end
	if len(toks) > 2 && toks[2].isNum && len(toks[2].s) == 4 && toks[2].start-end <= 2 {
		year, end = atoi(toks[2].s), toks[2].end
	}
	after := strings.TrimLeft(rest[end:], " .")
	if strings.HasPrefix(after, "(") {
		j := strings.IndexByte(after, ')')
		if j < 0 || j > 40 {
			return 0, 0, 0, false
		}
		after = strings.TrimLeft(after[j+1:], " ")
	}
	if !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "—") && !strings.HasPrefix(after, "–") && !strings.HasPrefix(after, ":") {
		return 0, 0, 0, false
	}
	// February 29 is a day only in leap years; 2000 was one.
	check := time.Date(2000, month, day, 0, 0, 0, 0, time.UTC)
	if day < 1 || check.Day() != day {
		return 0, 0, 0, false
	}
	if year != 0 && (year < 1900 || year > 2200 || time.Date(year, month, day, 0, 0, 0, 0, time.UTC).Day() != day) {
		return 0, 0, 0, false
	}
	return year, month, day, true
}

// skipWeekday returns s without an English weekday (and a comma after
// it) opening it: "Wednesday, Feb. 26, 2025 —" → "Feb. 26, 2025 —".
func skipWeekday(s string) string {
	t := strings.TrimLeft(s, " ")
	end := strings.IndexAny(t, " ,")
	if end <= 0 {
		return s
	}
	if !slices.Contains(englishWeekdays, strings.ToLower(strings.TrimSuffix(t[:end], "."))) {
		return s
	}
	return " " + strings.TrimLeft(t[end:], " ,")
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
	// Paths laid out as dates may be an archive's old news
	// ("/1981/06/09/"); eight bare digits may be an id, so only recent
	// years count there.
	ok := func(y, m, d int) (time.Time, bool) { return dayIfValid(y, m, d, 1900) }
	compact := func(y, m, d int) (time.Time, bool) { return dayIfValid(y, m, d, 1990) }
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
			if t, good := compact(atoi(p[:4]), atoi(p[4:6]), atoi(p[6:])); good {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// dayIfValid returns the day y-m-d when it is a real day no earlier than
// the year earliest and no later than 2200.
func dayIfValid(y, m, d, earliest int) (time.Time, bool) {
	if y < earliest || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// nameDate reads a publication day from the start of a saved file's name,
// as collections often name them ("2021-06-15-geneva-preview.txt",
// "20210615_story.html"): the last resort when the page gives no year. A
// document with a URL, or a record inside an archive, is not named by
// its file.
func nameDate(doc parley.Document) (time.Time, bool) {
	loc := doc.Locator
	if doc.URL != "" || loc == "" || loc == "-" || loc == "stdin" || strings.ContainsAny(loc, "@") || strings.Contains(loc, "://") {
		return time.Time{}, false
	}
	base := loc[strings.LastIndexAny(loc, `/\`)+1:]
	var y, m, d string
	earliest := 1990 // (eight bare digits may be an id: only recent years)
	switch {
	case len(base) >= 10 && base[4] == '-' && base[7] == '-':
		y, m, d = base[:4], base[5:7], base[8:10]
		base = base[10:]
		earliest = 1900 // "1981-06-09-…": an archive's old news, dashed as a date
	case len(base) >= 8:
		y, m, d = base[:4], base[4:6], base[6:8]
		base = base[8:]
	default:
		return time.Time{}, false
	}
	if base != "" && isDigit(base[0]) {
		return time.Time{}, false // a longer number: an id, not a day
	}
	for _, s := range []string{y, m, d} {
		for i := 0; i < len(s); i++ {
			if !isDigit(s[i]) {
				return time.Time{}, false
			}
		}
	}
	return dayIfValid(atoi(y), atoi(m), atoi(d), earliest)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
