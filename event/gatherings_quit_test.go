package event_test

import (
	"testing"

	"parley"
)

// TestGatheringsQuit checks a meeting, summit or conference someone
// pulls out of or withdraws from: no meeting held, no forces drawn back,
// and those who quit do not quit one another; when a host is named, the
// snub is to the host.
func TestGatheringsQuit(t *testing.T) {
	runEventCases(t, []eventCase{
		{"withdrew_from_a_summit_hosted_by_a_capital", "2022-11-20",
			"The leaders of Fiji and Samoa, Frank Bainimarama and Fiame Naomi Mataafa, withdrew last week from the regional summit hosted by Canberra.",
			[]want{{typ: parley.Sanction, source: "Frank Bainimarama", target: "Australia"},
				{typ: parley.Sanction, source: "Fiame Naomi Mataafa", target: "Australia"}}},
		{"pulled_out_of_a_meeting_a_state_was_to_host", "2023-05-20",
			"Slovakia's defence minister pulled out of a meeting of NATO defence ministers that Bulgaria was due to host in Sofia.",
			[]want{{typ: parley.Sanction, source: "Martin Sklenár", target: "Bulgaria"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"quitters_are_no_meeting", "2022-11-20",
			"The leaders of Fiji and Samoa, Frank Bainimarama and Fiame Naomi Mataafa, withdrew last week from the regional summit hosted by Canberra.",
			want{typ: parley.Sanction, source: "Frank Bainimarama", target: "Australia"},
			want{typ: parley.Consult}},
		{"quitters_draw_no_forces_back", "2022-11-20",
			"The leaders of Fiji and Samoa, Frank Bainimarama and Fiame Naomi Mataafa, withdrew last week from the regional summit hosted by Canberra.",
			want{},
			want{typ: parley.Retreat}},
		{"the_quitters_do_not_quit_each_other", "2022-11-20",
			"The leaders of Fiji and Samoa, Frank Bainimarama and Fiame Naomi Mataafa, withdrew last week from the regional summit hosted by Canberra.",
			want{},
			want{typ: parley.Sanction, target: "Fiame Naomi Mataafa"}},
		{"a_snub_only_to_the_host", "2023-05-20",
			"Slovakia's defence minister pulled out of a meeting of NATO defence ministers that Bulgaria was due to host in Sofia.",
			want{typ: parley.Sanction, source: "Martin Sklenár", target: "Bulgaria"},
			want{typ: parley.Sanction, target: "North Atlantic Treaty Organization"}},
		{"a_race_given_up", "2024-07-25",
			"Senator Anna Kowalski withdrew from the presidential race against President Andrzej Duda on Monday.",
			want{},
			want{typ: parley.Retreat}},
	})
}
