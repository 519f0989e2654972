// Package quote finds direct quotations in article text and attributes each
// to its speaker.
//
// Quotations are found from their marks (curly, straight, guillemets), one
// record per quotation: the stretches of one speaker's words around their
// attribution, or run over a paragraph break, make one record. The speaker comes from the attribution around
// it: a speech verb after the closing mark ("…," he said / said Lavrov),
// before the opening mark (Putin said that … "…"; Global Times quoted Yang
// Jin as saying: "…"), or, for a quotation without its own attribution, the
// speaker of the quotation just before it.
package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley"
	"parley/nlp/token"
)

// maxAttribution is the most text, in bytes, an attribution between two
// stretches of one quotation takes ("”, he said, “"); longer narrative
// between them makes the second a quotation of its own.
const maxAttribution = 40

// MinWords is the shortest quotation, in words, that is reported. Shorter
// quoted stretches are mostly titles, scare quotes and slogans.
const MinWords = 5

// Input is what the quote stage reads: the text, its paragraphs and
// sentences, and the actor mentions the actor stage found.
type Input struct {
	Text       string
	Paragraphs []parley.Span
	Sentences  []parley.Span
	Tokens     []token.Token
	Mentions   []parley.Mention
	Actors     []parley.Actor
	// Answerer is the actor who answers a transcript's "A:" turns, named
	// by its headline ("Foreign Ministry Spokesperson Wang Wenbin's
	// Regular Press Conference"); "" when none is known.
	Answerer string
}

// Find returns the quotations of the text in order.
func Find(in Input) []parley.Quote {
	f := finder{in: in, actors: map[string]*parley.Actor{}}
	for i := range in.Actors {
		f.actors[in.Actors[i].ID] = &in.Actors[i]
	}
	paras := in.Paragraphs
	if len(paras) == 0 {
		paras = []parley.Span{{Start: 0, End: len(in.Text)}}
	}
	var out []parley.Quote
	// The last attributed quotation, long or short, so that a quotation
	// running on from it takes its speaker.
	var prevSpeaker parley.ActorRef
	prevSentence := -10
	// The quotation being gathered: its stretches so far, the paragraph
	// of its last one, and whether that one ran to the paragraph's end
	// without closing.
	var cur *parley.Quote
	curPara, curOpen, curEnd := -1, false, 0
	curAnon := false // its source goes unnamed ("speaking on condition of anonymity")
	flush := func() {
		if cur != nil && (quoteWords(in.Text, cur) >= MinWords || utterance(cur)) {
			out = append(out, *cur)
		}
		cur = nil
	}
	for pi, p := range paras {
		for si, seg := range marks(in.Text, p) {
			q := parley.Quote{Span: seg.inner, Text: in.Text[seg.inner.Start:seg.inner.End]}
			speaker, cue := f.attribute(seg)
			s := f.sentence(seg.outer.Start)
			if cue == "context" && !prevSpeaker.IsZero() && s-prevSentence <= 1 {
				speaker = "" // a running quotation outweighs the sentence before
			}
			anon := f.anonymous(f.sentenceSpan(seg.outer.Start))
			switch {
			case speaker != "":
				q.Speaker, q.Cue = f.actors[speaker].Ref(), cue
			case !prevSpeaker.IsZero() && s-prevSentence <= 1 && !anon && cue != docCue && cue != unnamedCue:
				q.Speaker, q.Cue = prevSpeaker, "continued"
			}
			if !q.Speaker.IsZero() {
				prevSpeaker = q.Speaker
				prevSentence = f.sentence(seg.outer.End - 1)
			}
			// One quotation, one record: a stretch that goes on with the
			// same speaker right after the attribution ("“…,” he said,
			// “…”"), or with no attribution of its own, in the same
			// paragraph — or that reopens the next paragraph of a
			// quotation left open — belongs to the record begun before.
			// Words quoted again, with their own attribution, after more
			// narrative are a new quotation.
			// (A document's words are not its author's spoken ones:
			// 'warned of “….” “…!” the letter said'.)
			// "“…,” he said. He added that the UK would “use every lever
			// …”": words quoted inside a sentence of their own are another
			// quotation.
			fragmentOfNewSentence := fragment(q.Text) && cur != nil && s > f.sentence(curEnd-1)
			reopens := cur != nil && curOpen && pi == curPara+1 && si == 0 && seg.outer.Start == p.Start
			goesOn := cur != nil && !q.Speaker.IsZero() && q.Speaker.ID == cur.Speaker.ID && (q.Cue == docCue) == (cur.Cue == docCue) &&
				(pi == curPara && (q.Cue == "continued" && !fragment(q.Text) || seg.outer.Start-curEnd <= maxAttribution && !fragmentOfNewSentence) && !newPredicate(in.Text, curEnd, seg.outer.Start) ||
					reopens)
			switch {
			case goesOn:
				cur.More = append(cur.More, q.Span)
			case reopens && (q.Speaker.IsZero() || cur.Speaker.IsZero() && cur.Cue == "" && !curAnon):
				// A quotation run over paragraphs, each opening with a mark
				// and only the last closing, is one speaker's, whichever
				// stretch names them: "“We will not …\n\n“The nation
				// stands united,” he said."
				cur.More = append(cur.More, q.Span)
				if cur.Speaker.IsZero() {
					cur.Speaker, cur.Cue = q.Speaker, q.Cue
				}
			case words(q.Text) < MinWords && !spoken(q.Text):
				// A term in quotation marks ("the term “three amigos”")
				// opens no quotation; "“Yes,” he said, “…”" does.
				flush()
			default:
				flush()
				cur, curAnon = &q, anon
			}
			curPara, curOpen, curEnd = pi, seg.unclosed, seg.outer.End
		}
	}
	flush()
	return withTurns(pulledQuotes(out), f.turns(paras, in.Answerer))
}

