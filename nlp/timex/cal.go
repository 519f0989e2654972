package timex

import (
	"time"

	"parley"
)

// Calendar arithmetic on days. Every day is a time.Time at midnight UTC;
// ranges are inclusive at both ends, like TimeExpr.Earliest and Latest.

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func daysIn(y int, m time.Month) int { return ymd(y, m+1, 0).Day() }

func validDay(y int, m time.Month, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func monthStart(t time.Time) time.Time { return ymd(t.Year(), t.Month(), 1) }
func monthEnd(t time.Time) time.Time {
	return ymd(t.Year(), t.Month(), daysIn(t.Year(), t.Month()))
}
func yearStart(y int) time.Time { return ymd(y, time.January, 1) }
func yearEnd(y int) time.Time   { return ymd(y, time.December, 31) }

// weekStart returns the Monday of t's week (news weeks run Monday to Sunday).
func weekStart(t time.Time) time.Time { return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }

// addMonths moves t by n months, keeping the day inside the target month
// (31 January plus one month is 28 or 29 February, not 3 March).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	mi := int(m) - 1 + n
	y += floorDiv(mi, 12)
	mo := time.Month(mi - floorDiv(mi, 12)*12 + 1)
	if d > daysIn(y, mo) {
		d = daysIn(y, mo)
	}
	return ymd(y, mo, d)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// maxShift bounds counted offsets so that no arithmetic leaves the years
// a parley.Date can hold.
const maxShift = 20000

// addUnit moves t by n units (n may be negative).
func addUnit(t time.Time, n int, u unit) time.Time {
	switch u {
	case uHour:
		// Round to whole days: "24 hours ago" is yesterday, "six hours ago" today.
		if n >= 0 {
			return t.AddDate(0, 0, (n+12)/24)
		}
		return t.AddDate(0, 0, -((-n + 12) / 24))
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return addMonths(t, n)
	case uYear:
		return addMonths(t, 12*n)
	case uDecade:
		return addMonths(t, 120*n)
	}
	return t
}

// unitPrecision is the precision an expression counted in u has.
func unitPrecision(u unit) parley.Precision {
	switch u {
	case uHour, uDay:
		return parley.PrecisionDay
	case uWeek, uWeekend, uFortnight:
		return parley.PrecisionWeek
	case uMonth:
		return parley.PrecisionMonth
	case uYear:
		return parley.PrecisionYear
	case uDecade:
		return parley.PrecisionDecade
	}
	return parley.PrecisionNone
}

// coarsen widens the range [e, l] to whole calendar units of u: a month
// offset names whole months, a year offset whole years. A week stays a
// seven-day window around its day, and a decade a three-year window
// around its year, since "a decade ago" is not exact.
func coarsen(e, l time.Time, u unit) (time.Time, time.Time) {
	switch u {
	case uWeek, uFortnight, uWeekend:
		return e.AddDate(0, 0, -3), l.AddDate(0, 0, 3)
	case uMonth:
		return monthStart(e), monthEnd(l)
	case uYear:
		return yearStart(e.Year()), yearEnd(l.Year())
	case uDecade:
		return yearStart(e.Year() - 1), yearEnd(l.Year() + 1)
	}
	return e, l
}

// valueOf gives the single date that best names the range [e, l]: the day,
// month or year they share, or the year of the middle of the range.
func valueOf(e, l time.Time) parley.Date {
	switch {
	case e.Year() != l.Year():
		mid := time.Unix((e.Unix()+l.Unix())/2, 0).UTC()
		return parley.Date{Year: mid.Year()}
	case e.Month() != l.Month():
		return parley.Date{Year: e.Year()}
	case e.Day() != l.Day():
		return parley.Date{Year: e.Year(), Month: e.Month()}
	}
	return parley.DateOf(e)
}

// inCalendar reports whether t lies in the years a parley.Date can hold.
func inCalendar(t time.Time) bool { return t.Year() >= 1 && t.Year() <= 9999 }
