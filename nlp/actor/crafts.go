package actor

import (
	"parley"
	"parley/nlp/token"
)

// craftReference resolves "the jet", "the vessels", "the drone" to the
// state (or state body) whose military craft the text has just told of:
// "Turkish F-16s shot down a Russian Su-24 bomber. Ankara said the jet had
// violated its airspace" (Russia), "Chinese coast guard ships blocked two
// supply boats. Manila accused the vessels of …" (the coast guard). The
// craft must be of the same kind (aircraft or ships) and its owner the only
// one fitting in the nearest sentence that tells one; an owner named
// earlier in this sentence is its subject, not the craft's ("Athens
// demanded the release of the ship").
func (d *doc) craftReference(i int) int {
	if !d.toks[i].Is("the") || i == 0 || d.sentenceOf[i] == 0 || i+1 >= len(d.toks) || d.toks[i-1].Is("of") {
		return i // (not "dozens of the drones": some of them, shot down by whoever acts)
	}
	head := i + 1
	kind := craftNouns[d.toks[head].Norm]
	if kind == 0 {
		return i
	}
	if head+1 < len(d.toks) && (d.toks[head+1].Upper && d.toks[head+1].Kind == token.Word || d.toks[head+1].Is("'s", "’s") || d.toks[head+1].Is("of") && !d.chargeAfter(i)) {
		return i // "the tanker Stena Impero", "the ship's crew", "the vessels of the navy" (not "accused the vessels of …")
	}
	s := d.sentenceOf[i]
	here := map[string]bool{}
	for rf := range d.recentWithin(i, 0) {
		if rf.tok < i && d.sentenceOf[rf.tok] == s {
			here[rf.id] = true
			if c := d.countryOfRef(rf.id); c != "" {
				here["state:"+c] = true
			}
		}
	}
	for si := s; si >= s-2 && si >= 0; si-- {
		found := ""
		for _, rf := range d.recent {
			if d.sentenceOf[rf.tok] != si || rf.tok >= i || rf.kind != parley.State && rf.kind != parley.Organization || !d.craftAfter(rf.tok, kind, pluralCraft(d.toks[head].Norm)) {
				continue
			}
			if si < s && (here[rf.id] || here["state:"+d.countryOfRef(rf.id)]) {
				continue // the subject's own craft
			}
			if found != "" && found != rf.id {
				return i // two owners: which is unclear
			}
			found = rf.id
		}
		if found != "" {
			d.mention(i, head+1, parley.ViaRole, found)
			return head + 1
		}
	}
	return i
}

// countryOfRef returns the country of actor id, or "".
func (d *doc) countryOfRef(id string) string {
	if e := d.r.kb.Get(id); e != nil {
		return e.Country
	}
	if n, ok := d.index[id]; ok {
		return d.actors[n].Country
	}
	return ""
}

// craftAfter reports whether the actor named at token k is the owner of a
// military craft of the kind and number named within a few words after
// it: "a
// Russian Su-24 bomber", "Chinese coast guard ships", "a Belarusian
// military helicopter" (not "a Greek tanker", "Russian airliner").
func (d *doc) craftAfter(k int, kind craftKind, plural bool) bool {
	military := false
	for j := k + 1; j < len(d.toks) && j <= k+5 && d.sentenceOf[j] == d.sentenceOf[k]; j++ {
		t := &d.toks[j]
		if t.Kind == token.Punct && !t.Is("-", "'s", "’s") || t.Is("and", "or", "of", "the", "a", "an", "in", "to", "from") {
			return false
		}
		if j+1 < len(d.toks) && craftNouns[d.toks[j+1].Norm] != 0 {
			military = true // "fighter jets": the last noun is the craft
			continue
		}
		if craftNouns[t.Norm] == kind && (military || militaryCrafts[t.Norm]) {
			return pluralCraft(t.Norm) == plural // "the jets" are not "a surveillance drone"
		}
		if craftModifiers[t.Norm] || t.Kind == token.Number || t.Upper && t.Kind == token.Word && j > k+1 {
			military = military || craftModifiers[t.Norm] || t.Upper // "coast guard ships", "Su-24 bomber", "F-16 fighters"
		}
	}
	return false
}

type craftKind uint8

const (
	aircraft craftKind = iota + 1
	watercraft
)

// craftNouns are the nouns of the craft a "the …" may refer back to.
var craftNouns = map[string]craftKind{
	"jet": aircraft, "jets": aircraft, "plane": aircraft, "planes": aircraft, "aircraft": aircraft,
	"warplane": aircraft, "warplanes": aircraft, "bomber": aircraft, "bombers": aircraft,
	"fighter": aircraft, "fighters": aircraft, "drone": aircraft, "drones": aircraft,
	"helicopter": aircraft, "helicopters": aircraft,
	"ship": watercraft, "ships": watercraft, "vessel": watercraft, "vessels": watercraft,
	"boat": watercraft, "boats": watercraft, "warship": watercraft, "warships": watercraft,
	"frigate": watercraft, "frigates": watercraft, "destroyer": watercraft, "destroyers": watercraft,
	"submarine": watercraft, "submarines": watercraft, "corvette": watercraft, "gunboat": watercraft,
}

// militaryCrafts are craft nouns that are a state's by themselves; the
// others ("ship", "plane") need a modifier that makes them so.
var militaryCrafts = set("warplane", "warplanes", "bomber", "bombers", "fighter", "fighters", "jet", "jets",
	"drone", "drones", "warship", "warships", "frigate", "frigates", "destroyer", "destroyers",
	"submarine", "submarines", "corvette", "gunboat")

// craftModifiers make a ship or a plane a state's: "coast guard ships",
// "a military helicopter", "a survey ship", "naval vessels".
var craftModifiers = set("military", "naval", "navy", "coast", "guard", "survey", "research", "patrol", "spy",
	"surveillance", "reconnaissance", "militia", "government", "air", "force", "army")

// pluralCraft reports whether a craft noun names several ("aircraft" is
// taken as one).
func pluralCraft(w string) bool { return w != "aircraft" && w[len(w)-1] == 's' }
