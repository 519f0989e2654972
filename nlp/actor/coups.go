package actor

import "parley"

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
	if j < len(d.toks) && !d.toks[j].Upper && (mutiny || d.toks[j].Is("army", "military")) {
		j++
	}
	if j+2 >= len(d.toks) || d.toks[j].Upper || !d.toks[j].Is("soldiers", "officers", "mutineers", "putschists") {
		return i
	}
	mutiny = mutiny || d.toks[j].Is("mutineers", "putschists")
	v := j + 1
	if d.toks[v].Is("have", "had") {
		v++
	}
	coup := v+1 < len(d.toks) && d.toks[v].Is("seized", "took", "grabbed", "seize", "take") && d.toks[v+1].Is("power") ||
		d.toks[v].Is("ousted", "toppled", "overthrew", "deposed") ||
		mutiny && d.toks[v].Is("detained", "arrested")
	if !coup {
		return i
	}
	id := d.juntaNamedBefore(i)
	if id == "" {
		return i
	}
	d.mention(i, j+1, parley.ViaCollective, id)
	return j + 1
}
