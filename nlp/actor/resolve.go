// Package actor finds the people, states and organisations an article
// mentions and resolves each mention to one actor, with the role the actor
// held on the article's publication date.
//
// Mentions come from four places: the knowledge base's names, aliases,
// adjectives and seats of government, matched longest first on token
// boundaries; names the knowledge base lacks, recognised from titles
// ("spokesperson Hua Chunying"), appositions ("Yang Jin, an expert with …")
// and speech verbs; role phrases resolved through the knowledge base on the
// publication date ("the Russian leader", "his Russian counterpart"); and
// references back to actors already mentioned (surnames, pronouns, "the two
// leaders").
package actor

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"parley"
	"parley/kb"
	"parley/nlp/token"
)

// Resolver finds and resolves actor mentions. Build it once with New; it is
// safe for concurrent use.
type Resolver struct {
	kb   *kb.KB
	dict *dictionary
	// surnames maps a normalised family name to the people who bear it.
	surnames map[string][]*kb.Entity
	// confirmedOnly holds family names taken from a short form of a name
	// ("Kiir" of "Salva Kiir"), which name their bearer alone only after
	// a full mention or a title, as everyday words do.
	confirmedOnly map[string]bool
	// paternal maps a father's family name that another's family name
	// already is ("Rodríguez" of Eduardo Rodríguez Veltzé, which is Jorge
	// Rodríguez's too) to the people it names once named in full.
	paternal map[string][]*kb.Entity
	// byName maps a normalised canonical name to its entity, so that a
	// body the text names by rule ("the Chinese foreign ministry") reuses
	// the knowledge base's entry when there is one.
	byName map[string]*kb.Entity
	// placeCountry maps the folded names of places, capitals and states to
	// their country, for "Seoul-based" and the like.
	placeCountry map[string]string
	// councils maps a state's code to its bodies the knowledge base gives
	// a leader, among them the councils juntas rule through (the CNSP).
	councils map[string][]*kb.Entity
	// former maps a state's code to the historical states whose capital
	// and seat of government it kept ("RUS" → the Soviet Union).
	former map[string][]*kb.Entity
}

// New builds a resolver over a knowledge base.
func New(k *kb.KB) *Resolver {
	r := &Resolver{kb: k, dict: newDictionary(), surnames: map[string][]*kb.Entity{}, byName: map[string]*kb.Entity{},
		placeCountry: map[string]string{}, councils: map[string][]*kb.Entity{}, confirmedOnly: map[string]bool{},
		paternal: map[string][]*kb.Entity{}}
	var shortForms []shortForm
	for _, e := range k.Entities() {
		r.byName[token.Fold(e.Name)] = e
		for _, role := range e.Roles {
			if body := k.Get(role.Of); role.Level == kb.OrgLeader && body != nil && body.OrgType == "government_body" && body.Country != "" &&
				!slices.Contains(r.councils[body.Country], body) {
				r.councils[body.Country] = append(r.councils[body.Country], body)
			}
		}
		if e.Kind == kb.KindOrganization {
			// "India's foreign ministry" is built as "Ministry of Foreign
			// Affairs of India", which the KB knows as an alias of the
			// Ministry of External Affairs.
			for _, a := range e.Aliases {
				if _, taken := r.byName[token.Fold(a)]; !taken {
					r.byName[token.Fold(a)] = e
				}
			}
		}
		if e.Kind == kb.KindPlace || e.Kind == kb.KindState {
			r.placeCountry[token.Fold(e.Name)] = e.Country
			if e.Capital != "" {
				r.placeCountry[token.Fold(e.Capital)] = e.Country
			}
		}
		r.dict.add(e.Name, e, parley.ViaName)
		for _, a := range e.Aliases {
			r.dict.add(a, e, parley.ViaName)
		}
		if e.Kind == kb.KindOrganization {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				for _, v := range spellings(n) {
					r.dict.add(v, e, parley.ViaName)
				}
			}
		}
		for _, a := range e.Acronyms {
			r.dict.add(a, e, parley.ViaName)
		}
		switch e.Kind {
		case kb.KindState:
			if e.Successor != "" {
				if r.former == nil {
					r.former = map[string][]*kb.Entity{}
				}
				r.former[e.Successor] = append(r.former[e.Successor], e)
			}
			for _, a := range e.Adjectives {
				r.dict.add(a, e, parley.ViaAdjective)
			}
			for _, a := range e.Demonyms {
				r.dict.add(a, e, parley.ViaAdjective)
			}
			if e.Capital != "" {
				r.dict.add(e.Capital, e, parley.ViaMetonym)
			}
			for _, s := range e.Seats {
				r.dict.add(s, e, parley.ViaMetonym)
				// Seats are written with and without the article.
				if rest, ok := strings.CutPrefix(s, "the "); ok {
					r.dict.add(rest, e, parley.ViaMetonym)
				}
			}
		case kb.KindPerson:
			// "V. P. Singh" is "V P Singh" in papers that drop the
			// initials' dots.
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if v := undottedInitials(n); v != n {
					r.dict.add(v, e, parley.ViaName)
				}
			}
			if e.Country == "JPN" {
				// Japan's government writes its own people family name
				// first, the family name in capitals: "KAMIKAWA Yoko".
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					if f := strings.Fields(n); len(f) == 2 {
						r.dict.add(f[1]+" "+f[0], e, parley.ViaName)
					}
				}
			}
			// A family name that is also a pronoun or a function word ("He
			// Lifeng", "You Si-kun") is matched only with the given name.
			// A month ("Theresa May") is matched only where no month can be
			// meant and a full mention came first (commonWordSurname).
			// "Julio César Turbay Ayala" is "Turbay Ayala" on second mention,
			// and "Turbay" once named in full: in a Spanish name of two family
			// names the father's comes first, and the mother's alone
			// ("Ayala", "García") names no one.
			// addOnce makes v another name that alone means e, unless it
			// already is.
			addOnce := func(v string) {
				k := token.Fold(v)
				if !slices.Contains(r.surnames[k], e) {
					r.surnames[k] = append(r.surnames[k], e)
					r.dict.add(v, e, parley.ViaSurname)
				}
			}
			s := surname(e)
			if v := doubleFamilyName(e); v != "" {
				paternal, _, _ := strings.Cut(v, " ")
				shortForms = append(shortForms, shortForm{paternal, e, true})
				addOnce(v)
				s = ""
			}
			if s != "" && (!notNames[token.Fold(s)] || monthWords[token.Fold(s)]) {
				key := token.Fold(s)
				r.surnames[key] = append(r.surnames[key], e)
				r.dict.add(s, e, parley.ViaSurname)
				// "Tamim bin Hamad Al Thani" is "Tamim" on second mention,
				// "Haitham bin Tariq" "Haitham": Gulf royals go by their
				// given name, unless it is one many of them share.
				if parts := strings.Fields(e.Name); len(parts) >= 3 && (parts[1] == "bin" || parts[1] == "ibn") && !sharedGivenNames[strings.ToLower(parts[0])] {
					k := token.Fold(parts[0])
					r.surnames[k] = append(r.surnames[k], e)
					r.dict.add(parts[0], e, parley.ViaSurname)
				}
				// "Volodymyr Zelenskiy" is "Zelenskiy" on second mention: a
				// spelling of the full name with the same given name gives
				// its own family name.
				for _, a := range e.Aliases {
					first, _, _ := strings.Cut(a, " ")
					nameFirst, _, _ := strings.Cut(e.Name, " ")
					if first != nameFirst || !latinScript(a) || len(strings.Fields(a)) != len(strings.Fields(e.Name)) {
						continue // ("Abiy Ahmed Ali" is a longer name, not a spelling: no "Ali")
					}
					if v := surname(&kb.Entity{Name: a, Country: e.Country}); v != "" && v != s && !notNames[token.Fold(v)] {
						addOnce(v)
					}
				}
				// "Salva Kiir Mayardit" is "Kiir" on second mention: a
				// shorter form of the name ("Salva Kiir") gives its own
				// family name, unless that is a given name too ("Abiy
				// Ahmed" of "Abiy Ahmed Ali" is no "Ahmed"); places and
				// titles are set aside once all places are known.
				for _, a := range e.Aliases {
					f := strings.Fields(a)
					if len(f) < 2 || !latinScript(a) || !strings.HasPrefix(e.Name, a+" ") {
						continue
					}
					if v := f[len(f)-1]; v != s && !notNames[token.Fold(v)] && !givenNames[strings.ToLower(v)] && !particles[strings.ToLower(f[len(f)-2])] {
						shortForms = append(shortForms, shortForm{v, e, false})
					}
				}
				// Malaysian and Indonesian news names people by the first of
				// their names: "Anwar" for Anwar Ibrahim, "Prabowo" for
				// Prabowo Subianto.
				if parts := strings.Fields(e.Name); len(parts) >= 2 && givenNameFirst[e.Country] && !notNames[token.Fold(parts[0])] && !givenNames[strings.ToLower(parts[0])] {
					addOnce(parts[0])
				}
				// "al-Burhan" is "Burhan" on second mention, "el-Sisi" "Sisi".
				for _, art := range []string{"al-", "Al-", "el-", "El-"} {
					if rest, ok := strings.CutPrefix(s, art); ok && len(rest) > 2 && !notNames[token.Fold(rest)] {
						k := token.Fold(rest)
						r.surnames[k] = append(r.surnames[k], e)
						r.dict.add(rest, e, parley.ViaSurname)
					}
				}
			}
		}
	}
	// Other spellings of a capital stand for its state as the capital
	// does: "Prishtina urged …", "Kyiv" and "Kiev".
	for _, e := range k.Entities() {
		if e.Kind != kb.KindPlace || e.Country == "" {
			continue
		}
		if st := k.State(e.Country); st != nil && st.Capital == e.Name {
			for _, a := range e.Aliases {
				if strings.Contains(token.Fold(st.Capital), token.Fold(a)) {
					continue // ("Delhi" of New Delhi names a territory of its own)
				}
				r.dict.add(a, st, parley.ViaMetonym)
				r.placeCountry[token.Fold(a)] = e.Country
			}
		}
	}
	for _, sf := range shortForms {
		k := token.Fold(sf.name)
		if r.placeCountry[k] != "" || titleWords[k] || slices.Contains(r.surnames[k], sf.e) {
			continue // "Valencia" of "José Valencia Amores", "Sheikh" of "Hassan Sheikh Mohamud"
		}
		if sf.yields && len(r.surnames[k]) > 0 {
			r.paternal[k] = append(r.paternal[k], sf.e)
			continue
		}
		r.surnames[k] = append(r.surnames[k], sf.e)
		r.dict.add(sf.name, sf.e, parley.ViaSurname)
		r.confirmedOnly[k] = true
	}
	r.dict.finish()
	return r
}

// shortForm is a family name a shorter form of a person's name gives.
type shortForm struct {
	name string
	e    *kb.Entity
	// yields: the form names e only when it names no one else ("Obama" of
	// "Ricardo Mangue Obama Nfubea" is Barack Obama's)
	yields bool
}

// doubleFamilyName returns the last two words of the name of a person of
// a Spanish-speaking state named in three or more words, both
// capitalised and neither a particle ("Sánchez Cerén" for Salvador
// Sánchez Cerén), or "". A name whose second-last word is a common given
// name is two given names and one family name ("Juan Orlando Hernández").
func doubleFamilyName(e *kb.Entity) string {
	if !spanishNames[e.Country] {
		return ""
	}
	parts := strings.Fields(e.Name)
	if len(parts) < 3 || regnalNumber(parts[len(parts)-1]) {
		return ""
	}
	a, b := parts[len(parts)-2], parts[len(parts)-1]
	if givenNames[token.Fold(a)] && len(parts) < 4 {
		return "" // "Juan Manuel Santos": Manuel is his second given name (but "Fernando Romeo Lucas García" is Lucas García)
	}
	for _, w := range []string{a, b} {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || particles[strings.ToLower(w)] || nameSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return ""
		}
	}
	if particles[strings.ToLower(parts[len(parts)-3])] {
		return "" // "Cristina Fernández de Kirchner": "de Kirchner" is one name
	}
	return a + " " + b
}

// spanishNames lists the states whose people carry two family names.
var spanishNames = set("ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "PRI", "COL",
	"VEN", "ECU", "PER", "BOL", "CHL", "ARG", "URY", "PRY", "GNQ")

// givenNameFirst lists states whose people news calls by their first
// name on second mention. (Ethiopian and Eritrean names are a given name
// and the father's: "Debretsion" for Debretsion Gebremichael.)
var givenNameFirst = map[string]bool{"MYS": true, "IDN": true, "BRN": true, "ETH": true, "ERI": true}

// latinScript reports whether a name is written in Latin letters only.
func latinScript(name string) bool {
	for _, r := range name {
		if r > 0x024F && r != '’' {
			return false
		}
	}
	return true
}

// Known returns the knowledge-base actor with the given ID as it stood on
// day on, for stages that name an actor the text did not mention by name
// (the state a visit went to, named only by its capital).
func (r *Resolver) Known(id string, on time.Time) (parley.Actor, bool) {
	e := r.kb.Get(id)
	if e == nil {
		return parley.Actor{}, false
	}
	d := &doc{r: r, on: on, index: map[string]int{}}
	d.addKnown(e)
	return d.actors[0], true
}

// Place is a mention of a place the knowledge base knows, for the event
// stage to read locations from.
type Place struct {
	Span    parley.Span
	Name    string
	Country string
	// Capital marks the seat of the state's government, which no story
	// names by a namesake town.
	Capital bool
}

// Result is what Resolve finds in one article.
type Result struct {
	Actors   []parley.Actor // in order of first mention
	Mentions []parley.Mention
	Places   []Place
}

// Resolve finds the actor mentions of text, whose tokens and sentence
// spans the caller has already computed, and resolves them on day on (the
// publication date; the zero time means "today" is unknown and roles are
// left empty).
func (r *Resolver) Resolve(text string, toks []token.Token, sentences []parley.Span, on time.Time) *Result {
	return r.ResolveIssued(text, toks, sentences, on, "")
}

// PlaceName reports whether name is, whole, a name the knowledge base
// gives a place (a capital, a city, any of their aliases) or the name of
// a state: "New Delhi", "Kenya".
func (r *Resolver) PlaceName(name string) bool {
	toks := token.Tokenize(name)
	en := r.dict.match(toks, 0)
	if en == nil || len(en.toks) != len(toks) {
		return false
	}
	for _, t := range en.targets {
		if t.entity.Kind == kb.KindPlace || t.entity.Kind == kb.KindState && token.Fold(t.entity.Name) == token.Fold(name) {
			return true
		}
	}
	return false
}

// placeState returns the state of the place named, whole, by name — a
// city or capital the knowledge base holds ("Kingston"), or a state
// itself — or nil.
func (r *Resolver) placeState(name string) *kb.Entity {
	if name == "" {
		return nil
	}
	toks := token.Tokenize(name)
	en := r.dict.match(toks, 0)
	if en == nil || len(en.toks) != len(toks) {
		return nil
	}
	for _, t := range en.targets {
		if e := t.entity; e.Kind == kb.KindPlace || e.Kind == kb.KindState {
			return r.kb.State(e.Country)
		}
	}
	return nil
}

// ResolveIssued is Resolve for a text a named body issued (the article's
// site name: "Ministry for Europe and Foreign Affairs"). When the body is
// a government's, the text is that state's own: "the President of the
// Republic", "the Minister" and "the government" are its.
func (r *Resolver) ResolveIssued(text string, toks []token.Token, sentences []parley.Span, on time.Time, issuer string) *Result {
	return r.ResolveFrom(text, toks, sentences, on, Origin{Issuer: issuer})
}

// Origin is what the article says of where it comes from, outside its
// text: the body that issued it and the place it was filed from.
type Origin struct {
	// Issuer is the article's site name or issuing body ("Ministry for
	// Europe and Foreign Affairs"), or "".
	Issuer string
	// Dateline is the place of a date line of its own ("Kingston"), or
	// "". A dateline that opens the text is read from the text.
	Dateline string
}

// ResolveFrom is Resolve for a text of a known origin: see ResolveIssued
// for the issuer; the dateline's place stands for the state a story
// filed from there is told in, as a dateline in the text does.
func (r *Resolver) ResolveFrom(text string, toks []token.Token, sentences []parley.Span, on time.Time, origin Origin) *Result {
	d := &doc{r: r, text: text, toks: toks, on: on, index: map[string]int{}, local: map[string]string{}, issuer: origin.Issuer, filedFrom: origin.Dateline}
	d.sentenceOf = sentenceIndex(toks, sentences)
	d.quoted = quotedTokens(toks, d.sentenceOf)
	d.ahead = d.namesAhead()
	for i := 0; i < len(toks); {
		i = d.step(i)
	}
	d.settleAppositions()
	d.ownSecurityCouncils()
	d.resolveGeneric()
	d.titlesOfNamedOthers()
	return &Result{Actors: d.actors, Mentions: d.mentions, Places: d.places}
}

// titlesOfNamedOthers gives a title the knowledge base read as its holder
// to the person the text names right after it in apposition, when that is
// someone else: in "Its leader, Ivan Petrovsky, called …" or "Lebanon's
// Foreign Minister, Faris Bouez, called …" the title is Petrovsky's and
// Bouez's, whoever the knowledge base holds it for (a holder of another
// body's, or the same man spelled another way).
func (d *doc) titlesOfNamedOthers() {
	for mi := 0; mi+1 < len(d.mentions); mi++ {
		m, next := &d.mentions[mi], &d.mentions[mi+1]
		if m.Via != parley.ViaRole || len(m.Actors) != 1 || len(next.Actors) != 1 || next.Actors[0] == m.Actors[0] {
			continue
		}
		holder, named := d.actors[d.index[m.Actors[0]]], d.actors[d.index[next.Actors[0]]]
		if holder.Kind != parley.Person || named.Kind != parley.Person || next.Via == parley.ViaPronoun || next.Via == parley.ViaRole {
			continue
		}
		e := d.tokenIndex(m.Span.End - 1)
		n := d.tokenIndex(next.Span.Start)
		ne := d.tokenIndex(next.Span.End - 1)
		if n != e+2 || !d.toks[e+1].Is(",") || ne+1 >= len(d.toks) || !d.toks[ne+1].Is(",") {
			continue
		}
		if !named.Known && sameFamilyName(holder.Name, named.Name) {
			// "The Prime Minister of India, Shri V P Singh": the holder,
			// named the text's way.
			next.Actors = []string{holder.ID}
			continue
		}
		m.Actors = []string{next.Actors[0]}
	}
}

// sentenceIndex maps each token to the index of its sentence.
func sentenceIndex(toks []token.Token, sentences []parley.Span) []int {
	out := make([]int, len(toks))
	s := 0
	for i, t := range toks {
		for s < len(sentences)-1 && t.Start >= sentences[s].End {
			s++
		}
		out[i] = s
	}
	return out
}

// closedLater reports whether the next quotation mark in the paragraph
// from token i closes a quotation: "For years Moscow would not name the
// place. Today its prime minister stood there," he said — the second
// sentence is still quoted.
func closedLater(toks []token.Token, i int) bool {
	for k := i; k < len(toks) && (k == i || !toks[k].NewlineBefore); k++ {
		switch toks[k].Text {
		case "”", "»":
			return true
		case "“", "«", "„":
			return false
		case "\"":
			return k > 0 && toks[k-1].End == toks[k].Start && !(k+1 < len(toks) && toks[k+1].Start == toks[k].End)
		}
	}
	return false
}

// quotedTokens marks the tokens inside quotation marks, as near as a
// quick pass can tell: curly marks open and close, straight ones toggle,
// and a quotation left open ends with its paragraph — or with its
// sentence, when the mark that opened it could face either way and no
// closing mark follows in the paragraph. (“The war will end on our terms.
// Putin knows it,” he said: the second sentence is quoted too, and "he"
// is not Putin.)
func quotedTokens(toks []token.Token, sentenceOf []int) []bool {
	out := make([]bool, len(toks))
	in, sure := false, false
	for i := range toks {
		if i > 0 && in && sentenceOf[i] != sentenceOf[i-1] && !strings.ContainsAny(toks[i-1].Text, "\"“”") && (!sure || toks[i].NewlineBefore) && !closedLater(toks, i) {
			in = false
		}
		t := &toks[i]
		if t.Kind == token.Punct {
			switch t.Text {
			case "“", "«", "„":
				in, sure = true, true
			case "”", "»":
				in = false
			case "\"":
				// Which way a straight mark faces shows in its spacing:
				// "chaos," Mr Tokayev said closes a quotation even when
				// the sentence break inside it lost the count.
				before := i > 0 && toks[i-1].End == t.Start
				after := i+1 < len(toks) && toks[i+1].Start == t.End
				switch {
				case before && !after:
					in = false
				case after && !before:
					in, sure = true, true
				default:
					in, sure = !in, false
				}
			}
			continue
		}
		out[i] = in
	}
	return out
}

// doc is the state of resolving one article.
type doc struct {
	r          *Resolver
	text       string
	toks       []token.Token
	sentenceOf []int
	// quoted marks tokens inside quotation marks: the people named there
	// are not who a later "he said" means.
	quoted []bool
	// families caches the family names of known people named so far.
	families map[string]string
	// ahead maps the surname of a person the text names in full only
	// later ("Tom Stafford") to that full name, for a bare "Stafford"
	// that comes first.
	ahead map[string]string
	on    time.Time

	actors   []parley.Actor
	index    map[string]int // actor ID → position in actors
	mentions []parley.Mention
	places   []Place
	issuer   string // the body that issued the text, or ""
	// filedFrom is the place of the article's own date line, or "".
	filedFrom string
	// recent lists mentioned actors, most recent last, for references back.
	recent []ref
	// local maps the normalised surname of a person the knowledge base
	// does not know to the actor ID made for them.
	local map[string]string
	// movements maps the head word of a movement or alliance the text
	// named ("movement", "alliance") to the last one named so, for "the
	// movement" after it.
	movements map[string]string
	// seated holds organisations whose country is only where they sit
	// ("the Nordic Institute for Security Policy in Uppsala"), which says
	// nothing of whose story the article is.
	seated map[string]bool
	// pending holds appositions whose country is settled at the end.
	pending []apposition
	// titled maps a capitalised bare title ("President", "Prime
	// Minister") to the holder its first use in the text resolved to.
	titled map[string]string
	// envoys marks where a state's unnamed envoy opens a mention of the
	// state ("The representative of the United States called on …"):
	// a person all the same, whom "she said" after it can mean.
	envoys map[int]bool
	// briefing caches briefingState: the state whose official answers a
	// transcript's questions ("" for none), nil until asked; issuerState
	// caches issuerCountry the same way.
	briefing, issuerState *string
	// scratch holds the phrase the last phraseKey built.
	scratch []byte
}

// recentWithin yields the references of d.recent named at most reach
// sentences before token i, most recent first.
func (d *doc) recentWithin(i, reach int) iter.Seq[ref] {
	return func(yield func(ref) bool) {
		for k := len(d.recent) - 1; k >= 0; k-- {
			rf := d.recent[k]
			if d.sentenceOf[i]-d.sentenceOf[rf.tok] > reach || !yield(rf) {
				return
			}
		}
	}
}

// onlyRecent returns the one actor told before token i, in its sentence
// or the reach before it, that keep accepts: its ID, or "" when none is;
// clear is false when several different ones are, and then none is meant.
func (d *doc) onlyRecent(i, reach int, keep func(ref) bool) (id string, clear bool) {
	for rf := range d.recentWithin(i, reach) {
		if rf.tok >= i || rf.id == id || !keep(rf) {
			continue
		}
		if id != "" {
			return "", false
		}
		id = rf.id
	}
	return id, true
}

type ref struct {
	id     string
	kind   parley.ActorKind
	gender string
	tok    int
}

// step recognises what starts at token i and returns the next position.
func (d *doc) step(i int) int {
	t := &d.toks[i]
	if t.Kind == token.Punct || d.datelineAgency(i) {
		return i + 1
	}
	if n := d.lawTitle(i); n > i {
		return n
	}
	if n := d.regionGroup(i); n > i {
		return n
	}
	if n := d.officersOfBody(i); n > i {
		return n
	}
	if n := d.group(i); n > i {
		return n
	}
	if n := d.roleReference(i); n > i {
		return n
	}
	if n := d.ministerOfState(i); n > i {
		return n
	}
	if n := d.formerLatter(i); n > i {
		return n
	}
	if n := d.titledBack(i); n > i {
		return n
	}
	if n := d.supportersOf(i); n > i {
		return n
	}
	if n := d.coupMakers(i); n > i {
		return n
	}
	if n := d.coupSoldiers(i); n > i {
		return n
	}
	if n := d.pairRolePhrase(i); n > i {
		return n
	}
	if n := d.ellipticPair(i); n > i {
		return n
	}
	if n := d.ellipticBodies(i); n > i {
		return n
	}
	if n := d.rolePhrase(i); n > i {
		return n
	}
	if n := d.orgReference(i); n > i {
		return n
	}
	if n := d.mediatorsReference(i); n > i {
		return n
	}
	if n := d.membersReference(i); n > i {
		return n
	}
	if n := d.delegationReference(i); n > i {
		return n
	}
	if n := d.bareArmy(i); n > i {
		return n
	}
	if n := d.titleReference(i); n > i {
		return n
	}
	if n := d.itsOfficer(i); n > i {
		return n
	}
	if n := d.itsBody(i); n > i {
		return n
	}
	if n := d.appositiveRole(i); n > i {
		return n
	}
	if n := d.pairTitleReference(i); n > i {
		return n
	}
	if n := d.spokesperson(i); n > i {
		return n
	}
	if n := d.stateReference(i); n > i {
		return n
	}
	if n := d.stateEpithet(i); n > i {
		return n
	}
	if n := d.objectStateEpithet(i); n > i {
		return n
	}
	if n := d.craftReference(i); n > i {
		return n
	}
	if n := d.visitingReference(i); n > i {
		return n
	}
	if n := d.orgEpithet(i); n > i {
		return n
	}
	if n := d.personEpithet(i); n > i {
		return n
	}
	if n := d.governmentReference(i); n > i {
		return n
	}
	if n := d.ownForces(i); n > i {
		return n
	}
	if n := d.ownMission(i); n > i {
		return n
	}
	if n := d.documentReference(i); n > i {
		return n
	}
	if n := d.movementBack(i); n > i {
		return n
	}
	if n := d.organisation(i); n > i {
		return n
	}
	if n := d.titleInitialism(i); n > i {
		return n
	}
	if n := d.titleAlone(i); n > i {
		return n
	}
	if n := d.familyFirst(i); n > i {
		return n
	}
	if n := d.known(i); n > i {
		return n
	}
	if n := d.stateCompound(i); n > i {
		return n
	}
	if n := d.pairCompound(i); n > i {
		return n
	}
	if id, ok := d.local[t.Norm]; ok && t.Kind == token.Word && d.actors[d.index[id]].Kind == parley.Organization && strings.ContainsAny(t.Text, "0123456789-") {
		// "M5-RFP demonstrators" after "the June 5 Movement-Rally of
		// Patriotic Forces (M5-RFP)": the acronym the text defined, which
		// is no name word.
		d.mention(i, i+1, parley.ViaName, id)
		return i + 1
	}
	if n := d.proxyGroup(i); n > i {
		return n
	}
	if n := d.courtIn(i); n > i {
		return n
	}
	if n := d.peopleBand(i); n > i {
		return n
	}
	if n := d.unknownPerson(i); n > i {
		return n
	}
	if t.Is("they", "both") {
		// "They" opening a sentence (after a fronted date or place at
		// most) is the group the sentence before was about; further in,
		// the two people this sentence has named ("Xi and Putin held a
		// call in which they agreed …").
		var ids []string
		if d.nothingNamedBefore(i) {
			ids = d.lastGroup(i)
		} else if t.Is("they") {
			// "Mali, Burkina Faso and Niger announced that they were
			// quitting ECOWAS": the list that said it
			if ids = d.listEndingAt(d.reporter(i)); ids == nil {
				ids = d.groupEndingAt(d.reporter(i)) // "The two sides said they would continue dialogue"
			}
			if ids == nil {
				ids = d.twoInSentence(i)
			}
		}
		if ids == nil && t.Is("they") && d.nothingNamedBefore(i) {
			ids = d.groupSubjectBefore(i) // "The M23 rebels did not sign. They are negotiating …"
		}
		if ids != nil {
			d.mention(i, i+1, parley.ViaGroup, ids...)
			return i + 1
		}
	}
	if t.Is("them") && i > 0 && themVerbs[d.toks[i-1].Norm] {
		// "Macron invited Scholz and Meloni to Paris. He received them
		// on Monday": the people the sentence before listed.
		if ids := d.personListBefore(i); ids != nil {
			d.mention(i, i+1, parley.ViaGroup, ids...)
			return i + 1
		}
	}
	if n := d.themStates(i); n > i {
		return n
	}
	if t.Is("guest", "visitor") && i > 0 && d.toks[i-1].Is("his", "her") && !d.followedByName(i+1) {
		// "Putin assured his guest that …": the other person of the
		// meeting told, the one the possessor is not.
		owner := ""
		if m := d.mentionEndingAt(i - 1); m != nil && len(m.Actors) == 1 {
			owner = m.Actors[0]
		}
		// The guest is named in a sentence with the host: "Frederiksen met
		// Scholz in Berlin … Scholz assured his guest", not whoever the
		// story named last.
		withOwner := map[int]int{} // sentence → the host's last token in it
		for rf := range d.recentWithin(i, 3) {
			if rf.id == owner && rf.tok < i-1 {
				withOwner[d.sentenceOf[rf.tok]] = max(withOwner[d.sentenceOf[rf.tok]], rf.tok)
			}
		}
		// Of those, the one named before the host ("Frederiksen met
		// Scholz …, as Trump presses …"), then the one the story names
		// most ("Widodo informed Putin about his talks with Zelensky"):
		// the visitor, not a third leader the sentence speaks of.
		best, most := "", 0
		for rf := range d.recentWithin(i, 3) {
			at, shared := withOwner[d.sentenceOf[rf.tok]]
			if rf.kind == parley.Person && rf.id != owner && rf.tok < i-1 && (owner == "" || shared) {
				n := 0
				for other := range d.recentWithin(i, 8) {
					if other.id == rf.id {
						n++
					}
				}
				if shared && rf.tok < at {
					n += 100
				}
				if n > most {
					best, most = rf.id, n
				}
			}
		}
		if best != "" {
			d.mention(i, i+1, parley.ViaRole, best)
			return i + 1
		}
	}
	if t.Is("their") && d.nothingNamedBefore(i) && (i == 0 || d.sentenceOf[i-1] != d.sentenceOf[i]) {
		// "Their last round of talks with Iranian officials …": the
		// group the sentence before was about.
		if ids := d.groupSubjectBefore(i); ids != nil {
			d.mention(i, i+1, parley.ViaGroup, ids...)
			return i + 1
		}
	}
	if t.Is("it") {
		// "Nicaragua announced that it was breaking off relations",
		// "the ministry said it would respond": the one who spoke.
		if m := d.mentionEndingAt(d.reporter(i)); m != nil && len(m.Actors) == 1 {
			if k := d.actors[d.index[m.Actors[0]]].Kind; k == parley.State || k == parley.Organization {
				d.mention(i, i+1, parley.ViaPronoun, m.Actors[0])
				return i + 1
			}
		}
	}
	if t.Is("it") && i > 0 && i+1 < len(d.toks) && d.toks[i+1].Is("said", "says", "added", "stated", "told", "warned") &&
		(d.toks[i-1].Text == "," || strings.ContainsAny(d.toks[i-1].Text, "”\"’")) {
		// "“…,” it said in a statement": the body or state the sentence
		// before had speak.
		if id := d.itAntecedent(i); id != "" {
			d.mention(i, i+1, parley.ViaPronoun, id)
			return i + 1
		}
	}
	if t.Is("it") && d.opensSentence(i) && i+1 < len(d.toks) && d.actingVerb(i+1) &&
		!(presentActs[d.toks[i+1].Norm] && d.documentBefore(i)) {
		// "It also urged Japan to …" after the ministry spoke: the body
		// or state the sentence before was about. (Not "It is …", nor
		// "It calls …" after "sent Kyiv a note": the note calls.)
		if id := d.itAntecedent(i); id != "" {
			d.mention(i, i+1, parley.ViaPronoun, id)
			return i + 1
		}
		// "The resolution takes a middle course. It urges Djibouti and
		// Eritrea …": the paper the sentence before opened on, and so its
		// issuer.
		if at, ok := d.documentOpened(d.sentenceOf[i] - 1); ok {
			if ids, _ := d.documentIssuer(at); ids != nil {
				d.mention(i, i+1, parley.ViaPronoun, ids...)
				return i + 1
			}
		}
	}
	if t.Is("their") && i+1 < len(d.toks) && d.toks[i+1].Is("countries", "nations", "states", "governments") {
		// "The rulers of Mali, Burkina Faso and Niger announced that their
		// countries were leaving": the states listed before in the sentence.
		if ids := d.stateListBefore(i); ids != nil {
			d.mention(i, i+2, parley.ViaGroup, ids...)
			return i + 2
		}
	}
	if t.Is("it") && d.opensSentence(i) && i+1 < len(d.toks) && d.toks[i+1].Is("found", "finds", "concluded", "concludes", "documented", "documents") {
		// "The UN rights office released its findings. … It found that
		// Ethiopian forces committed abuses": the report's issuer.
		if id := d.findingIssuer(i); id != "" {
			d.mention(i, i+1, parley.ViaPronoun, id)
			return i + 1
		}
	}
	if t.Is("it") && i >= 2 && d.toks[i-1].Is(itObjectVerbs...) {
		// "Mali quit ECOWAS, accusing it of serving France": the body or
		// state named last in the sentence, not its subject
		if id := d.objectItAntecedent(i); id != "" {
			d.mention(i, i+1, parley.ViaPronoun, id)
			return i + 1
		}
	}
	if t.Is("it") && i >= 2 && i+1 < len(d.toks) &&
		(d.toks[i-1].Is("which", "what") && d.toks[i+1].Is("called", "calls", "described", "describes", "termed", "terms", "dubbed", "labelled", "labeled", "branded", "considers", "considered", "sees", "saw", "regards", "regarded") ||
			d.actingVerb(i+1) && d.relativeHeadBefore(i)) {
		// "The commerce ministry said it firmly opposes the U.S. measures,
		// which it called economic coercion": the one the sentence opened
		// on names the thing, not the owner of the thing. "Sweden lifted
		// the ban under the memorandum it signed with Turkey": a relative
		// clause on a paper or measure of the one the sentence opened on.
		if id := d.sentenceSubject(d.sentenceOf[i]); id != "" {
			if k := d.actors[d.index[id]].Kind; k == parley.State || k == parley.Organization {
				d.mention(i, i+1, parley.ViaPronoun, id)
				return i + 1
			}
		}
	}
	if t.Is("it") && i >= 2 && (d.toks[i-1].Is("and", "but") && d.toks[i-2].Text == "," || d.toks[i-1].Is("when", "after", "before", "because", "once", "until")) &&
		i+1 < len(d.toks) && d.actingVerb(i+1) {
		// ("Lithuania took a similar step last April, when it expelled
		// the Russian ambassador": a time or reason clause of the same
		// subject)
		// "Japan said the missiles had landed in its zone, and it lodged a
		// protest": the state or body the sentence opened on.
		if id := d.sentenceSubject(d.sentenceOf[i]); id != "" {
			d.mention(i, i+1, parley.ViaPronoun, id)
			return i + 1
		}
	}
	if j := d.honorificAfter(i); j > i {
		// "His Highness Sheikh Mohamed": the style of the name that
		// follows, no pronoun; "His Highness received a delegation": the
		// one the story styled so.
		if j < len(d.toks) && d.toks[j].Upper && d.toks[j].Kind == token.Word && !d.toks[j].Is("the") {
			return j
		}
		if id := d.styledHolder(i, d.toks[j-1].Norm); id != "" {
			d.mention(i, j, parley.ViaRole, id)
		}
		return j
	}
	if g, ok := pronouns[t.Norm]; ok && d.personalPronoun(i) {
		id := d.pronounAntecedent(i, g)
		if t.Is("his", "her") && d.judgedOwnDeed(i) {
			// "Gnassingbé resigned. Annan welcomed his decision": the
			// deed of the one the story was about, not the judge's own.
			if o := d.objectAntecedent(i, g); o != "" {
				id = o
			}
		}
		if id != "" {
			// "his government", "her country": the state the person serves.
			if t.Is("his", "her") && i+1 < len(d.toks) && d.toks[i+1].Is("government", "country", "nation", "administration") {
				if a := d.actors[d.index[id]]; a.Country != "" {
					if st := d.r.kb.State(a.Country); st != nil {
						d.mention(i, i+2, parley.ViaRole, d.addKnown(st))
						return i + 2
					}
				}
			}
			if n := d.possessedSupporters(i, id); n > i {
				return n
			}
			d.mention(i, i+1, parley.ViaPronoun, id)
		}
	} else if ok && d.objectPronoun(i) {
		// "Guterres visited Kyiv on Monday. Russian officials accused him
		// of bias": the person the story was about, not the subject who
		// acts on him.
		if id := d.objectAntecedent(i, g); id != "" {
			d.mention(i, i+1, parley.ViaPronoun, id)
		}
	}
	return i + 1
}

