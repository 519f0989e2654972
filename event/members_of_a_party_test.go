package event_test

import (
	"testing"

	"parley"
)

// TestMembersOfAPartyAct covers "deputies of X" and "lawmakers of X" as
// the subject of an act: the party acts.
func TestMembersOfAPartyAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"deputies_of_a_party", "1993-09-08",
			"President Leonid Kravchuk returned from Massandra on Saturday. Deputies of Rukh accused the president of selling the fleet.",
			[]want{{typ: parley.Accuse, source: "People's Movement of Ukraine", target: "Leonid Kravchuk"}}},
		{"lawmakers_of_a_party", "2019-03-12",
			"Lawmakers of the Pakistan Peoples Party accused Prime Minister Imran Khan of weakness.",
			[]want{{typ: parley.Accuse, source: "Pakistan Peoples Party", target: "Imran Khan"}}},
	})
}
