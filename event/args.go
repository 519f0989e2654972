package event

import (
	"maps"
	"slices"
	"strings"

	"parley"
	"parley/nlp/token"
)

// leftBoundaries end the search for a subject: a clause begins after them.
var leftBoundaries = map[string]bool{";": true, ":": true, "that": true, "but": true, "while": true,
	"whereas": true, "although": true, "because": true, "though": true, "—": true, "(": true, ")": true}

// rightBoundaries end the search for an object.
var rightBoundaries = map[string]bool{";": true, ":": true, "but": true, "while": true, "whereas": true,
	"although": true, "because": true, "which": true, "who": true, "after": true, "before": true,
	"when": true, "since": true, "as": true, "—": true, "saying": true, "amid": true,
	"where": true} // ("travelled to Amman, where he will meet …": the relative's own actors)

// plural reports whether a lower-case word looks like a plural noun.
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// stateActs are nouns whose country word names the state that acts or
// is acted upon: "the Russian invasion", "Israeli strikes", "the Chinese
// decision" — unlike "the American public" or "Chinese goods".
var stateActs = map[string]bool{"raid": true, "ruling": true, "law": true, "step": true, "steps": true, "statement": true, "remarks": true, "comments": true, "vote": true, "referendum": true, "invasion": true, "aggression": true, "attack": true, "attacks": true,
	"strike": true, "strikes": true, "airstrikes": true, "airstrike": true, "offensive": true, "occupation": true, "annexation": true,
	"seizure": true, "seizures": true, "takeover": true, "capture": true, "bombing": true, "bombings": true,
	"raids": true, "assault": true, "expulsion": true, "expulsions": true,
	"decision": true, "move": true, "moves": true, "policy": true, "policies": true, "actions": true, "action": true,
	"crackdown": true, "government": true, "regime": true, "military": true, "troops": true, "forces": true,
	"authorities": true, "officials": true, "official": true, "leadership": true, "leaders": true, "ministers": true, "embassy": true, "embassies": true, "consulate": true, "consulates": true, "ambassador": true, "missions": true,
	"envoy": true, "envoys": true, "charge": true, "d'affaires": true, "consul": true, "minister": true, "delegation": true, // ("the Belarusian chargé d'affaires was summoned")
	"flag": true, "flags": true, "effigy": true,
	// forces moved or shown: "condemned the Iraqi troop movements", "the
	// Chinese military drills", "protested the Russian buildup"
	"movements": true, "deployment": true, "deployments": true, "buildup": true, "build-up": true, "drills": true,
	"exercises": true, "manoeuvres": true, "maneuvers": true, "incursions": true, "mobilisation": true, "mobilization": true,
	"launches": true, "tests": true,
	"incursion": true, "landing": true, "intervention": true, "bombardment": true, "shelling": true, "blockade": true, "sanctions": true, "tariffs": true,
	"measures": true, "missile": true, "missiles": true, "drones": true, "hackers": true, "interference": true,
	"meddling": true, "threats": true, "provocations": true, "behaviour": true, "behavior": true, "claims": true,
	// what one side asks of or grants another: "demanded a full Israeli
	// withdrawal", "a Japanese apology", "welcomed the French recognition"
	"withdrawal": true, "pullout": true, "pull-out": true, "apology": true, "recognition": true,
	// what one side puts to another: "rejected the German criticism",
	// "dismissed the Ukrainian peace plan"
	"criticism": true, "criticisms": true, "accusations": true, "allegations": true, "demands": true, "demand": true,
	"proposal": true, "proposals": true, "plan": true, "ultimatum": true, "pressure": true,
	// a stance or an offer taken up or turned down: "welcomed the Russian
	// position", "rejected the Egyptian initiative"
	"position": true, "stance": true, "initiative": true, "offer": true, "efforts": true, "mediation": true, "overture": true, "overtures": true,
	// conduct judged: "criticised what he called Saudi adventurism"
	"adventurism": true, "expansionism": true, "hegemonism": true, "unilateralism": true, "militarism": true,
	"intransigence": true, "belligerence": true, "bullying": true, "coercion": true, "hostility": true,
	// what force and penalties fall on: "attacked Armenian positions",
	// "blacklisted 12 Chinese firms", "seized a British tanker"
	"positions": true, "targets": true, "bases": true, "soldiers": true, "villages": true, "towns": true,
	"cities": true, "ships": true, "vessels": true, "vessel": true, "tanker": true, "convoy": true, "firms": true,
	"boat": true, "boats": true, "ship": true, "warship": true, "frigate": true, "destroyer": true, "base": true,
	"post": true, "posts": true, "checkpoint": true, "checkpoints": true, "outpost": true, "mission": true, "patrol": true,
	"companies": true, "entities": true, "banks": true, "nationals": true, "citizens": true, "diplomats": true,
	"journalists": true, "territory": true, "soil": true, "airspace": true, "waters": true, "outposts": true, "warships": true, "aircraft": true, "jets": true,
	"protesters": true, "demonstrators": true, "activists": true, "civilians": true, "prisoners": true,
	"fishermen": true, "sailors": true, "students": true, "workers": true, "refugees": true, "migrants": true,
	"airlines": true, "carriers": true, "flights": true, "ports": true, "port": true, "airports": true,
	"airfields": true, "infrastructure": true, "facilities": true, "depots": true, "refineries": true,
	"hospitals": true, "schools": true, "homes": true, "grid": true, "hostages": true, "hostage": true,
	"captives": true, "detainees": true, "citizen": true, "national": true, "journalist": true, "diplomat": true,
	"tourist": true, "tourists": true, "businessman": true, "researcher": true, "student": true,
	// one of a state's people by a singular demonym: "detained the Chinese captain"
	"captain": true, "captains": true, "skipper": true, "crew": true, "fisherman": true, "sailor": true, "pilot": true,
	// "struck a Ukrainian power plant", "shelled a Syrian village"
	"plant": true, "plants": true, "station": true, "stations": true, "dam": true, "village": true, "town": true,
	"city": true, "hospital": true, "school": true, "airport": true, "airbase": true, // (not "a Ukrainian plane": an airline's)
	"drone": true, "submarine": true, "soldier": true,
	// one site struck: "attacked a Russian refinery", "hit a Ukrainian fuel depot"
	"refinery": true, "depot": true, "facility": true, "factory": true, "airfield": true, "terminal": true, "pipeline": true, "arsenal": true}

// forceNouns after a country word name the state's agents acting:
// "Pakistani jets struck …", "Russian troops shelled …", "Russian and
// Ukrainian delegations met …".
var forceNouns = map[string]bool{"jets": true, "warplanes": true, "aircraft": true, "troops": true, "forces": true,
	"soldiers": true, "navy": true, "drones": true, "army": true, "artillery": true, "tanks": true, "bombers": true,
	"warships": true, "ships": true, "vessels": true, "militia": true, "hackers": true, "authorities": true,
	"officials": true, "diplomats": true, "police": true, "military": true, "fighters": true, "missiles": true, "rockets": true,
	"coastguard": true, "guards": true, "officers": true, "delegations": true, "delegation": true, "negotiators": true,
	"envoys": true, "representatives": true, "ministers": true, "leaders": true,
	// one craft: "A Chinese ship rammed …", "a Russian missile struck …"
	"ship": true, "vessel": true, "warship": true, "jet": true, "warplane": true, "drone": true, "submarine": true,
	"frigate": true, "destroyer": true, "missile": true, "rocket": true, "bomber": true}

// fieldWords name the field of officials or forces between their state's
// word and them: "Chinese trade negotiators", "Russian defence officials".
var fieldWords = map[string]bool{"trade": true, "foreign": true, "defence": true, "defense": true, "finance": true,
	"security": true, "military": true, "peace": true, "economic": true, "senior": true, "top": true, "border": true,
	"nuclear": true, "intelligence": true, "government": true}

// premisesOf nouns are places held by the actor named after "of" or by
// a possessive: to surround or raid "the home of Raila Odinga", "his
// house", "the headquarters of the attorney general" is to coerce him.
var premisesOf = map[string]bool{"home": true, "house": true, "residence": true, "headquarters": true, "office": true,
	"offices": true, "compound": true, "villa": true}

// struckOf are the places force falls on whose holder follows "of": "the
// positions of Hezbollah fighters", "a convoy of the Malian army".
var struckOf = map[string]bool{"positions": true, "position": true, "posts": true, "post": true, "outposts": true,
	"outpost": true, "bases": true, "base": true, "camps": true, "camp": true, "convoy": true, "convoys": true,
	"checkpoint": true, "checkpoints": true, "trenches": true, "barracks": true, "patrol": true, "patrols": true,
	"vessels": true, "vessel": true, "ships": true, "boats": true, "units": true, "strongholds": true}

// sideAgents reports whether a plural noun names people who act for the
// sides named after it: "negotiators for the two sides", "commanders from
// both sides".
func sideAgents(w string) bool {
	return forceNouns[w] || staffNouns[w] || w == "commanders" || w == "delegates"
}

// headsOf nouns stand for the actors named after "of": "the leaders of
// France and Germany", "representatives of the two governments".
// (and the state nouns: "the island nation of Tonga" is the state itself)
var headsOf = func() map[string]bool {
	m := map[string]bool{"leaders": true, "leader": true, "heads": true, "head": true, "presidents": true,
		"president": true, "representatives": true, "delegations": true, "delegation": true, "officials": true,
		"envoys": true, "diplomats": true, "ambassadors": true, "attaches": true, "attachés": true, "ministers": true, "governments": true, "government": true, "foreign": true, "members": true,
		"people": true,
		// "deputies of Rukh accused the president": the party
		"deputies": true, "lawmakers": true, "legislators": true, "mps": true,
		// "exchanged fire with staff of the Cuban embassy": the mission's
		"staff": true, "personnel": true, "employees": true}
	maps.Copy(m, stateNouns)
	return m
}()

// stateNouns name a state described before its name: "the small Pacific
// island nation of Tonga", "the Central Asian republic of Kazakhstan".
var stateNouns = map[string]bool{"nation": true, "country": true, "kingdom": true, "republic": true, "emirate": true,
	"principality": true, "sultanate": true, "archipelago": true}

// partitiveNouns name a part or a body of the actors named after "of",
// who act through it: "units of the Syrian army", "a delegation of
// Iranian officials", "two battalions of Russian paratroopers".
var partitiveNouns = map[string]bool{"unit": true, "units": true, "elements": true,
	"contingent": true, "contingents": true, "battalion": true, "battalions": true, "brigade": true, "brigades": true,
	"detachment": true, "detachments": true, "squad": true, "squads": true, "team": true, "teams": true,
	"delegation": true, "delegations": true, "squadron": true, "squadrons": true,
	"regiment": true, "regiments": true,
	// "the armed wing of Hamas fired …", "the leadership of UNITA met …",
	// "fighters of the Islamic State attacked …"
	"wing": true, "wings": true, "leadership": true, "command": true,
	"fighters": true, "militants": true, "gunmen": true, "troops": true, "soldiers": true}

// partitiveHead reports whether the noun at n is a part or body of the
// actors named after its "of", opening the clause at cs or after a
// determiner or a count a few words before it: "Units of …", "a small
// unit of …", "two battalions of …". (Members are heads only as a whole,
// "the members of …": "some members of Congress" are not Congress.)
func (d *doc) partitiveHead(n, cs int) bool {
	if !partitiveNouns[d.tok(n).Norm] || d.cover[n] >= 0 {
		return false
	}
	for j := n - 1; j >= cs-1 && j >= n-3; j-- {
		t := d.tok(j)
		if j < cs || t.Is(",") && j == n-1 {
			return j == n-1 // the noun opens the clause, or an apposition
		}
		if t.Is("a", "an", "the", "several", "some", "many", "other", "additional", "fresh") || t.Kind == token.Number || countWords[t.Norm] > 0 {
			return true
		}
		if d.cover[j] >= 0 || t.Kind != token.Word || t.Upper && j > cs {
			return false
		}
	}
	return false
}

// headsOfState reports whether "heads of state", "heads of government"
// or "heads of state and government" ends at j after "the" (or opening
// the clause at cs): they stand for the body named after "of".
func (d *doc) headsOfState(j, cs int) bool {
	if j-2 < cs || !d.tok(j).Is("state", "government") {
		return false
	}
	if d.tok(j).Is("government") && d.tok(j-1).Is("and") && d.tok(j-2).Is("state") {
		j -= 2 // "… of State and Government"
	}
	return j-2 >= cs && d.tok(j-1).Is("of") && d.tok(j-2).Is("heads", "head") && d.definiteBefore(j-2, cs)
}

// ownedOf are what a state has that support or a charge is about: "its
// support for the territorial integrity of Ukraine" is for Ukraine.
var ownedOf = map[string]bool{"integrity": true, "sovereignty": true, "independence": true, "security": true,
	"territory": true, "unity": true, "stability": true,
	// "its support for the accession of Sweden to NATO": for Sweden
	"accession": true, "bid": true, "membership": true, "candidacy": true, "invitation": true, "application": true}

// groupsIn name those of a state, body or alliance named after "in":
// "the authorities in Minsk", "the parties in Sudan", "allies in NATO".
var groupsIn = map[string]bool{"allies": true, "partners": true, "authorities": true, "parties": true, "sides": true,
	"government": true, "leaders": true, "rulers": true, "junta": true, "officials": true, "counterparts": true}

// rulersIn are the groupsIn that stand for the state of the place named:
// "the authorities in Minsk" are Belarus's.
var rulersIn = map[string]bool{"authorities": true, "government": true, "rulers": true, "junta": true}

// groupHeads name people in a group whose members a list may name after
// "among them" or "including": "his counterparts, among them …".
var groupHeads = map[string]bool{"counterparts": true, "leaders": true, "ministers": true, "presidents": true,
	"heads": true, "officials": true, "envoys": true, "colleagues": true}

// listedStates are the plural nouns a list of states is told by before
// the names it holds: "expelled diplomats from seven Latin American
// countries, including Chile and Argentina".
var listedStates = map[string]bool{"countries": true, "states": true, "nations": true, "governments": true,
	"neighbours": true, "neighbors": true, "allies": true, "partners": true,
	"groups": true, "factions": true, "militias": true, "movements": true} // ("a ceasefire with five armed groups, including the ELN")

// listedOf are the plural nouns a sanction list is told by before the
// names it holds: "sanctioned ten Europeans and four entities, among them
// the Subcommittee on Human Rights".
var listedOf = map[string]bool{"officials": true, "individuals": true, "entities": true, "people": true, "persons": true,
	"lawmakers": true, "politicians": true, "bodies": true, "organisations": true, "organizations": true, "companies": true,
	"firms": true, "Europeans": true, "europeans": true, "Americans": true, "americans": true, "citizens": true, "nationals": true,
	"agencies": true, "charities": true, "ngos": true} // ("revoked the licences of ten foreign aid agencies, among them Oxfam")

// staffNouns name people who act for the body or state they work at.
var staffNouns = map[string]bool{"officials": true, "diplomats": true, "authorities": true, "staff": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "negotiators": true, "prosecutors": true}

// personnelNouns name the people a mission employs, who stand for it when
// they are expelled.
var personnelNouns = map[string]bool{"employees": true, "personnel": true, "members": true, "officers": true,
	"employee": true, "member": true, "officer": true, "diplomat": true}

// afterMannerPhrase returns the token after a phrase of manner opening at
// i — "in the strongest terms", "in the strongest possible terms", "in
// no uncertain terms" — when the verb's object follows it; else i.
func (d *doc) afterMannerPhrase(i, ce int) int {
	if i+2 >= ce || !d.tok(i).Is("in") {
		return i
	}
	for j := i + 1; j < ce && j <= i+4; j++ {
		if d.tok(j).Is("terms", "fashion", "manner") {
			if j+1 < ce && !d.tok(j+1).Is(",", ".", ";", "and") {
				return j + 1
			}
			return i
		}
		if !d.tok(j).Is("the", "no", "uncertain", "strongest", "strong", "harshest", "firmest", "clearest", "possible", "most", "unequivocal") {
			return i
		}
	}
	return i
}

// forcesLedAt reports whether the words at i are forces "led by" or
// "commanded by" the one named three tokens on, whom they stand for:
// "called on the forces led by Khalifa Haftar". (Forces "loyal to"
// someone are a group of their own.)
func (d *doc) forcesLedAt(i, ce int) bool {
	return i+3 < ce && d.cover[i] < 0 && forceNouns[d.tok(i).Norm] && d.tok(i+1).Is("led", "commanded") && d.tok(i+2).Is("by") && d.cover[i+3] >= 0
}

// partyAt reports whether the mention covering token i names a political
// party.
func (d *doc) partyAt(i int) bool {
	m, ok := d.mentionAt(i)
	if !ok || len(m.Actors) != 1 {
		return false
	}
	a := d.actors[m.Actors[0]]
	return a != nil && a.Role == "political party"
}

// definiteBefore reports whether "the" opens the noun phrase that ends
// with the noun at n, a few words before it ("the four founding members"),
// or the noun opens the clause itself.
func (d *doc) definiteBefore(n, cs int) bool {
	if n == cs {
		return true // "Members of the European Parliament criticised …": the head opens the clause
	}
	for j := n - 1; j >= cs && j >= n-3; j-- {
		if d.tok(j).Is("the") {
			return true
		}
		if d.cover[j] >= 0 || d.tok(j).Kind == token.Punct {
			return false
		}
	}
	return false
}

// modifiedNouns after an actor's name show that the name only modifies
// them ("a G7 leader", "US officials"), so it is not the acting subject.
var modifiedNouns = map[string]bool{"leader": true, "leaders": true, "official": true, "officials": true,
	"ambassador": true, "envoy": true, "diplomat": true, "diplomats": true, "minister": true, "ministers": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "delegation": true, "citizens": true,
	"nationals": true, "companies": true, "firms": true, "goods": true, "products": true, "imports": true,
	"exports": true, "member": true, "members": true, "country": true, "countries": true, "states": true,
	"partners": true, "allies": true, "lawmakers": true, "negotiator": true, "negotiators": true,
	"counterpart": true, "counterparts": true, "representative": true, "representatives": true,
	"lawyers": true, "attorneys": true, "investors": true, "businesses": true, "tourists": true,
	"journalists": true, "reporters": true, "scientists": true, "researchers": true, "analysts": true,
	"experts": true, "economists": true, "media": true, "newspapers": true, "fans": true, "voters": true}

// familyNouns after a name's possessive are private people: "Castillo's
// wife", "Biden's son".
var familyNouns = map[string]bool{"wife": true, "husband": true, "son": true, "sons": true, "daughter": true,
	"daughters": true, "children": true, "family": true, "brother": true, "sister": true, "mother": true,
	"father": true, "relatives": true, "widow": true, "nephew": true, "niece": true, "spouse": true}

// privatePeople of a country do not act for it: "the US lawyers are
// demanding" has no state for subject.
var privatePeople = map[string]bool{"lawyers": true, "attorneys": true, "investors": true, "businesses": true,
	"tourists": true, "journalists": true, "reporters": true, "scientists": true, "researchers": true,
	"analysts": true, "experts": true, "economists": true, "media": true, "newspapers": true, "fans": true, "voters": true}

// privateObjects after a state's adjective name private people or
// businesses of that state, which are no political target of an arrest,
// an attack or a deal ("two Russian tourists", "Chinese investors").
var privateObjects = map[string]bool{"tourist": true, "tourists": true, "investor": true, "investors": true,
	"company": true, "companies": true, "firm": true, "firms": true, "businessman": true, "businessmen": true,
	"businesswoman": true, "businesspeople": true, "executive": true, "executives": true, "traveller": true,
	"travellers": true, "traveler": true, "travelers": true, "fans": true, "supporters": true, "players": true,
	"student": true, "backpacker": true, "backpackers": true, "holidaymakers": true, "buyers": true, "lenders": true}

// businessObjects of a state are its economy, which sanctions on them hit:
// "sanctions on Chinese companies".
var businessObjects = map[string]bool{"company": true, "companies": true, "firm": true, "firms": true,
	"investor": true, "investors": true, "executive": true, "executives": true, "buyers": true, "lenders": true}

// nationalObjects after a state's adjective name private people by their
// nationality and trade: "the American journalist", "a French academic".
// (A state's "citizens" or "nationals" held are its own concern: "Iran
// jailed two French citizens" stays aimed at France.)
var nationalObjects = map[string]bool{"journalist": true, "journalists": true, "reporter": true, "reporters": true,
	"photographer": true, "man": true,
	"woman": true, "men": true, "women": true, "teenager": true, "teenagers": true, "resident": true,
	"residents": true, "worker": true, "academic": true, "scholar": true, "researcher": true, "writer": true,
	"blogger": true, "athlete": true, "priest": true, "missionary": true, "missionaries": true, "couple": true,
	"hiker": true, "hikers": true, "expatriate": true, "expatriates": true, "passengers": true}

// nationalsAt reports whether private people of a nationality are named at
// k, after the country word: "journalist", "dual national", "aid worker".
func (d *doc) nationalsAt(k, ce int) bool {
	if k+1 < ce && d.tok(k).Is("dual", "aid", "charity", "rights", "exchange", "-born") {
		k++
	}
	return k < ce && nationalObjects[d.tok(k).Norm]
}

// locationPreps introduce places, never actors of the event.
var locationPreps = map[string]bool{"in": true, "at": true, "from": true, "near": true, "outside": true, "inside": true}

// nonActorPreps introduce mentions that are neither subject nor object.
var nonActorPreps = map[string]bool{"of": true, "in": true, "at": true, "from": true, "for": true, "about": true,
	"over": true, "under": true, "into": true, "among": true, "near": true, "outside": true, "inside": true,
	"like": true, "including": true, "toward": true, "towards": true, "despite": true, "amid": true,
	"during": true, "ahead": true, "after": true, "before": true, "since": true, "to": true,
	"against": true, "versus": true, "through": true, "via": true, "on": true}

// norm returns the token's normalised text, or its text for punctuation.
func norm(t *token.Token) string {
	if t.Kind == token.Punct {
		return t.Text
	}
	return t.Norm
}

// subjects finds the actors to the left of trigger k, within the clause
// that starts at cs: the nearest mention not governed by a preposition, and
// any joined to it by "and" or commas ("Kishida and Yoon agreed").
func (d *doc) subjects(k, cs int) (ids []string, start int) {
	return d.subjectsOf(k, cs, false)
}