// judgedOwnDeed reports whether the possessive at i opens the deed a
// verb of judgement takes: "welcomed his decision", "criticised her
// remarks".
func (d *doc) judgedOwnDeed(i int) bool {
	return i > 0 && i+1 < len(d.toks) &&
		d.toks[i-1].Is("welcomed", "praised", "hailed", "applauded", "criticised", "criticized", "condemned", "denounced", "rejected", "accepted", "respected", "regretted") &&
		d.toks[i+1].Is("decision", "resignation", "move", "offer", "announcement", "remarks", "comments", "proposal", "statement", "choice", "appointment", "withdrawal", "departure", "election", "victory", "visit")
}

// honorificAfter returns the end of a style of address that opens with
// the possessive at i — "His Highness", "Her Majesty", "His Royal
// Highness", "His Excellency" — or i when there is none.
func (d *doc) honorificAfter(i int) int {
	if !d.toks[i].Is("his", "her") || !d.toks[i].Upper {
		return i
	}
	j := i + 1
	if j < len(d.toks) && d.toks[j].Is("royal") {
		j++
	}
	if j < len(d.toks) && d.toks[j].Upper && d.toks[j].Is("highness", "majesty", "excellency", "holiness") {
		return j + 1
	}
	return i
}

// styledHolder returns the person the story last named with the style
// word (a "Highness", a "Majesty") before token i, else the person a
// pronoun there would stand for.
func (d *doc) styledHolder(i int, style string) string {
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		if m.Span.Start >= d.toks[i].Start || len(m.Actors) != 1 || m.Via == parley.ViaPronoun {
			continue
		}
		if a := d.actors[d.index[m.Actors[0]]]; a.Kind == parley.Person && strings.Contains(strings.ToLower(m.Text), style) {
			return m.Actors[0]
		}
	}
	g := pronouns[d.toks[i].Norm]
	return d.pronounAntecedent(i, g)
}

// possessedSupporters resolves "his supporters", "her followers" to the
// crowd of the person the pronoun stands for, as "Khan's supporters" is:
// "His supporters stormed the army headquarters" is not Khan acting.
func (d *doc) possessedSupporters(i int, id string) int {
	if !d.toks[i].Is("his", "her") || i+1 >= len(d.toks) || !d.toks[i+1].Is("supporters", "loyalists", "followers") {
		return i
	}
	a := d.actors[d.index[id]]
	if a.Kind != parley.Person || a.Country == "" {
		return i
	}
	d.mention(i, i+2, parley.ViaCollective, d.addNew(parley.Organization, lastWord(a.Name)+" supporters", a.Country, "group"))
	return i + 2
}

// objectPronoun reports whether "him" or "her" at i is the object of the
// verb right before it ("accused him", "urged her to").
func (d *doc) objectPronoun(i int) bool {
	t := &d.toks[i]
	if !t.Is("him", "her") || i == 0 {
		return false
	}
	if t.Is("her") && i+1 < len(d.toks) && d.toks[i+1].Kind == token.Word && !d.toks[i+1].Upper &&
		!d.toks[i+1].Is("to", "of", "for", "that", "and", "as", "on", "in", "at", "with", "a", "an", "the") {
		return false // "her country": a possessor
	}
	p := d.toks[i-1]
	if p.Is("with") && i >= 2 {
		// "visited Banjul for talks with him", "met with her": the one
		// met, not the one meeting.
		return d.toks[i-2].Is("talks", "meeting", "meetings", "call", "conversation", "negotiations", "discussions", "consultations",
			"met", "meet", "meets", "spoke", "speak", "speaks", "talked", "talk")
	}
	if p.Kind == token.Word && !p.Upper && i >= 2 && d.toks[i-2].Is("to", "will", "would", "could", "can", "may", "might", "must", "should", "not", "n't") &&
		!p.Is("be", "to", "the", "a", "an", "and", "or", "not", "also", "with", "for", "of", "about", "from") {
		return true // "declined to receive him", "would not meet her": a bare verb after "to" or a modal
	}
	if t.Is("him") && p.Is("on", "against") && i >= 2 && d.toks[i-2].Kind == token.Word && !d.toks[i-2].Upper {
		return true // "imposed a travel ban on him", "the charges against him"
	}
	return p.Kind == token.Word && !p.Upper && (strings.HasSuffix(p.Norm, "ed") || strings.HasSuffix(p.Norm, "ing") && !p.Is("during", "nothing", "something", "anything", "everything") ||
		p.Is("told", "met", "urged", "called", "thanked", "asked", "invited", "warned", "accused", "praised", "congratulated", "criticised", "criticized", "sent", "gave", "offered") ||
		presentObjectVerbs[p.Norm]) // "prosecutors accuse him of …"
}

// presentObjectVerbs are verbs in the present whose object is a person:
// "accuse him", "urges her to".
var presentObjectVerbs = set("accuse", "accuses", "urge", "urges", "ask", "asks", "invite", "invites", "thank", "thanks",
	"warn", "warns", "praise", "praises", "congratulate", "congratulates", "criticise", "criticises", "criticize",
	"criticizes", "blame", "blames", "charge", "charges", "back", "backs", "support", "supports", "oppose", "opposes",
	"meet", "meets", "receive", "receives", "summon", "summons", "tell", "tells", "call", "calls")

// objectAntecedent resolves an object pronoun to the most recent person of
// its gender, within the sentence before and this one, who is not the
// subject of this sentence.
func (d *doc) objectAntecedent(i int, gender string) string {
	s := d.sentenceOf[i]
	// The clause starts at the sentence start or after ", and", ", but",
	// ", while", ";" or ":": "Trump accused Zelensky …, and Vance called
	// him …", "Kishida will visit Seoul, while Yoon invited him …",
	// "Shishmakov is no stranger to such affairs: Poland expelled him".
	cs := i
	relative := "" // "King Harald V, who received him": the one "who" stands for
	for cs > 0 && d.sentenceOf[cs-1] == s {
		if d.toks[cs-1].Is(";", ":") || cs >= 2 && d.toks[cs-1].Is("and", "but", "while", "whereas") && d.toks[cs-2].Is(",") {
			break
		}
		if cs >= 3 && cs < i && d.toks[cs-1].Is("who", "which") && d.toks[cs-2].Is(",") {
			// ("battling extradition to the United States, which accuses
			// him": the relative's own subject, so the sentence's may be
			// its object)
			if m := d.mentionEndingAt(cs - 3); m != nil && len(m.Actors) == 1 {
				relative = m.Actors[0]
			}
			break
		}
		if d.toks[cs-1].Is("since", "after", "when", "because", "until", "although", "though", "whereas") && cs <= i-2 {
			if c := d.firstComma(cs, i); c >= 0 && (cs < 2 || d.sentenceOf[cs-2] != s) {
				// "After Fernández won, Bolsonaro refused to congratulate
				// him": the fronted clause is closed; the pronoun's clause
				// is the main one after it.
				cs = c + 1
			}
			break // "Bazoum has been held since soldiers led by Tchiani detained him": the clause of "since"
		}
		cs--
	}
	subject := ""
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		mi := d.tokenIndex(m.Span.Start)
		if mi >= i {
			continue
		}
		if mi < cs {
			break
		}
		led := mi > 1 && d.toks[mi-1].Is("by") && d.toks[mi-2].Is("led", "headed", "commanded")
		if len(m.Actors) == 1 && (led || !(mi > 0 && d.toks[mi-1].Is("to", "with", "of", "for", "by", "from", "in", "on", "at"))) {
			subject = m.Actors[0] // the clause's first actor: its subject (or the leader of those who act)
		}
	}
	if relative != "" && (subject == "" || !d.commaIn(cs, i)) {
		// The relative's subject is the one it hangs on; a name inside it
		// before the pronoun is an object ("Beijing, which placed Mr.
		// Chong under sanctions and barred him").
		subject = relative
	}
	for rf := range d.recentWithin(i, 1) {
		if rf.kind != parley.Person || rf.id == subject || rf.tok >= i || gender != "" && rf.gender != "" && rf.gender != gender {
			continue
		}
		if d.quoted[rf.tok] && !d.quoted[i] {
			continue
		}
		if d.sentenceOf[rf.tok] < s && d.oblique(rf.tok) {
			// "Kordahi had refused to step down despite Mikati's appeals.
			// Hezbollah backed him": the one the sentence before was
			// about, not one it names in passing.
			if id := d.personSubjectOf(d.sentenceOf[rf.tok], gender); id != "" && id != subject {
				return id
			}
		}
		return rf.id
	}
	return ""
}

// firstComma returns the first comma among tokens [a, b), or -1.
func (d *doc) firstComma(a, b int) int {
	for k := a; k < b; k++ {
		if d.toks[k].Is(",") {
			return k
		}
	}
	return -1
}

// commaIn reports whether a comma stands among tokens [a, b).
func (d *doc) commaIn(a, b int) bool { return d.firstComma(a, b) >= 0 }

// oblique reports whether the name at token k stands in passing: after a
// preposition or as an owner ("despite Mikati's appeals", "appeals by
// Mikati").
func (d *doc) oblique(k int) bool {
	if d.prepositionObject(k) || d.tokIs(k-1, "despite") {
		return true
	}
	j := k + 1
	if m, ok := d.mentionOn(k); ok {
		j = d.tokenIndex(m.Span.End)
	}
	return d.tokIs(j, "'s", "’s")
}

// personSubjectOf returns the person who opens sentence s as its subject,
// of the gender wanted, or "".
func (d *doc) personSubjectOf(s int, gender string) string {
	for _, rf := range d.recent {
		if d.sentenceOf[rf.tok] < s {
			continue
		}
		if d.sentenceOf[rf.tok] > s || rf.kind != parley.Person || d.quoted[rf.tok] || d.oblique(rf.tok) ||
			gender != "" && rf.gender != "" && rf.gender != gender {
			return ""
		}
		return rf.id
	}
	return ""
}

// span returns the byte span of tokens [i, j).
func (d *doc) span(i, j int) parley.Span {
	return parley.Span{Start: d.toks[i].Start, End: d.toks[j-1].End}
}

// addMention records the mention of ids at tokens [i, j) as it stands,
// without what mention keeps for the references after it: the passes
// after the first add theirs so.
func (d *doc) addMention(i, j int, via parley.MentionVia, ids ...string) {
	sp := d.span(i, j)
	d.mentions = append(d.mentions, parley.Mention{Span: sp, Text: d.text[sp.Start:sp.End], Actors: ids, Via: via})
}

// mention records a mention of tokens [i, j) referring to ids. A person's
// name takes in the titles and country words right before it ("Russian
// President Vladimir Putin"), so that the mention is the whole phrase that
// names them and later stages see one actor there, not three words.
func (d *doc) mention(i, j int, via parley.MentionVia, ids ...string) {
	if len(ids) == 1 && (via == parley.ViaName || via == parley.ViaDescriptor || via == parley.ViaSurname) {
		if a := d.actors[d.index[ids[0]]]; a.Kind == parley.Person {
			i = d.descriptorStart(i)
			i = d.bodyBeforeTitle(i)
			t := i
			if i > 0 && d.toks[i].Is("majesty") && d.toks[i-1].Is("his", "her") && i+1 < j {
				t = i + 1 // "His Majesty King Abdullah II travelled …": the title after the style
			}
			if via == parley.ViaName && d.toks[i].Upper && (d.opensSentence(i) || t > i && d.opensSentence(i-1)) {
				// "Prime Minister Mette Frederiksen today received …":
				// the capitalised bare title later ("said the Prime
				// Minister") is hers, the first subject the text so named
				// (not "Putin spoke with President Erdogan": his guest).
				if levels, end := d.roleNounAt(t); levels != nil && end < j {
					d.keepTitle(t, end, ids[0])
				}
			}
		}
	}
	d.addMention(i, j, via, ids...)
	for _, id := range ids {
		a := d.actors[d.index[id]]
		g := ""
		if e := d.r.kb.Get(id); e != nil {
			g = e.Gender
		}
		d.recent = append(d.recent, ref{id: id, kind: a.Kind, gender: g, tok: i})
	}
}

// bodyBeforeTitle takes into a person's mention starting at i the
// international body named right before the title words there, which the first pass has
// made a mention of its own: "UN chief Antonio Guterres", "EU foreign
// policy chief Josep Borrell", "the UN's Antonio Guterres", "NATO
// Secretary General Mark Rutte" are one mention, the person, as "Russian
// President Vladimir Putin" is. (A state's body stays a mention of its
// own: "State Department spokesman Ned Price" speaks for the state.)
func (d *doc) bodyBeforeTitle(i int) int {
	n := len(d.mentions)
	possessive := i >= 2 && d.toks[i-1].Is("'s", "’s") // "the UN's Antonio Guterres", "NATO's Secretary General Mark Rutte"
	if n == 0 || i == 0 || !titleWords[d.toks[i].Norm] && !possessive {
		return i
	}
	last := d.mentions[n-1]
	j := i // "EU foreign policy chief", "UN rights chief": the portfolio's words
	if possessive {
		j--
	}
	for j > 0 && !possessive && last.Span.End < d.toks[j-1].End && i-j < 2 && d.portfolioWord(j-1) {
		j--
	}
	if j == 0 || last.Span.End != d.toks[j-1].End || len(last.Actors) != 1 || last.Via != parley.ViaName ||
		d.actors[d.index[last.Actors[0]]].Kind != parley.Organization || d.actors[d.index[last.Actors[0]]].Country != "" {
		return i
	}
	d.mentions = d.mentions[:n-1] // (the body stays among the referents: "… said the group would")
	return d.tokenIndex(last.Span.Start)
}

// portfolioWord reports whether token k may name an office's field
// before its title ("rights" in "UN rights chief"), not a verb ("NATO
// welcomed chief …", "the EU thanks envoy …").
func (d *doc) portfolioWord(k int) bool {
	t := &d.toks[k]
	return t.Kind == token.Word && !t.Upper && !d.actingVerb(k) && !strings.HasSuffix(t.Norm, "ing") &&
		!t.Is("the", "a", "an", "and", "of", "for", "to", "with", "by", "at", "in", "on", "as", "is", "are", "was", "were",
			"says", "tells", "told", "thanks", "thanked", "asks", "urges", "backs", "meets", "met", "calls", "names", "named")
}

// descriptorStart moves i back over the title words and country names
// that describe the person named at i and that no mention covers yet.
func (d *doc) descriptorStart(i int) int {
	covered := 0
	if n := len(d.mentions); n > 0 {
		covered = d.mentions[n-1].Span.End
	}
	k := i
	for k > 0 && i-k < 8 && d.toks[k-1].Start >= covered && !d.toks[i].NewlineBefore {
		if k < i && d.toks[k].NewlineBefore {
			break // never across a line break
		}
		t := &d.toks[k-1]
		if t.NewlineBefore && !titleWords[t.Norm] {
			// A line's first word joins as a title ("Minister of Foreign
			// Affairs Sergey Lavrov" opening a paragraph), not as a
			// country's name ("Niger's President …": the state is a
			// mention of its own).
			break
		}
		switch {
		case t.Is("the") && k-3 >= 0 && d.toks[k-2].Is("of") && titleWords[d.toks[k-3].Norm] && titleWords[d.toks[k].Norm]:
			k -= 2 // "Minister of the Interior Jan Hamáček", "Secretary of the Treasury"
			continue
		case t.Is("for") && k-3 >= 0 && d.toks[k-2].Is("state") && d.toks[k-3].Is("of") && k-4 >= 0 && d.toks[k-4].Is("minister", "secretary") && titleWords[d.toks[k].Norm]:
			k -= 3 // "Minister of State for Foreign Affairs Adel al-Jubeir": a rank and its portfolio
			continue
		case t.Is("and", "the", "for", "a", "an"):
			return k
		case t.Is("of"):
			if k-2 >= 0 && titleWords[d.toks[k-2].Norm] && titleWords[d.toks[k].Norm] {
				k--
				continue
			}
			return k
		case titleWords[t.Norm] || t.Is("'s", "’s", "(", ")") || d.abbrevDot(k-1):
			k--
			continue
		case t.Text == "new" && titleWords[d.toks[k].Norm]:
			k-- // "Lebanon's new president Joseph Aoun" (not a dateline's "NEW YORK")
			continue
		}
		if p, _ := d.entryEndingAt(k); p >= 0 {
			k = p
			continue
		}
		break
	}
	// Do not start on a bracket or a possessive.
	for k < i && d.toks[k].Is("'s", "’s", "(", ")") {
		k++
	}
	return k
}

// addKnown makes sure the knowledge-base entity is among the actors and
// returns its ID.
func (d *doc) addKnown(e *kb.Entity) string {
	if _, ok := d.index[e.ID]; ok {
		return e.ID
	}
	a := parley.Actor{ID: e.ID, Name: e.Name, Country: e.Country, Wikidata: e.Wikidata, Known: true}
	switch e.Kind {
	case kb.KindPerson:
		a.Kind = parley.Person
		a.Role = d.roleOf(e)
		if roles := e.RoleOn(d.on); !d.on.IsZero() && len(roles) > 0 && strings.HasPrefix(roles[0].Of, "state:") {
			// A person acts for the state of the office held on the day:
			// Shevardnadze, a Georgian, for the Soviet Union in 1986.
			a.Country = strings.TrimPrefix(roles[0].Of, "state:")
		}
	case kb.KindState:
		a.Kind = parley.State
		a.Role = "state"
	default:
		a.Kind = parley.Organization
		a.Role = orgRole(e)
	}
	d.index[e.ID] = len(d.actors)
	d.actors = append(d.actors, a)
	return e.ID
}

// addNew records an actor the knowledge base does not know.
func (d *doc) addNew(kind parley.ActorKind, name, country, role string) string {
	if kind == parley.Person {
		name = nameCase(name) // "ALEJANDRO WOLFF (United States) said": a record's capitals, not the name's
		if id := d.misspelt(name); id != "" {
			return id // "Liu Xiaming" in an article about Liu Xiaoming
		}
	}
	id := "new:" + string(kind) + ":" + slug(name)
	if i, ok := d.index[id]; ok {
		a := &d.actors[i]
		if a.Country == "" {
			a.Country = country
		}
		if a.Role == "" {
			a.Role = role
		}
		return id
	}
	d.index[id] = len(d.actors)
	d.actors = append(d.actors, parley.Actor{ID: id, Name: name, Kind: kind, Country: country, Role: role})
	return id
}

// nameCase writes a person's name that the text gives in capitals only
// ("JEAN-MARC DE LA SABLIÈRE") as names are written: each part
// capitalised, the particles of names (dict.go) in lower case. Other
// names are kept as written.
func nameCase(name string) string {
	if strings.ToUpper(name) != name || strings.ToLower(name) == name {
		return name
	}
	words := strings.Fields(name)
	for i, w := range words {
		lower := strings.ToLower(w)
		if i > 0 && i < len(words)-1 && (particles[lower] || lower == "y" || lower == "do" || lower == "des") { // ("Sánchez y …", "Lula do …")
			words[i] = lower
			continue
		}
		parts := strings.Split(lower, "-")
		for j, p := range parts {
			if r, size := utf8.DecodeRuneInString(p); size > 0 {
				parts[j] = string(unicode.ToUpper(r)) + p[size:]
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// misspelt returns a person the article has already named whose name the
// new name misspells by one letter ("Liu Xiaming" for Liu Xiaoming), or "".
// Names must be long and have as many words: a letter is all that tells
// short names apart.
func (d *doc) misspelt(name string) string {
	if utf8.RuneCountInString(name) < 8 {
		return ""
	}
	words := len(strings.Fields(name))
	for _, a := range d.actors {
		if a.Kind == parley.Person && a.Known && len(strings.Fields(a.Name)) == words && oneEditApart(strings.ToLower(a.Name), strings.ToLower(name)) {
			return a.ID
		}
	}
	return ""
}

// oneEditApart reports whether a and b differ by exactly one inserted,
// deleted or replaced letter.
func oneEditApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// roleOf returns the person's most senior role on the publication date, or
// their last role before it, marked "former".
func (d *doc) roleOf(e *kb.Entity) string {
	if d.on.IsZero() {
		return ""
	}
	if roles := e.RoleOn(d.on); len(roles) > 0 {
		return roles[0].Title
	}
	var last *kb.Role
	var lastEnd time.Time
	for k := range e.Roles {
		_, to := e.Roles[k].Span()
		if to.Before(d.on) && (last == nil || to.After(lastEnd)) {
			last, lastEnd = &e.Roles[k], to
		}
	}
	if last != nil {
		return "former " + last.Title
	}
	return ""
}

func orgRole(e *kb.Entity) string {
	switch e.OrgType {
	case "igo":
		return "intergovernmental organisation"
	case "government_body":
		return "government body"
	case "party":
		return "political party"
	case "media":
		return "news organisation"
	case "ngo":
		return "non-governmental organisation"
	case "armed_group":
		return "armed group"
	case "court":
		return "court"
	}
	return "organisation"
}

// lastPerson returns the most recently mentioned person compatible with the
// gender (or any person for ""), within the last three sentences.
func (d *doc) lastPerson(i int, gender string) string {
	for rf := range d.recentWithin(i, 3) {
		if rf.kind == parley.Person && (gender == "" || rf.gender == "" || rf.gender == gender) && !(d.quoted[rf.tok] && !d.quoted[i]) {
			return rf.id
		}
	}
	return ""
}

// sentencePerson returns the last person named before token i in its own
// sentence, whatever the gender: the owner a possessive whose gender
// finds no one may still mean.
func (d *doc) sentencePerson(i int) string {
	for rf := range d.recentWithin(i, 1) {
		if rf.kind == parley.Person && d.sentenceOf[rf.tok] == d.sentenceOf[i] && !(d.quoted[rf.tok] && !d.quoted[i]) {
			return rf.id
		}
	}
	return ""
}

// personalPronoun reports whether the pronoun at i stands for a person the
// later stages may need: a subject ("he said") or a possessor ("his
// meeting with Biden"), not an object ("told him").
func (d *doc) personalPronoun(i int) bool {
	switch d.toks[i].Norm {
	case "he", "she":
		// "He Jianxiong, the former IMF director, said": a family name.
		return !(d.toks[i].Text == "He" && i+1 < len(d.toks) && d.toks[i+1].Upper && d.toks[i+1].Kind == token.Word &&
			!d.toks[i+1].NewlineBefore && d.nameWord(i+1) && d.r.dict.match(d.toks, i+1) == nil)
	case "his":
		// "his Ukrainian counterpart Dmytro Kuleba": a descriptor, not a reference.
		for k := i + 1; k < len(d.toks) && k <= i+3; k++ {
			if d.toks[k].Is("counterpart", "counterparts", "deputy", "successor", "predecessor") {
				return !d.followedByName(k + 1)
			}
		}
		return true
	case "her":
		// "her" is a possessor when a noun follows, else an object.
		return i+1 < len(d.toks) && d.toks[i+1].Kind == token.Word && !d.toks[i+1].Upper &&
			!d.toks[i+1].Is("to", "that", "and", "in", "on", "at", "for", "with", "as", "of")
	}
	return false
}

// pronounAntecedent resolves "he" or "she" at token i. News keeps its
// pronouns on the person a sentence is about, so the candidates are the
// people who open their sentences (the subjects, as near as the stage can
// tell), the nearest first, within the sentence before and this one; only
// without one does the most recent person win.
func (d *doc) pronounAntecedent(i int, gender string) string {
	if id := d.cataphor(i, gender); id != "" {
		return id
	}
	if id := d.speakerBefore(i, gender); id != "" {
		return id
	}
	s := d.sentenceOf[i]
	openS := i == 0 || d.sentenceOf[i-1] != s
	// firstOf maps a sentence to the first person mentioned in it who is
	// not the object of a preposition ("In a letter to the president,
	// Duvall said …" is about Duvall); failing that, to the first person.
	firstOf := map[int]string{}
	objectOnly := map[int]bool{}
	for n, rf := range d.recent {
		if rf.kind != parley.Person && !d.envoys[rf.tok] || d.quoted[rf.tok] && !d.quoted[i] || d.speakerLabel(rf.tok) {
			continue
		}
		if rf.kind != parley.Person && n+1 < len(d.recent) && d.recent[n+1].kind == parley.Person && d.namedInApposition(rf.tok, d.recent[n+1].tok) {
			continue // "The representative of Georgia, Alexander Lomaia, …. He called on …": the person named
		}
		si := d.sentenceOf[rf.tok]
		id, seen := firstOf[si]
		// (an owner is no subject: "His deputy, Enver Hoxhaj, went
		// further" is about the deputy)
		obj := d.prepositionObject(rf.tok) || d.inOpeningClause(rf.tok) || d.toks[rf.tok].Is("his", "her")
		switch {
		case !seen:
			firstOf[si], objectOnly[si] = rf.id, obj
		case objectOnly[si] && !obj && id != rf.id:
			firstOf[si], objectOnly[si] = rf.id, false
		}
	}
	compatible := func(id string) bool {
		if e := d.r.kb.Get(id); e != nil && e.Gender != "" {
			return e.Gender == gender
		}
		return true
	}
	prev := d.sentenceBeforeQuote(i)
	order := []int{s, prev}
	if openS {
		order = []int{prev, s}
	}
	for _, si := range order {
		if id, ok := firstOf[si]; ok && compatible(id) && (si < s || d.mentionedBefore(id, i)) {
			return id
		}
	}
	// Past a sentence or two about no one, the person who opened an
	// earlier one, not one a preposition governs there: "Lavrov arrived
	// for talks with his Turkish counterpart. The visit comes amid
	// tension. “…,” he said."
	for si := prev - 1; si >= 0 && si >= prev-2; si-- {
		if id, ok := firstOf[si]; ok && !objectOnly[si] && compatible(id) {
			return id
		}
	}
	return d.lastPerson(i, gender)
}

// namedInApposition reports whether the person mention at token p is
// set off by a comma right after the mention that starts at token e: "the
// representative of Georgia, Alexander Lomaia,".
func (d *doc) namedInApposition(e, p int) bool {
	return p > e+1 && p-e <= 8 && d.toks[p-1].Is(",") && d.sentenceOf[p] == d.sentenceOf[e]
}

// speakerLabel reports whether the name at token i labels who speaks in
// a transcript ("RIBEIRO: Lula was in Araraquara … He has been blunt"):
// the speaker says "I", so no later "he" is that person.
func (d *doc) speakerLabel(i int) bool {
	if i > 0 && !d.toks[i].NewlineBefore {
		return false
	}
	for k := i; k < len(d.toks) && k <= i+3; k++ {
		if d.toks[k].Is(":") {
			return k > i
		}
		if !d.toks[k].Upper {
			return false
		}
	}
	return false
}

// speakerBefore returns the person who says what "he" or "she" at token
// i opens: "…, and Zelensky said on Saturday that he would travel" is
// Zelensky, whoever opened the sentence. "" when no person of the gender
// is named right before the reporting verb.
func (d *doc) speakerBefore(i int, gender string) string {
	m := d.mentionEndingAt(d.reporter(i))
	if m == nil || len(m.Actors) != 1 {
		return ""
	}
	a := d.actors[d.index[m.Actors[0]]]
	if a.Kind != parley.Person {
		return ""
	}
	if e := d.r.kb.Get(a.ID); e != nil && e.Gender != "" && e.Gender != gender {
		return ""
	}
	return a.ID
}

// inOpeningClause reports whether token i lies in a clause that opens its
// sentence before the subject: "After meeting Wang Yi in Beijing, Blinken
// told reporters …" is about Blinken.
func (d *doc) inOpeningClause(i int) bool {
	a := i
	for a > 0 && d.sentenceOf[a-1] == d.sentenceOf[i] {
		a--
	}
	t := &d.toks[a]
	participle := t.Kind == token.Word && len(t.Norm) >= 6 && strings.HasSuffix(t.Norm, "ing") && d.r.dict.match(d.toks, a) == nil
	if a == i || !participle && !t.Is("after", "before", "while", "following", "during", "despite", "ahead", "upon") {
		return false
	}
	for k := a + 1; k < i; k++ {
		if d.toks[k].Is(",") {
			return false // the clause ended before it: "After the meeting, Trump spoke …"
		}
	}
	for k := i + 1; k < len(d.toks) && d.sentenceOf[k] == d.sentenceOf[i]; k++ {
		if d.toks[k].Is(",") {
			return true
		}
		if d.toks[k].Is("said", "told", "says") {
			return false // "Speaking to Reuters Blinken said": no comma, no clause
		}
	}
	return false
}

// tokIs reports whether token i exists and is one of words.
func (d *doc) tokIs(i int, words ...string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].Is(words...)
}

// personBefore reports whether a person was named in tokens [a, i).
func (d *doc) personBefore(a, i int) bool {
	for _, rf := range d.recent {
		if rf.kind == parley.Person && rf.tok >= a && rf.tok < i {
			return true
		}
	}
	return false
}

// sentenceBeforeQuote returns the sentence before the one holding token
// i, passing over sentences wholly inside quotation marks: in
// "Erdogan criticised Netanyahu. "He is a criminal. He must be
// stopped," he said." the sentence before "he said" is Erdogan's.
func (d *doc) sentenceBeforeQuote(i int) int {
	s := d.sentenceOf[i]
	prev := s - 1
	j := i
	for j >= 0 && d.sentenceOf[j] == s {
		j--
	}
	for prev >= 0 && s-prev <= 6 {
		quoted, words := true, 0
		for ; j >= 0 && d.sentenceOf[j] == prev; j-- {
			if d.toks[j].Kind == token.Word {
				words++
				quoted = quoted && d.quoted[j]
			}
		}
		if words == 0 || !quoted {
			return prev
		}
		prev--
	}
	return s - 1
}

// cataphor resolves "his" or "her" in a phrase that opens the sentence to
// the person who is the subject after it: "Speaking after his meeting
// with Xi on Friday, Bolsonaro said …", "After her talks with Biden,
// Meloni flew to Rome".
func (d *doc) cataphor(i int, gender string) string {
	if !d.toks[i].Is("his", "her") {
		return ""
	}
	s := d.sentenceOf[i]
	a := i
	for a > 0 && d.sentenceOf[a-1] == s {
		a--
	}
	if !(strings.HasSuffix(d.toks[a].Norm, "ing") || d.toks[a].Is("after", "before", "during", "following", "upon", "on", "ahead", "at", "in")) {
		return ""
	}
	// Right after the opening words, or set off after them with no one
	// named before: "In a recorded address on Thursday, his first public
	// appearance since the ceasefire, Khamenei claimed victory".
	if i-a > 4 && (i-a > 12 || !d.tokIs(i-1, ",") || d.personBefore(a, i)) {
		return ""
	}
	for c := i + 1; c < len(d.toks) && c-i <= 12 && d.sentenceOf[c] == s; c++ {
		if d.toks[c].Text != "," {
			continue
		}
		j := c + 1
		for j < len(d.toks) && j-c <= 4 && (titleWords[d.toks[j].Norm] || d.toks[j].Is("the")) && !d.followedByName(j) {
			j++ // "…, Brazilian President Jair Bolsonaro said": past the title
		}
		for j < len(d.toks) && j-c <= 5 && titleWords[d.toks[j].Norm] {
			j++
		}
		en := d.r.dict.match(d.toks, j)
		if en == nil {
			return ""
		}
		// The name is resolved as it would be where it stands: "In his
		// interview, Aliyev …" is the Aliyev of the article, not his father.
		var named, surnamed []target
		for _, tg := range en.targets {
			if tg.entity.Kind != kb.KindPerson || tg.entity.Gender != "" && tg.entity.Gender != gender {
				continue
			}
			if tg.via == parley.ViaSurname {
				surnamed = append(surnamed, tg)
			} else {
				named = append(named, tg)
			}
		}
		switch {
		case len(named) > 0:
			return d.addKnown(d.pickPerson(named))
		case len(surnamed) > 0:
			if p := d.namedPaternal(j, surnamed); p != nil && len(en.toks) == 1 {
				return d.addKnown(p)
			}
			if e := d.pickSurname(surnamed); e != nil {
				return d.addKnown(e)
			}
		}
		return ""
	}
	return ""
}

// reporter returns, when "it" at i follows a reporting verb ("said it",
// "announced that it"), the token before that verb, where its subject
// ends; else -1.
func (d *doc) reporter(i int) int {
	j := i - 1
	if v := d.secondThat(i); v >= 0 {
		j = v // "said the crew were safe and that it had asked Tehran": the one who said both
	} else if j >= 0 && d.toks[j].Is("that") {
		j--
		// "said on Thursday that it", "said in a statement that it"
		for n := 0; j >= 0 && n < 4 && (timeWords[d.toks[j].Norm] || d.toks[j].Kind == token.Number); n++ {
			j--
		}
	}
	if j < 0 || !reportVerbs[d.toks[j].Norm] {
		return -1
	}
	j--
	if j >= 2 && d.toks[j].Text == "," {
		// "The DFA, in a statement, said it": the subject before the aside
		for k := j - 1; k >= 0 && j-k <= 5 && (timeWords[d.toks[k].Norm] || d.toks[k].Text == ","); k-- {
			if d.toks[k].Text == "," {
				j = k - 1
				break
			}
		}
		// "Brazil, which borders both countries, said it": the subject
		// before a relative clause set off by commas
		for k := j - 1; k >= 1 && j-k <= 25 && d.toks[j].Text == ","; k-- {
			if d.toks[k].Text == "," && d.toks[k+1].Is("which", "who") {
				j = k - 1
				break
			}
			if d.toks[k].Kind == token.Punct && d.toks[k].Text != "-" {
				break
			}
		}
	}
	for n := 0; j >= 0 && n < 2 && d.toks[j].Is("has", "have", "had", "also", "already", "previously"); n++ {
		j-- // "the EU has said it will …": the subject before the auxiliary
	}
	if j >= 2 && d.toks[j].Is(")") && d.toks[j-2].Is("(") {
		j-- // "The Department of Foreign Affairs (DFA) said it": the body in brackets
	}
	return j
}

// reportVerbs are the reporting verbs whose subject "that it" goes back to.
var reportVerbs = set("said", "says", "announced", "announces", "stated", "added", "warned", "insisted", "claimed", "declared", "confirmed")

// secondThat returns, when "it" at i opens a second "that" clause of a
// reporting verb ("said 18 of the crew were Indian nationals and that it
// had asked Tehran"), that verb; else -1. A name of a state or body in
// the first clause may be what "it" stands for instead ("said Russia had
// struck and that it would …"), and leaves it open.
func (d *doc) secondThat(i int) int {
	if i < 3 || !d.toks[i-1].Is("that") || !d.toks[i-2].Is("and") {
		return -1
	}
	for v := i - 3; v >= 0 && i-v <= 30 && d.sentenceOf[v] == d.sentenceOf[i]; v-- {
		if !reportVerbs[d.toks[v].Norm] {
			continue
		}
		from, to := d.toks[v].End, d.toks[i-2].Start
		for _, m := range d.mentions {
			if m.Span.Start >= from && m.Span.End <= to && m.Via != parley.ViaAdjective {
				return -1
			}
		}
		return v
	}
	return -1
}

// timeWords make up the short time and manner phrases that stand between
// a reporting verb and its "that".
var timeWords = set("on", "in", "a", "statement", "communiqué", "communique", "letter", "declaration", "release", "press", "last", "this", "week", "month", "earlier", "later", "late",
	"night", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "today", "yesterday", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
	"sep", "oct", "nov", "dec")

// mentionEndingAt returns the mention whose last token is i, if any.
func (d *doc) mentionEndingAt(i int) *parley.Mention {
	if i < 0 || i >= len(d.toks) {
		return nil
	}
	end := d.toks[i].End
	for k := len(d.mentions) - 1; k >= 0; k-- {
		if d.mentions[k].Span.End == end {
			return &d.mentions[k]
		}
	}
	return nil
}

// relativeHeadBefore reports whether "it" at i opens a relative clause on
// a paper or a measure right before it, with or without "that" or
// "which": "the memorandum it signed", "the sanctions that it imposed".
func (d *doc) relativeHeadBefore(i int) bool {
	h := i - 1
	if d.toks[h].Is("that", "which") {
		h--
	}
	return h >= 0 && !d.toks[h].Upper && relativeHeads[d.toks[h].Norm]
}

// relativeHeads are papers and measures a relative clause may tell the
// making of.
var relativeHeads = set("memorandum", "agreement", "agreements", "deal", "deals", "treaty", "accord", "pact", "declaration",
	"sanctions", "measures", "ban", "tariffs", "restrictions", "commitments", "commitment", "pledge", "pledges", "promise", "promises",
	"decision", "plan", "proposal", "conditions", "statement", "resolution", "protocol", "roadmap")

// itObjectVerbs take "it" as the one they charge, ask or thank.
var itObjectVerbs = []string{"accusing", "accused", "accuses", "accuse", "urging", "urged", "urges", "urge",
	"blaming", "blamed", "blames", "criticising", "criticizing", "criticised", "criticized", "condemning", "condemned",
	"warning", "warned", "thanking", "thanked", "praising", "praised", "asking", "asked", "pressing", "pressed"}

// objectItAntecedent returns the state or body "it" at token i, the
// object of a verb, stands for: the last one its sentence named before
// it that does not open the sentence, when that one is not the same as
// the sentence's first actor; else "".
func (d *doc) objectItAntecedent(i int) string {
	s := d.sentenceOf[i]
	first, last, lastEnd := "", "", -1
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || d.sentenceOf[k] != s || len(m.Actors) == 0 {
			continue
		}
		if first == "" {
			first = m.Actors[0]
		}
		if len(m.Actors) != 1 || m.Via == parley.ViaAdjective || m.Via == parley.ViaPronoun || m.Via == parley.ViaGroup {
			continue
		}
		if kd := d.actors[d.index[m.Actors[0]]].Kind; kd == parley.State || kd == parley.Organization {
			last, lastEnd = m.Actors[0], d.tokenIndex(m.Span.End-1)
		}
	}
	if last == first {
		return "" // "Russia accused it": the subject is no object of its own verb
	}
	if list := d.listEndingAt(lastEnd); slices.Contains(list, first) {
		// "France and Belgium urged it to reverse the decision": none of
		// the subjects is the object; the one the sentence before opened
		// on is.
		if id := d.sentenceSubject(s - 1); id != "" && !slices.Contains(list, id) {
			return id
		}
		return ""
	}
	return last
}

// listEndingAt returns the actors of a list of two or more states or
// bodies joined by commas and "and" that ends at token j ("Mali, Burkina
// Faso and Niger"), else nil.
func (d *doc) listEndingAt(j int) []string {
	var ids []string
	and := false
	for j >= 0 {
		m := d.mentionEndingAt(j)
		if m == nil || len(m.Actors) != 1 {
			break
		}
		if k := d.actors[d.index[m.Actors[0]]].Kind; k != parley.State && k != parley.Organization {
			break
		}
		ids = append([]string{m.Actors[0]}, ids...)
		j = d.tokenIndex(m.Span.Start) - 1
		if j >= 1 && d.toks[j].Is("the") {
			j-- // "Palau, the Federated States of Micronesia, the Marshall Islands and Nauru"
		}
		if j < 1 || !d.toks[j].Is(",", "and") {
			break
		}
		and = and || d.toks[j].Is("and")
		j--
		if j >= 0 && d.toks[j].Text == "," && d.toks[j+1].Is("and") {
			j-- // the serial comma: "Mali, Burkina Faso, and Niger"
		}
	}
	if len(ids) < 2 || !and {
		return nil
	}
	return ids
}

// groupEndingAt returns the actors of a group mention ending at token j
// ("the two sides", "both leaders"), or nil.
func (d *doc) groupEndingAt(j int) []string {
	if j < 0 {
		return nil
	}
	if m := d.mentionEndingAt(j); m != nil && m.Via == parley.ViaGroup && len(m.Actors) >= 2 {
		return m.Actors
	}
	return nil
}

// itAntecedent returns the organisation or state that "it" at token i
// stands for: the last one named, not after a preposition, in this
// sentence or the one before, when no person stands between.
func (d *doc) itAntecedent(i int) string {
	s := d.sentenceOf[i]
	if d.opensSentence(i) {
		// "India has been Sri Lanka's largest source of aid. In March it
		// extended …": the subject of the sentence before, not the name
		// it ended on.
		if id := d.sentenceSubject(s - 1); id != "" {
			return id
		}
	}
	return d.latestBefore(i, func(rf ref) string {
		if rf.kind == parley.Organization || rf.kind == parley.State {
			return rf.id
		}
		return ""
	})
}

// latestBefore returns what fits makes of the latest actor named before
// token i, in its sentence or the one before, that gives a non-empty
// answer — past quoted names an unquoted word cannot refer to and the
// objects of prepositions ("cut ties with Tehran"); "" if none does.
func (d *doc) latestBefore(i int, fits func(ref) string) string {
	s := d.sentenceOf[i]
	for k := len(d.recent) - 1; k >= 0; k-- {
		rf := d.recent[k]
		if rf.tok >= i {
			continue
		}
		if d.sentenceOf[rf.tok] < s-1 {
			break
		}
		if d.quoted[rf.tok] && !d.quoted[i] || d.prepositionObject(rf.tok) {
			continue
		}
		if id := fits(rf); id != "" {
			return id
		}
	}
	return ""
}

// documentBefore reports whether the sentence before the one of token i
// names a document and more than one actor, so that a present tense after
// "It" may tell of the document rather than of its author: "Moscow sent
// Kyiv a diplomatic note. It calls the attack …". (A paper one body
// adopted speaks for it: "The allies adopted a new strategic concept. It
// calls Russia …".)
func (d *doc) documentBefore(i int) bool {
	s := d.sentenceOf[i]
	doc := false
	for j := i - 1; j >= 0 && d.sentenceOf[j] >= s-1; j-- {
		doc = doc || d.sentenceOf[j] == s-1 && documentNouns[d.toks[j].Norm]
	}
	seen := map[string]bool{}
	for rf := range d.recentWithin(i, 1) {
		if rf.tok < i && d.sentenceOf[rf.tok] == s-1 {
			seen[rf.id] = true
		}
	}
	return doc && len(seen) > 1
}

// opensSentence reports whether token i opens its sentence or follows
// only an opening time phrase.
func (d *doc) opensSentence(i int) bool {
	return i == 0 || d.sentenceOf[i-1] != d.sentenceOf[i] || d.afterOpeningTime(i) || d.afterConnective(i)
}

// sentenceSubject returns the organisation or state that opens sentence
// s as its subject, past an opening subordinate clause ("As federal troops
// advanced, the TPLF fired …"), or "".
func (d *doc) sentenceSubject(s int) string {
	for k := range d.recent {
		rf := d.recent[k]
		if d.sentenceOf[rf.tok] != s {
			continue
		}
		a := rf.tok
		for a > 0 && d.sentenceOf[a-1] == s {
			a--
		}
		if d.toks[a].Is("as", "when", "while", "after", "before", "although", "though", "since", "because", "if", "once", "until") {
			comma := false
			for j := a; j < rf.tok; j++ {
				comma = comma || d.toks[j].Text == ","
			}
			if !comma {
				continue // inside the opening clause
			}
		}
		j := rf.tok + 1
		if m, ok := d.mentionOn(rf.tok); ok {
			j = d.tokenIndex(m.Span.End)
		}
		if d.toks[a].Is("in", "at", "on", "during", "after", "before", "with", "under", "through", "via") && rf.tok > a+1 &&
			j < len(d.toks) && d.toks[j].Text == "," {
			continue // "In a statement carried by its news agency, KCNA, the government said": a name inside the opening phrase
		}
		if d.quoted[rf.tok] || d.prepositionObject(rf.tok) || rf.kind != parley.Organization && rf.kind != parley.State {
			return "" // the first name is no state or body acting: leave it to the nearest
		}
		if j < len(d.toks) && d.toks[j].Is("'s", "’s") {
			// "Senegal's Constitutional Council …, and it annulled": the
			// body owned, named at once; "Sri Lanka's largest lender": an
			// owner, not the subject.
			if k+1 < len(d.recent) && d.recent[k+1].tok > j && d.recent[k+1].tok <= j+3 && d.sentenceOf[d.recent[k+1].tok] == s &&
				(d.recent[k+1].kind == parley.Organization || d.recent[k+1].kind == parley.State) {
				return d.recent[k+1].id
			}
			return ""
		}
		return rf.id
	}
	return ""
}

// describesName reports whether the phrase at i follows a name and a
// comma, describing it: "Wang Yi, China's top diplomat".
func (d *doc) describesName(i int) bool {
	return i >= 2 && d.toks[i-1].Text == "," && d.toks[i-2].Upper
}

// actingVerb reports whether token j, after a subject "It", starts what
// an actor did: an adverb of sequence ("also", "later") or a verb in the
// past tense ("urged", "said"), not a copula ("is", "was", "seems").
func (d *doc) actingVerb(j int) bool {
	t := &d.toks[j]
	if presentActs[t.Norm] {
		return true // "It calls on Russia to withdraw"
	}
	if t.Is("also", "later", "then", "further", "has", "had", "will", "would", "did", "said", "says", "told", "added", "warned",
		"urged", "called", "accused", "demanded", "rejected", "announced", "condemned", "welcomed", "summoned", "expelled") {
		return !(j+1 < len(d.toks) && d.toks[j+1].Is("been", "be", "become", "seemed"))
	}
	return t.Kind == token.Word && !t.Upper && (strings.HasSuffix(t.Norm, "ed") && len(t.Norm) > 4 && !t.Is("seemed", "appeared", "remained", "needed") ||
		irregularActs[t.Norm])
}

// irregularActs are past tenses of acts that do not end in "-ed".
var irregularActs = map[string]bool{"struck": true, "hit": true, "shot": true, "sent": true, "took": true, "withdrew": true,
	"broke": true, "held": true, "began": true, "led": true, "drew": true, "threw": true, "froze": true, "cut": true, "won": true}

// afterOpeningTime reports whether only a time phrase opens the sentence
// before token i: "The following day it struck Asmara", "On Monday, it …".
func (d *doc) afterOpeningTime(i int) bool {
	a := i
	for a > 0 && d.sentenceOf[a-1] == d.sentenceOf[i] {
		a--
	}
	if a == i {
		return false
	}
	time := false
	for k := a; k < i; k++ {
		t := &d.toks[k]
		switch {
		case t.Text == "," || t.Is("the", "a", "an", "on", "in", "that", "this", "same", "following", "next", "previous", "later", "earlier", "after", "then"):
		case t.Text == "." && k > a && timeWords[d.toks[k-1].Norm]: // "On Jan. 9, …"
		case timeWords[t.Norm] || t.Kind == token.Number || t.Is("day", "days", "week", "weeks", "month", "months", "year", "hours", "hour", "night"):
			time = true
		default:
			return false
		}
	}
	return time
}

// afterConnective reports whether only a connective opens the sentence
// before token i: "However, it accused Sweden …", "Instead it urged …".
func (d *doc) afterConnective(i int) bool {
	a := i - 1
	if a >= 0 && d.toks[a].Text == "," {
		a--
	}
	return a >= 0 && connectives[d.toks[a].Norm] && (a == 0 || d.sentenceOf[a-1] != d.sentenceOf[a])
}

// connectives open a sentence that goes on with the one before.
var connectives = set("however", "instead", "still", "meanwhile", "but", "yet", "nevertheless", "nonetheless", "separately",
	"subsequently", "afterwards", "later", "then", "also", "moreover", "additionally", "furthermore")

// prepositionObject reports whether the mention starting at token i is
// governed by a preposition: "to the president", "with Putin".
func (d *doc) prepositionObject(i int) bool {
	k := i - 1
	for k >= 0 && d.sentenceOf[k] == d.sentenceOf[i] && d.toks[k].Is("the", "a", "an", "his", "her", "its", "their") {
		k--
	}
	return k >= 0 && d.sentenceOf[k] == d.sentenceOf[i] &&
		d.toks[k].Is("to", "with", "of", "for", "by", "from", "at", "in", "on", "about", "against", "toward", "towards", "into", "under", "between", "among", "after", "before", "like")
}

// mentionedBefore reports whether actor id was mentioned before token i.
func (d *doc) mentionedBefore(id string, i int) bool {
	for _, rf := range d.recent {
		if rf.id == id && rf.tok < i {
			return true
		}
	}
	return false
}

// lastGroup resolves a sentence-opening "They" to the group the sentence
// before was about: a group mention, or two people named side by side.
func (d *doc) lastGroup(i int) []string {
	s := d.sentenceOf[i]
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		mi := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[mi] < s-1 {
			break
		}
		// (A role held in several states is a group too: "The foreign
		// ministers of Brazil, India and South Africa met … They …")
		if (m.Via == parley.ViaGroup || m.Via == parley.ViaRole) && len(m.Actors) >= 2 {
			return m.Actors
		}
		// "Biden and Putin …": two people joined by "and".
		if k > 0 && mi > 0 && d.toks[mi-1].Is("and") && len(m.Actors) == 1 {
			prev := d.mentions[k-1]
			if prev.Span.End <= d.toks[mi-1].Start && d.tokenIndex(prev.Span.End-1) == mi-2 && len(prev.Actors) == 1 &&
				d.actors[d.index[prev.Actors[0]]].Kind == parley.Person && d.actors[d.index[m.Actors[0]]].Kind == parley.Person {
				return []string{prev.Actors[0], m.Actors[0]}
			}
		}
	}
	// "Biden met Xi in Bali. They agreed …": the two people the sentence
	// before named, when it named exactly two.
	var two []string
	for k := len(d.recent) - 1; k >= 0 && d.sentenceOf[d.recent[k].tok] >= s-1; k-- {
		rf := d.recent[k]
		if d.sentenceOf[rf.tok] != s-1 || rf.kind != parley.Person || slices.Contains(two, rf.id) {
			continue
		}
		two = append(two, rf.id)
	}
	if len(two) == 2 {
		return []string{two[1], two[0]} // first-mention order
	}
	if i+1 < len(d.toks) && d.actingVerb(i+1) {
		// (Not "imposed sanctions on Iran. They target the Guards": a
		// present tense more often describes the thing done.)
		return d.subjectListBefore(s)
	}
	return nil
}

// themVerbs take people as their object, so that "them" after them is
// people, not things: "received them", "urged them to".
var themVerbs = set("received", "receives", "hosted", "hosts", "met", "meets", "welcomed", "welcomes", "urged", "urges",
	"thanked", "thanks", "told", "tells", "asked", "asks", "invited", "invites", "accused", "accuses", "warned", "warns",
	"briefed", "briefs", "congratulated", "congratulates", "criticised", "criticized", "condemned", "summoned")

// personListBefore returns the people the sentence before token i lists
// side by side ("Scholz and Meloni", "Chissano, Sirleaf and Motlanthe"),
// the last such list of two or more, or nil.
func (d *doc) personListBefore(i int) []string {
	s := d.sentenceOf[i]
	var list, last []string
	prevEnd := -1
	for _, m := range d.mentions {
		mi := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[mi] != s-1 {
			continue
		}
		if len(list) > 0 && mi == prevEnd+2 && d.toks[prevEnd+1].Is("of") && len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") {
			prevEnd = d.tokenIndex(m.Span.End - 1) // "Chissano of Mozambique, Sirleaf of Liberia and …"
			continue
		}
		person := len(m.Actors) == 1 && d.actors[d.index[m.Actors[0]]].Kind == parley.Person
		joined := prevEnd >= 0 && mi > prevEnd
		for k := prevEnd + 1; joined && k < mi; k++ {
			joined = d.toks[k].Is(",", "and")
		}
		switch {
		case person && joined && len(list) > 0:
			list = append(list, m.Actors[0])
		case person:
			list = []string{m.Actors[0]}
		default:
			list = nil
		}
		if len(list) >= 2 {
			last = slices.Clone(list)
		}
		prevEnd = d.tokenIndex(m.Span.End - 1)
	}
	for k := range d.toks {
		if d.sentenceOf[k] == s-1 && listMeetings[d.toks[k].Norm] {
			return last
		}
	}
	return nil // "Biden and Sunak sent missiles. Zelensky received them": things
}

