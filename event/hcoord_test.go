package event_test

import (
	"testing"

	"parley"
)

// TestCoordination checks acts whose actors are joined in lists: each
// member is coded, in its own role, with its own partner.
func TestCoordination(t *testing.T) {
	tests := []struct {
		name, day, text string
		want            []want
	}{
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			for _, w := range tt.want {
				found := false
				for _, e := range a.Events {
					found = found || w.matches(e)
				}
				if !found {
					t.Errorf("no event like %+v in %s", w, describe(a.Events))
				}
			}
		})
	}
}

// TestCoordinationRuledOut checks readings of lists that must not be
// coded.
func TestCoordinationRuledOut(t *testing.T) {
	tests := []struct {
		name, day, text string
		not             want // a not without actors rules out its type
	}{
		{"respectively_does_not_cross_the_pairs", "2024-05-10",
			"Germany and Italy summoned the Chinese and Iranian envoys, respectively, on Friday.",
			want{typ: parley.Accuse, source: "Germany", target: "Iran"}},
		{"a_country_word_of_another_clause_joins_no_list", "2024-05-10",
			"Washington raised tariffs on Mexican steel and Canadian officials criticised the move.",
			want{typ: parley.Sanction, source: "United States", target: "Canada"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			for _, e := range a.Events {
				if tt.not.matches(e) || tt.not.source == "" && tt.not.target == "" && e.Type == tt.not.typ {
					t.Errorf("unwanted event %+v in %s", tt.not, describe(a.Events))
				}
			}
		})
	}
}
