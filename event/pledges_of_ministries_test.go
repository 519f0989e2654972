package event_test

import (
	"testing"

	"parley"
)

// TestPledgesSpokenByAMinistry checks that a state's pledge told in the
// words of its own ministry is the ministry's, as a minister's would be
// the minister's.
func TestPledgesSpokenByAMinistry(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ministry_said_its_state_would_stand_by", "2020-07-16",
			"The Turkish foreign ministry condemned the attack and said Turkey would stand by Azerbaijan.",
			[]want{{typ: parley.Support, source: "Ministry of Foreign Affairs of Turkey", target: "Azerbaijan"}}},
	})
	runNotCases(t, []notCase{
		{"another_states_pledge_stays_its_own", "2020-07-16",
			"The Turkish foreign ministry said Russia would stand by Armenia.",
			want{typ: parley.Support, source: "Ministry of Foreign Affairs of Turkey"}},
	})
}