// subjectsOf is subjects for a trigger that is a noun when nominal: a
// genitive then owns the act only when it stands right before the noun.
func (d *doc) subjectsOf(k, cs int, nominal bool) (ids []string, start int) {
	if !nominal {
		if v, a := d.predicateAcrossRelative(k, cs); v > a {
			return d.subjectsOf(v, a, false) // "Tbilisi released footage that showed a Russian jet, and accused Moscow": Tbilisi
		}
	}
	if o := d.unnamedDoer(k, cs); !nominal && o >= 0 {
		return nil, o // "Peru issued them safe-conduct passes to travel to Mexico": they travel, unnamed
	}
	if ids, start := d.paperAdopter(k, cs); !nominal && ids != nil {
		return ids, start // "the House passed a New Democratic Party motion that backs …": the House
	}
	if ids, start := d.thatRelativeHead(k, cs); !nominal && ids != nil {
		return ids, start
	}
	if ids, start, ok := d.involvedDoers(k, cs); !nominal && ok {
		return ids, start // "sanctions on Iranian firms involved in supplying drones": the firms supply
	}
	if r := d.commonNounRelative(k, cs); !nominal && r >= 0 {
		return nil, r // "the inspections, which transporters have denounced for months": the transporters, no actor
	}
	if !nominal && k-2 > cs && strings.HasSuffix(d.tok(k).Norm, "ing") && d.tok(k-1).Is("after", "before", "while", "when") && d.sayVerbAt(k-2) && d.cover[k-3] >= 0 {
		// "…, EU foreign policy chief Josep Borrell said after hosting the
		// two leaders": the one who spoke hosted them
		return d.subjectsOf(k-2, cs, false)
	}
	if !nominal && k-3 >= cs && d.tok(k-1).Is("to") {
		// "police stormed the Mexican embassy in Quito to arrest Glas":
		// those who entered the building act, not the building
		for v := k - 2; v > cs && k-v <= 8; v-- {
			if d.tok(v).Is(",", ";", "and", "who", "which", "that") {
				break
			}
			if d.cover[v] < 0 && d.tok(v).Is("stormed", "raided", "entered", "surrounded", "besieged", "breached") {
				if ids, start := d.subjectsOf(v, cs, false); ids != nil {
					return ids, start
				}
				break
			}
		}
	}
	if !nominal && k-3 >= cs && d.tok(k-1).Is("to") && d.cover[k-2] >= 0 {
		// "stressed the need for Pakistan to condemn the attack": an act
		// wished of the one after "for", not done, and no act of the
		// subject of the sentence
		if ms := d.mentionStart(k - 2); d.mentionEnd(k-2) == k-1 && ms-1 >= cs && d.tok(ms-1).Is("for") {
			return nil, ms
		}
	}
	if nominal {
		if p := d.unnamedPossessor(k, cs); p >= 0 {
			return nil, p // "the Vice President's visit to Arunachal Pradesh": the visitor's, whom the text does not name
		}
		if ids, start, ok := d.causeOwner(k, cs); ok {
			return ids, start
		}
		if ids, start := d.includedDeedOwner(k, cs); ids != nil {
			return ids, start
		}
	}
	if nominal {
		// "Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting
		// Bangkok, …, held a Japan-China Summit Meeting": the noun held
		// has the verb's subject, found as the verb's.
		if v := d.holdingVerbBefore(k, cs); v > cs {
			if ids, start := d.subjectsOf(v, cs, false); ids != nil {
				return ids, start
			}
		}
	}
	if nominal {
		// "Pompeo met King Salman, before going on to Ankara for talks
		// with Erdogan": the talks of a gerund after "before" or "after"
		// are the main verb's subject's, not its object's.
		if v := d.gerundAdjunctVerb(k, cs); v > cs {
			if ids, start := d.subjectsOf(v, cs, false); ids != nil {
				return ids, start
			}
		}
	}
	if nominal {
		// "Witkoff led the US delegation in talks with Russian officials":
		// the talks are the leader's, not his delegation's state's.
		if v := d.ledSideInto(k, cs); v > cs {
			if ids, start := d.subjectsOf(v, cs, false); ids != nil {
				return ids, start
			}
		}
	}
	if !nominal && k-3 >= cs && d.tok(k-1).Is("and") && d.cover[k-2] >= 0 {
		// "should stop arming Taiwan and support …": the name before "and"
		// is the first verb's object; both verbs share its subject.
		if ms := d.mentionStart(k - 2); ms-1 > cs && d.cover[ms-1] < 0 {
			if v := d.tok(ms - 1); v.Kind == token.Word && !v.Upper && (strings.HasSuffix(v.Norm, "ing") || d.finiteVerbAt(ms-1)) && !ingPrepositions[v.Norm] {
				return d.subjectsOf(ms-1, cs, false)
			}
		}
	}
	if sa, _ := d.tokensOf(d.sentenceAround(k)); !nominal && k-2 >= sa && d.tok(k-1).Is("and") && !strings.HasSuffix(d.tok(k).Norm, "ing") {
		// "Garland said that Hernández had “abused his position …” and
		// thanked the Honduran government": after words quoted, the
		// speaker's second verb.
		if sv := d.sayVerbBeforeQuote(k-1, sa); sv >= 0 {
			if ids, start := d.subjectsOf(sv, sa, false); ids != nil {
				return ids, start
			}
		}
	}
	if !nominal && k-2 >= cs && d.tok(k-1).Is("and") && !strings.HasSuffix(d.tok(k).Norm, "ing") {
		// "The European Council condemns Russia's war against Ukraine and
		// reaffirms its support": a second verb shares the first one's
		// subject, whatever its object named.
		if v := d.verbBefore(k-1, cs); v >= 0 {
			sa, _ := d.tokensOf(d.sentenceAround(k))
			if d.tok(k - 2).Is(",") {
				if w := d.whenClauseOpening(v, sa); w >= 0 {
					// "condemned the violence of 24 July, when protesters
					// attacked the embassies, and asked the ministry …":
					// the verb before the "when" clause asks
					if v2 := d.verbBefore(w, sa); v2 >= 0 {
						return d.subjectsOf(v2, d.clauseStart(v2, sa), false)
					}
				}
			}
			if d.finiteVerbAt(k) && d.pastAfterModal(k-1, k, sa) {
				if sv := d.sayVerbBeforeModal(v, sa); sv >= 0 {
					// "Adorni said Buenos Aires would not recall its envoy
					// and accused Madrid of meddling": no "would accused",
					// so the second verb is the speaker's.
					if main, mstart := d.subjectsOf(sv, sa, false); main != nil {
						return main, mstart
					}
				}
			}
			if coordinatedSpeechActs[d.tok(k).Norm] {
				if sv := d.sayVerbBeforeThat(v, sa); sv >= 0 {
					// "Brandt told the rally that Germany needed fewer
					// weapons, and called on Washington …": a speech act
					// joined to what was said is the sayer's
					if main, mstart := d.subjectsOf(sv, sa, false); main != nil {
						return main, mstart
					}
				}
			}
			if d.finiteVerbAt(k) {
				if sv := d.sayVerbBeforeNoActor(v, k, sa); sv >= 0 {
					// "Pakistan said two children were killed and condemned
					// the attack": a reported clause that names no actor
					// leaves the second verb to the speaker.
					if main, mstart := d.subjectsOf(sv, sa, false); main != nil {
						return main, mstart
					}
				}
			}
			if ids, start := d.subjectsOf(v, cs, false); ids != nil {
				if sv := d.reportedSelfTarget(k, v, start, cs, ids); sv >= 0 {
					// "Zhang said Washington's veto sent a wrong message
					// and accused the United States of double standards":
					// the second verb is the speaker's, not the reported
					// clause's, whose subject it would aim at itself.
					if main, mstart := d.subjectsOf(sv, cs, false); main != nil {
						return main, mstart
					}
				}
				return ids, start
			} else if p := d.verbGroupStart(v, cs-1) - 1; p >= cs && d.pronounSubjectAt(p) {
				// "It urges Djibouti and Eritrea to settle … and asks the
				// Secretary-General to report": the second verb's subject
				// is the first's, whom a pronoun names, never its object.
				return nil, p
			}
		}
	}
	if !nominal {
		if ids, start := d.butShared(k, cs); ids != nil {
			return ids, start
		}
	}
	if v := d.summonedEnvoyBefore(k, cs); !nominal && v >= 0 {
		return d.subjectsOf(v, cs, false) // "summoned China's ambassador, Wu Jianghao, to condemn …": the summoner condemns
	}
	if v := d.rankedToAct(k, cs); !nominal && v >= 0 {
		if ids, start := d.subjectsOf(v, cs, false); ids != nil {
			return ids, start // "Kellogg, Trump's envoy, became the first US official to visit Minsk": Kellogg visits
		}
	}
	if v := d.contactedBefore(k, cs); !nominal && v >= 0 {
		return d.subjectsOf(v, cs, false) // "Blinken called Lavrov on Tuesday to urge …": Blinken urges
	}
	if !nominal {
		if ids, start := d.joinedIn(k, cs); ids != nil {
			return ids, start
		}
	}
	if !nominal && k-4 >= cs && d.tok(k-1).Is("to") && d.tok(k-2).Is("invitation", "invitations") && d.tok(k-3).Is("'s", "’s") && d.cover[k-4] >= 0 {
		// "Putin accepted Erdogan's invitation to visit Turkey": the one
		// invited visits, not the one who invited.
		ms := d.mentionStart(k - 4)
		if ids := d.clauseSubject(cs, ms); ids != nil {
			return ids, ms
		}
	}
	if !nominal && k > cs+1 && d.tok(k-1).Is("letter", "message", "note", "letters", "messages") && strings.HasSuffix(d.tok(k).Norm, "ing") {
		// "Orban sent Kristersson a letter inviting him to visit": the
		// letter speaks for its sender, the clause's subject.
		if ids := d.clauseSubject(cs, k); ids != nil {
			return ids, k
		}
	}
	if !nominal && strings.HasSuffix(d.tok(k).Norm, "ing") && d.tok(k).Upper {
		if ids := d.frontedSubject(k); ids != nil {
			return ids, k // "Receiving Hassan Sheikh in Cairo, Sisi said …": Sisi received him
		}
	}
	if !nominal && k > 0 && d.tok(k-1).Is("having") && d.tok(k-1).Upper {
		if ids := d.frontedSubject(k - 1); ids != nil {
			return ids, k // "Having met Putin in Moscow, Orban flew …": Orban met him
		}
	}
	if v, vs := d.deedRelativeVerb(k, cs); !nominal && v >= 0 {
		if ids, start := d.subjectsOf(v, vs, false); ids != nil {
			return ids, start // "Doumbouya led a coup that toppled Condé": the coup's leader toppled him
		}
	}
	if !nominal {
		if ids, start := d.relativeAntecedent(k, cs); ids != nil {
			return ids, start
		}
		if j := d.relativeWhich(k, cs); j > 0 {
			return nil, j + 1 // "said the explosion at the dam, which killed two soldiers, …": the explosion killed, no actor
		}
	}
	if !nominal && k > cs && d.tok(k-1).Is("after", "before", "since") && strings.HasSuffix(d.tok(k).Norm, "ing") {
		// "held talks with him in Bangkok, days after speaking to him by
		// phone": the doer of the act it is timed against.
		if ids := d.participleSubject(k-1, true); ids != nil {
			return ids, k
		}
	}
	if p := d.participleJourneyBefore(k, cs); p >= 0 {
		// "Lula hosted Macron in Brasilia before heading to Buenos Aires
		// to meet Milei", "will meet Wang Yi before travelling to Seoul
		// for talks with Yoon": the main verb's subject goes on.
		if v := d.verbBefore(p, cs); v >= 0 {
			if ids, start := d.subjectsOf(v, cs, false); ids != nil {
				return ids, start
			}
		}
	}
	if !nominal && k > cs && d.tok(k-1).Is(",") && strings.HasSuffix(d.tok(k).Norm, "ing") {
		// "Finland closed its border with Russia, accusing Moscow …": the
		// participle's subject is the one who did the act before it.
		if ids := d.participleSubject(k-1, false); ids != nil {
			return ids, k
		}
	}
	if !nominal && k > cs && strings.HasSuffix(d.tok(k).Norm, "ing") && paperNouns[d.tok(k-1).Norm] {
		// "the vote of the UN General Assembly on a resolution demanding
		// that Russia withdraw": the paper speaks for the body that
		// passed it, not for whoever voted or abstained.
		if ids := d.paperBody(k-1, cs); ids != nil {
			return ids, k
		}
		if d.wordIn(cs, k-1, "against", "abstained", "vetoed", "blocked", "rejected", "opposed") {
			return nil, k // "Brazil voted against the resolution condemning Russia": the paper condemns, Brazil did not
		}
	}
	if !nominal && k > cs && strings.HasSuffix(d.tok(k).Norm, "ing") && d.cover[k-1] < 0 && plural(d.tok(k-1).Norm) &&
		d.tok(k-1).Kind == token.Word && !d.tok(k-1).Upper && !auxWords[d.tok(k-1).Norm] &&
		!d.tok(k-1).Is("countries", "states", "nations", "governments", "members", "allies", "powers") { // ("Belgium is one of the countries supporting Kabila")
		// "killed protesters demanding Boluarte's resignation": the
		// participle's subject is the noun it follows, here no actor.
		if m, ok := d.mentionAt(k - 1); !ok || len(m.Actors) == 0 {
			return nil, k
		}
	}
	if v := d.listedPredicate(k, cs); !nominal && v >= 0 {
		// "Clinton saw Netanyahu in Jerusalem on Tuesday, met Abbas in
		// Ramallah on Wednesday and flew to Cairo": the predicates of a
		// list share the first one's subject, not its object.
		if ids, start := d.subjectsOf(v, cs, false); ids != nil {
			return ids, start
		}
	}
	verbGroup := true // only auxiliaries and adverbs so far, right before the trigger
	for i := k - 1; i >= cs; i-- {
		t := d.tok(i)
		if d.cover[i] < 0 {
			if dashes[t.Text] && verbGroup && !nominal {
				// "The Palestinian Authority - which considers the US
				// biased - called for …": the subject stands before the
				// dashes.
				if open := d.openingDash(i, cs); open >= 0 {
					i, verbGroup = open, false
					continue
				}
			}
			if t.Is(",") && !verbGroup {
				// "Zalmay Khalilzad, the U.S. special envoy for
				// Afghanistan, arrived … for talks with the Taliban": past
				// an apposition of the person before it.
				sa, _ := d.tokensOf(d.sentenceAround(k))
				if open := d.openingComma(i, sa); open > sa && d.personAt(open-1) && d.tok(open+1).Is("the", "a", "an", "who", "whose", "whom") {
					// ("Anwar Ibrahim, who chairs ASEAN this year, held talks …": the relative's object is not the subject)
					i, cs = open, min(cs, sa)
					continue
				}
			}
			if t.Is(",") && verbGroup && !nominal {
				// "A group of physicians, alarmed that the administration
				// is denying vaccines, is urging …": the subject stands
				// before the parenthesis, not inside it, even when the
				// parenthesis holds a clause of its own.
				sa, _ := d.tokensOf(d.sentenceAround(k))
				if open := d.openingComma(i, sa); open >= 0 {
					if ids, s := d.delegationSubject(min(cs, sa), open, k); ids != nil {
						return ids, s // "The Russian delegation, headed by Medinsky, … met": its leader
					}
					if ids := d.knownAsName(open, i); ids != nil {
						return ids, open + 1 // "The group, known as the Royal Sulu Army, refused …": the name it goes by
					}
					if ids := d.paperSigners(open, i); ids != nil {
						return ids, open + 3 // "The joint statement, signed by Russia and nine other states, urged …": its signers
					}
					if d.tok(open+1).Is("who", "whose", "which") {
						// "Michael Roth, Germany's minister for Europe,
						// whose country holds the presidency, urged …":
						// past the apposition before the relative aside
						// too, to the person both describe
						if p := d.openingComma(open, sa); p > sa && d.personAt(p-1) {
							open = p
						}
					}
					i, cs = open, min(cs, sa)
					verbGroup = false
					continue
				}
			}
			if verbGroup && unnamedAgents[t.Norm] && !nominal && !(i > cs && (d.possessiveAt(i-1) || d.cover[i-1] >= 0)) {
				// "When the officers found the body, prosecutors alleged
				// …": the subject is a group the text does not name, not
				// an actor further left. ("Trump's advisers suggested" and
				// "Kremlin aides rejected" speak for their owners.)
				return nil, i
			}
			if d.predicateJoin(i, cs) && d.sharedSubjectVerb(i, k) {
				// "Orban met Meloni in Rome, and on Tuesday travelled to
				// Vienna for talks with Nehammer": the verbs share the
				// first one's subject, not its object.
				if v := d.verbBefore(i, cs); v >= 0 {
					return d.subjectsOf(v, cs, false)
				}
			}
			if !auxWords[t.Norm] {
				verbGroup = false
			}
			if !nominal && t.Is("after", "before", "when", "once", "until", "because", "as") && i+1 < k && d.cover[i+1] < 0 &&
				(d.finiteVerbIn(i+1, k) || d.finiteVerbAt(k) && d.nounPhraseSpan(i+1, k)) {
				// "…, a day after army officers seized power and placed
				// Bongo under house arrest", "called Putin after members of
				// Hamas attacked Israel": the subordinate clause's own
				// subject, no actor here, not the main clause's.
				return nil, i + 1
			}
			if t.Is("its", "their") && !nominal && i+2 < k && d.tok(i+2).Is("to") && !d.tok(i+1).Upper {
				// "The United States condemned China's actions and reaffirmed
				// its commitment to defend the Philippines": the owner of
				// "its" is the one who acted before in the sentence, not the
				// possessor named in between.
				if id := d.actedBefore(i); id != "" {
					return []string{id}, i
				}
			}
			if t.Is(")") {
				// "The North Atlantic Treaty Organization (NATO) condemned
				// …": a short parenthesis after a name is no clause.
				if open := d.shortParenthesis(i, cs); open > cs && d.cover[open-1] >= 0 {
					i = open
					continue
				}
			}
			if leftBoundaries[norm(t)] && !d.thatTime(i) {
				return nil, i + 1
			}
			// "a month in which western leaders tried …": a relative
			// clause with a subject of its own.
			if t.Is("which", "whom") && i > cs && d.tok(i-1).Kind == token.Word && nonActorPreps[d.tok(i-1).Norm] {
				return nil, i + 1
			}
			// "…, using a video call": a participle takes the subject of
			// the clause it hangs on.
			if i > cs && d.tok(i-1).Is(",") && participle(t) {
				if ids := d.participleSubject(i-1, false); ids != nil {
					return ids, i
				}
			}
			continue
		}
		m, ok := d.mentionAt(i)
		ms := d.mentionStart(i)
		if ok && !nominal && d.bodyNamedFor(d.mentionEnd(i), k) {
			// "The Security Council's Libya sanctions committee had asked
			// Tunisia …": the committee, the owner's body, acts; the
			// state it is named for does not.
			if ms >= 2 && d.tok(ms-1).Is("'s", "’s") && d.cover[ms-2] >= 0 {
				return d.in.Mentions[d.cover[ms-2]].Actors, d.mentionStart(ms - 2)
			}
			return nil, ms
		}
		if !nominal && ms >= 2 && d.tok(ms-1).Is("by") && d.tok(ms-2).Is("backed", "supported", "armed", "funded", "sponsored", "aided", "financed", "trained", "equipped") {
			// "M23 rebels backed by Rwanda captured Bukavu": the backer
			// describes the subject before it.
			i, verbGroup = ms-2, false
			continue
		}
		if !ok {
			// "Pakistani jets struck …": a country word and the force it
			// sends, right before the verb.
			e := d.mentionEnd(i)
			if e+1 < k && fieldWords[d.tok(e).Norm] && d.cover[e] < 0 && forceNouns[d.tok(e+1).Norm] {
				e++ // "US and Chinese trade negotiators", "Russian defence officials": the field, then the agents
			}
			if e < k && forceNouns[d.tok(e).Norm] && (k-e <= 3 ||
				nominal && k-e <= 10 && d.tok(e+1).Is("carried", "launched", "conducted", "staged", "mounted", "unleashed", "held", "concluded", "opened", "began", "resumed", "wrapped")) {
				// (…or the noun of "Israeli warplanes carried out some of
				// their heaviest strikes")
				ids := d.in.Mentions[d.cover[i]].Actors
				// "American and British warplanes struck": both states'.
				if ms >= 2 && d.tok(ms-1).Is("and") && d.cover[ms-2] >= 0 && (d.in.Mentions[d.cover[ms-2]].Via == parley.ViaAdjective ||
					d.mentionEnd(ms-2) == ms-1 && len(d.in.Mentions[d.cover[ms-2]].Actors) == 1 && strings.HasPrefix(d.in.Mentions[d.cover[ms-2]].Actors[0], "state:")) {
					// ("U.S. and British jets": a state's name as its adjective)
					ids = append(append([]string(nil), d.in.Mentions[d.cover[ms-2]].Actors...), ids...)
					ms = d.mentionStart(ms - 2)
				}
				return ids, ms
			}
		}
		genitive := i+1 < k && d.tok(i+1).Is("'s", "’s", "'", "’")
		if genitive && i+2 < k && familyNouns[d.tok(i+2).Norm] {
			return nil, i + 2 // "Putin's daughter travelled to Paris": a private person, not Putin
		}
		possessor := genitive && (k-(i+2) <= 2 || d.packageOf(i+2, k)) || // "Putin's state visit", "the EU's fourth package of sanctions"
			ok && m.Via == parley.ViaPronoun && d.tok(i).Is("his", "her", "their", "its") && i+1 >= k-3 // "ahead of his meeting with Biden"
		if nominal && genitive && !possessor {
			i = ms // "Xi was Putin's guest … on a state visit": Putin owns the guest, not the visit
			continue
		}
		modifier := i+1 < k && d.cover[i+1] < 0 && modifiedNouns[d.tok(i+1).Norm] && // "the first G7 leader", "the most senior US official"
			!d.tok(i+1).Is("spokesman", "spokeswoman", "spokesperson") && // but a spokesman speaks for the ministry,
			!(d.tok(i+1).Is("leaders") && ok && d.isOrg(m.Actors[0]) && !d.crowd(m.Actors[0])) && // and "NATO leaders invited …" for the alliance,
			// "Turkish intelligence officials met …" for the agency, "the EU delegation urged …" for the Union
			!(d.tok(i+1).Is("officials", "diplomats", "negotiators", "delegation", "delegations") && k-(i+1) <= 3 && ok && len(m.Actors) == 1 && d.isOrg(m.Actors[0]) && !d.crowd(m.Actors[0]))
		if modifier && privatePeople[d.tok(i+1).Norm] {
			return nil, i + 1 // "the US lawyers are demanding": people of a country, not the country
		}
		pre := ms - 1
		for pre > cs && d.tok(pre).Is("the", "a", "an", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "occupied", "rural", "neighbouring", "neighboring") {
			pre-- // "for the Belt and Road Forum", "in northern Italy": the preposition before the article or the region
		}
		if modifier && !nominal && (pre < cs || d.tok(pre).Is(",") || pre == cs && d.tok(pre).Is("the", "a", "an")) {
			// "In an interview with Xinhua, a Pakistani minister praised
			// China": the clause's subject is the minister, whom the text
			// does not name; the outlet before the comma is no subject.
			return nil, ms
		}
		// "after Rajnath Singh met …": a conjunction opening a clause whose
		// verb is the trigger, not a preposition.
		between := ms > cs && pre >= 0 && d.tok(pre).Is("between") // "relations between Russia and China"
		conj := ms > cs && pre >= 0 && d.tok(pre).Is("after", "before", "since", "until", "when", "once") &&
			(d.nextVerb(d.mentionEnd(i), k) || d.tok(k-1).Is("and") && d.finiteVerbAt(d.mentionEnd(i)) || d.armsThenVerb(d.mentionEnd(i), k) || d.asideThenVerb(d.mentionEnd(i), k)) // "after Belarus forced a jet to land and arrested …"
		// "Thousands of protesters marched": a count before the actors
		// does not govern them.
		// …nor does the head of "the government of Mali", "the leaders
		// of France and Germany": they stand for the state.
		counted := pre > cs && d.tok(pre).Is("of") && (d.tok(pre-1).Is(countNouns...) ||
			d.tok(pre-1).Is("groups", "crowds", "bands", "gangs") && ok && d.crowd(m.Actors[0]) || // "Groups of protesters attacked the embassies …"
			pre-1 > cs && d.tok(pre-1).Is("group", "coalition", "handful", "number") && d.tok(pre-2).Is("a", "an") || // "A group of Kenyan lawmakers accused …"
			headsOf[d.tok(pre-1).Norm] && d.definiteBefore(pre-1, cs) ||
			d.partitiveHead(pre-1, cs) || // "Units of the Syrian army shelled …", "a delegation of Iranian officials met …"
			d.headsOfState(pre-1, cs) || // "The Authority of Heads of State and Government of ECOWAS"
			d.envoyOfHead(pre-1, cs)) // "A senior diplomat of the Pakistan High Commission was summoned"
		// "Aircraft from US Southern Command carried out …": the forces
		// of the one named after "from" act.
		forcesFrom := pre > cs && d.tok(pre).Is("from") && forceNouns[d.tok(pre-1).Norm] && ok && len(m.Actors) == 1 && d.isOrg(m.Actors[0]) &&
			!d.tok(pre-1).Is("missiles", "drones", "artillery", "rockets")
		// "Officials at the State Department accused …", "Authorities in
		// Tehran arrested …": unnamed staff act for the body or the place's
		// state they are at.
		staffAt := pre > cs && d.tok(pre).Is("at", "in") && d.cover[pre-1] < 0 && staffNouns[d.tok(pre-1).Norm] && ok && !d.crowd(m.Actors[0]) ||
			// "ambassadors from the alliance would meet Russian envoys":
			// envoys of the body or state they come from; so is "a
			// ministerial team from SADC"
			pre > cs && d.tok(pre).Is("from") && d.cover[pre-1] < 0 && d.tok(pre-1).Is("ambassadors", "envoys", "diplomats", "officials", "delegates", "representatives", "negotiators",
				"delegation", "delegations", "team", "teams") && ok && !d.crowd(m.Actors[0])
		// "Negotiators for the two sides held talks", "army commanders
		// from both sides met": the sides act through their agents.
		agentsOfSides := ok && m.Via == parley.ViaGroup && pre > cs && ms-pre == 1 && d.tok(pre).Is("for", "from", "of") && d.cover[pre-1] < 0 && sideAgents(d.tok(pre-1).Norm)
		// "Republicans on the Intelligence Committee accused …": the
		// party's members act, not the body they sit on.
		if ok && ms > cs && pre > cs && d.tok(pre).Is("on", "in") && d.cover[pre-1] >= 0 && d.partyAt(pre-1) && !d.partyAt(i) {
			i = ms
			continue
		}
		// "The junta revoked agreements with France on Aug. 3 and, on Aug.
		// 25, gave …": the partner of the first verb is no subject of the
		// second.
		withBeforeAnd := !nominal && ok && ms > cs && pre >= 0 && d.tok(pre).Is("with") && d.andBetween(d.mentionEnd(i), k)
		// "Erdogan met Putin in Sochi and flew to Tehran for talks with
		// Raisi": the first verb's object is no subject of the second.
		// (Not "said India had sent …": a name before its own verb.)
		e := d.mentionEnd(i)
		objectBeforeAnd := ok && ms > cs && pre > cs && ms-pre == 1 && d.cover[pre] < 0 && !d.tok(pre).Upper && d.finiteVerbAt(pre) && d.andBetween(e, k) &&
			!(e < k && (auxWords[d.tok(e).Norm] || d.finiteVerbAt(e)))
		// "called for an end to the US embargo": a name right before the
		// noun qualifies it, whatever preposition stands before the name.
		qualifies := nominal && ok && d.mentionEnd(i) == k && len(m.Actors) == 1 && !d.tok(pre).Is("between", "with")
		if ids, start := d.repeatedOfSubjects(pre, cs); ok && !nominal && ids != nil {
			return uniq(append(ids, m.Actors...)), start // "Delegations of the Houthis and of the government met"
		}
		if !ok || modifier || between || withBeforeAnd || objectBeforeAnd || !possessor && !qualifies && !conj && !counted && !forcesFrom && !staffAt && !agentsOfSides && ms > cs && nonActorPreps[norm(d.tok(pre))] && !d.tok(pre).Is("by") {
			i = ms
			continue
		}
		ids = append(ids, m.Actors...)
		if counted && !d.tok(pre-1).Is(countNouns...) {
			// "The European Union and the four founding members of
			// Mercosur": what is coordinated is the whole phrase.
			ms = pre - 1
			for ms > cs && !d.tok(ms).Is("the") {
				ms--
			}
		}
		start = ms
		if !(nominal && d.inPhrase(k)) && ms-2 > cs && d.tok(ms-1).Is(",") && d.cover[ms-2] >= 0 && slices.Equal(d.in.Mentions[d.cover[ms-2]].Actors, m.Actors) {
			// "Netanyahu and Sheikh Abdullah, the UAE foreign minister,
			// held talks": the apposition restates the name before it.
			// (Not for a noun in a phrase of its own: "…, Yoshimasa
			// Hayashi, on the sidelines of Asean meetings".)
			ms = d.mentionStart(ms - 2)
			start = ms
		}
		if ok && m.Via == parley.ViaPronoun && d.tok(ms).Is("it", "he", "she", "they") && ms > cs && d.tok(ms-1).Is("and", "but") {
			return ids, start // "overturned the decree of the Assembly, and it annulled …": a new clause's subject, no list
		}
		// Coordination to the left: "X and Y", "X, Y and the Z". A comma
		// joins only inside a list that "and" closes: in "between Moscow
		// and Beijing, Putin made …" the comma ends a fronted phrase.
		seenAnd := false
		j0 := ms - 1
		c := j0
		for c > cs && ms-c <= 2 && d.cover[c] < 0 && d.tok(c).Upper && d.tok(c).Kind == token.Word {
			c-- // "Mullah", "General": a title before the name
		}
		if c == j0 && d.personAt(i) && (holderTitles[d.tok(c).Norm] || !d.tok(ms).Upper) {
			// "Li Qiang and top legislator Zhao Leji": a title in lower
			// case before the name
			t := c - 1
			for t > cs && c-t <= 2 && d.cover[t] < 0 && d.tok(t).Kind == token.Word && !d.tok(t).Upper && !d.tok(t).Is("and", "the", "a", "an") {
				t--
			}
			if t > cs && d.tok(t).Is("and") && d.cover[t-1] >= 0 {
				c = t
			}
		}
		if c == j0 && d.tok(c).Is("and") {
			// "Xie Feng and State Councilor and Foreign Minister Wang Yi":
			// a title of two offices joined by "and" before the name
			t := c - 1
			for t > cs && c-t <= 3 && d.cover[t] < 0 && d.tok(t).Upper && d.tok(t).Kind == token.Word {
				t--
			}
			if t < c-1 && t > cs && d.tok(t).Is("and") && d.cover[t-1] >= 0 {
				c = t
			}
		}
		titled := d.personAt(i) // "… and Foreign Minister Wang Yi"
		if a := d.appositionHead(c, cs); a >= 0 {
			// "X and the Taliban's political chief, Mullah Baradar, signed":
			// the name stands for its role phrase, which the "and" joins.
			j0 = a
		} else if c < j0 && d.tok(c).Is("and", "&") {
			j0 = c // "Tusk and Commission President Juncker held talks": the title word is the name's
		}
		listEnd, listLen := -1, 0 // the last comma crossed after "and": the list so far
		for j := j0; j > cs; {
			// "… and Taliban leader Baradar", "… and Russia's Lavrov": a
			// name that only qualifies the subject belongs to it.
			if d.cover[j] >= 0 && d.mentionEnd(j) == start {
				j = d.mentionStart(j) - 1
			} else if d.possessiveAt(j) && j-1 > cs && d.cover[j-1] >= 0 {
				j = d.mentionStart(j-1) - 1
			}
			for j > cs && d.tok(j).Is("the", "his", "her", "their", "its", "then", "former", "late", "paramilitary", "rival", "ruling",
				"opposition", "militant", "separatist", "rebel", "interim", "outgoing", // "the army and the paramilitary Rapid Support Forces"
				"most", "several", "many", "some", "fellow") { // "the United States and most EU members"
				j--
			}
			if t := d.titleOfStart(j, cs); t >= 0 {
				j = t - 1 // "…, Prime Minister of Sweden Magdalena Andersson and …": the title the name carries
			}
			if j <= cs || !d.tok(j).Is("and", ",", "&") && !d.norAfterNeither(j, cs) || d.tok(j).Is(",") && !seenAnd {
				break
			}
			if d.tok(j).Is("and", "&") && listEnd >= 0 {
				if j > cs && d.tok(j-1).Is(",") {
					break // "…, and Lithuania, Latvia and Estonia imposed": ", and" joins a clause before the list
				}
				// "The foreign ministers of Congo and Rwanda, Wagner and
				// Nduhungirehe, signed": a second list before the comma
				// is what the names stand in apposition to.
				ids, start = ids[len(ids)-listLen:], listEnd
				break
			}
			if d.tok(j).Is(",") && !d.tok(j+1).Is("and", "&") && seenAnd {
				// where the list closed by "and" may begin: "the foreign
				// ministers of Britain, France and Germany, David Lammy,
				// Jean-Noël Barrot and Johann Wadephul" lists three names
				listEnd, listLen = start, len(ids)
			}
			seenAnd = seenAnd || d.tok(j).Is("and", "&", "nor")
			j--
			if j >= cs && d.tok(j).Is(",") { // the Oxford comma: "X, Y, and Z"
				if q := d.apposedPersonEnd(j, cs); q >= 0 {
					j = q + 1 // "Lafleur, leader of the RPCR, and Tjibaou signed": past the first name's description
				}
				j--
			}
			m2, ok := d.mentionAt(j)
			if j < cs || !ok {
				break
			}
			p := d.mentionStart(j) - 1
			if p > cs && d.tok(p).Is("the") {
				p-- // "of the Hashemite Kingdom of Jordan": the state's full style
			}
			if !nominal && p-1 > cs && d.tok(p).Is("of", "for", "from") && d.cover[p-1] >= 0 && d.personAt(p-1) && d.stateMention(m2) {
				// "Ayman Safadi of Jordan and Sameh Shoukry of Egypt met",
				// "King Hussein of the Hashemite Kingdom of Jordan and …":
				// the person, whose side the state after "of" names.
				j = p - 1
				m2, _ = d.mentionAt(j)
			}
			if listEnd >= 0 && m2.Via == parley.ViaGroup && len(m2.Actors) == listLen && d.tok(j+1).Is(",") {
				// "The foreign ministers of the two countries, Sergei Lavrov
				// and Mevlut Cavusoglu, will hold talks": the names stand in
				// apposition to the group.
				ids, start = ids[len(ids)-listLen:], listEnd
				break
			}
			if p := d.mentionStart(j) - 1; seenAnd && p > cs && (d.tok(j+1).Is("and") && d.possessorAt(j+2) || d.tok(j+1).Is(",") && d.tok(j+2).Is("and", "but")) && nonActorPreps[norm(d.tok(p))] && d.tok(p).Kind == token.Word &&
				!d.tok(p).Is("after", "before", "since", "until", "when", "once") { // ("since Putin and Jiang signed": a clause)
				// "…assistance to Sudan, and State Department spokesman Ned
				// Price called", "the war in Ukraine and India's refusal":
				// the object of a preposition joins no subject (though
				// "officials from India and Pakistan" and "from Tunisia,
				// Egypt and Morocco" are lists).
				break
			}
			if p := d.mentionStart(j) - 1; seenAnd && p > cs && d.tok(j+1).Is(",") && d.tok(j+2).Is("and", "but") && d.tok(p).Kind == token.Word &&
				!d.tok(p).Upper && !nonActorPreps[norm(d.tok(p))] && !d.tok(p).Is("the", "both", "either", "neither", "and", "or", "of") {
				// "accepted an invitation to visit Russia, and the two
				// leaders are due to meet": the object of a verb before
				// ", and" joins no subject after it.
				break
			}
			if p := d.mentionStart(j) - 1; seenAnd && p > cs && d.tok(j+1).Is("and") && (d.objectVerbAt(p) || d.verbsPrepositionAt(p)) && (d.finiteVerbAt(d.mentionEnd(i)) || auxWords[d.tok(d.mentionEnd(i)).Norm]) {
				// "Blinken met Wang Yi and Beijing imposed sanctions": the
				// first verb's object joins no subject after it.
				break
			}
			if titled && d.tok(j+1).Is("and") && d.inTitleOf(d.mentionStart(j), cs) && len(m2.Actors) == 1 && d.isOrg(m2.Actors[0]) {
				// "Member of the Political Bureau of the CPC Central
				// Committee and Foreign Minister Wang Yi held talks": two
				// offices of one person; the body is in the first title.
				break
			}
			if d.tok(j+1).Is(",") && d.officeOf(d.mentionStart(j), cs) && d.personAt(j+2) {
				// "The chairman of Sudan's Sovereign Council, Abdel Fattah
				// al-Burhan, and Hamdok flew …": the body is the office's,
				// whose holder the apposition after it names
				break
			}
			ids = append(append([]string(nil), m2.Actors...), ids...)
			start = d.mentionStart(j)
			j = start - 1
			if h := d.governmentsOfHead(j, cs); seenAnd && h > cs && d.tok(h-1).Is("and") {
				// "the Islamic Republic of Iran and the Governments of
				// France, Germany and the United Kingdom agreed": past the
				// head the list hangs on, to the name joined before it
				start, j, listEnd = h, h-1, -1
			}
		}
		return ids, start
	}
	return nil, cs
}

// unnamedPossessor returns the token of the "'s" that makes the noun at
// k someone's — past a modifier or two ("the Vice President's planned
// visit") — when no actor stands before it: the act's doer is that
// possessor, not the clause's subject. -1 otherwise.
func (d *doc) unnamedPossessor(k, cs int) int {
	j := k - 1
	for n := 0; n < 2 && j > cs && d.tok(j).Kind == token.Word && !d.tok(j).Upper && d.cover[j] < 0 && !d.possessiveAt(j); n++ {
		j--
	}
	if j <= cs || !d.tok(j).Is("'s", "’s") || d.cover[j-1] >= 0 || d.tok(j-1).Kind != token.Word || !d.tok(j-1).Upper && !appositionRoles[d.tok(j-1).Norm] ||
		d.inDate(j-1) || d.timePossessive(j) { // ("Monday's summit": a day's, no one's)
		return -1
	}
	return j
}

// plainPhrase reports whether tokens [a, b) are only determiners, counts
// and lower-case modifiers, no actor: "both foreign", "the two".
func (d *doc) plainPhrase(a, b int) bool {
	for i := a; i < b; i++ {
		if d.cover[i] >= 0 || d.tok(i).Kind != token.Word || d.tok(i).Upper && !d.tok(i).Is("the", "both") {
			return false
		}
	}
	return true
}

// envoyOfHead reports whether the noun at h is one envoy or official,
// with its article and a word or two before it, whose "of" names the
// state or mission it serves: "a senior diplomat of the Pakistan High
// Commission", "the deputy envoy of Iran".
func (d *doc) envoyOfHead(h, cs int) bool {
	if h <= cs || d.cover[h] >= 0 || d.tok(h).Upper || !d.tok(h).Is("diplomat", "envoy", "ambassador", "official", "representative", "attaché", "attache", "counsellor", "counselor") {
		return false
	}
	for i := h - 1; i >= cs && h-i <= 3; i-- {
		if d.tok(i).Is("a", "an", "the") {
			return true
		}
		if d.cover[i] >= 0 || d.tok(i).Kind != token.Word {
			return false
		}
	}
	return false
}

// governmentsOfHead returns where "the Governments of", "the leaders of"
// (or "the foreign ministers of") starts when its "of" stands at j, or -1.
func (d *doc) governmentsOfHead(j, cs int) int {
	if j-1 <= cs || !d.tok(j).Is("of") || d.cover[j-1] >= 0 || !headsOf[d.tok(j-1).Norm] {
		return -1
	}
	h := j - 1
	for h-1 > cs && d.cover[h-1] < 0 && d.tok(h-1).Is("foreign", "defence", "defense", "finance", "prime", "the") {
		h--
	}
	if !d.tok(h).Is("the") {
		return -1
	}
	return h
}

// unnamedDoer returns where the object of the verb before an infinitive
// at k stands when that object, who is to do the act, names no actor —
// "allowed them to travel", "issued them passes to travel", "granted the
// refugees visas to travel" — or -1.
func (d *doc) unnamedDoer(k, cs int) int {
	j := k - 2
	if j <= cs || !d.tok(k-1).Is("to") || d.cover[j] >= 0 {
		return -1
	}
	if d.tok(j).Is("passes", "pass", "visas", "visa", "permission", "permits", "permit", "passage", "clearance") {
		j-- // the leave given, then the one given it
		for j > cs && d.cover[j] < 0 && d.tok(j).Kind == token.Word && !d.tok(j).Upper && (determiners[d.tok(j).Norm] || strings.Contains(d.tok(j).Text, "-")) {
			j--
		}
	}
	if j <= cs || d.cover[j] >= 0 {
		return -1
	}
	if d.tok(j).Is("decision", "plan", "move", "bid", "attempt", "offer", "refusal", "threat", "order", "call", "pledge", "promise") && j-2 > cs && d.possessiveAt(j-1) && d.cover[j-2] < 0 {
		return j - 2 // "against the government's decision to suspend talks": the government's, which the text does not name as an actor
	}
	switch t := d.tok(j); {
	case t.Is("them", "him", "her", "us"):
		return j
	case t.Kind == token.Word && !t.Upper && plural(t.Norm) && d.tok(j-1).Is("the") && j-2 > cs && allowVerbs[d.tok(j-2).Norm]:
		return j - 1
	case t.Kind == token.Word && !t.Upper:
		if p := d.askedPhraseStart(j, cs); p >= 0 {
			return p
		}
	}
	return -1
}

// commonNounRelative returns where the subject of a relative clause
// holding the verb at k starts when that subject is a common noun naming
// no actor — "which transporters have denounced", "that local farmers
// condemned" —, or -1: the doer is unnamed, and no actor of the main
// clause stands in for it.
func (d *doc) commonNounRelative(k, cs int) int {
	r := k - 1
	for r > cs && k-r <= 5 && !d.tok(r).Is("which", "that") {
		if d.cover[r] >= 0 || d.tok(r).Kind != token.Word || d.tok(r).Upper {
			return -1
		}
		r--
	}
	if r <= cs || !d.tok(r).Is("which", "that") || r+1 >= k {
		return -1
	}
	s := r + 1
	for s < k && determiners[d.tok(s).Norm] {
		s++
	}
	if s >= k || d.tok(s).Is("was", "were", "is", "are", "has", "have", "had", "will", "would", "also", "then", "later", "not", "been", "be", "it", "they", "he", "she", "we") ||
		d.finiteVerbAt(s) || pastForms[d.tok(s).Norm] || strings.HasSuffix(d.tok(s).Norm, "ly") {
		return -1 // ("which was denounced", "which have denounced": the head is the subject)
	}
	for t := r + 1; t < k; t++ {
		if d.inDate(t) || d.tok(t).Is("day", "evening", "morning", "night", "week", "month", "year", "afternoon", "time") {
			return -1 // ("a note that evening recognising …": a time, no subject)
		}
	}
	return s
}

// askedPhraseStart returns where a noun phrase ending at j that names no
// actor begins when a verb of asking governs it — "urged the country's
// political actors", "called on all parties", "asked the rebels" — or -1:
// the act in the infinitive after it is theirs, not the asker's.
func (d *doc) askedPhraseStart(j, cs int) int {
	for p := j - 1; p > cs && j-p <= 6; p-- {
		t := d.tok(p)
		if d.cover[p] >= 0 || t.Upper || t.Kind != token.Word && !t.Is("'s", "’s") {
			return -1
		}
		if t.Is("on", "upon") && p-1 > cs && d.tok(p-1).Is("called", "call", "calls", "calling") {
			return p + 1
		}
		if askVerbs[t.Norm] {
			return p + 1
		}
	}
	return -1
}

// askVerbs ask someone named right after them to act; unlike askWords,
// they hold no nouns of asking ("calls", "pressure") nor verbs that ask
// for a thing ("demanded the release").
var askVerbs = map[string]bool{"urge": true, "urged": true, "urges": true, "urging": true, "ask": true, "asked": true, "asks": true,
	"asking": true, "press": true, "pressed": true, "presses": true, "pressing": true, "encourage": true, "encouraged": true,
	"encourages": true, "encouraging": true, "persuade": true, "persuaded": true, "invite": true, "invited": true, "invites": true}

// allowVerbs let or help someone do an act: the one let does it.
var allowVerbs = map[string]bool{"allowed": true, "allow": true, "allows": true, "permitted": true, "permit": true, "granted": true,
	"grant": true, "issued": true, "gave": true, "helped": true, "help": true, "enabled": true, "let": true}

// paperNouns name papers a body adopts that speak for it: "a resolution
// demanding …".
var paperNouns = map[string]bool{"resolution": true, "resolutions": true, "declaration": true, "communique": true,
	"communiqué": true, "motion": true}

// paperSigners returns who signed or issued a paper named just before
// the comma at open, as an aside that closes at c says: "The joint
// statement from that meeting, signed by Russia and nine other regional
// states, …" — the paper speaks for them.
func (d *doc) paperSigners(open, c int) []string {
	if open+3 >= c || !d.tok(open+1).Is("signed", "issued", "adopted", "endorsed", "released", "approved") || !d.tok(open+2).Is("by") {
		return nil
	}
	at := open + 3
	if d.tok(at).Is("the") && at+1 < c {
		at++ // "issued by the African Union"
	}
	m, ok := d.mentionAt(at)
	if !ok || d.mentionStart(at) != at {
		return nil
	}
	for q := open - 1; q >= 0 && open-q <= 5; q-- {
		if paperNouns[d.tok(q).Norm] || d.tok(q).Is("statement", "letter", "document", "communiqué", "report") {
			return d.coordinated(m, d.mentionEnd(at), c)
		}
		if d.tok(q).Is(",", ";") || d.cover[q] >= 0 {
			return nil
		}
	}
	return nil
}

// paperBody returns the assembly or council named before the paper noun
// at n in its clause, after "of" or as its owner ("the vote of the UN
// General Assembly on a resolution", "a Security Council resolution"),
// or nil.
func (d *doc) paperBody(n, cs int) []string {
	for i := n - 1; i >= cs && n-i <= 12; i-- {
		m, ok := d.mentionAt(i)
		if !ok {
			continue
		}
		start := d.mentionStart(i)
		p := start - 1
		if p > cs && d.tok(p).Is("the") {
			p--
		}
		if len(m.Actors) == 1 && d.actors[m.Actors[0]] != nil && d.actors[m.Actors[0]].Kind == parley.Organization &&
			(p >= cs && d.tok(p).Is("of", "by") || d.mentionEnd(i) == n || d.possessiveAt(d.mentionEnd(i))) {
			return m.Actors
		}
		i = start
	}
	// "A motion urging the government to withdraw … was passed by the
	// National Assembly": the body named after the paper's verb.
	_, b := d.tokensOf(d.sentenceAround(n))
	for i := n + 1; i+2 < b; i++ {
		if d.tok(i).Is("is", "was", "were", "been") && adoptionVerbs[d.tok(i+1).Norm] && d.tok(i+2).Is("by") {
			if j := actorAt(d, i+3, "the"); j >= 0 && d.isOrg(d.in.Mentions[d.cover[j]].Actors[0]) {
				return d.in.Mentions[d.cover[j]].Actors
			}
			return nil
		}
	}
	return nil
}

// paperAdopter returns the body that passed the paper a relative clause
// at verb k tells of — "the House of Commons passed a New Democratic
// Party motion that backs the tariffs" — and where it is named: the
// paper speaks for the body that passed it, not for the party that
// tabled it. Else nil.
func (d *doc) paperAdopter(k, cs int) ([]string, int) {
	n := k - 2
	a, _ := d.tokensOf(d.sentenceAround(k))
	if n <= a || !d.tok(k-1).Is("that", "which") || !paperNouns[d.tok(n).Norm] {
		return nil, 0
	}
	for v := n - 1; v > a && n-v <= 7; v-- {
		t := d.tok(v)
		if adoptionVerbs[t.Norm] {
			ids, start := d.subjectsOf(v, d.clauseStart(v, a), false)
			if len(ids) == 0 || !d.isOrg(ids[0]) {
				return nil, 0
			}
			return ids, start
		}
		if t.Kind != token.Word && !t.Is("'s", "’s") {
			return nil, 0
		}
	}
	return nil, 0
}

// adoptionVerbs pass a paper in a body's name.
var adoptionVerbs = map[string]bool{"passed": true, "adopted": true, "approved": true, "endorsed": true, "issued": true}

// causeOwner finds who did a deed named as the cause of another act:
// "imposed sanctions on Russia over its invasion of Ukraine" (Russia's,
// the actor just before, even after a preposition), "froze the assets of
// Russian banks in retaliation for the invasion" (the actor named before
// the cause, not the clause's subject). ok is false when noun k is no
// such cause; ids is nil when the only actor before it is the one who
// answers the deed.
func (d *doc) causeOwner(k, cs int) (ids []string, start int, ok bool) {
	det := k - 1
	if det <= cs || !d.tok(det).Is("its", "their", "the") {
		return nil, 0, false
	}
	p := det - 1
	cause := d.tok(p).Is("over") || d.tok(p).Is("for") && p > cs && d.tok(p-1).Is("retaliation", "punishment", "condemned", "criticised", "criticized", "sanctioned", "sanctions", "penalised", "penalized") ||
		d.tok(p).Is("to") && p > cs && d.tok(p-1).Is("response")
	if !cause {
		return nil, 0, false
	}
	first := -1 // the clause's first actor, who answers the deed
	for i := cs; i < p; i++ {
		if d.cover[i] >= 0 {
			first = i
			break
		}
	}
	for i := p - 1; i >= cs; i-- {
		if d.cover[i] < 0 {
			continue
		}
		ms := d.mentionStart(i)
		if ms == d.mentionStart(first) && d.tok(det).Is("the") {
			return nil, k, true // "The EU imposed sanctions for the invasion": not the EU's
		}
		return d.in.Mentions[d.cover[i]].Actors, ms, true
	}
	return nil, 0, false
}

// includedDeedOwner returns the owner of a list of deeds that the nominal
// trigger at k is one of: "the hostile actions of the British
// authorities, including the unfounded expulsion of a Russian diplomat"
// (the British expelled, not the clause's subject who heard the protest).
func (d *doc) includedDeedOwner(k, cs int) ([]string, int) {
	j := k - 1
	for j > cs && k-j <= 3 && d.cover[j] < 0 && !d.tok(j).Is("including", "the", "a", "an") {
		j-- // past adjectives: "the unfounded expulsion"
	}
	if j > cs && d.tok(j).Is("the", "a", "an") {
		j--
	}
	if j-2 <= cs || !d.tok(j).Is("including") || !d.tok(j-1).Is(",") || d.cover[j-2] < 0 {
		return nil, 0
	}
	ms := d.mentionStart(j - 2)
	if ms-2 < cs || !d.tok(ms-1).Is("of") && !(d.tok(ms-1).Is("the") && ms-2 >= cs && d.tok(ms-2).Is("of")) {
		return nil, 0
	}
	of := ms - 1
	if d.tok(of).Is("the") {
		of--
	}
	if !d.tok(of-1).Is("actions", "acts", "steps", "measures", "moves", "policies", "decisions", "activities") {
		return nil, 0
	}
	return d.in.Mentions[d.cover[j-2]].Actors, ms
}

// allPeople reports whether every one of ids is a person.
func (d *doc) allPeople(ids []string) bool {
	for _, id := range ids {
		if a := d.actors[id]; a == nil || a.Kind != parley.Person {
			return false
		}
	}
	return len(ids) > 0
}

// titleOfStart returns where a title ending in "of" at j starts, its
// state named after it ("President of Türkiye Recep Tayyip Erdoğan"): one
// to four capitalised words no mention covers; else -1.
func (d *doc) titleOfStart(j, cs int) int {
	if j <= cs || !d.tok(j).Is("of") {
		return -1
	}
	i := j - 1
	for i > cs && j-i <= 4 && d.cover[i] < 0 && d.tok(i).Kind == token.Word && d.tok(i).Upper {
		i--
	}
	if i == j-1 {
		return -1
	}
	return i + 1
}

// sharedSubjectVerb reports whether the "and" at i joins a second verb,
// at or before k, to the verb phrase before it, past an adverb or a time
// phrase: "…, and on Tuesday criticised", "and later held".
func (d *doc) sharedSubjectVerb(i, k int) bool {
	j := i + 1
	if j < k && d.tok(j).Is("then", "later", "also", "subsequently", "afterwards", "separately") {
		j++
	}
	if d.thatTime(j) {
		j += 2 // "and later that day criticised"
	}
	j = d.afterTimePhrase(j, k+1)
	if j < k && d.tok(j).Is(",") {
		j++ // "and, on Aug. 25, gave"
	}
	if j < k && d.tok(j).Is("was", "were", "will", "would", "has", "have", "had", "is", "are") {
		// "met Frederiksen and was received by the Queen", "will address
		// the Folketing and will be received": auxiliaries, then the verb
		a := j
		for a < k && d.tok(a).Is("was", "were", "will", "would", "has", "have", "had", "is", "are", "be", "been", "being", "also", "later", "then") {
			a++
		}
		if a == k {
			return true
		}
	}
	return j <= k && (d.finiteVerbAt(j) || d.travelVerbAt(j)) && !(j > 0 && d.tok(j-1).Is("the", "a", "an"))
}

// travelVerbAt reports whether i is a verb of travel in any tense, so
// that a planned trip shares its subject too: "will meet Blinken in
// Washington and then travel to Ottawa to meet Joly".
func (d *doc) travelVerbAt(i int) bool {
	t := d.tok(i)
	return d.cover[i] < 0 && t.Kind == token.Word && !t.Upper && visitWords[t.Norm] && !t.Is("trip", "trips", "journey", "tour")
}

// participleJourneyBefore returns the "before" or "after" of a journey
// told by a participle ("before heading to Seoul", "after flying to
// Paris") that the trigger at k follows past no actor or punctuation, or
// -1.
func (d *doc) participleJourneyBefore(k, cs int) int {
	for i := k - 1; i > cs+1 && k-i <= 10; i-- {
		if d.cover[i] >= 0 || d.tok(i).Kind == token.Punct {
			return -1
		}
		if d.tok(i-1).Is("before", "after") && (d.tok(i).Is("heading", "leaving", "moving") || d.travelVerbAt(i) && strings.HasSuffix(d.tok(i).Norm, "ing")) {
			return i - 1
		}
	}
	return -1
}

// summonedEnvoyBefore returns the verb of summoning whose object, an
// envoy, stands right before the "to" of the verb at k ("summoned the
// Russian ambassador, Andrei Kelin, on Tuesday to protest …"), or -1: the
// infinitive says what the summoner did, not the envoy.
func (d *doc) summonedEnvoyBefore(k, cs int) int {
	object := func(i int) bool {
		t := d.tok(i)
		return d.cover[i] >= 0 || t.Is(",", "the", "'s", "’s", "its", "their") || envoyWords[t.Norm]
	}
	return d.verbBeforePurpose(k, cs, 14, object, func(i int) int {
		switch {
		case d.tok(i).Is("summoned", "summon", "summons", "summoning"):
			return i
		case d.tok(i).Is("in") && i > cs && d.tok(i-1).Is("called", "call", "calls", "calling"):
			return i - 1 // "called in Russia's ambassador, Andrei Kelin, to condemn …"
		}
		return -1
	})
}

