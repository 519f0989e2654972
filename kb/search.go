package kb

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Search returns the entities a person may mean by query, best first: an
// exact ID; else entities one of whose names (canonical name, aliases,
// acronyms) equals the query ignoring case and accents; else those with a
// name containing the query as whole words; else those with a name
// containing it anywhere. Only the first tier that matches is returned,
// sorted by name. An empty query matches nothing.
func (k *KB) Search(query string) []*Entity {
	q := fold(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	if e := k.byID[strings.TrimSpace(query)]; e != nil {
		return []*Entity{e}
	}
	var tiers [3][]*Entity
	for _, e := range k.entities {
		best := 3
		for _, n := range names(e) {
			f := fold(n)
			switch {
			case f == q:
				best = min(best, 0)
			case containsWords(f, q):
				best = min(best, 1)
			case strings.Contains(f, q):
				best = min(best, 2)
			}
		}
		if best < 3 {
			tiers[best] = append(tiers[best], e)
		}
	}
	for _, t := range tiers {
		if len(t) > 0 {
			sort.SliceStable(t, func(i, j int) bool { return t[i].Name < t[j].Name })
			return t
		}
	}
	return nil
}

func names(e *Entity) []string {
	out := append([]string{e.Name}, e.Aliases...)
	return append(out, e.Acronyms...)
}

// fold lower-cases s and strips accents, so "Erdogan" finds "Erdoğan".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func containsWords(s, q string) bool {
	for i := strings.Index(s, q); i >= 0; {
		before := i == 0 || !isWordByte(s[i-1])
		end := i + len(q)
		after := end == len(s) || !isWordByte(s[end])
		if before && after {
			return true
		}
		j := strings.Index(s[i+1:], q)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}
