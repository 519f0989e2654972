package event_test

import (
	"testing"

	"parley"
)

// TestEnvoysOrderedHome checks that a state instructing or ordering its
// own envoy home recalls the envoy from the state where the envoy
// serves, while ordering another's envoy out stays an expulsion.
func TestEnvoysOrderedHome(t *testing.T) {
	runEventCases(t, []eventCase{
		{"instructed_its_ambassador_to_return_home", "2023-06-08",
			"Guatemala expelled the Nicaraguan ambassador on Tuesday. Hours later, Nicaragua instructed its ambassador to return home.",
			[]want{{typ: parley.Sanction, source: "Nicaragua", target: "Guatemala", date: "2023-06-06"}}},
		{"ordered_its_envoy_in_a_capital_home", "2023-06-08",
			"Ecuador ordered its ambassador in Caracas home on Wednesday.",
			[]want{{typ: parley.Sanction, source: "Ecuador", target: "Venezuela", date: "2023-06-07"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"anothers_envoy_ordered_out_is_no_recall", "2023-06-08",
			"Guatemala ordered the Nicaraguan ambassador to return home within 72 hours.",
			want{typ: parley.Sanction, source: "Guatemala", target: "Nicaragua"},
			want{typ: parley.Sanction, source: "Nicaragua"}},
	})
}