// contactedBefore returns the verb of a call, meeting or visit whose
// purpose the infinitive at k tells, or -1: "Blinken called Lavrov on
// Tuesday to urge Russia …", "Erdogan met Assad in Ankara to ask …" —
// the caller acts, not the one called ("called on Lavrov to …" asks him).
func (d *doc) contactedBefore(k, cs int) int {
	if d.tok(k).Is("discuss", "talk", "negotiate", "review", "consult", "explore", "exchange", "hold", "meet", "work") {
		return -1 // "met Kishida to discuss …": the meeting again, both sides
	}
	named := false
	object := func(i int) bool {
		t := d.tok(i)
		switch {
		case d.cover[i] >= 0:
			named = true
			return true
		case t.Is(",", "the", "'s", "’s", "his", "her", "their", "its", "counterpart", "counterparts", "again") || envoyWords[t.Norm] || t.Upper:
			return true // (titles and places written capitalised: "his counterpart, Foreign Minister …", "in Ankara"; "again")
		}
		return t.Is("in", "at") && i+1 < k && d.tok(i+1).Upper // "met Assad in Ankara to ask …": the place
	}
	return d.verbBeforePurpose(k, cs, 12, object, func(i int) int {
		if named && contactVerbs[d.tok(i).Norm] {
			return i
		}
		return -1
	})
}

// journeyBeforePurpose returns the verb of travel whose purpose the
// infinitive at k tells, past the place it went to and a time phrase
// ("travelled to Beijing on April 17 to demand …", "flew to Tehran to
// press …"), or -1.
func (d *doc) journeyBeforePurpose(k, cs int) int {
	object := func(i int) bool {
		t := d.tok(i)
		return t.Upper && t.Kind == token.Word || t.Is("to", "the")
	}
	return d.verbBeforePurpose(k, cs, 8, object, func(i int) int {
		if d.travelVerbAt(i) && d.tok(i+1).Is("to") {
			return i
		}
		return -1
	})
}

// verbBeforePurpose walks back from the "to" before the infinitive at k,
// past a time phrase and the words object accepts (the verb's object and
// what may come with it), to the first other word, and returns what verb
// makes of it (an index, or -1); it gives up after reach tokens.
func (d *doc) verbBeforePurpose(k, cs, reach int, object func(int) bool, verb func(int) int) int {
	if k-3 < cs || !d.tok(k-1).Is("to") {
		return -1
	}
	for i := d.beforeTimePhrase(k-2, cs); i >= cs && k-i <= reach; i-- {
		if !object(i) {
			return verb(i)
		}
	}
	return -1
}

// contacted returns the ones called, met or visited by the contact verb
// at v, named before the "to" at k-1 whose purpose is told: "telephoned
// Kiir to demand that the troops leave" demands it of Kiir.
func (d *doc) contacted(v, k int) []string {
	var ids []string
	for i := v + 1; i < k-1; i++ {
		if d.cover[i] < 0 {
			if len(ids) > 0 && !d.tok(i).Is("and", ",") {
				break // (the place or day after the one called: "in Ankara")
			}
			continue
		}
		ids = append(ids, d.in.Mentions[d.cover[i]].Actors...)
		i = d.mentionEnd(i) - 1
	}
	return uniq(ids)
}

// secondConjunct reports whether the mention at i is the second of two
// objects joined by "and" after a short phrase that names no actor:
// "praised the Bougainville delegations and the Papua New Guinea
// government".
func (d *doc) secondConjunct(from, i int) bool {
	j := i - 1
	if j > from && d.tok(j).Is("the") {
		j--
	}
	if j <= from || !d.tok(j).Is("and") || j-from > 4 {
		return false
	}
	for t := from; t < j; t++ {
		if d.cover[t] >= 0 && d.in.Mentions[d.cover[t]].Via != parley.ViaAdjective || d.tok(t).Kind != token.Word || d.finiteVerbAt(t) {
			return false
		}
	}
	return true
}

// metEnvoys are the envoys whose state a meeting verb's object names by
// its adjective: "received the Australian ambassador".
var metEnvoys = map[string]bool{"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true,
	"charge": true, "chargé": true, "consul": true, "delegation": true, "delegations": true,
	"counterpart": true, "counterparts": true} // "met his Togolese counterpart": one the text does not name stands for his state

// groupHeadBeforeRelative returns the group noun that a relative clause
// running up to the comma at c follows — "thanked the leaders who argued
// for a positive decision, among them Juncker": "leaders" — or -1.
func (d *doc) groupHeadBeforeRelative(from, c int) int {
	for j := from; j+1 < c && j-from <= 3; j++ {
		if groupHeads[d.tok(j).Norm] && d.tok(j+1).Is("who", "that") {
			for x := j + 2; x < c; x++ {
				if d.tok(x).Is(",", ";") {
					return -1
				}
			}
			return j
		}
	}
	return -1
}

// premisesBefore reports whether the object from from is "the home of"
// (or house, residence …) just before i: "surrounded the home of …".
func (d *doc) premisesBefore(from, i int) bool {
	return i-from == 3 && d.tok(from).Is("the") && premisesOf[d.tok(from+1).Norm] && d.tok(from+2).Is("of")
}

// membersBefore reports whether the words from from to the mention at i
// count or name some members of it: "dozens of members of the General
// People's Congress", "three leaders of the party".
func (d *doc) membersBefore(from, i int) bool {
	j := i - 1
	if j > from && d.tok(j).Is("the") {
		j--
	}
	if j-1 < from || !d.tok(j).Is("of") || !d.tok(j-1).Is("members", "supporters", "officials", "leaders", "activists", "cadres", "militants", "fighters", "deputies", "lawmakers") {
		return false
	}
	for x := from; x < j-1; x++ {
		if !(quantityWords[d.tok(x).Norm] || d.tok(x).Kind == token.Number || d.tok(x).Is("of", "the", "several", "some", "many", "dozens", "hundreds", "scores", "senior", "top")) {
			return false
		}
	}
	return true
}

// singledOut returns the actor singled out of an unnamed group after its
// comma at i: "and Vladimir Putin in particular", "especially Japan",
// "notably France and Germany"; nil otherwise.
func (d *doc) singledOut(i, ce int) []string {
	if i+1 >= ce || !d.tok(i).Is("especially", "notably", "particularly", "and") {
		return nil
	}
	j := i + 1
	m, ok := d.mentionAt(j)
	if !ok || m.Via == parley.ViaPronoun {
		return nil
	}
	e := d.mentionEnd(j)
	if d.tok(i).Is("and") && !(e+1 < len(d.in.Tokens) && d.tok(e).Is("in") && d.tok(e+1).Is("particular")) {
		return nil // (only "and X in particular" singles X out)
	}
	return d.coordinated(m, e, ce)
}

// metEnvoyAt reports whether an envoy's title starts at i: "ambassador",
// or "High Commissioner" as Commonwealth states title theirs.
func (d *doc) metEnvoyAt(i int) bool {
	return metEnvoys[d.tok(i).Norm] || d.tok(i).Is("high") && d.tok(i+1).Is("commissioner", "commissioners")
}

// contactVerbs are the verbs of calling on, meeting and visiting someone
// that take a purpose after their object.
var contactVerbs = map[string]bool{"called": true, "phoned": true, "telephoned": true, "rang": true, "dialled": true, "dialed": true,
	"met": true, "meets": true, "meet": true, "visited": true, "visits": true, "received": true, "hosted": true, "wrote": true,
	// "would approach the International Court of Justice again to ask it …"
	"approach": true, "approached": true, "approaches": true, "petitioned": true}

var envoyWords = map[string]bool{"ambassador": true, "envoy": true, "charge": true, "chargé": true, "d'affaires": true,
	"diplomat": true, "consul": true, "representative": true, "head": true, "of": true, "mission": true, "top": true}

// listedPredicate returns the verb of the predicate before the comma
// that the past-tense verb at k follows, when the two are items of one
// list of acts ("saw Netanyahu on Tuesday, met Abbas on Wednesday and
// flew to Cairo"): both in the past tense, an object or a phrase after
// the first, no "by" after the second ("the talks, held by …"); else -1.
func (d *doc) listedPredicate(k, cs int) int {
	c := k - 1
	for c > cs && d.tok(c).Is("then", "later", "also") {
		c--
	}
	if c <= cs+2 || !d.tok(c).Is(",") || !pastLike(d.tok(k).Norm) || !d.finiteVerbAt(k) || d.cover[k] >= 0 {
		return -1
	}
	if k+1 < len(d.in.Tokens) && (locationPreps[d.tok(k+1).Norm] || nonActorPreps[d.tok(k+1).Norm]) && !d.travelVerbAt(k) {
		return -1 // "their first meeting, held in Anchorage in March": a participle of the noun before (not "…, flew to Cairo")
	}
	for t := k + 1; t < len(d.in.Tokens) && t-k <= 12 && !d.stop(t) && !d.tok(t).Is(","); t++ {
		if d.tok(t).Is("by") {
			return -1 // "the agreement, negotiated over two years by officials": a participle's aside
		}
	}
	v := d.verbBefore(c, cs)
	if v < 1 || v+1 >= c || !pastLike(d.tok(v).Norm) || d.tok(v-1).Is("was", "were", "been", "being", "had", "has", "have") {
		return -1
	}
	if d.tok(v-1).Is(",") && (locationPreps[d.tok(v+1).Norm] || nonActorPreps[d.tok(v+1).Norm]) && !d.travelVerbAt(v) {
		return -1 // "when Biden, asked in a television interview, agreed …": an aside, no act of a list
	}
	for t := v + 1; t < c; t++ {
		if d.tok(t).Is(",", "and", "but", "or", "said", "says", "when", "after", "before", "as", "because", "if", "since", "until", "while", "although", "though", "once", "where") ||
			d.finiteVerbAt(t) && d.cover[t] < 0 {
			return -1 // one phrase after the first verb, no clause of its own ("soured in March when Biden, asked …")
		}
	}
	if d.openingComma(c, cs) >= 0 {
		return -1 // the comma closes an aside
	}
	return v
}

// pastLike reports whether the folded word w has the form of a past
// tense: "met", "visited".
func pastLike(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularPast[w]
}

// whenClauseOpening returns the comma before the "when" or "where" that
// opens the clause verb v stands in, or -1.
func (d *doc) whenClauseOpening(v, cs int) int {
	if w := d.commaClauseWord(v, cs+1, "when", "where"); w >= 0 {
		return w - 1
	}
	return -1
}

// commaClauseWord returns the word of words that opens, right after a
// comma, the stretch of clause holding token t ("…, when Santos met
// Maduro"), looking back at most ten words, past no comma and not to lo;
// -1 when the stretch opens otherwise.
func (d *doc) commaClauseWord(t, lo int, words ...string) int {
	for w := t - 1; w > lo && t-w <= 10; w-- {
		if d.tok(w).Is(",", ";") || d.stop(w) {
			return -1
		}
		if d.tok(w).Is(words...) && d.tok(w-1).Is(",") {
			return w
		}
	}
	return -1
}

// verbsPrepositionAt reports whether "with", "to" or "against" at p
// hangs on a finite verb a few words before it in the same clause ("held
// talks with", "spoke to"), not on a noun that is itself a subject ("his
// meeting with Trump and Vance turned into …").
func (d *doc) verbsPrepositionAt(p int) bool {
	if p < 1 || !d.tok(p).Is("with", "to", "against") {
		return false
	}
	for i := p - 1; i >= 0 && p-i <= 3; i-- {
		if d.tok(i).Kind == token.Punct || d.cover[i] >= 0 {
			return false
		}
		if d.finiteVerbAt(i) {
			return true
		}
	}
	return false
}

// predicateJoin reports whether the word at i can join a second verb to
// the first one's subject: "and", or "then" after a comma ("expelled two
// diplomats on Monday, then closed the consulate").
func (d *doc) predicateJoin(i, cs int) bool {
	return d.tok(i).Is("and") || d.tok(i).Is("then") && i > cs && d.tok(i-1).Is(",")
}

// predicateAcrossRelative returns the first verb of a subject whose
// second verb k follows ", and" after a relative clause on the first
// verb's object — "released video footage that it said showed a Russian
// jet, and accused Moscow" — so that k shares that subject, not one
// named inside the relative clause, with the sentence's first token to
// search it from; else -1, -1.
func (d *doc) predicateAcrossRelative(k, cs int) (int, int) {
	j := k - 1
	if j > cs && d.tok(j).Is("also", "then", "later") {
		j--
	}
	if j-1 <= cs || !d.tok(j).Is("and") || !d.tok(j-1).Is(",") || !d.finiteVerbAt(k) {
		return -1, -1
	}
	a, _ := d.tokensOf(d.sentenceAround(k))
	for i := j - 2; i > a+1; i-- {
		if d.tok(i).Is(",", ";") {
			return -1, -1
		}
		if !d.tok(i).Is("that", "which") || d.cover[i-1] >= 0 || d.tok(i-1).Upper || d.tok(i-1).Kind != token.Word || d.finiteVerbAt(i-1) || d.sayVerbAt(i-1) {
			continue
		}
		for v := i - 2; v > a && i-v <= 6; v-- {
			if d.tok(v).Is(",", ";") || d.cover[v] >= 0 {
				return -1, -1
			}
			if d.objectVerbAt(v) {
				return v, a
			}
		}
		return -1, -1
	}
	return -1, -1
}

// sharedVerbStart returns where the second of two verbs sharing a
// subject starts, "and" being the last such join in (cs, k); else -1.
func (d *doc) sharedVerbStart(k, cs int) int {
	if d.listedPredicate(k, cs) >= 0 {
		return k // (a comma in a list of acts joins as "and" does)
	}
	for i := k - 1; i > cs; i-- {
		if d.predicateJoin(i, cs) && d.cover[i] < 0 && d.sharedSubjectVerb(i, k) {
			return i + 1
		}
	}
	return -1
}

// objectVerbAt reports whether i is a finite verb that takes the name
// after it as its object ("met", "accused"), not one that reports a
// clause ("said Xi and Putin signed").
func (d *doc) objectVerbAt(i int) bool {
	return d.finiteVerbAt(i) && !d.sayVerbAt(i) && !d.tok(i).Is("announced", "confirmed", "reported", "believed", "expected", "hoped",
		"thought", "knew", "learned", "heard", "suggested", "agreed", "demanded", "urged", "asked", "ensured", "decided", "revealed")
}

// joinedIn returns the doers of the gerund at k after "joined … in": those
// who joined and those joined, "Canada joined Britain and Australia in
// condemning" (or "Canada was joined by Britain in …"); else nil.
func (d *doc) joinedIn(k, cs int) ([]string, int) {
	if k < cs+3 || !d.tok(k-1).Is("in") || !strings.HasSuffix(d.tok(k).Norm, "ing") || d.cover[k-2] < 0 {
		return nil, 0
	}
	joined, start := d.subjectsOf(k-1, cs, false)
	if joined == nil || d.mentionEnd(k-2) != k-1 {
		return nil, 0
	}
	v := start - 1
	if v > cs && d.tok(v).Is("by") {
		v-- // "was joined by Britain in …"
	}
	if v <= cs || !d.tok(v).Is("joined", "join", "joins", "joining") {
		return nil, 0
	}
	joiners, js := d.subjectsOf(v, cs, false)
	if joiners == nil {
		return nil, 0
	}
	return uniq(append(joiners, joined...)), js
}

// holdingVerbBefore returns the verb of holding ("held", "hosted") whose
// object the noun at k heads, across a determiner and a few modifiers ("held
// a Japan-China summit meeting"), or -1.
func (d *doc) holdingVerbBefore(k, cs int) int {
	for i := k - 1; i > cs && k-i <= 8; i-- { // ("held a Japan-Philippines Foreign Ministers' Meeting")
		t := d.tok(i)
		if t.Is("held", "hold", "holds", "holding", "hosted", "hosts", "host", "hosting", "convened", "chaired") && d.cover[i] < 0 {
			if i+1 < k && !d.tok(i+1).Is("a", "an", "the", "their", "its", "his", "her") {
				return -1 // "the talks held Monday": a participle after its noun
			}
			return i
		}
		if t.Is(",", ";", "and", "but", "after", "before", "during", "at", "in", "on", "for", "with") {
			return -1
		}
	}
	return -1
}

// ledSideInto returns the verb of leading whose object, a delegation or a
// side, goes into the talks at k: "led the US delegation in talks with
// …", "headed the Ukrainian side at the negotiations", or -1.
func (d *doc) ledSideInto(k, cs int) int {
	p := k - 1
	for p > cs && k-p <= 5 && d.tok(p).Is("the", "a", "next", "first", "second", "third", "new", "latest", "fresh", "final", "round", "of") {
		p-- // "at the next round of talks"
	}
	if p-3 <= cs || !d.tok(p).Is("in", "at", "for", "during", "to", "into") || !(delegationNouns[d.tok(p-1).Norm] || d.tok(p-1).Is("side", "negotiators")) ||
		d.tok(p-2).Is("mediation", "mediating", "facilitation") || k+1 < len(d.in.Tokens) && d.tok(k+1).Is("between") {
		return -1 // (not "led the mediation team in talks between the government and the rebels")
	}
	for i := p - 2; i > cs && p-i <= 6; i-- {
		if d.tok(i).Is("led", "leads", "lead", "leading", "headed", "heads", "head", "heading") && d.cover[i] < 0 {
			return i
		}
		if d.tok(i).Kind != token.Word && !d.tok(i).Is("-") {
			return -1
		}
	}
	return -1
}

// shortParenthesis returns the "(" that opens the parenthesis of a few
// words closed at c, or -1.
func (d *doc) shortParenthesis(c, cs int) int {
	for j := c - 1; j >= cs && c-j <= 6; j-- {
		switch d.tok(j).Text {
		case "(":
			return j
		case ")", ".", ";":
			return -1
		}
	}
	return -1
}

// placeNouns after a country word name a place in that state.
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "capital": true, "region": true,
	"province": true, "port": true, "territory": true, "border": true, "island": true, "islands": true,
	"coast": true, "cities": true, "towns": true, "villages": true, "positions": true, "base": true,
	"bases": true, "airbase": true, "oblast": true, "district": true, "state": true,
	// parts of a place: "shelled the centre of Kharkiv", "struck the north of Gaza"
	"centre": true, "center": true, "outskirts": true, "suburbs": true, "heart": true, "north": true, "south": true,
	"east": true, "west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"parts": true, "areas": true, "neighbourhoods": true, "neighborhoods": true, "districts": true}

// actedBefore returns the source of the last event built from a trigger
// before token i in i's sentence, or "".
func (d *doc) actedBefore(i int) string {
	sp := parley.Span{Start: d.tok(i).Start, End: d.tok(i).End}
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if e.Evidence.Span.Contains(sp) && e.Trigger.End <= sp.Start && !e.Source.IsZero() && e.Status == parley.Occurred {
			return e.Source.ID
		}
	}
	return ""
}

// pluralDemonym reports whether mention m names a state's people in the
// plural ("Americans", "Britons", "Israelis"), not its adjective.
func (d *doc) pluralDemonym(m parley.Mention) bool {
	t := strings.ToLower(m.Text)
	if !strings.HasSuffix(t, "s") || len(m.Actors) != 1 {
		return false
	}
	a := d.actors[m.Actors[0]]
	if a == nil || a.Kind != parley.State {
		return false
	}
	return !strings.EqualFold(a.Name, m.Text) && !strings.Contains(t, " ")
}

// inPhrase reports whether the noun at k stands in a prepositional phrase
// of its own, a word or two after the preposition: "on the sidelines of
// Asean meetings".
func (d *doc) inPhrase(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if d.tok(j).Is("of", "at", "on", "in", "during", "after", "before", "for") {
			return true
		}
	}
	return false
}

// mediatorAfter reports whether an actor named at i (after "the") is
// followed by a participle of mediation: "with the United Arab Emirates
// mediating", "with Qatar acting as a go-between".
func (d *doc) mediatorAfter(i, ce int) bool {
	if i < ce && d.tok(i).Is("the") {
		i++
	}
	if i >= ce || d.cover[i] < 0 {
		return false
	}
	j := d.mentionEnd(i)
	return j < ce && (d.tok(j).Is("mediating", "brokering", "facilitating") ||
		j+2 < ce && d.tok(j).Is("acting") && d.tok(j+1).Is("as") && (d.tok(j+2).Is("mediator", "go-between", "intermediary") || d.tok(j+2).Is("a", "the") && j+3 < ce && d.tok(j+3).Is("mediator", "go-between", "intermediary")))
}

