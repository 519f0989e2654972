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
