package event_test

import (
	"testing"

	"parley"
)

// TestAccordsBetweenPartiesOfTheirContent checks an accord whose subject
// names a pair only in what it is about ("to end the fighting between the
// army and the resistance"): its signers sign with each other; and a
// signer named with his state's full style ("King Hussein of the
// Hashemite Kingdom of Jordan") is the person, not the state.
func TestAccordsBetweenPartiesOfTheirContent(t *testing.T) {
	runEventCases(t, []eventCase{
		{"fighting_between_in_the_accord", "2000-12-13",
			"Ethiopia and Eritrea signed an accord ending the war between the Ethiopian army and the Eritrean army.",
			[]want{{typ: parley.Agree, source: "Ethiopia", target: "Eritrea"}}},
		{"a_king_with_his_states_style", "1994-10-27",
			"King Hussein of the Hashemite Kingdom of Jordan and Prime Minister Yitzhak Rabin signed a peace treaty at Wadi Araba.",
			[]want{{typ: parley.Agree, source: "Hussein of Jordan", target: "Yitzhak Rabin"}}},
	})
	runNotCases(t, []notCase{
		{"no_accord_with_the_armies", "2000-12-13",
			"Ethiopia and Eritrea signed an accord ending the war between the Ethiopian army and the Eritrean army.",
			want{typ: parley.Agree, target: "Ethiopian National Defense Force"}},
	})
}

// TestCasesArguedAgainst checks a charge argued in public: "setting out
// the case against al-Qaeda", "laid out its evidence against Iran".
func TestCasesArguedAgainst(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_document_setting_out_the_case", "2001-10-05",
			"On Thursday the British government published a document setting out the case against al-Qaeda.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "al-Qaeda", date: "2001-10-04"}}},
		{"evidence_laid_out", "2018-03-20",
			"Britain laid out its evidence against Russia at the Security Council on Monday.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "Russia", date: "2018-03-19"}}},
	})
}

// TestSpeechActsAfterWhatWasSaid checks a speech act joined by "and" to
// a reported clause: the sayer's, not the clause's subject's ("told the
// rally that Germany needed fewer weapons, and called on Washington").
func TestSpeechActsAfterWhatWasSaid(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_on_after_a_that_clause", "1983-10-24",
			"The opposition leader, Hans-Jochen Vogel, told the rally that Germany needed fewer missiles, not more, and called on Washington to keep negotiating.",
			[]want{{typ: parley.Request, source: "Hans-Jochen Vogel", target: "United States"}}},
	})
}

// TestInformedBefore checks "informed X before the raid": contact with
// X, negated when it did not happen.
func TestInformedBefore(t *testing.T) {
	runEventCases(t, []eventCase{
		{"not_informed_before", "1981-06-09",
			"Begin acknowledged that Israel had not informed Washington before the raid.",
			[]want{{typ: parley.Consult, source: "Israel", target: "United States", status: parley.Negated}}},
	})
}

// TestDeedsOnWhatABodyOwns checks force used on what an actor named after
// "of" owns: "bombed the headquarters of the PLO", "struck the positions
// of the Syrian army".
func TestDeedsOnWhatABodyOwns(t *testing.T) {
	runEventCases(t, []eventCase{
		{"headquarters_of_a_body", "1985-10-02",
			"Israeli warplanes bombed the headquarters of the Palestine Liberation Organisation near Tunis on Tuesday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine Liberation Organization", date: "1985-10-01"}}},
		{"positions_of_an_army", "2020-02-04",
			"Turkish jets struck the positions of the Syrian army near Idlib on Monday.",
			[]want{{typ: parley.Assault, source: "Turkey", target: "Syrian Armed Forces", date: "2020-02-03"}}},
	})
}

// TestJustifiedDeedsAreNoRebuke checks a naming that justifies a deed:
// "described the raid as a legitimate response to terrorism" blames the
// terrorism, not the raid's doer.
func TestJustifiedDeedsAreNoRebuke(t *testing.T) {
	runNotCases(t, []notCase{
		{"a_legitimate_response", "1985-10-02",
			"Israeli warplanes bombed the headquarters of the PLO near Tunis on Tuesday. In Washington, a White House spokesman described the raid as a legitimate response to terrorism.",
			want{typ: parley.Accuse, target: "Israel"}},
	})
}
