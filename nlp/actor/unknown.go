package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley"
	"parley/kb"
	"parley/nlp/token"
)

// inPortfolio reports whether token i lies in the portfolio of a
// minister's or secretary's title: "Minister of Foreign Affairs and
// International Cooperation Dr. Jane Roe", "Secretary of State for
// Defence Gen. Tom Black".
func (d *doc) inPortfolio(i int) bool {
	for j := i - 1; j >= 1 && i-j <= 8; j-- {
		t := d.toks[j]
		if t.Is("of", "for") && d.toks[j-1].Is("minister", "secretary") {
			return true
		}
		if t.Kind != token.Word || !t.Upper && !t.Is("and", "&", "of", "for") {
			return false
		}
	}
	return false
}

// organisation recognises the name of an organisation the knowledge base
// does not know, from the shape of the name: "Chinese Academy of Social
// Sciences", "Institute of Russian, Eastern European, and Central Asian
// Studies", "Global Times".
func (d *doc) organisation(i int) int {
	if d.datedName(i) {
		// "the June 5 Movement-Rally of Patriotic Forces (M5-RFP)": a
		// movement named after its day, defined by its acronym.
		if end, acr, ok := d.definedName(i); ok {
			sp := d.span(i, end)
			id := d.addNew(parley.Organization, d.text[sp.Start:sp.End], "", "organisation")
			d.mention(i, end, parley.ViaDescriptor, id)
			d.local[d.toks[acr].Norm] = id
			return end
		}
	}
	if !d.nameStart(i) {
		return i
	}
	if i >= 2 && i+1 < len(d.toks) && d.toks[i].Is("state") && d.toks[i+1].Is("for") && d.toks[i-1].Is("of") && d.toks[i-2].Is("minister", "ministers", "secretary") {
		// "the Minister of State for National Security": a rank and its
		// portfolio, no body named State; a name after them is the holder's.
		j := i + 1
		for j < len(d.toks) && !d.toks[j].NewlineBefore && (d.toks[j].Upper && d.toks[j].Kind == token.Word || d.toks[j].Is("for", "and", "of", "&")) && !d.personNameAt(j) {
			j++
		}
		return j
	}
	if cut, suffix := compoundParts(d.toks[i].Text); i+1 < len(d.toks) && cut >= 0 && compoundSuffixes[suffix] && d.r.dict.match(d.toks, i+1) != nil {
		return i // "the Russian-led Collective Security Treaty Organization": a known body after its leader's compound
	}
	if end, _ := d.orgName(i); end > i && d.abbrevDot(end+1) && d.inPortfolio(i) {
		return end // the portfolio's words, run into the honorific of a name, name no body
	}
	if end := d.oppositionNameAt(i); end > i {
		// "the opposition Unitary Platform", "the main opposition
		// Alliance for Change": a party or coalition the knowledge base
		// does not know, which the word before it calls the opposition.
		sp := d.span(i, end)
		d.mention(i, end, parley.ViaDescriptor, d.addNew(parley.Organization, d.text[sp.Start:sp.End], "", "opposition"))
		return end
	}
	// "Seoul-based Korea Peninsula Forum": the place is the country, not
	// part of the name.
	if c := d.basedIn(i); c != "" && i+1 < len(d.toks) && d.nameStart(i+1) {
		if end, ok := d.orgName(i + 1); ok {
			if en := d.r.dict.match(d.toks, i+1); en == nil || i+1+len(en.toks) < end {
				sp := d.span(i+1, end)
				id := d.addNew(parley.Organization, d.text[sp.Start:sp.End], c, "organisation")
				d.mention(i+1, end, parley.ViaDescriptor, id)
				return end
			}
		}
	}
	if i > 0 && i+1 < len(d.toks) && d.toks[i-1].Is("the") && d.nameWord(i) && d.toks[i+1].Is("party") && !d.toks[i+1].Upper &&
		d.r.dict.match(d.toks, i) == nil && !titleWords[d.toks[i].Norm] {
		// "accused the Shor party of paying protesters": a party the
		// knowledge base does not know, named by its leader or its word.
		name := d.toks[i].Text + " Party"
		id := d.addNew(parley.Organization, name, "", "party")
		d.mention(i, i+2, parley.ViaDescriptor, id)
		return i + 2
	}
	if end := d.movementName(i); end > i {
		// "leads the Tavush for the Homeland movement": a movement the
		// knowledge base does not know, named by its own words.
		sp := d.span(i, end)
		id := d.addNew(parley.Organization, d.text[sp.Start:sp.End], "", "organisation")
		d.mention(i, end+1, parley.ViaDescriptor, id)
		d.namedMovement(d.toks[end].Norm, id)
		return end + 1
	}
	if head := d.describedAcronym(i); head != "" {
		// "The FLNKS, the main pro-independence alliance, …": an acronym
		// the text says is a body.
		id := d.addNew(parley.Organization, d.toks[i].Text, "", "organisation")
		d.mention(i, i+1, parley.ViaDescriptor, id)
		d.local[d.toks[i].Norm] = id
		d.namedMovement(head, id)
		return i + 1
	}
	if d.toks[i].Is("government") && i+2 < len(d.toks) && d.toks[i+1].Is("of") {
		// "the Government of South Korea", "the Government of the ROK":
		// the state itself, however many words its name takes.
		j := i + 2
		if d.toks[j].Is("the") {
			j++
		}
		if st, e := d.stateAt(j); st != nil {
			d.mention(i, e, parley.ViaCollective, d.addKnown(st))
			return e
		}
	}
	if d.headsOfStateAt(i) {
		return i // "Heads of State and Government": a title, no organisation
	}
	end, ok := d.orgName(i)
	if !ok {
		end, ok = d.namedGroup(i)
	}
	if !ok {
		if end, acr, ok := d.definedName(i); ok {
			sp := d.span(i, end)
			id := d.addNew(parley.Organization, d.text[sp.Start:sp.End], "", "organisation")
			d.mention(i, end, parley.ViaDescriptor, id)
			d.local[d.toks[acr].Norm] = id // "CCAT leaders" later on
			return end
		}
		return i
	}
	// A generic phrase for a state written in capitals is no name: "the
	// Federal Government" is the article's state (a body such as "the
	// Election Commission" stays a name of its own).
	if k, ok := genericNouns["the "+d.phrase(i, end)]; ok && k == asState && i > 0 && d.toks[i-1].Is("the") {
		return i
	}
	// A name the knowledge base knows in full is for known() to handle,
	// and so is a state followed by one of its bodies.
	if en := d.r.dict.match(d.toks, i); en != nil && i+len(en.toks) >= end {
		return i
	}
	if st, after := d.stateAt(i); st != nil {
		for n := 1; n <= 3 && after+n <= end && bodyFirst[d.toks[after].Norm]; n++ {
			if _, ok := stateBodies[d.phrase(after, after+n)]; ok && after+n == end {
				return i
			}
		}
	}
	country := ""
	if st, after := d.stateAt(i); st != nil {
		country = st.Country // "Chinese Academy of Social Sciences"
		if st2, _ := d.stateAt(after); st2 != nil && after < end {
			country = st2.Country // "Polish American Civic League": American
		}
	} else if i >= 2 && d.toks[i-1].Is("'s") {
		if st, e := d.stateAt(i - 2); st != nil && e == i-1 {
			country = st.Country // "Russia's Federal Security Service"
		}
	} else if of := d.ofStateEnding(i, end); of > i {
		st, _ := d.stateAt(of + 1)
		country = st.Country // "Communist Party of China", "National Assembly of South Africa"
		if of == i+1 && d.toks[i].Is("government") {
			// "the Government of Japan": the state itself.
			d.mention(i, end, parley.ViaCollective, d.addKnown(st))
			return end
		}
		if body, ok := stateBodies[d.phrase(i, of)]; ok && of == end-2 { // (a longer state's, "the Court of Bosnia and Herzegovina", keeps its own name)
			// "the Supreme Court of Brazil": the state's body, as
			// "Brazil's Supreme Court" names it.
			d.mention(i, end, parley.ViaName, d.addBody(st, body))
			return end
		}
	}
	if country == "" && end+1 < len(d.toks) && d.toks[end].Is(",") && d.governmentOfAt(end+1) {
		// A letterhead: "Ministry of Foreign Affairs, Government of the
		// People's Republic of Bangladesh" is Bangladesh's ministry.
		j := end + 3
		if d.next(j, "the") {
			j++
		}
		if st, _ := d.stateAt(j); st != nil {
			country = st.Country
		}
	}
	if country == "" {
		country = d.placeInName(i, end) // "University of Gdańsk", "Kyiv-Mohyla Academy"
	}
	seated := false
	_, bare := bodyTitles[token.Fold(d.phrase(i, end))] // ("the Ministry of Foreign Affairs in Seoul" is for bodiesWithoutState, which also points "the ministry" after it)
	if country == "" && !bare && end+1 < len(d.toks) && d.toks[end].Is("in") && !d.toks[i].Is("international") && !courtSeats[d.toks[min(end+2, len(d.toks)-1)].Norm] {
		// "the Higher Regional Court in Berlin": where the body sits
		country = d.placeInName(end, min(end+4, len(d.toks)))
		seated = country != ""
	}
	sp := d.span(i, end)
	id := d.ministryOf(i, end, country)
	if id == "" {
		id = d.addNew(parley.Organization, d.text[sp.Start:sp.End], country, "organisation")
		if seated {
			if d.seated == nil {
				d.seated = map[string]bool{}
			}
			d.seated[id] = true
		}
	}
	stop := end
	if noun := d.fightersOf(i, end); noun != "" && end < len(d.toks) && d.toks[end].Norm == noun {
		stop = end + 1 // "the Forces Nouvelles rebels": the group, its fighters' noun taken in
	}
	d.mention(i, stop, parley.ViaDescriptor, id)
	if k := i - 1; k > 0 {
		if d.toks[k].Is("called", "named") {
			k--
		}
		if groupKinds[d.toks[k].Norm] && !d.toks[k].Upper {
			d.namedMovement(d.toks[k].Norm, id) // "the charity SOS Méditerranée … “…,” the charity said"
		}
	}
	if noun := d.fightersOf(i, end); noun != "" {
		// "Rebels of the Tupac Amaru Revolutionary Movement seized …",
		// "Ahlu Sunnah insurgents": an armed group, which "the rebels"
		// later means.
		d.actors[d.index[id]].Role = "armed group"
		d.namedMovement(noun, id)
		if alias, ok := fighterAliases[noun]; ok {
			d.namedMovement(alias, id)
		}
	}
	if d.groupNameAfterHead(i) == end {
		d.local[d.toks[i].Norm] = id // "the Jamaat al Muslimeen … members of the Jamaat": its head word alone
	}
	d.bracketedAcronym(end, id)
	return stop
}

// bracketedAcronym takes an acronym in brackets right after the name of
// an organisation that ends at token end for a name of it from then on:
// "The Budget Monitoring Forum (FMO) … The FMO welcomed", "Venezuela's
// National Electoral Council (CNE) … calling on the CNE".
func (d *doc) bracketedAcronym(end int, id string) {
	if end+2 < len(d.toks) && d.toks[end].Text == "(" && d.toks[end+2].Text == ")" {
		if a := d.toks[end+1].Text; len(a) >= 2 && len(a) <= 8 && strings.ToUpper(a) == a && isLetters(a) {
			d.local[d.toks[end+1].Norm] = id
		}
	}
}

// fighterNouns name the members of an armed group.
var fighterNouns = map[string]bool{"rebels": true, "guerrillas": true, "insurgents": true, "militants": true, "fighters": true,
	"jihadists": true, "militiamen": true}

// fighterAliases is the other noun news uses for the same members.
var fighterAliases = map[string]string{"rebels": "insurgents", "insurgents": "rebels", "guerrillas": "rebels", "militants": "fighters",
	"fighters": "militants", "jihadists": "militants"}

// fightersOf returns the noun that makes the new organisation at [i, end)
// an armed group — "rebels of the X", "fighters from the X", "X
// insurgents" — or "".
func (d *doc) fightersOf(i, end int) string {
	j := i - 1
	if j >= 0 && d.toks[j].Is("the") {
		j--
	}
	if j >= 1 && d.toks[j].Is("of", "from") && fighterNouns[d.toks[j-1].Norm] {
		return d.toks[j-1].Norm
	}
	if end < len(d.toks) && fighterNouns[d.toks[end].Norm] && !d.toks[end].Upper {
		return d.toks[end].Norm
	}
	return ""
}

