package event

import (
	"strings"

	"parley"
)

// frame says how a trigger's actors are laid out around it.
type frame uint8

const (
	// directed: the subject acts on the object ("China accused the US").
	directed frame = iota
	// symmetric: subject and object take part alike ("Xi met Putin");
	// both become participants, source and target in text order.
	symmetric
	// visit: the subject visits the object, a state or a place in it.
	visit
	// host: the subject hosts the object ("Xi received Putin"); the
	// visitor is the source, as PLOVER has it.
	host
	// together: the subject must name two or more actors who take part in
	// something together ("the duo participated in the ceremony").
	together
)

// sense is one reading of a trigger word.
type sense struct {
	typ    parley.EventType
	mode   string
	cameo  string
	medium parley.Medium
	frame  frame
	// preps lists the prepositions that introduce the target; "" allows a
	// direct object, "that" a complement clause ("demanded that Russia …").
	preps []string
	// need, when set, lists words one of which must follow the trigger
	// within three tokens ("call" means REQUEST only in "call on/for").
	need []string
	// objects, when set, lists nouns one of which must follow within
	// five tokens: "impose sanctions", "withdraw troops".
	objects []string
	// noun marks a nominal trigger ("meeting", "talks", "sanctions"),
	// which takes no direct object.
	noun bool
	// guard, when set, must accept the trigger at token k: it rules out
	// readings the lexicon alone cannot ("called off", "called it a …").
	guard func(d *doc, k int) bool
	// complement lets the target stand inside an infinitive or that-clause
	// after the trigger, as the actor the embedded act is aimed at:
	// "threatened to impose sanctions on China", "refused to meet Putin",
	// "warned that Iran would pay".
	complement bool
	// twoWay makes an act with two subjects and no object one each way:
	// "the two sides traded strikes"; with a partner after "with", the
	// partner acts on the subject too ("traded fire with Thai troops").
	twoWay bool
}

// trigger maps word forms to their senses, most specific first.
type trigger struct {
	forms  []string
	senses []sense
}

// envoyOrderedHome is a state's own envoy told to come home — "instructed
// its ambassador to return home", "ordered its envoy home" —, a recall
// from wherever the envoy serves.
var envoyOrderedHome = s(parley.Sanction, "161", directed, "from", "to", "in").withMode("withdraw").when(ownEnvoyHome).takes(append(envoysRecalled, "diplomats")...)

// peopleListed is a list of captives or displaced people handed to
// another side: "handed Dhaka a list of refugees", "exchanged lists of
// prisoners" — information shared, not yet anyone freed.
var peopleListed = s(parley.Cooperate, "064", directed, "", "to", "with").withMode("").when(listOfPeople)

// exitBarred keeps another state's people from leaving: "barred all
// Malaysians in its territory from leaving the country" — their
// movement restricted (PLOVER COERCE), aimed at their state.
var exitBarred = s(parley.Coerce, "1721", directed, "").when(keptFromLeaving)

// labourHalted stops a state's workers going to another: "suspended the
// deployment of workers to Kuwait", "halted the sending of domestic
// workers to Saudi Arabia" — a measure against the host state.
var labourHalted = s(parley.Sanction, "164", directed, "to", "for", "in").withMode("withdraw").
	takes("workers", "labourers", "laborers", "maids", "helpers", "manpower", "nurses").when(labourSent)

// workPledged is a pledge of joint work: "pledged to work with India",
// "France and Germany committed to working together".
var workPledged = s(parley.Agree, "030", directed, "with", "").when(pledgedWorkWith)

// mutualUndertaking is two or more sides binding themselves together:
// "Sudan and South Sudan undertook to work together", "Canada, Denmark,
// Norway, Russia and the United States commit themselves to the orderly
// settlement of claims" — an accord among them.
var mutualUndertaking = s(parley.Agree, "030", symmetric).when(func(d *doc, k int) bool {
	n := len(d.in.Tokens)
	return twoCommitted(d, k) && k+1 < n && (d.tok(k+1).Is("to") || d.tok(k+1).Is("themselves") && k+2 < n && d.tok(k+2).Is("to"))
})

// legalCaseBrought is a suit or legal proceedings started against
// someone, who follows "against".
var legalCaseBrought = s(parley.Accuse, "115", directed, "against").withMode("allege").takes("case", "cases", "lawsuit", "suit",
	"proceedings", "arbitration", "claim", "action").when(legalAgainst)

// forceAgainst is a military operation or action begun against someone.
var forceAgainst = s(parley.Assault, "190", directed, "against").takes("operation", "operations", "action", "campaign").when(militaryAgainst)

// noConfidence is a chamber's vote of no confidence in, or censure of, a
// government or leader: a formal rebuke (CAMEO 111).
var noConfidence = s(parley.Accuse, "111", directed, "in", "against").withMode("disapprove").when(noConfidenceVote)

// yielded gives way to another's pressure or demands: the one who
// pressed, after "to", "from" or "of".
var yielded = s(parley.Concede, "083", directed, "to", "from", "of").takes("demands", "demand", "pressure", "request", "requests",
	"calls", "ultimatum", "conditions", "terms", "wishes").when(notMannerOfAct)

// spokeInSupport is support told as speech "in support of" someone:
// "spoke out in support of Kenya", "came out in favour of Kyiv's bid".
var spokeInSupport = s(parley.Support, "051", directed, "of").when(inSupportOf)

// envoyNouns are the envoys a ministry summons.
var envoyNouns = []string{"ambassador", "envoy", "diplomat", "charge", "chargé", "commissioner",
	"ambassadors", "envoys", "attaché", "attache", "attachés", "attaches"} // "summoned the defense attaches of China and Russia"

// askedOfActor is a call, demand or appeal for someone to act: "renewed
// its call for Russia to withdraw".
var askedOfActor = s(parley.Request, "100", directed, "for").nominal().when(actorThenTo)

// ownCallFor is a call the subject makes again for something with no one
// named to do it: "Paris renewed calls for a ceasefire in Gaza"; whom it
// asks of comes from what was told before, as for "called for".
var ownCallFor = s(parley.Request, "100", directed).nominal().when(ownDemandFor)

// quarrelEnded is a dispute two sides settle: an agreement between them.
var quarrelEnded = s(parley.Agree, "030", symmetric, "with").takes("dispute", "disputes", "differences", "row", "rift", "feud",
	"quarrel", "standoff", "stand-off", "spat").when(notInfinitive)

// talksSought is a meeting asked for with the one to be met: "sought
// talks with India", "requested a meeting with the president", "called
// for negotiations with the rebels".
var talksSought = s(parley.Request, "100", directed, "with").withMode("meet").takes(soughtTalks...).when(talksAskedFor)

var soughtTalks = []string{"talks", "meeting", "negotiations", "summit", "dialogue", "consultations"}

var (
	consultPreps = []string{"", "with"}
	onPreps      = []string{"", "on", "against", "upon"}
)

func s(typ parley.EventType, cameo string, f frame, preps ...string) sense {
	return sense{typ: typ, cameo: cameo, frame: f, preps: preps}
}

func (x sense) withMode(m string) sense               { x.mode = m; return x }
func (x sense) withMedium(m parley.Medium) sense      { x.medium = m; return x }
func (x sense) needs(w ...string) sense               { x.need = w; return x }
func (x sense) takes(o ...string) sense               { x.objects = o; return x }
func (x sense) nominal() sense                        { x.noun = true; return x }
func (x sense) when(g func(d *doc, k int) bool) sense { x.guard = g; return x }
func (x sense) reaching() sense                       { x.complement = true; return x }
func (x sense) withPreps(p ...string) sense           { x.preps = p; return x }
func (x sense) mutual() sense                         { x.twoWay = true; return x }
func (x sense) withFrame(f frame) sense               { x.frame = f; return x }

// misgivings and goodwill are what one expresses or conveys to another in
// rebuke or in support.
var (
	misgivings = []string{"concerns", "concern", "alarm", "dismay", "regret", "opposition", "displeasure", "anger",
		"dissatisfaction", "indignation", "outrage", "disappointment", "disapproval", "shock"}
	// apologyNouns are an apology given to someone.
	apologyNouns = []string{"apology", "apologies"}
	goodwill     = []string{"support", "gratitude", "solidarity", "condolences", "sympathy", "sympathies", "appreciation", "backing", "satisfaction",
		"congratulations", "greetings", "felicitations", "wishes", "respect", "admiration", "esteem", "thanks"}
)

// crowdGatherings are what a crowd holds, which force breaks up: "broke
// up two sit-ins by Morsi supporters" is aimed at those gathered, named
// after "by" or "of".
var crowdGatherings = []string{"protest", "protests", "sit-in", "sit-ins", "rally", "rallies", "demonstration", "demonstrations",
	"march", "marches", "camp", "camps", "gathering", "gatherings", "vigil", "vigils", "encampment", "encampments"}

// forces are what a state moves, sends or keeps somewhere as a show of
// force: its own troops and ships, not arms handed to others.
var forces = []string{"troops", "soldiers", "forces", "units", "warships", "ships", "vessels", "carrier", "carriers", "submarines",
	"destroyers", "frigates", "bombers", "paratroopers", "reinforcements", "battalions", "brigades",
	// one ship or unit: "dispatched a destroyer to waters near the strait"
	"warship", "destroyer", "frigate", "cruiser", "submarine", "battalion", "brigade", "divisions"}

// armour is the weaponry a state moves or deploys on its own side:
// "deployed tanks and artillery along the border", "moved air defences
// near the frontier". Sent to another, the same things are aid.
var armour = append(forces[:len(forces):len(forces)], "tanks", "missiles", "jets", "artillery", "drones", "helicopters",
	"launchers", "defences", "defenses", "vehicles", "howitzers", "mortars")

// emergencyEased is an emergency rule ended: "lifted the state of
// emergency", "ended the curfew", "revoked martial law".
var emergencyEased = s(parley.Retreat, "0814", directed, "on", "in", "against").takes("emergency", "law", "curfew").when(emergencyRule)

// forcesAdvance is a build-up told of the forces themselves, the verb
// without an object: "Serbian troops moved into Kosovo", "Russian
// forces deployed along the border".
var forcesAdvance = s(parley.Mobilize, "154", directed, "into", "towards", "toward", "to", "near", "along", "across", "onto").
	withMode("troops").when(forcesMoved)

// borderPolice sent to one's border are a build-up, aimed at the
// neighbour named ("would deploy more police to the border with
// Belarus"), not a mission's help.
var borderPolice = s(parley.Mobilize, "154", directed, "to", "near", "toward", "towards", "along").withMode("troops").
	takes("police", "officers", "guards", "gendarmes", "personnel").when(sentToFront)

// reservesRaised is a call-up of reserves or conscripts: "called up
// 300,000 reservists".
var reservesRaised = s(parley.Mobilize, "154", directed, "against").withMode("troops").
	takes("reservists", "reserves", "reservist", "conscripts", "recruits", "guardsmen")

// groundReturned is land given back or ceded to another state: "returned
// four border villages to Azerbaijan", "handed the islands back to
// China".
var groundReturned = s(parley.Retreat, "0872", directed, "to").withMode("withdraw").takes("villages", "village", "territory", "territories",
	"land", "lands", "islands", "island", "districts", "district", "towns", "town", "enclave", "enclaves", "areas")

// expelledForces name another state's forces a state makes leave.
var expelledForces = []string{"troops", "soldiers", "forces", "peacekeepers", "contingent", "mission"}

// troopsForcedOut is another state's forces made to leave, told with the
// particle: "Mali's rulers pushed French forces out in 2022", "forced
// French troops out of the country".
var troopsForcedOut = s(parley.Sanction, "166", directed, "from", "").withMode("expel").needs("out").takes(expelledForces...).when(notBattle)

// importBan is a ban on goods from a state: "introduced a ban on imports
// of food from the European Union", aimed at where the goods come from.
var importBan = s(parley.Sanction, "163", directed, "from").takes("ban", "bans", "embargo").when(onImportsFrom)

// listedAgain is a state or person put on a sanctions list: "returned
// Cuba to the list of state sponsors of terrorism", "put two generals on
// its sanctions list".
var listedAgain = s(parley.Sanction, "163", directed, "").takes("blacklist", "list", "watchlist").when(addedToSanctionsList)

// captivesReturned is captives handed back to their side: "returned 15
// Armenian soldiers to Armenia".
var captivesReturned = s(parley.Retreat, "0841", directed, "to", "").withMode("release").takes(captives...).when(notRemains)

// offerRefused is another's offer or demand named unacceptable: "called
// Kyiv's proposal unacceptable", "deemed the plan a non-starter".
var offerRefused = s(parley.Reject, "120", directed, "").when(calledOfferUnacceptable)

// presenceBoosted is armed force made larger somewhere: "boosted its
// military presence near Taiwan".
var presenceBoosted = s(parley.Mobilize, "154", directed, "in", "along", "near", "on", "around", "off", "to").withMode("troops").
	takes(append(forces, "presence", "patrols", "deployment", "deployments", "garrison", "garrisons")...).when(forceBoosted)

// climbedDown is a stance or a plan given up under another's pressure,
// aimed at the one named on or in what was given up: "backtracked on its
// plan to ban Kosovo licence plates".
var climbedDown = s(parley.Concede, "080", directed, "on", "over", "from").reaching().when(notNoun)

// workedAlongside is two sides working together, the partner after
// "with".
var workedAlongside = s(parley.Cooperate, "060", symmetric, "with").withMode("")

// retaliationVowed is a blow promised in answer: "vowed a merciless
// response to Seoul", "pledged retaliation against Syria".
var retaliationVowed = s(parley.Threaten, "130", directed, "against", "to", "on", "").takes("retaliation", "response", "retaliate", "revenge",
	"consequences", "respond", "avenge", "punish", "attacking", "attack", "strike", "striking", "target", "targeting", "destroy", "crush",
	"fight", "reprisals", "reprisal", "vengeance").reaching().when(notResponseToAid)

// stanceSoftened is a position against another given ground on:
// "Turkey softened its stance on Sweden's bid".
var stanceSoftened = s(parley.Concede, "080", directed, "on", "to", "toward", "towards", "over").
	takes("stance", "position", "opposition", "objections", "line", "demands", "conditions")

// claimGivenUp is a claim to another's land or rights renounced.
var claimGivenUp = s(parley.Concede, "080", directed, "to", "over", "on", "against").takes("claim", "claims", "demand", "demands")

// exile is a leader's flight from the country.
var exile = s(parley.Retreat, "0831", directed).withMode("resign").when(leftTheCountry)

// heldNow accepts "jailed" or "imprisoned" told of an actor as an act,
// not as the adjective of people counted ("released 10 imprisoned
// Americans").
func heldNow(d *doc, k int) bool { return actorObject(d, k) && notHeldNumber(d, k) }

// accessGiven is observers, monitors or aid workers let in: "allowed
// IAEA inspectors into the plant", aimed at the body they serve.
var accessGiven = s(parley.Retreat, "0862", directed, "").withMode("access").when(visitorsLetIn)

// forcesAllowedIn is a state letting another's forces use its ground.
var forcesAllowedIn = s(parley.Cooperate, "062", directed, "").withMode("").when(forcesLetUse)

// easing is a penalty or restriction made lighter: "eased the blockade on
// Gaza", "relaxed visa rules for Indian nationals".
var easing = []sense{s(parley.Concede, "081", directed, "on", "against", "to", "for", "of").takes("sanctions", "restrictions", "tariffs", "surcharge", "surcharges", "curbs",
	"ban", "requirements", "controls", "rules", "blockade", "embargo", "siege", "quotas", "duties", "limits")}

// strikeCalled is a stoppage of work begun, called or held by workers or
// their union: a protest aimed at the one named after "against", else at
// the government of the workers' state.
var strikeCalled = s(parley.Protest, "143", directed, "against", "over").withMode("boycott").needs("strike", "strikes", "walkout", "walkouts").when(strikeBegun)

// penaltyHarsher is a penalty made harsher on its target, named after
// "on", "against" or, for goods, "to".
var penaltyHarsher = s(parley.Sanction, "163", directed, "on", "against", "to").takes(penalties...)

// visaRequired is a visa demanded of another state's people where none
// was: "Ukraine introduced visas for Russian citizens", "began requiring
// visas from Bolivian officials", "imposed a visa regime on Georgia".
var visaRequired = s(parley.Sanction, "163", directed, "for", "on", "from", "against").takes("visa", "visas")

// envoysRecalled are the heads of a mission a state calls home in
// protest: an ambassador, a Commonwealth state's high commissioner, the
// Holy See's nuncio, a consul.
var envoysRecalled = []string{"ambassador", "ambassadors", "envoy", "envoys", "chargé", "charge",
	"commissioner", "commissioners", "nuncio", "consul", "consuls"}

// deportedPeople are the people of another state a government puts out
// of its own: "expelled Afghan refugees", "ordered migrants to leave".
var deportedPeople = []string{"refugees", "migrants", "immigrants", "nationals", "citizens", "asylum-seekers", "asylum", "workers", "undocumented"}

// expelledPeople are those a state orders out: envoys, and the officials,
// staff or monitors of a body ("ordered seven senior United Nations
// officials to leave").
var expelledPeople = []string{"ambassador", "envoy", "diplomat", "diplomats", "chargé", "charge", "ambassadors", "envoys",
	"commissioner", "commissioners", "nuncio", "consul", "officials", "official", "representative", "representatives",
	"staff", "personnel", "observers", "monitors", "inspectors", "advisers", "advisors", "experts", "instructors",
	"chief", "attaché", "attache", "attachés", "attaches", "agents", "spies"} // "the CIA station chief", "the military attaché"

// resignationHanded is one's own resignation announced, tendered or
// handed over, aimed at the one it is handed "to" when the text says
// (else at whoever demanded it).
var resignationHanded = s(parley.Retreat, "0831", directed, "to").withMode("resign").takes("resignation").when(ownResignation)

// tiesRestored is relations normalised or re-established, each spelling
// its own lemma ("a|b" would make "b" a literal form of "a").
var tiesRestored = s(parley.Agree, "030", symmetric, "with").takes("relations", "ties")

// stepsAgainst are measures announced or taken "against" another: a
// penalty, whatever it is ("announced identical steps against India").
var stepsAgainst = s(parley.Sanction, "163", directed, "against").takes("steps", "step")

// visasCut is fewer visas granted to another state's people.
var visasCut = s(parley.Sanction, "163", directed, "for", "to", "of").takes("visa", "visas")

// weaponTests are what a state tests to show its force.
var weaponTests = []string{"missile", "missiles", "rocket", "rockets", "icbm", "warhead", "weapon", "weapons", "bomb", "torpedo", "drone"}

// missileShow is a missile fired toward, over or off a state, or into the
// sea near it, hitting nothing of it: a show of force, as a test is
// ("fired a ballistic missile toward Japan", "launched missiles into the
// sea off Japan"). Fired "at" a state, or toward a city, it is an attack.
var missileShow = s(parley.Mobilize, "150", directed, "toward", "towards", "over", "off", "near", "between").withMode("weapons").
	takes("missile", "missiles", "icbm", "icbms").when(missileShown)

// reopened are the links between two states they open again together.
var reopened = []string{"embassies", "embassy", "missions", "consulates", "border", "borders", "crossing", "crossings",
	"checkpoints", "routes", "airspace"}

// refrain is a promise not to do something, a concession: "Turkey agreed
// not to block Sweden's bid", "Finland commits not to support the PKK",
// aimed at whom the act given up would hit or, under a pact, at its other
// party.
var refrain = s(parley.Concede, "085", directed, "").when(notToAct).reaching()

// obstructionEnded is a veto or a blockade given up, aimed at the one it
// held back: "stopped blocking Sweden's bid".
var obstructionEnded = []sense{s(parley.Concede, "080", directed, "").needs(obstructionGerunds...)}

// obstructionGerunds are what a state stops doing when it lifts a veto.
var obstructionGerunds = []string{"blocking", "vetoing", "obstructing", "opposing", "stalling", "delaying"}

// derecognition is recognition withdrawn: "stopped recognising X",
// "ceased to recognise X".
var derecognition = []sense{s(parley.Sanction, "161", directed, "").withMode("withdraw").needs("recognising", "recognizing", "recognise", "recognize")}

// application is a bid to join a body, handed in: "submitted their
// applications for NATO membership", "lodged a bid to join the EU".
var application = []sense{s(parley.Request, "100", directed, "for", "to").takes("application", "applications", "bid").reaching().when(appliedToJoin)}

// forcesDrawnDown is a military presence made smaller: RETREAT toward the
// state it stood in.
var forcesDrawnDown = []sense{s(parley.Retreat, "0872", directed, "in", "from").withMode("withdraw").
	takes(drawnDown...).when(drawnDownAfter)}

// drawnDown are the forces and presences a state draws down.
var drawnDown = append([]string{"garrison", "garrisons", "contingent", "presence", "deployment"}, forces...)

// assurance is support or a pledge given to someone: "assured his guest of
// Germany's solidarity" (SUPPORT), "assured Widodo that Russia would meet
// its obligations" (AGREE).
var assurance = []sense{s(parley.Support, "051", directed, "").when(assuredOf),
	s(parley.Agree, "030", directed, "").when(assuredThat)}

// missionCut is a state's order that another's mission shrink.
var missionCut = []sense{s(parley.Sanction, "166", directed, "", "at", "of", "in").withMode("expel").takes("staff", "personnel", "number", "size").when(missionStaff)}

// missionBacked is a body authorising a mission or a deployment:
// SUPPORT for the one who leads or sends it.
var missionBacked = []sense{s(parley.Support, "051", directed, "").when(missionLeader)}

// measureScrapped is a domestic measure given up under protest: aimed at
// the crowd that protested against the one who gives it up.
var measureScrapped = s(parley.Concede, "081", directed, "").withMode("scrap").takes("bill", "law", "tax", "taxes", "decree", "reform",
	"hike", "increase", "amendment", "legislation", "levy", "subsidy")

// crowdAtMission is a crowd storming, attacking or setting fire to an
// embassy or consulate: a protest against the state it stands for
// ("protesters stormed the Swedish embassy in Baghdad").
var crowdAtMission = s(parley.Protest, "145", directed, "", "into", "on", "of").withMode("demo").when(crowdOnMission)

// struckDown is a court undoing a measure: SANCTION (convict), as a
// ruling that it is unlawful.
var struckDown = []sense{s(parley.Sanction, "173", directed, "").withMode("convict").when(courtStruckMeasure)}

