package event_test

import (
	"testing"

	"parley"
)

// TestCourtesyCallsOnOffices checks "called on" an office whose holder
// an apposition names: a visit to that person, unless the sentence goes
// on to say what was asked.
func TestCourtesyCallsOnOffices(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_on_an_office_then_its_holder", "2023-01-20",
			"On Thursday Sheikh Hasina called on the Speaker of the Lok Sabha, Om Birla.",
			[]want{{typ: parley.Consult, source: "Sheikh Hasina", target: "Om Birla", date: "2023-01-19"}}},
		{"called_on_an_office_holder_to_act", "2023-01-20",
			"On Thursday Sheikh Hasina called on the Speaker of the Lok Sabha, Om Birla, to visit Dhaka.",
			[]want{{typ: parley.Request, source: "Sheikh Hasina", target: "Om Birla"}}},
	})
}
