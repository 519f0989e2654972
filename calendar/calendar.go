// Package calendar is Parley's built-in calendar of occasions: national
// days of the UN member states, the signing of major treaties, the
// establishment of diplomatic relations and the founding of parties and
// organisations. A briefing asks it which occasions of the two sides fall
// near its date ("the 20th anniversary of the Treaty of
// Good-Neighbourliness…, signed 2001-07-16", "the centenary of the
// Communist Party of China").
//
// The data are a text file the team writes from public facts, embedded in
// the binary (data/occasions.txt; its header documents the format).
package calendar

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"parley"
)

//go:embed data/occasions.txt
var builtin string

// Kind is what an occasion commemorates.
type Kind string

// The kinds of occasion.
const (
	NationalDay Kind = "national-day"
	Treaty      Kind = "treaty"
	Relations   Kind = "relations"
	Founding    Kind = "founding"
)

// Occasion is one entry of the calendar.
type Occasion struct {
	// Origin is the day of the original event. Its Year is 0 for a day
	// observed every year without a year to count from; then Month and
	// Day are still set.
	Origin parley.Date
	Kind   Kind
	// Parties are ISO 3166-1 alpha-3 codes and organisation actor IDs.
	Parties []string
	Name    string
	// From and Until are the first and last year the occasion is
	// observed on this day; 0 means no bound.
	From, Until int
	// Line is the line of the data file, for error messages.
	Line int
}

// Calendar is a list of occasions.
type Calendar struct{ occasions []Occasion }

// Builtin returns the embedded calendar.
func Builtin() (*Calendar, error) {
	os, err := Parse(strings.NewReader(builtin))
	if err != nil {
		return nil, fmt.Errorf("built-in calendar: %w", err)
	}
	return &Calendar{occasions: os}, nil
}

// New returns a calendar of the given occasions.
func New(os []Occasion) *Calendar { return &Calendar{occasions: os} }

// Occasions returns every occasion, in file order.
func (c *Calendar) Occasions() []Occasion { return c.occasions }

// Parse reads occasions in the format data/occasions.txt documents. It
// reports the first malformed line with its number.
func Parse(r io.Reader) ([]Occasion, error) {
	var out []Occasion
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		o, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		o.Line = n
		out = append(out, o)
	}
	return out, sc.Err()
}

