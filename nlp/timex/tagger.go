package timex

import (
	"strings"
	"sync"
	"time"

	"parley"
)

// Tagger finds and resolves date expressions. It holds no per-call state
// and is safe for concurrent use; build it once with New.
type Tagger struct {
	pool sync.Pool // *state, reused between calls to spare the allocator
}

// New returns a Tagger for English news text.
func New() *Tagger {
	return &Tagger{pool: sync.Pool{New: func() any { return new(state) }}}
}

// res is one expression while the tagger works on it.
type res struct {
	ts, te   int // token range [ts, te)
	kind     string
	prec     parley.Precision
	val      parley.Date // zero: computed from e and l
	e, l     time.Time   // zero: unresolved
	rel      parley.TimeRelation
	anchored bool
	anchor   parley.Date
	est      bool // may serve as the anchor of a later "two days later"
	explicit bool // the text itself wrote the year
	story    bool // the year is that of a story told just before (narrativeYear)
	anniv    int  // the count of an anniversary, resolved after the sentence
}

// state is the working memory of one call to Tag.
type state struct {
	text   string
	toks   []tok
	sent   []int32 // sentence number of each token
	pub    time.Time
	hasPub bool
	anc    res // the last date the text established
	hasAnc bool
	ancSid int32 // sentence of anc
	// dayAnc is the last date established to the day: "the same day" and
	// "two days later" count from it, not from a year named in between.
	dayAnc    res
	hasDayAnc bool
	dayAncSid int32
	// firstDay is the first day established in the sentence of
	// firstDaySid: the main clause's, which "Hours later" at the head of
	// the next sentence counts from rather than a day told in an aside.
	firstDay    res
	hasFirstDay bool
	firstDaySid int32
	// newsDay is the last day established in the week up to publication:
	// the story's day, which "later in the day" keeps when the day told
	// last is still to come.
	newsDay    res
	hasNewsDay bool
	newsDaySid int32
	cal        time.Time // the last calendar day or month the text named
	calMonth   bool      // cal is a whole month ("in September 2022")
	calStory   bool      // cal's year was written, or carried on from a written one
	calSid     int32
	hasCal     bool
	yearSid    int32 // sentence holding the last explicitly written year
	year       int   // that year
	// relYearVal is the year of the last "last year" or "this year" and
	// relYearEnd the token after it, or -1: "Last year in March" is a
	// March of that year.
	relYearVal, relYearEnd int
	mayName                bool // the text names a person May, so a bare "May" is no month
	lo, hi                 int  // token range of the sentence being matched
	head                   int  // its first token that is no punctuation
	wdHint                 int  // a weekday written before a date ("Friday, May 19"), or -1
	depth                  int  // nesting of rules that look for an anchor date after them
	// inRange is set while the range rules read one end of a range: a run
	// of days joined by "to" is then left to them ("from May 3 to 5"), and
	// a dash before a month works as a cue ("March–May 2022").
	inRange bool
	// forceYear, when set, is the year a date without a written year
	// takes: the range rules use it to put both ends in one year.
	forceYear int
	out       []res
}

// Tag finds the date expressions in text and resolves each against the
// publication date (or, for "two days later" and the like, against the
// date the text established just before). sentences are sentence spans in
// text, in order; nil means the tagger splits the text on its own crude
// rule. With a zero published date, expressions that need an anchor keep
// a zero Value.
func (t *Tagger) Tag(text string, sentences []parley.Span, published parley.Date) []parley.TimeExpr {
	st := t.pool.Get().(*state)
	defer func() {
		st.text = ""
		t.pool.Put(st)
	}()
	st.reset(text, sentences, published)
	for i := 0; i < len(st.toks); {
		if i >= st.hi {
			st.lo, st.hi = i, i+1
			for st.hi < len(st.toks) && st.sent[st.hi] == st.sent[i] {
				st.hi++
			}
			st.head = st.lo
			for st.head < st.hi-1 && st.toks[st.head].k == kPunct {
				st.head++
			}
		}
		if r, ok := st.matchAt(i); ok && r.te > i {
			if rr, ok := st.extendRange(r); ok {
				r = rr
			}
			st.add(r)
			i = r.te
			continue
		}
		i++
	}
	st.resolveAnniversaries()
	return st.export()
}

