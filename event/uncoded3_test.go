package event_test

import (
	"testing"

	"parley"
)

// TestPhrasalActs checks acts told by a verb and a particle or a fixed
// phrase, which the verb alone does not name: a leader "forced out",
// a state "reached out to", a nomination "for the Nobel Peace Prize".
func TestPhrasalActs(t *testing.T) {
	tests := []eventCase{
		{"forced_out_a_president", "2024-05-10",
			"The army forced out President Alpha Condé in September 2021.",
			[]want{{typ: parley.Coerce, source: "Armed Forces of Guinea", target: "Alpha Condé"}}},
		{"drove_a_president_from_power", "2024-05-10",
			"Egyptian soldiers drove President Mohamed Morsi from power in July 2013.",
			[]want{{typ: parley.Coerce, source: "Egyptian Armed Forces", target: "Mohamed Morsi"}}},
		{"removed_from_office_by_soldiers", "2024-05-10",
			"Soldiers removed President Mohamed Bazoum from office in July 2023.",
			[]want{{typ: parley.Coerce, source: "Niger Armed Forces", target: "Mohamed Bazoum"}}},
		{"forced_to_resign_is_no_ouster", "2024-05-10",
			"The protests forced Prime Minister Sheikh Hasina to resign.", nil},
		{"contacted_negated", "2024-05-10",
			"Norwegian officials said Moscow had not contacted Oslo about the change.",
			[]want{{typ: parley.Consult, source: "Russia", target: "Norway", status: parley.Negated}}},
		{"will_contact", "2024-05-10",
			"Japan will contact South Korea next week about the dispute.",
			[]want{{typ: parley.Consult, source: "Japan", target: "South Korea", status: parley.Planned}}},
		{"reached_out_to", "2024-05-10",
			"Vietnam reached out to Cambodia after the incident, the ministry said.",
			[]want{{typ: parley.Consult, source: "Vietnam", target: "Cambodia"}}},
		{"contacts_as_a_noun_is_no_call", "2024-05-10",
			"The visit came after a year of intensive contacts between Kazakhstan and Kyrgyzstan.", nil},
		{"contact_as_a_noun_is_no_call", "2024-05-10",
			"It was the highest-level contact between Armenia and Turkey in a decade.", nil},
		{"nominate_for_the_nobel", "2024-05-10",
			"Netanyahu said he would nominate Trump for the Nobel Peace Prize.",
			[]want{{typ: parley.Support, source: "Benjamin Netanyahu", target: "Donald Trump"}}},
		{"nominated_for_an_award", "2024-05-10",
			"Kenya nominated Uganda for the regional peace award last year.",
			[]want{{typ: parley.Support, source: "Kenya", target: "Uganda"}}},
		{"nominated_as_ambassador_is_no_support", "2024-05-10",
			"Biden nominated Caroline Kennedy as ambassador to Australia.", nil},
	}
	runEventCases(t, tests)
}

// TestAuthorInRelative checks a reaction to a proposal or a statement
// whose author is named in a relative clause after it: the reaction is
// aimed at the author.
func TestAuthorInRelative(t *testing.T) {
	tests := []eventCase{
		{"accepted_the_invitation_that_x_sent", "2024-05-10",
			"Kenya accepted the invitation that Somalia had sent last week.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Somalia"}}},
		{"did_not_accept_the_proposal_which_x_put_forward", "2024-05-10",
			"Chile did not accept the proposal, which Bolivia put forward during the talks.",
			[]want{{typ: parley.Reject, source: "Chile", target: "Bolivia"}}},
		{"condemned_the_statement_which_x_issued", "2024-05-10",
			"Peru condemned the statement, which Ecuador issued on Monday.",
			[]want{{typ: parley.Accuse, source: "Peru", target: "Ecuador"}}},
		{"rejected_the_terms_which_x_set_out", "2024-05-10",
			"Vietnam rejected the terms, which China set out on Friday.",
			[]want{{typ: parley.Reject, source: "Vietnam", target: "China"}}},
		{"welcomed_the_decision_which_was_announced_by_x", "2024-05-10",
			"Japan welcomed the decision, which was announced by South Korea.",
			[]want{{typ: parley.Support, source: "Japan", target: "South Korea"}}},
		{"relative_with_another_verb_names_no_target", "2024-05-10",
			"Brazil rejected the plan that Argentina later approved.", nil},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"surprise_is_no_authorship", "2024-05-10",
			"Japan welcomed the decision, which was a surprise to China.",
			want{typ: parley.Support, target: "China"}},
		{"approved_is_no_authorship", "2024-05-10",
			"Brazil rejected the plan that Argentina later approved.",
			want{typ: parley.Reject, target: "Argentina"}},
	})
}