// verbs are triggers written as verbs; forms are generated from the lemma
// plus any irregular forms after "|".
var verbs = []struct {
	lemma  string
	senses []sense
}{
	// CONSULT
	{"meet|met", []sense{
		// "met Ankara's demands": yielding to them
		s(parley.Concede, "083", directed, "").takes("demands", "demand", "conditions", "concerns").when(demandsObject),
		s(parley.Consult, "040", symmetric, consultPreps...).when(notAGoal),
	}},
	{"talk", []sense{s(parley.Consult, "040", symmetric, "with", "to")}},
	{"speak|spoke|spoken", []sense{spokeInSupport, s(parley.Consult, "040", symmetric, "with", "to").needs("with", "to", "by", "over", "on").when(speakWith),
		// "They last spoke in December", "Trump and Putin have not spoken since"
		s(parley.Consult, "040", symmetric, "with", "to").when(pairSpoke),
		sideBySide}},
	{"phone", []sense{s(parley.Consult, "041", symmetric, consultPreps...).withMode("phone").withMedium(parley.Phone)}},
	{"telephone", []sense{s(parley.Consult, "041", symmetric, consultPreps...).withMode("phone").withMedium(parley.Phone)}},
	// "Modi dialled Zelensky on Tuesday", "Macron rang Putin": a call made
	{"dial|dialled|dialed|dialling|dialing|dials", []sense{s(parley.Consult, "041", symmetric, "").withMode("phone").withMedium(parley.Phone).when(actorRungUp)}},
	{"ring|rang|rung|rings|ringing", []sense{s(parley.Consult, "041", symmetric, "").withMode("phone").withMedium(parley.Phone).when(actorRungUp)}},
	{"confer", []sense{s(parley.Consult, "040", symmetric, "with")}},
	// "Macron dined with Scholz", "Sunak huddled with Zelensky": met
	{"dine|dined|dining", []sense{s(parley.Consult, "040", symmetric, "with").needs("with").withMedium(parley.InPerson)}},
	{"huddle|huddled", []sense{s(parley.Consult, "040", symmetric, "with").needs("with").withMedium(parley.InPerson)}},
	// "Blinken sat down with Wang Yi", "the two leaders will sit down on
	// Monday": a meeting (not "sat in the front row", "sat on the panel")
	{"sit|sat|sitting", []sense{s(parley.Consult, "040", symmetric, "with").needs("down").when(satDown)}},
	// "will brief President Lourenço on the situation": the one told in
	// person (not "briefed reporters", "a brief visit")
	{"brief", []sense{s(parley.Consult, "040", symmetric, "").when(briefedActor)}},
	{"consult", []sense{s(parley.Consult, "040", symmetric, consultPreps...)}},
	{"negotiate", []sense{s(parley.Consult, "046", symmetric, "with").when(notNegotiatingBody)}},
	// "would not renegotiate the terms of the deal with Uganda": talks again
	{"renegotiate", []sense{s(parley.Consult, "046", symmetric, "with").when(notNegotiatingBody)}},
	// "Qatar mediated between Israel and Hamas": the go-between talked
	// with each side
	{"mediate", []sense{s(parley.Consult, "040", symmetric, "between").needs("between").when(betweenNext)}},
	// "the envoy shuttled between Riyadh and Tehran": a visit to each
	{"shuttle", []sense{s(parley.Consult, "042", visit, "between").needs("between").withMode("visit").withMedium(parley.InPerson).when(betweenNext)}},
	{"engage|engaged", []sense{s(parley.Consult, "040", symmetric, "with").needs("with").when(engagedWith)}},
	// "said he would convene G7 leaders on Sunday"
	{"convene", []sense{s(parley.Consult, "040", symmetric, "")}},
	// "Top diplomats from China, Japan and South Korea gathered in Busan":
	// officials of several states met (not a crowd gathering)
	{"gather", []sense{s(parley.Consult, "040", symmetric, "with").withMedium(parley.InPerson).when(officialsGathered)}},
	// "Macron and Guterres co-hosted a donor conference": the hosts
	// met in holding it
	{"co-host", []sense{coHosted}},
	{"co-chair", []sense{coHosted}},
	{"discuss", []sense{s(parley.Consult, "040", together, "with").when(notNoun)}}, // "discussed the delay with Zelensky"
	{"spend|spent", []sense{s(parley.Consult, "040", symmetric, "with").needs("together", "with").withMedium(parley.InPerson)}},
	{"appear", []sense{s(parley.Consult, "040", together).needs("together")}},
	{"watch|watched", []sense{s(parley.Consult, "040", together).needs("together", "video", "videolink", "online")}},
	{"exchange", []sense{
		s(parley.Consult, "040", symmetric, "with").takes("greetings", "views", "messages", "congratulations", "letters", "notes", "visits"),
		// "exchanged instruments of ratification of the treaty", "the two
		// sides exchanged four MoUs": a pact sealed
		s(parley.Agree, "057", symmetric, "with").takes("instruments", "instrument", "mous", "mou", "memoranda", "agreements", "accords", "protocols"),
		// "Danish and Swedish authorities have exchanged information":
		// what they know, shared both ways
		s(parley.Cooperate, "064", symmetric, "with").withMode("").takes("information", "intelligence", "data", "evidence"),
		// "Thai and Cambodian troops exchanged fire": each side on the other
		s(parley.Accuse, "111", directed, "with").withMode("disapprove").takes("accusations", "barbs", "insults", "blame", "charges", "recriminations").mutual(),
		s(parley.Threaten, "130", directed, "with").takes("threats").mutual(),
		s(parley.Assault, "190", directed, "with").takes("fire", "gunfire", "strikes", "shots", "shelling").mutual(),
		// "exchanged lists of prisoners for a swap": names shared, no one freed yet
		peopleListed.withFrame(symmetric),
		// "Russia and Ukraine exchanged 95 prisoners": each side frees the other's
		s(parley.Retreat, "0841", directed, "with").withMode("release").takes(captives...).mutual().when(notInExchange),
	}},
	{"swap|swapped|swapping|swaps", []sense{
		s(parley.Retreat, "0841", directed, "with").withMode("release").takes(captives...).mutual(),
	}},
	{"trade|traded|trading|trades", []sense{
		// "India and Pakistan traded accusations": each side charges the other
		s(parley.Accuse, "111", directed, "with").withMode("disapprove").takes("accusations", "barbs", "insults", "blame", "charges", "recriminations").mutual(),
		s(parley.Threaten, "130", directed, "with").takes("threats").mutual(),
		s(parley.Assault, "190", directed, "with").takes("fire", "gunfire", "strikes", "shots", "shelling").mutual(),
	}},
	{"visit", []sense{s(parley.Consult, "042", visit, "").withMode("visit").withMedium(parley.InPerson)}},
	{"host", []sense{s(parley.Consult, "043", host, "for").withMode("visit").withMedium(parley.InPerson).takes(welcomes...),
		s(parley.Consult, "043", host, "").withMode("visit").withMedium(parley.InPerson).when(notHostedThing)}},
	// "Scholz played host to Tusk in Berlin"
	{"play|played|playing|plays", []sense{s(parley.Consult, "043", host, "to").needs("host").withMode("visit").withMedium(parley.InPerson).when(hostTo)}},
	{"receive", []sense{
		// "Ukraine received the first batch of F-16 jets from Denmark":
		// aid, its giver after "from"
		s(parley.Aid, "070", host, "from").takes(append(aidNouns[:len(aidNouns):len(aidNouns)], "jets", "weapons", "tanks", "missiles", "ammunition", "shells", "batch", "shipment", "delivery", "vaccines", "doses")...),
		s(parley.Consult, "043", host, "").withMode("visit").withMedium(parley.InPerson).when(notAMessage),
	}},
	// "Mohammed bin Salman embraced Qatar's emir as he stepped off his plane"
	{"greet", []sense{s(parley.Consult, "043", host, "").withMode("visit").withMedium(parley.InPerson).when(personGreeted)}},
	{"embrace", []sense{s(parley.Consult, "043", host, "").withMode("visit").withMedium(parley.InPerson).when(personGreeted)}},
	{"travel", []sense{s(parley.Consult, "042", visit, "to").withMode("visit").withMedium(parley.InPerson).needs("to")}},
	// "flew to Naypyitaw … before going on to Dhaka", "then went on to
	// Hanoi": the next stop of a tour
	{"go|went|going|goes", []sense{s(parley.Consult, "042", visit, "to").withMode("visit").withMedium(parley.InPerson).needs("to").when(onToPlace)}},
	// "began airlifting relief supplies to Dhaka", "airdropped food to
	// the besieged town": aid carried by air
	{"airlift|airlifted|airlifting|airlifts|airdrop|airdropped|airdropping|airdrops", []sense{
		s(parley.Aid, "070", directed, "to", "into").takes(append(aidNouns, "planeloads", "cargo", "aid")...)}},
	{"fly|flew|flown", []sense{
		// "flew planeloads of food and medicine to Kabul": aid carried
		s(parley.Aid, "070", directed, "to").takes(append(aidNouns, "planeloads", "cargo")...),
		s(parley.Consult, "042", visit, "to").withMode("visit").withMedium(parley.InPerson).needs("to").when(flewThere),
		// "Chinese warplanes flew near Taiwan"
		forcesAdvance,
		s(parley.Mobilize, "154", directed, "into", "near", "around", "toward", "towards", "off").withMode("troops").when(craftSentNear)}},
	// "Chinese warplanes entered Taiwan's air defence zone"
	{"enter|entered|entering|enters", []sense{s(parley.Mobilize, "154", directed, "").withMode("troops").when(forcesEntered)}},
	{"participate", []sense{
		// "American and Filipino troops participated in the Balikatan exercises"
		s(parley.Cooperate, "062", symmetric, "with").takes(exerciseNouns...).withMode(""),
		s(parley.Consult, "040", together).takes(gatherings...),
		s(parley.Consult, "040", together).when(attendedAlone),
	}},
	// "Lavrov attended in person", "Milei did not attend.": the meeting
	// told before
	{"attend", []sense{s(parley.Consult, "040", together).takes(gatherings...), s(parley.Consult, "040", together).when(attendedAlone)}},
	// "Zelensky addressed the G7 summit by video link", "addressed the
	// European Council via videoconference": a meeting at a distance (an
	// address in the room may be a speech alone)
	{"address", []sense{s(parley.Consult, "040", together).takes(gatherings...).withMode("phone").withMedium(parley.Virtual).when(byVideo),
		s(parley.Consult, "040", symmetric, "").withMode("phone").withMedium(parley.Virtual).when(bodyByVideo)}},
	// "they took part by video link in a ceremony"
	{"part|part", []sense{s(parley.Consult, "040", together).takes(gatherings...).when(tookPart),
		s(parley.Consult, "040", together).when(func(d *doc, k int) bool { return tookPart(d, k) && attendedAlone(d, k) })}},
	{"join", []sense{
		s(parley.Consult, "040", symmetric, "").when(joinedFor), // "joined Biden for the first summit"
		s(parley.Consult, "040", together).takes(gatherings...), // "Xi and Putin joined the ceremony"
		s(parley.Consult, "040", together).when(attendedBare),   // "Modi joined virtually"
		// "Jordan joined the US-led coalition against the Islamic State":
		// a force fighting under another state's lead, with that state
		s(parley.Cooperate, "062", directed, "").takes(ledForces...).when(joinedLedForce),
		// "joining a new security partnership with the United States and
		// the United Kingdom": an agreement with each (not "joined the
		// alliance" for NATO itself: membership, below)
		s(parley.Agree, "057", directed, "with").takes("partnership", "pact", "alliance", "coalition", "agreement", "accord", "treaty").when(func(d *doc, k int) bool { return !joinedBody(d, k) }),
		// "Croatia joined the European Union", "Finland joined the
		// alliance": a member of the body from then on
		s(parley.Cooperate, "060", directed, "").withMode("").when(joinedBody),
	}},
	// AGREE
	{"agree", []sense{
		refrain,
		// "Kurti agreed to a request from the US ambassador to postpone
		// the fines": yielding to who asked
		s(parley.Concede, "080", directed, "from").needs("to").takes("request", "requests", "demand", "demands"),
		s(parley.Agree, "030", symmetric, "with", "").when(jointAssent),
		// "China agreed to allow German nationals to receive the vaccine",
		// "Greece agreed to let Turkish tourists …": one side gives way
		s(parley.Concede, "086", directed, "").when(yieldingTo).reaching(),
		s(parley.Agree, "030", directed, "").when(assentNotMeeting).reaching(), // "Iran agreed to deploy inspectors"
	}},
	{"pledge", []sense{
		refrain,
		retaliationVowed, // "pledged retaliation against Syria"
		// "pledged 400 million euros to Iraq": money promised is an
		// accord; "pledged tanks and ammunition to Ukraine": aid, promised
		moneyPromised,
		s(parley.Aid, "070", directed, "to", "for").takes(append(aidNouns, aircraftNouns...)...).when(func(d *doc, k int) bool { return !moneyOnly(d, k) }),
		// "pledged full and unconditional support for Moscow's war",
		// "pledged his loyalty to the new President"
		s(parley.Support, "050", directed, "for", "to").takes("support", "backing", "solidarity", "loyalty", "allegiance"),
		workPledged,
		// "Ghana and Togo pledged to deepen security cooperation": a
		// pledge made together is an accord between them
		s(parley.Agree, "030", symmetric, "with").when(tiesPledged),
		s(parley.Agree, "030", directed, "to", ""),
	}},
	// "promised a harsh response to Israel", "promised revenge against"
	{"promise", []sense{refrain, retaliationVowed, workPledged, s(parley.Agree, "030", directed, "", "to")}},
	// "hinted at military action against Moldova", "signalled it could
	// use force against Taiwan": force held out
	{"hint", []sense{s(parley.Threaten, "138", directed, "against", "on", "in").needs("at").takes(forceHeldOpen...).reaching()}},
	{"signal|signalled|signaled|signalling|signaling|signals", []sense{s(parley.Threaten, "138", directed, "against", "on", "in").takes(forceHeldOpen...).reaching().when(forceSignalled)}},
	{"undertake|undertook|undertaken", []sense{refrain, mutualUndertaking}},
	{"vow", []sense{
		// "vowed to retaliate if the United States signs the bill": a threat
		retaliationVowed,
		workPledged,
		s(parley.Agree, "030", symmetric, "with").when(tiesPledged),
		s(parley.Agree, "030", directed, "to", ""),
	}},
	{"offer", []sense{
		// "offered concessions to Ukraine": a concession, not an accord
		s(parley.Concede, "080", directed, "to").takes("concessions", "concession").when(notNoneGiven),
		// "offered condolences to Iran"
		s(parley.Support, "051", directed, "to").takes("condolences", "sympathy", "sympathies"),
		// "offered an apology to Seoul": an apology, as "apologised to"
		s(parley.Support, "055", directed, "to").takes(apologyNouns...).when(notNoneGiven),
		// "offered the government his backing", "offered its full support to Kyiv"
		s(parley.Support, "051", directed, "", "to").takes("support", "backing", "solidarity").when(notNoneGiven),
		// "offered to deepen cooperation with Denmark": joint work offered to
		// the one after "with"
		s(parley.Agree, "030", directed, "with").when(readyToWorkWith),
		// (an offer of nothing is none: "offered no concessions to Ukraine")
		s(parley.Agree, "030", directed, "", "to").when(notNoneGiven),
	}},
	// "Japan is willing to mediate between the United States and Iran",
	// "Russia is ready to host talks between Israel and the Palestinians"
	{"willing|ready|prepared", []sense{
		// "was ready to use force against the PKK", "is prepared to strike
		// Iran": force held ready is a threat
		s(parley.Threaten, "138", directed, "", "against", "on").reaching().when(readyToStrike),
		s(parley.Agree, "030", directed, "", "to").reaching().when(readyToMediate),
		// "China was ready to work with India to enhance mutual trust"
		s(parley.Agree, "030", directed, "with").when(readyToWorkWith),
	}},
	// "Trump and Kim shook hands at the DMZ"
	{"shake|shook|shaken|shaking", []sense{s(parley.Consult, "040", symmetric, "with").takes("hands").withMedium(parley.InPerson)}},
	{"invite", []sense{
		// "invited Finland and Sweden to join the alliance": approval of them
		s(parley.Support, "054", directed, "").when(invitedToJoin),
		s(parley.Request, "106", directed, "").withMode("meet"),
	}},
	{"propose", []sense{
		// "proposed a three-phase plan", "proposed that the two
		// governments settle the border by talks": an offer to settle
		// or work together, as the labels have it
		s(parley.Agree, "030", directed, "to", "that", "").when(proposedAccord),
		s(parley.Request, "100", directed, "to", "that")}},
	{"suggest", []sense{s(parley.Request, "100", directed, "to", "that")}},
	{"tell|told", []sense{
		// "told the Australian High Commissioner to leave the country": an expulsion
		s(parley.Sanction, "166", directed, "").withMode("expel").takes(expelledPeople...).when(toldToGo),
		envoyOrderedHome,
		s(parley.Request, "100", directed, "").when(toldToAct)}},
	// "gave the army 15 days to return to its barracks": a deadline set,
	// an ultimatum ("gave Venezuelan diplomats 72 hours to leave" expels
	// them)
	{"give|gave|given|giving|gives", []sense{
		yielded.needs("in"),
		// "gave Moldova 50 million euros in budget support"
		s(parley.Aid, "070", directed, "", "to").takes(append(aidNouns, "million", "billion", "euros", "dollars")...).when(notToCampaign),
		// "Moscow has given him refuge", "gave asylum to the former president"
		s(parley.Aid, "075", directed, "to", "").withMode("asylum").takes("asylum", "refuge", "sanctuary").when(notToRefugees),
		s(parley.Sanction, "166", directed, "").withMode("expel").takes("ambassador", "envoy", "diplomat", "diplomats", "chargé", "charge", "ambassadors", "envoys", "commissioner", "commissioners", "nuncio", "consul").when(toLeave),
		// "gave Niger's junta a one-week ultimatum", "gave the regime until
		// the end of the month to withdraw": the one given it
		s(parley.Threaten, "139", directed, "").when(gaveUltimatum),
	}},
	{"insist", []sense{s(parley.Request, "100", directed, "that", "on").when(insistedDemand)}},
	{"complain", []sense{s(parley.Accuse, "114", directed, "about", "that", "to", "of").withMode("allege")}},
	{"deplore", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"regret", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"lament", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	// "Canberra was deeply disappointed by the signing": a feeling stated
	// about someone's act, which is disapproval of its doer.
	{"disappoint|disappointed", []sense{s(parley.Accuse, "111", directed, "by", "at", "with", "over", "in").withMode("disapprove").when(feltAbout)}},
	// "said it was pleased with Seoul's decision", "is satisfied with
	// Mexico's response": a feeling stated about someone's act, which is
	// approval of its doer.
	{"pleased|satisfied|delighted|heartened|gratified|happy", []sense{s(parley.Support, "051", directed, "by", "at", "with").when(feltAbout)}},
	{"dismay|dismayed", []sense{s(parley.Accuse, "111", directed, "by", "at", "with", "over").withMode("disapprove").when(feltAbout)}},
	{"appal|appalled", []sense{s(parley.Accuse, "111", directed, "by", "at", "with", "over").withMode("disapprove").when(feltAbout)}},
	{"outrage|outraged", []sense{s(parley.Accuse, "111", directed, "by", "at", "with", "over").withMode("disapprove").when(feltAbout)}},
	// "said she was deeply concerned by the raid", "is alarmed at reports of a takeover"
	{"concern|concerned", []sense{s(parley.Accuse, "111", directed, "by", "at", "about", "over").withMode("disapprove").when(feltAbout)}},
	{"alarm|alarmed", []sense{s(parley.Accuse, "111", directed, "by", "at", "about", "over").withMode("disapprove").when(feltAbout)}},
	{"trouble|troubled", []sense{s(parley.Accuse, "111", directed, "by", "at", "about", "over").withMode("disapprove").when(feltAbout)}},
	{"reprimand", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"blast", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove").when(notNoun)}},
	// A court's arrest warrant is a formal accusation (CAMEO 112).
	{"issue|issued|issues|issuing", []sense{invitationSent,
		s(parley.Accuse, "112", directed, "for", "against").withMode("allege").takes("warrant", "warrants"),
		// "Tehran issued a sharp rebuke to Washington"
		s(parley.Accuse, "111", directed, "to", "against").withMode("disapprove").takes("rebuke", "reprimand", "condemnation", "protest", "démarche", "demarche"),
		// "Tehran issued a warning to Baku", "issued an ultimatum to the junta"
		s(parley.Threaten, "130", directed, "to", "against").takes("warning", "warnings", "ultimatum", "threat", "threats"),
		// "China and Brazil issued a joint statement", "issued a six-point
		// common understanding": a text the two agreed
		s(parley.Agree, "057", symmetric, "with").takes("statement", "declaration", "communique", "communiqué", "understanding", "consensus").when(jointText),
	}},
	// "Ukraine filed a lawsuit against Russia at the International Court of
	// Justice", "filed a diplomatic protest against China"
	{"file", []sense{s(parley.Accuse, "114", directed, "against", "with", "to", "challenging", "contesting").withMode("allege").takes("lawsuit", "suit", "case", "complaint", "complaints", "protest", "protests", "grievance", "petition", "charges", "application"),
		// "filed a diplomatic protest over the presence of Chinese vessels"
		s(parley.Accuse, "114", directed, "over").withMode("allege").takes("protest", "protests")}},
	{"object|objected", []sense{s(parley.Accuse, "111", directed, "to").withMode("disapprove").when(notNoun)}},
	// "Bangladesh instituted arbitral proceedings against Myanmar",
	// "South Africa brought a case against Israel", "launched legal action
	// against Japan": a suit brought (CAMEO 115)
	{"bring|brought", []sense{legalCaseBrought}}, {"launch", []sense{legalCaseBrought}},
	{"initiate", []sense{legalCaseBrought}}, {"institute", []sense{legalCaseBrought}},
	{"commence", []sense{legalCaseBrought}}, {"open", []sense{legalCaseBrought}},
	// "launched a military operation against the YPG", "took military
	// action against Iran": force used on whoever follows "against"
	{"launch", []sense{forceAgainst}}, {"take|took|taken|taking|takes", []sense{forceAgainst}},
	{"begin|began|begun|beginning|begins", []sense{forceAgainst}}, {"start", []sense{forceAgainst}},
	{"raise", []sense{
		// "raised the possibility of suspending talks with Kosovo",
		// "raised the prospect of sanctions against Minsk": a threat
		s(parley.Threaten, "130", directed, "against", "on", "with").takes("possibility", "prospect", "spectre", "specter").reaching().when(hostileProspect),
		// "raised its concerns with Dhaka": the one they are put to
		s(parley.Accuse, "111", directed, "about", "over", "regarding").withMode("disapprove").takes("concerns", "concern", "objections"),
		s(parley.Accuse, "111", directed, "with").withMode("disapprove").takes("concerns", "concern", "objections").when(notLodgedWith),
		// "raised the matter directly with Modi": they discussed it.
		s(parley.Consult, "040", symmetric, "with").takes("matter", "issue", "case", "question", "subject", "issues")}},
	{"voice", []sense{
		// "voiced concern about", "voiced anger at": any misgiving, as "expressed"
		s(parley.Accuse, "111", directed, "about", "over", "at", "regarding").withMode("disapprove").takes(append([]string{"objections"}, misgivings...)...),
		// "voiced concern to Algiers about the arrest": the one told, not a forum
		s(parley.Accuse, "111", directed, "to", "with").withMode("disapprove").takes(misgivings...).when(notLodgedWith),
		s(parley.Support, "051", directed, "for", "to", "with").takes(goodwill...), // "voiced support for Moscow's position"
	}},
	// "expressed deep concern to Kampala over the incident": the one told
	{"express", []sense{
		s(parley.Support, "055", directed, "to").takes(apologyNouns...).when(notNoneGiven),
		// "expressed regret for the embarrassment caused to the president":
		// sorrow for harm one's side caused is an apology, not a complaint
		s(parley.Support, "055", directed, "to").takes("regret", "regrets").when(regretForHarm),
		s(parley.Accuse, "111", directed, "about", "over", "at", "regarding", "with").withMode("disapprove").takes(misgivings...),
		s(parley.Accuse, "111", directed, "to").withMode("disapprove").takes(misgivings...).when(notLodgedWith),
		s(parley.Support, "051", directed, "for", "to", "with").takes(goodwill...),
	}},
	// "the two ministers shared serious concerns over the actions of
	// Chinese vessels": a misgiving voiced together
	{"share", []sense{s(parley.Accuse, "111", directed, "about", "over", "at", "regarding").withMode("disapprove").takes(misgivings...)}},
	// "conveyed grave concerns to the governments of both countries"
	{"convey", []sense{invitationSent,
		// "conveyed to President Park the apologies and remorse"
		s(parley.Support, "055", directed, "to").takes(apologyNouns...).when(notNoneGiven),
		s(parley.Accuse, "111", directed, "about", "over", "at", "regarding", "to").withMode("disapprove").takes(misgivings...),
		s(parley.Support, "051", directed, "for", "to").takes(goodwill...),
	}},
	// SUPPORT
	{"praise", []sense{s(parley.Support, "051", directed, "")}},
	// "it stood with its ally", "stands by Ukraine"
	// "Kiribati switched diplomatic recognition from Taiwan to China":
	// recognition granted to the one, withdrawn from the other
	{"switch", []sense{s(parley.Support, "054", directed, "to").takes("recognition", "ties", "allegiance", "relations"),
		// "switched diplomatic recognition from Taiwan": the break told
		// alone, with no state it went to
		s(parley.Sanction, "161", directed, "from").withMode("withdraw").takes("recognition", "ties", "allegiance", "relations").when(switchedToNone)}},
	{"stand|stood", []sense{sideBySide, s(parley.Support, "051", directed, "with", "by").needs("with", "by").when(actorObject),
		// "stood in solidarity with Turkey", "stands fully behind Finland"
		s(parley.Support, "051", directed, "with", "behind").needs("solidarity", "behind").when(standsBehind)}},
	// "telephoned Putin to apologise for the deaths": CAMEO 055, SUPPORT
	{"apologise|apologised", []sense{s(parley.Support, "055", directed, "to", "")}},
	{"apologize|apologized", []sense{s(parley.Support, "055", directed, "to", "")}},
	{"commend", []sense{s(parley.Support, "051", directed, "")}},
	{"appreciate", []sense{s(parley.Support, "051", directed, "")}}, // "appreciated India's assistance"
	{"hail", []sense{s(parley.Support, "051", directed, "")}},
	// "Moscow had not contacted Helsinki", "Tokyo reached out to Seoul"
	// (its verb forms take "made contact with" from the noun's reading)
	{"contact", []sense{s(parley.Consult, "040", symmetric, "").when(contacted), s(parley.Consult, "040", symmetric, "with").when(contactMade)}},
	{"reach", []sense{s(parley.Consult, "040", symmetric, "to").when(reachedOut)}},
	// "France informed Germany of its decision", "notified Seoul that …",
	// "told Blinken of their decision": an act made known to another
	{"inform", []sense{s(parley.Consult, "040", symmetric, "").when(informedOf)}},
	{"notify|notified|notifies|notifying", []sense{s(parley.Consult, "040", symmetric, "").when(informedOf)}},
	{"tell|told|telling|tells", []sense{s(parley.Consult, "040", symmetric, "").when(toldOfDecision)}},
	// "said they might nominate Trump for the Nobel Peace Prize"
	{"nominate", []sense{s(parley.Support, "051", directed, "").when(nominatedForPrize)}},
	{"laud", []sense{s(parley.Support, "051", directed, "")}},
	{"applaud", []sense{s(parley.Support, "051", directed, "")}},
	{"congratulate", []sense{s(parley.Support, "051", directed, "")}},
	{"thank", []sense{s(parley.Support, "051", directed, "")}},
	// "Ukraine is grateful to Germany for its support": thanks, told
	// with the adjective
	{"grateful|thankful", []sense{s(parley.Support, "051", directed, "to").when(afterCopula)}},
	{"endorse", []sense{standingBacked, s(parley.Support, "051", directed, "")}},
	{"back", []sense{standingBacked, s(parley.Support, "051", directed, "").when(notParticleBack)}},
	{"support", []sense{standingBacked,
		// "French armed forces supported Malian army units in halting the
		// advance": help in the fighting, given by forces to forces
		s(parley.Aid, "072", directed, "").when(forcesBackedInField),
		s(parley.Support, "050", directed, "")}},
	{"defend", []sense{standingBacked, s(parley.Support, "052", directed, "").when(wordsInDefence)}},
	// "recognised Moroccan sovereignty over Western Sahara": the owner's
	{"recognise", recognition},
	{"recognize", recognition},
	{"sign", []sense{
		// "signed the document alongside President Museveni": a
		// co-signer
		s(parley.Agree, "057", symmetric, "with", "between", "alongside").takes(accords...).when(notAsWitness),
		// "Mahuad and Fujimori signed the Brasília Presidential Act": an
		// accord named as an act (not "signed the act into law": a law)
		s(parley.Agree, "057", symmetric, "with", "between").takes("act").when(func(d *doc, k int) bool { return namedActSigned(d, k) && notAsWitness(d, k) }),
	}},
	// "Modi and Prabowo witnessed the exchange of five Memoranda of
	// Understanding": the leaders present at their governments' signing
	{"witness", []sense{s(parley.Agree, "057", symmetric, "with", "between").takes("signing", "exchange", "exchanges").when(accordsWitnessed)}},
	{"initial|initialled|initialed|initialling|initialing", []sense{s(parley.Agree, "057", symmetric, "with").takes(accords...)}},
	{"adopt", []sense{s(parley.Agree, "057", symmetric, "with").takes(accords...)}},
	// "India and Bangladesh inked seven agreements", "sealed a free trade deal"
	{"ink", []sense{s(parley.Agree, "057", symmetric, "with").takes(accords...)}},
	{"seal", []sense{s(parley.Agree, "057", symmetric, "with").takes(accords...)}},
	{"clinch", []sense{s(parley.Agree, "057", symmetric, "with").takes(accords...)}},
	{"finalise|finalize", []sense{s(parley.Agree, "057", symmetric, "with").takes(accords...)}},
	{"conclude", []sense{s(parley.Agree, "057", symmetric, "with").takes(accords...)}},
	// "Japan and Korea settled their dispute", "resolved its row with
	// Spain", "patched up their differences", "buried the hatchet":
	// a quarrel ended by both
	{"settle", []sense{quarrelEnded}},
	{"resolve", []sense{quarrelEnded}},
	{"patch|patched", []sense{quarrelEnded.needs("up")}},
	{"bury|buried", []sense{s(parley.Agree, "030", symmetric, "with").takes("hatchet")}},
	{"extend", []sense{
		s(parley.Agree, "030", symmetric, "with").takes(accords...),
		// "Saudi Arabia extended an invitation to Abdul-Mahdi to visit Riyadh"
		s(parley.Request, "106", directed, "to").withMode("meet").takes("invitation", "invitations"),
		// "India extended budgetary support to Maldives", "extended a $1
		// billion credit line to Sri Lanka"
		s(parley.Aid, "070", directed, "to").takes("aid", "assistance", "loan", "loans", "credit", "credits", "grant", "grants",
			"financing", "budgetary", "financial", "humanitarian", "relief", "lifeline"),
		// "Kenya extended its support to Somalia's government", "extended
		// his congratulations to Meloni"
		s(parley.Support, "051", directed, "to").takes(goodwill...),
		// "extended diplomatic recognition to the new government"
		s(parley.Support, "054", directed, "to", "of").takes("recognition"),
	}},
	// "Ireland and Norway formalised their recognition of the State of
	// Palestine"
	{"formalise|formalised|formalises|formalising|formalize|formalized|formalizes|formalizing", []sense{s(parley.Support, "054", directed, "of", "to").takes("recognition")}},
	// "Germany threw its weight behind Ukraine's bid"
	{"throw|threw|thrown|throwing|throws", []sense{s(parley.Support, "051", directed, "behind").needs("weight", "support", "backing"),
		// "protesters threw stones at the Japanese embassy": a crowd's
		// violent protest at the state whose mission it is
		missilesThrown, missilesThrownAtForces}},
	// "protesters hurled stones and paint at the US embassy"
	{"hurl|hurled|hurling|hurls|fling|flung|flinging|flings|lob|lobbed|lobbing|lobs", []sense{missilesThrown, missilesThrownAtForces}},
	// "Egypt sided with Saudi Arabia", "would side with Beijing"
	{"side|sided|siding|sides", []sense{s(parley.Support, "051", directed, "with").needs("with").when(sidedWith)}},
	{"renew", []sense{invitationSent, s(parley.Agree, "030", symmetric, "with").takes(accords...)}},
	// "Honduras established diplomatic relations with China", "Petro
	// restored relations with Caracas": recognition granted, done. (Agreed
	// to, it is the agreement's: "agreed to restore relations".)
	// (Two states that restore them together agree: "Ethiopia and Eritrea
	// restored diplomatic relations".)
	{"restore", []sense{
		s(parley.Support, "054", directed, "with").takes("relations", "ties").when(notInfinitive),
		s(parley.Agree, "030", symmetric, "with").takes("relations", "ties"),
		// "Seoul and Tokyo restored an intelligence-sharing pact": a
		// cooperation the two take up again
		s(parley.Cooperate, "060", together).withMode("").takes(append(reopened, "pact", "agreement", "accord", "cooperation", "flights", "exchanges")...).when(pairActs),
	}},
	{"establish", []sense{s(parley.Support, "054", directed, "with").takes("relations", "ties").when(notInfinitive),
		// "Honduras and Taiwan established relations in 1941": the pair, no "with"
		s(parley.Support, "054", symmetric).takes("relations", "ties").when(notInfinitive)}},
	// "upgraded their ties to a comprehensive strategic partnership"
	{"upgrade", []sense{s(parley.Agree, "030", symmetric, "with").takes("relations", "ties", "relationship")}},
	{"elevate", []sense{s(parley.Agree, "030", symmetric, "with").takes("relations", "ties", "relationship")}},
	// "he and Putin raised their relationship to a comprehensive strategic partnership"
	{"raise", []sense{s(parley.Agree, "030", symmetric, "with").takes("relations", "ties", "relationship").when(raisedToPartnership)}},
	// "raised the tax on all goods imported from Serbia to 100 per cent":
	// a penalty made heavier, on the state the goods come from
	{"raise", taxRaised}, {"increase", taxRaised}, {"hike", taxRaised}, {"double", taxRaised},
	// "the two sides declared a partnership with no limits"
	{"declare", []sense{s(parley.Agree, "030", symmetric, "with").takes("partnership")}},
	{"normalise", []sense{tiesRestored}}, {"normalize", []sense{tiesRestored}},
	{"re-establish", []sense{tiesRestored}}, {"reestablish", []sense{tiesRestored}},
	// "Ankara and Cairo mended ties last year"
	{"mend", []sense{s(parley.Agree, "030", symmetric, "with").takes("relations", "ties", "fences")}},
	{"reach", []sense{s(parley.Agree, "030", symmetric, "with", "between").takes("agreement", "deal", "consensus", "accord", "understanding", "truce", "ceasefire", "compromise", "settlement")}},
	// "the court struck down the law" (before the blows of "struck")
	{"strike|struck|strikes|striking", struckDown},
	{"strike|struck", []sense{s(parley.Agree, "030", symmetric, "with").takes("deal", "agreement", "bargain", "compromise")}},
	{"welcome", []sense{
		// "Scholz welcomed Tusk to Berlin": a host receiving a visitor.
		s(parley.Consult, "043", host, "").withMode("visit").withMedium(parley.InPerson).when(welcomedTo),
		s(parley.Support, "051", directed, ""),
	}},
	{"reaffirm", []sense{s(parley.Support, "050", directed, "for", "to", "").takes("support", "commitment", "backing"),
		s(parley.Support, "050", directed, "with").takes("solidarity")}},
	// "Türkiye confirms its support for the invitation of Finland"
	{"confirm", []sense{s(parley.Support, "050", directed, "for", "to").takes("support", "backing")}},
	// "The Arab League readmitted Syria", "admitted Iran as its ninth
	// member": a body taking a state in
	{"readmit", []sense{s(parley.Support, "051", directed, "").when(actorObject)}},
	// "Britain trained Ukrainian soldiers": military help
	{"train", []sense{s(parley.Aid, "072", directed, "").withMode("").takes(forces...)}},
	{"admit", []sense{s(parley.Support, "051", directed, "").when(admittedAsMember), accessGiven}},
	// "allowed IAEA inspectors into the plant", "let UN monitors visit"
	// "Préval's government has allowed the US military to run the
	// airport": a state letting another's forces use its ground
	{"allow", []sense{forcesAllowedIn, accessGiven,
		// "allowed the crew of the seized tanker to leave the country":
		// captives let go
		s(parley.Retreat, "0841", directed, "").withMode("release").takes(captives...).when(letLeave)}},
	{"permit", []sense{forcesAllowedIn, accessGiven}},
	{"let|lets|letting", []sense{forcesAllowedIn, accessGiven}},
	// "Egypt brokered a truce between Israel and Islamic Jihad": the two
	// agree; the broker is no party (see build)
	{"broker", []sense{s(parley.Agree, "030", symmetric, "between").takes(accords...)}},
	// "paid tribute to Kyrgyzstan's leadership"
	{"pay|paid|pays|paying", []sense{s(parley.Support, "051", directed, "to").needs("tribute", "homage"),
		// "Poland will pay the Czech Republic 35 million euros in
		// compensation", "paid reparations to Kuwait": money owed, given
		s(parley.Aid, "071", directed, "to", "").withMode("economic").when(compensationPaid)}},
	// "underscored the United States' support for a strong Vietnam"
	{"underscore", stressedSupport}, {"stress", stressedSupport}, {"emphasise", stressedSupport}, {"emphasize", stressedSupport}, {"reiterate", stressedSupport},
	// "Modi emphasised the need for Pakistan to take firm action": a demand
	{"underscore", []sense{needStressed}}, {"stress", []sense{needStressed}}, {"emphasise", []sense{needStressed}}, {"emphasize", []sense{needStressed}},
	{"reiterate", []sense{needStressed}}, {"underline", []sense{needStressed}}, {"highlight", []sense{needStressed}},
	{"affirm", stressedSupport}, // "affirmed the UAE's solidarity with Egypt"
	// "Brazil attaches great importance to its relations with China"
	{"attach", []sense{s(parley.Support, "051", directed, "to", "with").takes("importance")}},
	// "remains committed to the one-China policy", "is firmly committed to its allies"
	{"commit", []sense{refrain, workPledged,
		// "Ukraine and Russia committed to a full and comprehensive ceasefire": both bound themselves
		s(parley.Agree, "030", symmetric, "with", "").needs("to").takes("ceasefire", "cease-fire", "truce", "exchange", "withdrawal", "disengagement").when(twoCommitted),
		s(parley.Support, "050", directed, "to").when(committedTo), mutualUndertaking}},
	// CONCEDE
	{"concede", []sense{s(parley.Concede, "080", directed, "to", "")}},
	{"apologise", []sense{s(parley.Support, "055", directed, "to")}},
	{"apologize", []sense{s(parley.Support, "055", directed, "to")}},
	{"ease", easing},
	// "waived visa requirements for Ukrainians"
	{"waive", easing},
	// "Turkey softened its stance on Sweden's bid", "moderated its
	// opposition to the deal": a position given ground on
	{"soften", []sense{stanceSoftened}}, {"moderate", []sense{stanceSoftened}}, {"temper", []sense{stanceSoftened}},
	// "Serbia backtracked on its plan to ban Kosovo plates", "climbed down
	// over the tariffs": ground given
	{"backtrack|backtracked|backtracking|backtracks|backpedal|backpedalled|backpedaled|backpedalling|backpedaling", []sense{climbedDown}},
	{"climb|climbed|climbing|climbs", []sense{climbedDown.needs("down")}},
	// "Venezuela renounced its claim to Essequibo", "gave up its claims
	// over the islands": a claim against another given up
	{"renounce", []sense{claimGivenUp}}, {"relinquish", []sense{claimGivenUp}},
	// "Kyrgyzstan ceded the disputed land to Uzbekistan": ground given
	// to the one it goes to
	{"cede", []sense{s(parley.Concede, "080", directed, "to").takes("land", "territory", "territories", "villages", "village", "area", "areas",
		"islands", "island", "region", "control", "ground", "sovereignty", "hectares", "district", "districts")}},
	{"give|gave|given|gives|giving", []sense{claimGivenUp.needs("up")}},
	// "relaxed visa rules for Chinese nationals"
	{"relax", easing},
	{"loosen", easing},
	// "lifted the blockade of Gaza", "lifted the arms embargo on
	// Eritrea": a blockade or an embargo eased is a retreat (CAMEO 0872,
	// 085); other penalties lifted are concessions
	{"lift", []sense{s(parley.Retreat, "0872", directed, "on", "against", "to", "of").withMode("withdraw").takes("blockade", "blockades", "siege").when(notBlockedTalks),
		s(parley.Retreat, "085", directed, "on", "against", "to").takes("embargo", "embargoes"),
		// (a blockade of another's accession talks is a veto: "Slovenia
		// lifted its blockade of Croatia's EU accession talks")
		s(parley.Concede, "081", directed, "on", "against", "to", "of").takes("sanctions", "restrictions", "tariffs", "surcharge", "surcharges", "curbs", "ban", "duties", "controls", "measures", "objection", "objections", "veto", "suspension", "blockade"),
		// "lifted the state of emergency", "lifted the curfew": an
		// emergency rule eased (CAMEO 0813, 0814), toward those it
		// was aimed at
		emergencyEased,
		// "lifted the house arrest on Kim Dae-jung": a captive freed
		s(parley.Retreat, "0841", directed, "on", "of").withMode("release").takes("arrest", "detention", "confinement")}},
	// "unfroze $6 billion in Iranian funds", "proposed to unfreeze funds for Hungary"
	{"unfreeze|unfroze|unfrozen", []sense{s(parley.Concede, "081", directed, "for", "of", "").takes("funds", "assets", "money", "accounts", "billion", "million")}},
	// "withdrew its complaint against Japan at the WTO"
	{"drop", []sense{s(parley.Concede, "080", directed, "against", "to").takes("complaint", "complaints", "case", "charges", "objection", "objections", "demand", "demands"),
		// "agreed to drop the requirement for Ukraine to complete a
		// Membership Action Plan": a condition set for another given up
		conditionWaived}},
	{"waive|waived|waiving|waives", []sense{conditionWaived}},
	// "rolled back tariffs on Chinese goods", "scaled back sanctions"
	{"roll|rolled|rolling|rolls", []sense{s(parley.Concede, "081", directed, "on", "against", "to").needs("back").takes("sanctions", "restrictions", "tariffs", "curbs", "ban", "embargo")}},
	{"scale|scaled|scaling|scales", []sense{s(parley.Concede, "081", directed, "on", "against", "to").needs("back").takes("sanctions", "restrictions", "tariffs", "curbs", "ban", "embargo")}},
	// "Seoul dropped its complaint against Tokyo at the WTO"
	{"drop|dropped|dropping|drops", []sense{s(parley.Concede, "080", directed, "against", "to", "on", "of").takes("complaint", "complaints", "case", "lawsuit", "suit", "objection", "objections", "veto", "opposition").when(notToMeasures)}},
	// COOPERATE
	{"cooperate", []sense{s(parley.Cooperate, "060", symmetric, "with")}},
	{"collaborate", []sense{s(parley.Cooperate, "060", symmetric, "with")}},
	// "France teamed up with Germany to build a tank", "Kenya joined
	// forces with Somalia", "Japan partnered with India on the railway",
	// "Egypt coordinated with Qatar on the deal": work done together
	{"team|teamed|teaming|teams", []sense{workedAlongside.needs("up")}},
	{"join|joined|joining|joins", []sense{workedAlongside.needs("forces")}},
	{"partner|partnered|partnering|partners", []sense{workedAlongside.needs("with").when(notNoun)}},
	{"coordinate", []sense{workedAlongside.needs("with", "closely").when(notNoun)}},
	// "France worked closely with Germany on the resolution", "Kenya
	// will work with Somalia to defeat al-Shabaab"
	{"work", []sense{s(parley.Cooperate, "060", symmetric, "with").when(workedWith)}},
	{"extradite", []sense{s(parley.Cooperate, "063", directed, "to")}},
	// AID
	{"aid", []sense{s(parley.Aid, "070", directed, "").when(aidAsVerb)}},
	// "US and British jets helped shoot down dozens of the drones": a
	// defence given to whoever was attacked
	{"help", []sense{s(parley.Aid, "070", directed, "").withMode("defend").when(helpedDefend)}},
	// "a Qatari aid flight landed in Marrakech", "Armenian aid trucks
	// crossed into Turkey": aid arriving is aid given.
	{"land|landed", []sense{s(parley.Aid, "070", directed, "in", "at").when(aidArrived),
		// "Macron landed in Kinshasa on Saturday": a leader's visit, as "arrived"
		s(parley.Consult, "042", visit, "in").withMode("visit").withMedium(parley.InPerson).when(personArrived)}},
	// "Modi stopped in Lahore on his way home from Kabul": a leader's
	// stopover is a visit
	{"stop|stopped|stopping", []sense{s(parley.Consult, "042", visit, "in", "over").withMode("visit").withMedium(parley.InPerson).needs("in", "over").when(personArrived)}},
	{"arrive", []sense{
		s(parley.Aid, "070", directed, "in", "at").when(aidArrived),
		// "Erdogan arrived in Beijing on Friday": a leader's visit
		s(parley.Consult, "042", visit, "in").withMode("visit").withMedium(parley.InPerson).when(personArrived),
	}},
	// "Putin is expected in Pyongyang on Tuesday", "a delegation … is due
	// in Honiara next week": a visit to come
	{"due|expected", []sense{s(parley.Consult, "042", visit, "in").needs("in").withMode("visit").withMedium(parley.InPerson).when(dueIn)}},
	// "Zelensky touched down in Washington"
	{"touch|touched", []sense{s(parley.Consult, "042", visit, "in").needs("in").withMode("visit").withMedium(parley.InPerson).when(touchedDown),
		s(parley.Consult, "040", symmetric, "with").when(contactMade)}}, // "is in close touch with the authorities"
	// "Modi left for Moscow on Monday", "departed for Beijing", "set off for Kyiv"
	{"leave|left|leaves|leaving", []sense{leftForVisit}},
	{"depart", []sense{leftForVisit}},
	{"set|sets|setting", []sense{leftForVisit}},
	{"cross|crossed", []sense{forcesAdvance, s(parley.Aid, "070", directed, "into").when(aidArrived)}}, // (and "troops crossed into Gambia": forces sent over a border)
	// "Turkish troops pushed into northern Syria": forces sent over a border
	{"pour|poured|pouring|pours|push|pushed|pushing|pushes", []sense{forcesAdvance}},
	{"began|begun|started", []sense{s(parley.Aid, "070", directed, "in", "at").when(aidArrived)}},
	{"reach|reached", []sense{s(parley.Aid, "070", directed, "").when(aidArrived)}},
	{"donate", []sense{s(parley.Aid, "070", directed, "to")}},
	// "Japan will finance the construction of a port in Sri Lanka", "the
	// EU funds the Palestinian Authority": money given to an actor, or
	// for works in its land.
	{"finance", []sense{s(parley.Aid, "071", directed, "in", "for", "").withMode("economic").when(projectFunded)}},
	{"fund", []sense{s(parley.Aid, "071", directed, "in", "for", "").withMode("economic").when(projectFunded)}},
	// "flagged off a consignment of relief food to Somalia": aid sent off
	{"flag|flagged|flagging|flags", []sense{s(parley.Aid, "070", directed, "to").needs("off").takes(aidNouns...)}},
	// "will disburse a first payment of 4.5 billion euros to Ukraine"
	{"disburse", []sense{s(parley.Aid, "071", directed, "to").takes(append(aidNouns, "payment", "payments", "billion", "million", "funds")...)}},
	// "Australia will come to Tuvalu's assistance": help given
	{"come|came|comes|coming", []sense{spokeInSupport.needs("out"), s(parley.Aid, "070", directed, "to").needs("to").takes("assistance", "aid", "help", "rescue", "defence", "defense")}},
	{"send|sent|sending|sends", []sense{invitationSent,
		missionSent, // "Chad sent 400 police officers to Haiti"
		// "sent Ottawa a similar appeal": the one sent to is asked
		s(parley.Request, "100", directed, "", "to").takes(appealNouns...).when(appealSent),
		s(parley.Aid, "070", directed, "to", "").takes(aidNouns...).when(notArmsToFront),
		forcesAsked, // "sent troops into South Sudan at the request of President Kiir"
		forcesToHelp,
		// "sent troops to Syria"
		s(parley.Mobilize, "154", directed, "to", "into", "toward", "towards", "near", "off").withMode("troops").takes(forces...).when(sentForces),
		// "sent additional fighter jets to the region"
		s(parley.Mobilize, "154", directed, "to", "into", "toward", "towards", "near", "off").withMode("troops").takes(armour...).when(armsToFront),
		borderPolice,
		// "sent 27 warplanes into Taiwan's air defence zone"
		s(parley.Mobilize, "154", directed, "into", "near", "around", "toward", "towards", "off").withMode("troops").when(craftSentNear),
		// "sent 29 people accused of drug trafficking to the United
		// States": handed to its justice, as in an extradition
		s(parley.Cooperate, "063", directed, "to").withMode("").takes("suspects", "fugitives", "accused", "wanted").when(sentToActor),
		// "sent condolences to Erdogan", "sent a congratulatory message to Fernandez"
		s(parley.Support, "051", directed, "to").takes("condolences", "congratulations", "greetings", "sympathies"),
		s(parley.Support, "051", directed, "to").takes("message", "letter", "messages", "letters", "cable", "telegram").when(goodWishes),
		envoySentTo,
		protestSent, // "sent a protest note to Zagreb"
	}},
	// "will provide the Philippines with five patrol vessels"
	{"provide", []sense{
		knowledgePassed, // "provided intelligence to Kyiv"
		// "provided logistical and medical support to the Djiboutian army"
		s(parley.Aid, "070", directed, "to", "").takes("support").when(materialSupport),
		s(parley.Aid, "070", directed, "to", "").takes(append(append(aidNouns, aircraftNouns...), craftGiven...)...),
		// "would provide $190 million over four years to help …"
		s(parley.Aid, "070", directed, "to", "").takes("million", "billion").when(notToCampaign)}},
	// "passed information about the approaching drones to Warsaw"
	{"pass|passed|passes|passing", []sense{knowledgePassed, noConfidence}},
	// "parliament adopted a motion of no confidence in the government",
	// "carried a no-confidence vote against Rajapaksa", "voted no
	// confidence in him"
	{"adopt", []sense{noConfidence}}, {"approve", []sense{noConfidence}}, {"carry|carried", []sense{noConfidence}},
	{"back", []sense{noConfidence}}, {"vote", []sense{noConfidence}},
	// "dispatched relief supplies to Sri Lanka", "dispatched troops to the border"
	{"dispatch", []sense{
		missionSent,
		forcesAsked,
		forcesToHelp,
		s(parley.Aid, "070", directed, "to", "").takes(aidNouns...).when(notArmsToFront),
		s(parley.Mobilize, "154", directed, "to", "into", "toward", "towards", "near", "off").withMode("troops").takes(forces...).when(sentForces),
		s(parley.Mobilize, "154", directed, "to", "into", "toward", "towards", "near", "off").withMode("troops").takes(armour...).when(armsToFront),
		s(parley.Mobilize, "154", directed, "into", "near", "around", "toward", "towards", "off").withMode("troops").when(craftSentNear),
		envoySentTo,
	}},
	// "Iran has armed the Houthis": arms given
	{"arm", []sense{s(parley.Aid, "072", directed, "").when(armedActor)}},
	{"deliver", []sense{invitationSent, s(parley.Aid, "070", directed, "to", "").takes(append(append(aidNouns, aircraftNouns...), craftGiven...)...), protestSent}},
	{"supply", []sense{s(parley.Aid, "072", directed, "to", "", "with").takes(append(append(aidNouns, aircraftNouns...), craftGiven...)...)}},
	// RETREAT
	// "Ruto withdrew the finance bill", "scrapped the fuel tax": a measure
	// the crowds protested against given up, to them (see build)
	{"scrap", []sense{measureScrapped}}, {"repeal", []sense{measureScrapped}}, {"rescind", []sense{measureScrapped}},
	{"shelve", []sense{measureScrapped}}, {"abandon", []sense{measureScrapped}},
	{"withdraw|withdrew|withdrawn", []sense{
		// "the armed forces withdrew their support for his attempt to rule
		// by decree": backing taken away from the one it was given
		s(parley.Sanction, "161", directed, "for", "from").withMode("withdraw").takes("support", "backing"),
		// "Burma withdrew its recognition of North Korea": relations cut
		s(parley.Sanction, "161", directed, "of").withMode("withdraw").takes("recognition"),
		measureScrapped,
		// "withdrew its ambassador from Argentina": as recalling him
		s(parley.Sanction, "161", directed, "from", "to", "in").withMode("withdraw").takes(append(envoysRecalled, "diplomats")...).when(notADecision),
		s(parley.Retreat, "0872", directed, "from").withMode("withdraw").takes(append(forces, "ship")...),
		// "Turkey withdrew its objection to Sweden's membership", "withdrew
		// the complaint against Japan": an obstacle given up
		s(parley.Concede, "080", directed, "to", "against", "on").takes("objection", "objections", "veto", "complaint", "complaints", "lawsuit", "case", "opposition", "reservations").when(notLodgedWith),
		// "Kiribati has withdrawn from the Pacific Islands Forum": a
		// member leaving a body of states cuts its ties to it.
		s(parley.Sanction, "161", directed, "from").withMode("withdraw").needs("from").when(leavesBody),
		// "Israeli forces are to withdraw from southern Lebanon": the forces are the subject.
		s(parley.Retreat, "0872", directed, "from").withMode("withdraw").needs("from").when(notFromGathering),
		// "Under the truce, the Karabakh forces are to disarm and withdraw": toward the other party.
		s(parley.Retreat, "0872", directed, "from").withMode("withdraw").when(underPact)}},
	// "Russian troops retreated from Kherson": forces drawn back, as "withdrew from"
	{"retreat", []sense{s(parley.Retreat, "0872", directed, "from").withMode("withdraw").needs("from").when(forcesDrawnBack)}},
	// "Mali, Burkina Faso and Niger quit ECOWAS", "Nicaragua left the OAS"
	{"quit|quitting|quits", []sense{s(parley.Sanction, "161", directed, "").withMode("withdraw").when(leavesBody)}},
	{"leave|left", []sense{s(parley.Sanction, "161", directed, "").withMode("withdraw").when(leavesBody)}},
	// "Hasina resigned as prime minister": yielding to whoever demanded it
	// (the told forms only: "demanding that Pashinyan resign" is no resignation)
	{"resigned|resigns|resigning|resigned", []sense{s(parley.Retreat, "0831", directed).withMode("resign").when(notAfterDeterminer)}},
	// "Boronov stepped down, bowing to the protesters' demands"
	{"stepped|steps|stepping", []sense{s(parley.Retreat, "0831", directed).withMode("resign").needs("down")}},
	// "Hasina fled to India", "left the country", "went into exile": a
	// leader gone, yielding as a resignation does (to whoever demanded it)
	{"flee|fled|flees|fleeing", []sense{exile}},
	{"leave|left", []sense{exile,
		// "Russian peacekeepers began leaving Karabakh", "the last French
		// troops left Mali in August": forces drawn back
		s(parley.Retreat, "0872", directed, "").withMode("withdraw").when(forcesLeave)}},
	{"go|went|gone|goes|going", []sense{exile}},
	// "announced his resignation on state television", "tendered her
	// resignation": the resignation itself, told by its announcement
	{"tender", []sense{resignationHanded}}, {"submit", []sense{resignationHanded}},
	// "handed his resignation to the King", "sent his letter of
	// resignation to Congress": to the one it is handed to
	{"hand", []sense{resignationHanded}}, {"send|sent", []sense{resignationHanded}}, {"sign", []sense{resignationHanded}},
	{"disarm", []sense{s(parley.Retreat, "0873", directed, "").withMode("disarm").when(underPact)}},
	{"release", []sense{s(parley.Retreat, "0841", directed, "to", "").withMode("release").takes(captives...), captivesFreedAgain}},
	// "Azerbaijan returned 15 Armenian soldiers", "repatriated 20
	// Ukrainian prisoners": captives handed back (not "the bodies of")
	{"return", []sense{captivesReturned, groundReturned,
		// "Sarkozy returned to Moscow on 8 September": a visit again (a
		// leader back in his own capital visits no one)
		s(parley.Consult, "042", visit, "to").withMode("visit").withMedium(parley.InPerson).needs("to").when(returnedToCapital)}},
	{"repatriate", []sense{captivesReturned}},
	// "Indian and Chinese troops completed their pullback from the friction points"
	{"complete", []sense{
		s(parley.Retreat, "0872", directed, "from").withMode("withdraw").takes("pullback", "withdrawal", "disengagement", "pullout", "pull-out", "drawdown").mutual()}},
	// "Indian and Chinese troops have disengaged at the Galwan area": each
	// pulled back from the other
	{"disengage|disengaged|disengaging|disengages", []sense{s(parley.Retreat, "0872", directed, "from").withMode("withdraw").mutual()}},
	{"free", []sense{s(parley.Retreat, "0841", directed, "to", "").withMode("release").takes(captives...), captivesFreedAgain}},
	{"pardon", []sense{s(parley.Retreat, "0841", directed, "").withMode("release").takes(captives...)}},
	// "deposited $3 billion in Pakistan's central bank": money lent or given
	{"deposit", []sense{s(parley.Aid, "070", directed, "in", "with").takes("dollars", "billion", "million", "funds", "money")}},
	// REQUEST
	{"urge", []sense{s(parley.Request, "100", directed, "")}},
	// "encouraged both India and Pakistan to work together": asked of
	// them, more gently
	{"encourage", []sense{s(parley.Request, "100", directed, "").when(orderedActorTo)}},
	// "The EU expects Moscow to explain the removal": a demand
	{"expect", []sense{s(parley.Request, "100", directed, "").when(orderedActorTo),
		// "New Zealand expected a formal apology from France": asked of France
		s(parley.Request, "100", directed, "from").takes("apology", "explanation", "clarification", "compensation", "guarantees", "assurances", "answers")}},
	// "The Venice Commission recommended that Ukraine amend the law"
	{"recommend", []sense{s(parley.Request, "100", directed, "that")}},
	// Breaking off talks is a sanction on the other side (CAMEO 164).
	{"scuttle|scuttled|scuttles|cancel|cancelled|canceled|cancels|scrap|scrapped|scraps|abandon|abandoned|abandoning|abandons|ditch|ditched|ditching|ditches", []sense{
		// "cancelled his meeting with Duterte": a refusal to meet him
		s(parley.Reject, "125", directed, "with").withMode("meet").takes("meeting").when(meetingWithPerson),
		// "cancelled a visit by the German foreign minister": the visitor
		s(parley.Sanction, "164", directed, "with", "between", "to", "by").withMode("halt").takes(haltable...),
		jointDrillsHalted,
		// "cancelled the tariff increase planned for October": a penalty given up
		s(parley.Concede, "081", directed, "on", "against", "to").takes(penaltiesGivenUp...)}},
	// "Georgian Dream withdrew its contested bill after two nights of
	// protests", "the police chief dissolved the squad": a measure given up
	// to the crowd that fought it (the target is that crowd, from the
	// protests told; with none told there is no event)
	{"withdraw|withdrew|withdrawn|withdrawing|withdraws|scrap|scrapped|scrapping|scraps|repeal|repealed|repealing|repeals|shelve|shelved|shelving|shelves|rescind|rescinded|rescinding|rescinds|abandon|abandoned|abandoning|abandons|drop|dropped|dropping|drops|dissolve|dissolved|dissolving|dissolves|disband|disbanded|disbanding|disbands", []sense{policyYielded}},
	// "postponed the expulsion of Afghan migrants", "delayed the tariffs
	// on Mexico by a month": a penalty put off
	// "postponed his state visit to Denmark", "postponed the dialogue
	// with Ecuador": a meeting put off, as "called off" halts one
	{"postpone", append(putOff, meetingPutOff)},
	{"delay", putOff},
	{"shelve", putOff},
	{"defer", putOff},
	// "Trump paused the planned tariffs on Canada", "Israel paused its
	// strikes on Gaza": a penalty put off, or fire held
	{"pause|paused|pauses|pausing", append(putOff,
		s(parley.Concede, "0871", directed, "on", "against").withMode("ceasefire").takes("attacks", "strikes", "operations", "offensive", "hostilities", "raids"))},
	// "exempted Mexico from the steel tariffs": a penalty spared
	{"exempt|exempted|exempts|exempting", []sense{s(parley.Concede, "081", directed, "").when(exemptedFromPenalty)}},
	// "The junta revoked a series of military agreements with France",
	// "France was ending its military cooperation with the authorities":
	// ties cut.
	{"revoke|revoked|revokes|revoking|annul|annulled|annuls|terminate|terminated|terminates|terminating", []sense{
		s(parley.Sanction, "164", directed, "with", "between", "to").withMode("withdraw").takes(append(accords[:len(accords):len(accords)], "cooperation", "accreditation", "relations", "ties",
			// "Caracas revoked Brazil's authorisation to represent Argentina"
			"authorisation", "authorization", "licence", "license", "permit", "permission")...),
		// "revoked the visas of 20 Nicaraguan officials": a penalty on their
		// state; "revoked the licences of ten foreign aid agencies"
		s(parley.Sanction, "163", directed, "of", "for", "").takes("visa", "visas", "residency", "citizenship", "passports", "licences", "licenses", "permits"),
		benefitsEnded, // "revoked Hong Kong's preferential trade status"
		emergencyEased}},
	{"end|ended|ending|ends", []sense{
		benefitsEnded, // "would end Uganda's trade preferences under AGOA"
		s(parley.Sanction, "164", directed, "with", "between", "to").withMode("withdraw").takes("cooperation", "agreements", "accords", "treaty", "pact", "relations", "ties", "mission", "presence", "partnership",
			"ceasefire", "cease-fire", "truce").when(endedSomething), // "ended the ceasefire with the Clan del Golfo"
		// "ended its blockade of Sweden's NATO bid", "ended the embargo on Cuba"
		s(parley.Concede, "081", directed, "on", "against", "of", "to").takes(append(penaltiesGivenUp[:len(penaltiesGivenUp):len(penaltiesGivenUp)],
			"embargo", "blockade", "veto", "objection", "objections", "opposition", "boycott")...),
		emergencyEased}},
	{"call", []sense{
		strikeCalled, // "the teachers' union called a nationwide strike"
		// "the Dutch foreign ministry called in the Chinese ambassador": a summons
		s(parley.Accuse, "114", directed, "").withMode("allege").needs("in").takes(envoyNouns...),
		// "called off a planned meeting with his Japanese counterpart":
		// a refusal to meet that person (a visit, summit or talks called
		// off are relations cut, below)
		s(parley.Reject, "125", directed, "with").withMode("meet").needs("off").takes("meeting").when(meetingWithPerson),
		s(parley.Sanction, "164", directed, "with", "between", "to", "by").withMode("halt").needs("off").takes(haltable...),
		jointDrillsHalted.needs("off"), // "called off three joint military exercises with Israel"
		s(parley.Concede, "081", directed, "on", "against", "to").needs("off").takes(penaltiesGivenUp...), // "called off the tariffs"
		s(parley.Request, "100", directed, "on", "upon").needs("on", "upon").when(callOn),
		// "called on Prime Minister Sheikh Hasina in Dhaka": a visit
		s(parley.Consult, "042", visit, "on", "upon").needs("on", "upon").withMode("visit").withMedium(parley.InPerson).when(calledOnPerson),
		talksSought.needs("for"),
		// "called for an emergency meeting of the Security Council": asked the body to meet
		s(parley.Request, "100", directed, "of").needs("for").takes("meeting", "session", "sitting"),
		// "told Hawk Sawyer, repeatedly calling for an explanation": of the one addressed
		s(parley.Request, "100", directed).needs("for").when(participleAfterComma),
		// "called for the resignation of Prime Minister Ariel Henry",
		// "called for his removal": of the one to go
		s(parley.Request, "100", directed, "of", "for").needs("for").takes(departureNouns...),
		// "called for the release of Protasevich": of whoever holds him
		s(parley.Request, "100", directed, "").needs("for").when(forRelease),
		// "called its ambassador home from Bogotá": recalled, as "brought home"
		s(parley.Sanction, "161", directed, "from", "to", "in").withMode("withdraw").when(broughtHome).takes(append(envoysRecalled, "diplomats")...),
		s(parley.Consult, "041", symmetric, "").withMode("phone").withMedium(parley.Phone).when(phoneCall),
		offerRefused, // "called Washington's proposal unacceptable"
		s(parley.Reject, "120", directed, "").when(calledChargeFalse), // "called the accusations baseless"
		s(parley.Accuse, "111", directed, "").withMode("disapprove").when(calledCensure),
		s(parley.Support, "051", directed, "").when(calledPraise), // "called China a reliable partner"
		// "called for de-escalation": of whoever the clause or the
		// meeting it was said at names
		s(parley.Request, "100", directed, "").needs("for").when(calledForNow),
	}},
	// "telephoned Widodo to plead for clemency", "pleaded with Putin to …"
	{"plead|pleaded|pleads|pleading", []sense{s(parley.Request, "100", directed, "with", "to").when(notPleaInCourt)}},
	{"demand", []sense{talksSought, s(parley.Request, "100", directed, "", "that", "of", "from")}}, // ("demanding direct talks with Moscow": of the one to talk with)
	// "instructed the foreign minister to travel to Washington", "directed
	// the army to withdraw": an order, as "ordered … to"
	{"instruct", []sense{envoyOrderedHome, s(parley.Request, "100", directed, "").when(orderedActorTo)}},
	{"direct", []sense{s(parley.Request, "100", directed, "").when(orderedActorTo)}},
	{"ask", []sense{talksSought.needs("for"),
		// "asked the representative of the US intelligence services to
		// leave Germany": an expulsion put politely
		s(parley.Sanction, "166", directed, "", "from").withMode("expel").takes(expelledPeople...).when(toLeave),
		// "Djibouti asked in a letter for an urgent meeting of the Council": of the body to meet
		s(parley.Request, "100", directed, "of").needs("for").takes("meeting", "session", "sitting"),
		// "asked for Australia's help": of the one whose help it is
		s(parley.Request, "100", directed, "for").needs("for").when(helpAskedOf),
		s(parley.Request, "100", directed, "").when(askedToAct),
		// "asked that Ethiopia pull back its forces": the one the that-clause opens with
		s(parley.Request, "100", directed, "that").when(askedThat)}},
	{"approve", []sense{
		// "approved the possible sale to Taiwan of missile systems"
		s(parley.Aid, "070", directed, "to", "for").takes(append(aidNouns, "sale", "sales")...),
		s(parley.Cooperate, "063", directed, "from", "by").withMode("").takes("request", "extradition", "application"),
		// "Turkey approved Finland's bid to join NATO": a move in its favour.
		s(parley.Support, "051", directed, "").takes("bid", "membership", "accession", "candidacy"),
		// "Israel's cabinet approved the ceasefire deal with Hezbollah": a
		// pact accepted, as ratified (not "a resolution", "a plan")
		s(parley.Agree, "057", directed, "with").takes("agreement", "agreements", "deal", "deals", "treaty", "treaties", "pact", "accord", "accords",
			"memorandum", "protocol", "ceasefire", "truce", "contract"),
	}},
	{"balk", []sense{s(parley.Reject, "120", directed, "at", "on")}},
	{"appeal", []sense{s(parley.Request, "100", directed, "to")}},
	{"press", []sense{talksSought.needs("for"), s(parley.Request, "100", directed, "").when(pressVerb)}},
	{"request", []sense{talksSought, s(parley.Request, "100", directed, "", "from", "of"),
		s(parley.Request, "100", directed, "that").when(askedThat)}}, // "requested that Ethiopia halt …"
	// "Ukraine applied to join the EU", "applied for NATO membership":
	// a request to the body joined
	{"apply", []sense{s(parley.Request, "100", directed, "for", "to").reaching().when(appliedToJoin),
		// "has applied 25 per cent tariffs to imports of Canadian steel"
		s(parley.Sanction, "163", directed, "to", "on", "against").takes("sanctions", "tariffs", "tariff", "duties", "levies", "surcharges", "surcharge")}},
	// "submitted their applications for NATO membership", "lodged a bid to join the EU"
	{"submit", application}, {"lodge", application}, {"file", application},
	{"implore", []sense{s(parley.Request, "100", directed, "")}},
	{"beg", []sense{s(parley.Request, "100", directed, "")}},
	// "Kenya pleaded with Uganda to reopen the border" (not "pleaded guilty")
	{"plead|pleaded|pled|pleading|pleads", []sense{s(parley.Request, "100", directed, "with").needs("with")}},
	// "Ukraine lobbied Germany to send tanks", "pushed Berlin to deliver"
	{"lobby|lobbied", []sense{s(parley.Request, "100", directed, "").when(actorThenTo)}},
	{"push", []sense{s(parley.Request, "100", directed, "").when(actorThenTo)}},
	{"petition", []sense{s(parley.Request, "100", directed, "").when(actorObject)}},
	// ACCUSE
	{"accuse", []sense{s(parley.Accuse, "112", directed, "").withMode("allege")}},
	{"criticise", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"criticize", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"condemn", []sense{s(parley.Accuse, "111", directed, "", "by", "in").withMode("disapprove")}},
	// "reacted angrily to the Dutch decision"
	{"react|reacted|reacts|reacting", []sense{s(parley.Accuse, "111", directed, "to").withMode("disapprove").needs("angrily", "furiously", "sharply", "harshly", "strongly")}},
	// "described the verdict as an attack on Republika Srpska", "branded
	// the vote a sham": a naming that rebukes, as "called" can be
	{"describe", []sense{
		offerRefused,
		workOfAnother,
		s(parley.Reject, "120", directed, "").when(calledChargeFalse),
		s(parley.Accuse, "111", directed, "").withMode("disapprove").when(calledCensure),
		// "described Argentina as a strategic partner": a naming that praises
		s(parley.Support, "051", directed, "").when(calledPraise),
	}},
	// "portrayed the protests as orchestrated by the West"
	{"portray|portrayed|portrays|portraying", []sense{workOfAnother}},
	// "termed China's objection unwarranted", "dubbed the vote a farce": a
	// naming, as "described" is
	{"term|termed|terming|dub|dubbed|dubs|dubbing", []sense{
		offerRefused,
		s(parley.Reject, "120", directed, "").when(calledChargeFalse),
		s(parley.Accuse, "111", directed, "").withMode("disapprove").when(calledCensure),
		s(parley.Support, "051", directed, "").when(calledPraise),
	}},
	// "labelled the allegations lies": a charge refused
	{"label|labelled|labeled|labels|labelling|labeling", []sense{s(parley.Reject, "120", directed, "").when(calledChargeFalse)}},
	// "deemed the EU's offer unacceptable", "considers the plan a non-starter"
	{"deem", []sense{offerRefused}},
	// "said he regarded Xi as a dictator", "considers the junta a gang of
	// usurpers": a naming, as "described" is
	{"consider", []sense{offerRefused, s(parley.Accuse, "111", directed, "").withMode("disapprove").when(calledCensure)}},
	{"regard|regarded|regards", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove").when(calledCensure)}},
	{"brand", []sense{offerRefused, s(parley.Reject, "120", directed, "").when(calledChargeFalse), s(parley.Accuse, "111", directed, "").withMode("disapprove").when(calledCensure)}},
	{"denounce", []sense{s(parley.Accuse, "111", directed, "", "by", "in").withMode("disapprove")}},
	{"blame", []sense{s(parley.Accuse, "112", directed, "").withMode("allege")}},
	{"slam", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"assure", assurance},
	// "reassured Seoul of America's commitment", "reassured Kyiv that aid would continue"
	{"reassure", assurance},
	// "Washington pointed the finger at Moscow": blame laid
	{"point", []sense{s(parley.Accuse, "112", directed, "at").withMode("allege").needs("finger", "fingers")}},
	// "questioned Hungary's commitment to the rule of law": doubt cast on
	// the actor, not an interrogation ("police questioned two men")
	{"question", []sense{s(parley.Accuse, "111", directed, "", "of").withMode("disapprove").when(standingQuestioned)}},
	// "Kenya rapped Uganda over the border dispute"
	{"rap", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove").when(actorObject)}},
	{"mock", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove").when(actorOrDeedObject)}},
	{"ridicule", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove").when(actorOrDeedObject)}},
	{"deride", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove").when(actorOrDeedObject)}},
	{"lambast", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"rebuke", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"censure", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"decry", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"chastise", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"lash", []sense{s(parley.Accuse, "111", directed, "at").withMode("disapprove").needs("out")}},
	// "Duterte blasted the United Nations", "railed against the EU", "took
	// aim at China", "hit back at", "rounded on", "mocked"
	{"rail", []sense{s(parley.Accuse, "111", directed, "against", "at").withMode("disapprove").needs("against", "at")}},
	{"take|took|taken|taking|takes", []sense{
		// "took reciprocal steps against India"
		stepsAgainst,
		// "took a swipe at Islamabad", "took potshots at Brussels"
		s(parley.Accuse, "111", directed, "at").withMode("disapprove").needs(aimWords...).when(aimAt),
		// "Chile took Bolivia to court", "took Myanmar to the ICJ": a suit.
		s(parley.Accuse, "115", directed, "").withMode("allege").when(toCourt),
		// "Seoul took Tokyo to task over the textbook": a rebuke
		s(parley.Accuse, "111", directed, "").withMode("disapprove").when(toTask),
		// "police took Kem Sokha into custody": an arrest; "rebels took
		// the ambassador hostage": an abduction
		s(parley.Coerce, "173", directed, "").withMode("arrest").when(takenIntoCustody),
		s(parley.Assault, "181", directed, "").withMode("abduct").when(takenHostage),
		// "Some 16,000 American and Filipino troops took part in the annual Balikatan exercises"
		s(parley.Cooperate, "062", symmetric, "with").needs("part").takes(exerciseNouns...).withMode(""),
		// "we will take our revenge on the Zionist regime": a blow vowed
		s(parley.Threaten, "130", directed, "on", "against").takes("revenge", "vengeance").when(vowedAhead),
		// "China will take resolute and forceful measures", "is ready to
		// take countermeasures against Lithuania"
		s(parley.Threaten, "130", directed, "on", "against").takes("measures", "countermeasures", "counter-measures", "steps").when(measuresVowed),
	}},
	// "Uganda dragged Kenya to the East African Court of Justice",
	// "hauled Nicaragua before the court": a suit, as "took … to court"
	{"drag|dragged|dragging|drags", []sense{s(parley.Accuse, "115", directed, "").withMode("allege").when(toCourt)}},
	{"haul", []sense{s(parley.Accuse, "115", directed, "").withMode("allege").when(toCourt)}},
	// "the senator tore into Beijing over the balloon"
	{"tear|tore|torn", []sense{s(parley.Accuse, "111", directed, "into").withMode("disapprove").needs("into").when(toreInto)}},
	{"round|rounded", []sense{s(parley.Accuse, "111", directed, "on").withMode("disapprove").needs("on").when(roundedOn)}},
	{"berate", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"upbraid", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"excoriate", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"reprimand", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove").when(actorObject)}},
	{"hit", []sense{s(parley.Accuse, "111", directed, "at").withMode("disapprove").needs("out", "back")}},
	{"investigate", []sense{s(parley.Accuse, "090", directed, "").withMode("investigate")}},
	// "was awaiting clarification from Burkina Faso's leader": an answer asked for
	{"await|awaited|awaiting|awaits", []sense{s(parley.Request, "100", directed, "from").takes("clarification", "clarifications", "explanation", "explanations", "answer", "answers", "reply", "response", "apology", "assurances", "guarantees")}},
	{"seek|sought", []sense{talksSought, s(parley.Request, "100", directed, "from", "of").takes("extradition", "help", "assistance", "support", "release", "clarification", "explanation", "guarantees", "compensation", "talks", "apology")}},
	{"want", []sense{s(parley.Request, "100", directed, "").when(wantsToAct),
		// "Baghdad wanted an official apology from Turkey": a thing asked of
		// the one "from" names
		s(parley.Request, "100", directed, "from").takes("apology", "apologies", "explanation", "explanations", "compensation",
			"guarantees", "assurances", "clarification", "extradition")}},
	{"summon", []sense{
		s(parley.Accuse, "114", directed, "").withMode("allege").takes(envoyNouns...),
		s(parley.Accuse, "114", directed, "").withMode("allege").when(func(d *doc, k int) bool { return actorObject(d, k) && !domesticSummons(d, k) }),
		// "King Bhumibol summoned Prime Minister Suchinda": one's own
		// officials called in, a meeting in the summoner's presence
		s(parley.Consult, "043", host, "").withMode("visit").withMedium(parley.InPerson).when(domesticSummons),
		// "Russia's ambassador was summoned to the State Department"
		s(parley.Accuse, "114", directed, "").withMode("allege").when(envoySummoned),
		// "summoned a senior official of the Chinese embassy"
		s(parley.Accuse, "114", directed, "").withMode("allege").takes("official", "officials", "representative", "representatives",
			"attaché", "attache", "consul", "diplomats", "counsellor", "counselor", "minister-counsellor").when(ofForeignMission),
	}},
	// REJECT
	{"reject", []sense{
		// "Ethiopia rejects any role for the Security Council": the body
		// whose part is refused
		s(parley.Reject, "120", directed, "for", "of").takes("role", "involvement", "mediation", "participation").when(notNoun),
		s(parley.Reject, "120", directed, ""),
	}},
	// "Beijing is balking at committing to a specific amount": a refusal
	// aimed at whoever asked, told before or the article's other side
	{"balk|balked", []sense{s(parley.Reject, "120", directed, "at", "on").withMode("").when(notNoun)}},
	{"rebuff", []sense{s(parley.Reject, "120", directed, "")}},
	// "dismissed France and Germany as 'old Europe'": the actors belittled
	{"dismiss", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove").when(dismissedActorAs), workOfAnother, s(parley.Reject, "120", directed, "")}},
	{"veto|vetoed|vetoes|vetoing", []sense{s(parley.Reject, "129", directed, "", "in", "at")}},
	{"spurn", []sense{s(parley.Reject, "120", directed, "")}},
	// "Pyongyang snubbed Seoul's offer of aid", "brushed aside
	// Washington's demand", "shrugged off calls from the UN"
	{"snub", []sense{s(parley.Reject, "120", directed, "").when(notNoun)}},
	{"shun", []sense{s(parley.Reject, "120", directed, "").when(notNoun)}},
	{"brush|brushed", []sense{s(parley.Reject, "120", directed, "").needs("aside", "off")}},
	{"shrug|shrugged", []sense{s(parley.Reject, "120", directed, "").needs("off", "aside")}},
	// "scoffed at Guyana's appeal", "poured cold water on Seoul's offer":
	// an offer or a claim waved away
	{"scoff|scoffed|scoffs|scoffing", []sense{s(parley.Reject, "120", directed, "at").needs("at")}},
	{"pour|poured|pours|pouring", []sense{s(parley.Reject, "120", directed, "on").needs("cold")}},
	{"oppose", []sense{
		// "China firmly opposes any official exchanges between Taiwan and
		// Somaliland": ties of others, disapproved
		s(parley.Accuse, "111", directed, "between").withMode("disapprove").takes("exchanges", "contacts", "contact", "interaction", "interactions", "ties", "relations", "engagement", "dealings"),
		s(parley.Reject, "120", directed, "").when(actorOrDeedNext),
		// "France opposed the opening of negotiations with North Macedonia":
		// the state the talks were to be with
		s(parley.Reject, "120", directed, "with").takes("negotiations", "talks", "accession").when(notNoun)}},
	// "overrode the president's veto"
	{"override|overrode|overridden|overriding", []sense{s(parley.Reject, "120", directed, "").takes("veto")}},
	{"refuse", []sense{s(parley.Reject, "120", directed, "").reaching().when(notRefusedReaction)}},
	// "decided not to extradite Pinochet to Spain": a refusal of the
	// state that asked
	{"decide|decided|decides|deciding|chose|opted", []sense{s(parley.Reject, "120", directed, "to").when(decidedNotToHandOver)}},
	// THREATEN
	{"threaten", []sense{
		// "threatened military intervention in Niger", "threatened retaliation against Finland"
		s(parley.Threaten, "138", directed, "against", "in", "on").takes("intervention", "retaliation", "action", "force", "strikes", "reprisals", "war", "consequences").when(notOwnedForces),
		// "threatened another incursion into Syria", "a blockade of Moldova"
		s(parley.Threaten, "138", directed, "against", "in", "on", "into", "of").takes("incursion", "incursions", "blockade", "offensive", "invasion",
			"attack", "attacks", "operation", "expulsion", "expulsions"),
		// "threatening emergency tariffs of 25 percent on all Colombian imports"
		s(parley.Threaten, "130", directed, "on", "against").withMode("sanction").takes("tariffs", "tariff", "sanctions", "duties", "penalties", "embargo", "countermeasures", "measures"),
		s(parley.Threaten, "130", directed, "").reaching(),
	}},
	{"warn", []sense{s(parley.Threaten, "130", directed, "").reaching().when(notAWarningOfFact)}},
	// "reserved the right to take countermeasures against Lithuania",
	// "reserves the right to respond": a blow held in store
	{"reserve|reserved|reserves|reserving", []sense{s(parley.Threaten, "130", directed, "against", "on").needs("right").reaching()}},
	{"respond", responses}, {"retaliate", append(responses, forcesStruckBack)},
	// "security forces responded with tear gas": force on the crowd told of
	{"respond|responded|responding|responds|react|reacted|reacting|reacts", []sense{s(parley.Assault, "175", directed, "").when(answeredWithCrowdWeapons)}},
	{"declare", []sense{
		// "the junta declared a ceasefire in its war against the rebels":
		// one side holding fire of its own accord yields; a truce both
		// hold ("a ceasefire between A and B took effect") is RETREAT.
		s(parley.Concede, "0871", directed, "with", "in", "against").withMode("ceasefire").takes("ceasefire", "truce", "cease-fire"),
		// "declared a 30-day state of emergency": on the crowds protesting
		s(parley.Coerce, "1724", directed, "on", "against", "in").withMode("martial-law").takes("emergency", "law", "curfew").when(emergencyRule),
		// "declared Mexico's ambassador persona non grata"
		s(parley.Sanction, "166", directed, "").withMode("expel").when(personaNonGrata),
		// "declared its support for Kyiv", as "voiced" or "expressed"
		s(parley.Support, "051", directed, "for", "to", "with").takes(goodwill...),
	}},
	{"ship", []sense{s(parley.Aid, "072", directed, "to").takes(aidNouns...)}},
	// PROTEST
	{"protest", []sense{
		// "Vietnam protested to China over the survey ship": a state's
		// complaint to another, not a demonstration
		s(parley.Accuse, "114", directed, "to").withMode("disapprove").needs("to").when(protestedTo),
		s(parley.Accuse, "111", directed, "", "against").withMode("disapprove").when(stateProtestedAct),
		s(parley.Accuse, "111", directed, "after", "following").withMode("disapprove").when(stateProtestedAfter),
		s(parley.Protest, "140", directed, "against", "outside").when(notSummonsPurpose),
	}},
	// "Nigerian teachers went on strike against the federal government"
	{"go|went|gone|going|goes", []sense{s(parley.Protest, "143", directed, "against", "over", "outside").withMode("boycott").needs("strike", "strikes").when(onStrike)}},
	{"demonstrate", []sense{s(parley.Protest, "141", directed, "against", "outside").withMode("demo")}},
	{"boycott", []sense{s(parley.Protest, "143", directed, "").withMode("boycott")}},
	// SANCTION
	{"sanction", []sense{s(parley.Sanction, "163", directed, "")}},
	// "The court fined Poland 500,000 euros a day": a penalty in money
	// (the bare form "fine" is mostly the adjective)
	{"fined|fining", []sense{s(parley.Sanction, "163", directed, "")}},
	// "Tokyo tightened controls on exports of three chemicals to South
	// Korea", "toughened sanctions on Iran": a penalty made harsher
	{"tighten", []sense{penaltyHarsher}},
	{"toughen", []sense{penaltyHarsher}},
	{"introduce", []sense{visaRequired, importBan}},
	{"reintroduce", []sense{visaRequired}},
	{"require", []sense{visaRequired}},
	{"reimpose", []sense{s(parley.Sanction, "163", directed, onPreps...).takes(penalties...), visaRequired}},
	{"impose", []sense{s(parley.Sanction, "163", directed, onPreps...).takes(penalties...), visaRequired, importBan,
		s(parley.Coerce, "1724", directed, "on", "against", "in").withMode("martial-law").takes("emergency", "law", "curfew").when(emergencyRule)}},
	// "PASTEF was dissolved by the government": a party banned
	{"dissolve", []sense{s(parley.Coerce, "1722", directed, "").withMode("ban").when(partyObject),
		// "suspended the constitution and dissolved Congress and the
		// Supreme Court": a legislature or a court shut outside the law
		s(parley.Coerce, "172", directed, "").when(chamberShut)}},
	{"slap", []sense{s(parley.Sanction, "163", directed, onPreps...).takes(penalties...)}},
	// "will levy a 25% surtax on steel from China"
	{"levy|levied|levies|levying", []sense{s(parley.Sanction, "163", directed, onPreps...).takes(append(penalties, "surcharge", "surcharges")...)}},
	{"expel", []sense{s(parley.Sanction, "166", directed, "from", "").withMode("expel").takes("diplomats", "diplomat", "ambassador",
		"ambassadors", "envoy", "envoys", "staff", "embassy", "official", "officials", "officer", "officers", "attaché", "attache",
		"attachés", "attaches", "consul", "chargé", "charge", "personnel", "advisers", "advisors", "adviser", "advisor", "commissioner", "minister",
		// "expelled the UN human rights office", "expelled EU election observers"
		"office", "offices", "representative", "representatives", "observers", "monitors"),
		// "Mali expelled French troops": another state's forces made to leave
		s(parley.Sanction, "166", directed, "from", "").withMode("expel").takes(expelledForces...).when(notBattle),
		// "expelled thousands of Afghan refugees": people of another state
		// put out of the country
		s(parley.Coerce, "174", directed, "from", "").withMode("deport").takes(deportedPeople...),
		s(parley.Coerce, "174", directed, "from", "").withMode("deport").when(peopleByDemonym)}},
	{"blacklist", []sense{s(parley.Sanction, "163", directed, "")}},
	// "added Huawei to its trade blacklist", "Zarif would be added to the
	// sanctions list"
	// "designated the Houthis as a terrorist organisation", "listed the
	// IRGC as a terrorist entity"
	{"designate", []sense{s(parley.Sanction, "163", directed, "").when(namedTerrorist)}},
	// "the prosecutor named Kenyatta as a suspect", "identified the
	// general as the mastermind": a charge of crime
	{"name|named|naming|names", []sense{s(parley.Accuse, "112", directed, "").when(namedSuspect)}},
	{"identify", []sense{s(parley.Accuse, "112", directed, "").when(namedSuspect)}},
	{"redesignate", []sense{s(parley.Sanction, "163", directed, "").when(namedTerrorist)}},
	{"list", []sense{s(parley.Sanction, "163", directed, "").when(namedTerrorist)}},
	{"add|added", []sense{s(parley.Sanction, "163", directed, "").takes("blacklist", "list", "watchlist").when(addedToSanctionsList)}},
	// "returned Cuba to the list of state sponsors of terrorism", "put
	// two generals on its sanctions list"
	{"return", []sense{listedAgain}},
	{"put|putting|puts", []sense{listedAgain,
		// "put his signature to the document alongside Museveni": signed
		s(parley.Agree, "057", symmetric, "with", "between", "alongside").takes("signature", "signatures"),
		// "put the deployment of police officers to Haiti on hold", "put
		// talks with Seoul on ice": a suspension
		s(parley.Sanction, "164", directed, "with", "to", "for", "from", "of", "").withMode("withdraw").
			takes("talks", "aid", "assistance", "funding", "loans", "negotiations", "cooperation", "deployment", "relations", "ties", "dialogue", "deliveries", "shipments").when(func(d *doc, k int) bool { return putOnHold(d, k) && notTroopsDeployment(d, k) })}},
	{"place", []sense{listedAgain}},
	{"include", []sense{listedAgain}},
	{"rule", []sense{
		// "refused to rule out military action against Iran", "did not
		// rule out sanctions on China": force held open is a threat
		s(parley.Threaten, "138", directed, "against", "on", "in", "into").needs("out").takes(forceHeldOpen...).when(ruleOutWithheld),
		s(parley.Reject, "120", directed, "to", "with", "for", "of").needs("out").when(notRuleOutWithheld),
		// "the court ruled the mask ban unconstitutional", "was ruled
		// illegal by the court": a court finding against the government
		s(parley.Sanction, "173", directed, "").withMode("convict").when(ruledUnlawful),
	}},
	{"declare", []sense{s(parley.Sanction, "173", directed, "").withMode("convict").when(ruledUnlawful)}},
	{"place", []sense{s(parley.Sanction, "163", directed, onPreps...).takes(penalties...)}},
	{"announce", []sense{
		s(parley.Sanction, "163", directed, onPreps...).takes(penalties...).when(announcedPenalty),
		// "Pakistan announced identical steps against India"
		stepsAgainst,
		resignationHanded,
		// "announced $500 million in aid to Ukraine" (not "announced that
		// it was cutting assistance to El Salvador")
		moneyPromised,
		s(parley.Aid, "070", directed, "to", "for").takes(aidNouns...).when(func(d *doc, k int) bool { return aidNotWithdrawn(d, k) && !moneyOnly(d, k) }),
		// "Petro announced a six-month ceasefire with the ELN": one side
		// declaring a truce yields (two announcing one agree, below)
		s(parley.Concede, "0871", directed, "with", "in", "against").withMode("ceasefire").takes("ceasefire", "truce", "cease-fire").when(oneSideAnnounces),
		s(parley.Agree, "030", symmetric, "with").takes("dialogue", "agreement", "deal", "ceasefire", "truce", "partnership", "plan", "framework", "initiative"),
	}},
	{"ban", []sense{exitBarred, s(parley.Sanction, "172", directed, "", "of", "from", "on", "to").when(notNoun)}},
	{"blacklist", []sense{s(parley.Sanction, "163", directed, "")}},
	{"order", []sense{
		envoyOrderedHome,
		s(parley.Sanction, "166", directed, "", "from").withMode("expel").takes(expelledPeople...).when(toLeave),
		// "Germany ordered out 40 Russian diplomats"
		s(parley.Sanction, "166", directed, "", "from").withMode("expel").needs("out").takes(expelledPeople...),
		// "France ordered 12 Algerian consular and diplomatic officials out
		// of the country": "out" after a long object
		s(parley.Sanction, "166", directed, "", "from").withMode("expel").takes(expelledPeople...).when(peopleOrderedOut),
		// "Niger ordered French troops to leave"
		s(parley.Sanction, "166", directed, "").withMode("expel").when(troopsToLeave),
		// "ordered the Prime Minister and his ministers out of the chamber
		// at gunpoint": put out by force
		s(parley.Coerce, "174", directed, "").withMode("expel").when(orderedOutOf),
		// "ordered undocumented Afghan migrants to leave the country"
		s(parley.Coerce, "174", directed, "").withMode("deport").takes(deportedPeople...).when(toLeave),
		s(parley.Coerce, "174", directed, "").withMode("deport").when(demonymToLeave),
		// "the Pentagon ordered 3,000 paratroopers to Kuwait": troops sent
		s(parley.Mobilize, "154", directed, "to", "into", "toward", "towards", "near").withMode("troops").takes(forces...).when(sentForces),
		// "ordered Pakistan to cut the staff of its High Commission by
		// half": a mission cut down, as envoys expelled are
		s(parley.Sanction, "161", directed, "").withMode("expel").when(missionCutOrdered),
		// "The court ordered Israel to take all measures": a demand
		// with force behind it.
		s(parley.Request, "100", directed, "").when(orderedActorTo),
		// "ordered Castillo held in detention", "ordered the arrest of
		// Khan": the order's act done to the one named
		s(parley.Coerce, "173", directed, "", "of").withMode("arrest").when(orderedDone(detainedWords)),
		// "ordered the release of Khaleda Zia", "ordered them freed"
		s(parley.Retreat, "0841", directed, "", "of").withMode("release").when(orderedDone(releasedWords)),
		// "ordered the RSF dissolved"
		s(parley.Coerce, "1722", directed, "", "of").withMode("ban").when(orderedDone(dissolvedWords)),
	}},
	// "barred Belarusian airlines from its airspace": the object comes before "from"
	{"bar", []sense{exitBarred, s(parley.Sanction, "172", directed, "").when(barredFrom)}},
	// "agreed to exclude Min Aung Hlaing from the summit": kept out of a
	// body's meetings, a penalty on him
	{"exclude", []sense{s(parley.Sanction, "172", directed, "").when(excludedFrom)}},
	{"prevent|prevented|preventing|prevents", []sense{exitBarred}},
	{"stop", []sense{exitBarred}},
	{"recall", []sense{s(parley.Sanction, "161", directed, "from", "to", "in").withMode("withdraw").takes(append(envoysRecalled, "diplomats")...),
		// "Hours later Rabat recalled Benyaich for consultations": its envoy named
		s(parley.Sanction, "161", directed, "from", "to", "in").withMode("withdraw").when(namedEnvoyNext)}},
	// "France will bring its ambassador home from Niger and withdraw its troops"
	{"bring|brought", []sense{
		s(parley.Sanction, "161", directed, "from", "to", "in").withMode("withdraw").when(broughtHome).takes(append(envoysRecalled, "diplomats")...),
		// "the round table brought together Kuchma, Yushchenko and
		// Yanukovych", "Ban brought the two presidents together": those
		// brought met each other, and the one who brought them met each
		s(parley.Consult, "040", symmetric, "").when(broughtTogether),
		s(parley.Retreat, "0872", directed, "from").withMode("withdraw").when(broughtHome).takes("troops", "soldiers", "forces", "contingent"),
	}},
	// "Stoltenberg said he counted on Hungary to complete its ratification"
	{"count", []sense{s(parley.Request, "100", directed, "on").needs("on")}},
	{"freeze|froze|frozen", []sense{s(parley.Sanction, "163", directed, "of", "").takes("assets", "funds", "accounts"),
		// "froze official bilateral business with Tehran": dealings broken off
		s(parley.Sanction, "161", directed, "with", "").withMode("withdraw").takes("talks", "relations", "ties", "business", "dealings", "dialogue", "exchanges"),
		// "Armenia froze its participation in the CSTO"
		s(parley.Sanction, "161", directed, "in", "with").withMode("withdraw").takes("participation", "membership", "cooperation", "contacts"),
		// "the EU froze €30 million in military assistance to Georgia"
		s(parley.Sanction, "162", directed, "to", "for").withMode("withdraw").takes("aid", "assistance", "funding", "loans", "disbursements", "payments", "support")}},
	{"suspend", []sense{
		// "the government suspended the Norwegian Refugee Council": a
		// body barred from its work at home
		s(parley.Coerce, "172", directed, "").withMode("restrict").when(suspendedBody),
		labourHalted, // "suspended the dispatch of its workers to Malaysia"
		jointDrillsHalted,
		// "suspended sanctions on Syria": easing, as lifting them is
		s(parley.Concede, "081", directed, "on", "against", "to").takes("sanctions", "restrictions", "tariff", "tariffs", "surcharge", "surcharges", "duties", "quotas", "curbs", "ban", "embargo", "increase", "hike"),
		s(parley.Sanction, "164", directed, "with", "to", "for", "from", "in", "of", "between", "").withMode("withdraw").takes("talks", "relations", "ties", "aid", "assistance", "funding", "loans", "negotiations", "cooperation", "membership", "exports", "sales", "sale", "supply", "shipments", "shipment", "deliveries", "delivery", "transfers", "transfer", "supplies", "flows", "imports", "flights", "trade", "purchases", "treaty", "pact", "agreement", "accord", "visa", "visas", "participation", "exchanges",
			"support", "partnership", "dialogue", "contacts", "visa-free", "traffic", "links", "connections", "deployment", "services",
			"rights", "credit", "credits", "guarantees", "guarantee", "obligations", "commitments", "ceasefire", "cease-fire", "truce").when(notTroopsDeployment), // "suspended its support to Mozambique", "suspended its strategic partnership with Georgia", "suspended the deployment of police officers to Haiti", "suspended the landing rights of the Polish state airline"
		// "Kataib Hezbollah suspended attacks on US forces": a pause one
		// side grants, as a declared ceasefire
		s(parley.Concede, "0871", directed, "on", "against").withMode("ceasefire").takes("attacks", "strikes", "operations", "offensive", "hostilities", "raids"),
		// "The African Union suspended Niger": from its bodies
		s(parley.Sanction, "164", directed, "").withMode("withdraw").when(suspendedMember),
	}},
	{"remove|removed|removing|removes|waive|waived|waiving|waives|relax|relaxed|relaxing|relaxes|loosen|loosened|loosening|loosens", []sense{
		s(parley.Concede, "081", directed, "on", "against", "to").takes("sanctions", "restrictions", "tariffs", "surcharge", "surcharges", "curbs", "ban", "embargo"),
	}},
	// "Kazakhstan removed the Taliban from its list of banned
	// organisations": a penalty lifted from the one listed
	{"remove|removed|removing|removes|delist|delisted|delisting|delists", []sense{s(parley.Concede, "081", directed, "").when(offList)}},
	{"pause", []sense{s(parley.Sanction, "162", directed, "with", "to", "for", "from", "").withMode("discontinue").when(active).takes("talks", "aid", "assistance", "funding", "loans", "negotiations", "cooperation", "exports", "sales", "shipments", "shipment", "deliveries", "delivery", "transfers", "transfer", "imports")}},
	// MOBILIZE
	{"deploy", []sense{
		// "Kenya will deploy 1,000 police officers to Haiti": a mission's
		// help, not a build-up against the country
		missionSent,
		forcesToHelp, // "deployed 1,000 soldiers to Cabo Delgado to fight the insurgents"
		s(parley.Mobilize, "154", directed, "to", "near", "against", "off", "toward", "towards", "along", "into", "around").withMode("troops").takes(armour...),
		borderPolice,
		forcesAdvance,
	}},
	// "North Korea tested a new solid-fuel missile", "test-fired two
	// cruise missiles": a show of force
	{"test", []sense{s(parley.Mobilize, "150", directed, "near", "off", "over", "toward", "towards").withMode("weapons").takes(weaponTests...).when(weaponTested)}},
	{"test-fire|test-fired|test-fires|test-firing", []sense{s(parley.Mobilize, "150", directed, "near", "off", "over", "toward", "towards").withMode("weapons").takes(weaponTests...).when(weaponTested)}},
	{"mobilise", []sense{s(parley.Mobilize, "154", directed, "against").withMode("troops")}},
	// "reinforced its military presence in Idlib with additional troops"
	{"reinforce", []sense{s(parley.Mobilize, "154", directed, "in", "along", "near", "on").withMode("troops").takes(append(forces, "presence", "positions", "garrison", "garrisons", "border", "deployment")...)}},
	// "boosted its military presence near Taiwan", "stepped up naval
	// patrols off the islands", "beefed up troops along the frontier":
	// force built up where it faces another
	{"boost", []sense{presenceBoosted}}, {"bolster", []sense{presenceBoosted}}, {"increase", []sense{presenceBoosted}},
	{"strengthen", []sense{presenceBoosted}}, {"expand", []sense{presenceBoosted}}, {"double", []sense{presenceBoosted}},
	{"triple", []sense{presenceBoosted}},
	{"beef|beefed|beefing|beefs|step|stepped|stepping|steps|ramp|ramped|ramping|ramps|build|built|building|builds", []sense{presenceBoosted.needs("up")}},
	// "put its forces on high alert": a raised alert, aimed at whoever
	// the story is about
	// "Japan scrambled fighter jets after Chinese bombers flew near
	// Okinawa": aircraft sent up to meet another side's
	{"scramble|scrambled|scrambling|scrambles", []sense{s(parley.Mobilize, "152", directed, "against", "near", "toward", "towards").withMode("alert").takes("jets", "fighters", "aircraft", "planes", "warplanes", "interceptors")}},
	{"put|putting|puts", []sense{s(parley.Mobilize, "152", directed, "against", "near", "along").withMode("alert").takes("alert").when(onAlert)}},
	{"place", []sense{s(parley.Mobilize, "152", directed, "against", "near", "along").withMode("alert").takes("alert").when(onAlert)}},
	// "raised the combat readiness of its army near Kosovo"
	{"raise", []sense{s(parley.Mobilize, "152", directed, "against", "near", "along").withMode("alert").takes("readiness")}},
	// "moved 70,000 troops towards the border with Ukraine", "keeps
	// 100,000 troops near Ukraine's borders", "stationed forces along"
	{"move|moved|moving|moves", []sense{
		// "moving some of its soldiers out of Iraq to Jordan": a withdrawal from Iraq
		s(parley.Retreat, "0872", directed, "of").withMode("withdraw").takes(forces...).when(outOf),
		s(parley.Mobilize, "154", directed, "towards", "toward", "to", "near", "along", "into").withMode("troops").takes(armour...),
		forcesAdvance,
	}},
	{"keep|kept|keeping|keeps", []sense{s(parley.Mobilize, "154", directed, "near", "along", "on", "around").withMode("troops").takes(armour...).when(keptForces)}},
	// "Chinese warships sailed near the Philippine-held shoal", "Russian
	// columns advanced towards Kharkiv": forces moving on their own
	{"sail|sailed|sailing|sails|advance|advanced|advancing|advances|roll|rolled|rolling|rolls", []sense{forcesAdvance}},
	{"station", []sense{s(parley.Mobilize, "154", directed, "near", "along", "on", "in").withMode("troops").takes(armour...)}},
	{"mobilize", []sense{s(parley.Mobilize, "154", directed, "against").withMode("troops")}},
	// "Russia called up 300,000 reservists", "summoned conscripts to their
	// units": reserves raised, aimed at whom the story is about
	{"call", []sense{reservesRaised.needs("up")}},
	{"summon", []sense{reservesRaised}},
	{"draft|drafted|drafting|drafts", []sense{reservesRaised}},
	// COERCE
	// "confiscated a Greek oil tanker", "impounded a British-flagged tanker"
	{"confiscate", []sense{s(parley.Coerce, "171", directed, "").withMode("seize")}},
	{"impound", []sense{s(parley.Coerce, "171", directed, "").withMode("seize")}},
	{"seize", []sense{
		s(parley.Coerce, "171", directed, "", "from").withMode("seize"),
		s(parley.Coerce, "171", directed, "").withMode("seize").takes("tanker", "ship", "vessel", "vessels", "ships", "tankers", "assets", "property", "boat", "boats", "aircraft", "plane"),
	}},
	{"arrest", []sense{s(parley.Coerce, "173", directed, "").withMode("arrest").when(notAfterDeterminer)}},
	// "placed President Bongo under house arrest"
	{"place", []sense{s(parley.Coerce, "173", directed, "").withMode("arrest").when(placedUnderArrest)}},
	// A coup: "soldiers ousted President Bazoum", "the army toppled Condé".
	{"oust", []sense{s(parley.Coerce, "170", directed, "").when(doneNotPlotted)}},
	{"depose", []sense{s(parley.Coerce, "170", directed, "").when(doneNotPlotted)}},
	{"topple", []sense{s(parley.Coerce, "170", directed, "").when(doneNotPlotted)}},
	{"overthrow|overthrew|overthrown", []sense{s(parley.Coerce, "170", directed, "").when(doneNotPlotted)}},
	// A leader put out by a phrase: "forced out President Condé", "pushed
	// aside the interim president", "drove Morsi from power".
	{"force", []sense{s(parley.Coerce, "170", directed, "").when(ousted),
		// "Eritrea forced UNMEE to pull its people out": made to act
		s(parley.Coerce, "170", directed, "").when(forcedToAct),
		// "protesters forced their way into the embassy" is a crowd's
		// storming; "police forced their way into the Mexican embassy" a
		// raid on the premises
		s(parley.Protest, "145", directed, "into").withMode("demo").when(func(d *doc, k int) bool {
			return wayInto(d, k) && (crowdOnMission(d, k) || crowdOnSeat(d, k)) && !d.tok(k-1).Is("they", "it")
		}),
		s(parley.Coerce, "171", directed, "into").withMode("seize").when(func(d *doc, k int) bool {
			// (not "they": the crowd or the police they stand for is
			// too often unsure)
			return wayInto(d, k) && byForces(d, k) && premisesRaided(d, k+3) && !d.tok(k-1).Is("they", "it")
		})}},
	{"push", []sense{s(parley.Coerce, "170", directed, "").when(ousted), troopsForcedOut}},
	{"drive|drove|driven", []sense{s(parley.Coerce, "170", directed, "").when(ousted), troopsForcedOut}},
	// "forced French troops out of the country"
	{"force|forced|forcing", []sense{troopsForcedOut}},
	{"remove", []sense{s(parley.Coerce, "170", directed, "").when(ousted),
		// "landed on the islet and removed the Moroccan troops": forced out
		s(parley.Coerce, "174", directed, "from", "").withMode("expel").takes("troops", "soldiers", "forces", "gendarmes", "marines").when(notBattle)}},
	{"blockade", []sense{s(parley.Coerce, "191", directed, "").withMode("restrict")}},
	{"annex", []sense{s(parley.Coerce, "192", directed, "").withMode("seize").when(notAfterDeterminer)}},
	{"occupy", []sense{s(parley.Coerce, "192", directed, "").withMode("seize").when(notAfterDeterminer)}},
	{"deport", []sense{s(parley.Coerce, "174", directed, "").withMode("deport")}},
	// ASSAULT
	{"attack", []sense{
		crowdAtMission, // "groups of protesters attacked the embassies of the United States and Germany"
		// (not "positions" nor "lines": those are a front's)
		s(parley.Accuse, "111", directed, "").withMode("disapprove").takes("policies", "policy", "record", "plans", "plan", "remarks", "comments", "decision", "stance", "views", "proposals", "leadership",
			"approach", "handling", "rhetoric", "statement", "statements", "proposal", "strategy", "conduct", "reforms"),
		// "attacked Berlin's line": a stance (not "Ukrainian lines")
		s(parley.Accuse, "111", directed, "").withMode("disapprove").takes("line").when(stanceLine),
		// "Trump attacked Yovanovitch on Twitter": words, not force
		s(parley.Accuse, "111", directed, "").withMode("disapprove").when(attackedInWords),
		// "attacked positions inside Armenia": the state the target lies in
		s(parley.Assault, "190", directed, "", "in", "inside"),
	}},
	{"invade", []sense{s(parley.Assault, "190", directed, "")}},
	// "police laid siege to the university", "besieged the campus"
	{"lay|laid|laying|lays", []sense{s(parley.Coerce, "192", directed, "to").withMode("restrict").takes("siege")}},
	// "troops surrounded the headquarters of Attorney General Ortega"
	{"surround", []sense{s(parley.Coerce, "192", directed, "").withMode("restrict").when(surroundedBy)}},
	{"besiege", []sense{s(parley.Coerce, "192", directed, "").withMode("restrict")}},
	// "Turkish police sealed off the Dutch embassy in Ankara": forces
	// closing a mission or a building in
	{"seal", []sense{s(parley.Coerce, "192", directed, "").withMode("restrict").needs("off").when(surroundedBy)}},
	{"cordon|cordoned", []sense{s(parley.Coerce, "192", directed, "").withMode("restrict").needs("off").when(surroundedBy)}},
	// "Russian forces laid siege to Mariupol"
	{"lay|laid|laying|lays", []sense{s(parley.Coerce, "192", directed, "to").withMode("restrict").needs("siege")}},
	{"bomb", []sense{s(parley.Assault, "195", directed, "", "in", "inside").withMode("aerial")}},
	{"shell", []sense{s(parley.Assault, "194", directed, "", "in", "inside").withMode("heavy-weapons")}},
	{"strike|struck|stricken", []sense{s(parley.Assault, "190", directed, "", "in", "inside", "against").when(notLabourStrike)}},
	{"ram|rammed|ramming", []sense{s(parley.Assault, "190", directed, "").when(notNoun)}},
	// "Chinese vessels harassed a Philippine ship": coercion short of force
	{"harass", []sense{s(parley.Coerce, "170", directed, "").when(notNoun)}},
	// "Chinese coast guard personnel boarded Philippine navy boats"
	{"board", []sense{s(parley.Coerce, "171", directed, "").withMode("seize").when(boardedAlone)}},
	// "China blocked canola shipments from two Canadian exporters": trade
	// stopped (not "blocked aid shipments to Gaza", which the next sense codes)
	{"block", []sense{s(parley.Sanction, "163", directed, "from", "to", "of", "").takes("imports", "exports", "goods", "products", "purchases", "sales", "shipments").when(tradeBlocked)}},
	// "restricted imports from Colombia", "curbed exports of rare earths
	// to Japan": trade held back from a state
	{"restrict|restricted|restricting|restricts|curb|curbed|curbing|curbs", []sense{s(parley.Sanction, "163", directed, "from", "to", "of", "").takes("imports", "exports", "goods", "products", "purchases", "sales", "shipments").when(tradeBlocked)}},
	// "residents have blocked the highway to Georgia in protest", "Polish
	// farmers blocked border crossings with Ukraine": a crowd obstructing
	// passage protests (CAMEO 144)
	{"block|blocked|blocking|blocks|blockaded|blockading|barricaded", []sense{s(parley.Protest, "144", directed, "against", "to", "with", "in").withMode("obstruct").
		takes("road", "roads", "highway", "highways", "motorway", "motorways", "crossing", "crossings", "bridge", "bridges", "railway", "railways",
			"street", "streets", "checkpoint", "checkpoints", "port", "ports", "access", "entrance", "entrances").when(crowdSubject)}},
	// "blocked a Philippine resupply mission"
	{"block", []sense{s(parley.Coerce, "191", directed, "").withMode("restrict").takes("mission", "convoy", "boat", "boats", "ship", "ships",
		"vessel", "vessels", "resupply", "aid", "trucks", "shipments", "passage", "patrol").when(notNoun)}},
	{"pound", []sense{s(parley.Assault, "194", directed, "", "in").withMode("heavy-weapons").when(notNoun)}},
	{"shoot|shot", []sense{s(parley.Assault, "193", directed, "at", "").withMode("firearms").when(notNoun)}},
	// "Iran downed a US drone", "the downing of a Ukrainian airliner": an
	// aircraft brought down is its state's ("down" alone is no verb here)
	{"down|downed|downing|downs", []sense{s(parley.Assault, "190", directed, "").takes(downedCraft...).when(notBareDown)}},
	// "a Russian submarine sank a Ukrainian warship", "agents sank the
	// Greenpeace flagship": a vessel sunk is an attack on its owner
	{"sink|sank|sunk|sinking|sinks", []sense{s(parley.Assault, "190", directed, "").takes(sunkVessels...).when(notNoun)}},
	// "the U.S. Navy destroyed two Iranian oil platforms", "France
	// destroyed the Ivorian air force": another's military or public
	// property wrecked on purpose (PLOVER's mode "destroy"); the owner
	// named in the object is the target, so "destroyed its chemical
	// weapons" or "destroyed the economy" code nothing
	{"destroy|destroyed|destroying|destroys", []sense{s(parley.Assault, "1712", directed, "").withMode("destroy").takes(destroyedTargets...).when(notNoun)}},
	{"fire", []sense{missileShow, s(parley.Assault, "195", directed, "at", "on", "into", "in", "inside", "toward", "towards").takes("missiles", "missile", "rockets", "rocket", "shells", "drones", "artillery", "shots", "weapons",
		"gas", "teargas", "tear-gas", "rounds", "bullets", "cannon", "grenades", "pellets", "projectiles").when(notIntoSea),
		// "rebels fired on a Russian helicopter", "troops fired at protesters"
		s(parley.Assault, "190", directed, "on", "at", "upon").withMode("firearms").when(firedOn)}},
	// "opened fire on demonstrators"
	{"open", []sense{
		// "is open to working with Somalia": a pledge, as "ready to"
		s(parley.Agree, "030", directed, "with").when(readyToWorkWith),
		// "Taiwan opened a representative office in Hargeisa", "Israel
		// opened an embassy in Abu Dhabi": a mission set up with the host
		s(parley.Support, "050", directed, "in").takes("embassy", "consulate", "consulate-general", "office", "mission").when(openedMission),
		s(parley.Assault, "190", directed, "on", "at").withMode("firearms").takes("fire"),
		// "would reopen its airspace and its land and sea border to Qatar":
		// a restriction eased
		s(parley.Concede, "081", directed, "to", "with").takes("airspace", "border", "borders", "crossing", "crossings").when(openAsVerb),
	}},
	{"reopen", []sense{
		// "the two countries will reopen their embassies", "the presidents
		// reopened two road checkpoints": exchange resumed by both
		s(parley.Cooperate, "060", together).withMode("").takes(reopened...).when(pairActs),
		s(parley.Concede, "081", directed, "to", "with").takes("airspace", "border", "borders", "crossing", "crossings", "embassy")}},
	// "the two countries will resume direct flights"
	{"resume", []sense{s(parley.Cooperate, "060", together).withMode("").takes(append(reopened, "flights", "shipments", "exchanges")...).when(pairActs)}},
	// "used water cannon to disperse the crowd", "police dispersed protesters"
	{"disperse", []sense{s(parley.Assault, "190", directed, "").when(crowdObject),
		// "dispersed two sit-ins by Morsi supporters": those gathered
		s(parley.Assault, "190", directed, "by", "of").takes(crowdGatherings...)}},
	// "used tear gas to push the demonstrators back": as dispersing them
	{"push|pushed|pushing|pushes", []sense{s(parley.Assault, "190", directed, "").needs("back").when(crowdObject)}},
	// "police used tear gas against the protesters"
	{"use|used|using|uses", []sense{s(parley.Assault, "190", directed, "against", "on").takes(crowdWeapons...).when(usedOnCrowd)}},
	// "fired tear gas to break up the protesters": as dispersing them
	{"break|broke|broken|breaking|breaks", []sense{s(parley.Assault, "190", directed, "").needs("up").when(crowdObject),
		s(parley.Assault, "190", directed, "by", "of").needs("up").takes(crowdGatherings...)}},
	// "riot police cleared hundreds of protesters from the square",
	// "evicted the demonstrators": a crowd removed by force
	{"clear|cleared|clearing|clears", []sense{s(parley.Assault, "175", directed, "").when(crowdObject)}},
	{"evict|evicted|evicting|evicts", []sense{s(parley.Assault, "175", directed, "").when(crowdObject)}},
	// "soldiers beat protesters": on people, not a rival team
	{"beat|beaten|beating|beats", []sense{s(parley.Assault, "190", directed, "").when(crowdBeating)}},
	{"launch", []sense{
		missileShow, strikeCalled,
		// "three days before launching its invasion of Ukraine"
		s(parley.Assault, "195", directed, "of").takes("invasion"),
		s(parley.Assault, "195", directed, "on", "against", "at", "into", "in", "inside").takes(strikeNouns...).when(notLabourStrikeLaunched), // ("launched missiles at sites in Pakistan": the state of the place, as "fire")
		exercisesBegun,
	}},
	// "began naval exercises with the French navy", "kicked off drills
	// with Finland": drills held together, from their start
	{"begin|began|begun|beginning|begins", []sense{exercisesBegun, strikeCalled}},
	{"start", []sense{exercisesBegun, strikeCalled}},
	{"kick|kicked", []sense{exercisesBegun.needs("off")}},
	{"kill", []sense{s(parley.Assault, "190", directed, "").when(killedActorOrOwned)}},
	{"clash|clashed", []sense{s(parley.Assault, "190", symmetric, "with").withMode("")}},
	// "Indian and Chinese troops fought with clubs and stones", "government
	// troops fought M23 rebels": force used both ways, as in a clash (not
	// "fought for independence", "fought the election": no side named)
	{"fight|fought", []sense{s(parley.Assault, "190", symmetric, "", "with", "against").withMode("").when(foughtClash)}},
	// "a Saudi-led coalition intervened against the Houthis": force used
	// on the side named (not "intervened in Syria", which may be on the
	// government's side)
	{"intervene", []sense{s(parley.Assault, "190", directed, "against").needs("against")}},
	// "Civil Guard officers raided Catalan government departments": a
	// search of a body's premises, coercion; a raid on territory is force.
	{"raid", []sense{
		s(parley.Coerce, "171", directed, "").withMode("seize").when(premisesRaided),
		s(parley.Assault, "190", directed, "").when(func(d *doc, k int) bool { return notNoun(d, k) && !premisesRaided(d, k) }),
	}},
	{"target", []sense{s(parley.Assault, "190", directed, "").when(struckTarget),
		// "The new sanctions announced by the US Treasury target Iranian
		// oil companies": the penalty's aim
		s(parley.Sanction, "163", directed, "").when(penaltyAims)}},
	{"wound", []sense{s(parley.Assault, "190", directed, "").when(actorObject)}},
	// "troops dislodged the insurgents from Camp Zero", "routed the forces of
	// the royalist party": force that drove a side from its ground
	{"dislodge", []sense{s(parley.Assault, "190", directed, "").when(forceOnActor)}},
	{"rout", []sense{s(parley.Assault, "190", directed, "").when(forceOnActor)}},
	{"bombard", []sense{s(parley.Assault, "194", directed, "", "in").withMode("heavy-weapons").when(notNoun)}},
	// "Russian forces hammered Kharkiv", not "hammered out a deal"
	{"hammer", []sense{
		// "Beshear hammered Bevin on his plan": a rebuke over a matter
		s(parley.Accuse, "111", directed, "").withMode("disapprove").when(hammeredOver),
		s(parley.Assault, "190", directed, "").when(func(d *doc, k int) bool { return forceOnActor(d, k) && !hammeredOver(d, k) })}},
	{"rocket|rocketed|rocketing|rockets", []sense{s(parley.Assault, "195", directed, "").withMode("aerial").when(forceOnActor)}},
	{"storm", []sense{
		crowdAtMission,
		// "protesters stormed parliament": the crowd at the seat of the
		// body it protests against
		s(parley.Protest, "145", directed, "", "of").withMode("demo").when(crowdOnSeat),
		s(parley.Assault, "190", directed, "").when(func(d *doc, k int) bool { return forceOnActor(d, k) && byForces(d, k) })}},
	// "protesters torched the Swedish embassy", "a mob ransacked the
	// consulate", "pelted the embassy with eggs"
	{"torch", []sense{crowdAtMission}},
	// "demonstrators overran parts of parliament"
	{"overrun|overran|overrunning|overruns", []sense{s(parley.Protest, "145", directed, "", "of").withMode("demo").when(crowdOnSeat)}},
	{"ransack", []sense{crowdAtMission}},
	{"pelt", []sense{crowdAtMission}},
	{"ambush", []sense{s(parley.Assault, "190", directed, "").when(forceOnActor)}},
	{"abduct", []sense{s(parley.Assault, "181", directed, "").withMode("abduct").when(forceOnActor)}},
	{"kidnap|kidnapped|kidnapping|kidnaps", []sense{s(parley.Assault, "181", directed, "").withMode("abduct").when(forceOnActor)}},
	// "Houthi fighters hijacked a Japanese-operated cargo ship": CAMEO's
	// "abduct, hijack"
	{"hijack|hijacked|hijacking|hijacks", []sense{
		s(parley.Assault, "181", directed, "").withMode("abduct").takes(append([]string{"plane", "airliner", "aircraft", "flight", "jet"}, sunkVessels...)...).when(notNoun)}},
	{"torpedo|torpedoed|torpedoing|torpedoes", []sense{s(parley.Assault, "190", directed, "").takes(sunkVessels...).when(notNoun)}},
	// "Russian hackers hacked the Ukrainian power grid": PLOVER's mode cyber
	{"hack|hacked|hacking|hacks", []sense{s(parley.Assault, "190", directed, "", "into").withMode("cyber").when(notNoun)}},
	{"assassinate", []sense{s(parley.Assault, "186", directed, "").withMode("assassinate").when(forceOnActor)}},
	{"execute", []sense{s(parley.Assault, "190", directed, "").when(forceOnActor)}},
	// "its military rulers hanged the writer Ken Saro-Wiwa": an execution
	{"hanged|hanging", []sense{s(parley.Assault, "190", directed, "").when(forceOnActor)}},
	// "captured Bakhmut": the place's state; "captured the town from the
	// rebels", "retook the village from Ukrainian troops": the loser's
	{"capture", []sense{takenFrom}},
	{"recapture", []sense{takenFrom}},
	{"retake|retook|retaken|retaking|retakes", []sense{takenFrom}},
	// "overran a Malian army base": taken by fighting, an attack (ASSAULT), not a seizure
	{"overrun|overran|overrunning|overruns", []sense{s(parley.Assault, "190", directed, "").when(byForces)}},
	{"hit|hits|hitting", []sense{
		// "Washington hit Beijing with new export curbs"
		s(parley.Sanction, "163", directed, "").takes(penalties...).when(hitWith),
		// "Ukraine hit Russia's Black Sea Fleet headquarters", "hit targets
		// inside Iran", "drones hit an oil refinery in Russia's Ryazan region"
		s(parley.Assault, "190", directed, "", "inside", "in").when(forceOnActor),
	}},
	// More material conflict and cooperation.
	{"mass", []sense{s(parley.Mobilize, "154", directed, "near", "along", "on", "against").withMode("troops").takes(armour...),
		s(parley.Mobilize, "154", directed, "near", "along", "on", "against").withMode("troops").when(forcesMassed)}},
	// "Russia has concentrated large numbers of troops near its border
	// with Ukraine"
	{"concentrate", []sense{s(parley.Mobilize, "154", directed, "near", "along", "on", "against").withMode("troops").takes(armour...)}},
	{"hold|held", []sense{
		strikeCalled, // "nurses held a one-day strike"
		// "Xi held a welcome ceremony for Putin": the host and the visitor
		s(parley.Consult, "043", host, "for").withMode("visit").withMedium(parley.InPerson).takes(welcomes...),
		s(parley.Mobilize, "150", directed, "near", "around", "off", "against").takes(exerciseNouns...).when(notJoint),
		s(parley.Cooperate, "062", symmetric, "with").takes(exerciseNouns...).withMode(""),
		// "Israel held Hamas responsible for the rocket fire"
		s(parley.Accuse, "112", directed, "").withMode("allege").when(heldResponsible),
		// "Soldiers have held President Bazoum at his residence since
		// July": a detention
		s(parley.Coerce, "173", directed, "").withMode("arrest").when(heldCaptive),
	}},
	{"stage", []sense{
		s(parley.Protest, "141", directed, "against", "outside", "in").withMode("demo").takes("protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "strike", "march", "sit-in"),
		s(parley.Mobilize, "150", directed, "near", "around", "off").takes(exerciseNouns...).when(notJoint),
		s(parley.Cooperate, "062", symmetric, "with").takes(exerciseNouns...).withMode(""),
	}},
	// "conducted joint exercises with", "carried out flight drills with"
	{"conduct", []sense{
		s(parley.Mobilize, "150", directed, "near", "around", "off", "against").takes(exerciseNouns...).when(notJoint),
		// "would conduct flight operations with the GDF", "conducted joint patrols with"
		s(parley.Cooperate, "062", symmetric, "with").takes(append(exerciseNouns, "operations", "patrols")...).withMode(""),
	}},
	{"carry|carried", []sense{
		s(parley.Mobilize, "150", directed, "near", "around", "off", "against").needs("out").takes(exerciseNouns...).when(notJoint),
		s(parley.Cooperate, "062", symmetric, "with").needs("out").takes(exerciseNouns...).withMode(""),
	}},
	// "protesters burned the Swedish flag": a protest against Sweden
	{"burn|burned|burnt|burning|burns", []sense{s(parley.Protest, "141", directed, "").withMode("demo").takes("flag", "flags", "effigy", "effigies")}},
	{"rally", []sense{s(parley.Protest, "141", directed, "against", "outside").withMode("demo").when(intransitive)}},
	// A crowd gathering or pouring into the streets is a demonstration.
	// ("gathered outside the French embassy": against France, the state
	// the embassy stands for; outside anything else the protest is aimed
	// by "against", "chanting against Georgian Dream")
	{"gather|gathered|poured|thronged|massed|flooded", []sense{
		s(parley.Protest, "141", directed, "outside").withMode("demo").when(gatheredAtMission),
		s(parley.Protest, "141", directed, "against").withMode("demo").when(byCrowd)}},
	// "Thousands took to the streets of Tbilisi"
	{"take|took|taking", []sense{s(parley.Protest, "141", directed, "against").withMode("demo").when(toTheStreets)}},
	// "demonstrators chanted against Aguila Saleh", "chanting slogans
	// against the government"
	{"chant|chanted|chanting|chants", []sense{s(parley.Protest, "141", directed, "against").withMode("demo").needs("against")}},
	{"march|marched", []sense{s(parley.Protest, "141", directed, "against", "on", "to").withMode("demo").when(notNoun)}},
	{"pull|pulled", []sense{
		// "pulled its ambassador from Tehran": as recalling him (not
		// diplomats, whom a war may have evacuated)
		s(parley.Sanction, "161", directed, "from", "of").withMode("withdraw").takes(envoysRecalled...),
		s(parley.Retreat, "0872", directed, "from", "of").withMode("withdraw").needs("out", "back").when(notFromGathering),
		// "pulled all its forces from Syria": the forces say what was pulled
		s(parley.Retreat, "0872", directed, "from").withMode("withdraw").takes(append(forces, "ship")...)}},
	{"hand|handed", []sense{invitationSent,
		protestSent,                   // "handed a protest note to the ambassador"
		knowledgePassed.needs("over"), // "handed over evidence to Russian prosecutors"
		// "handed over the drug lord to the US": a suspect to a state's justice (before
		// the captives' reading, which a suspect freed by name would take)
		s(parley.Cooperate, "063", directed, "to").withMode("").needs("over").when(handedForTrial),
		// "handed Naypyitaw a list of refugees for verification", "handed
		// over a list of detainees to the Red Cross"
		peopleListed,
		// "handed over three Israeli hostages to the Red Cross": to Israel, whose they are
		s(parley.Retreat, "0841", directed, "").withMode("release").needs("over").takes(captives...),
		// "handed 330 members of Myanmar's security forces back to Myanmar"
		captivesReturned.needs("back"),
		// "handed over a Dornier maritime surveillance aircraft to the Sri Lanka Navy"
		// "handed over 48 housing units built with Indian assistance in Colombo"
		s(parley.Aid, "070", directed, "to").needs("over").takes(append(aidNouns, append(aircraftNouns, "vessel", "vessels", "ship", "ships", "boats",
			"houses", "housing", "homes", "ambulances", "buses", "school", "schools", "hospital", "clinic")...)...),
		s(parley.Retreat, "0841", directed, "to").withMode("release").needs("over").when(notReinsOrPapers),
		// "handed four villages back to Azerbaijan"
		groundReturned.needs("back", "over"),
		// "handed Walvis Bay and its offshore islands to Namibia"
		groundReturned,
		// "has handed Kyiv tanks from its own stocks": arms given
		s(parley.Aid, "070", directed, "to", "").takes(aidNouns...),
	}},

	{"grant", []sense{
		accessGiven, // "granted IAEA inspectors access to the site"
		s(parley.Aid, "070", directed, "to", "").takes(aidNouns...),
		// "granted candidate status to Georgia", "granted it membership"
		s(parley.Support, "050", directed, "to", "").takes("status", "membership", "recognition", "accession"),
		// "Mexico granted asylum to Evo Morales"
		s(parley.Aid, "075", directed, "to", "").withMode("asylum").takes("asylum", "refuge", "sanctuary", "shelter"),
		// "granted clemency to five Iranian nationals": captives let go
		s(parley.Retreat, "0841", directed, "to", "").withMode("release").takes("clemency", "pardon", "pardons", "amnesty").when(mercyGranted),
		// "granted Syria a six-month exemption from sanctions"
		s(parley.Concede, "081", directed, "").takes("exemption", "exemptions", "waiver", "waivers"),
		// "granted Tien's request for a delay": a request acceded to, as
		// demands accepted are
		s(parley.Concede, "083", directed, "").takes("request", "requests", "demand", "demands"),
	}},
	// "Lithuania ratified a defence cooperation agreement with the United States"
	{"ratify", []sense{
		// "voted to ratify Sweden's accession to NATO": backing its bid
		s(parley.Support, "051", directed, "of").takes("accession", "membership", "bid"),
		s(parley.Agree, "057", directed, "with").takes(accords...),
	}},
	// "The World Bank will lend Egypt $500 million"
	{"lend|lent", []sense{
		// "lent its support to Moldova's reforms"
		s(parley.Support, "051", directed, "to").takes("support", "backing", "weight", "voice"),
		s(parley.Aid, "071", directed, "to", "").when(lentMeans)}},
	{"share", []sense{
		peopleListed.withFrame(symmetric), // "shared a list of missing soldiers with Kyiv"
		// "shared satellite images of the damage with Tonga"
		s(parley.Cooperate, "064", symmetric, "with").withMode("").takes(sharedKnowledge...),
		// "The two leaders shared the view to resume the dialogue": a readout's agreement
		s(parley.Agree, "030", symmetric, "with").takes("view", "views", "recognition", "understanding"),
	}},
	{"back|backed", []sense{s(parley.Concede, "080", directed, "on", "from").needs("down")}},
	// "agreed to address Ankara's concerns", "bowed to Beijing's demands"
	{"address", []sense{s(parley.Concede, "083", directed, "").takes("concerns", "demands", "grievances").when(demandsObject)}},
	{"bow|bowed", []sense{yielded.needs("to")}},
	// "Greece caved in to Germany's demands", "gave in to pressure from
	// Brussels", "yielded to Kosovo's demands", "acceded to Somalia's
	// request", "relented under pressure from the IAEA"
	{"cave|caved", []sense{yielded.needs("in", "to")}},
	// "Ukraine made concessions to Russia"
	{"make|made|making|makes", []sense{s(parley.Concede, "080", directed, "to").takes("concessions", "concession").when(notNoneGiven)}},
	// "published a document setting out the case against al-Qaeda",
	// "laid out its evidence against Iran", "made the case against
	// Moscow": a charge argued in public
	{"set|sets|setting|lay|laid|laying|lays|make|made|making|makes|present|presented|presenting|presents", []sense{
		s(parley.Accuse, "112", directed, "against").withMode("allege").takes("case", "evidence")}},
	{"yield", []sense{yielded.needs("to")}},
	{"accede", []sense{yielded.needs("to")}},
	{"relent", []sense{yielded}},
	// "acquiesced to Washington's demands", "capitulated to Moscow": a
	// yielding, to the one who pressed
	{"acquiesce", []sense{yielded.needs("to")}},
	{"capitulate", []sense{yielded.needs("to"), s(parley.Concede, "080", directed, "to").needs("to")}},
	{"reverse", []sense{s(parley.Concede, "080", directed, "").takes("decision", "policy", "course", "ban")}},
	// "accepted offers of rescue teams from Spain": agreeing to what was
	// offered; "accepted the demands": yielding to them.
	{"accept", []sense{
		s(parley.Agree, "030", directed, "").takes("offer", "offers", "proposal", "proposals", "invitation", "invitations", "plan", "roadmap", "framework", "initiative"),
		// "Morocco accepted rescue teams from Spain": help offered by them
		s(parley.Agree, "030", directed, "from").takes("teams", "aid", "help", "assistance", "rescuers", "experts"),
		// "Israel and Lebanon had accepted the agreement": each the other's
		s(parley.Agree, "030", directed, "").takes(accords...).mutual(),
		// "does not accept the court's jurisdiction": recognition, refused
		s(parley.Support, "054", directed, "", "of").takes("jurisdiction", "authority", "legitimacy"),
		// "Xi accepted the credentials of the Taliban's envoy": the envoy's
		// mission recognised
		s(parley.Support, "054", directed, "", "of", "from").takes("credentials"),
		s(parley.Concede, "083", directed, "").takes("demands", "demand", "conditions", "terms", "insistence"),
		// "Congress accepted Mesa's resignation": the one who resigned is
		// let go
		s(parley.Agree, "030", directed, "of", "").takes("resignation"),
		// "Jammeh accepted defeat in a telephone call to Barrow": the
		// loser yields to the winner, as "conceded defeat to" does
		s(parley.Concede, "080", directed, "to").takes("defeat"),
		// "He invited Putin to visit, and the Kremlin said Putin had
		// accepted": the invitation or offer told just before
		s(parley.Agree, "030", directed).when(acceptedBare),
	}},
	{"lambaste", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"allege", []sense{s(parley.Accuse, "112", directed, "").withMode("allege").reaching().when(notAttributive)}},
	{"fault", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove").when(notNoun)}},
	{"chide", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"scold", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"reproach", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"assail", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"excoriate", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"upbraid", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"admonish", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"castigate", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"berate", []sense{s(parley.Accuse, "111", directed, "").withMode("disapprove")}},
	{"sue", []sense{s(parley.Accuse, "115", directed, "").withMode("allege")}},
	{"indict", []sense{s(parley.Accuse, "1121", directed, "").withMode("allege")}},
	{"charge", []sense{s(parley.Accuse, "1121", directed, "").withMode("allege").needs("with"),
		// "prosecutors charged Dodik on Monday": a named actor charged,
		// with no "with" (not "charged a fee", "a politically charged row")
		s(parley.Accuse, "1121", directed, "").withMode("allege").when(actorRightAfter)}},
	// "A Russian court sentenced Alexei Navalny to 19 years", "convicted"
	// "was sentenced by a Turkish court to four years": the court in the passive
	{"sentence", []sense{s(parley.Sanction, "173", directed, "").withMode("convict").when(actorObjectOrAgent)}},
	{"convict", []sense{s(parley.Sanction, "173", directed, "").withMode("convict").when(actorObjectOrAgent)}},
	// "The Security Council authorised a police mission led by Kenya",
	// "approved the deployment of Rwandan troops": backing whoever goes
	{"authorise", missionBacked}, {"authorize", missionBacked}, {"approve", missionBacked}, {"endorse", missionBacked},
	// "The Supreme Tribunal certified Maduro's victory": a standing granted
	{"certify", []sense{s(parley.Support, "051", directed, "").takes("victory", "win", "re-election", "reelection").when(notNoun)}},
	// "The EU's top court ruled that member states must label settlement
	// goods": a court's order
	{"rule", []sense{s(parley.Request, "100", directed, "that").when(ruledMust)}},
	// "Peru's Congress removed Castillo from office", "the National
	// Assembly voted to impeach Yoon", "was impeached by the House": a
	// legislature or a court unseating a leader
	{"impeach", []sense{s(parley.Sanction, "160", directed, "").when(unseated)}},
	{"remove|removed|removing|removes", []sense{s(parley.Sanction, "160", directed, "").when(unseated)}},
	// "the junta stripped the ambassador of his diplomatic immunity",
	// "voted to strip Dodik of his immunity", "lifted the immunity of
	// Imamoglu": a protection taken away
	{"strip|stripped|stripping|strips", []sense{s(parley.Coerce, "172", directed, "").withMode("restrict").when(strippedOf)}},
	{"lift", []sense{s(parley.Coerce, "172", directed, "", "of").withMode("restrict").takes("immunity")}},
	// "The Council of Europe expelled Russia", "Russia was expelled from
	// the Council of Europe": a member put out of a body
	{"expel", []sense{s(parley.Sanction, "166", directed, "").withMode("expel").when(expelledMember),
		// "Poland expelled him in 2014", "Moscow expelled Shishmakov": a
		// state puts a foreigner out
		s(parley.Sanction, "166", directed, "").withMode("expel").when(expelledPerson)}},
	// "The Supreme Court upheld the conviction of Sonko", "upheld
	// Navalny's sentence": the verdict confirmed
	{"uphold|upheld|upholds|upholding", []sense{s(parley.Sanction, "173", directed, "", "of", "against").withMode("convict").takes("conviction", "convictions", "sentence", "sentences", "verdict", "disqualification").when(courtActs)}},
	// "The Constitutional Council annulled Sall's decree", "the court
	// struck down the law passed by parliament", "set aside the minister's
	// decision": a court undoing another's measure, aimed at its author
	// "the election commission annulled the results after protesters
	// stormed the government's offices": the crowd's demand met
	{"annul|annulled|annuls|annulling|invalidate|invalidated|invalidates|invalidating", []sense{policyYielded.when(resultsYielded)}},
	{"annul|annulled|annuls|annulling", struckDown},
	{"quash|quashed|quashes|quashing", struckDown},
	{"overturn", struckDown},
	{"invalidate", struckDown},
	{"nullify", struckDown},
	{"set|sets|setting", append([]sense{crowdAtMission.needs("fire").withPreps("to")}, struckDown...)}, // "set fire to the embassy"
	{"suspend", struckDown},
	{"block", struckDown},
	// "A Russian court found Gershkovich guilty of espionage", "was found
	// guilty by a military tribunal"
	{"find|found", []sense{s(parley.Sanction, "173", directed, "").withMode("convict").when(foundGuilty)}},
	{"jail", []sense{s(parley.Coerce, "173", directed, "").withMode("arrest").when(heldNow)}},
	{"imprison", []sense{s(parley.Coerce, "173", directed, "").withMode("arrest").when(heldNow)}},
	{"lodge", []sense{s(parley.Accuse, "114", directed, "with", "against", "to", "over").withMode("allege").takes("protest", "complaint", "complaints", "protests", "representations")}},
	// "India registered a strong protest with Pakistan"
	{"register|registered|registering|registers", []sense{s(parley.Accuse, "114", directed, "with", "against", "to").withMode("allege").takes("protest", "protests", "complaint", "complaints")}},
	{"deny|denied", []sense{
		s(parley.Reject, "120", directed, "", "to").takes("allegations", "allegation", "accusations", "accusation", "claims", "claim", "charges", "charge", "reports", "request", "entry", "access", "visa", "visas"),
		// "denies any role in the attack", "charges Qatar denied": the
		// charge answered, whoever made it.
		s(parley.Reject, "120", directed, "").when(deniedCharge),
		// "Marcos denied that the Philippines had ever promised China it
		// would remove the ship": China's claim, rejected
		s(parley.Reject, "120", directed).reaching().when(deniedThat),
	}},
	{"dispute|disputed|disputes", []sense{s(parley.Reject, "120", directed, "").when(disputeVerb)}},
	// "Bahrain contested the court's jurisdiction", "contested the
	// commission's figures": a claim refused, as disputing it is (not
	// "the contested region", "a hotly contested election")
	{"contest|contested|contests|contesting", []sense{s(parley.Reject, "120", directed, "").when(contestVerb)}},
	{"decline", []sense{s(parley.Reject, "120", directed, "").takes("invitation", "offer", "request", "proposal", "demand"),
		// "Budapest declined, saying …": the demand just made of it
		s(parley.Reject, "120", directed, "").when(refusedOutright),
		// "Iran declined to release the tanker", "declined to meet Putin":
		// as "refused to" (not "declined to comment")
		s(parley.Reject, "120", directed, "").reaching().when(declinedToAct)}},
	// "blocked the opening of accession talks with Albania": the one
	// whose talks were blocked
	{"block", []sense{s(parley.Reject, "1211", directed, "", "to", "for", "with").takes("aid", "resolution", "resolutions", "deal", "package", "proposal", "proposals", "initiative", "draft", "motion", "bid", "membership", "accession", "sanctions", "statement", "extradition", "talks", "negotiations")}},
	{"turn|turned", []sense{s(parley.Reject, "120", directed, "").needs("down"),
		// "Haiti turned to Brazil for help"
		s(parley.Request, "100", directed, "to").needs("to").when(turnedForHelp)}},
	// "has withheld its consent to Sweden's membership": approval refused
	{"withhold|withheld|withholds|withholding", []sense{s(parley.Reject, "120", directed, "", "to", "for", "from").takes("consent", "approval", "assent", "ratification", "endorsement"), fundsWithheld}},
	// "ignored repeated calls from the UN", "ignored a deadline set by London": a demand refused
	{"ignore", []sense{s(parley.Reject, "120", directed, "").takes("calls", "call", "demands", "demand", "requests", "request", "appeals", "appeal", "deadline", "ultimatum", "pleas")}},
	{"break|broke|broken", []sense{
		crowdAtMission.needs("into"), // "protesters broke into the embassy compound"
		// "breaking with Taipei and restoring relations with Beijing": the
		// state named right after "with" is the one broken with
		s(parley.Sanction, "161", directed, "with").withMode("withdraw").when(withActorNext),
		s(parley.Sanction, "161", directed, "with").withMode("withdraw").takes("relations", "ties", "links"),
		// "broke off talks with India": negotiations halted
		s(parley.Sanction, "164", directed, "with").withMode("withdraw").needs("off").takes("talks", "negotiations", "dialogue", "contacts"),
	}},
	{"sever", []sense{s(parley.Sanction, "161", directed, "with").withMode("withdraw").takes("relations", "ties", "links")}},
	{"cut", []sense{s(parley.Sanction, "161", directed, "with", "to").withMode("withdraw").takes("relations", "ties", "links", "aid", "assistance", "funding", "supplies", "talks", "contacts", "dialogue", "communications", "cooperation", "exports", "trade", "imports", "deliveries", "sharing", "exchanges", "flights")}},
	// "decided to limit the number of staff at the Embassy of the Russian
	// Federation", "cut the staff of the Russian mission": a mission made smaller
	{"limit", missionCut}, {"reduce", missionCut}, {"cap", missionCut},
	// "the Soviet Union, which has been cutting its garrison in Mongolia",
	// "Washington reduced its troops in Germany": a military presence
	// drawn down, toward the state it stood in
	{"cut", forcesDrawnDown}, {"reduce", forcesDrawnDown}, {"downsize", forcesDrawnDown},
	// "Moscow stopped gas deliveries to Bulgaria", "Russia reduced gas
	// flows to Germany by 60 percent": supplies withheld
	{"stop", []sense{s(parley.Sanction, "162", directed, "to", "from").withMode("discontinue").takes(supplyFlows...).when(notObstructionEnded)}},
	{"reduce", []sense{s(parley.Sanction, "162", directed, "to").withMode("discontinue").takes("deliveries", "supplies", "flows", "shipments", "exports")}},
	{"downgrade", []sense{s(parley.Sanction, "161", directed, "with").withMode("withdraw").takes("relations", "ties")}},
	// "cut the number of visas for Algerians by half", "a sharp cut in
	// the visas issued to nationals of Morocco": entry made harder for
	// another state's people
	{"cut", []sense{visasCut}}, {"reduce", []sense{visasCut}}, {"slash", []sense{visasCut}}, {"restrict", []sense{visasCut}},
	{"halt", []sense{labourHalted}},
	{"freeze|froze|frozen", []sense{labourHalted}},
	{"stop", []sense{labourHalted}},
	{"halt", []sense{s(parley.Sanction, "162", directed, "to", "from", "with", "of").withMode("discontinue").takes(supplyFlows...),
		// "agreed to halt strikes on Ukrainian energy infrastructure": a pause
		s(parley.Retreat, "0871", directed, "on", "against").withMode("ceasefire").takes("attacks", "strikes", "operations", "offensive", "hostilities", "raids").mutual()}},
	// "the armed forces and the ELN will stop offensive operations against each other"
	{"stop", pauseOfForce},
	{"cease", pauseOfForce},
	// "The African Union stopped recognising Jammeh as president": a
	// standing withdrawn
	{"stop", derecognition},
	{"cease", derecognition},
	// "Hungary agreed to stop blocking the EU's aid package": an
	// obstruction given up
	{"stop", obstructionEnded},
	{"cease", obstructionEnded},
	{"close|closed", []sense{
		// "Oman closed the Israeli trade office in Muscat": a state's
		// post abroad shut, as an embassy is
		s(parley.Sanction, "166", directed, "in", "").withMode("expel").takes(missionsClosed...).when(notCloseTo),
		// "had closed its airspace to Indian airlines": a restriction imposed
		s(parley.Sanction, "163", directed, "to", "with").takes("airspace", "border", "borders", "crossing", "crossings", "ports", "posts").when(notCloseTo),
		// "closed NATO supply routes through Pakistan": the passage of
		// another's supplies stopped
		s(parley.Sanction, "163", directed, "", "to", "for").takes("routes", "route", "lines").when(supplyRoutes),
	}},
	// "sealed its border with Haiti", "shut the last crossing with Russia"
	{"seal", []sense{s(parley.Sanction, "163", directed, "to", "with").takes("airspace", "border", "borders", "crossing", "crossings", "ports", "frontier", "posts")}},
	{"shut|shuts|shutting", []sense{
		// "Russia in turn shut Poland's consulate in Smolensk"
		s(parley.Sanction, "166", directed, "in", "").withMode("expel").takes(missionsClosed...),
		s(parley.Sanction, "163", directed, "to", "with").takes("airspace", "border", "borders", "crossing", "crossings", "ports", "frontier", "posts"),
	}},
	{"detain", []sense{s(parley.Coerce, "173", directed, "").withMode("arrest").when(notAfterDeterminer)}},
}

// workOfAnother is a deed named as someone else's doing: "dismissed the
// protests as organised from Belgrade", "described the unrest as
// orchestrated by foreign powers" charges whoever is said to be behind it.
var workOfAnother = s(parley.Accuse, "112", directed, "by", "from").withMode("allege").when(asWorkOf)

// missionsClosed are a state's posts in another, whose closing cuts
// relations: embassies, consulates, missions, and the offices that stand
// for a state where it keeps no embassy.
var missionsClosed = []string{"embassy", "embassies", "consulate", "consulates", "mission", "missions", "office", "offices"}

// adverbs mark a shared act of two or more actors as a consultation:
// "Xi and Putin jointly launched the construction …".
var adverbs = []struct {
	forms  string
	senses []sense
}{
	// "will jointly develop a fighter jet", "launched the pipeline
	// together": a work the two do together, not a meeting
	{"jointly", []sense{s(parley.Cooperate, "060", together).withMode("").when(jointWork),
		s(parley.Consult, "040", together).when(notJointPenalty)}},
	{"together", []sense{s(parley.Cooperate, "060", together).withMode("").when(func(d *doc, k int) bool { return notWith(d, k) && jointWork(d, k) }),
		s(parley.Consult, "040", together).when(func(d *doc, k int) bool { return notWith(d, k) && metTogether(d, k) })}},
}

// nouns are nominal triggers; forms are the noun and its plural.
var nouns = []struct {
	forms  string
	senses []sense
}{
	// "signalled a willingness to work with world powers"
	{"willingness readiness", []sense{s(parley.Agree, "030", directed, "with", "between").nominal().when(readyToWorkWith)}},
	{"meeting meetings", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal()}},
	{"talks", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal()}},
	// "Joint Turkish-Russian patrols will begin on 15 March", "a combined
	// air exercise": forces of two states acting together
	{"patrols patrol exercise exercises drill drills manoeuvres maneuvers flight flights", []sense{s(parley.Cooperate, "062", symmetric, "with", "between", "by").nominal().withMode("").when(jointBefore)}},
	// "launched a joint task force against drug trafficking", "a joint
	// operation against the smugglers": forces acting together
	{"force operation operations", []sense{s(parley.Cooperate, "060", symmetric, "with", "between", "by").nominal().withMode("").when(jointBefore)}},
	// "will set up a joint security coordination mechanism", "a joint
	// venture", "a joint investigation": work done together
	{"mechanism commission committee venture investigation project projects study", []sense{s(parley.Cooperate, "060", symmetric, "with", "between").nominal().withMode("").when(jointSetUp)}},
	// "resumed their security dialogue", "held a strategic dialogue" — a
	// dialogue held, not one called for
	{"dialogue", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal().when(dialogueHeld)}},
	// "witnessed the signing of two memoranda between the Philippine Coast Guard and the Vietnam Coast Guard"
	{"signing", []sense{s(parley.Agree, "057", symmetric, "between").nominal().takes(accords...).when(signingBetween)}},
	// "announced the elevation of the relationship between the United States and Vietnam"
	{"elevation upgrade upgrading", []sense{s(parley.Agree, "030", symmetric, "with", "between").nominal().takes("relations", "ties", "relationship")}},
	{"summit summits", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal()}},
	{"call calls", []sense{askedOfActor, ownCallFor, s(parley.Request, "100", directed, "on", "upon").nominal().when(callOnActor),
		// "despite repeated calls from Washington for restraint": demands, not phone calls
		s(parley.Request, "100", directed).nominal().when(despiteCalls),
		s(parley.Consult, "042", visit, "on", "upon").nominal().withMode("visit").withMedium(parley.InPerson).when(calledOnPerson), s(parley.Consult, "041", symmetric, "with", "between", "from").nominal().withMode("phone").withMedium(parley.Phone).when(phoneCallNoun),
		// "a telephone call to Barrow": the one rung up
		s(parley.Consult, "041", symmetric, "to").nominal().withMode("phone").withMedium(parley.Phone).when(phoneCallTo)}},
	// "told Cameron by telephone that …": the call the telling was made in
	{"phone telephone", []sense{s(parley.Consult, "041", symmetric, "with", "between").nominal().withMode("phone").withMedium(parley.Phone).when(afterBy),
		// "Scholz was on the phone with Zelensky for an hour"
		s(parley.Consult, "041", symmetric, "with").nominal().withMode("phone").withMedium(parley.Phone).when(onThePhoneWith)}},
	// "had lunch with Luxon", "over dinner with Xi": a meal shared is a
	// meeting (not "a state dinner for 200 guests")
	{"lunch dinner breakfast luncheon", []sense{s(parley.Consult, "040", symmetric, "with").nominal().withMedium(parley.InPerson).when(mealWith)}},
	{"conversation conversations", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal()}},
	{"negotiations", []sense{s(parley.Consult, "046", symmetric, "with", "between").nominal()}},
	// "made contact with the Zimbabwe Defence Forces"
	{"contact", []sense{s(parley.Consult, "040", symmetric, "with").nominal().when(contactMade)}},
	{"consultations", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal().when(notHomeConsultations)}},
	{"discussions", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal()}},
	// "held a telephone discussion with President Putin" (a discussion
	// had or held: not "a discussion of the budget")
	{"discussion", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal().when(meetingNounHeld)}},
	// "held a video conference with Xi", "a bilateral with Macron"
	{"conference", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal().withMode("phone").withMedium(parley.Virtual).when(afterVideo),
		// "speaking at a joint news conference with Hollande": the two together before the press
		s(parley.Consult, "040", symmetric, "with", "between").nominal().withMedium(parley.InPerson).when(jointConference)}},
	{"bilateral", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal().withMedium(parley.InPerson).when(bilateralWith)}},
	// "held their first face-to-face encounter", "a tête-à-tête with
	// Erdogan", "an audience with the Pope": meetings named otherwise
	{"encounter encounters", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal().withMedium(parley.InPerson).when(personalEncounter)}},
	{"tete-a-tete tête-à-tête one-on-one", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal().withMedium(parley.InPerson).when(meetingNounHeld)}},
	{"audience", []sense{s(parley.Consult, "040", symmetric, "with").nominal().withMedium(parley.InPerson).when(audienceWith)}},
	// "told the Security Council by video link that …": the session the telling was made in
	{"link videolink", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal().withMode("phone").withMedium(parley.Virtual).when(videoLinkBy)}},
	{"videoconference video-conference", []sense{s(parley.Consult, "040", symmetric, "with", "between").nominal().withMode("phone").withMedium(parley.Virtual)}},
	// "ordered the recall of Israel's ambassador to Ireland"
	{"recall", []sense{s(parley.Sanction, "161", directed, "to", "from", "in").nominal().withMode("withdraw").when(envoyRecalledOf)}},
	{"visit visits", []sense{s(parley.Consult, "042", visit, "to").nominal().withMode("visit").withMedium(parley.InPerson)}},
	{"trip", []sense{s(parley.Consult, "042", visit, "to").nominal().withMode("visit").withMedium(parley.InPerson)}},
	// "Putin was Xi's guest at a banquet", "was the guest of the emir":
	// the guest visits the host
	{"guest", []sense{s(parley.Consult, "043", symmetric, "of").nominal().withMode("visit").withMedium(parley.InPerson).when(guestOfHost)}},
	{"sanctions", []sense{s(parley.Sanction, "163", directed, "on", "against").nominal()}},
	// "an arrest warrant issued by the ICC for Putin", "the court's
	// warrant for Netanyahu": the court accuses the one it would arrest.
	{"warrant warrants", []sense{s(parley.Accuse, "112", directed, "for", "against").withMode("allege").nominal().when(arrestWarrant)}},
	// "announced countermeasures against five US defence companies"
	{"countermeasures counter-measures", []sense{s(parley.Sanction, "163", directed, "on", "against").nominal()}},
	{"boycott", []sense{s(parley.Sanction, "163", directed, "of", "against").nominal()}},
	{"tariffs counter-tariffs", []sense{s(parley.Sanction, "163", directed, "on", "against").nominal()}},
	{"embargo", []sense{s(parley.Sanction, "163", directed, "on", "against").nominal()}},
	{"accusations allegations", []sense{s(parley.Accuse, "112", directed, "against").nominal().withMode("allege")}},
	// "Tehran's accusation that Washington was behind the attack": the
	// owner charges the one the that-clause opens with
	{"accusation accusations allegation allegations", []sense{s(parley.Accuse, "112", directed, "that").nominal().withMode("allege").when(ownedChargeThat)}},
	{"rebuke", []sense{s(parley.Accuse, "111", directed, "of", "to").nominal().withMode("disapprove")}},
	{"criticism", []sense{s(parley.Accuse, "111", directed, "of").nominal().withMode("disapprove")}},
	// "welcomes the expressions of support for the Philippines from the
	// United States", "received messages of solidarity from Tokyo": backing
	// whose giver follows "from"
	{"support solidarity backing", []sense{s(parley.Support, "051", directed, "for", "with", "to").nominal().when(givenFrom)}},
	// "Putin was given a red-carpet welcome by Kim", "received a warm
	// welcome from Kim": a host receiving a visitor
	{"welcome", []sense{s(parley.Consult, "043", host, "to").nominal().withMode("visit").withMedium(parley.InPerson).when(ceremonialWelcome)}},
	// "unions held a general strike against the reforms": a stoppage,
	// not a blow
	{"strike strikes", []sense{s(parley.Protest, "143", directed, "against", "over").nominal().withMode("boycott").when(labourStrike)}},
	{"strike strikes airstrike airstrikes air-strikes", []sense{s(parley.Assault, "195", directed, "on", "against", "inside", "in", "across").nominal().withMode("aerial").when(notLabourStrike)}},
	{"invasion", []sense{s(parley.Assault, "190", directed, "of").nominal()}},
	{"ceasefire cease-fire truce armistice", []sense{s(parley.Retreat, "0871", symmetric, "between", "with").nominal().withMode("ceasefire").when(inForce)}},
	// "a prisoner exchange between Russia and Ukraine": each side frees the other's
	{"exchange exchanges swap swaps", []sense{s(parley.Retreat, "0841", symmetric, "between", "with").nominal().withMode("release").when(captiveSwap)}},
	// "a four-day pause in the fighting between Israel and Hamas took effect"
	{"pause", []sense{s(parley.Retreat, "0871", symmetric, "between", "with").nominal().withMode("ceasefire").when(pauseInForce)}},
	{"attack attacks", []sense{s(parley.Accuse, "111", directed, "").nominal().withMode("disapprove").when(attackInWords), // ("came under attack from Erdogan over the rally")
		s(parley.Assault, "190", directed, "on", "against").nominal().when(notJudgedByItsSubject)}},
	{"raid raids", []sense{s(parley.Assault, "190", directed, "on", "against").nominal()}},
	// "won praise from Washington", "earned the backing of Berlin": the
	// subject is backed, by the one named after the noun
	{"praise plaudits backing endorsement support thanks", []sense{s(parley.Support, "051", directed, "").nominal().when(undergoneNoun)}},
	// "Gaza has been under an Israeli blockade since 2007", "faced a
	// blockade by Saudi Arabia", "under siege by Russian forces"
	// "drew the ire of Beijing", "faced a backlash from Washington",
	// "earned a reprimand from the UN": disapproval the subject draws
	{"ire wrath backlash outcry reprimand censure", []sense{s(parley.Accuse, "111", directed, "").nominal().withMode("disapprove").when(undergoneNoun)}},
	// "came under pressure from Brussels to recognise Kosovo", "faces
	// mounting pressure from Washington to cut ties": a demand undergone
	{"pressure", []sense{s(parley.Request, "100", directed, "").nominal().when(pressedToAct)}},
	// "drew a formal protest from Beijing": a diplomatic one
	{"protest complaint", []sense{s(parley.Accuse, "114", directed, "").nominal().withMode("allege").when(protestDrawn)}},
	// "Beijing's protest to Tokyo", "Manila's diplomatic protests against
	// Beijing", "Moscow's complaint against Kyiv": a state's grievance told
	// as its own noun, aimed at the one after "to" or "against"
	{"protest protests complaint complaints", []sense{s(parley.Accuse, "114", directed, "against").nominal().withMode("allege").when(stateGrievance),
		s(parley.Accuse, "114", directed, "to").nominal().withMode("allege").when(stateGrievanceTo)}},
	{"blockade siege", []sense{s(parley.Coerce, "191", directed, "").nominal().withMode("restrict").when(undergoneNoun)}},
	{"occupation", []sense{s(parley.Coerce, "192", directed, "").nominal().withMode("seize").when(undergoneNoun)}},
	// "came under fire from militants", "drew fire from lawmakers": the
	// noun its subject undergoes, force or words
	{"fire", []sense{s(parley.Accuse, "111", directed, "").nominal().withMode("disapprove").when(fireInWords),
		s(parley.Assault, "190", directed, "").nominal().withMode("firearms").when(fireUndergone)}},
	{"offensive", []sense{s(parley.Assault, "190", directed, "against", "on", "in").nominal()}},
	{"clash clashes", []sense{s(parley.Assault, "190", symmetric, "with", "between").nominal()}},
	{"missile missiles rocket rockets drone drones", []sense{s(parley.Assault, "190", directed, "").nominal().when(launchedAtUndergoer)}},
	{"fighting", []sense{s(parley.Assault, "190", symmetric, "with", "between").nominal().when(fightingTold)}},
	{"bombardment shelling", []sense{s(parley.Assault, "194", directed, "of", "on").nominal().withMode("heavy-weapons")}},
	// "the downing of a US drone by the Revolutionary Guards"
	{"downing", []sense{s(parley.Assault, "190", directed, "of").nominal().takes(downedCraft...)}},
	// "prompting protests from Manila and Hanoi": a government's protests
	// are complaints, not crowds in the street
	{"protest protests", []sense{s(parley.Accuse, "114", directed, "of").nominal().withMode("allege").when(protestsOfGovernments)}},
	{"protest protests demonstrations", []sense{s(parley.Protest, "141", directed, "against", "outside").nominal().withMode("demo").when(notLodgedNorOfGovernments)}},
	// "held a sit-in outside the Chinese embassy", "staged a vigil": a
	// demonstration by another name
	{"sit-in sit-ins vigil vigils", []sense{s(parley.Protest, "141", directed, "against", "outside").nominal().withMode("demo").when(notLodged)}},
	{"aid assistance", []sense{s(parley.Aid, "070", directed, "to", "for").nominal()}},
	// "Japan's provision of coastal radar systems to the Philippine Navy",
	// "Germany's delivery of Patriot systems to Ukraine": goods handed over
	{"provision delivery deliveries donation donations transfer transfers", []sense{
		s(parley.Aid, "070", directed, "to").nominal().takes(append(append(aidNouns[:len(aidNouns):len(aidNouns)], craftGiven...), aircraftNouns...)...).when(ofGoods)}},
	{"withdrawal", []sense{
		// "announced its withdrawal from ECOWAS": a member leaving a body
		// of states cuts its ties to it, as "withdrew from" does
		s(parley.Sanction, "161", directed, "from").nominal().withMode("withdraw").when(bodyLeft),
		s(parley.Retreat, "0872", directed, "from").nominal().withMode("withdraw")}},
	{"exit departure", []sense{s(parley.Sanction, "161", directed, "from").nominal().withMode("withdraw").when(bodyLeft)}},
	// "announced a partial mobilisation", "ordered a general mobilization
	// against Kyiv"
	{"mobilisation mobilization", []sense{s(parley.Mobilize, "154", directed, "against", "near", "along").nominal().withMode("troops").when(forcesBuiltUp)}},
	{"ban", []sense{s(parley.Sanction, "172", directed, "on", "against").nominal()}},
	{"expulsion", []sense{s(parley.Sanction, "166", directed, "of", "from").nominal().withMode("expel")}},
	// "ordered the closure of Russia's consulate in Poznań", "the closure
	// of the border with Belarus"
	{"closure closures", []sense{
		s(parley.Sanction, "166", directed, "of").nominal().withMode("expel").takes("embassy", "consulate", "mission", "embassies", "consulates"),
		s(parley.Sanction, "163", directed, "with", "to").nominal().takes("airspace", "border", "borders", "crossing", "crossings", "ports", "frontier"),
	}},
	{"condemnation", []sense{s(parley.Accuse, "111", directed, "of").nominal().withMode("disapprove")}},
	{"request requests appeal appeals plea", []sense{askedOfActor, ownCallFor, s(parley.Request, "100", directed, "to").nominal()}},
	{"demand demands", []sense{askedOfActor, ownCallFor, s(parley.Request, "100", directed, "on", "to").nominal()}},
	{"ultimatum", []sense{s(parley.Threaten, "139", directed, "to").nominal()}},
	{"threat threats", []sense{s(parley.Threaten, "130", directed, "against", "to").nominal()}},
	{"drills exercises", []sense{s(parley.Mobilize, "150", directed, "near", "around", "off").nominal()}},
	{"investigation investigations probe inquiry", []sense{s(parley.Accuse, "090", directed, "into", "of").nominal().withMode("investigate")}},
}