// objects finds the target of trigger k: a direct object right after it (when
// the sense allows one), or the actor after one of the sense's
// prepositions, up to the clause end ce. from is where to start looking
// (after an object noun such as "sanctions").
func (d *doc) objects(k, from, ce int, sn sense) []string {
	direct := false
	preps := map[string]bool{}
	for _, p := range sn.preps {
		if p == "" {
			direct = !sn.noun
		} else {
			preps[p] = true
		}
	}
	pendingPrep := ""
	sincePrep := 0
	proposed := false // a proposal noun took its "of", "from" or "by"
	deedPrep := -1    // "against" opening a deed: "protested against the detention … by"
	titleOf := -1     // the "of" of a title before its holder: "met Minister of Trade Kwame Boateng"
	if from == k+1 && from+1 < ce && d.tok(from).Is("aside") {
		from++ // "pushed aside the interim president, Bah Ndaw": the object after the particle
	}
	if from == k+1 && from+2 < ce && d.tok(from).Is("in") && d.tok(from+1).Is("audience") {
		from += 2 // "received in audience the visiting President of Guinea-Bissau": the one received follows
	}
	if from == k+1 {
		from = d.afterMannerPhrase(from, ce) // "condemned in the strongest terms the Israeli airstrike"
	}
	if direct && from == k+1 && from+1 < ce && d.tok(from).Is("the") && d.cover[from] < 0 {
		if q := d.countedDescriptionEnd(from+1, ce, true); q > from+1 {
			// "urged the two rebel movements (that stayed out of the
			// talks), the CNDD-FDD and the FNL, to …": those the
			// apposition names
			from = q
		}
	}
	if p := d.dayPossessiveAt(from, ce); p >= 0 && from == k+1 {
		from = p // "welcomed last week's agreement between Israel and Hamas": "'s" as "the"
	}
	if ce+2 < len(d.in.Tokens) && ce-1 > k && d.tok(ce).Is(",") && (d.tok(ce+1).Is("including") || d.tok(ce+1).Is("among") && d.tok(ce+2).Is("them")) &&
		(groupHeads[d.tok(ce-1).Norm] || listedStates[d.tok(ce-1).Norm] || listedOf[d.tok(ce-1).Norm] || d.groupHeadBeforeRelative(from, ce) >= 0) {
		// "expelled diplomats from seven countries, including Chile and
		// Argentina": the list after the comma names them.
		j := ce + 2
		for j < len(d.in.Tokens) && !d.tok(j).Is(",", ";", ".", ":", "—", "–") {
			j++
		}
		ce = j
	}
	if c := d.absoluteWith(from, ce); c >= 0 {
		ce = c // "are due to meet on Thursday, with Brazil's Celso Amorim present": those present are not met
	}
	if sn.noun && sn.typ == parley.Consult && meetingNouns[d.tok(k).Norm] && from == k+1 && d.tok(from).Is("of") {
		if h := d.headsOfStatesAt(from+1, ce); h > 0 {
			// "chaired a meeting of the foreign ministers of Tunisia,
			// Egypt and Chad": those states took part, as with "with"
			pendingPrep, sincePrep, from = "with", 0, h
		}
	}
	for i := from; i < ce && i-from < 14; i++ {
		t := d.tok(i)
		n := norm(t)
		if _, s, by := d.undergoneRelative(i-1, ce); pendingPrep == "" && i > from && s == i && !sn.noun {
			// "hailed the call he received from Biden": the one who
			// called, not the one who received
			i, pendingPrep, sincePrep, proposed = by, d.tok(by).Norm, 0, true
			continue
		}
		if d.forcesLedAt(i, ce) {
			if i == from || from < i && d.tok(from).Is("the") && i == from+1 {
				from = i + 3
			}
			i += 2
			continue
		}
		if d.cover[i] < 0 {
			if d.quoted[i] != d.quoted[k] {
				return nil // the object is not across a quotation mark
			}
			if pendingPrep != "" && pendingPrep[0] != '-' && sincePrep == 0 || pendingPrep == "" && direct && (i == from || sn.typ == parley.Coerce && d.premisesBefore(from, i)) {
				if p := d.roleApposition(i, ce); p != nil {
					return p // "met the Prime Minister of Tajikistan, Qohir Rasulzoda": the person named; "surrounded the home of the ombudsman, Ramiro de León Carpio": his
				}
				if state, envoy := d.envoyOfStateAt(i, ce); state != "" {
					if envoy != "" && sn.typ == parley.Consult {
						return []string{envoy} // "received the Ambassador of Indonesia, Suryo Pratomo": a meeting with him, as with "Indonesia's ambassador, …"
					}
					return []string{state} // "received the Ambassador of Indonesia": his state
				}
			}
			if ids := d.allOfList(i); ids != nil && (pendingPrep != "" && pendingPrep[0] != '-' && sincePrep == 0 || pendingPrep == "" && direct && i == from) {
				return ids // "filed complaints against all three": the three states just listed
			}
			if sn.noun && i > k+1 && meetingNouns[n] && pendingPrep == "" {
				// "The virtual meeting followed the telephone conversation
				// between Xi and Biden": the names are the other meeting's.
				return nil
			}
			if n == "and" && i == k+1 && !sn.noun && i+3 < ce && d.tok(i+1).Is("set", "laid") && d.tok(i+2).Is("fire", "siege") && d.tok(i+3).Is("to") {
				i, from = i+3, i+4 // "stormed and set fire to the Saudi embassy": one object, after "to"
				continue
			}
			if n == "and" && i == k+1 && !sn.noun && d.finiteVerbAt(i+1) {
				// "rammed and boarded the Philippine navy boats": one
				// object for both verbs.
				i, from = i+1, i+2
				continue
			}
			if pendingPrep == "" && direct && i >= from && i > 0 && i-from <= 5 && authorAimed[sn.typ] {
				if ids := d.relativeAuthor(i); ids != nil {
					return ids // "rejected the proposal that the United States put forward": its author
				}
			}
			if n == "as" && i+3 < ce && d.tok(i+1).Is("far") && d.tok(i+2).Is("as") && preps["at"] && sn.typ == parley.Assault {
				i, pendingPrep, sincePrep = i+2, "at", 0 // "fired rockets as far as Tel Aviv": where they struck
				continue
			}
			if (n == "who" || n == "that") && pendingPrep == "" {
				// "the leaders who argued for it, among them Juncker":
				// past the relative clause to the names
				c := i + 1
				for c+2 < ce && !d.tok(c).Is(",", ";") {
					c++
				}
				if d.tok(c).Is(",") && (d.tok(c+1).Is("including") || d.tok(c+1).Is("among") && d.tok(c+2).Is("them")) && d.groupHeadBeforeRelative(from, c) == i-1 {
					i = c // (the comma read: the names follow it)
					continue
				}
			}
			if rightBoundaries[n] || n == "and" && (d.finiteVerbAt(i+1) || d.tok(i+1).Is("has", "have", "had") && d.finiteVerbAt(i+2)) {
				return nil // "freed three prisoners and sent them to Qatar", "… and has diverted it to Djibouti": a new act
			}
			if n == "and" && direct && !sn.noun && strings.HasPrefix(pendingPrep, "-") && !slices.Contains([]string{"-that", "-between", "-with", "-to", "-by"}, pendingPrep) && i+1 < ce && d.titledPersonAt(i+1, ce) && !d.wordIn(from, i, ",") && !d.namedBetween(max(i-sincePrep-1, 0), i) {
				// "met governors from across the country and Supreme Court
				// president Rosa Weber": a second object after the first's
				// phrase, which named no one
				pendingPrep, sincePrep, from = "", 0, i+1
				continue
			}
			if pendingPrep == "" && i > from && strings.HasSuffix(n, "ing") && d.cover[i-1] < 0 && plural(norm(d.tok(i-1))) && !d.tok(i-1).Upper &&
				!(sn.typ == parley.Accuse && i+1 < ce && d.proxiesOf(i+1)) { // ("blamed saboteurs working for Russia")
				return nil // "killed protesters demanding Boluarte's resignation": the protesters were the object
			}
			if n == "," && pendingPrep == "" && direct && !sn.noun && i > from && i-from <= 4 && groupHeads[d.tok(i-1).Norm] && i+1 < ce && d.cover[i+1] >= 0 && d.plainPhrase(from, i-1) {
				// "phoned both foreign ministers, al-Jubeir and Zarif": the
				// names in apposition are the object
				from = i + 1
				continue
			}
			relative := (n == "among" || n == "including") && i >= from+2 && d.groupHeadBeforeRelative(from, i-1) >= 0 // "the leaders who argued for it, among them …"
			if (n == "among" && i+1 < ce && d.tok(i+1).Is("them") || n == "including") && i >= from+2 && d.tok(i-1).Is(",") && (groupHeads[d.tok(i-2).Norm] || listedStates[d.tok(i-2).Norm] || listedOf[d.tok(i-2).Norm] && sn.typ == parley.Sanction || relative) &&
				(pendingPrep != "" && pendingPrep[0] != '-' || pendingPrep == "" && (relative || i-from <= 5 || i-from <= 8 && listedOf[d.tok(i-2).Norm])) {
				// "by videoconference with his counterparts, among them
				// Nigeria's Buhari and Ghana's Akufo-Addo": those named.
				if n == "among" {
					i++
				}
				if pendingPrep == "" && !sn.noun {
					from = i + 1 // "sanctioned ten Europeans and four entities, among them …": the list is the object
				}
				direct = direct || pendingPrep == "" && !sn.noun
				sincePrep = 0 // the names follow as if right after the preposition
				continue
			}
			if n == "what" {
				if j := d.whatTheySaid(i, ce); j > i {
					// "struck what the military said were Hamas targets":
					// the object follows.
					i, from = j, j+1
					continue
				}
			}
			if q := d.quantityLead(i, ce); q > 0 && (pendingPrep == "" || pendingPrep[0] != '-') {
				i += q - 1 // "tariffs on up to $16.6 billion worth of American goods", "killed at least 20 militants": the amount's lead, not a preposition
				continue
			}
			if pendingPrep == "" && d.tok(i+1).Kind == token.Number && d.tok(i).Is("about", "around", "over", "some", "nearly", "almost", "roughly", "approximately") {
				continue // "detained about 40 Croatian police officers": an amount, not a preposition
			}
			if pendingPrep == "" && direct && n == "of" && i > from && i-from <= 2 && spanNouns[norm(d.tok(i-1))] {
				continue // "condemned a century of US interventions", "decades of Israeli occupation": the span's acts are the object
			}
			if pendingPrep != "" && pendingPrep[0] != '-' && (quantityWords[n] || t.Kind == token.Number ||
				n == "of" && i > 0 && (quantityWords[norm(d.tok(i-1))] || d.tok(i-1).Kind == token.Number)) {
				continue // "tariffs on about $125 billion worth of Chinese goods": still the object of "on"
			}
			if j := d.participleAside(i, ce); j > 0 && preps[d.tok(j+1).Norm] {
				// "shared images of the damage, gathered by their aircraft,
				// with the Tongan government": the partner after the aside
				i, from = j, from+j-i
				continue
			}
			if d.byParticipleAside(i, ce) {
				// "refused to recognise it, backed by Russia and China":
				// those who back the subject, no object
				if j := d.participleAside(i, ce); j > 0 {
					i = j
					continue
				}
				return nil
			}
			if n == "," && (pendingPrep == "" && direct || pendingPrep != "" && pendingPrep[0] != '-') {
				if ids := d.singledOut(i+1, ce); ids != nil {
					return ids // "thanked the leaders of the member states, and Vladimir Putin in particular,": Putin
				}
			}
			if n == "," && pendingPrep == "" && !d.appositive(i+1, ce) {
				// "condemned the detentions, his spokesman said": a direct
				// object follows its verb without a comma, unless the comma
				// opens an apposition ("summoned China's envoy, Qin Gang,").
				direct = false
			}
			if p := d.delegationLeader(i, ce); p != nil && talksType[sn.typ] && (pendingPrep == "" && direct && i-from <= 4 || pendingPrep != "" && pendingPrep[0] != '-' && sincePrep <= 3) {
				return p // "received a delegation led by Hanafi"
			}
			if n == "(" {
				// Skip a short parenthesis: "United States (US) President …".
				for j := i + 1; j < ce && j-i <= 6; j++ {
					if d.tok(j).Text == ")" {
						i = j
						break
					}
				}
				continue
			}
			if n == "with" && sn.typ == parley.Mobilize && i > 0 && d.tok(i-1).Is("border", "borders", "frontier", "crossings", "crossing", "boundary") {
				pendingPrep, sincePrep = n, 0 // "troops on its border with Poland"
				continue
			}
			if n == "with" && d.mediatorAfter(i+1, ce) {
				pendingPrep, sincePrep = "-with", 0 // "exchanged prisoners, with the UAE mediating": a go-between, no party
				continue
			}
			if n == "to" && d.infinitiveAt(i+1, ce) {
				pendingPrep, sincePrep = "-to", 0 // "the request to investigate Ukrainian energy company Burisma": a verb
				continue
			}
			if n == "with" && i-1 > k && d.tok(i-1).Is("together", "along") && sn.frame == directed {
				pendingPrep, sincePrep = "-with", 0 // "applied to join the alliance together with Sweden": a companion, not the one acted on
				continue
			}
			if n == "with" && (sn.typ == parley.Consult || sn.typ == parley.Cooperate) && i-1 > k && relationNouns[d.tok(i-1).Norm] && !d.loneNegotiator(k) {
				pendingPrep, sincePrep = "-with", 0 // "Biden and Scholz discussed relations with Ukraine": the topic's partner
				continue
			}
			if (n == "with" || n == "from") && sn.typ == parley.Accuse && i-3 >= from && d.tok(i-2).Is("of") && d.tok(i-3).Is("lack", "absence") &&
				d.tok(i-1).Is("cooperation", "coordination", "support", "help", "engagement", "consultation", "action", "commitment") {
				pendingPrep, sincePrep = n, 0 // "complained about the lack of coordination with the Nigerian army": at the army
				continue
			}
			if n == "with" && (sn.typ == parley.Support || sn.typ == parley.Reject) && (pendingPrep == "" || pendingPrep == "-of") && direct && i-from <= 6 && relationNouns[d.tok(i-1).Norm] && !d.tok(i-1).Is("war", "conflict", "crisis", "dispute", "tensions", "confrontation", "standoff", "border", "frontier") {
				pendingPrep, sincePrep = n, 0 // "welcomed the expansion of relations with Iran": with Iran
				continue
			}
			if deedPrep < 0 && d.deedAfterPrep(i, sn, preps[n]) {
				deedPrep = i
			}
			if n == "for" && sn.typ == parley.Sanction && preps["to"] && i > 0 && d.tok(i-1).Is("bound", "destined", "headed") {
				pendingPrep, sincePrep = "to", 0 // "halted shipments of rare earths bound for Japan": as "to Japan"
				continue
			}
			if n == "in" && (sn.typ == parley.Support || sn.typ == parley.Aid) && i > 0 && processesIn[d.tok(i-1).Norm] &&
				(pendingPrep != "" && pendingPrep[0] != '-' && sincePrep <= 3 || pendingPrep == "" && direct && i-from <= 4 ||
					pendingPrep == "-of" && direct && i-from <= 5) {
				if pendingPrep == "-of" {
					pendingPrep = n // "welcomed the restoration of democracy in Nepal"
				}
				sincePrep = 0 // "support for the peace process in Afghanistan", "backed the transition in Sudan": the state whose process it is
				continue
			}
			if n == "in" && sn.typ == parley.Accuse && d.victimsBefore(i, from) {
				pendingPrep, sincePrep = "-in", 0 // "condemned the attack on peacekeepers in Mali": where the victims were, not who attacked
				continue
			}
			if n == "in" && preps["for"] && i+2 < ce && d.tok(i+1).Is("honour", "honor") && d.tok(i+2).Is("of") {
				i, pendingPrep, sincePrep = i+2, "for", 0 // "hosted a banquet in honour of President Prabowo": for him
				continue
			}
			if preps[n] && sn.noun && (pendingPrep == "" || pendingPrep[0] == '-') && i-2 > k && d.reducedRelativeAt(i-1) {
				pendingPrep, sincePrep = "-"+n, 0 // "protested against the trip in a note handed to the British embassy": the note's addressee
				continue
			}
			if preps[n] && !(n == "to" && i > 0 && !(i == from && sn.typ == parley.Threaten) && d.tok(i-1).Is("response", "according", "due", "thanks", "addition", "close", "prior", "next", "contrary", "similar", "compared", "opposed", "reaction") &&
				!(d.tok(i-1).Is("thanks") && i > 1 && d.tok(i-2).Is("his", "her", "their", "its", "our", "my", "the", "sincere", "deep", "profound", "warm"))) { // ("expressed his thanks to both parties": the thanks given, not "thanks to")
				pendingPrep, sincePrep = n, 0
				continue
			}
			if n == "of" && (pendingPrep != "" && pendingPrep[0] != '-' || pendingPrep == "" && direct && (i-from <= 4 || d.titlesJoined(from, i) || titleOf >= 0 && i-titleOf <= 4)) && (d.titleOfStateBeforeName(i) || d.portfolioBeforeName(i)) {
				titleOf = i
				continue // "with Prime Minister of Armenia Nikol Pashinyan", "received Prime Minister of the United Kingdom Boris Johnson": the title, then its holder
			}
			if n == "of" && pendingPrep != "" && pendingPrep[0] != '-' && i > 0 && (headsOf[d.tok(i-1).Norm] || ownedOf[d.tok(i-1).Norm] || plural(d.tok(i-1).Norm)) {
				continue // "with the leaders of France", "on eight commanders of the Guard": the states and groups
			}
			if n == "from" && pendingPrep != "" && pendingPrep[0] != '-' && sincePrep <= 4 && i > 0 && (headsOf[d.tok(i-1).Norm] || d.tok(i-1).Is("counterparts", "counterpart", "colleagues", "peers")) {
				continue // "with his counterparts from Tunisia and Egypt", "talks with delegations from Kyiv": theirs
			}
			if n == "of" && pendingPrep != "" && pendingPrep[0] != '-' && i > 0 && d.partOfMany(i-1) {
				continue // "talks with one of the Hamas leaders", "with several of the junta's members": the group
			}
			if n == "in" && i > 1 && d.tok(i-1).Is("sides", "parties", "factions") && d.tok(i-2).Is("opposing", "rival", "different", "competing", "opposite") {
				return nil // "backed opposing sides in Yemen's war": each one side, neither the state
			}
			politicalIn := i > 1 && d.tok(i-1).Is("forces", "factions", "stakeholders", "actors") && d.tok(i-2).Is("political", "all") // "all political forces in Kyrgyzstan"
			if n == "in" && i > 0 && (groupsIn[d.tok(i-1).Norm] || politicalIn) && (pendingPrep != "" && pendingPrep[0] != '-' || pendingPrep == "" && direct && i-from <= 4) {
				// "with its allies in NATO and the European Union", "urged
				// the authorities in Minsk": the alliances, the state
				if p := d.placeStartingAt(i + 1); p != nil && p.Country != "" && d.cover[i+1] < 0 && rulersIn[d.tok(i-1).Norm] {
					return []string{"state:" + p.Country}
				}
				continue
			}
			if n == "of" && pendingPrep == "" && direct && sn.typ == parley.Support && i-from <= 3 && i > 0 &&
				d.tok(i-1).Is("appointment", "election", "re-election", "reelection", "victory", "win", "inauguration", "nomination", "formation") {
				continue // "welcomed the appointment of Sushila Karki", "the formation of Karki's government": hers, as "welcomed Karki's appointment"
			}
			if n == "of" && pendingPrep == "" && i > 0 && d.tok(i-1).Is("dozens", "hundreds", "thousands", "scores", "millions", "number", "group", "some", "several", "many", "two", "three", "four", "five",
				"parts", "part", "areas", "swathes", "swaths", "much", "most", "regions", "unit", "units", "branch", "wing", "cell", "cells", "members") {
				continue // "detained dozens of Palestinian protesters", "blamed a unit of Russia's GRU": still the direct object
			}
			if n == "of" && pendingPrep == "" && direct && i > 0 && i-from <= 4 && sn.typ == parley.Sanction && (staffNouns[d.tok(i-1).Norm] || personnelNouns[d.tok(i-1).Norm]) {
				continue // "declared 18 employees of the Russian Embassy persona non grata": the embassy's
			}
			if n == "of" && pendingPrep == "" && direct && (sn.typ == parley.Assault || sn.typ == parley.Coerce) && i > 0 && i-from <= 3 && struckOf[d.tok(i-1).Norm] {
				continue // "fired on the positions of Kyrgyz border guards": the guards'
			}
			if n == "of" && pendingPrep == "" && direct && sn.typ == parley.Coerce && i > 0 && i-from <= 3 && premisesOf[d.tok(i-1).Norm] {
				from = i + 1 // "surrounded the Caracas headquarters of Attorney General Luisa Ortega Díaz": hers
				continue
			}
			if n == "of" && pendingPrep == "" && direct && i > from && i-from <= 6 && stateNouns[d.tok(i-1).Norm] && d.tok(from).Is("the") {
				from = i + 1 // "asked the small Pacific island nation of Tonga": the state named after "of"
				continue
			}
			if n == "of" && pendingPrep == "" && direct && i > 0 && i-from <= 3 && (sn.typ == parley.Reject || sn.typ == parley.Support) &&
				d.tok(i-1).Is("accession", "entry", "membership", "admission", "candidacy", "application", "bid",
					"return", "withdrawal", "departure", "participation", "commitment", "engagement", "readiness", "willingness") {
				// "vetoed the accession of Romania and Bulgaria": the ones
				// who applied; "welcomed the return of the United States to
				// the Paris Agreement": the one that comes back
				continue
			}
			if (n == "of" || n == "from") && pendingPrep == "" && direct && i > 0 && i-from <= 3 && headsOf[d.tok(i-1).Norm] {
				continue // "met leaders of the Bangladesh Nationalist Party", "met a delegation from the IMF": the party, the fund
			}
			if n == "for" && direct && sn.typ == parley.Support && d.goodwillBefore(i-1, i) {
				if j := d.fromGiver(i+1, ce); j > 0 {
					i = j - 1 // "the support for Vietnam from Japan": Vietnam is helped, Japan helps
					continue
				}
			}
			if n == "from" || n == "by" || n == "of" {
				if direct && (pendingPrep == "" && i-from <= 4 && i > 0 && proposalNouns[d.tok(i-1).Norm] || n == "from" && d.proposalToFrom(i, from)) &&
					!(n == "of" && d.tok(i-1).Is("criticism", "criticisms")) { // ("criticism of his government": the one criticised)
					// "rejected the proposal from Washington", "welcomed
					// the offer by Kyiv": the one who proposed.
					pendingPrep, sincePrep, proposed = n, 0, true
					continue
				}
				if n == "by" && direct && pendingPrep == "" && i-from <= 7 && d.proposalPutBy(i, from) {
					// "rejected a ceasefire proposal put forward by the
					// United States", "the plan drafted by Egypt"
					pendingPrep, sincePrep, proposed = n, 0, true
					continue
				}
				if n == "from" && direct && sn.typ == parley.Support && i-from <= 8 && d.goodwillBefore(from, i) &&
					(d.goodwillBefore(i-1, i) || d.cover[i-1] >= 0) { // (not "aid to refugees from Syria")
					// "welcomed the expressions of support for the
					// Philippines from Japan": who gave it.
					pendingPrep, sincePrep = n, 0
					continue
				}
				if proposed && pendingPrep == "of" && n != "of" && sincePrep <= 4 {
					// "accepted offers of rescue teams from Spain": what
					// was offered, then who offered it.
					pendingPrep, sincePrep = n, 0
					continue
				}
			}
			if n == "of" && pendingPrep == "" && direct && i > from && i-from <= 3 && (sn.typ == parley.Reject || sn.typ == parley.Support || sn.typ == parley.Accuse) &&
				d.tok(from).Is("the", "this", "that", "its", "their", "these", "those", "'s", "’s") && d.ofDoer(i-1, ce) != nil {
				pendingPrep, sincePrep = n, 0 // "condemned the visit of Pelosi to Taiwan": the visitor
				continue
			}
			if n == "of" && (pendingPrep == "against" || pendingPrep == "over" || pendingPrep == "about" || pendingPrep == "at") && sn.typ == parley.Accuse &&
				(sincePrep == 2 && d.tok(i-2).Is("the", "this", "that", "its", "their", "these", "those") ||
					sincePrep == 3 && d.tok(i-3).Is("the", "this", "that", "its", "their", "these", "those") && d.tok(i-2).Is("continued", "continuing", "repeated", "illegal", "unlawful", "growing", "latest", "recent", "lingering", "ongoing", "unauthorised", "unauthorized")) &&
				d.ofDoer(i-1, ce) != nil {
				sincePrep = 0 // "protested against the entry of Chinese vessels", "a protest over the continued presence of Chinese ships": the ships' state
				continue
			}
			if n == "by" && i > from && ((pendingPrep == "" || pendingPrep == "-of") && direct && i-from <= 6 && (sn.typ == parley.Reject || sn.typ == parley.Support || sn.typ == parley.Accuse) &&
				d.tok(from).Is("the", "this", "that", "its", "their", "these", "those", "'s", "’s") ||
				// "welcomed the judgment delivered yesterday in Hamburg by
				// the Tribunal": its maker, past the day and place of its
				// participle
				i-from <= 10 && (sn.typ == parley.Reject || sn.typ == parley.Support || sn.typ == parley.Accuse) && d.tok(from).Is("the", "this", "its") &&
					d.madeBetween(from+1, i) ||
				deedPrep >= 0 && i-deedPrep <= 8 && (pendingPrep == "-of" || pendingPrep == "of" || strings.TrimPrefix(pendingPrep, "-") == d.tok(deedPrep).Norm) && !strings.HasSuffix(d.tok(i-1).Norm, "ed") || // (not "outrage over the breakdown revealed by his suicide")
				pendingPrep == "from" && sincePrep <= 3 && sn.typ == parley.Retreat && d.tok(i-1).Is("claimed", "held", "controlled", "occupied") ||
				pendingPrep != "" && pendingPrep[0] != '-' && sincePrep <= 4 && d.tok(i-1).Is("made", "claimed", "proposed", "imposed", "issued")) {
				pendingPrep, sincePrep = n, 0 // "does not recognise the maritime boundaries claimed by Athens", "withdrew from waters claimed by Greece": whose claim
				continue
			}
			if n == "between" && pendingPrep == "" && direct && i > from+1 && i-from <= 4 && (sn.typ == parley.Reject || sn.typ == parley.Support || sn.typ == parley.Accuse) &&
				d.tok(from).Is("the", "this", "that", "its", "their") && (objectNoun(d.tok(i-1).Norm, accords) || objectNoun(d.tok(i-2).Norm, accords) && strings.HasSuffix(d.tok(i-1).Norm, "ed")) {
				pendingPrep, sincePrep = n, 0 // "welcomed the understanding reached between the United States and Mexico": its parties
				continue
			}
			if n == "by" && pendingPrep == "" && direct && i > from && i-from <= 4 && (sn.typ == parley.Assault || sn.typ == parley.Coerce) &&
				d.tok(i-1).Is("held", "controlled", "occupied", "run", "manned") {
				pendingPrep, sincePrep = n, 0 // "bombed positions held by the RSF": the holder
				continue
			}
			if n == "by" && pendingPrep == "" && direct && i >= 2 && i-from <= 5 && sn.typ == parley.Sanction &&
				d.tok(i-1).Is("held", "owned", "controlled") && d.tok(i-2).Is("assets", "funds", "accounts", "property", "properties") {
				pendingPrep, sincePrep = n, 0 // "froze any US assets held by Maduro": the owner
				continue
			}
			if n == "to" && (pendingPrep != "" && pendingPrep[0] != '-' || pendingPrep == "-of") && (sn.typ == parley.Sanction || sn.typ == parley.Concede) && i > 1 &&
				(d.tok(i-1).Is("exported", "sold", "shipped", "sent", "supplied") || d.wordIn(max(from, i-6), i, "supply", "supplies", "sale", "sales", "delivery", "deliveries", "transfer", "transfers", "export", "exports", "shipment", "shipments")) {
				if pendingPrep == "-of" && preps["on"] {
					pendingPrep, sincePrep = "on", 0 // (the goods' "of" closed, the measure's "on" goes on)
				}
				continue // "a surcharge on electricity exported to three American states", "an embargo on the supply of arms to the Central African Republic": where it goes, as the measure's target
			}
			if n == "from" && pendingPrep != "" && pendingPrep[0] != '-' && i > 0 && (tradeGoods[d.tok(i-1).Norm] || sn.typ == parley.Sanction && d.tok(i-1).Is("imported", "coming", "originating")) {
				continue // "tariffs on imports from the European Union": the exporter
			}
			if sn.typ == parley.Sanction && d.holdersOf(i) && (pendingPrep != "" && pendingPrep[0] != '-' && sincePrep <= 3 || pendingPrep == "" && direct && i-from <= 4) {
				continue // "sanctions on 280 entities in Russia", "sanctioned firms linked to Iran": the state
			}
			if sn.typ == parley.Accuse && pendingPrep == "" && direct && i-from <= 5 && d.proxiesOf(i) {
				continue // "blamed hackers linked to Russia", "accused a group backed by Iran": the one behind them
			}
			if n == "of" && (pendingPrep == "into" || pendingPrep == "on" || pendingPrep == "at") && sincePrep <= 4 && i > 0 && (premisesOf[d.tok(i-1).Norm] || d.tok(i-1).Is("grounds", "gates", "premises")) &&
				(sn.typ == parley.Protest || sn.typ == parley.Coerce || sn.typ == parley.Assault) {
				sincePrep = 0 // "broke into the outer compound of the U.S. Embassy": whose compound
				continue
			}
			if n == "of" && pendingPrep == "for" && sincePrep <= 3 && i > 0 && d.tok(i-1).Is("arrest", "detention", "extradition", "capture") {
				sincePrep = 0 // "issued a warrant for the arrest of Min Aung Hlaing": the one to be arrested
				continue
			}
			if locationPreps[n] || nonActorPreps[n] || n == "to" || n == "with" || n == "by" || n == "that" {
				pendingPrep, sincePrep = "-"+n, 0 // a preposition the sense does not take
				continue
			}
			if !t.Is(",", "and") {
				sincePrep++ // ("for a strong, prosperous, independent, and resilient Vietnam")
			}
			if pendingPrep != "" && sincePrep > 6 {
				pendingPrep = ""
			}
			continue
		}
		m, ok := d.mentionAt(i)
		end := d.mentionEnd(i)
		if ok && m.Via == parley.ViaGroup && end+1 < ce && d.tok(end).Is("of") && headsOf[d.tok(end-1).Norm] && actorAt(d, end+1, "the") >= 0 {
			// "address the leaders of the G7", when "the leaders" named
			// a group told before: the body after "of"
			i = end - 1
			continue
		}
		if end < ce && d.tok(end).Is("dollars", "dollar") {
			i = end // "one billion US dollars in loans": a currency, no state
			continue
		}
		if d.in.Mentions[d.cover[i]].Via == parley.ViaAdjective && end < ce && (privateObjects[d.tok(end).Norm] && (sn.typ != parley.Sanction || !businessObjects[d.tok(end).Norm]) ||
			hostileTypes[sn.typ] && d.nationalsAt(end, ce) && !(sn.typ == parley.Sanction && from > 0 && d.tok(from-1).Is("visa", "visas"))) { // (a visa demanded of "Russian citizens" is aimed at Russia)
			// "detained two Russian tourists", "a deal with Chinese
			// investors", "sentenced the American journalist": private
			// people of a state, not the state (though sanctions on
			// "Chinese companies" hit China, and freeing "two American
			// citizens" is a concession to the United States).
			i = end
			continue
		}
		if deedPrep >= 0 && (pendingPrep == "of" || pendingPrep == "-of") && d.in.Mentions[d.cover[i]].Via == parley.ViaAdjective && d.doerAfterVictims(end, ce) {
			// "concern over the detention of eleven Indonesian fishermen
			// by Vietnamese authorities": those the deed befell, its doer next
			i = end
			continue
		}
		if direct && pendingPrep == "" && sn.typ == parley.Coerce && end+1 < ce && premisesOf[d.tok(end).Norm] && d.tok(end+1).Is("of") {
			i = end // "the Caracas headquarters of …": the city names where, the owner follows
			continue
		}
		if ok && m.Via == parley.ViaPronoun && d.tok(i).Is("his", "her", "their", "its") && !d.objectHer(i) {
			if i >= 2 && d.tok(i-1).Is("for") && d.tok(i-2).Is("warrant", "warrants", "order", "orders") && i+1 < ce &&
				d.tok(i+1).Is("arrest", "detention", "extradition", "capture") {
				return m.Actors // "a warrant for his arrest": his
			}
			if direct && pendingPrep == "" && sn.typ == parley.Coerce && i-from <= 1 && i+1 < ce && premisesOf[d.tok(i+1).Norm] {
				return m.Actors // "police had surrounded his house": his
			}
			if direct && pendingPrep == "" && i == from && i+1 < ce && ownStanding[d.tok(i+1).Norm] &&
				(sn.typ == parley.Support || sn.typ == parley.Reject || sn.typ == parley.Accuse) {
				return m.Actors // "recognised his victory", "rejected her claims": hers, as "recognised Hernández's victory"
			}
			if sn.typ == parley.Request && i+1 < ce && slices.Contains(departureNouns, d.tok(i+1).Norm) {
				return m.Actors // "demanded his resignation", "called for her removal": the one to go
			}
			if sn.typ == parley.Request && i >= 2 && i+1 < ce && d.tok(i-1).Is("of") && slices.Contains(departureNouns, d.tok(i-2).Norm) && d.tok(i+1).Is("regime", "government", "rule") {
				return m.Actors // "called for the replacement of his regime": his
			}
			if (i == from || i == from+1 && d.tok(from).Is("to")) && i+1 < ce && (sn.typ == parley.Concede || sn.typ == parley.Agree || sn.typ == parley.Reject) && d.tok(i+1).Is(askedNouns...) {
				return m.Actors // "agreed to her request", "granted their demands": who asked, as "agreed to Sirleaf's request"
			}
			// A possessor is not the object: "with his Russian counterpart".
			continue
		}
		if ok && sn.typ == parley.Retreat && pendingPrep == "from" && sincePrep == 0 && len(m.Actors) == 1 && d.isOrg(m.Actors[0]) {
			if p := d.placeStartingAt(i); p != nil && p.Country != "" {
				// "the withdrawal of troops from Abkhazia": a land its de
				// facto authorities bear the name of, left by the troops,
				// is its state's.
				return []string{"state:" + p.Country}
			}
		}
		switch {
		case !ok && end < ce && d.cover[end] >= 0 && d.in.Mentions[d.cover[end]].Via != parley.ViaAdjective:
			// "with the Afghan Taliban", "on Russian President Putin":
			// the name after the country word is the actor.
			i = end - 1
			continue
		case (direct && i-from <= 4 || pendingPrep != "" && pendingPrep[0] != '-' && sincePrep <= 2) && d.counterpartNames(i, ce) != nil:
			// "met his Ethiopian and Somali counterparts, Taye Atske
			// Selassie and Ahmed Moalim Fiqi": the people named.
			return d.counterpartNames(i, ce)
		case !ok:
			// A country word, a title with its portfolio and the holder:
			// "talks with South African Minister of International
			// Relations Ronald Lamola" are with him.
			if raw := d.in.Mentions[d.cover[i]]; raw.Via == parley.ViaAdjective && pendingPrep != "" && pendingPrep[0] != '-' && sincePrep <= 2 {
				if p, pend := d.titledPerson(raw, end); p != nil {
					return d.coordinated(*p, pend, ce)
				}
			}
			// A country word right after the preposition names the
			// target: "sanctions on Russian banks", "tariffs on Chinese goods".
			if raw := d.in.Mentions[d.cover[i]]; raw.Via == parley.ViaAdjective && pendingPrep != "" && pendingPrep[0] != '-' && sincePrep <= 2 {
				return d.adjectiveList(i, from, ce)
			}
			// …or the direct object: "condemned the Russian invasion",
			// "criticised the Israeli strikes".
			if raw := d.in.Mentions[d.cover[i]]; raw.Via == parley.ViaAdjective && pendingPrep == "" && direct && i-from <= 3 &&
				sn.frame == directed && i+1 < ce && (stateActs[d.tok(d.mentionEnd(i)).Norm] ||
				// one modifier between: "rammed a Philippine supply boat", "a Pakistani army post"
				d.mentionEnd(i)+1 < ce && !d.tok(d.mentionEnd(i)).Upper && stateActs[d.tok(d.mentionEnd(i)+1).Norm] ||
				// an envoy of a post of two words: "expelled the Australian High Commissioner", "the Polish Deputy Ambassador"
				d.metEnvoyAt(d.mentionEnd(i)) || d.tok(d.mentionEnd(i)).Is("deputy", "acting") && d.metEnvoyAt(d.mentionEnd(i)+1)) {
				return d.adjectiveList(i, from, ce)
			}
			// …or its envoy met or received: "met the Chinese ambassador",
			// "received the Australian envoy" (the state, as with "met
			// with the Chinese ambassador").
			if raw := d.in.Mentions[d.cover[i]]; raw.Via == parley.ViaAdjective && pendingPrep == "" && direct && i-from <= 2 &&
				(sn.frame == symmetric || sn.frame == host) && d.metEnvoyAt(d.mentionEnd(i)) {
				return d.adjectiveList(i, from, ce)
			}
			// …or a place of the state: "struck the Ukrainian city of
			// Kharkiv", "visited the Chinese capital".
			if raw := d.in.Mentions[d.cover[i]]; raw.Via == parley.ViaAdjective && pendingPrep == "" && direct && i-from <= 3 &&
				(sn.frame == directed || sn.frame == visit) && i+1 < ce && placeNouns[d.tok(d.mentionEnd(i)).Norm] {
				return d.adjectiveList(i, from, ce)
			}
			// …or a state's people thanked or praised: "thanked the
			// American people for their support".
			if raw := d.in.Mentions[d.cover[i]]; raw.Via == parley.ViaAdjective && pendingPrep == "" && direct && i-from <= 2 &&
				sn.typ == parley.Support && d.tok(d.mentionEnd(i)).Is("people", "nation") {
				return d.adjectiveList(i, from, ce)
			}
			// …or a state's people named by their demonym: "freed 10
			// Americans", "detained two Britons".
			if raw := d.in.Mentions[d.cover[i]]; raw.Via == parley.ViaAdjective && pendingPrep == "" && direct && i-from <= 3 &&
				sn.frame == directed && (sn.typ == parley.Coerce || sn.typ == parley.Retreat || sn.typ == parley.Assault) && d.pluralDemonym(raw) {
				return d.adjectiveList(i, from, ce)
			}
		case pendingPrep == "with" && (d.gerundAt(end, ce) || d.commaWith(i) && d.gerundAfterList(end, ce) && (sn.typ != parley.Consult || d.wordAfter(end, ce, 8, "observer", "observers"))):
			// "agreed to bring the soldiers home, with Foreign Minister
			// Jeppe Kofod accusing the junta …", "with the United States
			// and the World Bank attending as observers": a clause of its
			// own, no partner; guests joining a meeting still take part
			return nil
		case pendingPrep != "" && pendingPrep[0] != '-':
			if p := d.delegationLeader(end, ce); p != nil && talksType[sn.typ] {
				return p // "met a Taliban delegation led by Abdul Salam Hanafi"
			}
			if p := d.apposedOfficeHolders(i, end, ce); p != nil {
				return p // "between the foreign ministers of both countries, Laura Sarabia and Gabriela Sommerfeld"
			}
			if p := d.officeHolder(m, end, ce, false); p != nil {
				return d.holderList(p, end, ce) // "sanctions on Iran's Supreme Leader, Ayatollah Ali Khamenei"
			}
			if p := d.envoyApposition(d.afterOwnerOfEnvoy(end, ce), ce); p != nil && slices.Contains(sn.objects, "credentials") {
				return p // "the credentials of the Taliban's envoy, Bilal Karimi": the envoy received (elsewhere the state: "proposed to the US ambassador, Kevin Sullivan")
			}
			if p := d.possessedPartner(end, ce); p != nil {
				return p // "sanctions on Russia's ally Belarus": Belarus
			}
			if p, pend := d.titledPerson(m, end); p != nil {
				return d.coordinated(*p, pend, ce) // "with President of Turkey Recep Tayyip Erdogan"
			}
			return d.coordinated(m, end, ce)
		case pendingPrep == "" && direct && (i-from <= 4 || titleOf >= 0 && i-titleOf <= 7 || d.secondConjunct(from, i) || d.membersBefore(from, i) ||
			sn.typ == parley.Accuse && i-from <= 7 && d.proxiesOf(i-1)): // ("blamed a hacker group controlled by Russia")
			if p := d.delegationLeader(end, ce); p != nil && talksType[sn.typ] {
				return p // "hosted a Taliban delegation led by Abdul Salam Hanafi"
			}
			if p := d.officeHolder(m, end, ce, d.tok(k).Is("summoned", "summon", "summons", "summoning")); p != nil {
				return d.holderList(p, end, ce) // "summoned China's ambassador, Qin Gang"
			}
			if p, pend := d.titledPerson(m, end); p != nil {
				return d.coordinated(*p, pend, ce) // "met European Commission President Ursula von der Leyen"
			}
			if p := d.possessedBody(end, ce); p != nil {
				return p // "asked the European Union's border agency Frontex for help"
			}
			if p := d.possessedPartner(end, ce); p != nil {
				return p // "accused Russia's ally Belarus": Belarus
			}
			if p := d.envoyApposition(end, ce); p != nil {
				return p // "summoned the EU ambassador in Beijing, Nicolas Chapuis": the envoy
			}
			return d.coordinated(m, end, ce)
		}
		// A mention governed by another preposition is skipped, and no
		// direct object comes after it ("warned that if Israel struck
		// Beirut": not Beirut). (A country word before a noun is no such
		// mention: "detained the American journalist Evan Gershkovich".)
		if pendingPrep != "" {
			direct = false
		}
		pendingPrep = ""
		i = end - 1
	}
	if ce < len(d.in.Tokens) && ce > k && ce-from <= 5 && authorAimed[sn.typ] && slices.Contains(sn.preps, "") && !sn.noun {
		// "rejected the proposal, which the United States put forward":
		// the clause ends at the comma, its author is named after it
		return d.relativeAuthor(ce)
	}
	if ce < len(d.in.Tokens) && ce > k && authorAimed[sn.typ] && slices.Contains(sn.preps, "") && !sn.noun {
		// "did not accept the proposal that it be designated a safe third
		// country, which the United States put forward": the proposal's
		// content clause runs to the comma, its author is named after it
		if p := d.proposalWithContent(from, ce); p >= 0 {
			return d.authorAfter(ce, p)
		}
	}
	return nil
}

// proposalWithContent returns the proposal noun that opens the object at
// from and is followed by its "that" clause, up to ce: "the proposal that
// Mexico take in asylum seekers". Else -1.
func (d *doc) proposalWithContent(from, ce int) int {
	if from > 0 && from+1 < ce && d.tok(from).Is("that") && proposalNouns[d.tok(from-1).Norm] {
		return from - 1 // the sense took the noun as its object: the search starts after it
	}
	p := from
	for p < ce && p-from < 3 && d.tok(p).Is("the", "a", "an", "its", "their", "this") {
		p++
	}
	if p+2 >= ce || !proposalNouns[d.tok(p).Norm] || !d.tok(p+1).Is("that") {
		return -1
	}
	return p
}

// inTitleOf reports whether the mention starting at ms is the object of
// "of" after a capitalised title word, within the clause from cs: "Member
// of the Political Bureau of the CPC Central Committee".
func (d *doc) inTitleOf(ms, cs int) bool {
	p := ms - 1
	if p > cs && d.tok(p).Is("the") {
		p--
	}
	return p-1 >= cs && d.tok(p).Is("of") && d.tok(p-1).Upper && d.tok(p-1).Kind == token.Word
}

// authorAimed are the reactions aimed at the author of what they react
// to: "rejected (welcomed, accepted, condemned) the proposal".
var authorAimed = map[parley.EventType]bool{parley.Reject: true, parley.Support: true, parley.Accuse: true, parley.Agree: true}

// participleAside returns the comma that closes a past participle's
// aside opened by the comma at i (", gathered by their aircraft,"), or 0.
func (d *doc) participleAside(i, ce int) int {
	if !d.tok(i).Is(",") || i+2 >= ce || d.cover[i+1] >= 0 || d.tok(i+1).Upper || !strings.HasSuffix(d.tok(i+1).Norm, "ed") {
		return 0
	}
	for j := i + 2; j+1 < ce && j <= i+16; j++ {
		if d.tok(j).Is(",") {
			return j
		}
		if d.stop(j) {
			return 0
		}
	}
	return 0
}

// byParticipleAside reports whether a comma at i opens a passive
// participle of support with its agent: ", backed by Russia and China".
func (d *doc) byParticipleAside(i, ce int) bool {
	return d.tok(i).Is(",") && i+2 < ce && d.cover[i+1] < 0 && backingWords[d.tok(i+1).Norm] && d.tok(i+2).Is("by")
}

// norAfterNeither reports whether token j is a "nor" whose list opens
// with "neither" in the clause: "Neither Russia nor Ukraine signed" names
// both, as "and" would (the negation is the status's).
func (d *doc) norAfterNeither(j, cs int) bool {
	if !d.tok(j).Is("nor") {
		return false
	}
	for i := j - 1; i >= 0 && i >= cs-1 && j-i <= 8; i-- { // ("Neither" may open the clause before cs)
		if d.tok(i).Is("neither") {
			return true
		}
		if d.stop(i) {
			return false
		}
	}
	return false
}

// gerundAfterList reports whether a participle in -ing follows the list
// of names that runs on from end: "with the United States and the World
// Bank attending". (At a meeting, those "joining" it take part, unless
// only as observers.)
func (d *doc) gerundAfterList(end, ce int) bool {
	for end < ce && (d.cover[end] >= 0 || d.tok(end).Is("and", "the") || d.tok(end).Is(",") && end+1 < ce && (d.cover[end+1] >= 0 || d.tok(end+1).Is("and"))) {
		end++
	}
	return d.gerundAt(end, ce)
}

// gerundAt reports whether the word at i is a participle in -ing.
func (d *doc) gerundAt(i, ce int) bool {
	return i < ce && d.cover[i] < 0 && !d.tok(i).Upper && len(d.tok(i).Norm) > 5 && strings.HasSuffix(d.tok(i).Norm, "ing") &&
		!ingPrepositions[d.tok(i).Norm] // ("signed an agreement with China during a visit to Beijing")
}

// commaWith reports whether the name at i follows ", with" (past "the"):
// an absolute clause, not a partner.
func (d *doc) commaWith(i int) bool {
	j := i - 1
	if d.tok(j).Is("the") {
		j--
	}
	return j > 0 && d.tok(j).Is("with") && d.tok(j-1).Is(",")
}

// nextVerb reports whether trigger k follows a mention ending at end with
// at most a few plain words between ("Russia on Friday vetoed").
func (d *doc) nextVerb(end, k int) bool {
	if k-end > 3 {
		return false
	}
	for i := end; i < k; i++ {
		if d.cover[i] >= 0 || d.tok(i).Kind == token.Punct || d.tok(i).Is("and", "or", "but") {
			return false
		}
	}
	return true
}

// coordinatedBefore returns the actors named in a list that ends with
// "and" right before the mention starting at start ("Bolivia and" before
// "the United States"), with where the list starts; nil when none.
func (d *doc) coordinatedBefore(start, cs int) ([]string, int) {
	i := start - 1
	if i > cs && d.tok(i).Is("the") {
		i--
	}
	if i > cs+1 && d.tok(i).Is("of") && d.tok(i-1).Is("and") {
		i-- // "members of the CNE and of the Supreme Tribunal"
	}
	if i <= cs || !d.tok(i).Is("and") || d.cover[i-1] < 0 {
		return nil, 0
	}
	var ids []string
	first := start
	for p := i - 1; p >= cs && d.cover[p] >= 0; {
		m := d.in.Mentions[d.cover[p]]
		ids = append(append([]string(nil), m.Actors...), ids...)
		first = d.mentionStart(p)
		p = first - 1
		if p > cs && d.tok(p).Is("the") {
			p--
		}
		if p <= cs || !d.tok(p).Is(",") {
			break
		}
		p-- // "Russia, China and India"
	}
	return ids, first
}

// officeOf reports whether the mention starting at token s names the
// body of an office told before it: "the chairman of [Sudan's] Sovereign
// Council", "the head of the commission".
func (d *doc) officeOf(s, cs int) bool {
	p := s - 1
	if p > cs && d.tok(p).Is("'s", "’s") && d.cover[p-1] >= 0 {
		p = d.mentionStart(p-1) - 1 // the body's owner: "of Sudan's Sovereign Council"
	}
	if p > cs && d.tok(p).Is("the") {
		p--
	}
	return p > cs && d.tok(p).Is("of") && d.cover[p-1] < 0 && appositionRoles[d.tok(p-1).Norm] // (not "in front of")
}

// absoluteWith returns the comma that opens a "with … present" phrase
// in tokens [from, ce) — ", with Brazil's Celso Amorim and CARICOM
// leaders present", ", with UN envoys looking on" —, which tells who else
// was there, not who was met; -1 when there is none.
func (d *doc) absoluteWith(from, ce int) int {
	for c := from; c+1 < ce; c++ {
		if !d.tok(c).Is(",") || !d.tok(c+1).Is("with") {
			continue
		}
		for j := c + 2; j < ce && j <= c+14; j++ {
			if d.tok(j).Is(",", ";") {
				break
			}
			if d.tok(j).Is("present", "attending", "looking", "watching") || d.tok(j).Is("in") && d.tok(j+1).Is("attendance") {
				return c
			}
		}
	}
	return -1
}

// asideThenVerb reports whether only an aside between commas stands
// between a mention's end and the verb at k: "a day after Putin, in an
// interview with CNN, accused …".
func (d *doc) asideThenVerb(end, k int) bool {
	if k-end < 3 || k-end > 16 || !d.tok(end).Is(",") || !d.tok(k-1).Is(",") {
		return false
	}
	for i := end + 1; i < k-1; i++ {
		if d.tok(i).Kind == token.Punct || d.finiteVerbAt(i) {
			return false
		}
	}
	return true
}

// armsThenVerb reports whether only more arms stand between a mention's
// end and the verb at k: "after Pakistani drones and rockets hit …".
func (d *doc) armsThenVerb(end, k int) bool {
	if k-end > 4 || k == end {
		return false
	}
	for i := end; i < k; i++ {
		if !d.tok(i).Is("and", ",") && !forceNouns[d.tok(i).Norm] || d.cover[i] >= 0 {
			return false
		}
	}
	return forceNouns[d.tok(k-1).Norm]
}

// unnamedAgents are plural nouns for people the text does not name; right
// before a verb they are its subject.
var unnamedAgents = map[string]bool{"prosecutors": true, "officials": true, "critics": true, "analysts": true,
	"experts": true, "investigators": true, "diplomats": true, "sources": true, "residents": true,
	"witnesses": true, "researchers": true, "economists": true, "observers": true, "commentators": true,
	"reporters": true, "journalists": true, "lawyers": true, "attorneys": true, "scientists": true,
	"historians": true, "insiders": true, "aides": true, "advisers": true, "advisors": true}

// auxWords may stand between a subject and its verb.
var auxWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "also": true, "now": true, "then": true, "later": true,
	"reportedly": true, "been": true, "be": true, "did": true, "does": true, "do": true,
	"again": true, "already": true, "on": false}

var dashes = map[string]bool{"-": true, "–": true, "—": true}

// openingDash returns the dash that opens the parenthesis closed by the
// dash at c, within the clause from cs, or -1.
func (d *doc) openingDash(c, cs int) int {
	for j := c - 1; j > cs; j-- {
		if d.tok(j).Is(";", ":") {
			return -1
		}
		if dashes[d.tok(j).Text] {
			return j
		}
	}
	return -1
}

// thatRelativeHead returns the name a relative "that" follows when the
// clause of verb k opens right after it with a verb of its own: in "Iraqi
// troops that crossed into Iran last week have pulled back" the troops
// crossed and pulled back, and Iran, the relative's object, does neither.
// A "that" with a subject after it ("warned Seoul that Pyongyang would
// …") is a reported clause, no relative.
func (d *doc) thatRelativeHead(k, cs int) ([]string, int) {
	if cs < 2 || cs >= k || !d.tok(cs-1).Is("that") || d.cover[cs-2] < 0 {
		return nil, 0
	}
	v := cs
	for v < k && auxWords[d.tok(v).Norm] {
		v++
	}
	if v != k && !d.finiteVerbAt(v) {
		return nil, 0
	}
	m := d.in.Mentions[d.cover[cs-2]]
	if len(m.Actors) == 0 || m.Via == parley.ViaPronoun {
		return nil, 0
	}
	return m.Actors, d.mentionStart(cs - 2)
}

// relativeAntecedent returns the subject of a verb at k that opens a
// relative clause ("the Court, which issued a warrant") or is joined by
// "and" to the verb of one: in "the Palestinian Authority, which considers
// the US biased and has rejected the Trump administration", the Authority
// rejected, not the US. It returns nil when k is no such verb.
func (d *doc) relativeAntecedent(k, cs int) ([]string, int) {
	j := k - 1
	for j > cs && (auxWords[d.tok(j).Norm] || d.tok(j).Is("long", "repeatedly", "consistently", "previously", "already", "always", "also", "so", "far") ||
		d.dateWordBefore(j)) {
		j-- // "the Taliban, who have long refused …", "the Court, which in March had issued …"
	}
	if j > cs && d.tok(j).Is("who", "which") {
		// "South Africa, a member of the International Criminal Court,
		// which issued a warrant": the name right before the pronoun.
		p := j - 1
		if d.tok(p).Is(",") {
			p--
		}
		if m, ok := d.mentionAt(p); ok && p >= cs && len(m.Actors) == 1 {
			// "who" takes a person, "which" anything else: in "Velloso, a
			// scholar at the Institute, who consults with Trump" the
			// Institute is no antecedent; nor is a name inside a phrase
			// ("the widow of Alexei Navalny, who accused …").
			start := d.mentionStart(p)
			before := start - 1
			if before > 0 && d.tok(before).Is("the", "a", "an") && d.tok(j).Is("who") {
				before-- // "a scholar at the Institute, who …" (but "a member of the Court, which issued …")
			}
			// (With no comma the relative restricts the noun right before
			// it, whatever phrase holds it: "fired tear gas at protesters
			// who stormed parliament".)
			inPhrase := before >= 0 && (nonActorPreps[norm(d.tok(before))] || d.tok(before).Is("to", "by", "against")) && d.tok(j-1).Is(",") &&
				!(d.tok(before).Is("of") && before > 0 && !personHeads[d.tok(before-1).Norm]) // ("at the invitation of Emperor Naruhito, who received him": the name)
			// ("who" also takes a group: "the Taliban, who have refused …")
			if a := d.actors[m.Actors[0]]; a != nil && !inPhrase && (d.tok(j).Is("who") && a.Kind != parley.State || d.tok(j).Is("which") && a.Kind != parley.Person) {
				if ids, first := d.coordinatedBefore(start, cs); ids != nil && d.reciprocal(k, d.clauseEnd(k, len(d.in.Tokens))) {
					// "Bolivia and the United States, which expelled each
					// other's ambassadors": the pair acts on itself.
					return append(ids, m.Actors...), first
				}
				return m.Actors, start
			}
		}
		if d.tok(j).Is("who") && d.tok(j-1).Is(",") {
			if id, at := d.personBeforeApposition(j-1, cs); id != "" {
				return []string{id}, at // "Samira Daoud, Amnesty's director for West and Central Africa, who called on …"
			}
		}
		return nil, 0
	}
	if j <= cs || !d.tok(j).Is("and") {
		return nil, 0
	}
	for r := j - 1; r > cs && j-r <= 15; r-- {
		t := d.tok(r)
		if t.Is(";", ":", "and") || dashes[t.Text] && d.cover[r-1] < 0 {
			return nil, 0
		}
		if !t.Is("who", "which") {
			continue
		}
		p := r - 1
		if d.tok(p).Is(",") || dashes[d.tok(p).Text] {
			p--
		}
		if m, ok := d.mentionAt(p); ok && p >= cs {
			return m.Actors, d.mentionStart(p)
		}
		return nil, 0
	}
	return nil, 0
}

// personHeads are nouns for people that an "of" phrase may follow ("the
// widow of Alexei Navalny"): a "who" after the phrase may be the head's.
var personHeads = map[string]bool{"widow": true, "wife": true, "husband": true, "son": true, "daughter": true, "brother": true,
	"sister": true, "father": true, "mother": true, "family": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true, "lawyer": true, "lawyers": true, "member": true,
	"members": true, "leader": true, "head": true, "chief": true, "envoy": true, "representative": true, "supporters": true,
	"supporter": true, "ally": true, "allies": true, "friend": true, "deputy": true, "successor": true, "predecessor": true,
	"rival": true, "critic": true, "critics": true, "opponent": true, "opponents": true, "secretary": true, "minister": true,
	"president": true, "chairman": true, "director": true, "ambassador": true, "official": true, "officials": true}

// relativeWhich returns the "which" that opens the relative clause whose
// verb is k when the word before it names no actor ("the explosion,
// which killed …"), or -1.
func (d *doc) relativeWhich(k, cs int) int {
	j := k - 1
	for j > cs && (auxWords[d.tok(j).Norm] || d.tok(j).Is("reportedly", "allegedly", "also", "later")) {
		j--
	}
	if j <= cs+1 || !d.tok(j).Is("which") {
		return -1
	}
	p := j - 1
	if d.tok(p).Is(",") {
		p--
	}
	if d.cover[p] >= 0 || d.tok(p).Kind != token.Word || d.tok(p).Upper {
		return -1
	}
	return j
}

// askedNouns name what one side asks of or hands to another, which the
// other grants or refuses ("accepted his resignation").
var askedNouns = []string{"request", "requests", "demand", "demands", "appeal", "appeals", "plea", "pleas", "invitation", "call", "calls", "resignation"}

