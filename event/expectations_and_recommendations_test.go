package event_test

import (
	"testing"

	"parley"
)

// TestExpectedFromAndRecommended checks three ways of asking and
// charging: an apology or explanation "expected from" a state, a body's
// recommendation "that" another act, and an application filed against a
// state at a court.
func TestExpectedFromAndRecommended(t *testing.T) {
	runEventCases(t, []eventCase{
		{"expected_an_apology_from", "1985-09-24",
			"David Lange said on Monday that New Zealand expected a formal apology from France for the bombing.",
			[]want{{typ: parley.Request, source: "David Lange", target: "France"}}},
		{"expects_an_explanation_from", "2024-05-02",
			"Kenya expects an explanation from Somalia over the expulsion of its envoy.",
			[]want{{typ: parley.Request, source: "Kenya", target: "Somalia"}}},
		{"recommended_that_state_amend", "2017-12-12",
			"The Venice Commission recommended last week that Ukraine amend the language article of its education law.",
			[]want{{typ: parley.Request, source: "Venice Commission", target: "Ukraine"}}},
		{"filed_an_application_against", "2006-05-10",
			"On 4 May Argentina filed an application against Uruguay at the International Court of Justice over two pulp mills.",
			[]want{{typ: parley.Accuse, source: "Argentina", target: "Uruguay", date: "2006-05-04"}}},
	})
}

// TestEmbargoLiftedIsARetreat checks that an embargo lifted is coded as
// a retreat (CAMEO 085), while a blockade of another's accession talks,
// lifted, stays a concession.
func TestEmbargoLiftedIsARetreat(t *testing.T) {
	runEventCases(t, []eventCase{
		{"council_lifted_arms_embargo", "2018-11-15",
			"On Wednesday the UN Security Council voted unanimously to lift the arms embargo on Eritrea.",
			[]want{{typ: parley.Retreat, source: "United Nations Security Council", target: "Eritrea", date: "2018-11-14"}}},
		{"blockade_of_accession_talks", "2009-11-05",
			"Slovenia lifted its blockade of Croatia's EU accession talks on Wednesday.",
			[]want{{typ: parley.Concede, source: "Slovenia", target: "Croatia"}}},
	})
}
