package event

import (
	"slices"
	"strings"

	"parley"
	"parley/nlp/quote"
	"parley/nlp/token"
)

// A reported statement is an event in its own right when what is said is
// aimed at another actor: "Ted Cruz said the prison system had failed" is an
// accusation, "the ombudsman said the government must withdraw the troops"
// a request. The statement coder finds a speech verb with its speaker,
// reads the words said (the complement, or the quotation the verb
// attributes), takes the first other actor named there as the target, and
// types the statement by its cue words. It runs after the lexical
// triggers and never doubles an event they found.

// sayVerbs introduce reported statements.
var sayVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"stated": true, "added": true, "stressed": true, "argued": true, "insisted": true, "noted": true,
	"declared": true, "claimed": true, "asserted": true, "maintained": true, "wrote": true, "tweeted": true,
	"posted": true, "charged": true, "alleged": true, "countered": true, "retorted": true, "emphasised": true,
	"emphasized": true, "underlined": true, "reiterated": true, "remarked": true, "explained": true,
	"declaring": true, "saying": true, "adding": true, "arguing": true, "insisting": true, "alleging": true,
	"claiming": true, "stressing": true, "warning": true, "restated": true, "confirmed": true,
	"notified": true, "informed": true, // "notified the Security Council that Iran was in breach"
	"warned": true, "warns": true, "cautioned": true, "vowed": true, "telling": true}

// thatVerbs introduce a reported statement when "that" follows them:
// "Moscow responded that Kyiv's claims were absurd", "Tokyo contended
// that …", "Seoul pointed out that …" (not "responded with strikes").
var thatVerbs = map[string]bool{"responded": true, "responds": true, "replied": true, "replies": true, "contended": true,
	"contends": true, "acknowledged": true, "lamented": true, "observed": true, "commented": true, "protested": true,
	"complained": true, "replying": true, "responding": true, "out": true,
	// a court's or inquiry's finding: "the ICJ found that Uganda violated
	// the sovereignty of the Congo", "ruled that the arrest was unlawful"
	"found": true, "finds": true, "ruled": true, "rules": true, "concluded": true, "concludes": true}

// cue is a word or phrase that types a statement; a trailing "*" matches
// any word beginning with the stem.
type cue struct {
	words []string
	typ   parley.EventType
	mode  string
	cameo string
	// ifAimed marks a cue that threatens only when the words after it
	// name a condition or an adversary: "would take all necessary
	// measures if Lithuania …", "… against the United States" (not "to
	// protect its citizens in Sudan").
	ifAimed bool
	// ofClaim marks a cue that refuses only as the predicate of a claim
	// or an offer: "the claims were false", "the proposal was
	// unacceptable" (not "spread false claims", "the killings were
	// unacceptable").
	ofClaim bool
	// ofStep marks praise of a step taken, which bears on whoever took it,
	// named first in what was said: "said Sweden's decision was a positive
	// step" (not "said the sanctions on Russia were a step forward").
	ofStep bool
	// penalty marks a cue that threatens only when a penalty follows:
	// "would face new sanctions".
	penalty bool
	// warnedFirst marks a threat whose target is named before it, as the
	// doer of what would be answered, not as a place ("troops sent to
	// Ukraine").
	warnedFirst bool
	// onCondition marks a threat only when promised on a condition an
	// actor may meet: "if Kyiv attacks …, the response will be …".
	onCondition bool
	// turnOf marks a demand only when an actor and "to" follow: "time
	// for Berlin to pay" (not "time for talks", "up to the border").
	turnOf bool
	// bidden marks a demand only of the actor named right before it.
	bidden bool
	// kept marks a refusal said of a thing, aimed at the one told.
	kept bool
}

