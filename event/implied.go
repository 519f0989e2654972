package event

import (
	"fmt"
	"slices"
	"strings"

	"parley"
	"parley/nlp/token"
)

// Implied targets: an act whose clause names no one it is aimed at is
// often aimed at someone the discourse makes plain. "Canada said it would
// close its embassy in Caracas. The Venezuelan foreign ministry called
// the decision regrettable": the decision is Canada's. These readings are
// a last resort, taken only when one candidate stands out and never on
// the subject's own side; they carry a lower confidence, and their rule
// names the sentence the target came from.

// impliedConfidence caps the confidence of an event whose target the
// discourse supplied.
const impliedConfidence = 0.45

// impliedTarget returns the target the sentences before supply for the
// act of type typ at k, whose clause ends at ce and names none, and the
// index of the sentence it came from; nil, -1 when no one candidate
// stands out.
func (d *doc) impliedTarget(k, ce int, subj []string, typ parley.EventType) ([]string, int) {
	if d.tok(k - 1).Is("to") {
		return nil, -1 // "urged the leaders to reject the plan": an act asked for, not done
	}
	if hostileTypes[typ] || typ == parley.Protest {
		if ids, at := d.answeredIn(k, subj); at >= 0 {
			return ids, at
		}
		if d.reactionAt(k) {
			if d.actorNamedIn(k+1, ce, subj) {
				return nil, -1 // "sanctioning ten Europeans, among them the subcommittee": a target named, if not found
			}
			return d.reactedAgainst(k, subj)
		}
	}
	if typ == parley.Protest && d.tok(k).Is("blocked", "blocking", "blockaded", "blockading", "barricaded", "block", "blocks") && len(subj) == 1 && d.crowd(subj[0]) {
		// "residents have blocked the highway in protest": the crowd's own
		// government, as a protest at home is aimed
		if c := d.countryOf(subj[0]); c != "" && d.actors["state:"+c] != nil {
			return []string{"state:" + c}, d.sentenceIndex(d.tok(k).Start)
		}
	}
	if material[typ] {
		if n := d.anaphoricDeed(k, ce); n >= 0 {
			return d.ownDeedAgain(n, k, subj, typ)
		}
	}
	if typ == parley.Concede && d.policyObjectAfter(k, ce) {
		if c := d.protestingCrowd(k); c != "" && !slices.Contains(subj, c) {
			return []string{c}, d.sentenceIndex(d.tok(k).Start) // "withdrew its bill after two nights of protests": to the protesters
		}
	}
	if typ == parley.Request || typ == parley.Threaten || typ == parley.Concede || typ == parley.Support {
		if ids := d.letterAddressee(k, subj); ids != nil {
			return ids, d.sentenceIndex(d.tok(k).Start) // "wrote to Charles Michel calling for joint debt": asked of him
		}
	}
	if typ == parley.Request {
		if n := d.undoneDeed(k, ce); n >= 0 {
			return d.deedAuthorAsState(n, k, subj)
		}
		return nil, -1
	}
	if typ == parley.Reject {
		if ids, at := d.refusalAnswered(k, subj); at >= 0 {
			return ids, at
		}
		if ids, at := d.vetoedBill(k, ce, subj); at >= 0 {
			return ids, at
		}
	}
	if typ == parley.Support && d.congratulationAt(k, ce) {
		// "Leaders congratulated Sheinbaum on Monday … Trudeau and Lula
		// also sent their congratulations": to the one congratulated.
		return d.congratulatedBefore(k, subj)
	}
	if !reactionTypes[typ] {
		return nil, -1
	}
	v := k
	if typ == parley.Reject && d.tok(k+1).Is("to") && d.tok(k+2).Is(complianceVerbs...) {
		// "refused to comply with the warrant", "refused to recognise the
		// decision" (not "refused to lift the sanctions": its own to keep)
		v = k + 2
	}
	if n := d.anaphoricDeed(v, ce); n >= 0 {
		return d.deedAuthorAsState(n, k, subj)
	}
	if n := d.passiveDeedSubject(k); n >= 0 {
		return d.deedAuthorAsState(n, k, subj) // "The decision was welcomed by Britain": whoever decided
	}
	return nil, -1
}

