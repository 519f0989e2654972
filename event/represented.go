package event

import (
	"strings"

	"parley"
	"parley/nlp/token"
)

// representatives returns the meetings of those a sentence tells stood in
// for a state or a leader at a meeting a host held shortly before:
// "Lula hosted the G20 summit in Rio. … China was represented by Premier
// Li Qiang" — Li met the host.
func (d *doc) representatives(sent parley.Span, a, b int) []parley.Event {
	var out []parley.Event
	for k := a + 2; k+2 < b; k++ {
		if !d.tok(k).Is("represented") || !beForms[d.tok(k-1).Norm] || d.negatedBetween(max(a, k-3), k) {
			continue
		}
		ce := d.clauseEnd(k, b)
		j := k + 1
		for j < ce && j-k <= 6 && !d.tok(j).Is("by") {
			j++ // "was represented at the summit by …"
		}
		if j+1 >= ce || !d.tok(j).Is("by") {
			continue
		}
		at := actorAt(d, j+1, "the")
		if at < 0 || !d.personAt(at) {
			continue
		}
		e, ok := d.lastHostedMeeting(k)
		if !ok {
			continue
		}
		m, _ := d.mentionAt(at)
		for _, id := range d.coordinated(m, d.mentionEnd(at), ce) {
			if id == e.Target.ID || !d.allPeople([]string{id}) {
				continue
			}
			n := e
			n.Source = d.ref(id)
			n.Participants = []parley.ActorRef{n.Source, e.Target}
			n.Evidence = parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]}
			n.Trigger = d.spanOf(k, k+1)
			n.Rule = "verb:represented"
			out = append(out, n)
		}
	}
	return out
}

// lastHostedMeeting returns the latest meeting a host received, told in
// the three sentences up to token k.
func (d *doc) lastHostedMeeting(k int) (parley.Event, bool) {
	here := d.sentenceIndex(d.tok(k).Start)
	for j := len(d.built) - 1; j >= 0; j-- {
		e := d.built[j]
		if here-d.sentenceIndex(e.Trigger.Start) > 3 {
			break
		}
		if e.Type == parley.Consult && strings.Contains(e.Rule, ":host") && !e.Target.IsZero() && e.Status != parley.Hypothetical && e.Status != parley.Negated {
			return e, true
		}
	}
	return parley.Event{}, false
}

// attendees returns the meetings of the people a sentence lists as those
// who attended the gathering told just before, each with its host: "X
// and Y hosted a summit … The leaders who attended were Prime Minister
// Mette Frederiksen of Denmark, Federal Chancellor Olaf Scholz of
// Germany …", "Also attending were …". The list is the sentence's own
// subject complement; nothing else in it is coded.
func (d *doc) attendees(sent parley.Span, a, b int) []parley.Event {
	start := d.attendeeListStart(a, b)
	if start < 0 {
		return nil
	}
	e, host, ok := d.gatheringBefore(start)
	if !ok {
		return nil
	}
	if d.wordIn(a, start, "video", "virtually", "videoconference") {
		e.Medium = parley.Virtual // "Participating by video link from their residences were …"
	}
	var out []parley.Event
	seen := map[string]bool{host.ID: true}
	for i := start; i < b; i++ {
		m, ok := d.mentionAt(i)
		if !ok || d.mentionStart(i) != i {
			continue
		}
		i = d.mentionEnd(i) - 1
		if len(m.Actors) != 1 || seen[m.Actors[0]] || !d.allPeople(m.Actors) {
			continue
		}
		seen[m.Actors[0]] = true
		n := e
		n.Source, n.Target = d.ref(m.Actors[0]), host
		n.Participants = []parley.ActorRef{n.Source, host}
		n.Evidence = parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]}
		n.Trigger = d.spanOf(start-1, start)
		n.Rule = "list:attended"
		out = append(out, n)
	}
	return out
}

