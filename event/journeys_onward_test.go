package event_test

import (
	"testing"

	"parley"
)

// TestJourneysOnward checks the next stop of a tour: "went on to X" is a
// visit, a gerund after "before" is as done as the journey it follows
// (whatever purpose came between) and falls on a later day of its month,
// and a proposal made on a tour of two capitals is made to both. Myanmar's
// capital is known in its other spellings.
func TestJourneysOnward(t *testing.T) {
	runEventCases(t, []eventCase{
		{"went_on_to_a_second_capital", "2019-03-14",
			"Japanese Foreign Minister Taro Kono visited Hanoi on Tuesday and then went on to Vientiane.",
			[]want{{typ: parley.Consult, source: "Tarō Kōno", target: "Vietnam", date: "2019-03-12"},
				{typ: parley.Consult, source: "Tarō Kōno", target: "Laos", date: "2019-03-12"}}},
		{"before_going_on_after_a_purpose", "2019-03-14",
			"Japanese Foreign Minister Taro Kono flew to Hanoi on Tuesday to meet Pham Binh Minh before going on to Vientiane.",
			[]want{{typ: parley.Consult, source: "Tarō Kōno", target: "Laos", status: parley.Occurred, date: "2019-03"}}},
		{"a_tour_still_to_come_stays_planned", "2019-03-14",
			"Japanese Foreign Minister Taro Kono will fly to Hanoi on Monday to meet Pham Binh Minh before going on to Vientiane.",
			[]want{{typ: parley.Consult, source: "Tarō Kōno", target: "Laos", status: parley.Planned}}},
		{"proposed_to_both_capitals_visited", "2019-03-14",
			"In January 2019 Japan's foreign minister, Taro Kono, visited Hanoi and Vientiane and proposed a three-point plan for the Mekong.",
			[]want{{typ: parley.Agree, source: "Tarō Kōno", target: "Vietnam", date: "2019-01"},
				{typ: parley.Agree, source: "Tarō Kōno", target: "Laos", date: "2019-01"}}},
		{"a_capital_in_another_spelling", "2023-07-11",
			"Thai Foreign Minister Don Pramudwinai visited Naypyitaw on Sunday.",
			[]want{{typ: parley.Consult, source: "Don Pramudwinai", target: "Myanmar", date: "2023-07-09"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"went_on_to_say_is_no_journey", "2019-03-14",
			"Japanese Foreign Minister Taro Kono met Pham Binh Minh in Hanoi on Tuesday and went on to praise Vietnam's reforms.",
			want{typ: parley.Consult, source: "Tarō Kōno", target: "Phạm Bình Minh"},
			want{typ: parley.Consult, source: "Tarō Kōno", target: "Vietnam"}},
		{"a_file_sent_to_a_court_is_no_journey", "2010-04-01",
			"When Kenya's parliament failed to set up a local tribunal, the case went to The Hague.",
			want{}, want{typ: parley.Consult}},
	})
}
