package timex

import "strings"

// tense is the time a clause places its verb in, as far as a few words
// around a date expression tell.
type tense uint8

const (
	tUnknown tense = iota
	tPast
	tPresent
	tFuture
)

// scanLimit is how many tokens the tense scan looks at on each side: an
// object with an amount in it ("would impose tariffs on up to
// $16.6-billion worth of American goods on July 1") can put 17 between a
// modal and its date.
const scanLimit = 20

// tenseAround finds the tense of the clause holding tokens [ts, te). It
// reads the nearest verb group to the left first — in "announced on Friday
// that Xi would hold talks on Monday" Friday belongs to "announced" and
// Monday to "would hold" — and only then the words to the right
// ("On Sunday, the paper quoted …"). Quotation marks, semicolons, colons,
// brackets and dashes end a clause.
func (st *state) tenseAround(ts, te int) tense {
	if ts < 0 || ts >= len(st.sent) {
		return tUnknown // an expression that ran to the end of the text
	}
	sid := st.sent[ts]
	if st.is(ts-1, "for") && ts > 1 && st.word(ts-2) && !st.toks[ts-2].lx.has(fDet) && st.lower(ts-2) != "except" &&
		!(st.punct(te, pApos) && st.is(te+1, "s")) { // (not "thanked him for Tuesday's call")
		// "convened a meeting of the bloc's leaders for Thursday", "set
		// for Monday": the day a thing is put on is still to come.
		return tFuture
	}
	if st.deadlineOfInfinitive(ts, te, sid) {
		// "ordered them to leave by Nov. 1", "gave them until November 1
		// to leave": a deadline set for what is still to be done.
		return tFuture
	}
	for j := ts - 1; j >= 0 && ts-j <= 8 && st.sent[j] == sid && !st.clauseEnd(j); j-- {
		if st.is(j, "preparation") || st.is(j, "preparations") {
			// "discussed the preparation of the NATO Summit of 14 June":
			// what is being prepared is still to come.
			return tFuture
		}
	}
	open := ts - 1
	if st.is(open, "on") || st.is(open, "in") || st.is(open, "from") {
		open-- // ", on Tuesday," and ", in May,"
	}
	if st.punct(open, ',') && st.punct(te, ',') {
		// "the visit, from March 20 to 22, would be …": a date set off
		// by commas after its noun takes the verb that follows.
		for j := te + 1; j < len(st.toks) && j-te < 4 && st.sent[j] == sid; j++ {
			if t := st.verbTense(j); t != tUnknown {
				return t
			}
		}
	}
	if p := open; p >= 0 && st.sent[p] == sid && st.is(p, "that") {
		// "announced that from 15 September Taiwan will suspend …": a
		// date opening a that-clause is the clause's, not the saying's.
		for j := te; j < len(st.toks) && j-te < scanLimit && st.sent[j] == sid && !st.clauseEnd(j); j++ {
			if t := st.verbTense(j); t != tUnknown {
				return t
			}
		}
	}
	for j := ts - 1; j >= 0 && ts-j <= scanLimit && st.sent[j] == sid; j-- {
		if st.clauseEnd(j) {
			break
		}
		if j == open && st.punct(j, ',') {
			// "met Orban, the only EU leader to visit Moscow this year, on
			// Monday": past the aside to the verb it hangs on.
			for p := j - 1; p >= 0 && j-p <= 15 && st.sent[p] == sid; p-- {
				if st.punct(p, ',') {
					j = p
					break
				}
			}
			continue
		}
		if j < ts-1 && j > 0 && st.toks[j].lx.has(fFutureLex) && st.toks[j-1].lx.has(fDet) {
			continue // "called off a planned visit to Beijing on Friday": an adjective of a noun before the date, not the clause's tense
		}
		if t := st.verbTense(j); t != tUnknown {
			if t == tPast && (st.askedFor(j, ts) || st.invitedFor(j, ts) || st.intendedFor(j, ts)) {
				return tFuture // "called for a general election in the second half of January": what was asked for lies ahead
			}
			return t
		}
	}
	if st.frontedParticiple(ts, sid) {
		// "Receiving Hassan Sheikh in Cairo on 21 January, Sisi said …":
		// a participle opening the sentence takes the tense of the clause
		// it hangs on, a saying included.
		if mt := st.mainAfterComma(te, sid); mt != tUnknown {
			return mt
		}
	}
	comma := false
	limit := te + scanLimit
	// "In May, Somalia announced it would restore ties": a date that
	// opens the sentence is the saying's own.
	fronted := open < 0 || st.sent[open] != sid
	for j := te; j < len(st.toks) && j < limit && st.sent[j] == sid; j++ {
		if st.clauseEnd(j) {
			break
		}
		if st.toks[j].lx.has(fSubord) {
			// "In March, while the summit was being held in Tokyo, the
			// bombers flew …": a clause set off after the fronted date;
			// the main clause's verb comes after its comma.
			c := st.nextComma(j, sid)
			if !st.punct(te, ',') || j != te+1 || c < 0 {
				break
			}
			j, limit = c, c+scanLimit
			continue
		}
		comma = comma || st.punct(j, ',')
		if comma && j > te+1 && !fronted && (st.is(j, "said") || st.is(j, "says") || st.is(j, "told") || st.is(j, "reported") ||
			st.is(j, "added") || st.is(j, "announced") || st.is(j, "stated")) {
			break // "… on December 10, the ministry said": the saying's tense is not the date's
		}
		if t := st.verbTense(j); t != tUnknown {
			return t
		}
	}
	return tUnknown
}