// ownStanding are what a person or body holds or does in their own name,
// so that the possessor right after a verb of judging is the one judged:
// "recognised his victory", "rejected their claims" (not "condemned his
// arrest", a deed done to him).
var ownStanding = map[string]bool{"victory": true, "win": true, "election": true, "re-election": true, "reelection": true,
	"candidacy": true, "claim": true, "claims": true, "resignation": true, "leadership": true, "remarks": true,
	"comments": true, "statement": true, "statements": true, "policies": true, "policy": true, "presidency": true,
	"credentials": true, "nomination": true, "sovereignty": true,
	// "welcomed his decision", "praised her efforts": the deed or part of its owner
	"decision": true, "move": true, "offer": true, "proposal": true, "announcement": true, "appointment": true,
	"withdrawal": true, "departure": true, "efforts": true, "role": true, "stance": true, "position": true,
	// "Kyiv criticised his trip", "condemned her remark": the one who went or spoke
	"visit": true, "visits": true, "trip": true, "trips": true, "remark": true, "comment": true, "speech": true,
	"rhetoric": true, "conduct": true, "actions": true,
	// "turned down his application", "rejected their demands": the one who asked
	"application": true, "request": true, "requests": true, "bid": true, "appeal": true, "plea": true,
	"petition": true, "demand": true, "demands": true}

// dateWordBefore reports whether token j belongs to a time phrase that
// stands between a relative pronoun and its verb: a date's own words or
// the preposition opening one ("which in May 2021 had signed", "who last
// week met").
func (d *doc) dateWordBefore(j int) bool {
	if d.inDate(j) {
		return true
	}
	return j+1 < len(d.in.Tokens) && d.tok(j).Is("in", "on", "since", "earlier", "later", "late", "early") && d.inDate(j+1)
}

// openingComma returns the comma that opens the parenthesis closed by the
// comma at c, within the clause from cs, or -1: the nearest comma before
// it, provided a mention does not follow that comma directly as a list
// item would ("X, Y and Z").
func (d *doc) openingComma(c, cs int) int {
	// "Díaz-Canel, whose country is one of the guarantors together with
	// Norway, Venezuela and Chile, attended": a relative clause with a list
	// of its own opens at its "whose", not at the list's last comma.
	for j := c - 1; j > cs && c-j <= 30; j-- {
		if d.stop(j) {
			break
		}
		if d.tok(j).Is(",") && d.tok(j+1).Is("who", "whose", "which", "whom") && d.cover[j-1] >= 0 {
			return j
		}
	}
	for j := c - 1; j > cs; j-- {
		if d.stop(j) {
			return -1
		}
		if d.tok(j).Is(",") {
			owner := j + 1
			if d.tok(owner).Is("the") && owner+1 < c {
				owner++ // "Algeria, the Polisario Front's main backer, broke off …"
			}
			if d.cover[owner] >= 0 && j > cs && d.cover[j-1] >= 0 && d.possessiveAt(d.mentionEnd(owner)) {
				return j // "Wang Yi, China's top diplomat, congratulated": the name before describes itself
			}
			if j > cs && d.cover[j-1] >= 0 && d.personAt(j-1) && d.tok(j+1).Is("the", "a", "an") && j+2 < c && d.cover[j+2] >= 0 &&
				!d.personAt(j+2) {
				return j // "Brian Hook, the US special envoy for Iran, told": the person before describes himself
			}
			if c-j <= 2 || d.cover[j+1] >= 0 || d.tok(j+1).Upper || d.tok(j+1).Is("the") && j+2 < c && d.cover[j+2] >= 0 {
				return -1 // "the army chief, General Brawner, demanded": the apposition names the subject
			}
			return j
		}
	}
	return -1
}

// titledPersonAt reports whether a person is named at i, after a title
// and the words of its office if any: "Japanese Prime Minister Fumio
// Kishida", "Supreme Court president Rosa Weber".
func (d *doc) titledPersonAt(i, ce int) bool {
	office := func(t *token.Token) bool {
		return t.Upper || t.Is("president", "minister", "prime", "chief", "justice", "secretary", "chairman", "chairwoman", "leader")
	}
	if !office(d.tok(i)) {
		return false // ("and his Indian counterpart": a possessive, no title)
	}
	for j := i; j < ce && j <= i+5; j++ {
		if d.personAt(j) {
			return true
		}
		if !office(d.tok(j)) {
			return false
		}
	}
	return false
}

// looseThe reports whether token i is a "the" of its own, not the first
// word of a name that carries it ("the Commonwealth", "the Taliban"),
// so that a phrase's first name may be looked for past it.
func (d *doc) looseThe(i int) bool {
	return d.tok(i).Is("the") && d.cover[i] < 0
}

// personAt reports whether the mention covering token i names one person.
func (d *doc) personAt(i int) bool {
	m, ok := d.mentionAt(i)
	if !ok || len(m.Actors) != 1 {
		return false
	}
	a := d.actors[m.Actors[0]]
	return a != nil && a.Kind == parley.Person
}

// stateMention reports whether mention m names one state.
func (d *doc) stateMention(m parley.Mention) bool {
	if len(m.Actors) != 1 {
		return false
	}
	a := d.actors[m.Actors[0]]
	return a != nil && a.Kind == parley.State
}

// involvedDoers returns, for a gerund at k after "involved in" or
// "engaged in", the actors named in the noun phrase those words hang on
// ("six Iranian individuals and five entities involved in supplying
// drones": Iran), ok being false when the gerund stands otherwise. The
// phrase may name no actor: the doers are then unnamed, and not the
// clause's subject, who imposed sanctions on them.
func (d *doc) involvedDoers(k, cs int) (ids []string, start int, ok bool) {
	if k-3 < cs || !strings.HasSuffix(d.tok(k).Norm, "ing") || !d.tok(k-1).Is("in") || !d.tok(k-2).Is("involved", "engaged", "implicated", "complicit") {
		return nil, 0, false
	}
	start = k - 2
	for i := k - 3; i >= cs && k-i <= 12; i-- {
		t := d.tok(i)
		switch {
		case d.cover[i] >= 0:
			ids = append(ids, d.in.Mentions[d.cover[i]].Actors...)
			i = d.mentionStart(i)
		case t.Is("and", "or", ","):
			// the list goes on: "individuals and five entities"
		case t.Kind != token.Word || t.Is("on", "against", "to", "with", "by", "from", "for", "at", "of") || d.finiteVerbAt(i):
			return uniq(ids), start, true // the phrase began after the preposition or verb
		}
		start = i
	}
	return uniq(ids), start, true
}

// loneNegotiator reports whether the verb of negotiating at k has one
// actor for its subject, who needs a partner: "Kenya negotiated a trade
// deal with Uganda" is with Uganda, while "Biden and Scholz negotiated
// the deal with Iran" is about it. ("Sondland discussed relations with
// Ukraine" talks about Ukraine, whoever with.)
func (d *doc) loneNegotiator(k int) bool {
	if !d.tok(k).Is("negotiated", "negotiate", "negotiates", "negotiating", "renegotiate", "renegotiated", "renegotiates", "renegotiating") {
		return false
	}
	a, _ := d.tokensOf(d.sentenceAround(k))
	subj, _ := d.subjects(k, d.clauseStart(k, a))
	return len(uniq(subj)) == 1
}

// relationNouns take a "with" of their own: "discussed relations with
// Ukraine" is about Ukraine, not with it.
var relationNouns = map[string]bool{"relations": true, "ties": true, "cooperation": true, "partnership": true,
	"links": true, "border": true, "trade": true, "tensions": true, "dispute": true, "conflict": true, "war": true,
	"agreement": true, "deal": true, "treaty": true, "alliance": true, "dialogue": true, "crisis": true,
	"problems": true, "problem": true, "issues": true, "situation": true, "confrontation": true, "standoff": true,
	"relationship": true, "frontier": true}

// tradeGoods name what a trade measure falls on; "from" after them names
// the state the measure is aimed at.
var tradeGoods = map[string]bool{"imports": true, "goods": true, "products": true, "exports": true,
	"shipments": true, "steel": true, "aluminium": true, "aluminum": true, "cars": true, "vehicles": true, "electricity": true, "power": true}

// packageOf reports whether tokens [a, k) are "package of" or another
// measure's batch, after a word or two ("fourth package of", "new round
// of", "latest wave of"): the trigger at k is the batch's.
func (d *doc) packageOf(a, k int) bool {
	if k-a < 2 || k-a > 4 || !d.tok(k-1).Is("of") || !d.tok(k-2).Is("package", "packages", "round", "rounds", "set", "wave", "batch", "raft", "tranche", "series") {
		return false
	}
	for j := a; j < k-2; j++ {
		if d.cover[j] >= 0 || d.tok(j).Kind == token.Punct {
			return false
		}
	}
	return true
}

// sanctionHolders name those a penalty falls on that stand for the state
// named after "in", "from", "based in" or "linked to" them.
var sanctionHolders = map[string]bool{"entities": true, "entity": true, "companies": true, "company": true,
	"firms": true, "firm": true, "individuals": true, "persons": true, "people": true, "banks": true,
	"businesses": true, "organisations": true, "organizations": true, "groups": true, "oligarchs": true,
	"businessmen": true, "subsidiaries": true, "officials": true, "networks": true, "suppliers": true}

// holdersOf reports whether the word at i ties sanctionHolders to the
// state named next: "entities in Russia", "firms from China", "companies
// based in Iran", "individuals linked to Hezbollah".
func (d *doc) holdersOf(i int) bool {
	if i < 2 {
		return false
	}
	h := i - 1
	switch {
	case d.tok(i).Is("in") && d.tok(h).Is("based", "located", "operating"):
		h--
	case d.tok(i).Is("to") && d.tok(h).Is("linked", "tied", "connected", "close"):
		h--
	case d.tok(i).Is("to") && d.tok(h).Is("ties", "links") && d.tok(h-1).Is("with"):
		h -= 2 // "firms with ties to Iran"
	case !d.tok(i).Is("in", "from"):
		return false
	}
	return h >= 0 && d.cover[h] < 0 && sanctionHolders[d.tok(h).Norm]
}

// proxiesOf reports whether the word at i closes a phrase that ties
// unnamed doers to the actor after it: "hackers linked to", "a group
// backed by", "saboteurs working for".
func (d *doc) proxiesOf(i int) bool {
	h := i - 1
	switch {
	case d.tok(i).Is("to") && d.tok(h).Is("linked", "tied", "connected", "loyal"):
	case d.tok(i).Is("by") && d.tok(h).Is("backed", "sponsored", "funded", "directed", "run", "controlled", "hired", "recruited"):
	case d.tok(i).Is("for") && d.tok(h).Is("working", "acting", "spying"):
	default:
		return false
	}
	return h >= 1 && d.cover[h-1] < 0 && d.tok(h-1).Kind == token.Word && !d.tok(h-1).Upper
}

// infinitiveAt reports whether the word at i, after "to", reads as a verb:
// a lower-case word that is no actor, followed by an actor or a
// determiner ("to investigate Ukrainian energy company", "to stop the
// violence") — unlike "to senior officials".
func (d *doc) infinitiveAt(i, ce int) bool {
	if i+1 >= ce || d.cover[i] >= 0 || d.tok(i).Kind != token.Word || d.tok(i).Upper || determiners[d.tok(i).Norm] {
		return false
	}
	w := d.tok(i).Norm
	if notVerbs[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "al") ||
		strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ern") {
		return false // "to fellow NATO members", "to warring Sudanese factions", "to regional leaders"
	}
	return d.cover[i+1] >= 0 || determiners[d.tok(i+1).Norm]
}

// notVerbs are words that stand before a name as its modifier, never as
// a verb taking it: "to fellow NATO members", "to senior Chinese officials".
var notVerbs = map[string]bool{"fellow": true, "senior": true, "top": true, "rival": true, "other": true,
	"allied": true, "friendly": true, "former": true, "new": true, "many": true, "several": true, "few": true,
	"key": true, "major": true, "partner": true, "neighbouring": true, "neighboring": true, "both": true,
	// "exported to three American states": a count
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"dozens": true, "hundreds": true, "thousands": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "this": true, "that": true, "these": true, "those": true, "all": true, "both": true,
	"each": true, "any": true, "some": true}

// whatTheySaid returns the last token of "what X said were" starting at
// "what" at i — the words that tell whose description the object is —
// or i when there is none.
func (d *doc) whatTheySaid(i, ce int) int {
	for j := i + 1; j < ce-1 && j <= i+6; j++ {
		if d.tok(j).Is("said", "says", "called", "calls", "described", "claimed", "claims", "considers", "considered", "termed", "dubbed") {
			if d.tok(j).Is("called", "calls", "termed", "dubbed") && !d.tok(j+1).Is("for", "on", "upon", "off") {
				return j // "criticised what he called Saudi adventurism": the naming is the object
			}
			if d.tok(j+1).Is("were", "was", "are", "is", "as") {
				return j + 1
			}
			return i
		}
	}
	return i
}

// quantityWords may stand between a preposition and its object when the
// object is measured: "on about $125 billion worth of Chinese goods".
var quantityWords = map[string]bool{"$": true, "%": true, "€": true, "£": true, "about": true, "some": true,
	"nearly": true, "almost": true, "around": true, "roughly": true, "more": true, "than": true, "over": true,
	"all": true, "billion": true, "million": true, "trillion": true, "bn": true, "worth": true, "percent": true}

// spanNouns measure the time a run of acts lasted: "a century of US
// interventions".
var spanNouns = map[string]bool{"century": true, "centuries": true, "decades": true, "decade": true, "years": true, "months": true, "weeks": true}

// quantityLead returns how many tokens from i lead an amount ("up to",
// "at least", "as many as", "in excess of") before a number or a
// currency sign, else 0: words that would otherwise read as prepositions.
func (d *doc) quantityLead(i, ce int) int {
	for _, lead := range quantityLeads {
		n := len(lead)
		if i+n >= ce {
			continue
		}
		match := true
		for j, w := range lead {
			match = match && d.tok(i+j).Is(w)
		}
		if next := d.tok(i + n); match && (next.Kind == token.Number || quantityWords[norm(next)]) {
			return n
		}
	}
	return 0
}

var quantityLeads = [][]string{{"up", "to"}, {"at", "least"}, {"at", "most"}, {"as", "many", "as"}, {"as", "much", "as"},
	{"in", "excess", "of"}, {"close", "to"}, {"less", "than"}, {"fewer", "than"}, {"more", "than"}, {"an", "estimated"},
	{"nearly"}, {"almost"}, {"about"}, {"around"}, {"some"}, {"roughly"}, {"approximately"}}

// possessorAt reports whether the mention starting at token i owns the
// noun after it: "India's refusal".
func (d *doc) possessorAt(i int) bool {
	if i >= len(d.in.Tokens) || d.cover[i] < 0 {
		return false
	}
	return d.possessiveAt(d.mentionEnd(i))
}

// participle reports whether t is a lower-case "-ing" word that opens a
// participle clause: not "king" or "ring", nor a preposition in "-ing".
func participle(t *token.Token) bool {
	return t.Kind == token.Word && !t.Upper && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ing") && !ingPrepositions[t.Norm]
}

var ingPrepositions = map[string]bool{"during": true, "including": true, "according": true, "following": true,
	"regarding": true, "concerning": true, "notwithstanding": true, "pending": true, "excluding": true, "barring": true,
	"morning": true, "evening": true, "meeting": true, "building": true, "spring": true, "string": true}

// framingNoun reports whether event e was named by a noun in a phrase
// that frames its clause: "accepted defeat in a telephone call to Barrow
// …, rejecting …" (the caller rejects, not the one called).
func (d *doc) framingNoun(e parley.Event) bool {
	if !strings.HasPrefix(e.Rule, "noun:") {
		return false
	}
	k := d.tokenAt(e.Trigger.Start)
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		if d.tok(i).Is("in", "during") {
			return true
		}
		if d.cover[i] >= 0 || d.tok(i).Kind != token.Word {
			return false
		}
	}
	return false
}

// jointSubjects reports whether the other side of meeting e is named in
// sentence sent before e's trigger, as one of its subjects ("Xi and
// Putin met in Moscow, pledging …"), and not only after it, as the one
// spoken to ("Clinton spoke by telephone to Trimble and to Adams,
// urging both men …": Clinton urged).
func (d *doc) jointSubjects(e parley.Event, sent parley.Span) bool {
	a, _ := d.tokensOf(sent)
	k := d.tokenAt(e.Trigger.Start)
	for i := a; i < k; i++ {
		if m, ok := d.mentionAt(i); ok && slices.Contains(m.Actors, e.Target.ID) {
			return true
		}
	}
	return false
}

// invertedSayer returns who said the words before the comma at c when a
// sayer set off by commas after them ends there ("…, the army said,"):
// a participle after that comma is the sayer's.
func (d *doc) invertedSayer(c int) []string {
	k := c - 1
	if k < 2 || !sayVerbs[d.tok(k).Norm] || d.cover[k-1] < 0 {
		return nil
	}
	m := d.in.Mentions[d.cover[k-1]]
	if s := d.mentionStart(k - 1); s < 1 || !d.tok(s-1).Is(",") && !(s >= 2 && d.tok(s-1).Is("the") && d.tok(s-2).Is(",")) {
		return nil
	}
	return m.Actors
}

// participleSubject returns the actors of the first event the sentence
// has built before the comma at c: "Putin and Xi agreed …, using a video
// call" makes the call theirs.
//
// With doers set, only those who did that act: "held talks with him,
// days after speaking to him" is the host's call, not both sides'.
func (d *doc) participleSubject(c int, doers bool) []string {
	if ids := d.invertedSayer(c); ids != nil && !doers {
		return ids // "North Korea fired missiles, the Joint Chiefs of Staff said, condemning the launch": the sayer
	}
	sent := d.sentenceAround(c)
	order := d.built
	if doers {
		// "which Duque broke off in 2019 after recognising Guaidó": the
		// act the participle is timed against is the nearest before it
		order = slices.Clone(d.built)
		slices.Reverse(order)
	}
	for _, e := range order {
		if !sent.Contains(e.Evidence.Span) && !e.Evidence.Span.Contains(sent) || e.Trigger.End > d.tok(c).Start || e.Source.IsZero() {
			continue
		}
		if !doers && len(e.Participants) > 0 && (e.Type == parley.Consult || e.Type == parley.Agree || e.Type == parley.Cooperate) && !d.framingNoun(e) && e.Mode != "visit" &&
			d.jointSubjects(e, sent) {
			// "Xi and Putin met in Moscow, pledging …": both of them; but
			// "Finland closed its border with Russia, accusing Moscow …"
			// and "Misri visited Dhaka, raising …": the one who acted.
			return participantIDs(e)
		}
		// Every doer of that act: "Saudi Arabia, the UAE, Bahrain and
		// Egypt cut ties with Qatar, accusing Doha …"
		var ids []string
		for _, o := range d.built {
			if o.Trigger == e.Trigger && !o.Source.IsZero() && !slices.Contains(ids, o.Source.ID) {
				ids = append(ids, o.Source.ID)
			}
		}
		return ids
	}
	// No act coded before it: the subject that opens the sentence ("Lavrov
	// ruled out talks, accusing Kyiv of terrorism").
	a, _ := d.tokensOf(sent)
	i := a
	if d.tok(i).Is("the") {
		i++
	}
	if d.cover[i] < 0 && d.tok(i).Kind == token.Word && (i == a || !d.tok(i).Upper) && d.tok(i+1).Is("of") {
		// "Rebels of the Tupac Amaru Revolutionary Movement, led by …":
		// the body the members belong to
		if j := actorAt(d, i+2, "the"); j >= 0 {
			i = j
		}
	}
	if d.quoted[i] && !d.quoted[c] {
		// "“Eritrea will not be intimidated,” he said, accusing the
		// United States …": the one who said the quotation, not a name
		// inside it.
		if q := d.in.Quotes[d.quoteOf[i]]; !q.Speaker.IsZero() {
			return []string{q.Speaker.ID}
		}
		return nil
	}
	if m, ok := d.mentionAt(i); ok && d.mentionStart(i) == i {
		if e := d.mentionEnd(i); e < c && d.tok(e).Kind == token.Word && !d.tok(e).Upper && !d.tok(e).Is("and", "of", "'s") {
			return m.Actors
		}
		e := d.mentionEnd(i)
		if e+2 < c && d.tok(e).Is("(") && d.tok(e+2).Is(")") {
			e += 3 // "(MRTA)"
		}
		if e < c && d.tok(e).Is(",") && d.tok(e+1).Is("led", "backed", "headed", "commanded", "supported") {
			// "The Malaita Eagle Force, led by Andrew Nori, seized the
			// capital, taking …": the group, past the aside on its leader
			for x := e + 2; x < c && x <= e+12; x++ {
				if d.tok(x).Is(",") {
					if d.finiteVerbAt(x + 1) {
						return m.Actors
					}
					break
				}
			}
		}
		return nil
	}
	for v := c - 1; v > a && c-v <= 12; v-- {
		// "The swap came days after Russia launched its biggest air
		// attack, firing 122 missiles …": the sentence opens with no
		// actor; the clause the comma closes has one, before its verb.
		if d.tok(v).Is(",", ";", "that", "which", "who") {
			break
		}
		if d.finiteVerbAt(v) && d.cover[v-1] >= 0 {
			m := d.in.Mentions[d.cover[v-1]]
			if m.Via != parley.ViaAdjective && m.Via != parley.ViaPronoun {
				return m.Actors
			}
			break
		}
	}
	return nil
}

// overThatClause returns the subject of the main clause when the comma
// before a speech participle at k closes a "that" clause of its own
// subject: "the court ruled that Chile had no obligation to negotiate,
// dismissing Bolivia's claim" and "drew a boundary that gives Somalia the
// area, rejecting Kenya's claim" are the court's acts. Else nil.
func (d *doc) overThatClause(a, k int) []string {
	for i := k - 2; i > a; i-- {
		t := d.tok(i)
		if t.Is(",", ";", ":") || dashes[t.Text] {
			return nil
		}
		if !t.Is("that") && !(d.sayVerbAt(i) && d.cover[i+1] >= 0) || d.cover[i] >= 0 {
			continue // ("said Brazil would not send ammunition, criticising NATO": no "that")
		}
		inner := d.clauseSubject(i+1, k-1)
		main := d.clauseSubject(a, i)
		if inner == nil || main == nil || d.sameSide(main, inner[0]) && !d.speaksFor(main, inner) {
			return nil
		}
		return main
	}
	return nil
}

// speaksFor reports whether main is one person speaking for the state or
// body inner names: "Baerbock said that Germany was expelling two
// diplomats, accusing Moscow of espionage" is the minister's accusation,
// made in the speaking.
func (d *doc) speaksFor(main, inner []string) bool {
	if len(main) != 1 || len(inner) != 1 {
		return false
	}
	p := d.actors[main[0]]
	return p != nil && p.Kind == parley.Person && main[0] != inner[0]
}

// sayVerbBeforeNoActor returns the verb of saying that opens the clause
// of verb v, when nothing from it up to the "and" before k names an
// actor ("said two children were killed and …"); else -1.
func (d *doc) sayVerbBeforeNoActor(v, k, a int) int {
	for i := v - 1; i > a; i-- {
		if d.cover[i] >= 0 {
			return -1
		}
		if d.sayVerbAt(i) {
			for j := v + 1; j < k; j++ {
				if d.cover[j] >= 0 {
					return -1
				}
			}
			return i
		}
	}
	return -1
}

// sayVerbBeforeThat returns the past verb of saying whose "that" opens
// the clause of verb v ("told the rally that Germany needed …", "said
// that the vote was flawed"), found back from v within the clause; or -1.
func (d *doc) sayVerbBeforeThat(v, a int) int {
	for i := v - 1; i > a && v-i <= 14; i-- {
		if d.tok(i).Is(";", ":", ",") {
			return -1
		}
		if !d.tok(i).Is("that") || d.cover[i] >= 0 {
			continue
		}
		for j := i - 1; j > a && i-j <= 4; j-- {
			if d.sayVerbAt(j) && d.cover[j] < 0 && pastLike(d.tok(j).Norm) {
				return j
			}
			if d.tok(j).Kind == token.Punct {
				break
			}
		}
		return -1
	}
	return -1
}

// coordinatedSpeechActs are the speech acts a sayer goes on to with
// "and" after what he said.
var coordinatedSpeechActs = map[string]bool{"called": true, "urged": true, "appealed": true, "demanded": true,
	"warned": true, "accused": true, "praised": true, "condemned": true, "thanked": true, "asked": true, "pressed": true,
	"criticised": true, "criticized": true, "welcomed": true}

// sayVerbBeforeModal returns the verb of saying, in the past, that
// opens the reported clause of verb v, found back from v past the clause's
// own words to "said" or "told … that"; or -1.
func (d *doc) sayVerbBeforeModal(v, a int) int {
	for i := v - 1; i > a && v-i <= 14; i-- {
		if d.tok(i).Is(";", ":") || d.tok(i).Is(",") && !d.tok(i+1).Is("that") {
			return -1
		}
		if d.sayVerbAt(i) && d.cover[i] < 0 && pastLike(d.tok(i).Norm) {
			return i
		}
	}
	return -1
}

// reportedSelfTarget returns the speech verb before the clause whose
// verb v and subject ids (starting at start) a verb at k follows after
// "and", when the first name after k is on the side of ids: the verb
// then joins the speaking, not the reported clause. Else -1.
func (d *doc) reportedSelfTarget(k, v, start, cs int, ids []string) int {
	sv := -1
	for i := start - 1; i >= cs && start-i <= 3; i-- {
		if d.sayVerbAt(i) && d.cover[i] < 0 {
			sv = i
			break
		}
		if !d.tok(i).Is("that") {
			break
		}
	}
	if sv < 0 || v < start {
		return -1
	}
	for j := k + 1; j < len(d.in.Tokens) && j <= k+3; j++ {
		if m, ok := d.mentionAt(j); ok {
			if len(m.Actors) > 0 && d.sameSide(ids, m.Actors[0]) {
				return sv
			}
			return -1
		}
	}
	return -1
}

// finiteVerbAt reports whether token i looks like a verb in the past
// tense: a lower-case word in "-ed" or a common irregular past form.
func (d *doc) finiteVerbAt(i int) bool {
	if i < 0 || i >= len(d.in.Tokens) || d.cover[i] >= 0 {
		return false
	}
	t := d.tok(i)
	if t.Kind != token.Word || t.Upper {
		return false
	}
	if epithetParticiples[t.Norm] && d.nounNext(i) {
		return false // "troops and armoured vehicles": an adjective before its noun
	}
	return len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") || irregularPast[t.Norm]
}

// epithetParticiples are words in "-ed" that news prints before a noun far
// more often than as a verb: "armoured vehicles", "unmanned aircraft",
// "guided missiles", "masked gunmen".
var epithetParticiples = map[string]bool{"armoured": true, "armored": true, "unmanned": true, "uncrewed": true, "guided": true,
	"masked": true, "unarmed": true, "unidentified": true, "unnamed": true, "unspecified": true, "sophisticated": true,
	"landlocked": true, "self-propelled": true, "nuclear-powered": true, "nuclear-armed": true,
	"related": true, "associated": true, "affiliated": true, "assorted": true, "advanced": true, "classified": true, "enriched": true,
	"specialised": true, "specialized": true} // ("arms and related materiel", "weapons and advanced equipment")

// nounNext reports whether the word after i starts a noun phrase's head
// rather than a verb's object: a lower-case word that is no article,
// pronoun or preposition.
func (d *doc) nounNext(i int) bool {
	if i+1 >= len(d.in.Tokens) {
		return false
	}
	n := d.tok(i + 1)
	return n.Kind == token.Word && !n.Upper && d.cover[i+1] < 0 &&
		!n.Is("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "to", "in", "on", "at", "by", "with", "for", "from", "and", "or")
}

// nounPhraseSpan reports whether tokens [a, b) can be one noun phrase
// (common nouns, names, "of", articles, possessives), with no verb: the
// subject of a clause whose verb stands at b ("supporters of former
// President Jair Bolsonaro").
func (d *doc) nounPhraseSpan(a, b int) bool {
	if strings.HasSuffix(d.tok(a).Norm, "ing") || d.tok(a).Is("its", "their", "his", "her", "our") {
		return false // "after meeting Abe": a gerund, no subject; "when their leaders signed": theirs, named before
	}
	for i := a; i < b; i++ {
		t := d.tok(i)
		if d.cover[i] >= 0 {
			continue
		}
		if t.Kind != token.Word && !t.Is("'s", "’s") || auxWords[t.Norm] || d.finiteVerbAt(i) || strings.HasSuffix(t.Norm, "ing") ||
			t.Is("and", "or", "that", "which", "who", "to", "in", "on", "at", "with", "for", "by", "from") {
			return false
		}
	}
	return true
}

// verbBefore returns the nearest verb before token i, back to the clause
// start cs and past the first verb's object, that a coordinated verb at
// i+1 can share a subject with; -1 when a mention-free stretch holds none
// or a clause boundary comes first.
func (d *doc) verbBefore(i, cs int) int {
	for v := i - 1; v >= max(cs, 0) && i-v <= 16; v-- {
		t := d.tok(v)
		if t.Is(";", ":", "that", "which", "who", "whom", "while", "whereas", "but") && !d.thatTime(v) {
			return -1
		}
		if d.cover[v] < 0 && t.Kind == token.Word && !t.Upper && (d.verbTrigger[v] && !strings.HasSuffix(t.Norm, "ing") || d.finiteVerbAt(v)) {
			if v > 0 && (d.tok(v-1).Is("the", "a", "an", "its", "their", "his", "her", "our", "of", "to", "as", "'s", "’s", "'", "’") ||
				d.cover[v-1] >= 0 && (d.in.Mentions[d.cover[v-1]].Via == parley.ViaAdjective || d.nounCompoundAfterName(v))) {
				continue // "the Chinese drills", "the US arms sale", "as part of", "Indonesia's concern": a noun; "forced a jet to land": an infinitive
			}
			if v > 1 && d.tok(v-2).Is("the", "a", "an", "its", "their", "his", "her", "our") && d.cover[v-1] < 0 && d.tok(v-1).Kind == token.Word &&
				!d.tok(v-1).Upper && !auxWords[d.tok(v-1).Norm] && !d.finiteVerbAt(v-1) {
				continue // "their border dispute": a noun after its modifier
			}
			return v
		}
	}
	return -1
}

// bodyNamedFor reports whether the words from e up to the verb group of
// k are a body's common noun the name before e qualifies: "Libya
// sanctions committee", "Iran nuclear panel".
func (d *doc) bodyNamedFor(e, k int) bool {
	g := d.verbGroupStart(k, e-1)
	if g <= e || g-e > 3 || !d.tok(g-1).Is("committee", "panel", "commission", "tribunal") {
		return false
	}
	for t := e; t < g; t++ {
		if d.cover[t] >= 0 || d.tok(t).Kind != token.Word || d.tok(t).Upper {
			return false
		}
	}
	return true
}

// pronounSubjectAt reports whether a bare "it" or "they" with no actor
// behind it stands at i.
func (d *doc) pronounSubjectAt(i int) bool {
	return i >= 0 && i < len(d.in.Tokens) && d.cover[i] < 0 && d.tok(i).Is("it", "they")
}

// nounCompoundAfterName reports whether the plural at v, after a name
// that "the" opens, heads a compound with the noun after it: "the US arms
// sale", not "the United States imposes sanctions".
func (d *doc) nounCompoundAfterName(v int) bool {
	t, next := d.tok(v), d.tok(v+1)
	if !strings.HasSuffix(t.Norm, "s") || next.Kind != token.Word || next.Upper || d.cover[v+1] >= 0 || nonActorPreps[next.Norm] ||
		next.Is("the", "a", "an", "and", "or", "to", "that", "its", "their", "his", "her", "it", "them", "on", "in", "with", "for", "of", "at", "by", "from", "against") {
		return false
	}
	ms := d.mentionStart(v - 1)
	return ms > 0 && d.tok(ms-1).Is("the", "a", "an")
}

var irregularPast = map[string]bool{"sent": true, "said": true, "told": true, "met": true, "held": true, "took": true,
	"made": true, "gave": true, "left": true, "went": true, "spoke": true, "struck": true, "sought": true, "won": true,
	"lost": true, "began": true, "drew": true, "wrote": true, "came": true, "brought": true, "kept": true, "flew": true, "drove": true,
	// (not "cut", "hit", "put", "set", "shut": their present looks the same)
	"broke": true, "froze": true, "withdrew": true, "overthrew": true, "fought": true, "led": true, "paid": true,
	"shot": true, "sold": true, "bought": true, "chose": true, "stood": true, "fell": true, "rose": true, "grew": true,
	"threw": true, "swore": true, "understood": true, "undertook": true, "upheld": true, "overran": true, "forbade": true,
	"sank": true, "stole": true, "fled": true, "hid": true, "forgave": true, "foresaw": true, "withheld": true, "saw": true}

// envoyApposition returns the person named in apposition after a role
// noun that follows a state or organisation ending at end: "the EU
// ambassador (in Beijing), Nicolas Chapuis".
func (d *doc) envoyApposition(end, ce int) []string {
	if end >= ce {
		return nil
	}
	if end >= ce || !d.tok(end).Is("ambassador", "envoy", "representative", "diplomat", "chargé", "charge", "consul", "minister", "spokesman", "spokeswoman",
		"commissioner", "attaché", "attache", "nuncio") {
		return nil
	}
	for i := end + 1; i < ce && i <= end+5; i++ {
		if !d.tok(i).Is(",") {
			continue
		}
		if m, ok := d.mentionAt(i + 1); ok && len(m.Actors) == 1 && d.actors[m.Actors[0]] != nil && d.actors[m.Actors[0]].Kind == parley.Person {
			return m.Actors
		}
		return nil
	}
	return nil
}

// meritOwner returns whose part a verb of judgement at k judges when its
// object is that part, not the actor: "praised the role of Japan",
// "praised the role that Japan has played", "criticised the conduct of the
// police"; else nil.
func (d *doc) meritOwner(k, ce int) []string {
	j := k + 1
	if j < ce && d.tok(j).Is("the") {
		j++
	}
	for j < ce && j <= k+3 && !meritNouns[d.tok(j).Norm] && d.cover[j] < 0 && !d.tok(j).Upper && d.tok(j).Kind == token.Word && !d.tok(j).Is("of", "that", "which") {
		j++ // "the constructive role", "the tireless efforts"
	}
	if j+2 >= ce || !meritNouns[d.tok(j).Norm] || !d.tok(j+1).Is("of", "that", "which") {
		return nil
	}
	at := j + 2
	if d.tok(at).Is("the") {
		at++
	}
	m, ok := d.mentionAt(at)
	if !ok || len(m.Actors) != 1 && m.Via != parley.ViaGroup {
		return nil // (a group's pair, "the courage of both leaders", is judged one by one)
	}
	if !d.tok(j + 1).Is("of") {
		if e := d.mentionEnd(at); e >= ce || !d.finiteVerbAt(e) && !d.tok(e).Is("has", "had", "have", "is", "was") {
			return nil // ("the efforts that Japan …" needs Japan's own verb)
		}
	}
	return m.Actors
}

// meritNouns name an actor's part in events, which a judgement of it
// judges the actor for.
var meritNouns = map[string]bool{"role": true, "efforts": true, "contribution": true, "contributions": true, "work": true,
	"leadership": true, "commitment": true, "conduct": true, "behaviour": true, "behavior": true, "actions": true,
	"response": true, "handling": true, "stance": true, "position": true, "policies": true, "policy": true, "mediation": true,
	// "praised the courage of both leaders", "the wisdom of the King"
	"courage": true, "bravery": true, "wisdom": true, "vision": true, "statesmanship": true, "restraint": true,
	"determination": true, "resolve": true, "resilience": true, "generosity": true, "hospitality": true,
	"dedication": true, "steadfastness": true, "sacrifices": true, "achievements": true}

// envoysNamed replaces a state among ids, the other side of a meeting
// told after k, by its envoy named in apposition: "met Russia's
// ambassador to the United Nations, Vassily Nebenzia" is a meeting with
// him, not with his state.
func (d *doc) envoysNamed(ids []string, k, ce int) []string {
	out := ids
	for i := k + 1; i < ce; i++ {
		if d.cover[i] < 0 {
			continue
		}
		m, e := d.in.Mentions[d.cover[i]], d.mentionEnd(i)
		if len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:") && slices.Contains(out, m.Actors[0]) {
			j := d.afterOwnerOfEnvoy(e, ce)
			if j < ce && d.tok(j).Is(envoyPosts...) {
				if p := d.envoyApposition(j, ce); p != nil && (d.countryOf(p[0]) == "" || "state:"+d.countryOf(p[0]) == m.Actors[0]) {
					out = slices.Clone(out)
					out[slices.Index(out, m.Actors[0])] = p[0]
				}
			}
		}
		i = e - 1
	}
	return out
}

// afterOwnerOfEnvoy returns where the envoy's noun stands after an owner
// ending at end: past "'s" and a word like "new" ("the Taliban's new
// ambassador"); end itself when no "'s" follows.
func (d *doc) afterOwnerOfEnvoy(end, ce int) int {
	if !d.possessiveAt(end) {
		return end
	}
	i := end + 1
	if i < ce && d.tok(i).Is("new", "top", "special", "former", "chief") {
		i++
	}
	return i
}

// stateAndEnvoy returns a foreign state and its envoy named in apposition
// after trigger k ("Togo's ambassador, Kodjo Amegah") when obj is one of
// the two; else nil.
func (d *doc) stateAndEnvoy(obj string, k, ce int) []string {
	for i := k + 1; i < ce && i <= k+10; i++ {
		if !d.tok(i).Is(envoyPosts...) {
			continue
		}
		j := i - 1
		if d.possessiveAt(j) {
			j--
		}
		m, ok := d.mentionAt(j)
		if !ok && j > k && d.cover[j] >= 0 && d.in.Mentions[d.cover[j]].Via == parley.ViaAdjective {
			m, ok = d.in.Mentions[d.cover[j]], true // "expelled the Mexican ambassador, Pablo Monroy"
		}
		if j <= k || !ok || len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "state:") {
			return nil
		}
		p := d.envoyApposition(i, ce)
		if p == nil || obj != m.Actors[0] && obj != p[0] || d.countryOf(p[0]) != "" && "state:"+d.countryOf(p[0]) != m.Actors[0] {
			return nil
		}
		return []string{m.Actors[0], p[0]}
	}
	return nil
}

// counterpartNames returns the people named after "counterpart(s)" that
// follows the country words from i: "his US and Japanese counterparts,
// Sung Kim and Takehiro Funakoshi". The actor stage resolves the role
// only when it knows the office, so the names are the surer reading.
func (d *doc) counterpartNames(i, ce int) []string {
	for j := i; j < ce && d.cover[j] >= 0; j = d.mentionEnd(j) + 1 {
		for _, id := range d.in.Mentions[d.cover[j]].Actors {
			if a := d.actors[id]; a == nil || a.Kind != parley.State {
				return nil
			}
		}
		if d.mentionEnd(j) >= ce || !d.tok(d.mentionEnd(j)).Is("and", ",") {
			break
		}
	}
	j := i
	for j < ce && (d.tok(j).Is("and", ",") || d.cover[j] >= 0) {
		j = max(j+1, d.mentionEnd(j))
	}
	if j+2 >= ce || !d.tok(j).Is("counterpart", "counterparts", "colleague", "colleagues") || !d.tok(j+1).Is(",") {
		return nil
	}
	m, ok := d.mentionAt(j + 2)
	if !ok || len(m.Actors) != 1 || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind != parley.Person {
		return nil
	}
	return d.coordinated(m, d.mentionEnd(j+2), ce)
}