// listMeetings are the verbs of a sentence whose people listed may be
// "them" in the next one: those met, invited or appointed.
var listMeetings = set("met", "invited", "hosted", "received", "welcomed", "appointed", "named", "spoke", "phoned",
	"visited", "summoned", "joined", "meets", "invites", "hosts", "appoints")

// leadersOfOpening reports whether the name at token i follows "The
// leaders of" opening its sentence: "The leaders of Mali, Burkina Faso
// and Niger met in Niamey" has the states for its subject.
func (d *doc) leadersOfOpening(i int) bool {
	j := i - 1
	if j < 2 || !d.toks[j].Is("of") || !d.toks[j-1].Is("leaders", "presidents", "heads", "governments", "delegations", "ministers") {
		return false
	}
	k := j - 2
	if d.toks[k].Is("foreign", "defence", "defense", "prime") {
		k-- // "The foreign ministers of …"
	}
	return k >= 0 && d.toks[k].Is("the") && d.opensSentence(k)
}

// stateListBefore returns the states of the one list of two or more
// that the sentence of token i names before it ("Mali, Burkina Faso and
// Niger"), or nil when it names none or other states besides.
func (d *doc) stateListBefore(i int) []string {
	var run []parley.Mention
	for _, m := range d.mentions {
		mi := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[mi] != d.sentenceOf[i] || mi >= i {
			continue
		}
		if len(m.Actors) != 1 || m.Via == parley.ViaAdjective || d.actors[d.index[m.Actors[0]]].Kind != parley.State {
			continue
		}
		if len(run) > 0 && !d.listJoined(run[len(run)-1], m, false) {
			return nil // a second list or a state apart
		}
		run = append(run, m)
	}
	if len(run) < 2 {
		return nil
	}
	ids := make([]string, len(run))
	for k, m := range run {
		ids[k] = m.Actors[0]
	}
	return ids
}

// listJoined reports whether mentions a and b, in that order, stand in
// one list: only a comma, "and" or ", and" between them, and, when the is
// set, a "the" opening b's name ("Saudi Arabia, the UAE and Bahrain").
func (d *doc) listJoined(a, b parley.Mention, the bool) bool {
	between := strings.TrimSpace(d.text[a.Span.End:b.Span.Start])
	if the {
		between = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(between, "the"), "The"))
	}
	return between == "," || between == "and" || between == ", and"
}

// subjectListBefore returns the states or bodies named together as the
// subject of sentence s-1, two or more joined by commas and "and":
// "France and Saudi Arabia said they had agreed … They also called for
// …". Nil when the list is the object of a preposition or an owner
// ("between Russia and Ukraine", "Russia and China's leaders").
func (d *doc) subjectListBefore(s int) []string {
	var run []parley.Mention
	for _, m := range d.mentions {
		mi := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[mi] < s-1 {
			continue
		}
		if d.sentenceOf[mi] >= s {
			break
		}
		if len(run) > 0 && !d.listJoined(run[len(run)-1], m, true) {
			break
		}
		if len(m.Actors) != 1 || m.Via == parley.ViaAdjective || m.Via == parley.ViaPronoun || d.quoted[mi] ||
			len(run) == 0 && d.prepositionObject(mi) && !d.leadersOfOpening(mi) {
			return nil
		}
		if k := d.actors[d.index[m.Actors[0]]].Kind; k != parley.State && k != parley.Organization {
			return nil
		}
		run = append(run, m)
	}
	if len(run) < 2 {
		return nil
	}
	if end := d.tokenIndex(run[len(run)-1].Span.End); end < len(d.toks) && d.toks[end].Is("'s", "’s") {
		return nil
	}
	ids := make([]string, 0, len(run))
	for _, m := range run {
		if !slices.Contains(ids, m.Actors[0]) {
			ids = append(ids, m.Actors[0])
		}
	}
	if len(ids) < 2 {
		return nil
	}
	return ids
}

// groupSubjectBefore returns the organisation that opens the sentence
// before token i as its subject, when it is a body of several members or
// people — an armed group, an alliance, a grouping of states — that "they"
// can stand for; nil otherwise.
func (d *doc) groupSubjectBefore(i int) []string {
	s := d.sentenceOf[i]
	var first *parley.Mention
	for k := range d.mentions {
		m := &d.mentions[k]
		mi := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[mi] == s-1 {
			first = m
			break
		}
	}
	if first == nil || len(first.Actors) != 1 || first.Via == parley.ViaAdjective || first.Via == parley.ViaPronoun {
		return nil
	}
	a := d.actors[d.index[first.Actors[0]]]
	if a.Kind != parley.Organization || !pluralBody[a.Role] {
		return nil
	}
	// "Hamas released four Thai hostages. They thanked Qatar …": the
	// people the group acted on may be "they" as well.
	for k := d.tokenIndex(first.Span.End); k < i && d.sentenceOf[k] == s-1; k++ {
		if peopleNouns[d.toks[k].Norm] {
			return nil
		}
	}
	return first.Actors
}

// peopleNouns name people in the plural whom "they" may stand for.
var peopleNouns = map[string]bool{"hostages": true, "prisoners": true, "detainees": true, "workers": true,
	"journalists": true, "students": true, "people": true, "civilians": true, "soldiers": true, "captives": true,
	"migrants": true, "refugees": true, "tourists": true, "citizens": true, "nationals": true, "sailors": true,
	"crew": true, "passengers": true, "activists": true, "protesters": true, "officials": true, "diplomats": true}

// pluralBody are the kinds of organisation "they" refers to.
var pluralBody = map[string]bool{"armed group": true, "intergovernmental organisation": true, "organisation": true, "group": true}

// tokenIndex returns the index of the token starting at or covering byte off.
func (d *doc) tokenIndex(off int) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.toks[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// lastDistinct returns the last n distinct actors of the kind mentioned
// before token i, in the order they were first mentioned.
func (d *doc) lastDistinct(kind parley.ActorKind, n int) []string {
	return d.lastDistinctBut(kind, n, "")
}

// loneStateBefore returns the state named in the sentence of token i
// before it when it names exactly one, after a preposition that sets it
// apart: "In a statement with China, the two countries …".
func (d *doc) loneStateBefore(i int) string {
	return d.loneBefore(i, parley.State, func(rf ref) bool {
		// "India's minister said the two governments …": one of the two.
		return rf.tok > 0 && d.toks[rf.tok-1].Is("with", "from", "by", "to", "against", "than")
	})
}

// relativeHost returns the state a relative clause holding token i
// hangs on ("China, which has close ties with both neighbours, …"), when
// the clause opens with ", which" or ", who" right after its one name,
// in i's sentence; else "".
func (d *doc) relativeHost(i int) string {
	for j := i - 1; j >= 2 && i-j <= 12 && d.sentenceOf[j] == d.sentenceOf[i]; j-- {
		if !d.toks[j].Is("which", "who", "whose") || !d.toks[j-1].Is(",") {
			continue
		}
		if m := d.mentionEndingAt(j - 2); m != nil && len(m.Actors) == 1 && m.Via != parley.ViaAdjective && d.actors[d.index[m.Actors[0]]].Kind == parley.State {
			return m.Actors[0]
		}
		return ""
	}
	return ""
}

// loneBefore returns the one actor of kind that the sentence of token i
// names before it, or "" when it names none or several, or one that keep
// (when not nil) refuses.
func (d *doc) loneBefore(i int, kind parley.ActorKind, keep func(ref) bool) string {
	lone := ""
	for _, rf := range d.recent {
		if rf.tok >= i || d.sentenceOf[rf.tok] != d.sentenceOf[i] || rf.kind != kind {
			continue
		}
		if lone != "" && lone != rf.id || keep != nil && !keep(rf) {
			return ""
		}
		lone = rf.id
	}
	return lone
}

// objectPosition reports whether the phrase at token i stands right
// after a verb or "on" as its object: "congratulated the two sides",
// "called on both sides".
func (d *doc) objectPosition(i int) bool {
	if i == 0 {
		return false
	}
	p := d.toks[i-1]
	if p.Is("on", "upon") {
		return true
	}
	return p.Kind == token.Word && !p.Upper && (strings.HasSuffix(p.Norm, "ed") || p.Is("urge", "urges", "thank", "thanks", "congratulate", "congratulates", "told", "tell", "tells")) &&
		!p.Is("said", "added", "stated", "noted", "reported", "agreed", "claimed", "warned", "insisted", "believed")
}

// thirdStateIn reports whether sentence s names a state, or a person of a
// state, other than states: "Rahmon will host Japarov and Mirziyoyev"
// joins two of three parties, no two sides.
func (d *doc) thirdStateIn(s int, states []string) bool {
	for _, rf := range d.recent {
		if d.sentenceOf[rf.tok] != s {
			continue
		}
		id := rf.id
		if c := d.actors[d.index[id]].Country; rf.kind == parley.Person && c != "" {
			id = "state:" + c
		} else if rf.kind != parley.State {
			continue
		}
		if !slices.Contains(states, id) {
			return true
		}
	}
	return false
}

// lastGroupOf returns the states of the last group mention of n states
// (or of two people of two states) in the three sentences before token i ("the two countries also agreed …
// Wang Yi congratulated the two sides"), unless it holds but.
func (d *doc) lastGroupOf(i, n int, but string) []string {
	for m := len(d.mentions) - 1; m >= 0; m-- {
		mt := d.mentions[m]
		if mt.Span.Start >= d.toks[i].Start {
			continue
		}
		if d.sentenceOf[i]-d.sentenceOf[d.tokenIndex(mt.Span.Start)] > 3 {
			return nil
		}
		if mt.Via != parley.ViaGroup || len(mt.Actors) != n {
			continue
		}
		ids := slices.Clone(mt.Actors)
		if d.actors[d.index[ids[0]]].Kind == parley.Person && n == 2 {
			// "After the signing, the presidents reopened two checkpoints …
			// fighting between the two countries' forces": the states of
			// the two leaders.
			ids = d.statesOf(ids)
		}
		if len(ids) == n && d.actors[d.index[ids[0]]].Kind == parley.State {
			if but != "" && slices.Contains(ids, but) {
				return nil
			}
			return ids
		}
	}
	return nil
}

// peoplesStatesBefore returns the two states of the people named in the
// sentence before token i's, in the order named, when the people there
// are of exactly two states (and at least two people); else nil.
func (d *doc) peoplesStatesBefore(i int) []string {
	prev := d.sentenceOf[i] - 1
	var people []string
	for rf := range d.recentWithin(i, 1) {
		if d.sentenceOf[rf.tok] == prev && rf.kind == parley.Person && !slices.Contains(people, rf.id) {
			people = append(people, rf.id)
		}
	}
	if len(people) < 2 {
		return nil
	}
	slices.Reverse(people) // back to the order named
	var firsts []string    // the first person named of each state
	seen := map[string]bool{}
	for _, id := range people {
		c := d.actors[d.index[id]].Country
		if c == "" {
			continue // ("Kyaw Tint Swe, a minister in Aung San Suu Kyi's office": the state comes with her)
		}
		if !seen[c] {
			seen[c] = true
			firsts = append(firsts, id)
		}
	}
	if len(firsts) != 2 {
		return nil
	}
	return d.statesOf(firsts)
}

// twoStatesBefore returns the two states the sentence before token i's
// names, counting a person or a body as the state it serves, when it
// names exactly two; else nil.
func (d *doc) twoStatesBefore(i int) []string {
	prev := d.sentenceOf[i] - 1
	var states []string
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || d.sentenceOf[k] != prev || len(m.Actors) != 1 {
			continue
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Country == "" || a.Kind == parley.Organization && a.Role != "government body" {
			continue // (a news agency, a party, a group: no side of the two)
		}
		st := "state:" + a.Country
		if _, named := d.index[st]; !named {
			return nil // a state the article never names as such
		}
		if !slices.Contains(states, st) {
			states = append(states, st)
		}
	}
	if len(states) != 2 {
		return nil
	}
	return states
}

// namesAnyBefore reports whether the subject of token i's sentence, up
// to i, names one of ids as the speaker's own side: "Kallas, the EU's
// foreign policy chief, urged …", "The EU urged …" (not "the United
// States, which is bound to defend Japan, urged …", nor an object).
func (d *doc) namesAnyBefore(i int, ids []string) bool {
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || d.sentenceOf[k] != d.sentenceOf[i] || len(m.Actors) != 1 || !slices.Contains(ids, m.Actors[0]) {
			continue
		}
		if k == 0 || d.sentenceOf[k-1] != d.sentenceOf[k] || d.toks[k-1].Is("the") && (k == 1 || d.sentenceOf[k-2] != d.sentenceOf[k] || d.toks[k-2].Text == ",") {
			return true
		}
	}
	return false
}

// servesAnyBefore reports whether the sentence of token i names, before
// it, one of the states ids or someone who serves one.
func (d *doc) servesAnyBefore(i int, ids []string) bool {
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i || d.sentenceOf[k] != d.sentenceOf[i] || len(m.Actors) != 1 {
			continue
		}
		if k > 0 && d.toks[k-1].Is("in", "to", "from", "at", "near", "with") {
			continue // a place or a partner, not who speaks: "Moscow, which has a military base in Armenia, called on both sides"
		}
		if c := d.actors[d.index[m.Actors[0]]].Country; c != "" && slices.Contains(ids, "state:"+c) {
			return true
		}
	}
	return false
}

// lastDistinctBut is lastDistinct leaving out the actor but.
func (d *doc) lastDistinctBut(kind parley.ActorKind, n int, but string) []string {
	var ids []string
	seen := map[string]bool{but: but != ""}
	for k := len(d.recent) - 1; k >= 0 && len(ids) < n; k-- {
		rf := d.recent[k]
		if rf.kind == kind && !seen[rf.id] && !d.brokerAt(rf.tok) {
			seen[rf.id] = true
			ids = append(ids, rf.id)
		}
	}
	if len(ids) < n {
		return nil
	}
	// Back to first-mention order.
	for a, b := 0, len(ids)-1; a < b; a, b = a+1, b-1 {
		ids[a], ids[b] = ids[b], ids[a]
	}
	return ids
}

// stateCounts counts, before token i, the mentions of each state, a
// person counting for the state they serve.
func (d *doc) stateCounts(i int) map[string]int {
	n := map[string]int{}
	for _, rf := range d.recent {
		if id := d.stateOfRef(rf); rf.tok < i && id != "" {
			n[id]++
		}
	}
	return n
}

// stateOfRef returns the state a reference names or serves, or "".
func (d *doc) stateOfRef(rf ref) string {
	switch rf.kind {
	case parley.State:
		return rf.id
	case parley.Person:
		if c := d.actors[d.index[rf.id]].Country; c != "" {
			return "state:" + c
		}
	}
	return ""
}

// storyPair returns the two states named most before token i (n counts
// them, as stateCounts does), in the order first named, when the second
// is named at least three times and the two were once named in one
// sentence; else nil.
func (d *doc) storyPair(n map[string]int, i int) []string {
	var a, b string
	for id, c := range n {
		switch {
		case a == "" || c > n[a] || c == n[a] && id < a:
			a, b = id, a
		case b == "" || c > n[b] || c == n[b] && id < b:
			b = id
		}
	}
	if a == "" || b == "" || n[b] < 3 {
		return nil
	}
	together, firstA, firstB := false, -1, -1
	inSentence := map[int][2]bool{}
	for _, rf := range d.recent {
		id := d.stateOfRef(rf)
		if rf.tok >= i || id != a && id != b {
			continue
		}
		if id == a && firstA < 0 {
			firstA = rf.tok
		}
		if id == b && firstB < 0 {
			firstB = rf.tok
		}
		s := inSentence[d.sentenceOf[rf.tok]]
		s[0], s[1] = s[0] || id == a, s[1] || id == b
		inSentence[d.sentenceOf[rf.tok]] = s
		together = together || s[0] && s[1]
	}
	if !together {
		return nil
	}
	if firstB < firstA {
		a, b = b, a
	}
	return []string{a, b}
}

// outweighs reports whether the story's pair mp is named far more, by
// the counts n, than the states of ids it does not hold: each of those at
// most half as often as the less named of the pair.
func outweighs(n map[string]int, mp, ids []string) bool {
	if len(ids) != 2 || slices.Contains(mp, ids[0]) && slices.Contains(mp, ids[1]) {
		return false
	}
	low := min(n[mp[0]], n[mp[1]])
	for _, id := range ids {
		if !slices.Contains(mp, id) && 2*n[id] > low {
			return false
		}
	}
	return true
}

// soughtBetween reports whether the last mentions of ids before token
// i stand after "between" following a noun of a state of affairs
// ("efforts for a just and lasting peace between Russia and Ukraine"),
// a pair told as the matter of someone else's effort rather than the
// pair the story follows.
func (d *doc) soughtBetween(ids []string, i int) bool {
	at := d.latestRefOf(ids, i)
	if d.sentenceOf[at] == d.sentenceOf[i] {
		return false // "Relations between Washington and Beijing … since officials of the two countries …"
	}
	for k := at - 1; k >= 0 && at-k <= 4; k-- {
		if d.onMention(k) {
			continue
		}
		if d.toks[k].Is("between") {
			return k > 0 && d.toks[k-1].Is("peace", "war", "conflict", "reconciliation", "hostilities")
		}
		if !d.toks[k].Is("and", ",", "the") {
			return false
		}
	}
	return false
}

// bothNamedSince reports whether the states of ids are both named,
// themselves or by people who serve them, in the sentence of token i or
// the one before.
func (d *doc) bothNamedSince(ids []string, i int) bool {
	seen := map[string]bool{}
	for _, rf := range d.recent {
		if rf.tok < i && d.sentenceOf[i]-d.sentenceOf[rf.tok] <= 1 {
			seen[d.stateOfRef(rf)] = true
		}
	}
	for _, id := range ids {
		if !seen[id] {
			return false
		}
	}
	return true
}

// latestRefOf returns the token of the latest mention of any of ids
// before token i, or i.
func (d *doc) latestRefOf(ids []string, i int) int {
	at := i
	for _, rf := range d.recent {
		if rf.tok < i && slices.Contains(ids, rf.id) {
			at = rf.tok
		}
	}
	return at
}

// brokerAt reports whether the name at token i is that of a go-between:
// "a China-brokered agreement", "talks mediated by Qatar". A pair the
// text counts ("the two rivals") leaves it out.
func (d *doc) brokerAt(i int) bool {
	if n := d.toks[i].Norm; strings.HasSuffix(n, "-brokered") || strings.HasSuffix(n, "-mediated") {
		return true // one token: "China-brokered"
	}
	if i >= 2 && d.toks[i-1].Is("by") && d.toks[i-2].Is("brokered", "mediated", "facilitated", "hosted", "sponsored") {
		return true
	}
	for k := i + 1; k < len(d.toks) && k <= i+3; k++ {
		if d.toks[k].Is("brokered", "mediated") || strings.HasSuffix(d.toks[k].Norm, "-brokered") || strings.HasSuffix(d.toks[k].Norm, "-mediated") {
			return d.toks[k-1].Text == "-" || k == i+1
		}
		if d.toks[k].Text != "-" {
			return false
		}
	}
	return false
}

// allNamedBefore reports whether every one of ids is named earlier in the
// sentence of token i.
func (d *doc) allNamedBefore(ids []string, i int) bool {
	if len(ids) == 0 {
		return false
	}
	s := d.sentenceOf[i]
	seen := map[string]bool{}
	for _, m := range d.mentions {
		mi := d.tokenIndex(m.Span.Start)
		if mi < i && d.sentenceOf[mi] == s {
			for _, id := range m.Actors {
				seen[id] = true
			}
		}
	}
	for _, id := range ids {
		if !seen[id] {
			return false
		}
	}
	return true
}

// subjectPairBefore returns the two states or organisations joined by
// "and" that open the sentence before token i's as its subject, or nil:
// the sides of what that sentence told, not the mediators it names later.
func (d *doc) subjectPairBefore(i int) []string {
	s := d.sentenceOf[i]
	if s == 0 {
		return nil
	}
	var first *parley.Mention
	for k := range d.mentions {
		m := &d.mentions[k]
		mi := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[mi] != s-1 {
			continue
		}
		if mi > 0 && d.sentenceOf[mi-1] == s-1 && !d.toks[mi-1].Is("the") {
			return nil // not at the head of its sentence
		}
		first = m
		if k+1 >= len(d.mentions) || len(m.Actors) != 1 {
			return nil
		}
		second := &d.mentions[k+1]
		e := d.tokenIndex(m.Span.End - 1)
		if e+2 >= len(d.toks) || !d.toks[e+1].Is("and") || d.tokenIndex(second.Span.Start) != e+2 || len(second.Actors) != 1 {
			return nil
		}
		a, b := d.actors[d.index[first.Actors[0]]], d.actors[d.index[second.Actors[0]]]
		if a.Kind == parley.Person || b.Kind == parley.Person || a.ID == b.ID || d.hostsAside(d.tokenIndex(second.Span.End-1)+1) {
			return nil
		}
		return []string{a.ID, b.ID}
	}
	return nil
}

