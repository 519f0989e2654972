package actor

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"parley"
	"parley/kb"
	"parley/nlp/token"
)

// restOfName returns where a person's name matched by an alias in
// tokens [i, end) really ends, when the text goes on with the rest of the
// canonical name: "Sheikh Tamim bin Hamad Al Thani" matched as "Sheikh
// Tamim" takes in "bin Hamad Al Thani", so that a list after it ("and
// Egyptian President …") is still read as one.
func (d *doc) restOfName(i, end int, en *entry) int {
	best := end
	for _, t := range en.targets {
		name := t.full // (nil for all but a person named in full or by an alias)
		for k := min(end-i, len(name)-1); k >= 1; k-- {
			same := true
			for j := 0; j < k; j++ {
				if d.toks[end-k+j].Norm != name[j] {
					same = false
					break
				}
			}
			if !same {
				continue
			}
			j, w := end, k
			for w < len(name) && j < len(d.toks) && d.toks[j].Norm == name[w] {
				j, w = j+1, w+1
			}
			if w == len(name) && j > best {
				best = j
			}
			break
		}
	}
	return best
}

// known handles a knowledge-base name at token i.
func (d *doc) known(i int) int {
	if id := d.royalGivenName(i); id != "" {
		d.mention(i, i+1, parley.ViaSurname, id)
		return i + 1
	}
	en := d.r.dict.match(d.toks, i)
	skip := 0 // tokens of a middle initial inside the name
	if full := d.withMiddleInitial(i); full != nil && (en == nil || len(full.toks) > len(en.toks)) {
		en, skip = full, 2 // "Ferdinand R. Marcos Jr.", "Joseph R. Biden"
	}
	if en == nil {
		return i
	}
	if id, ok := d.local[d.toks[i].Norm]; ok && len(en.toks) == 1 && (onlyPlaces(en) || placesOrStates(en) && d.actors[d.index[id]].Kind == parley.Person) {
		return i // "Henderson told reporters" after "Jane Henderson", "De Lima said" after "Leila de Lima": hers, not the city's
	}
	if d.particleSurname(i, en) {
		return i // "Leila de Lima" is a person, not Peru's capital
	}
	end := i + len(en.toks) + skip
	if d.toks[i].Is("the") && d.insideLongerOrg(i+1, end) {
		return i // "the Union Election Commission" is not "the Union" (the EU)
	}
	if d.toks[i].Is("the") && end == i+2 && d.commonNounAlias(i+1, en) {
		return i // "the commission" in a story about Myanmar's vote is not the EU's
	}
	end = d.restOfName(i, end, en)
	var person, surnamed, state, org, place []target
	for _, t := range en.targets {
		switch {
		case t.entity.Kind == kb.KindPerson && t.via == parley.ViaSurname:
			surnamed = append(surnamed, t)
		case t.entity.Kind == kb.KindPerson:
			person = append(person, t)
		case t.entity.Kind == kb.KindState:
			state = append(state, t)
		case t.entity.Kind == kb.KindOrganization:
			org = append(org, t)
		case t.entity.Kind == kb.KindPlace:
			place = append(place, t)
		}
	}
	if len(org) > 0 && len(person) == 0 && len(state) == 0 {
		if owner := d.possessorState(i); owner != nil {
			// "Chile's Congress" is not the US Congress the bare word names.
			org = slices.DeleteFunc(org, func(t target) bool { return t.entity.Country != "" && t.entity.Country != owner.Country })
			if len(org) == 0 {
				return i
			}
		}
	}
	state = slices.DeleteFunc(state, func(t target) bool { return d.pastState(t, i) })
	for n, t := range state {
		if t.via == parley.ViaMetonym {
			state[n].entity = d.inItsDay(t.entity) // "Moscow said" in 1985: the Soviet Union
		}
	}
	org = slices.DeleteFunc(org, func(t target) bool { return d.pastBody(t) })
	if len(place) > 0 && d.longerPlaceName(end) {
		place = nil // "San Antonio de los Baños" is not San Antonio
	}
	if len(state)+len(person)+len(surnamed)+len(org)+len(place) == 0 {
		return i
	}
	if len(state) > 0 && state[0].via == parley.ViaName && len(person)+len(surnamed)+len(org)+len(place) == 0 && d.cityQualifier(i, end, state[0].entity) {
		d.places[len(d.places)-1].Span.End = d.toks[end-1].End
		return end // "voted in San José, Costa Rica, on Tuesday": where the city is, no actor
	}
	d.stateNamedFirst(state)
	if len(place) > 0 {
		p := place[0].entity
		st := d.r.kb.State(p.Country)
		country := p.Country
		if st != nil {
			country = d.inItsDay(st).Country // "flew to Moscow" in 1977: a place in the Soviet Union
		}
		d.places = append(d.places, Place{Span: d.span(i, end), Name: p.Name, Country: country, Capital: st != nil && st.Capital == p.Name})
	}
	// "the Trump administration", "the Biden government", "Fumio
	// Kishida's government": the state the person leads, acting as a whole.
	if (len(person) > 0 || len(surnamed) > 0) && !(len(state) > 0 && state[0].via == parley.ViaName) {
		// (A state's own name wins: "Montenegro's government" is not
		// Luís Montenegro's.)
		gov := end
		if gov+1 < len(d.toks) && d.toks[gov].Is("'s", "’s") {
			gov++
		}
		if gov < len(d.toks) && d.toks[gov].Is("supporters", "loyalists", "followers") {
			// "Imran Khan's supporters", "Morales supporters": a crowd of
			// the person's side, in the person's state.
			pool := person
			if len(pool) == 0 {
				pool = surnamed
			}
			e := pool[0].entity
			id := d.addNew(parley.Organization, lastWord(e.Name)+" supporters", e.Country, "group")
			d.mention(i, gov+1, parley.ViaCollective, id)
			return gov + 1
		}
		if gov < len(d.toks) && d.toks[gov].Is("administration", "government", "cabinet", "presidency") {
			end = gov
			// The person as a name alone would resolve: "the Castro
			// government" in 2023 is Xiomara Castro's, not Cuba's.
			var who *kb.Entity
			if len(person) > 0 {
				who = d.pickPerson(person)
			} else {
				who = d.pickSurname(surnamed)
			}
			if who == nil || !everLed(who) {
				return i // (not "the Franco government" for an Italian finance minister)
			}
			if st := d.r.kb.State(who.Country); st != nil {
				d.mention(i, end+1, parley.ViaCollective, d.addKnown(st))
				return end + 1
			}
		}
	}
	if sup := d.supportersAfter(end); len(person) == 0 && len(org) > 0 && sup > end {
		// "Hezbollah supporters", "the PTI's supporters": a crowd of the
		// party's side, as "Khan's supporters" is of the person's.
		if e := d.pickOrg(org); supportedKinds[e.OrgType] && (len(state) == 0 || org[0].via == parley.ViaName) {
			d.mention(i, sup, parley.ViaCollective, d.orgSupporters(e))
			return sup
		}
	}
	switch {
	case len(person) > 0 && end == i+1 && d.partOfLongerName(i, end):
		return i // "Bushra Bibi" is not Netanyahu, whom "Bibi" alone names
	case len(person) > 0 && d.governmentOfBefore(i) >= 0 && everLed(d.pickPerson(person)) && d.r.kb.State(d.pickPerson(person).Country) != nil:
		// "protested against the government of President Sali Berisha":
		// the state the leader governs, acting as a whole, as "the
		// Berisha government" names it.
		d.mention(d.governmentOfBefore(i), end, parley.ViaCollective, d.addKnown(d.r.kb.State(d.pickPerson(person).Country)))
	case len(person) > 0:
		d.mention(i, end, parley.ViaName, d.addKnown(d.pickPerson(person)))
	case len(org) > 0 && (len(state) == 0 || org[0].via == parley.ViaName && state[0].via != parley.ViaName) && d.pickOrg(org).OrgType == "government_body" &&
		d.titleChainToName(end) && !d.toks[end].Is("spokesman", "spokeswoman", "spokesperson"):
		// "Treasury Secretary Steven Mnuchin": a department only describes
		// the person named next. (A spokesman speaks for it.)
		return end
	case len(org) > 0 && (len(state) == 0 || org[0].via == parley.ViaName && state[0].via != parley.ViaName):
		e := d.pickOrg(org)
		if c, stop := d.ofOtherState(e, end); c != "" {
			// "the State Council of the USSR": a body of that name in
			// another state, not the one the base knows by it.
			sp := d.span(i, stop)
			d.mention(i, stop, parley.ViaName, d.addNew(parley.Organization, d.text[sp.Start:sp.End], c, "government body"))
			return stop
		}
		if e.OrgType == "armed_group" && end < len(d.toks) && d.toks[end].Is("rebels", "fighters", "militants", "insurgents", "guerrillas", "militia", "militiamen") {
			end++ // "the M23 rebels": the group itself
		}
		if e.OrgType == "igo" && end < len(d.toks) && d.toks[end].Is("allies", "members", "leaders", "countries", "states", "governments", "partners") &&
			!(end+1 < len(d.toks) && d.toks[end+1].Is("of", "'s", "’s")) {
			end++ // "NATO allies pledged …": the alliance acting as one
		}
		if id, stop := d.bodyLeader(e, end); id != "" {
			d.mention(i, stop, parley.ViaRole, id)
			return stop
		}
		if start, stop := d.topCourtAround(e, i, end); stop > end {
			if c := d.r.kb.Get(topCourts[e.ID]); c != nil {
				d.mention(start, stop, parley.ViaRole, d.addKnown(c)) // "the EU's top court", "the top UN court"
				return stop
			}
		}
		if s := d.leaderTitleBefore(i, end); s >= 0 {
			if id := d.holder(e.ID, []string{kb.OrgLeader}); id != "" {
				d.mention(s, end, parley.ViaRole, id) // "the Secretary-General of the United Nations"
				return end
			}
		}
		if id, stop := d.bodySpokesperson(e, i, end); id != "" {
			d.mention(i, stop, parley.ViaRole, id)
			return stop
		}
		if c := d.namesakeGroupState(e, i, end); c != "" {
			// "a unit of the so-called National Liberation Army ambushed"
			// in a story of Macedonia: a group of that name there, not
			// Colombia's ELN, whose state the story never names.
			d.mention(i, end, parley.ViaName, d.addNew(parley.Organization, e.Name, c, "armed group"))
			return end
		}
		id := d.addKnown(e)
		d.mention(i, end, parley.ViaName, id)
		d.bracketedAcronym(end, id)
	case len(state) > 0:
		if id, stop := d.seatSpokesperson(state[0], i, end); id != "" {
			d.mention(i, stop, parley.ViaRole, id)
			return stop
		}
		if state[0].via == parley.ViaMetonym && d.placeUse(i, end) {
			if len(place) == 0 && state[0].entity.Capital != "" {
				// "met Modi at the White House": a seat of government
				// stands in its capital.
				d.places = append(d.places, Place{Span: d.span(i, end), Name: state[0].entity.Capital, Country: state[0].entity.Country, Capital: true})
			}
			return end // "talks in Beijing", "BEIJING, June 5 –": a place, not the government
		}
		if state[0].via == parley.ViaMetonym {
			// "Fico said Brussels was blackmailing his country": the city
			// stands for the union seated there, not for Belgium.
			if id, ok := capitalOfUnion[d.phrase(i, end)]; ok {
				if e := d.r.kb.Get(id); e != nil {
					d.mention(i, end, parley.ViaMetonym, d.addKnown(e))
					return end
				}
			}
		}
		if (state[0].via == parley.ViaName || state[0].via == parley.ViaMetonym) && end == i+1 && d.nameWord(end) &&
			(givenNames[d.toks[i].Norm] && d.r.dict.match(d.toks, end) == nil || accentedOtherwise(d.toks[i].Text, state[0].entity)) {
			return i // "Chad Ellison", "Victoria Rusu", "Jordán Rodas": a first name, not the state or its capital
		}
		if state[0].via == parley.ViaAdjective && i > 0 && regionWords[d.toks[i-1].Norm] && d.toks[i-1].Upper && !d.toks[i].NewlineBefore && d.sentenceOf[i-1] == d.sentenceOf[i] {
			return end // "Latin American", "Sub-Saharan African"
		}
		if state[0].via == parley.ViaName && i >= 2 && d.toks[i-1].Is("in") && d.toks[i-2].Is("junta", "government", "authorities", "regime", "rulers", "leadership") &&
			(len(d.mentions) == 0 || d.mentions[len(d.mentions)-1].Span.End <= d.toks[i-2].Start) {
			// "The junta in Niger ordered …": the state's rulers.
			start := i - 2
			if start > 0 && d.toks[start-1].Is("the") {
				start--
			}
			id := ""
			if d.toks[i-2].Is("junta", "rulers") {
				id = d.rulingJunta(state[0].entity)
			}
			if id == "" {
				id = d.addKnown(state[0].entity)
			}
			d.mention(start, end, parley.ViaCollective, id)
			return end
		}
		if state[0].via == parley.ViaName {
			if start, body := d.bodyBefore(i); body != "" {
				// "the Embassy of China", "the foreign ministry of Japan":
				// the body named before its state, as "the Chinese embassy"
				// names it after.
				d.mention(start, end, parley.ViaName, d.addBody(state[0].entity, body))
				if of := d.ofBefore(i); of > 0 && strings.HasSuffix(d.toks[of-1].Norm, "s") && end+1 < len(d.toks) && d.toks[end].Is("and") {
					if other, oend := d.stateAt(end + 1); other != nil {
						// "the navies of India and France": each state's own
						d.mention(end+1, oend, parley.ViaName, d.addBody(other, body))
						return oend
					}
				}
				return end
			}
		}
		return d.stateMention(i, end, state[0])
	case len(surnamed) > 0:
		// A title the known bearer holds or held, of a state the article
		// names, outweighs a namesake it introduced: "President Rajapaksa"
		// after "Basil Rajapaksa, then finance minister".
		titled := d.titledBearer(i, surnamed)
		if titled != nil && len(surnamed) > 1 && d.noPresident(i, titled) {
			titled = nil // "President Franco" is no Head of State of Spain, where others bear the name
		}
		byTitle := titled != nil && d.countryInText(titled.Country)
		if p := d.namedPaternal(i, surnamed); p != nil && end == i+1 && !byTitle {
			d.mention(i, end, parley.ViaSurname, d.addKnown(p)) // "Rodríguez" after "Eduardo Rodríguez Veltzé", not Jorge Rodríguez
			return end
		}
		if _, ok := d.local[d.toks[i].Norm]; ok && end == i+1 && !byTitle && !d.leaderNamed(surnamed) {
			return i // a person the article introduced, not the KB's namesake
		}
		if end == i+1 && !byTitle && d.namedInFullAfter(i) && !d.surnameConfirmed(i, surnamed) && !d.anyStateNamed(surnamed) {
			// "Chang finally on his way to New York" before "Manuel
			// Chang": the person the text names in full, not a Chinese
			// minister of a state it never names.
			return i
		}
		if d.partOfLongerName(i, end) || d.modelNumberAt(end) || d.commonWordSurname(i, end, surnamed) || !byTitle && d.namesakeNamedBefore(i, end, surnamed) {
			return i
		}
		if len(place) > 0 && end == i+1 && !d.surnameConfirmed(i, surnamed) {
			// "Trujillo", "Holguín": a city's name too (recorded above as
			// the place); the person only after a full mention or a title.
			return end
		}
		if g := d.honorificGender(i); g != "" {
			// "Ms Persson" is not Göran Persson.
			var same []target
			for _, t := range surnamed {
				if t.entity.Gender == "" || t.entity.Gender == g {
					same = append(same, t)
				}
			}
			if len(same) == 0 {
				return i
			}
			surnamed = same
		}
		e := titled
		if e != nil && !byTitle && !d.on.IsZero() && len(e.RoleOn(d.on)) == 0 && !d.formerTitle(i) {
			if n := d.namedSurname(surnamed); n != nil && n != e && len(n.RoleOn(d.on)) > 0 && !d.titleRefuses(i, n) {
				// "President Michel" after "Charles Michel, the President of
				// the European Council": the one the article named, not a
				// former president of a state it never names.
				e = n
			}
		}
		if e == nil && end == i+1 && givenNames[d.toks[i].Norm] && !d.anyStateNamed(surnamed) {
			e = d.givenNameHolder(i) // "Abdullah" in a story about Jordan is its king
		}
		if e == nil {
			if e = d.pickSurname(surnamed); e != nil && d.titleRefuses(i, e) {
				return i // "President Franco" in Paraguay is not Italy's finance minister
			}
		}
		if e != nil {
			d.mention(i, end, parley.ViaSurname, d.addKnown(e))
		}
	case len(place) > 0:
		// A place only: nothing more to record.
	default:
		return i
	}
	return end
}

