package actor

import (
	"parley"
	"parley/kb"
)

// bodyOfficers are the plural offices that, written before "of" and an
// organisation, stand for the organisation acting through them:
// "Foreign ministers of the Group of Seven condemned …", "Leaders of the
// European Union agreed …".
var bodyOfficers = map[string]bool{
	"leaders": true, "heads of state": true, "heads of state and government": true, "heads of government": true,
	"foreign ministers": true, "defence ministers": true, "defense ministers": true, "finance ministers": true,
	"trade ministers": true, "energy ministers": true, "interior ministers": true, "ministers": true,
	"envoys": true, "ambassadors": true, "representatives": true, "delegates": true, "negotiators": true,
}

// bodyOfficersFirst are the words such an office starts with.
var bodyOfficersFirst = firstWords(bodyOfficers)

// officersOfBody resolves "foreign ministers of the Group of Seven",
// "leaders of the European Union" at i to the organisation named after
// "of", as "G7 foreign ministers" and "EU leaders" name it: one mention
// over the whole phrase, when it opens a clause. Offices of states ("the
// leaders of France and Germany") are left to the phrases that name each
// state's holder. It returns i when no such phrase starts there.
func (d *doc) officersOfBody(i int) int {
	j := i
	if d.toks[j].Is("the") {
		j++
	}
	if j >= len(d.toks) || !bodyOfficersFirst[d.toks[j].Norm] || !d.opensSentence(i) {
		// Only as the subject opening a clause: as an object ("informed
		// the foreign ministers of the EU member states", "met foreign
		// ministers of the Arab League") the events read the body after
		// "of" already, and "The Authority of Heads of State … of the
		// African Union" is inside another body's name.
		return i
	}
	of := -1
	for n := 5; n >= 1; n-- {
		if j+n < len(d.toks) && d.toks[j+n].Is("of") && bodyOfficers[d.phrase(j, j+n)] {
			of = j + n
			break
		}
	}
	if of < 0 {
		return i
	}
	k := of + 1
	if k < len(d.toks) && d.toks[k].Is("the") {
		k++
	}
	if k >= len(d.toks) {
		return i
	}
	en := d.r.dict.match(d.toks, k)
	if en == nil {
		return i
	}
	for _, t := range en.targets {
		if t.entity.Kind == kb.KindOrganization && t.entity.Country == "" {
			end := k + len(en.toks)
			d.mention(i, end, parley.ViaCollective, d.addKnown(t.entity))
			return end
		}
	}
	return i
}
