package event_test

import (
	"testing"

	"parley"
)

// TestPeopleOfAStateInAList checks that "the people of" a state named in a
// list of those acted on stand for that state.
func TestPeopleOfAStateInAList(t *testing.T) {
	runEventCases(t, []eventCase{
		{"congratulated_a_leader_and_the_people", "2009-07-11",
			"President Obama congratulated President Atta Mills and the people of Ghana on the peaceful transfer of power.",
			[]want{
				{typ: parley.Support, source: "Barack Obama", target: "John Atta Mills"},
				{typ: parley.Support, source: "Barack Obama", target: "Ghana"},
			}},
	})
}