// supportersAfter returns the end of "supporters" (or "'s supporters")
// at k, or k.
func (d *doc) supportersAfter(k int) int {
	j := k
	if j+1 < len(d.toks) && d.toks[j].Is("'s", "’s") {
		j++
	}
	if j < len(d.toks) && d.toks[j].Is("supporters", "loyalists", "followers") && !d.toks[j].Upper {
		return j + 1
	}
	return k
}

// bodyBefore returns where "the <body> of" starts before a state named at
// i ("the Embassy of", "the army of the"), and the body, or "" when no
// uncovered body noun stands there.
func (d *doc) bodyBefore(i int) (int, string) {
	of := i - 1
	if of >= 0 && d.toks[of].Is("the") {
		of--
	}
	if of < 1 || !d.toks[of].Is("of") || d.sentenceOf[of] != d.sentenceOf[i] {
		return i, ""
	}
	covered := 0
	if n := len(d.mentions); n > 0 {
		covered = d.mentions[n-1].Span.End
	}
	for n := min(3, of); n >= 1; n-- {
		s := of - n
		if !bodyFirst[d.toks[s].Norm] || d.toks[s].Start < covered {
			continue
		}
		if body, ok := stateBodies[string(d.phraseKey(s, of))]; ok {
			if s > 0 && d.toks[s-1].Is("the") && d.toks[s-1].Start >= covered {
				s--
			}
			return s, body
		}
	}
	return i, ""
}

// possessorState returns the state named with a possessive right before
// token i ("Chile's Congress"), or nil.
func (d *doc) possessorState(i int) *kb.Entity {
	if i < 2 || !d.toks[i-1].Is("'s", "’s") {
		return nil
	}
	for j := max(0, i-5); j < i-1; j++ {
		if st, e := d.stateAt(j); st != nil && e == i-1 {
			return st
		}
	}
	return nil
}

// stateMention records a state named at [i, end), or the body of that state
// the following words name ("the Chinese foreign ministry"), or nothing
// when the state only describes a person ("Chinese President Xi").
func (d *doc) stateMention(i, end int, t target) int {
	st := t.entity
	if t.via == parley.ViaMetonym && end < len(d.toks) && d.toks[end].Upper && d.toks[end].Is("palace") {
		end++ // "the Elysée Palace", spelt as the knowledge base does not
	}
	after := end
	if after < len(d.toks) && d.toks[after].Is("'s") {
		after++
	}
	// "Niger's junta", "Myanmar's military rulers": the council that
	// ruled then, if the state had one (a bare "Niger's military" is
	// still its armed forces).
	if n := juntaWordsAt(d.toks, after); n > 0 {
		id := d.rulingJunta(st)
		if id == "" && n == 2 && d.toks[after+1].Is("government", "regime") {
			id = d.addKnown(st) // "Mali's military government": its rulers, not its army
		}
		if id != "" {
			d.mention(i, after+n, parley.ViaCollective, id)
			return after + n
		}
	}
	// A body of the state: "Chinese foreign ministry", "Russia's defence ministry".
	if stop := d.stateBodyAt(i, after, st); stop > after {
		return stop
	}
	// … named through its government: "the Russian government's foreign ministry".
	if after+2 < len(d.toks) && governmentNouns[d.toks[after].Norm] && d.toks[after+1].Is("'s", "’s") {
		if stop := d.stateBodyAt(i, after+2, st); stop > after+2 {
			return stop
		}
	}
	// Coordinated country words before a body or group: "Russian and
	// Ukrainian delegations" are both states' delegations.
	if (t.via == parley.ViaAdjective || t.via == parley.ViaName && after == end && isAcronym(d.text[d.toks[i].Start:d.toks[end-1].End])) && after < len(d.toks)-2 && d.toks[after].Is("and", "&", ",") {
		// (or a short name used so: "the US and Philippine militaries")
		if other, oend := d.lastCoordinatedState(after); other != nil && oend < len(d.toks) {
			if governmentNouns[d.toks[oend].Norm] || d.fieldOfOfficials(oend) || collectiveNouns[d.toks[oend].Norm] || t.via == parley.ViaAdjective && d.weaponAfter(oend) > oend {
				d.mention(i, end, parley.ViaCollective, d.addKnown(st))
				return after // the second country word is handled next, with its noun
			}
			// "Thai and Cambodian troops": each state's own forces.
			for n := min(3, len(d.toks)-oend); n >= 1; n-- {
				if body, ok := stateBodies[string(d.phraseKey(oend, oend+n))]; ok {
					d.mention(i, end, parley.ViaName, d.addBody(st, body))
					return after
				}
			}
		}
	}
	if t.via == parley.ViaAdjective && after == end && after+2 < len(d.toks) && d.toks[after].Is("and") {
		// "Israeli and Hamas negotiators", "Colombian and ELN
		// delegations": the state's own, beside the group's.
		if en := d.r.dict.match(d.toks, after+1); en != nil && len(en.targets) == 1 && en.targets[0].entity.Kind == kb.KindOrganization {
			if e2 := after + 1 + len(en.toks); e2 < len(d.toks) && (governmentNouns[d.toks[e2].Norm] || d.toks[e2].Is("fighters", "forces", "troops", "representatives")) {
				d.mention(i, end, parley.ViaCollective, d.addKnown(st))
				return after
			}
		}
	}
	if n := d.peopleOfState(i, end, after, st); n > after {
		return n
	}
	// A group of the state's people: "Iranian protesters", "Hong Kong
	// students", "Bolivian security forces", "Thai nationalist
	// protesters" (a word of their cause between).
	qualified := after < len(d.toks) && crowdQualifiers[d.toks[after].Norm] && after+1 < len(d.toks) && crowdWordSet[d.toks[after+1].Norm]
	for n := min(2, len(d.toks)-after); n >= 1; n-- {
		if qualified && n == 2 || collectiveNouns[string(d.phraseKey(after, after+n))] {
			sp := d.span(i, after+n)
			name := d.text[sp.Start:sp.End]
			if after > i && d.toks[after-1].Is("'s", "’s") && len(st.Adjectives) > 0 {
				name = st.Adjectives[0] + " " + d.phrase(after, after+n) // "Kenya's opposition": the Kenyan opposition
			}
			id := d.addNew(parley.Organization, name, st.Country, "group")
			d.mention(i, after+n, parley.ViaCollective, id)
			return after + n
		}
	}
	gov := after
	if d.fieldOfOfficials(after) {
		gov = after + 1 // "Indian trade officials", "US defense officials": the state's still
	}
	if gov < len(d.toks) && governmentNouns[d.toks[gov].Norm] {
		id := d.addKnown(st)
		if eu := d.presidencyOfTheUnion(i, gov); eu != nil {
			// "the Danish presidency of the European Union backed Spain",
			// "the EU's Belgian presidency": the Union speaking through it
			d.mention(i, gov+1, parley.ViaCollective, d.addKnown(eu))
			return gov + 1
		}
		if m := d.rulingMovement(st); m != nil && !d.toks[gov].Is("state") {
			id = d.addKnown(m) // "the Afghan authorities" since 2021: the Taliban
		}
		d.mention(i, gov+1, parley.ViaCollective, id)
		return gov + 1
	}
	if t.via == parley.ViaAdjective && after == end && after < len(d.toks) {
		if w := d.weaponAfter(after); w > after {
			d.mention(i, w, parley.ViaCollective, d.addKnown(st))
			return w
		}
	}
	// "Ethiopia's federal government", "the Afghan interim government",
	// "Yemen's internationally recognised government".
	if q := d.governmentQualifier(after); q > 0 && after+q < len(d.toks) && governmentNouns[d.toks[after+q].Norm] {
		d.mention(i, after+q+1, parley.ViaCollective, d.addKnown(st))
		return after + q + 1
	}
	// A descriptor of the name that follows: "Chinese President Xi",
	// "United States (US) President Joe Biden", "Benin's Patrice Talon".
	if d.titleChainToName(end) || after > end && d.titleChainToName(after) {
		if o := i - 1; o >= 1 && d.toks[o].Is("of") && titleWords[d.toks[o-1].Norm] ||
			o >= 2 && d.toks[o].Is("the") && d.toks[o-1].Is("of") && titleWords[d.toks[o-2].Norm] {
			// "Prime Minister of Bangladesh Sheikh Hasina": the state is
			// the title's before it, a mention of its own, not the
			// name's descriptor.
			d.mention(i, end, t.via, d.addKnown(st))
		}
		return end
	}
	if after > end && d.followedByName(after) && (givenNames[d.toks[after].Norm] || d.r.dict.match(d.toks, after) != nil) && !d.ownPlaceAt(after, st.Country) {
		return end
	}
	if end+2 < len(d.toks) && d.toks[end].Text == "(" && d.toks[end+2].Text == ")" && d.titleChainToName(end+3) {
		return end + 3
	}
	// "The US envoy called on Eritrea …", "the Chinese ambassador urged
	// Japan …": a state's envoy the text does not name speaks for it.
	if after == end && after+1 < len(d.toks) && (envoyNouns[d.toks[after].Norm] || d.oneOfficial(i, after)) && !d.toks[after+1].Upper && d.opensSubject(i) &&
		!(d.toks[after+1].Is(",") && after+2 < len(d.toks) && d.toks[after+2].Upper) { // (not "the Colombian ambassador, Ricardo Lozano,": named)
		d.markEnvoy(i)
		d.mention(i, after+1, parley.ViaCollective, d.addKnown(st))
		return after + 1
	}
	// "The representative of the United States called on Eritrea …": the
	// same, named after the envoy.
	if o := i - 1; o >= 2 && d.toks[o].Is("the") && d.toks[o-1].Is("of") && envoyNouns[d.toks[o-2].Norm] && !d.toks[o-2].Upper ||
		o >= 1 && d.toks[o].Is("of") && envoyNouns[d.toks[o-1].Norm] && !d.toks[o-1].Upper {
		e := o - 1
		if d.toks[o].Is("the") {
			e = o - 2
		}
		if (e < 2 || !d.toks[e-2].Is(",")) && d.opensSubject(e) { // (not "Araya Desta, the representative of Eritrea,": the person, named)
			d.markEnvoy(e)
			d.mention(e, end, parley.ViaCollective, d.addKnown(st))
			return end
		}
	}
	if end+2 < len(d.toks) && d.toks[end].Is("'s", "’s") && envoyNouns[d.toks[end+1].Norm] && !d.toks[end+2].Upper &&
		!(d.toks[end+2].Is(",") && end+3 < len(d.toks) && d.toks[end+3].Upper) {
		d.markEnvoy(i) // "China's representative said …, and he called on Eritrea"
	}
	d.mention(i, end, t.via, d.addKnown(st))
	return end
}