// placeInName returns the country of a place or state the name of an
// organisation at [i, end) opens or holds after "of", "in" or "for"
// ("Bengaluru Centre for Strategic Affairs", "University of Gdańsk"):
// where it is based; or "".
func (d *doc) placeInName(i, end int) string {
	for k := i; k < end; k++ {
		if first, _, ok := strings.Cut(d.toks[k].Text, "-"); ok && d.toks[k].Upper {
			// "Kyiv-Mohyla Academy": a place opening a compound word
			if e, ok := d.r.byName[token.Fold(first)]; ok && (e.Kind == kb.KindPlace || e.Kind == kb.KindState) && e.Country != "" {
				return e.Country
			}
		}
		en := d.r.dict.match(d.toks, k)
		if en == nil || k+len(en.toks) > end || k > i && !d.toks[k-1].Is("of", "in", "for") {
			continue // (not "State Department Russia", a desk, read as one name)
		}
		for _, t := range en.targets {
			if (t.entity.Kind == kb.KindPlace || t.entity.Kind == kb.KindState) && t.entity.Country != "" {
				return t.entity.Country
			}
		}
	}
	return ""
}

// ministryOf returns the body of state country that a ministry named in
// full at [i, end) is, or "": "Vietnam's Ministry of Agriculture" is
// Vietnam's, as "Vietnam's agriculture ministry" is, and not one actor
// with every other state's "Ministry of Agriculture".
func (d *doc) ministryOf(i, end int, country string) string {
	if country == "" {
		return ""
	}
	if _, after := d.stateAt(i); after > i && after < end {
		i = after // "Vietnamese Ministry of Agriculture"
	}
	if !d.toks[i].Is("ministry", "department") || !d.next(i+1, "of", "for") {
		return ""
	}
	st := d.r.kb.State(country)
	if st == nil {
		return ""
	}
	// "Ministry of Foreign Affairs of Malawi" is Malawi's "Ministry of
	// Foreign Affairs": the body's name is kept without its state, which
	// addBody adds back once.
	for k := i + 2; k < end; k++ {
		if s, after := d.stateAt(k); s != nil && s.Country == country && after == end && d.toks[k-1].Is("of") {
			end = k - 1
			break
		}
	}
	sp := d.span(i, end)
	return d.addBody(st, d.text[sp.Start:sp.End])
}

// headsOfStateAt reports whether token i ends "Heads of State", "Heads of
// Government" or "Heads of State and Government", a title; "Head of State
// Security Service" names an office instead.
func (d *doc) headsOfStateAt(i int) bool {
	if i < 2 || !d.toks[i-1].Is("of") || !d.toks[i-2].Is("heads", "head") || !d.toks[i].Is("state", "government") {
		return false
	}
	j := i + 1
	if d.next(j, "and") && d.next(j+1, "state", "government") {
		j += 2
	}
	return !d.nameWordAt(j)
}

// definedName reads a name the text gives an acronym for right after it,
// "the Field Action Coordination Cell (CCAT)": an organisation's, whatever
// its last word. It returns the name's end and the acronym's token.
func (d *doc) definedName(i int) (end, acr int, ok bool) {
	j := i
	for j < len(d.toks) && j-i < 8 {
		t := &d.toks[j]
		if j > i && t.NewlineBefore {
			break
		}
		if j == i+1 && t.Kind == token.Number && d.datedName(i) {
			j++ // "June 5 Movement"
			continue
		}
		if t.Kind == token.Word && t.Upper && !(notNames[t.Norm] && !connectors[t.Norm] && !(j == i && d.datedName(i))) {
			j++
			continue
		}
		if j > i && t.Is("of", "for", "and", "on", "the") && d.nameWordAt(j+1) {
			j++
			continue
		}
		break
	}
	if j-i < 2 || j+2 >= len(d.toks) || d.toks[j].Text != "(" || d.toks[j+2].Text != ")" || d.personNameAt(i) || d.knownWithin(i, j) {
		return i, 0, false
	}
	a := d.toks[j+1].Text
	if len(a) < 2 || len(a) > 8 || strings.ToUpper(a) != a || !isLetters(a) && !(d.datedName(i) && isAcronym(a)) {
		return i, 0, false
	}
	for k := i; k < j; k++ {
		if thingHeads[d.toks[k].Norm] {
			return i, 0, false // "the Line of Actual Control (LAC)", "the Joint Comprehensive Plan of Action (JCPOA)": no body
		}
	}
	return j, j + 1, true
}

// thingHeads are words of the names of lines, zones, pacts and programmes,
// which are given acronyms as bodies are but act for no one.
var thingHeads = map[string]bool{"line": true, "zone": true, "zones": true, "area": true, "region": true,
	"plan": true, "agreement": true, "treaty": true, "accord": true, "accords": true, "act": true, "protocol": true,
	"programme": true, "program": true, "system": true, "initiative": true, "framework": true, "mechanism": true,
	"declaration": true, "convention": true, "strait": true, "corridor": true, "control": true, "deal": true,
	"partnership": true, "pact": true, "charter": true, "memorandum": true, "road": true, "belt": true,
	"project": true, "scheme": true, "index": true, "route": true, "pipeline": true,
	"law": true, "bill": true, "resolution": true, "strategy": true, "operation": true, "missile": true}

// datedName reports whether a name starts at i with a month and a day
// before capitalised words: "June 5 Movement", "March 23 Movement".
func (d *doc) datedName(i int) bool {
	return i+2 < len(d.toks) && monthWords[d.toks[i].Norm] && d.toks[i].Upper && d.toks[i+1].Kind == token.Number &&
		len(d.toks[i+1].Text) <= 2 && d.toks[i+2].Kind == token.Word && d.toks[i+2].Upper && !notNames[d.toks[i+2].Norm]
}

// isLetters reports whether s is all letters.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// namedGroup reads the name after a word that says a group follows:
// "the group Doctors for Camp Closure", "the advocacy group Human Rights
// Watch", "a coalition called Women for Peace". Lower-case connectors
// inside the name are kept when a capitalised word follows them.
func (d *doc) namedGroup(i int) (int, bool) {
	k := i - 1
	if k > 0 && d.toks[k].Is("called", "named") {
		k--
	}
	if k < 0 || !groupKinds[d.toks[k].Norm] || d.toks[k].Upper {
		return i, false
	}
	j := i
	for j < len(d.toks) && j-i < 8 {
		t := &d.toks[j]
		if j > i && t.NewlineBefore {
			break
		}
		if t.Kind == token.Word && t.Upper {
			j++
			continue
		}
		if j > i && t.Is("for", "of", "and", "against", "in", "on", "the") && d.nameWordAt(j+1) {
			j++
			continue
		}
		break
	}
	if j-i < 2 {
		return i, false
	}
	return j, true
}

// groupKinds are the words that say a group's name follows ("the
// advocacy group Human Rights Watch"), and name it again later ("the
// group said").
var groupKinds = set("group", "organisation", "organization", "movement", "coalition", "association", "network",
	"campaign", "alliance", "union", "charity", "ngo")

// movementHeads name a body of people after its own name, in lower case:
// "the Tavush for the Homeland movement", "the Black Lives Matter
// campaign".
var movementHeads = set("movement", "alliance", "coalition", "campaign")

// movementName returns the end of the name in "the <Name> movement" at i
// (the head word follows it), or i: a capitalised run after "the" that
// the knowledge base does not know and no state's word opens.
func (d *doc) movementName(i int) int {
	if i == 0 || !d.toks[i-1].Is("the") || i >= 3 && d.toks[i-2].Is("for", "of", "and") && d.toks[i-3].Upper {
		return i // (not "Homeland" in "the Tavush for the Homeland movement")
	}
	j := i
	for j < len(d.toks) && j-i < 6 && (d.toks[j].Kind == token.Word && d.toks[j].Upper && !notNames[d.toks[j].Norm] ||
		j > i && d.toks[j].Is("for", "of", "the", "and") && d.nameWordAt(j+1) || j > i && d.toks[j].Is("for", "of") && d.next(j+1, "the") && d.nameWordAt(j+2)) {
		j++
	}
	if j == i || j >= len(d.toks) || !movementHeads[d.toks[j].Norm] || d.toks[j].Upper || !d.toks[j-1].Upper {
		return i
	}
	if cut, suffix := compoundParts(d.toks[j-1].Text); cut > 0 && (compoundSuffixes[suffix] || proxySuffixes[suffix]) {
		return i // "the US-led coalition", "the Iran-backed alliance": who leads or backs it, no name
	}
	for k := i; k < j; k++ {
		if en := d.r.dict.match(d.toks, k); en != nil && !onlyPlaces(en) {
			return i // "the Hamas movement", "the Georgian Dream coalition": a name known, a state's word
		}
	}
	return j
}

// describedAcronym returns the head word of an apposition that says an
// acronym the knowledge base does not know, at i, is a body of people —
// "The FLNKS, the main pro-independence alliance, …", "the CNRP, a banned
// opposition party" — or "".
func (d *doc) describedAcronym(i int) string {
	t := &d.toks[i]
	if t.Kind != token.Word || len(t.Text) < 2 || len(t.Text) > 8 || !isAcronym(t.Text) || !isLetters(t.Text) ||
		i+3 >= len(d.toks) || d.toks[i+1].Text != "," || !d.toks[i+2].Is("the", "a", "an") || d.r.dict.match(d.toks, i) != nil {
		return ""
	}
	for k := i + 3; k < len(d.toks) && k <= i+7; k++ {
		if d.toks[k].Kind == token.Punct {
			return ""
		}
		if appositionHeads[d.toks[k].Norm] {
			return d.toks[k].Norm
		}
	}
	return ""
}

// oppositionNameAt returns the end of a name of two capitalised words or
// more at i that "opposition" introduces, which the knowledge base does
// not know, or i.
func (d *doc) oppositionNameAt(i int) int {
	if i == 0 || !d.toks[i-1].Is("opposition") || d.toks[i-1].Upper || d.toks[i].NewlineBefore {
		return i
	}
	j, words := i, 0
	for j < len(d.toks) && j-i < 7 && !d.toks[j].NewlineBefore {
		if d.nameStart(j) {
			words++
		} else if !(j > i && d.toks[j].Is("for", "of", "the", "and", "against") && (d.nameWordAt(j+1) || d.next(j+1, "the") && d.nameWordAt(j+2))) {
			break
		} else if d.toks[j].Is("and") && orgHeads[d.toks[j-1].Norm] {
			break // "the opposition Authentic Radical Liberal Party and the National Encounter Party": two names
		}
		j++
	}
	if words < 2 || !d.toks[j-1].Upper {
		return i
	}
	for k := i; k < j; k++ {
		if en := d.r.dict.match(d.toks, k); en != nil && !onlyPlaces(en) {
			return i // "the opposition Democratic Alliance": a name known, found so
		}
	}
	return j
}

// namedMovement records id as the last body of people the text named
// with head word head, for "the movement" after it.
func (d *doc) namedMovement(head, id string) {
	if d.movements == nil {
		d.movements = map[string]string{}
	}
	d.movements[head] = id
}

// movementBack resolves "the movement", "the alliance" to the last one the
// text named so ("leads the Tavush for the Homeland movement … have backed
// the movement", "accused the alliance of plotting"); not "the movement of
// troops".
func (d *doc) movementBack(i int) int {
	if i+1 >= len(d.toks) || !d.toks[i].Is("the") || d.toks[i+1].Upper {
		return i
	}
	id, ok := d.movements[d.toks[i+1].Norm]
	if i >= 2 && d.toks[i-1].Is(",") && appositionHeads[d.toks[i+1].Norm] && len(d.mentions) > 0 {
		// "Le Balai Citoyen, the movement at the heart of the uprising":
		// the body just named, which a later "the movement" means too
		if m := d.mentions[len(d.mentions)-1]; m.Span.End == d.toks[i-2].End && len(m.Actors) == 1 &&
			d.actors[d.index[m.Actors[0]]].Kind == parley.Organization {
			id, ok = m.Actors[0], true
			d.namedMovement(d.toks[i+1].Norm, id)
		}
	}
	if !ok || d.next(i+2, "of", "for") && !d.gerundAt(i+3) || d.nameWordAt(i+2) {
		return i
	}
	d.mention(i, i+2, parley.ViaRole, id)
	return i + 2
}

// appositionHeads say what an acronym in apposition names.
var appositionHeads = set("alliance", "coalition", "movement", "party", "front", "group", "militia", "union",
	"organisation", "organization")

// nameStart reports whether token i can begin a name.
func (d *doc) nameStart(i int) bool {
	t := &d.toks[i]
	return t.Kind == token.Word && t.Upper && !notNames[t.Norm]
}

// groupHeads are words for a group, party or front that open the names
// of movements in Arabic, Persian, Urdu and Malay, before a particle and
// the rest of the name: "Jamaat al Muslimeen", "Hizb ut-Tahrir",
// "Harakat al-Nujaba", "Lashkar-e-Jhangvi".
var groupHeads = set("jamaat", "jamaah", "jamiat", "jemaah", "harakat", "hizb", "jabhat", "ansar", "jaish", "lashkar",
	"tehrik", "tehreek", "majlis", "ittehad", "ittihad", "tanzim", "katibat", "kataib", "saraya", "liwa", "faylaq", "asaib")

