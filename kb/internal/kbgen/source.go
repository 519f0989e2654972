package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"parley/kb"
	"parley/nlp/token"
)

// A row is one line of a hand-written table: fields split on "|" and
// trimmed. Lines starting with "#" and blank lines are skipped.
type row struct {
	file   string
	line   int
	fields []string
}

func (r row) at(i int) string {
	if i < len(r.fields) {
		return r.fields[i]
	}
	return ""
}

// list splits a ";"-separated field.
func (r row) list(i int) []string {
	var out []string
	for _, s := range strings.Split(r.at(i), ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (r row) errorf(format string, a ...any) error {
	return fmt.Errorf("%s:%d: %s", r.file, r.line, fmt.Sprintf(format, a...))
}

func readTable(path string) ([]row, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var rows []row
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "|")
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		rows = append(rows, row{file: filepath.Base(path), line: n, fields: fs})
	}
	return rows, sc.Err()
}

// addAlias appends names to e.Aliases, skipping the canonical name and
// names already present.
func addAlias(e *kb.Entity, names ...string) {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || n == e.Name {
			continue
		}
		dup := false
		for _, a := range e.Aliases {
			dup = dup || a == n
		}
		if !dup {
			e.Aliases = append(e.Aliases, n)
		}
	}
}

// isoEntry is one record of iso-codes' iso_3166-1.json.
type isoEntry struct {
	Alpha2       string `json:"alpha_2"`
	Alpha3       string `json:"alpha_3"`
	Name         string `json:"name"`
	CommonName   string `json:"common_name"`
	OfficialName string `json:"official_name"`
}

// translationLangs are the iso-codes catalogues whose names become aliases:
// Russian and Chinese (simplified and traditional), the scripts the
// knowledge base promises.
var translationLangs = []string{"ru", "zh_CN", "zh_TW"}

// Columns of kb/source/states.txt.
const (
	stCode = iota
	stName
	stStatus
	stWikidata
	stCapital
	stAdjectives
	stDemonyms
	stSeats
	stAliases
	stAlpha2     // only for codes iso-codes lacks (XKX)
	stGovernment // "federal" or empty
	stEnded      // a historical state's last day
	stSuccessor  // the state that took over its capital
)