// officialFields name the field or rank of a state's officials, between
// the country word and them: "Brazilian energy officials", "Chinese
// senior officials", "Kenyan health officials".
var officialFields = set("trade", "energy", "defence", "defense", "security", "health", "finance", "financial",
	"economic", "economy", "agriculture", "education", "border", "customs", "immigration", "election", "electoral",
	"justice", "judicial", "senior", "top", "high-level", "foreign", "consular",
	"environment", "environmental", "water", "fisheries", "maritime", "nuclear", "aviation", "transport", "transportation", "treasury",
	"commerce", "local", "provincial", "regional", "federal", "state", "embassy", "space", "oil")

// fieldOfOfficials reports whether the words at i are a field and the
// officials of it ("trade officials", "senior negotiators").
func (d *doc) fieldOfOfficials(i int) bool {
	return i+1 < len(d.toks) && officialFields[d.toks[i].Norm] && !d.toks[i].Upper &&
		d.toks[i+1].Is("officials", "negotiators", "diplomats", "delegation", "delegates", "representatives", "authorities")
}

// markEnvoy records that the mention opening at i is a state's unnamed
// envoy.
func (d *doc) markEnvoy(i int) {
	if d.envoys == nil {
		d.envoys = map[int]bool{}
	}
	d.envoys[i] = true
}

// opensSubject reports whether the noun phrase at token i, after its
// article, opens a sentence or a clause and so can be its subject: "The
// US envoy called on …", "…, and the Chinese ambassador urged …" (an
// envoy after a verb is its object, whom other rules read: "recalled the
// Colombian ambassador").
func (d *doc) opensSubject(i int) bool {
	if i > 0 && d.toks[i-1].Is("the", "a", "an") {
		i--
	}
	if i == 0 || d.sentenceOf[i-1] != d.sentenceOf[i] {
		return true
	}
	p := d.toks[i-1]
	return p.Is(",", "and", "but", ";", "while", "whereas", "\"", "“")
}

// peopleOfState records a group of a state's people named by their own
// people's word between ("Syrian Turkmen rebels", "Kosovo Serb
// protesters", "Iraqi Kurdish forces"): one group of the first state,
// named whole, not the second state's rebels. It returns after when the
// words there are no such group.
func (d *doc) peopleOfState(i, end, after int, st *kb.Entity) int {
	if after != end || after+1 >= len(d.toks) || !d.toks[after].Upper || d.toks[after].Kind != token.Word || notNames[d.toks[after].Norm] {
		return after
	}
	k := after + 1 // an unknown people's word: "Kurdish"
	if other, e := d.stateAt(after); other != nil {
		k = e // another state's word: "Turkmen", "Serb"
	} else if d.r.dict.match(d.toks, after) != nil {
		return after // a name the knowledge base knows: "Russian Wagner fighters"
	}
	for n := min(2, len(d.toks)-k); n >= 1; n-- {
		if p := string(d.phraseKey(k, k+n)); collectiveNouns[p] || armedBands[p] {
			sp := d.span(i, k+n)
			d.mention(i, k+n, parley.ViaCollective, d.addNew(parley.Organization, d.text[sp.Start:sp.End], st.Country, "group"))
			return k + n
		}
	}
	return after
}

// peopleBand records an armed band or a crowd named by its people's word
// alone, which no state's word gives ("Kurdish forces", "Baloch
// militants", "clashed with Druze fighters", "Kurdish demonstrators
// stormed Greek embassies"): a group of no known state, named whole.
// Opening a sentence, the word must look like a people's ("Kurdish
// forces attacked", not "Rival militias").
func (d *doc) peopleBand(i int) int {
	if i+1 >= len(d.toks) || !d.nameStart(i) || titleWords[d.toks[i].Norm] || d.toks[i+1].Upper || kindWords[d.toks[i].Norm] ||
		!(armedBands[d.toks[i+1].Norm] || d.toks[i+1].Is("fighters", "militants", "protesters", "protestors", "demonstrators", "activists")) || d.r.dict.match(d.toks, i) != nil {
		return i
	}
	if i > 0 && d.toks[i-1].Upper && d.sentenceOf[i-1] == d.sentenceOf[i] {
		return i // the end of a longer name
	}
	if (i == 0 || d.sentenceOf[i-1] != d.sentenceOf[i]) && !demonymShape(d.toks[i].Norm) {
		return i
	}
	sp := d.span(i, i+2)
	d.mention(i, i+2, parley.ViaCollective, d.addNew(parley.Organization, d.text[sp.Start:sp.End], "", "group"))
	return i + 2
}

// kindWords, capitalised, say what side or kind a band is, not whose
// people: "Western forces", "Coalition forces", "Government forces".
var kindWords = set("western", "eastern", "northern", "southern", "allied", "coalition", "government", "opposition",
	"rebel", "foreign", "local", "regional", "international", "islamist", "jihadist", "federal", "national", "special",
	"elite", "security", "militia", "tribal", "armed", "enemy", "friendly", "peacekeeping", "ground", "naval")

