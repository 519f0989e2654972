package event_test

import (
	"testing"

	"parley"
)

// TestHbugs15 checks the fixes of bugs reported in the twenty-first
// session: each case names an event the text must yield and one it must
// not.
func TestHbugs15(t *testing.T) {
	tests := []ruledOutCase{
		// ", and US jets downed …": a new clause whose subject is a state's
		// agents ends the object list of the act before.
		{"jets_of_another_state_open_a_clause", "2024-04-20",
			"Iran launched 300 drones at Israel, and US jets downed dozens of them.",
			want{typ: parley.Assault, source: "Iran", target: "Israel"},
			want{typ: parley.Assault, source: "Iran", target: "United States"}},
		{"troops_of_another_state_open_a_clause", "2024-05-10",
			"Hamas fired rockets at Israel, and Egyptian troops closed the crossing on Monday.",
			want{typ: parley.Assault, source: "Hamas", target: "Israel"},
			want{typ: parley.Assault, source: "Hamas", target: "Egypt"}},
		{"warplanes_of_another_state_open_a_clause", "2024-05-10",
			"Moscow fired missiles at Ukraine, and Polish warplanes scrambled over Lublin.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"},
			want{typ: parley.Assault, source: "Russia", target: "Poland"}},
		// "after visiting Austria": the place of the main clause's arrival
		// before the subordinator is not the visit's.
		{"visit_after_arrival_is_not_in_the_arrival_city", "2024-07-10",
			"Modi arrived in Moscow on Monday after visiting Austria.",
			want{typ: parley.Consult, source: "Narendra Modi", target: "Austria", place: "-"},
			want{typ: parley.Consult, source: "Narendra Modi", target: "Austria", place: "Moscow"}},
		{"visit_before_a_flight_is_not_in_the_capital_flown_to", "2024-07-10",
			"Scholz flew to Warsaw on Tuesday before visiting Lithuania.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Lithuania", place: "-"},
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Lithuania", place: "Warsaw"}},
		{"meeting_after_landing_keeps_its_own_place", "2024-07-10",
			"Lula landed in Beijing on Friday after meeting Macron in Paris.",
			want{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Emmanuel Macron", place: "Paris"},
			want{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Emmanuel Macron", place: "Beijing"}},
	}
	runRuledOut(t, tests)
}