// quoteOpensBefore reports whether a quotation mark opens a few words
// before the verb at k, within its clause: `it "strongly condemns"`.
func (d *doc) quoteOpensBefore(k int) bool {
	for j := k - 1; j > 0 && k-j <= 3; j-- {
		if d.tok(j).Is("\"", "“") {
			return true
		}
		if d.tok(j).Kind != token.Word {
			return false
		}
	}
	return false
}

// passiveDeedSubject returns the deed noun of a definite phrase that
// opens the sentence as the subject of the passive verb k — "The
// sanctions were also welcomed by Britain", "This decision was condemned
// by Moscow" — or -1.
func (d *doc) passiveDeedSubject(k int) int {
	a, _ := d.tokensOf(d.sentenceAround(k))
	be := k - 1
	for be > a && d.tok(be).Is("also", "widely", "warmly", "quickly", "swiftly", "immediately", "sharply", "strongly") {
		be--
	}
	if be > a && d.tok(be).Is("been") {
		be-- // "has been condemned"
	}
	if be <= a || !d.tok(be).Is("was", "were", "is", "are", "has", "have", "had") || !d.tok(a).Is("the", "this", "these", "that", "those") {
		return -1
	}
	n := d.deedNounAfter(a, be)
	if n < 0 || n != be-1 {
		return -1
	}
	if kind, _ := impliedDeedKind(d.tok(n).Norm); kind != deedAct && kind != deedPenalty && kind != deedPact && kind != deedRuling {
		return -1 // ("The storming was condemned": whose crowd stormed is another question)
	}
	return n
}

// policyObjectAfter reports whether a measure policyYielded gives up
// follows the verb k within its clause: "withdrew its contested bill".
func (d *doc) policyObjectAfter(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+8 && !d.tok(i).Is(",", ";", "and", "but"); i++ {
		if objectNoun(d.tok(i).Norm, policyYielded.objects) {
			return true
		}
	}
	return false
}

// deedAuthorAsState is deedAuthor with a state for its ministry or leader.
func (d *doc) deedAuthorAsState(n, k int, subj []string) ([]string, int) {
	ids, at := d.deedAuthor(n, k, subj)
	return d.statesOf(ids), at
}

// undoneDeed returns the deed noun of a definite phrase a request at k
// asks to see undone — "demanded that the construction be halted",
// "called for the decision to be reversed", "urged that the ban be
// lifted" — or -1.
func (d *doc) undoneDeed(k, ce int) int {
	for i := k + 1; i+2 < ce && i <= k+4; i++ {
		if !d.tok(i).Is("the", "this", "these", "those", "such") {
			continue
		}
		n := d.deedNounAfter(i, ce)
		if n < 0 {
			return -1
		}
		v := n + 1
		for v < ce && v <= n+3 && d.tok(v).Is("be", "to", "should", "must", "would", "immediately", "swiftly", "quickly", "fully", "urgently") {
			v++
		}
		if v > n+1 && d.tok(v-1).Is("be") && undoneVerbs[d.tok(v).Norm] {
			return n
		}
		return -1
	}
	return -1
}

// undoneVerbs undo a deed: "be halted", "be reversed", "be lifted".
var undoneVerbs = map[string]bool{"halted": true, "stopped": true, "reversed": true, "withdrawn": true, "scrapped": true,
	"lifted": true, "cancelled": true, "canceled": true, "revoked": true, "suspended": true, "dropped": true, "repealed": true,
	"rescinded": true, "annulled": true, "ended": true, "overturned": true, "rolled": true, "abandoned": true, "reconsidered": true}

// reactionTypes are the acts that answer a deed named by a noun alone:
// "condemned the move", "welcomed the decision", "rejected such calls".
var reactionTypes = map[parley.EventType]bool{parley.Accuse: true, parley.Support: true, parley.Reject: true}

