package event

import (
	"slices"
	"strings"

	"parley"
	"parley/nlp/token"
)

// dateFromLeadStory dates what the story goes on to tell of its lead act
// by the lead's day: a news report opens with the act of the day
// ("Kenya on Monday recalled its ambassador to Somalia …") and tells the
// rest of that occasion in undated sentences ("Foreign Minister Omamo
// accused Somalia of violating diplomatic norms"). Only acts in the simple
// past by the lead's doer, while the story has not moved to another day
// since, and never an act told "later", "earlier" or "previously". Acts
// of partnership by others go on with the occasion too ("Brazil's
// minister met his guests", "US forces helped shoot down the drones",
// "Trump congratulated both sides"); others' hostile answers are
// reactions, on a day the story does not give.
func dateFromLeadStory(d *doc, evs []parley.Event) {
	lead, ok := d.storyLead(evs)
	if !ok {
		return
	}
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() {
			continue
		}
		si, ok := d.toldUndatedPast(e)
		if !ok || si <= lead.sentence || d.anotherTime(e) || d.presentSimple(e) && !d.stanceSaid(e) || !d.sameDoer(lead.doers, e) && !partnerActs[e.Type] {
			continue
		}
		if d.movedOn(lead.sentence, si, lead.day) || d.othersActedSince(lead, si, evs) {
			continue
		}
		e.Date = lead.day
	}
}

// leadOccasion is the story's lead: its sentence, its day and who acted.
type leadOccasion struct {
	sentence  int
	day       parley.Date
	doers     []string
	addressed []string // the target of the lead's act, when it was coded
}

// storyLead returns the lead of the story, when it happened on a day of
// the week before the paper came out: the act of the story's opening
// sentence told with its day ("Kenya recalled its ambassador on Monday
// after Mogadishu expelled a Kenyan diplomat") — the doer, or both sides
// of a meeting — or, when no act was coded there, the opening sentence's
// day and its subject ("Pakistan on Thursday expelled Afghanistan's
// deputy ambassador …").
func (d *doc) storyLead(evs []parley.Event) (leadOccasion, bool) {
	first := d.firstBodySentence()
	for si := 0; si <= first+1 && si < len(d.in.Sentences); si++ {
		if lead, told := d.leadActIn(evs, si); told {
			return lead, !lead.day.IsZero()
		}
		if si != first {
			continue
		}
		day := d.dayOfSentence(first)
		if subj := d.sentenceSubject(first); !day.IsZero() && d.recent(day) && subj != "" {
			return leadOccasion{sentence: first, day: day, doers: []string{subj}}, true
		}
	}
	return leadOccasion{}, false
}

// leadActIn returns the first act of sentence si told with a day of the
// week before the paper came out, and whether si tells any act.
func (d *doc) leadActIn(evs []parley.Event, si int) (leadOccasion, bool) {
	told := false
	for i := range evs {
		e := &evs[i]
		if d.sentenceIndex(e.Evidence.Span.Start) != si {
			continue
		}
		told = true
		if e.Status == parley.Occurred && e.Date.Precision() == parley.PrecisionDay && d.recent(e.Date) {
			doers := []string{e.Source.ID}
			if e.Type == parley.Consult || strings.Contains(e.Rule, ":symmetric") {
				doers = append(doers, e.Target.ID) // both sides of a meeting, or of a pact both signed
			}
			return leadOccasion{sentence: si, day: e.Date, doers: doers, addressed: []string{e.Target.ID}}, true
		}
	}
	return leadOccasion{}, told
}

