package actor

import (
	"parley"
	"parley/nlp/token"
)

// speakingDocuments are papers a body issues that news prose has act in
// the body's place: "The statement accused …", "The resolution demands
// …".
var speakingDocuments = set("statement", "resolution", "communique", "communiqué", "declaration", "conclusions", "letter", "note")

// documentReference resolves a paper made the subject of an act — "Mali's
// junta ordered the ambassador out. The statement accused French
// officials …", "The General Assembly adopted a resolution. The
// resolution demands that Russia withdraw" — to the state or body that
// issued it: the one the sentence that last named such a paper opened on,
// in this sentence or the two before, else the one the sentence before
// opened on. It returns the next position (i when the words are none
// such, or the issuer is unclear).
func (d *doc) documentReference(i int) int {
	if !d.toks[i].Is("the") || !d.opensSentence(i) {
		return i
	}
	j := i + 1
	if j < len(d.toks) && d.toks[j].Is("joint", "final", "official", "written", "same") {
		j++
	}
	v := j + 1
	if c := d.relativeAside(v); c > v {
		v = c // "The resolution, which deplores Russia's aggression, demanded …"
	}
	if v >= len(d.toks) || !speakingDocuments[d.toks[j].Norm] ||
		!d.actingVerb(v) && !(d.toks[j].Is("conclusions") && presentActs[d.toks[v].Norm+"s"]) { // "The conclusions condemn …"
		return i
	}
	ids, via := d.documentIssuer(i)
	if ids == nil {
		return i
	}
	d.mention(i, j+1, via, ids...)
	return j + 1
}

// documentIssuer returns who issued the paper a sentence opening at i
// speaks of: the one the sentence that last named such a paper opened on,
// in this sentence or the two before, else the one the sentence before
// opened on, else the body last told adopting a paper, however far back; nil when
// unclear.
func (d *doc) documentIssuer(i int) ([]string, parley.MentionVia) {
	s, from := d.sentenceOf[i], -1
	for k := i - 1; k >= 0 && d.sentenceOf[k] >= s-2; k-- {
		if speakingDocuments[d.toks[k].Norm] {
			from = d.sentenceOf[k] // "G7 ministers issued a statement"
			break
		}
	}
	if from < 0 {
		from = s - 1
	}
	if from < 0 {
		return nil, ""
	}
	if ids := d.subjectListBefore(from + 1); ids != nil {
		return ids, parley.ViaGroup // "Poland and Lithuania signed a declaration"
	}
	if issuer := d.sentenceSubject(from); issuer != "" {
		return []string{issuer}, parley.ViaRole
	}
	if id := d.adoptedBy(i); id != "" {
		return []string{id}, parley.ViaRole
	}
	return nil, ""
}

// adoptionWords tell that a body voted on, adopted or issued a paper.
var adoptionWords = set("voted", "adopted", "passed", "approved", "issued", "unanimously")

// adoptedBy returns, for a paper told at i with no issuer close by ("On
// Wednesday the Security Council voted unanimously to lift the sanctions
// … The resolution takes a middle course"), the first organisation named
// in the latest sentence before that tells of a vote, an adoption or an
// issue, however far back; "" when none does.
func (d *doc) adoptedBy(i int) string {
	for s := d.sentenceOf[i] - 1; s >= 0; s-- {
		a := d.sentenceStart(s)
		if a < 0 {
			continue
		}
		told := false
		for k := a; k < len(d.toks) && d.sentenceOf[k] == s; k++ {
			told = told || adoptionWords[d.toks[k].Norm]
		}
		if !told {
			continue
		}
		for _, rf := range d.recent {
			if d.sentenceOf[rf.tok] == s && rf.kind == parley.Organization && d.actors[d.index[rf.id]].Role != "group" {
				return rf.id
			}
		}
		return ""
	}
	return ""
}