// anaphoricDeed returns the deed noun of a definite phrase that is the
// object of the trigger at k and refers back ("called the move unfair",
// "welcomed this decision", "objected to the plan"), or -1. A phrase
// that names its own actor or content ("the Russian decision", "the use
// of force", "the release of the crew") is no anaphor.
func (d *doc) anaphoricDeed(k, ce int) int {
	i := k + 1
	if d.tok(i).Is("\"", "”") && d.quoteOpensBefore(k) {
		i++ // `said it "strongly condemns" the coup`: the quotation closes on the verb
	}
	for j := i; j < ce && j <= k+4; j++ {
		if d.tok(j).Is("to", "on", "over", "against", "at", "about", "with") || d.tok(j).Is("by", "in") && feelings[d.tok(k).Norm] {
			i = j + 1 // "objected to the plan", "lodged a protest over the construction", "lashed out at the plan", "disappointed by the cancellation"
			break
		}
		if d.cover[j] >= 0 || d.tok(j).Kind != token.Word || d.tok(j).Upper || d.tok(j).Is("the", "this", "that", "these", "those", "such", "its", "their") {
			break // ("welcomed the decision late on Tuesday": the object itself)
		}
	}
	if i >= ce || !d.tok(i).Is("the", "this", "that", "these", "those", "such", "its", "their") || d.cover[i] >= 0 {
		return -1 // ("their" read as an actor names it)
	}
	n := d.deedNounAfter(i, ce)
	if n >= 0 && d.tok(n+1).Is("of", "by", "to", "against", "on", "with", "between", "for", "that", "which") && !d.inDate(n+2) {
		return -1 // (but "the offensive on Wednesday")
	}
	return n
}

// deedNounAfter returns the deed noun of the phrase the determiner at i
// opens ("the move", "this decision", "the compensation plan"), or -1
// when the phrase names an actor or no deed.
func (d *doc) deedNounAfter(i, ce int) int {
	for j := i + 1; j < ce && j <= i+3; j++ {
		t := d.tok(j)
		if d.cover[j] >= 0 || t.Kind != token.Word || t.Upper || t.Is("the", "this", "that", "these", "those", "a", "an") {
			return -1 // ("warned that the decision …": a clause, not an object)
		}
		if actDeed(t.Norm) {
			return j
		}
		if t.Is("to", "of", "and", "or", "in", "on", "for", "by", "with", "at", "from") {
			return -1
		}
	}
	return -1
}

// deedAuthor returns who did the deed the noun at n refers back to, and
// the sentence that told it: the source of the latest act of its kind
// told in the two sentences before k, or else the subject of the
// sentence just before, when that is another side than subj.
func (d *doc) deedAuthor(n, k int, subj []string) ([]string, int) {
	here := d.sentenceIndex(d.tok(k).Start)
	kind, _ := impliedDeedKind(d.tok(n).Norm)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if e.Trigger.Start >= d.tok(k).Start {
			continue
		}
		at := d.sentenceIndex(e.Trigger.Start)
		if here-at > 2 {
			break
		}
		if e.Status == parley.Hypothetical || e.Status == parley.Negated || e.Source.IsZero() || e.Type == parley.Consult ||
			!deedMatches(kind, e.Type) || d.sameSide(subj, e.Source.ID) {
			continue
		}
		if (kind == deedClaim || kind == deedGrievance) && (e.Target.IsZero() || !d.sameSide(subj, e.Target.ID)) {
			continue // "Moscow has denied the allegation": one made against Moscow
		}
		return []string{e.Source.ID}, at
	}
	if kind == deedPenalty {
		// "The sanctions were also welcomed by Britain" sentences after
		// the package was told: its imposer, if the article told one
		// penalty by one side (not the last speaker on it).
		if ids, at := d.soleImposer(k, subj); ids != nil {
			return ids, at
		}
	}
	if here == 0 || kind == deedPact || kind == deedForce || kind == deedBuildUp || kind == deedClaim || kind == deedGrievance {
		// A pact has two parties, no one author; an attack or a build-up
		// told without an act coded is often only reported ("The UN said
		// 300 people had died. Egypt condemned the attack": not the UN's);
		// a claim denied must have been made against the denier.
		return nil, -1
	}
	if kind == deedMeeting {
		if ids, at := d.bodyOfMeeting(d.tok(n).Norm, k, subj); ids != nil {
			return ids, at // "on the sidelines of the NATO summit … Peskov dismissed the summit": NATO's
		}
	}
	if ids, at := d.toldDoerAt(n, k, subj); ids != nil {
		return ids, d.sentenceIndex(d.tok(at).Start) // "a plan that Yoon's government announced"
	}
	// The subject of the sentence that told the deed: the latest that
	// names its noun ("The Council adopted a resolution. The United
	// States abstained. Israel rejected the resolution"), else the one
	// just before.
	told := d.nounToldIn(d.tok(n).Norm, here)
	if told < 0 {
		told = here - 1
	}
	a, b := d.tokensOf(d.in.Sentences[told])
	if d.refersTo(d.tok(n).Norm, a, b) {
		// "Biden called on Kampala to repeal the law. Borrell also
		// criticised the law": the one the earlier answer was aimed at;
		// none when it named no one ("Biden praised the plan. Lee
		// denounced the plan").
		return d.answerTarget(d.tok(n).Norm, told, subj), told
	}
	if d.onlyMeetingsIn(told) {
		return nil, -1 // "Iran's minister met his Saudi counterpart. Israel criticised the decision": no deed told
	}
	ids := d.clauseSubject(a, b)
	if len(uniq(ids)) != 1 || d.sameSide(subj, ids[0]) || d.newsOutlet(ids[0]) {
		return nil, -1 // (not the agency credited in a dateline, "LONDON (Reuters) -")
	}
	return ids[:1], told
}

