package event

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
	"unicode"

	"parley"
	"parley/nlp/token"
)

// merge keeps one event per happening of the article: events of one type
// between the same actors whose dates agree are one event, described by
// the first and completed from the others. An undated event joins a dated
// one only when the article dates no other event of that type and pair
// differently, so the meetings of a long explainer stay apart. Talks
// told as running for months or years (vague) are never one with a
// meeting of a day.
func merge(evs []parley.Event, vague map[parley.Span]bool) []parley.Event {
	var out []parley.Event
	for _, e := range evs {
		if i := findSame(out, evs, e); i >= 0 && vague[out[i].Trigger] == vague[e.Trigger] {
			out[i] = combine(out[i], e)
			continue
		}
		out = append(out, e)
	}
	return out
}

func findSame(list, all []parley.Event, e parley.Event) int {
	for i, o := range list {
		if o.Type != e.Type || !sameActors(o, e) || o.Status == parley.Negated || e.Status == parley.Negated {
			continue
		}
		if saysAlso(e) && o.Evidence.Span != e.Evidence.Span && e.Type != parley.Consult {
			// "the two countries also agreed to revive …": one more act, not
			// the one told before. (A meeting "also" discussed more is the
			// same meeting.)
			continue
		}
		if o.Evidence.Span == e.Evidence.Span && toldAsEarlier(o) != toldAsEarlier(e) {
			continue // "discussed energy, following up on their meeting in Berlin in May": two meetings
		}
		if twoMedia(o, e) {
			continue // "held talks in Bangkok, days after speaking to him by phone": two meetings
		}
		if acceptedInvitation(o) != acceptedInvitation(e) {
			continue // "The invitation was accepted with pleasure": not the accords signed that day
		}
		if (verbalTypes[e.Type] || e.Type == parley.Agree) && o.Evidence.Span != e.Evidence.Span && !sameMatter(o, e) {
			continue // "agreed to open a hotline" and, later, "agreed to revive exchanges": two agreements
		}
		switch {
		case !o.Date.IsZero() && !e.Date.IsZero():
			if twoActs(o.Status, e.Status) && o.Date != e.Date {
				continue // "spoke by phone on Tuesday, and the two are due to meet next week": a month holds both
			}
			if o.Date.Agrees(e.Date) {
				return i
			}
		case o.Date.IsZero() && e.Date.IsZero():
			if !twoActs(o.Status, e.Status) {
				return i
			}
		default:
			if twoActs(o.Status, e.Status) {
				continue // "meet in Geneva on Wednesday" is not "last met in Moscow in 2011"
			}
			if pairDays(all, e) > 1 {
				// "Macron and Xi on Thursday signed a declaration. Macron
				// held talks with Xi. Xi travelled to Paris in March 2019,
				// when Macron hosted him": the pair has more than one day;
				// the undated talks are not the old visit.
				continue
			}
			if distinctDates(all, e, "") <= 1 || distinctDates(all, e, e.Status) == 1 && o.Status == e.Status {
				return i // one dated event of the pair, or one with the same status ("planned")
			}
		}
	}
	return -1
}

// sameMatter reports whether two acts of words told in different
// sentences are about the same thing, by the words after their triggers:
// "agreed to open a hotline" and "agreed to begin operation of the
// hotline" share one, "shared the view that they would maintain close
// communication" another. Acts with nothing said after the trigger
// count as the same.
func sameMatter(a, b parley.Event) bool {
	wa, wb := matterWords(a), matterWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return true
	}
	for w := range wa {
		if wb[w] {
			return true
		}
	}
	return false
}

// acceptedInvitation reports whether e is the acceptance of an
// invitation: "The invitation was accepted", "accepted an invitation to
// visit".
func acceptedInvitation(e parley.Event) bool {
	at := e.Trigger.Start - e.Evidence.Span.Start
	end := e.Trigger.End - e.Evidence.Span.Start
	if e.Type != parley.Agree || at < 0 || end > len(e.Evidence.Sentence) {
		return false
	}
	if strings.Contains(e.Rule, "accepted-invitation") {
		return true
	}
	switch strings.ToLower(e.Evidence.Sentence[at:end]) {
	case "accepted", "accepts", "accept", "accepting":
	default:
		return false
	}
	return strings.Contains(strings.ToLower(e.Evidence.Sentence), "invitation")
}

// matterWords returns the lower-case content words of the dozen words
// after e's trigger in its sentence, cut to their first five letters so
// that "operation" meets "operate".
func matterWords(e parley.Event) map[string]bool {
	at := e.Trigger.End - e.Evidence.Span.Start
	if at < 0 || at > len(e.Evidence.Sentence) {
		return nil
	}
	out := map[string]bool{}
	for i, f := range strings.FieldsFunc(e.Evidence.Sentence[at:], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if i >= 12 {
			break
		}
		if len(f) < 5 || unicode.IsUpper([]rune(f)[0]) || matterStop[f] {
			continue
		}
		out[f[:5]] = true
	}
	return out
}

// matterStop are words after a trigger that say nothing of what the act
// is about.
var matterStop = map[string]bool{"would": true, "could": true, "should": true, "their": true, "there": true,
	"which": true, "about": true, "after": true, "before": true, "other": true, "these": true, "those": true,
	"under": true, "between": true, "including": true, "further": true, "early": true, "again": true,
	"together": true, "sides": true, "leaders": true, "countries": true, "statement": true, "during": true,
	"meeting": true, "talks": true, "shared": true, "agreed": true, "view": true, "also": true, "will": true}

// twoMedia reports whether one sentence tells two meetings of a pair by
// their different media.
func twoMedia(a, b parley.Event) bool {
	return a.Evidence.Span == b.Evidence.Span && a.Medium != "" && b.Medium != "" && a.Medium != b.Medium
}

// saysAlso reports whether "also" stands in the few words before e's
// trigger.
func saysAlso(e parley.Event) bool {
	at := e.Trigger.Start - e.Evidence.Span.Start
	if at <= 0 || at > len(e.Evidence.Sentence) {
		return false
	}
	return strings.Contains(strings.ToLower(e.Evidence.Sentence[max(0, at-30):at]), "also ")
}

// toldAsEarlier reports whether e's trigger is told as an occasion before
// the one its sentence reports ("following up on their meeting").
func toldAsEarlier(e parley.Event) bool {
	at := e.Trigger.Start - e.Evidence.Span.Start
	if at <= 0 || at > len(e.Evidence.Sentence) {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(e.Evidence.Sentence[max(0, at-40):at]), func(r rune) bool {
		return unicode.IsSpace(r) || r == ','
	})
	return earlierWords(words)
}

// toldAsLast reports whether e is told as the last time the act was
// done, "last" or "previously" right before its trigger: "The two leaders
// last met in person in September", "had previously spoken in May".
func toldAsLast(e parley.Event) bool {
	at := e.Trigger.Start - e.Evidence.Span.Start
	if at <= 0 || at > len(e.Evidence.Sentence) {
		return false
	}
	words := strings.Fields(strings.ToLower(e.Evidence.Sentence[max(0, at-25):at]))
	return len(words) > 0 && (words[len(words)-1] == "last" || words[len(words)-1] == "previously")
}

// twoActs reports whether two undated reports of one act between the
// same actors are two acts by their statuses: one done and one to come
// ("had sent medicines to Ukraine and would soon send more").
func twoActs(a, b parley.Status) bool {
	return a == parley.Occurred && b == parley.Planned || a == parley.Planned && b == parley.Occurred
}

// distinctDates counts the different dates the article gives events of
// e's type between e's actors (of the given status, unless it is "").
func distinctDates(all []parley.Event, e parley.Event, status parley.Status) int {
	var seen []parley.Date
	for _, o := range all {
		if o.Type != e.Type || !sameActors(o, e) || o.Date.IsZero() || status != "" && o.Status != status {
			continue
		}
		seen = addDistinct(seen, o.Date)
	}
	return len(seen)
}

// addDistinct adds date to seen unless a date there agrees with it.
func addDistinct(seen []parley.Date, date parley.Date) []parley.Date {
	for _, d := range seen {
		if d.Agrees(date) {
			return seen
		}
	}
	return append(seen, date)
}

// mergeMeetings folds meetings that the dating passes gave the day of an
// earlier report of the same meeting into it: "Putin and Erdogan held
// talks in Sochi on Monday. The two leaders discussed the grain deal." Two
// statements of a day stay two.
func mergeMeetings(evs []parley.Event) []parley.Event {
	var out []parley.Event
	for _, e := range evs {
		merged := false
		for i, o := range out {
			if e.Type == parley.Consult && o.Type == parley.Consult && o.Status == e.Status && (samePair(o, e) || statesOfPair(e, o)) &&
				!o.Date.IsZero() && o.Date == e.Date && !twoMedia(o, e) {
				out[i] = combine(o, e)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, e)
		}
	}
	return out
}

// statesOfPair reports whether e is a meeting of the two states whose
// envoys or leaders met in o: "Tokayev held talks with Mirziyoyev … During
// the talks, the parties discussed trade" is the one meeting.
func statesOfPair(e, o parley.Event) bool {
	s, sok := strings.CutPrefix(e.Source.ID, "state:")
	t, tok := strings.CutPrefix(e.Target.ID, "state:")
	if !sok || !tok || strings.HasPrefix(o.Source.ID, "state:") || strings.HasPrefix(o.Target.ID, "state:") {
		return false
	}
	a, b := o.Source.Country, o.Target.Country
	return a != "" && b != "" && a != b && (a == s && b == t || a == t && b == s)
}

// pairDays counts the different dates the article gives the occurrent
// acts of words and meetings between e's two actors, whatever their type.
func pairDays(all []parley.Event, e parley.Event) int {
	var seen []parley.Date
	for _, o := range all {
		if material[o.Type] || o.Date.IsZero() || o.Status != parley.Occurred || !samePair(o, e) {
			continue
		}
		seen = addDistinct(seen, o.Date)
	}
	return len(seen)
}

// samePair reports whether a and b are between the same two actors, in
// either order.
func samePair(a, b parley.Event) bool {
	return a.Source.ID == b.Source.ID && a.Target.ID == b.Target.ID || a.Source.ID == b.Target.ID && a.Target.ID == b.Source.ID
}

func sameActors(a, b parley.Event) bool {
	if a.Source.ID == b.Source.ID && a.Target.ID == b.Target.ID {
		return true
	}
	symmetric := a.Type == parley.Consult || a.Type == parley.Agree || a.Type == parley.Cooperate
	return symmetric && a.Source.ID == b.Target.ID && a.Target.ID == b.Source.ID
}

func combine(a, b parley.Event) parley.Event {
	if !b.Date.IsZero() && (a.Date.IsZero() || b.Date.Precision() > a.Date.Precision() && a.Date.Agrees(b.Date)) {
		// "barely six weeks after the two last met … on May 19": the
		// event cites the sentence that gives the date it takes.
		a.Date, a.Evidence, a.Trigger, a.Rule = b.Date, b.Evidence, b.Trigger, b.Rule
	}
	if a.Medium == "" {
		a.Medium = b.Medium
	}
	if a.Mode == "" {
		a.Mode = b.Mode
	}
	if a.Location == nil && a.Medium != parley.Phone && a.Medium != parley.Virtual {
		a.Location = b.Location // (a call has no one place: "spoke by phone … briefed him on his trip to Beijing")
	}
	if b.Confidence > a.Confidence {
		a.Confidence = b.Confidence
	}
	return a
}

// material are the event types that are deeds rather than words (PLOVER's
// material cooperation and conflict): no occasion tells when a deed was
// done, and a deed dates no talk.
var material = map[parley.EventType]bool{parley.Cooperate: true, parley.Aid: true, parley.Retreat: true,
	parley.Protest: true, parley.Sanction: true, parley.Mobilize: true, parley.Coerce: true, parley.Assault: true}

// dateFromOccasion dates an undated event by the occasion it belongs to,
// as a reader would:
//   - an occasion the sentence names ("at the summit", "before the
//     signing", "after the ceremony"): the day of the one dated event of
//     that kind the article reports;
//   - else the dated events of the article between the same two actors
//     (as people or through their states): "Biden raised concerns about
//     Xinjiang" in a report of the Biden–Xi summit was said at the summit.
//
// When the candidates disagree, the one within a week of publication
// wins (a report of this week's summit that recalls an older one);
// otherwise the event stays undated rather than guessed.
func dateFromOccasion(d *doc, evs []parley.Event) {
	published := d.in.Published
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || material[e.Type] || e.Target.IsZero() || e.Status == parley.Hypothetical || d.vague[e.Trigger] {
			continue
		}
		if d.undatedPerfect(e) {
			// "have not spoken since the referendum", "Moscow has denied
			// the allegation": told in the present perfect, on no day
			// ("did not order" was the ruling's; "said he had raised" the
			// summit's)
			continue
		}
		// An occasion the sentence names ("before the signing") says
		// more than the other dealings of the two.
		cands := namedOccasion(evs, i)
		if len(cands) == 0 {
			cands = d.dealingDates(evs, i)
		}
		if d, ok := settleDates(cands, published); ok && !(e.Status == parley.Planned && e.Type == parley.Consult && !published.IsZero() && !published.Before(d)) {
			e.Date = d // (talks still to come are not dated by an occasion already past, nor by one of the day the story came out: "agreed to meet in person")
		}
	}
}