// sentenceSubject returns the actor that opens sentence si, past a
// dateline ("ISLAMABAD, May 9 (Reuters) - Pakistan on Thursday …"), when
// a verb follows it within a few words; else "".
func (d *doc) sentenceSubject(si int) string {
	a, b := d.tokensOf(d.in.Sentences[si])
	if d.tok(a).Is("at", "in", "on", "after", "following", "during", "meanwhile") {
		// ("At Turkey's request, NATO allies held …": the subject follows
		// the fronted phrase.)
		for c := a + 1; c < b && c < a+10; c++ {
			if d.tok(c).Is(",") {
				a = c + 1
				break
			}
		}
	}
	for k := a; k < b && k < a+14; k++ {
		m, ok := d.mentionAt(k)
		if !ok || len(m.Actors) != 1 || m.Via == parley.ViaPronoun || k > a && d.tok(k-1).Is("(") {
			continue // (nor the agency of a dateline, "(Reuters)")
		}
		if k > a && !d.tok(k-1).Is("-", "—", "–", ")", ":", "the", "The") && d.tok(k-1).Kind == token.Word {
			return "" // an actor after a preposition or inside a phrase is no subject
		}
		if end := d.mentionEnd(k); end < b && d.possessiveAt(end) || !d.actVerbAfter(end, b) {
			return "" // (nor a possessor, "Kenya's trade minister announced"; nor a saying, "Trump said on Saturday …")
		}
		return m.Actors[0]
	}
	return ""
}

// firstBodySentence returns the index of the story's first sentence past
// its headline and dateline: the first sentence of the second paragraph
// when the first is short.
func (d *doc) firstBodySentence() int {
	for si, s := range d.in.Sentences {
		if s.End-s.Start > 80 {
			return si
		}
	}
	return 0
}

// sameDoer reports whether e's source is one of doers, or acts for the
// same state or body in office: the same occasion goes on ("Foreign
// Minister Omamo accused Somalia …" after Kenya's recall). Others'
// reactions are told on no day of their own ("Somalia's government
// condemned the decision"), and stay undated.
func (d *doc) sameDoer(doers []string, e *parley.Event) bool {
	for _, id := range doers {
		if e.Source.ID == id || d.inOffice(e.Source.ID) && (d.sameSide([]string{e.Source.ID}, id) || d.sameSide([]string{id}, e.Source.ID)) {
			return true // (the state's minister, the minister's state; not "former president Duque")
		}
	}
	return false
}

// actVerbAfter reports whether the verb that follows a subject ending
// before token k, past the rest of its noun ("EU foreign ministers") and a
// date ("on Thursday"), is a verb in the past that is no saying:
// "Pakistan on Thursday expelled …".
func (d *doc) actVerbAfter(k, b int) bool {
	for n := 0; k < b && n < 3 && d.tok(k).Kind == token.Word && !d.tok(k).Upper && !d.finiteVerbAt(k) && !pastForms[d.tok(k).Norm] && !d.verbTrigger[k] && !d.inDate(k) && !d.tok(k).Is("on", "late", "early"); n++ {
		k++ // ("EU foreign ministers met": the rest of the subject's noun)
	}
	for ; k < b && (d.inDate(k) || d.tok(k).Is("on", "late", "early", "also", "formally", "officially")); k++ {
	}
	if k < b && d.tok(k).Is(",") {
		k = d.asideClosedBeforeVerb(k, b) // "the Security Council, in a statement read out by its President, deeply regretted …"
	}
	if k >= b || d.sayVerbAt(k) || d.tok(k).Upper || d.tok(k).Is("announced", "unveiled", "confirmed", "reported", "published", "testified") {
		return false
	}
	w := d.tok(k).Norm
	return d.finiteVerbAt(k) || pastForms[w] || d.verbTrigger[k] && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") // ("shut")
}

// asideClosedBeforeVerb returns the token after the comma that closes
// an aside opened by the comma at k, when a verb in the past follows that
// comma; else k.
func (d *doc) asideClosedBeforeVerb(k, b int) int {
	for j := k + 1; j+1 < b && j <= k+25; j++ {
		if d.tok(j).Is(";", "\"", "“", "”") {
			return k
		}
		if !d.tok(j).Is(",") {
			continue
		}
		v := j + 1
		if v+1 < b && d.tok(v).Is("deeply", "strongly", "firmly", "also", "formally", "swiftly") {
			v++
		}
		if pastForms[d.tok(v).Norm] || d.finiteVerbAt(v) {
			return v
		}
	}
	return k
}