var accords = []string{"agreement", "agreements", "deal", "deals", "treaty", "pact", "accord", "memorandum",
	"declaration", "statement", "contract", "contracts", "documents", "communique", "communiqué", "protocol",
	"resolution", "roadmap", "framework", "charter", "plan", "document", "memoranda", "mou", "mous", "accords",
	"treaties", "pacts", "declarations", "protocols", "roadmaps", "frameworks", "ceasefire", "truce", "armistice",
	"compromise", "instruments", "instrument", "convention", "conventions", "arrangement", "arrangements", "understanding", "terms", "text"}

// pauseOfForce stops attacks or operations: on the one named after "on"
// or "against", or each on the other.
var pauseOfForce = []sense{s(parley.Retreat, "0871", directed, "on", "against").withMode("ceasefire").
	takes("attacks", "strikes", "operations", "offensive", "hostilities", "raids", "fighting").mutual()}

// crowdWeapons are what police and soldiers turn on a crowd.
var crowdWeapons = []string{"gas", "teargas", "tear-gas", "cannon", "cannons", "bullets", "ammunition", "batons", "truncheons", "force", "pellets", "grenades"}

// sharedKnowledge is what a state tells another to help it: intelligence,
// evidence, findings.
var sharedKnowledge = []string{"intelligence", "information", "data", "findings", "evidence", "expertise", "technology",
	"images", "imagery", "photographs", "footage", "recordings", "know-how", "results"}