// groupNameAfterHead returns the end of a movement's name opened at i by
// one of groupHeads and a particle ("al", "ul", "e", …), or i when there
// is none.
func (d *doc) groupNameAfterHead(i int) int {
	n := len(d.toks)
	if i+2 >= n || !groupHeads[d.toks[i].Norm] || !d.toks[i].Upper {
		return i
	}
	j := i + 1
	if d.toks[j].Text == "-" {
		j++
	}
	if j+1 >= n || !d.toks[j].Is("al", "el", "ul", "ut", "ud", "an", "ad", "as", "e", "i", "wal") {
		return i
	}
	j++
	if d.toks[j].Text == "-" {
		j++
	}
	if j >= n || !d.toks[j].Upper || d.toks[j].Kind != token.Word {
		return i
	}
	for j < n && d.toks[j].Upper && d.toks[j].Kind == token.Word && !d.toks[j].NewlineBefore {
		j++
	}
	return j
}

// orgName returns the end of an organisation name starting at i, if the
// capitalised run there has the shape of one.
func (d *doc) orgName(i int) (int, bool) {
	if j := d.groupNameAfterHead(i); j > i {
		return j, true
	}
	j := i
	isOrg := false
	for j < len(d.toks) {
		t := &d.toks[j]
		if j > i && t.NewlineBefore {
			break
		}
		if j > i+1 && t.Upper && d.toks[j-1].Is("of", "for") {
			// "the National Assembly of South Africa", "the Economic
			// Commission for Africa": a state or a continent closes the name.
			if st, e := d.stateAt(j); st != nil {
				j = e
				continue
			}
			if continents[t.Norm] {
				j++
				continue
			}
		}
		if t.Kind == token.Word && t.Upper && !(j > i && notNames[t.Norm] && !connectors[t.Norm]) {
			if j > i && documentWords[t.Norm] && d.knownWithin(i, j) {
				break // "United Nations Security Council Resolution 940": the body's text, the body known
			}
			if j > i && d.personNameAt(j) {
				break // "Minister of State for Foreign Affairs Adel al-Jubeir": the name after the title is a person
			}
			if j > i && d.abbrevDot(j+1) {
				break // "… and International Cooperation Dr. Jane Roe": the honorific opens the person's name
			}
			if orgHeads[t.Norm] && j > i || orgLeadHeads[t.Norm] && d.next(j+1, "of", "for", "on") ||
				t.Is("conference") && j > i && d.toks[j-1].Is("bishops", "episcopal") || // "the Zimbabwe Catholic Bishops' Conference"
				t.Is("conference") && j > i+1 && d.toks[j-1].Is("'") && d.toks[j-2].Is("bishops") {
				isOrg = true
			}
			j++
			continue
		}
		// "Catholic Bishops' Conference", "Workers' Party": a plural's
		// apostrophe inside the name.
		if (t.Text == "'" || t.Text == "’") && j > i && strings.HasSuffix(d.toks[j-1].Norm, "s") && j+1 < len(d.toks) && d.toks[j+1].Upper &&
			d.toks[j+1].Kind == token.Word && !d.toks[j+1].NewlineBefore {
			j++
			continue
		}
		// "King's College London", "Queen's University Belfast": a
		// possessive inside the name of a school (not "Russia's Federal
		// Security Service", a known name's body).
		if t.Is("'s", "’s") && j > i && j-i <= 2 && j+1 < len(d.toks) && d.toks[j+1].Upper && schoolHeads[d.toks[j+1].Norm] && !d.knownWithin(i, j) {
			j++
			continue
		}
		// "Belt and Road Forum": "and" between capitalised words of a name
		// that goes on to an organisation's head word.
		if t.Is("and", "&") && j > i && d.nameWordAt(j+1) && d.reachesOrgHead(j+1) && !d.knownWithin(i, j) && !d.officeHolderAfter(j+1) {
			j++
			continue
		}
		// Lower-case connectors inside a name: "Academy of Social Sciences",
		// "Institute of Russian, Eastern European, and Central Asian Studies".
		if isOrg || j > i && orgLeadHeads[d.toks[j-1].Norm] {
			// "and" and a comma join two names, not parts of one, when what
			// comes before or after is a known name ("the European Union
			// and Britain", "the European Union, Britain and Canada").
			joinsKnown := t.Is("and", "&") && (d.knownWithin(i, j) || d.r.dict.match(d.toks, j+1) != nil) ||
				d.personAfter(j+1) || // "the International Criminal Court for Putin": a warrant's person, no part of the name
				t.Is("on") && d.knownName(i, j) && d.r.dict.match(d.toks, j+1) != nil || // "the position of the European Commission on Ukraine": the topic
				t.Is("for", "on") && d.ownerAfter(j+1) // "the appreciation of the Royal Government of Bhutan for India's assistance": the owner of what is thanked
			if t.Is("of", "for", "on", "and", "&", "de", "du", "des", "the") && d.nameWordAt(j+1) && !joinsKnown {
				j++
				continue
			}
			if t.Is("of", "for") && d.next(j+1, "the") && d.nameWordAt(j+2) && !joinsKnown && d.r.dict.match(d.toks, j+1) == nil && d.r.dict.match(d.toks, j+2) == nil {
				j += 2 // "the Association of the Families of Victims", "the Front for the Defence of …" (not "… of the United States")
				continue
			}
			if t.Is("by") && d.toks[j-1].Upper && strings.HasSuffix(d.toks[j-1].Norm, "ed") {
				if st, e := d.stateAt(j + 1); st != nil {
					j = e // "… of Victims Kidnapped by North Korea": the state closes the name
					continue
				}
			}
			if t.Text == "," && d.continuesList(j+1) && !d.knownWithin(i, j) && d.r.dict.match(d.toks, j+1) == nil && !d.governmentOfAt(j+1) && !d.personAfter(j+1) &&
				!orgHeads[d.toks[j-1].Norm] { // (after its head the name is whole: "the Asian Affairs Bureau, Junichi Ihara, said")
				j++
				continue
			}
		}
		break
	}
	// Trim trailing connectors.
	for j > i && !d.toks[j-1].Upper {
		j--
	}
	// "Indiana State Teachers Association President Keith Gambill",
	// "National Security Council Assistant Director General Jonathan
	// Malaya": the organisation ends at its head; the title and name after
	// it are a person.
	for k := i + 1; k < j; k++ {
		if orgHeads[d.toks[k-1].Norm] && (personTitles[d.toks[k].Norm] || k+1 < j && d.toks[k].Is("assistant", "deputy", "acting", "associate", "senior", "chief", "vice", "executive") && personTitles[d.toks[k+1].Norm]) {
			j = k
			break
		}
	}
	if !isOrg && j-i >= 2 && j < len(d.toks) && fighterNouns[d.toks[j].Norm] && !d.toks[j].Upper && !d.knownWithin(i, j) {
		isOrg = true // "the Forces Nouvelles rebels", "Ahlu Sunnah insurgents": a group named by its fighters
	}
	if !isOrg || j-i < 2 || facilityNouns[d.toks[j-1].Norm] {
		return i, false // ("King Khalid International Airport": a place of its state, no body)
	}
	if st, e := d.stateAt(i); st != nil && e == j-1 && d.toks[e].Is("government") {
		return i, false // "The Brazilian Government", capitalised as a note writes it: the state's government, as in lower case
	}
	return j, true
}

// schoolHeads may follow a possessive inside a name: "King's College".
var schoolHeads = set("college", "university", "school", "hospital")

// facilityNouns end the names of airports, ports and bases, places of
// their state even when named after someone: "King Khalid International
// Airport", "Ben Gurion Airport", "Prince Sultan Air Base".
var facilityNouns = set("airport", "airfield", "airbase", "base", "port", "harbour", "harbor", "seaport")

// oneNameSpeaker reports whether the single name at [i, j) is a speaker
// named by one name and described after it — "“…,” said Nurdin, a
// fishmonger in the market" — as many people in Indonesia and elsewhere
// are: right after a speech verb, described by "a" or "an" and a word
// in lower case after a comma.
func (d *doc) oneNameSpeaker(i, j int) bool {
	return j == i+1 && i > 0 && speechVerbs[d.toks[i-1].Norm] && j+2 < len(d.toks) && d.toks[j].Text == "," && d.toks[j+1].Is("a", "an") &&
		d.toks[j+2].Kind == token.Word && !d.toks[j+2].Upper && d.r.dict.match(d.toks, i) == nil
}

// personNameAt reports whether a person's full name the knowledge base
// knows (two words or more) starts at token j.
func (d *doc) personNameAt(j int) bool {
	en := d.r.dict.match(d.toks, j)
	if en == nil || len(en.toks) < 2 {
		return false
	}
	for _, t := range en.targets {
		if t.entity.Kind == kb.KindPerson {
			return true
		}
	}
	return false
}

// personAfter reports whether a name the knowledge base gives only to
// people (a full name or a family name) starts at token j.
func (d *doc) personAfter(j int) bool {
	en := d.r.dict.match(d.toks, j)
	if en == nil {
		return false
	}
	for _, t := range en.targets {
		if t.entity.Kind != kb.KindPerson {
			return false
		}
	}
	return true
}

// officeHolderAfter reports whether the capitalised words from j name an
// office and then its holder: "Parliament Speaker Nabih Berri", "Senate
// President Juan Ponce Enrile". What "and" joins there is a person, not
// the rest of one body's name.
func (d *doc) officeHolderAfter(j int) bool {
	for k := j; k < len(d.toks) && k-j <= 4 && d.toks[k].Upper && d.toks[k].Kind == token.Word; k++ {
		if titleWords[d.toks[k].Norm] && d.personAfter(k+1) {
			return true
		}
	}
	return false
}

// knownWithin reports whether a knowledge-base name lies inside tokens
// [i, j): "United Nations and European Union" are two bodies, not one.
func (d *doc) knownWithin(i, j int) bool {
	for k := i; k < j; k++ {
		if en := d.r.dict.match(d.toks, k); en != nil && k+len(en.toks) <= j && !onlySurnames(en) {
			return true
		}
	}
	return false
}

// knownName reports whether tokens [i, j) are one knowledge-base name.
func (d *doc) knownName(i, j int) bool {
	en := d.r.dict.match(d.toks, i)
	return en != nil && i+len(en.toks) == j
}

// reachesOrgHead reports whether the capitalised words from k run into an
// organisation's head word ("Road Forum").
func (d *doc) reachesOrgHead(k int) bool {
	for ; k < len(d.toks) && d.nameWordAt(k); k++ {
		if orgHeads[d.toks[k].Norm] {
			return true
		}
	}
	return false
}

var connectors = set("of", "for", "on", "and", "the")

// ofStateEnding returns the "of" in the name [i, end) after which a state
// named in one or more words closes the name, or -1.
func (d *doc) ofStateEnding(i, end int) int {
	for of := end - 2; of > i && of >= end-4; of-- {
		if d.toks[of].Is("of") {
			if st, e := d.stateAt(of + 1); st != nil && e == end {
				return of
			}
		}
	}
	return -1
}

// governmentOfAt reports whether "Government of" starts at k: after a
// body's name and a comma, the state the body belongs to, no second name.
func (d *doc) governmentOfAt(k int) bool {
	return d.next(k, "government") && d.next(k+1, "of")
}

// continuesList reports whether the tokens from k continue a capitalised
// list inside a name: "Russian, Eastern European, and Central Asian Studies".
func (d *doc) continuesList(k int) bool {
	if k < len(d.toks) && d.toks[k].Is("and") {
		k++
	}
	return d.nameWordAt(k)
}

func (d *doc) nameWordAt(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	return t.Kind == token.Word && t.Upper && !t.NewlineBefore
}

func (d *doc) next(k int, words ...string) bool {
	return k < len(d.toks) && d.toks[k].Is(words...)
}