// hostileIntentDenied reports whether the words from i tell a hostile
// or rival act the speaker disowns after "no intention": "of replacing
// anyone", "to attack NATO", "of interfering in its affairs".
func (d *doc) hostileIntentDenied(i int) bool {
	if !d.tok(i).Is("of", "to") {
		return false
	}
	w := d.tok(i + 1).Norm
	for _, stem := range []string{"replac", "attack", "invad", "interfer", "threat", "harm", "occup", "annex", "destabili", "meddl", "dominat", "provok", "provoc", "fight", "strik", "seiz", "undermin", "challeng", "compet", "hurt"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

var statementCues = func() []cue {
	var out []cue
	add := func(typ parley.EventType, mode, cameo string, phrases ...string) {
		for _, p := range phrases {
			out = append(out, cue{words: strings.Fields(p), typ: typ, mode: mode, cameo: cameo})
		}
	}
	// Threats first: "would respond" outranks the "must" that often comes with it.
	add(parley.Threaten, "", "130", "retaliat*", "consequences", "countermeasures", "will pay for", "would pay for",
		"would respond", "will respond", "respond in kind", "respond firmly", "resolute*", "punish*",
		"not sit idly", "will not tolerate", "would not tolerate", "crush*", "decisive response", "severe costs",
		"military options", "all options", "heavy price", "pay dearly", "price to pay", "pay the price",
		"playing with fire", "play with fire", "plays with fire", "get burnt", "get burned", "be burnt", "be burned",
		// "said there would be a response" (not "revenge", whose object
		// is the one avenged)
		"be a response", "be a reaction",
		// "vowed to respond", "pledged to hit back" (see vowedAt)
		"to respond", "to hit back", "to strike back",
		// "told Biden that Taiwan was a red line" (see redLineTarget)
		"red line", "red lines",
		// "would give a harsh response to Israel", "would turn Seoul into a
		// sea of fire"
		"harsh response", "firm response", "strong response", "tough response", "crushing response", "forceful response",
		"befitting response", "fitting response", "sea of fire", "off the map",
		// "stated that such actions would not go unanswered"
		"not go unanswered", "not remain unanswered", "not be left unanswered", "not go unpunished", "not remain unpunished",
		// "must not misjudge the situation or underestimate China's firm
		// will", "cannot stand idly by", "will strain relations between
		// the two countries"
		"underestimate", "underestimating", "misjudge", "misjudging", "stand idly by", "stand idle",
		"strain relations", "strain the relations", "damage relations", "damage the relations", "harm relations", "harm the relations")
	// "said any Israeli strike would be met with force", "any attempt by
	// Seoul … would be regarded as a declaration of war", "would become
	// legitimate targets": the one warned is named before (see
	// warnedBefore).
	for _, p := range []string{"be met with", "legitimate target", "legitimate targets", "declaration of war"} {
		out = append(out, cue{words: strings.Fields(p), typ: parley.Threaten, cameo: "130", warnedFirst: true})
	}
	// "said Sweden had to keep its promises", "said Kyiv needed to
	// recognise …": a past need told of the one named right before it
	// (see biddenAt; not "believed Giuliani … and that the fighting had to
	// stop").
	for _, p := range []string{"had to", "needed to"} {
		out = append(out, cue{words: strings.Fields(p), typ: parley.Request, cameo: "100", bidden: true})
	}
	// "said it was time for Berlin to pay reparations", "it is up to Hamas
	// to …", "was waiting for Hamas to respond", "it is incumbent on
	// Moscow to …": a turn to act laid on the one named (see actorThenTo).
	for _, p := range []string{"time for", "up to", "waiting for", "incumbent on", "incumbent upon"} {
		out = append(out, cue{words: strings.Fields(p), typ: parley.Request, cameo: "100", turnOf: true})
	}
	// "If Kyiv attacks Crimea, the response will be devastating": harm
	// promised on a condition the one named may meet (see ifActorBefore).
	for _, p := range []string{"response", "devastating", "regret*", "destroy*", "annihilat*", "wipe* out", "react", "reaction", "respond",
		"harsh*", "severe", "painful", "strike back", "hit back",
		// "would take further measures if Milei did not apologise"
		"measures", "action",
		// "would return to the streets if the government did not act",
		// "would boycott the vote unless the commission was replaced":
		// pressure promised by a party or a movement
		"return to the streets", "take to the streets", "back on the streets", "back to the streets", "resume protests",
		"resume their protests", "resume the protests", "fresh protests", "mass protests", "mass action", "go on strike",
		"general strike", "boycott*", "walk out", "walk away"} {
		out = append(out, cue{words: strings.Fields(p), typ: parley.Threaten, cameo: "130", onCondition: true})
	}
	// "said Venezuela would face new sanctions": a penalty promised (see
	// penaltyAfter; not "would face a difficult winter")
	for _, p := range []string{"face", "faces"} {
		out = append(out, cue{words: []string{p}, typ: parley.Threaten, cameo: "130", penalty: true})
	}
	for _, p := range []string{"all necessary measures", "all measures necessary", "all necessary steps", "all necessary means",
		"take measures", "take action", "take countermeasures", "reserve* the right", "measures in response",
		// "would take necessary measures against Canada", "retaliatory measures"
		"necessary measures", "firm measures", "resolute measures", "retaliatory measures", "reciprocal measures",
		"strong measures", "tough measures", "decisive measures",
		// "would not hesitate to use force against Pyongyang"
		"not hesitate", "use force"} {
		out = append(out, cue{words: strings.Fields(p), typ: parley.Threaten, cameo: "130", ifAimed: true})
	}
	// A refusal of one's own: "said it would never accept China's claims",
	// "would not comply with Tokyo's demand", "will not bow to pressure
	// from ECOWAS" (see targetsOwnAct: not "said Russia would never accept").
	add(parley.Reject, "", "120", "never accept", "not accept", "cannot accept", "never agree to", "not comply", "never comply",
		"not bow", "never bow", "not yield", "never yield", "not give in", "never give in", "not submit", "never submit",
		"not succumb", "not back down", "never recognise", "never recognize", "not recognise", "not recognize",
		"not be dictated", "not be blackmailed", "not be intimidated", "not be pressured")
	// "told Washington that Greenland was not for sale": a thing kept from
	// the one told, never at the thing kept.
	for _, p := range []string{"not for sale", "not up for negotiation", "non-negotiable"} {
		out = append(out, cue{words: strings.Fields(p), typ: parley.Reject, cameo: "120", kept: true})
	}
	// A claim or an offer judged worthless is refused: "said the claims
	// were false", "said Kyiv's plan was unrealistic".
	for _, p := range []string{"false", "absurd", "ridiculous", "preposterous", "unrealistic", "non-starter", "a non-starter",
		"out of the question", "not acceptable", "unacceptable",
		// "said Seoul's protest could not be accepted"
		"not be accepted"} {
		out = append(out, cue{words: strings.Fields(p), typ: parley.Reject, cameo: "120", ofClaim: true})
	}
	// A rebuke outranks the "should" it comes with: "Macron should be ashamed of himself".
	add(parley.Accuse, "rebuke", "111", "be ashamed", "ashamed of")
	add(parley.Request, "", "100", "must", "should", "has to", "have to", "needs to", "need to", "ought to",
		// "said Israel was obliged to let aid in", "had an obligation to
		// free …" (not "needed to" or "had to", as often a past need told:
		// "believed Ukraine needed to …")
		"obliged to", "obligated to", "an obligation to", "a duty to",
		"called for", "calls for", "call for", "urged", "urges", "demanded", "demand that", "demands that", "demanding that", "we demand", "i demand", "demanding an", "demanding a", "demanding the", "appeal*", "we ask", "asked for",
		"no option but", "no choice but", "no alternative but")
	add(parley.Reject, "", "120",
		// "said Beijing's claims had no legal basis", "did not hold water"
		"no basis", "no legal basis", "no grounds", "without merit", "no merit", "not hold water", "hold no water",
		"baseless", "groundless", "unfounded", "untrue", "without foundation", "nonsense",
		"no intention", "will not accept", "would not accept", "does not accept", "categorically")
	add(parley.Accuse, "disapprove", "111", "illegal*", "unlawful*", "violat*", "threat to", "threatens",
		"aggressi*", "provocat*", "meddl*", "interfer*", "irresponsible", "unacceptable", "smear*", "slander*",
		"lie", "lies", "lying", "hypocri*", "bully*", "coerci*", "crackdown", "abus*", "blame*",
		"inappropriate*", "improper*", "destabili*", "undermin*", "hostile", "cold war", "unprovoked", "terroris*",
		"genocide", "war crime*", "atrocit*", "brutal*", "reckless", "dangerous", "deplor*", "regret*",
		"condemn*", "criticis*", "criticiz*", "irregular", "abuse of", "not in line with", "inconsistent with",
		"contradict*", "mislead*", "wrongdoing", "corrupt*", "sabotag*", "killer", "disinformation",
		"in breach", "breach of", "breached", "breaches", "breaching", "non-performance",
		// "said Russia had broken the ceasefire", "broke the truce within hours"
		"broken the ceasefire", "broke the ceasefire", "breaking the ceasefire", "broken the truce", "broke the truce", "breaking the truce", "non-compliance", "failed to comply",
		"was behind", "were behind", "is behind", "are behind", "responsible for", "to blame", "incompetent",
		"attack on our", "blatant", "flagrant", "outrageous", "outrage*", "open-air prison", "occupation", "insult*", "betray*", "mislead*",
		"not serious", "unjustified", "unjustifiable", "blackmail*", "deliberately target*", "deliberately attack*", "false information", "fake news",
		"propaganda", "disrespect*", "not interested in peace", "obstacle to peace", "provok*", "bore responsibility",
		"bears responsibility", "bear responsibility", "full responsibility", "fully responsible", "act of war",
		// "said Pakistan's remarks were uncalled for", "said Britain was
		// pouring oil on the fire"
		"unwarranted", "uncalled for", "pour* oil", "fuel to the fire", "fan* the flames",
		// "said Belarus was using migrants as a weapon", "said Minsk was
		// orchestrating the crisis", "had broken its promise", "had
		// reneged on its commitments", "was waging a proxy war", "Chinese
		// ships had intruded"
		"as a weapon", "orchestrated", "orchestrating", "orchestrates", "broken its promise*", "broke its promise*", "broken promises",
		"renege*", "proxy war", "puppet*", "false flag", "intrud*", "intrusion*", "incursion*", "hybrid attack", "weaponi*", "war criminal",
		"no respect for", "linked to the killing", "targeting civilians", "lying about",
		"topple*", "overthrow*", "saboteur*", "plott*", "spying", "espionage", "assassinat*", "coup attempt",
		// "expelled 15 officials, saying they were intelligence officers
		// working under diplomatic cover": spying alleged
		"were intelligence officers", "are intelligence officers", "were spies", "are spies", "under diplomatic cover",
		// "had been caused by the illegitimate restrictions of the US",
		// "has not done enough to stop fentanyl"
		"illegitimate", "unfair*", "not done enough", "failed to", "failure to", "caused by", "double standard*",
		"deliberate escalation", "hybrid", "instrumentalis*", "instrumentaliz*",
		// "said Somalia had disregarded the memorandum", "said the court
		// had shown bias against Kenya", "were part of the problem"
		"disregard*", "bias", "biased", "treason*", "part of the problem", "no justification", "adventuris*",
		// "said Chinese vessels had harassed its boats": a hostile deed alleged
		"harass*", "intimidat*", "rammed", "ramming", "obstruct*",
		// "said Ukraine was behaving like a drowning man": likened, and
		// so judged (not praise: see likenedInPraise)
		"behav* like", "acting like", "acted like", "acts like",
		// "said Russia had crossed a red line": a charge, not a warning
		"cross* a red line", "cross* the red line", "cross* red lines", "cross* all red lines",
		// "said the French decision was a mistake", "an erroneous decision",
		// "said India had made a fundamental error"
		"a mistake", "a grave mistake", "a big mistake", "a serious mistake", "a historic mistake", "erroneous", "misguided",
		"an error", "a fundamental error", "a grave error", "a serious error", "a big error", "a historic error",
		// "said the Kiev authorities were not fulfilling their
		// obligations", "was not honouring the agreement", "blamed
		// Ethiopia's intransigence"
		"not fulfilling", "not fulfilled", "not honouring", "not honoring", "not complying", "not implementing",
		"intransigen*", "connivance", "nothing justifies", "hostage-taker", "hostage-takers", "hostage-taking",
		// "said Moscow had been trying to sow division in Estonian
		// society", "was spreading discord"
		"sow division", "sow discord", "sow chaos", "sowing division", "sowing discord", "sowing chaos", "spreading discord",
		// "says Belgrade is running a criminal network in the north"
		"criminal network", "criminal networks", "criminal gang", "criminal gangs", "criminal regime", "criminal organisation", "criminal organization",
		// A conduct judged in words of contempt: "said Trump's performance
		// had been disgraceful", "said Croatia's conduct was not the
		// behaviour of a European state", "said the law was incompatible
		// with EU values" (the words that make "called X …" a rebuke,
		// less those that also name a deed: "attack", "coup").
		"disgraceful", "shameful", "shameless*", "nasty", "nauseating", "disgusting", "despicable", "stupid", "stupidity",
		"intolerable", "incompatible with", "cynical", "cynicism", "affront", "scandalous", "appalling", "heinous", "barbaric",
		"cowardly", "arrogan*", "selfish", "delusional", "irrational", "senseless", "disproportionate", "unconstitutional",
		"inadmissible", "unfriendly", "counterproductive", "counter-productive", "ill-advised", "short-sighted", "unworthy",
		"not the behaviour", "not the behavior", "declared war", "witch-hunt", "witch hunt", "lawfare", "persecut*", "extortion",
		"racist", "fascist*", "warmonger*", "traitor*", "thug*", "hysteri*", "overreaction")
	// A claim put down to a campaign against the speaker's nation: "said
	// the German claims were part of an anti-Russian campaign".
	for _, against := range []string{"anti-russian", "anti-russia", "anti-chinese", "anti-china", "anti-american", "anti-iranian", "anti-iran",
		"anti-israeli", "anti-israel", "anti-western", "anti-turkish", "anti-serbian", "anti-indian", "anti-pakistan", "anti-pakistani"} {
		for _, what := range []string{"campaign", "hysteria", "propaganda", "rhetoric", "smear"} {
			add(parley.Accuse, "disapprove", "111", against+" "+what)
		}
	}
	add(parley.Support, "", "051", "welcom*", "prais*", "thank*", "commend*", "congratulat*", "appreciat*",
		"grateful", "good friend", "dear friend", "great friend", "historic injustice", "applaud*",
		// "said Iran respected Pakistan's sovereignty and territorial
		// integrity" (a violation or threat of it is an accusation, whose
		// cues come first)
		"territorial integrity", "respect* the sovereignty", "respect for the sovereignty",
		"solidarity with",
		// "Uzbekistan is our closest neighbour, strategic partner and
		// reliable ally": praise of a partner
		"strategic partner*", "reliable ally", "reliable partner", "trusted partner", "closest neighbour",
		"closest neighbor", "highly value*", "brotherly", "true friend", "close friend", "key partner", "important partner",
		// "said Brazil attaches great importance to its relations with
		// China", "firmly abides by the one-China policy"
		"attach* great importance", "attach* high importance", "attach* importance", "one-china policy", "one-china principle",
		// "said Turkey has a right to defend its territory"
		"right to defend", "right to self-defence", "right to self-defense",
		// "said Sweden was a strong, capable defence partner"
		"defence partner", "defense partner", "valued partner", "strong partner", "steadfast partner", "steadfast ally",
		"staunch ally", "loyal ally", "good partner",
		// "said Beirut could count on France's support"
		"count on")
	// Help or a service offered: "said it was ready to help Morocco",
	// "said China stands ready to help Saudi Arabia", "was prepared to
	// serve as a channel between Moscow and Kyiv" (CAMEO 03, intent to
	// cooperate or to give aid).
	for _, lead := range []string{"ready to", "prepared to", "willing to", "readiness to", "willingness to"} {
		for _, act := range []string{"help", "assist", "support", "provide", "contribute", "continue providing", "continue to support",
			"continue to help", "mediate", "serve as", "act as", "facilitate", "host", "cooperate", "work with", "send", "offer"} {
			add(parley.Agree, "", "030", lead+" "+act)
		}
	}
	for _, p := range []string{"positive step", "positive steps", "positive development", "positive move", "positive signal",
		"positive sign", "step forward", "right direction", "constructive", "welcome step", "welcome move", "welcome development",
		"encouraging sign", "encouraging signal", "encouraging step", "good step", "good first step", "important step",
		"significant step", "goodwill gesture", "gesture of goodwill", "good news",
		// "said Algeria's reforms were encouraging", "Morocco's plan was a
		// credible basis", "Warsaw deserved credit for …"
		"encouraging", "credible", "realistic", "deserve* credit", "deserve* praise"} {
		out = append(out, cue{words: strings.Fields(p), typ: parley.Support, cameo: "051", ofStep: true})
	}
	return out
}()

// statements codes the reported statements of sentence [a, b) that the
// lexical triggers did not already code.
func (c *Coder) statements(d *doc, sent parley.Span, a, b int, found []parley.Event) []parley.Event {
	var out []parley.Event
	turnFrom, turnSpeaker := d.turnOf(a, b)
	for k := a; k < b; k++ {
		if d.cover[k] >= 0 || d.quoted[k] && !(turnSpeaker != "" && k > turnFrom) || !d.sayVerbAt(k) && !d.thatVerbAt(k) || triggered(found, d.spanOf(k, k+1)) {
			continue // "told X that Y must …" already coded as a request
		}
		if k > a && beForms[norm(d.tok(k-1))] && d.tok(k).Is("warned", "told", "informed", "notified", "cautioned") {
			continue // "Britain was warned not to retaliate": the one told is no speaker
		}
		speakers, from, to := d.statementParts(k, a, b)
		if to <= k && from == a && d.actTold(found, a, to) {
			continue // "Wang lodged a protest and demanded …, the ministry said": the act is told, not only said
		}
		if d.tok(k).Is("made") {
			from++ // "made clear that …"
		}
		if inner := d.nextSayVerb(from, to); inner > 0 {
			to = inner // "said he had … and told Putin that …": the inner verb speaks for the rest
		}
		for _, speaker := range speakers {
			out = append(out, d.statement(k, a, b, from, to, speaker, sent, found, out)...)
		}
	}
	if turnSpeaker != "" && !d.reportsOthers(turnFrom, b) {
		// A transcript's turn says each of its sentences: "MR PRICE: Moscow
		// has been spreading disinformation about Ukraine" is Price's, as
		// if he were reported saying it. (The turn's words stand for the
		// speech verb the narrative would have.) A sentence that reports
		// someone's words is theirs: "It found that Eritrean forces …".
		out = append(out, d.statement(turnFrom, a, b, turnFrom, b, turnSpeaker, sent, found, out)...)
	}
	return out
}

// findingVerbs report what a report or an inquiry found: "It found that
// …", "the panel concluded that …".
var findingVerbs = map[string]bool{"found": true, "finds": true, "concluded": true, "concludes": true,
	"determined": true, "established": true, "showed": true, "shows": true}

// reportsOthers reports whether tokens [from, to) of a transcript's turn
// tell someone else's words or findings — "Abiy said today that …", "It
// found that Eritrean forces …" — rather than the speaker's own, which
// "we said" and "I think" still are.
func (d *doc) reportsOthers(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if !d.sayVerbAt(k) && !d.thatVerbAt(k) && !(findingVerbs[d.tok(k).Norm] && d.tok(k+1).Is("that")) {
			continue
		}
		j := k - 1
		for j > from && (strings.HasSuffix(d.tok(j).Norm, "ly") || d.tok(j).Is("have", "'ve", "had", "'d", "also")) {
			j--
		}
		if !d.tok(j).Is("we", "i") {
			return true
		}
	}
	return false
}

// turnOf returns where sentence [a, b) starts inside a transcript's turn
// and the turn's speaker, when the rest of the sentence is that turn's
// words (its first sentence opens with the speaker's label); -1, ""
// otherwise.
func (d *doc) turnOf(a, b int) (int, string) {
	from := a
	for from < b && !d.quoted[from] && from-a < 6 {
		from++
	}
	if from >= b || !d.quoted[from] {
		return -1, ""
	}
	qi := d.quoteOf[from]
	q := d.in.Quotes[qi]
	if q.Cue != quote.TranscriptCue || q.Speaker.IsZero() {
		return -1, ""
	}
	for i := from; i < b; i++ {
		if !d.quoted[i] || d.quoteOf[i] != qi {
			return -1, "" // (a quotation inside the answer: someone else's words)
		}
	}
	return from, q.Speaker.ID
}

// statement codes what speaker said in tokens [from, to) after the speech
// verb at k, if it is aimed at other actors and a cue types it: one event
// for each actor it is aimed at.
func (d *doc) statement(k, a, b, from, to int, speaker string, sent parley.Span, found, out []parley.Event) []parley.Event {
	if to <= from || d.commentator(speaker) {
		return nil // an analyst's opinion is no act of state
	}
	told := d.afterAddressee(k, from, to)
	target, at := d.statementTarget(speaker, told, to)
	if target == "" && !d.homeAudience(speaker, from, told) {
		target, at = d.statementTarget(speaker, from, to) // "told Putin that the consequences would be …"
	}
	if doer := d.saidDeedDoer(k, from, to, speaker); doer != "" {
		// "said the call with Zelensky was not in line with …": the
		// one who made the call, not the one called.
		target, at = doer, from+1
	}
	apposed := false
	if c := d.apposedClaimant(k, []string{speaker}); c != nil {
		// "Caracas revoked the authorisation, a decision Brasília said it
		// would not accept": the answer to the clause before.
		target, at, apposed = c[0], from, true
	}
	if target == "" && to <= k {
		// "“It is a violation of our sovereignty,” Iraq's foreign
		// ministry said of the Turkish air strikes": the quotation is
		// about what follows "of" or "referring to".
		if t, i := d.quoteAbout(k, b, speaker); t != "" {
			target, at = t, i
			cu, ok := d.cueIn(from, to)
			if !ok {
				return nil
			}
			return d.statementEvents(k, a, b, to, speaker, []string{target}, cu, sent, found, out)
		}
	}
	if target == "" {
		// "said the United States would take action against those
		// responsible": the doers of the deed told before.
		if t, i := d.culprits(k, from, to, speaker); t != "" {
			target, at = t, i
		} else if cu, ok := d.cueIn(from, to); ok && cu.typ == parley.Threaten {
			// "ECOWAS gave the junta a week … If its demands were not
			// met, the bloc said, it would take all measures necessary":
			// the one the speaker's demand was made of.
			if t := d.ultimatumTarget(k, a, b, speaker); t != "" {
				target, at = t, from
			}
		}
	}
	if target == "" && d.warnedOfCause(k, to) {
		return nil // "warned of serious consequences of climate change": of a cause, at no one
	}
	if target == "" && !d.quoted[k] && !d.otherActorIn(from, to, speaker) {
		// "He made clear that the United States would respond with strong
		// measures" in the readout of a call: a threat made to the one
		// spoken with. (Demands with no one named are too often general:
		// "borders must not be moved by force".)
		// (Not when someone else has just wronged the speaker's side: "Wang
		// met Lavrov … Washington imposed sanctions on Chinese firms …
		// Wang said China would take countermeasures" answers Washington.)
		if p := d.meetingPartner(speaker, k); p != nil && d.provoker(k, speaker) == "" {
			if cu, ok := d.cueIn(from, to); ok && cu.typ == parley.Threaten && !d.sameSide([]string{speaker}, p[0]) && !d.warnedOnly(cu, from, to) {
				return d.statementEvents(k, a, b, to, speaker, p, cu, sent, found, out)
			}
		}
	}
	if target == "" && !d.quoted[k] && !d.otherActorIn(from, to, speaker) {
		// "Iran seized a British tanker. Britain warned of serious
		// consequences": a threat that names no one answers the one who
		// just wronged the speaker's side.
		if cu, ok := d.cueIn(from, to); ok && cu.typ == parley.Threaten {
			if p := d.provoker(k, speaker); p != "" {
				// (a threat besides the rebuke: "condemned the expulsions
				// by the United States and said Russia would respond")
				return d.statementEvents(k, a, b, to, speaker, []string{p}, cu, sent, ofType(found, cu.typ), ofType(out, cu.typ))
			}
		}
	}
	if target == "" && !d.quoted[k] && !d.otherActorIn(from, to, speaker) {
		// "Spain withdrew its ambassador … Argentina said the decision was
		// unjustified": a judgement of a deed told before, aimed at its doer.
		if cu, ok := d.cueIn(from, to); ok && (cu.typ == parley.Accuse || cu.typ == parley.Reject) {
			det := from
			if det+1 < to && d.tok(det).Is("that") && d.tok(det+1).Is("the", "this", "these", "those", "such") {
				det++ // "said that the decision was …"
			}
			if n := d.deedNounAfter(det, to); n >= 0 && d.tok(det).Is("the", "this", "that", "these", "those", "such") {
				if ids, _ := d.deedAuthorAsState(n, k, []string{speaker}); len(ids) > 0 && !d.sameSide([]string{speaker}, ids[0]) {
					return d.statementEvents(k, a, b, to, speaker, ids[:1], cu, sent, found, out)
				}
			}
		}
	}
	if adjectival := target != "" && at < len(d.in.Tokens) && d.cover[at] >= 0 && d.in.Mentions[d.cover[at]].Via == parley.ViaAdjective; (target == "" || adjectival) && !d.quoted[k] && !d.otherNamedIn(from, to, speaker) {
		// "Turkey said the Russian jet had violated its airspace … Moscow
		// insisted the aircraft had never left Syrian airspace": a charge
		// denied, or called baseless, answers whoever made it. So does a
		// plain "said" of the accused that the fact did not happen:
		// "Beijing said its ships had not entered Indonesian waters".
		cu, ok := d.cueIn(from, to)
		if adjectival {
			ok = false
		}
		if !ok && (d.tok(k).Is("insisted", "insisting", "maintained", "countered", "retorted") ||
			d.tok(k).Is("said", "says", "responded", "replied", "stated") && d.restatesCharge(k, from, to, speaker)) && d.factDenied(from, to) {
			cu, ok = cue{words: []string{d.tok(k).Norm}, typ: parley.Reject, cameo: "120"}, true
		}
		if ok && cu.typ == parley.Reject {
			if acc := d.recentAccuser(k, speaker); acc != "" {
				return d.statementEvents(k, a, b, to, speaker, []string{acc}, cu, sent, found, out)
			}
		}
	}
	if target == "" {
		return nil
	}
	// The cue must bear on the target: within a few words of it (of
	// where its name starts: "the Government of South Korea").
	ms := at
	if at < len(d.in.Tokens) && d.cover[at] >= 0 {
		ms = d.mentionStart(at)
	}
	cu, ok := d.cueIn(max(from, ms-6), min(to, at+14))
	if !ok && ms-6 > from {
		// "said it highly valued the open and trusting nature of its
		// dialogue with Kazakhstan": praise, or a rebuke ("said it
		// condemned all violence in the region, including by Hamas"),
		// reaches further, to whom it bears on.
		// (not across a clause: "welcomed the talks but warned that Russia …")
		if p, found := d.cueIn(max(from, ms-12), ms-6); found && ((p.typ == parley.Support || p.typ == parley.Accuse) && speechCues[strings.TrimSuffix(p.words[0], "*")] || strings.Join(p.words, " ") == "highly value*") &&
			!d.clauseBetween(max(from, ms-12), ms) {
			cu, ok = p, true
		}
	}
	if !ok && ms-2 > from && d.tok(ms-2).Is("table") && d.tok(ms-1).Is("regarding", "against", "toward", "towards", "on") && !d.possessiveAt(d.mentionEnd(at)) {
		// "said all options were on the table regarding Venezuela": force
		// kept ready for the one named after the table (not "for
		// Ukraine", help as likely as harm, nor "on Ukraine's recovery")
		if p, found := d.cueIn(max(from, ms-10), ms); found && p.typ == parley.Threaten && p.words[len(p.words)-1] == "options" {
			cu, ok = p, true
		}
	}
	if apposed && cu.typ != parley.Reject && cu.typ != parley.Accuse {
		return nil
	}
	if ok && cu.typ != parley.Accuse && !apposed && d.targetsOwnAct(at, min(to, at+14), cu) {
		// "told reporters that Kim had demanded that sanctions be lifted":
		// the demand is Kim's, reported; the lexicon codes it as his. (A
		// deed alleged — "said Cambodian forces had violated the
		// ceasefire" — is still the speaker's accusation.)
		return nil
	}
	if ok && d.actsInSaid(found, target, cu.typ, k, to) {
		// "Abbas Mousavi said Iran condemned the US sanctions": Iran
		// condemns, coded already; it is no target of its spokesman.
		return nil
	}
	if ok && d.targetSpeaks(cu, at, max(from, ms-6), min(to, at+14)) {
		// "Guterres said the European Union condemned the attack": the
		// Union speaks, its act reported; it is no target of his.
		return nil
	}
	if cu.typ == parley.Threaten {
		// "would tell Putin … and that the United States would respond
		// if Russia continued": a threat is aimed at the actor right
		// after its "if", when there is one, else at the one told.
		if t := d.conditionTarget(speaker, from, to); t != "" {
			target = t
		} else if t, _ := d.statementTarget(speaker, from, d.afterAddressee(k, from, to)); t != "" {
			target = t
		} else if cu.words[0] == "red" {
			// "said Taiwan was a red line": the line is drawn for whoever
			// would cross it, named only as the one told or met.
			if p := d.meetingPartner(speaker, k); len(p) == 1 {
				target = p[0]
			} else {
				return nil
			}
		}
	}
	if !ok {
		return nil
	}
	if cu.kept {
		// "told Trump that Greenland was not for sale": at the one told,
		// never at the thing kept
		t, _ := d.statementTarget(speaker, from, d.afterAddressee(k, from, to))
		if t == "" {
			return nil
		}
		target, at, ms = t, from, from
	}
	if cu.bidden && !d.biddenAt(at, cu) {
		return nil // "believed Giuliani and the president … Ukraine needed to": not the one first named
	}
	if cu.typ == parley.Request && modalCue(cu) && !d.biddenAt(at, cu) && d.cueBetween(cu, from, ms) {
		return nil // "said Europe must do more for Ukraine": what must be done is asked of Europe, not of Ukraine
	}
	if cu.typ == parley.Request && modalCue(cu) && !d.biddenAt(at, cu) && d.thingBindsModal(cu, at, to) {
		return nil // "Cooperation with Iran … must not suffer", "any agreement must avoid a hard border": a thing's fate, no one bidden
	}
	if cu.ofClaim && !d.claimantBefore(ms, min(to, at+14), cu) {
		return nil // "said the claims about Israel were false", "was unrealistic for Ukraine": not whose claim it is
	}
	if cu.warnedFirst && !d.warnedBefore(at, min(to, at+14), cu) {
		return nil // "said troops sent to Ukraine would become legitimate targets": Ukraine is where, not who
	}
	if cu.ofStep && !d.opensSaid(at, from) {
		return nil // "said the sanctions on Russia were a step forward": the step is not Russia's
	}
	if cu.typ == parley.Request && d.ownSideBidden(speaker, cu, from, max(from, ms-6), min(to, at+14)) {
		return nil // "said that Indonesia should stay cool and described China as a friend": advice to his own side
	}
	if cu.typ == parley.Threaten && d.sameSide([]string{speaker}, target) {
		return nil // "He said Estonia would respond calmly": his own state answers, no one is threatened
	}
	if cu.typ != parley.Threaten {
		// "told the US side that such moves were extremely dangerous,
		// adding: “whoever plays with fire will get burnt”": the threat
		// the speaker adds makes the statement a threat.
		if th, found := d.addedThreat(to, b); found {
			cu = th
		}
	}
	if cu.typ == parley.Accuse && (legalityCue(cu) || wrongedAfter(cu)) {
		// "would violate UN Security Council resolutions", "had shown
		// bias against Ghana": what is violated, or who is wronged, comes
		// after the verb; the violator, if named, before.
		// (But "the unlawful use of force by Israel" names its agent; "the
		// ceasefire agreed by Russia" names what was violated.)
		agent := d.tok(ms-1).Is("by") && !strings.HasSuffix(d.tok(ms-2).Norm, "ed")
		if !agent && d.cueBetween(cu, max(from, ms-6), ms) { // (from where the name starts: "the UN Security Council")
			return nil
		}
	}
	if e := d.mentionEnd(ms); cu.typ == parley.Accuse && !d.possessiveAt(e) && !(e < to && (stateActs[d.tok(e).Norm] || d.tok(e).Is("war"))) &&
		d.wrongDoneTo(cu, max(from, ms-6), ms) {
		// "resembled the one before the assassination of his father,
		// Rafik Hariri": the victim, not the accused. (But "the
		// destabilizing effects of this Russian war" and "… of Russia's
		// war" are Russia's own.)
		return nil
	}
	targets := []string{target}
	if at < len(d.in.Tokens) && d.cover[at] >= 0 && d.in.Mentions[d.cover[at]].Actors[0] == target {
		// "said the United States and Britain would have to pay a heavy
		// price": each of them.
		targets = d.coordinated(d.in.Mentions[d.cover[at]], d.mentionEnd(at), to)
	}
	if cu.typ == parley.Request && d.withOwnSide(speaker, at, targets) {
		return nil // "Japan and South Korea … should cooperate": an appeal to both sides, the speaker's own among them
	}
	return d.statementEvents(k, a, b, to, speaker, targets, cu, sent, found, out)
}

// statementEvents makes the events of one statement: one for each target
// no event found already covers.
func (d *doc) statementEvents(k, a, b, to int, speaker string, targets []string, cu cue, sent parley.Span, found, out []parley.Event) []parley.Event {
	cs := d.clauseStart(k, a)
	date, _ := d.date(d.spanOf(cs, d.clauseEnd(k, b)), k)
	if !date.IsZero() && d.deedDated(date, k, cs, to) {
		date = parley.Date{} // "said the strikes answered an explosion on Saturday, which he blamed on Kyiv"
	}
	if ap := d.appositiveAnswer(k, a); ap > 0 {
		// "Caracas revoked the authorisation on 7 September, a decision
		// Brasília said it would not accept": the answer's own day only.
		date, _ = d.ownDate(ap, max(d.clauseEnd(k, b), k+1), k)
		if date.IsZero() {
			d.vague[d.spanOf(k, k+1)] = true
		}
	}
	if d.saidActCoded(found, speaker, targets, cu.typ, k, to) {
		return nil // "Kiir told lawmakers that he had refused": the refusal is coded, at Ban, who asked; not at the lawmakers
	}
	var evs []parley.Event
	for _, t := range uniq(targets) {
		// (a call or a meeting the statement was made in is no statement:
		// "told Trump in a call that Greenland was not for sale")
		if t == speaker || covered(d.sameClauseOrType(found, cu.typ, cs), speaker, t) || covered(out, speaker, t) || covered(evs, speaker, t) || d.saidBySide(found, speaker, t, k, to) {
			continue
		}
		evs = append(evs, parley.Event{
			Type: cu.typ, Mode: cu.mode, Status: parley.Occurred, Date: date, CAMEO: cu.cameo,
			Source: d.ref(speaker), Target: d.ref(t),
			Participants: []parley.ActorRef{d.ref(speaker), d.ref(t)},
			Evidence:     parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]},
			Trigger:      d.spanOf(k, k+1),
			Rule:         "statement:" + strings.Join(cu.words, " "),
			Confidence:   calibrated(statementPrecision, cu.typ),
		})
	}
	return evs
}

