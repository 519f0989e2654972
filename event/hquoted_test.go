package event_test

import (
	"testing"

	"parley"
)

// TestQuotedDeeds checks deeds a speaker tells inside a direct
// quotation: a named actor's deed is that actor's.
func TestQuotedDeeds(t *testing.T) {
	tests := []eventCase{
		// A named actor's past or perfect deed stated in the quotation.
		{"quoted_truce_agreed_by_two_named_sides", "2024-03-08",
			"\"Israel and Hamas have agreed to a four-day truce,\" the Qatari foreign ministry spokesman Majed al-Ansari told reporters in Doha.",
			[]want{{typ: parley.Agree, source: "Israel", target: "Hamas"}}},
		{"quoted_recall_told_to_a_broadcaster", "2024-03-08",
			"\"Serbia has recalled its ambassador from Montenegro,\" the Serbian foreign minister told RTS on Wednesday.",
			[]want{{typ: parley.Sanction, source: "Serbia", target: "Montenegro"}}},
		{"quoted_attack_after_a_fronted_time", "2024-03-08",
			"\"Last night, Russian forces attacked Odesa with drones,\" Ukrainian President Volodymyr Zelensky said.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2024-03-07"}}},
		{"quoted_after_said_and_a_colon", "2024-03-08",
			"Speaking to reporters, Blinken said: \"Egypt and Qatar have agreed to a joint plan for Gaza.\"",
			[]want{{typ: parley.Agree, source: "Egypt", target: "Qatar"}}},
		{"quoted_expulsion_by_an_unnamed_source", "2024-03-08",
			"\"China has expelled two Canadian diplomats,\" a Canadian government source said.",
			[]want{{typ: parley.Sanction, source: "China", target: "Canada"}}},
		{"quoted_withdrawal_unnamed_speaker", "2022-11-11",
			"\"Russian troops have withdrawn from Kherson,\" the regional governor said on Tuesday.",
			[]want{{typ: parley.Retreat, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		// Not a deed: a condition, a figure of speech in a fragment.
		{"quoted_condition_is_no_deed", "2024-03-08",
			"\"If Iran had attacked us, we would have responded,\" Netanyahu said.", nil},
		{"quoted_fragment_names_no_deed", "2024-03-08",
			"The minister called it \"the day Russia attacked Europe's conscience\".", nil},
	}
	runEventCases(t, tests)
}
