package extract

import (
	"testing"
	"time"
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