// othersActedSince reports whether the story told an act of someone
// off the lead's side between the lead and sentence si: "Iraq's
// parliament voted to expel US troops. Trump responded by threatening
// Iraq" answers what came since, on a day not told.
func (d *doc) othersActedSince(lead leadOccasion, si int, evs []parley.Event) bool {
	for i := range evs {
		m := &evs[i]
		if mi := d.sentenceIndex(m.Evidence.Span.Start); mi > lead.sentence && mi < si && !m.Source.IsZero() && !d.sameDoer(lead.doers, m) {
			return true
		}
	}
	return false
}

// movedOn reports whether a sentence after the lead's and before
// sentence si tells of a day other than day.
func (d *doc) movedOn(li, si int, day parley.Date) bool {
	for k := li + 1; k < si; k++ {
		if !d.datedSentence(k) {
			continue
		}
		if x, rel := d.date(d.in.Sentences[k], -1); !x.IsZero() && rel != parley.TimeFuture && (!x.Agrees(day) || d.earlierIn(k)) {
			return true
		}
	}
	return false
}

// earlierIn reports whether sentence si opens on a time before the
// story's own in the period holding it: "Earlier this month, …",
// "Previously this week, …" (a month that holds the lead's day, yet
// another time).
func (d *doc) earlierIn(si int) bool {
	sent := d.in.Sentences[si]
	for _, x := range d.in.Dates {
		if !sent.Contains(x.Span) {
			continue
		}
		t := strings.ToLower(x.Text)
		if strings.HasPrefix(t, "earlier") || strings.HasPrefix(t, "previously") {
			return true
		}
		if i := d.tokenAt(x.Span.Start); i > 0 && d.tok(i-1).Is("earlier", "previously") {
			return true
		}
	}
	return false
}

// movedOnInParagraph reports whether the paragraph of span to, before
// it and after span from, told a time other than day: "Kishida hosted
// Yoon on Thursday. … Relations collapsed in 2018 … Seoul responded by
// filing a complaint" (the complaint is of that other time). A paragraph
// of its own after a sentence on another day ("The Minister recalled the
// call of yesterday. … The Minister and the Secretary agreed …") goes
// back to the occasion.
func (d *doc) movedOnInParagraph(from, to parley.Span, day parley.Date) bool {
	li, si := d.sentenceIndex(from.Start), d.sentenceIndex(to.Start)
	a, b := d.tokensOf(d.in.Sentences[si])
	for i := a + 1; i < b; i++ {
		if occasionNouns[d.tok(i).Norm] != nil && (d.tok(i-1).Is("the", "that", "this") || d.cover[i-1] >= 0) {
			return false // "The Kremlin's account of the Biden call said …": back at the occasion
		}
	}
	for k := si - 1; k > li; k-- {
		if !d.sameParagraph(d.in.Sentences[k], to) {
			break
		}
		if d.movedOn(k-1, k+1, day) {
			return true
		}
	}
	return false
}

// presentSimple reports whether e's trigger is a verb in the present
// ("Russia keeps troops near the border"): a state of things, on no day.
func (d *doc) presentSimple(e *parley.Event) bool {
	k := d.tokenAt(e.Trigger.Start)
	t := d.tok(k)
	return strings.HasPrefix(e.Rule, "verb:") && !d.finiteVerbAt(k) && !pastForms[t.Norm] && strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss")
}

// inOffice reports whether actor id acts for a state on the day: the
// state, a body of its government, or a person with a role of the day
// that is no former one nor the opposition's ("Chief Cabinet Secretary of
// Japan", not a former president).
func (d *doc) inOffice(id string) bool {
	if d.authority(id) {
		return true
	}
	a := d.actors[id]
	if a == nil || a.Kind != parley.Person || a.Country == "" || a.Role == "" {
		return false
	}
	role := strings.ToLower(a.Role)
	return !strings.Contains(role, "former") && !strings.Contains(role, "opposition") && !strings.Contains(role, "candidate")
}

