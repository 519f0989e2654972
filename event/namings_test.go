package event_test

import (
	"testing"

	"parley"
)

// TestCalledOneOf checks "called X one of the most …": a naming, which
// censures X when the words censure, and never a phone call.
func TestCalledOneOf(t *testing.T) {
	tests := []ruledOutCase{
		{"called_one_of_the_most_oppressive", "1991-11-02",
			"In his speech on Friday, Shamir called Syria one of the most oppressive regimes in the world.",
			want{typ: parley.Accuse, source: "Yitzhak Shamir", target: "Syria"},
			want{typ: parley.Consult}},
		{"called_one_of_its_closest_partners", "2023-05-10",
			"Modi called Japan one of India's closest partners.",
			want{},
			want{typ: parley.Consult}},
		{"a_phone_call_stays_one", "1991-11-02",
			"Shamir called Assad on Friday.",
			want{typ: parley.Consult, source: "Yitzhak Shamir", target: "Hafez al-Assad", medium: parley.Phone},
			want{typ: parley.Accuse}},
	}
	runRuledOut(t, tests)
}
