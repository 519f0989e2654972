package event

import (
	"slices"
	"strings"

	"parley"
	"parley/nlp/token"
)

// Actors an act is aimed at or done by when its own clause does not name
// them: the subject of the clause it hangs on, whoever made the charge a
// denial answers, the other party of a pact, the state an article is
// about, the addressee of an earlier act of the same kind.

// clauseSubjectBetween reports whether an actor opens a clause of its
// own between tokens from and to: a name followed by a past-tense verb.
func (d *doc) clauseSubjectBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if d.cover[i] < 0 {
			continue
		}
		if end := d.mentionEnd(i); end < to && d.finiteVerbAt(end) {
			return true
		}
		i = d.mentionEnd(i) - 1
	}
	return false
}

// censuredOwner returns the state a censure after "called" at k pins the
// deed on by its adjective: "called the move the beginning of a Russian
// invasion of Ukraine" aims at Russia.
func (d *doc) censuredOwner(k, ce int, subj []string) []string {
	if owner := d.namedDeedOwner(k, ce, subj); owner != nil {
		return owner
	}
	for i := k + 2; i < ce && i <= k+12; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		end := d.mentionEnd(i)
		if m.Via == parley.ViaAdjective && end < ce && (censureWords[d.tok(end).Norm] || deedNouns[d.tok(end).Norm] == deedForce) {
			return m.Actors
		}
		i = end - 1
	}
	return nil
}

// namedDeedOwner returns whose deed the object of "called" at k is, when
// the object names it: by a country word ("called the Russian proposal an
// escalation"), an owner ("called Petro's handling reckless"), an agent
// ("called the discharge by Japan selfish"), or, for a deed told before,
// its doer ("called the raid a violation"). The subject's own side is
// never the owner.
func (d *doc) namedDeedOwner(k, ce int, subj []string) []string {
	n := k + 1
	if n >= ce || !d.tok(n).Is("the", "this", "that", "these", "those", "its", "their", "his", "her") && d.cover[n] < 0 {
		return nil
	}
	// The object ends where the naming starts: at "a", "an", a quotation
	// mark or a word of censure.
	end := n + 1
	for end < ce && end <= n+8 && !d.tok(end).Is("a", "an", "as", "\"", "“", ",") && !censureWords[d.tok(end).Norm] {
		end++
	}
	if end >= ce || end > n+8 {
		return nil
	}
	for i := n; i < end; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		last := d.mentionEnd(i)
		owner := m.Via == parley.ViaAdjective && last < end && !d.tok(last).Upper ||
			last < end && d.possessiveAt(last) ||
			i > n && d.tok(d.mentionStart(i)-1).Is("by")
		if owner && len(m.Actors) == 1 && !d.sameSide(subj, m.Actors[0]) {
			return m.Actors
		}
		i = last - 1
	}
	if d.cover[n] >= 0 {
		return nil // "called Putin a killer": the one named is the object itself
	}
	return d.deedDoers(k, n, end, subj)
}

// otherParty returns the parties of the pact told last, within
// pactWindow sentences before k, that subj is a party to, other than
// subj: states and organisations, with a state's leader standing for the
// state. (A rebel force is no side of its state here: under a truce the
// two are the parties.)
func (d *doc) otherParty(subj []string, k int) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if here-d.sentenceIndex(e.Trigger.Start) > pactWindow {
			break
		}
		if e.Type != parley.Agree || e.Status == parley.Hypothetical || e.Status == parley.Negated {
			continue
		}
		parties := e.Participants
		if len(parties) == 0 {
			parties = []parley.ActorRef{e.Source, e.Target}
		}
		ours := false
		var out []string
		for _, p := range parties {
			id := p.ID
			if st := d.leaderState(id); st != "" {
				id = st // a state's leader signs for it
			}
			if a := d.actors[id]; a == nil || a.Kind == parley.Person {
				continue // a negotiator may not be the party
			}
			if slices.ContainsFunc(subj, func(s string) bool { return s == id || d.ownState(s, id) }) {
				ours = true
			} else {
				out = append(out, id)
			}
		}
		if ours && len(out) > 0 {
			return uniq(out)
		}
	}
	return nil
}

// reportedPronoun returns the speaker a pronoun subject stands for in
// "X said that it/they/he/she …" before the verb at k, when the actor
// stage left the pronoun unresolved, or nil.
func (d *doc) reportedPronoun(k, a, b int) []string {
	i := k - 1
	for i > a && (d.tok(i).Is("does", "do", "did", "not", "n't", "will", "would", "has", "have", "had", "is", "are", "was", "were", "also", "still") ||
		d.cover[i] < 0 && !d.tok(i).Upper && len(d.tok(i).Norm) > 4 && strings.HasSuffix(d.tok(i).Norm, "ly")) { // "that it strongly condemned"
		i--
	}
	if i-2 < a || d.cover[i] >= 0 || !d.tok(i).Is("it", "they", "he", "she") || !d.tok(i-1).Is("that") {
		return nil
	}
	v := i - 2
	for v > a && (d.inDate(v) || d.tok(v).Is("on", "last", "this", "late", "early", "earlier", "later") && (d.inDate(v+1) || d.tok(v+1).Is("on"))) && v >= i-6 {
		v-- // "Caracas said the same day that it did not recognise …", "said late on Monday that it …"
	}
	if !d.sayVerbAt(v) && !d.tok(v).Is("announced", "announces", "announce") { // "announced that they would leave"
		return nil
	}
	speakers, _, _ := d.statementParts(v, a, b)
	if len(speakers) != 1 && !(len(speakers) > 1 && d.tok(i).Is("they")) {
		return nil // ("Kenya, Uganda and Rwanda said that they would …": all three)
	}
	return speakers
}

// pactWindow is how many sentences back the pact "under the deal" names
// may have been told.
const pactWindow = 6

// acceptedFrom returns who accepted an offer from one of subj, as told
// before: "Morocco has accepted offers of rescue teams from Spain … Spain
// sent 86 rescuers".
func (d *doc) acceptedFrom(subj []string) []string {
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if e.Type == parley.Agree && acceptance[strings.ToLower(d.in.Text[e.Trigger.Start:e.Trigger.End])] &&
			slices.Contains(subj, e.Target.ID) && e.Status == parley.Occurred {
			return []string{e.Source.ID}
		}
	}
	return nil
}

// sameActAgain returns the targets of an act of type t that one of subj
// did earlier in the sentence [a, …), when "and" joins it to the verb at
// k: the second verb of "India had sent medicines to Ukraine and would soon
// send another consignment" is aimed where the first was.
func (d *doc) sameActAgain(k, a int, t parley.EventType, subj []string) []string {
	out, trigger := d.lastActTargets(k, a, t, func(e parley.Event) bool { return slices.Contains(subj, e.Source.ID) })
	if out == nil || !d.joinedAfter(trigger, k, a, false) {
		return nil
	}
	return out
}

// parallelActTarget returns the target of an act of type t that others
// did earlier in the sentence, in a clause joined to k's by ", and": a
// state acting alongside them acts on the same one ("France and Germany
// recalled their ambassadors from Tehran, and Norway closed its
// embassy"). None when the subject is that target.
func (d *doc) parallelActTarget(k, a int, t parley.EventType, subj []string) []string {
	out, trigger := d.lastActTargets(k, a, t, func(e parley.Event) bool { return !slices.Contains(subj, e.Source.ID) })
	if out == nil || slices.ContainsFunc(out, func(id string) bool { return slices.Contains(subj, id) }) || !d.joinedAfter(trigger, k, a, true) {
		return nil
	}
	return out
}