// pairedCounterparts pairs each of two or more people with those of
// "their counterparts" who hold the same portfolio: "Blinken and Austin
// met their Japanese counterparts, Kamikawa and Kihara" is the foreign
// ministers' meeting and the defence ministers'; with "their Japanese
// and Australian counterparts" each meets one in each state. nil when
// the clause [from, ce) has no "their … counterparts" or some
// counterpart's portfolio is no one's or more than one's. A host is the
// target.
func (d *doc) pairedCounterparts(subj, obj []string, hosted bool, from, ce int) [][2]string {
	us, uo := uniq(subj), uniq(obj)
	if len(us) < 2 || len(uo) < len(us) || !d.theirCounterparts(from, ce) {
		return nil
	}
	var pairs [][2]string
	for _, o := range uo {
		match := ""
		for _, s := range us {
			if d.portfolio(s) != "" && d.portfolio(s) == d.portfolio(o) {
				if match != "" {
					return nil
				}
				match = s
			}
		}
		if match == "" {
			return nil
		}
		if hosted {
			pairs = append(pairs, [2]string{o, match})
		} else {
			pairs = append(pairs, [2]string{match, o})
		}
	}
	return pairs
}

// theirCounterparts reports whether tokens [from, to) hold "their …
// counterparts" ("their Japanese counterparts", "their respective
// counterparts").
func (d *doc) theirCounterparts(from, to int) bool {
	for i := from; i < to; i++ {
		if d.tok(i).Is("their") && d.wordIn(i+1, min(to, i+6), "counterparts") {
			return true
		}
	}
	return false
}

// portfolio returns the office a person's role names, as far as offices
// pair across states: "foreign" for a foreign minister or the US
// Secretary of State, "defence", "finance", "trade", "leader"; "" for
// others and for actors who are no person.
func (d *doc) portfolio(id string) string {
	a := d.actors[id]
	if a == nil || a.Kind != parley.Person {
		return ""
	}
	r := strings.ToLower(a.Role)
	switch {
	case strings.Contains(r, "defen"):
		return "defence"
	case strings.Contains(r, "foreign") || strings.Contains(r, "external affairs") || strings.HasPrefix(r, "secretary of state of"):
		return "foreign"
	case strings.Contains(r, "finance") || strings.Contains(r, "treasury") || strings.Contains(r, "exchequer"):
		return "finance"
	case strings.Contains(r, "trade") || strings.Contains(r, "commerce"):
		return "trade"
	case strings.Contains(r, "vice") || strings.Contains(r, "deputy"):
		return ""
	case strings.HasPrefix(r, "president") || strings.HasPrefix(r, "prime minister") || strings.HasPrefix(r, "chancellor of") || strings.HasPrefix(r, "premier"):
		return "leader"
	}
	return ""
}

// officeHolder returns the person named in apposition to an office of
// the state m names, right after it: "Iran's Supreme Leader, Ayatollah
// Ali Khamenei" is Khamenei, not Iran. end is where m ends. An envoy counts
// only when envoys is set: one summoned is the one acted on, but one
// expelled or declared persona non grata stands for the state.
func (d *doc) officeHolder(m parley.Mention, end, ce int, envoys bool) []string {
	if len(m.Actors) != 1 || end >= ce || !d.possessiveAt(end) {
		return nil
	}
	home := d.countryOf(m.Actors[0]) // "Iran's Supreme Leader, …", "Guaido's chief of staff, Roberto Marrero"
	if p, ok := d.mentionAt(end + 1); ok && strings.HasPrefix(m.Actors[0], "state:") && len(p.Actors) == 1 && home != "" &&
		d.actors[p.Actors[0]] != nil && d.actors[p.Actors[0]].Kind == parley.Person && d.countryOf(p.Actors[0]) == home {
		return p.Actors // "France's Laurent Fabius": the state's own man, named right after it
	}
	if g := d.homeGroup(m, end); g != "" {
		return []string{g}
	}
	if p := d.titledHolder(end, ce); p != nil {
		return p
	}
	titled := false
	for i := end + 1; i < ce && i <= end+8; i++ {
		if !envoys && d.tok(i).Is("ambassador", "envoy", "consul", "chargé", "charge") {
			return nil
		}
		if d.cover[i] >= 0 || d.tok(i).Kind != token.Word {
			if !d.tok(i).Is(",") || i == end+1 || i > end+5 && !titled {
				return nil // (a longer office has its title: "the Taliban's acting minister of water and energy, Abdul Latif Mansoor")
			}
			p, ok := d.mentionAt(i + 1)
			if ok && len(p.Actors) == 1 && d.actors[p.Actors[0]] != nil && d.actors[p.Actors[0]].Kind == parley.Person &&
				(d.countryOf(p.Actors[0]) == home || d.countryOf(p.Actors[0]) == "" && !strings.HasPrefix(m.Actors[0], "state:")) {
				return p.Actors
			}
			return nil
		}
		titled = titled || appositionRoles[d.tok(i).Norm]
	}
	return nil
}

// titledHolder returns the person named, with no comma, right after
// the possessive ending at end and a lower-case title of theirs: "the
// EU's foreign policy chief Kaja Kallas", "Japan's defence minister Gen
// Nakatani". Envoys are left to the callers that want them.
func (d *doc) titledHolder(end, ce int) []string {
	j := end + 1
	for j < ce && j <= end+4 && d.cover[j] < 0 && d.tok(j).Kind == token.Word && !d.tok(j).Upper && !d.finiteVerbAt(j) &&
		!d.tok(j).Is("of", "to", "for", "and", "or", "with", "in", "on", "the", "a", "an") {
		j++
	}
	if j == end+1 || j >= ce || d.cover[j] < 0 || d.mentionStart(j) != j {
		return nil
	}
	last := d.tok(j - 1).Norm
	if !holderTitles[last] && !holderTitles[d.tok(j).Norm] {
		return nil
	}
	p := d.in.Mentions[d.cover[j]]
	if len(p.Actors) != 1 || p.Via != parley.ViaName || d.actors[p.Actors[0]] == nil || d.actors[p.Actors[0]].Kind != parley.Person {
		return nil
	}
	return p.Actors
}

// holderTitles are the last words of the titles a possessive can own
// before its holder's name.
var holderTitles = map[string]bool{"chief": true, "head": true, "minister": true, "president": true, "secretary": true,
	"chancellor": true, "premier": true, "commissioner": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"leader": true, "diplomat": true, "negotiator": true, "adviser": true, "advisor": true, "commander": true, "general": true,
	"legislator": true, "lawmaker": true, "envoy": true, "official": true}

// homeGroup returns the armed group named right after the possessive of
// its own state, m ending at end: "Afghanistan's Taliban movement",
// "Lebanon's Hezbollah" are the group, the state only its home.
func (d *doc) homeGroup(m parley.Mention, end int) string {
	if len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "state:") || !d.possessiveAt(end) {
		return ""
	}
	p, ok := d.mentionAt(end + 1)
	if !ok || len(p.Actors) != 1 || p.Via != parley.ViaName || d.mentionStart(end+1) != end+1 {
		return ""
	}
	g := d.actors[p.Actors[0]]
	if g == nil || g.Kind != parley.Organization || g.Role != "armed group" || g.Country != d.countryOf(m.Actors[0]) {
		return ""
	}
	return p.Actors[0]
}

// holderList returns the holder officeHolder found after end and those
// coordinated with the holder: "between Iran's chief negotiator, Ali
// Larijani, and Britain's foreign secretary, Margaret Beckett" is both
// people, not the first alone.
func (d *doc) holderList(p []string, end, ce int) []string {
	for q := end + 1; q < ce && q <= end+8; q++ {
		mm, ok := d.mentionAt(q)
		if !ok || !slices.Equal(mm.Actors, p) {
			continue
		}
		e := d.nameRest(d.mentionEnd(q), ce)
		if d.opensBetweenPair(end) && e+2 < ce && d.tok(e).Is(",") && d.tok(e+1).Is("and") {
			// The pair "between" opened ends with the second party, though
			// a verb follows it: "talks between Russia's top diplomat,
			// Sergei Lavrov, and France's Laurent Fabius ended".
			j := e + 2
			if d.tok(j).Is("the") {
				j++
			}
			if m2, ok := d.mentionAt(j); ok {
				if p2 := d.officeHolder(m2, d.mentionEnd(j), ce, false); p2 != nil {
					return append(slices.Clone(p), p2...)
				}
				return append(slices.Clone(p), m2.Actors...)
			}
		}
		return d.coordinated(mm, e, ce)
	}
	return p
}

// madeBetween reports whether the words (from, i) are a deed's noun and
// the participle that tells who made it, with only a day and a place
// between the participle and its "by": "judgment delivered yesterday in
// Hamburg", "ruling issued on Wednesday in The Hague".
func (d *doc) madeBetween(from, i int) bool {
	if from >= i || !measureNouns[d.tok(from).Norm] && !d.tok(from).Is("judgment", "judgement", "ruling", "verdict", "award", "opinion", "report", "statement", "resolution") {
		return false
	}
	p := from + 1
	if p >= i || !d.tok(p).Is("delivered", "issued", "handed", "announced", "adopted", "passed", "rendered", "released", "published", "made", "taken") {
		return false
	}
	for t := p + 1; t < i; t++ {
		if !(d.inDate(t) || d.tok(t).Is("in", "at", "on") || d.tok(t).Upper || d.cover[t] >= 0 && d.placeStartingAt(d.mentionStart(t)) != nil) {
			return false
		}
	}
	return true
}

// opensBetweenPair reports whether the mention ending at end opens the pair a
// "between" names, its "the" aside: "between (the) Russia's …".
func (d *doc) opensBetweenPair(end int) bool {
	if end <= 0 {
		return false
	}
	s := d.mentionStart(end - 1)
	if s > 0 && d.tok(s-1).Is("the") {
		s--
	}
	return s > 0 && d.tok(s-1).Is("between")
}

// processesIn are what a state goes through, named with the state after
// "in": "the peace process in Afghanistan", "the transition in Sudan".
var processesIn = map[string]bool{"process": true, "reforms": true, "reform": true, "transition": true,
	"reconciliation": true, "reconstruction": true, "recovery": true, "stability": true, "democracy": true,
	"elections": true, "dialogue": true}

// appositionRoles are the head nouns of an office that a name in
// apposition may follow: "the Tajik prime minister, Qohir Rasulzoda". (An
// envoy stands for the state: "proposed to the US ambassador, Kevin
// Sullivan"; envoyApposition takes the one summoned.)
var appositionRoles = map[string]bool{"president": true, "minister": true, "premier": true, "chairman": true, "chairwoman": true, "chair": true, "speaker": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "secretary": true, "secretary-general": true, "governor": true,
	"commander": true, "chief": true, "head": true, "leader": true, "counterpart": true, "king": true, "emir": true,
	"director": true, "director-general": true, "mayor": true, "adviser": true, "advisor": true,
	"negotiator": true, "vice-president": true, "deputy": true, "prosecutor": true, "president-elect": true, "chancellor": true,
	"vice-premier": true, "prince": true, "queen": true, "sultan": true, "commander-in-chief": true, "candidate": true, "nominee": true,
	// "the Personal Envoy of the Secretary-General, Mirko Manzoni" (an
	// ambassador named so stands for his state, as the labels have it)
	"envoy": true, "ombudsman": true,
	// "… and the prefect of Tarija, Mario Cossío": offices of regions and
	// of bodies of no state
	"prefect": true, "commissioner": true, "representative": true, "chairperson": true, "mediator": true, "rapporteur": true}

// roleApposition returns the person named in apposition after an office
// that opens at i with "the" and that names no one the knowledge base
// knows — "the Tajik prime minister, Qohir Rasulzoda", "the Speaker of
// the Majlis, Jane Roe," — or nil. A state the office names must be the
// person's own when the person has one.
func (d *doc) roleApposition(i, ce int) []string {
	if !d.tok(i).Is("the") {
		return nil
	}
	home, head := "", false
	for j := i + 1; j < ce && j-i <= 16; j++ { // ("the Chairman of the Council of Ministers of the German Democratic Republic, Willi Stoph")
		if d.cover[j] >= 0 {
			m := d.in.Mentions[d.cover[j]]
			state := len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:")
			principal := head && d.tok(j-1).Is("of", "the")                         // "the Personal Envoy of the UN Secretary-General, Mirko Manzoni": whom the office serves
			body := !head && j == i+1 && len(m.Actors) == 1 && d.isOrg(m.Actors[0]) // "the Sinn Fein president, Gerry Adams"
			if len(m.Actors) != 1 || d.mentionEnd(j) >= ce || !state && !principal && !body || d.actors[m.Actors[0]] != nil && d.actors[m.Actors[0]].Kind == parley.Person && !principal {
				return nil // a person the office names: "the president's envoy"
			}
			if state {
				home = d.countryOf(m.Actors[0])
			}
			j = d.mentionEnd(j) - 1 // ("the Chairman of the Majlis, …": a body the office heads)
			continue
		}
		t := d.tok(j)
		if t.Is(",") {
			if j+2 < ce && d.cover[j+1] < 0 && d.tok(j+1).Upper && honorifics[d.tok(j+1).Norm] && d.cover[j+2] >= 0 {
				j++ // "the National Leader of the APC, Asiwaju Bola Tinubu": past the honorific
			}
			p, ok := d.mentionAt(j + 1)
			if !head || !ok || len(p.Actors) != 1 || d.actors[p.Actors[0]] == nil || d.actors[p.Actors[0]].Kind != parley.Person || !d.appositive(j+1, ce) {
				return nil
			}
			if c := d.countryOf(p.Actors[0]); home != "" && c != "" && c != home {
				return nil // "the Indian prime minister, Macron said": not the one named
			}
			if x := d.mentionEnd(j + 1); x+2 < ce && d.tok(x).Is(",") && d.tok(x+1).Is("and") {
				return append(p.Actors, d.partyAfterAnd(x+2, ce)...) // "…, and the Speaker of the Majlis, Jane Roe"
			}
			return p.Actors
		}
		if t.Kind != token.Word {
			return nil
		}
		head = head || appositionRoles[t.Norm]
	}
	return nil
}

// honorifics stand before a name without being part of it: "Asiwaju
// Bola Tinubu", "Alhaji Atiku Abubakar", "Chief Olusegun Obasanjo".
var honorifics = map[string]bool{"asiwaju": true, "alhaji": true, "alhaja": true, "chief": true, "otunba": true, "engr": true,
	"mallam": true, "malam": true, "comrade": true, "pastor": true, "sheikh": true, "datuk": true, "dato": true, "tun": true}

// envoyPosts are the nouns of the posts of a state's envoys: an
// ambassador, a Commonwealth state's high commissioner, a chargé
// d'affaires, a consul.
var envoyPosts = []string{"ambassador", "envoy", "chargé", "charge", "consul", "commissioner"}

// envoyOfStateAt reads an envoy's post named with "of" from the "the" at
// i: "the Ambassador of Indonesia", "the High Commissioner of Pakistan,
// Shahid Malik". It returns the state's id and, when one is named in
// apposition, the envoy's; "" when no such post starts at i.
func (d *doc) envoyOfStateAt(i, ce int) (state, envoy string) {
	if st := d.missionStaffAt(i, ce); st != "" {
		return st, "" // "summoned a senior official of the Chinese embassy": China
	}
	if !d.tok(i).Is("the") {
		return "", ""
	}
	j := i + 1
	for j < ce && j-i <= 3 && d.cover[j] < 0 && envoyRanks[d.tok(j).Norm] {
		j++ // "the Deputy High Commissioner"
	}
	if j+2 >= ce || !d.tok(j).Is(envoyPosts...) || d.cover[j] >= 0 {
		return "", ""
	}
	j++
	if d.tok(j).Is("d'affaires") {
		j++
	}
	if j+1 >= ce || !d.tok(j).Is("of") || d.cover[j+1] < 0 {
		return "", ""
	}
	m := d.in.Mentions[d.cover[j+1]]
	if len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "state:") {
		return "", ""
	}
	state = m.Actors[0]
	if p := d.envoyApposition(j-1, ce); p != nil {
		if c := d.countryOf(p[0]); c == "" || "state:"+c == state {
			envoy = p[0]
		}
	}
	return state, envoy
}

// postNouns name a state's diplomatic post abroad after its country
// word: "the Chinese embassy", "the Russian mission".
var postNouns = []string{"embassy", "mission", "consulate", "legation"}

// missionStaffAt returns the state whose embassy or mission the staff
// named from token i serve — "a senior official of the Chinese embassy",
// "two diplomats of the Russian mission" — or "".
func (d *doc) missionStaffAt(i, ce int) string {
	j := i
	if i > 0 && d.tok(i).Is("of") {
		j = i - 1 // the staff noun taken as the verb's object: its "of" comes next
	}
	for j < ce && j-i <= 3 && d.cover[j] < 0 && (d.tok(j).Is("a", "an", "the", "two", "three", "several", "senior", "deputy", "top", "junior") || d.tok(j).Kind == token.Number) {
		j++
	}
	if j < ce && d.cover[j] >= 0 {
		// "summoned a Chinese embassy official": the post's name before
		// the staff noun
		m := d.in.Mentions[d.cover[j]]
		e := d.mentionEnd(j)
		if len(m.Actors) == 1 && d.nameHas(m.Actors[0], "embassy") && d.countryOf(m.Actors[0]) != "" && e < ce &&
			d.tok(e).Is("official", "officials", "diplomat", "diplomats", "representative", "representatives", "counsellor", "counselor", "attaché", "attache") {
			return "state:" + d.countryOf(m.Actors[0])
		}
	}
	if j+2 >= ce || d.cover[j] >= 0 || !d.tok(j).Is("official", "officials", "diplomat", "diplomats", "representative", "representatives", "head", "counsellor", "counselor", "attaché", "attache") ||
		!d.tok(j+1).Is("of") {
		return ""
	}
	k := j + 2
	if d.tok(k).Is("the") {
		k++
	}
	if k >= ce || d.cover[k] < 0 {
		return ""
	}
	m := d.in.Mentions[d.cover[k]]
	if len(m.Actors) != 1 {
		return ""
	}
	e := d.mentionEnd(k)
	postNoun := e < ce && d.tok(e).Is(postNouns...)
	if !d.nameHas(m.Actors[0], "embassy") && !(m.Via == parley.ViaAdjective && postNoun) || d.countryOf(m.Actors[0]) == "" {
		return ""
	}
	if postNoun {
		e++
	}
	if e+1 < ce && d.tok(e).Is(",") && d.tok(e+1).Upper {
		return "" // "the counsellor of the Colombian embassy, Augusto Blanco": the one named
	}
	return "state:" + d.countryOf(m.Actors[0])
}

// partyAfterAnd returns the second party of a list whose first is an
// office with its holder in apposition, the "and" before j: "…, and the
// Speaker of the Majlis, Jane Roe", "between the Chancellor of the
// Exchequer, Alistair Darling, and Iceland's finance minister, Árni
// Mathiesen" (the holder the office names), "…, and President Putin". A
// name that opens a clause of its own ("…, and Russia said") is none.
func (d *doc) partyAfterAnd(j, ce int) []string {
	if p := d.roleApposition(j, ce); p != nil {
		return p
	}
	if j+1 < ce && d.tok(j).Is("the") {
		j++
	}
	m, ok := d.mentionAt(j)
	if !ok || d.mentionStart(j) != j {
		return nil
	}
	end := d.mentionEnd(j)
	if p := d.officeHolder(m, end, ce, false); p != nil {
		return p
	}
	if end < ce && (d.finiteVerbAt(end) || auxWords[d.tok(end).Norm] || d.possessiveAt(end)) {
		return nil
	}
	return m.Actors
}

// gerundAdjunctVerb returns the finite verb before a phrase "before" or
// "after" and a gerund that holds the noun trigger at k ("met Salman,
// before going on to Ankara for talks"), or -1.
func (d *doc) gerundAdjunctVerb(k, cs int) int {
	for t := k - 1; t > cs && k-t <= 12; t-- {
		if d.tok(t).Is(";") || d.tok(t).Kind == token.Punct && !d.tok(t).Is(",") {
			return -1
		}
		if d.tok(t).Is("before", "after") && t+1 < k && gerundWord(d.tok(t+1)) {
			for v := t - 1; v > cs && t-v <= 12; v-- {
				if d.cover[v] < 0 && d.finiteVerbAt(v) {
					return v
				}
			}
			return -1
		}
	}
	return -1
}

// apposedPersonEnd returns the last token of the person named before a
// description in apposition with a role word, whose closing comma stands
// at c ("Jacques Lafleur, leader of the loyalist Rally for Caledonia in
// the Republic," names Lafleur); -1 when the words before c are no such
// description of a person.
func (d *doc) apposedPersonEnd(c, cs int) int {
	id, start := d.personBeforeApposition(c, cs)
	if id == "" {
		return -1
	}
	o := d.mentionEnd(start) // the comma that opens the description
	if o-1 <= cs || o+1 >= c || !d.tok(o).Is(",") || !d.tok(o+1).Is("the", "a", "an") && d.tok(o+1).Upper {
		return -1
	}
	for j := o + 1; j < c; j++ {
		if appositionRoles[d.tok(j).Norm] && !d.tok(j).Upper {
			return o - 1
		}
	}
	return -1
}

// appositive reports whether a mention starts at i and is closed by a
// comma or the end of the clause, as an apposition is.
func (d *doc) appositive(i, ce int) bool {
	if i >= ce || d.cover[i] < 0 {
		return false
	}
	end := d.mentionEnd(i)
	return end >= ce || d.tok(end).Is(",", ".", ";")
}

// coordinated extends a mention ending at end with those joined to it by
// "and", or by commas in a list that "and" closes ("X, Y and Z"): a lone
// comma starts an apposition or a new clause ("with Wang, the ministry said").
func (d *doc) coordinated(m parley.Mention, end, ce int) []string {
	if n, q := d.namedBodyApposition(m, end, ce); n != nil {
		m, end = *n, q // "against the UN peacekeeping mission, MONUSCO": the mission named
	}
	ids := append([]string(nil), m.Actors...)
	var pending []string // items joined by commas, kept once "and" follows
	// "did not meet Sánchez or King Felipe VI", "neither Kyiv nor Moscow":
	// under a negation "or" lists as "and" does.
	or := end > 0 && d.negatedAt(d.mentionStart(end-1))
	restOfName := false // the last name ran past its mention: "Haitham bin Tariq"
	// "talks between Russia's foreign minister, Sergei Lavrov, and the
	// United States ended": the pair "between" opened takes its second
	// party, though a verb follows it.
	pairOpen := d.opensBetweenPair(end)
	for j := end; j+1 < ce; {
		// "met Scholz in Berlin, Macron in Paris and Rutte in Brussels",
		// "spoke with Tshisekedi on Sunday and with Kagame on Monday",
		// "met Zelensky in Kyiv on Friday and Putin in St Petersburg on
		// Saturday": a place, a day or both after each name of the list.
		skipped := false
		if j+2 < ce && d.tok(j).Is("'s", "’s") && d.tok(j+1).Is("and") && d.cover[j+2] >= 0 {
			if x := d.mentionEnd(j + 2); x < ce && d.tok(x).Is("'s", "’s") {
				j++ // "vetoed Romania's and Bulgaria's entry": both owners
			}
		}
		if j+2 < ce && d.cover[j] < 0 && d.tok(j).Is("mission", "delegation", "team", "envoy", "envoys", "officials", "secretariat", "countries", "states", "nations") && d.tok(j+1).Is(",", "and") {
			j++ // "met the UN mission, Russia and China", "diplomats from G7 countries and the EU": the body's head noun ends its name
		}
		if x := d.placeAndDayEnd(j, ce); x > j && x < ce && d.tok(x).Is(",", "and") {
			j, skipped = x, true
		}
		if x := d.onBehalfEnd(j, ce); x > j && x < ce && d.tok(x).Is(",", "and") {
			j = x // "signed by Ali on behalf of Bangladesh and by Kyaw Tint Swe": whom each signed for
		}
		if d.tok(j).Is("of") && (d.personAt(j-1) || restOfName) {
			// "hosted Prime Minister Narendra Modi of India, Prime
			// Minister Yoshihide Suga of Japan and …": each name's state
			s := j + 1
			if s+1 < ce && d.tok(s).Is("the") {
				s++ // "President Alain Berset of the Swiss Confederation"
			}
			if st, ok := d.mentionAt(s); ok && len(st.Actors) == 1 && strings.HasPrefix(st.Actors[0], "state:") {
				if x := d.mentionEnd(s); x < ce && d.tok(x).Is(",", "and") {
					j = x
				}
			}
		}
		commaAt := j
		comma := d.tok(j).Is(",")
		afterComma := comma
		if !comma && !d.tok(j).Is("and", "&", "nor") && !(or && d.tok(j).Is("or")) {
			break
		}
		j++
		if j >= ce {
			break // "met Scholz in Berlin," at the end of the text
		}
		if comma && d.tok(j).Is("and") {
			comma = false
			j++
			if j >= ce {
				break
			}
		}
		adverb := false
		if !comma && j+1 < ce && d.tok(j).Is("later", "then", "separately", "also") {
			j, adverb = j+1, true // "met Wang Yi and later Li Qiang"
		}
		if x := d.onBehalfEnd(j, ce); !comma && x > j && x < ce && d.tok(x).Is("by") {
			j = x // "signed on behalf of Jordan by Majali and on behalf of Israel by Rabin": whom the second signed for
		}
		prep := false
		// ("by" only repeated: "signed by Carter and by Jonassaint")
		if j+1 < ce && j > end && (d.tok(j).Is("with", "to", "on", "against") && !comma || d.samePrepBefore(end, j) && d.tok(j).Is("with", "to", "on", "against", "by", "of")) {
			// "… and with Rwandan President Paul Kagame", "gratitude to the
			// Emir of Qatar, to Sultan Haitham of Oman and to …": the
			// preposition again
			j, prep = j+1, true
		}
		for j < ce && d.tok(j).Is("the", "his", "her", "their") {
			j++
		}
		if j+2 < ce && d.tok(j).Is("people", "peoples") && d.tok(j+1).Is("of") && d.cover[j] < 0 {
			j += 2 // "congratulated Atta Mills and the people of Ghana": the state
			if d.tok(j).Is("the") && d.cover[j] < 0 {
				j++
			}
		}
		if d.forcesLedAt(j, ce) {
			j += 3 // "the government and the forces led by Khalifa Haftar"
		}
		if !comma && j+4 < ce && d.tok(j).Is("each", "all") && d.tok(j+1).Is("of") && d.tok(j+2).Is("its", "their", "the", "his", "her") &&
			d.cover[j+3] < 0 && !d.tok(j+3).Upper && d.tok(j+4).Is(",") {
			// "talks between Israel and each of its neighbours, Syria,
			// Lebanon and Jordan": the neighbours the apposition names,
			// all of them the pair's second side
			j, pairOpen = j+5, false
		}
		if p, q := d.nextDelegationLeader(j, ce); p != nil && !comma {
			ids = append(append(ids, pending...), p...)
			pending = nil
			j = q
			continue
		}
		if afterComma && !prep && commaAt > 0 && d.personAt(commaAt-1) {
			// "between Yang Jiechi, Director of the Office of the Central
			// Foreign Affairs Commission, and Jake Sullivan": the first
			// name's apposition, then the list goes on.
			if q := d.personAppositionEnd(j, ce, d.in.Mentions[d.cover[commaAt-1]].Actors[0]); q > j {
				j = q
				continue
			}
		}
		if m, ok := d.mentionAt(j); (!ok || len(m.Actors) == 1 && d.isOrg(m.Actors[0])) && j > 0 && d.tok(j-1).Is("the") {
			if p := d.roleApposition(j-1, ce); p != nil { // (also "… and to the Sinn Fein president, Gerry Adams")
				// "… and the Chairman of the Majlisi Namoyandagon,
				// Shukurjon Zuhurov": the holder the office's apposition
				// names ends the list.
				ids = append(append(ids, pending...), p...)
				pending = nil
				break
			}
		}
		if _, ok := d.mentionAt(j); !ok {
			// "…, Prime Minister Yoshihide Suga": past the title
			q := j
			for q < ce && q-j < 4 && d.cover[q] < 0 && d.tok(q).Kind == token.Word && d.tok(q).Upper {
				q++
			}
			if q > j && q < ce && d.personAt(q) {
				j = q
			} else if q > j && q < ce && d.tok(q).Is("of") && (d.titleOfStateBeforeName(q) || d.portfolioBeforeName(q)) {
				j = d.holderAfterTitle(q) // "… and Prime Minister of Israel Benjamin Netanyahu", "… and Minister of External Relations Afonso Van-Dúnem"
			}
		}
		if _, ok := d.mentionAt(j); !ok && !comma {
			if q := d.countedDescriptionEnd(j, ce, false); q > j {
				// "detained Pashinyan and two other opposition deputies,
				// Sasun Mikayelyan and Ararat Mirzoyan": the people the
				// description names after its comma
				j = q
			}
		}
		m2, ok := d.mentionAt(j)
		if !ok && afterComma {
			// "by Putin, then in his first term, and Jiang Zemin": a short
			// aside between the names of a list.
			if q := d.asideEnd(j, ce); q > j {
				j = q
				continue
			}
		}
		if !ok {
			break
		}
		if last := slices.Concat(ids, pending); afterComma && !prep && len(last) >= len(m2.Actors) && slices.Equal(m2.Actors, last[len(last)-len(m2.Actors):]) {
			// "to the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, to
			// …": the name after the title, the list goes on.
			j = d.nameRest(d.mentionEnd(j), ce)
			continue
		}
		secondOfPair := pairOpen && len(pending) == 0 && len(uniq(ids)) == 1
		// "…to Sudan, and State Department spokesman Ned Price said",
		// "met Lavrov in Geneva and Wang Yi said": the name opens a
		// clause of its own, it joins no list.
		if e2 := d.mentionEnd(j); e2+1 < ce && (d.finiteVerbAt(e2) && !d.tok(e2+1).Is(",", ".", "by") || d.tok(e2).Is("will", "would", "has", "had", "could", "must")) && end > 0 &&
			(d.objectVerbAt(d.mentionStart(end-1)-1) || d.verbsPrepositionAt(d.mentionStart(end-1)-1)) { // ("held talks with Fiamē and the two governments signed …")
			// "met Wang Yi and Beijing imposed sanctions": a clause of its
			// own after a verb's object (not after "between": "a truce
			// between Israel and Hamas took effect").
			break
		}
		if e2 := d.namesRunEnd(j, ce); afterComma && !prep && !secondOfPair && len(pending) == 0 && e2 > d.mentionEnd(j) && e2 < ce &&
			(d.finiteVerbAt(e2) || d.tok(e2).Is("did", "have", "has", "had", "will", "would", "were")) {
			// "imposed sanctions on Minsk, and London and Ottawa followed
			// suit": the names after ", and" are the subjects of a clause
			// of their own, however many.
			break
		}
		if e2 := d.mentionEnd(j); (afterComma || skipped || adverb) && !prep && !secondOfPair && e2 < ce && (d.finiteVerbAt(e2) || afterComma && d.roleBeforeName(e2, ce) ||
			afterComma && d.cover[e2] < 0 && presentVerbs[d.tok(e2).Norm] || // "…, and the two governments agree to a moratorium": a timeline's present
			d.tok(e2).Is("is", "are", "was", "were", "will", "would", "has", "have", "had", "did", "could", "can", "must")) { // ("…visit Russia, and the two leaders are due to meet")
			break
		}
		next := d.mentionEnd(j)
		if n, q := d.namedBodyApposition(m2, next, ce); n != nil {
			m2, next = *n, q // "and against the UN peacekeeping mission, MONUSCO"
		}
		if p, pend := d.titledPerson(m2, next); p != nil {
			m2, next = *p, pend // "NATO Secretary General Mark Rutte": Rutte
		}
		if p := d.officeHolder(m2, next, ce, false); p != nil {
			// "between Darling and Iceland's finance minister, Árni
			// Mathiesen": the holder named, not the state
			for q := next + 1; q < ce && q <= next+7; q++ {
				if mm, ok := d.mentionAt(q); ok && slices.Equal(mm.Actors, p) {
					m2.Actors, next = p, d.mentionEnd(q)
					break
				}
			}
		}
		end2 := d.nameRest(next, ce)
		restOfName, next = end2 > next, end2
		if comma {
			pending = append(pending, m2.Actors...)
		} else {
			ids = append(append(ids, pending...), m2.Actors...)
			pending = nil
		}
		j = next
	}
	return ids
}

// presentVerbs are verbs in the present that open a clause after a
// subject, as timelines and headlines tell acts: "and the two governments
// agree", "and Moscow says".
var presentVerbs = map[string]bool{"agree": true, "agrees": true, "sign": true, "signs": true, "meet": true, "meets": true,
	"say": true, "says": true, "announce": true, "announces": true, "accept": true, "accepts": true, "reject": true,
	"rejects": true, "decide": true, "decides": true, "warn": true, "warns": true, "urge": true, "urges": true,
	"demand": true, "demands": true, "order": true, "orders": true, "begin": true, "begins": true}

// onBehalfEnd returns the token after "on behalf of" and the actor it
// names, starting at i: the side a signer signs for; i when none.
func (d *doc) onBehalfEnd(i, ce int) int {
	if i+3 >= ce || !d.tok(i).Is("on") || !d.tok(i+1).Is("behalf") || !d.tok(i+2).Is("of") {
		return i
	}
	j := i + 3
	if d.tok(j).Is("the") && j+1 < ce {
		j++
	}
	if d.cover[j] < 0 {
		return i
	}
	return d.mentionEnd(j)
}

// namedBodyApposition returns the body named by name in an apposition
// after a body described by common words ending at end ("the UN
// peacekeeping mission, MONUSCO,"), with the token after it; nil when
// none follows, or when the name starts a list ("the bloc, Russia and
// China").
func (d *doc) namedBodyApposition(m parley.Mention, end, ce int) (*parley.Mention, int) {
	if end <= 0 || end >= ce || len(m.Actors) != 1 || !d.isOrg(m.Actors[0]) {
		return nil, 0
	}
	if s := d.mentionStart(end - 1); s == 0 || !d.tok(s-1).Is("the") && !d.tok(s).Is("the") {
		return nil, 0
	}
	end = d.headNounEnd(end, ce) // "the UN peacekeeping mission"
	if end+1 >= ce || !d.tok(end).Is(",") || d.tok(end-1).Upper {
		return nil, 0 // (a name before the comma is no description: "with NATO, the EU and …")
	}
	n, ok := d.mentionAt(end + 1)
	if !ok || n.Via != parley.ViaName || len(n.Actors) != 1 || !d.isOrg(n.Actors[0]) || n.Actors[0] == m.Actors[0] {
		return nil, 0
	}
	q := d.mentionEnd(end + 1)
	if q < ce && (!d.tok(q).Is(",", ";", ".", ")") || q+1 < ce && d.tok(q).Is(",") && d.tok(q+1).Is("and", "or")) {
		return nil, 0
	}
	return &n, q
}

// namesRunEnd returns the end of the names joined to the one at j by "and"
// or commas: "London and Ottawa" in "…, and London and Ottawa followed".
func (d *doc) namesRunEnd(j, ce int) int {
	e := d.mentionEnd(j)
	for e+1 < ce && d.tok(e).Is("and", ",") {
		n := e + 1
		if n+1 < ce && d.tok(n).Is("the") {
			n++
		}
		if d.cover[n] < 0 {
			break
		}
		e = d.mentionEnd(n)
	}
	return e
}

// nameParticles join the parts of an Arabic name: "bin Hamad Al Thani".
var nameParticles = []string{"bin", "ibn", "bint", "al", "el"}

// nameRest returns the end of a name whose mention stops short of it:
// "Sheikh Tamim" of "Sheikh Tamim bin Hamad Al Thani".
func (d *doc) nameRest(i, ce int) int {
	if i >= ce || !d.tok(i).Is(nameParticles...) {
		return i
	}
	for i < ce && d.cover[i] < 0 && d.tok(i).Kind == token.Word && (d.tok(i).Upper || d.tok(i).Is(nameParticles...)) {
		i++
	}
	return i
}

// samePrepBefore reports whether the mention ending at end follows the
// preposition at token j, as in a list that repeats it: "to Qatar, to Oman".
func (d *doc) samePrepBefore(end, j int) bool {
	if end <= 0 {
		return false
	}
	s := d.mentionStart(end - 1)
	for s > 0 && d.tok(s-1).Is("the", "his", "her", "their") {
		s--
	}
	return s > 0 && d.tok(s-1).Norm == d.tok(j).Norm
}

// placeAndDayEnd returns the token after a place ("in Kyiv"), a day ("on
// Friday") or both, in either order, that start at token i; i when none
// does.
func (d *doc) placeAndDayEnd(i, ce int) int {
	j := i
	for range 2 {
		switch {
		case j < ce && d.tok(j).Is("in", "at") && d.placeEnd(j+1) > j+1:
			j = d.placeEnd(j + 1)
		case d.dateEndAt(j) > j:
			j = d.dateEndAt(j)
		}
	}
	return j
}

// dateEndAt returns the token after a date phrase ("on Sunday", "in
// March") that starts at token i, or i when none does.
func (d *doc) dateEndAt(i int) int {
	j := i
	if j < len(d.in.Tokens) && d.tok(j).Is("on", "in") {
		j++
	}
	for _, x := range d.in.Dates {
		if j < len(d.in.Tokens) && x.Span.Start == d.tok(j).Start {
			return d.tokenAt(x.Span.End)
		}
	}
	return i
}

// placeEnd returns the token after the place that starts at token i, or
// i when none starts there.
func (d *doc) placeEnd(i int) int {
	if i < len(d.in.Tokens) && d.tok(i).Is("the") {
		i++
	}
	for _, p := range d.in.Places {
		if i < len(d.in.Tokens) && p.Span.Start == d.tok(i).Start {
			return d.tokenAt(p.Span.End)
		}
	}
	return i
}

// withinPlace reports whether token i lies inside a place named before
// it, past the place's first word: the ", South Africa" of "Pretoria,
// South Africa".
func (d *doc) withinPlace(i int) bool {
	t := d.tok(i)
	for _, p := range d.in.Places {
		if p.Span.Start < t.Start && t.End <= p.Span.End {
			return true
		}
	}
	return false
}

// byAgent finds the agent of a passive trigger: "by X" after it.
func (d *doc) byAgent(k, ce int) []string { return d.agentAfter(k, ce, "by") }

// whenWhereOnly reports whether tokens [a, b) only tell a time or a
// place, as between a participle and its agent: "signed in the same city
// on 26 March 1991 by …".
func (d *doc) whenWhereOnly(a, b int) bool {
	for i := a; i < b; i++ {
		t := d.tok(i)
		if !(t.Kind == token.Number || t.Kind == token.Word && t.Upper && d.cover[i] < 0 || t.Is(whenWhereWords...)) {
			return false
		}
	}
	return true
}

// whenWhereWords are the small words of phrases of time and place.
var whenWhereWords = []string{"in", "on", "at", "the", "same", "city", "capital", "town", "of", "last", "this", "that", "year", "month", "week", "day", "earlier", "later",
	",", "yesterday", "today", "late", "night", "morning", "afternoon", "evening", "here"} // ("signed at Viskuli, in the Belovezhskaya Pushcha, on 8 December by")

