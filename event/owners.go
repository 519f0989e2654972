package event

import (
	"slices"
	"strings"

	"parley"
	"parley/nlp/token"
)

// Owned objects: a deed done to what a state or a body owns — its
// villages, its airspace, its patrol, its diplomats — is done to the
// owner, as the labelling guide has deeds against a state's people,
// places and property. "Armenia said Azerbaijani forces shelled its
// villages" is an attack on Armenia; "“They attacked our positions,” the
// ministry said" one on the ministry's state. The owner is never the
// doer's own side ("Russia moved its troops"), and, being inferred, it
// carries a lower confidence.

// ownerConfidence caps the confidence of an event whose target is the
// owner of its object.
const ownerConfidence = 0.5

// ownedTarget returns the owner of the object of the deed at k, when
// that object is a state's or a body's people, places or property
// owned by a possessive ("shelled its villages", "fired on their
// patrol", "seized the country's tankers", "attacked our positions"),
// resolved to its state or organisation; or nil.
func (d *doc) ownedTarget(k, from, ce, a, b, si int, subj []string, sn sense) []string {
	p, h := d.ownedObject(k, from, ce, sn)
	var owner string
	if p < 0 && len(subj) > 0 {
		owner = d.ofOwner(k, from, ce, sn) // "bombed the headquarters of the PLO"
	}
	if owner == "" && (p < 0 || len(subj) == 0 || !ownedLand[d.tok(h).Norm] && d.thingBefore(k, p, a)) {
		return nil // (but "struck a car inside its territory": the ground is a state's)
	}
	switch {
	case owner != "":
	case d.tok(p).Is("our"):
		owner = d.quoteSpeakerAt(p) // "“They shelled our villages,” the ministry said"
	default:
		owner = d.possessiveOwner(p, k, a, b, si, subj)
	}
	if owner == "" {
		return nil
	}
	id := d.ownerSide(owner)
	if d.sameSide(subj, id) || d.sameSide(subj, owner) || d.sameCountry(subj, id) {
		return nil // "Russia said its forces shelled …": its own, no target
	}
	return []string{id}
}

// ownerSide returns the state or organisation an owner stands for: a
// ministry's or an official's state ("our positions", said the defence
// ministry: Armenia's), the body a person leads ("our fighters", said
// Hezbollah's leader), else the owner itself.
func (d *doc) ownerSide(id string) string {
	a := d.actors[id]
	if a == nil || a.Country == "" || a.Kind == parley.State {
		return id
	}
	if a.Kind == parley.Person {
		for _, o := range d.in.Actors {
			if d.leads(id, o.ID) && o.Role != "government body" {
				return o.ID
			}
		}
		return "state:" + a.Country
	}
	if a.Role == "government body" {
		return "state:" + a.Country
	}
	return id
}

// ownedObject returns where the possessive and the noun of an owned
// object of the deed at k stand, or -1, -1.
func (d *doc) ownedObject(k, from, ce int, sn sense) (int, int) {
	if !ownedDeed(sn) {
		return -1, -1
	}
	p, end := d.ownedPossessive(k, from, ce, sn)
	if p < 0 {
		return -1, -1
	}
	h := d.ownedHead(end, ce)
	if h < 0 || sn.typ == parley.Sanction && !ownedPeople[d.tok(h).Norm] {
		return -1, -1 // (not "closed its embassy": its own, shut)
	}
	return p, h
}

// ofOwner returns the actor named after "of" that owns the direct
// object of the deed at k — "bombed the headquarters of the Palestine
// Liberation Organisation", "shelled the positions of the Syrian army" —
// or "".
func (d *doc) ofOwner(k, from, ce int, sn sense) string {
	if !ownedDeed(sn) || !slices.Contains(sn.preps, "") {
		return ""
	}
	i := k + 1
	if from > i {
		i = from
	}
	if !d.tok(i).Is("the") {
		return ""
	}
	for j := i + 1; j < ce && j <= i+3; j++ {
		if d.cover[j] >= 0 || d.tok(j).Kind != token.Word {
			return ""
		}
		if !ownedNouns[d.tok(j).Norm] && !ownedSeats[d.tok(j).Norm] || !d.tok(j+1).Is("of") {
			continue
		}
		o := j + 2
		if d.tok(o).Is("the") {
			o++
		}
		if m, ok := d.mentionAt(o); ok && d.mentionStart(o) == o && len(m.Actors) == 1 {
			return m.Actors[0]
		}
		return ""
	}
	return ""
}

