package event

import (
	"sort"
	"strings"

	"parley"
	"parley/nlp/token"
)

// doc indexes one article's annotations for the rules.
type doc struct {
	in     Input
	actors map[string]*parley.Actor
	// cover[i] is the index of the mention covering token i, or -1.
	cover []int
	// quoted[i] is true when token i lies inside a quotation, and
	// quoteOf[i] is then the index of that quotation in Input.Quotes.
	quoted  []bool
	quoteOf []int
	// built holds the events found so far, in text order.
	built []parley.Event
	// verbTrigger marks the tokens whose word is a trigger written as a
	// verb ("condemns", "reaffirmed"), whatever reading they get.
	verbTrigger []bool
	// objectNouns marks the tokens a built event took as its object noun
	// ("suspended its aid"): they trigger no event of their own.
	objectNouns map[int]bool
	// vague marks the triggers whose clause names a time too coarse to
	// record ("in the next few weeks"): no other date is lent to them.
	vague map[parley.Span]bool
	// anaphors are definite references to a meeting without participants
	// ("during the meeting in Geneva"), settled after coding.
	anaphors []anaphor
}

type anaphor struct {
	sentence int
	location *parley.Place
	span     parley.Span
	// during is set when the reference names the occasion of its sentence
	// ("during the meeting", "on the call", "X, who hosted the meeting,
	// urged …"), not what it talks about ("said that the call was not in
	// line with …").
	during bool
	// kind narrows which meeting is meant: "the visit" is the last meeting
	// in person, "the call" the last phone or video call; "" takes the last
	// meeting of any kind.
	kind string
}

func newDoc(in Input) *doc {
	d := &doc{in: in, actors: map[string]*parley.Actor{}, objectNouns: map[int]bool{}, vague: map[parley.Span]bool{}}
	for i := range in.Actors {
		d.actors[in.Actors[i].ID] = &in.Actors[i]
	}
	d.cover = make([]int, len(in.Tokens))
	d.quoted = make([]bool, len(in.Tokens))
	d.quoteOf = make([]int, len(in.Tokens))
	for i := range d.cover {
		d.cover[i] = -1
	}
	for mi, m := range in.Mentions {
		for i := d.tokenAt(m.Span.Start); i < len(in.Tokens) && in.Tokens[i].Start < m.Span.End; i++ {
			d.cover[i] = mi
		}
	}
	for qi, q := range in.Quotes {
		for _, sp := range append([]parley.Span{q.Span}, q.More...) {
			for i := d.tokenAt(sp.Start); i < len(in.Tokens) && in.Tokens[i].Start < sp.End; i++ {
				d.quoted[i] = true
				d.quoteOf[i] = qi
			}
		}
	}
	return d
}

// tokenAt returns the index of the first token starting at or after off.
func (d *doc) tokenAt(off int) int {
	t := d.in.Tokens
	return sort.Search(len(t), func(i int) bool { return t[i].Start >= off })
}

// tokensOf returns the token range of a span.
func (d *doc) tokensOf(sp parley.Span) (int, int) {
	t := d.in.Tokens
	a := sort.Search(len(t), func(i int) bool { return t[i].Start >= sp.Start })
	b := sort.Search(len(t), func(i int) bool { return t[i].Start >= sp.End })
	return a, b
}

// tok returns token i, or an empty token when i lies outside the text:
// the rules look a word or two around a trigger, and a text may end (or
// begin) anywhere — a page cut short, a summary — so a look past its
// ends finds nothing rather than crashing. The empty token is shared and
// read only.
func (d *doc) tok(i int) *token.Token {
	if i < 0 || i >= len(d.in.Tokens) {
		return &noToken
	}
	return &d.in.Tokens[i]
}

var noToken token.Token

// firstPersonSpeaker returns, for a trigger inside a quotation whose
// subject is "we" or "I" ("“We thank the Afghan government …”"), the
// quotation's speaker and where the pronoun stands — for "our troops",
// the speaker's side —; "" otherwise.
func (d *doc) firstPersonSpeaker(k int) (id string, at int) {
	if !d.quoted[k] {
		return "", -1
	}
	q := d.in.Quotes[d.quoteOf[k]]
	if q.Speaker.IsZero() {
		return "", -1
	}
	if i := k - 1; i > 0 && d.tok(i).Is("and") && d.quoted[i] && d.bareOrPresent(k) {
		// "We condemn this act of terrorism and call on the Agency to
		// respond": the second verb shares the first one's "we".
		for j := i - 1; j >= 0 && i-j <= 20 && d.quoted[j] && d.quoteOf[j] == d.quoteOf[k] && !d.tok(j).Is(".", ";", "?", "!"); j-- {
			if d.tok(j).Is("we", "i") {
				return q.Speaker.ID, j
			}
			if d.cover[j] >= 0 && d.finiteVerbAt(j+1) || d.tok(j).Is("he", "she", "they", "it", "you") {
				break // ("we said Russia attacked and killed …": another subject between)
			}
		}
	}
	chain := true // every word so far an auxiliary or a verb of deciding
	for i := k - 1; i >= 0 && (k-i <= 3 || chain && k-i <= 6) && d.quoted[i]; i-- {
		switch {
		case d.tok(i).Is("we", "i"):
			return q.Speaker.ID, i
		case d.tok(i).Is(ownForceNouns...) && i > 0 && d.tok(i-1).Is("our") && d.quoted[i-1] && d.cover[i] < 0 && d.doneAt(i+1, k):
			if side := d.sideOf(q.Speaker.ID); side != "" {
				return side, i - 1 // "“Our troops have pushed them back,” Zelensky said": his state's
			}
			return "", -1
		case d.cover[i] >= 0 || d.tok(i).Kind == token.Punct:
			return "", -1
		}
		chain = chain && decisionChain[d.tok(i).Norm]
	}
	return "", -1
}