// agentAfter finds the agent a preposition of preps names shortly after
// the trigger at k: "by X", or "from X" after a noun undergone ("drew
// criticism from the UN").
func (d *doc) agentAfter(k, ce int, preps ...string) []string {
	for i := k + 1; i < ce && (i-k < 8 || i-k < 14 && d.whenWhereOnly(k+1, i)); i++ {
		if d.tok(i).Is(preps...) {
			if ids := d.titledApposition(i+1, ce); ids != nil {
				return ids // "signed by the prime ministers of the two countries, Hoveyda and Shafiq"
			}
			reach, titled := 6, true // ("by members of his own presidential guard")
			for j := i + 1; j < ce && j-i <= reach; j++ {
				t := d.tok(j)
				titled = titled && d.cover[j] < 0 && (t.Upper && t.Kind == token.Word || t.Is("the", "of", "for") || t.Is(",") && j+1 < ce && d.cover[j+1] >= 0)
				if titled && reach < 12 && j-i == reach {
					reach++ // a long title before the name: "by the Minister of State for Foreign Affairs, Delano Franklyn"
				}
				if m, ok := d.mentionAt(j); ok {
					if m.Via == parley.ViaPronoun && d.tok(j).Is("his", "her", "its", "their") {
						continue // an owner: "by members of his own guard"
					}
					if e := d.mentionEnd(j); d.possessiveAt(e) && e+1 < ce && d.cover[e+1] >= 0 {
						j, m = e+1, d.in.Mentions[d.cover[e+1]] // an owner: "by Yemen's Houthi rebels"
					} else if p := d.titleThenNamed(e+1, ce); d.possessiveAt(e) && p >= 0 {
						j, m = p, d.in.Mentions[d.cover[p]] // "by Russia's first deputy prime minister, Denis Manturov": the one named
					} else if p := d.officerNamedAfter(e, ce); !d.personAt(j) && p >= 0 {
						j, m = p, d.in.Mentions[d.cover[p]] // "by the ICC prosecutor, Luis Moreno-Ocampo": the one named
					}
					return d.coordinated(m, d.mentionEnd(j), ce)
				}
			}
			return nil
		}
	}
	return nil
}

// officerNamedAfter returns where a person is named right after the
// lower-case title that follows a body or a state at e — "the ICC
// prosecutor, Luis Moreno-Ocampo", "the Chinese foreign ministry
// spokesman Wang Wenbin" — or -1.
func (d *doc) officerNamedAfter(e, ce int) int {
	for j := e; j < ce && j-e <= 4; j++ {
		t := d.tok(j)
		if j > e && (t.Is(",") && j+1 < ce && d.personAt(j+1) || d.personAt(j)) {
			if t.Is(",") {
				return j + 1
			}
			return j
		}
		if d.cover[j] >= 0 || t.Kind != token.Word || t.Upper || d.inDate(j) || nonActorPreps[t.Norm] || t.Is("and", "or", "said", "says") {
			return -1
		}
	}
	return -1
}

// titleThenNamed returns where a person is named after a comma that
// closes a title of a few lower-case words starting at i ("first deputy
// prime minister, Denis Manturov"), or -1.
func (d *doc) titleThenNamed(i, ce int) int {
	for j := i; j < ce && j-i <= 6; j++ {
		t := d.tok(j)
		if t.Is(",") {
			if j > i && j+1 < ce && d.personAt(j+1) {
				return j + 1
			}
			return -1
		}
		if d.cover[j] >= 0 || t.Kind != token.Word {
			return -1
		}
	}
	return -1
}

// titledApposition returns the people named after a comma that closes a
// plural title opening at i — "the prime ministers of the two countries,
// Amir-Abbas Hoveyda and Mohammad Musa Shafiq", "the then foreign
// ministers, Hassan Wirajuda and José Ramos-Horta" — or nil: the names
// in apposition say who the title's holders are.
func (d *doc) titledApposition(i, ce int) []string {
	titled := false
	for j := i; j < ce && j-i <= 10; j++ {
		t := d.tok(j)
		switch {
		case t.Is(","):
			if !titled || j+1 >= ce || !d.personAt(j+1) {
				return nil
			}
			m, _ := d.mentionAt(j + 1)
			return d.coordinated(m, d.mentionEnd(j+1), ce)
		case titlePlurals[t.Norm]:
			titled = true
		case t.Kind != token.Word || t.Upper && d.cover[j] < 0 && j > i && !d.tok(j-1).Is("of"):
			return nil
		}
	}
	return nil
}

// titlePlurals are the plural titles whose holders a list in apposition
// names.
var titlePlurals = map[string]bool{"ministers": true, "presidents": true, "leaders": true, "premiers": true,
	"chancellors": true, "envoys": true, "representatives": true, "negotiators": true, "heads": true, "secretaries": true,
	"ambassadors": true, "commanders": true, "chiefs": true, "kings": true, "emirs": true, "mayors": true, "governors": true}

// delegationNouns name a group sent to talks, which stands for the one who
// leads it.
var delegationNouns = map[string]bool{"delegation": true, "delegations": true, "team": true}

// talksType holds the types a delegation takes part in for its leader:
// meetings and agreements.
var talksType = map[parley.EventType]bool{parley.Consult: true, parley.Agree: true}

// sayVerbBeforeQuote returns the speech verb whose words, quoted, end
// right before the "and" at j — `said that X had “…” and` — or -1.
func (d *doc) sayVerbBeforeQuote(j, cs int) int {
	q := j - 1
	if q <= cs || !d.quoted[q] && !strings.ContainsAny(d.tok(q).Text, "”\"") {
		return -1
	}
	for q > cs && (d.quoted[q] || strings.ContainsAny(d.tok(q).Text, "“”\"")) {
		q--
	}
	for v := q; v > cs && q-v <= 6; v-- {
		if d.sayVerbAt(v) {
			return v
		}
	}
	return -1
}

// delegationLeader returns the leader of a delegation named from token i
// on: "(a Taliban) delegation led by Abdul Salam Hanafi", "delegation,
// headed by Otty Patiño": the one who leads it meets. It returns nil
// otherwise.
func (d *doc) delegationLeader(i, ce int) []string {
	j := d.delegationLed(i, ce)
	if j < 0 {
		return nil
	}
	m, _ := d.mentionAt(j)
	return d.coordinated(m, d.mentionEnd(j), ce)
}

// delegationLed returns where the name of a delegation's leader starts,
// the delegation named from token i on, or -1.
func (d *doc) delegationLed(i, ce int) int {
	switch {
	case i < ce && delegationNouns[d.tok(i).Norm]:
		i++
	case i == 0 || !delegationNouns[d.tok(i-1).Norm]:
		return -1 // (a mention may take the noun in: "a Chinese delegation")
	}
	if i+1 < ce && d.tok(i).Is("from", "of") {
		// "a delegation from the International Monetary Fund led by
		// Kristalina Georgieva": past the body it came from
		if b := actorAt(d, i+1, "the"); b >= 0 {
			i = d.mentionEnd(b)
		}
	}
	if i < ce && d.tok(i).Is(",") {
		i++
	}
	if i+2 >= ce || !d.tok(i).Is("led", "headed") || !d.tok(i+1).Is("by") {
		return -1
	}
	j := actorAt(d, i+2, "the")
	if j < 0 {
		j = d.describedActorAt(i + 2) // "led by Managing Director Kristalina Georgieva"
	}
	if j >= 0 && !d.personAt(j) && !d.personAt(d.mentionEnd(j)) {
		// "led by IMF Managing Director Kristalina Georgieva": the
		// person after the body's name and title
		if p := d.describedActorAt(d.mentionEnd(j)); p >= 0 && p-d.mentionEnd(j) <= 3 {
			j = p
		}
	}
	if j < 0 || !d.personAt(j) {
		return -1
	}
	return j
}

// delegationSubject returns the leaders of the delegations a subject
// names, when a delegation noun ends right before the comma at open and
// the parenthesis says who leads it: "The government delegation, headed
// by Otty Patiño, and the ELN delegation, headed by Pablo Beltrán, signed
// …". It returns nil otherwise.
func (d *doc) delegationSubject(from, open, k int) ([]string, int) {
	if open < 1 || !delegationNouns[d.tok(open-1).Norm] || d.delegationLed(open-1, k) < 0 {
		return nil, 0
	}
	for q := from; q < open; q++ {
		if !delegationNouns[d.tok(q).Norm] {
			continue
		}
		if l := d.delegationLed(q, k); l >= 0 {
			m, _ := d.mentionAt(l)
			return d.coordinated(m, d.mentionEnd(l), k), q
		}
	}
	return nil, 0
}

// nextDelegationLeader returns the leader of a delegation a list goes on
// with at j, and where the leader's name ends: "the government
// delegation, headed by Otty Patiño, and the ELN delegation, headed by
// Pablo Beltrán" — the second delegation meets for its leader too.
func (d *doc) nextDelegationLeader(j, ce int) ([]string, int) {
	for k := j; k < ce && k-j <= 3; k++ {
		if delegationNouns[d.tok(k).Norm] {
			if l := d.delegationLed(k, ce); l >= 0 {
				m, _ := d.mentionAt(l)
				return m.Actors, d.mentionEnd(l)
			}
			return nil, j
		}
		if d.tok(k).Kind != token.Word {
			break
		}
	}
	return nil, j
}

// visitor returns who pays the visit a noun at k names after it: "the
// visit of Baerbock to Beijing", "a visit to Colombo by Wang Yi"; nil
// when a verb or a comma comes first ("the visit was criticised by China").
func (d *doc) visitor(k, ce int) []string {
	for i := k + 1; i+1 < ce && i-k <= 8; i++ {
		t := d.tok(i)
		if t.Is(",", ";") || beForms[t.Norm] || d.finiteVerbAt(i) {
			return nil
		}
		if !t.Is("by") && !(t.Is("of") && i == k+1) {
			continue
		}
		j := actorAt(d, i+1, "the", "a")
		if j < 0 {
			return nil
		}
		m, _ := d.mentionAt(j)
		if m.Via == parley.ViaPronoun && d.tok(j).Is("his", "her", "its", "their") {
			return nil // an owner: "a visit by his envoy"
		}
		return d.coordinated(m, d.mentionEnd(j), ce)
	}
	return nil
}

// fromState returns the actor of "from <mention>" shortly after the
// trigger at k, as a state when it has one, or nil.
func (d *doc) fromState(k, ce int) []string {
	for i := k + 1; i < ce && i-k < 6; i++ {
		if !d.tok(i).Is("from") {
			continue
		}
		if m, ok := d.mentionAt(i + 1); ok && len(m.Actors) == 1 {
			if c := d.countryOf(m.Actors[0]); c != "" {
				return []string{"state:" + c}
			}
		}
		return nil
	}
	return nil
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// objectNounAfter reports whether a noun or a determiner follows the
// verb at k as its object: "The spokesman, in his briefing, rejected
// remarks by the army chief" is active, unlike "The treaty, signed in
// Moscow by Putin".
func (d *doc) objectNounAfter(k int) bool {
	n := k + 1
	if n >= len(d.in.Tokens) || d.cover[n] >= 0 || d.inDate(n) {
		return false
	}
	t := d.tok(n)
	if t.Is("the", "a", "an", "its", "their", "his", "her") {
		return true
	}
	return t.Kind == token.Word && !t.Upper && !nonActorPreps[t.Norm] && !t.Is("by", "and", "or", "as", "to", "last", "this", "earlier", "jointly", "together") &&
		!strings.HasSuffix(t.Norm, "ly")
}

// passive reports whether the verb trigger at k is a passive participle
// ("were imposed", "was hosted by").
func (d *doc) passive(k int) bool {
	w := d.tok(k).Norm
	if feelings[w] {
		return false // "was disappointed by the signing": the subject feels
	}
	if w == "prepared" && k+1 < len(d.in.Tokens) && d.tok(k+1).Is("to") {
		return false // "Havana was prepared to discuss everything": ready, as "ready to"
	}
	if len(w) < 3 || !(w[len(w)-2:] == "ed" || w == "met" || w == "found" || w == "struck" || w == "withdrawn" || w == "spoken" || w == "told" ||
		w == "given" || w == "sent" || w == "shot" || w == "hit" || w == "beaten" || w == "thrown") { // ("was given an ultimatum by Kosovo")
		return false
	}
	// "The treaty, signed in Moscow by Putin and Jiang, …": a participle
	// after a comma with its agent named is passive too.
	if k >= 2 && d.tok(k-1).Is(",") && (d.cover[k-2] < 0 || k+1 < len(d.in.Tokens) && d.tok(k+1).Is("by") && backingWords[w] || d.accordNamedBefore(k-1)) &&
		d.byAgent(k, min(len(d.in.Tokens), k+16)) != nil && !d.objectNounAfter(k) {
		return true // ("Kosovo, backed by the United States, …": the backer right after)
	}
	if k >= 2 && d.tok(k-1).Is(",") && d.tok(k).Is("suspended", "expelled") && k+2 < len(d.in.Tokens) && d.tok(k+1).Is("from") && d.forumAfterFrom(k+2) >= 0 {
		return true // "Cuba, suspended from the OAS in 1962, …": the member before the comma
	}
	if d.firstPassive(k) >= 0 {
		return true
	}
	for i := k - 1; i >= 0 && k-i <= 3; i-- {
		n := norm(d.tok(i))
		if beForms[n] || n == "got" || n == "get" {
			return true
		}
		if n == "and" && i > 0 && d.cover[i-1] < 0 && d.tok(i-1).Kind == token.Word && !d.participleAt(i-1) && !irregularParticiples[d.tok(i-1).Norm] {
			return false // "the sanctions were illegal and accused …": "were" holds an adjective, "accused" is a verb of its own
		}
		if n == "and" && i > 0 && feelings[d.tok(i-1).Norm] {
			return false // "Russia was concerned and called on Kyrgyzstan …": "was" holds a feeling, the verb after "and" is active
		}
		if n == "and" && i == k-1 && d.objectAfter(k) {
			return false // "said two children were killed and condemned the attack": a verb with an object of its own is active
		}
		if d.cover[i] >= 0 || d.tok(i).Kind == token.Punct {
			return false
		}
	}
	return false
}

// backingWords are participles of support that an aside after a name
// tells in the passive: "Kosovo, backed by the United States, …".
var backingWords = map[string]bool{"backed": true, "supported": true, "endorsed": true, "funded": true, "financed": true, "sponsored": true}

// objectAfter reports whether a direct object follows the verb at k — a
// determiner or a name, not "by" or a preposition — and the verb is none
// whose passive keeps one ("was given an ultimatum", "were told the
// news").
func (d *doc) objectAfter(k int) bool {
	if d.tok(k).Is("given", "sent", "told", "shown", "offered", "handed", "awarded", "granted", "asked", "promised", "denied", "refused", "named", "called", "elected", "appointed", "made", "left") {
		return false
	}
	if k+1 >= len(d.in.Tokens) || d.inDate(k+1) {
		return false // "was arrested and charged the next day"
	}
	return d.tok(k+1).Is("the", "a", "an", "its", "their", "his", "her", "this", "these", "those") || d.cover[k+1] >= 0
}

// reducedRelativeAt reports whether the word at j is a past participle
// that opens a reduced relative clause after a common noun: "a note
// handed", "a letter sent", "the complaint filed".
func (d *doc) reducedRelativeAt(j int) bool {
	t, n := d.tok(j), d.tok(j-1)
	if t.Kind != token.Word || t.Upper || d.cover[j] >= 0 || !strings.HasSuffix(t.Norm, "ed") && !irregularParticiples[t.Norm] {
		return false
	}
	return n.Kind == token.Word && !n.Upper && d.cover[j-1] < 0 && !verbGroupWords[n.Norm] && !strings.HasSuffix(n.Norm, "ly") && d.tok(j-2).Is("a", "an", "the", "its", "his", "her", "their")
}

// accordNamedBefore reports whether the words before the comma at c name
// an accord after a place or a party: "The Treaty of Asunción, signed …".
func (d *doc) accordNamedBefore(c int) bool {
	for i := c - 1; i >= 0 && c-i <= 6; i-- {
		if d.cover[i] < 0 && objectNoun(d.tok(i).Norm, accords) {
			return true
		}
		if d.cover[i] < 0 && !d.tok(i).Is("of", "the") && !d.tok(i).Upper {
			return false
		}
	}
	return false
}

// irregularParticiples are past participles that participleAt does not
// read by their ending: "was caught and charged", "the aid sent by Jordan".
var irregularParticiples = map[string]bool{"caught": true, "shot": true, "found": true, "hit": true, "hurt": true,
	"put": true, "cut": true, "bound": true, "built": true, "fought": true, "sold": true, "thrown": true,
	"known": true, "shown": true, "done": true, "set": true, "led": true, "paid": true, "bought": true,
	"sent": true, "given": true, "lent": true, "brought": true, "flown": true}

// firstPassive returns, for a participle at k after "and" that shares an
// earlier participle's "was" — "was removed by Congress and detained by
// police" — that earlier participle, else -1.
func (d *doc) firstPassive(k int) int {
	if k < 4 || !d.tok(k-1).Is("and") {
		return -1
	}
	for i := k - 2; i >= 1 && k-i <= 8; i-- {
		if d.tok(i).Is("by") {
			// (The agent must be an actor: "the deaths were caused by
			// gunshot wounds and called on …" is a new verb of another
			// subject.)
			if d.byAgent(i-1, k) != nil && d.passive(i-1) {
				return i - 1
			}
			return -1
		}
		if d.tok(i).Kind == token.Punct {
			break
		}
	}
	return -1
}

// rankedToAct returns the copula of "became the first official to
// visit", "was the only leader to meet", whose subject does the
// infinitive at k; -1 when k is no such infinitive.
func (d *doc) rankedToAct(k, cs int) int {
	if k-4 < cs || !d.tok(k-1).Is("to") {
		return -1
	}
	for i := k - 2; i-2 >= cs && k-i <= 10; i-- {
		t := d.tok(i)
		if t.Kind == token.Punct {
			return -1
		}
		ranked := t.Is("first", "last", "only", "latest", "second", "third", "most") || len(t.Norm) > 5 && strings.HasSuffix(t.Norm, "est")
		if ranked && d.tok(i-1).Is("the") && d.tok(i-2).Is("became", "becomes", "become", "becoming", "was", "is", "were", "are", "be") {
			return i - 2
		}
	}
	return -1
}

// proposalToFrom reports whether the "from" at i follows a proposal and
// where or what it is for: "declined the invitation to Geneva from the
// United States", "the request for talks from Kyiv".
func (d *doc) proposalToFrom(i, from int) bool {
	for p := i - 2; p >= from && p > 0 && p >= i-4; p-- {
		if d.tok(p).Kind == token.Punct {
			return false
		}
		if d.tok(p).Is("to", "for") {
			return proposalNouns[d.tok(p-1).Norm] && !d.tok(p-1).Is("decision", "move", "step", "action", "measures")
		}
	}
	return false
}

// proposalPutBy reports whether the "by" at i names who put forward the
// proposal named just before: "a proposal put forward by", "the plan
// drafted by", "an offer made by".
func (d *doc) proposalPutBy(i, from int) bool {
	j := i - 1
	if j > from && d.tok(j).Is("forward") {
		j--
	}
	// "the charge levelled at his government by the United States": the
	// one aimed at comes between the verb and its author.
	for p := j; p > from+1 && p >= i-5; p-- {
		if d.tok(p).Is("at", "against") && d.tok(p-1).Is("levelled", "leveled", "made", "brought", "lodged", "directed") {
			j = p - 1
			break
		}
	}
	if j > from && d.tok(j).Is("down") {
		j-- // "the verdict handed down by"
	}
	if j <= from || !d.tok(j).Is("put", "made", "presented", "submitted", "tabled", "floated", "drafted", "proposed", "offered", "advanced", "brokered", "unveiled", "drawn",
		"sponsored", "co-sponsored", "introduced", "levelled", "leveled", "lodged", "brought", "adopted", "issued", "passed", "handed", "delivered", "approved") {
		return false
	}
	n := d.tok(j - 1).Norm
	if d.tok(j-1).Is(",") && j-2 > from {
		n = d.tok(j - 2).Norm // "a draft resolution, put forward by the United States and Albania"
	}
	if !proposalNouns[n] && !authoredNouns[n] {
		// "the charge of ethnic cleansing levelled at …": the noun and
		// what it is of.
		for p := j - 2; p > from && p >= j-5; p-- {
			if d.tok(p).Is("of") {
				n = d.tok(p - 1).Norm
				break
			}
		}
	}
	return proposalNouns[n] || authoredNouns[n]
}

// putForwardBy returns the authors of a proposal in the object from
// token from, named after "put forward by", "drafted by", "sponsored by"
// within a few words: "vetoed a draft Security Council resolution, put
// forward by the United States and Albania". nil when none is named.
func (d *doc) putForwardBy(from, ce int) []string {
	for i := from + 1; i < ce && i <= from+14; i++ {
		if d.tok(i).Is("by") && d.proposalPutBy(i, from) {
			return d.namedAfter(i+1, ce)
		}
		if d.tok(i).Is(";", "that", "which") {
			return nil
		}
	}
	return nil
}

// relativeAuthor returns the author named in a relative clause opened at
// i after a proposal or a statement: "the proposal, which the United
// States put forward", "the remarks that Abiy had made", "the plan Tokyo
// unveiled" is not read (no pronoun). It returns nil otherwise.
func (d *doc) relativeAuthor(i int) []string {
	return d.authorAfter(i, i-1)
}

// authorAfter is relativeAuthor for a relative clause at i whose proposal
// or authored noun stands at p.
func (d *doc) authorAfter(i, p int) []string {
	n := len(d.in.Tokens)
	if d.tok(i).Is(",") {
		i++
	}
	if i+2 >= n || !d.tok(i).Is("which", "that") || !(proposalNouns[d.tok(p).Norm] || authoredNouns[d.tok(p).Norm] || deedNouns[d.tok(p).Norm] == deedForce && d.tok(p).Norm != "use") {
		return nil
	}
	j := i + 1
	if j+3 < n && d.tok(j).Is("was", "were") && authorVerbs[d.tok(j+1).Norm] && d.tok(j+2).Is("by") {
		j += 3 // "the decision, which was announced by China"
		if d.looseThe(j) {
			j++
		}
		if m, ok := d.mentionAt(j); ok {
			return m.Actors
		}
		return nil
	}
	if d.looseThe(j) {
		j++
	}
	m, ok := d.mentionAt(j)
	if !ok {
		return nil
	}
	v := d.mentionEnd(j)
	for v < n && (auxWords[d.tok(v).Norm] || d.tok(v).Is("first", "earlier", "recently", "just")) {
		v++
	}
	if v >= n || !authorVerbs[d.tok(v).Norm] {
		return nil
	}
	return m.Actors
}

// headsOfStatesAt returns the index of the "of" or "from" after a
// plural of heads that opens at i and names a state next ("the foreign
// ministers of Tunisia", "leaders from Kenya"), or -1: the meeting of
// such heads is one of their states.
func (d *doc) headsOfStatesAt(i, ce int) int {
	for j := i; j < ce && j <= i+4; j++ {
		t := d.tok(j)
		if d.cover[j] >= 0 || t.Upper && !t.Is("the") {
			return -1 // ("a meeting of the Security Council": the body met)
		}
		if headsOf[t.Norm] && plural(t.Norm) {
			n := j + 2
			if d.tok(n).Is("the") {
				n++
			}
			if m, ok := d.mentionAt(n); ok && d.tok(j+1).Is("of", "from") && len(m.Actors) > 0 && strings.HasPrefix(m.Actors[0], "state:") {
				return j + 1 // (not "of leaders of the CIS": the body's own summit; nor "of the countries neighbouring Libya")
			}
			return -1
		}
	}
	return -1
}

// authoredNouns are said or written things whose author a reaction is
// aimed at, besides proposalNouns: "condemned the remarks, which …".
var authoredNouns = map[string]bool{"remarks": true, "comments": true, "statement": true, "statements": true,
	"position": true, "terms": true, "conditions": true, "draft": true, "resolution": true, "text": true,
	"resignation": true, "letter": true, // "rejected the resignation that Fujimori sent from Japan"
	"independence": true} // "does not recognise the independence that Kosovo declared"

// authorVerbs tell who put a proposal or a statement forward, in the
// past: "which the United States put forward", "that Abiy made".
var authorVerbs = map[string]bool{"put": true, "made": true, "presented": true, "submitted": true, "tabled": true,
	"floated": true, "drafted": true, "proposed": true, "offered": true, "advanced": true, "unveiled": true,
	"announced": true, "issued": true, "sent": true, "laid": true, "set": true, "delivered": true, "imposed": true,
	"declared": true, "proclaimed": true,
	"carried": true, "launched": true, "conducted": true, "staged": true, "committed": true, "perpetrated": true, "mounted": true} // "the attack that Israel carried out"

// proposalNouns are what one side puts to another; as a direct object
// they pass the act on to their author ("rejected the proposal from
// Washington", "accepted an invitation from Beijing").
var proposalNouns = map[string]bool{"proposal": true, "proposals": true, "offer": true, "offers": true,
	"demand": true, "demands": true, "request": true, "requests": true, "plan": true, "invitation": true,
	"call": true, "calls": true, "appeal": true, "appeals": true, "plea": true, "pleas": true, "accusation": true, "accusations": true, "allegation": true, "allegations": true, "charge": true, "charges": true,
	"claims": true, "ultimatum": true, "overture": true, "criticism": true, "criticisms": true, "overtures": true, "initiative": true, "bid": true,
	// "welcomed the move by Riyadh": the one who made it
	"decision": true, "move": true, "step": true, "announcement": true, "action": true, "measures": true,
	// "rejected a ruling by the International Court of Justice": the court
	"ruling": true, "rulings": true, "verdict": true, "judgment": true, "judgement": true, "award": true, "resolution": true}

// goodwillBefore reports whether a noun of support or help stands in
// tokens [from, to): "the support", "expressions of solidarity".
func (d *doc) goodwillBefore(from, to int) bool {
	return d.wordIn(from, to, "support", "solidarity", "backing", "aid", "assistance", "help")
}

// fromGiver returns the "from" that follows the beneficiary named at
// token i with an actor after it — "for Vietnam from Japan" — or 0.
func (d *doc) fromGiver(i, ce int) int {
	if i < ce && d.tok(i).Is("the") {
		i++
	}
	if i >= ce || d.cover[i] < 0 {
		return 0
	}
	j := d.mentionEnd(i)
	if j+1 < ce && d.tok(j).Is("from") && (d.cover[j+1] >= 0 || d.tok(j+1).Is("the") && d.cover[j+2] >= 0) {
		return j
	}
	return 0
}

// roleBeforeName reports whether token i is a role noun with a name
// right after it ("spokesman Ned Price"), so the name before i only
// qualifies a new subject.
func (d *doc) roleBeforeName(i, ce int) bool {
	w := d.tok(i)
	return w.Kind == token.Word && !w.Upper && !w.Is("and", "or", "nor", "but") && !nonActorPreps[w.Norm] &&
		!locationPreps[w.Norm] && i+1 < ce && d.cover[i+1] >= 0
}

// occupations are lower-case titles between a group and a person's name:
// "the opposition journalist Roman Protasevich".
var occupations = map[string]bool{"journalist": true, "activist": true, "blogger": true, "politician": true,
	"lawyer": true, "dissident": true, "leader": true, "figure": true, "candidate": true, "lawmaker": true,
	"commander": true, "official": true, "spokesman": true, "spokeswoman": true}

// possessedBody returns the organisation named after a possessive and a
// lower-case description of it, when the mention ending at end owns it:
// "the European Union's border agency Frontex" is Frontex.
func (d *doc) possessedBody(end, ce int) []string {
	if !d.possessiveAt(end) {
		return nil
	}
	j := end + 1
	for j < ce && j <= end+4 && d.cover[j] < 0 && d.tok(j).Kind == token.Word && !d.tok(j).Upper {
		if d.tok(j).Is("to", "the", "of", "for", "with", "and", "but", "or", "a", "an", "in", "on") || d.finiteVerbAt(j) {
			// "Ukraine's bid to join the European Union": a phrase, not a
			// name for the body; "welcomed Qatar's mediation but urged
			// Hamas …": the next verb's object
			return nil
		}
		j++
	}
	if j == end+1 && !d.personAt(end-1) || j >= ce || d.cover[j] < 0 {
		return nil // (a person's body named right after: "Nelson Chamisa's MDC Alliance")
	}
	p := d.in.Mentions[d.cover[j]]
	if len(p.Actors) != 1 || !d.isOrg(p.Actors[0]) || d.mentionStart(j) != j {
		return nil
	}
	return p.Actors
}

// possessedPartner returns the actor named after a possessive and a noun
// of its relation to the possessor, who is only its description:
// "Russia's ally Belarus", "China's close partner Pakistan", "Iran's
// arch-rival Saudi Arabia".
func (d *doc) possessedPartner(end, ce int) []string {
	if !d.possessiveAt(end) {
		return nil
	}
	j, related := end+1, false
	for j < ce && j <= end+3 && d.cover[j] < 0 && d.tok(j).Kind == token.Word && !d.tok(j).Upper {
		related = related || partnerNouns[d.tok(j).Norm]
		j++
	}
	if !related || j >= ce || d.cover[j] < 0 || d.mentionStart(j) != j || !partnerNouns[d.tok(j-1).Norm] {
		return nil
	}
	p := d.in.Mentions[d.cover[j]]
	if p.Via == parley.ViaAdjective || p.Via == parley.ViaPronoun {
		return nil
	}
	return d.coordinated(p, d.mentionEnd(j), ce)
}

// partnerNouns name one actor by its relation to another.
var partnerNouns = map[string]bool{"ally": true, "allies": true, "neighbour": true, "neighbor": true, "neighbours": true,
	"neighbors": true, "partner": true, "partners": true, "rival": true, "archrival": true, "arch-rival": true,
	"foe": true, "arch-foe": true, "archfoe": true, "enemy": true, "adversary": true, "proxy": true, "client": true}

// titledPerson returns the person named right after a state mention m
// ending at end when the state is only part of their title: "President
// of Turkey Recep Tayyip Erdogan", "the President of France, H.E.
// Emmanuel Macron".
func (d *doc) titledPerson(m parley.Mention, end int) (*parley.Mention, int) {
	if len(m.Actors) != 1 {
		return nil, 0
	}
	state := strings.HasPrefix(m.Actors[0], "state:")
	j := end
	crossed := false
	if state && j < len(d.cover) && d.tok(j).Is(",") {
		j, crossed = j+1, true
	}
	limit := end + 3
	for j < len(d.cover) && j <= limit && d.cover[j] < 0 && d.tok(j).Kind == token.Word && (d.tok(j).Upper || occupations[d.tok(j).Norm] ||
		d.tok(j).Is("of", "and") && j > end && d.tok(j-1).Upper && j+1 < len(d.cover) && d.tok(j+1).Upper && d.cover[j+1] < 0) {
		if d.tok(j).Is("of") {
			limit = j + 4 // a portfolio: "South African Minister of International Relations Ronald Lamola"
		}
		j++ // honorifics and titles: "H.E.", "President", "Foreign Minister", "the opposition journalist"
	}
	if j >= len(d.cover) || d.cover[j] < 0 {
		return nil, 0
	}
	p := d.in.Mentions[d.cover[j]]
	if len(p.Actors) != 1 || !strings.HasPrefix(strings.TrimPrefix(p.Actors[0], "new:"), "person:") {
		return nil, 0
	}
	if state && d.countryOf(p.Actors[0]) != strings.TrimPrefix(m.Actors[0], "state:") {
		return nil, 0
	}
	if pe := d.mentionEnd(j); crossed && pe < len(d.cover) && (sayVerbs[d.tok(pe).Norm] || d.finiteVerbAt(pe)) {
		return nil, 0 // "near Lithuania, Lithuanian President Gitanas Nauseda said": the one who says so
	}
	// "European Commission President Ursula von der Leyen": a body, its
	// title, then the person who holds it.
	return &p, d.mentionEnd(j)
}

// appositionHead returns, when token c is the comma opening an
// apposition that names the subject ("the Taliban's political chief,
// Mullah Baradar,"), the token before the role phrase the apposition
// renames; -1 otherwise.
func (d *doc) appositionHead(c, cs int) int {
	if c <= cs || !d.tok(c).Is(",") {
		return -1
	}
	role := false
	for j := c - 1; j > cs && c-j <= 12; {
		t := d.tok(j)
		switch {
		case d.cover[j] >= 0:
			j = d.mentionStart(j) - 1 // "the Taliban's", "Ukraine's"
			continue
		case t.Is(")"):
			if open := d.shortParenthesis(j, cs); open > cs {
				j = open - 1 // "the top commander of the National Liberation Army (ELN), …"
				continue
			}
			return -1
		case t.Is("the", "'s", "’s", "his", "her", "its", "their"):
		case t.Is("and", "&"):
			if !role {
				return -1
			}
			return j
		case t.Kind == token.Word && (!t.Upper || holderTitles[t.Norm]):
			role = true // "political chief", "foreign minister", "the Premier of Greenland"
		default:
			return -1
		}
		j--
	}
	return -1
}

// asideEnd returns the comma that closes a short aside opening at j —
// a few words with no actor, then ", and" or ", " and a name — or j.
func (d *doc) asideEnd(j, ce int) int {
	for q := j; q < ce && q-j <= 6; q++ {
		if d.cover[q] >= 0 && d.in.Mentions[d.cover[q]].Via != parley.ViaPronoun || d.stop(q) {
			return j // an actor of its own: not an aside ("in his first term" is one)
		}
		if d.tok(q).Is(",") && q > j && q+1 < ce && (d.tok(q+1).Is("and") || d.cover[q+1] >= 0) {
			return q
		}
	}
	return j
}

// countedDescriptionEnd returns the token after the comma that closes a
// counted description of people opening at j, when a name follows it:
// "two other opposition deputies, Sasun Mikayelyan and …", "three
// ministers, …". It returns j when there is none.
func (d *doc) countedDescriptionEnd(j, ce int, relative bool) int {
	if j >= ce || !(d.tok(j).Kind == token.Number || countWords[d.tok(j).Norm] > 0 || d.tok(j).Is("several", "both")) {
		return j
	}
	q := j + 1
	if q < ce && d.tok(q).Is("other", "more", "fellow") {
		q++
	}
	start := q
	for q < ce && q-start < 4 && d.tok(q).Kind == token.Word && !d.tok(q).Upper && !d.tok(q).Is("and", "or", "of", "in", "at", "on", "that", "which", "who") {
		q++
	}
	if relative && q > start && q+1 < ce && plural(d.tok(q-1).Norm) && d.tok(q).Is("that", "which", "who") {
		// "the two rebel movements that stayed out of the talks, …": a
		// short relative clause closed by a comma
		r := q + 1
		for r < ce && r-q <= 10 && !d.tok(r).Is(",", ";") && d.cover[r] < 0 {
			r++
		}
		if r < ce && d.tok(r).Is(",") {
			return d.appositionAfter(r, ce, j)
		}
	}
	if q == start || q+1 >= ce || !d.tok(q).Is(",") || !plural(d.tok(q-1).Norm) {
		return j
	}
	return d.appositionAfter(q, ce, j)
}

// appositionAfter returns where the names in apposition after the comma
// at q start ("…, the CNDD-FDD and the FNL"), or j when no name follows.
func (d *doc) appositionAfter(q, ce, j int) int {
	at := q + 1
	if at+1 < ce && d.tok(at).Is("the") && d.cover[at] < 0 {
		at++ // "the two rebel movements, the CNDD-FDD and the FNL"
	}
	if m, ok := d.mentionAt(at); !ok || m.Via == parley.ViaPronoun {
		return j
	}
	return at
}

// personAppositionEnd returns the comma that closes an apposition opening
// at token j after the name of person, when ", and" follows it: "Director of
// the Office …", "China's top diplomat", "the US national security
// adviser". It returns j when there is none.
func (d *doc) personAppositionEnd(j, ce int, person string) int {
	if j >= ce {
		return j
	}
	start := d.tok(j).Is("the", "a", "an", "his", "her") || d.tok(j).Kind == token.Word && d.tok(j).Upper && d.cover[j] < 0 ||
		d.cover[j] >= 0 && d.possessiveAt(d.mentionEnd(j)) ||
		d.cover[j] >= 0 && slices.Equal(d.in.Mentions[d.cover[j]].Actors, []string{person}) // "China's top diplomat" for Yang Jiechi
	if !start {
		return j
	}
	for q := j + 1; q+1 < ce && q-j <= 14; q++ {
		if d.stop(q) || d.cover[q] < 0 && d.finiteVerbAt(q) {
			return j
		}
		if d.personAt(q) && !slices.Equal(d.in.Mentions[d.cover[q]].Actors, []string{person}) {
			return j // "…, Prime Minister of Sudan Abdalla Hamdok, and …": another name of the list, with its title
		}
		if d.tok(q).Is(",") {
			if d.tok(q + 1).Is("and") {
				return q
			}
			return j
		}
	}
	return j
}

// deedAfterPrep reports whether a complaint's object opens at from with
// "against", "over", "about" (or the sense's own "to") and a definite
// deed: "protested against the detention of its officers by Russian
// guards", "lodged a protest over the arrest of … by", "objected to the
// seizure of its boats by" (the doer follows "by").
func (d *doc) deedAfterPrep(from int, sn sense, own bool) bool {
	return sn.typ == parley.Accuse && from+1 < len(d.in.Tokens) &&
		(d.tok(from).Is("against", "over", "about", "regarding") || own && d.tok(from).Is("to", "at")) &&
		(d.tok(from+1).Is("the", "this", "that", "its", "their", "these", "those") || d.doneByAfter(from+1))
}

// doneByAfter reports whether the bare deed from i is followed, within a
// few words, by "by" and its doer: "complaints over alleged torture by
// police", "over killings by soldiers".
func (d *doc) doneByAfter(i int) bool {
	for j := i; j < len(d.in.Tokens) && j <= i+3; j++ {
		if d.tok(j).Is("by") {
			return j > i && j+1 < len(d.in.Tokens) && d.cover[j+1] >= 0
		}
		if d.cover[j] >= 0 || d.tok(j).Kind != token.Word || d.stop(j) {
			return false
		}
	}
	return false
}

// doerAfterVictims reports whether "by" and an actor follow the people a
// country word names, ending at end, within a few words.
func (d *doc) doerAfterVictims(end, ce int) bool {
	for j := end; j < ce && j <= end+3; j++ {
		if d.tok(j).Is("by") {
			return actorAt(d, j+1, "the") >= 0
		}
		if d.cover[j] >= 0 || d.stop(j) {
			return false
		}
	}
	return false
}

// victimsBefore reports whether the "in" at i follows the victims of a
// deed of force named after from: "the attack on peacekeepers in Mali",
// "the killing of aid workers in Gaza".
func (d *doc) victimsBefore(i, from int) bool {
	for j := i - 2; j > from && i-j <= 6; j-- {
		if d.stop(j) || d.tok(j).Is(",", ";", "and") {
			return false
		}
		if d.tok(j).Is("on", "against", "of") && deedNouns[d.tok(j-1).Norm] == deedForce && d.tok(j-1).Norm != "use" {
			return true
		}
		if j >= 2 && d.tok(j).Is("targeted", "hit", "struck", "killed", "wounded", "injured") && d.tok(j-1).Is("that", "which") && deedNouns[d.tok(j-2).Norm] == deedForce {
			return true // "condemned the attack that targeted a police station in Pakistan"
		}
	}
	return false
}

// possessiveAt reports whether token i is the possessive "'s", or a bare
// apostrophe after a name in "s" ("Brussels' sanctions").
func (d *doc) possessiveAt(i int) bool {
	return i < len(d.in.Tokens) && (d.tok(i).Is("'s", "’s") || d.bareApostropheAt(i))
}

// bareApostropheAt reports whether a lone apostrophe at i makes the name
// ending in "s" before it a possessive: "Brussels' sanctions", "Paris'
// envoy" (not a closing quotation mark after a word).
func (d *doc) bareApostropheAt(i int) bool {
	if i < 1 || i+1 >= len(d.in.Tokens) || !d.tok(i).Is("'", "’") || d.cover[i-1] < 0 || !strings.HasSuffix(d.tok(i-1).Norm, "s") {
		return false
	}
	if d.tok(i-1).End != d.tok(i).Start {
		return false // "' " after a space opens or closes a quotation
	}
	n := d.tok(i + 1)
	return n.Kind == token.Word && !n.Upper
}

// andBetween reports whether "and" joins two clauses in [a, b): a
// coordinator standing before the trigger's verb group.
func (d *doc) andBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if d.tok(i).Is("and") && d.cover[i] < 0 && !(i+1 < b && d.cover[i+1] >= 0) {
			return true
		}
	}
	return false
}

