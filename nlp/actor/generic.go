package actor

import (
	"iter"
	"slices"
	"sort"
	"strings"

	"parley"
	"parley/kb"
	"parley/nlp/token"
)

// genericNouns serve news, which names many actors only generically —
// "the government", "police", "protesters", "security forces" — and
// leaves the country to the context of the article. genericNouns maps
// those phrases to how the actor is named for the article's main country:
// as the state itself, a body of it, or a group of its people.
var genericNouns = map[string]genericKind{
	"the government":            asState,
	"the authorities":           asState,
	"authorities":               asState,
	"the regime":                asState,
	"the administration":        asState,
	"the federal government":    asState, // "the Federal Government expelled two diplomats"
	"officials":                 asState, // "Officials in Nairobi accused Mogadishu …": the government (only opening a clause, see bareOfficials)
	"federal officials":         asState,
	"government officials":      asState,
	"senior officials":          asState, // "Senior officials accused Kabul …": the government, opening a clause as "officials" do
	"top officials":             asState,
	"federal troops":            asBody, // "federal troops and Jubaland forces clashed"
	"federal forces":            asBody,
	"the federal troops":        asBody,
	"the federal forces":        asBody,
	"police":                    asBody,
	"the police":                asBody,
	"riot police":               asBody,
	"riot officers":             asBody,
	"the riot officers":         asBody,
	"gendarmes":                 asBody, // "Gendarmes detained Sonko": the state's gendarmerie
	"the gendarmes":             asBody,
	"the gendarmerie":           asBody,
	"the military":              asBody,
	"the army":                  asBody,
	"government troops":         asBody, // "Government forces shelled Idlib": the army of the rulers named
	"government forces":         asBody,
	"pro-government forces":     asBody, // "fighting between the Houthis and pro-government troops": the state's forces
	"pro-government troops":     asBody,
	"government soldiers":       asBody,
	"the presidential guard":    asBody,
	"presidential guard":        asBody,
	"the republican guard":      asBody,
	"the armed forces":          asBody,
	"the junta":                 asBody,
	"junta leaders":             asBody, // "sanctions on junta leaders": the junta itself
	"the junta leaders":         asBody,
	"junta officials":           asBody,
	"the military junta":        asBody,
	"the ruling junta":          asBody,
	"the putschists":            asBody,
	"security forces":           asGroup,
	"the security forces":       asGroup,
	"dissidents":                asGroup, // "arrested 75 dissidents": the state's own
	"security agents":           asGroup, // "state security agents arrested 75 dissidents"
	"state security agents":     asGroup,
	"the security services":     asGroup,
	"security services":         asGroup,
	"intelligence agents":       asGroup,
	"plainclothes police":       asGroup,
	"protesters":                asGroup,
	"protestors":                asGroup,
	"demonstrators":             asGroup,
	"the protesters":            asGroup,
	"the demonstrators":         asGroup,
	"rebels":                    asGroup,
	"the rebels":                asGroup,
	"insurgents":                asGroup, // "the insurgents attacked Palma": armed groups named by their kind, of where they fight
	"the insurgents":            asGroup,
	"militants":                 asGroup,
	"the militants":             asGroup,
	"jihadists":                 asGroup,
	"the jihadists":             asGroup,
	"guerrillas":                asGroup,
	"the guerrillas":            asGroup,
	"the opposition":            asGroup,
	"opposition lawmakers":      asGroup,
	"opposition deputies":       asGroup, // "Opposition deputies have boycotted the chamber"
	"opposition legislators":    asGroup,
	"opposition mps":            asGroup,
	"opposition leaders":        asGroup,
	"opposition parties":        asGroup,
	"opposition supporters":     asGroup, // "opposition supporters took to the streets": the state's own
	"the opposition supporters": asGroup,
	"opposition activists":      asGroup,
	"lawmakers":                 asGroup, // bare, the legislature: see legislatorNouns
	"the lawmakers":             asGroup,
	"legislators":               asGroup,
	"the legislators":           asGroup,
	"deputies":                  asGroup,
	"the deputies":              asGroup,
	"parliamentarians":          asGroup,
	"senators":                  asGroup, // bare, the senate
	"the senators":              asGroup,
	"mps":                       asGroup,
	"the mps":                   asGroup,
	"political prisoners":       asGroup, // "freed 222 political prisoners": the state's own
	"the prisoners":             asGroup, // … and after them, "the prisoners had been deported"
	"the freed prisoners":       asGroup,
	"the former prisoners":      asGroup,
	"the released prisoners":    asGroup,
	"the parliament":            asBody,
	"parliament":                asBody,
	"the chamber":               asBody, // "boycotted the chamber": the legislature
	"the lower house":           asBody, // "the lower house approved the bill": the main state's
	"the upper house":           asBody,
	"soldiers":                  asBody,
	"the soldiers":              asBody,
	"crowds":                    asGroup,
	"students":                  asGroup, // "Students in Dhaka marched against the government": the state's own (only opening a sentence before "in <place>", see placedTrade)
	"teachers":                  asGroup,
	"doctors":                   asGroup,
	"nurses":                    asGroup,
	"workers":                   asGroup,
	"farmers":                   asGroup,
	"a mob":                     asGroup, // "A mob ransacked the embassy"
	"the mob":                   asGroup,
	"an angry mob":              asGroup,
	"mobs":                      asGroup,
	"the crowds":                asGroup,
	"the crowd":                 asGroup,
	"the foreign ministry":      asBody,
	"the defence ministry":      asBody,
	"the defense ministry":      asBody,
	"the interior ministry":     asBody,
	"the justice ministry":      asBody, // "The justice ministry said the request was received": the story's state's, as the foreign ministry is
	"the trade ministry":        asBody,
	"the commerce ministry":     asBody,
	"the finance ministry":      asBody,
	"the economy ministry":      asBody,
	"the energy ministry":       asBody,
	"the health ministry":       asBody,
	"the agriculture ministry":  asBody,
	"the information ministry":  asBody,
	"the home ministry":         asBody,
	"the cabinet":               asState, // "The cabinet approved the deal": the government, as "the Chinese cabinet" is
	"the presidency":            asState,
	"the leadership":            asState,
	"the election commission":   asBody,
	"the electoral commission":  asBody,
}

// oppositionCountries gives a party or coalition the text introduced as
// the opposition ("the opposition Unitary Platform") and the knowledge
// base does not know the state of the leaders its sentence names, else
// the article's: it opposes that state's rulers.
func (d *doc) oppositionCountries(main *kb.Entity) {
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k == 0 || !d.toks[k-1].Is("opposition") || len(m.Actors) != 1 {
			continue
		}
		a := &d.actors[d.index[m.Actors[0]]]
		if a.Known || a.Kind != parley.Organization || a.Country != "" {
			continue
		}
		st := d.personStateIn(d.sentenceOf[k])
		if st == nil {
			st = main
		}
		if st != nil {
			a.Country = st.Country
		}
	}
}

// soleJunta returns the council of the one state the article names whose
// rulers have one on the day, or "".
func (d *doc) soleJunta() string {
	if st := d.soleJuntaState(); st != nil {
		return d.rulingJunta(st)
	}
	return ""
}