// dealingDates returns the dates of the article's other dated words and
// meetings between e's two actors, the occasions e may belong to (see
// dateFromOccasion).
func (d *doc) dealingDates(evs []parley.Event, i int) []parley.Date {
	published := d.in.Published
	e := &evs[i]
	var cands []parley.Date
	for j := range evs {
		m := &evs[j]
		// The occasion is something the two said or did together: a
		// dated sanction or strike between them says nothing of when
		// they spoke.
		if j == i || material[m.Type] || m.Date.Precision() < parley.PrecisionMonth || m.Status == parley.Negated || m.Status == parley.Hypothetical {
			continue
		}
		if e.Status == parley.Occurred && !published.IsZero() && published.Before(m.Date) {
			continue // a visit still to come does not date an acceptance already made
		}
		if m.Evidence.Span == e.Evidence.Span && toldAsEarlier(*m) && !toldAsEarlier(*e) {
			continue // "discussed energy, following up on their meeting in May": not May's
		}
		if m.Evidence.Span == e.Evidence.Span && d.relativeAfter(e, m) {
			continue // "accused Peru of breaking the accord that the two sides signed on March 3": what the act is about, not when it was done
		}
		if m.Evidence.Span != e.Evidence.Span && toldAsLast(*m) {
			continue // "The two leaders last met in September": a time recalled, not the story's occasion
		}
		if m.Evidence.Span.End <= e.Evidence.Span.Start && d.movedOnInParagraph(m.Evidence.Span, e.Evidence.Span, m.Date) {
			// "Kishida hosted Yoon on Thursday … Relations collapsed in
			// 2018 … Seoul responded by filing a complaint": the story
			// told another time since the occasion
			continue
		}
		if !newsOfTheWeek(m.Date, published) && !d.sameParagraph(m.Evidence.Span, e.Evidence.Span) {
			// "Scholz reiterated Germany's support for Ukraine" is not
			// the pledge of June 2022 a timeline paragraph lists: an
			// older act dates one told elsewhere only when named.
			continue
		}
		if m.Mode == "phone" {
			// "calls with both leaders": one call with each, not an
			// occasion the two shared. A call is between its two ends.
			call := *m
			call.Participants = nil
			m = &call
		}
		// (Talks between states count their officials only when they are
		// the news of the week, older talks had other delegates, and
		// only for what was said at them: two officials who met held
		// a meeting of their own.)
		news := m.Type == parley.Consult && e.Type != parley.Consult && newsOfTheWeek(m.Date, published)
		if inDelegation(m, e.Source.ID, news, d.countryOf, d.leaderState) && inDelegation(m, e.Target.ID, news, d.countryOf, d.leaderState) {
			cands = append(cands, m.Date)
		}
	}
	return cands
}

// relativeAfter reports whether act m is told after e's trigger in a
// relative clause of e's sentence ("… the accord that the two sides
// signed"): part of what e is about.
func (d *doc) relativeAfter(e, m *parley.Event) bool {
	if m.Trigger.Start <= e.Trigger.End {
		return false
	}
	k, mk := d.tokenAt(e.Trigger.Start), d.tokenAt(m.Trigger.Start)
	for i := mk - 1; i > k && mk-i <= 8; i-- {
		if d.tok(i).Is("that", "which") && d.cover[i-1] < 0 && d.tok(i-1).Kind == token.Word && !d.sayVerbAt(i-1) {
			return true
		}
		if d.tok(i).Kind == token.Punct && !d.tok(i).Is(",") {
			return false
		}
	}
	return false
}

// settleDates returns the date the candidates agree on (the most precise
// of them), or failing that the only one within seven days of the
// publication date.
func settleDates(cands []parley.Date, published parley.Date) (parley.Date, bool) {
	if len(cands) == 0 {
		return parley.Date{}, false
	}
	best, agree := cands[0], true
	for _, c := range cands[1:] {
		if !best.Agrees(c) {
			agree = false
		}
		if c.Precision() > best.Precision() {
			best = c
		}
	}
	if agree {
		return best, true
	}
	if published.IsZero() {
		return parley.Date{}, false
	}
	var near parley.Date
	for _, c := range cands {
		if c.Precision() != parley.PrecisionDay || c.First().Sub(published.First()).Abs() > 7*24*time.Hour {
			continue
		}
		if !near.IsZero() && near != c {
			return parley.Date{}, false
		}
		near = c
	}
	return near, !near.IsZero()
}

// occasionNouns, after "at the", "before the" and the like, name an event
// of the article; the value lists the types that can be it.
var occasionNouns = map[string][]parley.EventType{
	"summit": {parley.Consult}, "meeting": {parley.Consult}, "talks": {parley.Consult},
	"visit": {parley.Consult}, "forum": {parley.Consult}, "conference": {parley.Consult},
	"signing": {parley.Agree}, "ceremony": {parley.Agree, parley.Consult}, "call": {parley.Consult},
	"statement": {parley.Agree}, "declaration": {parley.Agree},
}

// occasionModifiers may stand between "the" and an occasion noun.
var occasionModifiers = map[string]bool{"joint": true, "phone": true, "video": true, "telephone": true,
	"virtual": true, "formal": true, "final": true, "bilateral": true}

// opensOnOccasion reports whether e's sentence may open on the occasion
// it belongs to: "The talks were hosted by Gonsalves", not "The talks
// came a week after Singh met Wei", whose act is another's.
func opensOnOccasion(e parley.Event) bool {
	at := e.Trigger.Start - e.Evidence.Span.Start
	if at < 0 || at > len(e.Evidence.Sentence) {
		return false
	}
	head := " " + strings.ToLower(e.Evidence.Sentence[:at])
	for _, w := range []string{" after ", " before ", " since ", " when ", " than ", " while ", " as ", " who ", " which ", " that "} {
		if strings.Contains(head, w) {
			return false
		}
	}
	return true
}

// namedOccasion returns the dates of the events an occasion named in the
// sentence of event i can be: "met Baradar before the signing" → the
// signing the lead reported.
func namedOccasion(evs []parley.Event, i int) []parley.Date {
	words := strings.Fields(strings.ToLower(evs[i].Evidence.Sentence))
	if opensOnOccasion(evs[i]) {
		words = append([]string{"of"}, words...)
	}
	var types []parley.EventType
	aside := false // inside ", whose …," or ", which …,": "Díaz-Canel, whose country is one of the guarantors of the talks, …" names no occasion of his
	for w := 0; w+2 < len(words); w++ {
		if w > 0 && strings.HasSuffix(words[w-1], ",") && (words[w] == "whose" || words[w] == "which" || words[w] == "who") {
			aside = true
		} else if aside && strings.HasSuffix(words[w-1], ",") {
			aside = false
		}
		if aside {
			continue
		}
		switch words[w] {
		case "at", "before", "after", "during", "ahead", "of", "in", "following":
		default:
			continue
		}
		if words[w+1] != "the" && words[w+1] != "their" {
			continue
		}
		n := w + 2
		if occasionModifiers[words[n]] && n+1 < len(words) {
			n++ // "in their joint statement", "after the phone call"
		}
		noun := strings.Trim(words[n], ".,;:“”\"'’")
		if t, ok := occasionNouns[noun]; ok {
			types = t
			break
		}
	}
	if types == nil {
		return nil
	}
	var out []parley.Date
	for j := range evs {
		m := &evs[j]
		if j == i || m.Date.IsZero() || m.Status != parley.Occurred || !slices.Contains(types, m.Type) || m.Date.Precision() != parley.PrecisionDay {
			continue
		}
		out = append(out, m.Date)
	}
	return out
}

// alsoOfOpener reports whether e's sentence opens with its source and
// goes on, past an aside, with "also": "Mondino, on her first trip to
// Santiago since taking office, also paid a courtesy call on Boric", where
// the act merged under the trip's trigger.
func (d *doc) alsoOfOpener(e *parley.Event) bool {
	a, b := d.tokensOf(e.Evidence.Span)
	m, ok := d.mentionAt(a)
	if !ok || len(m.Actors) != 1 || m.Actors[0] != e.Source.ID {
		return false
	}
	end := d.mentionEnd(a)
	if !d.tok(end).Is(",") {
		return false
	}
	for t := end + 1; t+1 < b && t <= end+25; t++ {
		if d.tok(t).Is(",") && d.tok(t+1).Is("also") {
			return true
		}
	}
	return false
}

// dateFromAlso dates an undated act whose sentence says it was "also"
// done ("Grisham also accused the Democrats …") by the latest dated act of
// the same source before it, or of the same kind by the same state's
// people, or else by the day the source was last reported speaking ("Kirby
// said on Friday that … He also urged Xi …"): the same statement, the same
// day.
func dateFromAlso(d *doc, evs []parley.Event) {
	text := d.in.Text
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred {
			continue
		}
		from := max(e.Evidence.Span.Start, e.Trigger.Start-30)
		if (from >= e.Trigger.Start || !strings.Contains(strings.ToLower(text[from:e.Trigger.Start]), "also ")) && !d.alsoOfOpener(e) {
			continue
		}
		// The source's own latest act, else (for "The Treasury also
		// placed sanctions on …" after the president's) the latest of the
		// same kind by one state's known office holders and bodies, not
		// any group of its people. An act told as the last time ("The two
		// prime ministers last met in Sydney in May 2023") is a time
		// recalled, not the day the story goes on with.
		var own, state *parley.Event
		for j := range evs {
			m := &evs[j]
			if m.Date.IsZero() || m.Status != parley.Occurred || m.Evidence.Span.End > e.Evidence.Span.Start || toldAsLast(*m) {
				continue
			}
			if m.Source.ID == e.Source.ID && (own == nil || m.Evidence.Span.Start > own.Evidence.Span.Start) {
				own = m
			}
			if m.Type == e.Type && m.Source.Country != "" && m.Source.Country == e.Source.Country &&
				!strings.HasPrefix(m.Source.ID, "new:") && !strings.HasPrefix(e.Source.ID, "new:") &&
				(state == nil || m.Evidence.Span.Start > state.Evidence.Span.Start) {
				state = m
			}
		}
		best := own
		if best == nil || e.Evidence.Span.Start-best.Evidence.Span.End >= 600 {
			best = state
		}
		if d.undatedPerfect(e) {
			continue // "Santiago had also demanded …": before the day told
		}
		if best != nil && e.Evidence.Span.Start-best.Evidence.Span.End < 600 {
			e.Date = best.Date
		} else if !strings.Contains(strings.ToLower(text[from:e.Trigger.Start]), "has ") && !strings.Contains(strings.ToLower(text[from:e.Trigger.Start]), "have ") {
			// (An act in the perfect — "He has also called on Israel to
			// …" — is no act of the day he spoke.)
			e.Date = d.spokeOn(e.Source.ID, e.Evidence.Span.Start)
		}
	}
}

// dateFromThen dates an undated act told as the story's next step ("Biden
// and Putin then spent three hours together") by the act told just before
// it, when that one is dated and one of its actors took part in it: the
// same day, unless the text says otherwise. "later" counts only in news of
// the day ("signed the accord on Friday … Trump later received the two
// ministers"); of an act long past it says nothing of how much later.
// "then" set off by commas is an aside ("Modi, then in his third term").
func dateFromThen(d *doc, evs []parley.Event) {
	text := d.in.Text
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred {
			continue
		}
		from := max(e.Evidence.Span.Start, e.Trigger.Start-12)
		if from >= e.Trigger.Start {
			continue
		}
		before := strings.ToLower(text[from:e.Trigger.Start])
		then := strings.Contains(before, " then ") && !strings.Contains(before, ", then")
		later := strings.Contains(before, " later ") && !strings.Contains(before, ", later")
		if !then && !later {
			continue
		}
		var prev *parley.Event
		for j := range evs {
			m := &evs[j]
			if m.Trigger.Start < e.Trigger.Start && (prev == nil || m.Trigger.Start > prev.Trigger.Start) && !(m.Type == e.Type && sameActors(*m, *e)) {
				prev = m
			}
		}
		if prev == nil || prev.Date.IsZero() || prev.Status != parley.Occurred || e.Trigger.Start-prev.Trigger.End > 600 {
			continue
		}
		if !then && !d.dayOfTheNews(prev.Date) {
			continue // "Modi later visited Egypt" after a visit a year ago: days or years later
		}
		if d.anyTakesPart(prev, e) {
			e.Date = prev.Date
		}
	}
}

