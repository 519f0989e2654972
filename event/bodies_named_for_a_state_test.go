package event_test

import (
	"testing"

	"parley"
)

// TestBodiesNamedForAState checks a body whose common name a state's
// name qualifies ("the Council's Sudan sanctions committee"): the body,
// that is its owner, acts, not the state it is named for.
func TestBodiesNamedForAState(t *testing.T) {
	text := "The Security Council's Sudan sanctions committee asked Chad to stop the flow of weapons across the border."
	runEventCases(t, []eventCase{
		{"owner_of_the_committee", "2024-05-20", text,
			[]want{{typ: parley.Request, source: "United Nations Security Council", target: "Chad"}}},
	})
	runNotCases(t, []notCase{
		{"not_the_state_it_is_named_for", "2024-05-20", text, want{typ: parley.Request, source: "Sudan", target: "Chad"}},
	})
}
