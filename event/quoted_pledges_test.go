package event_test

import (
	"testing"

	"parley"
)

// TestQuotedPledges checks that what a speaker says their own side will
// do is that side's planned act, as "we will" is, and that what they say
// another side will do is no act of that side.
func TestQuotedPledges(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"own_state_will_provide", "2022-06-06",
			`"Australia will provide 200 million dollars to support Indonesia's energy transition," Foreign Minister Penny Wong said.`,
			want{typ: parley.Aid, source: "Australia", target: "Indonesia", status: parley.Planned},
			want{}},
		{"own_state_will_continue_to_support", "2023-02-20",
			`"Germany will continue to support Ukraine for as long as it takes," Chancellor Olaf Scholz said.`,
			want{typ: parley.Support, source: "Germany", target: "Ukraine", status: parley.Planned},
			want{}},
		{"another_state_will_strike_is_no_plan", "2024-04-15",
			`"Israel will strike Iran again," Iranian Foreign Minister Hossein Amir-Abdollahian said.`,
			want{},
			want{typ: parley.Assault, source: "Israel"}},
		{"an_envoy_named_with_his_title_will_travel", "2021-11-03",
			`"Special Envoy for the Horn of Africa Jeffrey Feltman will travel to Addis Ababa tomorrow for meetings with officials of the Ethiopian government," State Department spokesman Ned Price said.`,
			want{typ: parley.Consult, source: "Jeffrey Feltman", target: "Ethiopia", status: parley.Planned, date: "2021-11-04"},
			want{}},
		{"own_state_done_before_is_a_deed", "2022-06-06",
			`"Australia provided 200 million dollars to Indonesia last year," Foreign Minister Penny Wong said.`,
			want{typ: parley.Aid, source: "Australia", target: "Indonesia", status: parley.Occurred},
			want{}},
	})
}

// TestParticipleAfterAQuotation checks that a participle after "he said"
// closing a quotation is the speaker's, not that of a name inside the
// quotation.
func TestParticipleAfterAQuotation(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"accusing_after_he_said", "2009-12-23",
			`Araya Desta, the representative of Eritrea, rejected the resolution. "This is a sad day for the Council. Eritrea will not be intimidated," he said, accusing the United States of having engineered the sanctions.`,
			want{typ: parley.Accuse, source: "Araya Desta", target: "United States"},
			want{typ: parley.Accuse, source: "Eritrea", target: "United States"}},
	})
}
