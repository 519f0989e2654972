package calendar

import (
	"fmt"
	"strings"
	"testing"

	"parley"
	"parley/kb"
)

func builtinCalendar(t *testing.T) *Calendar {
	t.Helper()
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBuiltinParses(t *testing.T) {
	c := builtinCalendar(t)
	counts := map[Kind]int{}
	for _, o := range c.Occasions() {
		counts[o.Kind]++
	}
	// Floors, so that an accidental truncation of the file fails.
	for kind, min := range map[Kind]int{NationalDay: 193, Treaty: 60, Relations: 40, Founding: 25} {
		if counts[kind] < min {
			t.Errorf("%d %s occasions, want at least %d", counts[kind], kind, min)
		}
	}
}

func TestNoOccasionRepeats(t *testing.T) {
	seen := map[string]int{}
	for _, o := range builtinCalendar(t).Occasions() {
		key := fmt.Sprintf("%d-%d-%d|%s|%s|%s", o.Origin.Year, o.Origin.Month, o.Origin.Day, o.Kind, strings.Join(o.Parties, " "), o.Name)
		if prev, ok := seen[key]; ok {
			t.Errorf("line %d repeats line %d", o.Line, prev)
		}
		seen[key] = o.Line
	}
}

// Every UN member state of the knowledge base has a national day, except
// the United Kingdom, which has no fixed one; every country code names a
// state the knowledge base knows.
func TestNationalDaysOfAllUNMembers(t *testing.T) {
	k, err := kb.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	has := map[string]bool{}
	for _, o := range builtinCalendar(t).Occasions() {
		for _, p := range o.Parties {
			if !strings.HasPrefix(p, "org:") && k.State(p) == nil && p != "PSE" && p != "TWN" {
				t.Errorf("line %d: %s is not a state of the knowledge base", o.Line, p)
			}
			if strings.HasPrefix(p, "org:") && k.Get(p) == nil {
				t.Errorf("line %d: %s is not an organisation of the knowledge base", o.Line, p)
			}
		}
		if o.Kind == NationalDay {
			has[o.Parties[0]] = true
		}
	}
	exceptions := map[string]bool{"GBR": true}
	n := 0
	for _, e := range k.Entities() {
		if e.Kind != kb.KindState || e.Status != "un_member" {
			continue
		}
		n++
		if !has[e.Country] && !exceptions[e.Country] {
			t.Errorf("no national day for %s (%s)", e.Name, e.Country)
		}
	}
	if n != 193 {
		t.Errorf("the knowledge base has %d UN members, want 193", n)
	}
}

func TestNear(t *testing.T) {
	c := builtinCalendar(t)
	china := Side{IDs: []string{"person:xi-jinping", "state:CHN"}, Countries: []string{"CHN"}}
	russia := Side{IDs: []string{"person:vladimir-putin", "state:RUS"}, Countries: []string{"RUS"}}
	got := map[string]int{}
	for _, u := range c.Near(parley.MustParseDate("2021-06-28"), 30, china, russia) {
		got[u.On.String()+" "+u.Describe()] = u.Days
	}
	for want, days := range map[string]int{
		"2021-07-16 20th anniversary of the Treaty of Good-Neighbourliness and Friendly Cooperation between China and Russia, signed 2001-07-16": 18,
		"2021-07-01 centenary of the Communist Party of China, founded 1921-07-01":                                                               3,
		"2021-06-12 Russia Day (31st anniversary, 1990-06-12)":                                                                                   -16,
		"2021-06-15 20th anniversary of the Shanghai Cooperation Organisation, founded 2001-06-15":                                               -13,
	} {
		if d, ok := got[want]; !ok || d != days {
			t.Errorf("missing %q (%d days); got %v", want, days, got)
		}
	}
	for k := range got {
		if strings.Contains(k, "Pakistan") || strings.Contains(k, "United States") {
			t.Errorf("an occasion of other states: %q", k)
		}
	}
}

func TestIn(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		year   int
		on     string
		years  int
		absent bool
	}{
		{"Anniversary", "2001-07-16 | treaty | CHN RUS | T", 2021, "2021-07-16", 20, false},
		{"NotBeforeOrigin", "2001-07-16 | treaty | CHN RUS | T", 2001, "", 0, true},
		{"RecurringHasNoYears", "--02-23 | national-day | JPN | D", 2021, "2021-02-23", 0, false},
		{"FromBound", "--02-23 | national-day | JPN | D | from=2020", 2019, "", 0, true},
		{"UntilBound", "--12-23 | national-day | JPN | D | from=1989 | until=2018", 2019, "", 0, true},
		{"LeapDayInCommonYear", "2000-02-29 | founding | USA | F", 2021, "2021-02-28", 21, false},
		{"LeapDayInLeapYear", "2000-02-29 | founding | USA | F", 2024, "2024-02-29", 24, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os, err := Parse(strings.NewReader(tt.line))
			if err != nil {
				t.Fatal(err)
			}
			u, ok := os[0].In(tt.year)
			if ok == tt.absent {
				t.Fatalf("observed = %v, want %v", ok, !tt.absent)
			}
			if ok && (u.On.String() != tt.on || u.Years != tt.years) {
				t.Errorf("on %s after %d years, want %s after %d", u.On, u.Years, tt.on, tt.years)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"TooFewFields", "2001-07-16 | treaty | CHN", "fields"},
		{"BadDate", "2001-13-16 | treaty | CHN RUS | T", "date"},
		{"MonthOnly", "2001-07 | treaty | CHN RUS | T", "date"},
		{"BadRecurring", "--02-30 | national-day | JPN | D", "date"},
		{"BadKind", "2001-07-16 | summit | CHN | T", "kind"},
		{"LowerCaseCode", "2001-07-16 | treaty | chn | T", "party"},
		{"BadOrgID", "2001-07-16 | founding | org:Bad_ID | T", "party"},
		{"EmptyName", "2001-07-16 | treaty | CHN |  ", "fields"},
		{"BadOption", "--02-23 | national-day | JPN | D | since=2020", "option"},
		{"UntilBeforeFrom", "--02-23 | national-day | JPN | D | from=2020 | until=2019", "before"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader("# a comment\n\n" + tt.line + "\n"))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "line 3") {
				t.Errorf("error %v, want one about %q on line 3", err, tt.want)
			}
		})
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th",
		21: "21st", 22: "22nd", 101: "101st", 111: "111th", 112: "112th"} {
		if got := Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{20: "20th anniversary", 100: "centenary", 200: "bicentenary", 75: "75th anniversary"} {
		if got := Anniversary(n); got != want {
			t.Errorf("Anniversary(%d) = %q, want %q", n, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("2001-07-16 | treaty | CHN RUS | T")
	f.Add("--02-29 | national-day | JPN | D | from=2020 | until=2030")
	f.Add("# comment\n\n0301-09-03 | national-day | SMR | F\n")
	f.Add("x | y | z | w | v | u")
	f.Fuzz(func(t *testing.T, s string) {
		os, err := Parse(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, o := range os {
			if o.Name == "" || len(o.Parties) == 0 || o.Origin.Month == 0 || o.Origin.Day == 0 {
				t.Fatalf("accepted an incomplete occasion %+v", o)
			}
			for y := 1; y < 3000; y += 97 {
				if u, ok := o.In(y); ok && u.On.Year != y {
					t.Fatalf("In(%d) = %s", y, u.On)
				}
			}
		}
	})
}