// nextComma returns the first comma after token j in sentence sid, within
// scanLimit tokens, or -1.
func (st *state) nextComma(j int, sid int32) int {
	for c := j + 1; c < len(st.toks) && c-j <= scanLimit && st.sent[c] == sid; c++ {
		if st.clauseEnd(c) {
			return -1
		}
		if st.punct(c, ',') {
			return c
		}
	}
	return -1
}

// frontedParticiple reports whether the sentence sid opens with an "-ing"
// word and no comma stands between it and token ts.
func (st *state) frontedParticiple(ts int, sid int32) bool {
	first := ts
	for first > 0 && st.sent[first-1] == sid {
		first--
		if st.punct(first, ',') {
			return false
		}
	}
	return st.word(first) && strings.HasSuffix(st.lower(first), "ing") && st.toks[first].up
}

// mainAfterComma returns the tense of the first verb after the comma that
// ends a fronted clause, or tUnknown.
func (st *state) mainAfterComma(te int, sid int32) tense {
	for j := te; j < len(st.toks) && j-te < scanLimit && st.sent[j] == sid; j++ {
		if st.clauseEnd(j) {
			return tUnknown
		}
		if !st.punct(j, ',') {
			continue
		}
		for k := j + 1; k < len(st.toks) && k-j <= 8 && st.sent[k] == sid; k++ {
			if t := st.verbTense(k); t != tUnknown {
				return t
			}
		}
		return tUnknown
	}
	return tUnknown
}

// willBefore reports whether "will" or "shall" governs the clause of the
// expression at ts, a few words to its left in the same clause.
func (st *state) willBefore(ts int) bool {
	return st.willWithin(ts, 8)
}

// willWithin is willBefore looking up to reach words to the left.
func (st *state) willWithin(ts, reach int) bool {
	for j := ts - 1; j >= 0 && ts-j <= reach && st.sent[j] == st.sent[ts]; j-- {
		if st.clauseEnd(j) || st.punct(j, ',') {
			return false
		}
		if st.is(j, "will") || st.is(j, "shall") || st.is(j, "ll") && j > 0 && st.punct(j-1, pApos) {
			return !st.toks[j].up || st.opensSentenceAt(j) // not "Will Hurd"
		}
		if st.toks[j].lx.has(fBePast) || st.toks[j].lx.has(fHave) {
			return false
		}
	}
	return false
}