// dateFromSubjectBefore dates an undated act in the simple past by the
// day of the nearest sentence before it that names one, past a few
// undated ones, when that one tells, with its day, an act of the same
// side that no event records: "NATO allies held consultations in
// Brussels on 28 February. Stoltenberg expressed the Alliance's full
// solidarity with Turkey" — the same occasion, told on. Past a paragraph
// break only the same actor goes on ("Sall broke his silence in an
// address last night. … ¶ Sall also praised the security forces"); what
// others say was done is their claim, not the story's next step.
func dateFromSubjectBefore(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() {
			continue
		}
		si, ok := d.toldUndatedPast(e)
		if !ok || si == 0 || d.anotherTime(e) || d.presentSimple(e) || d.toldAsClaimed(e) {
			continue
		}
		k := si - 1
		for k > 0 && si-k <= undatedRun && !d.datedSentence(k) {
			k--
		}
		day := d.clauseDay(k)
		subj := d.sentenceSubject(k)
		if !d.sameParagraph(d.in.Sentences[k], e.Evidence.Span) && subj != e.Source.ID {
			continue
		}
		if !day.IsZero() && subj != "" && !d.in.Published.Before(day) && d.sameDoer([]string{subj}, e) {
			e.Date = day
		}
	}
}

// undatedRun is how many undated sentences dateFromSubjectBefore looks
// past for the day the story last named.
const undatedRun = 5

// toldAsClaimed reports whether e is told under a saying in the present
// ("Human rights groups say soldiers shot dozens of protesters"): what
// someone holds now, not the story's next step.
func (d *doc) toldAsClaimed(e *parley.Event) bool {
	return d.beforeTrigger(e, func(j int) bool {
		return d.cover[j] < 0 && d.tok(j).Is("say", "says", "claim", "claims", "allege", "alleges")
	})
}

// clauseDay returns the day sentence si tells of when a date of its own
// gives it — not one that only qualifies a noun ("testified about Trump's
// July 25 call") — and it is not to come; else the zero date.
func (d *doc) clauseDay(si int) parley.Date {
	day := d.dayOfSentence(si)
	if day.IsZero() {
		return day
	}
	_, b := d.tokensOf(d.in.Sentences[si])
	for _, x := range d.in.Dates {
		if !d.in.Sentences[si].Contains(x.Span) || x.Value != day || d.possessiveDate(x) {
			continue
		}
		if e := d.tokenAt(x.Span.End); e < b && d.tok(e).Kind == token.Word && !d.tok(e).Upper && !d.finiteVerbAt(e) && !pastForms[d.tok(e).Norm] &&
			!d.tok(e).Is("at", "in", "on", "to", "for", "with", "after", "before", "and", "but", "as", "when", "while", "by", "from", "during", "that", "night", "morning", "evening", "afternoon") {
			continue // ("the July 25 call": the call's day)
		}
		return day
	}
	return parley.Date{}
}

// partnerActs are the kinds of act another party does as part of the
// lead's occasion rather than in answer to it.
var partnerActs = map[parley.EventType]bool{parley.Support: true, parley.Aid: true, parley.Agree: true, parley.Consult: true, parley.Cooperate: true}

// dateFromExchange dates an act told as the other half of an exchange —
// "Hamas freed four hostages on Saturday. In return, Israel released 200
// prisoners", "…, when Turkey dropped its veto. In exchange, Sweden
// agreed to …" — by the past day of the sentence right before it: one
// give-and-take, one day. ("In response" is a reaction, on a day of its
// own.)
func dateFromExchange(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || d.vague[e.Trigger] || d.presentSimple(e) {
			continue
		}
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if si == 0 || d.datedSentence(si) || !d.exchangeBefore(d.tokenAt(e.Trigger.Start)) {
			continue
		}
		if day := d.dayOfSentence(si - 1); !day.IsZero() && !d.in.Published.Before(day) {
			e.Date = day
		}
	}
}

