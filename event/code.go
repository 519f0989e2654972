// Package event codes the political events an article states, in the
// PLOVER ontology: who did what to whom, when, where and how, with the
// sentence that says so.
//
// The coder is a set of transparent rules, so that every event can be
// explained and every wrong code traced to the rule that made it: a
// lexicon of trigger words (verbs such as "met", "urged", "imposed … on",
// nouns such as "talks", "summit", "phone call"), each with its PLOVER type,
// mode and CAMEO code and the frame that places its actors; argument
// finding over the actor mentions of the clause (subject to the left,
// object or prepositional object to the right, passives, coordination,
// groups such as "the two leaders"); and the clause's modality for the
// status (planned, hypothetical, negated), the governing time expression
// for the date, place mentions for the location and cue words for the
// medium.
package event

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"parley"
	"parley/nlp/token"
)

// PlaceMention is a place the actor stage found in the text.
type PlaceMention struct {
	Span    parley.Span
	Name    string
	Country string
	Capital bool // the state's capital
}

// Input is what the coder reads: the text and the annotations of the
// earlier stages.
type Input struct {
	// Title is the article's headline, which the text does not hold: a
	// readout's "Call with Prime Minister Netanyahu" says how the
	// leaders spoke.
	Title      string
	Text       string
	Tokens     []token.Token
	Sentences  []parley.Span
	Paragraphs []parley.Span
	Mentions   []parley.Mention
	Actors     []parley.Actor
	Places     []PlaceMention
	Quotes     []parley.Quote
	Dates      []parley.TimeExpr
	// Governing returns the index in Dates of the expression that governs
	// the clause span, or -1; nil means no dates.
	Governing func(clause parley.Span) int
	Published parley.Date
}

// Coder codes events. It holds the compiled lexicon; build it once with New.
// It is safe for concurrent use.
type Coder struct {
	forms map[string][]formSense
}

// formSense is one sense of a word form, remembering whether the form is
// a noun, so verb-only and noun-only readings can be told apart.
type formSense struct {
	sense
	verbForm bool
}

// New compiles the trigger lexicon.
func New() *Coder {
	c := &Coder{forms: map[string][]formSense{}}
	for _, v := range verbs {
		for _, f := range verbForms(v.lemma) {
			for _, sn := range v.senses {
				c.forms[f] = append(c.forms[f], formSense{sense: sn, verbForm: true})
			}
		}
	}
	for _, a := range adverbs {
		for _, f := range splitFields(a.forms) {
			for _, sn := range a.senses {
				c.forms[f] = append(c.forms[f], formSense{sense: sn, verbForm: true})
			}
		}
	}
	for _, n := range nouns {
		for _, f := range splitFields(n.forms) {
			for _, sn := range n.senses {
				c.forms[f] = append(c.forms[f], formSense{sense: sn})
			}
		}
	}
	return c
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// Code returns the events the article states, in text order, with one
// event per distinct happening of the article.
func (c *Coder) Code(in Input) []parley.Event {
	d := newDoc(in)
	d.verbTrigger = make([]bool, len(in.Tokens))
	for k := range in.Tokens {
		for _, fs := range c.forms[in.Tokens[k].Norm] {
			d.verbTrigger[k] = d.verbTrigger[k] || fs.verbForm
		}
	}
	var out []parley.Event
	for si, sent := range in.Sentences {
		evs := c.sentence(d, si, sent)
		evs = append(evs, d.followedSuit(sent, out, evs)...)
		evs = append(evs, d.talksReferredTo(sent, out, evs)...)
		evs = append(evs, d.objectionsOverridden(sent, evs)...)
		evs = append(evs, d.answersInKind(sent)...)
		evs = append(evs, d.votesCast(sent)...)
		out = append(out, evs...)
	}
	if debug { // PARLEY_DEBUG_EVENTS: the events as built, before merging and dating
		for _, e := range out {
			fmt.Fprintf(os.Stderr, "built %s %s->%s %s %s %s\n", e.Type, e.Source.ID, e.Target.ID, e.Date, e.Status, e.Medium)
		}
	}
	out = crowdReactions(d, out)
	out = haltedMeetings(out)
	blocForcesAsHelp(d, out)
	out = resolveDuringReferences(d, out)
	out = resolveVisits(d, out)
	visitsToTheUN(d, out)
	out = acceptedVisits(d, out)
	out = talksOfAccord(d, out)
	dateFromSameDayAs(d, out)
	out = merge(out, d.vague)
	out = dropDeniedRepeats(out)
	dateFromSectionHeading(d, out)
	dateFromSameOccasion(d, out)
	dateFromOccasion(d, out)
	dateFromOccasionJustTold(d, out)
	dateFromOccasionMentioned(d, out)
	dateFromOccasionRestated(d, out)
	dateFromPerformative(d, out) // (before the neighbours lend "The Council condemns …" the day of a deed told before; the date passes after it only set days, so it need not run again)
	dateFromNeighbours(d, out)
	dateByOrdinalDay(d, out)
	dateFromLeadStory(d, out)
	dateFromMeetingRecord(d, out)
	dateFromSubjectBefore(d, out)
	dateFromExchange(d, out)
	dateFromLiveEntry(d, out)
	dateFromTranscriptTurn(d, out)
	dateOngoingVisits(d, out, in.Published)
	dateFromTodaysMeeting(d, out)
	// Twice: an act dated by a later pass lends its day to those told
	// around it ("He urged …", dated by its pronoun's subject, then "Sall
	// also praised …").
	dateFromNeighbours(d, out)
	undatePastPlans(out, in.Published)
	planFutureActs(out, in.Published)
	callFromTitle(d, out)
	out = mergeMeetings(out) // ("The two leaders discussed …" now has the day of the talks it belongs to)
	out = foldVisits(d, out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Span.Start < out[j].Evidence.Span.Start })
	return factual(d, out)
}