// lastActTargets returns the targets of the last act of type t built
// in the sentence [a, …) before token k whose event fits, and its trigger.
func (d *doc) lastActTargets(k, a int, t parley.EventType, fits func(parley.Event) bool) ([]string, parley.Span) {
	var out []string
	var trigger parley.Span
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if e.Type != t || e.Trigger.Start < d.tok(a).Start || e.Trigger.End > d.tok(k).Start || e.Target.IsZero() ||
			!fits(e) || len(out) > 0 && e.Trigger != trigger {
			continue
		}
		trigger = e.Trigger
		out = append(out, e.Target.ID)
	}
	return uniq(out), trigger
}

// joinedAfter reports whether an "and" (", and" when comma is set) stands
// between trigger and token k.
func (d *doc) joinedAfter(trigger parley.Span, k, a int, comma bool) bool {
	for i := k - 1; i > a && d.tok(i).Start >= trigger.End; i-- {
		if d.tok(i).Is("and") && (!comma || d.tok(i-1).Is(",")) {
			return true
		}
	}
	return false
}

// rebuttal reports whether the object of a refusal at k is a charge
// ("rejected the accusation", "denied the allegations", "dismissed those
// claims as baseless").
func (d *doc) rebuttal(k, ce int) bool {
	if d.criticismAfter(k, ce) {
		return true // "rejected criticism of his government's treatment of Navalny": the critics'
	}
	for i := k + 1; i < ce && i <= k+4; i++ {
		if d.tok(i).Is("accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges") {
			// Only a charge named before: "the accusation", "those
			// claims" — not "accusations of brutality", which says what
			// is denied, not who charged.
			return d.tok(i-1).Is("the", "those", "these", "that", "this", "such", "all", "any") &&
				!(i+1 < ce && d.tok(i+1).Is("of", "that", "about"))
		}
		if d.cover[i] >= 0 {
			return false
		}
	}
	return false
}

// criticismAfter reports whether criticism is what the refusal at k
// refuses: "rejected criticism of his government's record".
func (d *doc) criticismAfter(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+3; i++ {
		if d.tok(i).Is("criticism", "criticisms", "rebuke", "rebukes") {
			return true
		}
		if d.cover[i] >= 0 {
			return false
		}
	}
	return false
}

// accuser returns the source of the latest accusation found so far in
// the article against actor id or the state it serves, so that a denial
// answers the one who made the charge. For criticism, demands and threats
// made to id count too: "Biden told Putin the consequences would be
// devastating … Putin rejected criticism".
func (d *doc) accuser(id string, criticism bool) []string {
	c := d.countryOf(id)
	for i := len(d.built) - 1; i >= 0; i-- {
		e := d.built[i]
		critical := e.Type == parley.Accuse || criticism && (e.Type == parley.Request || e.Type == parley.Threaten)
		if !critical || e.Target.IsZero() || e.Source.ID == id {
			continue
		}
		if e.Target.ID == id || c != "" && d.countryOf(e.Target.ID) == c && d.countryOf(e.Source.ID) != c {
			return []string{e.Source.ID}
		}
	}
	return nil
}

// mainSubject finds the subject of the main clause for a trigger inside a
// fronted phrase: "In a call with Biden, Putin warned …".
func (d *doc) mainSubject(k, b int) []string {
	a, _ := d.tokensOf(d.sentenceAround(k))
	reach := 12
	switch {
	case d.tok(a).Is("after", "before", "during", "in", "at", "on", "following", "while", "when", "since", "with", "despite", "amid", "ahead"):
	case d.tok(a).Is("having") && d.tok(a).Upper:
		// "Having held talks with Putin in Moscow, Orban flew …"
		reach = 18
	case d.participleOpener(a, k):
		// "Speaking on Tuesday before talks with Jordan's King Abdullah II
		// in the resort of Sochi, Putin called …": the participle's
		// subject is the sentence's, its phrase often long.
		reach = 18
	default:
		return nil // only a phrase put before the subject: "In a call with Biden, Putin …"
	}
	for i := a + 1; i < k; i++ {
		if d.tok(i).Is(",") {
			return nil // "Despite the truce, military aircraft bombed …, the NUG's armed wing": past the phrase, its own subject
		}
	}
	for i := k + 1; i < b && i <= k+reach; i++ {
		if d.tok(i).Text == "," && appositionRoles[d.tok(i-1).Norm] && d.personAt(i+1) && d.tok(d.mentionEnd(i+1)).Is(",") {
			// "At a joint news conference with the Foreign Minister, Shah
			// Mehmood Qureshi, she said": the name renames the title; the
			// subject comes after it.
			i = d.mentionEnd(i + 1)
			reach += i - k
		}
		if d.tok(i).Text == "," {
			if m, ok := d.mentionAt(i + 1); ok {
				if p := d.personEndingRun(i + 1); p != nil {
					return p // "European Council President Donald Tusk": the person the body's title names
				}
				return m.Actors
			}
			if i+2 < b {
				if m, ok := d.mentionAt(i + 2); ok && d.tok(i+1).Is("the") {
					return m.Actors
				}
			}
			return nil
		}
	}
	return nil
}

// personEndingRun returns the person a run of adjoining names starting at
// i ends with, when the run opens with a body: "European Council President
// Donald Tusk" is Tusk.
func (d *doc) personEndingRun(i int) []string {
	last := i
	for j := d.mentionEnd(i); j < len(d.cover) && d.cover[j] >= 0; j = d.mentionEnd(j) {
		last = j
	}
	if last == i || !d.personAt(last) || d.personAt(i) {
		return nil
	}
	m, _ := d.mentionAt(last)
	return m.Actors
}

// participleOpener reports whether the sentence opens at a with a
// participle whose phrase holds a meeting word at k after a preposition of
// time or place: "Speaking after talks with Merkel, …", "Addressing
// reporters before his meeting with Abe, …"; or that ends or begins the
// meeting itself: "Wrapping up a visit to Beijing, …".
func (d *doc) participleOpener(a, k int) bool {
	t := d.tok(a)
	if t.Kind != token.Word || d.cover[a] >= 0 || !strings.HasSuffix(t.Norm, "ing") || len(t.Norm) < 6 ||
		t.Is("nothing", "something", "everything", "anything", "morning", "evening", "during", "according") {
		return false
	}
	j := k - 1
	for j > a && d.tok(j).Is("the", "his", "her", "their", "its", "a", "an", "joint", "bilateral", "state", "official", "working", "news", "press") ||
		j > a && d.tok(j).Kind == token.Number || j > a && strings.HasSuffix(d.tok(j).Norm, "-day") {
		j--
	}
	if j == a && t.Is("concluding", "ending", "starting", "beginning", "opening") ||
		j == a+1 && t.Is("wrapping", "winding", "kicking", "rounding") && d.tok(j).Is("up", "down", "off") {
		return true // "Wrapping up a three-day visit to Beijing, Blinken told …": the visit is the subject's
	}
	return j > a && d.tok(j).Is("after", "before", "during", "following", "at", "in")
}