// exchangeBefore reports whether "in return", "in exchange" or "in turn",
// opening the sentence or set off by commas, stands before trigger k.
func (d *doc) exchangeBefore(k int) bool {
	a, _ := d.tokensOf(d.sentenceAround(k))
	for j := a; j+2 < k; j++ {
		if !d.tok(j).Is("in") || !d.tok(j+1).Is("return", "exchange", "turn") || !d.tok(j+2).Is(",") {
			continue
		}
		if j == a || d.tok(j-1).Is(",") {
			return true
		}
	}
	return false
}

// dateFromMeetingRecord dates what delegates say in the record of a
// council's or an assembly's meeting by the day of the decision the record
// opens with: "The Security Council on Wednesday imposed an arms embargo
// on Eritrea … The representative of the United States called on Eritrea
// to end its support …" — the delegates spoke at that meeting. Only on a
// page that names its delegates so (two sentences or more), only words —
// accusations, demands, support, refusals, threats — said in the simple
// past, undated, by a state or a person, and never an act told as earlier
// ("had urged") or at another time.
func dateFromMeetingRecord(d *doc, evs []parley.Event) {
	lead, ok := d.storyLead(evs)
	if !ok {
		// "… Guterres told the Security Council today, as members held
		// their first open meeting": a lead with no act of its own coded,
		// whose day is the meeting's.
		first := d.firstBodySentence()
		if day := d.dayOfSentence(first); !day.IsZero() && d.recent(day) {
			lead, ok = leadOccasion{sentence: first, day: day}, true
		}
	}
	if !ok || lead.day.Precision() != parley.PrecisionDay || !d.councilLead(lead) || d.delegateSentences() < 2 {
		return
	}
	day := d.sittingDay(lead)
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || !meetingWords[e.Type] {
			continue
		}
		si, ok := d.toldUndatedPast(e)
		if !ok || si <= lead.sentence || d.anotherTime(e) || d.presentSimple(e) {
			continue
		}
		if a := d.actors[e.Source.ID]; a == nil || a.Kind == parley.Organization {
			continue // (a body's own act is no delegate's word)
		}
		k := d.tokenAt(e.Trigger.Start)
		if d.wordIn(max(0, k-4), k, "had") {
			continue
		}
		e.Date = day
	}
}

// sittingDay returns the day the record gives its meeting itself — "the
// Council opened an emergency meeting on Monday afternoon", "at its
// session on 12 June" — when that is not the day of the decision it leads
// with (a statement read out in the early hours after the debate); else
// the lead's day.
func (d *doc) sittingDay(lead leadOccasion) parley.Date {
	for _, x := range d.in.Dates {
		if x.Value.Precision() != parley.PrecisionDay || !x.Value.Before(lead.day) || x.Value.AddDays(2).Before(lead.day) {
			continue
		}
		k := d.tokenAt(x.Span.Start)
		if k >= 2 && d.tok(k-1).Is("on") {
			k--
		}
		if k >= 1 && d.tok(k-1).Is("meeting", "session", "debate", "sitting") {
			return x.Value
		}
	}
	return lead.day
}

// meetingWords are the acts of speech a delegate performs at a meeting.
var meetingWords = map[parley.EventType]bool{parley.Accuse: true, parley.Request: true, parley.Support: true, parley.Reject: true, parley.Threaten: true}

// delegateOfState reports whether a person's name ending before e is
// followed by the state they speak for, as a meeting's record writes its
// delegates: "ALEJANDRO WOLFF (United States)", "Vassily Nebenzia of the
// Russian Federation".
func (d *doc) delegateOfState(e, b int) bool {
	i := e
	switch {
	case i+2 < b && d.tok(i).Is("("):
		i++
	case i+2 < b && d.tok(i).Is("of"):
		i++
		if d.tok(i).Is("the") {
			i++
		}
	default:
		return false
	}
	if i >= b || d.cover[i] < 0 {
		return false
	}
	m := d.in.Mentions[d.cover[i]]
	return len(m.Actors) == 1 && strings.HasPrefix(m.Actors[0], "state:")
}

