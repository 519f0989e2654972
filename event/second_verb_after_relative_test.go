package event_test

import (
	"testing"

	"parley"
)

// TestSecondVerbAfterARelativeClause checks a second verb after ", and"
// that follows a relative clause on the first verb's object: it shares
// the first verb's subject, not a name inside the relative clause.
func TestSecondVerbAfterARelativeClause(t *testing.T) {
	runEventCases(t, []eventCase{
		{"footage_that_it_said_showed", "2008-04-30",
			"A Georgian drone was shot down over Abkhazia. On 21 April, Tbilisi released video footage that it said showed a Russian jet firing the missile, and accused Moscow of an act of aggression.",
			[]want{{typ: parley.Accuse, source: "Georgia", target: "Russia", date: "2008-04-21"}}},
	})
}
