package event_test

import (
	"testing"

	"parley"
)

// TestDaysAfterNamedOccasion checks sentences that open on a count of
// days from an occasion the story dated before — "A day after the
// election,", "Two days after the summit,", "The morning after the
// vote," — and occasions whose day only names them ("the 24 November
// election", "Sunday's vote").
func TestDaysAfterNamedOccasion(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_day_after_the_election_in_a_wire", "2024-12-12",
			"Serbia held a snap parliamentary election on Sunday. The ruling party won a majority. A day after the election, the European Union urged Belgrade to investigate reports of irregularities.",
			[]want{{typ: parley.Request, source: "European Union", target: "Serbia", date: "2024-12-09"}}},
		{"two_days_after_a_summit_named_by_its_day", "2024-12-12",
			"Japan and South Korea signed a defence pact at the December 7 summit in Tokyo. The two leaders spoke warmly. Two days after the summit, China criticised Japan for expanding its military.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan", date: "2024-12-09"}}},
		{"morning_after_a_possessive_day", "2024-12-12",
			"Poland's Sunday election returned a pro-European coalition. The campaign had been bitter. The morning after the vote, Germany congratulated Donald Tusk on his victory.",
			[]want{{typ: parley.Support, source: "Germany", target: "Donald Tusk", date: "2024-12-09"}}},
		// A sentence between that names the vote without a day does not
		// stop the search.
		{"day_after_an_election_named_again_undated", "2024-12-12",
			"Voters in Romania went to the polls in the 24 November presidential election. A little-known candidate won the most votes in the election. The day after the election, Moldova congratulated Romania on a peaceful vote.",
			[]want{{typ: parley.Support, source: "Moldova", target: "Romania", date: "2024-11-25"}}},
		{"three_days_before_the_visit", "2023-04-20",
			"Lula arrived in Beijing on 14 April for a state visit. Three days before the visit, Brazil and China agreed to trade in their own currencies.",
			[]want{{typ: parley.Agree, source: "Brazil", target: "China", date: "2023-04-11"}}},
	})
}

// TestDaysAfterNamedOccasionLeftUndated checks what the count does not
// date: an occasion the story gives no day, an act to come, a stance
// told in the present.
func TestDaysAfterNamedOccasionLeftUndated(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_days_after_an_undated_attack", "2024-12-12",
			"The attack killed six soldiers. Two days after the attack, Iran accused Israel of violating its airspace.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Israel", date: "-"}}},
		{"the_day_after_the_vote_to_come", "2024-12-12",
			"Serbia holds a snap parliamentary election on Sunday. The day after the vote, the European Union will send a team to Belgrade.",
			nil},
	})
	runNotCases(t, []notCase{
		{"a_stance_in_the_present", "2024-12-12",
			"Japan and South Korea signed a defence pact at the December 7 summit in Tokyo. Two days after the summit, China still accuses Japan of expanding its military.",
			want{typ: parley.Accuse, source: "China", target: "Japan", date: "2024-12-09"}},
	})
}