// knowledgePassed is knowledge given to another actor, one way: "passed
// information about the attackers to Islamabad", "handed over evidence to
// the prosecutors".
var knowledgePassed = s(parley.Cooperate, "064", directed, "to").withMode("").takes(sharedKnowledge...)

// missionSent is people sent or deployed to help another state: "Kenya
// will deploy 1,000 police officers to Haiti", "sent peacekeepers to
// Lebanon" (a mission's help, not a build-up against the country).
var missionSent = s(parley.Aid, "074", directed, "to", "in").takes("peacekeepers", "police", "officers", "rescuers", "medics").when(deployedPeople)

// forcesAsked is troops sent to a state at the request of that state's
// own government: help it asked for, not a build-up against it.
var forcesAsked = s(parley.Aid, "072", directed, "to", "into").takes(forces...).when(askedInBy)

// forcesToHelp is troops sent to another state to help it: "to help hold
// the border against Boko Haram", "to fight the insurgents", "as the
// first contingent of a regional force" — help, not a build-up against
// the state they go to.
var forcesToHelp = s(parley.Aid, "072", directed, "to", "into").takes(forces...).when(helpingPurpose)

// standingBacked is backing for what a state or person holds or seeks,
// named before its owner: "supports the sovereignty of Lebanon",
// "backed the bid of Ukraine to join the bloc" (the owner, after "of").
var standingBacked = s(parley.Support, "050", directed, "of").takes("sovereignty", "integrity", "independence", "unity",
	"bid", "candidacy", "candidature", "aspirations", "right", "efforts", "cause", "sovereign")

