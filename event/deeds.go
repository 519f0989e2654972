package event

import (
	"slices"
	"sort"
	"strings"

	"parley"
	"parley/nlp/token"
)

// Reactions name the deed they answer more often than whoever did it:
// "Guterres condemned the detentions", "Brazil and Colombia condemned the
// raid", "the organisation welcomed the treaty". The deed was told a few
// sentences earlier, and its doer — or, for a pact, its parties — is the
// one the reaction is aimed at.

// deedKind sorts the nouns a reaction may take by the events they can
// refer back to.
type deedKind uint8

const (
	deedForce     deedKind = iota + 1 // attacks, arrests, seizures: ASSAULT, COERCE
	deedPenalty                       // sanctions, bans: SANCTION
	deedPact                          // agreements, treaties: AGREE
	deedAct                           // a decision, a move: any act but talk and reactions
	deedAsk                           // a request, a demand: REQUEST
	deedRuling                        // a ruling, a verdict: whatever a court did
	deedMeeting                       // a summit, a visit: CONSULT, aimed at all who took part
	deedClaim                         // an accusation, a claim: ACCUSE, answered to its maker
	deedGrievance                     // a complaint: ACCUSE or REQUEST, answered to its maker
	deedRemark                        // a remark, a statement: whatever its speaker said just before
	deedBuildUp                       // drills, a deployment, a build-up: MOBILIZE
	deedUnrest                        // a storming, riots, unrest: PROTEST
)

var deedNouns = map[string]deedKind{
	"attack": deedForce, "attacks": deedForce, "raid": deedForce, "raids": deedForce, "strike": deedForce,
	"strikes": deedForce, "airstrikes": deedForce, "airstrike": deedForce, "invasion": deedForce, "offensive": deedForce, "operation": deedForce, "intervention": deedForce,
	"shelling": deedForce, "bombing": deedForce, "bombings": deedForce, "killing": deedForce,
	"killings": deedForce, "crackdown": deedForce, "detention": deedForce, "detentions": deedForce,
	"arrest": deedForce, "arrests": deedForce, "seizure": deedForce, "coup": deedForce, "takeover": deedForce,
	"incursion": deedForce, "assault": deedForce, "diversion": deedForce, "launch": deedForce,
	"launches": deedForce, "test": deedForce, "tests": deedForce, "annexation": deedForce, "occupation": deedForce,
	"landing": deedForce, "landings": deedForce, "shooting": deedForce, "abduction": deedForce, "kidnapping": deedForce, "expulsion": deedForce,
	"expulsions": deedForce, "blockade": deedForce, "downing": deedForce, "shootdown": deedForce, "use": deedForce, "executions": deedForce, "execution": deedForce,
	// "police dispersed the protesters … Kallas condemned the violence"
	"violence": deedForce, "repression": deedForce, "brutality": deedForce, "beatings": deedForce, "clampdown": deedForce,
	"sanctions": deedPenalty, "tariffs": deedPenalty, "ban": deedPenalty, "embargo": deedPenalty,
	"restrictions": deedPenalty, "penalties": deedPenalty, "fines": deedPenalty, "closure": deedPenalty, "closures": deedPenalty,
	"listings": deedPenalty, "designations": deedPenalty, "blacklisting": deedPenalty, // "Kyiv welcomed the new listings"
	"agreement": deedPact, "agreements": deedPact, "deal": deedPact, "accord": deedPact, "accords": deedPact,
	"treaty": deedPact, "pact": deedPact, "declaration": deedPact, "memorandum": deedPact, "signing": deedPact, "ceasefire": deedPact, "truce": deedPact, "consensus": deedPact,
	"vote": deedAct, "ratification": deedAct, "approval": deedAct, "bill": deedAct, "legislation": deedAct,
	"decision": deedAct, "move": deedAct, "step": deedAct, "ruling": deedRuling, "verdict": deedRuling, "judgment": deedRuling,
	"warrant": deedRuling, "warrants": deedRuling, "conviction": deedRuling, "sentence": deedRuling, "indictment": deedRuling, // "Israel rejected the warrant"
	"announcement": deedAct, "release": deedAct, "invitation": deedAsk, "discharge": deedAct, "action": deedAct,
	"measures": deedAct, "asylum": deedAct, "package": deedAct, "packages": deedAct, "order": deedAct, "offer": deedAct, "proposal": deedAct, "plan": deedAct,
	// "South Africa extradited Chang … the FMO welcomed the extradition"
	"extradition": deedAct, "withdrawal": deedAct, "recognition": deedAct, "suspension": deedAct,
	"reopening": deedAct, "resumption": deedAct, "lifting": deedAct, "renewal": deedAct, "extension": deedAct,
	// "approved the sale of missile systems to Taiwan … Beijing opposed the sale"
	"sale": deedAct, "sales": deedAct,
	// "called the storming of parliament treasonous": the crowd that stormed it
	"storming": deedUnrest, "riots": deedUnrest, "rioting": deedUnrest, "unrest": deedUnrest,
	"request": deedAsk, "requests": deedAsk, "demand": deedAsk, "demands": deedAsk, "appeal": deedAsk, "appeals": deedAsk, "calls": deedAsk,
	"summit": deedMeeting, "meeting": deedMeeting, "talks": deedMeeting, "visit": deedMeeting, "trip": deedMeeting,
	"accusation": deedClaim, "accusations": deedClaim, "allegation": deedClaim, "allegations": deedClaim,
	"claim": deedClaim, "claims": deedClaim, "charge": deedClaim, "charges": deedClaim,
	// "dismissed the report as baseless": a report of a charge, answered to whoever made it
	"report": deedClaim, "reports": deedClaim, "assertion": deedClaim, "assertions": deedClaim,
	"insinuation": deedClaim, "insinuations": deedClaim,
	// "Solana said the alliance had used an outdated map … China rejected
	// that account": the explanation of whoever gave it
	"account": deedRemark, "explanation": deedRemark, "explanations": deedRemark, "version": deedRemark,
	// "Vietnam demanded that China withdraw the ship … Beijing rejected the complaint"
	"complaint": deedGrievance, "complaints": deedGrievance, "protest": deedGrievance, // "Galuzin rejected the protest": its lodger
	// "demanded a halt to the drills", "condemned the deployment"
	"drills": deedBuildUp, "exercises": deedBuildUp, "manoeuvres": deedBuildUp, "maneuvers": deedBuildUp,
	"deployment": deedBuildUp, "build-up": deedBuildUp, "buildup": deedBuildUp,
	"remark": deedRemark, "remarks": deedRemark, "comment": deedRemark, "comments": deedRemark,
}

