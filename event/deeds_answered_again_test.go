package event_test

import (
	"testing"

	"parley"
)

// TestDeedsAnsweredAgain checks "called it …" after others answered a
// deed ("Kenya recognised Kosovo. Albania and Croatia welcomed the
// decision. The EU's envoy called it a historic step"): "it" is the deed
// they answered, whose doer they were aiming at, not the last of them.
func TestDeedsAnsweredAgain(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_it_after_welcomes", "2015-03-20",
			"Haiti recognised Kosovo on Thursday. Albania and Croatia welcomed the decision. Federica Mogherini called it a historic step.",
			[]want{{typ: parley.Support, source: "Federica Mogherini", target: "Haiti"}}},
	})
	runNotCases(t, []notCase{
		{"not_the_last_welcomer", "2015-03-20",
			"Haiti recognised Kosovo on Thursday. Albania and Croatia welcomed the decision. Federica Mogherini called it a historic step.",
			want{typ: parley.Support, source: "Federica Mogherini", target: "Croatia"}},
	})
}
