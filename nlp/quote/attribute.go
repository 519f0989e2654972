package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley"
	"parley/nlp/token"
)

// answerVerbs tell of words given in answer: a question before them is
// not the answerer's.
var answerVerbs = map[string]bool{"replied": true, "answered": true, "responded": true, "retorted": true, "replies": true, "answers": true, "responds": true}

// speechVerbs introduce or follow a quotation.
var speechVerbs = map[string]bool{}

func init() {
	for _, w := range []string{
		"said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes",
		"wrote", "writes", "warned", "warns", "declared", "declares", "announced", "announces", "stressed",
		"stresses", "insisted", "insists", "argued", "argues", "explained", "explains", "asked", "asks",
		"replied", "replies", "responded", "continued", "tweeted", "posted", "quipped", "reported",
		"reports", "demanded", "demands", "urged", "urges", "called", "calls", "claimed", "claims",
		"remarked", "recalled", "acknowledged", "admitted", "conceded", "observed", "emphasised",
		"emphasized", "underlined", "affirmed", "confirmed", "pledged", "promised", "vowed", "accused",
		"described", "criticised", "criticized", "condemned", "praised", "hailed", "saying", "telling",
		"adding", "writing", "warning", "insisting", "arguing", "according", "quoted", "cited", "put",
		"suggested", "predicted", "concluded", "agreed", "thundered", "charged", "countered", "retorted",
		"maintained", "reiterated", "expressed", "voiced", "tweet", "statement", "readout", "recounted",
		"joked", "observed", "testified", "lamented", "boasted", "cautioned", "contended", "asserted",
		"answered", "shouted", "wondered", "mused", "pleaded", "begged", "threatened", "underscored",
		"repeated", "stated", "announced", "told", "wrote", "posted", "explained", "continued", "concluded",
		"written", "calling", "describing", "terming", "dubbing", "branding", "thanked", "welcomed",
		"offered", "conveyed", "extended", // "offered “profound regrets …”"
		"congratulated", "congratulating", // "congratulating both sides on “…”"
		"spoke", "speaks", "termed", "dubbed", "branded", // "Merkel spoke of “a good start”"
	} {
		speechVerbs[w] = true
	}
}

type finder struct {
	in     Input
	actors map[string]*parley.Actor
}

// sentence returns the index of the sentence holding byte offset off.
func (f *finder) sentence(off int) int {
	s := f.in.Sentences
	i := sort.Search(len(s), func(i int) bool { return s[i].End > off })
	return i
}

func (f *finder) sentenceSpan(off int) parley.Span {
	i := f.sentence(off)
	if i < len(f.in.Sentences) {
		return f.in.Sentences[i]
	}
	return parley.Span{Start: off, End: off}
}

// tokensIn returns the index range of tokens inside span.
func (f *finder) tokensIn(sp parley.Span) (int, int) {
	t := f.in.Tokens
	i := sort.Search(len(t), func(i int) bool { return t[i].Start >= sp.Start })
	j := sort.Search(len(t), func(i int) bool { return t[i].End > sp.End })
	return i, j
}

// mentionsIn returns the mentions inside span, in order.
func (f *finder) mentionsIn(sp parley.Span) []parley.Mention {
	var out []parley.Mention
	for _, m := range f.in.Mentions {
		if sp.Contains(m.Span) && len(m.Actors) == 1 && m.Via != parley.ViaAdjective {
			out = append(out, m)
		}
	}
	return out
}

// attribute finds the speaker of a quoted segment and the cue that names
// them; it returns "" when the text gives no attribution.
func (f *finder) attribute(seg segment) (string, string) {
	si := f.sentence(seg.outer.Start)
	first := f.sentenceSpan(seg.outer.Start)
	last := f.sentenceSpan(max(seg.outer.End-1, seg.outer.Start))
	if f.anonymous(first) || f.anonymous(last) {
		return "", "" // "an Israeli official, speaking on condition of anonymity, said": no named speaker
	}
	// After the closing mark: ", he said." / ", said Hua Chunying."
	after := parley.Span{Start: seg.outer.End, End: max(last.End, seg.outer.End)}
	before := parley.Span{Start: first.Start, End: seg.outer.Start}
	if rest := strings.ToLower(strings.TrimLeft(f.in.Text[after.Start:after.End], " ,")); strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "but ") ||
		strings.HasPrefix(rest, "while ") || strings.HasPrefix(rest, "whereas ") {
		// 'Borrell said the law was “incompatible with EU values”, and the
		// State Department called the vote …': the words after open a
		// clause of their own; the speaker is the one before.
		if id, cue := f.before(before); id != "" {
			return id, cue
		}
	}
	id, cue := f.after(after)
	if id != "" && answerVerbs[strings.ToLower(cue)] && strings.HasSuffix(strings.TrimRight(f.in.Text[seg.inner.Start:seg.inner.End], " "), "?") {
		// "“Did you discuss the election?”, Lavrov replied: “…”": the one
		// who answers did not ask; the question is whoever put it.
		id, cue = "", ""
	}
	if id == "" && cue == docCue {
		return "", docCue // a document whose author the text does not give: no one's words go on
	}
	// "“…,” he said": a person's words, so the fallbacks below may name
	// only a person (not "Malaysia responded by …" in the paragraph before).
	personOnly := id == "" && cue == pronounCue
	if id != "" {
		// "Xi told him that Taiwan was “the first red line”, according to
		// the foreign ministry": the ministry reports, Xi speaks; so with
		// "…,” Xinhua reported".
		if (strings.HasPrefix(cue, "according") || cue == "reported" || cue == "reports") && !f.isPerson(id) {
			if bid, bcue := f.before(before); bid != "" && f.isPerson(bid) {
				return bid, bcue
			}
		}
		return id, cue
	}
	if f.oneOfThem(after) {
		return "", "" // "…,” one of them said": of a group no actor names, no one else
	}
	// Before the opening mark: "Putin said that …" / "X quoted Y as saying:".
	if id, cue := f.before(before); id != "" || cue == unnamedCue {
		return id, cue
	}
	// "Lavrov's remark that “…”", "in Macron's words, “…”".
	if id, cue := f.ownedWords(before); id != "" {
		return id, cue
	}
	// "“…”\n\nTrudeau's line at his news conference …"
	if id, cue := f.ownedWordsAfter(seg); id != "" {
		return id, cue
	}
	// "The resolution, which “deplores …”": the body that adopted it.
	bi, bj := f.tokensIn(before)
	if n := f.docSubject(bi, bj); n >= 0 {
		return f.docAuthor(si, f.in.Tokens[n].Norm), docCue
	}
	// "The Bundestag passed a motion that … condemns “…”": the body
	// that passed it.
	if id := f.adoptedDocument(first.Start, bi, bj); id != "" {
		return id, docCue
	}
	// A quotation ending in "!" or "?" ends its sentence, so "Trump
	// tweeted" opens the next one: look at its first words.
	if next := f.sentence(seg.outer.End-1) + 1; f.endsSentence(seg) && next < len(f.in.Sentences) && f.sameParagraph(seg.outer.Start, f.in.Sentences[next].Start) {
		ns := f.in.Sentences[next]
		if id, cue := f.after(parley.Span{Start: ns.Start, End: min(ns.End, ns.Start+200)}); id != "" {
			return id, cue
		}
	}
	// A quotation closed by a comma whose sentence goes on to name someone
	// carries its own attribution, though in words not understood here
	// ("«…», a déclaré le président Emmanuel Macron"): not the last speaker's.
	if f.closedByComma(after) && f.namesPerson(after) {
		return "", unnamedCue
	}
	// A quotation opening a paragraph after one that ends "X said …" is
	// X's: "Erekat said it was only the latest move.\n\n“They wanted us …”".
	if whole := f.in.Text[first.Start:seg.outer.Start]; strings.TrimSpace(whole) == "" && si > 0 && !f.sameParagraph(f.in.Sentences[si-1].Start, seg.outer.Start) {
		prev := f.in.Sentences[si-1]
		if id, cue := f.before(prev); id != "" && !actVerbs[strings.ToLower(cue)] && !f.anonymous(prev) && (!personOnly || f.isPerson(id)) {
			return id, cue // (not "The United States announced a boycott …" before a pull quote)
		}
	}
	// A quotation that is a sentence of its own, after a sentence about
	// someone, is theirs: "Bridenstine expects three rockets. “Adding …”"
	if whole := f.in.Text[first.Start:seg.outer.Start]; strings.TrimSpace(whole) == "" && si > 0 {
		prev := f.in.Sentences[si-1]
		if f.sameParagraph(prev.Start, seg.outer.Start) {
			for _, m := range f.mentionsIn(prev) {
				if a := f.actors[m.Actors[0]]; a != nil && a.Kind == parley.Person {
					return m.Actors[0], "context"
				}
			}
		} else if id := f.firstSubject(prev.Start, prev.End); id != "" && f.isPerson(id) && !f.anonymous(prev) {
			// So, opening a paragraph, after one that ends on a sentence
			// about someone: "Dar spoke first at the news
			// conference.\n\n“We will defend ourselves …”"
			return id, "context"
		}
	}
	// Words quoted in a sentence no speech verb governs are those of the
	// person it is about: "the purchases Mr. Trump requested — larger
	// purchases “than any time in our history, by far”" (not in "The
	// ministry said Pelosi had travelled “…”", whose speaker goes unnamed).
	if id := f.sentencePerson(before); id != "" {
		return id, "context"
	}
	return "", ""
}

