package event

import (
	"slices"

	"parley"
)

// objectionsOverridden codes an act done against others' stated wishes:
// "Laos went ahead with the ceremony despite the objections of Vietnam
// and Cambodia", "pressed on in defiance of US objections", "ignored
// Cambodia's protests and began building". Whoever does it rejects
// those who objected. The objectors are named after "of" or "from", or
// as the owner of the objections; the one who rejects is the subject of
// the clause the phrase hangs on. A sentence that already codes a
// rejection of them is left alone.
func (d *doc) objectionsOverridden(sent parley.Span, here []parley.Event) []parley.Event {
	a, b := d.tokensOf(sent)
	var out []parley.Event
	for k := a + 1; k < b; k++ {
		if !overriddenNouns[d.tok(k).Norm] || d.quoted[k] {
			continue
		}
		intro, owners := d.overriddenAt(k, a)
		if intro < 0 {
			continue
		}
		if owners == nil && k+2 < b && d.tok(k+1).Is("of", "from", "by") {
			if j := actorAt(d, k+2, "the"); j >= 0 && j < b {
				m, _ := d.mentionAt(j)
				owners = d.coordinated(m, d.mentionEnd(j), b)
			}
		}
		subj := d.overrider(intro, a, b)
		if len(subj) != 1 || len(owners) == 0 || d.wordIn(a, intro, "will", "would", "could", "may", "might", "plans", "intends") {
			continue
		}
		date, _ := d.date(sent, intro)
		for _, o := range uniq(owners) {
			if o == subj[0] || d.sameSide(subj, o) || slices.ContainsFunc(here, func(e parley.Event) bool {
				return e.Type == parley.Reject && e.Source.ID == subj[0] && e.Target.ID == o
			}) {
				continue
			}
			src, tgt := d.ref(subj[0]), d.ref(o)
			out = append(out, d.pairEvent(parley.Reject, "120", src, tgt, date, sent, k, "noun:objections-overridden"))
		}
	}
	return out
}

// overriddenNouns are the stated wishes an act can override.
var overriddenNouns = wordSet("objection objections opposition protests protest misgivings reservations")

// overriddenAt returns where the phrase that sets the objection noun at k
// aside opens — "despite", "over" (for "over the objections of"), "in
// defiance of", "ignoring", "brushing aside", "overriding" — and the
// objectors it names before the noun ("Cambodia's objections", "US
// objections"); -1 when the noun is set aside by none of them.
func (d *doc) overriddenAt(k, a int) (int, []string) {
	var owners []string
	i := k - 1
	for i >= a && k-i <= 5 {
		t := d.tok(i)
		switch {
		case d.cover[i] >= 0:
			owners = d.in.Mentions[d.cover[i]].Actors
			i = d.mentionStart(i) - 1
			continue
		case t.Is("'s", "’s", "the", "strong", "repeated", "vocal", "fierce", "loud", "formal", "stated", "public"):
			i--
			continue
		}
		break
	}
	if i < a {
		return -1, nil
	}
	switch t := d.tok(i); {
	case t.Is("despite", "ignoring", "ignored", "overriding", "overrode", "overrides", "defying", "defied"):
		return i, owners
	case t.Is("over") && d.tok(k).Is("objection", "objections"):
		return i, owners
	case t.Is("aside") && d.tok(i-1).Is("brushing", "brushed", "swept", "sweeping", "pushing", "pushed"):
		return i - 1, owners
	case t.Is("of") && d.tok(i-1).Is("defiance") && d.tok(i-2).Is("in"):
		return i - 2, owners
	}
	return -1, nil
}

// overrider returns who overrode the objections: the subject of the main
// clause before the phrase at intro, or, when the phrase opens the
// sentence ("Despite the objections of Cambodia, Laos …"), the subject
// after the comma that closes it.
func (d *doc) overrider(intro, a, b int) []string {
	if intro > a {
		return d.clauseSubject(a, intro)
	}
	c := d.commaAfter(intro, b)
	if c <= 0 {
		return nil
	}
	return d.clauseSubject(c+1, b)
}