// anyTakesPart reports whether any actor of e — source, target or
// participant — took part in m.
func (d *doc) anyTakesPart(m, e *parley.Event) bool {
	for _, p := range append([]parley.ActorRef{e.Source, e.Target}, e.Participants...) {
		if p.ID != "" && takesPart(m, p.ID, d.countryOf, d.leaderState) {
			return true
		}
	}
	return false
}

// dateFromEarlierThatDay dates an undated act whose sentence opens with
// "Earlier," ("Earlier, Mr. Trump had breakfast with Finland's President")
// or "Earlier the same day" by the day of the news told before it, when one
// of its actors took part in the act of that day: earlier the same day.
func dateFromEarlierThatDay(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || !d.opensEarlier(e.Evidence.Span) {
			continue
		}
		var prev *parley.Event
		for j := range evs {
			m := &evs[j]
			if m.Trigger.Start >= e.Evidence.Span.Start || prev != nil && m.Trigger.Start < prev.Trigger.Start || m.Status != parley.Occurred || !d.dayOfTheNews(m.Date) {
				continue
			}
			if d.anyTakesPart(m, e) {
				prev = m
			}
		}
		if prev != nil {
			e.Date = prev.Date
		}
	}
}

// opensEarlier reports whether sentence s opens with "Earlier," or
// "Earlier in the day" / "Earlier that day" / "Earlier the same day".
func (d *doc) opensEarlier(s parley.Span) bool {
	a, b := d.tokensOf(s)
	if a+2 >= b || !d.tok(a).Is("earlier") {
		return false
	}
	return d.tok(a+1).Is(",") || a+3 < b && (d.tok(a+1).Is("in") && d.tok(a+2).Is("the") && d.tok(a+3).Is("day") || d.tok(a+1).Is("that") && d.tok(a+2).Is("day") ||
		d.tok(a+1).Is("the") && d.tok(a+2).Is("same") && d.tok(a+3).Is("day"))
}

// dateFromSpeakerBefore dates what a speaker went on to say, told in the
// simple past with no date of its own, by the day the speaker (or the
// state it speaks for) was last reported speaking, a sentence or two
// before and in the week of the news: "China said on Sunday it was
// downgrading ties with Lithuania. In a statement, China's Foreign
// Ministry accused the Lithuanian government of …" — one statement, one
// day. Others' reactions keep no date.
func dateFromSpeakerBefore(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || !verbalTypes[e.Type] {
			continue
		}
		si, ok := d.toldUndatedPast(e)
		if !ok || si == 0 || d.anotherTime(e) || d.beforeTrigger(e, func(j int) bool { return d.tok(j).Is("responded", "replied", "retorted", "retaliated") }) {
			continue // ("Trump responded by threatening Iraq": an answer to what was told since)
		}
		start := d.in.Sentences[max(si-2, 0)].Start
		if m := d.lastSaid(evs, e, start); m != nil {
			e.Date = m.Date // "accused the Lithuanian government … 'must bear all the consequences,' the ministry said"
			continue
		}
		for _, id := range []string{e.Source.ID, "state:" + d.countryOf(e.Source.ID)} {
			if id == "state:" {
				continue // no state behind the speaker
			}
			if date := d.spokeOn(id, e.Evidence.Span.Start); !date.IsZero() && d.recent(date) && d.spokeSince(id, start, e.Evidence.Span.Start) {
				e.Date = date
				break
			}
		}
	}
}

// lastSaid returns the latest act of words of e's source told from
// offset start to e's sentence, when it is dated in the week of the news.
func (d *doc) lastSaid(evs []parley.Event, e *parley.Event, start int) *parley.Event {
	var last *parley.Event
	for j := range evs {
		m := &evs[j]
		if m.Source.ID != e.Source.ID || !verbalTypes[m.Type] || m.Status != parley.Occurred || m.Evidence.Span.Start < start || m.Evidence.Span.End > e.Evidence.Span.Start {
			continue
		}
		if last == nil || m.Trigger.Start > last.Trigger.Start {
			last = m
		}
	}
	if last == nil || !d.recent(last.Date) {
		return nil
	}
	return last
}

// spokeSince reports whether actor id is named between offsets from and
// end.
func (d *doc) spokeSince(id string, from, end int) bool {
	for _, m := range d.in.Mentions {
		if m.Span.Start >= from && m.Span.End <= end && slices.Contains(m.Actors, id) {
			return true
		}
	}
	return false
}

// dayOfTheNews reports whether date is the publication day or the day
// before it.
func (d *doc) dayOfTheNews(date parley.Date) bool {
	if d.in.Published.IsZero() || date.Precision() != parley.PrecisionDay {
		return false
	}
	pub := d.in.Published
	return date == pub || date == pub.AddDays(-1)
}

// spokeOn returns the day actor id was last reported speaking in the few
// sentences before offset end ("Kirby said on Friday that …"), or no date.
// A saying of no day in between goes on with the one before it ("Aliyev
// said on Sunday that … 'We can say …,' Aliyev told state television.
// Aliyev said Azerbaijan expected …"): one interview.
func (d *doc) spokeOn(id string, end int) parley.Date {
	for mi := len(d.in.Mentions) - 1; mi >= 0; mi-- {
		m := d.in.Mentions[mi]
		if m.Span.End > end || !slices.Contains(m.Actors, id) {
			continue
		}
		if end-m.Span.Start > 600 {
			break
		}
		r := d.sayingAfter(m)
		if r < 0 {
			return parley.Date{} // the last mention did not speak
		}
		if date := d.dayOfSaying(m, r); !date.IsZero() {
			return date
		}
	}
	return parley.Date{}
}

// sayingAfter returns the verb of saying in the few words after mention
// m, or -1.
func (d *doc) sayingAfter(m parley.Mention) int {
	_, b := d.tokensOf(d.sentenceAround(d.tokenAt(m.Span.Start)))
	for r := d.tokenAt(m.Span.End); r < b && r < d.tokenAt(m.Span.End)+4; r++ {
		if d.tok(r).Is("said", "says", "told", "announced", "stated", "added", "warned") {
			return r
		}
	}
	return -1
}

// dayOfSaying returns the day of the saying at verb r by mention m: a
// date before the verb or right after it ("said on Friday that …"); a
// date in what was said, quoted or reported, is not when it was said.
func (d *doc) dayOfSaying(m parley.Mention, r int) parley.Date {
	a, _ := d.tokensOf(d.sentenceAround(d.tokenAt(m.Span.Start)))
	return d.sayingDayFrom(a, r)
}

// sayingDayFrom returns the day of the saying at verb r, in the sentence
// that starts at token a, as dayOfSaying does.
func (d *doc) sayingDayFrom(a, r int) parley.Date {
	var date parley.Date
	for _, x := range d.in.Dates {
		k := d.tokenAt(x.Span.Start)
		if k >= a && (k < r || k > r && k <= r+2) && !d.quoted[k] && x.Precision == parley.PrecisionDay &&
			x.Relation != parley.TimeFuture && !x.Value.IsZero() && !d.in.Published.Before(x.Value) {
			date = x.Value
		}
	}
	return date
}

// inDelegation reports whether actor id takes part in m, or, when m is
// talks between states (talks), belongs to one of them: "talks between the
// United States and China opened on Thursday … Yang Jiechi accused
// Washington" — Yang spoke for China's side.
func inDelegation(m *parley.Event, id string, talks bool, countryOf, leaderOf func(string) string) bool {
	if takesPart(m, id, countryOf, leaderOf) {
		return true
	}
	c := countryOf(id)
	if !talks || c == "" || strings.HasPrefix(id, "state:") {
		return false
	}
	for _, p := range append([]parley.ActorRef{m.Source, m.Target}, m.Participants...) {
		if p.ID == "state:"+c {
			return true
		}
	}
	return false
}

// newsOfTheWeek reports whether day date falls in the week up to the
// publication day.
func newsOfTheWeek(date, published parley.Date) bool {
	return date.Precision() == parley.PrecisionDay && !published.IsZero() && !published.Before(date) && !date.Before(published.AddDays(-7))
}

// takesPart reports whether actor id, or the state it is, takes part in m.
func takesPart(m *parley.Event, id string, countryOf, leaderOf func(string) string) bool {
	c := countryOf(id)
	led := leaderOf(id)
	for _, p := range append([]parley.ActorRef{m.Source, m.Target}, m.Participants...) {
		// A state takes part through its people; a head of state or
		// government through the state when it acts as a whole ("Thailand
		// and Cambodia agreed …", then "Hun Manet and Phumtham met …").
		if p.ID == id || c != "" && strings.HasPrefix(id, "state:") && countryOf(p.ID) == c || led != "" && p.ID == led {
			return true
		}
	}
	return false
}

// toldAsLater reports whether "since" or "later" stands right before e's
// trigger: "Erdogan, who hosted the talks, has since urged …" came after.
func (d *doc) toldAsLater(e *parley.Event) bool {
	from := max(e.Evidence.Span.Start, e.Trigger.Start-14)
	before := strings.ToLower(d.in.Text[from:e.Trigger.Start])
	return strings.Contains(before, "since ") || strings.Contains(before, "later ")
}

// anaphorKind reads which kind of meeting a definite noun refers to.
func anaphorKind(t *token.Token) string {
	switch {
	case t.Is("visit", "trip", "tour"):
		return "visit"
	case t.Is("call", "phone", "conversation"):
		return "call"
	}
	return ""
}

// resolveDuringReferences settles definite references to a meeting
// ("During the meeting in Geneva, Biden demanded …"): the place goes to the
// most recent consultation, and when the reference names the sentence's
// occasion ("during", "at", "in", "on the …") its undated events take the
// meeting's date.
func resolveDuringReferences(d *doc, evs []parley.Event) []parley.Event {
	for _, an := range d.anaphors {
		var target, ofKind *parley.Event
		for i := range evs {
			e := &evs[i]
			if e.Type == parley.Consult && e.Evidence.Span.Start < an.span.Start && e.Status == parley.Occurred {
				target = e
				if an.kind == "visit" && (e.Mode == "visit" || e.Medium == parley.InPerson) || an.kind == "call" && (e.Medium == parley.Phone || e.Medium == parley.Virtual) {
					ofKind = e
				}
			}
		}
		if ofKind != nil {
			target = ofKind // "During the visit, …" after a phone call told in between
		}
		if target == nil {
			continue
		}
		if target.Location == nil && an.location != nil {
			target.Location = an.location
			if target.Medium == "" {
				target.Medium = parley.InPerson
			}
		}
		for i := range evs {
			e := &evs[i]
			if an.during && e.Evidence.Span.Contains(an.span) && e.Date.IsZero() && e != target && !d.toldAsLater(e) {
				e.Date = target.Date
			}
		}
	}
	return evs
}

// resolveVisits lays visits out as the labels do: a visit whose sentence
// also reports the meeting with a host of the visited state is that
// meeting (visitor → host person), not a second event, and lends it the
// day, place and medium it lacks ("Zelensky met Duda, who arrived in Kyiv
// on a working visit on Monday"); a visit whose sentence names such a
// host, without a meeting verb, goes to that host.
func resolveVisits(d *doc, evs []parley.Event) []parley.Event {
	var out []parley.Event
	for i, v := range evs {
		if v.Mode != "visit" || !strings.HasPrefix(v.Target.ID, "state:") {
			out = append(out, v)
			continue
		}
		host := strings.TrimPrefix(v.Target.ID, "state:")
		met, metBefore := -1, false
		for j, e := range evs {
			if j != i && d.metOnVisit(e, v, host) {
				if sameTrip(e.Date, v.Date) && !twoActs(e.Status, v.Status) && met < 0 {
					met = j
				}
				metBefore = metBefore || twoActs(e.Status, v.Status)
			}
		}
		if met >= 0 {
			lendVisit(&evs[met], v)
			if met < i {
				// (the meeting is already out: find it there)
				for k := range out {
					if out[k].Trigger == evs[met].Trigger && out[k].Type == evs[met].Type && samePair(out[k], evs[met]) {
						lendVisit(&out[k], v)
					}
				}
			}
			continue
		}
		p := d.hostIn(v.Evidence.Span, v.Trigger, host, v.Source.ID)
		if p == "" {
			p = d.headMetElsewhere(evs, v, host)
		}
		if p != "" && !metBefore {
			v.Target = d.ref(p)
			v.Participants = []parley.ActorRef{v.Source, v.Target}
		}
		out = append(out, v)
	}
	return out
}