// councilLead reports whether the lead's doer, or the one it addressed,
// is a council or an assembly of states ("Guterres told the Security
// Council today").
func (d *doc) councilLead(lead leadOccasion) bool {
	council := func(id string) bool {
		a := d.actors[id]
		return a != nil && a.Kind == parley.Organization && (strings.Contains(a.Name, "Council") || strings.Contains(a.Name, "Assembly")) && a.Country == ""
	}
	for _, id := range append(slices.Clone(lead.doers), lead.addressed...) {
		if council(id) {
			return true
		}
	}
	// "… Guterres told the Security Council today, as members held their
	// first open meeting on Myanmar": the council the lead's meeting is of.
	if lead.sentence < 0 || lead.sentence >= len(d.in.Sentences) {
		return false
	}
	a, b := d.tokensOf(d.in.Sentences[lead.sentence])
	meeting := false
	for k := a; k < b; k++ {
		meeting = meeting || d.tok(k).Is("meeting", "session", "debate", "sitting")
	}
	for k := a; k < b && meeting; k++ {
		if m, ok := d.mentionAt(k); ok && d.mentionStart(k) == k && len(m.Actors) == 1 && council(m.Actors[0]) {
			return true
		}
	}
	return false
}

// delegateSentences counts the sentences that name a delegate as a
// meeting's record does: "the representative of Eritrea", "China's
// representative", "the delegate of France".
func (d *doc) delegateSentences() int {
	n := 0
	for _, sent := range d.in.Sentences {
		a, b := d.tokensOf(sent)
		for k := a; k+1 < b; k++ {
			if d.tok(k).Is("representative", "delegate", "delegation") && (d.tok(k+1).Is("of") || k > a && d.tok(k-1).Is("'s", "’s")) ||
				d.personAt(k) && d.delegateOfState(d.mentionEnd(k), b) {
				n++
				break
			}
		}
	}
	return n
}

// dateFromTodaysMeeting dates what those at a meeting the story opens
// with said or did there, when the meeting was held on the paper's day: a
// readout of "today's" summit ("President Iohannis today hosted the
// Summit … The leaders reaffirmed their support for Ukraine … President
// Biden reaffirmed the commitment of the United States") tells one
// occasion from end to end. Only words and pledges told in the simple
// past with no day of their own, by one who met there or a body they
// formed, while the story has not moved to another day.
func dateFromTodaysMeeting(d *doc, evs []parley.Event) {
	pub := d.in.Published
	if pub.IsZero() {
		return
	}
	first := d.firstBodySentence()
	lead := -1
	for i := range evs {
		e := &evs[i]
		if si := d.sentenceIndex(e.Evidence.Span.Start); e.Type == parley.Consult && e.Status == parley.Occurred && e.Date == pub && si <= first+2 {
			lead = si
			break
		}
	}
	if lead < 0 {
		return
	}
	met := map[string]bool{}
	for i := range evs {
		if e := &evs[i]; e.Type == parley.Consult && e.Date == pub {
			met[e.Source.ID], met[e.Target.ID] = true, true
		}
	}
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || !saidAtMeeting[e.Type] {
			continue
		}
		si, ok := d.toldUndatedPast(e)
		if !ok || si <= lead || d.anotherTime(e) || d.presentSimple(e) || d.movedOn(lead, si, pub) {
			continue
		}
		if !met[e.Source.ID] && !(d.isOrg(e.Source.ID) && d.countryOf(e.Source.ID) == "") {
			continue
		}
		e.Date = pub
	}
}

// saidAtMeeting are the acts a meeting's readout tells its members doing
// there.
var saidAtMeeting = map[parley.EventType]bool{parley.Support: true, parley.Request: true, parley.Accuse: true,
	parley.Agree: true, parley.Reject: true, parley.Threaten: true}