// unknownPerson recognises a person the knowledge base does not know: a
// short capitalised run with a cue that it names a person — a title before
// it, an apposition after it, or a speech verb.
func (d *doc) unknownPerson(i int) int {
	if titleWords[d.toks[i].Norm] && i+1 < len(d.toks) && d.toks[i+1].Upper {
		return i // "Shri Narendra Modi", "H.E. Emmanuel Macron": an honorific, the name follows
	}
	if f := d.initialsEnd(i); f > i && d.nameWord(f) && f+1 < len(d.toks) && !d.nameWord(f+1) {
		// "K. Ramaswamy", "S. Jaishankar", "K. M. Shafiullah": initials
		// and a family name, taken for a person when a title, apposition
		// or verb says so; two initials are cue enough.
		if f-i >= 4 || d.titledAt(i) || speechVerbs[d.toks[f+1].Norm] || i > 0 && speechVerbs[d.toks[i-1].Norm] || d.toks[f+1].Text == "," {
			sp := d.span(i, f+1)
			role, country := d.descriptorBefore(i)
			id := d.addNew(parley.Person, d.text[sp.Start:sp.End], country, role)
			d.local[d.toks[f].Norm] = id
			d.mention(i, f+1, parley.ViaDescriptor, id)
			return f + 1
		}
	}
	if i > 0 && d.toks[i-1].Is("bin", "bint", "binti", "ibn") {
		return i // "King Salman bin Abdulaziz Al Saud": the father's name is part of the one before
	}
	familyHe := d.toks[i].Text == "He" && !d.personalPronoun(i) // "He Jianxiong, a former IMF director"
	if !d.nameWord(i) && !familyHe && !(d.titledAt(i) && d.toks[i].Upper && d.toks[i].Kind == token.Word && d.nameWord(i+1)) {
		return i // ("Vice Premier He Lifeng" passes: a title before a two-word name)
	}
	// A surname of someone the article introduced earlier.
	if id, ok := d.local[d.toks[i].Norm]; ok && !d.nameWord(i+1) {
		d.mention(i, i+1, parley.ViaSurname, id)
		return i + 1
	}
	// A surname whose full name comes only later: "“…,” Stafford said"
	// before "former astronaut Tom Stafford".
	if full, ok := d.ahead[d.toks[i].Norm]; ok && !d.nameWord(i+1) && (i == 0 || !d.nameWord(i-1)) {
		id := d.addNew(parley.Person, full, "", "")
		d.local[d.toks[i].Norm] = id
		d.mention(i, i+1, parley.ViaSurname, id)
		return i + 1
	}
	// The last two names of a person of three or more the article has
	// named: "Mr. Mostaq Ahmad" after "Khondaker Mostaq Ahmad".
	if id := d.namedTail(i); id != "" {
		d.mention(i, i+2, parley.ViaSurname, id)
		return i + 2
	}
	// The family name of a known person the article has named, which the
	// dictionary leaves out as too common alone ("Mr. Wang" after "Wang Yi").
	if id := d.namedFamily(i); id != "" && !d.nameWord(i+1) && !d.nameParticle(i+1) { // ("Saud al-Qahtani" is no Al Saud)
		d.mention(i, i+1, parley.ViaSurname, id)
		return i + 1
	}
	j := i
	for j < len(d.toks) && j-i < 5 && (d.nameWord(j) || j == i || j > i && (particles[d.toks[j].Norm] && d.nameWord(j+1) || d.nameParticle(j)) || j > i && d.initialAt(j)) {
		if j > i && d.initialAt(j) {
			j += 2 // "Mary E. Lovely": a middle initial and its dot
			continue
		}
		if j > i && d.toks[j].NewlineBefore {
			break
		}
		if en := d.r.dict.match(d.toks, j); en != nil && j > i && !surnamesOrPlaces(en) && !d.particleSurname(j, en) && !(j == i+1 && givenName(d.toks[i].Norm) && surnamesPlacesOrCapitals(en)) {
			if e := d.fullNameAfterGiven(i, j, en); e != nil {
				// "Dr Abubakar Bukola Saraki": a known person's full name
				// with a given name before it that the base leaves out.
				end := j + len(en.toks)
				d.mention(i, end, parley.ViaName, d.addKnown(e))
				return end
			}
			break // ("Jane Henderson", "Sambit Patra": a family name that is also a city's, which the cues below must still make a person's)
		}
		j++
	}
	if j-i == 1 && notNames[d.toks[i].Norm] {
		return i // "… Speaker of the Libyan House of Representatives. Both Libyan figures accepted": no one named "Both"
	}
	titled := d.titledAt(i)
	appos, apposEnd := d.apposition(j)
	speech := j < len(d.toks) && speechVerbs[d.toks[j].Norm] ||
		i > 0 && (speechVerbs[d.toks[i-1].Norm] || d.toks[i-1].Is("to") && i > 1 && d.toks[i-2].Is("according"))
	if _, e := d.delegationAfter(j); e > j && e < len(d.toks) && speechVerbs[d.toks[e].Norm] {
		speech = true // "Teodor Vlasic of the United Kingdom said"
	}
	// (a given name second in a run of three that opens after a lower-case
	// word: "signed by Zulfikar Ali Bhutto"; not "Minister of Natural
	// Resources Gary Lunn")
	given := (j-i >= 2 && givenName(d.toks[i].Norm) || j-i >= 3 && givenName(d.toks[i+1].Norm) && i > 0 && !d.toks[i-1].Upper && !d.toks[i-1].Is("of", "for")) && !(i > 0 && d.toks[i-1].Is("san", "santa", "santo", "sao", "saint", "sainte", "st", "fort", "port", "puerto", "porto", "mount", "lake", "cape"))
	// ("San Vicente del Caguán", "Port Louis": a place that opens with a given name)
	// "Montell Figgins, who represents Thomas, …": "who" is for people.
	who := j+1 < len(d.toks) && d.toks[j].Text == "," && d.toks[j+1].Is("who", "whose")
	_, paired := d.pairedName(i)
	// A known person's name with a middle name the knowledge base leaves
	// out needs no other cue: "Pravind Kumar Jugnauth" is Pravind Jugnauth.
	long := d.longFormOf(i, j)
	suffixed := d.nameSuffixEnds(i, j)
	if (!(titled || appos || given || long != nil || suffixed || speech && j-i >= 2 || (who || d.roleThenComma(i) || paired || d.ledByAt(i, j) || d.objectOfPersonVerb(i, j) || d.subjectOfPersonVerb(i, j) || d.namedAfterPeople(i, j) || d.joinedToPerson(i, j) || d.secondOfPluralTitle(i, j) || d.surnameRecurs(i, j)) && j-i >= 2) || j-i < 2 && !titled) &&
		!d.oneNameSpeaker(i, j) {
		return i
	}
	if !titled && !given && i > 0 && d.toks[i-1].Is("the") && !who {
		return i // "to the Outreach Session, Prime Minister called": a thing's name, which a person's never takes "the"
	}
	if !titled && i > 0 && d.toks[i-1].Is("the") && j < len(d.toks) && d.toks[j].Kind == token.Number {
		return j // "the Xiang Yang Hong 10", "the Haiyang Dizhi 8": a ship's name and number, no one's
	}
	if !titled && !given && d.orgWordIn(i, j) {
		// "Global Witness urged", "led by Global Witness": an
		// organisation's name, the actor the cue told of.
		sp := d.span(i, j)
		d.mention(i, j, parley.ViaDescriptor, d.addNew(parley.Organization, d.text[sp.Start:sp.End], "", "organisation"))
		return j
	}
	if j-i < 2 && personTitles[d.toks[i].Norm] {
		return i // "Attorney General Merrick Garland": a title, then the name
	}
	if d.placeNamedAfter(i, j) {
		return i // "Walter Reed hospital", "John Lewis Bridge": a place named after someone
	}
	// Whole run must not be a known thing (a state, "Eastern European").
	for k := i; k < j; k++ {
		if en := d.r.dict.match(d.toks, k); en != nil && !onlySurnames(en) && !(k == i && givenNames[d.toks[k].Norm]) && !(k > i && (surnamesOrPlaces(en) || d.particleSurname(k, en))) &&
			!(k == i+1 && givenName(d.toks[i].Norm) && surnamesPlacesOrCapitals(en)) {
			return i // ("Victoria Rusu", "Chad Ellison": a given name that is also a place)
		}
	}
	if long != nil {
		// "Nana Addo Dankwa Akufo-Addo", "Joseph Robinette Biden": a known
		// person's name with the middle names the knowledge base leaves out.
		d.mention(i, j, parley.ViaName, d.addKnown(long))
		return j
	}
	sp := d.span(i, j)
	name := d.text[sp.Start:sp.End]
	role, country := d.descriptorBefore(i)
	if role == "" && d.roleThenComma(i) {
		role, country = d.roleBeforeComma(i)
	} else if k := d.rankStart(i); role != "" && country == "" && k < i && d.roleThenComma(k) {
		// "the chief of staff of the Eritrean Defense Forces, General
		// Filipos Woldeyohannes": the rank is his title, the office
		// before the comma his state; an office of a body of no state is
		// his role ("the head of the UN peacekeeping force, Lieutenant
		// General Aroldo Lázaro").
		if _, country = d.roleBeforeComma(k); country == "" && d.bodyOfNoStateBefore(k-1) {
			role += ", " + strings.TrimSpace(d.text[d.toks[d.officeStart(k-1)].Start:d.toks[k-1].Start])
		}
	}
	// "his US and Japanese counterparts, Sung Kim and Takehiro
	// Funakoshi": each name takes its state, in order.
	if ss := d.pluralRoleStates(i); len(ss) >= 2 {
		role, country = "", ss[0]
	} else if first, ok := d.pairedName(i); ok {
		if ss := d.pluralRoleStates(first); len(ss) >= 2 {
			role, country = "", ss[1]
		}
	}
	// "the chief negotiators, Petar Petkovic for Belgrade and Besnik
	// Bislimi for Pristina": each name speaks for the state after it, one
	// mention with it (the state is no party of its own).
	end := j
	if st, e := d.sideAfter(j); st != nil && (paired || d.pluralRoleBefore(i)) {
		if paired {
			role = ""
		}
		country, end = st.Country, e
		d.addKnown(st)
	}
	if country == "" {
		// "Mark Lyall Grant of the United Kingdom condemned …", "Mark
		// Lyall Grant (United Kingdom) said": the state the speaker is
		// of, as a UN meeting's record names its delegates.
		if st, _ := d.delegationAfter(j); st != nil {
			country = st.Country // (the state keeps its own mention)
		}
	}
	if appos && role == "" && apposEnd > j+1 { // (an apposition cut off by a line break holds no words)
		as := d.span(j+1, apposEnd)
		role = strings.TrimSpace(d.text[as.Start:as.End])
		role = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(role, "the "), "an "), "a ")
	}
	if who && role == "" {
		role = d.relativeRole(j + 2) // "Dewi Anggraini, who follows the region at the Nusantara Centre for Policy Studies"
	}
	id := d.addNew(parley.Person, name, country, role)
	if appos && country == "" {
		d.pending = append(d.pending, apposition{id: id, from: j + 1, to: apposEnd})
	} else if who && country == "" && d.relativeEnd(j+2) > 0 {
		// "Meera Nair, who teaches at the Bengaluru Centre …": the
		// country of the body the clause places her at, as an apposition.
		d.pending = append(d.pending, apposition{id: id, from: j + 2, to: d.relativeEnd(j + 2), clause: true})
	}
	last := j - 1
	for last > i && (d.toks[last].Text == "." || nameSuffixes[d.toks[last].Norm]) {
		last-- // "Romeo Brawner Jr.": the family name is Brawner
	}
	if !d.kinOfNamed(i, last) {
		d.local[d.toks[last].Norm] = id
	}
	if j-i == 2 {
		d.local[d.toks[i].Norm] = id
	}
	for k := i + 1; k < last; k++ {
		// "Luisa Ortega Díaz … Ortega said": a double family name is
		// cited by its first part.
		if _, ok := d.local[d.toks[k].Norm]; !ok && d.toks[k].Upper && len(d.toks[k].Norm) > 2 && !d.kinOfNamed(i, k) {
			d.local[d.toks[k].Norm] = id
		}
	}
	d.mention(i, end, parley.ViaDescriptor, id)
	return end
}

// nameSuffixEnds reports whether the capitalised run [i, j) is two name
// words or more closed by a generation's suffix, which only people's
// names take: "Jamalul Kiram III", "Romeo Brawner Jr." (not "World War
// II", "Chapter VII").
func (d *doc) nameSuffixEnds(i, j int) bool {
	last := j - 1
	if last > i && d.toks[last].Text == "." {
		last--
	}
	if last-i < 2 || !nameSuffixes[d.toks[last].Norm] {
		return false
	}
	for k := i; k < last; k++ {
		w := d.toks[k].Norm
		if notSuffixedNames[w] || d.commonWord(w) || documentWords[w] || orgHeads[w] || len(w) > 2 && w[1] == '-' {
			return false // ("E-Health Gesetz II": a law's name)
		}
	}
	return true
}

// notSuffixedNames are words of the things that take a numeral after
// their names, as people take a generation's suffix.
var notSuffixedNames = set("war", "chapter", "article", "title", "phase", "part", "vatican", "operation", "resolution", "act",
	"protocol", "summit", "round", "season", "volume", "book", "world", "class", "level", "stage", "grade", "type", "model",
	"law", "gesetz", "bill", "plan", "programme", "program", "project", "treaty", "convention", "agreement", "accord",
	"package", "directive", "regulation", "star", "wars", "episode", "edition", "series", "version", "generation")

// sideAfter returns the state a name at j speaks for, in a list of
// names each with its side ("Petkovic for Belgrade and …", "Ruiz of
// Spain, …"), and where that state's words end; nil when none.
func (d *doc) sideAfter(j int) (*kb.Entity, int) {
	if j+2 >= len(d.toks) || !d.toks[j].Is("for", "of", "from") {
		return nil, j
	}
	st, e := d.stateAt(j + 1)
	if st == nil || e >= len(d.toks) || !d.toks[e].Is("and", ",", ")") {
		return nil, j
	}
	return st, e
}

