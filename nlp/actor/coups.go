package actor

import (
	"parley"
	"parley/kb"
)

// coupSoldiers resolves soldiers or officers named only by the coup they
// made — "a day after army officers seized power", "since soldiers took
// power on July 26", "mutinous soldiers detained the president" — to
// the council through which the junta of the state the story has just
// named rules (juntaNamedBefore). It returns the next position, i when
// the words are no such coup or no junta rules there ("Israeli soldiers
// detained …", "soldiers seized the airport").
func (d *doc) coupSoldiers(i int) int {
	j := i
	if d.toks[j].Is("the") {
		j++
	}
	mutiny := j < len(d.toks) && d.toks[j].Is("mutinous", "renegade", "rebel")
	lower := func(k int) bool { return !d.toks[k].Upper || d.opensSentence(k) } // ("Army officers in Gabon …")
	if j < len(d.toks) && lower(j) && (mutiny || d.toks[j].Is("army", "military")) {
		j++
	}
	if j+2 >= len(d.toks) || !lower(j) || !d.toks[j].Is("soldiers", "officers", "mutineers", "putschists") {
		return i
	}
	mutiny = mutiny || d.toks[j].Is("mutineers", "putschists")
	end := j + 1
	var where *kb.Entity
	if end+1 < len(d.toks) && d.toks[end].Is("in") {
		if st, e := d.stateAt(end + 1); st != nil {
			where, end = st, e // "army officers in Gabon said they had seized power"
		}
	}
	v := end
	if where != nil {
		v = d.saidTheyAt(v)
	}
	if v+1 >= len(d.toks) {
		return i
	}
	if d.toks[v].Is("have", "had") {
		v++
	}
	coup := v+1 < len(d.toks) && d.toks[v].Is("seized", "took", "grabbed", "seize", "take") && d.toks[v+1].Is("power") ||
		d.toks[v].Is("ousted", "toppled", "overthrew", "deposed") ||
		mutiny && d.toks[v].Is("detained", "arrested")
	if !coup {
		return i
	}
	id := ""
	if where != nil && d.juntaOf(where) != nil {
		id = d.rulingJunta(where)
	}
	if id == "" && where == nil {
		id = d.juntaNamedBefore(i)
	}
	if id == "" {
		return i
	}
	d.mention(i, end, parley.ViaCollective, id)
	return end
}

// saidTheyAt returns the position after a report of their own deed that
// follows soldiers named by their state — "said on Wednesday they had",
// "said that they" — else v itself.
func (d *doc) saidTheyAt(v int) int {
	if v >= len(d.toks) || !d.toks[v].Is("said", "announced", "declared") {
		return v
	}
	for k := v + 1; k < len(d.toks) && k <= v+6 && d.sentenceOf[k] == d.sentenceOf[v]; k++ {
		if d.toks[k].Is("they") {
			return k + 1
		}
		if d.toks[k].Text == "," || d.toks[k].Is("and", "but") {
			break
		}
	}
	return v
}