// protagonist returns who a measure with no named imposer is taken to come
// from: whoever the article last saw penalise the same state, else the
// state the article is mostly about, counting people by the state they
// serve and leaving out the states of targets. It returns nil unless one
// state clearly leads.
func (d *doc) protagonist(targets []string) []string {
	// The one the article has already seen penalise these targets.
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if e.Type == parley.Sanction && len(targets) > 0 && d.countryOf(e.Target.ID) != "" && d.countryOf(e.Target.ID) == d.countryOf(targets[0]) && e.Status != parley.Hypothetical {
			return []string{e.Source.ID}
		}
	}
	return d.leadingState(targets)
}

// leadingState returns the state the article is mostly about, counting
// people by the state they serve and leaving out the states of the actors
// but; nil unless one state clearly leads.
func (d *doc) leadingState(but []string) []string {
	skip := map[string]bool{}
	for _, id := range but {
		skip[d.countryOf(id)] = true
	}
	count := map[string]int{}
	for _, m := range d.in.Mentions {
		if len(m.Actors) != 1 {
			continue
		}
		if c := d.countryOf(m.Actors[0]); c != "" && !skip[c] {
			count[c]++
		}
	}
	best, second := "", 0
	for c, n := range count {
		switch {
		case best == "" || n > count[best] || n == count[best] && c < best:
			if best != "" {
				second = max(second, count[best])
			}
			best = c
		case n > second:
			second = n
		}
	}
	if best == "" || count[best] < 3 || count[best] < 2*second {
		return nil
	}
	return []string{"state:" + best}
}

// clauseSubject returns the subject of the clause that starts at a, for
// a participle at k after a comma or a noun that the clause is "in"
// ("were killed in a clash with …"): the first actor not governed by a
// preposition, counting "thousands of protesters" as the protesters and
// a country word with the force it sends ("Twenty Indian soldiers") as
// the country.
func (d *doc) clauseSubject(a, k int) []string {
	for i := a; i < k; i++ {
		m, ok := d.mentionAt(i)
		if !ok {
			if e := d.mentionEnd(i); d.cover[i] >= 0 && e < k && forceNouns[d.tok(e).Norm] && !(i > a && nonActorPreps[norm(d.tok(d.mentionStart(i)-1))]) {
				return d.in.Mentions[d.cover[i]].Actors
			}
			continue
		}
		start := d.mentionStart(i)
		if start > a && nonActorPreps[norm(d.tok(start-1))] &&
			!(d.tok(start-1).Is("of") && start > a+1 && (d.tok(start-2).Kind == token.Number || d.tok(start-2).Is("thousands", "hundreds", "dozens", "scores", "tens", "millions"))) {
			i = d.mentionEnd(i) - 1
			continue
		}
		return m.Actors
	}
	return nil
}

// concernAddressee returns the one a concern was put to, named after
// "with" or "to" and before a place: "raised the concern with Wang Yi in
// Beijing", "voiced concern to Lavrov in Moscow" (not a forum: "raised
// it at the UN").
func (d *doc) concernAddressee(from, ce int) []string {
	for i := from; i+1 < ce && i-from <= 8; i++ {
		if !d.tok(i).Is("with", "to") {
			continue
		}
		j := actorAt(d, i+1, "the")
		if j < 0 {
			return nil
		}
		m := d.in.Mentions[d.cover[j]]
		e := d.mentionEnd(j)
		if len(m.Actors) != 1 || m.Via == parley.ViaAdjective || d.forum(m.Actors[0]) || e >= ce || !d.tok(e).Is("in", "at") {
			return nil
		}
		return m.Actors
	}
	return nil
}

// concernedWith returns the state that concerns voiced in tokens [from,
// ce) bear on when no actor is named outright: the owner of a country
// word, the state whose forces are named ("the buildup of Russian
// forces"), the doer of the acts named ("the actions that Russia
// continues to carry out", "moves by Beijing"), or the state of a place
// ("human rights in Xinjiang").
func (d *doc) concernedWith(from, ce int) []string {
	if told := d.concernAddressee(from, ce); told != nil {
		return told // "raised the concern with Wang Yi in Beijing": the one it was put to, not the place
	}
	if st := d.placeState(from, min(ce, from+11), "in"); st != nil {
		return st[:1]
	}
	for i := from; i < ce && i-from <= 10; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		if m.Via == parley.ViaAdjective && len(m.Actors) == 1 {
			return m.Actors
		}
		if end := d.mentionEnd(i); end+1 < ce && d.possessiveAt(end) && sufferedNouns[d.tok(end+1).Norm] {
			return nil // "outrage over the breakdown revealed by Epstein's suicide": what befell him, not his act
		}
		if st := d.mentionStart(i); len(m.Actors) == 1 && st > from && d.tok(st-1).Is("that", "which", "by") && !d.tok(st-2).Is(",") {
			return m.Actors
		}
		if end := d.mentionEnd(i); len(m.Actors) == 1 && end < ce && d.possessiveAt(end) {
			return m.Actors // "about Russia's actions"
		}
		if len(m.Actors) == 1 && d.isOrg(m.Actors[0]) && d.nameHas(m.Actors[0], "forces", "army", "navy", "troops", "military") {
			// "concerns about the buildup of Russian forces": about what
			// the state's forces do, so about the state.
			if st := "state:" + d.countryOf(m.Actors[0]); d.actors[st] != nil {
				return []string{st}
			}
			return m.Actors
		}
		return nil
	}
	return nil
}

// sufferedNouns name what befalls the one whose name they follow: "Epstein's
// suicide", "Navalny's detention".
var sufferedNouns = map[string]bool{"death": true, "suicide": true, "killing": true, "murder": true, "arrest": true,
	"detention": true, "imprisonment": true, "disappearance": true, "poisoning": true, "assassination": true}

// ownEnvoys reports whether the verb at k takes the subject's own envoys
// as its object: "recalled their envoys", "withdrew its ambassador",
// "called home his own ambassador", "recalled the Colombian ambassador"
// said of Colombia's president.
func (d *doc) ownEnvoys(k int, subj []string) bool {
	n := len(d.in.Tokens)
	i := k + 1
	if i < n && d.tok(i).Is("home", "back") {
		i++
	}
	if m, ok := d.mentionAt(i); ok && len(m.Actors) == 1 && d.envoyPerson(m.Actors[0]) && d.countryOf(m.Actors[0]) != "" &&
		slices.ContainsFunc(subj, func(id string) bool { return d.countryOf(id) == d.countryOf(m.Actors[0]) }) {
		return true // "Rabat recalled Benyaich for consultations": its ambassador, named
	}
	switch {
	case i < n && d.tok(i).Is("its", "their", "his", "her"):
		i++
	case i+1 < n && d.tok(i).Is("the") && d.cover[i+1] >= 0 && d.in.Mentions[d.cover[i+1]].Via == parley.ViaAdjective &&
		slices.ContainsFunc(d.in.Mentions[d.cover[i+1]].Actors, func(id string) bool { return d.sameSide(subj, id) }):
		i = d.mentionEnd(i + 1)
	case i < n && d.cover[i] >= 0 && d.mentionEnd(i) < n && d.tok(d.mentionEnd(i)).Is("'s", "’s") &&
		slices.ContainsFunc(d.in.Mentions[d.cover[i]].Actors, func(id string) bool { return d.sameSide(subj, id) }):
		i = d.mentionEnd(i) + 1 // "Madrid recalled Spain's ambassador in Rabat"
	default:
		return false
	}
	if i < n && d.tok(i).Is("own") {
		i++
	}
	return i < n && d.tok(i).Is("ambassador", "ambassadors", "envoy", "envoys", "diplomats", "chargé", "charge")
}

