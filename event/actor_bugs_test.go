package event_test

import (
	"testing"

	"parley"
)

// TestActorBugs checks events whose actors the resolver used to get
// wrong: a body named by its common noun, a name inside a longer name, a
// person called by the given name.
func TestActorBugs(t *testing.T) {
	myanmar := "Myanmar's military detained Aung San Suu Kyi on Monday. Myanmar declared a state of emergency. "
	tests := []eventCase{
		{"accused_the_election_commission_of", "2021-02-01",
			myanmar + "The military accused the election commission of ignoring fraud.",
			[]want{{typ: parley.Accuse, source: "Tatmadaw", target: "Election Commission of Myanmar"}}},
		{"the_commission_rejected", "2021-02-01",
			myanmar + "The military accused the election commission of ignoring fraud. The commission rejected the claims on Friday.",
			[]want{{typ: parley.Reject, source: "Election Commission of Myanmar", target: "Tatmadaw", date: "2021-01-29"}}},
		{"an_election_commission_opening_with_union", "2021-02-01",
			myanmar + "The Union Election Commission rejected the military's claims on Friday.",
			[]want{{typ: parley.Reject, source: "Union Election Commission", target: "Tatmadaw"}}},
		{"a_given_name_alone_after_the_full_name", "2020-11-10",
			"Ethiopia's army advanced on Monday. TPLF chairman Debretsion Gebremichael spoke to reporters. Debretsion accused Abiy of starting the war.",
			[]want{{typ: parley.Accuse, source: "Debretsion Gebremichael", target: "Abiy Ahmed"}}},
	}
	runEventCases(t, tests)
}

// TestActorBugsNot checks readings the same fixes must not give.
func TestActorBugsNot(t *testing.T) {
	runNotCases(t, []notCase{
		{"a_commission_in_a_story_of_myanmar_is_not_the_eus", "2021-02-01",
			"Myanmar's military detained Aung San Suu Kyi on Monday. Myanmar declared a state of emergency. The commission rejected the military's claims on Friday.",
			want{typ: parley.Reject, source: "European Commission"}},
		{"the_union_election_commission_is_not_the_eu", "2021-02-01",
			"The Union Election Commission rejected the military's claims on Friday.",
			want{typ: parley.Reject, source: "European Union"}},
	})
}
