package actor

import "testing"

// TestRegionGroups covers a region named as a closed set of states —
// the states themselves, their leaders or one office in each, with or
// without the count — and the phrases that name no such set: a count
// short of the region, a region word inside another name.
func TestRegionGroups(t *testing.T) {
	baltic := []string{"state:EST", "state:LVA", "state:LTU"}
	centralAsianLeaders := []string{"person:kassym-jomart-tokayev", "person:sadyr-japarov", "person:emomali-rahmon",
		"person:serdar-berdimuhamedow", "person:shavkat-mirziyoyev"}
	tests := []mentionCase{
		{"the_three_baltic_states", "Russia accused the three Baltic states of discrimination.", "2025-02-04",
			"the three Baltic states", baltic},
		{"baltic_countries_without_count", "Moscow warned Baltic countries on Monday.", "2025-02-04",
			"Baltic countries", baltic},
		{"central_asian_presidents", "Mohammed bin Salman hosted the five Central Asian presidents in Jeddah.", "2025-02-04",
			"the five Central Asian presidents", centralAsianLeaders},
		{"leaders_of_the_central_asian_states", "Xi Jinping hosted the leaders of the five Central Asian countries in Xi'an.", "2025-02-04",
			"the leaders of the five Central Asian countries", centralAsianLeaders},
		{"baltic_leaders_are_who_runs_each", "Biden hosted the leaders of the three Baltic states.", "2025-02-04",
			"the leaders of the three Baltic states", []string{"person:kristen-michal", "person:evika-silina", "person:gitanas-nauseda"}},
		{"nordic_prime_ministers", "Biden met the Nordic prime ministers on Tuesday.", "2025-02-04",
			"the Nordic prime ministers", []string{"person:mette-frederiksen", "person:petteri-orpo", "person:kristrun-frostadottir",
				"person:jonas-gahr-store", "person:ulf-kristersson"}},
		{"a_count_short_of_the_region", "Two Gulf states recalled their ambassadors.", "2025-02-04",
			"Gulf states", nil},
		{"a_count_short_of_the_region_after_the", "Russia warned the two Baltic states on Monday.", "2025-02-04",
			"Baltic states", nil},
		{"other_states_of_the_region", "Other Gulf states condemned the attack.", "2025-02-04",
			"Gulf states", nil},
		{"most_states_of_the_region", "Most Nordic countries backed Ukraine.", "2025-02-04",
			"Nordic countries", nil},
		{"a_region_word_inside_a_name", "The Gulf War ended in 1991.", "2025-02-04",
			"Gulf War", nil},
	}
	runMentionCases(t, tests)
}