// ownSideBidden reports whether the modal of obligation cu ("should",
// "must", "has to") in [lo, hi) is said of the speaker's own side, named
// right before it in what was said from token from: "Prabowo said
// Indonesia should stay cool".
func (d *doc) ownSideBidden(speaker string, cu cue, from, lo, hi int) bool {
	for i := lo; i+len(cu.words) <= hi; i++ {
		if !d.cueAt(cu, i) {
			continue
		}
		j := i - 1
		for j > from && d.tok(j).Is("also", "now", "still", "not", "only") {
			j-- // "Brazil also should"
		}
		if j < 0 || d.cover[j] < 0 {
			return false
		}
		m := d.in.Mentions[d.cover[j]]
		return len(m.Actors) == 1 && m.Via != parley.ViaPronoun && d.sameSide([]string{speaker}, m.Actors[0])
	}
	return false
}

// withOwnSide reports whether the target named at token at is coordinated
// with the speaker's own side: in the list itself, or right before it
// ("Japan and South Korea", where the list skipped Japan as the speaker's).
func (d *doc) withOwnSide(speaker string, at int, targets []string) bool {
	own := func(id string) bool { return d.sameSide([]string{speaker}, id) }
	if len(targets) > 1 && slices.ContainsFunc(targets, own) {
		return true
	}
	if at >= len(d.in.Tokens) || d.cover[at] < 0 {
		return false
	}
	j := d.mentionStart(at) - 1
	if j > 0 && d.tok(j).Is("the") {
		j-- // "Japan and the ROK"
	}
	if j < 1 || !d.tok(j).Is("and") || d.cover[j-1] < 0 {
		return false
	}
	return slices.ContainsFunc(d.in.Mentions[d.cover[j-1]].Actors, own)
}

