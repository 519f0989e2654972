package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfTrailingRelatives checks a relative clause that closes the
// sentence after a comma ("…, where Serb protesters clashed with NATO
// peacekeepers in May"): an act told there takes the clause's own time,
// and the main clause's when it has none.
func TestDatesOfTrailingRelatives(t *testing.T) {
	runEventCases(t, []eventCase{
		{"where_clause_with_its_own_month", "2024-02-20",
			"Kosovo Prime Minister Albin Kurti accused Belgrade last week of stoking tension in the north, where Serb protesters clashed with NATO peacekeepers in May.",
			[]want{{typ: parley.Assault, source: "Serb protesters", target: "North Atlantic Treaty Organization", date: "2023-05"},
				{typ: parley.Accuse, source: "Albin Kurti", target: "Serbia", date: "2024-02"}}},
		{"which_clause_with_its_own_day", "2024-02-20",
			"Ruto thanked the African Union on Monday, which had sent observers to Kenya on January 3.",
			[]want{{typ: parley.Support, source: "William Ruto", target: "African Union", date: "2024-02-19"}}},
		{"where_clause_without_a_time", "2024-02-20",
			"Ruto flew to Addis Ababa on Monday, where he met Abiy Ahmed.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Abiy Ahmed", date: "2024-02-19"}}},
	})
}

// TestDatesOfTrailingAsClauses checks a clause of comparison set off by a
// comma after the act (", as the Supreme Court ordered in December"): its
// time is its own, and the act keeps the story's.
func TestDatesOfTrailingAsClauses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"as_the_court_ordered", "2012-01-27",
			"Colonel Yaura Sasa gave Prime Minister Peter O'Neill seven days to step aside, as the Supreme Court ordered in December, or face action.",
			[]want{{typ: parley.Threaten, source: "Yaura Sasa", target: "Peter O'Neill", date: "-"}}},
	})
}