func (st *state) clauseEnd(j int) bool {
	t := &st.toks[j]
	if t.k != kPunct {
		return false
	}
	switch t.p {
	case ';', ':', '(', ')', pQuote, pEm:
		return true
	case pDash:
		return t.sp // a spaced dash, not a hyphen
	}
	return false
}

// verbTense classifies the word at j as a marker of tense, or tUnknown.
func (st *state) verbTense(j int) tense {
	t := &st.toks[j]
	if t.k != kWord {
		return tUnknown
	}
	e := t.lx
	next := j + 1
	if t.up && j > 0 && st.sent[j-1] == st.sent[j] && (st.word(j-1) && st.toks[j-1].up || st.word(next) && st.toks[next].up) {
		return tUnknown // part of a name: "Mark Rutte", "Will Hurd", "Theresa May"
	}
	if ambiguousPast[st.lower(j)] && j > 0 {
		// "Israeli jets hit Hezbollah positions on October 27", "Russia cut
		// gas supplies on November 3": after a name, a plural or a
		// pronoun, a verb whose present and past look alike tells the past
		// (a present would be "hits", a schedule "will cut"); not "a rate
		// cut", "to hit".
		p := st.lower(j - 1)
		if st.word(j-1) && (st.toks[j-1].up || strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") || p == "they" || p == "he" || p == "she" || p == "we" || p == "it") &&
			!st.toks[j-1].lx.has(fDet) && !st.toks[j-1].lx.has(fModal) && p != "does" && p != "has" && p != "was" && p != "is" {
			return tPast
		}
	}
	if joinActs[st.lower(j)] {
		return st.joinActTense(j)
	}
	switch {
	case e.has(fModal):
		return tFuture
	case st.is(j, "ll") && j > 0 && st.punct(j-1, pApos) && !t.sp:
		return tFuture // we'll, she'll
	case st.is(j, "won") && st.punct(next, pApos) && st.is(next+1, "t"):
		return tFuture // won't
	case e.has(fFutureLex):
		w := e.word
		if j > 0 && st.is(j-1, "had") && (w == "planned" || w == "expected" || w == "scheduled" || w == "intended" || w == "hoped") && st.is(next, "to") {
			return tPast // "had planned to visit India in January": a plan told in the past, for then
		}
		if j > 0 && (st.toks[j-1].lx.has(fBePast) || st.is(j-1, "been") && j > 1 && st.is(j-2, "had")) &&
			(w == "due" || w == "expected" || w == "scheduled" || w == "slated" || w == "set" || w == "planned") && st.is(next, "to") {
			return tPast // "were due to meet in February", "had been expected to sign": a plan told in the past
		}
		if j > 0 && st.toks[j-1].lx.has(fDet) && (w == "scheduled" || w == "planned" || w == "expected" ||
			w == "slated" || w == "set") {
			return tFuture // "a scheduled Dec. 15 increase"
		}
		switch {
		case st.is(next, "to"):
			return tFuture // "is expected to", "plans to", "set to"
		case st.is(next, "for") && w != "planning" && w != "plans" && w != "plan":
			return tFuture // "scheduled for", "set for"
		case (w == "due" || w == "scheduled" || w == "slated" || w == "planned" || w == "expected") &&
			(st.is(next, "on") || st.is(next, "in") || st.is(next, "next")):
			return tFuture
		case (w == "due" || w == "expected") && (st.is(next, "at") || st.is(next, "back")) && j > 0 && st.toks[j-1].lx.has(fBePres):
			return tFuture // "are expected at a summit in Djibouti on Sunday", "is due back on Friday"
		case w == "set" || w == "prepared" || w == "planned":
			return st.participle(j)
		}
		return tUnknown
	case e.has(fFuture):
		return tFuture
	case e.has(fBePres):
		if st.is(next, "to") && st.word(next+1) {
			return tFuture // "is to visit"
		}
		if st.word(next) && strings.HasSuffix(st.lower(next), "ing") {
			return tFuture // "is meeting on Friday": the present progressive schedules
		}
		return tPresent
	case e.has(fBePast):
		if st.is(next, "to") && st.word(next+1) && !st.is(next+1, "the") {
			return tFuture // "was to meet": future in the past
		}
		return tPast
	case e.has(fHave):
		return tPast // "has met": the present perfect reports the past
	case e.has(fSched):
		// "did not meet on Monday" reports the past; "agreed to meet on
		// Monday" and "meets on Monday" look ahead; "Trump's visit" and
		// "the vote" are nouns.
		if j > 0 && (st.toks[j-1].lx.has(fDet) || st.is(j-1, "s") && st.punct(j-2, pApos)) {
			return tUnknown
		}
		if st.lightVerb(j-1) || j > 1 && st.toks[j-1].k == kWord && !st.toks[j-1].up && st.lightVerb(j-2) {
			return tUnknown // "made visits to", "paid unannounced visits to": the noun of a light verb
		}
		if j > 1 && st.toks[j-2].lx.has(fDet) && st.toks[j-1].k == kWord && !st.toks[j-1].lx.has(fModal) &&
			!strings.HasSuffix(st.lower(j), "s") && !strings.HasSuffix(st.lower(j-1), "s") {
			// "paid a state visit", "the two-day visit": a noun after its
			// adjective — not "the talks resume", "the summit opens".
			return tUnknown
		}
		if j > 2 && st.toks[j-1].k == kWord && st.punct(j-2, pDash) && !st.toks[j-2].sp && st.toks[j-3].k != kPunct {
			return tUnknown // "a two-day visit", tokenised "two - day visit": a compound adjective
		}
		if st.nounAfterWord(j) {
			return tUnknown // "first deputy head of the administration": a noun
		}
		if st.is(next, "of") {
			return tUnknown // "heads of state on Thursday demanded", "visits of ministers": a noun
		}
		k := j - 1
		if st.is(k, "not") || st.is(k, "t") {
			k--
		}
		if st.punct(k, pApos) {
			k--
		}
		if st.is(k, "did") || st.is(k, "didn") {
			return tPast
		}
		if st.is(j-1, "to") && j > 1 && st.toks[j-2].lx.has(fFutureLex) && st.verbTense(j-2) == tPast {
			return tPast // "were due to meet in February": as the plan was told
		}
		return tFuture
	case e.has(fSpeech):
		return tPresent
	case e.has(fPast):
		return st.participle(j)
	}
	// ("killed" is also a count noun, "five killed", but not after a name.)
	countOnly := e != nil && e.has(fCountNoun) && !st.numTok(j-1)
	if (e == nil || countOnly) && !t.up && t.e-t.s > 3 && st.text[t.e-2:t.e] == "ed" && st.text[t.e-3] != 'e' {
		if j > 0 && st.toks[j-1].lx.has(fDet) && !st.toks[j-1].lx.has(fHave) && !st.pronounSubject(j-1) {
			return tUnknown // "the detained migrants": an adjective
		}
		return st.participle(j)
	}
	return tUnknown
}

// pronounSubject reports whether the determiner at j is a demonstrative
// standing alone at the head of its sentence, a subject: "That changed
// on 24 February" (not "That detained migrant").
func (st *state) pronounSubject(j int) bool {
	return (st.is(j, "that") || st.is(j, "this")) && (j == 0 || st.sent[j-1] != st.sent[j])
}

// lightVerb reports whether the word at j is a verb that takes a noun of
// the act it reports: "made visits", "paid a visit".
func (st *state) lightVerb(j int) bool {
	for _, w := range []string{"made", "make", "makes", "making", "paid", "pay", "pays", "paying"} {
		if st.is(j, w) {
			return true
		}
	}
	return false
}

// nounAfterWord reports whether the bare scheduling word at j ("head",
// "visit") follows a singular lower-case word that cannot be its subject
// or auxiliary — "deputy head", "state visit" — and so is a noun. A verb
// in the plural follows a plural or a pronoun ("the leaders meet"), a
// base form an auxiliary or "to".
func (st *state) nounAfterWord(j int) bool {
	if j == 0 || strings.HasSuffix(st.lower(j), "s") || st.toks[j-1].k != kWord || st.toks[j-1].up || st.sent[j-1] != st.sent[j] {
		return false
	}
	p := st.toks[j-1].lx
	w := st.lower(j - 1)
	if p != nil && (p.has(fModal) || p.has(fDet) || p.has(fSubord) || p.has(fFuture) || p.has(fFutureLex) || p.has(fHave) || p.has(fBePres) || p.has(fBePast)) {
		return false
	}
	if j > 2 && st.is(j-2, "of") && st.toks[j-3].k == kWord && strings.HasSuffix(st.lower(j-3), "s") {
		return false // "the heads of state meet": the plural before "of" is the subject
	}
	switch w {
	case "to", "not", "also", "then", "and", "or", "they", "we", "you", "i", "both", "jointly", "never", "still", "only", "just", "first", "later", "soon", "again", "together":
		return w == "first" && j > 1 && st.toks[j-2].k == kWord && !st.toks[j-2].up && !st.toks[j-2].lx.has(fModal) && !st.is(j-2, "to") // "first deputy head"
	}
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ly")
}

// joinActTense reads the tense of a bare "attend", "join", "sign" at j:
// after "to" and a verb that looks ahead ("invited Wang Yi to attend the
// meeting in July", "agreed to sign the deal") the act is still to come;
// after another ("applied to join the EU on Monday") the date is that
// verb's, so this one says nothing.
func (st *state) joinActTense(j int) tense {
	if j < 2 || !st.is(j-1, "to") {
		return tUnknown
	}
	for k := j - 2; k >= 0 && j-k <= 5 && st.sent[k] == st.sent[j] && st.toks[k].k == kWord; k-- {
		if aheadVerbs[st.lower(k)] {
			return tFuture
		}
	}
	return tUnknown
}

// joinActs are acts whose to-infinitive looks ahead only after aheadVerbs.
var joinActs = map[string]bool{"attend": true, "join": true, "sign": true, "participate": true}

// aheadVerbs are verbs whose to-infinitive is still to come: "invited
// him to attend", "agreed to sign", "hopes to join".
var aheadVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("invite invites invited inviting agree agrees agreed hope hopes hoped want wants wanted " +
		"ask asks asked urge urges urged decide decides decided promise promises promised pledge pledges " +
		"pledged vow vows vowed offer offers offered intend intends intended") {
		m[w] = true
	}
	return m
}()

