package event_test

import (
	"testing"

	"parley"
)

// TestParticipleBeforeNoun checks a past participle used as an adjective
// after a possessive ("Niger's ousted government", "Iran's seized
// tanker"): it describes the noun and tells no act of the owner on
// whoever comes next in the sentence.
func TestParticipleBeforeNoun(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"ousted_government_asks", "2023-08-02",
			"Niger's ousted government asked Bola Tinubu to send envoys to Niamey.",
			want{typ: parley.Request, source: "Niger", target: "Bola Tinubu"}, want{typ: parley.Coerce}},
	})
}