// statementParts finds the speaker of the speech verb at k and the token
// range of what was said: the words after the verb ("said that …"), or,
// when a quotation ends just before the verb ("“…,” Putin said"), the
// quotation.
func (d *doc) statementParts(k, a, b int) (speakers []string, from, to int) {
	if sp, start, end := d.quotedAsSaying(k, a); sp != nil {
		return sp, start, end // "“…,” KCNA quoted Kim Yo Jong as saying"
	}
	// "“…,” X said" / "“…,” said X": the quotation before.
	if q := k - 1; q >= a && (d.quoted[q] || d.tok(q).Text == "," || d.cover[q] >= 0 || strings.ContainsAny(d.tok(q).Text, "”\"’")) {
		j := k - 1
		for j >= a && !d.quoted[j] && k-j < 8 {
			j--
		}
		if j >= a && d.quoted[j] {
			end := j + 1
			start := j
			for start > a && d.quoted[start-1] {
				start--
			}
			if m, ok := d.mentionAt(k + 1); ok && len(m.Actors) == 1 && d.cover[k-1] < 0 {
				return m.Actors, start, end // (not "“…,” Pashinyan told parliament": the one told)
			}
			if ids, _ := d.subjects(k, end); len(ids) == 1 {
				return ids, start, end
			}
		}
	}
	if start, end := d.shortQuoteBefore(k, a); end > start {
		// "“Tehran's proposal is unacceptable,” Netanyahu said": a
		// quotation too short for the quotation finder is still said.
		if m, ok := d.mentionAt(k + 1); ok && len(m.Actors) == 1 && d.cover[k-1] < 0 {
			return m.Actors, start, end
		}
		if ids, _ := d.subjects(k, end); len(ids) == 1 {
			return ids, start, end
		}
	}
	if m, ok := d.mentionAt(k - 1); ok && len(m.Actors) == 1 && k-2 > a && d.mentionEnd(k-1) == k && d.tok(d.mentionStart(k-1)-1).Is(",") &&
		k+2 < b && d.tok(k+1).Is(",") && !d.quoted[k+2] {
		// "Serbia, he said, had waged an aggressive campaign": the words
		// said wrap around the speaker set off by commas.
		return m.Actors, a, d.saidEnd(k+2, b)
	}
	if c := d.trailingSaidComma(k, a, b); c > a {
		// "Israel is obliged to let aid into Gaza, the UN said": the
		// clause before the comma is what the speaker after it said.
		if ids, start := d.subjects(k, c+1); len(ids) == 1 && start > c {
			return ids, a, c
		}
	}
	ids, _ := d.subjects(k, d.clauseStart(k, a))
	if v := d.askerOfInquiry(k, a); v > 0 {
		// "asked the ICC to investigate alleged Russian war crimes":
		// the charge is the asker's, not the court's.
		ids, _ = d.subjects(v, a)
	}
	if j := k - 1; j > a && d.tok(j).Is("and") {
		// "raised the case of Navalny and told Putin …": the subject of
		// the first verb speaks.
		if first := d.firstSubject(a, j); first != "" {
			ids = []string{first}
		}
	}
	if len(ids) == 0 || len(ids) > 3 {
		return nil, 0, 0 // "Volker and Morrison said …" speak both; a long list is no one's words
	}
	from = k + 1
	if from < b && d.tok(from).Is("that") {
		from++
	}
	return ids, from, d.saidEnd(from, b)
}

// actTold reports whether an event found has its trigger in tokens
// [from, to).
func (d *doc) actTold(found []parley.Event, from, to int) bool {
	sp := d.spanOf(from, to)
	for _, e := range found {
		if e.Status != parley.Hypothetical && e.Trigger.Start >= sp.Start && e.Trigger.End <= sp.End {
			return true
		}
	}
	return false
}

// trailingSaidComma returns the comma before "the UN said" closing an
// unquoted sentence ("…, the UN said.", "…, Guterres said on Monday."),
// whose clause before it is the words said; or -1.
func (d *doc) trailingSaidComma(k, a, b int) int {
	if d.quoted[k] {
		return -1
	}
	for j := k + 1; j < b; j++ {
		if d.tok(j).Is("that", ",", ";", "and", "but") || d.cover[j] >= 0 && !d.dateWordBefore(j) || j-k > 6 {
			return -1 // ("…, he said, adding that …": more is said after)
		}
	}
	for c := k - 1; c > a && k-c <= 8; c-- {
		if d.tok(c).Is(",") {
			if c-a < 4 {
				return -1
			}
			for i := a; i < c; i++ {
				if strings.ContainsAny(d.tok(i).Text, "“”\"") {
					return -1 // (a quotation's words are for the quotation's speaker)
				}
			}
			return c
		}
		if d.tok(c).Kind == token.Punct && !d.tok(c).Is(".", "'s", "’s") {
			return -1
		}
	}
	return -1
}

// askerOfInquiry returns the verb of asking before "alleged" used as an
// adjective in an inquiry asked of another — "asked the ICC to
// investigate alleged war crimes", "urged the UN to probe alleged
// abuses" — or 0.
func (d *doc) askerOfInquiry(k, a int) int {
	if !d.tok(k).Is("alleged") || k-4 < a || !d.tok(k-1).Is("investigate", "probe", "examine", "look", "into") {
		return 0
	}
	j := k - 2
	if d.tok(k-1).Is("into") && d.tok(j).Is("look") {
		j--
	}
	if !d.tok(j).Is("to") {
		return 0
	}
	v := j - 2 // "asked the court to investigate …": a body the KB does not know
	if d.cover[j-1] >= 0 {
		v = d.mentionStart(j-1) - 1
	} else if d.tok(j-1).Kind != token.Word || d.tok(j-1).Upper || !d.tok(v).Is("the") {
		return 0
	}
	if v > a && d.tok(v).Is("the") {
		v--
	}
	if v > a && d.tok(v).Is("on", "upon") {
		v-- // "called on the UN to investigate"
	}
	if v <= a || !d.tok(v).Is("asked", "asking", "asks", "ask", "urged", "urging", "urges", "urge",
		"called", "calling", "calls", "call", "requested", "requesting", "pressed", "pressing", "invited", "inviting") {
		return 0
	}
	return v
}

// saidEnd returns where the words said from token from end: at the
// sentence end b, or earlier where a clause of the writer's own begins
// (", while the Arab League condemned …", "; …", ", but …").
func (d *doc) saidEnd(from, b int) int {
	for i := from + 1; i < b; i++ {
		if d.quoted[i] {
			continue
		}
		if d.tok(i).Is(";") || d.tok(i-1).Is(",") && d.tok(i).Is("while", "whereas", "but") {
			return i
		}
	}
	return b
}

// statementTarget returns the first actor named in [from, to) other than
// the speaker and the speaker's own state, and the token where it is named.
func (d *doc) statementTarget(speaker string, from, to int) (string, int) {
	own := d.countryOf(speaker)
	if a, ok := d.actors[speaker]; ok && own == "" {
		own = a.Country
	}
	for i := from; i < to; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		i = d.mentionEnd(i) - 1
		if len(m.Actors) == 2 && m.Via == parley.ViaAdjective && own != "" {
			// "serious consequences for Russian-Turkish relations": the
			// pair's other state, when one of the two is the speaker's
			if c0, c1 := d.countryOf(m.Actors[0]), d.countryOf(m.Actors[1]); c0 != c1 && (c0 == own || c1 == own) {
				if c0 == own {
					return m.Actors[1], i
				}
				return m.Actors[0], i
			}
			continue
		}
		if len(m.Actors) != 1 || m.Via == parley.ViaPronoun || m.Via == parley.ViaGroup || m.Via == parley.ViaAdjective && d.nationalsAt(i+1, to) {
			continue // (nor "charged an American national with spying": a private person)
		}
		if g := d.homeGroup(m, i+1); g != "" && g != speaker {
			return g, d.mentionEnd(i+2) - 1 // "held Afghanistan's Taliban movement responsible": the Taliban
		}
		if start := d.mentionStart(i); start > 0 && d.tok(start-1).Is("the") {
			if p := d.roleApposition(start-1, to); len(p) == 1 && p[0] != speaker {
				return p[0], i // "wrote to the European Council president, Charles Michel, to call for …": Michel
			}
		}
		id := m.Actors[0]
		a, ok := d.actors[id]
		if id == speaker || !ok || a.Kind == parley.State && a.Country == own || d.leads(speaker, id) || strings.HasPrefix(speaker, "state:") && a.Role == "government body" && a.Country == own {
			continue // (nor the speaker's own body: "Qassem said the group would not tolerate …", "Iran vowed …, and the foreign ministry in Tehran")
		}
		if own != "" && a.Country == own && d.nameHas(id, "armed forces", "army", "navy", "air force", "military", "defence force", "defense force") {
			continue // "Putin said Russian forces had repelled the attack": his own forces tell, they are not aimed at
		}
		if start := d.mentionStart(i); start > 1 && d.tok(start-1).Is("of") && !headsOf[d.tok(start-2).Norm] {
			continue // "the status of Taiwan must …": Taiwan is not the one addressed
		}
		if start := d.mentionStart(i); start > 1 && d.tok(start-1).Is("in", "into") && interferenceWords[d.tok(start-2).Norm] {
			continue // "said the draft interfered in Sudan's affairs": Sudan is interfered with, not accused
		}
		if start := d.mentionStart(i); start > 0 && d.tok(start-1).Is("its", "our") && own != "" && (a.Country == own || a.Country == "") {
			continue // "said its Export-Import Bank was ready to provide …": the speaker's own body
		}
		if start := d.mentionStart(i); d.tok(start).Is("his", "her", "their") && own != "" && a.Country == own && d.crowd(id) {
			continue // "said his supporters would return to the streets": the speaker's own following
		}
		return id, i
	}
	return "", 0
}

// interferenceWords meddle in what follows "in": the one named after
// them suffers the act.
var interferenceWords = map[string]bool{"interfere": true, "interferes": true, "interfered": true, "interfering": true,
	"interference": true, "meddle": true, "meddles": true, "meddled": true, "meddling": true, "intrusion": true,
	"intrusions": true, "incursion": true, "incursions": true, "intrude": true, "intruded": true, "intruding": true}

// readingAsAt reports whether the words from i, after a modal, say how
// something is to be taken: "(should) not be read as", "be seen as",
// "be interpreted as".
func (d *doc) readingAsAt(i int) bool {
	if i < len(d.in.Tokens) && d.tok(i).Is("not") {
		i++
	}
	return i+2 < len(d.in.Tokens) && d.tok(i).Is("be") &&
		d.tok(i+1).Is("read", "seen", "interpreted", "taken", "viewed", "understood", "regarded", "construed") && d.tok(i+2).Is("as")
}

// cueHit is statement cue c found at token i.
type cueHit struct{ c, i int }

// cueByWord and cueByStem index statementCues by their first word, or by
// the first two letters of a first word that is a stem ("retaliat*"), so
// that cueIn looks only at the cues a token can start.
var cueByWord, cueByStem = func() (map[string][]int, map[string][]int) {
	byWord, byStem := map[string][]int{}, map[string][]int{}
	for c, cu := range statementCues {
		if stem, ok := strings.CutSuffix(cu.words[0], "*"); ok {
			k := stem[:min(2, len(stem))]
			byStem[k] = append(byStem[k], c)
		} else {
			byWord[cu.words[0]] = append(byWord[cu.words[0]], c)
		}
	}
	return byWord, byStem
}()

// cueHits returns the statement cues found in [from, to), in the order of
// statementCues and, for one cue, of their tokens.
func (d *doc) cueHits(from, to int, buf []cueHit) []cueHit {
	hits := buf[:0]
	add := func(cs []int, i int) {
		for _, c := range cs {
			if cu := statementCues[c]; i+len(cu.words) <= to && d.cueAt(cu, i) {
				hits = append(hits, cueHit{c, i})
			}
		}
	}
	for i := max(from, 0); i < to; i++ {
		n := d.tok(i).Norm
		add(cueByWord[n], i)
		for l := 0; l <= min(2, len(n)); l++ {
			add(cueByStem[n[:l]], i)
		}
	}
	slices.SortFunc(hits, func(x, y cueHit) int {
		if x.c != y.c {
			return x.c - y.c
		}
		return x.i - y.i
	})
	return hits
}

