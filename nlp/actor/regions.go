package actor

import (
	"parley"
	"parley/kb"
	"parley/nlp/token"
)

// regionMembers are the regions whose states news names together as a
// closed set — "the three Baltic states", "the five Central Asian
// presidents", "the Nordic prime ministers" — with those states. Regions
// whose membership depends on who is counting ("the Balkan states", "the
// Sahel countries") are left out: naming all of them would invent
// participants.
var regionMembers = map[string][]string{
	"baltic":         {"EST", "LVA", "LTU"},
	"nordic":         {"DNK", "FIN", "ISL", "NOR", "SWE"},
	"scandinavian":   {"DNK", "NOR", "SWE"},
	"central asian":  {"KAZ", "KGZ", "TJK", "TKM", "UZB"},
	"gulf":           {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"},
	"gulf arab":      {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"},
	"south caucasus": {"ARM", "AZE", "GEO"},
	"visegrad":       {"CZE", "HUN", "POL", "SVK"},
	"benelux":        {"BEL", "NLD", "LUX"},
	"plus three":     {"CHN", "JPN", "KOR"}, // ASEAN's partners: "the Plus Three countries"
}

// regionCounts are the number words that may come before a region: "the
// three Baltic states". A count that is not the region's size means some
// of them, not the region ("two Gulf states"), and names no one.
var regionCounts = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6}

// partOfRegion are the words before a region that make it some of its
// states, not all: "two Gulf states", "other Baltic countries".
var partOfRegion = set("one", "two", "three", "four", "five", "six", "several", "some", "other", "most", "many", "few",
	"both", "certain", "various", "smaller", "larger", "richer", "poorer", "wealthy", "individual")

// regionHeads are the nouns after a region that make it a group of
// states or of their office holders, with the levels of the office (nil
// for the states themselves).
var regionHeads = map[string][]string{
	"states": nil, "countries": nil, "nations": nil, "republics": nil, "governments": nil,
	"leaders":           {kb.HeadOfState, kb.HeadOfGovernment},
	"presidents":        {kb.HeadOfState},
	"prime ministers":   {kb.HeadOfGovernment},
	"premiers":          {kb.HeadOfGovernment},
	"foreign ministers": {kb.ForeignMinister},
	"defence ministers": {kb.DefenceMinister},
	"defense ministers": {kb.DefenceMinister},
}

// regionFirst are the words a region group can start with, after "the":
// a count, a region's first word or an office's.
var regionFirst = func() map[string]bool {
	m := firstWords(regionMembers)
	for _, more := range []map[string]bool{firstWords(regionCounts), firstWords(regionHeads)} {
		for w := range more {
			m[w] = true
		}
	}
	return m
}()

// regionGroup resolves a region named as a closed group at i — "the
// three Baltic states", "Nordic leaders", "the leaders of the five
// Central Asian countries", "the Visegrad foreign ministers" — to its
// member states, or to the holders of the office in each on the story's
// day. It returns i when no such group starts there.
func (d *doc) regionGroup(i int) int {
	j := i
	if d.toks[j].Is("the") {
		j++
	}
	if j >= len(d.toks) || !regionFirst[d.toks[j].Norm] {
		return i // (most words: no phrase is built for them)
	}
	if j == i && i > 0 && (d.toks[i-1].Kind == token.Number || partOfRegion[d.toks[i-1].Norm]) {
		return i // "Two Gulf states", "other Gulf states", "most Nordic countries": some of them
	}
	// "the leaders of the Baltic states": the office before the region.
	var levels []string
	office := false
	for n := 2; n >= 1 && !office; n-- {
		if j+n < len(d.toks) && d.toks[j+n].Is("of") {
			if l, ok := regionHeads[d.phrase(j, j+n)]; ok && l != nil {
				levels, office, j = l, true, j+n+1
			}
		}
	}
	if office && j < len(d.toks) && d.toks[j].Is("the") {
		j++
	}
	count := 0
	if j < len(d.toks) {
		count = regionCounts[d.toks[j].Norm]
		if count > 0 {
			j++
		} else if d.toks[j].Kind == token.Number || partOfRegion[d.toks[j].Norm] {
			return i // "the two Baltic states", "the other Gulf states"
		}
	}
	var members []string
	rend := j
	for n := 2; n >= 1; n-- {
		if j+n > len(d.toks) || !d.toks[j].Upper {
			continue
		}
		if m, ok := regionMembers[d.phrase(j, j+n)]; ok {
			members, rend = m, j+n
			break
		}
	}
	if members == nil || count > 0 && count != len(members) {
		return i
	}
	end := -1
	for n := 2; n >= 1; n-- {
		if rend+n > len(d.toks) {
			continue
		}
		l, ok := regionHeads[d.phrase(rend, rend+n)]
		if !ok || office && l != nil {
			continue // ("the leaders of the Baltic leaders" is no phrase)
		}
		if !office {
			levels = l
		}
		end = rend + n
		break
	}
	if end < 0 {
		return i
	}
	var ids []string
	for _, cc := range members {
		st := d.r.kb.Get("state:" + cc)
		if st == nil {
			continue
		}
		if levels == nil {
			ids = append(ids, d.addKnown(st))
			continue
		}
		if id := d.holder(st.ID, levels); id != "" {
			ids = append(ids, id) // (a Gulf monarchy has no president: it is left out of "the Gulf presidents")
		}
	}
	if len(ids) < 2 {
		return i
	}
	d.mention(i, end, parley.ViaGroup, ids...)
	return end
}