// postNamed reports whether the envoy recalled at k has his post named
// after him: "recalled its ambassador from Moscow", "its envoy to Rome".
func (d *doc) postNamed(k int) bool {
	_, ce := d.tokensOf(d.sentenceAround(k))
	for i := k + 1; i+1 < ce && i <= k+8; i++ {
		named := func(j int) bool { return j < ce && (d.cover[j] >= 0 || d.tok(j).Upper) } // (a place: "from Moscow")
		if d.tok(i).Is("from", "to", "in") && (named(i+1) || d.tok(i+1).Is("the") && named(i+2)) {
			return true
		}
	}
	return false
}

// sanctionedBefore returns the target of the penalty told last, in this
// sentence or the one before, by a side other than subj; or, when subj
// was its target, the side that imposed it ("Russia expelled two German
// diplomats. Germany recalled its ambassador").
func (d *doc) sanctionedBefore(k int, subj []string) []string {
	return d.penalisedBefore(k, 1, subj, func(st parley.Status) bool { return st == parley.Occurred })
}

// suitTarget is sanctionedBefore for a penalty that follows suit, which
// may follow one told two sentences back or one only announced: "Britain
// was sanctioning five Russian banks … Canada announced its own
// measures", "Germany said it would expel four Russian diplomats.
// Ukraine announced the expulsion of 13".
func (d *doc) suitTarget(k int, subj []string) []string {
	return d.penalisedBefore(k, 2, subj, func(st parley.Status) bool { return st != parley.Hypothetical && st != parley.Negated })
}

// penalisedBefore returns the target of the latest penalty, within
// window sentences before k, whose status ok accepts, by a side other
// than subj; or its imposer when subj was its target.
func (d *doc) penalisedBefore(k, window int, subj []string, ok func(parley.Status) bool) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return here-d.sentenceIndex(e.Trigger.Start) <= window &&
			e.Type == parley.Sanction && ok(e.Status) && !e.Target.IsZero() && !d.sameSide(subj, e.Source.ID)
	})
	switch {
	case e == nil:
		return nil
	case d.sameSide(subj, e.Target.ID):
		return []string{e.Source.ID}
	}
	return []string{e.Target.ID}
}

// keptPenalty returns the target of the subjects' own penalty that the
// refusal at k declines to undo: "Lithuania banned the transit of Russian
// goods … Vilnius has refused to reverse the ban" is aimed at Russia, on
// whom the ban fell (and who asked to end it). Nil unless the refusal is
// "to lift / reverse / end / rescind / scrap the <penalty>".
func (d *doc) keptPenalty(k, ce int, subj []string) []string {
	i := k + 1
	if i+3 >= ce || !d.tok(i).Is("to") || !d.tok(i+1).Is("lift", "reverse", "end", "rescind", "scrap", "revoke", "drop", "withdraw", "ease") ||
		!d.tok(i+2).Is("the", "its", "their", "this", "these") || !slices.Contains(penalties, d.tok(i+3).Norm) && d.tok(i+3).Norm != "ban" {
		return nil
	}
	here, noun := d.sentenceIndex(d.tok(k).Start), d.tok(i+3).Norm
	e := d.lastBefore(k, func(e *parley.Event) bool {
		far := here - d.sentenceIndex(e.Trigger.Start)
		near := far <= deedWindow || far <= 3*deedWindow && sameStem(noun, d.in.Text[e.Trigger.Start:e.Trigger.End]) // (further back, "the ban" told as a ban)
		return e.Type == parley.Sanction && e.Status == parley.Occurred && !e.Target.IsZero() &&
			near && d.sameSide(subj, e.Source.ID) && !d.sameSide(subj, e.Target.ID)
	})
	if e == nil {
		return nil
	}
	return []string{e.Target.ID}
}

// concernDeed returns the doers of a deed told before that the concern
// in [from, ce) is about: "The UN refugee agency expressed concern about
// the closures" (of the crossings Finland closed).
func (d *doc) concernDeed(k, from, ce int, subj []string) []string {
	for i := from; i+1 < ce && i-from <= 4; i++ {
		if d.tok(i).Is("about", "over", "at", "regarding") {
			return d.deedDoers(k, i+1, ce, subj)
		}
	}
	return nil
}

// haltedWith returns whom the side subj breaks off a meeting with: the
// parties the sentence names for it, else those of the latest meeting told
// before, leaving out subj's own side; people stand for their states when
// a state breaks off.
func (d *doc) haltedWith(subj, named []string, k, cs int) []string {
	ownSide := func(id string) bool {
		// (a group of the same state is no side of its government:
		// "Duque called off the talks with the ELN")
		return d.sameSide(subj, id) || d.ofOwnGovernment(subj[0], id)
	}
	parties := named
	if parties == nil {
		// "scuttled the talks": the talks told before, if subj took part.
		parties = d.lastMeeting(k)
		if !slices.ContainsFunc(parties, ownSide) {
			return nil
		}
	}
	state := strings.HasPrefix(subj[0], "state:")
	var out []string
	for _, id := range parties {
		if ownSide(id) {
			continue
		}
		if a := d.actors[id]; state && a != nil && a.Kind == parley.Person && d.actors["state:"+a.Country] != nil {
			id = "state:" + a.Country
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// meetingWindowBack is how many sentences back the meeting a readout
// reports may have been told for its acts of words to be aimed at it.
const meetingWindowBack = 10

// meetingPartner returns the other side of the last meeting or call told
// within meetingWindowBack sentences before k that id (or the state id
// serves) took part in, when it had two sides: "Biden and Putin held a
// video call on Tuesday. … President Biden called for de-escalation."
func (d *doc) meetingPartner(id string, k int) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	state := d.countryOf(id)
	side := func(a string) bool { return a == id || state != "" && a == "state:"+state }
	e := d.lastBefore(k, func(e *parley.Event) bool {
		if here-d.sentenceIndex(e.Trigger.Start) > meetingWindowBack || e.Type != parley.Consult || e.Status != parley.Occurred || e.Target.IsZero() {
			return false
		}
		if len(e.Participants) > 2 {
			return slices.ContainsFunc(e.Participants, func(p parley.ActorRef) bool { return side(p.ID) })
		}
		return side(e.Source.ID) != side(e.Target.ID)
	})
	switch {
	case e == nil || len(e.Participants) > 2:
		return nil // (a meeting of several: no one partner)
	case side(e.Source.ID):
		return []string{e.Target.ID}
	default:
		return []string{e.Source.ID}
	}
}

// disputeWindow is how many sentences back the act a threat naming no one
// follows up may have been told.
const disputeWindow = 2

// disputedWith returns whom a threat that names no one is aimed at: the
// target of the hostile act subj's side did last, within disputeWindow
// sentences ("Abinader accused Haiti of breaking the treaty. He warned
// that the border would stay closed"), when that is another side.
func (d *doc) disputedWith(subj []string, k int) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return here-d.sentenceIndex(e.Trigger.Start) <= disputeWindow && e.Status == parley.Occurred && !e.Target.IsZero() &&
			(e.Type == parley.Accuse || e.Type == parley.Sanction || e.Type == parley.Threaten || e.Type == parley.Reject) &&
			d.sameSide(subj, e.Source.ID)
	})
	if e == nil || d.sameSide(subj, e.Target.ID) {
		return nil
	}
	return []string{e.Target.ID}
}

