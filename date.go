package parley

import (
	"fmt"
	"time"
)

// Date is a calendar date known to day, month or year precision: 2021-06-28,
// 2021-06 or 2021. Unknown parts are zero; the zero Date means "unknown".
// News states dates at all three precisions, and Parley keeps what the text
// says rather than inventing a day.
type Date struct {
	Year  int
	Month time.Month // 0 when only the year is known
	Day   int        // 0 when only the year or month is known
}

// DateOf returns the day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// Day returns the date at day precision.
func Day(year int, month time.Month, day int) Date { return Date{year, month, day} }

// ParseDate parses "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (the zero Date).
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	var d Date
	var err error
	switch len(s) {
	case 4:
		_, err = fmt.Sscanf(s, "%04d", &d.Year)
	case 7:
		var m int
		if s[4] != '-' {
			return Date{}, fmt.Errorf("date %q: want YYYY-MM", s)
		}
		_, err = fmt.Sscanf(s, "%04d-%02d", &d.Year, &m)
		d.Month = time.Month(m)
	case 10:
		t, perr := time.Parse(time.DateOnly, s)
		if perr != nil {
			return Date{}, fmt.Errorf("date %q: %w", s, perr)
		}
		return DateOf(t), nil
	default:
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	if err != nil {
		return Date{}, fmt.Errorf("date %q: %w", s, err)
	}
	if !d.valid() {
		return Date{}, fmt.Errorf("date %q: out of range", s)
	}
	return d, nil
}

// MustParseDate is ParseDate for literals in tests and tables; it panics on error.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func (d Date) valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Precision returns how much of the date is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// String formats the date as "YYYY-MM-DD", "YYYY-MM", "YYYY" or "".
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionNone:
		return ""
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// First returns the first day the date covers (2021-06 → 2021-06-01).
func (d Date) First() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = time.January
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, m, day, 0, 0, 0, 0, time.UTC)
}

// Last returns the last day the date covers (2021-06 → 2021-06-30).
func (d Date) Last() time.Time {
	switch d.Precision() {
	case PrecisionYear:
		return time.Date(d.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, d.Month, daysIn(d.Year, d.Month), 0, 0, 0, 0, time.UTC)
	}
	return d.First()
}

// Time returns the first day as a time in UTC (the zero time for the zero Date).
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return d.First()
}

// Agrees reports whether two dates can name the same day at their
// precisions: 2021-06 agrees with 2021-06-16, 2021-06-16 does not agree with
// 2021-06-17. An unknown date agrees with nothing.
func (d Date) Agrees(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return !d.First().After(o.Last()) && !o.First().After(d.Last())
}

// AddDays returns the day-precision date n days after d (d must be a day).
func (d Date) AddDays(n int) Date { return DateOf(d.First().AddDate(0, 0, n)) }

// Before reports whether d ends before o begins.
func (d Date) Before(o Date) bool { return d.Last().Before(o.First()) }

// MarshalText writes the String form, so dates read well in JSON.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads the String form.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Precision is how finely a date or time expression is known.
type Precision uint8

// Precisions from coarsest to finest.
const (
	PrecisionNone Precision = iota
	PrecisionDecade
	PrecisionYear
	PrecisionMonth
	PrecisionWeek
	PrecisionDay
)

var precisionNames = [...]string{"", "decade", "year", "month", "week", "day"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", p)
}

// TimeExpr is a date expression found in an article ("on Friday", "May 19",
// "less than two weeks ago") and what it means, resolved against the
// publication date or a date the text established before it.
type TimeExpr struct {
	Span Span
	Text string
	// Value is the best single date the expression names, at the finest
	// precision the text supports (a week or decade is given as its year
	// or month; see Earliest and Latest for the exact range).
	Value Date
	// Precision is the precision of the expression itself, which may be a
	// week or a decade.
	Precision Precision
	// Earliest and Latest bound the days the expression can mean, both
	// inclusive, at day precision ("less than two weeks ago", published
	// 2021-06-28 → 2021-06-14 … 2021-06-28).
	Earliest, Latest Date
	// Relation tells whether the expression points before, after or at the
	// reference date; the tagger decides it from tense and modality.
	Relation TimeRelation
	// Anchored is true when the value came from resolving the expression
	// against a reference date rather than from the text alone.
	Anchored bool
	// Anchor is the reference date the value was resolved against: the
	// publication date, a date the text established before ("two days
	// later"), or for an anniversary the year of the occasion itself (the
	// 20th anniversary in 2021 has Anchor 2021 and Value 2001). Zero when
	// the text alone gives the value.
	Anchor Date
	// Kind names the form of the expression ("absolute", "weekday",
	// "relative", "offset", "anniversary", …) for explanation and tests.
	Kind string
}

// TimeRelation places a time expression relative to its reference date.
type TimeRelation string

// The directions a time expression can point in.
const (
	TimeUnknown TimeRelation = ""
	TimePast    TimeRelation = "past"
	TimeSame    TimeRelation = "same"
	TimeFuture  TimeRelation = "future"
)