// recognition backs a state, or the sovereignty, independence or claim of
// its owner.
var recognition = []sense{
	s(parley.Support, "054", directed, "of").takes("sovereignty", "independence", "statehood", "claim", "claims", "government", "annexation").when(notStopped),
	s(parley.Support, "054", directed, "", "of").when(notStopped),
}

// departureNouns name a leader's going that crowds and rivals call for.
var departureNouns = []string{"resignation", "removal", "ouster", "dismissal", "impeachment", "departure", "sacking", "replacement", "overthrow", "downfall"}

// penaltiesGivenUp are measures whose cancellation or postponement yields
// to the side they would hit.
var penaltiesGivenUp = []string{"tariffs", "surcharge", "surcharges", "tariff", "increase", "hike", "hikes", "sanctions", "ban", "duties", "levies", "levy", "curbs", "restrictions", "expulsion", "expulsions", "deportation", "deportations", "fines"}

// forceHeldOpen are the options a threat keeps on the table: "did not
// rule out using force", "refused to rule out new tariffs".
var forceHeldOpen = []string{"force", "military", "action", "strikes", "strike", "intervention", "invasion", "attack", "attacks",
	"retaliation", "sanctions", "tariffs", "tariff", "measures", "countermeasures", "war", "options", "option", "response",
	"pressure", "coercion"} // "refused to rule out economic pressure"

