package event_test

import (
	"testing"

	"parley"
)

// TestModalsBindingNoAct checks that a modal of obligation followed by a
// passive, a state or a frame of mind asks no act of the one named before
// it, while one followed by an act still does.
func TestModalsBindingNoAct(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"should_be_tried", "2019-02-10",
			"Mozambique's foreign minister said Manuel Chang should be tried at home.",
			want{},
			want{typ: parley.Request, target: "Manuel Chang"}},
		{"should_no_longer_expect", "2023-01-24",
			"President Recep Tayyip Erdoğan said on Monday that Sweden should no longer expect Turkey's support.",
			want{},
			want{typ: parley.Request, source: "Recep Tayyip Erdoğan", target: "Sweden"}},
		{"must_know", "2014-03-02",
			"\"Russia must know that escalation will isolate it further,\" President Barack Obama said.",
			want{},
			want{typ: parley.Request, source: "Barack Obama", target: "Russia"}},
		{"must_withdraw_is_still_asked", "2014-03-02",
			"\"Russia must withdraw its troops from Crimea,\" President Barack Obama said.",
			want{typ: parley.Request, source: "Barack Obama", target: "Russia"},
			want{}},
	})
}