// delegationAfter reads the state a new name is given as being of, right
// after it: "of the United Kingdom" before a verb or a comma, or "(United
// Kingdom)". It returns the state and the end of the phrase; nil when none
// (not "of Australia's Lowy Institute": a body of the state).
func (d *doc) delegationAfter(j int) (*kb.Entity, int) {
	if j+1 >= len(d.toks) || !d.toks[j].Is("of", "(") {
		return nil, j
	}
	k := j + 1
	if d.toks[k].Is("the") {
		k++
	}
	st, e := d.stateAt(k)
	if st == nil || e >= len(d.toks) || d.toks[e].Is("'s", "’s", "'", "’") {
		return nil, j
	}
	if d.toks[j].Is("(") {
		if !d.toks[e].Is(")") {
			return nil, j
		}
		return st, e + 1
	}
	if t := d.toks[e]; t.Is(",", ".", "and") || t.Kind == token.Word && !t.Upper && !t.Is("of", "in", "for", "to", "at") {
		return st, e
	}
	return nil, j
}

// kinOfNamed reports whether a new name starting at i is given as the kin
// of someone the article has named with the family name at token fam
// ("his father, Omar Bongo" after Ali Bongo, "one of Bongo's sons,
// Noureddin Bongo Valentin"): the bare family name still means the one
// named first, the story's own.
func (d *doc) kinOfNamed(i, fam int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].Text == "," {
		k--
	}
	if k < 0 || !kinNouns[d.toks[k].Norm] {
		return false
	}
	_, local := d.local[d.toks[fam].Norm]
	return local || d.namedFamily(fam) != ""
}

// kinNouns name a relative, before the relative's name.
var kinNouns = set("father", "mother", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters",
	"wife", "husband", "widow", "uncle",
	"nephew", "niece", "cousin", "grandfather", "grandson", "granddaughter", "grandmother", "stepson", "stepfather", "half-brother")

// longFormOf returns the known person whose first and family names open
// and close the name at [i, j) of three words or more, when just one does.
func (d *doc) longFormOf(i, j int) *kb.Entity {
	if j-i < 3 {
		return nil
	}
	en := d.r.dict.match(d.toks, j-1)
	if en == nil || len(en.toks) != 1 {
		return nil
	}
	var found *kb.Entity
	for _, t := range en.targets {
		if t.entity.Kind != kb.KindPerson || t.via != parley.ViaSurname {
			continue
		}
		first, _, _ := strings.Cut(t.entity.Name, " ")
		if !strings.EqualFold(first, d.toks[i].Text) {
			continue
		}
		if found != nil && found != t.entity {
			return nil
		}
		found = t.entity
	}
	return found
}

// fullNameAfterGiven returns the known person whose full name the entry
// at j matches when the one word before it, from i, is a further given
// name under a title ("Dr Abubakar Bukola Saraki"); else nil.
func (d *doc) fullNameAfterGiven(i, j int, en *entry) *kb.Entity {
	if j-i != 1 || len(en.toks) < 2 || !d.titledAt(i) {
		return nil
	}
	if at := d.r.dict.match(d.toks, i); at != nil && !onlySurnames(at) {
		return nil // ("Abubakar" may be another's family name, but no state or body)
	}
	var found *kb.Entity
	for _, t := range en.targets {
		if t.entity.Kind != kb.KindPerson || t.via != parley.ViaName {
			continue
		}
		if found != nil && found != t.entity {
			return nil
		}
		found = t.entity
	}
	return found
}

// namedAfterPeople are the nouns after a person's name that make it the
// name of a place or an institution.
var namedAfterPeople = set("hospital", "university", "college", "school", "airport", "street", "avenue", "road",
	"bridge", "park", "stadium", "foundation", "institute", "library", "museum", "hall", "center", "centre",
	"memorial", "boulevard", "square", "station", "prize", "award", "medical", "highway", "building",
	// and of the land and sea: "Julian Felipe Reef", "Second Thomas Shoal"
	// (not "lake", "bay" or "camp": Anthony Lake is a man)
	"reef", "shoal", "atoll", "strait", "harbour", "harbor", "canal", "peninsula", "province", "district", "barracks")

// placeNamedAfter reports whether the name at [i, j) is a place or an
// institution named after someone: followed by "hospital", "bridge" and
// the like here or anywhere else in the article ("a trip to Walter Reed
// hospital … Trump's visit to Walter Reed").
func (d *doc) placeNamedAfter(i, j int) bool {
	if j < len(d.toks) && namedAfterPeople[d.toks[j].Norm] || j > i+1 && (facilityNouns[d.toks[j-1].Norm] || namedAfterPeople[d.toks[j-1].Norm]) {
		return true // (the noun may close the name itself: "Ben Gurion Airport", "the Harry S Truman Library")
	}
	n := j - i
	for k := 0; k+n < len(d.toks); k++ {
		if k != i && namedAfterPeople[d.toks[k+n].Norm] && d.toks[k].Norm == d.toks[i].Norm && d.phrase(k, k+n) == d.phrase(i, j) {
			return true
		}
	}
	return false
}

// roleThenComma reports whether a role phrase and a comma come right
// before token i: "Sweden's deputy director of public prosecution,
// Eva-Marie Persson, said".
func (d *doc) roleThenComma(i int) bool {
	if i < 2 || d.toks[i-1].Text != "," {
		return false
	}
	for k := i - 2; k >= 0 && i-k <= 10; k-- {
		t := &d.toks[k]
		if t.Kind == token.Punct && !t.Is("'s", "’s", "'", "’") { // ("the president of the Teachers' Association, Rong Chhun")
			return false
		}
		if personTitles[t.Norm] && (!t.Upper || d.titleOfBody(k)) || roleHeads[t.Norm] {
			return true
		}
	}
	return false
}

// andInName reports whether the "and" at k joins two words of one
// body's name ("the Asian and Oceanian Affairs Bureau") rather than two
// people or roles: capitalised words on both sides, neither a title; or
// the two fields of an office written in lower case ("the acting
// minister of water and energy").
func (d *doc) andInName(k int) bool {
	if k < 1 || k+1 >= len(d.toks) {
		return false
	}
	a, b := &d.toks[k-1], &d.toks[k+1]
	if a.Kind == token.Word && b.Kind == token.Word && !a.Upper && !b.Upper && k >= 3 && d.toks[k-2].Is("of") && titleWords[d.toks[k-3].Norm] &&
		!b.Is("the", "a", "an", "his", "her", "its", "their") {
		return true
	}
	return a.Kind == token.Word && b.Kind == token.Word && a.Upper && b.Upper && !personTitles[a.Norm] && !personTitles[b.Norm] &&
		!d.nameWord(k-2) // (not "Joseph Wu and Yasin Mohamoud")
}

// dayWords name the day a clause tells of, which no role phrase holds:
// "On Monday the Secretary-General of the Board, Liina Saar, …".
var dayWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight")

// titleOfBody reports whether the capitalised title at k heads an office
// written out in full, "the Title of …", as UN and ministry records name
// an officer before the holder: "the Director-General of the Asian and
// Oceanian Affairs Bureau, Junichi Ihara".
func (d *doc) titleOfBody(k int) bool {
	return k > 0 && k+1 < len(d.toks) && d.toks[k-1].Is("the") && d.toks[k+1].Is("of")
}

// bodyOfNoStateIn reports whether a role names an international body
// (one the knowledge base gives no state): "United Nations envoy", "head
// of the UN peacekeeping force".
func (d *doc) bodyOfNoStateIn(role string) bool {
	toks := token.Tokenize(role)
	for k := range toks {
		if en := d.r.dict.match(toks, k); en != nil {
			for _, t := range en.targets {
				if t.entity.Kind == kb.KindOrganization && t.entity.Country == "" {
					return true
				}
			}
		}
	}
	return false
}

// officeStart returns where the office phrase before the comma at c
// begins: after the last punctuation or "and" within ten tokens, past
// its article.
func (d *doc) officeStart(c int) int {
	k := c
	for k > 0 && c-k < 10 && d.sentenceOf[k-1] == d.sentenceOf[c] && d.toks[k-1].Kind != token.Punct && !d.toks[k-1].Is("and", "or") {
		k--
	}
	if k < c && d.toks[k].Is("the", "a", "an") {
		k++
	}
	return k
}

// bodyOfNoStateBefore reports whether the office phrase before the comma
// at c is one of a body of no state: the first actor it names is such a
// body, and not one the office is posted to ("the head of the UN
// peacekeeping force,", not "Kenya's ambassador to the United Nations,").
func (d *doc) bodyOfNoStateBefore(c int) bool {
	sp := d.span(d.officeStart(c), c)
	for _, m := range d.mentions {
		if !sp.Contains(m.Span) || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		k := d.tokenIndex(m.Span.Start)
		if k > 0 && d.toks[k-1].Is("the") {
			k--
		}
		return a.Kind == parley.Organization && a.Country == "" && !(k > 0 && d.toks[k-1].Is("to", "at", "in"))
	}
	return false
}

// rankStart returns where the capitalised title words right before the
// name at i begin ("General", "Lieutenant General"), or i.
func (d *doc) rankStart(i int) int {
	k := i
	for k > 0 && i-k < 4 && d.toks[k-1].Upper && (titleWords[d.toks[k-1].Norm] || rankWords[d.toks[k-1].Norm]) {
		k--
	}
	return k
}

// roleBeforeComma returns the role phrase before the comma at i-1 and
// the country a state named in it gives: "Sweden's deputy director of
// public prosecution" → SWE.
func (d *doc) roleBeforeComma(i int) (role, country string) {
	k := i - 2
	for k > 0 && i-k < 12 && (d.toks[k-1].Kind != token.Punct || d.toks[k-1].Is("'s", "’s")) && !d.toks[k].NewlineBefore && !pastVerb(&d.toks[k-1]) && !clauseWord(&d.toks[k-1]) && !d.bareVerb(k-1) &&
		(!d.toks[k-1].Is("and", "or") || d.andInName(k-1)) && !dayWords[d.toks[k-1].Norm] {
		// (not past the verb: "… recalled its ambassador to South Africa,
		// Eliav Belotsercovsky"; nor past another name joined by "and":
		// "Foreign Minister Joseph Wu and his Somaliland counterpart, Yasin
		// Hagi Mohamoud"; up to the paragraph's first word, and across a
		// possessive: "Britain's envoy, Rob Macaire")
		k--
	}
	for p := i - 3; p >= k; p-- {
		// "a courtesy call from the Foreign Minister of Timor-Leste,
		// Bendito Freitas", "met with the Prime Minister of Tuvalu, …":
		// the role is the title the preposition governs (not "the senator
		// from Ohio", whose "from" no determiner and title follow).
		if d.toks[p].Is("with", "from", "between", "among", "against", "met") && d.toks[p+1].Is("the", "a", "an", "its", "his", "her", "their") &&
			titleWords[d.toks[p+2].Norm] && !(p > 0 && (titleWords[d.toks[p-1].Norm] || personNouns[d.toks[p-1].Norm])) {
			// ("an official from the Foreign Ministry of Timor-Leste, …":
			// the official's role holds the ministry)
			k = p + 1
			break
		}
	}
	its := d.toks[k].Is("its", "their") && d.opensSentence(k)
	for k < i-1 && d.toks[k].Is("the", "a", "an", "its", "his", "her", "their") {
		k++
	}
	if k+2 < i-1 && d.toks[k].Is("recall", "expulsion", "arrest", "release", "dismissal", "appointment", "nomination", "return", "departure", "detention") && d.toks[k+1].Is("of") {
		// "ordered the recall of Israel's ambassador to Ireland, Dana
		// Erlich": her role is the ambassador's, not the recall's
		for k += 2; k < i-1 && d.toks[k].Is("the", "a", "an", "its", "his", "her", "their"); k++ {
		}
	}
	start := d.toks[k].Start
	if d.bodyOfNoStateBefore(i - 1) {
		// "The UN humanitarian coordinator for Yemen, Jamie McGoldrick":
		// an office of a body of no state; the state is where it serves.
		return strings.TrimSpace(d.text[start:d.toks[i-1].Start]), ""
	}
	ofState := false
	for n := len(d.mentions) - 1; n >= 0 && d.mentions[n].Span.End > start; n-- {
		m := d.mentions[n]
		if len(m.Actors) == 1 && d.actors[d.index[m.Actors[0]]].Kind == parley.State {
			if m.Span.Start > start && postedTo(d.text[start:m.Span.Start]) {
				continue // "its ambassador to France, Said Moussi": not French
			}
			country = d.actors[d.index[m.Actors[0]]].Country
			if m.Span.Start > start && strings.HasSuffix(d.text[start:m.Span.Start], " of ") {
				// "the head of Russia's space agency, Ivan Petrov": the
				// state is inside the role, which keeps its head.
				ofState = true
				continue
			}
			start = m.Span.End
		}
	}
	if country == "" {
		for n := len(d.mentions) - 1; n >= 0 && d.mentions[n].Span.End > d.toks[k].Start; n-- {
			// "his Somaliland counterpart, Yasin Hagi Mohamoud": a body of
			// a state's own named in the role gives its state
			if m := d.mentions[n]; len(m.Actors) == 1 && m.Span.End <= d.toks[i-1].Start {
				// (and so does a title the knowledge base gives a holder
				// of, whose name the text spells its own way: "Lebanon's
				// Foreign Minister, Faris Bouez"; not one read from a
				// pronoun: "Its leader, Ivan Petrovsky")
				if a := d.actors[d.index[m.Actors[0]]]; (a.Kind == parley.Organization || a.Kind == parley.Person && m.Via == parley.ViaRole && !d.toks[d.tokenIndex(m.Span.Start)].Is("its", "their", "his", "her", "the")) && a.Country != "" {
					country = a.Country
					break
				}
			}
		}
	}
	if country == "" && its {
		// "A delegation of the State Duma held talks in Tallinn. Its
		// leader, Nikolai Kovalyov, …": the body the sentence before
		// was about, not the story's other state.
		country = d.subjectCountry(d.sentenceOf[k] - 1)
	}
	for p := i - 2; p >= k && d.toks[p].Start >= start && !ofState; p-- {
		if d.toks[p].Is("'s", "’s") {
			o := p - 1
			for o > k && d.toks[o-1].Upper {
				o--
			}
			if o > k && d.toks[o-1].Is("of") {
				break // "the president of Kenya's senate, Amason Kingi": the owner is inside the role
			}
			start = d.toks[p].End // "the entity's prime minister, Jane Roe": the title, not its owner
			break
		}
	}
	if start < d.toks[i-1].Start {
		role = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(d.text[start:d.toks[i-1].Start], "'s"), "’s"))
	}
	return role, country
}

