package event_test

import (
	"testing"

	"parley"
)

// TestReadinessToEngage checks a stated readiness to open or hold talks
// with another party ("ready to begin negotiations with Slovakia",
// "prepared to discuss everything with Washington", "willing to hold
// talks with Pakistan"): an intent to cooperate, AGREE at the partner.
// "Prepared to" is readiness, not a passive.
func TestReadinessToEngage(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ready_to_begin_negotiations", "1997-09-26",
			"In Budapest, Prime Minister Gyula Horn said Hungary accepted the ruling and was ready to begin negotiations with Slovakia at once.",
			[]want{{typ: parley.Agree, source: "Gyula Horn", target: "Slovakia"}}},
		{"prepared_to_discuss", "2009-04-20",
			"Cuban President Raúl Castro said on Thursday that Havana was prepared to discuss everything with Washington.",
			[]want{{typ: parley.Agree, source: "Raúl Castro", target: "United States"}}},
		{"willing_to_hold_talks", "2023-01-05",
			"The Taliban administration said it was willing to hold talks with Pakistan over the border crossings.",
			[]want{{typ: parley.Agree, source: "Taliban", target: "Pakistan"}}},
		{"ready_to_restore_ties", "2022-07-20",
			"Bogotá is ready to restore relations with Caracas, the incoming foreign minister said.",
			[]want{{typ: parley.Agree, source: "Colombia", target: "Venezuela"}}},
	})
	runNotCases(t, []notCase{
		{"a_statement_prepared_by_the_ministry", "2009-04-20",
			"A statement prepared by the Cuban foreign ministry was read to reporters in Havana.", want{typ: parley.Agree}},
		{"ready_to_fight", "2022-07-20",
			"Venezuela is ready to fight with all its strength against Colombia.", want{typ: parley.Agree}},
	})
}

// TestReadinessToCooperate checks that readiness declared for any act of
// cooperation — to recognise, to host talks, to support — is an AGREE by
// the one ready (the host of talks offered is the one who offers), while
// readiness imagined under a condition is none.
func TestReadinessToCooperate(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ready_to_recognise", "1994-10-14",
			"A joint statement said Iraq was ready to recognise Kuwait's sovereignty and its border.",
			[]want{{typ: parley.Agree, source: "Iraq", target: "Kuwait"}}},
		{"readiness_to_host_talks_between", "2020-01-23",
			"Algeria repeated its readiness to host talks between Armenia and Azerbaijan in Algiers.",
			[]want{{typ: parley.Agree, source: "Algeria", target: "Armenia"},
				{typ: parley.Agree, source: "Algeria", target: "Azerbaijan"}}},
	})
	runNotCases(t, []notCase{
		{"willing_only_if", "2022-04-06",
			"Talks could start if Moscow were willing to negotiate with Kyiv.",
			want{typ: parley.Agree}},
	})
}
