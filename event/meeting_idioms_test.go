package event_test

import (
	"testing"

	"parley"
)

// TestMeetingIdioms checks "sat down with", meals shared, "huddled
// with", leaders landing abroad and visits told before their visitor as
// meetings, and seats, meals and landings that are none.
func TestMeetingIdioms(t *testing.T) {
	tests := []eventCase{
		{"sat_down_with_a_counterpart", "2024-03-10",
			"Blinken sat down with Wang Yi in Beijing on Friday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi", status: parley.Occurred, date: "2024-03-08", medium: parley.InPerson}}},
		{"will_sit_down_with", "2024-03-10",
			"Modi will sit down with Biden at the White House on Thursday.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Joe Biden", status: parley.Planned, date: "2024-03-14"}}},
		{"sitting_down_with_opening_the_sentence", "2024-03-10",
			"Sitting down with Erdogan in Ankara, Scholz raised the migration deal.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Recep Tayyip Erdoğan"}}},
		{"dined_with", "2024-03-10",
			"Macron dined with Scholz at the Elysee on Tuesday.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Olaf Scholz", date: "2024-03-05", medium: parley.InPerson}}},
		{"had_lunch_with", "2024-03-10",
			"Albanese had lunch with Luxon in Sydney on Saturday.",
			[]want{{typ: parley.Consult, source: "Anthony Albanese", target: "Christopher Luxon", date: "2024-03-09", medium: parley.InPerson}}},
		{"huddled_with", "2024-03-10",
			"Sunak huddled with Zelensky on the sidelines of the summit.",
			[]want{{typ: parley.Consult, source: "Rishi Sunak", target: "Volodymyr Zelensky", medium: parley.InPerson}}},
		{"a_dinner_with_no_actor_is_no_meeting", "2024-03-10",
			"The dinner with business leaders was cancelled.", nil},
		{"dining_alone_is_no_meeting", "2024-03-10",
			"Lavrov dined at a Moscow restaurant.", nil},
		// A visit told before its visitor, in a phrase ahead of the clause.
		{"on_a_visit_before_the_visitor", "2024-03-10",
			"On a visit to Kyiv, Scholz promised more air defence.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Ukraine"}}},
		{"during_his_visit_before_the_visitor", "2024-03-10",
			"During his visit to Nairobi, Lula thanked Kenya for its support.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Kenya"}}},
		// A leader landing abroad arrives for a visit.
		{"landed_in_a_capital", "2024-03-10",
			"Macron landed in Kinshasa on Saturday.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Democratic Republic of the Congo", date: "2024-03-09", medium: parley.InPerson}}},
		{"landing_at_home_is_no_visit", "2024-03-10",
			"Biden landed in Washington after the trip.", nil},
		{"troops_landing_are_no_visit", "2024-03-10",
			"Russian paratroopers landed in Hostomel.", nil},
		{"sat_down_with_reporters_is_no_meeting", "2024-03-10",
			"The prime minister sat down with reporters after the summit.", nil},
		{"a_seat_next_to_someone_is_no_meeting", "2024-03-10",
			"Macron sat next to Xi at the dinner.", nil},
		{"a_seat_on_a_panel_is_no_meeting", "2024-03-10",
			"Lavrov sat on the panel with Blinken.", nil},
	}
	runEventCases(t, tests)
}