// soleJuntaState returns the one state the article names whose rulers
// have a council on the day, or nil; only in a story that speaks of
// military rule (a council's chair may head a state that no army rules).
func (d *doc) soleJuntaState() *kb.Entity {
	if !d.aboutMilitaryRule() {
		return nil
	}
	var found *kb.Entity
	for _, a := range d.actors {
		if a.Kind != parley.State {
			continue
		}
		if e := d.r.kb.Get(a.ID); e != nil && d.juntaOf(e) != nil {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// aboutMilitaryRule reports whether the article speaks of a junta, a coup
// or military rulers.
func (d *doc) aboutMilitaryRule() bool {
	low := strings.ToLower(d.text)
	for _, w := range []string{"junta", "coup", "putsch", "military rulers", "military government", "military-led", "seized power", "military regime"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// namedOppositionBefore returns the party or coalition the article named
// right after the word "opposition" before token i ("the opposition
// Unitary Platform"), when it named one only, or "".
func (d *doc) namedOppositionBefore(i int) string {
	id := ""
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || k == 0 || !d.toks[k-1].Is("opposition") || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind != parley.Organization || id != "" && id != a.ID {
			return "" // (two named: which the word means is unsaid)
		}
		id = a.ID
	}
	return id
}

// storyArmedGroup returns the one armed group of the knowledge base the
// article names before token i or later in its sentence, or "" when it
// names none or several.
func (d *doc) storyArmedGroup(i int) string {
	id := ""
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i && d.sentenceOf[k] != d.sentenceOf[i] || len(m.Actors) != 1 {
			continue
		}
		e := d.r.kb.Get(m.Actors[0])
		if e == nil || e.OrgType != "armed_group" {
			continue
		}
		if id != "" && id != e.ID {
			return "" // (two named: which the word means is unsaid)
		}
		id = e.ID
	}
	return id
}

// politicalPrisonersBefore returns the group of political prisoners the
// article named before token i, or "".
func (d *doc) politicalPrisonersBefore(i int) string {
	id, at := "", -1 // (this pass adds its mentions at the end, unsorted)
	for _, m := range d.mentions {
		if m.Span.Start < d.toks[i].Start && m.Span.Start > at && len(m.Actors) == 1 &&
			strings.HasSuffix(d.actors[d.index[m.Actors[0]]].Name, " political prisoners") {
			id, at = m.Actors[0], m.Span.Start
		}
	}
	return id
}

// groupNames name a generic group the way labels name it: a crowd in an
// article about protests is protesters (a crowd greeting a pope is not).
var groupNames = map[string]string{"crowds": "protesters", "crowd": "protesters", "mob": "protesters",
	"angry mob": "protesters", "mobs": "protesters"}

// mobNames are the groupNames that name protesters in any story.
var mobNames = set("mob", "angry mob", "mobs")

type genericKind uint8

const (
	asState genericKind = iota
	asBody
	asGroup
)

// maxGenericTokens is the longest phrase of genericNouns in tokens.
const maxGenericTokens = 3

// mainCountry returns the state the article is mostly about: the one its
// mentions name most often, counting people by the state they serve.
// It returns nil when no state stands out.
func (d *doc) mainCountry() *kb.Entity {
	count, first := d.countryWeights()
	// A government's own statement names its issuer in its heading
	// ("Statement by the Ministry for Europe and Foreign Affairs | Paris"):
	// the article is that state's, however often it names the other.
	if c := d.issuerCountry(); c != "" && d.issuer != "" {
		// (not a briefing's answerers' state: its questions are about
		// others, "the government" of the one asked about)
		return d.r.kb.State(c)
	}
	best, second := leader(count, func(a, b string) bool { return first[a] < first[b] })
	// A clear lead only: in an article about two states equally, "the
	// government" could be either.
	if best == "" || count[best] < 3 || count[best] < second*3/2 {
		return nil
	}
	return d.r.kb.State(best)
}

// otherStoryState returns the state the story names most after main,
// when it names it at least three times, or nil: "the Philippines" in a
// story mostly about China's ships off its shoal.
func (d *doc) otherStoryState(main *kb.Entity) *kb.Entity {
	count, first := d.countryWeights()
	delete(count, main.Country)
	best, _ := leader(count, func(a, b string) bool { return first[a] < first[b] })
	if best == "" || count[best] < 3 {
		return nil
	}
	return d.r.kb.State(best)
}

// countryWeights counts, for each country, the mentions of its actors
// (a state named in full twice) and the places of its scenes, with the
// index of its first mention.
func (d *doc) countryWeights() (count, first map[string]int) {
	count = map[string]int{}
	first = map[string]int{}
	for i, m := range d.mentions {
		if m.Via == parley.ViaGroup {
			continue // "the two powers" restates states already counted
		}
		if bareLegislature(&m) != "" {
			continue // "the Senate" is whose the story says
		}
		for _, id := range m.Actors {
			a := d.actors[d.index[id]]
			if a.Country == "" || d.seated[id] {
				continue
			}
			w := 1
			if a.Kind == parley.State && m.Via != parley.ViaAdjective {
				w = 2
			}
			count[a.Country] += w
			if _, ok := first[a.Country]; !ok {
				first[a.Country] = i
			}
		}
	}
	// A place is the story's scene: "protesters poured into the streets
	// of Khartoum" tells of Sudan as "Khartoum said" would.
	for _, p := range d.places {
		if p.Country != "" && !d.metonymAt(p.Span) { // (a capital standing for its government is counted above)
			count[p.Country]++
			if _, ok := first[p.Country]; !ok {
				first[p.Country] = len(d.mentions)
			}
		}
	}
	return count, first
}

// issuersMinister returns the minister "the Minister" at token i means in
// a text a foreign or defence ministry issued — its own minister on the
// day — or "".
func (d *doc) issuersMinister(i int) string {
	if d.issuer == "" || d.on.IsZero() || i+1 >= len(d.toks) || !d.toks[i].Is("the") || d.toks[i+1].Text != "Minister" {
		return ""
	}
	if i+2 < len(d.toks) && (d.toks[i+2].Is("of", "for") || d.nameWordAt(i+2)) {
		return "" // "the Minister of Defence", "the Minister Jaishankar"
	}
	c := d.issuerCountry()
	if c == "" {
		return ""
	}
	level := ""
	switch low := strings.ToLower(d.issuer); {
	case strings.Contains(low, "foreign") || strings.Contains(low, "external affairs"):
		level = kb.ForeignMinister
	case strings.Contains(low, "defence") || strings.Contains(low, "defense"):
		level = kb.DefenceMinister
	default:
		return ""
	}
	return d.holder("state:"+c, []string{level})
}

// issuerCountry returns the state whose government body or seat of
// government issued the text (a readout on a foreign ministry's site, on
// the White House's), or "".
func (d *doc) issuerCountry() string {
	if d.issuerState == nil {
		c := d.findIssuerCountry()
		d.issuerState = &c
	}
	return *d.issuerState
}

// findIssuerCountry is issuerCountry, uncached.
func (d *doc) findIssuerCountry() string {
	if d.issuer == "" {
		return d.briefingState()
	}
	// "Prime Minister's Office, 10 Downing Street": any one of the
	// offices named, a house number before a seat left out.
	parts := []string{d.issuer}
	if strings.Contains(d.issuer, ",") {
		parts = append(parts, strings.Split(d.issuer, ",")...)
	}
	for _, part := range parts {
		toks := token.Tokenize(strings.TrimSpace(part))
		if len(toks) > 1 && toks[0].Kind == token.Number {
			toks = toks[1:]
		}
		en := d.r.dict.match(toks, 0)
		if en == nil || len(en.toks) != len(toks) {
			if c := d.officeOfState(toks); c != "" {
				return c
			}
			continue
		}
		for _, t := range en.targets {
			if e := t.entity; e.Kind == kb.KindOrganization && e.OrgType == "government_body" && e.Country != "" {
				return e.Country
			}
			if e := t.entity; e.Kind == kb.KindState && t.via == parley.ViaMetonym {
				return e.Country // a seat of government as the site's name: "The White House", "GOV.UK"
			}
		}
	}
	return ""
}

// briefingState returns the state of the official who answers the
// questions in a briefing's transcript ("QUESTION: … ARINDAM BAGCHI: …"):
// the text is that government's own, so its "the Prime Minister" is that
// state's. "" when the text is no such transcript or its answerers serve
// more than one state.
func (d *doc) briefingState() string {
	if d.briefing != nil {
		return *d.briefing
	}
	st, asked, mixed := "", false, false
	for i := 0; i < len(d.toks); i++ {
		if i > 0 && !d.toks[i].NewlineBefore {
			continue
		}
		j := i
		for j < len(d.toks) && j-i < 5 && d.toks[j].Upper && d.toks[j].Kind == token.Word && (j == i || !d.toks[j].NewlineBefore) {
			j++
		}
		if j == i || j >= len(d.toks) || d.toks[j].Text != ":" {
			continue
		}
		if d.toks[i].Is("question", "q", "questioner", "journalist", "reporter") && j == i+1 {
			asked = true
			continue
		}
		at := i
		if honorifics[d.toks[i].Norm] && i+1 < j {
			at++ // "MR KIRBY:", "MS PSAKI:"
		}
		en := d.r.dict.match(d.toks, at)
		if en == nil || at+len(en.toks) != j {
			continue
		}
		for _, t := range en.targets {
			if t.entity.Kind != kb.KindPerson || t.entity.Country == "" {
				continue
			}
			if st != "" && st != t.entity.Country {
				mixed = true
			}
			st = t.entity.Country
		}
	}
	if !asked || mixed {
		st = ""
	}
	d.briefing = &st
	return st
}

// officeOfState returns the state a government office's name ends with —
// "Office of the President of the Republic of Finland", "Ministry of
// Foreign Affairs of Latvia" — or "".
func (d *doc) officeOfState(toks []token.Token) string {
	if len(toks) < 3 || !toks[0].Is("office", "ministry", "presidency", "government", "department", "cabinet", "chancellery",
		"prime", "president", "minister", "chancellor", "premier") { // (an office named by its holder: "Prime Minister of Australia")
		return ""
	}
	for k := 1; k+1 < len(toks); k++ {
		if !toks[k].Is("of") {
			continue
		}
		at := k + 1
		if toks[at].Is("the") {
			at++
		}
		if en := d.r.dict.match(toks, at); en != nil && at+len(en.toks) == len(toks) {
			for _, t := range en.targets {
				if t.entity.Kind == kb.KindState {
					return t.entity.Country
				}
			}
		}
	}
	return ""
}

// resolveGeneric resolves the generic actors the first pass left, once the
// main country of the article is known.
func (d *doc) resolveGeneric() {
	main := d.mainCountry()
	// A police force or a congress the article names bare is, failing a
	// main state, that of the people it names: "Castillo was detained by
	// police" — Peru's. (Titles such as "the King" are not guessed so.)
	bodies := main
	if bodies == nil {
		bodies = d.peopleCountry()
	}
	d.localCongress(bodies)
	d.localBodies(bodies)
	d.settleLocalAppositions()
	d.oppositionCountries(bodies)
	if main != nil {
		d.officialsOf(main)
	}
	st := main
	covered := make([]bool, len(d.toks))
	for _, m := range d.mentions {
		for i := d.tokenIndex(m.Span.Start); i < len(d.toks) && d.toks[i].Start < m.Span.End; i++ {
			covered[i] = true
		}
	}
	added := false
	lastBody, lastHead := "", "" // the last bare ministry or commission resolved here, for "the ministry" after it
	for i := 0; i < len(d.toks); i++ {
		if covered[i] {
			continue
		}
		if lastBody != "" && i+1 < len(d.toks) && d.toks[i].Is("the") && d.toks[i+1].Is(lastHead) && !covered[i+1] && !d.next(i+2, "of") {
			// "the foreign ministry listed … The ministry said …", "the
			// election commission … The commission rejected …"
			d.addMention(i, i+2, parley.ViaRole, lastBody)
			added = true
			i++
			continue
		}
		if body, ok := ministryAcronyms[d.toks[i].Text]; ok && !d.on.IsZero() {
			if st := d.ministryState(i, i+1, main); st != nil {
				start := i
				if i > 0 && d.toks[i-1].Is("the") && !covered[i-1] {
					start = i - 1
				}
				d.addMention(start, i+1, parley.ViaName, d.addBody(st, body))
				added = true
				continue
			}
		}
		if end, id := d.countrysBody(i, main); end > i && !covered[end-1] {
			d.addMention(i, end, parley.ViaRole, id)
			added = true
			i = end - 1
			continue
		}
		if id := d.groupBeforeForces(i); id != "" {
			// "EPRDF soldiers fired on demonstrators", "Hamas fighters":
			// the fighters of the movement named, which acts through them
			d.addMention(i, i+1, parley.ViaCollective, id)
			added = true
			continue
		}
		st = main
		if seat := d.frontedSeat(i); seat != nil {
			st = seat // "In Mogadishu, the federal government recalled its ambassador": the government of where the story turns
		}
		if j := d.joinedBodyState(i); j != nil {
			st = j // "The Haitian military and police": the adjective serves both
		}
		if n := d.qualifiedGovernment(i); st != nil && n > 0 && !covered[i+n-1] && !(i+n < len(d.toks) && d.toks[i+n].Is("of")) {
			// "the “interim” government", "the new military regime".
			d.addMention(i, i+n, parley.ViaCollective, d.addKnown(st))
			added = true
			i += n - 1
			continue
		}
		if id := d.issuersMinister(i); id != "" && !covered[i+1] {
			// "the Minister said" in a foreign ministry's statement: its minister
			d.addMention(i, i+2, parley.ViaRole, id)
			added = true
			i++
			continue
		}
		if i+1 < len(d.toks) && d.toks[i].Is("the") && !covered[i+1] && !d.followedByName(i+2) && !(i+2 < len(d.toks) && d.toks[i+2].Is("of", "'s", "’s")) {
			if c, ok := oneStateTitles[d.toks[i+1].Norm]; ok {
				// "the Taoiseach said": a title only one state gives,
				// whatever state the story is mostly about
				if id := d.holder("state:"+c, []string{kb.HeadOfGovernment}); id != "" {
					d.addMention(i, i+2, parley.ViaRole, id)
					added = true
					i++
					continue
				}
			}
		}
		if id, end := d.bareSecretaryGeneral(i); id != "" && !covered[end-1] {
			d.addMention(i, end, parley.ViaRole, id)
			added = true
			i = end - 1
			continue
		}
		if end := d.bareTitle(i, main); end > i && !covered[end-1] {
			// "The Prime Minister met …" in a government's own readout.
			levels, tend := d.roleNounAt(i + 1)
			id := ""
			if t := officeTitles[string(d.phraseKey(i+1, tend))]; t != "" {
				// "the president" pages after President Yudhoyono was
				// named, in a story from Canberra: the one so titled the
				// story named, before any of the main state's.
				id = d.namedWithTitle(i, levels, t)
			}
			if id == "" {
				id = d.titleHolder(main.ID, i+1, tend, levels)
			}
			if id != "" {
				d.addMention(i, end, parley.ViaRole, id)
				added = true
				i = end - 1
				continue
			}
		}
		for n := min(maxGenericTokens, len(d.toks)-i); n >= 1; n-- {
			kind, ok := genericNouns[string(d.phraseKey(i, i+n))]
			if !ok || covered[i+n-1] {
				continue
			}
			if d.toks[i+n-1].Is("opposition") {
				if i+n < len(d.toks) && covered[i+n] && d.toks[i+n].Upper {
					break // "the opposition Democratic Alliance": the party named acts
				}
				if id := d.namedOppositionBefore(i); id != "" && n == 2 {
					// "the opposition Unitary Platform … On Saturday the
					// opposition held rallies": the one named so.
					d.addMention(i, i+n, parley.ViaCollective, id)
					added = true
					i += n - 1
					break
				}
			}
			if d.toks[i+n-1].Is("officials") && !d.bareOfficials(i, i+n) {
				continue
			}
			if occupations[d.toks[i+n-1].Norm] && !d.placedTrade(i, i+n) {
				continue
			}
			if d.toks[i+n-1].Is("deputies") && i > 0 && d.toks[i-1].Is("their", "his", "her", "its", "our", "my", "your") {
				break // "instructed their deputies to prepare …": their own seconds, no legislature
			}
			if d.toks[i+n-1].Is("military") && i+n < len(d.toks) && militaryThings[d.toks[i+n].Norm] {
				continue // "would not host the military exercises": a kind of exercise, no army
			}
			if d.toks[i+n-1].Is("military") && i+n+1 < len(d.toks) && d.toks[i+n].Is("wing", "command", "leadership", "commanders", "rulers", "leaders", "regimes", "juntas", "governments") && d.toks[i+n+1].Is("of") {
				continue // "the military wing of Hamas", "the military rulers of Mali and Niger": those named after "of", not an army
			}
			if d.unknownQualifier(i, covered) {
				break // "Scottish police", "Bavarian police": of a place the base does not know, not the main state's
			}
			// "the government of Mali", "Iranian protesters": the text
			// names the country itself, and the first pass has done it.
			// ("accused the government of ignoring …" names none.)
			if i+n < len(d.toks) && d.toks[i+n].Is("of") && !d.gerundAt(i+n+1) && !d.crowdOfPeople(i, i+n) {
				break
			}
			if d.toks[i].Is("the") && fighterNouns[d.toks[i+n-1].Norm] {
				// "the rebels, who now call themselves the SPLM/A in
				// Opposition … The rebels had demanded …": the one armed
				// group the story names, before or in the same sentence.
				if id := d.storyArmedGroup(i); id != "" {
					d.addMention(i, i+n, parley.ViaCollective, id)
					added = true
					i += n - 1
					break
				}
			}
			if d.toks[i].Is("the") && d.toks[i+n-1].Is("prisoners") {
				// "the freed prisoners": the political prisoners named
				// before, if any (else a war's or a jail's, no actor).
				if id := d.politicalPrisonersBefore(i); id != "" {
					d.addMention(i, i+n, parley.ViaCollective, id)
					added = true
					i += n - 1
				}
				break
			}
			if kind == asBody && d.toks[i+n-1].Is("ministry") {
				if sm := d.summonerState(i); sm != nil {
					st = sm // "Bangladesh summoned the Indian envoy to the foreign ministry": Bangladesh's
				} else if st == nil {
					// "BEIJING, Aug 5 - … the foreign ministry listed": with no
					// main state, the ministry of the dateline's.
					st = d.datelineState()
				}
			}
			if st == nil {
				st = bodies
			}
			if kind == asGroup && n >= 2 && d.toks[i+n-2].Is("opposition") {
				// "Opposition lawmakers accused President William Ruto":
				// the opposition to the leaders the sentence names, in a
				// story mostly about another state or about two.
				if ps := d.personStateIn(d.sentenceOf[i]); ps != nil {
					st = ps
				}
			}
			head := d.toks[i+n-1]
			if n >= 2 && head.Is("leaders", "officials") && d.toks[i+n-2].Is("junta") {
				head = d.toks[i+n-2] // "junta leaders": the junta's
			}
			if kind == asBody && head.Is("military", "army", "forces", "troops", "junta") {
				if r := d.rulersNamedBefore(i); r != nil {
					st = r // "Myanmar's junta extended … The army said": the rulers' state
				} else if js := d.soleJuntaState(); js != nil && js != st && d.toks[i+n-1].Is("military", "army") {
					st = js // "The US imposed sanctions on Myanmar … The military accused Washington": the army that rules
				} else if d.toks[i].Is("government") {
					break // ("attacks by government forces in Sudan" in a story about the US)
				} else if st == nil {
					st = d.onlyStateNamed() // "Sudan's generals met … The army said"
				}
			}
			if (kind == asState || kind == asBody) && head.Is("government", "regime", "administration", "authorities", "parliament", "legislature", "congress", "senate") {
				if own := d.oppositionFigureBefore(i); own != nil {
					// "Opposition leader Raila Odinga criticised the
					// government": the government he opposes, his own
					// state's, whatever state the sentence names after.
					st = own
				}
			}
			if kind == asState && d.protestAgainstAt(i) {
				if sc := d.scenePlaceIn(d.sentenceOf[i]); sc != nil {
					// "Thousands of Cubans took to the streets in Havana to
					// protest against the government": the government where
					// the crowd gathers, whatever state the story names most.
					st = sc
				}
			}
			placed := false // "Protesters in Kenya": the crowd's place named with it
			if i+n+1 < len(d.toks) && d.toks[i+n].Is("in") {
				// "The government in Maputo has not commented": the state
				// of the capital it sits in; "Teachers in Kenya went on
				// strike": the state the crowd is in.
				if in, _ := d.stateAt(i + n + 1); in != nil && (kind != asGroup || d.opensSentence(i) || d.toks[i+n-1].Is(crowdWords...)) {
					st, placed = in, kind == asGroup
				}
			}
			if st == nil && kind == asState {
				// "Iraq's parliament passed a resolution calling on the
				// government to …": the government of the state whose
				// body the sentence named before it.
				st = d.bodyCountryBefore(i)
			}
			if st == nil && kind == asState && d.toks[i+n-1].Is("government") {
				// "… demanded the resignation of Prime Minister Nikol
				// Pashinyan … The government has said": the state of the
				// one head of government the story names.
				st = d.onlyHeadOfGovernment()
			}
			if st == nil && (kind == asState || d.toks[i+n-1].Is("ministry")) {
				// "Kenya's finance minister met IMF officials. The finance
				// ministry later accused the IMF …": with no state the
				// story is mostly about, the one the sentence before
				// opened with.
				st = d.previousOpener(i, i+n)
			}
			if kind == asBody && d.toks[i+n-1].Is("ministry") {
				st = d.ministryState(i, i+n, st)
			} else if d.toks[i+n-1].Is("prisoners") {
				// "released 222 political prisoners and flew them to
				// Washington": the prisoners of the state that held them.
			} else if sender := d.senderState(i); !placed && st == nil && sender != nil && d.toks[i+n-1].Is("troops", "soldiers", "forces") {
				// "Kenya will send 900 soldiers to Goma": the sender's own,
				// not the army of the place they go to.
				st = sender
			} else if !placed && st == nil && kind == asBody && d.toks[i+n-1].Is("military", "army", "forces", "troops", "soldiers") {
				// "Soldiers fired on crowds in the streets of Ouagadougou"
				// in a story that names no state: the army where it acts.
				st = d.scenePlaceIn(d.sentenceOf[i])
			} else if !placed && (kind == asGroup || kind == asBody && !head.Is("military", "army", "forces", "troops", "junta", "parliament", "chamber", "house", "soldiers")) {
				// "Protesters rallied in Tehran", "police in Lagos": a
				// crowd belongs where it gathers and the police where
				// they act, whatever the article is mostly about. (An
				// army abroad is still its own country's.)
				local := d.placeStateIn(d.sentenceOf[i])
				if kind == asGroup && d.opposition(i, i+n) {
					local = nil // (a state's opposition is not of the city hosting its talks)
				} else if kind == asGroup {
					local = d.scenePlaceIn(d.sentenceOf[i])
					if local == nil {
						local = d.stateAfterIn(d.sentenceOf[i]) // "protesters stormed Saudi missions in Iran"
					}
				}
				if local == nil && (st == nil && d.toks[i+n-1].Is("police", "forces", "officers") || d.toks[i+n-1].Is(crowdWords...)) && d.opensSentence(i) && d.sentenceOf[i] > 0 {
					// "Hundreds of protesters marched through Goma. Police
					// fired tear gas", "… after violent protests in Honiara.
					// Protesters gathered outside the parliament": where the
					// sentence before set the scene (for a crowd, even in a
					// story mostly about another state: a readout from
					// Wellington on riots in Tonga).
					local = d.scenePlaceIn(d.sentenceOf[i] - 1)
				}
				if local == nil && st == nil && head.Is("police") && d.opensSentence(i) {
					// "CAIRO — … Police fired tear gas to break up a march
					// in Mohandessin": no scene the text knows, in a story
					// about two states; police act at home, where the
					// report was filed.
					local = d.datelineState()
				}
				if local != nil {
					st = local
				} else if kind == asGroup {
					// "Hong Kong police fired tear gas at protesters": the
					// crowd a state's forces act on is that state's.
					if fs := d.forcesStateIn(d.sentenceOf[i]); fs != nil {
						st = fs
					}
				}
			}
			if kind == asGroup && d.toks[i+n-1].Is("lawmakers", "legislators", "senators", "parliamentarians", "mps", "congressmen") {
				// "Morrison begged lawmakers", "Putin told lawmakers": the
				// legislators a speaker addresses are their own country's.
				if c := d.personCountryBefore(i); c != nil {
					st = c
				} else if c := d.legislatureBefore(i); c != nil {
					st = c // "Turkey's parliament ratified … Lawmakers voted 287 to 55": that parliament's
				}
			}
			if kind == asGroup && st != nil && st == main && d.embassyStateIn(d.sentenceOf[i], st) {
				break // "protesters stormed the Saudi embassy": not Saudis
			}
			if kind == asGroup && st == nil {
				if e := d.embassyOwnerIn(d.sentenceOf[i], func(string) bool { return true }); e != nil {
					// "demonstrators rallied outside the Chinese consulate"
					// in a story of China and the Philippines: the other's
					st = d.otherStoryState(e)
				}
			}
			if string(d.phraseKey(i, i+n)) == "the putschists" {
				// "… with Niger. The putschists expelled": the council of
				// the state last named, if its rulers had one.
				if id := d.juntaNamedBefore(i); id != "" {
					d.addMention(i, i+n, parley.ViaCollective, id)
					added = true
					i += n - 1
				}
				break
			}
			if (st == nil || !st.Federal) && strings.Contains(string(d.phraseKey(i, i+n)), "federal") {
				if dl := d.datelineState(); dl != nil && dl.Federal {
					st = dl // "State House, Abuja … The Federal Government condemned the coup" in São Tomé: Nigeria's
				} else {
					st = d.onlyFederalState() // "Federal officials have accused Kenyan troops": Somalia's, not Kenya's
				}
			}
			if st == nil || strings.Contains(string(d.phraseKey(i, i+n)), "federal") && !st.Federal {
				break // ("federal troops" in a story mostly about Kenya are not Kenya's)
			}
			if kind == asState && d.toks[i+n-1].Is("government") && d.governmentNamedAfter(i+n, st) {
				// "“The government strongly urges the Japanese government
				// to …”": one government addresses another, so the bare
				// one is not Japan's but that of the capital the story
				// was filed from, if any.
				if st = d.datelineCapital(); st == nil || d.governmentNamedAfter(i+n, st) {
					break
				}
			}
			var id string
			switch kind {
			case asState:
				id = d.addKnown(st)
			case asBody:
				if head.Is("junta") {
					if id = d.rulingJunta(st); id != "" {
						break // "the junta" of a state ruled by a named council
					}
					if id = d.soleJunta(); id != "" {
						break // "France began withdrawing from Niger. The junta accused Paris": Niger's, not France's
					}
				}
				body := "Police"
				switch {
				case head.Is("military", "army", "forces", "troops", "junta", "soldiers"):
					body = "Armed Forces"
				case d.toks[i+n-1].Is("parliament", "chamber"):
					body = "Parliament"
				case d.toks[i+n-1].Is("gendarmes", "gendarmerie"):
					body = "Gendarmerie"
				case d.toks[i+n-1].Is("house"):
					body = "Lower House"
					if d.toks[i+n-2].Is("upper") {
						body = "Upper House"
					}
				case d.toks[i+n-1].Is("guard"):
					body = "Presidential Guard" // (or the Republican Guard)
					if d.toks[i+n-2].Is("republican") {
						body = "Republican Guard"
					}
				case d.toks[i+n-1].Is("ministry", "commission"):
					// "the foreign ministry listed eight countermeasures":
					// the main state's
					body = stateBodies[d.phrase(i+1, i+n)]
				}
				id = d.addBody(st, body)
				if d.toks[i+n-1].Is("ministry", "commission") {
					lastBody, lastHead = id, d.toks[i+n-1].Norm
				}
			case asGroup:
				noun := d.phrase(i, i+n)
				if d.toks[i].Is("the", "a", "an") {
					noun = d.phrase(i+1, i+n)
				}
				if legislatorNouns[noun] && !d.qualifiedMembers(i) && !(i+n < len(d.toks) && d.toks[i+n].Is("in", "from", "of")) {
					// "asked legislators to amend it", "the legislators
					// turned down Riyadh's request": members acting as
					// one are their legislature (not "lawmakers in Banja
					// Luka", "deputies from the ruling party": some of
					// them, placed or sorted)
					if noun == "senators" {
						id = d.addBody(st, "Senate") // "Senators passed a resolution": the upper house
					} else {
						id = d.addBody(st, "Parliament")
					}
					break
				}
				if name, ok := groupNames[noun]; ok && (d.aboutProtest() || mobNames[noun]) {
					noun = name // (a mob is a crowd of protesters wherever it stands)
				}
				adj := st.Name
				if len(st.Adjectives) > 0 {
					adj = st.Adjectives[0]
				}
				id = d.addNew(parley.Organization, adj+" "+noun, st.Country, "group")
			}
			d.addMention(i, i+n, parley.ViaCollective, id)
			added = true
			i += n - 1
			break
		}
	}
	if d.protestCrowds(covered, main) {
		added = true
	}
	if added {
		sort.SliceStable(d.mentions, func(a, b int) bool { return d.mentions[a].Span.Start < d.mentions[b].Span.Start })
	}
	d.crowdsAgain()
	d.bodiesWithoutState(main)
	d.governmentsActingOnThemselves()
	d.itAfterBodies()
	d.theyAfterCrowds()
	d.peoplesAsStates()
}

// peoplesAsStates makes "the" and a state's people by their plural word
// a mention of the state, as news uses it for one side of a dispute:
// "Pyongyang has accused the Americans of starting the fight", "the
// Israelis struck back". Without "the" ("detained two Americans") the
// word stays a people's, as it does when a place or a clause says which
// ("the Armenians of Nagorno-Karabakh", not "accused the Americans of
// starting").
func (d *doc) peoplesAsStates() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.Via != parley.ViaAdjective || len(m.Actors) != 1 || !strings.HasSuffix(m.Text, "s") {
			continue
		}
		i := d.tokenIndex(m.Span.Start)
		if i < 1 || !d.toks[i-1].Is("the") {
			continue
		}
		if e := d.tokenIndex(m.Span.End - 1); e+2 < len(d.toks) && (d.toks[e+1].Is("in", "living", "who", "from") || d.toks[e+1].Is("of") && d.toks[e+2].Upper) {
			continue // "the Armenians of Nagorno-Karabakh": a people somewhere, not the state
		}
		if d.demonymState(*m) == nil {
			continue
		}
		m.Span.Start = d.toks[i-1].Start
		m.Text = d.text[m.Span.Start:m.Span.End]
		m.Via = parley.ViaCollective
	}
}

// demonymState returns the state m's one actor is when m's text is a
// word for that state's people ("Iranians", "Swiss"), else nil.
func (d *doc) demonymState(m parley.Mention) *kb.Entity {
	if len(m.Actors) != 1 {
		return nil
	}
	st := d.r.kb.Get(m.Actors[0])
	if st == nil || st.Kind != kb.KindState || !slices.ContainsFunc(st.Demonyms, func(n string) bool { return strings.EqualFold(n, m.Text) }) {
		return nil
	}
	return st
}

// protestAgainstAt reports whether the phrase at i follows "against"
// after a word of protest: "protest against the government",
// "demonstrations against the regime".
func (d *doc) protestAgainstAt(i int) bool {
	if i < 2 || !d.toks[i-1].Is("against") {
		return false
	}
	for k := i - 2; k >= 0 && i-k <= 3; k-- {
		n := d.toks[k].Norm
		if strings.HasPrefix(n, "protest") || strings.HasPrefix(n, "demonstrat") || strings.HasPrefix(n, "rall") || strings.HasPrefix(n, "march") || n == "uprising" {
			return true
		}
	}
	return false
}

// crowdsAgain ties "the protesters" to the crowd of that noun told
// before it when this pass gave it another, placed where its sentence is
// set: in "Thousands of Cubans protested in Havana … In Washington, Biden
// said the United States stood with the protesters" they are the Cuban
// protesters, not American ones.
func (d *doc) crowdsAgain() {
	for k := range d.mentions {
		m := &d.mentions[k]
		i := d.tokenIndex(m.Span.Start)
		if len(m.Actors) != 1 || m.Via != parley.ViaCollective || !d.toks[i].Is("the") {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Role != "group" {
			continue
		}
		noun := d.toks[d.tokenIndex(m.Span.End-1)].Norm
		for j := k - 1; j >= 0; j-- {
			if len(d.mentions[j].Actors) != 1 {
				continue
			}
			b := d.actors[d.index[d.mentions[j].Actors[0]]]
			if b.Role == "group" && b.ID != a.ID && strings.HasSuffix(strings.ToLower(b.Name), " "+noun) {
				m.Actors = []string{b.ID}
				break
			}
		}
	}
}

// theyAfterCrowds ties "they" opening a sentence and "them" after a verb
// or a preposition to the crowd this pass found as the subject of the
// sentence before or earlier in the same one, which the first pass did not
// know: "Thousands of protesters rallied in Lima. They demanded …",
// "Hundreds of protesters marched through Goma. Police fired tear gas to
// disperse them". The crowd must be the one group the sentences name.
func (d *doc) theyAfterCrowds() {
	added := false
	for i := range d.toks {
		if !d.toks[i].Is("they", "them") || d.coveredAt(i) {
			continue
		}
		if d.toks[i].Is("they") && !(d.opensSentence(i) && i+1 < len(d.toks) && d.actingVerb(i+1)) {
			continue
		}
		if d.toks[i].Is("them") && !(i > 0 && (d.toks[i-1].Is("against", "on", "at") || d.actingVerb(i-1) || d.toks[i-1].Is("disperse", "detain", "arrest", "attack", "beat"))) {
			continue
		}
		si := d.sentenceOf[i]
		from := si - 1
		if d.toks[i].Is("them") {
			from = si // "… marched on parliament, and police dispersed them"
			if id := d.crowdIn(si, i); id == "" {
				from = si - 1
			}
		}
		id := d.crowdIn(from, i)
		if id == "" || d.toks[i].Is("they") && from != si-1 {
			continue
		}
		d.addMention(i, i+1, parley.ViaPronoun, id)
		added = true
	}
	if added {
		sort.SliceStable(d.mentions, func(a, b int) bool { return d.mentions[a].Span.Start < d.mentions[b].Span.Start })
	}
}

// crowdIn returns the crowd of protesters that sentence si names before
// token end as its first actor, when it names no other group, nor two
// people, that "they" could stand for; or "".
func (d *doc) crowdIn(si, end int) string {
	crowd, people := "", 0
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[k] != si || k >= end {
			continue
		}
		for _, id := range m.Actors {
			a := d.actors[d.index[id]]
			switch {
			case a.Kind == parley.Person:
				people++
			case a.Kind == parley.State:
			case a.Role == "group" && strings.HasSuffix(a.Name, " protesters") && (crowd == "" || crowd == id):
				crowd = id
			case a.Kind == parley.Organization && singularBody(m.Text):
				// "Protesters gathered outside parliament. Police dispersed
				// them": a body named in the singular is no "they"
			default:
				return "" // "Protesters clashed with police. They fired tear gas": whose?
			}
		}
	}
	if people >= 2 {
		return ""
	}
	return crowd
}

// singularBody reports whether a body's mention ends in a singular noun
// that is no force of men: "parliament", "the electoral commission",
// not "police", "the army", "the Houthis".
func singularBody(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return !strings.HasSuffix(w, "s") && !forceWords[w]
}

// forceWords are nouns for armed men that take "they" though singular.
var forceWords = set("police", "military", "army", "militia", "guard", "gendarmerie", "navy", "force", "junta", "people")

// itAfterBodies ties "it" after a reporting verb to the body this pass
// named as the verb's subject, which the first pass did not know: "The
// DFA said it had lodged a protest", "the foreign ministry said on
// Monday that it would respond"; and "It" opening a sentence on an act
// to the body that opened the sentence before.
func (d *doc) itAfterBodies() {
	added := false
	for i := range d.toks {
		if !d.toks[i].Is("it") {
			continue
		}
		at := d.pronounAt(i)
		var m *parley.Mention
		if at < 0 && !d.coveredAt(i) {
			m = d.mentionEndingAt(d.reporter(i))
		}
		if m == nil && (at >= 0 || !d.coveredAt(i)) && d.opensSentence(i) && i+1 < len(d.toks) && d.actingVerb(i+1) {
			// "The DFA lodged a protest with Beijing. It also urged …":
			// the body opening the sentence before, not the name the
			// first pass found there without it.
			m = d.openingMention(d.sentenceOf[i] - 1)
		}
		if m == nil || len(m.Actors) != 1 || m.Via == parley.ViaPronoun {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind != parley.Organization || a.Country == "" {
			continue
		}
		if at >= 0 {
			d.mentions[at].Actors = []string{a.ID}
			continue
		}
		d.addMention(i, i+1, parley.ViaPronoun, a.ID)
		added = true
	}
	if added {
		sort.SliceStable(d.mentions, func(a, b int) bool { return d.mentions[a].Span.Start < d.mentions[b].Span.Start })
	}
}

// openingMention returns the mention that opens sentence s, after "The"
// at most, or nil.
func (d *doc) openingMention(s int) *parley.Mention {
	for k := range d.mentions {
		m := &d.mentions[k]
		j := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[j] < s {
			continue
		}
		if d.sentenceOf[j] > s || j > 0 && d.sentenceOf[j-1] == s && !(d.toks[j-1].Is("the") && (j < 2 || d.sentenceOf[j-2] != s)) {
			return nil
		}
		return m
	}
	return nil
}

// pronounAt returns the index of the pronoun mention of token i, or -1.
func (d *doc) pronounAt(i int) int {
	for k, m := range d.mentions {
		if m.Via == parley.ViaPronoun && m.Span.Start == d.toks[i].Start {
			return k
		}
	}
	return -1
}

// coveredAt reports whether a mention covers token i.
func (d *doc) coveredAt(i int) bool {
	for _, m := range d.mentions {
		if m.Span.Start <= d.toks[i].Start && d.toks[i].End <= m.Span.End {
			return true
		}
	}
	return false
}

// ministryState returns the state of a ministry named bare at [i, end)
// ("the defence ministry"), home being the article's: the state of a place
// that opens its sentence or is named right after it ("In Moscow, the
// defence ministry said", "the foreign ministry in Kabul"), else of the
// speaker whose words it is in ("Lavrov said the foreign ministry had
// summoned …"), else home — unless the sentence names home as the
// ministry's counterpart ("The defence ministry said it was cutting all
// military contacts with Ankara" in a story about Turkey) or there is no
// home: then the state of whoever opened the sentence before in the
// paragraph ("Foreign Minister Sergei Lavrov called off a visit to
// Turkey."), or none.
func (d *doc) ministryState(i, end int, home *kb.Entity) *kb.Entity {
	if st := d.governmentBefore(i); st != nil {
		return st // "the Russian government's Foreign Ministry"
	}
	if end+1 < len(d.toks) && d.toks[end].Is("in") {
		if st, _ := d.stateAt(end + 1); st != nil {
			return st
		}
	}
	si := d.sentenceOf[i]
	if c := d.openingPlaceCountry(i); c != "" {
		// "In Moscow, the defence ministry said" (not "the Declaration of
		// Buenos Aires is on the website of the Ministry of Foreign Affairs")
		return d.r.kb.State(c)
	}
	if c := d.paragraphPlace(si); c != "" && !d.counterpartIn(si, i, c) {
		// "In Tokyo, relatives of the missing reacted with anguish. The
		// families' group accused the Foreign Ministry …": the place the
		// paragraph opened in, a sentence or two before.
		return d.r.kb.State(c)
	}
	if st, k := d.openerState(si, i); st != nil && (d.spokenBetween(k, i) || i >= 2 && d.toks[i-1].Is("and") && d.toks[i-2].Text == ",") &&
		!d.counterpartIn(si, i, st.Country) {
		// (not "Blinken said the foreign ministry had summoned the US
		// ambassador"; but "Moscow did not lift its measures, and the
		// foreign ministry made clear …": the opener's own)
		return st
	}
	if home != nil && !d.counterpartIn(si, i, home.Country) {
		return home
	}
	if dl := d.datelineCapital(); dl != nil && dl != home && !d.counterpartIn(si, i, dl.Country) && !d.stateWordBefore(i) && !(i > 0 && d.toks[i-1].Is("'s", "’s")) {
		// "MANILA — The Department of Foreign Affairs on Tuesday filed a
		// protest over Chinese vessels": not the ministry of the state its
		// own sentence complains of, but that of the capital the story
		// was filed from.
		return dl
	}
	// Only a counterpart named sets the ministry apart from the state last
	// acting: "Israel struck Iran. The foreign ministry condemned the
	// attack" is no Israeli ministry.
	// A diplomat of another state summoned lets it reach past a
	// paragraph's start: "South Korea lodged a protest with Japan. ¶ The
	// foreign ministry summoned a Japanese diplomat".
	if si > 0 && (!d.paragraphStartsAt(si) || d.summonsAt(end) && d.counterpartIn(si, i, "")) && (home != nil || d.counterpartIn(si, i, "")) {
		if st, _ := d.openerState(si-1, len(d.toks)); st != nil && st != home && !d.counterpartIn(si, i, st.Country) {
			return st
		}
	}
	return nil
}

// governmentBefore returns the state whose government owns the words at
// token i ("the Russian government's …"), or nil.
func (d *doc) governmentBefore(i int) *kb.Entity {
	if i < 2 || !d.toks[i-1].Is("'s", "’s") || !governmentNouns[d.toks[i-2].Norm] {
		return nil
	}
	for _, m := range d.mentions {
		if len(m.Actors) == 1 && d.tokenIndex(m.Span.End-1) == i-2 {
			if c := d.actors[d.index[m.Actors[0]]].Country; c != "" {
				return d.r.kb.State(c)
			}
		}
	}
	return nil
}

// paragraphPlace returns the state of the place that opens, as "In
// <place>,", the paragraph sentence si is in, when that opening is one
// or two sentences before si; else "".
func (d *doc) paragraphPlace(si int) string {
	for s := si - 1; s >= 0 && si-s <= 2; s-- {
		k := d.sentenceStart(s)
		if k < 0 || d.paragraphStartsAt(s+1) {
			return "" // (the paragraph began after s)
		}
		if d.paragraphStartsAt(s) {
			e := k
			for e+1 < len(d.toks) && d.sentenceOf[e+1] == s {
				e++
			}
			return d.inPlaceBefore(e, true)
		}
	}
	return ""
}

// paragraphStartsAt reports whether sentence si opens a paragraph.
func (d *doc) paragraphStartsAt(si int) bool {
	for k := range d.toks {
		if d.sentenceOf[k] == si {
			return k == 0 || d.toks[k].NewlineBefore
		}
	}
	return false
}

// openerState returns the state of the first actor sentence si names
// before token i other than after a preposition — its subject — when it
// has one, or nil, and where that mention ends.
func (d *doc) openerState(si, i int) (*kb.Entity, int) {
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || d.sentenceOf[k] != si || d.quoted[k] || d.prepositionObject(k) || len(m.Actors) != 1 {
			continue
		}
		if c := d.actors[d.index[m.Actors[0]]].Country; c != "" {
			return d.r.kb.State(c), d.tokenIndex(m.Span.End-1) + 1
		}
		return nil, k
	}
	return nil, i
}

// spokenBetween reports whether a verb of speech stands in [k, i): the
// phrase at i is in the words of whoever ends at k ("Lavrov said the
// foreign ministry …"), not a report they are the subject of ("Chinese
// warships entered the strait, the defence ministry said").
func (d *doc) spokenBetween(k, i int) bool {
	for j := k; j < i; j++ {
		if speechVerbs[d.toks[j].Norm] || directiveVerbs[d.toks[j].Norm] {
			return true // (or a leader's order to a ministry: "Museveni has directed the Ministry of Foreign Affairs to …", his own)
		}
	}
	return false
}

// directiveVerbs give an order to one's own government's bodies.
var directiveVerbs = set("directed", "directs", "instructed", "instructs", "ordered", "orders", "tasked", "tasks", "mandated", "charged")

// counterpartIn reports whether sentence si names state cc (any state,
// when cc is "") after token i as the other party of what is done: after
// "with", "to", "against", "on" or "from", or as an envoy's state ("the
// Turkish ambassador").
func (d *doc) counterpartIn(si, i int, cc string) bool {
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k <= i || d.sentenceOf[k] != si || len(m.Actors) != 1 {
			continue
		}
		if c := d.actors[d.index[m.Actors[0]]].Country; c == "" || cc != "" && c != cc {
			continue
		}
		p := k - 1
		for p > i && d.toks[p].Is("the", "a", "an") {
			p--
		}
		end := d.tokenIndex(m.Span.End-1) + 1
		if d.toks[p].Is("with", "to", "against", "on", "from", "toward", "towards") || d.toks[p].Is(summonWords...) || // "summoned Naoki Kumagai, deputy chief of the Japanese Embassy"
			d.toks[p].Is("of") && p-1 > i && d.toks[p-1].Is("presence", "incursion", "incursions", "intrusion", "intrusions", "entry", "activities", "aggression", "deployment") || // "a protest over the presence of Chinese vessels"

			end < len(d.toks) && d.toks[end].Is("ambassador", "envoy", "embassy", "diplomats", "diplomat", "chargé", "charge") ||
			envoyNouns[d.toks[end-1].Norm] { // ("the US ambassador", one mention of the state)
			return true
		}
	}
	return false
}