// participle decides the tense of a past form at j from the auxiliaries
// before it: "will be held" is future, "is held" present, "was held",
// "has held" and a bare "held" past.
func (st *state) participle(j int) tense {
	for k := j - 1; k >= 0 && j-k <= 3 && st.sent[k] == st.sent[j]; k-- {
		e := st.toks[k].lx
		switch {
		case st.toks[k].k != kWord:
			return tPast
		case st.is(k, "be"):
			// "will be held", "is to be held", "could be held": look for the modal.
			for m := k - 1; m >= 0 && k-m <= 2; m-- {
				if st.toks[m].lx.has(fModal) || st.is(m, "to") {
					return tFuture
				}
			}
			return tUnknown
		case e.has(fLinking):
			return tUnknown // "stays closed": an adjective after a linking verb
		case st.is(k, "being"):
			if k > 0 && st.toks[k-1].lx.has(fBePast) {
				return tPast
			}
			return tFuture // "is being held on Monday"
		case e.has(fBePres):
			if st.is(j+1, "to") || st.is(j+1, "for") {
				return tFuture
			}
			return tPresent
		case e.has(fBePast), e.has(fHave), st.is(k, "had"), st.is(k, "been"):
			return tPast
		case st.is(k, "not") || st.is(k, "also") || st.is(k, "already") || st.is(k, "reportedly") ||
			strings.HasSuffix(st.lower(k), "ly"):
			continue
		default:
			if k == j-1 && st.is(j+1, "by") {
				// "the summit hosted by Britain from June 11 to 13": a
				// participle after its noun, no tense of the clause
				return tUnknown
			}
			return tPast
		}
	}
	return tPast
}

