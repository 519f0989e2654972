package event_test

import (
	"testing"

	"parley"
)

// TestInstitutionActs checks acts of courts, parliaments, councils and
// blocs: each case names the events the text must yield (nil: none).
func TestInstitutionActs(t *testing.T) {
	tests := []eventCase{
		// A conviction told in the passive, the court as its agent.
		{"sentenced_by_a_court_in_the_passive", "2024-05-10",
			"Demirtas was sentenced to four years in prison by a Turkish court on Thursday.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Turkey", target: "Selahattin Demirtaş", date: "2024-05-09"}}},
		{"convicted_by_a_court_in_a_relative_clause", "2024-05-10",
			"Evan Gershkovich, who was convicted by a Russian court last year, was freed in a swap.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Russia", target: "Evan Gershkovich"}}},
		// "found X guilty": a verdict.
		{"court_found_a_journalist_guilty", "2024-05-10",
			"A Russian court on Friday found Evan Gershkovich guilty of espionage.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Russia", target: "Evan Gershkovich", date: "2024-05-10"}}},
		{"found_guilty_by_a_court", "2024-05-10",
			"Paul Rusesabagina was found guilty of terrorism by a Rwandan court.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Rwanda", target: "Paul Rusesabagina"}}},
		{"found_guilty_without_a_court_is_a_jibe", "2024-05-10",
			"Putin found Macron guilty of naivety, he joked.", nil},
		{"sentenced_without_an_agent_names_no_court", "2024-05-10",
			"Khan was sentenced to 14 years on Friday.", nil},
	}
	runEventCases(t, tests)
}
