package event_test

import (
	"testing"

	"parley"
)

// TestLowerCaseTitleInSubjectList checks that a second subject carrying
// a lower-case title ("and top legislator Zhao Leji") is still joined to
// the first.
func TestLowerCaseTitleInSubjectList(t *testing.T) {
	runEventCases(t, []eventCase{
		{"and_top_legislator", "2024-08-21",
			"Chinese Premier Li Qiang and top legislator Zhao Leji met separately with To Lam on Tuesday.",
			[]want{{typ: parley.Consult, source: "Li Qiang", target: "Tô Lâm"}, {typ: parley.Consult, source: "Zhao Leji", target: "Tô Lâm"}}},
	})
}

// TestRecognitionFormalised checks that recognition "formalised" or
// "extended" is support for the one recognised.
func TestRecognitionFormalised(t *testing.T) {
	runEventCases(t, []eventCase{
		{"formalised_their_recognition", "2024-05-29",
			"Ireland and Norway formalised their recognition of the State of Palestine on Tuesday.",
			[]want{{typ: parley.Support, source: "Ireland", target: "Palestine", date: "2024-05-28"}, {typ: parley.Support, source: "Norway", target: "Palestine"}}},
		{"extended_recognition_to", "2024-05-29",
			"Spain extended diplomatic recognition to the new government in Kabul.",
			[]want{{typ: parley.Support, source: "Spain", target: "Afghanistan"}}},
	})
}

// TestStanceSaidAtTheTalks checks that a stance a leader voiced at the
// talks the story opens with, reported in the present after "said",
// takes the day of the talks.
func TestStanceSaidAtTheTalks(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_is_willing_and_supports", "2024-08-20",
			"Chinese President Xi Jinping on Monday held talks with To Lam in Beijing. " +
				"Xi said China is willing to work with Vietnam to deepen political trust. " +
				"To Lam said Vietnam firmly supports China's position on Taiwan.",
			[]want{{typ: parley.Agree, source: "Xi Jinping", target: "Vietnam", date: "2024-08-19"}, {typ: parley.Support, source: "Tô Lâm", target: "China", date: "2024-08-19"}}},
	})
}

// TestVetoDroppedForTheMainClausesActor checks that an objection or veto
// dropped in an "after" clause was held against the main clause's actor.
func TestVetoDroppedForTheMainClausesActor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"approved_after_hungary_dropped", "2024-06-25",
			"European Union governments on Monday approved a new package of sanctions against Russia, after Hungary dropped its objections.",
			[]want{{typ: parley.Concede, source: "Hungary", target: "European Union"}}},
		{"agreed_after_turkey_dropped_veto", "2024-06-25",
			"NATO agreed to invite Sweden after Turkey dropped its veto.",
			[]want{{typ: parley.Concede, source: "Turkey", target: "North Atlantic Treaty Organization"}}},
	})
}
