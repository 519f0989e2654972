package event_test

import (
	"testing"

	"parley"
)

// TestRefusalsAndThreats checks rejections and threats whose other party
// stands outside the trigger's own phrase.
func TestRefusalsAndThreats(t *testing.T) {
	tests := []eventCase{
		{"a_claim_rejected_in_apposition_is_the_claimants", "2024-05-10",
			"Chile said on Monday that Peru had moved troops to the border, a claim Lima rejected.",
			[]want{{typ: parley.Reject, source: "Peru", target: "Chile"}}},
		{"an_accusation_denied_after_a_reported_charge", "2024-05-10",
			"Argentina said Uruguay had broken the river treaty, an accusation Montevideo has flatly rejected.",
			[]want{{typ: parley.Reject, source: "Uruguay", target: "Argentina"}}},
		{"a_request_declined_in_apposition_takes_its_noun_from_before", "2024-05-10",
			"Kenya asked in March that the court delay the hearings, a request Uganda declined.",
			[]want{{typ: parley.Reject, source: "Uganda", target: "Kenya"}}},
		{"an_offer_declined_by_the_side_named_with_the", "2024-05-10",
			"Egypt had proposed that the talks move to Cairo, an offer the Ethiopian government declined.",
			[]want{{typ: parley.Reject, source: "Ethiopia", target: "Egypt"}}},
		{"a_decision_said_to_be_unacceptable_in_apposition", "2024-05-10",
			"Bolivia closed Peru's consulate on Friday, a decision Lima said it would not accept.",
			[]want{{typ: parley.Reject, source: "Peru", target: "Bolivia"}}},
	}
	runEventCases(t, tests)
}

// TestRefusalReadingsRuledOut checks readings of refusals and threats
// that must not be coded.
func TestRefusalReadingsRuledOut(t *testing.T) {
	tests := []notCase{
		{"a_claim_rejected_in_apposition_is_not_the_speakers_rejection", "2024-05-10",
			"Chile said on Monday that Peru had moved troops to the border, a claim Lima rejected.",
			want{typ: parley.Reject, source: "Chile", target: "Peru"}},
		{"a_measure_against_the_rejecter_names_no_one_else", "2024-05-10",
			"Uruguay was suspended from the bloc in May, a measure Montevideo refused to recognise.",
			want{typ: parley.Reject}},
		{"a_claim_of_the_rejecters_own_side_is_no_rejection_of_it", "2024-05-10",
			"Peru's army said the border was calm, a claim the Peruvian government has not rejected.",
			want{typ: parley.Reject, source: "Peru", target: "Peruvian Army"}},
		{"a_threat_in_apposition_is_not_read_against_the_clause_before", "2024-05-10",
			"Bolivia closed Peru's consulate on Friday, a decision Lima said it would answer with sanctions.",
			want{typ: parley.Threaten, source: "Peru", target: "Bolivia"}},
		{"a_span_given_is_an_ultimatum_not_a_refusal", "2024-05-10",
			"Kenya gave Somalia two weeks to respond.",
			want{typ: parley.Reject}},
	}
	runNotCases(t, tests)
}

// TestTalksOpposed checks that opposing the opening of talks with a state
// is a refusal aimed at that state, not a meeting with it.
func TestTalksOpposed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"opposed_opening_negotiations_with", "2019-10-19",
			"On Friday France opposed the opening of negotiations with North Macedonia.",
			[]want{{typ: parley.Reject, source: "France", target: "North Macedonia", date: "2019-10-18"}}},
	})
}
