package extract

import (
	"fmt"
	"testing"
	"time"

	"parley"
)

func TestParseTextDate(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"us style", "June 28, 2021", "2021-06-28T00:00:00Z"},
		{"day first", "28 June 2021", "2021-06-28T00:00:00Z"},
		{"ordinal with weekday", "on Monday, November 18th, 2019", "2019-11-18T00:00:00Z"},
		{"clock and zone", "Monday November 18, 2019 7:45 am PST", "2019-11-18T07:45:00-08:00"},
		{"pm clock", "Nov. 18, 2019 at 11:08 p.m.", "2019-11-18T23:08:00Z"},
		{"iso", "Published: 2021-06-28", "2021-06-28T00:00:00Z"},
		{"german", "publiziert am 25. September 2018", "2018-09-25T00:00:00Z"},
		{"spanish", "28 de junio de 2021", "2021-06-28T00:00:00Z"},
		{"russian", "28 июня 2021", "2021-06-28T00:00:00Z"},
		{"prose is not a date line", "The summit ended on June 28, 2021 in Geneva", ""},
		{"impossible day", "June 31, 2021", ""},
		{"weekday and month abbreviated, dotted clock", "Tue 9 Nov 2021 18.20 GMT", "2021-11-09T18:20:00Z"},
		{"dotted clock with am and a zone", "Saturday 4 March 2023 7.05am AEDT", "2023-03-04T07:05:00+11:00"},
		{"dotted pm clock", "Thursday 2 February 2023 6.45pm GMT", "2023-02-02T18:45:00Z"},
		{"updated label and Indian time", "Updated: October 2, 2022 16:40 IST", "2022-10-02T16:40:00+05:30"},
		{"ordinal, comma and capital PM", "Last Updated: 3rd May, 2019 11:20 PM IST", "2019-05-03T23:20:00+05:30"},
		{"published label and ISO day", "Published 2020-08-14", "2020-08-14T00:00:00Z"},
		{"posted label, ISO with clock and zone", "Posted 2019-12-01 06:30 HKT", "2019-12-01T06:30:00+08:00"},
		{"dotted day first", "14.07.2020 18:03", "2020-07-14T18:03:00Z"},
		{"dotted with a separator before the clock", "09.10.2018 | 21:10", "2018-10-09T21:10:00Z"},
		{"dotted with a comma before the clock", "21.01.2022, 06:55", "2022-01-21T06:55:00Z"},
		{"slashed, day first by default", "07/02/2019 09:10", "2019-02-07T09:10:00Z"},
		{"slashed, month first when the day cannot be a month", "11/25/2023 08:40", "2023-11-25T08:40:00Z"},
		{"slashed, month first under an American zone", "05/06/2021 10:00 EDT", "2021-05-06T10:00:00-04:00"},
		{"slashed, year first", "2018/04/09", "2018-04-09T00:00:00Z"},
		{"french label with an h clock", "publié le 9 octobre 2020 à 18h45", "2020-10-09T18:45:00Z"},
		{"french abbreviated month", "Mis à jour le 3 févr. 2022", "2022-02-03T00:00:00Z"},
		{"french weekday", "Mercredi 6 janvier 2021", "2021-01-06T00:00:00Z"},
		{"german label and Uhr", "Stand: 12.03.2020, 17:45 Uhr", "2020-03-12T17:45:00Z"},
		{"clock before the date", "10:15 BST, Monday 28 June 2021", "2021-06-28T10:15:00+01:00"},
		{"chinese", "2021年6月28日 10:30", "2021-06-28T10:30:00Z"},
		{"korean", "2022년 3월 9일", "2022-03-09T00:00:00Z"},
		{"zone with an offset", "Posted 3 March 2021 14:00 GMT+3", "2021-03-03T14:00:00+03:00"},
		{"bare offset", "June 8, 2021 08:40 +02:00", "2021-06-08T08:40:00+02:00"},
		{"zone in brackets", "May 4, 2020 9:30 am (EDT)", "2020-05-04T09:30:00-04:00"},
		{"published then updated: the first", "Published 12 May 2020, updated 14 May 2020", "2020-05-12T00:00:00Z"},
		{"dotted date that cannot be", "31.06.2021", ""},
		{"a number that is not a clock", "June 8, 2021 10.5", ""},
		{"version number", "Version 1.2.2021", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseTextDate(tt.in)
			s := ""
			if ok {
				s = got.Format(time.RFC3339)
			}
			if s != tt.want {
				t.Errorf("parseTextDate(%q) = %q, want %q", tt.in, s, tt.want)
			}
		})
	}
}