// documentOpened returns the token that opens sentence s and whether
// the sentence opens on "The <paper>": "The resolution takes a middle
// course."
func (d *doc) documentOpened(s int) (int, bool) {
	k := d.sentenceStart(s)
	if k < 0 {
		return -1, false
	}
	j := k + 1
	if j < len(d.toks) && d.toks[j].Is("joint", "final", "official", "written", "same") {
		j++
	}
	return k, d.toks[k].Is("the") && j < len(d.toks) && speakingDocuments[d.toks[j].Norm]
}

// paperParticiples open an aside on how a paper came about: "The
// resolution, drafted by the United States and Ecuador, also called on …".
var paperParticiples = set("drafted", "sponsored", "co-sponsored", "tabled", "proposed", "adopted", "passed", "approved",
	"backed", "signed", "issued", "released", "published", "read")

// relativeAside returns the token after a relative clause or a
// participle aside set off by commas that opens at i (", which deplores
// Russia's aggression,", ", drafted by the United States,"), or i.
func (d *doc) relativeAside(i int) int {
	if i+2 >= len(d.toks) || d.toks[i].Text != "," || !d.toks[i+1].Is("which", "that") && !paperParticiples[d.toks[i+1].Norm] {
		return i
	}
	for k := i + 2; k < len(d.toks) && k <= i+25 && d.sentenceOf[k] == d.sentenceOf[i]; k++ {
		if d.toks[k].Text == "," {
			return k + 1
		}
	}
	return i
}

// reportNouns name the findings of an inquiry, which "It found …" speaks
// for.
var reportNouns = set("report", "findings", "investigation", "inquiry", "probe", "study", "review", "assessment", "audit")

// findingIssuer returns the state or body whose report a sentence opening
// at i with "It found" speaks for: the subject of the last sentence, of
// the three before, that named a report without opening on it ("The UN
// rights office released its findings. The report says … It found …"),
// or "".
func (d *doc) findingIssuer(i int) string {
	s := d.sentenceOf[i]
	for back := s - 1; back >= 0 && back >= s-3; back-- {
		k := d.sentenceStart(back)
		if k < 0 {
			return ""
		}
		named := false
		for j := k; j < len(d.toks) && d.sentenceOf[j] == back; j++ {
			named = named || reportNouns[d.toks[j].Norm]
		}
		if !named {
			continue
		}
		if d.toks[k].Is("the") && k+1 < len(d.toks) && reportNouns[d.toks[k+1].Norm] {
			continue // "The report says …": the paper again, its issuer told before
		}
		return d.sentenceSubject(back)
	}
	return ""
}

// lawWords end the title of a law or a bill, written capitalised.
var lawWords = set("Act", "Law", "Bill")

// lawTitle skips the title of a law that opens at i — "the Cuban Liberty
// and Democratic Solidarity Act", "the Taiwan Relations Act": a run of
// capitalised words (with "and", "of", "for" and "the" between them)
// closed within seven words by "Act", "Law" or "Bill" (ending the run,
// with no "of" on either side) names the law, not the bodies and states
// in its words. It returns the position after the title, or i.
func (d *doc) lawTitle(i int) int {
	if !d.toks[i].Upper || d.toks[i].Kind != token.Word || i > 0 && d.toks[i-1].Upper && d.toks[i-1].Kind == token.Word && !d.toks[i].NewlineBefore {
		return i // (only at the run's head)
	}
	for j := i + 1; j < len(d.toks) && j < i+7; j++ {
		t := d.toks[j]
		if lawWords[t.Text] && !d.toks[j-1].Is("of") && !(j+1 < len(d.toks) && (d.toks[j+1].Upper && d.toks[j+1].Kind == token.Word || d.toks[j+1].Is("of"))) {
			return j + 1 // (not "President Bill Clinton", "the Ministry of Law", "the Tribunal for the Law of the Sea")
		}
		if t.NewlineBefore || t.Kind != token.Word || !t.Upper && !t.Is("and", "of", "for", "the") {
			return i
		}
	}
	return i
}
