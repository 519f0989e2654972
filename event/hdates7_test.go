package event_test

import (
	"testing"

	"parley"
)

// TestLeadStoryDates checks that the lead act's doer, going on with the
// same occasion in undated sentences, has the lead's day; reactions of
// others, acts told "later" and acts after the story moved to another day
// stay undated.
func TestLeadStoryDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"minister_of_the_state_that_acted", "2021-05-12",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Foreign Minister Raychelle Omamo accused Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Raychelle Omamo", target: "Somalia", date: "2021-05-10"}}},
		{"dateline_then_the_day_of_the_act", "2024-05-10",
			"ACCRA, May 9 — Ghana's government expelled two Nigerian diplomats on Wednesday over what it called interference in its elections.\n\n" +
				"Foreign Minister Shirley Ayorkor Botchwey accused Nigeria of funding opposition rallies.",
			[]want{{typ: parley.Accuse, source: "Shirley Botchwey", target: "Nigeria", date: "2024-05-08"}}},
		{"spokesman_of_the_protesting_state", "2022-08-05",
			"Japan lodged a formal protest with China on Thursday over missiles that fell in its waters.\n\n" +
				"Chief Cabinet Secretary Hirokazu Matsuno urged Beijing to halt the exercises immediately.",
			[]want{{typ: parley.Request, source: "Hirokazu Matsuno", target: "China", date: "2022-08-04"}}},
		{"state_after_its_minister", "2024-05-10",
			"Indian Foreign Minister S. Jaishankar on Tuesday summoned the Canadian envoy over the allegations.\n\n" +
				"India also accused Canada of sheltering extremists.",
			[]want{{typ: parley.Accuse, source: "India", target: "Canada", date: "2024-05-07"}}},
		{"the_other_side_reacting_stays_undated", "2024-05-10",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Somalia's government condemned the decision.",
			[]want{{typ: parley.Accuse, source: "Somalia", target: "Kenya", date: "-"}}},
		{"a_former_leader_of_the_state_stays_undated", "2025-01-27",
			"Colombia on Sunday agreed to take back deported migrants after Washington threatened tariffs.\n\n" +
				"Former president Iván Duque called Petro's handling of the dispute reckless.",
			[]want{{typ: parley.Accuse, source: "Iván Duque", target: "Gustavo Petro", date: "-"}}},
		{"later_stays_undated", "2021-05-12",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Foreign Minister Raychelle Omamo later accused Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Raychelle Omamo", target: "Somalia", date: "-"}}},
		{"story_moved_to_another_day", "2021-05-12",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"In 2019 Kenya had recalled its envoy over a maritime dispute.\n\n" +
				"Foreign Minister Raychelle Omamo accused Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Raychelle Omamo", target: "Somalia", date: "-"}}},
		{"a_stance_in_the_present_stays_undated", "2024-05-10",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Kenya accuses Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Somalia", date: "-"}}},
		{"a_lead_of_weeks_ago_dates_nothing", "2024-05-30",
			"Kenya recalled its ambassador to Somalia on 2 May after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Foreign Minister Raychelle Omamo accused Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Raychelle Omamo", target: "Somalia", date: "-"}}},
	})
}