func TestParseMachineDate(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"rfc3339 keeps zone", "2019-11-18T07:45:00-08:00", "2019-11-18T07:45:00-08:00"},
		{"utc", "2019-11-18T15:45:00Z", "2019-11-18T15:45:00Z"},
		{"space and offset", "2019-11-19 14:47:00 -0500", "2019-11-19T14:47:00-05:00"},
		{"date only", "2019-11-18", "2019-11-18T00:00:00Z"},
		{"rfc1123", "Mon, 18 Nov 2019 15:45:00 GMT", "2019-11-18T15:45:00Z"},
		{"unix seconds", "1574092800", "2019-11-18T16:00:00Z"},
		{"garbage", "yesterday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseMachineDate(tt.in)
			s := ""
			if ok {
				s = got.Format(time.RFC3339)
			}
			if s != tt.want {
				t.Errorf("parseMachineDate(%q) = %q, want %q", tt.in, s, tt.want)
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/2019/11/18/some-story/", "2019-11-18"},
		{"https://example.com/news/2019-11-18-some-story", "2019-11-18"},
		{"https://example.com/2019/nov/18/some-story/", "2019-11-18"},
		{"https://example.com/a/20191118/story.html", "2019-11-18"},
		{"https://example.com/story-12345678901", ""},
		{"https://example.com/2019/13/45/x", ""},
		{"https://example.com/1981/06/09/world/raid.html", "1981-06-09"}, // an archive's old news
		{"https://example.com/1962/oct/22/cuba", "1962-10-22"},
		{"https://example.com/a/19810609/story.html", ""}, // eight bare digits of an old year: an id, maybe
		{"https://example.com/1899/06/09/x", ""},
	}
	for _, tt := range tests {
		got, ok := urlDate(tt.in)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("urlDate(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

func TestNameDate(t *testing.T) {
	tests := []struct{ locator, url, want string }{
		{"news/2021-06-15-geneva-preview.txt", "", "2021-06-15"},
		{"20210615_story.html", "", "2021-06-15"},
		{`C:\saved\2019-11-18 report.htm`, "", "2019-11-18"},
		{"news/2021-06-15-geneva-preview.txt", "https://example.com/x", ""}, // the page's address says more
		{"crawl-2021-06-15.warc.gz@81234", "", ""},                          // an archive's record
		{"2021-06-15/story.txt", "", ""},                                    // a folder's date is not the page's
		{"202106151200-story.txt", "", ""},                                  // a longer number
		{"2021-13-40-story.txt", "", ""},
		{"archive/1981-06-09-wire-raid.txt", "", "1981-06-09"}, // old news, dashed as a date
		{"19810609_story.html", "", ""},                        // eight bare digits of an old year: an id, maybe
		{"stdin", "", ""},
	}
	for _, tt := range tests {
		got, ok := nameDate(parley.Document{Locator: tt.locator, URL: tt.url})
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("nameDate(%q, %q) = %q, want %q", tt.locator, tt.url, s, tt.want)
		}
	}
}

// A text whose dateline gives no year takes the day its file is named by.
func TestPublishedFromFileName(t *testing.T) {
	text := "Leaders meet\n\nGENEVA, June 15 (Wire) - The two presidents meet on Wednesday for their first summit, with low hopes on both sides.\n"
	a, err := Extract(parley.Document{Locator: "saved/2021-06-15-geneva.txt", Body: []byte(text)}, parley.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.Format(time.DateOnly); got != "2021-06-15" || a.PublishedSource != parley.DateFromName {
		t.Errorf("published %s from %q, want 2021-06-15 from the name", got, a.PublishedSource)
	}
}

func TestWireDateline(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // YYYY-MM-DD, with 0000 for a dateline without a year; "" for none
	}{
		{"agency in brackets and a hyphen", "OSLO, Sept 3 (Harbour Wire) - Ministers met on Friday.", "0000-09-03"},
		{"two-word place and a colon", "NEW DELHI, April 12: The talks began late.", "0000-04-12"},
		{"day before month and an em dash", "PARIS, 3 mars (Agence X) — Le sommet s'ouvre.", "0000-03-03"},
		{"with a year", "CAIRO, May 5, 2021 (Nile Wire) - Talks resumed.", "2021-05-05"},
		{"abbreviated month with a dot", "BEIJING, Nov. 16 (Wire) - Leaders spoke.", "0000-11-16"},
		{"country after the city", "NAIROBI, Kenya, Feb 12, 2024 — President Ruto hosted talks.", "2024-02-12"},
		{"abbreviated state after the city", "FRESNO, Calif., March 3 (Valley Wire) - The governor spoke.", "0000-03-03"},
		{"weekday before the day", "LONDON, Wednesday 26 February 2025 — Starmer will host Zelensky.", "2025-02-26"},
		{"weekday and a comma before the month", "TOKYO, Tuesday, Feb. 4, 2025 - Talks resumed.", "2025-02-04"},
		{"a weekday alone", "LONDON, Wednesday — Starmer spoke.", ""},
		{"two places with a slash", "BEIJING/WASHINGTON, Dec 4, 2024 (Wire) - China banned exports.", "2024-12-04"},
		{"lower-case words after the city", "PARIS, the capital, June 15 - Talks.", ""},
		{"place not in capitals", "Geneva, June 15 (Wire) - Talks.", ""},
		{"no dash after the date", "PARIS, June 15 was a hot day.", ""},
		{"not a day", "OSLO, June 31 (Wire) - Text.", ""},
		{"prose", "The talks, held on June 15, ended late.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y, m, d, ok := wireDateline(tt.in)
			got := ""
			if ok {
				got = fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
			}
			if got != tt.want {
				t.Errorf("wireDateline(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFindTextDateInLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"byline with a date", "Staff Writer | Last Updated: 12th March, 2021 10:05 AM IST", "2021-03-12T10:05:00+05:30"},
		{"date box with a clock", "Posted: Fri 6:45 PM, Feb 16, 2018", "2018-02-16T18:45:00Z"},
		{"Brazilian day first", "05/10/2018 - Publicado por: Ana Lima", "2018-10-05T00:00:00Z"},
		{"no full date", "Published in June", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := findTextDate(tt.in)
			got := ""
			if ok {
				got = d.t.Format(time.RFC3339)
			}
			if got != tt.want {
				t.Errorf("findTextDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzTextDate feeds arbitrary lines to the prose date readers: they must
// not panic, and any date they return must be a real one in the years
// they accept. The seeds run on every go test.
func FuzzTextDate(f *testing.F) {
	for _, s := range []string{
		"Tue 9 Nov 2021 18.20 GMT", "Saturday 4 March 2023 7.05am AEDT", "Updated: October 2, 2022 16:40 IST",
		"14.07.2020 18:03", "11/25/2023 08:40", "05/06/2021 10:00 EDT", "publié le 9 octobre 2020 à 18h45",
		"10:15 BST, Monday 28 June 2021", "2021年6月28日 10:30", "Posted 3 March 2021 14:00 GMT+3",
		"June 8, 2021 08:40 +02:00", "OSLO, Sept 3 (Harbour Wire) - Ministers met.", "GMT+", "1:1 a.", "+",
		"UTC-99:99", "31.02.2021", "2021-", "年月日", "\xff\xfe 12 June 2021",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, get := range []func(string) (time.Time, bool){
			parseTextDate,
			func(s string) (time.Time, bool) { d, ok := findTextDate(s); return d.t, ok },
		} {
			if tm, ok := get(s); ok && (tm.Year() < 1900 || tm.Year() > 2200) {
				t.Errorf("%q gave %v", s, tm)
			}
		}
		if y, m, d, ok := wireDateline(s); ok && (m < 1 || m > 12 || d < 1 || d > 31 || y != 0 && (y < 1900 || y > 2200)) {
			t.Errorf("%q gave dateline %d-%d-%d", s, y, m, d)
		}
	})
}