// withTurns adds a transcript's turns to the marked quotations, in the
// order of the text; a marked quotation inside a turn (the speaker
// quoting someone) stays a quotation of its own and follows it.
func withTurns(marked, turns []parley.Quote) []parley.Quote {
	if len(turns) == 0 {
		return marked
	}
	out := make([]parley.Quote, 0, len(marked)+len(turns))
	i := 0
	for _, t := range turns {
		for i < len(marked) && marked[i].Span.Start < t.Span.Start {
			out = append(out, marked[i])
			i++
		}
		out = append(out, t)
	}
	return append(out, marked[i:]...)
}

// utterance reports whether a quotation too short for MinWords is still
// words someone said: a whole sentence of at least two words, opening in
// capitals and closed by its punctuation, whose speaker a verb of saying
// names ("Hayashi said: “We will respond appropriately.”", "“Enough is
// enough,” Tusk wrote"), not a title or a slogan in marks.
func utterance(q *parley.Quote) bool {
	if q.Speaker.IsZero() || q.Cue == "" || q.Cue == "context" || q.Cue == "continued" || q.Cue == docCue || q.Cue == unnamedCue || len(q.More) > 0 {
		return false
	}
	return words(q.Text) >= 2 && !fragment(q.Text) && spoken(q.Text)
}

