package event_test

import (
	"testing"

	"parley"
)

// TestTradeCurbed checks imports or exports restricted or curbed from or
// to a state: trade held back, SANCTION at that state.
func TestTradeCurbed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"restricted_imports_from", "2010-08-12",
			"Venezuela restricted imports from Colombia last year after the base agreement was signed.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "Colombia"}}},
		{"curbed_exports_to", "2010-10-02",
			"Beijing quietly curbed exports of rare earths to Japan after the trawler collision.",
			[]want{{typ: parley.Sanction, source: "China", target: "Japan"}}},
	})
}

// TestReciprocalRelativeAside checks a relative clause after two states
// named together that acts on both ("Bolivia and the United States, which
// expelled each other's ambassadors"), and the main verb after such an
// aside: an accusation in the aside does not swallow the verb after its
// closing comma ("…, which accused one another of arming rebels, met").
func TestReciprocalRelativeAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"pair_expelled_each_others_envoys", "2008-09-20",
			"The declaration avoids the dispute between Bolivia and the United States, which expelled each other's ambassadors last week.",
			[]want{{typ: parley.Sanction, source: "Bolivia", target: "United States"}, {typ: parley.Sanction, source: "United States", target: "Bolivia"}}},
		{"main_verb_after_an_accusing_aside", "2016-08-10",
			"Russia and Turkey, which accused one another of arming rebels last year, met in St Petersburg on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Turkey"}, {typ: parley.Consult, source: "Russia", target: "Turkey", date: "2016-08-09"}}},
	})
	runNotCases(t, []notCase{
		{"a_plain_relative_takes_the_last_name", "2008-09-20",
			"Bolivia and the United States, which expelled its ambassador, are far apart.", want{typ: parley.Sanction, source: "Bolivia"}},
	})
}

// TestProposalAnsweredInRelative checks a proposal answered in a relative
// clause whose subject is a list or carries an apposition ("proposed the
// amendments, which Germany and Rwanda, the resolution's sponsors,
// accepted"): each answers the proposer.
func TestProposalAnsweredInRelative(t *testing.T) {
	runEventCases(t, []eventCase{
		{"accepted_by_two_with_an_apposition", "2024-05-24",
			"Podgorica had proposed the amendments, which Germany and Rwanda, the resolution's sponsors, accepted.",
			[]want{{typ: parley.Agree, source: "Germany", target: "Montenegro"}, {typ: parley.Agree, source: "Rwanda", target: "Montenegro"}}},
		{"rejected_by_two", "2024-05-24",
			"Serbia proposed a ceasefire, which Kosovo and Albania rejected.",
			[]want{{typ: parley.Reject, source: "Kosovo", target: "Serbia"}, {typ: parley.Reject, source: "Albania", target: "Serbia"}}},
	})
}
