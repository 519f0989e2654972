package eval

import (
	"strings"
	"sync"

	"parley/kb"
)

// aliases maps every folded name the built-in knowledge base knows (the
// canonical name, aliases, acronyms and, for a state, its seats of
// government) to the entities that bear it.
var aliases = sync.OnceValue(func() map[string][]*kb.Entity {
	k, err := kb.Builtin()
	if err != nil {
		return nil // the pipeline itself would have failed first
	}
	m := map[string][]*kb.Entity{}
	for _, e := range k.Entities() {
		// A seat of government names its state's government ("the
		// Kremlin", "Élysée Palace"): a label that names the seat is the
		// state the coder names.
		for _, n := range append(append(append([]string{e.Name}, e.Aliases...), e.Acronyms...), e.Seats...) {
			// An alias with its article is the name without it too: "the
			// Commonwealth" is labelled "Commonwealth".
			key := normText(n)
			for _, k := range []string{key, strings.TrimPrefix(key, "the ")} {
				if len(m[k]) == 0 || m[k][len(m[k])-1] != e {
					m[k] = append(m[k], e)
				}
			}
		}
	}
	return m
})

// aliasOf reports whether the labelled actor's name is a name of the
// predicted entity id. A name several entities share counts only when the
// label's country agrees with the entity's.
func aliasOf(g GoldActor, id string) bool {
	if id == "" {
		return false
	}
	bearers := aliases()[normText(g.Name)]
	for _, e := range bearers {
		if e.ID == id && (len(bearers) == 1 || g.Country == "" || e.Country == g.Country) {
			return true
		}
	}
	return false
}

// stateWords maps a state's code to the folded words of its names and
// adjectives ("philippines", "philippine", "filipino"), for telling that
// "Philippine Navy" and "Navy of Philippines" name one body.
var stateWords = sync.OnceValue(func() map[string]map[string]bool {
	k, err := kb.Builtin()
	if err != nil {
		return nil
	}
	m := map[string]map[string]bool{}
	for _, e := range k.Entities() {
		if e.Kind != kb.KindState || e.Country == "" {
			continue
		}
		words := map[string]bool{}
		for _, n := range append(append([]string{e.Name}, e.Adjectives...), e.Aliases...) {
			for _, w := range strings.Fields(normText(n)) {
				words[w] = true
			}
		}
		m[e.Country] = words
	}
	return m
})

// armies holds the ids of the knowledge base's bodies that are a state's
// army or armed forces as a whole, whatever their id ("org:idf",
// "org:pla", "org:rdf"): the names they go by end in "army", "military",
// "armed forces" or "defence force". Ministries, staffs and councils that
// merely carry such a word are left out.
var armies = sync.OnceValue(func() map[string]bool {
	k, err := kb.Builtin()
	if err != nil {
		return nil
	}
	m := map[string]bool{}
	for _, e := range k.Entities() {
		if e.Country == "" || e.OrgType != "government_body" || notForces(e.Name) {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if forcesName(normText(n)) {
				m[e.ID] = true
				break
			}
		}
	}
	return m
})

// forcesName reports whether a folded name names an army as a whole.
func forcesName(n string) bool {
	for _, end := range []string{" army", " military", " armed forces", " defence force", " defence forces",
		" defense force", " defense forces"} {
		if strings.HasSuffix(n, end) {
			return true
		}
	}
	return false
}

// notForces reports whether a body's name shows it is not the forces
// themselves but an office over them or a part of them.
func notForces(name string) bool {
	n := normText(name)
	for _, w := range []string{"ministry", "secretariat", "council", "commission", "directorate", "staff", "intelligence", "navy", "air force"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