// subjectCountry returns the country of the state or body that sentence
// s is about: its subject, or the body a party of it belongs to ("A
// delegation of the State Duma held talks"); "" when there is none.
func (d *doc) subjectCountry(s int) string {
	if s < 0 {
		return ""
	}
	id := d.sentenceSubject(s)
	if id == "" {
		a := 0
		for a < len(d.toks) && d.sentenceOf[a] < s {
			a++
		}
		if a+3 < len(d.toks) && d.toks[a].Is("a", "an", "the") && partyNouns[d.toks[a+1].Norm] && d.toks[a+2].Is("of") {
			b := a + 3
			if d.toks[b].Is("the") {
				b++
			}
			if m, ok := d.mentionOn(b); ok && len(m.Actors) == 1 && d.tokenIndex(m.Span.Start) == b {
				id = m.Actors[0]
			}
		}
	}
	if id == "" {
		return ""
	}
	a := d.actors[d.index[id]]
	if a.Kind == parley.Person {
		return ""
	}
	return a.Country
}

// partyNouns name a group sent by a body: "a delegation of the State Duma".
var partyNouns = set("delegation", "team", "mission", "group", "panel", "committee", "contingent")

// documentWords after a known body's name make a text of it, no body of
// its own: "Security Council Resolution 940", "the Helsinki Final Act".
var documentWords = set("resolution", "resolutions", "declaration", "charter", "treaty", "convention", "protocol",
	"accord", "accords", "agreement", "act", "report", "communique", "communiqué", "statement")

// personNouns name a person by what they do, so that a preposition after
// them is inside their role: "an official from the Foreign Ministry".
var personNouns = set("official", "officials", "officer", "member", "delegate", "representative", "lawmaker", "diplomat",
	"adviser", "advisor", "aide", "negotiator", "envoy", "expert", "analyst")

// bareVerb reports whether token j is a verb's bare form after "to" or a
// modal, which a role phrase does not hold: "flew to Dushanbe to meet the
// Prime Minister of Tajikistan, Ahmadjon Karimzoda", "will summon the
// deputy head of Iran's mission, Reza Tavakoli".
func (d *doc) bareVerb(j int) bool {
	t := &d.toks[j]
	if j < 1 || t.Kind != token.Word || t.Upper || titleWords[t.Norm] || t.Is("the", "a", "an", "its", "his", "her", "their", "our", "be") {
		return false
	}
	if d.toks[j-1].Is("to", "will", "would", "could", "can", "must", "should", "may", "might", "shall") {
		return true
	}
	// "We also thank the UN Special Representative, Ahmedou
	// Ould-Abdallah": a verb in the present after a pronoun.
	p := j - 1
	if p >= 1 && d.toks[p].Is("also", "again", "strongly", "warmly", "fully", "further", "particularly", "especially") {
		p--
	}
	return d.toks[p].Is("we", "i", "they", "you")
}

// clauseWord reports whether t belongs to the clause a role phrase stands
// in rather than to the phrase: an auxiliary, an adverb of the verb or a
// participle ("Prosecutors are also investigating the entity's prime
// minister, Jane Roe").
func clauseWord(t *token.Token) bool {
	if t.Kind != token.Word || t.Upper || titleWords[t.Norm] {
		return false
	}
	return t.Is("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "also", "not", "will", "would", "said", "says", "told", "named", "by",
		"after", "before", "when", "while", "since", "until", "because", "although", "though", "whereas") || // ("minutes after the Ulster Unionist leader, David Trimble")
		len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ing") && !t.Is("acting", "outgoing", "ruling", "governing", "leading", "sitting", "presiding")
}

// postedTo reports whether a role phrase up to a state's name makes the
// state the place of a posting, not the holder's own: "ambassador to",
// "envoy in", "special representative for".
func postedTo(before string) bool {
	before = strings.ToLower(strings.TrimSpace(before))
	return (strings.HasSuffix(before, " to") || strings.HasSuffix(before, " in") || strings.HasSuffix(before, " for")) &&
		(strings.Contains(before, "ambassador") || strings.Contains(before, "envoy") || strings.Contains(before, "consul") || strings.Contains(before, "representative"))
}

// pastVerb reports whether t looks like a verb in the past tense, which a
// role phrase does not hold.
func pastVerb(t *token.Token) bool {
	if t.Kind == token.Word && !t.Upper && irregularPast[t.Norm] {
		return true // "CMAG had drawn on the findings of its special envoy, Willy Mutunga"
	}
	return t.Kind == token.Word && !t.Upper && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") && !titleWords[t.Norm] && !t.Is("retired", "designated", "elected", "appointed", "acting", "embattled", "ousted")
}

// irregularPast are past forms of verbs that end otherwise than in "-ed".
var irregularPast = set("drawn", "drew", "taken", "took", "given", "gave", "made", "sent", "held", "met", "brought",
	"sought", "told", "won", "lost", "chose", "chosen", "wrote", "written", "spoke", "spoken", "went", "gone", "saw", "seen")

// relativeRole returns what a relative clause after a new name says the
// person does, when it names where ("who follows the region at the
// Nusantara Centre for Policy Studies"), or "".
func (d *doc) relativeRole(i int) string {
	end := d.relativeEnd(i)
	if end < 0 {
		return ""
	}
	sp := d.span(i, end)
	return d.text[sp.Start:sp.End]
}

// relativeEnd returns where the relative clause from i that places a
// person at a body ends ("teaches at the Bengaluru Centre"), or -1.
func (d *doc) relativeEnd(i int) int {
	end := i
	at := false
	for end < len(d.toks) && end-i < 16 && !d.toks[end].Is(",", ".", ";") && !d.toks[end].NewlineBefore {
		at = at || d.toks[end].Is("at", "for", "with")
		end++
	}
	if !at || end == i {
		return -1
	}
	return end
}

// posting reports whether a role names an envoy's posting abroad:
// "ambassador to South Africa", "envoy in Kabul".
func posting(role string) bool {
	r := strings.ToLower(role)
	for _, p := range []string{"ambassador to ", "ambassador in ", "envoy to ", "envoy in ", "consul in ", "consul-general in "} {
		if strings.Contains(r, p) {
			return true
		}
	}
	return false
}

// pairedName reports whether the name at i is the second of two named
// after a plural role and a comma: "his US and Japanese counterparts,
// Sung Kim and Takehiro Funakoshi".
// Each name may take the side it speaks for: "the chief negotiators,
// Petar Petkovic for Belgrade and Besnik Bislimi for Pristina".
// It returns where the first name starts.
func (d *doc) pairedName(i int) (int, bool) {
	if i < 4 || !d.toks[i-1].Is("and") || len(d.mentions) == 0 {
		return 0, false
	}
	m := d.mentions[len(d.mentions)-1]
	if m.Span.End != d.toks[i-2].End || len(m.Actors) != 1 || d.actors[d.index[m.Actors[0]]].Kind != parley.Person {
		return 0, false
	}
	s := i - 2
	for s > 0 && d.toks[s-1].Start >= m.Span.Start {
		s--
	}
	return s, d.pluralRoleBefore(s)
}

// ledByAt reports whether the name at [i, j) is the one a delegation or
// meeting was led by ("the government delegation, headed by Otty Patino,",
// "a commission chaired by Kwame Mensah"): a person, unless the name ends
// as an organisation's does ("led by Global Witness Group").
func (d *doc) ledByAt(i, j int) bool {
	if i < 2 || j-i > 3 || !d.toks[i-1].Is("by") || !d.toks[i-2].Is("led", "headed", "chaired", "co-chaired", "accompanied") || orgHeads[d.toks[j-1].Norm] {
		return false
	}
	return !d.orgWordIn(i, j)
}

// orgWordIn reports whether a word of [i, j) is one organisations' names
// are made of: "Global Witness", "Human Rights First".
func (d *doc) orgWordIn(i, j int) bool {
	for k := i; k < j; k++ {
		if orgNameWords[d.toks[k].Norm] {
			return true
		}
	}
	return false
}

// orgNameWords are common words that make up the names of organisations,
// not of people: "Global Witness", "Extinction Rebellion", "Friends of
// the Earth".
var orgNameWords = set("global", "international", "human", "rights", "world", "witness", "watch", "action",
	"friends", "earth", "save", "peace", "freedom", "justice", "transparency", "democracy", "democratic",
	"citizens", "people's", "rebellion", "without", "borders", "defenders", "voices", "relief", "rescue",
	"aid", "care", "crisis", "climate", "open", "united", "national", "european", "african", "asian",
	"first", "now", "together", "solidarity", "liberty", "humanitarian", "campaign", "initiative", "project")

// pluralRoleBefore reports whether a plural role ends the phrase before
// the comma at i-1: "his counterparts,", "The chief negotiators of the
// two sides,".
func (d *doc) pluralRoleBefore(i int) bool {
	if i < 2 || d.toks[i-1].Text != "," {
		return false
	}
	for k := i - 2; k >= 0 && i-k <= 8 && d.toks[k].Kind != token.Punct; k-- {
		if pluralRoleHeads[d.toks[k].Norm] {
			return true
		}
	}
	return false
}

// pluralRoleStates returns, in text order, the states a plural role
// before the comma at i-1 names: "his US and Japanese counterparts," →
// USA, JPN.
func (d *doc) pluralRoleStates(i int) []string {
	if i < 2 || d.toks[i-1].Text != "," || !pluralRoleHeads[d.toks[i-2].Norm] {
		return nil
	}
	k := i - 2
	for k > 0 && i-k < 12 && d.toks[k-1].Kind != token.Punct && !d.toks[k-1].NewlineBefore {
		k--
	}
	var out []string
	for _, m := range d.mentions {
		if m.Span.Start >= d.toks[k].Start && m.Span.End <= d.toks[i-1].Start && len(m.Actors) == 1 && d.actors[d.index[m.Actors[0]]].Kind == parley.State {
			out = append(out, d.actors[d.index[m.Actors[0]]].Country)
		}
	}
	return out
}

// pluralRoleHeads end a role phrase that names several people after it.
var pluralRoleHeads = set("counterparts", "colleagues", "ministers", "envoys", "negotiators", "ambassadors", "leaders")

var roleHeads = set("counterpart", "counterparts", "colleagues", "ministers", "envoys", "negotiators", "director", "spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "envoy",
	"prosecutor", "adviser", "advisor", "secretary", "chief", "head", "leader", "president", "chairman", "chairwoman",
	"commissioner", "governor", "mayor", "lawyer", "attorney", "negotiator", "official", "counsel",
	// offices: "The Public Defender, Levan Ioseliani,", "the UN special rapporteur, Ana Pop,"
	"ombudsman", "defender", "rapporteur", "mediator", "speaker", "judge", "justice", "commander", "coordinator",
	"representative", "general", "inspector", "auditor")

// titledAt reports whether a personal title stands right before token i:
// "President Tokayev", "Sen. Ben Sasse", "Lt. Col. Vindman".
func (d *doc) titledAt(i int) bool {
	if i == 0 || d.toks[i].NewlineBefore || titledThings[d.toks[i].Norm] {
		return false // "The General Agreement on …", "the General Assembly": no general named
	}
	k := i - 1
	if d.toks[k].Text == "." && k > 0 {
		k-- // an abbreviated title whose dot the tokenizer split off
	}
	// ("prime minister-elect Jens-Frederik Nielsen"; "his Maldivian
	// counterpart Moosa Zameer")
	n := strings.TrimSuffix(d.toks[k].Norm, "-elect")
	if n == "major" && !d.toks[k].Upper {
		return false // "the major Asian economies": an adjective, no rank
	}
	if pluralTitle(n) && d.toks[k].Upper && d.nameWord(i+1) {
		return true // "Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev": the first of those so titled, named in full
	}
	return personTitles[n] || personTitles[n+"."] || n == "counterpart" && !d.toks[k].Upper || d.portfolioTitleEndsAt(k) ||
		k == i-1 && d.nameWord(i) && d.nameWord(i+1) && d.titleOfStateBefore(k)
}