// opposedPairBefore returns the two sides the text last set against each
// other before token i's sentence — one accusing, attacking or fighting
// the other, both states, government bodies or armed groups: "Sudan's
// military on Sunday accused the paramilitary Rapid Support Forces of
// shelling …" makes the army and the RSF the "both sides" a later
// sentence urges or threatens, whoever was named in between.
func (d *doc) opposedPairBefore(i int) []string {
	side := func(m parley.Mention) bool {
		if len(m.Actors) != 1 {
			return false
		}
		a := d.actors[d.index[m.Actors[0]]]
		return a.Kind == parley.State || a.Kind == parley.Organization && (a.Role == "government body" || a.Role == "armed group")
	}
	for n := len(d.mentions) - 1; n > 0; n-- {
		b := d.mentions[n]
		bi := d.tokenIndex(b.Span.Start)
		if d.sentenceOf[bi] >= d.sentenceOf[i] || !side(b) {
			continue
		}
		v := bi - 1
		for v > 0 && bi-v <= 3 && (d.toks[v].Is("the") || d.toks[v].Kind == token.Word && !d.toks[v].Upper && !opposingVerbs[d.toks[v].Norm]) {
			v-- // "accused the paramilitary Rapid Support Forces"
		}
		if v > 0 && d.toks[v].Is("with") && d.toks[v-1].Is("clashed", "clash", "clashes", "fighting", "war") {
			v-- // "clashed with"
		}
		if v < 0 || !opposingVerbs[d.toks[v].Norm] || d.sentenceOf[v] != d.sentenceOf[bi] {
			continue
		}
		// the subject: the mention just before the verb, in its sentence
		a := d.mentions[n-1]
		ae := d.tokenIndex(a.Span.End - 1)
		if ae < v && v-ae <= 4 && d.sentenceOf[ae] == d.sentenceOf[v] && side(a) && a.Actors[0] != b.Actors[0] {
			return []string{a.Actors[0], b.Actors[0]}
		}
	}
	return nil
}

// hostsAside reports whether the tokens from i tell, in an aside, that
// the pair named before them hosts or brokers talks: "Egypt and Saudi
// Arabia, which co-host the Jeddah talks, …" are go-betweens, no sides.
func (d *doc) hostsAside(i int) bool {
	if i+2 >= len(d.toks) || !d.toks[i].Is(",") || !d.toks[i+1].Is("which", "who") {
		return false
	}
	for j := i + 2; j < len(d.toks) && j <= i+4; j++ {
		if d.toks[j].Is("host", "co-host", "hosted", "co-hosted", "mediate", "mediated", "broker", "brokered", "facilitate", "facilitated", "sponsor", "sponsored") {
			return true
		}
	}
	return false
}

// opposingVerbs set their subject against their object.
var opposingVerbs = map[string]bool{"accused": true, "accuses": true, "attacked": true, "attacks": true,
	"shelled": true, "shells": true, "bombed": true, "bombs": true, "struck": true, "invaded": true,
	"raided": true, "fought": true, "fights": true, "clashed": true, "clash": true, "clashes": true,
	"fighting": true, "war": true}

// sidesOfAnyKind are the group phrases that may mean organisations as well
// as states: "the two sides" of a war may be a government and a rebel
// movement, "the two countries" are states.
var sidesOfAnyKind = map[string]bool{"the two sides": true, "both sides": true, "each side": true, "the two parties": true,
	"both parties": true, "the parties": true, "the two delegations": true, "both delegations": true, "the two forces": true, "both forces": true,
	"the two armies": true, "both armies": true, "the two militaries": true, "both militaries": true}

// partiesPair returns the last two parties — states, or organisations too
// when orgs — the text joined with "and" in the sentences just before
// token i ("Ethiopia's federal government and the Tigray People's
// Liberation Front", "between Serbia and Kosovo"), whom a later "the two
// sides" means. A pair after "by" is the mediators ("talks facilitated by
// Saudi Arabia and the United States"), not the sides.
func (d *doc) partiesPair(i int, orgs bool) []string {
	return d.partiesPairBut(i, orgs, nil)
}

// partiesPairBut is partiesPair past the pairs skip rules out.
func (d *doc) partiesPairBut(i int, orgs bool, skip func([]string) bool) []string {
	party := func(m parley.Mention) bool {
		if len(m.Actors) != 1 || m.Via == parley.ViaGroup {
			return false
		}
		k := d.actors[d.index[m.Actors[0]]].Kind
		return k == parley.State || orgs && k == parley.Organization
	}
	for a, b := range d.mentionPairsBefore(i) {
		if !party(a) || !party(b) || a.Actors[0] == b.Actors[0] || !andThe(d.text[a.Span.End:b.Span.Start]) {
			continue
		}
		if ai := d.tokenIndex(a.Span.Start); ai > 0 && d.toks[ai-1].Is("by") || ai > 1 && d.toks[ai-1].Is("the") && d.toks[ai-2].Is("by") {
			continue
		}
		if ai := d.tokenIndex(a.Span.Start); d.soughtFrom(ai) {
			continue // "security guarantees from the United States and NATO": those asked, not the sides
		}
		if ai := d.tokenIndex(a.Span.Start); ai > 0 && d.toks[ai-1].Kind == token.Word && !d.toks[ai-1].Upper && strings.HasSuffix(d.toks[ai-1].Norm, "ed") {
			continue // "ties that have worried Canberra and Washington": those acted on, not the sides
		}
		if d.listedBefore(a) {
			continue // "Bangladesh, Afghanistan and Bhutan": the end of a longer list is no pair
		}
		if be := d.tokenIndex(b.Span.End - 1); be+1 < len(d.toks) && d.toks[be+1].Is("mediators", "mediator", "brokers", "facilitators", "hosts") || d.hostsAside(be+1) {
			continue // "Saudi and U.S. mediators said", "Egypt and Qatar, which mediate …": the go-betweens
		}
		if pair := []string{a.Actors[0], b.Actors[0]}; skip == nil || !skip(pair) {
			return pair
		}
	}
	return nil
}

// soughtFrom reports whether the mention starting at token i follows
// "from" after a thing given or asked ("guarantees from", "support from
// the"): the ones it is sought from.
func (d *doc) soughtFrom(i int) bool {
	if i > 0 && d.toks[i-1].Is("the") {
		i--
	}
	return i > 1 && d.toks[i-1].Is("from") && soughtThings[d.toks[i-2].Norm]
}

// soughtThings are what one state seeks or gets from others.
var soughtThings = set("guarantees", "guarantee", "assurances", "assurance", "support", "backing", "help", "aid",
	"assistance", "pressure", "commitments", "commitment", "concessions", "promises", "pledges", "loans", "funding")

// listedBefore reports whether a mention ends right before m's ", ": m
// is not the first of the list it is in.
func (d *doc) listedBefore(m parley.Mention) bool {
	before := strings.TrimRight(d.text[:m.Span.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	end := len(strings.TrimRight(strings.TrimSuffix(before, ","), " "))
	for _, o := range d.mentions {
		if o.Span.End == end {
			return true
		}
	}
	return false
}

// mentionPairsBefore yields each two mentions in a row that end before
// token i, the latest first, as far back as pairWindow sentences.
func (d *doc) mentionPairsBefore(i int) iter.Seq2[parley.Mention, parley.Mention] {
	return d.mentionPairsWithin(i, pairWindow)
}

// mentionPairsWithin is mentionPairsBefore as far back as window
// sentences.
func (d *doc) mentionPairsWithin(i, window int) iter.Seq2[parley.Mention, parley.Mention] {
	return func(yield func(a, b parley.Mention) bool) {
		for n := len(d.mentions) - 1; n > 0; n-- {
			b, a := d.mentions[n], d.mentions[n-1]
			if b.Span.Start >= d.toks[i].Start {
				continue
			}
			if d.sentenceOf[i]-d.sentenceOf[d.tokenIndex(b.Span.Start)] > window || !yield(a, b) {
				return
			}
		}
	}
}

// infinitiveAt reports whether the "to" at i opens an infinitive, not a
// phrase: "urged both parties to honour the truce", not "the parties to
// the conflict".
func (d *doc) infinitiveAt(i int) bool {
	if !d.toks[i].Is("to") || i+1 >= len(d.toks) {
		return false
	}
	n := d.toks[i+1]
	return n.Kind == token.Word && !n.Upper && !n.Is("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
		"both", "all", "any", "each", "peace", "ceasefire", "truce", "conflict", "war", "dispute", "talks", "deal", "accord", "agreement", "treaty")
}

// andThe reports whether the text between two names joins them: "and",
// "and the", "and the paramilitary".
func andThe(between string) bool {
	w := strings.Fields(between)
	if len(w) == 0 || w[0] != "and" || len(w) > 3 {
		return false
	}
	if len(w) > 1 && w[1] != "the" {
		return false
	}
	return len(w) < 3 || strings.ToLower(w[2]) == w[2] && !strings.ContainsAny(w[2], ",.;")
}

// group resolves "the two leaders", "both sides" and the like.
func (d *doc) group(i int) int {
	if !groupFirst[d.toks[i].Norm] {
		return i
	}
	for n := min(maxGroupTokens, len(d.toks)-i); n >= 2; n-- {
		kind, ok := groupPhrases[string(d.phraseKey(i, i+n))]
		if !ok {
			continue
		}
		if n == 2 && d.toks[i+1].Is("two") {
			// "the two" alone only before its verb: "and the two agreed",
			// not "the two Swiss ministers".
			if nx := i + 2; nx >= len(d.toks) || d.toks[nx].Upper || d.toks[nx].Kind != token.Word ||
				!(strings.HasSuffix(d.toks[nx].Norm, "ed") || d.toks[nx].Is("also", "have", "had", "will", "would", "were", "are", "met", "said", "spoke", "held", "both", "then", "later")) {
				continue
			}
		}
		if i+n+1 < len(d.toks) && d.toks[i+n].Is("of") && (d.toks[i+n+1].Upper || i+n+2 < len(d.toks) && d.toks[i+n+1].Is("the") && d.toks[i+n+2].Upper) {
			return i // "the leaders of France, Germany and Italy", "the leaders of the G5 Sahel" name themselves
		}
		if kind == groupPeople && i+n+1 < len(d.toks) && d.toks[i+n].Is(",") && d.personNamedAt(d.pastTitle(i+n+1)) {
			return i // "phoned both foreign ministers, al-Jubeir and Zarif": the names in apposition say who
		}
		if k := i + n + 1; kind == groupPeople && k+1 < len(d.toks) && d.toks[i+n].Is("of") && d.toks[k].Is("both", "all", "each", "its", "their", "the") &&
			!d.toks[k+1].Is("two", "three", "four") && !d.toks[k+1].Upper {
			return i // "the presidents of both parliamentary assemblies": other offices' holders, not the presidents just named
		}
		if n == 2 && d.toks[i+1].Is("parties") && i+n < len(d.toks) && d.toks[i+n].Is("in", "to", "of", "involved", "concerned") && !d.infinitiveAt(i+n) {
			return i // "called on the parties in Gabon": all those in a place or a conflict, no pair
		}
		var ids []string
		if kind == groupPeople {
			// "Putin met Biden in Geneva, where the two men agreed …": the
			// two people the sentence has just named, else the article's.
			phrase := d.phrase(i, i+n)
			if phrase == "the leaders" || phrase == "the ministers" || phrase == "the foreign ministers" || phrase == "the heads of state" {
				// "European Union leaders agreed … The leaders also
				// demanded": the body whose leaders the text just named.
				ids = d.bodyOfLeaders(i, phrase)
				if ids == nil && phrase == "the leaders" && d.opensSentence(i) {
					// "European Union leaders agreed on Thursday to open
					// talks … The leaders also granted candidate status to
					// Georgia": the body whose leaders the story opened on,
					// however many people it named since.
					ids = d.leadBodyOfLeaders(i, phrase)
				}
				if ids == nil {
					// "Morrison, Modi and Suga joined Biden … The leaders agreed",
					// "Faurie, Loizaga and Nunes met … The ministers called on …"
					ids = d.leadersAround(i, phrase)
				}
			}
			if ids == nil {
				ids = d.twoInSentence(i)
			}
			if ids == nil {
				// "The two ministers signed the agreement in the presence of
				// Kihara and Teodoro. The two ministers exchanged views": the
				// pair the same words stood for, not the others named by them.
				ids = d.groupAgain(i, phrase)
			}
			if ids == nil && phrase == "the leaders" {
				ids = d.leadersPairAgain(i)
			}
			if ids == nil {
				// "They had been received there by the Prime Minister,
				// Michel Rocard … The two leaders then shook hands": the
				// pair the sentence before spoke of as one.
				ids = d.pairGroupBefore(i, phrase)
			}
			if ids == nil {
				ids = d.coordinatedPair(i, phrase)
				if untitledPairs[phrase] {
					// "the two leaders had spent five hours in talks, with
					// Mr Annan and Mr Kikwete in the room … Rice met both
					// men": of the pairs a group phrase stood for or "and"
					// joined, however far back, the one the story names
					// most. (A title narrows the choice on its own: "the
					// two presidents" are the last two presidents.)
					for _, p := range [][]string{d.groupPairBefore(i), d.joinedPairBefore(i, phrase)} {
						if p != nil && (ids == nil || d.timesNamed(p) > d.timesNamed(ids)) {
							ids = p
						}
					}
				}
				// "Blinken led the American delegation, and Yang Jiechi led
				// the Chinese one. The two men had spoken only once": the
				// two the sentence before named, over a pair told earlier
				// and no more often (not over the story's own pair).
				if two := d.twoInSentenceBefore(i, phrase); two != nil {
					other := ids
					if other == nil {
						other = d.lastLeaders(phrase, d.loneActorBefore(i))
					}
					if other == nil || d.timesNamed(two) >= d.timesNamed(other) {
						ids = two
					}
				}
			}
			if ids == nil && strings.Contains(phrase, "minister") {
				ids = d.lastTwoCounterparts(i, func(id string) bool { return d.fitsGroup(id, phrase) })
			}
			if ids == nil && strings.Contains(phrase, "minister") {
				// "Modi met Xi … the two foreign ministers would also
				// meet": that office's holders in the two states
				office := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(phrase, "the two "), "both "), "the ")
				ids = d.officeHoldersOfPair(i, strings.TrimSuffix(office, "s"))
			}
			if ids == nil && !strings.Contains(phrase, "minister") {
				// (no two ministers named: "the foreign ministers of the
				// two countries" after "Putin and Erdogan spoke" are not they)
				ids = d.lastLeaders(phrase, d.loneActorBefore(i))
			}
		} else {
			if strings.HasSuffix(d.phrase(i, i+n), "capitals") {
				// "visits to New Delhi and Islamabad, and Araghchi travelled
				// to both capitals": the states of the two capitals named.
				ids = d.capitalPairBefore(i)
			}
			if ids == nil {
				// "Both leaders are telephoned by Clinton, and the two
				// governments agree …": the states of the pair the
				// sentence has just named as a group.
				ids = d.groupPairStatesBefore(i)
			}
			if ids == nil {
				ids = d.visitPairBefore(i) // "Muizzu returned from a state visit to Beijing, during which the two countries signed …"
			}
			if ids == nil {
				ids = d.subjectPairBefore(i) // "Israel and Hamas held talks mediated by Egypt and Qatar. Both sides agreed …"
				if ids != nil && stateGroupPhrase(d.phrase(i, i+n)) {
					// "Indian and Chinese troops clashed … both countries":
					// the states of the two sides; but "The Arab League and
					// Egypt backed Somalia … the two governments": no
					// league is a government.
					ids = d.statesOfSides(ids)
				}
			}
			sides := sidesOfAnyKind[d.phrase(i, i+n)]
			if ids == nil && sides {
				// "Li Qiang hosted Sogavare at the Great Hall, where the
				// two sides signed …": the states of the two people the
				// sentence named, before any pair named further back.
				if st := d.statesOf(d.twoInSentence(i)); st != nil {
					ids = st // (two distinct states or none)
				}
			}
			if ids == nil && sides {
				// "Ethiopia's government and the TPLF signed … Negotiators
				// for the two sides": the parties the text set side by
				// side, not the mediators.
				ids = d.partiesPair(i, true)
			}
			if ids == nil && sides {
				ids = d.opposedPairBefore(i)
			}
			weak := false // a pair found only by recency, which the story's own pair may outweigh
			if ids == nil {
				ids = d.listOf(i, 2, parley.State) // "Saudi Arabia and Iran agreed … China congratulated the two countries"
				weak = ids != nil && (d.sentenceOf[i]-d.sentenceOf[d.latestRefOf(ids, i)] > 1 || d.soughtBetween(ids, i))
				if ps := d.peoplesStatesBefore(i); weak && ps != nil && !d.soughtBetween(ids, i) {
					// "Malaysia and Indonesia protested … Bangladesh's foreign
					// minister and Myanmar's signed an arrangement. The two
					// governments agreed …": the pair who just acted.
					ids, weak = ps, false
				}
			}
			if ids == nil && !sides {
				ids = d.partiesPair(i, false)
			}
			but := d.loneStateBefore(i)
			if but == "" {
				but = d.relativeHost(i) // "China, which has close ties with both neighbours": not China
			}
			if but == "" && d.objectPosition(i) {
				// "Wang Yi, China's top diplomat, congratulated the two
				// sides": those acted on are others than the actor's state.
				but = d.loneBefore(i, parley.State, nil)
				if p := d.loneBefore(i, parley.Person, nil); but == "" && p != "" && d.actors[d.index[p]].Country != "" {
					but = "state:" + d.actors[d.index[p]].Country // "Marco Rubio, the US secretary of state, …"
				}
			}
			if ids == nil {
				// "Maduro and Ali agreed … Both sides also agreed": the
				// states of the two leaders named together.
				if p, ps := d.listIn(i, 2, parley.Person); p != nil {
					if st := d.statesOf(p); len(st) == 2 && !d.thirdStateIn(ps, st) {
						ids = st
					}
				}
			}
			if ids == nil {
				// "Blinken and Austin went to Tokyo for talks with Motegi
				// and Kishi. The joint statement issued by the two
				// governments …": the states of the people of the
				// sentence before, when they are of two.
				ids = d.peoplesStatesBefore(i)
			}
			if ids == nil {
				ids = d.lastGroupOf(i, 2, but)
			}
			if ids == nil {
				// (however recently both were named: "Washington has also
				// leaned on Islamabad … called on both governments to
				// exercise restraint" means India and Pakistan)
				ids = d.lastDistinctBut(parley.State, 2, but)
				weak = ids != nil
			}
			if ids == nil {
				// "Both sides" after two leaders means their states.
				ids = d.statesOf(d.lastDistinct(parley.Person, 2))
				weak = ids != nil && !d.bothNamedSince(ids, i)
			}
			if weak {
				// "Thailand and Cambodia agreed to a ceasefire … U.S. and
				// Chinese diplomats attended as observers … The military
				// commanders of the two countries are to meet": the pair
				// the story is about, not the last two states it named,
				// when those are named far less
				counts := d.stateCounts(i)
				if mp := d.storyPair(counts, i); mp != nil && outweighs(counts, mp, ids) {
					ids = mp
				}
			}
		}
		if kind != groupPeople && i > 0 && d.toks[i-1].Is("between", "among") && d.allNamedBefore(ids, i) {
			// "Saudi Arabia and the United States have hosted talks
			// between the two sides": the hosts are not the sides; the
			// parties the text set side by side before this sentence are.
			start := i
			for start > 0 && d.sentenceOf[start-1] == d.sentenceOf[i] {
				start--
			}
			named := ids
			ids = d.partiesPair(start, true)
			if mp := d.storyPair(d.stateCounts(start), start); ids == nil && mp != nil && !slices.ContainsFunc(mp, func(id string) bool { return slices.Contains(named, id) }) {
				// "Colombia expelled two Venezuelan diplomats … Brazil and
				// Mexico offered to mediate between the two neighbours":
				// the pair the story is about, never set side by side.
				ids = mp
			}
		}
		if kind != groupPeople && d.objectPosition(i) && ids != nil && !d.allNamedBefore(ids, i) && d.namesAnyBefore(i, ids) {
			// "The EU and Russia welcomed the deal. Kallas, the EU's
			// foreign policy chief, urged both sides to sign it": no side
			// the speaker's own is on; the pair the story set side by
			// side, or is about, instead.
			start := i
			for start > 0 && d.sentenceOf[start-1] == d.sentenceOf[i] {
				start--
			}
			alt := d.partiesPairBut(start, true, func(pair []string) bool { return d.namesAnyBefore(i, pair) })
			if alt == nil {
				alt = d.storyPair(d.stateCounts(start), start)
			}
			if alt == nil || d.namesAnyBefore(i, alt) {
				return i
			}
			ids = alt
		}
		if kind != groupPeople && d.objectPosition(i) && d.allNamedBefore(ids, i) {
			// "Qatar and Egypt called on both sides to show flexibility":
			// the sides are others — the two states the sentence before
			// set against each other, when it names just two ("Guyana's
			// President Irfaan Ali has accused Venezuela …").
			if two := d.twoStatesBefore(i); two != nil && !d.servesAnyBefore(i, two) {
				ids = two
			} else {
				return i
			}
		}
		if ids == nil {
			return i
		}
		if kind != groupPeople && d.toks[i+n-1].Is("countries", "nations", "states") && d.bodiesOfTwoStates(ids) {
			// "Indian and Chinese troops clashed … both countries have
			// moved troops": the two armies' states.
			ids = d.statesOf(ids)
		}
		d.mention(i, i+n, parley.ViaGroup, ids...)
		return i + n
	}
	if n := d.countedGroup(i); n > i {
		return n
	}
	if n := d.countedStates(i); n > i {
		return n
	}
	if n := d.juntasListed(i); n > i {
		return n
	}
	return d.countedPeople(i)
}

// countedPeopleNouns name the people a counted group is made of.
var countedPeopleNouns = map[string]bool{"leaders": true, "ministers": true, "presidents": true, "men": true,
	"envoys": true, "heads": true, "premiers": true, "negotiators": true,
	"representatives": true, "generals": true, "commanders": true} // "the three representatives" (not "the four diplomats", who may be those expelled)

// countedPeople resolves "the four leaders", "the three ministers" and a
// bare "the three" before its verb: the last that many people named in
// the three sentences before, those the noun fits, and for "ministers"
// those titled so before a secretary ("Shoukry … hosted by the Secretary
// of the Treasury … with Gedu and Asma. The three ministers …").
func (d *doc) countedPeople(i int) int {
	n, ok := d.countAt(i)
	if !ok {
		return i
	}
	j := i + 2
	if d.toks[j].Is("foreign", "prime", "defence", "defense") && j+1 < len(d.toks) {
		j++
	}
	end := j + 1
	if !countedPeopleNouns[d.toks[j].Norm] {
		// "The three and the American president also signed", "the three
		// agreed": a bare count only before its verb.
		t := d.toks[i+2]
		if t.Upper || t.Kind != token.Word || !(t.Is("and", "also", "had", "have", "were", "are", "will", "met", "said") || strings.HasSuffix(t.Norm, "ed")) {
			return i
		}
		end = i + 2
	}
	phrase := d.phrase(i, end)
	ids := d.lastN(i, n, func(id string) bool {
		return d.fitsGroup(id, phrase) && strings.Contains(strings.ToLower(d.titleOf(id)), "minister")
	})
	if ids == nil || !strings.Contains(phrase, "minister") {
		ids = d.lastN(i, n, func(id string) bool { return d.fitsGroup(id, phrase) })
	}
	if ids == nil {
		return i
	}
	d.mention(i, end, parley.ViaGroup, ids...)
	return end
}

// titleOf returns the title person id holds on the day, or the role the
// text gave them.
func (d *doc) titleOf(id string) string {
	if e := d.r.kb.Get(id); e != nil && !d.on.IsZero() {
		if roles := e.RoleOn(d.on); len(roles) > 0 {
			return roles[0].Title
		}
	}
	return d.actors[d.index[id]].Role
}

// lastN returns the last n distinct people keep accepts named in the
// three sentences before token i (five for three people or more), in the
// order named; nil when fewer.
func (d *doc) lastN(i, n int, keep func(string) bool) []string {
	var ids []string
	window := 3
	if n >= 3 {
		window = 5 // (as for lists of states: three people are told of at more length)
	}
	for rf := range d.recentWithin(i, window) {
		if len(ids) == n {
			break
		}
		if rf.tok < i && rf.kind == parley.Person && !slices.Contains(ids, rf.id) && keep(rf.id) {
			ids = append(ids, rf.id)
		}
	}
	if len(ids) < n {
		return nil
	}
	slices.Reverse(ids)
	return ids
}

