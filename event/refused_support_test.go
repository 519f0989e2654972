package event_test

import (
	"testing"

	"parley"
)

// TestRefusedSupport covers support refused ("refused to support the
// proposal"): one act, the rejection its own verb codes, and no negated
// support beside it.
func TestRefusedSupport(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"refused_to_support", "1994-10-15",
			"Russia refused to support the United States on Monday.",
			want{typ: parley.Reject, source: "Russia", target: "United States"},
			want{typ: parley.Support, source: "Russia", target: "United States"}},
		{"declined_to_back", "2023-05-10",
			"Hungary declined to back Ukraine on Monday.",
			want{typ: parley.Reject, source: "Hungary", target: "Ukraine"},
			want{typ: parley.Support, source: "Hungary", target: "Ukraine"}},
	})
}

// TestRefusedActs covers any act refused ("refused to release the
// journalist", "refused to extradite him"): the refusal, a rejection, is
// the event; the act not done is no second, negated one. Meetings keep
// their own reading ("refused to receive" is the host's rejection).
func TestRefusedActs(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"refused_to_release", "2022-12-09",
			"Russia refused to release Paul Whelan on Thursday.",
			want{typ: parley.Reject, source: "Russia", target: "Paul Whelan"},
			want{typ: parley.Retreat}},
		{"refused_to_extradite", "2016-03-02",
			"Italy refused to extradite Abdullah Öcalan to Turkey.",
			want{typ: parley.Reject, source: "Italy", target: "Turkey"},
			want{typ: parley.Cooperate}},
		{"declined_to_receive", "2020-08-20",
			"President Muse Bihi Abdi declined to receive Ambassador Qin Jian.",
			want{typ: parley.Reject, source: "Muse Bihi Abdi", target: "Qin Jian"},
			want{}},
	})
}

// TestActsRefusedAtHome covers an act refused to someone of the
// refuser's own state ("refused to give McCarthy a meeting"): a rival at
// home is still the one refused, though a claim denied about one's own
// side names no one else ("denied that he and Sondland …"). A time phrase
// may stand between the refusal and its infinitive ("has refused since
// March to let …").
func TestActsRefusedAtHome(t *testing.T) {
	runEventCases(t, []eventCase{
		{"rival_at_home", "2023-02-01",
			"President Joe Biden has refused to give Kevin McCarthy a meeting on the debt ceiling.",
			[]want{{typ: parley.Reject, source: "Joe Biden", target: "Kevin McCarthy"}}},
		{"since_a_month", "2024-08-26",
			"Israel has refused since March to let Egypt reopen the Rafah crossing.",
			[]want{{typ: parley.Reject, source: "Israel", target: "Egypt", date: "2024-03"}}},
	})
}

// TestIndependenceNotRecognised covers recognition withheld from a
// declaration named with its author in a relative clause ("does not
// recognise the independence that Kosovo declared"): support not given
// to the one who declared it, where a refusal said ("refused to
// recognise") is a rejection.
func TestIndependenceNotRecognised(t *testing.T) {
	runEventCases(t, []eventCase{
		{"independence_that_x_declared", "2010-07-23",
			"Spain does not recognise the independence that Kosovo declared in 2008.",
			[]want{{typ: parley.Support, status: parley.Negated, source: "Spain", target: "Kosovo"}}},
		{"a_self_proclaimed_republic", "2022-06-18",
			"Tokayev said Kazakhstan would not recognise the self-proclaimed Donetsk People's Republic.",
			[]want{{typ: parley.Support, status: parley.Negated, source: "Kassym-Jomart Tokayev", target: "Donetsk People's Republic"}}},
		{"refused_to_recognise", "2010-07-23",
			"Serbia refused to recognise Kosovo.",
			[]want{{typ: parley.Reject, source: "Serbia", target: "Kosovo"}}},
	})
}