// soleImposer returns the side that imposed every penalty the article
// told as done before token k, and the sentence of the last, when they
// all have one imposer not on the subject's side — or the sides that
// imposed them, when all were aimed at one target ("Saudi Arabia, the
// UAE, Bahrain and Egypt severed relations with Qatar … Erdogan called
// the sanctions a mistake"); else nil, -1.
func (d *doc) soleImposer(k int, subj []string) ([]string, int) {
	var by []string
	at, target, oneTarget := -1, "", true
	for _, e := range d.built {
		if e.Trigger.Start >= d.tok(k).Start || e.Type != parley.Sanction || e.Status != parley.Occurred || e.Source.IsZero() {
			continue
		}
		if at < 0 {
			target = e.Target.ID
		} else if e.Target.ID != target {
			oneTarget = false
		}
		if !slices.Contains(by, e.Source.ID) {
			by = append(by, e.Source.ID)
		}
		at = d.sentenceIndex(e.Trigger.Start)
	}
	if len(by) == 0 || len(by) > 1 && (!oneTarget || target == "") {
		return nil, -1
	}
	for _, id := range by {
		if d.sameSide(subj, id) {
			return nil, -1
		}
	}
	return by, at
}

// bodyOfMeeting returns the body named right before the last use of the
// meeting noun word before token k ("the NATO summit", "a BRICS
// meeting"), within the meeting window, and the index of its sentence; nil,
// -1 when there is none or it is on the subject's side.
func (d *doc) bodyOfMeeting(word string, k int, subj []string) ([]string, int) {
	here := d.sentenceIndex(d.tok(k).Start)
	for i := k - 1; i > 0; i-- {
		si := d.sentenceIndex(d.tok(i).Start)
		if here-si > meetingWindow {
			break
		}
		if d.tok(i).Norm != word {
			continue
		}
		m, ok := d.mentionAt(i - 1)
		if !ok || len(m.Actors) != 1 || !d.isOrg(m.Actors[0]) || d.sameSide(subj, m.Actors[0]) {
			continue
		}
		return m.Actors, si
	}
	return nil, -1
}

// newsOutlet reports whether actor id is a news organisation: it reports
// acts, it is not their author or their aim.
func (d *doc) newsOutlet(id string) bool {
	a := d.actors[id]
	return a != nil && a.Role == "news organisation"
}

// onlyMeetingsIn reports whether the events built from sentence si are
// meetings only, and there is one.
func (d *doc) onlyMeetingsIn(si int) bool {
	n := 0
	for _, e := range d.built {
		if d.sentenceIndex(e.Trigger.Start) != si {
			continue
		}
		if e.Type != parley.Consult {
			return false
		}
		n++
	}
	return n > 0
}

// refersTo reports whether tokens [a, b) refer back to the deed noun
// word with a definite phrase: "praised the plan".
func (d *doc) refersTo(word string, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if d.tok(i).Norm == word && d.tok(i-1).Is("the", "this", "that", "these", "those", "such") {
			return true
		}
	}
	return false
}