// capitalPairBefore returns the states of the last two capitals of two
// states named before token i, in its sentence or the one before; nil
// when there are not two.
func (d *doc) capitalPairBefore(i int) []string {
	var ids []string
	for k := len(d.places) - 1; k >= 0 && len(ids) < 2; k-- {
		p := d.places[k]
		if p.Span.Start >= d.toks[i].Start || !p.Capital || p.Country == "" {
			continue
		}
		if d.sentenceOf[i]-d.sentenceOf[d.tokenIndex(p.Span.Start)] > 1 {
			break
		}
		st := d.r.kb.State(p.Country)
		if st == nil {
			continue
		}
		if id := d.addKnown(st); !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if len(ids) < 2 {
		return nil
	}
	slices.Reverse(ids)
	return ids
}

// visitPairBefore returns the states of a visitor and of the place
// visited when the sentence, before token i, tells a person's visit or
// trip to a place of another state ("Muizzu returned from a five-day
// state visit to Beijing, during which the two countries signed"); nil
// otherwise.
func (d *doc) visitPairBefore(i int) []string {
	si := d.sentenceOf[i]
	for n := len(d.places) - 1; n >= 0; n-- {
		p := d.places[n]
		k := d.tokenIndex(p.Span.Start)
		if k >= i || d.sentenceOf[k] != si || p.Country == "" || k < 2 {
			continue
		}
		if !(d.toks[k-1].Is("to") && d.toks[k-2].Is("visit", "trip", "tour")) && !d.visitedPlace(k, i) {
			continue
		}
		if v := d.visitorBefore(k, p.Country); v != nil {
			home, host := d.r.kb.State(v.Country), d.r.kb.State(p.Country)
			if home == nil || host == nil {
				return nil
			}
			return []string{d.addKnown(home), d.addKnown(host)}
		}
	}
	return d.visitedStateBefore(i)
}

// visitorBefore returns the first person named before token k in its
// sentence who serves another country than host's: the visitor of a
// place named at k. Nil when there is none.
func (d *doc) visitorBefore(k int, host string) *parley.Actor {
	for _, m := range d.mentions {
		j := d.tokenIndex(m.Span.Start)
		if j >= k || d.sentenceOf[j] != d.sentenceOf[k] || len(m.Actors) != 1 {
			continue
		}
		if a := &d.actors[d.index[m.Actors[0]]]; a.Kind == parley.Person && a.Country != "" && a.Country != host {
			return a
		}
	}
	return nil
}

// visitedStateBefore is visitPairBefore for a state visited by name:
// "He then visited Kiribati on Friday and Samoa on Saturday, where … the
// two governments signed": the visitor's state and Samoa.
func (d *doc) visitedStateBefore(i int) []string {
	si := d.sentenceOf[i]
	for n := len(d.mentions) - 1; n >= 0; n-- {
		m := d.mentions[n]
		k := d.tokenIndex(m.Span.Start)
		if k >= i || d.sentenceOf[k] != si || len(m.Actors) != 1 || m.Via == parley.ViaAdjective {
			continue
		}
		st := d.actors[d.index[m.Actors[0]]]
		if st.Kind != parley.State || !d.visitedPlace(k, i) {
			continue
		}
		if v := d.visitorBefore(k, st.Country); v != nil {
			if home := d.r.kb.State(v.Country); home != nil {
				return []string{d.addKnown(home), st.ID}
			}
		}
		return nil
	}
	return nil
}

// countAt reads "the three", "the four" at token i, with room for a noun
// after it, and returns the count.
func (d *doc) countAt(i int) (int, bool) {
	if i+2 >= len(d.toks) || !d.toks[i].Is("the") {
		return 0, false
	}
	n, ok := countNumbers[d.toks[i+1].Norm]
	return n, ok
}

// countNumbers are the counts a group of states is named by.
var countNumbers = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

// countedStates resolves "the four countries", "the three Gulf states":
// the last list of that many states the text joined with commas and "and"
// in the sentences just before.
func (d *doc) countedStates(i int) int {
	n, ok := d.countAt(i)
	if !ok {
		return i
	}
	j := i + 2
	if !d.toks[j].Is("countries", "nations", "states", "governments", "juntas", "regimes", "capitals") && j+1 < len(d.toks) {
		j++ // "the four Arab countries", "the three Gulf states"
	}
	if !d.toks[j].Is("countries", "nations", "states", "governments", "juntas", "regimes", "capitals") { // "the three juntas": their states
		return i
	}
	ids := d.stateList(i, n)
	if ids == nil {
		ids = d.statesNamedBefore(i, n)
	}
	if ids == nil {
		return i
	}
	d.mention(i, j+1, parley.ViaGroup, ids...)
	return j + 1
}

// statesNamedBefore returns the states the text named before token i, in
// the order it first named them, when they are exactly n: "Egypt and
// Sudan asked the Council to act in their dispute with Ethiopia … The
// three countries signed a declaration in 2015". Nil otherwise.
func (d *doc) statesNamedBefore(i, n int) []string {
	var ids []string
	for _, m := range d.mentions {
		if m.Span.Start >= d.toks[i].Start {
			break
		}
		for _, id := range m.Actors {
			if a := d.actors[d.index[id]]; a.Kind == parley.State && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) != n {
		return nil
	}
	return ids
}

// juntasListed resolves "the juntas" and "the military juntas" with no
// count: the states of the latest list of states named in the sentences
// just before ("the exit of Mali, Burkina Faso and Niger from ECOWAS …
// the juntas dismissed the charge").
func (d *doc) juntasListed(i int) int {
	j := i + 1
	if j < len(d.toks) && d.toks[j].Is("military") {
		j++
	}
	if !d.toks[i].Is("the") || j >= len(d.toks) || !d.toks[j].Is("juntas") {
		return i
	}
	var ids []string
	at := -1
	for n := 2; n <= 6; n++ {
		if l, si := d.listIn(i, n, parley.State); l != nil && si >= at {
			ids, at = l, si
		}
	}
	if ids == nil {
		return i
	}
	d.mention(i, j+1, parley.ViaGroup, ids...)
	return j + 1
}

// stateList returns the last run of exactly n states named one after the
// other with only commas and "and" between them, before token i and
// within three sentences.
func (d *doc) stateList(i, n int) []string {
	return d.listOf(i, n, parley.State)
}

// bodyOfLeaders returns, for "the leaders" at token i, the organisation
// the text named by its leaders ("European Union leaders", "ECOWAS foreign
// ministers") in that sentence or the two before, when no two people the
// phrase fits are named since: the body they spoke for.
func (d *doc) bodyOfLeaders(i int, phrase string) []string {
	noun := phrase[strings.LastIndexByte(phrase, ' ')+1:]
	var people []string
	for m := len(d.mentions) - 1; m >= 0; m-- {
		mt := d.mentions[m]
		if mt.Span.Start >= d.toks[i].Start {
			continue
		}
		if d.sentenceOf[i]-d.sentenceOf[d.tokenIndex(mt.Span.Start)] > 2 || len(mt.Actors) != 1 {
			return nil
		}
		a := d.actors[d.index[mt.Actors[0]]]
		if a.Kind == parley.Person && d.fitsGroup(a.ID, phrase) && !slices.Contains(people, a.ID) {
			if people = append(people, a.ID); len(people) == 2 {
				return nil // "Orbán left the room" is one of them; two are who "the leaders" may mean
			}
		}
		if a.Kind == parley.Organization && d.ledBy(mt, noun) {
			if len(d.fittingIn(mt, phrase, people)) >= 2 {
				return nil // "Morrison, Modi and Suga joined Biden for the first summit of Quad leaders"
			}
			return []string{a.ID}
		}
	}
	return nil
}

// leadBodyOfLeaders returns the body whose leaders open one of the
// story's first sentences ("European Union leaders agreed …"), as the
// subject, before token i; else nil.
func (d *doc) leadBodyOfLeaders(i int, phrase string) []string {
	noun := phrase[strings.LastIndexByte(phrase, ' ')+1:]
	for _, mt := range d.mentions {
		k := d.tokenIndex(mt.Span.Start)
		if k >= i || d.sentenceOf[k] > leadSentences {
			return nil
		}
		if len(mt.Actors) != 1 || d.actors[d.index[mt.Actors[0]]].Kind != parley.Organization || !d.ledBy(mt, noun) {
			continue
		}
		if d.opensSentence(k) || k > 0 && d.toks[k-1].Is("-", "—", "–") {
			return []string{mt.Actors[0]} // ("BRUSSELS, 14 December 2023 — European Union leaders agreed")
		}
	}
	return nil
}

// leadSentences is how many sentences open a story, title and dateline
// included.
const leadSentences = 6

// fittingIn adds to seen the people a group phrase fits named in the
// sentence of mention m before it.
func (d *doc) fittingIn(m parley.Mention, phrase string, seen []string) []string {
	mi := d.tokenIndex(m.Span.Start)
	seen = slices.Clone(seen)
	for _, rf := range d.recent {
		if rf.tok < mi && d.sentenceOf[rf.tok] == d.sentenceOf[mi] && rf.kind == parley.Person && !slices.Contains(seen, rf.id) && d.fitsGroup(rf.id, phrase) {
			seen = append(seen, rf.id)
		}
	}
	return seen
}

// ledBy reports whether mention m names a body by its members the noun
// names: "European Union leaders", "ECOWAS foreign ministers".
func (d *doc) ledBy(m parley.Mention, noun string) bool {
	e := d.tokenIndex(m.Span.End-1) + 1
	if strings.HasSuffix(strings.ToLower(m.Text), " "+noun) {
		return e >= len(d.toks) || !d.toks[e].Is("'", "’", "summit", "meeting")
	}
	for j := e; j < len(d.toks) && j <= e+1; j++ {
		if d.toks[j].Norm == noun {
			// (not "the G20 Leaders' Summit": a meeting's name)
			return j+1 >= len(d.toks) || !d.toks[j+1].Is("'", "’", "summit", "meeting")
		}
		if d.toks[j].Upper || d.toks[j].Kind != token.Word {
			return false
		}
	}
	return false
}

// leadersAround returns, for "the leaders" (or "the ministers") at token
// i, the people who fit the phrase — heads of state or government, or
// ministers — in the sentence of the last list of people the text joined
// with commas and "and" (the list and whoever it met with), when there
// are at least two of them; else nil.
func (d *doc) leadersAround(i int, phrase string) []string {
	list, s := d.listIn(i, 0, parley.Person)
	if list == nil {
		return nil
	}
	first := len(d.recent)
	for first > 0 && d.sentenceOf[d.recent[first-1].tok] >= s {
		first--
	}
	var out []string
	for _, rf := range d.recent[first:] {
		if d.sentenceOf[rf.tok] == s && rf.kind == parley.Person && !slices.Contains(out, rf.id) && d.fitsGroup(rf.id, phrase) {
			out = append(out, rf.id)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// listOf returns the last run of exactly n actors of the kind named one
// after the other with only commas and "and" between them, before token i
// and within three sentences; n 0 takes a run of any length from two.
func (d *doc) listOf(i, n int, kind parley.ActorKind) []string {
	ids, _ := d.listIn(i, n, kind)
	return ids
}

// listIn is listOf that also returns the index of the sentence the list
// is in.
func (d *doc) listIn(i, n int, kind parley.ActorKind) ([]string, int) {
	var run []parley.Mention
	// A list of three or more is rare enough to be sought further back:
	// "Poland, Hungary and the Czech Republic joined … [four sentences]
	// … welcomed the three countries".
	window := 3
	if n >= 3 {
		window = 6
	}
	for m := len(d.mentions) - 1; m >= 0; m-- {
		mt := d.mentions[m]
		if mt.Span.Start >= d.toks[i].Start {
			continue
		}
		if d.sentenceOf[i]-d.sentenceOf[d.tokenIndex(mt.Span.Start)] > window {
			break
		}
		isState := len(mt.Actors) == 1 && mt.Via != parley.ViaAdjective && d.actors[d.index[mt.Actors[0]]].Kind == kind &&
			!d.comparedAt(d.tokenIndex(mt.Span.Start))
		if isState && len(run) > 0 && !slices.ContainsFunc(run, func(r parley.Mention) bool { return r.Actors[0] == mt.Actors[0] }) {
			// ("towns in Kosovo, and Kosovo will …" lists no pair)
			between := strings.TrimSpace(d.text[mt.Span.End:run[len(run)-1].Span.Start])
			between = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(between, "the"), "The"))
			switch between {
			case ",", "and", ", and":
				run = append(run, mt)
				continue
			}
		}
		if n > 0 && len(run) == n || n == 0 && len(run) >= 2 {
			break
		}
		run = nil
		if isState {
			run = append(run, mt)
		}
	}
	if n == 0 && len(run) >= 2 {
		n = len(run)
	}
	if n == 0 || len(run) != n {
		return nil, -1
	}
	ids := make([]string, n)
	for k, mt := range run {
		ids[n-1-k] = mt.Actors[0]
	}
	return ids, d.sentenceOf[d.tokenIndex(run[0].Span.Start)]
}

// comparedAt reports whether the name starting at token k opens an aside
// that compares others with those the story is about ("Unlike Russia and
// the United States, the two countries …", "rivals such as Russia"): the
// pair a later "the two countries" means is not the compared one.
func (d *doc) comparedAt(k int) bool {
	if d.tokIs(k-1, "the") {
		k--
	}
	return d.tokIs(k-1, "like", "unlike", "than") || d.tokIs(k-1, "as") && d.tokIs(k-2, "such") ||
		d.tokIs(k-1, "with", "to") && d.tokIs(k-2, "compared", "comparison")
}

// countedGroup resolves "the two Swiss ministers", "both foreign
// ministers", "the two envoys": the last two people named, of the state
// the phrase names if it names one.
func (d *doc) countedGroup(i int) int {
	j := i
	switch {
	case d.toks[j].Is("the") && j+1 < len(d.toks) && d.toks[j+1].Is("two"):
		j += 2
	case d.toks[j].Is("both"):
		j++
	default:
		return i
	}
	country := ""
	if j < len(d.toks) {
		if st, after := d.stateAt(j); st != nil {
			country, j = st.Country, after
		}
	}
	if j < len(d.toks) && d.toks[j].Is("foreign", "defence", "defense", "prime", "trade", "finance", "economy", "senior", "top") {
		j++
	}
	if j >= len(d.toks) || !d.toks[j].Is("ministers", "leaders", "presidents", "envoys", "diplomats", "officials", "premiers", "counterparts", "chancellors", "negotiators", "secretaries") {
		return i
	}
	if j+2 < len(d.toks) && d.toks[j+1].Is(",") && d.personNamedAt(j+2) {
		return i // "phoned both foreign ministers, al-Jubeir and Zarif": the names in apposition say who
	}
	if counted, st := d.countedUnnamed(i, j); counted {
		// "expelled two German diplomats. The two diplomats called …":
		// those expelled, whom the text does not name; their state when
		// the count gave it.
		if st != nil && country == "" {
			d.mention(i, j+1, parley.ViaCollective, d.addKnown(st))
			return j + 1
		}
		return i
	}
	if country == "" {
		if ids := d.coordinatedPair(i, d.phrase(i, j+1)); ids != nil {
			d.mention(i, j+1, parley.ViaGroup, ids...)
			return j + 1
		}
	}
	// The last two people of the office named, else the holders of that
	// office in the states of the two people named last ("Modi met Xi …
	// the two foreign ministers would also meet": Jaishankar and Wang
	// Yi), else the last two people.
	phrase := d.phrase(i, j+1)
	fits := func(id string) bool { return d.fitsGroup(id, phrase) }
	var ids []string
	if country == "" {
		ids = d.lastTwoCounterparts(i, fits)
	} else {
		ids = d.lastTwo(i, country, fits)
	}
	if ids == nil && country == "" {
		ids = d.officeHoldersOfPair(i, d.toks[j-1].Norm+" "+strings.TrimSuffix(d.toks[j].Norm, "s"))
	}
	if ids == nil {
		ids = d.lastTwo(i, country, nil)
	}
	if ids == nil {
		return i
	}
	d.mention(i, j+1, parley.ViaGroup, ids...)
	return j + 1
}

// officeHoldersOfPair returns, for an office named by a role noun
// ("foreign minister"), its holders on the story's day in the states of
// the two people named last before token i, when those are two states
// and each has one; else nil.
func (d *doc) officeHoldersOfPair(i int, office string) []string {
	levels, ok := roleNouns[office]
	if !ok || d.on.IsZero() {
		return nil
	}
	two := d.lastTwo(i, "", nil)
	if two == nil {
		return nil
	}
	var ids []string
	for _, p := range two {
		c := d.actors[d.index[p]].Country
		if c == "" {
			return nil
		}
		h := d.holder("state:"+c, levels)
		if h == "" || slices.Contains(ids, h) {
			return nil
		}
		ids = append(ids, h)
	}
	return ids
}

// countedUnnamed reports whether the noun at j of "the two diplomats" at
// i was counted without an article in the three sentences before ("Russia
// expelled two German diplomats"): the phrase means those people, whom
// the text does not name, not the last two it named.
func (d *doc) countedUnnamed(i, j int) (bool, *kb.Entity) {
	for k := i - 1; k >= 2 && d.sentenceOf[k] >= d.sentenceOf[i]-3; k-- {
		if d.toks[k].Norm != d.toks[j].Norm || k+1 < i && (d.toks[k+1].Is(",", "(", "–", "-", ":") || d.toks[k+1].Upper) {
			continue // ("Two envoys, Witkoff and Kushner, arrived": named after the count)
		}
		for c := k - 1; c >= 0 && k-c <= 3; c-- {
			if !d.toks[c].Is("two") {
				continue
			}
			if c > 0 && d.toks[c-1].Is("the", "these", "those") {
				return false, nil
			}
			st, _ := d.stateAt(c + 1)
			return true, st
		}
	}
	return false, nil
}

// lastTwo returns the last two distinct people named before token i within
// six sentences, of the country when one is given and passing keep when
// it is not nil, in the order the text named them; nil when there are
// fewer.
func (d *doc) lastTwo(i int, country string, keep func(string) bool) []string {
	var ids []string
	seen := map[string]bool{}
	for rf := range d.recentWithin(i, 6) {
		if len(ids) >= 2 {
			break
		}
		if rf.kind != parley.Person || seen[rf.id] || country != "" && d.actors[d.index[rf.id]].Country != country || keep != nil && !keep(rf.id) {
			continue
		}
		seen[rf.id] = true
		ids = append(ids, rf.id)
	}
	if len(ids) < 2 {
		return nil
	}
	return []string{ids[1], ids[0]}
}

// lastTwoCounterparts returns the last two people keep accepts named
// before token i, in the order first named, or, when those two serve the same state and two of
// different states were named, the last such pair: "Jaishankar visited
// Sri Lanka at the invitation of Vijitha Herath … EAM conveyed the
// greetings of Modi … Both Ministers agreed" are the counterparts, not
// the visitor and his own prime minister.
func (d *doc) lastTwoCounterparts(i int, keep func(string) bool) []string {
	ids := d.lastTwo(i, "", keep)
	if len(ids) != 2 {
		return ids
	}
	if d.actors[d.index[ids[0]]].Country == d.actors[d.index[ids[1]]].Country {
		if two := d.lastTwoApart(i, keep); two != nil {
			return two
		}
	}
	return d.inOrderNamed(ids[0], ids[1])
}

// lastTwoApart returns the last person keep accepts named in the six
// sentences before token i and the last before that of another state, in
// the order first named; nil when there is no such pair.
func (d *doc) lastTwoApart(i int, keep func(string) bool) []string {
	var first string
	for rf := range d.recentWithin(i, 6) {
		if rf.kind != parley.Person || !keep(rf.id) {
			continue
		}
		c := d.actors[d.index[rf.id]].Country
		switch {
		case first == "":
			if c == "" {
				return nil
			}
			first = rf.id
		case c != "" && c != d.actors[d.index[first]].Country:
			return d.inOrderNamed(rf.id, first)
		}
	}
	return nil
}

// inOrderNamed returns a and b in the order the text first named them.
func (d *doc) inOrderNamed(a, b string) []string {
	for _, rf := range d.recent {
		switch rf.id {
		case a:
			return []string{a, b}
		case b:
			return []string{b, a}
		}
	}
	return []string{a, b}
}

// nothingNamedBefore reports whether no actor is mentioned in the sentence
// of token i before it: "They met", "On 19 May they met".
func (d *doc) nothingNamedBefore(i int) bool {
	if n := len(d.recent); n > 0 {
		last := d.recent[n-1].tok
		return d.sentenceOf[last] != d.sentenceOf[i]
	}
	return true
}

// groupAgain returns who the same phrase for a pair ("the two
// ministers") stood for when the text last used it, in the sentence
// before token i or the one before that, if no two people were joined by
// "and" since; else nil.
func (d *doc) groupAgain(i int, phrase string) []string {
	if !countsTwo(phrase) {
		return nil // "the heads of state" may be more than two, and other ones
	}
	m, ok := d.groupSaidBefore(i, 2, phrase)
	if !ok {
		return nil
	}
	k := d.tokenIndex(m.Span.Start)
	for a, b := range d.mentionPairsBefore(i) {
		if b.Span.Start <= m.Span.Start {
			break
		}
		if d.sentenceOf[d.tokenIndex(a.Span.Start)] > d.sentenceOf[k] && d.joinedByAnd(a, b) {
			return nil // "Kihara and Teodoro then met": a new pair
		}
	}
	return m.Actors
}

// groupSaidBefore returns the latest mention of two or more actors before
// token i, within window sentences, whose words are one of phrases.
func (d *doc) groupSaidBefore(i, window int, phrases ...string) (parley.Mention, bool) {
	for n := len(d.mentions) - 1; n >= 0; n-- {
		m := d.mentions[n]
		k := d.tokenIndex(m.Span.Start)
		if k >= i {
			continue
		}
		if d.sentenceOf[i]-d.sentenceOf[k] > window {
			break
		}
		if len(m.Actors) >= 2 && slices.Contains(phrases, d.phrase(k, d.tokenIndex(m.Span.End-1)+1)) {
			return m, true
		}
	}
	return parley.Mention{}, false
}

// leadersPairAgain returns, for "the leaders" at token i, the pair an
// earlier "the two leaders" or "both leaders" stood for, within
// pairWindow sentences: "The Prime Minister spoke to the President of
// the European Commission, and the two leaders confirmed … [the
// negotiators named] … The leaders have spoken regularly". (A pair of
// leaders joined by "and" since is found before this is asked.)
func (d *doc) leadersPairAgain(i int) []string {
	if m, ok := d.groupSaidBefore(i, pairWindow, "the two leaders", "both leaders"); ok && m.Via == parley.ViaGroup && len(m.Actors) == 2 {
		return m.Actors
	}
	return nil
}

// countsTwo reports whether a group phrase counts two: "the two
// leaders", "both ministers".
func countsTwo(phrase string) bool {
	return strings.Contains(phrase, "two") || strings.Contains(phrase, "both")
}

// joinedByAnd reports whether mentions a and b, each of one actor, are
// joined by a bare "and": "Kihara and Teodoro".
func (d *doc) joinedByAnd(a, b parley.Mention) bool {
	return len(a.Actors) == 1 && len(b.Actors) == 1 && a.Span.End <= b.Span.Start && strings.TrimSpace(d.text[a.Span.End:b.Span.Start]) == "and"
}

// pairWindow is how many sentences back a pair joined by "and" is still
// the one "the two leaders" means: the story's pair is named early and
// talked of throughout.
const pairWindow = 8

// coordinatedPair returns the last two people the text joined with "and"
// in the sentences just before token i ("Hun Manet and Phumtham
// Wechayachai met …"), whom a later "the two leaders" or "both leaders"
// means more surely than whoever was named last.
func (d *doc) coordinatedPair(i int, phrase string) []string {
	if !countsTwo(phrase) && !strings.Contains(phrase, "duo") && !strings.Contains(phrase, "pair") {
		return nil // "the leaders" may be more than two
	}
	for a, b := range d.mentionPairsBefore(i) {
		if !d.joinedByAnd(a, b) || a.Actors[0] == b.Actors[0] {
			continue
		}
		if d.fitsGroup(a.Actors[0], phrase) && d.fitsGroup(b.Actors[0], phrase) {
			return []string{a.Actors[0], b.Actors[0]}
		}
	}
	return nil
}

// groupPairBefore returns the two people the latest group phrase for
// two people before token i stood for, or nil.
func (d *doc) groupPairBefore(i int) []string {
	for n := len(d.mentions) - 1; n >= 0; n-- {
		m := d.mentions[n]
		if m.Span.Start >= d.toks[i].Start || m.Via != parley.ViaGroup || len(m.Actors) != 2 {
			continue
		}
		if d.actors[d.index[m.Actors[0]]].Kind == parley.Person && d.actors[d.index[m.Actors[1]]].Kind == parley.Person {
			return m.Actors
		}
	}
	return nil
}

// untitledPairs are group phrases for two people that name no office.
var untitledPairs = map[string]bool{"the two men": true, "both men": true, "the two women": true, "both women": true,
	"the two candidates": true, "both candidates": true, "the two": true, "the pair": true, "the duo": true}

// joinedPairBefore returns, of the pairs of people before token i that
// the text joined by "and", however far back, the one named most often
// (the latest of equals) when both fit the group phrase; else nil.
func (d *doc) joinedPairBefore(i int, phrase string) []string {
	var best []string
	most := 0
	for a, b := range d.mentionPairsWithin(i, len(d.toks)) {
		if !d.joinedByAnd(a, b) || a.Actors[0] == b.Actors[0] || !d.fitsGroup(a.Actors[0], phrase) || !d.fitsGroup(b.Actors[0], phrase) {
			continue
		}
		pair := []string{a.Actors[0], b.Actors[0]}
		if n := d.timesNamed(pair); n > most {
			best, most = pair, n
		}
	}
	return best
}

// fitsGroup reports whether actor id is a person a group phrase can
// take in: "the two presidents" are presidents, "both leaders" heads of
// state or government.
func (d *doc) fitsGroup(id, phrase string) bool {
	a := d.actors[d.index[id]]
	if a.Kind != parley.Person {
		return false
	}
	title := strings.ToLower(a.Role)
	if e := d.r.kb.Get(id); e != nil && !d.on.IsZero() {
		if roles := e.RoleOn(d.on); len(roles) > 0 {
			title = strings.ToLower(roles[0].Title)
			if strings.Contains(phrase, "leader") && (roles[0].Level == kb.HeadOfState || roles[0].Level == kb.HeadOfGovernment) {
				return true
			}
			// "the two heads of state" are no prime minister
			if strings.Contains(phrase, "heads of state") || strings.Contains(phrase, "heads of government") {
				return roles[0].Level == kb.HeadOfState && strings.Contains(phrase, "state") ||
					roles[0].Level == kb.HeadOfGovernment && strings.Contains(phrase, "government")
			}
		}
	}
	switch {
	case strings.Contains(phrase, "president"):
		return strings.Contains(title, "president")
	case strings.Contains(phrase, "leader"):
		for _, w := range []string{"president", "prime minister", "premier", "chancellor", "king", "emir", "sultan", "leader", "head of"} {
			if strings.Contains(title, w) {
				return true
			}
		}
		return false
	case strings.Contains(phrase, "minister"):
		// "Secretary of State", "Foreign Secretary" are ministers; a party's
		// General Secretary is not, nor is a prime minister one of "both
		// ministers" (who would be "the two prime ministers").
		if strings.Contains(title, "prime minister") && !strings.Contains(phrase, "prime") {
			return false
		}
		return strings.Contains(title, "minister") || !strings.Contains(title, "general") &&
			(strings.HasPrefix(title, "secretary of") || strings.HasSuffix(title, " secretary"))
	}
	return true
}

// twoInSentenceBefore returns the two people the sentence before token
// i's names, in order, when it names exactly two and the phrase fits both;
// nil unless the phrase counts two.
func (d *doc) twoInSentenceBefore(i int, phrase string) []string {
	if !countsTwo(phrase) {
		return nil
	}
	prev := d.sentenceOf[i] - 1
	var ids []string
	for _, rf := range d.recent {
		if d.sentenceOf[rf.tok] != prev || rf.kind != parley.Person || slices.Contains(ids, rf.id) {
			continue
		}
		ids = append(ids, rf.id)
	}
	if len(ids) != 2 || !d.fitsGroup(ids[0], phrase) || !d.fitsGroup(ids[1], phrase) {
		return nil
	}
	return ids
}

// pairGroupBefore returns the two people a group mention ("They", "the
// two men") of the sentence before token i's stands for, when both fit
// phrase and no other group of two people is there; else nil.
func (d *doc) pairGroupBefore(i int, phrase string) []string {
	if !countsTwo(phrase) {
		return nil
	}
	prev := d.sentenceOf[i] - 1
	var ids []string
	for _, m := range d.mentions {
		if mi := d.tokenIndex(m.Span.Start); mi >= i || d.sentenceOf[mi] != prev || m.Via != parley.ViaGroup || len(m.Actors) != 2 {
			continue
		}
		if ids != nil && !slices.Equal(ids, m.Actors) {
			return nil // two different pairs: which is unclear
		}
		ids = m.Actors
	}
	for _, id := range ids {
		if d.actors[d.index[id]].Kind != parley.Person || !d.fitsGroup(id, phrase) {
			return nil
		}
	}
	return ids
}

// groupPairStatesBefore returns the states of the two people a group
// mention earlier in token i's sentence stands for ("Both leaders"),
// when they are of two states; else nil.
func (d *doc) groupPairStatesBefore(i int) []string {
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		mi := d.tokenIndex(m.Span.Start)
		if mi >= i {
			continue
		}
		if d.sentenceOf[mi] != d.sentenceOf[i] {
			return nil
		}
		if m.Via != parley.ViaGroup || len(m.Actors) != 2 {
			continue
		}
		return d.statesOf(m.Actors)
	}
	return nil
}

// timesNamed counts the mentions of ids so far.
func (d *doc) timesNamed(ids []string) int {
	n := 0
	for _, rf := range d.recent {
		if slices.Contains(ids, rf.id) {
			n++
		}
	}
	return n
}

// twoInSentence returns the two people the sentence of token i names
// before it, in order, when it names exactly two.
func (d *doc) twoInSentence(i int) []string {
	var ids []string
	for _, rf := range d.recent {
		if rf.tok >= i || d.sentenceOf[rf.tok] != d.sentenceOf[i] || rf.kind != parley.Person || slices.Contains(ids, rf.id) {
			continue
		}
		ids = append(ids, rf.id)
	}
	if len(ids) != 2 {
		return nil
	}
	return ids
}

// lastLeaders resolves a plural reference to people: "the two leaders"
// and "the two presidents" mean the last two heads of state or government
// mentioned, when there are two; otherwise the last two people.
func (d *doc) lastLeaders(phrase string, but string) []string {
	if !d.on.IsZero() && (strings.Contains(phrase, "leader") || strings.Contains(phrase, "president") || strings.Contains(phrase, "heads")) {
		// The heads named so far, the latest first, and how often each was
		// named.
		var heads []string
		count := map[string]int{}
		for k := len(d.recent) - 1; k >= 0; k-- {
			rf := d.recent[k]
			if rf.kind != parley.Person || rf.id == but {
				continue
			}
			if count[rf.id]++; count[rf.id] > 1 {
				continue
			}
			if e := d.r.kb.Get(rf.id); e != nil {
				stateOnly := strings.Contains(phrase, "heads of state")    // "the two heads of state": not a prime minister
				govOnly := strings.Contains(phrase, "heads of government") // nor a king
				if roles := e.RoleOn(d.on); len(roles) > 0 && (roles[0].Level == kb.HeadOfState && !govOnly || roles[0].Level == kb.HeadOfGovernment && !stateOnly) {
					// "the two presidents" are presidents, not a president
					// and a prime minister.
					if strings.Contains(phrase, "president") && !strings.Contains(strings.ToLower(roles[0].Title), "president") {
						continue
					}
					heads = append(heads, rf.id)
				}
			}
		}
		if ids := d.twoCountriesHeads(heads, count); ids != nil {
			return ids
		}
		if len(heads) >= 2 {
			return []string{heads[1], heads[0]}
		}
	}
	return d.salientPeople(2, but)
}

// twoCountriesHeads picks "the two leaders" from heads (the latest first)
// as the leaders of the two latest countries named, each country's the one
// the story names most, or else names first: after Modi's talks with Muizzu and Muizzu's welcome
// by President Murmu, "the two leaders" are Modi and Muizzu. It returns
// nil unless heads span two countries.
func (d *doc) twoCountriesHeads(heads []string, count map[string]int) []string {
	country := func(id string) string { return d.actors[d.index[id]].Country }
	if len(heads) < 2 || country(heads[0]) == "" {
		return nil
	}
	c1, c2 := country(heads[0]), ""
	for _, id := range heads[1:] {
		if c := country(id); c != "" && c != c1 {
			c2 = c
			break
		}
	}
	if c2 == "" {
		return nil
	}
	// "Trump and Putin met … Zelensky was not invited … the two
	// presidents": a head the story names twice as often as the one named
	// since, and more often beside the latest, is the other of its pair.
	if other := d.headOf(heads, c2); other != "" {
		for _, id := range heads[1:] {
			if c := country(id); c != "" && c != c1 && c != c2 && count[id] >= 2*count[other] &&
				d.namedTogether(heads[0], id) > d.namedTogether(heads[0], other) {
				c2 = c
				break
			}
		}
	}
	if c1, c2 = d.storyPairOver(heads, count, c1, c2); c2 == "" {
		return nil
	}
	best := func(c string) string {
		out := ""
		for _, id := range heads {
			if country(id) == c && (out == "" || count[id] > count[out] || count[id] == count[out] && d.index[id] < d.index[out]) {
				out = id
			}
		}
		return out
	}
	a, b := best(c1), best(c2)
	// the one named longer ago first
	if slices.Index(heads, a) < slices.Index(heads, b) {
		a, b = b, a
	}
	return []string{a, b}
}

// headOf returns the first of heads whose state is c.
func (d *doc) headOf(heads []string, c string) string {
	for _, id := range heads {
		if d.actors[d.index[id]].Country == c {
			return id
		}
	}
	return ""
}

// namedTogether counts the sentences that name both a and b.
func (d *doc) namedTogether(a, b string) int {
	in := map[int]int{}
	for _, rf := range d.recent {
		switch rf.id {
		case a:
			in[d.sentenceOf[rf.tok]] |= 1
		case b:
			in[d.sentenceOf[rf.tok]] |= 2
		}
	}
	n := 0
	for _, v := range in {
		if v == 3 {
			n++
		}
	}
	return n
}

// storyPairOver returns the countries of the two heads the story names
// more than once, in place of c1 and c2, when the head of the latest
// country c1 is named only once and two others are the story's pair: after
// Xi's visit to Putin and "urged Xi to speak to Zelensky", "the two
// leaders last met in September" are Xi and Putin. Else c1 and c2.
func (d *doc) storyPairOver(heads []string, count map[string]int, c1, c2 string) (string, string) {
	country := func(id string) string { return d.actors[d.index[id]].Country }
	if count[heads[0]] > 1 {
		return c1, c2
	}
	var cs []string
	for _, id := range heads[1:] {
		if c := country(id); count[id] > 1 && c != "" && c != c1 && !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	if len(cs) != 2 {
		return c1, c2
	}
	return cs[0], cs[1]
}

// loneActorBefore returns the one person the sentence of token i names
// before it, when the group phrase at i is what that person acts on
// ("Macron later received the two leaders", "after calls with both
// leaders"): the actor is then not one of the group. A group that opens
// a clause of its own ("Xi arrived, and the two leaders met") keeps him.
func (d *doc) loneActorBefore(i int) string {
	j := i - 1
	if j >= 0 && d.toks[j].Is("the") {
		j--
	}
	if j < 0 || d.toks[j].Kind != token.Word || d.toks[j].Is("and", "where", "when", "as", "after", "before", "while", "but", "then", "once", "since", "so") {
		return ""
	}
	return d.loneBefore(i, parley.Person, nil)
}

// salientPeople returns the n people a plural reference most likely means:
// among those mentioned in the last few sentences, the ones the article
// has named most often so far (recency breaks ties), in the order they
// were first mentioned.
func (d *doc) salientPeople(n int, but string) []string {
	if len(d.recent) == 0 {
		return nil
	}
	last := d.sentenceOf[d.recent[len(d.recent)-1].tok]
	count := map[string]int{}
	lastAt := map[string]int{}
	for k, rf := range d.recent {
		if rf.kind != parley.Person || rf.id == but {
			continue
		}
		count[rf.id]++
		lastAt[rf.id] = k
	}
	var cands []string
	for id := range count {
		if last-d.sentenceOf[d.recent[lastAt[id]].tok] <= 4 {
			cands = append(cands, id)
		}
	}
	if len(cands) < n {
		return nil
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return lastAt[a] > lastAt[b]
	})
	cands = cands[:n]
	sort.Slice(cands, func(i, j int) bool { return d.index[cands[i]] < d.index[cands[j]] })
	return cands
}

func (d *doc) statesOf(people []string) []string {
	var out []string
	for _, id := range people {
		a := d.actors[d.index[id]]
		if a.Country == "" {
			return nil
		}
		if e := d.r.kb.State(a.Country); e != nil {
			out = append(out, d.addKnown(e))
		}
	}
	if len(out) != 2 || out[0] == out[1] {
		return nil
	}
	return out
}

// bodiesOfTwoStates reports whether ids are two actors of two known
// states, not both the states themselves.
func (d *doc) bodiesOfTwoStates(ids []string) bool {
	if len(ids) != 2 {
		return false
	}
	a, b := d.actors[d.index[ids[0]]], d.actors[d.index[ids[1]]]
	return a.Country != "" && b.Country != "" && a.Country != b.Country && (a.Kind != parley.State || b.Kind != parley.State) &&
		d.r.kb.State(a.Country) != nil && d.r.kb.State(b.Country) != nil
}

// phrase returns the normalised tokens [i, j) joined by spaces.
func (d *doc) phrase(i, j int) string {
	return string(d.phraseKey(i, j))
}

// phraseKey is phrase built in a buffer the next call reuses, for map
// lookups (m[string(d.phraseKey(i, j))] does not allocate): the resolver
// looks up phrases of every length at every token.
func (d *doc) phraseKey(i, j int) []byte {
	b := d.scratch[:0]
	for k := i; k < j; k++ {
		if k > i {
			b = append(b, ' ')
		}
		t := &d.toks[k]
		if t.Kind == token.Punct {
			b = append(b, t.Text...)
		} else {
			b = append(b, t.Norm...)
		}
	}
	d.scratch = b
	return b
}

// stateAt returns the state a dictionary entry at token i names (by name,
// adjective or metonym) and where the entry ends.
func (d *doc) stateAt(i int) (*kb.Entity, int) {
	en := d.r.dict.match(d.toks, i)
	if en == nil {
		return nil, i
	}
	for _, t := range en.targets {
		if t.entity.Kind == kb.KindState {
			return t.entity, i + len(en.toks)
		}
	}
	return nil, i
}

// roleNounAt matches a role noun ("leader", "prime minister",
// "counterpart") at i and returns the levels it names and its end.
func (d *doc) roleNounAt(i int) ([]string, int) {
	if !roleFirst[d.toks[i].Norm] {
		return nil, i
	}
	for n := min(maxRoleNounTokens, len(d.toks)-i); n >= 1; n-- {
		p := d.phrase(i, i+n)
		if levels, ok := roleNouns[p]; ok {
			return levels, i + n
		}
		if n == 1 && (p == "counterpart" || p == "counterparts" || p == "colleague" && i > 0 && d.stateWordBefore(i)) {
			return []string{"counterpart"}, i + 1
		}
		if n == 1 && p == "host" && i > 0 && d.toks[i-1].Is("his", "her") {
			// "Faye thanked his host": the leader he met, as a counterpart
			return []string{"counterpart"}, i + 1
		}
	}
	return nil, i
}

// stateWordBefore reports whether a state's adjective or name ends right
// before token i: "his Turkish colleague", TASS's word for a counterpart.
func (d *doc) stateWordBefore(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if s, end := d.stateAt(j); s != nil && end == i {
			return true
		}
	}
	return false
}

// followedByName reports whether token j starts a capitalised name, which
// makes what precedes it a title rather than a reference on its own.
func (d *doc) followedByName(j int) bool {
	if j >= len(d.toks) {
		return false
	}
	t := &d.toks[j]
	if t.Kind != token.Word || !t.Upper || notNames[t.Norm] || t.NewlineBefore {
		return false
	}
	// The name of a state or an organisation is not a person's name.
	if en := d.r.dict.match(d.toks, j); en != nil {
		for _, tg := range en.targets {
			if tg.entity.Kind == kb.KindPerson {
				return true
			}
		}
		return false
	}
	return true
}

// apposedPerson returns the known person a comma at j sets off as the
// holder of the role before it ("Kenya's foreign minister, Musalia
// Mudavadi, …"), or "".
func (d *doc) apposedPerson(j int) string {
	if !d.tokIs(j, ",") || !d.followedByName(j+1) {
		return ""
	}
	k := j + 1
	for k+1 < len(d.toks) && (royalTitles[d.toks[k].Norm] || titleAbbrevs[d.toks[k].Norm] && d.abbrevDot(k+1)) {
		// "Bahrain's Emir, Sheikh Hamad bin Isa Al Khalifa": past the
		// style, which may itself be someone's family name ("al-Sheikh")
		if d.abbrevDot(k + 1) {
			k++
		}
		k++
	}
	en := d.r.dict.match(d.toks, k)
	if en == nil {
		return ""
	}
	if len(en.targets) != 1 || en.targets[0].entity.Kind != kb.KindPerson {
		return "" // (one person only: namesakes are for the resolver to settle)
	}
	if e := k + len(en.toks); e < len(d.toks) && speechVerbs[d.toks[e].Norm] {
		return "" // "Macron met the prime minister, Qohir Rasulzoda said": who said it, no apposition
	}
	return d.addKnown(en.targets[0].entity)
}

// supportersOf resolves "supporters of Imran Khan", "followers of
// Morales": a crowd of the person's side, in the person's state.
func (d *doc) supportersOf(i int) int {
	if n := d.juntaSupporters(i); n > i {
		return n
	}
	if n := d.loyalTo(i); n > i {
		return n
	}
	if i+2 >= len(d.toks) || !d.toks[i].Is("supporters", "loyalists", "followers") || !d.toks[i+1].Is("of") {
		return i
	}
	j := i + 2
	if d.toks[j].Is("former", "ousted", "jailed", "late") {
		j++
	}
	for j+1 < len(d.toks) && d.toks[j].Is("the", "ruling", "governing", "opposition", "banned", "outlawed", "former") {
		j++ // "supporters of the ruling Awami League"
	}
	en := d.r.dict.match(d.toks, j)
	if en == nil {
		return i
	}
	for _, tg := range en.targets {
		end := j + len(en.toks)
		switch {
		case tg.entity.Kind == kb.KindPerson:
			id := d.addNew(parley.Organization, lastWord(tg.entity.Name)+" supporters", tg.entity.Country, "group")
			d.mention(i, end, parley.ViaCollective, id)
			return end
		case tg.entity.Kind == kb.KindOrganization && supportedKinds[tg.entity.OrgType]:
			// "supporters of the ruling Sri Lanka Podujana Peramuna
			// attacked protesters": a crowd of the party's side, not the
			// party acting.
			if end < len(d.toks) && d.toks[end].Is("party", "movement") {
				end++
			}
			d.mention(i, end, parley.ViaCollective, d.orgSupporters(tg.entity))
			return end
		}
	}
	return i
}

// loyalTo reads armed men "loyal to" someone: "forces loyal to Hun Sen"
// are a force of their own, named so; "men loyal to Hezbollah" are the
// group's own fighters, the group. It returns the next position (i when
// the words are no such phrase).
func (d *doc) loyalTo(i int) int {
	if i+3 >= len(d.toks) || !d.toks[i].Is("forces", "troops", "soldiers", "units", "men", "fighters", "gunmen", "militiamen", "militias", "rebels") ||
		!d.toks[i+1].Is("loyal") || !d.toks[i+2].Is("to") {
		return i
	}
	j := i + 3
	for j+1 < len(d.toks) && d.toks[j].Is("the", "former", "ousted", "deposed", "late", "renegade") {
		j++
	}
	en := d.r.dict.match(d.toks, j)
	if en == nil {
		// "the rebels loyal to the former vice-president, Riek Machar":
		// the name in apposition after the office
		for c := j + 1; c < len(d.toks) && c <= j+3; c++ {
			if d.toks[c].Text == "," {
				if titleWords[d.toks[c-1].Norm] {
					if en = d.r.dict.match(d.toks, c+1); en != nil {
						j = c + 1
					}
				}
				break
			}
		}
	}
	if en == nil {
		return i
	}
	end := j + len(en.toks)
	for _, tg := range en.targets {
		switch {
		case tg.entity.Kind == kb.KindPerson && tg.via == parley.ViaName && d.groupLedBy(tg.entity.ID) != nil:
			// "the rebels loyal to Riek Machar": the armed group he leads
			d.mention(i, end, parley.ViaCollective, d.addKnown(d.groupLedBy(tg.entity.ID)))
			return end
		case tg.entity.Kind == kb.KindPerson && tg.via == parley.ViaName:
			id := d.addNew(parley.Organization, "Forces loyal to "+tg.entity.Name, tg.entity.Country, "group")
			d.mention(i, end, parley.ViaCollective, id)
			return end
		case tg.entity.Kind == kb.KindOrganization && supportedKinds[tg.entity.OrgType]:
			d.mention(i, end, parley.ViaCollective, d.addKnown(tg.entity))
			return end
		}
	}
	return i
}

// supportedKinds are the kinds of organisation that have supporters of
// their own: parties, movements, armed groups.
var supportedKinds = set("party", "armed_group")

// orgSupporters returns the crowd of an organisation's supporters, named
// with its whole name ("Hezbollah supporters").
func (d *doc) orgSupporters(e *kb.Entity) string {
	return d.addNew(parley.Organization, e.Name+" supporters", e.Country, "group")
}

// coupMakers resolves "the military officers who seized power in Niger",
// "soldiers who took power in Guinea", "soldiers in Gabon ousted" and "the
// coup leaders" after their
// state: the council they rule through on the story's day (rulingJunta),
// when the state had one.
func (d *doc) coupMakers(i int) int {
	j := i
	if d.toks[j].Is("the") {
		j++
	}
	if j+1 < len(d.toks) && d.toks[j].Is("coup") && d.toks[j+1].Is("leaders", "plotters") && !d.toks[j].Upper {
		// "talks with several of the coup leaders": those of the state
		// last named.
		if id := d.juntaNamedBefore(i); id != "" {
			d.mention(i, j+2, parley.ViaCollective, id)
			return j + 2
		}
		return i
	}
	if j+1 < len(d.toks) && d.toks[j].Is("military", "army") && d.toks[j+1].Is("officers", "leaders") {
		j++
	}
	if j+3 < len(d.toks) && d.toks[j].Is("soldiers", "officers", "mutineers") && d.toks[j+1].Is("in") {
		// "soldiers in Niger ousted President Bazoum": the coup's makers.
		if st, end := d.stateAt(j + 2); st != nil && end < len(d.toks) && d.toks[end].Is("ousted", "toppled", "overthrew", "deposed") {
			if id := d.rulingJunta(st); id != "" {
				d.mention(i, end, parley.ViaCollective, id)
				return end
			}
		}
		return i
	}
	if j+5 >= len(d.toks) || !d.toks[j].Is("soldiers", "officers", "leaders", "putschists", "mutineers") || !d.toks[j+1].Is("who", "that") {
		return i
	}
	k := j + 2
	if d.toks[k].Is("had", "have") {
		k++
	}
	if k+3 >= len(d.toks) || !d.toks[k].Is("seized", "took", "grabbed") || !d.toks[k+1].Is("power") {
		return i
	}
	if !d.toks[k+2].Is("in") {
		// "demanded that the officers who seized power restore Bazoum":
		// the coup of the state the story has just named.
		if id := d.juntaNamedBefore(i); id != "" {
			d.mention(i, k+2, parley.ViaCollective, id)
			return k + 2
		}
		return i
	}
	st, end := d.stateAt(k + 3)
	if st == nil {
		return i
	}
	id := d.rulingJunta(st)
	if id == "" {
		return i
	}
	d.mention(i, end, parley.ViaCollective, id)
	return end
}

// juntaSupporters resolves "supporters of the junta" and "junta
// supporters": a crowd of their own, of the state whose council the
// article named before if any ("rallied outside the French embassy").
func (d *doc) juntaSupporters(i int) int {
	end := 0
	switch {
	case i+3 < len(d.toks) && d.toks[i].Is("supporters") && d.toks[i+1].Is("of") && d.toks[i+2].Is("the") && d.toks[i+3].Is("junta"):
		end = i + 4
	case i+1 < len(d.toks) && d.toks[i].Is("junta") && d.toks[i+1].Is("supporters") && !d.toks[i].Upper:
		end = i + 2
	default:
		return i
	}
	country := ""
	if id := d.juntaNamedBefore(i); id != "" {
		country = d.actors[d.index[id]].Country
	}
	d.mention(i, end, parley.ViaCollective, d.addNew(parley.Organization, "junta supporters", country, "group"))
	return end
}

// ellipticPair resolves "North and South Korea", "North and South
// Sudan": two words joined by "and" before a name each of them makes a
// state of.
func (d *doc) ellipticPair(i int) int {
	if i+3 >= len(d.toks) || !d.toks[i].Upper || !d.toks[i+1].Is("and") || !d.toks[i+2].Upper || !d.toks[i+3].Upper {
		return i
	}
	// The second state's whole name ("South Korea"), and the part of it
	// the first word shares ("Korea").
	en2 := d.r.dict.match(d.toks, i+2)
	if en2 == nil || len(en2.toks) < 2 {
		return i
	}
	shared := d.toks[i+3 : i+2+len(en2.toks)]
	state := func(en *entry, n int) *kb.Entity {
		if en == nil || len(en.toks) != n {
			return nil
		}
		for _, tg := range en.targets {
			if tg.entity.Kind == kb.KindState {
				return tg.entity
			}
		}
		return nil
	}
	b := state(en2, len(en2.toks))
	a := state(d.r.dict.match(append([]token.Token{d.toks[i]}, shared...), 0), 1+len(shared))
	if a == nil || b == nil || a == b {
		return i
	}
	end := i + 2 + len(en2.toks)
	d.mention(i, end, parley.ViaName, d.addKnown(a), d.addKnown(b))
	return end
}

// ellipticBodies resolves "the Democratic and Republican parties", "the
// Donetsk and Luhansk people's republics": two names that share their last
// words, written once and in the plural. Each word before "and", with the
// shared words in the singular, must be a whole name of an organisation.
func (d *doc) ellipticBodies(i int) int {
	if i+3 >= len(d.toks) || d.toks[i].Kind != token.Word || !d.toks[i].Upper || !d.toks[i+1].Is("and") {
		return i
	}
	if st, _ := d.stateAt(i); st != nil {
		return i // "the Indian and Chinese armies": each state's own, told apart in known
	}
	for y := i + 3; y <= i+4 && y < len(d.toks) && d.toks[y-1].Upper && d.toks[y-1].Kind == token.Word; y++ {
		h := y
		if d.toks[h].Is("\"", "“") {
			h++ // "Donetsk and Luhansk “people's republics”"
		}
		for n := 1; n <= 3 && h+n <= len(d.toks); n++ {
			one := singularNoun(d.toks[h+n-1].Text)
			if one == "" {
				continue
			}
			shared := d.text[d.toks[h].Start:d.toks[h+n-1].Start] + one
			a := d.wholeOrg(d.toks[i].Text + " " + shared)
			b := d.wholeOrg(d.text[d.toks[i+2].Start:d.toks[y-1].End] + " " + shared)
			if a != nil && b != nil && a != b {
				end := h + n
				if h > y && end < len(d.toks) && d.toks[end].Is("\"", "”") {
					end++
				}
				d.mention(i, end, parley.ViaName, d.addKnown(a), d.addKnown(b))
				return end
			}
		}
	}
	return i
}

// wholeOrg returns the organisation the whole of name names, or nil.
func (d *doc) wholeOrg(name string) *kb.Entity {
	toks := token.Tokenize(name)
	en := d.r.dict.match(toks, 0)
	if en == nil || len(en.toks) != len(toks) {
		return nil
	}
	var orgs []target
	for _, tg := range en.targets {
		if tg.entity.Kind == kb.KindOrganization {
			orgs = append(orgs, tg)
		}
	}
	if len(orgs) == 0 {
		return nil
	}
	return d.pickOrg(orgs)
}

// singularNoun returns the singular of a plural noun ("parties",
// "republics"), or "" when the word is no plural.
func singularNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return ""
}