func parseLine(line string) (Occasion, error) {
	var o Occasion
	f := strings.Split(line, " | ")
	if len(f) < 4 || len(f) > 6 {
		return o, fmt.Errorf("want 4 to 6 fields separated by \" | \", got %d", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	var err error
	if o.Origin, err = parseOrigin(f[0]); err != nil {
		return o, err
	}
	o.Kind = Kind(f[1])
	switch o.Kind {
	case NationalDay, Treaty, Relations, Founding:
	default:
		return o, fmt.Errorf("kind %q: want national-day, treaty, relations or founding", f[1])
	}
	o.Parties = strings.Fields(f[2])
	if len(o.Parties) == 0 {
		return o, fmt.Errorf("no parties")
	}
	for _, p := range o.Parties {
		if !validParty(p) {
			return o, fmt.Errorf("party %q: want an ISO 3166-1 alpha-3 code or an org: actor ID", p)
		}
	}
	o.Name = f[3]
	if o.Name == "" {
		return o, fmt.Errorf("empty name")
	}
	for _, opt := range f[4:] {
		k, v, ok := strings.Cut(opt, "=")
		y, err := strconv.Atoi(v)
		if !ok || err != nil || y < 1 || y > 9999 {
			return o, fmt.Errorf("option %q: want from=YYYY or until=YYYY", opt)
		}
		switch k {
		case "from":
			o.From = y
		case "until":
			o.Until = y
		default:
			return o, fmt.Errorf("option %q: want from=YYYY or until=YYYY", opt)
		}
	}
	if o.From != 0 && o.Until != 0 && o.Until < o.From {
		return o, fmt.Errorf("until=%d is before from=%d", o.Until, o.From)
	}
	return o, nil
}

// parseOrigin reads YYYY-MM-DD or --MM-DD.
func parseOrigin(s string) (parley.Date, error) {
	if strings.HasPrefix(s, "--") {
		// Any leap year checks the day: 29 February must be possible.
		d, err := parley.ParseDate("2000" + s[1:])
		if err != nil || len(s) != 7 {
			return parley.Date{}, fmt.Errorf("date %q: want YYYY-MM-DD or --MM-DD", s)
		}
		return parley.Date{Month: d.Month, Day: d.Day}, nil
	}
	d, err := parley.ParseDate(s)
	if err != nil || d.Precision() != parley.PrecisionDay {
		return parley.Date{}, fmt.Errorf("date %q: want YYYY-MM-DD or --MM-DD", s)
	}
	return d, nil
}

func validParty(p string) bool {
	if strings.HasPrefix(p, "org:") {
		slug := p[len("org:"):]
		return slug != "" && strings.Trim(slug, "abcdefghijklmnopqrstuvwxyz0123456789-") == ""
	}
	return len(p) == 3 && strings.Trim(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// Upcoming is an occasion on a given day of a given year.
type Upcoming struct {
	Occasion
	// On is the day the occasion falls on.
	On parley.Date
	// Years is how many years On is after the origin; 0 for occasions
	// without an origin year.
	Years int
	// Days is the number of days from the reference date to On:
	// negative when On is before it.
	Days int
}

// Near returns the occasions that fall within days days of on, either
// side, and concern the pair: see Concerns. They are ordered by day, then
// by file order.
func (c *Calendar) Near(on parley.Date, days int, a, b Side) []Upcoming {
	ref := on.First()
	var out []Upcoming
	for _, o := range c.occasions {
		if !o.Concerns(a, b) {
			continue
		}
		for _, y := range []int{on.Year - 1, on.Year, on.Year + 1} {
			u, ok := o.In(y)
			if !ok {
				continue
			}
			d := int(u.On.First().Sub(ref).Hours() / 24)
			if d < -days || d > days {
				continue
			}
			u.Days = d
			out = append(out, u)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].On.Before(out[j].On) })
	return out
}

// In returns the occasion as it falls in year y, and false when it is not
// observed that year (before its origin, or outside From and Until). An
// occasion of 29 February falls on 28 February in other years.
func (o Occasion) In(y int) (Upcoming, bool) {
	if o.Origin.Year != 0 && y <= o.Origin.Year || o.From != 0 && y < o.From || o.Until != 0 && y > o.Until {
		return Upcoming{}, false
	}
	day := o.Origin.Day
	if o.Origin.Month == time.February && day == 29 && time.Date(y, 3, 0, 0, 0, 0, 0, time.UTC).Day() != 29 {
		day = 28
	}
	u := Upcoming{Occasion: o, On: parley.Day(y, o.Origin.Month, day)}
	if o.Origin.Year != 0 {
		u.Years = y - o.Origin.Year
	}
	return u, true
}

// Side is one side of a briefing as the calendar sees it: the actor IDs
// and the countries it stands for.
type Side struct {
	IDs       []string
	Countries []string
}

func (s Side) has(p string) bool {
	for _, x := range s.IDs {
		if x == p {
			return true
		}
	}
	for _, x := range s.Countries {
		if x == p {
			return true
		}
	}
	return false
}

// Concerns reports whether the occasion belongs in a briefing on sides a
// and b. An occasion of one state (its national day, the founding of its
// party, listed with the party's ID) concerns a briefing either side of
// which is that state or organisation; an occasion of several states (a
// treaty, relations, a union they founded) concerns a briefing each side
// of which is one of them.
func (o Occasion) Concerns(a, b Side) bool {
	states := 0
	for _, p := range o.Parties {
		if !strings.HasPrefix(p, "org:") {
			states++
		}
	}
	if states <= 1 {
		for _, p := range o.Parties {
			if a.has(p) || b.has(p) {
				return true
			}
		}
		return false
	}
	var ha, hb bool
	for _, p := range o.Parties {
		ha = ha || a.has(p)
		hb = hb || b.has(p)
	}
	return ha && hb
}

// Describe says what the occasion is in one phrase: "20th anniversary of
// the Treaty of …, signed 2001-07-16", "centenary of the Communist Party
// of China, founded 1921-07-01", "Russia Day (31st anniversary, 1990-06-12)".
func (u Upcoming) Describe() string {
	ord := Anniversary(u.Years)
	orig := u.Origin.String()
	switch u.Kind {
	case Treaty:
		return fmt.Sprintf("%s of the %s, signed %s", ord, u.Name, orig)
	case Relations:
		return fmt.Sprintf("%s of the establishment of %s, %s", ord, u.Name, orig)
	case Founding:
		return fmt.Sprintf("%s of the %s, founded %s", ord, u.Name, orig)
	}
	if u.Years == 0 {
		return u.Name
	}
	return fmt.Sprintf("%s (%s, %s)", u.Name, ord, orig)
}

// Anniversary names the n-th anniversary: "20th anniversary",
// "centenary", "bicentenary".
func Anniversary(n int) string {
	switch n {
	case 100:
		return "centenary"
	case 200:
		return "bicentenary"
	case 300:
		return "tercentenary"
	}
	return Ordinal(n) + " anniversary"
}

// Ordinal writes n as an English ordinal number: 1st, 2nd, 3rd, 11th, 21st.
func Ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
