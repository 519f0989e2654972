package timex

import (
	"strconv"
	"strings"
	"time"
)

// flag marks what a word can do in a date expression or in the tense of
// the clause around one. A word may carry several flags.
type flag uint64

const (
	fMonth     flag = 1 << iota // January … December and their abbreviations
	fAbbr                       // an abbreviation ("Sept", "Dec") that needs a day or year
	fAmbig                      // a month name that is also a common word or name (May, March)
	fWeekday                    // Monday … Sunday
	fNum                        // a cardinal number word (two, twenty-five)
	fOrd                        // an ordinal word (first, twentieth)
	fUnit                       // day, week, month, year, decade, hour, fortnight
	fPlural                     // the plural of a unit (days, weeks)
	fDeictic                    // today, tonight, yesterday, tomorrow
	fPart                       // early, mid, late, earlier, later
	fVague                      // few, several, couple, dozens: a count without a number
	fLess                       // "less than", "under", "within": the range ends at the reference
	fMore                       // "more than", "over", "at least": the range starts before N
	fApprox                     // about, nearly, some: the count is approximate but used as is
	fCue                        // a preposition or determiner that introduces a date (in, since, by)
	fDet                        // a determiner or possessive: the next -ed word is an adjective
	fModal                      // will, shall, would
	fFutureLex                  // expected, set, due, scheduled, plans: future before "to"/"for"
	fPast                       // an irregular past-tense verb or a past auxiliary
	fBePres                     // is, are, am
	fBePast                     // was, were
	fHave                       // has, have: present perfect reports the past
	fSched                      // begins, meets, opens: present tense used for what is scheduled
	fSpeech                     // says, tells: present tense that reports the past
	fAnniv                      // anniversary, birthday, jubilee
	fAnnivWord                  // centennial, centenary and kin (the count is in num)
	fJubilee                    // golden, silver, diamond: an anniversary adjective (count in num)
	fSeason                     // spring, summer, autumn, fall, winter
	fDayPart                    // morning, afternoon, evening, night
	fCountNoun                  // people, troops: after a number it is a count, not a year
	fNotYear                    // section, resolution, flight: the number after it is no year
	fTitle                      // Mr, Mrs, Ms, Dr: an abbreviation that does not end a sentence
	fUntil                      // until, till, from, starting: points forward in a clause without tense
	fFuture                     // upcoming, forthcoming: an adjective that points forward
	fRel                        // this, last, next, past, coming, previous, following, recent, same, that
	fLinking                    // stays, remains, seems: the participle after it is an adjective
	fSubord                     // as, when, that, which: a new clause starts after it
)

// unit is the calendar unit of a counted or deictic expression.
type unit uint8

const (
	uNone unit = iota
	uHour
	uDay
	uWeek
	uWeekend
	uFortnight
	uMonth
	uYear
	uDecade
)

// entry is what the lexicon knows about one lower-case word.
type entry struct {
	word    string
	flags   flag
	month   time.Month
	weekday time.Weekday
	num     int // cardinal or ordinal value, or the count of an anniversary word
	unit    unit
	season  int // 1 spring, 2 summer, 3 autumn, 4 winter
}

func (e *entry) has(f flag) bool { return e != nil && e.flags&f != 0 }

// lexicon maps lower-case ASCII words to their entries. It is built once
// and only read afterwards, so taggers can share it across goroutines.
var lexicon = buildLexicon()

