package event_test

import (
	"testing"

	"parley"
)

// TestObjectionsDroppedUnderDatelines checks objections dropped so that
// a body could act, in a story whose first sentence carries a wire
// dateline: the objections stood in the body's way, not the agency's.
func TestObjectionsDroppedUnderDatelines(t *testing.T) {
	runEventCases(t, []eventCase{
		{"past_the_agency", "2024-06-21",
			"BRUSSELS, June 20 (Reuters) - The European Union approved new sanctions against Belarus on Thursday after Slovakia dropped its objections.",
			[]want{{typ: parley.Concede, source: "Slovakia", target: "European Union"}}},
	})
	runNotCases(t, []notCase{
		{"not_the_agency", "2024-06-21",
			"BRUSSELS, June 20 (Reuters) - The European Union approved new sanctions against Belarus on Thursday after Slovakia dropped its objections.",
			want{typ: parley.Concede, source: "Slovakia", target: "Reuters"}},
	})
}
