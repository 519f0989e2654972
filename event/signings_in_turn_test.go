package event_test

import (
	"testing"

	"parley"
)

// TestSigningsInTurn checks a paper two sides sign one after the other
// in one sentence ("A signed the accord on Monday, and B signed it on
// Wednesday"): each signing is an agreement with the other, on its day.
func TestSigningsInTurn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"signed_it_later", "2020-11-12",
			"Nikol Pashinyan signed the truce on 9 November, and Ilham Aliyev signed it two days later.",
			[]want{{typ: parley.Agree, source: "Nikol Pashinyan", target: "Ilham Aliyev", date: "2020-11-09"},
				{typ: parley.Agree, source: "Ilham Aliyev", target: "Nikol Pashinyan", date: "2020-11-11"}}},
	})
}
