package event_test

import (
	"testing"

	"parley"
)

// TestPairsNamedAgainByTitle covers a pair of office holders named again
// by their shared title in the plural ("the two emirs"): the two people
// the story has just named act.
func TestPairsNamedAgainByTitle(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_emirs", "2017-05-12",
			"Emir Tamim bin Hamad Al Thani of Qatar and Emir Sabah Al-Ahmad Al-Jaber Al-Sabah of Kuwait opened the fair. The two emirs spoke by telephone on Friday.",
			[]want{{typ: parley.Consult, source: "Tamim bin Hamad Al Thani", target: "Sabah Al-Ahmad Al-Jaber Al-Sabah", medium: parley.Phone, date: "2017-05-12"}}},
		{"two_kings", "2019-03-06",
			"King Abdullah II of Jordan and King Mohammed VI of Morocco attended the summit. The two kings met in Rabat on Tuesday.",
			[]want{{typ: parley.Consult, source: "Abdullah II of Jordan", target: "Mohammed VI", date: "2019-03-05"}}},
		{"two_chancellors", "2016-06-08",
			"Chancellor Angela Merkel of Germany and Chancellor Christian Kern of Austria spoke to reporters. The two chancellors met in Berlin on Tuesday.",
			[]want{{typ: parley.Consult, source: "Angela Merkel", target: "Christian Kern", date: "2016-06-07"}}},
	})
}