// ownedSeats are the buildings where a body sits, owned by it.
var ownedSeats = wordSet("headquarters compound offices office residence residences camp camps")

// ownedDeed reports whether a deed of sense sn is done to what its
// object's owner owns: force, seizure and restriction, and expulsions
// ("expelled its diplomats").
func ownedDeed(sn sense) bool {
	if sn.frame != directed || sn.noun {
		return false
	}
	return sn.typ == parley.Assault || sn.typ == parley.Coerce || sn.typ == parley.Sanction && sn.mode == "expel"
}

// ownedPossessive finds the possessive opening the object of the deed at
// k — the direct object ("shelled its villages", "seized the country's
// tankers") or the object of one of the sense's prepositions ("fired
// missiles at its towns", "opened fire on their patrol") — and returns
// where it stands and where it ends; -1 when there is none.
func (d *doc) ownedPossessive(k, from, ce int, sn sense) (int, int) {
	direct, preps := false, map[string]bool{}
	for _, p := range sn.preps {
		if p == "" {
			direct = true
		} else if !slices.Contains(placePreps, p) {
			preps[p] = true // ("shelled villages in its territory": where, not whose)
		}
	}
	for i := k + 1; i < ce && i <= k+6; i++ {
		if d.cover[i] >= 0 && !d.tok(i).Is("its", "their") || d.tok(i).Kind == token.Punct {
			return -1, -1 // an actor or a comma comes first: the object is another's
		}
		slot := direct && (i == k+1 || i == from) || preps[d.tok(i-1).Norm] && i > k+1
		where := !slot && i > k+1 && sn.typ != parley.Sanction && d.tok(i-1).Is("in", "on", "inside", "into", "within")
		if !slot && !where {
			continue
		}
		j := i
		if d.partOfAt(i) == i {
			j = i + 2 // "expelled three of its diplomats", "fired at two of its posts": the possessive follows
		}
		if end := d.possessiveEnd(j); end > j && (!where || ownedLand[d.tok(end).Norm]) {
			return j, end
		}
	}
	return -1, -1
}

// ownedLand is a state's ground, whose owner a deed done on it is aimed
// at: "struck targets on its territory", "bombed sites inside its
// territory".
var ownedLand = wordSet("territory soil airspace waters land")

// possessiveEnd returns the token after a possessive opening at i —
// "its", "their", "our", "the country's", "the kingdom's" — or i.
func (d *doc) possessiveEnd(i int) int {
	if d.tok(i).Is("its", "their", "our") {
		if d.tok(i + 1).Is("own") {
			return i // "fired on its own people": the doer's
		}
		return i + 1
	}
	if d.tok(i).Is("the") && ownerEpithets[d.tok(i+1).Norm] && !d.tok(i+1).Upper && d.possessiveAt(i+2) {
		return i + 3
	}
	return i
}

// ownerEpithets are the nouns a state is told by in "the country's
// tankers", "the kingdom's oil facilities".
var ownerEpithets = wordSet("country kingdom nation republic island emirate state")

// placePreps put what follows as where a deed was done, not to whom:
// "shelled villages in its territory".
var placePreps = []string{"in", "inside", "near", "outside", "from", "across", "over"}

// wordSet makes a set of the words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// ownedHead returns the noun of a state's people, places or property
// closing the phrase that starts at i ("villages", "energy facilities",
// "two patrol boats"), or -1.
func (d *doc) ownedHead(i, ce int) int {
	for j := i; j < ce && j <= i+3; j++ {
		t := d.tok(j)
		if t.Kind == token.Punct || d.cover[j] >= 0 && d.in.Mentions[d.cover[j]].Via != parley.ViaCollective || t.Upper ||
			d.tok(j).Is("of", "and", "in", "on", "at", "with") {
			return -1 // ("its soldiers" read as troops told before is still what it owns)
		}
		if ownedNouns[t.Norm] && !ownedNouns[d.tok(j+1).Norm] {
			return j
		}
	}
	return -1
}

