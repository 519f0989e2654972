package event_test

import (
	"testing"

	"parley"
)

// TestProtestsAndApologies checks a state's complaint told with the act
// that provoked it after "after" (aimed at that act's doer), and an
// apology with no addressee, made to whoever complained of the one who
// apologises (the state, when a state apologises).
func TestProtestsAndApologies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"protested_after_an_act", "2024-04-19",
			"Chile protested last month after Argentine navy personnel installed solar panels on Chilean territory.",
			[]want{{typ: parley.Accuse, source: "Chile", target: "Argentina", date: "2024-03"}}},
		{"apology_to_the_protester", "2024-04-19",
			"Chile protested last month after Argentine navy personnel installed solar panels on Chilean territory. Buenos Aires removed the panels within days and apologised.",
			[]want{{typ: parley.Support, source: "Argentina", target: "Chile"}}},
		{"apology_to_the_state_whose_ministry_condemned", "2003-01-31",
			"The Thai foreign ministry condemned the Cambodian government for failing to protect its embassy. Cambodia apologised on Thursday.",
			[]want{{typ: parley.Support, source: "Cambodia", target: "Thailand", date: "2003-01-30"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_crowd_protesting_after_an_act_is_no_state_complaint", "2024-04-19",
			"Hundreds of students protested in Santiago after Argentine navy personnel installed solar panels on Chilean territory.",
			want{}, want{typ: parley.Accuse}},
	})
}

// TestCaptivesReferredBack checks a release whose captives a pronoun
// refers back to: the captives of the detention told just before.
func TestCaptivesReferredBack(t *testing.T) {
	runEventCases(t, []eventCase{
		{"released_them", "2025-07-30",
			"The Indonesian navy detained eight Malaysian fishermen near Pulau Sebatik last month. Indonesia released them on July 10.",
			[]want{{typ: parley.Retreat, source: "Indonesia", target: "Malaysia", date: "2025-07-10"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"another_act_between", "2025-07-30",
			"The Indonesian navy detained eight Malaysian fishermen near Pulau Sebatik last month. Malaysia protested to Jakarta. Indonesia released them on July 10.",
			want{}, want{typ: parley.Retreat}},
	})
}
