package store

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"parley"
)

// Check reports whether an analysis can be stored. Every implementation
// calls it first, so that all of them accept and refuse the same analyses.
// It returns an Empty error for an article without text and an Invalid
// error naming the first broken invariant otherwise:
//
//   - every span (paragraphs, sentences, mentions, dates, quotes, event
//     evidence and triggers) lies inside Article.Text;
//   - every string is valid UTF-8 without NUL bytes (PostgreSQL refuses
//     both, and a stored record must read back the same everywhere);
//   - actors have a unique non-empty ID, a name and a known kind;
//   - every actor that a mention, quote or event names is in Actors, and
//     every mention names at least one;
//   - events have a PLOVER type, a status, a known medium or none, a
//     source, and a confidence in [0, 1].
func Check(a *parley.Analysis) error {
	const op = "store.Check"
	if a == nil {
		return parley.E(op, parley.Invalid, "no analysis")
	}
	art := &a.Article
	if err := art.Validate(); err != nil {
		return err
	}
	n := len(art.Text)
	bad := func(format string, args ...any) error {
		return parley.E(op, parley.Invalid, fmt.Sprintf(format, args...))
	}
	if f, ok := firstBadString(append([]string{art.Text, art.Title, art.URL, art.SiteName, art.Language}, art.Authors...)...); !ok {
		return bad("article field %q is not valid UTF-8 text", clip(f))
	}
	for i, s := range a.Sentences {
		if !s.Valid(n) {
			return bad("sentence %d: span %s lies outside the %d-byte text", i, s, n)
		}
	}

	actors := make(map[string]bool, len(a.Actors))
	for i, ac := range a.Actors {
		switch {
		case ac.ID == "":
			return bad("actor %d has no ID", i)
		case actors[ac.ID]:
			return bad("actor %q is listed twice", ac.ID)
		case strings.TrimSpace(ac.Name) == "":
			return bad("actor %q has no name", ac.ID)
		case ac.Kind != parley.Person && ac.Kind != parley.State && ac.Kind != parley.Organization:
			return bad("actor %q has unknown kind %q", ac.ID, ac.Kind)
		}
		if f, ok := firstBadString(ac.ID, ac.Name, ac.Country, ac.Role, ac.Wikidata); !ok {
			return bad("actor %q: field %q is not valid UTF-8 text", ac.ID, clip(f))
		}
		actors[ac.ID] = true
	}
	known := func(what string, r parley.ActorRef) error {
		if !actors[r.ID] {
			return bad("%s names actor %q, which is not among the analysis's actors", what, r.ID)
		}
		return nil
	}

	for i, m := range a.Mentions {
		if !m.Span.Valid(n) {
			return bad("mention %d: span %s lies outside the %d-byte text", i, m.Span, n)
		}
		if len(m.Actors) == 0 {
			return bad("mention %d names no actor", i)
		}
		for _, id := range m.Actors {
			if err := known(fmt.Sprintf("mention %d", i), parley.ActorRef{ID: id}); err != nil {
				return err
			}
		}
	}
	for i, d := range a.Dates {
		if !d.Span.Valid(n) {
			return bad("date %d: span %s lies outside the %d-byte text", i, d.Span, n)
		}
		if f, ok := firstBadString(d.Text, d.Kind); !ok {
			return bad("date %d: field %q is not valid UTF-8 text", i, clip(f))
		}
	}
	for i, q := range a.Quotes {
		if !q.Span.Valid(n) {
			return bad("quote %d: span %s lies outside the %d-byte text", i, q.Span, n)
		}
		for _, sp := range q.More {
			if !sp.Valid(n) {
				return bad("quote %d: further stretch %s lies outside the %d-byte text", i, sp, n)
			}
		}
		if !q.Speaker.IsZero() {
			if err := known(fmt.Sprintf("quote %d", i), q.Speaker); err != nil {
				return err
			}
		}
		if f, ok := firstBadString(q.Text, q.Cue); !ok {
			return bad("quote %d: field %q is not valid UTF-8 text", i, clip(f))
		}
	}
	for i := range a.Events {
		if err := checkEvent(&a.Events[i], n, known); err != nil {
			return bad("event %d: %s", i, parley.Reason(err))
		}
	}
	return nil
}

func checkEvent(e *parley.Event, n int, known func(string, parley.ActorRef) error) error {
	switch {
	case !e.Type.Valid():
		return fmt.Errorf("type %q is not a PLOVER type", e.Type)
	case !validStatus(e.Status):
		return fmt.Errorf("unknown status %q", e.Status)
	case e.Medium != "" && e.Medium != parley.InPerson && e.Medium != parley.Virtual && e.Medium != parley.Phone:
		return fmt.Errorf("unknown medium %q", e.Medium)
	case e.Source.IsZero():
		return fmt.Errorf("no source actor")
	case !e.Evidence.Span.Valid(n):
		return fmt.Errorf("evidence span %s lies outside the %d-byte text", e.Evidence.Span, n)
	case !e.Trigger.Valid(n):
		return fmt.Errorf("trigger span %s lies outside the %d-byte text", e.Trigger, n)
	case math.IsNaN(e.Confidence) || e.Confidence < 0 || e.Confidence > 1:
		return fmt.Errorf("confidence %v is outside [0, 1]", e.Confidence)
	}
	if err := known("the source", e.Source); err != nil {
		return err
	}
	if !e.Target.IsZero() {
		if err := known("the target", e.Target); err != nil {
			return err
		}
	}
	for _, p := range e.Participants {
		if err := known("a participant", p); err != nil {
			return err
		}
	}
	strs := []string{e.Mode, e.Evidence.Sentence, e.CAMEO, e.Rule}
	if e.Location != nil {
		strs = append(strs, e.Location.Name, e.Location.Country)
	}
	if f, ok := firstBadString(strs...); !ok {
		return fmt.Errorf("field %q is not valid UTF-8 text", clip(f))
	}
	return nil
}

func validStatus(s parley.Status) bool {
	switch s {
	case parley.Occurred, parley.Planned, parley.Hypothetical, parley.Negated:
		return true
	}
	return false
}

// firstBadString returns the first string that is not valid UTF-8 or holds
// a NUL byte, and false; or "", true when all are fine.
func firstBadString(ss ...string) (string, bool) {
	for _, s := range ss {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
			return s, false
		}
	}
	return "", true
}

// clip shortens a string for an error message.
func clip(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	return s[:max] + "…"
}

// CleanText returns s with invalid UTF-8 replaced by U+FFFD and NUL bytes
// removed. Implementations store locators and rejection details through it:
// those come from the outside world (file names are arbitrary bytes) and
// must never keep a rejection from being recorded.
func CleanText(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
}