// gatheringBefore returns the gathering told before token k that a list
// of attendees joins, and its host: a meeting a host received, one a
// verb of hosting governs ("hosted a summit of …"), or one told as held
// with no event of its own.
func (d *doc) gatheringBefore(k int) (parley.Event, parley.ActorRef, bool) {
	if e, ok := d.lastHostedMeeting(k); ok {
		return e, e.Target, true
	}
	if e, ok := d.lastMeetingEvent(k); ok && d.hostedAt(d.tokenAt(e.Trigger.Start)) {
		return e, e.Source, true
	}
	e, ok := d.meetingHeldBefore(k)
	return e, e.Source, ok
}

// meetingHeldBefore returns, as an event of its chair with no one met, a
// meeting the two sentences before token k tell a person held, hosted or
// chaired when no event was coded for it ("Buhari held a virtual meeting
// with former Heads of State": those are named after): its day, place
// and medium for the attendees listed next.
func (d *doc) meetingHeldBefore(k int) (parley.Event, bool) {
	here := d.sentenceIndex(d.tok(k).Start)
	for si := here - 1; si >= 0 && here-si <= 2; si-- {
		sent := d.in.Sentences[si]
		a, b := d.tokensOf(sent)
		for v := a; v < b; v++ {
			if d.cover[v] >= 0 || !d.tok(v).Is("held") && !d.tok(v).Is(hostingVerbs...) {
				continue
			}
			if v-2 >= a && d.tok(v-1).Is("was", "were") && d.tok(v-2).Is(heldMeetings...) && d.tok(v+1).Is("by") && d.personAt(v+2) {
				// "The two-day summit was hosted by President Vinicio Cerezo"
				m, _ := d.mentionAt(v + 2)
				day, _ := d.date(sent, v)
				return d.pairEvent(parley.Consult, "040", d.ref(m.Actors[0]), parley.ActorRef{}, day, sent, v-2, "noun:held"), true
			}
			n := v + 1
			for n < b && n-v <= 4 && !d.tok(n).Is(heldMeetings...) {
				n++
			}
			if n >= b || n-v > 4 {
				continue
			}
			subj, _ := d.subjects(v, d.clauseStart(v, a))
			if len(subj) != 1 || !d.allPeople(subj) {
				continue
			}
			day, _ := d.date(sent, v)
			e := d.pairEvent(parley.Consult, "040", d.ref(subj[0]), parley.ActorRef{}, day, sent, n, "noun:held")
			if d.wordIn(v+1, n, "virtual", "video") {
				e.Medium = parley.Virtual
			}
			return e, true
		}
	}
	return parley.Event{}, false
}

// attendeeListStart returns the first token of the list after "The
// leaders who attended were", "Those attending included", "Also
// attending were" or "Attendees included" opening the sentence [a, b);
// else -1.
func (d *doc) attendeeListStart(a, b int) int {
	if j := d.joinedByList(a, b); j >= 0 {
		return j
	}
	i := a
	if d.tok(i).Is("taking") && d.tok(i+1).Is("part") {
		i++ // "Taking part were President Boris Yeltsin of the Russian Federation, …"
	}
	if d.tok(i).Is("participating", "joining", "part") {
		// "Participating by video link from their residences were …"
		for i++; i < b && i-a <= 8 && !d.tok(i).Is("were"); i++ {
			if d.cover[i] >= 0 || d.tok(i).Is(",", ";") {
				return -1
			}
		}
		if i+1 >= b || !d.namesAt(i+1) {
			return -1
		}
		return i + 1
	}
	if d.tok(i).Is("the", "those", "other", "also", "among") {
		i++
	}
	if d.tok(i).Is("leaders", "heads", "participants", "ministers", "delegates", "guests", "those", "others") {
		i++
		for i < b && i-a <= 6 && !d.tok(i).Is("who", "attending", "present") {
			i++ // "the heads of state and government who"
		}
		if d.tok(i).Is("who") {
			i++
		}
	}
	if !d.tok(i).Is("attended", "attending", "present", "participants", "attendees") {
		return -1
	}
	i++
	for i < b && i-a <= 10 && !d.tok(i).Is("were", "included", "include") {
		if d.tok(i).Kind == token.Punct || d.cover[i] >= 0 {
			return -1
		}
		i++ // "who attended the summit were"
	}
	if i+1 >= b || !d.tok(i).Is("were", "included", "include") || !d.namesAt(i+1) {
		return -1 // ("The leaders who attended were divided over …": no list)
	}
	return i + 1
}