// dateFromNeighbours dates undated acts by the acts and statements told
// around them: the speaker's words before, "also" and "then", "came
// after", hours and days counted from another act, the pronoun's or the
// group's subject, the meeting or protest of the day, the sentence before.
func dateFromNeighbours(d *doc, out []parley.Event) {
	dateFromSpeakerBefore(d, out)
	dateFromAlso(d, out)
	dateFromThen(d, out)
	dateFromEarlierThatDay(d, out)
	dateFromCameAfter(d, out)
	dateFromHoursOf(d, out)
	dateFromDayAfterNamed(d, out)
	dateFromFirstHoursOf(d, out)
	dateFromHearing(d, out)
	dateFromPronounSubject(d, out)
	dateFromCoordinatedVerb(d, out)
	dateFromMeetingDay(d, out)
	dateFromGroupSubject(d, out)
	dateFromProtest(d, out)
	dateFromLeadMeeting(d, out)
	dateFromSentenceBefore(d, out)
	dateFromDayBefore(d, out)
	dateFromSequenceCue(d, out)
}

// dropDeniedRepeats drops a use of force told as not done when the
// article states it done elsewhere: "Lavrov repeated Moscow's position
// that Russia had not attacked Ukraine" is a denial of the invasion it
// reports, not another act.
func dropDeniedRepeats(evs []parley.Event) []parley.Event {
	n := 0
	for _, e := range evs {
		if !deniedRepeat(e, evs) {
			evs[n] = e
			n++
		}
	}
	return evs[:n]
}

func deniedRepeat(e parley.Event, evs []parley.Event) bool {
	if e.Status != parley.Negated || e.Type != parley.Assault && e.Type != parley.Coerce {
		return false // (words and measures refused are acts of their own: "the court did not order Israel to halt …")
	}
	for _, o := range evs {
		if o.Status == parley.Occurred && o.Type == e.Type && sameActors(o, e) && o.Evidence.Span != e.Evidence.Span {
			return true
		}
	}
	return false
}

// dateOngoingVisits dates a visit told as going on when the paper came out
// by the paper's day: "Duda, who is on a visit to Romania", "the
// visiting president, who is visiting Japan": the visit was under way
// that day, whatever day it began.
func dateOngoingVisits(d *doc, evs []parley.Event, published parley.Date) {
	if published.IsZero() {
		return
	}
	for i := range evs {
		e := &evs[i]
		if e.Type != parley.Consult || e.Status != parley.Occurred || !e.Date.IsZero() {
			continue
		}
		k := d.tokenAt(e.Trigger.Start)
		a := k - 1 // the article before "visit", past one word: "is on an official visit"
		if !d.tok(a).Is("a", "an") {
			a--
		}
		onVisit := d.tok(k).Is("visit") && d.tok(a).Is("a", "an") && d.tok(a-1).Is("on") && d.tok(a-2).Is("is", "are")
		if onVisit || d.tok(k).Is("visiting") && d.tok(k-1).Is("is", "are") {
			e.Date = published
		}
	}
}

// undatePastPlans clears the date of a meeting or a signing still to come
// that the passes gave a day before the paper came out: "said on Tuesday
// that he expected a second conversation with Putin soon", "At the summit
// on Wednesday, Macron said officials would hold talks with Algeria next
// week", "left on Tuesday for Nairobi, where he is due to sign an
// agreement" — the day is another act's, and the plan's own is not told. (A
// measure announced — "said on Friday it would expel ten diplomats" — is
// dated by its announcement.)
func undatePastPlans(evs []parley.Event, published parley.Date) {
	if published.IsZero() {
		return
	}
	for i := range evs {
		if (evs[i].Type == parley.Consult || evs[i].Type == parley.Agree) && evs[i].Status == parley.Planned && evs[i].Date.Precision() == parley.PrecisionDay && evs[i].Date.Before(published) {
			evs[i].Date = parley.Date{}
		}
	}
}