func buildLexicon() map[string]*entry {
	m := map[string]*entry{}
	add := func(w string, f flag) *entry {
		e := m[w]
		if e == nil {
			e = &entry{word: w}
			m[w] = e
		}
		e.flags |= f
		return e
	}
	words := func(f flag, list string) {
		for _, w := range strings.Fields(list) {
			add(w, f)
		}
	}

	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range months {
		e := add(w, fMonth)
		e.month = time.Month(i + 1)
	}
	for _, w := range []string{"march", "may", "april", "june", "august"} {
		m[w].flags |= fAmbig
	}
	for w, mo := range map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4,
		"jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		e := add(w, fMonth|fAbbr)
		e.month = mo
	}

	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		e := add(w, fWeekday)
		e.weekday = time.Weekday(i)
	}

	// Cardinal and ordinal number words up to ninety-nine, with the
	// hyphenated compounds ("twenty-five") stored as one word.
	ones := []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen"}
	onesOrd := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
		"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	tensOrd := []string{"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
		"seventieth", "eightieth", "ninetieth"}
	for n := 1; n < 100; n++ {
		var card, ord string
		switch {
		case n < 20:
			card, ord = ones[n], onesOrd[n]
		case n%10 == 0:
			card, ord = tens[n/10], tensOrd[n/10]
		default:
			card, ord = tens[n/10]+"-"+ones[n%10], tens[n/10]+"-"+onesOrd[n%10]
		}
		add(card, fNum).num = n
		add(ord, fOrd).num = n
	}
	add("hundred", fNum).num = 100
	add("hundredth", fOrd).num = 100
	add("dozen", fNum).num = 12

	for w, u := range map[string]unit{"hour": uHour, "day": uDay, "week": uWeek, "weekend": uWeekend,
		"fortnight": uFortnight, "month": uMonth, "year": uYear, "decade": uDecade} {
		add(w, fUnit).unit = u
		add(w+"s", fUnit|fPlural).unit = u
	}

	for w, d := range map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": -1} {
		add(w, fDeictic).num = d
	}
	words(fPart, "early mid late earlier later")
	words(fVague, "few several couple dozens")
	words(fLess, "less fewer under within")
	words(fMore, "more over least at")
	words(fApprox, "about around nearly almost some roughly approximately just only barely")

	words(fCue, "in on since until till by from to through throughout during before after into for of "+
		"between and or around circa than as last next this early mid late starting beginning ending past")
	words(fUntil, "until till from starting beginning through")
	words(fDet, "the a an this that these those his her its their our my your some any no every each "+
		"many most so well")

	words(fModal, "will shall would")
	words(fFutureLex, "expected set due scheduled slated poised planned plans plan planning going "+
		"intends intend intending aims aim aiming prepares preparing prepared ready")
	words(fFuture, "upcoming forthcoming")
	words(fSubord, "as when while because if that which who whose where although though whereas")
	words(fLinking, "stay stays remain remains seem seems appear appears look looks become becomes "+
		"get gets keep keeps feel feels")
	words(fRel, "this last next past coming previous following preceding recent same that")
	words(0, "the a an ago later earlier after before since afterwards afterward prior hence now "+
		"back end beginning start middle half of in within time one")
	words(fBePres, "is are am")
	words(fBePast, "was were")
	words(fHave, "has have")
	words(fPast, "was were had did said told met held took made came went gave saw began spoke wrote "+
		"left lost sent led brought thought found fell rose paid kept got became ran sat stood struck "+
		"agreed disagreed freed guaranteed decreed "+
		"fled sought fought bought caught taught drew grew threw flew knew broke chose stole drove "+
		"wore swore meant felt heard built spent lent dealt understood withdrew undertook forgot "+
		"shook laid slept swept shot spun sang rang sank swam bore overtook foresaw won "+
		"froze hid rode woke slid overrode upheld withheld forbade forgave overthrew underwent oversaw "+
		"sold fed dug hung swung arose strode rebuilt mistook overcame "+
		"overran outran outfought overshot overflew misled withstood sprang blew tore bit stuck crept leapt wept")
	words(fSched, "begins starts opens ends closes meets arrives visits travels heads returns resumes "+
		"hosts holds votes expires convenes launches kicks takes goes leaves faces "+
		"begin start open meet arrive visit travel head resume host vote expire convene launch "+
		"marks celebrates commemorates gathers mark celebrate commemorate gather")
	words(fSpeech, "says tells writes warns argues notes adds claims insists reports explains recalls")

	words(fAnniv, "anniversary anniversaries birthday jubilee")
	for w, n := range map[string]int{"centennial": 100, "centenary": 100, "bicentennial": 200,
		"bicentenary": 200, "sesquicentennial": 150, "semicentennial": 50, "tercentenary": 300,
		"tricentennial": 300, "quincentenary": 500, "quincentennial": 500, "quasquicentennial": 125} {
		add(w, fAnnivWord).num = n
	}
	for w, n := range map[string]int{"silver": 25, "ruby": 40, "golden": 50, "diamond": 60,
		"sapphire": 65, "platinum": 70} {
		add(w, fJubilee).num = n
	}
	for w, s := range map[string]int{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4} {
		add(w, fSeason).season = s
	}
	words(fDayPart, "morning afternoon evening night")

	words(fCountNoun, "people persons troops soldiers troop police officers men women children "+
		"residents workers jobs votes voters members cases deaths dead killed injured arrests "+
		"km kilometres kilometers miles metres meters feet tons tonnes barrels dollars euros "+
		"pounds yuan rubles roubles rupees yen units homes houses vehicles cars planes aircraft "+
		"ships missiles rockets pages words times points signatures delegates seats refugees "+
		"migrants protesters students employees staff prisoners detainees hostages civilians "+
		"pixels followers subscribers users views likes shares copies dpi rpm mph kph "+
		"years months weeks days hours minutes seconds percent per cent")
	words(fNotYear, "section resolution article rule flight route highway room suite model number "+
		"no vol volume page chapter level code unit item paragraph exit interstate bus gate "+
		"platform hr s pl")
	words(fTitle, "mr mrs ms dr st mt gen col lt sgt rep sen gov pres prof rev jr sr vs inc co corp "+
		"ltd no vol fig ft u")
	return m
}

// lookup returns the lexicon entry for an ASCII word of any case, or nil.
// It lower-cases into a stack buffer so that the map lookup does not
// allocate.
func lookup(w string) *entry {
	if len(w) == 0 || len(w) > 24 {
		return nil
	}
	var buf [24]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lexicon[string(buf[:len(w)])]
}

// ordinalSuffix reports whether s is "st", "nd", "rd" or "th" in any case.
func ordinalSuffix(s string) bool {
	if len(s) != 2 {
		return false
	}
	l := strings.ToLower(s)
	return l == "st" || l == "nd" || l == "rd" || l == "th"
}

// atoiSmall parses up to nine ASCII digits; longer runs give -1 so that
// hostile numbers never overflow the calendar arithmetic.
func atoiSmall(s string) int {
	if len(s) == 0 || len(s) > 9 {
		return -1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
