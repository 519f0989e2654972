package event_test

import (
	"testing"

	"parley"
)

// TestReportedClauses checks clauses the reporter tells for a speaker
// whose predicate is quoted or follows a feeling: the act is coded as if
// it were told plainly, and a quotation with its own subject inside the
// marks stays the speaker's words.
func TestReportedClauses(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"quoted_predicate_after_a_named_subject", "2017-11-15",
			`Secretary of State Rex Tillerson said on Friday that the United States "strongly supports the sovereignty of Lebanon".`,
			want{typ: parley.Support, source: "Rex Tillerson", target: "Lebanon", date: "2017-11-10"},
			want{}},
		{"quoted_predicate_with_an_auxiliary", "2023-03-07",
			`Borrell said the European Union "will support Armenia" in the talks.`,
			want{typ: parley.Support, source: "Josep Borrell", target: "Armenia"},
			want{}},
		{"scare_quoted_noun_after_a_possessive_is_no_predicate", "2022-03-01",
			`Lavrov spoke of Ukraine's "attacks" in a speech on Tuesday.`,
			want{},
			want{typ: parley.Assault, source: "Ukraine"}},
		{"quotation_with_its_own_subject_stays_speech", "2022-03-01",
			`Lavrov said: "Kyiv attacks everyone who disagrees."`,
			want{},
			want{typ: parley.Assault, source: "Ukraine"}},
		{"verb_after_a_feeling_is_active", "2020-10-06",
			"Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was concerned and called on Kyrgyzstan to show restraint.",
			want{typ: parley.Request, source: "Dmitry Peskov", target: "Kyrgyzstan", date: "2020-10-06"},
			want{}},
		{"passive_after_and_stays_passive", "2020-10-06",
			"Russia was criticised and called on by Kyrgyzstan to withdraw.",
			want{},
			want{typ: parley.Request, source: "Russia", target: "Kyrgyzstan"}},
	})
}

// TestOpposedTies checks that a state opposing ties between two others
// disapproves of both, and that opposing a plan stays a rejection.
func TestOpposedTies(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"exchanges_between_two_others", "2020-07-10",
			"Foreign ministry spokesman Zhao Lijian said Beijing firmly opposed official exchanges of any kind between Taiwan and Somaliland.",
			want{typ: parley.Accuse, source: "Zhao Lijian", target: "Somaliland"},
			want{}},
		{"contacts_between_two_others_both_aimed_at", "2020-07-10",
			"China opposes official contacts between Washington and Taipei.",
			want{typ: parley.Accuse, source: "China", target: "United States"},
			want{}},
		{"own_ties_are_no_accusation", "2020-07-10",
			"India opposes closer ties with Pakistan.",
			want{},
			want{typ: parley.Accuse, source: "India", target: "Pakistan"}},
	})
}

// TestAttackedInWords checks that attacking a stance, a line or an
// approach is criticism, and attacking positions is force.
func TestAttackedInWords(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"attacked_a_capitals_line", "2015-07-13",
			"Italy's prime minister, Matteo Renzi, had already attacked Berlin's line in an interview on Sunday.",
			want{typ: parley.Accuse, source: "Matteo Renzi", target: "Germany"},
			want{typ: parley.Assault}},
		{"attacked_an_approach", "2015-07-13",
			"Renzi attacked the German approach to the crisis.",
			want{typ: parley.Accuse, source: "Matteo Renzi", target: "Germany"},
			want{typ: parley.Assault}},
		{"attacked_positions_is_force", "2020-09-29",
			"Azerbaijani forces attacked Armenian positions on Tuesday.",
			want{typ: parley.Assault, source: "Azerbaijani Armed Forces", target: "Armenia"},
			want{typ: parley.Accuse}},
	})
}

// TestNeedStressed checks that stressing the need for someone to act is
// a demand of them, and stressing a need for something is none.
func TestNeedStressed(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"emphasised_the_need_for_a_state_to_act", "2016-01-05",
			"Prime Minister Modi emphasised the need for Pakistan to take firm and immediate action against the organisations responsible.",
			want{typ: parley.Request, source: "Narendra Modi", target: "Pakistan"},
			want{}},
		{"the_need_for_a_thing_is_no_demand", "2016-01-05",
			"Modi stressed the need for dialogue with Pakistan.",
			want{},
			want{typ: parley.Request}},
	})
}

// TestRuledOutForOthers checks that ruling out a benefit for a state — a
// write-down of its debt, loans for it — is a refusal aimed at it.
func TestRuledOutForOthers(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_write_down_of_a_states_debt", "2015-07-13",
			"Merkel again ruled out a classic write-down of Greek debt.",
			want{typ: parley.Reject, source: "Angela Merkel", target: "Greece"},
			want{}},
		{"loans_for_a_state", "2015-07-13",
			"Merkel ruled out new loans for Greece.",
			want{typ: parley.Reject, source: "Angela Merkel", target: "Greece"},
			want{}},
		{"the_use_of_force_aims_at_no_one", "2015-07-13",
			"Merkel ruled out the use of force.",
			want{},
			want{typ: parley.Reject}},
	})
}

// TestFoodAndSheltersSent checks that grain and blankets sent to a state
// are aid.
func TestFoodAndSheltersSent(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"tonnes_of_wheat_sent", "2021-09-02",
			"India sent 75,000 tonnes of wheat to Afghanistan through Chabahar in 2020.",
			want{typ: parley.Aid, source: "India", target: "Afghanistan"},
			want{}},
		{"blankets_sent", "2023-02-08",
			"Japan sent blankets and tents to Turkey on Monday.",
			want{typ: parley.Aid, source: "Japan", target: "Turkey", date: "2023-02-06"},
			want{}},
	})
}

// TestFundsHeldBack checks that a loan or aid put off or withheld from a
// state is a sanction on it.
func TestFundsHeldBack(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_loan_postponed", "2014-02-28",
			"The World Bank postponed a $90 million loan to Uganda.",
			want{typ: parley.Sanction, source: "World Bank", target: "Uganda"},
			want{}},
		{"aid_withheld", "2013-10-10",
			"The United States withheld $100 million in aid to Egypt.",
			want{typ: parley.Sanction, source: "United States", target: "Egypt"},
			want{}},
		{"talks_postponed_are_a_halt_not_funds", "2013-10-10",
			"Egypt postponed the talks with Ethiopia.",
			want{typ: parley.Sanction, source: "Egypt", target: "Ethiopia"},
			want{typ: parley.Concede}},
	})
}
