package event_test

import (
	"testing"

	"parley"
)

// TestBlocAndStatesAgreeingTogether checks that an international body and
// several states acting together as one subject are paired body to
// state, not state to state.
func TestBlocAndStatesAgreeingTogether(t *testing.T) {
	text := "The leaders of ASEAN and the Plus Three countries agreed on Tuesday to share information on the outbreak."
	runEventCases(t, []eventCase{
		{"bloc_with_each_state", "2020-04-15", text,
			[]want{
				{typ: parley.Agree, source: "Association of Southeast Asian Nations", target: "China", date: "2020-04-14"},
				{typ: parley.Agree, source: "Association of Southeast Asian Nations", target: "Japan", date: "2020-04-14"},
			}},
	})
	runNotCases(t, []notCase{
		{"no_state_to_state_pairs", "2020-04-15", text,
			want{typ: parley.Agree, source: "China", target: "Japan"}},
	})
}