// TestDeedRelative checks a relative clause hung on a deed noun — "led a
// coup that toppled", "launched a drone attack that struck" — whose act is
// done by the one who carried out the deed.
func TestDeedRelative(t *testing.T) {
	tests := []eventCase{
		{"led_a_coup_dated_that_toppled", "2024-05-10",
			"Colonel Mamadi Doumbouya led a coup in September 2021 that toppled President Alpha Condé.",
			[]want{{typ: parley.Coerce, source: "Mamadi Doumbouya", target: "Alpha Condé", date: "2021-09"}}},
		{"staged_a_coup_that_ousted", "2024-05-10",
			"Soldiers staged a coup that ousted President Mohamed Bazoum.",
			[]want{{typ: parley.Coerce, source: "Niger Armed Forces", target: "Mohamed Bazoum"}}},
		{"launched_an_attack_that_struck", "2024-05-10",
			"Ukraine launched a drone attack that struck Russian air bases.",
			[]want{{typ: parley.Assault, source: "Ukraine", target: "Russia"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		// the relative's own subject acts, not the deed's doer
		{"relative_with_its_own_subject", "2024-05-10",
			"Russia launched an offensive that Ukraine repelled.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"}},
		{"deed_told_by_another_verb", "2024-05-10",
			"Turkey condemned the attack that killed two Iraqi soldiers.",
			want{typ: parley.Assault, source: "Turkey"}},
	})
}

// TestSanctionedList checks a sanction told by a count of people or
// bodies, then the names among them: those named are its targets.
func TestSanctionedList(t *testing.T) {
	tests := []eventCase{
		{"sanctioned_officials_among_them", "2024-05-10",
			"Moscow sanctioned 25 officials, among them Antony Blinken.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Antony Blinken"}}},
		{"sanctioning_persons_and_entities_among_them", "2024-05-10",
			"Beijing hit back on Friday, sanctioning nine Europeans and three entities, among them the German lawmaker Reinhard Bütikofer.",
			[]want{{typ: parley.Sanction, source: "China", target: "Reinhard Bütikofer"}}},
		{"sanctioned_americans_including", "2024-05-10",
			"Russia sanctioned 40 Americans, including Antony Blinken.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Antony Blinken"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		// a participle clause after the list is another act
		{"list_then_participle", "2024-05-10",
			"Russia sanctioned 25 officials, accusing Antony Blinken of hostility.",
			want{typ: parley.Sanction, target: "Antony Blinken"}},
	})
}

// TestInformed checks an act made known to another actor — "informed X
// of", "notified X that", "told X of their decision" — as a consultation.
func TestInformed(t *testing.T) {
	tests := []eventCase{
		{"informed_of_decision", "2024-05-10",
			"Spain informed Morocco of its decision on Monday.",
			[]want{{typ: parley.Consult, source: "Spain", target: "Morocco", date: "2024-05-06"}}},
		{"notified_that", "2024-05-10",
			"Egypt notified Israel that it would close the crossing.",
			[]want{{typ: parley.Consult, source: "Egypt", target: "Israel"}}},
		{"told_of_their_decision", "2024-05-10",
			"Britain, France and Germany told Antony Blinken of their decision a day earlier.",
			[]want{{typ: parley.Consult, source: "France", target: "Antony Blinken"}}},
		{"informed_sources_are_no_act", "2024-05-10",
			"Informed sources said Japan would act.", nil},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"told_that_is_no_consultation", "2024-05-10",
			"Lula told Maduro that Brazil would not recognise the result.",
			want{typ: parley.Consult}},
		{"ministers_of_a_state_are_not_informed_of_it", "2024-05-10",
			"Jan Lipavsky informed the foreign ministers of the EU member states about the case.",
			want{typ: parley.Consult, target: "European Union"}},
	})
}