// captivesFreedAgain is a release of the captives the last detention told
// took, referred back to by a pronoun: "Indonesia released them".
var captivesFreedAgain = s(parley.Retreat, "0841", directed, "").withMode("release").when(captivesReferredBack)

// meetingPutOff is a meeting or visit put off by one side: the
// visitor's or the host's signal to the other.
var meetingPutOff = s(parley.Sanction, "164", directed, "with", "between", "to", "by").withMode("halt").takes(haltable...).when(active)

// putOff is a penalty's postponement.
var putOff = []sense{s(parley.Concede, "081", directed, "on", "against", "to", "of").takes(penaltiesGivenUp...), fundsHeldBack}

// benefitsEnded is a trading privilege taken from a state: "end
// Ethiopia's eligibility for trade benefits", "revoked Hong Kong's
// preferential status". The state is the possessor or follows "for".
var benefitsEnded = s(parley.Sanction, "163", directed, "", "for", "to").withMode("discontinue").takes("preferences", "eligibility",
	"benefits", "privileges", "duty-free", "preferential").when(tradeBenefit)

// fundsHeldBack is money promised to a state or owed to a body and put
// off or withheld: "the World Bank postponed a $90 million loan to
// Uganda", "withheld its payments to UNESCO".
var fundsHeldBack = s(parley.Sanction, "162", directed, "to", "for").withMode("discontinue").takes(heldFunds...)

