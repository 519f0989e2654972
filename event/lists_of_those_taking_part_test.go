package event_test

import (
	"testing"

	"parley"
)

// TestListsOfThoseTakingPart checks the lists a readout gives of those who
// joined a gathering told just before: "Taking part were …" and "The
// conference was joined by …" pair each leader named with the one who
// held it, on its day and by its medium; a gathering named again with no
// list, and "was joined" by no names, add no one.
func TestListsOfThoseTakingPart(t *testing.T) {
	held := "Prime Minister Narendra Modi today held a video conference with the leaders of the member states of the South Asian Association for Regional Cooperation. "
	hosted := "On 21 December 1991 the President of Kazakhstan, Nursultan Nazarbayev, hosted in Alma-Ata a meeting of the heads of eleven sovereign states. "
	runEventCases(t, []eventCase{
		{"conference_joined_by", "2020-03-15",
			held + "The conference was joined by President Gotabaya Rajapaksa of Sri Lanka and Prime Minister Sheikh Hasina of Bangladesh.",
			[]want{{typ: parley.Consult, source: "Gotabaya Rajapaksa", target: "Narendra Modi", date: "2020-03-15", medium: "virtual"},
				{typ: parley.Consult, source: "Sheikh Hasina", target: "Narendra Modi", date: "2020-03-15", medium: "virtual"}}},
		{"conference_also_joined_by", "2020-03-15",
			held + "The video conference was also joined by President Ashraf Ghani of Afghanistan.",
			[]want{{typ: parley.Consult, source: "Ashraf Ghani", target: "Narendra Modi", date: "2020-03-15"}}},
		{"taking_part_were", "1991-12-21",
			hosted + "Taking part were President Boris Yeltsin of the Russian Federation and President Leonid Kravchuk of Ukraine.",
			[]want{{typ: parley.Consult, source: "Boris Yeltsin", target: "Nursultan Nazarbayev", date: "1991-12-21"},
				{typ: parley.Consult, source: "Leonid Kravchuk", target: "Nursultan Nazarbayev", date: "1991-12-21"}}},
	})
	runNotCases(t, []notCase{
		{"participants_not_paired_with_each_other", "2020-03-15",
			held + "The conference was joined by President Gotabaya Rajapaksa of Sri Lanka and Prime Minister Sheikh Hasina of Bangladesh.",
			want{typ: parley.Consult, source: "Gotabaya Rajapaksa", target: "Sheikh Hasina"}},
		{"taking_part_in_a_debate_is_no_list", "1991-12-21",
			hosted + "Taking part was a risk, Boris Yeltsin said.",
			want{typ: parley.Consult, source: "Boris Yeltsin", target: "Nursultan Nazarbayev"}},
	})
}