// metOnVisit reports whether e is a meeting in person, told in visit v's
// sentence, of the visitor with a person of the visited state host. (A
// phone call, or a meeting on another day, is not the visit: "held a
// call with Macron, their second since his visit to Moscow on February
// 7"; nor one done when the visit is to come: "met Macron and will
// travel to Paris".)
func (d *doc) metOnVisit(e, v parley.Event, host string) bool {
	return e.Type == parley.Consult && e.Evidence.Span == v.Evidence.Span && e.Mode != "visit" &&
		e.Medium != parley.Phone && e.Medium != parley.Virtual &&
		takesPart(&e, v.Source.ID, d.countryOf, d.leaderState) && d.personOf(e, host) != ""
}

// lendVisit gives an undated meeting e the day of visit v, and with it
// the place and the medium it lacks: the visit told with its day is the
// occasion of the meeting.
func lendVisit(e *parley.Event, v parley.Event) {
	if !e.Date.IsZero() || v.Date.Precision() != parley.PrecisionDay {
		return // (a year is no day: "his first visit to Canada since 2015")
	}
	e.Date = v.Date
	if e.Location == nil {
		e.Location = v.Location
	}
	if e.Medium == "" {
		e.Medium = v.Medium
	}
}

// foldVisits drops a visit to a state, once dated, when the article
// reports the visitor meeting a person of that state in person on that
// very day: "Putin arrived in Beijing on 16 May for a state visit" is
// the meeting with Xi told elsewhere, as the labels have it. Dated or
// not, a visit is dropped for the talks its own sentence tells of
// (metOnTheTrip).
func foldVisits(d *doc, evs []parley.Event) []parley.Event {
	var out []parley.Event
	for i, v := range evs {
		if v.Mode != "visit" || !strings.HasPrefix(v.Target.ID, "state:") {
			out = append(out, v)
			continue
		}
		host := strings.TrimPrefix(v.Target.ID, "state:")
		met := false
		for j, e := range evs {
			if j == i || e.Type != parley.Consult || e.Status != v.Status || e.Medium == parley.Phone || e.Medium == parley.Virtual ||
				!takesPart(&e, v.Source.ID, d.countryOf, d.leaderState) {
				continue
			}
			met = met || v.Date.Precision() == parley.PrecisionDay && e.Date == v.Date && d.personOf(e, host) != "" ||
				d.metOnTheTrip(v, e, host)
		}
		if !met {
			out = append(out, v)
		}
	}
	return out
}

// metOnTheTrip reports whether the sentence that tells of visit v also
// tells of meeting e with a person there: "flew to Batumi for talks with
// Aslan Abashidze", "flew to Harare and held talks with Mugabe". The
// labels keep the people met and not the trip to their state. A person
// of another state was met on another leg ("visited Kiribati on Friday
// and Samoa on Saturday, where he held talks with Mata'afa").
func (d *doc) metOnTheTrip(v, e parley.Event, host string) bool {
	if e.Mode == "visit" || d.sentenceIndex(e.Evidence.Span.Start) != d.sentenceIndex(v.Evidence.Span.Start) || !sameTrip(e.Date, v.Date) {
		return false
	}
	for _, p := range append([]parley.ActorRef{e.Source, e.Target}, e.Participants...) {
		if a, ok := d.actors[p.ID]; ok && a.Kind == parley.Person && p.ID != v.Source.ID && (a.Country == "" || a.Country == host) {
			return true
		}
	}
	return false
}

// sameTrip reports whether a meeting on day a can belong to a visit on day
// b: either undated, or within the few days a visit lasts.
func sameTrip(a, b parley.Date) bool {
	if a.IsZero() || b.IsZero() || a.Agrees(b) {
		return true
	}
	days := a.First().Sub(b.First()).Hours() / 24
	return a.Precision() == parley.PrecisionDay && b.Precision() == parley.PrecisionDay && days >= -3 && days <= 3
}

// participantIDs returns the IDs of e's participants, in order (nil for
// none).
func participantIDs(e parley.Event) []string {
	var ids []string
	for _, p := range e.Participants {
		ids = append(ids, p.ID)
	}
	return ids
}

// personOf returns a participant of e who is a person of the country.
func (d *doc) personOf(e parley.Event, country string) string {
	for _, p := range e.Participants {
		if a, ok := d.actors[p.ID]; ok && a.Kind == parley.Person && a.Country == country {
			return p.ID
		}
	}
	return ""
}

// headMetElsewhere returns the head of the visited state host when the
// story shows that head dealing with the visitor in some other event: the
// host is who receives a visit ("Morrison had planned to visit India"
// in a story of his summit with Modi; "Merkel visited the White House"
// where Obama told her …). Only a person visits so, and only one head of
// that state may stand in the story.
func (d *doc) headMetElsewhere(evs []parley.Event, v parley.Event, host string) string {
	if a := d.actors[v.Source.ID]; a == nil || a.Kind != parley.Person {
		return ""
	}
	head := ""
	for id, a := range d.actors {
		// (The visited state may be named only by its capital, so it need
		// not stand among the article's actors, and its name is not at
		// hand: the head is of the state's country and heads no body.)
		if a.Kind != parley.Person || a.Country != host || !headTitled(a.Role) || bodyOffice(a.Role) {
			continue
		}
		if head != "" {
			return "" // (two heads: a president and a prime minister, or one gone before)
		}
		head = id
	}
	if head == "" {
		return ""
	}
	for _, e := range evs {
		if takesPart(&e, head, d.countryOf, noLeader) && takesPart(&e, v.Source.ID, d.countryOf, noLeader) {
			return head
		}
	}
	return ""
}

func noLeader(string) string { return "" }

// bodyOffice reports whether a role heads a body rather than a state:
// "President of the European Commission", "President of the Security
// Council".
func bodyOffice(role string) bool {
	_, of, _ := strings.Cut(role, " of ")
	for _, w := range strings.Fields(of) {
		switch w {
		case "Commission", "Council", "Union", "Assembly", "Parliament", "Bank", "Court", "Committee", "Organization",
			"Organisation", "Fund", "Forum", "Conference", "Community", "Secretariat", "European", "Party", "Congress", "Senate":
			return true
		}
	}
	return false
}

// hostIn returns a person of the country, other than the visitor, that the
// sentence names.
func (d *doc) hostIn(sent, trigger parley.Span, country, visitor string) string {
	for _, m := range d.in.Mentions {
		if !sent.Contains(m.Span) || m.Actors[0] == visitor && len(m.Actors) == 1 {
			continue
		}
		if len(m.Actors) == 2 && m.Via == parley.ViaGroup && slices.Contains(m.Actors, visitor) && m.Span.Start > trigger.End {
			// "Rahmon was on a state visit to Kyrgyzstan, and the two
			// leaders held talks": the other of the two.
			other := m.Actors[0]
			if other == visitor {
				other = m.Actors[1]
			}
			if a, ok := d.actors[other]; ok && a.Kind == parley.Person && a.Country == country {
				return other
			}
			continue
		}
		if len(m.Actors) != 1 {
			continue
		}
		if a, ok := d.actors[m.Actors[0]]; ok && a.Kind == parley.Person && a.Country == country && !d.reporter(m) && !d.pastRuler(m) {
			return a.ID
		}
	}
	return ""
}

// pastRuler reports whether mention m names someone as a ruler gone
// before the story: "sanctions imposed on Syria under Assad", "the ousted
// president". (The role the person holds at the paper's date says
// nothing of the visit's: Obama received Trong in 2015.)
func (d *doc) pastRuler(m parley.Mention) bool {
	i := d.tokenAt(m.Span.Start)
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if d.tok(j).Is("under", "former", "ousted", "deposed", "toppled", "late", "exiled") {
			return true
		}
		if d.tok(j).Kind == token.Punct {
			break
		}
	}
	return false
}

// reporter reports whether mention m is who reports the sentence, not
// one of its actors: "…, Wong said", "…, said Wong", "according to Wong".
func (d *doc) reporter(m parley.Mention) bool {
	i := d.tokenAt(m.Span.Start)
	e := d.mentionEnd(i)
	if e < len(d.in.Tokens) && sayVerbs[d.tok(e).Norm] {
		return true
	}
	return i > 0 && (sayVerbs[d.tok(i-1).Norm] && d.tok(i-1).Is("said", "says") || i > 1 && d.tok(i-1).Is("to") && d.tok(i-2).Is("according"))
}

// countryOf returns the country of an actor of the article, or "".
func (d *doc) countryOf(id string) string {
	if a, ok := d.actors[id]; ok {
		return a.Country
	}
	if c, ok := strings.CutPrefix(id, "state:"); ok {
		return c
	}
	return ""
}

// headTitles are the titles of those who speak for a state.
var headTitles = []string{"President", "Prime Minister", "Acting Prime Minister", "Chancellor", "Premier", "King", "Queen", "Emir", "Sultan", "Supreme Leader", "Crown Prince"}

// headTitled reports whether a role heads something: "Supreme Leader of Iran".
func headTitled(role string) bool {
	return slices.ContainsFunc(headTitles, func(t string) bool { return strings.HasPrefix(role, t+" of ") })
}

// leaderState returns the state a person heads on the publication day
// ("Prime Minister of Thailand" → state:THA), or "".
func (d *doc) leaderState(id string) string {
	a, ok := d.actors[id]
	if !ok || a.Kind != parley.Person || a.Country == "" {
		return ""
	}
	st, ok := d.actors["state:"+a.Country]
	name := a.Country
	if ok {
		name = st.Name
	}
	for _, t := range headTitles {
		if strings.HasPrefix(a.Role, t+" of ") && (strings.HasSuffix(a.Role, " of "+name) || strings.HasSuffix(a.Role, " of the "+name)) {
			return "state:" + a.Country
		}
	}
	return ""
}

// chargeLaid reports whether accusation e lays a charge: "accused Modi
// of betraying farmers", "blamed the police for the deaths". A crowd
// that charges someone accuses; one that only denounces protests.
func (d *doc) chargeLaid(e parley.Event) bool {
	i := d.tokenAt(e.Trigger.Start)
	return i < len(d.in.Tokens) && accuseVerbs[d.tok(i).Norm] && !d.tok(i).Is("charged", "charges", "charging", "convicted", "indicted", "suspected", "suspects")
}

// crowdReactions lays out what a crowd does in one sentence as the labels
// do: a crowd that denounces is protesting, and a protest aims at whoever
// the crowd's words in the same sentence aim at ("gathered outside
// parliament, demanding that the prime minister resign") rather than at
// the state where it happens.
func crowdReactions(d *doc, evs []parley.Event) []parley.Event {
	aim := map[[2]string]parley.ActorRef{} // sentence start and crowd → target of its words
	for _, e := range evs {
		if (e.Type == parley.Accuse || e.Type == parley.Request) && d.protesters(e.Source.ID) && !e.Target.IsZero() {
			k := [2]string{fmt.Sprint(e.Evidence.Span.Start), e.Source.ID}
			if _, ok := aim[k]; !ok {
				aim[k] = e.Target
			}
		}
	}
	var out []parley.Event
	protested := map[[2]string]bool{}
	for _, e := range evs {
		if e.Type == parley.Protest && d.protesters(e.Source.ID) {
			k := [2]string{fmt.Sprint(e.Evidence.Span.Start), e.Source.ID}
			if t, ok := aim[k]; ok && (e.Target.IsZero() || strings.HasPrefix(e.Target.ID, "state:")) {
				e.Target = t
				e.Participants = []parley.ActorRef{e.Source, t}
			}
			protested[k] = true
		}
		out = append(out, e)
	}
	for i := range out {
		e := &out[i]
		if e.Type == parley.Accuse && d.protesters(e.Source.ID) {
			if protested[[2]string{fmt.Sprint(e.Evidence.Span.Start), e.Source.ID}] {
				e.Type = "" // said as part of the protest already coded
				continue
			}
			if !d.chargeLaid(*e) {
				e.Type, e.CAMEO, e.Mode = parley.Protest, "141", "demo"
			}
		}
	}
	n := 0
	for _, e := range out {
		if e.Type != "" {
			out[n] = e
			n++
		}
	}
	return out[:n]
}

