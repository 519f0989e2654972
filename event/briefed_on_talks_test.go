package event_test

import (
	"testing"

	"parley"
)

// TestBriefedOnTalks checks that talks someone was briefed on were held
// before the briefing, and so do not take the day of the story's lead.
func TestBriefedOnTalks(t *testing.T) {
	runEventCases(t, []eventCase{
		{"briefed_a_caller_on_talks", "2024-08-27",
			"Prime Minister Narendra Modi and US President Joe Biden spoke over the phone on Monday. " +
				"Modi briefed Biden on his talks with President Volodymyr Zelensky in Kyiv.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Joe Biden", date: "2024-08-26"},
				{typ: parley.Consult, source: "Narendra Modi", target: "Volodymyr Zelensky", date: "-"}}},
	})
}
