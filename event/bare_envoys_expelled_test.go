package event_test

import (
	"testing"

	"parley"
)

// TestBareEnvoysExpelled checks an envoy expelled with no state named
// ("expelled the consul") after the expeller's side asked that envoy's
// state to withdraw him: the penalty falls on that state.
func TestBareEnvoysExpelled(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ambassador_asked_then_expelled", "2021-08-10",
			"Lithuania's embassy in Minsk hosted an opposition rally. Belarus demanded that Vilnius withdraw the ambassador. On Monday Minsk expelled the ambassador.",
			[]want{{typ: parley.Sanction, source: "Belarus", target: "Lithuania", date: "2021-08-09"}}},
	})
}