// pairRolePhrase resolves "the Chinese and U.S. presidents", "the
// Japanese and South Korean foreign ministers": two state words joined by
// "and" before a role noun in the plural name the two holders of the role,
// and before "governments" the two states.
func (d *doc) pairRolePhrase(i int) int {
	if i > 0 && d.toks[i-1].Is("deputy", "vice", "assistant", "junior", "former", "acting") {
		return i // "Deputy foreign ministers of Turkey, Syria, Russia and Iran": not the ministers
	}
	j := i
	if d.toks[j].Is("the") {
		j++
	}
	if n := d.rolesOfPair(i, j); n > i {
		return n
	}
	if j >= len(d.toks) || !d.toks[j].Upper {
		return i
	}
	and := false // (a cheap test first: this runs at every token)
	for k := j + 1; k < len(d.toks) && k <= j+4; k++ {
		and = and || d.toks[k].Is("and")
	}
	if !and {
		return i
	}
	s1, end := d.stateAt(j)
	if s1 == nil || end >= len(d.toks) || !d.toks[end].Is("and") {
		return i
	}
	s2, end := d.stateAt(end + 1)
	if s2 == nil || s2 == s1 || end >= len(d.toks) {
		return i
	}
	if d.toks[end].Is("governments", "authorities", "administrations") {
		// "accused the Belgian and Irish governments of": the two states
		d.mention(i, end+1, parley.ViaCollective, d.addKnown(s1), d.addKnown(s2))
		return end + 1
	}
	for n := min(maxRoleNounTokens, len(d.toks)-end); n >= 1; n-- {
		p := d.phrase(end, end+n)
		single, ok := strings.CutSuffix(p, "s")
		if !ok {
			continue
		}
		levels := roleNouns[single]
		if levels == nil {
			continue
		}
		a, b := d.holder(s1.ID, levels), d.holder(s2.ID, levels)
		if a == "" || b == "" {
			return i
		}
		d.mention(i, end+n, parley.ViaRole, a, b)
		return end + n
	}
	return i
}

// rolesOfPair resolves "the foreign ministers of Pakistan and Iran", "the
// presidents of Russia and China" starting at i (the role at j): the two
// holders on the day, when the knowledge base knows both.
func (d *doc) rolesOfPair(i, j int) int {
	if j >= len(d.toks) || !roleFirst[d.toks[j].Norm] && !d.toks[j].Is("presidents", "leaders", "premiers", "chancellors") {
		return i
	}
	for n := min(maxRoleNounTokens, len(d.toks)-j); n >= 1; n-- {
		single, ok := strings.CutSuffix(d.phrase(j, j+n), "s")
		levels := roleNouns[single]
		if !ok || levels == nil || j+n+1 >= len(d.toks) || !d.toks[j+n].Is("of") {
			continue
		}
		states, end := d.statesListedAt(j + n + 1)
		if len(states) < 2 {
			return i
		}
		var ids []string
		for _, st := range states {
			h := d.holder(st.ID, levels)
			if h == "" || slices.Contains(ids, h) {
				return i
			}
			if len(levels) > 1 && !d.named(h) {
				// "the leaders of France and Germany": a head of state or
				// of government, which only the people named so far can
				// settle.
				return i
			}
			ids = append(ids, h)
		}
		d.mention(i, end, parley.ViaRole, ids...)
		return end
	}
	return i
}

// statesListedAt reads states listed from i — "Pakistan and Iran", "China,
// Russia and India", "China, Russia, and India" — and returns them, each
// once, with the end of the list; nil unless the list closes with "and"
// before its last state.
func (d *doc) statesListedAt(i int) ([]*kb.Entity, int) {
	// at reads one state, after an optional "the" ("the Philippines").
	at := func(k int) (*kb.Entity, int) {
		if k < len(d.toks) && d.toks[k].Is("the") {
			k++
		}
		return d.stateAt(k)
	}
	var out []*kb.Entity
	for {
		st, end := at(i)
		if st == nil || slices.Contains(out, st) {
			return nil, i
		}
		out = append(out, st)
		next := -1
		switch {
		case end+1 < len(d.toks) && d.toks[end].Is("and"):
			next = end + 1
		case end+2 < len(d.toks) && d.toks[end].Is(",") && d.toks[end+1].Is("and"):
			next = end + 2 // "China, Russia, and India"
		case end+1 < len(d.toks) && d.toks[end].Is(","):
			i = end + 1
			continue
		default:
			return nil, i
		}
		last, end2 := at(next)
		if last == nil || slices.Contains(out, last) {
			return nil, i
		}
		return append(out, last), end2
	}
}

// named reports whether the article has mentioned actor id so far.
func (d *doc) named(id string) bool {
	for _, m := range d.mentions {
		if slices.Contains(m.Actors, id) {
			return true
		}
	}
	return false
}

// rolePhrase resolves "the Russian leader", "his Russian counterpart",
// "Russia's president" and "the president" through the knowledge base.
func (d *doc) rolePhrase(i int) int {
	if d.embeddedTitle(i) {
		return i // "the Adviser to the Prime Minister on Foreign Affairs, Sartaj Aziz": part of another's title
	}
	t := &d.toks[i]
	var det string
	j := i
	switch t.Norm {
	case "the", "his", "her", "their", "its":
		det = t.Norm
		j++
	}
	var state *kb.Entity
	if j < len(d.toks) {
		if s, end := d.stateAt(j); s != nil {
			state = s
			j = end
			if j < len(d.toks) && d.toks[j].Is("'s") {
				j++
			}
		}
	}
	if det != "" && state != nil && j+1 < len(d.toks) && d.toks[j].Is("and") {
		// "his Ethiopian and Somali counterparts": one for each state.
		if s2, end2 := d.stateAt(j + 1); s2 != nil && end2 < len(d.toks) && d.toks[end2].Is("counterparts") {
			if owners := d.ownersBefore(i); det == "their" && len(owners) >= 2 && !(d.tokIs(end2+1, ",") && d.followedByName(end2+2)) {
				// "Blinken and Austin will meet their Japanese and
				// Australian counterparts": each one's own in each state.
				ids := slices.Concat(d.counterpartsOf(owners, state), d.counterpartsOf(owners, s2))
				d.mention(i, end2+1, parley.ViaGroup, ids...)
				return end2 + 1
			}
			a, b := d.counterpart(i, det, state), d.counterpart(i, det, s2)
			if a != "" && b != "" {
				d.mention(i, j, parley.ViaRole, a)
				d.mention(j+1, end2+1, parley.ViaRole, b)
				return end2 + 1
			}
		}
	}
	if det == "" && state == nil {
		return i
	}
	top := false // "the top US diplomat": the state between "top" and "diplomat"
	if j < len(d.toks) && d.toks[j].Is("top", "new", "then", "former", "own") {
		if d.toks[j].Is("former", "then") {
			return i // "the former president" is not today's holder
		}
		j++
		if state == nil && d.toks[j-1].Is("top") && j < len(d.toks) {
			if s, end := d.stateAt(j); s != nil {
				state, j, top = s, end, true
			}
		}
	}
	if j >= len(d.toks) {
		return i
	}
	if (top || state != nil && j > 0 && d.toks[j-1].Is("top")) && d.toks[j].Is("diplomat") && !d.describesName(i) { // ("Iran's top diplomat", "the Iranian top diplomat")
		if id := d.holder(state.ID, []string{kb.ForeignMinister}); id != "" {
			d.mention(i, j+1, parley.ViaRole, id)
			return j + 1
		}
	}
	if state != nil {
		if id, end := d.ambassador(state, j); id != "" {
			d.mention(i, end, parley.ViaRole, id)
			return end
		}
	}
	if state != nil && det != "" && d.toks[j].Is("minister") && !d.followedByName(j+1) && !(j+1 < len(d.toks) && d.toks[j+1].Is("of", "for")) {
		// "Lavrov met Wang Yi … The Russian minister said": the minister
		// of that state just named; which one is meant is no guess.
		if id := d.recentMinister(i, state.Country); id != "" {
			d.mention(i, j+1, parley.ViaRole, id)
			return j + 1
		}
		return i
	}
	levels, end := d.roleNounAt(j)
	if levels == nil || d.followedByName(end) {
		return i
	}
	if id := d.apposedPerson(end); id != "" && !d.tokIs(end, "of") {
		d.mention(i, end, parley.ViaRole, id) // "Kenya's foreign minister, Musalia Mudavadi,": the one named, whoever the office's holder
		return end
	}
	if det == "the" && state == nil && end+2 < len(d.toks) && d.toks[end].Is("of") && d.toks[end+1].Is("the") && d.toks[end+2].Is("republic") {
		// "the President of the Republic" in a government's own text: its
		// state's president.
		if c := d.issuerCountry(); c != "" {
			if id := d.titleHolder("state:"+c, j, end, levels); id != "" {
				d.mention(i, end+3, parley.ViaRole, id)
				return end + 3
			}
		}
	}
	if det == "the" && state == nil && end+1 < len(d.toks) && d.toks[end].Is("of") {
		if id, stop := d.officeOf(levels, d.phrase(j, end), end+1); id != "" {
			d.mention(i, stop, parley.ViaRole, id) // "the President of France", "the President of the European Commission"
			return stop
		}
		if k := end + 1; d.toks[k].Upper || d.toks[k].Is("the") && k+1 < len(d.toks) && d.toks[k+1].Upper {
			return i // the office of something named, not the president named last
		}
	}
	if levels[0] == "counterpart" && state == nil && d.tokIs(end, "from") {
		// "their counterparts from Japan": the state named after.
		if st, after := d.stateAt(end + 1); st != nil {
			state, end = st, after
		}
	}
	if levels[0] == "counterpart" && det == "their" && d.toks[j].Is("counterparts") && state != nil &&
		!(d.tokIs(end, ",") && d.followedByName(end+1)) { // "…, Kamikawa and Kihara": the names say who
		// "Blinken and Austin met their Japanese counterparts": each
		// owner's own, or the state's officials when they do not pair.
		if ids := d.counterpartsOf(d.ownersBefore(i), state); ids != nil {
			via := parley.ViaGroup
			if len(ids) == 1 && strings.HasPrefix(ids[0], "state:") {
				via = parley.ViaCollective
			} else if len(ids) == 1 {
				via = parley.ViaRole
			}
			d.mention(i, end, via, ids...)
			return end
		}
	}
	own := "" // the issuing state's own holder of a capitalised bare title
	if det == "the" && state == nil && d.toks[j].Upper && !d.ousterSought(i) {
		if own = d.issuersOwn(j, end, levels); d.anothersTitle(own, i, j, end) {
			own = ""
		}
	}
	var id string
	switch {
	case levels[0] == "counterpart":
		id = d.counterpart(i, det, state)
	case state != nil:
		if titles := chiefTitles[d.phrase(j, end)]; titles != nil {
			for _, t := range titles {
				if id = d.holderTitled(state.ID, t, kb.Official); id != "" {
					break
				}
			}
			break
		}
		id = d.titleHolder(state.ID, j, end, levels)
	case own != "":
		// "The Prime Minister spoke by phone to Pakistan's Prime
		// Minister, Imran Khan … The Prime Minister spoke to Chancellor
		// Merkel": in a government's own text, its own office holder.
		id = own
	case det == "the" && d.toks[j].Upper && d.titled[d.phrase(j, end)] != "":
		// "The President expressed his gratitude to … President Yoon …
		// The President also said": a capitalised bare title keeps the
		// holder the text first gave it, however many others it names.
		id = d.titled[d.phrase(j, end)]
	case det == "the":
		if t := officeTitles[string(d.phraseKey(j, end))]; t != "" {
			id = d.recentWithLevel(i, []string{kb.HeadOfState, kb.HeadOfGovernment}, t)
		}
		if d.phrase(j, end) == "crown prince" {
			// "the crown prince": an heir so titled, whatever else he
			// holds, never the head of government of another state.
			if id = d.recentWithLevel(i, []string{kb.HeadOfGovernment, kb.Official}, "Crown Prince"); id == "" {
				return i
			}
		}
		if d.phrase(j, end) == "secretary of state" {
			// "The Minister and the Secretary of State agreed": the holder
			// of that title the story named, however far back, not any
			// foreign minister.
			for k := len(d.recent) - 1; k >= 0; k-- {
				if rf := d.recent[k]; rf.tok < i && d.holdsLevel(rf.id, levels, "Secretary of State") {
					id = rf.id
					break
				}
			}
			if id == "" {
				return i
			}
		}
		if id == "" {
			id = d.recentWithLevel(i, levels, monarchTitles[d.phrase(j, end)])
		}
	}
	if id == "" {
		return i
	}
	if det == "the" && state == nil && d.toks[j].Upper {
		if d.titled == nil {
			d.titled = map[string]string{}
		}
		if _, ok := d.titled[d.phrase(j, end)]; !ok {
			d.titled[d.phrase(j, end)] = id
		}
	}
	d.mention(i, end, parley.ViaRole, id)
	return end
}

// personNamedAt reports whether the words starting at i name a person:
// one the dictionary knows ("Sergei Lavrov"), or a name-like word opening
// a list ("al-Jubeir and Zarif", "Wagner, Nduhungirehe and …").
func (d *doc) personNamedAt(i int) bool {
	en := d.r.dict.match(d.toks, i)
	if en == nil && (d.nameParticle(i) || d.toks[i].Upper) && i+1 < len(d.toks) {
		return d.toks[i+1].Is("and", ",") // "al-Jubeir and Zarif": a list of names the dictionary may know only in part
	}
	if en == nil {
		return false
	}
	for _, t := range en.targets {
		if t.entity.Kind == kb.KindPerson {
			return true
		}
	}
	return false
}

// pastTitle returns where the name starts after a title of up to three
// capitalised words at i ("Prime Minister Viktor Yanukovych"), or i.
func (d *doc) pastTitle(i int) int {
	j := i
	for j < len(d.toks) && j-i < 3 && d.toks[j].Upper && titleWords[d.toks[j].Norm] && !d.personNamedAt(j) {
		j++
	}
	if j < len(d.toks) && j > i {
		return j
	}
	return i
}

// leaderTitles are the bare titles of a head of state or government that
// an issuing government's text uses for its own: "The President", "the
// Prime Minister" (not "the Minister").
var leaderTitles = set("president", "prime minister", "chancellor", "premier", "taoiseach", "king", "emir", "amir")

// ousterSought reports whether the title at i is the one whose fall is
// sought, "demanding the resignation of the Prime Minister": in a
// government's text on another state's unrest, that state's leader,
// not the issuer's own.
func (d *doc) ousterSought(i int) bool {
	return i >= 2 && d.toks[i-1].Is("of") && d.toks[i-2].Is("resignation", "ouster", "removal", "impeachment", "overthrow", "downfall", "dismissal")
}

// anothersTitle reports whether the issuer's own office holder own, a
// head of state who does not lead the government, is not the one the
// bare title at j…end before token i means, because the text gave that
// title to someone else before: "The Chancellor spoke with President
// Barack Obama … The Chancellor asked the President" in a German readout
// is Obama, not Germany's president. (A briefing's "the President" of a
// government its president leads stays its own.)
func (d *doc) anothersTitle(own string, i, j, end int) bool {
	if own == "" || !d.otherHeadOfGovernment(own) {
		return false
	}
	named := d.namedWithTitleBefore(i, j, end)
	return len(named) > 0 && named[len(named)-1] != own // the last so titled
}

// otherHeadOfGovernment reports whether the issuer's state has a head of
// government on the story's day, and own is not it.
func (d *doc) otherHeadOfGovernment(own string) bool {
	hog := d.r.kb.Holders("state:"+d.issuerCountry(), kb.HeadOfGovernment, d.on)
	return len(hog) > 0 && !slices.ContainsFunc(hog, func(e *kb.Entity) bool { return e.ID == own })
}

// namedWithTitleBefore returns the people the text named before token i
// with the title at j…end written right before the name ("President
// Barack Obama" for "the President"), in the order named.
func (d *doc) namedWithTitleBefore(i, j, end int) []string {
	var ids []string
	for _, m := range d.mentions {
		k0 := d.tokenIndex(m.Span.Start)
		if k0 >= i {
			break
		}
		if len(m.Actors) != 1 || m.Via == parley.ViaPronoun || m.Via == parley.ViaRole || d.actors[d.index[m.Actors[0]]].Kind != parley.Person {
			continue
		}
		if d.titledRightBefore(k0, j, end) {
			ids = append(ids, m.Actors[0])
		}
	}
	return ids
}

// issuersOwn returns the head of state or government, in the state whose
// government issued the text, that the capitalised title at j…end names
// ("The Prime Minister", "The President"), or "": "the Amir" in a British
// readout is no British office holder.
func (d *doc) issuersOwn(j, end int, levels []string) string {
	c := d.issuerCountry()
	if c == "" || !slices.ContainsFunc(levels, func(l string) bool { return l == kb.HeadOfState || l == kb.HeadOfGovernment }) {
		return ""
	}
	if end-j == 1 && d.toks[j].Is("president") && strings.Contains(strings.ToLower(d.issuer), "president of the government") {
		// "Office of the President of the Government" (La Moncloa): its
		// "the President" heads the government, whatever English calls
		// the office
		return d.holder("state:"+c, []string{kb.HeadOfGovernment})
	}
	id := d.titleHolder("state:"+c, j, end, levels)
	// The title's last word is a word of the holder's role: "King" is not
	// the Prime Minister of the United Kingdom.
	if id == "" || !slices.Contains(strings.Fields(strings.ToLower(d.actors[d.index[id]].Role)), d.toks[end-1].Norm) {
		return ""
	}
	return id
}

// recentMinister returns the person of state cc holding a minister's
// role on the day whom the three sentences before token i last named, or
// "".
func (d *doc) recentMinister(i int, cc string) string {
	for rf := range d.recentWithin(i, 3) {
		if rf.tok < i && rf.kind == parley.Person && d.actors[d.index[rf.id]].Country == cc &&
			d.holdsLevel(rf.id, []string{kb.ForeignMinister, kb.DefenceMinister, kb.Minister}, "") {
			return rf.id
		}
	}
	return ""
}

// officeOf resolves the holder of an office named by its levels "of" the
// state or organisation whose name starts at k (after an optional
// "the"), on the publication date, and returns it with the end of the
// name; "" when there is none. An organisation's president, leader or
// chair is its leader.
func (d *doc) officeOf(levels []string, title string, k int) (string, int) {
	if k < len(d.toks) && d.toks[k].Is("the") {
		k++
	}
	if k >= len(d.toks) {
		return "", 0
	}
	var ents []*kb.Entity
	stop := k + 1
	if en := d.r.dict.match(d.toks, k); en != nil {
		stop = k + len(en.toks)
		for _, t := range en.targets {
			ents = append(ents, t.entity)
		}
	} else if e := d.recentOrgNamed(k); e != nil {
		ents = append(ents, e) // "the President of the Commission" after "the European Commission"
	}
	if d.ownedBodyAfter(stop) {
		return "", 0 // "the leader of Kenya's opposition": of a body the state has, not of the state
	}
	// "the president of the Cambodian Independent Teachers' Association":
	// a state's word opening the name of a body the base does not know.
	bodyNamed := stop < len(d.toks) && d.toks[stop].Upper && d.toks[stop].Kind == token.Word && d.r.dict.match(d.toks, stop) == nil &&
		!givenName(d.toks[stop].Norm)
	for _, e := range ents {
		switch e.Kind {
		case kb.KindState:
			if bodyNamed {
				continue
			}
			if title == "crown prince" {
				// "the Crown Prince of Kuwait": its heir, or no one (not
				// its prime minister)
				if id := d.holderTitled(e.ID, "Crown Prince", kb.HeadOfGovernment, kb.Official); id != "" {
					return id, stop
				}
				continue
			}
			if t := officeTitles[title]; t != "" {
				// "the President of Iran": the office so titled, not the
				// Supreme Leader, who heads the state
				if id := d.holderTitled(e.ID, t, kb.HeadOfState, kb.HeadOfGovernment); id != "" {
					return id, stop
				}
			}
			if id := d.holder(e.ID, levels); id != "" {
				return id, stop
			}
		case kb.KindOrganization:
			if levels[0] == kb.HeadOfState || levels[0] == kb.HeadOfGovernment {
				// "the president of the International Criminal Court": the
				// leader so titled, not its prosecutor, who leads too.
				if id := d.holderTitled(e.ID, title, kb.OrgLeader); id != "" {
					return id, stop
				}
				if id := d.holder(e.ID, []string{kb.OrgLeader}); id != "" {
					return id, stop
				}
			}
		}
	}
	return "", 0
}

// ownedBodyAfter reports whether a possessive at k names a body a state
// has ("Kenya's opposition", "Lesotho's main opposition party"), whose
// head a role phrase before the state names: not "the President of
// France's remarks", the president's own.
func (d *doc) ownedBodyAfter(k int) bool {
	if k+1 >= len(d.toks) || !d.toks[k].Is("'s", "’s") {
		return false
	}
	for i := k + 1; i < len(d.toks) && i <= k+3; i++ {
		if d.toks[i].Is("opposition", "party", "parties", "army", "military", "junta", "parliament", "senate", "delegation",
			"movement", "coalition", "alliance", "rebels", "rebel", "union", "unions", "federation", "council", "assembly") {
			return true
		}
		if !d.toks[i].Is("main", "largest", "biggest", "ruling", "governing", "leading", "national", "armed", "former", "new") {
			return false
		}
	}
	return false
}

// recentOrgNamed returns the organisation of the knowledge base named in
// the last six sentences whose name holds the capitalised word at k
// ("Commission" for the European Commission), or nil.
func (d *doc) recentOrgNamed(k int) *kb.Entity {
	if !d.toks[k].Upper || d.toks[k].Kind != token.Word {
		return nil
	}
	word := d.toks[k].Norm
	for rf := range d.recentWithin(k, 6) {
		if e := d.r.kb.Get(rf.id); e != nil && e.Kind == kb.KindOrganization && slices.Contains(strings.Fields(token.Fold(e.Name)), word) {
			return e
		}
	}
	return nil
}

// ambassador resolves "ambassador to Britain" or "envoy in Washington"
// at token j, after the sending state: the person who held that post on
// the publication date, when the knowledge base knows one, and the end of
// the phrase.
func (d *doc) ambassador(from *kb.Entity, j int) (string, int) {
	if d.on.IsZero() || j+2 >= len(d.toks) || !d.toks[j].Is("ambassador", "envoy") || !d.toks[j+1].Is("to", "in") {
		return "", j
	}
	k := j + 2
	if d.toks[k].Is("the") {
		k++
	}
	host, end := d.stateAt(k)
	if host == nil || host == from || d.followedByName(end) {
		return "", j
	}
	titles := []string{"Ambassador of " + from.Name + " to " + host.Name, "Ambassador of " + from.Name + " to the " + host.Name}
	for _, p := range d.r.kb.Holders(from.ID, "", d.on) {
		for _, r := range p.Roles {
			if slices.Contains(titles, r.Title) && r.HeldOn(d.on) {
				return d.addKnown(p), end
			}
		}
	}
	return "", j
}

// compoundSuffixes end a hyphenated word whose first part names the state
// that did or is concerned by what follows: "US-imposed sanctions", "a
// Qatar-brokered deal", "China-specific tariffs". Proxies ("Iran-backed
// militias", "Russia-allied forces") are left out: the state is neither
// the group that acts nor the one acted on.
var compoundSuffixes = set("led", "sponsored", "brokered", "imposed", "mediated", "proposed", "drafted",
	"specific", "related", "bound", "focused", "linked", "made", "built", "owned", "flagged", "registered", "operated",
	"run", "controlled", "ruled", "held")

// rulingSuffixes end a compound whose first part, a body, rules or leads
// what follows: "Hamas-run", "Taliban-controlled", "NATO-led".
var rulingSuffixes = set("led", "run", "controlled", "ruled", "held")

// compoundParts returns where the last hyphen of a compound word stands
// and the lower-cased word after it ("Iran-backed": 4, "backed"); -1 and
// "" when there is none.
func compoundParts(text string) (int, string) {
	cut := strings.LastIndexByte(text, '-')
	if cut < 0 {
		return -1, ""
	}
	return cut, strings.ToLower(text[cut+1:])
}

// stateCompound records the state a compound like "Iran-backed" names, as
// an adjective mention of the whole word, and returns the next position
// (i when the token is no such compound).
func (d *doc) stateCompound(i int) int {
	t := &d.toks[i]
	cut, suffix := compoundParts(t.Text)
	if t.Kind != token.Word || cut <= 0 || !compoundSuffixes[suffix] {
		return i
	}
	head := token.Tokenize(t.Text[:cut])
	if i > 0 && d.toks[i-1].Kind == token.Word && d.toks[i-1].Upper && !t.NewlineBefore && d.sentenceOf[i-1] == d.sentenceOf[i] {
		// "the South Korean-flagged tanker": the state's name began in
		// the word before
		longer := append([]token.Token{d.toks[i-1]}, head...)
		if en := d.r.dict.match(longer, 0); en != nil && len(en.toks) == len(longer) {
			for _, tg := range en.targets {
				if tg.entity.Kind == kb.KindState {
					d.mention(i-1, i+1, parley.ViaAdjective, d.addKnown(tg.entity))
					return i + 1
				}
			}
		}
	}
	if en := d.r.dict.match(head, 0); en != nil && len(en.toks) == len(head) {
		for _, tg := range en.targets {
			if tg.entity.Kind == kb.KindState {
				d.mention(i, i+1, parley.ViaAdjective, d.addKnown(tg.entity))
				return i + 1
			}
			if tg.entity.Kind == kb.KindOrganization && tg.via == parley.ViaName && rulingSuffixes[strings.ToLower(t.Text[cut+1:])] {
				// "the Hamas-run Gaza Strip", "NATO-led forces": the body
				// that rules or leads there.
				d.mention(i, i+1, parley.ViaName, d.addKnown(tg.entity))
				return i + 1
			}
		}
	}
	return i
}

// pairCompound records the two states or the two people a hyphenated
// pair names before a noun — "US-China talks", "the Modi-Xi meeting",
// "India-Pakistan tensions" — as one mention of both, and returns the next
// position (i when the token is no such pair).
func (d *doc) pairCompound(i int) int {
	t := &d.toks[i]
	if t.Kind != token.Word || !t.Upper || strings.Count(t.Text, "-") != 1 {
		return i
	}
	cut := strings.IndexByte(t.Text, '-')
	var ents []*kb.Entity
	for _, part := range []string{t.Text[:cut], t.Text[cut+1:]} {
		toks := token.Tokenize(part)
		en := d.r.dict.match(toks, 0)
		if en == nil || len(en.toks) != len(toks) {
			return i
		}
		var pick *kb.Entity
		for _, tg := range en.targets {
			if tg.entity.Kind == kb.KindState || tg.entity.Kind == kb.KindPerson && pick == nil {
				if pick == nil || tg.entity.Kind == kb.KindState {
					pick = tg.entity
				}
			}
		}
		if pick == nil {
			return i
		}
		ents = append(ents, pick)
	}
	if ents[0] == ents[1] || ents[0].Kind != ents[1].Kind {
		return i
	}
	if ents[0].Kind == kb.KindPerson && d.nameWord(i+1) && givenName(strings.ToLower(t.Text[:cut])) {
		return i // "Jean-Pierre Dupont": a hyphenated given name, not Jean and Pierre
	}
	d.mention(i, i+1, parley.ViaAdjective, d.addKnown(ents[0]), d.addKnown(ents[1]))
	return i + 1
}

// basedIn returns the country of a "<Place>-based" token at k ("Seoul-based",
// "New York-based"), or "".
func (d *doc) basedIn(k int) string {
	place, ok := strings.CutSuffix(d.toks[k].Norm, "-based")
	if !ok {
		return ""
	}
	if k > 0 && d.toks[k-1].Upper && !d.toks[k].NewlineBefore {
		if c := d.r.placeCountry[d.toks[k-1].Norm+" "+place]; c != "" {
			return c
		}
	}
	return d.r.placeCountry[place]
}

// groupSynonyms let a group be named by another word for its members:
// "the physicians stated" for Doctors for Camp Closure.
var groupSynonyms = map[string]string{"physicians": "doctors", "medics": "doctors", "lawyers": "attorneys",
	"attorneys": "lawyers", "legislators": "lawmakers", "lawmakers": "legislators"}

// titleReference resolves "the general", "the senator" and like titles
// used alone to the person last named with that title before the name
// ("Senior General Min Aung Hlaing … urged the general to stop").
func (d *doc) titleReference(i int) int {
	if !d.toks[i].Is("the") || i+1 >= len(d.toks) || d.toks[i+1].Upper || !referenceTitles[d.toks[i+1].Norm] || d.followedByName(i+2) {
		return i
	}
	if i+2 < len(d.toks) && d.toks[i+2].Kind == token.Word && !d.toks[i+2].Upper && !titleFollowers[d.toks[i+2].Norm] && !strings.HasSuffix(d.toks[i+2].Norm, "ed") {
		return i // "the general public", "the general assembly", "the governor of the central bank"
	}
	title := d.toks[i+1].Norm
	for rf := range d.recentWithin(i, 6) {
		if rf.kind != parley.Person {
			continue
		}
		// The title stands right before the name ("General Mark Milley",
		// "Senior General Min Aung Hlaing"), not inside another title
		// ("Secretary General Antonio Guterres").
		for j := max(rf.tok-1, 0); j <= rf.tok+1 && j < i; j++ {
			if d.toks[j].Norm == title && d.toks[j].Upper && !(j > 0 && compoundTitles[d.toks[j-1].Norm]) {
				d.mention(i, i+2, parley.ViaRole, rf.id)
				return i + 2
			}
		}
	}
	return i
}

// roleReference resolves "the envoy", "the rapporteur", "the ambassador"
// used alone, as the subject or the object of an act, to the one person
// named in the four sentences before with that word in their title,
// written before the name ("US special envoy Steve Witkoff arrived … The
// envoy met Putin", "… accused the envoy of breaching norms") or in the
// role the text or the knowledge base gives them. Two such people: none.
func (d *doc) roleReference(i int) int {
	if !d.toks[i].Is("the") || i+2 >= len(d.toks) || d.toks[i+1].Upper || !roleTitles[d.toks[i+1].Norm] || d.followedByName(i+2) ||
		!d.actingVerb(i+2) && !d.toks[i+2].Is("met", "meets", "spoke", "speaks") && !d.roleObject(i) {
		return i
	}
	title := d.toks[i+1].Norm
	who, clear := d.onlyRecent(i, 4, func(rf ref) bool {
		if rf.kind != parley.Person {
			return false
		}
		titles := []string{title}
		if title == "envoy" {
			titles = append(titles, "ambassador") // an ambassador is the envoy of the story
		}
		role := strings.ToLower(d.actors[d.index[rf.id]].Role)
		titled := false
		for _, w := range titles {
			titled = titled || strings.Contains(role, w)
			for j := max(rf.tok-3, 0); j <= rf.tok+3 && j < i && !titled; j++ { // (the mention may begin with its title)
				titled = d.toks[j].Norm == w && d.sentenceOf[j] == d.sentenceOf[rf.tok]
			}
		}
		return titled
	})
	if !clear || who == "" {
		return i // (two envoys: which is unclear)
	}
	d.mention(i, i+2, parley.ViaRole, who)
	return i + 2
}

// roleObject reports whether "the envoy" at i is what a past act was
// done to and ends there: "accused the envoy of breaching", "summoned
// the ambassador on Monday", not "summoned the ambassador in Paris" (one
// the place names) nor "the ambassador to Spain".
func (d *doc) roleObject(i int) bool {
	v := i - 1
	if v < 0 || d.sentenceOf[v] != d.sentenceOf[i] || d.toks[v].Upper || !d.actingVerb(v) ||
		d.toks[v].Is("also", "later", "then", "further", "has", "had", "will", "would", "said", "says", "told", "added") {
		return false
	}
	next := &d.toks[i+2]
	if next.Is("of") && d.gerundAt(i+3) {
		return true // "accused the envoy of breaching"
	}
	return d.endsNounPhrase(i+2) && !(next.Is("to", "in", "at", "from") && i+3 < len(d.toks) && d.toks[i+3].Upper)
}

// ministerOfState resolves "the Minister of State" used alone to the one
// person named in the six sentences before whose role is a minister of
// state's ("Minister of State for Foreign Affairs Zain Noorani … the
// Minister of State said"): a junior minister, not a secretary of state.
func (d *doc) ministerOfState(i int) int {
	if !d.toks[i].Is("the") || i+4 >= len(d.toks) || !d.toks[i+1].Is("minister") || !d.toks[i+2].Is("of") || !d.toks[i+3].Is("state") ||
		d.toks[i+4].Is("for") || d.followedByName(i+4) {
		return i
	}
	who, clear := d.onlyRecent(i, 6, func(rf ref) bool {
		return rf.kind == parley.Person && strings.HasPrefix(strings.ToLower(d.actors[d.index[rf.id]].Role), "minister of state")
	})
	if !clear || who == "" {
		return i
	}
	d.mention(i, i+4, parley.ViaRole, who)
	return i + 4
}

// formerLatter resolves "the former" and "the latter" as the subject of
// an act to the first or second of the two people, else the two states,
// that the sentence before named: "Putin met Erdogan in Sochi. The latter
// urged Russia …". Not "the former president" (a title) nor after three.
func (d *doc) formerLatter(i int) int {
	if !d.toks[i].Is("the") || i+2 >= len(d.toks) || !d.toks[i+1].Is("former", "latter") ||
		!d.actingVerb(i+2) && !d.toks[i+2].Is("met", "spoke") {
		return i
	}
	s := d.sentenceOf[i]
	for _, kind := range []parley.ActorKind{parley.Person, parley.State} {
		var two []string
		for _, rf := range d.recent {
			if rf.tok < i && d.sentenceOf[rf.tok] == s-1 && rf.kind == kind && !slices.Contains(two, rf.id) {
				two = append(two, rf.id)
			}
		}
		if len(two) == 0 {
			continue
		}
		if len(two) != 2 {
			return i
		}
		id := two[0]
		if d.toks[i+1].Is("latter") {
			id = two[1]
		}
		d.mention(i, i+2, parley.ViaRole, id)
		return i + 2
	}
	return i
}

