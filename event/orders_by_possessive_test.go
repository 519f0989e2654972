package event_test

import (
	"testing"

	"parley"
)

// TestOrdersOfOwnedActs checks an order told with the one it names as
// the owner of the act ordered ("ordered Borges' arrest") read as the
// same order told with "of" ("ordered the arrest of Borges"); a verb
// after the possessive is no noun of the order.
func TestOrdersOfOwnedActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"arrest_after_bare_apostrophe", "2018-08-10",
			"On Wednesday the Supreme Court of Venezuela ordered Julio Borges' arrest on charges of treason.",
			[]want{{typ: parley.Coerce, source: "Supreme Tribunal of Justice of Venezuela", target: "Julio Borges", date: "2018-08-08"}}},
		{"release_after_apostrophe_s", "2018-08-10",
			"President Nicolás Maduro ordered Leopoldo López's release from prison on Thursday.",
			[]want{{typ: parley.Retreat, source: "Nicolás Maduro", target: "Leopoldo López", date: "2018-08-09"}}},
	})
	runNotCases(t, []notCase{
		{"participle_after_possessive", "2018-08-10",
			"Maduro ordered López's arrested aides moved to another prison.",
			want{typ: parley.Coerce, source: "Nicolás Maduro", target: "Leopoldo López"}},
	})
}
