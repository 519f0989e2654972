package event_test

import (
	"testing"

	"parley"
)

// TestForceAndPenalties checks sanctions, coercion, assaults and protests
// told in constructions of their own.
func TestForceAndPenalties(t *testing.T) {
	tests := []struct {
		name, day, text string
		want            []want // nil: the text must yield no event
	}{
		{"clashes_between_two_adjectives", "2021-05-03",
			"In April, clashes between Uzbek and Kyrgyz forces near a reservoir killed more than 40 people.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Uzbekistan", target: "Armed Forces of Kyrgyzstan", date: "2021-04"},
				{typ: parley.Assault, source: "Armed Forces of Kyrgyzstan", target: "Armed Forces of Uzbekistan", date: "2021-04"}}},
		{"clashes_between_two_forces", "2024-05-10",
			"Clashes between Armenian troops and Azerbaijani troops broke out overnight.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Armenia", target: "Armed Forces of Azerbaijan"},
				{typ: parley.Assault, source: "Armed Forces of Azerbaijan", target: "Armed Forces of Armenia"}}},
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

// TestForceReadingsRuledOut checks readings of the same words that must
// not be coded, beside the one that must.
func TestForceReadingsRuledOut(t *testing.T) {
	tests := []struct {
		name, day, text string
		want, not       want // a zero want checks nothing; a not without actors rules out its type
	}{
		{"a_verb_before_between_stays_a_verb", "2024-05-10",
			"Qatar mediated between Israel and Hamas on Friday.",
			want{}, want{typ: parley.Assault}},
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