// roleTitles are titles news uses alone, lower-case, for the one person
// it named with them.
var roleTitles = set("envoy", "rapporteur", "ambassador", "mediator", "negotiator", "emissary")

// titleFollowers are the lower-case words that may follow "the general"
// used for a person: "the general to stop", "the general said".
var titleFollowers = set("to", "and", "or", "said", "says", "told", "who", "was", "is", "has", "had", "will", "would",
	"could", "also", "later", "then", "did", "does", "insisted", "argued", "warned")

// compoundTitles make "General" part of another title: "Secretary
// General", "Attorney General".
var compoundTitles = set("secretary", "attorney", "solicitor", "inspector", "surgeon", "postmaster", "consul", "director")

// referenceTitles are titles that news uses alone for the person who
// bears them: "the general", "the senator".
var referenceTitles = set("general", "senator", "ayatollah", "sheikh", "admiral", "marshal", "colonel", "cardinal", "governor")

// appositiveRole resolves a short role set off by commas right after a
// person's name ("President Joko Widodo, the host, has urged"): the
// person.
func (d *doc) appositiveRole(i int) int {
	if !d.toks[i].Is("the") || i < 2 || d.toks[i-1].Text != "," {
		return i
	}
	m := d.mentionEndingAt(i - 2)
	if m == nil || len(m.Actors) != 1 || d.actors[d.index[m.Actors[0]]].Kind != parley.Person {
		return i
	}
	j := i + 1
	for j < len(d.toks) && j-i <= 3 && d.toks[j].Kind == token.Word && !d.toks[j].Upper {
		j++
	}
	if j == i+1 || j >= len(d.toks) || d.toks[j].Text != "," {
		return i
	}
	if _, ok := stateBodies[d.phrase(i+1, j)]; ok {
		return i // "Putin, the army, and the police": a list
	}
	if _, ok := genericNouns[string(d.phraseKey(i, j))]; ok {
		return i
	}
	d.mention(i, j, parley.ViaRole, m.Actors[0])
	return j
}

// itsOfficer resolves "its prime minister", "its foreign minister" after
// a state ("Moscow would not name the place. Today its prime minister
// stood there"): the holder of that office in the state named last, on
// the story's day.
func (d *doc) itsOfficer(i int) int {
	if !d.toks[i].Is("its") || i+1 >= len(d.toks) || d.toks[i+1].Upper {
		return i
	}
	levels, end := d.roleNounAt(i + 1)
	if levels == nil || levels[0] == "counterpart" || d.followedByName(end) || d.tokIs(end, "of") {
		return i
	}
	for rf := range d.recentWithin(i, 1) {
		if rf.kind == parley.Organization {
			return i // "the bloc … its president": a body's officer
		}
		if rf.kind != parley.State {
			continue
		}
		if id := d.holder(rf.id, levels); id != "" {
			d.mention(i, end, parley.ViaRole, id)
			return end
		}
		return i
	}
	return i
}

// itsBody resolves "Its foreign ministry", "Its coast guard" opening a
// sentence to that body of the state the sentence before was about:
// "China reacted angrily. Its foreign ministry summoned the Japanese
// ambassador".
func (d *doc) itsBody(i int) int {
	if !d.toks[i].Is("its") || !d.opensSentence(i) || d.sentenceOf[i] == 0 {
		return i
	}
	for n := min(3, len(d.toks)-i-1); n >= 1; n-- {
		body, ok := stateBodies[d.phrase(i+1, i+1+n)]
		if !ok || !ownBodies[body] || d.tokIs(i+1+n, "of") {
			continue
		}
		st, ok := d.subjectStateBefore(i)
		if !ok {
			return i
		}
		e := d.r.kb.Get(st)
		if e == nil {
			return i
		}
		d.mention(i, i+1+n, parley.ViaRole, d.addBody(e, body))
		return i + 1 + n
	}
	return i
}

// ownBodies are the bodies of a state that "its" may open a sentence with.
var ownBodies = set("Ministry of Foreign Affairs", "Ministry of Defence", "Ministry of Commerce", "Ministry of Trade",
	"Ministry of the Interior", "Navy", "Air Force", "Coast Guard", "Police", "Parliament", "Central Bank") // (not "its forces": the state, as labels have it)

// pairTitleReference resolves a two-word title used alone in lower case
// ("the vice president", "the special envoy") to the person the text
// named with it capitalised before the name within six sentences ("US
// Vice President Joe Biden … the vice president praised").
func (d *doc) pairTitleReference(i int) int {
	if !d.toks[i].Is("the") || i+3 >= len(d.toks) || d.toks[i+1].Upper || d.toks[i+2].Upper ||
		d.toks[i+1].Kind != token.Word || d.toks[i+2].Kind != token.Word || d.followedByName(i+3) ||
		d.toks[i+3].Is("of", "'s", "’s") || d.toks[i+3].Kind == token.Word && !d.toks[i+3].Upper && !titleFollowers[d.toks[i+3].Norm] && !d.actingVerb(i+3) {
		return i
	}
	w1, w2 := d.toks[i+1].Norm, d.toks[i+2].Norm
	for rf := range d.recentWithin(i, 6) {
		if rf.kind != parley.Person {
			continue
		}
		m, ok := d.mentionOn(rf.tok)
		if !ok {
			continue
		}
		for j := rf.tok; j+1 < len(d.toks) && d.toks[j+1].End <= m.Span.End; j++ {
			if d.toks[j].Norm == w1 && d.toks[j+1].Norm == w2 && d.toks[j].Upper && d.toks[j+1].Upper {
				d.mention(i, i+3, parley.ViaRole, rf.id)
				return i + 3
			}
		}
	}
	return i
}

// embeddedTitle reports whether the title after "the" at i is part of a
// longer title or a body's name: "the Adviser to the Prime Minister", "the
// Office of the President".
func (d *doc) embeddedTitle(i int) bool {
	return i >= 2 && d.toks[i].Is("the") && d.toks[i-1].Is("to", "of") && d.toks[i-2].Upper && d.toks[i-2].Kind == token.Word
}

// keptTitle returns the holder a capitalised bare title at i ("The
// President", "the Prime Minister") was first given in the text, and
// where the title ends: a title written as a name stays with its first
// holder, however many other presidents the text names in between ("The
// President thanked … President Yoon … The President also said"). "" when
// the text has not used the title yet.
func (d *doc) keptTitle(i int) (string, int) {
	if i+1 >= len(d.toks) || !d.toks[i+1].Upper || len(d.titled) == 0 {
		return "", i
	}
	levels, end := d.roleNounAt(i + 1)
	if levels == nil || d.followedByName(end) || end < len(d.toks) && d.toks[end].Is("of", "'s", "’s") {
		return "", i
	}
	return d.titled[d.phrase(i+1, end)], end
}

// placedElsewhere reports whether the sentence of token i opens, before
// it, with "In <place>," — a place of a state other than country: what
// the sentence tells happens there.
func (d *doc) placedElsewhere(i int, country string) bool {
	c := d.openingPlaceCountry(i)
	return c != "" && c != country
}

// openingPlaceCountry returns the state of the place that the sentence of
// token i names, before it, as "In <place>,", or "".
func (d *doc) openingPlaceCountry(i int) string { return d.inPlaceBefore(i, false) }

// inPlaceBefore returns the state of the place named "in <place>," before
// token i in its sentence, or ""; atStart asks for the "In" to open the
// sentence.
func (d *doc) inPlaceBefore(i int, atStart bool) string {
	si := d.sentenceOf[i]
	for _, p := range d.places {
		k, end := d.tokenIndex(p.Span.Start), d.tokenIndex(p.Span.End-1)+1
		if k > 0 && k < i && d.sentenceOf[k] == si && p.Country != "" && d.toks[k-1].Is("in") && end < i && d.toks[end].Text == "," &&
			(!atStart || k-1 == 0 || d.sentenceOf[k-2] != si) {
			return p.Country
		}
	}
	return ""
}

// titledBack resolves "the spokesman said", "the Kremlin spokesman
// said", "the foreign secretary said", "the chancellor met" to the person
// the story named last with that title before the name ("State
// Department spokesman Matthew Miller", "German Chancellor Olaf
// Scholz"), within the last eight sentences: how news refers back to
// someone it has introduced. The text's title comes before the
// knowledge base's offices, which on the story's day may not have it yet
// (a leader days before taking office) or list another of the person's
// roles.
func (d *doc) titledBack(i int) int {
	if !d.toks[i].Is("the") || d.embeddedTitle(i) {
		return i
	}
	if id, end := d.keptTitle(i); id != "" {
		d.mention(i, end, parley.ViaRole, id)
		return end
	}
	end := i + 1
	for end < len(d.toks) && end-i <= 3 && (titleWords[d.toks[end].Norm] || d.toks[end].Upper && !d.followedByName(end)) {
		end++
	}
	if end == i+1 || end >= len(d.toks) || d.toks[end].Is("of", "for", "-", "'s", "’s") || d.toks[end].Upper && d.toks[end].Kind == token.Word {
		return i
	}
	if d.toks[end-1].Is("of", "for", "and") {
		// The last word taken links the title to more of it ("the Prime
		// Minister of the United Kingdom", "the vice president of the
		// bank", "the Minister for the Environment") or to what the
		// sentence goes on with ("accused the president of legitimizing",
		// "thanked the King for his hospitality", "met the king and
		// handed him …"), and then the title ends before it.
		next := d.toks[end]
		goesOn := next.Upper || titleWords[next.Norm]
		switch d.toks[end-1].Norm {
		case "of":
			goesOn = goesOn || !strings.HasSuffix(next.Norm, "ing")
		case "for":
			goesOn = goesOn || next.Is("the")
		}
		if goesOn {
			return i
		}
		end--
	}
	head := d.toks[end-1].Norm
	if !titleWords[head] || head == "state" || head == "general" && end-i == 2 {
		return i
	}
	if bodyHeads[head] && !(speechVerbs[d.toks[end].Norm] || d.toks[end].Is(",", ".", "also", "added", "later", "then")) {
		return i // "The government recalled its ambassador", "the army shelled": the body, not its spokesman
	}
	if c := d.issuerCountry(); c != "" && end == i+2 && d.toks[i+1].Text == "Secretary" && !d.on.IsZero() {
		// "The Secretary has been working the phones" at the State
		// Department's briefing: its own Secretary of State
		if id := d.holderTitled("state:"+c, "Secretary", kb.ForeignMinister); id != "" {
			d.mention(i, end, parley.ViaRole, id)
			return end
		}
	}
	if d.toks[i+1].Upper && leaderTitles[d.phrase(i+1, end)] && !d.ousterSought(i) {
		if own := d.issuersOwn(i+1, end, []string{kb.HeadOfState, kb.HeadOfGovernment}); own != "" && !d.anothersTitle(own, i, i+1, end) {
			// "… the interim President of Mali, Mr Dioncounda Traoré …
			// The President welcomed …" in the Élysée's communiqué: its
			// own President, not the last one named.
			d.mention(i, end, parley.ViaRole, own)
			return end
		}
	}
	words := map[string]bool{}
	for k := i + 1; k < end; k++ {
		words[d.toks[k].Norm] = true
	}
	s := d.sentenceOf[i]
	for mi := len(d.mentions) - 1; mi >= 0; mi-- {
		m := d.mentions[mi]
		k0 := d.tokenIndex(m.Span.Start)
		if k0 >= i || len(m.Actors) != 1 || m.Via == parley.ViaPronoun {
			continue
		}
		if s-d.sentenceOf[k0] > 8 {
			break
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind != parley.Person || d.placedElsewhere(i, a.Country) {
			continue // ("In Baku, the foreign ministry said" after an Armenian spokesman: Azerbaijan's)
		}
		// The title words written with this mention: inside its span
		// (a descriptor) or right before it.
		seen := map[string]bool{}
		from := k0
		for from > 0 && k0-from < 5 && d.sentenceOf[from-1] == d.sentenceOf[k0] && !d.toks[from-1].Is("and", "or", "the", "of", "with") && !d.onMention(from-1) &&
			(titleWords[d.toks[from-1].Norm] || d.toks[from-1].Upper && d.toks[from-1].Kind == token.Word) {
			from-- // "State Department spokesman Matthew Miller": the title right before
		}
		for k := from; k < d.tokenIndex(m.Span.End) && k < len(d.toks); k++ {
			seen[d.toks[k].Norm] = true
		}
		other := false
		for w := range officeModifiers {
			// "Vice President Kamala Harris", "Former Chancellor Angela
			// Merkel": another office than the bare title names.
			other = other || seen[w] && !words[w]
		}
		if other {
			continue
		}
		ok := seen[head]
		for w := range words {
			ok = ok && seen[w]
		}
		if ok || s-d.sentenceOf[k0] <= 1 && d.titleOnDay(m.Actors[0], d.phrase(i+1, end)) {
			// (or named just before without the title, but holding it:
			// "Vladimir Putin announced … 'I would ask …,' the President
			// said")
			id := m.Actors[0]
			if subj := d.titledSubject(d.sentenceOf[k0], k0, head, d.phrase(i+1, end)); subj != "" {
				// "Jaishankar held talks with Wang Yi … The minister
				// later met Lavrov": the subject the sentence was about,
				// not the partner named after it.
				id = subj
			}
			if !d.ousterSought(i) {
				d.keepTitle(i+1, end, id) // (a leader whose fall a crowd seeks is no holder the title keeps)
			}
			d.mention(i, end, parley.ViaRole, id)
			return end
		}
	}
	return i
}

// bodyHeads end a title that names a body rather than a person: "the
// government", "the ministry", "the army". Told as a speaker they may be
// its spokesperson ("the ministry said", after its spokesman was named);
// doing anything else, they are the body.
var bodyHeads = set("government", "ministry", "army", "military", "police", "forces", "force", "security", "council",
	"commission", "office", "department", "embassy", "agency", "service", "services", "court", "parliament", "assembly",
	"committee", "cabinet", "administration", "authority", "authorities", "party", "navy", "guard", "command", "bureau",
	"directorate", "secretariat", "presidency", "mission", "delegation")

// officeModifiers make a written title another office than the bare one:
// a vice president is no president to "the president".
var officeModifiers = set("vice", "deputy", "former", "ex", "assistant", "under", "associate", "junior", "late")

// keepTitle records id as the holder of the capitalised bare title at
// [i, j) when the text has not given it one yet, so that the title keeps
// its holder further on ("“…,” the Prime Minister said. … The Prime
// Minister condemned the ban": not the premier of the state just named).
func (d *doc) keepTitle(i, j int, id string) {
	if !d.toks[i].Upper || d.actors[d.index[id]].Kind != parley.Person {
		return
	}
	if levels, end := d.roleNounAt(i); levels == nil || end != j {
		return
	}
	if d.titled == nil {
		d.titled = map[string]string{}
	}
	if _, ok := d.titled[d.phrase(i, j)]; !ok {
		d.titled[d.phrase(i, j)] = id
	}
}

// titledSubject returns the person who opens sentence s as its subject,
// before token before, when the title (its last word head) fits them, as
// written before the name or held on the day; else "".
func (d *doc) titledSubject(s, before int, head, title string) string {
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[k] != s || len(m.Actors) != 1 {
			continue
		}
		if k >= before || d.actors[d.index[m.Actors[0]]].Kind != parley.Person {
			return ""
		}
		from := k
		for from > 0 && d.sentenceOf[from-1] == s && (titleWords[d.toks[from-1].Norm] || d.toks[from-1].Upper && d.toks[from-1].Kind == token.Word) {
			from--
		}
		if !(from == 0 || d.sentenceOf[from-1] != s || d.afterOpeningTime(from)) {
			return "" // the first name is no subject: "After talks with Wang Yi, …"
		}
		titled := false
		for j := from; j < k; j++ {
			titled = titled || d.toks[j].Norm == head
		}
		if titled || d.titleOnDay(m.Actors[0], title) {
			return m.Actors[0]
		}
		return ""
	}
	return ""
}

// titleOnDay reports whether the person id holds, on the publication
// day, an office whose title holds the words of title ("president",
// "prime minister").
func (d *doc) titleOnDay(id, title string) bool {
	e := d.r.kb.Get(id)
	if e == nil || d.on.IsZero() {
		return false
	}
	for _, r := range e.RoleOn(d.on) {
		if strings.Contains(" "+strings.ToLower(r.Title)+" ", " "+title+" ") {
			return true
		}
	}
	return false
}

// onMention reports whether token k lies inside a mention recorded so far.
func (d *doc) onMention(k int) bool {
	_, ok := d.mentionOn(k)
	return ok
}

// spokesperson resolves an unnamed "the spokesperson said", "a
// spokeswoman said" to the organisation or state named last in the two
// sentences before, which the labels and readers take it to speak for.
func (d *doc) spokesperson(i int) int {
	if !d.toks[i].Is("the", "a", "an") || i+2 >= len(d.toks) || !d.toks[i+1].Is("spokesperson", "spokesman", "spokeswoman") ||
		!speechVerbs[d.toks[i+2].Norm] {
		return i
	}
	for rf := range d.recentWithin(i, 2) {
		if rf.kind == parley.Organization || rf.kind == parley.State {
			d.mention(i, i+2, parley.ViaRole, rf.id)
			return i + 2
		}
	}
	return i
}

// mediatorsReference resolves "the mediators" to the states and bodies a
// sentence in the six before named together as go-betweens: "Egypt, Qatar
// and the United States are mediating … Hamas officials met the
// mediators", "talks mediated by Qatar and Egypt … the mediators said".
func (d *doc) mediatorsReference(i int) int {
	if !d.toks[i].Is("the") || i+1 >= len(d.toks) || !d.toks[i+1].Is("mediators") {
		return i
	}
	here := d.sentenceOf[i]
	var best []string
	bestSentence := -1
	for m := 0; m < len(d.mentions); m++ {
		k := d.tokenIndex(d.mentions[m].Span.Start)
		si := d.sentenceOf[k]
		if k >= i || here-si > 6 || si < bestSentence {
			continue
		}
		run, end := d.mentionRun(m)
		if len(run) < 2 {
			continue
		}
		if k > 0 && d.toks[k-1].Is("between") || k > 1 && d.toks[k-1].Is("the") && d.toks[k-2].Is("between") {
			m = end
			continue // "mediating between Israel and Hamas": the sides, not the go-betweens
		}
		if d.mediatingNear(k, d.tokenIndex(d.mentions[end].Span.End-1)) {
			best, bestSentence = run, si
		}
		m = end
	}
	if best == nil {
		return i
	}
	d.mention(i, i+2, parley.ViaCollective, best...)
	return i + 2
}

// mentionRun returns the actors of the list of states and bodies that
// starts with mention m ("Egypt, Qatar and the United States") and the
// index of its last mention.
func (d *doc) mentionRun(m int) ([]string, int) {
	var ids []string
	end := m
	for n := m; n < len(d.mentions); n++ {
		mt := d.mentions[n]
		if len(mt.Actors) != 1 || mt.Via == parley.ViaAdjective {
			break
		}
		a := d.actors[d.index[mt.Actors[0]]]
		if a.Kind != parley.State && a.Kind != parley.Organization {
			break
		}
		if n > m && !d.listJoined(d.mentions[n-1], mt, true) {
			break
		}
		if !slices.Contains(ids, mt.Actors[0]) {
			ids = append(ids, mt.Actors[0])
		}
		end = n
	}
	return ids, end
}

// mediatingNear reports whether a word of mediation stands within four
// words of the list in tokens [from, to], in its sentence: "mediators
// Egypt and Qatar", "Qatar and Egypt, which have mediated", "talks
// mediated by Qatar and Egypt".
func (d *doc) mediatingNear(from, to int) bool {
	for j := max(0, from-4); j < len(d.toks) && j <= to+4; j++ {
		if d.sentenceOf[j] == d.sentenceOf[from] && strings.HasPrefix(d.toks[j].Norm, "mediat") {
			return true
		}
	}
	return false
}

// namedHeadReference resolves "the action group" to the organisation
// told of in the last sentences whose name holds those two words, the
// modifier and the head an organisation is referred back by: "the
// Commonwealth Ministerial Action Group … accused the action group of".
// It returns where the reference ends, or i.
func (d *doc) namedHeadReference(i int) int {
	if i+2 >= len(d.toks) || d.toks[i+1].Upper || d.toks[i+1].Kind != token.Word || d.toks[i+2].Upper {
		return i
	}
	if _, ok := orgAnaphors[d.toks[i+2].Norm]; !ok {
		return i
	}
	pair := " " + d.toks[i+1].Norm + " " + d.toks[i+2].Norm + " "
	for rf := range d.recentWithin(i, 20) {
		if rf.tok < i && rf.kind == parley.Organization && strings.Contains(" "+token.Fold(d.actors[d.index[rf.id]].Name)+" ", pair) {
			d.mention(i, i+3, parley.ViaRole, rf.id)
			return i + 3
		}
	}
	return i
}

// summitBody returns, for "the summit" at i as the subject of an act,
// the international body whose summit an earlier sentence told of, when
// that sentence names one such body and no other: "At an extraordinary
// summit in Abuja, the bloc's leaders asked Tandja … The summit also
// barred Niger from hosting ECOWAS meetings"; else "".
func (d *doc) summitBody(i int) string {
	if i+2 >= len(d.toks) || !d.actingVerb(i+2) {
		return ""
	}
	told := -1 // the latest sentence before i's that speaks of a summit
	for k := i - 1; k >= 0 && d.sentenceOf[i]-d.sentenceOf[k] <= pairWindow; k-- {
		if d.sentenceOf[k] < d.sentenceOf[i] && d.toks[k].Is("summit", "summits") {
			told = d.sentenceOf[k]
			break
		}
	}
	if told < 0 {
		return ""
	}
	id, _ := d.onlyRecent(i, d.sentenceOf[i]-told, func(rf ref) bool {
		if d.sentenceOf[rf.tok] != told || rf.kind != parley.Organization {
			return false
		}
		e := d.r.kb.Get(rf.id)
		return e != nil && e.OrgType == "igo"
	})
	return id
}

// sameOpenerBefore returns the body that "The <Noun>" at i, opening its
// sentence, referred to when it opened the sentence before as well; or "".
func (d *doc) sameOpenerBefore(i int) string {
	if !d.opensSentence(i) || !d.toks[i+1].Upper || d.sentenceOf[i] == 0 {
		return ""
	}
	a := i
	for a > 0 && d.sentenceOf[a-1] == d.sentenceOf[i] {
		a--
	}
	if a == 0 {
		return ""
	}
	p := a - 1
	for p > 0 && d.sentenceOf[p-1] == d.sentenceOf[a-1] {
		p--
	}
	if p+1 >= a || !d.toks[p].Is("the") || d.toks[p+1].Norm != d.toks[i+1].Norm || !d.toks[p+1].Upper {
		return ""
	}
	if m, ok := d.mentionOn(p); ok && len(m.Actors) == 1 {
		return m.Actors[0]
	}
	return ""
}

// orgReference resolves "the bloc", "the alliance", "the agency" to the
// organisation of that kind the article named last.
func (d *doc) orgReference(i int) int {
	if !d.toks[i].Is("the") || i+1 >= len(d.toks) {
		return i
	}
	noun := d.toks[i+1].Norm
	if e := d.namedHeadReference(i); e > i {
		return e
	}
	if noun == "summit" {
		if id := d.summitBody(i); id != "" {
			d.mention(i, i+2, parley.ViaRole, id)
			return i + 2
		}
		return i
	}
	want, ok := orgAnaphors[noun]
	if noun == "community" && !d.toks[i+1].Upper {
		ok = false // "the Community" is the European Community or ECOWAS; "the community" is a town's people
	}
	if !ok && subjectOrgAnaphors[noun] && i+2 < len(d.toks) && (d.actingVerb(i+2) || d.toks[i+1].Upper && !d.opensSentence(i)) {
		ok = true // "The Department also called on China", "began leaving the Forum": the body named before
	}
	if !ok && !d.toks[i+1].Upper && len(noun) > 4 && strings.HasSuffix(noun, "s") && i+2 < len(d.toks) && speechVerbs[d.toks[i+2].Norm] {
		// "the doctors stated" after "Doctors for Camp Closure": a word of
		// a group's own name, speaking for it.
		for rf := range d.recentWithin(i, 20) {
			if rf.kind != parley.Organization {
				continue
			}
			for _, w := range strings.Fields(token.Fold(d.actors[d.index[rf.id]].Name)) {
				if w == noun || groupSynonyms[noun] == w {
					d.mention(i, i+2, parley.ViaRole, rf.id)
					return i + 2
				}
			}
		}
		return i
	}
	if !ok || i+2 < len(d.toks) && (d.toks[i+2].Is("of", "for") && !d.gerundAt(i+3) && !d.chargeAfter(i) && noun != "allies" || d.toks[i+2].Upper) {
		return i // "the council of elders", but "accused the alliance of building up", "asked the allies for"
	}
	if id := d.sameOpenerBefore(i); id != "" {
		// "The Council requests … appeals to the United Nations Security
		// Council … The Council thanks Egypt": the body every sentence of
		// the communiqué opens with, not the last council named.
		d.mention(i, i+2, parley.ViaRole, id)
		return i + 2
	}
	if id := d.blocAgain(i, noun); id != "" {
		// "the bloc and the European Union announced … Milei, who has
		// criticised the bloc": the bloc the text already called so,
		// when no bloc was named since the sentence before.
		d.mention(i, i+2, parley.ViaRole, id)
		return i + 2
	}
	if id := d.anaphorBody(i, noun, want); id != "" {
		if noun == "bloc" {
			id = d.blocOf(id)
		}
		if e := d.r.kb.Get(id); e != nil && i+2 < len(d.toks) && d.toks[i+2].Is("'s", "’s") {
			if head, stop := d.bodyLeader(e, i+2); head != "" {
				d.mention(i, stop, parley.ViaRole, head) // "the alliance's secretary general"
				return stop
			}
			if start, stop := d.topCourtAround(e, i+1, i+2); stop > i+2 {
				if c := d.r.kb.Get(topCourts[e.ID]); c != nil {
					d.mention(start, stop, parley.ViaRole, d.addKnown(c)) // "the bloc's top court"
					return stop
				}
			}
		}
		d.mention(i, i+2, parley.ViaRole, id)
		return i + 2
	}
	if noun == "allies" {
		if two := d.pairOfStatesBefore(i); two != nil {
			d.mention(i, i+2, parley.ViaCollective, two...) // "… against the United States and South Korea as the allies kicked off …"
			return i + 2
		}
	}
	if want == "regime" {
		// "Syrian regime forces … any attack by the regime", "Iran's
		// regime … the regime": the state whose rulers were called so.
		for rf := range d.recentWithin(i, 20) {
			if rf.tok < i && rf.kind == parley.State && d.regimeAfter(rf.tok) {
				d.mention(i, i+2, parley.ViaCollective, rf.id)
				return i + 2
			}
		}
		return i
	}
	if want == "junta" {
		// No junta named as a body: the state whose rulers the article
		// called military ("Mali's military-dominated government … the
		// junta").
		for rf := range d.recentWithin(i, 20) {
			if rf.kind == parley.State && d.militaryRulersAfter(rf.tok) {
				id := d.rulingJunta(d.r.kb.Get(rf.id))
				if id == "" {
					id = rf.id
				}
				d.mention(i, i+2, parley.ViaCollective, id)
				return i + 2
			}
		}
	}
	return i
}

// blocAgain returns the body an earlier "the bloc" stood for when "the
// bloc" at i is that word again and neither its sentence nor the one
// before names a body by name; else "".
func (d *doc) blocAgain(i int, noun string) string {
	if noun != "bloc" {
		return ""
	}
	id := ""
	for _, m := range d.mentions {
		k := d.tokenIndex(m.Span.Start)
		if k >= i {
			continue // (later passes may add mentions out of text order)
		}
		if d.sentenceOf[k] >= d.sentenceOf[i]-1 && m.Via == parley.ViaName && len(m.Actors) == 1 && d.actors[d.index[m.Actors[0]]].Kind == parley.Organization {
			return "" // a body named since: the nearer one may be meant
		}
		if len(m.Actors) == 1 && m.Via == parley.ViaRole && d.toks[k].Is("the") && k+1 < len(d.toks) && d.toks[k+1].Is("bloc") {
			id = m.Actors[0]
		}
	}
	return id
}

// pairOfStatesBefore returns the last two states the sentence of token
// i names before it when they are joined by "and" ("against the United
// States and South Korea as the allies …"), or nil.
func (d *doc) pairOfStatesBefore(i int) []string {
	var states []ref
	for _, rf := range d.recent {
		if rf.tok < i && d.sentenceOf[rf.tok] == d.sentenceOf[i] && rf.kind == parley.State {
			states = append(states, rf)
		}
	}
	slices.SortFunc(states, func(x, y ref) int { return x.tok - y.tok })
	n := len(states)
	if n < 2 || states[n-1].id == states[n-2].id {
		return nil
	}
	second := states[n-1].tok
	if second < 1 || !d.toks[second-1].Is("and") && !(second >= 2 && d.toks[second-1].Is("the") && d.toks[second-2].Is("and")) {
		return nil
	}
	return []string{states[n-2].id, states[n-1].id}
}

// organWords name the organs of a union rather than the union itself.
var organWords = []string{" Commission", " Council", " Parliament", " Secretariat"}

// blocOf returns the union a bloc named by one of its organs is: "the
// bloc's chief negotiator" after "the European Commission" is the EU's,
// after "the African Union Commission" the AU's; else id itself.
func (d *doc) blocOf(id string) string {
	e := d.r.kb.Get(id)
	if e == nil {
		return id
	}
	for _, w := range organWords {
		rest, ok := strings.CutSuffix(e.Name, w)
		if !ok {
			continue
		}
		first, _, _ := strings.Cut(rest, " ")
		for _, n := range []string{rest, first + " Union"} {
			if u, ok := d.r.byName[token.Fold(n)]; ok && u.Kind == kb.KindOrganization && u.OrgType == "igo" {
				return d.addKnown(u)
			}
		}
	}
	return id
}

// membersReference resolves the members of a body named before acting
// as it, where no "the" opens them: "Allies also pledged …", "Alliance
// leaders said …", "bloc leaders agreed …" (the alliance or bloc told
// last), "Leaders insisted …", "where leaders demanded …" (the body
// the text named by its leaders just before), and "guerrillas attacked …"
// (the armed group told before).
func (d *doc) membersReference(i int) int {
	if i+1 >= len(d.toks) || i > 0 && d.toks[i-1].Is("the", "a", "their", "its", "his", "her", "our", "of") || d.onMention(i) {
		return i
	}
	t := &d.toks[i]
	switch {
	case t.Is("allies") && t.Upper && d.opensSentence(i) && d.actingVerb(i+1):
		if id := d.anaphorBody(i, "allies", orgAnaphors["allies"]); id != "" {
			d.mention(i, i+1, parley.ViaRole, id)
			return i + 1
		}
	case t.Is("alliance", "bloc") && i+2 < len(d.toks) && d.toks[i+1].Is("leaders", "members", "ministers") && d.actingVerb(i+2):
		if id := d.anaphorBody(i, t.Norm, orgAnaphors[t.Norm]); id != "" {
			d.mention(i, i+2, parley.ViaRole, id)
			return i + 2
		}
	case t.Is("guerrillas", "rebels", "insurgents", "militants") && d.actingVerb(i+1) && (d.opensSentence(i) || i > 0 && d.toks[i-1].Kind != token.Word):
		// "On January 2 guerrillas attacked …" after the Zapatistas were
		// named: the armed group the story is about
		if id := d.anaphorBody(i, t.Norm, orgAnaphors[t.Norm]); id != "" {
			d.mention(i, i+1, parley.ViaRole, id)
			return i + 1
		}
	case t.Is("leaders") && d.actingVerb(i+1) && (d.opensSentence(i) || i > 0 && d.toks[i-1].Is("where")):
		if ids := d.bodyOfLeaders(i, "the leaders"); len(ids) == 1 {
			d.mention(i, i+1, parley.ViaRole, ids[0])
			return i + 1
		}
	}
	return i
}

// delegationReference resolves "the delegation" (or "the envoys", "the
// mediators") acting to the person who led the one the four sentences
// before named ("a Mexican delegation led by Foreign Minister Marcelo
// Ebrard … the delegation met Pence"), when one only was, else to the
// body that sent them.
func (d *doc) delegationReference(i int) int {
	if !d.toks[i].Is("the") || i+2 >= len(d.toks) || !d.toks[i+1].Is("delegation", "envoys", "mediators") || !(d.actingVerb(i+2) || d.toks[i+2].Is("met")) {
		return i
	}
	noun := d.toks[i+1].Norm
	leader := ""
	for j := i - 1; j >= 0 && d.sentenceOf[i]-d.sentenceOf[j] <= 4; j-- {
		v := j + 1
		if v < i && d.toks[v].Is("was", "is") {
			v++ // "The Mexican delegation was led by …"
		}
		if d.toks[j].Norm != noun || v+2 >= i || !d.toks[v].Is("led", "headed") || !d.toks[v+1].Is("by") {
			continue
		}
		k := v + 2
		for k < i && k-j < 8 && !d.onMention(k) && (titleWords[d.toks[k].Norm] || d.toks[k].Upper || d.toks[k].Is("'s", "’s")) {
			k++ // "led by Ghana's Foreign Minister, Shirley Ayorkor Botchwey"
		}
		if k < i && d.toks[k].Text == "," && k+1 < i {
			k++
		}
		m, ok := d.mentionOn(k)
		if !ok || len(m.Actors) != 1 || d.actors[d.index[m.Actors[0]]].Kind != parley.Person {
			continue
		}
		if leader != "" && leader != m.Actors[0] {
			return i // two delegations: whose is unclear
		}
		leader = m.Actors[0]
	}
	if leader == "" {
		leader = d.delegationSender(i, noun) // "An ECOWAS delegation arrived in Niamey … The delegation met Tiani"
	}
	if leader == "" {
		return i
	}
	d.mention(i, i+2, parley.ViaRole, leader)
	return i + 2
}

// delegationSender returns the one state or organisation that names the
// delegations (or envoys, mediators: noun) told in the four sentences
// before token i ("a high-level ECOWAS delegation", "a Chinese
// delegation", "SADC sent envoys"), or "" when none or two do.
func (d *doc) delegationSender(i int, noun string) string {
	sender := ""
	for j := i - 1; j > 0 && d.sentenceOf[i]-d.sentenceOf[j] <= 4; j-- {
		if d.toks[j].Norm != noun {
			continue
		}
		k := j - 1
		for k > 0 && d.toks[k].Is("high-level", "senior", "official", "government", "joint", "trade", "military", "parliamentary", "special", "its", "their", "two", "three") {
			k-- // "a high-level ECOWAS delegation"
		}
		m := d.mentionEndingAt(j) // "a Chinese delegation" may be a mention of China as a whole
		if m == nil {
			m = d.mentionEndingAt(k)
		}
		if m == nil && k > 1 && d.toks[k].Is("sent", "dispatched") {
			m = d.mentionEndingAt(k - 1) // "SADC sent envoys to Eswatini"
		}
		if m == nil || len(m.Actors) != 1 || d.actors[d.index[m.Actors[0]]].Kind == parley.Person {
			continue
		}
		if sender != "" && sender != m.Actors[0] {
			return "" // two delegations: whose is unclear
		}
		sender = m.Actors[0]
	}
	return sender
}

// anaphorBody returns the organisation named in the six sentences up to
// token i that the noun of "the alliance", "the agency" refers back to:
// one whose name holds the noun or of the kind want names; or "". A
// capitalised noun ("the Council") is a name's short form, which a
// meeting record keeps using pages after the body was named: then the
// one organisation named anywhere before whose name holds the word.
func (d *doc) anaphorBody(i int, noun, want string) string {
	if id := d.nearAnaphorBody(i, noun, want); id != "" || !d.toks[i+1].Upper {
		return id
	}
	only := ""
	for rf := range d.recentWithin(i, len(d.toks)) {
		if rf.kind != parley.Organization || rf.id == only {
			continue
		}
		if !slices.Contains(strings.Fields(token.Fold(d.actors[d.index[rf.id]].Name)), noun) {
			continue
		}
		if only != "" {
			return "" // two councils named: which is unclear
		}
		only = rf.id
	}
	return only
}

