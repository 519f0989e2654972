package event_test

import (
	"testing"

	"parley"
)

// TestMembersListedAfterAVagueSubject checks that acts told of "many
// countries" or "several governments" are coded for the actors the next
// sentence lists as their members ("Among them are …", "They include …").
func TestMembersListedAfterAVagueSubject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"among_them_are", "2021-03-03",
			"Guyana said on Monday it had arrested the crew of a Venezuelan fishing boat. Since then several governments have condemned Venezuela. Among them are Brazil, Colombia and the United States.",
			[]want{
				{typ: parley.Accuse, source: "Brazil", target: "Venezuela", status: parley.Occurred},
				{typ: parley.Accuse, source: "Colombia", target: "Venezuela", status: parley.Occurred},
				{typ: parley.Accuse, source: "United States", target: "Venezuela", status: parley.Occurred},
			}},
		{"they_include", "2021-03-03",
			"Many countries urged Ethiopia to open talks with the rebels. They include Kenya and the African Union.",
			[]want{
				{typ: parley.Request, source: "Kenya", target: "Ethiopia", status: parley.Occurred},
				{typ: parley.Request, source: "African Union", target: "Ethiopia", status: parley.Occurred},
			}},
	})
	runNotCases(t, []notCase{
		{"members_of_another_kind", "2021-03-03",
			"Many countries urged Ethiopia to open talks with the rebels. Among them are states that once armed Eritrea, such as Kenya.",
			want{typ: parley.Request, source: "Kenya", target: "Ethiopia"}},
		{"no_list_in_the_sentence_after_next", "2021-03-03",
			"Many countries urged Ethiopia to open talks with the rebels. Fighting went on. Among them are Kenya and Sudan.",
			want{typ: parley.Request, source: "Kenya", target: "Ethiopia"}},
	})
}