// bareOrPresent reports whether the verb at k has the form a first-person
// subject takes in the present or the past ("call", "called"), not a
// third person's ("calls") nor a participle ("calling").
func (d *doc) bareOrPresent(k int) bool {
	n := d.tok(k).Norm
	return !strings.HasSuffix(n, "ing") && !(strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss"))
}

// doneAt reports whether the verb group [i, k] tells a deed done: the
// past or the perfect ("struck", "have pushed"), not a vow ("will
// respond": the speaker's threat, which the statement rules code).
func (d *doc) doneAt(i, k int) bool {
	for j := i; j < k; j++ {
		if d.tok(j).Is("have", "has", "had", "'ve") {
			return true
		}
		if d.tok(j).Is("will", "would", "'ll", "shall", "must", "can", "could", "may", "might", "should") {
			return false
		}
	}
	n := d.tok(k).Norm
	return strings.HasSuffix(n, "ed") || irregularPast[n]
}

// ownForceNouns are a side's forces told as "our …".
var ownForceNouns = []string{"troops", "forces", "army", "military", "soldiers", "navy", "fighters"}

// decisionChain are the words a first-person deed may stand behind,
// farther than three words from its "we": "We have decided to expel the
// ambassador", "we have now formally agreed to open talks".
var decisionChain = map[string]bool{"have": true, "has": true, "had": true, "'ve": true, "will": true, "'ll": true,
	"decided": true, "agreed": true, "chosen": true, "resolved": true, "taken": true, "the": true, "decision": true,
	"to": true, "also": true, "now": true, "today": true, "already": true, "formally": true, "officially": true, "just": true}

// firstPerson reports whether the quoted trigger k has a first-person
// subject that stands for the quotation's speaker.
func (d *doc) firstPerson(k int) bool {
	id, _ := d.firstPersonSpeaker(k)
	return id != ""
}

// spanOf returns the byte span of tokens [i, j), clamped to the tokens.
func (d *doc) spanOf(i, j int) parley.Span {
	n := len(d.in.Tokens)
	i, j = max(0, min(i, n-1)), max(1, min(j, n))
	if n == 0 || j <= i {
		return parley.Span{}
	}
	return parley.Span{Start: d.in.Tokens[i].Start, End: d.in.Tokens[j-1].End}
}

// mentionAt returns the mention covering token i, if it can be an actor
// of an event: adjectives ("Chinese goods") cannot.
func (d *doc) mentionAt(i int) (parley.Mention, bool) {
	if i < 0 || i >= len(d.cover) || d.cover[i] < 0 {
		return parley.Mention{}, false
	}
	m := d.in.Mentions[d.cover[i]]
	if m.Via == parley.ViaAdjective {
		return parley.Mention{}, false
	}
	return m, true
}

// mentionStart returns the first token of the mention covering i.
func (d *doc) mentionStart(i int) int {
	mi := d.cover[i]
	for i > 0 && d.cover[i-1] == mi {
		i--
	}
	return i
}

// mentionEnd returns the token after the mention covering i.
func (d *doc) mentionEnd(i int) int {
	mi := d.cover[i]
	for i < len(d.cover) && d.cover[i] == mi {
		i++
	}
	return i
}

func (d *doc) ref(id string) parley.ActorRef {
	if a, ok := d.actors[id]; ok {
		return a.Ref()
	}
	return parley.ActorRef{ID: id}
}

// pairEvent builds an occurred act of one side on another that a rule
// reads off sentence sent, with its trigger at token k: the shape the
// sentence-level rules (answers in kind, objections overridden, talks
// referred to) share.
func (d *doc) pairEvent(typ parley.EventType, cameo string, src, tgt parley.ActorRef, date parley.Date, sent parley.Span, k int, rule string) parley.Event {
	return parley.Event{
		Type:         typ,
		CAMEO:        cameo,
		Status:       parley.Occurred,
		Date:         date,
		Source:       src,
		Target:       tgt,
		Participants: []parley.ActorRef{src, tgt},
		Evidence:     parley.Evidence{Span: sent, Sentence: d.in.Text[sent.Start:sent.End]},
		Trigger:      d.spanOf(k, k+1),
		Rule:         rule,
		Confidence:   0.5,
	}
}
