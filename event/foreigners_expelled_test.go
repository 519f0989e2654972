package event_test

import (
	"testing"

	"parley"
)

// TestForeignersExpelledByName checks a state that expels a person
// named, or meant by a pronoun, without a word like "diplomat" before
// the name: a penalty on that person, unless the one expelled is the
// state's own or the one expelling is no state.
func TestForeignersExpelledByName(t *testing.T) {
	runEventCases(t, []eventCase{
		{"named_person", "2016-11-02",
			"Estonia expelled Igor Parfyonov in 2016 after a spying trial.",
			[]want{{typ: parley.Sanction, source: "Estonia", target: "Igor Parfyonov", date: "-"}}},
		{"pronoun_after_a_colon", "2016-11-02",
			"Igor Parfyonov worked at the embassy for three years. Parfyonov knew the risk: Estonia expelled him in 2016.",
			[]want{{typ: parley.Sanction, source: "Estonia", target: "Igor Parfyonov"}}},
	})
	runNotCases(t, []notCase{
		{"a_party_expels_a_member", "2016-11-02",
			"The Centre Party expelled Mart Kask in 2016.",
			want{typ: parley.Sanction}},
		{"own_official_expelled_from_a_party", "2016-11-02",
			"Estonian minister Mart Kask was outspoken. The ruling party expelled him last week.",
			want{typ: parley.Sanction}},
	})
}
