package quote

import (
	"slices"
	"strings"
	"unicode"

	"parley"
	"parley/nlp/token"
)

// TranscriptCue is the cue of a quotation that is a speaker's turn in a
// transcript: a briefing's "MR PRICE: We urge China …", a ministry's
// "Wang Wenbin: …", or "A: …" under a headline that names who answers.
// The turn carries no quotation marks; its label says whose words follow.
const TranscriptCue = "transcript"

// questionLabels open a journalist's turn; answerLabels open the turn of
// whoever the page says answers.
var (
	questionLabels = map[string]bool{"q": true, "question": true, "questions": true, "reporter": true, "journalist": true,
		"interviewer": true, "anchor": true, "host": true, "moderator": true, "correspondent": true}
	answerLabels = map[string]bool{"a": true, "answer": true}
	// courtesyTitles may stand before a family name in a label: "MR PRICE".
	courtesyTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "mr.": true, "ms.": true}
)

// turn is a labelled paragraph of a transcript.
type turn struct {
	para  int         // index of the paragraph
	label []int       // token indexes of the label's words
	words parley.Span // the words after the label's colon
}

// AnsweredByLabel reports whether the text is a transcript whose answers
// are labelled "A:" or "Answer:", so that who answers must come from the
// headline: the caller resolves it only then. It reads the labels as the
// turns do.
func AnsweredByLabel(in Input) bool {
	f := finder{in: in}
	questions, answers := false, false
	for pi, p := range in.Paragraphs {
		t, ok := f.labelled(pi, p)
		if !ok || len(t.label) != 1 {
			continue
		}
		n := in.Tokens[t.label[0]].Norm
		questions = questions || questionLabels[n]
		answers = answers || answerLabels[n]
	}
	return questions && answers
}

// turns returns the transcript's answers as quotations of their speakers:
// each paragraph opened by a label that names a person with a state, or
// by "A:" when who answers is known (answerer, from the headline, else
// the one person the text names before the first turn), together with
// the unlabelled paragraphs that follow it up to the next label. A page is a transcript only when
// someone asks: a question's or an interviewer's label ("QUESTION:",
// "Q:", "ANCHOR:") — a name and a colon alone also open subheadings that
// sum up what someone said ("Khamenei: Insulting the Prophet's wives is
// forbidden"). Journalists' turns are not quoted. A turn that opens with
// a quotation mark is a quotation the marks already give ("TRUMP: “Our
// relationship …”").
func (f *finder) turns(paras []parley.Span, answerer string) []parley.Quote {
	var ts []turn
	for pi, p := range paras {
		if t, ok := f.labelled(pi, p); ok {
			ts = append(ts, t)
		}
	}
	if !slices.ContainsFunc(ts, func(t turn) bool { return len(t.label) == 1 && questionLabels[f.in.Tokens[t.label[0]].Norm] }) {
		return nil
	}
	if answerer == "" {
		answerer = f.introducedAnswerer(paras[ts[0].para].Start)
	}
	var out []parley.Quote
	for n, t := range ts {
		speaker := f.labelSpeaker(t.label, answerer)
		if speaker == "" || f.actors[speaker] == nil || t.words.End <= t.words.Start || opensWithMark(f.in.Text[t.words.Start:t.words.End]) {
			continue
		}
		q := parley.Quote{Span: t.words, Text: f.in.Text[t.words.Start:t.words.End], Speaker: f.actors[speaker].Ref(), Cue: TranscriptCue}
		if n+1 < len(ts) {
			// Unlabelled paragraphs between this turn and the next one go
			// on with this speaker's answer; after the last turn they may
			// be the page's own text, so they are left alone.
			for pi := t.para + 1; pi < ts[n+1].para; pi++ {
				q.More = append(q.More, paras[pi])
			}
		}
		if quoteWords(f.in.Text, &q) >= MinWords {
			out = append(out, q)
		}
	}
	return out
}

// labelled reports whether paragraph p opens with a speaker's label: up
// to four capitalised words (or a courtesy title) and a colon on the
// paragraph's first line, followed by words.
func (f *finder) labelled(pi int, p parley.Span) (turn, bool) {
	i, j := f.tokensIn(p)
	toks := f.in.Tokens
	for k := i; k < j && k <= i+4; k++ {
		t := &toks[k]
		if t.Is(":") {
			if k == i || k+1 >= j || toks[k+1].NewlineBefore {
				return turn{}, false
			}
			var label []int
			for x := i; x < k; x++ {
				if toks[x].Kind == token.Word {
					label = append(label, x)
				}
			}
			return turn{para: pi, label: label, words: parley.Span{Start: toks[k+1].Start, End: p.End}}, len(label) > 0
		}
		if k > i && t.NewlineBefore || t.Kind == token.Word && !t.Upper && !courtesyTitles[t.Norm] || t.Kind != token.Word && !t.Is(".") {
			return turn{}, false
		}
	}
	return turn{}, false
}

// labelSpeaker returns whose turn a label opens: the person a name label
// names — by a mention over it, or by the family name of a person the
// page names ("MR PRICE" is Ned Price) —, or answerer for "A:". Only a
// person who serves a state speaks for one; a label naming anyone else
// (a correspondent, an anchor) opens no quotation.
func (f *finder) labelSpeaker(label []int, answerer string) string {
	toks := f.in.Tokens
	if len(label) == 1 {
		switch n := toks[label[0]].Norm; {
		case answerLabels[n]:
			return answerer
		case questionLabels[n]:
			return ""
		}
	}
	span := parley.Span{Start: toks[label[0]].Start, End: toks[label[len(label)-1]].End}
	for _, m := range f.in.Mentions {
		if span.Contains(m.Span) && len(m.Actors) == 1 && f.politicalPerson(m.Actors[0]) {
			return m.Actors[0]
		}
	}
	last := toks[label[len(label)-1]].Norm
	if courtesyTitles[last] {
		return ""
	}
	found := ""
	for _, a := range f.in.Actors {
		if !f.politicalPerson(a.ID) {
			continue
		}
		names := strings.Fields(token.Fold(a.Name))
		if len(names) > 1 && names[len(names)-1] == last || len(names) > 1 && names[0] == last && len(label) == 1 {
			if found != "" && found != a.ID {
				return "" // two people of that name: the label cannot say which
			}
			found = a.ID
		}
	}
	return found
}

// introducedAnswerer returns who answers a transcript's "A:" turns when
// its headline does not say: the one person serving a state that the text
// before the first turn names ("Spokesperson Mao Ning hosted the regular
// press conference. Q: …"); "" when it names none or several.
func (f *finder) introducedAnswerer(end int) string {
	found := ""
	for _, m := range f.in.Mentions {
		if m.Span.End > end {
			continue
		}
		if len(m.Actors) != 1 || m.Via == parley.ViaAdjective || !f.politicalPerson(m.Actors[0]) {
			continue
		}
		if found != "" && found != m.Actors[0] {
			return ""
		}
		found = m.Actors[0]
	}
	return found
}

// politicalPerson reports whether actor id is a person who serves a
// state.
func (f *finder) politicalPerson(id string) bool {
	a := f.actors[id]
	return a != nil && a.Kind == parley.Person && a.Country != ""
}

// opensWithMark reports whether s opens with a quotation mark.
func opensWithMark(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	for _, m := range []string{"\"", "“", "«", "„", "'", "‘"} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}