// bodiesWithoutState gives a state's body named by its bare title, which
// the first pass took for an unknown organisation ("the Ministry of
// Foreign Affairs said"), a state as a bare ministry takes one (the place
// named right after it, "the Ministry of Foreign Affairs in Seoul", or
// its speaker's), the issuer's or the article's main state standing for
// the article's.
func (d *doc) bodiesWithoutState(main *kb.Entity) {
	home := main // the issuer's state, else the main one
	if c := d.issuerCountry(); c != "" {
		home = d.r.kb.Get("state:" + c)
	}
	last := map[string]string{} // a bare body's ID → what its last mention became
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "new:") {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind != parley.Organization || a.Country != "" {
			continue
		}
		body, ok := bodyTitles[token.Fold(a.Name)]
		if !ok {
			continue
		}
		if id := last[a.ID]; id != "" && (m.Via == parley.ViaPronoun || m.Via == parley.ViaSurname) {
			// "The Department of Foreign Affairs (DFA) said it …": the
			// body just named, wherever the pronoun or short name stands.
			m.Actors = []string{id}
			continue
		}
		st := d.ministryState(d.tokenIndex(m.Span.Start), d.tokenIndex(m.Span.End-1)+1, home)
		if st != nil && body == "" {
			m.Actors = []string{d.addKnown(st)} // "the Federal Government expelled two employees": Germany
		} else if st != nil {
			m.Actors = []string{d.addBody(st, body)}
			d.ministryAfter(mi)
		}
		if st != nil {
			last[a.ID] = m.Actors[0]
		}
	}
}

