package event_test

import (
	"testing"

	"parley"
)

// TestTiesCutAfterCrowds checks ties cut after a crowd's act abroad
// ("cut ties after protesters stormed its embassy in Tripoli"): cut
// with the crowd's state, since ties are held between states.
func TestTiesCutAfterCrowds(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after_protesters_stormed", "2023-04-06",
			"Libya and Egypt traded accusations. Egypt cut ties after protesters stormed its embassy in Tripoli.",
			[]want{{typ: parley.Sanction, source: "Egypt", target: "Libya"}}},
	})
}

// TestOustedLeadersNamed checks "ousted leader Aung San Suu Kyi" after a
// verb: a description of the leader, no coup told by the one who would
// meet her.
func TestOustedLeadersNamed(t *testing.T) {
	runNotCases(t, []notCase{
		{"an_envoy_to_meet_the_ousted_leader", "2021-10-17",
			"Myanmar's junta took power in February. The junta refused to let the envoy, Erywan Yusof, meet ousted leader Aung San Suu Kyi.",
			want{typ: parley.Coerce, source: "Erywan Yusof"}},
	})
	runEventCases(t, []eventCase{
		{"the_army_ousted_the_leader", "2021-10-17",
			"Myanmar's army ousted leader Aung San Suu Kyi on February 1.",
			[]want{{typ: parley.Coerce, source: "Tatmadaw", target: "Aung San Suu Kyi", date: "2021-02-01"}}},
	})
}

// TestLeaveWithheld checks an act of one whom another refused to let do
// it, named with an apposition ("refused to let the envoy, Erywan Yusof,
// meet Suu Kyi"): not done.
func TestLeaveWithheld(t *testing.T) {
	runEventCases(t, []eventCase{
		{"refused_to_let_the_envoy", "2021-10-17",
			"Myanmar's junta took power in February. The junta refused to let the envoy, Erywan Yusof, meet Aung San Suu Kyi.",
			[]want{{typ: parley.Consult, source: "Erywan Yusof", target: "Aung San Suu Kyi", status: parley.Negated}}},
		{"did_not_allow_the_envoy", "2021-10-17",
			"Myanmar's junta took power in February. The junta did not allow the envoy, Erywan Yusof, to meet Aung San Suu Kyi.",
			[]want{{typ: parley.Consult, source: "Erywan Yusof", target: "Aung San Suu Kyi", status: parley.Negated}}},
	})
}

// TestExileAfterAnAside checks a leader who left the country told past a
// relative aside on him ("Jammeh, who ruled Gambia for 22 years, left the
// country"): yielding to the one who demanded it.
func TestExileAfterAnAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"left_after_a_who_aside", "2017-01-22",
			"Adama Barrow demanded that Yahya Jammeh step down. Jammeh, who ruled Gambia for 22 years, left the country on Saturday.",
			[]want{{typ: parley.Retreat, source: "Yahya Jammeh", target: "Adama Barrow", date: "2017-01-21"}}},
	})
}
