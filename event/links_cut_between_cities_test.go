package event_test

import (
	"testing"

	"parley"
)

// TestLinksCutBetweenCities checks links suspended "between" two cities
// ("suspended air services between Baku and Yerevan"): a penalty on the
// state of the other city, not the subject's own.
func TestLinksCutBetweenCities(t *testing.T) {
	runEventCases(t, []eventCase{
		{"air_services_between_capitals", "2023-09-12",
			"Azerbaijan suspended air services between Baku and Tehran on Monday.",
			[]want{{typ: parley.Sanction, source: "Azerbaijan", target: "Iran", date: "2023-09-11"}}},
	})
}
