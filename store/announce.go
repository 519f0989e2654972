package store

import (
	"regexp"
	"strings"

	"parley"
)

// announceCue finds the words by which a sentence says who made a plan
// known: "Beijing announced on Friday", "the Kremlin said", "according to
// the foreign ministry".
var announceCue = regexp.MustCompile(`(?i)\b(announced|announces|announce|said|says|confirmed|confirms|told reporters|disclosed|revealed|stated|according to)\b`)

// FindAnnouncement returns who announced the planned event e, from the
// sentence that states it: the actor named just before an announcing verb
// ("Beijing announced", "the Kremlin said") or just after "according to".
// The day is the date expression that follows the verb ("announced on
// Friday"), else the article's publication day. When the announcer is a
// state and a spokesperson of it is named in the same or one of the next
// two sentences ("Foreign ministry spokesperson Hua Chunying told
// reporters …"), the spokesperson is the announcer. It returns nil for
// events that are not planned or sentences that name no announcer.
func FindAnnouncement(a *parley.Analysis, e *parley.Event, art ArticleRef) *Announcement {
	if e.Status != parley.Planned {
		return nil
	}
	sent := e.Evidence.Span
	text := a.Article.Text
	if !sent.Valid(len(text)) || sent.Len() == 0 {
		return nil
	}
	for _, loc := range announceCue.FindAllStringIndex(text[sent.Start:sent.End], -1) {
		cue := parley.Span{Start: sent.Start + loc[0], End: sent.Start + loc[1]}
		var who string
		if strings.EqualFold(cue.In(text), "according to") {
			who = mentionAfter(a, cue, sent)
		} else {
			who = mentionBefore(a, cue, sent)
		}
		if who == "" {
			continue
		}
		actor := a.Actor(who)
		if actor == nil {
			continue
		}
		ann := &Announcement{By: actor.Ref(), Role: actor.Role, Article: art}
		if actor.Kind == parley.State {
			if sp := spokesperson(a, actor.Country, sent); sp != nil {
				ann.By, ann.Role = sp.Ref(), sp.Role
			}
		}
		ann.On = dateAfter(a, cue, sent)
		if ann.On.IsZero() && !art.Published.IsZero() {
			ann.On = parley.DateOf(art.Published)
		}
		return ann
	}
	return nil
}

// gapWords counts the words between two offsets.
func gapWords(text string, from, to int) int {
	if to <= from {
		return 0
	}
	return len(strings.Fields(text[from:to]))
}

// mentionBefore returns the single actor of the mention that ends at most
// three words before the cue, inside the sentence.
func mentionBefore(a *parley.Analysis, cue, sent parley.Span) string {
	best, bestEnd := "", -1
	for _, m := range a.Mentions {
		if len(m.Actors) != 1 || !sent.Contains(m.Span) || m.Span.End > cue.Start {
			continue
		}
		if gapWords(a.Article.Text, m.Span.End, cue.Start) <= 3 && m.Span.End > bestEnd {
			best, bestEnd = m.Actors[0], m.Span.End
		}
	}
	return best
}

// mentionAfter returns the single actor of the mention that starts at most
// three words after the cue.
func mentionAfter(a *parley.Analysis, cue, sent parley.Span) string {
	best, bestStart := "", len(a.Article.Text)+1
	for _, m := range a.Mentions {
		if len(m.Actors) != 1 || !sent.Contains(m.Span) || m.Span.Start < cue.End {
			continue
		}
		if gapWords(a.Article.Text, cue.End, m.Span.Start) <= 3 && m.Span.Start < bestStart {
			best, bestStart = m.Actors[0], m.Span.Start
		}
	}
	return best
}

// dateAfter returns the day of the date expression that starts at most two
// words after the cue ("announced on Friday") and points at or before the
// publication date.
func dateAfter(a *parley.Analysis, cue, sent parley.Span) parley.Date {
	for _, d := range a.Dates {
		if !sent.Contains(d.Span) || d.Span.Start < cue.End || d.Relation == parley.TimeFuture {
			continue
		}
		if gapWords(a.Article.Text, cue.End, d.Span.Start) <= 2 && d.Value.Precision() == parley.PrecisionDay {
			return d.Value
		}
	}
	return parley.Date{}
}

// spokesperson returns a person of the country whose role is a
// spokesperson's, named in the sentence or in one of the two after it.
func spokesperson(a *parley.Analysis, country string, sent parley.Span) *parley.Actor {
	end := sent.End
	n := 0
	for _, s := range a.Sentences {
		if s.Start >= sent.End && n < 2 {
			end, n = s.End, n+1
		}
	}
	scope := parley.Span{Start: sent.Start, End: end}
	for _, m := range a.Mentions {
		if !scope.Contains(m.Span) || len(m.Actors) != 1 {
			continue
		}
		p := a.Actor(m.Actors[0])
		if p != nil && p.Kind == parley.Person && p.Country == country && strings.Contains(strings.ToLower(p.Role), "spokes") {
			return p
		}
	}
	return nil
}
