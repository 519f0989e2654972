package event

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"parley"
	"parley/nlp/quote"
	"parley/nlp/token"
)

// nounContext holds the words after which a form that can be a verb or a
// noun ("call", "visit", "talks", "attack") is read as a noun.
var nounContext = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "their": true,
	"his": true, "her": true, "its": true, "our": true, "'s": true, "’s": true, "phone": true, "telephone": true,
	"video": true, "virtual": true, "online": true, "state": true, "official": true, "bilateral": true, "courtesy": true,
	"first": true, "second": true, "third": true, "last": true, "next": true, "recent": true, "upcoming": true,
	"planned": true, "surprise": true, "high-level": true, "rare": true, "brief": true, "lengthy": true,
	"for": true, "of": true, "during": true, "after": true, "before": true, "since": true, "no": true, "such": true,
	"new": true, "trade": true, "peace": true, "direct": true, "further": true, "fresh": true, "two-day": true,
	"three-day": true, "in-person": true, "face-to-face": true, "landmark": true, "previous": true,
	"widely": true, "publicised": true, "publicized": true, "weekend": true, "hour-long": true, "two-hour": true,
	"sweeping": true, "western": true, "economic": true, "additional": true, "retaliatory": true,
	// superlatives: "some of their heaviest strikes of the war"
	"heaviest": true, "largest": true, "biggest": true, "deadliest": true, "fiercest": true, "latest": true,
	"worst": true, "most": true, "strongest": true, "harshest": true, "toughest": true, "longest": true,
	// adjectives of a meeting with no adjective's ending: "held a separate
	// call with Gerasimov", "a frank exchange", "a private meeting"
	"separate": true, "private": true, "secret": true, "frank": true, "candid": true, "cordial": true,
	"tense": true, "short": true, "long": true,
	// "a prisoner exchange", "the hostage swap"
	"prisoner": true, "hostage": true, "detainee": true, "captive": true, "pow": true}

// monthNames before a form make it a noun: "his July 25 call".
var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday's": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "monday": true, "weekend": true, "morning": true, "evening": true}

// plannedCues before a trigger make it planned; nouns take the adjectives.
var plannedCues = map[string]bool{"will": true, "'ll": true, "would": true, "shall": true, "upcoming": true,
	"planned": true, "forthcoming": true, "scheduled": true, "proposed": true, "expected": true,
	"next": true, "future": true, "plans": true, "plan": true, "planning": true, "intends": true,
	"aims": true, "set": true, "due": true, "going": true, "prepares": true, "preparing": true}

var hypotheticalCues = map[string]bool{"could": true, "might": true, "may": true, "should": true, "must": true,
	"ready": true, "willing": true, "prepared": true, "ought": true, "willingness": true, "readiness": true,
	"if": true, "whether": true, "unless": true, "possible": true, "potential": true, "hoped": true,
	"hopes": true, "hope": true, "wants": true, "want": true, "wanted": true,
	"likely": true, "unlikely": true, "probably": true, "perhaps": true, "possibly": true,
	"plotting": true, "plotted": true, "plot": true, "conspiring": true, "conspired": true, "scheming": true} // ("an agent plotting to assassinate Zelensky")

// obligationCues before "to" make the act after it a duty, not a deed
// ("had to" is left out: "Russia had to withdraw" tells what it did).
var obligationCues = map[string]bool{"obliged": true, "obligated": true, "obligation": true, "obligations": true, "duty": true,
	"duties": true, "responsibility": true, "required": true, "bound": true, "has": true, "have": true, "needs": true, "need": true}

// obstructions, after "no longer", are concessions: "would no longer
// block the package".
var obstructions = map[string]bool{"block": true, "blocks": true, "veto": true, "vetoes": true, "oppose": true,
	"opposes": true, "obstruct": true, "obstructs": true, "object": true, "objects": true}

// refusedYields, negated in a concession's sense, are refusals: "would
// not bow to pressure", "will never give in to blackmail".
var refusedYields = map[string]bool{"bow": true, "bowed": true, "yield": true, "yielded": true, "cave": true, "caved": true,
	"give": true, "gave": true, "relent": true, "back": true, "backed": true, "accede": true}

// acceptance forms, negated, are refusals.
var acceptance = map[string]bool{"accept": true, "accepted": true, "accepts": true, "recognise": true,
	"recognised": true, "recognises": true, "recognize": true, "recognized": true, "recognizes": true,
	"agree": true, "agreed": true, "agrees": true, "endorse": true, "endorsed": true, "approve": true, "approved": true}

// joinVerbs take part in a gathering or host it.
var joinVerbs = map[string]bool{"host": true, "join": true, "attend": true, "participate": true, "part": true}

// refusalToJoin reports whether the gathering at k is one its subject
// says it will not host, join or take part in: "would not host the
// exercises", "won't join the talks", "decided not to attend the summit"
// (not "did not attend", a fact, nor "could not attend").
func (d *doc) refusalToJoin(k, a int) bool {
	v := k
	if !joinVerbs[d.tok(k).Norm] {
		v = -1
		for j := k - 1; j >= a && j >= k-5 && d.tok(j).Kind != token.Punct; j-- {
			if joinVerbs[d.tok(j).Norm] && d.cover[j] < 0 {
				v = j // "take part in the talks"
				break
			}
		}
	}
	if v < 0 {
		return false
	}
	if d.tok(v).Is("part") {
		if v-1 < a || !d.tok(v-1).Is("take") {
			return false
		}
		v--
	}
	return v-2 >= a && (d.tok(v-1).Is("not", "n't") && d.tok(v-2).Is("will", "would", "shall") ||
		d.tok(v-1).Is("to") && d.tok(v-2).Is("not"))
}

// intentVerbs before "to" and a trigger put the act ahead: "agreed to
// resume talks", "decided to expel", "pledged to send".
var intentVerbs = map[string]bool{"agreed": true, "agree": true, "agrees": true, "decided": true,
	"decide": true, "decides": true, "pledged": true, "pledge": true, "pledges": true, "vowed": true,
	"vow": true, "vows": true, "promised": true, "promise": true, "promises": true, "offered": true,
	"offer": true, "offers": true, "intend": true, "intended": true, "resolved": true}

// needMet reports whether a sense that needs a following word ("call on")
// finds it within three tokens of k.
func (d *doc) needMet(sn sense, k int) bool {
	if sn.guard != nil && !sn.guard(d, k) {
		return false
	}
	if len(sn.need) == 0 {
		return true
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+3; i++ {
		if d.tok(i).Is(sn.need...) {
			return true
		}
	}
	return false
}

// intentIn reports whether an intent verb stands in tokens [from, k).
func (d *doc) intentIn(from, k int) bool {
	for i := from; i < k; i++ {
		if intentVerbs[norm(d.tok(i))] {
			return true
		}
	}
	return false
}

// doubtCues anywhere before a trigger in its sentence make it hypothetical.
var doubtCues = map[string]bool{"whether": true, "if": true, "unless": true, "likely": true, "unlikely": true,
	"possible": true, "possibility": true, "efforts": true, "effort": true, "attempt": true, "attempts": true,
	"hoped": true, "hopes": true, "hoping": true, "might": true, "could": true, "would-be": true,
	"potential": true, "prospect": true, "prospects": true, "chance": true, "chances": true,
	// third parties' predictions: "Analysts predict that Israel will
	// strike", "fears that Russia would escalate", "widely expected to"
	"predict": true, "predicts": true, "predicted": true, "fear": true, "fears": true, "feared": true,
	"speculation": true, "speculate": true, "betting": true, "widely": true}

var negationCues = map[string]bool{"neither": true, "nor": true, "unable": true, "not": true, "n't": true, "never": true, "no": true, "refused": true,
	"cannot":   true, // "said it cannot accept Moscow's terms"
	"declined": true, "failed": true, "without": true, "cancelled": true, "canceled": true, "postponed": true,
	"refuses": true, "refusing": true, "declines": true, "declining": true} // "Belgrade refuses to recognise …"

var debug = os.Getenv("PARLEY_DEBUG_EVENTS") != ""

// sentence codes the events of one sentence.
func (c *Coder) sentence(d *doc, si int, sent parley.Span) []parley.Event {
	a, b := d.tokensOf(sent)
	if b-a < 4 && !(b-a == 3 && d.cover[a] >= 0 && d.bareRefusal(a+1)) {
		return nil // headings, captions and crumbs state no events (but "Kyiv refused.")
	}
	if d.question(a, b) {
		return nil // "Will Premier Li Qiang visit Australia this year?": asked, not stated
	}
	var out []parley.Event
	for k := a; k < b; k++ {
		t := d.tok(k)
		if d.cover[k] >= 0 && !d.crowdProtest(k) || t.Kind != token.Word || d.quoted[k] && !d.firstPerson(k) && !d.quotedDeed(k) && !d.quotedPledge(k) && !d.ourOwnedAfter(k, b) && !d.predicateQuote(k) && !d.turnOwnAct(k) {
			continue
		}
		cands := c.forms[t.Norm]
		if t.Is("speaking", "talking") && k > a && d.tok(k-1).Is(",") && !d.spokenTo(k, b) && !besidePerson(d, k) {
			continue // "…, while Bush, speaking in Dar es Salaam, told reporters": where he spoke, with no one
		}
		if len(cands) == 0 || t.Upper && monthNames[t.Norm] {
			continue // "In March, …", "May": the month, not the verb
		}
		nounCtx := k > a && (nounContext[norm(d.tok(k-1))] || d.tok(k-1).Kind == token.Number || monthNames[d.tok(k-1).Norm] ||
			nounLike(d.tok(k-1)) && d.cover[k-1] < 0 || // "an extradition request" (not "the Kenyan government cut ties")
			d.cover[k-1] < 0 && !d.tok(k-1).Upper && strings.Count(d.tok(k-1).Text, "-") >= 1 || // "a hand-to-hand clash", "a four-day pause"
			k >= a+3 && d.tok(k-2).Is("-") && d.tok(k-3).Kind == token.Number && d.cover[k-1] < 0 || // "a 16-minute rebuke"
			k >= a+2 && determiners[d.tok(k-2).Norm] && d.cover[k-1] < 0 && newsAdjectives[d.tok(k-1).Norm] || // "for the warm welcome", "his first visit"
			k >= a+2 && d.tok(k-2).Is("a", "an") && d.cover[k-1] < 0 && (adjectiveLike(d.tok(k-1)) || // "a diplomatic boycott", not "a gunman attacks"
				strings.HasSuffix(t.Norm, "ing") && d.tok(k-1).Kind == token.Word && !d.tok(k-1).Upper && k+1 < b && d.tok(k+1).Is("of"))) // "an emergency meeting of"
		if d.pluralAfterVerb(k, a) && chargeVerbs[d.tok(k-1).Norm] {
			nounCtx = true // "renewed calls for Israel to halt …": the subject's own demand, named by its noun (not "rejected calls for …")
		}
		if k+1 < b && d.tok(k+1).Is("between") || t.Is("aid") && !aidAsVerb(d, k) ||
			t.Upper && k > a+1 && d.tok(k-1).Upper && !d.quoted[k] && d.cover[k-1] < 0 && d.tok(k-1).Kind == token.Word && d.lowerWordsIn(a, k) >= 3 || // "held a Foreign Ministers' Meeting with": a title in a sentence (not a headline's Title Case)
			k > a+1 && d.tok(k-1).Is("'", "’") && strings.HasSuffix(d.tok(k-2).Norm, "s") {
			nounCtx = true // "clashes between Kyrgyz and Tajik forces", "an aid shipment to Ukraine": the act, named by its noun
		}
		// "welcomed each release", "after every strike": a noun, whether
		// or not the form has a noun sense (not "the leaders each signed")
		quantified := k > a && d.tok(k-1).Is("every", "another") ||
			k > a+1 && d.tok(k-1).Is("each") && d.cover[k-2] < 0 && (strings.HasSuffix(d.tok(k-2).Norm, "ed") || d.tok(k-2).Is("after", "for", "of", "on", "with", "at"))
		nounCtx = nounCtx || quantified
		if k+1 < b && d.tok(k+1).Is("erupted", "broke", "flared", "raged") {
			nounCtx = true // "Clashes erupted between …", "fighting broke out": the act's noun as subject
		}
		if k > a+2 && d.tok(k-1).Is("\"", "”") && d.tok(k-2).Kind == token.Word && !d.quoted[k] {
			nounCtx = true // "the first such “two-plus-two” meeting": a quoted name of its kind before the noun
		}
		if d.despiteAt(k, a) >= 0 {
			nounCtx = true // "despite repeated requests from Kenya": a demand, named by its noun
		}
		if d.lightVerbBefore(k, a) || d.undergoneAt(k, a) >= 0 {
			nounCtx = true // "Israel carried out strikes on Lebanon", "drew criticism from": the act, named by its noun
		}
		if k > a && d.tok(k-1).Is("by") && t.Is("phone", "telephone") || d.byVideo(k, a) {
			nounCtx = true // "told Cameron by telephone", "told the Council by video link": the medium, no verb
		}
		if jointBefore(d, k) {
			nounCtx = true // "a joint task force": "joint" qualifies nouns only
		}
		adjNoun := false
		weapon := k > a+1 && weaponWords[d.tok(k-1).Norm] && d.cover[k-1] < 0
		if weapon || d.crowdProtest(k) || t.Is("strike", "strikes") && labourStrike(d, k) {
			// "a missile strike", "Protests erupted across Iran", "an
			// indefinite strike": a noun
			nounCtx = true
		}
		if !nounCtx && k > a && d.cover[k-1] >= 0 {
			// "the American demand", "a Chinese protest": a country
			// adjective after an article qualifies a noun.
			ms := d.mentionStart(k - 1)
			adjNoun = d.in.Mentions[d.cover[k-1]].Via == parley.ViaAdjective && (ms > a && (d.tok(ms-1).Is("the", "a", "an", "this", "that", "its", "their") || d.possessiveAt(ms-1)) || // "Monday's Israeli strike"
				ms == a && (strings.HasSuffix(t.Norm, "s") || strings.HasSuffix(t.Norm, "ing")) && !d.pluralDemonym(d.in.Mentions[d.cover[k-1]])) || // "Israeli strikes killed …", "Russian shelling killed …"
				ms > a && d.tok(ms-1).Kind == token.Number && strings.HasSuffix(t.Norm, "s") && !d.inDate(ms-1) // "60 Houthi targets", not "in 2022 Putin met"
			nounCtx = adjNoun
		}
		if u, _, _ := d.undergoneRelative(k, b); d.reactionObject(k) && !(k+1 < b && d.tok(k+1).Is("between")) && u < 0 && !backingFrom(d, k) { // ("hailed the call he received from Biden": told, by whom)
			continue // "Pakistan condemned the terrorist attack": whoever attacked, not Pakistan
		}
		if (d.objectOfEarlier(out, cands, k) && !d.visitOfNamed(k, b) || d.objectNouns[k]) && !backingFrom(d, k) {
			continue // "joined Biden for the first summit": the verb's event already
		}
		// "is considering imposing sanctions", "weighing sanctions on
		// Minsk": not done, but a penalty held over the target, which the
		// threat below codes
		weighed := slices.ContainsFunc(cands, func(fs formSense) bool { _, ok := threatCameo[fs.typ]; return ok }) && d.weighedPenalty(k, a)
		if d.allegedAct(k, a) || d.requestedAct(k, a) || !weighed && (d.unrealisedAct(k, a) || d.topicOfTalks(k, a) && !d.visitOfNamed(k, b)) || d.intendedAct(k) || d.talksAsTopic(k, a) || d.prospectOf(k, a) || d.blockedAct(k, a) || d.barredFromDoing(k, a) {
			continue // "accused NATO of attacking China", "urged Ukraine to investigate Biden": not done
		}
		hasNoun := false
		for _, fs := range cands {
			// (a noun its guard refuses is none: "after phone calls")
			hasNoun = hasNoun || !fs.verbForm && (fs.guard == nil || fs.guard(d, k))
		}
		for _, fs := range cands {
			if fs.verbForm && nounCtx && hasNoun || !fs.verbForm && !nounCtx && hasVerb(cands) && !pluralNoun(t.Norm) {
				continue
			}
			if fs.verbForm && (quantified || k > a && d.tok(k-1).Is("the", "a", "an", "its", "their", "his", "her", "our", "no") ||
				k > a+1 && determiners[d.tok(k-2).Norm] && newsAdjectives[d.tok(k-1).Norm]) { // ("for the warm welcome")
				continue // "after the bombing of a church", "no sign of a treaty": a noun, whoever bombed
			}
			if fs.verbForm && d.attributiveParticiple(k, a) {
				continue // "Yemen's internationally recognised government": a participle before its noun, no verb
			}
			if fs.verbForm && k > a && d.possessiveAt(k-1) && !strings.HasSuffix(t.Norm, "ed") {
				continue // "Iran's supply of missiles": a noun after the possessive (not "China's agreed", a "has")
			}
			if fs.verbForm && fs.typ == parley.Agree && k >= a+2 && d.tok(k-1).Is("to") && d.tok(k-2).Is("agreed", "agree", "agrees", "agreeing") {
				continue // "agreed to restore diplomatic ties": the agreement is the act
			}
			gerund := fs.verbForm && adjNoun && !hasNoun && strings.HasSuffix(t.Norm, "ing") && fs.typ == parley.Assault
			if fs.verbForm && (adjNoun || d.crowdProtest(k)) && !gerund {
				continue // "the American demand to cut …", "protests in Bolivia": no verb
			}
			if fs.verbForm && (d.pluralAfterVerb(k, a) || strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss") && k > a && d.cover[k-1] < 0 &&
				d.tok(k-1).Is("despite", "amid", "after", "following", "of", "for", "without")) {
				continue // "rejected requests from Washington", "despite requests from Washington": a noun, no verb
			}
			if fs.verbForm && pluralNoun(t.Norm) && (k == a || d.cover[k-1] < 0) {
				continue // "said sanctions would not work": a verb "sanctions" needs its subject right before
			}
			if fs.verbForm && pluralNoun(t.Norm) && k+1 < b && compoundHeads[d.tok(k+1).Norm] {
				continue // "the Council's Libya sanctions committee had asked": a noun qualifying another
			}
			if fs.verbForm && nounCtx && k > a && nounLike(d.tok(k-1)) && d.cover[k-1] < 0 && !strings.HasSuffix(t.Norm, "ed") && !strings.HasSuffix(t.Norm, "ing") {
				continue // "an extradition request": a noun, though only the verb is a trigger
			}
			// "the Russian shelling of Kharkiv": a gerund read as the noun
			// of the act, its doer the country word before it.
			ev, ok := c.build(d, si, sent, a, b, k, fs.sense, fs.verbForm && !gerund)
			if ok && d.quoted[k] && !d.firstPerson(k) && !d.quotedDeed(k) && !(d.quotedPledge(k) && (pledgeable(ev) || measuresVowed(d, k))) && !ownerRead(ev) && !d.predicateQuote(k) && !d.turnOwnAct(k) {
				ok, ev = false, nil // a quotation's deed is coded only when a name does it (quotedDeed), the speaker's side pledges it (quotedPledge) or it is done to the speaker's own: "attacked our positions"
			}
			if debug {
				fmt.Fprintf(os.Stderr, "trigger %q at %d sense %s verb=%v ok=%v\n", t.Text, t.Start, fs.typ, fs.verbForm, ok)
			}
			if ok && !fs.verbForm && (fs.typ == parley.Threaten || fs.typ == parley.Request) && d.givenUpNoun(k, a) >= 0 {
				ok, ev = false, nil // "backtracked on its threat against Kosovo": a threat withdrawn, the climb-down alone
			}
			if ok && !fs.verbForm && fs.typ == parley.Consult && d.ownBodyChaired(k, a, ev) {
				ok, ev = false, nil // "Gillani chaired an emergency meeting of the Defence Committee of the Cabinet": his own government at work
			}
			if ok && !fs.verbForm && fs.typ == parley.Consult && d.meetingAsSetting(k, a) {
				ok, ev = false, nil // "At the summit, Erdogan urged Sweden …": where it was said, not a meeting of the two
			}
			if ok && !fs.verbForm && fs.typ == parley.Consult && len(ofType(out, parley.Consult)) > 0 && d.apposedMeeting(k, a) {
				ok, ev = false, nil // "will hold talks with Manalo and Teodoro, the first such meeting since 2023": the talks again
			}
			threatNoun := -1 // "his threat to impose tariffs": the threat noun before a penalty noun
			if ok && !fs.verbForm && threatenedTypes[fs.typ] {
				threatNoun = d.threatNounBefore(k, a)
			}
			if threatNoun >= 0 && d.givenUpNoun(threatNoun, a) >= 0 {
				ok, ev = false, nil // "backed down from his threat to impose tariffs": neither imposed nor threatened now
			}
			if ok && !fs.verbForm && threatenedTypes[fs.typ] && (d.threatenedNoun(k, a) || d.weighedPenalty(k, a) || threatNoun >= 0 && !d.threatCarriedOut(threatNoun, a)) {
				ev = asThreats(ev) // "Turkey threatened a new offensive in Syria": the threat, not the offensive
			}
			if ok && !fs.verbForm && threatenedTypes[fs.typ] && d.haltDeclared(k, a) {
				ev = asHalts(ev) // "Israel announced a pause in its offensive against Hamas": the pause, not the offensive
			}
			if ok && fs.typ == parley.Consult {
				switch fate, at := d.talksFate(k, a); fate {
				case talksRefused:
					refusers, _ := d.subjects(at, d.clauseStart(at, a))
					ev = recode(ev, out, refusers, parley.Reject, "125", "")
					if day, _ := d.date(d.spanOf(a, at+1), at); !day.IsZero() {
						for i := range ev {
							ev[i].Date = day // "said on Tuesday that Pence had turned down a meeting": the refusal's day, not the meeting's
						}
					}
				case talksDeclined:
					// "said he would not sit down with Maduro": talks
					// refused, not talks that failed to happen ("did not
					// meet"). Not a trip or a hosting: "will not travel
					// to Russia for meetings" tells who stays away,
					// "would not host the exercises" is coded as a host's
					// refusal of its own.
					if fs.frame == symmetric || fs.frame == together {
						refusers, _ := d.subjects(at, d.clauseStart(at, a))
						ev = recode(ev, out, refusers, parley.Reject, "125", "")
						if r := d.sayingBefore(at, a); r >= 0 {
							// the refusal is made when said: "said on
							// Thursday that he would not meet …"
							for i := range ev {
								ev[i].Date = d.sayingDayFrom(a, r)
							}
						}
					}
				case talksHalted:
					quitters, _ := d.subjects(at, d.clauseStart(at, a))
					ev = recode(ev, out, quitters, parley.Sanction, "164", "withdraw")
					if h := d.meetingHost(k, d.clauseEnd(k, b)); h != "" && slices.ContainsFunc(ev, func(e parley.Event) bool { return e.Target.ID == h }) {
						// "pulled out of a meeting of Visegrad ministers that
						// Hungary was due to host": a snub to the host
						ev = slices.DeleteFunc(ev, func(e parley.Event) bool { return e.Target.ID != h })
					}
					for i := range ev {
						ev[i].Status = parley.Occurred // "pulled out of the talks", read as a meeting not held
						if at > a && d.tok(at-1).Is("will", "would", "to") {
							ev[i].Status = parley.Planned // "will pull out of the talks"
						}
					}
				case talksProposed:
					ev = nil // "an invitation to talks", "urged the US to return to talks": not held
				case talksAccepted:
					// "accepted an invitation to visit Dakar": the visit is
					// to come, and the acceptance is an accord with the
					// host, who invited, made on the day it was told
					day, _ := d.date(d.spanOf(d.clauseStart(at, a), at+1), at)
					var accepted []parley.Event
					for i := range ev {
						if ev[i].Status == parley.Occurred {
							ev[i].Status = parley.Planned
						}
						if ev[i].Status == parley.Planned && !ev[i].Target.IsZero() {
							acc := ev[i]
							acc.Type, acc.CAMEO, acc.Mode, acc.Medium, acc.Location = parley.Agree, "030", "", "", nil
							acc.Status, acc.Date, acc.Trigger = parley.Occurred, day, d.spanOf(at, at+1)
							acc.Rule = "noun:accepted-invitation"
							if p := d.personOfStateIn(acc.Target.ID, acc.Source.ID, a, b); p != "" {
								acc.Target = d.ref(p) // "spoke with Putin … and accepted an invitation to visit Russia": Putin invited
								acc.Participants = []parley.ActorRef{acc.Source, acc.Target}
							}
							accepted = append(accepted, acc)
						}
					}
					ev = append(ev, accepted...)
				case talksAgreed:
					ev = recode(ev, out, nil, parley.Agree, "030", "")
					day, _ := d.date(d.spanOf(d.clauseStart(at, a), k+1), -1) // (the deciding's day, which the infinitive's own reading leaves)
					for i := range ev {
						ev[i].Date = day // "decided on Thursday to open negotiations": the decision's day
					}
				}
			}
			if ok && fs.typ == parley.Consult && !fs.verbForm && d.endedWithoutAccord(k, b) {
				ev = append(ev, noAccord(ev)...) // "The summit … ended abruptly on Thursday, with no agreement"
			}
			if ok && fs.typ == parley.Support && switchVerb(d.tok(k)) {
				ev = append(ev, d.switchedFrom(ev, k, b)...)
			}
			if ok && fs.cameo == "114" {
				ev = append(ev, d.summonedToBeAsked(ev, k, b)...)
			}
			if ok && (fs.typ == parley.Sanction || fs.typ == parley.Coerce || fs.typ == parley.Threaten) && d.reversedDecisionBefore(k) >= 0 {
				reversed(ev) // "withdrew its decision to expel Montenegro's ambassador": the penalty given up
			}
			if ok && (fs.typ == parley.Concede || fs.typ == parley.Agree || fs.typ == parley.Reject) {
				ev = append(ev, d.requestAnswered(ev, k, b)...)
			}
			if ok && fs.typ == parley.Threaten && fs.verbForm && pledgedWorkWith(d, k) {
				// "vowed to work with Somalia to crush al-Shabaab": the
				// pledge to the partner besides the threat to the foe
				if more, ok2 := c.build(d, si, sent, a, b, k, workPledged, true); ok2 {
					ev = append(ev, more...)
				}
			}
			if ok {
				out = append(out, ev...)
				d.built = append(d.built, ev...)
				break
			}
			if fs.typ == parley.Consult && !fs.verbForm && k > a && d.tok(k-1).Is("the", "that", "this") {
				// "during the meeting in Geneva": a meeting named before.
				d.anaphors = append(d.anaphors, anaphor{sentence: si, span: d.spanOf(k, k+1), kind: anaphorKind(t),
					location: d.placeIn(k+1, min(k+5, b)), during: k >= a+2 && d.tok(k-2).Is("during", "at", "in", "on", "hosted", "chaired", "attended", "addressed")})
			}
		}
	}
	if m := d.continuedTalks(sent, a, b); m != nil && len(out) == 0 {
		out = append(out, m...)
		d.built = append(d.built, m...)
	}
	if !slices.ContainsFunc(out, func(e parley.Event) bool { return e.Type == parley.Sanction }) {
		if m := d.extendedPenalty(sent, a, b); m != nil {
			out = append(out, m...)
			d.built = append(d.built, m...)
		}
	}
	if m := d.withdrawalCarriedOut(sent, a, b); m != nil && len(out) == 0 {
		out = append(out, m...)
		d.built = append(d.built, m...)
	}
	if m := d.nextSitting(sent, a, b); m != nil && len(out) == 0 {
		out = append(out, m...)
		d.built = append(d.built, m...)
	}
	if m := d.representatives(sent, a, b); m != nil {
		out = append(out, m...)
		d.built = append(d.built, m...)
	}
	if m := d.tiesRestored(sent, a, b, out); m != nil {
		out = append(out, m...)
		d.built = append(d.built, m...)
	}
	if m := d.attendees(sent, a, b); m != nil && (len(out) == 0 || d.joinedByList(a, b) >= 0 && d.allTriggeredBy(out, "joined")) {
		// ("He was joined by video link by Biden, Merkel, …": the
		// list met the host, not the "joined" verb's own reading)
		d.built = slices.DeleteFunc(d.built, func(e parley.Event) bool {
			return slices.ContainsFunc(out, func(o parley.Event) bool { return o.Trigger == e.Trigger })
		})
		out = append(out[:0], m...)
		d.built = append(d.built, m...)
	}
	if m := d.companions(out, a, b); m != nil {
		out = append(out, m...)
		d.built = append(d.built, m...)
	}
	if m := d.delegationMembers(sent, a, b); m != nil {
		out = append(out, m...)
		d.built = append(d.built, m...)
	}
	if m := d.accordOfNamedParties(sent, a, b, out); m != nil {
		out = append(out, m...)
		d.built = append(d.built, m...)
	}
	out = dropAnsweredNouns(out)
	out = dropGuessedSources(out)
	out = d.dropAgreedActs(out)
	said := c.statements(d, sent, a, b, out)
	d.built = append(d.built, said...) // what was said can be answered later
	return append(out, said...)
}

// dropAnsweredNouns drops the reading of a demand's own noun when the
// answer to it already coded the demand: "Wong said Australia would
// refuse the demand from China" is one demand, made of Australia, not a
// second one still to come.
func dropAnsweredNouns(evs []parley.Event) []parley.Event {
	answered := map[parley.Span]bool{}
	for _, e := range evs {
		if strings.HasSuffix(e.Rule, ":answered") {
			answered[e.Trigger] = true
		}
	}
	n := 0
	for _, e := range evs {
		if !answered[e.Trigger] || strings.HasSuffix(e.Rule, ":answered") || e.Type != parley.Request {
			evs[n] = e
			n++
		}
	}
	return evs[:n]
}

// penaltyPackage reports whether the word at i is a bundle of penalties,
// not of help: "a package of sanctions", "the sanctions package", "a new
// round of tariffs".
func (d *doc) penaltyPackage(i int) bool {
	if !d.tok(i).Is("package", "packages", "tranche", "round", "batch", "set") {
		return false
	}
	return i+2 < len(d.in.Tokens) && d.tok(i+1).Is("of") && (packedPenalties[d.tok(i+2).Norm] || d.tok(i+2).Is("restrictive", "punitive")) ||
		i > 0 && packedPenalties[d.tok(i-1).Norm]
}

// packedPenalties are the penalties that come in packages and rounds
// (not "measures", which may as well be help: "a package of measures to
// support Ukraine").
var packedPenalties = map[string]bool{"sanctions": true, "sanction": true, "penalties": true, "tariffs": true, "tariff": true,
	"restrictions": true, "curbs": true, "duties": true, "countermeasures": true}

// dropGuessedSources drops an event whose source was supplied from the
// story (an ":implicit-source" reading) when another reading of the same
// sentence codes the same type toward the same target with a source the
// sentence names: in "Sanctions were imposed on three Sudanese commanders
// by the United States" the noun's guess and the verb's agent are one
// act, and the agent is who did it.
func dropGuessedSources(evs []parley.Event) []parley.Event {
	guessed := func(e parley.Event) bool { return strings.Contains(e.Rule, ":implicit-source") }
	drop := make([]bool, len(evs))
	for i, e := range evs {
		if !guessed(e) {
			continue
		}
		for _, o := range evs {
			// One act: the same target, the same day, told by words close
			// together ("Sanctions were imposed"), not a second act the
			// sentence recalls ("…, a week after the United States
			// sanctioned Iran").
			if !guessed(o) && o.Type == e.Type && e.Target.ID != "" && o.Target.ID == e.Target.ID && o.Source.ID != e.Source.ID &&
				o.Date == e.Date && max(o.Trigger.Start-e.Trigger.Start, e.Trigger.Start-o.Trigger.Start) <= 60 {
				drop[i] = true
				break
			}
		}
	}
	return withoutDropped(evs, drop)
}

// withoutDropped returns evs without the events drop marks, in order,
// reusing evs.
func withoutDropped(evs []parley.Event, drop []bool) []parley.Event {
	n := 0
	for i, e := range evs {
		if !drop[i] {
			evs[n] = e
			n++
		}
	}
	return evs[:n]
}

// dropAgreedActs drops one side's agreement to an act the sentence codes
// itself: "EU ministers agreed to widen their sanctions against Belarus"
// is the sanction, not a pact with Belarus. (Two sides that agree are
// kept: "Kyiv and Moscow agreed to exchange prisoners".)
func (d *doc) dropAgreedActs(evs []parley.Event) []parley.Event {
	drop := make([]bool, len(evs))
	for i, e := range evs {
		if d.agreedOnThirdParty(e, evs) {
			drop[i] = true // "Finland and Sweden agreed to address Turkey's concerns": no pact of the two
			continue
		}
		if j := d.agreedToOwnAct(e, evs); j >= 0 && evs[j].Type == parley.Aid {
			drop[j] = true // "Kenya agreed to send police officers to Haiti": the pledge, the help still to come
		} else if j >= 0 {
			drop[i] = true
		}
	}
	return withoutDropped(evs, drop)
}

// agreedToOwnAct returns the index in evs of the act V of e, a directed
// "agreed to V" whose verb V is the trigger of another of evs done by the
// same source, or -1.
func (d *doc) agreedToOwnAct(e parley.Event, evs []parley.Event) int {
	if e.Type != parley.Agree || e.Rule != "verb:directed" {
		return -1
	}
	k := d.tokenAt(e.Trigger.Start)
	if !d.tok(k).Is("agreed", "agree", "agrees", "agreeing") {
		return -1
	}
	i := d.afterTimePhrase(k+1, len(d.in.Tokens))
	if !d.tok(i).Is("to") {
		return -1
	}
	for x, f := range evs {
		if j := d.tokenAt(f.Trigger.Start); f.Type != parley.Agree && f.Source.ID == e.Source.ID && j > i && j <= i+4 && !d.stopBetween(i+1, j) {
			return x // "agreed to expel", "agreed to widen their sanctions"
		}
	}
	return -1
}

// agreedOnThirdParty reports whether e is the pact of two who "agreed to"
// an act of theirs aimed at a third, which the sentence codes itself:
// "Finland and Sweden agreed to address Turkey's concerns" (but "Kyiv and
// Moscow agreed to exchange prisoners" is their pact).
func (d *doc) agreedOnThirdParty(e parley.Event, evs []parley.Event) bool {
	if e.Type != parley.Agree || e.Rule != "verb:symmetric" {
		return false
	}
	k := d.tokenAt(e.Trigger.Start)
	if !d.tok(k).Is("agreed", "agree", "agrees", "agreeing") {
		return false
	}
	i := d.afterTimePhrase(k+1, len(d.in.Tokens))
	if !d.tok(i).Is("to") {
		return false
	}
	parties := map[string]bool{}
	for _, f := range evs {
		if f.Trigger == e.Trigger && f.Type == parley.Agree {
			parties[f.Source.ID], parties[f.Target.ID] = true, true // ("Egypt, Ethiopia and Sudan agreed to hold meetings")
		}
	}
	for _, f := range evs {
		j := d.tokenAt(f.Trigger.Start)
		if f.Type != parley.Agree && j > i && j <= i+4 && !d.stopBetween(i+1, j) && parties[f.Source.ID] && !f.Target.IsZero() && !parties[f.Target.ID] &&
			!d.partyState(parties, f.Target.ID) { // ("Yoon and Kishida agreed to resume visits": to Japan, Kishida's own)
			return true
		}
	}
	return false
}

// infinitiveBeforeOccasion returns the "to" of the infinitive that
// comes between from and the meeting noun at k named as an occasion
// ("during their summit", "at the talks"), or -1.
func (d *doc) infinitiveBeforeOccasion(from, k int) int {
	p := k - 1
	if p > from && (determiners[d.tok(p).Norm] || d.tok(p).Is("their", "his", "her", "its")) {
		p--
	}
	if p <= from || !d.tok(p).Is("during", "at") {
		return -1
	}
	for t := p - 1; t > from; t-- {
		if d.tok(t).Is(",", ";") {
			return -1
		}
		if d.tok(t).Is("to") && d.tok(t+1).Kind == token.Word && !d.tok(t+1).Upper && d.cover[t+1] < 0 {
			return t
		}
	}
	return -1
}

// partyState reports whether id is the state of one of the parties.
func (d *doc) partyState(parties map[string]bool, id string) bool {
	cc, ok := strings.CutPrefix(id, "state:")
	if !ok {
		return false
	}
	for p := range parties {
		if d.countryOf(p) == cc {
			return true
		}
	}
	return false
}

// stopBetween reports whether a clause or a coordination breaks tokens
// [from, to): "agreed to talk, and sanctions …".
func (d *doc) stopBetween(from, to int) bool {
	return d.wordIn(from, to, ",", ";", ".", "and", "but", "while", "after", "before")
}

// delegationMembers returns the meetings of those a sentence tells were
// part of a delegation whose meeting the sentence before told: "A
// delegation led by Sirleaf visited Banjul for talks with him. Nigeria's
// President Buhari was also part of the delegation." Buhari met him too.
func (d *doc) delegationMembers(sent parley.Span, a, b int) []parley.Event {
	for k := a + 3; k < b; k++ {
		if !d.tok(k).Is("delegation", "mission") || !d.tok(k-1).Is("the") ||
			!(d.tok(k-2).Is("of") && d.tok(k-3).Is("part", "member", "members") || d.tok(k-2).Is("joined", "accompanied")) {
			continue
		}
		if d.negatedBetween(a, k) {
			return nil // "was not part of the delegation"
		}
		subj := d.clauseSubject(a, k)
		if !d.allPeople(subj) {
			return nil
		}
		si := d.sentenceIndex(sent.Start)
		var out []parley.Event
		for _, e := range d.built {
			if e.Type != parley.Consult || e.Target.IsZero() || d.sentenceIndex(e.Trigger.Start) != si-1 ||
				!strings.Contains(strings.ToLower(e.Evidence.Sentence), "delegation") {
				continue
			}
			for _, s := range subj {
				if s == e.Source.ID || s == e.Target.ID {
					continue
				}
				n := e
				n.Source = d.ref(s)
				n.Participants = []parley.ActorRef{d.ref(s), e.Target}
				n.Evidence = parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]}
				n.Trigger = d.spanOf(k, k+1)
				n.Rule = "noun:delegation"
				out = append(out, n)
			}
		}
		return out
	}
	return nil
}

// negatedBetween reports whether "not", "never" or "n't" stands in
// tokens [from, to).
func (d *doc) negatedBetween(from, to int) bool {
	return d.wordIn(from, to, "not", "never", "n't", "no")
}

// subordinateOpen returns where a phrase that tells an earlier deed opens,
// when trigger k stands in one after the main act of its clause (which
// begins at cs): "after Britain seized …", "in response to the
// Netherlands' expulsion …", "over its offensive …", or the deed a
// reaction names ("condemned Iran's attack …"). It returns -1 otherwise.
func (d *doc) subordinateOpen(k, cs int) int {
	for i := k - 1; i > cs && k-i <= 12; i-- {
		t := d.tok(i)
		if t.Is(",", ";", ":") || t.Is("and", "but") && d.finiteVerbAt(i+1) {
			return -1
		}
		switch {
		case t.Is("after", "before", "following", "amid", "over", "since") && d.mainVerbBefore(i, cs) &&
			!d.tok(i-1).Is("day", "days", "week", "weeks", "hour", "hours", "month", "months", "minutes", "shortly", "soon", "just", "long", "year", "years"):
			// (not "a day after Canada expelled …": counted from the main date)
			return i
		case t.Is("to", "for") && i > cs && d.tok(i-1).Is("response", "retaliation", "reaction", "revenge", "reprisal") && d.mainVerbBefore(i-1, cs):
			return i - 1
		case k-i <= 4 && i > cs && t.Is("the", "a", "an", "its", "their", "his", "her") && reactionVerbAt(d, i-1):
			return i
		case k-i <= 4 && t.Is("'s", "’s") && i-1 > cs && d.cover[i-1] >= 0 && reactionVerbAt(d, d.mentionStart(i-1)-1):
			return d.mentionStart(i - 1)
		}
	}
	return -1
}

// dateRightBefore reports whether a time expression of value v ends in
// the few words before token p, with no clause opening between: "soured
// in May 2022, after …" (not "had begun in May 2022, when Sweden applied
// … after …").
func (d *doc) dateRightBefore(p int, v parley.Date) bool {
	for _, x := range d.in.Dates {
		e := d.tokenAt(x.Span.End)
		if x.Value != v || e > p || p-e > 6 {
			continue
		}
		if !d.wordIn(e, p, "when", "which", "who", "that", "where", "while") {
			return true
		}
	}
	return false
}

// mainVerbBefore reports whether a verb of the clause's own stands between
// cs and i, so that what follows i is a phrase hanging on it (not a
// fronted "After meeting Abe in Tokyo, Trump …").
func (d *doc) mainVerbBefore(i, cs int) bool {
	for j := cs; j < i; j++ {
		if d.cover[j] < 0 && (d.finiteVerbAt(j) || d.tok(j).Is("summoned", "said", "met", "held", "struck", "sent", "told")) {
			return true
		}
	}
	return false
}

// reactionVerbAt reports whether token i is a verb of reaction: "condemned",
// "welcomed", "criticised".
func reactionVerbAt(d *doc, i int) bool {
	if i < 0 || d.cover[i] >= 0 {
		return false
	}
	n := d.tok(i).Norm
	for _, stem := range reactionStems {
		if strings.HasPrefix(n, stem) {
			return true
		}
	}
	return false
}

// dateAfterAside returns the date of a place and time phrase that closes
// the sentence after an aside opened by the comma at c: "…, who represents
// US interests, on Saturday." It returns the zero date when there is none.
func (d *doc) dateAfterAside(c, b int) (parley.Date, parley.TimeRelation) {
	for j := c + 1; j+1 < b; j++ {
		if !d.tok(j).Is(",") || d.inDate(j) || d.inDate(j-1) && d.inDate(j+1) {
			continue
		}
		e := j + 1
		for e < b && e-j <= 14 && !d.tok(e).Is(",", ";", "and", "but", "which", "who") && (d.cover[e] >= 0 || d.inDate(e) || d.tok(e).Upper ||
			d.tok(e).Is("in", "on", "at", "of", "late", "early", "last", "this", "the")) {
			e++
		}
		if e == b-1 && d.tok(e).Is(".") || e == b {
			return d.date(d.spanOf(j+1, b), -1)
		}
		break
	}
	return parley.Date{}, parley.TimeUnknown
}

// asideAround returns the bounds of a relative clause set off by commas
// (", which …," or ", who …,") or of a setting (", during a visit to
// Muscat,", ", on a trip to Hanoi,") that holds trigger k, or -1, -1.
func (d *doc) asideAround(k, a, b int) (int, int) {
	open := -1
	for i := k - 1; i > a && k-i <= 10; i-- {
		if d.tok(i).Is(",", ";") {
			if i+1 < k && (d.tok(i+1).Is("which", "who", "whose", "during", "while", "speaking") ||
				d.tok(i+1).Is("on") && i+2 < k && d.tok(i+2).Is("a", "an", "his", "her", "their", "its")) {
				open = i + 1 // (or a setting: ", speaking during a visit to Muscat,", ", on a trip to Hanoi,")
			}
			break
		}
	}
	if open < 0 {
		return -1, -1
	}
	for j := k + 1; j < b; j++ {
		if d.tok(j).Is(",", ";") {
			return open, j
		}
	}
	return -1, -1
}

// datedTrailingRelative returns the span of a relative clause that holds
// trigger k, opens after a comma with "where", "when", "which" or "who"
// and runs to the end of the sentence [a, b), when it has a date of its
// own; -1, -1 otherwise.
func (d *doc) datedTrailingRelative(k, a, b int) (int, int) {
	for i := k - 1; i > a && k-i <= 12; i-- {
		if !d.tok(i).Is(",", ";") {
			continue
		}
		if i+1 >= k || !d.tok(i+1).Is("where", "when", "which", "who") {
			return -1, -1
		}
		for j := k + 1; j < b; j++ {
			if d.tok(j).Is(",", ";") {
				return -1, -1 // (an aside that closes: asideAround's)
			}
		}
		if own, _ := d.date(d.spanOf(i+1, b), k); own.IsZero() {
			return -1, -1
		}
		return i + 1, b
	}
	return -1, -1
}

// subjectAside returns the commas around an aside set between a subject
// and the verb group of trigger k — "Erdogan, who faces elections next
// year, accused …", "the spokesman, asked whether Beijing would
// retaliate, accused …" — or -1, -1: its tense and doubt are its own.
func (d *doc) subjectAside(k int) (int, int) {
	c := k - 1
	for c > 0 && d.cover[c] < 0 && (verbGroupWords[d.tok(c).Norm] && !d.tok(c).Is("to") || d.tok(c).Is("also", "then", "later", "again")) {
		c--
	}
	sa, _ := d.tokensOf(d.sentenceAround(k))
	if c <= sa+2 || !d.tok(c).Is(",") {
		return -1, -1
	}
	open := d.openingComma(c, sa)
	if w := d.tok(open - 1); open <= sa || c-open < 3 || d.cover[open-1] < 0 && (w.Kind != token.Word || d.finiteVerbAt(open-1) || verbGroupWords[w.Norm] || nonActorPreps[w.Norm]) {
		return -1, -1
	}
	if d.tok(open+1).Is("if", "unless", "provided", "once", "should", "were") {
		return -1, -1 // "Hungary, if the package passes, will lift its veto": a condition on the verb
	}
	return open, c
}

// relativeAsideBefore returns the commas of a relative aside (", who
// …," or ", which …,") that opens and closes between from and k; -1, -1
// when there is none.
func (d *doc) relativeAsideBefore(from, k int) (int, int) {
	for i := from; i+1 < k; i++ {
		if !d.tok(i).Is(",") || !d.tok(i+1).Is("who", "which") {
			continue
		}
		for j := i + 2; j < k; j++ {
			if d.stop(j) {
				return -1, -1
			}
			if d.tok(j).Is(",") {
				return i, j
			}
		}
		return -1, -1
	}
	return -1, -1
}

// commaAfter returns the next comma after token i and before k, or 0.
func (d *doc) commaAfter(i, k int) int {
	for j := i + 1; j < k; j++ {
		if d.tok(j).Is(",") {
			return j
		}
	}
	return 0
}

// habitual reports whether the words between from and trigger k make the
// act a habit or a long-standing stance, which labels leave out:
// "Washington has traditionally backed Seoul", "routinely detains". An act
// done by saying (said is set) and told as repeated is still told: "Hahn
// has repeatedly urged Ivanov to …", "Chad has always denied the charge".
func (d *doc) habitual(from, k int, said bool) bool {
	perfect := false
	for i := from; i < k; i++ {
		t := d.tok(i)
		if d.cover[i] >= 0 {
			continue
		}
		if t.Is("has", "have") {
			perfect = true
		}
		if t.Is("will", "would", "shall", "to") {
			return false // "would always support Russia": a promise
		}
		if t.Is("traditionally", "routinely", "regularly", "habitually", "frequently", "often", "usually", "customarily", "consistently") {
			return true
		}
		if t.Is("repeatedly", "always") && perfect && !said {
			return true
		}
	}
	return false
}

// conditionOpens reports whether trigger k stands in a condition that
// opens the sentence at a: "If Beijing attacks Taiwan, …", "Should Beijing
// attack …", "Had Germany sent tanks earlier, …", "In the event that …".
func (d *doc) conditionOpens(a, k int) bool {
	opens := d.tok(a).Is("if", "unless", "should", "had", "were") ||
		d.tok(a).Is("in") && a+3 < len(d.in.Tokens) && d.tok(a+1).Is("the") && d.tok(a+2).Is("event", "case")
	if d.fiction(a) {
		return true // "In the film, North Korea invades South Korea": fiction, the whole sentence
	}
	if !opens {
		return d.reportedInversion(a, k)
	}
	for i := a + 1; i < k; i++ {
		if d.tok(i).Is(",") {
			return false
		}
	}
	return true
}

// reportedInversion reports whether trigger k stands in an inverted
// condition opening a reported clause: "Morales said that had Guatemala
// refused to sign, …", "warned that should Iran attack, …" (not "the
// deal that had Guatemala's backing": a relative clause).
func (d *doc) reportedInversion(a, k int) bool {
	for i := k - 1; i > a+1; i-- {
		if d.tok(i).Kind == token.Punct {
			return false
		}
		if !d.tok(i).Is("had", "should", "were") || !d.tok(i-1).Is("that") || d.cover[i+1] < 0 {
			continue
		}
		e := d.mentionEnd(i + 1)
		return e <= k && !d.possessiveAt(e) && d.tok(e).Kind == token.Word && !d.tok(e).Upper
	}
	return false
}

// fiction reports whether the sentence at a opens with a story's frame:
// "In the film, …", "In the scenario, …".
func (d *doc) fiction(a int) bool {
	return d.tok(a).Is("in") && a+3 < len(d.in.Tokens) && d.tok(a+1).Is("the", "a") &&
		d.tok(a+2).Is("film", "movie", "novel", "book", "series", "show", "game", "scenario", "simulation", "war-game", "wargame", "play")
}

// sportsClause reports whether the words after trigger k speak of a match
// or a tournament: "Morocco will meet France in the semi-final", "met in a
// World Cup group match".
func (d *doc) sportsClause(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+9; i++ {
		if d.tok(i).Is("semi-final", "semifinal", "semi-finals", "quarter-final", "quarterfinal", "quarter-finals", "match", "matches", "tournament",
			"fixture", "qualifier", "derby", "playoff", "play-off", "friendly", "group-stage") || d.tok(i).Is("final") && d.tok(i-1).Is("the") {
			return !d.tok(i-1).Is("shouting", "slanging", "screaming", "grudge") // (a "shouting match" is no sport)
		}
	}
	return false
}

// stateReferredTo returns the state "it" or "the country" stands for as
// the object of trigger k (right after it, or after one preposition or
// object noun): the last state named before k in this sentence or the one
// before, other than the subject's own. Nil when there is none.
func (d *doc) stateReferredTo(k, ce int, subj []string) []string {
	neighbour := func(i int) bool { return i < ce && d.tok(i).Is("neighbour", "neighbor", "neighbours", "neighbors") }
	pronoun := func(i int) bool {
		return i < ce && (d.tok(i).Is("it") || d.tok(i).Is("the") && i+1 < ce && d.tok(i+1).Is("country", "nation") ||
			// "accusing its southern neighbour of …": the other state named
			d.tok(i).Is("its", "their", "the") && (neighbour(i+1) || i+1 < ce && d.cover[i+1] < 0 && !d.tok(i+1).Upper && neighbour(i+2)))
	}
	// Right after the verb, after one preposition ("with it"), or after
	// an object noun and its preposition ("sanctions on the country").
	ok := pronoun(k + 1)
	for i := k + 2; i < ce && i <= k+6 && !ok; i++ {
		if d.cover[i-1] >= 0 || d.tok(i-1).Kind == token.Punct {
			break
		}
		// ("reaffirmed its support for the country", "sent rescue teams into the country")
		ok = pronoun(i) && d.tok(i-1).Is("with", "on", "against", "to", "for", "into") && !d.possessiveAt(i+2)
	}
	if !ok {
		return nil
	}
	return d.otherStateBefore(k, subj)
}

// summonedBefore returns, for a demand after "and" that names no one,
// the state of the envoy the first verb of the sentence summoned or
// called in: "summoned Lithuania's chargé d'affaires, Virginija
// Umbrasiene, and demanded that the restrictions be lifted" asks it of
// Lithuania. Else nil.
func (d *doc) summonedBefore(k, cs int, subj []string) []string {
	v := d.verbBefore(k-1, cs)
	if v < 0 || !d.tok(v).Is("summoned", "summons", "called") {
		return nil
	}
	for i := v + 1; i < k-1; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		i = d.mentionEnd(i) - 1
		if len(m.Actors) != 1 || m.Via == parley.ViaPronoun || d.sameSide(subj, m.Actors[0]) {
			continue
		}
		if c := d.countryOf(m.Actors[0]); c != "" && d.actors["state:"+c] != nil {
			return []string{"state:" + c}
		}
		return nil
	}
	return nil
}

// commaAndBefore returns the comma of the ", and" that opens the clause
// of the verb at k, its subject between them (", and security forces
// responded"), or -1.
func (d *doc) commaAndBefore(k, a int) int {
	for i := k - 1; i > a+1 && k-i <= 6; i-- {
		if d.tok(i).Is("and") && d.tok(i-1).Is(",") {
			return i - 1
		}
		if d.tok(i).Kind == token.Punct || d.finiteVerbAt(i) {
			return -1
		}
	}
	return -1
}

// disputeTaken reports whether the verb at k takes "the dispute", "the
// case" or "its claim" as its object: a quarrel taken to a court, whose
// other side is not named with it.
func (d *doc) disputeTaken(k int) bool {
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("the", "its", "their") && d.tok(k+2).Is("dispute", "case", "claim", "quarrel", "matter")
}

// otherStateBefore returns the last state named before k in this sentence
// or the one before, other than the subject's own; a state named only as
// a possessive or an adjective when no other is. Nil when there is none.
func (d *doc) otherStateBefore(k int, subj []string) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	var fallback []string
	for i := k - 1; i >= 0; i-- {
		if here-d.sentenceIndex(d.tok(i).Start) > 1 {
			break
		}
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		i = d.mentionStart(i)
		if len(m.Actors) != 1 || m.Via == parley.ViaPronoun {
			continue
		}
		st := m.Actors[0]
		if !strings.HasPrefix(st, "state:") {
			st = d.rulersState(m)
		}
		if st == "" || d.sameSide(subj, st) {
			continue
		}
		if d.possessiveAt(d.mentionEnd(i)) || m.Via == parley.ViaAdjective {
			// "Ukraine is fighting Russia's invasion … support for the
			// country": a state modifying a noun yields to one named as itself
			if fallback == nil {
				fallback = []string{st}
			}
			continue
		}
		return []string{st}
	}
	return fallback
}

// rulersState returns the state whose rulers or forces mention m names
// collectively — "Niger's junta seized power … sanctions on the country"
// — or "".
func (d *doc) rulersState(m parley.Mention) string {
	a := d.actors[m.Actors[0]]
	if m.Via != parley.ViaCollective || a == nil || a.Kind != parley.Organization || !a.Known || a.Country == "" {
		return ""
	}
	return "state:" + a.Country
}

// businessOrSport reports whether actor id is a company, a sports body or
// a think tank by its name: none acts for a state.
func (d *doc) businessOrSport(id string) bool {
	a := d.actors[id]
	if a == nil || a.Kind != parley.Organization {
		return false
	}
	n := " " + strings.ToLower(a.Name) + " "
	for _, w := range []string{" airlines ", " airways ", " football ", " soccer ", " cricket ", " rugby ", " olympic ",
		" corporation ", " company ", " inc ", " ltd ", " plc ", " holdings ", " motors ", " council on foreign relations ",
		" brookings ", " fifa ", " uefa "} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// refugeesIn reports whether the actors are crowds of refugees or
// migrants, whom a state shelters rather than receives.
func (d *doc) refugeesIn(ids []string) bool {
	for _, id := range ids {
		if d.nameHas(id, "refugees") || d.nameHas(id, "migrants") || d.nameHas(id, "asylum") {
			return true
		}
	}
	return false
}

// postedIn reports whether person s is an envoy posted to state o, whose
// travels there are no visits: his role or the sentence [a, b) names him
// ambassador or envoy "to" or "in" the state.
func (d *doc) postedIn(s, o string, a, b int) bool {
	p, st := d.actors[s], d.actors[o]
	if p == nil || st == nil || p.Kind != parley.Person {
		return false
	}
	// His role, or the words of the sentence: "The U.S. ambassador to
	// Japan, Rahm Emanuel, visited Fukushima".
	sp := d.spanOf(a, b)
	text := strings.ToLower(p.Role + " | " + d.in.Text[sp.Start:sp.End])
	name := strings.ToLower(st.Name)
	for _, post := range []string{"ambassador to ", "ambassador in ", "envoy to ", "envoy in ", "high commissioner to ", "high commissioner in "} {
		if strings.Contains(text, post+name) {
			return true
		}
	}
	return false
}

// withdrawalOf reports whether "withdrawal", "pullout" or "departure"
// stands in the few words after trigger k: "demanding the withdrawal of
// French troops".
func (d *doc) withdrawalOf(k, ce int) bool {
	return d.wordAfter(k, ce, 4, "withdrawal", "pullout", "pull-out", "departure", "exit")
}

// forcesRemoved returns whose forces the withdrawal asked for at k
// names after its "of": "the withdrawal of Russian troops", "the pullout
// of Ethiopia's forces"; else nil.
func (d *doc) forcesRemoved(k, ce int) []string {
	for i := k + 1; i+2 < ce && i <= k+5; i++ {
		if !d.tok(i).Is("withdrawal", "pullout", "pull-out", "departure", "exit") || !d.tok(i+1).Is("of") {
			continue
		}
		j := d.skipThe(i+2, ce)
		if j < ce && d.tok(j).Is("all") {
			j = d.skipThe(j+1, ce)
		}
		if m, ok := d.mentionAt(j); ok && d.cover[j] >= 0 && len(m.Actors) == 1 {
			e := d.mentionEnd(j)
			switch {
			case m.Via == parley.ViaAdjective && e < ce && forceNouns[d.tok(e).Norm] || d.possessiveAt(e):
				return m.Actors // "of Russian troops" (a country word), "of Ethiopia's forces"
			case forceNouns[d.tok(e-1).Norm] && d.countryOf(m.Actors[0]) != "":
				return []string{"state:" + d.countryOf(m.Actors[0])} // "of Russian troops" named as the state's army
			}
		}
		return nil
	}
	return nil
}

// removalOf reports whether a demand or threat at k is to remove forces:
// their withdrawal, or "to expel Ethiopian troops", "to keep Ethiopian
// troops out of the mission".
func (d *doc) removalOf(k, ce int) bool {
	return d.withdrawalOf(k, ce) || k+2 < ce && d.tok(k+1).Is("to") && d.tok(k+2).Is("expel", "oust", "bar", "exclude", "keep")
}

// askAnswered reports whether a refusal at k refuses a demand named as
// such: "rejected the ultimatum", "rejected the demand", "has rejected
// calls to step down".
func (d *doc) askAnswered(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+3; i++ {
		if d.tok(i).Is("demand", "demands", "ultimatum", "request", "requests", "call", "calls", "appeal", "appeals") {
			return i == k+1 && d.tok(i).Is("calls", "demands", "appeals") ||
				d.tok(i-1).Is("the", "this", "that", "these", "those", "its", "their", "his", "her", "such", "any") // ("would not accept any ultimatum")
		}
		if d.cover[i] >= 0 {
			return false
		}
	}
	return false
}

// bareVerbAt reports whether the word at i can be the verb of an
// infinitive: "agreed to deploy 50 officers", not "agreed to a truce".
func (d *doc) bareVerbAt(i int) bool {
	t := d.tok(i)
	return d.cover[i] < 0 && t.Kind == token.Word && !t.Upper && !determiners[t.Norm] && !strings.HasSuffix(t.Norm, "ing") && !strings.HasSuffix(t.Norm, "ed")
}

// bareRefusal reports whether the refusal at k stands with no object,
// past a short phrase of time or manner: "Kyiv refused.", "Budapest
// declined, saying …", "Valletta refused within hours."
func (d *doc) bareRefusal(k int) bool {
	if !d.tok(k).Is("refused", "refuses", "declined", "declines", "balked", "balks") {
		return false
	}
	j := k + 1
	for j < len(d.in.Tokens) && j-k <= 4 && d.cover[j] < 0 && d.tok(j).Is(refusalManner...) {
		j++
	}
	return j < len(d.in.Tokens) && d.tok(j).Is(".", ",", ";")
}

// refusalManner are the words of a short phrase of time or manner after a
// bare refusal: "within hours", "on Monday", "flatly", "point-blank".
var refusalManner = []string{"within", "hours", "hour", "a", "day", "days", "immediately", "outright", "flatly",
	"again", "publicly", "at", "once", "point-blank", "the", "same", "next", "on", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "later"}

// orderToLeave reports whether e is an expulsion told as an order ("ordered
// the French ambassador to leave"): a demand the one ordered may refuse.
func (d *doc) orderToLeave(e *parley.Event) bool {
	return e.Type == parley.Sanction && d.tok(d.tokenAt(e.Trigger.Start)).Is("ordered", "orders", "order", "ordering")
}

// asker returns the latest demand or threat told before k that was aimed
// at id or at its side, or nil.
func (d *doc) asker(id string, k int) *parley.Event {
	c := d.countryOf(id)
	return d.lastBefore(k, func(e *parley.Event) bool {
		return (e.Type == parley.Request || e.Type == parley.Threaten || d.orderToLeave(e)) && !e.Target.IsZero() && e.Source.ID != id &&
			(e.Target.ID == id || d.sameSide([]string{id}, e.Target.ID) || c != "" && d.countryOf(e.Target.ID) == c && d.countryOf(e.Source.ID) != c &&
				(d.inOffice(id) || !d.authority(e.Target.ID))) // (a demand of the electoral council is none of the opposition's)
	})
}

// stateSide reports whether actor id is a state or one of its
// government bodies (a ministry, an embassy), whose answer to a person's
// deed is an answer to that person's state.
func (d *doc) stateSide(id string) bool {
	a := d.actors[id]
	return a != nil && (a.Kind == parley.State || a.Kind == parley.Organization && a.Role == "government body")
}

// ownBody reports whether actor o is a government body of the state
// person p serves: the army, a ministry, an agency.
func (d *doc) ownBody(p, o string) bool {
	a, b := d.actors[p], d.actors[o]
	return a != nil && b != nil && a.Kind == parley.Person && b.Kind == parley.Organization && b.Role == "government body" &&
		a.Country != "" && a.Country == b.Country
}

// question reports whether the sentence in tokens [a, b) asks rather
// than states: it ends with a question mark and opens with an auxiliary
// or a question word ("Will Xi meet Biden?", "Why did Russia expel the
// envoy?"), after a "Q:" if a transcript marks it so.
func (d *doc) question(a, b int) bool {
	e := b - 1
	for e > a && d.tok(e).Is("\"", "”", "’", "'", ")") {
		e--
	}
	if !d.tok(e).Is("?") {
		return false
	}
	if d.tok(a).Is("q", "question") && d.tok(a+1).Is(":") {
		a += 2
	}
	return d.tok(a).Is("will", "would", "can", "could", "does", "do", "did", "is", "are", "was", "were", "has", "have", "had",
		"should", "shall", "may", "might", "why", "what", "how", "when", "where", "who", "which")
}

// apposedMeeting reports whether the meeting noun at k heads a phrase in
// apposition to the clause before it — ", the first such meeting since
// 2023", ", their second meeting this year" — which names that clause's
// meeting again.
func (d *doc) apposedMeeting(k, a int) bool {
	for i := k - 1; i > a+1 && k-i <= 6; i-- {
		t := d.tok(i)
		if t.Is("the", "their", "a", "its", "his", "her") {
			return d.tok(i - 1).Is(",")
		}
		if d.cover[i] >= 0 || t.Upper && t.Kind == token.Word || t.Is(",", "and", "with", "between") {
			return false
		}
	}
	return false
}

// apposedNouns name what an earlier clause said or did, when a rejection
// in apposition answers it: "…, a claim Kyiv rejects", "…, a request the
// Ethiopian side declined".
var apposedNouns = map[string]bool{"claim": true, "charge": true, "accusation": true, "allegation": true,
	"assertion": true, "account": true, "version": true, "request": true, "demand": true, "proposal": true,
	"offer": true, "measure": true, "decision": true, "ruling": true, "call": true}

// apposedNoun returns, for a rejection at k whose subject follows a noun
// in apposition to the clause before ("Chile said Peru had moved troops,
// a claim Lima rejected", "…, a claim that Athens rejected"), that noun
// and the comma before it, else -1.
func (d *doc) apposedNoun(k int) (n, comma int) {
	a, _ := d.tokensOf(d.sentenceAround(k))
	i := k - 1
	for i > a && d.cover[i] < 0 && k-i <= 4 && d.tok(i).Is("has", "have", "had", "repeatedly", "always", "strongly", "flatly", "vehemently", "consistently", "also", "long", "swiftly", "quickly", "promptly") {
		i--
	}
	if i <= a || d.cover[i] < 0 {
		return -1, -1
	}
	j := d.mentionStart(i)
	if j > a && d.tok(j-1).Is("the") {
		j-- // "a request the Ethiopian side declined"
	}
	if j > a && d.tok(j-1).Is("that", "which") {
		j-- // "a claim that Athens rejected in its reply"
	}
	n = j - 1
	if n <= a || !apposedNouns[d.tok(n).Norm] {
		return -1, -1
	}
	det := n - 1
	for det > a && n-det <= 2 && d.cover[det] < 0 && d.tok(det).Kind == token.Word && !d.tok(det).Is("a", "an") {
		det-- // "a claim", "an unfounded claim"
	}
	if det <= a+1 || !d.tok(det).Is("a", "an") || !d.tok(det-1).Is(",") {
		return -1, -1
	}
	return n, det - 1
}

// accordBeforeSubject reports whether the verb k of making an accord
// follows its subject in a relative clause without "that", the accord
// named just before the subject: "a deal the SDF struck with Damascus",
// "the agreement Israel reached with Hamas".
func (d *doc) accordBeforeSubject(k, a int, accords []string) bool {
	n := d.beforeRelativeSubject(k, a) - 1
	if n > a && d.tok(n).Is("which", "that") {
		// "the Washington Declaration, which Hussein and Rabin signed":
		// the accord before the relative pronoun, named or not
		n--
		if n > a && d.tok(n).Is(",") {
			n--
		}
		for m := n; m > a && n-m <= 4; m-- {
			if objectNoun(d.tok(m).Norm, accords) {
				return true
			}
			if d.tok(m).Kind == token.Punct || d.cover[m] >= 0 && m != n || d.finiteVerbAt(m) {
				return false
			}
		}
		return false
	}
	if n <= a || !objectNoun(d.tok(n).Norm, accords) {
		return false
	}
	// "a port deal Addis Ababa signed with Somaliland": one word may
	// qualify the accord after its article.
	return d.tok(n-1).Is("a", "an", "the") ||
		n-2 >= a && d.tok(n-2).Is("a", "an", "the") && d.cover[n-1] < 0 && d.tok(n-1).Kind == token.Word && !d.tok(n-1).Upper && !d.finiteVerbAt(n-1)
}

// measureBeforeSubject reports whether the verb at k, right after its
// subject, takes for its object a measure named before that subject in a
// relative clause: "the 25 per cent duty on steel that Washington
// imposed on Canada", "the tariffs the United States slapped on
// Canadian steel".
func (d *doc) measureBeforeSubject(k, a int, measures []string) bool {
	n := d.beforeRelativeTitle(k, a)
	if n > a && d.tok(n).Is("that", "which") {
		n--
		if n > a && d.tok(n).Is(",") && d.cover[n-1] >= 0 {
			// "relations with Caracas, which Duque broke off": past the
			// partner the measure is with
			if p := d.mentionStart(n-1) - 1; p > a && d.tok(p).Is("with") {
				n = p - 1
			}
		}
	}
	for m := n; m > a && n-m <= 3; m-- {
		if d.tok(m).Kind == token.Punct || d.finiteVerbAt(m) {
			return false
		}
		if objectNoun(d.tok(m).Norm, measures) {
			return true
		}
	}
	return false
}

// relativePartner returns the partner named after "with" right before
// the ", which" that opens the relative clause of the verb at k
// ("relations with Caracas, which Duque broke off"), else nil.
func (d *doc) relativePartner(k, a int) []string {
	n := d.beforeRelativeTitle(k, a)
	if n-2 <= a || !d.tok(n).Is("which") || !d.tok(n-1).Is(",") || d.cover[n-2] < 0 {
		return nil
	}
	if p := d.mentionStart(n-2) - 1; p > a && d.tok(p).Is("with") {
		if m, ok := d.mentionAt(n - 2); ok {
			return m.Actors
		}
	}
	return nil
}

// beforeRelativeTitle returns the token before the subject of the verb
// at k, past a title or possessive that opens it after "which" or "that"
// ("which his predecessor Iván Duque broke off": the "which").
func (d *doc) beforeRelativeTitle(k, a int) int {
	n := d.beforeRelativeSubject(k, a) - 1
	for t := n; t > a && n-t < 3 && d.cover[t] < 0 && d.tok(t).Kind == token.Word && !d.tok(t).Upper && !d.tok(t).Is("that", "which"); t-- {
		if d.tok(t-1).Is("that", "which") {
			return t - 1
		}
	}
	return n
}

// beforeRelativeSubject returns where the subject of the finite verb at
// k begins (with its "the"), past the auxiliaries and adverbs between
// them ("the SDF has finally struck"), or -1 when no actor stands right
// before the verb: the head of a relative clause is then found before it.
func (d *doc) beforeRelativeSubject(k, a int) int {
	i := k - 1
	for i > a && d.cover[i] < 0 && d.tok(i).Is("has", "have", "had", "finally", "eventually", "later", "then", "also") {
		i--
	}
	if i <= a || d.cover[i] < 0 || !d.finiteVerbAt(k) {
		return -1
	}
	j := d.mentionStart(i)
	if j > a && d.tok(j-1).Is("the") {
		j-- // "a deal the SDF struck"
	}
	for j-2 > a && d.tok(j-1).Is("and", ",") && d.cover[j-2] >= 0 {
		// "which Hussein and Rabin signed": the whole of a subject of
		// several names
		j = d.mentionStart(j - 2)
		if j > a && d.tok(j-1).Is("the") {
			j--
		}
	}
	return j
}

// apposedClaimant returns the subject of the clause a rejection in
// apposition answers: the one whose claim, request or measure is
// rejected. It returns nil for the rejecter's own side ("Venezuela was
// suspended, a measure Caracas refused to recognise": the suspender is
// not named).
func (d *doc) apposedClaimant(k int, subj []string) []string {
	_, comma := d.apposedNoun(k)
	if comma < 0 {
		return nil
	}
	a, _ := d.tokensOf(d.sentenceAround(k))
	ids := d.clauseSubject(a, comma)
	if len(ids) != 1 || d.sameSide(subj, ids[0]) || d.sameSide(ids, subj[0]) {
		return nil
	}
	return ids
}

// anyRefused reports whether the meeting noun at k, after "any", is the
// object of a refusal: "rejected any talks with the RSF", "ruled out any
// negotiations".
func (d *doc) anyRefused(k, a int) bool {
	if !meetingNouns[d.tok(k).Norm] {
		return false
	}
	j := k - 1
	for j > a && !d.tok(j).Is("any") {
		j--
	}
	return j-1 > a && (d.tok(j-1).Is("rejected", "rejects", "reject", "rejecting", "refused", "refuses", "refuse", "refusing") ||
		d.tok(j-1).Is("out") && d.tok(j-2).Is("ruled", "rules", "rule", "ruling"))
}

// refusedToAct reports whether the refusal at k is "refused to" an act,
// not to speak of one ("refused to comment").
func (d *doc) refusedToAct(k int) bool {
	n := len(d.in.Tokens)
	return k+2 < n && d.tok(k+1).Is("to") && !d.tok(k+2).Upper &&
		!d.tok(k+2).Is("comment", "say", "confirm", "disclose", "elaborate", "name", "speculate", "reveal", "specify", "identify", "discuss", "answer", "be", "give")
}

// agentOfHalted returns the actor after "by" that does what a request at
// k asks to end: "an end to the offensive by the Syrian regime", "a halt
// to attacks by Houthi forces".
func (d *doc) agentOfHalted(k, ce int, subj []string) []string {
	halt := false
	for i := k + 1; i+1 < ce && i <= k+10; i++ {
		if d.tok(i).Is("end", "halt", "stop", "cessation", "pause") {
			halt = true
		}
		if !halt || !d.tok(i).Is("by") || !forceNouns[d.tok(i-1).Norm] && !haltedActs[d.tok(i-1).Norm] {
			continue
		}
		j := i + 1
		if d.tok(j).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j); ok && !slices.ContainsFunc(m.Actors, func(id string) bool { return d.sameSide(subj, id) }) {
			return d.coordinated(m, d.mentionEnd(j), ce)
		}
		return nil
	}
	return nil
}

// haltedActs are acts of force a request asks to end.
var haltedActs = map[string]bool{"offensive": true, "attacks": true, "attack": true, "strikes": true, "airstrikes": true, "airstrike": true,
	"shelling": true, "bombing": true, "bombardment": true, "violence": true, "fighting": true, "hostilities": true,
	"operations": true, "operation": true, "incursion": true, "incursions": true, "crackdown": true, "advance": true}

// butCancelled reports whether the sentence goes on after trigger k with
// "but" and the plan's undoing: "… but the summit was called off", "but
// Chile cancelled the event", "but it was postponed".
func (d *doc) butCancelled(k, b int) bool {
	but := false
	for i := k + 1; i < b; i++ {
		t := d.tok(i)
		if t.Is("but", "however") {
			but = true
			continue
		}
		if !but {
			continue
		}
		if t.Is("cancelled", "canceled", "postponed", "scrapped", "shelved", "scuttled", "abandoned", "delayed") ||
			t.Is("called", "put") && i+1 < b && d.tok(i+1).Is("off") {
			return true
		}
	}
	return false
}

// talksFate tells what the words before a meeting trigger at k did to it.
type talksFate uint8

const (
	talksAsTold   talksFate = iota
	talksRefused            // "rejected negotiations with", "refused to meet"
	talksProposed           // "an invitation to talks", "called for talks with"
	talksHalted             // "pulled out of talks with", "walked out of the negotiations"
	talksAgreed             // "decided to open accession negotiations with", "concluded negotiations on a trade agreement"
	talksAccepted           // "accepted an invitation to visit Senegal": still to come
	talksDeclined           // "would not sit down with Maduro", "will not negotiate with the junta"
)

// talksFate reads the few words before a meeting trigger at k, back to an
// actor or a punctuation mark: a refusal makes the meeting a rejection;
// quitting it, a halt of the negotiations; an invitation, proposal or
// call makes it a meeting that did not take place.
func (d *doc) talksFate(k, a int) (talksFate, int) {
	fate := talksAsTold
	for i := k - 1; i >= a && k-i <= 9; i-- {
		t := d.tok(i)
		if d.cover[i] >= 0 || t.Kind == token.Punct {
			break
		}
		if t.Is("and", "but") && d.finiteVerbAt(k) && d.onlyAdverbs(i+1, k) {
			break // "offered to mediate and spoke by telephone with King Salman": a deed of its own
		}
		n := t.Norm
		if k-i > 7 && n != "out" && !quitWords[n] {
			continue // ("pulled out of a sixth round of nuclear talks")
		}
		switch {
		case fate == talksAsTold && (d.tok(k).Is("talks", "negotiations", "dialogue") || d.gatheringQuit(k)) && (quitWords[n] && (d.tok(i+1).Is("from", "the", "a", "its", "their") || d.wordIn(i+1, k, "from")) ||
			n == "out" && i > a && i+1 < k && d.tok(i+1).Is("of") && d.tok(i-1).Is("pulled", "pull", "pulls", "pulling", "walked", "walk", "walks", "walking", "stormed", "storms")):
			if n == "out" {
				i--
			}
			return talksHalted, i
		case fate == talksAsTold && d.talksAgreedAt(i, k, a):
			return talksAgreed, i
		case refusalWords[n] && !(d.tok(i+1).Is("to") && d.tok(i+2).Is("rule")) || n == "out" && i > a && d.tok(i-1).Is("ruled", "rules", "rule", "ruling") && !ruleOutWithheld(d, i-1) || // (not "did not rule out talks")
			n == "down" && i > a && d.tok(i-1).Is("turned", "turns", "turn", "turning"):
			return talksRefused, i
		case (n == "not" || n == "n't" || n == "never") && i > a && d.tok(i-1).Is("will", "would", "wo", "'ll") && d.onlyAdverbs(i+1, k):
			return talksDeclined, i - 1 // (not "would not hesitate to talk to India")
		case fate == talksAsTold && t.Is("return", "resume", "rejoin", "hold", "join", "start", "begin", "open") && d.requestedAct(i, a):
			fate = talksProposed // "urged the US to return to talks with North Korea"
		case fate == talksAsTold && talksAskWords[n] && !d.tok(i+1).Is("off"): // ("called off talks": cancelled)
			fate = talksProposed
			if d.acceptedBefore(i, a) {
				return talksAccepted, i
			}
		}
	}
	return fate, -1
}

// attributiveParticiple reports whether the participle at k, after an
// adverb in "-ly" that follows an article or a possessive, qualifies the
// noun after it: "Yemen's internationally recognised government", "the
// democratically elected president" — an adjective, no verb.
func (d *doc) attributiveParticiple(k, a int) bool {
	if k < a+2 || !strings.HasSuffix(d.tok(k).Norm, "ed") || !d.nounNext(k) {
		return false
	}
	adv := d.tok(k - 1)
	if d.cover[k-1] >= 0 || adv.Upper || len(adv.Norm) < 5 || !strings.HasSuffix(adv.Norm, "ly") {
		return false
	}
	return d.possessiveAt(k-2) || d.tok(k-2).Is("the", "a", "an", "its", "their", "his", "her", "our")
}

// cautionedAgainst reports whether the warning at k is against a matter
// and names no one ("warned against excesses", "warned against
// complacency"): a caution, not a threat at whoever the story quarrels
// with.
func (d *doc) cautionedAgainst(k int) bool {
	return d.tok(k).Is("warned", "warns", "warn", "warning", "cautioned", "cautions") && d.tok(k+1).Is("against")
}

// hostAgentBefore returns the host named by "hosted by" or "chaired by"
// earlier in the sentence of the passive at k, from a: "was hosted by
// Cardoso and attended by …"; else nil.
func (d *doc) hostAgentBefore(k, a int) []string {
	for i := k - 1; i > a; i-- {
		if d.tok(i).Is(";") {
			return nil
		}
		if !d.tok(i).Is("by") || !d.tok(i-1).Is(hostingVerbs...) {
			continue
		}
		j := actorAt(d, i+1, "the")
		if j < 0 || j >= k {
			return nil
		}
		m, _ := d.mentionAt(j)
		return m.Actors
	}
	return nil
}

// reportingState returns the state of the one a trailing ", X said"
// credits with the sentence of the act at k (before b), when that is
// another side than subj; else nil.
func (d *doc) reportingState(k, b int, subj []string) []string {
	for c := b - 2; c > k; c-- {
		if !d.tok(c).Is(",") {
			continue
		}
		j := actorAt(d, c+1, "the")
		if j < 0 {
			return nil
		}
		v := d.mentionEnd(j)
		if v+1 < b && d.possessiveAt(v) && d.cover[v+1] >= 0 {
			j, v = v+1, d.mentionEnd(v+1) // "South Korea's Joint Chiefs of Staff said"
		}
		if v >= b || !d.tok(v).Is("said", "says", "reported", "announced") {
			return nil
		}
		m, _ := d.mentionAt(j)
		if len(m.Actors) != 1 {
			return nil
		}
		country := d.countryOf(m.Actors[0])
		if country == "" || d.actors["state:"+country] == nil || d.sameSide(subj, "state:"+country) {
			return nil
		}
		return []string{"state:" + country}
	}
	return nil
}

// onlyAdverbs reports whether tokens [i, j) are adverbs alone ("not
// directly negotiate", "never again meet"), or none.
func (d *doc) onlyAdverbs(i, j int) bool {
	for ; i < j; i++ {
		if d.cover[i] >= 0 || !strings.HasSuffix(d.tok(i).Norm, "ly") && !d.tok(i).Is("again", "even", "ever", "yet") {
			return false
		}
	}
	return true
}

// tiesNamed reports whether diplomatic ties are the object a word or
// three after the verb at k: "cut ties", "severed diplomatic relations".
func (d *doc) tiesNamed(k int) bool {
	for i := k + 1; i <= k+3; i++ {
		if d.tok(i).Is("ties", "relations") {
			return true
		}
	}
	return false
}

// breachCause returns the state or body a break in ties with no partner
// named blames, in the rest of the sentence up to b: "cut ties,
// accusing Kenya of meddling", "severed relations, citing Kenya's
// interference", "cut ties over what it called Nairobi's interference".
// None of the subject's side.
func (d *doc) breachCause(k, b int, subj []string) []string {
	for i := k + 1; i < b && i <= k+16; i++ {
		if d.tok(i).Is("after") {
			// "severed ties after then-president Iván Duque backed
			// Guaidó": the side whose act the break answers
			j := i + 1
			for j < b && j <= i+3 && d.cover[j] < 0 && d.tok(j).Kind == token.Word && !d.tok(j).Upper && (strings.Contains(d.tok(j).Norm, "-") || holderTitles[d.tok(j).Norm] || d.tok(j).Is("prime")) {
				j++ // ("then-president", "president")
			}
			if !d.clauseOpensAt(j, b) || d.cover[j] < 0 {
				return nil
			}
			m := d.in.Mentions[d.cover[j]]
			if len(m.Actors) != 1 || m.Via == parley.ViaAdjective || d.sameSide(subj, m.Actors[0]) {
				return nil
			}
			if a := d.actors[m.Actors[0]]; a != nil && a.Kind == parley.Person && a.Country != "" && d.actors["state:"+a.Country] != nil {
				return []string{"state:" + a.Country}
			}
			return m.Actors
		}
		if !d.tok(i).Is("accusing", "citing", "over", "blaming", "condemning") {
			continue
		}
		for j := i + 1; j < b && j <= i+6; j++ {
			if d.tok(j).Is(";") || d.tok(j).Is(",") && j > i+1 {
				return nil
			}
			m, ok := d.mentionAt(j)
			if !ok || len(m.Actors) != 1 || d.sameSide(subj, m.Actors[0]) {
				continue
			}
			if a := d.actors[m.Actors[0]]; a != nil && (a.Kind == parley.State || a.Kind == parley.Organization) {
				return m.Actors
			}
			return nil
		}
		return nil
	}
	return nil
}

// sayingBefore returns the verb of saying that governs the clause at k,
// within the sentence from a: "said on Thursday that he would not …";
// -1 when there is none.
func (d *doc) sayingBefore(k, a int) int {
	for r := k - 1; r >= a && k-r <= 12; r-- {
		if d.quoted[r] || d.tok(r).Is(";") {
			return -1
		}
		if d.tok(r).Is("said", "says", "told", "announced", "stated", "insisted", "declared", "added") {
			return r
		}
	}
	return -1
}

// gatheringQuit reports whether the meeting noun at k names a gathering
// of many that one may quit in protest — "pulled out of a meeting of
// NATO ministers", "withdrew from the summit" —, not a meeting with
// someone, which is only not held ("pulled out of the meeting with
// Biden").
func (d *doc) gatheringQuit(k int) bool {
	return d.tok(k).Is("meeting", "summit", "conference", "forum") && !d.wordIn(k+1, min(k+3, len(d.in.Tokens)), "with", "between")
}

// personOfStateIn returns the one person of state (an id "state:XXX")
// named in tokens [a, b) other than not, or "".
func (d *doc) personOfStateIn(state, not string, a, b int) string {
	c, ok := strings.CutPrefix(state, "state:")
	if !ok {
		return ""
	}
	found := ""
	for i := a; i < b; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		i = d.mentionEnd(i) - 1
		if len(m.Actors) != 1 || m.Actors[0] == not || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind != parley.Person || d.countryOf(m.Actors[0]) != c {
			continue
		}
		if found != "" && found != m.Actors[0] {
			return ""
		}
		found = m.Actors[0]
	}
	return found
}

// acceptedBefore reports whether the invitation or offer at i is
// accepted by the verb a word or two before it: "accepted an invitation",
// "has accepted Senegal's invitation".
func (d *doc) acceptedBefore(i, a int) bool {
	if !d.tok(i).Is("invitation", "invitations", "offer", "offers", "proposal") {
		return false
	}
	for j := i - 1; j >= a && j >= i-4; j-- {
		if d.tok(j).Is("accepted", "accepts", "accept", "accepting") {
			return !d.negatedBetween(max(a, j-3), j)
		}
		if d.tok(j).Kind != token.Word && !d.tok(j).Is("'s", "’s") {
			return false
		}
	}
	return false
}

// ruleOutWithheldAfter reports whether the negation at i withholds a
// "rule out" that ends before k: "has not ruled out a trip to Beijing",
// "refused to rule out talks".
func (d *doc) ruleOutWithheldAfter(i, k int) bool {
	for j := i + 1; j+1 < k && j <= i+3; j++ {
		if d.tok(j).Is("rule", "rules", "ruled", "ruling") && d.tok(j+1).Is("out") {
			return ruleOutWithheld(d, j)
		}
	}
	return false
}

// talksAgreedAt reports whether the word at i, before the negotiations
// noun at k, makes them an accord: a decision to open them ("EU leaders
// decided to open accession negotiations with Ukraine") or their
// conclusion on a deal ("concluded negotiations on a free trade
// agreement"). (Talks "concluded" alone were held: "concluded two days of
// talks in Geneva".)
func (d *doc) talksAgreedAt(i, k, a int) bool {
	if !d.tok(k).Is("negotiations", "talks") {
		return false
	}
	t := d.tok(i)
	if t.Is("open", "launch") && i >= a+2 && d.tok(i-1).Is("to") && d.intentIn(max(a, i-6), i-1) {
		return true // ("decided on Thursday to open …")
	}
	if !t.Is("concluded", "concludes", "conclude", "completed", "finalised", "finalized") || k-i > 2 {
		return false
	}
	for j := k + 1; j < len(d.in.Tokens) && j <= k+7; j++ {
		if d.tok(j).Is(accords...) {
			return d.tok(k+1).Is("on", "over", "for", "toward", "towards")
		}
	}
	return false
}

// quitWords before a meeting noun quit it: "withdrew from the talks",
// "quit the negotiations".
var quitWords = map[string]bool{"withdrew": true, "withdraws": true, "withdraw": true, "withdrawing": true,
	"quit": true, "quits": true, "quitting": true, "abandoned": true, "abandons": true, "abandon": true, "abandoning": true}

// refusalWords turn the meeting after them into a rejection of it.
var refusalWords = map[string]bool{"rejected": true, "rejects": true, "reject": true, "rejecting": true,
	"skipped": true, "skips": true, "skip": true, "skipping": true, // ("Milei skipped a bilateral meeting with Lula")
	"refused": true, "refuses": true, "refuse": true, "refusing": true, "declined": true, "declines": true,
	"decline": true, "declining": true, "rebuffed": true, "rebuffs": true, "spurned": true, "snubbed": true,
	"dismissed": true, "shunned": true, "boycotted": true}

// talksAskWords make the meeting after them one asked for or offered.
var talksAskWords = map[string]bool{"invitation": true, "invitations": true, "proposal": true, "proposals": true,
	"offer": true, "offers": true, "offered": true, "call": true, "calls": true, "called": true, "calling": true,
	"urged": true, "urging": true, "urges": true, "plea": true,
	"appeal": true, "appealed": true, "push": true, "pushed": true, "pressed": true, "demanded": true, "sought": true}

// endedWithoutAccord reports whether the meeting noun at k is told to
// have ended with no accord: "The talks ended on March 19 without a
// joint statement", "the summit … ended abruptly, with no agreement".
func (d *doc) endedWithoutAccord(k, b int) bool {
	ended := -1
	for i := k + 1; i < b && i <= k+24; i++ {
		if d.tok(i).Is(";") {
			return false
		}
		if ended < 0 && i <= k+16 && d.tok(i).Is("ended", "ends", "concluded", "closed", "broke") {
			ended = i
			continue
		}
		if ended < 0 || i-ended > 8 || !d.tok(i).Is("without", "no") {
			continue
		}
		for j := i + 1; j < b && j <= i+4; j++ {
			if objectNoun(d.tok(j).Norm, accords) {
				return true
			}
		}
	}
	return false
}

// noAccord gives, for each meeting of ev, the agreement its parties did
// not reach.
func noAccord(ev []parley.Event) []parley.Event {
	var out []parley.Event
	for _, e := range ev {
		if e.Type != parley.Consult || e.Source.IsZero() || e.Target.IsZero() {
			continue
		}
		e.Type, e.CAMEO, e.Mode, e.Medium, e.Status = parley.Agree, "030", "", "", parley.Negated
		e.Rule += ":no-accord"
		out = append(out, e)
	}
	return out
}

// recode turns the meetings of a refused or quit meeting into rejections
// or halts (typ, with its CAMEO code and mode) by each side that refused
// or quit (the doers, when named, else the meeting's source), unless the
// sentence already has that one.
func recode(ev, found []parley.Event, doers []string, typ parley.EventType, cameo, mode string) []parley.Event {
	var out []parley.Event
	for _, e := range ev {
		if e.Source.IsZero() || e.Target.IsZero() {
			continue
		}
		if slices.Contains(doers, e.Source.ID) && slices.Contains(doers, e.Target.ID) {
			continue // ("Khan and Hidalgo withdrew from the meeting": neither quit the other)
		}
		if len(doers) > 0 && !slices.Contains(doers, e.Source.ID) {
			if !slices.Contains(doers, e.Target.ID) {
				continue
			}
			e.Source, e.Target = e.Target, e.Source // "… the Taliban, who refused to negotiate with Kabul"
		}
		dup := false
		for _, f := range append(found, out...) {
			dup = dup || f.Type == typ && f.Source.ID == e.Source.ID && f.Target.ID == e.Target.ID
		}
		if dup {
			continue
		}
		if typ == parley.Reject {
			e.Status = parley.Occurred // the refusal is made now, whenever the meeting was to be
			e.Rule += ":refused"
		} else if typ == parley.Agree {
			e.Status = parley.Occurred // the decision, taken now, whenever the talks are to be
			e.Rule += ":agreed"
		} else {
			e.Rule += ":quit"
		}
		e.Type, e.Mode, e.Medium, e.CAMEO = typ, mode, "", cameo
		out = append(out, e)
	}
	return out
}

// relativeDoers returns the actors a relative clause right after the
// noun at k names as doing it: "the joint exercises that US and South
// Korean forces held last month".
func (d *doc) relativeDoers(k, ce int) []string {
	if k+2 >= ce || !d.tok(k+1).Is("that", "which") {
		return nil
	}
	var ids []string
	for i := k + 2; i < ce && i <= k+10; i++ {
		if m := d.cover[i]; m >= 0 {
			ids = append(ids, d.in.Mentions[m].Actors...)
			i = d.mentionEnd(i) - 1
			continue
		}
		if d.tok(i).Is("held", "conducted", "staged", "carried", "launched", "began", "started", "hold", "conduct", "stage") {
			if len(uniq(ids)) < 2 {
				return nil
			}
			return uniq(ids)
		}
		if !d.tok(i).Is("and", ",", "forces", "troops", "navies", "militaries", "armies", "the", "their") {
			return nil
		}
	}
	return nil
}

// reversedDecisionBefore returns the verb that took back the decision
// whose act the infinitive at k tells, or -1: "withdrew its decision to
// expel", "reversed the order to impose tariffs", "rescinded a plan to
// ban", "backtracked on its decision to".
func (d *doc) reversedDecisionBefore(k int) int {
	if k < 3 || !d.tok(k-1).Is("to") || !d.tok(k-2).Is(decisionNouns...) {
		return -1
	}
	v := k - 3
	if d.tok(v).Is("its", "the", "a", "his", "her", "their", "an", "earlier", "previous") {
		v--
	}
	if v >= 0 && d.tok(v).Is("its", "the", "his", "her", "their") { // "its earlier decision"
		v--
	}
	if v > 0 && d.tok(v).Is("on", "from") { // "backtracked on its decision to"
		v--
	}
	if v >= 0 && takeBackVerbs[d.tok(v).Norm] {
		return v
	}
	return -1
}

// decisionNouns name a decision that can be taken back.
var decisionNouns = []string{"decision", "order", "plan", "plans", "move", "threat", "bid", "proposal", "directive", "decree"}

// reversed turns the penalties a taken-back decision would have brought
// into what giving it up is: a concession to the same target.
func reversed(ev []parley.Event) {
	for i := range ev {
		ev[i].Type, ev[i].CAMEO, ev[i].Mode = parley.Concede, "081", ""
		ev[i].Rule += ":reversed"
	}
}

// summonedToBeAsked adds, to an envoy's summoning or a protest lodged,
// the demand it was made for: "summoned Pakistan's chargé d'affaires to
// demand an explanation" is a request as well as a rebuke.
func (d *doc) summonedToBeAsked(ev []parley.Event, k, b int) []parley.Event {
	if len(ev) == 0 || ev[0].Target.IsZero() {
		return nil
	}
	for i := k + 1; i+1 < b && i <= k+16; i++ {
		if d.tok(i).Is(";", "and", "but", "which", "who") {
			return nil
		}
		if d.tok(i).Is("to") && d.tok(i+1).Is("demand", "seek", "request", "ask", "press") {
			e := ev[0]
			e.Type, e.CAMEO, e.Mode = parley.Request, "100", ""
			e.Trigger = d.spanOf(i+1, i+2)
			e.Rule += ":purpose"
			return []parley.Event{e}
		}
	}
	return nil
}

// switchVerb reports whether t is a form of "switch".
func switchVerb(t *token.Token) bool { return t.Is("switch", "switched", "switches", "switching") }

// switchedFrom adds, to the recognition switched to a state ("switched
// diplomatic recognition from Taiwan to China"), the break with the one
// it was switched from.
func (d *doc) switchedFrom(ev []parley.Event, k, b int) []parley.Event {
	if len(ev) == 0 {
		return nil
	}
	for i := k + 1; i+1 < b && i <= k+6; i++ {
		if !d.tok(i).Is("from") {
			continue
		}
		var from string
		if m, ok := d.mentionAt(i + 1); ok && len(m.Actors) == 1 {
			from = m.Actors[0]
		} else if p := d.placeStartingAt(i + 1); p != nil && p.Country != "" {
			from = "state:" + p.Country // "from Taipei"
		}
		if from == "" || from == ev[0].Source.ID || from == ev[0].Target.ID {
			return nil
		}
		e := ev[0]
		e.Type, e.CAMEO, e.Mode = parley.Sanction, "161", "withdraw"
		e.Target = d.ref(from)
		e.Participants = []parley.ActorRef{e.Source, e.Target}
		e.Rule += ":switched-from"
		return []parley.Event{e}
	}
	return nil
}

// coordinatedVerb returns the subject of the first event of the sentence
// when the trigger at k is a verb joined to it by "and" ("accused … and
// warned") or "but", so the second verb does not take the first one's
// objects for its subject; and where the second verb's group starts, for
// its status ("but was not allowed to meet").
func (d *doc) coordinatedVerb(k, a int) ([]string, int) {
	j := k - 1
	// "… but was not allowed to meet", "… and is due to visit": the
	// verb's own group, back to the conjunction.
	g := d.verbGroupStart(k, a)
	finite := false // "and to ease …", "and not signed": no predicate of its own
	for i := g; i < k; i++ {
		finite = finite || !d.tok(i).Is("to", "not", "n't", "never", "yet")
	}
	if g < k && finite && d.tok(g-1).Is("and", "but") {
		j = g - 1
	}
	for j > a && (d.tok(j).Is("also", "then", "later", "repeatedly", "formally", "publicly", "sharply", "strongly") || d.tok(j).Is(",")) {
		j--
	}
	if j <= a || !d.tok(j).Is("and", "but") {
		return nil, 0
	}
	verbAt := k // the group's first word, which is finite when the verb is not
	if j+1 < k {
		verbAt = j + 1
	}
	objectBefore := false
	if d.cover[j-1] >= 0 {
		// "met with Prince Faisal and condemned …": the name before "and"
		// is the first verb's object, not a second subject.
		ids := d.in.Mentions[d.cover[j-1]].Actors
		for _, e := range d.built {
			if e.Evidence.Span.Contains(parley.Span{Start: d.tok(k).Start, End: d.tok(k).End}) && e.Trigger.End <= d.tok(d.mentionStart(j-1)).Start &&
				len(ids) == 1 && e.Target.ID == ids[0] && (d.finiteVerbAt(verbAt) || verbAt < k) {
				objectBefore = true
			}
		}
		if !objectBefore {
			return nil, 0
		}
	}
	for _, e := range d.built {
		if e.Evidence.Span.Contains(parley.Span{Start: d.tok(k).Start, End: d.tok(k).End}) && e.Trigger.End <= d.tok(j).Start && !e.Source.IsZero() {
			if ti := d.tokenAt(e.Trigger.Start); strings.HasPrefix(e.Rule, "noun:") && ti > 0 && (d.cover[ti-1] >= 0 || d.possessiveAt(ti-1)) && d.modifierDoes(ti, e) {
				continue // "criticised the Chinese drills near Taiwan and urged …": the drills' doer is no subject
			}
			if d.clauseSubjectBetween(d.tokenAt(e.Trigger.End), j) || d.subordinateVerbBetween(d.tokenAt(e.Trigger.End), j) {
				return nil, 0 // "agreed to bar its airlines a day after Belarus forced a jet to land and arrested …": Belarus's
			}
			if d.tok(j-1).Is(",") && d.whenClauseOpening(d.tokenAt(e.Trigger.Start), a) >= 0 {
				continue // "condemned the violence of 24 July, when protesters attacked the embassies, and asked …": not the protesters
			}
			if ids := d.jointParties(e); ids != nil {
				return ids, j + 1 // "the two foreign ministers held talks and signed …": both signed
			}
			if strings.HasPrefix(e.Rule, "verb:host") && !strings.Contains(e.Rule, "passive") && !e.Target.IsZero() {
				return []string{e.Target.ID}, j + 1 // "Scholz received Zelensky and then travelled to Paris": the host travelled
			}
			return []string{e.Source.ID}, j + 1
		}
	}
	return nil, 0
}

// modifierDoes reports whether the actor named right before the noun
// trigger at ti — "the Chinese drills", "Chile's willingness" — is the
// doer event e records, rather than the sentence's subject, whose act
// the noun tells ("Boric reiterated Chile's willingness to cooperate").
func (d *doc) modifierDoes(ti int, e parley.Event) bool {
	m := ti - 1
	if d.cover[m] < 0 && m > 0 {
		m-- // ("Chile's": past the possessive)
	}
	if d.cover[m] < 0 {
		return true
	}
	return slices.Contains(d.in.Mentions[d.cover[m]].Actors, e.Source.ID)
}

// carrierVerbBefore returns the verb that carries the noun trigger at k —
// "held talks", "had an informal dinner", "conducted a joint exercise" —
// past an article and a word or two that describe the noun; -1 if none.
func (d *doc) carrierVerbBefore(k, a int) int {
	for i := k - 1; i > a && k-i <= 4; i-- {
		t := d.tok(i)
		if t.Is("held", "had", "hold", "holds", "conducted") {
			return i
		}
		if d.cover[i] >= 0 || t.Kind != token.Word || t.Upper && !t.Is("the", "a", "an") {
			return -1
		}
	}
	return -1
}

// jointParties returns all the parties of the meeting or accord e when
// each is named before its trigger, so the subject held them all ("the
// two foreign ministers held talks"); nil when one was its object ("met
// with Prince Faisal").
func (d *doc) jointParties(e parley.Event) []string {
	if e.Type != parley.Consult && e.Type != parley.Agree && e.Type != parley.Cooperate {
		return nil
	}
	from, to := d.tokenAt(e.Evidence.Span.Start), d.tokenAt(e.Trigger.Start)
	var ids []string
	for _, o := range d.built {
		if o.Trigger != e.Trigger {
			continue
		}
		for _, id := range []string{o.Source.ID, o.Target.ID} {
			if !d.namedIn(id, from, to) {
				return nil
			}
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// namedIn reports whether a mention in tokens [from, to) stands for id.
func (d *doc) namedIn(id string, from, to int) bool {
	for i := from; i < to && i < len(d.cover); i++ {
		if m, ok := d.mentionAt(i); ok && slices.Contains(m.Actors, id) {
			return true
		}
	}
	return false
}

// objectOfItsOwn reports whether the verb at k has a direct object that
// is no actor and not the sense's own noun: "asked the reporters to stay",
// "told them the opposite" address someone else than a meeting's partner.
func (d *doc) objectOfItsOwn(k, ce, objNoun int) bool {
	i := k + 1
	for i < ce && d.tok(i).Is("also", "again", "repeatedly", "strongly", "sharply", "firmly") {
		i++
	}
	if i+1 < ce && d.tok(i).Is("on", "upon") && d.tok(k).Is("called", "calls", "call", "calling") {
		return d.tok(i+1).Is("all", "everyone", "everybody") // "called on all parties to exercise restraint" (not "on them", the two met)
	}
	if i >= ce || i == objNoun || i+1 == objNoun {
		return false
	}
	t := d.tok(i)
	return t.Is("the", "a", "an", "them", "him", "her", "it", "us", "me", "you", "his", "their", "its", "this", "these", "those", "not") || // ("asking not to be named")
		t.Kind == token.Word && !t.Upper && strings.HasSuffix(t.Norm, "s") && !t.Is("is", "was", "has", "as", "this")
}

// namedNear reports whether actor id is named by its name (not a
// country word) in the sentence of token k or the one before.
func (d *doc) namedNear(id string, k int) bool {
	here := d.sentenceIndex(d.tok(k).Start)
	c := strings.TrimPrefix(id, "state:")
	for _, m := range d.in.Mentions {
		if len(m.Actors) != 1 || m.Via == parley.ViaAdjective {
			continue
		}
		if a := d.actors[m.Actors[0]]; m.Actors[0] != id && !(m.Via == parley.ViaCollective && a != nil && a.Kind == parley.Organization && a.Country == c) {
			continue // (a state's authorities name it too: "the Afghan authorities", the Taliban since 2021)
		}
		if si := d.sentenceIndex(m.Span.Start); si == here || si == here-1 {
			return true
		}
	}
	return false
}

// pactTerms are the acts a party may undertake under a pact's terms,
// aimed at its other party when no target is named.
var pactTerms = map[parley.EventType]bool{parley.Retreat: true, parley.Concede: true, parley.Cooperate: true, parley.Aid: true}

// borderIn reports whether a word for a border stands in the few words
// after the trigger at k, in its clause.
func (d *doc) borderIn(k, ce int) bool {
	return d.wordAfter(k, ce, 10, "border", "borders", "frontier", "crossing", "crossings", "airspace", "boundary")
}

// wordAfter reports whether one of words stands in the reach tokens after
// k, before ce.
func (d *doc) wordAfter(k, ce, reach int, words ...string) bool {
	return d.wordIn(k+1, min(ce, k+reach+1), words...)
}

// wordIn reports whether one of words stands in tokens [from, to).
func (d *doc) wordIn(from, to int, words ...string) bool {
	for i := from; i < to; i++ {
		if d.tok(i).Is(words...) {
			return true
		}
	}
	return false
}

// subordinateVerbBetween reports whether a clause opened by "after",
// "before", "when" and the like, with a verb of its own, stands between
// tokens from and to: in "suspended Gabon a day after army officers seized
// power and placed Bongo under house arrest" the officers placed him.
func (d *doc) subordinateVerbBetween(from, to int) bool {
	for i := from; i+1 < to; i++ {
		if d.tok(i).Is("after", "before", "when", "once", "until", "because") && d.finiteVerbIn(i+1, to) {
			return true
		}
	}
	return false
}

// verbGroupStart returns where the verb group ending at the trigger k
// starts ("was not allowed to meet", "will visit"), k itself when no
// auxiliary comes before it.
func (d *doc) verbGroupStart(k, cs int) int {
	g := k
	for g-1 > cs && d.cover[g-1] < 0 && verbGroupWords[d.tok(g-1).Norm] {
		g--
	}
	return g
}

// aheadIn reports whether the words from g to k look ahead: "will",
// "is due to", "is set to", "is expected to".
func (d *doc) aheadIn(g, k int) bool {
	return d.wordIn(g, k, "will", "shall", "due", "set", "expected")
}

// laterPredicate returns where a second predicate of the subject of the
// verb at k starts, when it looks ahead ("met Xi and will visit India",
// "… and is due to travel"), or 0.
func (d *doc) laterPredicate(k, ce int) int {
	for i := k + 1; i+2 < ce; i++ {
		if !d.tok(i).Is("and", "but") || d.cover[i+1] >= 0 {
			continue
		}
		j := i + 1
		for j < ce && d.cover[j] < 0 && verbGroupWords[d.tok(j).Norm] && !(d.tok(j).Is("set") && !d.tok(j+1).Is("to")) {
			j++ // ("stormed and set fire to the embassy": a verb of its own, not "set to")
		}
		if j > i+1 && d.aheadIn(i+1, j) {
			return i
		}
	}
	return 0
}

// trailingAsClause returns the comma that opens ", as <subject> <verb>"
// after trigger k — a clause of comparison or cause with its own time —
// or 0.
func (d *doc) trailingAsClause(k, ce int) int {
	for i := k + 1; i+2 < ce; i++ {
		if d.tok(i).Is(",") && d.tok(i+1).Is("as") && d.newClauseAt(i+2, ce) {
			return i
		}
	}
	return 0
}

// verbGroupWords stand between a conjunction and the verb they carry:
// auxiliaries, negation, the infinitive's "to", and the adjectives of
// permission and plan ("was not allowed to", "is due to", "has yet to").
var verbGroupWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "did": true, "does": true,
	"do": true, "has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "can": true,
	"cannot": true, "not": true, "n't": true, "never": true, "to": true, "allowed": true, "able": true, "unable": true,
	"due": true, "set": true, "expected": true, "yet": true, "refused": true, "declined": true, "failed": true}

// namedAs reports whether the noun at k is part of what a "called X …"
// before it names X as (see calledCensure).
func (d *doc) namedAs(k, a int) bool {
	for j := k - 1; j >= a && j >= k-12; j-- {
		if d.tok(j).Is("called", "calls", "calling") {
			return calledCensure(d, j)
		}
	}
	return false
}

// lightVerbBefore reports whether the word at k is the bare object of a
// verb that only tells an act was done, the act named by the noun: "carried
// out strikes", "conducted raids", "staged attacks".
func (d *doc) lightVerbBefore(k, a int) bool {
	for j, n := k-1, 0; j >= a && n <= 3; j, n = j-1, n+1 {
		if j-1 >= a && d.tok(j).Is("out") {
			return d.tok(j-1).Is("carried", "carry", "carries", "carrying")
		}
		if d.cover[j] < 0 && d.tok(j).Is("conducted", "conduct", "conducts", "conducting", "staged", "stage", "stages", "staging") {
			return true
		}
		if d.cover[j] < 0 && d.tok(j).Is("made", "make", "makes", "making", "paid", "pay", "pays", "paying") {
			return true // "made unannounced visits to New Delhi and Islamabad", "paid visits to": the noun
		}
		if !d.nounModifier(j) {
			return false // "carried out four attacks", "conducted a naval exercise": up to three words between
		}
	}
	return false
}

// nounModifier reports whether the word at j, no actor's, is an article,
// a count or an adjective before a noun: "a", "four", "several", "naval".
func (d *doc) nounModifier(j int) bool {
	t := d.tok(j)
	return d.cover[j] < 0 && (t.Kind == token.Number || adjectiveLike(t) ||
		t.Is("a", "an", "the", "several", "multiple", "numerous", "two", "three", "four", "five", "six", "new", "joint", "further", "large", "major", "fresh"))
}

// nounLike reports whether a lower-case word has the ending of an abstract
// noun, which makes the word after it a noun too ("extradition request").
func nounLike(t *token.Token) bool {
	if t.Kind != token.Word || t.Upper || len(t.Norm) < 6 {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ment", "ance", "ence", "ity", "ship"} {
		if strings.HasSuffix(t.Norm, suf) {
			return true
		}
	}
	return false
}

// killedIn reads "<victims> was killed in a <state's> <weapon> strike":
// ok when the attack noun at k is where someone was killed or wounded,
// with the victims (the passive's subject) and the attackers (the country
// word before the noun), either nil when not named.
func (d *doc) killedIn(k, a int) (victims, by []string, ok bool) {
	i := k - 1
	for i > a && (weaponWords[d.tok(i).Norm] && d.cover[i] < 0 || d.cover[i] >= 0 && by == nil) {
		if d.cover[i] >= 0 && by == nil {
			by = d.in.Mentions[d.cover[i]].Actors
			i = d.mentionStart(i)
		}
		i--
	}
	if i > a && d.tok(i).Is("a", "an", "the") {
		i--
	}
	if i <= a || !d.tok(i).Is("in", "by") || !d.tok(i-1).Is("killed", "wounded", "injured", "died", "assassinated", "hurt") {
		return nil, nil, false
	}
	v := i - 1
	if d.tok(v).Is("died") || !d.passive(v) {
		return nil, by, true
	}
	victims, _ = d.subjects(v, d.clauseStart(v, a))
	return victims, by, true
}

// weaponWords before an attack noun make it a noun: "a missile strike",
// "the drone attack".
var weaponWords = map[string]bool{"missile": true, "drone": true, "rocket": true, "artillery": true, "mortar": true,
	"air": true, "naval": true, "cruise": true, "ballistic": true, "suicide": true, "bomb": true, "car": true,
	"grenade": true, "chemical": true, "cyber": true, "terror": true, "terrorist": true, "militant": true, "retaliatory": true}

// closesBorder reports whether sense sn closes a border or its crossings
// ("shut the border posts", "sealed the frontier").
func closesBorder(sn sense) bool { return slices.Contains(sn.objects, "crossings") }

// compoundHeads are nouns a plural noun of an act may qualify: "the
// sanctions committee", "the sanctions regime", "aid workers".
var compoundHeads = map[string]bool{"committee": true, "committees": true, "regime": true, "panel": true, "list": true,
	"law": true, "laws": true, "bill": true, "policy": true, "programme": true, "program": true, "monitors": true,
	"experts": true, "evasion": true, "relief": true, "workers": true, "convoy": true, "convoys": true, "agency": true}

// objectOfEarlier reports whether a noun at k names what an event already
// found in the sentence is about: its type and a trigger a few words
// before ("held talks", "joined … for the first summit").
func (d *doc) objectOfEarlier(found []parley.Event, cands []formSense, k int) bool {
	if k > 0 && (d.tok(k-1).Is("will", "would", "shall", "can", "could", "may", "might", "must", "should", "did", "not", "n't") ||
		d.tok(k-1).Is("to") && !strings.HasSuffix(d.tok(k).Norm, "s") || d.tok(k-1).Is("we", "i", "they", "you")) {
		return false // "met Xi and will visit India", "is due to visit India", "…, and we call on": a verb of its own (not "returned to talks")
	}
	if d.earlierOne(k) || d.occasionOfOutcome(k) {
		return false // "discussed cooperation, following up on their meeting in Glasgow": another meeting
	}
	if k > 0 && d.tok(k-1).Is("after", "before") && strings.HasSuffix(d.tok(k).Norm, "ing") && actorAt(d, k+1, "the") >= 0 {
		return false // "travelled to Paris after meeting Tusk in Warsaw": a meeting of its own
	}
	if u := d.undergoneAt(k, 0); u >= 0 && d.earlierUnder(u, 0) >= 0 {
		return false // "under US sanctions since 2017 and under British sanctions": another penalty
	}
	purpose := k > 1 && (d.tok(k-1).Is("for") || d.tok(k-1).Is("a", "an") && d.tok(k-2).Is("for")) // "was received … in the Oval Office, for a meeting on …"
	for _, e := range found {
		if e.Trigger.End > d.tok(k).Start || d.tok(k).Start-e.Trigger.End > 60 && !(purpose && e.Type == parley.Consult) {
			continue
		}
		for _, fs := range cands {
			if !fs.verbForm && fs.typ == e.Type && d.needMet(fs.sense, k) && !d.talksElsewhere(e, k) && !d.talksWithOther(e, k) {
				return true
			}
		}
	}
	return false
}

// earlierOne reports whether the noun at k names an occasion before the
// one just told: "following up on their meeting", "since their last
// talks", "a follow-up to the summit".
func (d *doc) earlierOne(k int) bool {
	var words []string
	for i := max(0, k-5); i < k; i++ {
		words = append(words, d.tok(i).Norm)
	}
	return earlierWords(words)
}

// occasionOfOutcome reports whether the noun at k names the occasion where
// something talked of now was reached: "the implementation of agreements
// reached during the state visit of President Mirziyoyev", "decisions
// taken at the summit". That occasion is its own, told as past.
func (d *doc) occasionOfOutcome(k int) bool {
	i := k - 1
	for i > 0 && k-i <= 3 && d.cover[i] < 0 && d.tok(i).Kind == token.Word && !d.tok(i).Upper && !d.tok(i).Is("during", "at", "in") {
		i-- // "the state", "the first official"
	}
	return i > 0 && d.tok(i).Is("during", "at", "in") && outcomeParticiples[d.tok(i-1).Norm]
}

// outcomeParticiples tell what an occasion produced: "agreements reached
// during", "documents signed at".
var outcomeParticiples = map[string]bool{"reached": true, "signed": true, "concluded": true, "taken": true, "adopted": true,
	"made": true, "struck": true, "agreed": true, "achieved": true}

// earlierWords reports whether the words before a meeting noun tell it as
// an earlier occasion: "… following up on their", "… since the last",
// "… a follow-up to their" (after "up on" and "follow-up to" only one's
// own: "their", "his").
func earlierWords(words []string) bool {
	i, owned := len(words)-1, false
	for i >= 0 && len(words)-i <= 3 && earlierModifiers[words[i]] {
		owned = owned || words[i] != "the" && words[i] != "last" && words[i] != "previous" && words[i] != "earlier" && words[i] != "first"
		i--
	}
	if i == len(words)-1 || i < 0 {
		return false
	}
	if words[i] == "since" {
		return true // "Since their last meeting …", at the start of a sentence too
	}
	// ("to follow up on the talks" may be on talks of others)
	return i >= 1 && owned && (words[i] == "on" && words[i-1] == "up" || words[i] == "to" && words[i-1] == "follow-up")
}

var earlierModifiers = map[string]bool{"their": true, "the": true, "his": true, "her": true, "its": true,
	"last": true, "previous": true, "earlier": true, "first": true}

// reactionObject reports whether the word at k is the deed a verb of
// reaction right before it answers: "condemned the terrorist attack",
// "welcomed the ceasefire". The deed's doer is the reaction's target (see
// deedDoers), never the one reacting.
func (d *doc) reactionObject(k int) bool {
	v := k - 1
	if v > 0 && d.tok(v).Is("its", "their", "his", "her", "our") &&
		d.tok(k).Is("offensive", "attack", "attacks", "strikes", "raids", "operations", "bombardment", "shelling") {
		v-- // "agreed to suspend its offensive": no offensive either (but "ended their talks" were held)
	}
	if v >= 0 && d.tok(v).Is("ended", "ending", "ends") && d.tok(k).Is("talks", "negotiations", "consultations", "meeting", "summit") {
		return false // "Ethiopia and Egypt ended talks in Cairo without agreement": held, then over
	}
	if v >= 0 && d.tok(v).Is("halt", "halted", "halting", "stop", "stopped", "stopping", "pause", "paused", "pausing",
		"suspend", "suspended", "suspending", "cease", "ceased", "end", "ended", "ending") {
		return true // "agreed to halt strikes on energy infrastructure": no strike
	}
	if _, se := d.tokensOf(d.sentenceAround(k)); d.nounAgent(k, se) != nil || d.ofDoer(k, se) != nil {
		// "condemned the attack by Hamas on Israel", "the attack on its
		// embassy by NATO aircraft", "welcomed the withdrawal of Russian
		// troops": the doer is named
		return false
	}
	for t := k - 1; t >= 0 && k-t <= 6; t-- {
		tk := d.tok(t)
		if d.inDate(t) && d.cover[t] < 0 {
			continue // "condemned the 7 October attack"
		}
		if d.possessiveAt(t) && t > 0 && d.inDate(t-1) {
			// "condemned Monday's strike", "last week's raids": the
			// day's possessive stands where "the" would.
			s := t - 1
			for s > 0 && d.inDate(s-1) {
				s--
			}
			return s > 0 && d.reactsAt(s-1)
		}
		if d.cover[t] >= 0 || tk.Kind != token.Word || tk.Upper || tk.Is("and", "or", "but", "to", "which", "who", "then") {
			return false
		}
		if !tk.Is("the", "this", "that", "these", "those", "a", "an", "such") {
			continue
		}
		return t > 0 && d.reactsAt(t-1)
	}
	return false
}

// reactsAt reports whether the word at v reacts to the deed named after
// it ("condemned", "welcomed") or ties the deed to sympathy over it.
func (d *doc) reactsAt(v int) bool { return reactionVerbAt(d, v) || d.mournedDeed(v) }

// mournedDeed reports whether the preposition at p ties a deed to the
// sympathy offered over it: "condolences over the bombing", "the victims
// of the terrorist attack". The deed is mourned, its doer unnamed, and
// whoever mourns it did not do it.
func (d *doc) mournedDeed(p int) bool {
	if p < 1 || !d.tok(p).Is("of", "over", "after", "following", "for", "at", "in") {
		return false
	}
	if d.tok(p).Is("of") {
		return d.tok(p-1).Is("victims", "families", "survivors", "dead", "wounded")
	}
	a, _ := d.tokensOf(d.sentenceAround(p))
	return d.wordIn(max(a, p-6), p, "condolences", "condolence", "sympathy", "sympathies")
}

// reactionStems begin the verbs that answer a deed named after them, or
// stop it ("suspended attacks on US forces": no attack).
var reactionStems = []string{"condemn", "denounc", "welcom", "prais", "hail", "criticis", "criticiz", "deplor",
	"decr", "slam", "lament", "regrett", "mourn", "applaud", "commend", "blast", "censur", "protest",
	"suspend", "halt", "stopp", "paus", "cease", "ceasing", "blam"}

// talksWithOther reports whether the noun at k names talks "with" an
// actor who took no part in event e: "met Xi on Monday and held talks with
// Modi" is a second meeting.
func (d *doc) talksWithOther(e parley.Event, k int) bool {
	if k+2 < len(d.in.Tokens) && d.tok(k+1).Is("between") {
		// "hosted talks between Iran and the United States": the talks are
		// the two's, whom the host only received.
		m, ok := d.mentionAt(k + 2)
		if !ok {
			m, ok = d.mentionAt(k + 3)
		}
		return ok && strings.Contains(e.Rule, "host") && !slices.Contains(m.Actors, e.Target.ID)
	}
	i, m := d.actorAfterWith(d.pastTopic(k))
	if i < 0 {
		return false
	}
	for _, id := range m.Actors {
		if id != e.Source.ID && id != e.Target.ID && !slices.ContainsFunc(e.Participants, func(p parley.ActorRef) bool { return p.ID == id }) {
			return true
		}
	}
	return false
}

// talksElsewhere reports whether the noun at k names talks with someone
// who does not belong to the state a visit e went to, or a visit to
// another state: "travelled to Paris for talks with Putin" is a visit to
// France and talks with Putin; "arrived in Denmark following his visit
// to Sweden" two visits.
func (d *doc) talksElsewhere(e parley.Event, k int) bool {
	if e.Mode != "visit" || !strings.HasPrefix(e.Target.ID, "state:") || k+2 >= len(d.in.Tokens) {
		return false
	}
	if d.tok(k+1).Is("to") && d.tok(k).Is("visit", "visits", "trip", "trips", "tour") {
		// "arrived in Denmark following his visit to Sweden": a visit of its own
		if m, ok := d.mentionAt(k + 2); ok && len(m.Actors) == 1 {
			c := d.countryOf(m.Actors[0])
			return c != "" && "state:"+c != e.Target.ID
		}
		return false
	}
	k = d.pastTopic(k)
	if !d.tok(k + 1).Is("with") {
		return false
	}
	m, ok := d.mentionAt(k + 2)
	if !ok || len(m.Actors) != 1 {
		return false
	}
	c := d.countryOf(m.Actors[0])
	return c != "" && "state:"+c != e.Target.ID
}

// pastTopic returns the last token of the short topic phrase that may
// stand between talks at k and the "with" naming their other side
// ("talks on the river with Mansoor", "talks about trade with Modi"), or
// k when none does.
func (d *doc) pastTopic(k int) int {
	if k+2 >= len(d.in.Tokens) || !d.tok(k+1).Is("on", "about", "over") {
		return k
	}
	for i := k + 2; i < len(d.in.Tokens) && i-k <= 7; i++ {
		t := d.tok(i)
		if t.Kind == token.Punct || d.verbTrigger[i] {
			return k
		}
		if t.Is("with") {
			return i - 1
		}
	}
	return k
}

// allegedAct reports whether the word at k belongs to the charge an
// accusation makes ("accused X of attacking and smearing China", "blamed Y
// for the strike"): the act is alleged, and the accusation is the event.
// A finite verb after "and" ("accused X of lying and warned Y") starts a
// new act.
func (d *doc) allegedAct(k, a int) bool {
	w := d.tok(k).Norm
	if strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return false
	}
	if d.tok(k).Is("denies", "deny", "rejects", "reject", "dismisses", "dismiss") && deniedCharge(d, k) {
		return false // "…, which Russia denies": the charge answered
	}
	// "said Iran was behind the attacks", "held Hamas responsible for the
	// rocket fire": whoever did the deed is the charge.
	for i := k - 1; i > a && k-i <= 5; i-- {
		t := d.tok(i)
		if d.cover[i] >= 0 || t.Kind == token.Punct {
			break
		}
		if t.Is("behind") && d.tok(i-1).Is("was", "were", "is", "are", "be", "been", "being") ||
			t.Is("for") && d.tok(i-1).Is("responsible", "blame", "blamed", "culpable", "accountable") {
			return true
		}
	}
	opener, comma := false, false
	for i := k - 1; i >= a && k-i <= 14; i-- {
		t := d.tok(i)
		switch {
		case d.cover[i] >= 0:
		case leftBoundaries[norm(t)] || d.stop(i):
			return false
		case t.Is(",") && d.newClauseAt(i+1, k+1):
			return false // "After Somalia accused Ethiopia of meddling, Ruto met Abiy": the charge ends where a clause of its own begins
		case t.Is(","):
			comma = true
		case accuseVerbs[t.Norm] && comma && i > a && d.tok(i-1).Is("which", "who"):
			return false // "Russia and Turkey, which accused one another of arming rebels, met in Sochi": the aside closed before the verb
		case t.Is("charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims") && i > a &&
			d.tok(i-1).Is("a", "an", ",", "which", "those"):
			return false // "accuses Russia of shelling the plant, a charge Moscow denies": the answer to the charge
		case t.Is("of", "for", "over"):
			opener = true
		case accuseVerbs[t.Norm]:
			return opener
		}
	}
	return false
}

// unrealisedAct reports whether the gerund at k is an act denied, weighed
// or warned against, not one done: "Rwanda denied supporting the M23",
// "Poland is considering expelling Belarusian diplomats", "warned Israel
// against launching an offensive".
func (d *doc) unrealisedAct(k, a int) bool {
	if !strings.HasSuffix(d.tok(k).Norm, "ing") {
		// "to refrain from the threat or use of force": the noun kept from.
		j := k - 1
		for j > a+1 && k-j <= 3 && d.tok(j).Is("a", "an", "the", "any", "all", "further", "military") {
			j--
		}
		if j > a && d.tok(j).Is("from") && d.tok(j-1).Is("refrained", "refrains", "refrain", "refraining", "abstained", "abstains", "abstain", "abstaining") {
			return true
		}
		// "against launching an offensive": the noun of such a gerund.
		for j := k - 1; j > a && k-j <= 3; j-- {
			if strings.HasSuffix(d.tok(j).Norm, "ing") && d.cover[j] < 0 {
				return d.unrealisedAct(j, a)
			}
			if !d.tok(j).Is("a", "an", "the", "new", "military", "ground", "full-scale", "major") {
				break
			}
		}
		return false
	}
	for i := k - 1; i >= a && k-i <= 5; i-- {
		t := d.tok(i)
		switch {
		case d.cover[i] >= 0:
		case t.Is(",", ";"):
			return false
		case t.Is("denied", "denies", "deny", "denying", "considering", "considers", "considered", "consider",
			"mulling", "weighing", "contemplating", "avoid", "avoided", "avoiding", "ruled", "rules", "rule"):
			// right before the gerund, or with "out" between: "ruled out sending troops"
			between := d.spanOf(i+1, k)
			rest := strings.ToLower(strings.TrimSpace(d.in.Text[between.Start:between.End]))
			if i+1 == k {
				rest = ""
			}
			if t.Is("ruled", "rules", "rule") {
				return rest == "out"
			}
			return rest == "" || rest == "ever" || rest == "even"
		case t.Is("of", "from") && i > a && i+1 == k && (d.tok(i-1).Is("short") && i-1 > a && d.tok(i-2).Is("stopped", "stops", "stop", "stopping", "fell", "falls", "fall") ||
			d.tok(i-1).Is("refrained", "refrains", "refrain", "refraining", "abstained", "abstains", "abstain", "shied", "shies")):
			// "stopped short of criticising China", "refrained from
			// condemning Turkey": not done
			return true
		case t.Is("against") && i > a:
			// "warned Israel against launching", "cautioned against sending"
			for j := i - 1; j >= a && i-j <= 5; j-- {
				if strings.HasPrefix(d.tok(j).Norm, "warn") || strings.HasPrefix(d.tok(j).Norm, "caution") || strings.HasPrefix(d.tok(j).Norm, "advis") {
					return true
				}
			}
			return false
		case leftBoundaries[norm(t)] || d.stop(i):
			return false
		}
	}
	return false
}

// prospectOf reports whether the trigger at k is only what a prospect, a
// risk or a purpose names after its "of": "raised the prospect of
// expelling its diplomats", "his fear of being extradited", "with the aim
// of concluding a deal", "the threat of a new offensive".
func (d *doc) prospectOf(k, a int) bool {
	gerund := strings.HasSuffix(d.tok(k).Norm, "ing")
	j := k - 1
	if j > a && d.tok(j).Is("being") {
		gerund, j = true, j-1 // "of being extradited"
	}
	if !gerund {
		for j > a && k-j <= 3 && d.cover[j] < 0 && d.tok(j).Is("a", "an", "the", "new", "further", "fresh", "military", "wider", "full-scale") {
			j--
		}
		if j > a && k-j <= 3 && d.cover[j] < 0 && strings.HasSuffix(d.tok(j).Norm, "ing") {
			return d.prospectOf(j, a) // "the possibility of imposing sanctions": the gerund's noun
		}
	}
	if j <= a || !d.tok(j).Is("of") || d.cover[j-1] >= 0 {
		return false
	}
	head := d.tok(j - 1).Norm
	return prospectNouns[head] || gerund && purposeNouns[head]
}

// claimNouns name what others said happened, which a "that" clause tells.
var claimNouns = map[string]bool{"claim": true, "claims": true, "report": true, "reports": true, "suggestion": true,
	"suggestions": true, "allegation": true, "allegations": true, "speculation": true, "rumours": true, "rumors": true,
	"accusation": true, "accusations": true, "assertion": true, "assertions": true}

// prospectNouns name an act that may come, not one done; purposeNouns
// name one sought, when a gerund follows ("the aim of the talks" were
// held).
var prospectNouns = map[string]bool{"prospect": true, "prospects": true, "possibility": true, "risk": true, "risks": true,
	"threat": true, "threats": true, "fear": true, "fears": true, "danger": true, "likelihood": true, "spectre": true,
	"specter": true, "chance": true, "chances": true, "idea": true, "option": true, "options": true}

var purposeNouns = map[string]bool{"aim": true, "goal": true, "purpose": true, "hope": true, "hopes": true,
	"intention": true, "objective": true}

// saidBetween reports whether a speech verb stands in (from, k).
func (d *doc) saidBetween(from, k int) bool {
	for i := from + 1; i < k; i++ {
		if d.cover[i] < 0 && sayVerbs[d.tok(i).Norm] && !d.declaredAct(i) {
			return true
		}
	}
	return false
}

// declaredAct reports whether the verb at i declares an act it takes as
// its object, not words: "declared a pause in its offensive", "declared
// its support for Kyiv", "reiterated its demand for", "restated their
// call on" (but "declared the talks had failed" tells).
func (d *doc) declaredAct(i int) bool {
	return d.tok(i).Is("declared", "declares", "declare", "declaring", "proclaimed", "proclaims", "reiterated",
		"reiterates", "reiterate", "reiterating", "restated", "restates", "restating") &&
		i+1 < len(d.in.Tokens) && d.tok(i+1).Is("a", "an", "its", "their", "his", "her")
}

// modalAfter reports whether the noun trigger at k is the subject of a
// clause in "would", "could" or "might": the phrase after it ("of
// Ukraine") runs straight into the modal.
func (d *doc) modalAfter(k, ce int) bool {
	return d.modalityAfter(k, ce) == parley.Hypothetical
}

// ownConditionAside reports whether the phrase of noun trigger k holds a
// condition of its own in an aside before its verb: ", if imposed,",
// ", unless approved,".
func (d *doc) ownConditionAside(k, ce int) bool {
	for i := k + 1; i+3 < ce && i <= k+14; i++ {
		if d.tok(i).Is(",") && d.tok(i+1).Is("if", "unless") && strings.HasSuffix(d.tok(i+2).Norm, "ed") && d.tok(i+3).Is(",") {
			return true
		}
		if d.finiteVerbAt(i) {
			return false
		}
	}
	return false
}

// modalityAfter reads the predicate after a noun trigger and its
// arguments: "a further invasion would meet …", "A meeting between Trump
// and Xi is possible" (hypothetical), "Talks between the two are
// expected next week", "A summit is being prepared" (planned); "" when
// it says nothing of the kind.
func (d *doc) modalityAfter(k, ce int) parley.Status {
	i := k + 1
	if i < ce && d.tok(i).Is("of", "on", "against", "by", "between", "with") {
		i++
		for i < ce && (d.cover[i] >= 0 || d.tok(i).Is("the", "and", ",")) {
			i++
		}
	}
	i = d.pastTopicPhrase(i, ce)
	if i >= ce {
		return ""
	}
	switch {
	case d.tok(i).Is("would", "could", "might", "may") && !d.monthAt(i): // (not "talks on May 3")
		return parley.Hypothetical
	case d.tok(i).Is("will"):
		return parley.Planned
	case i+1 < ce && d.tok(i).Is("is", "are", "was", "were", "remains", "remain", "seemed", "seems", "looked", "looks"):
		n := d.tok(i + 1)
		switch {
		case n.Is("possible", "likely", "unlikely", "uncertain", "doubtful", "conceivable"):
			return parley.Hypothetical
		case n.Is("expected", "planned", "scheduled", "due", "set", "slated", "envisaged"):
			return parley.Planned
		case n.Is("being") && i+2 < ce && d.tok(i+2).Is("prepared", "planned", "arranged", "organised", "organized", "discussed", "considered", "negotiated"):
			return parley.Planned
		}
	}
	return ""
}

// pastTopicPhrase returns the token after a phrase of topic that opens at
// i and runs straight into a modal or a form of "be" — "Negotiations
// between Norway and China on a free trade agreement will resume" — or i
// when no such phrase stands there. A comma, a relative word or a verb
// of its own ends the search: the phrase then is no topic of the noun's.
func (d *doc) pastTopicPhrase(i, ce int) int {
	if i >= ce || !d.tok(i).Is("on", "over", "about", "regarding", "concerning") {
		return i
	}
	for j := i + 1; j < ce && j <= i+8; j++ {
		t := d.tok(j)
		if t.Is("will", "would", "could", "might", "is", "are", "was", "were") && !d.monthAt(j) {
			return j
		}
		verb := d.finiteVerbAt(j) && !d.tok(j-1).Is("the", "a", "an", "its", "their") // (not "over the disputed island")
		if t.Is(",", "that", "which", "who", "whose", "where", "when", ";", ":") || t.Kind != token.Word || verb {
			return i
		}
	}
	return i
}

// protesters reports whether actor id is a crowd of protesters as such —
// protesters, demonstrators — whose words and gatherings are a protest;
// rebels, workers or an opposition party say and do other things too.
func (d *doc) protesters(id string) bool {
	return d.isOrg(id) && d.nameHas(id, "protester", "protestor", "demonstrator")
}

// crowd reports whether actor id is a crowd that protests: protesters,
// demonstrators, activists, students and the like, not a person, a state
// or a body.
func (d *doc) crowd(id string) bool {
	return d.isOrg(id) && (d.nameHas(id, "protester", "protestor", "demonstrator", "activist", "supporters", "students",
		"workers", "teachers", "farmers", "doctors", "nurses", "unions", "strikers", "miners", "opposition", "rebels") || d.actors[id].Role == "opposition") // ("the opposition Unitary Platform")
}

// allTravellers reports whether every id is a group of private people
// whose travel is no visit between governments: refugees, migrants,
// tourists, pilgrims, activists, students.
func (d *doc) allTravellers(ids []string) bool {
	for _, id := range ids {
		if !d.isOrg(id) || !d.nameHas(id, "refugee", "migrant", "tourist", "pilgrim", "activist", "protester", "protestor",
			"demonstrator", "student", "worker", "fans", "journalist", "civilian", "residents", "asylum", "traveller", "traveler") { // ("residents", not the "resident" in "Presidential Guard")
			return false
		}
	}
	return true
}

// isOrg reports whether actor id is an organisation of the article.
func (d *doc) isOrg(id string) bool {
	a, ok := d.actors[id]
	return ok && a.Kind == parley.Organization
}

// nameHas reports whether the name of actor id holds one of the words, in
// any case.
func (d *doc) nameHas(id string, words ...string) bool {
	a, ok := d.actors[id]
	if !ok {
		return false
	}
	name := strings.ToLower(a.Name)
	for _, w := range words {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// crowdProtest reports whether token k is a protest word the actor stage
// made the mention of its crowd ("protests in Bolivia" → Bolivian
// protesters): it is still the trigger, with that crowd for source.
func (d *doc) crowdProtest(k int) bool {
	if d.cover[k] < 0 {
		return false
	}
	m := d.in.Mentions[d.cover[k]]
	return m.Via == parley.ViaCollective && len(m.Actors) == 1 && d.crowd(m.Actors[0]) &&
		d.mentionStart(k) == k && d.mentionEnd(k) == k+1 && !strings.Contains(strings.ToLower(m.Text), "protester")
}

// addressee returns the actor named after "to" or "with" between the
// subject starting at from and a nominal trigger at k, other than the
// subject itself.
func (d *doc) addressee(from, k int, subj string) []string {
	for i := from + 1; i < k; i++ {
		if d.cover[i] < 0 || !d.tok(i-1).Is("to", "with") {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		if len(m.Actors) == 1 && m.Actors[0] != subj && d.mentionStart(i) == i {
			return m.Actors
		}
	}
	return nil
}

// namedBetween reports whether an actor is named in tokens [i, j).
func (d *doc) namedBetween(i, j int) bool {
	for ; i < j; i++ {
		if d.cover[i] >= 0 {
			return true
		}
	}
	return false
}

// proposalBefore reports whether a verb that asks or proposes governs the
// that-clause opening at t: it stands within a dozen words before it, with
// at most an object and a parenthesis between ("proposed to Putin, in a
// phone call on Tuesday, that …").
func (d *doc) proposalBefore(t, a int) bool {
	for i := t - 1; i >= a && t-i <= 12; i-- {
		if d.stop(i) {
			return false
		}
		if d.cover[i] < 0 && (askWords[d.tok(i).Norm] || proposeWords[d.tok(i).Norm] || threatWords[d.tok(i).Norm]) {
			return true
		}
	}
	return false
}

// threatenedClause reports whether the mention ending at t is a pronoun
// right after a word of threat and before a modal: the subject of the
// clause threatened, its "that" left out ("warned it would strike",
// "vowed they will respond").
func (d *doc) threatenedClause(t, a int) bool {
	pronoun := d.tok(t).Is("it", "they", "he", "she", "we") // (an unresolved one too: "the Houthis warned they would")
	if m, ok := d.mentionAt(t); d.cover[t] >= 0 {
		pronoun = pronoun && ok && m.Via == parley.ViaPronoun
	}
	return pronoun && t > a && threatWords[d.tok(t-1).Norm] && t+1 < len(d.in.Tokens) &&
		d.tok(t+1).Is("would", "will", "could", "might", "'d", "’d", "'ll", "’ll")
}

// threatWords threaten or warn: what their that-clause or infinitive
// says would be done is threatened, and the threat is the event.
var threatWords = map[string]bool{"warn": true, "warned": true, "warns": true, "warning": true,
	"threaten": true, "threatened": true, "threatens": true, "threatening": true,
	"vow": true, "vowed": true, "vows": true, "vowing": true} // ("vowed to keep attacking US warships": a threat, not yet an attack)

var proposeWords = map[string]bool{"propose": true, "proposed": true, "proposes": true, "proposing": true,
	"suggest": true, "suggested": true, "suggests": true, "suggesting": true, "insist": true, "insisted": true,
	"insists": true, "recommend": true, "recommended": true, "recommends": true}

// inTimePhrase reports whether the nominal trigger at k heads a phrase of
// time or cause ("since the invasion", "after the summit", "amid the
// protests"), whose act belongs to no actor of the clause around it.
func (d *doc) inTimePhrase(k, cs int) bool {
	i := k - 1
	for i >= cs && d.cover[i] < 0 && d.tok(i).Kind == token.Word && !d.tok(i).Upper && !timePreps[d.tok(i).Norm] && k-i <= 4 {
		i--
	}
	return i >= cs && timePreps[d.tok(i).Norm] && d.cover[i] < 0
}

var timePreps = map[string]bool{"since": true, "after": true, "before": true, "during": true, "amid": true,
	"following": true, "despite": true, "until": true}

// askedForBefore reports whether an asking word and "for" stand before
// the "and" at j in its clause ("calling for a rerun of the vote and for
// sanctions"), within a dozen words.
func (d *doc) askedForBefore(j, a int) bool {
	for t := j - 1; t > a && j-t <= 12; t-- {
		if d.stop(t) || d.tok(t).Is(";") {
			return false
		}
		if d.tok(t).Is("for") && forAsks[d.tok(t-1).Norm] {
			return true
		}
	}
	return false
}

// requestedAct reports whether the word at k is the act a request asks
// for: the verb of its "to" complement or a noun it governs ("urged
// Ukraine to investigate Biden", "wants Trump to eliminate the tariffs",
// "demands to roll back existing tariffs"). The request is the event;
// the act has not happened.
func (d *doc) requestedAct(k, a int) bool {
	if v := d.sharedInfinitive(k, a); v >= 0 {
		return d.requestedAct(v, a) // "calling on government to close the embassy and suspend relations"
	}
	// "called for new sanctions against Russia", "pressed for an arms
	// embargo": the measure asked for, not taken.
	for t := k - 1; t > a && k-t <= 5; t-- {
		if d.cover[t] >= 0 && d.in.Mentions[d.cover[t]].Via != parley.ViaAdjective || d.tok(t).Kind == token.Punct {
			break // (a country word may stand between: "called for a complete Israeli withdrawal")
		}
		if t == k-1 && d.tok(t).Is("and") && strings.HasSuffix(d.tok(k).Norm, "ed") && d.finiteVerbAt(k) {
			break // "called for calm and urged the authorities …": a second act of the subject's
		}
		if d.tok(t).Is("for") {
			if forAsks[d.tok(t-1).Norm] || d.tok(t-1).Is("and") && d.askedForBefore(t-1, a) {
				return true // (or "calling for a rerun of the vote and for sanctions on …")
			}
			break
		}
		if directAsks[d.tok(t).Norm] && d.cover[t] < 0 {
			return true // "demanded the withdrawal of Rwandan troops", "urged an immediate halt": asked for, not done
		}
	}
	for t := k - 1; t >= a && k-t <= 10; t-- {
		if d.tok(t).Is(",") && t == k-2 && d.tok(k-1).Is("to") {
			if o := d.relativeOpen(t, a); o > a {
				t = k - 1 // the "to" right after a relative clause: read on from it
			}
		}
		if d.stop(t) || d.tok(t).Is(",") || d.tok(t).Is("and") && d.afterTimePhrase(t+1, k) == k {
			return false // ("vowed to retaliate and on Sunday fired a missile": a new act)
		}
		if d.tok(t).Is("that") && d.cover[t] < 0 {
			return d.proposalBefore(t, a) // "proposed to Putin … that they hold a summit"
		}
		if t == k-1 && d.tok(t).Is("keep", "continue") {
			continue // "vowed to keep attacking": past the aspect verb to its "to"
		}
		if d.threatenedClause(t, a) {
			return true // "warned it would strike Israel": a "that" left out
		}
		if d.cover[t] >= 0 || !d.tok(t).Is("to") || k-t > 6 {
			continue
		}
		// Before "to": the asking word, or its object then the asking word.
		i := d.beforeTimePhrase(t-1, a) // "urged Washington on Wednesday to lift"
		if i > a && d.tok(i).Is(",") {
			if o := d.relativeOpen(i, a); o > a {
				i = o - 1 // "called on the United States and France, which sit on the committee, to press Israel"
			}
		}
		for i >= a && (d.cover[i] >= 0 || i == t-1 && d.tok(i).Is("him", "her", "them", "it", "us", "both", "all") || i < t-1 && i > a && (d.tok(i).Is("and", ",", "the") && d.cover[i-1] >= 0 ||
			d.tok(i).Is("the") && d.tok(i-1).Is("and", ",") && i-1 > a && d.cover[i-2] >= 0)) {
			i-- // "urged Russia and Ukraine to talk", "called on Britain and the United States to": past the coordinated names
		}
		if i < t-1 && i > a && d.tok(i).Is("the") {
			i-- // "wants the United States to lift …"
		}
		if i-2 >= a && d.tok(i).Is("right") && d.tok(i-1).Is("the") && strings.HasPrefix(d.tok(i-2).Norm, "reserv") {
			return true // "reserved the right to take countermeasures against Lithuania": held in store, a threat
		}
		if i < t-1 && i > a && d.tok(i).Is("from", "by") && askWords[d.tok(i-1).Norm] {
			return true // "under pressure from the EU to recognise Kosovo": its maker, then "to"
		}
		if i < t-1 && i > a && d.tok(i).Is("for") && forAsks[d.tok(i-1).Norm] {
			return true // "called for Serbia and Kosovo to sign the agreement"
		}
		if i == t-1 && i-1 > a && d.cover[i-1] >= 0 && d.tok(i).Is("government", "authorities", "regime", "administration", "leadership", "junta") {
			// "urged the Afghan Taliban government to deny …": the name,
			// then its government
			for i--; i >= a && (d.cover[i] >= 0 || d.tok(i).Is("the")); i-- {
			}
		} else if i == t-1 {
			i = d.commonAddressee(i, a) // "calling on government to close the embassy", "urging the president to impose"
		}
		i = d.beforeTimePhrase(i, a) // "threatened on Thursday to impose"
		for i >= a && d.tok(i).Is("also", "repeatedly", "again", "publicly", "strongly") {
			i--
		}
		if j := d.beforeTimePhrase(i-1, a); i > a && j >= a && d.tok(i).Is("on", "upon") && d.tok(j).Is("call", "calls", "called", "calling") {
			return true // "called on the government to withdraw", "called on Monday on both sides to cease"
		}
		if j := d.beforeTimePhrase(i-1, a); i > a && j >= a && d.tok(i).Is("to") && (askWords[d.tok(j).Norm] || forAsks[d.tok(j).Norm]) {
			return true // "appealed to the EU to keep sanctions on Russia", "appealed on Wednesday to Israel and Hamas to stop fighting"
		}
		if i >= a && d.tok(i).Is("expect", "expects", "expected", "expecting") && d.namedBetween(i+1, t) {
			return true // "Turkey expected Baghdad to designate the PKK": asked of Baghdad (not "is expected to visit")
		}
		return i >= a && (askWords[d.tok(i).Norm] || threatWords[d.tok(i).Norm])
	}
	return false
}

// threatenedTypes are the acts a threat can name by their noun.
var threatenedTypes = map[parley.EventType]bool{parley.Assault: true, parley.Coerce: true, parley.Mobilize: true, parley.Sanction: true}

// threatenedNoun reports whether the nominal trigger at k is the object
// of a verb of threat, past its article and modifiers: "threatened a new
// offensive", "is threatening a full-scale invasion of Lebanon".
func (d *doc) threatenedNoun(k, a int) bool {
	for j := k - 1; j >= a && k-j <= 5; j-- {
		t := d.tok(j)
		switch {
		case d.cover[j] >= 0:
			if d.in.Mentions[d.cover[j]].Via != parley.ViaAdjective {
				return false // "threatened Syria after the attack"
			}
		case t.Is("threaten", "threatened", "threatens", "threatening"):
			return true
		case t.Kind != token.Word || t.Upper:
			return false
		case !(threatModifiers[t.Norm] || weaponWords[t.Norm] || adjectiveLike(t) || strings.Contains(t.Text, "-")):
			return false
		}
	}
	return false
}

// ownedAid returns the state whose aid the subject at i names, right
// before the passive verb k: "US assistance (could be suspended)",
// "Britain's aid (was cut)"; "" otherwise.
func (d *doc) ownedAid(i, k int) string {
	if i < 0 || i >= k || d.cover[i] < 0 {
		return ""
	}
	m := d.in.Mentions[d.cover[i]]
	if len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "state:") {
		return ""
	}
	end := d.mentionEnd(i)
	j := end
	if d.possessiveAt(j) {
		j++
	}
	for ; j < k && j <= end+3; j++ {
		if d.tok(j).Is("aid", "assistance", "funding", "funds", "loans", "cooperation", "support") {
			return m.Actors[0]
		}
	}
	return ""
}

// weighedPenalty reports whether the penalty or force at k is one its
// subject is weighing: "is considering a travel ban on Guatemala",
// "weighing new sanctions on Belarus", "mulled imposing tariffs", "would
// otherwise consider an arms embargo". Held over the target, it is a
// threat; it has not been imposed.
func (d *doc) weighedPenalty(k, a int) bool {
	for j := k - 1; j > a && k-j <= 6; j-- {
		t := d.tok(j)
		switch {
		case weighVerbs[t.Norm]:
			return true
		case t.Is("consider") && (d.tok(j-1).Is("to", "will", "would", "could", "may", "might", "should") || d.tok(j-1).Is("otherwise") && d.tok(j-2).Is("will", "would")):
			return true
		case d.cover[j] >= 0:
			if d.in.Mentions[d.cover[j]].Via != parley.ViaAdjective {
				return false // "considering Russia's sanctions": another's penalty
			}
		case t.Kind != token.Word || t.Upper:
			return false
		case !(threatModifiers[t.Norm] || t.Is("whether", "to", "possible", "targeted", "travel", "trade", "additional", "economic", "punitive") ||
			adjectiveLike(t) || strings.HasSuffix(t.Norm, "ing") || strings.Contains(t.Text, "-")):
			return false
		}
	}
	return false
}

// weighVerbs hold something under consideration.
var weighVerbs = map[string]bool{"considering": true, "weighing": true, "weighs": true, "weighed": true,
	"mulling": true, "mulls": true, "mulled": true, "contemplating": true, "contemplates": true, "contemplated": true,
	"eyeing": true, "studying": true, "exploring": true}

var threatModifiers = map[string]bool{"a": true, "an": true, "the": true, "new": true, "fresh": true, "another": true,
	"further": true, "more": true, "major": true, "ground": true, "renewed": true, "massive": true, "wider": true, "broader": true}

// asThreats turns acts named as what was threatened into the threats.
func asThreats(ev []parley.Event) []parley.Event {
	for i, e := range ev {
		mode := ""
		if e.Type == parley.Sanction {
			mode = "sanction"
		}
		ev[i].Type, ev[i].CAMEO, ev[i].Mode, ev[i].Medium = parley.Threaten, "138", mode, ""
		ev[i].Rule += ":threatened"
	}
	return ev
}

// willingTypes are the acts whose readiness, declared, is an offer to
// cooperate: to talk, work together, help, back or agree.
var willingTypes = map[parley.EventType]bool{parley.Consult: true, parley.Cooperate: true, parley.Aid: true, parley.Support: true, parley.Agree: true}

// heldReady reports whether the verb at k follows "ready to", "prepared
// to" or "willing to" ("is prepared to strike", "stands ready to impose").
func (d *doc) heldReady(a, k int) bool {
	if d.tok(k).Is("break", "cut", "sever", "suspend", "downgrade") {
		return false // ("ready to break off ties with Israel": a stance on relations, left uncoded)
	}
	return k-2 >= a && d.tok(k-1).Is("to") && d.tok(k-2).Is("ready", "prepared", "willing")
}

// answeredAgent returns the doer, after "by" or "from", of the hostile
// act a response at k answers: "would respond decisively to any attack
// by Iran", "will retaliate against any aggression from its neighbour".
func (d *doc) answeredAgent(k, ce int) []string {
	if !d.tok(k).Is("respond", "responds", "responded", "responding", "retaliate", "retaliates", "retaliated", "retaliating", "react", "reacts", "reacted", "reacting") {
		return nil
	}
	j := k + 1
	for j < ce && j <= k+3 && !d.tok(j).Is("to", "against") {
		j++
	}
	if j >= ce || !d.tok(j).Is("to", "against") {
		return nil
	}
	for j++; j < ce && j <= k+8; j++ {
		t := d.tok(j)
		switch {
		case t.Is(answeredActs...):
			if !d.tok(j+1).Is("by", "from") {
				return nil
			}
			return d.agentAfter(j, ce, "by", "from")
		case d.cover[j] >= 0 || t.Kind != token.Word || !(t.Is("any", "an", "a", "the", "further", "future", "fresh", "new", "such", "military", "armed") || adjectiveLike(t)):
			return nil
		}
	}
	return nil
}

// answeredActs are hostile acts a response answers.
var answeredActs = []string{"attack", "attacks", "aggression", "provocation", "provocations", "strike", "strikes", "incursion", "incursions",
	"escalation", "violation", "violations", "action", "actions", "move", "moves", "act", "acts", "assault", "invasion", "sanctions", "measures"}

// haltDeclared reports whether the nominal trigger at k is what a halt
// declared stops, past its possessive and modifiers: "announced a pause
// in its offensive", "ordered a halt to strikes on Lebanon", "declared a
// suspension of all military operations".
func (d *doc) haltDeclared(k, a int) bool {
	j := k - 1
	for j > a && k-j <= 4 && (d.tok(j).Is("its", "their", "his", "her", "all", "military") || threatModifiers[d.tok(j).Norm] || weaponWords[d.tok(j).Norm] || adjectiveLike(d.tok(j))) {
		j--
	}
	if j < a+2 || !d.tok(j).Is("in", "to", "of", "on") || !d.tok(j-1).Is(haltNouns...) {
		return false
	}
	for i := j - 2; i >= a && j-i <= 5; i-- {
		t := d.tok(i)
		switch {
		case t.Is(haltDeclarers...):
			return true
		case d.cover[i] >= 0 || t.Kind != token.Word || !(t.Is("a", "an", "the", "immediate", "temporary", "unilateral", "full", "complete") || strings.Contains(t.Text, "-") || adjectiveLike(t)):
			return false
		}
	}
	return false
}

var haltNouns = []string{"pause", "halt", "suspension", "cessation", "moratorium", "freeze", "end"}

var haltDeclarers = []string{"announce", "announced", "announces", "announcing", "declare", "declared", "declares", "declaring",
	"order", "ordered", "orders", "ordering", "proclaim", "proclaimed", "proclaims"}

// asHalts turns acts named as what a declared halt stops into the
// concession of holding fire.
func asHalts(ev []parley.Event) []parley.Event {
	for i := range ev {
		ev[i].Type, ev[i].CAMEO, ev[i].Mode, ev[i].Medium = parley.Concede, "0871", "ceasefire", ""
		ev[i].Rule += ":halted"
	}
	return ev
}

// sharedInfinitive returns the verb after "to" that the bare verb at k,
// right after "and" or "or", is coordinated with — "to close the embassy
// and suspend relations", "and to suspend relations" — or -1.
func (d *doc) sharedInfinitive(k, a int) int {
	c := k - 1
	if c > a && d.tok(c).Is("to") {
		c--
	}
	if c < a+2 || !d.tok(c).Is("and", "or") || !d.bareVerbAt(k) || strings.HasSuffix(d.tok(k).Norm, "s") {
		return -1
	}
	for j := c - 1; j > a && k-j <= 16; j-- {
		if d.tok(j).Kind == token.Punct || d.tok(j).Is("and", "or", "that", "which", "who") {
			return -1
		}
		if d.tok(j).Is("to") && d.bareVerbAt(j+1) && j+1 < c {
			return j + 1
		}
	}
	return -1
}

// commonAddressee returns the token before the short phrase of common
// nouns ending at i — "government", "the competent authorities", "all
// parties" — that a request can be made of, or i when there is none.
func (d *doc) commonAddressee(i, a int) int {
	for j := i; j > a && i-j < 3; j-- {
		t := d.tok(j)
		westernCountries := t.Upper && j == i-1 && d.tok(i).Is("countries", "nations", "governments", "powers", "states", "leaders", "allies", "partners", "donors")
		if d.cover[j] >= 0 || t.Kind != token.Word || t.Upper && !westernCountries || auxWords[t.Norm] || d.finiteVerbAt(j) {
			return i // ("Western countries", "Arab governments": a people's word before the common noun)
		}
		if j < i && t.Is("the", "all", "both", "its", "their") {
			return j - 1
		}
		if p := d.tok(j - 1); p.Is("on", "upon") || askWords[p.Norm] {
			return j - 1
		}
	}
	return i
}

// visitOfNamed reports whether the noun at k is a visit whose "of" names
// the visitor: discussing "the visit of President Prabowo to Hanoi next
// month" talks of a visit made or planned, not of visits in general, and
// of one apart from the talk about it.
func (d *doc) visitOfNamed(k, b int) bool {
	return d.tok(k).Is("visit", "visits", "trip") && d.ofDoer(k, b) != nil
}

// topicOfTalks reports whether the noun at k is what talks, a meeting
// or a deal are about: "talks between Russia and Ukraine on a prisoner
// exchange", "will meet on Monday to discuss new sanctions", "an
// emergency meeting on the missile attack".
func (d *doc) topicOfTalks(k, a int) bool {
	for i := k - 1; i > a && k-i <= 4; i-- {
		t := d.tok(i)
		if t.Kind == token.Punct {
			return false
		}
		if t.Is("then") || t.Is("and", "or") && !plural(d.tok(k).Norm) {
			return false // "would discuss trade and then sign a pact": an act of its own
		}
		if t.Is("discuss", "discussed", "discusses", "discussing", "debate", "debated", "debates", "debating", "weigh", "weighed", "weighs", "weighing") && !d.tok(i-1).Is("the", "a") {
			return true
		}
		if t.Is("on", "about", "over") && !d.inDate(i+1) {
			for j := i - 1; j >= a && i-j <= 8; j-- {
				if d.tok(j).Is("talks", "negotiations", "discussions", "consultations", "dialogue", "deal", "agreement", "accord",
					"meeting", "meetings", "summit", "session", "talk", "talked", "talking") {
					return true
				}
				if d.tok(j).Kind == token.Punct {
					break
				}
			}
			return false
		}
	}
	return false
}

// ownBodyChaired reports whether the meeting noun at k is one its
// chair held of a body of their own state ("chaired a meeting of the
// National Security Council") or of a body the knowledge base does not
// know, which a head of government chairs at home ("the Defence Committee
// of the Cabinet"); a meeting of G7 leaders chaired is one with them.
func (d *doc) ownBodyChaired(k, a int, ev []parley.Event) bool {
	chaired := false
	for j := k - 1; j >= a && k-j <= 4; j-- {
		if d.tok(j).Is("chaired", "chairs", "chairing", "chair", "presided", "presides", "presiding") {
			chaired = true
			break
		}
		if d.cover[j] >= 0 || d.tok(j).Kind != token.Word {
			return false
		}
	}
	if !chaired || !d.tok(k+1).Is("of") {
		return false
	}
	b := k + 2
	if d.tok(b).Is("the") {
		b++
	}
	m, ok := d.mentionAt(b)
	if !ok || len(m.Actors) != 1 || len(ev) == 0 {
		return false
	}
	body, chair := d.actors[m.Actors[0]], d.actors[ev[0].Source.ID]
	if body == nil || chair == nil || body.Kind != parley.Organization {
		return false
	}
	return body.Country != "" && body.Country == chair.Country || body.Country == "" && !body.Known && chair.Kind == parley.Person
}

// meetingAsSetting reports whether the meeting noun at k opens its
// sentence as the setting of what follows: "At the summit, …", "During
// the talks, …" (the meeting told before), "At a meeting of EU foreign
// ministers in Brussels, Moratinos said …" (a body's meeting). The
// clause's actors are not its participants.
func (d *doc) meetingAsSetting(k, a int) bool {
	if !d.tok(a).Is("at", "during", "after", "before", "following") {
		return false
	}
	if k == a+2 && d.tok(k-1).Is("the", "that", "this") {
		return true
	}
	// "At an emergency meeting of the U.N. Security Council in New York on
	// Monday, Tadic told envoys …": a body's meeting where someone spoke.
	if k > a+4 || !d.tok(k+1).Is("of") || !d.tok(a+1).Is("the", "a", "an") {
		return false
	}
	for j := a + 2; j < k; j++ {
		if d.cover[j] >= 0 || d.tok(j).Kind != token.Word || d.tok(j).Upper {
			return false
		}
	}
	return true
}

// talksAsTopic reports whether the meeting noun at k is only what someone
// speaks or is asked about: "Obama was asked for his views on talks with
// Iran", "Scholz commented on the talks with China". The clause's subject
// is then no participant ("reported on his talks with Xi" is his own).
func (d *doc) talksAsTopic(k, a int) bool {
	if !d.tok(k).Is("talks", "negotiations", "meeting", "meetings", "summit", "consultations", "discussions", "call", "visit", "trip") {
		return false
	}
	i := k - 1
	if i > a && d.tok(i).Is("the", "these", "those", "this", "that", "any", "such", "ongoing", "planned", "upcoming", "recent", "latest") {
		i--
	}
	if i <= a || !d.tok(i).Is("on", "about", "regarding", "concerning") {
		return false
	}
	return d.tok(i-1).Is("views", "view", "opinion", "opinions", "questions", "question", "asked", "comment", "comments",
		"commented", "commenting", "remarks", "briefed", "briefing", "updated", "update", "updates", "spoke", "speaking",
		"spoken", "wrote", "written", "writing", "article", "articles", "column", "editorial", "silent", "thoughts",
		"position", "stance", "hearing", "testified", "testimony", "reporters", "journalists", "press", "pressed", "quizzed")
}

// intendedAct reports whether the verb at k is only what a threat, a plan
// or an attempt is to do: "Venezuela's threat to annex the Essequibo
// region", "a bid to topple the government".
func (d *doc) intendedAct(k int) bool {
	if k >= 3 && d.tok(k-1).Is("to") && d.tok(k-2).Is("anyone", "anybody", "others", "nobody", "one") && d.tok(k-3).Is("allow", "allows", "allowed", "let", "permit", "permits", "tolerate") {
		return true // "Egypt would not allow anyone to threaten Somalia": no one's act
	}
	if k >= 3 && d.tok(k-1).Is("to") && d.tok(k-2).Is("plan", "plans") && d.plannedBySubject(k-2) {
		return false // "NATO plans to send a force": the verb, its plan told as planned
	}
	if k >= 3 && d.tok(k-1).Is("to") && d.tok(k-2).Is("plans", "plan", "intention") && d.tok(k-3).Is("no") {
		return false // "Japan has no plans to build on the islands": the act, told as not to be done
	}
	return k >= 2 && d.tok(k-1).Is("to") && d.tok(k-2).Is("threat", "threats", "plan", "plans", "bid", "attempt", "attempts",
		"effort", "efforts", "ambition", "ambitions", "intention", "desire", "plot", "scheme", "campaign", "drive",
		"trying", "seeking", "attempting", "aiming", "permission", "authorisation", "authorization", "approval", "light")
}

// plannedBySubject reports whether "plan"/"plans" at p is a verb: its
// subject, a named actor or a pronoun, stands right before it (perhaps
// with an adverb), as in "Lithuania plans to", "it plans to", "Tokyo also
// plans to" (not "Russia's plans to", "the plan to").
func (d *doc) plannedBySubject(p int) bool {
	j := p - 1
	if j >= 0 && d.tok(j).Is("also", "now", "still", "reportedly", "already", "currently", "further") {
		j--
	}
	if j < 0 {
		return false
	}
	if d.tok(j).Is("he", "she", "it", "they", "we", "i", "who", "which") {
		return true
	}
	if _, ok := d.mentionAt(j); !ok || d.mentionEnd(j) != j+1 {
		return false
	}
	ms := d.mentionStart(j)
	return d.tok(p).Is("plans") || ms == 0 || !d.tok(ms-1).Is("a", "an", "the") // ("an EU plan to normalise relations")
}

// relativeOpen returns the comma that opens a relative clause (", which
// …", ", who …") closed by the comma at c, or -1.
func (d *doc) relativeOpen(c, a int) int {
	for o := c - 2; o > a && c-o <= 16; o-- {
		if d.tok(o).Is(",") {
			if d.tok(o+1).Is("which", "who", "whose") {
				return o
			}
			return -1
		}
	}
	return -1
}

// directAsks take the act asked for as their direct object.
var directAsks = map[string]bool{"demanded": true, "demands": true, "demand": true, "demanding": true, "urged": true, "urges": true,
	"urge": true, "urging": true, "sought": true, "seeks": true, "seek": true, "seeking": true, "requested": true, "requesting": true}

// forAsks are the words that ask for what follows "for": "called for
// sanctions", "lobbied for an embargo".
var forAsks = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "appeal": true,
	"appeals": true, "appealed": true, "appealing": true, "push": true, "pushed": true, "pushing": true,
	"pushes": true, "press": true, "pressed": true, "pressing": true, "lobby": true, "lobbied": true,
	"lobbying": true, "argued": true, "argue": true, "advocated": true, "advocate": true, "asked": true,
	"ask": true, "asking": true, "demand": true, "demands": true, "plea": true, "pleaded": true, "pleas": true,
	"campaign": true, "campaigned": true, "campaigning": true, "clamour": true, "clamor": true,
	// "blocked proposals for sanctions on Georgian officials": put forward, not imposed
	"proposal": true, "proposals": true, "request": true, "requests": true}

// beforeTimePhrase returns the token before the time phrase ending at i
// ("on Thursday", "last week"), or i when no date ends there.
func (d *doc) beforeTimePhrase(i, a int) int {
	if i < a || !d.inDate(i) {
		return i
	}
	for i >= a && d.inDate(i) {
		i--
	}
	if i >= a && d.tok(i).Is("on", "in", "at", "earlier", "late") {
		i--
	}
	return i
}

// afterTimePhrase returns the token after the time phrase starting at i
// ("on Thursday", "last week"), or i when none starts there.
func (d *doc) afterTimePhrase(i, end int) int {
	j := i
	if j < end && d.tok(j).Is("earlier", "late", "early", "later") {
		j++ // "agreed late on Sunday to …"
	}
	if j < end && d.tok(j).Is("on", "in", "at", "since") {
		j++ // ("has refused since 1 March to …")
	}
	if j >= end || !d.inDate(j) {
		return i
	}
	for j < end && d.inDate(j) {
		j++
	}
	return j
}

func hasVerb(fs []formSense) bool {
	for _, f := range fs {
		if f.verbForm {
			return true
		}
	}
	return false
}

// resignationRefused returns the one whose resignation the refusal at k
// turns down, "refused to accept the resignation of Mikati", "declined to
// accept Attal's resignation": the one who offered to go, or nil.
func (d *doc) resignationRefused(k, ce int, subj string) []string {
	i := k + 1
	if i+1 < ce && d.tok(i).Is("to") && d.tok(i+1).Is("accept") {
		i += 2
	} else if !d.tok(k).Is("rejected", "reject", "rejects", "rejecting", "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining") {
		return nil
	}
	var ids []string
	switch {
	case i+3 < ce && d.tok(i).Is("the") && d.tok(i+1).Is("resignation") && d.tok(i+2).Is("of"):
		ids = d.namedAfter(i+3, ce)
	case i < ce && d.cover[i] >= 0 && d.mentionStart(i) == i && d.possessiveAt(d.mentionEnd(i)) && d.mentionEnd(i)+1 < ce && d.tok(d.mentionEnd(i)+1).Is("resignation"):
		ids = d.in.Mentions[d.cover[i]].Actors
	}
	if len(ids) != 1 || ids[0] == subj {
		return nil
	}
	return ids
}

// pluralAfterVerb reports whether the word at k ending in "s" follows a
// finite past verb, so it is that verb's plural object, a noun: "rejected
// requests from Washington", "renewed calls for Israel to halt …".
func (d *doc) pluralAfterVerb(k, a int) bool {
	t := d.tok(k)
	return strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss") && k > a && d.cover[k-1] < 0 &&
		strings.HasSuffix(d.tok(k-1).Norm, "ed") && d.finiteVerbAt(k-1)
}

// pluralNoun reports the forms that are nouns unless a subject directly
// precedes them ("talks", "sanctions"); the caller's context test decides
// the rest.
func pluralNoun(w string) bool { return w == "talks" || w == "sanctions" || w == "tariffs" }

// clauseEnd returns the end of the clause that starts after trigger k: a
// semicolon, a comma that opens a participle clause (", marking the
// launch …", ", saying …") or a relative clause about what follows the
// trigger.
func (d *doc) clauseEnd(k, b int) int {
	for i := k + 1; i < b; i++ {
		n := norm(d.tok(i))
		if n == ";" || n == "." && i == b-1 {
			return i
		}
		if n == "," && i+1 < b && d.cover[i+1] < 0 && strings.HasSuffix(d.tok(i+1).Norm, "ing") && len(d.tok(i+1).Norm) > 5 &&
			!(d.tok(i+1).Is("including") && listedOf[d.tok(i-1).Norm]) { // (not "sanctioned 25 officials, including Blinken": those named)
			return i
		}
		if n == "," && d.attribution(i+1, b) && !d.apposedBeforeAttribution(i+1, b) {
			return i
		}
		if n == "and" && i > k+1 && i+1 < b && d.cover[i-1] < 0 && d.tok(i+1).Is("says", "said", "adds", "added", "insists", "insisted", "maintains", "maintained") {
			return i // "denies the charge and says only Russian instructors are present": a new predicate, the speaker's own
		}
		if n == "," && i+2 < b && d.tok(i+1).Is("and", "but", "while", "whereas") && d.newClauseAt(i+2, b) && !(d.tok(i+1).Is("and") && d.betweenOpen(k, i)) {
			return i // "Xi met Putin on Monday, and Biden spoke with Zelensky by phone"
		}
		if n == "and" && i > k+1 && d.cover[i-1] < 0 && d.newClauseAt(i+1, b) && !(d.tok(i-1).Is(",") && d.betweenOpen(k, i-1)) {
			return i // "Hungary blocked the deal and Russia attacked Ukraine": another subject's act
		}
		if n == "," && i > k+1 && i+1 < b && d.listedPredicate(d.afterAdverbs(i+1, b), k-1) == k {
			return i // "met Netanyahu on Tuesday, met Abbas on Wednesday": the next act of a list
		}
		if n == "," && i > k+1 && i+1 < b && d.tok(i+1).Is("which", "who") && !d.occasionBefore(i, k) {
			// "congratulated Xi on the centenary of the party, which
			// falls on Thursday": what follows is about the party. (Right
			// after a noun trigger — "the talks, which were held on
			// Monday" — or an occasion — "joined Biden for the summit,
			// which Biden hosted on Friday" — it dates the act.)
			return i
		}
	}
	return b
}

// thatAt reports whether "that" opens a clause at i.
func (d *doc) thatAt(i int) bool {
	return i < len(d.in.Tokens) && d.tok(i).Is("that") && d.cover[i] < 0
}

// aimedAgainst returns the actors named right after the first "against"
// or "unless" between trigger k and ce, or nil.
func (d *doc) aimedAgainst(k, ce int) []string {
	for i := k + 1; i+1 < ce; i++ {
		// "warned that the strikes would continue unless Belgrade accepted
		// the plan": the one whose yielding would end what is threatened
		if !d.tok(i).Is("against", "unless") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j); ok {
			return d.coordinated(m, d.mentionEnd(j), ce)
		}
		return nil
	}
	return nil
}

// carriedOutBy returns the agent of the participle right after the
// noun trigger at k that tells who did the act ("strikes carried out by
// United States aircraft", "raids conducted by Turkish forces"), or nil.
func (d *doc) carriedOutBy(k, ce int) []string {
	v := k + 1
	if v >= ce || !d.tok(v).Is("carried", "conducted", "launched", "staged", "mounted", "led", "ordered", "imposed", "announced") {
		return nil
	}
	if d.tok(v).Is("carried") && !(v+1 < ce && d.tok(v+1).Is("out")) {
		return nil
	}
	if v+1 < ce && d.tok(v+1).Is("out") {
		v++
	}
	if v+1 >= ce || !d.tok(v+1).Is("by") {
		return nil
	}
	j := v + 2
	if d.tok(j).Is("the") {
		j++
	}
	if j < ce && d.cover[j] >= 0 {
		return d.in.Mentions[d.cover[j]].Actors // (a state's word before its craft or forces: "United States aircraft")
	}
	return nil
}

// afterAdverbs returns the first token from i on that is not "then",
// "later" or "also".
func (d *doc) afterAdverbs(i, b int) int {
	for i+1 < b && d.tok(i).Is("then", "later", "also") {
		i++
	}
	return i
}

// contentPair reports whether the clause of trigger k names a pair only
// inside what its accord or talks are about: "between" after a word of
// strife or ties ("to end the fighting between the army and the
// resistance", "ending the war between", "the border between").
func (d *doc) contentPair(k, ce int) bool {
	for i := k + 2; i < ce && i <= k+12; i++ {
		if d.tok(i).Is("between") && d.tok(i-1).Is("fighting", "war", "conflict", "clashes", "hostilities", "dispute", "border", "boundary", "violence", "bloodshed", "rivalry", "feud") {
			return true
		}
	}
	return false
}

// betweenOpen reports whether a "between" after trigger k still waits at
// i for its second party: in "talks between Russia's top diplomat,
// Sergei Lavrov, and France's Laurent Fabius ended", the ", and" after
// the apposition closes the pair; it opens no clause of its own.
func (d *doc) betweenOpen(k, i int) bool {
	for j := i - 1; j > k && i-j <= 12; j-- {
		if d.tok(j).Is("and", ";", ":") {
			return false
		}
		if d.tok(j).Is("between") {
			return j+1 < i && d.cover[j+1] >= 0 || j+2 < i && d.tok(j+1).Is("the") && d.cover[j+2] >= 0
		}
	}
	return false
}

// apposedBeforeAttribution reports whether a person named after the
// comma at i-1 is the apposition of the role before it, set off by a
// second comma before a trailing attribution: "spoke with his Russian
// counterpart, Valery Gerasimov, the Pentagon said". The name is whom
// the role names, not the speaker.
func (d *doc) apposedBeforeAttribution(i, b int) bool {
	if i < 2 || !d.tok(i-2).Is(apposedRoles...) {
		return false
	}
	for j := i; j < b && j < i+3 && d.cover[j] < 0 && d.tok(j).Upper; j++ {
		i = j + 1 // a title the name's mention leaves out: "General Valery Gerasimov"
	}
	m, ok := d.mentionAt(i)
	if !ok || len(m.Actors) != 1 || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind != parley.Person {
		return false
	}
	e := d.mentionEnd(i)
	return e+1 < b && d.tok(e).Is(",")
}

// apposedRoles are the roles a name set off by commas may follow.
var apposedRoles = []string{"counterpart", "counterparts", "colleague", "minister", "president", "envoy",
	"ambassador", "chief", "leader", "premier", "chancellor", "secretary", "commander", "spokesman", "spokeswoman"}

// occasionBefore reports whether an occasion noun ("summit", "talks")
// stands in the few words between trigger k and the comma at i: "the
// first summit of Quad leaders, which …".
func (d *doc) occasionBefore(i, k int) bool {
	for j := i - 1; j > k && j >= i-4; j-- {
		if occasionNouns[d.tok(j).Norm] != nil {
			return true
		}
	}
	return false
}

// attribution reports whether tokens [i, b) are a trailing attribution
// — "Japan's defence ministry said", "the agency reported on Sunday",
// "according to state media" — whose actors say the clause, not act in
// it: the source named there is no target of the act before the comma.
func (d *doc) attribution(i, b int) bool {
	if i < b && d.tok(i).Is("according") {
		return i+1 < b && d.tok(i+1).Is("to")
	}
	named := false
	for j := i; j < b && j < i+10; j++ {
		t := d.tok(j)
		if d.cover[j] >= 0 {
			named = true
			continue
		}
		if j > i && d.tok(j-1).Is("in") && t.Upper && d.placeStartingAt(j) != nil {
			// "…, officials in Kyiv said": the speakers' seat names them
			// (and is no place of the act).
			named = true
			continue
		}
		if t.Is("said", "says", "reported", "reports", "added", "stated", "announced", "confirmed", "claimed", "told") {
			if !named {
				return false
			}
			// What may follow the verb: an addressee, a time, a channel —
			// not a clause of its own ("said Russia had agreed").
			rest := b - j - 1
			if j+1 < b && d.tok(j+1).Is(".") {
				rest = 0
			}
			return rest <= 6 && !d.thatFollows(j+1, b)
		}
		if t.Kind == token.Word && !t.Upper && !t.Is("the", "a", "an", "its", "his", "her", "their", "'s", "’s", "official", "officials", "state", "media", "news", "agency", "ministry", "spokesman", "spokeswoman", "spokesperson", "statement", "in", "a", "military", "police", "army", "government", "office", "sources", "source", "local",
			"diplomats", "diplomat", "authorities", "residents", "witnesses", "analysts", "aides", "senior") {
			return false
		}
	}
	return false
}

// byVideo reports whether the noun at k names the medium of a telling
// by video after "by" or "via": "by video link", "via videoconference".
func (d *doc) byVideo(k, a int) bool {
	s := d.byVideoStart(k)
	return s > a && d.tok(s).Is("by", "via")
}

// byVideoStart returns the token before the video medium ending at k:
// the "by" of "by video link", "by videoconference".
func (d *doc) byVideoStart(k int) int {
	switch {
	case d.tok(k).Is("link") && k >= 2 && d.tok(k-1).Is("video"):
		return k - 2
	case d.tok(k).Is("videoconference", "video-conference", "videolink") && k >= 1:
		return k - 1
	}
	return -1
}

// framingParties returns the two sides of a meeting noun at k that frames
// the sentence's act rather than being its object: fronted ("In a phone
// call on Friday, Erdogan and Trump agreed …": the subjects after the
// comma) or after the act ("Putin told Abe during their meeting …",
// "urged Abdul-Mahdi … in a phone call": the actor and the one addressed).
// It returns nil when the noun is not in such a frame.
func (d *doc) framingParties(k, a, b int) (subj, obj []string) {
	if !d.tok(k).Is("call", "conversation", "meeting", "talks", "phone", "videoconference", "video-conference", "telephone", "summit", "visit", "conference", "link") ||
		k+1 < b && d.tok(k+1).Is("with", "between") {
		return nil, nil
	}
	i := k - 1
	byPhone := i > a && d.tok(i).Is("by") && d.tok(k).Is("phone", "telephone") // "told Cameron by telephone"
	if d.byVideo(k, a) {
		i, byPhone = d.byVideoStart(k), true // "told the Security Council by video link"
	}
	for !byPhone && i > a && k-i <= 5 && d.cover[i] < 0 && d.tok(i).Kind == token.Word && !d.tok(i).Is("in", "during", "at", "over", "on") {
		i-- // "a two-hour video", "their", "a telephone"
	}
	if i < a || !byPhone && (!d.tok(i).Is("in", "during", "at", "over", "on") || d.tok(i).Is("at", "on") && !d.tok(k).Is("meeting", "talks", "summit", "conference")) {
		return nil, nil
	}
	if i == a || i == a+1 && d.tok(a).Is("and", "but") {
		// Fronted: the subjects of the clause after the comma.
		c := k + 1
		for c < b && !d.tok(c).Is(",") {
			c++
		}
		var ids []string
		for j := c + 1; j < b; j++ {
			if d.cover[j] < 0 {
				if d.tok(j).Is("and", ",", "the") {
					continue
				}
				break
			}
			m, _ := d.mentionAt(j)
			ids = append(ids, m.Actors...)
			j = d.mentionEnd(j) - 1
		}
		ids = uniq(ids)
		if len(ids) >= 2 {
			return ids[:1], ids[1:]
		}
		if len(ids) == 1 && d.tok(k-1).Is("the") {
			// "Erdogan met Putin in Sochi. At the meeting, the Turkish
			// president urged Russia …": the meeting told before, with
			// its own parties, not the one addressed.
			if parties := d.lastMeeting(k); slices.Contains(parties, ids[0]) {
				return ids, slices.DeleteFunc(slices.Clone(parties), func(p string) bool { return p == ids[0] })
			}
		}
		// "In a phone call on Thursday, Erdogan told Putin that …": the
		// one the subject addressed.
		if len(ids) == 1 {
			v := c + 1
			for v < b && d.cover[v] >= 0 {
				v = d.mentionEnd(v)
			}
			if v < b && addressVerbs[d.tok(v).Norm] {
				if to := actorAt(d, v+1, "the"); to >= 0 {
					if m, ok := d.mentionAt(to); ok && !slices.Equal(m.Actors, ids) {
						return ids, m.Actors
					}
				}
			}
		}
		return nil, nil
	}
	// After the act: its subject and the one it was addressed to, right
	// after its verb ("told Abe", "urged Abdul-Mahdi").
	for v := i - 1; v > a; v-- {
		if d.cover[v] >= 0 || !addressVerbs[d.tok(v).Norm] {
			continue
		}
		to := actorAt(d, v+1, "the")
		if to < 0 {
			return nil, nil
		}
		by, _ := d.subjects(v, d.clauseStart(v, a))
		m, _ := d.mentionAt(to)
		if len(by) == 1 && len(m.Actors) == 1 && by[0] != m.Actors[0] {
			return by, m.Actors
		}
		return nil, nil
	}
	return nil, nil
}

// prepBefore returns the preposition that governs the noun at k past its
// article and modifiers ("at a meeting", "during their talks"), or -1.
func (d *doc) prepBefore(k, a int) int {
	i := k - 1
	for i > a && k-i <= 5 && d.cover[i] < 0 && d.tok(i).Kind == token.Word && !d.tok(i).Is("in", "during", "at", "over", "on") {
		i--
	}
	if i >= a && d.tok(i).Is("in", "during", "at", "over", "on") {
		return i
	}
	return -1
}

// addressVerbs take the one spoken to right after them.
var addressVerbs = map[string]bool{"told": true, "tells": true, "urged": true, "urges": true, "asked": true, "asks": true,
	"assured": true, "assures": true, "thanked": true, "thanks": true, "invited": true, "invites": true, "briefed": true,
	"informed": true, "congratulated": true, "warned": true, "warns": true, "pressed": true, "presses": true,
	"reassured": true, "promised": true, "promises": true, "offered": true, "proposed": true}

// occasionOf returns the event found earlier in the sentence that a
// trailing phrase at nominal trigger k frames — ", in a video call",
// ", during talks in Geneva" — or nil.
func (d *doc) occasionOf(k, a int) *parley.Event {
	i := k - 1
	for i > a && k-i <= 5 && d.cover[i] < 0 && d.tok(i).Kind == token.Word && !d.tok(i).Is("in", "during", "over", "at", "via", "by") {
		i-- // "a two-hour video": the words before the noun
	}
	if i <= a || !d.tok(i).Is("in", "during", "over", "at", "via", "by") {
		return nil
	}
	comma := d.tok(i - 1).Is(",")
	sent := d.sentenceAround(k)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := &d.built[j]
		// Without a comma only a meeting frames the noun: "hosted Modi,
		// Suga and Morrison at a virtual summit" is that meeting's setting.
		if sent.Contains(e.Trigger) && e.Trigger.End <= d.tok(i).Start && !e.Source.IsZero() && !e.Target.IsZero() && e.Source.ID != e.Target.ID &&
			(comma || e.Type == parley.Consult && d.tok(i).Is("at", "during")) {
			return e
		}
	}
	return nil
}

// threatCameo gives the CAMEO code of a threat to carry out an act of
// the given type.
var threatCameo = map[parley.EventType]string{
	parley.Sanction: "1312", // threaten to boycott, embargo or sanction
	parley.Assault:  "138",  // threaten with military force
	parley.Coerce:   "137",  // threaten with repression
	parley.Protest:  "133",  // threaten protests, strikes or a boycott
}

// conditional reports whether the sentence [a, b) puts trigger k under a
// condition: "if" or "unless" after it, or opening the sentence. An "if"
// right after a verb of asking or knowing means "whether" and is no
// condition ("asked if he would …").
func (d *doc) conditional(a, b, k int) bool {
	for i := a; i < b; i++ {
		if i > a && i < k {
			continue
		}
		if !d.tok(i).Is("if", "unless") {
			continue
		}
		if i > a && d.tok(i-1).Is("asked", "ask", "asks", "wondered", "know", "knows", "see", "decide", "decides", "unclear", "clear", "whether", "even", "as") {
			continue
		}
		return true
	}
	return false
}

// warnedOfCause reports whether the warning at k is of the harm some
// cause brings, named after "of": "warned of serious consequences of
// climate change", "warned of the dangers of rising sea levels". That
// is a warning about the world, aimed at no one the story met.
func (d *doc) warnedOfCause(k, ce int) bool {
	if k+1 >= ce || !d.tok(k+1).Is("of", "about") {
		return false
	}
	for i := k + 2; i+1 < ce && i <= k+6; i++ {
		if d.cover[i] >= 0 || d.tok(i).Is(",", ";", "and", "if", "unless", "for") {
			return false
		}
		if d.tok(i).Is("consequences", "consequence", "dangers", "danger", "risks", "risk", "effects", "impact", "costs", "perils") && d.tok(i+1).Is("of", "from") {
			for j := i + 2; j < ce && j <= i+6; j++ {
				if d.cover[j] >= 0 || d.tok(j).Is(",", ";") {
					return d.cover[j] < 0 // "consequences of Russia's actions": aimed at Russia
				}
				if _, deed := deedNouns[d.tok(j).Norm]; deed || d.tok(j).Is("move", "step", "action", "actions", "aggression", "escalation") {
					return false // "the consequences of an invasion": a threat to whoever would invade
				}
			}
			return true
		}
	}
	return false
}

// anyWhoComes reports whether the object of trigger k is "any" one who
// does something, a condition in all but name: "would fire on any ship
// entering the zone", "will sanction any firm that helps Russia".
func (d *doc) anyWhoComes(k, b int) bool {
	for i := k + 1; i < b && i <= k+4; i++ {
		if d.tok(i).Is(",", ";", "and", "but") {
			return false
		}
		if !d.tok(i).Is("any", "anyone", "anybody") || d.cover[i] >= 0 {
			continue
		}
		for j := i + 1; j < b && j <= i+5; j++ {
			t := d.tok(j)
			if t.Is(",", ";", "and", "but") {
				return false
			}
			if d.cover[j] < 0 && (t.Is("that", "who", "which") || j > i+1 && len(t.Norm) > 5 && strings.HasSuffix(t.Norm, "ing") ||
				j > i+1 && j+1 < b && (len(t.Norm) > 3 && strings.HasSuffix(t.Norm, "ed") || pastForms[t.Norm]) && d.tok(j+1).Is("to", "by", "into", "from")) { // "any jets supplied to Ukraine"
				return true
			}
		}
		return false
	}
	return false
}

// ownCondition reports whether an "if" or "unless" follows trigger k in
// its own predicate, before any "and" or comma that opens another: in
// "would meet Putin if Russia withdrew" the meeting hangs on the
// condition; in "continue to negotiate and could finalize a deal, if …"
// the talks do not.
func (d *doc) ownCondition(k, b int) bool {
	for i := k + 1; i < b; i++ {
		switch {
		case d.tok(i).Is("if", "unless"):
			return true
		case d.tok(i).Is("and", "but", ",", ";"):
			return false
		}
	}
	return false
}

// askerOfOwn returns, for a refusal of "its request" (or demand, offer,
// proposal) at k whose "its" the refuser cannot be, in a clause after
// "after", "when" or "because": the subject of the clause it hangs on,
// when that is another side. In "Kenya withdrew after the Court declined
// its request for a postponement" the request is Kenya's.
func (d *doc) askerOfOwn(k, a int, subj []string) []string {
	if !d.tok(k+1).Is("its", "their", "his", "her") || !answeredNouns[d.tok(k+2).Norm] && !d.tok(k+2).Is("requests", "demands", "offers", "bid", "application", "appeal") {
		return nil
	}
	if d.cover[k+1] >= 0 && !slices.Equal(d.in.Mentions[d.cover[k+1]].Actors, subj) {
		return nil // the pronoun names another already
	}
	for j := k - 1; j > a; j-- {
		if !d.tok(j).Is("after", "when", "because", "as", "since", "once") {
			continue
		}
		v := d.verbBefore(j, a)
		if v < 0 {
			return nil
		}
		ids, _ := d.subjectsOf(v, d.clauseStart(v, a), false)
		if len(ids) != 1 || d.sameSide(subj, ids[0]) {
			return nil
		}
		return ids
	}
	return nil
}

// signingForms are the verbs of putting one's name to a paper.
var signingForms = map[string]bool{"signed": true, "signs": true, "sign": true, "initialled": true, "initialed": true, "ratified": true}

// coSigner returns who signed the same paper in turn in the sentence
// [a, b) of the signing at k, one of the two signing "it": in
// "Saakashvili signed the plan on 15 August, and Medvedev signed it the
// next day" each signed with the other, on his own day.
func (d *doc) coSigner(k, a, b int, subj []string) []string {
	if !signingForms[d.tok(k).Norm] {
		return nil
	}
	for j := a; j < b; j++ {
		if j == k || !d.verbTrigger[j] || !signingForms[d.tok(j).Norm] {
			continue
		}
		if !(j > k && d.tok(j+1).Is("it") || j < k && d.tok(k+1).Is("it")) {
			continue
		}
		if ids, _ := d.subjectsOf(j, d.clauseStart(j, a), false); len(ids) == 1 && !d.sameSide(subj, ids[0]) {
			return ids
		}
	}
	return nil
}

// withOtherAfter reports whether "with" and an actor not in ids follow
// trigger k in its clause: "promised to sign the pact with Washington".
func (d *doc) withOtherAfter(k, ce int, ids []string) bool {
	for i := k + 1; i+1 < ce; i++ {
		if !d.tok(i).Is("with") {
			continue
		}
		if m, ok := d.mentionAt(i + 1); ok && !slices.ContainsFunc(m.Actors, func(id string) bool { return slices.Contains(ids, id) }) {
			return true
		}
	}
	return false
}

// thatFollows reports whether a "that" or a finite clause opens in [i, b).
func (d *doc) thatFollows(i, b int) bool {
	return d.wordIn(i, b, "that")
}

// accessionBody returns the body a treaty of accession signed at k makes
// the subject a member of — "signed its accession protocol", "the treaty
// of accession", "the instrument of accession to NATO" — named after
// "to", else the one international body the article named before k;
// nil when the object is no such treaty or the article named several.
func (d *doc) accessionBody(k, ce int, subj []string) []string {
	at := -1
	for i := k + 1; i < ce && i <= k+5; i++ {
		if d.tok(i).Is("accession") && (objectNoun(d.tok(i+1).Norm, accords) || i >= 2 && d.tok(i-1).Is("of") && objectNoun(d.tok(i-2).Norm, accords)) {
			at = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	for i := at + 1; i+1 < ce && i <= at+4; i++ {
		if d.tok(i).Is("to") {
			if m, ok := d.mentionAt(i + 1); ok && len(m.Actors) == 1 && d.intergovernmental(m.Actors[0]) {
				return m.Actors
			}
			break
		}
	}
	var body string
	for _, m := range d.in.Mentions {
		if m.Span.Start >= d.tok(k).Start {
			break
		}
		if len(m.Actors) != 1 || !d.intergovernmental(m.Actors[0]) || slices.Contains(subj, m.Actors[0]) || m.Actors[0] == body {
			continue
		}
		if body != "" {
			return nil // two bodies named: which one is joined the text does not say
		}
		body = m.Actors[0]
	}
	if body == "" {
		return nil
	}
	return []string{body}
}

// intergovernmental reports whether actor id is an international body of
// states: NATO, the European Union, Mercosur.
func (d *doc) intergovernmental(id string) bool {
	a := d.actors[id]
	return a != nil && a.Kind == parley.Organization && a.Role == "intergovernmental organisation"
}

// clauseStart returns the start of the clause holding trigger k.
func (d *doc) clauseStart(k, a int) int {
	for i := k - 1; i >= a; i-- {
		if d.tok(i).Is(")") {
			if open := d.shortParenthesis(i, a); open > a && d.cover[open-1] >= 0 {
				i = open // "The North Atlantic Treaty Organization (NATO) …": an acronym, no clause
				continue
			}
		}
		if dashes[d.tok(i).Text] {
			if open := d.openingDash(i, a); open > a {
				i = open // "Andy Beshear — whose father, as governor, … — promised": an aside, no clause start
				continue
			}
		}
		if d.cover[i] < 0 && leftBoundaries[norm(d.tok(i))] && !d.thatTime(i) {
			return i + 1
		}
	}
	return a
}

// reportedClauseStart returns where the clause of trigger k begins when
// it is reported without "that" after a dated speech verb: in "Erdogan
// said on Friday he would visit Moscow next month" the visit's clause is
// "he would visit Moscow next month", and Friday is the day of the saying.
func (d *doc) reportedClauseStart(k, cs int) int {
	for j := k - 2; j >= cs; j-- {
		if !sayVerbs[d.tok(j).Norm] {
			continue
		}
		t := j + 1
		// "told reporters on Friday he would …": past the one told
		for t < k && t <= j+3 && (d.cover[t] >= 0 || d.tok(t).Is("reporters", "journalists", "lawmakers", "parliament", "the", "a", "news", "conference", "press")) && !d.inDate(t) {
			t++
		}
		s := d.afterTimePhrase(t, k)
		if s == t || s >= k {
			return cs // no time phrase of the saying's own
		}
		if d.tok(s).Is("that") && s+1 < k {
			s++ // "said on Monday that he would meet Biden"
		}
		for i := s; i+1 < k; i++ {
			if d.tok(i).Is(",", ";") && d.tok(i+1).Is("and", "but", "while") || d.tok(i).Is(";") {
				return cs // "…, and Ned Price called for …": a clause of its own
			}
		}
		if d.cover[s] >= 0 || d.tok(s).Is("he", "she", "they", "it", "we", "i") {
			return s
		}
		return cs
	}
	return cs
}

// relativeAside returns the bounds of a relative clause set off by commas
// between the subject and trigger k ("Lula, who hosted Maduro on
// Tuesday, urged …"): the comma before "who" or "which" and the token
// after the closing comma; -1, -1 when there is none.
func (d *doc) relativeAside(cs, k int) (int, int) {
	for i := cs + 1; i+1 < k; i++ {
		if !d.tok(i).Is(",") || !d.tok(i+1).Is("who", "which") {
			continue
		}
		if j := d.commaAfter(i+1, k); j > 0 {
			return i, j + 1
		}
		return -1, -1
	}
	return -1, -1
}

// appositiveAnswer returns where an appositive that answers the
// sentence's claim or deed opens when the verb at k stands in it — ", a
// charge India denied", ", a claim Kyiv rejects", ", a request the
// Ethiopian side declined", ", a move Beijing condemned" — or 0.
func (d *doc) appositiveAnswer(k, a int) int {
	for i := k - 1; i > a && k-i <= 8; i-- {
		t := d.tok(i)
		if t.Is(",", ";") || t.Is("and", "but") {
			return 0
		}
		if !answeredNouns[t.Norm] || i < a+2 || !d.tok(i-1).Is("a", "an") || !d.tok(i-2).Is(",", "—", "–") {
			continue
		}
		if j := i + 1; j < k && (d.tok(j).Is("that", "which") || d.cover[j] >= 0 || d.tok(j).Is("the")) {
			return i - 1
		}
	}
	return 0
}

// answeredNouns name what a reaction in an appositive answers.
var answeredNouns = map[string]bool{"charge": true, "claim": true, "accusation": true, "allegation": true,
	"request": true, "demand": true, "proposal": true, "offer": true, "assertion": true, "account": true,
	"decision": true, "move": true, "step": true}

// dateIn returns the first date expression inside tokens [s, e) that
// dates a clause (not "Monday's meeting").
func (d *doc) dateIn(s, e int) (parley.TimeExpr, bool) {
	sp := d.spanOf(s, e)
	for _, x := range d.in.Dates {
		if sp.Contains(x.Span) && !d.possessiveDate(x) {
			return x, true
		}
	}
	return parley.TimeExpr{}, false
}

// ownDate returns the date of a date expression inside tokens [s, e),
// without the dates that open the sentence.
func (d *doc) ownDate(s, e, k int) (parley.Date, parley.TimeRelation) {
	sp := d.spanOf(s, e)
	for _, x := range d.in.Dates {
		if sp.Contains(x.Span) {
			return d.date(sp, k)
		}
	}
	return parley.Date{}, parley.TimeUnknown
}

// pluperfectBetween reports whether "had" makes a pluperfect of the act
// at k from i on ("he had held a call", "had spoken"), not the verb of
// "had talks" itself.
func (d *doc) pluperfectBetween(i, k int, verb bool) bool {
	for j := i; j < k; j++ {
		if d.tok(j).Is("had") && (j+1 < k || verb) {
			return true
		}
	}
	return false
}

// prenominal reports whether the participle at k stands before a noun
// as an adjective — after a determiner ("the jailed journalist") or after
// a verb of release ("freed detained French citizen Louis Arnaud") — and
// so tells no act of its own.
func (d *doc) prenominal(k int) bool {
	if k == 0 || k+1 >= len(d.in.Tokens) || !strings.HasSuffix(d.tok(k).Norm, "ed") {
		return false
	}
	next := d.tok(k + 1)
	if next.Kind != token.Word || next.Is("by", "in", "on", "at", "to", "for", "with", "from", "of", "and", "or", "the", "a", "an",
		"his", "her", "their", "its", "him", "them", "it", "that", "as", "after", "before", "over", "into", "since", "last", "this") {
		return false
	}
	return d.tok(k-1).Is("a", "an", "the", "his", "her", "their", "its", "two", "three", "several", "many") ||
		d.tok(k-1).Is("'s", "’s") || // "Niger's ousted government"
		d.tok(k-1).Is("freed", "released", "frees", "releases", "freeing", "releasing", "free", "release", "swapped", "exchanged")
}

// monthAt reports whether token i is a month's name in a date: "on May
// 3" is no modal "may".
func (d *doc) monthAt(i int) bool {
	return d.tok(i).Upper && monthNames[d.tok(i).Norm] && d.inDate(i)
}

// modalBetween reports whether a modal or "to" in [i, k) puts the act
// after the time of its report: "he would meet Xi".
func (d *doc) modalBetween(i, k int) bool {
	for j := i; j < k; j++ {
		if d.tok(j).Is("would", "will", "to", "could", "might", "may", "shall", "plans", "intends", "wo") && !d.monthAt(j) {
			return true
		}
	}
	return false
}

// standingMeasure returns where "remain(s) in force" (or "in place",
// "in effect", "is still in force") stands after the measure noun at k as
// its predicate, past an aside ("the ban, imposed in 2019, remains in
// place"), else -1.
func (d *doc) standingMeasure(k, b int) int {
	for i := k + 1; i+2 < b && i <= k+14; i++ {
		t := d.tok(i)
		if t.Is(";") || d.finiteVerbAt(i) && !t.Is("imposed", "introduced", "announced", "adopted", "extended", "approved") {
			return -1
		}
		r := i
		if t.Is("is", "are", "was", "were") && d.tok(i+1).Is("still") {
			i++
		} else if !t.Is("remain", "remains", "remained", "stay", "stays", "stayed") {
			continue
		}
		if d.tok(i+1).Is("in") && d.tok(i+2).Is("force", "place", "effect") {
			return r
		}
		return -1
	}
	return -1
}

// aheadVerbBetween is modalBetween with "to" only as an infinitive's:
// "is to meet Xi before travelling to Seoul" looks ahead, "flew to Tokyo
// after visiting Seoul" does not.
func (d *doc) aheadVerbBetween(i, k int) bool {
	for j := i; j < k; j++ {
		if d.tok(j).Is("to") && (j+1 >= k || d.cover[j+1] >= 0 || d.tok(j+1).Upper || d.tok(j+1).Kind != token.Word || determiners[d.tok(j+1).Norm]) {
			continue
		}
		if d.modalBetween(j, j+1) {
			return true
		}
	}
	return false
}

// build tries to make events of trigger k read with sense sn.
func (c *Coder) build(d *doc, si int, sent parley.Span, a, b, k int, sn sense, verb bool) ([]parley.Event, bool) {
	if sn.guard != nil && !sn.guard(d, k) {
		return nil, false
	}
	if !verb && d.unconfirmedDeed(k) {
		return nil, false // "did not confirm the strikes": no act told
	}
	if verb && d.prenominal(k) {
		return nil, false // "freed detained French citizen Louis Arnaud": a state, not an act
	}
	if sn.frame == visit && d.tok(k).Is("travel", "travels", "trips", "visits") && k > 0 &&
		d.tok(k-1).Is("banned", "bans", "ban", "banning", "against", "on", "restricted", "restricts", "restrict", "suspended", "halted", "non-essential", "all") {
		return nil, false // "Canada banned travel to Russia": no one's visit
	}
	ce := d.clauseEnd(k, b)
	if e := d.frontedClauseEnd(k, a, ce); e > 0 {
		ce = e // "after an Iranian missile struck Soroka hospital in Beersheba, Israeli Defence Minister Israel Katz said": the fronted clause ends at its comma
	}
	if _, re := d.asideAround(k, a, b); re > 0 && re < ce {
		ce = re // "Carrie Lam, who has refused to withdraw the bill, met Li": the aside ends at its comma
	}
	cs := d.clauseStart(k, a)
	from := k + 1
	if verb {
		from = d.pastAside(k, ce) // "accused, in a rare public rebuke, Beijing of …"
	}
	if len(sn.need) > 0 {
		found := false
		for i := from; i < ce && i <= from+9; i++ {
			if i > from+4 && (len(sn.objects) == 0 || !d.tok(i).Is("back", "over") || d.wordIn(from, i, ",", ";")) {
				break // (a particle after a longer object: "handed 330 members of Myanmar's security forces back to Myanmar")
			}
			if d.tok(i).Is(sn.need...) {
				found, from = true, i+1
				if i > k+1 && len(sn.objects) > 0 && d.tok(i).Is("back", "over", "off", "out", "away") && (d.cover[i-1] < 0 || d.mentionStart(i-1) > k+1) && !d.tok(i-1).Is(",") {
					from = k + 1 // "handed four villages back to Azerbaijan": the object before its particle
				} else if i > k+1 && d.cover[k+1] >= 0 && d.mentionEnd(k+1) == i && d.tok(i).Is("down", "aside", "off", "out", "back", "away", "up") {
					from = k + 1 // "the Kremlin turned her down", "pushed Ndaw aside": the one named before the particle
				} else if !d.tok(i).Is("with", "to", "on", "upon", "from") && !slices.Contains(sn.preps, d.tok(i).Norm) {
					from = i + 1
				} else {
					from = i // the preposition introduces the target ("railed against the EU")
				}
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	passive := verb && d.passive(k) && !(sn.frame == visit && d.tok(k).Is("expected")) // ("Putin is expected in Pyongyang": he comes)
	if verb && !passive && k+1 < b && d.tok(k+1).Is("by") && d.apposedMoveDoer(k, a) != nil {
		passive = true // "…, a move welcomed by the EU": a participle with its agent
	}
	undergone, undergoneBy := d.undergoneAt(k, cs), -1
	if undergone < 0 {
		undergone, undergoneBy, _ = d.undergoneRelative(k, b) // "the call he received from Biden"
	}
	if undergone >= 0 && !passive && undergoes(d, sn, undergone, k) {
		passive = true // "drew criticism from the UN": the subject undergoes the act, as in a passive
	} else {
		undergone = -1
	}
	reduced := -1
	if verb && !passive && (sn.typ == parley.Sanction || sn.typ == parley.Aid && k+1 < b && d.tok(k+1).Is("by")) {
		// "the tariffs on Chinese goods imposed on Sept. 1", "the loan
		// extended by China to Pakistan": a participle after the measure
		// or the help it names, passive without "were".
		nouns := sn.objects
		if len(nouns) == 0 && sn.typ == parley.Aid {
			nouns = aidNouns // "the vaccines donated by Japan to Vietnam"
		}
		reduced = d.reducedRelative(k, cs, nouns)
		passive = reduced >= 0
	}
	if verb && !passive && sn.typ == parley.Agree && d.tok(k).Is("signed", "concluded", "initialled", "initialed") && (d.wordIn(k+1, min(ce, k+10), "by") || d.byAgent(k, ce) != nil) {
		// "a 1973 treaty signed by Iran and Afghanistan": the accord
		// the participle follows, its signers after "by", however long
		// the time and place between ("signed at Viskuli, in the
		// Belovezhskaya Pushcha, on 8 December by")
		reduced = d.reducedRelative(k, cs, accords)
		passive = reduced >= 0
	}
	objNoun := -1
	if len(sn.objects) > 0 {
		found := reduced >= 0
		reach := k + 8
		for i := from; i < ce && i <= reach; i++ {
			if d.withinPlace(i) {
				reach++ // "signed in Pretoria, South Africa, a peace agreement": the state a city lies in counts as no word
			}
			if d.tok(i).Is(",") && reach < k+12 && i > from && i+1 < ce && d.listWord(i-1) && d.listWord(i+1) {
				reach++ // a list before the noun: "halted all air, rail, road and sea traffic with Georgia"
			}
			if d.tok(i).Is(",") && i > from && i+1 < ce && d.cover[i+1] >= 0 {
				if e := d.mentionEnd(i + 1); e < ce && e-i <= 5 && d.tok(e).Is(",") && e+5 > reach {
					reach = e + 5 // a name in apposition: "added the Minister of State for National Security, Owen Ncube, to its sanctions list"
				}
			}
			if d.tok(i).Is("over", "amid", "despite", "after", "following", "because") && !(d.tok(i).Is("over") && i+1 < ce && d.tok(i+1).Kind == token.Number) &&
				!(i == k+1 && d.tok(i).Is("over") && d.tok(k).Is(overParticleVerbs...)) { // ("handed over a protest note": the particle)
				break // "announced sanctions on X over arms sales to Taiwan": the sales are the cause (not "well over 100,000 troops")
			}
			if verb && i == k+1 && d.tok(i).Is("that") && i+1 < ce && (d.cover[i+1] >= 0 ||
				d.tok(i+1).Is("the", "a", "an", "it", "they", "he", "she", "we", "its", "their", "his", "her", "there", "this", "these")) {
				break // "affirmed that Australia supports …": a clause with its own verb, no object noun
			}
			if i > from && d.tok(i).Is("and", "but") && d.finiteVerbAt(i+1) {
				break // "tightened its laws and lifted an arms embargo": the embargo is the second verb's
			}
			if sn.mode == "release" && (d.tok(i).Is(listNouns...) || d.tok(i).Is(publishedNouns...)) {
				break // "exchanged lists of prisoners", "released a statement to journalists": names or words made public, no one freed
			}
			if sn.typ == parley.Aid && d.penaltyPackage(i) {
				continue // "approved a 14th package of sanctions against Russia": no help
			}
			if objectNoun(d.tok(i).Norm, sn.objects) && !(d.tok(i).Is("video") && d.tok(i-1).Is("by", "via", "over")) && // ("took part by video link in the summit")
				!d.oppositionCamp(i) {
				found, from, objNoun = true, i+1, i
				break
			}
			if sn.typ == parley.Retreat && d.cover[i] >= 0 && d.pluralDemonym(d.in.Mentions[d.cover[i]]) {
				found, from, objNoun = true, i, i // "freed 10 Americans": captives named by their people
				break
			}
			if verb && sn.mode == "release" && strings.HasSuffix(d.tok(k).Norm, "ed") && d.heldBefore(k, i) {
				found, from = true, i // "Police detained Superlano in July … freed Superlano": a captive named
				break
			}
			if sn.mode == "release" && d.captiveNamedAt(i, ce) {
				found, from = true, i+1 // "freed the jailed opposition leader Ousmane Sonko": a captive by his plight
				break
			}
			if d.personFreedAt(k, i, from, verb && !passive, sn) {
				found = true // "Kazakhstan pardoned Bolat Nurgaliev": a person freed by name
				break
			}
		}
		// In the passive the object noun comes first: "sanctions were imposed".
		top := k - 1
		if k >= 4 && beForms[norm(d.tok(k-1))] && d.tok(k-2).Is(",") && d.personAt(k-3) {
			// "Lithuania's ambassador, Diana Mickevičienė, was recalled":
			// the noun before the name in apposition
			if ms := d.mentionStart(k - 3); ms >= 1 && d.tok(ms-1).Is(",") {
				top = ms - 2
			}
		}
		for i := top; passive && !found && i >= cs && i >= k-16 && !(i < top && d.tok(i).Is(",", ";")); i-- {
			// ("A memorandum of understanding on critical minerals was
			// signed": the head noun, however long its phrase)
			found = objectNoun(d.tok(i).Norm, sn.objects) || sn.typ == parley.Retreat && d.cover[i] >= 0 && d.pluralDemonym(d.in.Mentions[d.cover[i]]) || // "Two Iranians … were freed"
				verb && sn.mode == "release" && strings.HasSuffix(d.tok(k).Norm, "ed") && d.heldBefore(k, i) // "Superlano was freed": detained before (not "demanded the release of")
		}
		if n, _ := d.apposedNoun(k); !found && verb && sn.typ == parley.Reject && n >= 0 {
			found = objectNoun(d.tok(n).Norm, sn.objects) // "…, a request Uganda declined"
		}
		if !found && verb && sn.typ == parley.Agree && !passive {
			found = d.accordBeforeSubject(k, a, sn.objects) // "under a deal the SDF struck with Damascus"
		}
		if !found && verb && sn.typ == parley.Agree && !passive && d.tok(k+1).Is("it") {
			found = d.coSigner(k, a, b, nil) != nil // "…, and Medvedev signed it the next day": the plan signed before
		}
		if !found && verb && sn.typ == parley.Sanction && !passive {
			found = d.measureBeforeSubject(k, a, sn.objects) // "the duty on steel that Washington imposed on Canada"
		}
		if !found {
			return nil, false
		}
	}
	if !verb && k >= a+2 && d.tok(k-1).Is("the") && d.tok(k-2).Is("after", "before", "since", "following", "during") &&
		!(d.tok(k+1).Is("by") && d.cover[k+2] >= 0) {
		// "After the call Biden spoke with …": the call named before,
		// not a new one. (But "following the attack by NATO helicopters
		// on two Pakistani border posts" tells the act with its doer.)
		return nil, false
	}
	if !verb && sn.typ == parley.Consult && d.reactedTo(k, a) {
		return nil, false // "the United States and South Korea condemned the meeting": not a meeting of theirs
	}
	if !verb && d.stanceOn(k, a) {
		return nil, false // "its opposition to the sanctions on Russia": a stance on them, not the act
	}
	if !verb && d.namedAs(k, a) {
		return nil, false // "called the move the beginning of a Russian invasion": a charge, not a report of one
	}
	if (k > a && d.tok(k-1).Is("any") || !verb && k-1 > a && d.tok(k-2).Is("any") && d.cover[k-1] < 0 && !d.tok(k-1).Upper) && !d.anyRefused(k, a) {
		return nil, false // "would respond to any request for help" (a noun, whatever its form), "any new sanctions": none made yet
	}
	if !verb && sn.typ == parley.Protest && k > a && d.tok(k-1).Is("of", "in") {
		return nil, false // "as a form of protest", "resigned in protest": a manner, not a protest held
	}
	if !verb && sn.typ == parley.Consult && d.meetingJudged(k, a, ce) {
		// "A meeting between the two heads of state looks further away
		// now": a meeting weighed, not held.
		return nil, false
	}
	if !verb && sn.typ == parley.Consult && d.roleInTalks(k, a) {
		// "one of the guarantors of the talks together with Norway": a
		// part in talks told elsewhere, not talks with Norway.
		return nil, false
	}
	if !verb && sn.typ == parley.Consult && d.soughtTalks(k, a) {
		// "called for peace talks between Russia and Ukraine", "trying to
		// broker talks": talks wished for, not held.
		return nil, false
	}
	if !verb && sn.typ == parley.Consult && k > a && d.tok(k-1).Is("for") && !(k+1 < ce && d.tok(k+1).Is("with", "between")) && d.pastTopic(k) == k {
		// "recalled its ambassador for consultations": talks at home,
		// with no one named to hold them with.
		return nil, false
	}
	subj, subjStart := d.subjectsOf(k, cs, !verb)
	if ids, at := d.subordinateDoer(k, subjStart); verb && ids != nil {
		subj, subjStart = ids, at // "took up the file after Egypt wrote to the Council asking it to …": Egypt asked
	}
	if ids := d.carriedOutBy(k, ce); !verb && len(subj) == 0 && ids != nil {
		subj = ids // "the air strikes carried out by United States aircraft on 27 June against …": the agent
	}
	if ids := d.frontedTalksParties(k, a, b); !verb && sn.typ == parley.Consult && ids != nil {
		subj, subjStart = ids, k // "After talks that day, he and Xi signed …": the two held the talks
	}
	if !verb && d.tok(k).Is("guest") && k >= 3 && d.possessiveAt(k-1) && d.cover[k-2] >= 0 {
		// "Putin was Xi's guest": the one before "was" visits the possessor
		if be := d.mentionStart(k-2) - 1; be > cs {
			subj, subjStart = d.subjectsOf(be, cs, false)
		}
	}
	if p := d.sentPerson(k); verb && sn.frame == visit && d.tok(k).Is("sent", "send", "sends", "sending", "dispatched", "dispatch", "dispatches", "dispatching") && p >= 0 {
		subj, subjStart = d.in.Mentions[d.cover[p]].Actors, k // "Macron sent his envoy Le Drian to Beirut": the envoy visits
	}
	if first := d.firstPassive(k); verb && first >= 0 {
		subj, subjStart = d.subjectsOf(first, cs, false) // "Castillo was removed by Congress and detained by police": Castillo
	}
	if so := d.subordinateOpen(k, cs); verb && passive && so >= 0 && subjStart < so {
		// "sent aircraft to evacuate their citizens after commercial
		// flights were suspended": the passive's subject is in its own
		// clause after "after", not the main clause's.
		subj, subjStart = nil, so+1
	}
	if !verb && sn.typ == parley.Consult && len(subj) > 1 && d.attended(k, a) && d.oneCountry(subj) {
		// "Ding Xuexiang, Yang Jiechi, Wang Yi and He Lifeng were present
		// at the meeting on the Chinese side": one side's delegation at a
		// meeting told before, not a meeting among them.
		return nil, false
	}
	if reduced >= 0 {
		subj, subjStart = nil, reduced // the measure is what the participle is about
	}
	if !verb && (sn.typ == parley.Assault || sn.typ == parley.Coerce) {
		if doer := d.deedBlamedOn(k, b); doer != nil {
			// "reported a strike on the port, which they blamed on the
			// United States": the one blamed struck, not the reporter.
			subj, subjStart = doer, k
		}
	}
	if !verb && subj != nil && d.saidBetween(subjStart, k) {
		subj = nil // "Antonov said sanctions would not work": the sanctions are not his
	}
	if len(subj) == 0 && !verb {
		if sp, at := d.sayerBefore(k); sp != nil {
			subj, subjStart = sp, at // "Tokayev said after talks with Mirziyoyev": Tokayev's talks
		}
	}
	if !verb && sn.typ != parley.Consult && sn.typ != parley.Agree && d.inTimePhrase(k, cs) {
		// "his first trip since the invasion": the invasion is not his,
		// though "said after talks with Xi" makes the talks the speaker's.
		subj = nil
	}
	if d.crowdProtest(k) {
		subj, subjStart = d.in.Mentions[d.cover[k]].Actors, k // the crowd the protest word implies
	}
	if sn.typ == parley.Aid && verb {
		if o := d.aidVehicleOwner(k); o != nil {
			subj, subjStart = o, k-3 // "a Qatari aid flight landed": Qatar's
		}
	}
	pairBefore := false // a pair that acted together before acts again, each on whatever the verb names
	if prev, at := d.coordinatedVerb(k, a); prev != nil {
		pairBefore = len(prev) > 1 && sn.frame != symmetric && sn.frame != together
		subj, subjStart = prev, at // "X accused A and B of meddling and warned that …": X warned
		if sp := d.speakerOf(a, k); sp != nil && verb && verbalTypes[sn.typ] && d.tok(at-1).Is("but") && !slices.Equal(sp, prev) {
			subj, subjStart = sp, k // "Xi told Biden that China had no plans to invade Taiwan but warned …": the speaker warned
		}
	} else if lv := d.carrierVerbBefore(k, a); !verb && lv > a {
		if prev, _ := d.coordinatedVerb(lv, a); prev != nil {
			subj, subjStart = prev, k // "Dar met Akhund on Saturday and held talks with Muttaqi", "… and later had an informal dinner with Putin": Dar did, the visitor did
		}
	}
	if verb && k-1 > a && d.tok(k-1).Is("and") && (verbalTypes[sn.typ] || sn.typ == parley.Support) {
		// (A deed after "had …" is still reported: "Kyiv said Moscow had
		// violated the truce and shelled Kherson".)
		if sp, ok := d.speakerPastReport(k, a); ok {
			if sp == nil {
				return nil, false // "Many businesses agree that China has … and support …": no actor acts
			}
			subj, subjStart = sp, k // "Kurti said Serbia had avoided signing and called on the EU …": Kurti called
		}
	}
	if subj == nil && verb && k-1 > a && (d.tok(k-1).Is("but", "and") && d.tok(k-2).Is(",") || d.tok(k-1).Is("but") && verbalTypes[sn.typ]) {
		if sp := d.speakerOf(a, k); sp != nil {
			subj, subjStart = sp, k // "Iran's mission said the matter was concluded, but warned that …", "told Biden that China had no plans to invade but warned Washington …"
		}
	}
	if sp, at := d.firstPersonSpeaker(k); sp != "" {
		subj, subjStart = []string{sp}, at // "we will ask …": the modal counts for the status
	}
	if !verb && sn.typ == parley.Accuse && k >= a+2 && d.tok(k-1).Is("the") && d.cover[k-2] < 0 && !chargeVerbs[d.tok(k-2).Norm] {
		// "I think the allegations against Biden are not credible": the
		// allegations named are someone else's, unless the verb before
		// them makes them the subject's ("repeated the accusation").
		subj = nil
	}
	if !verb {
		if owner := d.modifierOwner(k, cs); owner != nil {
			subj = owner // "US sanctions", "a Russian invasion": the country word owns the act
		}
	}
	if subj == nil && cs == a {
		subj = d.mainSubject(k, b)
	}
	if subj == nil && verb {
		if ids := d.membersNamedNext(cs, k); ids != nil {
			// "Many countries have expressed their support for the
			// measures. Among them are Saudi Arabia, the UAE and …":
			// those listed did it.
			subj = ids
		}
	}
	if subj == nil && !verb && (sn.typ == parley.Accuse || sn.typ == parley.Support) && k > cs && d.tok(k-1).Is("in") {
		// "Babin raised the point in criticism of NASA", "marched in
		// support of the strikers": the one who acted does it.
		if subj = d.clauseSubject(cs, k); subj == nil && cs > a && d.tok(cs-1).Is("that") {
			subj = d.clauseSubject(a, k) // "raised that point in criticism of …": "that" was no clause
		}
	}
	if subj == nil && !verb && sn.typ == parley.Cooperate {
		subj = d.relativeDoers(k, ce) // "the joint exercises that US and South Korean forces held"
	}
	if subj == nil && !verb && sn.frame == symmetric && d.inAn(k, a) {
		subj = d.clauseSubject(cs, k) // "Twenty Indian soldiers were killed in a clash with Chinese troops": India's
	}
	if subj == nil && verb {
		subj = d.reportedPronoun(k, a, b) // "Venezuela restated that it does not accept …"
	}
	if subj == nil && verb {
		subj = d.paperRelative(k, a) // "issued a declaration that called on Israel to …"
	}
	if (verbalTypes[sn.typ] || sn.typ == parley.Agree) && !d.hadBetween(subjStart, k) {
		if sp := d.ownStateSpeaker(subj, subjStart, a, b); sp != "" {
			// "Kim told Putin that North Korea would always support …",
			// "Tusk said last month that his government would not accept
			// the agreement": a pledge made in the speaking is the
			// speaker's. (What the state "had" done is reported, and
			// stays the state's.)
			subj = []string{sp}
		}
	}
	if (verbalTypes[sn.typ] || sn.typ == parley.Agree) && verb {
		if sp := d.trailingOwnSpeaker(subj, k, a, b); sp != "" {
			// "Russia will respond to Lithuania's ban …, Patrushev said",
			// "The EU expects Moscow to explain …, he said": the pledge or
			// stance is its speaker's. (A measure announced so stays the
			// state's: "France will bring its ambassador home …, Macron
			// said".)
			subj = []string{sp}
		}
	}
	if (verbalTypes[sn.typ] || sn.typ == parley.Agree) && verb {
		if sp := d.turnOwnSpeaker(subj, k, a); sp != "" {
			// "Mao Ning: China is ready to work with Japan …": a stance
			// or pledge of the speaker's state, in a briefing's turn, is
			// the speaker's, as in "Mao said China was ready …".
			subj = []string{sp}
		}
	}
	if verb && strings.HasSuffix(d.tok(k).Norm, "ing") && d.adverbAfterComma(k, a) {
		// "told them the operation was internal, in effect turning down
		// the offer": the participle's subject is the sentence's, not the
		// one told.
		subj = d.clauseSubject(a, k)
	}
	if subj == nil && verb && k > a+1 && d.tok(k-1).Is(",") && strings.HasSuffix(d.tok(k).Norm, "ing") {
		// "protesters gathered outside parliament, demanding that …": the
		// participle's subject is the sentence's.
		subj = d.clauseSubject(a, k)
	}
	if verb && verbalTypes[sn.typ] && k > a+1 && d.tok(k-1).Is(",") && strings.HasSuffix(d.tok(k).Norm, "ing") {
		if main := d.overThatClause(a, k); main != nil {
			// "the court ruled that Chile had no obligation to negotiate,
			// dismissing Bolivia's claim": the court dismissed it.
			subj = main
		}
	}
	obj := d.objects(k, from, ce, sn)
	if sn.frame == symmetric && len(subj) > 1 && d.contentPair(k, ce) {
		obj = nil // "Hussein and Arafat signed an agreement to end the fighting between the Jordanian army and …": the two sign with each other
	}
	if verb && !passive && sn.frame == directed {
		if ids := d.relativeObjectDoer(k, a, subj); ids != nil {
			obj = ids // "a peace plan, which Ethiopia accepted and Eritrea rejected": the plan's proposers
		}
	}
	if pairBefore && len(subj) > 1 && !slices.ContainsFunc(obj, func(o string) bool { return !slices.Contains(subj, o) }) && !d.eachOtherAfter(k) {
		// "met … and agreed to withdraw troops and stop the fighting": no
		// act of each on the other (but "The two ministers exchanged
		// views and expressed concern over China's manoeuvres": each at
		// China).
		subj = subj[:1]
	}
	if w := from; sn.frame == symmetric && w > k && w+2 < ce && d.tok(w).Is("with") && d.reciprocal(w, w+3) {
		// "spent five hours in talks with each other, with Annan and
		// Kikwete in the room": the subjects met one another; those in the
		// room are no partners.
		obj = nil
	}
	if verb && sn.typ == parley.Threaten && len(subj) > 0 && (len(obj) == 0 && d.thatAt(d.afterTimePhrase(k+1, ce)) || len(obj) == 1 && (d.sameSide(subj, obj[0]) || slices.Contains(d.thatSubject(k+1, ce), obj[0]))) {
		if against := d.aimedAgainst(k, ce); against != nil {
			// "Hoxhaj warned that the government would announce further
			// measures against Serbia": his own side acts; the threat is
			// aimed at the one named after "against".
			obj = against
		}
	}
	if obj == nil && !verb && sn.typ == parley.Consult && d.callOfAct(k) {
		// "Rouhani had apologised to him in a telephone call": the call
		// was between the two the act joined
		if e := d.earlierInSentence(k, func(e *parley.Event) bool {
			return !e.Source.IsZero() && !e.Target.IsZero() && e.Type != parley.Consult && e.Status == parley.Occurred
		}); e != nil {
			subj, obj = []string{e.Source.ID}, []string{e.Target.ID}
		}
	}
	if verb && sn.typ == parley.Reject && obj != nil && d.tok(k).Is("deny", "denies", "denied", "denying") && k+1 < ce && d.cover[k+1] < 0 &&
		strings.HasSuffix(d.tok(k+1).Norm, "ing") && len(d.tok(k+1).Norm) > 5 {
		obj = nil // "Kigali denies backing the M23 rebels": a charge denied, made by others than the M23
	}
	if obj == nil && verb && !passive && sn.typ == parley.Sanction && len(sn.objects) > 0 {
		obj = d.relativePartner(k, a) // "relations with Caracas, which Duque broke off": with Caracas
	}
	if obj == nil && verb && !passive && sn.typ == parley.Accuse {
		obj = d.workOfActor(k) // "dismissed the protests as organised from Belgrade": Belgrade
	}
	if obj == nil && verb && !passive && sn.typ == parley.Sanction && (sn.mode == "withdraw" && d.tiesNamed(k) || closesBorder(sn)) {
		obj = d.breachCause(k, b, subj) // "Somalia cut ties, accusing Kenya of interference": with Kenya; "had shut the posts after Nairobi imposed a levy": on Kenya
		if len(obj) == 1 && (closesBorder(sn) || d.crowd(obj[0])) && d.isOrg(obj[0]) && d.countryOf(obj[0]) != "" && d.actors["state:"+d.countryOf(obj[0])] != nil {
			// "closed the crossings after Afghan forces attacked": a
			// border is closed on a state; so are ties cut "after
			// protesters stormed its embassy in Tehran"
			obj = []string{"state:" + d.countryOf(obj[0])}
		}
	}
	if objNoun >= 0 && from == objNoun+1 {
		// "expelled the Russian ambassador and the Belarusian envoy",
		// "… the Russian ambassador in April and the Belarusian envoy in
		// May": the first envoy's state is a target too, not only the one
		// after "and"
		if first := d.adjectiveOwner(k+1, from); first != nil {
			if more, and := d.gappedObjects(k, from, ce, obj, sn); and {
				obj = uniq(append(first, more...))
			}
		}
	}
	if objNoun >= 0 && from == objNoun+1 && verb && (sn.typ == parley.Accuse || sn.typ == parley.Sanction && sn.mode == "expel") && d.tok(objNoun).Is(envoyNouns...) {
		// "summoned the Hungarian ambassador over remarks by Viktor
		// Orbán": the envoy's state, not whoever the cause names
		if owner := d.adjectiveOwner(k+1, from); len(owner) == 1 && strings.HasPrefix(owner[0], "state:") && len(obj) == 1 && obj[0] != owner[0] {
			obj = owner
		}
	}
	owned := false // the target owns the object: "shelled its villages"
	if verb && obj != nil && d.placeAfterOwned(k, from, ce, sn, subj, obj) {
		// "Hezbollah said Israeli drones struck their positions in southern
		// Lebanon": whose positions, before where they lie
		obj = d.ownedTarget(k, from, ce, a, b, si, subj, sn)
		owned = obj != nil
	}
	if obj == nil && verb && sn.typ == parley.Threaten {
		obj = d.answeredAgent(k, ce) // "would respond to any attack by Iran": Iran
	}
	if verb && len(subj) == 1 && (obj == nil || slices.Equal(obj, subj)) {
		if sp := d.speakerForPronoun(k, ce, a, subj, subjStart); sp != nil {
			obj = sp // "Zelensky said Erdogan had called him": Zelensky
		}
	}
	if sn.frame == together && verb && len(uniq(subj)) >= 2 && d.tok(k).Is("discuss", "discussed", "discusses", "discussing") && d.relationWithAfter(k, ce) {
		obj = nil // "Scholz and Macron discussed the crisis with Russia": the two discussed it (but "discussed Gaza with Safadi": with him)
	}
	if obj == nil && !verb && sn.typ == parley.Request && len(subj) > 0 && k+2 < ce && d.tok(k+1).Is("that") && requestNouns[d.tok(k).Norm] {
		obj = d.thatSubject(k+1, ce) // "renewed Beijing's demand that Manila remove the ship"
		if r := d.renewedBy(k, cs); obj != nil && r != nil {
			subj = r // "the ministry, which renewed Beijing's demand": the ministry asks again
		}
	}
	if obj == nil && verb && sn.frame == directed && verbalTypes[sn.typ] && len(subj) > 0 {
		obj = d.relativeObject(k) // "Eritrea, which it accused of sending troops"
		if obj != nil && slices.ContainsFunc(subj, func(s string) bool { return slices.Contains(obj, s) }) && d.tok(k-1).Is("it", "they", "he", "she") {
			subj = d.clauseSubject(a, k) // "Lithuania closed its border with Belarus, which it accuses …": "it" is Lithuania
		}
		if obj == nil {
			obj = d.apposedDeedDoer(k, a, subj) // "Japan released the water, a move China condemned": at Japan
		}
		if obj == nil {
			obj = d.relativeProposer(k, a, subj) // "Washington called for an inquiry, which Karimov rejected": at Washington
		}
	}
	if obj == nil && verb && sn.typ == parley.Agree && sn.frame == directed && len(subj) > 0 {
		obj = d.relativeProposer(k, a, subj) // "Podgorica proposed the amendments, which Germany accepted": with Podgorica
	}
	if sn.typ == parley.Agree && sn.frame == symmetric && verb && len(uniq(subj)) >= 2 && k+2 < ce && d.tok(k+1).Is("to") && d.bareVerbAt(k+2) {
		obj = nil // "France and Saudi Arabia agreed to work with Lebanon": the two agreed, on working with it
	}
	if sn.typ == parley.Reject && verb {
		if au := d.putForwardBy(from, ce); au != nil {
			obj = au // "vetoed a Security Council resolution, put forward by the United States": at its authors, not the forum
		}
	}
	if sn.typ == parley.Request {
		if h := d.releaseHolder(from, ce, b); h != nil {
			obj = h // "demanded the release of Protasevich": of whoever holds him
		} else if h := d.seizerOfOwn(from, ce, subj, k); obj == nil && h != nil {
			obj = h // "Seoul demanded the release of the ship and crew": of whoever seized them
		} else if h := d.pronounReleaseHolder(from, ce, subj, k); obj == nil && h != nil {
			obj = h // "called for his immediate release": of whoever detained him
		} else if h := d.passiveReleaseHolder(from, ce, subj, k); h != nil {
			obj = h // "demanded that the four be released": of whoever detained them
		} else if h := d.endedMeasureOwner(from, ce); obj == nil && h != nil {
			obj = h // "called for an end to the US embargo on Cuba": of the US
		} else if d.captivesByAdjective(from, ce) >= 0 {
			obj = nil // "demands the release of all Palestinian prisoners": not of Palestine
		}
	}
	if obj == nil && verb && !passive && sn.typ == parley.Sanction && len(sn.objects) == 0 &&
		d.tok(k).Is("ban", "bans", "banned", "banning", "blacklist", "blacklists", "blacklisted", "blacklisting", "embargoed") {
		obj = d.adjectiveThings(k+1, ce) // "India banned Chinese apps", "Russia banned Georgian wine"
	}
	if obj == nil && reduced >= 0 {
		obj = d.objects(reduced, reduced+1, k, sn) // "tariffs on Chinese goods imposed …": on China
	}
	if obj == nil && !verb && d.tok(k).Is("boycott") && d.overAbuses(k, ce) {
		// "a diplomatic boycott over human rights abuses in Xinjiang": of
		// China. (Not "over the bombing of civilians in Gaza": the place
		// of the victims.)
		obj = d.concernedWith(k+1, ce)
	}
	if obj == nil && verb && sn.typ == parley.Concede && d.tok(k).Is("lift", "lifted", "lifts", "lifting") {
		obj = d.relationPartner(from, ce) // "lifting restrictions on defence cooperation with Azerbaijan"
	}
	if obj == nil && verb && sn.typ == parley.Sanction && (sn.mode == "halt" || sn.mode == "withdraw") && objNoun > k && d.tok(objNoun).Is("talks", "negotiations") {
		// "would suspend talks on joining the European Union": with the
		// body to be joined
		obj = d.bodyToJoin(objNoun+1, ce)
	}
	if obj == nil && verb && sn.typ == parley.Concede && len(subj) > 0 && objNoun > k && d.tok(objNoun).Is("objection", "objections", "veto", "reservations", "blockade", "opposition") {
		// "the EU approved new sanctions after Hungary dropped its
		// objections": the veto stood in the way of the main clause's
		// actor
		obj = d.mainClauseActor(subjStart, subj)
	}
	if obj == nil && verb && objNoun > k+1 && (d.tok(k).Is("added", "add", "adds", "adding", "hit", "hits", "hitting") ||
		sn.typ == parley.Sanction && d.tok(k).Is("returned", "return", "returns", "returning", "put", "puts", "putting",
			"placed", "place", "places", "placing", "included", "include", "includes", "including")) {
		// "added Sergei Lavrov to its sanctions list", "returned Cuba to
		// the list of state sponsors of terrorism": the one listed; "hit
		// Beijing with export curbs": the one hit
		obj = d.objects(k, k+1, objNoun, sn)
	}
	if verb && objNoun > k+1 && d.tok(k).Is("granted", "grant", "grants", "granting", "gave", "give", "gives", "giving", "awarded", "award",
		"provided", "provide", "provides", "providing", "supplied", "supply", "supplies", "supplying",
		"offered", "offer", "offers", "offering", "sent", "send", "sends", "sending", "handed", "hand", "hands", "handing") &&
		(d.cover[k+1] >= 0 || d.tok(k+1).Is("the") && d.cover[k+2] >= 0) {
		// "The EU granted Ukraine and Moldova candidate status": all
		// those named before the noun; "offered the government his backing".
		if o := d.objects(k, k+1, objNoun, sn); len(o) > len(obj) {
			obj = o
		}
	}
	if verb && (sn.typ == parley.Accuse || sn.typ == parley.Support) && d.tok(k+1).Is("it") && d.tok(k+2).Is("a", "an", "\"", "“") &&
		d.tok(k).Is("called", "calls", "calling", "described", "describes", "describing") {
		// "Russia recognised the Taliban … Muttaqi called it a courageous
		// decision": "it" is the deed told just before, not the last
		// state named.
		obj = d.deedJustBefore(k, subj)
	}
	if obj == nil && !verb {
		obj = d.concernedState(k, cs) // "China-specific tariffs": on China
	}
	if objNoun >= 0 && sn.mode != "withdraw" {
		// (One's own envoy recalled is no target: "recalled its
		// ambassador to France, Said Moussi" is aimed at France.)
		if p := d.envoyApposition(objNoun, ce); p != nil {
			obj = p // "summoned the EU ambassador in Beijing, Nicolas Chapuis"
		}
	}
	if len(obj) == 1 && sn.typ == parley.Sanction && sn.mode != "withdraw" {
		if both := d.stateAndEnvoy(obj[0], k, ce); both != nil {
			// "expelled Togo's ambassador, Kodjo Amegah": the expulsion is
			// aimed at the envoy and at the state he serves. (A summons
			// stays the envoy's: "summoned China's ambassador, Qin Gang".)
			obj = both
		}
	}
	if obj != nil && sn.typ == parley.Reject && objNoun >= 0 && objNoun+1 < ce &&
		(strings.HasSuffix(d.tok(objNoun+1).Norm, "ing") || d.tok(objNoun+1).Is("on", "about", "over")) {
		if owner := d.adjectiveOwner(k+1, objNoun+1); owner != nil {
			obj = owner // "blocked an EU statement criticising China": the EU's statement is refused, not China
		}
	}
	if obj == nil && len(sn.objects) > 0 && !(sn.typ == parley.Retreat && sn.mode == "withdraw") {
		// (Troops withdrawn are the withdrawing side's own: "bring the
		// soldiers home" is from somewhere, not from them.)
		obj = d.adjectiveOwner(k+1, from)
		the := objNoun - 1
		for the > k+1 && envoyRanks[d.tok(the).Norm] {
			the-- // "the Deputy Ambassador of Estonia"
		}
		if obj == nil && the > k && d.tok(the).Is("the") {
			if st, envoy := d.envoyOfStateAt(the, ce); envoy != "" {
				obj = []string{envoy} // "summoned the Ambassador of Norway, Jane Roe": the envoy named
			} else if st != "" {
				obj = []string{st} // "summoned the chargé d'affaires of Switzerland": his state
			}
		}
		if sn.typ == parley.Aid && d.giverAdjective(k+1, from) {
			obj = nil // "handed over houses built with Indian assistance": India gave, it did not receive
		}
	}
	if obj == nil && sn.frame == together && objNoun >= 0 && from < ce && d.tok(from).Is("of") {
		// "took part in the extraordinary summit of NATO heads of state":
		// the body whose gathering it is
		if j := actorAt(d, from+1, "the"); j >= 0 {
			if m, _ := d.mentionAt(j); len(m.Actors) == 1 && d.isOrg(m.Actors[0]) {
				obj = m.Actors
			}
		}
	}
	if obj == nil && verb && sn.frame == together && sn.typ == parley.Consult && len(subj) > 0 && objNoun > 0 &&
		d.definiteBefore(objNoun, k) && d.tok(objNoun).Is("summit", "meeting", "talks", "conference", "session") {
		// "Ramaphosa hosted the BRICS summit … Putin took part in the
		// summit by video link": with the host of the meeting told before,
		// the one told by the same noun if there is one ("held talks with
		// an Israeli delegation … Burns attended the talks")
		if named := d.meetingNamed(k, d.tok(objNoun).Norm); named != nil {
			obj = d.notTheSame(subj, named)
		} else {
			obj = d.notTheSame(subj, d.lastMeetingHost(k))
		}
	}
	var meetingDay parley.Date // the day of the meeting told before that a bare "attended" joins
	if obj == nil && verb && sn.frame == together && sn.typ == parley.Consult && len(subj) > 0 && objNoun < 0 && attendedAlone(d, k) {
		obj = d.notTheSame(subj, d.lastMeetingHost(k)) // "Lavrov attended in person", "Milei did not attend.": the meeting told before
		meetingDay = d.lastMeetingDay(k)
	}
	if obj == nil && !verb && d.tok(k).Is("guest") && k >= 3 && d.possessiveAt(k-1) && d.cover[k-2] >= 0 {
		obj = d.notTheSame(subj, d.in.Mentions[d.cover[k-2]].Actors) // "Putin was Xi's guest": Xi hosted
	}
	if obj == nil && !verb && sn.typ == parley.Consult && len(subj) > 0 && k+2 < ce && d.tok(k+1).Is("of") && d.indefiniteBefore(k, a) {
		// "informed his counterparts at a videoconference of the Foreign
		// Affairs Council", "briefed allies at a meeting of the North
		// Atlantic Council": the body whose session it was
		if j := actorAt(d, k+2, "the"); j >= 0 {
			if m, _ := d.mentionAt(j); len(m.Actors) == 1 && d.isOrg(m.Actors[0]) && !slices.Contains(subj, m.Actors[0]) {
				obj = m.Actors
			}
		}
	}
	if obj == nil && sn.typ == parley.Accuse && objNoun >= 0 && (slices.Contains(misgivings, d.tok(objNoun).Norm) || d.tok(objNoun).Is("objections")) {
		// "raised concerns about human rights in Xinjiang", "expressed
		// shock at remarks by Abiy Ahmed": any misgiving, of whom it is about
		obj = d.concernedWith(from, ce)
		if obj == nil {
			obj = d.concernDeed(k, from, ce, subj) // "expressed concern about the closures": whoever closed
		}
	}
	if obj == nil && !verb && sn.typ == parley.Consult && d.tok(k).Is("meeting", "visiting", "calling", "phoning") && k > a &&
		d.tok(k-1).Is("after", "before", "since", "while", "when", "by", "on") {
		// "After meeting Abe in Tokyo, Trump told reporters …": a gerund
		// with its object.
		if i := actorAt(d, k+1, "the"); i >= 0 {
			m, _ := d.mentionAt(i)
			obj = m.Actors
			if p, _ := d.titledPerson(m, d.mentionEnd(i)); p != nil {
				obj = p.Actors // "after meeting Communist Party chief Nguyen Phu Trong": the person, not the party
			}
		} else if len(subj) == 0 {
			// "Ali and Maduro pledged …, after meeting face to face at
			// Argyle": the meeting of the two who pledged
			if e := d.earlierInSentence(k, func(e *parley.Event) bool {
				return (e.Type == parley.Agree || e.Type == parley.Cooperate) && !e.Source.IsZero() && !e.Target.IsZero()
			}); e != nil {
				subj, obj = []string{e.Source.ID}, []string{e.Target.ID}
			}
		}
	}
	if !verb && sn.typ == parley.Assault {
		// "Soleimani was killed in a U.S. drone strike in Baghdad": the
		// state of the adjective struck the one killed.
		if victims, by, ok := d.killedIn(k, a); ok {
			switch {
			case by == nil && sn.frame == symmetric && victims != nil && obj != nil:
				subj, subjStart = victims, k // "Twenty Indian soldiers were killed in a clash with Chinese troops": their side fought
			case by == nil:
				return nil, false // "was killed in an airstrike": by whom, unsaid
			case victims != nil:
				subj, obj, subjStart = by, victims, k
			default:
				subj, subjStart = by, k // "Ten civilians were killed in a Russian strike on Kharkiv"
			}
		}
	}
	if subj == nil && obj == nil && !verb && sn.frame == symmetric {
		// "the Modi-Xi summit", "US-China trade talks": the pair named
		// before the noun.
		for i := k - 1; i >= a && k-i <= 3; i-- {
			if d.cover[i] >= 0 {
				if raw := d.in.Mentions[d.cover[i]]; raw.Via == parley.ViaAdjective && len(uniq(raw.Actors)) == 2 {
					subj, obj = raw.Actors[:1], raw.Actors[1:]
				}
				break
			}
			if d.tok(i).Kind != token.Word || d.tok(i).Upper {
				break
			}
		}
	}
	if subj == nil && obj != nil && !verb && sn.typ == parley.Consult {
		// "Wang Yi said at a meeting with Zarif …", "Xi said during talks
		// with Putin …": the one who spoke there.
		if i := d.prepBefore(k, a); i > a && (sayVerbs[d.tok(i-1).Norm] || addressVerbs[d.tok(i-1).Norm]) {
			subj, _ = d.subjects(i-1, d.clauseStart(i-1, a))
		}
	}
	if sn.mode == "convict" && d.tok(k).Is("ruled", "rules", "rule", "ruling", "declared", "declares", "declare", "declaring") {
		// "ruled the mask ban unconstitutional": against whoever owns what
		// was ruled on, or else the court's own state.
		obj = nil
		for i := k + 1; i < ce && i <= k+26; i++ {
			if d.cover[i] >= 0 {
				// "the government's mask ban": the owner, by its possessive;
				// "a law passed by the National Assembly": by its maker
				b := i - 1
				if b > k && d.tok(b).Is("the") {
					b--
				}
				maker := b >= 1 && d.tok(b).Is("by") && d.tok(b-1).Is("passed", "adopted", "approved", "issued", "enacted", "signed", "taken", "made")
				if ids := d.in.Mentions[d.cover[i]].Actors; len(ids) == 1 && !d.court(ids[0]) && (d.possessiveAt(d.mentionEnd(i)) || maker) {
					obj = ids
					break
				}
				i = d.mentionEnd(i) - 1
			}
		}
		if obj == nil {
			a, b := d.tokensOf(d.sentenceAround(k))
			for i := a; i < b && obj == nil; i++ {
				if d.cover[i] >= 0 {
					for _, id := range d.in.Mentions[d.cover[i]].Actors {
						if (d.court(id) || d.nameHas(id, "judiciary")) && d.countryOf(id) != "" {
							obj = []string{"state:" + d.countryOf(id)}
							if subj == nil {
								subj = []string{id}
							}
						}
					}
				}
			}
		}
	}
	pro := k + 1 // "urged him", "speaking to him"
	if pro+1 < ce && d.tok(pro).Is("to", "with") && sn.typ == parley.Consult {
		pro++
	}
	if obj == nil && verb && pro < ce && d.tok(pro).Is("him", "her", "them", "both") && len(subj) > 0 && (d.cover[pro] < 0 || d.tok(pro).Is("both", "them")) {
		// "met Kagame on Monday and urged him to withdraw …": the one the
		// act before was aimed at; "spoke with Burhan and Dagalo and urged
		// both to agree": each of those.
		if e := d.earlierInSentence(k, func(e *parley.Event) bool { return !e.Target.IsZero() && !slices.Contains(subj, e.Target.ID) }); e != nil {
			obj = []string{e.Target.ID}
			if d.tok(pro).Is("both", "them") {
				for _, o := range d.built {
					if o.Trigger == e.Trigger && o.Type == e.Type && !o.Target.IsZero() && !slices.Contains(obj, o.Target.ID) && !slices.Contains(subj, o.Target.ID) {
						obj = append(obj, o.Target.ID)
					}
				}
			}
		}
	}
	if obj == nil && verb && sn.typ == parley.Request && len(subj) > 0 && k+2 < ce && d.tok(k+1).Is("that") && d.tok(k+2).Is("it", "they") && d.cover[k+2] < 0 &&
		k > 0 && d.tok(k-1).Is("and") {
		// "accused Israel of violating the ceasefire and demanded that it
		// withdraw": of the one the act before was aimed at
		if e := d.earlierInSentence(k, func(e *parley.Event) bool {
			return !e.Target.IsZero() && slices.Contains(subj, e.Source.ID) && !slices.Contains(subj, e.Target.ID)
		}); e != nil {
			obj = []string{e.Target.ID}
		}
	}
	if obj == nil && verb && sn.typ == parley.Consult && pro < ce && d.tok(pro).Is("them") && len(subj) > 0 {
		// "The AU sent Chissano, Sirleaf and Motlanthe to Addis Ababa.
		// Abiy received them on Monday": the people the sentence before
		// listed
		obj = d.notTheSame(subj, d.peopleListBefore(a))
	}
	envoyRecalled := false // its own envoy, the post unnamed: "recalled the Colombian ambassador"
	if verb && sn.typ == parley.Sanction && len(subj) > 0 && (len(obj) == 0 || len(obj) == 1 && d.sameSide(subj, obj[0])) && d.ownEnvoys(k, subj) {
		// "Bahrain expelled Lebanon's ambassador, and Kuwait and the UAE
		// recalled their envoys": from the state just sanctioned
		obj = d.sanctionedBefore(k, subj)
		if len(obj) == 1 && !strings.HasPrefix(obj[0], "state:") {
			obj = nil // envoys serve in states: not recalled from a court the US had just sanctioned
		}
		envoyRecalled = obj == nil && !d.postNamed(k)
	}
	if obj == nil && sn.typ == parley.Sanction && len(subj) > 0 && d.followsSuit(k, ce) {
		obj = d.suitTarget(k, subj) // "The US and Britain announced parallel measures": on whom the EU's fell
	}
	if obj == nil && verb && (sn.typ == parley.Request || sn.typ == parley.Accuse) && len(subj) > 0 {
		obj = d.bareRulers(k, ce, subj) // "Police detained protesters … The EU called on the authorities to release them"
	}
	demandMade := verb || sn.typ == parley.Request && ownDemandFor(d, k) // "renewed calls for …" as "called for …"
	if obj == nil && demandMade && sn.typ == parley.Request && len(subj) > 0 {
		// "called for an end to the offensive by the Syrian regime": of
		// the one doing what is to end
		obj = d.agentOfHalted(k, ce, subj)
		if obj == nil {
			obj = d.haltedDeed(k, ce, subj) // "called for an end to the strikes": whoever struck
		}

	}
	if obj == nil && verb && len(subj) > 0 && sn.frame == directed && !d.quoted[k] {
		obj = d.speakerOwnedObject(k, ce, a, subjStart, sn.typ, subj) // "Kyiv said Russia had shelled its positions": Kyiv's
	}
	if obj == nil && verb && len(subj) > 0 && sn.frame == directed && d.quoted[k] {
		obj = d.quotedUs(k, ce, subj) // "\"China has sanctioned us,\" Landsbergis said": Lithuania
	}
	if obj == nil && verb && len(subj) > 0 && sn.frame == directed {
		// "broke off relations with it, accusing it of genocide",
		// "imposed sanctions on the country": the state named last before.
		obj = d.stateReferredTo(k, ce, subj)
	}
	if len(obj) == 1 && ((sn.typ == parley.Protest || sn.typ == parley.Sanction || sn.typ == parley.Threaten) && d.nameHas(obj[0], "embassy") ||
		sn.typ == parley.Request && d.removalOf(k, ce) && (d.nameHas(obj[0], "armed forces") || d.nameHas(obj[0], "army") || d.nameHas(obj[0], "troops"))) {
		// "protested outside the French embassy", "expelled staff of the
		// Russian Embassy": against France, against Russia;
		// "demanding the withdrawal of French troops": of France
		if c := d.countryOf(obj[0]); c != "" && d.actors["state:"+c] != nil {
			obj = []string{"state:" + c}
		}
	}
	var occasion *parley.Event
	if obj == nil && !verb && sn.frame == symmetric {
		if occasion = d.occasionOf(k, a); occasion != nil {
			// "Biden warned Putin …, in a two-hour video call": the call
			// is between the two of the act it frames.
			subj, obj, subjStart = []string{occasion.Source.ID}, []string{occasion.Target.ID}, k
		} else if s, o := d.framingParties(k, a, b); s != nil {
			// "In a phone call on Friday, Erdogan and Trump agreed …",
			// "Putin told Abe during their meeting at the Kremlin …"
			subj, obj, subjStart = s, o, k
		}
	}
	if obj == nil && verb && !passive && len(subj) == 1 && (sn.frame == symmetric || sn.typ == parley.Agree) && d.andBeforeVerb(k, a) > 0 {
		// "Telus and Solskyi spoke by phone on Thursday and agreed to …",
		// "He and Mitsotakis held talks and signed the declaration", "met
		// Modi in Delhi and on Sunday signed a trade pact": the second
		// verb is both sides', as the first was. (A passive has its own
		// agent: "met Frederiksen and was received by the Queen".)
		if e := d.earlierInSentence(k, func(e *parley.Event) bool {
			return (e.Type == parley.Consult || e.Type == parley.Agree || e.Type == parley.Cooperate) && len(e.Participants) >= 2 &&
				slices.ContainsFunc(e.Participants, func(p parley.ActorRef) bool { return p.ID == subj[0] })
		}); e != nil {
			// All the sides of that act, when it was one with several
			// ("visited Dhaka and Naypyitaw and proposed a plan": to both).
			trig := e.Trigger
			for _, o := range d.built {
				if o.Trigger != trig || o.Type != e.Type {
					continue
				}
				for _, p := range o.Participants {
					if p.ID != subj[0] && !slices.Contains(obj, p.ID) {
						obj = append(obj, p.ID)
					}
				}
			}
		}
	}
	if obj == nil && verb && !passive && len(subj) > 0 && !(sn.frame == visit && d.visitedState(k, ce) != nil) &&
		!(sn.typ == parley.Sanction && sn.mode == "convict" && d.measureAuthor(k, ce, subj) != nil) {
		// (not "met Macron and will travel to Warsaw": Poland hosts; nor
		// "overturned the delay … and annulled a decree by Sall": his)
		obj = d.sameActAgain(k, a, sn.typ, subj) // "had sent medicines to Ukraine and would soon send more"
	}
	if obj == nil && verb && !passive && len(subj) > 0 && sn.typ == parley.Sanction {
		obj = d.parallelActTarget(k, a, sn.typ, subj) // "France recalled its ambassador from Tehran, and Norway closed its embassy": Iran's
	}
	if obj == nil && verb && len(subj) > 0 && (sn.typ == parley.Sanction || sn.typ == parley.Aid) {
		obj = d.patronsOf(a, k, subj) // "France and Canada, Haiti's other main donors, have suspended their aid": to Haiti
	}
	if obj == nil && verb && len(subj) == 1 && (sn.typ == parley.Agree || sn.typ == parley.Aid || sn.typ == parley.Support) {
		obj = d.whereState(k, a, subj[0]) // "hosted Luxon in Apia, where he pledged NZ$20 million": to Samoa
	}
	if len(obj) == 2 && len(subj) > 0 && d.wordAfter(k, ce, 4, "sides", "parties") {
		if cp := d.conflictParties(k, subj); len(cp) == 2 && !d.hostileBetween(obj[0], obj[1], k) {
			// "India struck … Pakistan shot down … Rubio urged Pakistan to
			// de-escalate. China called on both sides to exercise
			// restraint": the two at war, not the last two named.
			obj = cp
		}
		obj = d.armedSides(k, subj, obj) // "Israel struck Hezbollah … The EU urged both sides": Hezbollah, not Lebanon
	}
	if obj == nil && demandMade && len(subj) > 0 && sn.typ == parley.Request && d.askedRestraint(k, ce) {
		obj = d.conflictParties(k, subj) // "China, which has close ties with both countries, urged restraint": on both
		if obj == nil {
			obj = d.pairInSubjectAside(k) // (when the story told no blow, only charges: the pair the aside names)
		}
	}
	if obj == nil && demandMade && len(subj) > 0 && sn.typ == parley.Request {
		obj = d.notTheSame(subj, d.strifePlace(k, ce)) // "demanded an immediate ceasefire in Libya": of Libya
	}
	if obj == nil && verb && d.tok(k).Is("accepted", "accepts", "accept") && len(subj) == 1 && acceptedBare(d, k) {
		// "He invited Putin to visit North Korea, and the Kremlin said
		// Putin had accepted": the invitation of whoever made it.
		obj = d.inviterOf(k, subj[0])
	}
	if obj == nil && verb && sn.typ == parley.Support && k-1 > a && d.tok(k-1).Is("to") {
		// "telephoned Vladimir Putin on Thursday to apologise for the
		// deaths": the call was made to say it to him.
		if sp := d.callerBefore(k); sp != "" {
			subj, obj = []string{sp}, d.partnerInCall(k, sp)
		}
	}
	if obj == nil && verb && len(subj) == 1 && k-1 > a && d.tok(k-1).Is("and") && d.tok(k).Is("offered", "offers", "invited", "invites", "proposed", "proposes", "asked", "asks", "requested", "thanked", "thanks", "pressed", "appealed",
		"apologised", "apologized", "apologises", "apologizes", "congratulated", "assured", "condoled") {
		// "spoke by phone with Putin on Sunday and offered to host …": to
		// Putin. (What else was said on the call may be aimed elsewhere.)
		obj = d.partnerInCall(k, subj[0])
	}
	brokered := false // the pact's parties found, the broker left out
	if verb && d.tok(k).Is("broker", "brokered", "brokers", "brokering") {
		// "Egypt brokered a truce between Israel and Islamic Jihad": the
		// pact is the two's, the broker no party to it.
		u := uniq(obj)
		if len(u) < 2 {
			u = d.partiesUnderWhich(k, b) // "brokered a deal under which both sides would cover …"
		}
		if len(u) >= 2 {
			subj, obj = u[:1], u[1:]
			brokered = true // (also "A ceasefire was brokered by Qatar between …": not Qatar's)
		} else {
			return nil, false
		}
	}
	if obj == nil && sn.typ == parley.Agree && verb && len(uniq(subj)) == 2 && d.wordAfter(k, ce, 8, "together", "jointly", "each", "one") {
		// "Kim and Moon pledged to work together": a pledge each makes the other
		u := uniq(subj)
		subj, obj = u[:1], u[1:]
	}
	if obj == nil && pactTerms[sn.typ] && len(subj) > 0 && underPact(d, k) {
		// "Under the deal, Tigrayan forces are to disarm": toward
		// Ethiopia; "Under the deal, Sudan will reopen its border
		// crossings": a concession to South Sudan
		obj = d.otherParty(subj, k)
	}
	if obj == nil && verb && sn.typ == parley.Accuse && d.tok(k).Is("called", "calls", "call", "calling", "described", "describes", "describe", "describing", "branded", "brands", "brand", "branding") {
		obj = d.censuredOwner(k, ce, subj) // "called the move the beginning of a Russian invasion"
	}
	if sn.typ == parley.Reject && verb && len(subj) == 1 && k+1 < ce && d.tok(k+1).Is("it") {
		if o := d.itRejected(k, subj); o != nil {
			obj = o // "Moldova rejected the claim. Ukraine also dismissed it": the claim, not Moldova
		}
	}
	if obj == nil && sn.typ == parley.Reject && len(subj) == 1 && (d.rebuttal(k, ce) || deniedCharge(d, k)) {
		obj = d.accuser(subj[0], d.criticismAfter(k, ce)) // "India rejected the accusation": whoever made it
		if obj == nil {
			// "India struck what it called terrorist camps … Pakistan
			// denies any role": a charge told without an accusation is
			// the other side's in the dispute just told
			obj = d.assailantOf(subj, k)
		}
	}
	if obj == nil && sn.typ == parley.Reject && len(subj) == 1 {
		obj = d.apposedClaimant(k, subj) // "Chile said Peru had moved troops, a claim Lima rejected": Chile's claim
	}
	if obj == nil && sn.typ == parley.Reject && verb && len(subj) == 1 && d.bareRefusal(k) {
		// "Russia demanded that Ukraine withdraw … Kyiv refused": the
		// demand just made of it
		if e := d.asker(subj[0], k); e != nil && d.sentenceIndex(d.tok(k).Start)-d.sentenceIndex(e.Trigger.Start) <= 1 {
			obj = []string{e.Source.ID}
		}
	}
	if obj == nil && sn.typ == parley.Reject && len(subj) == 1 && d.askAnswered(k, ce) {
		if e := d.asker(subj[0], k); e != nil {
			obj = []string{e.Source.ID} // "rejected the ultimatum", "rejected the demand": whoever made it
		}
	}
	if obj == nil && verb && sn.typ == parley.Reject && len(subj) == 1 && d.refusedToAct(k) {
		// "Russia demanded that Lithuania lift the ban. Vilnius has
		// refused to reverse it": the demand refused
		if e := d.asker(subj[0], k); e != nil && d.sentenceIndex(d.tok(k).Start)-d.sentenceIndex(e.Trigger.Start) <= deedWindow {
			obj = []string{e.Source.ID}
		}
	}
	if obj == nil && verb && sn.typ == parley.Agree && len(subj) == 1 && k+2 < ce && d.tok(k+1).Is("to") && d.bareVerbAt(k+2) && !d.tok(k).Is("vowed", "vows", "vow", "vowing") {
		// "Finland asked Frontex for help, and Frontex agreed to deploy
		// 50 officers": the request granted, to whoever made it (a vow
		// grants nothing: "urged dialogue … the committee vowed to
		// respond to any aggression")
		if e := d.asker(subj[0], k); e != nil && e.Type == parley.Request && d.sentenceIndex(d.tok(k).Start)-d.sentenceIndex(e.Trigger.Start) <= 1 &&
			d.complementTarget(k, ce, subj, false) == nil {
			obj = []string{e.Source.ID}
		}
	}
	if obj == nil && verb && sn.typ == parley.Reject && d.tok(k).Is("balk", "balks", "balked", "balking") && len(subj) == 1 {
		obj = d.leadingState(subj) // "Beijing is balking at committing to …": at the other side of the talks
	}
	if obj == nil && verb && sn.typ == parley.Request && participleAfterComma(d, k) {
		// "Sasse told Hawk Sawyer, repeatedly calling for an explanation":
		// he asked it of her.
		if by, to := d.mainAddress(k, a); to != nil {
			subj, obj = by, to
		}
	}
	if obj == nil && verb && sn.typ == parley.Reject && len(subj) > 0 {
		obj = d.keptPenalty(k, ce, subj) // "Vilnius has refused to reverse the ban": on whom it fell
	}
	if obj == nil && verb && sn.typ == parley.Reject && len(subj) == 1 {
		obj = d.resignationRefused(k, ce, subj[0]) // "refused to accept the resignation of Hariri": his, though of the same side
	}
	if sn.complement && verb && len(obj) == 1 && len(subj) == 1 && obj[0] == subj[0] && k+2 < ce && d.cover[k+1] >= 0 && d.tok(k+2).Is("would", "will", "could", "might", "may", "must") {
		obj = nil // "Iran warned it would strike Israel": "it" opens what was said, the target is in it
	}
	if obj == nil && sn.complement && !(sn.typ == parley.Agree && d.hostileComplement(k, ce)) && !(sn.typ == parley.Concede && helpGivenUp(d, k)) {
		obj = d.complementTarget(k, ce, subj, sn.typ == parley.Threaten || sn.typ == parley.Request)
		if sn.typ == parley.Reject && len(subj) > 0 && len(obj) > 0 && d.countryOf(subj[0]) != "" && d.countryOf(obj[0]) == d.countryOf(subj[0]) &&
			!d.tok(d.afterTimePhrase(k+1, ce)).Is("to") {
			// "denied that he and Sondland formed a shadow policy": his own
			// side's deed, no one else's claim (but "refused to give Zaev
			// the mandate": an act refused to a rival at home)
			obj = nil
		}
	}
	if obj == nil && verb && sn.typ == parley.Agree && len(uniq(subj)) == 1 {
		obj = d.dealPartyAfter(k, ce, subj) // "approved a deal under which Hamas is to free 50 hostages": with Hamas
	}
	if verb && sn.typ == parley.Reject {
		if to := d.handedOverTo(k, ce); to != nil && !d.sameSide(subj, to[0]) {
			obj = to // "refused to extradite Pinochet to Spain": Spain asked
		}
	}
	if verb && sn.typ == parley.Accuse && d.tok(k).Is("blamed", "blame", "blames", "blaming") && (obj == nil || d.blamedOnAt(k, ce) > 0) {
		// "blamed the explosion on Russia"; "blamed the Jordan attack on
		// militant groups backed by Iran": the one blamed follows "on",
		// whatever the deed's own words name
		obj = d.blamedOn(k, ce)
		if sp := d.speakerOfDeedBlamed(k, a, b); obj != nil && sp != nil {
			subj = sp
		}
	}
	if sn.typ == parley.Threaten && len(obj) == 1 && d.removalOf(k, ce) && (d.nameHas(obj[0], "armed forces") || d.nameHas(obj[0], "army") || d.nameHas(obj[0], "defense force") || d.nameHas(obj[0], "defence force")) {
		// "threatened to expel Ethiopian troops": a threat to Ethiopia
		if c := d.countryOf(obj[0]); c != "" && d.actors["state:"+c] != nil && !d.sameSide(subj, "state:"+c) {
			obj = []string{"state:" + c}
		}
	}
	if obj == nil && verb && sn.frame == directed && len(subj) > 0 && (sn.typ == parley.Accuse || sn.typ == parley.Support || sn.typ == parley.Reject || (sn.typ == parley.Agree || sn.typ == parley.Concede) && acceptance[d.tok(k).Norm]) {
		dfrom := from
		if dfrom < ce && dfrom == k+1 && (feelings[d.tok(k).Norm] && d.tok(dfrom).Is(sn.preps...) || d.tok(k).Is("protested", "protests", "protest", "protesting") && d.tok(dfrom).Is("over", "against", "at")) {
			dfrom++ // "disappointed by the signing", "protested over the expulsion"
		}
		if objNoun > k+1 {
			dfrom = objNoun - 1 // "did not accept the offer": the sense's own object noun
		}
		if objNoun > k && objNoun+2 < ce && d.tok(objNoun+1).Is(sn.preps...) && d.tok(objNoun+2).Is("the", "this", "these", "that", "those", "such") {
			dfrom = objNoun + 2 // "expressed concern over the use of the water cannon": the deed after the noun's preposition
		}
		obj = d.deedDoers(k, dfrom, ce, subj) // "Guterres condemned the detentions": whoever detained
		if obj == nil && (sn.typ == parley.Reject || sn.typ == parley.Support || acceptance[d.tok(k).Norm]) {
			pfrom := from
			if objNoun > k {
				pfrom = k + 1 // the noun and its owner: "accepted Egypt's ceasefire plan"
			}
			obj = d.proposer(pfrom, ce, subj) // "rejected a ceasefire proposal put forward by Egypt", "the Chinese peace plan"
		}
	}
	if verb && sn.typ == parley.Accuse && !(objNoun > k && d.tok(objNoun).Is("warrant", "warrants")) {
		// (A warrant "for Putin's arrest" is aimed at Putin himself.)
		if captive, _ := d.captiveAfter(k, ce); captive != nil && (obj == nil || slices.Equal(obj, captive)) {
			// "France condemned Navalny's arrest": at the captor
			if obj = d.captor(captive, k, subj); obj == nil {
				return nil, false
			}
		}
	}
	if verb && sn.typ == parley.Reject && vetoVerbs[d.tok(k).Norm] {
		if p := d.proposer(k+1, ce, subj); p != nil {
			obj = p // "Hungary blocked the EU's proposal to send weapons to Ukraine": the EU's, not Ukraine
		} else if obj == nil && d.wordAfter(k, ce, 3, "proposal", "proposals", "initiative", "draft", "package") {
			obj = d.forumIn(a, ce, subj) // "At EU level, Hungary and Slovakia blocked proposals for sanctions": the bloc's
		}
	}
	if verb && len(obj) > 0 && sn.typ == parley.Accuse && accuseVerbs[d.tok(k).Norm] {
		obj = append(obj, d.alsoAccused(k, ce)...) // "accused Iran of spreading discord and Hezbollah of imposing its will"
	}
	if obj == nil && sn.typ == parley.Support && verb && objNoun > k {
		obj = d.ownerBefore(objNoun, k) // "ratified Sweden's accession", "approved Finland's membership"
	}
	if obj == nil && verb && objNoun == k+2 && (sn.typ == parley.Agree || sn.typ == parley.Reject) && d.tok(objNoun).Is("resignation") {
		if m, ok := d.mentionAt(k + 1); ok && m.Via == parley.ViaPronoun && d.tok(k+1).Is("his", "her", "their", "its") {
			obj = d.notTheSame(subj, m.Actors) // "Congress accepted his resignation": his
		}
	}
	if obj == nil && sn.typ == parley.Support && verb && objNoun > k && len(subj) > 0 {
		// "expressed his appreciation for the cooperation of the Lao PDR",
		// "… for Kenya's help": whose deed is thanked
		obj = d.notTheSame(subj, d.ownerOfThanked(objNoun+1, ce))
	}
	if obj == nil && sn.typ == parley.Request && verb && len(subj) > 0 {
		if v := d.contactedBefore(k, cs); v >= 0 {
			// "Rousseff telephoned Widodo to plead for clemency", "called
			// Erdogan to urge restraint": of the one called
			obj = d.notTheSame(subj, d.firstNamedBetween(v+1, k))
		}
	}
	if obj == nil && sn.typ == parley.Sanction && sn.mode == "discontinue" && verb && objNoun > k {
		obj = d.possessorBetween(k+1, objNoun) // "would end Uganda's trade preferences": Uganda loses them
	}
	if obj == nil && verb && sn.typ == parley.Sanction && sn.mode == "convict" {
		obj = d.measureAuthor(k, ce, subj) // "struck down the law passed by parliament": on its author
	}
	if verb && passive && sn.typ == parley.Sanction && sn.mode == "convict" {
		if m := d.measureBefore(k); m > a {
			if by := d.measureAuthor(m-1, k, nil); by != nil {
				obj = by // "The law passed by the Knesset was struck down by the court": on the Knesset
			}
		}
	}
	if sn.typ == parley.Support && verb && objNoun > k+2 && len(obj) == 1 && d.cover[objNoun-1] >= 0 && slices.Equal(d.in.Mentions[d.cover[objNoun-1]].Actors, obj) {
		// "approved Sweden's NATO membership": the one who joins, not what
		// it joins.
		if owner := d.ownerBefore(d.mentionStart(objNoun-1), k); owner != nil {
			obj = owner
		}
	}
	if obj == nil && (sn.typ == parley.Assault || sn.typ == parley.Coerce) && verb && len(subj) > 0 {
		obj = d.crowdPronoun(k, ce) // "Police fired tear gas to disperse them"
	}
	if obj == nil && verb && !passive && len(subj) > 0 && purposeOfContact[sn.typ] {
		if v := d.contactedBefore(k, cs); v >= 0 {
			obj = d.notTheSame(subj, d.contacted(v, k)) // "telephoned Kiir to demand that the troops leave": of Kiir
		}
	}
	if obj == nil && verb && !passive && len(subj) > 0 && (sn.typ == parley.Request || sn.typ == parley.Accuse) {
		if v := d.journeyBeforePurpose(k, cs); v >= 0 {
			obj = d.notTheSame(subj, d.placeState(v, k-1, "to", "in")) // "travelled to Beijing on April 17 to demand an apology": of China
		}
	}
	if obj == nil && verb && !passive && sn.typ == parley.Request && len(subj) > 0 && d.withdrawalOf(k, ce) {
		obj = d.notTheSame(subj, d.forcesRemoved(k, ce)) // "called for the withdrawal of Russian troops": of Russia
	}
	if obj == nil && verb && len(subj) == 1 && (sn.typ == parley.Request || sn.typ == parley.Accuse || sn.typ == parley.Threaten) &&
		!d.quoted[k] && !d.otherActorIn(cs, ce, subj[0]) && !d.objectOfItsOwn(k, ce, objNoun) && !(sn.typ == parley.Threaten && (d.warnedOfCause(k, ce) || d.cautionedAgainst(k))) {
		// "President Biden called for de-escalation" in the readout of
		// his call with Putin: said to the one he met or spoke with.
		// A warning whose clause tells what the speaker's own side may do
		// is at no one the story met: "Erdogan met Putin … Erdogan warned
		// that Turkey reserves the right to …" is not at Putin.
		if !(sn.typ == parley.Threaten && d.warnedOwnSide(k, subj)) {
			obj = d.meetingPartner(subj[0], k)
			if obj == nil && sn.typ == parley.Threaten {
				obj = d.disputedWith(subj, k) // "Abinader accused Haiti of … He warned that the border would stay closed"
			}
			if obj == nil && sn.typ == parley.Threaten {
				obj = d.foeOf(subj, k) // "A US strike killed Soleimani … Khamenei vowed harsh revenge": on the striker
			}
		}
		if obj == nil && sn.typ == parley.Threaten {
			obj = d.anyDeedThreatened(k, ce, subj) // "ECOWAS threatened intervention … Mali warned that any intervention would be war"
		}
	}
	if obj == nil && verb && len(subj) == 1 && sn.typ == parley.Threaten && d.quoted[k] && !d.otherActorIn(cs, ce, subj[0]) && !d.warnedOfCause(k, ce) && !d.cautionedAgainst(k) && !d.warnedOwnSide(k, subj) {
		// "“… We urge the US to stop arming Taiwan. China will take
		// resolute measures,” the spokeswoman said": at whom the
		// speaker's side charged or asked just before.
		if obj = d.disputedWith(subj, k); obj == nil {
			obj = d.stateAskedBy(k, subj[0]) // "we urge the US to stop … China will take firm measures"
		}
	}
	if verb && sn.typ == parley.Agree && len(subj) == 1 && len(obj) > 0 && !slices.ContainsFunc(obj, func(o string) bool { return !d.ownBody(subj[0], o) }) {
		// "Putin agreed to discharge all Indians serving in the Russian
		// military" after his talks with Modi: no accord with his own
		// army, but with the one he met.
		obj = d.meetingPartner(subj[0], k)
	}
	if len(obj) == 1 && verb {
		if p := d.leaderApposed(k, ce, obj[0]); p != "" {
			obj = []string{p} // "exclude Myanmar's military leader, Senior General Min Aung Hlaing, from …": the leader
		}
	}
	if obj == nil && !verb && len(subj) > 0 && sn.typ == parley.Sanction && sn.mode == "withdraw" && k > 0 && d.tok(k-1).Is("their", "its") {
		if e := d.bodyLeftBefore(k); e != nil && d.sameSide(subj, e.Source.ID) {
			obj = []string{e.Target.ID} // "… quit ECOWAS. They announced their exit on January 28": from ECOWAS
		}
	}
	if obj == nil && verb && len(subj) > 0 && sn.typ == parley.Agree {
		obj = d.guaranteedOwner(k) // "pledged to ensure that Jammeh's dignity and rights would be respected": to Jammeh
	}
	if obj == nil && verb && len(subj) > 0 && sn.typ == parley.Mobilize && sn.mode == "weapons" {
		// "tested a new missile, in what it called a warning to the
		// United States and South Korea": at those it is meant to warn
		_, se := d.tokensOf(d.sentenceAround(k))
		obj = d.warnedBy(k, se, subj)
	}
	if obj == nil && verb && len(subj) > 0 && material[sn.typ] && (d.borderIn(k, ce) || sn.mode == "release" || sn.mode == "alert" ||
		sn.typ == parley.Mobilize && (sn.mode == "weapons" || d.wordAfter(k, ce, 10, "region", "area", "waters"))) {
		// "Pakistan closed the Ghulam Khan border crossing", "Poland has
		// deployed 15,000 soldiers along the frontier", "Hamas released 24
		// hostages", "sent more warships to the region", "tested a new
		// missile": toward the neighbour or foe the article is about.
		if st := d.leadingState(subj); st != nil && d.namedNear(st[0], k) && !d.otherActorIn(a, k, subj[0]) {
			obj = st // (not "US intelligence officials estimate that Russia has moved troops towards the border")
		}
		if obj == nil && sn.typ == parley.Mobilize && sn.mode == "weapons" {
			// "North Korea fired a missile into the East Sea, South Korea's
			// Joint Chiefs of Staff said": at the state whose forces
			// watched it land
			obj = d.reportingState(k, b, subj)
		}
	}
	if sn.mode == "allege" && verb && len(subj) > 0 && len(obj) == 1 && d.forum(obj[0]) && d.forumAddressed(k) {
		// "recalled its ambassador from Tehran and lodged a complaint
		// with the UN Security Council": the complaint is about whom the
		// subject's act before was aimed at, not the body it goes to.
		if e := d.earlierInSentence(k, func(e *parley.Event) bool {
			return slices.Contains(subj, e.Source.ID) && !e.Target.IsZero() && !d.forum(e.Target.ID)
		}); e != nil {
			obj = []string{e.Target.ID}
		} else if e := d.actAgainst(subj, k); e != nil {
			// "Tokyo tightened controls on exports to South Korea. Seoul
			// responded by filing a complaint with the WTO": about the
			// one whose act against the subject was told just before
			obj = []string{e.Source.ID}
		}
	}
	if obj == nil && (sn.mode == "martial-law" || sn.mode == "scrap" || sn.typ == parley.Retreat && sn.cameo == "0814") && verb && len(subj) == 1 {
		obj = d.protestersAgainst(subj[0], k) // "declared a state of emergency": on the crowds protesting against the government
		if obj == nil && sn.mode == "scrap" {
			obj = d.crowdAfterCause(k, b) // "withdrew the bill …, a day after demonstrators overran parliament"
		}
	}
	if obj == nil && verb && len(subj) == 1 && (sn.typ == parley.Mobilize && d.wordAfter(k, ce, 4, "streets") ||
		sn.typ == parley.Concede && d.tok(k+1).Is("down") && d.tok(k).Is("backed", "back", "backs", "backing", "climbed", "climbs", "climb")) {
		// "The army deployed onto the streets", "Piñera backed down on the
		// fare increase": at, or to, the crowds protesting against the
		// government told before
		obj = d.protestersAgainst(subj[0], k)
	}
	if obj == nil && sn.mode == "resign" && verb && len(subj) == 1 {
		_, se := d.tokensOf(d.sentenceAround(k))
		obj = d.bowedTo(k, se, subj) // "stepped down on Friday, bowing to pressure from ECOWAS": to ECOWAS (past the clause's comma)
	}
	if obj == nil && sn.mode == "resign" && verb && len(subj) == 1 {
		obj = d.demanders(subj[0], k) // "Mahinda Rajapaksa resigned the same day": to the protesters who demanded it
	}
	if obj == nil && sn.typ == parley.Concede && verb && len(subj) > 0 && objNoun >= 0 && d.tok(objNoun).Is(objectionNouns...) {
		obj = d.objectedTo(subj, k) // "Turkey had blocked Sweden's bid … Erdogan dropped his objection": to Sweden
	}
	if obj == nil && sn.typ == parley.Concede && verb && len(subj) > 0 {
		obj = d.givenUpTarget(k, ce, subj) // "backtracked on its threat against Kosovo": at Kosovo
	}
	if obj == nil && sn.typ == parley.Concede && verb && len(subj) > 0 && len(sn.objects) > 0 && k > 0 && !d.tok(k-1).Is("to") {
		// "ECOWAS lifted most of those sanctions", "Warsaw lifted its
		// ban": on whoever the subject's penalty was told to hit.
		obj = d.penalisedBy(subj, k)
	}
	if obj == nil && sn.typ == parley.Threaten && verb && len(subj) > 0 {
		obj = d.retaliationTarget(k, ce, subj) // "condemned the Israeli strike and vowed to respond"
		if obj == nil && d.tok(k).Is("respond", "retaliate") {
			obj = d.deedAgainst(k, subj) // "Iran fired missiles at Israel. Netanyahu said Israel would respond."
		}
	}
	if obj == nil && sn.typ == parley.Request && verb && len(subj) > 0 && subjStart >= a+3 && d.tok(subjStart-1).Is("as") && d.tok(subjStart-2).Is(",") {
		// "The court did not order Israel to halt its campaign, as South
		// Africa had asked": asked of the main clause's subject.
		if m, ok := d.mentionAt(a); ok && len(m.Actors) == 1 && !slices.Equal(m.Actors, subj) {
			obj = m.Actors // (the sentence's first words name it)
		} else if m, ok := d.mentionAt(a + 1); ok && d.tok(a).Is("the") && len(m.Actors) == 1 && !slices.Equal(m.Actors, subj) {
			obj = m.Actors
		}
	}
	if obj == nil && sn.typ == parley.Retreat && sn.mode == "withdraw" && verb && len(subj) > 0 && k >= 2 && d.tok(k-1).Is("and") {
		// "will bring its ambassador home from Niger and withdraw its
		// troops": from where the act before it drew back
		if e := d.earlierInSentence(k, func(e *parley.Event) bool { return slices.Contains(subj, e.Source.ID) && !e.Target.IsZero() }); e != nil {
			obj = []string{e.Target.ID}
		}
	}
	if obj == nil && verb && !passive && len(subj) > 0 && d.conjunctOpens(subjStart, a) {
		obj = d.conjunctTarget(k, sn.typ, subj) // "France suspended its aid to Niger, and the EU suspended budget support"
	}
	if obj == nil && sn.typ == parley.Support && verb && switchVerb(d.tok(k)) {
		obj = d.placeState(from, ce, "to") // "switched recognition from Taipei to Beijing"
	}
	if obj == nil && objNoun >= 0 && objNoun+1 < ce && (d.tok(objNoun).Is("embassy", "embassies", "consulate", "consulates") ||
		sn.typ == parley.Support && d.tok(objNoun).Is("office", "mission")) && d.tok(objNoun+1).Is("in") {
		obj = d.placeState(objNoun, min(ce, objNoun+5), "in") // "reopened its embassy in Addis Ababa"
	}
	if obj == nil && sn.typ == parley.Mobilize && verb && len(subj) > 0 {
		// "reinforced its military presence in Idlib", "moved troops into
		// the Donbas": toward the state of the place, unless it is the
		// actor's own.
		if st := d.placeState(k, d.beforeCause(k, ce), "to", "into", "in", "near", "along"); len(st) == 1 && d.countryOf(st[0]) != d.countryOf(subj[0]) {
			obj = st
		}
		if obj == nil && d.wordAfter(k, ce, 12, borderWords...) {
			obj = d.borderSide(subj, k) // "moved troops to the border": across the border told before
			if obj == nil {
				// "Kosovo accused Serbia … Serbian troops moved to the
				// frontier": the border faces the side it is at odds
				// with, the article's own conflict first (not a distant
				// power that just warned it)
				obj = d.conflictFoe(subj, k)
			}
		}
		if obj == nil {
			obj = d.buildUpAnswers(k, b, subj) // "put its army on alert after the North fired a missile": facing the North
		}
		if foe := d.answeredAttacker(k, ce); obj == nil && foe != "" && !d.sameSide(subj, foe) {
			// "Israel called up 300,000 reservists after the Hamas
			// attack": a group's attack, whose state the story may not
			// name, or one answered "amid" or "in retaliation for"
			obj = []string{foe}
		}
		called := objNoun >= 0 && objectNoun(d.tok(objNoun).Norm, reservesRaised.objects) // "called up 300,000 reservists"
		if obj == nil && (sn.mode == "alert" || called || d.wordAfter(k, ce, 12, "region", "area")) {
			// "sent more warships to the area", "put its army on alert":
			// facing the side it is at odds with
			obj = d.foeOf(subj, k)
		}
	}
	if sn.typ == parley.Consult && verb && sn.frame == symmetric && len(subj) > 0 {
		if named := d.namedAmong(k, b, subj); named != nil {
			obj = named // "met pro-independence and loyalist leaders, among them … Roch Wamytan, and … Sonia Backès"
		}
	}
	if sn.typ == parley.Assault && verb && len(subj) > 0 {
		if occ := d.baseOccupant(k, ce); occ != nil && !d.sameSide(subj, occ[0]) {
			obj = occ // "fired missiles at two Iraqi bases housing American troops": at the troops' state
		}
	}
	if sn.typ == parley.Mobilize && verb && len(obj) == 1 && objNoun >= 0 && objectNoun(d.tok(objNoun).Norm, borderPolice.objects) {
		// "would deploy more police to the border with Belarus": aimed at
		// the neighbour only when the article makes it the foe (not
		// "police to its border with Morocco after migrants crossed").
		if foe := d.foeOf(subj, k); len(foe) != 1 || foe[0] != obj[0] {
			obj = nil
		}
	}
	if sn.typ == parley.Mobilize && verb && len(subj) > 0 {
		if foe := d.deterred(k, b, subj); foe != nil {
			obj = foe // "deploy battalions to Poland and Estonia to deter Russia": Russia faces them, not the hosts
		}
	}
	if obj == nil && sn.typ == parley.Cooperate && verb && len(subj) > 0 && d.tok(k).Is(handOverWords...) {
		// "Warsaw extradited Ana Pop to Berlin": the state the person is
		// sent to, by its capital
		if st := d.placeState(k, d.beforeCause(k, ce), "to"); len(st) == 1 && d.countryOf(st[0]) != d.countryOf(subj[0]) {
			obj = st
		}
	}
	if obj == nil && sn.typ == parley.Aid && verb {
		obj = d.placeState(k, ce, "to", "into") // "sent supplies to Gaza through Egypt": for Gaza
	}
	if obj == nil && sn.mode == "allege" && verb && len(subj) > 0 && d.tok(k).Is("summoned", "summons", "summon", "summoning") &&
		d.tok(k+1).Is("the") && d.tok(k+2).Is("ambassador", "envoy", "charge", "chargé") {
		// "Iran seized a Greek tanker … Athens summoned the ambassador":
		// the envoy of whoever just acted against the summoner's side
		obj = d.assailantOf(subj, k)
	}
	if obj == nil && sn.typ == parley.Assault && verb && len(subj) > 0 && d.tok(k).Is("retaliated") {
		// "retaliated to the firing by the Pakistan Army", "Pakistani
		// troops fired …, and Indian troops retaliated": at the one who
		// fired first
		if obj = d.byAgent(k, ce); obj == nil {
			obj = d.assailantOf(subj, k)
		}
	}
	if obj == nil && sn.mode == "defend" && verb && len(subj) > 0 {
		obj = d.attackedJustBefore(k, subj) // "Iran launched drones at Israel … US jets helped shoot down the drones": for Israel
	}
	if obj == nil && sn.typ == parley.Sanction && verb && len(subj) == 1 && d.transitAfter(k, ce) {
		// "to bar the transit of sanctioned goods … to Kaliningrad": on
		// the state the goods were bound for, not the actor's own
		// past the commas of what the goods are ("…, including steel, across its territory by rail to Kaliningrad")
		if st := d.placeState(k, min(b, k+25), "to", "into"); len(st) == 1 && d.countryOf(st[0]) != d.countryOf(subj[0]) {
			obj = st
		}
	}
	if obj == nil && sn.typ == parley.Retreat && sn.mode == "withdraw" && verb && len(subj) > 0 {
		obj = d.withdrawnFrom(k, ce, subj) // "pulled back from several villages in southern Lebanon"
		if obj == nil && d.tok(k).Is("leave", "left", "leaves", "leaving") {
			obj = d.placeState(k, ce, "") // "peacekeepers began leaving Karabakh": Azerbaijan
		}
	}
	if obj == nil && len(sn.objects) > 0 && (sn.typ == parley.Retreat || sn.typ == parley.Aid) && !(sn.twoWay && len(subj) >= 2) {
		// (not an exchange between two subjects: "Russia and Ukraine
		// swapped 75 prisoners in a deal brokered by the UAE" is theirs)
		obj = d.laterOwner(from, ce, subj) // "freed 24 hostages on Friday, 13 of them Israeli"
	}
	if obj == nil && verb && sn.typ == parley.Aid && objNoun >= 0 && d.tok(k).Is("handed", "hands", "hand", "handing") && len(subj) > 0 {
		// "handed over 48 housing units built with Indian assistance in
		// Colombo": to the state where they were handed over
		obj = d.notTheSame(subj, d.placeState(k, ce, "in"))
		if len(obj) == 1 && d.sameSide(subj, obj[0]) {
			obj = nil
		}
	}
	if obj == nil && sn.typ == parley.Aid && verb && len(subj) > 0 && d.tok(k).Is("sent", "send", "sends", "sending") && objNoun >= 0 &&
		d.tok(objNoun).Is("rescuers", "rescue", "teams", "medics", "doctors", "tents", "food", "medicine", "medicines", "supplies", "aid") {
		// "Greece sent rescue teams within hours of the earthquake": to
		// whoever accepted its offer, else to the country the article is
		// about, when it is another.
		if obj = d.acceptedFrom(subj); obj == nil {
			obj = d.leadingState(subj)
		}
	}
	if sn.typ == parley.Request && d.tok(k).Is("told", "tell", "tells", "telling") {
		if o := d.thatSubject(from, ce); o != nil {
			obj = o // "told Biden that the United States should stop …": the demand is on the US
		}
	}
	if obj == nil && !verb && sn.typ == parley.Consult && len(subj) == 1 && subjStart < k {
		// "proposed to Putin, in a phone call on Tuesday, …": the one
		// addressed between the speaker and the call took part in it.
		obj = d.addressee(subjStart, k, subj[0])
	}
	if obj == nil && sn.frame == visit {
		obj = d.visitedState(k, ce) // "travelled to Beijing": the host is China
		if ig := d.talksWithBody(k, ce); ig != nil && obj != nil {
			obj = ig // "will travel to Brussels for talks with EU officials": the Union hosts
		}
		if obj == nil && !verb {
			obj = d.placeState(cs, k, "in", "to") // "was Putin's guest in Moscow on a state visit"
		}
	}
	if obj == nil && sn.typ == parley.Protest {
		obj = d.againstAfter(ce, b) // "marched through Goma, burning tyres and chanting slogans against Rwanda"
	}
	if obj == nil && sn.typ == parley.Protest {
		obj = d.visitProtested(k, b) // "marched in protest against the visit of Japanese Prime Minister Kakuei Tanaka"
	}
	if obj == nil && sn.typ == parley.Protest && len(subj) == 1 && d.crowd(subj[0]) {
		// "Protesters rallied in Tehran", "teachers protested outside the
		// Statehouse": a protest with no named target is aimed at the
		// government where it takes place, else at the protesters' own.
		obj = d.placeState(cs, ce, "in", "through", "outside", "across", "at")
		if obj == nil {
			if c := d.countryOf(subj[0]); c != "" && subj[0] != "state:"+c {
				obj = []string{"state:" + c}
			}
		}
	}
	if obj == nil && sn.typ == parley.Aid && verb && d.aidVehicleOwner(k) != nil {
		// "landed in Marrakech": Morocco; "landed at El Arish, carrying
		// supplies for Gaza": for Gaza.
		if obj = d.meantFor(k, b); obj == nil {
			obj = d.placeState(k, ce, "in", "into", "at", "")
		}
	}
	if obj == nil && verb {
		// "Armenia said Azerbaijani forces shelled its villages": Armenia
		obj = d.ownedTarget(k, from, ce, a, b, si, subj, sn)
		owned = obj != nil
	}
	if obj == nil && sn.typ == parley.Coerce && sn.mode == "seize" && verb {
		obj = d.placeState(k, ce, "") // "annexed Crimea", "occupied the Golan Heights": the state it was taken from
	}
	if obj == nil && sn.typ == parley.Coerce && sn.mode == "restrict" && verb {
		obj = d.placeState(k, ce, "", "to") // "besieged Mariupol", "laid siege to Mariupol": the state whose city it is
	}
	if sn.typ == parley.Aid && len(obj) > 0 && d.jointPartner(k, ce, obj) {
		obj = nil // "provided jets for the joint exercise with China": a partner in the drill, not helped
	}
	if sn.typ == parley.Aid && verb && len(obj) > 0 {
		if end := d.forwardedTo(k, ce, obj); end != nil {
			obj = end // "sent planes to El Arish in Egypt for delivery to Gaza": for Gaza, through Egypt
		}
	}
	if sn.typ == parley.Assault && !verb && k+2 < ce && d.tok(k+1).Is("killed", "kill", "kills", "wounded", "injured") {
		if v := d.victimsAfter(k+2, ce); v != nil {
			obj = v // "Israeli strikes killed dozens of Hezbollah fighters in Lebanon": the fighters' side, not the place
		}
	}
	if obj == nil && sn.typ == parley.Assault && !verb && k+2 < ce && d.tok(k+1).Is("hit", "hits", "struck", "strike", "killed", "kill", "destroyed", "damaged", "pounded", "rocked", "targeted") {
		// "Russian strikes hit Kharkiv overnight": what the strikes hit
		if m, ok := d.mentionAt(k + 2); ok && d.mentionStart(k+2) == k+2 {
			obj = m.Actors
		} else {
			obj = d.placeState(k+1, ce, "", "in", "on")
		}
	}
	if obj == nil && sn.typ == parley.Assault {
		obj = d.placeState(k, ce, "", "on", "in", "inside", "at", "against", "into", "toward", "towards") // "shelled Kharkiv", "airstrikes on Gaza"
		if obj == nil && !verb {
			obj = d.placeState(k, min(ce, k+3), "of") // "the Russian shelling of Kharkiv"
		}
		if obj == nil && (verb || d.modifierOwner(k, cs) != nil) {
			// "the Russian strike on the hospital" after "a maternity
			// hospital in Mariupol". (Not an attack named by whoever reacts
			// to it: "Guterres condemned the attack on the school".)
			obj = d.placeNamedBefore(k, ce)
		}
	}
	// "the high command withdrew its support from Mahuad": backing taken
	// from its own president is no envoy recalled
	backingWithdrawn := sn.typ == parley.Sanction && sn.mode == "withdraw" && objNoun >= 0 && d.tok(objNoun).Is("support", "backing")
	if len(obj) == 1 && sn.typ == parley.Sanction && sn.mode == "withdraw" && len(subj) == 1 && objNoun >= 0 && !strings.HasPrefix(obj[0], "state:") && !backingWithdrawn &&
		(d.ofOwnGovernment(subj[0], obj[0]) || slices.Equal(d.envoyApposition(objNoun, ce), obj)) {
		// (a group of the same state is the other side: "suspended the
		// talks with the ELN")
		obj = nil // "recalled its ambassador in Beijing, Djauhari Oratmangun": its own envoy, named; the target is where he serves
	}
	if obj == nil && verb && sn.typ == parley.Accuse && len(subj) == 1 {
		// "lodged a protest after Chinese and Russian warplanes entered
		// the zone", "Chile protested after Argentine sailors installed
		// solar panels on its territory": with those whose act provoked it
		protest := -1 // the protest noun, or the verb, the cause follows
		switch {
		case objNoun >= 0 && d.tok(objNoun).Is("protest", "protests", "complaint", "complaints"):
			protest = objNoun
		case d.tok(k).Is("protested", "protests", "protest"):
			protest = k
		}
		if protest >= 0 {
			if i := d.causeOpenerAfter(protest+1, b); i > 0 {
				obj = d.provokers(i, b, subj[0])
			}
		}
	}
	if obj == nil && verb && sn.typ == parley.Support && len(subj) == 1 && strings.HasPrefix(d.tok(k).Norm, "apologi") {
		obj = d.complainant(k, subj[0]) // "Chile protested … Buenos Aires removed the panels and apologised": to Chile
	}
	if obj == nil && sn.typ == parley.Sanction && sn.mode == "withdraw" && objNoun >= 0 && len(subj) == 1 && d.tok(objNoun).Is("ambassador", "envoy", "diplomats") {
		obj = d.provokedBy(objNoun+1, b, subj[0]) // "recalled its ambassador after Spain's defence minister called …": from Spain
	}
	if obj == nil && sn.mode == "withdraw" && slices.Contains(sn.preps, "from") {
		obj = d.placeState(from, ce, "from") // "recalled its envoy from Moscow"
		if obj == nil && objNoun >= 0 && objNoun+1 < ce && d.tok(objNoun).Is("ambassador", "envoy", "ambassadors", "envoys") && d.tok(objNoun+1).Is("in") {
			obj = d.placeState(objNoun, min(ce, objNoun+4), "in") // "recalled its ambassador in Beijing"
		}
	}
	if sn.mode == "halt" && len(subj) > 0 {
		if obj == nil {
			obj = d.placeState(from, ce, "to", "in") // "cancelled his visit to Washington"
		}
		obj = d.haltedWith(subj, obj, k, cs) // "Beijing called off a meeting between Wang Yi and Hayashi": Japan
	}
	if passive && obj == nil && sn.frame == host {
		obj = d.meetingReferred(k, cs) // "The talks were hosted by Gonsalves": the talks told before
	}
	if !verb && (sn.typ == parley.Accuse || sn.typ == parley.Support) {
		// "Israel's attack drew strong condemnation from China": China
		// condemns; the one behind what drew it is condemned.
		if from, drawer := d.drawnFrom(k, ce, cs); from != nil && drawer != nil {
			subj, obj = from, drawer
		}
	}
	if sn.typ == parley.Retreat && sn.mode == "release" {
		for i, id := range obj {
			// "handed over the bodies of 500 Russian soldiers to Russia":
			// to the state whose soldiers they were (police officers
			// freed stay the police's, as the labels have them)
			if a := d.actors[id]; a != nil && a.Kind == parley.Organization && a.Country != "" && d.actors["state:"+a.Country] != nil &&
				!d.sameSide(subj, "state:"+a.Country) && d.nameHas(id, "armed forces", "army", "navy", "air force", "military") {
				obj[i] = "state:" + a.Country
			}
		}
		// "Beijing freed the Australian journalist Cheng Lei": a private
		// foreigner's release is a concession to his state.
		for i, id := range obj {
			a := d.actors[id]
			if a == nil || a.Kind != parley.Person || a.Known {
				continue
			}
			c := a.Country
			if c == "" {
				c = d.nationalityBefore(id, k, ce) // "the Australian journalist Cheng Lei"
			}
			if c != "" && !d.sameSide(subj, "state:"+c) {
				obj[i] = "state:" + c
			}
		}
	}
	if sn.mode == "expel" && (sn.typ == parley.Coerce || sn.typ == parley.Sanction && objNoun >= 0 && d.tok(objNoun).Is(expelledForces...)) {
		obj = d.forcesAsState(obj, subj) // "expelled French troops", "the Rwandan soldiers": the state whose forces go
	}
	if sn.typ == parley.Sanction && sn.mode == "expel" && d.tok(k).Norm != "expelled" {
		// "ordered French troops to leave": the state whose forces go.
		for i, id := range obj {
			if a := d.actors[id]; a != nil && a.Kind != parley.State && a.Country != "" && strings.Contains(a.Name, "Armed Forces") {
				obj[i] = "state:" + a.Country
			}
		}
	}
	if !verb && sn.typ == parley.Request && k+2 < ce && d.tok(k+1).Is("from") && len(subj) > 0 {
		if m, ok := d.mentionAt(k + 2); ok && !slices.Equal(m.Actors, subj) {
			// "refused to open the crossing despite requests from
			// Washington": Washington asked, of the one who refused.
			subj, obj = d.coordinated(m, d.mentionEnd(k+2), ce), subj
		}
	}
	if !verb && !passive && sn.typ == parley.Support && backingFrom(d, k) {
		// "welcomes the expressions of support for the Philippines from
		// the United States, Japan and Australia": they back it. (Backing
		// received is undergone, its givers the agent: "has received
		// messages of support from Washington".)
		if by := d.giversFrom(k, b); by != nil {
			subj = by
		}
	}
	atRequest := false
	if obj == nil && !verb && sn.typ == parley.Request && k+1 < ce && d.tok(k+1).Is("for") {
		obj = d.talksPartner(k+2, ce) // "Japan's request for talks with China": of China
	}
	if !verb && sn.typ == parley.Request {
		if by, of := d.atRequest(k); by != nil {
			subj, obj, atRequest = by, of, true // "At Kenya's request, Uganda sent troops": Kenya asked Uganda
		}
	}
	if sn.typ == parley.Agree && !passive && len(subj) == 2 && subjStart >= 0 && subjStart < k && (verb || !d.afterBetween(k, ce)) && !(sn.frame == directed && d.withOtherAfter(k, ce, subj)) {
		if m, ok := d.mentionAt(subjStart); ok && m.Via == parley.ViaGroup {
			// "and the two agreed to work closely with Washington": an
			// agreement between the two; Washington is what they agreed on.
			// (A pledge to a third is each one's: "Both candidates have
			// promised to sign the pact with Washington".)
			subj, obj = subj[:1], subj[1:]
		}
	}
	if !verb && (sn.frame == directed || sn.frame == visit) && !atRequest {
		// "condemned the attack by Hamas on Israel", "after a visit to
		// Taiwan by Nancy Pelosi": the noun's own doer, not the one who
		// condemned it or the clause's subject.
		if by := d.nounAgent(k, ce); by != nil {
			subj, obj = by, d.notTheSame(by, obj)
		} else if of := d.ofDoer(k, ce); of != nil {
			subj, obj = of, d.notTheSame(of, obj) // "the visit of Olaf Scholz to Beijing"
		}
	}
	if !verb && sn.frame == visit {
		if by := d.visitor(k, ce); by != nil {
			subj, subjStart = by, k // "a visit to Colombo by Wang Yi": his, not the clause's subject's
			obj = d.notTheSame(subj, obj)
		}
		if len(subj) == 1 && slices.Equal(subj, obj) {
			// "On a visit to Kyiv, Scholz promised …": the host is the
			// place visited, not the visitor named after the comma.
			if host := d.visitedState(k, ce); host != nil {
				obj = host
			}
		}
	}
	if subj == nil && !verb && sn.typ == parley.Sanction {
		subj = d.relativeAdopter(k, b) // "a 13th package of sanctions against Russia, which the Union intends to adopt": the Union's
	}
	if passive && verb && obj == nil && d.tok(k).Is("accepted") {
		if inv := d.invitationAccepted(k, cs); inv != nil {
			// "Erdogan invited Putin to visit Turkey, and the invitation
			// was accepted": the one invited agrees with the inviter.
			subj, obj, passive = []string{inv.Target.ID}, []string{inv.Source.ID}, false
		}
	}
	implicit := false
	if passive && !brokered {
		// "X was hosted by Y", "sanctions were imposed on X by Y": the
		// agent acts; the target is the prepositional object, else the
		// grammatical subject.
		agent := d.byAgent(k, ce)
		if undergone >= 0 {
			if agent = d.undergoneAgent(undergone, k, ce); agent == nil {
				return nil, false // "came under fire": from no one named
			}
			// "A Turkish patrol came under fire from …": the one who
			// undergoes it is the verb's subject, or the state whose
			// patrol it is.
			subj, obj = d.undergoer(undergone, cs), nil
			if undergoneBy >= 0 {
				subj = d.in.Mentions[d.cover[undergoneBy]].Actors // "the call he received from Biden": his
			}
			if subj == nil {
				subj = d.deedDoers(undergone, cs, undergone, agent) // "The detentions drew criticism from the UN": whoever detained
			}
		}
		if obj != nil && agent != nil && slices.Equal(obj, agent) {
			obj = nil // "were freed by Hamas": the agent is no object
		}
		if mv := d.apposedMoveDoer(k, a); mv != nil && agent != nil && obj == nil {
			subj = mv // "Serbia recognised Kosovo's passports, a move welcomed by the EU": Serbia's move
		}
		if obj != nil && subj != nil && d.modifierAfter(k, obj) {
			obj = nil // "Ukraine was granted EU candidate status": the one granted is the subject
		}
		if verb && d.byParticipleAside(k-1, ce) {
			// "Belgrade has refused to recognise Kosovo, backed by Russia
			// and China": the aside tells of the sentence's subject, not
			// of the object before the comma.
			if sa, _ := d.tokensOf(d.sentenceAround(k)); sa < k-1 {
				if ms := d.clauseSubject(sa, k-1); ms != nil && !slices.Equal(ms, agent) {
					subj = ms
				}
			}
		}
		if obj == nil {
			obj = subj
		}
		if obj == nil {
			obj = d.passiveOwner(k, cs) // "The British ambassador was detained"
		}
		if obj == nil && sn.typ == parley.Assault {
			obj = d.placeSubject(cs, k) // "Kharkiv was struck by Russian missiles"
		}
		if agent == nil && sn.mode == "withdraw" && len(sn.objects) > 0 && obj != nil {
			// "Lithuania's ambassador was recalled from Beijing": by the
			// state whose envoy it is.
			if own := d.passiveOwner(k, cs); own != nil && !slices.Equal(own, obj) {
				agent = own
			} else if len(subj) == 1 && !slices.Equal(subj, obj) && d.countryOf(subj[0]) != "" && d.countryOf(subj[0]) != d.countryOf(obj[0]) {
				agent = []string{"state:" + d.countryOf(subj[0])} // the envoy's state, not the envoy
			}
		}
		if agent == nil && sn.typ == parley.Sanction && k+2 < ce && d.tok(k+1).Is("from") {
			if j := d.forumAfterFrom(k + 2); j >= 0 {
				agent = d.in.Mentions[d.cover[j]].Actors // "Mali was suspended from the African Union": by the Union
				if slices.Equal(obj, agent) {
					obj = subj
				}
			}
		}
		if agent == nil && (sn.typ == parley.Sanction || sn.typ == parley.Coerce || sn.typ == parley.Consult || sn.typ == parley.Accuse && d.tok(k).Is("summoned")) {
			if by, on := d.reportedAgent(k, a, b, sn.typ, obj); by != nil {
				agent, obj = by, on // "the ministry said the Russian ambassador had been summoned"
			}
		}
		if agent == nil && sn.typ == parley.Support && obj != nil {
			// "Timor-Leste was admitted as a member of ASEAN", "Moldova was
			// granted EU candidate status": by the body it joins
			if agent = d.memberOf(k, ce, obj); agent != nil && subj != nil && !slices.Equal(subj, agent) {
				obj = subj // "Moldova … was granted EU candidate status alongside Ukraine": Moldova
			}
		}
		if agent == nil && sn.typ == parley.Sanction && sn.mode == "expel" && subj != nil {
			// "Ukrainian diplomats were expelled from Minsk": by the state
			// they were sent out of, not the story's main one.
			st := d.placeState(k, ce, "from")
			if st == nil && k+1 < ce && d.tok(k+1).Is("from") {
				st = d.fromState(k, ce) // "from Belarus"
			}
			if len(st) == 1 && !d.sameSide(subj, st[0]) && !d.forum(st[0]) {
				agent, obj = st, subj
			}
			if st := d.envoyPostedTo(cs, k); agent == nil && len(st) == 1 && !d.sameSide(subj, st[0]) {
				agent, obj = st, subj // "Kenya's ambassador to Somalia was expelled": by Somalia
			}
		}
		if agent == nil && sn.typ == parley.Sanction {
			// "US assistance could be suspended": the giver holds back its
			// aid from the one it helped, the story's other side
			if giver := d.ownedAid(subjStart, k); giver != "" {
				if other := d.leadingState([]string{giver}); other != nil {
					agent, obj, implicit = []string{giver}, other, true
				}
			}
		}
		if agent == nil && sn.typ == parley.Sanction && reduced >= 0 {
			agent = d.lifterOf(reduced, a) // "ECOWAS has lifted sanctions imposed on Niger": ECOWAS had imposed them
		}
		if agent == nil && sn.typ == parley.Sanction {
			agent, implicit = d.protagonist(obj), true
		}
		if agent == nil && (sn.typ == parley.Sanction || sn.typ == parley.Accuse && d.tok(k).Is("summoned")) {
			agent = d.priorActor(k, a, b, obj) // "Britain blamed Moscow. Russian diplomats were expelled"
		}
		if agent == nil && sn.typ == parley.Accuse && d.tok(k).Is("summoned") && obj != nil && !d.otherActorIn(a, b, obj[0]) {
			agent, implicit = d.leadingState(obj), true // an envoy summoned in a story about one state: by that state
		}
		if agent == nil && sn.typ == parley.Coerce && sn.mode == "arrest" && obj != nil {
			// "Chang was arrested at Johannesburg's airport": by the state
			// where it happened.
			if st := d.placeState(k, ce, "in", "at"); len(st) == 1 && !slices.Equal(st, obj) {
				agent = st
			}
		}
		if agent == nil && sn.typ == parley.Retreat && sn.mode == "release" {
			// "Five American citizens who were detained in Iran were
			// released": by Iran, to the United States
			held, own := d.heldIn(a, k), d.captivesOwner(a, k)
			if own != nil && (obj == nil || slices.Equal(obj, held)) {
				obj = own // (not "flown out of Tehran")
			}
			if obj != nil && !slices.Equal(obj, held) {
				agent = held
			}
		}
		if agent == nil && sn.typ == parley.Cooperate && d.tok(k).Is("extradited") {
			// "Chang was extradited from South Africa to the United
			// States": the state he leaves hands him over.
			if from := d.fromState(k, ce); from != nil && obj != nil && !slices.Equal(from, obj) {
				agent = from
			}
		}
		if agent == nil && sn.typ == parley.Accuse && d.tok(k).Is("summoned") {
			agent = d.summonedTo(k, ce) // "was summoned to the State Department"
		}
		if agent == nil && sn.frame == symmetric {
			if ids := d.betweenBefore(cs, k); len(ids) >= 2 {
				// "An agreement between Ethiopia and the TPLF to end the war
				// was signed in Pretoria": the parties the noun names.
				agent, obj = ids[:1], ids[1:]
			}
		}
		if agent == nil && sn.mode == "alert" {
			// "The Guyana Defence Force was placed on full alert", "Greek
			// forces were put on alert": their own side raised it, facing
			// the foe the story tells of; else no event.
			if own := d.alertedForces(k, a, b, cs, subj); own != nil {
				foe := d.foeOf(own, k)
				if foe == nil {
					foe = d.notTheSame(own, d.objects(k, k+1, ce, sn)) // "… on high alert near the Kosovo border"
				}
				if foe != nil {
					agent, obj = own, foe
				}
			}
		}
		if agent == nil && sn.typ == parley.Mobilize && sn.mode == "troops" {
			// "Dozens of Chinese warships were deployed near Taiwan": by the
			// state whose forces they are, facing the place named.
			if own := d.passiveOwner(k, cs); own != nil {
				if foe := d.notTheSame(own, d.objects(k, k+1, ce, sn)); foe != nil {
					agent, obj = own, foe
				}
			}
		}
		if agent == nil && sn.typ == parley.Mobilize && sn.mode == "troops" && d.forcesOfState(k, cs, subj) {
			// "Dozens of Chinese warships were deployed near Taiwan": by the
			// state whose forces they are, facing the place named.
			if foe := d.notTheSame(subj, d.objects(k, k+1, ce, sn)); foe != nil {
				agent, obj = subj, foe
			}
		}
		if agent == nil && sn.frame == symmetric && len(uniq(obj)) >= 2 && d.afterBetween(k, ce) {
			// "Twelve agreements were signed between India and Saudi
			// Arabia": the parties are the list.
			agent, obj = obj[:1], obj[1:]
		}
		if agent == nil && verb && sn.typ == parley.Agree && obj == nil && d.tok(k).Is("signed", "concluded", "initialled", "initialed") {
			agent, obj = d.signedAtMeeting(k, a, b) // "Ruto met Hassan Sheikh … A security agreement was signed": by the two who met
		}
		if agent == nil && verb && (sn.typ == parley.Concede || sn.typ == parley.Sanction || sn.typ == parley.Retreat && (sn.cameo == "085" || sn.cameo == "0872")) {
			// "The sanctions were lifted in March": the penalty told before,
			// by its imposer, toward the one it hit
			if by, on := d.penaltyUndone(k, cs, obj); by != nil {
				agent, obj = by, on
			}
		}
		if agent == nil && verb {
			agent = d.sameActDoer(k, a, b, sn, obj) // "The army detained Suu Kyi. Win Myint was also detained": the army
		}
		if agent == nil && verb && sn.typ == parley.Retreat && sn.mode == "release" {
			agent = d.detainer(k, a, b, obj) // "Police detained Superlano in July. He was freed on Monday": the police
		}
		if agent == nil {
			return nil, false
		}
		subj = agent
	} else if subj == nil && !verb && sn.typ == parley.Sanction && obj != nil {
		// "Tariffs on Chinese goods rose to 25%": a measure whose imposer
		// goes unnamed is the article's own protagonist's.
		subj, implicit = d.protagonist(obj), true
	}

	if verb && !passive && sn.typ == parley.Support && missionLeader(d, k) {
		obj = d.missionOf(k, b) // "authorised a police mission led by Kenya to help Haiti's police": Kenya
	}
	subj = d.peopleOverStates(subj)
	if len(subj) == 0 && len(obj) == 0 && sn.frame == directed && d.sidesBefore(k) && d.reciprocal(k, ce) {
		subj = d.earlierSides(k) // "between the army and the RSF … Each side accused the other"
	}
	if sn.typ == parley.Assault && len(subj) == 1 && len(obj) == 1 && strings.HasPrefix(obj[0], "state:") && subj[0] != obj[0] &&
		d.countryOf(subj[0]) == strings.TrimPrefix(obj[0], "state:") && !d.armedGroup(subj[0]) {
		obj = nil // "Police fired tear gas in central Nairobi": no attack on their own state (rebels do attack theirs)
	}
	if verb && !passive && sn.typ == parley.Support && len(subj) > 0 && len(obj) == 1 && k > cs+1 && d.tok(k-1).Is(",") && k+1 < ce && d.tok(k+1).Is("by") &&
		strings.HasSuffix(d.tok(k).Norm, "ed") && d.namedAfterBy(k+1, ce, obj[0]) {
		// "the M23 armed group, supported by the Rwandan Defence Force":
		// a participle after the one backed, passive without "was"; the
		// one after "by" backs.
		subj, obj = obj, subj
	}
	if verb && !passive && sn.typ == parley.Aid && len(subj) == 1 {
		if giver := d.donorNamed(k, ce); giver != "" && giver != subj[0] && d.countryOf(giver) != d.countryOf(subj[0]) && d.countryOf(subj[0]) != "" {
			// "Ruto flagged off a consignment of maize donated by the
			// Government of Tanzania": the donor gives, to the state that
			// receives it, whose leader sends it on
			subj, obj = []string{giver}, []string{"state:" + d.countryOf(subj[0])}
		}
	}
	if verb && !passive && sn.typ == parley.Retreat && sn.mode == "release" && len(obj) == 0 && len(subj) > 0 {
		// "The navy detained eight Malaysian fishermen … Indonesia
		// released them on July 10": the captives of the last detention
		// told.
		if e := d.capturedBefore(k); e != nil {
			obj = []string{e.Target.ID}
		}
	}
	if len(obj) == 0 && verb && passive && sn.frame == together && sn.typ == parley.Consult && len(subj) > 0 {
		// "The ceremony was hosted by Cardoso and attended by Menem, Frei
		// and McLarty": each guest met the host, not one another
		obj = d.notTheSame(subj, d.hostAgentBefore(k, a))
	}
	if debug {
		fmt.Fprintf(os.Stderr, "  at %d %q: subj %v obj %v passive %v\n", d.tok(k).Start, d.tok(k).Text, subj, obj, passive)
	}
	if len(subj) == 1 && d.commentator(subj[0]) {
		return nil, false // "Billionaire investor George Soros accused Modi …": no political actor acts
	}
	for _, id := range append(append([]string(nil), subj...), obj...) {
		if d.businessOrSport(id) {
			return nil, false // "Ukraine International Airlines suspended flights", "the Japan Football Association protested"
		}
	}
	if sn.typ == parley.Consult {
		// An interview is no consultation ("Trump, speaking to Fox News,
		// said …"), and a state does not meet its own leader ("set to
		// visit Washington to meet President Donald Trump").
		keep := func(ids []string) []string {
			var out []string
			for _, id := range ids {
				if d.newsOutlet(id) {
					continue
				}
				out = append(out, id)
			}
			return out
		}
		ks, ko := keep(subj), keep(obj)
		if len(ks) < len(subj) && len(ks) == 0 || len(ko) < len(obj) && len(ko) == 0 {
			return nil, false
		}
		subj, obj = ks, ko
		if len(subj) == 1 && len(obj) == 1 && d.ownState(subj[0], obj[0]) {
			return nil, false
		}
	}
	if obj == nil && verb && (sn.typ == parley.Request || sn.typ == parley.Accuse || sn.typ == parley.Threaten) && len(subj) > 0 &&
		k-1 > a && d.tok(k-1).Is("and") && !d.quoted[k] && !(k+1 < ce && d.tok(k+1).Is("that")) && !d.addresseeUnknown(k, ce) {
		// "accused Kenya of interfering and demanded an explanation",
		// "summoned Kenya's ambassador and demanded an explanation": the
		// second rebuke or demand is aimed where the first was.
		if e := d.earlierInSentence(k, func(e *parley.Event) bool {
			return (e.Type == parley.Accuse || e.Type == parley.Request || e.Type == parley.Threaten || e.Type == parley.Sanction) &&
				e.Status == parley.Occurred && !e.Target.IsZero() && slices.Contains(subj, e.Source.ID)
		}); e != nil {
			obj = []string{e.Target.ID}
		}
	}

	if sn.frame == host && !verb {
		if visitor, host := d.welcomeGiven(k, a, ce); visitor != nil && host != nil {
			subj, obj = host, visitor // "Kim gave Putin a warm welcome", "Putin was given a red-carpet welcome by Kim"
		}
	}
	var pairs [][2]string
	var participants []string
	impliedAt := -1
	switch sn.frame {
	case symmetric, together:
		obj = d.envoysNamed(obj, k, ce)
		if !verb && len(uniq(obj)) >= 2 && d.afterBetween(k, ce) && d.timeAdjunctBefore(k, a) {
			// "days after a bruising meeting between Chinese and American
			// officials": a meeting that dates the clause is the list's
			// alone, not its subject's.
			subj = nil
		}
		obj = d.notTheSame(subj, obj) // "meet … with both sides playing down hopes"
		if verb && sn.typ == parley.Agree && len(obj) == 0 && len(uniq(subj)) >= 2 && d.agreedToGive(k) {
			// "New Zealand, Malaysia and Portugal have agreed to send
			// troops": each one's pledge to whoever is helped, no accord
			// among them
			return nil, false
		}
		if len(obj) == 0 && strings.HasPrefix(d.tok(k).Norm, "mediat") {
			return nil, false // "Egypt and Qatar are mediating between the two sides": go-betweens, not each other's party
		}
		if g := k; sn.typ == parley.Consult && (!verb || objNoun >= 0) {
			if verb {
				g = objNoun
			}
			subj, obj = d.hostForOwner(g, k, ce, subj, obj)
		}
		if len(obj) == 0 && len(uniq(subj)) == 1 && sn.typ == parley.Consult {
			if h := d.meetingHost(k, ce); h != "" && !slices.Contains(subj, h) {
				obj = []string{h} // "attended the inauguration of Javier Milei": with the one sworn in
			}
		}
		if !verb && len(obj) >= 2 && d.afterBetween(k, ce) {
			subj = nil // "a meeting between Trump and Xi": the list is the whole of it
		}
		if !verb && len(uniq(obj)) == 1 && d.afterBetween(k, ce) && d.betweenOneNamed(k, ce) {
			return nil, false // "the prisoner exchange between Moscow and the West": one side unknown, not the subject
		}
		if len(subj) == 0 && len(uniq(obj)) >= 2 && verb && !passive && sn.typ == parley.Consult && d.tok(k).Is("met", "meets", "meet", "received", "receives", "hosted", "hosts", "telephoned", "phoned", "rang", "called", "visited", "contacted") {
			return nil, false // "The minister met the EU delegation, Japan and Canada": all met by one unnamed, not each other
		}
		if len(subj) == 0 && len(uniq(obj)) >= 2 && d.partnersAfterWith(k, ce) {
			// "will open talks with its creditors, China, Japan and India":
			// the list holds one side's partners, not the two sides.
			return nil, false
		}
		if len(obj) == 0 && len(uniq(subj)) == 1 && sn.typ == parley.Agree && verb {
			obj, impliedAt = d.pactPartner(k, ce, subj) // "Serbia and Kosovo reached a deal … Kurti signed the agreement": with Serbia
		}
		if len(obj) == 0 && len(uniq(subj)) == 1 && sn.typ == parley.Agree && verb {
			obj = d.coSigner(k, a, b, subj) // "Saakashvili signed the plan on 15 August, and Medvedev signed it the next day"
		}
		if len(obj) == 0 && len(uniq(subj)) == 1 && sn.typ == parley.Agree && verb {
			obj = d.accessionBody(k, ce, subj) // "Montenegro signed its accession protocol": with the body it joins
		}
		chairs := []string(nil)
		if sn.typ == parley.Consult && !verb && (len(obj) > 0 || len(subj) == 0) {
			// (not "At a summit chaired by Tinubu, ECOWAS froze …": the
			// subject of a clause the meeting is the setting of)
			chairs = d.chairs(k, ce)
		}
		if len(subj) == 0 && len(obj) == 0 {
			subj = chairs // "At a meeting in Suva co-chaired by Wang and Bainimarama, …": the chairs met
		}
		if sn.typ == parley.Consult && !verb && len(obj) == 0 && len(uniq(subj)) == 1 {
			obj = d.notTheSame(subj, d.attendedBy(k)) // "chaired a meeting …, attended by Tunisia and Egypt": its chair met each
		}
		participants = uniq(append(append([]string(nil), subj...), obj...))
		for _, c := range chairs {
			if !slices.Contains(participants, c) {
				for _, p := range participants {
					pairs = append(pairs, [2]string{p, c}) // "talks between A and B chaired by C": C met each
				}
				participants = append(participants, c)
			}
		}
		if len(participants) < 2 {
			return nil, false
		}
		if len(obj) == 0 && d.separately(k, ce) {
			return nil, false // "The presidents then spoke to reporters separately": not to each other
		}
		if verb && sn.typ == parley.Consult && d.tok(k).Is("bring", "brings", "bringing", "brought") {
			// "Ban brought the two presidents together": they met, and he
			// met each of them.
			pairs = append(symmetricPairs(nil, uniq(obj), true), pairs...)
			if us := uniq(subj); len(us) == 1 && !slices.Contains(obj, us[0]) {
				for _, o := range uniq(obj) {
					pairs = append(pairs, [2]string{o, us[0]})
				}
			}
		} else if bloc, states := d.blocAndStates(subj); len(obj) == 0 && bloc != "" {
			// "the Leaders of ASEAN and the Plus Three countries undertook
			// …": each state with the bloc, not the states with one
			// another
			for _, st := range states {
				pairs = append(pairs, [2]string{bloc, st})
			}
		} else {
			pairs = append(symmetricPairs(uniq(subj), uniq(obj), sn.frame == symmetric && d.sameKind(participants)), pairs...)
		}
		if us := uniq(subj); sn.typ == parley.Consult && len(us) == 2 && len(obj) > 0 && d.togetherWithAfter(k, ce) &&
			d.countryOf(us[0]) != "" && d.countryOf(us[1]) != "" && d.countryOf(us[0]) != d.countryOf(us[1]) {
			// "Aliyev and Pashinyan held a meeting together with Michel,
			// Macron and Scholz": the two sides met each other too, the
			// others joining them.
			pairs = append([][2]string{{us[0], us[1]}}, pairs...)
		}
		if sn.typ == parley.Assault || sn.typ == parley.Retreat && (sn.mode == "ceasefire" || sn.mode == "release") {
			// "a clash with Chinese troops": each side attacked the other;
			// "a ceasefire between Israel and Hezbollah": each holds fire
			for _, p := range slices.Clone(pairs) {
				pairs = append(pairs, [2]string{p[1], p[0]})
			}
		}
		if len(obj) == 0 && len(uniq(subj)) >= 3 {
			if p := d.earlierPairs(uniq(subj)); p != nil {
				pairs = p // "The leaders agreed …" after "A, B and C joined D for a summit"
			}
		}
		if sn.typ == parley.Consult && !verb && k+1 < ce && d.tok(k+1).Is("between") {
			// "indirect negotiations between the United States and Iran,
			// mediated by Qatar": the mediator talked with each side
			// named (not with a fellow mediator).
			sides := slices.Clone(participants)
			for _, m := range d.mediator(k, ce) {
				if !slices.Contains(participants, m) {
					for _, p := range sides {
						pairs = append(pairs, [2]string{m, p})
					}
					participants = append(participants, m)
				}
			}
		}
		if h := d.meetingHost(k, ce); sn.typ == parley.Consult && h != "" && !d.settingHost(h, sn, verb, participants) {
			// "met at the residence of Anwar Ibrahim": the host met each of
			// them, and those taking part beside ("hosted by Mnuchin, with
			// the participation of Gedu Andargachew").
			if !slices.Contains(participants, h) {
				for _, p := range participants {
					pairs = append(pairs, [2]string{p, h})
				}
				participants = append(participants, h)
			}
			for _, p := range d.participation(k, ce) {
				if !slices.Contains(participants, p) {
					pairs = append(pairs, [2]string{p, h})
					participants = append(participants, p)
				}
			}
		}
	case host:
		if len(subj) == 0 || len(obj) == 0 {
			return nil, false
		}
		obj = d.envoysNamed(obj, k, ce)
		if d.refugeesIn(obj) {
			return nil, false // "Turkey hosts 3.6 million Syrian refugees": shelter, no visit
		}
		for _, o := range uniq(obj) {
			pairs = append(pairs, [2]string{o, subj[0]})
		}
		participants = uniq(append(append([]string(nil), obj...), subj[0]))
	default: // directed, visit
		if sn.frame == visit && len(subj) > 0 && d.allTravellers(subj) {
			return nil, false // "Syrian refugees travelled to Turkey", "activists who had travelled to Dar es Salaam": no state visit
		}
		if len(obj) == 0 && len(uniq(subj)) == 2 && (d.reciprocal(k, ce) || sn.twoWay || (d.mutualPullback(k, sn) || d.mutualMassing(k, sn, subj) || d.mutualRecall(k, sn, subj) || d.mutualRelease(k, ce, sn, subj)) && !d.oneState(uniq(subj))) {
			// "Johnson and Corbyn attacked each other's policies".
			obj = []string{subj[1], subj[0]}
			pairs = [][2]string{{subj[0], subj[1]}, {subj[1], subj[0]}}
			break
		}
		if verb && len(subj) > 1 && d.pronounWithinSubject(k, subj) {
			// "France and the United States have also condemned it": the
			// pronoun cannot stand for one of those who condemn; what "it"
			// is, the readings below look for.
			obj = nil
		}
		if len(subj) > 0 && len(obj) == 0 && sn.frame == directed && (sn.typ == parley.Accuse || sn.typ == parley.Threaten) {
			obj = d.nextPredicateObject(k, subj) // "lodged a strong protest and demanded that India …": India
		}
		if len(subj) > 0 && len(obj) > 0 && sn.typ == parley.Threaten && !slices.ContainsFunc(obj, func(o string) bool { return !d.sameSide(subj, o) }) {
			obj = nil // "vowed revenge for the Israeli strike on its consulate": its own consulate is not the one threatened
		}
		if len(subj) > 0 && len(obj) == 0 && sn.typ == parley.Threaten {
			obj = d.conditionSubject(k, ce, subj) // "warned of civil war if Henry did not resign": Henry
			if len(obj) == 0 {
				obj = d.avengedDeedOwner(k, ce, subj) // "vowed revenge for the Israeli strike": Israel
			}
		}
		if len(subj) > 0 && len(obj) == 0 && sn.frame == directed && (sn.typ == parley.Support || sn.typ == parley.Accuse) && verb {
			obj = d.meritOwner(k, ce) // "praised the role that Japan has played": Japan
		}
		if len(subj) > 0 && len(obj) == 0 && sn.frame == directed && (sn.typ == parley.Reject || sn.typ == parley.Sanction) && verb {
			obj = d.accusedAfter(k, ce, subj) // "withheld its consent, accusing both countries of harbouring militants": theirs
		}
		if len(subj) > 0 && len(obj) == 0 && sn.typ == parley.Reject && verb {
			obj = d.askerOfOwn(k, a, subj) // "Kenya withdrew after the Court declined its request": Kenya's
		}
		if len(subj) > 0 && sn.frame == directed && verb && reactionTypes[sn.typ] && !d.actorNamedIn(k+1, ce, subj) {
			if owner := d.relativeActOwner(subjStart, subj); owner != nil {
				obj = owner // "a resolution backing Cairo's position, which Ethiopia rejected": the League's
			}
		}
		if len(subj) > 0 && len(obj) == 0 && verb && sn.mode == "expel" && d.tok(k+1).Is("him", "her") {
			obj = d.envoyStateBefore(k, a, subj) // "recalled its ambassador after Lima declared him persona non grata": Mexico's man
		}
		if len(subj) == 1 && len(obj) == 0 && verb && sn.mode == "expel" && d.tok(k+1).Is("the") && d.tok(k+2).Is(envoyPosts...) {
			obj = d.stateAskedBy(k, subj[0]) // "Klimkin demanded that the consul leave … Kyiv expelled the consul": Hungary's
		}
		if len(subj) > 0 && len(obj) == 0 && sn.frame == directed && verb && sn.typ == parley.Request && !d.tok(k+1).Is("for") {
			obj = d.partnerOfTalkBefore(k, a, subj) // "telephoned Pezeshkian and urged restraint": urged him (not "called for his release", asked of his jailers)
		}
		if len(subj) > 0 && len(obj) == 0 && sn.frame == directed && verb && verbalTypes[sn.typ] && d.tok(k-1).Is("also") {
			if e := d.lastBefore(k, func(e *parley.Event) bool {
				return e.Type == sn.typ && e.Status == parley.Occurred && !e.Target.IsZero() && !d.sameSide(subj, e.Source.ID) && !d.sameSide(subj, e.Target.ID) &&
					d.sentenceIndex(d.tok(k).Start)-d.sentenceIndex(e.Trigger.Start) <= 1
			}); e != nil {
				// "The United States condemned China's action. Japan and
				// Australia also expressed concern": at China too
				obj, impliedAt = []string{e.Target.ID}, d.sentenceIndex(e.Trigger.Start)
			}
		}
		if len(subj) > 0 && len(obj) == 0 && sn.frame == directed && verb && sn.typ == parley.Reject && d.tok(k).Is("denied", "denies", "deny", "denying") {
			if e := d.lastBefore(k, func(e *parley.Event) bool {
				return e.Type == parley.Accuse && e.Status == parley.Occurred && !e.Source.IsZero() && d.sameSide(subj, e.Target.ID) && !d.sameSide(subj, e.Source.ID) &&
					d.sentenceIndex(d.tok(k).Start)-d.sentenceIndex(e.Trigger.Start) <= 1
			}); e != nil {
				// "Tbilisi … accused Moscow of an act of aggression. Moscow
				// denied that any of its aircraft had been involved": the
				// charge of the sentence before, denied to its maker
				obj, impliedAt = []string{e.Source.ID}, d.sentenceIndex(e.Trigger.Start)
			}
		}
		if len(subj) > 0 && len(obj) == 0 && sn.frame == directed {
			obj, impliedAt = d.impliedTarget(k, ce, subj, sn.typ) // "called the move unfair": whoever moved
		}
		if len(subj) > 0 && len(obj) == 0 && sn.typ == parley.Assault && verb && d.crowdWeaponWithin(k+1, 5) {
			if c := d.protestingCrowd(k); c != "" && !slices.Contains(subj, c) {
				obj = []string{c} // "Protests broke out …, and security forces responded with tear gas": on the protesters
			}
		}
		if len(subj) > 0 && len(obj) == 0 && (sn.typ == parley.Coerce || sn.typ == parley.Assault) && verb {
			if at := d.groundTaken(k, ce); at >= 0 {
				obj = d.groundHolder(k, at, ce, subj) // "the RSF seized Nyala": from the army it fights
			}
		}
		if len(subj) > 0 && len(obj) == 0 && sn.typ == parley.Request && verb && k-2 > cs && d.tok(k-1).Is("and") {
			obj = d.summonedBefore(k, cs, subj) // "summoned Lithuania's chargé d'affaires and demanded that the restrictions be lifted": of Lithuania
		}
		if len(subj) > 0 && len(obj) == 0 && sn.typ == parley.Accuse && sn.cameo == "115" && verb && d.disputeTaken(k) {
			// "Guyana took the dispute to the International Court of
			// Justice": against the other side of it, told just before
			obj = d.otherStateBefore(k, subj)
		}
		if len(subj) > 0 && !slices.ContainsFunc(obj, func(o string) bool { return !d.sameSide(subj, o) }) && verb && sn.typ == parley.Sanction && objNoun > k && d.tok(objNoun).Is("relations", "ties", "border", "borders") &&
			d.tok(objNoun-1).Is("the", "diplomatic", "all") && !d.tok(objNoun+1).Is("with", "between") {
			// "Caracas closed the border in 2015", "broke off relations in
			// 2019": with the other state told just before
			obj = d.otherStateBefore(k, subj)
		}
		if len(obj) == 0 && envoyRecalled {
			// "accused Caracas of …, and he recalled the Colombian
			// ambassador": from the other state named last
			obj = d.otherStateBefore(k, subj)
		}
		if len(subj) > 0 && len(obj) == 0 && sn.frame == directed && verb && counterpartTypes[sn.typ] && !d.actorNamedIn(k+1, ce, subj) {
			obj, impliedAt = d.storyCounterpart(k, subj) // "Chief Abiola has rejected the annulment": the side he has faced all along
		}
		if len(subj) == 0 || len(obj) == 0 {
			return nil, false
		}
		if verb && len(obj) > 1 && d.ownUnnamedSubject(k) && !slices.ContainsFunc(subj, func(s string) bool { return !slices.Contains(obj, s) }) {
			// "Australian soldiers landed …, a day after the government
			// formally asked Australia, New Zealand, Malaysia and Portugal
			// …": the verb has a subject of its own no actor stands for; one
			// found among its objects is a wrong reading of who asked, not
			// one of them asking the others.
			return nil, false
		}
		if us, uo := uniq(subj), uniq(obj); len(us) >= 2 && len(us) == len(uo) && d.wordAfter(k, ce, 12, "respectively") {
			// "Britain and France summoned the Russian and Iranian
			// ambassadors, respectively": each with its own.
			for i := range us {
				pairs = append(pairs, [2]string{us[i], uo[i]})
			}
			break
		}
		for _, s := range uniq(subj) {
			for _, o := range uniq(obj) {
				if sn.frame == visit && strings.HasPrefix(o, "state:") && d.countryOf(s) == strings.TrimPrefix(o, "state:") {
					continue // "Putin flew back to Moscow": home, not a visit
				}
				if sn.frame == visit && strings.HasPrefix(o, "state:") && d.postedIn(s, o, a, b) {
					continue // "The U.S. ambassador to Japan, Rahm Emanuel, visited Fukushima": at his post
				}
				if sn.frame == visit && d.countryOf(s) != "" && d.countryOf(s) == d.countryOf(o) && d.actors[o] != nil &&
					d.actors[o].Kind == parley.Organization && strings.Contains(d.actors[o].Name, "Armed Forces") {
					continue // "Biden visited US troops in Iraq": his own forces, no host
				}
				if sn.typ == parley.Request && d.tok(k).Is("ordered", "orders", "order") && d.countryOf(s) != "" && d.countryOf(s) == d.countryOf(o) &&
					d.actors[o] != nil && d.actors[o].Role == "government body" && !d.court(s) {
					continue // "the defence secretary ordered the Kenya Defence Forces to deploy": his own forces
				}
				if sn.typ == parley.Support && d.organsOfOneState(s, o) {
					continue // "deployed the army to support the police": one state's bodies working together
				}
				if s != o && (!d.ownState(s, o) || d.ownGovernmentTold(k, ce, sn, verb, o)) && !(sn.mode == "withdraw" && sn.typ != parley.Retreat && !backingWithdrawn && d.ownEnvoy(s, o)) && !d.forcesOnOwnState(sn.typ, s, o) {
					pairs = append(pairs, [2]string{s, o})
				}
			}
		}
		if verb && sn.frame == directed && len(pairs) > 0 {
			// "Denmark expelled 15 Russian diplomats, Sweden three, Italy
			// 30 and Spain about 25": each state named with its count did
			// the same to the same.
			for _, g := range d.gappedCountedSubjects(k, ce) {
				for _, o := range uniq(obj) {
					if p := [2]string{g, o}; g != o && !d.ownState(g, o) && !slices.Contains(pairs, p) {
						pairs = append(pairs, p)
					}
				}
			}
		}
		if sn.mode == "release" && verb && d.releasedInReturn(k, ce) {
			// "Russia released Brittney Griner in exchange for Viktor
			// Bout": the other side freed its captive too.
			for _, p := range slices.Clone(pairs) {
				if r := [2]string{p[1], p[0]}; !slices.Contains(pairs, r) {
					pairs = append(pairs, r)
				}
			}
		}
		if sn.twoWay && slices.Equal(sn.preps, []string{"with"}) {
			// "Thai troops exchanged fire with Cambodian soldiers": the
			// partner after "with" acts on the subject too.
			for _, p := range slices.Clone(pairs) {
				if r := [2]string{p[1], p[0]}; !slices.Contains(pairs, r) {
					pairs = append(pairs, r)
				}
			}
		}
	}
	if p := d.pairedCounterparts(subj, obj, sn.frame == host, a, ce); p != nil {
		pairs = p // "Blinken and Austin met their Japanese counterparts": each his own
	}
	if len(pairs) == 0 || pairs[0][0] == pairs[0][1] {
		return nil, false
	}

	statusFrom := cs
	if subjStart > cs {
		statusFrom = subjStart
	}
	if verb && passive && d.byParticipleAside(k-1, ce) {
		statusFrom = k // ", backed by Russia and China" after "refused to …": the aside's own, not the refusal's
	}
	if verb && k > cs && (d.tok(k-1).Is(",") || d.adverbAfterComma(k, cs)) && strings.HasSuffix(d.tok(k).Norm, "ing") {
		// "India said it had not violated the ceasefire, blaming
		// Pakistan": the participle is not under the clause's "not".
		statusFrom = k
	}
	if !verb {
		// "proposed to Putin, in a phone call on Tuesday, that …": a noun
		// set off by commas keeps out of the tense of the verb before.
		for i := k - 1; i > statusFrom; i-- {
			if d.tok(i).Is(",") {
				statusFrom = i + 1
				break
			}
		}
	}
	if open, end := d.subjectAside(k); verb && open >= 0 && statusFrom > open && statusFrom <= end {
		statusFrom = end + 1 // "Modi, who says that India wants peace, condemned …": past the aside's own clause
	}
	status := d.status(statusFrom, k, sn)
	if status == parley.Negated && !verb && k-1 > statusFrom && (d.tok(k-1).Is("after", "following") ||
		d.tok(k-2).Is("after", "following") && determiners[d.tok(k-1).Norm]) {
		// "the ban was cancelled in May following talks between …": the
		// cancel word undoes the ban; the talks that led to it were held
		status = d.status(k-1, k, sn)
	} else if status == parley.Negated && !verb {
		if p := d.leadInBefore(k, statusFrom); p >= 0 {
			// "failed to reach agreement after three days of talks in
			// Cairo": the talks were held
			status = d.status(p, k, sn)
		}
	}
	if status == parley.Planned && !verb {
		if t := d.infinitiveBeforeOccasion(statusFrom, k); t >= 0 && d.status(statusFrom, t, sn) == parley.Occurred {
			// "agreed on Thursday to resume visits during their summit in
			// Tokyo": the summit is the agreeing's occasion, not an act to come
			status = parley.Occurred
		}
	}
	if status == parley.Hypothetical && sn.typ == parley.Concede && verb && d.offeredAt(statusFrom, k) {
		status = parley.Planned // "said it was ready to drop its demand": a concession offered
	}
	if status == parley.Occurred && verb && d.sharedModal(k, cs) {
		status = parley.Planned // "will discuss trade and sign a pact": the "will" is the signing's too
	}
	if status == parley.Occurred && verb && k-1 > cs && d.tok(k-1).Is("before", "after") && strings.HasSuffix(d.tok(k).Norm, "ing") && d.aheadVerbBetween(cs, k-1) &&
		!d.spokeAfterAct(k) && !d.toldDone(cs, k-1) { // (not "…, Borrell said after hosting them": he spoke, having hosted; nor "flew to Naypyitaw to meet Suu Kyi before going on to Dhaka": a purpose of a journey made)
		status = parley.Planned // "will meet Wang Yi before travelling to Seoul": the trip is to come too
	}
	if sn.typ == parley.Threaten && verb && d.tok(k).Is("respond", "retaliate") && toldResponse(d, k) && status == parley.Planned {
		status = parley.Occurred // "said Israel would respond": the threat is made in the saying
	}
	if sn.typ == parley.Threaten && verb && d.tok(k).Is("take") && d.quoted[k] && status == parley.Planned {
		status = parley.Occurred // "“We will take our revenge on …,” he said": the vow is made in the saying
	}
	if occasion != nil {
		status = occasion.Status // the call took place if the warning made in it did
	}
	if atRequest && (status == parley.Planned || status == parley.Hypothetical) {
		status = parley.Occurred // "at Kenya's request, Uganda will send troops": asked already
	}
	if !verb && !atRequest && status == parley.Occurred && d.modalityAfter(k, ce) == parley.Planned {
		status = parley.Planned // "A summit between Putin and Trump is being prepared"
	}
	ifItself := !verb && d.ownConditionAside(k, b) // "broader sanctions on Russia's energy industry, if imposed, could hurt"
	if !verb && !atRequest && status == parley.Occurred && (d.modalAfter(k, ce) || ifItself) {
		status = parley.Hypothetical // "a further invasion would meet a decisive response"
	}
	gerund := verb && strings.HasSuffix(d.tok(k).Norm, "ing") // "pulled out of the Amman meeting"
	if !verb && status == parley.Planned && k > 0 && (d.tok(k-1).Is("following", "after") || k > 1 && d.tok(k-2).Is("following", "after") && d.tok(k-1).Is("the", "their", "its", "his", "her", "a", "an")) {
		// "agreed to reopen embassies following talks in Baghdad on
		// Monday": the talks came first and took place.
		status = parley.Occurred
	}
	if !verb && k > 0 && (d.tok(k-1).Is("despite", "against") || d.despiteAt(k, 0) >= 0) && status == parley.Negated {
		status = parley.Occurred // "refused … despite requests from Washington": the requests were made
	}
	ahead := !verb && status == parley.Occurred && d.aheadOf(k)
	if ahead {
		status = parley.Planned // "called up reservists ahead of an expanded offensive in Gaza"
	}
	if (!verb || gerund) && d.calledOff(k) || !verb && d.calledOffAfter(k, b) || d.calledOffBefore(statusFrom) {
		status = parley.Negated // "called off retaliatory strikes": not carried out (linking may call the happening cancelled)
	}
	clause := d.spanOf(cs, max(ce, k+1))
	if p := d.subordinateOpen(k, cs); p > cs {
		// "summoned the British ambassador after Britain seized an Iranian
		// tanker", "condemned Iran's attack on Saudi oil facilities": the
		// earlier deed is dated only by words of its own. Talks told so
		// are of the main act's day unless they have their own ("announced
		// on Monday after talks held by video link", "after a breakfast
		// meeting with Pelosi"; but "said on Friday after meeting Xi on
		// Wednesday").
		sub := d.spanOf(p, max(ce, k+1))
		own, _ := d.date(sub, k)
		// (A month or a year the main clause gives holds a deed told
		// "after" with no time of its own: "Relations soured in May 2022,
		// after Mitsotakis told the US Congress …".)
		main, _ := d.date(clause, k)
		broad := own.IsZero() && d.tok(p).Is("after") && (main.Precision() == parley.PrecisionMonth || main.Precision() == parley.PrecisionYear) && d.dateRightBefore(p, main)
		if (!(sn.typ == parley.Consult && (!verb || gerund)) || !own.IsZero()) && !broad {
			clause = sub
		}
	}
	if ae := d.underAsideEnd(undergone, k, b); ae > 0 {
		clause = d.spanOf(undergone, ae) // "Pyongyang, under UN sanctions since 2006, fired …": the aside's own date
	} else if rs, re := d.asideAround(k, a, b); rs >= 0 {
		// "Iran, which seized a British tanker in July, on Monday accused
		// London": the aside's act, dated by the aside.
		clause = d.spanOf(rs, re)
	} else if rs, re := d.datedTrailingRelative(k, a, b); rs >= 0 {
		// "accused Belgrade last week of stoking tension in the north,
		// where Serb protesters clashed with peacekeepers in May": the
		// relative clause's own time.
		clause = d.spanOf(rs, re)
	} else if oc := d.ownClauseStart(k, cs); oc > cs {
		// "Iran struck Pakistan on Tuesday and Pakistan struck Iran on
		// Thursday": the second clause's own day.
		clause = d.spanOf(oc, max(ce, k+1))
	} else if as := d.andDatedAside(k, cs); as > cs {
		// "revoked the agreements on Aug. 3 and, on Aug. 25, gave the
		// ambassador 48 hours to leave": the date set off before the verb.
		clause = d.spanOf(as, max(ce, k+1))
	} else if sv := d.sharedVerbStart(k, cs); sv > cs {
		// "met Macron in Paris on 18 November, and stopped in Cairo on 21
		// November for talks with Sisi": the second verb's own day.
		if own, _ := d.date(d.spanOf(sv, max(ce, k+1)), k); !own.IsZero() {
			clause = d.spanOf(sv, max(ce, k+1))
		}
	}
	if e := d.trailingAsClause(k, max(ce, k+1)); e > 0 {
		// "gave O'Neill seven days to restore Somare, as the Supreme
		// Court ordered in December": the court's time, not the act's.
		clause = parley.Span{Start: clause.Start, End: d.tok(e).Start}
	}
	if verb && d.finiteVerbAt(k) {
		if e := d.laterPredicate(k, max(ce, k+1)); e > 0 {
			// "met Xi on Monday and will visit India next month": the
			// second predicate's time is not the first's.
			clause = parley.Span{Start: clause.Start, End: d.tok(e).Start}
		}
	}
	date, rel := d.date(clause, k)
	if verb && sn.frame == visit && date.Precision() == parley.PrecisionDay && d.nextStop(k, clause) {
		// "flew to Naypyitaw on 4 September to meet Suu Kyi before going
		// on to Dhaka": a later day of that month, which the text leaves
		date = parley.Date{Year: date.Year, Month: date.Month}
	}
	if date.IsZero() && verb && d.tok(k).Is("responded", "reacted", "retaliated", "replied") {
		// "Protests broke out in Caracas on 29 July, and security forces
		// responded with tear gas": the answer of the same day, unless
		// its own clause tells another
		if p := d.commaAndBefore(k, a); p > a {
			if day, r := d.date(d.spanOf(a, p), -1); day.Precision() == parley.PrecisionDay {
				date, rel = day, r
			}
		}
	}
	if rs, re := d.relativeAside(cs, k); rs >= 0 {
		// "Lula, who hosted Maduro on Tuesday, urged Washington …": the
		// aside's date is the hosting's.
		date, rel = d.date(d.spanOf(re, max(ce, k+1)), k)
		if date.IsZero() && rs > cs {
			date, rel = d.date(d.spanOf(cs, rs), k)
		}
	}
	if ids, _ := d.thatRelativeHead(k, cs); ids != nil && verb {
		if vg := d.verbGroupStart(k, cs-1); vg > cs {
			// "Russian troops that entered Kazakhstan in January have
			// withdrawn": January is the relative's, the entry's; only a
			// time of the main verb's own phrase dates it.
			date, rel = parley.Date{}, parley.TimeUnknown
			if x, ok := d.dateIn(vg, max(ce, k+1)); ok {
				date, rel = d.date(x.Span, k)
			}
		}
	}
	if rcs := d.reportedClauseStart(k, cs); rcs > cs {
		// "Erdogan said on Friday he would visit Moscow next month": the
		// reported act's own date, when its simple clause (up to a comma)
		// has one, not the day of the saying.
		end := k + 1
		for end < ce && !d.tok(end).Is(",", ";") {
			end++
		}
		own, orel := d.date(d.spanOf(rcs, end), k)
		if own.IsZero() && end <= ce && end < b && d.tok(end).Is(",") {
			// "said on Monday it had summoned the Swiss envoy, who
			// represents US interests, on Saturday": the reported act's
			// own date after an aside.
			own, orel = d.dateAfterAside(end, b)
		}
		if !own.IsZero() {
			date, rel = own, orel
		} else if sn.typ == parley.Consult && d.pluperfectBetween(rcs, k, verb) {
			// "Trump said on Thursday he had held a call with Ishiba":
			// some time before the saying, not on its day. (A measure
			// reported done — "said on Friday it had imposed sanctions" —
			// is dated by its announcement, as in a that-clause.)
			date, rel = parley.Date{}, parley.TimePast
		} else if sn.typ == parley.Consult && d.modalBetween(rcs, k) {
			// "told reporters on Friday he would meet Xi": not on Friday.
			// (A measure announced — "said Friday it would expel ten
			// diplomats" — is dated by its announcement.)
			date, rel = parley.Date{}, parley.TimeUnknown
		}
	}
	if verb && k-1 > cs && d.tok(k-1).Is("after") && strings.HasSuffix(d.tok(k).Norm, "ing") && !date.IsZero() {
		// "flew to Tokyo on Monday after visiting Seoul": the visit came
		// before the flight's day; only a day of its own dates it.
		own := false
		for t := k + 1; t < ce; t++ {
			own = own || d.inDate(t)
		}
		if own {
			date, rel = d.date(d.spanOf(k, max(ce, k+1)), k)
		} else if date.Precision() == parley.PrecisionDay {
			date, rel = parley.Date{}, parley.TimePast
			d.vague[d.spanOf(k, k+1)] = true // no later pass gives it the clause's day
		}
		// (A month or a year holds both: "shut down its oil output in
		// January after accusing Khartoum of theft".)
	}
	andThen := k-3 >= cs && d.tok(k-1).Is("then", "later", "also") && d.tok(k-2).Is("and") && d.cover[k-3] < 0 // "and then met Burns the following day"
	if verb && (k-2 >= cs && d.tok(k-1).Is("and") && d.cover[k-2] < 0 || andThen) {
		// "landed in Taipei late on Tuesday and met Tsai the next day":
		// the second verb's own date, when it has one.
		if own, orel := d.date(d.spanOf(k, max(ce, k+1)), k); !own.IsZero() {
			date, rel = own, orel
		}
	} else if g := d.verbGroupStart(k, cs); verb && g < k && g-2 >= cs && d.tok(g-1).Is("and", "but") && d.cover[g-2] < 0 {
		// "met Xi on Monday and will visit India next month": the
		// second predicate's own date; none from the first when it
		// looks ahead.
		if own, orel := d.date(d.spanOf(g, max(ce, k+1)), k); !own.IsZero() {
			date, rel = own, orel
		} else if d.aheadIn(g, k) && !(rel == parley.TimeFuture && d.aheadIn(cs, g-1)) {
			// (Both predicates ahead share the first one's time: "will be
			// in Kyiv next week and will meet Zelensky there".)
			date, rel = parley.Date{}, parley.TimeFuture
		}
	}
	if date.IsZero() && !verb && k > cs && d.tok(k-1).Is("his", "her", "their") && len(subj) == 1 && cs > a+2 && d.tok(cs-1).Is("but", "and") {
		// "Zelensky came to the White House on February 28 …, but his
		// meeting with Trump turned into a shouting match": the meeting
		// of the day the sentence's first clause gave its subject.
		if m, ok := d.mentionAt(a); ok && slices.Contains(m.Actors, subj[0]) {
			if fd, frel := d.date(d.spanOf(a, cs-1), -1); !fd.IsZero() && frel != parley.TimeFuture {
				date, rel = fd, frel
			}
		}
	}
	if date.IsZero() && cs > a && d.tok(cs-1).Is("that") && !(sn.typ == parley.Consult && (d.modalBetween(cs, k) || d.pluperfectBetween(cs, k, verb))) &&
		d.subordinateOpen(k, cs) <= cs { // (not "a standoff that had begun in May 2022, when … after Russia invaded Ukraine")
		// "Trump's Oct. 11 announcement that the two had reached a deal":
		// an undated act reported in a that-clause takes the date of the
		// report around it — not a meeting still to come ("said on
		// Monday that he would meet Biden") or held some time before
		// ("said on Monday that he had spoken with Trump").
		if md, mrel := d.date(d.spanOf(a, cs), k); !md.IsZero() && mrel != parley.TimeFuture {
			date = md
		}
	}
	if date.IsZero() && ce+1 < b && d.tok(ce).Is(",") && d.tok(ce+1).Is("who", "which") {
		// "Xi held talks with Putin, who is on a state visit to China, in
		// Beijing on Wednesday": the clause goes on after the relative.
		for j := ce + 2; j+1 < b; j++ {
			if d.tok(j).Is(",") && !d.inDate(j) && !(d.inDate(j-1) && d.inDate(j+1)) { // ("which falls on Thursday, July 1")
				// Only a place and time phrase closing the sentence: "…,
				// in Beijing on Wednesday."
				e := j + 1
				for e < b && e-j <= 14 && !d.tok(e).Is(",", ";", "and", "but", "which", "who") && (d.cover[e] >= 0 || d.inDate(e) || d.tok(e).Upper ||
					d.tok(e).Is("in", "on", "at", "of", "late", "early", "last", "this", "the")) {
					e++
				}
				if e == b-1 && d.tok(e).Is(".") || e == b {
					if ad, arel := d.date(d.spanOf(j+1, b), -1); !ad.IsZero() {
						date, rel = ad, arel
					}
				}
				break
			}
		}
	}
	if date.IsZero() && ce+1 < b && d.tok(ce).Is(",") && d.attribution(ce+1, b) {
		// "The EU criticised Turkey, EU spokesman Peter Stano said on
		// Friday": what was said was said that day; a deed reported so
		// ("Chile has expelled two diplomats, the Chilean foreign ministry
		// said on Thursday") is dated by its report, as when the speaker
		// is unnamed.
		if ad, arel := d.date(d.spanOf(ce+1, b), -1); !ad.IsZero() && arel != parley.TimeFuture {
			date, rel = ad, arel
		}
	}
	if date.IsZero() && verb {
		if ad := d.subjectAsideDay(k, a); !ad.IsZero() {
			// "Guterres, who opened the week's meetings on Monday, urged
			// the G20 …": said at the occasion the aside names.
			date, rel = ad, parley.TimePast
		}
	}
	if date.IsZero() && verb {
		if pd, prel := d.participleDate(k, ce, b); !pd.IsZero() && prel != parley.TimeFuture {
			// "has asked India to extradite her, sending a diplomatic note
			// on Monday": the participle tells how the act was done, and
			// when.
			date, rel = pd, prel
		}
	}
	if r := d.standingMeasure(k, b); !verb && r > 0 {
		// "The sanctions on Iran remain in force, the ministry said on
		// Monday": a measure still standing is not imposed that day; only
		// a day told for it ("the ban, imposed in 2019,") dates it.
		date, rel = d.ownDate(k, r, k)
		if date.IsZero() {
			d.vague[d.spanOf(k, k+1)] = true
		}
	}
	if ap := d.appositiveAnswer(k, a); ap > 0 {
		// "China accused Indian troops of firing on Monday night, a
		// charge India denied": the answer's day is not told.
		date, rel = d.ownDate(ap, max(ce, k+1), k)
		if date.IsZero() {
			d.vague[d.spanOf(k, k+1)] = true // (nor the occasion's)
		}
	}
	if (sn.complement || (sn.typ == parley.Agree || verbalTypes[sn.typ]) && verb) && rel == parley.TimeFuture && d.complementDated(date, k, ce) {
		// "agreed to meet again within three months": the meeting is to
		// come, the agreement was made. (A vague span there, "agreed to
		// stay in close contact in the coming weeks", is the complement's;
		// later passes may date the agreement.)
		date, rel = parley.Date{}, parley.TimeUnknown
		delete(d.vague, d.spanOf(k, k+1))
	}
	if !date.IsZero() && verb && accuseVerbs[d.tok(k).Norm] && d.chargeDated(date, k, ce) {
		// "has accused UNRWA staff of taking part in the October 7
		// attack": the date is the alleged act's.
		date, rel = parley.Date{}, parley.TimeUnknown
	}
	if !date.IsZero() && verbalTypes[sn.typ] && d.deedDated(date, k, cs, ce) {
		date, rel = parley.Date{}, parley.TimeUnknown // "blamed Kyiv for an explosion on Saturday": the explosion's day
	}
	if !date.IsZero() && reduced < 0 && d.measureDated(date, k, cs, ce) {
		date, rel = parley.Date{}, parley.TimeUnknown // "wants Trump to eliminate the tariffs imposed on Sept. 1": the tariffs' day
	}
	if n := d.yearsSince(cs, k); n > 0 && !date.IsZero() {
		// "On July 16 the two countries mark twenty years since Putin and
		// Jiang signed the treaty": the signing is twenty years before.
		date = parley.Date{Year: date.Year - n, Month: date.Month, Day: date.Day}
		rel = parley.TimePast
	}
	if n, approx, vague, monthly, ok := d.daysEarlier(cs, k); ok && monthly && !vague && date.Precision() >= parley.PrecisionMonth {
		// "took Bolivia to court in June 2016, three months after Morales
		// accused Santiago": March; the month at best.
		m := date.First().AddDate(0, -n, 0)
		date, rel = parley.Date{Year: m.Year(), Month: m.Month()}, parley.TimePast
	} else if ok && vague && (date.Precision() == parley.PrecisionDay || monthly) {
		// "on Thursday, days after speaking to him by phone", "in
		// November, months after": some time before; "in an April phone
		// call, days before …" keeps April.
		date, rel = parley.Date{}, parley.TimePast
		d.vague[d.spanOf(k, k+1)] = true // no later pass gives it the clause's day
	} else if ok && !monthly && date.Precision() == parley.PrecisionDay {
		// "India expelled a Canadian diplomat on Tuesday, a day after
		// Canada expelled an Indian official": Monday. ("Barely six weeks
		// after" says the month at best.)
		date = date.AddDays(-n)
		if approx {
			date = parley.Date{Year: date.Year, Month: date.Month}
		}
		if n > 0 {
			rel = parley.TimePast
		}
	}
	if date.IsZero() && rel != parley.TimeFuture && !meetingDay.IsZero() {
		date = meetingDay // "Milei did not attend.": absent on the summit's day
	}
	if status == parley.Occurred && rel == parley.TimeFuture {
		status = parley.Planned
	}
	said := sn.typ == parley.Accuse || sn.typ == parley.Request || sn.typ == parley.Reject || sn.typ == parley.Threaten
	if d.habitual(statusFrom, k, said) || (sn.typ == parley.Consult || sn.typ == parley.Assault) && d.sportsClause(k, ce) {
		return nil, false // habits and stances, and matches between national teams, are no events
	}
	if d.conditionOpens(a, k) && (status == parley.Occurred || status == parley.Negated || d.fiction(a)) { // ("Had Russia not invaded Ukraine, …")
		status = parley.Hypothetical // "If Beijing attacks Taiwan, the economy will suffer"
	}
	if ahead && !date.IsZero() {
		// "last week ahead of an expanded offensive": a date before the
		// noun is of what came first; only one of its own phrase counts.
		own := false
		for t := k + 1; t < ce; t++ {
			own = own || d.inDate(t)
		}
		if !own {
			date = parley.Date{}
		}
	}
	if status == parley.Planned && sn.typ != parley.Sanction && !date.IsZero() && !d.in.Published.IsZero() && date.Before(d.in.Published) && d.attributedDate(date, k) {
		// "Poland will send troops to its border, the minister said on
		// Wednesday": Wednesday is when it was said; the sending is to
		// come. (A measure announced is dated by its announcement, as
		// "said on Monday it would expel two diplomats" is.)
		date = parley.Date{}
	}
	if status == parley.Planned && d.butCancelled(k, b) {
		// "were due to meet in Hanoi in February, but the summit was
		// called off": the plan came to nothing.
		status = parley.Negated
	}
	if status == parley.Planned && sn.typ == parley.Consult && !date.IsZero() && !d.in.Published.IsZero() && date.Before(d.in.Published) && d.intentIn(statusFrom, k) {
		// "agreed on Monday to resume talks": Monday is when they agreed;
		// when the talks resume is not said. (A decision to impose
		// sanctions is the sanction, dated when taken.)
		date = parley.Date{}
	}
	if h, future := d.notHesitating(a, k); h {
		// "would not hesitate to strike India": a force promised, which
		// is a threat; "will not hesitate to talk to India": a plan;
		// "did not hesitate to criticise Beijing": done.
		status = parley.Occurred
		if cameo, ok := threatCameo[sn.typ]; ok && future {
			sn.typ, sn.cameo = parley.Threaten, cameo
		} else if future {
			status = parley.Planned
		}
	}
	if cameo, ok := threatCameo[sn.typ]; ok && d.weighedPenalty(k, a) {
		// "said he was considering a travel ban", "mulled imposing
		// tariffs on Chinese steel": a penalty held over the target
		sn.typ, sn.cameo, status = parley.Threaten, cameo, parley.Occurred
	}
	if cameo, ok := threatCameo[sn.typ]; ok && d.heldReady(a, k) {
		// "is prepared to strike Iran's nuclear sites", "stands ready to
		// impose sanctions on Minsk": force held ready is a threat
		sn.typ, sn.cameo, status = parley.Threaten, cameo, parley.Occurred
	}
	if status == parley.Hypothetical && verb && willingTypes[sn.typ] && sn.frame != visit && d.offeredAt(statusFrom, k) {
		// "said Argentina was ready to negotiate with Britain", "stands
		// ready to support Allies": willingness declared, which PLOVER
		// codes as AGREE (CAMEO's "express intent to cooperate"), made
		// when said
		sn.typ, sn.cameo, sn.mode, status = parley.Agree, "030", "", parley.Occurred
		for i, p := range pairs {
			if slices.Contains(subj, p[1]) && !slices.Contains(subj, p[0]) {
				pairs[i] = [2]string{p[1], p[0]} // "ready to host talks between A and B": the host offers
			}
		}
		if sp := d.speakerOf(a, k); len(sp) == 1 && d.personAt(a) {
			// "Lin Jian said China was ready to work with India": the one
			// who declared it for the state
			for i := range pairs {
				if pairs[i][0] != sp[0] && pairs[i][1] != sp[0] && strings.HasPrefix(pairs[i][0], "state:") && d.sameSide(sp, pairs[i][0]) {
					pairs[i][0] = sp[0]
				}
			}
		}
	}
	if sn.typ == parley.Threaten && d.tok(k).Is("rule", "ruled", "ruling", "rules") {
		status = parley.Occurred // "did not rule out force": the option held open is the threat, made when said
	}
	if status == parley.Negated && acceptance[d.tok(k).Norm] && d.yetBefore(k) {
		return nil, false // "Putin has not yet accepted": pending, no refusal
	}
	if status == parley.Negated && d.tok(k).Is("agree", "agreed", "agrees") && k+1 < b && d.tok(k+1).Is("on", "to", "over") && d.perfectOrYet(k) {
		return nil, false // "Israel and Hamas have not agreed on the second phase": talks going on, no refusal
	}
	mutual := status == parley.Negated && d.tok(k).Is("agree", "agreed", "agrees") && k+1 < b && d.tok(k+1).Is("on", "over") // ("failed to agree on the future of Abyei": no accord, refused by neither)
	if status == parley.Negated && !mutual && (acceptance[d.tok(k).Norm] || sn.typ == parley.Concede && refusedYields[d.tok(k).Norm]) &&
		!d.statehoodWithheld(k, ce) {
		// "did not accept the offer", "does not recognise the court",
		// "will not bow to pressure from Washington": a refusal, which
		// PLOVER codes as REJECT.
		sn.typ, sn.cameo, sn.mode, status = parley.Reject, "120", "", parley.Occurred
	}
	if status == parley.Negated && k >= 2 && d.tok(k-2).Is("no") && d.tok(k-1).Is("longer") && obstructions[d.tok(k).Norm] {
		// "said it would no longer block the aid package", "no longer
		// opposes Sweden's bid": an obstacle given up, a concession.
		sn.typ, sn.cameo, sn.mode, status = parley.Concede, "080", "", parley.Occurred
		if k >= 3 && d.tok(k-3).Is("will", "would", "'ll", "shall") {
			status = parley.Planned
		}
	}
	if status == parley.Negated && sn.typ == parley.Consult && d.refusalToJoin(k, a) {
		// "would not host the exercises", "will not take part in the
		// talks with China": a refusal, aimed by the host at its guests.
		if sn.frame == host {
			for i, p := range pairs {
				pairs[i] = [2]string{p[1], p[0]}
			}
		}
		sn.typ, sn.cameo, sn.mode, status = parley.Reject, "120", "", parley.Occurred
	}
	if (status == parley.Planned || status == parley.Hypothetical) && !ifItself && (d.conditional(a, b, k) && !d.conditionOpens(a, k) || d.anyWhoComes(k, b)) {
		// "would impose new sanctions on Russia if its troops cross",
		// "unless Hamas frees the hostages, Israel will strike": a
		// penalty promised on a condition is a threat, made when said.
		if cameo, ok := threatCameo[sn.typ]; ok {
			if sn.typ == parley.Protest {
				// "teachers will go on strike if President Tinubu does not
				// pay": pressure aimed at the one who must act, not at the
				// state a crowd protests in by default.
				if c := d.conditionSubject(k, ce, subj); len(c) == 1 && !d.sameSide(subj, c[0]) {
					for i := range pairs {
						pairs[i][1] = c[0]
					}
				}
			}
			sn.typ, sn.cameo, status = parley.Threaten, cameo, parley.Occurred
		} else if d.ownCondition(k, b) {
			status = parley.Hypothetical // "would meet Putin if Russia withdrew its troops"
		}
	}
	if status == parley.Planned && sn.typ == parley.Sanction && !verb && d.tok(k).Is("countermeasures", "counter-measures") {
		// "said it would take resolute countermeasures against the US",
		// "will impose countermeasures on Japanese firms": a response
		// promised with no measure named is a threat, made when said.
		sn.typ, sn.cameo, sn.mode, status = parley.Threaten, "130", "", parley.Occurred
	}
	if (status == parley.Planned || status == parley.Hypothetical) && sn.typ == parley.Threaten && verb && measuresVowed(d, k) {
		status = parley.Occurred // "China will take resolute measures", "is ready to take countermeasures": the threat is made as it is said
	}
	if status == parley.Occurred && sn.typ == parley.Concede && verb && d.tok(k).Is("reopened", "reopens", "reopen", "reopening") && d.passageNamed(k, ce) {
		// "Pakistan reopened the crossing", "Croatia reopened its border
		// crossing with Serbia": passage given back in deed is a
		// restriction eased (CAMEO 085), not a concession only promised
		// ("would reopen its airspace to Qatar" stays one).
		sn.typ, sn.cameo, sn.mode = parley.Retreat, "085", ""
	}
	if status == parley.Negated && sn.typ != parley.Reject && sn.typ != parley.Consult && d.refusedTo(k-1) {
		// "Russia refused to support the proposal", "refused to release
		// Whelan": the refusal is coded by its own verb, a rejection; no
		// negated act beside it. (A meeting refused is read by its own
		// rules: "declined to receive him" is the host's rejection.)
		return nil, false
	}
	if status == parley.Negated && sn.typ == parley.Consult && sn.frame == together && len(pairs) >= 3 {
		// "Erdoğan did not attend the summit": absent from all who came,
		// he met none of them; a list of those present is no counterpart.
		return nil, false
	}
	pe := d.predicateEnd(k, ce) // "met Macron and will travel to Warsaw": the meeting is not in Warsaw
	ev := parley.Event{
		Type:     sn.typ,
		Mode:     sn.mode,
		Status:   status,
		Date:     date,
		CAMEO:    sn.cameo,
		Evidence: parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]},
		Trigger:  d.spanOf(k, k+1),
		Rule:     ruleName(sn, verb, passive),
		Location: d.placeIn(d.placeClauseStart(k, cs), pe),
	}
	if sv := d.sharedVerbStart(k, cs); sv > cs {
		if p := d.placeIn(sv, ce); p != nil {
			ev.Location = p // "met Meloni in Rome, and stopped in Vienna for talks": in Vienna
		}
	}
	if d.gerundAfterSubordinator(k, cs) {
		ev.Location = d.placeIn(k, pe) // "arrived in Moscow after visiting Austria": Moscow is the arrival's
	}
	if p := d.ownDestination(k, cs, pe, sn); p != nil {
		ev.Location = p // "After meeting Putin in Moscow, Orban flew to Beijing": in Beijing
	}
	visitFrom := cs
	if open, c := d.subjectAside(k); verb && open >= 0 && open >= d.placeClauseStart(k, cs) && d.tok(open+1).Is("who", "which") && !d.tok(open+2).Is("is", "are", "was", "were") {
		// "Viktor Orban, who had visited Moscow the day before, met Xi":
		// the relative's place is its own act's (not "Xi, visiting
		// Moscow, met Putin", "Xi, who is in Moscow, …": where he is)
		visitFrom = c + 1
		if ev.Location != nil {
			ev.Location = d.placeIn(c+1, pe)
			if ev.Location == nil {
				ev.Location = d.placeIn(d.placeClauseStart(k, cs), open)
			}
		}
	}
	if open, c := d.relativeAsideBefore(d.placeClauseStart(k, cs), k); !verb && open >= 0 && ev.Location != nil && visitFrom == cs {
		// "Ramaphosa, who arrived in Abuja on Monday, will travel to
		// Accra for talks with Mahama": the aside's place is its own act's
		// — as for a verb above, so for a noun after the main verb
		if p := d.placeIn(c+1, pe); p != nil {
			ev.Location = p
		} else if p := d.visitedPlace(c+1, pe); p != nil {
			ev.Location = p // "… will travel to Accra for talks": where he goes
		} else if d.wordIn(open+2, min(c, open+5), "is", "are", "was", "were", "arrived", "landed", "flew") {
			// ("Xi, who is in Moscow, held talks", "who arrived in Abuja
			// on Monday, held talks": where he is)
		} else {
			ev.Location = d.placeIn(d.placeClauseStart(k, cs), open)
		}
		visitFrom = c + 1
	}
	fronted := d.frontedPhraseEnd(k, a, b)
	if fronted > 0 {
		ev.Location = d.placeIn(a, fronted) // "Having met Xi on Monday, Blinken flew to London": not in London
	}
	if verbalTypes[sn.typ] || d.aboutBefore(k, ce) {
		// "raised concerns about human rights in Xinjiang", "condemned the
		// attack in Kabul", "a boycott over abuses in Xinjiang": a place
		// after a verbal act, or after what an act is over, is what it is
		// about; where it was done comes before ("In Phnom Penh, Blinken
		// said").
		ev.Location = d.placeIn(d.placeClauseStart(k, cs), k) // (not "met in Geneva on Monday and Iran rejected": Geneva is the meeting's)
	}
	if subjStart >= 2 && d.tok(subjStart-1).Is("where") && d.tok(subjStart-2).Is(",") {
		// "before flying to Doha, where he held talks with the emir":
		// the place the relative hangs on.
		if p := d.placeEndingAt(subjStart - 3); p != nil {
			ev.Location = p
		}
	}
	if ev.Location == nil && d.hereIn(cs, ce) {
		ev.Location = d.datelinePlace() // "BEIJING (Xinhua) -- Han Zheng met … here on Wednesday"
	}
	if sn.typ == parley.Consult {
		if ev.Location == nil && !d.gerundAfterSubordinator(k, cs) && fronted < 0 {
			ev.Location = d.visitedPlace(visitFrom, pe)
		}
		// "spoke by telephone …, and the two leaders are due to meet":
		// the medium of the clause the meeting has to itself.
		ev.Medium = d.medium(k, d.ownClauseStart(k, cs), pe, sn, ev.Location) // (not "met Wang Yi in Beijing, then spoke by phone with Lavrov": the call is the second act's)
		if ev.Medium == parley.Phone || ev.Medium == parley.Virtual {
			ev.Mode = "phone" // PLOVER's mode for any remote medium
			ev.Location = nil // a call has no one place; a place named is what it is about
		}
	}
	ev.Confidence = calibrated(readingPrecision(verb, sn.frame), ev.Type)
	if implicit {
		ev.Confidence = min(ev.Confidence, 0.4)
		ev.Rule += ":implicit-source"
	}
	if owned {
		ev.Confidence = min(ev.Confidence, ownerConfidence)
		ev.Rule += ":owner"
	}
	if impliedAt >= 0 {
		ev.Confidence = min(ev.Confidence, impliedConfidence)
		ev.Rule += ":implied-target" + d.sentenceCue(impliedAt) // "(sentence 2: “Canada announced on Monday …”)"
	}
	if sn.typ == parley.Consult {
		// "Xi met with visiting Brazilian President Lula": the visitor
		// comes first, as in a visit.
		for i, p := range pairs {
			if d.visitingBefore(p[1], k, ce) && !d.visitingBefore(p[0], k, ce) {
				pairs[i] = [2]string{p[1], p[0]}
			}
		}
	}
	if sn.typ == parley.Reject && !d.quoted[k] {
		// "Kobakhidze announced that Georgia would not put the talks on
		// the agenda", "he said Armenia would not host the exercises":
		// the refusal is the leader's who states it for his state.
		if sp := d.leaderReporting(a, subjStart); sp != "" {
			for i, p := range pairs {
				if p[0] == d.leaderState(sp) {
					pairs[i][0] = sp
				}
			}
		}
	}
	var out []parley.Event
	// "met Scholz in Berlin, Macron in Paris and Rutte in Brussels": one
	// meeting with each, where each was.
	// (A penalty's targets too: "summoned the Russian ambassador on
	// Monday and the Belarusian envoy on Tuesday".)
	// (The guests of a host: "received Hoti on Tuesday and Vučić on
	// Thursday", each listed first in its pair.)
	listed := pairs
	if sn.frame == host {
		listed = make([][2]string, len(pairs))
		for i, p := range pairs {
			listed[i] = [2]string{p[1], p[0]}
		}
	}
	apart := len(pairs) > 1 && (sn.typ == parley.Consult && d.placesApart(listed, k, ce) || d.datesApart(listed, k, ce))
	var each map[string]*parley.Place
	if !apart && sn.typ == parley.Consult && ev.Location != nil {
		each = d.respectivePlaces(pairs, a, ce) // "to Berlin, Paris and Brussels to meet Scholz, Macron and Rutte"
	}
	for i, p := range pairs {
		if sn.typ == parley.Consult && d.ownState(p[0], p[1]) {
			continue // "stayed on in New Delhi for a state visit, holding talks with Modi": India does not meet Modi
		}
		e := ev
		e.Source, e.Target = d.ref(p[0]), d.ref(d.missionState(p[1], sn.typ))
		if apart {
			if pl := d.placeAfterActor(listed[i][1], k, ce); pl != nil {
				e.Location = pl
			}
			if dt := d.dateAfterActor(listed[i][1], k, ce); !dt.IsZero() {
				e.Date = dt
			}
			e.Participants = []parley.ActorRef{e.Source, e.Target}
			out = append(out, e)
			continue
		}
		if pl := each[p[1]]; pl != nil {
			e.Location = pl
		}
		if participants != nil {
			for _, id := range participants {
				e.Participants = append(e.Participants, d.ref(id))
			}
		} else {
			e.Participants = []parley.ActorRef{e.Source, e.Target}
		}
		out = append(out, e)
	}
	if objNoun >= 0 && sn.mode != "halt" && !(sn.frame == host && objNoun+1 < b && d.tok(objNoun+1).Is("between")) {
		// (A meeting called off is still coded, as not held, for the
		// happening it cancels.)
		d.objectNouns[objNoun] = true
		j := objNoun + 1
		for ; j < b && objectNoun(d.tok(j).Norm, sn.objects); j++ {
			d.objectNouns[j] = true // "suspended trade talks": the head noun too
		}
		if j < b && d.tok(j).Is("and", "or") {
			// "suspended its human rights dialogue and talks on arms
			// control": a second object of the same verb
			for i := j + 1; i < b && i <= j+3 && d.cover[i] < 0 && d.tok(i).Kind == token.Word && !d.tok(i).Upper; i++ {
				if objectNoun(d.tok(i).Norm, sn.objects) {
					d.objectNouns[i] = true
					break
				}
			}
		}
	}
	// "had spoken by phone twice this year, in February and September":
	// one event for each date of a list.
	if !date.IsZero() {
		n := len(out)
		others := d.listedDates(date, clause)
		if first, ok := dayRun(date, others); ok {
			// "a state visit on Thursday and Friday": one visit over
			// days in a row, dated by its first.
			for i := range out[:n] {
				out[i].Date = first
			}
			others = nil
		}
		for _, other := range others {
			for _, e := range out[:n] {
				e.Date = other
				out = append(out, e)
			}
		}
		if len(others) == 0 {
			// "met in Beijing on May 16, 2024, and again in Kazan in
			// October": the meeting again, where and when it was.
			for _, ag := range d.againAfter(date, clause.Start, b) {
				for i, e := range out[:n] {
					e.Date = ag.date
					if ag.place != nil {
						if e.Location != nil && *e.Location == *ag.place {
							out[i].Location = nil // the place of the second time, not the first
						}
						e.Location = ag.place
					}
					out = append(out, e)
				}
			}
		}
	}
	return out, true
}

// again is one more time an act was done, told after "and again".
type again struct {
	date  parley.Date
	place *parley.Place
}

// againAfter reads ", and again in Kazan in October" after the date
// expression whose value is date, from offset from up to token b: the
// date and place of the act done again.
func (d *doc) againAfter(date parley.Date, from, b int) []again {
	var out []again
	for xi, x := range d.in.Dates {
		if x.Value != date || x.Span.Start < from {
			continue // (a date of the same value in a sentence before is another act's)
		}
		i := d.tokenAt(x.Span.End)
		if i < b && d.tok(i).Is(",") {
			i++
		}
		if i+1 >= b || !d.tok(i).Is("and") || !d.tok(i+1).Is("again") {
			continue
		}
		i += 2
		var ag again
		for i < b && !d.tok(i).Is(",", ";", ".") {
			if j := d.dateStartingAt(i, xi); j >= 0 {
				ag.date = d.in.Dates[j].Value
				i = d.tokenAt(d.in.Dates[j].Span.End)
				continue
			}
			if p := d.placeStartingAt(i); p != nil && i > 0 && d.tok(i-1).Is("in", "at") {
				ag.place = p
			}
			i++
		}
		if !ag.date.IsZero() {
			out = append(out, ag)
		}
		break
	}
	return out
}

// dateStartingAt returns the date expression (other than skip) whose
// span starts at or just before token i ("in October" or "October"), or -1.
func (d *doc) dateStartingAt(i, skip int) int {
	for j, x := range d.in.Dates {
		if j != skip && !x.Value.IsZero() && d.tokenAt(x.Span.Start) == i {
			return j
		}
	}
	return -1
}

// placeStartingAt returns the place whose span starts at token i, or nil.
func (d *doc) placeStartingAt(i int) *parley.Place {
	for _, p := range d.in.Places {
		if d.tokenAt(p.Span.Start) == i {
			return &parley.Place{Name: p.Name, Country: p.Country}
		}
	}
	return nil
}

// thatSubject returns the actor opening the that-clause after a told-to
// object ("told Mr. Jaishankar that India must …"), or nil.
func (d *doc) thatSubject(from, ce int) []string {
	for i := from; i < ce && i <= from+6; i++ {
		if !d.tok(i).Is("that") {
			continue
		}
		j := i + 1
		if j < ce && d.tok(j).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j); ok && j < ce && m.Via != parley.ViaPronoun {
			return d.coordinated(m, d.mentionEnd(j), ce) // "told reporters that Islamabad and Kabul should …": both
		}
		return nil
	}
	return nil
}

// ownPronounClause reports whether a pronoun standing for the subject,
// then a modal, opens at i: the clause said, its "that" left out ("warned
// it would strike", "said they will respond").
func (d *doc) ownPronounClause(i, ce int, subj []string) bool {
	m, ok := d.mentionAt(i)
	if !ok || m.Via != parley.ViaPronoun || len(m.Actors) != 1 || !d.sameSide(subj, m.Actors[0]) {
		return false
	}
	e := d.mentionEnd(i)
	return e+1 < ce && d.tok(e).Is("would", "will", "could", "might", "may", "must", "'d", "’d", "'ll", "’ll")
}

// beneficiaryAt reports whether the name starting at i is the one an act
// is done for rather than at: "to restore ousted President Bazoum", "to
// protect Taiwan", past an adjective or a title.
func (d *doc) beneficiaryAt(i int) bool {
	j := i - 1
	for j > 0 && i-j <= 2 && d.cover[j] < 0 && d.tok(j).Kind == token.Word && !d.tok(j).Is("restore", "reinstate", "protect", "defend", "rescue", "save") {
		j-- // "restore ousted President …"
	}
	return j >= 0 && d.tok(j).Is("restore", "reinstate", "protect", "defend", "rescue", "save")
}

// envoyStateBefore returns the state whose envoy the sentence named
// before the expulsion at k, for a pronoun that stands for that envoy:
// "Mexico recalled its ambassador to Peru after Lima declared him persona
// non grata" (its: the state that opens the clause), "… Spain's
// ambassador …". Nil when none, or the expeller's own.
func (d *doc) envoyStateBefore(k, a int, subj []string) []string {
	for i := k - 1; i > a; i-- {
		if !d.tok(i).Is("ambassador", "envoy", "chargé", "charge", "consul") {
			continue
		}
		var st string
		switch p := i - 1; {
		case d.tok(p).Is("its", "their"):
			for j := a; j < p; j++ {
				if m, ok := d.mentionAt(j); ok && len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") {
					st = m.Actors[0]
					break
				}
			}
		case p > 0 && d.possessiveAt(p) && d.cover[p-1] >= 0:
			if m, ok := d.mentionAt(p - 1); ok && len(m.Actors) == 1 {
				st = m.Actors[0]
			}
		}
		if st == "" || d.sameSide(subj, st) {
			return nil
		}
		return []string{st}
	}
	return nil
}

// stateAskedBy returns the state that subj's side last asked or
// charged within two sentences before k: whose envoy a bare "the consul"
// expelled at k is ("demanded that the consul leave the country …
// expelled the consul"), or whom a threat in a quotation naming no one
// is aimed at ("we urge the US to stop … China will take firm
// measures"). Nil when none.
func (d *doc) stateAskedBy(k int, subj string) []string {
	here, own := d.sentenceIndex(d.tok(k).Start), d.countryOf(subj)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return here-d.sentenceIndex(e.Trigger.Start) <= 2 && (e.Type == parley.Request || e.Type == parley.Accuse) &&
			own != "" && d.countryOf(e.Source.ID) == own && strings.HasPrefix(e.Target.ID, "state:") && d.countryOf(e.Target.ID) != own
	})
	if e == nil {
		return nil
	}
	return []string{e.Target.ID}
}

// partnerOfTalkBefore returns the one the subject met or called in the
// predicate joined to the verb k by "and": "Macron telephoned Pezeshkian
// on Saturday and urged restraint" urged Pezeshkian. Nil when the act
// coded last before k in its sentence is no such talk of the subject's.
func (d *doc) partnerOfTalkBefore(k, a int, subj []string) []string {
	if prev, _ := d.coordinatedVerb(k, a); prev == nil || len(subj) != 1 {
		return nil
	}
	at := parley.Span{Start: d.tok(k).Start, End: d.tok(k).End}
	e := d.lastBefore(k, func(e *parley.Event) bool { return e.Evidence.Span.Contains(at) })
	if e == nil || e.Type != parley.Consult || e.Status != parley.Occurred || e.Source.ID != subj[0] || e.Target.IsZero() {
		return nil
	}
	return []string{e.Target.ID}
}

// relativeActOwner returns the doer of the act told just before ", which"
// when the relative's subject starts at subjStart and judges that act:
// in "The Arab League passed a resolution backing Cairo's position, which
// Ethiopia rejected", what Ethiopia rejected is the League's. Nil when no
// act of this sentence ends before the comma, or it is the subject's own.
func (d *doc) relativeActOwner(subjStart int, subj []string) []string {
	if subjStart < 2 || !d.tok(subjStart-1).Is("which") || !d.tok(subjStart-2).Is(",") {
		return nil
	}
	comma := d.tok(subjStart - 2).Start
	e := d.lastBefore(subjStart-2, func(e *parley.Event) bool { return e.Evidence.Span.Contains(parley.Span{Start: comma, End: comma + 1}) })
	if e == nil || e.Source.IsZero() || slices.Contains(subj, e.Source.ID) || d.sameSide(subj, e.Source.ID) {
		return nil
	}
	return []string{e.Source.ID}
}

// statehoodWithheld reports whether trigger k tells a state, a body or a
// government not recognised: "Serbia does not recognise Kosovo",
// "Kazakhstan would not recognise the self-proclaimed Donetsk republic"
// withhold the support recognition is, where "did not recognise the
// court" or the result of a vote turns something down.
func (d *doc) statehoodWithheld(k, ce int) bool {
	if !d.tok(k).Is("recognise", "recognised", "recognises", "recognize", "recognized", "recognizes") {
		return false
	}
	j := k + 1
	for j < ce && j-k <= 3 && d.cover[j] < 0 && d.tok(j).Kind == token.Word && !d.tok(j).Upper {
		j++ // "the self-proclaimed Donetsk People's Republic"
	}
	if j >= ce || d.cover[j] < 0 {
		return false
	}
	for _, id := range d.in.Mentions[d.cover[j]].Actors {
		if a := d.actors[id]; a == nil || a.Kind == parley.Person || d.court(id) {
			return false
		}
	}
	return true
}

// gestureVerbs take as object the person a gesture is made to, whom a
// pronoun may stand for after "refused to", "declined to".
var gestureVerbs = []string{"meet", "receive", "see", "congratulate", "give", "invite", "thank", "recognise", "recognize",
	"welcome", "host", "accept", "call", "phone", "support", "back", "endorse", "answer"}

// complementTarget finds the actor an embedded act is aimed at: after
// "to <verb>" or "that", the first actor named in the clause other than
// the subject and its own state.
func (d *doc) complementTarget(k, ce int, subj []string, list bool) []string {
	i := d.afterTimePhrase(k+1, ce) // "warned on Monday that …"
	if i+2 < ce && d.tok(i).Is("itself", "themselves") {
		i++ // "committed itself not to …"
	}
	if i+2 < ce && d.tok(i).Is("not", "never") && d.tok(i+1).Is("to") {
		i++ // "agreed not to block Sweden's bid": the act given up
	}
	switch {
	case i+1 < ce && d.tok(i).Is("to"):
		i += 2
	case i+3 < ce && d.tok(i).Is("a", "an", "its", "their") && d.tok(i+1).Is("bid", "application", "applications") && d.tok(i+2).Is("to"):
		i += 4 // "lodged a bid to join NATO": the bid's own infinitive
	case i < ce && d.tok(i).Is("that"):
		i++
		if i < ce && d.tok(i).Is("if", "unless", "should") {
			i++ // "warned that if Israel made another mistake, …": the one the condition names
		}
		if n := d.attackOpening(i, ce); n >= 0 {
			return d.attackerOf(i, n, ce, subj)
		}
	case d.ownPronounClause(i, ce, subj):
		// "warned it would strike Israel": a "that" left out
	default:
		return nil
	}
	own := map[string]bool{}
	for _, id := range subj {
		own[id] = true
		if c := d.countryOf(id); c != "" {
			own["state:"+c] = true
		}
	}
	for start := i; i < ce && i <= start+12; i++ {
		if d.cover[i] < 0 {
			if d.tok(i).Is("before") && i > 0 && d.tok(i-1).Is("appear", "testify", "stand", "come", "go") {
				continue // "refused to appear before Congress": before whom, no time
			}
			if rightBoundaries[norm(d.tok(i))] || d.quoted[i] || d.byParticipleAside(i, ce) {
				break // ("refused to recognise it, backed by Russia and China": the backers)
			}
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		at := i
		i = d.mentionEnd(i) - 1
		// "refused to congratulate him", "declined to receive her": the
		// one a gesture is made to (not "refused to recall him", whose
		// envoy he is, nor "to let him speak")
		objectPronoun := at == start && d.tok(at).Is("him", "her") && (d.tok(at-1).Is(gestureVerbs...) || d.tok(at-1).Is("take") && d.tok(at+1).Is("in")) // ("agreed to take him in")
		if len(m.Actors) != 1 || own[m.Actors[0]] || m.Via == parley.ViaPronoun && !objectPronoun || d.sameSide(subj, m.Actors[0]) {
			continue
		}
		if d.tok(d.mentionStart(at)-1).Is("in", "at") {
			continue // "agreed to meet again in Brazil": where, not with whom
		}
		if st := d.mentionStart(at); st >= 2 && companionWith(d, st-1) || d.tok(st-1).Is("alongside") {
			continue // "applied to join the alliance together with Sweden": a companion
		}
		if d.beneficiaryAt(d.mentionStart(at)) {
			continue // "threatened to use force to restore ousted President Bazoum": he is to gain
		}
		if d.inTitle(d.mentionStart(at)) {
			continue // "U.S. Ambassador to the European Union Gordon Sondland": part of a title
		}
		if m.Via == parley.ViaAdjective && !(i+1 < ce && (stateActs[d.tok(i+1).Norm] || statePeople[d.tok(i+1).Norm])) && !d.penaltyOn(d.mentionStart(i)) {
			continue
		}
		if m.Via != parley.ViaAdjective && list {
			// "to impose the tariffs on Mexico, Canada and China"
			var ids []string
			for _, id := range d.coordinated(m, i+1, ce) {
				if !own[id] && !d.sameSide(subj, id) {
					ids = append(ids, id)
				}
			}
			return ids
		}
		return m.Actors
	}
	if !list {
		return nil
	}
	// "warned that they would use all the instruments at their
	// disposal, including sanctions, against Turkey": the one a threat or
	// demand is aimed at may come late in a long complement, past a list
	// the clause otherwise ends at.
	_, b := d.tokensOf(d.sentenceAround(k))
	for j := i; j+1 < b; j++ {
		if j == ce && j+1 < b && d.tok(j).Is(",") && d.tok(j+1).Is("including") {
			ce = d.clauseEnd(j+1, b)
		} else if j >= ce {
			return nil
		}
		if d.quoted[j] || d.tok(j).Is(";") {
			return nil
		}
		// "… against Turkey"; "… if Turkey's unilateral actions
		// continued", "unless Russia withdraws": the condition's actor.
		if !d.tok(j).Is("against", "if", "unless") || d.cover[j+1] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[j+1]]
		if len(m.Actors) == 1 && !own[m.Actors[0]] && m.Via != parley.ViaPronoun && !d.sameSide(subj, m.Actors[0]) {
			return m.Actors
		}
	}
	return nil
}

// avengedDeedOwner returns whose deed a vow of revenge at k answers, when
// "for" names it by its doer: "vowed revenge for the Israeli strike",
// "promised retaliation for Hamas's attack"; nil otherwise (not "for the
// killing of Soleimani": the victim is named there, not the doer).
func (d *doc) avengedDeedOwner(k, ce int, subj []string) []string {
	for i := k + 1; i+2 < ce && i <= k+5; i++ {
		if !d.tok(i).Is("revenge", "retaliation", "vengeance", "reprisals", "reprisal", "response") || !d.tok(i+1).Is("for") {
			continue
		}
		j := i + 2
		if d.tok(j).Is("the", "this", "that") && d.cover[j] < 0 {
			j++
		}
		if d.cover[j] < 0 {
			return nil
		}
		m := d.in.Mentions[d.cover[j]]
		if len(m.Actors) != 1 || d.sameSide(subj, m.Actors[0]) || m.Via == parley.ViaPronoun {
			return nil
		}
		e := d.mentionEnd(j)
		if d.tok(e).Is("'s", "’s") {
			e++
		}
		if e < ce {
			if _, deed := impliedDeedKind(d.tok(e).Norm); deed || haltedActs[d.tok(e).Norm] ||
				d.tok(e).Is("strike", "raid", "raids", "airstrike", "assassination", "seizure", "incursion", "incursions", "invasion") {
				return d.statesOf(m.Actors)
			}
		}
		return nil
	}
	return nil
}

// missionState returns the state whose embassy or consulate abroad id
// is, when the article names that state and the act is force or a
// penalty: what is done to "the Mexican embassy in Quito" is done to
// Mexico (a protest lodged with an embassy stays the embassy's). Else id.
func (d *doc) missionState(id string, typ parley.EventType) string {
	a := d.actors[id]
	if a == nil || !missionActs[typ] || a.Kind != parley.Organization || a.Country == "" {
		return id
	}
	if n := strings.ToLower(a.Name); !strings.HasPrefix(n, "embassy of ") && !strings.HasPrefix(n, "consulate of ") {
		return id
	}
	if st := "state:" + a.Country; d.actors[st] != nil {
		return st
	}
	return id
}

var missionActs = map[parley.EventType]bool{parley.Assault: true, parley.Coerce: true, parley.Sanction: true, parley.Protest: true}

// attackOpening returns the attack noun a that-clause opens with, past
// its article and modifiers ("that any attack on Taiwan would …", "that
// a Chinese invasion of Taiwan …"), or -1.
func (d *doc) attackOpening(i, ce int) int {
	for j := i; j < ce && j-i <= 3; j++ {
		t := d.tok(j)
		switch {
		case attackNouns[t.Norm] && d.cover[j] < 0:
			if j+1 < ce && d.tok(j+1).Is("on", "of", "against", "by", "would", "will", "could", "might") {
				return j
			}
			return -1
		case d.cover[j] >= 0 && d.in.Mentions[d.cover[j]].Via == parley.ViaAdjective:
			j = d.mentionEnd(j) - 1
		case !t.Is("any", "a", "an", "the", "further", "new", "possible", "future", "military", "armed", "fresh") && !weaponWords[t.Norm] &&
			!(t.Kind == token.Word && !t.Upper && (adjectiveLike(t) || strings.Contains(t.Text, "-"))): // "a full-scale invasion"
			return -1
		}
	}
	return -1
}

var attackNouns = map[string]bool{"attack": true, "attacks": true, "invasion": true, "assault": true, "aggression": true,
	"strike": true, "strikes": true, "incursion": true, "offensive": true, "blockade": true, "annexation": true}

// attackerOf returns who would make the attack named by the noun at n
// that opens a warning's clause at i: its country word ("any Russian
// aggression"), its "by" ("an invasion of Taiwan by China") or the
// one told acting against the attacked. The one attacked is no target
// of the warning ("warned that any attack on Taiwan would …": none
// named).
func (d *doc) attackerOf(i, n, ce int, subj []string) []string {
	for j := i; j < n; j++ {
		if d.cover[j] < 0 {
			continue
		}
		if m := d.in.Mentions[d.cover[j]]; len(m.Actors) == 1 && !d.sameSide(subj, m.Actors[0]) {
			return m.Actors
		}
	}
	if by := d.nounAgent(n, ce); len(by) == 1 && !d.sameSide(subj, by[0]) {
		return by
	}
	// Not named in the clause: whoever the article told attacking the
	// one it would fall on ("China staged drills around Taiwan … Japan
	// warned that any attack on Taiwan would …": China).
	if n+2 < ce && d.tok(n+1).Is("on", "of", "against") {
		if m, ok := d.mentionAt(n + 2); ok && len(m.Actors) == 1 {
			if by := d.assailantOf(m.Actors, n); len(by) == 1 && !d.sameSide(subj, by[0]) {
				return by
			}
		}
	}
	return nil
}

// statePeople after a country word stand for that state's people held or
// returned: "refused to return the Ukrainian children".
var statePeople = map[string]bool{"children": true, "prisoners": true, "hostages": true, "citizens": true,
	"nationals": true, "soldiers": true, "detainees": true, "captives": true, "servicemen": true, "sailors": true}

// proposedTerms are, besides the proposal nouns, what a side proposes.
var proposedTerms = map[string]bool{"ceasefire": true, "truce": true, "resolution": true, "draft": true, "terms": true, "formula": true, "package": true,
	"ruling": true, "verdict": true, "judgment": true, "judgement": true,
	// "rejected remarks by the Indian army chief": words answered as their speaker's
	"remarks": true, "remark": true, "comments": true, "statement": true, "statements": true, "assertion": true, "assertions": true,
	"suggestion": true, "suggestions": true}

// proposer returns who made the proposal that the object of a rejection
// or acceptance names: by its country word ("the Egyptian proposal", "the
// Chinese peace plan") or after "by" ("a ceasefire proposed by Ukraine",
// "a proposal put forward by Egypt"). It leaves out the subject's side.
func (d *doc) proposer(from, ce int, subj []string) []string {
	for i := from; i < ce && i <= from+6; i++ {
		if !proposalNouns[d.tok(i).Norm] && !proposedTerms[d.tok(i).Norm] {
			continue
		}
		// a country word a word or two before the noun, or its owner:
		// "Egypt's ceasefire plan"
		for j := i - 1; j >= from && i-j <= 3; j-- {
			if d.possessiveAt(j) && j > from && d.cover[j-1] >= 0 {
				m := d.in.Mentions[d.cover[j-1]]
				if len(m.Actors) == 1 && !d.sameSide(subj, m.Actors[0]) {
					return m.Actors
				}
				break
			}
			if d.cover[j] >= 0 {
				m := d.in.Mentions[d.cover[j]]
				if m.Via == parley.ViaAdjective && len(m.Actors) == 1 && !d.sameSide(subj, m.Actors[0]) {
					return m.Actors
				}
				break
			}
		}
		// "… put forward by Egypt", "… proposed by Ukraine", "the ruling
		// of the International Court of Justice"
		for j := i + 1; j < ce && j <= i+5; j++ {
			if d.tok(j).Is(",", ";", "and") {
				break
			}
			if d.tok(j).Is("by") || j == i+1 && j+2 < ce && d.tok(j).Is("of") && d.cover[j+1] < 0 && d.tok(j+1).Is("the") && d.cover[j+2] >= 0 {
				if d.tok(j).Is("of") {
					j++ // "of the …"
				}
				if m, ok := d.mentionAt(j + 1); ok && len(m.Actors) == 1 && !d.sameSide(subj, m.Actors[0]) {
					return m.Actors
				}
				if by := d.agentAfter(j-1, ce, "by"); j == i+1 && d.tok(j).Is("by") && len(by) == 1 && !d.sameSide(subj, by[0]) {
					return by // "remarks by Indian Army chief Gen Bipin Rawat": past the adjective and the title
				}
				break
			}
		}
		return nil
	}
	return nil
}

// reactionVerbs judge a deed named after them.
var reactionVerbs = map[string]bool{"condemned": true, "condemn": true, "condemns": true, "welcomed": true, "welcome": true,
	"welcomes": true, "criticised": true, "criticized": true, "criticise": true, "criticize": true, "praised": true,
	"praise": true, "hailed": true, "hail": true, "denounced": true, "denounce": true, "slammed": true, "slam": true,
	"applauded": true, "opposed": true, "oppose": true, "rejected": true, "reject": true, "deplored": true,
	"protested": true, "decried": true, "blasted": true, "lambasted": true}

// reactedTo reports whether the meeting noun at k is what a reaction
// verb right before it judges: "condemned the meeting", "welcomed the
// talks between Seoul and Tokyo".
func (d *doc) reactedTo(k, a int) bool {
	i := k - 1
	for i > a && (d.tok(i).Is("the", "this", "that", "these", "their", "its", "his", "her", "a") || d.cover[i] >= 0 ||
		d.tok(i).Is("planned", "upcoming", "recent", "latest", "first", "second", "trilateral", "bilateral", "joint")) {
		i--
	}
	if k+1 < len(d.in.Tokens) && d.tok(k+1).Is("between", "with") {
		return false // "welcomed the talks between Serbia and Kosovo": they held them
	}
	if _, se := d.tokensOf(d.sentenceAround(k)); d.ofDoer(k, se) != nil || d.nounAgent(k, se) != nil {
		return false // "condemned the visit of Pelosi to Taiwan": she made it
	}
	return i >= a && i < k-1 && reactionVerbs[d.tok(i).Norm]
}

// stanceNouns name a stance toward an act, not the act itself.
var stanceNouns = map[string]bool{"opposition": true, "objection": true, "objections": true, "criticism": true,
	"complaint": true, "complaints": true, "anger": true, "resistance": true, "support": true, "reservations": true}

// stanceOn reports whether the noun at k is what a stance bears on:
// "dropped its opposition to the sanctions on Russia", "criticism of the
// tariffs".
func (d *doc) stanceOn(k, a int) bool {
	i := k - 1
	for i > a && d.tok(i).Is("the", "new", "further", "more", "any", "fresh", "these", "those") {
		i--
	}
	return i > a && d.tok(i).Is("to", "of", "against", "about", "over", "for") && stanceNouns[d.tok(i-1).Norm]
}

// hostileVerbs are acts against someone: agreeing to them is agreeing
// among the ones who act, not with the one acted on.
var hostileVerbs = map[string]bool{"impose": true, "bar": true, "ban": true, "expel": true, "sanction": true,
	"attack": true, "strike": true, "punish": true, "suspend": true, "freeze": true, "block": true, "blacklist": true,
	"penalize": true, "penalise": true, "target": true, "restrict": true, "isolate": true, "boycott": true,
	"condemn": true, "halt": true, "cut": true}

// hostileComplement reports whether the verb of the "to" complement after
// the trigger at k is a hostile act: "EU leaders agreed to impose
// sanctions on Belarus" agrees with no one in Belarus.
func (d *doc) hostileComplement(k, ce int) bool {
	i := d.afterTimePhrase(k+1, ce)
	return i+1 < ce && d.tok(i).Is("to") && hostileVerbs[d.tok(i+1).Norm]
}

// penaltyOn reports whether the country word at i is what a measure falls
// on: "tariffs on Chinese goods", "on $200 billion of Chinese imports",
// "sanctions against Russian banks".
func (d *doc) penaltyOn(i int) bool {
	if i < 2 {
		return false
	}
	p := d.tok(i - 1)
	if p.Is("of") && d.tok(i-2).Is("worth", "billion", "million", "trillion", "bn") {
		return true
	}
	if !p.Is("on", "against") {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if d.tok(j).Is("tariffs", "tariff", "sanctions", "duties", "levies", "restrictions", "curbs", "penalties", "embargo", "bans", "ban") {
			return true
		}
	}
	return false
}

// laterOwner finds, for captives freed or aid sent, the state they belong
// to when the clause names it after the noun.
func (d *doc) laterOwner(from, ce int, subj []string) []string {
	own := map[string]bool{}
	for _, id := range subj {
		own[id] = true
		if c := d.countryOf(id); c != "" {
			own["state:"+c] = true
		}
	}
	for i := from; i < ce && i <= from+10; i++ {
		if d.cover[i] < 0 {
			if d.tok(i).Is("and") && (d.finiteVerbAt(i+1) || i > from && d.tok(i-1).Is(",") && d.tok(i+1).Is("a", "an", "the")) {
				return nil // "… and sent them to Qatar", "…, and a Qatari flight landed": another act
			}
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		if d.mediatorAfter(i, ce) || d.goBetweenAt(i) {
			return nil // "exchanged 95 prisoners, with the UAE mediating", "after mediation by Oman": a go-between, no captive's side
		}
		i = d.mentionEnd(i) - 1
		if len(m.Actors) == 1 && !own[m.Actors[0]] && m.Via != parley.ViaPronoun {
			return m.Actors
		}
	}
	return nil
}

// visitedState returns the state of the place a visit goes to ("to
// Beijing", "in Tokyo"), named by the place.
func (d *doc) visitedState(k, ce int) []string {
	if d.tok(k).Is("visited", "visit", "visits", "visiting") {
		for i := k + 1; i < ce && i <= k+7 && d.cover[i] < 0 && !d.tok(i).Is("in", "to", ","); i++ {
			if siteNouns[d.tok(i).Norm] {
				return nil // "visited the Gush Etzion settlement bloc in the West Bank": a site, no host
			}
		}
		return d.placeState(k, ce, "to", "in", "") // "visited Moscow"
	}
	if d.tok(k).Is("arrived", "arrive", "arrives", "arriving") {
		// "arrived in the southern city of Guilin on Monday …, days after a
		// meeting in Alaska": only the place the arrival names.
		end := k + 1
		for end < ce && end <= k+7 && !d.tok(end).Is(",", ";", "for", "after", "before", "on") {
			end++
		}
		return d.placeState(k, end, "in")
	}
	return d.placeState(k, ce, "to", "in")
}

// placeState returns the state of the first place after trigger k that
// one of the prepositions governs: "recalled its envoy from Moscow" →
// Russia.
func (d *doc) placeState(k, ce int, preps ...string) []string {
	sp := d.spanOf(k, max(ce, k+1))
	for n, p := range d.in.Places {
		if !sp.Contains(p.Span) || p.Country == "" {
			continue
		}
		i := d.tokenAt(p.Span.Start)
		if d.strayPlace(p) && !(slices.Contains(preps, "") && i == k+1 && d.tok(k).Is("visited", "visit", "visits", "visiting")) && !(p.Capital && d.travelVerbAt(k)) {
			// (but "had visited Moscow" names its host, however few
			// Russians the story names, and a journey goes to a capital:
			// "will travel to Doha and Amman")
			continue
		}
		if i > 1 && d.tok(i-1).Is("southern", "northern", "eastern", "western", "central", "north", "south", "east", "west") {
			i-- // "from southern Lebanon"
		}
		farAs := i > 3 && slices.Contains(preps, "at") && d.tok(i-1).Is("as") && d.tok(i-2).Is("far") && d.tok(i-3).Is("as") // "fired rockets as far as Tel Aviv"
		if farAs || i > 0 && d.tok(i-1).Is(preps...) || i > 1 && d.tok(i-1).Is("the") && d.tok(i-2).Is(preps...) ||
			slices.Contains(preps, "") && (i == k+1 || i == k+2 && d.tok(k+1).Is("the") ||
				i > k+2 && i <= k+5 && d.tok(i-1).Is("of") && placeNouns[d.tok(i-2).Norm]) { // the place is the direct object: "shelled Kharkiv", "captured the city of Bukavu"
			return d.placeList(n, sp)
		}
	}
	return nil
}

// placeSubject returns the state of a place that opens the clause at cs
// before k, as the subject of a passive: "Kharkiv was shelled", "The port
// city of Odesa was hit".
func (d *doc) placeSubject(cs, k int) []string {
	sp := d.spanOf(cs, k)
	for n, p := range d.in.Places {
		if !sp.Contains(p.Span) || p.Country == "" || d.strayPlace(p) {
			continue
		}
		i := d.tokenAt(p.Span.Start)
		if i == cs || i == cs+1 && d.tok(cs).Is("the") || i > cs+1 && d.tok(i-1).Is("of") && d.tok(cs).Is("the") && i-cs <= 5 {
			return d.placeList(n, sp)
		}
	}
	return nil
}

// strayPlace reports whether place p lies in a state the article never
// names while it names three others: "attacked the coastal town of Palma"
// in a story about Mozambique, Rwanda and their neighbours is no town of
// Spain's, whatever city of the name the knowledge base knows. (A short
// text may leave the state to its city: "Russia shelled Kharkiv".)
func (d *doc) strayPlace(p PlaceMention) bool {
	if d.actors["state:"+p.Country] != nil {
		return false
	}
	n := 0
	for id := range d.actors {
		if strings.HasPrefix(id, "state:") {
			n++
		}
	}
	return n >= 3
}

// forwardedTo returns the state or actor that help sent to obj is meant
// for when the clause names one further on, after "for delivery to", "for
// onward delivery to", "for distribution in" or "for" alone: the help
// passes through obj on its way. Nil when none is named or it is obj.
func (d *doc) forwardedTo(k, ce int, obj []string) []string {
	for i := k + 1; i+1 < ce; i++ {
		if !d.tok(i).Is("for") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("onward") {
			j++
		}
		if d.tok(j).Is("delivery", "distribution", "transfer", "transport", "shipment") && j+1 < ce && d.tok(j+1).Is("to", "in", "into") {
			j += 2
		}
		var to []string
		if m, ok := d.mentionAt(j); ok && d.mentionStart(j) == j {
			to = m.Actors
		} else {
			to = d.placeState(j-1, min(ce, j+3), "")
		}
		if len(to) == 1 && !slices.Contains(obj, to[0]) {
			return to
		}
		return nil
	}
	return nil
}

// apposedMoveDoer returns, for a participle at k that follows "a move",
// "a step" or "a decision" set off by a comma after a clause ("…, a move
// welcomed by the EU", "…, in a step criticised by Russia"), the subject
// of that clause: the move is what it did. Else nil.
func (d *doc) apposedMoveDoer(k, a int) []string {
	n := k - 1
	if n-2 < a || !d.tok(n).Is("move", "step", "decision", "measure", "development", "gesture") || !d.tok(n-1).Is("a", "an") {
		return nil
	}
	c := n - 2
	if d.tok(c).Is("in") {
		c--
	}
	if c <= a || !d.tok(c).Is(",") {
		return nil
	}
	return d.clauseSubject(a, c)
}

// envoyPostedTo returns the state an envoy named in tokens [cs, k) is posted
// to: "Kenya's ambassador to Somalia", "the French envoy in Bamako".
func (d *doc) envoyPostedTo(cs, k int) []string {
	for j := cs; j+2 < k; j++ {
		if !d.tok(j).Is("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul", "chargé", "charge") || !d.tok(j+1).Is("to", "in") {
			continue
		}
		if m, ok := d.mentionAt(j + 2); ok && len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") {
			return m.Actors
		}
		return d.placeState(j+1, min(k, j+5), "in", "to")
	}
	return nil
}

// whereState returns the state of the place a relative "where" clause
// holding k is told of — "hosted Luxon in Apia, where he pledged" — when
// it is not the doer's own: what is given there is given to its host.
func (d *doc) whereState(k, a int, doer string) []string {
	w := k - 1
	for w > a && k-w <= 4 && !d.tok(w).Is("where") {
		w--
	}
	if w <= a+1 || !d.tok(w).Is("where") || !d.tok(w-1).Is(",") {
		return nil
	}
	end := d.tok(w - 1).Start
	for _, p := range d.in.Places {
		if p.Country == "" || p.Span.End > end || strings.TrimSpace(d.in.Text[p.Span.End:end]) != "" || p.Country == d.countryOf(doer) {
			continue
		}
		return []string{"state:" + p.Country}
	}
	return nil
}

// placeList returns the states of place n and of the places joined to it
// by "and" or commas within sp: "to Tokyo and Seoul", "in Paris, Berlin
// and Rome".
func (d *doc) placeList(n int, sp parley.Span) []string {
	run := d.placeRun(n, sp, true)
	ids := []string{"state:" + run[0].Country}
	for _, p := range run[1:] {
		if p.Country != "" {
			ids = append(ids, "state:"+p.Country)
		}
	}
	return uniq(ids)
}

// placeRun returns place n and the places of sp joined to it in a list by
// commas and "and" (and "or" when or is set): "Berlin, Paris and
// Brussels".
func (d *doc) placeRun(n int, sp parley.Span, or bool) []PlaceMention {
	places := d.in.Places
	run := []PlaceMention{places[n]}
	for m := n + 1; m < len(places) && sp.Contains(places[m].Span); m++ {
		switch strings.TrimSpace(d.in.Text[places[m-1].Span.End:places[m].Span.Start]) {
		case "and", ",", ", and":
		case "or":
			if !or {
				return run
			}
		default:
			return run
		}
		run = append(run, places[m])
	}
	return run
}

// modifierOwner finds the state a nominal trigger belongs to through the
// country word right before it: "new U.S. sanctions" → the United States.
func (d *doc) modifierOwner(k, cs int) []string {
	for i := k - 1; i >= cs && i >= k-3; i-- {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		if m.Via == parley.ViaAdjective && len(m.Actors) == 1 && !concernCompound(m.Text) {
			return m.Actors
		}
		if e := d.mentionEnd(i); m.Via == parley.ViaName && len(m.Actors) == 1 && e < k && adjectiveLike(d.tok(e)) &&
			strings.HasPrefix(m.Actors[0], "state:") && d.tok(d.mentionStart(i)-1).Is("the", "a", "an") {
			return m.Actors // "the United States economic embargo": the name as a modifier, a kind of measure between
		}
		return nil
	}
	return nil
}

// alertedForces returns whose forces a passive "placed on alert" at k
// raised: the forces named ("the Guyana Defence Force"), the state of
// their country word ("Greek forces"), or, for bare "troops" in a clause
// an authority reports ("Ali said troops had been placed on full
// alert"), the speaker's state; else nil.
func (d *doc) alertedForces(k, a, b, cs int, patient []string) []string {
	if len(patient) == 1 && d.countryOf(patient[0]) != "" {
		return patient
	}
	if own := d.passiveOwner(k, cs); own != nil {
		return own
	}
	for j := k - 1; j > a && j >= k-8; j-- {
		if d.tok(j).Kind == token.Punct || d.cover[j] >= 0 {
			return nil
		}
		if d.sayVerbAt(j) {
			if sp, _, _ := d.statementParts(j, a, b); len(sp) == 1 && d.authority(sp[0]) && d.countryOf(sp[0]) != "" {
				return []string{"state:" + d.countryOf(sp[0])}
			}
			return nil
		}
	}
	return nil
}

// forcesOfState reports whether the passive verb at k is told of forces
// ("warships were deployed", "troops have been sent"), not weapons one may
// have bought ("Iranian drones were deployed"), whose subject is one
// state or its forces: "Chinese warships", "Russian troops".
func (d *doc) forcesOfState(k, cs int, subj []string) bool {
	if len(subj) != 1 || d.countryOf(subj[0]) == "" {
		return false
	}
	i := k - 1
	for i > cs && (auxWords[d.tok(i).Norm] || strings.HasSuffix(d.tok(i).Norm, "ly")) {
		i--
	}
	return i > cs && objectNoun(d.tok(i).Norm, forces)
}

// passiveOwner returns the state whose country word qualifies the noun
// just before the passive verb at k, when that noun is a state's own —
// its envoy, ships, troops or acts: "The British ambassador was
// detained", "a British-flagged oil tanker was seized", "the Russian
// move was condemned".
func (d *doc) passiveOwner(k, cs int) []string {
	i := k - 1
	for i > cs && (auxWords[d.tok(i).Norm] || strings.HasSuffix(d.tok(i).Norm, "ly")) {
		i-- // "was briefly detained"
	}
	if i <= cs || d.cover[i] >= 0 || !stateActs[d.tok(i).Norm] {
		return nil
	}
	for j := i - 1; j >= cs && j >= i-2; j-- {
		if d.cover[j] >= 0 {
			if m := d.in.Mentions[d.cover[j]]; m.Via == parley.ViaAdjective && len(m.Actors) == 1 {
				return m.Actors
			}
			return nil
		}
		if d.tok(j).Kind != token.Word || d.tok(j).Is("the", "a", "an", "and", "of") {
			return nil // "oil" in "British-flagged oil tanker" may stand between
		}
	}
	return nil
}

// concernCompound reports a compound whose state is what the noun after it
// concerns, not who acts: "China-specific tariffs", "Iran-related
// sanctions" (unlike "US-imposed sanctions").
func concernCompound(text string) bool {
	cut := strings.LastIndexByte(text, '-')
	if cut < 0 {
		return false
	}
	switch strings.ToLower(text[cut+1:]) {
	case "specific", "related", "bound", "focused", "linked", "made", "built", "owned", "flagged", "registered", "operated":
		return true
	}
	return false
}

// jointPartner reports whether obj is named, after trigger k, as the
// partner of a joint exercise or drill: "for the joint exercise with
// China", "for drills with Japan's navy".
func (d *doc) jointPartner(k, ce int, obj []string) bool {
	for i := k + 1; i+1 < ce; i++ {
		if !d.tok(i).Is("with") || !d.wordIn(max(k+1, i-3), i, exerciseNouns...) {
			continue
		}
		j := i + 1
		if d.tok(j).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j); ok && slices.ContainsFunc(m.Actors, func(id string) bool { return slices.Contains(obj, id) }) {
			return true
		}
	}
	return false
}

// reducedRelative returns the measure noun that the participle at k
// modifies ("the 15% tariffs on about $125 billion worth of Chinese goods
// imposed on Sept. 1"), or -1 when k has a subject of its own ("Trump
// imposed", "which were imposed").
func (d *doc) reducedRelative(k, cs int, nouns []string) int {
	if k == 0 || !strings.HasSuffix(d.tok(k).Norm, "ed") && !irregularParticiples[d.tok(k).Norm] { // ("the aid sent by Jordan")
		return -1
	}
	if d.cover[k-1] >= 0 && d.in.Mentions[d.cover[k-1]].Via != parley.ViaAdjective {
		return -1 // "Washington imposed"
	}
	for i := k - 1; i >= cs && i >= k-12; i-- {
		t := d.tok(i)
		switch {
		case d.cover[i] >= 0:
			continue
		case objectNoun(t.Norm, nouns):
			if i == k-1 || !d.tok(i+1).Is("that", "which") {
				return i
			}
			return -1
		case beForms[t.Norm] || t.Is("have", "has", "had", "that", "which", "who", "and", "or", "it", "they") || d.stop(i) || t.Is(",", ";", ":") || i < k-1 && d.finiteVerbAt(i):
			return -1
		}
	}
	return -1
}

// measureDated reports whether date is told by a measure's own participle
// after trigger k ("the tariffs on Chinese goods imposed on Sept. 1"),
// not by k's clause.
func (d *doc) measureDated(date parley.Date, k, cs, ce int) bool {
	for j := k + 1; j < ce; j++ {
		if !d.tok(j).Is("imposed", "introduced", "announced", "levied", "placed", "slapped", "enacted") || d.reducedRelative(j, cs, penalties) < 0 {
			continue
		}
		for _, x := range d.in.Dates {
			if i := d.tokenAt(x.Span.Start); i > j && i < ce && x.Value == date {
				return true
			}
		}
		return false
	}
	return false
}

// complementDated reports whether date comes from a time phrase inside
// the "to" complement of the verb at k, not from the verb's own clause.
func (d *doc) complementDated(date parley.Date, k, ce int) bool {
	to := -1
	for i := k + 1; i < ce && i <= k+4; i++ {
		if d.tok(i).Is("to") {
			to = i
			break
		}
	}
	if to < 0 {
		return false
	}
	for _, x := range d.in.Dates {
		if i := d.tokenAt(x.Span.Start); i > to && i < ce && (x.Value == date || date.IsZero()) {
			return true
		}
	}
	return false
}

// chargeDated reports whether date comes from the charge an accusation at
// k makes, after its "of", "for" or "over".
func (d *doc) chargeDated(date parley.Date, k, ce int) bool {
	open := -1
	for i := k + 1; i < ce && i <= k+8; i++ {
		if d.tok(i).Is("of", "for", "over") {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for _, x := range d.in.Dates {
		i, e := d.tokenAt(x.Span.Start), d.tokenAt(x.Span.End)
		if i <= open || i >= ce || x.Value != date || e >= len(d.in.Tokens) {
			continue
		}
		// a date that modifies a noun of the charge: "the October 7 attack"
		if d.tok(i-1).Is("the", "a", "an", "its", "his", "their", "'s", "’s") && d.tok(e).Kind == token.Word && !d.tok(e).Upper {
			return true
		}
	}
	return false
}

// datedDeeds are deeds a reaction names with their own day: "an
// explosion on Saturday", "the attack on Monday".
var datedDeeds = map[string]bool{"explosion": true, "explosions": true, "blast": true, "attack": true, "attacks": true,
	"bombing": true, "strike": true, "strikes": true, "raid": true, "incident": true, "crash": true, "shooting": true,
	"killing": true, "killings": true, "assassination": true, "coup": true,
	"invasion": true, "sabotage": true, "downing": true, "collision": true}

// deedDated reports whether date is the day of a deed a reaction at k
// answers rather than the reaction's own: the deed after "for" or "over"
// ("blamed Ukraine for an explosion on Saturday"), or the dated deed a
// relative clause holding k hangs on ("an explosion on Saturday …, which
// he blamed on Ukrainian special services").
func (d *doc) deedDated(date parley.Date, k, cs, ce int) bool {
	datedAt := func(n int) bool {
		// "the attack at Istanbul's Ataturk Airport on June 28": past the
		// place where the deed was done.
		if n+2 < ce && d.tok(n+1).Is("at", "in", "near") {
			for p := n + 2; p < ce && p-n <= 8 && !d.tok(p).Is(",", ";", "and") && !d.finiteVerbAt(p); p++ {
				if d.tok(p).Is("on") {
					n = p - 1
					break
				}
			}
		}
		for _, x := range d.in.Dates {
			i := d.tokenAt(x.Span.Start)
			// (Not "in March": "issued a warrant for his arrest in March"
			// dates the warrant.)
			if x.Value == date && (i == n+1 && !strings.HasPrefix(strings.ToLower(x.Text), "in ") || i == n+2 && d.tok(n+1).Is("on", "last")) {
				return true
			}
		}
		return false
	}
	for j := k + 1; j < ce && j <= k+8; j++ {
		if !d.tok(j).Is("for", "over") {
			continue
		}
		if j+1 < ce && d.tok(j+1).Is("years", "months", "weeks", "decades") {
			return false
		}
		for n := j + 1; n < ce && n <= j+4; n++ {
			if datedDeeds[d.tok(n).Norm] {
				return datedAt(n)
			}
		}
		return false
	}
	if sayVerbs[d.tok(k).Norm] || d.sympathyAt(k) {
		// What was said names the deed and its day: "said the strikes
		// answered an explosion on Saturday"; so do condolences
		// ("expressed his condolences to the families of the victims of
		// the attack at the airport on June 28").
		for n := k + 1; n < ce; n++ {
			if datedDeeds[d.tok(n).Norm] && datedAt(n) {
				return true
			}
		}
	}
	a, _ := d.tokensOf(d.sentenceAround(k))
	for r := k - 1; r > a && r >= k-4; r-- {
		if !d.tok(r).Is("which") {
			continue
		}
		for n := r - 1; n > a && n >= r-14; n-- {
			if datedDeeds[d.tok(n).Norm] {
				return datedAt(n)
			}
		}
		return false
	}
	return false
}

// sympathyAt reports whether the act at k offers sympathy: "condolences"
// itself or a verb that takes it ("expressed his deep condolences").
func (d *doc) sympathyAt(k int) bool {
	return d.wordIn(k, min(len(d.in.Tokens), k+4), "condolences", "condolence", "sympathy", "sympathies")
}

// mainAddress returns who spoke to whom in the clause before the
// participle at k: the one who "told" or "wrote to" someone ("Sasse told
// Hawk Sawyer, calling for …"). (Another act before it says nothing of
// whom the call is made: "Erdogan criticised Israel, calling for an
// international conference".)
func (d *doc) mainAddress(k, a int) (by, to []string) {
	for i := k - 2; i > a; i-- {
		if !d.tok(i).Is("told", "tells", "tell", "wrote", "writes", "addressed", "pressed") {
			continue
		}
		s, sok := d.mentionAt(i - 1)
		j := i + 1
		if j < k && d.tok(j).Is("to") {
			j++
		}
		if m, ok := d.mentionAt(j); ok && sok && d.mentionEnd(j) <= k {
			if p, _ := d.titledPerson(m, d.mentionEnd(j)); p != nil {
				return s.Actors, p.Actors // "told FBI Director Christopher Wray"
			}
			return s.Actors, m.Actors
		}
		return nil, nil
	}
	return nil, nil
}

// releaseHolder returns, for a demand whose object is someone's release
// ("the immediate release of Protasevich"), whoever the article said
// detained or seized them.
func (d *doc) releaseHolder(from, ce, b int) []string {
	c := d.releasedAt(from, ce)
	if c < 0 {
		return nil
	}
	m, ok := d.mentionAt(c)
	if !ok || len(m.Actors) != 1 {
		return d.heldByAfter(d.captivesEnd(c, b), b) // "two citizens held in Iranian custody"
	}
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if (e.Type == parley.Coerce || e.Type == parley.Assault || e.Type == parley.Sanction) && e.Target.ID == m.Actors[0] && e.Status == parley.Occurred && !e.Source.IsZero() {
			return []string{e.Source.ID} // "A court sentenced Sonko … demanding the release of Sonko"
		}
	}
	if h := d.heldByAfter(d.captivesEnd(c, b), b); h != nil {
		return h // (past the clause: ", who is held by Russia")
	}
	return d.heldAtHome(m.Actors[0])
}

// heldAtHome returns, for a captive the article names with no captor,
// the captive's own state when the captive holds or held office in it:
// "called for the release of former President Pedro Castillo" asks Peru.
// A private person may be held anywhere, so gets none.
func (d *doc) heldAtHome(id string) []string {
	a := d.actors[id]
	if a == nil || a.Kind != parley.Person || !a.Known || a.Country == "" || a.Role == "" || d.actors["state:"+a.Country] == nil {
		return nil
	}
	return []string{"state:" + a.Country}
}

// captivesEnd returns where the captives named from c end, past others
// joined to the first, known or not: "the release of Michael Kovrig and
// Michael Spavor, who are detained in China", "of Cecile Kohler and
// Jacques Paris, held in Iran". From c on no name, c itself.
func (d *doc) captivesEnd(c, b int) int {
	name := func(i int) int { // the end of a name at i, or i
		if d.cover[i] >= 0 {
			if m, _ := d.mentionAt(i); len(m.Actors) == 1 && d.actors[m.Actors[0]] != nil && d.actors[m.Actors[0]].Kind == parley.Person {
				return d.mentionEnd(i)
			}
			return i
		}
		j := i
		for j < b && j < i+3 && d.cover[j] < 0 && d.tok(j).Kind == token.Word && d.tok(j).Upper {
			j++
		}
		return j
	}
	e := name(c)
	if e == c {
		return c
	}
	for e+1 < b && d.tok(e).Is("and", ",") {
		n := name(e + 1)
		if n == e+1 {
			break
		}
		e = n
	}
	return e
}

// releasedAt returns where the captives of "the release of …" told from
// token from begin ("called for the immediate release of …"), or -1.
func (d *doc) releasedAt(from, ce int) int {
	i := from
	if i+1 < ce && d.tok(i).Is("for") {
		i++ // "called for the release of …"
	}
	for i < ce && i < from+6 && (determiners[d.tok(i).Norm] || d.tok(i).Is("immediate", "unconditional", "swift", "prompt", "safe", "and", "immediately", "urgent")) {
		i++
	}
	if i+2 >= ce || !d.tok(i).Is("release", "freeing") || !d.tok(i+1).Is("of") {
		return -1
	}
	return i + 2
}

// heldByAfter returns the captor the words from i name right after a
// captive: "Gershkovich, who is held by Russia", "Zaghari-Ratcliffe from
// an Iranian prison", "… held in Russian custody".
func (d *doc) heldByAfter(i, ce int) []string {
	for j := i; j < ce && j < i+8; j++ {
		t := d.tok(j)
		if t.Is("held", "detained", "jailed", "imprisoned", "captured", "abducted", "kidnapped") && j+2 < ce && d.tok(j+1).Is("by") {
			if by := d.namedAfter(j+2, ce); len(by) == 1 {
				return by // "held by Russia", "held by the Taliban", "held by Turkish police"
			}
			return nil
		}
		if t.Is("held", "detained", "jailed", "imprisoned") && j+2 < ce && d.tok(j+1).Is("in") {
			// "held in Iran": the state she is held in; "held in Iranian
			// custody" goes on to the custody word below.
			if m, ok := d.mentionAt(j + 2); ok && len(m.Actors) == 1 && m.Via != parley.ViaAdjective &&
				strings.HasPrefix(m.Actors[0], "state:") && d.mentionStart(j+2) == j+2 {
				return []string{m.Actors[0]}
			}
		}
		if t.Is("prison", "jail", "custody", "detention") && j > i {
			if c := d.cover[j-1]; c >= 0 && d.in.Mentions[c].Via == parley.ViaAdjective && len(d.in.Mentions[c].Actors) == 1 {
				return d.in.Mentions[c].Actors // "from an Iranian prison" (mentionAt leaves adjectives out)
			}
			return nil
		}
		if t.Is(",", "who", "is", "was", "are", "were", "being", "been", "has", "have", "still", "currently", "now",
			"held", "detained", "jailed", "imprisoned", "in") {
			continue // ", who is still held by Russia", "held in Iranian custody"
		}
		if j < i+3 && t.Kind == token.Word && t.Upper && d.cover[j] < 0 {
			continue // the captive's name, which the resolver did not know ("Cecile Kohler, held in …")
		}
		if d.stop(j) || t.Is("and", "but") {
			return nil
		}
	}
	return nil
}

// pronounReleaseHolder returns, for a demand of "his release" or "their
// immediate and unconditional release", whoever the article told
// detaining or seizing them in the deedWindow sentences before: the one
// the pronoun stands for when it is resolved, else the latest held
// (not by subj's side).
func (d *doc) pronounReleaseHolder(from, ce int, subj []string, k int) []string {
	if from+1 < ce && d.tok(from).Is("for") {
		from++ // "called for his release"
	}
	if from >= ce || !d.tok(from).Is("his", "her", "their") {
		return nil
	}
	i := from + 1
	for i < ce && i < from+5 && d.tok(i).Is("immediate", "unconditional", "swift", "prompt", "safe", "and", ",") {
		i++
	}
	if i >= ce || !d.tok(i).Is("release", "freeing") || i+1 < ce && d.tok(i+1).Is("of") {
		return nil
	}
	return d.detainerOf(from, subj, k)
}

// passiveReleaseHolder returns, for a demand that someone "be released"
// ("demanded that the four be released immediately", "urged that he be
// freed"), whoever the article told detaining or seizing them, as
// pronounReleaseHolder does; else nil.
func (d *doc) passiveReleaseHolder(from, ce int, subj []string, k int) []string {
	if from+2 >= ce || !d.tok(from).Is("that") {
		return nil
	}
	for j := from + 2; j < ce && j <= from+7; j++ {
		if d.tok(j).Is("released", "freed") && d.tok(j-1).Is("be") {
			return d.detainerOf(from+1, subj, k)
		}
		if d.stop(j) {
			return nil
		}
	}
	return nil
}

// detainerOf returns the doer of the latest detention or seizure told in
// the deedWindow sentences before k — of the one the mention at at names,
// when there is one — unless subj's own side did it.
func (d *doc) detainerOf(at int, subj []string, k int) []string {
	var held []string
	if m, ok := d.mentionAt(at); ok && !slices.ContainsFunc(m.Actors, func(id string) bool { return d.sameSide(subj, id) }) {
		held = m.Actors // (not "Guterres called for his release" read as Guterres's own)
	}
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return e.Type == parley.Coerce && e.Status == parley.Occurred && !e.Source.IsZero() && !e.Target.IsZero() &&
			here-d.sentenceIndex(e.Trigger.Start) <= deedWindow && (held == nil || slices.Contains(held, e.Target.ID))
	})
	if e == nil || d.sameSide(subj, e.Source.ID) {
		return nil
	}
	return []string{e.Source.ID}
}

// captivesOwner returns the state whose people, named by its adjective
// before a captives noun between a and k, are held: "Five American
// citizens who were detained in Iran".
func (d *doc) captivesOwner(a, k int) []string {
	for i := a; i+1 < k; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		if e := d.mentionEnd(i); m.Via == parley.ViaAdjective && len(m.Actors) == 1 && (e < k && objectNoun(d.tok(e).Norm, captives) || d.pluralDemonym(m)) {
			return m.Actors // (or their demonym: "Two Iranians held in France")
		}
		return nil // the first name is the subject's
	}
	return nil
}

// provokedBy returns the state of the first actor named in a cause
// told right after from ("after Spain's defence minister called …",
// "over Turkey's remarks"), when it is not id's own: the one an envoy's
// recall is aimed at.
func (d *doc) provokedBy(from, b int, id string) []string {
	for i := from; i < b && i <= from+5; i++ {
		if !d.tok(i).Is("after", "over", "following", "response") {
			continue
		}
		for j := i + 1; j < b && j <= i+6; j++ {
			if d.cover[j] < 0 {
				continue
			}
			st := d.otherStateOf(d.in.Mentions[d.cover[j]], id)
			if st == "" {
				return nil
			}
			return []string{st}
		}
		return nil
	}
	return nil
}

// capturedBefore returns the last detention or seizure told before the
// release at k, when the release refers back to its captives by "them",
// "him" or "her"; or nil.
func (d *doc) capturedBefore(k int) *parley.Event {
	if !d.tok(k+1).Is("them", "him", "her") {
		return nil
	}
	e := d.lastBefore(k, func(*parley.Event) bool { return true })
	if e == nil || e.Type != parley.Coerce || e.Mode != "arrest" && e.Mode != "seize" && e.Mode != "abduct" || e.Source.IsZero() || e.Target.IsZero() {
		return nil // (another act came between: the pronoun is not the captives')
	}
	return e
}

// complainant returns who last charged or protested against id before
// token k, the one an apology with no addressee is made to: a state
// apologises to the state whose ministry protested.
func (d *doc) complainant(k int, id string) []string {
	e := d.lastBefore(k, func(e *parley.Event) bool {
		sameSide := e.Target.ID == id || d.countryOf(id) != "" && d.countryOf(e.Target.ID) == d.countryOf(id)
		return e.Type == parley.Accuse && !e.Source.IsZero() && sameSide
	})
	if e == nil {
		return nil
	}
	if c := d.countryOf(e.Source.ID); strings.HasPrefix(id, "state:") && c != "" {
		return []string{"state:" + c}
	}
	return []string{e.Source.ID}
}

// heldIn returns the state where captives named between a and k were
// held: "Five Americans detained in Iran were released", "two Frenchmen
// held in Evin prison in Tehran".
func (d *doc) heldIn(a, k int) []string {
	for i := a; i+1 < k; i++ {
		if d.tok(i).Is("held", "detained", "jailed", "imprisoned", "kidnapped", "abducted") && d.tok(i+1).Is("in") {
			if j := actorAt(d, i+2, "the"); j >= 0 && j < k {
				if m, _ := d.mentionAt(j); len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") {
					return m.Actors // "detained in Iran"
				}
			}
			if st := d.placeState(i, min(k, i+8), "in"); len(st) == 1 {
				return st
			}
		}
	}
	return nil
}

// endedMeasureOwner returns whoever owns the measure a request asks to
// end, told right after the verb: "called for an end to the US embargo",
// "demanded the lifting of Israel's blockade", "urged a halt to Russian
// strikes"; nil when no owner is named right before the measure.
func (d *doc) endedMeasureOwner(from, ce int) []string {
	i := from
	if i < ce && d.tok(i).Is("for") {
		i++
	}
	for i < ce && i < from+3 && d.tok(i).Is("an", "a", "the", "immediate", "swift", "prompt", "complete") {
		i++
	}
	if i+3 >= ce || !(d.tok(i).Is("end", "halt", "stop") && d.tok(i+1).Is("to") || d.tok(i).Is("lifting", "removal", "easing", "suspension", "withdrawal") && d.tok(i+1).Is("of")) {
		return nil
	}
	j := i + 2
	if d.tok(j).Is("the", "its", "their") {
		j++
	}
	for n := j; n < ce && n <= j+4; n++ {
		if !d.tok(n).Is("embargo", "sanctions", "blockade", "occupation", "tariffs", "ban", "restrictions", "siege", "offensive", "strikes", "attacks", "bombardment", "aggression", "war") {
			continue
		}
		if n > j {
			o := n - 1
			if o > j && d.cover[o] < 0 && d.tok(o).Kind == token.Word && !d.tok(o).Upper && !d.possessiveAt(o) {
				o-- // "the US economic embargo": a kind of measure between
			}
			if c := d.cover[o]; c >= 0 && len(d.in.Mentions[c].Actors) == 1 {
				return d.in.Mentions[c].Actors // "the US embargo", "Russian strikes"
			}
			if n-2 >= j && d.possessiveAt(n-1) && d.cover[n-2] >= 0 && len(d.in.Mentions[d.cover[n-2]].Actors) == 1 {
				return d.in.Mentions[d.cover[n-2]].Actors // "Israel's blockade"
			}
		}
		return nil
	}
	return nil
}

// captivesByAdjective returns where the captives of "the release of …"
// after from are named by their people's adjective ("all Palestinian
// prisoners", "the two Iranian sailors"), or -1.
func (d *doc) captivesByAdjective(from, ce int) int {
	j := d.releasedAt(from, ce)
	if j < 0 {
		return -1
	}
	for j+1 < ce && (determiners[d.tok(j).Norm] || d.tok(j).Kind == token.Number || quantityWords[d.tok(j).Norm]) {
		j++
	}
	c := d.cover[j]
	if c < 0 || d.in.Mentions[c].Via != parley.ViaAdjective {
		return -1
	}
	if e := d.mentionEnd(j); e < ce && d.tok(e).Kind == token.Word && !d.tok(e).Upper {
		return j
	}
	return -1
}

// seizerOfOwn returns who seized the subject's own people or craft, told
// in a seizure before k, when the request asks for "the release of" them
// with no captive named: "Seoul demanded the release of the ship and
// crew", "pressed for the release of the vessel".
func (d *doc) seizerOfOwn(from, ce int, subj []string, k int) []string {
	j := d.releasedAt(from, ce) // ("called for the release of …", as releaseHolder reads it)
	if len(subj) == 0 || j < 0 {
		return nil
	}
	for j+1 < ce && determiners[d.tok(j).Norm] {
		j++
	}
	if d.cover[j] >= 0 && d.captivesByAdjective(from, ce) != j {
		return nil // a captive named, whose holder releaseHolder finds
	}
	here := d.sentenceIndex(d.tok(k).Start)
	if e := d.lastBefore(k, func(e *parley.Event) bool {
		return e.Type == parley.Coerce && e.Status == parley.Occurred && !e.Source.IsZero() && !e.Target.IsZero() &&
			(d.sameSide(subj, e.Target.ID) || d.ownPeople(subj, e.Target.ID)) && !d.sameSide(subj, e.Source.ID)
	}); e != nil && here-d.sentenceIndex(e.Trigger.Start) <= deedWindow {
		return []string{e.Source.ID}
	}
	return nil
}

// ownPeople reports whether id, an organisation or a group, belongs to
// the state of the first of subj: "Venezuelan troops detained three
// Colombian soldiers … Colombia's foreign minister demanded the release
// of the soldiers" asks for the release of his own state's men.
func (d *doc) ownPeople(subj []string, id string) bool {
	a := d.actors[id]
	c := d.countryOf(subj[0])
	return a != nil && a.Kind != parley.Person && a.Kind != parley.State && c != "" && a.Country == c
}

// bodyToJoin returns the body or state named right after "on joining",
// "on accession to" or "on membership of" at i, or nil.
func (d *doc) bodyToJoin(i, ce int) []string {
	if i+2 >= ce || !d.tok(i).Is("on", "about", "over") {
		return nil
	}
	j := i + 1
	switch {
	case d.tok(j).Is("joining"):
		j++
	case d.tok(j).Is("accession", "membership") && d.tok(j+1).Is("to", "of", "in"):
		j += 2
	default:
		return nil
	}
	if j < ce && d.tok(j).Is("the") {
		j++
	}
	if m, ok := d.mentionAt(j); ok && j < ce && m.Via != parley.ViaAdjective {
		return m.Actors
	}
	return nil
}

// mainClauseActor returns the first actor of the main clause before the
// subordinate clause ("after", "once", "when") whose subject starts at
// s, when it is none of subj's side: "NATO agreed to invite Sweden after
// Turkey dropped its veto" gives NATO.
func (d *doc) mainClauseActor(s int, subj []string) []string {
	sa, _ := d.tokensOf(d.sentenceAround(s))
	j := s - 1
	if j <= sa || !d.tok(j).Is("after", "once", "when") {
		return nil
	}
	for i := sa; i < j; i++ {
		m, ok := d.mentionAt(i)
		if !ok || m.Via == parley.ViaAdjective || len(m.Actors) == 1 && d.newsOutlet(m.Actors[0]) {
			continue // (nor the agency of a dateline, "BRUSSELS, June 20 (Reuters) -")
		}
		if slices.ContainsFunc(m.Actors, func(id string) bool { return d.sameSide(subj, id) }) {
			return nil
		}
		return m.Actors
	}
	return nil
}

// pairInSubjectAside returns the states of a group the aside between
// the subject and the verb at k names ("China, which has close ties with
// both neighbours, urged restraint"), or nil.
func (d *doc) pairInSubjectAside(k int) []string {
	open, end := d.subjectAside(k)
	if open < 0 {
		return nil
	}
	for i := open + 1; i < end; i++ {
		if m, ok := d.mentionAt(i); ok && m.Via == parley.ViaGroup && len(m.Actors) >= 2 &&
			!slices.ContainsFunc(m.Actors, func(id string) bool { return !strings.HasPrefix(id, "state:") }) {
			return m.Actors
		}
	}
	return nil
}

// speakerPastReport reads "X said Y had done … and called on Z": when the
// report is in the perfect and the verb k after "and" is not, the tense
// shift ends the report, and X is the one who went on to act. ok is set
// when the pattern holds; ids is nil when X is no actor ("Many businesses
// agree that China has taken advantage … and support Mr. Trump's efforts"),
// and then nothing named acts.
func (d *doc) speakerPastReport(k, a int) (ids []string, ok bool) {
	if strings.HasSuffix(d.tok(k).Norm, "ing") {
		return nil, false
	}
	for r := k - 2; r > a; r-- {
		if !d.sayVerbAt(r) && !d.tok(r).Is("agree", "agrees", "believe", "believes", "think", "thinks", "argue", "argues") {
			continue
		}
		pluperfect, perfect, present, hadMain, thingWas, named := false, false, false, false, false, false
		// ", and" closes the report: "The ministry said Pelosi had
		// travelled to the island, and accused her …" — the ministry
		// accused.
		closed := k-2 > r+1 && d.tok(k-2).Is(",") && d.tok(k-1).Is("and")
		for j := r + 1; j < k-1; j++ {
			if closed && j == k-2 {
				break
			}
			pp := j+1 < k-1 && d.participleAt(j+1)
			pluperfect = pluperfect || d.tok(j).Is("had") && pp
			hadMain = hadMain || d.tok(j).Is("had") && !pp
			perfect = perfect || d.tok(j).Is("has", "have") && pp
			present = present || d.tok(j).Is("does", "do", "is", "are") || d.tok(j).Is("has", "have") && !pp
			// "said the ruling was unacceptable and pledged …": a thing, no
			// actor, was so; the one who pledged is the speaker.
			thingWas = thingWas || !named && d.tok(j).Is("was", "were") && !pp && j+1 < k-1 && !strings.HasSuffix(d.tok(j+1).Norm, "ing")
			named = named || d.cover[j] >= 0 || d.tok(j).Is("he", "she", "they", "it", "we", "i")
			if d.tok(j).Is(",", ";") || d.sayVerbAt(j) {
				return nil, false
			}
		}
		past := strings.HasSuffix(d.tok(k).Norm, "ed") || strings.HasSuffix(d.tok(k).Norm, "en")
		// The verb after "and" leaves the report when its tense shifts:
		// "China has taken advantage … and support", "the United States
		// does not have the qualification … and accused". "has blocked …
		// and threatened" shares its "has"; after "had" only an appeal is
		// the speaker's ("said Serbia had avoided signing and called on the
		// EU").
		switch {
		case closed && past && named:
		case perfect && !past, present && !perfect && past:
		case pluperfect && d.tok(k).Is("called", "urged", "appealed", "asked", "demanded"):
		case thingWas && !pluperfect && !perfect && past:
		case hadMain && !pluperfect && d.tok(k).Is("accused", "blamed", "urged", "called", "demanded", "criticised", "criticized", "warned"):
			// "said the president had no intention of apologising and
			// accused Sánchez": a charge after a reported state is the
			// speaker's.
		default:
			return nil, false
		}
		if m, found := d.mentionAt(r - 1); found {
			if ids, _ := d.subjects(r, a); len(ids) > 1 && slices.Contains(ids, m.Actors[0]) {
				return ids, true // "Guterres and Borrell said …": both
			}
			return m.Actors, true
		}
		if d.tok(r - 1).Is(",") {
			if ids, _ := d.subjects(r, a); ids != nil {
				return ids, true // "Milei's spokesman, Manuel Adorni, said …"
			}
		}
		if r-1 > a && d.cover[r-1] < 0 && d.tok(r-1).Kind == token.Word && !d.tok(r-1).Upper && strings.HasSuffix(d.tok(r-1).Norm, "s") {
			return nil, true // "Many businesses agree …": a plural noun, no actor
		}
		return nil, false
	}
	return nil, false
}

// participleAt reports whether token i reads as a past participle: "taken",
// "blocked", "sent".
func (d *doc) participleAt(i int) bool {
	t := d.tok(i)
	if t.Kind != token.Word || t.Upper || d.cover[i] >= 0 {
		return false
	}
	return strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "en") || irregularPast[t.Norm] || t.Is("long", "already", "never", "also", "been")
}

// speakerOf returns the actor whose speaking opens the sentence before
// token k: "Iran's mission to the UN said …".
func (d *doc) speakerOf(a, k int) []string {
	m, ok := d.mentionAt(a)
	if !ok || d.quoted[a] {
		return nil
	}
	for r := d.mentionEnd(a); r < k && r <= d.mentionEnd(a)+6; r++ {
		if d.sayVerbAt(r) {
			return m.Actors
		}
		if d.tok(r).Is(",", "that", "who", "which") {
			return nil
		}
	}
	return nil
}

// speakerForPronoun returns the person who opens the sentence with a
// verb of saying when "him" or "her" closely after the verb k stands for
// the verb's own subject, which it cannot, or for no one ("Zelensky said
// Erdogan had apologised to him": to Zelensky, not to Erdogan, who would
// have apologised to himself).
func (d *doc) speakerForPronoun(k, ce, a int, subj []string, subjStart int) []string {
	for i := k + 1; i < ce && i <= k+3; i++ {
		if !d.tok(i).Is("him", "her") {
			continue
		}
		if m, ok := d.mentionAt(i); ok && !slices.Equal(m.Actors, subj) {
			return nil // (a "him" found elsewhere stays so)
		}
		for r := a + 1; r < subjStart; r++ {
			if d.sayVerbAt(r) {
				if m, ok := d.mentionAt(r - 1); ok && d.personAt(r-1) && !slices.Equal(m.Actors, subj) {
					return m.Actors
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// placeNamedBefore returns the state of the place a definite noun after
// the trigger was located in when the article first named it: "the strike
// on the hospital" after "a maternity hospital in Mariupol".
func (d *doc) placeNamedBefore(k, ce int) []string {
	noun := -1
	for i := k + 1; i+2 < ce && i <= k+3; i++ {
		if d.tok(i).Is("on", "at", "against") && d.tok(i+1).Is("the") && d.cover[i+2] < 0 && d.tok(i+2).Kind == token.Word && !d.tok(i+2).Upper {
			noun = i + 2
			break
		}
	}
	if noun < 0 {
		return nil
	}
	w := d.tok(noun).Norm
	if w == "embassy" || w == "consulate" || w == "mission" || w == "base" {
		return nil // an embassy belongs to its state, not to the one it stands in
	}
	here := d.tok(k).Start
	for j := noun - 1; j >= 0 && here-d.tok(j).Start < 2000; j-- {
		if d.tok(j).Norm != w || j == noun {
			continue
		}
		if st := d.placeState(j+1, min(len(d.in.Tokens), j+5), "in", "at"); st != nil {
			return st
		}
	}
	return nil
}

// meantFor returns whom aid arriving at k is for: "carrying supplies for
// Gaza", named as a place or an actor after "for".
func (d *doc) meantFor(k, b int) []string {
	if st := d.placeState(k, b, "for"); st != nil {
		return st
	}
	for i := k + 1; i+1 < b; i++ {
		if !d.tok(i).Is("for") {
			continue
		}
		if m, ok := d.mentionAt(i + 1); ok {
			return m.Actors
		}
	}
	return nil
}

// addresseeUnknown reports whether a verb of asking or warning at k names
// whom it addresses in words that resolve to no actor: "called on Islamic
// countries to act", "urged the international community to". Those are
// its addressees, not whoever the verb before was aimed at.
func (d *doc) addresseeUnknown(k, ce int) bool {
	i := k + 1
	if d.tok(k).Is("called", "calls", "calling", "call") {
		if i >= ce || !d.tok(i).Is("on", "upon") {
			return false
		}
		i++
	} else if !d.tok(k).Is("urged", "urges", "urging", "asked", "asks", "pressed", "presses", "told", "tells", "encouraged", "warned", "warns", "invited") {
		return false
	}
	return i < ce && d.cover[i] < 0 && d.tok(i).Kind == token.Word && !d.tok(i).Is("for", "that", "to", "him", "her", "them", "it", "of", "against", "about", "over", "on", "in", "at", "with", "by", "from", "again", "also")
}

// preparedFor reports whether the noun of a meeting at k is what
// preparations are made for: "the preparations for President Putin's
// visit to China", "preparing for the summit". What is prepared for is
// still to come.
func (d *doc) preparedFor(k, a int) bool {
	if d.verbTrigger[k] && !meetingNouns[d.tok(k).Norm] && !d.tok(k).Is("visit", "visits", "trip") {
		return false
	}
	for i := k - 1; i > a && k-i <= 7; i-- {
		if d.tok(i).Is("for", "of") && d.tok(i-1).Is("preparations", "preparation", "preparing", "prepare", "prepares", "prepared") {
			return !d.tok(i-1).Is("prepared") || d.tok(i).Is("for")
		}
		if d.tok(i).Is(",", ";", ":", "and") || d.cover[i] < 0 && d.finiteVerbAt(i) {
			return false
		}
	}
	return false
}

// inviterOf returns who made the invitation or offer to id that the
// sentence at k or the one before told, or nil.
func (d *doc) inviterOf(k int, id string) []string {
	if e := d.invitationBefore(k, d.tok(k).Start, func(e *parley.Event) bool { return e.Target.ID == id }); e != nil {
		return []string{e.Source.ID}
	}
	return nil
}

// invitationBefore returns the last invitation or offer built in the
// sentence of token k or the one before, whose trigger ends by end,
// that fits: the act an acceptance answers.
func (d *doc) invitationBefore(k, end int, fits func(*parley.Event) bool) *parley.Event {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := &d.built[j]
		if here-d.sentenceIndex(e.Trigger.Start) > 1 || e.Trigger.End > end || e.Source.IsZero() {
			continue
		}
		w := strings.ToLower(d.in.Text[e.Trigger.Start:e.Trigger.End])
		if (strings.HasPrefix(w, "invit") || strings.HasPrefix(w, "offer")) && fits(e) {
			return e
		}
	}
	return nil
}

// namedAfterBy reports whether actor id is named, by name or by its
// country word, in the few tokens after "by" at i.
func (d *doc) namedAfterBy(i, ce int, id string) bool {
	for j := i + 1; j < ce && j <= i+4; j++ {
		if d.cover[j] >= 0 && slices.Contains(d.in.Mentions[d.cover[j]].Actors, id) {
			return true
		}
	}
	return false
}

// donorNamed returns the actor named as the giver of what the aid verb at
// k moves ("maize donated by the Government of Tanzania", "vaccines
// provided by Japan"), within its clause; else "".
func (d *doc) donorNamed(k, ce int) string {
	for i := k + 1; i+1 < ce && i <= k+12; i++ {
		if !d.tok(i).Is("donated", "gifted", "provided", "supplied", "given") || !d.tok(i+1).Is("by") {
			continue
		}
		for j := i + 2; j < ce && j <= i+5; j++ {
			if d.cover[j] >= 0 {
				if m := d.in.Mentions[d.cover[j]]; len(m.Actors) == 1 {
					return m.Actors[0]
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// invitationAccepted returns the invitation (or offer) the sentence or
// the one before told, when the passive "accepted" at k has it, named
// as a noun, for its subject: "…, and the invitation was accepted".
func (d *doc) invitationAccepted(k, cs int) *parley.Event {
	noun := -1
	for i := k - 1; i >= cs && k-i <= 3; i-- {
		if d.tok(i).Is("invitation", "invitations", "offer", "offers") {
			noun = i
			break
		}
		if !d.tok(i).Is("was", "were", "has", "had", "have", "been", "is", "duly", "readily", "also") {
			return nil
		}
	}
	if noun < 0 || d.negatedBetween(noun, k) {
		return nil
	}
	return d.invitationBefore(k, d.tok(noun).Start, func(e *parley.Event) bool { return !e.Target.IsZero() })
}

// callerBefore returns the source of the call or meeting the sentence
// told before token k, or "".
func (d *doc) callerBefore(k int) string {
	e := d.earlierInSentence(k, func(e *parley.Event) bool { return e.Type == parley.Consult && e.Status == parley.Occurred })
	if e == nil {
		return ""
	}
	// "telephoned Putin on Thursday to apologise", not "spoke with
	// Putin, a day after Moscow refused to apologise".
	for t := d.tokenAt(e.Trigger.End); t < k-1; t++ {
		if d.finiteVerbAt(t) || d.tok(t).Is(",", ";") {
			return ""
		}
	}
	return e.Source.ID
}

// partnerInCall returns the other side of the meeting or call that the
// same sentence told subj held just before the verb at k, which an act
// coordinated with it is aimed at.
func (d *doc) partnerInCall(k int, subj string) []string {
	sent := d.sentenceAround(k)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := &d.built[j]
		if !sent.Contains(e.Trigger) || e.Trigger.End > d.tok(k).Start || e.Type != parley.Consult || e.Status != parley.Occurred {
			continue
		}
		switch subj {
		case e.Source.ID:
			if !e.Target.IsZero() {
				return []string{e.Target.ID}
			}
		case e.Target.ID:
			return []string{e.Source.ID}
		}
		return nil
	}
	return nil
}

// relationWithAfter reports whether the first "with" after k in the
// clause ending at ce follows a relation noun: "discussed the crisis with
// Russia".
func (d *doc) relationWithAfter(k, ce int) bool {
	for i := k + 1; i < ce; i++ {
		if d.tok(i).Is("with") {
			return relationNouns[d.tok(i-1).Norm]
		}
	}
	return false
}

// relationPartner returns the actor after "with" when a relation noun
// stands right before it ("cooperation with Azerbaijan", "trade with
// Iran"), in tokens [from, ce); not "in tandem with France".
func (d *doc) relationPartner(from, ce int) []string {
	for i := from; i+1 < ce && i <= from+10; i++ {
		if d.tok(i).Is("with") && i > 0 && relationNouns[d.tok(i-1).Norm] {
			j := i + 1
			if d.tok(j).Is("the") {
				j++
			}
			if m, ok := d.mentionAt(j); ok {
				return m.Actors
			}
		}
	}
	return nil
}

// yetBefore reports whether "yet" stands in the few words before k.
func (d *doc) yetBefore(k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if d.tok(i).Is("yet") {
			return true
		}
	}
	return false
}

// overAbuses reports whether the phrase after trigger k is over abuses of
// rights or repression: the state where they happen is the one blamed.
func (d *doc) overAbuses(k, ce int) bool {
	return d.wordAfter(k, ce, 10, "abuses", "abuse", "repression", "persecution", "crackdown", "treatment", "rights")
}

// aboutBefore reports whether "over", "about" or "regarding" opens a
// phrase in the few words after trigger k: what the act is about follows.
func (d *doc) aboutBefore(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+6; i++ {
		if !d.tok(i).Is("over", "about", "regarding", "concerning") {
			continue
		}
		j := i + 1
		if j < ce && d.tok(j).Is("the", "a", "an") {
			j++
		}
		// "over the weekend", "over 100 targets", "about 20 people": a
		// time or a count, not a topic.
		if j < ce && (d.tok(j).Kind == token.Number || d.inDate(j) || d.tok(j).Is("weekend", "week", "weeks", "days", "months", "years",
			"night", "past", "last", "next", "period", "course", "several", "dozens", "hundreds", "thousands", "half")) {
			return false
		}
		return true
	}
	return false
}

// adjectiveLike reports whether a lower-case word has an adjective's
// ending: "diplomatic", "military", "coordinated", "massive".
func adjectiveLike(t *token.Token) bool {
	if t.Kind != token.Word || t.Upper {
		return false
	}
	for _, suf := range []string{"ic", "al", "ary", "ive", "ous", "ful", "ed", "ent", "ant"} {
		if strings.HasSuffix(t.Norm, suf) && len(t.Norm) > len(suf)+2 {
			return true
		}
	}
	return false
}

// concernedState returns the state of a concern compound right before
// the nominal trigger at k ("China-specific tariffs"), or nil.
func (d *doc) concernedState(k, cs int) []string {
	for i := k - 1; i >= cs && i >= k-3; i-- {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		if m.Via == parley.ViaAdjective && len(m.Actors) == 1 && concernCompound(m.Text) {
			return m.Actors
		}
		return nil
	}
	return nil
}

// adjectiveOwner finds the state an object noun belongs to through the
// country word before it: "expelled 10 Russian diplomats" → Russia.
func (d *doc) adjectiveOwner(from, noun int) []string {
	low := noun - 3
	for j := noun - 2; j >= from && j > noun-6 && (d.tok(j).Is("'s", "’s") || envoyRanks[d.tok(j).Norm]); j-- {
		low = min(low, j-1) // "Afghanistan's deputy ambassador", "India's deputy high commissioner"
	}
	for j := noun - 2; j > from && j > noun-6; j-- {
		if d.tok(j).Is("and", "or") && d.cover[j-1] < 0 && d.tok(j-1).Kind == token.Word && !d.tok(j-1).Upper && !strings.HasSuffix(d.tok(j-1).Norm, "s") {
			low = min(low, j-2) // "12 Algerian consular and diplomatic officials": two words of kind joined
		}
	}
	for i := noun - 2; i >= from && i >= low; i-- {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		if len(m.Actors) == 1 && m.Via != parley.ViaPronoun {
			return d.adjectivesBefore(d.mentionStart(i), from, m.Actors) // "10 Russian diplomats", "three Taliban prisoners"
		}
	}
	return nil
}

// overParticleVerbs take "over" as a particle right after them: "handed
// over a protest note", "turned over the files".
var overParticleVerbs = []string{"hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning"}

// welcomeGiven reads a host's welcome told with "give": "Kim gave Putin a
// warm welcome" (the giver hosts the one given it), "Putin was given a
// red-carpet welcome by Kim" (the one given it is the visitor, the agent
// the host). It returns the visitor and the host, or nil.
func (d *doc) welcomeGiven(k, a, ce int) (visitor, host []string) {
	g := k - 1
	for g > a && k-g <= 4 && d.cover[g] < 0 && !d.tok(g).Is(givingWelcome...) {
		g-- // past "a warm", "a red-carpet"
	}
	switch {
	case g > a && d.cover[g] >= 0:
		// "gave Putin a warm welcome": the one given it, right after the verb
		if v := d.mentionStart(g) - 1; v > a && d.tok(v).Is(givingWelcome...) && !d.tok(v).Is("given") {
			if h, _ := d.subjectsOf(v, a, false); h != nil {
				return d.in.Mentions[d.cover[g]].Actors, h
			}
		}
	case g > a+1 && d.tok(g).Is("given") && d.tok(g-1).Is("was", "were", "been", "being"):
		// "Putin was given a red-carpet welcome by Kim"
		if by := d.byAgent(k, ce); by != nil {
			if v, _ := d.subjectsOf(g-1, a, false); v != nil {
				return v, by
			}
		}
	}
	return nil, nil
}

// givingWelcome are the verbs a host gives a welcome with.
var givingWelcome = []string{"gave", "give", "gives", "giving", "given", "accorded", "accord", "extended", "extend"}

// lifterOf returns the subject of a verb of lifting whose object is the
// penalty noun at n: "ECOWAS has lifted the sanctions imposed on Niger".
// Who lifts a penalty is who imposed it. nil when no such verb governs n.
func (d *doc) lifterOf(n, a int) []string {
	for v := n - 1; v > a && n-v <= 3; v-- {
		if d.tok(v).Is("lifted", "lift", "lifts", "lifting", "eased", "ease", "eases", "easing", "removed", "remove", "removes",
			"removing", "scrapped", "scrap", "dropped", "drop", "suspended", "suspend", "ended", "end", "relaxed", "relax", "rescinded", "revoked") {
			return d.clauseSubject(a, v)
		}
		if d.cover[v] >= 0 || d.tok(v).Kind != token.Word {
			return nil
		}
	}
	return nil
}

// envoyRanks are the words that may stand between an envoy's state and
// the noun of the post: "deputy", "acting", "high" (commissioner),
// "defence" (attaché), "second" (secretary).
var envoyRanks = map[string]bool{"deputy": true, "acting": true, "interim": true, "senior": true, "top": true, "chief": true,
	"former": true, "high": true, "defence": true, "defense": true, "military": true, "naval": true, "trade": true,
	"commercial": true, "cultural": true, "press": true, "political": true, "first": true, "second": true, "third": true}

// giverAdjective reports whether a country word in tokens [from, to)
// qualifies a noun of help right after it ("Indian assistance", "US
// weapons"): the help's giver, not its recipient.
func (d *doc) giverAdjective(from, to int) bool {
	for i := from; i < to; i++ {
		if d.cover[i] < 0 || d.in.Mentions[d.cover[i]].Via != parley.ViaAdjective {
			continue
		}
		e := d.mentionEnd(i)
		if e < len(d.in.Tokens) && slices.Contains(aidNouns, d.tok(e).Norm) {
			return true
		}
		i = e - 1
	}
	return false
}

// gappedObjects reports whether an "and" follows the object noun ending
// at from, past a place or a day that noun took ("the Russian ambassador
// in April and the Belarusian envoy in May"), and returns the objects
// after it: obj, found from there already, when no adjunct stands
// between; none when the "and" opens a clause of its own ("and the
// Belarusian envoy left in May").
func (d *doc) gappedObjects(k, from, ce int, obj []string, sn sense) ([]string, bool) {
	j := d.placeAndDayEnd(from, ce)
	if j >= ce || !d.tok(j).Is("and") {
		return nil, false
	}
	for x := j + 1; x < ce && !d.tok(x).Is(",", ";"); x++ {
		if d.finiteVerbAt(x) || d.tok(x).Is("was", "were", "is", "are", "has", "have", "had", "will", "would") {
			return nil, true
		}
	}
	if j == from {
		return obj, true
	}
	return d.objects(k, j, ce, sn), true
}

// adjectiveThings returns the state whose country word qualifies the
// plain noun a penalty's verb takes right after it (after at most an
// article or a number): "banned Chinese apps", "blacklisted 12 Iranian
// firms". A capitalised name after the word is no plain thing.
func (d *doc) adjectiveThings(i, ce int) []string {
	for i < ce && (determiners[d.tok(i).Norm] || d.tok(i).Kind == token.Number || quantityWords[d.tok(i).Norm]) {
		i++
	}
	if i >= ce || d.cover[i] < 0 {
		return nil
	}
	m := d.in.Mentions[d.cover[i]]
	end := d.mentionEnd(i)
	if m.Via != parley.ViaAdjective || len(m.Actors) != 1 || end >= ce || d.tok(end).Kind != token.Word || d.tok(end).Upper || d.cover[end] >= 0 {
		return nil
	}
	return m.Actors
}

// adjectiveList returns the owners of the country word at i with those of
// the country words a list joins to it on either side, within [from, ce):
// "tariffs on Chinese and Indian steel", "the Russian and Belarusian strikes".
func (d *doc) adjectiveList(i, from, ce int) []string {
	ids := d.adjectivesBefore(d.mentionStart(i), from, d.in.Mentions[d.cover[i]].Actors)
	var pending []string // joined by commas, kept once "and" follows
	for j := d.mentionEnd(i); j+1 < ce && d.tok(j).Is("and", ","); {
		and := d.tok(j).Is("and")
		if d.tok(j).Is(",") && d.tok(j+1).Is("and") {
			j, and = j+1, true // the Oxford comma
		}
		if j+1 >= ce || d.cover[j+1] < 0 {
			break
		}
		m := d.in.Mentions[d.cover[j+1]]
		if len(m.Actors) != 1 || m.Via != parley.ViaAdjective {
			break
		}
		pending = append(pending, m.Actors...)
		if and {
			ids, pending = append(ids, pending...), nil
		}
		j = d.mentionEnd(j + 1)
	}
	return ids
}

// adjectivesBefore extends the owners ids of a country word starting at ms
// with the country words a list joins to it, back to from: "the Russian
// and Iranian ambassadors", "Canadian, British and Australian officials".
func (d *doc) adjectivesBefore(ms, from int, ids []string) []string {
	seenAnd := false
	for j := ms - 1; j > from; {
		if !d.tok(j).Is("and", ",") || d.tok(j).Is(",") && !seenAnd {
			break // ("Chinese, Russian diplomats" is no list "and" closes)
		}
		seenAnd = seenAnd || d.tok(j).Is("and")
		if d.tok(j).Is("and") && d.tok(j-1).Is(",") && j-1 > from {
			j-- // the Oxford comma
		}
		if d.cover[j-1] < 0 || d.mentionEnd(j-1) != j {
			break
		}
		m := d.in.Mentions[d.cover[j-1]]
		if len(m.Actors) != 1 || m.Via != parley.ViaAdjective && !strings.HasPrefix(m.Actors[0], "state:") {
			break
		}
		ids = append(append([]string(nil), m.Actors...), ids...)
		j = d.mentionStart(j-1) - 1
	}
	return ids
}

// listWord reports whether the token at i is a bare lower-case word, one
// item of a list of modifiers ("air, rail, road and sea traffic").
func (d *doc) listWord(i int) bool {
	t := d.tok(i)
	return t.Kind == token.Word && !t.Upper && d.cover[i] < 0
}

// objectNoun reports whether w is one of the nouns, in the singular or
// the plural ("statements" for "statement").
func objectNoun(w string, nouns []string) bool {
	w = strings.TrimPrefix(w, "mini-") // "a mini-summit in Luanda"
	for _, n := range nouns {
		if w == n || w == n+"s" || w == n+"es" || strings.HasSuffix(n, "y") && w == n[:len(n)-1]+"ies" {
			return true
		}
	}
	return false
}

// armedGroup reports whether actor id is an armed group ("Boko Haram").
func (d *doc) armedGroup(id string) bool {
	a := d.actors[id]
	return a != nil && a.Role == "armed group"
}

// notTheSame drops from obj the actors that merely restate subj: the same
// actors, or the states of the people in subj.
func (d *doc) notTheSame(subj, obj []string) []string {
	same := map[string]bool{}
	for _, id := range subj {
		same[id] = true
		if d.armedGroup(id) || d.crowd(id) {
			continue // rebels and crowds face their own state: "M23 is negotiating with Kinshasa"
		}
		if c := d.countryOf(id); c != "" {
			same["state:"+c] = true
		}
	}
	var out []string
	for _, id := range obj {
		if !same[id] {
			out = append(out, id)
		}
	}
	return out
}

// afterBetween reports whether "between" follows a nominal trigger
// closely, or after what the noun is of, with no actor before it: "the
// signing of two memoranda of understanding between the two coast guards".
func (d *doc) afterBetween(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+10; i++ {
		if d.tok(i).Is("between") {
			return i <= k+3 || d.tok(k+1).Is("of")
		}
		if d.cover[i] >= 0 || d.stop(i) {
			return false
		}
	}
	return false
}

// betweenOneNamed reports whether the "between X and Y" after the noun
// at k names only its first side as an actor: "between Moscow and the
// West".
func (d *doc) betweenOneNamed(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+10; i++ {
		if !d.tok(i).Is("between") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("the") {
			j++
		}
		if j >= ce || d.cover[j] < 0 {
			return false
		}
		e := d.mentionEnd(j)
		if e+1 >= ce || !d.tok(e).Is("and") {
			return false
		}
		n := e + 1
		if d.tok(n).Is("the") {
			n++
		}
		return n < ce && d.cover[n] < 0
	}
	return false
}

// peopleOverStates drops the states from a list of actors when each is
// the state of a person in the list: "the foreign ministers of the two
// countries, Sergei Lavrov and Mevlut Cavusoglu, will hold talks" are the
// two ministers, not Russia and Turkey besides.
func (d *doc) peopleOverStates(ids []string) []string {
	own := map[string]bool{}
	for _, id := range ids {
		if a := d.actors[id]; a != nil && a.Kind == parley.Person && a.Country != "" {
			own["state:"+a.Country] = true
		}
	}
	var out []string
	for _, id := range ids {
		if strings.HasPrefix(id, "state:") {
			if !own[id] {
				return ids // "Japan, Lavrov and Cavusoglu": a state on its own
			}
			continue
		}
		out = append(out, id)
	}
	if len(out) < 2 {
		return ids
	}
	return out
}

// deterred returns the actor a deployment at k is aimed at when the
// sentence names it by the deployment's purpose or cause: "to deter
// Russia", "because of the rising threat from Iran", "in response to
// NATO's moves", "in pursuit of al-Shabaab"; nil otherwise, or when it
// is the deployer's own side.
func (d *doc) deterred(k, b int, subj []string) []string {
	for i := k + 1; i < b && i <= k+40; i++ {
		t := d.tok(i)
		if t.Is(";") {
			return nil
		}
		response := t.Is("response") && d.tok(i-1).Is("in") && d.tok(i+1).Is("to")
		pursuit := t.Is("pursuit") && d.tok(i-1).Is("in") && d.tok(i+1).Is("of") // "crossed into Somalia in pursuit of al-Shabaab"
		if !response && !pursuit && !t.Is("deter", "counter", "against") && !(t.Is("threat", "threats") && d.tok(i+1).Is("from", "posed")) {
			continue
		}
		for j := i + 1; j < b && j <= i+4; j++ {
			if d.cover[j] >= 0 {
				m := d.in.Mentions[d.cover[j]] // ("to deter Russian aggression": Russia's)
				if len(m.Actors) != 1 || d.sameSide(subj, m.Actors[0]) || response && d.crowd(m.Actors[0]) {
					return nil // ("in response to the protests in Kyiv": no move against the crowd)
				}
				return m.Actors
			}
		}
	}
	return nil
}

// modifierAfter reports whether the first of ids is named right after the
// verb k as a word qualifying a noun, with no preposition before it: "was
// granted EU candidate status", not "was imposed on Russia".
func (d *doc) modifierAfter(k int, ids []string) bool {
	i := k + 1
	if d.tok(i).Is("a", "an", "the") {
		i++
	}
	m, ok := d.mentionAt(i)
	if !ok || !slices.Contains(m.Actors, ids[0]) {
		return false
	}
	t := d.tok(d.mentionEnd(i))
	return t.Kind == token.Word && !t.Upper && !t.Is("and", "or", "but", "by", "on", "in", "at", "to", "for", "with", "from", "over", "after", "before", "as", "of", "that", "which", "who", "since", "during", "when", "while", "if", "because")
}

// timeAdjunctBefore reports whether the noun at k heads a phrase of time
// ("days after a bruising meeting", "since the talks"): "after", "before",
// "since" or "following" stands at most three words before it.
func (d *doc) timeAdjunctBefore(k, a int) bool {
	for i := k - 1; i >= a && i >= k-3; i-- {
		if d.tok(i).Is("after", "before", "since", "following") {
			return true
		}
		if d.cover[i] >= 0 || d.tok(i).Kind != token.Word {
			return false
		}
	}
	return false
}

// namedAmong returns the people a list after ", among them" or ",
// including" names, when it closes the clause of the meeting verb k: those
// of a group met whom the text names.
func (d *doc) namedAmong(k, b int, subj []string) []string {
	for i := k + 1; i+2 < b && i <= k+12; i++ {
		if d.tok(i).Is(";") || d.quoted[i] {
			return nil
		}
		if !d.tok(i).Is(",") || !(d.tok(i+1).Is("among") && d.tok(i+2).Is("them") || d.tok(i+1).Is("including")) {
			continue
		}
		var ids []string
		for j := i + 2; j < b && !d.tok(j).Is(";") && !d.quoted[j]; j++ {
			if m, ok := d.mentionAt(j); ok && len(m.Actors) == 1 {
				if a := d.actors[m.Actors[0]]; a != nil && a.Kind == parley.Person && !slices.Contains(subj, a.ID) && !slices.Contains(ids, a.ID) {
					ids = append(ids, a.ID)
				}
				j = d.mentionEnd(j) - 1
			}
		}
		return ids
	}
	return nil
}

// baseOccupant returns the state whose forces a base attacked after the
// trigger k houses, when the clause says so: "bases housing American
// troops", "Al Udeid Air Base in Qatar, the largest U.S. military base".
func (d *doc) baseOccupant(k, ce int) []string {
	state := func(x int) []string {
		if x < ce && d.cover[x] >= 0 {
			if m := d.in.Mentions[d.cover[x]]; len(m.Actors) == 1 {
				if c := d.countryOf(m.Actors[0]); c != "" {
					return []string{"state:" + c}
				}
			}
		}
		return nil
	}
	for i := k + 1; i < ce && i <= k+20; i++ {
		if !d.tok(i).Is("base", "bases", "airbase", "airbases", "camp", "airfield", "garrison") {
			continue
		}
		if d.tok(i+1).Is("housing", "hosting") {
			return state(i + 2)
		}
		for j := i + 1; j < ce && j <= i+10; j++ {
			if !d.tok(j).Is(",") {
				continue
			}
			for x := j + 1; x < ce && x <= j+5; x++ {
				if ids := state(x); ids != nil {
					e := d.mentionEnd(x)
					if d.tok(e).Is("base") || d.tok(e+1).Is("base") || d.tok(e+2).Is("base") {
						return ids // an apposition naming whose base it is
					}
					return nil
				}
			}
			return nil
		}
		return nil
	}
	return nil
}

// partnersAfterWith reports whether "with" opens the first actor after the
// trigger k: "talks with China, Japan and India" names only the partners,
// while "began with an exchange of fire between Kyrgyz and Tajik guards"
// names both sides.
func (d *doc) partnersAfterWith(k, ce int) bool {
	with := false
	for i := k + 1; i < ce && i <= k+12; i++ {
		if d.cover[i] >= 0 {
			return with
		}
		if d.tok(i).Is("between", "among") {
			return false
		}
		with = with || d.tok(i).Is("with")
	}
	return false
}

// spokenTo reports whether "with" or "to" names whom the speaking at k is
// addressed to, after at most a few words of manner: "speaking by phone
// with Lavrov", "talking directly to Kim" — not "speaking during a visit
// to Muscat", where "to" is the visit's.
func (d *doc) spokenTo(k, b int) bool {
	for i := k + 1; i < b && i <= k+4; i++ {
		if d.tok(i).Is("with", "to") {
			return true
		}
		if !d.tok(i).Is("by", "phone", "telephone", "video", "link", "directly", "separately", "later", "also", "briefly", "privately", "publicly", "again", "earlier", "on", "the") {
			return false
		}
	}
	return false
}

// reciprocal reports whether "each other" or "one another" follows the
// trigger in its clause: "pledged that their countries would not use force
// against each other".
func (d *doc) reciprocal(k, ce int) bool {
	for i := k + 1; i+1 < ce && i <= k+16; i++ {
		if d.tok(i).Is("each") && d.tok(i+1).Is("other") || d.tok(i).Is("one") && d.tok(i+1).Is("another") {
			return true
		}
		if d.tok(i).Is("the") && d.tok(i+1).Is("other") && (d.eachBefore(k) || d.sidesBefore(k)) {
			return true // "Each side accused the other of opening fire"
		}
	}
	return false
}

// eachOtherAfter reports whether "each other" or "one another" is the
// object right after the verb at k: "spoke by telephone and congratulated
// each other".
func (d *doc) eachOtherAfter(k int) bool {
	return d.tok(k+1).Is("each") && d.tok(k+2).Is("other") || d.tok(k+1).Is("one") && d.tok(k+2).Is("another")
}

// eachBefore reports whether the subject of the verb at k opens with
// "each" ("Each side accused …"), whose "the other" is the other side.
func (d *doc) eachBefore(k int) bool {
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		if d.tok(i).Is("each") && d.cover[i] >= 0 {
			return true
		}
	}
	return false
}

// sidesBefore reports whether "each side" or "each party" is the
// subject right before the verb at k.
func (d *doc) sidesBefore(k int) bool {
	for i := k - 1; i >= 1 && k-i <= 3; i-- {
		if d.tok(i).Is("side", "party", "camp") && d.tok(i-1).Is("each") {
			return true
		}
	}
	return false
}

// earlierSides returns the two sides of the last two-way act told in the
// sentence at k or the two before ("Fighting raged between the army and
// the RSF"), for an "each side" the resolver left without actors; else
// nil.
func (d *doc) earlierSides(k int) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		if e.Source.IsZero() || e.Target.IsZero() || here-d.sentenceIndex(e.Trigger.Start) > 2 {
			return false
		}
		return slices.ContainsFunc(d.built, func(f parley.Event) bool {
			return f.Trigger == e.Trigger && f.Type == e.Type && f.Source.ID == e.Target.ID && f.Target.ID == e.Source.ID
		})
	})
	if e == nil {
		return nil
	}
	return []string{e.Source.ID, e.Target.ID}
}

// sayerBefore returns the one who spoke right before "after", "during"
// or "following" and the noun at k: in "Tokayev said after talks with
// Mirziyoyev" the talks are Tokayev's. It returns the actors and where
// their mention starts, or nil.
func (d *doc) sayerBefore(k int) ([]string, int) {
	j := k - 1
	for j > 0 && d.tok(j).Is("the", "his", "her", "their", "its", "a", "an") {
		j--
	}
	if j < 2 || !d.tok(j).Is("after", "during", "following", "before", "ahead") {
		return nil, -1
	}
	if d.tok(j).Is("ahead") || j+1 < k && d.tok(j+1).Is("of") {
		return nil, -1
	}
	v := j - 1
	if v > 2 && d.tok(v).Is(",") && (d.inDate(v-1) || d.tok(v-1).Is("today", "yesterday")) {
		// "Assad said in March, during a visit to Moscow, that …": past
		// the time of the saying
		v--
		for v > 1 && (d.inDate(v) || d.tok(v).Is("in", "on", "today", "yesterday")) {
			v--
		}
	}
	if !d.sayVerbAt(v) {
		return nil, -1
	}
	if m, ok := d.mentionAt(v - 1); ok {
		return m.Actors, d.mentionStart(v - 1)
	}
	return nil, -1
}

// summonedTo returns the body an envoy was summoned to, right after the
// passive at k: "to the State Department", "to the foreign ministry in
// New Delhi" (India, whose ministry it is).
func (d *doc) summonedTo(k, ce int) []string {
	i := d.afterTimePhrase(k+1, ce)
	if i >= ce || !d.tok(i).Is("to") {
		return nil
	}
	for j := i + 1; j < ce && j <= i+3; j++ {
		if m, ok := d.mentionAt(j); ok {
			return m.Actors
		}
	}
	// "was summoned to the foreign ministry in New Delhi": the state of
	// the capital named.
	if i+2 < ce && d.tok(i+1).Is("the") && d.tok(i+2).Is("foreign", "ministry") {
		if p := d.placeIn(i+2, min(ce, i+9)); p != nil && p.Country != "" {
			return []string{"state:" + p.Country}
		}
	}
	return nil
}

// drawnFrom reads a reaction drawn from others: in "Israel's attack drew
// strong condemnation from China" (noun trigger k), China, and Israel,
// the actor in the subject before the verb that drew it. Nil when the
// words are not so.
func (d *doc) drawnFrom(k, ce, cs int) (from, drawer []string) {
	v := k - 1
	for v > cs && d.cover[v] < 0 && d.tok(v).Kind == token.Word && !d.tok(v).Upper && !drawVerbs[d.tok(v).Norm] && k-v <= 3 {
		v-- // "strong", "international"
	}
	if v <= cs || !drawVerbs[d.tok(v).Norm] || k+2 >= ce || !d.tok(k+1).Is("from") {
		return nil, nil
	}
	if m, ok := d.mentionAt(k + 2); ok {
		from = d.coordinated(m, d.mentionEnd(k+2), ce)
	}
	for i := cs; i < v; i++ {
		if m, ok := d.mentionAt(i); ok {
			drawer = m.Actors
			break
		}
	}
	return from, drawer
}

var drawVerbs = map[string]bool{"drew": true, "draws": true, "draw": true, "drawing": true, "drawn": true,
	"prompted": true, "prompting": true, "sparked": true, "sparking": true, "triggered": true, "triggering": true,
	"provoked": true, "provoking": true, "attracted": true, "earned": true, "won": true}

// ownState reports whether one of a and b is a person who holds an office
// of the state the other is ("President of France", "Supreme Leader of
// North Korea"): "Kim vowed to bolster his country's arsenal" is no act
// of Kim on North Korea. A citizen without office — an ombudsman, an
// opposition leader — may well act on their own state, and so may its
// courts and parliament; its ministries and embassies do not ("the
// foreign ministry summoned China's ambassador" is not China's ministry).
func (d *doc) ownState(a, b string) bool {
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if pa, st := d.actors[p[0]], d.actors[p[1]]; pa != nil && st != nil && pa.Kind == parley.Organization && pa.Role == "government body" &&
			strings.HasPrefix(p[1], "state:") && pa.Country == st.Country && d.nameHas(p[0], "ministry", "embassy") {
			return true
		}
		pa, ok := d.actors[p[0]]
		if !ok || pa.Kind != parley.Person || pa.Role == "" || strings.HasPrefix(pa.Role, "former ") {
			continue // (a former prime minister, now in opposition, may accuse his state's government)
		}
		if st, ok := d.actors[p[1]]; ok {
			if st.Kind == parley.State && pa.Country == st.Country &&
				(strings.HasSuffix(pa.Role, " of "+st.Name) || strings.HasSuffix(pa.Role, " of the "+st.Name)) {
				return true
			}
			if st.Kind == parley.Organization && st.Role == "government body" && st.Country != "" && pa.Country == st.Country &&
				strings.Contains(pa.Role, " of ") && d.nameHas(p[1], "ministry", "embassy") {
				return true // "Museveni has directed the Ministry of Foreign Affairs to …": his own government's
			}
		} else if cc, found := strings.CutPrefix(p[1], "state:"); found && cc == pa.Country && strings.Contains(pa.Role, " of ") {
			// A state the text names only by a place ("in New Delhi").
			return true
		}
	}
	return false
}

// ownGovernmentTold reports whether the act at k is a leader's order to
// the government of the state o, named as such right after the verb:
// "the King ordered the government to freeze the increases", "the
// Presidents instructed their governments to draw up a roadmap". A head
// of state directing the government is an act between the two, though
// both are the state's.
func (d *doc) ownGovernmentTold(k, ce int, sn sense, verb bool, o string) bool {
	return verb && sn.typ == parley.Request && strings.HasPrefix(o, "state:") &&
		d.tok(k).Is("ordered", "orders", "order", "instructed", "instructs", "instruct", "directed", "directs", "direct", "tasked") &&
		d.wordAfter(k, ce, 2, "government", "governments", "cabinet")
}

// forcesOnOwnState reports whether one of a and b is the armed forces or
// police of the state the other is: "the French Armed Forces accused
// France" is a misreading, a force serves its state. Seizing power and
// moving troops against the government stay ("the army detained the
// president", "troops moved on the capital").
func (d *doc) forcesOnOwnState(typ parley.EventType, a, b string) bool {
	if typ == parley.Coerce {
		return false
	}
	for _, p := range [][2]string{{a, b}, {b, a}} {
		f, st := d.actors[p[0]], d.actors[p[1]]
		if typ == parley.Mobilize && p[0] == b && f != nil && f.Role == "government body" && f.Country != "" && d.countryOf(a) == f.Country &&
			d.nameHas(p[0], "armed forces", "army", "navy", "air force", "military", "police", "defence force", "defense force", "guard", "gendarmerie") {
			return true // "Sheinbaum agreed to send 10,000 National Guard troops to the border": her own, sent, not the ones it is aimed at
		}
		if f != nil && st != nil && f.Role == "government body" && strings.HasPrefix(p[1], "state:") && f.Country != "" && f.Country == st.Country &&
			d.nameHas(p[0], "armed forces", "army", "navy", "air force", "military", "police", "defence force", "defense force", "guard", "gendarmerie") {
			return true
		}
	}
	return false
}

// ownEnvoy reports whether person o serves the state s is: "Russia
// recalled its ambassador Anatoly Antonov" withdraws him from the host,
// it does not act on him.
func (d *doc) ownEnvoy(s, o string) bool {
	st, ok1 := d.actors[s]
	p, ok2 := d.actors[o]
	return ok1 && ok2 && p.Kind == parley.Person && st.Country != "" && p.Country == st.Country
}

// peopleListBefore returns the last list of two or more people the
// sentence before the one opening at a names: "sent three former
// presidents, Joaquim Chissano, Ellen Johnson Sirleaf and Kgalema
// Motlanthe, to Addis Ababa".
func (d *doc) peopleListBefore(a int) []string {
	if a == 0 {
		return nil
	}
	pa, pb := d.tokensOf(d.sentenceAround(a - 1))
	var list []string
	for i := pa; i < pb; i++ {
		if list != nil && d.cover[i] < 0 && thingsNoun(d.tok(i)) {
			list = nil // "Biden and Sunak sent missiles to Ukraine. Zelensky received them": the missiles
		}
		if !d.personAt(i) || i > pa && d.cover[i-1] == d.cover[i] {
			continue
		}
		m, _ := d.mentionAt(i)
		ids := d.coordinated(m, d.mentionEnd(i), pb)
		if len(ids) >= 2 && !slices.Contains(list, ids[0]) && // (not the tail of the list found: "Sirleaf and Motlanthe")
			!slices.ContainsFunc(ids, func(id string) bool { return d.actors[id] == nil || d.actors[id].Kind != parley.Person }) {
			list = ids
		}
	}
	return list
}

// thingsNoun reports whether a word, no actor's, is a plural noun that
// "them" could stand for instead of people: "missiles", "weapons" (not
// "talks", "days", "hours").
func thingsNoun(t *token.Token) bool {
	n := t.Norm
	return t.Kind == token.Word && !t.Upper && len(n) > 4 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !strings.HasSuffix(n, "us") &&
		!t.Is("talks", "days", "hours", "weeks", "months", "years", "was", "has", "is", "as", "leaders", "ministers", "presidents", "envoys", "officials", "diplomats", "counterparts")
}

// settingHost reports whether the state or body h hosts only the setting
// of a meeting two or more named parties hold with each other: "will meet
// at the G7 summit hosted by the United Kingdom" is no meeting with the
// host (but "attended the BRICS summit hosted by Russia" is one).
func (d *doc) settingHost(h string, sn sense, verb bool, participants []string) bool {
	a := d.actors[h]
	return sn.frame == symmetric && verb && len(participants) >= 2 && (a == nil || a.Kind != parley.Person)
}

// hostForOwner drops the body a gathering is named after when the clause
// names its host: "attended the BRICS summit hosted by Russia" is a
// meeting with Russia, the host, not one of BRICS with Russia. g is the
// gathering's noun.
func (d *doc) hostForOwner(g, k, ce int, subj, obj []string) ([]string, []string) {
	if g < 1 || d.cover[g-1] < 0 {
		return subj, obj
	}
	m := d.in.Mentions[d.cover[g-1]]
	if len(m.Actors) != 1 || !d.isOrg(m.Actors[0]) {
		return subj, obj
	}
	h := d.meetingHost(k, ce)
	if h == "" || h == m.Actors[0] {
		return subj, obj
	}
	owner := func(id string) bool { return id == m.Actors[0] }
	return slices.DeleteFunc(slices.Clone(subj), owner), slices.DeleteFunc(slices.Clone(obj), owner)
}

// symmetricPairs lays out a meeting as PLOVER records do: each actor on
// one side with each on the other ("Morrison, Modi and Suga joined Biden" is
// three records), or, when all are on one side, each with each when
// clique ("Egypt, Ethiopia and Sudan agreed" is three, "Kishida and Yoon
// met" one), else the first with each other.
func symmetricPairs(subj, obj []string, clique bool) [][2]string {
	var out [][2]string
	if len(subj) > 0 && len(obj) > 0 {
		for _, s := range subj {
			for _, o := range obj {
				if s != o {
					out = append(out, [2]string{s, o})
				}
			}
		}
		return out
	}
	all := append(subj, obj...)
	if clique && len(all) <= 4 {
		// "Egypt, Ethiopia and Sudan agreed …": each with each.
		for i, s := range all {
			for _, o := range all[i+1:] {
				out = append(out, [2]string{s, o})
			}
		}
		return out
	}
	for _, o := range all[1:] {
		out = append(out, [2]string{all[0], o})
	}
	return out
}

// togetherWithAfter reports whether "together with" follows the trigger
// at k within a few words, before the clause ends, or a comma and "with"
// ("are due to meet again, with their Paraguayan and Uruguayan
// counterparts").
func (d *doc) togetherWithAfter(k, ce int) bool {
	for i := k + 1; i+1 < ce && i <= k+4; i++ {
		if d.tok(i).Is("together", ",") && d.tok(i+1).Is("with") {
			return true
		}
	}
	return false
}

// sameKind reports whether the actors are all people or all bodies and
// states: "Egypt, Ethiopia and Sudan", not "Turkey, Lavrov and Cavusoglu",
// where a state and its envoy stand side by side.
func (d *doc) sameKind(ids []string) bool {
	for _, id := range ids {
		a, b := d.actors[id], d.actors[ids[0]]
		if a == nil || b == nil || (a.Kind == parley.Person) != (b.Kind == parley.Person) {
			return false
		}
	}
	return true
}

// verbalTypes are acts done in words.
var verbalTypes = map[parley.EventType]bool{parley.Accuse: true, parley.Request: true, parley.Support: true,
	parley.Reject: true, parley.Threaten: true}

// earlierPairs returns the pairs in which the article's events so far
// joined the members of a group of three or more — a summit that C, B and
// A "joined D for" is D's with each — when they join them all; else nil.
func (d *doc) earlierPairs(group []string) [][2]string {
	var pairs [][2]string
	seen := map[string]bool{}
	for _, e := range d.built {
		if e.Type != parley.Consult && e.Type != parley.Agree {
			continue
		}
		if !slices.Contains(group, e.Source.ID) || !slices.Contains(group, e.Target.ID) {
			continue
		}
		p := [2]string{e.Source.ID, e.Target.ID}
		if !slices.Contains(pairs, p) && !slices.Contains(pairs, [2]string{p[1], p[0]}) {
			pairs = append(pairs, p)
			seen[p[0]], seen[p[1]] = true, true
		}
	}
	for _, id := range group {
		if !seen[id] {
			return nil
		}
	}
	return pairs
}

// separately reports whether "separately" or "individually" stands in the
// clause after the trigger at k.
func (d *doc) separately(k, ce int) bool {
	return d.wordAfter(k, ce, 8, "separately", "individually")
}

// inAn reports whether the noun at k is the head of "in a …" or "during
// a …" a word or two before it: "in a hand-to-hand clash with".
func (d *doc) inAn(k, a int) bool {
	for j := k - 1; j > a && j >= k-3; j-- {
		if d.tok(j).Is("a", "an") {
			return d.tok(j-1).Is("in", "during")
		}
	}
	return false
}

func uniq(ids []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func ruleName(sn sense, verb, passive bool) string {
	var b strings.Builder
	if verb {
		b.WriteString("verb")
	} else {
		b.WriteString("noun")
	}
	switch sn.frame {
	case symmetric:
		b.WriteString(":symmetric")
	case visit:
		b.WriteString(":visit")
	case host:
		b.WriteString(":host")
	case together:
		b.WriteString(":together")
	default:
		b.WriteString(":directed")
	}
	if passive {
		b.WriteString(":passive")
	}
	return b.String()
}

// leaderReporting returns the person who, heading a state, says or
// announces the clause whose subject starts at subjStart ("he said
// Armenia would not …", "Kobakhidze announced that Georgia …"); else "".
func (d *doc) leaderReporting(a, subjStart int) string {
	r := subjStart - 1
	if r > a && d.tok(r).Is("that") {
		r--
	}
	if r <= a || !d.sayVerbAt(r) {
		return ""
	}
	m, ok := d.mentionAt(r - 1)
	if !ok || len(m.Actors) != 1 || d.leaderState(m.Actors[0]) == "" {
		return ""
	}
	return m.Actors[0]
}

// relativeAdopter returns the actor that a relative clause after the
// measure at k names as adopting it: "sanctions against Russia, which the
// Union intends to adopt"; else nil.
func (d *doc) relativeAdopter(k, b int) []string {
	for i := k + 1; i+2 < b && i-k <= 10; i++ {
		if !d.tok(i).Is(",") {
			continue
		}
		if !d.tok(i+1).Is("which", "that") {
			return nil
		}
		j := i + 2
		if d.tok(j).Is("the") {
			j++
		}
		m, ok := d.mentionAt(j)
		if !ok || len(m.Actors) != 1 {
			return nil
		}
		for v := d.mentionEnd(j); v < b && v-j <= 6; v++ {
			if d.tok(v).Is("adopt", "adopted", "adopts", "impose", "imposed", "imposes", "approve", "approved", "approves") {
				return m.Actors
			}
		}
		return nil
	}
	return nil
}

// transitAfter reports whether goods moving across a border follow the
// verb at k closely: "bar the transit of", "banned exports of".
func (d *doc) transitAfter(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+2; i++ {
		if transitNouns[d.tok(i).Norm] {
			return true
		}
	}
	return false
}

// frontedTalksParties returns the two or more actors that open the main
// clause after a phrase "After talks …," opening the sentence at a, the
// talks being theirs ("After talks on Monday, Scholz and Macron signed a
// pact", "At their meeting in Ashgabat, hosted by Niyazov, Nazarbayev and
// Karimov declared …", the host among them); else nil.
func (d *doc) frontedTalksParties(k, a, b int) []string {
	their := k == a+2 && d.tok(a+1).Is("their") // ("After their summit, …", "At their meeting in Ashgabat, …": theirs the same)
	if !(k == a+1 && d.tok(a).Is("after", "following") || their && d.tok(a).Is("after", "following", "at", "during")) {
		return nil
	}
	var hosts []string
	for j := k + 1; j < b && j-k <= 8; j++ {
		if d.cover[j] >= 0 || d.finiteVerbAt(j) {
			return nil // "After talks with Xi, …": a partner of its own
		}
		if !d.tok(j).Is(",") {
			continue
		}
		s := j + 1
		if their && hosts == nil && s+2 < b && d.tok(s).Is("hosted", "chaired") && d.tok(s+1).Is("by") {
			// "At their meeting in Ashgabat, hosted by Niyazov, …": the
			// host met them too
			e := d.commaAfter(s+2, b)
			if e == 0 {
				return nil
			}
			if hosts = d.firstNamedBetween(s+2, e); hosts == nil {
				return nil
			}
			j = e
			s = e + 1
		}
		if s+1 < b && d.tok(s).Is("the") {
			s++ // "…, the US and Russia remained far apart"
		}
		m, ok := d.mentionAt(s)
		if !ok || d.mentionStart(s) != s {
			return nil
		}
		if ids := uniq(append(d.coordinated(m, d.mentionEnd(s), b), hosts...)); len(ids) >= 2 {
			return ids
		}
		return nil
	}
	return nil
}

// questionOpens reports whether the sentence at a opens as a question:
// a question word or an auxiliary before its subject ("How often do …",
// "Will Xi meet Biden?"), unlike a headline with a query mark ("Xi to
// meet Biden?").
func (d *doc) questionOpens(a int) bool {
	return d.tok(a).Is("how", "why", "when", "where", "what", "which", "who", "whom", "whose", "whether", "do", "does", "did",
		"will", "would", "can", "could", "should", "is", "are", "was", "were", "has", "have", "had", "shall", "may", "might")
}

// spokeAfterAct reports whether a past verb of speaking stands right
// before the subordinator before the gerund at k: "said after hosting".
func (d *doc) spokeAfterAct(k int) bool {
	return k >= 2 && d.tok(k-2).Is("said", "told", "added", "spoke")
}

// nextStop reports whether the journey at k is told by a gerund after
// "before" with no date of its own in the clause: the stop after the one
// the clause dates.
func (d *doc) nextStop(k int, clause parley.Span) bool {
	if k < 2 || !d.tok(k-1).Is("before") || !strings.HasSuffix(d.tok(k).Norm, "ing") {
		return false
	}
	from := d.tok(k).Start
	for _, x := range d.in.Dates {
		if x.Span.Start >= from && x.Span.End <= clause.End {
			return false
		}
	}
	return true
}

// toldDone reports whether the first verb in [a, b) is in the past, no
// modal or "to" before it.
func (d *doc) toldDone(a, b int) bool {
	for t := a; t < b; t++ {
		if d.tok(t).Is("will", "would", "to", "may", "might", "could", "should", "must", "shall", "'ll") {
			return false
		}
		if d.finiteVerbAt(t) {
			return !d.quoted[t]
		}
	}
	return false
}

// relativeAsideEnd returns the comma that closes, before limit, a
// relative aside opened by the comma at i (", who …,", ", which …,",
// ", whose …,"), or 0.
func (d *doc) relativeAsideEnd(i, limit int) int {
	if !d.tok(i).Is(",") || i+1 >= limit || !d.tok(i+1).Is("who", "which", "whose") {
		return 0
	}
	return d.commaAfter(i+1, limit)
}

// leaveWithheld reports whether the subject starting at from is the
// object of a leave refused or denied before it — "refused to let the
// envoy, Erywan Yusof, meet …", "did not allow the envoy to visit …" —
// looking back past the subject's title and an apposition.
func (d *doc) leaveWithheld(from, a int) bool {
	for i := from - 1; i > a && from-i <= 8; i-- {
		if d.tok(i).Is(";", "and", "but", "that", "which", "who") || d.finiteVerbAt(i) && !d.tok(i).Is("let", "allowed", "permitted") {
			return false
		}
		if !d.tok(i).Is("let", "allow", "allowed", "permit", "permitted") {
			continue
		}
		if d.refusedTo(i-1) || d.tok(i-1).Is("not", "never", "n't") || d.tok(i-1).Is("to") && d.tok(i-2).Is("declined", "refuses", "refused", "refusing") {
			return true
		}
		return false
	}
	return false
}

// status reads the modality of the words from the subject to the trigger.
func (d *doc) status(from, k int, sn sense) parley.Status {
	if k >= 2 && strings.HasSuffix(d.tok(k).Norm, "ing") && d.tok(k-1).Is("after") && d.spokeAfterAct(k) {
		return parley.Occurred // "…, Borrell said after hosting the two leaders": done before he spoke
	}
	// Words that put the whole rest of the sentence in doubt count from
	// the sentence start: "whether the two could agree", "it is possible
	// that …", "efforts to …".
	a, e := d.tokensOf(d.sentenceAround(k))
	if d.tok(e-1).Is("?") && !d.quoted[k] && (e-a >= 12 || d.questionOpens(a)) {
		// "And why would these experts be outraged by an administration
		// that … armed Ukraine?": a question asserts nothing, nor does a
		// short one that opens as a question, a heading as well: "How
		// often do the two leaders meet?"
		return parley.Hypothetical
	}
	// "said a nuclear war could not be won, and announced a dialogue":
	// a predicate after ", and" stands on its own.
	for i := k - 1; i > a+1; i-- {
		if d.tok(i).Is("while", "whereas") && d.tok(i-1).Is(",") && d.newClauseAt(i+1, k+1) {
			// "The Netherlands said it would act on the warrants if …,
			// while Hungary invited Netanyahu": a clause of its own
			a, from = max(a, i+1), max(from, i+1)
			break
		}
		if !d.tok(i).Is("and", "but") {
			continue
		}
		// "vowed to retaliate, and on Sunday fired …": a time phrase may
		// open the new predicate.
		j := d.afterTimePhrase(i+1, k)
		if d.tok(j).Is(",") {
			// "approved the plan and, in a statement released after
			// midnight, urged …": past the aside set off by commas, to
			// a verb in the past (not "will meet Xi and, if …, sign")
			if c := d.commaAfter(j, k); c > 0 && d.finiteVerbAt(c+1) && !d.tok(j+1).Is("if", "unless", "once", "provided") {
				j = c + 1
			}
		}
		if (d.tok(i-1).Is(",") || j > i+1 || d.pastAfterModal(i, k, a) || d.pastAfterPast(i, k, a)) && (j == k || d.finiteVerbAt(j) || d.tok(j).Is("has", "had")) ||
			d.tok(i-1).Is(",") && d.newClauseAt(i+1, k+1) { // "Russia denied the claim, but Ukraine accused Moscow": a clause of its own
			// (only before a verb: in "whether Russia, Belarus, and China
			// would sign" the list goes on)
			a, from = max(a, i+1), max(from, i+1)
			break
		}
	}
	if d.tok(a).Is("while", "although", "though", "whereas") {
		// "While China wants to buy soybeans, it has balked on terms": the
		// concession, up to the comma that closes it, does not colour the
		// main clause.
		for i := a + 1; i < k; i++ {
			if d.tok(i).Is(",") {
				a, from = max(a, i+1), max(from, i+1)
				break
			}
		}
	}
	open, end := d.subjectAside(k)
	for i := a; i < from; i++ {
		if i == open {
			i = end // "The ministry's spokesman, asked whether Beijing would retaliate, accused …"
			continue
		}
		if dashes[d.tok(i).Text] {
			if end := d.closingDash(i, k); end > 0 {
				i = end // "- which has rejected the US as a mediator if talks are ever revived -": an aside
				continue
			}
		}
		if end := d.relativeAsideEnd(i, from); end > 0 && !d.tok(i+1).Is("which") && d.cover[i-1] >= 0 {
			// "Ruto, who chairs a mediation effort, said he had spoken
			// with Burhan": what describes the person does not put the
			// sentence in doubt.
			i = end
			continue
		}
		if doubtCues[norm(d.tok(i))] && d.cover[i] < 0 && !(d.tok(i).Is("attempt", "attempts") && !d.tok(i+1).Is("to", "by")) {
			// (not "condemned the coup attempt and called on …": an
			// attempt made, only "an attempt to" is in doubt)
			return parley.Hypothetical
		}
		if d.tok(i).Is("neither", "nor") {
			return parley.Negated // "Neither the House nor the Senate has provided …"
		}
		if d.tok(i).Is("denied", "denies", "deny", "denying") && d.cover[i] < 0 {
			// "Peskov denied that Putin had spoken with Trump", "denied a
			// report that …": what is denied is not told as done.
			for j := i + 1; j < from && j <= i+4; j++ {
				if d.tok(j).Is("that", "reports", "report", "claims", "claim") {
					return parley.Negated
				}
			}
		}
		if d.tok(i).Is("dismissed", "dismisses", "dismiss", "dismissing", "rejected", "rejects", "reject", "rejecting") && d.cover[i] < 0 {
			// "dismissed suggestions that the U.S. was preparing to pull
			// out", "rejected claims that …": a claim refuted, not told as done.
			for j := i + 1; j+1 < from && j <= i+4; j++ {
				if claimNouns[d.tok(j).Norm] && d.tok(j+1).Is("that") {
					return parley.Negated
				}
			}
		}
	}
	if k >= 2 && d.tok(k-1).Is("to") && d.tok(k-2).Is("refusal", "failure") {
		return parley.Negated // "the administration's refusal to send weapons"
	}
	if d.leaveWithheld(from, a) {
		return parley.Negated // "refused to let the envoy, Erywan Yusof, meet Suu Kyi": not let, not done
	}
	if d.preparedFor(k, a) {
		return parley.Planned // "discussed preparations for Putin's visit to China in May"
	}
	if k > a && strings.HasSuffix(d.tok(k).Norm, "ing") && (d.tok(k-1).Is("opposed", "opposes", "oppose", "opposing", "against", "resisted", "resists", "resist", "resisting") ||
		k-1 > a && d.tok(k-1).Is("to") && d.tok(k-2).Is("objected", "objects", "object", "objecting") || k-1 > a && d.tok(k-1).Is("out") && d.tok(k-2).Is("ruled", "rules", "rule", "ruling")) {
		return parley.Negated // "said Hungary opposed sending weapons to Ukraine", "ruled out sending troops": not done
	}
	if k >= 2 && d.tok(k-1).Is("to") && from > a && d.tok(from-1).Is("requires", "required", "require", "obliges", "obliged", "oblige", "obligates", "commits", "committed", "binds", "bound") {
		return parley.Planned // "The agreement requires Russia to withdraw its forces": a duty, still to be done
	}
	for i := from; i < k; i++ {
		if i == open {
			i = end // "Lavrov, asked whether Moscow would retaliate, accused …": the aside's doubt is its own
			continue
		}
		if dashes[d.tok(i).Text] {
			if end := d.closingDash(i, k); end > 0 {
				i = end // an aside between the subject and its verb
				continue
			}
		}
		if end := d.relativeAsideEnd(i, k); end > 0 {
			// "Carrie Lam, who has refused to withdraw the bill, met Li
			// Keqiang": the aside's negation is its own.
			i = end
			continue
		}
		if d.cover[i] >= 0 {
			continue // a name: "Will Hurd", "Theresa May"
		}
		if d.monthAt(i) {
			continue // "meeting in Cairo on May 7 called on …": the month
		}
		if d.tok(i).Is("yet") && i+1 < len(d.in.Tokens) && d.tok(i+1).Is("to") {
			return parley.Negated // "Biden has yet to speak with Khan"
		}
		if d.tok(i).Is("no") && i+2 < k && d.tok(i+1).Is("uncertain") && d.tok(i+2).Is("terms") {
			i += 2 // "condemned in no uncertain terms the raid": emphasis, no negation
			continue
		}
		if d.tok(i).Is("denied", "denies", "deny", "denying") {
			for j := i + 1; j < k && j <= i+3; j++ {
				if d.tok(j).Is("involvement", "role", "responsibility", "part") {
					return parley.Negated // "Kyiv denied any involvement in the drone attack on the Kremlin"
				}
			}
		}
		n := norm(d.tok(i))
		switch {
		case d.ruleOutWithheldAfter(i, k):
			return parley.Hypothetical // "did not rule out a meeting with Putin": held open, not done
		case negationCues[n] && i+1 < k && d.tok(i+1).Is("expected", "likely", "set", "due", "going", "poised"):
			return parley.Hypothetical // "are not expected to normalize relations this year": a forecast
		case negationCues[n]:
			return parley.Negated
		case hypotheticalCues[n]:
			return parley.Hypothetical
		case n == "have" && i > from && d.tok(i-1).Is("would", "could", "might", "should"):
			return parley.Hypothetical // "would have objected": it did not happen
		case obligationCues[n] && d.tok(i+1).Is("to") && i+2 < k+1 && !d.tok(i+2).Is("date"):
			// "Israel is obliged to let aid into Gaza", "Israel's
			// responsibility to let aid in", "has a duty to deliver aid":
			// a duty told is no act done (whoever tells it asks for it).
			return parley.Hypothetical
		}
	}
	intent := false
	for i := from; i < k; i++ {
		if i == open {
			i = end // "Erdogan, who faces elections next year, accused …": the aside's future is its own
			continue
		}
		if d.cover[i] >= 0 {
			continue
		}
		n := norm(d.tok(i))
		if plannedCues[n] && d.pastDateAt(i) {
			continue // "met on Friday and the next day signed": a past day, no plan
		}
		if n == "going" && i > 0 && d.tok(i-1).Is("before", "after", "and", "then") {
			continue // "before going on to Ankara for talks": a journey told, no future
		}
		if plannedCues[n] || d.invitedAct(i, k) || d.scheduleIncludes(i) {
			return parley.Planned
		}
		// "is to meet", "are to hold talks", "agreed on Monday to resume
		// talks"
		if n == "to" && i > from && intent && sn.typ == parley.Concede && (d.tok(i-1).Is("agreed", "agrees") || i-2 >= from && d.tok(i-1).Is("agree") && d.tok(i-2).Is("did")) && d.infinitiveAfter(i, k) {
			return parley.Occurred // "agreed to address Turkey's concerns": to agree to yield is the concession
		}
		if n == "to" && i > from && (d.beBefore(i, from) || intent && d.infinitiveAfter(i, k)) {
			return parley.Planned
		}
		intent = intent || intentVerbs[n]
	}
	return parley.Occurred
}

// scheduleIncludes reports whether "include" at i has a schedule for its
// subject, a plan of what is to come: "His itinerary also includes video
// meetings with …", "The programme includes talks with …".
func (d *doc) scheduleIncludes(i int) bool {
	if !d.tok(i).Is("includes", "include", "including") {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if d.tok(j).Is("itinerary", "schedule", "programme", "program", "agenda") {
			return true
		}
		if !d.tok(j).Is("also", "will", "'s", "’s") && d.tok(j).Kind == token.Punct {
			return false
		}
	}
	return false
}

// beBefore reports whether a form of "be" stands right before the "to"
// at i, or one adverb before it: "is to meet", "is also to meet", "are
// then to sign".
func (d *doc) beBefore(i, from int) bool {
	j := i - 1
	if j > from && d.tok(j).Is("also", "then", "now", "later", "next", "soon", "first", "still", "jointly") {
		j--
	}
	return beForms[norm(d.tok(j))]
}

// invitedAct reports whether the noun at i is an invitation whose "to"
// opens the act at k: "accepted an invitation from Putin to visit
// Moscow", "received Biden's invitation to visit Washington" — the act is
// still to come. ("arrived at the invitation of Saied to meet him": the
// journey made on it is the act.)
func (d *doc) invitedAct(i, k int) bool {
	if !d.tok(i).Is("invitation", "invitations") || i+1 >= k-1 || !d.tok(k-1).Is("to") || d.finiteVerbIn(i+1, k-1) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		if d.tok(j).Is("at", "on", "upon") {
			return false
		}
	}
	return true
}

// infinitiveAfter reports whether "to" at i may open the infinitive or
// the phrase of the act at k ("pledged to send", "agreed to a new round
// of talks"), not a recipient named before it: "pledged air defence to
// Ukraine during a visit to Kyiv".
func (d *doc) infinitiveAfter(i, k int) bool {
	if i+1 < k && (pastForms[d.tok(k).Norm] || strings.HasSuffix(d.tok(k).Norm, "ed")) {
		for j := i + 1; j < k; j++ {
			if d.tok(j).Is(",") {
				return false // "offered condolences to the families, urged Kenya to …": another verb of its own
			}
		}
	}
	return i+1 >= k || d.cover[i+1] < 0
}

// subjectAsideDay returns the day of an aside on the subject that tells
// the occasion the subject was at, set off by commas right before the
// past-tense verb at k — "Guterres, who opened the week's meetings on
// Monday, urged …", "Borrell, who chaired Monday's meeting, defended …",
// "Blinken, who arrived in Kyiv on Tuesday, pledged …" — or none.
// ("Sweden, which joined NATO in March, sent troops", "Lula, who hosted
// Maduro on Tuesday, urged …": another act.)
func (d *doc) subjectAsideDay(k, a int) parley.Date {
	c := k - 1
	if c > a && d.tok(c).Is("also", "then", "later") {
		c--
	}
	if c <= a+2 || !d.tok(c).Is(",") || !d.finiteVerbAt(k) && !pastForms[d.tok(k).Norm] {
		return parley.Date{}
	}
	o := c - 1
	for o > a && !d.tok(o).Is(",") {
		o--
	}
	v := o + 2
	if v < c && d.tok(v).Is("had") {
		v++
	}
	if o <= a || !d.tok(o+1).Is("who") || d.cover[o-1] < 0 || v >= c || !d.tok(v).Is("arrived", "landed") && !d.tok(v).Is("opened", "chaired", "attended", "addressed") {
		return parley.Date{}
	}
	if d.tok(v).Is("opened", "chaired", "attended", "addressed") && !d.occasionBetween(v+1, c) {
		return parley.Date{} // ("Lula, who hosted Maduro on Tuesday, urged …": a meeting of its own)
	}
	for _, x := range d.in.Dates {
		if x.Span.Start > d.tok(v).End && x.Span.End <= d.tok(c).Start && x.Precision == parley.PrecisionDay && !x.Value.IsZero() &&
			!d.in.Published.Before(x.Value) {
			return x.Value
		}
	}
	return parley.Date{}
}

// occasionBetween reports whether an occasion noun, singular or plural,
// stands in tokens [i, j): "opened the week's meetings".
func (d *doc) occasionBetween(i, j int) bool {
	for t := i; t < j; t++ {
		n := d.tok(t).Norm
		if occasionNouns[n] != nil || occasionNouns[strings.TrimSuffix(n, "s")] != nil || d.tok(t).Is("session", "assembly") {
			return true
		}
	}
	return false
}

// sharedModal reports whether the bare verb at k, right after "and",
// shares a modal with the verb before it in its clause: "will meet and
// sign a pact", "would discuss trade and sign documents" (not "will meet
// Xi, and signed …" nor "met and signed").
func (d *doc) sharedModal(k, cs int) bool {
	and := k - 1
	if and > cs && d.tok(and).Is("then", "also") {
		and--
	}
	w := d.tok(k).Norm
	if and <= cs || !d.tok(and).Is("and") || d.cover[k] >= 0 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") || irregularPast[w] || pastForms[w] {
		return false
	}
	for j := and - 1; j >= cs && and-j <= 10; j-- {
		if d.tok(j).Is(",", ";", ":") || d.cover[j] < 0 && d.finiteVerbAt(j) {
			return false
		}
		if d.cover[j] < 0 && d.tok(j).Is("will", "would", "shall", "could", "might", "may") {
			return true
		}
	}
	return false
}

// pastAfterPast reports whether the verb k right after "and" or "but" at
// i is a past form joined to the past verb of a named subject before it:
// in "Canada welcomed Ukraine's efforts but urged NATO to do more" the
// object's "efforts" colours only the welcome, not the call. (Not
// "asked whether Russia attacked and seized …": a doubt before the
// first verb covers both.)
func (d *doc) pastAfterPast(i, k, a int) bool {
	if k != i+1 || !d.finiteVerbAt(k) {
		return false
	}
	for j := a + 1; j < i; j++ {
		t := d.tok(j - 1)
		if d.cover[j-1] < 0 && (doubtCues[t.Norm] || hypotheticalCues[t.Norm] || t.Is("to", "whether", "if", "that")) {
			return false
		}
		if d.cover[j-1] < 0 || d.cover[j] >= 0 {
			continue
		}
		v := d.afterTimePhrase(j, i) // "Britain on Tuesday hailed …"
		if v < i && d.tok(v).Is("also", "again", "later") {
			v++
		}
		if d.finiteVerbAt(v) {
			return true
		}
	}
	return false
}

// pastAfterModal reports whether the verb k after "and" at i is a past
// form that the modal or "to" of the predicate before the "and" cannot
// govern:
// in "said the ban could hurt trade and accused Lithuania" no "could
// accused" is read, so the charge was made; nor "could has accused". A
// "be" or "have" after the modal may share its participle ("could be
// arrested and charged").
func (d *doc) pastAfterModal(i, k, a int) bool {
	w := d.tok(k).Norm
	if d.cover[k] >= 0 || !strings.HasSuffix(w, "ed") && !irregularPast[w] {
		return false
	}
	if k != i+1 && !(k == i+2 && d.tok(i+1).Is("has", "had")) {
		return false
	}
	for j := i - 1; j > a; j-- {
		if d.cover[j] >= 0 {
			continue
		}
		n := norm(d.tok(j))
		if beForms[n] || n == "have" || n == "has" || n == "had" || d.tok(j).Is(",", ";") {
			return false
		}
		if n == "could" || n == "would" || n == "might" || n == "may" || n == "will" || n == "to" {
			return true // ("promised to protect Medicaid and hammered Bevin": no "to hammered")
		}
	}
	return false
}

// chargeVerbs make a definite accusation noun after them the subject's own.
var chargeVerbs = map[string]bool{"made": true, "make": true, "makes": true, "making": true, "levelled": true,
	"leveled": true, "level": true, "lodged": true, "lodge": true, "filed": true, "file": true, "brought": true,
	"bring": true, "repeated": true, "repeat": true, "repeats": true, "renewed": true, "renew": true,
	"voiced": true, "voice": true, "raised": true, "raise": true, "issued": true, "issue": true,
	"reiterated": true, "reiterate": true, "stepped": true, "escalated": true, "launched": true, "launch": true,
	"opened": true, "open": true, "announced": true, "announce": true, "ordered": true, "order": true}

// closingDash returns the dash before k that closes the aside the dash at
// i opens, or 0.
func (d *doc) closingDash(i, k int) int {
	for j := i + 1; j < k; j++ {
		if dashes[d.tok(j).Text] {
			return j
		}
	}
	return 0
}

// sentenceAround returns the sentence span holding token k.
func (d *doc) sentenceAround(k int) parley.Span {
	off := d.tok(k).Start
	for _, s := range d.in.Sentences {
		if s.Start <= off && off < s.End {
			return s
		}
	}
	return parley.Span{Start: off, End: off + 1}
}

// signedIn reports whether the truce noun at n is the object of a
// signing a few words before: "signed a formal ceasefire in Luanda" names
// where it was signed, not the war it ends.
func (d *doc) signedIn(n int) bool {
	if !d.tok(n).Is("ceasefire", "truce", "cease-fire", "peace") {
		return false
	}
	for i := n - 1; i >= 0 && i >= n-4; i-- {
		if d.tok(i).Is("signed", "sign", "signing", "signs", "concluded", "initialled", "initialed") {
			return true
		}
	}
	return false
}

// placeIn finds "in Geneva" or "at the Kremlin" among tokens [a, b).
func (d *doc) placeIn(a, b int) *parley.Place {
	if a >= b || a >= len(d.in.Tokens) {
		return nil
	}
	sp := d.spanOf(a, min(b, len(d.in.Tokens)))
	for _, p := range d.in.Places {
		if !sp.Contains(p.Span) {
			continue
		}
		k := d.tokenAt(p.Span.Start)
		in := k - 1
		if in > 1 && d.tok(in).Is("the") {
			in-- // "incidents in the South China Sea"
		}
		if in > 0 && d.tok(in).Is("in") && aboutNouns[d.tok(in-1).Norm] && !d.signedIn(in-1) {
			continue // "discussed the situation in Gaza with Burns in Doha": what the talks were about
		}
		if in > 0 && d.tok(in).Is("in") && (d.tok(in-1).Is("born", "raised", "educated", "buried", "exiled", "imprisoned", "jailed") || d.tok(in-1).Is("up") && in > 1 && d.tok(in-2).Is("grew", "grown")) {
			continue // "Albright, who was born in Prague, welcomed …": a life's place, not the act's
		}
		if e := d.tokenAt(p.Span.End); d.possessiveAt(e) && e+1 < len(d.in.Tokens) && d.tok(e+1).Is("request", "invitation", "behest", "urging", "initiative") {
			continue // "at Riyadh's request": the government that asked, not the place
		}
		if k > 0 && d.tok(k-1).Is("in", "at") || k > 1 && d.tok(k-1).Is("the") && d.tok(k-2).Is("in", "at") {
			return &parley.Place{Name: p.Name, Country: p.Country}
		}
	}
	return nil
}

// aboutNouns before "in" and a place name a matter there, not where an
// act took place: "the war in Ukraine", "the situation in Gaza".
var aboutNouns = map[string]bool{"situation": true, "war": true, "conflict": true, "crisis": true, "fighting": true,
	"violence": true, "crackdown": true, "ceasefire": true, "truce": true, "hostages": true, "offensive": true,
	"unrest": true, "protests": true, "election": true, "elections": true, "tensions": true, "developments": true,
	"escalation": true, "killings": true, "famine": true, "incidents": true, "clashes": true,
	"disputes": true, "stability": true, "security": true, "peace": true, // ("to prevent incidents in the South China Sea")
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "massacre": true, "shooting": true, "blast": true} // "condolences for the attack in Pahalgam"

// predicateEnd returns where a second predicate of the same subject
// opens after trigger k ("met Macron in Berlin and will travel to
// Warsaw"), else ce.
func (d *doc) predicateEnd(k, ce int) int {
	for t := k + 1; t < ce; t++ {
		if d.predicateAfterAnd(t, ce) || d.tok(t).Is("before") && t+1 < ce && d.participleJourneyBefore(t+2, t-1) == t {
			return t // (or "before flying to Ottawa": the trip's own place; "after flying to Moscow" leads to this one's)
		}
		if d.tok(t).Is("after") && t+2 < ce && d.cover[t+1] < 0 && d.tok(t+1).Is("visiting", "touring", "meeting", "attending") {
			return t // "arrived in Baku after visiting Tbilisi": the earlier visit's own place (not "after flying to Moscow": the trip ends where this is)
		}
		if d.tok(t).Is(",") && t+2 < ce && d.tok(t+1).Is("a", "an") && d.tok(t+2).Is("gesture", "move", "step", "sign", "signal", "show", "display", "scene", "moment") {
			return t // "shook hands, a gesture few in Nouméa thought they would see": the aside judges the act, it does not place it
		}
		if d.tok(t).Is("after", "because", "since", "before", "when", "while", "until") && d.clauseOpensAt(t+1, ce) {
			return t // "expelled the advisers, a day after gunmen killed 26 tourists in Pahalgam": the killing's place ("struck Kyiv hours before Scholz arrived in Warsaw": not in Warsaw)
		}
	}
	return ce
}

// clauseOpensAt reports whether a clause with a subject and a finite verb
// of its own starts at token i: a name or a bare plural noun and its verb
// ("gunmen killed", "Russia invaded"), or a noun phrase and an auxiliary
// ("the aid worker was killed").
func (d *doc) clauseOpensAt(i, ce int) bool {
	if i >= ce {
		return false
	}
	if d.cover[i] >= 0 {
		e := d.mentionEnd(i)
		return e < ce && (d.finiteVerbAt(e) || d.tok(e).Is("was", "were", "had", "has", "have"))
	}
	t := d.tok(i)
	if t.Kind == token.Word && !t.Upper && (plural(t.Norm) || t.Is("gunmen", "men", "women", "people", "police", "children", "militiamen", "servicemen", "fishermen")) && i+1 < ce && d.finiteVerbAt(i+1) {
		return true
	}
	return d.nounSubjectClause(i, ce)
}

// ownDestination returns the place a journey at k goes to ("flew to
// Beijing"), or, for a meeting in a predicate joined by "and", the place
// that predicate's journey goes to ("and will travel to Warsaw on Friday
// to meet Tusk"); else nil. Either overrides a place named earlier.
func (d *doc) ownDestination(k, cs, pe int, sn sense) *parley.Place {
	if sn.typ != parley.Consult {
		return nil
	}
	if sn.frame == visit {
		return d.visitedPlace(k, pe)
	}
	if p := d.participleJourneyBefore(k, cs); p >= 0 && d.placeIn(p+1, pe) == nil {
		return d.visitedPlace(p+1, k) // "before flying to Ottawa to meet Trudeau"
	}
	if j := d.journeyForMeeting(k, cs); j >= 0 {
		// "…, then Scholz flew to Paris to meet Macron": the journey the
		// meeting is the purpose of goes where it was held, unless the
		// meeting names its own ("to meet Macron in Versailles").
		if p := d.placeIn(k, pe); p != nil {
			return p
		}
		if p := d.visitedPlace(j, k); p != nil {
			return p
		}
	}
	for t := k - 1; t > cs; t-- {
		if d.predicateAfterAnd(t, k) || d.predicateJoin(t, cs) && d.sharedSubjectVerb(t, k) { // ("and on Tuesday travelled to Rome")
			if d.placeIn(t+1, pe) != nil {
				return nil // "and flew to Rome to meet Meloni in Milan": the meeting's own place
			}
			return d.visitedPlace(t+1, k)
		}
	}
	return nil
}

// gerundAfterSubordinator reports whether trigger k is a gerund opening
// a time clause after its main clause ("arrived in Moscow after visiting
// Austria", "before meeting Lula"): a place named before belongs to the
// main clause's act.
func (d *doc) gerundAfterSubordinator(k, cs int) bool {
	return k-1 > cs && strings.HasSuffix(d.tok(k).Norm, "ing") && d.tok(k-1).Is("after", "before", "since", "while")
}

// andBeforeVerb returns the "and" that joins the predicate of the verb at
// k to the one before, right before it or past a day or an adverb ("and
// on Sunday signed", "and then agreed", "and the next day signed"); else 0.
func (d *doc) andBeforeVerb(k, a int) int {
	for t := k - 1; t > a && t >= k-6; t-- {
		if d.tok(t).Is("and") {
			return t
		}
		if !d.inDate(t) && !d.tok(t).Is("then", "also", "later", "on", "the", "next", "following", "day", "same") {
			return 0
		}
	}
	return 0
}

// journeyForMeeting returns the verb of a journey whose purpose, "to"
// right before k, the meeting at k is ("flew to Paris on Monday to meet"),
// across no punctuation; else -1.
func (d *doc) journeyForMeeting(k, cs int) int {
	if k-3 < cs || !d.tok(k-1).Is("to") {
		return -1
	}
	for t := k - 2; t > cs && t >= k-9; t-- {
		if d.tok(t).Kind == token.Punct {
			return -1
		}
		if visitWords[d.tok(t).Norm] && d.tok(t+1).Is("to") {
			return t
		}
	}
	return -1
}

// visitedPlace finds the place a visit in tokens [a, b) went to:
// "visited Beirut", "travelled to Moscow", "a state visit to Washington",
// "welcomed Xi to Astana".
func (d *doc) visitedPlace(a, b int) *parley.Place {
	if a >= b || a >= len(d.in.Tokens) {
		return nil
	}
	sp := d.spanOf(a, min(b, len(d.in.Tokens)))
	for _, p := range d.in.Places {
		if !sp.Contains(p.Span) {
			continue
		}
		k := d.tokenAt(p.Span.Start)
		if k > a && d.tok(k-1).Is("visited", "visiting", "visit", "visits", "toured", "touring") {
			return &parley.Place{Name: p.Name, Country: p.Country}
		}
		if k <= a+1 || !d.tok(k-1).Is("to") {
			continue
		}
		for j := k - 2; j >= a && j >= k-4; j-- {
			if visitWords[d.tok(j).Norm] {
				return &parley.Place{Name: p.Name, Country: p.Country}
			}
			if d.tok(j).Kind == token.Punct {
				break
			}
		}
	}
	return nil
}

// hereIn reports whether "here" outside quotation marks stands in tokens
// [a, b): the place of the dateline.
func (d *doc) hereIn(a, b int) bool {
	for i := a; i < b && i < len(d.in.Tokens); i++ {
		if d.tok(i).Is("here") && !d.quoted[i] {
			return true
		}
	}
	return false
}

// datelinePlace returns the place that opens the article's first
// paragraph as its dateline ("BEIJING, June 5 (Xinhua) --"), or nil.
func (d *doc) datelinePlace() *parley.Place {
	if len(d.in.Paragraphs) == 0 || len(d.in.Places) == 0 {
		return nil
	}
	for _, par := range d.in.Paragraphs[:min(3, len(d.in.Paragraphs))] {
		for _, p := range d.in.Places {
			if p.Span.Start != par.Start {
				continue
			}
			k := d.tokenAt(p.Span.End)
			if k < len(d.in.Tokens) && (d.tok(k).Is(",", "(", ":") || dashes[d.tok(k).Text]) {
				return &parley.Place{Name: p.Name, Country: p.Country}
			}
		}
	}
	return nil
}

// respectivePlaces pairs the places of a list in the sentence (from a to
// ce) with the meeting's partners one by one, each with the place of its
// own state, the last one left with the place left: "will travel to
// Berlin, Paris and Brussels to meet Scholz, Macron and Rutte". It
// returns nil unless every partner gets a place of its own.
func (d *doc) respectivePlaces(pairs [][2]string, a, ce int) map[string]*parley.Place {
	var targets []string
	for _, p := range pairs {
		if p[0] != pairs[0][0] {
			return nil // one traveller's trip only, not a meeting of many
		}
		if !slices.Contains(targets, p[1]) {
			targets = append(targets, p[1])
		}
	}
	if len(targets) < 2 {
		return nil
	}
	sp := d.spanOf(a, min(ce, len(d.in.Tokens)))
	var list []PlaceMention // the first list of two places or more (a lone place before it is none)
	for n, p := range d.in.Places {
		if sp.Contains(p.Span) && !d.namesTarget(p, targets) {
			if list = d.placeRun(n, sp, false); len(list) >= 2 {
				break
			}
		}
	}
	list = list[:min(len(list), len(targets))]
	if len(list) != len(targets) {
		return nil
	}
	out := map[string]*parley.Place{}
	used := make([]bool, len(list))
	for _, t := range targets {
		c := d.countryOf(t)
		for n, p := range list {
			if !used[n] && c != "" && p.Country == c {
				out[t], used[n] = &parley.Place{Name: p.Name, Country: p.Country}, true
				break
			}
		}
	}
	if len(out) == len(targets)-1 {
		for n, p := range list {
			for _, t := range targets {
				if !used[n] && out[t] == nil {
					out[t], used[n] = &parley.Place{Name: p.Name, Country: p.Country}, true
				}
			}
		}
	}
	if len(out) != len(targets) {
		return nil
	}
	return out
}

// namesTarget reports whether place p is written as the name of one of
// the targets: "met South Ossetia and Abkhazia in Moscow" names two
// de facto authorities, whose lands are no places of the meetings.
func (d *doc) namesTarget(p PlaceMention, targets []string) bool {
	i := d.tokenAt(p.Span.Start)
	if i >= len(d.in.Tokens) || d.cover[i] < 0 {
		return false
	}
	for _, id := range d.in.Mentions[d.cover[i]].Actors {
		if slices.Contains(targets, id) {
			return true
		}
	}
	return false
}

// placesApart reports whether the objects of the pairs each have a place
// of their own after their names, and not all the same one.
func (d *doc) placesApart(pairs [][2]string, k, ce int) bool {
	seen := map[string]bool{}
	for _, p := range pairs {
		pl := d.placeAfterActor(p[1], k, ce)
		if pl == nil {
			return false
		}
		seen[pl.Name] = true
	}
	return len(seen) > 1
}

// perfectOrYet reports whether a perfect ("have not agreed") or "yet"
// stands in the few words before k.
func (d *doc) perfectOrYet(k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if d.tok(i).Is("have", "has", "had", "yet") {
			return true
		}
	}
	return false
}

// betweenBefore returns the actors of "between X and Y" in tokens
// [cs, k), or nil.
func (d *doc) betweenBefore(cs, k int) []string {
	for i := cs; i+1 < k; i++ {
		if !d.tok(i).Is("between") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j); ok && j < k {
			return uniq(d.coordinated(m, d.mentionEnd(j), k))
		}
		return nil
	}
	return nil
}

// visitingBefore reports whether id is named in (k, ce) right after
// "visiting": the guest of a meeting.
func (d *doc) visitingBefore(id string, k, ce int) bool {
	for i := k + 1; i < ce; i++ {
		m, ok := d.mentionAt(i)
		if !ok {
			continue
		}
		if s := d.mentionStart(i); slices.Contains(m.Actors, id) && s > 0 && s-1 != k && d.tok(s-1).Is("visiting") &&
			!(s > 1 && d.tok(s-2).Is("is", "are", "was", "were", "been", "be", "who", "while", "when")) { // ("is visiting Japan": the host)
			return true
		}
		i = d.mentionEnd(i) - 1
	}
	return false
}

// datesApart reports whether the objects of the pairs each have a date
// of their own right after their names, and not all the same one:
// "spoke with Tshisekedi on Sunday and with Kagame on Monday".
func (d *doc) datesApart(pairs [][2]string, k, ce int) bool {
	seen := map[parley.Date]bool{}
	for _, p := range pairs {
		dt := d.dateAfterActor(p[1], k, ce)
		if dt.IsZero() {
			return false
		}
		seen[dt] = true
	}
	return len(seen) > 1
}

// dateAfterActor returns the date of the date phrase right after the
// mention of id in tokens (k, ce), or after a place right after it, or
// the zero date.
func (d *doc) dateAfterActor(id string, k, ce int) parley.Date {
	for i := k + 1; i < ce; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		e := d.mentionEnd(i)
		if m.Via == parley.ViaAdjective {
			e = d.headNounEnd(e, ce) // "the Belarusian envoy on Tuesday"
		}
		if slices.Contains(m.Actors, id) && e < ce {
			j := e
			if d.tok(j).Is("in", "at") && d.placeEnd(j+1) > j+1 && d.placeEnd(j+1) < ce {
				j = d.placeEnd(j + 1) // "Putin in St Petersburg on Saturday"
			}
			if d.tok(j).Is("on", "in") {
				j++
			}
			for _, x := range d.in.Dates {
				if j < ce && x.Span.Start == d.tok(j).Start {
					return x.Value
				}
			}
			return parley.Date{}
		}
		i = e - 1
	}
	return parley.Date{}
}

// headNounEnd returns the token after the plain nouns (at most three)
// that a country word ending at e qualifies: "Russian ambassador",
// "Belarusian charge d'affaires".
func (d *doc) headNounEnd(e, ce int) int {
	j := e
	for j < ce && j-e < 3 && d.cover[j] < 0 && d.tok(j).Kind == token.Word && !d.tok(j).Upper &&
		!d.tok(j).Is("in", "on", "at", "and", "or", "of", "to", "for", "the", "a", "an", "last", "this", "next") && !d.finiteVerbAt(j) {
		j++
	}
	return j
}

// placeAfterActor returns the place named by "in" or "at" right after
// the mention of id in tokens (k, ce), or after a date right after it,
// or nil.
func (d *doc) placeAfterActor(id string, k, ce int) *parley.Place {
	for i := k + 1; i < ce; i++ {
		m, ok := d.mentionAt(i)
		if !ok {
			continue
		}
		e := d.mentionEnd(i)
		if slices.Contains(m.Actors, id) {
			e = d.dateEndAt(e) // "Scholz on Tuesday in Berlin"
			if e+1 < ce && d.tok(e).Is("in", "at") {
				return d.placeStartingAt(e + 1)
			}
			return nil
		}
		i = e - 1
	}
	return nil
}

// againstAfter finds "against X" in a participle clause that follows a
// protest's own clause, in tokens [ce, b): "…, chanting slogans against
// Rwanda".
func (d *doc) againstAfter(ce, b int) []string {
	if ce >= b || !d.tok(ce).Is(",") {
		return nil
	}
	participle := false
	for i := ce + 1; i+1 < b; i++ {
		t := d.tok(i)
		participle = participle || strings.HasSuffix(t.Norm, "ing") && d.cover[i] < 0
		if t.Is(";") || d.finiteVerbAt(i) {
			return nil
		}
		if participle && t.Is("against") {
			// "chanting against the ruling Georgian Dream party", "against
			// Rwanda and against the UN mission": all those listed
			if j := actorAt(d, i+1, "the", "ruling", "governing"); j >= 0 {
				if m, ok := d.mentionAt(j); ok {
					return d.coordinated(m, d.mentionEnd(j), b)
				}
				return d.in.Mentions[d.cover[j]].Actors
			}
		}
	}
	return nil
}

// visitProtested returns the visitor a protest at k is held against in
// its sentence (up to b): "in protest against the visit of Japanese Prime
// Minister Kakuei Tanaka", "against Tanaka's visit"; nil when none.
func (d *doc) visitProtested(k, b int) []string {
	for i := k + 1; i+3 < b; i++ {
		if d.tok(i).Is(";") || i > k+1 && d.finiteVerbAt(i) {
			return nil
		}
		if !d.tok(i).Is("against") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("the") && d.tok(j+1).Is(visitNouns...) && j+3 < b && d.tok(j+2).Is("of", "by") {
			if p := d.describedActorAt(j + 3); p >= 0 && d.personAt(p) {
				return d.in.Mentions[d.cover[p]].Actors
			}
			return nil
		}
		if p := actorAt(d, j, "the"); p >= 0 && d.personAt(p) {
			if e := d.mentionEnd(p); e+1 < b && d.possessiveAt(e) && d.tok(e+1).Is(visitNouns...) {
				return d.in.Mentions[d.cover[p]].Actors // "against Tanaka's visit"
			}
		}
		return nil
	}
	return nil
}

// visitNouns name a leader's coming to a place.
var visitNouns = []string{"visit", "arrival", "trip", "tour", "presence"}

// placeEndingAt returns the place whose last token is k, or nil.
func (d *doc) placeEndingAt(k int) *parley.Place {
	if k < 0 {
		return nil
	}
	for _, p := range d.in.Places {
		if p.Span.End > p.Span.Start && d.tokenAt(p.Span.End)-1 == k {
			return &parley.Place{Name: p.Name, Country: p.Country}
		}
	}
	return nil
}

// visitWords go before "to" and the place a visit went to.
var visitWords = map[string]bool{"visit": true, "visits": true, "trip": true, "trips": true, "travelled": true,
	"traveled": true, "travels": true, "travel": true, "travelling": true, "traveling": true, "flew": true, "flies": true,
	"fly": true, "flying": true, "journey": true, "journeyed": true, "tour": true, "welcomed": true, "welcomes": true,
	"welcome": true, "came": true, "comes": true, "went": true, "goes": true, "returned": true, "headed": true, "heading": true, "drove": true}

var virtualCues = map[string]bool{"virtual": true, "virtually": true, "video": true, "videoconference": true,
	"video-conference": true, "online": true, "video-link": true, "videolink": true, "remotely": true, "zoom": true}
var phoneCues = map[string]bool{"phone": true, "telephone": true, "phoned": true, "telephoned": true, "call": true,
	"calls": true, "called": true, "dialled": true, "dialed": true}
var inPersonCues = map[string]bool{"visit": true, "visited": true, "visiting": true, "hosted": true,
	"face-to-face": true, "in-person": true, "trip": true, "arrived": true, "travelled": true, "traveled": true,
	"flew": true, "welcomed": true, "received": true, "handshake": true, "summit": true}

// medium reads how a consultation took place from the words of its clause.
func (d *doc) medium(k, cs, ce int, sn sense, loc *parley.Place) parley.Medium {
	// The trigger's own words first: "the telephone conversation between
	// Xi and Biden", though the sentence opens with "The virtual meeting".
	for i := k - 1; i >= cs && i >= k-2; i-- {
		switch n := norm(d.tok(i)); {
		case virtualCues[n]:
			return parley.Virtual
		case n == "phone" || n == "telephone":
			return parley.Phone
		case n == "in-person" || n == "face-to-face" || n == "courtesy":
			return parley.InPerson // ("received a courtesy call from …": a visit)
		}
	}
	// A cue that qualifies another meeting noun before the trigger is that
	// meeting's ("The virtual meeting followed the telephone conversation
	// between …"); one after it describes the trigger's own ("held talks
	// on Monday night, a video summit").
	others := func(i int) bool {
		return i+1 < k-1 && meetingNouns[d.tok(i+1).Norm] || d.laterAct(k, i)
	}
	for i := cs; i < ce; i++ {
		if virtualCues[norm(d.tok(i))] && !others(i) {
			return parley.Virtual
		}
	}
	if sn.medium != "" {
		return sn.medium
	}
	for i := cs; i < ce; i++ {
		n := norm(d.tok(i))
		if phoneCues[n] && !others(i) && !(strings.HasPrefix(n, "call") && i+1 < len(d.in.Tokens) && d.tok(i+1).Is("off", "on", "upon", "for", "out", "it", "him", "her", "them")) {
			return parley.Phone // (not "the signing was called off", but "by phone on Monday")
		}
		if n == "person" && i > cs && d.tok(i-1).Is("in") {
			return parley.InPerson
		}
	}
	for i := cs; i < ce; i++ {
		if inPersonCues[norm(d.tok(i))] {
			return parley.InPerson
		}
	}
	if loc != nil || d.atVenue(k, ce) {
		return parley.InPerson // (or "held talks at Hyderabad House": a building of its own name)
	}
	return ""
}

// atVenue reports whether "at" and a named building ("Hyderabad House",
// "the Great Hall of the People", "Bayan Palace") follow trigger k in
// its clause.
func (d *doc) atVenue(k, ce int) bool {
	for i := k + 1; i+2 < ce && i <= k+8; i++ {
		if !d.tok(i).Is("at") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("the") {
			j++
		}
		for ; j < ce && j <= i+6 && d.tok(j).Upper && d.tok(j).Kind == token.Word; j++ {
			if venueNouns[d.tok(j).Norm] {
				return true
			}
		}
	}
	return false
}

// venueNouns end the names of buildings where leaders meet.
var venueNouns = map[string]bool{"house": true, "palace": true, "hall": true, "residence": true, "castle": true,
	"villa": true, "kremlin": true, "building": true, "pavilion": true, "manor": true}

// laterAct reports whether token i, after the trigger at k, lies in
// another act told by "after" or "before" and a participle, or by "and"
// and a verb: "held talks with him in Bangkok, days after speaking to him
// by phone" — the phone was the earlier call's.
func (d *doc) laterAct(k, i int) bool {
	for j := k + 1; j+1 < i; j++ {
		if d.tok(j).Is("after", "before", "since") && strings.HasSuffix(d.tok(j+1).Norm, "ing") && d.cover[j+1] < 0 ||
			d.tok(j).Is("and") && d.finiteVerbAt(j+1) {
			return true // (or a verb of its own: "met Scholz in Berlin and spoke with him by phone")
		}
	}
	return false
}

// ownStateSpeaker returns the person who, in the speech verb right before
// the clause, speaks for the one state or body subj names as the clause's
// subject — "Kim told Putin that North Korea would always support …" is
// Kim's pledge, "Stoltenberg said the alliance stood in solidarity with
// Turkey" Stoltenberg's — or "".
func (d *doc) ownStateSpeaker(subj []string, subjStart, a, b int) string {
	if len(subj) != 1 || subjStart <= a {
		return ""
	}
	if o := d.actors[subj[0]]; !strings.HasPrefix(subj[0], "state:") && (o == nil || o.Kind != parley.Organization) {
		return ""
	}
	v := subjStart - 1
	if v > a && d.tok(v).Is("the") {
		v-- // "said that the US government remains committed …"
	}
	if d.tok(v).Is("that") {
		v--
	}
	for v >= a && v >= subjStart-6 && d.cover[v] >= 0 {
		v = d.mentionStart(v) - 1 // "told Putin that": past the one told
	}
	for w := v; w >= a && w >= v-4 && (d.inDate(w) || w < v && d.tok(w).Is("on")); w-- {
		if w > a && d.sayVerbAt(w-1) {
			v = w - 1 // "said last month that": past the date
		}
	}
	if v >= a && !d.sayVerbAt(v) && d.wordIn(subjStart, min(b, subjStart+6), "will", "would", "shall", "must", "cannot", "won't") {
		// (a pledge only: "Peskov told reporters that Moscow regretted
		// the US decision" tells the state's stance)
		v = d.speechPastHearer(v, a)
	}
	if v < a || !d.sayVerbAt(v) && !d.tok(v).Is("announced", "announces") {
		return ""
	}
	speakers, _, _ := d.statementParts(v, a, b)
	if len(speakers) != 1 {
		return ""
	}
	if d.speaksForOwn(speakers[0], subj[0]) {
		return speakers[0]
	}
	return ""
}

// turnOwnSpeaker returns the speaker of the transcript's turn holding
// trigger k when subj is the speaker's own state or a body they lead and
// the act is a stance or a pledge (a present tense or a modal), not a
// deed told ("China imposed sanctions on …" stays China's); else "".
func (d *doc) turnOwnSpeaker(subj []string, k, a int) string {
	if len(subj) != 1 || !d.quoted[k] || d.hadBetween(a, k) {
		return ""
	}
	q := d.in.Quotes[d.quoteOf[k]]
	if q.Cue != quote.TranscriptCue || q.Speaker.IsZero() {
		return ""
	}
	if !d.speaksForOwn(q.Speaker.ID, subj[0]) || !d.stanceOrPledge(k, a) {
		return ""
	}
	return q.Speaker.ID
}

// speaksForOwn reports whether person id speaks for actor subj as its
// own: subj is their state, or a body they lead.
func (d *doc) speaksForOwn(id, subj string) bool {
	p := d.actors[id]
	if p != nil && p.Role == "government body" && p.Country != "" && "state:"+p.Country == subj {
		return true // "The Turkish foreign ministry said Turkey would stand by Azerbaijan": the ministry's pledge
	}
	return p != nil && p.Kind == parley.Person && ("state:"+p.Country == subj || d.leads(p.ID, subj))
}

// stanceOrPledge reports whether the act at trigger k, in the sentence
// from a, is told as a stance or a pledge — a present tense or a modal
// ("China is ready to work with …", "Beijing will never accept …",
// "opposes") — rather than a deed done.
func (d *doc) stanceOrPledge(k, a int) bool {
	t := d.tok(k)
	return d.wordIn(a, k, "will", "would", "shall", "must", "should", "cannot", "won't", "is", "are", "remains") ||
		strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss")
}

// speechPastHearer returns the speech verb that a short phrase of hearers
// or venue ending at v follows — "told reporters", "told a news
// conference on Sunday", "said in a televised address", "announced on
// state television" — or v when there is none. The phrase holds no
// punctuation, no quotation and no other clause ("said the decision
// meant …" is not one).
func (d *doc) speechPastHearer(v, a int) int {
	for w := v - 1; w >= a && w >= v-6; w-- {
		t := d.tok(w)
		if d.quoted[w] || t.Is(",", ";", ":", "that", "and", "but", "who", "which") {
			return v
		}
		if !d.sayVerbAt(w) && !t.Is("announced", "announces") {
			continue
		}
		next := d.tok(w + 1)
		hearer := t.Is("told", "tells", "telling", "informed", "assured") &&
			(next.Is("a", "an", "the", "reporters", "journalists", "parliament", "lawmakers", "legislators", "senators", "delegates", "supporters", "students", "diplomats", "envoys", "ambassadors", "officials", "leaders", "ministers", "members", "television", "radio", "broadcaster") || d.cover[w+1] >= 0)
		venue := next.Is("at", "in", "on", "during", "to", "before", "via", "through")
		if hearer || venue {
			return w
		}
		return v
	}
	return v
}

// trailingOwnSpeaker returns the person who, in an attribution closing
// the sentence after trigger k (", X said", ", said X", ", the Minister
// stressed today"), speaks for the one state or body subj names, when no
// speech verb stands before the trigger and the act is a stance or a
// pledge (a present tense or a modal), not a deed told; else "".
func (d *doc) trailingOwnSpeaker(subj []string, k, a, b int) string {
	if len(subj) != 1 || d.hadBetween(a, k) || d.tok(a).Is("under") {
		return "" // ("Under the deal, Turkey will support …, Cavusoglu said": the pact binds the state)
	}
	if o := d.actors[subj[0]]; !strings.HasPrefix(subj[0], "state:") && (o == nil || o.Kind != parley.Organization) {
		return ""
	}
	for v := a; v < k; v++ {
		if d.sayVerbAt(v) || d.quoted[v] {
			return ""
		}
	}
	if t := d.tok(k); !d.wordIn(a, k, "will", "would", "shall", "must", "should", "cannot", "won't") && !(strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss")) {
		return "" // a deed told past, the speaker only reporting it: "the ministry summoned the EU's ambassador …, Zakharova said"
	}
	c := -1
	for i := b - 1; i > k; i-- {
		if d.tok(i).Is(",") {
			c = i
			break
		}
	}
	if c < 0 || b-c > 9 {
		return ""
	}
	for v := c + 1; v < b; v++ {
		if d.cover[v] >= 0 || !d.sayVerbAt(v) {
			continue
		}
		speakers, _, _ := d.statementParts(v, c+1, b)
		if m, ok := d.mentionAt(v + 1); ok && len(speakers) == 0 {
			speakers = m.Actors // ", said Patrushev"
		}
		if len(speakers) != 1 {
			return ""
		}
		if d.speaksForOwn(speakers[0], subj[0]) {
			return speakers[0]
		}
		return ""
	}
	return ""
}

// hadBetween reports whether "had" stands between tokens from and k.
func (d *doc) hadBetween(from, k int) bool {
	return d.wordIn(max(from, 0), k, "had")
}

// retaliationTarget returns whom a vow of a response is aimed at when it
// names no one: the doer of the deed it answers ("vowed revenge for the
// killing of its commander by Israel"), or the one the same subject's
// act just before it in the sentence was aimed at ("condemned the Israeli
// strike and vowed to respond").
func (d *doc) retaliationTarget(k, ce int, subj []string) []string {
	if k+1 >= ce || !d.tok(k+1).Is("to", "revenge", "retaliation", "a", "reprisals") {
		return nil
	}
	for i := k + 1; i < ce && i <= k+12; i++ {
		if d.tok(i).Is("by") {
			if m, ok := d.mentionAt(i + 1); ok && len(m.Actors) == 1 && !d.sameSide(subj, m.Actors[0]) {
				return m.Actors
			}
			break
		}
	}
	if k < 2 || !d.tok(k-1).Is("and") {
		return nil
	}
	if e := d.earlierInSentence(k, func(e *parley.Event) bool {
		return slices.Contains(subj, e.Source.ID) && !e.Target.IsZero() && (e.Type == parley.Accuse || e.Type == parley.Reject || e.Type == parley.Protest)
	}); e != nil {
		return []string{e.Target.ID}
	}
	return nil
}

// askedRestraint reports whether the request at k asks for restraint or
// calm with no one named: "urged restraint", "called for calm".
func (d *doc) askedRestraint(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+8; i++ {
		if i <= k+3 && calmWords[d.tok(i).Norm] {
			return true
		}
		if d.tok(i).Is("fighting", "hostilities", "violence", "clashes", "bloodshed") && d.tok(i-1).Is("the") && d.tok(i-2).Is("to", "of") &&
			d.tok(i-3).Is("end", "halt", "stop", "cessation") {
			return true // "called for an end to the fighting": both sides'
		}
		if d.cover[i] >= 0 {
			return false
		}
	}
	return false
}

// passageNamed reports whether the object of the verb at k, within a
// few words, is a way across a frontier: a border, a crossing, airspace.
func (d *doc) passageNamed(k, ce int) bool {
	for i := k + 1; i < ce && i <= k+6; i++ {
		if d.tok(i).Is("airspace", "border", "borders", "crossing", "crossings", "checkpoint", "checkpoints") {
			return true
		}
		if d.stop(i) || d.tok(i).Is(",", ";") {
			return false
		}
	}
	return false
}

// calmWords are what a call to calm a conflict asks for: "urged
// restraint", "called for an immediate ceasefire".
var calmWords = wordSet("restraint calm de-escalation ceasefire cease-fire")

// warnedBy returns those a show of force at k is said to warn, in the
// words after it up to se: "a warning to the United States and South
// Korea", "a message to Washington", "a signal aimed at Seoul". Nil when
// none is named there.
func (d *doc) warnedBy(k, se int, subj []string) []string {
	for i := k + 1; i+2 < se; i++ {
		if !d.tok(i).Is("warning", "warnings", "message", "signal", "threat") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("aimed", "directed", "sent") {
			j++
		}
		if !d.tok(j).Is("to", "at", "for") {
			continue
		}
		if d.tok(j + 1).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j + 1); ok && d.mentionStart(j+1) <= j+1 {
			if ids := d.notTheSame(subj, d.coordinated(m, d.mentionEnd(j+1), se)); len(ids) > 0 {
				return ids
			}
		}
	}
	return nil
}

// guaranteedOwner returns the one whose safety, security, dignity or
// rights a pledge at k guarantees, named as their owner: "pledged to
// ensure that Jammeh's dignity, security and rights would be respected",
// "promised to guarantee Bazoum's safety"; else nil.
func (d *doc) guaranteedOwner(k int) []string {
	i := d.afterTimePhrase(k+1, len(d.in.Tokens))
	if i+3 >= len(d.in.Tokens) || !d.tok(i).Is("to") || !d.tok(i+1).Is("guarantee", "ensure", "protect", "respect", "safeguard") {
		return nil
	}
	j := i + 2
	if d.tok(j).Is("that") {
		j++
	}
	m, ok := d.mentionAt(j)
	if !ok || !d.possessiveAt(d.mentionEnd(j)) {
		return nil
	}
	for t := d.mentionEnd(j) + 1; t < len(d.in.Tokens) && t <= d.mentionEnd(j)+3; t++ {
		if d.tok(t).Is("safety", "security", "dignity", "rights", "life", "freedom", "property") {
			return m.Actors
		}
	}
	return nil
}

// leaderApposed returns the person an apposition names after a body's
// leader in the object of the verb at k — "Myanmar's military leader,
// Senior General Min Aung Hlaing", "the junta's chief, General Tiani" —
// when id is that body; else "".
func (d *doc) leaderApposed(k, ce int, id string) string {
	for i := k + 1; i < ce && i <= k+6; i++ {
		m, ok := d.mentionAt(i)
		if !ok || len(m.Actors) != 1 || m.Actors[0] != id || d.mentionStart(i) != i {
			continue
		}
		e := d.mentionEnd(i)
		if d.possessiveAt(e) {
			e++ // "the junta's chief"
		}
		if e+2 >= ce || !d.tok(e).Is("leader", "chief", "ruler", "head", "commander", "strongman") || !d.tok(e+1).Is(",") {
			return ""
		}
		for j := e + 2; j < ce && j <= e+4; j++ {
			if pm, ok := d.mentionAt(j); ok && len(pm.Actors) == 1 && d.personAt(j) {
				return pm.Actors[0]
			}
		}
		return ""
	}
	return ""
}

// groundTaken returns where the object of a verb of seizing at k starts
// when it is ground — a town, a port, a base — named by a place the
// article knows, after a place noun ("the towns of Kiwanja and
// Rutshuru", "the port of Mocímboa da Praia") or by capitalised words no
// actor covers ("seized Nyala on Thursday"); -1 when the object is
// something else or an actor.
func (d *doc) groundTaken(k, ce int) int {
	if !d.tok(k).Is(seizeVerbs...) {
		return -1
	}
	i := k + 1
	if d.tok(i).Is("control") && d.tok(i+1).Is("of") {
		i += 2 // "took control of Mogadishu"
	}
	if i >= ce || d.cover[i] >= 0 {
		return -1
	}
	start := i
	if d.tok(i).Is("the") {
		i++
	}
	for j := i; j < ce && j <= i+3; j++ {
		if placeNouns[d.tok(j).Norm] && d.tok(j+1).Is("of") && j+2 < ce && d.tok(j+2).Upper && d.cover[j+2] < 0 {
			return start // "the strategic town of Bunagana"
		}
		if d.tok(j).Upper || d.tok(j).Kind != token.Word {
			break
		}
	}
	if d.placeStartingAt(i) != nil {
		return start // a place the article knows: "captured Goma"
	}
	if i == start && d.tok(i).Upper && d.tok(i).Kind == token.Word && !d.tok(i).Is("The", "A", "An") {
		e := i
		for e < ce && d.tok(e).Upper && d.tok(e).Kind == token.Word && d.cover[e] < 0 {
			e++
		}
		if e >= ce || d.tok(e).Is(",", "on", "in", "after", "and", "from", "last", "this", "early", "late", "over", ".") {
			return start // "seized Nyala on Thursday"
		}
	}
	return -1
}

// seizeVerbs are the verbs of taking ground by force.
var seizeVerbs = []string{"seized", "seizes", "seize", "seizing", "captured", "captures", "capture", "capturing",
	"overran", "overrun", "overruns", "retook", "retaken", "retake", "recaptured", "recapture", "took", "taken", "take", "takes"}

// groundHolder returns whom ground seized at k was taken from, when the
// sentence does not say: the side subj last fought in the article ("the
// army shelled RSF positions … The RSF seized Nyala"); else, for an
// armed group, the state of the place taken or its own state when that is
// where the place is ("M23 rebels seized Kiwanja": Congo's).
func (d *doc) groundHolder(k, at, ce int, subj []string) []string {
	if e := d.lastBefore(k, func(e *parley.Event) bool {
		return forceOrThreat(e.Type) && e.Status == parley.Occurred && !e.Source.IsZero() && !e.Target.IsZero() &&
			(slices.Contains(subj, e.Source.ID) || slices.Contains(subj, e.Target.ID))
	}); e != nil {
		if slices.Contains(subj, e.Source.ID) {
			return []string{e.Target.ID}
		}
		return []string{e.Source.ID}
	}
	if len(subj) != 1 || !d.armedGroup(subj[0]) {
		return nil
	}
	for j := at; j < ce && j <= at+6; j++ {
		if p := d.placeStartingAt(j); p != nil && p.Country != "" {
			return []string{"state:" + p.Country}
		}
	}
	if c := d.countryOf(subj[0]); c != "" && d.actors["state:"+c] != nil {
		return []string{"state:" + c}
	}
	return nil
}

// strifePlace returns the state a call to stop strife names as where it
// is, when the article names no sides to it: "demanded an immediate
// ceasefire in Libya", "called for an end to the violence in Myanmar",
// "urged calm in Kenya" ask it of that state, whose authorities are to
// see it done. The state must follow "in" at once ("in the region", "in
// talks with Kyiv" are not it).
func (d *doc) strifePlace(k, ce int) []string {
	strife := false
	for i := k + 1; i+1 < ce && i <= k+12; i++ {
		t := d.tok(i)
		switch {
		case calmWords[t.Norm] || t.Is("truce", "fighting", "hostilities", "violence", "clashes", "bloodshed", "killings", "repression", "crackdown"):
			strife = true
		case strife && t.Is("in"):
			j := i + 1
			m, ok := d.mentionAt(j)
			if !ok || d.mentionStart(j) != j || len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "state:") {
				return nil
			}
			return []string{m.Actors[0]}
		case d.cover[i] >= 0 || d.stop(i) || t.Is(";", "and", "but", "after", "while"):
			return nil
		}
	}
	return nil
}

// armedSides puts, for a state among the two sides obj, the armed group
// of that state that the conflict told before k was fought with: "the
// two sides" of Israel's strikes on Hezbollah are Israel and Hezbollah.
func (d *doc) armedSides(k int, subj, obj []string) []string {
	out := slices.Clone(obj)
	for _, g := range d.conflictParties(k, subj) {
		a := d.actors[g]
		if a == nil || a.Role != "armed group" || slices.Contains(obj, g) {
			continue
		}
		for i, o := range out {
			if strings.HasPrefix(o, "state:") && o == "state:"+a.Country {
				out[i] = g
			}
		}
	}
	return out
}

// captiveWords tell a person held: "the jailed opposition leader".
var captiveWords = []string{"jailed", "imprisoned", "detained", "captive", "abducted", "kidnapped", "arrested", "incarcerated", "convicted"}

// captiveNamedAt reports whether token i tells a person as held, a
// person named within the next few words before ce: "the jailed
// opposition leader Maria Kolesnikova", "detained journalist Ali
// Hassan".
func (d *doc) captiveNamedAt(i, ce int) bool {
	if !d.tok(i).Is(captiveWords...) {
		return false
	}
	for j := i + 1; j < ce && j <= i+4; j++ {
		if d.personAt(j) {
			return true
		}
		if d.cover[j] >= 0 && d.in.Mentions[d.cover[j]].Via == parley.ViaAdjective {
			j = d.mentionEnd(j) - 1 // "the detained French researcher Fariba Adelkhah"
			continue
		}
		if d.cover[j] >= 0 || d.tok(j).Is(",", "and", "who", "which", "after", "in", "on", "by") {
			return false
		}
	}
	return false
}

// personFreedAt reports whether token i, right after an active verb of
// release at k or after a few words telling who the person is, names a
// person: "Kazakhstan pardoned Bolat Nurgaliev", "Cairo freed activist
// Alaa Saleh" (not the person's thing: "released Ana Pop's report", "a
// video of Ana Pop").
func (d *doc) personFreedAt(k, i, from int, active bool, sn sense) bool {
	if !active || sn.mode != "release" || i-from > 4 || !releaseTold(d.tok(k).Norm) {
		return false
	}
	start := i
	if d.personAt(i) {
		start = d.mentionStart(i)
		if d.possessorAt(start) {
			return false
		}
	} else if !d.privateNameAt(i) {
		return false
	}
	national := false
	for j := from; j < start; j++ {
		if d.cover[j] >= 0 && (d.in.Mentions[d.cover[j]].Via == parley.ViaAdjective || d.stateMention(d.in.Mentions[d.cover[j]])) {
			national = true
			j = d.mentionEnd(j) - 1
			continue // "the detained French researcher Ana Pop", "U.S. basketball star Brittney Griner"
		}
		if d.tok(j).Kind != token.Word || d.tok(j).Upper || d.tok(j).Is(freedNotBefore...) {
			return false
		}
	}
	// A name the knowledge base does not know is a person freed only when
	// a people says whose national: "released American basketball star
	// Brittney Griner" (not "released Bright Horizons", a firm).
	return d.personAt(i) || national
}

// lowerWordsIn counts the words in tokens [a, b) that begin in lower
// case: few in a headline written in Title Case.
func (d *doc) lowerWordsIn(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if d.tok(i).Kind == token.Word && !d.tok(i).Upper {
			n++
		}
	}
	return n
}

// newsAdjectives are adjectives news puts before the noun of an act,
// which make a form that could be a verb a noun after a determiner: "the
// warm welcome", "their first meeting", "the latest strike".
var newsAdjectives = map[string]bool{"warm": true, "cordial": true, "recent": true, "last": true, "first": true,
	"latest": true, "new": true, "next": true, "previous": true, "final": true, "historic": true, "brief": true,
	"rare": true, "fresh": true, "further": true, "second": true, "third": true, "surprise": true, "unprecedented": true,
	"written": true, "formal": true, "official": true, "urgent": true, "personal": true, "direct": true, "renewed": true,
	"repeated": true, "similar": true, "earlier": true, "public": true, "special": true, "verbal": true, "oral": true}

// leadInBefore returns the "after" or "following" that opens the phrase
// of time holding the noun at k — "after three days of talks", "after
// weeks of negotiations" — when it stands after from, or -1.
func (d *doc) leadInBefore(k, from int) int {
	for i := k - 1; i > from && i >= k-5; i-- {
		if d.tok(i).Is("after", "following") {
			return i
		}
		if d.cover[i] >= 0 || d.finiteVerbAt(i) || d.tok(i).Kind != token.Word && d.tok(i).Kind != token.Number {
			return -1
		}
	}
	return -1
}

// frontedPhraseEnd returns the comma that closes a participle phrase
// opening the clause at cs and holding the trigger at k — "Having met Xi
// on Monday, …", "After talks with Putin in Moscow, …" — or -1: what the
// phrase tells happened in its own place, not the main clause's.
func (d *doc) frontedPhraseEnd(k, cs, ce int) int {
	t := d.tok(cs)
	if !t.Is("having", "after", "before", "while", "upon", "following") && !(t.Upper && strings.HasSuffix(t.Norm, "ing") && t.Kind == token.Word) {
		return -1
	}
	for i := cs + 1; i < k; i++ {
		if d.tok(i).Is(",", ";") {
			return -1
		}
	}
	for i := k + 1; i < ce && i <= k+15; i++ {
		if d.tok(i).Is(",") {
			return i
		}
	}
	return -1
}

// crowdAfterCause returns the crowd named in an "after" phrase that
// follows the trigger at k in its clause — "a day after demonstrators
// overran parts of parliament", "after weeks of protests by farmers" — or
// nil.
func (d *doc) crowdAfterCause(k, ce int) []string {
	for i := k + 1; i < ce; i++ {
		if !d.tok(i).Is("after", "following", "amid") || d.quoted[i] {
			continue
		}
		for j := i + 1; j < ce && j <= i+8; j++ {
			if d.cover[j] >= 0 {
				if m := d.in.Mentions[d.cover[j]]; len(m.Actors) == 1 && d.crowd(m.Actors[0]) {
					return m.Actors
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// answeredAttacker returns the doer of the attack that a phrase after
// the trigger at k says the act answers — "after the Hamas attack", "in
// response to Russia's invasion", "following Iranian strikes" — or "".
func (d *doc) answeredAttacker(k, ce int) string {
	for i := k + 1; i+2 < ce && i <= k+12; i++ {
		j := -1
		switch {
		case d.tok(i).Is("after", "following", "amid"):
			j = i + 1
		case d.tok(i).Is("in") && d.tok(i+1).Is("response", "retaliation") && d.tok(i+2).Is("to", "for"):
			j = i + 3
		}
		if j < 0 {
			continue
		}
		if j < ce && d.tok(j).Is("the", "a", "an", "last", "this") {
			j++
		}
		if j >= ce || d.cover[j] < 0 {
			return ""
		}
		m := d.in.Mentions[d.cover[j]]
		e := d.mentionEnd(j)
		if d.possessiveAt(e) {
			e++
		}
		if len(m.Actors) == 1 && e < ce && d.tok(e).Is("attack", "attacks", "invasion", "incursion", "incursions", "raid", "raids", "strike", "strikes", "offensive", "assault", "provocations", "drills") {
			return m.Actors[0]
		}
		return ""
	}
	return ""
}

// indefiniteBefore reports whether the noun at k follows "a" or "an",
// right before it or before one or two words that qualify it: "a
// meeting", "an emergency virtual meeting".
func (d *doc) indefiniteBefore(k, a int) bool {
	for i := k - 1; i >= a && i >= k-3; i-- {
		if d.tok(i).Is("a", "an") {
			return true
		}
		if d.cover[i] >= 0 || d.tok(i).Kind != token.Word || d.tok(i).Upper {
			return false
		}
	}
	return false
}

// releasedInReturn reports whether the release told by the verb at k is
// answered, later in its clause, by one "in exchange for" or "in return
// for" a captive of the other side: "in exchange for Russian arms dealer
// Viktor Bout", "in return for 150 Palestinian prisoners".
func (d *doc) releasedInReturn(k, ce int) bool {
	for i := k + 1; i+3 < ce && i <= k+25; i++ {
		if !d.tok(i).Is("in") || !d.tok(i+1).Is("exchange", "return") || !d.tok(i+2).Is("for") {
			continue
		}
		for j := i + 3; j < ce && j <= i+9; j++ {
			if d.tok(j).Is(",", ";", "who", "which") {
				return false
			}
			if d.tok(j).Is(captives...) || d.personAt(j) || d.cover[j] >= 0 && d.in.Mentions[d.cover[j]].Via == parley.ViaAdjective {
				// (not "for an Iranian diplomat jailed in Belgium": a third
				// state held him)
				return !d.heldElsewhere(j+1, ce)
			}
		}
		return false
	}
	return false
}

// heldElsewhere reports whether the words from i tell a captive held in
// a state: "jailed in Belgium", "held in the United States".
func (d *doc) heldElsewhere(i, ce int) bool {
	for j := i; j+1 < ce && j <= i+6; j++ {
		if d.tok(j).Is("in", "by") && d.tok(j-1).Is("jailed", "held", "imprisoned", "detained", "convicted") {
			return true
		}
	}
	return false
}

// privateNameAt reports whether a name of two or three capitalised words
// no actor covers, closed by a word that is not capitalised or by
// punctuation, starts at i: "Brittney Griner", a private person's name.
func (d *doc) privateNameAt(i int) bool {
	n := 0
	for j := i; j < len(d.in.Tokens) && d.cover[j] < 0 && d.tok(j).Kind == token.Word && d.tok(j).Upper; j++ {
		n++
	}
	return n >= 2 && n <= 3 && (i+n >= len(d.in.Tokens) || d.cover[i+n] < 0 && !d.tok(i+n).Is("of", "'s", "’s"))
}

// freedNotBefore are words that put a person named after them off a
// release's object: "released a statement on Ana Pop", "a video of her".
var freedNotBefore = []string{"a", "an", "on", "about", "of", "by", "for", "to", "with", "in", "from", "and", "his", "her", "its", "their"}

// beforeCause returns where a clause from k to ce stops telling the act
// and starts its cause: "scrambled jets after Blinken's visit to
// Taipei" goes nowhere near Taipei.
func (d *doc) beforeCause(k, ce int) int {
	for i := k + 1; i < ce; i++ {
		if d.tok(i).Is("after", "following", "because") {
			return i
		}
	}
	return ce
}

// causeOpenerAfter returns the "after" or "following" within a few words
// from `from` that opens the cause of an act, or -1.
func (d *doc) causeOpenerAfter(from, b int) int {
	for i := from; i < b && i <= from+5; i++ {
		if d.tok(i).Is("after", "following") {
			return i
		}
		if d.stop(i) || d.cover[i] >= 0 {
			return -1
		}
	}
	return -1
}

// asideOpening returns the comma that opens the aside the comma at c
// closes, at most within tokens back and past no sentence stop (", read
// out by Ambassador Khalilzad,", ", the resolution's sponsors,"); -1
// when there is none.
func (d *doc) asideOpening(c, a, within int) int {
	for q := c - 1; q > a && c-q <= within && !d.stop(q); q-- {
		if d.tok(q).Is(",") {
			return q
		}
	}
	return -1
}

// otherStateOf returns the state of the one actor mention m names, when
// the article names that state and it is not id's own; else "".
func (d *doc) otherStateOf(m parley.Mention, id string) string {
	if len(m.Actors) != 1 {
		return ""
	}
	c := d.countryOf(m.Actors[0])
	if c == "" || c == d.countryOf(id) || d.actors["state:"+c] == nil {
		return ""
	}
	return "state:" + c
}

// provokers returns the states named, one after another, right after the
// cause opener at i ("after Chinese and Russian warplanes entered …",
// "following the Chinese incursion"), none of them id's own; nil when a
// person or nothing is named there.
func (d *doc) provokers(i, b int, id string) []string {
	j := i + 1
	if j < b && d.tok(j).Is("the") {
		j++
	}
	var out []string
	for j < b && d.cover[j] >= 0 && !d.personAt(j) {
		st := d.otherStateOf(d.in.Mentions[d.cover[j]], id)
		if st == "" {
			return nil
		}
		out = append(out, st)
		j = d.mentionEnd(j)
		if j+1 < b && d.tok(j).Is("and", ",") && d.cover[j+1] >= 0 {
			j++
			continue
		}
		break
	}
	return uniq(out)
}

// buildUpAnswers returns the state whose act a build-up at k answers,
// named first in its "after", "following" or "in response to" clause
// before b (provokedBy): "scrambled jets after Chinese bombers flew near
// Okinawa", "put its army on alert after the North fired a missile"
// (not a person's state: "after Blinken's visit").
func (d *doc) buildUpAnswers(k, b int, subj []string) []string {
	for i := k + 1; i < b-1 && len(subj) == 1; i++ {
		if !d.tok(i).Is("after", "following", "response") {
			continue
		}
		j := i + 1
		if d.tok(i).Is("response") && d.tok(j).Is("to") {
			j++
		}
		if j < b && d.tok(j).Is("the") {
			j++
		}
		if j >= b || d.cover[j] < 0 || d.personAt(j) {
			return nil
		}
		return d.provokedBy(i, b, subj[0])
	}
	return nil
}

// conflictFoe returns the other side of the conflict of force the
// article has told most of, when subj's side is one of its two (not
// whoever last criticised subj: "Biden voiced concern … Russia moved
// troops towards the border" faces no American border).
func (d *doc) conflictFoe(subj []string, k int) []string {
	if len(subj) > 0 && d.countryOf(subj[0]) != "" {
		if foe := d.conflictParties(k, subj); len(foe) == 1 && d.forceBetween(subj, foe[0], k) {
			return foe
		}
	}
	return nil
}

// forceBetween reports whether an act of force (an attack, a seizure, a
// build-up) between subj's side and foe's was told before k, in either
// direction: a warning alone makes no front ("The United States warned
// Moscow … Russia moved troops towards the border").
func (d *doc) forceBetween(subj []string, foe string, k int) bool {
	return d.lastBefore(k, func(e *parley.Event) bool {
		if e.Status != parley.Occurred || e.Type != parley.Assault && e.Type != parley.Coerce && e.Type != parley.Mobilize {
			return false
		}
		ours := func(id string) bool {
			return d.sameSide(subj, id) || len(subj) == 1 && d.sameSide([]string{id}, subj[0])
		}
		theirs := func(id string) bool { return d.sameSide([]string{foe}, id) || d.sameSide([]string{id}, foe) }
		return ours(e.Source.ID) && theirs(e.Target.ID) || ours(e.Target.ID) && theirs(e.Source.ID)
	}) != nil
}

// mutualPullback reports whether the withdrawal at k, with two subjects
// and no one named it leaves, is under way or done: "India and China
// began pulling back troops from two friction points" (each from the
// other; a pull-back promised or planned is told by the accord).
func (d *doc) mutualPullback(k int, sn sense) bool {
	if sn.typ != parley.Retreat || sn.mode != "withdraw" || k == 0 {
		return false
	}
	if d.tok(k).Is("withdraw", "withdrew", "withdrawn", "withdrawing", "pull", "pulled", "pulling") && d.bothBefore(k) {
		return true // "both sides are to pull their forces out of the city" (not "both sides agreed to fast-track the withdrawal of the Indian personnel")
	}
	past := strings.HasSuffix(d.tok(k).Norm, "ed") || d.tok(k).Is("withdrew", "withdrawn", "drew", "drawn") // (irregular: "Greece and Turkey withdrew warships")
	return past && !d.tok(k-1).Is("to", "will", "would", "must", "should", "could", "may") ||
		strings.HasSuffix(d.tok(k).Norm, "ing") && d.tok(k-1).Is("began", "begun", "started", "completed", "finished", "were", "are")
}

// mutualRecall reports whether two states, each named as a subject of
// "recalled their ambassadors" with no one it is aimed at, recalled them
// from each other: "The next day Cairo and Ankara recalled their
// ambassadors", after a row between them the story told. (Allies who
// recall theirs together from a third state are told so, or were at odds
// with no one before.)
func (d *doc) mutualRecall(k int, sn sense, subj []string) bool {
	if sn.typ != parley.Sanction || sn.mode != "withdraw" || !d.tok(k).Is("recalled", "recall", "recalling", "recalls") ||
		k+2 >= len(d.in.Tokens) || !d.tok(k+1).Is("their") || !d.tok(k+2).Is("ambassadors", "envoys") {
		return false
	}
	s := uniq(subj)
	return len(s) == 2 && d.atOddsBefore(s[0], s[1], k)
}

// mutualRelease reports whether two states, the subject of a release at
// k, free the prisoners each holds of the other: "They will release and
// repatriate all prisoners of war", "the two sides freed their
// detainees".
func (d *doc) mutualRelease(k, ce int, sn sense, subj []string) bool {
	if sn.typ != parley.Retreat || sn.mode != "release" || len(uniq(subj)) != 2 {
		return false
	}
	for i := k + 1; i < ce && i <= k+8; i++ {
		if d.cover[i] >= 0 {
			return false // a captive named: "released Whelan"
		}
		if d.tok(i).Is("prisoners", "detainees", "captives", "pows") {
			return true
		}
	}
	return false
}

// atOddsBefore reports whether an act of friction built before token k
// passed between the states of x and y, either way: a penalty, a charge,
// a threat, a rebuff or force.
func (d *doc) atOddsBefore(x, y string, k int) bool {
	if sx, sy := d.countryOf(x), d.countryOf(y); sx == "" || sy == "" || sx == sy {
		return false
	}
	return d.builtBetween(x, y, k, func(t parley.EventType) bool {
		switch t {
		case parley.Sanction, parley.Accuse, parley.Threaten, parley.Reject, parley.Assault, parley.Coerce:
			return true
		}
		return false
	})
}

// oneState reports whether the two actors are of one known state: "South
// African troops and police withdrew" is one side pulling back, not two.
func (d *doc) oneState(two []string) bool {
	a, b := d.countryOf(two[0]), d.countryOf(two[1])
	return a != "" && a == b
}

// mutualMassing reports whether two states, each named as a subject of
// "massed" with no one it is aimed at, massed forces against each other:
// "both navies had massed frigates around the rocks" (allies deploying
// together are said to deploy, not to mass).
func (d *doc) mutualMassing(k int, sn sense, subj []string) bool {
	if sn.typ != parley.Mobilize || !d.tok(k).Is("massed", "massing", "mass", "masses") && !d.bothMoved(k) {
		return false
	}
	s := uniq(subj)
	a, b := d.countryOf(s[0]), d.countryOf(s[1])
	return a != "" && b != "" && a != b
}

// bothMoved reports whether the forces moved at k are moved by "both" or
// "the two" sides, each on its own: "both countries have moved thousands
// of additional troops to the area".
func (d *doc) bothMoved(k int) bool {
	return d.tok(k).Is("moved", "deployed", "sent", "brought", "rushed", "reinforced", "built") && d.bothBefore(k)
}

// bothBefore reports whether "both" or "the two" stands in the few words
// of the clause before k: "both armies are to withdraw".
func (d *doc) bothBefore(k int) bool {
	for i := k - 1; i >= 0 && i >= k-6 && !d.tok(i).Is(",", ";", ".", "and"); i-- {
		if d.tok(i).Is("both") || d.tok(i).Is("two") && d.tok(i-1).Is("the") {
			return true
		}
	}
	return false
}

// forceOrThreat reports whether t is an act of force or a threat of one,
// what sets two sides of a conflict against each other.
func forceOrThreat(t parley.EventType) bool {
	return t == parley.Assault || t == parley.Coerce || t == parley.Threaten || t == parley.Mobilize
}

// hostileBetween reports whether an act of force or a threat built before
// token k passed between x and y or their states, either way.
func (d *doc) hostileBetween(x, y string, k int) bool {
	return d.builtBetween(x, y, k, forceOrThreat)
}

// builtBetween reports whether an act of a type kind accepts, built before
// token k, passed between x and y or their states, either way.
func (d *doc) builtBetween(x, y string, k int, kind func(parley.EventType) bool) bool {
	state := func(id string) string {
		if c := d.countryOf(id); c != "" {
			return c
		}
		return id
	}
	sx, sy := state(x), state(y)
	for _, e := range d.built {
		if e.Trigger.End > d.tok(k).Start || e.Source.IsZero() || e.Target.IsZero() {
			continue
		}
		if !kind(e.Type) {
			continue
		}
		a, b := state(e.Source.ID), state(e.Target.ID)
		if a == sx && b == sy || a == sy && b == sx {
			return true
		}
	}
	return false
}

// conflictParties returns the two sides of the conflict the article has
// told most of before k — the pair of states (or groups) between whom the
// most hostile acts passed, none on a tie — other than subj's side.
func (d *doc) conflictParties(k int, subj []string) []string {
	side := func(id string) string {
		if c := d.countryOf(id); c != "" && d.actors["state:"+c] != nil && d.actors[id] != nil && d.actors[id].Kind != parley.Person &&
			d.actors[id].Role != "armed group" {
			// a state's forces and ministries are the state (Hezbollah
			// or the Taliban are not Lebanon or Afghanistan)
			return "state:" + c
		}
		return id
	}
	count := map[[2]string]int{}
	var best [2]string
	for _, e := range d.built {
		if !forceOrThreat(e.Type) || e.Trigger.End > d.tok(k).Start || e.Source.IsZero() || e.Target.IsZero() || e.Status != parley.Occurred {
			continue
		}
		p := [2]string{side(e.Source.ID), side(e.Target.ID)}
		if p[0] == p[1] {
			continue
		}
		if p[0] > p[1] {
			p[0], p[1] = p[1], p[0]
		}
		count[p]++
		if count[p] >= count[best] {
			best = p
		}
	}
	for p, n := range count {
		if n == count[best] && p != best {
			// "US and British warplanes struck Houthi targets … the Houthi
			// official said they would pay a heavy price. Saudi Arabia
			// urged all sides to avoid escalation": no one pair stands
			// out as the two sides.
			return nil
		}
	}
	var out []string
	for _, id := range best {
		if id != "" && !d.sameSide(subj, id) {
			out = append(out, id)
		}
	}
	return out
}

// deedAgainst returns who did the latest hostile act against subj's side
// told in the sentence of k or the two before it: the one a foretold
// response answers.
func (d *doc) deedAgainst(k int, subj []string) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := &d.built[j]
		if here-d.sentenceIndex(e.Trigger.Start) > 2 {
			break
		}
		hostile := e.Type == parley.Assault || e.Type == parley.Coerce || e.Type == parley.Threaten || e.Type == parley.Sanction
		if hostile && e.Status == parley.Occurred && e.Trigger.End <= d.tok(k).Start && !e.Source.IsZero() && !e.Target.IsZero() &&
			d.sameSide(subj, e.Target.ID) && !d.sameSide(subj, e.Source.ID) {
			return []string{e.Source.ID}
		}
	}
	return nil
}

// earlierInSentence returns the latest event built from the sentence of
// token k whose trigger ends before k and that ok accepts, or nil.
func (d *doc) earlierInSentence(k int, ok func(*parley.Event) bool) *parley.Event {
	sent := d.sentenceAround(k)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := &d.built[j]
		if sent.Contains(e.Trigger) && e.Trigger.End <= d.tok(k).Start && ok(e) {
			return e
		}
	}
	return nil
}

// actAgainst returns the latest act, not of words, built in the two
// sentences before k or in k's own, whose target is on subj's side and
// whose source is no forum; else nil.
func (d *doc) actAgainst(subj []string, k int) *parley.Event {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := &d.built[j]
		if e.Trigger.Start >= d.tok(k).Start {
			continue
		}
		if here-d.sentenceIndex(e.Trigger.Start) > 2 {
			return nil
		}
		if e.Status != parley.Occurred || verbalTypes[e.Type] || e.Type == parley.Consult || e.Source.IsZero() || e.Target.IsZero() ||
			d.forum(e.Source.ID) || d.sameSide(subj, e.Source.ID) || !d.sameSide(subj, e.Target.ID) {
			continue
		}
		return e
	}
	return nil
}

// conjunctOpens reports whether the subject starting at token s opens a
// clause joined to one before it in the sentence: after ", and", ";",
// ", while" or ", whereas".
func (d *doc) conjunctOpens(s, a int) bool {
	if s-2 < a {
		return false
	}
	p := s - 1
	if p-2 >= a && d.tok(p).Is("the") {
		p-- // "…, and the EU suspended …"
	}
	if d.tok(p).Is(";") {
		return true
	}
	return d.tok(p).Is("and", "while", "whereas") && d.tok(p-1).Is(",")
}

// conjunctTarget returns the target of the act of type t told in the
// clause before by the same verb, when its doer is another: the clause
// after ", and" that names no one acted on does the like to the same one
// ("Canada froze the assets of Iranian officials, and Australia froze
// bank accounts the same day"). Another verb is another act: "China held
// drills around Taiwan, and Japan sent jets" is not aimed at Taiwan. Not
// toward the subjects' own side either: "Russia struck Kharkiv, and
// Ukrainian drones struck a depot" is no strike of Ukraine's on itself.
func (d *doc) conjunctTarget(k int, t parley.EventType, subj []string) []string {
	e := d.earlierInSentence(k, func(e *parley.Event) bool {
		return e.Type == t && !e.Target.IsZero() && !slices.Contains(subj, e.Source.ID) && d.sameVerb(e.Trigger, k)
	})
	if e == nil || d.sameSide(subj, e.Target.ID) || d.sameSide([]string{e.Target.ID}, subj[0]) {
		return nil
	}
	return []string{e.Target.ID}
}

// itRejected returns whom a refusal of "it" answers when "it" is the
// claim or charge told just before: the one another side rejected in the
// sentence before or this one ("Moldova rejected the claim the same day.
// Ukraine also dismissed it"), else the latest accuser of the subject's
// side ("Belgrade accused Pristina of … Pristina denied it"). Nil when
// neither was told.
func (d *doc) itRejected(k int, subj []string) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if e.Trigger.Start >= d.tok(k).Start || here-d.sentenceIndex(e.Trigger.Start) > 1 {
			continue
		}
		if e.Type == parley.Reject && e.Status == parley.Occurred && !e.Target.IsZero() && e.Source.ID != subj[0] && !d.sameSide(subj, e.Target.ID) {
			return []string{e.Target.ID}
		}
	}
	return d.accuser(subj[0], false)
}

// sameVerb reports whether the trigger span sp and token k are forms of
// one verb: "suspended" and "suspended", "imposes" and "imposed".
func (d *doc) sameVerb(sp parley.Span, k int) bool {
	a := stem(strings.ToLower(d.in.Text[sp.Start:sp.End]), verbEndings)
	return a == stem(d.tok(k).Norm, verbEndings)
}

// crowdPronoun returns the crowd "them" stands for in the few words after
// a verb of force: "Hundreds of protesters marched … Police fired tear gas
// to disperse them." The crowd is the latest one named in the sentence or
// the two before it.
func (d *doc) crowdPronoun(k, ce int) []string {
	at := -1
	for i := k + 1; i < ce && i <= k+8; i++ {
		if d.tok(i).Is("them") && !d.quoted[i] {
			at = i
			break
		}
		if d.tok(i).Is(",", ";") {
			break
		}
	}
	if at < 0 {
		return nil
	}
	here := d.sentenceIndex(d.tok(k).Start)
	for i := at - 1; i >= 0; i-- {
		if here-d.sentenceIndex(d.tok(i).Start) > 2 {
			break
		}
		if m, ok := d.mentionAt(i); ok && len(m.Actors) == 1 && d.crowd(m.Actors[0]) {
			return m.Actors
		}
	}
	return nil
}

// attended reports whether the meeting noun at k is one its subjects
// attended: "were present at the meeting", "attended the talks", "took
// part in the summit".
func (d *doc) attended(k, a int) bool {
	j := k - 1
	for j > a && d.tok(j).Kind == token.Word && !d.tok(j).Is("the", "this", "that") && k-j <= 3 {
		j-- // "the virtual meeting", "the first round of talks"
	}
	if j <= a || !d.tok(j).Is("the", "this", "that") {
		return false
	}
	p := j - 1
	return d.tok(p).Is("attended", "attend", "attending", "joined") ||
		p > a && d.tok(p).Is("at", "in") && d.tok(p-1).Is("present", "part", "participated", "participating", "sat", "took")
}

// oneCountry reports whether the actors ids all serve one state.
func (d *doc) oneCountry(ids []string) bool {
	c := d.countryOf(ids[0])
	for _, id := range ids[1:] {
		if c == "" || d.countryOf(id) != c {
			return false
		}
	}
	return c != ""
}

// memberOf returns the body a member is admitted to or granted a
// standing in, named after passive verb k: "as a member of ASEAN", "to
// the bloc", "EU candidate status", "the organisation's ninth full
// member"; nil when none is named (other than obj).
func (d *doc) memberOf(k, ce int, obj []string) []string {
	for i := k + 1; i < ce && i <= k+8; i++ {
		if !d.tok(i).Is("member", "members", "membership", "status", "accession") {
			if d.stop(i) {
				return nil
			}
			continue
		}
		for j := i - 1; j > k && j >= i-4; j-- { // "EU candidate status", "the organisation's ninth full member"
			if d.cover[j] >= 0 {
				if ids := d.in.Mentions[d.cover[j]].Actors; slices.ContainsFunc(ids, d.forum) && !slices.Equal(ids, obj) {
					return ids
				}
				break
			}
		}
		if i+2 < ce && d.tok(i+1).Is("of", "in") {
			if j := actorAt(d, i+2, "the"); j >= 0 && slices.ContainsFunc(d.in.Mentions[d.cover[j]].Actors, d.forum) {
				return d.in.Mentions[d.cover[j]].Actors
			}
		}
		return nil
	}
	return nil
}

// blockedAct reports whether trigger k names what a veto stopped, in the
// veto's object: "vetoed new EU sanctions on Russia", "blocked the EU's
// proposal to send weapons to Ukraine", "blocked aid to Gaza".
func (d *doc) blockedAct(k, a int) bool {
	for i := k - 1; i >= a && k-i <= 8; i-- {
		t := d.tok(i)
		if vetoVerbs[t.Norm] {
			return i < k-1 || !d.tok(k).Is("by") // (not "blocked by")
		}
		if d.stop(i) || t.Is(",", ";", "and", "but", "which", "that", "who", "after", "before", "while", "as", "because") || d.cover[i] < 0 && d.participleAt(i) && !t.Is("proposed", "planned") {
			return false
		}
	}
	return false
}

// allTriggeredBy reports whether every event of evs has the word as its
// trigger.
func (d *doc) allTriggeredBy(evs []parley.Event, word string) bool {
	for _, e := range evs {
		if !strings.EqualFold(d.in.Text[e.Trigger.Start:e.Trigger.End], word) {
			return false
		}
	}
	return true
}

// barredFromDoing reports whether the gerund trigger at k follows "from"
// after a verb that keeps its object from the act, in the clause: "barred
// Niger from hosting ECOWAS meetings", "prevented the envoy from meeting
// Assad": the act is kept from happening.
func (d *doc) barredFromDoing(k, a int) bool {
	if k-1 <= a || !d.tok(k-1).Is("from") || !strings.HasSuffix(d.tok(k).Norm, "ing") {
		return false
	}
	for i := k - 2; i >= a && k-i <= 10; i-- {
		if barringVerbs[d.tok(i).Norm] {
			return true
		}
		if d.stop(i) || d.tok(i).Is(",", ";", "and", "but", "which", "that", "who") {
			return false
		}
	}
	return false
}

// barringVerbs keep their object from an act told after "from".
var barringVerbs = wordSet("barred bars bar barring banned bans ban banning prevented prevents prevent preventing " +
	"stopped stops stop stopping prohibited prohibits prohibit forbade forbids forbid forbidden excluded excludes exclude debarred disqualified")

// forumIn returns the first international body named in [a, b) other
// than subj, or nil.
func (d *doc) forumIn(a, b int, subj []string) []string {
	for i := a; i < b; i++ {
		if d.cover[i] >= 0 {
			if ids := d.in.Mentions[d.cover[i]].Actors; len(ids) == 1 && d.forum(ids[0]) && !slices.Contains(subj, ids[0]) {
				return ids
			}
		}
	}
	return nil
}

// vetoVerbs stop another's proposal.
var vetoVerbs = map[string]bool{"blocked": true, "block": true, "blocks": true, "blocking": true,
	"vetoed": true, "veto": true, "vetoes": true, "vetoing": true}

// measureAuthor returns whose measure a court undid or ruled on, from
// the first measure noun after verb k: its owner ("Sall's decree", "the
// Kenyan government's decision", "the decision of the minister") or its
// agent ("the law passed by parliament", "a decree by Sall").
func (d *doc) measureAuthor(k, ce int, subj []string) []string {
	for i := k + 1; i < ce && i <= k+12; i++ {
		if !measureNouns[d.tok(i).Norm] {
			continue
		}
		if o := d.ownerBefore(i, k); o != nil {
			return d.othersThan(subj, o)
		}
		for j := i + 1; j < ce && j <= i+4; j++ {
			if d.tok(j).Is("by") || j == i+1 && d.tok(j).Is("of") {
				for x := j + 1; x < ce && x <= j+2; x++ {
					if m, ok := d.mentionAt(x); ok {
						return d.othersThan(subj, m.Actors)
					}
				}
				return nil
			}
			if d.stop(j) || d.tok(j).Is(",") && j > i+1 { // ("The bill, passed by the Knesset, …")
				return nil
			}
		}
		return nil
	}
	return nil
}

// ownerBefore returns the one whose noun at n is — "Sweden's accession",
// "the Finnish bid" — from a possessive or a country word right before it,
// after token k.
func (d *doc) ownerBefore(n, k int) []string {
	j := n - 1
	if j > k && d.possessiveAt(j) {
		j--
	}
	if j <= k || d.cover[j] < 0 {
		return nil
	}
	m := d.in.Mentions[d.cover[j]]
	if len(m.Actors) != 1 || !(d.possessiveAt(j+1) || m.Via == parley.ViaAdjective) {
		return nil
	}
	return m.Actors
}

// subordinateDoer returns the subject of a clause of time opened between
// the main subject and the participle at k, and where it starts, when the
// participle goes on that clause: in "The African Union took up the file
// after Egypt wrote to the Council on 19 June asking it to intervene"
// Egypt asks. nil unless k is an "-ing" form with no comma before it.
func (d *doc) subordinateDoer(k, subjStart int) ([]string, int) {
	if !strings.HasSuffix(d.tok(k).Norm, "ing") || k < 1 || d.tok(k-1).Is(",") || subjStart < 0 {
		return nil, -1
	}
	for j := k - 2; j > subjStart; j-- {
		if d.tok(j).Is(",", ";", ":") {
			return nil, -1
		}
		if d.cover[j] >= 0 || !d.tok(j).Is("after", "when", "before", "since", "once") || d.cover[j+1] < 0 {
			continue
		}
		e := d.mentionEnd(j + 1)
		if e < k && d.finiteVerbAt(e) {
			return d.in.Mentions[d.cover[j+1]].Actors, j + 1
		}
		return nil, -1
	}
	return nil, -1
}

// callOfAct reports whether the call or conversation noun at k is the
// setting of an act told before it, partner unnamed: "in a telephone
// call", "during a phone conversation" (not "in a call with Macron").
func (d *doc) callOfAct(k int) bool {
	if !d.tok(k).Is("call", "conversation", "conversations", "calls") || k+1 < len(d.in.Tokens) && d.tok(k+1).Is("with", "between", "to", "from") {
		return false
	}
	i := k - 1
	for i > 0 && d.tok(i).Is("telephone", "phone", "televised", "video", "brief", "lengthy", "long", "short", "private", "warm") {
		i--
	}
	return i > 0 && d.tok(i).Is("a", "an", "their") && d.tok(i-1).Is("in", "during", "by")
}

// ownerOfThanked returns who owns the deed named after "for" at i: "for
// the cooperation of Laos", "for Kenya's help"; nil otherwise.
func (d *doc) ownerOfThanked(i, ce int) []string {
	if i+2 >= ce || !d.tok(i).Is("for") {
		return nil
	}
	j := i + 1
	if d.cover[j] >= 0 {
		if e := d.mentionEnd(j); d.possessiveAt(e) && len(d.in.Mentions[d.cover[j]].Actors) == 1 {
			return d.in.Mentions[d.cover[j]].Actors // "for Kenya's help"
		}
		return nil
	}
	if !d.tok(j).Is("the", "its", "their") {
		return nil
	}
	for j++; j < ce && j <= i+5; j++ {
		if d.tok(j).Is("of") {
			if a := actorAt(d, j+1, "the"); a >= 0 && len(d.in.Mentions[d.cover[a]].Actors) == 1 {
				return d.in.Mentions[d.cover[a]].Actors
			}
			return nil
		}
		if d.cover[j] >= 0 || d.tok(j).Kind != token.Word || d.tok(j).Upper {
			return nil
		}
	}
	return nil
}

// firstNamedBetween returns the one actor the first mention in [a, b)
// names, or nil.
func (d *doc) firstNamedBetween(a, b int) []string {
	for i := a; i < b; i++ {
		if d.cover[i] >= 0 {
			if m := d.in.Mentions[d.cover[i]]; len(m.Actors) == 1 {
				return m.Actors
			}
			return nil
		}
	}
	return nil
}

// possessorBetween returns the one actor named with a possessive in
// [a, b): "Uganda's" in "end Uganda's trade preferences".
func (d *doc) possessorBetween(a, b int) []string {
	for i := a; i < b; i++ {
		if d.cover[i] < 0 {
			continue
		}
		e := d.mentionEnd(i)
		if m := d.in.Mentions[d.cover[i]]; len(m.Actors) == 1 && e < b && d.possessiveAt(e) {
			return m.Actors
		}
		i = e - 1
	}
	return nil
}

// talkRoles are the parts a third side plays in others' talks.
var talkRoles = map[string]bool{"guarantor": true, "guarantors": true, "mediator": true, "mediators": true,
	"facilitator": true, "facilitators": true, "sponsor": true, "sponsors": true, "observer": true, "observers": true,
	"broker": true, "brokers": true, "co-chair": true, "co-chairs": true}

// roleInTalks reports whether the meeting noun at k follows "the
// guarantors of (the)", "a mediator in" and the like.
func (d *doc) roleInTalks(k, a int) bool {
	j := k - 1
	if j > a && d.tok(j).Is("the", "these", "those") {
		j--
	}
	between := k+1 < len(d.in.Tokens) && d.tok(k+1).Is("between", "with") // "a mediator in the talks between Israel and Hamas": theirs
	if between {
		return false
	}
	if j > a && d.tok(j).Is("of", "in", "at", "for") && talkRoles[d.tok(j-1).Norm] {
		return true
	}
	// "thanked Iraq and Oman for hosting earlier rounds of talks": the
	// hosts of talks between others.
	for i := k - 1; i >= a && k-i <= 5; i-- {
		if d.tok(i).Is("hosting", "mediating", "facilitating", "brokering") {
			return true
		}
		if d.cover[i] >= 0 || d.tok(i).Kind == token.Punct {
			break
		}
	}
	return false
}

// meetingJudged reports whether the meeting noun at k, with "a" or "any"
// before it and opening its sentence, is the subject of a verb that
// weighs its chances: "A meeting between the two looks further away",
// "Any summit seems unlikely before the election".
func (d *doc) meetingJudged(k, a, ce int) bool {
	if k-1 != a || !d.tok(a).Is("a", "an", "any", "another") {
		return false
	}
	for i := k + 1; i < ce && i <= k+14; i++ {
		if d.tok(i).Is("looks", "seems", "appears", "remains", "looked", "seemed", "appeared", "remained") {
			return true
		}
		if d.tok(i).Is(",", ";") || d.cover[i] < 0 && d.finiteVerbAt(i) && !d.tok(i).Is("is", "was") {
			return false
		}
		if d.tok(i).Is("is", "was") {
			return i+1 < ce && d.tok(i+1).Is("unlikely", "possible", "improbable", "uncertain", "doubtful", "distant", "off", "not")
		}
	}
	return false
}

// siteNouns name places a leader tours that no host receives him at: his
// own forces, settlements, plants.
var siteNouns = map[string]bool{"settlement": true, "settlements": true, "base": true, "bases": true, "troops": true,
	"soldiers": true, "front": true, "frontline": true, "outpost": true, "outposts": true, "barracks": true,
	"positions": true, "plant": true, "factory": true, "shipyard": true, "bloc": true}

// nationalityBefore returns the country a state's adjective gives the
// person id where the clause after k names them: "the Australian
// journalist Cheng Lei".
func (d *doc) nationalityBefore(id string, k, ce int) string {
	for i := k + 1; i < ce; i++ {
		m, ok := d.mentionAt(i)
		if !ok || !slices.Contains(m.Actors, id) {
			continue
		}
		for j := d.mentionStart(i) - 1; j > k && d.mentionStart(i)-j <= 3; j-- {
			if d.cover[j] >= 0 {
				if adj := d.in.Mentions[d.cover[j]]; adj.Via == parley.ViaAdjective && len(adj.Actors) == 1 {
					return d.countryOf(adj.Actors[0])
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// newClauseAt reports whether a clause with a subject of its own starts at
// token j: an actor, then its verb.
func (d *doc) newClauseAt(j, b int) bool {
	det := j < b && d.tok(j).Is("the")
	if det {
		j++
	}
	if det && j < b && d.cover[j] < 0 {
		// "…, but in April 2023 the judges ruled": a subject the text
		// names by its kind, one to three words before a finite verb
		for e := j; e < b && e-j < 3 && d.cover[e] < 0 && d.tok(e).Kind == token.Word && !d.tok(e).Upper; e++ {
			if e > j && d.finiteVerbAt(e) && !d.inDate(e) {
				return true
			}
		}
		return false
	}
	if j+1 < b && d.cover[j] < 0 && d.tok(j).Is("it", "he", "she", "they", "we") {
		return d.finiteVerbAt(j + 1) // "…, and on 20 September it imposed a penalty": a pronoun no actor was found for
	}
	if j >= b || d.cover[j] < 0 {
		return false
	}
	e := d.mentionEnd(j)
	if e+2 < b && d.tok(e).Is("in") && d.tok(e+1).Upper && !d.inDate(e+1) {
		e = d.afterName(e + 1) // "the foreign ministry in Kabul summoned …"
	}
	// A name alone before a modal may end a list of subjects ("Russia,
	// Belarus, and China would sign"); a pronoun or a state's agents
	// open a clause of their own.
	own := d.in.Mentions[d.cover[j]].Via == parley.ViaPronoun || forceNouns[d.tok(e-1).Norm] // ("EU leaders" named as one)
	if e+1 < b && d.cover[e] < 0 && forceNouns[d.tok(e).Norm] {
		e++ // the state's agents acting: "…, and US jets downed dozens of them"
		own = true
	}
	modal, singular := false, false
	for e < b && d.tok(e).Is("also", "later", "then", "has", "have", "had", "will", "would", "was", "were", "is", "are", "not", "never", "still", "already", "again", "can", "could", "may", "might", "must", "should") {
		modal = modal || d.tok(e).Is("will", "would", "can", "could", "may", "might", "must", "should")
		singular = singular || d.tok(e).Is("was", "is", "has")
		e++
	}
	if (modal && own || singular) && e < b && d.cover[e] < 0 && d.tok(e).Kind == token.Word && !d.tok(e).Upper {
		// "…, and EU leaders will try again in January": a bare verb after
		// its modal; "…, and the Council was due to meet": a verb in the
		// singular ends no list of subjects
		return true
	}
	return e < b && d.cover[e] < 0 && d.finiteVerbAt(e)
}

// afterName returns the first token from i on that is not a capitalised
// word or a name: the end of "Kabul", "New Delhi".
func (d *doc) afterName(i int) int {
	for i < len(d.in.Tokens) && (d.tok(i).Upper && d.tok(i).Kind == token.Word || d.cover[i] >= 0) {
		i++
	}
	return i
}

// forum reports whether actor id is a body that hears complaints between
// states rather than a party to them: an international organisation or
// court with no state of its own.
func (d *doc) forum(id string) bool {
	a := d.actors[id]
	return a != nil && a.Kind == parley.Organization && a.Country == "" && !d.crowd(id)
}

// forumAfterFrom returns the first token of the body named at i after
// "from", where a member is suspended or expelled from it, or -1: "from
// the African Union", "from the councils of the Commonwealth".
func (d *doc) forumAfterFrom(i int) int {
	if i+2 < len(d.in.Tokens) && d.tok(i).Is("the") && d.tok(i+1).Is(memberParts...) && d.tok(i+2).Is("of") {
		i += 3
	}
	j := actorAt(d, i, "the")
	if j >= 0 && len(d.in.Mentions[d.cover[j]].Actors) == 1 && d.forum(d.in.Mentions[d.cover[j]].Actors[0]) {
		return j
	}
	return -1
}

// memberParts are the parts of a body a member can be kept out of.
var memberParts = []string{"councils", "council", "bodies", "organs", "institutions", "activities", "meetings", "membership", "ranks"}

// frontedClauseEnd returns the comma that closes a clause opened by a
// subordinator at the start of the sentence (after a date set off by a
// comma), when trigger k is inside it and the main clause's subject
// follows the comma; else 0.
func (d *doc) frontedClauseEnd(k, a, ce int) int {
	open := -1
	for i := a; i < k; i++ {
		switch {
		case d.tok(i).Is("after", "when", "as", "because", "since", "while", "although", "though", "before", "once", "until") && (i == a || d.tok(i-1).Is(",")),
			i == a && d.participleOpener(a, k): // "Speaking before talks with Abdullah in Sochi, Putin called …"
			open = i
		case d.tok(i).Is(",", ";"):
			if open >= 0 {
				return 0 // the fronted clause closed before the trigger
			}
		}
	}
	if open < 0 {
		return 0
	}
	for i := k + 1; i+1 < ce; i++ {
		if !d.tok(i).Is(",") {
			continue
		}
		j := i + 1
		for j < ce && d.cover[j] < 0 && d.tok(j).Kind == token.Word && (d.tok(j).Upper || d.tok(j).Is("the")) && j-i <= 5 {
			j++ // "Israeli Defence Minister Israel Katz": title words before the name
		}
		if j < ce && d.cover[j] >= 0 {
			if e := d.afterMentions(j); e < ce && (d.finiteVerbAt(e) || d.tok(e).Is("said", "says", "told", "has", "had", "was", "is", "will", "would")) {
				return i
			}
		}
		return 0
	}
	return 0
}

// subjectOfGroup reports whether a mention at j (after "the") is followed
// only by the verb group of the trigger at k: "…, and the two leaders
// are due to meet".
func (d *doc) subjectOfGroup(j, k int) bool {
	if j < k && d.tok(j).Is("the") {
		j++
	}
	if j >= k || d.cover[j] < 0 {
		return false
	}
	e := d.mentionEnd(j)
	return e < k && d.verbGroupStart(k, e-1) == e
}

// ownClauseStart returns where the clause of trigger k starts when a
// clause of its own opens after ", and" between cs and k: "Ministers met
// in Rio on Nov. 18, and Rajnath Singh held talks with Dong Jun in
// Vientiane" — Rio is the first clause's place.
func (d *doc) ownClauseStart(k, cs int) int {
	for i := k - 1; i > cs; i-- {
		if d.tok(i).Is(",") && i+2 < k && d.tok(i+1).Is("and", "but", "while") && d.datedClauseAt(i+2, k+1) >= 0 {
			return i + 2 // "…, and in January 2024 Xi accepted the credentials": the date is this clause's
		}
		if d.tok(i).Is(",") && i+2 < k && d.tok(i+1).Is("and", "but", "while", "whereas") && (d.newClauseAt(i+2, k+1) || d.subjectOfGroup(i+2, k)) {
			return i + 2
		}
		if d.tok(i).Is("and") && i+1 < k && d.cover[i-1] < 0 && d.newClauseAt(i+1, k+1) {
			return i + 1 // "… on Tuesday and Pakistan struck Iran on Thursday"
		}
	}
	return cs
}

// placeClauseStart is where the clause of trigger k starts for finding
// its place: ownClauseStart, or past a subordinator that opens a clause
// of its own before k ("received Ruto in Addis Ababa on Tuesday, a day
// after Somalia accused Ethiopia …": the accusation was not made in Addis
// Ababa). Dates keep ownClauseStart: "a day after" counts from the main
// clause's day.
func (d *doc) placeClauseStart(k, cs int) int {
	start := d.ownClauseStart(k, cs)
	for i := k - 2; i > start; i-- {
		if d.tok(i).Is(",") && i+2 < k && d.tok(i+1).Is("a", "an") && d.finiteVerbIn(start, i) {
			// "An arbitral tribunal in Paris awarded the area to Britain
			// in 1899, a ruling Caracas denounced in 1962": the place is
			// the clause's before the apposition
			return i + 1
		}
		if d.tok(i).Is(",", ";") {
			break // "In Beijing, as the US imposed sanctions, Xi hosted Putin": the trigger is past the subordinate clause
		}
		if d.sayVerbAt(i) && d.cover[i] < 0 && d.newClauseAt(i+1, k+1) && !d.wordIn(start, i, ",") { // (a place fronted before a comma stays the scene: "In Phnom Penh, Blinken said …")
			return i + 1 // "Officials in Seoul said North Korea had sent troops to Russia": where they spoke is not where it was done
		}
		if d.tok(i).Is("after", "before", "when", "while", "because", "since", "as", "until", "although", "though", "whereas") &&
			d.newClauseAt(i+1, k+1) {
			return i + 1
		}
	}
	return start
}

// datedClauseAt returns where the subject starts when a date opens a
// clause of its own at token j — "in January 2024 Xi accepted", "on 29
// September the Chancellor hosted" — or -1.
func (d *doc) datedClauseAt(j, b int) int {
	if j < b && d.tok(j).Is("on", "in", "at") {
		j++
	}
	for _, x := range d.in.Dates {
		if d.tokenAt(x.Span.Start) != j || x.Value.IsZero() {
			continue
		}
		e := d.tokenAt(x.Span.End)
		if e < b && d.tok(e).Is(",") {
			e++
		}
		if d.newClauseAt(e, b) {
			return e
		}
	}
	return -1
}

// andDatedAside returns where a date set off by commas after "and" starts
// when it stands right before the trigger at k — "and, on Aug. 25, gave"
// — else -1.
func (d *doc) andDatedAside(k, cs int) int {
	if k-4 < cs || !d.tok(k-1).Is(",") {
		return -1
	}
	for _, x := range d.in.Dates {
		if d.tokenAt(x.Span.End) != k-1 {
			continue
		}
		s := d.tokenAt(x.Span.Start)
		if s-1 > cs && d.tok(s-1).Is("on", "in", "at", "by") {
			s-- // "on Aug. 25"
		}
		if s-2 >= cs && d.tok(s-1).Is(",") && d.tok(s-2).Is("and") {
			return s
		}
	}
	return -1
}

// inTitle reports whether the mention starting at s ends a title: "Ambassador
// to the European Union", "Special Envoy for Afghanistan".
func (d *doc) inTitle(s int) bool {
	j := s - 1
	if j > 0 && d.tok(j).Is("the") {
		j--
	}
	return j > 0 && d.tok(j).Is("to", "for", "at") && d.tok(j-1).Is("ambassador", "envoy", "representative", "delegate", "emissary", "mission", "coordinator")
}

// talksWithBody returns the intergovernmental body a visit's clause names
// as the one the talks are with, or the gathering attended: "travel to
// Brussels next week for talks with EU officials", "is visiting New York
// to attend the UN General Assembly".
func (d *doc) talksWithBody(k, ce int) []string {
	for i := k + 1; i+2 < ce && i <= k+14; i++ {
		attend := d.tok(i).Is("attend", "attending") && d.tok(i-1).Is("to", ",")
		if !attend && (!d.tok(i).Is("talks", "meetings", "consultations", "negotiations") || !d.tok(i+1).Is("with")) {
			continue
		}
		j := i + 2
		if attend {
			j = i + 1 // "visiting New York to attend the UN General Assembly": the body hosts, not the United States
		}
		if d.tok(j).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j); ok && len(m.Actors) == 1 {
			if d.intergovernmental(m.Actors[0]) {
				return m.Actors
			}
		}
		return nil
	}
	return nil
}

// requestNouns name a demand whose answer (agreeing, refusing) is the
// act coded; the demand was made too.
var requestNouns = map[string]bool{"request": true, "requests": true, "demand": true, "demands": true, "appeal": true, "appeals": true, "plea": true, "pleas": true}

// askedCall reports whether the "call" or "calls" at i asks for
// something, its "to" or "for" after it or after its maker: "rejected
// calls from the UN to free the prisoners", "ignored Washington's call for
// a truce" (not "accepted a call from Biden", a telephone call).
func (d *doc) askedCall(i, b int) bool {
	if !d.tok(i).Is("call", "calls") || i+1 >= b {
		return false
	}
	j := i + 1
	if d.tok(j).Is("from", "by") {
		for j++; j < b && (d.cover[j] >= 0 || d.tok(j).Is("the", "and", ",")); j++ {
			// "calls from Cairo and Doha to …": past the makers
		}
	}
	return j+1 < b && d.tok(j).Is("to", "for") && !d.tok(j+1).Is("the", "a", "an") || j+1 < b && d.tok(j).Is("for")
}

// skipThe returns i, or the word after it when i is "the" before b:
// "a request from the United Nations".
func (d *doc) skipThe(i, b int) int {
	if i+1 < b && d.tok(i).Is("the") {
		return i + 1
	}
	return i
}

// requestAnswered adds, to an act that answers a demand whose maker the
// noun phrase names ("agreed to a request from Ambassador Smith",
// "rejected Hanoi's demand"), the demand itself, made of whoever
// answered it.
func (d *doc) requestAnswered(ev []parley.Event, k, b int) []parley.Event {
	if len(ev) == 0 || ev[0].Target.IsZero() || ev[0].Status == parley.Hypothetical {
		return nil
	}
	for i := k + 1; i < b && i <= k+6; i++ {
		if d.tok(i).Is(";", ",", "and", "but", "which", "who", "that") {
			return nil
		}
		if d.cover[i] >= 0 || !requestNouns[d.tok(i).Norm] && !d.tok(i).Is("invitation", "invitations") && !d.askedCall(i, b) {
			continue // ("accepted an invitation from Putin": Putin invited)
		}
		var asker []string
		if i+2 < b && d.tok(i+1).Is("from", "by") {
			if j := d.skipThe(i+2, b); d.cover[j] >= 0 {
				if m, ok := d.mentionAt(j); ok {
					asker = d.coordinated(m, d.mentionEnd(j), b) // "a request from Ambassador Smith", "appeals from Kuala Lumpur and Manila"
				}
			}
		} else if i-1 > k && d.cover[i-1] >= 0 {
			m := d.in.Mentions[d.cover[i-1]]
			asker = m.Actors // "the Kenyan request", "its request"
			if m.Via == parley.ViaPronoun && slices.ContainsFunc(d.built, func(e parley.Event) bool {
				return e.Type == parley.Request && slices.Contains(asker, e.Source.ID)
			}) {
				return nil // "Sirleaf asked Nigeria to surrender him. Obasanjo agreed to her request": asked once, told before
			}
		} else if i-2 > k && d.possessiveAt(i-1) && d.cover[i-2] >= 0 {
			asker = d.in.Mentions[d.cover[i-2]].Actors // "Hanoi's demand"
		}
		var out []parley.Event
		for _, e := range ev {
			if !slices.Contains(asker, e.Target.ID) {
				continue
			}
			r := e
			r.Type, r.CAMEO, r.Mode, r.Status = parley.Request, "100", "", parley.Occurred
			r.Source, r.Target = e.Target, d.answeringState(e.Source, k)
			r.Participants = []parley.ActorRef{r.Source, r.Target}
			r.Trigger = d.spanOf(i, i+1)
			r.Rule += ":answered"
			out = append(out, r)
		}
		return out
	}
	return nil
}

// answeringState returns the state a speaker's refusal at k was made
// for when it is the refusal's subject ("Wong said Australia would refuse
// the demand from China": the demand was Australia's to refuse), else
// the speaker.
func (d *doc) answeringState(speaker parley.ActorRef, k int) parley.ActorRef {
	p := d.actors[speaker.ID]
	if p == nil || p.Kind != parley.Person || p.Country == "" {
		return speaker
	}
	st := "state:" + p.Country
	for t := k - 1; t >= 0 && k-t <= 4 && !d.sayVerbAt(t); t-- {
		if m, ok := d.mentionAt(t); ok && d.cover[t] >= 0 && slices.Contains(m.Actors, st) {
			return d.ref(st)
		}
	}
	return speaker
}

// blamedOn returns who a deed is blamed on, named after "on" past the
// deed: "blamed the attack on Kataib Hezbollah", or right after the verb
// when the deed is a relative's antecedent ("a strike it blamed on
// Israel"). The last such "on" before a comma counts ("blamed the attack
// on the base on Iran").
func (d *doc) blamedOn(k, ce int) []string {
	i := d.blamedOnAt(k, ce)
	if i < 0 {
		return nil
	}
	j := i + 1
	if d.tok(j).Is("the") && j+1 < ce {
		j++
	}
	if m, ok := d.mentionAt(j); ok && d.mentionStart(j) == j {
		return d.coordinated(m, d.mentionEnd(j), ce)
	}
	return nil
}

// blamedOnAt returns where the "on" that names the one blamed stands
// after the blame verb at k — "blamed the explosion on Russia" — or -1,
// also when the verb's direct object is an actor ("blamed Russia for …").
func (d *doc) blamedOnAt(k, ce int) int {
	if k+1 >= ce || d.cover[k+1] >= 0 {
		return -1
	}
	on := -1
	for i := k + 1; i+1 < ce && i <= k+14; i++ {
		if d.tok(i).Is(",", ";", "and", "but", "which", "who", "after", "because", "for") {
			break // ("blamed a group … for the attack on the ministry": the deed's "on")
		}
		if d.tok(i).Is("on") {
			on = i // (the last: "blamed the attack on the port on Russia")
		}
	}
	return on
}

// alsoAccused returns the actors a charge verb at k accuses in a second
// "and X of …" after its first charge: "accused Iran of arming militias
// and Syria of hosting them".
func (d *doc) alsoAccused(k, ce int) []string {
	var ids []string
	charged := false
	for i := k + 1; i+2 < ce; i++ {
		if d.cover[i] >= 0 {
			i = d.mentionEnd(i) - 1
			continue
		}
		if d.tok(i).Is("of") {
			charged = true
		}
		if !charged || !d.tok(i).Is("and") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j); ok && d.mentionStart(j) == j && d.mentionEnd(j) < ce && d.tok(d.mentionEnd(j)).Is("of") {
			ids = append(ids, m.Actors...)
		}
	}
	return ids
}

// renewedBy returns the subject of a verb that repeats the demand noun at
// k ("renewed Beijing's demand", "repeated its call"): the one asking
// again, or nil.
func (d *doc) renewedBy(k, cs int) []string {
	i := k - 1
	for i > cs && (d.cover[i] >= 0 || d.possessiveAt(i) || d.tok(i).Is("the", "its", "their", "his", "her")) {
		i--
	}
	if i <= cs || !d.tok(i).Is("renewed", "repeated", "reiterated", "restated", "renews", "repeats", "reiterates", "restates") {
		return nil
	}
	for j := i - 1; j > cs && j >= i-4; j-- {
		if d.tok(j).Is("which", "who") {
			return nil // "…, which on Monday renewed Beijing's demand": the owner named stays
		}
	}
	ids, _ := d.subjects(i, cs)
	return ids
}

// speakerOfDeedBlamed returns the one speaker of the sentence when the
// verb at k is "it blamed" in a relative after a deed noun of the
// speaker's statement: in "Tehran said the attack was retaliation for a
// strike that killed Guards commanders, a strike it blamed on Israel",
// "it" is Tehran, not the last body named.
func (d *doc) speakerOfDeedBlamed(k, a, b int) []string {
	if k-2 <= a || !d.tok(k-1).Is("it", "they") {
		return nil
	}
	if _, ok := deedNouns[d.tok(k-2).Norm]; !ok {
		return nil
	}
	for v := a; v < k-2; v++ {
		if d.cover[v] >= 0 || !d.sayVerbAt(v) {
			continue
		}
		if speakers, _, _ := d.statementParts(v, a, b); len(speakers) == 1 {
			if o := d.actors[speakers[0]]; o != nil && o.Kind != parley.Person {
				return speakers
			}
		}
		return nil
	}
	return nil
}

// deedBlamedOn returns the actor a relative clause right after the deed
// noun at k blames it on: "a strike it blamed on Israel", "an attack on
// the port, which Kyiv blamed on Moscow"; else nil.
func (d *doc) deedBlamedOn(k, ce int) []string {
	for i := k + 1; i < ce && i <= k+10; i++ {
		t := d.tok(i)
		if t.Is("blamed", "blames") && i+2 < ce && d.tok(i+1).Is("on") {
			j := i + 2
			if d.tok(j).Is("the") && j+1 < ce {
				j++
			}
			if m, ok := d.mentionAt(j); ok && d.mentionStart(j) == j {
				return m.Actors
			}
			return nil
		}
		if d.cover[i] >= 0 {
			i = d.mentionEnd(i) - 1
			continue
		}
		if t.Is(";", ":", "and", "but", "while", "after", "before") || d.finiteVerbAt(i) {
			return nil // "the strike on the port killed …": its own clause
		}
	}
	return nil
}

// apposedDeedDoer returns the subject of the clause that a deed noun in
// apposition sums up, when that noun is the object of verb k: "Japan
// released the water, a move China condemned" and "Russia annexed the
// regions, a step the EU condemned" aim at the clause's subject. Nil when
// the pattern does not hold or that subject is the verb's own side.
func (d *doc) apposedDeedDoer(k, a int, subj []string) []string {
	j := k - 1
	for j > a && auxWords[d.tok(j).Norm] {
		j-- // "a move Beijing has condemned"
	}
	if j <= a || d.cover[j] < 0 {
		return nil
	}
	j = d.mentionStart(j) - 1
	if j > a && d.tok(j).Is("the") {
		j--
	}
	if _, ok := deedNouns[d.tok(j).Norm]; j <= a || !ok {
		return nil
	}
	j--
	if j > a && d.cover[j] < 0 && d.tok(j).Kind == token.Word && !d.tok(j).Upper && !d.tok(j).Is("a", "an", "the") {
		j-- // "a bold move"
	}
	if j <= a+1 || !d.tok(j).Is("a", "an", "the") || !d.tok(j-1).Is(",") {
		return nil
	}
	ca := a
	for i := j - 2; i > a; i-- {
		if d.tok(i).Is("after", "before", "when", "since", "because", "until", "once") && d.cover[i] < 0 {
			ca = i + 1 // "The visit came a week after Iraq banned the PKK, a move Ankara welcomed": the deed's own clause
			break
		}
	}
	ids := d.clauseSubject(ca, j-1)
	if len(ids) == 0 || d.sameSide(subj, ids[0]) || !d.opensClause(ca, j-1) {
		return nil
	}
	for _, s := range subj {
		if s == "state:"+d.countryOf(ids[0]) || ids[0] == "state:"+d.countryOf(s) {
			return nil // "Russian forces shelled Kharkiv, a step Moscow defended": its own
		}
	}
	return ids
}

// relativeProposer returns who put forward what a relative clause at
// trigger k answers: "Washington and the European Union called for an
// independent inquiry, which President Karimov rejected" rejects the
// callers' call. The relative's subject must be named; the clause before
// it must open on its own subject and put the thing forward by a verb of
// asking or offering.
func (d *doc) relativeProposer(k, a int, subj []string) []string {
	j := k - 1
	for j > a && auxWords[d.tok(j).Norm] {
		j--
	}
	if j > a && d.tok(j).Is(",") {
		// past an apposition of the subject: "which Germany and Rwanda,
		// the resolution's sponsors, accepted"
		q := d.asideOpening(j, a, 10)
		if q < 0 {
			return nil
		}
		j = q - 1
	}
	if j <= a || d.cover[j] < 0 {
		return nil
	}
	j = d.mentionStart(j) - 1
	if ids, first := d.coordinatedBefore(j+1, a); ids != nil {
		j = first - 1 // "which Germany and Rwanda accepted"
	}
	if j <= a+1 || !(d.tok(j).Is("which") && d.tok(j-1).Is(",") || d.tok(j).Is("that") && actDeed(d.tok(j-1).Norm)) {
		return nil // ("a proposal that Belarus welcomed", not "said that Ethiopia accepted")
	}
	v := -1
	for i := j - 2; i > a; i-- {
		if d.tok(i).Is(",", ";", "which", "that", "who") {
			break
		}
		if d.tok(i).Is("called", "proposed", "demanded", "offered", "urged", "suggested", "requested", "sought", "put", "floated", "tabled",
			"issued", "presented", "unveiled", "submitted", "drafted") {
			v = i
		}
	}
	if v < 0 || !d.opensClause(a, v) {
		return nil
	}
	ids, _ := d.subjects(v, a)
	if len(ids) == 0 || d.sameSide(subj, ids[0]) {
		return nil
	}
	return ids
}

// opensClause reports whether the first actor in tokens [a, c) opens the
// sentence or a stretch after a comma ("On Friday, Japan released …"),
// as a subject does; "Federal officials have accused Kenyan troops" has
// no named subject.
func (d *doc) opensClause(a, c int) bool {
	for i := a; i < c; i++ {
		if d.cover[i] >= 0 {
			return i == a || d.tok(i-1).Is(",") || d.tok(i-1).Is("the") && (i-1 == a || d.tok(i-2).Is(","))
		}
	}
	return false
}

// relativeObject returns the antecedent of an object relative pronoun
// before the subject of verb k: in "Eritrea, which the TPLF accused of
// sending troops" and "Erdogan, whom he thanked", the verb acts on the
// name before the pronoun.
func (d *doc) relativeObject(k int) []string {
	j := k - 1
	for j > 0 && auxWords[d.tok(j).Norm] {
		j-- // "which Kyiv has long accused"
	}
	switch {
	case j > 0 && d.cover[j] >= 0:
		j = d.mentionStart(j) - 1
	case j > 0 && d.tok(j).Is("it", "they", "he", "she", "we"):
		j--
	default:
		return nil
	}
	if j < 2 || !d.tok(j).Is("which", "whom") || !d.tok(j-1).Is(",") {
		return nil
	}
	if m, ok := d.mentionAt(j - 2); ok {
		ms := d.mentionStart(j - 2)
		if ms > 0 && d.tok(ms-1).Is("in", "at", "on", "near", "across", "inside", "outside", "throughout") {
			return nil // "the situation in Peru, which she described as interference": the situation
		}
		if ids, _ := d.coordinatedBefore(ms, 0); ids != nil {
			return append(ids, m.Actors...) // "members of the CNE and of the Supreme Tribunal, whom it accused"
		}
		return m.Actors
	}
	return nil
}

// notHesitating reports whether the act at k follows "not hesitate to"
// ("would not hesitate to use force against"), a litotes that states
// readiness, not refusal, and whether a modal of the future comes first.
func (d *doc) notHesitating(a, k int) (ok, future bool) {
	for t := k - 1; t >= a+2 && k-t <= 3; t-- {
		if !d.tok(t).Is("to") {
			continue
		}
		if !d.tok(t-1).Is("hesitate") || !d.tok(t-2).Is("not", "n't", "never") {
			return false, false
		}
		for i := t - 3; i >= a && i >= t-5; i-- {
			if d.tok(i).Is("will", "would", "'ll", "shall", "wo") {
				return true, true
			}
		}
		return true, false
	}
	return false, false
}

// handOverWords are the verbs that send a wanted person to another state:
// "extradited Ana Pop to Berlin", "handed her over to Bucharest".
var handOverWords = []string{"extradite", "extradited", "extradites", "extraditing", "hand", "handed", "hands", "handing"}

// takeBackVerbs take back what the noun after them names: a decision
// ("withdrew its decision to expel", "rescinded a plan to ban"), a threat
// or a demand ("backtracked on its threat", "dropped its demand",
// "retreated from its threat to impose tariffs").
var takeBackVerbs = map[string]bool{}

func init() {
	for _, w := range []string{"withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing",
		"reversed", "reverse", "reverses", "reversing", "revoked", "revoke", "revokes",
		"rescinded", "rescind", "rescinds", "overturned", "cancelled", "canceled", "cancel",
		"dropped", "drop", "drops", "dropping", "scrapped", "scrap", "annulled",
		"retracted", "retracts", "abandoned", "abandon", "abandons", "shelved",
		"backtracked", "backtracks", "backtracking", "backpedalled", "backpedaled",
		"retreated", "retreats"} {
		takeBackVerbs[w] = true
	}
}

// givenUpNoun returns the verb that takes back the threat or demand noun
// at k ("backtracked on its threat", "walked back its threats", "backed
// down from his ultimatum", "dropped its earlier demand"), or -1.
func (d *doc) givenUpNoun(k, a int) int {
	i := k - 1
	if i > a && d.cover[i] < 0 && !d.tok(i).Is("its", "their", "his", "her", "the", "a", "an") && d.tok(i).Kind != token.Punct {
		i-- // "its earlier threat", "its tariff threat"
	}
	if i <= a || !d.tok(i).Is("its", "their", "his", "her", "the") {
		return -1
	}
	i--
	if i > a && d.tok(i).Is("on", "from") {
		i--
	}
	switch {
	case i < a:
		return -1
	case takeBackVerbs[d.tok(i).Norm]:
		return i
	case i > a && d.tok(i).Is("back", "down") && d.tok(i-1).Is("walked", "walks", "walking", "backed", "backs", "backing", "climbed", "climbs", "rowed", "stepped"):
		return i - 1
	}
	return -1
}

// threatNounBefore returns the threat noun whose infinitive names the
// penalty noun at k ("his threat to impose tariffs on Canada", "threats
// to slap sanctions on"), or -1.
func (d *doc) threatNounBefore(k, a int) int {
	for j := k - 1; j > a+1 && k-j <= 4; j-- {
		if d.tok(j).Kind == token.Punct || d.cover[j] >= 0 && d.in.Mentions[d.cover[j]].Via != parley.ViaAdjective {
			return -1
		}
		if d.tok(j).Is("to") && d.cover[j] < 0 {
			if n := j - 1; d.tok(n).Is("threat", "threats", "ultimatum") {
				return n
			}
			return -1
		}
	}
	return -1
}

// threatCarriedOut reports whether the threat noun at n is one made good
// ("followed through on its threat to impose tariffs", "made good on",
// "carried out"): the penalty is done, not threatened.
func (d *doc) threatCarriedOut(n, a int) bool {
	i := n - 1
	if i > a && d.tok(i).Is("earlier", "previous", "repeated", "longstanding") {
		i--
	}
	if i > a && d.tok(i).Is("its", "his", "her", "their", "the") {
		i--
	}
	switch {
	case i > a && d.tok(i).Is("on", "upon") && d.tok(i-1).Is("through", "good", "delivered", "delivers", "acted", "acts"):
		return true
	case i > a && d.tok(i).Is("out") && d.tok(i-1).Is("carried", "carries", "carrying"):
		return true
	}
	return i >= a && d.tok(i).Is("executed", "fulfilled", "implemented", "enforced")
}

// givenUpTarget returns the one the threat or demand given up after the
// climb-down verb at k was aimed at: "backtracked on its threat against
// Kosovo" → Kosovo.
func (d *doc) givenUpTarget(k, ce int, subj []string) []string {
	for n := k + 1; n < ce && n <= k+6; n++ {
		if !d.tok(n).Is("threat", "threats", "ultimatum", "demand", "demands") || d.givenUpNoun(n, k-1) != k {
			continue
		}
		for j := n + 1; j < ce && j <= n+8; j++ {
			if d.tok(j).Is(",", ";", "but", "after", "amid", "over", "following") {
				return nil
			}
			if m, ok := d.mentionAt(j); ok && len(m.Actors) == 1 && m.Via != parley.ViaPronoun && !d.sameSide(subj, m.Actors[0]) {
				return m.Actors
			}
		}
		return nil
	}
	return nil
}

// forumAddressed reports whether the body the verb at k is aimed at is
// named as the one a complaint goes to ("lodged a complaint with the UN
// Security Council"), not as the verb's own object right after it
// ("accused the UN mission, MINUSMA, of spying", "accused NATO of …") nor
// as the subject of what is complained of ("complaining that the bloc
// had failed to condemn Azerbaijan").
func (d *doc) forumAddressed(k int) bool {
	return actorAt(d, k+1, "the") < 0 && !d.tok(k+1).Is("that")
}

// oppositionCamp reports whether the "opposition" at i names the camp
// ("the home of opposition leader Bobi Wine"), not a stance given up.
func (d *doc) oppositionCamp(i int) bool {
	return d.tok(i).Is("opposition") && i+1 < len(d.in.Tokens) && (d.cover[i+1] >= 0 ||
		d.tok(i+1).Is("leader", "leaders", "party", "parties", "figure", "figures", "politician", "politicians", "lawmakers",
			"supporters", "activists", "candidate", "candidates", "coalition", "bloc", "alliance", "movement", "members", "mps", "senators"))
}

// goBetweenAt reports whether the mention at i is named as a go-between:
// "after mediation by Oman", "in a swap brokered by the UAE".
func (d *doc) goBetweenAt(i int) bool {
	s := d.mentionStart(i)
	return s > 0 && d.tok(s-1).Is("by") && d.wordIn(max(0, s-4), s-1, "mediation", "mediated", "brokered", "facilitated", "help", "efforts")
}

// partiesUnderWhich returns the parties a relative clause after the pact
// of the trigger at k names: "brokered a temporary deal under which both
// sides would cover national symbols" (the two sides), "a truce in which
// Israel and Hamas would …"; nil when it names fewer than two.
func (d *doc) partiesUnderWhich(k, b int) []string {
	for i := k + 1; i+2 < b && i <= k+10; i++ {
		if !d.tok(i).Is("under", "in", "whereby", "by") || !(d.tok(i+1).Is("which") || d.tok(i).Is("whereby")) {
			continue
		}
		j := i + 2
		if d.tok(i).Is("whereby") {
			j = i + 1
		}
		var ids []string
		for ; j < b && (d.cover[j] >= 0 || d.tok(j).Is("and", ",")); j++ {
			if d.cover[j] >= 0 {
				ids = append(ids, d.in.Mentions[d.cover[j]].Actors...)
				j = d.mentionEnd(j) - 1
			}
		}
		if u := uniq(ids); len(u) >= 2 {
			return u
		}
		return nil
	}
	return nil
}

// accusedAfter returns whom a participle of blame right after the clause
// ending at ce names — ", accusing both countries of …", ", blaming
// Kyiv for …" — when the refusal or penalty at k names no one, its
// object being its own ("withheld its consent") or none: the one blamed
// is the one refused. (Not "sanctioned 25 officials, accusing Blinken":
// the officials are hit.) Else nil.
func (d *doc) accusedAfter(k, ce int, subj []string) []string {
	n := len(d.in.Tokens)
	if ce+2 >= n || !d.tok(ce).Is(",") || !d.tok(ce+1).Is("accusing", "blaming") {
		return nil
	}
	if k+1 < ce && !d.tok(k+1).Is("its", "their", "his", "her") {
		return nil
	}
	i := actorAt(d, ce+2, "the", "both")
	if i < 0 {
		return nil
	}
	m := d.in.Mentions[d.cover[i]]
	if m.Via == parley.ViaPronoun || slices.ContainsFunc(m.Actors, func(id string) bool { return slices.Contains(subj, id) }) {
		return nil
	}
	return m.Actors
}

// nextPredicateObject returns the actor a second predicate of the same
// subject addresses right after the act at k, which names none: "lodged a
// strong protest and demanded that India punish those responsible" is a
// protest to India. Nil when the second verb is not one of speech aimed
// at someone, or names no one within a few words.
func (d *doc) nextPredicateObject(k int, subj []string) []string {
	n := len(d.in.Tokens)
	j := k + 1
	for ; j < n && j-k <= 6; j++ {
		if d.cover[j] >= 0 || d.stop(j) || d.tok(j).Is(",", ";", "that") {
			return nil
		}
		if d.tok(j).Is("and") {
			break
		}
	}
	if j >= n || j-k > 6 || j+1 >= n {
		return nil
	}
	v := j + 1
	if d.tok(v).Is("also") && v+1 < n {
		v++
	}
	if !d.tok(v).Is("demanded", "urged", "called", "asked", "warned", "told", "pressed", "insisted") {
		return nil
	}
	for i := v + 1; i < n && i <= v+4; i++ {
		if d.cover[i] < 0 {
			if d.tok(i).Is("that", "on", "the") {
				continue
			}
			return nil
		}
		m := d.in.Mentions[d.cover[i]]
		if m.Via == parley.ViaPronoun || slices.ContainsFunc(m.Actors, func(id string) bool { return slices.Contains(subj, id) }) {
			return nil
		}
		return m.Actors
	}
	return nil
}

// gappedCountedSubjects returns the states a gapped list after the verb
// at k names each with a count, the verb and its object left out:
// "expelled 15 Russian diplomats, Sweden three, Italy 30 and Spain about
// 25". The verb's own object must be counted too.
func (d *doc) gappedCountedSubjects(k, ce int) []string {
	counted := func(i int) int { // the token after a count at i, or -1
		for i < ce && d.tok(i).Is("about", "some", "around", "another", "nearly", "almost") {
			i++
		}
		if i < ce && (d.tok(i).Kind == token.Number || countWords[d.tok(i).Norm] > 0 || d.tok(i).Is("one", "a", "dozens")) {
			return i + 1
		}
		return -1
	}
	if counted(k+1) < 0 {
		return nil
	}
	var out []string
	for i := k + 2; i+2 < ce; i++ {
		if !d.tok(i).Is(",", "and") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("and") {
			j++
		}
		m, ok := d.mentionAt(j)
		if !ok || len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "state:") {
			continue
		}
		e := d.mentionEnd(j)
		after := counted(e)
		if after < 0 || after < ce && !d.tok(after).Is(",", "and", ".", ";") {
			continue
		}
		out = append(out, m.Actors[0])
		i = after - 1
	}
	return out
}

// bowedTo returns the actor a yielding participle after the trigger at k,
// before token end, names — "bowing to pressure from ECOWAS", "yielding
// to the demands of the protesters" — or nil.
func (d *doc) bowedTo(k, ce int, subj []string) []string {
	for i := k + 1; i+1 < ce; i++ {
		if !d.tok(i).Is("bowing", "bowed", "yielding", "yielded", "giving", "gave", "caving", "caved") || !d.tok(i+1).Is("to", "in") {
			continue
		}
		for j := i + 2; j < ce && j <= i+8; j++ {
			if m, ok := d.mentionAt(j); ok && len(m.Actors) > 0 && !d.sameSide(subj, m.Actors[0]) {
				return d.coordinated(m, d.mentionEnd(j), ce) // "bowing to pressure from ECOWAS and the African Union"
			}
			if d.tok(j).Is(",", ";", "and", "but") {
				break
			}
		}
		return nil
	}
	return nil
}

// patronsOf returns the state a subject is named the donors or backers
// of, in apposition before the verb at k: "France and Canada, Haiti's
// other main donors, have also suspended their aid programmes" (to
// Haiti); nil when no such apposition stands in [a, k).
func (d *doc) patronsOf(a, k int, subj []string) []string {
	for i := a; i+2 < k; i++ {
		if !d.tok(i).Is(",") || d.cover[i+1] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i+1]]
		e := d.mentionEnd(i + 1)
		if len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "state:") || slices.Contains(subj, m.Actors[0]) || e >= k || !d.tok(e).Is("'s", "’s") {
			continue
		}
		for j := e + 1; j < k && j <= e+4; j++ {
			if d.tok(j).Is("donors", "backers", "creditors", "patrons", "benefactors", "sponsors") {
				return m.Actors
			}
			if d.cover[j] >= 0 || d.tok(j).Is(",") {
				break
			}
		}
	}
	return nil
}

// groupNouns name a set of actors too vaguely to code ("many countries",
// "several governments") until the text lists its members.
var groupNouns = map[string]bool{"countries": true, "states": true, "governments": true, "nations": true,
	"organisations": true, "organizations": true, "leaders": true, "members": true, "partners": true, "capitals": true}

// membersNamedNext returns the actors the next sentence lists as the
// members of a vague plural subject before the verb at k, one that names
// no actor the coder could take: "Since Friday, many countries have
// expressed their support … Among them are A, B and C." ("They include
// A and B" and "These include" list them too.) Else nil.
func (d *doc) membersNamedNext(cs, k int) []string {
	group := false
	for i := cs; i < k; i++ {
		if d.quoted[i] {
			return nil
		}
		group = group || groupNouns[d.tok(i).Norm]
	}
	si := d.sentenceIndex(d.tok(k).Start)
	if !group || si+1 >= len(d.in.Sentences) {
		return nil
	}
	a, b := d.tokensOf(d.in.Sentences[si+1])
	j := a
	switch {
	case d.tok(a).Is("among") && d.tok(a+1).Is("them", "these", "those") && d.tok(a+2).Is("are", "were", "is", "was"):
		j = a + 3
	case d.tok(a).Is("they", "these", "those") && d.tok(a+1).Is("include", "included", "includes"):
		j = a + 2
	default:
		return nil
	}
	var ids []string
	for ; j < b; j++ {
		if d.cover[j] < 0 {
			if !d.tok(j).Is(",", "and", "as", "well", "the", ".") {
				return nil // a list of actors only: not "Among them are states that …"
			}
			continue
		}
		m := d.in.Mentions[d.cover[j]]
		if m.Via == parley.ViaPronoun {
			return nil
		}
		ids = append(ids, m.Actors...)
		j = d.mentionEnd(j) - 1
	}
	return uniq(ids)
}

// giversFrom returns the actors "from" names after the noun of backing at
// k, in every "from" of the list: "from the Government of the United
// States and from several European governments".
func (d *doc) giversFrom(k, b int) []string {
	var ids []string
	for i := k + 1; i < b && i <= k+30; i++ {
		if d.tok(i).Is(";", ":") || d.finiteVerbAt(i) {
			break // (the list ends with its clause: "…, and Venezuela rejected it")
		}
		if !d.tok(i).Is("from") {
			continue
		}
		if j := actorAt(d, i+1, "the"); j >= 0 {
			ids = append(ids, d.coordinated(d.in.Mentions[d.cover[j]], d.mentionEnd(j), b)...)
		}
	}
	return uniq(ids)
}

// pronounWithinSubject reports whether the verb at k takes as its object
// a pronoun resolved to one of its own subjects: "France and the United
// States condemned it" — a pronoun object never names its co-subject.
func (d *doc) pronounWithinSubject(k int, subj []string) bool {
	m, ok := d.mentionAt(k + 1)
	if !ok || m.Via != parley.ViaPronoun || !d.tok(k+1).Is("it", "him", "her", "them") {
		return false
	}
	for _, id := range m.Actors {
		if !slices.Contains(subj, id) {
			return false
		}
	}
	return true
}

// ownUnnamedSubject reports whether the verb at k follows a subject of its
// own that no name gives — "the government", past an adverb: "the
// government formally asked" — whoever the actor stage took it for.
func (d *doc) ownUnnamedSubject(k int) bool {
	i := k - 1
	for i > 0 && strings.HasSuffix(d.tok(i).Norm, "ly") && d.cover[i] < 0 {
		i--
	}
	if i <= 0 || d.tok(i).Kind != token.Word || d.tok(i).Upper {
		return false
	}
	if d.cover[i] >= 0 {
		m := d.in.Mentions[d.cover[i]]
		return m.Via != parley.ViaName && m.Via != parley.ViaSurname && m.Via != parley.ViaTitle && d.tok(d.mentionStart(i)).Is("the")
	}
	return d.tok(i-1).Is("the") && d.cover[i-1] < 0
}

// blocAndStates returns the one international body and the two or more
// states that subj holds, when it holds nothing else.
func (d *doc) blocAndStates(subj []string) (string, []string) {
	bloc := ""
	var states []string
	for _, id := range uniq(subj) {
		a := d.actors[id]
		switch {
		case strings.HasPrefix(id, "state:"):
			states = append(states, id)
		case a != nil && a.Kind == parley.Organization && a.Country == "" && bloc == "":
			bloc = id
		default:
			return "", nil
		}
	}
	if bloc == "" || len(states) < 2 {
		return "", nil
	}
	return bloc, states
}

// agreedToGive reports whether the verb at k is "agreed" followed by "to"
// and a verb of giving or sending: "agreed to send troops", "agreed to
// provide funds".
func (d *doc) agreedToGive(k int) bool {
	return d.tok(k).Is("agreed", "agree", "agrees", "agreeing") && d.tok(k+1).Is("to") &&
		d.tok(k+2).Is("send", "provide", "contribute", "deploy", "supply", "donate", "give", "lend", "dispatch", "pay")
}
