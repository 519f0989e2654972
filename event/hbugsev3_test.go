package event_test

import (
	"testing"

	"parley"
)

// TestThreatenedActs checks acts named as the object of a threat: the
// threat is the event, the act is not done.
func TestThreatenedActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"threatened_an_offensive", "2024-05-10",
			"Ankara threatened a new offensive in northern Iraq.",
			[]want{{typ: parley.Threaten, source: "Turkey", target: "Iraq", status: parley.Occurred}}},
		{"threatening_an_invasion", "2024-05-10",
			"Israel is threatening a full-scale invasion of Lebanon.",
			[]want{{typ: parley.Threaten, source: "Israel", target: "Lebanon"}}},
		{"threatened_an_attack_with_a_day", "2024-05-10",
			"Azerbaijan on Tuesday threatened an attack on Armenian positions.",
			[]want{{typ: parley.Threaten, source: "Azerbaijan", target: "Armenia", date: "2024-05-07"}}},
		{"threatened_a_retaliatory_strike", "2024-05-10",
			"Iran threatened a retaliatory strike against Israel on Sunday.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "Israel", date: "2024-05-05"}}},
	})
	runNotCases(t, []notCase{
		{"threatened_offensive_is_no_assault", "2024-05-10",
			"Ankara threatened a new offensive in northern Iraq.", want{typ: parley.Assault}},
		{"threatened_airstrikes_are_no_assault", "2024-05-10",
			"The United States threatened airstrikes on Iraqi militias in Syria.", want{typ: parley.Assault}},
	})
	// An attack told after a threat in another clause is still an attack.
	runEventCases(t, []eventCase{
		{"attack_after_a_threat_clause", "2024-05-10",
			"Russia threatened Kyiv, and on Monday it launched an attack on Ukraine.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
	})
}