// penaltyToo are the deed nouns of force that may also name a penalty:
// "Russia expelled two Polish diplomats … Warsaw condemned the
// expulsions", "the blockade" of a state's trade.
var penaltyToo = map[string]bool{"expulsion": true, "expulsions": true, "blockade": true}

// entryToo are the deed nouns of force that may also name troops sent
// into another's land: "South African troops crossed into Lesotho … the
// party condemned the operation as an invasion".
var entryToo = map[string]bool{"operation": true, "intervention": true, "invasion": true, "incursion": true,
	"occupation": true, "landing": true, "landings": true}

// anyDeed are the deed nouns that stand for whatever act was told just
// before: "Saudi Arabia restored ties with Iran. Washington welcomed the
// move."
var anyDeed = map[string]bool{"move": true, "step": true, "action": true, "measures": true}

// praiseVerbs are the triggers of backing told in words alone.
var praiseVerbs = map[string]bool{"hailed": true, "welcomed": true, "praised": true, "thanked": true, "congratulated": true,
	"commended": true, "applauded": true, "lauded": true, "expressed": true, "hails": true, "welcomes": true, "praises": true}

// bareSpeech are verbs of saying that tell no act of their own ("He told
// Hungarian radio the decision was senseless"), unlike "announced that he
// was postponing the vote".
var bareSpeech = []string{"said", "says", "told", "tells", "added", "adds", "stated", "wrote", "writes", "noted"}

// wordsOnly are the types of events done in words alone: a threat, a
// charge or a demand is no "move" or "step" a reaction answers.
var wordsOnly = map[parley.EventType]bool{parley.Accuse: true, parley.Threaten: true, parley.Request: true}

// deedWindow is how many sentences back a reaction's deed may have been told.
const deedWindow = 5

// meetingWindow is the same for a meeting: "the summit" is often the
// story's own, told in its first lines.
const meetingWindow = 12

// deedsNamedFirst returns the indexes of the events built so far, latest
// first; for blows both sides deal, those whose trigger is the deed's
// own word ("Israeli air strikes killed … Hezbollah fired rockets …
// Mikati condemned the strikes") ahead of the rest.
func (d *doc) deedsNamedFirst(noun string) []int {
	order := make([]int, 0, len(d.built))
	if !exchangedBlows[noun] {
		// (arrests, decisions and the like are one side's: the latest told)
		for j := len(d.built) - 1; j >= 0; j-- {
			order = append(order, j)
		}
		return order
	}
	for _, named := range []bool{true, false} {
		for j := len(d.built) - 1; j >= 0; j-- {
			e := d.built[j]
			if sameStem(noun, d.in.Text[e.Trigger.Start:e.Trigger.End]) == named {
				order = append(order, j)
			}
		}
	}
	return order
}

// exchangedBlows are the deeds two warring sides both do, so that "the
// strikes" may be either's.
var exchangedBlows = map[string]bool{"strikes": true, "strike": true, "airstrikes": true, "airstrike": true, "attacks": true, "attack": true,
	"raids": true, "raid": true, "shelling": true, "bombing": true, "bombings": true}