// answerTarget returns the target of the act in sentence si that answers
// the deed word there ("called on Kampala to repeal the law": Kampala),
// when that act is another side's and its target is not subj's; nil
// otherwise.
func (d *doc) answerTarget(word string, si int, subj []string) []string {
	a, b := d.tokensOf(d.in.Sentences[si])
	for _, e := range d.built {
		if at := d.sentenceIndex(e.Trigger.Start); at != si || e.Target.IsZero() || e.Source.IsZero() ||
			e.Status == parley.Hypothetical || d.sameSide(subj, e.Target.ID) || d.sameSide(subj, e.Source.ID) ||
			strings.Contains(e.Rule, ":implied-target") {
			continue // (a target the discourse supplied is not passed on again)
		}
		for i := d.tokenAt(e.Trigger.Start) + 1; i < b && i > a; i++ {
			if d.tok(i).Norm == word && d.tok(i-1).Is("the", "this", "that", "these", "those", "such") {
				return []string{e.Target.ID}
			}
			if d.tok(i).Is(";", ".") {
				break
			}
		}
	}
	return nil
}

// statesOf puts the state a person or a government body serves in its
// place: a government's decision is answered to the state ("Iran's
// spokesman said the crew would be freed. Seoul welcomed the decision":
// Iran's).
func (d *doc) statesOf(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if a := d.actors[id]; a != nil && (a.Kind == parley.Person || a.Role == "government body") && a.Country != "" && d.actors["state:"+a.Country] != nil {
			out[i] = "state:" + a.Country
		}
	}
	return out
}

// actDeed reports whether noun w names a deed done, not a meeting or a
// remark: "the move", "this decision", "the compensation plan".
func actDeed(w string) bool {
	kind, ok := impliedDeedKind(w)
	return ok && kind != deedMeeting && kind != deedRemark
}

// impliedDeedKind returns the kind of deed a noun names for an implied
// target: a deed noun's own, or an act for a measure a government or a
// body takes ("The Kremlin condemned the resolution").
func impliedDeedKind(w string) (deedKind, bool) {
	if kind, ok := deedNouns[w]; ok {
		return kind, true
	}
	return deedAct, measureNouns[w] || impliedActs[w]
}

// reactionWords tell that what follows answers an act before: "Syria
// responded by firing missiles", "Beijing hit back, threatening duties".
var reactionWords = map[string]bool{"responded": true, "responds": true, "respond": true, "retaliated": true,
	"retaliates": true, "retaliate": true, "reacted": true, "reacts": true, "back": true}

// reactionAt reports whether the act at k is told as the answer to one
// before: after "responded by", after "hit back," or "retaliated within
// hours,", or in a sentence that opens "In response," or "In
// retaliation,".
func (d *doc) reactionAt(k int) bool {
	a, _ := d.tokensOf(d.sentenceAround(k))
	if d.tok(a).Is("in") && d.tok(a+1).Is("response", "retaliation", "reply") && d.tok(a+2).Is(",") {
		return true
	}
	reacted := func(i int) bool {
		t := d.tok(i)
		return reactionWords[t.Norm] && (!t.Is("back") || d.tok(i-1).Is("hit", "hits", "struck", "strikes", "fired", "fires"))
	}
	if d.tok(k-1).Is("by") && reacted(k-2) {
		return true // "responded by firing missiles"
	}
	if d.tok(k - 1).Is(",") {
		for i := k - 2; i >= a && i >= k-5; i-- {
			if reacted(i) {
				return true // "hit back, threatening duties", "responded within hours, threatening tariffs"
			}
		}
	}
	return false
}

// reactedAgainst returns whom an answer at k is aimed at: the source of
// the latest act told in the two sentences before aimed at subj's side,
// else the subject of the sentence just before when it is another side
// ("Israel struck targets near Damascus. Syria responded by firing
// missiles").
func (d *doc) reactedAgainst(k int, subj []string) ([]string, int) {
	here := d.sentenceIndex(d.tok(k).Start)
	if e := d.lastBefore(k, func(e *parley.Event) bool {
		return here-d.sentenceIndex(e.Trigger.Start) <= 2 && e.Status != parley.Hypothetical && e.Type != parley.Consult &&
			!e.Source.IsZero() && !e.Target.IsZero() && d.sameSide(subj, e.Target.ID) && !d.sameSide(subj, e.Source.ID)
	}); e != nil {
		return d.statesOf([]string{e.Source.ID}), d.sentenceIndex(e.Trigger.Start)
	}
	if here == 0 {
		return nil, -1
	}
	a, b := d.tokensOf(d.in.Sentences[here-1])
	ids := d.clauseSubject(a, b)
	if len(uniq(ids)) != 1 || d.sameSide(subj, ids[0]) || d.newsOutlet(ids[0]) {
		return nil, -1 // (not the agency credited in a dateline, "LONDON (Reuters) -")
	}
	return d.statesOf(ids[:1]), here - 1
}