func buildStates(isoPath, localeDir, suppPath string) ([]kb.Entity, error) {
	raw, err := os.ReadFile(isoPath)
	if err != nil {
		return nil, err
	}
	var doc map[string][]isoEntry
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", isoPath, err)
	}
	iso := doc["3166-1"]
	if len(iso) == 0 {
		return nil, fmt.Errorf("%s: no 3166-1 entries", isoPath)
	}
	var cats []map[string]string
	for _, l := range translationLangs {
		m, err := readMO(filepath.Join(localeDir, l, "LC_MESSAGES", "iso_3166-1.mo"))
		if err != nil {
			return nil, err
		}
		cats = append(cats, m)
	}
	rows, err := readTable(suppPath)
	if err != nil {
		return nil, err
	}
	supp := map[string]row{}
	for _, r := range rows {
		c := r.at(stCode)
		if _, dup := supp[c]; dup {
			return nil, r.errorf("state %s listed twice", c)
		}
		supp[c] = r
	}

	var out []kb.Entity
	seen := map[string]bool{}
	for _, ie := range iso {
		r, ok := supp[ie.Alpha3]
		seen[ie.Alpha3] = ok
		e := kb.Entity{ID: "state:" + ie.Alpha3, Kind: kb.KindState, Country: ie.Alpha3, Alpha2: ie.Alpha2}
		e.Name = firstNonEmpty(r.at(stName), ie.CommonName, ie.Name)
		if r.at(stName) == "" && strings.Contains(e.Name, ", ") {
			return nil, fmt.Errorf("%s: the iso name %q is inverted; give a name in %s", ie.Alpha3, e.Name, filepath.Base(suppPath))
		}
		if err := fillState(&e, r); err != nil {
			return nil, err
		}
		// English names from iso-codes; inverted forms ("Korea, Republic
		// of") are not how text names a country, so they are left out.
		english := []string{ie.Name, ie.CommonName, strings.TrimPrefix(ie.OfficialName, "the ")}
		for _, n := range english {
			if !strings.Contains(n, ", ") {
				addAlias(&e, n)
			}
		}
		for _, cat := range cats {
			for _, n := range []string{ie.Name, ie.CommonName, ie.OfficialName} {
				if t := cat[n]; n != "" && t != "" && t != n && !strings.Contains(t, ", ") {
					addAlias(&e, t)
				}
			}
		}
		dropAliases(&e, r)
		out = append(out, e)
	}
	// Entries the supplement adds that ISO 3166-1 lacks (Kosovo).
	for _, r := range rows {
		c := r.at(stCode)
		if _, inISO := seen[c]; inISO {
			continue
		}
		if r.at(stAlpha2) == "" {
			return nil, r.errorf("%s is not in iso-codes; give its alpha-2 code in column %d", c, stAlpha2+1)
		}
		e := kb.Entity{ID: "state:" + c, Kind: kb.KindState, Country: c, Alpha2: r.at(stAlpha2), Name: r.at(stName)}
		if err := fillState(&e, r); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// fillState copies the supplement's columns into e.
func fillState(e *kb.Entity, r row) error {
	switch g := r.at(stGovernment); g {
	case "federal":
		e.Federal = true
	case "":
	default:
		return r.errorf("government %q: want \"federal\" or nothing", g)
	}
	e.Status = firstNonEmpty(r.at(stStatus), "territory")
	e.Ended = r.at(stEnded)
	e.Successor = r.at(stSuccessor)
	e.Wikidata = r.at(stWikidata)
	e.Capital = r.at(stCapital)
	e.Adjectives = r.list(stAdjectives)
	e.Demonyms = r.list(stDemonyms)
	e.Seats = r.list(stSeats)
	for _, a := range r.list(stAliases) {
		if !strings.HasPrefix(a, "-") {
			addAlias(e, a)
		}
	}
	return nil
}

// dropAliases removes the names the supplement marks with a leading "-":
// a short name iso-codes gives one state that news uses for another
// ("Congo", which Reuters and AP use for the Democratic Republic).
func dropAliases(e *kb.Entity, r row) {
	for _, a := range r.list(stAliases) {
		if n, ok := strings.CutPrefix(a, "-"); ok {
			e.Aliases = slices.DeleteFunc(e.Aliases, func(x string) bool { return x == n })
		}
	}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// Columns of kb/source/places.txt.
const (
	plName = iota
	plCountry
	plWikidata
	plAliases
	plSlug // optional id when the name's slug is taken
)

// buildPlaces makes a place for every state's capital, then adds or
// completes places from the hand-written table.
func buildPlaces(path string, states []kb.Entity) ([]kb.Entity, error) {
	rows, err := readTable(path)
	if err != nil {
		return nil, err
	}
	var out []kb.Entity
	index := map[string]int{}
	for _, s := range states {
		if s.Capital == "" {
			continue
		}
		id := "place:" + slug(s.Capital)
		if _, taken := index[id]; taken {
			id += "-" + strings.ToLower(s.Country)
		}
		index[id] = len(out)
		out = append(out, kb.Entity{ID: id, Kind: kb.KindPlace, Name: s.Capital, Country: s.Country})
	}
	for _, r := range rows {
		id := "place:" + firstNonEmpty(r.at(plSlug), slug(r.at(plName)))
		e := kb.Entity{ID: id, Kind: kb.KindPlace, Name: r.at(plName), Country: r.at(plCountry), Wikidata: r.at(plWikidata)}
		addAlias(&e, r.list(plAliases)...)
		if i, ok := index[id]; ok {
			old := &out[i]
			if old.Country != e.Country {
				return nil, r.errorf("%s is the capital of %s but listed in %s", id, old.Country, e.Country)
			}
			if old.Wikidata != "" || len(old.Aliases) > 0 {
				return nil, r.errorf("%s listed twice", id)
			}
			old.Wikidata = e.Wikidata
			addAlias(old, e.Aliases...)
			continue
		}
		index[id] = len(out)
		out = append(out, e)
	}
	return out, nil
}

// Columns of kb/source/cities.txt (written by kb/internal/citygen).
const (
	ciName = iota
	ciCountry
	ciPopulation
	ciAlias
)

// addCities adds the cities of the generated table to places, leaving out
// any whose name a place already has: a capital or a line of places.txt
// says more about it ("Odesa", with "Odessa" as an alias).
func addCities(path string, places []kb.Entity) ([]kb.Entity, error) {
	rows, err := readTable(path)
	if err != nil {
		return nil, err
	}
	named := map[string]bool{}
	ids := map[string]bool{}
	for _, p := range places {
		ids[p.ID] = true
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			named[token.Fold(n)] = true
		}
	}
	for _, r := range rows {
		name, geonames := englishForm(r.at(ciName), r.at(ciCountry)), r.at(ciName)
		if named[token.Fold(name)] || named[token.Fold(geonames)] || r.at(ciAlias) != "" && named[token.Fold(r.at(ciAlias))] {
			continue
		}
		id := "place:" + slug(name)
		if ids[id] {
			id += "-" + strings.ToLower(r.at(ciCountry))
		}
		if ids[id] {
			return nil, r.errorf("%s listed twice", id)
		}
		e := kb.Entity{ID: id, Kind: kb.KindPlace, Name: name, Country: r.at(ciCountry)}
		addAlias(&e, geonames, r.at(ciAlias))
		ids[id], named[token.Fold(name)] = true, true
		places = append(places, e)
	}
	return places, nil
}

// bgnStates are the states whose city names GeoNames romanizes from
// Russian-style Cyrillic by the BGN/PCGN system.
var bgnStates = map[string]bool{"RUS": true, "UKR": true, "BLR": true, "KAZ": true}

// englishForm returns the spelling English news gives a city of those
// states, whose GeoNames name ends a word in "yy" or "iy" where English
// writes "y": "Groznyy" is "Grozny", "Nizhniy Novgorod" "Nizhny Novgorod",
// "Volzhskiy" "Volzhsky". Other names come back as they are.
func englishForm(name, country string) string {
	if !bgnStates[country] {
		return name
	}
	b := []byte(name)
	out := b[:0:0]
	for i := 0; i < len(b); i++ {
		end := i+2 == len(b) || i+2 < len(b) && (b[i+2] == ' ' || b[i+2] == '-')
		if end && i > 0 && (b[i] == 'y' || b[i] == 'i') && b[i+1] == 'y' {
			out = append(out, 'y')
			i++
			continue
		}
		out = append(out, b[i])
	}
	return string(out)
}

// Columns of kb/source/organizations.txt.
const (
	orSlug = iota
	orType
	orCountry
	orName
	orAcronyms
	orAliases
	orWikidata
)

func buildOrgs(path string) ([]kb.Entity, error) {
	rows, err := readTable(path)
	if err != nil {
		return nil, err
	}
	var out []kb.Entity
	for _, r := range rows {
		e := kb.Entity{ID: "org:" + r.at(orSlug), Kind: kb.KindOrganization, OrgType: r.at(orType),
			Country: r.at(orCountry), Name: r.at(orName), Acronyms: r.list(orAcronyms), Wikidata: r.at(orWikidata)}
		addAlias(&e, r.list(orAliases)...)
		out = append(out, e)
	}
	return out, nil
}

// buildPeople reads the people tables. Each holds two kinds of block:
//
//	@person Name | gender | country | wikidata | aliases
//	@office Title | of | level
//	Name | from | to
//
// An office block lists its holders in order; each holder line adds a role
// to the person of that name (declared by an @person line in any of the
// files). The people of one table go to one data file: people-asia.txt
// becomes people-asia.json.
func buildPeople(glob string) (map[string][]kb.Entity, error) {
	paths, err := filepath.Glob(glob)
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	type person struct {
		e    kb.Entity
		file string
		at   row
	}
	byName := map[string]*person{}
	var order []*person
	type holding struct {
		r    row
		role kb.Role
		name string
	}
	var holdings []holding
	for _, p := range paths {
		rows, err := readTable(p)
		if err != nil {
			return nil, err
		}
		outName := strings.TrimSuffix(filepath.Base(p), ".txt") + ".json"
		var office *kb.Role
		for _, r := range rows {
			first := r.at(0)
			switch {
			case strings.HasPrefix(first, "@person "):
				name := strings.TrimSpace(strings.TrimPrefix(first, "@person "))
				if old, dup := byName[name]; dup {
					return nil, r.errorf("%s already declared at %s:%d", name, old.at.file, old.at.line)
				}
				e := kb.Entity{ID: "person:" + slug(name), Kind: kb.KindPerson, Name: name,
					Gender: r.at(1), Country: r.at(2), Wikidata: r.at(3)}
				addAlias(&e, r.list(4)...)
				ps := &person{e: e, file: outName, at: r}
				byName[name] = ps
				order = append(order, ps)
				office = nil
			case strings.HasPrefix(first, "@office "):
				of := r.at(1)
				if !strings.Contains(of, ":") {
					of = "state:" + of
				}
				office = &kb.Role{Title: strings.TrimSpace(strings.TrimPrefix(first, "@office ")), Of: of, Level: r.at(2)}
			default:
				if office == nil {
					return nil, r.errorf("holder line outside an @office block")
				}
				role := *office
				role.From, role.To = r.at(1), r.at(2)
				holdings = append(holdings, holding{r: r, role: role, name: first})
			}
		}
	}
	ids := map[string]string{}
	for _, p := range order {
		if other, dup := ids[p.e.ID]; dup {
			return nil, p.at.errorf("%s and %s share the id %s", p.e.Name, other, p.e.ID)
		}
		ids[p.e.ID] = p.e.Name
	}
	for _, h := range holdings {
		p := byName[h.name]
		if p == nil {
			return nil, h.r.errorf("%s holds %q but has no @person line", h.name, h.role.Title)
		}
		p.e.Roles = append(p.e.Roles, h.role)
	}
	out := map[string][]kb.Entity{}
	for _, p := range order {
		if len(p.e.Roles) == 0 {
			return nil, p.at.errorf("%s holds no office", p.e.Name)
		}
		sort.SliceStable(p.e.Roles, func(i, j int) bool { return p.e.Roles[i].From < p.e.Roles[j].From })
		if p.e.Country == "" {
			// A person without a stated country belongs to the state of
			// their first office.
			for _, r := range p.e.Roles {
				if strings.HasPrefix(r.Of, "state:") {
					p.e.Country = strings.TrimPrefix(r.Of, "state:")
					break
				}
			}
		}
		out[p.file] = append(out[p.file], p.e)
	}
	return out, nil
}
