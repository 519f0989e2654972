package event

import (
	"slices"
	"strings"

	"parley"
	"parley/nlp/token"
)

// Guards rule out readings of a trigger that the words after it show to be
// something else. Each takes the trigger's token index.

// phoneCall accepts "called X" as a telephone call: not "called off",
// "called for", "called on", "called up", nor "called X a liar" or "called
// it a step", where "call" names or judges rather than phones.
func phoneCall(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k >= 2 && d.tok(k-2).Is("what") {
		return false // "condemned what it called China's actions"
	}
	if k+1 >= n || d.tok(k+1).Is("off", "for", "on", "upon", "up", "it", "the", "this", "that", "them", "him", "her", "what", "a", "an", "out", "in", "back", "into", "to", "their", "his", "its", "our", "your", "my", "itself", "themselves") {
		return false
	}
	// The one called must follow at once ("called Putin", "phoned the
	// Ukrainian president"), and no noun phrase after them: "called Putin
	// a killer", "talks both sides call constructive".
	i := actorAt(d, k+1, "the")
	if i < 0 {
		return false
	}
	i = d.afterMentions(i)
	if i < n && d.possessiveAt(i) || calledCensure(d, k) {
		return false // "called Petro's handling of the dispute reckless", "called Maduro a dictator"
	}
	if i+1 < n && d.tok(i).Is("one") && d.tok(i+1).Is("of") {
		return false // "called Syria one of the most oppressive regimes": a naming
	}
	return i >= n || !d.tok(i).Is("a", "an", "the", "his", "her", "their", "its", "\"", "“")
}

// calledCensure accepts "called X <a word of censure>": "called the
// decision unjustified", "called Putin a war criminal", "called the
// discharge an irresponsible act". The censure must come within the
// clause, a few words on; "called on", "called for" and "called off" are
// other verbs.
func calledCensure(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if !namesWhatFollows(d, k) {
		return false
	}
	naming := false // "described China's blocking of the boats as dangerous": the "as" of the naming
	for i := k + 2; i < n && i <= k+12; i++ {
		t := d.tok(i)
		if t.Is("as") && !naming && d.tok(k).Is("described", "describes", "describe", "describing", "regarded", "regards", "regard", "considered", "considers", "consider") {
			naming = true
			continue
		}
		if d.stop(i) || t.Is(";", "that", "and", "but", "after", "as", "because", "when", "while") && i > k+6 {
			return false
		}
		if t.Is("to") && i+1 < n && (d.verbTrigger[i+1] || d.tok(i+1).Is("discuss", "talk", "explain", "express")) {
			return false // "called the ambassador to discuss …": a call, no naming
		}
		if t.Is("victim", "victims") || justifyingWords[t.Norm] {
			return false // "describing him as a victim of anti-democratic harassment", "a legitimate response to terrorism": the rebuke is of others
		}
		if censureWords[t.Norm] || strings.HasSuffix(t.Norm, "s") && censureWords[strings.TrimSuffix(t.Norm, "s")] {
			return true // ("fascists", "thugs")
		}
		if t.Is("war") && d.tok(i-1).Is("of") && d.tok(i-2).Is("act", "declaration") {
			return true // "described the landing as an act of war"
		}
	}
	return false
}

// asWorkOf accepts a naming verb whose "as" calls its object the work of
// an actor named after "by" or "from": "dismissed the protests as
// organised from Belgrade".
func asWorkOf(d *doc, k int) bool { return d.workOfActor(k) != nil }

// workOfActor returns the actor asWorkOf finds behind the deed, or nil.
func (d *doc) workOfActor(k int) []string {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+10 && !d.stop(i) && !d.tok(i).Is(","); i++ {
		if !d.tok(i).Is("as") {
			continue
		}
		j := i + 1
		if j < n && d.tok(j).Is("being", "having", "been") {
			j++
		}
		if j+2 < n && workParticiples[d.tok(j).Norm] && d.tok(j+1).Is("by", "from") {
			if a := actorAt(d, j+2, "the"); a >= 0 {
				m, _ := d.mentionAt(a)
				return m.Actors
			}
			for _, p := range d.in.Places {
				if p.Capital && d.tokenAt(p.Span.Start) == j+2 && d.actors["state:"+p.Country] != nil {
					return []string{"state:" + p.Country} // "organised from Belgrade": the government seated there
				}
			}
		}
		return nil
	}
	return nil
}

// workParticiples say whose doing a deed was.
var workParticiples = map[string]bool{"organised": true, "organized": true, "orchestrated": true, "instigated": true,
	"inspired": true, "funded": true, "financed": true, "engineered": true, "staged": true, "manipulated": true,
	"sponsored": true, "directed": true, "masterminded": true, "bankrolled": true, "fomented": true, "stirred": true}

// dismissedActorAs accepts "dismissed" with an actor right after it and
// "as" after the actors: "dismissed France and Germany as 'old Europe'"
// belittles them; "dismissed the claims as false" refuses a claim.
func dismissedActorAs(d *doc, k int) bool {
	if !notNoun(d, k) || k+1 >= len(d.in.Tokens) {
		return false
	}
	i := k + 1
	if d.tok(i).Is("the") {
		i++
	}
	m, ok := d.mentionAt(i)
	if !ok || len(m.Actors) == 0 {
		return false
	}
	for j := d.mentionEnd(i); j < len(d.in.Tokens) && j <= i+12 && !d.stop(j); j++ {
		switch {
		case d.tok(j).Is("as"):
			return true
		case d.cover[j] >= 0 || d.tok(j).Is("and", ",", "the"):
			continue
		default:
			return false
		}
	}
	return false
}

// firedOn accepts "fire" with no weapon named when "on" or "at" follows
// the verb at once ("fired on a Russian helicopter", "will fire at
// intruders"): not a fire noun ("a fire at the plant", "came under fire
// from"), nor "fired" as dismissed ("fired the minister"), nor words fired
// at a person ("Trump fired at Biden in a speech").
func firedOn(d *doc, k int) bool {
	t := d.tok(k)
	verb := t.Is("fired", "firing") || t.Is("fire") && k > 0 && d.tok(k-1).Is("to", "will", "would", "could", "might", "may", "did", "not")
	return verb && notNoun(d, k) && k+1 < len(d.in.Tokens) && d.tok(k+1).Is("on", "at", "upon") && !attackedInWords(d, k+1)
}

// notBareDown refuses "down" itself, an adverb in news prose ("shot
// down", "stepped down"), for its verb forms ("downed", "downing").
func notBareDown(d *doc, k int) bool {
	return !d.tok(k).Is("down")
}

// calledChargeFalse accepts "called" or "described" a charge made before
// false: "called the accusations baseless", "described Russia's claims as
// lies". A refusal of the charge, aimed at whoever made it, not a rebuke.
func calledChargeFalse(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if !namesWhatFollows(d, k) {
		return false
	}
	claim := 0
	for i := k + 1; i < n && i <= k+4 && claim == 0; i++ {
		if d.tok(i).Is("accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges") {
			claim = i
		}
	}
	if claim == 0 || claim+1 < n && d.tok(claim+1).Is("of", "that", "about", "against") {
		return false // "called accusations of genocide against Israel …": the charge is the subject's own
	}
	for i := claim + 1; i < n && i <= claim+5; i++ {
		if d.stop(i) || d.tok(i).Is(";", "that", "but", "because") {
			return false
		}
		if d.tok(i).Is("absurd", "baseless", "groundless", "unfounded", "false", "untrue", "lies", "lie", "fabricated", "fabrication",
			"fabrications", "nonsense", "ridiculous", "fake", "slander", "slanderous", "smear", "propaganda", "disinformation", "preposterous") {
			return true
		}
	}
	return false
}

// namesWhatFollows reports whether "called" or "described" at k takes
// the words after it as what it names: not "called on", "called for",
// "called off", "called it".
func namesWhatFollows(d *doc, k int) bool {
	if d.tok(k+1).Is("it") && d.tok(k+2).Is("a", "an", "\"", "“") {
		return true // "called it a courageous decision": the deed told before
	}
	return k+1 < len(d.in.Tokens) && !d.tok(k+1).Is("on", "upon", "for", "off", "up", "out", "back", "in", "it")
}

// calledPraise accepts "called X" or "described X as" with words of
// praise a few words on: "described Argentina as a strategic partner".
func calledPraise(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if !namesWhatFollows(d, k) {
		return false
	}
	praised := false
	for i := k + 2; i < n && i <= k+10; i++ { // ("described Argentina's move as a step in the right direction")
		t := d.tok(i)
		if d.stop(i) || t.Is(";", "that", "but", "because") {
			break
		}
		if censureWords[t.Norm] {
			return false // "a historic injustice"
		}
		// ("a constructive step" praises a deed done; "described the
		// proposal as constructive" only weighs an offer)
		praised = praised || praiseWords[t.Norm] || t.Is("constructive") && d.tok(i+1).Is("step", "move", "gesture", "sign", "signal")
	}
	return praised
}

// praiseWords, after "called X" or "described X as", make the naming
// praise.
var praiseWords = map[string]bool{"partner": true, "partners": true, "friend": true, "friends": true, "ally": true,
	"allies": true, "brother": true, "brothers": true, "model": true, "reliable": true, "trustworthy": true,
	"indispensable": true,
	// a deed named: "called the release a positive step"
	"courageous": true, "historic": true, "positive": true, "commendable": true,
	"breakthrough": true, "milestone": true, "landmark": true,
	// "called the release a welcome gesture",
	// "an encouraging sign", "a step in the right direction", "a step forward"
	"encouraging": true, "welcome": true, "goodwill": true, "promising": true,
	"hopeful": true, "good": true, "direction": true, "forward": true,
	// "described China as a friendly nation", "called González the
	// president-elect": a standing granted
	"friendly": true, "president-elect": true,
	// "called the decision a clear signal of hope", "a victory for Ukraine"
	"hope": true, "victory": true}

// justifyingWords, in a naming, justify the deed named: what follows them
// ("a legitimate response to terrorism") blames others, not it.
var justifyingWords = map[string]bool{"legitimate": true, "justified": true, "lawful": true, "proportionate": true}

// censureWords, after "called X", make the naming a rebuke.
var censureWords = map[string]bool{"unacceptable": true, "unjustified": true, "unjustifiable": true,
	"disrespectful": true, "incompetent": true, "corrupt": true, "unfit": true, "ungrateful": true, "arrogant": true,
	"traitor": true, "puppet": true, "warmonger": true, "fascist": true, "racist": true, "delusional": true,
	"illegal": true, "illegitimate": true, "unlawful": true, "irresponsible": true, "provocative": true,
	"provocation": true, "senseless": true, "irrational": true, "absurd": true, "baseless": true,
	"groundless": true, "unfounded": true, "outrageous": true, "shameful": true, "disgraceful": true,
	"reckless": true, "hostile": true, "treasonous": true, "criminal": true, "criminals": true,
	"barbaric": true, "cowardly": true, "disproportionate": true, "violation": true, "betrayal": true,
	"aggression": true, "crime": true, "terrorist": true, "terrorists": true, "sham": true, "farce": true,
	"insult": true, "interference": true, "meddling": true, "blackmail": true, "hypocritical": true,
	"selfish": true, "unconstitutional": true, "lies": true, "propaganda": true, "deplorable": true,
	"appalling": true, "heinous": true, "inadmissible": true, "destabilising": true, "destabilizing": true,
	"killer": true, "murderer": true, "dictator": true, "thug": true, "liar": true, "hypocrisy": true,
	"irresponsibly": true, "dangerous": true, "aggressive": true, "threat": true, "invalid": true,
	"void": true, "regrettable": true, "mistake": true, "disaster": true, "catastrophe": true, "invasion": true,
	"extortion": true, "theft": true, "robbery": true, "piracy": true, "apartheid": true,
	"nazism": true, "fascism": true, // "called the Dutch government “remnants of Nazism”"
	"occupation": true, "annexation": true, "genocide": true, "massacre": true, "atrocity": true, "atrocities": true,
	"escalation": true, "breach": true, "coup": true, "grab": true, "motivated": true, "persecution": true,
	"witch-hunt": true, "lawfare": true, "attack": true, "assault": true, "blow": true, "nazi": true, "bandit": true,
	// "called the decision wrong", "called the government a dictatorship"
	"wrong": true, "mistaken": true, "unwarranted": true, "uncalled": true, "injustice": true, "dictatorship": true, "tyranny": true, "stab": true, "adventurism": true,
	// "described the move as an unfriendly act", "called the raid an authoritarian act"
	"unfriendly": true, "authoritarian": true,
	// "called Syria one of the most oppressive regimes in the world"
	"oppressive": true, "repressive": true, "tyrannical": true, "brutal": true,
	// "called the withdrawal an overreaction", "described the tariffs as misguided"
	"overreaction": true, "excessive": true, "exaggerated": true, "hysteria": true, "hysterical": true,
	"counterproductive": true, "counter-productive": true, "misguided": true, "ill-advised": true, "short-sighted": true,
	// "called Rome's conduct nauseating", "called the spying stupid"
	"nauseating": true, "disgusting": true, "despicable": true, "stupid": true, "nasty": true, "cynical": true,
	"intolerable": true, "shameless": true, "scandalous": true, "unworthy": true,
	// "called Macron's proposal very insulting", "called it arbitrary
	// detention", "called the remarks inflammatory"
	"insulting": true, "offensive": true, "arbitrary": true, "inflammatory": true, "humiliating": true,
	"ridiculous": true, "insane": true, "hostage-taking": true, "kidnapping": true,
	// "called Boluarte's government a usurper", "a rogue state"
	"usurper": true, "usurpation": true, "impostor": true, "fraudulent": true, "rogue": true, "hypocrite": true,
	// "called the strike an act of state terrorism", "the enlargement an
	// encroachment on our security", "the levy unfair"
	"terrorism": true, "encroachment": true, "unfair": true, "unjust": true, "intimidation": true, "harassment": true,
	"bullying": true, "sabotage": true, "slander": true, "smear": true, "treachery": true, "barbarism": true, "vandalism": true,
	// "called the court an instrument of a new colonialism"
	"colonialism": true, "neocolonialism": true, "neo-colonialism": true, "colonialist": true, "imperialism": true, "imperialist": true,
	// "called the British decision hasty", "called the Eritrean move
	// unhelpful", "called the charges a crude manipulation"
	"hasty": true, "rash": true, "unhelpful": true, "unwise": true, "harmful": true, "destructive": true, "damaging": true,
	"detrimental": true, "divisive": true, "cruel": true, "inhumane": true, "inhuman": true, "vile": true,
	"manipulation": true, "fabrication": true, "fabricated": true, "slanderous": true, "defamatory": true, "disappointing": true}