// demonymShape reports whether a word ends as peoples' words do:
// "Kurdish", "Houthi", "Tigrayan", "Congolese".
func demonymShape(w string) bool {
	for _, s := range []string{"ish", "i", "an", "ese"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// proxyGroup records a group named by who backs or leads it ("Iran-backed
// militias", "Russian-backed separatists", "Kurdish-led forces"): the
// group itself, named whole, not its backer (who is neither the one that
// acts nor the one acted on). A state that leads ("US-led forces") is
// stateCompound's.
func (d *doc) proxyGroup(i int) int {
	t := &d.toks[i]
	cut, suffix := compoundParts(t.Text)
	if t.Kind != token.Word || cut <= 0 || !proxySuffixes[suffix] || !unicode.IsUpper([]rune(t.Text)[0]) {
		return i
	}
	for n := min(2, len(d.toks)-i-1); n >= 1; n-- {
		if p := string(d.phraseKey(i+1, i+1+n)); collectiveNouns[p] || armedBands[p] {
			sp := d.span(i, i+1+n)
			d.mention(i, i+1+n, parley.ViaCollective, d.addNew(parley.Organization, d.text[sp.Start:sp.End], "", "group"))
			return i + 1 + n
		}
	}
	return i
}

// proxySuffixes end a compound naming a group by its backer or leader.
var proxySuffixes = set("backed", "allied", "aligned", "supported", "funded", "armed", "trained", "led", "affiliated")

// armedBands name armed groups after a people's word: "Iraqi Kurdish
// forces", "Libyan Tuareg militias".
var armedBands = set("forces", "militia", "militias", "militiamen", "gunmen", "tribesmen")

// courtIn records a court named by the place it sits in ("a court in
// Moscow", "a military tribunal in Dhaka", "the appeals court in
// Managua"): the judiciary of that place's state. Courts in the seats of
// international courts ("a tribunal in The Hague") are left alone.
func (d *doc) courtIn(i int) int {
	if !d.toks[i].Is("a", "an", "the") {
		return i
	}
	k := i + 1
	for k < len(d.toks) && k-i <= 3 && !d.toks[k].Upper && !d.toks[k].Is("court", "tribunal") && courtKinds[d.toks[k].Norm] {
		k++
	}
	if k+2 >= len(d.toks) || !d.toks[k].Is("court", "tribunal") || !d.toks[k+1].Is("in") || d.toks[k].Upper {
		return i
	}
	en := d.r.dict.match(d.toks, k+2)
	if en == nil || courtSeats[d.toks[k+len(en.toks)+1].Norm] {
		return i
	}
	for _, t := range en.targets {
		if (t.entity.Kind == kb.KindPlace || t.entity.Kind == kb.KindState) && t.entity.Country != "" {
			if st := d.r.kb.State(t.entity.Country); st != nil {
				d.mention(i, k+1, parley.ViaRole, d.addBody(st, "Judiciary"))
				return k + 1
			}
		}
	}
	return i
}

// courtKinds may stand before "court" in a court named by its seat.
var courtKinds = set("military", "district", "appeals", "appeal", "regional", "criminal", "local", "lower", "higher",
	"federal", "city", "provincial", "special", "revolutionary", "anti-terrorism", "counter-terrorism", "terrorism",
	"civil", "administrative", "magistrates'", "magistrate's", "magistrates", "juvenile", "top", "high", "supreme")

// courtSeats are the last words of places where international courts
// sit, whose courts are not the host state's.
var courtSeats = set("hague", "strasbourg", "luxembourg", "arusha")

// weaponAfter returns the end of the weapon named from w on, after a
// country adjective, or w when none is: "ballistic missiles", a model
// between ("F-16 fighters", "Su-24 bomber", "Shahed drones", "Kalibr
// cruise missiles") or the model alone in the plural ("Turkish F-16s").
func (d *doc) weaponAfter(w int) int {
	k := w
	model := false
	for n := 0; n < 2; n++ {
		end, plural := d.modelName(k)
		if end == k {
			break
		}
		if plural {
			return end // "two Russian MiG-29s"
		}
		k, model = end, true
	}
	if k+1 < len(d.toks) && weaponKinds[d.toks[k].Norm] {
		k++ // "Iranian ballistic missiles"
	}
	if k < len(d.toks) && (weaponNouns[d.toks[k].Norm] || model && d.toks[k].Is("fighters", "fighter")) {
		return k + 1 // "Turkish F-16 fighters"; without a model, "fighters" are people
	}
	return w
}

// modelName returns the end of a weapon's model name written as one piece
// at k ("F-16", "Su-24", "Shahed-136", "ATACMS", "Bayraktar"), and whether
// it ends in a plural ("F-16s"); k when none starts there. A word alone
// that the knowledge base knows is no model.
func (d *doc) modelName(k int) (int, bool) {
	if k >= len(d.toks) || !d.toks[k].Upper && d.toks[k].Kind != token.Number {
		return k, false
	}
	j, digit := k, false
	for j < len(d.toks) && (j == k || d.toks[j].Start == d.toks[j-1].End) && (d.toks[j].Kind != token.Punct || d.toks[j].Text == "-") {
		digit = digit || d.toks[j].Kind == token.Number
		j++
	}
	if d.toks[j-1].Kind == token.Punct {
		return k, false
	}
	last := d.toks[j-1].Text
	if digit {
		return j, d.toks[j-1].Kind == token.Number && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
	}
	// A word alone is a model only before a weapon: "Iranian Shahed drones"
	// (not "Chinese Foreign Ministry").
	if j == k+1 && j < len(d.toks) && (weaponNouns[d.toks[j].Norm] || weaponKinds[d.toks[j].Norm]) && d.r.dict.match(d.toks, k) == nil {
		return j, false
	}
	return k, false
}

// ownPlaceAt reports whether the single word at j names a place of the
// state country, a person's surname only besides: "Syria's Kobani" is the
// town, though "Mazloum Kobani" is a name.
func (d *doc) ownPlaceAt(j int, country string) bool {
	en := d.r.dict.match(d.toks, j)
	if en == nil || len(en.toks) != 1 || j+1 < len(d.toks) && d.toks[j+1].Upper {
		return false
	}
	for _, t := range en.targets {
		if t.entity.Kind == kb.KindPlace && t.entity.Country == country {
			return true
		}
	}
	return false
}

// titleChainToName reports whether tokens from j are title words leading
// to a capitalised name: "President Xi", "foreign ministry spokesperson Hua".
func (d *doc) titleChainToName(j int) bool {
	k := j
	for k < len(d.toks) && k-j < 7 && (titleWords[d.toks[k].Norm] || d.abbrevDot(k)) && !d.toks[k].Is("and", "the", "for", "a", "an") {
		if d.toks[k].Is("of") && !(k > j && k+1 < len(d.toks) && titleWords[d.toks[k+1].Norm]) {
			break
		}
		k++
	}
	return k > j && d.followedByName(k)
}

// titleAbbrevs are titles written short with a full stop, which the
// tokenizer keeps apart: "Dr.", "Gen.", "Sen.".
var titleAbbrevs = set("dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "cmdr", "adm",
	"brig", "sen", "rep", "gov")

// abbrevDot reports whether token k is the full stop of a title
// abbreviation ("Minister Dr. S. Jaishankar").
func (d *doc) abbrevDot(k int) bool {
	return k > 0 && k < len(d.toks) && d.toks[k].Text == "." && titleAbbrevs[d.toks[k-1].Norm] && d.toks[k-1].End == d.toks[k].Start
}

// addBody returns the actor for a body of a state's government, reusing a
// knowledge-base entry with the same canonical name when there is one.
func (d *doc) addBody(st *kb.Entity, body string) string {
	d.addKnown(st) // the state stands behind its body: "protested outside the French embassy" is against France
	if e := d.knownBody(st, body); e != nil {
		return d.addKnown(e)
	}
	name := body + " of " + st.Name
	id := "org:" + slug(st.Country) + "-" + slug(body)
	if _, ok := d.index[id]; !ok {
		role := "government body"
		if strings.HasSuffix(body, " Party") {
			role = "political party" // ("the Labour Party" of a state the knowledge base gives none)
		}
		d.index[id] = len(d.actors)
		d.actors = append(d.actors, parley.Actor{ID: id, Name: name, Kind: parley.Organization,
			Country: st.Country, Role: role, Known: true})
	}
	return id
}

// stateBodyAt records the body of state st that the words from token at
// name, in a mention from token i ("Russia's defence ministry"), and
// returns where the mention ends; it returns at when no body is named.
func (d *doc) stateBodyAt(i, at int, st *kb.Entity) int {
	for n := min(3, len(d.toks)-at); n >= 1 && bodyFirst[d.toks[at].Norm]; n-- {
		body, ok := stateBodies[string(d.phraseKey(at, at+n))]
		if !ok || (body == "Armed Forces" || body == "Air Force" || body == "Navy") && d.equipmentAt(at+n) {
			continue // ("sell Armenia air defence radars": the kit, not the force)
		}
		if d.titleChainToName(at + n) {
			return at + n // "Chinese foreign ministry spokesperson Hua Chunying"
		}
		if e := d.knownBody(st, body); e != nil {
			if id, stop := d.bodySpokesperson(e, i, at+n); id != "" {
				d.mention(i, stop, parley.ViaRole, id) // "Iran's foreign ministry spokesman said"
				return stop
			}
		}
		d.mention(i, at+n, parley.ViaName, d.addBody(st, body))
		return at + n
	}
	return at
}

// equipmentAt reports whether the word at i names equipment that the
// body phrase before it qualifies: "air defence radars", "air defense
// systems", and the zone it names ("Taiwan's air defence identification
// zone" is the island's airspace, not its forces).
func (d *doc) equipmentAt(i int) bool {
	return i < len(d.toks) && d.toks[i].Is("systems", "system", "radars", "radar", "batteries", "battery", "missiles", "missile",
		"equipment", "interceptors", "capabilities", "capability", "network", "networks", "zone", "zones", "identification",
		// what a state gives or does through its forces: "Germany's military
		// aid", "Beijing's military pressure"
		"aid", "assistance", "support", "spending", "budget", "build-up", "buildup", "cooperation", "ties", "pressure",
		"intimidation", "coercion", "package", "packages",
		// and what it does with them: "condemns Eritrea's military action
		// against Djibouti", "Russia's military operation", "China's
		// military exercises" are the state's
		"action", "actions", "operation", "operations", "intervention", "exercises", "exercise", "drills",
		"activity", "activities", "presence", "escalation", "incursion", "incursions", "aggression",
		// and where its forces are: "outside the French military base in Niamey"
		"base", "bases", "installation", "installations", "facility", "facilities", "camp", "camps")
}

// knownBody returns the knowledge base's entry for body of state st, or
// nil. The knowledge base may know the body by its own name, with the
// usual phrase as an alias: "China's military" is the People's Liberation
// Army, "Israel's army" the Israel Defense Forces.
func (d *doc) knownBody(st *kb.Entity, body string) *kb.Entity {
	if e, ok := d.r.byName[token.Fold(body+" of "+st.Name)]; ok {
		return e
	}
	for _, n := range bodyAliases(st, body) {
		if e, ok := d.r.byName[token.Fold(n)]; ok && e.Country == st.Country {
			return e
		}
	}
	return nil
}

// bodyAliases lists the phrases a state's body goes by in news: "Chinese
// military", "Israeli army", "Myanmar armed forces".
func bodyAliases(st *kb.Entity, body string) []string {
	var heads []string
	switch body {
	case "Armed Forces":
		heads = []string{"military", "armed forces", "army"}
	case "Police":
		heads = []string{"police", "police force"}
	case "Parliament":
		heads = []string{"parliament", "legislature", "congress"} // "Turkish parliament": the Grand National Assembly; "US Congress"
	case "Supreme Court":
		heads = []string{"supreme court"} // "Brazil's Supreme Court": the Supreme Federal Court
	case "Senate":
		heads = []string{"senate"} // "US Senate", "Australian Senate"
	case "Congress":
		heads = []string{"congress"} // a bare "Congress" in a story about Peru: "Peru's Congress", the base's own
	case "Coast Guard":
		heads = []string{"coast guard", "coastguard"} // "China's coast guard": the China Coast Guard
	case "Ministry of Defence":
		heads = []string{"defence ministry", "defense ministry"} // "Mexico's Defence Ministry": SEDENA, the Secretariat of National Defense
	case "Democratic Party", "Conservative Party", "Social Democratic Party", "Ministry of Foreign Affairs", "National Security Council":
		// the names localBodies gives: "South Korea's Democratic Party"
		heads = []string{body}
	case "Labour Party":
		heads = []string{body, "Labor Party"} // "Israeli Labor Party"
	default:
		return nil
	}
	var out []string
	for _, h := range heads {
		out = append(out, st.Name+"'s "+h)
	}
	for _, q := range append(append([]string(nil), st.Adjectives...), st.Name) {
		for _, h := range heads {
			out = append(out, q+" "+h)
		}
	}
	return out
}

// receivedIn reports whether "in" at k follows a verb of how news is
// taken ("read", "seen", "watched closely"), so the capital after it
// stands for those who take it.
func (d *doc) receivedIn(k int) bool {
	v := k - 1
	if v >= 0 && strings.HasSuffix(d.toks[v].Norm, "ly") && len(d.toks[v].Norm) > 4 {
		v-- // "watched closely in"
	}
	return v > 0 && d.toks[v].Is("read", "seen", "viewed", "watched", "interpreted", "perceived", "received", "welcomed") &&
		d.toks[v-1].Is("be", "been", "was", "were", "is", "are", "being")
}

// particleSurname reports whether the place or state name matched at i
// ends a person's name: after a given name and a particle, "Leila de
// Lima", "Ana da Costa Paris". (The knowledge base matches whole names
// that hold a particle, such as "Rio de Janeiro", before this is asked.)
func (d *doc) particleSurname(i int, en *entry) bool {
	if !d.tokIs(i-1, "de", "da", "do", "dos", "das", "del", "di", "du") || d.toks[i-1].Upper || !d.nameWord(i-2) || d.toks[i].NewlineBefore {
		return false
	}
	return placesOrStates(en)
}

// placesOrStates reports whether every target of en is a place or a state.
func placesOrStates(en *entry) bool {
	for _, t := range en.targets {
		if t.entity.Kind != kb.KindPlace && t.entity.Kind != kb.KindState {
			return false
		}
	}
	return true
}

// partOfLongerName reports whether a surname match at [i, end) sits inside
// a longer capitalised name the knowledge base does not know ("Wang
// Wenbin" is not Wang Yi).
func (d *doc) partOfLongerName(i, end int) bool {
	// (also after a lower-case particle: "the Observatorio Caribe de Paz")
	before := (d.nameWord(i-1) || d.tokIs(i-1, "de", "del", "da", "do", "dos", "di", "la", "van", "von") && d.nameWord(i-2)) && !d.toks[i].NewlineBefore
	after := (d.nameWord(end) || d.nameParticle(end)) && !d.toks[end].NewlineBefore
	return before || after
}

// commonNounAlias reports whether the word at k, after "the", is a body's
// name the knowledge base capitalises ("the Commission", "the Union") but
// the text writes as the common noun, with no body of the same family
// named before ("European Union" before "the commission"): any
// commission, not the known one.
func (d *doc) commonNounAlias(k int, en *entry) bool {
	if d.toks[k].Upper {
		return false
	}
	if _, ok := orgAnaphors[d.toks[k].Norm]; !ok {
		return false
	}
	for _, t := range en.targets {
		if t.entity.Kind != kb.KindOrganization {
			return false
		}
		family, _, _ := strings.Cut(t.entity.Name, " ")
		for _, m := range d.mentions {
			for _, id := range m.Actors {
				if a := d.actors[d.index[id]]; a.Kind == parley.Organization && strings.HasPrefix(a.Name, family+" ") || id == t.entity.ID || d.servesIn(id, t.entity.ID) {
					return false
				}
			}
		}
	}
	return true
}

// servesIn reports whether the known person id holds an office of the
// body org on the story's day ("von der Leyen … the commission").
func (d *doc) servesIn(id, org string) bool {
	e := d.r.kb.Get(id)
	if e == nil || e.Kind != kb.KindPerson || d.on.IsZero() {
		return false
	}
	for _, r := range e.RoleOn(d.on) {
		if r.Of == org {
			return true
		}
	}
	return false
}

// insideLongerOrg reports whether the name from i, ending at end, opens a
// longer organisation's name the knowledge base does not know: "the Union
// Election Commission", where "the Union" alone would name the EU.
func (d *doc) insideLongerOrg(i, end int) bool {
	if i >= end || !d.nameStart(i) {
		return false
	}
	j, ok := d.orgName(i)
	if !ok || j <= end {
		return false
	}
	en := d.r.dict.match(d.toks, i)
	return en == nil || i+len(en.toks) < j
}

// modelNumberAt reports whether a hyphen and a number follow the word
// ending at end with no space: "Su-24", "Li-2" name aircraft, not people.
func (d *doc) modelNumberAt(end int) bool {
	return end+1 < len(d.toks) && d.toks[end].Text == "-" && d.toks[end].Start == d.toks[end-1].End &&
		d.toks[end+1].Kind == token.Number && d.toks[end+1].Start == d.toks[end].End
}

// namesakeNamedBefore reports whether the text named someone else with
// the family name at [i, end) before it — a capitalised word that is not
// the known bearer's given name, right before the same family name
// ("talent manager Scooter Braun … Braun has worked with") — so the
// family name alone means that person, not a lesser-known office holder
// of the knowledge base. Heads of state and government keep their family
// name: "Hunter Biden" does not make a later "Biden" anyone but the
// president. A family-first name ("Meng Wanzhou") counts wherever the
// page gives it, since a headline often uses the family name first.
func (d *doc) namesakeNamedBefore(i, end int, surnamed []target) bool {
	for _, t := range surnamed {
		if roles := t.entity.RoleOn(d.on); len(roles) > 0 && (roles[0].Level == kb.HeadOfState || roles[0].Level == kb.HeadOfGovernment) {
			return false
		}
	}
	n := end - i
	for j := 1; j+n <= i; j++ {
		if d.toks[j].Norm != d.toks[i].Norm || d.phrase(j, j+n) != d.phrase(i, end) || !d.nameWord(j-1) || titleWords[d.toks[j-1].Norm] {
			continue
		}
		if !d.isGivenNameOf(d.toks[j-1].Text, surnamed, false) {
			return true
		}
	}
	// Names written family name first are often introduced after a
	// headline has used the family name alone: "… after Meng deal" then
	// "Huawei executive Meng Wanzhou" is no Meng Jianzhu.
	if !familyFirstAll(surnamed) {
		return false
	}
	for j := 0; j+n < len(d.toks); j++ {
		if j == i || d.toks[j].Norm != d.toks[i].Norm || d.phrase(j, j+n) != d.phrase(i, end) || !d.nameWord(j+n) || d.toks[j+n].NewlineBefore {
			continue
		}
		if !d.isGivenNameOf(d.toks[j+n].Text, surnamed, true) {
			return true
		}
	}
	return false
}

// isGivenNameOf reports whether word is the given name of one of the
// people ts, in any of their names: the first word, or, for names written
// family name first, the second.
func (d *doc) isGivenNameOf(word string, ts []target, familyNameFirst bool) bool {
	for _, t := range ts {
		for _, name := range append([]string{t.entity.Name}, t.entity.Aliases...) {
			f := strings.Fields(name)
			k := 0
			if familyNameFirst {
				k = 1
			}
			if k < len(f) && strings.EqualFold(f[k], word) {
				return true
			}
		}
	}
	return false
}

// familyFirstAll reports whether all the people ts are of states whose
// names are written family name first.
func familyFirstAll(ts []target) bool {
	for _, t := range ts {
		if !familyFirst[t.entity.Country] {
			return false
		}
	}
	return len(ts) > 0
}

// nameParticle reports whether token k continues a name in lower case:
// "al-Assiri", "el-Sisi", or "bin", "van", "de" before a capitalised word
// ("Ahmed bin Salman", "Ursula von der Leyen").
func (d *doc) nameParticle(k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].Kind != token.Word {
		return false
	}
	t := d.toks[k].Text
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-"} {
		if len(t) > len(p) && t[:len(p)] == p && t[len(p)] >= 'A' && t[len(p)] <= 'Z' {
			return true
		}
	}
	return d.toks[k].Is("bin", "ibn", "bint", "van", "von", "de", "da", "del", "der", "di", "dos", "du") && d.nameWord(k+1)
}