// ministryAfter points "the ministry" after mention mi, up to the next
// ministry named, at mi's actor: the first pass read it before mi was
// known for a state's ministry ("The Ministry of Foreign Affairs in Seoul
// welcomed … the ministry said").
func (d *doc) ministryAfter(mi int) {
	id := d.mentions[mi].Actors[0]
	for j := mi + 1; j < len(d.mentions); j++ {
		m := &d.mentions[j]
		if len(m.Actors) != 1 {
			continue
		}
		if token.Fold(m.Text) == "the ministry" {
			m.Actors = []string{id}
			continue
		}
		if a := d.actors[d.index[m.Actors[0]]]; a.Kind == parley.Organization && strings.Contains(a.Name, "Ministry") {
			return
		}
	}
}

// bodyTitles are the full titles of state bodies that news writes
// without the state, folded, with the body each names.
var bodyTitles = map[string]string{
	"ministry of foreign affairs":    "Ministry of Foreign Affairs",
	"foreign ministry":               "Ministry of Foreign Affairs",
	"ministry of defence":            "Ministry of Defence",
	"ministry of defense":            "Ministry of Defence",
	"defence ministry":               "Ministry of Defence",
	"defense ministry":               "Ministry of Defence",
	"interior ministry":              "Ministry of the Interior",
	"ministry of the interior":       "Ministry of the Interior",
	"ministry of interior":           "Ministry of the Interior",
	"federal government":             "",                            // the state itself
	"department of foreign affairs":  "Ministry of Foreign Affairs", // the Philippines', Ireland's
	"department of national defense": "Ministry of Defence",
	"department of national defence": "Ministry of Defence",
	// legislatures many states have, named bare in their own news: "the
	// National Assembly rejected the bill" in a story from Nairobi
	"national assembly":    "National Assembly",
	"chamber of deputies":  "Chamber of Deputies",
	"legislative assembly": "Legislative Assembly",
	"national congress":    "National Congress",
	"constituent assembly": "Constituent Assembly",
	// and courts: "the Supreme Court upheld the ban" in a story from Lima
	"supreme court":          "Supreme Court",
	"constitutional court":   "Constitutional Court",
	"constitutional council": "Constitutional Council",
}

// ministryAcronyms stand for a ministry of the story's state: "the DFA
// summoned the Chinese envoy" in Manila, "MOFA said" in Taipei.
var ministryAcronyms = map[string]string{"DFA": "Ministry of Foreign Affairs", "MFA": "Ministry of Foreign Affairs",
	"MOFA": "Ministry of Foreign Affairs", "MoFA": "Ministry of Foreign Affairs"}

// bareTitle returns the end of an office named with no country and no
// one nearby to hold it — "the Prime Minister", "the president" — which
// the first pass left: the article's main country's holder is meant, as in
// a government's own readout. It returns i when there is no such phrase.
func (d *doc) bareTitle(i int, main *kb.Entity) int {
	if main == nil || d.on.IsZero() || !d.toks[i].Is("the") || i+1 >= len(d.toks) {
		return i
	}
	if i > 0 && d.toks[i-1].Is("of", "as", "'s") {
		return i // "the office of the president", "named as the prime minister"
	}
	levels, end := d.roleNounAt(i + 1)
	if d.phrase(i+1, end) == "secretary of state" {
		return i // a title of its own, not any state's foreign minister
	}
	if levels != nil && end+2 < len(d.toks) && d.toks[end].Is("of") && d.toks[end+1].Is("the") && d.toks[end+2].Is("republic") {
		return end + 3 // "the President of the Republic" in a French readout: the issuing state's
	}
	if levels == nil || levels[0] == "counterpart" || d.followedByName(end) || end < len(d.toks) && d.toks[end].Is("of", "'s") {
		return i
	}
	return end
}

// bareSecretaryGeneral resolves "the Secretary-General" written with
// capitals and no body, as statements of the UN and of other bodies
// write it, to the holder on the story's day: a secretary-general the
// story named before, else the one of the body named last whose head
// holds that title, else the United Nations'. It returns the
// holder and where the title ends, or "" when i opens no such title.
func (d *doc) bareSecretaryGeneral(i int) (string, int) {
	if d.on.IsZero() || !d.toks[i].Is("the") || i+1 >= len(d.toks) || !d.toks[i+1].Upper || i > 0 && d.toks[i-1].Is("of", "as", "'s", "deputy", "former") {
		return "", i
	}
	end := i + 2
	switch {
	case d.toks[i+1].Is("secretary-general"):
	case i+2 < len(d.toks) && d.toks[i+1].Is("secretary") && d.toks[i+2].Is("general", "-general"):
		end = i + 3
	default:
		return "", i
	}
	if end < len(d.toks) && d.toks[end].Is("of", "'s", "’s") || d.followedByName(end) {
		return "", i // "the Secretary-General of NATO", "the Secretary-General, António Guterres": read elsewhere
	}
	if id := d.secretaryGeneralNamed(d.toks[i].Start); id != "" {
		return id, end // "… spoke with the Secretary-General of the United Nations, António Guterres. … the Secretary-General had urged …"
	}
	for _, id := range d.bodiesBefore(d.toks[i].Start) {
		if strings.HasPrefix(id, "new:") && strings.Contains(strings.ToLower(d.actors[d.index[id]].Name), "party") {
			return "", i // a party's secretary-general, whom the knowledge base does not know
		}
		body := id
		if strings.HasPrefix(body, "org:un") {
			body = "org:un" // "The Security Council met … The Secretary-General": the UN's
		}
		for _, h := range d.r.kb.Holders(body, kb.OrgLeader, d.on) {
			for _, r := range h.RoleOn(d.on) {
				if r.Level == kb.OrgLeader && strings.Contains(strings.ToLower(r.Title), "secretary") {
					return d.addKnown(h), end
				}
			}
		}
	}
	for k := 0; k < i; k++ {
		if d.toks[k].Is("party", "parties", "movement", "union", "league", "federation", "congress", "council", "committee") {
			return "", i // a secretary-general of a body the story names, maybe unknown to the knowledge base
		}
	}
	if id := d.holder("org:un", []string{kb.OrgLeader}); id != "" {
		return id, end
	}
	return "", i
}

// secretaryGeneralNamed returns the last person named before byte
// offset at who is a body's secretary-general on the story's day, or "".
func (d *doc) secretaryGeneralNamed(at int) string {
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		if m.Span.End > at || len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "person:") {
			continue
		}
		e := d.r.kb.Get(m.Actors[0])
		if e == nil {
			continue
		}
		for _, r := range e.RoleOn(d.on) {
			if r.Level == kb.OrgLeader && strings.Contains(strings.ToLower(r.Title), "secretary") {
				return m.Actors[0]
			}
		}
	}
	return ""
}

// bodiesBefore returns the organisations mentioned before byte offset
// at, the nearest first.
func (d *doc) bodiesBefore(at int) []string {
	var ms []parley.Mention
	for _, m := range d.mentions {
		if m.Span.End <= at && len(m.Actors) == 1 {
			if j, ok := d.index[m.Actors[0]]; ok && d.actors[j].Kind == parley.Organization {
				ms = append(ms, m)
			}
		}
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Span.Start > ms[b].Span.Start })
	ids := make([]string, 0, len(ms))
	for _, m := range ms {
		if !slices.Contains(ids, m.Actors[0]) {
			ids = append(ids, m.Actors[0])
		}
	}
	return ids
}

// oneStateTitles are head-of-government titles only one state gives.
var oneStateTitles = map[string]string{"taoiseach": "IRL"}

// militaryThings follow "military" used as an adjective: the thing is
// military, no army acts.
var militaryThings = set("exercises", "exercise", "drills", "drill", "aid", "assistance", "cooperation", "ties",
	"equipment", "hardware", "base", "bases", "budget", "spending", "support", "training", "presence", "deal",
	"pact", "agreement", "operation", "operations", "action", "option", "options", "escalation", "buildup",
	"build-up", "capabilities", "capability", "parade", "threat", "pressure", "means", "force", "intervention",
	"activity", "activities", // "to object to the military activity"
	"demarcation", "zone", "installation", "installations", "facility", "facilities", "camp", "camps", "academy") // "crossed the military demarcation line"

// protestNouns name a protest that implies its crowd.
var protestNouns = set("protests", "protest", "demonstrations", "demonstration", "rallies", "rally")