func (d *doc) nearAnaphorBody(i int, noun, want string) string {
	for rf := range d.recentWithin(i, 6) {
		e := d.r.kb.Get(rf.id)
		name := ""
		if e != nil {
			name = token.Fold(e.Name)
		} else if rf.kind == parley.Organization {
			name = token.Fold(d.actors[d.index[rf.id]].Name)
		} else {
			continue
		}
		if rf.kind != parley.Organization {
			continue
		}
		if want == "any" && d.stateOrgan(rf.id) {
			continue // "accused the Foreign Ministry of … The group demanded": the accuser, no ministry
		}
		if strings.Contains(name, noun) || want == "any" || e != nil && want != "" && e.OrgType == want ||
			want == "alliance" && e != nil && slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.Contains(token.Fold(a), "alliance") }) ||
			want == "junta" && d.calledJunta(rf.id) || want == "called" && d.madeInto(rf.id, noun) {
			return rf.id
		}
	}
	return ""
}

// stateOrgan reports whether organisation id is an organ of a state's
// government (a ministry, an embassy, a department), which "the group"
// never stands for. (An "army" may be a rebel one: the Royal Sulu Army.)
func (d *doc) stateOrgan(id string) bool {
	a := d.actors[d.index[id]]
	if a.Role == "government body" {
		return true
	}
	for _, w := range strings.Fields(token.Fold(a.Name)) {
		if w == "ministry" || w == "embassy" || w == "department" {
			return true
		}
	}
	return false
}

// rulingMovement returns the armed movement that governs state st on
// the story's day — the one whose leader is then the state's head — or
// nil: the Taliban in Afghanistan since August 2021, whose "Afghan
// authorities" and "Afghan government" are the movement's.
func (d *doc) rulingMovement(st *kb.Entity) *kb.Entity {
	if st == nil || d.on.IsZero() {
		return nil
	}
	for _, h := range d.r.kb.Holders(st.ID, kb.HeadOfState, d.on) {
		for _, r := range h.RoleOn(d.on) {
			if r.Level != kb.OrgLeader {
				continue
			}
			if o := d.r.kb.Get(r.Of); o != nil && o.OrgType == "armed_group" && o.Country == st.Country {
				return o
			}
		}
	}
	return nil
}

// rulingJunta returns the id of the council a junta ruled state st
// through on the story's day — the body led then by the state's own
// leader ("the junta" in Niger in 2023 is the CNSP, headed by Tchiani) —
// or "" when there was none (a junta that named no council stays the
// state).
func (d *doc) rulingJunta(st *kb.Entity) string {
	if e := d.juntaOf(st); e != nil {
		return d.addKnown(e)
	}
	return ""
}

func (d *doc) juntaOf(st *kb.Entity) *kb.Entity {
	if st == nil || d.on.IsZero() {
		return nil
	}
	for _, e := range d.r.councils[st.Country] {
		for _, h := range d.r.kb.Holders(e.ID, kb.OrgLeader, d.on) {
			if d.seizedWith(h, e, st) {
				return e
			}
		}
	}
	return nil
}

// seizedWith reports whether person h, on the story's day, heads state st
// through council e that came with the takeover: the two roles began
// within a month of each other, as a junta's do (Tchiani took Niger and
// the CNSP's chair in two days). A standing body whose head also heads
// the state is no junta: Xi chaired the Central Military Commission
// months before he became president.
func (d *doc) seizedWith(h, e, st *kb.Entity) bool {
	var head, council []time.Time
	for _, r := range h.RoleOn(d.on) {
		from, _ := r.Span()
		switch {
		case r.Of == st.ID && (r.Level == kb.HeadOfState || r.Level == kb.HeadOfGovernment):
			head = append(head, from)
		case r.Of == e.ID && r.Level == kb.OrgLeader:
			council = append(council, from)
		}
	}
	for _, a := range head {
		for _, b := range council {
			if gap := a.Sub(b); gap < 31*24*time.Hour && gap > -31*24*time.Hour {
				return true
			}
		}
	}
	return false
}

// juntaNamedBefore returns the council of the last state named before
// token i, in this sentence or the three before, whose rulers had one:
// "France ended its cooperation with Niger … The putschists expelled".
func (d *doc) juntaNamedBefore(i int) string {
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		j := d.tokenIndex(m.Span.Start)
		if j >= i || d.sentenceOf[i]-d.sentenceOf[j] > 3 {
			continue // (the generic pass appends its mentions out of order)
		}
		if len(m.Actors) == 1 {
			if e := d.r.kb.Get(m.Actors[0]); e != nil && e.Kind == kb.KindState && d.juntaOf(e) != nil {
				return d.rulingJunta(e)
			}
		}
	}
	return ""
}

// militaryRulersAfter reports whether the state named at token k is
// followed by words that call its rulers military: "Mali's
// military-dominated government", "Niger's military rulers", "the
// junta in Bamako" comes to the same.
func (d *doc) militaryRulersAfter(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+4 && d.sentenceOf[j] == d.sentenceOf[k]; j++ {
		n := d.toks[j].Norm
		if d.toks[j].Is("junta", "military", "putschists") || strings.HasPrefix(n, "military-") {
			return true
		}
		if d.toks[j].Text == "," || d.toks[j].Is("and", "said", "says", "that", "which", "who", "where") {
			return false // ("the Laotian capital that the junta's minister attended": another's junta)
		}
	}
	return false
}

// regimeAfter reports whether the state named at token k is called a
// regime right after: "Syrian regime forces", "Iran's regime".
func (d *doc) regimeAfter(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+3 && d.sentenceOf[j] == d.sentenceOf[k]; j++ {
		if d.toks[j].Is("regime") {
			return true
		}
		if !d.toks[j].Upper && !d.toks[j].Is("'s", "’s", "-") {
			return false
		}
	}
	return false
}

// bareArmy resolves a bare "army" or "military" before the arms or acts
// of force it qualifies — "residents reported army air strikes on RSF
// positions" — to the armed forces the article named last.
func (d *doc) bareArmy(i int) int {
	t := &d.toks[i]
	if t.Upper || !t.Is("army", "military") || i+1 >= len(d.toks) ||
		!d.toks[i+1].Is("air", "airstrikes", "strikes", "shelling", "artillery", "drones", "jets", "troops", "units", "offensive", "attacks", "raids") ||
		i > 0 && (d.toks[i-1].Is("the", "a", "an", "'s", "’s") || d.toks[i-1].Upper) {
		return i
	}
	for rf := range d.recentWithin(i, 40) { // (an army named once in the lead is the story's)
		if rf.kind != parley.Organization {
			continue
		}
		e := d.r.kb.Get(rf.id)
		if e == nil {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			f := token.Fold(n)
			if strings.Contains(f, "army") || strings.Contains(f, "armed forces") || strings.Contains(f, "military") || strings.Contains(f, "defense forces") || strings.Contains(f, "defence forces") {
				d.mention(i, i+1, parley.ViaRole, rf.id)
				return i + 1
			}
		}
	}
	return i
}

// calledJunta reports whether the article named organisation id right
// after calling it a junta: "Niger's ruling junta, the National Council
// for the Safeguard of the Homeland (CNSP)".
func (d *doc) calledJunta(id string) bool {
	for _, m := range d.mentions {
		if len(m.Actors) != 1 || m.Actors[0] != id {
			continue
		}
		if t := strings.ToLower(m.Text); strings.Contains(t, "junta") || strings.Contains(t, "military rulers") || strings.Contains(t, "military government") {
			return true // "the Myanmar junta", "Niger's military rulers": so named in the mention itself
		}
		i := d.tokenIndex(m.Span.Start)
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if d.toks[j].Is("junta") {
				return true
			}
			if !d.toks[j].Is(",", "the", "(", "—", "–", "'s", "’s") {
				break // "the junta, the CNSP", not "Myanmar's junta met ASEAN envoys"
			}
		}
	}
	return false
}

// madeInto reports whether the text named organisation id as becoming or
// being a noun: "turning their Alliance of Sahel States into a
// confederation", "the Alliance, a confederation of three states".
func (d *doc) madeInto(id, noun string) bool {
	for _, m := range d.mentions {
		if len(m.Actors) != 1 || m.Actors[0] != id {
			continue
		}
		e := d.tokenIndex(m.Span.End-1) + 1
		if e+2 < len(d.toks) && d.toks[e].Is("into", "as", ",") && d.toks[e+1].Is("a", "an") && d.toks[e+2].Norm == noun {
			return true
		}
	}
	return false
}

// sharedGivenNames are given names too many leaders bear to stand alone.
var sharedGivenNames = map[string]bool{"mohammed": true, "muhammad": true, "mohamed": true, "ahmed": true,
	"ahmad": true, "abdullah": true, "ali": true, "hamad": true, "khalid": true, "khaled": true,
	"sultan": true, "saud": true, "faisal": true, "abdulaziz": true, "hamdan": true, "mansour": true}

// kingdoms are the states news calls "the kingdom".
var kingdoms = map[string]bool{"SAU": true, "JOR": true, "MAR": true, "BHR": true, "THA": true, "GBR": true,
	"ESP": true, "NLD": true, "BEL": true, "NOR": true, "SWE": true, "DNK": true, "KHM": true, "BTN": true,
	"LSO": true, "SWZ": true, "TON": true}

// stateReference resolves the names news gives a state it has named:
// "the kingdom" (the last kingdom named), "the North" and "the South" in
// a story about the Koreas, and "the two Koreas".
func (d *doc) stateReference(i int) int {
	if !d.toks[i].Is("the") || i+1 >= len(d.toks) {
		return i
	}
	t := &d.toks[i+1]
	switch {
	case t.Is("kingdom") && (!t.Upper || d.toks[i].Upper || i+2 < len(d.toks) && !(d.toks[i+2].Kind == token.Word && d.toks[i+2].Upper)): // ("the Kingdom's condemnation", not "the Kingdom Tower")
		if i+3 < len(d.toks) && d.toks[i+2].Is("of") && d.toks[i+3].Upper {
			return i // "the Kingdom of Saudi Arabia" is a name, not "accused the kingdom of funding …"
		}
		for k := len(d.recent) - 1; k >= 0; k-- {
			rf := d.recent[k]
			if rf.kind == parley.State && kingdoms[strings.TrimPrefix(rf.id, "state:")] {
				d.mention(i, i+2, parley.ViaRole, rf.id)
				return i + 2
			}
			if j, ok := d.index[rf.id]; ok && rf.kind != parley.State && kingdoms[d.actors[j].Country] {
				if st := d.r.kb.State(d.actors[j].Country); st != nil {
					d.mention(i, i+2, parley.ViaRole, d.addKnown(st)) // "Saudi Arabia's foreign ministry expressed the Kingdom's condemnation"
					return i + 2
				}
			}
		}
	case (t.Text == "North" || t.Text == "South") && !(i+2 < len(d.toks) && d.toks[i+2].Upper):
		code := "PRK"
		if t.Text == "South" {
			code = "KOR"
		}
		if d.mentionedBefore("state:PRK", i) || d.mentionedBefore("state:KOR", i) {
			if e := d.r.kb.State(code); e != nil {
				d.mention(i, i+2, parley.ViaRole, d.addKnown(e))
				return i + 2
			}
		}
	case t.Is("two") && i+2 < len(d.toks) && d.toks[i+2].Is("koreas"), t.Is("koreas"):
		n := 2
		if t.Is("two") {
			n = 3
		}
		var ids []string
		for _, c := range []string{"KOR", "PRK"} {
			if e := d.r.kb.State(c); e != nil {
				ids = append(ids, d.addKnown(e))
			}
		}
		d.mention(i, i+n, parley.ViaGroup, ids...)
		return i + n
	}
	return i
}

// stateEpithet resolves the epithet news gives the state it has just
// told of, opening a sentence as its subject: "Qatar has mediated for
// months. The Gulf state accused Israel …", "The reclusive nation also
// threatened …", "The former Soviet republic denied …". The state must
// open the sentence before as its subject: one salient state only.
func (d *doc) stateEpithet(i int) int {
	if !d.toks[i].Is("the") || !d.opensSentence(i) || d.sentenceOf[i] == 0 {
		return i
	}
	head := -1
	for j := i + 1; j < len(d.toks) && j <= i+4; j++ {
		t := &d.toks[j]
		if t.Kind != token.Word || d.sentenceOf[j] != d.sentenceOf[i] || t.Is("two", "three", "both", "other", "same") {
			return i // "the two countries" are a group
		}
		if stateEpithets[t.Norm] {
			head = j
			break
		}
	}
	if head < 0 || head+1 >= len(d.toks) || d.r.dict.match(d.toks, i+1) != nil || d.r.dict.match(d.toks, i) != nil {
		return i // "the Islamic State" is a name
	}
	if !d.epithetActs(head) {
		return i // "the country's leaders", "the state of emergency": only a subject acting
	}
	rf, ok := d.subjectStateBefore(i)
	if !ok {
		return i
	}
	d.mention(i, head+1, parley.ViaRole, rf)
	return head + 1
}

// epithetActs reports whether the epithet whose head noun is at head is
// the subject of the verb right after it: "The Yemeni rebels also
// threatened …", not "the country's leaders" or "the state of emergency".
func (d *doc) epithetActs(head int) bool {
	next := &d.toks[head+1]
	return !next.Is("'s", "’s", "of", "that", "which", "who", ",") && (d.actingVerb(head+1) || next.Is("on", "has", "is", "was", "had"))
}

// orgEpithet resolves the epithet news gives the group or body it has
// just told of, opening a sentence as its subject with words before the
// noun: "Hamas rejected the proposal. The Palestinian militant group
// accused Israel …", "The Houthis attacked a ship. The Yemeni rebels also
// threatened …", "The 27-member bloc summoned …". The organisation must
// open the sentence before as its subject and fit the noun, and a country
// word in the epithet must be its own.
func (d *doc) orgEpithet(i int) int {
	if !d.toks[i].Is("the") || !d.opensSentence(i) || d.sentenceOf[i] == 0 {
		return i
	}
	head := -1
	for j := i + 2; j < len(d.toks) && j <= i+4; j++ {
		t := &d.toks[j]
		if d.sentenceOf[j] != d.sentenceOf[i] || t.Kind == token.Punct && t.Text != "-" {
			return i
		}
		if _, ok := orgAnaphors[t.Norm]; ok && t.Kind == token.Word {
			head = j
			break
		}
	}
	if head < 0 || head+1 >= len(d.toks) || d.toks[i+1].Is("two", "three", "both", "other", "same", "new") || d.r.dict.match(d.toks, i) != nil {
		return i
	}
	if !d.epithetActs(head) {
		return i
	}
	id, ok := d.subjectOrgBefore(i)
	if !ok {
		return i
	}
	e := d.r.kb.Get(id)
	if e == nil || !epithetFits(e, d.toks[head].Norm) {
		return i
	}
	for j := i + 1; j < head; j++ {
		if st, end := d.stateAt(j); st != nil {
			if st.Country != e.Country {
				return i // "The Lebanese group" is not Hamas
			}
			j = end - 1
		} else if d.r.dict.match(d.toks, j) != nil {
			return i // another name inside the phrase
		}
	}
	d.mention(i, head+1, parley.ViaRole, id)
	return head + 1
}

// personEpithet resolves the epithet news gives the person it has just
// told of, opening a sentence as its subject: "Imran Khan was arrested.
// The former cricketer has accused the army …", "The 77-year-old has
// denied …", "The opposition politician accused Putin …". The person must
// open the sentence before and be the only person it names.
func (d *doc) personEpithet(i int) int {
	if !d.toks[i].Is("the") || !d.opensSentence(i) || d.sentenceOf[i] == 0 {
		return i
	}
	head := -1
	for j := i + 1; j < len(d.toks) && j <= i+4; j++ {
		t := &d.toks[j]
		if d.sentenceOf[j] != d.sentenceOf[i] || t.Kind == token.Punct && t.Text != "-" || t.Upper && j > i+1 {
			return i
		}
		if personEpithets[t.Norm] || t.Norm == "year-old" || strings.HasSuffix(t.Norm, "-year-old") { // ("62", "-", "year-old")
			head = j
			if j+1 < len(d.toks) && personEpithets[d.toks[j+1].Norm] {
				head = j + 1 // "the 77-year-old leader"
			}
			break
		}
	}
	if head < 0 || head+1 >= len(d.toks) || d.r.dict.match(d.toks, i+1) != nil {
		return i
	}
	if !d.epithetActs(head) {
		return i
	}
	id, ok := d.onlyPersonBefore(i)
	if !ok {
		return i
	}
	d.mention(i, head+1, parley.ViaRole, id)
	return head + 1
}

// personEpithets are the nouns of epithets that stand for a person.
var personEpithets = set("politician", "cricketer", "strongman", "dissident", "populist", "nationalist", "incumbent",
	"veteran", "economist", "lawyer", "banker", "businessman", "businesswoman", "tycoon", "billionaire", "activist",
	"cleric", "preacher", "soldier", "commander", "ex-president", "ex-premier", "firebrand", "autocrat")

// onlyPersonBefore returns the person who opens the sentence before token
// i as its subject, when that sentence names no other person.
func (d *doc) onlyPersonBefore(i int) (string, bool) {
	s := d.sentenceOf[i]
	who := ""
	for _, m := range d.mentions {
		mi := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[mi] != s-1 {
			continue
		}
		for _, id := range m.Actors {
			if d.actors[d.index[id]].Kind != parley.Person {
				continue
			}
			if who != "" && who != id || who == "" && !d.opensSentence(mi) {
				return "", false
			}
			who = id
		}
	}
	return who, who != ""
}

// epithetFits reports whether organisation e may be called by noun.
func epithetFits(e *kb.Entity, noun string) bool {
	want := orgAnaphors[noun]
	switch {
	case strings.Contains(token.Fold(e.Name), noun), want == "any", want != "" && e.OrgType == want:
		return true
	case noun == "movement" || noun == "militia" || noun == "organisation" || noun == "organization":
		return e.OrgType == "armed_group" || e.OrgType == "party"
	case noun == "bloc" || noun == "alliance" || noun == "body":
		return e.OrgType == "igo"
	}
	return false
}

// subjectOrgBefore returns the organisation named by name that opens the
// sentence before token i as its subject.
func (d *doc) subjectOrgBefore(i int) (string, bool) {
	return d.subjectBefore(i, func(id string) bool { return d.actors[d.index[id]].Kind == parley.Organization })
}

// subjectBefore returns the actor named by name that opens the sentence
// before token i as its subject ("Hamas …", "The Houthis …"), when it is
// of the kind fits accepts.
func (d *doc) subjectBefore(i int, fits func(id string) bool) (string, bool) {
	s := d.sentenceOf[i]
	for _, m := range d.mentions {
		mi := d.tokenIndex(m.Span.Start)
		if d.sentenceOf[mi] < s-1 {
			continue
		}
		if d.sentenceOf[mi] > s-1 || len(m.Actors) != 1 || m.Via != parley.ViaName {
			return "", false
		}
		if !fits(m.Actors[0]) || !d.opensSentence(mi) && !(mi > 0 && d.opensSentence(mi-1) && d.toks[mi-1].Is("the")) {
			return "", false
		}
		return m.Actors[0], true
	}
	return "", false
}

// stateEpithets are the nouns of the epithets that stand for a state.
var stateEpithets = set("state", "nation", "country", "republic", "emirate", "kingdom", "island", "archipelago",
	"monarchy", "city-state", "sultanate")

// subjectStateBefore returns the state named by name that opens the
// sentence before token i as its subject.
func (d *doc) subjectStateBefore(i int) (string, bool) {
	return d.subjectBefore(i, func(id string) bool { return strings.HasPrefix(id, "state:") })
}

// gerundAt reports whether token k is a lower-case "-ing" word.
func (d *doc) gerundAt(k int) bool {
	return k < len(d.toks) && !d.toks[k].Upper && len(d.toks[k].Norm) > 4 && strings.HasSuffix(d.toks[k].Norm, "ing")
}

// holder returns the person who held one of the levels at the state on the
// publication date. Where "the Israeli leader" could be the president or
// the prime minister, the one the article has already named wins, else
// the first level listed.
func (d *doc) holder(stateID string, levels []string) string {
	if d.on.IsZero() {
		return ""
	}
	if len(levels) == 2 && levels[0] == kb.HeadOfState && levels[1] == kb.HeadOfGovernment && headOfGovernmentLeads[strings.TrimPrefix(stateID, "state:")] {
		// "the British leader", "India's leader": where the head of state
		// reigns or presides, the leader is the head of government.
		levels = []string{kb.HeadOfGovernment, kb.HeadOfState}
	}
	var first *kb.Entity
	for _, l := range levels {
		for _, h := range d.r.kb.Holders(stateID, l, d.on) {
			if _, named := d.index[h.ID]; named {
				return d.addKnown(h)
			}
			if first == nil {
				first = h
			}
		}
	}
	if first == nil {
		return ""
	}
	return d.addKnown(first)
}

// headOfGovernmentLeads are the states whose head of government, not
// their head of state, runs them and is the one news calls their leader:
// monarchies and parliamentary republics.
var headOfGovernmentLeads = map[string]bool{
	// Europe
	"GBR": true, "DEU": true, "ITA": true, "ESP": true, "NLD": true, "BEL": true, "LUX": true, "IRL": true,
	"SWE": true, "NOR": true, "DNK": true, "AUT": true, "GRC": true, "HUN": true, "CZE": true, "SVK": true,
	"SVN": true, "HRV": true, "BGR": true, "EST": true, "LVA": true, "MLT": true, "ALB": true, "MKD": true,
	"MNE": true, "PRT": true, "ARM": true, "GEO": true,
	// Asia and the Pacific
	"JPN": true, "IND": true, "PAK": true, "BGD": true, "NPL": true, "THA": true, "MYS": true, "SGP": true,
	"KHM": true, "AUS": true, "NZL": true, "FJI": true, "PNG": true, "SLB": true, "VUT": true, "SMR": true,
	// the Americas, Africa and the Middle East
	"CAN": true, "JAM": true, "TTO": true, "BRB": true, "BHS": true, "ISR": true, "IRQ": true, "ETH": true,
}

// officeTitles are the role nouns that name an office by its title, which
// in some states is not the level the noun usually means: Iran's
// president heads its government, not its state.
var officeTitles = map[string]string{"president": "President", "prime minister": "Prime Minister", "chancellor": "Chancellor"}

// titleHolder returns who holds the office the title at [j, end) names
// in state stateID on the story's day: the office so titled when the
// title is one ("the Iranian president": Iran's President, not its
// Supreme Leader, who heads the state), else the holder at levels; a
// crown prince only when the state has one.
func (d *doc) titleHolder(stateID string, j, end int, levels []string) string {
	if string(d.phraseKey(j, end)) == "crown prince" {
		// An heir so titled, whatever else he holds ("Abu Dhabi's crown
		// prince" in 2021 was no head of government), or no one: not the
		// head of government of a state without one.
		return d.holderTitled(stateID, "Crown Prince", kb.HeadOfGovernment, kb.Official)
	}
	if t := officeTitles[string(d.phraseKey(j, end))]; t != "" {
		if id := d.holderTitled(stateID, t, kb.HeadOfState, kb.HeadOfGovernment); id != "" {
			return id
		}
		if t == "President" {
			// A state with no president has none: "the president" is no
			// queen or emir.
			for _, h := range d.r.kb.Holders(stateID, kb.HeadOfState, d.on) {
				for _, r := range h.RoleOn(d.on) {
					if r.Level == kb.HeadOfState && monarchTitle(r.Title) {
						return ""
					}
				}
			}
		}
	}
	return d.holder(stateID, levels)
}

// monarchTitle reports whether an office title is a monarch's.
func monarchTitle(title string) bool {
	for _, w := range []string{"King", "Queen", "Emir", "Amir", "Sultan", "Emperor", "Grand Duke", "Prince", "Monarch"} {
		if strings.HasPrefix(title, w) {
			return true
		}
	}
	return false
}

// namedWithTitle returns the person named anywhere before token i who
// holds an office at levels titled title on the story's day, the one
// named most, or "".
func (d *doc) namedWithTitle(i int, levels []string, title string) string {
	best, bestCount := "", 0
	counts := map[string]int{}
	for _, rf := range d.recent {
		if rf.tok >= i || rf.kind != parley.Person {
			continue
		}
		counts[rf.id]++
	}
	for id, n := range counts {
		if n > bestCount && d.holdsLevel(id, levels, title) || n == bestCount && id < best && d.holdsLevel(id, levels, title) {
			best, bestCount = id, n
		}
	}
	return best
}

// holderTitled returns the holder of an office at one of levels of the
// state whose title begins with title, on the story's day, or "".
func (d *doc) holderTitled(stateID, title string, levels ...string) string {
	if d.on.IsZero() {
		return ""
	}
	for _, l := range levels {
		for _, h := range d.r.kb.Holders(stateID, l, d.on) {
			for _, r := range h.RoleOn(d.on) {
				if r.Level == l && len(r.Title) >= len(title) && strings.EqualFold(r.Title[:len(title)], title) {
					return d.addKnown(h)
				}
			}
		}
	}
	return ""
}

// counterpart resolves "his Russian counterpart": the holder, at the named
// state, of the same level as the person "his" refers to.
func (d *doc) counterpart(i int, det string, state *kb.Entity) string {
	if det == "its" && state != nil {
		// "The Philippine Coast Guard accused its Chinese counterpart":
		// a body's counterpart is the other state's like body, or that
		// state, never its head.
		return d.bodyCounterpart(i, state)
	}
	gender := pronouns[det]
	owner := d.lastPerson(i, gender)
	if owner == "" && gender != "" {
		owner = d.sentencePerson(i) // "Mexico's foreign minister hosted his Guatemalan counterpart", of a woman: hers still
	}
	if state == nil && gender != "" && owner != "" {
		if p := d.counterpartPerson(i, owner); p != "" {
			return p // "Macron called Scholz. He urged his counterpart to …"
		}
		state = d.counterpartState(i, owner) // "Blinken arrived in Beijing. He held talks with his counterpart"
	}
	if state == nil {
		return ""
	}
	levels := []string{kb.HeadOfState, kb.HeadOfGovernment}
	e := d.r.kb.Get(owner)
	if owner != "" && (e == nil || d.on.IsZero() || len(e.RoleOn(d.on)) == 0) {
		// "Kim Gunn, South Korea's nuclear envoy, … his Japanese
		// counterparts": an office the knowledge base does not hold has
		// no holder to name.
		return ""
	}
	if e != nil && !d.on.IsZero() {
		if roles := e.RoleOn(d.on); len(roles) > 0 {
			levels = []string{roles[0].Level}
			switch roles[0].Level {
			case kb.HeadOfState:
				levels = append(levels, kb.HeadOfGovernment)
			case kb.HeadOfGovernment:
				levels = append(levels, kb.HeadOfState)
			}
		}
	}
	if owner != "" && e != nil && e.Country == state.Country {
		return "" // "his Indian counterpart" of an Indian: not someone of his own state
	}
	id := d.holder(state.ID, levels)
	if id == owner {
		return ""
	}
	return id
}

// bodyCounterpart returns, for "its Chinese counterpart" after a body of
// another state named in the sentence, the like body of state when the
// body's name is "<kind> of <its state>" ("Ministry of Foreign Affairs of
// Pakistan" → that of Afghanistan), else state itself.
func (d *doc) bodyCounterpart(i int, state *kb.Entity) string {
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		if m.Span.End > d.toks[i].Start {
			continue
		}
		if d.sentenceOf[d.tokenIndex(m.Span.Start)] != d.sentenceOf[i] || len(m.Actors) != 1 {
			break
		}
		a := d.actors[d.index[m.Actors[0]]]
		if a.Kind != parley.Organization || a.Country == "" || a.Country == state.Country {
			break
		}
		if own := d.r.kb.State(a.Country); own != nil {
			if kind, ok := strings.CutSuffix(a.Name, " of "+own.Name); ok {
				return d.addBody(state, kind)
			}
		}
		break
	}
	return d.addKnown(state)
}

// counterpartsOf returns, for the owners of "their Japanese counterparts",
// each one's counterpart in state, in the owners' order; when an owner's
// office has no holder there (or the owners are not two or more people),
// the state itself, whose officials they are.
func (d *doc) counterpartsOf(owners []string, state *kb.Entity) []string {
	if len(owners) < 2 {
		return []string{d.addKnown(state)}
	}
	var ids []string
	for _, o := range owners {
		e := d.r.kb.Get(o)
		if e == nil || e.Country == state.Country || d.on.IsZero() || len(e.RoleOn(d.on)) == 0 {
			return []string{d.addKnown(state)}
		}
		level := e.RoleOn(d.on)[0].Level
		if !slices.Contains(pairedLevels, level) {
			return []string{d.addKnown(state)} // a minister of commerce: which of the state's is no guess
		}
		id := d.holder(state.ID, []string{level})
		if id == "" {
			return []string{d.addKnown(state)}
		}
		if !slices.Contains(ids, id) { // two foreign ministers: the one counterpart
			ids = append(ids, id)
		}
	}
	return ids
}

// pairedLevels are the offices a state has one holder of, so that its
// holder is someone's counterpart.
var pairedLevels = []string{kb.HeadOfState, kb.HeadOfGovernment, kb.ForeignMinister, kb.DefenceMinister}

// ownersBefore returns the people the mention right before token i in its
// sentence names, with those coordinated with it ("Blinken and Austin",
// "Wong, Marles and Albanese"), in the text's order; nil when that
// mention is no person.
func (d *doc) ownersBefore(i int) []string {
	var ids []string
	stop := d.toks[i].Start
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		if m.Span.End > stop {
			continue
		}
		gap := strings.TrimSpace(d.text[m.Span.End:stop])
		if ids != nil && gap != "and" && gap != "," && gap != ", and" || strings.ContainsAny(gap, ".;:!?\n") {
			break
		}
		for _, id := range m.Actors {
			if d.actors[d.index[id]].Kind != parley.Person {
				return ids
			}
		}
		ids = append(slices.Clone(m.Actors), ids...)
		stop = m.Span.Start
	}
	return ids
}

// recentWithLevel resolves "the president" to the most recently mentioned
// person holding a role of one of the levels.
//
// A title, when not "", must begin the role's name: "the King" is no
// president, however recently a president was named.
func (d *doc) recentWithLevel(i int, levels []string, title string) string {
	if d.on.IsZero() {
		return ""
	}
	// Of several holders named lately ("Modi met Sheikh Hasina. The prime
	// minister also …"), the one the story has named most, then the one
	// named in the latest sentence, then the first named in it: the
	// subject the story follows.
	best, bestRef, bestCount := "", ref{}, 0
	for rf := range d.recentWithin(i, 5) {
		if rf.id == best || !d.holdsLevel(rf.id, levels, title) {
			continue
		}
		n := 0
		for _, o := range d.recent {
			if o.id == rf.id {
				n++
			}
		}
		switch {
		case best == "":
		case n < bestCount:
			continue
		case n == bestCount && (d.sentenceOf[rf.tok] != d.sentenceOf[bestRef.tok] || rf.tok > bestRef.tok):
			continue
		}
		best, bestRef, bestCount = rf.id, rf, n
	}
	return best
}

// holdsLevel reports whether the person id holds, on the story's day, a
// role of one of the levels whose title begins with title (when not "").
func (d *doc) holdsLevel(id string, levels []string, title string) bool {
	e := d.r.kb.Get(id)
	if e == nil || e.Kind != kb.KindPerson {
		return false
	}
	for _, role := range e.RoleOn(d.on) {
		if title != "" && !strings.HasPrefix(role.Title, title) {
			continue
		}
		if slices.Contains(levels, role.Level) {
			return true
		}
	}
	return false
}

// monarchTitles are the role nouns that name a kind of head of state,
// with the title its holders' roles begin with.
var monarchTitles = map[string]string{"king": "King", "queen": "Queen", "emir": "Emir", "sultan": "Sultan"}

// familyFirst resolves a name written family name first in capitals, as
// Japan's foreign ministry writes them: "Mr. KISHIDA Fumio" is Fumio
// Kishida. The capitals mark the family name, so the order is swapped
// only when the knowledge base knows the person under the swapped name.
func (d *doc) familyFirst(i int) int {
	t := &d.toks[i]
	if t.Kind != token.Word || len(t.Text) < 3 || !allCaps(t.Text) {
		return i
	}
	for j := i + 1; j < len(d.toks) && j <= i+2; j++ {
		g := &d.toks[j]
		if g.Kind != token.Word || !g.Upper || allCaps(g.Text) || g.NewlineBefore {
			break
		}
		given := d.text[d.toks[i+1].Start:g.End]
		r, size := utf8.DecodeRuneInString(t.Text)
		family := string(r) + strings.ToLower(t.Text[size:]) // ("ÖZTÜRK": a letter of several bytes)
		if e, ok := d.r.byName[token.Fold(given+" "+family)]; ok && e.Kind == kb.KindPerson {
			d.mention(i, j+1, parley.ViaName, d.addKnown(e))
			return j + 1
		}
	}
	return i
}

// allCaps reports whether s has capital letters and no small ones, without
// the copies strings.ToUpper would make at every token.
func allCaps(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// ownSecurityCouncils gives "his Security Council", "its Security
// Council" to the state of the leader the sentence names — "Speaking at a
// meeting with members of his Security Council, Putin said …" is Russia's
// — and to no one when the sentence names none: a possessive before the
// bare name never means the United Nations' council.
func (d *doc) ownSecurityCouncils() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if len(m.Actors) != 1 || m.Actors[0] != "org:unsc" || !strings.EqualFold(m.Text, "Security Council") {
			continue
		}
		i := d.tokenIndex(m.Span.Start)
		if i == 0 || !d.toks[i-1].Is("his", "her", "its", "their") {
			continue
		}
		owner := ""
		for _, o := range d.mentions {
			if o.Span.Start == m.Span.Start || len(o.Actors) != 1 || d.sentenceOf[d.tokenIndex(o.Span.Start)] != d.sentenceOf[i] {
				continue
			}
			if a := d.actors[d.index[o.Actors[0]]]; a.Country != "" && (a.Kind == parley.Person || a.Kind == parley.State) {
				owner = a.Country
				break
			}
		}
		if st := d.r.kb.State(owner); owner != "" && st != nil {
			m.Actors = []string{d.addBody(st, "National Security Council")}
		} else {
			m.Actors = nil
		}
	}
	d.mentions = slices.DeleteFunc(d.mentions, func(m parley.Mention) bool { return len(m.Actors) == 0 })
}

// sameFamilyName reports whether two people's names end in the same word,
// case and accents aside.
func sameFamilyName(a, b string) bool {
	return strings.TrimSpace(a) != "" && strings.TrimSpace(b) != "" && token.Fold(lastWord(a)) == token.Fold(lastWord(b))
}

// undottedInitials writes a name's initials without their dots: "V. P.
// Singh" → "V P Singh". A name without such initials is returned as is.
func undottedInitials(name string) string {
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		if i < len(words)-1 && len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
			words[i] = w[:1]
			changed = true
		}
	}
	if !changed {
		return name
	}
	return strings.Join(words, " ")
}

// stateGroupPhrase reports whether a group phrase names states alone:
// "the two countries", "both governments", "the two nations".
func stateGroupPhrase(phrase string) bool {
	for _, w := range []string{"countries", "governments", "nations", "states"} {
		if strings.HasSuffix(phrase, w) {
			return true
		}
	}
	return false
}

// statesOfSides returns the states of ids — a state itself, or the
// state a national body serves — or nil when one has none.
func (d *doc) statesOfSides(ids []string) []string {
	var out []string
	for _, id := range ids {
		a := d.actors[d.index[id]]
		switch {
		case a.Kind == parley.State:
			out = append(out, id)
		case a.Kind == parley.Organization && a.Country != "":
			st := d.r.kb.State(a.Country)
			if st == nil {
				return nil
			}
			out = append(out, d.addKnown(st))
		default:
			return nil
		}
	}
	if len(out) == 2 && out[0] == out[1] {
		return nil
	}
	return out
}

// visitedPlace reports whether the place at k is the last one a verb of
// visiting lists before the "where" clause holding token i: "visited
// Kiribati on Friday and Samoa on Saturday, where … the two governments
// signed": Samoa.
func (d *doc) visitedPlace(k, i int) bool {
	where := -1
	for j := k + 1; j < i; j++ {
		if d.toks[j].Is("where") && d.toks[j-1].Is(",") {
			where = j
			break
		}
		if d.toks[j].Is(";") {
			return false
		}
	}
	if where < 0 {
		return false
	}
	for _, p := range d.places {
		if at := d.tokenIndex(p.Span.Start); at > k && at < where {
			return false // another place named after it before the clause
		}
	}
	for _, m := range d.mentions {
		if at := d.tokenIndex(m.Span.Start); at > k && at < where && len(m.Actors) == 1 && d.actors[d.index[m.Actors[0]]].Kind == parley.State {
			return false
		}
	}
	for j := k - 1; j >= 0 && k-j <= 12 && d.sentenceOf[j] == d.sentenceOf[k]; j-- {
		if d.toks[j].Is("visited", "visiting", "visits", "toured") {
			return true
		}
		if d.toks[j].Is(";") {
			return false
		}
	}
	return false
}
