package event

import (
	"slices"

	"parley"
	"parley/nlp/token"
)

// quotedAux are the auxiliaries and adverbs that may stand between a
// quoted deed's named subject and its verb ("Turkey has already agreed").
var quotedAux = map[string]bool{"have": true, "has": true, "had": true, "'ve": true, "'s": true,
	"already": true, "also": true, "just": true, "now": true, "again": true, "today": true,
	"is": true, "are": true, "was": true, "were": true, "been": true, "continue": true, "continues": true, "to": true}

// quotedDeed reports whether the quoted trigger k tells a deed a named
// actor did, inside a quotation that states it: "\"The United States
// and Turkey have agreed to a ceasefire,\" Pence said". The subject must
// be a name (not "they", not the speaker's "we") standing inside the
// same quotation right before the verb group, and the verb group must be
// past, perfect or ongoing (not "must", "will", "should").
func (d *doc) quotedDeed(k int) bool {
	q := d.quoteOf[k]
	i := k - 1
	perfect := false
	for ; i >= 0 && d.quoted[i] && d.quoteOf[i] == q && d.cover[i] < 0 && quotedAux[d.tok(i).Norm]; i-- {
		perfect = perfect || d.tok(i).Is("have", "has", "had", "'ve", "is", "are", "was", "were", "continue", "continues")
	}
	if i < 0 || !d.quoted[i] || d.quoteOf[i] != q || d.cover[i] < 0 {
		return false
	}
	if !perfect && !(d.tok(k).Kind == token.Word && len(d.tok(k).Norm) > 3 && d.tok(k).Norm[len(d.tok(k).Norm)-2:] == "ed") {
		return false
	}
	switch d.in.Mentions[d.cover[i]].Via {
	case parley.ViaPronoun, parley.ViaGroup:
		return false
	}
	return d.opensQuotedClause(d.mentionStart(i))
}

// opensQuotedClause reports whether token i opens a clause of its
// quotation: the quotation's first word, or a word after a comma or "and"
// in it ("\"Yesterday, Russian troops …"), not a name in a quoted
// fragment ("called it \"a war Russia started\"").
func (d *doc) opensQuotedClause(i int) bool {
	if i == 0 || !d.quoted[i-1] || d.quoteOf[i-1] != d.quoteOf[i] {
		return true
	}
	return d.tok(i-1).Is(",", "and", "but", ";")
}

// quotedUs returns the side of the speaker of the quotation holding the
// directed trigger k when its object is "us" or "our …" ("\"Russia
// attacked our energy facilities overnight,\" Zelensky said": Ukraine
// when the article names it, else Zelensky), unless that side is the
// subject ("we will defend our border").
func (d *doc) quotedUs(k, ce int, subj []string) []string {
	q := d.in.Quotes[d.quoteOf[k]]
	if q.Speaker.IsZero() || slices.Contains(subj, q.Speaker.ID) {
		return nil
	}
	i := k + 1
	if i < ce && d.tok(i).Is("at", "on", "against") {
		i++
	}
	if i >= ce || !d.quoted[i] || d.quoteOf[i] != d.quoteOf[k] || !d.tok(i).Is("us", "our") {
		return nil
	}
	side := q.Speaker.ID
	if st := "state:" + d.countryOf(side); st != "state:" && d.actors[st] != nil {
		side = st // "our energy facilities": the speaker's state's, when the article names it
	}
	if slices.Contains(subj, side) {
		return nil
	}
	return []string{side}
}