// dateFromHearing dates what witnesses said at a hearing by the day of the
// hearing, which the story tells once: "Volker and Morrison testified on
// Tuesday … Volker and Morrison said the call was not in line with …", and
// "Vindman told lawmakers that …" when the article reports one hearing
// day. Only statements with no date of their own are dated; a statement
// in the perfect, or one the witness made somewhere else, keeps none.
func dateFromHearing(d *doc, evs []parley.Event) {
	witness := map[string]parley.Date{}
	var days []parley.Date
	for _, sent := range d.in.Sentences {
		a, b := d.tokensOf(sent)
		for k := a; k < b; k++ {
			t := d.tok(k)
			hearing := t.Is("hearing", "hearings") && !(k > a && d.tok(k-1).Is("closed-door", "private")) && !d.quoted[k]
			if !t.Is("testified", "testifies", "testifying") && !hearing {
				continue
			}
			cs, ce := d.clauseStart(k, a), d.clauseEnd(k, b)
			date, rel := d.date(d.spanOf(cs, max(ce, k+1)), k)
			if date.Precision() != parley.PrecisionDay || rel == parley.TimeFuture || !d.recent(date) {
				continue // (a date the clause names for something else: "testified about the July 25 call")
			}
			if !slices.Contains(days, date) {
				days = append(days, date)
			}
			if hearing {
				continue
			}
			// The witnesses: the people named before the verb, appositions
			// and all ("Kurt Volker, former special envoy to Kyiv, and Tim
			// Morrison, another top NSC aide, testified").
			var subj []string
			for i := cs; i < k; i++ {
				m, ok := d.mentionAt(i)
				if !ok || d.mentionStart(i) != i || len(m.Actors) != 1 || d.actors[m.Actors[0]] == nil || d.actors[m.Actors[0]].Kind != parley.Person {
					continue
				}
				if i > cs && nonActorPreps[norm(d.tok(i-1))] {
					continue
				}
				subj = append(subj, m.Actors[0])
			}
			for _, id := range subj {
				if _, ok := witness[id]; !ok {
					witness[id] = date
				}
			}
		}
	}
	if debug {
		fmt.Fprintf(os.Stderr, "hearing days %v witnesses %v\n", days, witness)
	}
	if len(days) == 0 {
		return
	}
	text := d.in.Text
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || !verbalTypes[e.Type] {
			continue
		}
		sentence := strings.ToLower(text[e.Evidence.Span.Start:e.Evidence.Span.End])
		if strings.Contains(sentence, " has ") || strings.Contains(sentence, " have ") || strings.Contains(sentence, "closed-door") || strings.Contains(sentence, "deposition") {
			continue
		}
		if day, ok := witness[e.Source.ID]; ok {
			e.Date = day
			continue
		}
		told := strings.Contains(sentence, "told lawmakers") || strings.Contains(sentence, "told the committee") ||
			strings.Contains(sentence, "told senators") || strings.Contains(sentence, "told the panel") ||
			strings.Contains(sentence, "told members of congress") || strings.Contains(sentence, "told mps")
		trigger := strings.ToLower(text[e.Trigger.Start:e.Trigger.End])
		if told && trigger == "told" && len(days) == 1 {
			e.Date = days[0]
		}
	}
}

// recent reports whether date falls in the week before publication, when
// the news a story reports happened.
func (d *doc) recent(date parley.Date) bool {
	pub := d.in.Published
	if pub.IsZero() {
		return false
	}
	return !pub.Before(date) && !date.Before(pub.AddDays(-7))
}

// dateFromMeetingDay dates a statement made right after a story tells of a
// meeting by the meeting's day, when one who met makes it and the sentence
// names no time of its own: "Macron met Xi in Beijing on Monday. Xi called
// on the European Union to keep its market open." Only the two sentences
// after the meeting's, and only a simple past ("Xi has long called …"
// reports no day).
func dateFromMeetingDay(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || material[e.Type] || e.Type == parley.Consult || e.Status != parley.Occurred || e.Source.IsZero() || d.vague[e.Trigger] {
			continue
		}
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if si >= len(d.in.Sentences) || d.datedSentence(si) || d.perfectBefore(e) || d.presentProgressive(e) || d.presentStance(e) {
			continue // (nor "Beijing is rejecting …", "Belgrade refuses to recognise …": a stance that goes on)
		}
		for j := range evs {
			m := &evs[j]
			if m.Type != parley.Consult || m.Status != parley.Occurred || m.Date.Precision() != parley.PrecisionDay || !d.recent(m.Date) {
				continue
			}
			mi := d.sentenceIndex(m.Evidence.Span.Start)
			if mi >= si || si-mi > 2 || !takesPart(m, e.Source.ID, d.countryOf, d.leaderState) {
				continue
			}
			if d.movedOn(mi, si, m.Date) {
				break // "… met on Wednesday. Earlier this month, coastguards seized … Senegal summoned …": another time
			}
			e.Date = m.Date
			break
		}
	}
}

// dateFromGroupSubject dates what "the two leaders" or "the two sides" did
// by the day of the meeting that made them a pair, however far back the
// story told it: a readout of talks goes on for paragraphs ("The two
// leaders adopted a Vision Document", "The two sides agreed to begin
// negotiations") after the one sentence that dates them. The act must be
// in the simple past, with no date in its sentence, and the meeting must
// have had both its actors; a meeting of no known day leaves the act as it
// was.
func dateFromGroupSubject(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		// (A date carried from the sentence before gives way: "On
		// Thursday, the foreign minister called on Ruto. The two leaders
		// adopted …" — the leaders met today.)
		si, ok := d.toldUndatedPast(e)
		if e.Type == parley.Consult || !ok || !d.groupSubject(e) {
			continue
		}
		// The story's first such meeting is the one it is about: a
		// readout's talks come before the minister's call of the day
		// before, and "the two sides" are the talks' sides.
		for j := range evs {
			m := &evs[j]
			mi := d.sentenceIndex(m.Evidence.Span.Start)
			if m.Type != parley.Consult || m.Status != parley.Occurred || mi >= si || si-mi > meetingWindow || !d.bothTakePart(m, e) {
				continue
			}
			if m.Date.Precision() == parley.PrecisionDay {
				e.Date = m.Date
			}
			break
		}
	}
}

// dateFromProtest dates force used on a crowd by the day of the protest
// the story told just before it: "Hundreds of protesters marched in Goma
// on Monday … Police fired tear gas to disperse them." Only the two
// sentences after the protest's, only with no date of their own, and not
// in the perfect.
func dateFromProtest(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Type != parley.Assault && e.Type != parley.Coerce || e.Status != parley.Occurred || !d.crowd(e.Target.ID) || d.vague[e.Trigger] {
			continue
		}
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if si >= len(d.in.Sentences) || d.datedSentence(si) || d.perfectBefore(e) {
			continue
		}
		for j := len(evs) - 1; j >= 0; j-- {
			p := &evs[j]
			pi := d.sentenceIndex(p.Evidence.Span.Start)
			if p.Type != parley.Protest || p.Status != parley.Occurred || p.Source.ID != e.Target.ID || pi > si || si-pi > 2 || p.Evidence.Span.Start >= e.Evidence.Span.Start && pi == si {
				continue
			}
			e.Date = p.Date
			if e.Location == nil {
				e.Location = p.Location
			}
			break
		}
	}
}

// dateFromSentenceBefore dates an undated act told in the simple past by
// the day of an act of the sentence right before it, in the same
// paragraph, that one of its sides took part in: "Ethiopia and Somalia
// signed a declaration in Ankara last Wednesday. Abiy and Hassan Sheikh
// each met Erdoğan separately before the three leaders sat down
// together."
func dateFromSentenceBefore(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Type != parley.Consult && e.Type != parley.Agree {
			continue // (meetings and signings: the acts a story tells day by day)
		}
		si, ok := d.toldUndatedPast(e)
		if !ok || si == 0 || d.anotherTime(e) {
			continue
		}
		for j := range evs {
			p := &evs[j]
			if p.Status != parley.Occurred || p.Date.Precision() != parley.PrecisionDay || d.sentenceIndex(p.Evidence.Span.Start) != si-1 ||
				!d.sameParagraph(p.Evidence.Span, e.Evidence.Span) || !d.oneTakesPart(p, e) && !d.oneTakesPart(e, p) {
				continue
			}
			e.Date = p.Date
			break
		}
	}
}

// dateFromDayBefore dates an undated use of force told in the simple
// past by the day the sentence right before it, in the same paragraph,
// names for something one of the act's sides did: "He was on his way to
// court last Wednesday, escorted by his supporters. Gendarmes stopped the
// convoy and detained him." (Words told so stay undated, as the labels
// have them: a reaction has no day of its own.)
func dateFromDayBefore(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Type != parley.Coerce && e.Type != parley.Assault {
			continue // (force told in a story's run of deeds; words and reactions keep no day of their own)
		}
		si, ok := d.toldUndatedPast(e)
		if !ok || si == 0 || d.anotherTime(e) {
			continue
		}
		prev := d.in.Sentences[si-1]
		if !d.sameParagraph(prev, e.Evidence.Span) || d.in.Governing == nil {
			continue
		}
		g := d.in.Governing(prev)
		if g < 0 {
			continue
		}
		x := d.in.Dates[g]
		if x.Value.Precision() != parley.PrecisionDay || !d.toldAsPast(x) {
			continue
		}
		if !d.sideNamedIn(prev, e.Source.ID) && !d.sideNamedIn(prev, e.Target.ID) {
			continue
		}
		e.Date = x.Value
	}
}

// toldAsPast reports whether the time expression x tells a time gone by
// when the paper came out: not one still to come, nor one after its day.
func (d *doc) toldAsPast(x parley.TimeExpr) bool {
	return x.Relation != parley.TimeFuture && (d.in.Published.IsZero() || !d.in.Published.Before(x.Value))
}

// sideNamedIn reports whether the actor id, or the state it serves, is
// named in span.
func (d *doc) sideNamedIn(span parley.Span, id string) bool {
	a, b := d.tokensOf(span)
	c := d.countryOf(id)
	return d.namedIn(id, a, b) || c != "" && d.namedIn("state:"+c, a, b)
}

// anotherTime reports whether e's sentence places it at some other time
// than the one before: "Modi later visited Egypt".
func (d *doc) anotherTime(e *parley.Event) bool {
	if d.briefedOn(d.tokenAt(e.Trigger.Start)) {
		return true // "Modi briefed Biden on his talks with Zelensky in Kyiv": talks held before the briefing
	}
	a, b := d.tokensOf(e.Evidence.Span)
	for i := a; i < b; i++ {
		if d.tok(i).Is("next", "following", "last") && !d.timeWordAfter(i) {
			continue // ("rice over the next five years", "the last two posts": a term, a rank)
		}
		if d.tok(i).Is("once") && i > a && d.tok(i-1).Is("at") {
			continue // ("to retrieve their dead at once": now, not another time)
		}
		if d.tok(i).Is("later", "earlier", "afterwards", "afterward", "subsequently", "previously", "since", "then", "next", "following", "eventually", "last", "ago", "once", "already") {
			return true
		}
	}
	return false
}

// briefedOn reports whether the noun at k is what someone was briefed or
// told about: "briefed Biden on his talks with Zelensky", "informed the
// council about the visit".
func (d *doc) briefedOn(k int) bool {
	for i := k - 1; i > 0 && k-i <= 4; i-- {
		t := d.tok(i)
		if t.Is("on", "about") {
			for v := i - 1; v >= 0 && i-v <= 6; v-- {
				if d.tok(v).Is("briefed", "briefs", "brief", "briefing", "informed", "informs", "inform", "informing", "updated", "updates", "update", "updating") {
					return true
				}
				if d.tok(v).Kind == token.Punct {
					return false
				}
			}
			return false
		}
		if t.Kind != token.Word || d.cover[i] >= 0 && !t.Is("his", "her", "their", "its") && !d.possessiveAt(d.mentionEnd(i)) {
			return false
		}
	}
	return false
}

// timeWordAfter reports whether "next", "following" or "last" at i
// names a time — "the next day", "last week", "the following two
// months", "last Tuesday" — and not a term set for what was agreed
// ("over the next five years", "for the next decade").
func (d *doc) timeWordAfter(i int) bool {
	if i >= 2 && d.tok(i-1).Is("the") && d.tok(i-2).Is("over", "for", "within", "during", "throughout") {
		return false
	}
	for j := i + 1; j < len(d.in.Tokens) && j <= i+3; j++ {
		t := d.tok(j)
		if d.inDate(j) || t.Is("day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "evening", "night", "weekend", "time", "decade", "hours", "round", "session") {
			return true
		}
		if _, ok := countWords[t.Norm]; !ok && !t.Is("few", "several", "two", "one") && t.Kind != token.Number {
			return false
		}
	}
	return false
}