// toldToAct accepts "told X to …" and "told X that X must/should …" as a
// request; plain reporting ("told reporters that …") is not one.
func toldToAct(d *doc, k int) bool {
	n := len(d.in.Tokens)
	limit := k + 8
	if k+1 < n && d.tok(k+1).Is("by") {
		limit = k + 16 // "was told by John Bolton — Morrison's supervisor — to go …"
	}
	for i := k + 1; i < n && i <= limit; i++ {
		t := d.tok(i)
		if dashes[t.Text] && d.cover[i-1] >= 0 {
			if end := d.closingDash(i, min(n, limit)); end > 0 && end+1 < n && d.tok(end+1).Is("to") {
				return true
			}
		}
		if t.Is("to") && i > k+1 && d.cover[i-1] >= 0 {
			return true
		}
		if t.Is("to") && i > k+2 && d.tok(i-1).Is("ambassador", "envoy", "commissioner", "d'affaires", "consul", "diplomats", "ambassadors", "envoys") && d.namedBetween(k+1, i-1) {
			// "told Russia's diplomats to reduce their staff": their state;
			// told to go, they are expelled, which the other sense codes
			return i+1 >= n || !d.tok(i+1).Is("leave", "go", "depart", "quit")
		}
		if t.Is("must", "should", "needed", "need", "has", "had") && i > k+2 {
			if d.readingAsAt(i + 1) {
				return false // "told reporters that the absence should not be read as …": how to take it
			}
			return t.Is("must", "should") || i+1 < n && d.tok(i+1).Is("to")
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// notNoun rejects a verb form used as a noun or an adjective: "a ban",
// "the discussed plan".
func notNoun(d *doc, k int) bool {
	return k == 0 || !d.tok(k-1).Is("a", "an", "the", "this", "that", "its", "their", "his", "her", "any", "no")
}

// vowedAhead accepts a verb told as to come: after "will", "would",
// "shall" or "to" ("vowed to take revenge"), with at most an adverb
// between.
func vowedAhead(d *doc, k int) bool {
	i := k - 1
	if strings.HasSuffix(d.tok(i).Norm, "ly") {
		i--
	}
	return d.tok(i).Is("will", "'ll", "would", "shall", "to")
}

// measuresVowed accepts "take" told as to come, by a modal or by a word
// of readiness or vowing before "to" ("will take", "is ready to take",
// "vowed to take"), whose measures are hard ones: countermeasures, or
// measures called resolute, forceful, firm, strong, necessary or
// reciprocal ("will take resolute measures to defend its sovereignty";
// not "urged Manila to take measures", "will take measures to help
// farmers"). After a verb of saying the statement rules read them.
func measuresVowed(d *doc, k int) bool {
	i := k - 1
	if i > 0 && strings.HasSuffix(d.tok(i).Norm, "ly") {
		i-- // "will resolutely take"
	}
	if i < 1 {
		return false
	}
	if !d.tok(i).Is("will", "'ll", "would", "shall") && !(d.tok(i).Is("to") && d.tok(i-1).Is("ready", "prepared", "vowed", "vows", "pledged", "threatened", "threatens", "determined")) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 12 && !d.tok(j).Is(".", ";"); j-- {
		if d.sayVerbAt(j) {
			return false // "Wang said China would take countermeasures": the statement rules read what is said
		}
	}
	for j := k + 1; j < len(d.in.Tokens) && j <= k+6; j++ {
		t := d.tok(j)
		if t.Is("countermeasures", "counter-measures") {
			return true
		}
		if t.Is("measures", "steps") {
			for h := k + 1; h < j; h++ {
				if d.tok(h).Is("resolute", "forceful", "firm", "strong", "decisive", "necessary", "reciprocal", "retaliatory", "tough", "countervailing", "punitive") {
					return true
				}
			}
			return false
		}
		if t.Kind == token.Punct && !t.Is("-") {
			return false
		}
	}
	return false
}

// premisesRaided accepts the verb "raid" whose object is a building or
// its rooms — "raided Catalan government departments", "raided the
// offices of the newspaper", "raided his home" —: a search, not a fight.
func premisesRaided(d *doc, k int) bool {
	if !notNoun(d, k) {
		return false
	}
	for j := k + 1; j < len(d.in.Tokens) && j <= k+6; j++ {
		t := d.tok(j)
		if t.Kind == token.Punct || t.Is("on", "in", "at", "and", "after", "before") {
			return false
		}
		if objectNoun(t.Norm, premisesNouns) {
			return true
		}
	}
	return false
}

var premisesNouns = []string{"office", "department", "headquarters", "home", "house", "residence", "premises", "building",
	"ministry", "ministries", "newsroom", "studio", "studios", "embassy", "consulate"}

// foughtClash accepts "fought" as a clash that took place: sides that
// "fought" each other or "fought with" one another, not a war told as
// history ("have fought three wars"), a fight against a charge or an ill
// ("fought the charges", "fought corruption"), a side's allies ("fought
// alongside the army"), a way forced ("fought their way into") or a
// fight promised ("will fight").
func foughtClash(d *doc, k int) bool {
	if !d.tok(k).Is("fought") || !notNoun(d, k) || wayInto(d, k) || k+1 >= len(d.in.Tokens) ||
		k > 0 && d.tok(k-1).Is("be", "been", "being", "was", "were", "is", "are", "never", "not") {
		return false // (nor "a nuclear war … must never be fought")
	}
	if d.tok(k+1).Is("for", "alongside", "on", "over", "to", "back", "off", "hard", "each", "side") {
		return false
	}
	for j := k + 1; j < len(d.in.Tokens) && j <= k+6 && !d.stop(j); j++ {
		if d.tok(j).Is("war", "wars", "battle", "battles", "charges", "charge", "case", "election", "elections", "campaign", "corruption", "poverty", "terrorism") {
			return false
		}
	}
	return true
}

// namedEnvoyNext accepts a verb whose object, right after it, is a
// person the text gives an envoy's role: "recalled Benyaich".
func namedEnvoyNext(d *doc, k int) bool {
	m, ok := d.mentionAt(k + 1)
	if !ok || len(m.Actors) != 1 || !notNoun(d, k) {
		return false
	}
	return d.envoyPerson(m.Actors[0])
}

// envoyPerson reports whether actor id is a person the text or the
// knowledge base gives an envoy's role.
func (d *doc) envoyPerson(id string) bool {
	a := d.actors[id]
	if a == nil || a.Kind != parley.Person {
		return false
	}
	r := strings.ToLower(a.Role)
	return strings.Contains(r, "ambassador") || strings.Contains(r, "envoy") || strings.Contains(r, "chargé")
}

// openedMission accepts "opened an embassy in …", "would open a
// consulate in …": a mission right after the verb and its article, then
// the place that hosts it (not "opened a branch of the Czech embassy",
// nor an office that "opened on Thursday").
func openedMission(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if !notNoun(d, k) || k+3 >= n || !d.tok(k+1).Is("a", "an", "its", "their", "his", "her") {
		return false
	}
	for j := k + 2; j < n && j <= k+4; j++ {
		if d.tok(j).Is("embassy", "consulate", "consulate-general", "office", "mission") {
			return j+1 < n && d.tok(j+1).Is("in")
		}
	}
	return false
}

// wayInto reports whether the verb at k is "forced its way into":
// an entry by force rather than making someone act.
func wayInto(d *doc, k int) bool {
	return k+3 < len(d.in.Tokens) && d.tok(k+1).Is("their", "its", "his", "her") && d.tok(k+2).Is("way") && d.tok(k+3).Is("into")
}

// wantsToAct accepts "wants X to …" as a request; "wants to …" (a wish of
// one's own) is not one.
func wantsToAct(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+1 >= n || d.tok(k+1).Is("to") {
		return false
	}
	for i := k + 1; i < n && i <= k+6; i++ {
		if d.tok(i).Is("to") {
			return d.cover[i-1] >= 0
		}
	}
	return false
}

// actorObject accepts a verb only when an actor follows it closely as its
// object: "killed Iranian protesters" (a country word counts), not "killed
// time" or "the plan was killed".
func actorObject(d *doc, k int) bool {
	if !notNoun(d, k) {
		return false // "one of the wounded demonstrators": an adjective
	}
	_, ok := objectMention(d, k)
	return ok
}

// actorOrDeedObject is actorObject, or a deed named again as the object
// ("mocked the deal", "derided the plan"), whose doer the jibe is at.
func actorOrDeedObject(d *doc, k int) bool {
	if actorObject(d, k) {
		return true
	}
	_, e := d.tokensOf(d.sentenceAround(k))
	return notNoun(d, k) && d.anaphoricDeed(k, e) >= 0
}

// lentMeans is actorObject for "lend" when what is lent is means, money
// or arms: "lent Kyiv $1 billion", not "lent legitimacy to Maduro".
func lentMeans(d *doc, k int) bool {
	return actorObject(d, k) && !(k+1 < len(d.in.Tokens) && d.tok(k+1).Is("legitimacy", "credibility", "credence", "weight",
		"momentum", "impetus", "urgency", "respectability", "cover", "voice"))
}

// struckTarget is actorObject for "target" told of force, not of a
// penalty (see penaltyAims).
func struckTarget(d *doc, k int) bool { return actorObject(d, k) && !penaltySubject(d, k) }

// penaltyAims accepts "target" with a penalty as its subject and an actor
// as its object: "the sanctions target three Iranian firms".
func penaltyAims(d *doc, k int) bool { return actorObject(d, k) && penaltySubject(d, k) }

// penaltySubject reports whether the clause of the verb at k opens with a
// penalty noun ("The new sanctions announced by …", "These tariffs").
func penaltySubject(d *doc, k int) bool {
	a, _ := d.tokensOf(d.sentenceAround(k))
	for i := a; i < k && i <= a+4; i++ {
		t := d.tok(i)
		if t.Is("sanctions", "measures", "tariffs", "restrictions", "curbs", "duties", "penalties", "bans", "ban", "embargo", "levies") {
			return true
		}
		if t.Kind != token.Word && d.cover[i] < 0 {
			return false
		}
	}
	return false
}

// actorObjectOrAgent is actorObject, or in the passive an actor as the
// agent: "Two Indian soldiers were killed by Pakistani troops".
func actorObjectOrAgent(d *doc, k int) bool {
	if actorObject(d, k) {
		return true
	}
	return d.passive(k) && d.byAgent(k, min(len(d.in.Tokens), k+12)) != nil // ("sentenced to four years in prison by a Turkish court")
}

// killedActorOrOwned is actorObjectOrAgent, or a possessive's people as
// the object: "killed two of its soldiers" (the owner's).
func killedActorOrOwned(d *doc, k int) bool {
	return actorObjectOrAgent(d, k) || notNoun(d, k) && d.ownedDirectObject(k)
}

// foundGuilty accepts "found X guilty" (or "liable") with X the actor
// found, or in the passive the court as the agent: "was found guilty by
// a military tribunal"; not "found that …" nor "found guilty" of no one,
// and only by a court ("Putin found Macron guilty of naivety" is a jibe).
func foundGuilty(d *doc, k int) bool {
	if !actorObjectOrAgent(d, k) || !d.courtNear(k) {
		return false
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+8; i++ {
		if d.tok(i).Is("guilty", "liable") {
			return true
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// missionLeader accepts a verb of approval whose object is a mission or a
// deployment with a named leader or sender: "authorised a multinational
// police mission led by Kenya", "approved the deployment of Rwandan
// troops", "endorsed a Kenyan-led force".
func missionLeader(d *doc, k int) bool {
	return notNoun(d, k) && d.missionOf(k, len(d.in.Tokens)) != nil
}

// missionNouns name a force sent abroad.
var missionNouns = map[string]bool{"mission": true, "deployment": true, "force": true, "troops": true,
	"contingent": true, "operation": true, "peacekeepers": true}

// missionOf returns who leads or sends the mission named after verb k:
// "a mission led by Kenya", "the deployment of Rwandan troops", "a
// Kenyan-led force", "Kenya's mission"; nil when no mission or no one.
func (d *doc) missionOf(k, ce int) []string {
	for i := k + 1; i < ce && i <= k+6; i++ {
		if !missionNouns[d.tok(i).Norm] {
			if d.stop(i) || d.tok(i).Is(",", "to", "for", "against") {
				return nil
			}
			continue
		}
		if d.cover[i] >= 0 { // "the Kenyan mission": its state
			if ids := d.in.Mentions[d.cover[i]].Actors; len(ids) == 1 && d.countryOf(ids[0]) != "" {
				return []string{"state:" + d.countryOf(ids[0])}
			}
			return nil
		}
		if d.tok(i).Is("deployment") && i+2 < ce && d.tok(i+1).Is("of") {
			continue // "the deployment of Rwandan troops": the troops' owner
		}
		for j := i - 1; j > k; j-- { // "a Kenyan-led force", "Rwandan troops", "Kenya's mission"
			if d.cover[j] >= 0 {
				m := d.in.Mentions[d.cover[j]]
				if len(m.Actors) == 1 && !d.forum(m.Actors[0]) && (m.Via == parley.ViaAdjective || d.possessiveAt(j+1)) {
					return m.Actors
				}
				break // (not "a multinational police mission", the police another's)
			}
		}
		if i+3 < ce && d.tok(i+1).Is("led", "headed") && d.tok(i+2).Is("by") {
			if m, ok := d.mentionAt(i + 3); ok {
				return m.Actors
			}
		}
		return nil
	}
	return nil
}

// ruledMust accepts a court's ruling that another must act: "ruled that
// EU countries must identify …", "ruled on Friday that Israel should
// halt"; not "ruled out", nor a finding of fact.
func ruledMust(d *doc, k int) bool {
	n := len(d.in.Tokens)
	i := d.afterTimePhrase(k+1, n)
	if i >= n || !d.tok(i).Is("that") || !d.courtNear(k) {
		return false
	}
	for j := i + 1; j < n && j <= i+8; j++ {
		if d.tok(j).Is("must", "should") || d.tok(j).Is("had", "has", "have") && d.tok(j+1).Is("to") {
			return j > i+1 && d.cover[j-1] >= 0
		}
		if d.stop(j) || d.tok(j).Is(",") {
			return false
		}
	}
	return false
}

// unseated accepts a legislature or a court putting a leader out of
// office: a person right after the verb ("removed President Boluarte from
// office", "voted to impeach Yoon"), or in the passive with the body as
// the agent ("was removed by Congress"). A leader dismissing his own
// officials ("Trump removed Comey") is no act between actors.
func unseated(d *doc, k int) bool {
	if !notNoun(d, k) || !d.chamberNear(k) {
		return false
	}
	if d.passive(k) {
		return d.byAgent(k, min(len(d.in.Tokens), k+12)) != nil
	}
	m, ok := objectMention(d, k)
	return ok && len(m.Actors) == 1 && d.actors[m.Actors[0]] != nil && d.actors[m.Actors[0]].Kind == parley.Person
}

// strippedOf accepts "stripped X of his immunity (citizenship, seat,
// mandate)", X an actor right after the verb or, in the passive, before it.
func strippedOf(d *doc, k int) bool {
	if !notNoun(d, k) || !d.passive(k) && !actorObject(d, k) {
		return false
	}
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+10; i++ {
		if d.tok(i).Is("of") {
			for j := i + 1; j < len(d.in.Tokens) && j <= i+4; j++ {
				if d.tok(j).Is("immunity", "citizenship", "nationality", "seat", "mandate", "accreditation", "passport", "passports") {
					return true
				}
			}
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// chamberNear reports whether a legislature or a court is named in the
// sentence around token k.
func (d *doc) chamberNear(k int) bool {
	return d.courtNear(k) || d.actorInSentence(k, d.chamber)
}

// chamber reports whether actor id is a legislature or its members.
func (d *doc) chamber(id string) bool {
	return d.nameHas(id, "congress", "parliament", "assembly", "senate", "house of", "knesset", "duma", "rada",
		"majlis", "legislat", "lawmakers", "deputies", "bundestag")
}

// expelledMember accepts a body putting out a member state or body:
// "The Council of Europe expelled Russia" (the body acting), "Russia was
// expelled from the Council of Europe", "expelled Russia from the Human
// Rights Council"; envoys expelled are the diplomats' sense.
func expelledMember(d *doc, k int) bool {
	if !notNoun(d, k) {
		return false
	}
	n := len(d.in.Tokens)
	i := k + 1
	if !d.passive(k) {
		j := k + 1
		for j < n && j <= k+3 && d.cover[j] < 0 && d.tok(j).Is("the") {
			j++
		}
		if j >= n || d.cover[j] < 0 {
			return false
		}
		m := d.in.Mentions[d.cover[j]]
		if len(m.Actors) != 1 || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind == parley.Person {
			return false
		}
		i = d.afterMentions(j)
	}
	if i < n && d.tok(i).Is("from") {
		if j := actorAt(d, i+1, "the"); j >= 0 && slices.ContainsFunc(d.in.Mentions[d.cover[j]].Actors, d.forum) {
			return true
		}
		return false
	}
	return !d.passive(k) && d.forumBefore(k)
}

// expelledPerson accepts "expelled" with a person named, or meant by a
// pronoun, right after it, and a state or one of its bodies as the
// nearest actor before it in the sentence, the person not known as its
// own: "Poland expelled him in 2014". (A party expelling a member, or a
// state its own citizen, is no sanction between states.)
func expelledPerson(d *doc, k int) bool {
	if !notNoun(d, k) || d.passive(k) || k+1 >= len(d.in.Tokens) || d.cover[k+1] < 0 {
		return false
	}
	m := d.in.Mentions[d.cover[k+1]]
	if len(m.Actors) != 1 || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind != parley.Person {
		return false
	}
	a, _ := d.tokensOf(d.sentenceAround(k))
	for i := k - 1; i >= a; i-- {
		if d.cover[i] < 0 {
			continue
		}
		s := d.in.Mentions[d.cover[i]]
		if len(s.Actors) != 1 || d.actors[s.Actors[0]] == nil {
			return false
		}
		subj := d.actors[s.Actors[0]]
		if subj.Kind != parley.State && !(subj.Kind == parley.Organization && subj.Country != "") {
			return false
		}
		return d.actors[m.Actors[0]].Country != subj.Country
	}
	return false
}

// forumBefore reports whether an international body is named in the
// clause before verb k, as its subject ("The Council of Europe expelled
// Russia").
func (d *doc) forumBefore(k int) bool {
	a, _ := d.tokensOf(d.sentenceAround(k))
	for i := k - 1; i >= a && i >= k-12; i-- {
		if d.cover[i] >= 0 && slices.ContainsFunc(d.in.Mentions[d.cover[i]].Actors, d.forum) {
			return true
		}
		if d.tok(i).Is(";", "that", "which", "who") {
			return false
		}
	}
	return false
}

// courtStruckMeasure accepts a court's verb undoing a measure named right
// after it: "annulled Sall's decree", "struck down the law passed by
// parliament", "set aside the minister's decision", "blocked the
// government's plan"; "strike" and "set" only with "down" and "aside".
func courtStruckMeasure(d *doc, k int) bool {
	n := len(d.in.Tokens)
	i := k + 1
	if d.tok(k).Is("strike", "struck", "strikes", "striking") || d.tok(k).Is("set", "sets", "setting") {
		if i >= n || !d.tok(i).Is("down", "aside") {
			return false
		}
		i++
	}
	if !notNoun(d, k) || !d.courtNear(k) {
		return false
	}
	if d.passive(k) {
		return d.measureBefore(k) >= 0 // "The law … was struck down by the Supreme Court"
	}
	for j := i; j < n && j <= i+10; j++ { // ("struck down a key part of the government's judicial overhaul law")
		if measureNouns[d.tok(j).Norm] {
			// not "set aside the decision of the Colorado Supreme Court":
			// one court's ruling undone by another
			return !slices.ContainsFunc(d.measureAuthor(k, n, nil), d.court)
		}
		if d.stop(j) || d.tok(j).Is(",", "to", "on", "in", "for", "against") {
			return false
		}
	}
	return false
}

// measureBefore returns the measure noun that is the subject of passive
// verb k ("The law, passed by the Knesset in March, was struck down"), or
// -1.
func (d *doc) measureBefore(k int) int {
	a, _ := d.tokensOf(d.sentenceAround(k))
	for i := k - 1; i >= a && k-i <= 14; i-- {
		if measureNouns[d.tok(i).Norm] {
			return i
		}
		if d.tok(i).Is(";", "that", "which") {
			return -1
		}
	}
	return -1
}

// measureNouns are the acts of a government or a legislature a court can
// undo.
var measureNouns = map[string]bool{"decision": true, "decisions": true, "decree": true, "decrees": true, "law": true,
	"laws": true, "act": true, "acts": true, "order": true, "orders": true, "ban": true, "policy": true, "plan": true,
	"measure": true, "measures": true, "bill": true, "amendment": true, "amendments": true, "postponement": true,
	"regulation": true, "regulations": true, "directive": true, "ordinance": true, "move": true, "reform": true,
	"reforms": true, "appointment": true, "dismissal": true, "deportation": true, "extradition": true, "suspension": true,
	"cancellation": true}

// allyNouns name a state's partner before its name: "its ally the
// Philippines".
var allyNouns = []string{"ally", "allies", "partner", "partners", "neighbour", "neighbor", "friend"}

// objectMention returns the first actor mention a few words after verb k,
// before a stop, a comma or a preposition of place or agent.
func objectMention(d *doc, k int) (parley.Mention, bool) {
	reach := k + 4
	if k+1 < len(d.in.Tokens) && strings.HasSuffix(d.tok(k+1).Norm, "ly") {
		reach++ // "stands firmly with"
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= reach; i++ {
		if d.tok(i).Is("its", "their", "his", "her") && i+1 < len(d.in.Tokens) && d.tok(i+1).Is(allyNouns...) {
			reach = i + 4 // "stood with its ally the Philippines": the one named after
			continue
		}
		if d.cover[i] >= 0 {
			return d.in.Mentions[d.cover[i]], true
		}
		if q := d.quantityLead(i, len(d.in.Tokens)); q > 0 && i == k+1 {
			i, reach = i+q-1, reach+q // "killed at least 20 Boko Haram fighters": an amount's lead, not a place
			continue
		}
		if d.tok(i).Is("of", "in") && (headsOf[d.tok(i-1).Norm] || groupsIn[d.tok(i-1).Norm]) {
			reach = i + 2 // "stand with the people of Maldives", "the authorities in Minsk"
			continue
		}
		if i == k+1 && d.tok(i).Is("by") && d.tok(k).Is("stand", "stood", "stands", "standing") {
			continue // "stood by Lithuania"
		}
		if d.tok(i).Is(",") && d.tok(i-1).Is(allyNouns...) {
			continue // "stood with its ally, the Philippines,"
		}
		if d.stop(i) || d.tok(i).Is(",", "by", "in", "on", "at") {
			break
		}
	}
	return parley.Mention{}, false
}

// withActorNext accepts a verb followed right away by "with" and a state
// or body: "broke with Taipei", not "broke with tradition" nor a
// politician's "broke with Trump over the vote" (words, not ties cut).
func withActorNext(d *doc, k int) bool {
	i, m := d.actorAfterWith(k)
	if i < 0 {
		return false
	}
	for _, id := range m.Actors {
		if a := d.actors[id]; a == nil || a.Kind == parley.Person {
			return false
		}
	}
	// "breaks with UN Security Council resolutions": the name qualifies a noun
	if e := d.afterMentions(i); e < len(d.in.Tokens) && d.tok(e).Kind == token.Word && !d.tok(e).Upper &&
		!d.tok(e).Is("and", "or", "but", "over", "in", "on", "at", "after", "before", "since", "last", "this", "for", "when", "as", "amid", "following", "to", "by", "while") {
		return false
	}
	return len(m.Actors) > 0
}

// actorAfterWith returns where the actor named right after "with" at
// k+1 starts ("talks with the Taliban", "broke with Taipei") and its
// mention (without actors when it is a country word); -1 when "with"
// and an actor do not follow k.
func (d *doc) actorAfterWith(k int) (int, parley.Mention) {
	if k+2 >= len(d.in.Tokens) || !d.tok(k+1).Is("with") {
		return -1, parley.Mention{}
	}
	i := actorAt(d, k+2, "the")
	if i < 0 {
		return -1, parley.Mention{}
	}
	m, _ := d.mentionAt(i)
	return i, m
}

// actorAt skips up to three of the words skip from token i and returns
// where an actor mention starts there ("ordered the court …", "call on
// both sides"), or -1.
func actorAt(d *doc, i int, skip ...string) int {
	n := len(d.in.Tokens)
	for j := 0; j < 3 && i < n && d.tok(i).Is(skip...); j++ {
		i++
	}
	if i >= n || d.cover[i] < 0 {
		return -1
	}
	return i
}

// describedActorAt returns the first token of the actor named at i past a
// short description of it, or -1: "the jailed opposition leader Ousmane
// Sonko", "detained journalist Evan Gershkovich" (not "the prisoners in
// Iran", "the men and Russia").
func (d *doc) describedActorAt(i int) int {
	for j := i; j < len(d.in.Tokens) && j-i <= 5; j++ {
		if d.cover[j] >= 0 {
			return j
		}
		t := d.tok(j)
		if t.Kind != token.Word || t.Is("and", "or", "but", "who", "which", "that") || nonActorPreps[t.Norm] || locationPreps[t.Norm] || d.finiteVerbAt(j) && !strings.HasSuffix(t.Norm, "ed") {
			return -1
		}
	}
	return -1
}

// afterMentions returns the first token from i on that no mention covers:
// the end of a run of names ("Russian President Putin").
func (d *doc) afterMentions(i int) int {
	for i < len(d.in.Tokens) && d.cover[i] >= 0 {
		i++
	}
	return i
}

// notJoint rejects drills held "with" another actor: those are cooperation.
func notJoint(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+6; i++ {
		if d.tok(i).Is("joint", "with", "together") {
			return false
		}
	}
	return true
}

// notAssent rejects "agreed that …", which reports a view shared, not an
// agreement made.
func notAssent(d *doc, k int) bool {
	return k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("that")
}

// jointAssent accepts what notAssent does, and "agreed that …" said of
// two sides together — "Biden and Xi agreed that senior officials would
// resume contacts", "they agreed that nuclear threats were irresponsible"
// — which is a joint position, unlike the view "businesses agree that …".
func jointAssent(d *doc, k int) bool {
	return (notAssent(d, k) || d.tok(k).Is("agreed")) && !d.goOnForOthers(k) && !d.agreedToMeet(k)
}

// assentNotMeeting is notAssent for an agreement that is not only to
// meet: "agreed to meet again in Granada" is the meeting planned, no
// accord besides.
func assentNotMeeting(d *doc, k int) bool {
	return notAssent(d, k) && !d.agreedToMeet(k)
}

// agreedToMeet reports whether the agreement at k is to meet or hold
// talks, past a place or a day: "agreed to meet in person", "agreed to
// meet again in the same format", "agreed to hold talks next month".
func (d *doc) agreedToMeet(k int) bool {
	i := d.placeAndDayEnd(k+1, len(d.in.Tokens))
	if !d.tok(i).Is("to") {
		return false
	}
	i++
	for d.tok(i).Is("again", "also", "regularly", "soon") {
		i++
	}
	if d.tok(i).Is("meet", "talk") {
		return true
	}
	return d.tok(i).Is("hold") && objectNoun(d.tok(i+1).Norm, []string{"talks", "meeting", "meetings", "summit", "consultations"})
}

// goOnForOthers reports whether the agreement at k is to go on doing
// what its parties do for others — "Egypt and Qatar agreed to keep
// mediating", "agreed to continue their support for Ukraine" — which is
// no accord between them (unlike "agreed to continue the ceasefire").
func (d *doc) goOnForOthers(k int) bool {
	i := d.placeAndDayEnd(k+1, len(d.in.Tokens))
	if i >= len(d.in.Tokens) || !d.tok(i).Is("to") {
		return false
	}
	i++
	if i < len(d.in.Tokens) && d.tok(i).Is("jointly", "also", "further") {
		i++
	}
	if i >= len(d.in.Tokens) || !d.tok(i).Is("keep", "continue", "maintain", "pursue", "sustain", "step") {
		return false
	}
	for j := i + 1; j < len(d.in.Tokens) && j <= i+4; j++ {
		if d.tok(j).Is(doneForOthers...) {
			return true
		}
		if !d.tok(j).Is("to", "up", "on", "their", "its", "the", "joint") {
			return false
		}
	}
	return false
}

// doneForOthers are the help and go-between roles two parties may go on
// playing together for a third: "keep mediating", "continue facilitating
// aid", "step up their support for Kyiv".
var doneForOthers = []string{"mediating", "mediate", "mediation", "facilitating", "facilitate", "supporting", "support",
	"helping", "help", "backing", "assisting", "assist", "assistance", "aiding", "aid", "arming", "funding", "providing",
	"supplying", "sending", "hosting", "host", "efforts"}

// participleAfterComma accepts an "-ing" form that opens a participle
// clause after a comma: "told Hawk Sawyer, (repeatedly) calling for …".
func participleAfterComma(d *doc, k int) bool {
	i := k - 1
	if i > 0 && strings.HasSuffix(d.tok(i).Norm, "ly") {
		i--
	}
	return i > 0 && d.tok(i).Is(",") && participle(d.tok(k))
}

// notMannerOfAct turns down a participle after a comma that tells how the
// act of the main clause came about: in "will withdraw its troops, bowing
// to pressure from the junta" the concession is the withdrawal, told
// there.
func notMannerOfAct(d *doc, k int) bool {
	return !participleAfterComma(d, k)
}

// notNoneGiven turns down "made no concessions to Russia": none made.
func notNoneGiven(d *doc, k int) bool {
	return k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("no", "nothing")
}

// inSupportOf accepts "in support of" or "in favour of" within four
// words after the verb: "spoke out strongly in support of Kenya".
func inSupportOf(d *doc, k int) bool {
	for i := k + 1; i+2 < len(d.in.Tokens) && i <= k+4; i++ {
		if d.tok(i).Is("in") && d.tok(i+1).Is("support", "favour", "favor") && d.tok(i+2).Is("of") {
			return true
		}
		if d.stop(i) || d.tok(i).Kind == token.Punct || d.cover[i] >= 0 {
			return false
		}
	}
	return false
}

// sidedWith accepts "side with" as a verb: "sided with Riyadh", "Russia
// sides with China", "would side with Beijing" — not the noun ("both
// sides with their allies", "the Russian side with its partners").
func sidedWith(d *doc, k int) bool {
	if k == 0 {
		return false
	}
	switch d.tok(k).Norm {
	case "side":
		return d.tok(k-1).Is("to", "will", "would", "could", "might", "may", "not", "'ll", "did", "does", "do", "never")
	case "sides":
		return d.cover[k-1] >= 0 && d.in.Mentions[d.cover[k-1]].Via != parley.ViaAdjective
	}
	return notNoun(d, k)
}

// actorThenTo accepts an actor right after the word (or after its "for")
// and then "to" and a verb: "lobbied Germany to send tanks", "its call
// for Russia to withdraw" — not "pushed Russian forces back to the
// Dnipro" nor "demand for Russian gas". "Lobbied" also takes what is
// sought after "for": "lobbied Moscow for Berg's release".
func actorThenTo(d *doc, k int) bool {
	n := len(d.in.Tokens)
	i := k + 1
	if i < n && d.tok(i).Is("for") {
		i++
	}
	if i < n && d.looseThe(i) {
		i++
	}
	if i >= n || d.cover[i] < 0 || d.mentionStart(i) != i || d.in.Mentions[d.cover[i]].Via == parley.ViaAdjective {
		return false
	}
	j := d.mentionEnd(i)
	if j+1 < n && d.tok(k).Is("lobby", "lobbied", "lobbies", "lobbying") && d.tok(j).Is("for") {
		// "lobbied Moscow for Berg's release", not "for years"
		return !d.tok(j+1).Is("years", "months", "weeks", "days", "decades", "a", "more", "over", "several", "many", "some") && d.tok(j+1).Kind != token.Number
	}
	return j+1 < n && d.tok(j).Is("to") && d.tok(j+1).Kind == token.Word && !d.tok(j+1).Upper &&
		d.cover[j+1] < 0 && !determiners[d.tok(j+1).Norm]
}

// ownDemandFor accepts a demand noun that a verb of making or repeating
// puts out, then "for": "renewed calls for a ceasefire", "repeated its
// demand for an end to the fighting" (not "rejected calls for …").
func ownDemandFor(d *doc, k int) bool {
	p := k - 1
	if p > 0 && d.tok(p).Is("its", "their", "his", "her") {
		p-- // "reiterated its call for …"
	}
	return p > 0 && d.cover[p] < 0 && chargeVerbs[d.tok(p).Norm] && d.tok(k+1).Is("for")
}

// turnedForHelp accepts "turned to X for help": help sought of X.
func turnedForHelp(d *doc, k int) bool {
	for i := k + 2; i+1 < len(d.in.Tokens) && i-k <= 8; i++ {
		if d.tok(i).Is("for") {
			return d.tok(i+1).Is("help", "aid", "assistance", "support", "protection", "backing", "mediation", "loans", "money", "funds")
		}
		if d.stop(i) || d.tok(i).Is(",") {
			return false
		}
	}
	return false
}

// helpAskedOf accepts "asked for X's help": a possessive actor right
// after "for" ("asked for the United States' support").
func helpAskedOf(d *doc, k int) bool {
	i := k + 2
	if i < len(d.in.Tokens) && d.tok(i).Is("the") {
		i++
	}
	if i >= len(d.in.Tokens) || d.cover[i] < 0 || d.in.Mentions[d.cover[i]].Via == parley.ViaAdjective {
		return false
	}
	j := d.mentionEnd(i)
	return j < len(d.in.Tokens) && (d.possessiveAt(j) || d.tok(j).Is("'", "’"))
}

// hostileProspect accepts a prospect raised of a penalty: "the
// possibility of suspending talks", "the prospect of sanctions".
func hostileProspect(d *doc, k int) bool {
	for i := k + 1; i+2 < len(d.in.Tokens) && i <= k+4; i++ {
		if d.tok(i).Is("possibility", "prospect", "spectre", "specter") && d.tok(i+1).Is("of") {
			for j := i + 2; j < len(d.in.Tokens) && j <= i+4; j++ {
				if d.tok(j).Is(penaltyWords...) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// penaltyWords name a penalty one may threaten.
var penaltyWords = []string{"sanctions", "suspending", "suspension", "cutting", "severing", "expelling", "expulsion",
	"military", "force", "retaliation", "retaliatory", "tariffs", "embargo", "breaking", "withdrawing", "closing", "ban",
	"banning", "strikes", "action", "war", "invasion"}

// feltAbout accepts a feeling stated of the subject: "was (deeply)
// disappointed by", "is dismayed at" — not "a disappointing result" nor
// "the move disappointed Washington".
func feltAbout(d *doc, k int) bool {
	p := k + 1
	if p+1 < len(d.in.Tokens) && d.tok(p).Is("and") && feelings[d.tok(p+1).Norm] {
		p += 2 // "disappointed and surprised by the cancellation"
	}
	if !feelings[d.tok(k).Norm] || p >= len(d.in.Tokens) || !d.tok(p).Is("by", "at", "with", "over", "in", "about") {
		return false
	}
	i := k - 1
	if i > 1 && d.tok(i).Is("and") && feelings[d.tok(i-1).Norm] {
		i -= 2 // "surprised and disappointed by …"
	}
	for i > 0 && strings.HasSuffix(d.tok(i).Norm, "ly") {
		i--
	}
	return i >= 0 && (beForms[norm(d.tok(i))] || d.tok(i).Is("felt", "feels", "feel", "remained", "remains"))
}

// feelings are the participles that state a feeling about an act.
var feelings = map[string]bool{"disappointed": true, "dismayed": true, "appalled": true, "outraged": true,
	"concerned": true, "alarmed": true, "troubled": true, "worried": true, "shocked": true, "saddened": true, "surprised": true,
	"pleased": true, "satisfied": true, "delighted": true, "heartened": true, "gratified": true, "happy": true}

// deadlineAct returns where the act of "gave X N days to …" or "gave X
// until the end of the month to …" starts, or -1.
func deadlineAct(d *doc, k int) int {
	n := len(d.in.Tokens)
	// The one who gave it stands right before the verb, a date or "had"
	// at most between ("West African leaders on Sunday gave"), not "the
	// deal brokered by the United States gave …"; or the verb is a
	// participle after the clause that names the giver ("May had set
	// that ultimatum on March 12, giving the Russian government until …").
	j := k - 1
	for j > 0 && (d.inDate(j) || d.tok(j).Is("on", "had", "has", "have", "also", "then")) {
		j--
	}
	if !(d.tok(k).Is("giving") && d.tok(k-1).Is(",")) {
		if m, ok := d.mentionAt(j); !ok || d.mentionEnd(j) != j+1 || m.Via == parley.ViaAdjective {
			return -1
		}
		s := d.mentionStart(j)
		if s > 0 && d.tok(s-1).Is("the") {
			s--
		}
		if s > 0 && d.tok(s-1).Kind == token.Word && (nonActorPreps[d.tok(s-1).Norm] || d.tok(s-1).Is("by")) {
			return -1
		}
	}
	i := actorAt(d, k+1, "the")
	if i < 0 {
		return -1
	}
	until := false
	for j := d.afterMentions(i); j < n && j <= d.afterMentions(i)+8; j++ {
		if d.tok(j).Is("until", "till") && j == d.afterMentions(i) {
			until = true // "until the end of the month to withdraw": the act after the span
			continue
		}
		if until && d.tok(j).Is("to") && j+1 < n && d.tok(j+1).Kind == token.Word && !d.tok(j+1).Upper {
			return j + 1
		}
		if !until && d.tok(j).Is("days", "weeks", "hours", "months", "week", "day", "month") {
			if j+2 < n && d.tok(j+1).Is("to") && d.tok(j+2).Kind == token.Word && !d.tok(j+2).Upper {
				return j + 2
			}
			return -1
		}
		if d.stop(j) {
			return -1
		}
	}
	return -1
}

// flewThere accepts "flew to" right after the one who flew ("Blinken flew
// to Beijing", "Zed Seselja, flew to Honiara"), not a plane "flying from
// Athens to Vilnius".
func flewThere(d *doc, k int) bool {
	if strings.HasSuffix(d.tok(k).Norm, "ing") {
		return false
	}
	i := k - 1
	for i > 0 && (d.tok(i).Is(",", "then", "later", "also", "first", "quickly") || strings.HasSuffix(d.tok(i).Norm, "ly") && d.cover[i] < 0 ||
		k-i <= 4 && d.tok(i).Is("will", "would", "shall", "'ll", "to", "due", "set", "expected", "plans", "planned", "planning", "intends") ||
		k-i <= 4 && i < k-1 && d.tok(i).Is("is", "was", "are", "were")) {
		i-- // ("he would fly to Bursa", "is due to fly to Moscow"; not "was flown to the base", a captive carried)
	}
	m, ok := d.mentionAt(i)
	return ok && m.Via != parley.ViaAdjective
}

// onToPlace accepts "went on to Dhaka", the next stop of a tour: a place
// right after "on to" (not "went on to say"; nor "the file went to The
// Hague", which names no journey of an actor).
func onToPlace(d *doc, k int) bool {
	if !d.tok(k+1).Is("on") || !d.tok(k+2).Is("to") {
		return false
	}
	return d.placeState(k+2, min(k+5, len(d.in.Tokens)), "to") != nil
}

// meetingWithPerson accepts "called off a (planned) meeting with <person>"
// and "called off his meeting with <person>".
func meetingWithPerson(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+5; i++ {
		if !d.tok(i).Is("meeting") {
			continue
		}
		if i+2 >= n || !d.tok(i+1).Is("with") {
			return false
		}
		m, ok := d.mentionAt(i + 2)
		if !ok || len(m.Actors) != 1 {
			return false
		}
		a := d.actors[m.Actors[0]]
		return a != nil && a.Kind == parley.Person
	}
	return false
}

// captivesReferredBack accepts a release whose captives a pronoun refers
// back to, after a detention told just before (see capturedBefore).
func captivesReferredBack(d *doc, k int) bool {
	return d.capturedBefore(k) != nil
}

// forRelease accepts "called for the (immediate) release of …".
func forRelease(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+6; i++ {
		if d.tok(i).Is("release", "freeing") {
			return i+1 < n && d.tok(i+1).Is("of")
		}
		if d.stop(i) || d.cover[i] >= 0 {
			return false
		}
	}
	return false
}

// aidArrived accepts a verb of arriving whose subject is a state's aid
// convoy or flight: "a Qatari aid flight landed", "Armenian aid trucks
// crossed into Turkey".
func aidArrived(d *doc, k int) bool {
	return d.aidVehicleOwner(k) != nil
}

// aidVehicleOwner returns the state whose aid vehicle the words right
// before k name ("Qatari aid flight", "a convoy of Armenian aid trucks").
func (d *doc) aidVehicleOwner(k int) []string {
	if d.tok(k).Is("began", "begun", "started", "begins", "starts") {
		if k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("work", "working", "searching", "operations") {
			return nil // "a Russian rescue team began work in Mandalay"
		}
	}
	if o := d.aidTeamOwner(k); o != nil {
		return o
	}
	if k < 3 || !d.tok(k-1).Is("flight", "flights", "convoy", "convoys", "trucks", "lorries", "plane", "planes", "shipment", "shipments", "ship", "ships") {
		return nil
	}
	i := k - 2
	if !d.tok(i).Is("aid", "relief", "humanitarian") {
		return nil
	}
	if d.tok(i-1).Is("humanitarian", "emergency", "relief") {
		i--
	}
	if i < 1 || d.cover[i-1] < 0 {
		return nil
	}
	m := d.in.Mentions[d.cover[i-1]]
	if m.Via != parley.ViaAdjective || len(m.Actors) != 1 {
		return nil
	}
	return m.Actors
}

// aidTeamOwner returns the state whose rescuers or medical team the words
// right before k name: "a Russian rescue team arrived", "Indian rescuers
// reached Yangon", "a Chinese medical team landed".
func (d *doc) aidTeamOwner(k int) []string {
	i := k - 1
	if i < 1 || !d.tok(i).Is("team", "teams", "rescuers", "medics", "doctors", "unit", "units", "contingent") {
		return nil
	}
	team := d.tok(i).Is("rescuers", "medics", "doctors")
	for i--; i > 0 && d.tok(i).Is("rescue", "medical", "relief", "search-and-rescue", "emergency", "humanitarian", "search", "and", "field", "disaster"); i-- {
		team = true
	}
	if !team || d.cover[i] < 0 {
		return nil
	}
	m := d.in.Mentions[d.cover[i]]
	if m.Via != parley.ViaAdjective || len(m.Actors) != 1 {
		return nil
	}
	return m.Actors
}

// acceptedBare accepts "accepted" with no object after it: "Putin had
// accepted.", "the invitation was accepted with gratitude", "the Chinese
// leader gladly accepted".
func acceptedBare(d *doc, k int) bool {
	n := len(d.in.Tokens)
	return k+1 >= n || d.tok(k+1).Is(".", ",", ";", "and") || d.tok(k+1).Is("with") && k+2 < n && d.tok(k+2).Is("gratitude", "pleasure", "thanks") ||
		d.tok(k+1).Is("gladly", "readily", "immediately") && (k+2 >= n || d.tok(k+2).Is(".", ",", ";", "and"))
}

// dealPartyAfter returns the other party of a deal the verb at k takes,
// named as the subject of the clause that tells its terms: "approved a
// deal under which Hamas is to free 50 women and children", "an
// agreement whereby Russia would …". nil when none is named so.
func (d *doc) dealPartyAfter(k, ce int, subj []string) []string {
	for i := k + 1; i+2 < ce && i <= k+6; i++ {
		if !d.tok(i).Is(accords...) {
			continue
		}
		j := i + 1
		switch {
		case d.tok(j).Is("under", "in") && d.tok(j+1).Is("which"):
			j += 2
		case d.tok(j).Is("whereby"):
			j++
		default:
			return nil
		}
		if j < ce && d.cover[j] >= 0 {
			if others := d.othersThan(subj, d.in.Mentions[d.cover[j]].Actors); len(others) > 0 {
				return others
			}
		}
		return nil
	}
	return nil
}

// handedOverTo returns the state or body named after "to" when the
// refusal at k is of handing someone over — "refused to extradite
// Pinochet to Spain", "declined to hand the suspects over to the ICC" —
// the one that asked for them; nil otherwise.
func (d *doc) handedOverTo(k, ce int) []string {
	if k+1 < ce && d.tok(k+1).Is("not") {
		k++ // "decided not to extradite Pinochet to Spain"
	}
	if k+2 >= ce || !d.tok(k+1).Is("to") || !d.tok(k+2).Is("extradite", "hand", "surrender", "deport", "transfer") {
		return nil
	}
	for i := k + 3; i+1 < ce && i <= k+12; i++ {
		if !d.tok(i).Is("to") {
			continue
		}
		if j := actorAt(d, i+1, "the"); j >= 0 && j < ce && !d.personAt(j) {
			if m := d.in.Mentions[d.cover[j]]; len(m.Actors) == 1 {
				return m.Actors
			}
		}
		return nil
	}
	return nil
}

// decidedNotToHandOver accepts "decided not to extradite … to Spain":
// a refusal of the one who asked, as "refused to extradite" is.
func decidedNotToHandOver(d *doc, k int) bool {
	return d.tok(k).Is("decided", "decides", "chose", "opted") && d.tok(k+1).Is("not") && d.handedOverTo(k, len(d.in.Tokens)) != nil
}

// notTroopsDeployment refuses a deployment of the subject's own troops
// or warships halted ("suspended the deployment of troops to Kuwait"):
// its own forces kept at home, no penalty on the host; a police or aid
// mission halted is one.
func notTroopsDeployment(d *doc, k int) bool {
	for i := k + 1; i+2 < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if d.tok(i).Is("deployment", "deployments") && d.tok(i+1).Is("of") {
			for j := i + 2; j < len(d.in.Tokens) && j <= i+4; j++ {
				if d.tok(j).Is("troops", "soldiers", "forces", "warships", "ships", "jets", "aircraft", "missiles", "marines") {
					return false
				}
			}
		}
	}
	return true
}

// putOnHold accepts "put … on hold" or "on ice" within the clause.
func putOnHold(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+14 && !d.stop(i); i++ {
		if d.tok(i).Is("on") && d.tok(i+1).Is("hold", "ice") {
			return true
		}
	}
	return false
}

// returnedToCapital accepts "returned to" right before a place that
// stands for a state ("returned to Moscow", "returned to Kyiv"), not
// "returned to the table", "returned to power".
func returnedToCapital(d *doc, k int) bool {
	if k+2 >= len(d.in.Tokens) || !d.tok(k+1).Is("to") {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-6 && !d.stop(i); i-- {
		if d.tok(i).Is("envoy", "envoys", "ambassador", "ambassadors", "diplomats", "diplomat", "staff", "embassy", "never", "not") {
			return false // "allow the expelled diplomats to return to Moscow", "Egypt's envoy never returned to Ankara": a post resumed, or not
		}
	}
	for _, p := range d.in.Places {
		if p.Span.Start == d.tok(k+2).Start {
			return p.Capital
		}
	}
	return false
}

// conditionSubject returns whom a warning's condition names: the subject
// of the "if" or "unless" clause shortly after trigger k ("warned of civil
// war if Henry did not resign", "threatened reprisals unless the army
// withdrew"), not one of subj; nil when there is none.
func (d *doc) conditionSubject(k, ce int, subj []string) []string {
	for i := k + 1; i+1 < ce && i <= k+8; i++ {
		if d.stop(i) || d.tok(i).Is("that") {
			return nil // "warned that …": what was said, found by the statement rules
		}
		if !d.tok(i).Is("if", "unless") {
			continue
		}
		j := actorAt(d, i+1, "the")
		if j < 0 || j >= ce {
			return nil
		}
		m := d.in.Mentions[d.cover[j]]
		e := d.mentionEnd(j)
		if e >= ce || !(d.tok(e).Is("did", "does", "do", "fails", "failed", "refuses", "refused", "continues", "continued", "keeps", "kept") ||
			strings.HasSuffix(d.tok(e).Norm, "ed") || strings.HasSuffix(d.tok(e).Norm, "s")) {
			return nil
		}
		for _, id := range m.Actors {
			if slices.Contains(subj, id) {
				return nil
			}
		}
		return m.Actors
	}
	return nil
}

// onImportsFrom accepts a ban or embargo "on imports of …" followed by
// "from" in the same clause.
func onImportsFrom(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i+1 < n && i <= k+6; i++ {
		if d.tok(i).Is("ban", "bans", "embargo") && d.tok(i+1).Is("on") {
			if i+2 >= n || !d.tok(i+2).Is("imports", "import", "purchases", "shipments") {
				return false
			}
			for j := i + 3; j < n && j <= i+12 && !d.stop(j) && !d.tok(j).Is(","); j++ {
				if d.tok(j).Is("from") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// addedToSanctionsList accepts "added … to the sanctions list", "to its
// trade blacklist", "to the entity list", "returned Cuba to the list of
// state sponsors of terrorism", "put … on its sanctions list", not "added
// to the list of speakers". The object may be a long title with a name
// after it ("the Minister of State for National Security, Owen Ncube").
func addedToSanctionsList(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+16; i++ {
		if d.stop(i) || d.tok(i).Is("that") {
			return false // "Blinken added that the sanctions list now included …": speech
		}
		if d.tok(i).Is("blacklist", "watchlist") {
			return true
		}
		if d.tok(i).Is("list") {
			if d.tok(i-1).Is("sanctions", "sanction", "entity", "terrorist", "terror", "blacklist", "trade") {
				return true
			}
			for j := i + 1; j < n && j <= i+6 && !d.stop(j); j++ {
				if d.tok(j).Is("terrorism", "terrorist", "terrorists", "sanctioned", "sanctions", "designated") {
					return d.tok(i + 1).Is("of")
				}
			}
			return false
		}
	}
	return false
}

// tookPart accepts "part" only after a form of "take": "took part in the
// ceremony", not "part of the deal".
func tookPart(d *doc, k int) bool {
	return k > 0 && d.tok(k-1).Is("take", "takes", "took", "taking", "taken")
}

// attendedBare accepts a verb of attending with no object but the way it
// was attended, right after it, when a meeting was told shortly before:
// "Ramaphosa hosted the summit … Putin joined by video link, while Lavrov
// attended in person" (not "joined the army", "attended in his youth").
func attendedBare(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+1 >= n || !(d.tok(k+1).Is("virtually", "online", "remotely") ||
		k+2 < n && (d.tok(k+1).Is("in") && d.tok(k+2).Is("person") || d.tok(k+1).Is("by", "via") && d.tok(k+2).Is("video", "videolink", "videoconference", "teleconference"))) {
		return false
	}
	return d.lastMeetingHost(k) != nil
}

// attendedAlone accepts "attend" or "take part" that ends its clause, or
// goes on only with a role or "too", when a meeting a host received was
// told shortly before: "Peña hosted the summit … Milei did not attend.",
// "Mulino attended as a guest". ("Join" alone is left out, "Japan
// joined" being as often a measure joined; so is a meeting of many with
// no host, where those absent or present are no one's counterpart.)
func attendedAlone(d *doc, k int) bool {
	if attendedBare(d, k) {
		return true
	}
	if !d.tok(k).Is("attend", "attended", "attends", "attending", "participate", "participated", "participates", "participating", "part") {
		return false
	}
	if _, ok := d.lastHostedMeeting(k); !ok {
		return false
	}
	n := len(d.in.Tokens)
	j := k + 1
	if j < n && d.tok(j).Is("too", "also") {
		j++
	}
	return j >= n || d.tok(j).Is(".", ";") || d.tok(j).Is("as") && j+2 < n && d.tok(j+1).Is("a", "an") && d.tok(j+2).Is("guest", "observer", "observers", "guests")
}

// askedToAct accepts "asked X to …" and "asked for …" as requests; "asked
// X about …" is a question.
//
// A name counts as one word, and a short parenthesis ("the International
// Criminal Court (ICC) to open …") or an ellipsis marking words left out
// of a quotation ("we will ask... the ICC to …") as none.
func askedToAct(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k >= 4 && (k+1 >= n || d.tok(k+1).Is(".", ";")) && d.tok(k-1).Is("had", "has", "have") {
		// ", as South Africa had asked.": what the clause before it says
		// was asked
		for i := k - 2; i >= 1 && k-i <= 6; i-- {
			if d.tok(i).Is("as") && d.tok(i-1).Is(",") {
				return true
			}
		}
	}
	for i, words := k+1, 0; i < n && words < 7; i++ {
		switch {
		case d.tok(i).Is("to", "for", "that"):
			return true
		case d.tok(i).Is("about", "whether", "if", "how", "what", "why", "when", "where", "who") || d.stop(i) && !d.ellipsis(i):
			return false
		case d.tok(i).Is("("):
			if j := d.parenEnd(i); j > 0 {
				i = j
			}
			continue
		case d.tok(i).Is(",") && i > k+1 && d.cover[i-1] >= 0 && d.personAt(i-1):
			// "asked Compaoré, the current chairman of ECOWAS, to act as
			// facilitator": past the apposition of the one asked
			if j := d.appositionEnd(i, min(n, i+16)); j > 0 && j+1 < n && d.tok(j+1).Is("to") {
				return true
			}
		case d.ellipsis(i) || d.cover[i] >= 0 && i+1 < n && d.cover[i+1] == d.cover[i]:
			continue
		case d.tok(i).Is(",", "and", "the") && i+1 < n && (d.cover[i+1] >= 0 || d.tok(i+1).Is("the") && i+2 < n && d.cover[i+2] >= 0):
			continue // the words that join names are not counted: "asked the African Union, the United Nations and the European Union to help", "asked the heads of the CSTO states for"
		}
		words++
	}
	return false
}

// appositionEnd returns the comma closing an apposition that opens with
// the comma at open and stays within limit, with no verb or stop inside
// ("Compaoré, the current chairman of ECOWAS, …"); else -1.
func (d *doc) appositionEnd(open, limit int) int {
	for j := open + 1; j < limit; j++ {
		switch {
		case d.stop(j) || d.tok(j).Is(";", "who", "which", "that"):
			return -1
		case d.tok(j).Is(","):
			if j == open+1 {
				return -1
			}
			return j
		case d.cover[j] < 0 && d.finiteVerbAt(j):
			return -1
		}
	}
	return -1
}

// ellipsis reports whether token i belongs to "..." or is "…".
func (d *doc) ellipsis(i int) bool {
	t := d.tok(i)
	if t.Text == "…" {
		return true
	}
	return t.Is(".") && (i > 0 && d.tok(i-1).Is(".") || i+1 < len(d.in.Tokens) && d.tok(i+1).Is("."))
}

// parenEnd returns the ")" closing a short parenthesis opened at i, or 0.
func (d *doc) parenEnd(i int) int {
	for j := i + 1; j < len(d.in.Tokens) && j-i <= 6; j++ {
		if d.tok(j).Is(")") {
			return j
		}
	}
	return 0
}

// orderedActorTo accepts "ordered X to …" where X is an actor named right
// after the verb: a court or a government ordering another to act. An
// order to one's own troops is dropped later as an act on oneself.
func orderedActorTo(d *doc, k int) bool {
	i := actorAt(d, k+1, "the", "both", "all")
	if i < 0 {
		return d.ownAgentTo(k)
	}
	i = d.afterActorList(d.afterMentions(i))
	if e := d.dateEndAt(i); e > i {
		i = e // "ordered Venezuela on Friday to refrain from …"
	}
	return i+1 < len(d.in.Tokens) && d.tok(i).Is("to") && d.tok(i+1).Kind == token.Word && !d.tok(i+1).Upper
}

// ownAgentTo accepts "instructed its mediator, Blaise Compaoré, to …":
// the subject's own agent, named in apposition to the post, told to act.
func (d *doc) ownAgentTo(k int) bool {
	n := len(d.in.Tokens)
	if k+4 >= n || !d.tok(k+1).Is("its", "his", "her", "their") {
		return false
	}
	c := k + 2
	for c < n && c-k <= 4 && d.cover[c] < 0 && d.tok(c).Kind == token.Word && !d.tok(c).Upper {
		c++
	}
	if c == k+2 || c+1 >= n || !d.tok(c).Is(",") || d.cover[c+1] < 0 {
		return false
	}
	for j := c + 1; j < n && j-c <= 10; j++ {
		if d.tok(j).Is(",") {
			return j+2 < n && d.tok(j+1).Is("to") && d.tok(j+2).Kind == token.Word && !d.tok(j+2).Upper
		}
		if d.tok(j).Kind == token.Punct && !d.tok(j).Is("'s", "’s") {
			return false
		}
	}
	return false
}

// afterActorList returns the token after a list of actors that goes on
// at i with ", ", "and" or "the" before each next name ("Israel, Egypt
// and Jordan", "the AU, the UN and the EU"); i when no list goes on.
func (d *doc) afterActorList(i int) int {
	n := len(d.in.Tokens)
	for j := i; j < n && d.tok(j).Is(",", "and", "the"); {
		for j < n && d.tok(j).Is(",", "and", "the") {
			j++
		}
		if j >= n || d.cover[j] < 0 {
			break
		}
		j = d.afterMentions(j)
		i = j
	}
	return i
}

// active rejects the passive voice, where the one who acted is not
// named and the grammatical subject is what was acted on ("the aid was
// paused").
func active(d *doc, k int) bool { return !d.passive(k) }

// actorNext accepts a verb whose object is an actor right after it,
// or an actor's thing ("opposed Ukraine's membership", "opposed the
// Russian proposal"): "opposed the hold on U.S. aid" opposes a policy,
// not a state.
func actorNext(d *doc, k int) bool { return actorAt(d, k+1, "the", "a", "an") >= 0 }

// actorOrDeedNext accepts an actor right after the verb, or a deed whose
// doer follows "by": "opposed the move by China", "opposes any attempt
// by Serbia to …".
func actorOrDeedNext(d *doc, k int) bool {
	if actorNext(d, k) {
		return true
	}
	i := k + 1
	for j := 0; j < 2 && i < len(d.in.Tokens) && d.tok(i).Is("the", "a", "an", "any", "this", "that", "such"); j++ {
		i++
	}
	if i+1 >= len(d.in.Tokens) || d.cover[i] >= 0 {
		return false
	}
	if _, deed := deedNouns[d.tok(i).Norm]; !deed && !authoredNouns[d.tok(i).Norm] && !d.tok(i).Is("move", "step", "attempt", "attempts", "plan", "plans", "bid", "proposal", "decision") {
		return false // (but "opposed the resolution": its authors')
	}
	if d.tok(i+1).Is("by") && actorAt(d, i+2, "the") >= 0 {
		return true
	}
	// "firmly opposed the sale": a deed told before, whose doer the
	// discourse supplies (the implied target), if any.
	return d.tok(i-1).Is("the", "this", "that", "such") && d.tok(i+1).Is(".", ",", ";", "and", "but")
}

// welcomedTo accepts "welcomed X to <a place>" — "to Berlin", "to the
// Elysée", "to the White House" — where the welcome is a reception, not
// praise ("welcomed the decision").
func welcomedTo(d *doc, k int) bool {
	n := len(d.in.Tokens)
	i := actorAt(d, k+1, "the", "his", "her", "their", "by", "visiting") // ("was welcomed by Naruhito at the palace", "welcomed the visiting Jordanian king")
	if i < 0 {
		return placeThenHost(d, k)
	}
	if m, ok := d.mentionAt(i); ok && len(m.Actors) == 1 && d.actors[m.Actors[0]] != nil && d.actors[m.Actors[0]].Kind == parley.Person {
		// "welcomed Anwar at the palace", "welcomed Modi on his arrival":
		// a person received somewhere
		// "welcomed Putin at Hyderabad House", "welcomed Orban with an
		// official ceremony", "was welcomed by Naruhito at the palace"
		e := d.afterMentions(i)
		if e+1 < n && (d.tok(e).Is("at") && (d.tok(e+1).Is("the") || d.tok(e+1).Upper) || d.tok(e).Is("on") && d.tok(e+1).Is("his", "her", "arrival") ||
			d.tok(e).Is("in") && d.placeStartingAt(e+1) != nil || // "was welcomed by Xi in Beijing"
			d.tok(e).Is("with") && welcomeRites(d, e+1)) {
			return true
		}
	}
	i = d.afterMentions(i)
	if i+1 >= n || !d.tok(i).Is("to") {
		return false
	}
	// What follows "to" is a place: a capital or seat (no mention, as the
	// actor stage reads it as the place) or a capitalised name.
	j := i + 1
	if d.tok(j).Is("the") && j+1 < n {
		j++
	}
	if d.tok(j).Is("presidential", "royal", "imperial", "official") && j+1 < n {
		j++ // "welcomed Albanese to the presidential palace in Bogor"
	}
	if d.tok(j).Is("alliance", "union", "bloc", "club", "family", "fold", "organisation", "organization", "community", "ranks") ||
		d.cover[j] >= 0 && slices.ContainsFunc(d.in.Mentions[d.cover[j]].Actors, d.isOrg) {
		return false // "We welcome Finland to the Alliance!": a new member greeted, no visit
	}
	return d.tok(j).Upper && d.tok(j).Kind == token.Word || d.tok(j).Is("palace", "residence", "capital", "kremlin")
}

// welcomeRites reports whether the words from i name a ceremony of
// welcome: "with an official ceremony", "with a guard of honour".
func welcomeRites(d *doc, i int) bool {
	for j := i; j < len(d.in.Tokens) && j <= i+4; j++ {
		if d.tok(j).Is("ceremony", "guard", "honours", "honors", "parade", "salute", "handshake", "hug", "embrace", "banquet", "dinner") {
			return true
		}
		if d.stop(j) {
			break
		}
	}
	return false
}

// mealWith accepts a meal noun followed by "with": "had lunch with
// Luxon", "a working dinner with Scholz".
func mealWith(d *doc, k int) bool {
	return k+1 < len(d.in.Tokens) && d.tok(k+1).Is("with") || k > 0 && d.tok(k-1).Is("working") && meetingNounHeld(d, k) // "had a working dinner"
}

// satDown accepts "sat down", "sit down" with "down" right after the
// verb ("sat down with Wang Yi"), not "sat next to Xi" or "sat on the
// panel with Blinken", which are seats, not meetings.
func satDown(d *doc, k int) bool {
	return k+1 < len(d.in.Tokens) && d.tok(k+1).Is("down")
}

// speakWith rejects "speak to what …", "speak to the question of …":
// speaking to a matter is no conversation with anyone.
func speakWith(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+3; i++ {
		if d.tok(i).Is("to") {
			j := i + 1
			for j < n && d.tok(j).Is("the", "a") {
				j++
			}
			return j < n && !d.tok(j).Is("what", "whether", "why", "how", "that", "this", "question", "questions", "issue", "issues", "matter", "point", "motivation", "reasons")
		}
	}
	return true
}

// pairSpoke accepts "spoke" with two people or a pair as its subject and
// no one spoken to: "They last spoke in December", "Trump and Putin have
// not spoken since the election".
func pairSpoke(d *doc, k int) bool {
	j := k - 1
	for j >= 0 && d.cover[j] < 0 && d.tok(j).Is("last", "had", "have", "has", "not", "n't", "never", "also", "already", "since", "then", "first", "previously", "recently") {
		j--
	}
	if j < 0 || d.cover[j] < 0 || k+1 < len(d.in.Tokens) && d.tok(k+1).Is("with", "to", "about", "of", "out", "up", "against", "at") {
		return false // (nor "spoke out in favour of …", "spoke at the summit": speeches)
	}
	if k+2 < len(d.in.Tokens) && d.tok(k+1).Is("in") && d.tok(k+2).Is("favour", "favor", "support", "defence", "defense") {
		return false // "spoke in favour of the bid"
	}
	m := d.in.Mentions[d.cover[j]]
	if m.Via == parley.ViaGroup && len(m.Actors) >= 2 {
		return true
	}
	s := d.mentionStart(j)
	if s < 2 || !d.tok(s-1).Is("and") || d.cover[s-2] < 0 || len(m.Actors) != 1 {
		return false
	}
	other := d.in.Mentions[d.cover[s-2]]
	person := func(id string) bool { a := d.actors[id]; return a != nil && a.Kind == parley.Person }
	return len(other.Actors) == 1 && person(m.Actors[0]) && person(other.Actors[0])
}

// forceOnActor accepts a verb of force used of an actor or a place
// right after it, not a figure of speech: "hammered Kharkiv", not
// "hammered out a deal" or "the hammered economy".
func forceOnActor(d *doc, k int) bool {
	if k+1 < len(d.in.Tokens) && d.tok(k+1).Is("out", "back", "home", "hard", "up", "down", "record") {
		return false
	}
	if actorObject(d, k) {
		return true
	}
	// "Russian drones hit a residential building in Odesa": arms or
	// forces hit a place.
	if k == 0 || !d.tok(k-1).Is("drone", "drones", "missile", "missiles", "rockets", "warplanes",
		"jets", "warships", "artillery", "bombers", "helicopters", "forces", "troops", "army", "military", "strikes", "shells") || !notNoun(d, k) {
		return false
	}
	if d.cover[k-1] >= 0 {
		return true
	}
	// "Pakistani drones and rockets hit targets inside Iran": the state's
	// word a little before the arms.
	for i := k - 2; i >= 0 && i >= k-4; i-- {
		if d.cover[i] >= 0 {
			return d.in.Mentions[d.cover[i]].Via == parley.ViaAdjective
		}
		if !d.tok(i).Is("and", ",", "drones", "drone", "missiles", "missile", "rockets", "jets", "warplanes", "artillery") {
			return false
		}
	}
	return false
}

// hammeredOver accepts a person hammered "on", "over" or "for" a matter:
// "hammered Bevin on his plan", "hammered Biden over the price of fuel"
// is a rebuke, not force (nor "for the third day", a time).
func hammeredOver(d *doc, k int) bool {
	i := k + 1
	if !d.personAt(i) {
		return false
	}
	e := d.mentionEnd(i)
	return e+2 < len(d.in.Tokens) && d.tok(e).Is("on", "over", "for") && d.tok(e+1).Is("his", "her", "their", "the", "a") &&
		!d.inDate(e+1) && !d.inDate(e+2)
}

// byForces accepts a verb of taking ground when its subject, right before
// it, is no crowd: troops capture a town, protesters who "stormed the
// embassy" or "overran parliament" protest.
func byForces(d *doc, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if d.cover[i] >= 0 {
			m := d.in.Mentions[d.cover[i]]
			return !(len(m.Actors) == 1 && d.crowd(m.Actors[0])) && notNoun(d, k)
		}
		if d.stop(i) || d.tok(i).Is(",") {
			break
		}
	}
	return notNoun(d, k) && !d.crowdNear(k)
}

// crowdOnMission accepts a verb whose subject is a crowd ("protesters",
// "a mob", "supporters of the junta") and whose object, a few words on,
// is an embassy or consulate: "stormed the Swedish embassy", "set fire
// to the French consulate".
func crowdOnMission(d *doc, k int) bool {
	return notNoun(d, k) && d.crowdSubject(k) && d.missionWithin(k+1, k+9) // ("broke into the outer compound of the U.S. Embassy")
}

// crowdOnSeat accepts a crowd storming or overrunning the seat of a
// state's body: "protesters stormed parliament", "stormed the
// presidential palace", "overran parts of parliament".
func crowdOnSeat(d *doc, k int) bool {
	if !notNoun(d, k) || !d.crowdSubject(k) {
		return false
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+4 && !d.stop(i); i++ {
		if d.tok(i).Is("parliament", "legislature", "congress", "capitol", "palace", "assembly", "senate", "residence") {
			return true
		}
	}
	return false
}

// gatheredAtMission accepts a crowd gathering right outside an embassy
// or consulate: "Protesters gathered outside the French embassy".
func gatheredAtMission(d *doc, k int) bool {
	return byCrowd(d, k) && k+1 < len(d.in.Tokens) && d.tok(k+1).Is("outside") && d.missionWithin(k+2, k+6)
}

// missionWithin reports whether an embassy or consulate is named in
// tokens [from, last] before the clause stops or a comma.
func (d *doc) missionWithin(from, last int) bool {
	for i := from; i < len(d.in.Tokens) && i <= last && !d.stop(i) && !d.tok(i).Is(","); i++ {
		if d.tok(i).Is("embassy", "embassies", "consulate", "consulates", "missions", "legation") {
			return true // ("forced their way into Kenyan missions")
		}
	}
	return false
}

// crowdSubject reports whether a crowd names the subject of the verb at
// k, a few words before it in its clause: "hundreds of protesters
// stormed", "supporters of the junta torched".
func (d *doc) crowdSubject(k int) bool {
	for i := k - 1; i >= 0 && i >= k-6 && !d.stop(i) && !d.tok(i).Is(",", "and"); i-- {
		if crowdNouns[d.tok(i).Norm] {
			return true
		}
		if d.cover[i] >= 0 {
			if m := d.in.Mentions[d.cover[i]]; len(m.Actors) == 1 && d.crowd(m.Actors[0]) {
				return true
			}
		}
	}
	return false
}

// crowdThrows accepts a throw whose subject is a crowd: "protesters threw
// stones at the embassy" (not "police threw stun grenades"), aimed at no
// force of order (see crowdThrowsAtForces).
func crowdThrows(d *doc, k int) bool { return d.crowdSubject(k) && !d.thrownAtForces(k) }

// crowdThrowsAtForces accepts a crowd's throw at police or soldiers:
// "protesters hurled petrol bombs at the officers" is an attack on them,
// not a protest at the state.
func crowdThrowsAtForces(d *doc, k int) bool { return d.crowdSubject(k) && d.thrownAtForces(k) }

// thrownAtForces reports whether the "at" after the throw at k aims it
// at police, soldiers or guards.
func (d *doc) thrownAtForces(k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+8 && !d.stop(i); i++ {
		if !d.tok(i).Is("at") {
			continue
		}
		for j := i + 1; j < len(d.in.Tokens) && j <= i+4; j++ {
			if d.tok(j).Is("police", "policemen", "officers", "soldiers", "troops", "guards", "gendarmes", "peacekeepers") {
				return true
			}
			if d.cover[j] >= 0 {
				m := d.in.Mentions[d.cover[j]]
				return len(m.Actors) == 1 && d.nameHas(m.Actors[0], "police", "army", "armed forces", "gendarmerie", "guard", "troops", "soldiers")
			}
			if d.tok(j).Kind != token.Word || d.tok(j).Is("and", "or") {
				return false
			}
		}
		return false
	}
	return false
}

var crowdNouns = map[string]bool{"protesters": true, "protestors": true, "demonstrators": true, "crowds": true, "crowd": true,
	"mob": true, "mobs": true, "rioters": true, "students": true, "supporters": true}

// crowdNear reports whether a crowd noun stands just before token k:
// "protesters stormed", "demonstrators overran".
func (d *doc) crowdNear(k int) bool {
	for i := k - 1; i >= 0 && i >= k-2; i-- {
		if d.tok(i).Is("protesters", "protestors", "demonstrators", "crowds", "crowd", "mob", "rioters", "students", "supporters") {
			return true
		}
	}
	return false
}

// sentForces accepts forces sent to an actor (sentToActor) or to "the
// region" or "the area" a story is about: "sent additional warships to
// the area". Whom they face must then come from the story.
func sentForces(d *doc, k int) bool {
	if sentToActor(d, k) {
		return true
	}
	for i := k + 1; i+2 < len(d.in.Tokens) && i <= k+12; i++ {
		if d.tok(i).Is("to", "into") && d.tok(i+1).Is("the") && d.tok(i+2).Is("region", "area") {
			return true
		}
		if d.stop(i) {
			break
		}
	}
	return false
}

// appealNouns are the appeals a verb of sending sends.
var appealNouns = []string{"appeal", "appeals", "request", "requests", "plea", "pleas", "demand", "demands"}

// appealSent reports whether the verb of sending at k has the appeal it
// sends as its own object, right after it or after the one sent to:
// "sent Ottawa a similar appeal", "sent an urgent request to the UN" (not
// "sent troops at Kiir's request").
func appealSent(d *doc, k int) bool {
	i := k + 1
	if i < len(d.in.Tokens) && d.cover[i] >= 0 {
		i = d.mentionEnd(i) // the one sent to, first
	}
	for j := i; j <= i+3 && j < len(d.in.Tokens); j++ { // (past an article and a word or two: "a similar appeal")
		if d.tok(j).Is(appealNouns...) {
			return true
		}
		if d.tok(j).Kind != token.Word || d.cover[j] >= 0 {
			return false
		}
	}
	return false
}

// sentToActor accepts "sent troops to Syria", "dispatched warships toward
// Taiwan": a state or body right after "to", "toward" or "near", or the
// waters near one; not "to the northern border".
func sentToActor(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+8; i++ {
		if d.tok(i).Is("to", "into", "toward", "towards", "near", "off") {
			if actorAt(d, i+1, "the", "southern", "northern", "eastern", "western", "central") >= 0 {
				return true // (and "into eastern Ukraine")
			}
			// "sent warships to waters near Taiwan"
			if j := i + 1; j+2 < len(d.in.Tokens) && d.tok(j).Is("waters", "the") {
				if d.tok(j).Is("the") {
					j++
				}
				if d.tok(j).Is("waters", "seas", "skies") && j+1 < len(d.in.Tokens) && d.tok(j+1).Is("near", "off", "around") && actorAt(d, j+2, "the") >= 0 {
					return true
				}
			}
			// "sent 10,000 troops to its border with Belarus"
			j := i + 1
			if j < len(d.in.Tokens) && d.tok(j).Is("its", "the", "their") {
				j++
			}
			return j+2 < len(d.in.Tokens) && d.tok(j).Is("border", "borders", "frontier") && d.tok(j+1).Is("with") && actorAt(d, j+2, "the") >= 0
		}
		if d.stop(i) {
			break
		}
	}
	return false
}

// forcesMassed accepts "mass" with troops as its subject: "Chinese
// troops massed along the border with India".
func forcesMassed(d *doc, k int) bool {
	j := k - 1
	if j >= 0 && d.tok(j).Is("are", "were", "have", "had", "been", "is") {
		j--
	}
	return j >= 0 && d.tok(j).Is("troops", "forces", "soldiers", "tanks") && notNoun(d, k) &&
		k+1 < len(d.in.Tokens) && d.tok(k+1).Is("near", "along", "on", "at", "around")
}

// surroundedBy accepts an act told of armed men or police as its subject:
// "National Guard troops surrounded the headquarters", "police had
// surrounded his house" (not "the hills that surround the city").
func surroundedBy(d *doc, k int) bool {
	i := d.subjectHead(k)
	return notNoun(d, k) && i >= 0 && (forceNoun(d, i) || d.tok(i).Is("police", "policemen", "officers", "agents", "gunmen", "guards"))
}

// forcesMoved accepts a verb of movement told of forces as its subject,
// with where they went right after it: "Serbian troops moved into
// Kosovo", "Russian forces deployed to the border" (not "troops moved
// back to their barracks", "the army moved to dissolve parliament").
func forcesMoved(d *doc, k int) bool {
	i := d.subjectHead(k)
	if h := d.headBeforeBacking(i); h >= 0 {
		i = h // "Kenyan troops backed by armoured vehicles and helicopters crossed"
	}
	if !notNoun(d, k) || i < 0 || !(forceNoun(d, i) || d.warplaneAt(i) || d.tok(i).Is("peacekeepers", "contingent", "paratroopers", "marines")) {
		return false
	}
	if d.tok(i).Is("army", "military") {
		// "The army deployed onto the streets": at the crowds; anywhere
		// else "the army" alone moved is no build-up read here
		return d.wordAfter(k, min(len(d.in.Tokens), k+5), 4, "streets")
	}
	j := k + 1
	if j < len(d.in.Tokens) && d.tok(j).Is("closer", "further", "deeper", "quickly", "swiftly", "up") {
		j++
	}
	if j+2 < len(d.in.Tokens) && d.tok(j).Is("the") && d.tok(j+1).Is("border", "frontier") && d.tok(j+2).Is("into") {
		j += 2 // "crossed the border into Ukraine"
	}
	if d.tok(j).Is("from") {
		// "crossed from eastern Zaire into Rwanda": where they came from
		// goes; where they went is the build-up's aim
		for m := j + 1; m < len(d.in.Tokens) && m <= j+6; m++ {
			if d.tok(m).Is("into", "across", "onto") {
				j = m
				break
			}
			if d.stop(m) || d.tok(m).Is(",", "and", "to") || d.finiteVerbAt(m) {
				break
			}
		}
	}
	if j+1 >= len(d.in.Tokens) || !d.tok(j).Is("into", "towards", "toward", "to", "near", "along", "across", "onto") {
		return false
	}
	// where they went names a state, its border or a place of its own:
	// "into Gambia", "towards the Ukrainian border" (not "to the towns
	// of Manbij under a deal the SDF struck")
	i = j + 1
	if d.tok(i).Is("the") && i+1 < len(d.in.Tokens) {
		i++
	}
	if d.tok(i).Is("northern", "southern", "eastern", "western", "central") && i+1 < len(d.in.Tokens) {
		i++ // "into eastern Congo"
	}
	return d.stateOrPlaceAt(i) || d.tok(i).Is(borderWords...)
}

// warplaneAt reports whether token i names military aircraft: "warplanes",
// "bombers", "fighter jets", and "aircraft" or "planes" said to be
// military ("27 military aircraft", "Russian fighter planes"); not
// drones, whose flights over another state are most often attacks.
func (d *doc) warplaneAt(i int) bool {
	if d.tok(i).Is("warplanes", "warplane", "bombers", "jets", "fighter-bombers") {
		return true
	}
	return i > 0 && d.tok(i).Is("aircraft", "planes", "helicopters") &&
		d.tok(i-1).Is("military", "fighter", "combat", "war", "attack", "reconnaissance", "surveillance", "air", "force")
}

// craftSentNear accepts military aircraft sent, dispatched or flown
// into, near or around another state, a show of force aimed at it:
// "sent 27 warplanes into Taiwan's air defence zone", "dispatched
// military aircraft around Taiwan" (sent "to" a state they are more often
// help, or a deployment there).
func craftSentNear(d *doc, k int) bool {
	craft := false
	for i := k + 1; i < len(d.in.Tokens) && i <= k+8 && !d.stop(i); i++ {
		if d.warplaneAt(i) {
			craft = true
			continue
		}
		if craft && d.tok(i).Is("into", "near", "around", "toward", "towards", "off") {
			j := i + 1
			if j+1 < len(d.in.Tokens) && d.tok(j).Is("the") {
				j++
			}
			return j < len(d.in.Tokens) && d.stateOrPlaceAt(j)
		}
	}
	return false
}

// forcesEntered accepts "enter" told of forces or warplanes with a state,
// its place or its airspace as the object: "Chinese warplanes entered
// Taiwan's air defence zone", "Russian troops entered Georgia".
func forcesEntered(d *doc, k int) bool {
	i := d.subjectHead(k)
	if !notNoun(d, k) || i < 0 || !(forceNoun(d, i) || d.warplaneAt(i)) || d.tok(i).Is("army", "military") {
		return false
	}
	j := k + 1
	if j+1 < len(d.in.Tokens) && d.tok(j).Is("the") {
		j++
	}
	return j < len(d.in.Tokens) && d.stateOrPlaceAt(j)
}

// stateOrPlaceAt reports whether a state, as a name or an adjective
// ("the Chinese positions"), or a place of known country starts at i.
func (d *doc) stateOrPlaceAt(i int) bool {
	if d.cover[i] >= 0 {
		m := d.in.Mentions[d.cover[i]]
		return len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:")
	}
	p := d.placeStartingAt(i)
	return p != nil && p.Country != ""
}

// forcesLeave accepts "leave" told of forces, with a place or state as
// its object: "Russian peacekeepers began leaving Karabakh" (not "troops
// left their barracks to vote", "soldiers on leave").
func forcesLeave(d *doc, k int) bool {
	i := d.subjectHead(k)
	if !notNoun(d, k) || i < 0 || !(forceNoun(d, i) || d.tok(i).Is("peacekeepers", "contingent")) {
		return false
	}
	j := k + 1
	if j < len(d.in.Tokens) && d.tok(j).Is("the") {
		j++
	}
	if j >= len(d.in.Tokens) {
		return false
	}
	if d.cover[j] >= 0 {
		m := d.in.Mentions[d.cover[j]]
		return len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") && m.Via != parley.ViaAdjective
	}
	return d.placeStartingAt(j) != nil
}

// forceNoun reports whether the word at i names armed forces or their
// vehicles.
func forceNoun(d *doc, i int) bool {
	return slices.Contains(forces, d.tok(i).Norm) || d.tok(i).Is("tanks", "vehicles", "columns", "convoys", "army", "military")
}

// headBeforeBacking returns the noun a reduced "backed by …" phrase
// ending at i qualifies ("troops" in "Kenyan troops backed by armoured
// vehicles and helicopters"), or -1 when i ends no such phrase.
func (d *doc) headBeforeBacking(i int) int {
	for j := i; j > 1 && j >= i-8; j-- {
		if d.tok(j).Is(",", ";") {
			return -1
		}
		if d.tok(j).Is("by", "with") && d.tok(j-1).Is("backed", "supported", "escorted", "accompanied", "flanked", "led", "followed", "reinforced") {
			if h := j - 2; h >= 0 && d.tok(h).Kind == token.Word {
				return h
			}
			return -1
		}
	}
	return -1
}

// subjectHead returns the head noun of the subject of the verb at k,
// past auxiliaries ("had surrounded", "were seen moving"), an aside set
// off by commas ("ECOWAS troops, most of them Senegalese, crossed") and an
// owner after "of" ("armoured vehicles of the ZDF were"); -1 when none
// is found.
func (d *doc) subjectHead(k int) int {
	i := k - 1
	for i >= 0 && d.tok(i).Is("had", "have", "has", "were", "was", "are", "is", "been", "being", "seen", "reportedly", "then", "later", "also", "began", "begun", "started",
		"since", "now", "already", "again") {
		i--
	}
	if i >= 0 && d.tok(i).Is(",") {
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			if d.tok(j).Is(",") {
				i = j - 1
				break
			}
		}
	}
	if i >= 0 && d.cover[i] >= 0 {
		if ms := d.mentionStart(i); ms >= 2 && d.tok(ms-1).Is("of") && !d.tok(ms-2).Is(countNouns...) {
			i = ms - 2 // "vehicles of ZDF" (but "thousands of Russian troops" are the troops)
		} else if ms >= 3 && d.tok(ms-1).Is("the") && d.tok(ms-2).Is("of") {
			i = ms - 3 // "vehicles of the ZDF"
		}
	}
	if i < 0 || d.tok(i).Kind != token.Word {
		return -1
	}
	return i
}

// countNouns count what follows their "of": "thousands of soldiers".
var countNouns = []string{"dozens", "hundreds", "thousands", "tens", "millions", "scores"}

// notStopped refuses an act told as given up: "stopped recognising
// Jammeh", "ceased to recognise Taiwan" (a withdrawal, coded on the verb
// before).
func notStopped(d *doc, k int) bool {
	j := k - 1
	if j > 0 && d.tok(j).Is("to") {
		j--
	}
	return j < 0 || !d.tok(j).Is("stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing")
}

// offList accepts a removal from a list of those banned or sanctioned:
// "removed the Taliban from its list of banned organisations", "delisted
// the group from the terror blacklist" (not "removed the item from the
// agenda").
func offList(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+10 && !d.stop(i); i++ {
		if !d.tok(i).Is("from") {
			continue
		}
		for j := i + 1; j < n && j <= i+5; j++ {
			if d.tok(j).Is("list", "lists", "blacklist", "watchlist", "register", "registry") {
				return notNoun(d, k)
			}
		}
		return false
	}
	return false
}

// leftTheCountry accepts a flight abroad told of a person, past a
// relative aside on him too: "fled the country", "fled to India", "left
// the country", "went into exile" (not "fled the fighting", "left the
// meeting", "went to Paris").
func leftTheCountry(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+2 >= n || !notNoun(d, k) || k == 0 {
		return false
	}
	s := k - 1
	if open, _ := d.subjectAside(k); open > 0 {
		s = open - 1 // "Jammeh, who ruled Gambia for 22 years, left the country"
	}
	if d.cover[s] < 0 {
		return false
	}
	if m := d.in.Mentions[d.cover[s]]; len(m.Actors) != 1 || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind != parley.Person {
		return false
	}
	if ms := d.mentionStart(s); ms > 0 && d.tok(ms-1).Is("let", "lets", "letting", "make", "makes", "made") {
		return false // "will not let him leave the country": another's leave to go, no leader gone
	}
	next := d.tok(k + 1)
	switch {
	case next.Is("into", "in") && d.tok(k+2).Is("exile"):
		return true
	case next.Is("the") && d.tok(k+2).Is("country") && !d.tok(k).Is("go", "went", "gone", "goes", "going"):
		return true
	case next.Is("abroad"):
		return d.tok(k).Is("flee", "fled", "flees", "fleeing")
	case next.Is("to"):
		j := actorAt(d, k+2, "the")
		return d.tok(k).Is("flee", "fled", "flees", "fleeing") && j >= 0 && strings.HasPrefix(d.in.Mentions[d.cover[j]].Actors[0], "state:")
	}
	return false
}

// heldCaptive accepts "held" as keeping a person captive: "held
// President Bazoum at his residence", "held the journalist in custody",
// "held him hostage" (not "held talks", "held Hamas responsible", "held
// a rally at the residence").
func heldCaptive(d *doc, k int) bool {
	n := len(d.in.Tokens)
	j := actorAt(d, k+1, "the", "ousted", "former", "deposed")
	if j < 0 || !notNoun(d, k) {
		return false
	}
	if m := d.in.Mentions[d.cover[j]]; len(m.Actors) != 1 || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind != parley.Person {
		return false
	}
	for i := d.mentionEnd(j); i+1 < n && i <= d.mentionEnd(j)+6 && !d.stop(i); i++ {
		switch {
		case d.tok(i).Is("hostage", "captive", "incommunicado"),
			d.tok(i).Is("in") && d.tok(i+1).Is("custody", "detention", "captivity", "prison", "jail"),
			d.tok(i).Is("at", "in") && i+2 < n && d.tok(i+1).Is("his", "her", "their", "the") && d.tok(i+2).Is("residence", "home", "house", "palace"),
			d.tok(i).Is("under") && d.tok(i+1).Is("guard", "arrest", "house"):
			return true
		}
	}
	return false
}

// disputeVerb accepts "dispute" as a verb ("Beijing disputes the
// ruling"), not the noun of "the territorial dispute between Russia and
// Japan" or "a trade dispute with China".
func disputeVerb(d *doc, k int) bool {
	if !notNoun(d, k) || k+1 < len(d.in.Tokens) && d.tok(k+1).Is("between", "with", "over", "in", "is", "was", "has") {
		return false
	}
	return k == 0 || !d.tok(k-1).Is("territorial", "border", "trade", "maritime", "long-running", "bitter", "legal",
		"diplomatic", "land", "water", "gas", "oil", "boundary", "sovereignty", "labour", "labor", "commercial")
}

// contestVerb accepts "contested" as a verb with a definite object —
// "contested the court's jurisdiction" — not as an adjective ("the
// contested region", "a hotly contested vote") nor a race ran ("contested
// the election", "contest the seat").
func contestVerb(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k == 0 || d.tok(k-1).Is("a", "an", "the", "hotly", "fiercely", "closely", "keenly", "bitterly", "most", "highly", "much") || k+1 >= n {
		return false
	}
	if !d.tok(k+1).Is("the", "its", "their", "his", "her") && d.cover[k+1] < 0 {
		return false
	}
	for i := k + 1; i < n && i <= k+4 && !d.stop(i); i++ {
		if d.tok(i).Is("election", "elections", "seat", "seats", "race", "vote", "polls", "primary", "presidency", "championship") {
			return false
		}
	}
	return notNoun(d, k)
}

// ruledUnlawful accepts a ruling that something is unlawful: "ruled the
// ban unconstitutional", "ruled that the law was illegal", "was ruled
// illegal by the court", "declaring the mask ban unconstitutional" — made
// by a court, named before or after.
func ruledUnlawful(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("a", "an", "the") || k+1 < len(d.in.Tokens) && d.tok(k+1).Is("out") {
		return false
	}
	found := false
	reach := k + 10
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6; i++ {
		if d.tok(i).Is("that") {
			reach = k + 26 // "ruled late on Thursday that a law passed by the National Assembly … was unconstitutional"
			break
		}
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= reach; i++ {
		if d.stop(i) && !d.inDate(i-1) { // ("on Feb. 5": no stop)
			break
		}
		if d.tok(i).Is("unconstitutional", "illegal", "unlawful", "invalid", "void", "illegitimate") ||
			d.tok(i).Is("contrary") && d.tok(i+1).Is("to") { // "was contrary to the constitution"
			found = true
			break
		}
	}
	if !found {
		return false
	}
	return d.courtNear(k)
}

// courtActs accepts a verb form, not a noun, with a court named in its
// sentence.
func courtActs(d *doc, k int) bool { return notNoun(d, k) && d.courtNear(k) }

// courtNear reports whether a court acts in the sentence around token k:
// one is named there (a constitutional council is one).
func (d *doc) courtNear(k int) bool {
	return d.actorInSentence(k, d.judges)
}

// judges reports whether id is a court or another body that rules on the
// law: "the judiciary", "the Constitutional Council".
func (d *doc) judges(id string) bool {
	return d.court(id) || d.nameHas(id, "judiciary", "constitutional council")
}

// actorInSentence reports whether the sentence around token k names an
// actor that ok accepts.
func (d *doc) actorInSentence(k int, ok func(id string) bool) bool {
	a, b := d.tokensOf(d.sentenceAround(k))
	for i := a; i < b; i++ {
		if d.cover[i] >= 0 && slices.ContainsFunc(d.in.Mentions[d.cover[i]].Actors, ok) {
			return true
		}
	}
	return false
}

// notJointPenalty rejects "jointly sanctioned", "jointly imposed",
// "jointly condemned": acts the two took side by side, aimed at a third,
// not a meeting of the two ("jointly launched the construction by video
// link" is one).
func notJointPenalty(d *doc, k int) bool {
	if k+1 >= len(d.in.Tokens) {
		return true
	}
	if d.tok(k).Is("jointly") && k > 0 && d.tok(k-1).Is("to") {
		return false // "agreed to jointly promote palm oil": what was agreed, no meeting
	}
	if d.tok(k).Is("jointly") && strings.HasSuffix(d.tok(k+1).Norm, "ing") && k > 0 && d.tok(k-1).Is("been", "are", "were", "is", "was") {
		return false // "have been jointly staffing crossing points": work going on, no meeting
	}
	n := d.tok(k + 1).Norm
	for _, stem := range []string{"sanction", "impos", "condemn", "denounc", "criticis", "criticiz", "accus", "expel", "ban", "strik", "struck", "attack", "urg", "call", "warn", "reject",
		"ask", "request", "appeal", "nominat"} { // ("jointly asked the OSCE to dissolve the Minsk Group": a request of both, not a meeting)
		if strings.HasPrefix(n, stem) {
			return false
		}
	}
	return true
}

// jointWork accepts "jointly" before, or "together" after, a verb of
// building, running or paying for something: "will jointly develop",
// "jointly inaugurated the runway", "will build the pipeline together";
// not one done at a ceremony or by video link, a meeting of the two.
func jointWork(d *doc, k int) bool {
	end := k + 1
	for end < len(d.in.Tokens) && end < k+30 && !d.stop(end) {
		end++
	}
	if d.wordIn(max(0, k-8), end, "video", "videoconference", "ceremony", "virtually") {
		return false // "launched the construction together by video link": a meeting of the two
	}
	if k+1 < len(d.in.Tokens) && workVerb(d.tok(k+1).Norm) {
		return true
	}
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		if d.stop(i) || d.tok(i).Is(",", "and", "who", "which", "that") {
			return false
		}
		if workVerb(d.tok(i).Norm) {
			return true
		}
	}
	return false
}

// notNegotiatingBody rejects "negotiating" before the noun it qualifies
// ("the bilateral negotiating teams", "the Multi-Party Negotiating
// Forum"): a body or a stance, no talks held. (The negotiating table
// returned to is talks.)
func notNegotiatingBody(d *doc, k int) bool {
	if d.tok(k).Norm != "negotiating" || k+1 >= len(d.in.Tokens) {
		return true
	}
	if d.tok(k).Upper && d.tok(k+1).Upper {
		return false // a name: "Negotiating Forum"
	}
	return !d.tok(k+1).Is("team", "teams", "forum", "process", "position", "positions", "mandate", "mandates", "partner", "partners",
		"committee", "committees", "group", "groups", "body", "bodies", "delegation", "delegations", "power", "strategy", "skills", "tactics", "stance")
}

// notJudgedByItsSubject rejects an attack named as what the subject
// judges ("was shocked by the attacks on lawmakers", "repeated his
// condemnation of the attacks"), unless the text says who attacked
// ("by" after the noun): the one who judges is not the attacker.
func notJudgedByItsSubject(d *doc, k int) bool {
	j := k - 1
	for j >= 0 && j >= k-4 && d.tok(j).Is("the", "these", "those", "this", "that", "latest", "recent", "deadly", "brutal", "violent", "terrorist", "cowardly") {
		j--
	}
	if j < 0 {
		return true
	}
	judged := d.tok(j).Is("condemned", "condemns", "condemn", "condemning", "deplored", "deplores", "denounced", "denounces") ||
		d.tok(j).Is("of") && j > 0 && d.tok(j-1).Is("condemnation", "condemnations") ||
		d.tok(j).Is("by") && j > 0 && d.tok(j-1).Is("shocked", "outraged", "appalled", "horrified", "saddened", "alarmed", "concerned", "disturbed")
	return !judged || d.wordIn(k+1, min(len(d.in.Tokens), k+9), "by")
}

// wordsInDefence accepts "defended" as words for someone ("defended the
// gendarmes", "defended the Government's handling"), not arms sent or
// bound to protect a place ("sent troops to defend the Government in
// Kinshasa", "a warship to help defend the emirate", "capable of
// defending the country's territory").
func wordsInDefence(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("help", "helped", "helping", "of") {
		return false
	}
	if k > 0 && d.tok(k-1).Is("to") && !d.wordIn(max(0, k-4), k-1, "commitment", "commitments", "pledge", "pledges", "pledged", "pledging",
		"vow", "vows", "vowed", "vowing", "promise", "promises", "promised", "determination", "resolve", "ready", "readiness", "committed") {
		return false // (but "reaffirmed its commitment to defend the Philippines": a pledge of support)
	}
	return !d.wordIn(k+1, min(len(d.in.Tokens), k+6), "territory", "borders", "border", "airspace", "homeland", "skies", "coast", "coastline")
}

// metTogether rejects "together" that tells no meeting: ties ("bound
// together by migration deals"), a sum ("the three Baltic states together
// have six million inhabitants") or work done side by side ("would work
// closely together"), which is cooperation if anything.
func metTogether(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("bound", "tied", "linked", "knit", "held", "put", "taken", "combined") {
		return false
	}
	if k+1 < len(d.in.Tokens) && d.tok(k+1).Is("have", "has", "had", "are", "were", "account", "accounted", "make", "made",
		"represent", "represented", "share", "shared", "own", "control", "controlled", "produce", "produced", "hold", "form", "formed") {
		return false
	}
	return !d.wordIn(max(0, k-3), k, "work", "works", "worked", "working", "cooperate", "cooperated", "cooperating", "train", "trained", "training")
}

// workVerb reports whether w is a form of a verb of building, running or
// paying for a shared work.
func workVerb(w string) bool {
	switch w {
	case "run", "runs", "running", "ran", "fund", "funds", "funded", "funding":
		return true
	}
	for _, stem := range []string{"develop", "build", "built", "produc", "manufactur", "construct", "financ", "invest",
		"inaugurat", "operat", "launch", "explor", "design", "research", "patrol"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// boardedAlone accepts "boarded" as its own act, not the second half of
// "rammed and boarded the boats", one assault told by two verbs.
func boardedAlone(d *doc, k int) bool {
	return notNoun(d, k) && !(k >= 2 && d.tok(k-1).Is("and") && d.tok(k-2).Is("rammed", "attacked", "stormed", "seized", "intercepted"))
}

// suspendedMember accepts "suspended <state>" with the state right after
// the verb: a bloc suspending a member ("The African Union suspended
// Niger").
func suspendedMember(d *doc, k int) bool {
	if d.passive(k) {
		// "Venezuela had already been suspended in December"
		i := k - 1
		for i > 0 && (beForms[d.tok(i).Norm] || d.tok(i).Is("had", "has", "have", "already", "also", "temporarily", "indefinitely")) {
			i--
		}
		if i == k-1 && i > 0 && d.tok(i).Is(",") {
			i-- // "Cuba, suspended from the OAS in 1962, …"
		}
		return i >= 0 && d.cover[i] >= 0 && len(d.in.Mentions[d.cover[i]].Actors) == 1 && strings.HasPrefix(d.in.Mentions[d.cover[i]].Actors[0], "state:")
	}
	m, ok := objectMention(d, k)
	j := k + 1
	if j+1 < len(d.in.Tokens) && d.tok(j).Is("the") {
		j++ // "suspended the Maldives"
	}
	return ok && len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") && d.mentionStart(j) == j
}

// resultsYielded accepts a vote's results annulled to meet a crowd's
// demand, by those who ran the vote or hold power, not by a court, whose
// ruling is a judgement (see struckDown): "the election commission
// annulled the results" after protesters stormed the government's offices.
func resultsYielded(d *doc, k int) bool {
	if !crowdYieldedTo(d, k) {
		return false
	}
	a, _ := d.tokensOf(d.sentenceAround(k))
	subj, _ := d.subjects(k, d.clauseStart(k, a))
	return len(subj) > 0 && !slices.ContainsFunc(subj, d.judges)
}

// mercyGranted accepts a grant whose object, a few words on, is mercy:
// "granted clemency to five Iranian nationals" (not "the asylum granted
// to Glas", a reduced relative on another noun).
func mercyGranted(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+3; i++ {
		if d.tok(i).Is("clemency", "pardon", "pardons", "amnesty") {
			return true
		}
	}
	return false
}

// supplyRoutes accepts "supply" before the routes or lines closed:
// "closed NATO supply routes", "closed the supply lines".
func supplyRoutes(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6; i++ {
		if d.tok(i).Is("supply", "logistics", "transit") && d.tok(i+1).Is("routes", "route", "lines") {
			return true
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// suspendedBody accepts "suspended" with a party, a charity or an outlet
// for its object: "suspended the Norwegian Refugee Council", "suspended
// Human Rights Watch".
func suspendedBody(d *doc, k int) bool {
	m, ok := objectMention(d, k)
	if !ok || len(m.Actors) != 1 || d.passive(k) {
		return false
	}
	a := d.actors[m.Actors[0]]
	return a != nil && (a.Role == "non-governmental organisation" || a.Role == "political party" || a.Role == "news organisation")
}

// compensationPaid accepts a payment the clause names as compensation or
// reparations: "will pay the Czech Republic 35 million euros in
// compensation", "paid reparations to Kuwait" (not "paid a visit", "paid
// the price").
func compensationPaid(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+10 && !d.stop(i); i++ {
		if d.tok(i).Is("compensation", "reparations", "reparation", "indemnity", "indemnities", "damages") {
			return true
		}
	}
	return false
}

// onStrike accepts "went on strike" and "went on a general strike".
func onStrike(d *doc, k int) bool {
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("on")
}

// betweenNext accepts a go-between's verb whose sides follow it at once,
// an adverb or "back and forth" aside: "mediated between Israel and
// Hamas", "shuttled back and forth between Riyadh and Tehran" (not "a
// ceasefire mediated by Qatar took effect between …").
func betweenNext(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+4; i++ {
		if d.tok(i).Is("between") {
			return true
		}
		if d.cover[i] >= 0 || d.stop(i) || d.tok(i).Is(",", "by", "to", "for", "in", "on", "at") {
			return false
		}
	}
	return false
}

// placeThenHost accepts a visitor welcomed in a place, then by whom:
// "Tusk was welcomed in Berlin by Scholz", "was welcomed to Beijing by
// Xi".
func placeThenHost(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+3 >= n || !d.passive(k) || !d.tok(k+1).Is("in", "to") {
		return false
	}
	s := k - 1
	for s > 0 && d.tok(s).Is("was", "were", "is", "are", "been", "being", "has", "have", "had", "warmly") {
		s--
	}
	if d.cover[s] < 0 {
		return false // "Russia's move was welcomed in Beijing by Wang": a thing welcomed
	}
	for i := k + 2; i+1 < n && i <= k+5; i++ {
		if d.tok(i).Is("by") {
			j := actorAt(d, i+1, "the")
			return j >= 0 && d.personAt(j)
		}
		if !d.tok(i).Upper && !d.tok(i).Is("the") {
			return false
		}
	}
	return false
}

// hostTo accepts "played host to" a guest named next: "Scholz played
// host to Tusk", not "played host to the World Cup".
func hostTo(d *doc, k int) bool {
	return k+3 < len(d.in.Tokens) && d.tok(k+1).Is("host") && d.tok(k+2).Is("to") && actorAt(d, k+3, "the", "visiting") >= 0
}

// readyToMediate accepts "willing to mediate", "ready to host talks",
// "prepared to facilitate": an offer to help two sides meet.
func readyToMediate(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+2 >= n || !d.tok(k+1).Is("to") || !d.tok(k+2).Is("mediate", "host", "facilitate", "broker", "help", "arrange") {
		return false
	}
	for i := k + 3; i < n && i <= k+10; i++ {
		if d.tok(i).Is("between") {
			return true
		}
		if d.stop(i) {
			break
		}
	}
	return false
}

// yieldingTo accepts "agreed to allow", "agreed to let", "agreed late on
// Sunday to accept deportation flights", "agreed to return four villages":
// one side letting the other have what it sought, a concession rather
// than a pact ("agreed to accept the proposal" stays an agreement).
func yieldingTo(d *doc, k int) bool {
	n := len(d.in.Tokens)
	i := d.afterTimePhrase(k+1, n)
	if i+1 >= n || !d.tok(i).Is("to") || !d.tok(i+1).Is(yieldingVerbs...) {
		return false
	}
	for j := i + 2; j < n && j <= i+4; j++ {
		if d.tok(j).Is(accords...) || d.tok(j).Is("offer", "offers", "proposal", "proposals", "plan", "invitation", "ceasefire", "truce", "framework", "roadmap") {
			return false
		}
	}
	return true
}

// yieldingVerbs after "agreed to" give way: "allow", "let", "accept",
// "return", "hand over", "cede".
var yieldingVerbs = []string{"allow", "let", "accept", "return", "hand", "cede", "permit"}

// moneyOnly reports whether the clause after the verb at k names a sum
// of money or a loan, grant or credit, and no goods, arms or help in kind:
// "announced a grant of USD 15 million for Sri Lanka", not "announced $1.1
// billion in weapons for Kyiv" or "pledged emergency relief".
func moneyOnly(d *doc, k int) bool {
	money := false
	for i := k + 1; i < len(d.in.Tokens) && i <= k+16 && !d.stop(i); i++ {
		t := d.tok(i)
		if clauseOpener(t) && i > k+1 {
			break
		}
		switch {
		case t.Is(moneyNouns...) || strings.HasPrefix(t.Text, "$") || strings.HasPrefix(t.Text, "€") || strings.HasPrefix(t.Text, "£"):
			money = true
		case t.Is(goodsInKind...):
			return false
		}
	}
	return money
}

var moneyNouns = []string{"million", "billion", "dollars", "euros", "pounds", "yen", "yuan", "rupees", "loan", "loans",
	"grant", "grants", "credit", "credits", "financing", "funding", "funds", "bailout", "tranche", "money"}

// goodsInKind are what makes a pledge aid rather than a sum promised
// ("$500 million in aid to Ukraine" is told as aid).
var goodsInKind = []string{"weapons", "arms", "equipment", "ammunition", "munitions", "missiles", "tanks", "military",
	"security", "defence", "defense", "vaccines", "vaccine", "doses", "food", "medicine", "medicines", "supplies",
	"aid", "humanitarian", "relief", "emergency", "troops", "aircraft", "jets", "launchers", "systems", "artillery", "fuel", "grain", "wheat"}

// aidNotWithdrawn rejects an announcement of aid taken away: "announced
// that it was cutting assistance to El Salvador", "announced it would
// suspend aid to Niger" (the cut is a sanction of its own).
func aidNotWithdrawn(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+10; i++ {
		t := d.tok(i)
		if t.Is(aidNouns...) || d.stop(i) {
			return true
		}
		if t.Is(aidWithdrawals...) {
			return false
		}
		if clauseOpener(t) {
			return false // "announced that Slovakia would not send weapons": the clause's verb gives or withholds
		}
	}
	return true
}

// clauseOpener reports whether t opens or carries a clause of its own
// after a verb of announcing: "that", or an auxiliary.
func clauseOpener(t *token.Token) bool {
	return t.Is("that", "would", "will", "was", "were", "had", "could", "might")
}

// announcedPenalty accepts "announced sanctions on …" but not a clause
// whose own verb acts on the penalty: "announced that Japan was lifting
// its export curbs".
func announcedPenalty(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+10; i++ {
		t := d.tok(i)
		if t.Is(penalties...) || d.stop(i) {
			return true
		}
		if clauseOpener(t) {
			return false
		}
	}
	return true
}

// aidWithdrawals are the verbs that take aid away.
var aidWithdrawals = []string{"cut", "cuts", "cutting", "suspend", "suspends", "suspending", "suspended",
	"halt", "halts", "halting", "halted", "freeze", "freezes", "freezing", "froze", "end", "ends", "ending",
	"stop", "stops", "stopping", "withdraw", "withdrawing", "slash", "slashing", "reduce", "reducing", "pause", "pausing"}

// heldResponsible accepts "held X responsible" or "accountable": an
// actor right after the verb, then the charge.
func heldResponsible(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("to") {
		return false // "no responsibility to hold the Kremlin accountable": not done
	}
	i := actorAt(d, k+1, "the")
	if i < 0 {
		return false
	}
	e := d.mentionEnd(i)
	return e < len(d.in.Tokens) && d.tok(e).Is("responsible", "accountable", "liable", "culpable")
}

// protestedTo accepts "protested to" an actor right after: a complaint
// made to another state.
func protestedTo(d *doc, k int) bool {
	return k+1 < len(d.in.Tokens) && d.tok(k+1).Is("to") && actorAt(d, k+2, "the") >= 0
}

// notOwnedForces rejects "forces" someone owns as the threatened use of
// force: "threatened US forces in Syria" threatens the forces, not force
// in Syria.
func notOwnedForces(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+4 && !d.stop(i); i++ {
		if d.tok(i).Is("forces") {
			return d.cover[i] < 0 && d.cover[i-1] < 0 && !d.possessiveAt(i-1)
		}
	}
	return true
}

// afterCopula accepts an adjective that a form of "be" (or "remain",
// "feel") governs, at most an adverb between: "is deeply grateful to".
func afterCopula(d *doc, k int) bool {
	i := k - 1
	if i > 0 && (strings.HasSuffix(d.tok(i).Norm, "ly") || d.tok(i).Is("very", "so", "most", "truly")) {
		i--
	}
	return i >= 0 && (beForms[d.tok(i).Norm] || d.tok(i).Is("remain", "remains", "remained", "feel", "feels", "felt"))
}

// phoneCallNoun rejects "call" and "calls" that are no telephone call: a
// demand ("the call for a ceasefire between Israel and Hamas") or the
// verb after a relative pronoun ("a plan that calls for …").
func phoneCallNoun(d *doc, k int) bool {
	if k+1 < len(d.in.Tokens) && d.tok(k+1).Is("for") {
		return false
	}
	if k >= 2 && d.tok(k-1).Is("'s", "’s") && d.tok(k-2).Is("country", "nation", "government", "people") {
		return false // "for answering the country's call": an appeal
	}
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		if d.tok(j).Is("answering", "answered", "answer", "answers", "heeded", "heeding", "heed", "heeds", "responded", "responding", "respond") {
			return false // "heeded the call", "responded to Haiti's call for help": an appeal answered
		}
	}
	return k == 0 || !d.tok(k-1).Is("that", "which", "who", "it", "he", "she", "they")
}

// stateProtestedAct accepts a state's protest at an act, named as the
// verb's direct object or after "against": "Manila protested Beijing's
// actions at the shoal", "Japan protested the Chinese coast guard's
// incursion". A crowd
// that protests a decision demonstrates instead ("Students protested the
// fee rise"), and so does anyone protesting against or outside something.
func stateProtestedAct(d *doc, k int) bool {
	o := k + 1
	if j := d.placeAndDayEnd(o, len(d.in.Tokens)); j > o && j < len(d.in.Tokens) && d.tok(j).Is("against") {
		o = j // "Latvia protested on Monday against the arrest …"
	}
	if o >= len(d.in.Tokens) || d.tok(o).Kind != token.Word ||
		!d.tok(o).Is("against") && (nonActorPreps[d.tok(o).Norm] || locationPreps[d.tok(o).Norm] ||
			d.tok(o).Is("outside", "to", "over", "for", "and", "that", "in", "on", "at", "near")) {
		return false // ("Kenya protested against the detention of its citizens": a complaint too)
	}
	return d.stateProtesting(k)
}

// stateProtestedAfter accepts "Chile protested last month after Argentine
// sailors installed solar panels on its territory": a state's complaint
// about the act told after "after", aimed at its doer.
func stateProtestedAfter(d *doc, k int) bool {
	return d.causeOpenerAfter(k+1, len(d.in.Tokens)) > 0 && d.stateProtesting(k)
}

// stateProtesting reports whether the one actor just before the verb at
// k is a state or an authority, not a crowd.
func (d *doc) stateProtesting(k int) bool {
	for i := k - 1; i >= 0 && k-i <= 8; i-- {
		if d.stop(i) || d.tok(i).Is(",", ";", "who", "which", "that") && i < k-1 {
			return false
		}
		if d.cover[i] >= 0 {
			m := d.in.Mentions[d.cover[i]]
			if len(m.Actors) != 1 || d.crowd(m.Actors[0]) || d.protesters(m.Actors[0]) {
				return false
			}
			a := d.actors[m.Actors[0]]
			return a != nil && (a.Kind == parley.State || d.authority(m.Actors[0]))
		}
	}
	return false
}

// notLodged rejects a protest that is filed, lodged or sent ("filed a
// diplomatic protest against China"): a complaint, which the verb codes.
func notLodged(d *doc, k int) bool {
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		if d.tok(i).Is("filed", "files", "file", "filing", "lodged", "lodges", "lodge", "lodging", "sent", "send", "sends",
			"issued", "issue", "delivered", "registered", "diplomatic", "formal", "official", "note", "letter",
			"conveyed", "conveys", "convey", "conveying", "voiced", "voice") {
			return false
		}
		if i > 0 && d.possessiveAt(i) && d.cover[i-1] >= 0 {
			i = d.mentionStart(i - 1) // "conveyed Australia's protest": the lodger's own, past its name
			continue
		}
		if d.cover[i] >= 0 || d.stop(i) {
			break
		}
	}
	return true
}

// ceremonialWelcome accepts the noun "welcome" told as a ceremony: "a
// red-carpet welcome", "a warm welcome" (not "a cautious welcome to the
// plan", a reaction).
func ceremonialWelcome(d *doc, k int) bool {
	return k > 0 && d.tok(k-1).Is("red-carpet", "carpet", "warm", "rousing", "ceremonial", "official", "grand", "lavish", "royal", "hero's", "festive", "colourful", "colorful", "tumultuous")
}

// endedSomething rejects "ended" with no object of its own: "a war which
// ended with a Russian-brokered ceasefire" ended nothing.
func endedSomething(d *doc, k int) bool {
	return k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("with", "in", "on", "at", "after", "when", "without", "up")
}

// protestsOfGovernments accepts a protest noun followed by "from" and
// governments only: "prompting repeated protests from Manila and Hanoi",
// "drawing protests from Manila" (not "protests from students").
func protestsOfGovernments(d *doc, k int) bool {
	if k+2 >= len(d.in.Tokens) || !d.tok(k+1).Is("from") {
		return false
	}
	j := actorAt(d, k+2, "the")
	if j < 0 {
		return false
	}
	m := d.in.Mentions[d.cover[j]]
	for _, id := range m.Actors {
		if d.crowd(id) || d.protesters(id) || !d.authority(id) {
			return false
		}
	}
	return len(m.Actors) > 0
}

// notLodgedNorOfGovernments is notLodged for a protest noun that is no
// government's complaint (protestsOfGovernments).
func notLodgedNorOfGovernments(d *doc, k int) bool {
	return notLodged(d, k) && !protestsOfGovernments(d, k)
}

// aimAt accepts "took aim at", "took a swipe at": the aim, then "at" an actor.
func aimAt(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+4; i++ { // "took a thinly veiled swipe at"
		if d.tok(i).Is(aimWords...) {
			return i+1 < len(d.in.Tokens) && d.tok(i+1).Is("at")
		}
	}
	return false
}

// aimWords are what one takes "at" someone in words: "took aim at",
// "took a swipe at", "took potshots at".
var aimWords = []string{"aim", "swipe", "swipes", "jab", "jabs", "dig", "digs", "potshot", "potshots"}

// toreInto accepts "tore into" an actor: "tore into Beijing", not "tore
// into the crowd".
func toreInto(d *doc, k int) bool {
	return k+1 < len(d.in.Tokens) && d.tok(k+1).Is("into") && actorAt(d, k+2, "the") >= 0
}

// roundedOn accepts "rounded on" an actor: "the minister rounded on his
// critics", not "rounded on the corner".
func roundedOn(d *doc, k int) bool {
	return k+1 < len(d.in.Tokens) && d.tok(k+1).Is("on") && actorAt(d, k+2, "the", "his", "her", "their") >= 0
}

// goodWishes accepts a message or letter of congratulation, condolence or
// greeting: "sent a congratulatory message", "a letter of condolence".
func goodWishes(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+7; i++ {
		n := d.tok(i).Norm
		if strings.HasPrefix(n, "congratulat") || strings.HasPrefix(n, "condolence") || strings.HasPrefix(n, "greeting") ||
			strings.HasPrefix(n, "sympath") || n == "felicitations" {
			return true
		}
		if d.stop(i) || d.tok(i).Is("to") && i > k+3 {
			break
		}
	}
	return false
}

// hitWith accepts "hit X with <penalties>": "hit Russia with sanctions".
func hitWith(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+5; i++ {
		if d.tok(i).Is("with") {
			return true
		}
		if d.stop(i) {
			break
		}
	}
	return false
}

// crowdObject accepts a verb whose object right after it is a crowd
// ("dispersed the protesters", "beat demonstrators"), the only objects
// that make force of "beat" and "disperse".
func crowdObject(d *doc, k int) bool {
	if j := d.afterWeapons(k+1, len(d.in.Tokens)); j > k+1 {
		k = j - 1 // "dispersed with tear gas a crowd of …"
	}
	m, ok := objectMention(d, k)
	return ok && len(m.Actors) == 1 && d.crowd(m.Actors[0])
}

// crowdBeating accepts "beat" as force when a crowd is beaten or beats:
// "police beat demonstrators", "protesters beat the party's leader", "was
// beaten by protesters" (not "Biden beat Trump in Georgia", a vote won).
func crowdBeating(d *doc, k int) bool {
	if crowdObject(d, k) || d.crowdSubject(k) {
		return true
	}
	if k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("by") {
		return false
	}
	if crowdNouns[d.tok(k+2).Norm] {
		return true
	}
	m, ok := d.mentionAt(k + 2)
	return ok && len(m.Actors) == 1 && d.crowd(m.Actors[0])
}

// callOnActor accepts the noun "call" followed by "on" and an actor:
// "his call on both sides", not "a phone call on Tuesday".
func callOnActor(d *doc, k int) bool {
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("on", "upon") && actorAt(d, k+2, "the", "both", "all") >= 0 && !d.courtesyCall(k, k+1)
}

// despiteCalls accepts "calls" that a clause went ahead despite: "despite
// calls from the UN for restraint" are demands, and no phone call.
func despiteCalls(d *doc, k int) bool {
	return d.despiteAt(k, 0) >= 0 || d.callsFaced(k)
}

// callsFaced accepts calls a subject faces or draws, for something to be
// done: "faced calls from Biden to allow more aid", "drew calls from the
// EU for restraint" — demands, no phone call (a call received "to
// discuss" is one).
func (d *doc) callsFaced(k int) bool {
	u := d.undergoneAt(k, 0)
	if u < 0 || d.tok(u).Is("received", "receive", "receives", "receiving", "got", "get", "gets", "getting") {
		return false
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+10 && !d.stop(i); i++ {
		if d.tok(i).Is("for", "to") {
			return true
		}
	}
	return false
}

// missionStaff accepts a cut whose object is the staff of a diplomatic
// mission: "limit the number of staff at the Embassy of the Russian
// Federation", not "reduce the number of troops".
func missionStaff(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+10 && !d.stop(i); i++ {
		if d.tok(i).Is("embassy", "embassies", "consulate", "consulates", "mission", "missions", "diplomatic", "diplomats") {
			return true
		}
	}
	return false
}

// jointBefore accepts a noun that "joint" or "combined" qualifies, a few
// words before it ("joint Turkish-Russian patrols", "a two-week combined
// air exercise").
func jointBefore(d *doc, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if d.tok(i).Is("joint", "combined") {
			return !haltedBefore(d, i) // ("suspended joint exercises with Australia": ties cut, which the verb codes)
		}
		if d.stop(i) || d.tok(i).Is(",", "the", "a", "an", "their", "its") {
			return false
		}
	}
	return false
}

// tradeBlocked accepts "blocked" whose object is trade, not help: "blocked
// canola shipments from Canadian exporters", not "blocked aid shipments".
func tradeBlocked(d *doc, k int) bool {
	if !notNoun(d, k) {
		return false
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+5 && !d.stop(i); i++ {
		if d.tok(i).Is("aid", "relief", "humanitarian", "food", "medical", "fuel") {
			return false
		}
		if d.tok(i).Is("imports", "exports", "goods", "products", "purchases", "sales", "shipments") {
			return true
		}
	}
	return false
}

// crowdYieldedTo accepts a measure given up while a crowd protests it:
// a protest told in the sentence or the few before, by a crowd the
// article names.
func crowdYieldedTo(d *doc, k int) bool {
	if !notNoun(d, k) || d.tok(k-1).Is("to") && d.tok(k-2).Is("refused", "refuses", "declined", "declines", "not") {
		return false
	}
	return d.protestingCrowd(k) != ""
}

// answeredWithCrowdWeapons accepts "responded with tear gas", "reacted
// with water cannon and rubber bullets": the weapons of crowd control
// within a few words after "with".
func answeredWithCrowdWeapons(d *doc, k int) bool {
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("with") && d.crowdWeaponWithin(k+2, 4)
}

// crowdWeaponWithin reports whether a weapon of crowd control stands in
// the n words from i, in the clause.
func (d *doc) crowdWeaponWithin(i, n int) bool {
	for j := i; j < len(d.in.Tokens) && j < i+n && !d.stop(j); j++ {
		if d.tok(j).Is(crowdWeapons...) {
			return true
		}
	}
	return false
}

// protestingCrowd returns the crowd of protesters the article names
// nearest token k: in its sentence ("withdrew its bill after two nights of
// protests"), in the eight sentences before, else in the eight after; "" if
// none.
func (d *doc) protestingCrowd(k int) string {
	here := d.sentenceIndex(d.tok(k).Start)
	best, bestDist := "", 1<<30
	for _, m := range d.in.Mentions {
		if len(m.Actors) != 1 || !d.protesters(m.Actors[0]) {
			continue
		}
		si := d.sentenceIndex(m.Span.Start)
		dist := here - si
		switch {
		case dist == 0:
		case dist > 0 && dist <= 8:
		case dist < 0 && dist >= -8:
			dist = 10 - dist // after the act: only when none came before
		default:
			continue
		}
		if dist < bestDist {
			best, bestDist = m.Actors[0], dist
		}
	}
	return best
}

// crowdSubject accepts a verb whose subject, right before it past
// auxiliaries, is a crowd: "Polish farmers blocked", "residents have
// blocked".
func crowdSubject(d *doc, k int) bool {
	i := k - 1
	for i >= 0 && d.tok(i).Is("have", "has", "had", "also", "again", "repeatedly", "since") {
		i--
	}
	for j := i; j >= 0 && j >= i-5 && !d.stop(j) && !d.tok(j).Is(",", "and", "who", "which", "that"); j-- {
		if d.cover[j] < 0 {
			continue
		}
		m := d.in.Mentions[d.cover[j]]
		if len(m.Actors) == 1 && d.crowd(m.Actors[0]) {
			return true // ("Demonstrators in Cali have blocked": past the place)
		}
		if j == i && !d.placeMentionAt(j) {
			return false
		}
	}
	return false
}

// placeMentionAt reports whether the mention at token j names a place
// (a state or a city standing for one) after "in" or "from": "protesters
// in Cali", "farmers from Bavaria".
func (d *doc) placeMentionAt(j int) bool {
	s := d.mentionStart(j)
	return s > 0 && d.tok(s-1).Is("in", "from", "of")
}

// regretForHarm accepts "expressed regret for" a harm "caused to" or
// "suffered by" someone: sorrow for one's own side's doing, where "regret
// over the decision" disapproves of another's.
func regretForHarm(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+4; i++ {
		if d.tok(i).Is("regret", "regrets") {
			if !d.tok(i + 1).Is("for") {
				return false
			}
			for j := i + 2; j+1 < len(d.in.Tokens) && j <= i+8 && !d.stop(j); j++ {
				if d.tok(j).Is("caused", "suffered", "done") && d.tok(j+1).Is("to", "by") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// haltedBefore reports whether a verb that calls an activity off stands
// right before token i, past an article or possessive: "suspended their
// joint patrols", "cancelled the joint drills".
func haltedBefore(d *doc, i int) bool {
	j := i - 1
	if j >= 0 && d.tok(j).Is("the", "all", "its", "their", "planned", "annual", "scheduled") {
		j--
	}
	return j >= 0 && (d.tok(j).Is("suspended", "suspends", "suspend", "suspending", "halted", "halts", "halt", "froze", "frozen", "freezes", "paused", "pauses") || cancelWord(d, j))
}

// admittedAsMember accepts "admitted X as a (full) member" and "admitted X
// to the bloc": membership granted, not a fact owned up to.
func admittedAsMember(d *doc, k int) bool {
	if !actorObject(d, k) && !d.passive(k) { // ("Timor-Leste was admitted as a member of ASEAN")
		return false
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+10; i++ {
		if d.tok(i).Is("member", "members", "membership") {
			return true
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// outOf accepts a verb whose object is taken "out of" somewhere within a
// few words: "moving some of its soldiers out of Iraq".
func outOf(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+8; i++ {
		if d.tok(i).Is("out") && d.tok(i+1).Is("of") {
			return true
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// jointSetUp accepts a joint body or undertaking that the clause sets up
// or starts ("will set up a joint security mechanism", "launched a joint
// investigation"), not one only named ("a meeting of the joint
// coordination committee").
func jointSetUp(d *doc, k int) bool {
	if !jointBefore(d, k) {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-7; i-- {
		if d.tok(i).Is("set", "sets", "setting", "establish", "established", "establishes", "establishing", "create", "created",
			"creates", "creating", "form", "formed", "forms", "forming", "launch", "launched", "launches", "launching", "open",
			"opened", "opens", "start", "started", "starts", "begin", "began", "conduct", "conducted", "agreed", "agree") {
			return true
		}
		if d.stop(i) || d.tok(i).Is(",", "of") {
			return false
		}
	}
	return false
}

// notInfinitive rejects a verb after "to" ("agreed to restore ties"),
// whose act the verb before it tells.
func notInfinitive(d *doc, k int) bool {
	return k == 0 || !d.tok(k-1).Is("to")
}

// personaNonGrata accepts "declared X persona non grata".
func personaNonGrata(d *doc, k int) bool {
	// Far enough to pass an apposition on the people: "declared 18
	// employees of the Russian Embassy, identified by … as officers of
	// the SVR and GRU, persona non grata".
	for i := k + 2; i+2 < len(d.in.Tokens) && i <= k+30 && !d.stop(i); i++ {
		if d.tok(i).Is("persona") && d.tok(i+1).Is("non") && d.tok(i+2).Is("grata") {
			return true
		}
	}
	return false
}

// inForce accepts a ceasefire or truce as an event only when the sentence
// says it took hold: "the truce between X and Y took effect", "a ceasefire
// began" — not "called for a ceasefire".
func inForce(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+12; i++ {
		if d.tok(i).Is("never", "not", "n't", "failed", "yet") {
			return false // "the pause never took effect", "has not held"
		}
		if d.tok(i).Is("effect", "force", "began", "begins", "held", "holds", "started", "starts", "declared", "announced") {
			return true
		}
		if d.stop(i) {
			break
		}
	}
	return false
}

// pauseInForce accepts a pause in fighting that took effect or held: "a
// four-day pause in the fighting between Israel and Hamas took effect", "a
// humanitarian pause began".
func pauseInForce(d *doc, k int) bool {
	n := len(d.in.Tokens)
	fighting := k > 0 && d.tok(k-1).Is("humanitarian")
	for i := k + 1; i < n && i <= k+4; i++ {
		fighting = fighting || d.tok(i).Is("fighting", "hostilities", "combat", "war")
	}
	return fighting && inForce(d, k)
}

// notInExchange rejects "in exchange for": what one side got for an act,
// not an exchange the sides made.
func notInExchange(d *doc, k int) bool {
	return k == 0 || !d.tok(k-1).Is("in")
}

// keptFromLeaving accepts people named by their state as the object and
// "from leaving" after them: "barred all Malaysians in its territory from
// leaving", "preventing North Korean citizens from leaving the country".
func keptFromLeaving(d *doc, k int) bool {
	named := false
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+10 && !d.stop(i); i++ {
		if d.cover[i] >= 0 {
			named = true
		}
		if d.tok(i).Is("from") {
			return named && d.tok(i+1).Is("leaving", "exiting", "departing")
		}
	}
	return false
}

// labourSent accepts a sending of workers abroad as the object: "the
// deployment of workers", "the dispatch of its domestic helpers", "the
// recruitment of labourers".
func labourSent(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+4 && !d.stop(i); i++ {
		if d.tok(i).Is("deployment", "deployments", "dispatch", "sending", "recruitment", "hiring", "export", "departure", "departures") && d.tok(i+1).Is("of") {
			return true
		}
	}
	return false
}

// listNouns name a list of people, not the people themselves.
var listNouns = []string{"list", "lists", "names", "register", "roster"}

// publishedNouns are what "released" makes public rather than sets free:
// "released a statement to members of the press".
var publishedNouns = []string{"statement", "statements", "report", "reports", "video", "videos", "footage", "figures",
	"data", "details", "document", "documents", "photos", "photographs", "images", "findings", "transcript",
	"recording", "communique", "communiqué", "text", "results", "letter", "map"}

// listOfPeople accepts a list of captives or displaced people after the
// trigger: "a first list of 8,032 refugees", "lists of prisoners of war";
// not "a list of demands".
func listOfPeople(d *doc, k int) bool {
	i := k + 1
	if d.tok(i).Is("over") {
		i++ // "handed over a list of …"
	}
	for ; i+1 < len(d.in.Tokens) && i <= k+7 && !d.stop(i); i++ {
		if !d.tok(i).Is(listNouns...) || !d.tok(i+1).Is("of") {
			continue
		}
		for j := i + 2; j < len(d.in.Tokens) && j <= i+6 && !d.stop(j); j++ {
			if objectNoun(d.tok(j).Norm, captives) || d.tok(j).Is("refugees", "migrants", "missing", "displaced", "deportees", "fishermen") {
				return true
			}
		}
		return false
	}
	return false
}

// captiveSwap accepts an exchange of captives named before or after the
// noun: "a prisoner swap", "an exchange of prisoners", not "an exchange of
// views" or "the stock exchange".
func captiveSwap(d *doc, k int) bool {
	// "agreed on a prisoner exchange", "are negotiating a swap", "a
	// possible exchange": the exchange is still to come.
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		t := d.tok(i)
		if t.Is(".", ";", ":") {
			break
		}
		for _, stem := range []string{"agree", "negotiat", "discuss", "propos", "call", "demand", "plan", "seek", "sought",
			"possib", "potential", "future", "talk", "deal", "offer", "prepar", "arrang"} {
			if strings.HasPrefix(t.Norm, stem) {
				return false
			}
		}
	}
	if k > 0 && d.tok(k-1).Is("prisoner", "prisoners", "hostage", "hostages", "detainee", "detainees", "captive", "captives", "POW", "POWs") {
		return true
	}
	if k+2 < len(d.in.Tokens) && d.tok(k+1).Is("of") {
		for i := k + 2; i < len(d.in.Tokens) && i <= k+5; i++ {
			if d.tok(i).Is(captives...) {
				return true
			}
		}
	}
	return false
}

// ledForces are what a state leads that others join in arms.
var ledForces = []string{"coalition", "mission", "force", "forces", "operation", "operations", "campaign", "intervention"}

// joinedLedForce reports whether the verb at k joins a force another
// leads: "joined the US-led coalition", "joins the Kenyan-led mission".
func joinedLedForce(d *doc, k int) bool {
	i := k + 1
	if d.tok(i).Is("the", "a") {
		i++
	}
	cut := strings.LastIndexByte(d.tok(i).Text, '-')
	return cut > 0 && strings.EqualFold(d.tok(i).Text[cut+1:], "led") && objectNoun(d.tok(i+1).Norm, ledForces)
}

// joinedBody accepts "joined" whose object is an international body of
// states: "Croatia joined the European Union", "Finland formally joined
// the alliance" (not "joined NATO leaders for dinner", nor "joined the
// EU-led mission"; "joined the EU in talks" is a meeting, read first).
func joinedBody(d *doc, k int) bool {
	i := actorAt(d, k+1, "the")
	if i < 0 {
		return false
	}
	if k > 0 && d.tok(k-1).Is("to", "against", "on", "of", "for", "about", "let", "lets") {
		return false // "applied to join the alliance", "voted against joining the Common Market": a bid, not a member yet
	}
	m, _ := d.mentionAt(i)
	if len(m.Actors) != 1 || !d.intergovernmental(m.Actors[0]) {
		return false
	}
	e := d.mentionEnd(i)
	return e >= len(d.in.Tokens) || !d.tok(e).Is("leaders", "ministers", "officials", "forces", "troops", "mission", "agencies", "bodies", "'s", "’s") && !strings.HasPrefix(d.tok(e).Norm, "-")
}

// joinedFor accepts "joined X for/in/at <a gathering>" as a meeting with
// X: "joined Biden for the first summit", "joined Putin in talks".
func joinedFor(d *doc, k int) bool {
	n := len(d.in.Tokens)
	i := actorAt(d, k+1, "the")
	if i < 0 {
		return false
	}
	i = d.mentionEnd(i)
	if i >= n || !d.tok(i).Is("for", "in", "at", "on") {
		return false
	}
	for j := i + 1; j < n && j <= i+4; j++ {
		if objectNoun(d.tok(j).Norm, gatherings) {
			return true
		}
		if d.stop(j) || d.tok(j).Is(",") {
			return false
		}
	}
	return false
}

// intransitive accepts a verb used without a direct object, as a protest
// verb is ("thousands rallied outside parliament"); with one it means
// something else ("tried to rally allies against both countries").
func intransitive(d *doc, k int) bool {
	if !notNoun(d, k) || k+1 >= len(d.in.Tokens) {
		return false
	}
	return d.tok(k+1).Is("against", "outside", "in", "at", "near", "across", "through", "on", "again", ",", ".", ";")
}

// stop reports whether token i ends a sentence or clause for the guards:
// a semicolon, or a full stop that does not close an abbreviation ("Mr.",
// "U.S.").
func (d *doc) stop(i int) bool {
	t := d.tok(i)
	if t.Is(";") {
		return true
	}
	if !t.Is(".") {
		return false
	}
	if i == 0 {
		return true
	}
	p := d.tok(i - 1)
	return !(p.Kind == token.Word && p.Upper && (len(p.Text) == 1 || abbreviations[p.Norm]))
}

var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true,
	"rep": true, "st": true, "lt": true, "col": true, "gov": true, "prof": true, "jr": true, "sr": true, "maj": true,
	"capt": true, "adm": true, "sgt": true, "rev": true, "no": true, "vs": true,
	// months ("who will hand over power on Oct. 1, met …")
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true}

// notWith rejects "together with", which joins a list rather than saying
// that the actors acted together, and "work together", which speaks of
// cooperation, not of a meeting.
func notWith(d *doc, k int) bool {
	if k > 0 && (strings.HasPrefix(d.tok(k-1).Norm, "work") || d.tok(k-1).Is("efforts", "effort", "cooperate", "strive")) {
		return false // "would make efforts together to build stable relations": a pledge, no meeting
	}
	if k > 0 && d.tok(k-1).Is("closer", "further", "more", "back") {
		return false // "would push Moscow and Beijing closer together": drawn nearer, no meeting
	}
	if d.objectListBefore(k) {
		return false
	}
	return k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("with")
}

// objectListBefore reports whether the names right before token k are
// the object of a word before them, not a subject: "will feature members
// Tom Johnston, Patrick Simmons and Michael McDonald together".
func (d *doc) objectListBefore(k int) bool {
	i := k - 1
	for i >= 0 && (d.cover[i] >= 0 || d.tok(i).Is(",", "and")) {
		i--
	}
	if i == k-1 || i < 0 {
		return false
	}
	t := d.tok(i)
	return t.Kind == token.Word && !t.Upper && !t.Is("and", "but", "when", "as", "while", "after", "before", "the", "both", "then", "that", "where", "once")
}

// callOn accepts "called on X" (an adverb may come between) as a request;
// "called off strikes on three sites" is not one.
func callOn(d *doc, k int) bool {
	i := k + 1
	for i < len(d.in.Tokens) && d.tok(i).Is("publicly", "again", "also", "repeatedly", "formally", "jointly") {
		i++
	}
	return i < len(d.in.Tokens) && d.tok(i).Is("on", "upon") && !d.courtesyCall(k, i)
}

// courtesyCall reports whether "called on" at k (the "on" at on) is a
// visit, as diplomatic usage has it — "Jaishankar called on Prime
// Minister Sheikh Hasina in Dhaka", "paid a courtesy call on" — and not a
// demand: a person called on, and no "to" or "for" of what is asked.
func (d *doc) courtesyCall(k, on int) bool {
	if k > 0 && d.tok(k-1).Is("courtesy") {
		return true
	}
	at := on + 1
	if d.tok(at).Is("the") && d.cover[at] < 0 {
		// "called on the Speaker of the House of Representatives, Yohei
		// Kono": the person the office's apposition names
		at = on + 2
		for at < len(d.in.Tokens) && at <= on+9 && !d.personAt(at) && !d.stop(at) && (d.tok(at).Upper || d.tok(at).Is("of", "the", ",")) {
			at++
		}
	}
	m, ok := d.mentionAt(at)
	if !ok || len(m.Actors) != 1 || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind != parley.Person {
		return false
	}
	n := len(d.in.Tokens)
	for j := d.mentionEnd(at); j < n && j <= on+16; j++ {
		t := d.tok(j)
		if t.Is(".", ";") {
			break
		}
		if t.Is("for") || t.Is("to") && j+1 < n && !d.tok(j+1).Upper && d.cover[j+1] < 0 {
			return false // "called on Putin to end the war", "called on him for restraint"
		}
	}
	return true
}

// phoneCallTo accepts a call by phone "to" an actor: "made a phone call to
// Putin", not "a call to arms" or "calls to Israel to halt the war".
func phoneCallTo(d *doc, k int) bool {
	return k > 0 && d.tok(k).Is("call") && d.tok(k-1).Is("phone", "telephone") && k+2 < len(d.in.Tokens) && d.tok(k+1).Is("to") &&
		actorAt(d, k+2, "the") >= 0
}

// calledOnPerson accepts a courtesy call: "called on the prime minister",
// "a courtesy call on President Wickremesinghe".
func calledOnPerson(d *doc, k int) bool {
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("on", "upon") && d.courtesyCall(k, k+1)
}

// notAMessage rejects "received a call from", "received a letter from":
// a message, not a guest.
func notAMessage(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+3; i++ {
		if d.tok(i).Is("call", "calls", "letter", "letters", "message", "messages", "phone", "telephone", "note") ||
			d.tok(i).Is("request", "requests", "appeal", "demand", "demands", "pledge", "criticism", "condemnation", "praise", "warning", "threat", "threats",
				"invitation", "ultimatum", "protest", "complaint", "apology", "assurances") {
			// ("received a request from Kyiv": the request, no visit)
			return false
		}
	}
	return true
}

// pressVerb rejects "press" as the noun of "a joint press conference",
// "the press secretary", "told the press".
func pressVerb(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("the", "a", "joint", "free", "foreign", "local", "state") {
		return false
	}
	return k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("conference", "conferences", "briefing", "briefings", "release", "releases",
		"secretary", "office", "service", "agency", "statement", "freedom", "corps", "room", "event")
}

// jointText accepts a text issued that its words make the parties' own:
// "a joint statement", "a common understanding", "a declaration" (not "a
// statement condemning …", which one side may issue alone).
func jointText(d *doc, k int) bool {
	joint := false
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if d.tok(i).Is("joint", "common", "shared") {
			joint = true
		}
		if d.tok(i).Is("statement", "understanding", "consensus", "declaration", "communique", "communiqué") {
			return (joint || !d.tok(i).Is("statement", "understanding", "consensus")) && !d.textAimedAtThird(i)
		}
	}
	return false
}

// textAimedAtThird reports whether the text named at i goes on to act on
// someone — "a joint statement on Dec. 12 expressing support for
// Castillo", "calling on the CNE to release the data" — as a common stand
// toward a third, no accord between its signers.
func (d *doc) textAimedAtThird(i int) bool {
	here := d.sentenceIndex(d.tok(i).Start)
	for j := i + 1; j < len(d.in.Tokens) && j <= i+8 && !d.tok(j).Is(";") && d.sentenceIndex(d.tok(j).Start) == here; j++ { // ("on Dec. 12 expressing")
		if t := d.tok(j); t.Kind == token.Word && !t.Upper && strings.HasSuffix(t.Norm, "ing") && d.cover[j] < 0 {
			return true
		}
		if d.tok(j).Is("that", "which") {
			return false
		}
	}
	return false
}

// tiesPledged accepts a pledge or a vow to make ties closer or mend
// them: "pledged to deepen security cooperation", "vowed to further
// strengthen relations", "pledged on March 10 to restore diplomatic
// relations" (not "pledged to support Ukraine", help promised to a third).
func tiesPledged(d *doc, k int) bool {
	i := d.afterTimePhrase(k+1, len(d.in.Tokens)) // "pledged on March 10 to restore ties"
	if i >= len(d.in.Tokens) || !d.tok(i).Is("to") {
		return false
	}
	i++
	if i < len(d.in.Tokens) && d.tok(i).Is("further", "jointly", "also") {
		i++
	}
	if i >= len(d.in.Tokens) || !d.tok(i).Is("deepen", "strengthen", "boost", "expand", "enhance", "bolster", "intensify", "improve", "upgrade", "broaden", "step",
		"restore", "normalise", "normalize", "resume", "re-establish", "reestablish", "mend", "repair", "rebuild", "renew") {
		return false
	}
	for j := i + 1; j < len(d.in.Tokens) && j <= i+5; j++ {
		if relationNouns[d.tok(j).Norm] && !d.tok(j).Is("border", "tensions", "dispute", "conflict", "war", "crisis", "problems", "problem", "issues", "situation", "confrontation", "standoff", "frontier") ||
			d.tok(j).Is("coordination", "exchanges", "contacts", "collaboration", "engagement") {
			return true
		}
		if d.cover[j] >= 0 || d.stop(j) {
			return false
		}
	}
	return false
}

// aidAsVerb accepts the bare "aid" as a verb, after "to" or a modal or
// before the one aided, but not as the noun that qualifies another: "to
// aid Ukraine", "would aid the rebels" (not "French aid worker Sophie
// Pétronin", "an aid convoy").
func aidAsVerb(d *doc, k int) bool {
	if k+1 < len(d.in.Tokens) && d.tok(k+1).Kind == token.Word && !d.tok(k+1).Upper && d.cover[k+1] < 0 && !d.tok(k+1).Is("the", "its", "their", "his", "her", "in", "with") {
		return false // "aid workers", "aid agencies", "aid flows"
	}
	if k > 0 && (d.tok(k-1).Is("to") || verbGroupWords[d.tok(k-1).Norm]) {
		return true
	}
	return k > 0 && !determiners[d.tok(k-1).Norm] && !(d.cover[k-1] >= 0 && d.in.Mentions[d.cover[k-1]].Via == parley.ViaAdjective)
}

// jointConference accepts "conference" held jointly before the press:
// "a joint news conference", "a press conference between" two leaders.
func jointConference(d *doc, k int) bool {
	if k > 1 && d.tok(k-1).Is("news", "press") {
		if d.tok(k + 1).Is("between") {
			return true // "a news conference between Trump and Liu He": the two side by side
		}
		if k+2 < len(d.in.Tokens) && d.tok(k+1).Is("with") {
			// "at a news conference with Xi": beside a leader named, not
			// before reporters
			if i := actorAt(d, k+2, "the", "his", "her", "their"); i >= 0 && d.personAt(i) {
				return true
			}
		}
		k--
	}
	return k > 0 && d.tok(k-1).Is("joint")
}

// briefedActor accepts "brief" as a verb whose object is a person named
// right after it: "briefed Kagame", "to brief President Lourenço".
func briefedActor(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("a", "an", "the", "his", "her", "their", "its", "daily", "weekly", "regular") {
		return false
	}
	// A person only: "brief the junta leader, Mamady Doumbouya" names the
	// one briefed after the body.
	i := actorAt(d, k+1, "the")
	return i >= 0 && d.personAt(i)
}

// contactMade accepts "contact" made or kept with someone: "made contact
// with", "established contact with", "remained in close contact with",
// "is in touch with".
func contactMade(d *doc, k int) bool {
	if k <= 0 || k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("with") {
		return false
	}
	p := k - 1
	if d.tok(p).Is("close", "constant", "regular", "direct", "frequent", "daily", "permanent") {
		p-- // "remained in close contact with President Carter", "is in close touch with"
	}
	if d.tok(k-1).Is("made", "make", "makes", "making", "established", "establish", "establishes", "establishing") {
		return true
	}
	// (kept up with someone named: not "in regular contact with both
	// commanders", whom no name gives)
	return d.tok(p).Is("in") && actorAt(d, k+2, "the") >= 0
}

// afterVideo accepts "conference" right after "video".
func afterVideo(d *doc, k int) bool { return k > 0 && d.tok(k-1).Is("video") }

// raisedToPartnership accepts "raised their relationship to a … partnership
// (level)", not "raised the issue of relations with Russia".
func raisedToPartnership(d *doc, k int) bool {
	to := false
	for i := k + 1; i < len(d.in.Tokens) && i <= k+12; i++ {
		if d.stop(i) {
			return false
		}
		to = to || d.tok(i).Is("to")
		if to && d.tok(i).Is("partnership", "level") {
			return true
		}
	}
	return false
}

// videoLinkBy accepts "link" as the medium of "by video link", "via video
// link" (not "a rail link", "links with Moscow").
// The telling verb must stand before its addressee: "told the Council
// by video link", not "will address the leaders by video link", a speech.
func videoLinkBy(d *doc, k int) bool {
	s := d.byVideoStart(k)
	if !d.byVideo(k, -1) {
		return false
	}
	for v := s - 1; v >= 0 && s-v <= 8; v-- {
		if addressVerbs[d.tok(v).Norm] && d.cover[v] < 0 {
			return !d.speechAudience(v+1, s) // (not "told the General Assembly by video link": a speech)
		}
	}
	return false
}

// speechAudience reports whether tokens [a, b) name an assembly or a
// gathering one speaks to rather than meets: "the UN General Assembly",
// "the European Parliament", "the summit".
func (d *doc) speechAudience(a, b int) bool {
	for i := a; i < b; i++ {
		if d.tok(i).Is("assembly", "parliament", "congress", "senate", "summit", "conference", "forum", "session", "rally", "gathering", "lawmakers", "legislators") {
			return true
		}
	}
	return false
}

// afterBy accepts "phone" or "telephone" as the medium: "by telephone".
func afterBy(d *doc, k int) bool { return k > 0 && d.tok(k-1).Is("by") }

// guestOfHost accepts a person who "was" someone's guest: "Putin was
// Xi's guest", "was the guest of the emir" (not "guest workers", "a
// guest on a talk show").
func guestOfHost(d *doc, k int) bool {
	n := len(d.in.Tokens)
	host := k >= 3 && d.possessiveAt(k-1) && d.cover[k-2] >= 0 && beForms[norm(d.tok(d.mentionStart(k-2)-1))] ||
		k+2 < n && d.tok(k+1).Is("of") && actorAt(d, k+2, "the") >= 0 && k >= 2 && d.tok(k-1).Is("the") && beForms[norm(d.tok(k-2))]
	return host
}

// envoySent accepts a person sent, a few words after the verb, "to" a
// capital or state: "sent his envoy Jean-Yves Le Drian to Beirut",
// "dispatched CIA Director William Burns to Cairo" (not "sent troops").
func envoySent(d *doc, k int) bool {
	p := d.sentPerson(k)
	return p >= 0 && d.tok(d.mentionEnd(p)).Is("to") && d.capitalAt(d.mentionEnd(p)+1)
}

// sentPerson returns the first token of the person named within six
// words after the verb at k, before any "to", or -1.
func (d *doc) sentPerson(k int) int {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6 && !d.tok(i).Is("to", ",", ".", ";"); i++ {
		if d.personAt(i) && !d.tok(i).Is("his", "her", "its", "their") {
			return i
		}
		if d.cover[i] >= 0 && !d.tok(i).Is("his", "her", "its", "their") {
			return -1 // ("his envoy Le Drian": the owner is no one sent)
		}
	}
	return -1
}

// onThePhoneWith accepts "on the phone with": "was on the phone with
// Zelensky", "got on the phone with Museveni".
func onThePhoneWith(d *doc, k int) bool {
	return k >= 2 && d.tok(k-1).Is("the") && d.tok(k-2).Is("on") && k+1 < len(d.in.Tokens) && d.tok(k+1).Is("with")
}

// actorRungUp accepts a person's "dialled" or "rang" with an actor right
// after it ("rang Putin", "rang up the emir"), not "rang alarm bells" or
// "the bell rang".
func actorRungUp(d *doc, k int) bool {
	return actorAt(d, k+1, "up", "the") >= 0 && personBefore(d, k)
}

// bilateralWith accepts "bilateral" as a noun before "with": "held a
// bilateral with Macron".
func bilateralWith(d *doc, k int) bool {
	return k+1 < len(d.in.Tokens) && d.tok(k+1).Is("with") && k > 0 && d.tok(k-1).Is("a", "the") || meetingNounHeld(d, k)
}

// meetingNounHeld accepts a word of a meeting after "held" or "had",
// modifiers aside, or before "with" or "between": "Sunak and Meloni held
// a bilateral", "had their first face-to-face encounter", "a tête-à-tête
// with Erdogan".
func meetingNounHeld(d *doc, k int) bool {
	if k+1 < len(d.in.Tokens) && d.tok(k+1).Is("with", "between") {
		return true
	}
	for j := k - 1; j >= 0 && k-j <= 5; j-- {
		t := d.tok(j)
		if t.Is("held", "hold", "holds", "holding", "had", "have", "has", "having") && d.cover[j] < 0 {
			return true
		}
		if !d.nounModifier(j) && !t.Is("their", "his", "her", "first", "second", "brief", "private", "rare", "face-to-face", "working", "closed-door") {
			return false
		}
	}
	return false
}

// personalEncounter accepts an encounter of leaders held or had ("their
// first face-to-face encounter", "the encounter between Modi and
// Sharif"), not a clash: "killed in an encounter with police", "a close
// encounter between warships".
func personalEncounter(d *doc, k int) bool {
	if !meetingNounHeld(d, k) {
		return false
	}
	for j := max(0, k-10); j < len(d.in.Tokens) && j <= k+10; j++ {
		if d.tok(j).Is("killed", "shot", "gunfight", "firefight", "police", "militants", "rebels", "troops", "soldiers", "armed", "deadly",
			"warship", "warships", "vessels", "ships", "jets", "aircraft", "fighter", "naval", "close") {
			return false
		}
	}
	return true
}

// audienceWith accepts "an audience with" someone: "Ruto's audience with
// Pope Francis" (not an audience of listeners).
func audienceWith(d *doc, k int) bool {
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("with") && actorAt(d, k+2, "the") >= 0
}

// gaveUltimatum accepts "gave X an ultimatum" or "a final warning".
func gaveUltimatum(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+9; i++ {
		if d.tok(i).Is(".", ";") {
			break
		}
		if d.tok(i).Is("ultimatum", "ultimatums") {
			return true
		}
	}
	// "gave the army 15 days to return to its barracks", "gave TPLF
	// leaders 72 hours to surrender before an assault": a time set to act
	// in is an ultimatum, whether or not force is said to follow.
	return deadlineAct(d, k) >= 0
}

// attackedInWords accepts "attacked" whose object is a person and whose
// sentence tells of no weapon or wound: a verbal attack ("attacked
// Yovanovitch on Twitter", "Corbyn attacked Johnson over the NHS").
func attackedInWords(d *doc, k int) bool {
	i := actorAt(d, k+1, "the", "his", "her")
	if i < 0 {
		return false
	}
	m, ok := d.mentionAt(i)
	if !ok || len(m.Actors) != 1 || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind != parley.Person {
		return false
	}
	a, b := d.tokensOf(d.sentenceAround(k))
	for j := a; j < b; j++ {
		if d.tok(j).Is("gun", "guns", "gunmen", "knife", "shot", "shooting", "stabbed", "killed", "wounded", "injured", "bomb", "explosive", "assassination", "attackers", "assailant", "hospital", "bodyguards") {
			return false
		}
	}
	return true
}

// needForActorTo reports whether the verb at k goes on "the need for
// <actor> to …": "emphasised the need for Pakistan to take firm action".
func needForActorTo(d *doc, k int) bool {
	i := k + 1
	if d.tok(i).Is("the") {
		i++
	}
	if !d.tok(i).Is("need") || !d.tok(i+1).Is("for") {
		return false
	}
	j := i + 2
	if d.tok(j).Is("the") {
		j++
	}
	if _, ok := d.mentionAt(j); !ok {
		return false
	}
	return d.tok(d.mentionEnd(j)).Is("to")
}

// stanceLine reports whether the verb at k takes "line" in the singular,
// a stance ("attacked Berlin's line", "the hard line"), and not a front's
// lines.
func stanceLine(d *doc, k int) bool {
	for j := k + 1; j < len(d.in.Tokens) && j <= k+6; j++ {
		if d.tok(j).Is("lines", "front", "defensive", "enemy", "supply") {
			return false
		}
		if d.tok(j).Is("line") {
			return true
		}
	}
	return false
}

// calledOff reports whether the noun trigger at k is what a verb of
// cancelling just before it calls off: "called off retaliatory strikes",
// "cancelled the summit".
func (d *doc) calledOff(k int) bool {
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		t := d.tok(i)
		if d.cover[i] >= 0 && !t.Is("his", "her", "their", "its") || t.Kind == token.Punct {
			return false // ("cancelled his visit" goes on past the pronoun)
		}
		if t.Is("after", "following", "amid", "despite", "since", "before") {
			return false // "the tariffs were scrapped in March after talks": the talks led to it
		}
		if cancelWord(d, i) {
			return true
		}
	}
	return false
}

// notAWarningOfFact rules out "warned that Russia was preparing for a
// wider war": a warning that tells what another is doing, in a tense of
// fact, threatens no one. ("warned that Iran would pay a price" and
// "warned Moscow that …" still threaten.)
func notAWarningOfFact(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+2 < n && d.tok(k+1).Is("of") && d.tok(k+2).Is(foretoldHarm...) {
		return false // "warning of dangerous consequences": harm foreseen, not promised
	}
	c := k + 1
	if c < n && d.cover[c] >= 0 && !d.quoted[c] {
		c = d.mentionEnd(c) // "had warned Tegucigalpa that China often makes promises …"
	}
	if c >= n || !d.tok(c).Is("that") {
		return true
	}
	if c+3 < n && (d.cover[c+1] < 0 || d.tok(c+1).Is("it")) && d.cover[c+2] < 0 {
		// "warned that the move could destabilise Europe", "that it might
		// backfire": harm a deed may bring, foreseen, not promised
		s := c + 1
		if d.tok(s).Is("the", "this", "such", "that") && !d.tok(s+1).Is("could", "might", "may") {
			s++
		}
		if d.tok(s).Is("it", "this", "move", "decision", "step", "plan", "law", "bill", "deal", "policy", "measure", "measures", "moves", "decisions", "steps") &&
			d.tok(s+1).Is("could", "might", "may") {
			return false
		}
	}
	named := false
	for i := c + 1; i < n && i <= c+10; i++ {
		t := d.tok(i)
		if d.cover[i] >= 0 {
			named = true
			continue
		}
		if t.Is("the", "its", "their", "his", "her") || named && t.Is("often", "already", "still", "now", "also", "increasingly", "repeatedly", "routinely") {
			continue
		}
		if c > k+1 {
			// "had warned Tegucigalpa that China often makes promises it
			// does not keep": what a named other does as a habit, told to
			// the one warned (not "warned Greece that Turkey has the power").
			return !(named && t.Kind == token.Word && !t.Upper && strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss") &&
				!auxWords[t.Norm] && !t.Is("has", "is", "was", "remains", "means") && !d.warnerSide(k, c))
		}
		return !t.Is("is", "are", "was", "were", "has", "have", "had", "remains", "remained")
	}
	return true
}

// warnerSide reports whether the first actor of the that-clause at c is
// on the side of the one who warns at k.
func (d *doc) warnerSide(k, c int) bool {
	a, _ := d.tokensOf(d.sentenceAround(k))
	subj, _ := d.subjects(k, d.clauseStart(k, a))
	for i := c + 1; i < len(d.in.Tokens) && i <= c+4; i++ {
		if d.cover[i] >= 0 {
			for _, id := range d.in.Mentions[d.cover[i]].Actors {
				if d.sameSide(subj, id) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// armedActor accepts "arm" as a verb with an actor as its object ("Iran
// has armed the Houthis"), not "armed groups" or "armed with".
func armedActor(d *doc, k int) bool {
	return k > 0 && notNoun(d, k) && actorObject(d, k) && !d.tok(k-1).Is("heavily", "well", "lightly", "the", "an") && notHeldNumber(d, k) &&
		!(k+1 < len(d.in.Tokens) && armsCompound[d.tok(k+1).Norm])
}

// armsCompound are the nouns "arms" modifies as a noun itself: "arms
// dealer Viktor Bout", "the arms embargo on Libya".
var armsCompound = map[string]bool{"dealer": true, "dealers": true, "trafficker": true, "traffickers": true,
	"smuggler": true, "smugglers": true, "smuggling": true, "embargo": true, "control": true, "race": true,
	"sales": true, "deal": true, "deals": true, "supplier": true, "suppliers": true, "exports": true,
	"shipments": true, "industry": true, "maker": true, "makers": true, "trade": true, "cache": true, "depot": true}

// notCloseTo rejects "close" as the adjective: "drills held close to the
// Polish border", "sources close to the Kremlin". The verb takes its
// object first: "closed its border to Belarusian trucks".
func notCloseTo(d *doc, k int) bool {
	return !(d.tok(k).Is("close") && k+1 < len(d.in.Tokens) && d.tok(k+1).Is("to"))
}

// envoySummoned accepts a passive summons of an envoy: "Russia's
// ambassador was summoned to the State Department".
func envoySummoned(d *doc, k int) bool {
	if k < 2 || !d.tok(k-1).Is("was", "were", "been", "being") {
		return false
	}
	// (The envoy's name may stand in apposition: "Canada's high
	// commissioner, Cameron MacKay, was summoned", "Cameron MacKay,
	// Canada's high commissioner, was summoned".)
	commas := 0
	for i := k - 2; i >= 0 && i >= k-12; i-- {
		if d.tok(i).Is("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "chargé", "charge", "commissioner") {
			return true
		}
		if d.tok(i).Is(",") && commas < 2 {
			commas++
			continue
		}
		if d.tok(i).Kind == token.Punct || commas == 0 && i < k-6 {
			return false
		}
	}
	return false
}

// aheadOf reports whether the noun at k follows "ahead of", "in
// preparation for" or "the way for" in its own phrase: an act still to
// come.
func (d *doc) aheadOf(k int) bool {
	for i := k - 1; i >= 1 && k-i <= 5; i-- {
		t := d.tok(i)
		if t.Kind == token.Punct || d.cover[i] >= 0 && !t.Is("its", "their", "his", "her") {
			return false
		}
		if t.Is("of") && d.tok(i-1).Is("ahead") || t.Is("for") && d.tok(i-1).Is("preparation", "preparations") ||
			t.Is("for") && d.tok(i-1).Is("way", "stage", "groundwork", "ground", "path") && i >= 3 && d.tok(i-2).Is("the") { // "paving the way for a meeting"
			return true
		}
	}
	return false
}

// cancelWord reports whether token i says an act was called off:
// "cancelled", "postponed", "skipped", "called off", "pulled out of".
func cancelWord(d *doc, i int) bool {
	t := d.tok(i)
	return t.Is("cancelled", "canceled", "scrapped", "postponed", "scuttled", "aborted", "skipped", "shelved") ||
		t.Is("off") && i > 0 && d.tok(i-1).Is("called", "calls", "call", "calling", "put") ||
		t.Is("of") && i > 1 && d.tok(i-1).Is("out") && d.tok(i-2).Is("pulled", "pulls", "pull", "pulling")
}

// calledOffAfter reports whether the noun at k is the subject of a
// passive that calls it off, before the clause ends: "The talks between
// Rubio and Lavrov scheduled for Thursday were cancelled", "Orban's trip
// has been postponed".
func (d *doc) calledOffAfter(k, b int) bool {
	rel := false
	for i := k + 1; i+1 < b && i <= k+20; i++ {
		t := d.tok(i)
		if t.Is(",") && d.tok(i+1).Is("planned", "scheduled", "expected", "due", "set") {
			if c := d.commaAfter(i+1, b); c > 0 {
				i = c // "A third round of talks, planned for September, did not take place"
				continue
			}
		}
		if t.Kind == token.Punct {
			return false
		}
		if t.Is("that", "which") {
			rel = true
			continue
		}
		if d.notHeld(i, b) {
			return true // "the meeting did not take place"
		}
		if !t.Is("was", "were", "is", "are", "been", "be") {
			continue
		}
		j := i + 1
		if d.tok(j).Is("been") && j+1 < b {
			j++
		}
		if cancelWord(d, j) || j+1 < b && cancelWord(d, j+1) { // ("were called off")
			return true
		}
		if !rel {
			return false
		}
		rel = false // "that had been expected …": the relative clause's; the noun's own verb follows
	}
	return false
}

// notHeld reports whether the words at i say an occasion never happened
// or will not: "did not take place", "never took place", "has not taken
// place", "would not take place".
func (d *doc) notHeld(i, b int) bool {
	if i+3 < b && d.tok(i).Is("did", "does", "has", "have", "had", "would", "will") && d.tok(i+1).Is("not", "n't", "never") &&
		d.tok(i+2).Is("take", "taken", "took") && d.tok(i+3).Is("place") {
		return true
	}
	return i+2 < b && d.tok(i).Is("never") && d.tok(i+1).Is("took", "taken") && d.tok(i+2).Is("place")
}

// calledOffBefore reports whether the clause at cs is a relative one on
// an act called off: "postponed his visit to South Africa, where he was
// to meet Ramaphosa".
func (d *doc) calledOffBefore(cs int) bool {
	if cs < 3 || !d.tok(cs-1).Is("where") || !d.tok(cs-2).Is(",") {
		return false
	}
	for i := cs - 3; i >= 0 && i >= cs-12; i-- {
		if d.tok(i).Kind == token.Punct {
			return false
		}
		if cancelWord(d, i) {
			return true
		}
	}
	return false
}

// toLeave accepts "ordered the French ambassador to leave": an expulsion.
func toLeave(d *doc, k int) bool {
	if troopsToLeave(d, k) {
		return true
	}
	own := d.tok(k+1).Is("its", "their", "his", "her", "our")
	for i := k + 1; i < len(d.in.Tokens) && i <= k+30; i++ { // a long list of states may come between
		if d.tok(i).Is("to") && i+1 < len(d.in.Tokens) && d.tok(i+1).Is("leave", "depart", "quit") {
			return true
		}
		if !own && d.tok(i).Is("to") && d.tok(i+1).Is("return", "go") && d.tok(i+2).Is("home") {
			return true // "ordered the Nicaraguan ambassador to return home": sent away (its own, recalled)
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// peopleOrderedOut accepts an order whose object, people a state sends
// away, is followed by "out of": "ordered 12 Algerian consular and
// diplomatic officials out of the country".
func peopleOrderedOut(d *doc, k int) bool {
	for i := k + 2; i+1 < len(d.in.Tokens) && i <= k+10 && !d.stop(i); i++ {
		if d.tok(i).Is("out") && d.tok(i+1).Is("of") {
			return slices.Contains(expelledPeople, d.tok(i-1).Norm)
		}
	}
	return false
}

// missionCutOrdered accepts an order to a state, right after the verb
// or past a time phrase, to cut the staff of its mission: "ordered
// Pakistan on Thursday to cut the staff of its High Commission by half".
func missionCutOrdered(d *doc, k int) bool {
	i := actorAt(d, k+1, "the")
	if i < 0 {
		return false
	}
	j := d.afterTimePhrase(d.mentionEnd(i), len(d.in.Tokens))
	if j+2 >= len(d.in.Tokens) || !d.tok(j).Is("to") || !d.tok(j+1).Is("cut", "reduce", "halve", "downsize", "slash", "shrink") {
		return false
	}
	end := min(len(d.in.Tokens), j+12)
	return d.wordAfter(j+1, end, 6, "staff", "personnel", "diplomats", "strength") &&
		d.wordAfter(j+1, end, 10, "embassy", "mission", "commission", "consulate", "consulates", "diplomatic", "diplomats") // (not "the staff of the prison")
}

// actorPastTitle returns the first token of the first actor named after
// the verb at k, within reach tokens and past a title set before it ("the
// Prime Minister, Dr Timoci Bavadra"); -1 when a clause boundary, a
// finite verb or one of stops comes first.
func (d *doc) actorPastTitle(k, reach int, stops ...string) int {
	i := k + 1
	for ; i < len(d.in.Tokens) && i <= k+reach && d.cover[i] < 0; i++ {
		if d.stop(i) || d.tok(i).Is("to", "that", "who", "which", "and", "or") || d.tok(i).Is(stops...) || d.finiteVerbAt(i) {
			return -1
		}
	}
	if i >= len(d.in.Tokens) || d.cover[i] < 0 {
		return -1
	}
	return i
}

// takenIntoCustody accepts "took" with an actor right after it, past a
// title set before the name, and then "into custody" (detention) or
// "prisoner": "had taken the Prime Minister, Bartholomew Ulufa'alu, into
// custody".
func takenIntoCustody(d *doc, k int) bool {
	return takenAs(d, k, "custody", "detention", "prisoner", "prisoners")
}

// takenHostage accepts "took … hostage" (or captive, into captivity).
func takenHostage(d *doc, k int) bool {
	return takenAs(d, k, "hostage", "hostages", "captive", "captives", "captivity")
}

// takenAs is takenIntoCustody and takenHostage: "took" X, then one of
// words (after "into" for custody, detention and captivity).
func takenAs(d *doc, k int, words ...string) bool {
	i := d.actorPastTitle(k, 6, "part", "place", "over", "control", "power", "office") // (not "took control of", "took power", "took part in")
	if i < 0 {
		return false
	}
	for j := d.mentionEnd(i); j < len(d.in.Tokens) && j <= d.mentionEnd(i)+16; j++ { // (past an apposition and a list: "the Japanese ambassador, Morihisa Aoki, and hundreds of his guests hostage")
		if d.tok(j).Is("into") && j+1 < len(d.in.Tokens) {
			return d.tok(j + 1).Is(words...)
		}
		if d.tok(j).Is(words...) && !d.tok(j).Is("custody", "detention", "captivity") {
			return true
		}
		if d.stop(j) || d.tok(j).Is("to", "that", "who", "which", ";") || d.finiteVerbAt(j) {
			return false
		}
	}
	return false
}

// orderedOutOf accepts an order naming an actor right after it and then,
// past an apposition or a list, "out of" a place: "ordered the Prime
// Minister, Dr Timoci Bavadra, and his ministers out of the chamber".
func orderedOutOf(d *doc, k int) bool {
	i := d.actorPastTitle(k, 8)
	if i < 0 {
		return false
	}
	if e := d.mentionEnd(i); e < len(d.in.Tokens) && d.tok(e).Kind == token.Word && !d.tok(e).Upper && !d.tok(e).Is("out", "and") {
		return false // "ordered all Soviet military advisers out": people of a state, sent away (an expulsion, above)
	}
	for j := d.mentionEnd(i); j+1 < len(d.in.Tokens) && j <= k+30; j++ {
		if d.tok(j).Is("out") {
			return d.tok(j + 1).Is("of")
		}
		if d.stop(j) || d.tok(j).Is("to", "that", "who", "which") || d.finiteVerbAt(j) {
			return false
		}
	}
	return false
}

// besidePerson accepts "alongside" or "beside" right after the verb with a
// person named next, past a title: "speaking alongside Spanish Prime
// Minister Pedro Sánchez" (not "stood alongside Ukraine": a stance).
func besidePerson(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+2 >= n || !d.tok(k+1).Is("alongside", "beside") {
		return false
	}
	for i := k + 2; i < n && i <= k+7; i++ {
		if d.cover[i] >= 0 {
			return d.personAt(i)
		}
		if !d.tok(i).Upper && !d.tok(i).Is("his", "her", "the") {
			return false
		}
	}
	return false
}

// toldToGo accepts "told" an envoy "to leave" or "to go": "told Moscow's
// envoy to go", "told the ambassador to leave the country".
func toldToGo(d *doc, k int) bool {
	for i := k + 2; i+1 < len(d.in.Tokens) && i <= k+8 && !d.stop(i); i++ {
		if d.tok(i).Is("to") && d.tok(i+1).Is("leave", "go", "depart", "quit") {
			return d.tok(i - 1).Is(expelledPeople...)
		}
	}
	return false
}

// fightingTold accepts "fighting" told as happening ("Fighting between
// the M23 and the army continued"), not as what was ended, paused or
// witnessed ("a pause in the fighting", "years of fighting", "the scene
// of deadly fighting").
func fightingTold(d *doc, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		t := d.tok(i)
		if t.Kind == token.Punct {
			break
		}
		if t.Is("end", "ended", "ending", "ends", "pause", "halt", "halted", "stop", "stopped", "ceasefire", "truce",
			"years", "months", "weeks", "days", "scene", "after", "since", "amid", "of", "in", "to", "from", "during", "by", "trapped", "displaced", "fled", "fleeing") {
			return false
		}
	}
	return true
}

// helpedDefend accepts "helped (to) shoot down", "helped intercept",
// "helped repel": help in fending off an attack.
func helpedDefend(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+4; i++ {
		if d.tok(i).Is("intercept", "shoot", "down", "repel", "repulse", "fend", "thwart", "defend") {
			return true
		}
		if d.tok(i).Kind == token.Punct {
			return false
		}
	}
	return false
}

// refusedOutright accepts a refusal with no object: "Kyiv refused, saying …".
func refusedOutright(d *doc, k int) bool { return d.bareRefusal(k) }

// openAsVerb rules out "open" as an adjective: "will close its last open
// border crossing", "the only open crossing" (not "will open its airspace").
func openAsVerb(d *doc, k int) bool {
	return k == 0 || !d.tok(k-1).Is("its", "their", "his", "her", "our", "the", "a", "an", "last", "only", "remaining", "sole", "first", "other", "one", "two", "three")
}

// oneSideAnnounces accepts a verb at k whose subject names one actor:
// "Petro announced a ceasefire with the ELN" (not "Israel and Hamas
// announced a ceasefire", which is an accord).
func oneSideAnnounces(d *doc, k int) bool {
	a, _ := d.tokensOf(d.sentenceAround(k))
	ids, _ := d.subjects(k, d.clauseStart(k, a))
	return len(ids) == 1
}

// exemptedFromPenalty accepts "exempted X from" a penalty: "exempted
// Mexico from the steel tariffs", "exempts Indian firms from sanctions".
func exemptedFromPenalty(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for j := k + 1; j < n && j <= k+6; j++ {
		if d.tok(j).Is("from") {
			return d.wordIn(j+1, min(j+5, n), penaltiesGivenUp...) || d.wordIn(j+1, min(j+5, n), penalties...)
		}
		if d.stop(j) {
			return false
		}
	}
	return false
}

// readyToStrike accepts "ready to" and force: "ready to use force",
// "prepared to strike", "willing to take military action".
func readyToStrike(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+2 >= n || !d.tok(k+1).Is("to") {
		return false
	}
	v := k + 2
	if d.tok(v).Is("strike", "attack", "invade", "retaliate", "bomb") {
		return true
	}
	return d.tok(v).Is("use", "take") && d.wordIn(v+1, min(v+4, n), "force", "military", "weapons", "nuclear")
}

// ruleOutWithheld accepts a "rule out" denied: "did not rule out",
// "would not rule out", "refused to rule out", "declined to rule out".
func ruleOutWithheld(d *doc, k int) bool {
	if k < 2 {
		return false
	}
	if d.tok(k-1).Is("not", "n't", "never") {
		return true
	}
	j := d.beforeTimePhrase(k-2, 0) // ("refused earlier this month to rule out")
	return d.tok(k-1).Is("to") && j >= 0 && d.tok(j).Is(refusalForms...)
}

// notRuleOutWithheld is ruleOutWithheld's converse.
func notRuleOutWithheld(d *doc, k int) bool { return !ruleOutWithheld(d, k) }

// notRefusedReaction rules out "refused to condemn Russia's invasion": a
// reaction withheld rejects no one; nor does a word withheld ("refused
// to say whether Russia was involved").
func notRefusedReaction(d *doc, k int) bool {
	t := d.afterTimePhrase(k+1, len(d.in.Tokens)) // ("refused on Monday to rule out …")
	return !(t+1 < len(d.in.Tokens) && d.tok(t).Is("to") && (d.tok(t+1).Is("condemn", "criticise", "criticize", "denounce", "blame", "rule") || wordsWithheld[d.tok(t+1).Norm]))
}

// wordsWithheld are what a spokesman declines to do without refusing
// anyone: "declined to comment", "refused to say", "declined to disclose
// details" (not "refused to give", "declined to answer the summons").
var wordsWithheld = map[string]bool{"comment": true, "name": true, "say": true, "disclose": true, "confirm": true,
	"elaborate": true, "specify": true, "reveal": true, "identify": true, "detail": true, "speculate": true, "address": true}

// unconfirmedDeed reports a deed noun at k that a negated or withheld verb
// of confirming takes as its object: "Israel did not confirm the strikes",
// "declined to comment on the raid" tell of no act.
func (d *doc) unconfirmedDeed(k int) bool {
	j := k - 1
	for j >= 0 && j >= k-4 && (d.tok(j).Is("the", "these", "those", "this", "that", "any", "reported", "alleged", "latest", "on", "about") || d.inDate(j)) {
		j--
	}
	if j < 1 || !d.tok(j).Is("confirm", "confirmed", "acknowledge", "acknowledged", "comment", "commented", "claim", "claimed") {
		return false
	}
	p := j - 1
	if d.tok(p).Is("yet", "publicly", "officially", "immediately") && p > 0 {
		p--
	}
	return d.tok(p).Is("not", "n't", "never", "neither") || d.refusedTo(p)
}

// refusalForms are the forms of the verbs of refusing an act.
var refusalForms = []string{"refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining"}

// refusedTo reports whether token p is the "to" of "refused to",
// "declined to".
func (d *doc) refusedTo(p int) bool {
	return p > 0 && d.tok(p).Is("to") && d.tok(p-1).Is(refusalForms...)
}

// warnedOwnSide reports "warned that" at k with the speaker's own side
// as the clause's subject: "Erdogan warned that Turkey reserves the right
// to …" tells what Turkey may do, at no one named.
func (d *doc) warnedOwnSide(k int, subj []string) bool {
	n := len(d.in.Tokens)
	if !(k+2 < n && d.tok(k).Is("warn", "warned", "warns", "warning") && d.tok(k+1).Is("that")) {
		return false
	}
	i := k + 2
	if d.tok(i).Is("the") && i+1 < n {
		i++
	}
	m, ok := d.mentionAt(i)
	return ok && len(m.Actors) == 1 && d.sameSide(subj, m.Actors[0])
}

// declinedToAct accepts "declined to" and an act, as "refused to" is
// read: "Iran declined to release the tanker" (not "declined to comment").
func declinedToAct(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if !(k+2 < n && d.tok(k+1).Is("to") && d.tok(k+2).Kind == token.Word && notRefusedReaction(d, k)) {
		return false
	}
	for j := k + 3; j < n && j <= k+4; j++ {
		if d.tok(j).Is("whether", "if", "how", "why", "what", "when") {
			return false // "declined to address whether the guard slept": a question left open
		}
	}
	return true
}

// assuredOf accepts "assured X of Y's support": backing for the one
// assured.
func assuredOf(d *doc, k int) bool {
	n := len(d.in.Tokens)
	e := addresseeEnd(d, k)
	if e < 0 || e >= n || !d.tok(e).Is("of") {
		return false
	}
	for j := e + 1; j < n && j <= e+5; j++ {
		if d.tok(j).Is("support", "solidarity", "backing", "commitment", "friendship") {
			return true
		}
	}
	return false
}

// toldResponse accepts a response foretold in reported speech: "said
// Israel would respond", "warned that it will retaliate" — not "has
// responded", nor "how to respond".
func toldResponse(d *doc, k int) bool {
	i := k - 1
	for i >= 0 && d.tok(i).Is("strongly", "firmly", "decisively", "swiftly", "forcefully", "also", "not") {
		i--
	}
	if i < 1 || !d.tok(i).Is("would", "will") || d.tok(i+1).Is("not") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if d.sayVerbAt(j) {
			return true
		}
	}
	// "Russia will respond to Lithuania's ban …, a senior official said":
	// the saying after the words said
	for j := k + 1; j < len(d.in.Tokens) && !d.stop(j); j++ {
		if d.tok(j).Is(",") && d.sayVerbAfterComma(j) {
			return true
		}
	}
	return false
}

// forcesRetaliated accepts "retaliated" told as done by armed forces
// named just before it ("Indian troops retaliated", "the Pakistan Army
// retaliated"), not a retaliation foretold or a state's word.
func forcesRetaliated(d *doc, k int) bool {
	if !d.tok(k).Is("retaliated") || k > 0 && d.tok(k-1).Is("had", "have", "has", "not") {
		return false
	}
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		if forceNouns[d.tok(i).Norm] && !d.tok(i).Is("authorities", "officials", "diplomats", "hackers", "police") {
			return true
		}
		if m := d.cover[i]; m >= 0 {
			ids := d.in.Mentions[m].Actors
			return len(ids) == 1 && d.nameHas(ids[0], "army", "armed forces", "military", "troops", "defence forces", "defense forces")
		}
		if d.tok(i).Kind == token.Punct {
			return false
		}
	}
	return false
}

// sayVerbAfterComma reports whether the clause after the comma at j is
// "(the/a) speaker said" closing the sentence.
func (d *doc) sayVerbAfterComma(j int) bool {
	for i := j + 1; i < len(d.in.Tokens) && i <= j+8 && !d.stop(i); i++ {
		if d.sayVerbAt(i) {
			return true
		}
		if d.tok(i).Is(",", ";", "and", "but", "which", "who") {
			return false
		}
	}
	return false
}

// notSummonsPurpose rejects "to protest" as the purpose of a summons:
// "summoned Ukraine's ambassador, Vasyl Zvarych, to protest against
// Zelensky's speech" is the summons itself, no demonstration by the envoy.
func notSummonsPurpose(d *doc, k int) bool {
	if k == 0 || !d.tok(k-1).Is("to") {
		return true
	}
	for i := k - 2; i >= 0 && i >= k-12; i-- {
		if strings.HasPrefix(d.tok(i).Norm, "summon") {
			return false
		}
	}
	return true
}

// signingBetween accepts "the signing of <an accord> between X and Y":
// the parties named after "between", a few words on.
func signingBetween(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+10; i++ {
		if d.tok(i).Is("between") {
			return i+1 < len(d.in.Tokens) && actorAt(d, i+1, "the") >= 0
		}
		if d.stop(i) || d.cover[i] >= 0 {
			return false
		}
	}
	return false
}

// deployedPeople accepts "deploy 1,000 police officers to Haiti": the
// people sent come right after the verb, not in a phrase after it
// ("deploy in support of the police").
func deployedPeople(d *doc, k int) bool {
	if sentToFront(d, k) {
		return false // "deploy more police to the border": a build-up (borderPolice)
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+4; i++ {
		if d.tok(i).Is("peacekeepers", "police", "officers", "rescuers", "medics") {
			return true
		}
		if d.tok(i).Kind == token.Word && (nonActorPreps[d.tok(i).Norm] || locationPreps[d.tok(i).Norm]) {
			return false
		}
	}
	return false
}

// notHostedThing rejects "hosts the US Pituffik space base", "hosts the
// largest US military base": a base, an embassy or a company a state is
// home to is no visitor.
func notHostedThing(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+7; i++ {
		if d.tok(i).Is("base", "bases", "facility", "facilities", "embassy", "consulate", "headquarters", "troops", "forces",
			"companies", "company", "office", "offices", "bureau", "refugees", "migrants", "plant", "station", "port", "museum", "games", "olympics", "tournament", "cup", "festival", "exhibition") {
			return false
		}
		if d.stop(i) || d.tok(i).Is(",", "in", "on", "at", "for") {
			return true
		}
	}
	return true
}

// committedTo accepts a standing pledge, "remains committed to X", "is
// firmly committed to X": not "committed troops to", "committed crimes".
func committedTo(d *doc, k int) bool {
	if !d.tok(k).Is("committed") || k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("to") {
		return false
	}
	i := k - 1
	for i >= 0 && d.tok(i).Is("fully", "firmly", "deeply", "strongly", "still", "also", "very") {
		i--
	}
	return i >= 0 && d.tok(i).Is("remains", "remain", "remained", "is", "are", "was", "were", "be", "stays", "stayed", "stay", "been")
}

// notToAct accepts a verb of promising followed by "not to" or "never to"
// and a verb: "committed not to harbour", "pledged itself never to
// attack".
func notToAct(d *doc, k int) bool {
	i := d.afterTimePhrase(k+1, len(d.in.Tokens)) // "pledged on Monday not to …"
	if i < len(d.in.Tokens) && d.tok(i).Is("itself", "themselves", "himself", "herself") {
		i++
	}
	return i+2 < len(d.in.Tokens) && d.tok(i).Is("not", "never") && d.tok(i+1).Is("to") && d.tok(i+2).Kind == token.Word
}

// helpGivenUp reports whether what a promise at k gives up is help to
// someone: "commit not to provide support to the PKK" is a concession to
// whoever objected to that help, not to the PKK.
func helpGivenUp(d *doc, k int) bool {
	for i := d.afterTimePhrase(k+1, len(d.in.Tokens)); i+1 < len(d.in.Tokens) && i <= k+8; i++ {
		if d.tok(i).Is("to") {
			w := d.tok(i + 1).Norm
			for _, stem := range []string{"support", "provid", "aid", "arm", "harbo", "host", "help", "assist", "fund", "financ",
				"back", "shelter", "supply", "recogni", "sell", "train", "equip"} {
				if strings.HasPrefix(w, stem) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// assuredThat accepts "assured X that …": a promise to the one assured.
func assuredThat(d *doc, k int) bool {
	e := addresseeEnd(d, k)
	return e >= 0 && e < len(d.in.Tokens) && d.tok(e).Is("that")
}

// addresseeEnd returns the token after the actor named right after verb k
// ("assured his guest", "assured the Philippines"), or -1.
func addresseeEnd(d *doc, k int) int {
	n := len(d.in.Tokens)
	i := k + 1
	if i < n && d.tok(i).Is("his", "her", "their", "its", "the") {
		i++
	}
	if i >= n || d.cover[i] < 0 {
		return -1
	}
	return d.mentionEnd(i)
}

// troopsToLeave accepts "ordered French troops to leave": a state's
// forces sent away, as its envoys are.
func troopsToLeave(d *doc, k int) bool {
	n := len(d.in.Tokens)
	i := k + 1
	if i < n && d.tok(i).Is("the", "all") {
		i++
	}
	if i >= n || d.cover[i] < 0 {
		return false
	}
	e := d.mentionEnd(i)
	if e < n && d.tok(e).Is("troops", "forces", "soldiers", "personnel", "military", "mission", "peacekeepers") {
		e++ // ("ordered the UN mission to leave": the body's mission sent away)
	} else if !d.tok(e-1).Is("troops", "forces", "soldiers", "military") && !d.nameHas(d.in.Mentions[d.cover[i]].Actors[0], "mission") {
		return false // the troops may be part of the mention: "French troops"; a mission by name ("MINUSMA") is sent away too
	}
	return e+1 < n && d.tok(e).Is("to") && d.tok(e+1).Is("leave", "withdraw", "depart", "quit")
}

// meetingHost returns the person a meeting's clause names as its host — "met at
// the official residence of Anwar Ibrahim", "talks hosted by Gonsalves",
// "at the invitation of the emir" — or the state or body alone after
// "hosted by" ("hosted by Russia in Kazan"); else "".
func (d *doc) meetingHost(k, ce int) string {
	for i := k + 1; i+2 < ce && i-k <= 20; i++ {
		if h := d.relativeHost(i, ce); h != "" {
			return h // "a meeting of Visegrad defence ministers that Hungary was due to host"
		}
		var at int
		switch {
		case d.tok(i).Is("residence", "palace", "home", "invitation", "villa", "estate", "inauguration", "swearing-in", "funeral", "coronation") && d.tok(i+1).Is("of"):
			at = i + 2
		case d.tok(i).Is("hosted") && d.tok(i+1).Is("by"):
			at = i + 2
		default:
			continue
		}
		for j := at; j < ce && j-at <= 12; j++ {
			m, ok := d.mentionAt(j)
			if !ok {
				if j-at > 4 && !d.tok(j).Is("the", "of", ",") {
					return ""
				}
				continue
			}
			if len(m.Actors) == 1 && d.actors[m.Actors[0]] != nil && d.actors[m.Actors[0]].Kind == parley.Person {
				return m.Actors[0]
			}
			// "hosted by the Secretary of the Treasury of the United
			// States, Steven Mnuchin": the office, then its holder; "at the
			// invitation of NATO Secretary General Jens Stoltenberg": the
			// body, then the name of its officer
			end := d.mentionEnd(j)
			if d.tok(i).Is("hosted") && j-at <= 1 && len(m.Actors) == 1 && (end >= ce || !d.tok(end).Is("of", ",", "and", "or", "'s", "’s") && d.cover[end] < 0) {
				return m.Actors[0] // "the BRICS summit hosted by Russia in Kazan": the host state (one alone, not "by France and the EU")
			}
			j = end - 1
			if j+1 < ce && !d.tok(j+1).Is("of", ",") && d.cover[j+1] < 0 {
				return ""
			}
		}
		return ""
	}
	return ""
}

// relativeHost returns the one actor a relative clause opening at i
// names as hosting the meeting before it — "that Hungary was due to
// host", "which Egypt hosted" —; else "".
func (d *doc) relativeHost(i, ce int) string {
	if !d.tok(i).Is("that", "which") {
		return ""
	}
	m, ok := d.mentionAt(i + 1)
	if !ok || len(m.Actors) != 1 {
		return ""
	}
	for j := d.mentionEnd(i + 1); j < ce && j <= d.mentionEnd(i+1)+4 && d.cover[j] < 0 && d.tok(j).Kind == token.Word; j++ {
		if d.tok(j).Is("host", "hosted", "hosts", "hosting") {
			return m.Actors[0]
		}
	}
	return ""
}

// mediator returns who a meeting's clause names as go-between: "talks
// mediated by Qatar", "negotiations brokered by Egypt and Qatar",
// "facilitated by the State of Qatar"; else nil.
func (d *doc) mediator(k, ce int) []string {
	for i := k + 1; i+2 < ce && i-k <= 20; i++ {
		if !d.tok(i).Is("mediated", "brokered", "facilitated") || !d.tok(i+1).Is("by") {
			continue
		}
		j := actorAt(d, i+2, "the")
		if j < 0 {
			return nil
		}
		if p := d.personEndingRun(j); p != nil {
			return p // "mediated by Qatari Prime Minister …"
		}
		m, _ := d.mentionAt(j)
		return d.coordinated(m, d.mentionEnd(j), ce)
	}
	return nil
}

// chairs returns who a meeting's clause says chaired it: "a meeting
// co-chaired by Wang Yi and Frank Bainimarama", "talks chaired by Modi";
// else nil.
func (d *doc) chairs(k, ce int) []string {
	for i := k + 1; i+2 < ce && i-k <= 12; i++ {
		if !d.tok(i).Is("chaired", "co-chaired") || !d.tok(i+1).Is("by") {
			continue
		}
		j := actorAt(d, i+2, "the")
		if j < 0 {
			return nil
		}
		m, _ := d.mentionAt(j)
		return d.coordinated(m, d.mentionEnd(j), ce)
	}
	return nil
}

// participation returns those a meeting's clause names as taking part:
// "with the participation of Gedu Andargachew and Asma Mohamed Abdalla".
func (d *doc) participation(k, ce int) []string {
	for i := k + 1; i+2 < ce && i-k <= 30; i++ {
		if !d.tok(i).Is("participation") || !d.tok(i+1).Is("of") {
			continue
		}
		if j := actorAt(d, i+2, "the"); j >= 0 {
			m, _ := d.mentionAt(j)
			return d.coordinated(m, d.mentionEnd(j), ce)
		}
		return nil
	}
	return nil
}

// attendedBy returns those a meeting noun at k is said to be attended
// by, in its sentence: "chaired a consultative meeting of the ministers
// of the countries neighbouring Libya, attended by Tunisia, Egypt and
// Sudan".
func (d *doc) attendedBy(k int) []string {
	n := len(d.in.Tokens)
	for i := k + 1; i+2 < n && i-k <= 25; i++ {
		if d.tok(i).Is(".", ";", ":") || d.finiteVerbAt(i) && !d.tok(i).Is("attended") {
			return nil
		}
		if !d.tok(i).Is("attended") || !d.tok(i+1).Is("by") {
			continue
		}
		if j := actorAt(d, i+2, "the"); j >= 0 {
			m, _ := d.mentionAt(j)
			end := j
			for end < n && !d.tok(end).Is(".", ";") {
				end++
			}
			return d.coordinated(m, d.mentionEnd(j), end)
		}
		return nil
	}
	return nil
}

// meetingReferred returns the participants of the meeting that a subject
// like "the talks" or "the summit" before the passive verb at k refers
// back to: the latest one told in the three sentences before.
func (d *doc) meetingReferred(k, cs int) []string {
	noun := false
	for i := cs; i < k; i++ {
		if d.tok(i).Is("talks", "meeting", "summit", "negotiations", "meetings", "summits", "discussions") {
			noun = true
		}
		if d.cover[i] >= 0 {
			return nil // the subject names someone
		}
	}
	if !noun {
		return nil
	}
	return d.lastMeeting(k)
}

// lastMeeting returns the participants of the latest meeting told in the
// three sentences up to token k.
func (d *doc) lastMeeting(k int) []string {
	if e, ok := d.lastGroupMeeting(k); ok {
		return participantIDs(e)
	}
	return nil
}

// lastGroupMeeting returns the latest meeting of two or more told in
// the three sentences up to token k, negated and hypothetical ones left
// out.
func (d *doc) lastGroupMeeting(k int) (parley.Event, bool) {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if here-d.sentenceIndex(e.Trigger.Start) > 3 {
			break
		}
		if e.Type == parley.Consult && len(e.Participants) >= 2 && e.Status != parley.Hypothetical && e.Status != parley.Negated {
			return e, true
		}
	}
	return parley.Event{}, false
}

// meetingNamed returns the participants of the latest meeting told, in
// the four sentences up to token k, by the noun word ("held talks with
// an Israeli delegation"), when it was hosted by no one; nil when there
// is none.
func (d *doc) meetingNamed(k int, word string) []string {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if here-d.sentenceIndex(e.Trigger.Start) > 4 {
			break
		}
		if e.Type != parley.Consult || e.Status != parley.Occurred || len(e.Participants) < 2 || !strings.EqualFold(d.in.Text[e.Trigger.Start:e.Trigger.End], word) {
			continue
		}
		if strings.HasPrefix(e.Rule, "verb:host") {
			return nil // the host's, as lastMeetingHost finds
		}
		return participantIDs(e)
	}
	return nil
}

// lastMeetingHost returns the host of the latest meeting told in the
// three sentences up to token k when a host received it, else all its
// participants.
func (d *doc) lastMeetingHost(k int) []string {
	e, hosted, ok := d.meetingJoined(k)
	switch {
	case !ok:
		return nil
	case hosted:
		return []string{e.Target.ID}
	}
	return participantIDs(e)
}

// lastMeetingDay returns the day of the meeting lastMeetingHost finds.
func (d *doc) lastMeetingDay(k int) parley.Date {
	e, _, _ := d.meetingJoined(k)
	return e.Date
}

// meetingJoined returns the meeting one who attends at k joins: the
// latest a host received in the three sentences before, else the latest
// of two or more; hosted tells which.
func (d *doc) meetingJoined(k int) (e parley.Event, hosted, ok bool) {
	if e, ok := d.lastHostedMeeting(k); ok {
		return e, true, true
	}
	e, ok = d.lastGroupMeeting(k)
	return e, false, ok
}

// byCrowd accepts a verb whose subject, the actor named last in the
// clause before it, is a crowd of protesters: "thousands of protesters
// gathered outside parliament", "demonstrators poured into the streets".
func byCrowd(d *doc, k int) bool {
	if k > 0 && beForms[d.tok(k-1).Norm] {
		return false // "protesters were surrounded by police"
	}
	for i := k - 1; i >= 0 && k-i <= 8; i-- {
		if d.tok(i).Is(",", ";", "that", "who", "which") && i < k-1 {
			return false
		}
		if d.cover[i] >= 0 {
			m := d.in.Mentions[d.cover[i]]
			return len(m.Actors) == 1 && (d.protesters(m.Actors[0]) || d.crowd(m.Actors[0]) && d.protestCueAfter(k))
		}
	}
	return false
}

// protestCueAfter reports whether the sentence after a gathering at k
// says what the crowd wants or decries: "supporters gathered outside the
// court demanding his release", "… chanting slogans against the
// government" (not "supporters gathered to welcome him home").
func (d *doc) protestCueAfter(k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+20 && !d.stop(i); i++ {
		if d.tok(i).Is("demanding", "chanting", "denouncing", "decrying", "protest", "protesting", "against") ||
			d.tok(i).Is("calling") && i+1 < len(d.in.Tokens) && d.tok(i+1).Is("for") {
			return true
		}
	}
	return false
}

// notToMeasures rejects an objection dropped to measures against a third
// party: "Hungary dropped its opposition to the sanctions on Russia" is a
// concession to the ones who want them, not to Russia.
func notToMeasures(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+5; i++ {
		if !d.tok(i).Is("to", "on") {
			continue
		}
		j := i + 1
		for j < len(d.in.Tokens) && d.tok(j).Is("the", "new", "further", "more", "any", "fresh", "a") {
			j++
		}
		return j >= len(d.in.Tokens) || !d.tok(j).Is("sanctions", "tariffs", "measures", "ban", "embargo", "strikes", "penalties", "restrictions")
	}
	return true
}

// namedTerrorist accepts a designation whose label, a few words after
// the verb, is terrorism or a sanctions category: "designated the Houthis
// as a terrorist organisation", "listed the IRGC as a terrorist entity".
func namedTerrorist(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+10; i++ {
		if d.tok(i).Is(".", ";") {
			return false
		}
		if strings.HasPrefix(d.tok(i).Norm, "terror") || d.tok(i).Is("sponsor", "sanctioned") {
			return true
		}
	}
	return false
}

// namedSuspect accepts one named "as" a suspect or the author of a crime
// within the clause: "named Kenyatta as a suspect", "was identified by
// police as the gunman" (not "named him as prime minister").
func namedSuspect(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+10; i++ {
		if d.stop(i) || d.tok(i).Is(";") {
			return false
		}
		if !d.tok(i).Is("as") {
			continue
		}
		for j := i + 1; j < len(d.in.Tokens) && j <= i+4; j++ {
			if d.tok(j).Is(suspectNouns...) {
				return true
			}
		}
		return false
	}
	return false
}

// suspectNouns name one held to have done a crime.
var suspectNouns = []string{"suspect", "suspects", "mastermind", "masterminds", "perpetrator", "perpetrators", "culprit", "culprits",
	"gunman", "gunmen", "killer", "killers", "attacker", "attackers", "accomplice", "accomplices", "organiser", "organisers",
	"organizer", "organizers", "ringleader", "ringleaders", "responsible"}

// handedForTrial accepts a person, not a captive, handed over to a state:
// "decided to hand Chang over to Mozambique", "handed the former
// president over to the United States" — an extradition in all but name.
// Hostages and prisoners ("handed over hostage Keith Siegel") and
// handovers to the Red Cross stay releases.
func handedForTrial(d *doc, k int) bool {
	person := false
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+10; i++ {
		t := d.tok(i)
		switch {
		case t.Is(captives...):
			return false
		case t.Is("suspect", "suspects", "fugitive", "fugitives", "accused", "wanted", "lord", "lords", "kingpin", "kingpins",
			"trafficker", "traffickers", "smuggler", "smugglers", "mastermind", "ringleader", "criminal", "criminals", "convict",
			"convicts", "gangster", "gangsters", "mobster", "financier", "hacker", "hackers", "terrorist", "terrorists") ||
			t.Is("leader", "boss", "chief", "kingpin") && i > k+1 && d.tok(i-1).Is("cartel", "gang", "mafia", "drug", "militia", "rebel", "guerrilla", "jihadist"):
			// "handed over the drug lord", "the cartel boss": a person the law wants
			person = true
		case d.cover[i] >= 0 && !t.Is("to"):
			m := d.in.Mentions[d.cover[i]]
			if len(m.Actors) == 1 && d.actors[m.Actors[0]] != nil && d.actors[m.Actors[0]].Kind == parley.Person && m.Via != parley.ViaAdjective {
				person = true
			}
			i = d.mentionEnd(i) - 1
		case t.Is("to"):
			j := actorAt(d, i+1, "the")
			if person && j < 0 {
				return d.placeState(i-1, min(len(d.in.Tokens), i+4), "to") != nil // "handed Ana Pop over to Berlin": by its capital
			}
			if !person || j < 0 {
				return false
			}
			m := d.in.Mentions[d.cover[j]]
			return len(m.Actors) == 1 && d.countryOf(m.Actors[0]) != ""
		case d.stop(i):
			return false
		}
	}
	return false
}

// notReinsOrPapers rejects a succession told as handing something over
// ("will hand over the reins to COO Mike Sievert", "handed the baton
// to") and papers handed over ("handed over a dossier on the attacks to
// India", "a message from the president"): neither frees anyone.
func notReinsOrPapers(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+4; i++ {
		if d.tok(i).Is("reins", "baton", "keys", "job", "post", "presidency", "chairmanship", "leadership",
			"letter", "letters", "message", "messages", "dossier", "dossiers", "document", "documents", "file", "files",
			"report", "note", "notes", "memorandum", "petition", "proposal", "proposals", "invitation", "draft", "credentials") {
			return false
		}
	}
	return true
}

// notAfterDeterminer rejects a participle right after an article or a
// preposition, an adjective there: "in the occupied West Bank".
func notAfterDeterminer(d *doc, k int) bool {
	return k == 0 || !d.tok(k-1).Is("the", "a", "an", "his", "her", "their", "its", "of", "in", "newly", "illegally", "house", "under", "for", "after", "upon", "on", "false", "wrongful", "arbitrary")
}

// visitorsLetIn accepts a verb of letting whose object, an actor, is
// followed by the people it sends to look or help and by where or what
// they may go or do: "allowed IAEA inspectors into the plant", "let UN
// monitors visit the site", "granted ICRC staff access to the camps".
func visitorsLetIn(d *doc, k int) bool {
	i := k + 1
	if i < len(d.in.Tokens) && d.tok(i).Is("the", "a") {
		i++
	}
	if i >= len(d.in.Tokens) || d.cover[i] < 0 {
		return false
	}
	i = d.mentionEnd(i)
	for j := i; j < len(d.in.Tokens) && j <= i+2; j++ {
		if d.tok(j).Is("inspectors", "observers", "monitors", "peacekeepers", "investigators", "envoys", "envoy", "staff",
			"experts", "team", "teams", "mission", "delegation", "officials", "workers", "convoys", "convoy") {
			return j+1 < len(d.in.Tokens) && d.tok(j+1).Is("into", "to", "access", "in", "entry", "inside", "onto")
		}
	}
	return false
}

// notLodgedWith rejects a complaint withdrawn from the body it was lodged
// with: "withdraw its complaint to the WTO" gives way to the other
// state, not to the court.
func notLodgedWith(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if d.tok(i).Is("against") && actorAt(d, i+1, "the") >= 0 {
			return true // "withdrew its complaint against Tokyo at the WTO": the one complained of is named
		}
		if j := actorAt(d, i+1, "the"); d.tok(i).Is("to", "with", "at", "before") && j >= 0 {
			m := d.in.Mentions[d.cover[j]]
			return len(m.Actors) != 1 || !d.forum(m.Actors[0])
		}
	}
	return true
}

// notToCampaign rejects money given to a politician's campaign or party:
// "gave $5.9 million toward Holcomb's election campaign" is a donation,
// no aid.
func notToCampaign(d *doc, k int) bool {
	return !d.wordIn(k+1, min(len(d.in.Tokens), k+12), "campaign", "campaigns", "election", "candidacy", "donation", "donations", "party")
}

// notToRefugees rejects shelter given to people who fled ("has given
// refuge to 100,000 Ukrainian refugees"): a state's help to a crowd of
// civilians, no act toward another political actor.
func notToRefugees(d *doc, k int) bool {
	return !d.wordIn(k+1, min(len(d.in.Tokens), k+12), "refugees", "migrants", "displaced", "asylum-seekers", "civilians")
}

// weaponTested accepts a test whose object is a weapon itself, not a
// defence against one: "tested a new ballistic missile", not "tested a
// missile defence radar".
func weaponTested(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if objectNoun(d.tok(i).Norm, weaponTests) {
			return i+1 >= len(d.in.Tokens) || !d.tok(i+1).Is("defence", "defense", "defences", "defenses", "shield", "radar", "system", "systems", "interceptor", "interceptors", "tracking")
		}
	}
	return false
}

// missileShown accepts a missile fired or launched whose course, after
// the weapon, goes "toward" or "over" a state named as such, "off" or
// "near" one, or "into the sea": no target it hits ("fired missiles at
// Israel", "toward Eilat" are attacks).
func missileShown(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+12 && !d.stop(i) && !d.tok(i).Is(","); i++ {
		if d.tok(i).Is("at", "against", "upon") || d.tok(i).Is("on") && !d.inDate(i+1) {
			return false // "launched missiles over Iraq at Israel"
		}
	}
	for i := k + 1; i < n && i <= k+10 && !d.stop(i) && !d.tok(i).Is(","); i++ {
		switch t := d.tok(i); {
		case d.intoSeaAt(i):
			return true
		case t.Is("off", "near", "over"):
			return true
		case t.Is("toward", "towards"):
			m, ok := d.mentionAt(i + 1)
			return ok && len(m.Actors) == 1 && d.actors[m.Actors[0]].Kind == parley.State && m.Via == parley.ViaName
		}
	}
	return false
}

// intoSeaAt reports whether "into" at i opens a sea or its waters: "into
// the sea", "into waters off", "into the East Sea", "into the Sea of
// Japan".
func (d *doc) intoSeaAt(i int) bool {
	n := len(d.in.Tokens)
	switch {
	case !d.tok(i).Is("into"):
		return false
	case i+2 < n && d.tok(i+1).Is("the", "waters") && d.tok(i+2).Is("sea", "waters", "ocean", "off", "near"):
		return true
	case i+3 < n && d.tok(i+1).Is("the") && d.tok(i+2).Upper && (d.tok(i+3).Is("sea", "ocean") || i+4 < n && d.tok(i+4).Is("sea", "ocean")):
		return true // "into the East Sea", "into the South China Sea"
	case i+3 < n && d.tok(i+1).Is("the") && d.tok(i+2).Is("sea") && d.tok(i+3).Is("of"):
		return true // "into the Sea of Japan"
	}
	return false
}

// notIntoSea rejects arms fired into the sea ("fired a missile into the
// East Sea"): a show of force, no blow at anyone.
func notIntoSea(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+10 && !d.stop(i) && !d.tok(i).Is(","); i++ {
		if d.intoSeaAt(i) {
			return false
		}
	}
	return true
}

// pairActs accepts a verb whose subject names two sides: "Morocco and
// Algeria will reopen", "the presidents reopened", "both countries
// resumed"; not one state acting alone ("Qatar reopened its embassy").
func pairActs(d *doc, k int) bool {
	if !notInfinitive(d, k) {
		return false
	}
	for i := k - 1; i > 0 && i >= k-10; i-- {
		if d.stop(i) || d.tok(i).Is(",", ";") {
			return false
		}
		if d.tok(i).Is("two", "both", "presidents", "leaders", "countries", "sides", "governments", "neighbours", "neighbors") ||
			d.tok(i).Is("and") && d.cover[i-1] >= 0 && i+1 < k && d.cover[i+1] >= 0 {
			return true
		}
	}
	return false
}

// sentToFront accepts a sending whose destination is a border, front or
// region, not a state: "sent fighter jets to the region", "sent armoured
// vehicles to the border". (Sent to a state, arms are aid.)
func sentToFront(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+12 && !d.stop(i); i++ {
		if d.tok(i).Is("to", "into", "toward", "towards", "near", "along") {
			j := i + 1
			if d.tok(j).Is("the", "its", "their") && j+1 < len(d.in.Tokens) {
				j++
			}
			for n := 0; n < 2 && j+1 < len(d.in.Tokens) && d.tok(j).Is("northern", "southern", "eastern", "western", "main", "disputed", "shared", "common"); n++ {
				j++ // "to the northern border crossings"
			}
			return d.tok(j).Is("region", "area", "border", "borders", "frontier", "front", "waters", "boundary")
		}
	}
	return false
}

// armsToFront accepts forces or weaponry sent to a border, front or
// region (see sentToFront).
func armsToFront(d *doc, k int) bool {
	if !sentToFront(d, k) {
		return false
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6; i++ {
		if objectNoun(d.tok(i).Norm, armour) {
			return true
		}
	}
	return false
}

// notArmsToFront rejects arms sent to one's own border or front, a force
// move rather than aid.
func notArmsToFront(d *doc, k int) bool { return !armsToFront(d, k) }

// notHeldNumber rejects a participle after a count, an adjective of the
// people counted: "released 10 imprisoned Americans", "freed two
// detained French citizens".
func notHeldNumber(d *doc, k int) bool {
	if k == 0 {
		return true
	}
	p := d.tok(k - 1)
	return p.Kind != token.Number && !p.Is("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
		"several", "some", "all", "many", "other", "remaining", "more", "those", "these")
}

// notAttributive rejects a participle used as an adjective before its
// noun: "the alleged plot", "billionaire and alleged sex trafficker
// Jeffrey Epstein".
func notAttributive(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("the", "a", "an", "his", "her", "their", "its", "and", "or", "an", "of", "for", "over") {
		return false
	}
	n := k + 1
	return n >= len(d.in.Tokens) || d.tok(n).Upper || d.cover[n] >= 0 ||
		d.tok(n).Is("that", "he", "she", "they", "it", "in", "on", "to", "the", "this", "his", "her", "their", ",")
}

// notParticleBack rejects "back" as the particle of another verb: "roll
// back tariffs", "scaled back", "pushed back against".
func notParticleBack(d *doc, k int) bool {
	if k == 0 || !d.tok(k).Is("back") {
		return true
	}
	p := d.tok(k - 1).Norm
	for _, v := range []string{"roll", "scal", "cut", "pull", "step", "stepp", "com", "came", "go", "went", "bring", "brought", "fight", "fought",
		"hit", "push", "pay", "paid", "giv", "gave", "tak", "took", "hold", "held", "get", "got", "set", "turn", "walk", "draw", "drew", "fell", "fall", "flew", "fly"} {
		if strings.HasPrefix(p, v) {
			return false
		}
	}
	return true
}

// personArrived accepts "arrived in" whose subject, right before it, is a
// person: a leader or an envoy arriving abroad visits (troops arriving
// deploy, which is another reading).
func personArrived(d *doc, k int) bool {
	if k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("in") {
		return false
	}
	return personBefore(d, k)
}

// touchedDown accepts a person who "touched down in" a place, as
// "arrived in": "Zelensky touched down in Washington on Wednesday".
func touchedDown(d *doc, k int) bool {
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("down") && d.tok(k+2).Is("in") && personBefore(d, k)
}

// leftFor accepts a person who "left for", "departed for" or "set off
// for" a capital or state: "Modi left for Moscow on Monday for a two-day
// visit" (not "left for home", nor "left office for a think tank").
func leftFor(d *doc, k int) bool {
	i := k + 1
	if i < len(d.in.Tokens) && d.tok(k).Is("set", "sets", "setting") {
		if !d.tok(i).Is("off", "out") {
			return false
		}
		i++
	}
	if i+1 >= len(d.in.Tokens) || !d.tok(i).Is("for") || !personBefore(d, k) {
		return false
	}
	return d.capitalAt(i + 1)
}

// capitalAt reports whether a state, or a place of one, is named at i:
// "Moscow", "the Solomon Islands".
func (d *doc) capitalAt(i int) bool {
	if m, ok := d.mentionAt(i); ok && len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") && (m.Via == parley.ViaMetonym || m.Via == parley.ViaName) {
		return true
	}
	return i > 0 && d.placeState(i-1, min(i+4, len(d.in.Tokens)), d.tok(i-1).Norm) != nil
}

// dueIn accepts a person or a delegation "due in" or "expected in" a
// capital or state: "A US delegation led by Kurt Campbell is due in
// Honiara next week", "Putin is expected in Pyongyang on Tuesday" (not
// "rain is expected in Beijing", nor "expected in the coming days").
func dueIn(d *doc, k int) bool {
	if k < 2 || k+2 >= len(d.in.Tokens) || !d.tok(k+1).Is("in") || !d.tok(k-1).Is("is", "are", "was", "were", "be") {
		return false
	}
	if !d.capitalAt(k + 2) {
		return false
	}
	for i := k - 2; i >= 0 && k-i <= 15 && !d.stop(i); i-- {
		if d.personAt(i) || d.tok(i).Is("delegation", "delegations", "envoy", "envoys") {
			return true
		}
	}
	return false
}

// byVideo accepts an act done "by video link", "via videoconference" or
// "over video" a few words on: "addressed the G7 summit by video link".
func byVideo(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+12 && !d.stop(i); i++ {
		if d.tok(i).Is("by", "via", "over") && d.tok(i+1).Is("video", "videolink", "video-link", "videoconference", "video-conference", "teleconference") {
			return true
		}
	}
	return false
}

// bodyByVideo accepts a body addressed by video: "addressed the European
// Council by video link" (not "the leaders", a group whose body the
// sentence leaves unnamed).
func bodyByVideo(d *doc, k int) bool {
	i := actorAt(d, k+1, "the")
	if j := k + 1; j+2 < len(d.in.Tokens) {
		if d.tok(j).Is("the") {
			j++
		}
		if d.tok(j).Is("leaders", "heads", "members", "ministers") && d.tok(j+1).Is("of") {
			// "address the leaders of the G7 by video link": the body
			// (whether or not "the leaders" named a group told before)
			i = actorAt(d, j+2, "the")
		}
	}
	if i < 0 || !byVideo(d, k) {
		return false
	}
	m, _ := d.mentionAt(i)
	return len(m.Actors) == 1 && d.isOrg(m.Actors[0]) && m.Via != parley.ViaGroup
}

// officialsGathered accepts "gathered" after a subject headed by
// officials — leaders, ministers, diplomats, envoys — with nothing after
// the verb but where or with whom: "Top diplomats from China, Japan and
// South Korea gathered in Busan" (not "protesters gathered", "gathered
// evidence").
func officialsGathered(d *doc, k int) bool {
	if k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("in", "at", "for", "with", "on", ",", ".") || !strings.HasSuffix(d.tok(k).Norm, "ed") {
		return false
	}
	for i := k - 1; i >= 0 && k-i <= 12 && !d.stop(i) && !d.tok(i).Is(";"); i-- {
		if d.tok(i).Is("leaders", "ministers", "diplomats", "envoys", "officials", "representatives", "delegations", "delegates", "presidents", "premiers", "negotiators") {
			return true
		}
	}
	return false
}

// personBefore reports whether a person is the subject right before the
// verb at k: "Erdogan arrived", "Blinken, who arrived in Riyadh on
// Monday, …".
func personBefore(d *doc, k int) bool {
	i := k - 1
	for i >= 0 && d.tok(i).Is("has", "have", "had", "also", "later", "then", "finally", "first") {
		i--
	}
	if i >= 2 && d.tok(i).Is("who") && d.tok(i-1).Is(",") {
		i -= 2 // "Blinken, who arrived in Riyadh on Monday, urged …"
	}
	m, ok := d.mentionAt(i)
	return ok && len(m.Actors) == 1 && d.actors[m.Actors[0]] != nil && d.actors[m.Actors[0]].Kind == parley.Person
}

// keptForces accepts "keep" with forces as its object, not before a
// gerund: "keep funding the Afghan security forces" keeps no troops.
func keptForces(d *doc, k int) bool {
	return !d.gerundAt(k+1, len(d.in.Tokens))
}

// barredFrom accepts "bar" with the place or thing barred from a few
// words after it: "barred Belarusian airlines from EU airspace".
func barredFrom(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6; i++ {
		if d.tok(i).Is("from") || i <= k+2 && transitNouns[d.tok(i).Norm] {
			return true // "barred … from", "to bar the transit of sanctioned goods"
		}
		if d.tok(i).Is(".", ";") {
			return false
		}
	}
	return false
}

// excludedFrom accepts "exclude" with its object kept out of a meeting or
// a body: "excluded Myanmar's military leader, Senior General Min Aung
// Hlaing, from the bloc's summit", "excluded Russia from the G8" (not
// "excluded the possibility of talks").
func excludedFrom(d *doc, k int) bool {
	if !notNoun(d, k) {
		return false
	}
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+12; i++ {
		if d.tok(i).Is(".", ";") {
			return false
		}
		if d.tok(i).Is("from") {
			for j := i + 1; j < len(d.in.Tokens) && j <= i+4; j++ {
				if d.cover[j] >= 0 || d.tok(j).Is("summit", "summits", "meeting", "meetings", "talks", "bloc", "group", "organisation", "organization", "membership", "alliance", "union", "games", "tournament", "conference") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// transitNouns name goods moving across a border, which a ban stops.
var transitNouns = map[string]bool{"transit": true, "exports": true, "imports": true, "shipments": true, "deliveries": true,
	"shipment": true, "export": true, "import": true}

// toTheStreets accepts "took to the streets" by a crowd of protesters.
func toTheStreets(d *doc, k int) bool {
	if k+3 >= len(d.in.Tokens) {
		return false
	}
	return d.tok(k+1).Is("to") && (d.tok(k+2).Is("streets") || d.tok(k+2).Is("the") && d.tok(k+3).Is("streets")) && byCrowd(d, k)
}

// toCourt accepts "took X to court", "took X to the International Court
// of Justice", "hauled X before the court": a "to" or "before" shortly
// after the trigger that leads to a court, tribunal or arbitration.
func toCourt(d *doc, k int) bool {
	_, n := d.tokensOf(d.sentenceAround(k))
	for i := k + 2; i < n && i-k <= 8; i++ {
		if !d.tok(i).Is("to", "before") {
			continue
		}
		for j := i + 1; j < n && j-i <= 5; j++ {
			if d.tok(j).Is("court", "tribunal", "icj", "wto", "arbitration") {
				return true
			}
			if d.tok(j).Kind == token.Punct {
				break
			}
		}
		return false
	}
	return false
}

// toTask accepts "took X to task": an actor right after the verb, then
// "to task".
func toTask(d *doc, k int) bool {
	if !actorObject(d, k) {
		return false
	}
	for i := k + 2; i+1 < len(d.in.Tokens) && i-k <= 8; i++ {
		if d.tok(i).Is("to") && d.tok(i+1).Is("task") {
			return true
		}
		if d.stop(i) || d.tok(i).Kind == token.Punct {
			return false
		}
	}
	return false
}

// standingQuestioned accepts "questioned X's commitment", "questioned the
// sincerity of X": doubt cast on an actor's good faith.
func standingQuestioned(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6; i++ {
		if doubtedStanding[d.tok(i).Norm] {
			return i+1 < len(d.in.Tokens) && d.tok(i+1).Is("of") && d.actorSoonAfter(i+2, 4) ||
				i >= 2 && d.possessiveAt(i-1) && d.cover[i-2] >= 0
		}
		if d.stop(i) || d.tok(i).Kind == token.Punct {
			return false
		}
	}
	return false
}

// actorSoonAfter reports whether an actor is named within n tokens from
// i, before any punctuation: "of the Peruvian government", "of Peruvian
// President Dina Boluarte's government".
func (d *doc) actorSoonAfter(i, n int) bool {
	for j := i; j < len(d.in.Tokens) && j < i+n; j++ {
		if d.cover[j] >= 0 {
			return true
		}
		if d.tok(j).Kind == token.Punct {
			return false
		}
	}
	return false
}

// doubtedStanding is what one questions of an actor when doubting it.
var doubtedStanding = map[string]bool{"commitment": true, "sincerity": true, "motives": true, "credibility": true,
	"legitimacy": true, "intentions": true, "seriousness": true, "reliability": true, "impartiality": true,
	"neutrality": true, "honesty": true, "handling": true}

// deniedCharge accepts a denial of a charge made before: "denies any role
// in the attack", "denied involvement", "denied orchestrating the
// arrivals", or a charge named right before its denier ("…, charges Qatar
// denied").
func deniedCharge(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+1 < n && d.cover[k+1] < 0 && !d.tok(k+1).Upper && strings.HasSuffix(d.tok(k+1).Norm, "ing") && len(d.tok(k+1).Norm) > 5 {
		return true // the deed charged, as a gerund
	}
	for i := k + 1; i < n && i <= k+3; i++ {
		if d.tok(i).Is("role", "involvement", "responsibility", "wrongdoing", "links", "any") {
			if !d.tok(i).Is("any") {
				return true
			}
			continue
		}
		break
	}
	// "…, charges Qatar denied", "…, accusations China has repeatedly
	// denied", "…, which Russia denies"
	i := k - 1
	for i > 0 && k-i <= 3 && d.cover[i] < 0 && d.tok(i).Is("has", "have", "had", "repeatedly", "always", "strongly", "flatly", "vehemently", "consistently", "also", "long") {
		i--
	}
	if i >= 1 && d.cover[i] >= 0 {
		j := d.mentionStart(i)
		return j > 0 && (d.tok(j-1).Is("charges", "accusations", "allegations", "claims", "charge", "accusation", "allegation", "claim") ||
			d.tok(j-1).Is("which") && j > 1 && d.tok(j-2).Is(","))
	}
	return false
}

// underPact accepts an act the sentence sets under the terms of a pact:
// "Under the deal, Washington will withdraw …", "Under the truce, the
// Karabakh forces are to disarm", "As part of the accord, Colombia will
// suspend …".
func underPact(d *doc, k int) bool {
	a, _ := d.tokensOf(d.sentenceAround(k))
	if a+4 < k && d.tok(a).Is("as") && d.tok(a+1).Is("part") && d.tok(a+2).Is("of") {
		a += 2 // "As part of the accord, Colombia will suspend …"
	}
	if a+2 >= k || !d.tok(a).Is("under", "of") || !d.tok(a+1).Is("the", "its", "their", "this", "that") {
		return false
	}
	for i := a + 2; i < k && i <= a+5; i++ {
		if d.tok(i).Is(",") {
			return false
		}
		if pactNouns[d.tok(i).Norm] {
			return true
		}
	}
	return false
}

var pactNouns = map[string]bool{"deal": true, "agreement": true, "accord": true, "accords": true, "truce": true,
	"ceasefire": true, "cease-fire": true, "terms": true, "pact": true, "arrangement": true, "treaty": true,
	"memorandum": true, "document": true, "compromise": true, "protocol": true}

// invitedToJoin accepts "invited X (and Y) to join …" (or "to become
// members"): an invitation into a body, which approves of X rather than
// asks for a meeting. The first infinitive is what X is invited to do:
// "invited Modi to visit Dhaka to join the celebrations" asks for a
// visit, and joining a gathering ("to join the jubilee ceremony") is
// being there, no membership.
func invitedToJoin(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i+1 < n && i <= k+10; i++ {
		if d.stop(i) {
			return false
		}
		if !d.tok(i).Is("to") || d.tok(i+1).Is("the", "a") {
			continue // ("invited Finland to the summit")
		}
		if !d.tok(i+1).Is("join", "become", "accede") {
			return false
		}
		for j := i + 2; j < n && j <= i+5 && !d.stop(j); j++ {
			if objectNoun(d.tok(j).Norm, gatherings) {
				return false
			}
		}
		return true
	}
	return false
}

// appliedToJoin accepts an application told by "to join", "to accede to"
// or "membership" within the clause: "applied to join the EU", "submitted
// applications for NATO membership" (not "applied the rules to Hungary");
// or one for money or help: "applied to the IMF for a new loan".
func appliedToJoin(d *doc, k int) bool {
	n := len(d.in.Tokens)
	askedFor := false
	for i := k + 1; i < n && i <= k+10; i++ {
		if d.stop(i) || d.tok(i).Is(",") {
			return false
		}
		if d.tok(i).Is("membership", "accession") || d.tok(i).Is("to") && i+1 < n && d.tok(i+1).Is("join", "accede") {
			return true
		}
		askedFor = askedFor || d.tok(i).Is("for")
		if askedFor && d.tok(i).Is("loan", "loans", "bailout", "assistance", "aid", "help", "credit", "financing", "funding", "rescue") {
			return true
		}
	}
	return false
}

// projectFunded accepts "finance" or "fund" as a verb whose object is an
// actor ("funds the Palestinian Authority") or works placed in an
// actor's land ("finance the construction of a new port in Sri Lanka"),
// not a company's deal or a campaign ("funded the film").
func projectFunded(d *doc, k int) bool {
	if d.cover[k] >= 0 || !notNoun(d, k) || k > 0 && d.tok(k-1).Is("to") && k > 1 && d.tok(k-2).Is("the", "a", "an") {
		return false
	}
	n := len(d.in.Tokens)
	works := false
	for i := k + 1; i < n && i <= k+12; i++ {
		if d.stop(i) || d.tok(i).Is(",", "which", "that", "who") {
			return false
		}
		if d.cover[i] >= 0 {
			first := true
			for j := k + 1; j < d.mentionStart(i); j++ {
				first = first && d.tok(j).Is("the", "a", "an")
			}
			return first || works && d.tok(d.mentionStart(i)-1).Is("in", "for")
		}
		works = works || projectNouns[d.tok(i).Norm]
	}
	return false
}

// projectNouns are the works a state or lender pays for in another land.
var projectNouns = map[string]bool{"construction": true, "building": true, "reconstruction": true, "rebuilding": true,
	"project": true, "projects": true, "port": true, "road": true, "roads": true, "railway": true, "railways": true,
	"bridge": true, "bridges": true, "dam": true, "hospital": true, "hospitals": true, "school": true, "schools": true,
	"plant": true, "line": true, "stadium": true, "pipeline": true, "airport": true, "highway": true, "housing": true,
	"programme": true, "program": true, "upgrade": true, "expansion": true, "repair": true, "repairs": true}

// personGreeted accepts "greeted X" or "embraced X" where X is a person
// greeted in the flesh: a verb, then a person named (titles before the
// name allowed), not their proposal or offer ("embraced China's proposal",
// "greeted Putin's offer with scepticism").
func personGreeted(d *doc, k int) bool {
	if !notNoun(d, k) {
		return false
	}
	n := len(d.in.Tokens)
	if k > 0 && d.tok(k-1).Is("was", "were", "been") && k+2 < n && d.tok(k+1).Is("by") && d.cover[k+2] >= 0 {
		return true // "Kim Jong Un was greeted by Putin"
	}
	if k > 0 && d.tok(k-1).Is("was", "were", "been") && k+1 < n && d.tok(k+1).Is("at", "on", "upon") {
		// "Orban was greeted at the airport by Premier Li": the place or
		// the moment first, then the host
		for i := k + 2; i+1 < n && i <= k+6 && d.tok(i).Kind == token.Word; i++ {
			if d.tok(i).Is("by") {
				if e := i + 1; d.cover[e] >= 0 && d.possessiveAt(d.mentionEnd(e)) && d.titleThenNamed(d.mentionEnd(e)+1, n) >= 0 {
					return true // "by Russia's first deputy prime minister, Denis Manturov"
				}
				return d.personAt(i+1) || d.cover[i+1] < 0 && d.personAt(actorAt(d, i+1, "the"))
			}
		}
	}
	for i := k + 1; i < n && i <= k+6; i++ {
		if d.cover[i] < 0 {
			if d.tok(i).Kind == token.Word && (d.tok(i).Upper || d.tok(i).Is("the", "his", "her")) {
				continue // "Qatar's Emir Sheikh …", "the visiting …"
			}
			return false
		}
		m := d.in.Mentions[d.cover[i]]
		end := d.mentionEnd(i)
		if end < n && d.possessiveAt(end) {
			if a := d.actors[m.Actors[0]]; a != nil && a.Kind == parley.State {
				i = end // "Qatar's Emir Sheikh Tamim": the state names the title
				continue
			}
			return false // "Putin's proposal"
		}
		a := d.actors[m.Actors[0]]
		return len(m.Actors) == 1 && a != nil && a.Kind == parley.Person
	}
	return false
}

// demandsObject accepts "met Ankara's demands", "address its concerns":
// the demands or concerns are the verb's own object, a few words on with
// no preposition between ("met Xi amid concerns about Taiwan" is a
// meeting).
func demandsObject(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+4; i++ {
		t := d.tok(i)
		if t.Is("demands", "demand", "conditions", "concerns", "grievances") {
			return true
		}
		if nonActorPreps[t.Norm] || t.Is("to", "with", "amid", "over", "on", ",") || d.stop(i) {
			return false
		}
	}
	return false
}

// notAGoal turns down "meet" whose object is a goal, not a partner:
// "meet NATO's target of 2 percent", "met the deadline".
func notAGoal(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if d.metWithResponse(k) {
		return false
	}
	for i := k + 1; i < n && i <= k+4; i++ {
		t := d.tok(i)
		if t.Is("target", "targets", "goal", "goals", "deadline", "deadlines", "obligations", "commitments", "requirements",
			"criteria", "standards", "threshold", "benchmark", "benchmarks", "expectations", "quota", "quotas",
			"conditions", "condition", "demands", "demand", "needs", "requirement", "terms", "concerns") {
			return false
		}
		if nonActorPreps[t.Norm] || t.Is("to", "with", "amid", "over", "on", ",") || d.stop(i) {
			return true
		}
	}
	return true
}

// metWithResponse reports whether the "met" at k is a passive answered
// by no one: "any attack would be met with force", "the plan was met
// with scepticism" (not "was met with Blinken").
func (d *doc) metWithResponse(k int) bool {
	if k < 1 || k+2 >= len(d.in.Tokens) || !beForms[d.tok(k-1).Norm] || !d.tok(k+1).Is("with") {
		return false
	}
	for i := k + 2; i < len(d.in.Tokens) && i <= k+5; i++ {
		if d.cover[i] >= 0 {
			if d.in.Mentions[d.cover[i]].Via == parley.ViaAdjective {
				continue // "met with a swift US response"
			}
			return false
		}
		if t := d.tok(i); t.Kind != token.Word || !t.Is("a", "an", "the", "some", "strong", "fierce", "firm", "swift", "widespread", "great") {
			return t.Kind == token.Word && !t.Upper
		}
	}
	return false
}

// engagedWith accepts "engaged with X" and "engaged directly with X", not
// "engaged in fierce fighting with X".
func engagedWith(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if k+1 < n && d.tok(k+1).Is("with") {
		return true
	}
	return k+2 < n && d.tok(k+2).Is("with") && strings.HasSuffix(d.tok(k+1).Norm, "ly")
}

// broughtHome accepts "bring … home": "will bring its ambassador home from
// Niger".
func broughtHome(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6; i++ {
		if d.tok(i).Is("home") {
			return true
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// ownEnvoyHome accepts an order or instruction at k to the subject's own
// envoy to come home: "instructed its ambassador, Pablo Monroy, to
// return home", "ordered their envoys home" (not "ordered the Mexican
// ambassador to leave", an expulsion).
func ownEnvoyHome(d *doc, k int) bool {
	if !d.tok(k+1).Is("its", "their", "his", "her", "our") {
		return false
	}
	for i := k + 2; i < len(d.in.Tokens) && i <= k+10; i++ {
		if d.tok(i).Is("home") || d.tok(i).Is("back") && d.tok(i-1).Is("return", "come") {
			return true // ("to return home", "to come back")
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// notAsWitness rules out a signing "as witnesses" or "as a witness" in
// the clause of trigger k: those who sign so are no parties to the accord
// (guarantors, who sign "as guarantors", undertake something and are).
func notAsWitness(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+10 && !d.stop(i); i++ {
		if d.tok(i).Is("as") && (d.tok(i+1).Is("witnesses", "witness") || i+2 < len(d.in.Tokens) && d.tok(i+1).Is("a") && d.tok(i+2).Is("witness")) {
			return false
		}
	}
	return true
}

// accordNouns name what one side offers another to settle or work on
// together.
var accordNouns = []string{"plan", "meeting", "talks", "dialogue", "summit", "negotiations", "ceasefire", "truce",
	"settlement", "deal", "roadmap", "framework", "partnership", "mediation", "swap", "exchange", "formula"}

// proposedAccord accepts a proposal at k of something both sides would
// do — "proposed a three-phase plan", "proposed direct talks",
// "proposed that the two countries take the dispute to the tribunal" —,
// not one that only the other is to carry out ("proposed that all
// aircraft keep their transponders on").
func proposedAccord(d *doc, k int) bool {
	if d.tok(k + 1).Is("that") {
		for i := k + 2; i <= k+4; i++ {
			if d.tok(i).Is("two", "both", "sides", "parties") {
				return true
			}
		}
		return false
	}
	for i := k + 1; i <= k+5 && !d.stop(i); i++ {
		if objectNoun(d.tok(i).Norm, accordNouns) {
			return true
		}
		if d.tok(i).Is("to", "that") {
			return false
		}
	}
	return false
}

// broughtTogether reports whether "together" follows the "bring" at k
// within its clause, not as "together with" (a companion): "brought
// together the leaders of", "will bring the two presidents together".
func broughtTogether(d *doc, k int) bool {
	if d.tok(k).Is("brings") || d.tok(k).Is("bring") && !d.tok(k-1).Is("to", "will", "would", "could", "can", "shall", "help", "helped", "helps", "did") {
		return false // "the format, created in 2015, brings together nine states": who belongs, no meeting
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+12; i++ {
		if d.tok(i).Is("together") {
			return !d.tok(i + 1).Is("with")
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// What an order may have done to the one it names, as a participle after
// the name or a noun before "of": "ordered Khan detained", "ordered the
// detention of Khan".
var (
	detainedWords  = []string{"detained", "arrested", "held", "jailed", "imprisoned", "detention", "arrest", "imprisonment"}
	releasedWords  = []string{"released", "freed", "release", "freeing"}
	dissolvedWords = []string{"dissolved", "disbanded", "dissolution", "disbanding"}
)

// orderedDone returns a guard for "ordered" followed by an actor and one
// of the words (a participle: "ordered Castillo held in detention") or by
// "the", one of the words and "of" ("ordered the release of Zia").
func orderedDone(words []string) func(d *doc, k int) bool {
	return func(d *doc, k int) bool {
		n := len(d.in.Tokens)
		if k+3 < n && d.tok(k+1).Is("the") && d.tok(k+2).Is(words...) && d.tok(k+3).Is("of") {
			return d.describedActorAt(k+4) >= 0
		}
		i := actorAt(d, k+1, "the")
		if i < 0 {
			return false
		}
		e := d.mentionEnd(i)
		if d.possessiveAt(e) {
			// "ordered Borges' arrest": the noun, owned by the one named
			return e+1 < n && d.tok(e+1).Is(words...) && !strings.HasSuffix(d.tok(e+1).Norm, "ed")
		}
		return e < n && d.tok(e).Is(words...) && (strings.HasSuffix(d.tok(e).Norm, "ed") || d.tok(e).Is("held")) // (a participle, not "ordered Khan arrest …")
	}
}

// readyToWorkWith accepts "ready to work with", "willing to cooperate
// with", and a joint work named before the "with": "ready to build more
// reactors with China", "ready to intensify joint efforts with Turkey".
// A pledge to the one named after "with" (not "ready to break ties with",
// "ready to go to war with": hostile verbs are not in the list).
func readyToWorkWith(d *doc, k int) bool {
	return jointWorkAt(d, k+1, false)
}

// pledgedWorkWith accepts a pledge of joint work with someone, or of two
// named together: "pledged on Monday to work with India", "committed to
// working together", "vowed to deepen cooperation with Kenya".
func pledgedWorkWith(d *doc, k int) bool {
	i := d.afterTimePhrase(k+1, len(d.in.Tokens))
	if i < len(d.in.Tokens) && d.tok(i).Is("itself", "themselves") {
		i++
	}
	return jointWorkAt(d, i, true)
}

// workedWith accepts the verb "work" followed by "with" its partner, at
// most an adverb between ("worked closely with Germany"). An infinitive
// is left to the verb that governs it ("vowed to work with", "ready to
// work with" code the pledge), and so is the noun ("their work with").
func workedWith(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("to", "the", "their", "its", "his", "her", "our", "joint") {
		return false
	}
	if k > 0 && d.tok(k-1).Is("and", "or") {
		// "to get the vaccines and work with CBP": the infinitive goes on
		for i := k - 2; i >= 0 && i >= k-15 && !d.stop(i); i-- {
			if d.tok(i).Is("to") {
				return false
			}
		}
	}
	j := k + 1
	if j < len(d.in.Tokens) && d.tok(j).Is("closely", "together", "jointly", "hand-in-hand") {
		j++
	}
	if j+1 >= len(d.in.Tokens) || !d.tok(j).Is("with") {
		return false
	}
	if j+2 < len(d.in.Tokens) && d.tok(j+1).Is("the") {
		j++ // "working closely with the Ministry of Home Affairs of Nepal"
	}
	return d.cover[j+1] >= 0
}

// jointWorkAt accepts "to" at i and a verb of joint work after it, bare
// or in -ing ("ready to work with", "open to working with"), then "with"
// (or "together", when together is set) before the clause ends.
func jointWorkAt(d *doc, i int, together bool) bool {
	n := len(d.in.Tokens)
	if i+2 < n && d.tok(i).Is("to") && d.tok(i+1).Is("do") {
		// "readiness to do everything possible to restore relations":
		// the work is the one the effort serves
		for j := i + 2; j < n && j <= i+6 && !d.stop(j); j++ {
			if d.tok(j).Is("to") {
				i = j
				break
			}
		}
	}
	if i+2 >= n || !d.tok(i).Is("to") || !cooperativeVerb(d.tok(i+1).Norm) {
		return false
	}
	v := i + 1
	for j := v + 1; j < n && j <= v+8; j++ {
		if together && j == v+1 && d.tok(j).Is("together") {
			return true
		}
		if d.stop(j) || d.tok(j).Is(",", "to", "and", "against", "but") || d.cover[j] >= 0 {
			return false // "ready to work on trade, and with …": the pledge ends
		}
		if d.tok(j).Is("with") {
			return j == v+1 || !d.tok(v).Is("work", "engage", "working", "engaging")
		}
		if d.tok(j).Is("between") && j > v+1 {
			return true // "to restore the friendly relations between Turkey and Russia"
		}
	}
	return false
}

// cooperativeVerb reports whether w, bare or in -ing, is one of the
// cooperativeVerbs.
func cooperativeVerb(w string) bool {
	if cooperativeVerbs[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "ing")
	return ok && (cooperativeVerbs[stem] || cooperativeVerbs[stem+"e"])
}

// cooperativeVerbs after "ready to" pledge joint work with whoever follows
// "with": "ready to deepen cooperation with India".
var cooperativeVerbs = map[string]bool{"work": true, "cooperate": true, "engage": true, "build": true,
	"develop": true, "deepen": true, "strengthen": true, "expand": true, "widen": true, "intensify": true,
	"boost": true, "enhance": true, "step": true, "broaden": true, "coordinate": true, "partner": true,
	// "ready to negotiate with Iran", "ready to launch negotiations on a free trade agreement with Norway"
	"negotiate": true, "talk": true, "launch": true, "resume": true,
	// "ready to begin negotiations with Slovakia", "prepared to discuss
	// everything with Washington", "willing to hold talks with Pakistan",
	// "ready to sit down with the government", "ready to restore ties with"
	"begin": true, "start": true, "discuss": true, "hold": true, "sit": true, "open": true, "reopen": true,
	"restore": true, "normalise": true, "normalize": true, "improve": true, "mend": true, "establish": true,
	"sign": true, "conclude": true, "explore": true, "pursue": true}

// deniedThat accepts "denied that …", "denied on Wednesday that …".
func deniedThat(d *doc, k int) bool {
	i := d.afterTimePhrase(k+1, min(len(d.in.Tokens), k+8))
	return i < len(d.in.Tokens) && d.tok(i).Is("that")
}

// placedUnderArrest accepts "placed X under (house) arrest" and "placed
// X in detention": the one placed is the target.
func placedUnderArrest(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i+1 < n && i <= k+9; i++ {
		if d.stop(i) {
			return false
		}
		if d.tok(i).Is("under", "in") && (d.tok(i+1).Is("arrest", "detention", "custody") || d.tok(i).Is("under") && d.tok(i+1).Is("guard") || // "placed Mugabe under guard"
			i+2 < n && d.tok(i+1).Is("house") && d.tok(i+2).Is("arrest")) {
			return true
		}
	}
	return false
}

// doneNotPlotted accepts a verb of a coup told as done: not a noun ("the
// ousted president") nor an infinitive ("planned to overthrow the
// government"), which tells a plot or a charge.
func doneNotPlotted(d *doc, k int) bool {
	return notAfterDeterminer(d, k) && !(k > 0 && d.tok(k-1).Is("to")) && !d.attributiveBeforeName(k)
}

// attributiveBeforeName reports whether the participle at k qualifies the
// titled name after it rather than telling an act: "to restore ousted
// President Mohamed Bazoum", "the release of deposed leader Aung San Suu
// Kyi", "meet ousted leader Aung San Suu Kyi" (not "the junta ousted
// President Bazoum").
func (d *doc) attributiveBeforeName(k int) bool {
	if k == 0 || k+2 >= len(d.in.Tokens) || d.cover[k-1] >= 0 {
		return false
	}
	if !d.tok(k+1).Upper && !(d.tok(k+1).Is("leader", "president", "premier", "ruler", "prime", "head", "chief") && (d.tok(k+2).Upper || d.tok(k+2).Is("minister"))) {
		return false // ("meet ousted leader Aung San Suu Kyi" as well)
	}
	p := d.tok(k - 1)
	return p.Kind == token.Word && !p.Upper && !auxWords[p.Norm] && !strings.HasSuffix(p.Norm, "ly") && !p.Is("and", "or", "then", "also", "who", "which", "that")
}

// calledForNow accepts "called for" right after the verb, as a demand
// made: not "called for in the plan" nor "as called for by".
func calledForNow(d *doc, k int) bool {
	f := d.forAfterCall(k)
	return f+1 < len(d.in.Tokens) && d.tok(f).Is("for") && !d.tok(f+1).Is("in", "by", "under") && notAfterDeterminer(d, k) &&
		!(k > 0 && d.tok(k-1).Is("as", "was", "were", "is", "are", "be", "been"))
}

// forAfterCall returns the token after "called" at k past a time phrase
// or an adverb of repetition: "called on Sunday for", "called again for".
func (d *doc) forAfterCall(k int) int {
	n := len(d.in.Tokens)
	i := d.afterTimePhrase(k+1, n)
	if i+1 < n && d.tok(i).Is("once") && d.tok(i+1).Is("again") {
		i++
	}
	if i < n && d.tok(i).Is("again", "repeatedly", "publicly", "also", "explicitly", "openly") {
		i++
	}
	return i
}

// leavesBody accepts a verb of leaving whose object, right after it or
// after "from", is a body of states with no country of its own (the
// African Union, the Pacific Islands Forum): a member leaving it.
func leavesBody(d *doc, k int) bool {
	processOf := k > 1 && d.tok(k-1).Is("of") && d.tok(k-2).Is("process") // "began the process of leaving the Forum"
	if !notAfterDeterminer(d, k) && !processOf || k > 0 && d.tok(k-1).Is("to") && !d.tok(k).Is("withdraw") {
		return false // "threatened to leave the bloc": not done
	}
	i := k + 1
	if i < len(d.in.Tokens) && d.tok(i).Is("from") {
		i++
	}
	if i < len(d.in.Tokens) && d.looseThe(i) {
		i++ // (not the "the" of "the Commonwealth", a name's own)
	}
	m, ok := d.mentionAt(i)
	if !ok || len(m.Actors) != 1 || d.mentionStart(i) != i {
		return false
	}
	return d.forum(m.Actors[0])
}

// letLeave accepts a verb of letting whose infinitive, within a few
// words, is one of leaving: "allowed the crew … to leave the country",
// "allowed the sailors to go home".
func letLeave(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+12 && !d.stop(i); i++ {
		if d.tok(i).Is("to") {
			return d.tok(i+1).Is("leave", "depart") || d.tok(i+1).Is("go", "return", "fly", "sail") && d.tok(i+2).Is("home") // (not "to return to their jobs")
		}
	}
	return false
}

// notFromGathering rejects a withdrawal whose "from" leads to a
// gathering rather than a place or a front: "withdrew earlier this autumn
// from the Urban 20 meeting", "pulled out of the race" (a boycott or a
// candidacy given up, no forces drawn back).
func notFromGathering(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if !d.tok(i).Is("from", "of") {
			continue
		}
		for j := i + 1; j < len(d.in.Tokens) && j <= i+6 && !d.stop(j); j++ {
			if d.cover[j] >= 0 && !d.tok(j).Upper {
				return true
			}
			if gatheringNouns[d.tok(j).Norm] {
				return false
			}
		}
		return true
	}
	return true
}

// gatheringNouns name a gathering or contest one takes part in.
var gatheringNouns = map[string]bool{"meeting": true, "meetings": true, "summit": true, "conference": true, "forum": true,
	"talks": true, "negotiations": true, "race": true, "contest": true, "election": true, "elections": true, "games": true,
	"tournament": true, "competition": true, "ceremony": true, "event": true, "festival": true}

// legalAgainst accepts a verb whose object, a suit, goes on to "against"
// within a few words; "action" counts only as legal action ("launched
// legal action against", not "military action").
func legalAgainst(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if d.tok(i).Is("action") && !d.tok(i-1).Is("legal", "court", "judicial") {
			return false
		}
		if d.tok(i).Is("against") {
			return i > k+1
		}
	}
	return false
}

// militaryAgainst accepts a verb whose object is a military operation,
// action or campaign ("a military operation", "ground operations", "air
// campaign") followed within a few words by "against".
func militaryAgainst(d *doc, k int) bool {
	military := false
	for i := k + 1; i < len(d.in.Tokens) && i <= k+7 && !d.stop(i); i++ {
		if d.tok(i).Is("operation", "operations", "action", "campaign") {
			military = d.tok(i-1).Is("military", "ground", "air", "armed", "naval", "counter-terrorism", "counterterrorism", "bombing")
		}
		if d.tok(i).Is("against") {
			return military
		}
	}
	return false
}

// actorRightAfter accepts a verb followed at once by a named actor, or by
// "the" and one.
func actorRightAfter(d *doc, k int) bool {
	i := k + 1
	if i < len(d.in.Tokens) && d.looseThe(i) {
		i++
	}
	return i < len(d.in.Tokens) && d.cover[i] >= 0 && d.mentionStart(i) == i && d.in.Mentions[d.cover[i]].Via == parley.ViaName
}

// noConfidenceVote accepts a verb of passing or voting followed within a
// few words by "no confidence" or a censure motion, and then by "in" or
// "against": "passed a motion of no confidence in", "voted no confidence
// in", "adopted a censure motion against".
func noConfidenceVote(d *doc, k int) bool {
	found := false
	for i := k + 1; i < len(d.in.Tokens) && i <= k+8 && !d.stop(i); i++ {
		switch {
		case d.tok(i).Is("no-confidence", "censure") || d.tok(i).Is("confidence") && d.tok(i-1).Is("no"):
			found = true
		case d.tok(i).Is("in", "against"):
			return found
		}
	}
	return false
}

// bodyLeft accepts a noun of leaving whose "from" names a body of states:
// "its withdrawal from ECOWAS", "Britain's exit from the EU"; or, after
// "their" or "its", the body whose leaving the sentences just before told
// ("… quit ECOWAS. They announced their exit in a joint communiqué").
func bodyLeft(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("their", "its") && !d.tok(k+1).Is("from") {
		return d.bodyLeftBefore(k) != nil
	}
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("from") && leavesBody(d, k+1)
}

// bodyLeftBefore returns the latest withdrawal from a body of states told
// in the two sentences before token k — its target the body, its source
// who left — or nil.
func (d *doc) bodyLeftBefore(k int) *parley.Event {
	here := d.sentenceIndex(d.tok(k).Start)
	return d.lastBefore(k, func(e *parley.Event) bool {
		return e.Type == parley.Sanction && e.Mode == "withdraw" && !e.Target.IsZero() && d.forum(e.Target.ID) && here-d.sentenceIndex(e.Trigger.Start) <= 2
	})
}

// emergencyRule accepts "a state of emergency", "martial law" and "a
// curfew" as what is declared or imposed.
func emergencyRule(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+8; i++ {
		switch {
		case d.tok(i).Is("emergency") && d.tok(i-1).Is("of") && d.tok(i-2).Is("state"),
			d.tok(i).Is("law") && d.tok(i-1).Is("martial"),
			d.tok(i).Is("curfew"):
			return true
		case d.stop(i):
			return false
		}
	}
	return false
}

// notBlockedTalks accepts a blockade lifted at k unless what it held up
// was talks or an accession: "lifted its blockade of Croatia's EU
// accession talks" ends a veto, not a siege.
func notBlockedTalks(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+10; i++ {
		if d.tok(i).Is("accession", "talks", "negotiations", "membership", "bid", "application", "chapters") {
			return false
		}
		if d.stop(i) || d.tok(i).Is(",", ";") {
			return true
		}
	}
	return true
}

// partyObject accepts a verb whose object (or, in the passive, subject)
// is a political party: "dissolved PASTEF", "PASTEF was dissolved".
func partyObject(d *doc, k int) bool {
	if i := k + 1; i < len(d.in.Tokens) && (d.partyAt(i) || d.tok(i).Is("the") && d.partyAt(i+1)) {
		return true
	}
	if k >= 2 && d.tok(k-1).Is("was", "were", "been") {
		j := k - 2
		if j > 0 && d.tok(j).Is(",") {
			j-- // "the main opposition party, PASTEF, was dissolved"
		}
		return d.cover[j] >= 0 && d.partyAt(j)
	}
	return false
}

// notHomeConsultations rejects "for (urgent) consultations" with no
// partner after it: an envoy recalled "for consultations" confers with
// his own government, no meeting of two sides.
func notHomeConsultations(d *doc, k int) bool {
	i := k - 1
	for i > 0 && d.tok(i).Is("urgent", "further", "immediate") {
		i--
	}
	if i < 0 || !d.tok(i).Is("for") {
		return true
	}
	return k+1 < len(d.in.Tokens) && d.tok(k+1).Is("with", "between")
}

// envoyRecalledOf accepts the noun "recall" of an envoy: "the recall of
// Israel's ambassador to Ireland", "the recall of its envoys".
func envoyRecalledOf(d *doc, k int) bool {
	if k == 0 || !d.tok(k-1).Is("the", "a", "its", "his", "her", "their") || k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("of") {
		return false
	}
	for i := k + 2; i < len(d.in.Tokens) && i <= k+6; i++ {
		if d.tok(i).Is(envoysRecalled...) {
			return true
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// gatheringUnnamed accepts a gathering held whose name holds no actor:
// in "co-host the Bucharest Nine Summit" the body named is the summit's,
// no partner of its hosts.
func gatheringUnnamed(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+8; i++ {
		if d.tok(i).Is(gatherings...) {
			return true
		}
		if d.cover[i] >= 0 {
			return false
		}
	}
	return true
}

// chamberShut accepts a legislature or a court dissolved by force rather
// than by the calendar: a court is never dissolved in the course of
// things, so a legislature dissolved along with one counts ("dissolved
// the National Assembly and the Supreme Tribunal"); a legislature alone
// only when the same sentence tells of the constitution suspended or of
// rule by decree ("suspended parts of the constitution, dissolved
// Congress"). A prime minister dissolving parliament to call an election,
// even by decree, is no coercion.
func chamberShut(d *doc, k int) bool {
	if d.passive(k) {
		return false
	}
	n := len(d.in.Tokens)
	j := k + 1
	var ids []string
	for range 3 { // "dissolved Congress and the Supreme Court"
		for j < n && j <= k+12 && d.cover[j] < 0 && d.tok(j).Is("the") {
			j++
		}
		if j >= n || d.cover[j] < 0 {
			break
		}
		ids = append(ids, d.in.Mentions[d.cover[j]].Actors...)
		j = d.afterMentions(j)
		if j >= n || !d.tok(j).Is("and", ",") {
			break
		}
		j++
	}
	if slices.ContainsFunc(ids, d.judges) {
		return true
	}
	if !slices.ContainsFunc(ids, d.chamber) {
		return false
	}
	a, b := d.tokensOf(d.sentenceAround(k))
	for i := a; i < b; i++ {
		if d.tok(i).Is("constitution") && d.suspendedBefore(a, i) ||
			d.tok(i).Is("decree") && i >= a+2 && d.tok(i-1).Is("by") && d.tok(i-2).Is("rule", "govern", "ruling", "governing", "rules", "governs") {
			return true
		}
	}
	return false
}

// suspendedBefore reports whether a verb of suspending stands in the few
// words before token i: "suspended parts of the constitution".
func (d *doc) suspendedBefore(a, i int) bool {
	for j := i - 1; j >= a && j >= i-5; j-- {
		if d.tok(j).Is("suspended", "suspending", "suspend", "suspends", "abrogated", "abolished", "scrapped", "tore") {
			return true
		}
	}
	return false
}

// onAlert accepts "put <forces> on (high|full) alert".
func onAlert(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i+1 < n && i <= k+7; i++ {
		if d.tok(i).Is("on") && (d.tok(i+1).Is("alert") || i+2 < n && d.tok(i+1).Is("high", "full", "combat", "maximum") && d.tok(i+2).Is("alert")) {
			return true
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// dialogueHeld accepts "dialogue" as a meeting when a verb of holding or
// resuming governs it a few words before: "resumed their security
// dialogue", "held the first strategic dialogue"; or when those who
// lead it or a round of it are told: "led two rounds of the Strategic
// Stability Dialogue", "co-chaired the dialogue".
func dialogueHeld(d *doc, k int) bool {
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		if i >= k-4 && d.tok(i).Is("held", "hold", "holds", "holding", "resumed", "resume", "resumes", "resuming", "launched", "opened", "convened", "concluded",
			"restart", "restarts", "restarted", "restarting", "revive", "revived", "revives", "reviving", "relaunch", "relaunched", "reopen", "reopened", "reconvene", "reconvened",
			"continue", "continued", "continues", "continuing") {
			return true
		}
		if d.tok(i).Is("led", "chaired", "co-chaired", "headed", "co-led") || d.tok(i).Is("of") && i > 0 && d.tok(i-1).Is("round", "rounds", "session", "sessions") {
			return true
		}
		if d.cover[i] >= 0 || d.tok(i).Kind != token.Word {
			return false
		}
	}
	return false
}

// ownResignation accepts a resignation the subject announces as its own:
// "announced his resignation", not "announced the resignation of the
// minister" or "demanded her resignation".
func ownResignation(d *doc, k int) bool {
	n := len(d.in.Tokens)
	i := k + 1
	if i < n && d.tok(i).Is("in", "over") {
		i++ // "handed in his resignation"
	}
	if i+3 < n && d.tok(i).Is("his", "her", "their", "a") && d.tok(i+1).Is("letter") && d.tok(i+2).Is("of") && d.tok(i+3).Is("resignation") {
		return true // "sent his letter of resignation", "signed a letter of resignation"
	}
	return i+1 < n && d.tok(i).Is("his", "her", "their") && d.tok(i+1).Is("resignation")
}

// standsBehind accepts "stood in solidarity with Turkey" and "stands
// (fully) behind Finland": an actor right after "with" or "behind", not
// "stood behind the podium".
func standsBehind(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+4; i++ {
		if d.tok(i).Is("behind") || d.tok(i).Is("with") && d.tok(i-1).Is("solidarity") {
			return actorAt(d, i+1, "the") >= 0
		}
	}
	return false
}

// fireUndergone accepts "fire" as the force its subject comes under:
// "A Turkish patrol came under fire from Kurdish militants", "came under
// Russian artillery fire".
func fireUndergone(d *doc, k int) bool {
	u := d.undergoneAt(k, 0)
	return u >= 0 && d.tok(u).Is(forceTaken...) && !fireInWords(d, k)
}

// forceTaken are the words after which "fire" is force met ("came under
// fire", "the patrol took fire from militants"), not words drawn.
var forceTaken = []string{"under", "took", "take", "takes", "taking"}

// fireInWords accepts "fire" as the criticism its subject draws: "drew
// fire from lawmakers", "came under fire from the opposition over the
// deal", "came under fire from Trump".
func fireInWords(d *doc, k int) bool {
	u := d.undergoneAt(k, 0)
	return u >= 0 && (!d.tok(u).Is(forceTaken...) || d.undergoneInWords(k))
}

// attackInWords accepts an attack undergone in words: "came under attack
// from Erdogan", "faced attacks from Republicans over the bill".
func attackInWords(d *doc, k int) bool {
	return d.undergoneAt(k, 0) >= 0 && d.undergoneInWords(k)
}

// undergoneInWords reports whether the force noun at k, undergone, is
// said of words: a charge follows ("under fire for his remarks") or a
// person alone is the doer ("came under fire from Trump").
func (d *doc) undergoneInWords(k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+12 && !d.tok(i).Is(".", ";", ",", "when", "as", "while"); i++ {
		if d.tok(i).Is("for", "over") && !d.whereOrWhen(i+1) {
			return true // a charge: "under fire for his remarks" (not "over the weekend", "over the border")
		}
	}
	by := d.agentAfter(k, min(len(d.in.Tokens), k+8), "from", "by")
	return len(by) == 1 && d.actors[by[0]] != nil && d.actors[by[0]].Kind == parley.Person
}

// undergoneNoun accepts a noun its clause's subject undergoes: "won
// praise from Washington", "the praise Kenya won from Washington".
func undergoneNoun(d *doc, k int) bool {
	u, _, _ := d.undergoneRelative(k, len(d.in.Tokens))
	return d.undergoneAt(k, 0) >= 0 || u >= 0
}

// launchedAtUndergoer accepts a missile, rocket or drone named by who fired
// it, stopped by the clause's subject: "intercepted a ballistic missile
// fired by the Houthis", "shot down a drone launched from Lebanon by
// Hezbollah". Whoever fired it attacked the one who stopped it.
func launchedAtUndergoer(d *doc, k int) bool {
	if d.undergoneAt(k, 0) < 0 || k+2 >= len(d.in.Tokens) || !d.tok(k+1).Is("fired", "launched") {
		return false
	}
	for i := k + 2; i < len(d.in.Tokens) && i <= k+6; i++ {
		if d.tok(i).Is("by") {
			return true
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// stateGrievance accepts a protest or complaint a state or authority owns
// and aims at an actor named just after "to" or "against": "Beijing's
// formal protest to Tokyo" (not "the opposition's protest against the
// government", a demonstration).
func stateGrievance(d *doc, k int) bool {
	i := k - 1
	for i > 0 && k-i <= 3 && d.cover[i] < 0 && !d.possessiveAt(i) && d.tok(i).Kind == token.Word {
		i-- // "diplomatic", "formal", "strong"
	}
	if i < 1 || !d.possessiveAt(i) || d.cover[i-1] < 0 || k+2 >= len(d.in.Tokens) || !d.tok(k+1).Is("to", "against") {
		return false
	}
	m := d.in.Mentions[d.cover[i-1]]
	if len(m.Actors) != 1 || d.crowd(m.Actors[0]) || d.protesters(m.Actors[0]) || !d.authority(m.Actors[0]) {
		return false
	}
	return actorAt(d, k+2, "the") >= 0
}

// stateGrievanceTo is stateGrievance told "to" its target, not to a forum
// it is lodged with: "India's complaint to the WTO against Jakarta".
func stateGrievanceTo(d *doc, k int) bool {
	return stateGrievance(d, k) && notLodgedWith(d, k)
}

// ownedChargeThat accepts a charge noun its maker owns whose that-clause
// opens with an actor: "Kyiv's allegation that Moscow shelled the plant"
// (not "the allegation that …", whose maker is not named).
func ownedChargeThat(d *doc, k int) bool {
	return k >= 2 && d.possessiveAt(k-1) && d.cover[k-2] >= 0 && k+2 < len(d.in.Tokens) &&
		d.tok(k+1).Is("that") && actorAt(d, k+2, "the") >= 0
}

// pressedToAct accepts pressure its subject undergoes whose end follows
// as "to" and a verb: "came under pressure from the EU to recognise
// Kosovo" (not "under pressure from rising prices").
func pressedToAct(d *doc, k int) bool {
	if !undergoneNoun(d, k) {
		return false
	}
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+8 && !d.stop(i); i++ {
		if d.tok(i).Is("to") && d.tok(i+1).Kind == token.Word && !d.tok(i+1).Upper && d.cover[i+1] < 0 {
			return true
		}
	}
	return false
}

// askedThat accepts "asked" or "requested" right before a that-clause opening with an
// actor: "Kenya asked that Ethiopia pull back its forces" (not "Biden,
// asked in an interview, agreed that Putin was …").
func askedThat(d *doc, k int) bool {
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("that") && actorAt(d, k+2, "the") >= 0 && !d.passive(k)
}

// protestDrawn accepts a diplomatic protest or complaint its subject
// draws or receives: "drew a formal protest from Beijing", "received a
// complaint from Kyiv" (not "faced protests by farmers").
func protestDrawn(d *doc, k int) bool {
	return d.undergoneAt(k, 0) >= 0 && (!notLodged(d, k) || k > 0 && d.tok(k-1).Is("a", "an"))
}

// whereOrWhen reports whether the phrase at i, after "over" or "for",
// tells a time or a place rather than a charge: "over the weekend", "for
// three days", "over the border".
func (d *doc) whereOrWhen(i int) bool {
	for j := i; j < len(d.in.Tokens) && j <= i+3; j++ {
		t := d.tok(j)
		if d.inDate(j) || t.Kind == token.Number || d.cover[j] >= 0 && d.in.Mentions[d.cover[j]].Via != parley.ViaAdjective {
			return true
		}
		if t.Is("weekend", "night", "past", "hours", "days", "weeks", "months", "years", "border", "frontier", "line", "sea",
			"skies", "area", "region", "city", "town", "village", "several", "two", "three", "many", "some", "hours") {
			return true
		}
		if !t.Is("the", "a", "an", "last", "next", "recent", "disputed", "northern", "southern", "eastern", "western") {
			return false
		}
	}
	return false
}

// talksAskedFor accepts a meeting noun that is itself what the verb asks
// for ("requested an urgent meeting with", "called for direct talks
// with"), not one a noun between governs ("asked for details of the
// talks with Iran").
func talksAskedFor(d *doc, k int) bool {
	i := k + 1
	if i < len(d.in.Tokens) && d.tok(i).Is("for") {
		i++
	}
	for ; i < len(d.in.Tokens) && i <= k+5; i++ {
		switch {
		case d.tok(i).Is(soughtTalks...):
			return true
		case d.tok(i).Is("a", "an", "the", "new", "fresh", "direct", "urgent", "emergency", "immediate", "early", "bilateral", "further", "more", "peace", "high-level", "face-to-face", "formal"):
		default:
			return false
		}
	}
	return false
}

// arrestWarrant accepts "warrant" at k as an arrest warrant: "an arrest
// warrant", "a warrant for the arrest of", not "the crisis warrants a
// response" nor "a search warrant".
func arrestWarrant(d *doc, k int) bool {
	if d.tok(k - 1).Is("arrest") {
		return true
	}
	return d.tok(k+1).Is("for") && (d.tok(k+2).Is("arrest") || d.tok(k+3).Is("arrest"))
}

// notRemains refuses captives counted as the dead handed back: "returned
// the bodies of 20 soldiers".
func notRemains(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("in") {
		return false // "In return, Israel released 200 prisoners": the other half of an exchange, not the verb
	}
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+5; i++ {
		if d.tok(i).Is("bodies", "remains", "body", "corpses") {
			return false
		}
		if d.stop(i) {
			return true
		}
	}
	return true
}

// forcesDrawnBack accepts "retreated from" told of forces or an actor
// ("Russian troops retreated from Kherson"), not of a stance ("retreated
// from its pledge", "prices retreated from their highs").
func forcesDrawnBack(d *doc, k int) bool {
	i := d.subjectHead(k)
	if !notNoun(d, k) || i < 0 || !(forceNoun(d, i) || d.cover[i] >= 0) {
		return false
	}
	n := len(d.in.Tokens)
	for j := k + 1; j < n && j <= k+5; j++ {
		if d.tok(j).Is("pledge", "pledges", "promise", "promises", "position", "stance", "demand", "demands", "plan", "plans",
			"highs", "high", "commitment", "commitments", "claim", "claims", "view", "views", "public", "politics") {
			return false
		}
	}
	return true
}

// forcesBuiltUp accepts "mobilisation" of armed force: "a partial
// mobilisation", "the mobilization of 300,000 reservists" (not "the
// mobilisation of voters"). ("buildup" was tried: "the buildup of Russian
// forces" took the clause's subject, who only spoke of it.)
func forcesBuiltUp(d *doc, k int) bool {
	if k > 0 && d.tok(k-1).Is("military", "troop", "partial", "general", "full", "army") {
		return true
	}
	n := len(d.in.Tokens)
	if k+1 >= n || !d.tok(k+1).Is("of") {
		return false
	}
	for j := k + 2; j < n && j <= k+6; j++ {
		if objectNoun(d.tok(j).Norm, reservesRaised.objects) {
			return true
		}
		if d.stop(j) {
			return false
		}
	}
	return false
}

// calledOfferUnacceptable accepts "called" (or "described", "deemed")
// followed by an offer, plan or demand and, a few words on, a word that
// refuses it: "called Kyiv's proposal unacceptable", "described the plan
// as a non-starter" (not "called the offer generous").
func calledOfferUnacceptable(d *doc, k int) bool {
	n := len(d.in.Tokens)
	if !namesWhatFollows(d, k) {
		return false
	}
	offer := 0
	for i := k + 1; i < n && i <= k+5 && offer == 0; i++ {
		if d.tok(i).Is("proposal", "proposals", "offer", "offers", "demand", "demands", "plan", "request", "requests", "ultimatum",
			"terms", "conditions", "draft", "text", "initiative", "idea", "suggestion", "proposition") {
			offer = i
		}
		if d.stop(i) {
			return false
		}
	}
	if offer == 0 {
		return false
	}
	for i := offer + 1; i < n && i <= offer+6; i++ {
		if d.tok(i).Is(";", "that", "but", "because") || d.stop(i) && !d.tok(i).Is("as") {
			return false
		}
		if d.tok(i).Is("unacceptable", "non-starter", "nonstarter", "unworkable", "unrealistic", "inadmissible", "absurd", "ridiculous") {
			return true
		}
	}
	return false
}

// forceBoosted accepts a build-up verb whose object, a few words on, is
// armed force: forces themselves ("bolstered its troops") or a presence,
// patrols or deployment called military ("its naval presence"); not a
// mission's help ("expanded its peacekeeping presence in Haiti") nor
// "increased trade".
func forceBoosted(d *doc, k int) bool {
	n := len(d.in.Tokens)
	for i := k + 1; i < n && i <= k+6; i++ {
		if d.tok(i).Is("peacekeeping", "peacekeepers", "humanitarian", "police", "diplomatic", "medical", "training") {
			return false
		}
		if forceNoun(d, i) && !d.tok(i).Is("army", "military", "vehicles") {
			return true
		}
		if d.tok(i).Is("presence", "patrols", "deployment", "deployments", "garrison", "garrisons") {
			return i > k+1 && d.tok(i-1).Is("military", "naval", "troop", "army", "air", "armed", "navy", "border")
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// labourStrike accepts "strike" as a stoppage of work: "a general
// strike", "a 48-hour strike", "the teachers' strike", "a hunger strike".
func labourStrike(d *doc, k int) bool {
	// "the strikes in the Gdańsk shipyards": a stoppage at a workplace
	if k+1 < len(d.in.Tokens) && d.tok(k+1).Is("in", "at") {
		for i := k + 2; i < len(d.in.Tokens) && i <= k+5 && !d.stop(i); i++ {
			if d.tok(i).Is("shipyard", "shipyards", "factory", "factories", "mine", "mines", "plant", "plants", "docks", "mills", "refinery", "refineries") {
				return true
			}
		}
	}
	if k >= 2 && d.tok(k-1).Is("on") && d.tok(k-2).Is("go", "goes", "went", "gone", "going", "are", "were", "is", "was", "be", "been", "remain", "remained", "stay", "stayed") {
		return true // "went on strike", "will remain on strike"
	}
	j := k - 1
	for j > 0 && d.tok(j).Is("will", "would", "could", "may", "might", "shall", "also", "again", "to", "threatened", "threaten", "threatens",
		"plan", "plans", "planned", "vowed", "vow", "voted", "not", "n't", "continue", "continued", "had", "have") {
		j--
	}
	if j < k-1 && labourNouns[d.tok(j).Norm] || j == k-1 && k > 0 && labourNouns[d.tok(k-1).Norm] && d.tok(k).Is("struck") {
		return true // "teachers will strike", "the doctors threatened to strike", "nurses struck for two days"
	}
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		t := d.tok(i)
		if t.Is("general", "hunger", "labour", "labor", "nationwide", "indefinite", "wildcat", "warning", "teachers", "workers", "doctors",
			"nurses", "miners", "dockers", "union", "unions", "transport", "rail", "one-day", "two-day", "24-hour", "48-hour", "72-hour") {
			return true
		}
		if t.Is("a", "an", "the", "their", "its") || d.stop(i) {
			return false
		}
	}
	return false
}

// accordsWitnessed accepts "witnessed the signing (or exchange) of" an
// accord: "witnessed the exchange of five Memoranda of Understanding".
func accordsWitnessed(d *doc, k int) bool {
	for i := k + 1; i+2 < len(d.in.Tokens) && i <= k+3; i++ {
		if d.tok(i).Is("signing", "exchange", "exchanges") && d.tok(i+1).Is("of") {
			for j := i + 2; j < len(d.in.Tokens) && j <= i+5 && !d.stop(j); j++ {
				if objectNoun(d.tok(j).Norm, accords) {
					// (not "the signing of two memoranda between the two
					// coast guards": the noun's own parties sign)
					return !(j+1 < len(d.in.Tokens) && d.tok(j+1).Is("between") || j+3 < len(d.in.Tokens) && d.tok(j+3).Is("between"))
				}
			}
			return false
		}
	}
	return false
}

// strikeBegun accepts a verb that starts, calls or holds a stoppage of
// work a few words on: "Kenyan doctors began an indefinite strike", "the
// teachers' union called a strike over pay", "nurses staged a 48-hour
// walkout". The strike is a labour one by its own words or because
// workers or their union are the ones who start it.
func strikeBegun(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+5 && !d.stop(i); i++ {
		if d.tok(i).Is("walkout", "walkouts") {
			return true
		}
		if !d.tok(i).Is("strike", "strikes") {
			continue
		}
		if i+1 < len(d.in.Tokens) && d.tok(i+1).Is("on", "at", "in", "inside", "into") && !labourStrike(d, i) {
			return false // "launched a strike on Iranian targets": a blow
		}
		if labourStrike(d, i) {
			return true
		}
		for j := k - 1; j >= 0 && j >= k-6 && !d.stop(j); j-- {
			if labourNouns[d.tok(j).Norm] {
				return true
			}
		}
		return false
	}
	return false
}

// labourNouns name workers and their unions.
var labourNouns = map[string]bool{"teachers": true, "doctors": true, "nurses": true, "workers": true, "union": true, "unions": true,
	"miners": true, "dockers": true, "employees": true, "staff": true, "lecturers": true, "drivers": true, "truckers": true,
	"pilots": true, "physicians": true, "medics": true, "servants": true, "judges": true, "lawyers": true, "farmers": true}

// notLabourStrike refuses "strike" told as a stoppage of work.
func notLabourStrike(d *doc, k int) bool { return !labourStrike(d, k) }

// notLabourStrikeLaunched refuses "launched a general strike": the
// strike a few words on is a stoppage of work, not a blow.
func notLabourStrikeLaunched(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+5 && !d.stop(i); i++ {
		if d.tok(i).Is("strike", "strikes") {
			return !labourStrike(d, i)
		}
	}
	return true
}

// notResponseToAid refuses a promised "response" that helps: "promised
// a swift response to the flood victims", "a humanitarian response",
// "a response to Netanyahu's letter" (the owner named before the noun);
// and a blow promised not to be struck: "pledged to refrain from any
// attack".
func notResponseToAid(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+4 && !d.stop(i); i++ {
		if d.tok(i).Is("refrain", "abstain") {
			return false // "pledged to refrain from any attack": a blow forsworn, not vowed
		}
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+10 && !d.stop(i); i++ {
		if d.tok(i).Is("humanitarian", "victims", "crisis", "pandemic", "disaster", "earthquake", "flood", "floods", "needs", "letter", "request", "questions", "query", "concerns") {
			return false
		}
	}
	return true
}

// forceSignalled accepts "signalled" followed by a clause of force: "it
// could use force", "readiness for military action".
func forceSignalled(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if d.tok(i).Is("force", "military", "strikes", "retaliation", "invasion", "attack") {
			return true
		}
	}
	return false
}

// notADecision refuses a verb whose object is a decision taken back
// ("withdrew its decision to expel the ambassador"): the decision's act is
// read from its own verb.
func notADecision(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+3; i++ {
		if d.tok(i).Is(decisionNouns...) && i+1 < len(d.in.Tokens) && d.tok(i+1).Is("to") {
			return false
		}
	}
	return true
}

// notBattle refuses forces driven out by forces: "Kyiv's troops expelled
// Russian forces from the town" is fighting, not a state's order to leave.
func notBattle(d *doc, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if d.tok(i).Is("rulers", "government", "leaders", "regime", "authorities", "junta") && i > 0 && d.tok(i-1).Is("military") {
			return true // "Mali's military rulers pushed French forces out": a government, not a battle
		}
		if d.tok(i).Is("troops", "forces", "army", "soldiers", "fighters", "units", "military") {
			return false
		}
		if d.cover[i] >= 0 {
			m := d.in.Mentions[d.cover[i]]
			return len(m.Actors) != 1 || !d.nameHas(m.Actors[0], "armed forces", "army", "military", "defence force", "defense force")
		}
	}
	return true
}

// notObstructionEnded rejects "stop" followed by a verb of obstruction:
// "stop blocking the aid package" lets the aid through.
func notObstructionEnded(d *doc, k int) bool {
	return k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is(obstructionGerunds...)
}

// ofGoods accepts a noun of handing over followed by "of", which names
// what was handed over ("the delivery of Patriot systems"; the sense's
// nouns keep out "the transfer of power").
func ofGoods(d *doc, k int) bool {
	return k+2 < len(d.in.Tokens) && d.tok(k+1).Is("of")
}

// askedInBy accepts forces sent to a state "at the request of" (or "at
// the invitation of", "at X's request") someone of that same state:
// "Uganda sent troops into South Sudan at the request of President Salva
// Kiir". A request from anyone else ("at the request of the CSTO",
// "at the request of President Macron" for French troops) leaves the
// sending a deployment.
func askedInBy(d *doc, k int) bool {
	n := len(d.in.Tokens)
	dest := ""
	for i := k + 1; i < n && i <= k+24 && !d.stop(i); i++ {
		if dest == "" && d.tok(i).Is("to", "into") {
			if j := actorAt(d, i+1, "the"); j >= 0 {
				dest = d.countryOf(d.in.Mentions[d.cover[j]].Actors[0])
			}
			continue
		}
		asker := -1
		switch {
		case d.tok(i).Is("at") && i+3 < n && d.tok(i+1).Is("the") && d.tok(i+2).Is("request", "invitation", "behest") && d.tok(i+3).Is("of"):
			asker = actorAt(d, i+4, "the")
		case d.tok(i).Is("at") && i+1 < n && d.cover[i+1] >= 0:
			if e := d.mentionEnd(i + 1); d.possessiveAt(e) && e+1 < n && d.tok(e+1).Is("request", "invitation", "behest") {
				asker = i + 1
			}
		}
		if asker >= 0 {
			c := d.countryOf(d.in.Mentions[d.cover[asker]].Actors[0])
			return dest != "" && c == dest
		}
	}
	return false
}

// helpingPurpose accepts forces sent with a purpose that helps where they
// go: "to help", "to assist", "to defend the government in Kinshasa", "to
// fight the insurgents", "as part of a regional force", "as the first
// contingent of an East African force". Help for rebels or separatists
// is no help to the state ("to support the separatists"); a border or
// frontier they go to is a build-up (sentToFront).
func helpingPurpose(d *doc, k int) bool {
	if sentToFront(d, k) {
		return false
	}
	n := len(d.in.Tokens)
	for i := k + 1; i+1 < n && i <= k+28 && !d.stop(i); i++ {
		switch {
		case d.tok(i).Is("to") && d.tok(i+1).Is(helpVerbs...):
			for j := i + 2; j < n && j <= i+5 && !d.stop(j); j++ {
				if d.tok(j).Is("rebels", "separatists", "militias", "militia", "insurgents", "rebel", "separatist") {
					return d.tok(i + 1).Is(fightVerbs...) // "to fight the rebels", not "to support the rebels"
				}
			}
			return !d.tok(i+1).Is(fightVerbs...) || d.foughtGroupAfter(i+2)
		case d.tok(i).Is("as") && d.tok(i+1).Is("part") && i+2 < n && d.tok(i+2).Is("of"),
			d.tok(i).Is("as") && d.tok(i+1).Is("the", "a") && i+3 < n && d.tok(i+2).Is("first", "second", "main", "lead", "largest") && d.tok(i+3).Is("contingent", "contingents"):
			return true
		}
	}
	return false
}

// helpVerbs say what forces sent to help are there for.
var helpVerbs = []string{"help", "assist", "support", "bolster", "defend", "protect", "restore", "stabilise", "stabilize",
	"fight", "combat", "battle", "counter", "train", "serve", "reinforce", "keep"}

// fightVerbs are helpVerbs whose object must be an armed group for the
// forces to help the state they go to.
var fightVerbs = []string{"fight", "combat", "battle", "counter"}

// foughtGroupAfter reports whether an armed group, or insurgents by any
// common name, follows at i: "to fight the insurgents", "to combat Boko
// Haram", "to counter al-Shabaab".
func (d *doc) foughtGroupAfter(i int) bool {
	for j := i; j < len(d.in.Tokens) && j <= i+3 && !d.stop(j); j++ {
		if d.tok(j).Is("insurgents", "insurgency", "militants", "jihadists", "terrorists", "terrorism", "gangs", "pirates", "rebels", "extremists", "insurgent", "jihadist", "militant", "terrorist") {
			return true
		}
		if d.cover[j] >= 0 {
			for _, id := range d.in.Mentions[d.cover[j]].Actors {
				if d.armedGroup(id) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// peopleByDemonym accepts a state's people named by their plural demonym
// as the object of the verb at k: "expelled 500 Afghans", "ordered an
// estimated 1.7 million Afghans to leave".
func peopleByDemonym(d *doc, k int) bool {
	m, ok := objectMention(d, k)
	if !ok || len(m.Actors) != 1 || m.Via != parley.ViaAdjective || !strings.HasPrefix(m.Actors[0], "state:") {
		return false
	}
	_, end := d.tokensOf(m.Span)
	e := end - 1
	return strings.HasSuffix(d.tok(e).Text, "s") && !(e+1 < len(d.in.Tokens) && d.tok(e+1).Kind == token.Word && !d.tok(e+1).Is("to", "from", "who", "living", "in", "out"))
}

// demonymToLeave accepts a state's people by their demonym ordered to
// leave: "ordered 500 Afghans to leave".
func demonymToLeave(d *doc, k int) bool { return peopleByDemonym(d, k) && toLeave(d, k) }

// switchedToNone accepts a switch of recognition that names no actor or
// place it went "to": "switched diplomatic recognition from Taiwan" (with
// "to Beijing" the switch is the support, and the break comes with it).
func switchedToNone(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+10 && !d.stop(i); i++ {
		if d.tok(i).Is("to") && (actorAt(d, i+1, "the") >= 0 || d.placeStartingAt(i+1) != nil) {
			return false
		}
	}
	return true
}

// ofForeignMission accepts people of another state's mission after the
// verb: "summoned a senior official of the Chinese embassy", "the deputy
// head of the Russian mission".
func ofForeignMission(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if !d.tok(i).Is("of") {
			continue
		}
		for j := i + 1; j < len(d.in.Tokens) && j <= i+4 && !d.stop(j); j++ {
			if d.tok(j).Is(postNouns...) || d.tok(j).Is("delegation") {
				return true
			}
			if d.cover[j] >= 0 {
				m := d.in.Mentions[d.cover[j]]
				return len(m.Actors) == 1 && d.nameHas(m.Actors[0], "embassy")
			}
		}
		return false
	}
	return false
}

// tradeBenefit accepts a privilege of trade after the verb: "trade
// preferences", "eligibility for trade benefits", "duty-free access",
// "preferential trade status" (not "benefits" of a deal or of peace).
func tradeBenefit(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+9 && !d.stop(i); i++ {
		if d.tok(i).Is("trade", "trading", "tariff", "duty-free", "preferential", "customs", "AGOA", "GSP") {
			return true
		}
	}
	return false
}

// forcesBackedInField accepts armed forces supporting another state's
// forces in the field: "French armed forces supported Malian army units
// in halting the advance". The clause's subject and the object right
// after the verb are both armed forces, of two states.
func forcesBackedInField(d *doc, k int) bool {
	if k+1 >= len(d.in.Tokens) || d.passive(k) {
		return false
	}
	j := k + 1
	if d.tok(j).Is("the") {
		j++
	}
	if j >= len(d.in.Tokens) || d.cover[j] < 0 {
		return false
	}
	a0, _ := d.tokensOf(d.sentenceAround(k))
	subj, _ := d.subjectsOf(k, d.clauseStart(k, a0), false)
	obj := d.in.Mentions[d.cover[j]]
	if len(subj) != 1 || len(obj.Actors) != 1 {
		return false
	}
	armed := func(id string) bool {
		return d.nameHas(id, "armed forces") || d.nameHas(id, "army") || d.nameHas(id, "defence force") || d.nameHas(id, "defense force")
	}
	a, b := subj[0], obj.Actors[0]
	return armed(a) && armed(b) && d.countryOf(a) != "" && d.countryOf(b) != "" && d.countryOf(a) != d.countryOf(b)
}

// materialSupport accepts support of a material kind named just before
// the noun: "logistical and medical support", "military support", "air
// support" (not "political support", which is backing).
func materialSupport(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if !d.tok(i).Is("support") {
			continue
		}
		for j := i - 1; j > k && j >= i-4; j-- {
			if d.tok(j).Is("logistical", "logistic", "medical", "military", "financial", "technical", "material", "humanitarian",
				"budget", "budgetary", "air", "naval", "intelligence", "training", "operational") {
				return true
			}
		}
		return false
	}
	return false
}

// usedOnCrowd accepts a weapon of crowd control used "against" or "on" a
// crowd: "police used tear gas against the protesters" (not "used force
// against Ukraine", which the tests of force say, nor "used the army").
func usedOnCrowd(d *doc, k int) bool {
	for i := k + 1; i+1 < len(d.in.Tokens) && i <= k+6 && !d.stop(i); i++ {
		if d.tok(i).Is("against", "on") {
			j := actorAt(d, i+1, "the")
			if j < 0 || len(d.in.Mentions[d.cover[j]].Actors) != 1 {
				return false
			}
			id := d.in.Mentions[d.cover[j]].Actors[0]
			return d.crowd(id) || d.isOrg(id) && d.nameHas(id, "crowd") // "used batons and rubber bullets against crowds"
		}
	}
	return false
}

// twoCommitted accepts "committed to" with two or more actors joined as
// its subject right before it: "Ukraine and Russia committed to a
// ceasefire" (one side's "Russia committed to …" is a pledge to no one).
func twoCommitted(d *doc, k int) bool {
	if k < 3 || d.cover[k-1] < 0 {
		return false
	}
	s := d.mentionStart(k - 1)
	if s >= 3 && d.tok(s-1).Is("the") {
		s-- // "Russia and the United States commit themselves"
	}
	return s >= 2 && d.tok(s-1).Is("and") && d.cover[s-2] >= 0
}

// forcedToAct accepts "forced X to …", done, in the active with an actor
// as X: "Eritrea forced UNMEE to pull its people out". Not "was forced
// to", "forced its way into", nor an aim ("to force X to …").
func forcedToAct(d *doc, k int) bool {
	if !d.tok(k).Is("forced", "forces") || d.passive(k) || k > 0 && d.tok(k-1).Is("to", "would", "could", "might", "may", "will") {
		return false // ("a move to try to force the Palestinians to capitulate": an aim, not a deed)
	}
	j := actorAt(d, k+1, "the")
	if j < 0 {
		return false
	}
	e := d.mentionEnd(j)
	return e+1 < len(d.in.Tokens) && d.tok(e).Is("to") && d.tok(e+1).Kind == token.Word && !d.tok(e+1).Upper
}

// notPleaInCourt rejects a plea a defendant enters: "pleaded guilty to
// threatening …", "pleaded not guilty", "pleaded the Fifth".
func notPleaInCourt(d *doc, k int) bool {
	return k+1 >= len(d.in.Tokens) || !d.tok(k+1).Is("guilty", "not", "innocent", "no", "the", "nolo")
}

// insistedDemand rejects an insistence on what was so: "Madrid insists it
// acted only after diplomacy had failed", "insisted that the coup had
// been carried out to save the transition" — a claim, not a demand. A
// clause in the past after "insist" tells a fact held to.
func insistedDemand(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+7 && !d.stop(i); i++ {
		t := d.tok(i)
		if t.Is("on", "upon", "must", "should", "be", "would", "will") {
			return true
		}
		if t.Is("had", "was", "were", "did", "has", "have", "is", "are") || t.Kind == token.Word && !t.Upper && strings.HasSuffix(t.Norm, "ed") && d.cover[i] < 0 {
			return false
		}
	}
	return true
}

// namedActSigned accepts a signing whose object is an accord named an Act,
// a capitalised name before it: "signed the Brasília Presidential Act",
// "the Helsinki Final Act" (not "signed the act into law").
func namedActSigned(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+7; i++ {
		t := d.tok(i)
		if t.Kind == token.Punct {
			return false
		}
		if t.Text == "Act" && i > k+1 && d.tok(i-1).Upper && !d.tok(i+1).Is("into") {
			return true
		}
	}
	return false
}

// drawnDownAfter accepts a verb of cutting whose object, within a few
// words after it, is a military presence: "cutting its garrison in
// Mongolia", "reduced the number of its troops" (not "a common unit of
// account … to reduce the use of the dollar").
func drawnDownAfter(d *doc, k int) bool {
	if !notNoun(d, k) {
		return false
	}
	for i := k + 1; i < len(d.in.Tokens) && i <= k+6; i++ {
		t := d.tok(i)
		if t.Kind == token.Punct || d.cover[i] >= 0 && d.in.Mentions[d.cover[i]].Via != parley.ViaAdjective {
			return false
		}
		if objectNoun(t.Norm, drawnDown) {
			return true
		}
	}
	return false
}

// ownInvitation accepts an invitation sent or conveyed that is not
// another's relayed: "conveyed an invitation from King Birendra to the
// President of India" is the king's, the messenger only carries it.
func ownInvitation(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+5; i++ {
		if d.tok(i).Is("invitation", "invitations") {
			return !d.tok(i + 1).Is("from")
		}
	}
	return true
}

// backingFrom reports whether the word at k is a noun of backing whose
// giver "from" names: welcomed, it is still the giver's act ("welcomes
// the expressions of support for the Philippines from the United
// States").
func backingFrom(d *doc, k int) bool {
	return d.tok(k).Is("support", "solidarity", "backing") && givenFrom(d, k)
}

// givenFrom accepts a noun of backing whose giver "from" names in the
// same phrase, past its "for"/"with" and the one backed: "support for
// the Philippines from the United States", "solidarity from Japan".
func givenFrom(d *doc, k int) bool {
	for i := k + 1; i < len(d.in.Tokens) && i <= k+8 && !d.stop(i); i++ {
		if d.tok(i).Is("from") {
			return actorAt(d, i+1, "the") >= 0
		}
		if d.cover[i] < 0 && !d.tok(i).Is("for", "with", "to", "the", ",", "and") {
			return false
		}
	}
	return false
}

// domesticSummons accepts a summons of a person of the summoner's own
// state: "King Bhumibol summoned Prime Minister Suchinda and Chamlong",
// no protest at a foreign state.
func domesticSummons(d *doc, k int) bool {
	m, ok := objectMention(d, k)
	if !ok || !notNoun(d, k) || len(m.Actors) == 0 {
		return false
	}
	i := d.subjectHead(k)
	if i < 0 || d.cover[i] < 0 {
		return false
	}
	subj := d.in.Mentions[d.cover[i]]
	if len(subj.Actors) != 1 {
		return false
	}
	c := d.countryOf(subj.Actors[0])
	for _, id := range m.Actors {
		a := d.actors[id]
		if a == nil || a.Kind != parley.Person || c == "" || a.Country != c {
			return false
		}
	}
	return true
}

// forcesLetUse accepts a verb of permission whose object is a foreign
// state's forces and whose infinitive lets them use a place: "allowed the
// US military to run the airport", "let American warplanes use its
// bases".
func forcesLetUse(d *doc, k int) bool {
	m, ok := objectMention(d, k)
	if !ok || len(m.Actors) != 1 || !notNoun(d, k) {
		return false
	}
	a := d.actors[m.Actors[0]]
	e := d.mentionEnd(d.tokenAt(m.Span.Start))
	craft := e < len(d.in.Tokens) && (forceNoun(d, e) || d.warplaneAt(e)) // "US troops", "American warplanes"
	forces := a != nil && a.Kind == parley.Organization && d.nameHas(a.ID, "armed forces", "military", "air force", "navy")
	if !forces && !craft {
		return false
	}
	if craft {
		e++
	}
	return e+1 < len(d.in.Tokens) && d.tok(e).Is("to") &&
		d.tok(e+1).Is("use", "run", "operate", "land", "station", "refuel", "fly", "overfly", "cross", "transit", "deploy", "base", "man")
}