// foeOf returns whom a build-up that names no foe faces: the other side
// of the latest hostile act, done by subj's side or to it, within
// disputeWindow sentences ("China accused Indonesia of trespassing.
// Jakarta sent more warships to the area": China). A head of state
// stands for the state ("Khamenei warned US forces … the Pentagon sent
// jets to the region": Iran).
func (d *doc) foeOf(subj []string, k int) []string {
	if foe := d.foe(subj, k, false); foe != nil {
		return foe
	}
	// Further back, the other side of the conflict the article has told
	// most of, when subj's side is one of its two: "China's coast guard
	// entered Indonesian waters … (ten sentences on) Jakarta has since
	// sent more warships to the area".
	if foe := d.conflictParties(k, subj); len(foe) == 1 && len(subj) > 0 && d.countryOf(subj[0]) != "" {
		return foe
	}
	return nil
}

// assailantOf is foeOf for the side subj was acted against only: who
// "charged" subj by a hostile act ("India struck what it called terrorist
// camps in Pakistan … Pakistan denies any role"), not whom subj's own
// act hit ("Mali expelled the French ambassador. Bamako denies the
// charge": no charge of France's told).
func (d *doc) assailantOf(subj []string, k int) []string {
	return d.foe(subj, k, true)
}

func (d *doc) foe(subj []string, k int, aimedAtUs bool) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	ours := func(id string) bool {
		return d.sameSide(subj, id) || len(subj) == 1 && d.countryOf(id) != "" && d.countryOf(id) == d.countryOf(subj[0])
	}
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return here-d.sentenceIndex(e.Trigger.Start) <= disputeWindow && e.Status == parley.Occurred && !e.Target.IsZero() &&
			hostileTypes[e.Type] && ours(e.Source.ID) != ours(e.Target.ID) && (!aimedAtUs || ours(e.Target.ID))
	})
	if e == nil {
		return nil
	}
	foe := e.Source.ID
	if ours(foe) {
		foe = e.Target.ID
	}
	if a := d.actors[foe]; a != nil && a.Kind == parley.Person && a.Country != "" && headTitled(a.Role) {
		foe = "state:" + a.Country
	}
	return []string{foe}
}

// hostileTypes are the acts that make their two sides foes.
var hostileTypes = map[parley.EventType]bool{parley.Accuse: true, parley.Threaten: true, parley.Sanction: true,
	parley.Coerce: true, parley.Assault: true, parley.Mobilize: true, parley.Reject: true}

// otherActorIn reports whether tokens [a, b) name an actor other than id
// and its own state.
func (d *doc) otherActorIn(a, b int, id string) bool {
	state := d.countryOf(id)
	for i := a; i < b; i++ {
		if d.cover[i] < 0 {
			continue
		}
		for _, x := range d.in.Mentions[d.cover[i]].Actors {
			if x != id && !(state != "" && x == "state:"+state) {
				return true
			}
		}
		i = d.mentionEnd(i) - 1
	}
	return false
}

// penalisedBy returns the target of the latest penalty the article told
// subj (or its side) imposing before token k: what a lifting undoes.
func (d *doc) penalisedBy(subj []string, k int) []string {
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return e.Type == parley.Sanction && !e.Target.IsZero() && e.Status == parley.Occurred &&
			(slices.Contains(subj, e.Source.ID) || d.sameSide(subj, e.Source.ID))
	})
	if e == nil {
		return nil
	}
	return []string{e.Target.ID}
}

// demanders returns who the article last told protesting against, or
// demanding something of, id or the state id serves (from a crowd, or
// anyone): whom a resignation yields to.
func (d *doc) demanders(id string, k int) []string {
	state := d.countryOf(id)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return (e.Type == parley.Protest || e.Type == parley.Request) &&
			(e.Target.ID == id || state != "" && e.Target.ID == "state:"+state && d.crowd(e.Source.ID))
	})
	if e == nil {
		return nil
	}
	return []string{e.Source.ID}
}

// protestersAgainst returns the crowd the article last told protesting
// against id, its state or anyone of its state: whom an emergency rule is
// aimed at.
func (d *doc) protestersAgainst(id string, k int) []string {
	state := d.countryOf(id)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return e.Type == parley.Protest && d.crowd(e.Source.ID) && (e.Target.ID == id || state != "" && d.countryOf(e.Target.ID) == state)
	})
	if e == nil {
		return nil
	}
	return []string{e.Source.ID}
}

// lastBefore returns the latest event built from a trigger before token k
// that ok accepts, or nil.
func (d *doc) lastBefore(k int, ok func(*parley.Event) bool) *parley.Event {
	for j := len(d.built) - 1; j >= 0; j-- {
		if e := &d.built[j]; e.Trigger.Start < d.tok(k).Start && ok(e) {
			return e
		}
	}
	return nil
}

// withdrawnFrom returns the state a withdrawal at k leaves, when its
// "from" or "out of" names a place in it rather than the state itself:
// "pulled back from several villages in southern Lebanon", "pulled its
// troops out of Kherson". The subject's own country is no such state
// ("withdrew its troops from Belgorod").
func (d *doc) withdrawnFrom(k, ce int, subj []string) []string {
	from := -1
	for i := k + 1; i < ce && i <= k+6; i++ {
		if d.tok(i).Is("from") || d.tok(i).Is("of") && d.tok(i-1).Is("out") {
			from = i
			break
		}
	}
	if from < 0 {
		return nil
	}
	end := min(ce, from+9)
	st := d.placeState(from, end, "from", "of")
	for i := from + 1; st == nil && i+1 < end; i++ {
		if !placeNouns[d.tok(i).Norm] || !d.tok(i+1).Is("in") {
			continue
		}
		// "villages in southern Lebanon": the state that holds them
		if st = d.placeState(i, end, "in"); st == nil {
			if j := actorAt(d, i+2, "the", "southern", "northern", "eastern", "western", "central"); j >= 0 {
				if m, ok := d.mentionAt(j); ok && len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") {
					st = m.Actors
				}
			}
		}
		break
	}
	if len(st) != 1 || len(subj) == 0 || d.countryOf(st[0]) == d.countryOf(subj[0]) {
		return nil
	}
	return st
}

// followsSuit reports whether the penalty at k, its target unnamed, says
// it is one more of a kind told just before: "announced parallel
// measures", "imposed similar sanctions", "announced its own measures",
// or a bare count, "announced the expulsion of 13".
func (d *doc) followsSuit(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+4; i++ {
		t := d.tok(i)
		if t.Is("parallel", "similar", "matching", "identical") || t.Is("own") && d.tok(i-1).Is("its", "their") {
			return true
		}
		if (t.Kind == token.Number || t.Is("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens")) && d.tok(i-1).Is("of") && (i+1 >= ce || d.tok(i+1).Kind != token.Word || d.tok(i+1).Is("on", "in", "and", "last", "this")) {
			return true // "the expulsion of 13": as many of the same
		}
	}
	return false
}

