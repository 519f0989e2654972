package event_test

import (
	"testing"

	"parley"
)

// TestWorkWithABodyAndTextsSigned checks that working with a body named
// after "the" is cooperation with it, and that terms of reference or a
// text signed by two people are their agreement.
func TestWorkWithABodyAndTextsSigned(t *testing.T) {
	runEventCases(t, []eventCase{
		{"working_closely_with_the_ministry", "2015-04-27",
			"The Embassy of India in Kathmandu is working closely with the Ministry of Home Affairs of Nepal to direct the relief flights.",
			[]want{{typ: parley.Cooperate, source: "Embassy of India", target: "Ministry of Home Affairs of Nepal"}}},
		{"terms_of_reference_signed_by_two_ministers", "2008-02-01",
			"Its terms of reference were signed in March 2005 by the then foreign ministers, Hassan Wirajuda and José Ramos-Horta.",
			[]want{{typ: parley.Agree, source: "Hassan Wirajuda", target: "José Ramos-Horta", date: "2005-03"}}},
		{"a_text_initialled_by_two_delegations", "2005-07-20",
			"Indonesian and Indian negotiators met in Jakarta. After five rounds, the two delegations initialled the text on July 17.",
			[]want{{typ: parley.Agree, source: "Indonesia", target: "India", date: "2005-07-17"}}},
		{"working_with_the_world_names_no_one", "2015-04-27",
			"India is working with the rest of the world on the relief.",
			nil},
	})
}