// ownedNouns are a state's people, places and property as the object of
// force, seizure or expulsion.
var ownedNouns = wordSet(`village villages town towns city cities capital territory airspace waters border borders frontier positions
	position post posts outpost outposts base bases airbase airbases port ports checkpoint checkpoints
	soil settlements homes troops soldiers forces army patrol patrols guards sailors servicemen
	peacekeepers convoy convoys police ship ships vessel vessels tanker tankers boat boats aircraft
	plane planes jet jets drone drones warship warships frigate frigates destroyer destroyers submarine
	helicopter helicopters embassy embassies consulate consulates mission facilities facility
	infrastructure installations grid refinery refineries pipeline pipelines oilfields citizens
	nationals civilians fishermen diplomats diplomat ambassador envoy officers officials staff
	personnel fighters commanders plant plants station stations depot depots airport airports`)

// ownedPeople are the people of a state one may expel: "expelled its
// diplomats".
var ownedPeople = wordSet("diplomats diplomat ambassador envoy staff officials personnel nationals citizens officers")

// quoteSpeakerAt returns the speaker of the quotation holding token i.
func (d *doc) quoteSpeakerAt(i int) string {
	if !d.quoted[i] {
		return ""
	}
	return d.in.Quotes[d.quoteOf[i]].Speaker.ID
}

// possessiveOwner resolves "its", "their" or "the country's" at p in the
// deed at k: the speaker whose words hold the deed ("Armenia said …
// shelled its villages", "…, Estonia said"), else the nearest actor
// before it in the sentence who is not the doer, else the subject of
// the sentence before.
func (d *doc) possessiveOwner(p, k, a, b, si int, subj []string) string {
	state := d.tok(p).Is("the")
	for v := a; v < b; v++ {
		if d.quoted[v] || d.cover[v] >= 0 || !d.sayVerbAt(v) {
			continue
		}
		sp, from, to := d.statementParts(v, a, b)
		if len(sp) == 1 && from <= k && k < to {
			if !d.ownerFits(sp[0], state) {
				return ""
			}
			return sp[0]
		}
	}
	if id := d.accordingTo(a, b); id != "" {
		if !d.ownerFits(id, state) {
			return ""
		}
		return id // "…, according to Kosovo's government"
	}
	for i := p - 1; i >= a; i-- {
		m, ok := d.mentionAt(i)
		if !ok {
			continue
		}
		i = d.mentionStart(i)
		if n := d.namedBeforeApposition(i); n >= 0 {
			m, _ = d.mentionAt(n)
			i = d.mentionStart(n) // "Kataib Hezbollah, an Iran-backed militia, …": the one named
		}
		if len(m.Actors) != 1 || d.sameSide(subj, m.Actors[0]) || d.tok(i-1).Is(locationWords...) {
			continue // the doer, or a place: "struck targets in Iraq, hitting their …"
		}
		if d.ownerFits(m.Actors[0], state) {
			return m.Actors[0]
		}
	}
	if state {
		if id := d.onlyOtherState(a, b, subj); id != "" {
			return id // "Houthi drones struck the kingdom's oil facilities, Saudi state media said"
		}
	}
	if si > 0 {
		if id := d.sentenceSubject(si - 1); id != "" && d.ownerFits(id, state) {
			return id
		}
	}
	return ""
}

// onlyOtherState returns the one state other than the doer's that tokens
// [a, b) name, by a name or a country word, or "".
func (d *doc) onlyOtherState(a, b int, subj []string) string {
	found := ""
	for i := a; i < b; i++ {
		if d.cover[i] < 0 || i > a && d.cover[i-1] == d.cover[i] {
			continue
		}
		for _, id := range d.in.Mentions[d.cover[i]].Actors {
			st := d.ownerSide(id)
			if !strings.HasPrefix(st, "state:") || d.sameSide(subj, st) || d.sameCountry(subj, st) {
				continue
			}
			if found != "" && found != st {
				return ""
			}
			found = st
		}
	}
	return found
}

// locationWords put an actor's name as a place: "in Iraq", "near Gaza".
var locationWords = []string{"in", "at", "near", "into", "inside", "across", "from", "over", "toward", "towards", "outside"}

// ownerFits reports whether actor id can own what a possessive names: a
// state or a body (not a person: "his villages"); a state alone for "the
// country's".
func (d *doc) ownerFits(id string, state bool) bool {
	a := d.actors[id]
	if a == nil {
		return false
	}
	if state {
		return a.Kind == parley.State
	}
	return a.Kind == parley.State || a.Kind == parley.Organization
}