// dateFromLeadMeeting dates what the two sides of the story's lead
// meeting did without a date of their own by that meeting's day, when the
// meeting was held on the day the story came out: a readout of talks held
// "today" goes on with what the leaders adopted, extended and agreed. Only
// acts in the simple past, in the paragraphs after the meeting's.
func dateFromLeadMeeting(d *doc, evs []parley.Event) {
	var lead *parley.Event
	for i := range evs {
		if evs[i].Type == parley.Consult {
			lead = &evs[i]
			if lead.Date == d.in.Published || i+1 >= len(evs) || !d.welcomedBefore(lead, evs[i+1:], d.in.Published) {
				break
			}
			// "Medvedev is in Norway on a state visit …, King Harald
			// received him on Monday. This morning the President held
			// talks with the Prime Minister": the welcome of the day
			// before opens the visit; the day's talks lead the story.
		}
	}
	if lead == nil || lead.Status != parley.Occurred || lead.Date.Precision() != parley.PrecisionDay || lead.Date != d.in.Published {
		return
	}
	li := d.sentenceIndex(lead.Evidence.Span.Start)
	for i := range evs {
		e := &evs[i]
		if e == lead || !e.Date.IsZero() {
			continue
		}
		if si, ok := d.toldUndatedPast(e); ok && si > li && (d.bothTakePart(lead, e) || d.oneTakesPart(lead, e)) && !d.toldOnAnotherDay(si, lead.Date) {
			e.Date = lead.Date
		}
	}
}

// welcomedBefore reports whether the meeting m, held the day before the
// story came out, is followed by another with one of its sides held on
// that day.
func (d *doc) welcomedBefore(m *parley.Event, rest []parley.Event, day parley.Date) bool {
	if m.Date.IsZero() || m.Date.Precision() != parley.PrecisionDay || m.Date.Time().AddDate(0, 0, 1) != day.Time() {
		return false
	}
	for i := range rest {
		if rest[i].Type == parley.Consult && rest[i].Date == day && d.oneTakesPart(m, &rest[i]) {
			return true
		}
	}
	return false
}

// toldOnAnotherDay reports whether the sentence before sentence si, in
// its paragraph, is dated to a day other than day: "NATO allies held
// consultations in Brussels on 28 February. Stoltenberg expressed the
// Alliance's full solidarity with Turkey" is told of 28 February, not of
// the day of the lead's talks.
func (d *doc) toldOnAnotherDay(si int, day parley.Date) bool {
	if si == 0 || !d.sameParagraph(d.in.Sentences[si-1], d.in.Sentences[si]) {
		return false
	}
	prev, rel := d.date(d.in.Sentences[si-1], -1)
	if !prev.IsZero() && rel != parley.TimeFuture && prev.Precision() != parley.PrecisionDay && d.earlierSpanIn(d.in.Sentences[si-1]) {
		// "Pakistan had carried out air strikes … earlier in the week.
		// The Taliban … retaliated": before the lead's day, though the
		// week holds it.
		return true
	}
	return !prev.IsZero() && rel != parley.TimeFuture && !prev.Agrees(day)
}

// earlierSpanIn reports whether sentence s names a time only as earlier
// than the paper's day: "earlier in the week", "earlier this month".
func (d *doc) earlierSpanIn(s parley.Span) bool {
	for _, x := range d.in.Dates {
		if s.Contains(x.Span) && strings.HasPrefix(strings.ToLower(x.Text), "earlier") {
			return true
		}
	}
	return false
}

// oneTakesPart reports whether one side of e is one of the lead
// meeting's two: in a report of the day's talks, "President Marcos also
// paid a courtesy call on General Secretary Trong" was the same day's.
func (d *doc) oneTakesPart(m, e *parley.Event) bool {
	return takesPart(m, e.Source.ID, d.countryOf, d.leaderState) || takesPart(m, e.Target.ID, d.countryOf, d.leaderState)
}

// toldUndatedPast reports whether e is an occurred act between two actors
// told in the simple past in a sentence that names no date, and gives
// that sentence's index: an act a meeting's day may date.
func (d *doc) toldUndatedPast(e *parley.Event) (int, bool) {
	if e.Status != parley.Occurred || e.Source.IsZero() || e.Target.IsZero() || d.vague[e.Trigger] {
		return 0, false
	}
	si := d.sentenceIndex(e.Evidence.Span.Start)
	if si >= len(d.in.Sentences) || d.dateOfItsOwnClause(e) || d.perfectBefore(e) || d.presentBefore(e) {
		return 0, false
	}
	return si, true
}

// dateOfItsOwnClause reports whether e's sentence names a date before
// its trigger, or after it in its own clause: a date set off after a
// comma or a relative pronoun is another act's ("Both leaders condemned
// North Korea, which fired a missile on Thursday morning").
func (d *doc) dateOfItsOwnClause(e *parley.Event) bool {
	if d.dateBeforeTrigger(e) {
		return true
	}
	k := d.tokenAt(e.Trigger.Start)
	for j, x := range d.in.Dates {
		if !e.Evidence.Span.Contains(x.Span) || x.Span.Start < e.Trigger.Start || d.in.Governing(x.Span) != j || d.possessiveDate(x) {
			continue // (nor "a 2009 memorandum", "Monday's meeting": they date no clause)
		}
		ds := d.tokenAt(x.Span.Start)
		if !d.wordIn(k+1, ds, ",", ";", "which", "who", "whose", "when", "where") && !d.pastVerbIn(k+1, ds) {
			return true // (not "the attack carried out by Russia on Tuesday": the participle's)
		}
	}
	return false
}

// pastVerbIn reports whether a past form outside any mention stands in
// tokens [a, b).
func (d *doc) pastVerbIn(a, b int) bool {
	for t := a; t < b; t++ {
		if d.cover[t] < 0 && (d.finiteVerbAt(t) || pastForms[d.tok(t).Norm]) {
			return true
		}
	}
	return false
}

// bothTakePart reports whether both of e's actors took part in meeting m.
func (d *doc) bothTakePart(m, e *parley.Event) bool {
	return takesPart(m, e.Source.ID, d.countryOf, d.leaderState) && takesPart(m, e.Target.ID, d.countryOf, d.leaderState)
}

// presentBefore reports whether a present or modal auxiliary stands in
// the few words before e's trigger: "Russia is supplying the reactor
// design" is no act of the day.
func (d *doc) presentBefore(e *parley.Event) bool {
	k := d.tokenAt(e.Trigger.Start)
	a, _ := d.tokensOf(e.Evidence.Span)
	for j := k - 1; j >= a && k-j <= 3; j-- {
		if d.tok(j).Is("is", "are", "am") && d.stanceSaid(e) {
			return false // "Xi said China is willing to work with Vietnam": a stance told that day
		}
		if d.tok(j).Is("is", "are", "am", "will", "would", "can", "could", "may", "might", "must", "should") {
			return true
		}
	}
	return false
}

// stanceSaid reports whether e is a stance — readiness, support,
// refusal — its source voiced with a say verb in the past before the
// trigger ("To Lam said Vietnam firmly supports China's position"): in
// reported speech the present tells what was said that day.
func (d *doc) stanceSaid(e *parley.Event) bool {
	if e.Type != parley.Agree && e.Type != parley.Support && e.Type != parley.Reject {
		return false
	}
	k := d.tokenAt(e.Trigger.Start)
	a, _ := d.tokensOf(e.Evidence.Span)
	for r := k - 1; r > a; r-- {
		if !d.tok(r).Is("said", "told", "stressed", "noted", "added", "stated", "affirmed", "reiterated", "emphasized", "emphasised", "underlined", "pointed") {
			continue
		}
		for i := a; i < r; i++ {
			if m, ok := d.mentionAt(i); ok && slices.Contains(m.Actors, e.Source.ID) {
				return true
			}
		}
		return false
	}
	return false
}

// groupSubject reports whether e's sentence opens with a group its source
// belongs to ("The two leaders", "Both sides") and e's trigger comes soon
// after it.
func (d *doc) groupSubject(e *parley.Event) bool {
	a, _ := d.tokensOf(e.Evidence.Span)
	k := d.tokenAt(e.Trigger.Start)
	for i := a; i < k && i <= a+3; i++ {
		if m, ok := d.mentionAt(i); ok {
			return m.Via == parley.ViaGroup && slices.Contains(m.Actors, e.Source.ID) && k-d.mentionEnd(i) <= 3
		}
	}
	return false
}

// datedSentence reports whether sentence si names a date of its own.
func (d *doc) datedSentence(si int) bool {
	sent := d.in.Sentences[si]
	for _, x := range d.in.Dates {
		if sent.Contains(x.Span) {
			return true
		}
	}
	return false
}

// perfectBefore reports whether a perfect ("has", "have", "had") stands
// between the start of e's sentence and its trigger.
func (d *doc) perfectBefore(e *parley.Event) bool {
	return d.beforeTrigger(e, func(j int) bool {
		return d.tok(j).Is("has", "have", "had") && d.auxiliaryHave(j) ||
			d.possessiveAt(j) && j+1 < len(d.in.Tokens) && strings.HasSuffix(d.tok(j+1).Norm, "ed")
	})
}

// auxiliaryHave reports whether "has", "have" or "had" at j makes a
// perfect of the narration, not a verb of having or a word quoted: "He
// said the United States "does not have the qualification" and accused
// Washington" is told in the simple past.
func (d *doc) auxiliaryHave(j int) bool {
	if d.quoted[j] {
		return false
	}
	n := j + 1
	for n < len(d.in.Tokens) && d.tok(n).Is("not", "n't", "also", "already", "long", "never", "since", "repeatedly", "previously", "recently") {
		n++
	}
	return n >= len(d.in.Tokens) || !d.tok(n).Is("a", "an", "the", "to", "no", "any", "some", "his", "her", "its", "their", "our", "my", "your",
		"this", "that", "these", "those", "enough", "more", "much", "many", "little", "nothing", "one", "two", "ties", "concerns", "doubts")
}

// presentPerfectBefore reports whether "has" or "have" (not the
// pluperfect "had") stands between the start of e's sentence and its
// trigger: "Moscow has denied the allegation".
func (d *doc) presentPerfectBefore(e *parley.Event) bool {
	return d.beforeTrigger(e, func(j int) bool { return d.tok(j).Is("has", "have") && d.auxiliaryHave(j) })
}

// undatedPerfect reports whether e is told in the present perfect, on no
// day, or in a past perfect of the narration itself, before the time the
// story tells ("Budapest had accused Helsinki of …" after the vote of
// Tuesday): background, not an act of the occasion. A past perfect
// reported by a speaker ("said they had agreed to …") keeps the day of
// the saying.
func (d *doc) undatedPerfect(e *parley.Event) bool {
	if d.presentPerfectBefore(e) || d.presentProgressive(e) || d.presentStance(e) {
		return true
	}
	said := false
	return d.beforeTrigger(e, func(j int) bool {
		said = said || d.sayVerbAt(j) || d.tok(j).Is("announced", "confirmed", "according")
		return !said && d.tok(j).Is("had") && d.auxiliaryHave(j)
	})
}

// presentStance reports whether e's trigger is a verb in the simple
// present that tells a stance held rather than an act done in saying it
// ("Pakistan denies any role", "Caracas accuses Washington of …"): no
// occasion told around it dates it.
// ("Belgrade refuses to recognise Kosovo", "Hamas continues to reject
// the plan" hold the stance in the verb before "to").
func (d *doc) presentStance(e *parley.Event) bool {
	k := d.tokenAt(e.Trigger.Start)
	if strings.HasPrefix(e.Rule, "verb:") && k >= 2 && d.tok(k-1).Is("to") && d.tok(k-2).Is("refuses", "continues", "declines", "keeps") {
		return true
	}
	return d.presentSimple(e) && !performatives[d.tok(k).Norm]
}

// presentProgressive reports whether e's trigger is told in the present
// progressive ("Beijing is balking at committing to …"): a stance that
// goes on, on no day of its own.
func (d *doc) presentProgressive(e *parley.Event) bool {
	k := d.tokenAt(e.Trigger.Start)
	a, _ := d.tokensOf(e.Evidence.Span)
	return k-1 >= a && strings.HasSuffix(d.tok(k).Norm, "ing") && d.tok(k-1).Is("is", "are", "am")
}

// beforeTrigger reports whether a token between the start of e's sentence
// and its trigger passes ok.
func (d *doc) beforeTrigger(e *parley.Event, ok func(j int) bool) bool {
	a, _ := d.tokensOf(e.Evidence.Span)
	for j := a; j < d.tokenAt(e.Trigger.Start); j++ {
		if ok(j) {
			return true
		}
	}
	return false
}

