package brief

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"parley"
	"parley/calendar"
)

// occasions lists the anniversaries and national days within
// opt.OccasionDays of the date: those of the built-in calendar that
// concern the pair, and those the articles about the pair mention ("the
// hundredth anniversary of its founding on July 1"). An anniversary both
// give is one line citing both.
func (bl *builder) occasions() error {
	sa := calendar.Side{IDs: bl.a.ids, Countries: bl.a.countries}
	sb := calendar.Side{IDs: bl.b.ids, Countries: bl.b.countries}
	var out []Occasion
	for _, u := range bl.opt.Calendar.Near(bl.on, bl.opt.OccasionDays, sa, sb) {
		out = append(out, Occasion{On: u.On, Days: u.Days, Text: u.Describe(),
			Sources: []Citation{{Calendar: fmt.Sprintf("calendar/data/occasions.txt:%d", u.Line)}}})
	}
	mentioned, err := bl.mentionedAnniversaries()
	if err != nil {
		return err
	}
	for _, m := range mentioned {
		merged := false
		for i := range out {
			if out[i].On == m.on && strings.Contains(out[i].Text, m.origin) {
				out[i].Sources = appendCitation(out[i].Sources, m.source)
				merged = true
			}
		}
		if !merged {
			out = append(out, Occasion{On: m.on, Days: daysBetween(bl.on, m.on),
				Text:    fmt.Sprintf("%s of an event of %s, as an article puts it: “%s”", calendar.Anniversary(m.years), m.origin, m.phrase),
				Sources: []Citation{m.source}})
		}
	}
	sortOccasions(out)
	bl.br.Occasions = out
	if len(out) == 0 {
		bl.gap("no anniversary or national day of theirs is known within %d days of %s", bl.opt.OccasionDays, bl.on)
	}
	return nil
}

func sortOccasions(os []Occasion) {
	for i := 1; i < len(os); i++ {
		for j := i; j > 0 && os[j].On.Before(os[j-1].On); j-- {
			os[j], os[j-1] = os[j-1], os[j]
		}
	}
}

// mentioned is an anniversary an article names.
type mentioned struct {
	on     parley.Date
	years  int
	origin string // the origin as the calendar writes it: a year or a day
	phrase string
	source Citation
}

// mentionedAnniversaries finds anniversary expressions (time expressions
// of kind "anniversary") in the articles about the pair that fall within
// the occasion window.
func (bl *builder) mentionedAnniversaries() ([]mentioned, error) {
	var out []mentioned
	for _, c := range bl.pairArticles(maxArticles) {
		an, err := bl.analysis(c.ArticleID)
		if err != nil {
			return nil, err
		}
		for _, d := range an.Dates {
			if d.Kind != "anniversary" || d.Value.IsZero() {
				continue
			}
			m, ok := resolveAnniversary(an, d)
			if !ok {
				continue
			}
			if days := daysBetween(bl.on, m.on); days < -bl.opt.OccasionDays || days > bl.opt.OccasionDays {
				continue
			}
			sent := sentenceOf(an, d.Span)
			m.phrase = strings.TrimSpace(sent.In(an.Article.Text))
			m.source = c
			m.source.Sentence = m.phrase
			out = append(out, m)
		}
	}
	return out, nil
}

// resolveAnniversary works out the day an anniversary expression falls
// on: the ordinal of the expression ("hundredth", "20th") counted from its
// value (the origin), and the day a date of the same sentence gives in
// that year ("… on July 1"), or the origin's own day.
func resolveAnniversary(an *parley.Analysis, d parley.TimeExpr) (mentioned, bool) {
	n := ordinalIn(d.Text)
	if n == 0 && d.Anchor.Year > d.Value.Year {
		n = d.Anchor.Year - d.Value.Year
	}
	if n <= 0 {
		return mentioned{}, false
	}
	year := d.Value.Year + n
	m := mentioned{years: n, origin: d.Value.String()}
	sent := sentenceOf(an, d.Span)
	for _, o := range an.Dates {
		if o.Span != d.Span && sent.Contains(o.Span) && o.Value.Precision() == parley.PrecisionDay && o.Value.Year == year {
			m.on = o.Value
			return m, true
		}
	}
	if d.Value.Precision() == parley.PrecisionDay {
		m.on = parley.Day(year, d.Value.Month, d.Value.Day)
		return m, true
	}
	return mentioned{}, false
}

var ordinalDigits = regexp.MustCompile(`\b(\d{1,3})(st|nd|rd|th)\b`)

// ordinalWordsValue maps written ordinals and their parts to numbers.
var ordinalWordsValue = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
	"fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
}

var tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// ordinalIn reads the ordinal of an anniversary expression: "20th",
// "twentieth", "seventy-fifth", "hundredth", "centenary"; 0 when none.
func ordinalIn(text string) int {
	if m := ordinalDigits.FindStringSubmatch(text); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == '\u00a0' }) {
		if n, ok := ordinalWordsValue[w]; ok {
			return n
		}
		if t, u, ok := strings.Cut(w, "-"); ok {
			if a, ok1 := tens[t]; ok1 {
				if b, ok2 := ordinalWordsValue[u]; ok2 && b < 10 {
					return a + b
				}
			}
		}
	}
	return 0
}