// planFutureActs marks as planned an act told as done whose day comes
// after the paper's: "will host Zelensky on Sunday, a day after Zelensky
// meets Trump" in a Wednesday's paper — what has not happened yet is
// still to come, whatever the tense of the clause.
func planFutureActs(evs []parley.Event, published parley.Date) {
	if published.IsZero() {
		return
	}
	for i := range evs {
		if evs[i].Status == parley.Occurred && !evs[i].Date.IsZero() && published.Before(evs[i].Date) {
			evs[i].Status = parley.Planned
		}
	}
}

// followedSuit codes "…, and Britain, Canada and Australia followed" and
// "Japan followed suit": the states named did what the act told just
// before did, to the same target, on the day their own clause gives
// ("followed suit within hours", "did the same on Tuesday") or none.
func (d *doc) followedSuit(sent parley.Span, before, here []parley.Event) []parley.Event {
	a, b := d.tokensOf(sent)
	var out []parley.Event
	for k := a + 1; k < b; k++ {
		same := d.sameDoneAt(k, b)
		if !d.tok(k).Is("followed", "follow", "follows") && !same || d.cover[k-1] < 0 {
			continue
		}
		if ms := d.mentionStart(k - 1); ms > a && d.tok(ms-1).Is("with", "by", "of", "from", "for", "to", "on", "in", "at", "against") {
			continue // "Talks with China followed": the talks did, not China
		}
		if k+1 < b && !same && !d.tok(k+1).Is("suit", ".", ";", ",") {
			continue // "followed the talks closely", "followed by …"
		}
		var ref *parley.Event
		for _, list := range [][]parley.Event{before, here} {
			for i := range list {
				e := &list[i]
				if e.Trigger.Start < d.tok(k).Start && e.Status == parley.Occurred && !e.Target.IsZero() && e.Type != parley.Consult &&
					d.sentenceIndex(d.tok(k).Start)-d.sentenceIndex(e.Trigger.Start) <= 1 && (ref == nil || e.Trigger.Start > ref.Trigger.Start) {
					ref = e
				}
			}
		}
		if ref == nil {
			continue
		}
		subj, _ := d.subjectsOf(k, d.clauseStart(k, a), false)
		for _, s := range uniq(subj) {
			if s == ref.Source.ID || s == ref.Target.ID || !strings.HasPrefix(s, "state:") && !d.isOrg(s) {
				continue
			}
			ev := *ref
			ev.Source, ev.Target = d.ref(s), ref.Target
			ev.Participants = []parley.ActorRef{ev.Source, ev.Target}
			ev.Date, _ = d.date(d.spanOf(k, d.clauseEnd(k, b)), k) // "Latvia did the same on Tuesday"
			ev.Evidence = parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]}
			ev.Trigger = d.spanOf(k, k+1)
			ev.Rule = "verb:followed"
			ev.Confidence = min(ref.Confidence, 0.5)
			out = append(out, ev)
		}
	}
	return out
}

// sameDoneAt reports whether "did the same" or "did likewise" stands at k:
// "Brazil recalled its ambassador, and Chile did the same".
func (d *doc) sameDoneAt(k, b int) bool {
	if !d.tok(k).Is("did") || k+1 >= b {
		return false
	}
	return d.tok(k+1).Is("likewise") || k+2 < b && d.tok(k+1).Is("the") && d.tok(k+2).Is("same")
}

// factual drops the acts the text only imagines — "whether the two could
// agree", "a further invasion would meet …" — which no event record
// keeps: they are commentary and conjecture, not what states did or have
// set out to do. They were coded all the same, because a conditional
// penalty is a threat made now and a doubt bounds what else a sentence
// says.
func factual(d *doc, evs []parley.Event) []parley.Event {
	n := 0
	for _, e := range evs {
		// Analysts act for no state, and a state's words are not aimed at
		// them: "Scissors, who consults with officials, said whether Trump
		// will agree …". (A state may still act on one: an arrest.)
		// No one acts on themselves: "Albright hosted the three
		// ministers", the group read with her in it, is no meeting of
		// hers with herself.
		self := !e.Source.IsZero() && e.Source.ID == e.Target.ID
		if (e.Status != parley.Hypothetical || d.modalAct(e)) && !self && !d.commentator(e.Source.ID) && !(verbalTypes[e.Type] && d.commentator(e.Target.ID)) &&
			!ownSupporters(e.Source, e.Target) && !ownSupporters(e.Target, e.Source) {
			evs[n] = e
			n++
		}
	}
	return evs[:n]
}

