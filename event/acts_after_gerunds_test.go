package event_test

import (
	"testing"

	"parley"
)

// TestActsAfterGerunds checks an act told by "after" and a gerund behind
// a dated act ("closed the border in March after accusing Somalia"): a
// month or a year holds both acts, a day only the first.
func TestActsAfterGerunds(t *testing.T) {
	runEventCases(t, []eventCase{
		{"month_holds_both", "2024-06-10",
			"Kenya closed its border with Somalia in March after accusing Mogadishu of sheltering militants.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Somalia", date: "2024-03"}}},
		{"day_is_the_first_acts", "2024-06-10",
			"Kenya closed its border with Somalia on Monday after accusing Mogadishu of sheltering militants.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Somalia", date: "-"}}},
	})
}
