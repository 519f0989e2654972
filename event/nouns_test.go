package event_test

import (
	"testing"

	"parley"
)

// TestNounEvents checks events named by nouns whose doer stands in the
// noun's own phrase ("by"), or as the subject of a verb that only tells
// the act was done ("carried out strikes").
func TestNounEvents(t *testing.T) {
	tests := []eventCase{
		{"a_visit_to_a_place_by_a_titled_person", "2024-05-10",
			"The deal was signed during a visit to Madrid by German Chancellor Olaf Scholz on Tuesday.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Spain", date: "2024-05-07"}}},
		{"a_visit_by_a_person_in_a_time_clause", "2024-05-10",
			"Tensions rose after a visit to Kyiv by Polish President Andrzej Duda in March.",
			[]want{{typ: parley.Consult, source: "Andrzej Duda", target: "Ukraine"}}},
		{"a_withdrawal_by_a_state_named_last", "2024-05-10",
			"The withdrawal of troops from Mali by France was completed in August 2022.",
			[]want{{typ: parley.Retreat, source: "France", target: "Mali"}}},
		{"a_withdrawal_by_a_state_welcomed", "2024-05-10",
			"Georgia welcomed the withdrawal of troops from Abkhazia by Russia.",
			[]want{{typ: parley.Retreat, source: "Russia", target: "Georgia"}}},
		{"a_visit_of_a_person_to_a_capital", "2024-05-10",
			"The visit of Indian Prime Minister Narendra Modi to Moscow ended on Tuesday.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Russia", date: "2024-05-07"}}},
		{"a_visit_of_a_person_condemned", "2024-05-10",
			"Beijing condemned the visit of Nancy Pelosi to Taiwan.",
			[]want{{typ: parley.Consult, source: "Nancy Pelosi", target: "Taiwan"}, {typ: parley.Accuse, source: "China", target: "Nancy Pelosi"}}},
		{"a_withdrawal_of_a_states_troops", "2024-05-10",
			"The withdrawal of French forces from Niger ended in December.",
			[]want{{typ: parley.Retreat, source: "French Armed Forces", target: "Niger"}}},
		{"a_withdrawal_of_a_states_troops_welcomed", "2024-05-10",
			"Kyiv welcomed the withdrawal of Russian troops from Kherson.",
			[]want{{typ: parley.Retreat, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		{"a_request_for_talks_is_asked_of_the_partner", "2024-05-10",
			"Japan's request for talks with China went unanswered.",
			[]want{{typ: parley.Request, source: "Japan", target: "China"}}},
		{"a_phone_call_to_a_person", "2024-05-10",
			"Scholz made a phone call to Putin on Friday.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Vladimir Putin", medium: parley.Phone, date: "2024-05-10"}}},
		{"a_participle_after_a_framing_call_is_the_callers", "2024-05-10",
			"Biden conceded the point in a telephone call to Macron on Monday but changed his mind on Friday, rejecting the plan of the European Commission.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Emmanuel Macron"}, {typ: parley.Reject, source: "Joe Biden", target: "European Commission"}}},
		{"strikes_that_killed_a_groups_fighters_hit_the_group", "2024-05-10",
			"Israeli strikes killed dozens of Hezbollah fighters in Lebanon on Monday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah"}}},
		{"strikes_that_killed_a_states_soldiers", "2024-05-10",
			"Russian strikes killed three Ukrainian soldiers near Bakhmut.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Armed Forces of Ukraine"}}},
		{"strikes_carried_out", "2024-05-10",
			"Israel carried out strikes on southern Lebanon on Monday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Lebanon", date: "2024-05-06"}}},
		{"strikes_conducted", "2024-05-10",
			"Israel conducted strikes on Gaza on Sunday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine", date: "2024-05-05"}}},
	}
	runEventCases(t, tests)
}

// TestNounReadingsRuledOut checks readings of noun-named events that must
// not be coded.
func TestNounReadingsRuledOut(t *testing.T) {
	tests := []notCase{
		{"a_participles_agent_is_not_the_nouns_doer", "2024-05-10",
			"The talks, hosted by Qatar, ended on Monday.",
			want{typ: parley.Consult, source: "Qatar"}},
		{"by_a_means_names_no_doer", "2024-05-10",
			"Emmanuel Macron travelled to Kyiv for a meeting with Volodymyr Zelensky by train.",
			want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Volodymyr Zelensky"}},
		{"the_agent_of_a_later_verb_is_not_the_nouns_doer", "2024-05-10",
			"The visit to Beijing was criticised by Japan.",
			want{typ: parley.Consult, source: "Japan"}},
		{"a_states_withdrawal_from_a_bloc_is_no_retreat", "2024-05-10",
			"The withdrawal of Mali and Niger from the African Union took effect on Friday.",
			want{typ: parley.Retreat}},
		{"an_expulsion_of_diplomats_names_the_expelled", "2024-05-10",
			"The expulsion of Russian diplomats from Prague was announced on Monday.",
			want{typ: parley.Sanction, source: "Russia"}},
		{"talks_requested_are_not_held", "2024-05-10",
			"Japan's request for talks with China went unanswered.",
			want{typ: parley.Consult}},
		{"a_call_to_a_state_to_act_is_no_phone_call", "2024-05-10",
			"The call to Israel to halt the war went unheeded.",
			want{typ: parley.Consult}},
		{"a_participle_after_a_framing_call_is_not_the_called", "2024-05-10",
			"Biden conceded the point in a telephone call to Macron on Monday but changed his mind on Friday, rejecting the plan of the European Commission.",
			want{typ: parley.Reject, source: "Emmanuel Macron", target: "European Commission"}},
		{"a_proposal_for_sanctions_imposes_none", "2024-05-10",
			"Lithuania submitted a proposal for sanctions on Russian oil.",
			want{typ: parley.Sanction}},
		{"proposals_for_sanctions_blocked_impose_none", "2024-05-10",
			"Austria blocked proposals for new sanctions on Iranian officials in March.",
			want{typ: parley.Sanction}},
		{"civilians_killed_are_no_side", "2024-05-10",
			"Russian strikes killed three civilians in Odesa.",
			want{typ: parley.Assault, target: "Odesa"}},
		{"a_reduced_relatives_agent_is_the_imposer_not_the_nouns", "2024-05-10",
			"The sanctions on Iran imposed by the United States in 2018 remain in force, Tehran said.",
			want{typ: parley.Sanction, source: "Iran"}},
	}
	runNotCases(t, tests)
}