// titleOfStateBefore reports whether a state named right before a name,
// ending at token k, follows a title and "of": "Foreign Minister of Laos
// Thongsavanh Phomvihane", "President of the Philippines Ferdinand
// Marcos".
func (d *doc) titleOfStateBefore(k int) bool {
	m := d.mentionEndingAt(k)
	if m == nil || len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "state:") || m.Via == parley.ViaAdjective {
		return false // (not "the Representative of the Libyan Arab Jamahiriya": an adjective opens the state's own name)
	}
	j := d.tokenIndex(m.Span.Start) - 1
	if j > 0 && d.toks[j].Is("the") {
		j--
	}
	if j < 1 || !d.toks[j].Is("of") {
		return false
	}
	t := &d.toks[j-1]
	return t.Upper && (personTitles[t.Norm] || d.portfolioTitleEndsAt(j-1))
}

// pluralTitle reports whether w is the plural of a title ("ministers",
// "presidents"), not an honorific that ends in "s" ("Mrs", "Ms").
func pluralTitle(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && len(one) > 3 && personTitles[one]
}

// titledThings are nouns a title word ("General", "Secretary") may stand
// before as part of a thing's name.
var titledThings = set("agreement", "agreements", "accord", "accords", "treaty", "convention", "assembly", "staff",
	"command", "council", "conference", "framework", "secretariat", "directorate", "election", "elections", "amnesty",
	"strike", "headquarters")

// portfolioTitleEndsAt reports whether a title naming its office by a
// portfolio ends at token k: "Minister of Foreign Affairs", "Minister for
// External Relations", "Secretary of State for Defence" — capitalised
// words after "of" or "for" back to the title word, a few at most.
func (d *doc) portfolioTitleEndsAt(k int) bool {
	if !d.toks[k].Upper || d.toks[k].Kind != token.Word || !portfolios[d.toks[k].Norm] {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		t := &d.toks[j]
		if t.Is("of", "for") && j > 0 && portfolioHeads[d.toks[j-1].Norm] && d.toks[j-1].Upper {
			return true
		}
		if !t.Upper && !t.Is("and", "the", "of", "for") || t.Kind != token.Word {
			return false
		}
	}
	return false
}

// portfolios are the words a portfolio's name ends in.
var portfolios = set("affairs", "relations", "defence", "defense", "interior", "finance", "justice", "trade", "security",
	"cooperation", "co-operation", "commerce", "economy", "health", "education", "agriculture", "energy", "information",
	"state", "planning", "labour", "labor", "environment", "transport", "transportation", "development", "industry", "tourism", "culture",
	"communications", "immigration", "integration", "europe", "works", "mines", "petroleum", "fisheries", "treasury",
	"budget", "youth", "sport", "sports", "reconciliation", "unification", "reunification", "veterans", "diaspora")

// portfolioHeads are the title words an office's portfolio follows.
var portfolioHeads = set("minister", "secretary", "commissioner", "minister-delegate")

// initialAt reports whether token j is a capital initial with its dot,
// followed by another name word.
func (d *doc) initialAt(j int) bool {
	t := &d.toks[j]
	return len(t.Text) == 1 && t.Upper && j+2 < len(d.toks) && d.toks[j+1].Text == "." && d.nameWord(j+2)
}

// initialsEnd returns the token after the initials starting at i, each a
// capital letter and its dot, up to three: "K. M. Shafiullah" gives the
// index of "Shafiullah"; i when none starts there.
func (d *doc) initialsEnd(i int) int {
	j := i
	for j-i < 6 && d.initialAt(j) {
		j += 2
	}
	return j
}

func onlySurnames(en *entry) bool {
	for _, t := range en.targets {
		if t.via != parley.ViaSurname {
			return false
		}
	}
	return true
}

// onlyPlaces reports whether every entity a dictionary entry names is a
// place.
func onlyPlaces(en *entry) bool {
	for _, t := range en.targets {
		if t.entity.Kind != kb.KindPlace {
			return false
		}
	}
	return true
}

// surnamesPlacesOrCapitals reports whether every entity a dictionary
// entry names is a place, a person by family name or a state by its
// capital: after a given name, such a word is a family name ("Tommy
// Douglas", not the Isle of Man's government; but "Radio Mogadishu" is
// no one).
func surnamesPlacesOrCapitals(en *entry) bool {
	for _, t := range en.targets {
		capital := t.via == parley.ViaMetonym && t.entity.Kind == kb.KindState && strings.EqualFold(t.entity.Capital, strings.Join(en.toks, " "))
		if t.via != parley.ViaSurname && t.entity.Kind != kb.KindPlace && !capital {
			return false
		}
	}
	return true
}

// surnamesOrPlaces reports whether every entity a dictionary entry names
// is a place or a person by family name: "Ondo" in "Albert Ondo Ossa", a
// Nigerian city and Daniel Ona Ondo's family name.
func surnamesOrPlaces(en *entry) bool {
	for _, t := range en.targets {
		if t.via != parley.ViaSurname && t.entity.Kind != kb.KindPlace {
			return false
		}
	}
	return true
}

// apposition reports whether token j starts ", a/an/the <descriptor> …"
// and where the apposition ends.
func (d *doc) apposition(j int) (bool, int) {
	if j >= len(d.toks) || d.toks[j].Text != "," || j+1 < len(d.toks) && d.toks[j+1].Is("and", "or") {
		return false, j // (", and the Foreign Secretary of Pakistan, …": the next of a list, not this one's description)
	}
	if j+2 < len(d.toks) && d.toks[j+1].Is("today", "yesterday", "tonight") && (d.actingVerb(j+2) || d.toks[j+2].Is("spoke", "met", "meets", "speaks")) {
		return false, j // "The Minister of Defence, Morten Bødskov, today spoke with …": the comma closes the title's apposition; the verb follows
	}
	if j+2 < len(d.toks) && d.actingVerb(j+1) && d.toks[j+2].Is("the", "a", "an", "his", "her", "their", "its") {
		return false, j // "Istanbul's chief prosecutor, Irfan Fidan, hosted the Saudi Attorney General": a verb and its object, no description ("X, appointed in 2019," still is one)
	}
	found := false
	// "one of the 19 candidates", "one of two deputy leaders": a member of
	// a group named by a descriptor noun in the plural.
	oneOf := j+2 < len(d.toks) && d.toks[j+1].Is("one") && d.toks[j+2].Is("of")
	for k := j + 1; k < len(d.toks) && k-j <= 6; k++ {
		if k-j <= 5 && (descriptorNouns[d.toks[k].Norm] || agentNoun(&d.toks[k])) ||
			oneOf && descriptorNouns[strings.TrimSuffix(d.toks[k].Norm, "s")] {
			found = true
			break
		}
		if d.toks[k].Kind == token.Punct {
			break
		}
	}
	if !found {
		return false, j
	}
	end := j + 1
	for end < len(d.toks) && end-j < 30 {
		t := &d.toks[end]
		if t.Kind == token.Punct && (t.Text == "." || t.Text == ";" || t.Text == "(" || t.Text == ":") ||
			t.Text == "," && (!d.continuesList(end+1) || d.nextPerson(end+1)) || t.NewlineBefore {
			break
		}
		if end > j+2 && t.Is("who", "whose") {
			break // "the leader of Anjouan who fled to … Mayotte": what he did, not where he is from
		}
		end++
	}
	return true, end
}

// nextPerson reports whether "and" and another person's name start at k:
// "Saud al-Qahtani, a senior adviser at the royal court, and Ahmed
// al-Assiri": the adviser's apposition ends before them.
func (d *doc) nextPerson(k int) bool {
	if !d.next(k, "and") || k+1 >= len(d.toks) {
		return false
	}
	return givenName(d.toks[k+1].Norm) && (d.nameWordAt(k+2) || d.nameParticle(k+2)) || d.personNameAt(k+1)
}

// descriptorBefore reads the title words before a name for the role and
// country they give: "Chinese foreign ministry spokesperson" → CHN.
func (d *doc) descriptorBefore(i int) (role, country string) {
	k := i
	for k > 0 && i-k < 8 {
		if p, c := d.entryEndingAt(k); p >= 0 {
			if country == "" {
				country = c
			}
			k = p
			continue
		}
		if p := d.bodyEndingAt(k); p >= 0 && k < i && titleWords[d.toks[k].Norm] {
			k = p // "the United Nations envoy Ibrahim Gambari": the body is part of the office, and no nationality
			if d.toks[k].Is("the") {
				k++
			}
			break
		}
		t := &d.toks[k-1]
		if t.Is("and", "or") && (k == i || k < 2 || !titleWords[d.toks[k-2].Norm] || d.toks[k-2].Is("of", "the", "and")) {
			// "President Eduardo Frei of Chile and Thomas McLarty", "Dr
			// Aty of Egypt and Professor Yasir Abbas": the "and" joins two
			// people, and what goes before it is the other's. (Only
			// between title words is it inside one title: "Minister of
			// Foreign Affairs and Trade".)
			break
		}
		if t.Is("for") && k >= 2 && serviceNouns[d.toks[k-2].Norm] {
			break // "a spokesman for Sultan Jamalul Kiram III": his own title after "for", the spokesman's before
		}
		if rankWords[t.Norm] && t.Upper && k >= 2 && d.toks[k-2].Is("and", "or", ",") {
			k-- // "… of India and Major General Nauman Zakaria": the rank opens his title
			break
		}
		if titleWords[t.Norm] || t.Is("'s") {
			k--
			continue
		}
		break
	}
	for k < i && d.toks[k].Is("and", "or", ",", "with", "while") {
		k++ // "Hun Manet and Thailand's acting Prime Minister Phumtham": not the "and"
	}
	if k == i {
		return "", ""
	}
	if d.toks[i-1].Is("counterpart", "counterparts") {
		return "", country // "his Maldivian counterpart Moosa Zameer": the state, no office
	}
	if country == "" && k < i && k >= 3 && d.toks[k-1].Is("whose") && d.toks[k-2].Is(",") {
		// "Mexico, whose Energy Secretary Rocío Nahle rejected …": the
		// state before the relative is the one whose office it is
		if m := d.mentionEndingAt(k - 3); m != nil && len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") {
			country = strings.TrimPrefix(m.Actors[0], "state:")
		}
	}
	if r := d.roleOfState(k, i, country); r != "" {
		return r, country
	}
	for p := i - 1; p >= k; p-- {
		if d.toks[p].Is("'s", "’s") {
			k = p + 1 // "the entity's Prime Minister Jane Roe": the title, not its owner
			break
		}
	}
	if k == i {
		return "", country
	}
	if r := d.titleBeforeHonorific(k, i); r != "" {
		return r, country
	}
	if d.onlyHonorifics(k, i) {
		return "", country // "received H.E. Suryo Pratomo": a form of address, no office
	}
	sp := d.span(k, i)
	role = strings.TrimSpace(d.text[sp.Start:sp.End])
	if pluralTitle(d.toks[i-1].Norm) {
		role = strings.TrimSuffix(role, "s") // "Deputy Prime Ministers Mher Grigoryan and …": each one's title
	}
	return role, country
}

// onlyHonorifics reports whether tokens [k, i) are forms of address
// alone: "H.E.", "His Excellency", "Dr".
func (d *doc) onlyHonorifics(k, i int) bool {
	for j := k; j < i; j++ {
		if !honorifics[d.toks[j].Norm] {
			return false
		}
	}
	return k < i
}

// titleBeforeHonorific returns the office set before a comma when tokens
// [k, i) before a name are only an honorific: "The Minister of State for
// Foreign Affairs, Mr Zain Noorani" holds the office, not "Mr". Else "".
func (d *doc) titleBeforeHonorific(k, i int) string {
	if !d.onlyHonorifics(k, i) {
		return ""
	}
	c := k - 1
	if c < 2 || !d.toks[c].Is(",") {
		return ""
	}
	s := c
	for s > 0 && c-s < 10 && d.sentenceOf[s-1] == d.sentenceOf[c] && d.toks[s-1].Kind == token.Word && (d.toks[s-1].Upper || d.toks[s-1].Is("of", "for", "and")) {
		s--
	}
	if s < c && d.toks[s].Is("the") {
		s++
	}
	if s >= c || !titleWords[d.toks[s].Norm] || !d.toks[s].Upper || honorifics[d.toks[s].Norm] {
		return "" // (not "Dr Seleshi Bekele of Ethiopia, Dr Mohamed Abdel Aty": another person before the comma)
	}
	sp := d.span(s, c)
	return d.text[sp.Start:sp.End]
}

