package brief

import (
	"parley"
	"parley/kb"
)

// LeaderFunc returns an Options.Leader that answers from a knowledge base:
// a person leads their country on a day when they hold a head-of-state or
// head-of-government role of it then.
func LeaderFunc(k *kb.KB) func(actorID string, on parley.Date) bool {
	return func(id string, on parley.Date) bool {
		e := k.Get(id)
		if e == nil {
			return false
		}
		for _, r := range e.RoleOn(on.First()) {
			if (r.Level == kb.HeadOfState || r.Level == kb.HeadOfGovernment) && r.Of == "state:"+e.Country {
				return true
			}
		}
		return false
	}
}
