package event

import (
	"strings"
	"unicode"

	"parley"
)

// callFromTitle gives the way of a talk the lead tells without one, when
// the headline names a call: a readout titled "Readout of President
// Biden's Call with Prime Minister Netanyahu" says in its text only that
// Biden "spoke today with" him. Only the first meeting, told in the
// opening paragraph with a verb of talking, takes it.
func callFromTitle(d *doc, evs []parley.Event) {
	medium := titleMedium(d.in.Title)
	if medium == "" {
		return
	}
	for i := range evs {
		e := &evs[i]
		if e.Type != parley.Consult {
			continue
		}
		if e.Medium == "" && e.Status == parley.Occurred && d.openingParagraph(e.Evidence.Span) &&
			d.tok(d.tokenAt(e.Trigger.Start)).Is("spoke", "speaks", "talked", "talks", "conversation", "discussion") {
			e.Medium = medium
		}
		return
	}
}

// titleMedium returns the medium a headline's call names: a video call
// or conference is virtual, a call "with" someone, a phone call or a
// telephone conversation by phone; else "".
func titleMedium(title string) parley.Medium {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i, w := range words {
		switch w {
		case "video", "videoconference", "video-conference", "virtual":
			if i+1 < len(words) && (words[i+1] == "call" || words[i+1] == "conference" || words[i+1] == "meeting" || words[i+1] == "summit") || w != "video" && w != "virtual" {
				return parley.Virtual
			}
		case "telephone", "phone":
			return parley.Phone
		case "call", "calls":
			// "Call with Prime Minister Netanyahu", not "rejects Putin's
			// call for talks"
			if i+1 < len(words) && (words[i+1] == "with" || words[i+1] == "between") {
				return parley.Phone
			}
		}
	}
	return ""
}

// openingParagraph reports whether span s lies in the text's first
// paragraph that holds a sentence of its own (past a dateline line).
func (d *doc) openingParagraph(s parley.Span) bool {
	for _, p := range d.in.Paragraphs {
		if !p.Contains(s) {
			if s.Start < p.Start {
				return false
			}
			if len(strings.Fields(d.in.Text[p.Start:p.End])) > 8 {
				return false // a paragraph of prose came first
			}
			continue
		}
		return true
	}
	return false
}
