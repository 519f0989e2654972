package actor

import "parley"

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
	if j+1 >= len(d.toks) || !speakingDocuments[d.toks[j].Norm] ||
		!d.actingVerb(j+1) && !(d.toks[j].Is("conclusions") && presentActs[d.toks[j+1].Norm+"s"]) { // "The conclusions condemn …"
		return i
	}
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
		return i
	}
	if ids := d.subjectListBefore(from + 1); ids != nil {
		d.mention(i, j+1, parley.ViaGroup, ids...) // "Poland and Lithuania signed a declaration"
		return j + 1
	}
	issuer := d.sentenceSubject(from)
	if issuer == "" {
		return i
	}
	d.mention(i, j+1, parley.ViaRole, issuer)
	return j + 1
}
