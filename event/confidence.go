package event

import (
	"math"

	"parley"
)

// Confidence says how likely an event is to be right, and is measured,
// not guessed. On the read sets (type and both actors against the labels,
// the rule `parley bench events -v` names on each matched and extra
// event; twenty-third session), how often an event was right depended on
// the kind of reading that produced it and on its type, and on nothing
// the coder had used before (the verb-or-noun base less a tenth for
// each pronoun reference to its actors ranked right and wrong events no
// better than chance). Each table gives one of those precisions; an
// event's confidence is their product over the precision of all events,
// so that an event of a kind and a type that are both average gets the
// average.

// readingPrecisions are the precisions of the kinds of reading: joint
// acts ("met", "talks between") and hosting are seldom wrong, directed
// nouns ("his criticism of") and visits often.
var readingPrecisions = map[readingKind]float64{
	{verb: true, frame: symmetric}:  0.90, // 330 right of 367
	{verb: false, frame: symmetric}: 0.88, // 198 of 226
	{verb: true, frame: host}:       0.92, // 32 of 35
	{verb: true, frame: directed}:   0.83, // 997 of 1,201
	{verb: true, frame: together}:   0.78, // 25 of 32
	{verb: false, frame: directed}:  0.65, // 41 of 63
	{verb: true, frame: visit}:      0.63, // 26 of 41
	{verb: false, frame: visit}:     0.59, // 17 of 29
}

// readingPrecision is the precision of a reading by a verb or a noun in
// the frame; the average for a kind too rare to have been measured.
func readingPrecision(verb bool, f frame) float64 {
	if p, ok := readingPrecisions[readingKind{verb: verb, frame: f}]; ok {
		return p
	}
	return overallPrecision
}

// statementPrecision is the precision of events read from what a
// statement calls something ("a violation of", "playing with fire"):
// 46 right of 59.
const statementPrecision = 0.78

// typePrecision is the precision of each PLOVER type.
var typePrecision = map[parley.EventType]float64{
	parley.Consult:   0.87, // 475 right of 549
	parley.Accuse:    0.85, // 270 of 316
	parley.Request:   0.79, // 200 of 253
	parley.Sanction:  0.88, // 216 of 246
	parley.Agree:     0.84, // 160 of 190
	parley.Support:   0.87, // 152 of 174
	parley.Reject:    0.71, // 64 of 90
	parley.Assault:   0.76, // 65 of 85
	parley.Threaten:  0.75, // 39 of 52
	parley.Coerce:    0.73, // 33 of 45
	parley.Aid:       0.78, // 32 of 41
	parley.Retreat:   0.68, // 23 of 34
	parley.Protest:   0.70, // 23 of 33
	parley.Concede:   0.79, // 23 of 29
	parley.Cooperate: 0.86, // 25 of 29
	parley.Mobilize:  0.88, // 15 of 17
}

// overallPrecision is the precision of all events on the read sets:
// 1,815 right of 2,183.
const overallPrecision = 0.83

// readingKind is a reading's kind: by a verb or a noun, and its frame.
type readingKind struct {
	verb  bool
	frame frame
}

// calibrated returns the confidence of an event of type typ read with
// the given precision (readingPrecision, statementPrecision), kept
// between 0.3 and 0.95 (no reading is certain, and none so unlikely
// that it should not be shown) and rounded to two places.
func calibrated(reading float64, typ parley.EventType) float64 {
	t, ok := typePrecision[typ]
	if !ok {
		t = overallPrecision
	}
	c := min(max(reading*t/overallPrecision, 0.3), 0.95)
	return math.Round(c*100) / 100 // two places: the measure carries no more
}
