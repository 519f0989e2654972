package event_test

import (
	"testing"

	"parley"
)

// TestMoneyPledged checks that a sum of money pledged or announced for
// another is an accord (a promise), while arms or goods pledged stay aid.
func TestMoneyPledged(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"pledged_euros", "2018-02-15",
			"On Wednesday the European Union pledged 400 million euros to Iraq.",
			want{typ: parley.Agree, source: "European Union", target: "Iraq", date: "2018-02-14"},
			want{typ: parley.Aid}},
		{"announced_a_grant", "2020-09-27",
			"Prime Minister Modi announced a grant of USD 15 million for Sri Lanka on Saturday.",
			want{typ: parley.Agree, source: "Narendra Modi", target: "Sri Lanka", date: "2020-09-26"},
			want{typ: parley.Aid}},
		{"announced_dollars_in_support", "2022-04-08",
			"Riyadh has announced 3 billion dollars in support for Yemen's economy.",
			want{typ: parley.Agree, source: "Saudi Arabia", target: "Yemen"},
			want{typ: parley.Aid}},
		{"announced_weapons_are_aid", "2022-09-30",
			"Washington announced a further $1.1 billion in weapons and equipment for Kyiv on Wednesday.",
			want{typ: parley.Aid, source: "United States", target: "Ukraine"},
			want{typ: parley.Agree}},
		{"pledged_relief_is_aid", "2022-01-20",
			"Japan pledged emergency relief to Tonga on Wednesday.",
			want{typ: parley.Aid, source: "Japan", target: "Tonga"},
			want{typ: parley.Agree}},
	})
}
