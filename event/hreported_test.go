package event_test

import (
	"testing"

	"parley"
)

// TestEvaluations checks accusations and backing stated by judging what
// another actor did or owns rather than by a verb of accusing or
// supporting: "criticised what he called Argentine adventurism".
func TestEvaluations(t *testing.T) {
	tests := []eventCase{
		{"what_he_called_a_states_conduct", "2024-03-10",
			"Gabriel Boric criticised what he called Argentine adventurism on Monday.",
			[]want{{typ: parley.Accuse, source: "Gabriel Boric", target: "Argentina"}}},
		{"what_it_termed_a_states_expansionism", "2024-03-10",
			"Greece denounced what it termed Turkish expansionism in the Aegean.",
			[]want{{typ: parley.Accuse, source: "Greece", target: "Turkey"}}},
		{"a_states_conduct_judged", "2024-03-10",
			"Paris criticised Turkish expansionism.",
			[]want{{typ: parley.Accuse, source: "France", target: "Turkey"}}},
		{"said_the_other_had_disregarded_a_pact", "2024-03-10",
			"Nana Akufo-Addo said Togo had disregarded the 2015 border accord.",
			[]want{{typ: parley.Accuse, source: "Nana Akufo-Addo", target: "Togo"}}},
		{"said_the_other_had_been_biased", "2024-03-10",
			"Andrés Manuel López Obrador said the United States had been biased against Mexico throughout the case.",
			[]want{{typ: parley.Accuse, source: "Andrés Manuel López Obrador", target: "United States"}}},
		{"said_a_states_strikes_were_part_of_the_problem", "2024-03-10",
			"Emmanuel Macron said Russian strikes on Ukrainian ports were part of the problem.",
			[]want{{typ: parley.Accuse, source: "Emmanuel Macron", target: "Russia"}}},
		{"said_there_was_no_justification_for_a_states_drills", "2024-03-10",
			"Antony Blinken said there was no justification for the Chinese drills.",
			[]want{{typ: parley.Accuse, source: "Antony Blinken", target: "China"}}},
		{"called_a_government_a_dictatorship", "2024-03-10",
			"José Manuel Albares called the Nicaraguan government a dictatorship.",
			[]want{{typ: parley.Accuse, source: "José Manuel Albares", target: "Nicaragua"}}},
		{"called_a_decision_told_before_wrong", "2024-03-10",
			"Lithuania's parliament voted to expel the Belarusian ambassador. Dmitry Peskov called the decision wrong.",
			[]want{{typ: parley.Accuse, source: "Dmitry Peskov", target: "Parliament of Lithuania"}}},
		{"a_decision_welcomed_is_the_voting_bodys", "2024-05-10",
			"The European Parliament voted on Tuesday to approve the accession of Ukraine. Dmytro Kuleba welcomed the decision.",
			[]want{{typ: parley.Support, source: "Dmytro Kuleba", target: "European Parliament"}}},
		{"a_decision_called_illegal_is_the_voting_bodys", "2024-05-10",
			"The Duma voted on Tuesday to annex the four regions. Ukraine's foreign ministry called the decision illegal.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Ukraine", target: "State Duma"}}},
		{"a_decision_rebuked_is_the_adopting_bodys", "2024-05-10",
			"The Arab League adopted a resolution on Gaza. Israel called the decision shameful.",
			[]want{{typ: parley.Accuse, source: "Israel", target: "Arab League"}}},
		{"told_by_telephone_that_a_states_deed_was_aggression", "2024-05-10",
			"Mohammed bin Salman told Rishi Sunak by telephone on Monday that Iran's supply of drones to the Houthis amounted to direct aggression.",
			[]want{{typ: parley.Accuse, source: "Mohammed bin Salman", target: "Iran", date: "2024-05-06"}}},
		{"told_in_a_phone_call_that_a_states_strikes_were_crimes", "2024-05-10",
			"Emmanuel Macron told Olaf Scholz in a phone call that Russia's strikes were war crimes.",
			[]want{{typ: parley.Accuse, source: "Emmanuel Macron", target: "Russia"}}},
		{"confirmed_its_support_for_a_state", "2024-05-10",
			"Italy confirmed its support for Albania.",
			[]want{{typ: parley.Support, source: "Italy", target: "Albania"}}},
		{"support_for_the_accession_of_states_is_for_them", "2024-05-10",
			"Hungary confirmed its support for the accession of Sweden and Finland to NATO.",
			[]want{{typ: parley.Support, source: "Hungary", target: "Sweden"}, {typ: parley.Support, source: "Hungary", target: "Finland"}}},
		{"support_for_the_bid_of_a_state", "2024-05-10",
			"Italy reaffirmed its support for the bid of Albania to join the EU.",
			[]want{{typ: parley.Support, source: "Italy", target: "Albania"}}},
		{"a_verdict_judged_long_after_is_the_one_courts_that_acted", "2024-03-20",
			"On 3 March, the Supreme Court of Georgia sentenced Mikheil Saakashvili to six years in prison. The former president had returned to the country in secret. " +
				"He was arrested within hours. His lawyers said he had been denied medical care. Protests followed in Tbilisi. The opposition boycotted parliament for a month. " +
				"Several ministers resigned. Ukraine's foreign ministry called the verdict politically motivated.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Ukraine", target: "Supreme Court of Georgia"}}},
		{"a_release_called_a_positive_step_backs_the_releaser", "2024-05-10",
			"Nicaragua freed 222 political prisoners on Thursday. Antony Blinken called the release a positive step.",
			[]want{{typ: parley.Support, source: "Antony Blinken", target: "Nicaragua"}}},
		{"a_move_called_historic_backs_its_doer", "2024-05-10",
			"Serbia recognised Kosovo's passports on Monday. Josep Borrell called the move historic.",
			[]want{{typ: parley.Support, source: "Josep Borrell", target: "Serbia"}}},
		{"a_historic_injustice_rebukes", "2024-05-10",
			"Russia annexed four regions. Josep Borrell called the move a historic injustice.",
			[]want{{typ: parley.Accuse, source: "Josep Borrell", target: "Russia"}}},
	}
	runEventCases(t, tests)
}

