package event_test

import (
	"testing"

	"parley"
)

// TestSeveralAgreeingToSend checks that several states "agreed to send"
// help each pledge it, with no accord among themselves, while two leaders
// agreeing to work together still agree with each other.
func TestSeveralAgreeingToSend(t *testing.T) {
	runNotCases(t, []notCase{
		{"agreed_to_send_troops", "2006-05-26",
			"New Zealand, Malaysia and Portugal have agreed to send troops and police.",
			want{typ: parley.Agree, source: "New Zealand", target: "Malaysia"}},
	})
	runEventCases(t, []eventCase{
		{"agreed_to_strengthen_ties", "2006-05-26",
			"New Zealand and Malaysia agreed to strengthen their defence ties.",
			[]want{{typ: parley.Agree, source: "New Zealand", target: "Malaysia"}}},
	})
}