// dateFromPronounSubject dates an act told by a pronoun that opens its
// sentence by the sentence before, when that one names the same actor in
// the same paragraph and has a date: "In a letter to the president in May,
// Zippy Duvall said farmers faced hardship. He urged Mr. Trump to make a
// deal" — the same letter, the same May.
func dateFromPronounSubject(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || e.Source.ID == "" {
			continue
		}
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if si == 0 || si >= len(d.in.Sentences) {
			continue
		}
		a, _ := d.tokensOf(d.in.Sentences[si])
		k := d.tokenAt(e.Trigger.Start)
		m, ok := d.mentionAt(a)
		if !ok || m.Via != parley.ViaPronoun || !slices.Contains(m.Actors, e.Source.ID) || k-a > 3 {
			continue
		}
		perfect := false
		for j := a + 1; j < k; j++ {
			perfect = perfect || d.tok(j).Is("has", "have", "had") // "He has also called on Israel …": not that day
		}
		if perfect {
			continue
		}
		prev := d.in.Sentences[si-1]
		if !d.sameParagraph(prev, d.in.Sentences[si]) {
			continue
		}
		pa, pb := d.tokensOf(prev)
		for j := pa; j < pb; j++ {
			pm, ok := d.mentionAt(j)
			if !ok || pm.Via == parley.ViaPronoun || !slices.Contains(pm.Actors, e.Source.ID) {
				continue
			}
			if date, rel := d.date(prev, j); !date.IsZero() && rel != parley.TimeFuture {
				e.Date = date
			}
			break
		}
	}
}

// dateFromCoordinatedVerb dates an undated act joined by "and" to an
// earlier act of the same actor in the same sentence by that act's date:
// "She accused the United States of hypocrisy and urged Washington to
// stop arming Taiwan" — one briefing, one day. The second act may be
// told by its noun after a light verb: "met Prabowo and held brief talks
// with Macron".
func dateFromCoordinatedVerb(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		k := d.tokenAt(e.Trigger.Start)
		if !e.Date.IsZero() || e.Status != parley.Occurred || e.Source.ID == "" || k == 0 {
			continue
		}
		pair := d.pairAfterAnd(k)
		and := d.clauseAfterCommaAnd(k)
		if !pair && and < 0 && !d.coordinatedAt(k) {
			continue
		}
		for j := range evs {
			o := &evs[j]
			if j == i || o.Evidence.Span != e.Evidence.Span || o.Date.IsZero() || o.Status != parley.Occurred || o.Trigger.Start >= e.Trigger.Start ||
				o.Source.ID != e.Source.ID && !(pair && o.Type == parley.Consult) && !(and >= 0 && o.Trigger.Start < d.tok(and).Start && strings.HasPrefix(o.Rule, "verb:")) {
				continue
			}
			e.Date = o.Date
			break
		}
	}
}

// pairAfterAnd reports whether the act at trigger k is told, right after
// ", and", of the pair the sentence's meeting joined: "held talks with Xi
// in Beijing on Friday, and the two sides signed 15 agreements".
func (d *doc) pairAfterAnd(k int) bool {
	for j := k - 1; j >= 2 && k-j <= 5; j-- {
		if d.tok(j).Is("and") {
			m, ok := d.mentionAt(j + 1)
			return ok && d.tok(j-1).Is(",") && m.Via == parley.ViaGroup && d.mentionEnd(j+1) <= k
		}
	}
	return false
}

// clauseAfterCommaAnd returns where ", and" opens the clause of the act
// at trigger k with a subject of its own, a named actor right after it and
// only a few plain words before the trigger: "switched recognition to
// China in September 2019, and Taiwan closed its embassy", "condemned the
// ban the same day, and Malaysia responded by preventing …". A clause
// told as earlier, later or still to come ("and Taiwan had closed", "and
// later …") keeps no such tie; -1 then.
func (d *doc) clauseAfterCommaAnd(k int) int {
	for j := k - 1; j >= 2 && k-j <= 10; j-- {
		if !d.tok(j).Is("and") {
			continue
		}
		if !d.tok(j-1).Is(",") || d.cover[j+1] < 0 || d.mentionStart(j+1) != j+1 {
			return -1
		}
		end := d.mentionEnd(j + 1)
		if end > k || k-end > 4 {
			return -1
		}
		for t := end; t < k; t++ {
			if d.cover[t] >= 0 || d.tok(t).Kind != token.Word || d.tok(t).Is("had", "has", "have", "will", "would", "later", "earlier", "previously",
				"since", "then", "after", "before", "subsequently", "eventually", "once", "is", "are", "to") {
				return -1
			}
		}
		return j
	}
	return -1
}

// coordinatedAt reports whether the act at trigger k is joined to the one
// before by "and": right before it ("and urged"), or before a light verb
// and the words of its noun ("and held brief talks", "and had a phone
// call").
func (d *doc) coordinatedAt(k int) bool {
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		t := d.tok(j)
		if t.Is("and") {
			return j == k-1 || lightVerbs[d.tok(j+1).Norm]
		}
		if t.Kind != token.Word || t.Upper || d.cover[j] >= 0 {
			return false
		}
	}
	return false
}

// lightVerbs carry an act told by its noun: "held talks", "had a call".
var lightVerbs = map[string]bool{"held": true, "had": true, "made": true, "conducted": true, "paid": true, "issued": true, "signed": true}

// sameParagraph reports whether spans a and b lie in one paragraph.
func (d *doc) sameParagraph(a, b parley.Span) bool {
	for _, p := range d.in.Paragraphs {
		if p.Contains(a) {
			return p.Contains(b)
		}
	}
	return len(d.in.Paragraphs) == 0
}

// dateFromOccasionJustTold dates an undated act told "afterwards" or
// "following the meeting" by the occasion the story told just before it:
// "NATO envoys met in Brussels on Tuesday. Afterwards Stoltenberg said the
// alliance stood with Turkey"; "The three leaders met in Madrid on 28
// June. Following the meeting, the foreign ministers signed a
// memorandum". An occasion named ("the meeting", "the talks") must be an
// act of its kind dated in the few sentences before; "afterwards" alone
// takes the day of the sentence right before. "Years afterwards" is no
// such link.
func dateFromOccasionJustTold(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if !e.Date.IsZero() || e.Status != parley.Occurred || e.Target.IsZero() || d.vague[e.Trigger] || si == 0 || si >= len(d.in.Sentences) ||
			d.dateBeforeTrigger(e) || d.perfectBefore(e) || d.presentBefore(e) {
			continue // (a date told after the act, "a memorandum signed in Sochi in 2018", is not its own)
		}
		types, after := d.occasionLink(e)
		if types == nil && !after {
			continue
		}
		if m := d.latestOccasion(evs, e, si, types); m != nil {
			e.Date = m.Date
		} else if after {
			e.Date = d.dayOfSentence(si - 1)
		}
	}
}

// occasionLink finds, before e's trigger in its sentence, "afterwards"
// (after reports true) or a phrase that places the act at an occasion
// ("following the meeting", "after the talks", "at the end of the
// summit"), whose noun's types it returns.
func (d *doc) occasionLink(e *parley.Event) ([]parley.EventType, bool) {
	a, _ := d.tokensOf(e.Evidence.Span)
	k := d.tokenAt(e.Trigger.Start)
	for j := a; j < k; j++ {
		t := d.tok(j)
		if t.Is("afterwards", "afterward") {
			return nil, j == a || !d.tok(j-1).Is("days", "weeks", "months", "years", "decades", "soon", "long")
		}
		det := j + 1
		if t.Is("end", "close") && j > a && d.tok(j-1).Is("the") && d.tok(j+1).Is("of") {
			det++ // "at the end of the talks"
		} else if !t.Is("following", "after") {
			continue
		}
		n := det + 1
		if n >= k || !d.tok(det).Is("the", "that", "this", "their") {
			continue
		}
		if occasionModifiers[d.tok(n).Norm] && n+1 < k {
			n++ // "after the phone call"
		}
		if ts := occasionNouns[d.tok(n).Norm]; ts != nil {
			return ts, false
		}
	}
	return nil, false
}

// latestOccasion returns the last act other than e dated to a day: of
// one of types in the three sentences before sentence si, or, when types
// is nil, of any type in the sentence right before.
func (d *doc) latestOccasion(evs []parley.Event, e *parley.Event, si int, types []parley.EventType) *parley.Event {
	var best *parley.Event
	for j := range evs {
		m := &evs[j]
		mi := d.sentenceIndex(m.Evidence.Span.Start)
		if m == e || mi >= si || si-mi > 3 || m.Status != parley.Occurred || m.Date.Precision() != parley.PrecisionDay ||
			types != nil && !slices.Contains(types, m.Type) || types == nil && mi != si-1 {
			continue
		}
		if best == nil || m.Evidence.Span.Start > best.Evidence.Span.Start {
			best = m
		}
	}
	return best
}

// dayOfSentence returns the day sentence si tells of, when it names one
// and it is not to come.
func (d *doc) dayOfSentence(si int) parley.Date {
	if day := d.openingDay(si); !day.IsZero() {
		return day // "On Monday the Greens called for an election in the second half of January": Monday
	}
	day, rel := d.date(d.in.Sentences[si], -1)
	if rel == parley.TimeFuture || day.Precision() != parley.PrecisionDay {
		return parley.Date{}
	}
	return day
}

// openingDay returns the day a sentence opens on ("On Monday …",
// "Yesterday …", past a speaker's label), when it is a day not to come;
// else the zero date.
func (d *doc) openingDay(si int) parley.Date {
	a, b := d.tokensOf(d.in.Sentences[si])
	a = d.pastLabel(a, b) // "POLITICAL CORRESPONDENT: On Monday …"
	for _, x := range d.in.Dates {
		s := d.tokenAt(x.Span.Start)
		if s < a || s > a+1 || s == a+1 && !d.tok(a).Is("on", "late", "early", "by") {
			continue
		}
		if x.Value.Precision() == parley.PrecisionDay && x.Relation != parley.TimeFuture && !d.in.Published.Before(x.Value) {
			return x.Value
		}
		return parley.Date{}
	}
	return parley.Date{}
}

// dateBeforeTrigger reports whether a date of the text stands in e's
// sentence before its trigger.
func (d *doc) dateBeforeTrigger(e *parley.Event) bool {
	for _, x := range d.in.Dates {
		if e.Evidence.Span.Contains(x.Span) && x.Span.Start < e.Trigger.Start {
			return true
		}
	}
	return false
}

// dateFromOccasionRestated dates an undated meeting or signing told by
// its noun by the sentence right after it, in its paragraph, that opens
// on that noun again and gives it a date: "Venezuela has agreed to host
// the first round of peace talks between Bogotá and the ELN. The talks
// are due to open in Caracas this month." ("The talks came a week after
// …" dates another act.)
func dateFromOccasionRestated(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		noun := d.occasionNounFrom(d.tokenAt(e.Trigger.Start))
		if !e.Date.IsZero() || d.vague[e.Trigger] || noun == "" || !slices.Contains(occasionNouns[noun], e.Type) {
			continue // ("agreed to host talks": the agreement came first)
		}
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if si+1 >= len(d.in.Sentences) || !d.sameParagraph(e.Evidence.Span, d.in.Sentences[si+1]) {
			continue
		}
		a, b := d.tokensOf(d.in.Sentences[si+1])
		n := a + 1
		for n < b && occasionModifiers[d.tok(n).Norm] {
			n++
		}
		if !d.tok(a).Is("the") || n+1 >= b || d.tok(n).Norm != noun || d.tok(n+1).Is("came", "comes", "followed", "follows", "follow") {
			continue
		}
		date, rel := d.date(d.in.Sentences[si+1], n)
		if date.IsZero() || e.Status == parley.Occurred && rel == parley.TimeFuture || e.Status == parley.Planned && date.Before(d.in.Published) {
			continue
		}
		e.Date = date
	}
}

// occasionNounFrom returns the occasion noun at trigger k or a few words
// after it, before any punctuation ("host the first round of peace
// talks"), or "".
func (d *doc) occasionNounFrom(k int) string {
	for i := k; i < len(d.in.Tokens) && i <= k+6 && d.tok(i).Kind != token.Punct; i++ {
		if occasionNouns[d.tok(i).Norm] != nil {
			return d.tok(i).Norm
		}
	}
	return ""
}