func (st *state) reset(text string, sentences []parley.Span, published parley.Date) {
	st.text = text
	st.toks = tokenize(text, st.toks[:0])
	st.out = st.out[:0]
	st.hasAnc, st.hasDayAnc, st.hasCal, st.hasNewsDay, st.hasFirstDay = false, false, false, false, false
	st.yearSid, st.year = -1, 0
	st.relYearVal, st.relYearEnd = 0, -1
	st.lo, st.hi, st.wdHint, st.depth = 0, 0, -1, 0
	st.inRange, st.forceYear = false, 0
	st.hasPub = !published.IsZero() && published.Precision() == parley.PrecisionDay
	if st.hasPub {
		st.pub = ymd(published.Year, published.Month, published.Day)
	}
	st.mayName = strings.Contains(text, "Theresa May") || strings.Contains(text, "Mrs May") ||
		strings.Contains(text, "Mrs. May") || strings.Contains(text, "Ms May") || strings.Contains(text, "Ms. May")
	if cap(st.sent) < len(st.toks) {
		st.sent = make([]int32, len(st.toks))
	}
	st.sent = st.sent[:len(st.toks)]
	if sentences == nil {
		st.splitSentences()
	} else {
		st.assignSentences(sentences)
	}
}

// assignSentences numbers tokens by the caller's sentence spans. Tokens
// outside every span get a number of their own run, so that no rule
// reaches across a gap.
func (st *state) assignSentences(spans []parley.Span) {
	var id int32
	k := 0
	inGap := false
	for i := range st.toks {
		s := st.toks[i].s
		for k < len(spans) && spans[k].End <= s {
			k++
			id++
			inGap = false
		}
		if k < len(spans) && spans[k].Start <= s {
			st.sent[i] = id
			inGap = false
			continue
		}
		if !inGap {
			id++
			inGap = true
		}
		st.sent[i] = id
	}
}

// splitSentences is the crude rule used without caller spans: a sentence
// ends at a line break, or after . ! ? when the next word is capitalised
// and the word before the period is no abbreviation ("Dec.", "Mr.", "U.").
func (st *state) splitSentences() {
	var id int32
	for i := range st.toks {
		if i > 0 && st.boundaryBefore(i) {
			id++
		}
		st.sent[i] = id
	}
}

func (st *state) boundaryBefore(i int) bool {
	t := &st.toks[i]
	if t.nl {
		return true
	}
	if !t.sp || (t.k == kWord && !t.up) {
		return false
	}
	j := i - 1
	// Step back over closing quotes and brackets after the stop.
	for j > 0 && st.toks[j].k == kPunct && (st.toks[j].p == pQuote || st.toks[j].p == ')' || st.toks[j].p == pApos) && !st.toks[j].sp {
		j--
	}
	p := &st.toks[j]
	if p.k != kPunct || (p.p != '.' && p.p != '!' && p.p != '?') {
		return false
	}
	if p.p == '.' && j > 0 {
		w := &st.toks[j-1]
		if w.k == kWord && !p.sp && (w.e-w.s == 1 || w.lx.has(fTitle) || w.lx.has(fAbbr)) {
			return false
		}
	}
	return true
}

// add records an expression and lets it anchor what follows.
func (st *state) add(r res) {
	if !r.e.IsZero() {
		if !inCalendar(r.e) || !inCalendar(r.l) || r.l.Before(r.e) {
			return
		}
		if r.val.IsZero() {
			r.val = valueOf(r.e, r.l)
		}
	}
	st.out = append(st.out, r)
	if r.est && !r.e.IsZero() && !st.nounModifier(r) {
		st.anc, st.hasAnc, st.ancSid = r, true, st.sent[r.ts]
		if r.prec == parley.PrecisionDay {
			st.dayAnc, st.hasDayAnc, st.dayAncSid = r, true, st.sent[r.ts]
			if !st.hasFirstDay || st.firstDaySid != st.sent[r.ts] {
				st.firstDay, st.hasFirstDay, st.firstDaySid = r, true, st.sent[r.ts]
			}
			if st.hasPub && !r.e.After(st.pub) && !r.e.Before(st.pub.AddDate(0, 0, -7)) {
				st.newsDay, st.hasNewsDay, st.newsDaySid = r, true, st.sent[r.ts]
			}
		}
	}
	if !r.e.IsZero() && (r.prec == parley.PrecisionDay || r.prec == parley.PrecisionMonth) &&
		(r.kind == kindAbsolute || r.kind == kindRange) {
		st.cal, st.calSid, st.hasCal = r.e, st.sent[r.ts], true
		st.calMonth = r.prec == parley.PrecisionMonth && r.kind == kindAbsolute
		// A story's date, not the start of a time running to now ("since
		// February 2022").
		st.calStory = (r.explicit || r.story || st.yearWritten(r)) && !(r.ts > 0 && st.is(r.ts-1, "since"))
	}
	if r.explicit && !r.e.IsZero() {
		st.yearSid, st.year = st.sent[r.ts], r.e.Year()
	}
	if r.kind == kindRelative && r.prec == parley.PrecisionYear && !r.e.IsZero() && r.e.Equal(yearStart(r.e.Year())) && r.l.Equal(yearEnd(r.e.Year())) {
		st.relYearVal, st.relYearEnd = r.e.Year(), r.te
	}
}