// protestCrowds gives a protest named with no crowd in its sentence
// ("Three people died during protests in Bolivia against the interim
// government", "The protests began in June") the crowd that held it: the
// protesters of the state where it happened, else of the article's main
// state. The mention is the protest word itself, so that the event stage
// finds its source there. A protest lodged by a government ("lodged a
// strong protest") or made by a named crowd is left alone.
func (d *doc) protestCrowds(covered []bool, main *kb.Entity) bool {
	added := false
	// crowdAt makes the word at i the crowd of protesters of st, else of
	// the state the sentence's protest is in or the article's.
	crowdAt := func(i int, st *kb.Entity) {
		if st == nil {
			st = d.crowdState(d.sentenceOf[i], main)
		}
		if st != nil {
			d.addCrowd(i, st)
			covered[i] = true
			added = true
		}
	}
	for i := range d.toks {
		t := &d.toks[i]
		// "Thousands of people protested in Caracas": people counted and
		// protesting are protesters.
		// So are "Up to 20,000 people", "More than 100 residents" and
		// those who "began protesting".
		// And "Kenyan citizens protested": the state the adjective names.
		if !covered[i] && t.Is("people", "residents", "citizens", "nationals") && i >= 1 && (d.counted(i) || d.adjectiveState(i-1) != nil) && d.protestingAt(i+1) {
			crowdAt(i, d.adjectiveState(i-1))
			continue
		}
		// "Hundreds of students gathered in Tehran", "2,000 workers marched
		// on parliament": a crowd counted and protesting holds the protest,
		// whoever its people are.
		// A crowd that only gathered does so to protest in an article about
		// protests (not "gathered to welcome the Pope").
		if !covered[i] && protestingNouns[t.Norm] && i >= 1 && d.counted(i) && i+1 < len(d.toks) && (protestVerbs[d.toks[i+1].Norm] || stormVerbs[d.toks[i+1].Norm]) &&
			(!d.toks[i+1].Is("gathered", "massed", "thronged") || d.aboutProtest()) {
			crowdAt(i, nil)
			continue
		}
		// "Students stormed the Danish embassy", "Students protested
		// against the fare rise": a crowd opening its sentence and storming
		// a building or protesting is one, counted or not.
		if !covered[i] && protestingNouns[t.Norm] && (i == 0 || d.sentenceOf[i-1] != d.sentenceOf[i]) && i+1 < len(d.toks) &&
			(stormVerbs[d.toks[i+1].Norm] || d.toks[i+1].Is("protested", "demonstrated", "rallied", "marched")) {
			crowdAt(i, nil)
			continue
		}
		// "secondary-school students jumping metro turnstiles in protest
		// at a fare rise": a crowd doing something "in protest" is one.
		if !covered[i] && protestingNouns[t.Norm] && d.inProtestAfter(i) {
			crowdAt(i, nil)
			continue
		}
		// "police detained 16 students", "arrested dozens of people" in a
		// story about protests: those the police hold are the crowd.
		if !covered[i] && (protestingNouns[t.Norm] || t.Is("people", "youths")) && i >= 1 && d.counted(i) && d.policedBefore(i) && !d.chargedAfter(i) && d.aboutProtest() {
			st := d.crowdState(d.sentenceOf[i], main)
			if st == nil {
				st = d.forcesStateIn(d.sentenceOf[i]) // (the state whose police hold them)
			}
			crowdAt(i, st)
			continue
		}
		// "Thousands protested outside the French embassy in Niamey": a
		// count alone before a verb of protest is the crowd.
		if !covered[i] && t.Is("thousands", "hundreds", "dozens", "tens") && i+1 < len(d.toks) &&
			d.toks[i+1].Is("protested", "demonstrated", "rallied", "marched", "gathered", "took", "poured", "massed", "took") {
			crowdAt(i, nil)
			continue
		}
		// "detained more than 1,000 people at protests in Moscow": people
		// counted at a protest are its crowd.
		if !covered[i] && t.Is("people") && i >= 1 && i+2 < len(d.toks) && d.counted(i) &&
			d.toks[i+1].Is("at", "during") && (protestNouns[d.toks[i+2].Norm] || d.toks[i+2].Is("the", "a") && i+3 < len(d.toks) && protestNouns[d.toks[i+3].Norm]) {
			crowdAt(i, nil)
			continue
		}
		if covered[i] && d.demonymCrowd(i) {
			added = true
			continue
		}
		if covered[i] || !protestNouns[t.Norm] || t.Upper && i > 0 && !d.toks[i].NewlineBefore && d.sentenceOf[i-1] == d.sentenceOf[i] {
			continue
		}
		if i > 0 && d.toks[i-1].Is("strongly", "firmly", "vehemently", "formally", "vigorously", "sternly", "strenuously", "resolutely", "categorically", "hereby", "also") {
			continue // "The Ministry … strongly protests against …": a verb, a government's complaint
		}
		next := i + 1
		if next >= len(d.toks) || !d.toks[next].Is("in", "against", "outside", "across", "at", "near", "over", "erupted", "broke", "spread", "continued", "began", "swept", "took", "throughout", "on",
			"rocked", "gripped", "engulfed", "roiled", "shook", "paralysed", "paralyzed") {
			continue
		}
		lodged, crowd := false, false
		for k := i - 1; k >= 0 && i-k <= 3; k-- {
			if d.toks[k].Is("lodge", "lodged", "lodges", "file", "filed", "formal", "diplomatic", "strong", "stern", "official", "send", "sent", "issue", "issued", "register", "registered", "made", "make",
				"convey", "conveyed", "conveys", "delivered", "deliver", "voiced", "voice") ||
				k == i-1 && d.toks[k].Is("in", "of", "to") {
				lodged = true // "lodged a strong protest", "resigned in protest", "a form of protest", "forced their way in to protest"
			}
		}
		si := d.sentenceOf[i]
		for _, m := range d.mentions {
			if d.sentenceOf[d.tokenIndex(m.Span.Start)] == si && len(m.Actors) == 1 {
				if a := d.actors[d.index[m.Actors[0]]]; a.Kind == parley.Organization && (a.Role == "group" || a.Role == "opposition") && !forceGroup(a.Name) {
					crowd = true // "Protesters rallied …": the crowd is named (not "clashes with security forces")
				}
			}
		}
		if lodged || crowd {
			continue
		}
		st := d.crowdState(si, main)
		if st == nil {
			continue
		}
		d.addCrowd(i, st)
		covered[i] = true
		added = true
	}
	return added
}

// policedBefore reports whether a verb of policing a crowd governs the
// count before token i: "detained 16 students", "arrested dozens of".
func (d *doc) policedBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4 && d.sentenceOf[k] == d.sentenceOf[i]; k-- {
		if d.toks[k].Is("detained", "arrested", "dispersed", "detain", "arrest", "disperse", "detaining", "arresting", "dispersing") {
			return true
		}
	}
	return false
}

// chargedAfter reports whether those held at i are held over a crime
// ("arrested 12 people over the killing of a journalist", "on suspicion
// of"), not for protesting.
func (d *doc) chargedAfter(i int) bool {
	for k := i + 1; k < len(d.toks) && k-i <= 4 && d.sentenceOf[k] == d.sentenceOf[i]; k++ {
		if d.toks[k].Is("over", "for", "suspected", "suspicion", "connection", "accused", "charged", "linked", "wanted") {
			return true
		}
	}
	return false
}

// protestingNouns are people who, counted and doing a verb of protest,
// are a crowd of protesters: "Hundreds of students gathered".
var protestingNouns = set("students", "workers", "teachers", "farmers", "activists", "doctors", "nurses", "women", "youths")

// protestVerbs are what a crowd counted does when it protests ("took" to
// the streets).
var protestVerbs = set("protested", "demonstrated", "rallied", "marched", "gathered", "took", "poured", "massed", "thronged")

// stormVerbs are what a crowd does when it forces its way into a place
// ("Students stormed the embassy").
var stormVerbs = set("stormed", "ransacked", "torched", "besieged", "occupied", "invaded", "overran", "breached")

// forceGroup reports whether a group's name is that of forces acting for
// a state ("Bolivian security forces"), which hold no protest.
func forceGroup(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"forces", "police", "troops", "soldiers", "security", "army", "military"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// counted reports whether the noun at i follows a count: "1,000 people",
// "dozens of people", "scores of people".
func (d *doc) counted(i int) bool {
	p := &d.toks[i-1]
	if p.Kind == token.Number || p.Is("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "many", "several") {
		return true
	}
	return p.Is("of") && i >= 2 && d.toks[i-2].Is("dozens", "hundreds", "thousands", "tens", "millions", "scores")
}

// adjectiveState returns the state whose adjective ends at token k
// ("Kenyan" in "Kenyan citizens"), or nil.
func (d *doc) adjectiveState(k int) *kb.Entity {
	m := d.mentionEndingAt(k)
	if m == nil || m.Via != parley.ViaAdjective || len(m.Actors) != 1 {
		return nil
	}
	if e := d.r.kb.Get(m.Actors[0]); e != nil && e.Kind == kb.KindState {
		return e
	}
	return nil
}

// protestingAt reports whether the words at j say a crowd protests:
// "protested", "took to the streets", "began protesting", "have been
// marching" (a crowd that only gathered, in an article about protests).
func (d *doc) protestingAt(j int) bool {
	if j < len(d.toks) && d.toks[j].Is("began", "started", "continued", "were", "are", "have", "had", "been") {
		return d.protestingAt(j + 1)
	}
	if j+1 >= len(d.toks) {
		return false
	}
	t := &d.toks[j]
	switch {
	case t.Is("took", "taking"):
		return d.toks[j+1].Is("to", "part") // not "took refuge"
	case t.Is("gathered", "gathering"):
		return d.aboutProtest()
	}
	return protestVerbs[t.Norm] || t.Is("protesting", "demonstrating", "marching", "rallying")
}

// crowdVerbs are what a crowd does when it protests.
var crowdVerbs = set("protested", "protesting", "demonstrated", "demonstrating", "rallied", "marched", "took", "poured", "massed", "thronged")

// inProtestAfter reports whether "in protest" follows the crowd noun at
// i within its clause: "students jumping turnstiles in protest at …".
func (d *doc) inProtestAfter(i int) bool {
	for j := i + 1; j+1 < len(d.toks) && j <= i+8 && d.sentenceOf[j] == d.sentenceOf[i]; j++ {
		if d.toks[j].Is(",", ";", "and", "but", "who", "which") {
			return false
		}
		if d.toks[j].Is("in") && d.toks[j+1].Is("protest") {
			return true
		}
	}
	return false
}

// stagedProtest reports whether the verb at i stages, holds or joins a
// protest: "staged a sit-in", "held a rally", "joined candlelight vigils".
func (d *doc) stagedProtest(i int) bool {
	if !d.toks[i].Is("staged", "held", "stage", "hold", "staging", "holding", "joined", "join", "joining") {
		return false
	}
	for j := i + 1; j < len(d.toks) && j <= i+3; j++ {
		if protestNouns[d.toks[j].Norm] || d.toks[j].Is("sit-in", "sit-ins", "march", "marches", "vigil", "vigils", "walkout", "strike", "strikes") {
			return true
		}
	}
	return false
}

// demonymCrowd turns a state's people named by their plural demonym and
// protesting ("Thousands of Iranians protested", "Georgians took to the
// streets") into that state's protesters: a crowd, not the state, which
// is their target. It reports whether it did.
func (d *doc) demonymCrowd(i int) bool {
	t := &d.toks[i]
	if m, ok := d.mentionOn(i); ok && d.tokenIndex(m.Span.Start) == i {
		if e := d.tokenIndex(m.Span.End); e > i+1 && e <= len(d.toks) {
			t = &d.toks[e-1] // "South Koreans": the demonym's last word
			i = e - 1
		}
	}
	if !t.Upper || !strings.HasSuffix(t.Norm, "s") || i+1 >= len(d.toks) {
		return false
	}
	next := i + 1
	if d.toks[next].Is("have", "had", "were") && next+1 < len(d.toks) {
		next++ // "Iranians have protested", "Serbs were demonstrating"
	}
	if !crowdVerbs[d.toks[next].Norm] && !d.stagedProtest(next) || d.toks[next].Is("took") && !(next+1 < len(d.toks) && d.toks[next+1].Is("to")) {
		return false
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.Span.End != t.End || len(m.Actors) != 1 {
			continue
		}
		st := d.demonymState(*m)
		if st == nil {
			return false
		}
		// Not "Chinese" or "Swiss": one word for the people and the adjective.
		if slices.ContainsFunc(st.Adjectives, func(n string) bool { return strings.EqualFold(n, m.Text) }) {
			return false
		}
		adj := st.Name
		if len(st.Adjectives) > 0 {
			adj = st.Adjectives[0]
		}
		m.Actors = []string{d.addNew(parley.Organization, adj+" protesters", st.Country, "group")}
		m.Via = parley.ViaCollective
		return true
	}
	return false
}

// crowdState returns the state a crowd of sentence si belongs to: where
// the sentence places it, else the article's main state.
func (d *doc) crowdState(si int, main *kb.Entity) *kb.Entity {
	if st := d.scenePlaceIn(si); st != nil {
		return st
	}
	if st := d.stateAfterIn(si); st != nil {
		return st
	}
	if main != nil && d.embassyStateIn(si, main) {
		if ds := d.datelineState(); ds != nil && ds != main {
			return ds // "LA PAZ — … students rallied outside the Chilean consulate": the host's
		}
		return nil // "protesters stormed the Saudi embassy": not Saudis
	}
	if main == nil {
		if ds := d.datelineState(); ds != nil && d.foreignMissionIn(si, ds) {
			return ds // (a story of two states alike, filed from the host's capital)
		}
	}
	return main
}

// foreignMissionIn reports whether sentence si names an embassy or
// consulate of a state other than host.
func (d *doc) foreignMissionIn(si int, host *kb.Entity) bool {
	for _, m := range d.mentions {
		if d.sentenceOf[d.tokenIndex(m.Span.Start)] != si || len(m.Actors) != 1 {
			continue
		}
		if e := d.r.kb.Get(m.Actors[0]); e != nil && e.Kind == kb.KindState && e.ID != host.ID && d.embassyStateIn(si, e) {
			return true
		}
	}
	return false
}

// addCrowd records token i as the mention of the protesters of st.
func (d *doc) addCrowd(i int, st *kb.Entity) {
	adj := st.Name
	if len(st.Adjectives) > 0 {
		adj = st.Adjectives[0]
	}
	id := d.addNew(parley.Organization, adj+" protesters", st.Country, "group")
	d.addMention(i, i+1, parley.ViaCollective, id)
}

// stateAfterIn returns the state a mention names after "in", "across" or
// "throughout" in sentence si ("protests in Peru"), or after a verb of
// protests spreading ("protests swept Bangladesh").
func (d *doc) stateAfterIn(si int) *kb.Entity {
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[k] != si || k == 0 || len(m.Actors) != 1 || !d.toks[k-1].Is("in", "across", "throughout", "swept", "rocked", "gripped", "engulfed", "roiled", "shook", "paralysed", "paralyzed") {
			continue
		}
		if e := d.r.kb.Get(m.Actors[0]); e != nil && e.Kind == kb.KindState {
			return e
		}
	}
	return nil
}

// qualifiedGovernment returns the length of "the <qualifiers> government"
// at i — one to three words such as "interim", "new" or "military",
// quotation marks allowed — or 0.
func (d *doc) qualifiedGovernment(i int) int {
	if !d.toks[i].Is("the") {
		return 0
	}
	j, quals := i+1, 0
	for j < len(d.toks) && j-i <= 5 {
		t := &d.toks[j]
		switch {
		case t.Kind == token.Punct && strings.ContainsAny(t.Text, "\"“”'‘’"):
			j++
			continue
		case governmentQualifiers[t.Norm] && !t.Upper:
			j++
			quals++
			continue
		}
		break
	}
	if quals == 0 || j >= len(d.toks) || !d.toks[j].Is("government", "regime", "authorities", "administration", "junta") {
		return 0
	}
	return j + 1 - i
}

// legislatorNouns name a legislature's members, bare: acting together
// they are the legislature ("deputies changed the constitution"), where
// "opposition lawmakers" or "Republican lawmakers" are a group of them.
var legislatorNouns = set("lawmakers", "legislators", "deputies", "parliamentarians", "senators", "mps")