// joinedByList returns the first token of the list after "He was joined
// by" (or "joined by video link by") opening the sentence [a, b), its
// subject the host of the gathering
// told before ("The summit was hosted by Cerezo. He was joined by
// President Oscar Arias of Costa Rica, …"); else -1.
func (d *doc) joinedByList(a, b int) int {
	i := a
	if d.cover[i] >= 0 {
		i = d.mentionEnd(i)
	} else if d.tok(i).Is("he", "she") {
		i++
	} else if n := d.gatheringNounAt(i, b); n > 0 {
		i = n // "The conference was joined by President Gotabaya Rajapaksa, …"
	} else {
		return -1
	}
	v := i + 1 // "joined", after "was" or "was also"
	if d.tok(v).Is("also") {
		v++
	}
	if v+2 >= b || !d.tok(i).Is("was") || !d.tok(v).Is("joined") {
		return -1
	}
	j := d.pastJoiningMedium(v+1, b)
	if j+1 >= b || !d.tok(j).Is("by") || !d.namesAt(j+1) {
		return -1
	}
	return j + 1
}

// gatheringNounAt returns the token after "The conference", "The video
// conference", "The meeting" opening a clause at i — a gathering told
// before, named again — or -1.
func (d *doc) gatheringNounAt(i, b int) int {
	if !d.tok(i).Is("the") {
		return -1
	}
	for j := i + 1; j < b && j <= i+3; j++ {
		if d.tok(j).Is(heldMeetings...) {
			return j + 1
		}
		if d.cover[j] >= 0 || d.tok(j).Kind != token.Word {
			return -1
		}
	}
	return -1
}

// pastJoiningMedium returns the token after the way one joins a
// gathering told at i — "by video link", "by telephone", "virtually" —
// or i when none is: "He was joined by video link by President Joe
// Biden, …".
func (d *doc) pastJoiningMedium(i, b int) int {
	if i < b && d.tok(i).Is("virtually", "online", "remotely") {
		return i + 1
	}
	if i+1 >= b || !d.tok(i).Is("by") {
		return i
	}
	j := i + 1
	for j < b && j-i <= 3 && d.tok(j).Is("video", "link", "video-link", "videolink", "videoconference", "video-conference", "conference", "telephone", "phone") {
		j++
	}
	if j == i+1 {
		return i // "by President Joe Biden": the names themselves
	}
	return j
}

// namesAt reports whether a list of names may open at i: a name or a
// title ("Prime Minister Mette Frederiksen"), not a word such as
// "divided".
func (d *doc) namesAt(i int) bool {
	return d.tok(i).Upper || d.cover[i] >= 0
}

// heldMeetings are the gatherings a host holds, which attendees join.
var heldMeetings = []string{"meeting", "summit", "conference", "session", "talks", "call", "videoconference"}

// hostingVerbs tell who hosted or chaired a gathering.
var hostingVerbs = []string{"hosted", "hosts", "hosting", "convened", "convenes", "chaired", "chairs", "co-hosted", "co-chaired"}

// hostedAt reports whether a verb of hosting or convening governs the
// meeting noun at k: "hosted a summit of the Baltic Sea Allies".
func (d *doc) hostedAt(k int) bool {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if d.tok(i).Is(hostingVerbs...) {
			return true
		}
		if d.tok(i).Kind == token.Punct {
			return false
		}
	}
	return false
}