// refusalAnswered returns whom a refusal at k told in an "after" or
// "because" clause was aimed at: the one whose act the main clause, told
// before it in the same sentence, aims at the refusers in answer. "Moscow
// halted gas deliveries to Poland after Warsaw refused to pay in
// roubles", "Beijing sanctioned Vilnius because it refused to reverse the
// decision".
func (d *doc) refusalAnswered(k int, subj []string) ([]string, int) {
	a, _ := d.tokensOf(d.sentenceAround(k))
	link := -1
	for i := k - 1; i > a && i >= k-8; i-- {
		if d.tok(i).Is("after", "because", "when", "since") {
			link = i
			break
		}
	}
	if link < 0 {
		return nil, -1
	}
	e := d.lastBefore(link, func(e *parley.Event) bool {
		return e.Trigger.Start >= d.tok(a).Start && e.Status == parley.Occurred && e.Type != parley.Consult &&
			!e.Source.IsZero() && !e.Target.IsZero() && d.sameSide(subj, e.Target.ID) && !d.sameSide(subj, e.Source.ID)
	})
	if e == nil {
		return nil, -1
	}
	return d.statesOf([]string{e.Source.ID}), d.sentenceIndex(e.Trigger.Start)
}

// actorNamedIn reports whether tokens [from, to) name an actor, not by
// an adjective, other than subj's side.
func (d *doc) actorNamedIn(from, to int, subj []string) bool {
	for i := from; i < to; i++ {
		if m, ok := d.mentionAt(i); ok && len(d.othersThan(subj, m.Actors)) > 0 {
			return true
		}
	}
	return false
}

// ownDeedAgain returns the target of a deed of subj's side told before
// that an act at k names again by a definite noun: "Turkey threatened an
// offensive against the SDF … Ankara launched the offensive on
// Wednesday": against the SDF.
func (d *doc) ownDeedAgain(n, k int, subj []string, typ parley.EventType) ([]string, int) {
	here := d.sentenceIndex(d.tok(k).Start)
	word := d.tok(n).Norm
	e := d.lastBefore(k, func(e *parley.Event) bool {
		if here-d.sentenceIndex(e.Trigger.Start) > deedWindow || e.Target.IsZero() || !d.sameSide(subj, e.Source.ID) || d.sameSide(subj, e.Target.ID) {
			return false
		}
		t := d.tokenAt(e.Trigger.Start)
		if sameStem(word, d.tok(t).Norm) {
			return true // "threatened to attack … launched the attack"
		}
		for i := t + 1; i <= t+5; i++ {
			if d.tok(i).Norm == word {
				return true // "threatened an offensive … launched the offensive"
			}
		}
		return false
	})
	if e == nil {
		return nil, -1
	}
	return []string{e.Target.ID}, d.sentenceIndex(e.Trigger.Start)
}

// pactPartner returns, for a party that signs or approves a pact named
// by a definite noun at k ("Kosovo's prime minister signed the agreement
// on Tuesday"), the other parties of the pact told last, and the
// sentence that told it.
func (d *doc) pactPartner(k, ce int, subj []string) ([]string, int) {
	n := d.anaphoricDeed(k, ce)
	if n < 0 || !pactNouns[d.tok(n).Norm] || d.tok(k-1).Is("to") { // (not "asked him not to sign the pact")
		return nil, -1
	}
	ids := d.otherParty(d.statesOf(subj), k)
	if len(ids) != 1 {
		return nil, -1
	}
	e := d.lastBefore(k, func(e *parley.Event) bool { return e.Type == parley.Agree })
	return ids, d.sentenceIndex(e.Trigger.Start)
}

// impliedActs are more acts named by a noun that a reaction may answer:
// "Kyiv criticised the veto", "demanded that the construction be halted".
var impliedActs = map[string]bool{"resolution": true, "resolutions": true, "initiative": true, "construction": true,
	"project": true, "veto": true}