// cueIn returns the first statement cue in [from, to).
func (d *doc) cueIn(from, to int) (cue, bool) {
	best, bestAt := cue{}, -1
	var buf [32]cueHit
	done := -1 // the cue whose first acceptable place was taken
	for _, h := range d.cueHits(from, to, buf[:]) {
		cu, i := statementCues[h.c], h.i
		if h.c == done {
			continue
		}
		if cu.typ == parley.Threaten && i > 0 && strings.HasPrefix(d.tok(i).Norm, "retaliat") && d.tok(i-1).Is("was", "were", "is", "in", "as") {
			continue // "the attack was retaliation for …": the motive of a past act, not a threat
		}
		if cu.typ == parley.Threaten && i > 1 && strings.HasPrefix(d.tok(i).Norm, "punish") && d.tok(i-1).Is("been", "was", "were") && !d.tok(i-2).Is("will", "would", "must", "should") {
			continue // "said those responsible had been punished": a past deed told, not a threat
		}
		if cu.typ == parley.Reject && d.tok(i).Is("no") && d.tok(i+1).Is("intention") && i+3 < to && d.tok(i+2).Is("of", "to") &&
			d.tok(i+3).Is("harming", "harm", "attacking", "attack", "invading", "invade", "threatening", "threaten", "annexing", "annex", "undermining", "undermine", "interfering", "interfere") {
			continue // "had no intention of harming Somalia's sovereignty": a reassurance, no refusal
		}
		if cu.typ == parley.Accuse && d.tok(i).Is("failed") && i > from && i >= 2 && d.tok(i-1).Is("that", "which", "who") && d.cover[i-2] < 0 {
			continue // "would encourage Russia to attack any NATO member that failed to pay": a member left unnamed
		}
		if cu.typ == parley.Threaten && d.tok(i).Is("red") && d.crossedAt(i) {
			continue // "had crossed a red line": the charge cue types it
		}
		if sa, _ := d.tokensOf(d.sentenceAround(i)); d.reportedInversion(sa, i) {
			continue // "said that had Guatemala refused to sign, …": supposed, not done
		}
		if cu.typ == parley.Request && d.othersDemandAt(i) {
			continue // "said Chile's demands were unacceptable": a demand judged, not made
		}
		if cu.typ == parley.Reject && strings.Join(cu.words, " ") == "no intention" && d.hostileIntentDenied(i+len(cu.words)) {
			continue // "had no intention of replacing anyone": a hostile aim disowned, nothing refused
		}
		if cu.typ == parley.Request && cu.words[0] != "must" && cu.words[0] != "should" && i > 0 && d.tok(i-1).Is("not", "n't", "never", "the", "a", "no") {
			continue // "will not need to worry", "beyond the need to": no obligation laid on anyone
		}
		if cu.typ == parley.Request && d.readingAsAt(i+len(cu.words)) {
			continue // "said the absence should not be read as a lack of interest": how to take it, no demand
		}
		if cu.typ == parley.Request && modalCue(cu) && d.notBiddenAt(i+len(cu.words)) {
			continue // "Chang should be tried at home", "Sweden should no longer expect support": no act asked of the one named
		}
		if cu.turnOf && !d.actorThenTo(i+len(cu.words)) {
			continue // "up to the border", "time for talks"
		}
		if cu.onCondition && !d.ifActorBefore(i, from) {
			continue // "the response was swift", "would regret the decision"
		}
		if cu.penalty && !(d.promisedAt(i) && d.penaltyAfter(i+1)) {
			continue // "Kyiv would face a difficult winter", "faces sanctions" told as a fact
		}
		if cu.ofClaim && !d.claimJudgedAt(i, from) {
			continue // "spread false claims" is no verdict on a claim; "the claims were false" is
		}
		if cu.typ == parley.Threaten && d.purposeOfDeed(i) {
			continue // "imposed these curbs on Vilnius to punish us": the motive of a deed done, no threat
		}
		if cu.typ == parley.Threaten && d.tok(i).Is("to") && !d.vowedAt(i-1) {
			continue // "asked Iran to respond": no vow
		}
		if cu.typ == parley.Threaten && d.tok(i).Is("consequences") && i > 0 && d.tok(i-1).Is(foretoldHarm...) {
			continue // "warning of dangerous consequences": harm foretold, not a penalty promised
		}
		if cu.ifAimed && !(d.promisedAt(i) && (d.aimedAfter(i+len(cu.words), to) || d.conditionFirst(i) || d.warningSaid(from))) {
			continue
		}
		if cu.typ == parley.Support && (d.breachBefore(i) || d.negatedAt(i)) {
			continue // "a violation of its sovereignty and territorial integrity": no respect; "was not a reliable partner": no praise
		}
		if cu.typ == parley.Support && cu.words[0] != "grateful" && d.tok(i+len(cu.words)).Is("of", "to") && d.cover[i+len(cu.words)+1] >= 0 {
			continue // "said Belarus was a staunch ally of Russia": a tie told, not praise of one's own partner
		}
		if cu.typ == parley.Accuse && cu.words[len(cu.words)-1] == "like" && d.likenedInPraise(i+len(cu.words)) {
			continue // "was acting like a true friend"
		}
		if cu.typ == parley.Accuse && d.negatedAt(i) {
			if !legalityCue(cu) {
				continue
			}
			// "would no longer view the settlements as illegal", "was
			// not, per se, inconsistent with international law": a
			// charge denied is a state's backing.
			cu = cue{words: cu.words, typ: parley.Support, cameo: "051"}
		}
		// A threat anywhere outranks the "must" or "have to" that
		// often comes with it ("would have to pay a heavy price").
		threatFirst := best.typ == parley.Threaten && cu.typ != parley.Threaten || best.mode == "rebuke" && cu.typ == parley.Request
		rebuke := cu.mode == "rebuke" && best.typ == parley.Request // "should be ashamed of himself": a rebuke, not a demand
		if !threatFirst && (bestAt < 0 || i < bestAt || rebuke || cu.typ == parley.Threaten && best.typ != parley.Threaten) {
			best, bestAt = cu, i
		}
		done = h.c
	}
	return best, bestAt >= 0
}

// likenedInPraise reports whether the likeness from token i is praise:
// "acting like a responsible partner".
func (d *doc) likenedInPraise(i int) bool {
	for j := i; j < len(d.in.Tokens) && j < i+4; j++ {
		if praiseWords[d.tok(j).Norm] || d.tok(j).Is("responsible", "true", "mature") {
			return true
		}
	}
	return false
}

// crossedAt reports whether "red line" at i is said to be crossed: "had
// crossed a red line", "crossed all red lines".
func (d *doc) crossedAt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if strings.HasPrefix(d.tok(j).Norm, "cross") {
			return true
		}
	}
	return false
}

// vowedAt reports whether token i is a verb of promise: "vowed to respond".
func (d *doc) vowedAt(i int) bool {
	return i >= 0 && d.tok(i).Is("vowed", "vows", "vow", "vowing", "pledged", "pledges", "pledging", "promised", "promises", "threatened", "threatens")
}

// purposeOfDeed reports whether the cue at i is the verb of a purpose
// clause ("to punish", "to retaliate") that follows a deed told in the
// past with its object — "Moscow cut off our gas to punish us",
// "imposed these curbs on Vilnius to punish it" — not a vow or a plan
// ("vowed to punish Hamas", "will cut the gas to punish Moldova").
func (d *doc) purposeOfDeed(i int) bool {
	if i < 2 || !d.tok(i-1).Is("to") {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-12 && d.quoted[j] == d.quoted[i]; j-- {
		t := d.tok(j)
		if d.vowedAt(j) || t.Is("will", "would", "'ll", "shall", "must", "could", "might", "may", "want", "wants", "ready", "determined", "plans", "intends", "seeks", "aims", "going", "order", "as", "if", "unless", ",", ";") {
			return false
		}
		if j < i-2 && !t.Upper && (strings.HasSuffix(t.Norm, "ed") && len(t.Norm) > 4 || irregularPast[t.Norm] ||
			t.Is("cut", "shut", "hit", "put", "set") && j > 0 && !d.tok(j-1).Is(notPastBefore...)) {
			return true
		}
	}
	return false
}

// notPastBefore are the words before "cut", "hit" or "put" that make it
// no past tense: "would cut", "to hit".
var notPastBefore = []string{"will", "would", "'ll", "shall", "could", "can", "may", "might", "must", "to", "not", "n't", "should"}

// foretoldHarm are the words that make "consequences" a harm foreseen
// rather than a penalty promised.
// ("devastating" and "dire consequences" are as often promised.)
var foretoldHarm = []string{"dangerous", "disastrous", "catastrophic", "negative", "unpredictable", "unforeseen",
	"humanitarian", "tragic", "unintended", "destabilising", "destabilizing"}

// promisedAt reports whether the measures at i are promised, not asked
// for: "would take", "will take all necessary measures", "reserves the
// right", "the right to take measures" (not "Hungary must take action").
func (d *doc) promisedAt(i int) bool {
	if strings.HasPrefix(d.tok(i).Norm, "reserve") {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if d.tok(j).Is("would", "will", "'ll", "shall") || d.tok(j).Is("right") && d.tok(j+1).Is("to") {
			return true
		}
	}
	return false
}

// aimedAfter reports whether an "if", "unless" or "against" stands in
// [i, to): the measures promised are aimed at someone.
func (d *doc) aimedAfter(i, to int) bool {
	for ; i < to; i++ {
		if d.tok(i).Is("if", "unless", "against") {
			return true
		}
	}
	return false
}

// warningSaid reports whether what is said from token from is told as a
// warning or a vow: "warned that Beijing would take all necessary
// measures to protect its companies" threatens where "said it would take
// all necessary measures to protect its citizens" need not.
func (d *doc) warningSaid(from int) bool {
	for j := from - 1; j >= 0 && j >= from-2; j-- {
		if d.tok(j).Is("warned", "warns", "warning", "vowed", "vows", "vowing", "threatened", "threatens", "threatening") {
			return true
		}
	}
	return false
}

// warnedOnly reports whether cue cu, found in what was said in tokens
// [from, to), threatens only because the saying was a warning: no
// condition and no adversary is named with it. Such a threat answers a
// wrong done to the speaker's side, never the one the speaker met
// ("Modi spoke with Sharif. Modi warned that India reserves the right to
// respond": not at Sharif).
func (d *doc) warnedOnly(cu cue, from, to int) bool {
	return cu.ifAimed && !d.aimedAfter(from, to) && !d.conditionFirst(from)
}

// conditionFirst reports whether the sentence of token i opens with a
// condition: "If its demands were not met, the bloc said, it would take
// all measures necessary".
func (d *doc) conditionFirst(i int) bool {
	a, _ := d.tokensOf(d.sentenceAround(i))
	return d.tok(a).Is("if", "unless")
}

// breachBefore reports whether a word of violation or threat stands in
// the six words before token i.
func (d *doc) breachBefore(i int) bool {
	for j := max(0, i-6); j < i; j++ {
		n := d.tok(j).Norm
		if strings.HasPrefix(n, "violat") || strings.HasPrefix(n, "threat") || strings.HasPrefix(n, "undermin") || strings.HasPrefix(n, "breach") || strings.HasPrefix(n, "infring") {
			return true
		}
	}
	return false
}

// negatedAt reports whether a "not", "never" or "no" stands in the three
// words before token i ("had never been in breach", "was not illegal"), a
// "not" a little further back in the same clause ("was not, per se,
// inconsistent with"), or a "not" or "no longer" before a verb of judging
// ("would no longer regard the settlements in the West Bank as illegal").
func (d *doc) negatedAt(i int) bool {
	judging := func(j int) bool {
		return j < i && d.tok(j).Is("regard", "regards", "regarded", "view", "views", "viewed", "consider", "considers", "considered",
			"see", "sees", "treat", "treats", "deem", "deems", "deemed", "recognise", "recognize", "recognises", "recognizes")
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := d.tok(j)
		if t.Is("that", "but", "and", "which", "who", ";", ":") {
			return false
		}
		switch {
		case j >= i-3 && t.Is("not", "never", "no", "n't"),
			j >= i-6 && t.Is("not", "n't"),
			t.Is("not", "n't") && judging(j+1),
			t.Is("no") && j+1 < i && d.tok(j+1).Is("longer") && judging(j+2):
			return true
		}
	}
	return false
}

// legalityCue reports whether cu judges lawfulness ("illegal", "in breach
// of"), a charge whose denial backs the actor it bears on.
func legalityCue(cu cue) bool {
	w := strings.Join(cu.words, " ")
	return w == "illegal*" || w == "unlawful*" || w == "violat*" || w == "inconsistent with" || w == "in breach" || w == "breach of"
}

// wrongDoneTo reports whether the cue of a wrong stands in [lo, ms)
// with a preposition right after it, before the name at ms, that makes
// the one named the wronged ("the assassination of Rafik Hariri",
// "aggression against Yemen", "a betrayal of the Sudanese people").
func (d *doc) wrongDoneTo(cu cue, lo, ms int) bool {
	for i := lo; i < ms; i++ {
		if !d.cueAt(cu, i) {
			continue
		}
		// (right after the cue: "the illegitimate restrictions of the
		// European Union" are the Union's own)
		if j := i + len(cu.words); j < ms && d.tok(j).Is("of", "against", "on", "upon", "into", "to") {
			return !d.wordIn(j, ms, "by")
		}
	}
	return false
}

// wrongedAfter reports whether cu names a wrong whose victim follows it
// ("bias against Ghana", "disregarded Chile's rights").
func wrongedAfter(cu cue) bool {
	w := strings.Join(cu.words, " ")
	return w == "bias" || w == "biased" || w == "disregard*"
}

func (d *doc) cueAt(cu cue, i int) bool {
	for j, w := range cu.words {
		n := d.tok(i + j).Norm
		if stem, ok := strings.CutSuffix(w, "*"); ok {
			if !strings.HasPrefix(n, stem) {
				return false
			}
		} else if n != w {
			return false
		}
	}
	return true
}

// covered reports whether evs already hold an event from source to target.
func covered(evs []parley.Event, source, target string) bool {
	for _, e := range evs {
		if e.Source.ID == source && e.Target.ID == target {
			return true
		}
	}
	return false
}

// quoteAbout returns the actor a quotation before the speech verb at k is
// about, when the verb goes on with "of" or "about" a deed ("said of the
// Turkish air strikes") or ", referring to" one ("referring to the US
// strikes"): the actor named there, or the state of its adjective.
func (d *doc) quoteAbout(k, b int, speaker string) (string, int) {
	i := k + 1
	for i < b && i <= k+8 && !d.tok(i).Is("of", "about", "referring") {
		if d.tok(i).Is(".", ";") {
			return "", 0
		}
		i++
	}
	if i >= b || i > k+8 {
		return "", 0
	}
	if d.tok(i).Is("referring") {
		i++ // "referring to"
	}
	for j := i + 1; j < b && j <= i+5; j++ {
		if d.cover[j] < 0 {
			if d.tok(j).Is(".", ";", ",") {
				break
			}
			continue
		}
		m := d.in.Mentions[d.cover[j]]
		if len(m.Actors) == 1 && m.Actors[0] != speaker && !d.sameSide([]string{speaker}, m.Actors[0]) {
			return m.Actors[0], j
		}
		j = d.mentionEnd(j) - 1
	}
	return "", 0
}

// saidBySide reports whether an event in the words said, [k, to), already
// has the speaker's own side acting on target: "Peskov told reporters that
// Moscow regretted the US decision" is Russia's act, told by its
// spokesman, not a second one of his.
func (d *doc) saidBySide(found []parley.Event, speaker, target string, k, to int) bool {
	for _, e := range found {
		if e.Target.ID != target || e.Trigger.Start < d.tok(k).End || to < len(d.in.Tokens) && e.Trigger.Start >= d.tok(to).Start {
			continue
		}
		if d.sameSide([]string{speaker}, e.Source.ID) {
			return true
		}
	}
	return false
}

// saidActCoded reports whether the speaker's side already does an act of
// type typ in the words said, [k, to), coded from its own verb, and the
// targets are only the ones told, named between the speech verb and that
// act: the statement adds no second act at them.
func (d *doc) saidActCoded(found []parley.Event, speaker string, targets []string, typ parley.EventType, k, to int) bool {
	for _, e := range found {
		if e.Type != typ || e.Target.IsZero() || !strings.HasPrefix(e.Rule, "verb:") || e.Trigger.Start < d.tok(k).End ||
			to < len(d.in.Tokens) && e.Trigger.Start >= d.tok(to).Start || !d.sameSide([]string{speaker}, e.Source.ID) {
			continue
		}
		v := d.tokenAt(e.Trigger.Start)
		told := true
		for _, t := range targets {
			told = told && d.namedIn(t, k+1, v) && e.Target.ID != t
		}
		if told {
			return true
		}
	}
	return false
}

// actsInSaid reports whether target is the source of an event of type
// typ found in the words said, [k, to).
func (d *doc) actsInSaid(found []parley.Event, target string, typ parley.EventType, k, to int) bool {
	for _, e := range found {
		if e.Source.ID == target && e.Type == typ && e.Trigger.Start >= d.tok(k).End && (to >= len(d.in.Tokens) || e.Trigger.Start < d.tok(to).Start) {
			return true
		}
	}
	return false
}

// targetSpeaks reports whether cue cu, found in [from, to), is a verb of
// speech whose subject is the target named at at: "the European Union
// condemned", "Kyiv has welcomed". (A deed cue after a subject — "said
// Cambodian forces had violated the ceasefire" — stays the speaker's
// charge.)
func (d *doc) targetSpeaks(cu cue, at, from, to int) bool {
	if !speechCues[strings.TrimSuffix(cu.words[0], "*")] || at >= len(d.in.Tokens) || d.cover[at] < 0 {
		return false
	}
	e := d.mentionEnd(at)
	for e < to && d.tok(e).Is("had", "has", "have", "also", "strongly", "firmly", "publicly", "swiftly", "quickly") {
		e++
	}
	return e >= from && e < to && d.cueAt(cu, e)
}

// speechCues are the statement cues (their stems) that name an act of
// speech, whose subject speaks: not a deed the speaker charges.
var speechCues = map[string]bool{"condemn": true, "criticis": true, "criticiz": true, "deplor": true, "regret": true,
	"welcom": true, "prais": true, "thank": true, "commend": true, "congratulat": true, "applaud": true,
	"reject": true, "deni": true, "refus": true, "urged": true, "urges": true, "demand": true, "appeal": true,
	"blame": true}

// triggered reports whether one of evs fired on the word at sp.
func triggered(evs []parley.Event, sp parley.Span) bool {
	for _, e := range evs {
		if e.Trigger == sp {
			return true
		}
	}
	return false
}

// sayVerbAt reports whether token k introduces a reported statement:
// a speech verb, or "made" in "made clear/plain that".
func (d *doc) sayVerbAt(k int) bool {
	if sayVerbs[d.tok(k).Norm] {
		return true
	}
	if d.tok(k).Is("written") && k > 0 && d.tok(k-1).Is("has", "have", "had") && k+1 < len(d.in.Tokens) && d.tok(k+1).Is("to") {
		return true // "had written to Charles Michel to call for …" (not "a written statement")
	}
	return d.tok(k).Is("made") && k+2 < len(d.in.Tokens) && d.tok(k+1).Is("clear", "plain") && d.tok(k+2).Is("that")
}

// thatVerbAt reports whether token k is one of thatVerbs with "that" right
// after it ("out" only after "pointed").
func (d *doc) thatVerbAt(k int) bool {
	if !thatVerbs[d.tok(k).Norm] || d.tok(k).Is("out") && (k == 0 || !d.tok(k-1).Is("pointed", "points")) {
		return false
	}
	for j := k + 1; j < len(d.in.Tokens) && j <= k+5; j++ {
		if d.tok(j).Is("that") {
			return true
		}
		if !d.inDate(j) && !d.tok(j).Is("on", "in") {
			return false // ("replied on Wednesday that …")
		}
	}
	return false
}

// nextSayVerb returns the first speech verb in (from, to), or 0.
func (d *doc) nextSayVerb(from, to int) int {
	for i := from + 1; i < to; i++ {
		if d.cover[i] < 0 && !d.quoted[i] && sayVerbs[d.tok(i).Norm] {
			return i
		}
	}
	return 0
}

// firstSubject returns the first actor of tokens [a, end) not governed by
// a preposition: the subject of the sentence's first clause.
func (d *doc) firstSubject(a, end int) string {
	for i := a; i < end; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		start := d.mentionStart(i)
		if start > a && nonActorPreps[norm(d.tok(start-1))] || len(m.Actors) != 1 {
			i = d.mentionEnd(i) - 1
			continue
		}
		return m.Actors[0]
	}
	return ""
}