// yearWritten reports whether the tokens of r write its year: "7 to 8
// August 2008", a range whose year is shared by both ends.
func (st *state) yearWritten(r res) bool {
	for j := r.ts; j < r.te && j < len(st.toks); j++ {
		if st.toks[j].k == kNum && st.toks[j].nd == 4 && st.toks[j].n == r.e.Year() {
			return true
		}
	}
	return false
}

// relYearBefore returns the year of a "last year" or "this year" that
// stands right before token ts, past a comma and a preposition at most
// ("Last year in March", "This year, on 3 May"), or 0.
func (st *state) relYearBefore(ts int) int {
	if st.relYearEnd < 0 || st.relYearEnd > ts || ts-st.relYearEnd > 2 || st.sent[st.relYearEnd-1] != st.sent[ts] {
		return 0
	}
	for k := st.relYearEnd; k < ts; k++ {
		if !st.punct(k, ',') && !st.is(k, "in") && !st.is(k, "on") {
			return 0
		}
	}
	return st.relYearVal
}

// nounModifier reports whether date r stands before a noun as its
// modifier ("Trump's July 25 call", "the May 19 ceremony"): it dates that
// thing, not the story's time, so "later in the day" does not count from
// it.
func (st *state) nounModifier(r res) bool {
	before := r.ts - 1
	det := st.ok(before) && (st.is(before, "the") || st.is(before, "a") || st.is(before, "an") || st.is(before, "his") ||
		st.is(before, "her") || st.is(before, "its") || st.is(before, "their") ||
		st.is(before, "s") && st.punct(before-1, '\''))
	if !det || !st.word(r.te) || st.toks[r.te].up {
		return false
	}
	for _, w := range []string{"and", "or", "to", "in", "at", "on", "when", "as", "after", "before", "for", "by", "with", "of", "that", "which", "until", "since"} {
		if st.is(r.te, w) {
			return false
		}
	}
	return true
}

// maxNeighbours bounds how many expressions on each side an anniversary
// looks at for the date of its occasion.
const maxNeighbours = 8

// resolveAnniversaries dates "the 20th anniversary of X" as the year of X:
// the year of the occasion minus the count. The occasion is dated by the
// nearest other date of the sentence, or else by the publication date.
func (st *state) resolveAnniversaries() {
	for i := range st.out {
		r := &st.out[i]
		if r.anniv == 0 {
			continue
		}
		ref, ok := time.Time{}, false
		best := -1
		// Look at a few neighbours in the same sentence, no more, so that
		// a hostile text of thousands of anniversaries stays linear.
		lo, hi := max(0, i-maxNeighbours), min(len(st.out), i+maxNeighbours+1)
		for j := lo; j < hi; j++ {
			o := &st.out[j]
			if j == i || o.anniv != 0 || o.e.IsZero() || st.sent[o.ts] != st.sent[r.ts] ||
				o.prec == parley.PrecisionDecade {
				continue
			}
			d := o.ts - r.te
			if d < 0 {
				d = r.ts - o.te
			}
			if best < 0 || d < best {
				best, ref, ok = d, o.e, true
			}
		}
		if !ok && st.hasPub {
			ref, ok = st.pub, true
		}
		if !ok {
			continue
		}
		y := ref.Year() - r.anniv
		if y < 1 {
			r.anniv = -1 // dropped in export
			continue
		}
		r.e, r.l = yearStart(y), yearEnd(y)
		r.val = parley.Date{Year: y}
		r.anchor = parley.Date{Year: ref.Year()}
		r.anchored = true
	}
}

func (st *state) export() []parley.TimeExpr {
	if len(st.out) == 0 {
		return nil
	}
	xs := make([]parley.TimeExpr, 0, len(st.out))
	for i := range st.out {
		r := &st.out[i]
		if r.anniv < 0 {
			continue
		}
		sp := parley.Span{Start: st.toks[r.ts].s, End: st.toks[r.te-1].e}
		x := parley.TimeExpr{
			Span:      sp,
			Text:      st.text[sp.Start:sp.End],
			Precision: r.prec,
			Relation:  r.rel,
			Anchored:  r.anchored,
			Anchor:    r.anchor,
			Kind:      r.kind,
		}
		if !r.e.IsZero() {
			x.Value = r.val
			x.Earliest, x.Latest = parley.DateOf(r.e), parley.DateOf(r.l)
		}
		xs = append(xs, x)
	}
	return xs
}