// frontedSubject returns the subject of the clause a participle opening
// its sentence at k hangs on: the actor right after the comma that ends
// the participle's clause.
func (d *doc) frontedSubject(k int) []string {
	sa, sb := d.tokensOf(d.sentenceAround(k))
	if k != sa {
		return nil
	}
	for i := k + 1; i < sb && i-k <= 16; i++ {
		if d.stop(i) {
			return nil
		}
		if d.tok(i).Is(",") {
			if m, ok := d.mentionAt(i + 1); ok && d.mentionStart(i+1) == i+1 && len(m.Actors) == 1 {
				if p := d.personEndingRun(i + 1); p != nil {
					return p // "…, European Commission President Ursula von der Leyen said": her
				}
				return m.Actors
			}
			return nil
		}
	}
	return nil
}

// atRequest returns who asked and who was asked when the noun at k stands
// in "at X's request", "at the request of X" or "despite X's demands":
// the phrase hangs on a clause whose subject was asked ("At Kenya's
// request, Uganda sent troops", "the ministers, meeting at Egypt's
// request, condemned …", "Despite Warsaw's demands, the Commission let
// the ban lapse"). Both are nil otherwise, or when the clause's doer
// goes unnamed ("the sailors were freed at Seoul's request").
func (d *doc) atRequest(k int) (asker, asked []string) {
	sa, sb := d.tokensOf(d.sentenceAround(k))
	at := -1
	switch {
	case k-3 >= sa && d.possessiveAt(k-1) && d.cover[k-2] >= 0:
		ms := d.mentionStart(k - 2)
		if ms-1 > sa && d.tok(ms-1).Is("the") {
			ms--
		}
		if m, ok := d.mentionAt(k - 2); ok && ms-1 >= sa && d.requestOpener(ms-1, k) {
			at, asker = ms-1, m.Actors
		}
	case k+2 < sb && d.tok(k+1).Is("from") && d.despiteAt(k, sa) >= 0:
		// "Despite repeated requests from Kenya, Somalia kept …"
		at, asker = d.despiteAt(k, sa), d.namedAfter(k+2, sb)
	case k-2 >= sa && k+2 < sb && d.tok(k-1).Is("the") && d.tok(k-2).Is("at") && d.tok(k+1).Is("of"):
		i := k + 2
		if d.looseThe(i) && i+1 < sb {
			i++
		}
		if m, ok := d.mentionAt(i); ok && d.mentionStart(i) == i {
			at, asker = k-2, d.coordinated(m, d.mentionEnd(i), sb)
		}
	}
	if at < 0 {
		return nil, nil
	}
	if at == sa || d.tok(at-1).Is(",", "that", "—", "–", "-") {
		// A fronted phrase (after a dateline's dash too): the subject
		// after its comma.
		if c := d.commaAfter(k, min(sb, k+14)); c > 0 && c+1 < sb {
			i := c + 1
			if d.looseThe(i) && i+1 < sb {
				i++
			}
			if m, ok := d.mentionAt(i); ok && d.mentionStart(i) == i {
				asked = d.coordinated(m, d.mentionEnd(i), sb)
			}
		}
	} else if cs := d.ownClauseStart(at, d.clauseStart(at, sa)); !d.saidBetween(cs, at) && !(at-1 > cs && d.passive(at-1)) {
		// ("Trump said troops would leave at Iraq's request": not Trump;
		// "police to be deployed at Honiara's request": not the police)
		asked = d.clauseSubject(cs, at)
	}
	if asked == nil || slices.Equal(asker, asked) {
		return nil, nil
	}
	return asker, asked
}

// despiteAt returns where "despite" stands right before the demand at
// k, past a word of how many or how often ("despite repeated requests"),
// or -1.
func (d *doc) despiteAt(k, sa int) int {
	i := k - 1
	if i > sa && d.tok(i).Is("repeated", "repeat", "numerous", "several", "many", "growing", "mounting", "urgent", "public", "earlier") {
		i--
	}
	if i >= sa && d.tok(i).Is("despite") && (requestNouns[d.tok(k).Norm] || d.tok(k).Is("calls")) {
		return i
	}
	return -1
}

// requestOpener reports whether token i opens a phrase around the
// request noun at k that says who was asked: "at" before "request",
// "despite" before any demand ("despite Poland's calls").
func (d *doc) requestOpener(i, k int) bool {
	return d.tok(i).Is("at") && d.tok(k).Is("request") ||
		d.tok(i).Is("despite") && (requestNouns[d.tok(k).Norm] || d.tok(k).Is("calls"))
}

// nounAgent finds the doer of a nominal trigger at k named by "by" at the
// end of its phrase: "a visit to Taiwan by Speaker Pelosi", "the
// expulsion of 13 diplomats by Ukraine", "strikes on Kharkiv by Russian
// forces". Only the noun's own complements may stand between: a verb or a
// comma ends the phrase ("the talks, hosted by Qatar", "sanctions on Iran
// imposed by the US" tell a participle's agent), and "by" must name an
// actor ("by phone", "by the end of May").
func (d *doc) nounAgent(k, ce int) []string {
	for i := k + 1; i < ce && i-k <= 14; i++ {
		t := d.tok(i)
		if d.cover[i] >= 0 {
			i = d.mentionEnd(i) - 1
			continue
		}
		if t.Is("by") {
			return d.namedAfter(i+1, ce)
		}
		if d.tok(i+1).Is("by") && t.Is("issued", "imposed", "announced", "filed", "launched", "levied", "ordered") {
			continue // "an arrest warrant issued by the ICC", "the sanctions imposed by the EU": its issuer
		}
		if t.Kind == token.Punct && !t.Is("-", "'s", "’s") || t.Is("that", "which", "who", "whom", "and", "or", "but", "as", "after", "before", "since", "when", "while") ||
			beForms[t.Norm] || auxWords[t.Norm] || d.finiteVerbAt(i) || d.verbTrigger[i] || t.Kind == token.Word && !t.Upper && strings.HasSuffix(t.Norm, "ing") {
			return nil
		}
	}
	return nil
}

// ofDoer finds the doer of a visit or a withdrawal of forces named after
// "of" right after the noun: "the visit of Olaf Scholz to Beijing", "the
// withdrawal of Russian troops from Kherson". (Of other nouns, "of" names
// the one acted on: "the expulsion of its diplomats"; and a state's
// withdrawal from a bloc is no retreat of forces.)
func (d *doc) ofDoer(k, ce int) []string {
	if k+2 >= ce || !d.tok(k+1).Is("of") {
		return nil
	}
	switch {
	case d.tok(k).Is("visit", "visits", "trip") || doerOfNouns[d.tok(k).Norm]:
		return d.namedAfter(k+2, ce) // "condemned the remarks of Kishida": his, as "Kishida's remarks"
	case d.tok(k).Is("withdrawal"):
		ids := d.namedAfter(k+2, ce)
		if i := actorAt(d, k+2, "the", "its", "their"); len(ids) == 1 && i >= 0 &&
			(d.mentionEnd(i) < ce && forceNouns[d.tok(d.mentionEnd(i)).Norm] || d.nameHas(ids[0], "armed forces", "army", "military")) {
			return ids
		}
	}
	return nil
}

// doerOfNouns name what their "of" did or said, not what was done to it:
// "the remarks of Kishida", "the conduct of Riyadh" (but "the arrest
// of Navalny" was done to him; welcoming "the resignation of" a leader
// backs no one).
var doerOfNouns = map[string]bool{"remarks": true, "comments": true, "statement": true, "statements": true,
	"conduct": true, "behaviour": true, "behavior": true, "actions": true, "policy": true, "policies": true,
	"stance": true, "position": true, "stances": true, "positions": true, // ("described the positions of Islamabad and Ankara as dangerous")
	"refusal": true, "speech": true, "provocations": true,
	"attitude": true, "threats": true, "rhetoric": true,
	// what a state's forces or ships did by coming where they should not:
	// "protested against the entry of Chinese government vessels"
	"incursion": true, "incursions": true, "intrusion": true, "intrusions": true, "entry": true,
	"presence": true, "interference": true, "meddling": true, "aggression": true, "activities": true}

// namedAfter returns the actors named right after a preposition (whose
// next token is j): a name, a titled name ("by House Speaker Nancy
// Pelosi") or a country word and the force it sends ("by Turkish police").
func (d *doc) namedAfter(j, ce int) []string {
	for i := j; i < ce && i-j <= 4; i++ {
		if d.cover[i] >= 0 {
			m := d.in.Mentions[d.cover[i]]
			if m.Via == parley.ViaAdjective {
				e := d.mentionEnd(i)
				for x := e; x < ce && x <= e+2; x++ {
					if forceNouns[d.tok(x).Norm] {
						return m.Actors // ("by Turkish police", "of Chinese maritime militia vessels")
					}
					if d.tok(x).Kind != token.Word || d.tok(x).Upper || d.cover[x] >= 0 {
						break
					}
				}
				return nil
			}
			return d.coordinated(m, d.mentionEnd(i), ce)
		}
		if t := d.tok(i); !(t.Is("the") && i == j) && !(t.Kind == token.Word && t.Upper) {
			return nil // "by phone", "by the end of May", "by a delegation led by …"
		}
	}
	return nil
}

// talksPartner returns the one named after "with" when the words from
// "from" on name talks ("for talks with China", "for a meeting with
// Putin"), or nil.
func (d *doc) talksPartner(from, ce int) []string {
	for i := from; i+2 < ce && i-from <= 3; i++ {
		if slices.Contains(haltable, d.tok(i).Norm) && d.tok(i+1).Is("with") {
			if m, ok := d.mentionAt(i + 2); ok && d.mentionStart(i+2) == i+2 {
				return d.coordinated(m, d.mentionEnd(i+2), ce)
			}
			return nil
		}
		if d.cover[i] >= 0 || d.tok(i).Kind != token.Word {
			return nil
		}
	}
	return nil
}

// victimsAfter returns the side whose fighters a deadly act killed, named
// from token j on: "killed dozens of Hezbollah fighters", "killed three
// Ukrainian soldiers", "killed 25 of its fighters". Civilians and other
// people of a state are no side hit.
func (d *doc) victimsAfter(j, ce int) []string {
	i := j
	for i < ce && i-j < 3 && d.cover[i] < 0 && (d.tok(i).Kind == token.Number || d.tok(i).Is("the", "of", "dozens", "scores", "hundreds", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "at", "least")) {
		i++
	}
	if i >= ce || d.cover[i] < 0 {
		return nil
	}
	m := d.in.Mentions[d.cover[i]]
	e := d.mentionEnd(i)
	force := forceNouns[d.tok(e-1).Norm] || e < ce && forceNouns[d.tok(e).Norm] // "Hezbollah fighters", "its fighters"
	if force && (m.Via == parley.ViaAdjective || m.Via == parley.ViaPronoun || len(m.Actors) == 1) {
		return m.Actors
	}
	return nil
}

// undergoWords make their subject the one an act, named by the noun
// trigger they take as object, is aimed at; the doer follows "from" or
// "by", as in a passive: "drew criticism from the UN", "faced
// condemnation from Turkey", "won praise from Washington", "received a
// call from Putin", "came under fire from militants".
var undergoWords = map[string]bool{"drew": true, "draw": true, "draws": true, "drawing": true, "drawn": true,
	"faced": true, "face": true, "faces": true, "facing": true, "won": true, "win": true, "wins": true, "winning": true,
	"earned": true, "earn": true, "earns": true, "earning": true, "received": true, "receive": true, "receives": true,
	"receiving": true, "got": true, "get": true, "gets": true, "getting": true, "attracted": true, "attract": true,
	"attracts": true, "attracting": true, "suffered": true, "suffers": true, "suffering": true, "endured": true,
	"took": true, "take": true, "takes": true, "taking": true, "fielded": true,
	// an attack fought off is one undergone: "repelled an attack by
	// Russian troops", "thwarted an offensive by the rebels"
	"repelled": true, "repel": true, "repels": true, "repelling": true, "repulsed": true, "repulse": true,
	"repulses": true, "repulsing": true, "thwarted": true, "thwart": true, "thwarts": true, "foiled": true,
	// and a missile or drone stopped: "intercepted a missile fired by the
	// Houthis", "shot down a drone launched by Hezbollah"
	"intercepted": true, "intercept": true, "intercepts": true, "intercepting": true, "shot": true,
	"shoot": true, "shoots": true, "shooting": true}

// undergoFillers may stand between a verb of undergoing and its noun:
// "drew sharp criticism", "faced a wave of condemnation", "got a pledge
// of", "came under heavy fire".
var undergoFillers = map[string]bool{"a": true, "an": true, "the": true, "of": true, "some": true, "much": true, "down": true,
	"more": true, "fresh": true, "new": true, "sharp": true, "heavy": true, "strong": true, "harsh": true,
	"fierce": true, "widespread": true, "broad": true, "rare": true, "high": true, "warm": true, "wave": true,
	"barrage": true, "storm": true, "chorus": true, "flurry": true, "torrent": true, "phone": true,
	"telephone": true, "rocket": true, "mortar": true, "artillery": true, "drone": true, "missile": true,
	"sniper": true, "gun": true, "small-arms": true, "intense": true, "sustained": true, "renewed": true,
	"repeated": true, "stinging": true, "lavish": true, "glowing": true, "pledge": true, "promise": true,
	"offer": true, "package": true, "shipment": true, "delivery": true, "further": true, "growing": true,
	"mounting": true, "increasing": true, // "faces mounting pressure from Washington"
	"messages": true, "message": true, "expressions": true, "expression": true, "words": true, // "received messages of support from"
}

// underFrom are the words before "under" that make the clause's subject
// the one under an attack or a penalty: "came under fire", "was under
// attack", "Iran, already under UN sanctions,".
var underFrom = map[string]bool{"came": true, "come": true, "comes": true, "coming": true, "remain": true,
	"remains": true, "remained": true, "already": true, "still": true, "long": true, ",": true}

// undergoneAt returns where the verb of undergoing stands whose object
// is the noun trigger at k, else -1: "drew sharp criticism", "came under
// heavy Russian fire", "was the target of sanctions".
func (d *doc) undergoneAt(k, a int) int {
	for i := k - 1; i >= a && k-i <= 7; i-- {
		t := d.tok(i)
		switch {
		case d.cover[i] >= 0 || t.Kind == token.Number:
			continue // "came under Russian fire", "under UN sanctions"
		case undergoWords[t.Norm]:
			return i
		case t.Is("target", "targets", "victim", "victims", "subject"):
			if i+1 < k && d.tok(i+1).Is("of") && i > a && d.tok(i-1).Is("the", "a", "an") {
				return i // "was the target of sanctions imposed by the EU", "the victim of an attack by"
			}
			return -1
		case t.Is("for") && i-2 >= a && d.tok(i-1).Is("in") && d.tok(i-2).Is("came", "come", "comes", "coming"):
			return i - 2 // "came in for criticism from Brussels"
		case t.Is("with", "by") && i-2 >= a && d.tok(i-1).Is("hit", "slapped") && beForms[norm(d.tok(i-2))]:
			return i - 1 // "was hit with new sanctions by Washington", "was hit by US sanctions"
		case t.Is("with") && i-2 >= a && d.tok(i-1).Is("met", "greeted") && beForms[norm(d.tok(i-2))]:
			return i - 1 // "was met with criticism from Turkey", "was greeted with protests by"
		case t.Is("under"):
			if i > a && (underFrom[norm(d.tok(i-1))] || beForms[norm(d.tok(i-1))] || d.earlierUnder(i, a) >= 0) {
				return i
			}
			return -1
		case undergoFillers[t.Norm] || adjectiveLike(t):
			continue
		default:
			return -1
		}
	}
	return -1
}

// undergoneAgent returns who does the act a noun undergone at k names:
// the agent after "from" or "by", else an actor named between the verb
// at u and the noun ("came under Russian fire", "under UN sanctions").
func (d *doc) undergoneAgent(u, k, ce int) []string {
	if ids := d.agentAfter(k, ce, "by", "from"); ids != nil {
		return ids
	}
	if k+2 < ce && d.tok(k-1).Is("the") && d.tok(k+1).Is("of") {
		if j := actorAt(d, k+2, "the"); j >= 0 && d.in.Mentions[d.cover[j]].Via != parley.ViaPronoun {
			m := d.in.Mentions[d.cover[j]]
			return d.coordinated(m, d.mentionEnd(j), ce) // "won the backing of Berlin", "drew the ire of Beijing" (not "criticism of its policy")
		}
	}
	for i := u + 1; i < k; i++ {
		if d.cover[i] >= 0 && d.in.Mentions[d.cover[i]].Via != parley.ViaPronoun {
			return d.in.Mentions[d.cover[i]].Actors
		}
	}
	return nil
}

// undergoes reports whether the noun trigger at k, object of the verb
// of undergoing at u, names an act the clause's subject undergoes: only
// force, penalties, charges and sieges are "under" ("came under
// attack", "under UN sanctions", "under blockade"), not a pact ("under
// the agreement").
func undergoes(d *doc, sn sense, u, k int) bool {
	if !sn.noun || d.modalBetween(max(0, u-3), u) {
		return false // "could face sanctions from the EU": a prospect, not an act
	}
	if d.tok(u).Is("under") {
		// ("under pressure from the EU to …": a demand, see pressedToAct)
		return sn.typ == parley.Assault || sn.typ == parley.Sanction || sn.typ == parley.Accuse || sn.typ == parley.Coerce || sn.typ == parley.Request
	}
	return true
}

// undergoer returns who undergoes an act named after the verb of
// undergoing at u: the verb's subject ("Israel faced condemnation"), or
// the state whose patrol, convoy or envoy it is ("A Turkish patrol came
// under fire").
func (d *doc) undergoer(u, cs int) []string {
	if e := d.earlierUnder(u, cs); e >= 0 {
		u = e // "under US sanctions since 2017 and under British sanctions": the first one's
	}
	if d.tok(u).Is("under") && u-1 > cs && !d.tok(u-1).Is(",") {
		u-- // "came under", "was under": the verb
	}
	if ids, _ := d.subjectsOf(u, cs, false); ids != nil {
		return ids
	}
	if ids := d.passiveOwner(u, cs); ids != nil {
		return ids
	}
	for i := cs; i+1 < u; i++ {
		// "Ukrainian positions near Bakhmut came under attack": the
		// state whose positions they are
		if m := d.cover[i]; m >= 0 && d.in.Mentions[m].Via == parley.ViaAdjective && len(d.in.Mentions[m].Actors) == 1 && d.cover[i+1] < 0 && stateActs[d.tok(i+1).Norm] {
			return d.in.Mentions[m].Actors
		}
	}
	return d.placeSubject(cs, u) // "Kharkiv came under shelling"
}

// underAsideEnd returns the comma that closes an aside opened by the
// "under" at u, or -1: "Pyongyang, already under UN sanctions since
// 2006, fired …" — the aside has its own time.
func (d *doc) underAsideEnd(u, k, b int) int {
	if u < 2 || !d.tok(u).Is("under") {
		return -1
	}
	if p := u - 1; !d.tok(p).Is(",") && !(d.tok(p).Is("already", "still", "long") && d.tok(p-1).Is(",")) {
		return -1
	}
	for i := k + 1; i < b; i++ {
		if d.tok(i).Is(",") && !d.inDate(i) {
			return i
		}
	}
	return -1
}

// earlierUnder returns, for an "under" at u right after "and", the
// "under" of the same subject before it, else -1: "has been under US
// sanctions since 2017 and under British sanctions since 2022".
func (d *doc) earlierUnder(u, a int) int {
	if u-1 <= a || !d.tok(u-1).Is("and") {
		return -1
	}
	for i := u - 2; i > a && u-i <= 10; i-- {
		if d.tok(i).Is(";", ".") {
			break
		}
		if d.tok(i).Is("under") && (underFrom[norm(d.tok(i-1))] || beForms[norm(d.tok(i-1))]) {
			return i
		}
	}
	return -1
}

// undergoneRelative returns, for a noun trigger at k that a relative
// clause says its subject underwent, the verb of undergoing, where that
// subject is named and the "from" or "by" that names the doer, else -1s:
// "the phone call he received from Biden", "the criticism Israel faced
// from Turkey".
func (d *doc) undergoneRelative(k, b int) (u, s, by int) {
	i := k + 1
	if i < b && d.tok(i).Is("that", "which") {
		i++
	}
	if i >= b || d.cover[i] < 0 {
		return -1, -1, -1
	}
	s, i = i, d.mentionEnd(i)
	if i+1 < b && d.tok(i).Is("had", "has", "have") {
		i++
	}
	if i+1 >= b || !undergoWords[d.tok(i).Norm] {
		return -1, -1, -1
	}
	j := i + 1
	for j < b && (d.inDate(j) || d.tok(j).Is("on") && j+1 < b && d.inDate(j+1)) {
		j++ // "the call he received on Saturday from Macron"
	}
	if j < b && d.tok(j).Is("from", "by") {
		return i, s, j
	}
	return -1, -1, -1
}

// allOfList returns, for "all three" (or "all four" …) at i, the last
// list of exactly that many states named one after another with commas
// and "and" in the sentence or the two before: "Germany, France and Italy
// missed the deadline. Poland filed complaints against all three."
func (d *doc) allOfList(i int) []string {
	n, ok := listCounts[norm(d.tok(i+1))]
	if d.tok(i).Is("both") && d.bothAlone(i) {
		n, ok = 2, true // "urged both to show restraint", "criticised both."
	} else if !d.tok(i).Is("all") {
		ok = false
	}
	if !ok {
		return nil
	}
	here := d.sentenceIndex(d.tok(i).Start)
	var run []parley.Mention
	for m := len(d.in.Mentions) - 1; m >= 0; m-- {
		mt := d.in.Mentions[m]
		if mt.Span.Start >= d.tok(i).Start {
			continue
		}
		if here-d.sentenceIndex(mt.Span.Start) > 2 {
			break
		}
		state := len(mt.Actors) == 1 && mt.Via != parley.ViaAdjective && strings.HasPrefix(mt.Actors[0], "state:")
		if state && len(run) > 0 && !slices.ContainsFunc(run, func(r parley.Mention) bool { return r.Actors[0] == mt.Actors[0] }) {
			switch strings.TrimSpace(d.in.Text[mt.Span.End:run[len(run)-1].Span.Start]) {
			case ",", "and", ", and":
				run = append(run, mt)
				continue
			}
		}
		if len(run) == n {
			break
		}
		run = nil
		if state {
			run = append(run, mt)
		}
	}
	if len(run) != n {
		return nil
	}
	ids := make([]string, n)
	for j, mt := range run {
		ids[n-1-j] = mt.Actors[0]
	}
	return ids
}

// bothAlone reports whether "both" at i stands for a pair on its own,
// no noun after it: "urged both to", "criticised both." (not "both
// sides", "both countries", "both Russia and Ukraine").
func (d *doc) bothAlone(i int) bool {
	if i+1 >= len(d.in.Tokens) {
		return true
	}
	t := d.tok(i + 1)
	return t.Kind == token.Punct || t.Is("to", "of", "for", "over", "on", "in", "at", "after", "with", "by")
}

// listCounts are the counts "all three", "all four" name a list by.
var listCounts = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6}

// objectHer reports whether "her" at i is an object, not a possessor: no
// noun follows it ("urged her to", "accused her of", "thanked her").
func (d *doc) objectHer(i int) bool {
	if !d.tok(i).Is("her") {
		return false
	}
	if i+1 >= len(d.in.Tokens) {
		return true
	}
	n := d.tok(i + 1)
	return n.Kind != token.Word ||
		n.Is("to", "of", "for", "that", "and", "as", "on", "in", "at", "with", "over", "about", "against", "after", "during", "by", "from", "into", "not",
			"down", "aside", "off", "away", "out") // ("turned her down")
}

// butShared returns the subject of the clause before a "but" that joins
// the verb group of trigger k straight to it, so that both verbs share
// that subject: "Pakistan did not confirm the strikes but called on Kabul
// …", "Hungary lifted its veto but criticised Brussels". The subject is
// the first verb's, past a fronted phrase ("On Monday, …"), so a report
// in between ("said Turkey would respect the truce but warned") does not
// lend its own; nil when a name follows "but" or a clause of "that" holds it.
func (d *doc) butShared(k, cs int) ([]string, int) {
	b := k - 1
	for b >= cs && d.cover[b] < 0 && (verbGroupWords[d.tok(b).Norm] || d.tok(b).Is("also", "then", "later", "still", "instead") ||
		len(d.tok(b).Norm) > 4 && strings.HasSuffix(d.tok(b).Norm, "ly")) {
		b--
	}
	if b < 1 || d.cover[b] >= 0 || !d.tok(b).Is("but") || b < cs-1 {
		return nil, 0
	}
	sa, _ := d.tokensOf(d.sentenceAround(k))
	e := b
	if d.tok(e - 1).Is(",") {
		e--
	}
	ps := d.clauseStart(e, sa)
	if ps > sa && !d.tok(ps-1).Is(";", ":") {
		return nil, 0 // "said that Russia had violated the truce but called …": whose call is unclear
	}
	if d.cover[ps] < 0 && d.tok(ps).Kind == token.Word && (nonActorPreps[d.tok(ps).Norm] || d.tok(ps).Is("when", "as", "once", "if", "following") || strings.HasSuffix(d.tok(ps).Norm, "ing")) {
		// "On Monday, …", "After Russia struck Kyiv, …": past the fronted phrase
		c := ps
		for c < e && !d.tok(c).Is(",") {
			c++
		}
		if c >= e {
			return nil, 0
		}
		ps = c + 1
	}
	for v := ps; v < e; v++ {
		if d.cover[v] >= 0 || d.tok(v).Kind != token.Word || d.tok(v).Upper {
			continue
		}
		if d.finiteVerbAt(v) || auxWords[d.tok(v).Norm] && !d.tok(v).Is("also", "now", "then", "later", "reportedly", "again", "already") ||
			d.verbTrigger[v] && !strings.HasSuffix(d.tok(v).Norm, "ing") {
			if ids, start := d.subjectsOf(v, ps, false); ids != nil {
				return ids, start
			}
			return nil, 0
		}
	}
	return nil, 0
}

// pastAside returns where the verb at k goes on to its object after a
// phrase set between them: one set off by commas ("accused, in a rare
// public rebuke, Beijing of …", "urged, in a statement on Tuesday, Israel
// to …") or a time phrase ("accused on Friday Belarus of …"); k+1 when
// none, or when no name or article follows the phrase.
func (d *doc) pastAside(k, ce int) int {
	i := k + 1
	if i+1 < ce && d.tok(i).Is(",") && d.cover[i+1] < 0 && d.tok(i+1).Kind == token.Word &&
		(nonActorPreps[d.tok(i+1).Norm] || d.tok(i+1).Is("with", "once", "again", "however", "too", "yet") ||
			len(d.tok(i+1).Norm) > 4 && strings.HasSuffix(d.tok(i+1).Norm, "ly")) {
		for c := i + 2; c < ce && c-i <= 12; c++ {
			t := d.tok(c)
			if t.Is(",") {
				if c+1 < ce && (d.cover[c+1] >= 0 || d.tok(c+1).Is("the")) {
					return c + 1
				}
				break
			}
			if d.finiteVerbAt(c) || d.quoted[c] != d.quoted[k] || t.Is(";", ":", "that", "which", "who", "and", "but", "said", "says") {
				break
			}
		}
	}
	if j := d.afterTimePhrase(i, ce); j > i && j < ce && (d.cover[j] >= 0 || d.tok(j).Is("the")) {
		return j
	}
	if j := d.afterWeapons(i, ce); j > i {
		return j // "dispersed with water cannon a group of Lugo supporters": the object after the means
	}
	return i
}

// afterWeapons returns the token after a phrase of crowd weapons opened
// by "with" at i ("with tear gas and water cannon") when an object
// follows it, or i.
func (d *doc) afterWeapons(i, ce int) int {
	if i+2 >= ce || !d.tok(i).Is("with") {
		return i
	}
	j, armed := i+1, false
	for j < ce && j-i <= 6 && d.cover[j] < 0 && (d.tok(j).Is("tear", "water", "rubber", "live", "stun", "and") || slices.Contains(crowdWeapons, d.tok(j).Norm)) {
		armed = armed || slices.Contains(crowdWeapons, d.tok(j).Norm)
		j++
	}
	if !armed || j >= ce || !(d.cover[j] >= 0 || d.tok(j).Is("the", "a", "an", "hundreds", "thousands", "dozens") || d.tok(j).Kind == token.Number) {
		return i
	}
	return j
}

// timeNouns after "that" make a time phrase, not a clause: "later that
// day", "that evening".
var timeNouns = map[string]bool{"day": true, "morning": true, "afternoon": true, "evening": true, "night": true,
	"week": true, "weekend": true, "month": true, "year": true}

// thatTime reports whether the "that" at i opens a time phrase ("and
// later that day accused …"), no clause.
func (d *doc) thatTime(i int) bool {
	return d.tok(i).Is("that") && timeNouns[d.tok(i+1).Norm] && !d.possessiveAt(i+2) // (not "said that year's vote …")
}

// partOfMany reports whether the word at k counts some of a group named
// after "of": "one of", "several of", "two of", "most of".
func (d *doc) partOfMany(k int) bool {
	t := d.tok(k)
	return t.Is("one", "some", "several", "many", "few", "most", "all", "both", "each", "none") || countWords[t.Norm] > 0 ||
		t.Kind == token.Number
}

// purposeOfContact are the acts a call or meeting can be made for that
// are aimed at the one called when their own clause names no one: "called
// Lavrov to urge restraint", "phoned Zelensky to express support".
var purposeOfContact = map[parley.EventType]bool{parley.Request: true, parley.Accuse: true, parley.Threaten: true,
	parley.Support: true, parley.Reject: true}

// knownAsName returns the actors of the name a parenthesis between the
// commas at open and c gives what stands before it: ", known as the
// Houthis,", ", also known as M23,", ", which calls itself Hamas,".
func (d *doc) knownAsName(open, c int) []string {
	i := open + 1
	if d.tok(i).Is("also", "better", "widely", "locally", "commonly", "formally", "officially") {
		i++
	}
	switch {
	case d.tok(i).Is("known", "called", "named", "dubbed") && d.tok(i+1).Is("as"):
		i += 2
	case d.tok(i).Is("called", "named", "dubbed"):
		i++
	case d.tok(i).Is("which", "who") && d.tok(i+1).Is("calls", "call", "called") && d.tok(i+2).Is("itself", "themselves"):
		i += 3
	default:
		return nil
	}
	if d.tok(i).Is("the") {
		i++
	}
	if i >= c || d.cover[i] < 0 || d.mentionEnd(i) != c {
		return nil
	}
	m, ok := d.mentionAt(i)
	if !ok || m.Via == parley.ViaAdjective || m.Via == parley.ViaPronoun {
		return nil
	}
	return m.Actors
}

// repeatedOfSubjects returns the first side of a subject that repeats its
// preposition, the "of" at p standing after "and": "Delegations of the
// Houthis and of the government met", "Negotiators for Israel and for
// Hamas", with where the phrase starts; else nil.
func (d *doc) repeatedOfSubjects(p, cs int) ([]string, int) {
	if p-2 <= cs || !d.tok(p).Is("of", "for", "from") || !d.tok(p-1).Is("and") || d.cover[p-2] < 0 {
		return nil, 0
	}
	first, ok := d.mentionAt(p - 2)
	if !ok || d.mentionEnd(p-2) != p-1 {
		return nil, 0
	}
	q := d.mentionStart(p-2) - 1
	if q > cs && d.tok(q).Is("the") {
		q--
	}
	if q-1 < cs || !d.tok(q).Is(d.tok(p).Norm) || d.cover[q-1] >= 0 || !(headsOf[d.tok(q-1).Norm] || sideAgents(d.tok(q-1).Norm)) {
		return nil, 0
	}
	return first.Actors, q - 1
}

// titlesJoined reports whether the words from "from" up to the "of" at i
// are two titles joined by "and", as one holding both is named: "received
// Deputy Prime Minister and Foreign Minister of Viet Nam Bui Thanh Son".
func (d *doc) titlesJoined(from, i int) bool {
	and := false
	for p := from; p < i; p++ {
		switch {
		case d.tok(p).Is("and") && p > from && !and:
			and = true
		case !d.tok(p).Upper || d.cover[p] >= 0 || d.tok(p).Kind != token.Word:
			return false
		}
	}
	return and && i-from <= 9
}

// titleOfStateBeforeName reports whether the "of" at i joins a
// capitalised title to its state, with the holder's name right after:
// "Prime Minister of Armenia Nikol Pashinyan", "Minister of Foreign
// Affairs of Oman Badr Albusaidi" (a readout's way of naming people).
func (d *doc) titleOfStateBeforeName(i int) bool {
	if !d.titledOf(i) {
		p := i - 1
		for p > 0 && i-p <= 5 && d.cover[p] < 0 && (d.tok(p).Upper || d.tok(p).Is("and")) {
			p-- // the second "of" of "Minister of Foreign Affairs and Trade of Hungary"
		}
		if p == i-1 || !d.tok(p).Is("of") || !d.titledOf(p) {
			return false
		}
	}
	j := i + 1
	if j+1 < len(d.in.Tokens) && d.tok(j).Is("the") && d.cover[j+1] >= 0 {
		j++ // "Prime Minister of the United Kingdom Boris Johnson"
	}
	if j < len(d.in.Tokens) && d.cover[j] < 0 {
		// "Minister of Foreign Affairs of Oman …": past the portfolio
		for p := j; p < len(d.in.Tokens) && p-i <= 5 && d.cover[p] < 0; p++ {
			if d.tok(p).Is("of") {
				j = p + 1
				break
			}
			if !d.tok(p).Upper && !d.tok(p).Is("and") {
				return false
			}
		}
	}
	if j < len(d.in.Tokens) && d.tok(j).Is("the") {
		j++
	}
	if j >= len(d.in.Tokens) || d.cover[j] < 0 {
		return false
	}
	m := d.in.Mentions[d.cover[j]]
	if len(m.Actors) != 1 || !strings.HasPrefix(m.Actors[0], "state:") && !d.bodyOfState(m.Actors[0]) {
		return false // (a state's body too: "Chairman of the Sovereignty Council of Sudan Abdel Fattah al-Burhan")
	}
	e := d.mentionEnd(j)
	return d.personAt(e) || e+1 < len(d.in.Tokens) && d.cover[e] < 0 && d.tok(e).Upper && d.personAt(e+1) // ("… of Oman Sayyid Badr Albusaidi")
}

// portfolioBeforeName reports whether the "of" at i opens the portfolio
// of a title whose holder is named right after it: "South African
// Minister of International Relations Ronald Lamola", "Secretary of
// State Antony Blinken" — capitalised words only, then the person.
func (d *doc) portfolioBeforeName(i int) bool {
	if !d.titledOf(i) {
		return false
	}
	for j := i + 1; j < len(d.in.Tokens) && j <= i+6; j++ {
		if d.cover[j] >= 0 {
			return j > i+1 && d.personAt(j)
		}
		if !d.tok(j).Upper && !d.tok(j).Is("and") {
			return false
		}
	}
	return false
}

// bodyOfState reports whether id is an organisation of one state: a
// council, ministry or chamber whose head a readout names by its title.
func (d *doc) bodyOfState(id string) bool {
	a := d.actors[id]
	return a != nil && a.Kind == parley.Organization && a.Country != ""
}

// holderAfterTitle returns the token where the holder's name starts
// after a title whose "of" stands at i (see titleOfStateBeforeName).
func (d *doc) holderAfterTitle(i int) int {
	for j := i + 1; j < len(d.in.Tokens) && j <= i+12; j++ {
		if d.cover[j] >= 0 && !d.personAt(j) {
			j = d.mentionEnd(j) - 1
			continue
		}
		if d.personAt(j) {
			return j
		}
	}
	return i
}

// titledOf reports whether the "of" at i follows a capitalised title.
func (d *doc) titledOf(i int) bool {
	return i > 0 && d.tok(i-1).Upper && officeTitles[d.tok(i-1).Norm]
}

// officeTitles are the last words of the titles readouts put before
// "of <state>".
var officeTitles = map[string]bool{"minister": true, "president": true, "secretary": true, "chancellor": true,
	"premier": true, "king": true, "emir": true, "sultan": true, "speaker": true, "chairman": true, "affairs": true}

// apposedOfficeHolders returns the people named in apposition after
// "the <office holders> of <states>" whose mention spans [i, end): "the
// foreign ministers of both countries, Laura Sarabia and Gabriela
// Sommerfeld", where the holders, not their states, are meant.
func (d *doc) apposedOfficeHolders(i, end, ce int) []string {
	s := d.mentionStart(i)
	if s < 2 || !d.tok(s-1).Is("of") || !d.tok(s-2).Is("ministers", "leaders", "presidents", "envoys", "representatives", "chiefs", "heads", "negotiators") {
		return nil
	}
	if end+3 >= ce || !d.tok(end).Is(",") {
		return nil
	}
	var ids []string
	for j := end + 1; j < ce; j++ {
		if d.tok(j).Is("and", ",") {
			continue
		}
		if !d.personAt(j) {
			break
		}
		p, _ := d.mentionAt(j)
		ids = append(ids, p.Actors...)
		j = d.mentionEnd(j) - 1
	}
	if len(uniq(ids)) < 2 {
		return nil
	}
	return uniq(ids)
}

// personBeforeApposition returns the person named before the apposition
// that the comma at c closes ("Samira Daoud, Amnesty International's
// director for West and Central Africa, who …"), and where the name
// starts; "" when the words before c are no such apposition.
func (d *doc) personBeforeApposition(c, cs int) (string, int) {
	for o := c - 1; o > cs && c-o <= 14; o-- {
		t := d.tok(o)
		if t.Is(",") {
			if !d.personAt(o - 1) {
				return "", 0
			}
			m, _ := d.mentionAt(o - 1)
			if len(m.Actors) != 1 {
				return "", 0
			}
			return m.Actors[0], d.mentionStart(o - 1)
		}
		if t.Kind == token.Punct && !t.Is("'s", "’s", "-") || d.cover[o] < 0 && d.finiteVerbAt(o) {
			return "", 0
		}
	}
	return "", 0
}