// ambiguousPast are verbs whose past looks like their present.
var ambiguousPast = map[string]bool{"hit": true, "cut": true, "put": true, "shut": true, "beat": true,
	"spread": true, "cast": true, "quit": true, "shed": true, "bid": true}

// askedFor reports whether the verb at j asks for an occasion that the
// words up to the date at ts name: "called for a general election in
// January", "urged a vote in March" — the occasion asked for is still to
// come, whatever the tense of the asking.
func (st *state) askedFor(j, ts int) bool {
	switch st.lower(j) {
	case "called", "urged", "demanded", "proposed", "sought", "requested", "pressed":
	default:
		return false
	}
	if st.is(j+1, "off") || !st.inBefore(ts) {
		return false // "called off talks", "demanded talks on Monday": the act's own day
	}
	for k := j + 1; k < ts && k <= j+8; k++ {
		switch st.lower(k) {
		case "election", "elections", "vote", "referendum", "poll", "polls", "talks", "summit", "ceasefire", "withdrawal":
			return true
		}
	}
	return false
}

// intendedFor reports whether the past verb of intent at j ("agreed",
// "decided", "instructed") governs an infinitive before the expression at
// ts, which "in" introduces: "agreed to finalise the framework before the
// summit in October" — what was meant to be done lies ahead of the
// agreeing.
func (st *state) intendedFor(j, ts int) bool {
	switch st.lower(j) {
	case "agreed", "decided", "instructed", "pledged", "promised", "vowed", "resolved", "undertook", "committed", "planned", "intended":
	default:
		return false
	}
	if !st.inBefore(ts) {
		return false
	}
	for k := j + 1; k+1 < ts && k <= j+6; k++ {
		if st.is(k, "to") && st.word(k+1) && !st.toks[k+1].up && st.verbTense(k+1) == tUnknown && !st.toks[k+1].lx.has(fDet) {
			return true
		}
	}
	return false
}