// fragment reports whether quoted words open in lower case, as words
// quoted inside a sentence of narrative do: 'it pointed out that it has
// no “role in regulating campaign content”' is a quotation of its own.
func fragment(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// newPredicate reports whether the words between two quoted stretches,
// text[a:b], open a predicate of their own: in 'praised Erdogan as "a hell
// of a leader" and called the agreement "a great day"' the second is
// another quotation, not the first one going on.
func newPredicate(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	// (", while some …": the comma after the mark opens nothing)
	gap := strings.ToLower(strings.TrimLeft(text[a:b], " ,;"))
	return strings.HasPrefix(gap, "and ") || strings.HasPrefix(gap, "but ") || strings.HasPrefix(gap, "while ")
}

// pulledQuotes gives a quotation repeated without any attribution — a
// pull quote set above the paragraph that quotes it — the speaker the
// attributed copy names.
func pulledQuotes(qs []parley.Quote) []parley.Quote {
	key := func(t string) string { return strings.TrimRight(strings.Join(strings.Fields(t), " "), ",.;:!? ") }
	weak := func(c string) bool { return c == "" || c == "context" || c == "continued" }
	for i := range qs {
		if !qs[i].Speaker.IsZero() {
			continue // (words one speaker said may be echoed by another)
		}
		for j := range qs {
			if j != i && !weak(qs[j].Cue) && !qs[j].Speaker.IsZero() && key(qs[j].Text) == key(qs[i].Text) {
				qs[i].Speaker, qs[i].Cue = qs[j].Speaker, "repeated"
				break
			}
		}
	}
	return qs
}

// quoteWords counts the words of all the stretches of q.
func quoteWords(text string, q *parley.Quote) int {
	n := words(q.Text)
	for _, sp := range q.More {
		n += words(text[sp.Start:sp.End])
	}
	return n
}

// segment is one quoted stretch: outer includes the marks, inner not.
type segment struct {
	outer, inner parley.Span
	unclosed     bool // the paragraph ended before the closing mark
}

// marks finds the quoted stretches of one paragraph.
func marks(text string, p parley.Span) []segment {
	var out []segment
	open := -1
	var closer rune
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case open < 0 && isOpening(text, i, r, p.Start):
			open, closer = i, closing(r)
		case open >= 0 && closes(text, i, r, closer) && isClosingAt(text, i, size, r, p.End):
			if (r == '’' || r == '\'') && r != closer {
				size *= 2 // a doubled single mark closing a double one: ’’
			}
			inner := parley.Span{Start: open + runeLen(text, open), End: i}
			out = append(out, segment{outer: parley.Span{Start: open, End: i + size}, inner: inner.TrimSpace(text)})
			open = -1
		}
		i += size
	}
	if open >= 0 {
		inner := parley.Span{Start: open + runeLen(text, open), End: p.End}
		out = append(out, segment{outer: parley.Span{Start: open, End: p.End}, inner: inner.TrimSpace(text), unclosed: true})
	}
	return out
}

// closes reports whether the mark r at i closes a quotation opened with a
// mark whose proper closer is want. Pages mix their marks: a curly opening
// closed by a straight one ("“Forty-five years …\""), or by two right
// single marks (’’).
func closes(text string, i int, r, want rune) bool {
	switch {
	case r == want:
		return true
	case want == '”' || want == '"':
		if r == '”' || r == '"' {
			return true
		}
		if r == '’' || r == '\'' {
			next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
			return next == r
		}
	}
	return false
}

func runeLen(text string, i int) int {
	_, size := utf8.DecodeRuneInString(text[i:])
	return size
}

// isOpening reports whether the mark r at i opens a quotation: curly and
// angled marks always do; a straight mark does when it follows the start,
// white space or an opening bracket or dash.
func isOpening(text string, i int, r rune, start int) bool {
	switch r {
	case '“', '«', '„':
		return true
	case '"':
		if i == start {
			return true
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return unicode.IsSpace(prev) || strings.ContainsRune("([—–-:", prev)
	case '‘', '\'':
		// Single marks, as British and Irish papers use them, open a
		// quotation before a letter after a space or the start; a straight
		// one elsewhere is an apostrophe.
		next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
		if !unicode.IsLetter(next) {
			return false
		}
		if i == start {
			return true
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return unicode.IsSpace(prev) || strings.ContainsRune("([—–-:", prev)
	}
	return false
}

func closing(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '«':
		return '»'
	case '„':
		return '“'
	case '‘':
		return '’'
	case '\'':
		return '\''
	}
	return '"'
}

// isClosingAt reports whether the closing mark at i really closes: a
// straight mark must not be followed by a letter.
func isClosingAt(text string, i, size int, r rune, end int) bool {
	if r != '"' && r != '’' && r != '\'' {
		return true
	}
	if r != '"' && i > 0 {
		// A single mark after a space opens nothing it closes; one between
		// letters is an apostrophe ("don’t", "Russia's").
		if prev, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsSpace(prev) {
			return false
		}
	}
	if i+size >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if r != '"' && i > 0 && text[i-1] == 's' && next == ' ' && i+size+1 < end {
		// "the workers’ demands": a plural possessive, not the close.
		if after, _ := utf8.DecodeRuneInString(text[i+size+1:]); unicode.IsLower(after) && !strings.HasPrefix(text[i+size+1:], "said") && !strings.HasPrefix(text[i+size+1:], "says") {
			return false
		}
	}
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

func words(s string) int { return len(strings.Fields(s)) }

// spoken reports whether a quoted stretch ends as speech broken off by its
// attribution does: with a comma or a stop inside the marks.
func spoken(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune(",.!?;:…", r)
}