// roleOfState rewrites a title of tokens [k, i) that opens with its state
// — "Thailand's acting Prime Minister", "Thai acting Prime Minister" — the
// way the knowledge base writes roles: "Acting Prime Minister of
// Thailand". It returns "" when the title is not of that shape.
func (d *doc) roleOfState(k, i int, country string) string {
	st := d.r.kb.State(country)
	if st == nil {
		return ""
	}
	at, p := d.stateAt(k)
	if at != st || p >= i {
		return "" // not opened by the state alone ("Chinese foreign ministry spokesperson")
	}
	if d.toks[p].Is("'s") {
		p++
	}
	if p >= i {
		return ""
	}
	var words []string
	for j := p; j < i; j++ {
		w := d.toks[j].Text
		if !titleWords[d.toks[j].Norm] {
			return "" // "Thai foreign ministry spokesperson" is no office of the state
		}
		if r, size := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			w = string(unicode.ToUpper(r)) + w[size:]
		}
		words = append(words, w)
	}
	return strings.Join(words, " ") + " of " + st.Name
}

// entryEndingAt finds a knowledge-base name that ends right before token k
// and belongs to a country ("Chinese", "Chinese foreign ministry"), and
// returns where it starts and the country; -1 when there is none.
func (d *doc) entryEndingAt(k int) (int, string) {
	p, e := d.knownEndingAt(k, 4, func(e *kb.Entity) bool { return e.Kind != kb.KindPerson && e.Country != "" })
	if p < 0 {
		return -1, ""
	}
	return p, e.Country
}

// bodyEndingAt finds a knowledge-base organisation of no one state (the
// UN, the African Union) whose name ends right before token k, and
// returns where it starts; -1 when there is none.
func (d *doc) bodyEndingAt(k int) int {
	p, _ := d.knownEndingAt(k, 5, func(e *kb.Entity) bool { return e.Kind == kb.KindOrganization && e.Country == "" })
	return p
}

// knownEndingAt finds a knowledge-base name of at most reach tokens that
// ends right before token k and may mean an entity ok accepts, and returns
// where it starts and that entity; -1 when there is none.
func (d *doc) knownEndingAt(k, reach int, ok func(*kb.Entity) bool) (int, *kb.Entity) {
	for p := max(0, k-reach); p < k; p++ {
		en := d.r.dict.match(d.toks, p)
		if en == nil || p+len(en.toks) != k {
			continue
		}
		for _, t := range en.targets {
			if ok(t.entity) {
				return p, t.entity
			}
		}
	}
	return -1, nil
}

// apposition remembers where an unknown person's description lies, to take
// their country from the organisations it names once those are resolved.
type apposition struct {
	id       string
	from, to int
	clause   bool // a relative clause: "who teaches Chinese studies at …" gives no nationality
}

// settleAppositions gives unknown people the country of the first
// organisation or state their apposition names ("Yang Jin, an expert with
// … the Chinese Academy of Social Sciences" → CHN). An apposition whose
// only body is one a bare name leaves to be placed later ("chairman of
// the Democratic Party", "president of the Senate's peace commission":
// whose is settled once the story's state is known) waits for
// settleLocalAppositions.
func (d *doc) settleAppositions() {
	var later []apposition
	for _, ap := range d.pending {
		country, local := d.appositionCountry(ap, true)
		if country != "" {
			d.actors[d.index[ap.id]].Country = country
		} else if local {
			later = append(later, ap)
		}
	}
	d.pending = later
}

// settleLocalAppositions settles the appositions settleAppositions left,
// once bare names have their states.
func (d *doc) settleLocalAppositions() {
	for _, ap := range d.pending {
		if a := &d.actors[d.index[ap.id]]; a.Country == "" {
			a.Country, _ = d.appositionCountry(ap, false)
		}
	}
	d.pending = nil
}

// appositionCountry returns the country apposition ap gives, and whether
// it names a body whose state is settled later (skipped when skipLocal).
func (d *doc) appositionCountry(ap apposition, skipLocal bool) (country string, local bool) {
	span := d.span(ap.from, ap.to)
	// "the Saudi writer", "a senior Polish historian": a nationality
	// word opening the description is the person's own.
	for k := ap.from; !ap.clause && k < ap.to && k < ap.from+4 && country == ""; k++ {
		if m, ok := d.mentionOn(k); ok && m.Via == parley.ViaAdjective && len(m.Actors) == 1 {
			if e := d.r.kb.Get(m.Actors[0]); e != nil && isAdjectiveOf(e, m.Text) {
				country = e.Country // not "a China scholar", an expert on China
			}
		}
	}
	nationality := country != ""
	for _, m := range d.mentions {
		if nationality {
			break
		}
		if !span.Contains(m.Span) || len(m.Actors) != 1 {
			continue
		}
		if d.placedLater(&m) {
			local = true
			if skipLocal {
				continue
			}
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Country != "" && a.Kind == parley.Person && d.servesPersonAt(ap.from, m.Span.Start) {
			country = a.Country // "a spokesman for Philippine President Benigno Aquino": his
			break
		}
		if a.Country != "" && (a.Kind == parley.Organization || m.Via == parley.ViaName || m.Via == parley.ViaCollective) {
			// ("the spokeswoman for the Palestinian delegation": a
			// state's delegation or side is the state)
			country = a.Country // prefer an organisation's country …
		}
		if country != "" && a.Kind == parley.Organization {
			break // … and stop at the first that has one.
		}
	}
	for k := ap.from; country == "" && k < ap.to && k < len(d.toks); k++ {
		country = d.basedIn(k) // "a researcher at the Seoul-based …"
	}
	for _, p := range d.places {
		if country == "" && span.Contains(p.Span) {
			country = p.Country // "a researcher at the Margalla Institute in Islamabad"
		}
	}
	return country, local
}

// serviceNouns name those who speak or work for another, named after
// "for" or "to": "a spokesman for …", "an adviser to …".
var serviceNouns = set("spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "lawyer", "lawyers", "attorney")

// servesPersonAt reports whether the apposition opening at from says
// its person speaks or works for the one named at byte off: "a spokesman
// for …", "an adviser to …", "a lawyer for …".
func (d *doc) servesPersonAt(from, off int) bool {
	for k := from; k+1 < len(d.toks) && k < from+5 && d.toks[k].Start < off; k++ {
		if serviceNouns[d.toks[k].Norm] && d.toks[k+1].Is("for", "to") {
			return true
		}
	}
	return false
}

// placedLater reports whether m names a body bare whose state
// resolveGeneric settles: "the Senate", "the Democratic Party".
func (d *doc) placedLater(m *parley.Mention) bool {
	if bareLegislature(m) != "" {
		return true
	}
	if m.Via != parley.ViaName {
		return false
	}
	_, ok := localNames[token.Fold(strings.TrimPrefix(strings.TrimPrefix(m.Text, "the "), "The "))]
	return ok
}

// slug makes an ID fragment of a name: lower case, ASCII letters and
// digits, words joined by hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range token.Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// givenName reports whether w is a known given name, or a hyphenated one
// whose first part is ("Eva-Marie", "Jean-Pierre").
func givenName(w string) bool {
	if givenNames[w] {
		return true
	}
	first, _, ok := strings.Cut(w, "-")
	return ok && len(first) > 1 && givenNames[first]
}

// namedFamily returns the one person the article has already named whose
// family name is token i, or "".
func (d *doc) namedFamily(i int) string {
	found := ""
	for _, a := range d.actors {
		if a.Kind != parley.Person || !a.Known {
			continue
		}
		if f := d.familyName(a.ID); (f == "" || token.Fold(f) != token.Fold(d.toks[i].Text)) && !d.aliasSurname(a.ID, d.toks[i].Text) && // ("Trong" for Nguyễn Phú Trọng)
			!d.givenNameOf(a, i) {
			continue
		}
		if found != "" && found != a.ID {
			return ""
		}
		found = a.ID
	}
	return found
}

// namedTail returns the one person named before token i, in three words
// or more, whose last two names are the two name words at i (and no
// third follows): "Mostaq Ahmad" for "Khondaker Mostaq Ahmad"; else "".
func (d *doc) namedTail(i int) string {
	if i+1 >= len(d.toks) || !d.nameWord(i) || !d.nameWord(i+1) || d.nameWord(i+2) || d.toks[i+1].NewlineBefore {
		return ""
	}
	tail := " " + token.Fold(d.toks[i].Text) + " " + token.Fold(d.toks[i+1].Text)
	found := ""
	for _, m := range d.mentions {
		if m.Span.End > d.toks[i].Start {
			break
		}
		if len(m.Actors) != 1 || m.Via != parley.ViaName && m.Via != parley.ViaDescriptor {
			continue
		}
		n, ok := d.index[m.Actors[0]]
		if !ok || d.actors[n].Kind != parley.Person {
			continue
		}
		name := token.Fold(d.actors[n].Name)
		if strings.Count(name, " ") < 2 || !strings.HasSuffix(name, tail) {
			continue
		}
		if found != "" && found != m.Actors[0] {
			return ""
		}
		found = m.Actors[0]
	}
	return found
}

// givenNameOf reports whether token i is the first of the known person's
// names and the article named the person in full before it: "Debretsion
// told reporters" after "Debretsion Gebremichael", as a family name would.
func (d *doc) givenNameOf(a parley.Actor, i int) bool {
	first, rest, ok := strings.Cut(a.Name, " ")
	if !ok || rest == "" || token.Fold(first) != token.Fold(d.toks[i].Text) {
		return false
	}
	for _, m := range d.mentions {
		if m.Span.End > d.toks[i].Start {
			break
		}
		if m.Via == parley.ViaName && len(m.Actors) == 1 && m.Actors[0] == a.ID && strings.Contains(m.Text, a.Name) {
			return true
		}
	}
	return false
}

// familyName returns the family name of the known person id, once worked
// out per article.
func (d *doc) familyName(id string) string {
	if f, ok := d.families[id]; ok {
		return f
	}
	f := ""
	if e := d.r.kb.Get(id); e != nil {
		f = surname(e)
	}
	if d.families == nil {
		d.families = map[string]string{}
	}
	d.families[id] = f
	return f
}

// aliasSurname reports whether word ends a two-word or longer alias of the
// known person id: "Bongo" for Ali Bongo Ondimba, called "Ali Bongo", whose
// family name is two words.
func (d *doc) aliasSurname(id, word string) bool {
	e := d.r.kb.Get(id)
	if e == nil {
		return false
	}
	for _, al := range e.Aliases {
		parts := strings.Fields(al)
		if len(parts) >= 2 && strings.HasPrefix(e.Name, parts[0]+" ") && token.Fold(parts[len(parts)-1]) == token.Fold(word) {
			return true // (an alias that starts as the name does: not a nickname or a title)
		}
	}
	return false
}

// namesAhead finds the people the text names as "<given name> <surname>"
// that the knowledge base does not know, by surname, so that a bare
// surname before the full name can be resolved. A surname given to two
// different people is left out.
func (d *doc) namesAhead() map[string]string {
	var out map[string]string
	clash := map[string]bool{}
	for i := 0; i+1 < len(d.toks); i++ {
		if !givenName(d.toks[i].Norm) || !d.toks[i].Upper || !d.nameWord(i+1) || i+2 < len(d.toks) && d.nameWord(i+2) {
			continue
		}
		if d.r.dict.match(d.toks, i) != nil || d.r.dict.match(d.toks, i+1) != nil {
			continue
		}
		sp := d.span(i, i+2)
		sur := d.toks[i+1].Norm
		if out == nil {
			out = map[string]string{}
		}
		if prev, ok := out[sur]; ok && prev != d.text[sp.Start:sp.End] {
			clash[sur] = true
		}
		out[sur] = d.text[sp.Start:sp.End]
	}
	for sur := range clash {
		delete(out, sur)
	}
	return out
}

// mentionOn returns the mention that starts at token k, if any.
func (d *doc) mentionOn(k int) (parley.Mention, bool) {
	if k >= len(d.toks) {
		return parley.Mention{}, false
	}
	start := d.toks[k].Start
	for _, m := range d.mentions {
		if m.Span.Start == start {
			return m, true
		}
	}
	return parley.Mention{}, false
}

// isAdjectiveOf reports whether text is one of the entity's adjectives
// ("Saudi", "Polish") rather than its name used as a modifier ("China").
func isAdjectiveOf(e *kb.Entity, text string) bool {
	for _, a := range e.Adjectives {
		if strings.EqualFold(a, text) {
			return true
		}
	}
	return false
}

// agentNoun reports whether a lower-case word names what a person does
// by its ending: "scientist", "economist", "historian", "academician".
func agentNoun(t *token.Token) bool {
	w := t.Norm
	return t.Kind == token.Word && !t.Upper && len(w) > 5 && (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian"))
}

// ownerAfter reports whether the name starting at j ends in a possessive:
// "India's" in "… for India's development assistance".
func (d *doc) ownerAfter(j int) bool {
	k := j
	for k < len(d.toks) && d.nameWordAt(k) {
		k++
	}
	return k > j && k < len(d.toks) && d.toks[k].Is("'s", "’s")
}