// answeredIn returns whom an act at k is aimed at when its sentence
// opens with what it answers: the actor named there ("In response to
// Beijing's drills, Taiwan …") or the doer of the deed a definite noun
// names ("China began drills … In response to the drills, Taipei
// deployed warships"); -1 when the sentence opens no such way or no one
// fits.
func (d *doc) answeredIn(k int, subj []string) ([]string, int) {
	a, _ := d.tokensOf(d.sentenceAround(k))
	i := a
	switch {
	case d.tok(i).Is("in") && d.tok(i+1).Is("response", "reply", "reaction") && d.tok(i+2).Is("to"),
		d.tok(i).Is("in") && d.tok(i+1).Is("retaliation") && d.tok(i+2).Is("for", "against"):
		i += 3
	case d.tok(i).Is("responding", "reacting") && d.tok(i+1).Is("to"):
		i += 2
	default:
		return nil, -1
	}
	comma := d.commaAfter(i, k)
	if comma <= 0 {
		return nil, -1
	}
	if m, ok := d.mentionAt(i); ok && d.possessiveAt(d.mentionEnd(i)) {
		if out := d.othersThan(subj, m.Actors); len(out) == 1 {
			return d.statesOf(out), d.sentenceIndex(d.tok(k).Start) // "In response to Beijing's drills"
		}
		return nil, -1
	}
	if n := d.anaphoricDeed(i-1, comma); n >= 0 {
		return d.deedAuthorAsState(n, k, subj)
	}
	return nil, -1
}

// nounToldIn returns the latest sentence before si, within deedWindow,
// that names the deed noun word, or -1.
func (d *doc) nounToldIn(word string, si int) int {
	for j := si - 1; j >= 0 && si-j <= deedWindow; j-- {
		a, b := d.tokensOf(d.in.Sentences[j])
		for i := a; i < b; i++ {
			if d.tok(i).Norm == word {
				return j
			}
		}
	}
	return -1
}

// sentenceCue names sentence si for an event's rule, by its index and
// first words: "(sentence 2: “Canada announced on Monday …”)".
func (d *doc) sentenceCue(si int) string {
	a, b := d.tokensOf(d.in.Sentences[si])
	end := min(b, a+5)
	cue := d.in.Text[d.tok(a).Start:d.tok(end-1).End]
	if end < b {
		cue += " …"
	}
	return fmt.Sprintf("(sentence %d: “%s”)", si, cue)
}

// complianceVerbs accept or carry out another's deed: refusing them
// rejects its doer.
var complianceVerbs = []string{"comply", "recognise", "recognize", "accept", "apply", "implement", "respect", "honour",
	"honor", "obey", "enforce", "sign", "endorse", "ratify", "acknowledge", "abide", "heed", "execute"}

// congratulationAt reports whether the act at k is congratulations: the
// verb itself or a noun or adjective of them a few words after it ("sent
// their congratulations", "sent a congratulatory message").
func (d *doc) congratulationAt(k, ce int) bool {
	for i := k; i < ce && i <= k+4; i++ {
		if strings.HasPrefix(d.tok(i).Norm, "congratulat") {
			return true
		}
	}
	return false
}

// congratulatedBefore returns the one the text congratulated last, in
// the sentence of k or the two before ("congratulated Claudia Sheinbaum"),
// other than the subject's side, and that sentence's index; nil, -1 when
// no one was.
func (d *doc) congratulatedBefore(k int, subj []string) ([]string, int) {
	here := d.sentenceIndex(d.tok(k).Start)
	for i := k - 1; i >= 0; i-- {
		si := d.sentenceIndex(d.tok(i).Start)
		if here-si > 2 {
			break
		}
		if !strings.HasPrefix(d.tok(i).Norm, "congratulat") {
			continue
		}
		for j := i + 1; j < len(d.in.Tokens) && j <= i+3; j++ {
			if m, ok := d.mentionAt(j); ok && len(m.Actors) == 1 && !d.sameSide(subj, m.Actors[0]) {
				return m.Actors, si
			}
		}
	}
	return nil, -1
}