// qualifiedMembers reports whether the members named at i are some of a
// legislature's, by a word before them: "Republican lawmakers", "two
// deputies", "some legislators", "a group of deputies".
func (d *doc) qualifiedMembers(i int) bool {
	if i == 0 {
		return false
	}
	p := &d.toks[i-1]
	return p.Kind == token.Number || p.Kind == token.Word && (p.Upper && !d.opensSentence(i-1) ||
		p.Is("of", "some", "several", "many", "few", "other", "senior", "ruling", "individual", "dozens", "hundreds", "two", "three", "four", "five"))
}

var governmentQualifiers = set("interim", "new", "transitional", "caretaker", "military", "current", "incoming",
	"outgoing", "central", "federal", "national", "provisional", "self-declared", "elected", "ruling", "de", "facto")

// politicalTitles in the role of a person the knowledge base does not know
// mark a holder of public office, who serves, unless the text says
// otherwise, the state the article is about ("Rep. Robert Aderholt",
// "Speaker John Bercow"). Analysts and experts get no such guess.
var politicalTitles = set("sen.", "sen", "senator", "rep.", "rep", "representative", "congressman",
	"congresswoman", "gov.", "gov", "governor", "minister", "secretary", "speaker", "mayor", "lawmaker",
	"legislator", "mp", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "president",
	"prime", "chancellor", "premier", "attorney", "general", "ombudsman", "commissioner", "chairman",
	"chairwoman", "deputy", "official", "diplomat", "leader", "whip")

func (d *doc) officialsOf(st *kb.Entity) {
	for i := range d.actors {
		a := &d.actors[i]
		if a.Known || a.Kind != parley.Person || a.Country != "" || a.Role == "" || posting(a.Role) {
			continue // (an envoy "to South Africa" is not South Africa's)
		}
		if d.bodyOfNoStateIn(a.Role) {
			continue // "the United Nations envoy Ibrahim Gambari": the UN's, no state's
		}
		if d.travelsTo(a.ID, st.Country) || d.facesState(a.ID, st.Country) || d.sentAwayBy(a.ID, st.Country) {
			continue // "Vice Foreign Minister Choi Jong-kun travelled to Tehran": a visitor, not Iran's
		}
		home := st
		if c := d.homeWire(); c != nil && c.Country != st.Country && !d.officeTaken(c, a.Role) {
			// "SEOUL, March 22 (Yonhap) -- … First Vice Foreign Minister Kim
			// Hong-kyun summoned the Japanese ambassador": an official the
			// text gives no state is that of the home agency filing from
			// its capital, though the story names Japan more.
			home = c
		}
		if seat := d.openingSeatOf(a.ID); seat != nil {
			// "In Moscow, the Foreign Ministry spokesman, Gennady
			// Gerasimov, welcomed the vote": where the sentence that
			// introduces them turns, in a story about Lithuania.
			home = seat
		}
		if d.officeTaken(home, a.Role) {
			// "Prime Minister David Lange" in a story about France, whose
			// prime minister that day was another man: the state the
			// story was filed from, if its office is free.
			taken := home
			if home = d.datelineState(); home == nil || home.Country == taken.Country || d.officeTaken(home, a.Role) {
				continue
			}
		}
		for _, w := range strings.Fields(strings.ToLower(a.Role)) {
			if politicalTitles[w] {
				a.Country = home.Country
				break
			}
		}
	}
}

// openingSeatOf returns the state of the place that opens the sentence
// first naming the actor ("In Moscow, …"), a city where many states meet
// left out; or nil.
func (d *doc) openingSeatOf(id string) *kb.Entity {
	i := d.firstMentionAt(id)
	if i < 0 {
		return nil
	}
	s := d.sentenceStart(d.sentenceOf[i])
	if !d.toks[s].Is("in") {
		return nil
	}
	for c := s + 2; c < i && c-s <= 5; c++ {
		if d.toks[c].Is(",") {
			return d.frontedSeat(c + 1)
		}
	}
	return nil
}

// officeTaken reports whether role is a state's one head office ("Prime
// Minister", "President") that the knowledge base gives someone on the
// story's day in st: an unknown person bearing it is of another state.
func (d *doc) officeTaken(st *kb.Entity, role string) bool {
	levels, ok := uniqueOffices[strings.ToLower(strings.TrimSpace(role))]
	if !ok || d.on.IsZero() {
		return false
	}
	for _, l := range levels {
		if len(d.r.kb.Holders(st.ID, l, d.on)) > 0 {
			return true
		}
	}
	return false
}

// uniqueOffices are the bare titles one person holds in a state at a time.
var uniqueOffices = map[string][]string{"prime minister": {kb.HeadOfGovernment}, "president": {kb.HeadOfState},
	"chancellor": {kb.HeadOfGovernment}, "premier": {kb.HeadOfGovernment}}

// placeStateIn returns the state of the first place named in sentence si
// that has one, or nil.
func (d *doc) placeStateIn(si int) *kb.Entity {
	for _, p := range d.places {
		if p.Country == "" {
			continue
		}
		if i := d.tokenIndex(p.Span.Start); d.sentenceOf[i] == si && !d.datelinePlace(i) {
			return d.r.kb.State(p.Country)
		}
	}
	return nil
}

// scenePlaceIn returns the state where a crowd of sentence si gathers:
// its first place that stands for no government, else one named by its
// state and kind ("Riyadh cut ties with Tehran after protesters stormed
// the Saudi embassy in the Iranian capital").
func (d *doc) scenePlaceIn(si int) *kb.Entity {
	for _, p := range d.places {
		if p.Country == "" {
			continue
		}
		if i := d.tokenIndex(p.Span.Start); d.sentenceOf[i] == si && !d.datelinePlace(i) && !d.metonymAt(p.Span) {
			return d.r.kb.State(p.Country)
		}
	}
	return d.unnamedPlaceStateIn(si)
}

// metonymAt reports whether the place at sp is a capital standing for its
// government, "Riyadh cut ties with Tehran": no place where things happen.
func (d *doc) metonymAt(sp parley.Span) bool {
	for _, m := range d.mentions {
		if m.Span == sp && m.Via == parley.ViaMetonym {
			return true
		}
	}
	return false
}

// placeKinds name a place by its kind after a state's word: "the Iranian
// capital", "the Syrian port".
var placeKinds = set("capital", "city", "port", "town", "village", "province", "region")

// unnamedPlaceStateIn returns the state of a place sentence si names only
// by its state and kind, "in the Iranian capital", or nil.
func (d *doc) unnamedPlaceStateIn(si int) *kb.Entity {
	for i := 0; i+3 < len(d.toks); i++ {
		if d.sentenceOf[i] != si || !d.toks[i].Is("in") || !d.toks[i+1].Is("the") {
			continue
		}
		if st, end := d.stateAt(i + 2); st != nil && end < len(d.toks) && placeKinds[d.toks[end].Norm] {
			return st
		}
	}
	return nil
}

// embassyStateIn reports whether sentence si names an embassy of st: a
// crowd at "the Saudi embassy" is not Saudi.
func (d *doc) embassyStateIn(si int, st *kb.Entity) bool {
	return d.embassyOwnerIn(si, func(c string) bool { return c == st.Country }) != nil
}

// embassyOwnerIn returns the first state whose embassy or consulate
// sentence si names, of those whose country code ok accepts; or nil.
func (d *doc) embassyOwnerIn(si int, ok func(string) bool) *kb.Entity {
	for _, m := range d.mentions {
		if d.sentenceOf[d.tokenIndex(m.Span.Start)] != si || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Country == "" || !ok(a.Country) {
			continue
		}
		if a.Kind == parley.Organization && strings.Contains(strings.ToLower(a.Name), "embassy") {
			return d.r.kb.State(a.Country)
		}
		if e := d.tokenIndex(m.Span.End-1) + 1; a.Kind == parley.State && m.Via == parley.ViaAdjective && e < len(d.toks) && d.toks[e].Is("embassy", "consulate", "consulate-general", "mission") {
			return d.r.kb.State(a.Country) // "rallied outside the Chilean consulate"
		}
	}
	return nil
}

// forcesStateIn returns the state whose police or armed forces sentence si
// names, or nil.
func (d *doc) forcesStateIn(si int) *kb.Entity {
	for _, m := range d.mentions {
		if d.sentenceOf[d.tokenIndex(m.Span.Start)] != si || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind != parley.Organization || a.Country == "" {
			continue
		}
		n := strings.ToLower(a.Name)
		if strings.Contains(n, "police") || strings.Contains(n, "armed forces") || strings.Contains(n, "army") || strings.Contains(n, "security forces") || strings.Contains(n, "guard") {
			return d.r.kb.State(a.Country)
		}
		if m.Via == parley.ViaCollective && d.groupBeforeForces(d.tokenIndex(m.Span.Start)) == a.ID {
			return d.r.kb.State(a.Country) // "EPRDF soldiers fired on demonstrators": a movement's fighters in their own land
		}
	}
	return nil
}

// datelinePlace reports whether the place at token i opens a wire
// dateline ("DUBAI (Reuters) -", "NAIROBI, Kenya, Feb 12 -"): where the
// story was filed, not where what it tells happened.
func (d *doc) datelinePlace(i int) bool {
	if i > 0 && !d.toks[i].NewlineBefore {
		return false
	}
	for j := i; j < len(d.toks) && j <= i+3; j++ {
		if d.toks[j].Is("(", "-", "–", "—", ":") {
			return true // ("ISLAMABAD:", Dawn's and The Hindu's dateline)
		}
		if d.toks[j].Is(",") {
			return j+1 < len(d.toks) && (d.toks[j+1].Kind == token.Number || monthWords[d.toks[j+1].Norm] || d.toks[j+1].Upper)
		}
	}
	return false
}

// datelineAgency reports whether token i is the news agency a wire
// dateline names between brackets before its dash — "Phnom Penh, July 3
// (AKP) --", "DUBAI (WAM) -" —: who filed the story, no actor in it
// (AKP is Cambodia's agency there, not Turkey's ruling party).
func (d *doc) datelineAgency(i int) bool {
	if i < 2 || i+2 >= len(d.toks) || !d.toks[i-1].Is("(") || !d.toks[i+1].Is(")") || !d.toks[i+2].Is("-", "--", "–", "—") || !isAcronym(d.toks[i].Text) {
		return false
	}
	s := i - 2
	for s > 0 && !d.toks[s].NewlineBefore && i-s <= 10 {
		s--
	}
	return (s == 0 || d.toks[s].NewlineBefore) && d.datelinePlace(s)
}

// summonerState returns the state that summons someone "to the
// ministry" at i — "Bangladesh on Tuesday summoned Indian High
// Commissioner Pranay Verma to the foreign ministry" —, named as a state
// before the verb in the sentence; nil otherwise.
func (d *doc) summonerState(i int) *kb.Entity {
	if i < 2 || !d.toks[i-1].Is("to") {
		return nil
	}
	v := -1
	for j := i - 2; j >= 0 && i-j <= 14 && d.sentenceOf[j] == d.sentenceOf[i]; j-- {
		if d.toks[j].Is(summonWords...) {
			v = j
			break
		}
	}
	if v < 0 {
		return nil
	}
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= v || d.sentenceOf[k] != d.sentenceOf[i] || len(m.Actors) != 1 {
			continue
		}
		if a := d.actors[d.index[m.Actors[0]]]; a.Kind == parley.State {
			return d.r.kb.State(a.Country)
		}
	}
	return nil
}

// localCongress gives a bare "Congress" (or "the Senate", "the House of
// Representatives", "the House of Commons") to the legislature of the
// state the sentence or the article is about when that is not the one
// the knowledge base gives the bare name to: in a report from Lima,
// "protests against Congress" are against Peru's; in a story about
// Brazil, "the Senate rejected the bill" is Brazil's.
func (d *doc) localCongress(main *kb.Entity) {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		body := bareLegislature(m)
		if body == "" {
			continue
		}
		home := d.actors[d.index[m.Actors[0]]].Country
		if i := d.tokenIndex(m.Span.Start); i >= 2 && d.toks[i-1].Is("'s", "’s") {
			if o := d.mentionEndingAt(i - 2); o != nil && len(o.Actors) == 1 && d.actors[d.index[o.Actors[0]]].Kind == parley.State {
				if c := d.actors[d.index[o.Actors[0]]].Country; c != home {
					m.Actors = []string{d.addBody(d.r.kb.State(c), body)} // "Canada's House of Commons"
				}
				continue // "Britain's House of Commons": its owner says whose
			}
		}
		si := d.sentenceOf[d.tokenIndex(m.Span.Start)]
		st := d.placeStateIn(si)
		if st == nil {
			st = d.stateAfterIn(si)
		}
		if st == nil {
			st = d.partyStateIn(si) // "The BJP hit back … that Congress had insulted the army"
		}
		if st == nil && !d.personOfIn(si, home) {
			st = main // (not in "Trump lifted the curbs Congress imposed", in a story about Azerbaijan)
		}
		if st == nil {
			st = d.personStateIn(si) // "Castillo was removed by Congress": Peru's
		}
		if st == nil || st.Country == home {
			continue
		}
		// "Congress leader Rahul Gandhi", "the Congress party", "that
		// Congress had insulted the army": where a party goes by the name
		// (India's has no legislature of that name), it is the party.
		if party, ok := d.r.byName[token.Fold(body+" party")]; ok && party.Country == st.Country {
			m.Actors = []string{d.addKnown(party)}
			continue
		}
		m.Actors = []string{d.addBody(st, body)}
	}
}

// bareLegislature returns the name of the legislature m names bare
// ("the Senate"), or "".
func bareLegislature(m *parley.Mention) string {
	if m.Via != parley.ViaName || len(m.Actors) != 1 {
		return ""
	}
	body, ok := bareLegislatures[m.Actors[0]]
	if !ok || !strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(m.Text, "the "), "The "), body) {
		return ""
	}
	return body
}

// bareLegislatures are the legislatures the knowledge base knows by a
// name other states' chambers share, with that name; and China's
// Politburo, a name every ruling communist party's bureau goes by
// ("the Politburo resigned" in a story about Mongolia in 1990).
var bareLegislatures = map[string]string{"org:us-congress": "Congress", "org:us-senate": "Senate",
	"org:us-house": "House of Representatives", "org:house-of-commons": "House of Commons",
	"org:politburo-china": "Politburo"}

// peopleCountry returns the state all the known people the article
// names belong to, when they are of one state, or nil.
func (d *doc) peopleCountry() *kb.Entity {
	return d.oneStateOf(slices.Values(d.actors))
}

// personStateIn returns the state of the known people named in sentence
// si, when they are of one state, or nil.
func (d *doc) personStateIn(si int) *kb.Entity {
	return d.oneStateOf(func(yield func(parley.Actor) bool) {
		for _, m := range d.mentions {
			if d.sentenceOf[d.tokenIndex(m.Span.Start)] == si && len(m.Actors) == 1 && !yield(d.actors[d.index[m.Actors[0]]]) {
				return
			}
		}
	})
}

// personOfIn reports whether sentence si names a known person of state cc.
func (d *doc) personOfIn(si int, cc string) bool {
	for _, m := range d.mentions {
		if d.sentenceOf[d.tokenIndex(m.Span.Start)] != si || len(m.Actors) != 1 {
			continue
		}
		if a := d.actors[d.index[m.Actors[0]]]; a.Kind == parley.Person && a.Known && a.Country == cc {
			return true
		}
	}
	return false
}

// oneStateOf returns the state of the known people among actors, when
// they are all of one state, or nil.
func (d *doc) oneStateOf(actors iter.Seq[parley.Actor]) *kb.Entity {
	return d.soleState(func(yield func(string) bool) {
		for a := range actors {
			if a.Kind == parley.Person && a.Known && !d.servesBody(a.ID) && !yield(a.Country) {
				return
			}
		}
	})
}

