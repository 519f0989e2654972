package event_test

import (
	"testing"

	"parley"
)

// TestHarmForeseen checks a warning that a deed may bring harm ("warned
// that it might backfire on American farmers"): foreseen, not promised,
// so no threat; a side's own force warned of still threatens.
func TestHarmForeseen(t *testing.T) {
	runEventCases(t, []eventCase{
		{"own_force_warned_of", "2023-12-15",
			"Putin warned that Russia could strike Kyiv.",
			[]want{{typ: parley.Threaten, source: "Vladimir Putin", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		{"it_might_backfire_on", "2023-12-15",
			"Washington imposed tariffs on Chinese steel. Beijing warned that it might backfire on American farmers and Canada.",
			want{typ: parley.Threaten, source: "China"}},
	})
}
