package event

import (
	"slices"
	"strings"

	"parley"
	"parley/nlp/quote"
	"parley/nlp/token"
)

// quotedAux are the auxiliaries and adverbs that may stand between a
// quoted deed's named subject and its verb ("Turkey has already agreed").
var quotedAux = map[string]bool{"have": true, "has": true, "had": true, "'ve": true, "'s": true,
	"already": true, "also": true, "just": true, "now": true, "again": true, "today": true,
	"is": true, "are": true, "was": true, "were": true, "been": true, "continue": true, "continues": true, "continued": true, "to": true}

// quotedDeed reports whether the quoted trigger k tells a deed a named
// actor did, inside a quotation that states it: "\"The United States
// and Turkey have agreed to a ceasefire,\" Pence said". The subject must
// be a name (not "they", not the speaker's "we") standing inside the
// same quotation right before the verb group, and the verb group must be
// past, perfect or ongoing (not "must", "will", "should"). A quotation
// opens its clause at a comma or "that"; a briefing's turn is whole
// paragraphs, no fragment, so its subject may follow a fronted clause
// the speaker left without a comma ("When Secretary Clinton visited
// Quito last June she met President Correa").
func (d *doc) quotedDeed(k int) bool {
	q := d.quoteOf[k]
	i := d.quotedAuxStart(k, quotedAux)
	perfect := d.wordIn(i+1, k, "have", "has", "had", "'ve", "is", "are", "was", "were", "continue", "continues", "continued")
	if i > 0 && d.tok(i).Is("side") && d.cover[i-1] >= 0 && d.in.Mentions[d.cover[i-1]].Via == parley.ViaAdjective {
		i-- // "\"The Tajik side has shelled …\"": the state
	}
	if i < 0 || !d.quoted[i] || d.quoteOf[i] != q || d.cover[i] < 0 {
		return false
	}
	if n := d.tok(k).Norm; !perfect && !strings.HasSuffix(n, "ed") && !irregularPast[n] {
		return false // "Russia must withdraw", "Israel will strike"
	}
	switch d.in.Mentions[d.cover[i]].Via {
	case parley.ViaPronoun:
		if !d.inTranscriptTurn(k) {
			return false // (but a briefing's answer, "He spoke by telephone with Chancellor Merkel", tells what its government's people did)
		}
	case parley.ViaGroup:
		if !d.inTranscriptTurn(k) {
			return false // (but a briefing's "the two leaders agreed" tells what the two just named did)
		}
	}
	start := d.mentionStart(i)
	if start > 0 && d.tok(start-1).Is("the") && d.quoted[start-1] {
		start-- // "The Tajik side"
	}
	return (d.opensQuotedClause(start) || d.inTranscriptTurn(k)) && !d.habitualAfter(k)
}

// predicateQuote reports whether the quoted trigger k opens, after
// auxiliaries and adverbs only, a quotation the reporter's own clause runs
// into: `said the United States "strongly supports the sovereignty of
// Lebanon"`. Its subject stands outside the marks, so the clause is the
// reporter's, read as if it were not quoted.
func (d *doc) predicateQuote(k int) bool {
	q := d.quoteOf[k]
	i := k - 1
	for i >= 0 && d.quoted[i] && d.quoteOf[i] == q && d.cover[i] < 0 && (quotedAux[d.tok(i).Norm] || lyAdverb(d.tok(i).Norm) || d.tok(i).Is("will", "would", "not", "never")) {
		i--
	}
	if i >= 0 && d.quoted[i] && d.quoteOf[i] == q {
		return false // other words of the quotation come before the verb
	}
	if d.tok(i).Is("\"", "“", "'", "‘") {
		i--
	}
	if i < 0 || d.quoted[i] || d.cover[i] < 0 || d.possessiveAt(i+1) {
		return false // (not a possessive's scare-quoted noun: `Russia's "aggression"`)
	}
	n := d.tok(k).Norm
	return i+1 < k && d.tok(i+2).Is("will", "would", "has", "have", "had", "is", "are", "was", "were") ||
		strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ed") || irregularPast[n]
}