// onlyHeadOfGovernment returns the state of the one head of government
// the article names, or nil when it names none or several.
func (d *doc) onlyHeadOfGovernment() *kb.Entity {
	if d.on.IsZero() {
		return nil
	}
	return d.soleState(func(yield func(string) bool) {
		for _, a := range d.actors {
			e := d.r.kb.Get(a.ID)
			if a.Kind != parley.Person || e == nil {
				continue
			}
			if roles := e.RoleOn(d.on); len(roles) > 0 && roles[0].Level == kb.HeadOfGovernment && !yield(e.Country) {
				return
			}
		}
	})
}

// onlyStateNamed returns the one state the article names by its name, or
// nil when it names none or several.
func (d *doc) onlyStateNamed() *kb.Entity {
	return d.soleState(func(yield func(string) bool) {
		for _, m := range d.mentions {
			for _, id := range m.Actors {
				if a := d.actors[d.index[id]]; a.Kind == parley.State && m.Via == parley.ViaName && !d.acrossBorder(m) && !yield(a.Country) {
					return
				}
			}
		}
	})
}

// onlyFederalState returns the one federal state the article names, or
// nil: what "federal" troops or officials belong to when the story is
// about a federal state and a unitary one alike. With none named, the
// one whose capital or office-holders the article names will do
// ("President Obasanjo … The Federal Government condemned the coup" in
// a story about São Tomé).
func (d *doc) onlyFederalState() *kb.Entity {
	if st := d.soleFederal(func(a parley.Actor, m parley.Mention) bool {
		return a.Kind == parley.State && m.Via == parley.ViaName
	}); st != nil {
		return st
	}
	return d.soleFederal(func(a parley.Actor, m parley.Mention) bool {
		return a.Kind == parley.State && m.Via == parley.ViaMetonym || a.Kind == parley.Person && m.Via == parley.ViaName && a.Role != ""
	})
}

// soleFederal returns the one federal state among those of the actors
// the mentions keep accepts name, or nil.
func (d *doc) soleFederal(keep func(parley.Actor, parley.Mention) bool) *kb.Entity {
	return d.soleState(func(yield func(string) bool) {
		for _, m := range d.mentions {
			for _, id := range m.Actors {
				a := d.actors[d.index[id]]
				if a.Country == "" || !keep(a, m) {
					continue
				}
				if st := d.r.kb.State(a.Country); st != nil && st.Federal && !yield(a.Country) {
					return
				}
			}
		}
	})
}

// acrossBorder reports whether mention m follows "border with" or
// "frontier with": the neighbour, never the state whose army the story
// tells of ("The army sent troops to the border with Haiti").
func (d *doc) acrossBorder(m parley.Mention) bool {
	i := d.tokenIndex(m.Span.Start)
	return i >= 2 && d.toks[i-1].Is("with") && d.toks[i-2].Is("border", "borders", "frontier", "frontiers")
}

// soleState returns the state of countries when, leaving out empty ones,
// they are all one, or nil when there are none or several.
func (d *doc) soleState(countries iter.Seq[string]) *kb.Entity {
	one := ""
	for c := range countries {
		if c == "" {
			continue
		}
		if one != "" && c != one {
			return nil
		}
		one = c
	}
	if one == "" {
		return nil
	}
	return d.r.kb.State(one)
}

// servesBody reports whether the known person id holds, on the story's
// day, only offices of international bodies: the AU's Faki speaks for the
// union, so "the army" near him is not Chad's.
func (d *doc) servesBody(id string) bool {
	e := d.r.kb.Get(id)
	if e == nil || d.on.IsZero() {
		return false
	}
	roles := e.RoleOn(d.on)
	for _, r := range roles {
		if o := d.r.kb.Get(r.Of); o == nil || o.Kind != kb.KindOrganization || o.OrgType != "igo" {
			return false
		}
	}
	return len(roles) > 0
}

// partyStateIn returns the state of a political party other than the
// United States' named in sentence si, or nil.
func (d *doc) partyStateIn(si int) *kb.Entity {
	for _, m := range d.mentions {
		if d.sentenceOf[d.tokenIndex(m.Span.Start)] != si || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Role == "political party" && a.Country != "" && a.Country != "USA" {
			return d.r.kb.State(a.Country)
		}
	}
	return nil
}

// localNames are names several states' bodies go by, which the knowledge
// base gives to one state's: "the Foreign Office" is Britain's in London
// and Pakistan's in Islamabad. The value is the body's generic name.
var localNames = map[string]string{"foreign office": "Ministry of Foreign Affairs",
	"national security council": "National Security Council", "democratic party": "Democratic Party",
	"supreme court": "Supreme Court", "constitutional court": "Constitutional Court", "national guard": "National Guard",
	// the parties many states have, which the knowledge base knows bare
	// as one state's: "the Labour Party" in a story about Ireland
	"democrats": "Democratic Party", "labour party": "Labour Party", "labour": "Labour Party",
	"conservative party": "Conservative Party", "conservatives": "Conservative Party", "social democrats": "Social Democratic Party"}

// joinedBodyState returns the state of the government body named right
// before "and" at i-1, whose country word serves the bare noun at i too:
// "the Haitian military and police", "Mali's army and gendarmerie"; nil
// otherwise.
func (d *doc) joinedBodyState(i int) *kb.Entity {
	if i < 2 || !d.toks[i-1].Is("and") {
		return nil
	}
	b := d.mentionEndingAt(i - 2)
	if b == nil || len(b.Actors) != 1 {
		return nil
	}
	o := d.actors[d.index[b.Actors[0]]]
	if o.Kind != parley.Organization || o.Role != "government body" || o.Country == "" {
		return nil
	}
	return d.r.kb.State(o.Country)
}

// localBodies gives such a name, said bare, to the body of the state the
// sentence, the dateline or the article is about, when that is another
// state than the one the knowledge base gives it to.
func (d *doc) localBodies(main *kb.Entity) {
	home := d.datelineState()
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.Via != parley.ViaName || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		name := strings.TrimPrefix(strings.TrimPrefix(m.Text, "the "), "The ")
		body, ok := localNames[token.Fold(name)]
		department := !ok && d.departmentName(name) && !d.stateNamedBeside(a.Country, a.ID)
		if department {
			// "The Department of Agriculture … signed" in a story that
			// names the United States nowhere: the local department.
			body, ok = name, true
		}
		if !ok {
			continue
		}
		k := d.tokenIndex(m.Span.Start)
		si := d.sentenceOf[k]
		st := d.placeStateIn(si)
		if st == nil {
			// "Sheinbaum agreed to send 10,000 National Guard troops": the
			// body of the state acting.
			st, _ = d.openerState(si, k)
		}
		if st == nil && (main != nil || !d.stateNamedBeside(a.Country, a.ID)) {
			// (a story filed from Berlin that names the United States
			// and leads with neither: "the National Security Council"
			// stays the one the knowledge base knows)
			st = home
		}
		if st == nil {
			st = main
		}
		if st == nil && !department && d.partyEntity(a.ID) && !d.stateNamedBeside(a.Country, a.ID) {
			// "The main opposition Democratic Party said …" with no state
			// to go by, in a story that names the United States nowhere:
			// not the American party; whose is unclear. (Many states have
			// one; "the Foreign Office" is most often Britain's.)
			d.retarget(mi, d.addNew(parley.Organization, body, "", ""))
			continue
		}
		if department && (st == nil || d.joinedToBodyOf(mi, st.Country)) {
			// "The Department of Agriculture and Vietnam's Ministry of
			// Agriculture signed": not Vietnam's; whose is unclear.
			d.retarget(mi, d.addNew(parley.Organization, name, "", "government body"))
			continue
		}
		if st == nil || st.Country == a.Country {
			continue
		}
		d.retarget(mi, d.addBody(st, body))
	}
	// "Foreign Office spokesperson Mumtaz Zahra Baloch" in a report from
	// Islamabad: the spokesperson of the local body, not of the one the
	// knowledge base gives the name to.
	for ai := range d.actors {
		a := &d.actors[ai]
		if a.Known || a.Kind != parley.Person || a.Role == "" {
			continue
		}
		role := token.Fold(a.Role)
		for name := range localNames {
			if !strings.HasPrefix(role, name+" ") {
				continue
			}
			st := d.placeStateIn(d.firstSentenceOf(a.ID)) // "In Washington, National Security Council spokeswoman …"
			if st == nil {
				st = home
			}
			if st == nil {
				st = main
			}
			if st != nil {
				a.Country = st.Country
			}
		}
	}
}

// travelsTo reports whether the sentence that first names person id has
// them travel to a place of the state with code country: "travelled to
// Tehran", "arrived in Kabul", "visited Beijing".
func (d *doc) travelsTo(id, country string) bool {
	si := d.firstSentenceOf(id)
	for _, p := range d.places {
		i := d.tokenIndex(p.Span.Start)
		if p.Country != country || d.sentenceOf[i] != si {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-2 && d.sentenceOf[k] == si; k-- {
			if d.toks[k].Is("travelled", "traveled", "travels", "travelling", "traveling", "flew", "arrived", "visited", "visiting", "visits") {
				return true
			}
		}
	}
	return false
}

// facesState reports whether the sentence that first names person id
// names the state with code country after them as the other side, after
// a preposition: "Djoko Suyanto, the coordinating minister for security
// affairs, demanded a public explanation from Canberra" — the minister
// is not Australia's.
func (d *doc) facesState(id, country string) bool {
	si := d.firstSentenceOf(id)
	seen := false
	for _, m := range d.mentions {
		i := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[i] != si {
			continue
		}
		if slices.Contains(m.Actors, id) {
			seen = true
			continue
		}
		if !seen || m.Via == parley.ViaAdjective || len(m.Actors) != 1 || m.Actors[0] != "state:"+country || i == 0 {
			continue
		}
		if d.toks[i-1].Is("from", "with") { // (not "against Hungary", said of one's own state wronged)
			return true
		}
	}
	return false
}

// sentAwayBy reports whether the sentence that first names actor id has
// state cc's side summon or expel them: "India's Ministry of External
// Affairs summoned High Commissioner Ibrahim Shaheeb", "Joly declared the
// diplomat, Zhao Wei, persona non grata" — an envoy of another state.
func (d *doc) sentAwayBy(id, cc string) bool {
	at := d.firstMentionAt(id)
	if at < 0 {
		return false
	}
	si := d.sentenceOf[at]
	verb := -1
	for k := at - 1; k >= 0 && d.sentenceOf[k] == si; k-- {
		if d.toks[k].Is("summoned", "summons", "summon", "expelled", "expels", "expel", "declared", "declares", "declare") {
			verb = k
			break
		}
	}
	if verb < 0 || d.toks[verb].Is("declared", "declares", "declare") && !d.sentenceHas(si, "persona") {
		return false
	}
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= verb || d.sentenceOf[k] != si || len(m.Actors) != 1 {
			continue
		}
		if a := d.actors[d.index[m.Actors[0]]]; a.Country == cc && a.ID != id {
			return true
		}
	}
	return false
}

// sentenceHas reports whether sentence si holds the word w.
func (d *doc) sentenceHas(si int, w string) bool {
	for k := max(d.sentenceStart(si), 0); k < len(d.toks) && d.sentenceOf[k] == si; k++ {
		if d.toks[k].Is(w) {
			return true
		}
	}
	return false
}

// firstSentenceOf returns the sentence where actor id is first named.
func (d *doc) firstSentenceOf(id string) int {
	if i := d.firstMentionAt(id); i >= 0 {
		return d.sentenceOf[i]
	}
	return 0
}

// firstMentionAt returns the token where actor id is first named, or -1.
func (d *doc) firstMentionAt(id string) int {
	for _, m := range d.mentions {
		if slices.Contains(m.Actors, id) {
			return d.tokenIndex(m.Span.Start)
		}
	}
	return -1
}

// sentenceStart returns the token that opens sentence s, or -1 when no
// token is in it. (Tokens are in sentence order, so the search halves.)
func (d *doc) sentenceStart(s int) int {
	k := sort.SearchInts(d.sentenceOf, s)
	if s < 0 || k >= len(d.toks) || d.sentenceOf[k] != s {
		return -1
	}
	return k
}

// departmentName reports whether a body's name names a department or
// ministry by its field alone ("Department of Agriculture", "Justice
// Department"), as several states' bodies are called — not one only the
// United States has ("State Department", "Department of Homeland
// Security").
func (d *doc) departmentName(name string) bool {
	low := token.Fold(name)
	field, ok := strings.CutPrefix(low, "department of ")
	if !ok {
		field, ok = strings.CutSuffix(low, " department")
	}
	if !ok {
		return false
	}
	switch strings.TrimPrefix(field, "the ") {
	case "state", "homeland security", "veterans affairs", "housing and urban development", "government efficiency", "war", "defense",
		"treasury", "commerce": // ("the Treasury Department sanctioned …": the US's; others name a finance or trade ministry)
		return false
	}
	return true
}

// joinedToBodyOf reports whether mention mi is joined by "and" to a
// mention of a body of state cc right after it.
func (d *doc) joinedToBodyOf(mi int, cc string) bool {
	if mi+1 >= len(d.mentions) {
		return false
	}
	end, next := d.tokenIndex(d.mentions[mi].Span.End-1)+1, d.mentions[mi+1]
	if end+1 >= len(d.toks) || !d.toks[end].Is("and") || d.tokenIndex(next.Span.Start) != end+1 || len(next.Actors) != 1 {
		return false
	}
	return d.actors[d.index[next.Actors[0]]].Country == cc
}

// retarget gives mention mi the actor id instead of the one it had, and
// so the pronouns that stood for it until the old actor is named again:
// "The main opposition Democratic Party said it would …".
func (d *doc) retarget(mi int, id string) {
	old := d.mentions[mi].Actors[0]
	d.mentions[mi].Actors = []string{id}
	for k := mi + 1; k < len(d.mentions); k++ {
		m := &d.mentions[k]
		if len(m.Actors) != 1 || m.Actors[0] != old {
			continue
		}
		if m.Via != parley.ViaPronoun {
			break
		}
		m.Actors = []string{id}
	}
}

// partyEntity reports whether the knowledge base knows id as a party.
func (d *doc) partyEntity(id string) bool {
	e := d.r.kb.Get(id)
	return e != nil && e.OrgType == "party"
}

// stateNamedBeside reports whether the article names state cc other than
// by its body id: by name or adjective, or by any other actor of it.
func (d *doc) stateNamedBeside(cc, id string) bool {
	if d.countryInText(cc) {
		return true
	}
	for _, a := range d.actors {
		if a.Country == cc && a.ID != id {
			return true
		}
	}
	return false
}

// datelineState returns the state of the place a wire dateline names
// ("ISLAMABAD:", "SEOUL (Yonhap) -"), or nil.
func (d *doc) datelineState() *kb.Entity {
	st, _ := d.dateline()
	return st
}

// dateline returns the state of the place the story was filed from — a
// dateline opening the text, else the one extraction found — and whether
// that place is the state's capital.
func (d *doc) dateline() (*kb.Entity, bool) {
	for _, p := range d.places {
		if i := d.tokenIndex(p.Span.Start); p.Country != "" && d.datelinePlace(i) {
			return d.r.kb.State(p.Country), p.Capital
		}
	}
	st := d.r.placeState(d.filedFrom)
	return st, st != nil && st.Capital != "" && strings.EqualFold(st.Capital, d.filedFrom)
}

// homeWire returns the state whose capital a dateline names when the
// agency it credits is that state's own ("SEOUL (Yonhap)", "ABU DHABI
// (WAM)"): a home report, whose bare officials are its state's; else nil.
func (d *doc) homeWire() *kb.Entity {
	c := d.datelineCapital()
	if c == nil {
		return nil
	}
	for _, m := range d.mentions {
		if d.tokenIndex(m.Span.Start) > 15 {
			continue // (the agency stands in the dateline)
		}
		for _, id := range m.Actors {
			if a := d.actors[d.index[id]]; a.Kind == parley.Organization && a.Country == c.Country && strings.Contains(a.Role, "news") {
				return c
			}
		}
	}
	return nil
}