// TestEvaluationsRuledOut checks readings of evaluations that must not be
// coded.
func TestEvaluationsRuledOut(t *testing.T) {
	tests := []notCase{
		{"the_speaker_of_what_he_called_is_not_the_target", "2024-03-10",
			"Gabriel Boric criticised what he called Argentine adventurism on Monday.",
			want{typ: parley.Accuse, target: "Gabriel Boric"}},
		{"what_he_called_for_is_a_request_not_a_naming", "2024-03-10",
			"Gabriel Boric welcomed what he called for in Argentina.",
			want{typ: parley.Accuse}},
		{"the_one_shown_bias_against_is_wronged_not_accused", "2024-03-10",
			"Bola Tinubu said the panel had shown bias against Ghana.",
			want{typ: parley.Accuse, target: "Ghana"}},
		{"whose_rights_were_disregarded_is_wronged_not_accused", "2024-03-10",
			"Bola Tinubu said the panel had disregarded Ghana's rights.",
			want{typ: parley.Accuse, target: "Ghana"}},
		{"a_disregard_denied_is_no_charge", "2024-03-10",
			"Antony Blinken said Israel had not disregarded the ruling.",
			want{typ: parley.Accuse}},
		{"no_bias_is_no_charge", "2024-03-10",
			"Antony Blinken said the ICJ had shown no bias against Israel.",
			want{typ: parley.Accuse}},
		{"a_decision_welcomed_is_not_the_welcomers_own", "2024-05-10",
			"The European Parliament voted on Tuesday to approve the accession of Ukraine. Roberta Metsola welcomed the decision.",
			want{typ: parley.Support, target: "European Parliament"}},
		{"the_one_told_over_the_phone_is_not_accused", "2024-05-10",
			"Recep Tayyip Erdoğan told Vladimir Putin over the phone on Friday that Israel's actions in Gaza were genocide.",
			want{typ: parley.Accuse, target: "Vladimir Putin"}},
		{"a_confirmation_of_news_is_no_support", "2024-05-10",
			"Italy confirmed that it had received the letter from Albania.",
			want{typ: parley.Support}},
		{"the_body_joined_is_not_the_one_supported", "2024-05-10",
			"Hungary confirmed its support for the accession of Sweden to NATO.",
			want{typ: parley.Support, target: "North Atlantic Treaty Organization"}},
		{"a_verdict_is_no_act_of_a_government_told_long_before", "2024-03-20",
			"On 3 March, the Georgian government expelled two Ukrainian diplomats. The diplomats left on Monday. Their embassy said it would appeal. " +
				"Protests followed in Tbilisi. The opposition boycotted parliament for a month. Several ministers resigned. Ukraine's foreign ministry called the verdict politically motivated.",
			want{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Ukraine", target: "Georgia"}},
		{"a_historic_injustice_is_no_praise", "2024-05-10",
			"Russia annexed four regions. Josep Borrell called the move a historic injustice.",
			want{typ: parley.Support}},
		{"a_ruling_judged_is_no_act_of_another_judge", "2024-05-10",
			"The Constitutional Court of Bosnia and Herzegovina suspended the laws on Friday. Russia's foreign ministry condemned the decision, while Hungary's foreign minister said the ruling was unacceptable.",
			want{typ: parley.Accuse, source: "Péter Szijjártó", target: "Ministry of Foreign Affairs of Russia"}},
	}
	runNotCases(t, tests)
}
