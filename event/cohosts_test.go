package event_test

import (
	"testing"

	"parley"
)

// TestCoHosts checks that those who host or chair a gathering together
// meet in doing it, and that a body named in the gathering's own name is
// no partner of its hosts.
func TestCoHosts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_conference_cohosted_by_video", "2021-03-31",
			"On Tuesday, Norway's prime minister Erna Solberg and UN Secretary-General António Guterres co-hosted a pledging conference by video link.",
			[]want{{typ: parley.Consult, source: "Erna Solberg", target: "António Guterres", date: "2021-03-30", medium: parley.Virtual}}},
		{"a_forum_cochaired_in_a_capital", "2023-05-20",
			"Narendra Modi and James Marape co-chaired a forum of Pacific island leaders in Port Moresby on Monday.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "James Marape", date: "2023-05-15"}}},
	})
	runNotCases(t, []notCase{
		{"the_body_that_names_the_summit", "2021-05-10",
			"President Klaus Iohannis and President Andrzej Duda co-host the Bucharest Nine Summit.",
			want{typ: parley.Consult, target: "Bucharest Nine"}},
	})
}
