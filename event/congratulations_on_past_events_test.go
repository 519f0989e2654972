package event_test

import (
	"testing"

	"parley"
)

// TestCongratulationsOnAnEarlierEvent checks that the month of the event
// someone is congratulated on ("on the peaceful transfer of power in
// January") does not date the congratulation.
func TestCongratulationsOnAnEarlierEvent(t *testing.T) {
	runEventCases(t, []eventCase{
		{"congratulated_on_a_transfer_in_january", "2009-07-11",
			"President Obama met President Atta Mills at Osu Castle on Saturday. President Obama congratulated President Atta Mills and the people of Ghana on the peaceful transfer of power in January.",
			[]want{{typ: parley.Support, source: "Barack Obama", target: "John Atta Mills", date: "2009-07-11"}}},
		{"congratulated_in_january", "2009-07-11",
			"Obama congratulated Atta Mills on his victory in a telephone call in January.",
			[]want{{typ: parley.Support, source: "Barack Obama", target: "John Atta Mills", date: "2009-01"}}},
	})
}
