package actor

import (
	"strings"

	"parley"
	"parley/kb"
	"parley/nlp/token"
)

// governmentReference resolves a bare "the government" to the state
// whose government the story is about: the one it last called so
// ("Peru's government", "the Finnish government", "Macron's
// government"), else the state it names most, counting officials and
// bodies by the state they serve, when one clearly leads, else the state
// of the outlet's place or of the dateline. A place right before it
// ("In Madrid, the government", "Lagos — The Federal Government") comes
// first. It returns the next position (i when the phrase is none such:
// only a sentence's subject acting is read so — "The government declared
// …", not "the government of Japan", "the government delegation",
// "called on the government to comply").
func (d *doc) governmentReference(i int) int {
	g := i + 1
	if g+1 < len(d.toks) && d.toks[g].Is("federal", "central", "national", "union") && d.toks[g+1].Is("government") {
		g++ // "The Federal Government has condemned …"
	}
	if g+1 >= len(d.toks) || !d.toks[i].Is("the") || !d.toks[g].Is("government") || i > 0 && d.toks[i-1].Is("of") || !d.actingVerb(g+1) {
		return i // only the subject acting: "called on the government to comply" may be anyone's
	}
	// "In Madrid, where the pictures led the news, the government
	// summoned …": the place that opens the sentence says whose.
	placed := ""
	if i > 0 && d.toks[i-1].Text == "," {
		placed = d.inPlaceBefore(i, true) // (not "After a meeting in Kampala, the government")
	}
	if placed == "" {
		placed = d.datelineRightBefore(i) // "Lagos — The Federal Government has condemned …"
	}
	if !d.opensSentence(i) && placed == "" {
		return i
	}
	st := ""
	if e := d.r.kb.State(placed); placed != "" && e != nil {
		st = d.addKnown(e)
	}
	if st == "" && g > i+1 {
		// "The Federal Government" with no place right before it is left
		// to the knowledge base's reading of the name ("Federal
		// Government of Somalia") or to the story's state.
		return i
	}
	if st == "" {
		st = d.calledGovernment(i)
	}
	if st == "" {
		st = d.leadingState(i)
	}
	if st == "" {
		// "The Government has declared …" opening a story in "The Honiara
		// Tribune" or filed from Honiara: a paper's own government.
		if e := d.outletState(); e != nil {
			st = d.addKnown(e)
		} else if e := d.datelineState(); e != nil {
			st = d.addKnown(e)
		}
	}
	if st == "" {
		return i
	}
	d.mention(i, g+1, parley.ViaRole, st)
	return g + 1
}

// outletState returns the state of the place an outlet's name holds
// ("The Honiara Tribune", "The Jakarta Post", "Times of Malta"), or nil;
// a body that issued the text is no outlet and names none.
func (d *doc) outletState() *kb.Entity {
	if d.issuer == "" || d.issuerCountry() != "" {
		return nil
	}
	toks := token.Tokenize(d.issuer)
	for j := range toks {
		if !toks[j].Upper || toks[j].Is("the", "times", "post", "star", "sun", "nation", "globe") {
			continue
		}
		for n := min(3, len(toks)-j); n >= 1; n-- {
			if e := d.r.placeState(d.issuer[toks[j].Start:toks[j+n-1].End]); e != nil {
				return e
			}
		}
	}
	return nil
}

// datelineRightBefore returns the country of a dateline that opens the
// line right before token i ("Lagos — ", "NAIROBI, March 3 (Wire) -"),
// or "".
func (d *doc) datelineRightBefore(i int) string {
	if i < 2 || !d.toks[i-1].Is("—", "–", "-", ":") {
		return ""
	}
	for _, p := range d.places {
		k := d.tokenIndex(p.Span.Start)
		if k >= i || i-k > 12 || p.Country == "" || !d.datelinePlace(k) {
			continue
		}
		for j := k; j < i; j++ {
			if d.toks[j].NewlineBefore && j > k {
				return ""
			}
		}
		return p.Country
	}
	return ""
}

// calledGovernment returns the state the text last named as the owner of
// a government before token i: "Peru's government", "the Finnish
// government", "Macron's government"; or "".
func (d *doc) calledGovernment(i int) string {
	for j := i - 1; j > 0; j-- {
		if !d.toks[j].Is("government") {
			continue
		}
		m := d.mentionEndingAt(j) // "Peru's government", one mention
		if k := j - 1; m == nil && d.toks[k].Is("'s", "’s") {
			m = d.mentionEndingAt(k - 1)
		} else if m == nil {
			m = d.mentionEndingAt(k)
		}
		if m != nil && len(m.Actors) == 1 {
			if st := d.governedState(ref{id: m.Actors[0], kind: d.actors[d.index[m.Actors[0]]].Kind}); st != "" {
				return st
			}
		}
	}
	return ""
}

// leadingState returns the state the text has named most before token i,
// counting officials and government bodies by the state they serve, when
// it is named at least three times and half again as often as any other;
// else "".
func (d *doc) leadingState(i int) string {
	count := map[string]int{}
	for _, rf := range d.recent {
		if rf.tok >= i {
			continue
		}
		if st := d.governedState(rf); st != "" {
			count[st]++
		}
	}
	best, second := leader(count, func(a, b string) bool { return a < b })
	if best == "" || count[best] < 3 || 2*count[best] < 3*second {
		return ""
	}
	return best
}

// leader returns the key counted most, ties going to the one before
// orders first, and the count of the runner-up, so that callers can ask
// for a clear lead; "" and 0 for no counts.
func leader(count map[string]int, before func(a, b string) bool) (best string, second int) {
	for k, n := range count {
		if best == "" || n > count[best] || n == count[best] && before(k, best) {
			if best != "" {
				second = max(second, count[best])
			}
			best = k
		} else {
			second = max(second, n)
		}
	}
	return best, second
}

// governedState returns the state a reference stands for or serves in
// office: the state itself, a body of its government, a person holding
// one of its offices; "" for anyone else.
func (d *doc) governedState(rf ref) string {
	if rf.kind == parley.State {
		return rf.id
	}
	a := d.actors[d.index[rf.id]]
	role := strings.ToLower(a.Role)
	if a.Country == "" || strings.Contains(role, "former") || strings.Contains(role, "opposition") {
		return ""
	}
	office := rf.kind == parley.Organization && a.Role == "government body" ||
		rf.kind == parley.Person && (strings.Contains(role, "president") || strings.Contains(role, "minister") || strings.Contains(role, "chancellor"))
	if !office {
		return ""
	}
	if st := d.r.kb.State(a.Country); st != nil {
		return d.addKnown(st)
	}
	return ""
}
