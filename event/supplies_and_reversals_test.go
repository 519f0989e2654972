package event_test

import (
	"testing"

	"parley"
)

// TestSuppliesWithheld checks supplies a state stops, halts, suspends or
// cuts back to another: a sanction on it.
func TestSuppliesWithheld(t *testing.T) {
	runEventCases(t, []eventCase{
		{"stopped_deliveries", "2022-05-01",
			"Russia stopped gas deliveries to Bulgaria on Wednesday after Sofia refused to pay in roubles.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Bulgaria", date: "2022-04-27"}}},
		{"halted_deliveries_to_two", "2022-05-01",
			"Moscow halted gas deliveries to Poland and Bulgaria last week.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Poland"}, {typ: parley.Sanction, source: "Russia", target: "Bulgaria"}}},
		{"suspended_supplies", "2022-05-25",
			"Moscow suspended gas supplies to Finland on Saturday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Finland"}}},
		{"reduced_flows", "2022-06-20",
			"Russia reduced gas flows to Germany by 60 percent in mid-June.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Germany"}}},
	})
	runEventCases(t, []eventCase{
		{"a_company_s_deliveries", "2022-06-20", "The firm stopped deliveries to its clients in May.", nil},
		{"troops_reduced", "2022-06-20", "Russia reduced its troops near the border in May.", nil},
	})
}

// TestDecisionsTakenBack checks a decision to penalise that is withdrawn,
// reversed or rescinded: a concession to the one it was aimed at, not the
// penalty.
func TestDecisionsTakenBack(t *testing.T) {
	runEventCases(t, []eventCase{
		{"withdrew_its_decision_to_expel", "2020-11-29",
			"Belgrade withdrew its decision to expel Montenegro's ambassador on Sunday.",
			[]want{{typ: parley.Concede, source: "Serbia", target: "Montenegro", date: "2020-11-29"}}},
		{"reversed_its_decision", "2020-11-29",
			"Serbia reversed its decision to expel the Montenegrin ambassador.",
			[]want{{typ: parley.Concede, source: "Serbia", target: "Montenegro"}}},
		{"rescinded_the_order_to_impose", "2019-06-10",
			"Trump rescinded the order to impose tariffs on Mexico.",
			[]want{{typ: parley.Concede, source: "Donald Trump", target: "Mexico"}}},
		{"revoked_its_decision_to_ban", "2023-01-10",
			"China revoked its decision to ban Australian coal.",
			[]want{{typ: parley.Concede, source: "China", target: "Australia"}}},
		// The verbs that take back a threat take back a decision too.
		{"backtracked_on_its_decision", "2023-01-10",
			"Serbia backtracked on its decision to expel the Montenegrin ambassador.",
			[]want{{typ: parley.Concede, source: "Serbia", target: "Montenegro"}}},
	})
	// And those that take back a decision take back a threat.
	runNotCases(t, []notCase{
		{"revoked_threat_not_made", "2024-05-10",
			"Beijing revoked its threat against Manila.",
			want{typ: parley.Threaten}},
		{"scrapped_threat_not_made", "2024-05-10",
			"Beijing scrapped its threat against Manila.",
			want{typ: parley.Threaten}},
	})
	runNotCases(t, []notCase{
		{"the_expulsion_taken_back_is_no_sanction", "2020-11-29",
			"Belgrade withdrew its decision to expel Montenegro's ambassador on Sunday.",
			want{typ: parley.Sanction, source: "Serbia"}},
	})
	runEventCases(t, []eventCase{
		{"a_decision_announced_stands", "2020-11-28",
			"Serbia announced its decision to expel the Montenegrin ambassador.",
			[]want{{typ: parley.Sanction, source: "Serbia", target: "Montenegro"}}},
		{"an_ambassador_withdrawn_still_a_sanction", "2022-02-28",
			"Moscow withdrew its ambassador from Kyiv on Monday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Ukraine"}}},
	})
}

// TestSpeechesAreNoConversations checks that leaders who "spoke out" or
// "spoke in favour of" something made statements, not a call together.
func TestSpeechesAreNoConversations(t *testing.T) {
	runNotCases(t, []notCase{
		{"spoke_out", "2022-06-16",
			"President Macron, Prime Minister Draghi and President Iohannis also spoke out in favour of candidate status.",
			want{typ: parley.Consult, source: "Emmanuel Macron"}},
		{"spoke_in_favour", "2022-06-16",
			"Scholz and Macron spoke in favour of the bid on Thursday.",
			want{typ: parley.Consult, source: "Olaf Scholz"}},
	})
	runEventCases(t, []eventCase{
		{"a_pair_that_spoke_for_an_hour", "2022-09-10",
			"Putin and Erdogan spoke for an hour on Tuesday.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan"}}},
	})
}

// TestTrafficHalted checks that links and traffic cut with a state are a
// penalty, also after a list of kinds of traffic.
func TestTrafficHalted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"halted_a_list_of_traffic", "2006-10-04",
			"Russia halted all air, rail, road and sea traffic with Georgia on Tuesday and suspended postal services.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Georgia", date: "2006-10-03"}}},
		{"suspended_rail_links", "2006-10-04",
			"Russia suspended rail links with Georgia on Tuesday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Georgia", date: "2006-10-03"}}},
	})
}
