package event_test

import (
	"testing"

	"parley"
)

// TestRequestsRefusedByPronoun checks a refusal of "its request" in a
// clause after another side's act ("Kenya withdrew after the Court
// declined its request"): the request is not the refuser's own but the
// one the sentence opened on.
func TestRequestsRefusedByPronoun(t *testing.T) {
	runEventCases(t, []eventCase{
		{"declined_its_request", "2021-10-12",
			"The International Court of Justice heard the maritime case this year. Somalia stayed, but Kenya pulled out in March after the Court declined its request for another delay.",
			[]want{{typ: parley.Reject, source: "International Court of Justice", target: "Kenya"}}},
	})
}
