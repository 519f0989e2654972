package eval

import (
	"sync"

	"parley/kb"
)

// aliases maps every folded name the built-in knowledge base knows (the
// canonical name, aliases and acronyms) to the entities that bear it.
var aliases = sync.OnceValue(func() map[string][]*kb.Entity {
	k, err := kb.Builtin()
	if err != nil {
		return nil // the pipeline itself would have failed first
	}
	m := map[string][]*kb.Entity{}
	for _, e := range k.Entities() {
		for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Acronyms...) {
			key := normText(n)
			if len(m[key]) == 0 || m[key][len(m[key])-1] != e {
				m[key] = append(m[key], e)
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
