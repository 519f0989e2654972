package feed

import (
	"strings"
	"time"
	"unicode"
)

// ParseDate reads a feed date: the RFC 822 forms of RSS ("Mon, 02 Jan
// 2006 15:04:05 GMT", with or without weekday or seconds, two- or
// four-digit years, numeric or named zones) and the RFC 3339 forms of Atom
// and Dublin Core ("2006-01-02T15:04:05Z", a bare day "2006-01-02"). A
// date without a zone is read as UTC. It reports false for anything else.
func ParseDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, layout := range isoLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	// RFC 822: drop the weekday, which adds nothing and is often wrong,
	// and turn a named zone into its offset.
	if i := strings.IndexByte(s, ','); i > 0 && i < 12 && isLetters(s[:i]) {
		s = strings.TrimSpace(s[i+1:])
	} else if f := strings.Fields(s); len(f) > 3 && isLetters(f[0]) && len(f[0]) >= 3 && isDigits(f[1]) {
		s = strings.Join(f[1:], " ") // "Mon 02 Jan 2006 …"
	}
	if f := strings.Fields(s); len(f) > 0 {
		last := f[len(f)-1]
		if off, ok := zoneOffsets[strings.ToUpper(last)]; ok {
			f[len(f)-1] = off
			s = strings.Join(f, " ")
		}
	}
	for _, layout := range rfc822Layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02",
}

var rfc822Layouts = []string{
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 -07:00",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 06 15:04:05 -0700",
	"2 Jan 06 15:04 -0700",
	"2 January 2006 15:04:05 -0700",
	"2 January 2006 15:04 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 January 2006 15:04:05",
	"Jan 2 2006 15:04:05 -0700",
	"January 2 2006 15:04:05 -0700",
	"2 Jan 2006",
	"2 January 2006",
}

// zoneOffsets are the zone names feeds use in practice, with their
// offsets. RFC 822 names the North American zones; the rest turn up in
// the wild.
var zoneOffsets = map[string]string{
	"UT": "+0000", "UTC": "+0000", "GMT": "+0000", "Z": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
	"BST": "+0100", "CET": "+0100", "CEST": "+0200", "EET": "+0200", "EEST": "+0300",
	"MSK": "+0300", "IST": "+0530", "PKT": "+0500", "HKT": "+0800", "SGT": "+0800",
	"JST": "+0900", "KST": "+0900", "AEST": "+1000", "AEDT": "+1100", "NZST": "+1200", "NZDT": "+1300",
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