// commentator reports whether an actor speaks as an observer — an analyst,
// a scholar, a researcher at an institute — rather than for a government
// or an organisation: their views are not events.
func (d *doc) commentator(id string) bool {
	a, ok := d.actors[id]
	if ok && a.Kind == parley.Organization {
		return newspaper(a.Name) // "The New York Times said the strikes were illegal": an editorial view
	}
	if !ok || a.Kind != parley.Person {
		return false
	}
	if !a.Known && d.ofSchool(id) {
		return true // "Professor Jane Smith of King's College London": a private person
	}
	role := strings.ToLower(a.Role)
	for _, w := range []string{"director", "minister", "spokes", "official", "secretary", "chief", "head of", "president", "ambassador", "envoy", "senator", "lawmaker", "governor"} {
		if strings.Contains(role, w) {
			return false
		}
	}
	for _, w := range []string{"analyst", "expert", "professor", "scholar", "fellow", "lecturer", "researcher", "economist", "historian", "commentator", "scientist", "strategist", "observer", "teaches",
		"researches", "follows", "studies", "institute", "centre for", "center for", "university", "think tank",
		// private people: "billionaire investor George Soros", "footballer Marcus Rashford"
		"investor", "billionaire", "footballer", "player", "coach", "actor", "actress", "singer", "retired", "businessman",
		"businesswoman", "entrepreneur", "novelist", "columnist", "tycoon", "celebrity", "rapper", "musician", "athlete"} {
		if strings.Contains(role, w) {
			return true
		}
	}
	return false
}

// ofSchool reports whether a person the knowledge base does not know is
// named with a place of learning or research right after the name ("Dr Amy Park
// of Queen's University", "Jan Novak, of Charles University"): an
// academic, who speaks for no state.
func (d *doc) ofSchool(id string) bool {
	for mi, m := range d.in.Mentions {
		if len(m.Actors) != 1 || m.Actors[0] != id || mi+1 >= len(d.in.Mentions) {
			continue
		}
		j := d.tokenAt(m.Span.End)
		if d.tok(j).Is(",") {
			j++
		}
		if !d.tok(j).Is("of", "at", "from") {
			continue
		}
		for d.tok(j + 1).Is("the") {
			j++
		}
		if o, ok := d.mentionAt(j + 1); ok && len(o.Actors) == 1 {
			if a, ok := d.actors[o.Actors[0]]; ok && a.Kind == parley.Organization && schoolName(a.Name) {
				return true
			}
		}
	}
	return false
}

// schoolName reports whether an organisation's name is a university's, a
// college's, a school's, an institute's or an academy's ("the London
// School of Economics", "the Chinese Academy of Social Sciences").
func schoolName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == "university" || w == "college" || w == "school" || w == "institute" || w == "academy" {
			return true
		}
	}
	return false
}

// newspaper reports whether an organisation's name is a newspaper's: its
// last word is one newspapers take ("Times", "Daily", "Post").
func newspaper(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	switch f[len(f)-1] {
	case "times", "daily", "post", "herald", "gazette", "journal", "tribune", "telegraph", "chronicle", "newspaper":
		return true
	}
	return false
}

// conditionTarget returns the actor that opens an "if" or "unless" clause
// in tokens [from, to), other than the speaker and the speaker's state.
func (d *doc) conditionTarget(speaker string, from, to int) string {
	for i := from; i+1 < to; i++ {
		if !d.tok(i).Is("if", "unless") {
			continue
		}
		j := i + 1
		for j < to && d.tok(j).Is("the") {
			j++
		}
		if m, ok := d.mentionAt(j); ok && len(m.Actors) == 1 && m.Actors[0] != speaker && d.countryOf(m.Actors[0]) != d.countryOf(speaker) {
			if a, ok := d.actors[m.Actors[0]]; ok && (a.Kind == parley.State || a.Kind == parley.Organization) {
				return m.Actors[0] // a state or a body that could act; "if Navalny died" threatens no Navalny
			}
		}
	}
	return ""
}

// saidDeedDoer returns who did the deed that opens what was said — "the
// call with Zelensky was …", "the decision would not change …" — when an
// event told before is that deed, or "". A "told" skips its addressee
// first: "told lawmakers that the request was …".
func (d *doc) saidDeedDoer(k, from, to int, speaker string) string {
	i := d.afterAddressee(k, from, to)
	if d.tok(i).Is("at", "on", "in", "during") {
		// "said at the time that the attack …", "said in a statement
		// that …": past the phrase, to the clause its "that" opens
		for j := i + 1; j < to && j <= i+6 && d.tok(j).Kind == token.Word; j++ {
			if d.tok(j).Is("that") {
				i = j + 1
				break
			}
		}
	}
	if i+1 >= to || !d.tok(i).Is("the", "this", "that") || d.cover[i+1] >= 0 {
		return ""
	}
	noun := d.tok(i + 1).Norm
	kind, deed := deedNouns[noun]
	if !deed && !meetingNouns[noun] {
		return ""
	}
	// "the call with Zelensky": the one it was with is not who made it.
	with := ""
	if i+3 < to && d.tok(i+2).Is("with") {
		if m, ok := d.mentionAt(i + 3); ok && len(m.Actors) == 1 {
			with = m.Actors[0]
		}
	}
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if e.Trigger.Start >= d.tok(k).Start {
			continue
		}
		if here-d.sentenceIndex(e.Trigger.Start) > deedWindow && with == "" {
			break // (a meeting named with whom it was may be told anywhere before)
		}
		if e.Status == parley.Hypothetical || e.Status == parley.Negated || e.Source.IsZero() {
			continue
		}
		var doer string
		switch {
		case meetingNouns[noun] && e.Type == parley.Consult && with != "":
			doer = e.Source.ID
			if with == doer {
				doer = e.Target.ID
			} else if with != e.Target.ID {
				continue // another meeting
			}
		case deed && deedMatches(kind, e.Type) && (kind != deedAct || sameStem(noun, d.in.Text[e.Trigger.Start:e.Trigger.End]) || d.objectNounOf(&e, noun)) &&
			(kind != deedRuling || d.court(e.Source.ID)): // "said the ruling was unacceptable": a court's
			doer = e.Source.ID
		default:
			continue
		}
		if d.sameSide([]string{speaker}, doer) || d.ownState(speaker, doer) {
			return "" // one's own deed, or one's own state's
		}
		return doer
	}
	return ""
}

// objectNounOf reports whether noun names what e's trigger acted on, in
// the few words after it: "had granted him political asylum … the asylum
// granted to Glas".
func (d *doc) objectNounOf(e *parley.Event, noun string) bool {
	k := d.tokenAt(e.Trigger.Start)
	for i := k + 1; i < len(d.in.Tokens) && i <= k+4 && !d.stop(i); i++ {
		if d.tok(i).Norm == noun {
			return true
		}
	}
	return false
}

// meetingNouns name a meeting or a call told before.
var meetingNouns = map[string]bool{"call": true, "meeting": true, "talks": true, "visit": true, "summit": true, "conversation": true, "trip": true}

// afterAddressee returns where what was told begins after "told X that":
// the one told is not what the statement is about.
func (d *doc) afterAddressee(k, from, to int) int {
	i := from
	if d.tok(k).Is("wrote", "written", "writes", "said", "says", "stated", "declared", "complained") && i < to && d.tok(i).Is("to") {
		i++ // "wrote to Guterres that Russia had …": the one written to, as the one told
	} else if !d.tok(k).Is("told", "tells", "tell", "notified", "informed") {
		return from
	}
	if i < to && d.tok(i).Is("the") {
		i++
	}
	start := i
	for i < to && d.cover[i] >= 0 {
		i++
	}
	if i == start {
		return from
	}
	for j := i; j < to && j < i+4 && (d.tok(j).Upper && d.tok(j).Kind == token.Word || addresseeTitle[d.tok(j).Norm]); j++ {
		i = j + 1 // "wrote to the UN Secretary-General that …", "told the EU foreign policy chief that …": the title after the body
	}
	// "notified the Security Council on Thursday that …": a date may
	// stand between the one told and what they were told, and so may the
	// medium or the call it was told in ("told Sunak by telephone on
	// Monday that …", "told May in a telephone call on March 13 that …").
	for j := i; j < to && j <= i+9; j++ {
		if d.tok(j).Is("that") {
			return j + 1
		}
		if d.tok(j).Upper && d.tok(j).Kind == token.Word && d.tok(j-1).Is("in", "at") {
			continue // "told the Bundestag in Berlin that …": where it was told
		}
		if !d.inDate(j) && !d.tok(j).Is("on", "in", "at", "late", "early", "last") && !(j < i+6 && d.tok(j).Is("a", "the", "by", "over", "during", "their", "telephone", "phone", "video", "videoconference", "link", "via", "call", "conversation", "meeting")) {
			break
		}
	}
	return from
}

