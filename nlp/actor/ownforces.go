package actor

import (
	"parley"
	"parley/kb"
)

// ownForces resolves the forces a possessive pronoun gives to the state
// or group a statement or the sentence before was about, when they act:
// "the Turkish Defence Ministry said its forces had struck PKK targets"
// (a body's: Turkey's armed forces; so "Erdogan said his forces …", a
// leader's), "Israel pounded Hezbollah
// positions. Its forces also shelled villages" (a state's: the state),
// "the Houthis said their fighters fired" (a group's: the group). It returns the next position, i when
// the words are none such or the owner is unclear.
func (d *doc) ownForces(i int) int {
	t := &d.toks[i]
	if !t.Is("its", "their", "his", "her") || i+2 >= len(d.toks) || !d.toks[i+1].Is("forces", "troops", "army", "military", "soldiers", "fighters", "navy") ||
		!d.actingVerb(i+2) {
		return i
	}
	owner := ""
	if m := d.mentionEndingAt(d.reporter(i)); m != nil && len(m.Actors) == 1 {
		owner = m.Actors[0] // "… said its forces had struck"
	} else if t.Is("its") && d.opensSentence(i) {
		owner = d.itAntecedent(i) // "Its forces also shelled …"
	}
	if owner == "" {
		return i
	}
	a := d.actors[d.index[owner]]
	if t.Is("his", "her") != (a.Kind == parley.Person) {
		return i // "his forces" are a person's, "its forces" a state's or body's
	}
	switch {
	case a.Kind == parley.Person && d.groupLedBy(owner) != nil:
		// "Debretsion said his forces had withdrawn": the fighters of
		// the armed group he leads, not his state's army
		d.mention(i, i+2, parley.ViaRole, d.addKnown(d.groupLedBy(owner)))
	case a.Kind == parley.Person && a.Country != "" && a.Role != "":
		// "Erdogan said his forces had struck PKK targets": the forces of
		// the state he leads or serves
		st := d.r.kb.State(a.Country)
		if st == nil {
			return i
		}
		d.mention(i, i+2, parley.ViaRole, d.addBody(st, forcesBody(d.toks[i+1].Is("navy"))))
	case a.Kind == parley.State:
		d.mention(i, i+2, parley.ViaRole, owner) // "Israel pounded … Its forces also shelled": the state acting
	case a.Kind == parley.Organization && a.Role == "government body":
		st := d.r.kb.State(a.Country)
		if st == nil {
			return i
		}
		d.mention(i, i+2, parley.ViaRole, d.addBody(st, forcesBody(d.toks[i+1].Is("navy"))))
	case a.Kind == parley.Organization:
		d.mention(i, i+2, parley.ViaRole, owner) // an armed group's own fighters
	default:
		return i
	}
	return i + 2
}

// groupLedBy returns the armed group person id holds their first role
// in on the story's day, or nil.
func (d *doc) groupLedBy(id string) *kb.Entity {
	e := d.r.kb.Get(id)
	if e == nil || d.on.IsZero() {
		return nil
	}
	roles := e.RoleOn(d.on)
	if len(roles) == 0 {
		return nil
	}
	if g := d.r.kb.Get(roles[0].Of); g != nil && g.OrgType == "armed_group" {
		return g
	}
	return nil
}

// forcesBody names the body a state's forces belong to.
func forcesBody(navy bool) string {
	if navy {
		return "Navy"
	}
	return "Armed Forces"
}

// ownMission resolves "its embassy" (or consulate, mission) to the state
// whose mission it is: the state the sentence or the one before is about,
// past the states named after a preposition — "Riyadh cut ties with
// Tehran after protesters stormed its embassy" is Riyadh's embassy, and a
// crowd stormed it. It returns the next position, i when the words are
// none such or no state stands out.
func (d *doc) ownMission(i int) int {
	if !d.toks[i].Is("its") || i+1 >= len(d.toks) || !d.toks[i+1].Is("embassy", "embassies", "consulate", "consulates", "mission") ||
		i == 0 || !d.toks[i-1].Is("stormed", "storm", "storming", "attacked", "attack", "attacking", "besieged", "torched", "ransacked", "surrounded", "outside", "on", "against") {
		return i // (only a mission set upon: "closing its embassy in Honiara" is the state's own act, placed)
	}
	if owner := d.subjectOverAfter(i); owner != "" {
		// "Belgium summoned Rwanda's ambassador after protesters attacked
		// its embassy": the subject's, whose envoy the other is not.
		d.mention(i, i+2, parley.ViaRole, owner)
		return i + 2
	}
	owner := d.latestBefore(i, func(rf ref) string {
		switch a := d.actors[d.index[rf.id]]; {
		case rf.kind == parley.State:
			return rf.id
		case rf.kind == parley.Organization && a.Role == "government body" && a.Country != "":
			if st := d.r.kb.State(a.Country); st != nil {
				return d.addKnown(st) // (a crowd or a party has no embassy)
			}
		}
		return ""
	})
	if owner == "" {
		return i
	}
	d.mention(i, i+2, parley.ViaRole, owner)
	return i + 2
}

// subjectOverAfter returns the state that is the subject of the sentence
// of token i when i stands in a clause opened after it by "after",
// "when" or "because", and the state named last before i is an envoy's
// ("summoned Rwanda's ambassador after …"); else "".
func (d *doc) subjectOverAfter(i int) string {
	subj := d.sentenceSubject(d.sentenceOf[i])
	if subj == "" || d.actors[d.index[subj]].Kind != parley.State {
		return ""
	}
	sub := false
	for j := i - 1; j >= 0 && d.sentenceOf[j] == d.sentenceOf[i]; j-- {
		if d.toks[j].Is("after", "when", "because", "following") {
			sub = true
		}
		if sub && d.toks[j].Is("ambassador", "envoy", "chargé", "charge", "diplomats", "diplomat") {
			return subj
		}
	}
	return ""
}