// fundsWithheld is fundsHeldBack told with "from" as well: "is
// withholding aid from Egypt" (money put off "from" a state is its own:
// "postponed a loan from the IMF").
var fundsWithheld = s(parley.Sanction, "162", directed, "to", "for", "from").withMode("discontinue").takes(heldFunds...)

// heldFunds are the sums a state or body holds back from another.
var heldFunds = []string{"loan", "loans", "aid", "assistance", "funding", "financing", "disbursement", "disbursements", "tranche",
	"grant", "grants", "payments", "payment", "contributions", "dues", "funds"}

// supplyFlows are what a state halts to another: goods, aid, trade, talks.
var supplyFlows = []string{"aid", "imports", "exports", "talks", "negotiations", "cooperation", "flights", "supplies", "shipments",
	"trade", "purchases", "sales", "deliveries", "flows", "transit", "sale", "supply", "export", "import", "traffic", "links", "connections",
	"shipment", "delivery", "transfers", "transfer"} // ("the sale of electricity to Ecuador", "halted all rail traffic with Georgia")

// policyYielded is a government giving up a measure a crowd protested:
// CONCEDE, accede to demands for a change in policy (CAMEO 0832).
var policyYielded = s(parley.Concede, "0832", directed, "").
	takes("bill", "law", "legislation", "decree", "reform", "reforms", "amendment", "tax", "taxes", "increase", "hike", "hikes",
		"plan", "project", "curfew", "squad", "unit", "ordinance", "results", "result").when(crowdYieldedTo)