// homeAudience reports whether the one told, in tokens [from, told), is a
// body or people of the speaker's own country: "Merkel told the Bundestag
// that the annexation violated international law" speaks to an audience,
// not at it. (A foreign leader told is the one a warning is meant for:
// "told Putin that …".)
func (d *doc) homeAudience(speaker string, from, told int) bool {
	own := d.countryOf(speaker)
	if told <= from || own == "" {
		return false
	}
	for i := from; i < told; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[i]]
		if len(m.Actors) != 1 {
			return false
		}
		a, ok := d.actors[m.Actors[0]]
		return ok && a.Kind != parley.Person && a.Kind != parley.State && a.Country == own
	}
	return false
}

// addresseeTitle are the words of a title after the body an addressee serves.
var addresseeTitle = map[string]bool{"counterpart": true, "envoy": true, "ambassador": true, "chief": true, "foreign": true,
	"policy": true, "minister": true, "secretary": true, "secretary-general": true, "president": true, "head": true, "delegation": true}

// targetsOwnAct reports whether the cue found after the target mention
// ending at token at is the target's own verb — the target named, then at
// most an auxiliary, then the cue: "Kim had demanded", "Iran has
// rejected".
func (d *doc) targetsOwnAct(at, to int, cu cue) bool {
	if at >= len(d.in.Tokens) || d.cover[at] < 0 {
		return false // a deed's doer stands for the deed noun: "said the claims were baseless"
	}
	i := at + 1
	for i < to && i-at <= 3 && auxWords[d.tok(i).Norm] && !(d.cueAt(cu, i) && d.tok(i+1).Is("not", "never")) {
		i++
	}
	// ("said Russia would never accept …", "said Pyongyang would not
	// accept the offer": the refusal is theirs, not the speaker's)
	// ("said Russia would use force against civilians": Russia's measures)
	return i < to && d.cueAt(cu, i) && d.tok(i).Kind == token.Word && (cu.ifAimed || strings.HasSuffix(d.tok(i).Norm, "ed") || strings.HasSuffix(d.tok(i).Norm, "s") ||
		d.tok(i).Is("not", "never", "cannot", "will", "would", "does") && refusalVerb(cu)) && !d.tok(i).Is("obliged", "obligated", "needed", "deserved", "deserves") // ("Israel is obliged to", "Kyiv needed to": bidden; "Warsaw deserved credit": praised)
}

// addedThreat returns the threat in a quotation the speaker adds right
// after the words said ending at to: ", adding: “…”".
func (d *doc) addedThreat(to, b int) (cue, bool) {
	i := to
	for i < b && d.tok(i).Is(",", "and") {
		i++
	}
	if i >= b || !d.tok(i).Is("adding", "added", "warning", "warned") {
		return cue{}, false
	}
	// the quotation that follows
	qs := i + 1
	for qs < b && qs <= i+4 && !d.quoted[qs] {
		qs++
	}
	qe := qs
	for qe < b && d.quoted[qe] {
		qe++
	}
	if cu, ok := d.cueIn(qs, qe); ok && cu.typ == parley.Threaten {
		return cu, true // (cueIn ranks a threat above any other cue)
	}
	return cue{}, false
}

// culprits returns the doer of the deed of force told last, within
// deedWindow sentences before k, when [from, to) speaks of its doers
// unnamed — "those responsible", "those behind it", "the perpetrators" —
// and the token where they are named; "" when there is none, or the doer
// is the speaker's own side.
func (d *doc) culprits(k, from, to int, speaker string) (string, int) {
	at := -1
	for i := from; i < to; i++ {
		if d.tok(i).Is("those") && i+1 < to && d.tok(i+1).Is("responsible", "behind") || d.tok(i).Is("perpetrators", "culprits") {
			at = i
			break
		}
	}
	if at < 0 {
		return "", 0
	}
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return (e.Type == parley.Assault || e.Type == parley.Coerce) && e.Status == parley.Occurred &&
			here-d.sentenceIndex(e.Trigger.Start) <= deedWindow && !e.Source.IsZero()
	})
	if e == nil || d.sameSide([]string{speaker}, e.Source.ID) || d.countryOf(speaker) != "" && d.countryOf(speaker) == d.countryOf(e.Source.ID) {
		return "", 0 // (not "Putin said Russia would punish those responsible" of Russian shelling)
	}
	return e.Source.ID, at
}

// ultimatumTarget returns whom the speaker's side asked something of in
// the sentence of k or the two before, when the sentence [a, b) makes its
// threat hang on a condition ("if", "unless"); "" otherwise.
func (d *doc) ultimatumTarget(k, a, b int, speaker string) string {
	if !d.wordIn(a, b, "if", "unless") {
		return ""
	}
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		return e.Type == parley.Request && here-d.sentenceIndex(e.Trigger.Start) <= 2 && !e.Target.IsZero() &&
			e.Status != parley.Hypothetical && e.Status != parley.Negated && (e.Source.ID == speaker || d.sameSide([]string{speaker}, e.Source.ID))
	})
	if e == nil || d.sameSide([]string{speaker}, e.Target.ID) {
		return ""
	}
	return e.Target.ID
}

// quotedAsSaying returns the speaker of a quotation that an agency relays
// before "as saying" at k, and the quotation's tokens: "“We will
// retaliate,” KCNA quoted Kim Yo Jong as saying", "“…,” Peskov was quoted
// as saying by Interfax". The speaker is the one named right before "as"
// or before "was quoted", not the agency.
func (d *doc) quotedAsSaying(k, a int) (speakers []string, from, to int) {
	if !d.tok(k).Is("saying") || !d.tok(k-1).Is("as") {
		return nil, 0, 0
	}
	q := k - 2
	for q > a && q >= k-10 && !d.tok(q).Is("quoted", "cited") {
		q--
	}
	if q <= a || !d.tok(q).Is("quoted", "cited") {
		return nil, 0, 0
	}
	who := k - 2 // "quoted Kim Yo Jong as saying"
	if d.tok(q-1).Is("was", "were", "is", "has", "had") {
		who = q - 2 // "Peskov was quoted as saying"
		if d.tok(who).Is("been") {
			who--
		}
	}
	if d.cover[who] < 0 || len(d.in.Mentions[d.cover[who]].Actors) != 1 {
		return nil, 0, 0
	}
	// The quotation ends just before the clause that relays it.
	end := q - 1
	for end > a && end >= q-12 && !d.quoted[end] {
		if d.sayVerbAt(end) {
			return nil, 0, 0
		}
		end--
	}
	if end <= a || !d.quoted[end] {
		return nil, 0, 0
	}
	start := end
	for start > a && d.quoted[start-1] {
		start--
	}
	return d.in.Mentions[d.cover[who]].Actors, start, end + 1
}

// provoker returns whom a threat naming no one at k answers: the one the
// speaker's side rebuked or penalised earlier in the sentence ("condemned
// the expulsions by the United States and said Russia would respond"),
// else the doer of the latest hostile act aimed at the speaker's side,
// told in this sentence or the one before ("Iran seized a British tanker.
// Britain warned of serious consequences"); "" when there is none.
func (d *doc) provoker(k int, speaker string) string {
	side := []string{speaker}
	here := d.sentenceIndex(d.tok(k).Start)
	e := d.lastBefore(k, func(e *parley.Event) bool {
		if e.Status != parley.Occurred || e.Source.IsZero() || e.Target.IsZero() || here-d.sentenceIndex(e.Trigger.Start) > 1 {
			return false
		}
		switch e.Type {
		case parley.Accuse, parley.Sanction, parley.Protest, parley.Reject:
			if d.sameSide(side, e.Source.ID) || d.ownState(speaker, e.Source.ID) {
				return here == d.sentenceIndex(e.Trigger.Start) && !d.sameSide(side, e.Target.ID)
			}
		}
		switch e.Type {
		case parley.Assault, parley.Coerce, parley.Sanction, parley.Threaten:
			return (d.sameSide(side, e.Target.ID) || d.ownState(speaker, e.Target.ID)) && !d.sameSide(side, e.Source.ID)
		}
		return false
	})
	if e == nil {
		return ""
	}
	if d.sameSide(side, e.Target.ID) || d.ownState(speaker, e.Target.ID) {
		return e.Source.ID
	}
	return e.Target.ID
}