// dateFromOccasionMentioned dates an undated act told "before the
// meeting" or "at the summit" by the day of the sentence that last
// mentioned that occasion, when no act of the article dates it: "At their
// special meeting in Brussels today, the 27 leaders agreed on … Before the
// meeting, Michel held discussions with Orbán."
func dateFromOccasionMentioned(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || e.Target.IsZero() || d.vague[e.Trigger] || d.dateBeforeTrigger(e) || d.perfectBefore(e) {
			continue
		}
		noun := d.occasionPhraseBefore(e)
		if noun == "" {
			noun = d.occasionPhraseAfter(e)
		}
		if noun == "" {
			noun = d.occasionNamedAgain(e)
		}
		if noun == "" || d.timedApartFromOccasion(e) {
			continue
		}
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if day, ok := d.dayOfOccasion(si, func(pi int) bool { return d.mentionsWord(pi, noun) }); ok {
			e.Date = day
		} else if spokenOccasions[noun] && d.sameOccasionOpens(e) {
			// "announced on Tuesday evening that … In the same televised
			// address, Bainimarama accused …": the words told before.
			e.Date, _ = d.dayOfOccasion(si, d.mentionsSaying)
		} else if oneMeetingNouns[noun] {
			// "NATO leaders meeting in Madrid on Wednesday invited … ;
			// Zelensky, addressing the summit by video, asked …": the
			// summit is the meeting told before under another word.
			e.Date, _ = d.dayOfOccasion(si, d.mentionsGathering)
		}
	}
}

// dateFromSameOccasion dates an act told "in the same address", "at the
// same briefing" by the day of the words told before, ahead of the
// article's other acts between the same two sides: "announced on Tuesday
// evening that … In the same televised address, Bainimarama accused both
// governments" is of Tuesday, whatever day they answered.
func dateFromSameOccasion(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Date.IsZero() || e.Status != parley.Occurred || d.vague[e.Trigger] {
			continue
		}
		noun := d.sameOccasionNoun(e)
		if noun == "" {
			continue
		}
		si := d.sentenceIndex(e.Evidence.Span.Start)
		if day, ok := d.dayOfOccasion(si, func(pi int) bool { return d.mentionsWord(pi, noun) }); ok {
			e.Date = day
		} else if spokenOccasions[noun] {
			e.Date, _ = d.dayOfOccasion(si, d.mentionsSaying)
		}
	}
}

// timedApartFromOccasion reports whether e's trigger stands in a clause
// timed against the occasion its sentence names before it: "signed a
// memorandum on the sidelines of the meeting, days after Chinese vessels
// rammed a Vietnamese boat" (the ramming is of another day).
func (d *doc) timedApartFromOccasion(e *parley.Event) bool {
	a, _ := d.tokensOf(e.Evidence.Span)
	k := d.tokenAt(e.Trigger.Start)
	for i := k - 1; i > a; i-- {
		if occasionNouns[d.tok(i).Norm] != nil {
			return false
		}
		if d.tok(i).Is("after", "before", "since") && d.tok(i-1).Is("days", "weeks", "months", "hours", "years", "shortly", "soon", "long", "day", "week", "month", "year") {
			return true
		}
	}
	return false
}

// dayOfOccasion returns the day of the last sentence before si, within
// the meeting window, that mentions the occasion and names a time, and
// whether one did. A sentence of the same occasion that names no time
// ("Zelensky, addressing the summit by video, asked …") lets the search
// go on to the one that does.
func (d *doc) dayOfOccasion(si int, mentions func(pi int) bool) (parley.Date, bool) {
	for pi := si - 1; pi >= 0 && si-pi <= meetingWindow; pi-- {
		if !mentions(pi) || !d.datedSentence(pi) {
			continue
		}
		if day := d.dayOfSentence(pi); !day.IsZero() && !d.in.Published.Before(day) {
			return day, true
		}
		return parley.Date{}, true
	}
	return parley.Date{}, false
}

// oneMeetingNouns are the occasion nouns of one meeting that a story may name
// by another word: "meeting in Madrid on Wednesday … the summit".
var oneMeetingNouns = map[string]bool{"summit": true, "meeting": true, "talks": true, "conference": true, "forum": true}

// mentionsGathering reports whether sentence si tells of a meeting by a
// gathering noun or by the verb ("leaders meeting in Madrid", "met").
func (d *doc) mentionsGathering(si int) bool {
	a, b := d.tokensOf(d.in.Sentences[si])
	for j := a; j < b; j++ {
		if oneMeetingNouns[d.tok(j).Norm] || d.tok(j).Is("met", "meet", "meets") {
			return true
		}
	}
	return false
}

// occasionNamedAgain returns the occasion noun that is e's own trigger
// when the article names it as one told before ("chaired the
// extraordinary summit by videoconference" after "a statement issued
// after their summit" on Thursday), or "".
func (d *doc) occasionNamedAgain(e *parley.Event) string {
	k := d.tokenAt(e.Trigger.Start)
	noun := d.tok(k).Norm
	if e.Type != parley.Consult || !oneMeetingNouns[noun] {
		return ""
	}
	a, _ := d.tokensOf(e.Evidence.Span)
	j := k - 1
	for j > a && (occasionModifiers[d.tok(j).Norm] || d.tok(j).Is("special", "extraordinary", "emergency")) {
		j--
	}
	if j < a || !d.tok(j).Is("the", "that", "this") {
		return ""
	}
	return noun
}

// occasionPhraseBefore returns the occasion noun of a phrase before e's trigger
// that places the act at it ("before the meeting", "at the extraordinary
// summit") or that, resolved to an actor, opens the sentence as the one
// acting ("The summit also asks …"), or "".
func (d *doc) occasionPhraseBefore(e *parley.Event) string {
	a, _ := d.tokensOf(e.Evidence.Span)
	k := d.tokenAt(e.Trigger.Start)
	if a+1 < k && d.tok(a).Is("the") && d.cover[a+1] >= 0 {
		if noun := d.occasionNounAt(a+1, k); noun != "" {
			return noun // "The summit also asks the UN Security Council …": the gathering that acts, on its day
		}
	}
	for j := a; j+2 < k; j++ {
		if noun := d.sameOccasionAt(j, k); noun != "" {
			return noun
		}
		// ("On the second day of the summit", "On the sidelines of the
		// forum": of the occasion, at it.)
		of := d.tok(j).Is("of") && j > a && d.tok(j-1).Is("day", "sidelines", "margins", "sideline", "margin")
		// ("Addressing the summit by video, …", "In a speech to the
		// conference, …": a word to the occasion, at it.)
		to := d.tok(j).Is("addressing", "attending", "opening", "chairing") || d.tok(j).Is("to") && j > a && d.tok(j-1).Is("speech", "address", "message", "remarks", "statement")
		if !d.tok(j).Is("at", "before", "after", "during", "following") && !of && !to || !d.tok(j+1).Is("the", "their") {
			continue
		}
		if noun := d.occasionNounAt(j+2, k); noun != "" {
			return noun
		}
	}
	return ""
}

// sameOccasionAt returns the noun of "in the same address", "at the same
// briefing", "during the same call" standing at j before token limit: the
// act belongs to an occasion told before, by that noun, and has its day.
// "At the same time" names no occasion.
func (d *doc) sameOccasionAt(j, limit int) string {
	if j+3 >= limit || !d.tok(j).Is("in", "at", "during") || !d.tok(j+1).Is("the") || !d.tok(j+2).Is("same") {
		return ""
	}
	n := j + 3
	for n+1 < limit && (occasionModifiers[d.tok(n).Norm] || d.tok(n).Is("televised", "written", "radio", "news", "press", "weekly", "daily", "emergency", "special")) {
		n++
	}
	if w := d.tok(n).Norm; occasionNouns[w] != nil || spokenOccasions[w] {
		return w
	}
	return ""
}

// sameOccasionOpens reports whether e's sentence places it at "the same"
// occasion before its trigger.
func (d *doc) sameOccasionOpens(e *parley.Event) bool { return d.sameOccasionNoun(e) != "" }

// sameOccasionNoun returns the noun of "the same" occasion e's sentence
// places it at before its trigger, or "".
func (d *doc) sameOccasionNoun(e *parley.Event) string {
	a, _ := d.tokensOf(e.Evidence.Span)
	k := d.tokenAt(e.Trigger.Start)
	for j := a; j+2 < k; j++ {
		if noun := d.sameOccasionAt(j, k); noun != "" {
			return noun
		}
	}
	return ""
}

// mentionsSaying reports whether sentence si tells of words said: a
// speech verb or "announced".
func (d *doc) mentionsSaying(si int) bool {
	a, b := d.tokensOf(d.in.Sentences[si])
	for j := a; j < b; j++ {
		if d.sayVerbAt(j) || d.tok(j).Is("announced", "declared", "proclaimed") {
			return true
		}
	}
	return false
}

// spokenOccasions are the occasions of words said or written, which a
// story names again as "the same …": "In the same televised address,
// Bainimarama accused …".
var spokenOccasions = map[string]bool{"address": true, "speech": true, "interview": true, "briefing": true, "letter": true,
	"message": true, "post": true, "remarks": true, "text": true, "broadcast": true, "session": true, "conversation": true,
	"communique": true, "communiqué": true, "resolution": true, "report": true, "tweet": true, "appearance": true}

// occasionNounAt returns the occasion noun at n, past any modifiers
// ("the annual summit", "an extraordinary session"), before token limit;
// or "".
func (d *doc) occasionNounAt(n, limit int) string {
	for n+1 < limit && (occasionModifiers[d.tok(n).Norm] || d.tok(n).Is("special", "extraordinary", "emergency")) {
		n++
	}
	if occasionNouns[d.tok(n).Norm] != nil {
		return d.tok(n).Norm
	}
	return ""
}

// occasionPhraseAfter returns the occasion noun of a phrase after e's
// trigger, in its clause, that places the act at it ("held talks on the
// sidelines of the forum", "accused Washington at the summit"), or "".
// What came before or after an occasion ("after the meeting") or what an
// act is for ("blamed Tehran for the talks' collapse") is not at it.
func (d *doc) occasionPhraseAfter(e *parley.Event) string {
	_, b := d.tokensOf(e.Evidence.Span)
	k := d.tokenAt(e.Trigger.Start)
	for j := k + 1; j+2 < b && j <= k+12; j++ {
		if d.tok(j).Is(";", "which", "who", "that", "while", "although", "after", "before", "when", "since", "but", "\"", "“", "”") {
			return ""
		}
		if !d.tok(j).Is("at", "during", "of") || !d.tok(j+1).Is("the", "their") {
			continue
		}
		if d.tok(j).Is("of") && !d.tok(j-1).Is("sidelines", "margins", "sideline", "margin") {
			continue // "on the sidelines of the forum", not "the outcome of the talks"
		}
		if noun := d.occasionNounAt(j+2, b); noun != "" {
			return noun
		}
	}
	return ""
}

// mentionsWord reports whether sentence si holds the word w.
func (d *doc) mentionsWord(si int, w string) bool {
	a, b := d.tokensOf(d.in.Sentences[si])
	for j := a; j < b; j++ {
		if d.tok(j).Norm == w {
			return true
		}
	}
	return false
}

// ordinalDays are the ordinals news counts the days of an occasion by.
var ordinalDays = map[string]int{"second": 1, "third": 2, "fourth": 3, "fifth": 4}

// dateByOrdinalDay moves an act told "on the second day of the visit"
// from the occasion's day, which the passes above gave it, to the day
// the ordinal counts: "Modi arrived in Moscow on Monday for a two-day
// visit. On the second day of the visit, Modi and Putin signed nine
// agreements" — Tuesday. A sentence with a date of its own is left alone.
func dateByOrdinalDay(d *doc, evs []parley.Event) {
	for i := range evs {
		e := &evs[i]
		if e.Date.Precision() != parley.PrecisionDay || d.datedSentence(d.sentenceIndex(e.Evidence.Span.Start)) {
			continue
		}
		if n := d.ordinalDayBefore(e); n > 0 {
			e.Date = e.Date.AddDays(n)
		}
	}
}

// ordinalDayBefore returns how many days "on the second day of the
// summit" before e's trigger counts past the occasion's first, or 0.
func (d *doc) ordinalDayBefore(e *parley.Event) int {
	a, _ := d.tokensOf(e.Evidence.Span)
	k := d.tokenAt(e.Trigger.Start)
	for j := a; j+3 < k; j++ {
		n, ok := ordinalDays[d.tok(j).Norm]
		if ok && j > a && d.tok(j-1).Is("the", "its", "his", "her", "their") && d.tok(j+1).Is("day") && d.tok(j+2).Is("of") {
			return n
		}
	}
	return 0
}