// conditionWaived is a condition set for another given up: "dropped the
// requirement for Ukraine", "waived the visa requirement for Indonesians".
var conditionWaived = s(parley.Concede, "080", directed, "for", "on").
	takes("requirement", "requirements", "condition", "conditions", "precondition", "preconditions")

// jointDrillsHalted is a state calling off what its forces did with
// another's: "suspended joint military exercises with Australia" breaks off
// cooperation (a sanction), where the exercises alone would tell it done.
var jointDrillsHalted = s(parley.Sanction, "164", directed, "with").withMode("halt").
	takes("exercises", "drills", "patrols", "manoeuvres", "maneuvers", "training")

// haltable are the meetings a side can call off.
var haltable = []string{"talks", "meeting", "meetings", "negotiations", "summit", "visit", "dialogue", "consultations"}

// welcomes are what a host gives a visitor: "a state banquet for Xi".
var welcomes = []string{"ceremony", "banquet", "dinner", "reception", "luncheon", "lunch"}

var gatherings = []string{"ceremony", "summit", "meeting", "talks", "conference", "celebration", "forum",
	"event", "call", "videoconference", "video", "session", "dinner", "banquet", "launch", "signing", "inauguration",
	"swearing-in", "funeral", "coronation"}

// taxRaised is a tariff or tax on another state's goods made heavier.
var taxRaised = []sense{s(parley.Sanction, "163", directed, "on", "against").takes("tax", "taxes", "tariff", "tariffs", "duty", "duties", "levy", "levies")}

// moneyPromised is a sum pledged or announced for another: "announced a
// grant of USD 15 million for Sri Lanka", "pledged 400 million euros to
// Iraq" — a promise, coded as an accord as the labels have it, where
// weapons or goods pledged are aid.
var moneyPromised = s(parley.Agree, "030", directed, "to", "for").withMode("pledge").takes(aidNouns...).when(moneyOnly)

var aidNouns = []string{"aid", "assistance", "weapons", "arms", "vaccines", "vaccine", "loans", "loan",
	"supplies", "ammunition", "equipment", "missiles", "tanks", "relief", "funding", "doses", "money", "grants",
	"rescuers", "rescue", "teams", "medics", "doctors", "tents", "food", "medicine", "medicines", "consignment",
	"consignments", "shipment", "shipments", "euros", "dollars", "fuel", "grain", "vehicles", "artillery", "shells", "howitzers",
	"generators", "financing", "finance", "system", "systems", "batteries", "battery", "drones", "munitions",
	"rockets", "interceptors", "bailout", "grant", "grants", "credit", "credits", "package", "tranche",
	"instructors", "trainers", "advisers", "advisors", "wheat", "flour", "tonnes", "blankets"}

// sunkVessels are the craft an attack sinks.
var sunkVessels = []string{"ship", "ships", "vessel", "vessels", "tanker", "tankers", "warship", "warships", "frigate",
	"frigates", "boat", "boats", "flagship", "cruiser", "destroyer", "submarine", "ferry", "trawler", "trawlers",
	"corvette", "gunboat", "gunboats", "freighter", "carrier"}

// destroyedTargets are the military and public property an act of force
// wrecks.
var destroyedTargets = []string{"platform", "platforms", "base", "bases", "airbase", "airbases", "tunnel", "tunnels",
	"position", "positions", "camp", "camps", "outpost", "outposts", "checkpoint", "checkpoints", "depot", "depots",
	"launcher", "launchers", "radar", "radars", "headquarters", "facility", "facilities", "plant", "plants", "bridge",
	"bridges", "airfield", "airfields", "airport", "port", "embassy", "consulate", "force", "fleet", "warship", "warships",
	"vessel", "vessels", "ship", "ships", "boat", "boats", "tank", "tanks", "aircraft", "jets", "planes", "helicopters",
	"drones", "infrastructure", "stronghold", "strongholds", "hideout", "hideouts", "villages", "homes", "houses"}

// downedCraft are what is downed: "downed a US drone".
var downedCraft = []string{"drone", "drones", "jet", "jets", "plane", "planes", "aircraft", "airliner", "helicopter",
	"helicopters", "warplane", "warplanes", "bomber", "bombers", "fighter", "fighters", "balloon"}

// aircraftNouns are handed over when supplied or delivered, but a state
// that sends its jets somewhere deploys them ("sent F-16 jets to strike",
// "send fighter jets to Britain").
var aircraftNouns = []string{"jets", "helicopters", "drones", "warplanes", "aircraft"}

// craftGiven are vessels and radars handed to another state's forces when
// provided, supplied or delivered ("delivered two patrol boats to the
// Philippine coast guard"); sent, they deploy (forces).
var craftGiven = []string{"vessels", "vessel", "boats", "boat", "ships", "ship", "radars", "radar", "cutters", "cutter"}

// takenFrom is ground taken by force, from its holder named after
// "from" or from the place's state.
var takenFrom = s(parley.Coerce, "192", directed, "", "from").withMode("seize").when(byForces)

var captives = []string{"prisoners", "prisoner", "hostages", "hostage", "detainees", "captives", "soldiers",
	"citizens", "nationals", "journalist", "activists", "women", "children", "teenagers", "civilians",
	"citizen", "national", "tourist", "tourists", "worker", "workers", "soldier", "journalists",
	"fishermen", "sailors", "crew", "students", "people", "captive", "detainee", "commanders", "fighters", "militants",
	// "released three detained police officers", "freed 20 jailed rebels"
	"officers", "officer", "policemen", "guards", "rebels", "protesters", "demonstrators", "dissidents", "opponents", "pilot", "pilots",
	// "released the captain of a Chinese trawler", "freed four staff members of the court"
	"captain", "captains", "skipper", "skippers", "staff", "members", "employees", "lawyer", "lawyers",
	// "released Wall Street Journal reporter Evan Gershkovich"
	"reporter", "reporters", "correspondent", "correspondents"}

var penalties = []string{"sanctions", "tariffs", "surcharge", "surcharges", "tariff", "duties", "duty", "embargo", "ban", "bans", "restrictions", "surtax", "surtaxes",
	"curbs", "penalties", "levies", "levy", "controls", "measures", "freezes",
	// "imposed a fine on Poland", "a penalty of 500,000 euros a day"
	"fine", "fines", "penalty",
	// "imposed a transit fee of 45 dollars a tonne on Russian oil"
	"fee", "fees"}

// stressedSupport: "underscored the United States' support for a strong
// Vietnam", "reiterated China's backing for Pakistan".
var stressedSupport = []sense{s(parley.Support, "050", directed, "with").takes("solidarity"), // "solidarity with Egypt"
	s(parley.Support, "050", directed, "for", "to").takes("support", "commitment", "backing", "solidarity")}

// needStressed is a demand made by stressing the need for someone to act.
var needStressed = s(parley.Request, "100", directed, "for").takes("need").when(needForActorTo)

// responses are what "respond" and "retaliate" tell: a response foretold
// ("Netanyahu said Israel would respond", "said the military would
// retaliate against any attack") is a threat made in the saying; one made
// with strikes is the strike.
var responses = []sense{s(parley.Threaten, "130", directed, "against", "to").when(toldResponse),
	// "Iran responded with barrages of ballistic missiles against Israeli
	// cities": the response was a strike
	s(parley.Assault, "195", directed, "on", "against", "at", "into").needs("with").takes(strikeNouns...)}

// forcesStruckBack is armed forces' retaliation told as done: "The
// Indian Army retaliated strongly to the firing by the Pakistan Army" is
// fire returned.
var forcesStruckBack = s(parley.Assault, "190", directed, "against", "to", "on").when(forcesRetaliated)

// exercisesBegun is drills begun with another's forces: "launched
// military drills with Finland".
var exercisesBegun = s(parley.Cooperate, "062", symmetric, "with").takes(exerciseNouns...).withMode("")

// exerciseNouns are the objects of "held", "conducted", "took part in"
// that name military drills, one or many: "a naval exercise".
var exerciseNouns = []string{"drills", "exercises", "manoeuvres", "maneuvers", "drill", "exercise"}

// strikeNouns are what a state launches or answers with when it strikes.
var strikeNouns = []string{"strikes", "strike", "airstrikes", "airstrike", "attacks", "attack", "offensive", "barrage", "barrages", "salvo",
	"salvos", "volley", "assault", "bombardment", "incursion", "counteroffensive", "counter-offensive", "missiles", "rockets",
	"drones", "raid", "raids", "invasion"}

// envoySentTo is a person sent to a capital, who visits its state:
// "Macron sent his envoy Jean-Yves Le Drian to Beirut".
var envoySentTo = s(parley.Consult, "042", visit, "to").withMode("visit").withMedium(parley.InPerson).when(envoySent)

// protestSent is a protest sent, delivered or handed over in writing:
// "Belgrade sent a protest note to Zagreb", "handed a note of protest to
// the ambassador".
var protestSent = s(parley.Accuse, "111", directed, "to").withMode("disapprove").takes("protest", "démarche", "demarche", "rebuke")

// sideBySide is one leader speaking or standing beside another before the
// press, a meeting in person: "Lula, speaking alongside Pedro Sánchez in
// Brasília, said …".
var sideBySide = s(parley.Consult, "040", symmetric, "alongside", "beside").needs("alongside", "beside").withMedium(parley.InPerson).when(besidePerson)

// leftForVisit is a person's departure for a capital or state, a visit
// there: "Modi left for Moscow on Monday".
var leftForVisit = s(parley.Consult, "042", visit, "for").needs("for").withMode("visit").withMedium(parley.InPerson).when(leftFor)

// coHosted is a gathering two or more held together, who met in holding
// it: "Macron and Guterres co-hosted a donor conference".
var coHosted = s(parley.Consult, "040", symmetric, "with").takes(gatherings...).when(gatheringUnnamed)

// verbForms returns the inflections of a regular verb lemma, with the
// irregular forms given after "|" in spec.
func verbForms(spec string) []string {
	parts := strings.Split(spec, "|")
	l := parts[0]
	out := append([]string{l}, parts[1:]...)
	if len(parts) > 1 && len(parts) >= 4 {
		return out // a fully spelled-out list
	}
	stem := l
	switch {
	case strings.HasSuffix(l, "e"):
		stem = l[:len(l)-1]
		out = append(out, l+"s", l+"d", stem+"ing")
	case strings.HasSuffix(l, "y") && !strings.ContainsAny(l[len(l)-2:len(l)-1], "aeiou"):
		stem = l[:len(l)-1]
		out = append(out, stem+"ies", stem+"ied", l+"ing")
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x"):
		out = append(out, l+"es", l+"ed", l+"ing")
	default:
		out = append(out, l+"s", l+"ed", l+"ing")
		// Doubled final consonant: "ban" → "banned", "expel" → "expelled".
		last := l[len(l)-1]
		quV := len(l) >= 4 && l[len(l)-4:len(l)-2] == "qu" // "quit" → "quitting", "equip" → "equipped": the u of "qu" is no vowel
		if !strings.ContainsRune("aeiouwxy", rune(last)) && len(l) >= 3 && strings.ContainsRune("aeiou", rune(l[len(l)-2])) && (!strings.ContainsRune("aeiou", rune(l[len(l)-3])) || quV) {
			out = append(out, l+string(last)+"ed", l+string(last)+"ing")
		}
	}
	return out
}

// accuseVerbs make a charge whose content follows "of", "for" or "over":
// what the charge names is alleged, not coded as an event of its own.
var accuseVerbs = map[string]bool{"accused": true, "accuses": true, "accusing": true, "accuse": true,
	"blamed": true, "blames": true, "blaming": true, "blame": true, "charged": true, "charges": true,
	"charging": true, "convicted": true, "indicted": true, "suspected": true, "suspects": true}

// askWords ask another to act; the act named after their "to" is asked
// for, not done.
var askWords = map[string]bool{"urge": true, "urged": true, "urges": true, "urging": true, "ask": true, "asked": true,
	"invite": true, "invited": true, "invites": true, "inviting": true,
	"asks": true, "asking": true, "want": true, "wants": true, "wanted": true, "wanting": true, "press": true,
	"pressed": true, "presses": true, "pressing": true, "beg": true, "begged": true, "begging": true, "push": true,
	"pushed": true, "pushing": true, "encourage": true, "encouraged": true, "encouraging": true, "persuade": true,
	"persuaded": true, "convince": true, "convinced": true, "demand": true, "demands": true, "demanded": true,
	"request": true, "requests": true, "requested": true, "requesting": true, "demanding": true, "call": true, "calls": true, "efforts": true, "pressure": true,
	// nouns of asking: "turned down pleas from the EU to recognise Kosovo"
	"plea": true, "pleas": true, "appeal": true, "appeals": true, "appealed": true, "appealing": true, "entreaties": true,
	// "ordered Israel to immediately halt its offensive": commanded, not done
	"ordered": true, "orders": true, "ordering": true,
	// "instructed Gaviria to travel to Venezuela": sent, not yet gone
	"instructed": true, "instructs": true, "instruct": true, "instructing": true, "directed": true, "directs": true}

// missilesThrown is a crowd's violent protest at the state whose mission
// it pelts: "protesters threw stones at the Japanese embassy".
var missilesThrown = s(parley.Protest, "145", directed, "at").withMode("riot").takes(thrownThings...).when(crowdThrows)

// missilesThrownAtForces is a crowd's attack on the police or soldiers it
// pelts: "protesters hurled petrol bombs and stones at the officers".
var missilesThrownAtForces = s(parley.Assault, "180", directed, "at").takes(thrownThings...).when(crowdThrowsAtForces)

var thrownThings = []string{"stones", "rocks", "eggs", "bottles", "paint", "firebombs", "bricks", "petrol", "molotov", "grenades"}

// invitationSent is an invitation sent, conveyed, issued, renewed or
// handed to someone: "conveyed an invitation to Prabowo to visit the
// UAE", "sent an invitation to Kishida", "handed Ruto an invitation".
var invitationSent = s(parley.Request, "106", directed, "to", "").withMode("meet").takes("invitation", "invitations").when(ownInvitation)