// reportedAgent returns who did an act told in the passive without its
// doer, inside words reported from an authority that does such acts
// itself, and whom the act fell on: "Germany's foreign ministry said the
// Russian ambassador had been summoned", "Police said 40 protesters were
// arrested". Nil when the speaker is no authority (a rights group
// reports arrests, it does not make them) or is on the side the act falls
// on ("The Kremlin said Russian diplomats had been expelled"). obj is the
// target found after the verb ("sanctions were imposed on …").
func (d *doc) reportedAgent(k, a, b int, typ parley.EventType, obj []string) (agent, target []string) {
	v := -1
	for j := k - 1; j > a && j >= k-14; j-- {
		if d.tok(j).Is(",", ";", ":") && !d.inDate(j) || d.quoted[j] {
			return nil, nil
		}
		if d.cover[j] < 0 && d.sayVerbAt(j) {
			v = j
			break
		}
		if j < k-1 && d.finiteVerbAt(j) && !d.tok(j).Is("had") && !d.inDate(j) {
			return nil, nil // "said the envoy, who arrived on Monday, was summoned": another clause
		}
	}
	if v < 0 {
		return nil, nil
	}
	speakers, _, _ := d.statementParts(v, a, b)
	if len(speakers) != 1 || !d.authority(speakers[0]) {
		return nil, nil
	}
	subject := d.passiveOwner(k, v+1) // "the Russian ambassador"
	if subject == nil {
		subject = d.clauseSubject(v+1, k) // "40 protesters"
	}
	target = subject
	if target == nil || d.tok(k+1).Is("on", "against") {
		target = obj // "sanctions were imposed on three Iranian firms"
	}
	foreign := func(id string) bool {
		return !d.sameSide(speakers, id) && (typ == parley.Coerce || d.countryOf(id) == "" || d.countryOf(id) != d.countryOf(speakers[0]))
	}
	if len(target) == 0 || !slices.ContainsFunc(target, foreign) || d.otherActorIn(v+1, k, speakers[0]) && !slices.Equal(target, subject) {
		return nil, nil
	}
	return d.stateForPerson(speakers), target
}

// authority reports whether actor id acts for a state: the state, a body
// of its government, or a person holding office in one.
func (d *doc) authority(id string) bool {
	a := d.actors[id]
	switch {
	case strings.HasPrefix(id, "state:"):
		return true
	case a == nil || a.Country == "":
		return false
	case a.Kind == parley.Organization:
		return a.Role == "government body"
	case a.Kind == parley.Person:
		return !d.commentator(id) && officeRole(a.Role)
	}
	return false
}

// officeRole reports whether a person's role is an office of state.
func officeRole(role string) bool {
	role = strings.ToLower(role)
	for _, w := range []string{"minister", "president", "chancellor", "spokes", "secretary of state", "foreign secretary", "interior", "police", "prosecutor", "king", "emir"} {
		if strings.Contains(role, w) && !strings.Contains(role, "former") && !strings.Contains(role, "opposition") {
			return true
		}
	}
	return false
}

// priorActor returns who did a penalty or summons told in the passive
// with no doer in its sentence: the authority the sentence before opened
// on, when that is not on the side the act falls on. "Germany's foreign
// ministry condemned the cyberattack. The Russian ambassador was
// summoned on Wednesday", "Britain blamed Moscow for the poisoning.
// Twenty-three Russian diplomats were expelled".
func (d *doc) priorActor(k, a, b int, obj []string) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	if here == 0 || len(obj) == 0 || d.otherActorIn(a, b, obj[0]) {
		return nil // "Russian diplomats were expelled from Poland": the sentence's own
	}
	pa, pb := d.tokensOf(d.in.Sentences[here-1])
	id := d.firstSubject(pa, pb)
	if id == "" || !d.authority(id) || slices.ContainsFunc(obj, func(o string) bool {
		return d.sameSide([]string{id}, o) || d.countryOf(o) == d.countryOf(id)
	}) {
		return nil
	}
	return d.stateForPerson([]string{id})
}

// stateForPerson returns the state of the one person in ids when the
// article names that state, else ids: an act told in the passive is done
// by the government an official speaks for, not by the official
// ("Landsbergis said the Commission had been consulted").
func (d *doc) stateForPerson(ids []string) []string {
	if len(ids) == 1 {
		return d.peopleAsStates(ids)
	}
	return ids
}

// paperRelative returns who acts in a relative clause at k hung on a
// paper: the body that issued it, the subject of the verb before the
// paper. "The Arab League issued a declaration on Saturday that called
// on Israel to halt …", "the ministers adopted a declaration which urged
// Serbia …".
func (d *doc) paperRelative(k, a int) []string {
	r := k - 1
	if d.tok(r).Is("also") {
		r--
	}
	if r <= a || !d.tok(r).Is("that", "which") {
		return nil
	}
	n := r - 1
	if d.tok(n).Is(",") {
		// past an aside on the paper: "a presidential statement, read
		// out by Ambassador Khalilzad, that condemns …"
		if q := d.asideOpening(n, a, 11); q > 0 && (paperNouns[d.tok(q-1).Norm] || d.tok(q-1).Is("statement")) && d.tok(q+1).Is("read", "issued", "released", "published", "signed", "drafted", "adopted") {
			n = q
		}
		n--
	}
	for n > a && n >= r-6 && (d.inDate(n) || d.tok(n).Is("on", "last", "this")) {
		n-- // "a declaration on Saturday that …"
	}
	if !paperNouns[d.tok(n).Norm] && !d.tok(n).Is("statement", "letter", "note", "conclusions") && !planNouns[d.tok(n).Norm] {
		return nil
	}
	if ids := d.paperBody(n, a); ids != nil {
		return ids // "a Security Council resolution that demanded …"
	}
	for v := n - 1; v > a && v >= n-4; v-- {
		if d.tok(v).Is("issued", "adopted", "released", "published", "signed", "sent", "passed", "approved", "agreed", "unveiled", "presented", "submitted", "tabled") {
			ids, _ := d.subjects(v, d.clauseStart(v, a))
			return ids
		}
	}
	return nil
}

// borderWords name a frontier a force may be moved to.
var borderWords = []string{"border", "borders", "frontier", "frontiers"}

// borderWindow is how many sentences back "the border" may have been
// named with its other side.
const borderWindow = 8

// borderSide returns the state across "the border" a build-up at k is
// moved to, when the article named that border with its other side
// before: "Armenia's border with Azerbaijan … moved troops to the
// border", "along the Ukrainian border … 70,000 troops towards the
// border". The latest such border not subj's own state wins.
func (d *doc) borderSide(subj []string, k int) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	first := d.tokenAt(d.in.Sentences[max(0, here-borderWindow)].Start)
	for i := k - 1; i >= first; i-- {
		if !d.tok(i).Is(borderWords...) {
			continue
		}
		s := d.in.Sentences[d.sentenceIndex(d.tok(i).Start)]
		lo, hi := max(d.tokenAt(s.Start), i-4), min(d.tokenAt(s.End), i+7)
		if st := d.statesIn(lo, hi, subj); len(st) == 1 {
			return st
		}
	}
	return nil
}

