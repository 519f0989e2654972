package event_test

import (
	"testing"

	"parley"
)

// TestRefusedSupport covers support refused ("refused to support the
// proposal"): one act, the rejection its own verb codes, and no negated
// support beside it.
func TestRefusedSupport(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"refused_to_support", "1994-10-15",
			"Russia refused to support the United States on Monday.",
			want{typ: parley.Reject, source: "Russia", target: "United States"},
			want{typ: parley.Support, source: "Russia", target: "United States"}},
		{"declined_to_back", "2023-05-10",
			"Hungary declined to back Ukraine on Monday.",
			want{typ: parley.Reject, source: "Hungary", target: "Ukraine"},
			want{typ: parley.Support, source: "Hungary", target: "Ukraine"}},
	})
}
