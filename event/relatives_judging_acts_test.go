package event_test

import (
	"testing"

	"parley"
)

// TestRelativesJudgingActs checks that a verb of judgement in a relative
// after the act it judges ("…, which Ethiopia rejected") is aimed at
// whoever did that act, not at the last side that acted on the judge.
func TestRelativesJudgingActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_resolution_rejected_in_a_relative", "2024-09-05",
			"In May, Kenya suspended flights to Ethiopia. The Arab League passed a resolution in June backing Somalia's position, which Ethiopia rejected as interference.",
			[]want{{typ: parley.Reject, source: "Ethiopia", target: "Arab League"}}},
	})
}