// placeUse reports whether a capital or seat of government at [i, end)
// stands for the place rather than the government: in a dateline
// ("NIAMEY, July 8 –"), after a preposition of place ("in Beijing", "at the
// Kremlin"), or before a noun it locates ("the Minsk agreements").
func (d *doc) placeUse(i, end int) bool {
	if i == 0 || d.toks[i].NewlineBefore {
		if end < len(d.toks) && (d.toks[end].Text == "," && !d.asideAfter(end) || d.toks[end].Text == "(" || d.toks[end].Text == "–" || d.toks[end].Text == "-" || d.toks[end].Text == ":") {
			return true // a dateline
		}
	}
	k := i - 1
	if k >= 0 && !d.toks[k].Upper && cityParts[d.toks[k].Norm] {
		k-- // "marched through central Helsinki": a part of the city is a place
	}
	if k >= 0 && d.toks[k].Is("the") {
		k--
	}
	if k >= 1 && d.toks[k].Is("of") && cityAreas[d.toks[k-1].Norm] {
		return true // "the streets of Ouagadougou", "the outskirts of Kyiv"
	}
	if k >= 0 && placePreps[d.toks[k].Norm] {
		// the word before the preposition, past a closing quotation mark:
		// "conveyed “grave concerns” to Beijing"
		before := k - 1
		if before > 0 && quoteMarks[d.toks[before].Text] {
			before--
		}
		switch {
		case d.toks[k].Is("from", "by") && k > 0 && fromGovernment[d.toks[k-1].Norm]:
			// "a proposal from Beijing", "pressure from Washington": what
			// comes from a capital there is its government's.
			return false
		case d.toks[k].Is("at") && k > 0 && d.toks[k-1].Is("out", "aim", "back", "swipe", "jab", "dig", "angry", "furious", "annoyed",
			"upset", "frustrated", "anger", "fury", "criticism", "pressure", "pointed", "directed", "aimed", "finger", "fingers",
			"jibe", "jibes", "potshot", "potshots", "broadside", "broadsides", "barbs", "swipes", "jabs"):
			return false // "hit out at Washington", "took aim at Beijing", "pointed the finger at Moscow": the government aimed at
		case d.toks[k].Is("to") && before >= 0 && d.toks[before].Is("message", "messages", "letter", "letters", "note", "rebuke", "protest", "warning",
			"appeal", "ultimatum", "demand", "demands", "plea", "request", "signal", "offer", "proposal", "invitation", "apology", "condolences",
			"congratulations", "response", "reply", "overture", "overtures", "threat", "threats", "concessions", "support", "aid",
			"apologized", "apologised", "apologizes", "apologises", "apologize", "apologise", "protested", "complained",
			"appealed", "responded", "replied", "wrote", "signalled", "signaled", "concern", "concerns", "complaint", "complaints",
			"objections", "displeasure", "dissatisfaction", "unease", "misgivings", "disappointment", "representations"):
			return false // "a sharp rebuke to Washington", "a letter to Beijing", "voiced concern to Tokyo": its government
		case d.toks[k].Is("at") && end+1 < len(d.toks) && d.toks[end].Is("'s", "’s") && d.toks[end+1].Is("request", "invitation", "behest", "urging", "initiative"):
			return false // "at Riyadh's request": its government asked
		case end+1 < len(d.toks) && d.toks[end].Is("'s", "’s") && governmentActs[d.toks[end+1].Norm]:
			return false // "an end to Washington's embargo", "the lifting of Moscow's sanctions": its government's measure (not "in Beijing's Tiananmen Square")
		case d.toks[k].Is("to") && d.knowledgePassedTo(k):
			return false // "passed information about the attackers to Islamabad": its government learns it
		case d.toks[k].Is("to") && k > 0 && towardGovernment[d.toks[k-1].Norm]:
			return false // "grateful to Berlin", "loyal to Moscow", "gratitude to Tokyo": an attitude toward its government
		case d.toks[k].Is("to") && k > 0 && d.toks[k-1].Is("according", "ambassador", "ambassadors", "envoy", "envoys", "mission"):
			return false // "according to the White House", "its ambassador to Moscow"
		case d.toks[k].Is("from") && k > 1 && d.toks[k-1].Is("ambassador", "ambassadors", "envoy", "envoys", "diplomats") && d.toks[k-2].Is("its", "their", "our"):
			return false // "recalled its ambassador from Algiers": from his post with that government (not "expelled the US ambassador from Caracas")
		case d.toks[k].Is("in") && d.receivedIn(k):
			// "will be read in Washington as approval", "was watched
			// closely in New Delhi": how the government there takes it.
			return false
		case d.toks[k].Is("between") && !(k > 0 && routeNouns[d.toks[k-1].Norm]):
			// "ties between Riyadh and Washington": the two governments,
			// unless flights or a border run between the places.
			return false
		}
		return true
	}
	if k >= 1 && k == i-1 && d.toks[k].Is("and", "or", ",") {
		// "will travel to Tokyo and Seoul": a name joined to a place is
		// one too.
		j := k - 1
		for j > 0 && k-j < 4 && d.toks[j].Upper && d.toks[j-1].Upper {
			j--
		}
		if en := d.r.dict.match(d.toks, j); en != nil && j+len(en.toks) == k {
			return d.placeUse(j, k)
		}
	}
	if end < len(d.toks) && placeModified[d.toks[end].Norm] {
		return true
	}
	// "the Brasília Presidential Act", "the Minsk II Protocol": the
	// capital opens the name of an accord or a meeting.
	for j := end; j < len(d.toks) && j < end+3 && d.toks[j].Upper; j++ {
		if j > end && (placeModified[d.toks[j].Norm] || d.toks[j].Text == "Act") {
			return true
		}
	}
	return false
}

// cityQualifier reports whether the state named at i..end follows a
// place of its own and a comma, as the state it lies in: "in San José,
// Costa Rica, on Tuesday" (not "in Kyiv, Ukraine's president said").
func (d *doc) cityQualifier(i, end int, st *kb.Entity) bool {
	if i < 2 || !d.toks[i-1].Is(",") || len(d.places) == 0 || end < len(d.toks) && d.toks[end].Is("'s", "’s") {
		return false
	}
	p := d.places[len(d.places)-1]
	return p.Span.End == d.toks[i-2].End && (p.Country == st.Country || p.Country == d.inItsDay(st).Country)
}

// quoteMarks open or close a quotation: one may stand between a noun and
// the preposition after it, or around a name written in lower case.
var quoteMarks = set("\"", "”", "“", "'", "’", "‘")

// cityParts name a part of a city before its name: "central Helsinki",
// "downtown Kyiv", "northern Beirut".
var cityParts = set("central", "downtown", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
	"suburban", "greater", "inner", "outer", "old")

// cityAreas name a place in a city, or a way from it, before "of" and
// its name: "the streets of Ouagadougou", "the centre of Minsk", "north of
// Stockholm".
var cityAreas = set("streets", "outskirts", "suburbs", "centre", "center", "heart", "districts", "neighbourhoods",
	"neighborhoods", "squares", "avenues", "boulevards", "downtown",
	"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest") // "Rimbo, north of Stockholm"

// asideAfter reports whether the comma at c after a capital opening a
// paragraph opens a lower-case aside before a verb, no dateline's date or
// country: "Moscow, for its part, accused …", "Tehran, in turn, …".
func (d *doc) asideAfter(c int) bool {
	if c+1 >= len(d.toks) || d.toks[c+1].Kind != token.Word || d.toks[c+1].Upper || monthWords[d.toks[c+1].Norm] || d.toks[c+1].NewlineBefore {
		return false
	}
	if d.toks[c+1].Is("which", "whose") {
		return true // "Beijing, which placed Mr. Chong under sanctions in March 2021 and …,": no dateline goes on so
	}
	for j := c + 2; j < len(d.toks) && j <= c+6; j++ {
		if d.toks[j].Is(",") {
			return true
		}
	}
	return false
}

// knowledgePassedTo reports whether the "to" at k ends "passed information
// (about …) to", "handed over evidence to", "provided intelligence to": a
// verb of giving with knowledge as its object, a few words back in the
// same clause. Knowledge goes to a government, not to a city.
func (d *doc) knowledgePassedTo(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := d.toks[j]
		if t.Kind == token.Punct && !t.Is("-") {
			return false
		}
		if !knowledgeNouns[t.Norm] {
			continue
		}
		for v := j - 1; v >= 0 && v >= j-5; v-- {
			if d.toks[v].Kind == token.Punct {
				return false
			}
			if knowledgeGiving[d.toks[v].Norm] {
				return true
			}
		}
		return false
	}
	return false
}

var knowledgeNouns = set("information", "intelligence", "evidence", "data", "details", "dossier", "findings")

var knowledgeGiving = set("pass", "passed", "passes", "passing", "hand", "handed", "hands", "handing", "provide", "provided",
	"provides", "providing", "give", "gave", "given", "gives", "giving", "forwarded", "forward", "forwards", "shared", "share", "shares", "sharing")

// governmentActs after a capital's possessive make the capital its
// government: measures and stands a government takes, not a city's
// sights ("Kyiv's Maidan square").
var governmentActs = set("embargo", "sanctions", "blockade", "siege", "tariffs", "ban", "restrictions", "measures", "policy",
	"policies", "decision", "occupation", "offensive", "strikes", "airstrikes", "invasion", "aggression")

// towardGovernment words before "to" and a capital make the capital its
// government: an attitude is held toward a government, not a city ("a
// village close to Kyiv" is a place, so "close" is not here).
var towardGovernment = set("grateful", "thankful", "indebted", "appreciative", "loyal", "faithful", "hostile", "friendly",
	"unfriendly", "beholden", "subservient", "answerable", "accountable", "sympathetic", "allied", "obedient", "gratitude",
	"thanks", "loyalty", "allegiance", "hostility", "tribute", "deference")

// commonWordSurname reports whether a family name at [i, end) is also a
// common word ("May", "Brown", "Rice") and nothing else marks it as the
// person: neither a title before it nor an earlier full mention.
func (d *doc) commonWordSurname(i, end int, ts []target) bool {
	if end-i != 1 || !(notNames[d.toks[i].Norm] || commonSurnames[d.toks[i].Norm] || d.r.confirmedOnly[d.toks[i].Norm]) {
		return false
	}
	if monthWords[d.toks[i].Norm] && d.monthUse(i) {
		return true // "in May", "May 19": the month, even after Theresa May
	}
	return !d.surnameConfirmed(i, ts)
}

// surnameConfirmed reports whether something marks the family name at i
// as one of the people ts: an earlier full mention, or a title before it.
func (d *doc) surnameConfirmed(i int, ts []target) bool {
	for _, t := range ts {
		if _, ok := d.index[t.entity.ID]; ok {
			return true
		}
	}
	return i > 0 && personTitles[d.toks[i-1].Norm]
}

// commonSurnames are family names that are also everyday English words.
var commonSurnames = set("son", "saw", "slot", "fall", "tax", "may", "brown", "young", "rice", "white", "green", "king", "long", "little", "page",
	"price", "rich", "mills", "wells", "hill", "bush", "rose", "hope", "major", "cross", "love", "gray", "grey",
	"black", "bell", "hunt", "moon", "park", "lee", "field", "ward", "marsh", "wood", "stone", "lord", "best",
	"sharp", "noble", "bass", "glass", "frank", "fox", "wolf", "lamb", "north", "west", "south", "east",
	"english", "french", "german", "welsh", "dutch", "spanish", "italian", "polish", "turkish", "irish",
	"scott", "ford", "lane", "rice", "law", "power", "chance", "hope", "case", "post", "mark", "will", "begin",
	"sheikh", "shaikh", "sheik") // (a title too: "the Sheikh" of Sheikh Mujibur Rahman is not Hussein al-Sheikh)

