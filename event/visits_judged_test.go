package event_test

import (
	"testing"

	"parley"
)

// TestVisitsJudged checks that "the visit" judged after a state visit and
// other talks is the visit, a meeting in person, not talks told later
// with no medium.
func TestVisitsJudged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_visit_after_other_talks", "2022-11-02",
			"Colombian President Gustavo Petro met Venezuelan leader Nicolás Maduro at the Miraflores Palace in Caracas on Tuesday, the first visit by a Colombian head of state in six years.\n\n" +
				"Maduro said Venezuela would host Colombia's peace talks with the National Liberation Army.\n\n" +
				"The opposition in Venezuela criticised the visit.",
			[]want{{typ: parley.Accuse, source: "Venezuelan opposition", target: "Colombia"}}},
	})
	runNotCases(t, []notCase{
		{"not_the_talks_told_after", "2022-11-02",
			"Colombian President Gustavo Petro met Venezuelan leader Nicolás Maduro at the Miraflores Palace in Caracas on Tuesday, the first visit by a Colombian head of state in six years.\n\n" +
				"Maduro said Venezuela would host Colombia's peace talks with the National Liberation Army.\n\n" +
				"The opposition in Venezuela criticised the visit.",
			want{typ: parley.Accuse, source: "Venezuelan opposition", target: "National Liberation Army"}},
	})
}
