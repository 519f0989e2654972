package event_test

import (
	"testing"

	"parley"
)

// TestCoordination checks acts whose actors are joined in lists: each
// member is coded, in its own role, with its own partner.
func TestCoordination(t *testing.T) {
	tests := []eventCase{
		{"country_words_joined_before_an_envoy_noun", "2024-05-10",
			"Spain summoned the Venezuelan and Cuban ambassadors on Thursday.",
			[]want{{typ: parley.Accuse, source: "Spain", target: "Venezuela"}, {typ: parley.Accuse, source: "Spain", target: "Cuba"}}},
		{"three_country_words_before_the_expelled", "2024-05-10",
			"Estonia expelled Russian, Belarusian and Iranian diplomats last week.",
			[]want{{typ: parley.Sanction, source: "Estonia", target: "Russia"}, {typ: parley.Sanction, source: "Estonia", target: "Belarus"},
				{typ: parley.Sanction, source: "Estonia", target: "Iran"}}},
		{"country_words_joined_after_a_preposition", "2024-05-10",
			"Washington raised tariffs on Mexican and Canadian steel on Tuesday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Mexico"}, {typ: parley.Sanction, source: "United States", target: "Canada"}}},
		{"country_words_joined_before_an_act", "2024-05-10",
			"Kyiv condemned the Russian and Belarusian strikes near the border.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Russia"}, {typ: parley.Accuse, source: "Ukraine", target: "Belarus"}}},
		{"respectively_pairs_subjects_and_objects_in_order", "2024-05-10",
			"Germany and Italy summoned the Chinese and Iranian envoys, respectively, on Friday.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "China"}, {typ: parley.Accuse, source: "Italy", target: "Iran"}}},
		{"who_joined_others_in_an_act_does_it_too", "2024-05-10",
			"Norway joined Denmark and Iceland in condemning Japan on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Norway", target: "Japan"}, {typ: parley.Accuse, source: "Denmark", target: "Japan"}, {typ: parley.Accuse, source: "Iceland", target: "Japan"}}},
		{"who_joined_others_in_a_demand_asks_too", "2024-05-10",
			"Uruguay joined Paraguay in calling on Bolivia to free the detained officers.",
			[]want{{typ: parley.Request, source: "Uruguay", target: "Bolivia"}, {typ: parley.Request, source: "Paraguay", target: "Bolivia"}}},
		{"who_was_joined_by_another_in_an_act", "2024-05-10",
			"Sweden was joined by Finland in imposing sanctions on Belarus.",
			[]want{{typ: parley.Sanction, source: "Sweden", target: "Belarus"}, {typ: parley.Sanction, source: "Finland", target: "Belarus"}}},
		{"they_after_a_list_that_said_is_the_whole_list", "2024-05-10",
			"Benin and Togo said that they would deploy troops to Burkina Faso.",
			[]want{{typ: parley.Mobilize, source: "Benin", target: "Burkina Faso"}, {typ: parley.Mobilize, source: "Togo", target: "Burkina Faso"}}},
		{"they_after_a_list_that_announced_on_a_day", "2024-05-10",
			"Niger, Mali and Burkina Faso announced on Sunday that they would leave ECOWAS.",
			[]want{{typ: parley.Sanction, source: "Niger", target: "Economic Community of West African States"}, {typ: parley.Sanction, source: "Mali", target: "Economic Community of West African States"}, {typ: parley.Sanction, source: "Burkina Faso", target: "Economic Community of West African States"}}},
		{"a_second_verb_after_and_shares_the_first_ones_subject", "2024-05-10",
			"Scholz met Macron in Berlin on Monday, and stopped in Warsaw on Wednesday for talks with Tusk.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Donald Tusk", date: "2024-05-08", place: "Warsaw"}}},
		{"a_second_verb_after_a_time_phrase_shares_the_subject", "2024-05-10",
			"Sánchez received Lula in Madrid on Monday, and on Tuesday criticised Milei.",
			[]want{{typ: parley.Accuse, source: "Pedro Sánchez", target: "Javier Milei", date: "2024-05-07"}}},
		{"a_list_goes_on_past_later", "2024-05-10",
			"Lammy met Jaishankar and later Modi in New Delhi on Tuesday.",
			[]want{{typ: parley.Consult, source: "David Lammy", target: "Narendra Modi"}}},
	}
	runEventCases(t, tests)
}

// TestCoordinationRuledOut checks readings of lists that must not be
// coded.
func TestCoordinationRuledOut(t *testing.T) {
	tests := []notCase{
		{"respectively_does_not_cross_the_pairs", "2024-05-10",
			"Germany and Italy summoned the Chinese and Iranian envoys, respectively, on Friday.",
			want{typ: parley.Accuse, source: "Germany", target: "Iran"}},
		{"a_country_word_of_another_clause_joins_no_list", "2024-05-10",
			"Washington raised tariffs on Mexican steel and Canadian officials criticised the move.",
			want{typ: parley.Sanction, source: "United States", target: "Canada"}},
		{"joining_an_alliance_in_a_year_is_no_joint_act", "2024-05-10",
			"Finland joined NATO in April, angering Russia.",
			want{typ: parley.Accuse, source: "North Atlantic Treaty Organization"}},
		{"they_told_of_by_one_speaker_is_not_the_addressee", "2024-05-10",
			"Benin told Togo that they would deploy troops to Burkina Faso.",
			want{typ: parley.Mobilize, source: "Togo"}},
		{"the_first_verbs_object_is_not_the_seconds_subject", "2024-05-10",
			"Scholz met Macron in Berlin on Monday, and stopped in Warsaw on Wednesday for talks with Tusk.",
			want{typ: parley.Consult, source: "Emmanuel Macron", target: "Donald Tusk"}},
		{"a_new_subject_after_and_keeps_its_own_act", "2024-05-10",
			"Sánchez received Lula in Madrid, and Milei criticised the visit.",
			want{typ: parley.Accuse, source: "Pedro Sánchez"}},
		{"a_name_opening_a_clause_after_and_is_no_second_object", "2024-05-10",
			"Lammy met Jaishankar and Beijing criticised the visit.",
			want{typ: parley.Consult, source: "David Lammy", target: "China"}},
		{"a_name_opening_a_clause_with_a_modal_is_no_second_object", "2024-05-10",
			"Lammy met Jaishankar and Pakistan will recall its envoy.",
			want{typ: parley.Consult, source: "David Lammy", target: "Pakistan"}},
		{"the_first_verbs_object_joins_no_subject_after_and", "2024-05-10",
			"Lammy met Wang Yi and Beijing imposed sanctions on Taiwan.",
			want{typ: parley.Sanction, source: "Wang Yi"}},
	}
	runNotCases(t, tests)
}