// monthUse reports whether a month name at i is used as a month.
func (d *doc) monthUse(i int) bool {
	if i > 0 && d.toks[i-1].Is("in", "on", "since", "last", "next", "early", "late", "mid", "mid-", "of", "until",
		"by", "from", "this", "through", "till", "between", "and", "or", "to", "during") {
		return true
	}
	return i+1 < len(d.toks) && (d.toks[i+1].Kind == token.Number || d.toks[i+1].Text == ",")
}

var monthWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december")

// nameWord reports whether token k can be part of a personal name.
func (d *doc) nameWord(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	if monthGivenNames[t.Norm] && t.Text != strings.ToUpper(t.Text) {
		// "Jan Kowal", not "Jan 5": a month's abbreviation is a given
		// name when a name follows it.
		return t.Upper && k+1 < len(d.toks) && d.toks[k+1].Kind == token.Word && d.toks[k+1].Upper && !notNames[d.toks[k+1].Norm]
	}
	return t.Kind == token.Word && t.Upper && !notNames[t.Norm] && !titleWords[t.Norm]
}

// monthGivenNames are months' abbreviations that are given names too.
var monthGivenNames = set("jan", "jun")

// pickPerson chooses among people sharing a full name: the one holding a
// role on the publication date, else the first.
func (d *doc) pickPerson(ts []target) *kb.Entity {
	if len(ts) > 1 && !d.on.IsZero() {
		// Of those in office on the day, one from a state the article
		// names: "Jordan's King Abdullah" in 2010, when Saudi Arabia
		// had a King Abdullah too.
		var first *kb.Entity
		for _, t := range ts {
			if len(t.entity.RoleOn(d.on)) == 0 {
				continue
			}
			if d.countryNamed(t.entity.Country) || d.countryInText(t.entity.Country) {
				return t.entity
			}
			if first == nil {
				first = t.entity
			}
		}
		if first != nil {
			return first
		}
		if e := nearestInOffice(ts, d.on); e != nil {
			return e
		}
	}
	return ts[0].entity
}

// nearestInOffice returns, of people sharing a name none of whom held a
// role on day on, the one whose term lies nearest to it: the day after
// Ferdinand Marcos fled Manila, "Ferdinand Marcos" is still he, not his
// son elected 36 years later. Nil when none held any role.
func nearestInOffice(ts []target, on time.Time) *kb.Entity {
	var best *kb.Entity
	var bestGap time.Duration
	for _, t := range ts {
		for _, r := range t.entity.Roles {
			from, to := r.Span()
			gap := from.Sub(on)
			if on.After(to) {
				gap = on.Sub(to)
			}
			if best == nil || gap < bestGap {
				best, bestGap = t.entity, gap
			}
		}
	}
	return best
}

// pickSurname resolves a family name on its own: to a person the article
// already mentioned, else to the one bearer in office on the publication
// date (the most senior when several are), else to the only bearer.
func (d *doc) pickSurname(ts []target) *kb.Entity {
	if e := d.namedSurname(ts); e != nil {
		return e
	}
	// A family name alone stands for a bearer from a state that world news
	// seldom names people of only when the article has named that state:
	// "Guterres" is the UN chief, not a former president of Timor-Leste;
	// "Harris" is not a prime minister of St Kitts and Nevis; "Vital aid"
	// is no Camille Vital.
	var known []target
	for _, t := range ts {
		if t.entity.Wikidata != "" || surnameStates[t.entity.Country] || d.countryNamed(t.entity.Country) || d.countryInText(t.entity.Country) {
			known = append(known, t)
		}
	}
	ts = d.ofStatesNamed(known)
	if !d.on.IsZero() {
		var best *kb.Entity
		bestRank, tie := len(levelRankOrder)+1, false
		for _, t := range ts {
			roles := t.entity.RoleOn(d.on)
			if len(roles) == 0 {
				continue
			}
			r := rankOf(roles[0].Level)
			switch {
			case r < bestRank:
				best, bestRank, tie = t.entity, r, false
			case r == bestRank:
				tie = true
			}
		}
		if best != nil && !tie {
			return best
		}
		if best != nil {
			return nil
		}
		if len(ts) > 1 {
			return nearestInOffice(ts, d.on) // "Marcos" the day after Marcos fled
		}
	}
	if len(ts) == 1 {
		return ts[0].entity
	}
	return nil
}

// royalGivenName returns the known person named before in full whose
// given name is the word at i after a royal title, as royals are called:
// "Prince Faisal" after "Prince Faisal bin Farhan Al Saud" is he, not the
// late Saud al-Faisal; "" when no one or several fit.
func (d *doc) royalGivenName(i int) string {
	if i == 0 || !royalTitles[d.toks[i-1].Norm] || !d.nameWord(i) || d.nameWord(i+1) || d.nameParticle(i+1) || d.tokIs(i+1, "bin", "ibn", "bint", "al") {
		return ""
	}
	found := ""
	for _, a := range d.actors {
		if a.Kind != parley.Person || !a.Known {
			continue
		}
		if first, _, ok := strings.Cut(a.Name, " "); !ok || !strings.EqualFold(first, d.toks[i].Text) {
			continue
		}
		if found != "" {
			return ""
		}
		found = a.ID
	}
	return found
}

// givenNameHolder returns the one person in office on the day, at a
// state the article names, whose given name is the word at i, as a bare
// given name in a story about that state means: "Abdullah" in a story
// about Jordan is King Abdullah II, not a Malaysian namesake whose family
// name it is. nil when none or several fit.
func (d *doc) givenNameHolder(i int) *kb.Entity {
	if d.on.IsZero() {
		return nil
	}
	var found *kb.Entity
	for _, a := range d.actors {
		if a.Kind != parley.State {
			continue
		}
		for _, h := range d.r.kb.Holders(a.ID, "", d.on) {
			if !givenNameOf(h, d.toks[i].Text) || h == found {
				continue
			}
			if found != nil {
				return nil
			}
			found = h
		}
	}
	return found
}

// givenNameOf reports whether a person's name, or an alias after a royal
// title ("King Abdullah"), opens with the given name w.
func givenNameOf(e *kb.Entity, w string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		f := strings.Fields(n)
		if len(f) >= 2 && royalTitles[strings.ToLower(f[0])] {
			f = f[1:]
		}
		if len(f) >= 2 && strings.EqualFold(f[0], w) {
			return true
		}
	}
	return false
}

var royalTitles = set("prince", "princess", "king", "queen", "sheikh", "sheikha", "emir", "sultan")

// stateNamedFirst moves to the front, of the states a shared word names
// ("Congolese": either Congo), the first the article has named by other
// means — its people, capital or bodies ("President Denis Sassou Nguesso
// spoke in Brazzaville. The Congolese government …").
func (d *doc) stateNamedFirst(ts []target) {
	for k := 1; k < len(ts); k++ {
		if !d.countryNamed(ts[0].entity.Country) && d.countryNamed(ts[k].entity.Country) {
			ts[0], ts[k] = ts[k], ts[0]
			return
		}
	}
}

// titledBearer returns the one bearer of the family name at i who holds,
// on the day, the office the title before it names — "Prime Minister
// Sharif" in 2024 is Shehbaz, even after a mention of Nawaz Sharif — or,
// after "former" or when none holds it now, the one who held it last
// ("In January, President Rajapaksa asked …" in September 2022).
func (d *doc) titledBearer(i int, ts []target) *kb.Entity {
	if d.on.IsZero() {
		return nil
	}
	if title := d.deputyTitleBefore(i); title != "" {
		// "Vice President Harris" holds the deputy's office, not the
		// president's: the bearer whose office on the day bears the title.
		e, _ := d.oneBearer(ts, func(e *kb.Entity) bool {
			for _, r := range e.RoleOn(d.on) {
				if strings.HasPrefix(strings.ToLower(r.Title), title) {
					return true
				}
			}
			return false
		})
		return e
	}
	for s := i - 1; s >= 0 && i-s <= maxRoleNounTokens; s-- {
		levels, end := d.roleNounAt(s)
		if end != i || len(levels) == 0 {
			continue
		}
		former := s > 0 && d.toks[s-1].Is("former", "ex")
		if !former {
			if e, n := d.oneBearer(ts, func(e *kb.Entity) bool { return d.holdsLevel(e.ID, levels, "") }); n > 0 {
				return e
			}
		}
		var last *kb.Entity
		var lastEnd time.Time
		for _, t := range ts {
			if to, ok := d.heldLevel(t.entity, levels); ok && !d.holdsLevel(t.entity.ID, levels, "") && (last == nil || to.After(lastEnd)) {
				last, lastEnd = t.entity, to
			}
		}
		return last
	}
	return nil
}

// deputyTitleBefore returns the deputy's title of title words that ends
// right before token i, in lower case with spaces for hyphens ("vice
// president" of "Vice-President Harris", "deputy prime minister"), or "".
func (d *doc) deputyTitleBefore(i int) string {
	for s := i - 1; s >= 0 && i-s <= maxRoleNounTokens+1; s-- {
		w := d.toks[s].Norm
		if w == "vice" || w == "deputy" || strings.HasPrefix(w, "vice-") {
			return strings.ReplaceAll(d.phrase(s, i), "-", " ")
		}
		if !titleWords[w] {
			return ""
		}
	}
	return ""
}

// oneBearer returns the one of ts that keep accepts (nil when several
// are), and how many it accepts.
func (d *doc) oneBearer(ts []target, keep func(*kb.Entity) bool) (*kb.Entity, int) {
	var found *kb.Entity
	n := 0
	for _, t := range ts {
		if keep(t.entity) {
			found, n = t.entity, n+1
		}
	}
	if n != 1 {
		return nil, n
	}
	return found, n
}

// titleRefuses reports whether the title of a head of state or government
// right before the family name at i is one the known bearer e never held,
// though the knowledge base lists offices of theirs: "President Franco"
// is not Daniele Franco, an Italian finance minister. (The two heads'
// titles count as one: Spain's prime minister is "President Sánchez" in
// its own press.) A bearer with no office listed may hold any.
func (d *doc) titleRefuses(i int, e *kb.Entity) bool {
	if len(e.Roles) == 0 {
		return false
	}
	for s := i - 1; s >= 0 && i-s <= maxRoleNounTokens; s-- {
		levels, end := d.roleNounAt(s)
		if end != i || len(levels) == 0 {
			continue
		}
		if !slices.Contains(levels, kb.HeadOfState) && !slices.Contains(levels, kb.HeadOfGovernment) {
			return false // (ranks and ministers' titles: "General Austin" may be a retired one)
		}
		return !everLed(e)
	}
	return false
}

// noPresident reports whether the name at i follows "President" alone
// while the head of state or government e held no office called so, nor a
// prime minister's, which some press calls a president: "President
// Franco" is not Francisco Franco, Spain's head of state. Callers ask it
// only of a family name others bear too: "President Brezhnev", as
// Western papers called the party's General Secretary, is still he.
func (d *doc) noPresident(i int, e *kb.Entity) bool {
	if i < 1 || !d.toks[i-1].Is("president") || i >= 2 && d.toks[i-2].Is("vice", "deputy", "former", "late", "ex") {
		return false
	}
	heads, named := false, false
	for _, r := range e.Roles {
		if r.Level == kb.HeadOfState || r.Level == kb.HeadOfGovernment {
			heads = true
			named = named || strings.Contains(r.Title, "President") || strings.Contains(r.Title, "Prime Minister")
		}
	}
	return heads && !named
}

// governmentOfBefore returns where "the government of", "the
// administration of" or "the regime of" starts before the name at i, past
// title words ("the government of President Sali Berisha"), or -1.
func (d *doc) governmentOfBefore(i int) int {
	j := i - 1
	for j >= 0 && i-j <= 4 && titleWords[d.toks[j].Norm] && !d.toks[j].Is("of", "government", "administration", "regime") {
		j--
	}
	if j < 1 || !d.toks[j].Is("of") || !d.toks[j-1].Is("government", "administration", "regime", "cabinet") {
		return -1
	}
	return j - 1
}

// namesakeGroupState returns the state of the story for a known armed
// group named in full at [i, end) whose own state the text has not named
// before, when the story has a leading state: a namesake there. "" keeps
// the known group. (An acronym is the group's own: "the ELN".)
func (d *doc) namesakeGroupState(e *kb.Entity, i, end int) string {
	if e.OrgType != "armed_group" || e.Country == "" || end-i < 2 {
		return ""
	}
	if _, named := d.index["state:"+e.Country]; named {
		return ""
	}
	st := d.leadingState(i)
	if st == "" || st == "state:"+e.Country {
		return ""
	}
	return strings.TrimPrefix(st, "state:")
}

