package event_test

import (
	"testing"

	"parley"
)

// TestRequestRecall checks requests, refusals and threats told in forms
// other than a plain verb of asking, refusing or threatening.
func TestRequestRecall(t *testing.T) {
	tests := []eventCase{
		// An application to join a body is a request to it.
		{"applied_to_join_a_body", "2024-03-10",
			"Norway applied to join the European Union on Monday.",
			[]want{{typ: parley.Request, source: "Norway", target: "European Union", date: "2024-03-04"}}},
		{"applied_for_membership_of_a_body", "2024-03-10",
			"Georgia formally applied for membership of the European Union in March.",
			[]want{{typ: parley.Request, source: "Georgia", target: "European Union"}}},
		{"submitted_applications_for_membership", "2024-03-10",
			"Serbia and Montenegro submitted their applications for NATO membership on 4 March.",
			[]want{{typ: parley.Request, source: "Serbia", target: "North Atlantic Treaty Organization", date: "2024-03-04"},
				{typ: parley.Request, source: "Montenegro", target: "North Atlantic Treaty Organization"}}},
		{"lodged_a_bid_to_join", "2024-03-10",
			"Sweden lodged a bid to join NATO.",
			[]want{{typ: parley.Request, source: "Sweden", target: "North Atlantic Treaty Organization"}}},
		// Measures promised against someone, or on a condition, threaten.
		{"all_necessary_measures_against_a_state", "2024-03-10",
			"Ankara said it would take all necessary measures against Greece if the drilling continued.",
			[]want{{typ: parley.Threaten, source: "Turkey", target: "Greece"}}},
		{"action_promised_on_a_condition", "2024-03-10",
			"Seoul said it would take action if Pyongyang launched another missile.",
			[]want{{typ: parley.Threaten, source: "South Korea", target: "North Korea"}}},
		{"the_right_reserved_to_respond", "2024-03-10",
			"Russia said it reserved the right to respond if Norway did not lift the ban.",
			[]want{{typ: parley.Threaten, source: "Russia", target: "Norway"}}},
		{"measures_to_protect_citizens_abroad_threaten_no_one", "2024-03-10",
			"Egypt said it would take all necessary measures to protect its citizens in Sudan.", nil},
		// A demand a clause went ahead despite was made of its subject.
		{"despite_repeated_requests_from_a_state", "2024-03-10",
			"Despite repeated requests from Kenya, Somalia did not reopen the border.",
			[]want{{typ: parley.Request, source: "Kenya", target: "Somalia", status: parley.Occurred}}},
		{"despite_requests_told_after_a_negated_clause", "2024-03-10",
			"Somalia did not reopen the border despite repeated requests from Kenya.",
			[]want{{typ: parley.Request, source: "Kenya", target: "Somalia", status: parley.Occurred}}},
		{"despite_calls_for_restraint", "2024-03-10",
			"Despite repeated calls from the United States for restraint, Israel expanded the offensive.",
			[]want{{typ: parley.Request, source: "United States", target: "Israel"}}},
		{"a_refusal_despite_demands_answers_the_demander", "2024-03-10",
			"Despite demands from the European Union, Serbia refused to impose sanctions on Russia.",
			[]want{{typ: parley.Request, source: "European Union", target: "Serbia"}, {typ: parley.Reject, source: "Serbia", target: "European Union"}}},
		// Consent withheld, demands ignored: refusals.
		{"consent_withheld_to_a_membership", "2024-03-10",
			"Hungary has withheld its consent to Sweden's membership of NATO.",
			[]want{{typ: parley.Reject, source: "Hungary", target: "Sweden"}}},
		{"calls_ignored", "2024-03-10",
			"Russia ignored repeated calls from the United Nations to halt the strikes.",
			[]want{{typ: parley.Reject, source: "Russia", target: "United Nations"}}},
		{"a_deadline_ignored", "2024-03-10",
			"Russia ignored Britain's deadline.",
			[]want{{typ: parley.Reject, source: "Russia", target: "United Kingdom"}}},
		{"aid_withheld_is_a_sanction_not_a_refusal", "2024-03-10",
			"The United States withheld 95 million dollars in aid from Egypt.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Egypt"}}},
		// Rules applied, suits filed: no application.
		{"rules_applied_to_a_state_are_no_request", "2024-03-10",
			"Hungary applied the rules to Poland.", nil},
	}
	runEventCases(t, tests)
}

// TestRequestRecallRuledOut checks readings the rules above must not give.
func TestRequestRecallRuledOut(t *testing.T) {
	tests := []notCase{
		{"a_suit_filed_is_no_application", "2024-03-10",
			"Ukraine filed a lawsuit against Russia.",
			want{typ: parley.Request}},
		{"sanctions_applied_are_no_request", "2024-03-10",
			"The EU will apply sanctions to Russia.",
			want{typ: parley.Request}},
		{"an_invitation_to_a_visit_is_no_request_of_its_own", "2024-03-10",
			"Xi will pay a state visit to Russia at the invitation of Vladimir Putin.",
			want{typ: parley.Request}},
		{"action_asked_of_another_is_a_demand_not_a_threat", "2024-03-10",
			"The EU said Hungary must take action against corruption.",
			want{typ: parley.Threaten}},
		{"calls_one_went_ahead_despite_are_no_phone_calls", "2024-03-10",
			"Despite repeated calls from the United States for restraint, Israel expanded the offensive.",
			want{typ: parley.Consult}},
	}
	runNotCases(t, tests)
}