// deedDoers returns the actors a reaction at trigger k is aimed at when
// its object, starting at token from, is a definite deed noun with no
// actor of its own ("the detentions", "this decision"): the doer of the
// latest such deed told in the sentences before, or the parties of a pact,
// leaving out the reacting subjects. It returns nil when there is no such
// noun or no such deed.
func (d *doc) deedDoers(k, from, ce int, subj []string) []string {

	if p := d.dayPossessiveAt(from, ce); p >= 0 {
		from = p // "rejected Saturday's decision", "condemned last week's raid": as "the decision"
	}
	if from >= ce || !d.tok(from).Is("the", "this", "these", "that", "those", "such") && !d.timePossessive(from) {
		return nil
	}
	kind, noun := deedKind(0), -1
	for i := from + 1; i < ce && i <= from+3; i++ {
		if d.cover[i] >= 0 {
			return nil // "the Russian attack", "the army's move": the phrase names its actor
		}
		if kd, ok := deedNouns[d.tok(i).Norm]; ok {
			kind, noun = kd, i
			break
		}
	}
	if noun >= 0 && d.tok(noun).Is("protest") && noun+1 < ce && d.tok(noun+1).Is("by", "of", "outside", "at", "in", "near") {
		return nil // "condemned the protest by thousands of students": a crowd's, not a protest lodged
	}
	if noun >= 0 && d.tok(noun).Is("violence") && !(noun+1 < ce && d.tok(noun+1).Is("against", "on")) {
		return nil // violence done to someone is a deed; "the violence of 24 July, when …" tells its own
	}
	if noun < 0 {
		return d.stemDeed(k, from, ce, subj)
	}
	if kind == deedMeeting {
		if ids, _ := d.bodyOfMeeting(d.tok(noun).Norm, k, subj); ids != nil {
			return ids // "on the sidelines of the NATO summit … Peskov dismissed the summit": NATO's, not the last meeting told
		}
	}
	here := d.sentenceIndex(d.tok(k).Start)
	window := deedWindow
	if kind == deedMeeting {
		window = meetingWindow
	}
	for _, j := range d.deedsNamedFirst(d.tok(noun).Norm) {
		e := d.built[j]
		if e.Trigger.Start >= d.tok(k).Start {
			continue
		}
		far := here - d.sentenceIndex(e.Trigger.Start)
		told := d.in.Text[e.Trigger.Start:e.Trigger.End]
		if far > window && !(far <= 3*window && sameStem(d.tok(noun).Norm, told)) && !d.onlyDoer(kind, e.Source.ID, k) {
			// Further back only the deed named by its own word ("the
			// closures" of crossings "closed" ten sentences before), or
			// one of a kind only one side has done so far ("Iran fired
			// missiles at two bases … Raab condemned the attack").
			continue
		}
		if e.Status == parley.Hypothetical || e.Status == parley.Negated ||
			!deedMatches(kind, e.Type) && !(kind == deedAsk && sameStem(d.tok(noun).Norm, told)) && // "invited … to join" is approval, still an invitation
				!(e.Type == parley.Sanction && penaltyToo[d.tok(noun).Norm]) &&
				!(e.Type == parley.Mobilize && entryToo[d.tok(noun).Norm]) {
			continue
		}
		if kind == deedRuling && !d.court(e.Source.ID) {
			continue // "welcomed the ruling": what a court decided
		}
		if kind == deedMeeting && d.tok(noun).Is("visit", "visits", "trip", "tour") && e.Medium != parley.InPerson {
			continue // "criticised the visit": a journey made, not talks held at a distance or of no known kind
		}
		if kind == deedAct && !sameStem(d.tok(noun).Norm, told) && !(anyDeed[d.tok(noun).Norm] && here-d.sentenceIndex(e.Trigger.Start) <= 1 && !wordsOnly[e.Type]) {
			// "the decision" is what was decided, not whatever was done
			// last; but "the move" and "the step" are whatever was done
			// in the sentence before.
			continue
		}
		if kind == deedClaim || kind == deedGrievance {
			// "Moscow has denied the allegation": an allegation against
			// the one who answers it, made by its accuser.
			if e.Target.IsZero() || !d.sameSide(subj, e.Target.ID) || e.Source.IsZero() || d.sameSide(subj, e.Source.ID) {
				continue
			}
			return []string{e.Source.ID}
		}
		var ids []string
		if kind == deedPact || kind == deedMeeting {
			// A pact's parties, as the states their leaders sign for; a
			// meeting's, as the states their leaders speak for.
			for _, p := range e.Participants {
				id := p.ID
				if st := d.leaderState(id); st != "" && d.actors[st] != nil {
					id = st
				}
				ids = append(ids, id)
			}
		}
		if len(ids) == 0 {
			// Every doer of the deed: "The United States and Britain struck
			// Houthi targets" is one strike by both.
			for _, o := range d.built {
				if o.Trigger == e.Trigger && o.Type == e.Type && o.Target.ID == e.Target.ID {
					ids = append(ids, o.Source.ID)
				}
			}
		}
		if kind == deedBuildUp || e.Type == parley.Mobilize || kind == deedForce && len(subj) == 1 && d.stateSide(subj[0]) && d.foreignTarget(e) {
			// (and a state answering a raid or strike that another
			// state's forces made abroad answers that state: "Ecuadorian
			// police forced their way into the Mexican embassy … Brazil
			// condemned the raid")
			ids = d.forcesAsState(ids, subj)
		}
		if out := d.othersThan(subj, ids); len(out) > 0 {
			return d.answeredAs(subj, out)
		}
	}
	// A deed the text told without an event of it: "Belarus forced the
	// jet to land … Blinken condemned the diversion".
	if out := d.toldDoer(noun, k, subj); out != nil {
		return out
	}
	if out := d.usedBy(noun, k, ce, subj); out != nil {
		return out
	}
	if out := d.reactedBefore(noun, k, subj); out != nil {
		return out
	}
	if out := d.putschists(noun, subj); out != nil {
		return out
	}
	if d.tok(noun).Is("decision") {
		// "Algeria cut diplomatic relations with Morocco. Rabat called
		// the decision unjustified": with no "decided" told, the decision
		// is the act of the sentence just before.
		decided := func(e parley.Event) bool {
			switch e.Type {
			case parley.Support:
				// a backing decided ("granted candidate status"), not
				// praise ("Zelensky hailed the move")
				return e.Status == parley.Occurred && !praiseVerbs[strings.ToLower(d.in.Text[e.Trigger.Start:e.Trigger.End])]
			case parley.Sanction, parley.Reject, parley.Retreat, parley.Concede, parley.Agree:
				return e.Status == parley.Occurred
			}
			return false
		}
		if out := d.doerJustBefore(k, subj, decided); out != nil {
			return d.answeredAs(subj, out)
		}
	}
	if d.tok(noun).Is("decision", "move") && (d.tok(noun-1).Is("the") || d.timePossessive(noun-1)) {
		// Further back, the decision a report is about is the act its
		// lead tells: "Lithuania began on Saturday to bar the transit …
		// Peskov called the decision a violation of international law".
		if e := d.leadDecision(); e != nil && !d.sameSide(subj, e.Source.ID) {
			return d.answeredAs(subj, []string{e.Source.ID})
		}
	}
	if captivityNouns[d.tok(noun).Norm] || d.tok(noun).Is("expulsion", "expulsions") {
		// "condemned the arrest of a British citizen in Iran", "protested
		// over the expulsion of its diplomat from London": with no captor
		// told, the state where it was done.
		return d.deedPlaceState(noun, ce, subj)
	}
	return nil
}

// deedPlaceState returns the state where the deed noun at n was done, as
// its phrase names it after "in" or "from" ("the detention of two French
// nationals in Tehran"), when that is not subj's own side.
func (d *doc) deedPlaceState(n, ce int, subj []string) []string {
	for i := n + 1; i+1 < ce && i <= n+10 && !d.stop(i); i++ {
		if !d.tok(i).Is("in", "from") {
			continue
		}
		j := i + 1
		if j+1 < ce && d.tok(j).Is("the") {
			j++
		}
		id := ""
		if m, ok := d.mentionAt(j); ok && len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") {
			id = m.Actors[0]
		} else if p := d.placeStartingAt(j); p != nil && p.Country != "" {
			id = "state:" + p.Country
		}
		if id == "" || d.sameSide(subj, id) {
			return nil
		}
		return []string{id}
	}
	return nil
}