// lyAdverb reports whether a word is an adverb in -ly: "strongly",
// "firmly".
func lyAdverb(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ly") }

// inTranscriptTurn reports whether the quoted token k lies in a turn of a
// briefing's or an interview's transcript.
func (d *doc) inTranscriptTurn(k int) bool {
	return d.quoted[k] && d.in.Quotes[d.quoteOf[k]].Cue == quote.TranscriptCue
}

// quotedAuxStart returns the token before the words of aux that stand,
// in the same quotation, right before the quoted trigger k: where the
// verb group's subject should end ("“Turkey has already agreed”": the
// "Turkey" before "has already").
func (d *doc) quotedAuxStart(k int, aux map[string]bool) int {
	i := k - 1
	for i >= 0 && d.quoted[i] && d.quoteOf[i] == d.quoteOf[k] && d.cover[i] < 0 && aux[d.tok(i).Norm] {
		i--
	}
	return i
}

// habitualAfter reports whether a word of frequency follows the verb k
// closely: "\"Russia and China met many times\"" tells a habit, not a
// deed.
func (d *doc) habitualAfter(k int) bool {
	for j := k + 1; j <= k+4 && j < len(d.in.Tokens) && d.tok(j).Kind == token.Word; j++ {
		if d.tok(j).Is("times", "often", "repeatedly", "regularly", "always", "years", "decades") {
			return true
		}
	}
	return false
}

// opensQuotedClause reports whether token i opens a clause of its
// quotation: the quotation's first word, or a word after a comma, "and"
// or "that" in it ("\"Yesterday, Russian troops …", "\"We know that
// Russia has moved troops …"), not a name in a quoted fragment ("called
// it \"a war Russia started\"").
func (d *doc) opensQuotedClause(i int) bool {
	// A title before the name belongs to the subject: "“Special Envoy for
	// the Horn of Africa Jeffrey Feltman will travel …”".
	for j := i - 1; j >= 0 && i-j <= 8 && d.quoted[j] && d.quoteOf[j] == d.quoteOf[i] && d.cover[j] < 0 &&
		(d.tok(j).Upper && d.tok(j).Kind == token.Word || d.tok(j).Is("for", "of", "the")); j-- {
		if d.tok(j).Upper {
			i = j
		}
	}
	if i == 0 || !d.quoted[i-1] || d.quoteOf[i-1] != d.quoteOf[i] {
		return true
	}
	return d.tok(i-1).Is(",", "and", "but", ";", "that", ".", "!", "?")
}

// quotedUs returns the side of the speaker of the quotation holding the
// directed trigger k when its object is "us" ("\"China has sanctioned
// us,\" Landsbergis said": Lithuania), unless that side is the subject.
// Things the speaker calls "our …" are ownedTarget's.
func (d *doc) quotedUs(k, ce int, subj []string) []string {
	q := d.in.Quotes[d.quoteOf[k]]
	if q.Speaker.IsZero() || slices.Contains(subj, q.Speaker.ID) {
		return nil
	}
	i := k + 1
	if i < ce && d.tok(i).Is("at", "on", "against") {
		i++
	}
	if i >= ce || !d.quoted[i] || d.quoteOf[i] != d.quoteOf[k] || !d.tok(i).Is("us") { // ("our …" things: ownedTarget)
		return nil
	}
	side := d.sideOf(q.Speaker.ID)
	if slices.Contains(subj, side) {
		return nil
	}
	return []string{side}
}

// sideOf returns the side a speaker stands for ("our energy facilities",
// said by Zelensky: Ukraine's; see ownerSide).
func (d *doc) sideOf(id string) string { return d.ownerSide(id) }

// hostileToOwner are the deeds whose object "its …" after a reported
// subject cannot be the doer's own: "Kyiv said Russia had shelled its
// positions" (Kyiv's), "Warsaw said Minsk had expelled its diplomats".
var hostileToOwner = map[parley.EventType]bool{parley.Assault: true, parley.Coerce: true}

// speakerOwnedObject returns the side of the one who opens the sentence
// with a verb of saying when the object of the hostile deed k, reported
// after it, is "its …", "their …", "his …" or "her …": that owner is the
// speaker, as one does not shell one's own positions. nil otherwise.
func (d *doc) speakerOwnedObject(k, ce, a, subjStart int, typ parley.EventType, subj []string) []string {
	if !hostileToOwner[typ] && !d.tok(k).Is("expelled", "expels", "expel", "expelling") {
		return nil
	}
	i := k + 1
	if i < ce && d.tok(i).Is("at", "on", "against") {
		i++
	}
	if i >= ce || !d.tok(i).Is("its", "their", "his", "her") || d.tok(i+1).Is("own") {
		return nil // ("had attacked its own cities": the doer's)
	}
	for r := a + 1; r < subjStart; r++ {
		if !d.sayVerbAt(r) {
			continue
		}
		m, ok := d.mentionAt(r - 1)
		if !ok || d.quoted[r] || len(m.Actors) != 1 || d.personAt(r-1) != d.tok(i).Is("his", "her") {
			return nil // ("Kyiv said …, his …": whose is not told)
		}
		if side := d.sideOf(m.Actors[0]); !slices.Contains(subj, side) && !slices.Contains(subj, m.Actors[0]) {
			return []string{side}
		}
		return nil
	}
	return nil
}

// pledgeable reports whether events are acts a side pledges: help, support,
// accords and concessions. A side's own force or penalties told as to come
// are threats ("“Russia will strike Kyiv again,” Medvedev said"), which the
// statement rules read.
func pledgeable(ev []parley.Event) bool {
	for _, e := range ev {
		switch e.Type {
		case parley.Aid, parley.Support, parley.Agree, parley.Cooperate, parley.Concede, parley.Retreat, parley.Consult:
		default:
			return false
		}
	}
	return len(ev) > 0
}

// pledgeAux are the words of a pledge's verb group before its verb:
// "will provide", "will also continue to support", "shall immediately
// release".
var pledgeAux = map[string]bool{"will": true, "'ll": true, "shall": true, "also": true, "now": true, "soon": true,
	"continue": true, "to": true, "further": true, "immediately": true, "gradually": true, "fully": true}

// quotedPledge reports whether the quoted trigger k tells what the
// speaker's own side will do, named rather than said as "we": "“Australia
// will provide $200 million to support Indonesia's transition,” Wong
// said" is Australia's pledge, as "we will provide" would be. What a
// speaker says another side will do is a forecast or a warning, which the
// statement rules read ("“Israel will strike again,” the minister said").
func (d *doc) quotedPledge(k int) bool {
	qi := d.quoteOf[k]
	q := d.in.Quotes[qi]
	if q.Speaker.IsZero() {
		return false
	}
	i := d.quotedAuxStart(k, pledgeAux)
	if !d.wordIn(i+1, k, "will", "'ll", "shall") || i < 0 || !d.quoted[i] || d.quoteOf[i] != qi || d.cover[i] < 0 {
		return false
	}
	m := d.in.Mentions[d.cover[i]]
	if m.Via == parley.ViaPronoun || m.Via == parley.ViaGroup || len(m.Actors) != 1 {
		return false
	}
	if id := m.Actors[0]; id != q.Speaker.ID && d.sideOf(id) != d.sideOf(q.Speaker.ID) {
		return false
	}
	return d.opensQuotedClause(d.mentionStart(i))
}

// turnOwnAct reports whether the quoted trigger k, in a turn of a
// briefing's transcript, tells an act of the speaker's own government
// named in the third person: done in the saying ("China urges the US side
// to stop …", "China firmly opposes …") or announced ahead ("State
// Councilor Wang Yi will hold talks with Foreign Minister Manele in
// Beijing tomorrow"). A spokesperson speaks for that government, so its
// announcements are its record; other states' acts in the answer stay
// the speaker's claims.
func (d *doc) turnOwnAct(k int) bool {
	if !d.inTranscriptTurn(k) {
		return false
	}
	q := d.in.Quotes[d.quoteOf[k]]
	own := d.countryOf(q.Speaker.ID)
	if own == "" {
		return false
	}
	present := performatives[d.tok(k).Norm]
	ahead, light := false, false
	i := k - 1
	for ; i >= 0 && d.quoted[i] && d.quoteOf[i] == d.quoteOf[k] && d.cover[i] < 0; i-- {
		t := d.tok(i)
		switch {
		case t.Is("will", "shall"):
			ahead = true
		case t.Is("to") && i > 0 && d.tok(i-1).Is("intends", "intend", "plans", "plan", "decided", "going", "expects"):
			ahead = true // "he intends to end Ethiopia's eligibility for trade benefits"
			i--
		case lyAdverb(t.Norm) || t.Is("also", "again", "soon"):
		case !light && t.Is("a", "an", "official", "state", "working", "formal", "bilateral"):
		case !light && t.Is("hold", "pay", "have", "conduct", "make"):
			light = true // the light verb of a noun trigger: "will hold talks", "will pay an official visit"
		default:
			return false
		}
	}
	if !present && !ahead || i < 0 || !d.quoted[i] || d.quoteOf[i] != d.quoteOf[k] || d.cover[i] < 0 {
		return false
	}
	m := d.in.Mentions[d.cover[i]]
	if m.Via == parley.ViaGroup || len(m.Actors) != 1 || d.countryOf(m.Actors[0]) != own {
		return false
	}
	return d.opensQuotedClause(d.mentionStart(i))
}
