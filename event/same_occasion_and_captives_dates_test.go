package event_test

import (
	"testing"

	"parley"
)

// TestSameOccasionAndCaptivesDates checks that an act told "in the same
// address" takes the day of the words told before, though the two sides
// acted against each other on a later day, and that a day closing "the
// fishermen detained on Tuesday" is the detention's, not the demand's.
func TestSameOccasionAndCaptivesDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"same_address_keeps_the_day_of_the_words", "2009-11-05",
			"Tonga and Samoa expelled Fiji's envoys on Wednesday.\n\n" +
				"Frank Bainimarama, the interim prime minister, announced after a cabinet meeting in Suva on Tuesday evening that their envoys were to go.\n\n" +
				"In the same televised address, Bainimarama accused both governments of meddling in Fiji's courts.",
			[]want{{typ: parley.Accuse, source: "Frank Bainimarama", target: "Tonga", date: "2009-11-03"},
				{typ: parley.Accuse, source: "Frank Bainimarama", target: "Samoa", date: "2009-11-03"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"fishermen_detained_on_a_day", "2014-05-08",
			"Beijing's foreign ministry demanded that Malaysia release 11 Chinese fishermen detained on Tuesday by Malaysian maritime police.",
			want{typ: parley.Request, source: "Ministry of Foreign Affairs of China", target: "Malaysia"},
			want{typ: parley.Request, date: "2014-05-06"}},
	})
}