// invitedFor reports whether the past "invited" at j asks someone to a
// place or an occasion that the expression at ts, after "in", dates:
// "invited Lula to Washington in early February", "invited him for talks
// in March". The invitation's own day comes before the place ("invited
// him on Monday to visit").
func (st *state) invitedFor(j, ts int) bool {
	if st.lower(j) != "invited" || !st.inBefore(ts) {
		return false
	}
	for k := j + 1; k < ts && k <= j+8; k++ {
		if st.is(k, "to") || st.is(k, "for") {
			return true
		}
	}
	return false
}

// inBefore reports whether "in" introduces the expression at ts, past
// "the first (second) half of", "the end of" and the like: "in January",
// "in the second half of January".
func (st *state) inBefore(ts int) bool {
	for k := ts - 1; k >= 0 && ts-k <= 6; k-- {
		switch st.lower(k) {
		case "in":
			return true
		case "the", "first", "second", "half", "of", "end", "middle", "start", "beginning", "early", "late", "mid":
			continue
		}
		return false
	}
	return false
}

// deadlineOfInfinitive reports whether the expression at [ts, te), after
// "by" or "until", is the deadline of an infinitive next to it: "to leave
// by Nov. 1", "until November 1 to leave".
func (st *state) deadlineOfInfinitive(ts, te int, sid int32) bool {
	if !st.is(ts-1, "by") && !st.is(ts-1, "until") {
		return false
	}
	for j := ts - 2; j > 0 && ts-j <= 6 && st.sent[j] == sid && !st.clauseEnd(j); j-- {
		if st.is(j-1, "to") && st.word(j) && !st.toks[j].up && st.verbTense(j) == tUnknown {
			return true
		}
	}
	return st.is(ts-1, "until") && st.is(te, "to") && te+1 < len(st.toks) && st.sent[te+1] == sid && st.word(te+1)
}
