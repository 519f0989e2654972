package actor

import (
	"slices"
	"strings"

	"parley"
	"parley/kb"
	"parley/nlp/token"
)

// objectStateEpithet resolves the epithet news gives, as the object of a
// verb, a state it has just told of: "China held drills around Taiwan.
// Beijing warned the island …", "Qatar has mediated for months. Israel
// accused the Gulf state of …", "North Korea fired a missile. Japan urged
// the reclusive state to …". The state must be the only one of its kind
// named in the nearest sentence before that names any; a state named in
// this sentence is its subject, not the one acted on, unless the noun
// says which ("the island", "the kingdom").
func (d *doc) objectStateEpithet(i int) int {
	if !d.toks[i].Is("the") || i == 0 || d.sentenceOf[i] == 0 || d.opensSentence(i) || !d.objectSlot(i-1) {
		return i
	}
	head, mods, region := -1, 0, ""
	for j := i + 1; j < len(d.toks) && j <= i+4 && d.sentenceOf[j] == d.sentenceOf[i]; j++ {
		t := &d.toks[j]
		if t.Kind != token.Word || epithetNotModifiers[t.Norm] {
			return i // "the two countries", "the whole nation"
		}
		if stateEpithets[t.Norm] && !t.Upper {
			head = j
			if j+1 < len(d.toks) && stateEpithets[d.toks[j+1].Norm] && !d.toks[j+1].Upper {
				head = j + 1 // "the island nation"
			}
			break
		}
		if t.Upper {
			if _, ok := epithetRegions[t.Text]; !ok || region != "" {
				return i // "the Czech Republic", "the Islamic State": names
			}
			region = t.Text
		}
		mods++
	}
	if head < 0 || d.nameThrough(i, head) || d.nameThrough(i+1, head) {
		return i // "the Islamic State", "the Czech Republic"
	}
	if head+1 < len(d.toks) && (d.toks[head+1].Is("'s", "’s") || d.toks[head+1].Upper && d.toks[head+1].Kind == token.Word ||
		d.toks[head+1].Is("of") && (head+2 >= len(d.toks) || d.toks[head+2].Upper || !d.gerundAt(head+2) && !d.chargeAfter(i))) {
		return i // "the island's coasts", "the island nation Tonga", "the island of Crete", "the state of emergency" (not "accused the Gulf state of harbouring …")
	}
	noun := d.toks[head].Norm
	if head > i+1 && stateEpithets[d.toks[head-1].Norm] {
		noun = d.toks[head-1].Norm // "the island nation": an island
	}
	fits, told := epithetKind(noun, region)
	if !told && mods == 0 {
		return i // "the country", "the state" alone: too often the subject's own
	}
	id := d.epithetState(i, fits, told)
	if id == "" {
		return i
	}
	d.mention(i, head+1, parley.ViaRole, id)
	return head + 1
}

// nameThrough reports whether a knowledge-base name starts at j and runs
// to head or past it: "the Islamic State" is a name, "the Gulf" in "the
// Gulf state" only a region.
func (d *doc) nameThrough(j, head int) bool {
	en := d.r.dict.match(d.toks, j)
	return en != nil && j+len(en.toks) > head
}

// objectSlot reports whether token p, right before "the", takes an
// object: a verb ("warned", "accused", "urging") or a preposition that
// aims an act ("sanctions against", "talks with", "aid to").
func (d *doc) objectSlot(p int) bool {
	t := &d.toks[p]
	if t.Kind != token.Word || t.Upper {
		return false
	}
	if t.Is("to", "with", "against", "toward", "towards") {
		return true
	}
	if t.Is("for") && p > 0 && !d.toks[p-1].Is("fought", "fight", "fighting", "voted", "vote", "stood", "stand", "spoke", "speak", "speaking", "worked", "work") {
		return true // "a new line of credit for the island nation" (not "fought for the nation", its own)
	}
	if t.Is("that") && p > 0 && d.toks[p-1].Is("demanded", "demands", "demanding", "insisted", "insists", "urged", "asked", "requested") {
		return true // "demanded that the Baltic state withdraw its envoy": the one asked
	}
	if p > 1 && (d.toks[p-1].Is("to") || d.toks[p-1].Is("help") && d.toks[p-2].Is("to")) && !t.Is("be", "have", "the") {
		return true // "sent a warship to help defend the emirate", "moved to isolate the island": an infinitive's object
	}
	return d.actingVerb(p) && !t.Is("also", "later", "then", "further", "has", "had", "will", "would", "said", "says", "added") ||
		strings.HasSuffix(t.Norm, "ing") && len(t.Norm) > 5 && !t.Is("during", "following", "including", "regarding", "concerning")
}

