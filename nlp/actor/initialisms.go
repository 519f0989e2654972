package actor

import (
	"strings"

	"parley"
	"parley/nlp/token"
)

// titleInitialism resolves a title written as its initials to the one
// person the article named with that title spelt out: Indian ministry
// readouts call "External Affairs Minister Dr. S. Jaishankar" "EAM" from
// then on, and "PM", "NSA" or "CM" stand for the prime minister, the
// national security adviser or the chief minister named before. The
// knowledge base's own acronyms (organisations) are recognised before
// this step; an initialism followed by a name ("PM Modi") is left to the
// name.
func (d *doc) titleInitialism(i int) int {
	t := &d.toks[i]
	if t.Kind != token.Word || !t.Upper || len(t.Text) < 2 || len(t.Text) > 5 || !allCapitals(t.Text) || d.followedByName(i+1) {
		return i
	}
	if d.r.dict.match(d.toks, i) != nil {
		return i // a name the knowledge base knows: "US", "EU", "UN"
	}
	acronym := t.Text
	who := ""
	s := d.sentenceOf[i]
	for mi := len(d.mentions) - 1; mi >= 0; mi-- {
		m := d.mentions[mi]
		k0 := d.tokenIndex(m.Span.Start)
		if k0 >= i || len(m.Actors) != 1 || m.Via == parley.ViaPronoun || m.Via == parley.ViaRole {
			continue
		}
		if s-d.sentenceOf[k0] > 40 {
			break
		}
		id := m.Actors[0]
		if id == who || d.actors[d.index[id]].Kind != parley.Person || !d.spelledTitle(k0, d.tokenIndex(m.Span.End), acronym) {
			continue
		}
		if who != "" {
			return i // two people hold titles with these initials: which is unclear
		}
		who = id
	}
	if who == "" {
		return i
	}
	d.mention(i, i+1, parley.ViaRole, who)
	return i + 1
}

// spelledTitle reports whether a title whose words' initials spell
// acronym stands right before the name that starts at token k0 (or opens
// the mention, which ends at end), ending in a title head word: "External
// Affairs Minister" for "EAM", "Prime Minister" for "PM".
func (d *doc) spelledTitle(k0, end int, acronym string) bool {
	from := k0
	for from > 0 && k0-from < 8 && d.sentenceOf[from-1] == d.sentenceOf[k0] {
		p := d.toks[from-1]
		if !(p.Kind == token.Word && p.Upper || p.Is(".") || honorifics[p.Norm]) {
			break
		}
		from--
	}
	var words []string
	for k := from; k < end && k < len(d.toks); k++ {
		w := d.toks[k]
		if w.Kind != token.Word || honorifics[w.Norm] || !w.Upper {
			continue
		}
		if len(strings.TrimSuffix(w.Text, ".")) > 1 && allCapitals(strings.TrimSuffix(w.Text, ".")) {
			return false // "US Secretary of State": an initialism already, spelling nothing
		}
		words = append(words, w.Text)
	}
	for e := len(words) - 1; e > 0; e-- {
		if !titleHeads[strings.ToLower(words[e])] {
			continue
		}
		initials := ""
		for b := e; b >= 0 && len(initials) < len(acronym); b-- {
			initials = words[b][:1] + initials
			if b < e && initials == acronym {
				return true
			}
		}
	}
	return false
}

// allCapitals reports whether s is made of ASCII capital letters only:
// "EAM", "PM" (checked without allocating, as every short word passes
// here).
func allCapitals(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// honorifics stand between a title and a name without being either:
// "External Affairs Minister Dr. S. Jaishankar".
var honorifics = set("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "shri", "smt", "smt.", "h.e.", "prof", "prof.",
	"his", "her", "excellency")

// titleHeads end a title that may be written as initials.
var titleHeads = set("minister", "adviser", "advisor", "secretary", "president", "chancellor", "premier", "governor",
	"envoy", "ambassador", "commissioner", "representative", "officer", "chief", "general", "spokesperson")

// titleAlone resolves a title written alone, capitalised and with no
// article, to the person the article first named with it: a readout
// names "Prime Minister Shri Narendra Modi" once and then writes "Prime
// Minister also met President Zelenskyy", "Prime Minister's presence".
// Only before a verb of acting or a possessive, so that "Prime Minister
// Carney", "Prime Minister of Canada" and "the Prime Minister" go to the
// readings that name them.
func (d *doc) titleAlone(i int) int {
	if i > 0 && (d.toks[i-1].Kind == token.Word && (d.toks[i-1].Upper || d.toks[i-1].Is("the", "a", "an", "his", "her", "its", "their", "our", "your", "this", "that", "former", "then", "deputy", "vice")) ||
		d.toks[i-1].Is("'s", "’s", "-")) {
		return i // inside a longer name, or a title with its own determiner
	}
	end := i
	for end < len(d.toks) && end-i < 4 && d.toks[end].Kind == token.Word && d.toks[end].Upper && !allCapitals(d.toks[end].Text) {
		end++
	}
	if end == i || end >= len(d.toks) || !titleHeads[d.toks[end-1].Norm] || d.followedByName(end) || d.r.dict.match(d.toks, i) != nil {
		return i
	}
	if d.toks[end].Is("'s", "’s") && end+1 < len(d.toks) && d.toks[end+1].Upper {
		return i // "Prime Minister's Office": a body's name
	}
	if !d.toks[end].Is("'s", "’s") && !d.actingVerb(end) && !d.toks[end].Is("met", "meets", "spoke", "thanked", "thanks", "invited", "called", "briefed", "expressed", "noted", "emphasised", "emphasized", "underlined", "conveyed", "reiterated") {
		return i
	}
	if named := d.namedWithTitleBefore(i, i, end); len(named) > 0 {
		d.mention(i, end, parley.ViaRole, named[0]) // the first so titled
		return end
	}
	return i
}

// titledRightBefore reports whether the words [i, end) of a title stand
// right before the name that starts at token k0, honorifics aside:
// "Prime Minister Shri Narendra Modi" for "Prime Minister".
func (d *doc) titledRightBefore(k0, i, end int) bool {
	opens := k0+end-i < len(d.toks) && d.toks[k0+end-i].Kind == token.Word
	for j := i; j < end && opens; j++ {
		opens = d.toks[k0+j-i].Norm == d.toks[j].Norm // the mention opens with the title: "Prime Minister Narendra Modi"
	}
	if opens {
		return true
	}
	k := k0 - 1
	for k >= 0 && honorifics[d.toks[k].Norm] {
		k--
	}
	for j := end - 1; j >= i; j-- {
		if k < 0 || d.toks[k].Norm != d.toks[j].Norm || !d.toks[k].Upper {
			return false
		}
		k--
	}
	return k < 0 || !d.toks[k].Upper || d.toks[k].NewlineBefore // the whole title, not the end of a longer one ("Deputy Prime Minister")
}
