package event_test

import (
	"testing"

	"parley"
)

// TestCoopEvents checks cooperation, build-ups, protests and concessions
// told in ways the first pass missed.
func TestCoopEvents(t *testing.T) {
	tests := []struct {
		name, day, text string
		want            []want // nil: the text must yield no event
	}{
		{"a_tariff_increase_cancelled_concedes", "2024-03-11",
			"Biden cancelled the tariff increase on Brazilian steel on Friday.",
			[]want{{typ: parley.Concede, source: "Joe Biden", target: "Brazil", date: "2024-03-08"}}},
		{"tariffs_called_off_yield_to_their_target", "2024-03-11",
			"The United States imposed tariffs on Canada in February. Trump called off the tariffs on Friday.",
			[]want{{typ: parley.Concede, source: "Donald Trump", target: "Canada", date: "2024-03-08"}}},
		{"an_expulsion_postponed", "2024-03-11",
			"Russia postponed the expulsion of the Moldovan ambassador on Monday.",
			[]want{{typ: parley.Concede, source: "Russia", target: "Moldova", date: "2024-03-11"}}},
		{"sanctions_delayed", "2024-03-11",
			"The European Union delayed new sanctions on Georgia on Monday.",
			[]want{{typ: parley.Concede, source: "European Union", target: "Georgia", date: "2024-03-11"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			if tt.want == nil && len(a.Events) > 0 {
				t.Errorf("want no event, got %s", describe(a.Events))
			}
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

// TestCoopReadingsRuledOut checks readings of the same words that must
// not be coded, beside the one that must.
func TestCoopReadingsRuledOut(t *testing.T) {
	tests := []struct {
		name, day, text string
		want, not       want // a zero want checks nothing; a not without actors rules out its type
	}{
		{"a_visit_cancelled_is_no_concession", "2024-03-11",
			"Macron cancelled his visit to Algeria on Friday.",
			want{}, want{typ: parley.Concede}},
		{"a_vote_postponed_is_no_concession", "2024-03-11",
			"The Bundestag postponed the vote on the budget on Friday.",
			want{}, want{typ: parley.Concede}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			found := tt.want.typ == ""
			for _, e := range a.Events {
				found = found || tt.want.matches(e)
				if tt.not.matches(e) || tt.not.source == "" && tt.not.target == "" && e.Type == tt.not.typ {
					t.Errorf("unwanted event %+v in %s", tt.not, describe(a.Events))
				}
			}
			if !found {
				t.Errorf("no event like %+v in %s", tt.want, describe(a.Events))
			}
		})
	}
}