// letterAddressee returns whom the subject's letter, message or call in
// the sentence of k went to, when what is asked, warned or yielded at k
// names no one: "Macron wrote to Charles Michel on 25 March calling for
// joint debt", "In a letter to Michel, the nine leaders called for …",
// "accepted defeat in a telephone call to Barrow".
func (d *doc) letterAddressee(k int, subj []string) []string {
	si := d.sentenceIndex(d.tok(k).Start)
	if si >= len(d.in.Sentences) {
		return nil
	}
	a, b := d.tokensOf(d.in.Sentences[si])
	to := -1
	for i := k - 1; i > a && to < 0; i-- {
		if d.addressedAt(i) {
			to = i
		}
	}
	for i := k + 1; i < b && i <= k+8 && to < 0 && !d.stop(i); i++ {
		if d.addressedAt(i) {
			to = i // ("accepted defeat in a telephone call to Barrow")
		}
	}
	if to < 0 {
		return nil
	}
	j := to + 1
	if d.tok(j).Is("the") {
		j++
	}
	if j >= b || j == k || d.cover[j] < 0 || d.mentionStart(j) != j {
		return nil
	}
	ids := d.in.Mentions[d.cover[j]].Actors
	if len(ids) == 0 || d.sameSide(subj, ids[0]) {
		return nil
	}
	return ids
}

// addressedAt reports whether "to" at i says whom a letter, message or
// call went to: "wrote to", "a letter to", "a telephone call to".
func (d *doc) addressedAt(i int) bool {
	return i > 0 && d.tok(i).Is("to") && d.tok(i-1).Is("wrote", "written", "writes", "writing", "letter", "letters", "message", "messages", "call", "calls")
}

// vetoedBill returns the legislature whose bill a head of state's veto at
// k turns back — "Zourabichvili had vetoed the bill on May 18": the
// parliament of her state, the one the article names — and the sentence
// that names it; nil, -1 when the object is no bill or the article names
// no single legislature of that state.
func (d *doc) vetoedBill(k, ce int, subj []string) ([]string, int) {
	if len(subj) != 1 || !d.tok(k).Is("vetoed", "vetoes", "veto", "vetoing") || !d.wordAfter(k, ce, 4, "bill", "bills", "law", "laws", "legislation", "amendment", "amendments", "budget") {
		return nil, -1
	}
	c := d.countryOf(subj[0])
	if c == "" {
		return nil, -1
	}
	found := ""
	for id, a := range d.actors {
		if a.Kind != parley.Organization || a.Country != c || !legislatureName(a.Name) {
			continue
		}
		if found != "" && found != id {
			return nil, -1 // two chambers: which one passed it, the sentence does not say
		}
		found = id
	}
	if found == "" {
		return nil, -1
	}
	for _, m := range d.in.Mentions {
		if slices.Contains(m.Actors, found) {
			return []string{found}, d.sentenceIndex(m.Span.Start)
		}
	}
	return nil, -1
}

// legislatureName reports whether a body's name is a legislature's:
// "Parliament of Georgia", "National Assembly of Kenya", "State Duma".
func legislatureName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "parliament", "assembly", "congress", "duma", "knesset", "diet", "bundestag", "sejm", "rada", "majlis",
			"legislature", "storting", "riksdag", "folketing", "cortes", "sobranie", "skupština", "althingi", "oireachtas":
			return true
		}
	}
	return false
}

// relativeObjectDoer returns who put forward what a relative clause at k
// takes for its object when the verb has no object of its own, so that
// an actor after it belongs to the next clause: "The United States and
// Rwanda put forward a peace plan, which Ethiopia accepted and Eritrea
// rejected" — the plan's authors, for both verbs; else nil.
func (d *doc) relativeObjectDoer(k, a int, subj []string) []string {
	if !d.objectlessAt(k) {
		return nil
	}
	j := k - 1
	for j > a && auxWords[d.tok(j).Norm] {
		j--
	}
	if j <= a+2 || d.cover[j] < 0 {
		return nil
	}
	if w := d.mentionStart(j) - 1; d.tok(w).Is("and", "but") && d.cover[w-1] < 0 && d.tok(w-1).Kind == token.Word {
		return d.relativeObjectDoer(w-1, a, subj) // "…, which Ethiopia accepted and Eritrea rejected"
	}
	return d.relativeProposer(k, a, subj)
}

// objectlessAt reports whether the verb at k takes no object of its own:
// the clause or the sentence ends after it, or only its time follows
// ("which Ethiopia accepted on Monday").
func (d *doc) objectlessAt(k int) bool {
	n := k + 1
	if n >= len(d.in.Tokens) || d.stop(n) || d.tok(n).Is(",", ";", "and", "but") || d.inDate(n) {
		return true
	}
	return d.tok(n).Is("on", "in", "last") && n+1 < len(d.in.Tokens) && d.inDate(n+1)
}