// modalAct reports whether a hypothetical event is an act a party is
// told it could or might take, the modal right before the verb — "the
// UK could suspend its extradition treaty", "Yemen could have asked the
// Security Council" — which the record keeps as hypothetical. The
// condition of another act ("if Havana freed prisoners", "had Eritrea
// refused to leave") and a question ("whether the two could agree") are
// not kept: they tell what someone might do only to tell something else.
// Nor is "would" on its own: a hypothetical "would" is bound to a
// condition ("would grant him asylum if he asked", "would have stormed
// the school had the rebels opened fire") and the read sets' labels keep
// none of those.
func (d *doc) modalAct(e parley.Event) bool {
	if !strings.HasPrefix(e.Rule, "verb:") {
		return false
	}
	k := d.tokenAt(e.Trigger.Start)
	a, _ := d.tokensOf(d.sentenceAround(k))
	m := -1
	for i := k - 1; i >= a && i >= k-3; i-- {
		t := d.tok(i)
		if t.Is("could", "may", "might") {
			m = i
			break
		}
		if !t.Is("have", "also", "jointly", "then", "still", "even") && !strings.HasSuffix(t.Norm, "ly") {
			return false
		}
	}
	if m < 0 {
		return false
	}
	for i := m - 1; i >= a; i-- {
		if d.tok(i).Is(",", ";", ":") {
			return true
		}
		if d.tok(i).Is("if", "unless", "whether") {
			return false
		}
	}
	return !d.tok(a).Is("had", "should", "were")
}

// ownSupporters reports whether crowd is the crowd of leader's supporters
// ("Trump urged his supporters to stay calm", "Hezbollah called on
// Hezbollah supporters"): a leader or a party and their own side are no
// two parties to an event.
func ownSupporters(leader, crowd parley.ActorRef) bool {
	f := strings.Fields(leader.Name)
	return len(f) > 0 && (crowd.Name == f[len(f)-1]+" supporters" || crowd.Name == leader.Name+" supporters") && crowd.Country == leader.Country
}

// haltedMeetings drops a meeting told only as called off when the one
// who called it off is coded for it: "Lavrov called off a visit to
// Turkey", "Trump postponed his state visit to Denmark" are the halt, a
// signal to the other side; the visit that did not take place is no
// second event. (A meeting called off with no one named for it — "the
// visit was cancelled" — stays, negated.)
func haltedMeetings(evs []parley.Event) []parley.Event {
	n := 0
	for _, e := range evs {
		halted := e.Type == parley.Consult && e.Status == parley.Negated && slices.ContainsFunc(evs, func(h parley.Event) bool {
			return h.Type == parley.Sanction && h.Mode == "halt" && h.Evidence.Span == e.Evidence.Span &&
				h.Trigger.End <= e.Trigger.Start && e.Trigger.Start-h.Trigger.End <= 40
		})
		if !halted {
			evs[n] = e
			n++
		}
	}
	return evs[:n]
}

// visitsToTheUN gives a visit to New York whose sentence names a United
// Nations body or its Secretary-General to that body or person — "Alatas
// will fly to New York on Monday to settle the details with the
// Council", "Maduro flew to New York … to make his case to Ban" —: the
// UN's seat, not the United States, is whom the visitor goes to.
func visitsToTheUN(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if e.Mode != "visit" || e.Target.ID != "state:USA" || e.Location == nil || !strings.HasPrefix(e.Location.Name, "New York") {
			continue
		}
		for _, m := range d.in.Mentions {
			if !e.Evidence.Span.Contains(m.Span) || len(m.Actors) != 1 || !d.ofTheUN(m.Actors[0]) {
				continue
			}
			if k := d.tokenAt(m.Span.Start); d.tok(k-1).Is("the") && d.tok(k-2).Is("to") && d.tok(k-3).Is("ambassador", "envoy", "representative", "mission") {
				continue // "Egypt's ambassador to the United Nations said …": a title, not where the visitor goes
			}
			e.Target = d.ref(m.Actors[0])
			e.Participants = []parley.ActorRef{e.Source, e.Target}
			break
		}
	}
}

// ofTheUN reports whether actor id is a body of the United Nations or
// its Secretary-General.
func (d *doc) ofTheUN(id string) bool {
	a := d.actors[id]
	if a == nil {
		return false
	}
	if a.Kind == parley.Person {
		// (not "Iran's ambassador to the United Nations", a state's man)
		return strings.Contains(a.Role, "Secretary-General of the United Nations")
	}
	return strings.Contains(a.Name, "United Nations") || strings.Contains(a.Name, "Security Council") || strings.Contains(a.Name, "General Assembly")
}
