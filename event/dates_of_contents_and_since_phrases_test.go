package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfWhatWasAgreed checks that a day in the "that" clause of an
// agreement, whose verb is still to come, is the content's: the
// agreement is made, on the day of the meeting it came out of.
func TestDatesOfWhatWasAgreed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"elections_agreed_for_a_later_day", "2023-03-06",
			"Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Sunday. The two leaders agreed that the joint border commission will convene on 15 June.",
			[]want{{typ: parley.Agree, source: "William Ruto", target: "Samia Suluhu Hassan", status: parley.Occurred, date: "2023-03-05"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"the_agreement_is_not_planned_for_june", "2023-03-06",
			"Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Sunday. The two leaders agreed that the joint border commission would convene on 15 June.",
			want{typ: parley.Agree, source: "William Ruto", target: "Samia Suluhu Hassan"},
			want{typ: parley.Agree, source: "William Ruto", target: "Samia Suluhu Hassan", date: "2023-06-15"}},
	})
}

// TestSinceGerundDates checks that a date closing "since <verb>-ing …" is
// that other act's: "on her first trip since taking office in December"
// does not date the call she paid.
func TestSinceGerundDates(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"since_taking_office_in_december", "2024-04-19",
			"Argentine Foreign Minister Diana Mondino, on her first trip to Santiago since taking office in December, paid a courtesy call on President Gabriel Boric.",
			want{typ: parley.Consult, source: "Diana Mondino", target: "Gabriel Boric"},
			want{typ: parley.Consult, source: "Diana Mondino", target: "Gabriel Boric", date: "2023-12"}},
	})
}

// TestAlsoAfterAnAside checks "X, <aside>, also <verb>": the act takes the
// day of X's own act told just before, though the aside holds another
// noun of the visit that the act was merged under.
func TestAlsoAfterAnAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"courtesy_call_on_a_first_trip", "2024-04-19",
			"Chile's Foreign Minister Alberto van Klaveren received his Argentine counterpart, Diana Mondino, in Santiago on Thursday. Mondino, on her first trip to Santiago since taking office in December, also paid a courtesy call on President Gabriel Boric.",
			[]want{{typ: parley.Consult, source: "Diana Mondino", target: "Gabriel Boric", date: "2024-04-18"}}},
	})
}
