package event_test

import (
	"testing"

	"parley"
)

// TestPapersPassedByBodies checks a motion or a resolution whose
// participle asks something ("a motion urging Tanzania to …") told in
// the passive: the body the paper "was passed by" asks.
func TestPapersPassedByBodies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"motion_was_passed_by", "2016-10-13",
			"A motion urging Tanzania to hand over the coup plotters was passed by Burundi's National Assembly on Wednesday.",
			[]want{{typ: parley.Request, source: "National Assembly of Burundi", target: "Tanzania"}}},
		{"resolution_had_been_adopted_by", "2018-09-13",
			"A resolution calling on Hungary to respect the rule of law had been adopted by the European Parliament.",
			[]want{{typ: parley.Request, source: "European Parliament", target: "Hungary"}}},
	})
}

// TestPapersOfAPartyPassedByABody checks a party's motion passed by a
// legislature: what the motion does, the legislature does.
func TestPapersOfAPartyPassedByABody(t *testing.T) {
	runEventCases(t, []eventCase{
		{"partys_motion_passed_by_the_house", "2019-03-13",
			"Britain's House of Commons on Tuesday passed a Labour Party motion that condemns Russia's annexation of Crimea.",
			[]want{{typ: parley.Accuse, source: "House of Commons", target: "Russia"}}},
	})
}

// TestWordsAnsweredAsTheirSpeakers checks remarks or a statement "by"
// someone named with an adjective and a title before the name: the
// answer is aimed at the speaker, also when the answerer's verb follows
// an aside and so stands after a comma.
func TestWordsAnsweredAsTheirSpeakers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"remarks_by_a_titled_officer", "2018-01-20",
			"Pakistan rejected remarks by Indian Army chief Gen Bipin Rawat on Friday.",
			[]want{{typ: parley.Reject, source: "Pakistan", target: "Bipin Rawat", date: "2018-01-19"}}},
		{"after_an_aside_the_verb_with_its_object_is_active", "2018-01-20",
			"Pakistan's foreign minister, in a television interview, rejected remarks by Indian Army chief Gen Bipin Rawat.",
			[]want{{typ: parley.Reject, source: "Khawaja Asif", target: "Bipin Rawat"}}},
		{"statement_by_a_body", "2018-01-20",
			"Pakistan dismissed a statement by the Indian army.",
			[]want{{typ: parley.Reject, source: "Pakistan", target: "Indian Army"}}},
	})
}