// sentencePerson returns the first person in span, a part of a sentence
// with no speech verb, that no preposition governs and that no group
// ("American negotiators") comes before.
func (f *finder) sentencePerson(sp parley.Span) string {
	a, b := f.tokensIn(sp)
	for k := a; k < b; k++ {
		if f.in.Tokens[k].Kind == token.Word && speechVerbs[f.in.Tokens[k].Norm] && !inName(f.in.Tokens, k) {
			return ""
		}
	}
	for _, m := range f.mentionsIn(sp) {
		if m.Via == parley.ViaCollective || m.Via == parley.ViaGroup {
			continue
		}
		i, _ := f.tokensIn(parley.Span{Start: m.Span.Start, End: m.Span.Start})
		if i > a && f.in.Tokens[i-1].Is("to", "with", "of", "for", "by", "from", "in", "on", "at", "about", "against", "into") {
			continue
		}
		if f.isPerson(m.Actors[0]) {
			return m.Actors[0]
		}
		return ""
	}
	return ""
}

// endsSentence reports whether the sentence holding a quotation's closing
// mark ends with it: "“… fool!” the letter said." may run on into the next
// sentence's cue; "“was warned 10 times” before it was engaged. Moscow
// insisted …" does not.
func (f *finder) endsSentence(seg segment) bool {
	last := f.sentenceSpan(max(seg.outer.End-1, seg.outer.Start))
	if last.End <= seg.outer.End {
		return true
	}
	// Only names between: "“…,” Department Spokesperson Ma. Teresita Daza
	// said", cut after the initial.
	for _, w := range strings.Fields(f.in.Text[seg.outer.End:last.End]) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// anonymous reports whether the sentence says its source goes unnamed.
func (f *finder) anonymous(sp parley.Span) bool {
	low := strings.ToLower(f.in.Text[sp.Start:sp.End])
	for _, p := range []string{"condition of anonymity", "not to be named", "wish to be named", "not authorized to speak",
		"not authorised to speak", "not to be identified", "declined to be named", "speaking anonymously", "on background"} {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// actVerbs tell of an act, though they may also introduce words: a
// quotation in the next paragraph is not theirs ("The United States
// announced a diplomatic boycott …").
var actVerbs = map[string]bool{"announced": true, "announces": true, "announce": true, "unveiled": true, "launched": true}

// sameParagraph reports whether two offsets lie in one paragraph.
func (f *finder) sameParagraph(a, b int) bool {
	for _, p := range f.in.Paragraphs {
		if p.Start <= a && a <= p.End {
			return p.Start <= b && b <= p.End
		}
	}
	return len(f.in.Paragraphs) == 0
}

// after looks for "said X" or "X said" right after a quotation.
func (f *finder) after(sp parley.Span) (string, string) {
	i, j := f.tokensIn(sp)
	toks := f.in.Tokens
	if i < j && toks[i].Is("and", "but") {
		return "", "" // "called the remark “…” and said …": a second verb of the same speaker, found before
	}
	if i < j && toks[i].Is("while", "whereas") {
		return "", "" // "said the vote “…,” while ECOWAS urged …": another clause, another speaker
	}
	for k := i; k < j && k-i < 14; k++ {
		if k > i && toks[k].Is("and", "but") && toks[k-1].Is(",", ";") {
			break // "…” for a settlement, and Algeria recalled its ambassador": another clause, another subject
		}
		// ("“…,” the joint statement read": a document's verb)
		docRead := toks[k].Is("read", "reads") && (k+1 == j || toks[k+1].Kind == token.Punct) && f.docSubject(i, k) >= 0 // (not "widely read as")
		if toks[k].Kind != token.Word || !speechVerbs[toks[k].Norm] && !docRead || inName(toks, k) {
			continue
		}
		if k > i && toks[k-1].Is("and", "but") && !toks[k].Is("statement", "readout", "tweet") {
			return "", "" // "He said X “…” and accused Washington of …": a second verb of the subject before the quotation
		}
		if toks[k].Is("statement", "readout", "tweet") && !(k+1 < j && toks[k+1].Is("from", "by", "of")) {
			continue // "…”, a statement widely read as aimed at Egypt": whose statement, it does not say here; "the statement issued … read": its verb is later
		}
		if toks[k].Norm == "according" {
			// "…,” according to a statement from the Russian defence
			// ministry", "according to the Kremlin": the one named after.
			if k+1 < j && toks[k+1].Is("to") {
				if ms := f.mentionsIn(parley.Span{Start: toks[k+1].End, End: sp.End}); len(ms) > 0 {
					return f.headOf(ms), "according to"
				}
			}
			return "", ""
		}
		if k-i-f.nameTokensIn(i, k) >= 8 && !f.appositionBefore(i, k) {
			break // far from the quotation, and not "the spokeswoman for the ministry, Mao Ning, said"
		}
		// "…,” the statement said": whoever issued it speaks.
		if n := f.docSubject(i, k); n >= 0 {
			return f.docAuthor(f.sentence(sp.Start), toks[n].Norm), docCue
		}
		// "…,” one of them said": one of the body the sentence is about
		// speaks for it.
		if k-3 >= i && k-i <= 5 && toks[k-3].Is("one") && toks[k-2].Is("of") && toks[k-1].Is("them", "us") {
			if id := f.groupOfSentence(sp.Start); id != "" {
				return id, toks[k].Text
			}
			return "", ""
		}
		// "X said": the mention just before the verb, after the quote —
		// or the one an apposition describes: "Morrison, Vindman's
		// superior, said".
		pre := parley.Span{Start: sp.Start, End: toks[k].Start}
		if ms := f.mentionsIn(pre); len(ms) > 1 && f.isPerson(ms[0].Actors[0]) && strings.HasPrefix(strings.TrimSpace(f.in.Text[ms[0].Span.End:toks[k].Start]), ",") {
			return ms[0].Actors[0], toks[k].Text
		}
		if id := f.lastMentionIn(pre); id != "" {
			return id, toks[k].Text
		}
		if k-1 == i && toks[i].Is("he", "she") {
			return "", pronounCue // "“…,” he said": someone's, whom the pronoun did not name
		}
		if k-2 >= i && toks[k-2].Is("the") && toks[k-1].Is("judges", "justices") {
			return f.courtBefore(toks[k].Start), toks[k].Text // "…,” the judges wrote": the court's
		}
		// "said X": the first mention after the verb — though not after a
		// participle: in "Morrison said in a statement, “…” at the
		// release, adding that Weeks' family …" the speaker is the
		// sentence's subject.
		if strings.HasSuffix(toks[k].Norm, "ing") {
			if id := f.firstSubject(f.sentenceSpan(sp.Start).Start, toks[k].Start); id != "" {
				return id, toks[k].Text
			}
			return "", ""
		}
		rest := parley.Span{Start: toks[k].End, End: sp.End}
		if ms := f.mentionsIn(rest); len(ms) > 0 {
			// "responded NASA administrator Jim Bridenstine": the person
			// the title names, not the body it names them by.
			if len(ms) > 1 && !f.isPerson(ms[0].Actors[0]) && f.isPerson(ms[1].Actors[0]) {
				a, b := f.tokensIn(parley.Span{Start: ms[0].Span.End, End: ms[1].Span.Start})
				if b-a <= 2 {
					return ms[1].Actors[0], toks[k].Text
				}
			}
			// "said Kuleba's deputy, Andrii Sybiha": the one the role
			// names, not its owner.
			if len(ms) > 1 && f.ownerOfApposed(ms[0], ms[1]) {
				return ms[1].Actors[0], toks[k].Text
			}
			return ms[0].Actors[0], toks[k].Text
		}
		return "", ""
	}
	// "…,” Dr. Luz Arroyo, a member of the group, told NBC News.": the
	// speaker right after the quotation, described before the verb.
	// "…,” Sweden's deputy prosecutor, Eva-Marie Persson, said": a person
	// named before the verb outranks the state that describes them.
	if ms := f.mentionsIn(sp); len(ms) > 0 {
		first := ms[0]
		a, b := f.tokensIn(parley.Span{Start: sp.Start, End: first.Span.Start})
		if b-a <= 3 {
			for k := b; k < j && k-b < 30; k++ {
				if toks[k].Kind == token.Word && speechVerbs[toks[k].Norm] && !inName(toks, k) && toks[k].Start > first.Span.End {
					speaker := first.Actors[0]
					for _, m := range ms[1:] {
						// (a person first is the speaker: "Morrison,
						// Vindman's superior, said")
						if m.Span.End <= toks[k].Start && f.isPerson(m.Actors[0]) && !f.isPerson(speaker) {
							speaker = m.Actors[0]
						}
					}
					return speaker, toks[k].Text
				}
			}
		}
	}
	return f.pastTenseCue(sp)
}

// pastTenseCue finds a speaker joined to a quotation closed by a comma
// through a verb of manner the list does not hold ("“…,” Macron fumed",
// "“…,” scoffed Sergei Lavrov", "“…,” Kallas shot back"), or named right
// after a dash ("“…” — Sergei Lavrov"). Without it the quotation would
// pass to whoever spoke before.
func (f *finder) pastTenseCue(sp parley.Span) (string, string) {
	i, j := f.tokensIn(sp)
	toks := f.in.Tokens
	ms := f.mentionsIn(sp)
	if len(ms) == 0 || !f.isPerson(ms[0].Actors[0]) {
		return "", ""
	}
	if i < j && toks[i].Is("—", "–") {
		if ms[0].Span.Start == toks[i+1].Start {
			return ms[0].Actors[0], toks[i].Text
		}
		return "", ""
	}
	if !f.closedByComma(sp) {
		return "", ""
	}
	if i < j && toks[i].Is(",") {
		i++
	}
	a, b := f.tokensIn(parley.Span{Start: ms[0].Span.Start, End: ms[0].Span.End})
	switch {
	case a == i && b < j && mannerVerb(&toks[b]):
		return ms[0].Actors[0], toks[b].Text // "Macron fumed"
	case a == i+1 && mannerVerb(&toks[i]):
		return ms[0].Actors[0], toks[i].Text // "scoffed Sergei Lavrov"
	}
	return "", ""
}

// wordNouns name what someone said: "Lavrov's remark that “…”".
var wordNouns = map[string]bool{"remark": true, "remarks": true, "words": true, "comment": true, "comments": true,
	"claim": true, "assertion": true, "warning": true, "pledge": true, "promise": true, "vow": true, "message": true,
	"argument": true, "insistence": true, "complaint": true, "accusation": true, "description": true, "verdict": true,
	"line": true, "quip": true}

// ownedWords returns the speaker of a quotation introduced by a noun of
// saying that someone owns, close before it: "Lavrov's remark that “…”",
// "It was, in Macron's words, “…”"; the noun must be the last one before
// the quotation ("Putin's remark angered Kyiv, which said “…”" is not his).
func (f *finder) ownedWords(sp parley.Span) (string, string) {
	i, j := f.tokensIn(sp)
	toks := f.in.Tokens
	for k := j - 1; k >= i+2 && j-k <= 4; k-- {
		if !wordNouns[toks[k].Norm] || !toks[k-1].Is("'s", "’s") {
			continue
		}
		for _, m := range f.mentionsIn(parley.Span{Start: sp.Start, End: toks[k-1].Start}) {
			if m.Span.End == toks[k-1].Start && f.actors[m.Actors[0]] != nil {
				return m.Actors[0], toks[k].Text
			}
		}
		return "", ""
	}
	return "", ""
}

// ownedWordsAfter returns the speaker of a quotation that stands alone in
// its paragraph when the next paragraph opens by owning the words:
// "“Canadians, we're polite …”\n\nTrudeau's line at his closing news
// conference was written for a domestic audience."
func (f *finder) ownedWordsAfter(seg segment) (string, string) {
	si := f.sentence(seg.outer.Start)
	last := f.sentence(max(seg.outer.End-1, seg.outer.Start))
	first := f.in.Sentences[si]
	if strings.TrimSpace(f.in.Text[first.Start:seg.outer.Start]) != "" || last+1 >= len(f.in.Sentences) {
		return "", ""
	}
	next := f.in.Sentences[last+1]
	if f.sameParagraph(seg.outer.Start, next.Start) || strings.TrimSpace(strings.Trim(f.in.Text[seg.outer.End:next.Start], ".,;")) != "" {
		return "", ""
	}
	i, j := f.tokensIn(next)
	toks := f.in.Tokens
	ms := f.mentionsIn(next)
	if len(ms) == 0 || ms[0].Span.Start != toks[i].Start {
		return "", ""
	}
	_, e := f.tokensIn(ms[0].Span)
	if e+1 < j && toks[e].Is("'s", "’s") && wordNouns[toks[e+1].Norm] && f.isPerson(ms[0].Actors[0]) {
		return ms[0].Actors[0], toks[e+1].Text
	}
	return "", ""
}

// closedByComma reports whether the quotation that ends where sp starts
// closes with a comma, inside its mark or after it: "“…,” she said".
func (f *finder) closedByComma(sp parley.Span) bool {
	text := f.in.Text
	inside := strings.TrimRight(text[max(0, sp.Start-4):sp.Start], "\"”’'»")
	return strings.HasSuffix(inside, ",") || strings.HasPrefix(strings.TrimSpace(text[sp.Start:sp.End]), ",")
}

// namesPerson reports whether span names a person.
func (f *finder) namesPerson(sp parley.Span) bool {
	for _, m := range f.mentionsIn(sp) {
		if f.isPerson(m.Actors[0]) {
			return true
		}
	}
	return false
}

// mannerVerb reports whether t is a lower-case past tense that can tell how
// words were spoken: "fumed", "scoffed", "shot (back)".
func mannerVerb(t *token.Token) bool {
	if t.Kind != token.Word || t.Upper {
		return false
	}
	return len(t.Norm) >= 5 && strings.HasSuffix(t.Norm, "ed") || t.Is("shot", "hit", "spoke", "wrote", "snapped")
}

// oneOfThem reports whether span opens with "one of them said" (or "us").
func (f *finder) oneOfThem(sp parley.Span) bool {
	i, j := f.tokensIn(sp)
	toks := f.in.Tokens
	for i < j && toks[i].Kind != token.Word {
		i++
	}
	return i+3 < j && toks[i].Is("one") && toks[i+1].Is("of") && toks[i+2].Is("them", "us") && speechVerbs[toks[i+3].Norm]
}

// groupOfSentence returns the first body (not a person, not a state)
// named in the sentence holding offset off, else in the one before: whom
// "one of them" is one of.
func (f *finder) groupOfSentence(off int) string {
	si := f.sentence(off)
	for s := si; s >= 0 && s >= si-1 && s < len(f.in.Sentences); s-- {
		for _, m := range f.mentionsIn(f.in.Sentences[s]) {
			if a := f.actors[m.Actors[0]]; a != nil && a.Kind == parley.Organization {
				return m.Actors[0]
			}
		}
	}
	return ""
}

// headOf returns the actor of the first mention, or the person it
// describes right after it: "European Commission President Ursula von
// der Leyen" is von der Leyen.
func (f *finder) headOf(ms []parley.Mention) string {
	if len(ms) > 1 && !f.isPerson(ms[0].Actors[0]) && f.isPerson(ms[1].Actors[0]) {
		a, b := f.tokensIn(parley.Span{Start: ms[0].Span.End, End: ms[1].Span.Start})
		if b-a <= 2 {
			return ms[1].Actors[0]
		}
	}
	return ms[0].Actors[0]
}

// appositionBefore reports whether tokens [i, k) end in a name set off by
// commas right before the speech verb at k: "the spokeswoman for the
// foreign ministry, Mao Ning, said".
func (f *finder) appositionBefore(i, k int) bool {
	toks := f.in.Tokens
	if k-1 <= i || !toks[k-1].Is(",") {
		return false
	}
	for o := k - 2; o > i && k-o <= 8; o-- {
		if toks[o].Is(",") {
			ms := f.mentionsIn(parley.Span{Start: toks[o].End, End: toks[k-1].Start})
			return len(ms) > 0 && f.isPerson(ms[0].Actors[0])
		}
	}
	return false
}

func (f *finder) isState(id string) bool {
	a := f.actors[id]
	return a != nil && a.Kind == parley.State
}

func (f *finder) isPerson(id string) bool {
	a := f.actors[id]
	return a != nil && a.Kind == parley.Person
}

// before looks back from an opening mark for the nearest speech verb and
// its subject.
func (f *finder) before(sp parley.Span) (string, string) {
	i, j := f.tokensIn(sp)
	toks := f.in.Tokens
	for k := j - 1; k >= i; k-- {
		t := &toks[k]
		readIt := t.Is("read", "reads") && k > i && toks[k-1].Is("it") // "It read: “…”", of a statement issued before
		if t.Kind != token.Word || !speechVerbs[t.Norm] && !readIt || inName(toks, k) {
			continue
		}
		if k > i && toks[k-1].Is("their", "its", "his", "her", "the", "these", "those", "such", "our", "your") {
			continue // "give up their claims": a noun, no speech
		}
		if k > i && toks[k-1].Is("by", "via") && t.Is("tweet", "statement", "readout") {
			continue // "told CBC that the decision to announce tariffs by tweet was “…”": the means, not the speech
		}
		if k+2 < j && toks[k+1].Is("by") && strings.HasSuffix(toks[k+2].Norm, "ing") {
			continue // "Malaysia responded by barring …": an act, no speech
		}
		if strings.HasSuffix(t.Norm, "ing") && k-2 >= i && toks[k-1].Is(",") && speechVerbs[toks[k-2].Norm] {
			continue // "his spokesman Stéphane Dujarric said, calling …": the one who said
		}
		// "quoted Yang Jin as saying": the person after "quoted"; "Peskov
		// was quoted by TASS as saying": the one before.
		if t.Norm == "saying" && k-2 >= i && toks[k-1].Is("as") {
			for q := k - 2; q >= i; q-- {
				if toks[q].Is("quoted", "cited") && q-1 >= i && toks[q-1].Is("was", "were", "is", "are", "been") {
					if id := f.subjectBefore(sp.Start, q-1); id != "" {
						return id, "quoted as saying"
					}
					return "", "" // "A source was quoted by TASS as saying": not TASS
				}
				if toks[q].Is("quoted", "cited") {
					if ms := f.mentionsIn(parley.Span{Start: toks[q].End, End: toks[k-1].Start}); len(ms) > 0 {
						return ms[0].Actors[0], "quoted as saying"
					}
				}
			}
		}
		// "Asked by Anna Kovacs of AP, “…?”": the one after "by" put the
		// question.
		if t.Is("asked") && k+2 < j && toks[k+1].Is("by") && (k == i || toks[k-1].Kind == token.Punct) {
			if ms := f.mentionsIn(parley.Span{Start: toks[k+1].End, End: sp.End}); len(ms) > 0 && ms[0].Span.Start-toks[k+1].End <= 5 {
				return f.headOf(ms), t.Text
			}
			return "", unnamedCue // "Asked by reporters, “…?”": no one named
		}
		// "Blinken was told by Wang Yi that …": the one after "by".
		if k-1 >= i && toks[k-1].Is("was", "were", "been", "being") && k+2 < j && toks[k+1].Is("by") {
			if ms := f.mentionsIn(parley.Span{Start: toks[k+1].End, End: sp.End}); len(ms) > 0 && ms[0].Span.Start-toks[k+1].End <= 5 {
				return f.headOf(ms), t.Text
			}
			return "", unnamedCue // "Blinken was told by officials": not Blinken
		}
		// "according to X"
		if t.Norm == "according" && k+1 < j && toks[k+1].Is("to") {
			if ms := f.mentionsIn(parley.Span{Start: toks[k+1].End, End: sp.End}); len(ms) > 0 {
				return ms[0].Actors[0], "according to"
			}
		}
		if n := f.docSubject(f.clauseAfterQuote(i, k), k); n >= 0 {
			// "“…,” the communique read by its president, X, said.":
			// whoever issued it.
			if id := f.docAuthor(f.sentence(t.Start), toks[n].Norm); id != "" {
				return id, docCue
			}
			return "", ""
		}
		if k-1 >= i && toks[k-1].Is("it") && (k-1 == i || toks[k-2].Is(".")) {
			// "The allies adopted a new strategic concept. It calls
			// Russia “…”": the document the sentence before issued.
			if id := f.issuerBefore(f.sentence(t.Start)); id != "" {
				return id, docCue
			}
		}
		if id := f.subjectBefore(sp.Start, k); id != "" {
			return id, t.Text
		}
		if f.unnamedSubject(i, k) {
			// "The judges added that …": the court named before.
			if toks[k-1].Is("judges", "justices") {
				if id := f.courtBefore(t.Start); id != "" {
					return id, t.Text
				}
			}
			return "", unnamedCue
		}
	}
	// "Zakharova was more blunt: “They are lying.”": a colon right before
	// the quotation, after a clause with a person for its subject.
	k := j - 1
	for k >= i && (toks[k].Kind == token.Punct && !toks[k].Is(":") || closesQuote(&toks[k])) {
		k--
	}
	if k >= i && toks[k].Is(":") {
		if id := f.firstSubject(sp.Start, toks[k].Start); id != "" && f.isPerson(id) {
			return id, ":"
		}
	}
	return "", ""
}

// subjectBefore returns the speaker of the speech verb at token k, in the
// sentence part from start: the mention right before the verb, except
// that an apposition ("Duvall, the president of the Farm Bureau, said")
// gives way to the name it describes, and a verb joined by "and" ("X
// accused A and B of … and warned") takes the subject of the first verb.
func (f *finder) subjectBefore(start, k int) string {
	toks := f.in.Tokens
	j := k - 1
	for j >= 0 && toks[j].Start >= start && toks[j].Is("also", "later", "then", "further", "repeatedly") {
		j--
	}
	if j < 0 || toks[j].Start < start {
		return ""
	}
	if strings.HasSuffix(toks[k].Norm, "ing") && closesQuote(&toks[j]) && j > 0 && toks[j-1].Is(",") {
		// "said her remarks had been “nasty,” adding: …": the participle
		// goes on for the subject of the clause it hangs on.
		if id := f.firstSubject(start, toks[j].Start); id != "" {
			return id
		}
	}
	if closesQuote(&toks[j]) || toks[j].Is(",") && j > 0 && closesQuote(&toks[j-1]) {
		// "“…,” said Philip Luther, …": the speaker follows the verb.
		rest := parley.Span{Start: toks[k].End, End: f.sentenceSpan(toks[k].Start).End}
		if ms := f.mentionsIn(rest); len(ms) > 0 {
			return ms[0].Actors[0]
		}
		return ""
	}
	// ", saying …", ", adding …": the participle speaks for the subject of
	// the clause it hangs on, not for the object just before it — nor for
	// one a preposition governs ("sent a letter to Trump warning that …").
	if strings.HasSuffix(toks[k].Norm, "ing") && (toks[j].Is(",") || f.prepositionObjectEndsAt(start, j, "to", "with", "for", "from", "at")) {
		if id := f.firstSubject(start, toks[j].Start); id != "" {
			return id
		}
	}
	switch {
	case toks[j].Is("and", "but"):
		// "Erdoğan said Turkey would act, but warned that …": the
		// subject of the first verb.
		ms := f.mentionsIn(parley.Span{Start: start, End: toks[j].Start})
		if out := f.outsideAsides(ms); len(out) > 0 {
			ms = out // "In the call with Austin, Shoigu blamed … and warned": not Austin
		}
		if len(ms) > 0 {
			return f.headOf(ms)
		}
	case toks[j].Is(","):
		// A relative clause set off before the verb, however long: "Erdogan,
		// who has sought to mediate between Moscow and Kyiv and hosted
		// talks in Istanbul, said" is Erdogan's.
		if id := f.relativeHead(start, j); id != "" {
			return id
		}
		// The comma that opens the apposition, and the name before it.
		for o := j - 1; o >= 0 && toks[o].Start >= start && j-o <= 15; o-- {
			if toks[o].Is(",") {
				// "Her predecessor, Boris Johnson, said", "Stoltenberg's
				// spokeswoman, Oana Lungescu, said": after a role noun, the
				// person in the apposition speaks.
				// So after a body a preposition governs: "Israel's
				// ambassador to the United Nations, Danny Danon, said".
				if o > 0 && toks[o-1].Kind == token.Word && (!toks[o-1].Upper && len(f.mentionsIn(parley.Span{Start: toks[o-1].Start, End: toks[o-1].End})) == 0 || f.prepositionObjectEndsAt(start, o-1, "to", "of", "for", "at")) {
					for _, m := range f.mentionsIn(parley.Span{Start: toks[o].End, End: toks[j].Start}) {
						if f.isPerson(m.Actors[0]) {
							return m.Actors[0]
						}
					}
				}
				if id := f.personInRoleApposition(start, o, j); id != "" {
					return id
				}
				if id := f.lastMentionIn(parley.Span{Start: start, End: toks[o].Start}); id != "" {
					return id
				}
				break
			}
		}
	}
	if ms := f.outsideAsides(f.mentionsIn(parley.Span{Start: start, End: toks[k].Start})); len(ms) > 0 {
		// "Ms Frederiksen, on her first visit to Greenland, had said": not
		// the place of the aside.
		return ms[len(ms)-1].Actors[0]
	}
	return f.lastMentionIn(parley.Span{Start: start, End: toks[k].Start})
}

// outsideAsides returns the mentions of ms that lie outside a phrase set
// off by commas and opened by a preposition ("In the call with Austin,",
// ", on her first visit to Greenland as prime minister,"), or nil when
// none does or none lies inside one.
func (f *finder) outsideAsides(ms []parley.Mention) []parley.Mention {
	var out []parley.Mention
	aside := false
	for _, m := range ms {
		if f.inPrepositionalAside(m) {
			aside = true
			continue
		}
		out = append(out, m)
	}
	if !aside {
		return nil
	}
	return out
}

// inPrepositionalAside reports whether mention m lies in a phrase opened
// by a preposition right after a comma or at the sentence's start, and
// closed by a comma.
func (f *finder) inPrepositionalAside(m parley.Mention) bool {
	toks := f.in.Tokens
	a, b := f.tokensIn(m.Span)
	if a >= len(toks) {
		return false
	}
	sent := f.sentenceSpan(m.Span.Start)
	open := -1
	for o := a - 1; o >= 0 && toks[o].Start >= sent.Start && a-o <= 12; o-- {
		if toks[o].Is(",") || o == 0 || toks[o-1].Start < sent.Start {
			open = o
			if toks[o].Is(",") {
				open = o + 1
			}
			break
		}
	}
	if open < 0 || open >= a || !toks[open].Is("in", "on", "at", "during", "after", "before", "with", "from", "following", "amid") {
		return false
	}
	for c := b; c < len(toks) && c-b <= 12 && toks[c].Start < sent.End; c++ {
		if toks[c].Is(",") {
			return true
		}
	}
	return false
}

// relativeHead returns the actor named right before the first ", who",
// ", whose" or participle aside (", meeting …", ", speaking to …") within
// 40 tokens before the comma at j: "Modi, receiving Scholz and Baerbock
// in Delhi for the consultations, said" is Modi's.
func (f *finder) relativeHead(start, j int) string {
	toks := f.in.Tokens
	found := ""
	for o := j - 1; o > 0 && toks[o].Start >= start && j-o <= 40; o-- {
		if !toks[o].Is(",") || !toks[o+1].Is("who", "whose") && !participleAside(&toks[o+1]) {
			continue
		}
		ms := f.mentionsIn(parley.Span{Start: start, End: toks[o].Start})
		if len(ms) == 0 || ms[len(ms)-1].Span.End != toks[o-1].End {
			return found
		}
		found = f.lastMentionIn(parley.Span{Start: start, End: toks[o].Start})
	}
	return found
}

// participleAside reports whether t, after a comma, opens a participle
// phrase set off before the verb ("Modi, receiving …, said"), not a
// preposition that ends in -ing ("including", "according to").
func participleAside(t *token.Token) bool {
	return t.Kind == token.Word && !t.Upper && len(t.Norm) > 5 && strings.HasSuffix(t.Norm, "ing") &&
		!t.Is("including", "according", "excluding", "regarding", "concerning", "following", "during", "notwithstanding", "saying", "adding")
}

// personInRoleApposition returns the person named alone between the
// commas at tokens o and j after a role of a body that names no person
// ("The Commander of the ZDF, General Chiwenga, warned", "The head of
// the army, Gen. Silva, said"): the person speaks, not the body; or "".
func (f *finder) personInRoleApposition(start, o, j int) string {
	toks := f.in.Tokens
	ms := f.mentionsIn(parley.Span{Start: toks[o].End, End: toks[j].Start})
	if len(ms) != 1 || !f.isPerson(ms[0].Actors[0]) || ms[0].Span.Start != toks[o+1].Start || ms[0].Span.End != toks[j-1].End {
		return ""
	}
	role := false
	for q := o - 1; q >= 0 && toks[q].Start >= start; q-- {
		if toks[q].Is("of", "for") {
			role = true
		}
	}
	for _, m := range f.mentionsIn(parley.Span{Start: start, End: toks[o].Start}) {
		if f.isPerson(m.Actors[0]) {
			return ""
		}
	}
	if !role {
		return ""
	}
	return ms[0].Actors[0]
}

// prepositionObjectEndsAt reports whether a mention ending at token j is
// the object of one of the prepositions: "a letter to Donald Trump".
func (f *finder) prepositionObjectEndsAt(start, j int, preps ...string) bool {
	toks := f.in.Tokens
	for _, m := range f.mentionsIn(parley.Span{Start: start, End: toks[j].End}) {
		if m.Span.End != toks[j].End {
			continue
		}
		i, _ := f.tokensIn(parley.Span{Start: m.Span.Start, End: m.Span.Start})
		if i > 0 && toks[i-1].Is("the") {
			i-- // "to the United Nations"
		}
		return i > 0 && toks[i-1].Is(preps...)
	}
	return false
}

// lastMentionIn returns the actor of the last mention in span that can
// speak: a person, a state or an organisation named as such. A body
// named after a person's name ("John Steenhuisen of the Democratic
// Alliance") qualifies the person, who speaks.
func (f *finder) lastMentionIn(sp parley.Span) string {
	ms := f.mentionsIn(sp)
	if len(ms) == 0 {
		return ""
	}
	last := ms[len(ms)-1]
	if len(ms) >= 2 && !f.isPerson(last.Actors[0]) && f.isPerson(ms[len(ms)-2].Actors[0]) {
		between := strings.ToLower(strings.TrimSpace(f.in.Text[ms[len(ms)-2].Span.End:last.Span.Start]))
		if between == "of" || between == "of the" || between == "from" || between == "from the" || between == "at" || between == "at the" || between == "with" || between == "with the" {
			return ms[len(ms)-2].Actors[0]
		}
	}
	return last.Actors[0]
}

func closesQuote(t *token.Token) bool {
	return t.Kind == token.Punct && (t.Text == "”" || t.Text == "\"" || t.Text == "»" || t.Text == "’")
}

// firstSubject returns the first mention in [start, end) that no
// preposition governs: the subject of the sentence's first clause.
func (f *finder) firstSubject(start, end int) string {
	toks := f.in.Tokens
	ms := f.mentionsIn(parley.Span{Start: start, End: end})
	for n, m := range ms {
		i, _ := f.tokensIn(parley.Span{Start: m.Span.Start, End: m.Span.Start})
		if i > 0 && toks[i-1].Start >= start && toks[i-1].Is("to", "with", "of", "for", "by", "from", "in", "on", "at", "about", "against", "into") {
			continue
		}
		if f.insideQuotation(start, m.Span.Start) {
			continue // "“The decision to leave the Commonwealth was inevitable,” the ministry said in a statement"
		}
		if n+1 < len(ms) && f.ownerOfApposed(m, ms[n+1]) {
			return ms[n+1].Actors[0] // "The president's spokesman, Dmitry Peskov, was blunt": the spokesman
		}
		return m.Actors[0]
	}
	return ""
}

// insideQuotation reports whether offset at lies inside a quotation that
// opens between start and at.
func (f *finder) insideQuotation(start, at int) bool {
	open, straight := 0, 0
	for _, r := range f.in.Text[start:at] {
		switch r {
		case '“':
			open++
		case '”':
			open = max(open-1, 0)
		case '"':
			straight++
		}
	}
	return open > 0 || straight%2 == 1
}

// ownerOfApposed reports whether mention m owns a role that the next
// mention, set off by a comma, names: "the president's spokesman, Dmitry
// Peskov".
func (f *finder) ownerOfApposed(m, next parley.Mention) bool {
	toks := f.in.Tokens
	j, _ := f.tokensIn(parley.Span{Start: m.Span.End, End: m.Span.End})
	k, _ := f.tokensIn(parley.Span{Start: next.Span.Start, End: next.Span.Start})
	if j >= len(toks) || !toks[j].Is("'s", "’s") || k-j > 5 || !toks[k-1].Is(",") {
		return false
	}
	for q := j + 1; q < k-1; q++ {
		if toks[q].Kind != token.Word {
			return false
		}
	}
	return k-1 > j+1 && f.isPerson(next.Actors[0])
}

// inName reports whether the word at k is a capitalised word inside a
// name, not a verb: "the Economic Community of West African States urged".
func inName(toks []token.Token, k int) bool {
	return toks[k].Upper && k > 0 && toks[k-1].Upper && toks[k-1].Kind == token.Word && !toks[k].NewlineBefore
}

// clauseAfterQuote returns the first token after the last closing mark in
// tokens [i, k), or i: where the clause of "“…,” the letter said" begins.
func (f *finder) clauseAfterQuote(i, k int) int {
	for o := k - 1; o >= i; o-- {
		if closesQuote(&f.in.Tokens[o]) {
			return o + 1
		}
	}
	return i
}

// nameTokensIn counts the tokens in [i, k) that a mention's name spans
// beyond its first word, so that a long name ("the European External
// Action Service") counts as one word in a distance.
func (f *finder) nameTokensIn(i, k int) int {
	toks := f.in.Tokens
	if i >= k || k > len(toks) {
		return 0
	}
	n := 0
	for _, m := range f.mentionsIn(parley.Span{Start: toks[i].Start, End: toks[k-1].End}) {
		for j := i; j < k; j++ {
			if toks[j].Start > m.Span.Start && toks[j].End <= m.Span.End {
				n++
			}
		}
	}
	return n
}

// docCue marks a quotation a document speaks: "…,” the statement said.
const docCue = "document"

// docNouns name documents that speak for whoever issued them.
var docNouns = map[string]bool{"statement": true, "letter": true, "communique": true, "communiqué": true,
	"resolution": true, "declaration": true, "readout": true, "memorandum": true}

// adoptionVerbs make a document someone's own.
var adoptionVerbs = map[string]bool{"passed": true, "adopted": true, "approved": true, "issued": true, "endorsed": true,
	"released": true, "published": true, "unveiled": true, "tabled": true}

// adoptedDocument returns the subject of a sentence, from start, whose
// verb of adoption takes a document that a relative clause in tokens
// [i, k) then quotes: "the Bundestag passed a motion that backs the
// sanctions and condemns “…”"; or "".
func (f *finder) adoptedDocument(start, i, k int) string {
	toks := f.in.Tokens
	for n := i + 1; n+1 < k; n++ {
		if !(docNouns[toks[n].Norm] || toks[n].Is("motion")) || !toks[n+1].Is("that", "which") {
			continue
		}
		for v := n - 1; v >= i && n-v <= 5; v-- {
			if toks[v].Kind != token.Word {
				break
			}
			if adoptionVerbs[toks[v].Norm] {
				if id := f.firstSubject(start, toks[v].Start); id != "" && !f.isPerson(id) {
					return id
				}
				return ""
			}
		}
	}
	return ""
}

// docSubject returns the index of the document noun that opens tokens
// [i, k) — "the statement said", "the communique read by …, said", "The
// resolution, which" — or -1.
func (f *finder) docSubject(i, k int) int {
	toks := f.in.Tokens
	for i < k && toks[i].Kind != token.Word {
		i++
	}
	if i < k && toks[i].Is("the", "a", "its", "their", "his", "her", "this", "that") {
		i++
	}
	for n := i; n < k && n-i <= 2 && toks[n].Kind == token.Word && !toks[n].Upper; n++ {
		if !docNouns[toks[n].Norm] {
			continue
		}
		// "A statement on the Kremlin website said": the body named
		// with it speaks; one who reads it out does not ("the
		// communique read by the Commission's president, X, said").
		if n+1 < k && !toks[n+1].Is("read") && len(f.mentionsIn(parley.Span{Start: toks[n].End, End: toks[k-1].End})) > 0 {
			return -1
		}
		return n
	}
	return -1
}

// issueVerbs tell who put a document out: "issued a statement", "a
// letter Trump sent Erdogan".
var issueVerbs = map[string]bool{"issued": true, "released": true, "adopted": true, "passed": true,
	"published": true, "sent": true, "wrote": true, "signed": true, "approved": true}

// docAuthor returns who issued the document named by noun, from the
// nearest of the five sentences before si that names one: "a letter
// Trump sent", "Russia's statement", "the council adopted a resolution",
// "In a statement, the ministry said". Failing that, a resolution or
// communiqué no sentence has named is the body the sentence before is
// about: "The General Assembly demanded …. The resolution, which “…”".
func (f *finder) docAuthor(si int, noun string) string {
	toks := f.in.Tokens
	for s := si - 1; s >= 0 && s >= si-5; s-- {
		sent := f.in.Sentences[s]
		a, b := f.tokensIn(sent)
		for n := a; n < b; n++ {
			if toks[n].Norm != noun {
				continue
			}
			if n+2 < b {
				// "a letter Trump sent Erdogan"
				for _, m := range f.mentionsIn(parley.Span{Start: toks[n].End, End: sent.End}) {
					e, _ := f.tokensIn(parley.Span{Start: m.Span.End, End: m.Span.End})
					if m.Span.Start-toks[n].End <= 1 && e < b && issueVerbs[toks[e].Norm] {
						return m.Actors[0]
					}
					break
				}
			}
			for _, m := range f.mentionsIn(parley.Span{Start: sent.Start, End: toks[n].Start}) {
				// "Russia's statement"
				if gap := f.in.Text[m.Span.End:toks[n].Start]; gap == "'s " || gap == "’s " {
					return m.Actors[0]
				}
			}
			for v := n - 1; v >= a && n-v <= 3; v-- {
				// "the council adopted a resolution"
				if issueVerbs[toks[v].Norm] {
					return f.lastMentionIn(parley.Span{Start: sent.Start, End: toks[v].Start})
				}
			}
			if in := n - 2; in >= a && toks[in].Is("in") || n-3 >= a && toks[n-3].Is("in") {
				// "In a statement, the ministry said"; "The ministry
				// condemned the test in a statement": the clause's subject.
				if toks[in].Norm != "in" {
					in = n - 3
				}
				if id := f.firstSubject(sent.Start, toks[in].Start); id != "" {
					return id
				}
				return f.firstSubject(toks[n].End, sent.End)
			}
			if n > a && toks[n-1].Is("government") {
				// "according to a government statement" after "Mali's
				// military-dominated government ordered …": that one's.
				return f.governmentBefore(toks[n-1].Start)
			}
			if n == a || !toks[n-1].Is("the", "this") {
				return "" // "according to a statement": whose, it does not say
			}
			break // "The statement did not name the site": the one named before
		}
	}
	if si > 0 && (noun == "resolution" || noun == "communique" || noun == "communiqué" || noun == "declaration" || noun == "statement") {
		// "The ministry condemned the test. “…,” the statement said."
		prev := f.in.Sentences[si-1]
		if id := f.firstSubject(prev.Start, prev.End); id != "" && f.actors[id] != nil && (f.actors[id].Kind == parley.Organization || noun == "statement" && f.actors[id].Kind == parley.State) {
			return id
		}
	}
	return ""
}

// governmentBefore returns the state whose government the text last
// named before offset off: "Mali's military-dominated government".
func (f *finder) governmentBefore(off int) string {
	found := ""
	for _, m := range f.in.Mentions {
		if m.Span.Start >= off {
			break
		}
		if len(m.Actors) != 1 || !f.isState(m.Actors[0]) {
			continue
		}
		// (the mention itself, or its next three words: "Mali's
		// military-dominated government")
		i, j := f.tokensIn(parley.Span{Start: m.Span.End, End: len(f.in.Text)})
		named := strings.Contains(strings.ToLower(m.Text), "government")
		for k := i; k < j && k-i < 4 && !named; k++ {
			named = f.in.Tokens[k].Is("government")
		}
		if named {
			found = m.Actors[0]
		}
	}
	return found
}

// issuerBefore returns who, in the sentence before si, issued a thing no
// actor names: "The council adopted a resolution", not "Russia sent
// Ukraine a note".
func (f *finder) issuerBefore(si int) string {
	if si <= 0 {
		return ""
	}
	prev := f.in.Sentences[si-1]
	a, b := f.tokensIn(prev)
	toks := f.in.Tokens
	for v := a; v < b; v++ {
		if !issueVerbs[toks[v].Norm] {
			continue
		}
		obj := parley.Span{Start: toks[v].End, End: toks[min(v+4, b-1)].End}
		if len(f.mentionsIn(obj)) > 0 {
			return ""
		}
		return f.lastMentionIn(parley.Span{Start: prev.Start, End: toks[v].Start})
	}
	return ""
}

// courtBefore returns the last court named before offset off, within ten
// sentences.
func (f *finder) courtBefore(off int) string {
	si, found := f.sentence(off), ""
	for _, m := range f.in.Mentions {
		if m.Span.Start >= off || len(m.Actors) != 1 || si-f.sentence(m.Span.Start) > 10 {
			continue
		}
		if a := f.actors[m.Actors[0]]; a != nil && a.Role == "court" {
			found = a.ID
		}
	}
	return found
}

// pronounCue marks a quotation whose cue is "he said" or "she said" with
// a pronoun no actor was found for.
const pronounCue = "pronoun"

// unnamedCue marks a quotation whose cue has a subject no actor names:
// "The judges added that … “…”" is not the speaker before's.
const unnamedCue = "unnamed"

// unnamedSubject reports whether the speech verb at k follows a noun
// phrase no actor names, within tokens from i: "The judges added", "the
// officials said", and, opening a clause, "the Chinese envoy said" when
// the envoy is nobody named.
func (f *finder) unnamedSubject(i, k int) bool {
	toks := f.in.Tokens
	j := k - 1
	if j-1 < i || toks[j].Kind != token.Word || toks[j].Upper {
		return false
	}
	for d := j - 1; d >= i && j-d <= 3; d-- {
		if toks[d].Is("the", "a", "an") {
			plural := d == j-1 && strings.HasSuffix(toks[j].Norm, "s") && toks[d].Is("the")
			opens := d == i || toks[d-1].Is(",", ":", ";")
			return (plural || opens) && len(f.mentionsIn(parley.Span{Start: toks[d].Start, End: toks[j].End})) == 0
		}
		if toks[d].Kind != token.Word {
			return false
		}
	}
	return false
}