// summonsAt reports whether a summons verb follows at token k, after a
// day at most: "summoned", "on Friday summoned".
func (d *doc) summonsAt(k int) bool {
	for j := k; j < len(d.toks) && j-k <= 3; j++ {
		if d.toks[j].Is("summoned", "summons", "summon") {
			return true
		}
		if d.toks[j].Kind == token.Punct {
			return false
		}
	}
	return false
}

// governmentNamedAfter reports whether the sentence names the government
// of st after token from: "the Japanese government", "Japan's
// government".
func (d *doc) governmentNamedAfter(from int, st *kb.Entity) bool {
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k < from || d.sentenceOf[k] != d.sentenceOf[from-1] || len(m.Actors) != 1 || m.Actors[0] != st.ID {
			continue
		}
		if e := d.tokenIndex(m.Span.End - 1); d.toks[e].Is("government") || e+1 < len(d.toks) && d.toks[e+1].Is("government") {
			return true
		}
	}
	return false
}

// datelineCapital returns the state whose capital the story's dateline
// names ("MANILA --", "ABUJA —"), or nil: a dateline of another city
// (Geneva, New York) says nothing of whose ministry the story means.
func (d *doc) datelineCapital() *kb.Entity {
	if st, capital := d.dateline(); capital {
		return st
	}
	return nil
}

// personCountryBefore returns the state of the last person named before
// token i in its sentence, by name or pronoun, or nil.
func (d *doc) personCountryBefore(i int) *kb.Entity {
	si := d.sentenceOf[i]
	var found *kb.Entity
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || d.sentenceOf[k] != si || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind == parley.Person && a.Country != "" {
			found = d.r.kb.State(a.Country)
		}
	}
	return found
}

// oppositionFigureBefore returns the state of the person an "opposition"
// title names earlier in the sentence of token i ("Opposition leader
// Raila Odinga", "the opposition MP Jane Roe"), or nil.
func (d *doc) oppositionFigureBefore(i int) *kb.Entity {
	si := d.sentenceOf[i]
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || d.sentenceOf[k] != si || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind != parley.Person || a.Country == "" {
			continue
		}
		for j := max(k-3, 0); j <= d.tokenIndex(m.Span.End-1); j++ {
			if d.sentenceOf[j] == si && d.toks[j].Is("opposition") {
				return d.r.kb.State(a.Country) // (the title may be inside the mention)
			}
		}
	}
	return nil
}

// legislatureWords name a parliament, in its own name or a mention of it.
var legislatureWords = set("parliament", "assembly", "congress", "senate", "duma", "knesset", "diet", "bundestag",
	"sejm", "rada", "majlis", "legislature", "storting", "riksdag", "folketing", "cortes", "lok", "sabha")

// legislatureBefore returns the state of the parliament named last in the
// sentence of token i or the two before it, or nil.
func (d *doc) legislatureBefore(i int) *kb.Entity {
	si := d.sentenceOf[i]
	var found *kb.Entity
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || si-d.sentenceOf[k] > 2 || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind != parley.Organization || a.Country == "" {
			continue
		}
		for _, w := range strings.Fields(token.Fold(m.Text + " " + a.Name)) {
			if legislatureWords[w] {
				found = d.r.kb.State(a.Country)
				break
			}
		}
	}
	return found
}

// bodyCountryBefore returns the state of the organisations named earlier
// in the sentence before token i, when they are all of one state.
func (d *doc) bodyCountryBefore(i int) *kb.Entity {
	si := d.sentenceOf[i]
	country := ""
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || d.sentenceOf[k] != si {
			continue
		}
		for _, id := range m.Actors {
			a := d.actors[d.index[id]]
			if a.Kind == parley.State || a.Country == "" {
				continue
			}
			if a.Kind != parley.Organization || country != "" && a.Country != country {
				return nil
			}
			country = a.Country
		}
	}
	if country == "" {
		return nil
	}
	return d.r.kb.State(country)
}

// aboutProtest reports whether the article speaks of protest at all.
func (d *doc) aboutProtest() bool {
	low := strings.ToLower(d.text)
	return strings.Contains(low, "protest") || strings.Contains(low, "demonstrat")
}

// rulersNamedBefore returns the state whose rulers are named last before
// token i, in its sentence or the one before: by a junta's council
// ("Myanmar's junta") or by its government ("the Sudanese government",
// "the junta in Mali"); nil when none is.
func (d *doc) rulersNamedBefore(i int) *kb.Entity {
	var st *kb.Entity
	at := -1
	for _, m := range d.mentions {
		j := d.tokenIndex(m.Span.Start)
		if j >= i || j <= at || d.sentenceOf[i]-d.sentenceOf[j] > 1 || len(m.Actors) != 1 {
			continue // (the generic pass appends its mentions out of order)
		}
		if r := d.rulersOf(m); r != nil {
			st, at = r, j
		}
	}
	return st
}

// rulersOf returns the state whose rulers m names, or nil.
func (d *doc) rulersOf(m parley.Mention) *kb.Entity {
	e := d.r.kb.Get(m.Actors[0])
	switch {
	case e == nil:
		return nil
	case e.Kind == kb.KindOrganization && slices.Contains(d.r.councils[e.Country], e):
		if st := d.r.kb.State(e.Country); d.juntaOf(st) == e {
			return st
		}
	case e.Kind == kb.KindState && m.Via == parley.ViaCollective:
		for _, w := range strings.Fields(strings.ToLower(m.Text)) {
			if rulersWords[w] {
				return e
			}
		}
	}
	return nil
}

// rulersWords name those who rule a state: "the Sudanese government".
var rulersWords = set("government", "junta", "regime", "authorities", "rulers", "leadership")

// countrysBody resolves "the country's top court", "the nation's
// foreign ministry", "the regime's forces" at i to that body of the state
// named last before, in this sentence or the two before (for "the
// regime's", of the rulers named last), else of the main state; it returns the
// end and the body, or i when the words are no such phrase.
func (d *doc) countrysBody(i int, main *kb.Entity) (int, string) {
	if i+3 >= len(d.toks) || !d.toks[i].Is("the") || !d.toks[i+1].Is("country", "nation", "regime", "junta", "government") || !d.toks[i+2].Is("'s", "’s") {
		return i, ""
	}
	if d.toks[i+1].Is("country", "nation") && d.toks[i+3].Is("government", "leaders", "leadership", "authorities", "rulers") && !d.next(i+4, "of", "'s", "’s") {
		// "Vietnam said … The country's leaders accused China": the
		// state named last before, unless the sentence names it again
		// as the other side.
		if st := d.stateNamedBefore(i); st != nil && !d.namedAfter(i+4, st.Country) {
			return i + 4, d.addKnown(st)
		}
		return i, ""
	}
	for n := min(3, len(d.toks)-i-3); n >= 1; n-- {
		body, ok := stateBodies[d.phrase(i+3, i+3+n)]
		if !ok {
			continue
		}
		st := main
		if last := d.stateNamedBefore(i); last != nil && d.toks[i+1].Is("country", "nation") {
			st = last
		} else if r := d.rulersNamedBefore(i); r != nil {
			st = r // "Myanmar's junta … the regime's forces", "the country's military"
		}
		if st == nil {
			return i, ""
		}
		return i + 3 + n, d.addBody(st, body)
	}
	return i, ""
}

// stateNamedBefore returns the state named by name last before token i,
// in its sentence or the two before, or nil.
func (d *doc) stateNamedBefore(i int) *kb.Entity {
	var st *kb.Entity
	at := -1
	for _, m := range d.mentions {
		j := d.tokenIndex(m.Span.Start)
		if j >= i || j <= at || d.sentenceOf[i]-d.sentenceOf[j] > 2 || len(m.Actors) != 1 || m.Via != parley.ViaName {
			continue
		}
		if e := d.r.kb.Get(m.Actors[0]); e != nil && e.Kind == kb.KindState {
			st, at = e, j
		}
	}
	return st
}

// bareOfficials reports whether "officials" at [i, end) names the
// government with nothing before it to say whose: opening a sentence
// ("Federal officials have accused …"), and not followed by "from"
// ("officials from both sides"). "Western officials", "health officials",
// "the officials" and "told by officials" (whose?) are not.
func (d *doc) bareOfficials(i, end int) bool {
	if end < len(d.toks) && d.toks[end].Is("from", "with", "close", "familiar", "who") {
		return false
	}
	return d.opensSentence(i) || d.frontedSeat(i) != nil // ("In Beijing, officials said")
}

// occupations are the trades genericNouns hold that name a crowd of a
// state's people only when placed there at the opening of a sentence.
var occupations = set("students", "teachers", "doctors", "nurses", "workers", "farmers")

// placedTrade reports whether a trade at [i, end) opens its sentence and
// is placed in a state by "in": "Teachers in Kenya went on strike",
// "Students in Dhaka marched". Anywhere else ("aid workers said", "keep
// teachers in the classroom") it names no actor.
func (d *doc) placedTrade(i, end int) bool {
	if !d.opensSentence(i) && !d.countedCrowd(i) || end+1 >= len(d.toks) || !d.toks[end].Is("in") {
		return false
	}
	st, _ := d.stateAt(end + 1)
	return st != nil || d.countedCrowd(i) && d.placeStateAt(end+1) != nil // ("dozens of students in Yogyakarta": a city)
}

// placeStateAt returns the state of the place named from token i, or nil.
func (d *doc) placeStateAt(i int) *kb.Entity {
	for _, p := range d.places {
		if p.Country != "" && d.tokenIndex(p.Span.Start) == i {
			return d.r.kb.State(p.Country)
		}
	}
	return nil
}

// crowdWords name a crowd, which is of the state it gathers in wherever
// the phrase stands: "opened fire on crowds in Lebanon".
var crowdWords = []string{"crowds", "crowd", "protesters", "protestors", "demonstrators"}

// groupBeforeForces returns the armed group or party named right before
// a noun of fighters at i ("EPRDF soldiers", "M23 fighters"), or "".
func (d *doc) groupBeforeForces(i int) string {
	if i == 0 || !d.toks[i].Is("soldiers", "troops", "fighters", "forces", "militiamen", "gunmen", "guerrillas", "rebels") {
		return ""
	}
	for n := len(d.mentions) - 1; n >= 0; n-- {
		m := d.mentions[n]
		if m.Span.End != d.toks[i-1].End || len(m.Actors) != 1 || m.Via == parley.ViaAdjective {
			continue
		}
		if a := d.actors[d.index[m.Actors[0]]]; a.Kind == parley.Organization && (a.Role == "armed group" || a.Role == "political party") {
			return a.ID
		}
	}
	return ""
}

// opposition reports whether the group at [i, end) is a state's
// political opposition, not a crowd: it does not belong where its talks
// are held ("negotiations between the government and the opposition
// were due to resume in Geneva"), though its supporters in the street
// belong where they march.
func (d *doc) opposition(i, end int) bool {
	return d.toks[end-1].Is("opposition") || end-i >= 2 && d.toks[end-2].Is("opposition") && !d.toks[end-1].Is("supporters", "activists")
}

// crowdOfPeople reports whether the crowd at [i, end) is followed by "of"
// and the people it is made of, not a state: "crowds of would-be voters",
// "a crowd of residents" (not "the crowds of Iran").
func (d *doc) crowdOfPeople(i, end int) bool {
	return d.toks[end-1].Is("crowds", "crowd") && end+1 < len(d.toks) && !d.toks[end+1].Upper && d.toks[end+1].Kind == token.Word
}

// countedCrowd reports whether the people's word at i is counted as a
// crowd is: "dozens of students in Yogyakarta", "thousands of teachers in
// Kenya" are a crowd wherever the phrase stands.
func (d *doc) countedCrowd(i int) bool {
	return i >= 2 && d.toks[i-1].Is("of") && d.toks[i-2].Is("dozens", "hundreds", "thousands", "scores", "millions", "crowds")
}

// forumCities are where international bodies sit, whose officials there
// are mostly theirs: "In Brussels, officials said" is the EU's or NATO's.
var forumCities = set("brussels", "geneva", "new york", "the hague", "hague", "strasbourg")

// frontedSeat returns the state whose capital or name opens the sentence
// as "In Mogadishu," right before token i — "In Mogadishu, the federal
// government recalled its ambassador", "In Beijing, officials said" —
// or nil: the government the story turns to there.
func (d *doc) frontedSeat(i int) *kb.Entity {
	if i < 3 || !d.toks[i-1].Is(",") {
		return nil
	}
	for j := i - 2; j >= 1 && i-j <= 4; j-- {
		if !d.toks[j-1].Is("in") || d.sentenceOf[j-1] != d.sentenceOf[i] || j-1 > 0 && d.sentenceOf[j-2] == d.sentenceOf[j-1] {
			continue // (only at the sentence's start: not "a clash in Goma, the government said")
		}
		if st, end := d.stateAt(j); st != nil && end == i-1 && !forumCities[d.phrase(j, end)] {
			return st
		}
	}
	return nil
}

// unknownQualifier reports whether the word right before a generic noun
// at i is a capitalised adjective of a place that names no known actor
// ("Scottish", "Bavarian", "Texan"): the noun is that place's, not the
// main state's.
func (d *doc) unknownQualifier(i int, covered []bool) bool {
	if i == 0 || covered[i-1] || d.sentenceOf[i-1] != d.sentenceOf[i] || d.opensSentence(i-1) {
		return false
	}
	t := d.toks[i-1]
	if t.Kind != token.Word || !t.Upper || len(t.Norm) < 5 || t.Is("republican", "democratic", "islamic", "catholic", "arabic") {
		return false // (a party's or a faith's word: "Republican lawmakers" are the main state's)
	}
	for _, suf := range []string{"ish", "ian", "an", "ese", "ic", "i"} {
		if strings.HasSuffix(t.Norm, suf) {
			return true
		}
	}
	return false
}

// sendingVerbs put forces somewhere: "send 900 soldiers", "deployed
// troops".
var sendingVerbs = set("send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying",
	"dispatch", "dispatches", "dispatched", "dispatching", "contribute", "contributes", "contributed", "contributing")

// troopCounts may stand between a sending verb and its forces: "send
// about 900 more soldiers", "deployed some 1,500 additional troops".
var troopCounts = set("about", "some", "around", "nearly", "almost", "roughly", "up", "to", "more", "than", "an",
	"additional", "extra", "further", "another", "hundreds", "thousands", "of", "its", "their", "new", "own")

// senderState returns the state that sends the forces named at i, when a
// sending verb comes right before them and a state, its government or
// its leader is the subject just before that verb: "Kenya will send about
// 900 soldiers", "Rwanda has deployed troops". Nil otherwise.
func (d *doc) senderState(i int) *kb.Entity {
	v := i - 1
	for v >= 0 && v > i-6 && (d.toks[v].Kind == token.Number || troopCounts[d.toks[v].Norm]) {
		v--
	}
	if v <= 0 || !sendingVerbs[d.toks[v].Norm] || d.sentenceOf[v] != d.sentenceOf[i] {
		return nil
	}
	for j := v - 1; j >= 0 && j >= v-4; j-- {
		if !d.toks[j].Is("will", "would", "has", "have", "had", "is", "was", "are", "were", "to", "also", "already", "plans", "planned", "agreed", "promised", "pledged", "said", "it", "could", "may", "might", "later") {
			m := d.mentionEndingAt(j)
			if m == nil || len(m.Actors) != 1 {
				return nil
			}
			if a := d.actors[d.index[m.Actors[0]]]; a.Country != "" && (a.Kind == parley.State || a.Role == "head of state" || a.Role == "state" ||
				strings.HasPrefix(a.Name, "Government of")) {
				return d.r.kb.State(a.Country)
			}
			return nil
		}
	}
	return nil
}