// statesIn returns the states named in tokens [a, b), as a state, a
// people or a place, other than subj's side.
func (d *doc) statesIn(a, b int, subj []string) []string {
	var out []string
	for i := a; i < b; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		for _, x := range m.Actors {
			if m.Via != parley.ViaPronoun && m.Via != parley.ViaGroup && strings.HasPrefix(x, "state:") && !d.sameSide(subj, x) {
				out = append(out, x)
			}
		}
		i = d.mentionEnd(i) - 1
	}
	sp := d.spanOf(a, b)
	for _, p := range d.in.Places {
		if sp.Contains(p.Span) && p.Country != "" && !d.sameSide(subj, "state:"+p.Country) {
			out = append(out, "state:"+p.Country)
		}
	}
	return uniq(out)
}

// bareRulers returns the state "the authorities" or "the government"
// stand for as the object of an act at k ("called on the authorities to
// release them", "urged the government to show restraint"), when the
// phrase names no state of its own: the state of an act the sentence
// before told at home (its police against its protesters) or of the one
// protested against there, not subj's own side. (Not after an act
// between states: "Russia struck Kyiv. Poland urged the government to
// take in more refugees" is no request of Russia.)
func (d *doc) bareRulers(k, ce int, subj []string) []string {
	i := k + 1
	if i < ce && d.tok(i).Is("on", "upon") {
		i++ // "called on the authorities"
	}
	if i+1 >= ce || !d.tok(i).Is("the") || !d.tok(i+1).Is("authorities", "government") || d.cover[i+1] >= 0 ||
		i+2 < ce && d.tok(i+2).Is("in", "of", "'s", "’s") {
		return nil // ("the authorities in Minsk", "the government of Sudan": named there)
	}
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return here-d.sentenceIndex(e.Trigger.Start) == 1 && e.Status == parley.Occurred && (d.domesticAct(e) || e.Type == parley.Protest)
	})
	if e == nil {
		return nil
	}
	for _, id := range []string{e.Source.ID, e.Target.ID} {
		if e.Type == parley.Protest && id == e.Source.ID {
			continue // the protesters' state is the one protested against, told as the target
		}
		c := d.countryOf(id)
		if c == "" {
			continue
		}
		if st := "state:" + c; !d.sameSide(subj, st) {
			return []string{st}
		}
	}
	return nil
}

// domesticAct reports whether e is done by a state's own organs to its
// own people, or by its people to it: police detaining protesters.
func (d *doc) domesticAct(e *parley.Event) bool {
	c := d.countryOf(e.Source.ID)
	return c != "" && c == d.countryOf(e.Target.ID)
}

// objectionNouns name a stand against someone that may be given up.
var objectionNouns = []string{"objection", "objections", "veto", "opposition", "reservations", "complaint", "complaints", "case", "lawsuit"}

// objectionWindow is how many sentences back the stand given up may
// have been told.
const objectionWindow = 8

// objectedTo returns whom subj's side stood against in the latest
// refusal or charge told within objectionWindow sentences before k: whom
// dropping the objection or the complaint yields to ("Turkey had blocked
// Sweden's bid … Erdogan dropped his objection", "Kyiv filed a complaint
// against Poland … withdrew the complaint").
func (d *doc) objectedTo(subj []string, k int) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return (e.Type == parley.Reject || e.Type == parley.Accuse) && e.Status == parley.Occurred && !e.Target.IsZero() &&
			here-d.sentenceIndex(e.Trigger.Start) <= objectionWindow && d.sameSide(subj, e.Source.ID) && !d.sameSide(subj, e.Target.ID)
	})
	if e == nil {
		return nil
	}
	return []string{e.Target.ID}
}

// anyDeedThreatened returns who threatened or readied the deed a warning
// at k answers in advance ("warned that any intervention would be a
// declaration of war"): the source, not of subj's side, of the latest
// threat or build-up told within deedWindow sentences whose sentence
// names the deed by the same word ("ECOWAS threatened military
// intervention in Niger").
func (d *doc) anyDeedThreatened(k, ce int, subj []string) []string {
	noun := -1
	for i := k + 1; i+1 < ce && i <= k+5; i++ {
		if d.tok(i).Is("any", "an", "a") && d.tok(i+1).Kind == token.Word && d.cover[i+1] < 0 {
			noun = i + 1
			if i+2 < ce && d.tok(i+2).Is("intervention", "attack", "strike", "strikes", "invasion", "incursion", "offensive", "operation", "aggression") {
				noun = i + 2 // "any military intervention"
			}
			break
		}
	}
	if noun < 0 || !d.tok(noun).Is("intervention", "attack", "strike", "strikes", "invasion", "incursion", "offensive", "operation", "aggression") {
		return nil
	}
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		if (e.Type != parley.Threaten && e.Type != parley.Mobilize) || e.Source.IsZero() || d.sameSide(subj, e.Source.ID) ||
			here-d.sentenceIndex(e.Trigger.Start) > deedWindow || here == d.sentenceIndex(e.Trigger.Start) {
			return false
		}
		a, b := d.tokensOf(d.sentenceAround(d.tokenAt(e.Trigger.Start)))
		for i := a; i < b; i++ {
			if d.cover[i] < 0 && sameStem(d.tok(noun).Norm, d.tok(i).Norm) {
				return true
			}
		}
		return false
	})
	if e == nil {
		return nil
	}
	return []string{e.Source.ID}
}

// attackedJustBefore returns the target of the latest attack told in the
// sentence of k or the one before, by another side than subj's: whom help
// in fending it off is for.
func (d *doc) attackedJustBefore(k int, subj []string) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return e.Type == parley.Assault && e.Status == parley.Occurred && !e.Target.IsZero() && !e.Source.IsZero() &&
			here-d.sentenceIndex(e.Trigger.Start) <= 1 && !d.sameSide(subj, e.Source.ID)
	})
	if e == nil || d.sameSide(subj, e.Target.ID) {
		return nil
	}
	return []string{e.Target.ID}
}

// planNouns are papers that call for what their authors want, hung on
// the verb that put them out: "published a twelve-point paper that called
// for a ceasefire", "unveiled a peace plan that calls for talks".
var planNouns = map[string]bool{"paper": true, "plan": true, "proposal": true, "proposals": true, "document": true, "roadmap": true, "initiative": true}

// sameActDoer returns who did an act of type t told in the passive with
// no doer in its sentence, when the same act was told just before, in
// this sentence or the one before, by a side other than obj's: "The army
// detained Suu Kyi. President Win Myint was also detained", "China
// sanctioned Lockheed Martin. Raytheon was sanctioned too". Nil when
// the sentence names anyone besides obj, who might be the doer.
func (d *doc) sameActDoer(k, a, b int, sn sense, obj []string) []string {
	t := sn.typ
	release := t == parley.Retreat && sn.mode == "release" // "Hamas freed three hostages. Five Thais were also released"
	if len(obj) == 0 || !actsDoneAgain[t] && !release {
		return nil
	}
	if !d.onlyActorsIn(a, b, obj) {
		return nil
	}
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return here-d.sentenceIndex(e.Trigger.Start) <= 1 && e.Type == t && e.Status == parley.Occurred &&
			(!release || releaseTold(d.in.Text[e.Trigger.Start:e.Trigger.End])) &&
			!e.Source.IsZero() && !e.Target.IsZero() && !slices.ContainsFunc(obj, func(o string) bool {
			return d.sameSide([]string{e.Source.ID}, o) || d.sameSide(obj, e.Source.ID)
		})
	})
	if e == nil {
		return nil
	}
	return []string{e.Source.ID}
}