// sameCountry reports whether id is of the state of one of subj.
func (d *doc) sameCountry(subj []string, id string) bool {
	c := d.countryOf(id)
	for _, s := range subj {
		if c != "" && d.countryOf(s) == c {
			return true
		}
	}
	return false
}

// ourOwnedAfter reports whether, inside a quotation with a speaker, "our"
// opens a state's people, places or property within a few words after
// the trigger at k: "“Azerbaijani troops attacked our positions,” the
// ministry said" tells a deed done to the speaker's side.
func (d *doc) ourOwnedAfter(k, b int) bool {
	if d.quoteSpeakerAt(k) == "" {
		return false
	}
	for i := k + 1; i < b && i <= k+5 && d.quoted[i]; i++ {
		if d.tok(i).Kind == token.Punct {
			return false
		}
		if d.tok(i).Is("our") {
			return d.ownedHead(i+1, b) > 0
		}
	}
	return false
}

// ownerRead reports whether events were all aimed at an object's owner.
func ownerRead(ev []parley.Event) bool {
	for _, e := range ev {
		if !strings.HasSuffix(e.Rule, ":owner") {
			return false
		}
	}
	return len(ev) > 0
}

// thingBefore reports whether a thing is named between the doer of the
// deed at k and the possessive at p, which then more likely owns what
// follows: "seized the tanker and detained its sailors" (the tanker's).
func (d *doc) thingBefore(k, p, a int) bool {
	x := k - 1
	for x > a && d.cover[x] < 0 {
		x--
	}
	for i := x + 1; i < p; i++ {
		if d.cover[i] < 0 && d.tok(i).Is("the", "a", "an", "this", "that") {
			return true
		}
	}
	return false
}

// placeAfterOwned reports whether the object of the deed at k is an
// owned thing followed by where it lies — "struck their positions in
// southern Lebanon", "seized its tankers in the Gulf" — so that the
// owner, not the place, is the target.
func (d *doc) placeAfterOwned(k, from, ce int, sn sense, subj, obj []string) bool {
	_, h := d.ownedObject(k, from, ce, sn)
	if h > 0 && len(obj) == 1 && d.sameSide(subj, obj[0]) {
		return true // "Guyanese troops detained its soldiers": not their own, whatever "soldiers" was read as
	}
	return h > 0 && slices.Contains(placePreps, d.tok(h+1).Norm)
}

// accordingTo returns the one actor a sentence gives its account to:
// "according to Kosovo's government", or "".
func (d *doc) accordingTo(a, b int) string {
	for i := a; i+2 < b; i++ {
		if !d.tok(i).Is("according") || !d.tok(i+1).Is("to") || d.quoted[i] {
			continue
		}
		j := i + 2
		if d.tok(j).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j); ok && len(m.Actors) == 1 {
			return m.Actors[0]
		}
	}
	return ""
}

// partOfAt returns i when a count of a part opens there, "three of",
// "some of", "dozens of", or -1.
func (d *doc) partOfAt(i int) int {
	t := d.tok(i)
	if d.tok(i+1).Is("of") && d.cover[i] < 0 && (t.Kind == token.Number || quantityWords[t.Norm] ||
		t.Is("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "dozens", "hundreds", "scores", "most", "part", "parts")) {
		return i
	}
	return -1
}

// ownedDirectObject reports whether the verb at k takes as its direct
// object what a possessive owns: "killed two of its soldiers".
func (d *doc) ownedDirectObject(k int) bool {
	j := k + 1
	if d.partOfAt(j) == j {
		j += 2
	}
	end := d.possessiveEnd(j)
	return end > j && d.ownedHead(end, min(len(d.in.Tokens), end+4)) >= 0
}

// namedBeforeApposition returns where the mention ends that an
// apposition starting at i describes — "Kataib Hezbollah, an Iran-backed
// militia" — or -1.
func (d *doc) namedBeforeApposition(i int) int {
	j := i - 1
	if d.tok(j).Is("a", "an", "the") && d.cover[j] < 0 {
		j--
	}
	if _, ok := d.mentionAt(j - 1); !ok || !d.tok(j).Is(",") {
		return -1
	}
	return j - 1
}
