package event_test

import (
	"testing"

	"parley"
)

// TestJuntasOfListedStates checks that "the juntas" with no count are the
// states of the list named just before.
func TestJuntasOfListedStates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"commission_accused_the_juntas", "2025-03-03",
			"The withdrawal of Mali, Burkina Faso and Niger from ECOWAS took effect in January. " +
				"Regional officials said trade had already fallen. " +
				"Last week the ECOWAS Commission accused the juntas of using the exit to delay elections.",
			[]want{{typ: parley.Accuse, source: "ECOWAS Commission", target: "Burkina Faso"}, {typ: parley.Accuse, source: "ECOWAS Commission", target: "Niger"}}},
		{"the_military_juntas_accused", "2025-03-03",
			"Guinea, Mali and Niger were suspended from ECOWAS after the coups. " +
				"The military juntas accused ECOWAS of serving foreign powers.",
			[]want{{typ: parley.Accuse, source: "Guinea", target: "Economic Community of West African States"}, {typ: parley.Accuse, source: "Niger", target: "Economic Community of West African States"}}},
	})
}

// TestSharedConcerns checks that concerns two parties "shared" over
// another's acts are a complaint about them by each.
func TestSharedConcerns(t *testing.T) {
	runEventCases(t, []eventCase{
		{"shared_serious_concerns_over", "2024-07-09",
			"Yoko Kamikawa met Enrique Manalo in Manila on Monday. The two ministers shared serious concerns over the dangerous actions of China Coast Guard vessels.",
			[]want{{typ: parley.Accuse, source: "Yōko Kamikawa", target: "China Coast Guard"}, {typ: parley.Accuse, source: "Enrique Manalo", target: "China Coast Guard"}}},
	})
}

// TestRestraintUrgedOnTheAsidesPair checks that a call for restraint by a
// state whose relative aside names "both neighbours" is aimed at those
// two, when the story told only charges between them, and that the
// aside's group never takes in the state it hangs on.
func TestRestraintUrgedOnTheAsidesPair(t *testing.T) {
	runEventCases(t, []eventCase{
		{"close_ties_with_both_neighbours", "2024-12-30",
			"Pakistan accused Afghanistan of sheltering militants. Kabul denied it. " +
				"The border crossing stayed closed for a third day. " +
				"China, which has close ties with both neighbours, urged restraint.",
			[]want{{typ: parley.Request, source: "China", target: "Pakistan"}, {typ: parley.Request, source: "China", target: "Afghanistan"}}},
		{"bound_by_treaty_urged_both_countries", "2013-02-06",
			"Japan protested after Chinese ships entered waters near the islands. Beijing said the islands were its own. " +
				"The United States, which is bound by treaty to defend Japan, has urged both countries to settle the dispute through talks.",
			[]want{{typ: parley.Request, source: "United States", target: "China"}, {typ: parley.Request, source: "United States", target: "Japan"}}},
	})
}

// TestToldThatBothShould checks that "told reporters that X and Y should
// …" asks it of both.
func TestToldThatBothShould(t *testing.T) {
	runEventCases(t, []eventCase{
		{"told_reporters_that_both_should", "2024-12-30",
			"Mao Ning told reporters that Islamabad and Kabul should resolve their differences through dialogue.",
			[]want{{typ: parley.Request, source: "Mao Ning", target: "Pakistan"}, {typ: parley.Request, source: "Mao Ning", target: "Afghanistan"}}},
	})
}

// TestVowGrantsNoRequest checks that a vow after a request made of the
// vower's state is not read as granting it.
func TestVowGrantsNoRequest(t *testing.T) {
	runNotCases(t, []notCase{
		{"committee_vowed_after_plea", "2024-12-30",
			"Mao Ning told reporters that Islamabad should resolve its differences with Kabul through dialogue. " +
				"Shehbaz Sharif chaired a meeting of the National Security Committee on Monday, which vowed to respond to any aggression with full force.",
			want{typ: parley.Agree, source: "Shehbaz Sharif", target: "Mao Ning"}},
	})
}
