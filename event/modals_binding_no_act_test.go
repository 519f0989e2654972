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

// TestThingsBindNoOne checks that a modal whose subject is a thing
// ("cooperation with Iran must not suffer", "any agreement must avoid a
// hard border") asks nothing of an actor named inside that subject or
// before it, while
// a state's troops or bases there still bind the state.
func TestThingsBindNoOne(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"cooperation_must_not_suffer", "2006-12-24",
			"\"Cooperation with Iran in other areas must not suffer because of the resolution,\" Russian Ambassador Vitaly Churkin said.",
			want{},
			want{typ: parley.Request, target: "Iran"}},
		{"any_agreement_must_avoid", "2019-10-11",
			"At a meeting with British Prime Minister Boris Johnson on Thursday, Irish Prime Minister Leo Varadkar reiterated the position that any agreement must avoid a hard border.",
			want{typ: parley.Consult, source: "Leo Varadkar", target: "Boris Johnson"},
			want{typ: parley.Request}},
		{"bases_would_soon_have_to_close", "2024-11-29",
			"Senegal's President Bassirou Diomaye Faye told Le Monde that French military bases in his country would soon have to close.",
			want{typ: parley.Request, source: "Bassirou Diomaye Faye", target: "French Armed Forces"},
			want{}},
	})
}
