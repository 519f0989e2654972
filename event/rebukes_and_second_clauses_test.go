package event_test

import (
	"testing"

	"parley"
)

// TestRebukesAndSecondClauses covers more words that make "called X …" a
// rebuke, and a threat or demand said in a clause of its own after a
// rebuke or demand of another type at the same side: both are coded.
func TestRebukesAndSecondClauses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_a_decision_hasty", "2011-11-29",
			"Iran's foreign ministry spokesman, Ramin Mehmanparast, called the British decision hasty.",
			[]want{{typ: parley.Accuse, source: "Ramin Mehmanparast", target: "United Kingdom"}}},
		{"called_a_move_unhelpful", "2005-12-07",
			"In Addis Ababa, Information Minister Berhan Hailu called the Eritrean move unhelpful.",
			[]want{{typ: parley.Accuse, source: "Berhan Hailu", target: "Eritrea"}}},
		{"called_charges_a_manipulation", "2009-07-28",
			"Hugo Chávez called the Colombian charges a crude manipulation.",
			[]want{{typ: parley.Accuse, source: "Hugo Chávez", target: "Colombia"}}},
		{"a_demand_then_a_warning", "2018-12-08",
			"Canadian police arrested Meng Wanzhou in Vancouver on December 1. On Saturday, Vice Foreign Minister Le Yucheng summoned Canada's ambassador, John McCallum, to the ministry. " +
				"He demanded that Meng be released and warned of serious consequences if she was not.",
			[]want{
				{typ: parley.Request, source: "Le Yucheng", target: "Police of Canada"},
				{typ: parley.Threaten, source: "Le Yucheng", target: "Police of Canada"},
			}},
	})
}

// TestPetitionsChallenging covers a petition or suit filed "challenging"
// or "contesting" what another did: a charge against that other.
func TestPetitionsChallenging(t *testing.T) {
	runEventCases(t, []eventCase{
		{"petition_challenging_a_commission", "2018-08-11",
			"The MDC Alliance filed a petition in the Constitutional Court challenging the Zimbabwe Electoral Commission's count.",
			[]want{{typ: parley.Accuse, source: "MDC Alliance", target: "Election Commission of Zimbabwe"}}},
	})
}

// TestFeesImposed covers a fee imposed on another state's goods: a
// penalty, as a levy or a duty is.
func TestFeesImposed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"transit_fee_on_oil", "2007-01-12",
			"Belarus imposed a transit fee of 45 dollars a tonne on Russian oil on Monday.",
			[]want{{typ: parley.Sanction, source: "Belarus", target: "Russia"}}},
	})
}