// epithetKind returns which states an epithet noun (and a region word
// before it) may stand for, and whether it says so narrowly enough to
// pick one out in a sentence that names others: "the island", "the
// Gulf state" do; "the neighbouring country" does not.
func epithetKind(noun, region string) (func(string) bool, bool) {
	var set map[string]bool
	switch noun {
	case "kingdom", "monarchy":
		set = kingdoms
	case "island", "archipelago":
		set = islandStates
	case "emirate":
		set = map[string]bool{"ARE": true, "QAT": true, "KWT": true}
	case "sultanate":
		set = map[string]bool{"OMN": true, "BRN": true}
	case "city-state":
		set = map[string]bool{"SGP": true}
	}
	in := func(m map[string]bool) func(string) bool {
		return func(id string) bool { return m == nil || m[strings.TrimPrefix(id, "state:")] }
	}
	if region != "" {
		r, s := in(epithetRegions[region]), in(set)
		return func(id string) bool { return r(id) && s(id) }, true
	}
	return in(set), set != nil
}

// epithetState returns the one state fits accepts named in the nearest
// of this sentence (when told narrows the kind), the one before, or the
// one before that which names any; "" when that sentence names several.
func (d *doc) epithetState(i int, fits func(string) bool, told bool) string {
	s := d.sentenceOf[i]
	here := map[string]bool{}
	for _, rf := range d.recent {
		if d.sentenceOf[rf.tok] == s && rf.tok < i {
			here[rf.id] = true
		}
	}
	from := s - 1
	if told {
		from = s
	}
	for si := from; si >= s-2 && si >= 0; si-- {
		found := ""
		for _, rf := range d.recent {
			id := rf.id
			if rf.kind == parley.Person && told {
				// "Mauritian Prime Minister Navin Ramgoolam … the island
				// nation": a state named through its leader, when the noun
				// says which kind of state
				if j, ok := d.index[id]; ok && d.actors[j].Country != "" {
					id = "state:" + d.actors[j].Country
				}
			}
			if d.sentenceOf[rf.tok] != si || rf.tok >= i || !strings.HasPrefix(id, "state:") || rf.kind != parley.State && rf.kind != parley.Person || !fits(id) || si < s && here[id] && !told {
				continue
			}
			if found != "" && found != id {
				return "" // two states it could be
			}
			found = id
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// epithetNotModifiers are words that make "the … country" a group, the
// subject's own state or a comparison, never one state told before.
var epithetNotModifiers = set("two", "three", "four", "both", "other", "same", "whole", "entire", "own", "first", "only",
	"host", "home", "member", "new", "rogue", "sovereign", "independent", "central", "federal", "this", "that", "a", "an")

// islandStates are the states news calls "the island" or "the
// archipelago".
var islandStates = map[string]bool{"TWN": true, "JPN": true, "CUB": true, "IRL": true, "ISL": true, "LKA": true,
	"SGP": true, "MDV": true, "MUS": true, "MDG": true, "CYP": true, "MLT": true, "NZL": true, "PHL": true, "IDN": true,
	"TON": true, "FJI": true, "WSM": true, "VUT": true, "SLB": true, "KIR": true, "NRU": true, "TUV": true, "PLW": true,
	"MHL": true, "FSM": true, "BHR": true, "JAM": true, "TTO": true, "BHS": true, "BRB": true, "CPV": true, "STP": true,
	"COM": true, "SYC": true, "GBR": true}

// epithetRegions are the region words of epithets ("the Gulf state",
// "the Baltic nation") and the states they fit.
var epithetRegions = map[string]map[string]bool{
	"Gulf":      {"SAU": true, "ARE": true, "QAT": true, "KWT": true, "BHR": true, "OMN": true},
	"Baltic":    {"EST": true, "LVA": true, "LTU": true},
	"Nordic":    {"NOR": true, "SWE": true, "DNK": true, "FIN": true, "ISL": true},
	"Caribbean": {"CUB": true, "JAM": true, "HTI": true, "DOM": true, "TTO": true, "BHS": true, "BRB": true},
	"Himalayan": {"NPL": true, "BTN": true},
	"Balkan":    {"SRB": true, "ALB": true, "MKD": true, "MNE": true, "BIH": true, "XKX": true, "BGR": true, "HRV": true},
	"Pacific":   {"TON": true, "FJI": true, "WSM": true, "VUT": true, "SLB": true, "KIR": true, "NRU": true, "TUV": true, "PLW": true, "MHL": true, "FSM": true, "PNG": true},
}

// themStates resolves "them" as the one an act is aimed at to the states
// (or bodies) the sentence before opened on as its subject, listed with
// "and": "Finland and Sweden applied to join NATO. Turkey accused them of
// harbouring militants", "… Washington called on them to talk". Not
// when this sentence's own subject is one of them.
func (d *doc) themStates(i int) int {
	if !d.toks[i].Is("them") || i < 2 || d.sentenceOf[i] == 0 {
		return i
	}
	p := d.toks[i-1]
	if !themStateVerbs[p.Norm] && !(p.Is("on", "upon") && d.toks[i-2].Is("called", "calls", "call", "calling")) {
		return i
	}
	ids := d.subjectListBefore(d.sentenceOf[i])
	if ids == nil {
		return i
	}
	for _, rf := range d.recent {
		if d.sentenceOf[rf.tok] == d.sentenceOf[i] && slices.Contains(ids, rf.id) {
			return i // "Mali and Niger said … Burkina Faso backed them": one of them acts
		}
	}
	d.mention(i, i+1, parley.ViaGroup, ids...)
	return i + 1
}

// themStateVerbs are the verbs whose "them" is an actor, not a thing.
var themStateVerbs = set("urged", "urges", "thanked", "thanks", "told", "tells", "asked", "asks", "invited", "invites",
	"accused", "accuses", "warned", "warns", "congratulated", "congratulates", "criticised", "criticized", "summoned",
	"pressed", "blamed", "praised", "sanctioned", "threatened")

// chargeAfter reports whether the phrase opening at i ("the") is the one
// charged by the verb before it, so that an "of" after it names the
// charge: "accused the rebels of atrocities", "accused the island of
// provocations".
func (d *doc) chargeAfter(i int) bool {
	return i > 0 && d.toks[i-1].Is("accused", "accuses", "accuse", "accusing", "suspected", "suspects", "convicted", "acquitted")
}

// counterpartState returns the state of a bare "his counterpart": the one
// state other than the owner's that this sentence or the one before names
// ("Blinken arrived in Beijing. He held talks with his counterpart"), or
// nil when there is none or more than one.
func (d *doc) counterpartState(i int, owner string) *kb.Entity {
	e := d.r.kb.Get(owner)
	if e == nil || e.Country == "" {
		return nil
	}
	found, clear := d.onlyRecent(i, 1, func(rf ref) bool {
		return rf.kind == parley.State && strings.TrimPrefix(rf.id, "state:") != e.Country
	})
	if !clear {
		return nil
	}
	s := d.sentenceOf[i]
	for _, p := range d.places { // "arrived in Beijing": China
		pi := d.tokenIndex(p.Span.Start)
		if p.Country == "" || p.Country == e.Country || pi >= i || d.sentenceOf[pi] < s-1 || d.datelinePlace(pi) {
			continue
		}
		if id := "state:" + p.Country; found != "" && found != id {
			return nil
		} else {
			found = id
		}
	}
	if found == "" {
		return nil
	}
	return d.r.kb.Get(found)
}

// counterpartPerson returns the one person of another state than the
// owner's that this sentence or the one before names, for a bare "his
// counterpart" when the other side was named only as a person ("Macron
// called Scholz. He urged his counterpart to …"), or "" when there is
// none or more than one.
func (d *doc) counterpartPerson(i int, owner string) string {
	e := d.r.kb.Get(owner)
	if e == nil || e.Country == "" {
		return ""
	}
	found, _ := d.onlyRecent(i, 1, func(rf ref) bool {
		if rf.kind != parley.Person || rf.id == owner {
			return false
		}
		o := d.r.kb.Get(rf.id)
		return o != nil && o.Country != "" && o.Country != e.Country
	})
	return found // ("" when there are several, too)
}

// visitingReference resolves "the visiting minister", "the visiting
// president" to the one person the sentence or the two before told
// travelling there: "Baerbock arrived in Beijing on Monday. Wang Yi urged
// the visiting minister to …".
func (d *doc) visitingReference(i int) int {
	if !d.toks[i].Is("the") || i+2 >= len(d.toks) || !d.toks[i+1].Is("visiting") {
		return i
	}
	end := i + 2
	if d.toks[end].Is("foreign", "prime", "defence", "defense") && end+1 < len(d.toks) {
		end++
	}
	if !visitorNouns[d.toks[end].Norm] || d.followedByName(end+1) {
		return i
	}
	traveller := func(rf ref) bool { return rf.kind == parley.Person && d.travelsAfter(rf.tok) }
	who, clear := d.onlyRecent(i, 2, traveller)
	if clear && who == "" {
		// "The Prime Minister of Nepal, Shri Krishna Prasad Bhattarai,
		// paid an official visit to India … The visiting Prime Minister
		// called on the President": the story's one traveller, however
		// far back.
		who, clear = d.onlyRecent(i, len(d.toks), traveller)
	}
	if !clear || who == "" {
		return i // (two travellers: which is unclear)
	}
	d.mention(i, end+1, parley.ViaRole, who)
	return end + 1
}

// visitorNouns are the role nouns of "the visiting …" that stand for one
// person.
var visitorNouns = set("minister", "president", "premier", "leader", "chancellor", "king", "queen", "envoy",
	"secretary", "diplomat", "emir", "prince", "sultan", "monarch", "head", "chief")

// travelsAfter reports whether the person named at token k is the
// subject of a journey: "Baerbock arrived in Beijing", "Modi, who flew
// in on Friday, …" is not sought.
func (d *doc) travelsAfter(k int) bool {
	j := k + 1
	for j < len(d.toks) && j <= k+4 && d.toks[j].Upper && d.toks[j].Kind == token.Word {
		j++ // the rest of the name: "Shri Krishna Prasad Bhattarai"
	}
	if j+1 < len(d.toks) && d.toks[j].Is(",") && d.toks[j+1].Is("paid", "pays") {
		j++ // "…, paid an official visit": the name closing an apposition
	}
	for ; j < len(d.toks) && j <= k+8 && d.sentenceOf[j] == d.sentenceOf[k]; j++ {
		if d.toks[j].Is("arrived", "arrives", "visited", "visits", "travelled", "traveled", "travels", "flew", "flies", "landed", "lands", "toured", "tours") {
			return true
		}
		if d.toks[j].Is("paid", "pays") && j+3 < len(d.toks) && (d.toks[j+2].Is("visit") || d.toks[j+3].Is("visit")) {
			return true // "paid an official visit to India"
		}
		if d.toks[j].Kind == token.Punct && !d.toks[j].Is("-") || d.toks[j].Is("who", "which", "and", "met", "said", "told") {
			return false
		}
	}
	return false
}
