package kb

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"parley"
)

// The tests in this file check the built-in data itself: coverage, names
// that could be confused, and the consistency of dated roles.

var updateAmbiguous = flag.Bool("update-ambiguous", false, "rewrite source/ambiguous.txt with the names the data now shares between entities")

func loadBuiltin(t *testing.T) *KB {
	t.Helper()
	k, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func day(s string) time.Time {
	v, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return v
}

func TestBuiltinCounts(t *testing.T) {
	k := loadBuiltin(t)
	count := map[string]int{}
	status := map[string]int{}
	for _, e := range k.Entities() {
		count[e.Kind]++
		if e.Kind == KindState {
			status[e.Status]++
		}
	}
	t.Logf("entities: %v; state statuses: %v", count, status)
	// 193 UN members; the Holy See and Palestine are the observer states.
	if status["un_member"] != 193 {
		t.Errorf("%d UN members, want 193", status["un_member"])
	}
	if status["un_observer"] != 2 {
		t.Errorf("%d UN observer states, want 2", status["un_observer"])
	}
	for kind, min := range map[string]int{KindState: 250, KindOrganization: 150, KindPerson: 500, KindPlace: 300} {
		if count[kind] < min {
			t.Errorf("%d %s entities, want at least %d", count[kind], kind, min)
		}
	}
}

// TestEveryISOCodeIsAState compares the states with Debian's iso-codes list,
// the generator's source, when the machine has it.
func TestEveryISOCodeIsAState(t *testing.T) {
	const path = "/usr/share/iso-codes/json/iso_3166-1.json"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("iso-codes is not installed (%v); install the Debian package iso-codes to run this test", err)
	}
	var doc map[string][]struct {
		Alpha2 string `json:"alpha_2"`
		Alpha3 string `json:"alpha_3"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	k := loadBuiltin(t)
	for _, c := range doc["3166-1"] {
		s := k.State(c.Alpha3)
		if s == nil {
			t.Errorf("no state for ISO code %s", c.Alpha3)
			continue
		}
		if s.Alpha2 != c.Alpha2 {
			t.Errorf("%s: alpha2 %q, want %q", c.Alpha3, s.Alpha2, c.Alpha2)
		}
	}
	if len(doc["3166-1"]) < 249 {
		t.Errorf("iso-codes lists %d codes, want at least 249", len(doc["3166-1"]))
	}
}

// TestWellKnownStates checks the fields other packages rely on for a few
// states whose answers are certain.
func TestWellKnownStates(t *testing.T) {
	k := loadBuiltin(t)
	tests := []struct {
		code, name, capital, adjective, seat, alias string
	}{
		{"CHN", "China", "Beijing", "Chinese", "Zhongnanhai", "People's Republic of China"},
		{"RUS", "Russia", "Moscow", "Russian", "the Kremlin", "Россия"},
		{"USA", "United States", "Washington", "American", "the White House", "U.S."},
		{"GBR", "United Kingdom", "London", "British", "Downing Street", "Britain"},
		{"FRA", "France", "Paris", "French", "the Élysée", "French Republic"},
		{"KOR", "South Korea", "Seoul", "South Korean", "the Blue House", "ROK"},
		{"PRK", "North Korea", "Pyongyang", "North Korean", "", "DPRK"},
		{"CIV", "Côte d'Ivoire", "Yamoussoukro", "Ivorian", "", "Ivory Coast"},
		{"TUR", "Turkey", "Ankara", "Turkish", "", "Türkiye"},
		{"ARE", "United Arab Emirates", "Abu Dhabi", "Emirati", "", "UAE"},
		{"XKX", "Kosovo", "Pristina", "Kosovar", "", "Republic of Kosovo"},
		{"TWN", "Taiwan", "Taipei", "Taiwanese", "", "Republic of China"},
	}
	for _, tt := range tests {
		s := k.State(tt.code)
		if s == nil {
			t.Errorf("no state %s", tt.code)
			continue
		}
		if s.Name != tt.name || s.Capital != tt.capital {
			t.Errorf("%s: name %q capital %q, want %q %q", tt.code, s.Name, s.Capital, tt.name, tt.capital)
		}
		if !contains(s.Adjectives, tt.adjective) {
			t.Errorf("%s: adjectives %v lack %q", tt.code, s.Adjectives, tt.adjective)
		}
		if tt.seat != "" && !contains(s.Seats, tt.seat) {
			t.Errorf("%s: seats %v lack %q", tt.code, s.Seats, tt.seat)
		}
		if !contains(s.Aliases, tt.alias) {
			t.Errorf("%s: aliases %v lack %q", tt.code, s.Aliases, tt.alias)
		}
	}
	// "Congo" alone is the Democratic Republic, as news uses it; the
	// supplement takes the name away from the Republic of the Congo.
	if !contains(k.State("COD").Aliases, "Congo") || contains(k.State("COG").Aliases, "Congo") {
		t.Error(`"Congo" should name COD only`)
	}
	// "Chinese" is both adjective and demonym; "British" is only an adjective.
	if !contains(k.State("CHN").Demonyms, "Chinese") || contains(k.State("GBR").Demonyms, "British") {
		t.Error("demonyms of CHN or GBR are wrong")
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// normName is the form under which two names count as the same for the
// ambiguity check: lower case, no dots, no leading "the".
func normName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

// namesOf lists the names by which text may refer to e on its own.
func namesOf(e *Entity) []string {
	out := append([]string{e.Name}, e.Aliases...)
	out = append(out, e.Acronyms...)
	out = append(out, e.Adjectives...)
	out = append(out, e.Demonyms...)
	return append(out, e.Seats...)
}

// sharedNames finds names that two or more entities of the same kind
// answer to, as lines "kind<TAB>name<TAB>id id …", sorted.
func sharedNames(k *KB) []string {
	byName := map[string][]string{}
	for _, e := range k.Entities() {
		seen := map[string]bool{}
		for _, n := range namesOf(e) {
			key := e.Kind + "\t" + normName(n)
			if !seen[key] {
				seen[key] = true
				byName[key] = append(byName[key], e.ID)
			}
		}
	}
	var out []string
	for key, ids := range byName {
		if len(ids) > 1 {
			sort.Strings(ids)
			out = append(out, key+"\t"+strings.Join(ids, " "))
		}
	}
	sort.Strings(out)
	return out
}

const ambiguousPath = "source/ambiguous.txt"

// TestSharedNamesAreKnown fails when a name comes to be shared by two
// entities of the same kind without being listed in source/ambiguous.txt:
// the matcher must not silently pick one. Genuinely ambiguous names
// ("Congolese", two "Kim"s) are listed there after review; run
//
//	go test ./kb -run TestSharedNamesAreKnown -update-ambiguous
//
// to rewrite the list, and review its diff.
func TestSharedNamesAreKnown(t *testing.T) {
	got := sharedNames(loadBuiltin(t))
	if *updateAmbiguous {
		head := "# Names that two or more entities of the same kind share, reviewed as genuinely\n" +
			"# ambiguous. Written by: go test ./kb -run TestSharedNamesAreKnown -update-ambiguous\n" +
			"# kind<TAB>normalised name<TAB>ids\n"
		if err := os.WriteFile(ambiguousPath, []byte(head+strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	fh, err := os.Open(ambiguousPath)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	known := map[string]bool{}
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			known[l] = true
		}
	}
	for _, l := range got {
		if !known[l] {
			t.Errorf("new shared name, not in %s: %q", ambiguousPath, l)
		}
		delete(known, l)
	}
	for l := range known {
		t.Errorf("%s lists %q, which the data no longer shares; rerun with -update-ambiguous", ambiguousPath, l)
	}
	t.Logf("%d shared names, all reviewed", len(got))
}

// span is a role's interval with the boundary dates kept for the
// precision-aware overlap check.
type span struct {
	who      string
	role     Role
	from, to parley.Date
}

func spans(k *KB, keep func(Role) bool) map[string][]span {
	out := map[string][]span{}
	for _, e := range k.Entities() {
		for _, r := range e.Roles {
			if !keep(r) {
				continue
			}
			f, _ := parley.ParseDate(r.From)
			to, _ := parley.ParseDate(r.To)
			key := r.Of + " " + r.Level
			if r.Level == Official {
				// "official" gathers distinct offices (vice president,
				// acting president, prime minister of a presidential
				// republic) that one person may hold at once.
				key += " " + r.Title
			}
			out[key] = append(out[key], span{who: e.ID, role: r, from: f, to: to})
		}
	}
	for _, list := range out {
		sort.Slice(list, func(i, j int) bool { return list[i].from.First().Before(list[j].from.First()) })
	}
	return out
}

// overlapping reports whether b starts before a has ended, beyond what the
// precision of a's end and b's start allows: a handover day, or a month
// given for both, is not an overlap.
func overlapping(a, b span) bool {
	if a.role.To == "" {
		return true
	}
	if a.to.Last().Before(b.from.First()) {
		return false
	}
	return !a.to.Agrees(b.from)
}

func describe(s span) string {
	return fmt.Sprintf("%s %q %s–%s", s.who, s.role.Title, s.role.From, s.role.To)
}

// TestOnePersonDoesNotHoldARoleTwiceAtOnce: the same person's roles at the
// same body and level must not overlap.
func TestOnePersonDoesNotHoldARoleTwiceAtOnce(t *testing.T) {
	for key, list := range spans(loadBuiltin(t), func(Role) bool { return true }) {
		for i := range list {
			for j := i + 1; j < len(list); j++ {
				if list[i].who == list[j].who && overlapping(list[i], list[j]) {
					t.Errorf("%s: %s overlaps %s", key, describe(list[i]), describe(list[j]))
				}
			}
		}
	}
}

// sharedHeads lists the states whose head of state is collective or
// shared, where two holders at once are right. Nicaragua's 2025
// constitutional reform made the presidency a co-presidency.
var sharedHeads = map[string]bool{"state:AND": true, "state:CHE": true, "state:SMR": true, "state:BIH": true,
	"state:NIC": true}

// TestOneHeadAtATime: a state has one head of state and one head of
// government on any day, apart from the handover day.
func TestOneHeadAtATime(t *testing.T) {
	keep := func(r Role) bool {
		return (r.Level == HeadOfState || r.Level == HeadOfGovernment) && !sharedHeads[r.Of]
	}
	for key, list := range spans(loadBuiltin(t), keep) {
		for i := range list {
			for j := i + 1; j < len(list); j++ {
				if overlapping(list[i], list[j]) {
					t.Errorf("%s: %s overlaps %s", key, describe(list[i]), describe(list[j]))
				}
			}
		}
	}
}

func TestRolesAreWithinPlausibleDates(t *testing.T) {
	for _, e := range loadBuiltin(t).Entities() {
		for _, r := range e.Roles {
			from, to := r.Span()
			// (1900: rulers of long reigns that reach into the period of the
			// news, such as Hirohito from 1926, began before 1940)
			if from.Year() < 1900 || (r.To != "" && to.Year() > 2030) {
				t.Errorf("%s: role %q from %s to %s is out of range", e.ID, r.Title, r.From, r.To)
			}
		}
	}
}

func TestHoldersOnKnownDates(t *testing.T) {
	k := loadBuiltin(t)
	tests := []struct {
		name, of, level, on string
		want                []string
	}{
		{"Biden is president in 2021", "state:USA", HeadOfState, "2021-06-28", []string{"person:joe-biden"}},
		{"inauguration day has both presidents", "state:USA", HeadOfState, "2021-01-20", []string{"person:donald-trump", "person:joe-biden"}},
		{"Trump again in 2025", "state:USA", HeadOfState, "2025-06-01", []string{"person:donald-trump"}},
		{"Putin is president in 2021", "state:RUS", HeadOfState, "2021-06-28", []string{"person:vladimir-putin"}},
		{"Medvedev is president in 2010", "state:RUS", HeadOfState, "2010-01-01", []string{"person:dmitry-medvedev"}},
		{"Putin is prime minister in 2010", "state:RUS", HeadOfGovernment, "2010-01-01", []string{"person:vladimir-putin"}},
		{"Xi is president in 2021", "state:CHN", HeadOfState, "2021-06-28", []string{"person:xi-jinping"}},
		{"Hu is president in 2008", "state:CHN", HeadOfState, "2008-08-08", []string{"person:hu-jintao"}},
		{"Truss on her last full day", "state:GBR", HeadOfGovernment, "2022-10-21", []string{"person:liz-truss"}},
		{"Sunak the day after taking over", "state:GBR", HeadOfGovernment, "2022-10-26", []string{"person:rishi-sunak"}},
		{"Elizabeth II before her death", "state:GBR", HeadOfState, "2022-09-01", []string{"person:elizabeth-ii"}},
		{"Charles III after", "state:GBR", HeadOfState, "2023-05-06", []string{"person:charles-iii"}},
		{"the Saudi king in 2023", "state:SAU", HeadOfState, "2023-01-01", []string{"person:salman-of-saudi-arabia"}},
		{"the Saudi PM after September 2022", "state:SAU", HeadOfGovernment, "2023-01-01", []string{"person:mohammed-bin-salman"}},
		{"the Saudi PM before", "state:SAU", HeadOfGovernment, "2022-01-01", []string{"person:salman-of-saudi-arabia"}},
		{"Merkel in 2015", "state:DEU", HeadOfGovernment, "2015-06-01", []string{"person:angela-merkel"}},
		{"the German president in 2015", "state:DEU", HeadOfState, "2015-06-01", []string{"person:joachim-gauck"}},
		{"Chinese foreign minister in 2021", "state:CHN", ForeignMinister, "2021-06-28", []string{"person:wang-yi"}},
		{"Russian foreign minister in 2021", "state:RUS", ForeignMinister, "2021-06-28", []string{"person:sergey-lavrov"}},
		{"UN secretary-general in 2010", "org:un", OrgLeader, "2010-06-01", []string{"person:ban-ki-moon"}},
		{"NATO secretary general in 2020", "org:nato", OrgLeader, "2020-06-01", []string{"person:jens-stoltenberg"}},
		{"Kishida in 2023", "state:JPN", HeadOfGovernment, "2023-05-19", []string{"person:fumio-kishida"}},
		{"Modi in 2021", "state:IND", HeadOfGovernment, "2021-06-28", []string{"person:narendra-modi"}},
		{"nobody heads the US before the data", "state:USA", HeadOfState, "1950-01-01", nil},
		{"the Speaker of the Commons in 2020", "org:house-of-commons", Legislator, "2020-06-01", []string{"person:keir-starmer", "person:lindsay-hoyle"}},
		{"Labour's leader in 2017", "org:labour-party-uk", OrgLeader, "2017-06-01", []string{"person:jeremy-corbyn"}},
		{"the Fed chair in 2019", "org:federal-reserve", OrgLeader, "2019-06-01", []string{"person:jerome-powell"}},
		{"the House Intelligence chair in 2019", "org:hpsci", Legislator, "2019-11-19", []string{"person:adam-schiff"}},
		{"Hong Kong's police chief during the 2019 siege", "org:hk-police", OrgLeader, "2019-11-20", []string{"person:tang-ping-keung"}},
		{"the FARC commander in 2015", "org:farc", OrgLeader, "2015-06-01", []string{"person:rodrigo-londono"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(k.Holders(tt.of, tt.level, day(tt.on)))
			sort.Strings(got)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("Holders(%s, %s, %s) = %v, want %v", tt.of, tt.level, tt.on, got, tt.want)
			}
		})
	}
}

func TestRoleOnKnownDates(t *testing.T) {
	k := loadBuiltin(t)
	tests := []struct {
		name, person, on, wantTitle string
	}{
		{"Biden is vice president in 2015", "person:joe-biden", "2015-03-01", "Vice President of the United States"},
		{"Biden is president in 2021", "person:joe-biden", "2021-06-28", "President of the United States"},
		{"Biden holds nothing in 2019", "person:joe-biden", "2019-06-01", ""},
		{"Putin is prime minister in 2010", "person:vladimir-putin", "2010-06-01", "Prime Minister of Russia"},
		{"Putin is president in 2005", "person:vladimir-putin", "2005-06-01", "President of Russia"},
		{"Putin is president again in 2014", "person:vladimir-putin", "2014-06-01", "President of Russia"},
		{"Trump holds nothing in 2022", "person:donald-trump", "2022-06-01", ""},
		{"Hua Chunying speaks for the ministry in 2021", "person:hua-chunying", "2021-06-28", "Spokesperson of the Ministry of Foreign Affairs of China"},
		{"Xi is president before party roles", "person:xi-jinping", "2021-06-28", "President of China"},
		{"Guterres leads the UN in 2021", "person:antonio-guterres", "2021-06-28", "Secretary-General of the United Nations"},
		{"Zelensky is president in 2022", "person:volodymyr-zelensky", "2022-03-01", "President of Ukraine"},
		{"Schumer leads the Senate majority in 2022", "person:chuck-schumer", "2022-06-01", "Senate Majority Leader"},
		{"Starmer leads the opposition in 2021", "person:keir-starmer", "2021-06-01", "Leader of the Labour Party"},
		{"Javid is Chancellor in 2019", "person:sajid-javid", "2019-12-01", "Chancellor of the Exchequer"},
		{"Javid is Health Secretary in 2022", "person:sajid-javid", "2022-01-01", "Secretary of State for Health and Social Care of the United Kingdom"},
		{"Liu He is vice premier during the trade talks", "person:liu-he", "2019-10-11", "Vice Premier of China"},
		{"Bercow is Speaker in 2019", "person:john-bercow", "2019-09-01", "Speaker of the House of Commons"},
		{"Barr is attorney general in 2019", "person:william-barr", "2019-11-19", "Attorney General of the United States"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := k.Get(tt.person)
			if p == nil {
				t.Fatalf("no %s", tt.person)
			}
			roles := p.RoleOn(day(tt.on))
			got := ""
			if len(roles) > 0 {
				got = roles[0].Title
			}
			if got != tt.wantTitle {
				t.Errorf("RoleOn(%s) first title = %q, want %q (all: %v)", tt.on, got, tt.wantTitle, roles)
			}
		})
	}
}

func TestPeopleHaveGenderAndCountry(t *testing.T) {
	for _, e := range loadBuiltin(t).Entities() {
		if e.Kind != KindPerson {
			continue
		}
		if e.Gender == "" || e.Country == "" {
			t.Errorf("%s: gender %q, country %q; both are expected for built-in people", e.ID, e.Gender, e.Country)
		}
	}
}

// TestFormerStates checks the former states older news names, with the
// day each ended.
func TestFormerStates(t *testing.T) {
	k := loadBuiltin(t)
	for code, ended := range map[string]string{"SUN": "1991-12-26", "YUG": "2003-02-04", "CSK": "1992-12-31", "DDR": "1990-10-02", "YMD": "1990-05-21"} {
		s := k.State(code)
		if s == nil {
			t.Errorf("no state %s", code)
			continue
		}
		if s.Status != "historical" || s.Ended != ended || s.Capital != "" {
			t.Errorf("%s: status %q, ended %q, capital %q; want historical, %s, no capital", code, s.Status, s.Ended, s.Capital, ended)
		}
	}
	for code, successor := range map[string]string{"SUN": "RUS", "YUG": "SRB", "CSK": "CZE"} {
		if s := k.State(code); s == nil || s.Successor != successor {
			t.Errorf("%s: want successor %s", code, successor)
		}
	}
}