// stemDeed returns the doers of a deed a reaction names by a noun of the
// deed's own verb, one not among the deed nouns: "Russia reduced flows to
// Germany … Habeck called the reduction political", "Oslo cancelled the
// talks … called the cancellation regrettable". Only a deed told in the
// last few sentences counts.
func (d *doc) stemDeed(k, from, ce int, subj []string) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	for i := from + 1; i < ce && i <= from+3; i++ {
		t := d.tok(i)
		if d.cover[i] >= 0 || t.Kind != token.Word || t.Upper || d.stop(i) {
			return nil
		}
		for j := len(d.built) - 1; j >= 0; j-- {
			e := d.built[j]
			if e.Trigger.Start >= d.tok(k).Start || here-d.sentenceIndex(e.Trigger.Start) > deedWindow ||
				e.Status == parley.Hypothetical || e.Status == parley.Negated || !deedMatches(deedAct, e.Type) ||
				!sameStem(t.Norm, d.in.Text[e.Trigger.Start:e.Trigger.End]) {
				continue
			}
			var ids []string
			for _, o := range d.built {
				if o.Trigger == e.Trigger && o.Type == e.Type && o.Target.ID == e.Target.ID {
					ids = append(ids, o.Source.ID)
				}
			}
			if out := d.othersThan(subj, ids); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// haltedDeed returns the doers of the deed a request at k asks to end,
// when the deed is one told before: "Egypt called for an end to the
// strikes", "the UN demanded an immediate halt to the shelling".
func (d *doc) haltedDeed(k, ce int, subj []string) []string {
	for i := k + 1; i+2 < ce && i <= k+6; i++ {
		if d.tok(i).Is("end", "halt", "stop", "cessation") && d.tok(i+1).Is("to", "of") {
			return d.deedDoers(k, i+2, ce, subj)
		}
	}
	return nil
}

// timePossessive reports whether token i is the possessive of a day or
// a span of time: "Saturday's decision", "last week's raid".
func (d *doc) timePossessive(i int) bool {
	return i > 0 && d.possessiveAt(i) && d.tok(i-1).Is("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"yesterday", "today", "week", "month", "year", "weekend")
}

// dayPossessiveAt returns where the possessive ends a day's name that
// opens at i — "Saturday's", "last week's", "yesterday's" — else -1.
func (d *doc) dayPossessiveAt(i, ce int) int {
	if i < ce && d.tok(i).Kind == token.Word && d.timePossessive(i+1) {
		return i + 1
	}
	if i+1 < ce && d.tok(i).Is("last", "this", "next", "past") && d.timePossessive(i+2) {
		return i + 2
	}
	return -1
}

// deedJustBefore returns the doer of the latest act, not a meeting, told
// in the sentence of token k or the one before, leaving out the
// subjects' own side; nil when there is none.
func (d *doc) deedJustBefore(k int, subj []string) []string {
	if e := d.lastBefore(k, func(e *parley.Event) bool { return e.Type != parley.Consult }); e != nil && reactionTypes[e.Type] &&
		d.sentenceIndex(d.tok(k).Start)-d.sentenceIndex(e.Trigger.Start) <= 1 && !e.Target.IsZero() && !d.sameSide(subj, e.Target.ID) && d.deedAnswered(e) {
		// "The EU and Russia welcomed the announcement. Kallas called it
		// a historic opportunity": "it" is the deed they answered, whose
		// doer their answer was aimed at.
		return []string{e.Target.ID}
	}
	return d.doerJustBefore(k, subj, func(e parley.Event) bool {
		return e.Type != parley.Consult && e.Status != parley.Hypothetical && e.Status != parley.Negated
	})
}

// deedAnswered reports whether event e answers a deed named again as its
// object ("welcomed the decision", "condemned the move"), its target
// the deed's doer.
func (d *doc) deedAnswered(e *parley.Event) bool {
	t := d.tokenAt(e.Trigger.Start)
	_, end := d.tokensOf(d.sentenceAround(t))
	return d.anaphoricDeed(t, end) >= 0
}

// doerJustBefore returns the source of the latest event that ok accepts,
// told in the sentence of token k or the one before, leaving out the
// subjects' own side; nil when there is none.
func (d *doc) doerJustBefore(k int, subj []string, ok func(parley.Event) bool) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if e.Trigger.Start >= d.tok(k).Start {
			continue
		}
		if here-d.sentenceIndex(e.Trigger.Start) > 1 {
			break
		}
		if ok(e) && !e.Source.IsZero() && !d.sameSide(subj, e.Source.ID) {
			return []string{e.Source.ID}
		}
	}
	return nil
}

// leadDecision returns the first decision the article's opening
// sentences tell — an act, not a statement or a meeting, or a consent
// given ("agreed to open membership talks") — or nil.
func (d *doc) leadDecision() *parley.Event {
	for j := range d.built {
		e := &d.built[j]
		if d.sentenceIndex(e.Trigger.Start) > leadSentences {
			return nil
		}
		switch e.Type {
		case parley.Sanction, parley.Reject, parley.Retreat, parley.Concede, parley.Coerce, parley.Mobilize, parley.Aid, parley.Agree:
			if e.Status == parley.Occurred && !e.Source.IsZero() {
				return e
			}
		}
	}
	return nil
}

// leadSentences is how many sentences (title and date line included) an
// article's lead takes.
const leadSentences = 6

// onlyDoer reports whether src is the source of every event of kind
// built before token k, of which there is at least one.
func (d *doc) onlyDoer(kind deedKind, src string, k int) bool {
	if src == "" || kind == deedAct || kind == deedRuling && !d.court(src) {
		return false // "the decision", "the ruling": any act at all
	}
	for _, e := range d.built {
		if kind == deedRuling && !d.court(e.Source.ID) {
			continue // "the verdict" is the one court's that has acted ("sentenced Dodik … called the verdict politically motivated")
		}
		if e.Trigger.Start < d.tok(k).Start && deedMatches(kind, e.Type) && e.Source.ID != src &&
			e.Status != parley.Hypothetical && e.Status != parley.Negated {
			return false
		}
	}
	return true
}

// reactedBefore returns whom an earlier reaction to the same deed, named
// by the same noun, was aimed at: "López Obrador called the raid a
// flagrant violation … Brazil and Colombia condemned the raid".
func (d *doc) reactedBefore(noun, k int, subj []string) []string {
	word := d.tok(noun).Norm
	e := d.lastBefore(k, func(e *parley.Event) bool {
		if e.Target.IsZero() || d.sameSide(subj, e.Target.ID) || e.Type != parley.Accuse && e.Type != parley.Support && e.Type != parley.Reject {
			return false
		}
		t := d.tokenAt(e.Trigger.Start)
		for i := t + 1; i < len(d.in.Tokens) && i <= t+4; i++ {
			if d.tok(i).Norm == word && d.tok(i-1).Is("the", "this", "that", "these", "those") {
				return true
			}
		}
		return false
	})
	if e == nil {
		return nil
	}
	return []string{e.Target.ID}
}

// putschists returns the junta a coup noun at noun stands for, when
// the article calls someone the junta or the putschists: "army officers
// seized power … France condemned the coup … The junta said …". A coup
// is the junta's deed even when it is told without a doer.
func (d *doc) putschists(noun int, subj []string) []string {
	if !d.tok(noun).Is("coup", "takeover", "take-over", "putsch") {
		return nil
	}
	for _, m := range d.in.Mentions {
		f := strings.Fields(strings.ToLower(m.Text))
		if len(m.Actors) != 1 || len(f) == 0 || d.sameSide(subj, m.Actors[0]) {
			continue
		}
		w, before := f[len(f)-1], ""
		if len(f) >= 2 {
			before = f[len(f)-2]
		}
		// "army officers in Gabon", "mutinous soldiers": read as its junta
		soldiers := m.Via == parley.ViaCollective && (slices.Contains(f, "soldiers") || slices.Contains(f, "officers")) &&
			(slices.Contains(f, "in") || f[0] == "mutinous" || f[0] == "renegade")
		if w != "junta" && w != "putschists" && w != "mutineers" && !(before == "coup" && (w == "leaders" || w == "plotters")) && !(before == "military" && w == "rulers") && !soldiers {
			continue
		}
		if c := d.countryOf(m.Actors[0]); c != "" && (m.Span.Start < d.tok(noun).Start || d.namedBefore("state:"+c, noun)) {
			return m.Actors // (a junta told before, or of a state the story names: "a coup in Gabon")
		}
	}
	return nil
}

// namedBefore reports whether actor id is named before token k.
func (d *doc) namedBefore(id string, k int) bool {
	for _, m := range d.in.Mentions {
		if m.Span.Start < d.tok(k).Start && slices.Contains(m.Actors, id) {
			return true
		}
	}
	return false
}

// toldDoer finds who did a decision, a move or a like deed the text
// told in the sentences before without making an event of it: the
// subject of a verb of the same stem ("European Union leaders decided on
// Thursday … Orbán called the decision senseless") or the owner named
// right before the same noun ("the US decision"). It leaves out the
// reacting subjects and returns nil when nothing fits.
func (d *doc) toldDoer(noun, k int, subj []string) []string {
	ids, _ := d.toldDoerAt(noun, k, subj)
	return ids
}

// toldDoerAt is toldDoer that also returns the token that told the deed.
func (d *doc) toldDoerAt(noun, k int, subj []string) ([]string, int) {
	here := d.sentenceIndex(d.tok(k).Start)
	word := d.tok(noun).Norm
	for i := noun - 1; i > 0; i-- {
		if here-d.sentenceIndex(d.tok(i).Start) > deedWindow {
			break
		}
		t := d.tok(i)
		anyAct := anyDeed[word] && here-d.sentenceIndex(t.Start) == 1 && d.finiteVerbAt(i) && !t.Is(bareSpeech...) // "… triggered the snapback. Iran called the move illegal" (not "He told the radio …": words are no move)
		if d.cover[i] >= 0 || t.Kind != token.Word || t.Upper || !sameStem(word, t.Norm) && !deedVerb(word, t.Norm) && !anyAct {
			continue
		}
		if deedNouns[word] == deedRemark && here-d.sentenceIndex(t.Start) > 1 {
			break // "the remark" is one just told: people say much in a report
		}
		var ids []string
		if t.Norm != word && strings.HasSuffix(t.Norm, "ing") && i > 1 && d.tok(i-1).Is("began", "started", "continued", "resumed", "begins", "starts") {
			i-- // "Japan began discharging treated water": the subject of "began"
			t = d.tok(i)
		}
		switch {
		case t.Norm != word && d.passive(i):
			// "Ecke was attacked on Friday … called the attack an assault
			// on democracy": the one attacked did not attack; the doer is
			// the agent after "by", if named.
			_, b := d.tokensOf(d.sentenceAround(i))
			ids = d.byAgent(i, b)
		case t.Norm != word && (d.finiteVerbAt(i) || d.tok(i).Is("began", "started", "continued", "resumed", "begins", "starts")):
			a, _ := d.tokensOf(d.sentenceAround(i))
			if ids, _ = d.subjects(i, d.clauseStart(i, a)); ids == nil && i >= 2 && modifiedNouns[d.tok(i-1).Norm] && d.cover[i-2] >= 0 {
				ids = d.in.Mentions[d.cover[i-2]].Actors // "European Union leaders decided": the Union did
			}
		case t.Norm == word && d.cover[i-1] >= 0:
			ids = d.in.Mentions[d.cover[i-1]].Actors // "the US decision"
		case t.Norm == word && i > 1 && d.possessiveAt(i-1) && d.cover[i-2] >= 0:
			ids = d.in.Mentions[d.cover[i-2]].Actors // "Washington's decision"
		case t.Norm == word:
			ids = d.introducedBy(i) // "a plan that Yoon's government announced", "Seoul unveiled a plan"
		case strings.HasSuffix(t.Norm, "ing") && i > 1 && d.cover[i-1] < 0 && d.tok(i-1).Kind == token.Word:
			a, _ := d.tokensOf(d.sentenceAround(i))
			ids = d.adjectiveOwner(a, i-1) // "a draft Russian government decree proposing to revise …": Russia's proposal
		}
		if out := d.othersThan(subj, ids); len(out) > 0 {
			return out, i
		}
	}
	return nil, -1
}

// usedBy returns who used the weapon "the use of" at noun names, when
// the sentences before told it as the object of a verb: "vessels … fired
// a water cannon at one of them … expressed concern over the use of the
// water cannon". It leaves out the reacting subjects.
func (d *doc) usedBy(noun, k, ce int, subj []string) []string {
	if !d.tok(noun).Is("use") || noun+2 >= ce || !d.tok(noun+1).Is("of") {
		return nil
	}
	head := noun + 2
	if d.tok(head).Is("the", "a", "an") {
		head++
	}
	for head+1 < ce && d.tok(head+1).Kind == token.Word && !d.tok(head+1).Upper && d.cover[head+1] < 0 && !d.tok(head+1).Is("at", "on", "against", "by", "in", "to", "and", "from", "near", "during") && head-noun < 5 {
		head++ // "the use of the water cannon", "the use of live ammunition"
	}
	here := d.sentenceIndex(d.tok(k).Start)
	for i := noun - 1; i > 0 && here-d.sentenceIndex(d.tok(i).Start) <= 3*deedWindow; i-- {
		// (as far back as a deed named by its own word: the weapon is)
		if d.tok(i).Norm != d.tok(head).Norm || d.cover[i] >= 0 {
			continue
		}
		v := i - 1
		for v > 0 && i-v <= 4 && !d.finiteVerbAt(v) && d.tok(v).Kind == token.Word && !d.tok(v).Upper && d.cover[v] < 0 {
			v-- // "fired a water cannon", "used live ammunition"
		}
		if !d.finiteVerbAt(v) {
			continue
		}
		a, _ := d.tokensOf(d.sentenceAround(v))
		ids, _ := d.subjects(v, d.clauseStart(v, a))
		if out := d.othersThan(subj, ids); len(out) > 0 {
			return out
		}
	}
	return nil
}

// introducedBy returns who put forward the deed noun at i where the
// text first told it: the subject of a relative clause after it ("a plan
// that Yoon's government announced on March 6") or of the verb whose
// object it is ("Seoul unveiled a new plan"); nil when neither is there.
func (d *doc) introducedBy(i int) []string {
	if r := i + 1; r+1 < len(d.in.Tokens) && d.tok(r).Is("that", "which") && d.cover[r+1] >= 0 {
		m := d.in.Mentions[d.cover[r+1]]
		if end := d.mentionEnd(r + 1); d.finiteVerbAt(end) {
			return m.Actors
		}
		if end := d.mentionEnd(r + 1); d.possessiveAt(end) && end+2 < len(d.in.Tokens) && d.finiteVerbAt(end+2) {
			return m.Actors // "that Yoon's government announced": Yoon's, his state's
		}
	}
	v := i - 1
	for v > 0 && i-v <= 3 && d.tok(v).Is("a", "an", "new", "its", "their", "his", "her", "draft", "peace") {
		v--
	}
	if v < 0 || v == i-1 || !d.finiteVerbAt(v) {
		return nil
	}
	a, _ := d.tokensOf(d.sentenceAround(v))
	ids, _ := d.subjects(v, d.clauseStart(v, a))
	return ids
}

// deedVerbs are verbs of other stems that tell the deed a noun names:
// "North Korea tested a new missile … Seoul condemned the launch",
// "Pakistani jets struck … the ministry condemned the raids", "parliament
// passed the bill … the president vetoed the bill".
var deedVerbs = map[string]string{
	"launch": "fire", "launches": "fire", "test": "fire", "tests": "fire",
	"raid": "strike", "raids": "strike", "strike": "strike", "strikes": "strike", "airstrikes": "strike", "airstrike": "strike",
	"attack": "strike", "attacks": "strike", "bombing": "strike", "bombings": "strike", "shelling": "strike",
	"downing": "down", "shootdown": "down", // "Turkey shot down a Russian jet … Putin called the downing a stab in the back"
	"bill": "pass", "legislation": "pass", "discharge": "release", "release": "release",
	"decision": "decide",
	"remark":   "say", "remarks": "say", "comment": "say", "comments": "say",
	"account": "say", "explanation": "say", "explanations": "say", "version": "say",
}

var deedVerbForms = map[string][]string{
	"fire":   {"fired", "fires", "tested", "tests", "launched", "launches", "test-fired"},
	"down":   {"shot", "downed", "shoots"},
	"strike": {"struck", "strikes", "bombed", "bombs", "attacked", "attacks", "raided", "raids", "shelled", "shells", "pounded", "hit", "targeted", "killed"},
	"pass":   {"passed", "adopted", "approved", "enacted"}, // "parliament passed the bill … the president vetoed the bill"
	// "Japan began releasing treated water … China called the discharge irresponsible"
	"release": {"released", "releasing", "discharged", "discharging", "dumped", "dumping", "freed"},
	// "the summit approved the deployment … Rwanda welcomes this
	// decision", "parliament voted to ratify … Stoltenberg welcomed the
	// decision": a body's vote or approval is its decision
	"decide": {"approved", "voted", "ratified", "adopted", "resolved", "ruled", "ordered", "decreed"},
	// "asked whether he still regarded Xi as a dictator, Biden replied
	// that he did … Mao Ning called the remark wrong": whoever said it
	"say": {"said", "says", "replied", "replies", "told", "tells", "stated", "declared", "remarked", "commented", "wrote", "tweeted", "added"},
}

// deedVerb reports whether verb tells the deed of force noun names.
func deedVerb(noun, verb string) bool {
	for _, f := range deedVerbForms[deedVerbs[noun]] {
		if f == verb {
			return true
		}
	}
	return false
}

// deedMatches reports whether an event of type t can be the deed a noun of
// kind refers back to.
func deedMatches(kind deedKind, t parley.EventType) bool {
	switch kind {
	case deedForce:
		return t == parley.Assault || t == parley.Coerce
	case deedPenalty:
		return t == parley.Sanction
	case deedBuildUp:
		return t == parley.Mobilize
	case deedUnrest:
		return t == parley.Protest
	case deedPact:
		return t == parley.Agree
	case deedAsk:
		return t == parley.Request
	case deedMeeting:
		return t == parley.Consult
	case deedClaim:
		return t == parley.Accuse
	case deedGrievance:
		return t == parley.Accuse || t == parley.Request
	case deedRuling:
		return true
	case deedRemark:
		return false // what was said is told by its verb, not coded
	default:
		return t != parley.Consult && t != parley.Accuse && t != parley.Support && t != parley.Request
	}
}

// sentenceIndex returns the index of the sentence holding byte offset off.
func (d *doc) sentenceIndex(off int) int {
	s := d.in.Sentences
	return sort.Search(len(s), func(i int) bool { return s[i].End > off })
}

// answeredAs returns the doers ids of a deed as the one answering it,
// subj, meets them: a state or a government body answers a person's deed
// to the person's state ("The Chinese embassy condemned the decision" of
// Canada's foreign minister: Canada's); a body, such as a junta, stays
// itself, and so do all doers for anyone else.
func (d *doc) answeredAs(subj, ids []string) []string {
	if len(subj) == 1 && d.stateSide(subj[0]) {
		return d.peopleAsStates(ids)
	}
	return ids
}

// peopleAsStates puts in place of each person in ids the state the
// person serves, when the article names it.
func (d *doc) peopleAsStates(ids []string) []string {
	out := slices.Clone(ids)
	for i, id := range out {
		if a := d.actors[id]; a != nil && a.Kind == parley.Person && a.Country != "" && d.actors["state:"+a.Country] != nil {
			out[i] = "state:" + a.Country
		}
	}
	return out
}

// sameSide reports whether actor id is one of subj or the state one of
// them serves: China's foreign ministry does not condemn China, though
// Sudanese protesters may denounce Sudan's army.
func (d *doc) sameSide(subj []string, id string) bool {
	for _, s := range subj {
		if s == id || strings.HasPrefix(id, "state:") && d.countryOf(s) == d.countryOf(id) || sameUnion(s, id) || d.leads(s, id) || d.organsOfOneState(s, id) {
			return true
		}
	}
	return false
}

// organsOfOneState reports whether a and b are both government bodies
// of one state: "the Chinese foreign ministry defended the use of the
// water cannon" by the coast guard is China defending its own act.
func (d *doc) organsOfOneState(a, b string) bool {
	x, y := d.actors[a], d.actors[b]
	return x != nil && y != nil && x.Role == "government body" && y.Role == "government body" && x.Country != "" && x.Country == y.Country
}

// leads reports whether person p holds an office of organisation o:
// "Hezbollah leader Naim Qassem said the group would not tolerate …".
func (d *doc) leads(p, o string) bool {
	a, b := d.actors[p], d.actors[o]
	if a == nil || b == nil || a.Kind != parley.Person || b.Kind != parley.Organization || b.Name == "" {
		return false
	}
	if strings.Contains(a.Role, b.Name) || strings.HasSuffix(a.Role, " "+initials(b.Name)) {
		return true // ("Secretary General of NATO", when "NATO chief Mark Rutte" left no mention of NATO)
	}
	// "Secretary General of NATO": the role names the body as the article
	// does, by its short name.
	for _, m := range d.in.Mentions {
		if len(m.Actors) == 1 && m.Actors[0] == o {
			if w := d.in.Text[m.Span.Start:m.Span.End]; len(w) >= 3 && w != b.Name && strings.Contains(" "+a.Role+" ", " "+w+" ") {
				return true
			}
		}
	}
	return servesUnion(a, b)
}

// initials returns the acronym of a body's name: "NATO" of "North
// Atlantic Treaty Organization", "IAEA" of "International Atomic Energy
// Agency"; "" for a name of one word.
func initials(name string) string {
	var b strings.Builder
	words := strings.Fields(name)
	for _, w := range words {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	if len(words) < 2 || b.Len() < 2 {
		return ""
	}
	return b.String()
}

// servesUnion reports whether a person's role is in the international
// body b or in one of its institutions: "President of the European
// Commission" and "High Representative of the Union for Foreign Affairs"
// speak for the EU ("said the EU stood fully behind Finland").
func servesUnion(a, b *parley.Actor) bool {
	role := strings.ToLower(a.Role)
	if f := strings.Fields(strings.ToLower(b.Name)); b.Country == "" && len(f) > 1 && strings.Contains(role, " of the "+f[len(f)-1]) {
		return true
	}
	for body, u := range unionBodies {
		if u == b.ID && strings.Contains(role, strings.ReplaceAll(strings.TrimPrefix(body, "org:"), "-", " ")) {
			return true
		}
	}
	return false
}

// unionBodies maps the institutions of a union to the union they act for:
// "EU leaders agreed to bar Belarusian airlines from EU airspace" is no
// act of the European Council on the EU.
var unionBodies = map[string]string{
	"org:european-commission": "org:eu", "org:european-council": "org:eu", "org:council-of-the-eu": "org:eu",
	"org:european-parliament": "org:eu", "org:eurogroup": "org:eu",
}

// sameUnion reports whether a and b are one union or its institutions.
func sameUnion(a, b string) bool {
	ua, ub := a, b
	if u, ok := unionBodies[a]; ok {
		ua = u
	}
	if u, ok := unionBodies[b]; ok {
		ub = u
	}
	return ua == ub && a != b && (ua != a || ub != b)
}

// sameStem reports whether a deed noun and an event's trigger are forms of
// one word: "decision" and "decided", "ruling" and "ruled", "invitation"
// and "invited" — but not "accord" and "accused", or "raid" and "raised".
func sameStem(noun, trigger string) bool {
	a, b := stem(noun, nounEndings), stem(strings.ToLower(trigger), verbEndings)
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	short := min(len(a), len(b))
	return short >= 3 && (n == short || n >= 4 && n >= short-1)
}

var (
	nounEndings = []string{"ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "als", "al", "s", "e"}
	verbEndings = []string{"ing", "ed", "es", "s", "e", "d"}
)

// stem cuts the first of the endings w ends with, keeping three letters.
func stem(w string, endings []string) string {
	for _, e := range endings {
		if strings.HasSuffix(w, e) && len(w)-len(e) >= 3 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// court reports whether actor id is a court or a tribunal.
func (d *doc) court(id string) bool { return d.nameHas(id, "court", "tribunal") }

// othersThan returns ids, each once and none empty, leaving out those on
// the side of the reacting subjects subj: a reaction is not aimed at its
// own side.
func (d *doc) othersThan(subj, ids []string) []string {
	var out []string
	for _, id := range uniq(ids) {
		if id != "" && !d.sameSide(subj, id) && !d.ledOrgan(subj, id) {
			out = append(out, id)
		}
	}
	return out
}

// ledOrgan reports whether id is the armed forces of a state one of
// subj leads: "Erdogan said Turkish forces had killed the militants and
// called the attack terrorism" is not aimed at his own army.
func (d *doc) ledOrgan(subj []string, id string) bool {
	o := d.actors[id]
	if o == nil || o.Role != "government body" || o.Country == "" ||
		!d.nameHas(id, "armed forces", "army", "navy", "air force", "military", "defence force", "defense force") {
		return false // (a parliament's bill vetoed by the president: a real quarrel at home)
	}
	for _, s := range subj {
		if st := d.leaderState(s); st == "state:"+o.Country {
			return true
		}
	}
	return false
}

// forcesAsState answers a reaction to drills or a build-up of a state's
// forces to the state whose forces they are, when the article names that
// state: "the People's Liberation Army began drills around Taiwan … Tokyo
// demanded a halt to the drills" (of China: a show of force is the
// state's signal). Not for attacks or coups, where the forces are often
// the actor aimed at ("the army seized power … the AU condemned the
// coup"), nor toward the reacting subjects' own side.
func (d *doc) forcesAsState(ids, subj []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		a := d.actors[id]
		st := ""
		if a != nil && a.Kind == parley.Organization && a.Country != "" {
			st = "state:" + a.Country
		}
		if st != "" && d.actors[st] != nil && !d.sameSide(subj, st) &&
			d.nameHas(id, "armed forces", "army", "navy", "air force", "military", "police", "security forces", "defence force", "defense force") {
			id = st
		}
		out = append(out, id)
	}
	return uniq(out)
}

// foreignTarget reports whether event e is aimed at another state than
// its source's own, or at something of that state's.
func (d *doc) foreignTarget(e parley.Event) bool {
	src, tgt := d.countryOf(e.Source.ID), d.countryOf(e.Target.ID)
	return src != "" && tgt != "" && src != tgt
}

// captivityNouns name what is done to a captive: a reaction to one is
// aimed at the captor, never the captive.
var captivityNouns = map[string]bool{"arrest": true, "arrests": true, "detention": true, "detentions": true,
	"jailing": true, "imprisonment": true, "sentencing": true, "conviction": true, "incarceration": true,
	"abduction": true, "kidnapping": true, "execution": true, "deportation": true}

// captiveAfter returns the person a reaction at k names as the one
// undergoing a captivity noun — "Navalny's arrest", "the jailing of Jimmy
// Lai" — and the noun's token, or nil.
func (d *doc) captiveAfter(k, ce int) ([]string, int) {
	for i := k + 1; i < ce && i <= k+4; i++ {
		if d.personAt(i) {
			e := d.mentionEnd(i)
			if d.possessiveAt(e) && e+1 < ce && captivityNouns[d.tok(e+1).Norm] {
				return d.in.Mentions[d.cover[i]].Actors, e + 1
			}
			return nil, -1
		}
		if captivityNouns[d.tok(i).Norm] && i+2 < ce && d.tok(i+1).Is("of") && d.personAt(i+2) {
			return d.in.Mentions[d.cover[i+2]].Actors, i
		}
		if d.stop(i) || d.tok(i).Is(",") {
			return nil, -1
		}
	}
	return nil, -1
}

// captor returns who holds the captive named after a reaction at k: the
// doer of a seizure of them told before ("Police detained Navalny …
// France condemned Navalny's arrest"), else the captive's own state when
// the text names it and it is not the reacting side; else nil.
func (d *doc) captor(captive []string, k int, subj []string) []string {
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if e.Trigger.Start < d.tok(k).Start && e.Target.ID == captive[0] && (e.Type == parley.Coerce || e.Type == parley.Assault || e.Type == parley.Sanction) &&
			e.Status == parley.Occurred && !d.sameSide(subj, e.Source.ID) {
			return []string{e.Source.ID}
		}
	}
	if c := d.countryOf(captive[0]); c != "" && d.actors["state:"+c] != nil && !d.sameSide(subj, "state:"+c) {
		return []string{"state:" + c}
	}
	return nil
}
