package actor

import (
	"strings"

	"parley"
	"parley/nlp/token"
)

// People are often introduced with no title, no apposition and no given
// name the resolver knows: "pardoned Bolat Nurgaliev", "arrested Nguyen
// Van Hai on Monday". The verb before the name, or the family name used
// alone later on, says a person is meant.

// personVerbs are verbs whose object is a person: what states and their
// bodies do to people.
var personVerbs = set("pardoned", "pardons", "pardon", "arrested", "arrest", "arrests", "detained", "detain", "detains",
	"jailed", "jail", "imprisoned", "sentenced", "extradited", "extradite", "deported", "deport", "expelled",
	"freed", "free", "frees", "released", "release", "charged", "indicted", "convicted", "executed", "kidnapped",
	"abducted", "exiled", "interrogated", "questioned", "acquitted", "sacked", "dismissed", "appointed", "nominated",
	"met", "meet", "meets", "received", "hosted", "phoned", "telephoned", "urged", "accused",
	"criticised", "criticized", "condemned", "praised", "congratulated", "thanked", "summoned", "sanctioned")

// subjectVerbs are verbs of what people do in person, whose subject a
// capitalised run before them is likely a person: "Karan Singh met the
// king", "Karan Singh, sent to Kathmandu as India's envoy, met the king".
var subjectVerbs = set("met", "visited", "urged", "received", "hosted", "phoned", "telephoned", "flew", "travelled",
	"traveled", "arrived", "thanked", "congratulated", "told", "briefed", "handed", "signed")

// subjectOfPersonVerb reports whether the capitalised run [i, j) of two or
// three words opens a clause (the sentence's first words, or after the
// comma of a fronted phrase) and is the subject of a verb of subjectVerbs,
// right after it or after an aside that opens with a participle.
func (d *doc) subjectOfPersonVerb(i, j int) bool {
	if j-i < 2 || j-i > 3 || j >= len(d.toks) {
		return false
	}
	if i > 0 && d.sentenceOf[i-1] == d.sentenceOf[i] && !d.toks[i-1].Is(",") {
		return false
	}
	if w := d.toks[i].Norm; openingAdverbs[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "wards") || d.commonWord(w) {
		return false // "Afterwards Powell hosted …": an adverb opens the sentence
	}
	if subjectVerbs[d.toks[j].Norm] && !d.toks[j].Upper {
		return true
	}
	if !d.toks[j].Is(",") || j+1 >= len(d.toks) || d.toks[j+1].Upper || !strings.HasSuffix(d.toks[j+1].Norm, "ed") && !irregularParticiples[d.toks[j+1].Norm] {
		return false
	}
	for k := j + 2; k+1 < len(d.toks) && k <= j+16 && d.sentenceOf[k] == d.sentenceOf[i]; k++ {
		if d.toks[k].Is(",") {
			return subjectVerbs[d.toks[k+1].Norm] && !d.toks[k+1].Upper
		}
	}
	return false
}

// openingAdverbs open sentences with a capital before their subject.
var openingAdverbs = set("afterwards", "meanwhile", "later", "then", "earlier", "also", "however", "today", "yesterday",
	"tomorrow", "now", "still", "instead", "next", "there", "here", "thus", "hence", "again", "once", "soon")

// irregularParticiples open asides as "sent to Kathmandu as …" does.
var irregularParticiples = set("sent", "chosen", "known", "seen", "given", "taken", "flown", "brought", "made", "held",
	"led", "sworn", "born", "elected", "speaking", "writing", "flanked", "accompanied")

// afterPersonName are the words that may follow a person's name ending
// its noun phrase: a preposition, a conjunction or a relative pronoun
// ("arrested Nguyen Van Hai on Monday", "freed Ana Pop and …"), not a
// noun the name qualifies ("detained Black Lives Matter activists").
var afterPersonName = set("on", "in", "at", "to", "for", "and", "after", "before", "with", "from", "over", "last",
	"this", "earlier", "as", "who", "whose", "during", "following", "amid", "under", "without", "into", "later",
	"yesterday", "today", "late", "early", "again", "while", "because", "but", "despite", "since", "until", "when")

// objectOfPersonVerb reports whether the capitalised run [i, j) of two or
// three words stands right after a verb that takes people and ends its
// noun phrase: "President Tokayev pardoned Bolat Nurgaliev on Tuesday".
func (d *doc) objectOfPersonVerb(i, j int) bool {
	if i == 0 || j-i < 2 || j-i > 3 {
		return false
	}
	v := &d.toks[i-1]
	if p := i - 2; p >= 0 && descriptorNouns[v.Norm] {
		// "freed the blogger Pham Doan Trang", "jailed journalist Ana Pop": the verb before the descriptor
		if p >= 1 && d.toks[p].Is("the", "a") {
			p--
		}
		v = &d.toks[p]
	}
	if v.Upper || !personVerbs[v.Norm] {
		return false
	}
	return d.endsNounPhrase(j)
}

// endsNounPhrase reports whether a noun phrase may end before token j:
// the text ends there, or a punctuation mark or a word of afterPersonName
// follows.
func (d *doc) endsNounPhrase(j int) bool {
	if j >= len(d.toks) {
		return true
	}
	t := &d.toks[j]
	if t.Kind == token.Punct {
		return !t.Is("'s", "’s", "-")
	}
	return t.Kind == token.Word && !t.Upper && afterPersonName[t.Norm]
}