// detainer returns who held obj, freed in the passive with no doer named:
// the source of the latest detention of obj told in the four sentences
// before ("Police detained Superlano in July. He was freed on Monday"),
// when the sentence names no one else.
func (d *doc) detainer(k, a, b int, obj []string) []string {
	if len(obj) == 0 || !d.onlyActorsIn(a, b, obj) {
		return nil
	}
	e := d.detention(k, obj)
	if e == nil {
		return nil
	}
	return []string{e.Source.ID}
}

// heldBefore reports whether the mention at token i names someone the
// article told was detained, in the four sentences before k: a captive by
// name ("Police detained Superlano in July. He was freed on Monday").
func (d *doc) heldBefore(k, i int) bool {
	if d.cover[i] < 0 {
		return false
	}
	ids := d.in.Mentions[d.cover[i]].Actors
	return d.detention(k, ids) != nil
}

// detention returns the latest detention of one of ids told in the four
// sentences before k, by a side other than theirs, or nil.
func (d *doc) detention(k int, ids []string) *parley.Event {
	here := d.sentenceIndex(d.tok(k).Start)
	return d.lastBefore(k, func(e *parley.Event) bool {
		return here-d.sentenceIndex(e.Trigger.Start) <= 4 && e.Type == parley.Coerce && e.Status == parley.Occurred &&
			!e.Source.IsZero() && slices.Contains(ids, e.Target.ID) && !d.sameSide(ids, e.Source.ID)
	})
}

// adverbAfterComma reports whether an adverb of consequence stands
// between a comma and the participle at k: ", in effect turning down",
// ", effectively ending", ", thereby blocking".
func (d *doc) adverbAfterComma(k, a int) bool {
	switch {
	case k-2 > a && d.tok(k-1).Is("effectively", "thereby", "thus", "essentially") && d.tok(k-2).Is(","):
		return true
	case k-3 > a && d.tok(k-2).Is("in") && d.tok(k-1).Is("effect") && d.tok(k-3).Is(","):
		return true
	}
	return false
}

// releaseTold reports whether a trigger's words tell a release.
func releaseTold(w string) bool {
	w = strings.ToLower(w)
	return strings.HasPrefix(w, "free") || strings.HasPrefix(w, "releas") || strings.HasPrefix(w, "pardon")
}

// actsDoneAgain are the acts whose passive with no doer, told right after
// the same act, is the same doer's again.
var actsDoneAgain = map[parley.EventType]bool{parley.Coerce: true, parley.Assault: true, parley.Sanction: true}

// onlyActorsIn reports whether every actor named in tokens [a, b) is one
// of ids or the state of one of them.
func (d *doc) onlyActorsIn(a, b int, ids []string) bool {
	for i := a; i < b; i++ {
		if d.cover[i] < 0 {
			continue
		}
		for _, x := range d.in.Mentions[d.cover[i]].Actors {
			if !slices.Contains(ids, x) && !slices.ContainsFunc(ids, func(id string) bool { return x == "state:"+d.countryOf(id) }) {
				return false
			}
		}
		i = d.mentionEnd(i) - 1
	}
	return true
}

// penaltyNouns name a measure one side imposes on another.
var penaltyNouns = map[string]bool{"sanctions": true, "restrictions": true, "tariffs": true, "curbs": true, "ban": true,
	"embargo": true, "duties": true, "controls": true, "measures": true, "blockade": true}

// penaltyUndone returns the imposer and the target of the one penalty
// told within deedWindow sentences before k, for a measure named only by
// its noun in the passive: "Canada imposed sanctions on five Iranian
// officials. The sanctions were lifted in March" (Canada, Iran). The noun
// must be definite, and the penalties told in the window one pair's
// (not "Russia banned Georgian wine and Moldovan fruit. The ban was
// lifted").
func (d *doc) penaltyUndone(k, cs int, obj []string) (agent, target []string) {
	n := -1
	for i := k - 1; i > cs && i >= k-4; i-- {
		if penaltyNouns[d.tok(i).Norm] {
			n = i
			break
		}
	}
	if n < 0 || !d.tok(n-1).Is("the", "these", "those", "its", "their") {
		return nil, nil
	}
	here := d.sentenceIndex(d.tok(k).Start)
	var found *parley.Event
	for j := len(d.built) - 1; j >= 0; j-- {
		e := &d.built[j]
		s := d.sentenceIndex(e.Trigger.Start)
		if e.Trigger.Start >= d.tok(k).Start || here-s > deedWindow || e.Type != parley.Sanction || e.Source.IsZero() || e.Target.IsZero() {
			continue
		}
		if obj != nil && !slices.Contains(obj, e.Target.ID) {
			continue // "the sanctions on Iran": on the one named
		}
		if found != nil && (found.Source.ID != e.Source.ID || found.Target.ID != e.Target.ID) {
			return nil, nil // two penalties it could be
		}
		if found == nil {
			found = e
		}
	}
	if found == nil {
		return nil, nil
	}
	return []string{found.Source.ID}, []string{found.Target.ID}
}

// groupOf reports whether actor id is an organisation outside a state's
// government — an armed group, a party, a movement — which may be the
// other side of its own state's government.
func (d *doc) groupOf(id string) bool {
	a := d.actors[id]
	return a != nil && a.Kind == parley.Organization && a.Role != "government body"
}

// ofOwnGovernment reports whether actor id is of the state s is of and
// no group apart from its government: one of its officials, envoys or
// bodies ("its ambassador in Beijing"), not "the ELN" of Colombia.
func (d *doc) ofOwnGovernment(s, id string) bool {
	return !d.groupOf(id) && d.countryOf(id) != "" && d.countryOf(id) == d.countryOf(s)
}

// counterpartTypes are the acts whose target, unnamed in their clause,
// may be the side the subject has dealt with throughout the story.
var counterpartTypes = map[parley.EventType]bool{parley.Reject: true, parley.Threaten: true}

// storyCounterpart returns the one actor the subject's side has dealt
// with most in the acts told before token k — at least twice, and more
// often than any other — and the sentence of the latest; nil, -1 when
// no one stands out. A story of two sides tells many acts with no
// target named: "Chief Abiola has rejected the annulment" is aimed at the
// government he has faced in every paragraph before.
func (d *doc) storyCounterpart(k int, subj []string) ([]string, int) {
	count := map[string]int{}
	last := map[string]int{}
	for _, e := range d.built {
		if e.Trigger.Start >= d.tok(k).Start || e.Source.IsZero() || e.Target.IsZero() || e.Status == parley.Hypothetical {
			continue
		}
		var other string
		switch {
		case d.sameSide(subj, e.Source.ID) && !d.sameSide(subj, e.Target.ID):
			other = e.Target.ID
		case d.sameSide(subj, e.Target.ID) && !d.sameSide(subj, e.Source.ID):
			other = e.Source.ID
		default:
			continue
		}
		count[other]++
		last[other] = d.sentenceIndex(e.Trigger.Start)
	}
	best, second := "", 0
	for id, n := range count {
		switch {
		case best == "" || n > count[best]:
			if best != "" {
				second = count[best]
			}
			best = id
		case n > second:
			second = n
		}
	}
	if best == "" || count[best] < 2 || count[best] == second {
		return nil, -1
	}
	return []string{best}, last[best]
}
