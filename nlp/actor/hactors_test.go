package actor

import (
	"strings"
	"testing"
)

// TestHactorsMentions covers the actor rules of the hactors branch, in
// the shape of TestMentions.
func TestHactorsMentions(t *testing.T) {
	tests := []struct {
		name, text, on, mention string
		want                    []string // actor IDs; nil means "no mention"
	}{
		{"counted_students_protesting_are_protesters", "Hundreds of students protested in Dhaka on Monday against the quota system.", "2024-07-16", "students", []string{"new:organization:bangladeshi-protesters"}},
		{"counted_workers_marching_are_protesters", "Some 2,000 workers marched in Lagos on Thursday to protest the fuel price.", "2024-07-16", "workers", []string{"new:organization:nigerian-protesters"}},
		{"counted_women_rallying_are_protesters", "Dozens of women rallied in Kabul on Sunday against the ban on education.", "2023-01-08", "women", []string{"new:organization:afghan-protesters"}},
		{"a_crowd_gathered_in_a_story_of_protests", "Thousands of teachers gathered outside the ministry in Bogota. The protest lasted all day.", "2023-01-08", "teachers", []string{"new:organization:colombian-protesters"}},
		{"a_crowd_gathered_for_a_visit_is_no_protest", "Thousands of women gathered in Manila to greet the Pope.", "2023-01-08", "women", nil},
		{"students_not_counted_stay_unnamed", "The students gathered in Dhaka after the exam.", "2023-01-08", "students", nil},
		{"counted_students_who_study_are_no_crowd", "Hundreds of students studied in Dhaka during the protests.", "2023-01-08", "students", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := resolve(t, tt.text, tt.on)
			got, ok := mentionOf(r, tt.mention)
			if tt.want == nil {
				if ok {
					t.Errorf("%q: unexpected mention %q → %v", tt.text, tt.mention, got)
				}
				return
			}
			if !ok {
				t.Fatalf("%q: no mention %q; mentions: %v", tt.text, tt.mention, texts(r))
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("%q: mention %q → %v, want %v", tt.text, tt.mention, got, tt.want)
			}
		})
	}
}