// surnameRecurs reports whether the last word of the run [i, j) of two or
// three words comes back alone later in the article, as news cites a
// person it has introduced ("Bolat Nurgaliev … Nurgaliev said"): not
// after "the", nor inside another capitalised run.
func (d *doc) surnameRecurs(i, j int) bool {
	if j-i < 2 || j-i > 3 || !d.endsNounPhrase(j) && !d.verbAt(j) {
		return false
	}
	last := d.toks[j-1].Norm
	if len(last) < 3 || orgHeads[last] || notNames[last] {
		return false
	}
	if d.commonWord(last) || i > 0 && d.toks[i-1].Is("a", "an", "the") {
		return false // "held a Virtual Bilateral Summit … the summit": a thing
	}
	if d.r.dict.match(d.toks, j-1) != nil {
		return false // "Pakistan-administered Kashmir … Kashmir": a place
	}
	for k := j + 1; k < len(d.toks); k++ {
		if d.toks[k].Norm != last || !d.toks[k].Upper || d.nameWord(k-1) || d.nameWord(k+1) || d.toks[k-1].Is("the", "of") {
			continue
		}
		if next := k + 1; next < len(d.toks) && (d.toks[next].Is("'s", "’s") || speechVerbs[d.toks[next].Norm] || d.toks[next].Kind == token.Punct || !d.toks[next].Upper) {
			return true
		}
	}
	return false
}

// commonWord reports whether the folded word w is used in the article as
// a common noun: written in lower case, or after an article ("the
// Statehouse"). A family name is neither.
func (d *doc) commonWord(w string) bool {
	for k := range d.toks {
		if d.toks[k].Norm == w && (!d.toks[k].Upper || k > 0 && d.toks[k-1].Is("a", "an", "the")) {
			return true
		}
	}
	return false
}

// joinedToPerson reports whether the run [i, j) of two or three words
// follows "and" right after a person's name and ends its noun phrase:
// "arrested Aibek Joldoshev and Nurlan Tashiev on Monday".
func (d *doc) joinedToPerson(i, j int) bool {
	if i < 3 || j-i < 2 || j-i > 3 || !d.toks[i-1].Is("and") || len(d.mentions) == 0 || !d.endsNounPhrase(j) {
		return false
	}
	m := d.mentions[len(d.mentions)-1]
	return m.Span.End == d.toks[i-2].End && len(m.Actors) == 1 && d.actors[d.index[m.Actors[0]]].Kind == parley.Person
}

// secondOfPluralTitle reports whether the run [i, j) of two or three
// words follows the "and" after a person named under a plural title, with
// or without a state after "of": "Deputy Prime Ministers Mher Grigoryan
// of Armenia and Shahin Mustafayev of Azerbaijan".
func (d *doc) secondOfPluralTitle(i, j int) bool {
	if i < 3 || j-i < 2 || j-i > 3 || !d.toks[i-1].Is("and") || len(d.mentions) == 0 {
		return false
	}
	n := len(d.mentions) - 1
	end := i - 2 // the token the person's mention must end at
	if m := d.mentions[n]; m.Span.End != d.toks[end].End {
		return false
	} else if n > 0 && len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") {
		k := d.tokenIndex(m.Span.Start)
		if k < 2 || !d.toks[k-1].Is("of") {
			return false
		}
		n, end = n-1, k-2 // "… of Armenia and": the person before the state
	}
	m := d.mentions[n]
	if m.Span.End != d.toks[end].End || len(m.Actors) != 1 || d.actors[d.index[m.Actors[0]]].Kind != parley.Person {
		return false
	}
	for k := d.tokenIndex(m.Span.Start); k < len(d.toks) && d.toks[k].End <= m.Span.End; k++ {
		if pluralTitle(d.toks[k].Norm) && d.toks[k].Upper {
			return true
		}
	}
	return false
}

// verbAt reports whether token j looks like the verb of a clause whose
// subject ends before it: a verb of speech, one that takes people, or a
// past form ("Temir Saparov accused …").
func (d *doc) verbAt(j int) bool {
	if j >= len(d.toks) || d.toks[j].Upper || d.toks[j].Kind != token.Word {
		return false
	}
	w := d.toks[j].Norm
	return speechVerbs[w] || personVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// namedAfterPeople reports whether the run [i, j) of two or three words
// follows the comma after a plural noun for people and ends its noun
// phrase: "detained Pashinyan and two other opposition deputies, Sasun
// Mikayelyan and …", "arrested three activists, Ana Pop, …".
func (d *doc) namedAfterPeople(i, j int) bool {
	if i < 2 || j-i < 2 || j-i > 3 || !d.toks[i-1].Is(",") || !d.endsNounPhrase(j) {
		return false
	}
	n := &d.toks[i-2]
	if n.Upper || n.Kind != token.Word {
		return false
	}
	if n.Is("aides", "allies", "colleagues", "associates") {
		return true
	}
	one := singularNoun(n.Norm)
	return one != "" && descriptorNouns[one]
}
