package event_test

import (
	"testing"

	"parley"
)

// TestChargesDeniedToTheirMaker checks a denial with no one named after
// it ("denied that any of its aircraft had been involved") right after
// a charge made against the denier: it answers the one who made the
// charge.
func TestChargesDeniedToTheirMaker(t *testing.T) {
	text := "On 21 April, Tbilisi accused Moscow of shooting down a Georgian drone over Abkhazia. On 22 April, Moscow denied that any of its aircraft had been involved."
	runEventCases(t, []eventCase{
		{"denied_that", "2008-04-30", text,
			[]want{{typ: parley.Reject, source: "Russia", target: "Georgia", date: "2008-04-22"}}},
	})
	runNotCases(t, []notCase{
		{"no_charge_before", "2008-04-30",
			"A Georgian drone fell over Abkhazia on 20 April. On 22 April, Moscow denied that any of its aircraft had been involved.",
			want{typ: parley.Reject, source: "Russia", target: "Georgia"}},
	})
}
