package event_test

import (
	"testing"

	"parley"
)

// TestVerbalActs checks requests, accusations, rejections and threats
// whose asker or addressee stands outside the trigger's own phrase.
func TestVerbalActs(t *testing.T) {
	tests := []struct {
		name, day, text string
		want            []want
	}{
		{"at_a_possessive_request_fronted", "2024-03-10",
			"At Germany's request, NATO allies held consultations in Brussels on Tuesday.",
			[]want{{typ: parley.Request, source: "Germany", target: "North Atlantic Treaty Organization"}}},
		{"at_the_request_of_fronted_after_a_dateline", "2021-07-09",
			"Nairobi, 9 July 2021 — At the request of the Government of Somalia, the Government of Kenya will today begin deploying 800 police officers to Mogadishu.",
			[]want{{typ: parley.Request, source: "Somalia", target: "Kenya", status: parley.Occurred}}},
		{"at_a_request_after_the_subject", "2023-05-20",
			"Arab League foreign ministers, meeting in Cairo at Egypt's request, condemned Iran on Saturday.",
			[]want{{typ: parley.Request, source: "Egypt", target: "Arab League"}, {typ: parley.Accuse, source: "Arab League", target: "Iran"}}},
		{"at_the_request_of_after_that", "2022-02-11",
			"The ministry said that, at the request of France, the UN Security Council would meet on Friday.",
			[]want{{typ: parley.Request, source: "France", target: "United Nations Security Council"}}},
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

// TestVerbalReadingsRuledOut checks readings of verbal acts that must not
// be coded.
func TestVerbalReadingsRuledOut(t *testing.T) {
	tests := []struct {
		name, day, text string
		not             want // a not without actors rules out its type
	}{
		{"a_request_reported_is_not_the_speakers", "2024-03-10",
			"Joe Biden said American troops would leave at Iraq's request.",
			want{typ: parley.Request, target: "Joe Biden"}},
		{"a_request_granted_in_the_passive_has_no_named_addressee", "2024-03-10",
			"The sailors were freed on Monday at the request of Japan.",
			want{typ: parley.Request}},
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