// everLed reports whether e has headed a state or its government, or has
// no office listed at all: whose "administration" a text can name.
func everLed(e *kb.Entity) bool {
	return len(e.Roles) == 0 || slices.ContainsFunc(e.Roles, func(r kb.Role) bool {
		return r.Level == kb.HeadOfState || r.Level == kb.HeadOfGovernment
	})
}

// heldLevel returns when person e last left a role of one of levels
// before the day, and whether e held one.
func (d *doc) heldLevel(e *kb.Entity, levels []string) (time.Time, bool) {
	var last time.Time
	held := false
	for _, r := range e.Roles {
		if _, to := r.Span(); slices.Contains(levels, r.Level) && to.Before(d.on) && (!held || to.After(last)) {
			last, held = to, true
		}
	}
	return last, held
}

// namedPaternal returns the one person the article has named in full
// whose father's family name is the word at i, when none of the others
// who bear it as their family name is named: in a Bolivian story that
// names Eduardo Rodríguez Veltzé, "Rodríguez" is he, not Venezuela's
// Jorge Rodríguez. Else nil.
func (d *doc) namedPaternal(i int, surnamed []target) *kb.Entity {
	for _, t := range surnamed {
		if d.namedOtherThanBySurname(t.entity.ID) {
			return nil
		}
	}
	var found *kb.Entity
	for _, e := range d.r.paternal[token.Fold(d.toks[i].Text)] {
		if !d.namedOtherThanBySurname(e.ID) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// namedOtherThanBySurname reports whether the article has named the
// known person id by more than a family name: in full, by an alias, a
// title or a role (not by a pronoun, which may point ahead to the family
// name itself).
func (d *doc) namedOtherThanBySurname(id string) bool {
	for _, m := range d.mentions {
		if (m.Via == parley.ViaName || m.Via == parley.ViaTitle || m.Via == parley.ViaRole) && slices.Contains(m.Actors, id) {
			return true
		}
	}
	return false
}

// namedSurname returns the bearer of a family name the article has
// already named in full, or nil. When it named several, the one in office
// on the day is meant, else the one named first, the story's own: "Saad
// Hariri … his father, Rafik Hariri … Hariri met Macron" is Saad.
func (d *doc) namedSurname(ts []target) *kb.Entity {
	var first, serving *kb.Entity
	servingN := 0
	for _, t := range ts {
		k, ok := d.index[t.entity.ID]
		if !ok {
			continue
		}
		if first == nil || k < d.index[first.ID] {
			first = t.entity
		}
		if !d.on.IsZero() && len(t.entity.RoleOn(d.on)) > 0 {
			serving, servingN = t.entity, servingN+1
		}
	}
	if servingN == 1 {
		return serving
	}
	return first
}

// leaderNamed reports whether one of ts the article has named is a head
// of state or government on the day: the one a bare family name means
// over an official of that name the article introduced ("Kim" after Kim
// Jong Un and a vice foreign minister Kim Hong-kyun).
func (d *doc) leaderNamed(ts []target) bool {
	e := d.namedSurname(ts)
	if e == nil || d.on.IsZero() {
		return false
	}
	roles := e.RoleOn(d.on)
	return len(roles) > 0 && (roles[0].Level == kb.HeadOfState || roles[0].Level == kb.HeadOfGovernment)
}

// namedInFullAfter reports whether the text names, after token i, someone
// by a given name and the family name at i whom the knowledge base does
// not know by that full name ("Manuel Chang").
func (d *doc) namedInFullAfter(i int) bool {
	for k := i + 2; k < len(d.toks); k++ {
		if d.toks[k].Norm != d.toks[i].Norm || !d.toks[k-1].Upper || !givenName(d.toks[k-1].Norm) {
			continue
		}
		if en := d.r.dict.match(d.toks, k-1); en == nil || len(en.toks) < 2 {
			return true
		}
	}
	return false
}

// anyStateNamed reports whether the article names the state of any of ts.
func (d *doc) anyStateNamed(ts []target) bool {
	for _, t := range ts {
		if d.countryNamed(t.entity.Country) || d.countryInText(t.entity.Country) {
			return true
		}
	}
	return false
}

// ofStatesNamed keeps, of the bearers of a family name, those of a state
// the article names, when there are any: "Harris" in a story about the
// United States is its own Harris, not Ireland's head of government.
func (d *doc) ofStatesNamed(ts []target) []target {
	var named []target
	for _, t := range ts {
		if d.countryNamed(t.entity.Country) || d.countryInText(t.entity.Country) {
			named = append(named, t)
		}
	}
	if len(named) == 0 {
		return ts
	}
	return named
}

var levelRankOrder = []string{kb.HeadOfState, kb.HeadOfGovernment, kb.OrgLeader, kb.ForeignMinister,
	kb.DefenceMinister, kb.Minister, kb.Spokesperson, kb.Legislator, kb.Official}

func rankOf(level string) int {
	for i, l := range levelRankOrder {
		if l == level {
			return i
		}
	}
	return len(levelRankOrder)
}

// surnameStates are the states whose leaders and ministers international
// news calls by family name alone without naming the state: the G20 and
// the states most often in the news of war and diplomacy.
var surnameStates = map[string]bool{"USA": true, "CHN": true, "RUS": true, "GBR": true, "FRA": true, "DEU": true,
	"JPN": true, "IND": true, "BRA": true, "CAN": true, "AUS": true, "KOR": true, "ITA": true, "MEX": true,
	"IDN": true, "TUR": true, "SAU": true, "ARG": true, "ZAF": true, "UKR": true, "ISR": true, "IRN": true,
	"PRK": true, "PSE": true, "POL": true, "ESP": true, "NLD": true, "BEL": true, "PAK": true, "EGY": true,
	"QAT": true, "ARE": true, "VEN": true, "BLR": true, "HUN": true, "PRT": true, "TWN": true, "SYR": true,
	// states whose leaders world and regional news name by family name
	// alone ("Kagame", "Ruto", "Tinubu", "Petro", "Bukele", "Tokayev")
	"RWA": true, "COD": true, "KEN": true, "UGA": true, "NGA": true, "ETH": true, "SDN": true, "MLI": true,
	"BFA": true, "NER": true, "COL": true, "PHL": true, "SLV": true, "CHL": true, "ECU": true, "BOL": true,
	"ZWE": true, "AGO": true, "DZA": true, "TUN": true, "MDV": true, "KAZ": true, "BGD": true, "NPL": true,
	"AFG": true, "IRQ": true, "LBN": true, "JOR": true, "MAR": true, "SEN": true, "GHA": true, "TZA": true,
	"SOM": true, "LBY": true, "YEM": true, "MMR": true, "THA": true, "VNM": true, "MYS": true, "PER": true,
	"CUB": true, "NIC": true, "GEO": true, "ARM": true, "AZE": true, "SRB": true, "GRC": true, "SWE": true,
	"FIN": true, "NOR": true, "DNK": true, "AUT": true, "CZE": true, "ROU": true, "IRL": true, "NZL": true,
	"ZMB": true, "MOZ": true, "ERI": true, "SSD": true, "TCD": true, "CMR": true, "CIV": true, "GIN": true}

// countryNamed reports whether the article has so far named the state
// cc or one of its people or bodies.
func (d *doc) countryNamed(cc string) bool {
	if cc == "" {
		return false
	}
	for _, rf := range d.recent {
		if a := d.actors[d.index[rf.id]]; a.Country == cc {
			return true
		}
	}
	return false
}

// countryInText reports whether the article names state cc anywhere, by
// its name or adjective ("Colombia", "Colombian"), as whole words.
func (d *doc) countryInText(cc string) bool {
	st := d.r.kb.State(cc)
	if st == nil {
		return false
	}
	for _, n := range append([]string{st.Name}, st.Adjectives...) {
		for rest, at := d.text, 0; ; {
			i := strings.Index(rest, n)
			if i < 0 {
				break
			}
			at += i
			end := at + len(n)
			if (at == 0 || !isLetterByte(d.text[at-1])) && (end >= len(d.text) || !isLetterByte(d.text[end])) {
				return true
			}
			rest, at = d.text[end:], end
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// pickOrg chooses among organisations that share a name ("the Treasury"
// of the United States or of Britain): the one whose country the article
// has named most so far, else the first listed.
func (d *doc) pickOrg(orgs []target) *kb.Entity {
	best, bestN := orgs[0].entity, -1
	for _, t := range orgs {
		n := 0
		for _, rf := range d.recent {
			if a := d.actors[d.index[rf.id]]; a.Country != "" && a.Country == t.entity.Country {
				n++
			}
		}
		if n > bestN {
			best, bestN = t.entity, n
		}
	}
	return best
}

// honorificGender returns the gender an honorific right before token i
// gives ("Mr", "Ms.", "Mrs"), or "".
func (d *doc) honorificGender(i int) string {
	k := i - 1
	if k > 0 && d.toks[k].Text == "." {
		k--
	}
	if k < 0 {
		return ""
	}
	switch d.toks[k].Norm {
	case "mr", "mr.":
		return "m"
	case "ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame":
		return "f"
	}
	return ""
}

// lastWord returns the family name of a person's name, its last word:
// "Khan" in "Imran Khan".
func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

// longerPlaceName reports whether a place's name that ends at token end
// goes on in the manner of Spanish, Portuguese, Italian and French place
// names ("de los Baños", "do Sul", "di Cadore", "de la Sierra"): another
// place than the shorter one the base knows.
func (d *doc) longerPlaceName(end int) bool {
	j := end
	if j >= len(d.toks) || !d.toks[j].Is("de", "del", "da", "do", "dos", "das", "di", "du", "des") || d.toks[j].Upper {
		return false
	}
	j++
	if j < len(d.toks) && d.toks[j].Is("la", "las", "los", "le", "les") && !d.toks[j].Upper {
		j++
	}
	return j < len(d.toks) && d.toks[j].Upper && d.toks[j].Kind == token.Word && !d.toks[j].NewlineBefore
}

// withMiddleInitial matches a known person's name written with a middle
// initial the knowledge base leaves out: "Ferdinand R. Marcos Jr." is
// Ferdinand Marcos Jr. It returns nil when the name, without the initial,
// is no known person of two or more words.
func (d *doc) withMiddleInitial(i int) *entry {
	if i+3 >= len(d.toks) || !d.toks[i].Upper || d.toks[i].Kind != token.Word || !d.initialAt(i+1) {
		return nil
	}
	joined := make([]token.Token, 0, 1+d.r.dict.maxLen)
	joined = append(joined, d.toks[i])
	joined = append(joined, d.toks[i+3:min(len(d.toks), i+3+d.r.dict.maxLen)]...)
	en := d.r.dict.match(joined, 0)
	if en == nil || len(en.toks) < 2 {
		return nil
	}
	for _, t := range en.targets {
		if t.entity.Kind == kb.KindPerson && t.via != parley.ViaSurname {
			return en
		}
	}
	return nil
}

// juntaWordsAt returns the length of the words at j that call a state's
// rulers military — "junta", "military rulers", "military government",
// "ruling junta" — or 0.
func juntaWordsAt(toks []token.Token, j int) int {
	switch {
	case j < len(toks) && toks[j].Is("junta", "putschists"):
		return 1
	case j+1 < len(toks) && toks[j].Is("military", "ruling") && toks[j+1].Is("junta", "rulers", "government", "regime"):
		return 2
	}
	return 0
}

// bodyLeader resolves a body's name followed by a word for its head and
// no name ("the UN chief said", "NATO's secretary general told
// reporters") to whoever led the body on the story's day, and returns
// where the phrase ends; "" when the words go on to another role ("the
// WHO chief scientist") or the body had no known head then.
func (d *doc) bodyLeader(e *kb.Entity, end int) (string, int) {
	j := end
	if j < len(d.toks) && d.toks[j].Is("'s", "’s") {
		j++
	}
	n := 0
	switch {
	case j < len(d.toks) && d.toks[j].Is("chief", "head", "boss", "secretary-general", "director-general", "chairman", "chairwoman", "chairperson"):
		n = 1
	case j+1 < len(d.toks) && d.toks[j].Is("secretary", "director") && d.toks[j+1].Is("general", "-general"):
		n = 2
	}
	if n == 0 || d.followedByName(j+n) {
		return "", end
	}
	if d.roleGoesOn(j+n, j) {
		return "", end // "the WHO chief scientist", "the UN head of mission"
	}
	id := d.holder(e.ID, []string{kb.OrgLeader})
	return id, j + n
}

// roleGoesOn reports whether the word at k, after a head's title that
// began at j, goes on to another role or body ("the WHO chief scientist",
// "the head of the UN mission"), not to what the head did ("the UN
// secretary general condemned").
func (d *doc) roleGoesOn(k, j int) bool {
	return k < len(d.toks) && d.toks[k].Kind == token.Word && !d.toks[k].Upper && !d.toks[k].NewlineBefore && d.sentenceOf[k] == d.sentenceOf[j] &&
		!d.toks[k].Is("said", "says", "told", "warned", "added", "urged", "called", "met", "has", "had", "is", "was", "will", "would", "and", "on", "in", "at", "to", "who", "wrote", "stressed", "noted",
			"spoke", "made", "gave", "took", "sent", "held", "also", "later", "then", "himself", "herself", "could", "should", "may", "might", "can", "does", "did",
			// a statement's present tense: "The Secretary-General condemns …"
			"condemns", "welcomes", "urges", "calls", "notes", "expresses", "reiterates", "stresses", "says", "warns", "appeals", "deplores", "regrets", "remains") &&
		!(strings.HasSuffix(d.toks[k].Norm, "ed") && len(d.toks[k].Norm) > 4) &&
		!(strings.HasSuffix(d.toks[k].Norm, "ly") && len(d.toks[k].Norm) > 4) // "the UN secretary general strongly condemned"
}

// leaderTitleBefore returns where "the Secretary-General of (the)" or
// "the head of" starts before a body named at i, or -1: the body's head,
// not the body ("the head of the IAEA visited Tehran"). A deputy's or a
// former head's title is another person's.
func (d *doc) leaderTitleBefore(i, end int) int {
	k := i - 1
	if k >= 0 && d.toks[k].Is("the") {
		k--
	}
	if k < 1 || !d.toks[k].Is("of") || d.sentenceOf[k] != d.sentenceOf[i] || end < len(d.toks) && d.toks[end].Is("'s", "’s") || d.roleGoesOn(end, i) {
		return -1
	}
	s := -1
	switch k--; {
	case d.toks[k].Is("head", "chief", "chairman", "chairwoman", "chairperson", "secretary-general", "director-general"):
		s = k
	case k >= 1 && d.toks[k].Is("general", "-general") && d.toks[k-1].Is("secretary", "director"):
		s = k - 1
	}
	if s < 0 || s > 0 && d.toks[s-1].Is("deputy", "assistant", "former", "under", "vice", "ex", "acting") {
		return -1
	}
	if n := len(d.mentions); n > 0 && d.mentions[n-1].Span.End > d.toks[s].Start {
		return -1
	}
	if s > 0 && d.toks[s-1].Is("the") {
		s--
	}
	if s > 0 && d.toks[s-1].Text == "," {
		return -1 // "Yukiya Amano, director general of the IAEA": the head is named, the body is the body
	}
	return s
}

// seatSpokesperson resolves a seat of government before "spokesman" and no
// name ("the Kremlin spokesman said") to the one who spoke for the head of
// state on the story's day — when just one did, not a ministry's several
// (and not "a White House spokesperson", one of many).
func (d *doc) seatSpokesperson(t target, i, end int) (string, int) {
	if t.via != parley.ViaMetonym || !d.spokespersonAfter(i, end) {
		return "", end
	}
	one := d.soleSpokesperson(t.entity.ID, func(title string) bool {
		return !strings.Contains(title, "Ministry") && !strings.Contains(title, "Department")
	})
	if one == nil {
		return "", end
	}
	return d.addKnown(one), end + 1
}

// bodySpokesperson does the same for a government body named before
// "spokesman" ("Iran's foreign ministry spokesman said"): the one who
// alone held the post of the body's spokesperson on the story's day
// (not China's foreign ministry, which has several at once).
func (d *doc) bodySpokesperson(e *kb.Entity, i, end int) (string, int) {
	if e.OrgType != "government_body" || e.Country == "" || !d.spokespersonAfter(i, end) {
		return "", end
	}
	one := d.soleSpokesperson("state:"+e.Country, func(title string) bool { return strings.HasSuffix(title, " "+e.Name) })
	if one == nil {
		return "", end
	}
	return d.addKnown(one), end + 1
}

// spokespersonAfter reports whether the words at end are "spokesman" (or
// "spokeswoman", "spokesperson") with no name after it, on a dated story,
// and not one of several ("a White House spokesperson").
func (d *doc) spokespersonAfter(i, end int) bool {
	return end < len(d.toks) && !d.tokIs(i-1, "a", "an", "one", "another") && d.toks[end].Is("spokesman", "spokeswoman", "spokesperson") &&
		!d.followedByName(end+1) && !d.on.IsZero()
}

// soleSpokesperson returns the one person who held a spokesperson's office
// of ofID whose title keep accepts on the story's day, or nil when none or
// several did.
func (d *doc) soleSpokesperson(ofID string, keep func(title string) bool) *kb.Entity {
	var one *kb.Entity
	for _, h := range d.r.kb.Holders(ofID, kb.Spokesperson, d.on) {
		for _, r := range h.RoleOn(d.on) {
			if r.Level != kb.Spokesperson || !keep(r.Title) {
				continue
			}
			if one != nil && one.ID != h.ID {
				return nil
			}
			one = h
		}
	}
	return one
}

// topCourts are the courts news calls a union's "top court".
var topCourts = map[string]string{"org:eu": "org:cjeu", "org:un": "org:icj"}

// topCourtAround returns the span of "the EU's top court" or "the top UN
// court" around a body named at [i, end), or end when the words are no
// such phrase or the body has no court of its own.
func (d *doc) topCourtAround(e *kb.Entity, i, end int) (int, int) {
	if topCourts[e.ID] == "" {
		return i, end
	}
	j := end
	if j < len(d.toks) && d.toks[j].Is("'s", "’s") {
		j++
	}
	start := i
	if i > 0 && d.toks[i-1].Is("top", "highest") && j == end {
		start = i - 1 // "the top UN court"
	} else if j+1 < len(d.toks) && d.toks[j].Is("top", "highest") {
		j++ // "the EU's top court"
	} else {
		return i, end
	}
	if j >= len(d.toks) || !d.toks[j].Is("court") {
		return i, end
	}
	if start > 0 && d.toks[start-1].Is("the") {
		start--
	}
	return start, j + 1
}

// lastCoordinatedState returns the last of the country words coordinated
// from k on (", French and Japanese" in "Indian, French and Japanese
// navies") and where it ends, or nil when no such list of them follows.
func (d *doc) lastCoordinatedState(k int) (*kb.Entity, int) {
	var last *kb.Entity
	end := k
	for end+1 < len(d.toks) && d.toks[end].Is("and", "&", ",") {
		next := end + 1
		if d.toks[end].Text == "," && d.toks[next].Is("and") {
			next++ // the serial comma
		}
		st, e := d.stateAt(next)
		if st == nil || e == next {
			break
		}
		if d.toks[end].Text == "," && !(e < len(d.toks) && d.toks[e].Is("and", ",")) {
			break // "Indian, French navies" is no list
		}
		last, end = st, e
	}
	if last == nil || end < len(d.toks) && d.toks[end].Is("and", "&", ",") {
		return nil, end
	}
	return last, end
}

// ofBefore returns the index of the "of" before a state named at i ("the
// navies of India", "the army of the"), or -1.
func (d *doc) ofBefore(i int) int {
	of := i - 1
	if of >= 0 && d.toks[of].Is("the") {
		of--
	}
	if of < 1 || !d.toks[of].Is("of") {
		return -1
	}
	return of
}

// presidencyOfTheUnion returns the European Union when the state's
// "presidency" at token p is the Union's rotating one: "of the European
// Union" after it, or "the EU's" before the adjective at i.
func (d *doc) presidencyOfTheUnion(i, p int) *kb.Entity {
	if !d.toks[p].Is("presidency") {
		return nil
	}
	eu := d.r.kb.Get("org:eu")
	if eu == nil {
		return nil
	}
	for q := p + 2; p+1 < len(d.toks) && d.toks[p+1].Is("of") && q <= p+3; q++ { // "of the European Union", "of EU"
		if en := d.r.dict.match(d.toks, q); en != nil && slices.ContainsFunc(en.targets, func(t target) bool { return t.entity == eu }) {
			return eu
		}
		if q >= len(d.toks) || !d.toks[q].Is("the") {
			break
		}
	}
	if i >= 2 && d.toks[i-1].Is("'s", "’s") {
		if m := d.mentionEndingAt(i - 2); m != nil && slices.Contains(m.Actors, eu.ID) {
			return eu
		}
	}
	return nil
}

// formerTitle reports whether "former" or "ex-" stands among the few
// words of the title before the family name at i.
func (d *doc) formerTitle(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if d.toks[k].Is("former", "ex", "then") || strings.HasPrefix(d.toks[k].Norm, "ex-") {
			return true
		}
	}
	return false
}

// pastState reports whether a former state named at token i is only the
// past it stands for, not a side: "the former Soviet Union", "former
// Yugoslav republics", or its adjective in news from more than a year
// after it ended ("a Soviet-era base", "Soviet military aircraft" in a
// story of 2015).
func (d *doc) pastState(t target, i int) bool {
	if t.entity.Status != "historical" {
		return false
	}
	if i > 0 && d.toks[i-1].Is("former", "ex", "ex-") || i > 1 && d.toks[i-1].Is("-") && d.toks[i-2].Is("ex") {
		return true
	}
	return t.via == parley.ViaAdjective && d.longGone(t.entity)
}

// pastBody reports whether an organisation of a former state is named in
// news from more than a year after the state ended: "Soviet military
// aircraft", "the old CPSU" in a story of 2015 are history, not sides.
func (d *doc) pastBody(t target) bool {
	st := d.r.kb.State(t.entity.Country)
	return st != nil && st.Status == "historical" && d.longGone(st)
}

// longGone reports whether the article came out more than a year after
// the historical state st ended.
func (d *doc) longGone(st *kb.Entity) bool {
	end, ok := lastDay(st)
	return ok && !d.on.IsZero() && d.on.After(end.AddDate(1, 0, 0))
}

// lastDay returns the last day of a historical state, when it has one.
func lastDay(st *kb.Entity) (time.Time, bool) {
	if st.Ended == "" {
		return time.Time{}, false
	}
	ended, err := parley.ParseDate(st.Ended)
	return ended.Last(), err == nil
}

// oneOfficial reports whether the state adjective at i opens "an Eritrean
// official" or "a Chinese diplomat" with the noun at j: one unnamed
// servant of the state, who acts for it as its envoy does ("An Eritrean
// official visited Sana'a").
func (d *doc) oneOfficial(i, j int) bool {
	return i > 0 && d.toks[i-1].Is("a", "an") && d.toks[j].Is("official", "diplomat")
}

// inItsDay returns the historical state whose capital and seat st kept,
// when the article came out before that state ended; else st.
func (d *doc) inItsDay(st *kb.Entity) *kb.Entity {
	if d.on.IsZero() {
		return st
	}
	for _, h := range d.r.former[st.Country] {
		if end, ok := lastDay(h); ok && !d.on.After(end) {
			return h
		}
	}
	return st
}

// ofOtherState returns the state named by an "of" right after a body of
// government ending at end, and where that name ends, when it is a state
// other than the body's own: "the State Council of the USSR" is no body
// of China's.
func (d *doc) ofOtherState(e *kb.Entity, end int) (string, int) {
	if e.OrgType != "government_body" || e.Country == "" || end+1 >= len(d.toks) || !d.toks[end].Is("of") || d.sentenceOf[end] != d.sentenceOf[end-1] {
		return "", end
	}
	k := end + 1
	if d.toks[k].Is("the") && k+1 < len(d.toks) {
		k++
	}
	st, stop := d.stateAt(k)
	if st == nil || st.Country == "" || st.Country == e.Country {
		return "", end
	}
	return st.Country, stop
}

// accentedOtherwise reports whether word carries letters beyond ASCII
// that none of the entity's own names spells it with: before another
// name, "Jordán" is a given name, not Jordan.
func accentedOtherwise(word string, e *kb.Entity) bool {
	if !strings.ContainsFunc(word, func(r rune) bool { return r > unicode.MaxASCII }) {
		return false
	}
	for _, n := range append([]string{e.Name, e.Capital}, e.Aliases...) {
		if strings.Contains(n, word) {
			return false
		}
	}
	return true
}

// governmentQualifier returns how many words at i qualify a government
// noun after them: one of governmentQualifiers ("federal", "interim"), or
// an adverb and a participle ("internationally recognised",
// "democratically elected"); else 0.
func (d *doc) governmentQualifier(i int) int {
	if i >= len(d.toks) {
		return 0
	}
	if governmentQualifiers[d.toks[i].Norm] {
		return 1
	}
	if i+1 < len(d.toks) && !d.toks[i].Upper && len(d.toks[i].Norm) > 4 && strings.HasSuffix(d.toks[i].Norm, "ly") && !d.toks[i+1].Upper && strings.HasSuffix(d.toks[i+1].Norm, "ed") {
		return 2
	}
	return 0
}

// crowdQualifiers may stand between a state's word and its crowd: "Thai
// nationalist protesters", "Georgian pro-Western demonstrators".
var crowdQualifiers = set("nationalist", "pro-democracy", "anti-government", "pro-government", "pro-western",
	"pro-european", "pro-russian", "anti-war")

// crowdWordSet holds the nouns of a crowd that a qualifier may precede.
var crowdWordSet = set("protesters", "protestors", "demonstrators", "activists", "marchers")