// ofType returns the events of evs of type typ.
func ofType(evs []parley.Event, typ parley.EventType) []parley.Event {
	var out []parley.Event
	for _, e := range evs {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

// factDenied reports whether the words said in [from, to) deny a past
// fact: "the aircraft had never left Syrian airspace", "its troops did
// not cross the border" (not a refusal to come: "would not withdraw").
func (d *doc) factDenied(from, to int) bool {
	for i := from; i < to && i < from+12; i++ {
		if d.tok(i).Is("never") && i > from && d.tok(i-1).Is("had", "has", "have", "was", "were") ||
			d.tok(i).Is("not", "n't") && i > from && d.tok(i-1).Is("had", "has", "have", "did", "was", "were") {
			return !d.doubtAfter(i + 1)
		}
	}
	return false
}

// doubtAfter reports whether the words from i leave a fact open rather
// than deny it: "it was not yet clear whether the pilot had hit the drone".
func (d *doc) doubtAfter(i int) bool {
	for i < len(d.in.Tokens) && d.tok(i).Is("yet", "immediately", "entirely", "fully", "quite") {
		i++
	}
	return i < len(d.in.Tokens) && d.tok(i).Is("clear", "certain", "sure", "known", "aware", "possible")
}

// recentAccuser returns who charged the speaker's side with something
// in the sentences just before k: the one a denial answers.
func (d *doc) recentAccuser(k int, speaker string) string {
	e := d.recentCharge(k, speaker)
	if e == nil {
		return ""
	}
	if a := d.actors[e.Source.ID]; strings.HasPrefix(speaker, "state:") && a != nil && a.Role == "government body" && a.Country != "" &&
		d.actors["state:"+a.Country] != nil && "state:"+a.Country != speaker {
		// A state answers the state whose organ charged it: "The Turkish
		// General Staff said the jet had violated its airspace … Moscow
		// insisted …" answers Turkey.
		return "state:" + a.Country
	}
	return e.Source.ID
}

// recentCharge returns the accusation of the speaker's side told in the
// two sentences before k, or nil.
func (d *doc) recentCharge(k int, speaker string) *parley.Event {
	side := []string{speaker}
	here := d.sentenceIndex(d.tok(k).Start)
	return d.lastBefore(k, func(e *parley.Event) bool {
		return e.Type == parley.Accuse && e.Status == parley.Occurred && !e.Source.IsZero() && !e.Target.IsZero() &&
			here-d.sentenceIndex(e.Trigger.Start) <= 2 && here > d.sentenceIndex(e.Trigger.Start) &&
			(d.sameSide(side, e.Target.ID) || d.ownState(speaker, e.Target.ID)) && !d.sameSide(side, e.Source.ID)
	})
}

// restatesCharge reports whether what the accused said in [from, to)
// takes up a word of the charge told before, so that its "had not" denies
// it: "accused China of violating its waters … Beijing said its ships had
// not entered Indonesian waters" (not "accused Russia of poisoning the
// spy … Moscow said it had not yet received the note").
func (d *doc) restatesCharge(k, from, to int, speaker string) bool {
	e := d.recentCharge(k, speaker)
	if e == nil {
		return false
	}
	charged := map[string]bool{}
	for i := d.tokenAt(e.Trigger.End); i < len(d.in.Tokens) && d.tok(i).Start < e.Evidence.Span.End; i++ {
		if w := d.tok(i).Norm; len(w) >= 4 && d.cover[i] < 0 && !chargeFillers[w] {
			charged[stem(w, verbEndings)] = true
		}
	}
	for i := from; i < to; i++ {
		if w := d.tok(i).Norm; len(w) >= 4 && d.cover[i] < 0 && !chargeFillers[w] && charged[stem(w, verbEndings)] {
			return true
		}
	}
	return false
}

// chargeFillers are words too common to tie a denial to a charge.
var chargeFillers = map[string]bool{"said": true, "that": true, "with": true, "from": true, "this": true, "have": true,
	"been": true, "were": true, "would": true, "their": true, "into": true, "over": true, "after": true, "against": true,
	"about": true, "which": true, "also": true, "more": true, "than": true, "they": true, "them": true, "there": true,
	"these": true, "those": true, "what": true, "when": true, "while": true, "week": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "country": true, "government": true}

// otherNamedIn reports whether tokens [a, b) name an actor other than
// id and its state by name, not by an adjective ("Syrian airspace").
func (d *doc) otherNamedIn(a, b int, id string) bool {
	for i := a; i < b; i++ {
		if d.cover[i] < 0 {
			continue
		}
		if m := d.in.Mentions[d.cover[i]]; m.Via != parley.ViaAdjective && d.otherActorIn(i, i+1, id) {
			return true
		}
		i = d.mentionEnd(i) - 1
	}
	return false
}

// othersDemandAt reports whether the demand or appeal at i is a noun for
// one another made — "Chile's demands", "the Saudi demands", "the
// latest appeal" — or one given up ("dropped its demand"), not the
// speaker's own ("demanded", "we demand").
func (d *doc) othersDemandAt(i int) bool {
	n := d.tok(i).Norm
	if i == 0 || !(strings.HasPrefix(n, "demand") || strings.HasPrefix(n, "appeal")) || strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ing") {
		return false
	}
	p := d.tok(i - 1)
	if i >= 2 && p.Is("earlier", "previous", "past", "prior", "original", "initial", "main", "key") {
		p = d.tok(i - 2) // "the Council's earlier demands"
		i--
	}
	if d.possessiveAt(i-1) || p.Is("the", "these", "those", "such", "latest", "fresh", "repeated") {
		return true
	}
	if i >= 2 && p.Is("its", "their", "his", "her", "our", "a") && d.tok(i-2).Is("drop", "dropped", "dropping", "abandon", "abandoned",
		"withdraw", "withdrew", "withdrawn", "waive", "waived", "shelve", "shelved") {
		return true // "ready to drop its demand": a demand given up
	}
	return d.cover[i-1] >= 0 && d.in.Mentions[d.cover[i-1]].Via == parley.ViaAdjective && !d.tok(i+1).Is("that")
}

// claimJudgedAt reports whether the cue at i is the predicate of a claim
// or an offer named in the words said from token from: a form of "be"
// before it, an adverb or an article between, and a noun of claiming or
// offering in the words before that ("Kyiv's peace plan was
// unrealistic", "the US charges were completely false", "Pristina's
// demands were a non-starter").
func (d *doc) claimJudgedAt(i, from int) bool {
	for j := i - 1; j > from && j >= i-3; j-- {
		t := d.tok(j)
		if t.Is("is", "are", "was", "were", "been", "could", "can", "would", "will") { // ("the protest could not be accepted")
			for n := j - 1; n >= from && n >= j-6 && !d.tok(n).Is(",", "that", "and"); n-- {
				if claimNouns[d.tok(n).Norm] || offerNouns[d.tok(n).Norm] {
					return true
				}
			}
			return false
		}
		if !t.Is("a", "an", "completely", "totally", "entirely", "utterly", "patently", "simply", "absolutely", "wholly",
			"clearly", "obviously", "quite", "just", "so", "also", "both", "categorically", "manifestly", "“", "\"", "‘") {
			return false
		}
	}
	return false
}

// offerNouns name what one side puts to another, which the other may
// refuse: "the proposal was unacceptable".
var offerNouns = map[string]bool{"proposal": true, "proposals": true, "offer": true, "offers": true, "plan": true,
	"demand": true, "demands": true, "conditions": true, "terms": true, "text": true, "draft": true, "ultimatum": true,
	"request": true, "requests": true, "initiative": true, "suggestion": true, "suggestions": true, "formula": true,
	// and claims besides claimNouns: "the Philippine account was false"
	"account": true, "version": true, "charge": true, "charges": true, "denial": true, "denials": true,
	"remarks": true, "statement": true, "narrative": true,
	// and what one side lodges with the other: "Seoul's protest could not be accepted"
	"protest": true, "protests": true, "complaint": true, "complaints": true}

// opensSaid reports whether the actor named at token at opens the words
// said from token from, as the subject or its owner: "Sweden's decision
// …", "the Sudanese move …", "Hanoi had taken …".
func (d *doc) opensSaid(at, from int) bool {
	for j := from; j < at && j < from+6; j++ {
		if d.tok(j).Is("that") {
			from = j + 1 // "said on Friday that …"
			break
		}
		if !d.inDate(j) && !d.tok(j).Is("on", "in", ",") {
			break
		}
	}
	if at >= len(d.in.Tokens) || d.cover[at] < 0 {
		// the doer of a deed told before ("said the decision was …"), but
		// not a meeting's partner ("said the talks had been constructive")
		return at == from+1 && !meetingNouns[d.tok(at).Norm]
	}
	ms := d.mentionStart(at)
	return ms == from || ms == from+1 && d.tok(from).Is("the", "this", "that")
}

// penaltyAfter reports whether a noun of penalty stands in the four
// words from i: "face new sanctions", "face tariffs of 25 percent", "face
// a military response".
func (d *doc) penaltyAfter(i int) bool {
	for j := i; j < len(d.in.Tokens) && j < i+4; j++ {
		if d.tok(j).Is("sanctions", "tariffs", "penalties", "punishment", "retaliation", "reprisals", "repercussions",
			"response", "action", "measures", "countermeasures", "consequences", "revenge", "vengeance", "retribution", "wrath") {
			return true
		}
		if d.tok(j).Is(",", ".", ";", "if", "unless") {
			return false
		}
	}
	return false
}

// warnedBefore reports whether the actor named at token at stands before
// the threat cu found up to token to, and not as a place or the one
// protected, after "to", "in", "on" or "against" ("any attack on Taiwan
// would be met with …").
func (d *doc) warnedBefore(at, to int, cu cue) bool {
	if at >= len(d.in.Tokens) || d.cover[at] < 0 {
		return false
	}
	if ms := d.mentionStart(at); ms > 0 && d.tok(ms-1).Is("to", "in", "into", "inside", "on", "upon", "against") {
		return false
	}
	return d.cueBetween(cu, at+1, to)
}

// offeredAt reports whether the verb at k is offered by its subject —
// "ready to", "willing to", "prepared to" right before it ("stands ready
// to lift", "was prepared to withdraw its objection") — with no other
// word of doubt from token from: a concession announced, not imagined
// ("if Moscow were willing to …").
func (d *doc) offeredAt(from, k int) bool {
	if k < 2 || !d.tok(k-1).Is("to") || !d.tok(k-2).Is("ready", "willing", "prepared", "readiness", "willingness") {
		return false
	}
	a, _ := d.tokensOf(d.sentenceAround(k))
	for i := a; i < k-2; i++ {
		if d.cover[i] < 0 && (hypotheticalCues[d.tok(i).Norm] || negationCues[d.tok(i).Norm]) {
			return false
		}
	}
	return true
}

// shortQuoteBefore returns the tokens [start, end) of a quotation that
// opens sentence [a, …) and closes with a comma right before the speech
// verb at k or its subject ("“…,” Netanyahu said", "“…,” said
// Netanyahu"), when the quotation finder left it unmarked; start == end
// when there is none.
func (d *doc) shortQuoteBefore(k, a int) (int, int) {
	j := k - 1
	if j >= a && d.cover[j] >= 0 {
		j = d.mentionStart(j) - 1 // the speaker before the verb
	}
	closeAt := -1
	for i := j; i >= a && i >= j-1; i-- {
		if quoteMarks[d.tok(i).Text] {
			closeAt = i
			break
		}
	}
	if closeAt <= a+1 || !quoteMarks[d.tok(a).Text] || !d.tok(closeAt-1).Is(",") && !d.tok(closeAt+1).Is(",") {
		return 0, 0
	}
	for i := a + 1; i < closeAt; i++ {
		if quoteMarks[d.tok(i).Text] || d.quoted[i] {
			return 0, 0 // more than one quotation, or one found already
		}
	}
	return a + 1, closeAt
}

// quoteMarks open or close a quotation.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true}

// ifActorBefore reports whether the cue at i comes after an "if" or
// "unless" whose clause an actor opens, in the words from token from,
// and with "will" or "would" near it: "If Kyiv attacks Crimea, the
// response will be devastating", "Seoul would regret it if it …" (not "if
// needed").
func (d *doc) ifActorBefore(i, from int) bool {
	modal := false
	for j := max(from, i-4); j < i+4 && j < len(d.in.Tokens); j++ {
		modal = modal || d.tok(j).Is("will", "would", "'ll", "shall")
	}
	if !modal {
		return false
	}
	for j := from; j+1 < len(d.in.Tokens) && j < i+12; j++ {
		if !d.tok(j).Is("if", "unless", "should") || j == i {
			continue
		}
		n := j + 1
		if d.tok(n).Is("the", "any") {
			n++
		}
		if m, ok := d.mentionAt(n); ok && len(m.Actors) == 1 {
			return true
		}
	}
	return false
}

// actorThenTo reports whether an actor is named from token i, after at
// most "the", and "to" follows its name: "Berlin to pay", "the junta to
// free".
func (d *doc) actorThenTo(i int) bool {
	if i < len(d.in.Tokens) && d.tok(i).Is("the") {
		i++
	}
	m, ok := d.mentionAt(i)
	if !ok || len(m.Actors) != 1 || m.Via == parley.ViaPronoun {
		return false
	}
	e := d.mentionEnd(i)
	// (not "up to Japan to decide": a choice left, not an act asked)
	return e+1 < len(d.in.Tokens) && d.tok(e).Is("to") && !d.tok(e+1).Is("decide", "determine", "choose", "judge", "say")
}

// claimantBefore reports whether the actor whose name starts at token ms
// may be the one who made the claim or the offer judged by cu, found
// before token to: named before the cue, as its owner ("Kyiv's plan",
// "the report by Amnesty", "the demands of Sweden"), not as what the
// claim is about or against ("the claims about Israel", "accusations
// against Iran").
func (d *doc) claimantBefore(ms, to int, cu cue) bool {
	if ms > 0 && d.tok(ms-1).Is("about", "against", "on", "to", "for", "over", "at", "towards", "toward") {
		return false
	}
	return d.cueBetween(cu, ms+1, to)
}

// biddenAt reports whether the cue cu stands right after the actor named
// at token at, an adverb apart at most: "Sweden had to", "Kyiv still
// needed to".
func (d *doc) biddenAt(at int, cu cue) bool {
	if at >= len(d.in.Tokens) || d.cover[at] < 0 {
		return false
	}
	i := d.mentionEnd(at)
	if d.tok(i).Is("also", "still", "now", "first", "simply", "just") {
		i++
	}
	return d.cueAt(cu, i)
}

// thingBindsModal reports whether the modal of obligation cu after token
// at has a common noun for its subject, right before it (past adverbs
// and auxiliaries): "Cooperation with Iran in the areas not covered by
// this resolution must not suffer", "the solution … must come from the
// Libyans" — no actor is bidden. A state's troops, bases or officials
// in that subject bind the state ("French military bases in his country
// would soon have to close").
func (d *doc) thingBindsModal(cu cue, at, to int) bool {
	for i := at + 1; i < to; i++ {
		if !d.cueAt(cu, i) {
			continue
		}
		j := i - 1
		for j > at && (auxWords[d.tok(j).Norm] || d.tok(j).Is("soon", "then", "also", "still", "now", "eventually", "ultimately", "first", "finally", "not", "to", "going") || strings.HasSuffix(d.tok(j).Norm, "ly")) {
			j--
		}
		p := d.tok(j)
		if j <= at || d.cover[j] >= 0 || p.Kind != token.Word || p.Upper ||
			p.Is("who", "that", "which", "and", "or", "can", "they", "we", "it", "he", "she", "you", "i") {
			return false
		}
		for h := j; h > at && j-h <= 8 && !d.tok(h).Is(",", "that", ";"); h-- {
			if d.tok(h).Is(bindingHeads...) {
				return false
			}
		}
		return true
	}
	return false
}

// bindingHeads in the subject of a modal bind the state or body they
// belong to: "French troops must leave", "the Iranian side must".
var bindingHeads = []string{"troops", "forces", "soldiers", "bases", "base", "diplomats", "personnel", "military", "government",
	"authorities", "side", "leaders", "officials", "embassy", "ambassador"}

// notBiddenAt reports whether what follows a modal of obligation at j
// asks no act of the one named before it: a frame of mind ("should know",
// "should no longer expect") or a passive of judgement or leave ("should
// be tried at home", "must not be allowed to"). Other passives and states
// may still ask an act ("sectors that should be off-limits to
// cyberattacks", "the roads should be reopened").
func (d *doc) notBiddenAt(j int) bool {
	for j < len(d.in.Tokens) && d.tok(j).Is("not", "n't", "no", "longer", "also", "still", "never") {
		j++
	}
	return j < len(d.in.Tokens) && (d.tok(j).Is("know", "expect", "understand", "realise", "realize") || d.tok(j).Is("be") && j+1 < len(d.in.Tokens) && d.tok(j+1).Is("tried", "investigated", "prosecuted", "punished", "expected", "allowed"))
}

// modalCue reports whether cu is a modal of obligation ("must",
// "should", "has to"), which binds the one named right before it.
func modalCue(cu cue) bool {
	switch strings.Join(cu.words, " ") {
	case "must", "should", "has to", "have to", "needs to", "need to", "ought to":
		return true
	}
	return false
}

// cueBetween reports whether cue cu starts at a token in [from, to).
func (d *doc) cueBetween(cu cue, from, to int) bool {
	for i := from; i < to; i++ {
		if d.cueAt(cu, i) {
			return true
		}
	}
	return false
}

// refusalVerb reports whether cu refuses by a verb of its own — "not
// accept", "would not accept", "never bow" — whose subject refuses (not
// "not for sale", said of what is refused).
func refusalVerb(cu cue) bool {
	for _, w := range cu.words {
		switch w {
		case "accept", "comply", "bow", "yield", "give", "submit", "succumb", "back", "recognise", "recognize", "agree", "be":
			return true
		}
	}
	return false
}

// notMeetings returns the events of evs other than meetings and calls.
func notMeetings(evs []parley.Event) []parley.Event {
	var out []parley.Event
	for _, e := range evs {
		if e.Type != parley.Consult {
			out = append(out, e)
		}
	}
	return out
}

// sameClauseOrType is wordsOrOfType less the words of another type told
// in an earlier clause, before cs: "demanded that Meng be released and
// warned of serious consequences if she was not" is a demand and a threat.
func (d *doc) sameClauseOrType(evs []parley.Event, typ parley.EventType, cs int) []parley.Event {
	var out []parley.Event
	for _, e := range wordsOrOfType(evs, typ) {
		if e.Type == typ || material[e.Type] || e.Trigger.Start >= d.tok(cs).Start {
			out = append(out, e)
		}
	}
	return out
}

// wordsOrOfType returns the events of evs that a statement of type typ
// would double: acts of words, and deeds of its own type. A deed of
// another type leaves the words said with it their own event: "expelled
// 15 officials, saying they were intelligence officers" is a penalty and
// a charge.
func wordsOrOfType(evs []parley.Event, typ parley.EventType) []parley.Event {
	var out []parley.Event
	for _, e := range notMeetings(evs) {
		if !material[e.Type] || e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

// clauseBetween reports whether a new clause opens in [a, b): "but",
// "that", "while", "who", ";", or "and" before a verb ("welcomed the
// talks and warned that …", not "the open and trusting nature").
func (d *doc) clauseBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if d.tok(i).Is("but", "that", "while", "although", "whereas", ";", "who", "which") {
			return true
		}
		if d.tok(i).Is("and") && i+1 < b && (d.finiteVerbAt(i+1) || d.sayVerbAt(i+1)) {
			return true
		}
	}
	return false
}
